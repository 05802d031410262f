//! Asynchronous requests (`lineMakeCall`, `lineAnswer`, `lineDrop`, and call control:
//! `lineDial`, `lineHold`, `lineUnhold`, `lineSecureCall`, `lineRedirect`,
//! `lineBlindTransfer`) and their completion, which queues `LINE_REPLY`.
//!
//! A line keeps at most [`REQUEST_LIMIT`] requests whose `LINE_REPLY` its application
//! has not taken (or the provider has not completed); a further request is refused with
//! `LINEERR_RESOURCEUNAVAIL` ("resource overcommitment"), changing nothing, and the
//! observer is told.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::{post, ControlLock, ReqKind, ReqRec, RequestId, REQUEST_LIMIT, SPARE_REQUESTS};
use crate::core::app::{DeliverIf, Message, Request};
use crate::core::call::{CallData, Texts};
use crate::core::handles::Kind;
use crate::core::line::LineObj;
use crate::core::provider::CallOp;
use crate::core::{HCallSink, MakeCallParams, Result};
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

impl ControlLock<'_> {
    /// The next request ID (positive, as a `LONG`; line and phone requests share them).
    pub(super) fn next_request_id(&mut self) -> u32 {
        let id = self.st.next_request;
        self.st.next_request = if id >= i32::MAX as u32 { 1 } else { id + 1 };
        id
    }

    /// `LINEERR_RESOURCEUNAVAIL` when line `hline` already has [`REQUEST_LIMIT`]
    /// requests not done (the observer is told); forgets the done ones on the way.
    fn request_room(&mut self, hline: u32) -> Result<()> {
        let observer = self.core.observer;
        let st = &mut *self.st;
        let line = st.lines.get_mut(&hline).ok_or(LineError::INVALLINEHANDLE)?;
        if line.requests.len() >= 32 {
            let spare = &mut st.spare_requests;
            // The pending ones move to the front in their order, then the done ones
            // leave the list by value: one kept for a later request moves to the spares
            // without a count taken and given back.
            let list = &mut line.requests;
            let mut kept = 0;
            for i in 0..list.len() {
                if !list[i].1.done.load(Ordering::Acquire) {
                    list.swap(kept, i);
                    kept += 1;
                }
            }
            for (_, mut r, _) in list.drain(kept..) {
                // Nobody else holds it any more: reset, kept for a later request.
                if spare.len() < SPARE_REQUESTS {
                    if let Some(state) = Arc::get_mut(&mut r) {
                        *state = Request::default();
                        spare.push(r);
                    }
                }
            }
        }
        if line.requests.len() >= REQUEST_LIMIT {
            if let Some(o) = observer {
                o.request_refused(hline);
            }
            return Err(LineError::RESOURCEUNAVAIL);
        }
        Ok(())
    }

    pub(super) fn new_request(
        &mut self,
        hline: u32,
        kind: ReqKind,
        hcall: u32,
    ) -> Result<RequestId> {
        self.request_room(hline)?;
        let id = self.next_request_id();
        let line = self.st.lines.get_mut(&hline).expect("checked");
        let flag = self.st.spare_requests.pop().unwrap_or_default();
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

    pub(in crate::core) fn make_call(
        &mut self,
        hline: u32,
        sink: HCallSink,
        p: MakeCallParams<'_>,
    ) -> Result<u32> {
        if !self.core.table.is_live(hline, Kind::Line) {
            return Err(LineError::INVALLINEHANDLE);
        }
        // The line's two facts, copied: no counted reference to its object.
        let (device, happ) = {
            let line = &self
                .st
                .lines
                .get(&hline)
                .ok_or(LineError::INVALLINEHANDLE)?
                .obj;
            (line.device, line.happ)
        };
        let info = self.core.provider.device_info(device);
        if p.address >= info.num_addresses {
            return Err(LineError::INVALADDRESSID);
        }
        if p.media_mode & !info.media_modes != 0 || p.media_mode.count_ones() != 1 {
            return Err(LineError::INVALMEDIAMODE);
        }
        let bearer = match p.bearer_mode {
            0 => LINEBEARERMODE_VOICE,
            b if b.count_ones() == 1 && b & !info.bearer_modes == 0 => b,
            _ => return Err(LineError::INVALBEARERMODE),
        };
        if p.rates.0 > p.rates.1 {
            return Err(LineError::INVALRATE);
        }
        // Before the call exists: a refused request announces nothing.
        self.request_room(hline)?;
        let call_id = self.next_call_id()?;
        // The application's name is borrowed for the copy into the call's strings.
        let app_name = self.st.apps.get(&happ).map(|a| &*a.app.name);
        let texts = Texts::new([
            Some(&info.address),
            Some(&info.name),
            p.dest.as_deref(),
            None,
            app_name,
            p.displayable_address.as_deref(),
            p.called_party.as_deref(),
            p.comment.as_deref(),
        ]);
        let dest = p.dest;
        // Every other open of the device with monitor or owner privilege monitors it.
        let others: Vec<Arc<LineObj>> = self.st.device_opens[device as usize]
            .iter()
            .filter(|&&h| h != hline)
            .filter_map(|h| self.st.lines.get(h).map(|r| Arc::clone(&r.obj)))
            .filter(|l| l.privileges & (LINECALLPRIVILEGE_MONITOR | LINECALLPRIVILEGE_OWNER) != 0)
            .collect();
        let origin = LINECALLORIGIN_OUTBOUND;
        self.new_call(CallData {
            media_mode: p.media_mode,
            bearer_mode: bearer,
            // What was asked for; the provider grants what the far end can do.
            rate: p.rates.1,
            country_code: p.country_code,
            called_absent: LINECALLPARTYID_UNKNOWN,
            // The handles about to be added, so that the recount below usually finds
            // nothing to change and publishes nothing.
            num_owners: 1,
            num_monitors: others.len() as u32,
            ..CallData::new(device, p.address, call_id, origin, texts)
        });
        let Some(hcall) = self.add_handle(call_id, hline, LINECALLPRIVILEGE_OWNER, 0) else {
            self.st.calls.remove(&call_id);
            return Err(LineError::NOMEM);
        };
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
        let p = &self.core_ref().provider;
        p.make_call(self, req, call_id, dest.as_deref());
        Ok(req.0)
    }

    pub(in crate::core) fn answer(&mut self, hcall: u32) -> Result<u32> {
        let h = self.owned_handle(hcall)?;
        let state = h.data.state();
        if state != LINECALLSTATE_OFFERING && state != LINECALLSTATE_ACCEPTED {
            return Err(LineError::INVALCALLSTATE);
        }
        let req = self.new_request(h.hline, ReqKind::Call, hcall)?;
        let p = &self.core_ref().provider;
        p.answer(self, req, h.call_id);
        Ok(req.0)
    }

    pub(in crate::core) fn drop_call(&mut self, hcall: u32) -> Result<u32> {
        let (owner, state, hline, call) = self.with_call_handle(hcall, |h| {
            (
                h.privilege == LINECALLPRIVILEGE_OWNER,
                h.data.state(),
                h.hline,
                h.call_id,
            )
        })?;
        if !owner {
            return Err(LineError::NOTOWNER);
        }
        if state == LINECALLSTATE_IDLE {
            return Err(LineError::INVALCALLSTATE);
        }
        let req = self.new_request(hline, ReqKind::Call, hcall)?;
        let p = &self.core_ref().provider;
        p.drop_call(self, req, call);
        Ok(req.0)
    }

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
                    sink.deliver(hcall)
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

    /// A call-control request on the owned call `hcall`: its state must be one of
    /// `states` (else `LINEERR_INVALCALLSTATE`); the provider carries `op` out.
    pub(in crate::core) fn call_control(
        &mut self,
        hcall: u32,
        states: u32,
        op: CallOp,
    ) -> Result<u32> {
        let h = self.owned_handle(hcall)?;
        if h.data.state() & states == 0 {
            return Err(LineError::INVALCALLSTATE);
        }
        let req = self.new_request(h.hline, ReqKind::Call, hcall)?;
        let p = &self.core_ref().provider;
        p.call_control(self, req, h.call_id, op);
        Ok(req.0)
    }
}
