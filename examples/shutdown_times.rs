//! How long `lineShutdown` and `lineClose` take with many opens (RELIABILITY.md
//! "Shutdown times"): one application opens line 0 `N` times, or every line device once
//! (`TAPI32_SIM_LINES`), then closes them all with one `lineShutdown`, or one by one with
//! `lineClose`.
//!
//! ```sh
//! cargo run --release --example shutdown_times -- opens 4000
//! TAPI32_SIM_LINES=80000 cargo run --release --example shutdown_times -- lines
//! ```
//!
//! Add `close` to close the lines one by one before the shutdown.

use std::time::Instant;

use tapi32::testing::*;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map(String::as_str).unwrap_or("opens");
    let n: u32 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(4000);
    let one_by_one = args.iter().any(|a| a == "close");

    let (app, devices) = init_event_app(c"shutdown-times");
    let (ver, null): (u32, *mut LINECALLPARAMS) = (0x0002_0002, std::ptr::null_mut());
    let opens = if mode == "lines" { devices } else { n };
    let start = Instant::now();
    let mut lines = Vec::with_capacity(opens as usize);
    for i in 0..opens {
        let device = if mode == "lines" { i } else { 0 };
        let mut line: HLINE = 0;
        let (monitor, voice) = (LINECALLPRIVILEGE_MONITOR, LINEMEDIAMODE_INTERACTIVEVOICE);
        // SAFETY: valid pointers to live locals.
        let r = unsafe { lineOpen(app, device, &mut line, ver, 0, 0, monitor, voice, null) };
        assert_eq!(r, 0, "lineOpen {i}");
        lines.push(line);
    }
    let opened = start.elapsed();
    let start = Instant::now();
    if one_by_one {
        for &line in &lines {
            assert_eq!(lineClose(line), 0);
        }
    }
    let closed = start.elapsed();
    let start = Instant::now();
    assert_eq!(lineShutdown(app), 0);
    let shut = start.elapsed();
    println!(
        "{opens} opens ({mode}): open {:.3} s, lineClose each {:.3} s, lineShutdown {:.3} s",
        opened.as_secs_f64(),
        closed.as_secs_f64(),
        shut.as_secs_f64()
    );
}
