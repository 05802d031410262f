//! The built-in simulated telephone provider.
//!
//! It has `TAPI32_SIM_LINES` line devices (default 2, IDs `0..n`), each with one address
//! whose number is `1000 + device ID`. It drives the core as a service provider would:
//!
//! * Outgoing calls go DIALING, PROCEEDING, RINGBACK and, while auto-answer is on (the
//!   default), CONNECTED at once; `LINE_REPLY` comes first. With auto-answer off they
//!   wait in RINGBACK for [`remote_answer`]. A call made without a destination waits at
//!   DIALTONE.
//! * `lineAnswer` connects an offered call; `lineDrop` sends the call to IDLE.
//! * It advertises `LINEDEVCAPFLAGS_CLOSEDROP` and drops a call whose sole owner closes
//!   its line.
//!
//! Tests and programs drive the far end through [`offer_call`], [`remote_answer`],
//! [`remote_hangup`], [`close_line`] and [`set_auto_answer`] (the `tapisim*` C functions).

use std::sync::atomic::{AtomicBool, Ordering};

use crate::core::{Core, DeviceInfo, Events, LineErr, Party, Provider, RequestId, Result};
use crate::ffi::constants::*;

/// Environment variable with the number of simulated line devices.
pub const LINES_ENV: &str = "TAPI32_SIM_LINES";
/// Most line devices the simulator offers.
pub const MAX_LINES: u32 = 4096;

/// Media modes every simulated line supports.
pub const MEDIA_MODES: u32 = LINEMEDIAMODE_UNKNOWN
    | LINEMEDIAMODE_INTERACTIVEVOICE
    | LINEMEDIAMODE_AUTOMATEDVOICE
    | LINEMEDIAMODE_DATAMODEM
    | LINEMEDIAMODE_G3FAX;

/// The simulated provider.
pub struct SimProvider {
    devices: Vec<DeviceInfo>,
    auto_answer: AtomicBool,
}

impl SimProvider {
    /// A provider with `lines` line devices.
    pub fn new(lines: u32) -> Self {
        SimProvider {
            devices: (0..lines.min(MAX_LINES)).map(device).collect(),
            auto_answer: AtomicBool::new(true),
        }
    }

    /// A provider configured by [`LINES_ENV`] (default 2; an unparsable value gives 2).
    pub fn from_env() -> Self {
        let lines = std::env::var(LINES_ENV)
            .ok()
            .and_then(|v| v.trim().parse::<u32>().ok())
            .unwrap_or(2);
        Self::new(lines)
    }

    /// Whether the far end answers outgoing calls at once.
    pub fn auto_answer(&self) -> bool {
        self.auto_answer.load(Ordering::Acquire)
    }

    /// Sets [`SimProvider::auto_answer`].
    pub fn set_auto_answer(&self, on: bool) {
        self.auto_answer.store(on, Ordering::Release)
    }
}

impl Provider for SimProvider {
    fn line_count(&self) -> u32 {
        self.devices.len() as u32
    }

    fn device_info(&self, device: u32) -> DeviceInfo {
        self.devices[device as usize].clone()
    }

    fn make_call(&self, ev: &mut Events<'_>, req: RequestId, call: u32, dest: Option<&str>) {
        #[cfg(test)]
        if test_hooks::PANIC_IN_MAKE_CALL.swap(false, Ordering::AcqRel) {
            panic!("injected fault in the simulated provider");
        }
        ev.complete(req, Ok(()));
        if dest.is_none() {
            ev.set_call_state(call, LINECALLSTATE_DIALTONE, LINEDIALTONEMODE_NORMAL);
            return;
        }
        ev.set_call_state(call, LINECALLSTATE_DIALING, 0);
        ev.set_call_state(call, LINECALLSTATE_PROCEEDING, 0);
        ev.set_call_state(call, LINECALLSTATE_RINGBACK, 0);
        if self.auto_answer() {
            ev.set_call_state(call, LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE);
        }
    }

    fn answer(&self, ev: &mut Events<'_>, req: RequestId, call: u32) {
        ev.complete(req, Ok(()));
        ev.set_call_state(call, LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE);
    }

    fn drop_call(&self, ev: &mut Events<'_>, req: RequestId, call: u32) {
        ev.complete(req, Ok(()));
        ev.set_call_state(call, LINECALLSTATE_IDLE, 0);
    }

    fn drop_on_close(&self, ev: &mut Events<'_>, call: u32) {
        ev.set_call_state(call, LINECALLSTATE_IDLE, 0);
    }

    fn close_call(&self, ev: &mut Events<'_>, call: u32) {
        ev.set_call_state(call, LINECALLSTATE_IDLE, 0);
    }
}

/// The facts of simulated line device `id`.
fn device(id: u32) -> DeviceInfo {
    DeviceInfo {
        name: format!("Simulated Line {id}").into(),
        address: format!("{}", 1000 + id).into(),
        provider_info: "tapi32 for Linux simulated provider".into(),
        switch_info: "tapisim".into(),
        permanent_id: 0x0001_0000 + id,
        media_modes: MEDIA_MODES,
        bearer_modes: LINEBEARERMODE_VOICE,
        num_addresses: 1,
    }
}

fn party(number: Option<String>, name: Option<String>) -> Party {
    let absent = if number.is_none() && name.is_none() {
        LINECALLPARTYID_UNKNOWN
    } else {
        0
    };
    Party {
        number: number.map(Into::into),
        name: name.map(Into::into),
        absent,
    }
}

/// A remote party calls `device`/`address`; returns the new call's `dwCallID`.
/// `media_mode` 0 means `LINEMEDIAMODE_INTERACTIVEVOICE`.
pub fn offer_call(
    core: &Core,
    device: u32,
    address: u32,
    caller_id: Option<String>,
    caller_name: Option<String>,
    media_mode: u32,
) -> Result<u32> {
    let media = if media_mode == 0 {
        LINEMEDIAMODE_INTERACTIVEVOICE
    } else {
        media_mode
    };
    if device >= core.num_devices() {
        return Err(LineErr(LINEERR_BADDEVICEID));
    }
    if media.count_ones() != 1 || media & !MEDIA_MODES != 0 {
        return Err(LineErr(LINEERR_INVALMEDIAMODE));
    }
    core.provider_events(|ev| ev.offer_call(device, address, party(caller_id, caller_name), media))
}

/// The far end answers the outgoing call `call_id` (in DIALING, PROCEEDING or RINGBACK).
pub fn remote_answer(core: &Core, call_id: u32) -> Result<()> {
    core.provider_events(|ev| {
        let d = ev.call_data(call_id).ok_or(LineErr(LINEERR_INVALPARAM))?;
        let ringing = [
            LINECALLSTATE_DIALING,
            LINECALLSTATE_PROCEEDING,
            LINECALLSTATE_RINGBACK,
        ];
        if d.origin != LINECALLORIGIN_OUTBOUND || !ringing.contains(&d.state) {
            return Err(LineErr(LINEERR_INVALCALLSTATE));
        }
        ev.set_call_state(call_id, LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE);
        Ok(())
    })
}

/// All `LINEDISCONNECTMODE_*` bits.
const DISCONNECT_MODES: u32 = LINEDISCONNECTMODE_NORMAL
    | LINEDISCONNECTMODE_UNKNOWN
    | LINEDISCONNECTMODE_REJECT
    | LINEDISCONNECTMODE_PICKUP
    | LINEDISCONNECTMODE_FORWARDED
    | LINEDISCONNECTMODE_BUSY
    | LINEDISCONNECTMODE_NOANSWER
    | LINEDISCONNECTMODE_BADADDRESS
    | LINEDISCONNECTMODE_UNREACHABLE
    | LINEDISCONNECTMODE_CONGESTION
    | LINEDISCONNECTMODE_INCOMPATIBLE
    | LINEDISCONNECTMODE_UNAVAIL
    | LINEDISCONNECTMODE_NODIALTONE
    | LINEDISCONNECTMODE_NUMBERCHANGED
    | LINEDISCONNECTMODE_OUTOFORDER
    | LINEDISCONNECTMODE_TEMPFAILURE
    | LINEDISCONNECTMODE_QOSUNAVAIL
    | LINEDISCONNECTMODE_BLOCKED
    | LINEDISCONNECTMODE_DONOTDISTURB
    | LINEDISCONNECTMODE_CANCELLED;

/// The far end hangs up `call_id`: DISCONNECTED with `mode`, then IDLE if no application
/// owns the call.
pub fn remote_hangup(core: &Core, call_id: u32, mode: u32) -> Result<()> {
    if mode.count_ones() != 1 || mode & !DISCONNECT_MODES != 0 {
        return Err(LineErr(LINEERR_INVALPARAM));
    }
    core.provider_events(|ev| {
        let d = ev.call_data(call_id).ok_or(LineErr(LINEERR_INVALPARAM))?;
        if d.state == LINECALLSTATE_IDLE || d.state == LINECALLSTATE_DISCONNECTED {
            return Err(LineErr(LINEERR_INVALCALLSTATE));
        }
        ev.set_call_state(call_id, LINECALLSTATE_DISCONNECTED, mode);
        if d.num_owners == 0 {
            ev.set_call_state(call_id, LINECALLSTATE_IDLE, 0);
        }
        Ok(())
    })
}

/// The provider forcibly closes line device `device` (`LINE_CLOSE` to every opener).
pub fn close_line(core: &Core, device: u32) -> Result<()> {
    core.provider_events(|ev| ev.close_device(device))
}

/// Fault injection for the crate's own tests.
#[cfg(test)]
pub(crate) mod test_hooks {
    use std::sync::atomic::AtomicBool;

    /// The next `make_call` panics (with the core's control lock held).
    pub static PANIC_IN_MAKE_CALL: AtomicBool = AtomicBool::new(false);
}
