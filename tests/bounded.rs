//! Bounded memory with the handle doctor on: invalid uses are aggregated by (function,
//! handle, reason) into at most `INVALID_USE_LIMIT` entries, the history of retired
//! handles keeps `RETIRED_HISTORY_LIMIT`, and an application's message queue holds at
//! most `TAPI32_QUEUE_LIMIT` messages (64 here); the report says what was dropped.
//!
//! Its own test binary: the doctor and the queue limit are read once per process.

mod support;
#[path = "support/tapi.rs"]
mod tapi;

use std::sync::Once;

use tapi::{app_with_line, call_cycle, drain, rss_kib};
use tapi32::report::{InvalidUse, Reason, Report, INVALID_USE_LIMIT, RETIRED_HISTORY_LIMIT};
use tapi32::testing::*;

const QUEUE_LIMIT: usize = 64;

/// The steps share the process's doctor, so they run in this order, as one test: the
/// one that fills the list of distinct invalid uses last.
#[test]
fn bounded_doctor_and_queues() {
    setup();
    two_million_uses_of_a_stale_handle_are_one_entry();
    the_history_of_retired_handles_is_bounded();
    a_full_queue_discards_new_messages_and_says_so();
    distinct_invalid_uses_beyond_the_limit_are_counted_not_listed();
}

fn setup() {
    static ENV: Once = Once::new();
    ENV.call_once(|| {
        let report =
            std::env::temp_dir().join(format!("tapi32-bounded-{}.json", std::process::id()));
        std::env::set_var("TAPI32_REPORT", report);
        std::env::set_var("TAPI32_QUEUE_LIMIT", QUEUE_LIMIT.to_string());
        std::env::remove_var("TAPI32_DOCTOR");
        std::env::remove_var("TAPI32_TRACE");
    });
}

/// `lineGetCallInfoA` of `h` into a 1 KiB buffer.
fn get_call_info(h: HCALL) -> i32 {
    let mut buf = [0u8; 1024];
    buf[..4].copy_from_slice(&1024u32.to_ne_bytes());
    // SAFETY: `buf` is as large as its dwTotalSize says.
    unsafe { lineGetCallInfoA(h, buf.as_mut_ptr().cast()) }
}

/// Uses the invalid call handle `h` once more; the report and `h`'s entry in it.
fn use_once_more(h: HCALL) -> (Report, InvalidUse) {
    assert_eq!(get_call_info(h), LINEERR_INVALCALLHANDLE as i32);
    let r = tapi32::testing::doctor_report().unwrap();
    let e = r
        .invalid_handle_uses
        .iter()
        .find(|u| u.handle == h)
        .expect("an entry for the handle")
        .clone();
    (r, e)
}

/// An application with line 0 open and a call handle it has deallocated.
fn app_with_a_retired_call(name: &std::ffi::CStr) -> (HLINEAPP, HLINE, HCALL) {
    let (app, line) = app_with_line(name);
    let retired = call_cycle(line);
    drain(app);
    (app, line, retired)
}

fn two_million_uses_of_a_stale_handle_are_one_entry() {
    let (app, _, stale) = app_with_a_retired_call(c"stale");
    let before_uses = tapi32::testing::doctor_report()
        .unwrap()
        .invalid_use_count();
    // Warm up (the first use makes the entry), then measure.
    assert_eq!(get_call_info(stale), LINEERR_INVALCALLHANDLE as i32);
    let before = rss_kib();
    let n = 2_000_000;
    for _ in 0..n - 1 {
        assert_eq!(get_call_info(stale), LINEERR_INVALCALLHANDLE as i32);
    }
    let (r, e) = use_once_more(stale);
    let after = rss_kib();
    support::report(&format!(
        "doctor: {} invalid uses of one stale handle: RSS {before} KiB before, {after} KiB \
         after (+{} KiB)",
        n + 1,
        after.saturating_sub(before)
    ));
    assert!(
        after <= before + 1024,
        "RSS grew from {before} to {after} KiB"
    );
    assert_eq!(r.invalid_use_count(), before_uses + n + 1);
    assert_eq!(
        (e.function.as_str(), e.reason, e.count),
        ("lineGetCallInfoA", Reason::Deallocated, n + 1)
    );
    assert_eq!(e.last - e.first, n);
    // The JSON report lists it once, with its count.
    let json = serde_json::to_value(&r).unwrap();
    let listed: Vec<_> = json["invalid_handle_uses"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["handle"] == stale)
        .collect();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["count"], n + 1);
    assert_eq!(lineShutdown(app), 0);
}

fn distinct_invalid_uses_beyond_the_limit_are_counted_not_listed() {
    let (app, _line) = app_with_line(c"garbage");
    let start = tapi32::testing::doctor_report().unwrap();
    let room = INVALID_USE_LIMIT - start.invalid_handle_uses.len();
    // Garbage handles no table slot has held: each is a new (function, handle, reason).
    let extra = 500;
    for i in 0..(room + extra) as u32 {
        assert_eq!(
            get_call_info(0x7ff0_0000 + i),
            LINEERR_INVALCALLHANDLE as i32
        );
    }
    let r = tapi32::testing::doctor_report().unwrap();
    assert_eq!(r.invalid_handle_uses.len(), INVALID_USE_LIMIT);
    assert_eq!(
        r.invalid_uses_dropped,
        start.invalid_uses_dropped + extra as u64
    );
    assert_eq!(
        r.invalid_use_count(),
        start.invalid_use_count() + (room + extra) as u64
    );
    // A use of a listed entry still counts there.
    let (r, e) = use_once_more(0x7ff0_0000);
    assert_eq!((e.count, e.reason), (2, Reason::NeverIssued));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["invalid_uses_dropped"], r.invalid_uses_dropped);
    assert_eq!(lineShutdown(app), 0);
}

fn the_history_of_retired_handles_is_bounded() {
    let (app, line, first) = app_with_a_retired_call(c"history");
    let start = tapi32::testing::doctor_report()
        .unwrap()
        .retired_handles_forgotten;
    // Enough retirements to push `first` out of the history.
    let mut retired = 1;
    while retired < RETIRED_HISTORY_LIMIT + 100 {
        call_cycle(line);
        drain(app);
        retired += 1;
    }
    let r = tapi32::testing::doctor_report().unwrap();
    assert!(
        r.retired_handles_forgotten >= start + 100,
        "{} forgotten",
        r.retired_handles_forgotten
    );
    // Forgotten by the history, `first` is still known to be retired (its slot says
    // so, or it is stale): never "never issued".
    let (r, e) = use_once_more(first);
    assert!(
        matches!(e.reason, Reason::Deallocated | Reason::Stale),
        "{e:?}"
    );
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(
        json["retired_handles_forgotten"],
        r.retired_handles_forgotten
    );
    assert_eq!(lineShutdown(app), 0);
}

fn a_full_queue_discards_new_messages_and_says_so() {
    let (app, line) = app_with_line(c"queue");
    let dropped_before = tapi32::testing::doctor_report().unwrap().messages_dropped;
    // Each call cycle queues several messages; none is read.
    let mut requests = Vec::new();
    for _ in 0..QUEUE_LIMIT {
        let mut h: HCALL = 0;
        // SAFETY: valid out pointer and NUL-terminated destination.
        let req =
            unsafe { lineMakeCall(line, &mut h, c"5550100".as_ptr(), 0, std::ptr::null_mut()) };
        assert!(req > 0);
        requests.push((req, h));
    }
    let r = tapi32::testing::doctor_report().unwrap();
    let dropped = r.messages_dropped - dropped_before;
    assert!(dropped > 0, "nothing dropped");
    let got = drain(app);
    assert_eq!(got.len(), QUEUE_LIMIT, "the queue holds its limit");
    // The oldest are kept (as Windows' PostMessage fails on a full queue): the first
    // message is the first call's reply.
    let first_reply = got
        .iter()
        .find(|m| m.dwMessageID == LINE_REPLY as u32)
        .unwrap();
    assert_eq!(first_reply.dwParam1 as i32, requests[0].0);
    // Drained, the queue takes messages again.
    call_cycle(line);
    let again = drain(app);
    assert!(again.iter().any(|m| m.dwMessageID == LINE_REPLY as u32));
    assert_eq!(
        tapi32::testing::doctor_report().unwrap().messages_dropped - dropped_before,
        dropped,
        "nothing more dropped once there was room"
    );
    for (_, h) in requests {
        assert_eq!(lineDeallocateCall(h), 0);
    }
    assert_eq!(lineShutdown(app), 0);
}
