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
//! The core reports to the doctor ([`doctor`]); the C ABI layer brackets every exported
//! call ([`enter`]), which names the function in findings and writes the trace.

use std::cell::Cell;
use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{LazyLock, Mutex};

use serde::{Deserialize, Serialize};

mod names;
pub mod run;

use crate::core::sync::lock;
use crate::core::{Kind, Retired, Validity};

/// Environment variable: print findings to stderr.
pub const DOCTOR_ENV: &str = "TAPI32_DOCTOR";
/// Environment variable: write the JSON report to this file at exit.
pub const REPORT_ENV: &str = "TAPI32_REPORT";
/// Environment variable: trace every call (`1`: stderr; otherwise a file).
pub const TRACE_ENV: &str = "TAPI32_TRACE";

/// Why a handle was invalid when a program used it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// No handle of that kind with this value was ever issued (garbage, 0, or a
    /// handle of another kind).
    NeverIssued,
    /// Deallocated by `lineDeallocateCall`.
    Deallocated,
    /// Invalidated by `lineClose` of its line.
    LineClosed,
    /// Invalidated by the provider closing the line (`LINE_CLOSE`).
    ProviderClosed,
    /// Invalidated by `lineShutdown` of its application.
    AppShutdown,
}

impl Reason {
    fn text(self) -> &'static str {
        match self {
            Reason::NeverIssued => "never issued",
            Reason::Deallocated => "already deallocated",
            Reason::LineClosed => "invalidated by lineClose of its line",
            Reason::ProviderClosed => "invalidated when the provider closed its line (LINE_CLOSE)",
            Reason::AppShutdown => "invalidated by lineShutdown",
        }
    }
}

/// A call handle the program never deallocated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leak {
    /// The `HCALL`.
    pub hcall: u32,
    /// The call's `dwCallID`.
    pub call_id: u32,
    /// The line device.
    pub device: u32,
    /// The call's state (`CONNECTED`, `IDLE` ...).
    pub state: String,
    /// The application's friendly name.
    pub app: String,
}

/// A use of an invalid handle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvalidUse {
    /// The exported function.
    pub function: String,
    /// The handle value passed.
    pub handle: u32,
    /// Why it was invalid.
    pub reason: Reason,
}

/// The JSON report (`TAPI32_REPORT`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Call handles never deallocated, found at `lineShutdown` or at exit.
    pub leaked_call_handles: Vec<Leak>,
    /// Uses of invalid handles.
    pub invalid_handle_uses: Vec<InvalidUse>,
    /// Lines closed (`lineClose`, `lineShutdown`) while the application still owned
    /// active calls on them.
    pub lines_closed_with_active_calls: u64,
    /// Calls the program saw (calls that reached one of its handles).
    pub calls: u64,
}

enum Trace {
    Stderr,
    File(Mutex<File>),
}

/// The doctor, when any diagnostic is on.
pub struct Doctor {
    print: bool,
    report_path: Option<PathBuf>,
    trace: Option<Trace>,
    report: Mutex<Report>,
}

static DOCTOR: LazyLock<Option<Doctor>> = LazyLock::new(Doctor::from_env);

/// Whether the environment has been read: 0 not yet, 1 diagnostics off, 2 on. One
/// relaxed load is all an exported call pays when they are off.
static STATE: AtomicU8 = AtomicU8::new(0);

/// The doctor, or `None` when diagnostics are off.
#[inline]
pub fn doctor() -> Option<&'static Doctor> {
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
        })
    }

    fn finding(&self, text: std::fmt::Arguments<'_>) {
        if self.print {
            let _ = writeln!(std::io::stderr().lock(), "tapi32 doctor: {text}");
        }
    }

    /// A use of the invalid `handle`, which should have been of `kind`; `validity` is
    /// what the handle table knows of it.
    pub fn invalid_use(&self, handle: u32, kind: Kind, validity: Validity) {
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
            reason.text()
        ));
        lock(&self.report).invalid_handle_uses.push(InvalidUse {
            function: function.to_owned(),
            handle,
            reason,
        });
    }

    /// A call handle still held when its application shut down or the process exited.
    pub fn leak(&self, leak: Leak, at: &str) {
        self.finding(format_args!(
            "{at}: call handle {:#010x} (call {}, line {}, {}, application \"{}\") was never \
             deallocated",
            leak.hcall, leak.call_id, leak.device, leak.state, leak.app
        ));
        lock(&self.report).leaked_call_handles.push(leak);
    }

    /// `lineClose` or `lineShutdown` closed `hline` while its application owned `active`
    /// calls on it that were not IDLE.
    pub fn closed_with_active_calls(&self, hline: u32, active: &[(u32, &'static str)]) {
        let calls: Vec<String> = active
            .iter()
            .map(|(h, state)| format!("{h:#010x} ({state})"))
            .collect();
        self.finding(format_args!(
            "{}: line {hline:#010x} closed while its application still owns active call(s) {}",
            CURRENT.get(),
            calls.join(", ")
        ));
        lock(&self.report).lines_closed_with_active_calls += 1;
    }

    /// A call reached the program for the first time.
    pub fn call_seen(&self) {
        lock(&self.report).calls += 1;
    }

    /// What has been found so far.
    pub fn report(&self) -> Report {
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

extern "C" fn at_exit() {
    let _ = std::panic::catch_unwind(|| {
        if let Some(d) = doctor() {
            crate::runtime().report_leaks_at_exit();
            d.write_report();
        }
    });
}

/// An exported call in progress, with the doctor on ([`enter`]).
pub struct Call {
    doctor: &'static Doctor,
    name: &'static str,
    outer: &'static str,
}

/// Starts the exported call `name`: `None`, at the cost of one check, when diagnostics
/// are off.
#[inline]
pub fn enter(name: &'static str) -> Option<Call> {
    let doctor = doctor()?;
    let outer = CURRENT.replace(name);
    Some(Call {
        doctor,
        name,
        outer,
    })
}

impl Call {
    /// Whether calls are traced (then end it with [`Call::leave_traced`]).
    #[inline]
    pub fn traced(&self) -> bool {
        self.doctor.trace.is_some()
    }

    /// Ends the call.
    #[inline]
    pub fn leave(self) {
        CURRENT.set(self.outer);
    }

    /// Ends the call that returned `result`, tracing it with `args` (name, value).
    pub fn leave_traced(self, result: i32, args: &[(&str, String)]) {
        CURRENT.set(self.outer);
        let Some(trace) = &self.doctor.trace else {
            return;
        };
        let args: Vec<String> = args.iter().map(|(n, v)| format!("{n}={v}")).collect();
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
    match names::lineerr_name(r as u32) {
        Some(name) => format!("{name} ({:#010x})", r as u32),
        None => format!("{:#010x}", r as u32),
    }
}

/// How an argument appears in the trace.
pub trait TraceArg {
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

/// The name of a `LINECALLSTATE_*` value.
pub fn state_name(state: u32) -> &'static str {
    use crate::ffi::constants::*;
    match state {
        LINECALLSTATE_IDLE => "IDLE",
        LINECALLSTATE_OFFERING => "OFFERING",
        LINECALLSTATE_ACCEPTED => "ACCEPTED",
        LINECALLSTATE_DIALTONE => "DIALTONE",
        LINECALLSTATE_DIALING => "DIALING",
        LINECALLSTATE_RINGBACK => "RINGBACK",
        LINECALLSTATE_BUSY => "BUSY",
        LINECALLSTATE_SPECIALINFO => "SPECIALINFO",
        LINECALLSTATE_CONNECTED => "CONNECTED",
        LINECALLSTATE_PROCEEDING => "PROCEEDING",
        LINECALLSTATE_ONHOLD => "ONHOLD",
        LINECALLSTATE_CONFERENCED => "CONFERENCED",
        LINECALLSTATE_ONHOLDPENDCONF => "ONHOLDPENDCONF",
        LINECALLSTATE_ONHOLDPENDTRANSFER => "ONHOLDPENDTRANSFER",
        LINECALLSTATE_DISCONNECTED => "DISCONNECTED",
        _ => "UNKNOWN",
    }
}
