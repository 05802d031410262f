//! Memory: everything kept for a call goes with its last handle (R3), and 1,000,000
//! lineMakeCall / lineDrop / lineDeallocateCall cycles (reading every message) leave the
//! resident memory of the process flat. `TAPI32_MEMORY_CYCLES` changes the count.
//!
//! Its own test binary, so nothing else runs in the process while it measures.

use std::io::Write;

use tapi32::testing::*;

fn rss_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    // SAFETY: sysconf has no memory-safety preconditions.
    pages * unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64 / 1024
}

fn drain(app: HLINEAPP) -> usize {
    let mut m = LINEMESSAGE::default();
    let mut n = 0;
    // SAFETY: valid out pointer.
    while unsafe { lineGetMessage(app, &mut m, 0) } == 0 {
        n += 1;
    }
    n
}

#[test]
fn a_million_call_cycles_leave_memory_flat() {
    let cycles: usize = std::env::var("TAPI32_MEMORY_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let (mut app, mut n, mut ver) = (0u32, 0u32, 0x0002_0002u32);
    // SAFETY: all-zero is a valid LINEINITIALIZEEXPARAMS.
    let mut p: LINEINITIALIZEEXPARAMS = unsafe { std::mem::zeroed() };
    p.dwTotalSize = size_of::<LINEINITIALIZEEXPARAMS>() as u32;
    p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
    let mut line: HLINE = 0;
    // SAFETY: valid pointers to live locals.
    unsafe {
        assert_eq!(
            lineInitializeExA(
                &mut app,
                std::ptr::null_mut(),
                None,
                c"memory".as_ptr(),
                &mut n,
                &mut ver,
                &mut p
            ),
            0
        );
        assert_eq!(
            lineOpen(
                app,
                0,
                &mut line,
                0x0002_0002,
                0,
                0,
                LINECALLPRIVILEGE_OWNER,
                LINEMEDIAMODE_INTERACTIVEVOICE,
                std::ptr::null_mut()
            ),
            0
        );
    }
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
        messages += drain(app);
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
