//! The interface through which the core tells an observer (the handle doctor) what a
//! program does with its handles. The composition root plugs one in, as it plugs in the
//! provider; the core knows nothing of reports.

use super::call::Text;
use super::handles::{Kind, Retired, Validity};

/// A handle the core has just handed an application (for the doctor's timeline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Issued {
    /// The new handle.
    pub(crate) handle: u32,
    /// What it names: [`Kind::Line`], [`Kind::Call`] or [`Kind::Phone`].
    pub(crate) kind: Kind,
    /// The application's `HLINEAPP` (`HPHONEAPP`).
    pub(crate) happ: u32,
    /// The line (phone) device.
    pub(crate) device: u32,
    /// For a call handle: the `HLINE` it came on, the call's `dwCallID`, its state and
    /// the handle's privilege; 0 otherwise.
    pub(crate) hline: u32,
    /// See `hline`.
    pub(crate) call_id: u32,
    /// See `hline`.
    pub(crate) state: u32,
    /// See `hline`.
    pub(crate) privilege: u32,
}

/// A call handle an application still holds at a leak check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct HeldCall {
    /// The `HCALL`.
    pub(crate) hcall: u32,
    /// The call's `dwCallID`.
    pub(crate) call_id: u32,
    /// The line device.
    pub(crate) device: u32,
    /// The call's `LINECALLSTATE_*`.
    pub(crate) state: u32,
    /// The application's friendly name.
    pub(crate) app: Text,
}

/// A call an application owned, not IDLE, when it closed the call's line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ActiveCall {
    /// The application's `HCALL`.
    pub(crate) hcall: u32,
    /// The call's `LINECALLSTATE_*`.
    pub(crate) state: u32,
}

/// When the core looks for call handles never deallocated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LeakCheck {
    /// The application called `lineShutdown`.
    Shutdown,
    /// The process is exiting.
    Exit,
}

/// What the core reports as it happens. Called with the core's control lock held (but
/// for [`Observer::invalid_use`], which may come from the lock-free read path): an
/// observer must not call back into the core.
pub(crate) trait Observer: Send + Sync {
    /// A function was given `handle`, which is not a live handle of `kind`; `validity`
    /// is what the handle table knows of it.
    fn invalid_use(&self, handle: u32, kind: Kind, validity: Validity);
    /// An application still holds `held` at `check`.
    fn call_handle_held(&self, held: &HeldCall, check: LeakCheck);
    /// `lineClose` or `lineShutdown` closed `hline` while its application owned the
    /// `active` calls on it.
    fn line_closed_with_active_calls(&self, hline: u32, active: &[ActiveCall]);
    /// A call reached one of the program's handles for the first time.
    fn call_seen(&self);
    /// A function that invalidated handles of dispatcher-mode application `happ` gave up
    /// after `waited` waiting for the application's callback in progress to return (a
    /// likely lock cycle between the callback and the caller).
    fn callback_wait_expired(&self, happ: u32, waited: std::time::Duration);
    /// A message for application `happ` was discarded: its queue was full
    /// ([`super::app::queue_limit`]). `first`: the first since the queue was last below
    /// its bound.
    fn message_dropped(&self, happ: u32, first: bool);
    /// An asynchronous request on `hline` was refused (`LINEERR_RESOURCEUNAVAIL`): the
    /// line already had [`super::state::REQUEST_LIMIT`] requests whose reply the
    /// application had not taken.
    fn request_refused(&self, hline: u32);
    /// The handle table has forgotten why `total` retired handles were retired (its
    /// history is bounded).
    fn retired_forgotten(&self, total: u64);
    /// A panic inside the library, with the control lock held, may have left the core's
    /// state half changed: the library has failed, and every later exported call answers
    /// `LINEERR_OPERATIONFAILED`. Called once, while the panic unwinds: it must not
    /// panic.
    fn library_failed(&self);
    /// The core handed out a line, call or phone handle ([`Issued`]).
    fn handle_issued(&self, issued: &Issued);
    /// A line, call or phone handle was retired, for `why`.
    fn handle_retired(&self, handle: u32, kind: Kind, why: Retired);
    /// Call `call_id` moved to `state` (`LINECALLSTATE_*`).
    fn call_state_changed(&self, call_id: u32, state: u32);
}
