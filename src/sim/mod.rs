//! The built-in simulated telephone provider.
//!
//! Its line devices come from the scenario (`TAPI32_SCENARIO`, see [`scenario`]) or,
//! without one, `TAPI32_SIM_LINES` of them (default 2, IDs `0..n`), each with one address
//! whose number is `1000 + device ID`. It drives the core as a service provider would:
//!
//! * Outgoing calls go DIALING, PROCEEDING, RINGBACK and, while auto-answer is on (the
//!   default), CONNECTED at once; `LINE_REPLY` comes first. With auto-answer off they
//!   wait in RINGBACK for [`remote_answer`]. A number the scenario describes is answered
//!   after a delay, is busy or rings unanswered, as it says. A call made without a
//!   destination waits at DIALTONE.
//! * `lineAnswer` connects an offered call; `lineDrop` sends the call to IDLE.
//! * It advertises `LINEDEVCAPFLAGS_CLOSEDROP` and drops a call whose sole owner closes
//!   its line.
//! * A connected data call (`LINEMEDIAMODE_DATAMODEM`) has a pseudo-terminal
//!   (`lineGetID`'s `"comm/datamodem"`) whose far end echoes every byte, or plays the
//!   scenario's data script ([`datamodem`], [`data_script`]).
//! * A scenario's timed events (incoming calls, calls the lines' own phones make, line
//!   closes) run on a clock thread of the provider, counted from the process's first
//!   `lineInitialize(Ex)`.
//!
//! Tests and programs drive the far end through [`offer_call`], [`remote_answer`],
//! [`remote_hangup`], [`close_line`] and [`set_auto_answer`] (the `tapisim*` C functions).

mod clock;
pub(crate) mod data_script;
#[cfg(unix)]
mod datamodem;
// Windows: no pseudo-terminal; `comm/datamodem` answers as for a class the provider lacks.
#[cfg(not(unix))]
#[path = "datamodem_none.rs"]
mod datamodem;
pub(crate) mod locations;
pub(crate) mod scenario;
mod toml_pieces;

use crate::platform::RawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::core::codepage::CodePage;
use crate::core::{
    AddressInfo, CallMedia, CallOp, ControlLock, Core, DeviceInfo, Party, PhoneInfo, Provider,
    RequestId, Result, TextId,
};
use clock::{Action, Clock};
use locations::Locations;
use scenario::{FarEnd, Scenario};
use tapi32_defs::constants::*;
use tapi32_defs::LineError;

/// Environment variable naming the scenario file (or `builtin:default`).
pub const SCENARIO_ENV: &str = "TAPI32_SCENARIO";
/// Environment variable with the number of simulated line devices.
pub(crate) const LINES_ENV: &str = "TAPI32_SIM_LINES";
/// The ANSI code page of the single-byte entry points: a Windows code page number or an
/// encoding label (default Windows-1252, or the scenario's `codepage`).
pub(crate) const CODEPAGE_ENV: &str = "TAPI32_CODEPAGE";
/// Most line devices the simulator offers.
pub(crate) const MAX_LINES: u32 = 131_072;

/// Media modes every simulated line supports.
pub(crate) const MEDIA_MODES: u32 = LINEMEDIAMODE_UNKNOWN
    | LINEMEDIAMODE_INTERACTIVEVOICE
    | LINEMEDIAMODE_AUTOMATEDVOICE
    | LINEMEDIAMODE_DATAMODEM
    | LINEMEDIAMODE_G3FAX;

/// The simulated provider.
pub(crate) struct SimProvider {
    devices: Vec<DeviceInfo>,
    /// The phone devices (a scenario's `[[phone]]` entries).
    phones: Vec<PhoneInfo>,
    auto_answer: AtomicBool,
    scenario: Option<Arc<Scenario>>,
    /// Why the configured scenario cannot be used (then nothing runs).
    error: Option<String>,
    clock: Clock,
    /// Whether the scenario's clock has started (again in a forked child).
    started: AtomicBool,
    /// The telephony locations and which one is current.
    locations: Locations,
    /// The pseudo-terminals of connected data calls.
    modems: datamodem::DataModems,
    /// The ANSI code page of the single-byte entry points.
    code_page: CodePage,
}

/// `dwPermanentProviderID` of the simulated provider (`lineGetProviderList`).
pub(crate) const PROVIDER_ID: u32 = 1;
/// `ProviderInfo` of the simulated line and phone devices.
const PROVIDER_INFO: &str = "tapi32 for Linux simulated provider";
/// The simulated provider's "file name" (`lineGetProviderList`).
pub(crate) const PROVIDER_FILE: &str = "tapisim.tsp";

impl SimProvider {
    /// A provider with `lines` line devices and no scenario.
    pub(crate) fn new(lines: u32) -> Self {
        let devices = (0..lines.min(MAX_LINES))
            .map(|id| device(id, &scenario::default_line(id)))
            .collect();
        SimProvider {
            devices,
            phones: Vec::new(),
            auto_answer: AtomicBool::new(true),
            scenario: None,
            error: None,
            clock: Clock::default(),
            started: AtomicBool::new(false),
            locations: Locations::new(Vec::new()),
            modems: datamodem::DataModems::default(),
            code_page: CodePage::DEFAULT,
        }
    }

    /// Before `fork()` (after the core's): holds the provider's locks.
    pub(crate) fn fork_prepare(&'static self) {
        self.clock.fork_prepare();
        self.modems.fork_prepare();
    }

    /// In a forked child: the parent's timed actions and data channels stay with it; the
    /// scenario starts again, from its beginning, with the child's first
    /// `lineInitialize(Ex)`.
    pub(crate) fn fork_child(&self) {
        self.clock.fork_child();
        self.modems.fork_child();
        self.started.store(false, Ordering::Release);
    }

    /// A provider running `scenario`.
    pub(crate) fn with_scenario(scenario: Scenario) -> Self {
        let devices = scenario
            .lines
            .iter()
            .enumerate()
            .map(|(id, l)| {
                let mut d = device(id as u32, l);
                d.bearer_modes |= scenario.bearers_of(id as u32);
                d
            })
            .collect();
        let phones = scenario
            .phones
            .iter()
            .enumerate()
            .map(|(id, p)| phone(id as u32, p))
            .collect();
        SimProvider {
            devices,
            phones,
            locations: Locations::new(scenario.locations.clone()),
            code_page: scenario.code_page.unwrap_or_default(),
            scenario: Some(Arc::new(scenario)),
            ..Self::new(0)
        }
    }

    /// A provider configured by [`SCENARIO_ENV`] or, without one, [`LINES_ENV`]
    /// (default 2; an unparsable value gives 2), with the code page of [`CODEPAGE_ENV`]
    /// (else the scenario's, else Windows-1252). A scenario that cannot be read or
    /// parsed, or an unknown code page, leaves a provider with no lines whose
    /// [`Provider::startup_error`] says why.
    pub(crate) fn from_env() -> Self {
        let provider = Self::from_env_without_code_page();
        match crate::env::var_unless_secure(CODEPAGE_ENV).filter(|v| !v.is_empty()) {
            None => provider,
            Some(v) => match CodePage::parse(&v) {
                Ok(code_page) => SimProvider {
                    code_page,
                    ..provider
                },
                Err(e) => SimProvider {
                    error: Some(format!("{CODEPAGE_ENV}: {e}")),
                    ..Self::new(0)
                },
            },
        }
    }

    fn from_env_without_code_page() -> Self {
        if let Some(name) = crate::env::var_unless_secure(SCENARIO_ENV).filter(|v| !v.is_empty()) {
            return match Scenario::load(&name) {
                Ok(s) => Self::with_scenario(s),
                Err(e) => SimProvider {
                    error: Some(format!("scenario {e}")),
                    ..Self::new(0)
                },
            };
        }
        let lines = crate::env::var_unless_secure(LINES_ENV)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .unwrap_or(2);
        Self::new(lines)
    }

    /// The ANSI code page of the single-byte entry points.
    pub(crate) fn code_page(&self) -> CodePage {
        self.code_page
    }

    /// The telephony locations (`lineTranslateAddress`, `lineGetTranslateCaps` ...).
    pub(crate) fn locations(&self) -> &Locations {
        &self.locations
    }

    /// Whether the far end answers outgoing calls at once.
    pub(crate) fn auto_answer(&self) -> bool {
        self.auto_answer.load(Ordering::Acquire)
    }

    /// Sets [`SimProvider::auto_answer`].
    pub(crate) fn set_auto_answer(&self, on: bool) {
        self.auto_answer.store(on, Ordering::Release)
    }

    /// Dials `dest` on the new outgoing `call`: DIALING, PROCEEDING, then what the far
    /// end does (the scenario's `[[number]]`, else auto-answer).
    fn dial(&self, ev: &mut ControlLock<'_>, call: u32, dest: Option<&str>) {
        let Some(dest) = dest else {
            ev.set_call_state(call, LINECALLSTATE_DIALTONE, LINEDIALTONEMODE_NORMAL);
            return;
        };
        if let Some((bearer, asked)) = ev.with_call_data(call, |d| (d.bearer_mode, d.rate)) {
            self.set_rate(ev, call, bearer, self.granted_rate(asked, Some(dest)));
        }
        ev.set_call_state(call, LINECALLSTATE_DIALING, 0);
        ev.set_call_state(call, LINECALLSTATE_PROCEEDING, 0);
        let far = self.scenario.as_ref().and_then(|s| s.far_end(dest));
        match far {
            None if self.auto_answer() => {
                ev.set_call_state(call, LINECALLSTATE_RINGBACK, 0);
                ev.set_call_state(call, LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE);
            }
            None | Some(FarEnd::NoAnswer) => ev.set_call_state(call, LINECALLSTATE_RINGBACK, 0),
            Some(FarEnd::Busy) => ev.set_call_state(call, LINECALLSTATE_BUSY, LINEBUSYMODE_STATION),
            Some(FarEnd::Answer {
                after_ms,
                hangup_after_ms,
            }) => {
                if let Some(script) = self.scenario.as_ref().and_then(|s| s.data_of(dest)) {
                    self.modems.set_script(call, script);
                }
                ev.set_call_state(call, LINECALLSTATE_RINGBACK, 0);
                let answer = Action::FarAnswer {
                    call,
                    hangup_after_ms,
                };
                if after_ms == 0 {
                    self.act(ev, answer);
                } else {
                    self.clock.schedule(Duration::from_millis(after_ms), answer);
                }
            }
        }
    }

    /// The rate the far end at `number` grants a call that asks for `asked` bits per
    /// second (0: no request): the lower of the two when the scenario gives the number a
    /// rate, the number's rate when nothing is asked, else what is asked.
    fn granted_rate(&self, asked: u32, number: Option<&str>) -> u32 {
        let far = self
            .scenario
            .as_ref()
            .zip(number)
            .and_then(|(s, n)| s.rate_of(n));
        match far {
            Some(r) if asked == 0 => r,
            Some(r) => asked.min(r),
            None => asked,
        }
    }

    /// Gives `call` `bearer` and `rate`, with `LINE_CALLINFO` for what changed.
    fn set_rate(&self, ev: &mut ControlLock<'_>, call: u32, bearer: u32, rate: u32) {
        let Some((old_bearer, old_rate)) = ev.with_call_data(call, |d| (d.bearer_mode, d.rate))
        else {
            return;
        };
        let mut what = 0;
        if old_bearer != bearer {
            what |= LINECALLINFOSTATE_BEARERMODE;
        }
        if old_rate != rate {
            what |= LINECALLINFOSTATE_RATE;
        }
        if what != 0 {
            ev.update_call(call, |d| {
                d.bearer_mode = bearer;
                d.rate = rate;
            });
            ev.call_info_changed(call, what, 0);
        }
    }

    /// Carries out a timed action.
    fn act(&self, ev: &mut ControlLock<'_>, action: Action) {
        let ms = Duration::from_millis;
        match action {
            Action::Offer(i) => {
                let Some(spec) = self.scenario.as_ref().map(|s| s.incoming[i].clone()) else {
                    return;
                };
                let caller = party(spec.caller_id, spec.caller_name);
                let media = CallMedia {
                    mode: spec.media,
                    bearer: spec.bearer,
                    rate: spec.rate,
                };
                let Ok(call) = ev.offer_call(spec.line, spec.address, caller, media) else {
                    return;
                };
                if let Some(script) = spec.data {
                    self.modems.set_script(call, script);
                }
                if let Some(t) = spec.answer_after_ms {
                    self.clock.schedule(ms(t), Action::PhoneAnswer(call));
                }
                if let Some(t) = spec.hangup_after_ms {
                    let hangup = Action::FarHangup(call, LINEDISCONNECTMODE_NORMAL);
                    self.clock.schedule(ms(t), hangup);
                }
                if let Some((_, t)) = spec.digits {
                    let digits = Action::FarDigits { call, incoming: i };
                    self.clock.schedule(ms(t), digits);
                }
            }
            Action::Dial(i) => {
                let Some(spec) = self.scenario.as_ref().map(|s| s.outgoing[i].clone()) else {
                    return;
                };
                let Ok(call) = ev.originate_call(spec.line, 0, &spec.number) else {
                    return;
                };
                self.dial(ev, call, Some(&spec.number));
                if let Some(t) = spec.hangup_after_ms {
                    self.clock.schedule(ms(t), Action::PhoneHangup(call));
                }
            }
            Action::Close(line) => {
                let _ = ev.close_device(line);
            }
            Action::FarAnswer {
                call,
                hangup_after_ms,
            } => {
                if far_answer(ev, call).is_ok() {
                    if let Some(t) = hangup_after_ms {
                        let hangup = Action::FarHangup(call, LINEDISCONNECTMODE_NORMAL);
                        self.clock.schedule(ms(t), hangup);
                    }
                }
            }
            Action::FarHangup(call, mode) => {
                let _ = far_hangup(ev, call, mode);
            }
            Action::PhoneAnswer(call) => {
                let offered = ev.call_data(call).is_some_and(|d| {
                    d.state() == LINECALLSTATE_OFFERING || d.state() == LINECALLSTATE_ACCEPTED
                });
                if offered {
                    ev.set_call_state(call, LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE);
                }
            }
            Action::FarDigits { call, incoming } => {
                let digits = self
                    .scenario
                    .as_ref()
                    .and_then(|s| s.incoming[incoming].digits.clone());
                let connected = ev
                    .call_data(call)
                    .is_some_and(|d| d.state() == LINECALLSTATE_CONNECTED);
                if let (Some((digits, _)), true) = (digits, connected) {
                    let tick = crate::core::tick_count();
                    ev.far_end_digits(call, &digits, LINEDIGITMODE_DTMF, tick);
                }
            }
            Action::PhoneHangup(call) => {
                if ev
                    .call_data(call)
                    .is_some_and(|d| d.state() != LINECALLSTATE_IDLE)
                {
                    ev.set_call_state(call, LINECALLSTATE_IDLE, 0);
                }
            }
        }
    }
}

impl Provider for SimProvider {
    fn line_count(&self) -> u32 {
        self.devices.len() as u32
    }

    fn device_info(&self, device: u32) -> &DeviceInfo {
        &self.devices[device as usize]
    }

    fn phone_count(&self) -> u32 {
        self.phones.len() as u32
    }

    fn phone_info(&self, device: u32) -> PhoneInfo {
        self.phones[device as usize].clone()
    }

    fn address_info(&self, device: u32, address: u32) -> AddressInfo {
        let _ = address;
        // Every address of a simulated line has the line's number.
        let parties = LINECALLPARTYID_ADDRESS
            | LINECALLPARTYID_NAME
            | LINECALLPARTYID_UNKNOWN
            | LINECALLPARTYID_BLOCKED
            | LINECALLPARTYID_OUTOFAREA
            | LINECALLPARTYID_UNAVAIL;
        AddressInfo {
            address: self.devices[device as usize].address.clone(),
            call_states: LINECALLSTATE_IDLE
                | LINECALLSTATE_OFFERING
                | LINECALLSTATE_DIALTONE
                | LINECALLSTATE_DIALING
                | LINECALLSTATE_RINGBACK
                | LINECALLSTATE_BUSY
                | LINECALLSTATE_CONNECTED
                | LINECALLSTATE_PROCEEDING
                | LINECALLSTATE_ONHOLD
                | LINECALLSTATE_DISCONNECTED,
            dial_tone_modes: LINEDIALTONEMODE_NORMAL,
            busy_modes: LINEBUSYMODE_STATION,
            disconnect_modes: DISCONNECT_MODES,
            call_info_states: LINECALLINFOSTATE_OTHER
                | LINECALLINFOSTATE_MEDIAMODE
                | LINECALLINFOSTATE_APPSPECIFIC
                | LINECALLINFOSTATE_NUMOWNERINCR
                | LINECALLINFOSTATE_NUMOWNERDECR
                | LINECALLINFOSTATE_NUMMONITORS
                | LINECALLINFOSTATE_CALLEDID,
            caller_id_flags: parties,
            called_id_flags: LINECALLPARTYID_ADDRESS
                | LINECALLPARTYID_NAME
                | LINECALLPARTYID_UNKNOWN,
            connected_id_flags: parties,
        }
    }

    fn startup_error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    fn started(self: Arc<Self>, core: &'static Core) {
        let Some(scenario) = self.scenario.clone() else {
            return;
        };
        if self
            .started
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_err()
        {
            return;
        }
        {
            let ms = Duration::from_millis;
            for (i, c) in scenario.incoming.iter().enumerate() {
                self.clock.schedule(ms(c.at_ms), Action::Offer(i));
            }
            for (i, c) in scenario.outgoing.iter().enumerate() {
                self.clock.schedule(ms(c.at_ms), Action::Dial(i));
            }
            for c in &scenario.closes {
                self.clock.schedule(ms(c.at_ms), Action::Close(c.line));
            }
            let sim = Arc::clone(&self);
            self.clock.start(move |action| {
                // A failed library (a panic with the control lock held) runs no more events.
                let _ = core.provider_events(|ev| {
                    sim.act(ev, action);
                    Ok(())
                });
            });
        }
    }

    fn make_call(&self, ev: &mut ControlLock<'_>, req: RequestId, call: u32, dest: Option<&str>) {
        #[cfg(test)]
        if test_hooks::PANIC_IN_MAKE_CALL.swap(false, Ordering::AcqRel) {
            panic!("injected fault in the simulated provider");
        }
        ev.complete(req, Ok(()));
        self.dial(ev, call, dest);
    }

    fn answer(&self, ev: &mut ControlLock<'_>, req: RequestId, call: u32) {
        ev.complete(req, Ok(()));
        ev.set_call_state(call, LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE);
    }

    fn call_control(&self, ev: &mut ControlLock<'_>, req: RequestId, call: u32, op: CallOp) {
        ev.complete(req, Ok(()));
        match op {
            CallOp::Dial(dest) => {
                ev.update_call(call, |d| {
                    d.texts = d.texts.with(TextId::CalledNumber, Some(&dest));
                    d.called_absent = 0;
                });
                ev.call_info_changed(call, LINECALLINFOSTATE_CALLEDID, 0);
                self.dial(ev, call, Some(&dest));
            }
            CallOp::Hold => ev.set_call_state(call, LINECALLSTATE_ONHOLD, 0),
            CallOp::Unhold => {
                ev.set_call_state(call, LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE)
            }
            CallOp::Secure => {
                ev.update_call(call, |d| d.param_flags |= LINECALLPARAMFLAGS_SECURE);
                ev.call_info_changed(call, LINECALLINFOSTATE_OTHER, 0);
            }
            // The call leaves this line: to the number it was redirected or transferred
            // to.
            // The simulated network grants the highest rate asked for, capped by the
            // rate of the number an outgoing call dialled.
            CallOp::SetCallParams { bearer, rate } => {
                let dialled = ev.call_data(call).and_then(|d| {
                    let out = d.origin == LINECALLORIGIN_OUTBOUND;
                    out.then(|| d.texts.get(TextId::CalledNumber).map(str::to_owned))
                        .flatten()
                });
                let rate = self.granted_rate(rate, dialled.as_deref());
                self.set_rate(ev, call, bearer, rate);
            }
            CallOp::Redirect(_) | CallOp::BlindTransfer(_) => {
                ev.set_call_state(call, LINECALLSTATE_IDLE, 0)
            }
        }
    }

    fn drop_call(&self, ev: &mut ControlLock<'_>, req: RequestId, call: u32) {
        ev.complete(req, Ok(()));
        ev.set_call_state(call, LINECALLSTATE_IDLE, 0);
    }

    fn drop_on_close(&self, ev: &mut ControlLock<'_>, call: u32) {
        ev.set_call_state(call, LINECALLSTATE_IDLE, 0);
    }

    fn close_call(&self, ev: &mut ControlLock<'_>, call: u32) {
        ev.set_call_state(call, LINECALLSTATE_IDLE, 0);
    }

    fn data_channel(&self, call: u32) -> Result<(RawFd, String)> {
        // The far end hangs up through the clock's thread, which takes the control
        // lock; the data thread itself never does (the core holds that lock while it
        // stops the thread).
        let clock = self.clock.clone();
        let hangup = move || {
            let action = Action::FarHangup(call, LINEDISCONNECTMODE_NORMAL);
            clock.schedule(Duration::ZERO, action);
        };
        let far = datamodem::FarModem {
            script: self.modems.script(call),
            hangup: Box::new(hangup),
        };
        self.modems.open(call, far)
    }

    fn call_ended(&self, call: u32) {
        self.modems.end(call);
    }
}

/// The facts of simulated line device `id`, as `line` describes it.
fn device(id: u32, line: &scenario::LineSpec) -> DeviceInfo {
    DeviceInfo {
        name: line.name.as_str().into(),
        address: line.number.as_str().into(),
        provider_info: PROVIDER_INFO.into(),
        switch_info: "tapisim".into(),
        permanent_id: 0x0001_0000 + id,
        media_modes: MEDIA_MODES,
        bearer_modes: LINEBEARERMODE_VOICE | LINEBEARERMODE_SPEECH | LINEBEARERMODE_DATA,
        num_addresses: line.addresses,
    }
}

/// The facts of simulated phone device `id`, as `p` describes it.
fn phone(id: u32, p: &scenario::PhoneSpec) -> PhoneInfo {
    let beside = p
        .line
        .map(|l| format!("beside line {l}"))
        .unwrap_or_default();
    PhoneInfo {
        name: p.name.as_str().into(),
        provider_info: PROVIDER_INFO.into(),
        phone_info: beside.as_str().into(),
        permanent_id: 0x0002_0000 + id,
        line: p.line,
        hookswitch_devs: p.hookswitch,
        ring_modes: p.ring_modes,
        display_rows: p.display_rows,
        display_columns: p.display_columns,
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
pub(crate) fn offer_call(
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
        return Err(LineError::BADDEVICEID);
    }
    if media.count_ones() != 1 || media & !MEDIA_MODES != 0 {
        return Err(LineError::INVALMEDIAMODE);
    }
    let media = CallMedia {
        mode: media,
        bearer: LINEBEARERMODE_VOICE,
        rate: scenario::default_rate(media),
    };
    core.provider_events(|ev| ev.offer_call(device, address, party(caller_id, caller_name), media))
}

/// The far end answers the outgoing call `call_id` (in DIALING, PROCEEDING or RINGBACK).
pub(crate) fn remote_answer(core: &Core, call_id: u32) -> Result<()> {
    core.provider_events(|ev| far_answer(ev, call_id))
}

fn far_answer(ev: &mut ControlLock<'_>, call_id: u32) -> Result<()> {
    let d = ev.call_data(call_id).ok_or(LineError::INVALPARAM)?;
    let ringing = [
        LINECALLSTATE_DIALING,
        LINECALLSTATE_PROCEEDING,
        LINECALLSTATE_RINGBACK,
    ];
    if d.origin != LINECALLORIGIN_OUTBOUND || !ringing.contains(&d.state()) {
        return Err(LineError::INVALCALLSTATE);
    }
    ev.set_call_state(call_id, LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE);
    Ok(())
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
pub(crate) fn remote_hangup(core: &Core, call_id: u32, mode: u32) -> Result<()> {
    if mode.count_ones() != 1 || mode & !DISCONNECT_MODES != 0 {
        return Err(LineError::INVALPARAM);
    }
    core.provider_events(|ev| far_hangup(ev, call_id, mode))
}

fn far_hangup(ev: &mut ControlLock<'_>, call_id: u32, mode: u32) -> Result<()> {
    let d = ev.call_data(call_id).ok_or(LineError::INVALPARAM)?;
    if d.state() == LINECALLSTATE_IDLE || d.state() == LINECALLSTATE_DISCONNECTED {
        return Err(LineError::INVALCALLSTATE);
    }
    ev.set_call_state(call_id, LINECALLSTATE_DISCONNECTED, mode);
    if d.num_owners == 0 {
        ev.set_call_state(call_id, LINECALLSTATE_IDLE, 0);
    }
    Ok(())
}

/// Whether the far end can send `c` in `mode`: 0-9 in pulse, also A-D, * and # in DTMF.
pub(crate) fn is_digit(c: char, mode: u32) -> bool {
    c.is_ascii_digit()
        || (mode == LINEDIGITMODE_DTMF && matches!(c, 'A'..='D' | 'a'..='d' | '*' | '#'))
}

/// The far end sends `digits` (`mode`: `LINEDIGITMODE_PULSE` or `_DTMF`) on `call_id`.
pub(crate) fn remote_digits(core: &Core, call_id: u32, digits: &str, mode: u32) -> Result<()> {
    if (mode != LINEDIGITMODE_PULSE && mode != LINEDIGITMODE_DTMF)
        || digits.is_empty()
        // By bytes: every digit is ASCII, and no byte of a non-ASCII character is one.
        || !digits.bytes().all(|b| is_digit(char::from(b), mode))
    {
        return Err(LineError::INVALPARAM);
    }
    let tick = crate::core::tick_count();
    core.provider_events(|ev| {
        // Whether the call exists: a look, not a copy of its data.
        ev.with_call_data(call_id, |_| ())
            .ok_or(LineError::INVALPARAM)?;
        ev.far_end_digits(call_id, digits, mode, tick);
        Ok(())
    })
}

/// The provider forcibly closes line device `device` (`LINE_CLOSE` to every opener).
pub(crate) fn close_line(core: &Core, device: u32) -> Result<()> {
    core.provider_events(|ev| ev.close_device(device))
}

/// Fault injection for the crate's own tests.
#[cfg(test)]
pub(crate) mod test_hooks {
    use std::sync::atomic::AtomicBool;

    /// The next `make_call` panics (with the core's control lock held).
    pub(crate) static PANIC_IN_MAKE_CALL: AtomicBool = AtomicBool::new(false);
}
