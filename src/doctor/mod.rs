//! The handle doctor: diagnostics of how a program uses its TAPI handles.
//!
//! Off by default, and then free but for one check per exported call. Switched on by
//! environment variables, read once when the library first runs:
//!
//! * `TAPI32_DOCTOR=1`: each finding is printed to stderr as it happens (`tapi32
//!   doctor: ...`): call handles never deallocated (reported at `lineShutdown` and at
//!   process exit), every use of an invalid handle and why it is invalid, and every
//!   `lineClose`/`lineShutdown` while the application still owns active calls.
//! * `TAPI32_REPORT=FILE`: the findings are collected and written to FILE as JSON when
//!   the process exits ([`Report`]).
//! * `TAPI32_TRACE=1` (stderr) or `TAPI32_TRACE=FILE`: one line per exported call, with
//!   its arguments and result.
//!
//! The composition root plugs the doctor into the core as its [`Observer`], through
//! which the core reports; the C ABI layer brackets every exported call ([`enter`]),
//! which names the function in findings and writes the trace.

use std::cell::Cell;
use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{LazyLock, Mutex, OnceLock};

use crate::core::sync::lock;
use crate::core::{ActiveCall, HeldCall, Kind, LeakCheck, Observer, Retired, Validity};
use crate::report::{InvalidUse, Leak, Reason, Report, DOCTOR_ENV, REPORT_ENV, TRACE_ENV};
use tapi32_defs::{call_state_name, LineError};

enum Trace {
    Stderr,
    File(Mutex<File>),
}

/// The doctor, when any diagnostic is on.
pub(crate) struct Doctor {
    print: bool,
    report_path: Option<PathBuf>,
    trace: Option<Trace>,
    report: Mutex<Report>,
    /// Run at process exit before the report is written (the composition root's leak
    /// check).
    exit_check: OnceLock<fn()>,
}

static DOCTOR: LazyLock<Option<Doctor>> = LazyLock::new(Doctor::from_env);

/// Whether the environment has been read: 0 not yet, 1 diagnostics off, 2 on. One
/// relaxed load is all an exported call pays when they are off.
static STATE: AtomicU8 = AtomicU8::new(0);

/// The doctor, or `None` when diagnostics are off.
#[inline]
pub(crate) fn doctor() -> Option<&'static Doctor> {
    match STATE.load(Ordering::Relaxed) {
        1 => None,
        2 => DOCTOR.as_ref(),
        _ => first_look(),
    }
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
}

impl Doctor {
    fn from_env() -> Option<Doctor> {
        let print = std::env::var(DOCTOR_ENV).is_ok_and(|v| !v.is_empty() && v != "0");
        let report_path = std::env::var_os(REPORT_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        let trace = match std::env::var(TRACE_ENV) {
            Ok(v) if v.is_empty() || v == "0" => None,
            Ok(v) if v == "1" || v == "stderr" => Some(Trace::Stderr),
            Ok(path) => match File::create(&path) {
                Ok(f) => Some(Trace::File(Mutex::new(f))),
                Err(e) => {
                    eprintln!("tapi32: cannot write the trace to {path}: {e}; tracing to stderr");
                    Some(Trace::Stderr)
                }
            },
            Err(_) => None,
        };
        if !print && report_path.is_none() && trace.is_none() {
            return None;
        }
        // SAFETY: `at_exit` is an `extern "C" fn()` that never unwinds.
        unsafe { libc::atexit(at_exit) };
        Some(Doctor {
            print,
            report_path,
            trace,
            report: Mutex::new(Report::default()),
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
        lock(&self.report).clone()
    }

    fn write_report(&self) {
        let Some(path) = &self.report_path else {
            return;
        };
        let json = serde_json::to_string_pretty(&self.report()).expect("a report serializes");
        if let Err(e) = std::fs::write(path, json + "\n") {
            eprintln!(
                "tapi32 doctor: cannot write the report to {}: {e}",
                path.display()
            );
        }
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
            },
            _ => Reason::NeverIssued,
        };
        let function = CURRENT.get();
        let kind_name = match kind {
            Kind::App => "HLINEAPP",
            Kind::Line => "HLINE",
            Kind::Call => "HCALL",
        };
        self.finding(format_args!(
            "{function}: {kind_name} {handle:#010x} is invalid: {}",
            reason_text(reason)
        ));
        lock(&self.report).invalid_handle_uses.push(InvalidUse {
            function: function.to_owned(),
            handle,
            reason,
        });
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
        lock(&self.report).leaked_call_handles.push(leak);
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
        lock(&self.report).lines_closed_with_active_calls += 1;
    }

    fn call_seen(&self) {
        lock(&self.report).calls += 1;
    }

    fn callback_wait_expired(&self, happ: u32, waited: std::time::Duration) {
        self.finding(format_args!(
            "{}: gave up after {} ms waiting for the callback of application {happ:#010x} \
             to return (a likely lock cycle: the callback waits for something this thread \
             holds)",
            CURRENT.get(),
            waited.as_millis()
        ));
        lock(&self.report).callback_waits_expired += 1;
    }

    fn library_failed(&self) {
        let function = CURRENT.get();
        self.finding(format_args!(
            "{function}: an internal error (a panic) inside the library may have left its \
             state half changed: the library has failed, and every later call returns \
             LINEERR_OPERATIONFAILED (PHONEERR_OPERATIONFAILED)"
        ));
        lock(&self.report).library_failed_in = Some(function.to_owned());
    }
}

/// An exported call was refused because the library had failed
/// ([`Observer::library_failed`]).
pub(crate) fn call_refused() {
    if let Some(d) = doctor() {
        lock(&d.report).calls_refused_after_failure += 1;
    }
}

extern "C" fn at_exit() {
    let _ = std::panic::catch_unwind(|| {
        if let Some(d) = doctor() {
            if let Some(check) = d.exit_check.get() {
                check();
            }
            d.write_report();
        }
    });
}

/// An exported call in progress, with the doctor on ([`enter`]).
pub(crate) struct Call {
    doctor: &'static Doctor,
    name: &'static str,
    outer: &'static str,
}

/// Starts the exported call `name`: `None`, at the cost of one check, when diagnostics
/// are off.
#[inline]
pub(crate) fn enter(name: &'static str) -> Option<Call> {
    let doctor = doctor()?;
    let outer = CURRENT.replace(name);
    Some(Call {
        doctor,
        name,
        outer,
    })
}

impl Call {
    /// Ends the call that returned `result`; when tracing, traces it with its arguments
    /// (name, value), which `args` gives.
    pub(crate) fn leave(self, result: i32, args: impl FnOnce() -> Vec<(&'static str, String)>) {
        CURRENT.set(self.outer);
        let Some(trace) = &self.doctor.trace else {
            return;
        };
        let args: Vec<String> = args().iter().map(|(n, v)| format!("{n}={v}")).collect();
        let line = format!(
            "tapi32 trace: {}({}) = {}\n",
            self.name,
            args.join(", "),
            result_text(result)
        );
        match trace {
            Trace::Stderr => {
                let _ = std::io::stderr().lock().write_all(line.as_bytes());
            }
            Trace::File(f) => {
                let _ = lock(f).write_all(line.as_bytes());
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
        Reason::AppShutdown => "invalidated by lineShutdown",
    }
}
