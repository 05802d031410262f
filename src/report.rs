//! The handle doctor's report: what it writes as JSON (`TAPI32_REPORT`) and what
//! `tapi-run` reads back, and the environment variables that switch it on.

use serde::{Deserialize, Serialize};

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
    /// Times a function that invalidated handles gave up waiting for a dispatcher-mode
    /// callback in progress (`TAPI32_CALLBACK_THREAD`): likely lock cycles.
    /// (Not written when 0.)
    #[serde(default, skip_serializing_if = "is_zero")]
    pub callback_waits_expired: u64,
    /// The exported function in which a panic inside the library, with its control lock
    /// held, failed the library: every later call answered `LINEERR_OPERATIONFAILED`.
    /// (Not written when the library did not fail.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub library_failed_in: Option<String>,
    /// Exported calls refused (`LINEERR_OPERATIONFAILED`) because the library had
    /// failed. (Not written when 0.)
    #[serde(default, skip_serializing_if = "is_zero")]
    pub calls_refused_after_failure: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}
