//! The interface between the core and a telephony service provider.
//!
//! It mirrors the part of Windows' TSPI that line-call programs reach: the core asks
//! the provider to make, answer, drop and close calls, and the provider reports what the
//! network does through [`ControlLock`](super::ControlLock): request completions, call-state
//! changes, new incoming calls, a line device closing.

use crate::platform::RawFd;
use std::sync::Arc;

use tapi32_defs::LineError;

use super::call::Text;
use super::{ControlLock, Core, RequestId, Result};

/// Static facts about one line device (`LINEDEVCAPS`).
#[derive(Clone, Debug)]
pub(crate) struct DeviceInfo {
    /// `LineName`
    pub name: Text,
    /// The device's own address (its "phone number").
    pub address: Text,
    /// `ProviderInfo`
    pub provider_info: Text,
    /// `SwitchInfo`
    pub switch_info: Text,
    /// `dwPermanentLineID`
    pub permanent_id: u32,
    /// `dwMediaModes`
    pub media_modes: u32,
    /// `dwBearerModes`
    pub bearer_modes: u32,
    /// `dwNumAddresses`
    pub num_addresses: u32,
}

/// Static facts about one phone device (`PHONECAPS`).
#[derive(Clone, Debug)]
pub(crate) struct PhoneInfo {
    /// `PhoneName`
    pub name: Text,
    /// `ProviderInfo`
    pub provider_info: Text,
    /// `PhoneInfo`
    pub phone_info: Text,
    /// `dwPermanentPhoneID`
    pub permanent_id: u32,
    /// The line device the phone sits beside, if any (`phoneGetID`'s `"tapi/line"`,
    /// `lineGetID`'s `"tapi/phone"`); an offered call on it rings the phone.
    pub line: Option<u32>,
    /// `PHONEHOOKSWITCHDEV_*` it has.
    pub hookswitch_devs: u32,
    /// `dwNumRingModes`
    pub ring_modes: u32,
    /// `dwDisplayNumRows`
    pub display_rows: u32,
    /// `dwDisplayNumColumns`
    pub display_columns: u32,
}

/// Static facts about one address of a line device (`LINEADDRESSCAPS`).
#[derive(Clone, Debug)]
pub(crate) struct AddressInfo {
    /// The address (its number).
    pub address: Text,
    /// `LINECALLSTATE_*` the provider's calls go through.
    pub call_states: u32,
    /// `LINEDIALTONEMODE_*` it reports.
    pub dial_tone_modes: u32,
    /// `LINEBUSYMODE_*` it reports.
    pub busy_modes: u32,
    /// `LINEDISCONNECTMODE_*` it reports.
    pub disconnect_modes: u32,
    /// `LINECALLINFOSTATE_*` changes it reports.
    pub call_info_states: u32,
    /// `LINECALLPARTYID_*` it reports for the caller.
    pub caller_id_flags: u32,
    /// `LINECALLPARTYID_*` it reports for the called party.
    pub called_id_flags: u32,
    /// `LINECALLPARTYID_*` it reports for the connected party.
    pub connected_id_flags: u32,
}

/// A call-control request on an existing call (`TSPI_lineDial`, `TSPI_lineHold` ...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CallOp {
    /// `lineDial`: dial `0` on a call waiting at dial tone.
    Dial(String),
    /// `lineHold`
    Hold,
    /// `lineUnhold`
    Unhold,
    /// `lineSecureCall`
    Secure,
    /// `lineRedirect`: hand an offered call to another number.
    Redirect(String),
    /// `lineBlindTransfer`: transfer the call to another number.
    BlindTransfer(String),
    /// `lineSetCallParams`: a bearer mode and the highest acceptable rate.
    SetCallParams {
        /// `LINEBEARERMODE_*`
        bearer: u32,
        /// Bits per second.
        rate: u32,
    },
}

/// A telephony service provider.
///
/// Every method is called with the core's control lock held, through `ev`; a provider
/// reports results by calling `ev`'s methods before it returns, or later through
/// [`Core::provider_events`](super::Core::provider_events).
pub(crate) trait Provider: Send + Sync {
    /// How many line devices it has (device IDs `0..line_count()`).
    fn line_count(&self) -> u32;
    /// The capabilities of `device` (`device < line_count()`).
    fn device_info(&self, device: u32) -> &DeviceInfo;
    /// How many phone devices it has (device IDs `0..phone_count()`).
    fn phone_count(&self) -> u32 {
        0
    }
    /// The capabilities of phone `device` (`device < phone_count()`).
    fn phone_info(&self, device: u32) -> PhoneInfo {
        unreachable!("no phone device {device}")
    }
    /// The capabilities of `address` of `device` (`address < num_addresses`).
    fn address_info(&self, device: u32, address: u32) -> AddressInfo;
    /// `TSPI_lineMakeCall`: dial `dest` on the new call `call`; complete `req`.
    fn make_call(&self, ev: &mut ControlLock<'_>, req: RequestId, call: u32, dest: Option<&str>);
    /// `TSPI_lineAnswer`: answer the offered call; complete `req`.
    fn answer(&self, ev: &mut ControlLock<'_>, req: RequestId, call: u32);
    /// A call-control request on `call` (the core checked privilege and state); complete
    /// `req`.
    fn call_control(&self, ev: &mut ControlLock<'_>, req: RequestId, call: u32, op: CallOp);
    /// `TSPI_lineDrop`: hang up the call; complete `req`.
    fn drop_call(&self, ev: &mut ControlLock<'_>, req: RequestId, call: u32);
    /// The sole owner of an active call closed its line (the provider advertises
    /// `LINEDEVCAPFLAGS_CLOSEDROP`): drop the call; monitors still hold it.
    fn drop_on_close(&self, ev: &mut ControlLock<'_>, call: u32);
    /// `TSPI_lineCloseCall`: the last handle to an active call is gone; end it.
    fn close_call(&self, ev: &mut ControlLock<'_>, call: u32);
    /// The data channel of the connected data call `call` (`lineGetID`'s
    /// `"comm/datamodem"`; the core checked the call's media mode and state): a
    /// descriptor the program owns and the device's name.
    fn data_channel(&self, call: u32) -> Result<(RawFd, String)> {
        let _ = call;
        Err(LineError::OPERATIONUNAVAIL)
    }
    /// `call` has gone IDLE or its record is being freed: the provider releases what it
    /// keeps for the call's media (its data channel). Called under the control lock,
    /// possibly more than once for a call.
    fn call_ended(&self, call: u32) {
        let _ = call;
    }
    /// Why the provider cannot run (its configuration is unusable), if so: every
    /// `lineInitialize(Ex)` then fails with `LINEERR_NODRIVER`.
    fn startup_error(&self) -> Option<&str> {
        None
    }
    /// An application has initialized (called each time, without the control lock): a
    /// provider with a timeline starts its clock at the first.
    fn started(self: Arc<Self>, core: &'static Core) {
        let _ = core;
    }
}
