//! Benchmarks of message delivery (issue 14 item 4; the method and the figures are in
//! BENCHMARKS.md, "Messages"): how fast a message posted on one thread reaches the
//! application on another, through the exported C ABI.
//!
//! The source is the simulated provider's control API on the producing thread:
//! `tapisimRemoteDigits(id, "5", LINEDIGITMODE_DTMF)` posts one `LINE_MONITORDIGITS` to
//! an application monitoring the call's digits, the way the provider posts every event.
//! The application receives it
//!
//! * **pumped**: in its callback, run by `DispatchMessage` of the library's own message
//!   loop (`GetMessage`/`DispatchMessage`) on the thread that initialized it;
//! * **dispatcher**: in its callback, on its dispatcher thread (`tapi32SetCallbackThread`);
//! * **lineGetMessage**: a `USEEVENT` application's thread in `lineGetMessage(INFINITE)`.
//!
//! Each is measured as throughput (messages per second, the producer at most 1,000
//! messages ahead of the consumer, well below the queue's limit) and as latency from the
//! moment before the post to the moment the callback (or `lineGetMessage`'s return)
//! runs, one message at a time, p50 and p99. The floor is a bare hand-off of the same
//! 48-byte message between the same two kinds of thread: a `Mutex<VecDeque>` with a
//! `Condvar`, and the same queue with an eventfd, each pushing a throughput run's
//! [`BURST`] one message at a time and (as the library's source does) under one
//! acquisition of its lock with at most one wake-up; the best of the four is the floor of
//! each figure. Every load runs once in every round and the ratio to the floor is taken
//! within the round; each figure is the median over the rounds.
//!
//! Run with `cargo bench --bench messages`; `TAPI32_BENCH_QUICK=1` is a smoke run.

use std::collections::VecDeque;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Condvar, LazyLock, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use tapi32::testing::*;

struct Config {
    rounds: usize,
    throughput: u64,
    latency: u64,
}

fn config() -> Config {
    let quick = std::env::var("TAPI32_BENCH_QUICK").is_ok_and(|v| v == "1");
    let pick = |smoke, full| if quick { smoke } else { full };
    Config {
        rounds: pick(2, 5) as usize,
        throughput: pick(5_000, 100_000),
        latency: pick(300, 2_000),
    }
}

/// How long the producer waits after each message of a latency run before posting the
/// next, so that every message finds the consumer waiting (not still on its way back).
const IDLE_GAP: Duration = Duration::from_micros(50);

/// Messages the source posts at once in a throughput run: the far end sends 16 digits
/// (one `tapisimRemoteDigits`, which queues them under one acquisition of the queue's
/// lock with at most one wake-up); each floor runs both ways: 16 pushes one by one, and
/// 16 under one acquisition of its lock with at most one wake-up (the faster is not
/// always the same: see BENCHMARKS.md, "Messages").
const BURST: u64 = 16;

/// How far the producer may run ahead of the consumer in a throughput run.
const WINDOW: u64 = 1_000;

// ---- what the consumer records, whatever delivers the message --------------------

static BASE: LazyLock<Instant> = LazyLock::new(Instant::now);
/// Messages received in this run.
static COUNT: AtomicU64 = AtomicU64::new(0);
/// When the producer posted the message of a latency run (ns since BASE).
static POSTED_AT: AtomicU64 = AtomicU64::new(0);
/// Whether receiving records a latency.
static TIMING: AtomicBool = AtomicBool::new(false);
static LATENCIES: Mutex<Vec<u64>> = Mutex::new(Vec::new());
/// The call handle the application was offered (LINE_APPNEWCALL).
static HCALL_SEEN: AtomicU32 = AtomicU32::new(0);

fn now_ns() -> u64 {
    BASE.elapsed().as_nanos() as u64
}

/// The consumer's side of every load: one message has arrived.
#[inline]
fn received() {
    if TIMING.load(Ordering::Relaxed) {
        let lat = now_ns().saturating_sub(POSTED_AT.load(Ordering::Acquire));
        LATENCIES.lock().unwrap().push(lat);
    }
    COUNT.fetch_add(1, Ordering::Release);
}

/// Bursts of a throughput run for which the producer found itself [`WINDOW`] ahead and
/// waited for the consumer: nearly all of them when the consumer is the slower side,
/// few when the producer is (printed by a profile run).
static PRODUCER_WAITS: AtomicU64 = AtomicU64::new(0);

fn wait_count(at_least: u64) {
    if COUNT.load(Ordering::Acquire) < at_least {
        PRODUCER_WAITS.fetch_add(1, Ordering::Relaxed);
    }
    let mut spins = 0u32;
    while COUNT.load(Ordering::Acquire) < at_least {
        spins += 1;
        if spins < 100 {
            std::hint::spin_loop();
        } else {
            thread::yield_now();
        }
    }
}

/// Messages per second for `n` messages posted [`BURST`] at a time (`burst` posts
/// them), the producer at most [`WINDOW`] ahead.
fn throughput(n: u64, burst: &dyn Fn()) -> f64 {
    COUNT.store(0, Ordering::SeqCst);
    TIMING.store(false, Ordering::SeqCst);
    let start = Instant::now();
    for i in (0..n).step_by(BURST as usize) {
        if i >= WINDOW {
            wait_count(i - WINDOW + BURST);
        }
        burst();
    }
    wait_count(n);
    n as f64 / start.elapsed().as_secs_f64()
}

/// p50 and p99 (ns) from posting to receiving, one message at a time.
fn latency(n: u64, post: &dyn Fn()) -> (f64, f64) {
    COUNT.store(0, Ordering::SeqCst);
    LATENCIES.lock().unwrap().clear();
    LATENCIES.lock().unwrap().reserve(n as usize);
    TIMING.store(true, Ordering::SeqCst);
    for i in 0..n {
        POSTED_AT.store(now_ns(), Ordering::Release);
        post();
        wait_count(i + 1);
        // Time for the consumer to go back to waiting: each message finds it idle.
        let idle = Instant::now() + IDLE_GAP;
        while Instant::now() < idle {
            std::hint::spin_loop();
        }
    }
    TIMING.store(false, Ordering::SeqCst);
    let mut v = std::mem::take(&mut *LATENCIES.lock().unwrap());
    v.sort_unstable();
    let at = |q: f64| v[((v.len() - 1) as f64 * q) as usize] as f64;
    (at(0.50), at(0.99))
}

/// One load's figures in one round.
#[derive(Clone, Copy, Default)]
struct Figures {
    rate: f64,
    p50: f64,
    p99: f64,
}

/// `post` posts one message, `burst` [`BURST`] messages.
fn measure(cfg: &Config, post: &dyn Fn(), burst: &dyn Fn()) -> Figures {
    let cpu = cpu_ns();
    let rate = throughput(cfg.throughput, burst);
    let cpu = (cpu_ns() - cpu) as f64 / cfg.throughput as f64;
    if cfg.latency == 0 {
        // The profile run: throughput only, with the process's CPU time per message.
        return Figures {
            rate,
            p50: cpu,
            p99: 0.0,
        };
    }
    let (p50, p99) = latency(cfg.latency, post);
    Figures { rate, p50, p99 }
}

/// CPU time (user and system, all threads) the process has used, in ns.
fn cpu_ns() -> u64 {
    // SAFETY: all-zero is a valid rusage; getrusage fills it.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid rusage to fill.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let ns = |t: libc::timeval| t.tv_sec as u64 * 1_000_000_000 + t.tv_usec as u64 * 1_000;
    ns(u.ru_utime) + ns(u.ru_stime)
}

// ---- the floors: a bare hand-off of the same message -----------------------------

#[derive(Clone, Copy, Default)]
#[allow(dead_code)]
struct Msg([usize; 6]);

const STOP: usize = usize::MAX;

/// A `Mutex<VecDeque>` with a `Condvar`: the consumer waits on the condvar when empty.
fn floor_condvar(cfg: &Config, batched: bool) -> Figures {
    let q = Arc::new((
        Mutex::new(VecDeque::<Msg>::with_capacity(64)),
        Condvar::new(),
    ));
    let c = Arc::clone(&q);
    let consumer = thread::spawn(move || loop {
        let m = {
            let mut g = c.0.lock().unwrap();
            loop {
                if let Some(m) = g.pop_front() {
                    break m;
                }
                g = c.1.wait(g).unwrap();
            }
        };
        if m.0[0] == STOP {
            return;
        }
        received();
    });
    let post = |w: usize, n: u64| {
        let mut g = q.0.lock().unwrap();
        (0..n).for_each(|_| g.push_back(Msg([w, 1, 2, 3, 4, 5])));
        drop(g);
        q.1.notify_one();
    };
    let f = measure(cfg, &|| post(0, 1), &|| burst(&post, batched));
    post(STOP, 1);
    consumer.join().unwrap();
    f
}

/// A floor's burst: [`BURST`] messages pushed one by one, or all at once (`batched`).
fn burst(post: &dyn Fn(usize, u64), batched: bool) {
    if batched {
        post(0, BURST);
    } else {
        (0..BURST).for_each(|_| post(0, 1));
    }
}

fn eventfd() -> OwnedFd {
    // SAFETY: eventfd has no memory-safety preconditions.
    let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC) };
    assert!(fd >= 0);
    // SAFETY: a fresh descriptor nothing else owns.
    unsafe { OwnedFd::from_raw_fd(fd) }
}

/// The same queue with an eventfd, written when a message makes the queue non-empty;
/// the consumer blocks in `read` when it finds the queue empty.
fn floor_eventfd(cfg: &Config, batched: bool) -> Figures {
    let q = Arc::new((Mutex::new(VecDeque::<Msg>::with_capacity(64)), eventfd()));
    let c = Arc::clone(&q);
    let consumer = thread::spawn(move || loop {
        let m = c.0.lock().unwrap().pop_front();
        match m {
            Some(m) if m.0[0] == STOP => return,
            Some(_) => received(),
            None => {
                let mut v = 0u64;
                // SAFETY: reads 8 bytes into a live u64 from an eventfd we own.
                unsafe { libc::read(c.1.as_raw_fd(), (&mut v as *mut u64).cast(), 8) };
            }
        }
    });
    let post = |w: usize, n: u64| {
        let mut g = q.0.lock().unwrap();
        let first = g.is_empty();
        (0..n).for_each(|_| g.push_back(Msg([w, 1, 2, 3, 4, 5])));
        drop(g);
        if first {
            let one = 1u64;
            // SAFETY: writes 8 bytes from a live u64 to an eventfd we own.
            unsafe { libc::write(q.1.as_raw_fd(), (&one as *const u64).cast(), 8) };
        }
    };
    let f = measure(cfg, &|| post(0, 1), &|| burst(&post, batched));
    post(STOP, 1);
    consumer.join().unwrap();
    f
}

// ---- the library's three ways ----------------------------------------------------

unsafe extern "system-unwind" fn on_message(
    _h: DWORD,
    msg: DWORD,
    _instance: DWORD_PTR,
    _p1: DWORD_PTR,
    p2: DWORD_PTR,
    _p3: DWORD_PTR,
) {
    on(msg, p2);
}

#[inline]
fn on(msg: DWORD, p2: DWORD_PTR) {
    if msg == LINE_MONITORDIGITS as DWORD {
        received();
    } else if msg == LINE_APPNEWCALL as DWORD {
        HCALL_SEEN.store(p2 as u32, Ordering::Release);
    }
}

/// `lineInitializeExA` with `options` (and the callback unless `USEEVENT`).
fn initialize(options: DWORD) -> HLINEAPP {
    let mut app: HLINEAPP = 0;
    let (mut n, mut ver) = (0u32, 0x0003_0001u32);
    // SAFETY: all-zero is a valid LINEINITIALIZEEXPARAMS (a NULL handle union).
    let mut p: LINEINITIALIZEEXPARAMS = unsafe { std::mem::zeroed() };
    p.dwTotalSize = size_of::<LINEINITIALIZEEXPARAMS>() as u32;
    p.dwOptions = options;
    let (cb, name, none): (LINECALLBACK, _, _) = (Some(on_message), c"bench", std::ptr::null_mut());
    // SAFETY: valid pointers to live locals; a NUL-terminated name.
    let r =
        unsafe { lineInitializeExA(&mut app, none, cb, name.as_ptr(), &mut n, &mut ver, &mut p) };
    assert_eq!(r, 0, "lineInitializeExA");
    let mut line: HLINE = 0;
    let (owner, voice) = (LINECALLPRIVILEGE_OWNER, LINEMEDIAMODE_INTERACTIVEVOICE);
    // SAFETY: a valid out pointer; NULL call params are allowed.
    let r = unsafe {
        lineOpen(
            app,
            0,
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
    app
}

/// Offers a call on line 0 and has the application monitor its DTMF digits once its
/// handle has arrived (`handle` waits for it); returns the post of one message and of
/// [`BURST`] messages.
fn digits_source(handle: &dyn Fn() -> HCALL) -> (impl Fn(), impl Fn()) {
    HCALL_SEEN.store(0, Ordering::SeqCst);
    let mut id = 0u32;
    // SAFETY: NUL-terminated strings and a valid out pointer.
    let r =
        unsafe { tapisimOfferCall(0, 0, c"5551234".as_ptr(), c"A. Caller".as_ptr(), 0, &mut id) };
    assert_eq!(r, 0, "tapisimOfferCall");
    let h = handle();
    assert_eq!(lineMonitorDigits(h, LINEDIGITMODE_DTMF), 0);
    let digits = |s: &'static std::ffi::CStr| {
        move || {
            // SAFETY: a NUL-terminated string.
            let r = unsafe { tapisimRemoteDigits(id, s.as_ptr(), LINEDIGITMODE_DTMF) };
            debug_assert_eq!(r, 0);
        }
    };
    const _: () = assert!(BURST == 16);
    (digits(c"5"), digits(c"0123456789ABCD*#"))
}

fn seen_call() -> HCALL {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let h = HCALL_SEEN.load(Ordering::Acquire);
        if h != 0 {
            return h as HCALL;
        }
        assert!(Instant::now() < deadline, "no LINE_APPNEWCALL");
        thread::sleep(Duration::from_millis(1));
    }
}

fn shutdown(app: HLINEAPP) {
    assert_eq!(lineShutdown(app), 0);
}

/// A pumped-callback application on a thread of its own running the library's message
/// loop.
fn pumped(cfg: &Config) -> Figures {
    let (tx, rx) = mpsc::channel();
    let consumer = thread::spawn(move || {
        let app = initialize(LINEINITIALIZEEXOPTION_USEHIDDENWINDOW);
        // SAFETY: no arguments.
        tx.send(tapi32_GetCurrentThreadId()).unwrap();
        // SAFETY: all-zero is a valid MSG.
        let mut msg: MSG = unsafe { std::mem::zeroed() };
        // SAFETY: a valid MSG to fill and to dispatch.
        while unsafe { tapi32_GetMessageA(&mut msg, std::ptr::null_mut(), 0, 0) } > 0 {
            unsafe { tapi32_DispatchMessageA(&msg) };
        }
        shutdown(app);
    });
    let tid = rx.recv().unwrap();
    let (post, burst) = digits_source(&seen_call);
    let f = measure(cfg, &post, &burst);
    assert_ne!(tapi32_PostThreadMessageA(tid, WM_QUIT, 0, 0), 0);
    consumer.join().unwrap();
    f
}

/// A callback application whose callback runs on its dispatcher thread.
fn dispatcher(cfg: &Config) -> Figures {
    tapi32SetCallbackThread(1);
    let app = initialize(LINEINITIALIZEEXOPTION_USEHIDDENWINDOW);
    tapi32SetCallbackThread(0);
    let (post, burst) = digits_source(&seen_call);
    let f = measure(cfg, &post, &burst);
    shutdown(app);
    f
}

/// The pumped consumer alone (`TAPI32_BENCH_PROFILE=pumped-drain`): the thread that
/// initialized a callback application posts 9,600 digits to it (600 bursts, below the
/// queue's limit), then takes and dispatches them with `GetMessage`/`DispatchMessage`,
/// no other thread running; prints the nanoseconds per message of each of 7 rounds and
/// the best. What the consumer's path costs by itself, without the producer's cache
/// lines moving to and fro.
fn pumped_drain() {
    const ROUNDS: usize = 7;
    const BURSTS: usize = 600;
    let app = initialize(LINEINITIALIZEEXOPTION_USEHIDDENWINDOW);
    // Everything queued so far, dispatched.
    let pump = || {
        // SAFETY: all-zero is a valid MSG.
        let mut msg: MSG = unsafe { std::mem::zeroed() };
        // SAFETY: a valid MSG to fill and to dispatch.
        while unsafe { tapi32_PeekMessageA(&mut msg, std::ptr::null_mut(), 0, 0, PM_REMOVE) } != 0 {
            unsafe { tapi32_DispatchMessageA(&msg) };
        }
    };
    // The call's handle comes with LINE_APPNEWCALL, dispatched on this thread.
    let (_, burst) = digits_source(&|| loop {
        pump();
        if HCALL_SEEN.load(Ordering::Acquire) != 0 {
            return seen_call();
        }
        thread::sleep(Duration::from_millis(1));
    });
    pump();
    // SAFETY: all-zero is a valid MSG.
    let mut msg: MSG = unsafe { std::mem::zeroed() };
    let mut best = f64::MAX;
    for round in 0..ROUNDS {
        (0..BURSTS).for_each(|_| burst());
        COUNT.store(0, Ordering::SeqCst);
        let n = BURSTS as u64 * BURST;
        let start = Instant::now();
        while COUNT.load(Ordering::Relaxed) < n {
            // SAFETY: a valid MSG to fill and to dispatch.
            if unsafe { tapi32_GetMessageA(&mut msg, std::ptr::null_mut(), 0, 0) } <= 0 {
                break;
            }
            unsafe { tapi32_DispatchMessageA(&msg) };
        }
        let ns = start.elapsed().as_nanos() as f64 / n as f64;
        best = best.min(ns);
        println!("pumped-drain round {}: {ns:.1} ns per message", round + 1);
    }
    println!("pumped-drain: best {best:.1} ns per message");
    shutdown(app);
}

/// A `USEEVENT` application whose thread waits in `lineGetMessage`.
fn get_message(cfg: &Config) -> Figures {
    let app = initialize(LINEINITIALIZEEXOPTION_USEEVENT);
    let consumer = thread::spawn(move || {
        let mut m = LINEMESSAGE::default();
        // SAFETY: a valid LINEMESSAGE to fill.
        while unsafe { lineGetMessage(app, &mut m, INFINITE) } == 0 {
            on(m.dwMessageID, m.dwParam2);
        }
    });
    let (post, burst) = digits_source(&seen_call);
    let f = measure(cfg, &post, &burst);
    shutdown(app);
    consumer.join().unwrap();
    f
}

// ---- report ----------------------------------------------------------------------

/// One way of receiving messages: its figures for one round.
type Load = fn(&Config) -> Figures;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut cfg = config();
    LazyLock::force(&BASE);
    let loads: [(&str, Load); 3] = [
        ("pumped (GetMessage/DispatchMessage)", pumped),
        ("dispatcher thread", dispatcher),
        ("lineGetMessage (USEEVENT)", get_message),
    ];
    if let Ok(which) = std::env::var("TAPI32_BENCH_PROFILE") {
        // One load, throughput only: for `valgrind --tool=callgrind`, `strace -c -f`,
        // and A/B comparisons by the CPU time per message (both threads).
        cfg.latency = 0;
        if let Some(n) = std::env::var("TAPI32_BENCH_MESSAGES")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
        {
            // A longer run than the bench's own: the process's CPU time is counted in
            // scheduler ticks, so an A/B comparison wants seconds, not milliseconds.
            cfg.throughput = n.max(BURST).next_multiple_of(BURST);
        }
        if which == "pumped-drain" {
            pumped_drain();
            return;
        }
        let load = match which.as_str() {
            "floor" | "eventfd" => |c: &Config| floor_eventfd(c, false),
            "eventfd-batched" => |c: &Config| floor_eventfd(c, true),
            "condvar" => |c: &Config| floor_condvar(c, false),
            "condvar-batched" => |c: &Config| floor_condvar(c, true),
            _ => loads
                .iter()
                .find(|(name, _)| name.starts_with(which.as_str()))
                .map_or((|c: &Config| floor_eventfd(c, false)) as Load, |l| l.1),
        };
        let f = load(&cfg);
        println!(
            "{which}: {:.0} msg/s, {:.0} ns CPU per message; the producer waited for the consumer before {} of {} bursts",
            f.rate,
            f.p50,
            PRODUCER_WAITS.load(Ordering::Relaxed),
            cfg.throughput / BURST
        );
        return;
    }
    let mut floors = Vec::new();
    let mut ours: Vec<Vec<Figures>> = vec![Vec::new(); loads.len()];
    for round in 0..cfg.rounds {
        let ways = [
            ("condvar", floor_condvar(&cfg, false)),
            ("eventfd", floor_eventfd(&cfg, false)),
            ("condvar, batched", floor_condvar(&cfg, true)),
            ("eventfd, batched", floor_eventfd(&cfg, true)),
        ];
        let best = |g: fn(&Figures) -> f64, better: fn(f64, f64) -> f64| {
            ways.iter().map(|(_, f)| g(f)).reduce(better).unwrap_or(0.0)
        };
        let floor = Figures {
            rate: best(|f| f.rate, f64::max),
            p50: best(|f| f.p50, f64::min),
            p99: best(|f| f.p99, f64::min),
        };
        for (way, f) in &ways {
            eprintln!(
                "round {}: floor {way}: {:.0}/s p50 {:.1} us p99 {:.1} us",
                round + 1,
                f.rate,
                f.p50 / 1e3,
                f.p99 / 1e3
            );
        }
        floors.push(floor);
        for (i, (name, load)) in loads.iter().enumerate() {
            let f = load(&cfg);
            eprintln!(
                "round {}: {name}: {:.0}/s ({:.2}x floor) p50 {:.1} us ({:.2}x) p99 {:.1} us ({:.2}x)",
                round + 1,
                f.rate,
                floor.rate / f.rate,
                f.p50 / 1e3,
                f.p50 / floor.p50,
                f.p99 / 1e3,
                f.p99 / floor.p99
            );
            ours[i].push(f);
        }
    }
    println!(
        "\nMessages, median of {} rounds ({} messages per throughput run, {} per latency run); ratio = ours / floor within each round, target at most 2x",
        cfg.rounds, cfg.throughput, cfg.latency
    );
    let pick = |v: &[Figures], g: fn(&Figures) -> f64| median(v.iter().map(g).collect());
    println!(
        "floor (best of Mutex+Condvar and eventfd, bursts pushed one by one and batched): {:.0} msg/s, p50 {:.1} us, p99 {:.1} us",
        pick(&floors, |f| f.rate),
        pick(&floors, |f| f.p50) / 1e3,
        pick(&floors, |f| f.p99) / 1e3
    );
    for (i, (name, _)) in loads.iter().enumerate() {
        let v = &ours[i];
        let ratio = |g: fn(&Figures) -> f64, inverse: bool| {
            median(
                v.iter()
                    .zip(&floors)
                    .map(|(o, f)| if inverse { g(f) / g(o) } else { g(o) / g(f) })
                    .collect(),
            )
        };
        let (rt, r50, r99) = (
            ratio(|f| f.rate, true),
            ratio(|f| f.p50, false),
            ratio(|f| f.p99, false),
        );
        let verdict = |r: f64| if r <= 2.0 { "holds" } else { "MISSED" };
        println!(
            "{name}: {:.0} msg/s (floor {:.0}; {:.2}x slower, {}), p50 {:.1} us (floor {:.1}; {:.2}x, {}), p99 {:.1} us (floor {:.1}; {:.2}x, {})",
            pick(v, |f| f.rate),
            pick(&floors, |f| f.rate),
            rt,
            verdict(rt),
            pick(v, |f| f.p50) / 1e3,
            pick(&floors, |f| f.p50) / 1e3,
            r50,
            verdict(r50),
            pick(v, |f| f.p99) / 1e3,
            pick(&floors, |f| f.p99) / 1e3,
            r99,
            verdict(r99),
        );
    }
}
