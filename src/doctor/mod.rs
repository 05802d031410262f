//! The handle doctor: diagnostics of how a program uses its TAPI handles.
//!
//! Off by default, and then free but for one check per exported call. Switched on by
//! environment variables, read once, at the first exported call or at exit (all ignored
//! in a setuid, setgid or file-capability process: [`crate::env`]):
//!
//! * `TAPI32_DOCTOR=1`: each finding is printed to stderr as it happens (`tapi32
//!   doctor: ...`): call handles never deallocated (reported at `lineShutdown` and at
//!   process exit), every use of an invalid handle and why it is invalid, and every
//!   `lineClose`/`lineShutdown` while the application still owns active calls.
//! * `TAPI32_REPORT=FILE`: the findings are collected and written to FILE as JSON when
//!   the process exits ([`Report`]), also when it made no TAPI call (`api_calls` 0). The
//!   exit hook is registered when the library is loaded (a constructor in
//!   `.init_array`), before the program can register its own, so it runs after them:
//!   cleanup a program does in its `atexit` handlers is not reported as a leak.
//! * `TAPI32_TRACE=1` (stderr) or `TAPI32_TRACE=FILE`: one line per exported call, with
//!   its arguments and result.
//! * `TAPI32_HTML=FILE`: the run's timeline ([`timeline`]) is written to FILE as one
//!   self-contained HTML page ([`html`]) when the process exits, if it made a TAPI
//!   call: a row per line, call and phone handle, from issue to retirement, with the
//!   calls' states and markers for the findings. Recorded only with this variable set.
//!
//! Files are created, never opened or truncated, and symbolic links are not followed
//! ([`output`]).
//!
//! The composition root plugs the doctor into the core as its [`Observer`], through
//! which the core reports; the C ABI layer brackets every exported call ([`enter`]),
//! which names the function in findings and writes the trace.

mod html;
mod output;
mod timeline;

use std::cell::Cell;
use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::{LazyLock, Mutex, OnceLock};
use std::time::Instant;

use crate::core::sync::lock;
use crate::core::{ActiveCall, HeldCall, Issued, Kind, LeakCheck, Observer, Retired, Validity};
use crate::env::{var_os_unless_secure, var_unless_secure};
use crate::report::{
    InvalidUse, Leak, Reason, Report, DOCTOR_ENV, HTML_ENV, INVALID_USE_LIMIT, REPORT_ENV,
    TRACE_ENV,
};
use tapi32_defs::{call_state_name, LineError};
use timeline::{At, Mark, Timeline};

enum Trace {
    Stderr,
    /// A file, created at the first line traced (so a process that makes no TAPI call
    /// leaves none); `None` inside when it could not be created (then: stderr).
    File(PathBuf, OnceLock<Option<Mutex<File>>>),
}

/// The timeline for `TAPI32_HTML`: where to write it, and what has been recorded since
/// `start`.
struct Html {
    path: PathBuf,
    start: Instant,
    timeline: Mutex<Timeline>,
}

/// How long an exported call's arguments may be on the page.
const ARGS_LIMIT: usize = 400;

/// The doctor, when any diagnostic is on.
pub(crate) struct Doctor {
    print: bool,
    report_path: Option<PathBuf>,
    trace: Option<Trace>,
    html: Option<Html>,
    report: Mutex<Findings>,
    /// Exported calls made.
    api_calls: AtomicU64,
    /// Run at process exit before the report is written (the composition root's leak
    /// check).
    exit_check: OnceLock<fn()>,
}

/// What the doctor has found, with the index that aggregates invalid uses.
#[derive(Default)]
struct Findings {
    report: Report,
    /// Where each (function, handle, reason) is in `report.invalid_handle_uses`.
    index: HashMap<(&'static str, u32, Reason), usize>,
    /// Invalid uses so far, listed or not.
    invalid_uses: u64,
}

impl Findings {
    /// Counts one use of an invalid handle; returns how many times this (function,
    /// handle, reason) has been seen (0: not listed, the list being full).
    fn invalid_use(&mut self, function: &'static str, handle: u32, reason: Reason) -> u64 {
        self.invalid_uses += 1;
        let nth = self.invalid_uses;
        let uses = &mut self.report.invalid_handle_uses;
        if let Some(&i) = self.index.get(&(function, handle, reason)) {
            let u = &mut uses[i];
            u.count += 1;
            u.last = nth;
            return u.count;
        }
        if uses.len() >= INVALID_USE_LIMIT {
            self.report.invalid_uses_dropped += 1;
            return 0;
        }
        self.index.insert((function, handle, reason), uses.len());
        uses.push(InvalidUse {
            function: function.to_owned(),
            handle,
            reason,
            count: 1,
            first: nth,
            last: nth,
        });
        1
    }
}

static DOCTOR: LazyLock<Option<Doctor>> = LazyLock::new(Doctor::from_env);

/// Whether the environment has been read: 0 not yet, 1 diagnostics off, 2 on. One
/// relaxed load is all an exported call pays when they are off.
static STATE: AtomicU8 = AtomicU8::new(0);

/// Before `fork()` (after the core): holds the doctor's locks, if it is on.
pub(crate) fn fork_prepare() {
    if let Some(d) = doctor() {
        crate::core::sync::hold(&d.report);
        if let Some(h) = &d.html {
            crate::core::sync::hold(&h.timeline);
        }
        if let Some(Trace::File(_, file)) = &d.trace {
            if let Some(Some(f)) = file.get() {
                crate::core::sync::hold(f);
            }
        }
    }
}

/// The doctor, or `None` when diagnostics are off.
#[inline]
pub(crate) fn doctor() -> Option<&'static Doctor> {
    match STATE.load(Ordering::Relaxed) {
        1 => None,
        2 => DOCTOR.as_ref(),
        _ => first_look(),
    }
}

/// Whether diagnostics are known to be off: `false` before the first look at the
/// environment ([`doctor`] takes it) and when on. One load, which cannot panic.
#[inline(always)]
pub(crate) fn known_off() -> bool {
    STATE.load(Ordering::Relaxed) == 1
}

#[cold]
fn first_look() -> Option<&'static Doctor> {
    let d = DOCTOR.as_ref();
    STATE.store(if d.is_some() { 2 } else { 1 }, Ordering::Relaxed);
    d
}

thread_local! {
    /// The exported function this thread is in (with the doctor on).
    static CURRENT: Cell<&'static str> = const { Cell::new("") };
    /// The number of the exported call this thread is in (0: none).
    static SEQ: Cell<u64> = const { Cell::new(0) };
    /// The number of the exported call during which this thread last recorded on the
    /// timeline: its arguments go on the page.
    static NOTED: Cell<u64> = const { Cell::new(0) };
}

impl Doctor {
    fn from_env() -> Option<Doctor> {
        let print = var_unless_secure(DOCTOR_ENV).is_some_and(|v| !v.is_empty() && v != "0");
        let report_path = var_os_unless_secure(REPORT_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let trace = match var_os_unless_secure(TRACE_ENV) {
            Some(v) if v.is_empty() || v == "0" => None,
            Some(v) if v == "1" || v == "stderr" => Some(Trace::Stderr),
            Some(path) => Some(Trace::File(path.into(), OnceLock::new())),
            None => None,
        };
        let html = var_os_unless_secure(HTML_ENV)
            .filter(|v| !v.is_empty())
            .map(|path| Html {
                path: path.into(),
                start: Instant::now(),
                timeline: Mutex::new(Timeline::default()),
            });
        if !print && report_path.is_none() && trace.is_none() && html.is_none() {
            return None;
        }
        Some(Doctor {
            print,
            report_path,
            trace,
            html,
            report: Mutex::new(Findings::default()),
            api_calls: AtomicU64::new(0),
            exit_check: OnceLock::new(),
        })
    }

    /// Sets what runs at process exit before the report is written.
    pub(crate) fn set_exit_check(&self, check: fn()) {
        let _ = self.exit_check.set(check);
    }

    fn finding(&self, text: std::fmt::Arguments<'_>) {
        if self.print {
            let _ = writeln!(std::io::stderr().lock(), "tapi32 doctor: {text}");
        }
    }

    /// What has been found so far.
    pub(crate) fn report(&self) -> Report {
        lock(&self.report).report.clone()
    }

    /// What has been found so far, with the count of exported calls.
    fn final_report(&self) -> Report {
        Report {
            api_calls: self.api_calls.load(Ordering::Relaxed),
            ..self.report()
        }
    }

    /// Records on the timeline, with the time, the exported call in progress and the
    /// thread, when `TAPI32_HTML` is on.
    fn record(&self, f: impl FnOnce(&mut Timeline, At)) {
        let Some(h) = &self.html else {
            return;
        };
        let seq = SEQ.get();
        NOTED.set(seq);
        let at = At {
            t: h.start.elapsed(),
            function: CURRENT.get(),
            thread: thread_id(),
            seq,
        };
        f(&mut lock(&h.timeline), at);
    }

    /// Writes the timeline page, if it is on and the process made a TAPI call.
    fn write_html(&self) {
        let Some(h) = &self.html else {
            return;
        };
        let api_calls = self.api_calls.load(Ordering::Relaxed);
        if api_calls == 0 {
            return;
        }
        let program: Vec<String> = std::env::args().collect();
        let page = html::page(
            &lock(&h.timeline),
            &html::RunInfo {
                program: &program.join(" "),
                pid: std::process::id(),
                api_calls,
                duration: h.start.elapsed(),
            },
        );
        if let Err(e) = output::create_new(&h.path).and_then(|mut f| f.write_all(page.as_bytes())) {
            eprintln!(
                "tapi32 doctor: cannot write the timeline to {}: {e}",
                h.path.display()
            );
        }
    }

    fn write_report(&self) {
        let Some(path) = &self.report_path else {
            return;
        };
        let report = self.final_report();
        let json = serde_json::to_string_pretty(&report).expect("a report serializes") + "\n";
        let why = match output::write_report(path, &report, &json) {
            Ok(output::Written::Created | output::Written::Replaced) => return,
            // Another process of the tree wrote the report; this one has nothing to add.
            Ok(output::Written::KeptExisting(_)) if report.api_calls == 0 => return,
            Ok(output::Written::KeptExisting(why)) => why.to_owned(),
            Err(e) => e.to_string(),
        };
        eprintln!(
            "tapi32 doctor: cannot write the report to {}: {why}",
            path.display()
        );
    }
}

impl Observer for Doctor {
    fn invalid_use(&self, handle: u32, kind: Kind, validity: Validity) {
        let reason = match validity {
            Validity::Retired(k, why) if k == kind => match why {
                Retired::Deallocated => Reason::Deallocated,
                Retired::LineClosed => Reason::LineClosed,
                Retired::ProviderClosed => Reason::ProviderClosed,
                Retired::AppShutdown => Reason::AppShutdown,
                Retired::PhoneClosed => Reason::PhoneClosed,
            },
            Validity::Stale => Reason::Stale,
            _ => Reason::NeverIssued,
        };
        let function = CURRENT.get();
        let kind_name = match kind {
            Kind::App => "HLINEAPP",
            Kind::Line => "HLINE",
            Kind::Call => "HCALL",
            Kind::Phone => "HPHONE",
        };
        let count = lock(&self.report).invalid_use(function, handle, reason);
        if matches!(kind, Kind::Line | Kind::Call | Kind::Phone) {
            self.record(|t, at| t.mark(at, handle, kind, Mark::InvalidUse(reason)));
        }
        // Printed the first time, then at the 10th, 100th ... time.
        match count {
            1 => self.finding(format_args!(
                "{function}: {kind_name} {handle:#010x} is invalid: {}",
                reason_text(reason)
            )),
            0 => {}
            n if is_power_of_ten(n) => self.finding(format_args!(
                "{function}: {kind_name} {handle:#010x} is invalid: {} ({n} times)",
                reason_text(reason)
            )),
            _ => {}
        }
        if count == 0 && lock(&self.report).report.invalid_uses_dropped == 1 {
            self.finding(format_args!(
                "more than {INVALID_USE_LIMIT} different invalid handle uses: further new \
                 ones are counted, not listed"
            ));
        }
    }

    fn call_handle_held(&self, held: &HeldCall, check: LeakCheck) {
        let at = match check {
            LeakCheck::Shutdown => "lineShutdown",
            LeakCheck::Exit => "at exit",
        };
        let leak = Leak {
            hcall: held.hcall,
            call_id: held.call_id,
            device: held.device,
            state: call_state_name(held.state).to_owned(),
            app: held.app.to_string(),
        };
        self.finding(format_args!(
            "{at}: call handle {:#010x} (call {}, line {}, {}, application \"{}\") was never \
             deallocated",
            leak.hcall, leak.call_id, leak.device, leak.state, leak.app
        ));
        if check == LeakCheck::Shutdown {
            let state = held.state;
            self.record(|t, at| t.mark(at, held.hcall, Kind::Call, Mark::Held(check, state)));
        }
        lock(&self.report).report.leaked_call_handles.push(leak);
    }

    fn line_closed_with_active_calls(&self, hline: u32, active: &[ActiveCall]) {
        let calls: Vec<String> = active
            .iter()
            .map(|c| format!("{:#010x} ({})", c.hcall, call_state_name(c.state)))
            .collect();
        self.finding(format_args!(
            "{}: line {hline:#010x} closed while its application still owns active call(s) {}",
            CURRENT.get(),
            calls.join(", ")
        ));
        lock(&self.report).report.lines_closed_with_active_calls += 1;
        self.record(|t, at| {
            let calls: Vec<(u32, u32)> = active.iter().map(|c| (c.hcall, c.state)).collect();
            t.mark(at, hline, Kind::Line, Mark::ClosedUnderCalls(calls));
        });
    }

    fn call_seen(&self) {
        lock(&self.report).report.calls += 1;
    }

    fn callback_wait_expired(&self, happ: u32, waited: std::time::Duration) {
        self.finding(format_args!(
            "{}: gave up after {} ms waiting for the callback of application {happ:#010x} \
             to return (a likely lock cycle: the callback waits for something this thread \
             holds)",
            CURRENT.get(),
            waited.as_millis()
        ));
        lock(&self.report).report.callback_waits_expired += 1;
    }

    fn message_dropped(&self, happ: u32, first: bool) {
        lock(&self.report).report.messages_dropped += 1;
        if first {
            self.finding(format_args!(
                "{}: the message queue of application {happ:#010x} is full ({} messages not \
                 taken): new messages are discarded until it takes some",
                CURRENT.get(),
                crate::core::queue_limit()
            ));
        }
    }

    fn request_refused(&self, hline: u32) {
        let refused = {
            let mut f = lock(&self.report);
            f.report.requests_refused += 1;
            f.report.requests_refused
        };
        if is_power_of_ten(refused) {
            self.finding(format_args!(
                "{}: refused a request on line {hline:#010x} with LINEERR_RESOURCEUNAVAIL: \
                 the line has {} requests whose LINE_REPLY was not taken ({refused} refused \
                 so far)",
                CURRENT.get(),
                crate::core::REQUEST_LIMIT
            ));
        }
    }

    fn retired_forgotten(&self, total: u64) {
        lock(&self.report).report.retired_handles_forgotten = total;
    }

    fn library_failed(&self) {
        let function = CURRENT.get();
        self.finding(format_args!(
            "{function}: an internal error (a panic) inside the library may have left its \
             state half changed: the library has failed, and every later call returns \
             LINEERR_OPERATIONFAILED (PHONEERR_OPERATIONFAILED)"
        ));
        lock(&self.report).report.library_failed_in = Some(function.to_owned());
    }

    fn handle_issued(&self, issued: &Issued) {
        self.record(|t, at| t.issued(at, *issued));
    }

    fn handle_retired(&self, handle: u32, _kind: Kind, why: Retired) {
        self.record(|t, at| t.retired(at, handle, why));
    }

    fn call_state_changed(&self, call_id: u32, state: u32) {
        self.record(|t, at| t.call_state(at, call_id, state));
    }
}

/// The calling thread's id ([`crate::platform::thread_id`]), looked up once per thread.
fn thread_id() -> u32 {
    thread_local! {
        static TID: Cell<u32> = const { Cell::new(0) };
    }
    TID.with(|c| {
        if c.get() == 0 {
            c.set(crate::platform::thread_id());
        }
        c.get()
    })
}

/// An exported call was refused because the library had failed
/// ([`Observer::library_failed`]).
pub(crate) fn call_refused() {
    if let Some(d) = doctor() {
        lock(&d.report).report.calls_refused_after_failure += 1;
    }
}

/// 1, 10, 100 ...
fn is_power_of_ten(mut n: u64) -> bool {
    while n >= 10 && n % 10 == 0 {
        n /= 10;
    }
    n == 1
}

/// Registers [`at_exit`] when the library is loaded, before the program's `main` (or,
/// for `dlopen`, before the program can use the library), so it is registered before
/// any exit handler of the program's and runs after them all. The constructor section:
/// `.init_array` (ELF); `.CRT$XCU` for `tapi32.dll`, which the mingw-w64 runtime runs when
/// the DLL is loaded (its `atexit` then registers with the DLL's exit list).
#[used]
#[cfg_attr(not(windows), link_section = ".init_array")]
#[cfg_attr(windows, link_section = ".CRT$XCU")]
static ON_LOAD: extern "C" fn() = on_load;

extern "C" fn on_load() {
    // SAFETY: `at_exit` is an `extern "C" fn()` that never unwinds.
    unsafe { libc::atexit(at_exit) };
}

/// At exit: the leak check and the report, when the doctor is on (it is turned on here if
/// the program made no TAPI call).
extern "C" fn at_exit() {
    let _ = crate::core::panics::catch_quietly(|| {
        if let Some(d) = doctor() {
            if let Some(check) = d.exit_check.get() {
                check();
            }
            d.write_report();
            d.write_html();
        }
    });
}

/// An exported call in progress, with the doctor on ([`enter`]).
pub(crate) struct Call {
    doctor: &'static Doctor,
    name: &'static str,
    outer: &'static str,
    seq: u64,
    outer_seq: u64,
}

/// Starts the exported call `name`: `None`, at the cost of one check, when diagnostics
/// are off.
#[inline]
pub(crate) fn enter(name: &'static str) -> Option<Call> {
    let doctor = doctor()?;
    let seq = doctor.api_calls.fetch_add(1, Ordering::Relaxed) + 1;
    let outer = CURRENT.replace(name);
    let outer_seq = SEQ.replace(seq);
    Some(Call {
        doctor,
        name,
        outer,
        seq,
        outer_seq,
    })
}

impl Call {
    /// Ends the call that returned `result`; when tracing, traces it with its arguments
    /// (name, value), which `args` gives; when it put something on the timeline, the
    /// arguments go there too.
    pub(crate) fn leave(self, result: i32, args: impl FnOnce() -> Vec<(&'static str, String)>) {
        CURRENT.set(self.outer);
        SEQ.set(self.outer_seq);
        let noted = NOTED.get() == self.seq;
        if self.doctor.trace.is_none() && !noted {
            return;
        }
        let args: Vec<String> = args().iter().map(|(n, v)| format!("{n}={v}")).collect();
        let args = args.join(", ");
        let result = result_text(result);
        if noted {
            if let Some(h) = &self.doctor.html {
                let mut t = lock(&h.timeline);
                if t.wants_args(self.seq) {
                    let mut text = format!("({args}) = {result}");
                    if text.len() > ARGS_LIMIT {
                        let cut = (0..=ARGS_LIMIT).rev().find(|&i| text.is_char_boundary(i));
                        text.truncate(cut.unwrap_or(0));
                        text.push_str("...");
                    }
                    t.args.insert(self.seq, text);
                }
            }
        }
        let Some(trace) = &self.doctor.trace else {
            return;
        };
        let line = format!("tapi32 trace: {}({args}) = {result}\n", self.name);
        match trace {
            Trace::Stderr => {
                let _ = std::io::stderr().lock().write_all(line.as_bytes());
            }
            Trace::File(path, file) => {
                let file = file.get_or_init(|| match output::create_new(path) {
                    Ok(f) => Some(Mutex::new(f)),
                    Err(e) => {
                        eprintln!(
                            "tapi32: cannot create the trace file {}: {e}; tracing to stderr",
                            path.display()
                        );
                        None
                    }
                });
                match file {
                    Some(f) => {
                        let _ = lock(f).write_all(line.as_bytes());
                    }
                    None => {
                        let _ = std::io::stderr().lock().write_all(line.as_bytes());
                    }
                }
            }
        }
    }
}

fn result_text(r: i32) -> String {
    if r >= 0 {
        return r.to_string();
    }
    match LineError::from_code(r as u32) {
        Some(e) => format!("{} ({:#010x})", e.name(), r as u32),
        None => format!("{:#010x}", r as u32),
    }
}

/// How an argument appears in the trace.
pub(crate) trait TraceArg {
    /// The argument, formatted.
    fn trace(&self) -> String;
}

impl TraceArg for u32 {
    fn trace(&self) -> String {
        format!("{self:#x}")
    }
}

impl TraceArg for i32 {
    fn trace(&self) -> String {
        self.to_string()
    }
}

impl TraceArg for usize {
    fn trace(&self) -> String {
        format!("{self:#x}")
    }
}

impl<T> TraceArg for *const T {
    fn trace(&self) -> String {
        format!("{:p}", *self)
    }
}

impl<T> TraceArg for *mut T {
    fn trace(&self) -> String {
        format!("{:p}", *self)
    }
}

impl<T> TraceArg for Option<T> {
    fn trace(&self) -> String {
        match self {
            Some(_) => "(callback)".into(),
            None => "NULL".into(),
        }
    }
}

/// How a finding describes `reason`.
fn reason_text(reason: Reason) -> &'static str {
    match reason {
        Reason::NeverIssued => "never issued",
        Reason::Deallocated => "already deallocated",
        Reason::LineClosed => "invalidated by lineClose of its line",
        Reason::ProviderClosed => "invalidated when the provider closed its line (LINE_CLOSE)",
        Reason::AppShutdown => "invalidated by lineShutdown or phoneShutdown",
        Reason::PhoneClosed => "invalidated by phoneClose",
        Reason::Stale => "retired earlier (why is no longer remembered)",
    }
}
