//! The handle doctor's report: what it writes as JSON (`TAPI32_REPORT`) and what
//! `tapi-run` reads back, and the environment variables that switch it on.

use serde::{Deserialize, Serialize};

/// Environment variable: print findings to stderr.
pub const DOCTOR_ENV: &str = "TAPI32_DOCTOR";
/// Environment variable: write the JSON report to this file at exit.
pub const REPORT_ENV: &str = "TAPI32_REPORT";
/// Environment variable: trace every call (`1`: stderr; otherwise a file).
pub const TRACE_ENV: &str = "TAPI32_TRACE";
/// Environment variable: write the HTML timeline of the run's handles to this file at
/// exit.
pub const HTML_ENV: &str = "TAPI32_HTML";

/// How many handles the HTML timeline shows (the first issued); it counts the others.
pub const TIMELINE_ROW_LIMIT: usize = 2_000;
/// How many events (call states, markers) the HTML timeline shows; it counts the others.
pub const TIMELINE_EVENT_LIMIT: usize = 20_000;

/// Why a handle was invalid when a program used it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// Invalidated by `lineShutdown` (or `phoneShutdown`) of its application.
    AppShutdown,
    /// Invalidated by `phoneClose`.
    PhoneClosed,
    /// Issued and retired earlier; why is no longer known (the doctor's history of
    /// retired handles keeps only the latest [`RETIRED_HISTORY_LIMIT`], and the handle's
    /// slot has since been reused).
    Stale,
}

/// How many distinct invalid uses (function, handle, reason) the doctor lists; uses of
/// further new ones are counted in [`Report::invalid_uses_dropped`].
pub const INVALID_USE_LIMIT: usize = 1024;

/// How many retired handles the doctor remembers the reason of; older ones are counted
/// in [`Report::retired_handles_forgotten`].
pub const RETIRED_HISTORY_LIMIT: usize = 65_536;

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

/// Uses of an invalid handle: one entry per (function, handle, reason), with how many
/// times and when (among all the run's invalid uses) it happened first and last.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvalidUse {
    /// The exported function.
    pub function: String,
    /// The handle value passed.
    pub handle: u32,
    /// Why it was invalid.
    pub reason: Reason,
    /// How many times (1 in reports written before uses were counted).
    #[serde(default = "one")]
    pub count: u64,
    /// The first use: its place among all the run's invalid uses (1: the run's first).
    #[serde(default)]
    pub first: u64,
    /// The last use, counted the same way.
    #[serde(default)]
    pub last: u64,
}

fn one() -> u64 {
    1
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
    /// Exported TAPI functions the process called: 0 when it loaded the library but made
    /// no TAPI call.
    #[serde(default)]
    pub api_calls: u64,
    /// Times a function that invalidated handles gave up waiting for a dispatcher-mode
    /// callback in progress (`TAPI32_CALLBACK_THREAD`): likely lock cycles.
    /// (Not written when 0.)
    #[serde(default, skip_serializing_if = "is_zero")]
    pub callback_waits_expired: u64,
    /// Invalid uses not listed in `invalid_handle_uses` because it already held
    /// [`INVALID_USE_LIMIT`] distinct entries (not written when 0).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub invalid_uses_dropped: u64,
    /// Retired handles whose reason the doctor no longer remembers (it keeps the latest
    /// [`RETIRED_HISTORY_LIMIT`]); a use of one is reported as [`Reason::Stale`] once its
    /// slot has been reused (not written when 0).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub retired_handles_forgotten: u64,
    /// Messages discarded because an application's queue was full (it held
    /// `TAPI32_QUEUE_LIMIT` messages it had not taken) (not written when 0).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub messages_dropped: u64,
    /// Asynchronous requests refused with `LINEERR_RESOURCEUNAVAIL` because their line
    /// already had the most requests whose `LINE_REPLY` was not yet taken (not written
    /// when 0).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub requests_refused: u64,
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

impl Report {
    /// All the invalid uses the doctor saw, listed or not.
    pub fn invalid_use_count(&self) -> u64 {
        self.invalid_handle_uses
            .iter()
            .map(|u| u.count)
            .sum::<u64>()
            + self.invalid_uses_dropped
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}
