//! Calls and the per-application handles to them.
//!
//! One [`CallShared`] exists per call the provider reports; every application that holds
//! the call gets its own [`CallHandle`] (its `HCALL`) pointing at it. Readers
//! (`lineGetCallInfo`, `lineGetCallStatus`) take the handle's slot read lock, then the
//! call's data read lock; writers change the data under the core's control lock.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, RwLock};
use std::time::SystemTime;

/// One party of a call (caller, called, connected), as `LINECALLINFO` reports it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Party {
    /// The party's address (number), if known.
    pub number: Option<String>,
    /// The party's name, if known.
    pub name: Option<String>,
    /// The `LINECALLPARTYID_*` flag to report when neither is known
    /// (`UNKNOWN`, `BLOCKED`, `OUTOFAREA`, `UNAVAIL`).
    pub absent: u32,
}

/// Everything `LINECALLINFO` and `LINECALLSTATUS` report about a call, shared by all its
/// handles.
#[derive(Clone, Debug)]
pub struct CallData {
    /// The line device the call is on.
    pub device: u32,
    /// The address on that device.
    pub address: u32,
    /// `dwCallID`: unique per call, as the provider assigns it.
    pub call_id: u32,
    /// `LINECALLSTATE_*`
    pub state: u32,
    /// The state's detail (`dwCallStateMode`, `dwParam2` of `LINE_CALLSTATE`).
    pub state_mode: u32,
    /// When the call entered `state`.
    pub state_time: SystemTime,
    /// `LINEMEDIAMODE_*`
    pub media_mode: u32,
    /// `LINEBEARERMODE_*`
    pub bearer_mode: u32,
    /// `dwAppSpecific`, set by an owner with `lineSetAppSpecific`.
    pub app_specific: u32,
    /// `LINECALLORIGIN_*`
    pub origin: u32,
    /// `LINECALLREASON_*`
    pub reason: u32,
    /// `dwCountryCode` given to `lineMakeCall`.
    pub country_code: u32,
    /// Applications holding owner handles.
    pub num_owners: u32,
    /// Applications holding monitor handles.
    pub num_monitors: u32,
    /// The calling party.
    pub caller: Party,
    /// The called party.
    pub called: Party,
    /// The party the call is connected to.
    pub connected: Party,
    /// The name of the application that originated the call (outgoing calls).
    pub app_name: Option<String>,
    /// `DisplayableAddress` from the call parameters.
    pub displayable_address: Option<String>,
    /// `CalledParty` from the call parameters.
    pub called_party: Option<String>,
    /// `Comment` from the call parameters.
    pub comment: Option<String>,
}

/// A call, shared by every handle to it.
#[derive(Debug)]
pub struct CallShared {
    /// `dwCallID`
    pub id: u32,
    /// The call's data.
    pub data: RwLock<CallData>,
}

/// One application's handle to a call: its `HCALL`.
#[derive(Debug)]
pub struct CallHandle {
    /// The `HCALL` value.
    pub hcall: u32,
    /// The application's `HLINE` the call is on.
    pub hline: u32,
    /// The application's `HLINEAPP`.
    pub happ: u32,
    /// The API version negotiated on `hline`.
    pub version: u32,
    /// `dwCallbackInstance` of `hline`.
    pub instance: usize,
    privilege: AtomicU32,
    /// The call.
    pub call: Arc<CallShared>,
}

impl CallHandle {
    /// A handle with the given privilege.
    pub fn new(
        hcall: u32,
        line: &super::line::LineObj,
        privilege: u32,
        call: Arc<CallShared>,
    ) -> Self {
        CallHandle {
            hcall,
            hline: line.handle,
            happ: line.happ,
            version: line.version,
            instance: line.instance,
            privilege: AtomicU32::new(privilege),
            call,
        }
    }

    /// `LINECALLPRIVILEGE_OWNER` or `LINECALLPRIVILEGE_MONITOR`.
    #[inline]
    pub fn privilege(&self) -> u32 {
        self.privilege.load(Ordering::Acquire)
    }

    /// Changes the privilege (under the core's control lock).
    pub fn set_privilege(&self, p: u32) {
        self.privilege.store(p, Ordering::Release)
    }
}

/// What a reader sees of a call through one handle.
pub struct CallView<'a> {
    /// The handle.
    pub handle: &'a CallHandle,
    /// The call's data, read-locked.
    pub data: &'a CallData,
}
