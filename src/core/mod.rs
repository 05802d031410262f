//! The core: applications, lines, calls, their states, ownership and the handle table.
//!
//! Nothing here knows about C pointers or structure layouts; the `ffi` layer converts.
//!
//! Concurrency: every change (initialize, open, close, make a call, a provider event ...)
//! happens under one control lock, [`Core::state`], which keeps the bookkeeping simple
//! and the order of messages well defined. The hot read path (`lineGetCallInfo`,
//! `lineGetCallStatus`, message validity checks) never takes it: it loads one immutable
//! handle object from the [`HandleTable`] without a lock and without writing shared
//! memory, and finds the call's data through it. Changes publish new handle objects.
//! `lineGetCallInfo` first tries the handle's inline record ([`records`]): the bytes it
//! returned last time, read under a sequence counter from a place computed from the
//! handle value, emptied by every change.
//! Lock order: control lock, then the handle table's allocator, then application queue
//! locks; no lock is held while an application callback runs.
//!
//! A panic while the control lock is held (a bug) may leave the bookkeeping half
//! changed. The library does not go on with it: it is then *failed* ([`failed`]), and
//! every later exported call answers `LINEERR_OPERATIONFAILED` (`PHONEERR_` for the
//! phone functions) without touching anything; the observer is told once
//! ([`Observer::library_failed`]). A panic with the control lock free changes nothing
//! the lock protects, and the library stays usable.

pub(crate) mod app;
pub(crate) mod call;
pub(crate) mod codepage;
mod fork;
pub(crate) mod handles;
pub(crate) mod ids;
pub(crate) mod line;
pub(crate) mod observer;
pub(crate) mod panics;
pub(crate) mod phone;
mod phones;
pub(crate) mod priority;
pub(crate) mod provider;
mod records;
mod retired;
mod slab;
mod state;
pub(crate) mod sync;

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub(crate) use app::{queue_limit, App, Delivery, ExportScope, Message};
pub(crate) use call::{CallMedia, CallView, Party, PartyRef, TextId};
pub(crate) use handles::{HandleTable, Kind, Retired, Validity};
pub(crate) use observer::{ActiveCall, HeldCall, Issued, LeakCheck, Observer};
pub(crate) use provider::{AddressInfo, CallOp, DeviceInfo, PhoneInfo, Provider};
pub(crate) use records::RECORD_BYTES;
pub(crate) use state::{
    owner_features, CallCounts, ControlLock, LineStatus, PhoneStatus, RequestId, REQUEST_LIMIT,
    STATUS_ADDRESS_STATES, STATUS_LINE_STATES,
};

use crate::platform::EventHandle;
use handles::Object;
use state::State;
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

/// Set for good when a panic left the control lock poisoned (see the module docs).
static FAILED: AtomicBool = AtomicBool::new(false);

/// Whether the library has failed: a panic happened with the control lock held, so the
/// state it protects may be half changed, and no exported call may use it any more.
#[inline]
pub(crate) fn failed() -> bool {
    FAILED.load(Ordering::Acquire)
}

/// Marks the library failed when dropped during a panic (armed while the control lock
/// is held), and tells the observer, once.
struct FailOnUnwind<'a>(&'a Core);

impl Drop for FailOnUnwind<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.fail();
        }
    }
}

/// What the core keeps, counted (`Core::counts`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Initialized applications.
    pub apps: usize,
    /// Open lines.
    pub lines: usize,
    /// Calls with at least one handle.
    pub calls: usize,
    /// Asynchronous requests not yet completed.
    pub requests: usize,
}

/// Result of a core operation.
pub(crate) type Result<T> = std::result::Result<T, LineError>;

/// The API versions this implementation can negotiate, lowest first.
pub(crate) const VERSIONS: [u32; 7] = [
    0x0001_0003,
    0x0001_0004,
    0x0002_0000,
    0x0002_0001,
    0x0002_0002,
    0x0003_0000,
    0x0003_0001,
];
/// The highest API version supported (`TAPI_CURRENT_VERSION` of the SDK).
pub(crate) const HIGHEST_VERSION: u32 = 0x0003_0001;

/// Whether `v` is a version this implementation knows.
pub(crate) fn is_known_version(v: u32) -> bool {
    VERSIONS.contains(&v)
}

/// The highest known version in `lo..=hi` (`lineNegotiateAPIVersion`,
/// `phoneNegotiateAPIVersion`).
pub(crate) fn highest_version(lo: u32, hi: u32) -> Result<u32> {
    VERSIONS
        .iter()
        .rev()
        .copied()
        .find(|v| (lo..=hi).contains(v))
        .ok_or(LineError::INCOMPATIBLEAPIVERSION)
}

/// How an application receives messages (what `lineInitializeEx` asked for).
pub(crate) struct InitOptions {
    /// Friendly name.
    pub name: String,
    /// A phone application (`phoneInitialize(Ex)`), not a line application.
    pub phone: bool,
    /// Callback or event.
    pub delivery: InitDelivery,
}

/// Message delivery chosen at initialization.
pub(crate) enum InitDelivery {
    /// A callback run in the initializing thread's message loop; `wake` wakes that loop.
    Pumped {
        /// The callback.
        callback: app::Callback,
        /// Wakes the owner thread's message loop.
        wake: Box<dyn Fn() + Send + Sync>,
    },
    /// A callback run on a dispatcher thread of the application.
    Dispatcher(app::Callback),
    /// `lineGetMessage` and an eventfd.
    Event,
}

/// What `lineInitialize(Ex)` returns.
pub(crate) struct Initialized {
    /// The new `HLINEAPP`.
    pub happ: u32,
    /// Number of line devices.
    pub num_devs: u32,
    /// The event handle of an event-mode application, as the program gets it.
    pub event: Option<isize>,
    /// The application, for the message loop of its thread when it is pumped.
    pub app: Arc<App>,
}

/// Parameters of `lineMakeCall` that the core uses.
#[derive(Clone, Debug, Default)]
pub(crate) struct MakeCallParams<'a> {
    /// Destination address, `None` for a call left at dial tone (borrowed from the
    /// caller where it needs no conversion: it is copied into the call's strings).
    pub dest: Option<Cow<'a, str>>,
    /// `dwCountryCode`
    pub country_code: u32,
    /// `LINEMEDIAMODE_*` (one bit).
    pub media_mode: u32,
    /// `LINEBEARERMODE_*` (`dwBearerMode`; 0 means voice).
    pub bearer_mode: u32,
    /// `dwMinRate`, `dwMaxRate`: the rate range asked for (0, 0: none).
    pub rates: (u32, u32),
    /// Address to place the call on.
    pub address: u32,
    /// `DisplayableAddress`
    pub displayable_address: Option<String>,
    /// `CalledParty`
    pub called_party: Option<String>,
    /// `Comment`
    pub comment: Option<String>,
}

/// The parameters of `lineOpen` the core uses.
#[derive(Clone, Copy, Debug)]
pub(crate) struct OpenParams {
    /// `dwDeviceID`, or `LINEMAPPER`.
    pub(crate) device: u32,
    /// `dwAPIVersion`
    pub(crate) version: u32,
    /// `dwExtVersion`
    pub(crate) ext: u32,
    /// `dwCallbackInstance`
    pub(crate) instance: usize,
    /// `dwPrivileges`
    pub(crate) privileges: u32,
    /// `dwMediaModes`
    pub(crate) media_modes: u32,
}

/// Where the `HCALL` of a `lineMakeCall` request goes when the request completes
/// successfully (the caller's `*lphCall`). It is called before `LINE_REPLY` is queued.
///
/// A plain function and the place it writes to, not a boxed closure: `lineMakeCall`
/// allocates nothing for it (BENCHMARKS.md, "Where churn time goes").
pub(crate) struct HCallSink {
    /// Writes the `HCALL` (second argument) to the place `to` names.
    pub write: fn(usize, u32),
    /// Where the `HCALL` goes, as `write` understands it.
    pub to: usize,
}

impl HCallSink {
    /// Hands `hcall` to its place.
    pub(crate) fn deliver(self, hcall: u32) {
        (self.write)(self.to, hcall)
    }
}

/// What `lineGetAddressCaps` reports of an address.
#[derive(Clone, Debug)]
pub(crate) struct AddressCaps {
    /// The provider's facts about the address.
    pub info: AddressInfo,
    /// The device's media modes (`dwAvailableMediaModes`).
    pub media_modes: u32,
    /// `LINEADDRESSSTATE_*` changes reported (`lineSetStatusMessages`).
    pub address_states: u32,
    /// `LINECALLFEATURE_*` an owner may use in some state the calls go through.
    pub call_features: u32,
    /// `LINEADDRFEATURE_*`
    pub address_features: u32,
}

/// The library's process-wide state.
pub(crate) struct Core {
    table: HandleTable,
    state: Mutex<State>,
    provider: Arc<dyn Provider>,
    observer: Option<&'static dyn Observer>,
    apps_live: AtomicUsize,
    /// Initialized phone applications.
    phone_apps_live: AtomicUsize,
    /// The handoff priority lists (`lineSetAppPriority`).
    priorities: priority::Priorities,
}

impl Core {
    /// A core driven by `provider`, watched by `observer` if any (the handle doctor). An
    /// observed core keeps why every retired handle was retired, however long ago, so
    /// the observer can tell what a stale handle was.
    pub(crate) fn new(
        provider: Arc<dyn Provider>,
        observer: Option<&'static dyn Observer>,
    ) -> Self {
        let lines = provider.line_count();
        let phones: Vec<PhoneInfo> = (0..provider.phone_count())
            .map(|d| provider.phone_info(d))
            .collect();
        Core {
            table: if observer.is_some() {
                HandleTable::with_history()
            } else {
                HandleTable::new()
            },
            state: Mutex::new(State::new(lines, &phones)),
            provider,
            observer,
            apps_live: AtomicUsize::new(0),
            phone_apps_live: AtomicUsize::new(0),
            priorities: priority::Priorities::default(),
        }
    }

    /// The handoff priority lists of `lineSetAppPriority` and `lineGetAppPriority`; they
    /// need no application to be initialized.
    pub(crate) fn priorities(&self) -> &priority::Priorities {
        &self.priorities
    }

    /// How many applications, open lines, calls and outstanding requests the core keeps
    /// (for tests and diagnostics: a call's record goes with its last handle).
    pub(crate) fn counts(&self) -> Result<Counts> {
        self.ctx(|ev| Ok(ev.counts()))
    }

    /// Marks the library failed ([`failed`]); the first time, tells the observer.
    fn fail(&self) {
        if !FAILED.swap(true, Ordering::AcqRel) {
            if let Some(o) = self.observer {
                o.library_failed();
            }
        }
    }

    /// `LINEERR_UNINITIALIZED` when no application is initialized in the process.
    pub(crate) fn check_initialized(&self) -> Result<()> {
        if self.apps_live.load(Ordering::Acquire) == 0 {
            Err(LineError::UNINITIALIZED)
        } else {
            Ok(())
        }
    }

    /// Runs `f` under the control lock; then, with the lock released, waits (a bounded
    /// time) for the dispatchers of the applications whose handles `f` invalidated to
    /// settle (see [`App::settle`]), so that no callback about those handles starts
    /// afterwards.
    ///
    /// `LINEERR_OPERATIONFAILED` without running `f` once the library has failed.
    fn ctx<R>(&self, f: impl FnOnce(&mut ControlLock<'_>) -> Result<R>) -> Result<R> {
        let (r, settle) = self.locked(f);
        for app in settle {
            if let Some(waited) = app.settle(&self.table) {
                self.gave_up_waiting(&app, waited);
            }
        }
        r
    }

    /// Runs `f` under the control lock; returns its result and the applications to
    /// settle. A panic in `f` fails the library ([`failed`]); a failed library answers
    /// `LINEERR_OPERATIONFAILED` and leaves the state alone.
    fn locked<R>(
        &self,
        f: impl FnOnce(&mut ControlLock<'_>) -> Result<R>,
    ) -> (Result<R>, Vec<Arc<App>>) {
        let mut st = match self.state.lock() {
            Ok(st) if !failed() => st,
            Ok(_) => return (Err(LineError::OPERATIONFAILED), Vec::new()),
            Err(_) => {
                self.fail();
                return (Err(LineError::OPERATIONFAILED), Vec::new());
            }
        };
        let armed = FailOnUnwind(self);
        let mut ev = ControlLock::new(self, &mut st);
        let r = f(&mut ev);
        let settle = ev.take_settle();
        std::mem::forget(armed);
        (r, settle)
    }

    fn gave_up_waiting(&self, app: &App, waited: Duration) {
        if let Some(o) = self.observer {
            o.callback_wait_expired(app.handle, waited);
        }
    }

    /// Runs `f` with the provider-facing event interface (used by a provider's own
    /// control API and timers). The provider never waits for a callback.
    /// `LINEERR_OPERATIONFAILED` once the library has failed.
    pub(crate) fn provider_events<R>(
        &self,
        f: impl FnOnce(&mut ControlLock<'_>) -> Result<R>,
    ) -> Result<R> {
        self.locked(f).0
    }

    /// Pumped: whether `app` has a message for its thread's message loop (tapi32.dll's
    /// message window; the Linux Win32 layer asks [`App::pump_ready`] itself).
    #[cfg(windows)]
    pub(crate) fn pump_ready(&self, app: &App) -> bool {
        app.pump_ready()
    }

    /// Pumped: delivers `app`'s next message to its callback on this thread (tapi32.dll's
    /// message window; the Linux Win32 layer uses [`Core::pump_next`]).
    #[cfg(windows)]
    pub(crate) fn pump_one(&self, app: &App) -> bool {
        app.pump_one(&self.table)
    }

    /// Pumped: `app`'s next deliverable message and the callback to run it with, for a
    /// caller inside a panic boundary of its own (the Linux Win32 layer's
    /// `DispatchMessage`).
    #[cfg(unix)]
    #[inline]
    pub(crate) fn pump_next<'a>(&self, app: &'a App) -> Option<(&'a app::Callback, Message)> {
        app.pump_next(&self.table)
    }

    /// Number of line devices.
    pub(crate) fn num_devices(&self) -> u32 {
        self.provider.line_count()
    }

    /// `lineInitialize` / `lineInitializeEx`.
    pub(crate) fn initialize(&'static self, opts: InitOptions) -> Result<Initialized> {
        if let Some(e) = self.provider.startup_error() {
            static SAID: std::sync::Once = std::sync::Once::new();
            SAID.call_once(|| eprintln!("tapi32: {e}"));
            return Err(LineError::NODRIVER);
        }
        let delivery = match opts.delivery {
            InitDelivery::Pumped { callback, wake } => Delivery::Pumped { callback, wake },
            InitDelivery::Dispatcher(cb) => Delivery::Dispatcher(cb),
            InitDelivery::Event => Delivery::Event(app::new_event()?),
        };
        let (name, phone) = (opts.name, opts.phone);
        let (happ, app) = self.ctx(|ev| ev.add_app(name, phone, delivery))?;
        if let Err(e) = app.start_dispatcher(&self.table) {
            let _ = self.ctx(|ev| ev.remove_app(happ, phone));
            return Err(e);
        }
        Arc::clone(&self.provider).started(self);
        Ok(Initialized {
            happ,
            num_devs: if phone {
                self.num_phones()
            } else {
                self.num_devices()
            },
            event: app.event().map(EventHandle::raw),
            app,
        })
    }

    /// `lineShutdown`: in dispatcher mode, waits (a bounded time) for a callback in
    /// progress.
    pub(crate) fn shutdown(&self, happ: u32) -> Result<()> {
        self.shutdown_app(happ, false)
    }

    /// `phoneShutdown`.
    pub(crate) fn phone_shutdown(&self, happ: u32) -> Result<()> {
        self.check_phone_initialized()?;
        self.shutdown_app(happ, true)
    }

    fn shutdown_app(&self, happ: u32, phone: bool) -> Result<()> {
        let app = self.ctx(|ev| ev.remove_app(happ, phone))?;
        if let Some(waited) = app.finish_dispatcher() {
            self.gave_up_waiting(&app, waited);
        }
        Ok(())
    }

    /// As [`Core::check_initialized`], for a call that uses `handle` of `kind`: with the
    /// handle doctor on, a retired handle used after the last `lineShutdown` is reported.
    pub(crate) fn check_initialized_for(&self, handle: u32, kind: Kind) -> Result<()> {
        let r = self.check_initialized();
        if r.is_err() {
            if let Some(o) = self.observer {
                let v = self.table.validity(handle, kind);
                if matches!(v, Validity::Retired(..)) {
                    o.invalid_use(handle, kind, v);
                }
            }
        }
        r
    }

    /// The error for `handle`, which is not a live handle of `kind`, reported to the
    /// handle doctor when it is on.
    pub(crate) fn invalid(&self, handle: u32, kind: Kind) -> LineError {
        if let Some(o) = self.observer {
            o.invalid_use(handle, kind, self.table.validity(handle, kind));
        }
        match kind {
            Kind::App => LineError::INVALAPPHANDLE,
            Kind::Line => LineError::INVALLINEHANDLE,
            Kind::Call => LineError::INVALCALLHANDLE,
            Kind::Phone => LineError::PHONE_INVALPHONEHANDLE,
        }
    }

    fn app(&self, happ: u32) -> Result<Arc<App>> {
        self.check_initialized_for(happ, Kind::App)?;
        match self.table.get(happ, Kind::App) {
            Some(Object::App(a)) if !a.phone => Ok(a),
            _ => Err(self.invalid(happ, Kind::App)),
        }
    }

    /// The count of initialized line or phone applications.
    fn live_count(&self, phone: bool) -> &AtomicUsize {
        if phone {
            &self.phone_apps_live
        } else {
            &self.apps_live
        }
    }

    /// `LINEERR_UNINITIALIZED` (the phone functions answer `PHONEERR_UNINITIALIZED`)
    /// when no phone application is initialized.
    pub(crate) fn check_phone_initialized(&self) -> Result<()> {
        if self.phone_apps_live.load(Ordering::Acquire) == 0 {
            Err(LineError::UNINITIALIZED)
        } else {
            Ok(())
        }
    }

    /// The phone application `happ`.
    pub(crate) fn phone_app(&self, happ: u32) -> Result<Arc<App>> {
        self.check_phone_initialized()?;
        match self.table.get(happ, Kind::App) {
            Some(Object::App(a)) if a.phone => Ok(a),
            _ => Err(LineError::INVALAPPHANDLE),
        }
    }

    /// `phoneGetMessage`: `timeout` `None` waits forever.
    pub(crate) fn phone_get_message(
        &self,
        happ: u32,
        timeout: Option<Duration>,
    ) -> Result<Message> {
        let app = self.phone_app(happ)?;
        if !app.uses_event() {
            return Err(LineError::INVALAPPHANDLE);
        }
        app.next(&self.table, timeout)
    }

    /// `Ok` if `happ` is an initialized application.
    pub(crate) fn check_app(&self, happ: u32) -> Result<()> {
        self.app(happ).map(|_| ())
    }

    /// The open line `hline`.
    /// As [`Core::line`] for a caller that needs only the check (one load of the slot's
    /// meta, no reference counted).
    pub(crate) fn check_line(&self, hline: u32) -> Result<()> {
        self.check_initialized_for(hline, Kind::Line)?;
        if self.table.is_live(hline, Kind::Line) {
            Ok(())
        } else {
            Err(self.invalid(hline, Kind::Line))
        }
    }

    pub(crate) fn line(&self, hline: u32) -> Result<Arc<line::LineObj>> {
        self.check_initialized_for(hline, Kind::Line)?;
        match self.table.get(hline, Kind::Line) {
            Some(Object::Line(l)) => Ok(l),
            _ => Err(self.invalid(hline, Kind::Line)),
        }
    }

    fn check_device(&self, device: u32) -> Result<()> {
        if device < self.num_devices() {
            Ok(())
        } else {
            Err(LineError::BADDEVICEID)
        }
    }

    /// `lineNegotiateAPIVersion`: the highest known version in `lo..=hi`.
    pub(crate) fn negotiate_api_version(
        &self,
        happ: u32,
        device: u32,
        lo: u32,
        hi: u32,
    ) -> Result<u32> {
        self.app(happ)?;
        self.check_device(device)?;
        highest_version(lo, hi)
    }

    /// `lineGetDevCaps`: validates and returns the device's facts.
    pub(crate) fn dev_caps(
        &self,
        happ: u32,
        device: u32,
        version: u32,
        ext: u32,
    ) -> Result<DeviceInfo> {
        self.app(happ)?;
        self.check_device(device)?;
        if !is_known_version(version) {
            return Err(LineError::INCOMPATIBLEAPIVERSION);
        }
        if ext != 0 {
            return Err(LineError::INCOMPATIBLEEXTVERSION);
        }
        Ok(self.provider.device_info(device).clone())
    }

    /// `lineGetAddressCaps`: validates and returns the address's capabilities.
    pub(crate) fn address_caps(
        &self,
        happ: u32,
        device: u32,
        address: u32,
        version: u32,
        ext: u32,
    ) -> Result<AddressCaps> {
        let dev = self.dev_caps(happ, device, version, ext)?;
        if address >= dev.num_addresses {
            return Err(LineError::INVALADDRESSID);
        }
        let info = self.provider.address_info(device, address);
        let call_features = (0..32)
            .map(|bit| 1u32 << bit)
            .filter(|s| info.call_states & s != 0)
            .fold(0, |f, s| f | owner_features(s));
        Ok(AddressCaps {
            info,
            media_modes: dev.media_modes,
            address_states: STATUS_ADDRESS_STATES,
            call_features,
            address_features: LINEADDRFEATURE_MAKECALL,
        })
    }

    /// `lineGetAddressStatus`: the calls on `address` of `hline`'s device.
    pub(crate) fn address_status(&self, hline: u32, address: u32) -> Result<CallCounts> {
        self.check_initialized_for(hline, Kind::Line)?;
        self.ctx(|ev| ev.address_status(hline, address))
    }

    /// `lineGetLineDevStatus`: the opens and calls of `hline`'s device.
    pub(crate) fn line_status(&self, hline: u32) -> Result<LineStatus> {
        self.check_initialized_for(hline, Kind::Line)?;
        self.ctx(|ev| ev.line_status(hline))
    }

    /// `lineGetID`: the line device that `select` (`LINECALLSELECT_*`) names: the line
    /// `hline`, its address `address`, or the line of the call `hcall`.
    pub(crate) fn selected_device(
        &self,
        hline: u32,
        address: u32,
        hcall: u32,
        select: u32,
    ) -> Result<u32> {
        match select {
            LINECALLSELECT_LINE => Ok(self.line(hline)?.device),
            LINECALLSELECT_ADDRESS => {
                let device = self.line(hline)?.device;
                if address >= self.provider.device_info(device).num_addresses {
                    return Err(LineError::INVALADDRESSID);
                }
                Ok(device)
            }
            LINECALLSELECT_CALL => self.with_call(hcall, |c| c.data.device),
            _ => {
                self.check_initialized()?;
                Err(LineError::INVALCALLSELECT)
            }
        }
    }

    /// `lineGetID(..., "comm/datamodem")` with `LINECALLSELECT_CALL`: a descriptor of the
    /// connected data call's channel, which the program owns, and the device's name.
    pub(crate) fn data_channel(&self, hcall: u32) -> Result<(crate::platform::RawFd, String)> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.data_channel(hcall))
    }

    /// `lineOpen`.
    pub(crate) fn open(&self, happ: u32, p: OpenParams) -> Result<u32> {
        let OpenParams {
            device,
            version,
            ext,
            privileges,
            media_modes,
            ..
        } = p;
        self.app(happ)?;
        let device = if device == LINEMAPPER { 0 } else { device };
        self.check_device(device)?;
        if !is_known_version(version) {
            return Err(LineError::INCOMPATIBLEAPIVERSION);
        }
        if ext != 0 {
            return Err(LineError::INCOMPATIBLEEXTVERSION);
        }
        let privs = privileges & !(LINEOPENOPTION_SINGLEADDRESS | LINEOPENOPTION_PROXY);
        if privileges & (LINEOPENOPTION_SINGLEADDRESS | LINEOPENOPTION_PROXY) != 0 {
            return Err(LineError::INVALPRIVSELECT);
        }
        let valid = [
            LINECALLPRIVILEGE_NONE,
            LINECALLPRIVILEGE_MONITOR,
            LINECALLPRIVILEGE_OWNER,
            LINECALLPRIVILEGE_OWNER | LINECALLPRIVILEGE_MONITOR,
        ];
        if !valid.contains(&privs) {
            return Err(LineError::INVALPRIVSELECT);
        }
        if privs & LINECALLPRIVILEGE_OWNER != 0 {
            let known = self.provider.device_info(device).media_modes;
            if media_modes == 0 || media_modes & !known != 0 {
                return Err(LineError::INVALMEDIAMODE);
            }
        }
        let p = OpenParams {
            device,
            privileges: privs,
            ..p
        };
        self.ctx(|ev| ev.open_line(happ, p))
    }

    /// `lineClose`.
    pub(crate) fn close(&self, hline: u32) -> Result<()> {
        self.check_initialized_for(hline, Kind::Line)?;
        self.ctx(|ev| ev.close_line(hline, Retired::LineClosed))
    }

    /// `lineMakeCall`: returns the request ID.
    pub(crate) fn make_call(
        &self,
        hline: u32,
        sink: HCallSink,
        params: MakeCallParams<'_>,
    ) -> Result<u32> {
        self.check_initialized_for(hline, Kind::Line)?;
        self.ctx(|ev| ev.make_call(hline, sink, params))
    }

    /// `lineAnswer`: returns the request ID.
    pub(crate) fn answer(&self, hcall: u32) -> Result<u32> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.answer(hcall))
    }

    /// `lineDrop`: returns the request ID.
    pub(crate) fn drop_call(&self, hcall: u32) -> Result<u32> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.drop_call(hcall))
    }

    /// A call-control request (`lineDial`, `lineHold` ...) on `hcall`, valid in `states`:
    /// returns the request ID.
    pub(crate) fn call_control(&self, hcall: u32, states: u32, op: CallOp) -> Result<u32> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.call_control(hcall, states, op))
    }

    /// `lineSetMediaMode`.
    pub(crate) fn set_media_mode(&self, hcall: u32, modes: u32) -> Result<()> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.set_media_mode(hcall, modes))
    }

    /// `lineGetAddressID`: the address of line `hline` whose number is `address`.
    pub(crate) fn address_id(&self, hline: u32, address: &str) -> Result<u32> {
        let line = self.line(hline)?;
        let info = self.provider.device_info(line.device);
        // The simulated devices' addresses share the line's number.
        if &*info.address == address && info.num_addresses > 0 {
            Ok(0)
        } else {
            Err(LineError::INVALADDRESS)
        }
    }

    /// `lineHandoff`: to the application of program file name `file`, or by `media`.
    pub(crate) fn handoff(&self, hcall: u32, file: Option<&str>, media: u32) -> Result<()> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.handoff(hcall, file, media))
    }

    /// `lineGenerateDigits` (`None`: cancel), at tick count `tick`.
    pub(crate) fn generate_digits(
        &self,
        hcall: u32,
        digits: Option<&str>,
        tick: u32,
    ) -> Result<()> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.generate_digits(hcall, digits, tick))
    }

    /// `lineMonitorDigits`.
    pub(crate) fn monitor_digits(&self, hcall: u32, modes: u32) -> Result<()> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.monitor_digits(hcall, modes))
    }

    /// `lineSetCallParams`: returns the request ID.
    pub(crate) fn set_call_params(
        &self,
        hcall: u32,
        bearer: u32,
        min_rate: u32,
        max_rate: u32,
    ) -> Result<u32> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.set_call_params(hcall, bearer, min_rate, max_rate))
    }

    /// `lineGetNewCalls`: the new monitor handles (none when more than `room` calls are
    /// new) and how many calls were new.
    pub(crate) fn new_calls(
        &self,
        hline: u32,
        address: Option<u32>,
        room: usize,
    ) -> Result<(Vec<u32>, usize)> {
        self.check_initialized_for(hline, Kind::Line)?;
        self.ctx(|ev| ev.new_calls(hline, address, room))
    }

    /// `lineSetStatusMessages`.
    pub(crate) fn set_status_messages(&self, hline: u32, line: u32, address: u32) -> Result<()> {
        self.check_initialized_for(hline, Kind::Line)?;
        self.ctx(|ev| ev.set_status_messages(hline, line, address))
    }

    /// `lineGetStatusMessages`: (line states, address states).
    pub(crate) fn status_messages(&self, hline: u32) -> Result<(u32, u32)> {
        self.check_initialized_for(hline, Kind::Line)?;
        self.ctx(|ev| ev.status_messages(hline))
    }

    /// `lineDeallocateCall`.
    pub(crate) fn deallocate(&self, hcall: u32) -> Result<()> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.deallocate(hcall))
    }

    /// `lineSetAppSpecific`.
    pub(crate) fn set_app_specific(&self, hcall: u32, value: u32) -> Result<()> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.ctx(|ev| ev.set_app_specific(hcall, value))
    }

    /// `lineSetCallPrivilege`.
    pub(crate) fn set_call_privilege(&self, hcall: u32, privilege: u32) -> Result<()> {
        self.check_initialized_for(hcall, Kind::Call)?;
        if privilege != LINECALLPRIVILEGE_OWNER && privilege != LINECALLPRIVILEGE_MONITOR {
            return Err(LineError::INVALCALLPRIVILEGE);
        }
        self.ctx(|ev| ev.set_call_privilege(hcall, privilege))
    }

    /// Reads a call through one of its handles: `f` runs with the handle and a snapshot of
    /// the call's data. Takes no lock and writes no shared memory.
    #[inline]
    pub(crate) fn with_call<R>(&self, hcall: u32, f: impl FnOnce(&CallView<'_>) -> R) -> Result<R> {
        self.check_initialized_for(hcall, Kind::Call)?;
        self.table
            .with_call(hcall, |h| f(&CallView::new(h)))
            .ok_or_else(|| self.invalid(hcall, Kind::Call))
    }

    /// Copies record `variant` kept for the live call handle `hcall` into the front of
    /// `out` (see [`HandleTable::read_call_record`]): its length, or `None` (then take
    /// [`Core::with_call`], which tells why). Loads only; no lock, no pointer followed.
    #[inline]
    pub(crate) fn read_call_record(
        &self,
        hcall: u32,
        variant: usize,
        out: &mut [std::mem::MaybeUninit<u8>],
    ) -> Option<usize> {
        self.table.read_call_record(hcall, variant, out)
    }

    /// Where record `variant` of `hcall` would be (see [`HandleTable::call_record`]):
    /// the hot path finds it once, prefetches it, checks its other arguments meanwhile,
    /// then reads it with `hcall` as the key. Loads only.
    #[inline(always)]
    pub(crate) fn call_record(&self, hcall: u32, variant: usize) -> Option<&records::Record> {
        self.table.call_record(hcall, variant)
    }

    /// Keeps `bytes`, derived from the call handle `view` shows alone, as its record
    /// `variant`, for [`Core::read_call_record`]; call it inside [`Core::with_call`].
    /// Any later change of the handle's object empties the record.
    pub(crate) fn keep_call_record(
        &self,
        view: &CallView<'_>,
        variant: usize,
        bytes: &[u8],
    ) -> bool {
        self.table
            .fill_call_record(view.handle, view.connected, variant, bytes)
    }

    /// With an observer: tells it of every call handle still held at process exit.
    /// Gives up if the control lock stays taken (another thread is inside the library as
    /// the process exits), and when the library has failed (its state cannot be trusted).
    pub(crate) fn report_leaks_at_exit(&self) {
        let Some(o) = self.observer else {
            return;
        };
        self.report_forgotten();
        for _ in 0..200 {
            let st = match self.state.try_lock() {
                Ok(g) if !failed() => g,
                Ok(_) | Err(std::sync::TryLockError::Poisoned(_)) => return,
                Err(std::sync::TryLockError::WouldBlock) => {
                    std::thread::sleep(Duration::from_millis(1));
                    continue;
                }
            };
            let mut st = st;
            let ev = ControlLock::new(self, &mut st);
            for held in ev.held_call_handles(None) {
                o.call_handle_held(&held, LeakCheck::Exit);
            }
            return;
        }
    }

    /// With an observer: tells it how many retired handles the table has forgotten.
    pub(crate) fn report_forgotten(&self) {
        if let Some(o) = self.observer {
            o.retired_forgotten(self.table.forgotten());
        }
    }

    /// `lineGetMessage`: `timeout` `None` waits forever. The caller has checked that the
    /// library is initialized ([`Core::check_initialized_for`]), before its pointer check,
    /// so that `LINEERR_UNINITIALIZED` comes first.
    pub(crate) fn get_message(&self, happ: u32, timeout: Option<Duration>) -> Result<Message> {
        // The application this thread took from last time, found without the handle
        // table's lookup; else looked up (and reported to the doctor if invalid).
        let app = match App::remembered(happ, |h| self.table.is_live(h, Kind::App)) {
            Some(app) => app,
            None => {
                let app = self.app(happ)?;
                if !app.uses_event() {
                    return Err(LineError::INVALAPPHANDLE);
                }
                App::remember(&app);
                app
            }
        };
        app.next(&self.table, timeout)
    }
}

/// Milliseconds since the system started, wrapping at 2^32 (`GetTickCount`, and the
/// time stamps of `LINE_GENERATE` and `LINE_MONITORDIGITS`).
pub(crate) use crate::platform::tick_count;

/// Spawns one of the library's own threads (an application's dispatcher, a provider's
/// clock, a data call's far end), which never waits for a callback. The thread starts
/// with every asynchronous signal blocked (a program's process-directed signals go to
/// its own threads; the caller's mask is restored), and a panic in it ends the thread
/// quietly.
pub(crate) fn spawn_library_thread(
    name: String,
    f: impl FnOnce() + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    let _blocked = crate::platform::AsyncSignalsBlocked::new();
    std::thread::Builder::new().name(name).spawn(move || {
        app::mark_library_thread();
        let _ = panics::catch_quietly(f);
    })
}
