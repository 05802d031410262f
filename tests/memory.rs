//! Memory: everything kept for a call goes with its last handle (R3), and 1,000,000
//! lineMakeCall / lineDrop / lineDeallocateCall cycles (reading every message) leave the
//! resident memory of the process flat. `TAPI32_MEMORY_CYCLES` changes the count.
//!
//! Its own test binary, so nothing else runs in the process while it measures.

use std::io::Write;

use tapi32::testing::*;

#[path = "support/tapi.rs"]
mod tapi;
use tapi::{app_with_line, drain, rss_kib};

/// How many messages were waiting.
fn drain_count(app: HLINEAPP) -> usize {
    drain(app).len()
}

#[test]
fn a_million_call_cycles_leave_memory_flat() {
    let cycles: usize = std::env::var("TAPI32_MEMORY_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let (app, line) = app_with_line(c"memory");
    let mut buf = vec![0u8; 1024];
    buf[..4].copy_from_slice(&1024u32.to_ne_bytes());
    let warmup = (cycles / 10).max(1);
    let mut samples = Vec::new();
    let mut messages = 0;
    for i in 0..cycles {
        let mut h: HCALL = 0;
        // SAFETY: valid out pointer and NUL-terminated destination; no user-user info.
        unsafe {
            assert!(lineMakeCall(line, &mut h, c"5550100".as_ptr(), 0, std::ptr::null_mut()) > 0);
            assert_eq!(lineGetCallInfo(h, buf.as_mut_ptr().cast()), 0);
            assert!(lineDrop(h, std::ptr::null(), 0) > 0);
        }
        assert_eq!(lineDeallocateCall(h), 0);
        messages += drain_count(app);
        if i + 1 == warmup || (i + 1) % warmup == 0 {
            samples.push((i + 1, rss_kib()));
        }
    }
    // Nothing is kept for the calls once their last handle is gone.
    let kept = counts();
    assert_eq!((kept.calls, kept.requests), (0, 0), "{kept:?}");
    let (_, base) = samples[0];
    let (_, last) = *samples.last().unwrap();
    let peak = samples.iter().map(|&(_, r)| r).max().unwrap();
    let _ = writeln!(
        std::io::stderr().lock(),
        "memory: {cycles} make/drop/deallocate cycles ({messages} messages read); RSS after \
         {warmup} cycles {base} KiB, peak {peak} KiB, at the end {last} KiB"
    );
    assert!(
        peak <= base + 2048,
        "resident memory grew from {base} KiB to {peak} KiB: {samples:?}"
    );
    assert_eq!(lineShutdown(app), 0);
    assert_eq!(counts(), Counts::default());
}
