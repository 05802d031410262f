//! Call churn on one thread, for profiling (BENCHMARKS.md "Where churn time goes"):
//! `N` times lineMakeCall, lineDrop, lineDeallocateCall and reading the messages they
//! produce, on line device 1 of the default scenario, the loop of the bench's figure (e).
//!
//! ```sh
//! cargo build --release --example churn
//! valgrind --tool=callgrind target/release/examples/churn 20000
//! ```

use std::time::Instant;

use tapi32::testing::*;

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let (app, _) = init_event_app(c"churn");
    let mut line: HLINE = 0;
    let (ver, owner, voice) = (
        0x0003_0001,
        LINECALLPRIVILEGE_OWNER,
        LINEMEDIAMODE_INTERACTIVEVOICE,
    );
    // SAFETY: valid pointer to a live local; NULL call params are allowed.
    let r = unsafe {
        lineOpen(
            app,
            1,
            &mut line,
            ver,
            0,
            0,
            owner,
            voice,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(r, 0, "lineOpen");
    let mut m = LINEMESSAGE::default();
    let mut messages = 0u64;
    let start = Instant::now();
    for _ in 0..n {
        let mut h: HCALL = 0;
        // SAFETY: valid out pointer and NUL-terminated destination.
        let req =
            unsafe { lineMakeCall(line, &mut h, c"5550100".as_ptr(), 0, std::ptr::null_mut()) };
        assert!(req > 0);
        // SAFETY: no user-user information.
        assert!(unsafe { lineDrop(h, std::ptr::null(), 0) } > 0);
        assert_eq!(lineDeallocateCall(h), 0);
        // SAFETY: valid pointer to a live local.
        while unsafe { lineGetMessage(app, &mut m, 0) } == 0 {
            messages += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{n} calls in {secs:.3} s: {:.0} calls/s, {:.1} messages per call",
        n as f64 / secs,
        messages as f64 / n as f64
    );
    assert_eq!(lineShutdown(app), 0);
}
