//! Calls and the applications' handles to them: handing handles out, counting owners
//! and monitors, retiring handles (`lineDeallocateCall`), privileges and call data.

use crate::platform::RawFd;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::{post, post_run, CallRec, ControlLock, HandleRec, ReqKind};
use crate::core::app::{DeliverIf, Message};
use crate::core::call::{CallData, CallHandle};
use crate::core::handles::{Kind, Object, Retired};
use crate::core::line::LineObj;
use crate::core::observer::Issued;
use crate::core::provider::CallOp;
use crate::core::Result;
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

impl ControlLock<'_> {
    pub(super) fn new_call(&mut self, data: CallData) -> u32 {
        let id = data.call_id;
        self.st.calls.insert(
            id,
            CallRec {
                data: Arc::new(data),
                handles: smallvec::SmallVec::new(),
            },
        );
        id
    }

    /// A new `dwCallID`, reserved for [`ControlLock::new_call`].
    pub(super) fn next_call_id(&mut self) -> Result<u32> {
        self.st.calls.reserve().ok_or(LineError::NOMEM)
    }

    pub(super) fn add_handle(
        &mut self,
        call: u32,
        hline: u32,
        privilege: u32,
        announce: u32,
    ) -> Option<u32> {
        // The line is borrowed for the new handle's facts (no counted reference).
        let line = &self.st.lines.get(&hline)?.obj;
        let data = Arc::clone(&self.st.calls.get(&call)?.data);
        let (hcall, obj) = self
            .core
            .table
            .insert(|h| Object::Call(Arc::new(CallHandle::new(h, line, privilege, data))))?;
        let Object::Call(handle) = obj else {
            unreachable!()
        };
        let rec = self.st.calls.get_mut(&call)?;
        if let Some(o) = self.core.observer {
            if rec.handles.is_empty() {
                o.call_seen();
            }
            o.handle_issued(&Issued {
                handle: hcall,
                kind: Kind::Call,
                happ: handle.happ,
                device: rec.data.device,
                hline,
                call_id: call,
                state: rec.data.state(),
                privilege,
            });
        }
        rec.handles.push(HandleRec {
            handle,
            announce,
            digit_modes: 0,
        });
        self.st.lines.get_mut(&hline)?.calls.insert(hcall);
        Some(hcall)
    }

    pub(super) fn recount(&mut self, call: u32) {
        let Some(rec) = self.st.calls.get(&call) else {
            return;
        };
        let owners = rec
            .handles
            .iter()
            .filter(|h| h.handle.privilege == LINECALLPRIVILEGE_OWNER)
            .count() as u32;
        let monitors = rec.handles.len() as u32 - owners;
        if rec.data.num_owners == owners && rec.data.num_monitors == monitors {
            return;
        }
        self.update_call(call, |d| {
            d.num_owners = owners;
            d.num_monitors = monitors;
        });
    }

    /// Sends `LINE_CALLINFO` with `what` to every handle of `call` but `except`.
    pub(crate) fn call_info_changed(&self, call: u32, what: u32, except: u32) {
        if let Some(rec) = self.st.calls.get(&call) {
            for h in rec.handles.iter().filter(|h| h.handle.hcall != except) {
                let msg = Message {
                    device: h.handle.hcall,
                    id: LINE_CALLINFO as u32,
                    instance: h.handle.instance,
                    p1: what as usize,
                    p2: 0,
                    p3: 0,
                };
                post(
                    &self.st.apps,
                    h.handle.happ,
                    msg,
                    DeliverIf::CallLive(h.handle.hcall),
                );
            }
        }
    }

    /// Retires one call handle; frees the call when it was the last.
    pub(super) fn remove_handle(&mut self, hcall: u32, why: Retired) {
        let Some(Object::Call(h)) = self.core.table.remove(hcall, Kind::Call, why) else {
            return;
        };
        if let Some(o) = self.core.observer {
            o.handle_retired(hcall, Kind::Call, why);
        }
        let call = h.call_id;
        self.needs_settle(h.happ);
        if let Some(line) = self.st.lines.get_mut(&h.hline) {
            line.calls.remove(&hcall);
        }
        let Some(rec) = self.st.calls.get_mut(&call) else {
            return;
        };
        rec.handles.retain(|r| r.handle.hcall != hcall);
        if rec.handles.is_empty() {
            if rec.data.state() != LINECALLSTATE_IDLE {
                let p = &self.core_ref().provider;
                p.close_call(self, call);
            }
            self.core.provider.call_ended(call);
            if let Some(rec) = self.st.calls.remove(&call) {
                self.phone_ring(rec.data.device, call, false);
            }
        } else {
            self.recount(call);
            let what = if h.privilege == LINECALLPRIVILEGE_OWNER {
                LINECALLINFOSTATE_NUMOWNERDECR
            } else {
                LINECALLINFOSTATE_NUMMONITORS
            };
            self.call_info_changed(call, what, 0);
        }
    }

    pub(super) fn call_handle(&self, hcall: u32) -> Result<Arc<CallHandle>> {
        match self.core.table.get(hcall, Kind::Call) {
            Some(Object::Call(h)) => Ok(h),
            _ => Err(self.core.invalid(hcall, Kind::Call)),
        }
    }

    /// Runs `f` on the live call handle `hcall` under a guard (no counted reference
    /// written: for the handle's plain facts), or the error [`Self::call_handle`] gives.
    pub(super) fn with_call_handle<R>(
        &self,
        hcall: u32,
        f: impl FnOnce(&CallHandle) -> R,
    ) -> Result<R> {
        self.core
            .table
            .with_call(hcall, f)
            .ok_or_else(|| self.core.invalid(hcall, Kind::Call))
    }

    pub(super) fn owned_handle(&self, hcall: u32) -> Result<Arc<CallHandle>> {
        let h = self.call_handle(hcall)?;
        if h.privilege != LINECALLPRIVILEGE_OWNER {
            return Err(LineError::NOTOWNER);
        }
        Ok(h)
    }

    /// `LINE_APPNEWCALL` to an application that negotiated 2.0 or later on `line`.
    pub(super) fn announce_new_call(
        &self,
        line: &LineObj,
        address: u32,
        hcall: u32,
        privilege: u32,
    ) {
        if line.version < 0x0002_0000 {
            return;
        }
        let msg = Message {
            device: line.handle,
            id: LINE_APPNEWCALL as u32,
            instance: line.instance,
            p1: address as usize,
            p2: hcall as usize,
            p3: privilege as usize,
        };
        post(&self.st.apps, line.happ, msg, DeliverIf::CallLive(hcall));
    }

    pub(super) fn destroy_call(&mut self, call: u32) {
        let mut place = None;
        if let Some(rec) = self.st.calls.get(&call) {
            place = Some((rec.data.device, rec.data.address));
            let handles: Vec<u32> = rec.handles.iter().map(|h| h.handle.hcall).collect();
            // Mark it idle first so that removing the last handle does not close it again.
            let mode = rec.data.live.read().mode;
            rec.data.live.set(LINECALLSTATE_IDLE, mode);
            for h in handles {
                self.remove_handle(h, Retired::Deallocated);
            }
        }
        self.st.calls.remove(&call);
        if let Some((device, address)) = place {
            self.address_maybe_changed(device, address);
            self.phone_ring(device, call, false);
        }
    }

    pub(in crate::core) fn deallocate(&mut self, hcall: u32) -> Result<()> {
        let (legacy, owner, call_id, hline) = self.with_call_handle(hcall, |h| {
            (
                h.version < 0x0002_0000,
                h.privilege == LINECALLPRIVILEGE_OWNER,
                h.call_id,
                h.hline,
            )
        })?;
        if legacy && owner && self.is_sole_active_owner(call_id) {
            return Err(LineError::INVALCALLSTATE);
        }
        if legacy {
            if let Some(line) = self.st.lines.get(&hline) {
                for (_, r, _) in line.requests.iter().filter(|(_, _, c)| *c == hcall) {
                    r.cancelled.store(true, Ordering::Release);
                }
            }
        }
        self.remove_handle(hcall, Retired::Deallocated);
        Ok(())
    }

    pub(in crate::core) fn set_app_specific(&mut self, hcall: u32, value: u32) -> Result<()> {
        let h = self.owned_handle(hcall)?;
        self.update_call(h.call_id, |d| d.app_specific = value);
        self.call_info_changed(h.call_id, LINECALLINFOSTATE_APPSPECIFIC, 0);
        Ok(())
    }

    pub(in crate::core) fn set_media_mode(&mut self, hcall: u32, modes: u32) -> Result<()> {
        let h = self.owned_handle(hcall)?;
        if h.data.state() == LINECALLSTATE_IDLE {
            return Err(LineError::INVALCALLSTATE);
        }
        let device = self.core.provider.device_info(h.data.device);
        // One media mode, or several with UNKNOWN (the call's mode is not yet settled).
        let modes_ok = modes != 0
            && modes & !device.media_modes == 0
            && (modes.count_ones() == 1 || modes & LINEMEDIAMODE_UNKNOWN != 0);
        if !modes_ok {
            return Err(LineError::INVALMEDIAMODE);
        }
        if h.data.media_mode != modes {
            self.update_call(h.call_id, |d| d.media_mode = modes);
            self.call_info_changed(h.call_id, LINECALLINFOSTATE_MEDIAMODE, 0);
        }
        Ok(())
    }

    pub(in crate::core) fn set_call_privilege(&mut self, hcall: u32, privilege: u32) -> Result<()> {
        let h = self.call_handle(hcall)?;
        let old = h.privilege;
        if old == privilege {
            return Ok(());
        }
        // The sole owner of a call that is not IDLE may not leave it without an owner: it
        // drops the call first (Microsoft's lineSetCallPrivilege reference).
        if privilege == LINECALLPRIVILEGE_MONITOR && self.is_sole_active_owner(h.call_id) {
            return Err(LineError::INVALCALLSTATE);
        }
        let new = Arc::new(h.with_privilege(privilege));
        if !self.core.table.replace_call(&h, Arc::clone(&new)) {
            return Err(LineError::INVALCALLHANDLE);
        }
        if let Some(rec) = self.st.calls.get_mut(&h.call_id) {
            for r in rec.handles.iter_mut().filter(|r| r.handle.hcall == hcall) {
                r.handle = Arc::clone(&new);
            }
        }
        self.recount(h.call_id);
        let what = if privilege == LINECALLPRIVILEGE_OWNER {
            LINECALLINFOSTATE_NUMOWNERINCR | LINECALLINFOSTATE_NUMMONITORS
        } else {
            LINECALLINFOSTATE_NUMOWNERDECR | LINECALLINFOSTATE_NUMMONITORS
        };
        self.call_info_changed(h.call_id, what, hcall);
        Ok(())
    }

    /// `lineGetID(..., "comm/datamodem")` on `hcall`: the provider's data channel of a
    /// connected data call (`LINEERR_INVALCALLSTATE` for a call of another media mode or
    /// not connected).
    pub(in crate::core) fn data_channel(&mut self, hcall: u32) -> Result<(RawFd, String)> {
        let h = self.call_handle(hcall)?;
        let d = self.call_data(h.call_id).ok_or(LineError::INVALCALLSTATE)?;
        if d.media_mode & LINEMEDIAMODE_DATAMODEM == 0 || d.state() != LINECALLSTATE_CONNECTED {
            return Err(LineError::INVALCALLSTATE);
        }
        self.core.provider.data_channel(h.call_id)
    }

    /// A copy of the data of `call`, if the call exists.
    pub(crate) fn call_data(&self, call: u32) -> Option<CallData> {
        self.st.calls.get(&call).map(|c| CallData::clone(&c.data))
    }

    /// `f` of the data of `call`, if the call exists: a look without the copy (and the
    /// reference counts) of [`Self::call_data`].
    pub(crate) fn with_call_data<R>(&self, call: u32, f: impl FnOnce(&CallData) -> R) -> Option<R> {
        self.st.calls.get(&call).map(|c| f(&c.data))
    }

    /// Changes the data of `call` with `f` and shows the result through every handle.
    pub(crate) fn update_call(&mut self, call: u32, f: impl FnOnce(&mut CallData)) {
        if let Some(c) = self.st.calls.get_mut(&call) {
            let mut d = CallData::clone(&c.data);
            f(&mut d);
            c.data = Arc::new(d);
            for h in c.handles.iter_mut() {
                let new = Arc::new(h.handle.with_data(Arc::clone(&c.data)));
                if self.core.table.replace_call(&h.handle, Arc::clone(&new)) {
                    h.handle = new;
                }
            }
        }
    }

    /// Gives every application with `device` open (with owner or monitor privilege) a
    /// handle to the new call `call_id`, announced with `LINE_APPNEWCALL` (API 2.0 and
    /// later); the first `LINE_CALLSTATE` then carries the privilege. With `owned_media`,
    /// the first owner-privileged open whose media modes include it owns the call; the
    /// others monitor it. A call nobody receives is not kept: returns false.
    pub(super) fn distribute(
        &mut self,
        call_id: u32,
        device: u32,
        address: u32,
        owned_media: Option<u32>,
    ) -> bool {
        let opens: Vec<Arc<LineObj>> = self.st.device_opens[device as usize]
            .iter()
            .filter_map(|h| self.st.lines.get(h).map(|r| Arc::clone(&r.obj)))
            .collect();
        let mut owner_chosen = owned_media.is_none();
        for line in &opens {
            let privilege = if !owner_chosen
                && line.privileges & LINECALLPRIVILEGE_OWNER != 0
                && owned_media.is_some_and(|m| line.media_modes & m != 0)
            {
                owner_chosen = true;
                LINECALLPRIVILEGE_OWNER
            } else if line.privileges & (LINECALLPRIVILEGE_MONITOR | LINECALLPRIVILEGE_OWNER) != 0 {
                LINECALLPRIVILEGE_MONITOR
            } else {
                continue;
            };
            if let Some(hc) = self.add_handle(call_id, line.handle, privilege, privilege) {
                self.announce_new_call(line, address, hc, privilege);
            }
        }
        self.recount(call_id);
        if self
            .st
            .calls
            .get(&call_id)
            .is_some_and(|c| c.handles.is_empty())
        {
            self.st.calls.remove(&call_id);
            false
        } else {
            true
        }
    }

    /// `lineHandoff`: gives ownership of the call `hcall` names to another application
    /// with the call's line device open with owner privilege: by module file name
    /// (`file`), or the first such open, in `lineOpen` order, whose media modes include
    /// `media`. The target's handle (a new one, announced as an incoming call's is) becomes
    /// an owner and gets `LINE_CALLSTATE` with `LINECALLPRIVILEGE_OWNER`; the caller keeps
    /// its own.
    pub(in crate::core) fn handoff(
        &mut self,
        hcall: u32,
        file: Option<&str>,
        media: u32,
    ) -> Result<()> {
        let h = self.owned_handle(hcall)?;
        let device = h.data.device;
        let owners: Vec<Arc<LineObj>> = self.st.device_opens[device as usize]
            .iter()
            .filter_map(|o| self.st.lines.get(o).map(|r| Arc::clone(&r.obj)))
            .filter(|l| l.privileges & LINECALLPRIVILEGE_OWNER != 0)
            .collect();
        let module = |happ: u32| self.st.apps.get(&happ).map(|a| Arc::clone(&a.app.module));
        let target = match file {
            Some(name) => {
                let named = |l: &&Arc<LineObj>| {
                    module(l.happ).is_some_and(|m| m.eq_ignore_ascii_case(name))
                };
                match owners.iter().filter(|l| l.happ != h.happ).find(named) {
                    Some(t) => Arc::clone(t),
                    // Handing off to one's own file name succeeds (Microsoft's reference).
                    None if module(h.happ).is_some_and(|m| m.eq_ignore_ascii_case(name)) => {
                        return Ok(())
                    }
                    None => return Err(LineError::TARGETNOTFOUND),
                }
            }
            None => {
                let supported = self.core.provider.device_info(device).media_modes;
                if media.count_ones() != 1 || media & !supported != 0 {
                    return Err(LineError::INVALMEDIAMODE);
                }
                match owners.iter().find(|l| l.media_modes & media != 0) {
                    Some(t) if t.happ == h.happ => return Err(LineError::TARGETSELF),
                    Some(t) => Arc::clone(t),
                    None => return Err(LineError::TARGETNOTFOUND),
                }
            }
        };
        self.give_ownership(h.call_id, &target);
        Ok(())
    }

    /// Makes the application of the open line `target` an owner of `call`.
    fn give_ownership(&mut self, call: u32, target: &LineObj) {
        let existing = self.st.calls.get(&call).and_then(|rec| {
            rec.handles
                .iter()
                .find(|r| r.handle.happ == target.happ)
                .map(|r| Arc::clone(&r.handle))
        });
        let address = self.st.calls.get(&call).map_or(0, |c| c.data.address);
        let hcall = match existing {
            Some(h) if h.privilege == LINECALLPRIVILEGE_OWNER => h.hcall,
            Some(h) => {
                let new = Arc::new(h.with_privilege(LINECALLPRIVILEGE_OWNER));
                if self.core.table.replace_call(&h, Arc::clone(&new)) {
                    if let Some(rec) = self.st.calls.get_mut(&call) {
                        for r in rec.handles.iter_mut().filter(|r| r.handle.hcall == h.hcall) {
                            r.handle = Arc::clone(&new);
                        }
                    }
                }
                h.hcall
            }
            None => {
                let owner = LINECALLPRIVILEGE_OWNER;
                let Some(hc) = self.add_handle(call, target.handle, owner, 0) else {
                    return;
                };
                self.announce_new_call(target, address, hc, owner);
                hc
            }
        };
        self.recount(call);
        self.call_info_changed(
            call,
            LINECALLINFOSTATE_NUMOWNERINCR | LINECALLINFOSTATE_NUMMONITORS,
            hcall,
        );
        let Some(rec) = self.st.calls.get(&call) else {
            return;
        };
        let now = rec.data.live.read();
        let (state, mode) = (now.state, now.mode);
        let msg = Message {
            device: hcall,
            id: LINE_CALLSTATE as u32,
            instance: target.instance,
            p1: state as usize,
            p2: mode as usize,
            p3: LINECALLPRIVILEGE_OWNER as usize,
        };
        post(&self.st.apps, target.happ, msg, DeliverIf::CallLive(hcall));
    }

    /// `lineGenerateDigits`: the simulated network sends `digits` at once; the handle's
    /// application gets `LINE_GENERATE` (`LINEGENERATETERM_DONE`, dwParam3 the tick
    /// count). `None` cancels a generation in progress, of which there never is one.
    pub(in crate::core) fn generate_digits(
        &mut self,
        hcall: u32,
        digits: Option<&str>,
        tick: u32,
    ) -> Result<()> {
        let h = self.owned_handle(hcall)?;
        if h.data.state() & DIGIT_STATES == 0 {
            return Err(LineError::INVALCALLSTATE);
        }
        if digits.is_none() {
            return Ok(());
        }
        let msg = Message {
            device: hcall,
            id: LINE_GENERATE as u32,
            instance: h.instance,
            p1: LINEGENERATETERM_DONE as usize,
            p2: 0,
            p3: tick as usize,
        };
        post(&self.st.apps, h.happ, msg, DeliverIf::CallLive(hcall));
        Ok(())
    }

    /// `lineMonitorDigits`: which digits the handle's application hears of.
    pub(in crate::core) fn monitor_digits(&mut self, hcall: u32, modes: u32) -> Result<()> {
        let h = self.call_handle(hcall)?;
        if h.data.state() == LINECALLSTATE_IDLE {
            return Err(LineError::INVALCALLSTATE);
        }
        let rec = self
            .st
            .calls
            .get_mut(&h.call_id)
            .ok_or(LineError::INVALCALLHANDLE)?;
        for r in rec.handles.iter_mut().filter(|r| r.handle.hcall == hcall) {
            r.digit_modes = modes;
        }
        Ok(())
    }

    /// The far end sends `digits` (`mode`: `LINEDIGITMODE_PULSE` or `_DTMF`) on `call`:
    /// every handle monitoring that mode gets `LINE_MONITORDIGITS` per digit (dwParam1
    /// the digit, dwParam2 the mode, dwParam3 the tick count), and for DTMF also one with
    /// `LINEDIGITMODE_DTMFEND` when it monitors that.
    pub(crate) fn far_end_digits(&mut self, call: u32, digits: &str, mode: u32, tick: u32) {
        let Some(rec) = self.st.calls.get(&call) else {
            return;
        };
        // DTMF digits are reported in DTMFEND mode too (0: no second mode).
        let end = if mode == LINEDIGITMODE_DTMF {
            LINEDIGITMODE_DTMFEND
        } else {
            0
        };
        for r in &rec.handles {
            // The modes this handle hears of, looked at once per handle, not per digit.
            let (first, second) = (r.digit_modes & mode, r.digit_modes & end);
            if first == 0 && second == 0 {
                continue;
            }
            let h = &r.handle;
            let msg = |d: char, m: u32| Message {
                device: h.hcall,
                id: LINE_MONITORDIGITS as u32,
                instance: h.instance,
                p1: d as usize,
                p2: m as usize,
                p3: tick as usize,
            };
            let live = || DeliverIf::CallLive(h.hcall);
            post_run(&self.st.apps, h.happ, |push| {
                for d in digits.chars() {
                    if first != 0 {
                        push(msg(d, mode), live());
                    }
                    if second != 0 {
                        push(msg(d, end), live());
                    }
                }
            });
        }
    }

    /// `lineSetCallParams`: asks the provider for the bearer mode and the rate range
    /// (the provider grants a rate within it).
    pub(in crate::core) fn set_call_params(
        &mut self,
        hcall: u32,
        bearer: u32,
        min_rate: u32,
        max_rate: u32,
    ) -> Result<u32> {
        let h = self.owned_handle(hcall)?;
        if h.data.state() == LINECALLSTATE_IDLE {
            return Err(LineError::INVALCALLSTATE);
        }
        let supported = self.core.provider.device_info(h.data.device).bearer_modes;
        if bearer.count_ones() != 1 || bearer & !supported != 0 {
            return Err(LineError::INVALBEARERMODE);
        }
        if min_rate > max_rate {
            return Err(LineError::INVALRATE);
        }
        let req = self.new_request(h.hline, ReqKind::Call, hcall)?;
        let p = &self.core_ref().provider;
        let op = CallOp::SetCallParams {
            bearer,
            rate: max_rate,
        };
        p.call_control(self, req, h.call_id, op);
        Ok(req.0)
    }

    /// `lineGetNewCalls`: monitor handles, for the application of `hline`, to the calls
    /// on its device (on `address` only, if given) it holds no handle to, at most
    /// `room` of them (the caller's buffer): returns the new handles and how many calls
    /// there were. With too little room no handle is made.
    pub(in crate::core) fn new_calls(
        &mut self,
        hline: u32,
        address: Option<u32>,
        room: usize,
    ) -> Result<(Vec<u32>, usize)> {
        let line = match self.st.lines.get(&hline) {
            Some(rec) if self.core.table.is_live(hline, Kind::Line) => Arc::clone(&rec.obj),
            _ => return Err(self.core.invalid(hline, Kind::Line)),
        };
        let addresses = self.core.provider.device_info(line.device).num_addresses;
        if address.is_some_and(|a| a >= addresses) {
            return Err(LineError::INVALADDRESSID);
        }
        let mut calls = Vec::new();
        for o in &self.st.device_opens[line.device as usize] {
            let Some(rec) = self.st.lines.get(o) else {
                continue;
            };
            for &hc in &rec.calls {
                if let Some(Object::Call(c)) = self.core.table.get(hc, Kind::Call) {
                    if !calls.contains(&c.call_id) {
                        calls.push(c.call_id);
                    }
                }
            }
        }
        calls.retain(|call| {
            self.st.calls.get(call).is_some_and(|rec| {
                address.is_none_or(|a| a == rec.data.address)
                    && !rec.handles.iter().any(|r| r.handle.happ == line.happ)
            })
        });
        calls.sort_unstable();
        let found = calls.len();
        if found > room {
            return Ok((Vec::new(), found));
        }
        let mut handles = Vec::new();
        for call in calls {
            let monitor = LINECALLPRIVILEGE_MONITOR;
            if let Some(h) = self.add_handle(call, hline, monitor, 0) {
                handles.push(h);
                self.recount(call);
                self.call_info_changed(call, LINECALLINFOSTATE_NUMMONITORS, h);
            }
        }
        Ok((handles, found))
    }
}

/// The states in which digits can be sent or heard on a call.
const DIGIT_STATES: u32 = LINECALLSTATE_CONNECTED
    | LINECALLSTATE_PROCEEDING
    | LINECALLSTATE_RINGBACK
    | LINECALLSTATE_DIALING
    | LINECALLSTATE_ONHOLD;
