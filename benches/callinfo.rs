//! Benchmarks of the `lineGetCallInfo` path, each figure measured in this one run beside
//! its reference (issue 6; the table and the targets are in BENCHMARKS.md):
//!
//! a. `lineGetCallInfo` on live calls, 1 thread, with 10^3 and 10^6 calls in the
//!    process, as ns/op and as a ratio to the floor: copying the same bytes (fixed part
//!    plus strings) out of a plain array indexed by slot.
//! b. 2 threads, on distinct calls and on one shared call: throughput relative to 1.
//! c. the same workloads through the peers (`callinfo/peers.rs`): the same bytes behind
//!    one global `Mutex<HashMap>`, a `dashmap` and a `sharded-slab`, with 10^3 and 10^6
//!    calls.
//! d. `lineClose` of a line holding 100 calls while 10^3 and 10^6 calls exist elsewhere
//!    (pairs of child processes, one of each, alternately first).
//! e. call churn on one thread: lineMakeCall, lineDrop, lineDeallocateCall (and reading
//!    their messages) per second of wall-clock time and per second of the thread's CPU
//!    time.
//! f. resident memory per live call, over 10^5 calls.
//! g. the C benchmark (`c-bench/callinfo_bench.c`), through the exported C ABI.
//! h. `lineGetCallInfo` with the handle doctor off and on (separate processes).
//! i. `lineShutdown` of an app holding 100 calls while 10^3 and 10^6 calls exist elsewhere
//!    (in the same children as d).
//!
//! Every figure is the median of several runs; at the end a summary table (figure, ours,
//! reference, ratio, target, holds?) of them all (`common/summary.rs`). Run with
//! `cargo bench --bench callinfo`.
//! `TAPI32_BENCH_QUICK=1` shrinks the work (for a smoke test, not for figures);
//! `TAPI32_BENCH_PROFILE=calls` (or `shared`, `floor`, `floor-huge`) only loops on the
//! reads, for `perf record` (see [`profile`]).

use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tapi32::testing::*;

#[path = "callinfo/peers.rs"]
mod peers;
#[path = "common/summary.rs"]
mod summary;

use peers::{Peer, Peers};
use summary::{Summary, Target};

const BUF: usize = 1024;

struct Config {
    runs: usize,
    /// Reads per run and thread with 10^3 calls.
    ops: usize,
    /// The same with `big` calls (each read misses the caches: ten times slower).
    big_ops: usize,
    big: usize,
    mem_calls: usize,
}

/// The work: `TAPI32_BENCH_QUICK=1` a smoke run; `TAPI32_BENCH_ROUNDS` and
/// `TAPI32_BENCH_READS` (per round and thread with 10^3 calls; a tenth of it with 10^6)
/// tune a real one.
fn config() -> Config {
    let quick = std::env::var("TAPI32_BENCH_QUICK").is_ok_and(|v| v == "1");
    let env = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|&n| n > 0)
            .unwrap_or(default)
    };
    let (runs, ops) = if quick { (3, 100_000) } else { (7, 1_000_000) };
    let ops = env("TAPI32_BENCH_READS", ops);
    let (big, mem_calls) = if quick {
        (20_000, 10_000)
    } else {
        (1_000_000, 100_000)
    };
    Config {
        runs: env("TAPI32_BENCH_ROUNDS", runs),
        ops,
        big_ops: (ops / 10).max(1),
        big,
        mem_calls,
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
    bytes: Bytes,
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

/// The floor's array: an ordinary allocation, or one 2 MiB-aligned and given
/// `madvise(MADV_HUGEPAGE)` before its first touch, so that (transparent huge pages in
/// `madvise` mode or `always`) the kernel backs it with 2 MiB pages.
struct Bytes {
    ptr: *mut u8,
    layout: std::alloc::Layout,
}

// SAFETY: `Bytes` owns its allocation (written once, before it is shared).
unsafe impl Send for Bytes {}
// SAFETY: as above; readers only read.
unsafe impl Sync for Bytes {}

const HUGE_PAGE: usize = 2 << 20;

impl Bytes {
    fn zeroed(len: usize, huge: bool) -> Self {
        let align = if huge { HUGE_PAGE } else { 16 };
        let layout = std::alloc::Layout::from_size_align(len.max(1), align).unwrap();
        // SAFETY: nonzero size.
        let ptr = unsafe { std::alloc::alloc(layout) };
        assert!(!ptr.is_null(), "allocating the floor's array");
        if huge {
            // SAFETY: `ptr` is 2 MiB-aligned and the allocation holds `len` bytes; a
            // hint only (it may fail, and the array is then on 4 KiB pages).
            unsafe { libc::madvise(ptr.cast(), len, libc::MADV_HUGEPAGE) };
        }
        // SAFETY: `len` bytes at `ptr` are ours; the first touch of each page.
        unsafe { ptr.write_bytes(0, len) };
        Bytes { ptr, layout }
    }

    fn get(&self) -> &[u8] {
        // SAFETY: `layout.size()` initialized bytes at `ptr` (see `zeroed`).
        unsafe { std::slice::from_raw_parts(self.ptr, self.layout.size()) }
    }

    fn get_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `get`, and `&mut self` is the only access.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.layout.size()) }
    }
}

impl Drop for Bytes {
    fn drop(&mut self) {
        // SAFETY: allocated in `zeroed` with this layout.
        unsafe { std::alloc::dealloc(self.ptr, self.layout) };
    }
}

impl Floor {
    /// With `huge`, the bytes are on 2 MiB pages (see [`Bytes`]).
    fn new(images: &[Vec<u8>], huge: bool) -> Self {
        let stride = images.iter().map(Vec::len).max().unwrap_or(0);
        let mut bytes = Bytes::zeroed(stride * images.len(), huge);
        let all = bytes.get_mut();
        for (i, im) in images.iter().enumerate() {
            all[i * stride..i * stride + im.len()].copy_from_slice(im);
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
        buf[..len].copy_from_slice(&self.bytes.get()[at..at + len]);
    }
}

/// The kernel's transparent huge pages in use by this process, in bytes
/// (`AnonHugePages` of /proc/self/smaps_rollup; 0 where unknown).
fn huge_pages_in_use() -> u64 {
    let text = std::fs::read_to_string("/proc/self/smaps_rollup").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("AnonHugePages:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

#[derive(Clone, Copy)]
enum Way<'a> {
    Ours,
    Floor(&'a Floor),
    Peer(&'a Peers, Peer),
}

impl Way<'_> {
    /// What a read of the call in `slot` is given: ours its `HCALL`, the floor the slot,
    /// a peer its own key for the call (see [`Peers::key`]).
    fn key(self, calls: &[HCALL], slot: usize) -> usize {
        match self {
            Way::Ours => calls[slot] as usize,
            Way::Floor(_) => slot,
            Way::Peer(p, which) => p.key(which, slot),
        }
    }

    /// One read of the call `key` names into `buf`: 0, or an error.
    #[inline(always)]
    fn read(self, key: usize, buf: &mut [u8]) -> i32 {
        match self {
            Way::Ours => call_info(key as HCALL, buf),
            Way::Floor(f) => {
                f.read(key, buf);
                0
            }
            Way::Peer(p, which) => p.read(which, key, buf),
        }
    }
}

/// Seconds for `threads` threads to do `ops` reads each. Thread t reads the calls in the
/// order `order[(t * stride + i) % len]`; with `shared`, every read is of `calls[0]`.
///
/// Every way is handed, per read, what it needs to name the call, from a sequence each
/// thread prepares before the clock starts ([`Way::key`]: the `HCALL` for ours, the
/// slot for the floor), read in order: the harness does the same work for every way
/// (one sequential load and a counter), and no way pays a random load of the harness's
/// own arrays (before, ours loaded `calls[slot]` at random before each read, a
/// dependent cache and TLB miss with 10^6 calls that the floor did not have).
///
/// The reading threads time themselves: they wait for each other at a start line they
/// spin on (no thread sleeps, so none starts late for want of a wake-up), each reads
/// the clock as it starts and as it ends, and the load lasts from the first start to the
/// last end. Before, the clock was the main thread's, started when it came back from a
/// sleeping barrier: with 2 readers on the 2 vCPUs, it or the second reader often had to
/// wait for a CPU, so a 2-thread load of 6-11 ms came out too short or too long at
/// random (the floor scaled 2.1-3.0x; see BENCHMARKS.md "(b): who holds the clock").
fn run(
    way: Way<'_>,
    calls: &[HCALL],
    order: &[u32],
    threads: usize,
    ops: usize,
    shared: bool,
) -> f64 {
    let arrived = AtomicUsize::new(0);
    let stride = order.len() / threads.max(1);
    let spans: Vec<(Instant, Instant)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let arrived = &arrived;
                s.spawn(move || {
                    let keys: Vec<usize> = if shared {
                        vec![way.key(calls, 0)]
                    } else {
                        (0..order.len())
                            .map(|i| way.key(calls, order[(t * stride + i) % order.len()] as usize))
                            .collect()
                    };
                    let mut buf = new_buf();
                    let mut failures = 0u32;
                    let mut next = 0;
                    arrived.fetch_add(1, Ordering::AcqRel);
                    while arrived.load(Ordering::Acquire) < threads {
                        std::hint::spin_loop();
                    }
                    let start = Instant::now();
                    for _ in 0..ops {
                        let r = way.read(keys[next], &mut buf);
                        next += 1;
                        if next == keys.len() {
                            next = 0;
                        }
                        failures += u32::from(r != 0);
                        black_box(&mut buf);
                    }
                    let end = Instant::now();
                    assert_eq!(failures, 0, "reads failed");
                    (start, end)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let first = spans.iter().map(|s| s.0).min().unwrap();
    let last = spans.iter().map(|s| s.1).max().unwrap();
    (last - first).as_secs_f64()
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
    /// `ops` reads per thread in each load on distinct calls, `cfg.ops` (the 10^3-call
    /// count) in each load on one shared call: that call stays in the caches whatever
    /// the number of calls, so its reads are as quick as with 10^3 calls and need as
    /// many to be timed (with a tenth, at 10^6 calls, a load lasted a few microseconds:
    /// ratios of 2x to 240x from run to run).
    fn measure(
        cfg: &Config,
        ops: usize,
        calls: &[HCALL],
        order: &[u32],
        loads: &[Load<'_>],
    ) -> Self {
        Rounds(
            (0..cfg.runs)
                .map(|_| {
                    loads
                        .iter()
                        .map(|l| {
                            let ops = if l.shared { cfg.ops } else { ops };
                            let secs = run(l.way, calls, order, l.threads, ops, l.shared);
                            (l.threads * ops) as f64 / secs
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

/// The shapes of load every way of reading is measured in: (threads, one shared call).
const SHAPES: [(usize, bool, &str); 4] = [
    (1, false, "1 thread"),
    (2, false, "2 threads, distinct calls"),
    (1, true, "1 thread, one call"),
    (2, true, "2 threads, one shared call"),
];

/// a, b and c with the `calls` there are (`label`: how many), `ops` reads per run and
/// thread: ours, the floor and each peer in every shape of [`SHAPES`], all in each round.
/// `a_target`: the ratio to the floor (a) must stay within.
fn read_figures(
    cfg: &Config,
    ops: usize,
    label: &str,
    calls: &[HCALL],
    a_target: f64,
    sum: &mut Summary,
) {
    let imgs = images(calls);
    let floor = Floor::new(&imgs, false);
    let huge_before = huge_pages_in_use();
    let huge_floor = Floor::new(&imgs, true);
    let huge_floor_pages = huge_pages_in_use().saturating_sub(huge_before);
    // The reference on 2 MiB pages only where it is on them (not the 400 KB of 10^3).
    let with_huge = huge_floor_pages > 0;
    let peers = Peers::new(calls, &imgs);
    drop(imgs);
    let ord = order(calls.len(), 0x9E37_79B9_7F4A_7C15);
    // 0 ours, 1 the floor, 2 the floor on 2 MiB pages if it is on them (a reference:
    // how much of a difference the page size makes), then the peers.
    let mut ways = vec![Way::Ours, Way::Floor(&floor)];
    if with_huge {
        ways.push(Way::Floor(&huge_floor));
    }
    let first_peer = ways.len();
    ways.extend(Peer::ALL.map(|p| Way::Peer(&peers, p)));
    let loads: Vec<Load> = ways
        .iter()
        .flat_map(|&way| {
            SHAPES.map(|(threads, shared, _)| Load {
                way,
                threads,
                shared,
            })
        })
        .collect();
    let r = Rounds::measure(cfg, ops, calls, &ord, &loads);
    // Load index of way `w` (see `ways`) in shape `s`.
    let at = |w: usize, s: usize| w * SHAPES.len() + s;
    let mops = |i| r.tp(i) / 1e6;
    let ns = |i| 1e9 / r.tp(i);

    let a = r.ratio(at(1, 0), at(0, 0));
    println!(
        "a. lineGetCallInfo, 1 thread, {label} calls: {:.1} ns/op; floor {:.1} ns/op; \
         ratio {a:.2}x (target <= {a_target}x)",
        ns(at(0, 0)),
        ns(at(1, 0)),
    );
    sum.ratio(
        &format!("a. lineGetCallInfo / floor, 1 thread, {label} calls"),
        format!("{:.1} ns", ns(at(0, 0))),
        format!("{:.1} ns (floor)", ns(at(1, 0))),
        a,
        Target::AtMost(a_target, "x"),
    );
    if with_huge {
        let a_huge = r.ratio(at(2, 0), at(0, 0));
        println!(
            "a. (reference) the floor on 2 MiB pages ({:.0} MiB of them), 1 thread, {label} \
         calls: {:.1} ns/op; ours / it {a_huge:.2}x",
            huge_floor_pages as f64 / 1048576.0,
            ns(at(2, 0)),
        );
        sum.ratio(
        &format!("a. (reference) lineGetCallInfo / the floor on 2 MiB pages, 1 thread, {label} calls"),
        format!("{:.1} ns", ns(at(0, 0))),
        format!("{:.1} ns (floor, 2 MiB pages)", ns(at(2, 0))),
        a_huge,
        Target::None,
    );
    }
    for (what, w, one, two, target) in [
        ("distinct calls", 0, 0, 1, Target::AtLeast(1.9, "x")),
        ("one shared call", 0, 2, 3, Target::AtLeast(1.9, "x")),
        (
            "(reference) the floor, distinct calls",
            1,
            0,
            1,
            Target::None,
        ),
    ] {
        let (one, two) = (at(w, one), at(w, two));
        let x = r.ratio(two, one);
        println!(
            "b. 2 threads vs 1, {what}, {label} calls: {x:.2}x ({:.2} -> {:.2} Mops/s)",
            mops(one),
            mops(two)
        );
        sum.ratio(
            &format!("b. 2 threads / 1, {what}, {label} calls"),
            format!("{:.2} Mops/s", mops(two)),
            format!("{:.2} Mops/s (1 thread)", mops(one)),
            x,
            target,
        );
    }

    // c: every way in every shape, in Mops/s (all threads), with ours' throughput over
    // it (the median of the rounds' ratios).
    print!(
        "c. peers, {label} calls: Mops/s (all threads); (ours / it)\n   {:<28}",
        ""
    );
    let floors: &[&str] = if with_huge {
        &["ours", "floor", "floor, 2 MiB pages"]
    } else {
        &["ours", "floor"]
    };
    for w in floors.iter().copied().chain(Peer::ALL.map(Peer::name)) {
        print!("{w:>20}");
    }
    println!();
    for (s, &(_, _, shape)) in SHAPES.iter().enumerate() {
        print!("   {shape:<28}{:>20.2}", mops(at(0, s)));
        for w in 1..ways.len() {
            let cell = format!(
                "{:.2} ({:.2}x)",
                mops(at(w, s)),
                r.ratio(at(0, s), at(w, s))
            );
            print!("{cell:>20}");
        }
        println!();
    }
    for (p, peer) in Peer::ALL.into_iter().enumerate() {
        for s in [0, 1, 3] {
            // issue 6's target: 3x the naive shim on 2 threads, distinct calls, 10^3.
            let target = if peer == Peer::Mutex && s == 1 && label == "10^3" {
                Target::AtLeast(3.0, "x")
            } else {
                Target::None
            };
            sum.ratio(
                &format!("c. ours / {}, {}, {label} calls", peer.name(), SHAPES[s].2),
                format!("{:.2} Mops/s", mops(at(0, s))),
                format!("{:.2} Mops/s", mops(at(first_peer + p, s))),
                r.ratio(at(0, s), at(first_peer + p, s)),
                target,
            );
        }
    }
}

// ---- lineClose, lineShutdown, churn, memory -----------------------------------------------------

/// Median time of `teardown` of what `setup` made (`reps` times): it returns the thing to
/// tear down and the handles of its 100 calls, which must be gone afterwards.
fn teardown_cost<T>(
    reps: usize,
    mut setup: impl FnMut() -> (T, Vec<HCALL>),
    mut teardown: impl FnMut(T) -> i32,
) -> Duration {
    let mut times = Vec::new();
    for _ in 0..reps {
        let (what, calls) = setup();
        assert_eq!(calls.len(), 100);
        let start = Instant::now();
        let r = teardown(what);
        times.push(start.elapsed().as_secs_f64());
        assert_eq!(r, 0);
        let mut buf = new_buf();
        assert_eq!(
            call_info(calls[0], &mut buf),
            LINEERR_INVALCALLHANDLE as i32
        );
    }
    Duration::from_secs_f64(median(times))
}

/// d: median time of `lineClose` on a line of `closer` holding 100 calls on `device`.
fn close_cost(closer: HLINEAPP, device: u32, reps: usize) -> Duration {
    let setup = || {
        drain(closer, &mut Vec::new());
        let line = open(closer, device);
        (line, offer_calls(closer, device, 100))
    };
    teardown_cost(reps, setup, |line| lineClose(line))
}

/// i: median time of `lineShutdown` of an app with a line holding 100 calls on `device`.
fn shutdown_cost(device: u32, reps: usize) -> Duration {
    let setup = || {
        let app = init_app(c"bench-shutdown");
        open(app, device);
        (app, offer_calls(app, device, 100))
    };
    teardown_cost(reps, setup, |app| lineShutdown(app))
}

/// Child of [`teardown_figures`]: with `elsewhere` calls (each read once) held by
/// another application on device 0, the median `lineClose` (d) and `lineShutdown` (i)
/// of 100 calls on device 1, in microseconds, on stdout. With `shutdown_all`, then
/// also the `lineShutdown` of the application holding the `elsewhere` calls, in
/// microseconds per call (for profiling: BENCHMARKS.md "(d) and (i)").
fn teardown_child(elsewhere: usize, shutdown_all: bool) {
    let app = init_app(c"bench");
    let closer = init_app(c"bench-close");
    let _line = open(app, 0);
    let calls = offer_calls(app, 0, elsewhere);
    let mut buf = new_buf();
    // In a random order, as the main process's read figures read them.
    for i in order(calls.len(), 7) {
        assert_eq!(call_info(calls[i as usize], &mut buf), 0);
    }
    let close = close_cost(closer, 1, TEARDOWN_REPS);
    let shutdown = shutdown_cost(1, TEARDOWN_REPS);
    println!("{:.3} {:.3}", us(close), us(shutdown));
    if shutdown_all {
        let start = Instant::now();
        assert_eq!(lineShutdown(app), 0);
        println!("{:.3}", us(start.elapsed()) / elsewhere as f64);
    }
}

/// One side of (d) and (i) from [`teardown_figures`]: microseconds, one per child.
#[derive(Default)]
struct Teardown {
    close: Vec<f64>,
    shutdown: Vec<f64>,
}

/// d and i: `pairs` pairs of child processes, one with 10^3 calls elsewhere and one with
/// `big`, alternately first in a pair (A/B, B/A, ...), so that a drift of the machine's
/// speed, or the first rounds after a process's memory is first touched, fall on both
/// sides alike; each child sets up its calls and measures right after, in the same way.
/// Returns (10^3 side, big side); the ratios are taken per pair.
fn teardown_figures(pairs: usize, big: usize) -> (Teardown, Teardown) {
    let exe = std::env::current_exe().expect("own path");
    let child = |elsewhere: usize, side: &mut Teardown| {
        let out = Command::new(&exe)
            .env("TAPI32_BENCH_CHILD", "teardown")
            .env("TAPI32_BENCH_ELSEWHERE", elsewhere.to_string())
            .env_remove("TAPI32_DOCTOR")
            .env_remove("TAPI32_REPORT")
            .env_remove("TAPI32_TRACE")
            .output()
            .expect("run the benchmark child");
        let text = String::from_utf8_lossy(&out.stdout);
        let figures: Vec<f64> = text
            .split_whitespace()
            .filter_map(|f| f.parse().ok())
            .collect();
        let [close, shutdown] = figures[..] else {
            panic!(
                "child said {text:?} {}",
                String::from_utf8_lossy(&out.stderr)
            )
        };
        side.close.push(close);
        side.shutdown.push(shutdown);
    };
    let (mut small, mut large) = (Teardown::default(), Teardown::default());
    for pair in 0..pairs {
        if pair % 2 == 0 {
            child(1000, &mut small);
            child(big, &mut large);
        } else {
            child(big, &mut large);
            child(1000, &mut small);
        }
    }
    (small, large)
}

/// Repetitions of (d) and (i) in each process; the median is taken.
const TEARDOWN_REPS: usize = 31;

/// This thread's CPU time (user and system), in seconds.
fn thread_cpu_secs() -> f64 {
    cpu_secs(libc::CLOCK_THREAD_CPUTIME_ID)
}

fn cpu_secs(clock: libc::clockid_t) -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec to write.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Call churn on this one thread: calls per second through lineMakeCall, lineDrop,
/// lineDeallocateCall and reading the messages they produce, each run about `secs`
/// seconds, median of runs; per second of wall-clock time and per second of this
/// thread's CPU time (the machine is shared: the second is what the code costs when it
/// has a core). Nothing else is timed: every cycle is exactly those three calls and the
/// `lineGetMessage` calls that empty the queue (the two `LINE_REPLY`s, which it checks;
/// the call states name the deallocated handle and are discarded), and the run leaves
/// no call behind. The simulated provider completes everything on this thread (no
/// scenario, so no clock thread is involved).
fn churn(cfg: &Config, app: HLINEAPP, line: HLINE, secs: f64) -> (f64, f64) {
    let calls_before = counts().calls;
    let (mut rates, mut cpu_rates) = (Vec::new(), Vec::new());
    let mut m = LINEMESSAGE::default();
    for _ in 0..cfg.runs.min(5) {
        let (start, cpu_start) = (Instant::now(), thread_cpu_secs());
        let (mut n, mut replies) = (0u64, 0u64);
        while start.elapsed().as_secs_f64() < secs {
            for _ in 0..256 {
                let mut h: HCALL = 0;
                // SAFETY: valid out pointer and NUL-terminated destination.
                let req = unsafe {
                    lineMakeCall(line, &mut h, c"5550100".as_ptr(), 0, std::ptr::null_mut())
                };
                // SAFETY: no user-user information.
                let dropped = unsafe { lineDrop(h, std::ptr::null(), 0) };
                let freed = lineDeallocateCall(h);
                // SAFETY: valid pointer to a live local.
                while unsafe { lineGetMessage(app, &mut m, 0) } == 0 {
                    replies += u64::from(m.dwMessageID == LINE_REPLY as u32 && m.dwParam2 == 0);
                }
                assert!(req > 0 && dropped > 0 && freed == 0, "churn cycle failed");
                n += 1;
            }
        }
        let (wall, cpu) = (start.elapsed().as_secs_f64(), thread_cpu_secs() - cpu_start);
        assert_eq!(replies, 2 * n, "each cycle reads its two LINE_REPLYs");
        rates.push(n as f64 / wall);
        cpu_rates.push(n as f64 / cpu);
    }
    assert_eq!(counts().calls, calls_before, "churn leaves no call behind");
    (median(rates), median(cpu_rates))
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
    // The program needs the library under its SONAME (build.rs); cargo names it
    // libtapi32.so only.
    let _ = std::os::unix::fs::symlink("libtapi32.so", deps.join("libtapi32.so.1"));
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
/// process of its own (the doctor is set up once per process), alternating; each child
/// does half the reads of the main figures.
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

/// `TAPI32_BENCH_PROFILE`: for `perf` or `valgrind`, only one read loop, for 3 seconds
/// (`TAPI32_BENCH_PROFILE_SECS`): ours on random calls ("calls") or on one call
/// ("shared"), or the floor on random calls ("floor", on 2 MiB pages "floor-huge"); with
/// `TAPI32_BENCH_PROFILE_CALLS` calls (10^3 unless set), on
/// `TAPI32_BENCH_PROFILE_THREADS` threads (1). Prints ns per read (all threads) of
/// each pass, so two processes can be compared.
fn profile(cfg: &Config, what: &str, app: HLINEAPP, mut calls: Vec<HCALL>) {
    let env = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let n = env("TAPI32_BENCH_PROFILE_CALLS", calls.len()).max(1);
    let threads = env("TAPI32_BENCH_PROFILE_THREADS", 1).max(1);
    let secs = env("TAPI32_BENCH_PROFILE_SECS", 3) as u64;
    if n > calls.len() {
        calls.extend(offer_calls(app, 0, n - calls.len()));
    }
    calls.truncate(n);
    let imgs = images(&calls);
    let floor = match what {
        "floor" | "floor-huge" => Some(Floor::new(&imgs, what == "floor-huge")),
        "calls" | "shared" => None,
        _ => panic!("TAPI32_BENCH_PROFILE: calls, shared, floor or floor-huge"),
    };
    drop(imgs);
    let way = floor.as_ref().map_or(Way::Ours, Way::Floor);
    let ord = order(calls.len(), 1);
    let ops = if calls.len() > 10_000 {
        cfg.big_ops
    } else {
        cfg.ops
    };
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(secs) {
        let cpu = process_cpu_secs();
        let t = run(way, &calls, &ord, threads, ops, what == "shared");
        let cpu = process_cpu_secs() - cpu;
        let reads = (ops * threads) as f64;
        // CPU time per read: on a loaded machine, what a read costs when it runs (a
        // thread that is not scheduled spends no CPU time); with 2 threads, equal to 1
        // thread's unless they slow each other down (shared cache lines, a shared core).
        println!(
            "{what}, {threads} thread(s): {:.2} ns/read wall-clock (all threads), {:.2} ns \
             of CPU time per read",
            t * 1e9 / reads,
            cpu * 1e9 / reads
        );
    }
}

/// This process's CPU time (user and system, all threads), in seconds.
fn process_cpu_secs() -> f64 {
    cpu_secs(libc::CLOCK_PROCESS_CPUTIME_ID)
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
        let r = Rounds::measure(&cfg, cfg.ops / 2, &calls, &ord, &[one]);
        println!("{:.2}", 1e9 / r.tp(0));
        return;
    }
    if std::env::var("TAPI32_BENCH_CHILD").is_ok_and(|v| v == "teardown") {
        let elsewhere = std::env::var("TAPI32_BENCH_ELSEWHERE")
            .ok()
            .and_then(|v| v.parse().ok())
            .expect("TAPI32_BENCH_ELSEWHERE");
        teardown_child(
            elsewhere,
            std::env::var_os("TAPI32_BENCH_SHUTDOWN_ALL").is_some(),
        );
        return;
    }
    println!(
        "tapi32 benchmarks: {} rounds, {} reads per round and thread ({} with {} calls), \
         median figures",
        cfg.runs, cfg.ops, cfg.big_ops, cfg.big
    );

    let app = init_app(c"bench");
    let closer = init_app(c"bench-close");
    let _line0 = open(app, 0);
    let mut calls = offer_calls(app, 0, 1000);

    if let Ok(what) = std::env::var("TAPI32_BENCH_PROFILE") {
        profile(&cfg, &what, app, calls);
        return;
    }

    let mut sum = Summary::new("callinfo");
    // a, b, c with 10^3 calls.
    read_figures(&cfg, cfg.ops, "10^3", &calls, 1.5, &mut sum);

    // d and i: pairs of child processes with 10^3 and 10^6 calls elsewhere (the figures);
    // and, for comparison, the former method in this process: 10^3 now, 10^6 later.
    let big = if cfg.big == 1_000_000 {
        "10^6".to_string()
    } else {
        cfg.big.to_string()
    };
    let (small_side, big_side) = teardown_figures(cfg.runs.min(3), cfg.big);
    let close_small = close_cost(closer, 1, TEARDOWN_REPS);
    let shutdown_small = shutdown_cost(1, TEARDOWN_REPS);
    let churn_line = open(closer, 1);
    let (rate, cpu_rate) = churn(&cfg, closer, churn_line, 1.0);
    println!(
        "e. call churn, 1 thread (make, drop, deallocate, read messages): {rate:.0} calls/s; \
         {cpu_rate:.0} calls per CPU-second of the thread (target >= 500,000/s)"
    );
    sum.value(
        "e. call churn, 1 thread",
        format!("{rate:.0} calls/s"),
        format!("{cpu_rate:.0} per CPU-second of the thread"),
        rate,
        Target::AtLeast(500_000.0, " calls/s"),
    );
    assert_eq!(lineClose(churn_line), 0);

    // g now, while this process is small: with 10^6 calls its gigabyte slows the child.
    if let Some(out) = c_bench() {
        print!("g. C benchmark through the exported ABI (1000 calls):\n{out}");
        // Its lines are "   what: figures".
        for (what, figures) in out.lines().filter_map(|l| l.trim().split_once(": ")) {
            let figure = format!("g. C benchmark through the exported ABI, {what}");
            sum.value(&figure, figures.into(), String::new(), 0.0, Target::None);
        }
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
    sum.ratio(
        "h. lineGetCallInfo, handle doctor on / off",
        format!("{on:.1} ns"),
        format!("{off:.1} ns (off)"),
        on / off,
        Target::None,
    );
    sum.value(
        "h. the doctor's off check alone, share of an off call",
        format!("{check:.2} ns ({:.1}%)", check / off * 100.0),
        format!("{off:.1} ns (off)"),
        check / off,
        Target::None,
    );

    // f: resident memory per live call.
    let before = rss_bytes();
    let more = offer_calls(app, 0, cfg.mem_calls - calls.len());
    let after = rss_bytes();
    let per_call = (after - before) as f64 / more.len() as f64;
    println!(
        "f. resident memory per live call: {per_call:.0} bytes ({} calls added, RSS {:.1} -> \
         {:.1} MiB, target <= 1024)",
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
    let per_read = (read - before) as f64 / more.len() as f64;
    println!(
        "f. the same, after one lineGetCallInfo on each: {per_read:.0} bytes per call (target \
         <= 1024)"
    );
    for (what, bytes) in [("", per_call), (", once read", per_read)] {
        sum.value(
            &format!("f. resident memory per live call{what}"),
            format!("{bytes:.0} B"),
            format!("{} calls", more.len()),
            bytes,
            Target::AtMost(1024.0, " B"),
        );
    }
    calls.extend(more);

    // a, b, c, d and i with 10^6 calls.
    let grow = cfg.big - calls.len();
    calls.extend(offer_calls(app, 0, grow));
    read_figures(&cfg, cfg.big_ops, &big, &calls, 2.0, &mut sum);
    let close_big = close_cost(closer, 1, TEARDOWN_REPS);
    let shutdown_big = shutdown_cost(1, TEARDOWN_REPS);
    for (what, small, large, former) in [
        (
            CLOSE,
            &small_side.close,
            &big_side.close,
            (close_small, close_big),
        ),
        (
            SHUTDOWN,
            &small_side.shutdown,
            &big_side.shutdown,
            (shutdown_small, shutdown_big),
        ),
    ] {
        let pairs: Vec<String> = small
            .iter()
            .zip(large)
            .map(|(s, l)| format!("{:.1}/{:.1} us ({:.2}x)", l, s, l / s))
            .collect();
        let x = median(small.iter().zip(large).map(|(s, l)| l / s).collect());
        let (s, l) = (median(small.clone()), median(large.clone()));
        println!(
            "{what}, {big} / 10^3 calls elsewhere, pairs of processes: {} ; median ratio \
             {x:.2}x (target <= 1.5x); the former method (this process, 10^3 then {big}): \
             {:.1} / {:.1} us ({:.2}x)",
            pairs.join(", "),
            us(former.1),
            us(former.0),
            former.1.as_secs_f64() / former.0.as_secs_f64()
        );
        sum.ratio(
            &format!("{what}, {big} / 10^3 calls elsewhere"),
            format!("{l:.1} us"),
            format!("{s:.1} us (10^3)"),
            x,
            Target::AtMost(1.5, "x"),
        );
    }
    assert_eq!(lineShutdown(closer), 0);
    // For scale: lineShutdown of the app holding all the calls.
    let start = Instant::now();
    assert_eq!(lineShutdown(app), 0);
    let all = start.elapsed();
    let per_call = all.as_secs_f64() / calls.len() as f64;
    let small_per_call = median(small_side.shutdown.clone()) / 1e6 / 100.0;
    println!(
        "i. lineShutdown of the app holding all {big} calls: {:.2} s, {:.2} us per call ({:.2}x \
         the per-call cost of the 100-call app)",
        all.as_secs_f64(),
        per_call * 1e6,
        per_call / small_per_call
    );
    sum.ratio(
        &format!("i. lineShutdown per call, app with {big} / app with 100 calls"),
        format!("{:.2} us", per_call * 1e6),
        format!("{:.2} us (100 calls)", small_per_call * 1e6),
        per_call / small_per_call,
        Target::None,
    );
    sum.finish();
}

const CLOSE: &str = "d. lineClose of a line holding 100 calls";
const SHUTDOWN: &str = "i. lineShutdown of an app holding 100 calls";

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}
