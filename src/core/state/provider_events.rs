//! What the provider reports of the network: call-state changes, incoming calls and
//! calls the lines' own phones make.

use std::sync::Arc;

use super::{post, ControlLock};
use crate::core::app::{DeliverIf, Message};
use crate::core::call::{CallData, CallMedia, CallState, Party, Side, Texts};
use crate::core::{DeviceInfo, Result};
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

impl ControlLock<'_> {
    /// Moves `call` to `state` (with detail `mode`) and tells every handle's
    /// application with `LINE_CALLSTATE`.
    pub(crate) fn set_call_state(&mut self, call: u32, state: u32, mode: u32) {
        // One lookup: the record's handles are written (their announcements) while the
        // applications are read, which are other fields of the state.
        let Some(rec) = self.st.calls.get_mut(&call) else {
            return;
        };
        // In place: the handles and the data they show stay as they are (see
        // `crate::core::call`), so nothing is published or allocated.
        rec.data.live.set(state, mode);
        // The connected party shows in `LINECALLINFO`: it changes once, in place too,
        // and what was kept of the handles' `LINECALLINFO` before goes (see
        // `crate::core::call`).
        if state == LINECALLSTATE_CONNECTED && rec.data.live.connected() == Side::Nobody {
            let side = if rec.data.origin == LINECALLORIGIN_OUTBOUND {
                Side::Called
            } else {
                Side::Caller
            };
            rec.data.live.connect(side);
            for h in &rec.handles {
                self.core.table.call_connected(&h.handle);
            }
        }
        if let Some(o) = self.core.observer {
            o.call_state_changed(call, state);
        }
        let (device, address) = (rec.data.device, rec.data.address);
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
        self.address_maybe_changed(device, address);
        self.phone_ring(device, call, state == LINECALLSTATE_OFFERING);
        if state == LINECALLSTATE_IDLE {
            self.core.provider.call_ended(call);
        }
    }

    /// A remote party calls `device`: every application with the line open and owner or
    /// monitor privilege gets a handle (the first owner-privileged open whose media modes
    /// include `media.mode` becomes the owner, the others monitor), then
    /// `LINE_APPNEWCALL` (API 2.0 and later) and `LINE_CALLSTATE` OFFERING. A call no
    /// application receives is not kept. `media` gives the call's media mode, bearer mode
    /// and rate. Returns the call's `dwCallID`.
    pub(crate) fn offer_call(
        &mut self,
        device: u32,
        address: u32,
        caller: Party,
        media: CallMedia,
    ) -> Result<u32> {
        let info = self.device_address(device, address)?;
        let call_id = self.next_call_id()?;
        let texts = Texts::new([
            caller.number.as_deref(),
            caller.name.as_deref(),
            Some(&info.address),
            Some(&info.name),
            None,
            None,
            None,
            None,
        ]);
        self.new_call(CallData {
            live: Arc::new(CallState::new(
                LINECALLSTATE_OFFERING,
                LINEOFFERINGMODE_ACTIVE,
            )),
            media_mode: media.mode,
            bearer_mode: media.bearer,
            rate: media.rate,
            caller_absent: caller.absent,
            ..CallData::new(device, address, call_id, LINECALLORIGIN_EXTERNAL, texts)
        });
        if self.distribute(call_id, device, address, Some(media.mode)) {
            self.set_call_state(call_id, LINECALLSTATE_OFFERING, LINEOFFERINGMODE_ACTIVE);
        }
        self.line_dev_state(device, 0, LINEDEVSTATE_RINGING);
        Ok(call_id)
    }

    /// The facts of line device `device`, which must have address `address`.
    fn device_address(&self, device: u32, address: u32) -> Result<DeviceInfo> {
        if device >= self.core.provider.line_count() {
            return Err(LineError::BADDEVICEID);
        }
        let info = self.core.provider.device_info(device);
        if address >= info.num_addresses {
            return Err(LineError::INVALADDRESSID);
        }
        Ok(info.clone())
    }

    /// A telephone on line device `device` (not an application) dials `dest`: a new
    /// outgoing call that every application with the line open monitors. The provider
    /// then moves it through its states. Returns its `dwCallID`; a call no application
    /// receives is not kept.
    pub(crate) fn originate_call(&mut self, device: u32, address: u32, dest: &str) -> Result<u32> {
        let info = self.device_address(device, address)?;
        let call_id = self.next_call_id()?;
        let texts = Texts::new([
            Some(&info.address),
            Some(&info.name),
            Some(dest),
            None,
            None,
            None,
            None,
            None,
        ]);
        self.new_call(CallData {
            called_absent: LINECALLPARTYID_UNKNOWN,
            ..CallData::new(device, address, call_id, LINECALLORIGIN_OUTBOUND, texts)
        });
        self.distribute(call_id, device, address, None);
        Ok(call_id)
    }
}
