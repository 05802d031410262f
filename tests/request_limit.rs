//! A line keeps at most `REQUEST_LIMIT` (4,096) requests whose `LINE_REPLY` the
//! application has not taken; a further request is refused with
//! `LINEERR_RESOURCEUNAVAIL`, changing nothing, and the doctor counts it.
//!
//! Its own test binary: the queue limit (raised here so that replies wait in the queue
//! rather than being discarded) and the doctor are read once per process.

use tapi32::testing::*;

#[path = "support/tapi.rs"]
mod tapi;
use tapi::{app_with_line, drain};

const REQUEST_LIMIT: usize = 4096;

fn make_call(line: HLINE, h: &mut HCALL) -> i32 {
    // SAFETY: valid out pointer and NUL-terminated destination.
    unsafe { lineMakeCall(line, h, c"5550100".as_ptr(), 0, std::ptr::null_mut()) }
}

#[test]
fn requests_beyond_the_limit_are_refused_until_replies_are_taken() {
    let report = std::env::temp_dir().join(format!("tapi32-requests-{}.json", std::process::id()));
    std::env::set_var("TAPI32_REPORT", report);
    std::env::set_var("TAPI32_QUEUE_LIMIT", "1000000");
    let (app, line) = app_with_line(c"requests");
    let mut calls = Vec::new();
    for _ in 0..REQUEST_LIMIT {
        let mut h: HCALL = 0;
        assert!(make_call(line, &mut h) > 0);
        calls.push(h);
    }
    let before = counts();
    // The next request, of any kind, is refused and changes nothing.
    let mut h: HCALL = 0xdead;
    assert_eq!(make_call(line, &mut h), LINEERR_RESOURCEUNAVAIL as i32);
    assert_eq!(h, 0xdead, "lphCall written");
    // SAFETY: no user-user info.
    let dropped = unsafe { lineDrop(calls[0], std::ptr::null(), 0) };
    assert_eq!(dropped, LINEERR_RESOURCEUNAVAIL as i32);
    assert_eq!(counts(), before, "a refused request changed the core");
    let mut status = vec![0u8; 1024];
    status[..4].copy_from_slice(&1024u32.to_ne_bytes());
    // SAFETY: the buffer is as large as its dwTotalSize says.
    assert_eq!(
        unsafe { lineGetCallStatus(calls[0], status.as_mut_ptr().cast()) },
        0
    );
    let state = u32::from_ne_bytes(status[12..16].try_into().unwrap());
    assert_eq!(
        state, LINECALLSTATE_CONNECTED,
        "the refused lineDrop dropped the call"
    );
    let r = doctor_report().unwrap();
    assert_eq!(r.requests_refused, 2);
    // Taking the replies makes room again; the messages are the calls' (no refused
    // request left a trace).
    let msgs = drain(app);
    let replies = msgs
        .iter()
        .filter(|m| m.dwMessageID == LINE_REPLY as u32)
        .count();
    assert_eq!(replies, REQUEST_LIMIT);
    assert!(make_call(line, &mut h) > 0);
    calls.push(h);
    for h in calls {
        assert_eq!(lineDeallocateCall(h), 0);
    }
    assert_eq!(lineShutdown(app), 0);
}
