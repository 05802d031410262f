//! Open lines: `lineOpen`, `lineClose`, and a line device closed by the provider
//! (`LINE_CLOSE`).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::{post, ControlLock, LineRec, Set, STATUS_ADDRESS_STATES};
use crate::core::app::{DeliverIf, Message};
use crate::core::handles::{Kind, Object, Retired};
use crate::core::line::LineObj;
use crate::core::observer::{ActiveCall, Issued};
use crate::core::{OpenParams, Result};
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

/// A line closed with more calls than this retires them in handle order (the order
/// they lie in memory): about what fits in a core's 512 KiB L2 cache.
const SORT_CALLS_ABOVE: usize = 256;

impl ControlLock<'_> {
    pub(in crate::core) fn open_line(&mut self, happ: u32, p: OpenParams) -> Result<u32> {
        let OpenParams {
            device,
            version,
            instance,
            privileges,
            media_modes,
            ..
        } = p;
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
        let seq = self.st.next_open;
        self.st.next_open += 1;
        self.st.lines.insert(
            hline,
            LineRec {
                obj,
                seq,
                calls: Set::default(),
                requests: Vec::new(),
                line_states: 0,
                address_states: 0,
            },
        );
        if let Some(o) = self.core.observer {
            o.handle_issued(&Issued {
                handle: hline,
                kind: Kind::Line,
                happ,
                device,
                hline: 0,
                call_id: 0,
                state: 0,
                privilege: privileges,
            });
        }
        self.line_dev_state(device, hline, LINEDEVSTATE_OPEN);
        self.st.device_opens[device as usize].insert(seq, hline);
        self.st
            .apps
            .get_mut(&happ)
            .expect("checked")
            .lines
            .insert(seq, hline);
        Ok(hline)
    }

    pub(in crate::core) fn close_line(&mut self, hline: u32, why: Retired) -> Result<()> {
        if !self.core.table.is_live(hline, Kind::Line) || !self.st.lines.contains_key(&hline) {
            return Err(self.core.invalid(hline, Kind::Line));
        }
        self.retire_line(hline, why);
        Ok(())
    }

    /// Closes an open line: drops the calls it solely owns (the provider advertises
    /// `LINEDEVCAPFLAGS_CLOSEDROP`), retires its call handles and the line handle,
    /// cancels its outstanding requests. Costs O(calls and requests on this line), and
    /// O(log n) in the n opens of its device and its application.
    pub(super) fn retire_line(&mut self, hline: u32, why: Retired) {
        let Some(rec) = self.st.lines.get(&hline) else {
            return;
        };
        // Many calls go in handle order, not the set's (hashed, seeded per process): a
        // line's calls were mostly issued one after another, so their slots, records
        // and heap objects lie side by side in that order, and the close walks memory
        // forwards instead of taking a cache and TLB miss per object (BENCHMARKS.md
        // "(d) and (i)": 4x faster for 10^6 calls). A few calls fit in the caches in
        // any order, and sorting them would cost more than it saves.
        let mut calls: Vec<u32> = rec.calls.iter().copied().collect();
        if calls.len() > SORT_CALLS_ABOVE {
            calls.sort_unstable();
        }
        if let Some(o) = self.core.observer {
            if matches!(why, Retired::LineClosed | Retired::AppShutdown) {
                let active: Vec<ActiveCall> = calls
                    .iter()
                    .filter_map(|&h| match self.core.table.get(h, Kind::Call) {
                        Some(Object::Call(c))
                            if c.privilege == LINECALLPRIVILEGE_OWNER
                                && c.data.state() != LINECALLSTATE_IDLE =>
                        {
                            Some(ActiveCall {
                                hcall: h,
                                state: c.data.state(),
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
                let p = &self.core_ref().provider;
                p.drop_on_close(self, call);
            }
        }
        let rec = self.st.lines.remove(&hline).expect("present");
        self.needs_settle(rec.obj.happ);
        for (id, r, _) in &rec.requests {
            r.cancelled.store(true, Ordering::Release);
            self.st.requests.remove(id);
        }
        let device = rec.obj.device as usize;
        self.st.device_opens[device].remove(rec.seq);
        self.st.line_watchers[device].remove(rec.seq);
        if rec.address_states != 0 {
            self.st.address_watchers[device] -= 1;
        }
        if why != Retired::ProviderClosed {
            self.line_dev_state(rec.obj.device, hline, LINEDEVSTATE_CLOSE);
        }
        if let Some(a) = self.st.apps.get_mut(&rec.obj.happ) {
            a.lines.remove(rec.seq);
        }
        self.core.table.remove(hline, Kind::Line, why);
        if let Some(o) = self.core.observer {
            o.handle_retired(hline, Kind::Line, why);
        }
    }

    pub(super) fn is_sole_active_owner(&self, call: u32) -> bool {
        let Some(rec) = self.st.calls.get(&call) else {
            return false;
        };
        let owners = rec
            .handles
            .iter()
            .filter(|h| h.handle.privilege == LINECALLPRIVILEGE_OWNER)
            .count();
        owners == 1 && rec.data.state() != LINECALLSTATE_IDLE
    }

    /// The provider closes line device `device`: every open of it is closed as by
    /// `lineClose`, and its application receives `LINE_CLOSE`.
    pub(crate) fn close_device(&mut self, device: u32) -> Result<()> {
        if device >= self.core.provider.line_count() {
            return Err(LineError::BADDEVICEID);
        }
        let opens = self.st.device_opens[device as usize].to_vec();
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

    /// `LINE_LINEDEVSTATE` with `state` (dwParam2 and dwParam3 0, or for `RINGING` the
    /// ring mode 0 and ring count 1) to every open of `device` but `except` that asked
    /// for `state` with `lineSetStatusMessages`. Costs O(opens that asked for any).
    pub(super) fn line_dev_state(&self, device: u32, except: u32, state: u32) {
        let p3 = if state == LINEDEVSTATE_RINGING { 1 } else { 0 };
        for &h in &self.st.line_watchers[device as usize] {
            let Some(rec) = self.st.lines.get(&h) else {
                continue;
            };
            if h == except || rec.line_states & state == 0 {
                continue;
            }
            let msg = Message {
                device: h,
                id: LINE_LINEDEVSTATE as u32,
                instance: rec.obj.instance,
                p1: state as usize,
                p2: 0,
                p3,
            };
            post(&self.st.apps, rec.obj.happ, msg, DeliverIf::LineLive(h));
        }
    }

    /// `lineSetStatusMessages`.
    pub(in crate::core) fn set_status_messages(
        &mut self,
        hline: u32,
        line_states: u32,
        address_states: u32,
    ) -> Result<()> {
        if !self.core.table.is_live(hline, Kind::Line) {
            return Err(self.core.invalid(hline, Kind::Line));
        }
        if line_states & !STATUS_LINE_STATES != 0 {
            return Err(LineError::INVALLINESTATE);
        }
        if address_states & !STATUS_ADDRESS_STATES != 0 {
            return Err(LineError::INVALADDRESSSTATE);
        }
        let rec = self
            .st
            .lines
            .get_mut(&hline)
            .ok_or(LineError::INVALLINEHANDLE)?;
        rec.line_states = line_states;
        let was_watching = std::mem::replace(&mut rec.address_states, address_states) != 0;
        let (device, seq) = (rec.obj.device, rec.seq);
        let counted = &mut self.st.address_watchers[device as usize];
        match (was_watching, address_states != 0) {
            (false, true) => *counted += 1,
            (true, false) => *counted -= 1,
            _ => {}
        }
        let watchers = &mut self.st.line_watchers[device as usize];
        if line_states != 0 {
            watchers.insert(seq, hline);
        } else {
            watchers.remove(seq);
        }
        if address_states != 0 {
            self.watch_addresses(device);
        }
        Ok(())
    }

    /// `lineGetStatusMessages`: (line states, address states).
    pub(in crate::core) fn status_messages(&self, hline: u32) -> Result<(u32, u32)> {
        match self.st.lines.get(&hline) {
            Some(rec) if self.core.table.is_live(hline, Kind::Line) => {
                Ok((rec.line_states, rec.address_states))
            }
            _ => Err(self.core.invalid(hline, Kind::Line)),
        }
    }
}

/// The `LINEDEVSTATE_*` changes a simulated line reports (`LINEDEVCAPS.dwLineStates`).
pub(crate) const STATUS_LINE_STATES: u32 =
    LINEDEVSTATE_RINGING | LINEDEVSTATE_OPEN | LINEDEVSTATE_CLOSE | LINEDEVSTATE_REINIT;
