//! The bookkeeping behind the control lock, and every operation that changes it.
//!
//! [`ControlLock`] is the control lock held: the core's own operations and the provider's
//! reports both go through it, so they are serialized and their messages are queued in
//! the order they happen.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::SystemTime;

use super::app::{App, DeliverIf, Delivery, Message, Request};
use super::call::{CallData, CallHandle, Party, Side, Texts};
use super::handles::{Kind, Object, Retired};
use super::line::LineObj;
use super::observer::{ActiveCall, HeldCall, LeakCheck};
use super::slab::Slab;
use super::{Core, HCallSink, MakeCallParams, Result};
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

/// An outstanding asynchronous request, as the provider sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RequestId(pub u32);

struct AppRec {
    app: Arc<App>,
    lines: Vec<u32>,
}

struct LineRec {
    obj: Arc<LineObj>,
    calls: HashSet<u32>,
    /// Requests issued on this line: (request ID, its state, the call handle it is for).
    requests: Vec<(u32, Arc<Request>, u32)>,
}

struct HandleRec {
    handle: Arc<CallHandle>,
    /// Privilege to report in `dwParam3` of the next `LINE_CALLSTATE` (a new handle).
    announce: u32,
}

struct CallRec {
    /// The current data, which every handle shows.
    data: Arc<CallData>,
    handles: Vec<HandleRec>,
}

enum ReqKind {
    MakeCall {
        hcall: u32,
        call: u32,
        sink: HCallSink,
    },
    Call,
}

struct ReqRec {
    happ: u32,
    hline: u32,
    instance: usize,
    kind: ReqKind,
    flag: Arc<Request>,
}

/// Everything the control lock protects.
pub(super) struct State {
    apps: HashMap<u32, AppRec>,
    lines: HashMap<u32, LineRec>,
    calls: Slab<CallRec>,
    device_opens: Vec<Vec<u32>>,
    requests: HashMap<u32, ReqRec>,
    next_request: u32,
}

impl State {
    pub(super) fn new(lines: u32) -> Self {
        State {
            apps: HashMap::new(),
            lines: HashMap::new(),
            calls: Slab::new(),
            device_opens: vec![Vec::new(); lines as usize],
            requests: HashMap::new(),
            next_request: 1,
        }
    }
}

fn post(apps: &HashMap<u32, AppRec>, happ: u32, msg: Message, guard: DeliverIf) {
    if let Some(a) = apps.get(&happ) {
        a.app.post(msg, guard);
    }
}

/// Call features an owner may use in `state` (`LINECALLSTATUS.dwCallFeatures`).
pub(crate) fn owner_features(state: u32) -> u32 {
    match state {
        LINECALLSTATE_IDLE => 0,
        LINECALLSTATE_OFFERING | LINECALLSTATE_ACCEPTED => {
            LINECALLFEATURE_ANSWER | LINECALLFEATURE_DROP
        }
        _ => LINECALLFEATURE_DROP,
    }
}

/// The control lock, held; the provider's interface to the core.
pub(crate) struct ControlLock<'a> {
    core: &'a Core,
    st: &'a mut State,
    /// Applications whose handles this change invalidated: once the control lock is
    /// released, the core waits for their dispatchers to settle ([`App::settle`]).
    settle: Vec<Arc<App>>,
}

impl<'a> ControlLock<'a> {
    pub(super) fn new(core: &'a Core, st: &'a mut State) -> Self {
        ControlLock {
            core,
            st,
            settle: Vec::new(),
        }
    }

    /// The applications to settle after the control lock is released.
    pub(super) fn take_settle(&mut self) -> Vec<Arc<App>> {
        std::mem::take(&mut self.settle)
    }

    fn needs_settle(&mut self, happ: u32) {
        if let Some(a) = self.st.apps.get(&happ) {
            if !self.settle.iter().any(|s| Arc::ptr_eq(s, &a.app)) {
                self.settle.push(Arc::clone(&a.app));
            }
        }
    }

    // ----- applications -------------------------------------------------------------

    pub(super) fn add_app(&mut self, name: String, delivery: Delivery) -> Result<(u32, Arc<App>)> {
        let (happ, obj) = self
            .core
            .table
            .insert(|h| Object::App(Arc::new(App::new(h, name, delivery))))
            .ok_or(LineError::NOMEM)?;
        let Object::App(app) = obj else {
            unreachable!()
        };
        self.st.apps.insert(
            happ,
            AppRec {
                app: Arc::clone(&app),
                lines: Vec::new(),
            },
        );
        self.core.apps_live.fetch_add(1, Ordering::AcqRel);
        Ok((happ, app))
    }

    pub(super) fn remove_app(&mut self, happ: u32) -> Result<Arc<App>> {
        if !self.core.table.is_live(happ, Kind::App) || !self.st.apps.contains_key(&happ) {
            return Err(self.core.invalid(happ, Kind::App));
        }
        if let Some(o) = self.core.observer {
            for held in self.held_call_handles(Some(happ)) {
                o.call_handle_held(&held, LeakCheck::Shutdown);
            }
        }
        let lines = self.st.apps[&happ].lines.clone();
        for hline in lines {
            self.retire_line(hline, Retired::AppShutdown);
        }
        self.core
            .table
            .remove(happ, Kind::App, Retired::AppShutdown);
        let rec = self.st.apps.remove(&happ).expect("checked above");
        rec.app.close();
        self.core.apps_live.fetch_sub(1, Ordering::AcqRel);
        Ok(rec.app)
    }

    // ----- lines --------------------------------------------------------------------

    pub(super) fn open_line(
        &mut self,
        happ: u32,
        device: u32,
        version: u32,
        instance: usize,
        privileges: u32,
        media_modes: u32,
    ) -> Result<u32> {
        if !self.st.apps.contains_key(&happ) {
            return Err(LineError::INVALAPPHANDLE);
        }
        let (hline, obj) = self
            .core
            .table
            .insert(|h| {
                Object::Line(Arc::new(LineObj {
                    handle: h,
                    happ,
                    device,
                    version,
                    instance,
                    privileges,
                    media_modes,
                }))
            })
            .ok_or(LineError::NOMEM)?;
        let Object::Line(obj) = obj else {
            unreachable!()
        };
        self.st.lines.insert(
            hline,
            LineRec {
                obj,
                calls: HashSet::new(),
                requests: Vec::new(),
            },
        );
        self.st.device_opens[device as usize].push(hline);
        self.st
            .apps
            .get_mut(&happ)
            .expect("checked")
            .lines
            .push(hline);
        Ok(hline)
    }

    pub(super) fn close_line(&mut self, hline: u32, why: Retired) -> Result<()> {
        if !self.core.table.is_live(hline, Kind::Line) || !self.st.lines.contains_key(&hline) {
            return Err(self.core.invalid(hline, Kind::Line));
        }
        self.retire_line(hline, why);
        Ok(())
    }

    /// Closes an open line: drops the calls it solely owns (the provider advertises
    /// `LINEDEVCAPFLAGS_CLOSEDROP`), retires its call handles and the line handle,
    /// cancels its outstanding requests. Costs O(calls and requests on this line).
    fn retire_line(&mut self, hline: u32, why: Retired) {
        let Some(rec) = self.st.lines.get(&hline) else {
            return;
        };
        let calls: Vec<u32> = rec.calls.iter().copied().collect();
        if let Some(o) = self.core.observer {
            if matches!(why, Retired::LineClosed | Retired::AppShutdown) {
                let active: Vec<ActiveCall> = calls
                    .iter()
                    .filter_map(|&h| match self.core.table.get(h, Kind::Call) {
                        Some(Object::Call(c))
                            if c.privilege == LINECALLPRIVILEGE_OWNER
                                && c.data.state != LINECALLSTATE_IDLE =>
                        {
                            Some(ActiveCall {
                                hcall: h,
                                state: c.data.state,
                            })
                        }
                        _ => None,
                    })
                    .collect();
                if !active.is_empty() {
                    o.line_closed_with_active_calls(hline, &active);
                }
            }
        }
        for hcall in calls {
            // The handle goes first, so that the drop's IDLE reaches the other
            // applications' handles only, never one this close is invalidating.
            let sole_owner = match self.core.table.get(hcall, Kind::Call) {
                Some(Object::Call(h)) => (h.privilege == LINECALLPRIVILEGE_OWNER
                    && self.is_sole_active_owner(h.call_id))
                .then_some(h.call_id),
                _ => None,
            };
            self.remove_handle(hcall, why);
            if let Some(call) = sole_owner.filter(|c| self.st.calls.contains_key(c)) {
                let p = Arc::clone(&self.core.provider);
                p.drop_on_close(self, call);
            }
        }
        let rec = self.st.lines.remove(&hline).expect("present");
        self.needs_settle(rec.obj.happ);
        for (id, r, _) in &rec.requests {
            r.cancelled.store(true, Ordering::Release);
            self.st.requests.remove(id);
        }
        let dev = &mut self.st.device_opens[rec.obj.device as usize];
        dev.retain(|&h| h != hline);
        if let Some(a) = self.st.apps.get_mut(&rec.obj.happ) {
            a.lines.retain(|&h| h != hline);
        }
        self.core.table.remove(hline, Kind::Line, why);
    }

    fn is_sole_active_owner(&self, call: u32) -> bool {
        let Some(rec) = self.st.calls.get(&call) else {
            return false;
        };
        let owners = rec
            .handles
            .iter()
            .filter(|h| h.handle.privilege == LINECALLPRIVILEGE_OWNER)
            .count();
        owners == 1 && rec.data.state != LINECALLSTATE_IDLE
    }

    // ----- calls --------------------------------------------------------------------

    fn new_call(&mut self, data: CallData) -> u32 {
        let id = data.call_id;
        self.st.calls.insert(
            id,
            CallRec {
                data: Arc::new(data),
                handles: Vec::new(),
            },
        );
        id
    }

    /// A new `dwCallID`, reserved for [`ControlLock::new_call`].
    fn next_call_id(&mut self) -> Result<u32> {
        self.st.calls.reserve().ok_or(LineError::NOMEM)
    }

    fn add_handle(&mut self, call: u32, hline: u32, privilege: u32, announce: u32) -> Option<u32> {
        let line = Arc::clone(&self.st.lines.get(&hline)?.obj);
        let data = Arc::clone(&self.st.calls.get(&call)?.data);
        let (hcall, obj) = self
            .core
            .table
            .insert(|h| Object::Call(Arc::new(CallHandle::new(h, &line, privilege, data))))?;
        let Object::Call(handle) = obj else {
            unreachable!()
        };
        let rec = self.st.calls.get_mut(&call)?;
        if rec.handles.is_empty() {
            if let Some(o) = self.core.observer {
                o.call_seen();
            }
        }
        rec.handles.push(HandleRec { handle, announce });
        self.st.lines.get_mut(&hline)?.calls.insert(hcall);
        Some(hcall)
    }

    fn recount(&mut self, call: u32) {
        let Some(rec) = self.st.calls.get(&call) else {
            return;
        };
        let owners = rec
            .handles
            .iter()
            .filter(|h| h.handle.privilege == LINECALLPRIVILEGE_OWNER)
            .count() as u32;
        let monitors = rec.handles.len() as u32 - owners;
        self.update_call(call, |d| {
            d.num_owners = owners;
            d.num_monitors = monitors;
        });
    }

    /// Sends `LINE_CALLINFO` with `what` to every handle of `call` but `except`.
    fn call_info_changed(&self, call: u32, what: u32, except: u32) {
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
    fn remove_handle(&mut self, hcall: u32, why: Retired) {
        let Some(Object::Call(h)) = self.core.table.remove(hcall, Kind::Call, why) else {
            return;
        };
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
            if rec.data.state != LINECALLSTATE_IDLE {
                let p = Arc::clone(&self.core.provider);
                p.close_call(self, call);
            }
            self.st.calls.remove(&call);
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

    fn call_handle(&self, hcall: u32) -> Result<Arc<CallHandle>> {
        match self.core.table.get(hcall, Kind::Call) {
            Some(Object::Call(h)) => Ok(h),
            _ => Err(self.core.invalid(hcall, Kind::Call)),
        }
    }

    /// The call handles `happ` (or every application) holds, for a leak check.
    pub(super) fn held_call_handles(&self, happ: Option<u32>) -> Vec<HeldCall> {
        let mut leaks = Vec::new();
        for (&a, rec) in self
            .st
            .apps
            .iter()
            .filter(|(&a, _)| happ.is_none_or(|h| h == a))
        {
            for hline in &rec.lines {
                let Some(line) = self.st.lines.get(hline) else {
                    continue;
                };
                for &hcall in &line.calls {
                    if let Some(Object::Call(c)) = self.core.table.get(hcall, Kind::Call) {
                        leaks.push(HeldCall {
                            hcall,
                            call_id: c.call_id,
                            device: c.data.device,
                            state: c.data.state,
                            app: self.st.apps[&a].app.name.clone(),
                        });
                    }
                }
            }
        }
        leaks.sort_by_key(|l| l.hcall);
        leaks
    }

    fn owned_handle(&self, hcall: u32) -> Result<Arc<CallHandle>> {
        let h = self.call_handle(hcall)?;
        if h.privilege != LINECALLPRIVILEGE_OWNER {
            return Err(LineError::NOTOWNER);
        }
        Ok(h)
    }

    fn new_request(&mut self, hline: u32, kind: ReqKind, hcall: u32) -> Result<RequestId> {
        let line = self
            .st
            .lines
            .get_mut(&hline)
            .ok_or(LineError::INVALLINEHANDLE)?;
        let id = self.st.next_request;
        self.st.next_request = if id >= i32::MAX as u32 { 1 } else { id + 1 };
        let flag = Arc::new(Request::default());
        if line.requests.len() >= 32 {
            line.requests
                .retain(|(_, r, _)| !r.done.load(Ordering::Acquire));
        }
        line.requests.push((id, Arc::clone(&flag), hcall));
        let rec = ReqRec {
            happ: line.obj.happ,
            hline,
            instance: line.obj.instance,
            kind,
            flag,
        };
        self.st.requests.insert(id, rec);
        Ok(RequestId(id))
    }

    pub(super) fn make_call(
        &mut self,
        hline: u32,
        sink: HCallSink,
        p: MakeCallParams,
    ) -> Result<u32> {
        if !self.core.table.is_live(hline, Kind::Line) {
            return Err(LineError::INVALLINEHANDLE);
        }
        let line = Arc::clone(
            &self
                .st
                .lines
                .get(&hline)
                .ok_or(LineError::INVALLINEHANDLE)?
                .obj,
        );
        let info = self.core.provider.device_info(line.device);
        if p.address >= info.num_addresses {
            return Err(LineError::INVALADDRESSID);
        }
        if p.media_mode & !info.media_modes != 0 || p.media_mode.count_ones() != 1 {
            return Err(LineError::INVALMEDIAMODE);
        }
        let app_name = self
            .st
            .apps
            .get(&line.happ)
            .map(|a| Arc::clone(&a.app.name));
        let call_id = self.next_call_id()?;
        let dest = p.dest.clone();
        self.new_call(CallData {
            device: line.device,
            address: p.address,
            call_id,
            state: LINECALLSTATE_IDLE,
            state_mode: 0,
            state_time: SystemTime::now(),
            media_mode: p.media_mode,
            bearer_mode: LINEBEARERMODE_VOICE,
            app_specific: 0,
            origin: LINECALLORIGIN_OUTBOUND,
            reason: LINECALLREASON_DIRECT,
            country_code: p.country_code,
            num_owners: 0,
            num_monitors: 0,
            texts: Texts::new([
                Some(&info.address),
                Some(&info.name),
                p.dest.as_deref(),
                None,
                app_name.as_deref(),
                p.displayable_address.as_deref(),
                p.called_party.as_deref(),
                p.comment.as_deref(),
            ]),
            caller_absent: 0,
            called_absent: LINECALLPARTYID_UNKNOWN,
            connected: Side::Nobody,
        });
        let Some(hcall) = self.add_handle(call_id, hline, LINECALLPRIVILEGE_OWNER, 0) else {
            self.st.calls.remove(&call_id);
            return Err(LineError::NOMEM);
        };
        // Every other open of the device with monitor or owner privilege monitors it.
        let others: Vec<Arc<LineObj>> = self.st.device_opens[line.device as usize]
            .iter()
            .filter(|&&h| h != hline)
            .filter_map(|h| self.st.lines.get(h).map(|r| Arc::clone(&r.obj)))
            .filter(|l| l.privileges & (LINECALLPRIVILEGE_MONITOR | LINECALLPRIVILEGE_OWNER) != 0)
            .collect();
        for other in &others {
            if let Some(hc) = self.add_handle(
                call_id,
                other.handle,
                LINECALLPRIVILEGE_MONITOR,
                LINECALLPRIVILEGE_MONITOR,
            ) {
                self.announce_new_call(other, p.address, hc, LINECALLPRIVILEGE_MONITOR);
            }
        }
        self.recount(call_id);
        let req = match self.new_request(
            hline,
            ReqKind::MakeCall {
                hcall,
                call: call_id,
                sink,
            },
            hcall,
        ) {
            Ok(r) => r,
            Err(e) => {
                self.destroy_call(call_id);
                return Err(e);
            }
        };
        let p = Arc::clone(&self.core.provider);
        p.make_call(self, req, call_id, dest.as_deref());
        Ok(req.0)
    }

    /// `LINE_APPNEWCALL` to an application that negotiated 2.0 or later on `line`.
    fn announce_new_call(&self, line: &LineObj, address: u32, hcall: u32, privilege: u32) {
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

    fn destroy_call(&mut self, call: u32) {
        if let Some(rec) = self.st.calls.get(&call) {
            let handles: Vec<u32> = rec.handles.iter().map(|h| h.handle.hcall).collect();
            // Mark it idle first so that removing the last handle does not close it again.
            self.update_call(call, |d| d.state = LINECALLSTATE_IDLE);
            for h in handles {
                self.remove_handle(h, Retired::Deallocated);
            }
        }
        self.st.calls.remove(&call);
    }

    pub(super) fn answer(&mut self, hcall: u32) -> Result<u32> {
        let h = self.owned_handle(hcall)?;
        let state = h.data.state;
        if state != LINECALLSTATE_OFFERING && state != LINECALLSTATE_ACCEPTED {
            return Err(LineError::INVALCALLSTATE);
        }
        let req = self.new_request(h.hline, ReqKind::Call, hcall)?;
        let p = Arc::clone(&self.core.provider);
        p.answer(self, req, h.call_id);
        Ok(req.0)
    }

    pub(super) fn drop_call(&mut self, hcall: u32) -> Result<u32> {
        let h = self.owned_handle(hcall)?;
        let state = h.data.state;
        if state == LINECALLSTATE_IDLE {
            return Err(LineError::INVALCALLSTATE);
        }
        let req = self.new_request(h.hline, ReqKind::Call, hcall)?;
        let p = Arc::clone(&self.core.provider);
        p.drop_call(self, req, h.call_id);
        Ok(req.0)
    }

    pub(super) fn deallocate(&mut self, hcall: u32) -> Result<()> {
        let h = self.call_handle(hcall)?;
        let legacy = h.version < 0x0002_0000;
        if legacy && h.privilege == LINECALLPRIVILEGE_OWNER && self.is_sole_active_owner(h.call_id)
        {
            return Err(LineError::INVALCALLSTATE);
        }
        if legacy {
            if let Some(line) = self.st.lines.get(&h.hline) {
                for (_, r, _) in line.requests.iter().filter(|(_, _, c)| *c == hcall) {
                    r.cancelled.store(true, Ordering::Release);
                }
            }
        }
        self.remove_handle(hcall, Retired::Deallocated);
        Ok(())
    }

    pub(super) fn set_app_specific(&mut self, hcall: u32, value: u32) -> Result<()> {
        let h = self.owned_handle(hcall)?;
        self.update_call(h.call_id, |d| d.app_specific = value);
        self.call_info_changed(h.call_id, LINECALLINFOSTATE_APPSPECIFIC, 0);
        Ok(())
    }

    pub(super) fn set_call_privilege(&mut self, hcall: u32, privilege: u32) -> Result<()> {
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

    // ----- the provider's side ------------------------------------------------------

    /// Completes request `req` with `result` (`Ok` or a `LINEERR_`): for a successful
    /// `lineMakeCall`, writes the `HCALL` to the application first; then queues
    /// `LINE_REPLY`. A request whose line has been closed completes silently.
    pub(crate) fn complete(&mut self, req: RequestId, result: std::result::Result<(), LineError>) {
        let Some(rec) = self.st.requests.remove(&req.0) else {
            return;
        };
        let line_open = self.core.table.is_live(rec.hline, Kind::Line);
        if let ReqKind::MakeCall { hcall, call, sink } = rec.kind {
            match result {
                Ok(()) if line_open && self.core.table.is_live(hcall, Kind::Call) => {
                    (sink.0)(hcall)
                }
                Ok(()) => {}
                Err(_) => self.destroy_call(call),
            }
        }
        if !line_open {
            return;
        }
        let code = match result {
            Ok(()) => 0,
            Err(e) => e as u32,
        };
        let msg = Message {
            device: 0,
            id: LINE_REPLY as u32,
            instance: rec.instance,
            p1: req.0 as usize,
            p2: code as usize,
            p3: 0,
        };
        post(
            &self.st.apps,
            rec.happ,
            msg,
            DeliverIf::RequestActive(rec.flag),
        );
    }

    /// Moves `call` to `state` (with detail `mode`) and tells every handle's
    /// application with `LINE_CALLSTATE`.
    pub(crate) fn set_call_state(&mut self, call: u32, state: u32, mode: u32) {
        if !self.st.calls.contains_key(&call) {
            return;
        }
        self.update_call(call, |d| {
            d.state = state;
            d.state_mode = mode;
            d.state_time = SystemTime::now();
            if state == LINECALLSTATE_CONNECTED && d.connected == Side::Nobody {
                d.connected = if d.origin == LINECALLORIGIN_OUTBOUND {
                    Side::Called
                } else {
                    Side::Caller
                };
            }
        });
        let Some(rec) = self.st.calls.get_mut(&call) else {
            return;
        };
        for h in rec.handles.iter_mut() {
            let msg = Message {
                device: h.handle.hcall,
                id: LINE_CALLSTATE as u32,
                instance: h.handle.instance,
                p1: state as usize,
                p2: mode as usize,
                p3: std::mem::take(&mut h.announce) as usize,
            };
            post(
                &self.st.apps,
                h.handle.happ,
                msg,
                DeliverIf::CallLive(h.handle.hcall),
            );
        }
    }

    /// A remote party calls `device`: every application with the line open and owner or
    /// monitor privilege gets a handle (the first owner-privileged open whose media modes
    /// include `media_mode` becomes the owner, the others monitor), then
    /// `LINE_APPNEWCALL` (API 2.0 and later) and `LINE_CALLSTATE` OFFERING. A call no
    /// application receives is not kept. Returns the call's `dwCallID`.
    pub(crate) fn offer_call(
        &mut self,
        device: u32,
        address: u32,
        caller: Party,
        media_mode: u32,
    ) -> Result<u32> {
        if device >= self.core.provider.line_count() {
            return Err(LineError::BADDEVICEID);
        }
        let info = self.core.provider.device_info(device);
        if address >= info.num_addresses {
            return Err(LineError::INVALADDRESSID);
        }
        let call_id = self.next_call_id()?;
        self.new_call(CallData {
            device,
            address,
            call_id,
            state: LINECALLSTATE_OFFERING,
            state_mode: LINEOFFERINGMODE_ACTIVE,
            state_time: SystemTime::now(),
            media_mode,
            bearer_mode: LINEBEARERMODE_VOICE,
            app_specific: 0,
            origin: LINECALLORIGIN_EXTERNAL,
            reason: LINECALLREASON_DIRECT,
            country_code: 0,
            num_owners: 0,
            num_monitors: 0,
            texts: Texts::new([
                caller.number.as_deref(),
                caller.name.as_deref(),
                Some(&info.address),
                Some(&info.name),
                None,
                None,
                None,
                None,
            ]),
            caller_absent: caller.absent,
            called_absent: 0,
            connected: Side::Nobody,
        });
        if self.distribute(call_id, device, address, Some(media_mode)) {
            self.set_call_state(call_id, LINECALLSTATE_OFFERING, LINEOFFERINGMODE_ACTIVE);
        }
        Ok(call_id)
    }

    /// Gives every application with `device` open (with owner or monitor privilege) a
    /// handle to the new call `call_id`, announced with `LINE_APPNEWCALL` (API 2.0 and
    /// later); the first `LINE_CALLSTATE` then carries the privilege. With `owned_media`,
    /// the first owner-privileged open whose media modes include it owns the call; the
    /// others monitor it. A call nobody receives is not kept: returns false.
    fn distribute(
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

    /// A telephone on line device `device` (not an application) dials `dest`: a new
    /// outgoing call that every application with the line open monitors. The provider
    /// then moves it through its states. Returns its `dwCallID`; a call no application
    /// receives is not kept.
    pub(crate) fn originate_call(&mut self, device: u32, address: u32, dest: &str) -> Result<u32> {
        if device >= self.core.provider.line_count() {
            return Err(LineError::BADDEVICEID);
        }
        let info = self.core.provider.device_info(device);
        if address >= info.num_addresses {
            return Err(LineError::INVALADDRESSID);
        }
        let call_id = self.next_call_id()?;
        self.new_call(CallData {
            device,
            address,
            call_id,
            state: LINECALLSTATE_IDLE,
            state_mode: 0,
            state_time: SystemTime::now(),
            media_mode: LINEMEDIAMODE_INTERACTIVEVOICE,
            bearer_mode: LINEBEARERMODE_VOICE,
            app_specific: 0,
            origin: LINECALLORIGIN_OUTBOUND,
            reason: LINECALLREASON_DIRECT,
            country_code: 0,
            num_owners: 0,
            num_monitors: 0,
            texts: Texts::new([
                Some(&info.address),
                Some(&info.name),
                Some(dest),
                None,
                None,
                None,
                None,
                None,
            ]),
            caller_absent: 0,
            called_absent: LINECALLPARTYID_UNKNOWN,
            connected: Side::Nobody,
        });
        self.distribute(call_id, device, address, None);
        Ok(call_id)
    }

    /// The provider closes line device `device`: every open of it is closed as by
    /// `lineClose`, and its application receives `LINE_CLOSE`.
    pub(crate) fn close_device(&mut self, device: u32) -> Result<()> {
        if device >= self.core.provider.line_count() {
            return Err(LineError::BADDEVICEID);
        }
        let opens = self.st.device_opens[device as usize].clone();
        for hline in opens {
            let Some(rec) = self.st.lines.get(&hline) else {
                continue;
            };
            let (happ, instance) = (rec.obj.happ, rec.obj.instance);
            self.retire_line(hline, Retired::ProviderClosed);
            let msg = Message {
                device: hline,
                id: LINE_CLOSE as u32,
                instance,
                p1: 0,
                p2: 0,
                p3: 0,
            };
            post(&self.st.apps, happ, msg, DeliverIf::Always);
        }
        Ok(())
    }

    /// A copy of the data of `call`, if the call exists.
    pub(crate) fn call_data(&self, call: u32) -> Option<CallData> {
        self.st.calls.get(&call).map(|c| CallData::clone(&c.data))
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

    /// What the core keeps, counted.
    pub(crate) fn counts(&self) -> super::Counts {
        super::Counts {
            apps: self.st.apps.len(),
            lines: self.st.lines.len(),
            calls: self.st.calls.len(),
            requests: self.st.requests.len(),
        }
    }
}
