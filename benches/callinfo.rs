//! Benchmarks of the `lineGetCallInfo` path, each figure measured in this one run beside
//! its reference (issue 6; the table and the targets are in BENCHMARKS.md):
//!
//! a. `lineGetCallInfo` on live calls, 1 thread, with 10^3 and 10^6 calls in the
//!    process, as ns/op and as a ratio to the floor: copying the same bytes (fixed part
//!    plus strings) out of a plain array indexed by slot.
//! b. 2 threads, on distinct calls and on one shared call: throughput relative to 1.
//! c. the same workloads against a naive baseline: the same bytes behind one global
//!    `Mutex<HashMap>`.
//! d. `lineClose` of a line holding 100 calls while 10^3 and 10^6 calls exist elsewhere.
//! e. call churn: lineMakeCall, lineDrop, lineDeallocateCall (and reading their
//!    messages) per second.
//! f. resident memory per live call, over 10^5 calls.
//! g. the C benchmark (`c-bench/callinfo_bench.c`), through the exported C ABI.
//! h. `lineGetCallInfo` with the handle doctor off and on (separate processes).
//!
//! Every figure is the median of several runs. Run with `cargo bench --bench callinfo`.
//! `TAPI32_BENCH_QUICK=1` shrinks the work (for a smoke test, not for figures);
//! `TAPI32_BENCH_PROFILE=calls` (or `shared`) only loops on the reads, for `perf record`.

use std::collections::HashMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Barrier, Mutex};
use std::time::{Duration, Instant};

use tapi32::testing::*;

const BUF: usize = 1024;

struct Config {
    runs: usize,
    ops: usize,
    big: usize,
    mem_calls: usize,
}

fn config() -> Config {
    if std::env::var("TAPI32_BENCH_QUICK").is_ok_and(|v| v == "1") {
        Config {
            runs: 3,
            ops: 100_000,
            big: 20_000,
            mem_calls: 10_000,
        }
    } else {
        Config {
            runs: 7,
            ops: 2_000_000,
            big: 1_000_000,
            mem_calls: 100_000,
        }
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

// ---- setting up calls through the C ABI ------------------------------------------

fn init_app(name: &std::ffi::CStr) -> HLINEAPP {
    init_event_app(name).0
}

fn open(app: HLINEAPP, device: u32) -> HLINE {
    let mut line: HLINE = 0;
    // SAFETY: valid pointer to a live local; NULL call params are allowed.
    let r = unsafe {
        lineOpen(
            app,
            device,
            &mut line,
            0x0003_0001,
            0,
            0,
            LINECALLPRIVILEGE_OWNER,
            LINEMEDIAMODE_INTERACTIVEVOICE,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(r, 0, "lineOpen");
    line
}

/// Reads every queued message; returns the handles announced by `LINE_APPNEWCALL`.
fn drain(app: HLINEAPP, calls: &mut Vec<HCALL>) {
    let mut m = LINEMESSAGE::default();
    // SAFETY: valid pointer to a live local.
    while unsafe { lineGetMessage(app, &mut m, 0) } == 0 {
        if m.dwMessageID == LINE_APPNEWCALL as u32 {
            calls.push(m.dwParam2 as HCALL);
        }
    }
}

/// Offers `n` calls on `device` (caller ID and name set); returns `app`'s handles.
fn offer_calls(app: HLINEAPP, device: u32, n: usize) -> Vec<HCALL> {
    let mut calls = Vec::with_capacity(n);
    let mut id = 0u32;
    for i in 0..n {
        // SAFETY: NUL-terminated strings and a valid out pointer.
        let r = unsafe {
            tapisimOfferCall(
                device,
                0,
                c"5551234".as_ptr(),
                c"A. Caller".as_ptr(),
                0,
                &mut id,
            )
        };
        assert_eq!(r, 0, "tapisimOfferCall");
        if i % 1024 == 1023 {
            drain(app, &mut calls);
        }
    }
    drain(app, &mut calls);
    assert_eq!(calls.len(), n);
    calls
}

fn new_buf() -> Vec<u8> {
    let mut b = vec![0u8; BUF];
    b[..4].copy_from_slice(&(BUF as u32).to_ne_bytes());
    b
}

/// A fixed pseudo-random visiting order of `n` items.
fn order(n: usize, seed: u64) -> Vec<u32> {
    let mut v: Vec<u32> = (0..n as u32).collect();
    let mut x = seed | 1;
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
    v
}

// ---- the three ways of reading call information ----------------------------------

/// The floor: each call's bytes (fixed part plus strings) in a plain array by slot.
struct Floor {
    stride: usize,
    lens: Vec<usize>,
    bytes: Vec<u8>,
}

/// The naive baseline: the same bytes behind one global `Mutex<HashMap>`.
struct Baseline {
    map: Mutex<HashMap<HCALL, Vec<u8>>>,
}

fn call_info(h: HCALL, buf: &mut [u8]) -> i32 {
    // SAFETY: `buf` is BUF bytes long and its dwTotalSize says so.
    unsafe { lineGetCallInfo(h, buf.as_mut_ptr().cast()) }
}

/// What `lineGetCallInfo` returns for each call (dwUsedSize bytes).
fn images(calls: &[HCALL]) -> Vec<Vec<u8>> {
    let mut buf = new_buf();
    calls
        .iter()
        .map(|&h| {
            assert_eq!(call_info(h, &mut buf), 0);
            let used = u32::from_ne_bytes(buf[8..12].try_into().unwrap()) as usize;
            buf[..used].to_vec()
        })
        .collect()
}

impl Floor {
    fn new(images: &[Vec<u8>]) -> Self {
        let stride = images.iter().map(Vec::len).max().unwrap_or(0);
        let mut bytes = vec![0u8; stride * images.len()];
        for (i, im) in images.iter().enumerate() {
            bytes[i * stride..i * stride + im.len()].copy_from_slice(im);
        }
        Floor {
            stride,
            lens: images.iter().map(Vec::len).collect(),
            bytes,
        }
    }

    #[inline]
    fn read(&self, slot: usize, buf: &mut [u8]) {
        let len = self.lens[slot];
        let at = slot * self.stride;
        buf[..len].copy_from_slice(&self.bytes[at..at + len]);
    }
}

impl Baseline {
    fn new(calls: &[HCALL], images: &[Vec<u8>]) -> Self {
        let map = calls.iter().copied().zip(images.iter().cloned()).collect();
        Baseline {
            map: Mutex::new(map),
        }
    }

    #[inline]
    fn read(&self, h: HCALL, buf: &mut [u8]) -> i32 {
        let map = self.map.lock().unwrap();
        match map.get(&h) {
            Some(b) => {
                buf[..b.len()].copy_from_slice(b);
                0
            }
            None => LINEERR_INVALCALLHANDLE as i32,
        }
    }
}

#[derive(Clone, Copy)]
enum Way<'a> {
    Ours,
    Floor(&'a Floor),
    Baseline(&'a Baseline),
}

/// Seconds for `threads` threads to do `ops` reads each. Thread t reads
/// `calls[order[(t * stride + i) % len]]`; with `shared`, every read is of `calls[0]`.
fn run(
    way: Way<'_>,
    calls: &[HCALL],
    order: &[u32],
    threads: usize,
    ops: usize,
    shared: bool,
) -> f64 {
    let barrier = Barrier::new(threads + 1);
    let stride = order.len() / threads.max(1);
    std::thread::scope(|s| {
        for t in 0..threads {
            let barrier = &barrier;
            s.spawn(move || {
                let mut buf = new_buf();
                let mut failures = 0u32;
                barrier.wait();
                for i in 0..ops {
                    let slot = if shared {
                        0
                    } else {
                        order[(t * stride + i) % order.len()] as usize
                    };
                    let r = match way {
                        Way::Ours => call_info(calls[slot], &mut buf),
                        Way::Floor(f) => {
                            f.read(slot, &mut buf);
                            0
                        }
                        Way::Baseline(b) => b.read(calls[slot], &mut buf),
                    };
                    failures += u32::from(r != 0);
                    black_box(&mut buf);
                }
                barrier.wait();
                assert_eq!(failures, 0, "reads failed");
            });
        }
        barrier.wait();
        let start = Instant::now();
        barrier.wait();
        start.elapsed().as_secs_f64()
    })
}

/// One workload: a way of reading, on how many threads, on one shared call or not.
#[derive(Clone, Copy)]
struct Load<'a> {
    way: Way<'a>,
    threads: usize,
    shared: bool,
}

/// Throughputs (operations per second, all threads) of every load in every round. Each
/// round runs each load once, in turn, so a drift of the machine's speed during the run
/// (a virtual machine's neighbours) moves all loads of a round alike, and ratios are
/// taken within a round.
struct Rounds(Vec<Vec<f64>>);

impl Rounds {
    fn measure(cfg: &Config, calls: &[HCALL], order: &[u32], loads: &[Load<'_>]) -> Self {
        Rounds(
            (0..cfg.runs)
                .map(|_| {
                    loads
                        .iter()
                        .map(|l| {
                            let secs = run(l.way, calls, order, l.threads, cfg.ops, l.shared);
                            (l.threads * cfg.ops) as f64 / secs
                        })
                        .collect()
                })
                .collect(),
        )
    }

    /// Median throughput of load `i`.
    fn tp(&self, i: usize) -> f64 {
        median(self.0.iter().map(|r| r[i]).collect())
    }

    /// Median over rounds of throughput `i` / throughput `j`.
    fn ratio(&self, i: usize, j: usize) -> f64 {
        median(self.0.iter().map(|r| r[i] / r[j]).collect())
    }
}

// ---- lineClose, churn, memory -----------------------------------------------------

/// Median time of `lineClose` on a line of `closer` holding 100 calls on `device`.
fn close_cost(closer: HLINEAPP, device: u32, reps: usize) -> Duration {
    let mut times = Vec::new();
    for _ in 0..reps {
        let line = open(closer, device);
        let calls = offer_calls(closer, device, 100);
        assert_eq!(calls.len(), 100);
        let start = Instant::now();
        let r = lineClose(line);
        times.push(start.elapsed().as_secs_f64());
        assert_eq!(r, 0);
        let mut buf = new_buf();
        assert_eq!(
            call_info(calls[0], &mut buf),
            LINEERR_INVALCALLHANDLE as i32
        );
        drain(closer, &mut Vec::new());
    }
    Duration::from_secs_f64(median(times))
}

/// Calls per second through lineMakeCall, lineDrop, lineDeallocateCall (and reading the
/// messages they produce), for about `secs` seconds, median of runs.
fn churn(cfg: &Config, app: HLINEAPP, line: HLINE, secs: f64) -> f64 {
    let mut rates = Vec::new();
    for _ in 0..cfg.runs.min(5) {
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed().as_secs_f64() < secs {
            for _ in 0..256 {
                let mut h: HCALL = 0;
                // SAFETY: valid out pointer and NUL-terminated destination.
                let req = unsafe {
                    lineMakeCall(line, &mut h, c"5550100".as_ptr(), 0, std::ptr::null_mut())
                };
                assert!(req > 0);
                // SAFETY: no user-user information.
                assert!(unsafe { lineDrop(h, std::ptr::null(), 0) } > 0);
                assert_eq!(lineDeallocateCall(h), 0);
                drain(app, &mut Vec::new());
                n += 1;
            }
        }
        rates.push(n as f64 / start.elapsed().as_secs_f64());
    }
    median(rates)
}

fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("/proc/self/statm");
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    // SAFETY: sysconf has no memory-safety preconditions.
    pages * unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64
}

// ---- the C benchmark ---------------------------------------------------------------

fn c_bench() -> Option<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let exe = std::env::current_exe().ok()?;
    let deps = exe.parent()?;
    if !deps.join("libtapi32.so").exists() {
        return None;
    }
    let bin = deps.join("callinfo_bench_c");
    let ok = Command::new("cc")
        .args([
            "-std=c99",
            "-D_POSIX_C_SOURCE=200809L",
            "-O2",
            "-Wall",
            "-Wextra",
            "-Werror",
        ])
        .arg("-I")
        .arg(root.join("include"))
        .arg(root.join("c-bench/callinfo_bench.c"))
        .arg("-o")
        .arg(&bin)
        .arg("-L")
        .arg(deps)
        .arg(format!("-Wl,-rpath,{}", deps.display()))
        .args(["-ltapi32", "-lpthread"])
        .status()
        .ok()?
        .success();
    if !ok {
        return Some("(the C benchmark did not compile)".into());
    }
    // cargo puts target/release first on LD_LIBRARY_PATH, where an older copy of the
    // library may lie: the program must load the one built for this run.
    let out = Command::new(&bin)
        .env("LD_LIBRARY_PATH", deps)
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

// ---- main ------------------------------------------------------------------------

/// h: `lineGetCallInfo` on 10^3 calls with the handle doctor off and on, each in a
/// process of its own (the doctor is set up once per process), alternating.
fn diagnostics_cost(cfg: &Config) -> (f64, f64) {
    let exe = std::env::current_exe().expect("own path");
    let child = |doctor: bool| -> f64 {
        let mut cmd = Command::new(&exe);
        cmd.env("TAPI32_BENCH_CHILD", "callinfo")
            .env_remove("TAPI32_DOCTOR")
            .env_remove("TAPI32_REPORT")
            .env_remove("TAPI32_TRACE");
        if doctor {
            cmd.env("TAPI32_DOCTOR", "1");
        }
        let out = cmd.output().expect("run the benchmark child");
        let text = String::from_utf8_lossy(&out.stdout);
        text.trim().parse().unwrap_or_else(|_| {
            panic!(
                "child said {text:?} {}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
    };
    let (mut off, mut on) = (Vec::new(), Vec::new());
    for _ in 0..cfg.runs.min(5) {
        off.push(child(false));
        on.push(child(true));
    }
    (median(off), median(on))
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list` and test discovery
    }
    let cfg = config();
    if std::env::var("TAPI32_BENCH_CHILD").is_ok_and(|v| v == "callinfo") {
        // Child of diagnostics_cost: ns/op of the 10^3-call read loop, on stdout.
        let app = init_app(c"bench-child");
        let _line = open(app, 0);
        let calls = offer_calls(app, 0, 1000);
        images(&calls);
        let ord = order(calls.len(), 0x9E37_79B9_7F4A_7C15);
        let one = Load {
            way: Way::Ours,
            threads: 1,
            shared: false,
        };
        let r = Rounds::measure(&cfg, &calls, &ord, &[one]);
        println!("{:.2}", 1e9 / r.tp(0));
        return;
    }
    println!(
        "tapi32 benchmarks: {} runs each, {} reads per run and thread, median figures",
        cfg.runs, cfg.ops
    );

    let app = init_app(c"bench");
    let closer = init_app(c"bench-close");
    let _line0 = open(app, 0);
    let mut calls = offer_calls(app, 0, 1000);

    if let Ok(what) = std::env::var("TAPI32_BENCH_PROFILE") {
        // For `perf record`: only the 10^3-call single-thread read loop ("calls") or the
        // one-call loop ("shared"), for a while.
        let ord = order(calls.len(), 1);
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(3) {
            run(Way::Ours, &calls, &ord, 1, cfg.ops, what == "shared");
        }
        return;
    }

    let report = |label: &str, calls: &[HCALL]| {
        let imgs = images(calls);
        let floor = Floor::new(&imgs);
        let ord = order(calls.len(), 0x9E37_79B9_7F4A_7C15);
        let one = |way| Load {
            way,
            threads: 1,
            shared: false,
        };
        let r = Rounds::measure(
            &cfg,
            calls,
            &ord,
            &[one(Way::Ours), one(Way::Floor(&floor))],
        );
        println!(
            "a. lineGetCallInfo, 1 thread, {label} calls: {:.1} ns/op; floor {:.1} ns/op; \
             ratio {:.2}x (target <= 1.5x at 10^3, <= 2x at 10^6)",
            1e9 / r.tp(0),
            1e9 / r.tp(1),
            r.ratio(1, 0)
        );
        (imgs, ord)
    };

    // a, b, c with 10^3 calls.
    let (imgs, ord) = report("10^3", &calls);
    let floor = Floor::new(&imgs);
    let base = Baseline::new(&calls, &imgs);
    let load = |way, threads, shared| Load {
        way,
        threads,
        shared,
    };
    let (ours, fl, bl) = (Way::Ours, Way::Floor(&floor), Way::Baseline(&base));
    let r = Rounds::measure(
        &cfg,
        &calls,
        &ord,
        &[
            load(ours, 1, false), // 0
            load(ours, 2, false), // 1
            load(ours, 1, true),  // 2
            load(ours, 2, true),  // 3
            load(fl, 1, false),   // 4
            load(fl, 2, false),   // 5
            load(bl, 1, false),   // 6
            load(bl, 2, false),   // 7
            load(bl, 2, true),    // 8
        ],
    );
    let mops = |i| r.tp(i) / 1e6;
    println!(
        "b. 2 threads vs 1, distinct calls: {:.2}x ({:.2} -> {:.2} Mops/s, target >= 1.9x)",
        r.ratio(1, 0),
        mops(0),
        mops(1)
    );
    println!(
        "b. 2 threads vs 1, one shared call: {:.2}x ({:.2} -> {:.2} Mops/s, target >= 1.9x)",
        r.ratio(3, 2),
        mops(2),
        mops(3)
    );
    println!(
        "b. (reference) the floor, 2 threads vs 1: {:.2}x ({:.2} -> {:.2} Mops/s)",
        r.ratio(5, 4),
        mops(4),
        mops(5)
    );
    println!(
        "c. Mutex<HashMap> baseline: 1 thread {:.2} Mops/s (ours {:.2}x); 2 threads distinct \
         {:.2} Mops/s (ours {:.2}x, target >= 3x); 2 threads shared {:.2} Mops/s (ours {:.2}x)",
        mops(6),
        r.ratio(0, 6),
        mops(7),
        r.ratio(1, 7),
        mops(8),
        r.ratio(3, 8)
    );
    drop(base);

    // d with 10^3, e.
    let close_small = close_cost(closer, 1, 31);
    println!(
        "d. lineClose of a line holding 100 calls, 10^3 calls elsewhere: {:.1} us",
        close_small.as_secs_f64() * 1e6
    );
    let churn_line = open(closer, 1);
    let rate = churn(&cfg, closer, churn_line, 1.0);
    println!("e. call churn (make, drop, deallocate, read messages): {rate:.0} calls/s");
    assert_eq!(lineClose(churn_line), 0);

    // g now, while this process is small: with 10^6 calls its gigabyte slows the child.
    if let Some(out) = c_bench() {
        print!("g. C benchmark through the exported ABI (1000 calls):\n{out}");
    }

    // h: the handle doctor's cost on the hot path.
    let (off, on) = diagnostics_cost(&cfg);
    // The check an exported call makes when the doctor is off, alone (this process has
    // no doctor): what "off" adds to every call.
    let n = 100_000_000u32;
    let timed = |f: &dyn Fn() -> bool| {
        let start = Instant::now();
        for _ in 0..n {
            black_box(f());
        }
        start.elapsed().as_secs_f64() * 1e9 / f64::from(n)
    };
    // Less the same loop without the check.
    let check =
        timed(&|| doctor_enter_leave(black_box("lineGetCallInfoA"))) - timed(&|| black_box(false));
    println!(
        "h. lineGetCallInfo, 10^3 calls, handle doctor off: {off:.1} ns/op; on \
         (TAPI32_DOCTOR=1): {on:.1} ns/op ({:+.1}%); the off check alone: {check:.2} ns \
         per call ({:.1}% of an off call)",
        (on / off - 1.0) * 100.0,
        check / off * 100.0
    );

    // f: resident memory per live call.
    let before = rss_bytes();
    let more = offer_calls(app, 0, cfg.mem_calls - calls.len());
    let after = rss_bytes();
    println!(
        "f. resident memory per live call: {:.0} bytes ({} calls added, RSS {:.1} -> {:.1} MiB, \
         target <= 1024)",
        (after - before) as f64 / more.len() as f64,
        more.len(),
        before as f64 / 1048576.0,
        after as f64 / 1048576.0
    );
    // The same calls once read: each handle then keeps its LINECALLINFO image.
    let mut buf = new_buf();
    for &h in &more {
        assert_eq!(call_info(h, &mut buf), 0);
    }
    let read = rss_bytes();
    println!(
        "f. the same, after one lineGetCallInfo on each: {:.0} bytes per call (target <= 1024)",
        (read - before) as f64 / more.len() as f64
    );
    calls.extend(more);

    // a and d with 10^6 calls.
    let grow = cfg.big - calls.len();
    calls.extend(offer_calls(app, 0, grow));
    report(&format!("{}", cfg.big), &calls);
    let close_big = close_cost(closer, 1, 31);
    println!(
        "d. lineClose of a line holding 100 calls, {} calls elsewhere: {:.1} us ({:.2}x the 10^3 \
         case, target <= 1.5x)",
        cfg.big,
        close_big.as_secs_f64() * 1e6,
        close_big.as_secs_f64() / close_small.as_secs_f64()
    );
    assert_eq!(lineShutdown(app), 0);
    assert_eq!(lineShutdown(closer), 0);
}
