//! The reuse distance of handle values, measured on the allocator alone at full speed
//! (RELIABILITY.md, "The reuse distance"):
//!
//! ```sh
//! cargo run --release --example reuse_distance            # every pattern
//! cargo run --release --example reuse_distance -- logger  # one of them
//! ```
//!
//! Each pattern runs until 2^31 + 2^25 handles have been retired, so that values do come
//! back, and watches every value of the first 256 slot indices: for each, when it was
//! last retired, and how many retirements passed before it was issued again. It prints
//! the least distance seen (the allocator promises at least 2^31), how many watched
//! values came back, the most slots waiting at once, and any issue that failed with
//! fewer live values than the promised room. Exits 1 if a value came back early.
//!
//! * `logger`: one live handle at a time (a call logger's life).
//! * `peak`: first every slot live at once (2^21 - 1, the case where the old quarantine
//!   vanished), then one at a time.
//! * `lockstep`: rounds of 600,000 live handles, all retired, all issued again.
//! * `random`: the live count wanders between 0 and 1,000,000.

use std::time::Instant;

use tapi32::testing::HandleValues;

const WATCHED: usize = 256;
const GENERATIONS: usize = 1 << (32 - HandleValues::INDEX_BITS);
/// At least this many handles can always be live (src/core/ids.rs).
const ROOM: usize = 696_271;

struct Run {
    ids: HandleValues,
    /// Retirement count (1-based) of each watched (index, generation), 0: never.
    retired_at: Vec<u64>,
    retired: u64,
    least: Option<u64>,
    repeats: u64,
    most_waiting: usize,
    short_failures: u64,
}

impl Run {
    fn new() -> Self {
        Run {
            ids: HandleValues::new(),
            retired_at: vec![0; (WATCHED + 1) * GENERATIONS],
            retired: 0,
            least: None,
            repeats: 0,
            most_waiting: 0,
            short_failures: 0,
        }
    }

    fn slot(value: u32) -> Option<usize> {
        let index = (value & ((1 << HandleValues::INDEX_BITS) - 1)) as usize;
        let generation = (value >> HandleValues::INDEX_BITS) as usize;
        (index <= WATCHED).then_some(index * GENERATIONS + generation)
    }

    fn issue(&mut self, live: usize) -> Option<u32> {
        let Some(v) = self.ids.issue() else {
            if live < ROOM {
                self.short_failures += 1;
            }
            return None;
        };
        if let Some(s) = Self::slot(v) {
            let at = self.retired_at[s];
            if at != 0 {
                let d = self.retired - at;
                self.repeats += 1;
                self.least = Some(self.least.map_or(d, |l| l.min(d)));
            }
        }
        Some(v)
    }

    fn retire(&mut self, v: u32) {
        self.ids.retire(v);
        self.retired += 1;
        if let Some(s) = Self::slot(v) {
            self.retired_at[s] = self.retired;
        }
        if self.retired & 0xFFFF == 0 {
            self.most_waiting = self.most_waiting.max(self.ids.waiting());
        }
    }
}

const TARGET: u64 = HandleValues::REUSE_DISTANCE + (1 << 25);

fn one_at_a_time(r: &mut Run) {
    while r.retired < TARGET {
        let v = r.issue(0).expect("a value with nothing live");
        r.retire(v);
    }
}

fn pattern(name: &str) -> Run {
    let mut r = Run::new();
    match name {
        "logger" => one_at_a_time(&mut r),
        "peak" => {
            let all: Vec<u32> = std::iter::from_fn(|| r.issue(usize::MAX)).collect();
            assert_eq!(all.len(), (1 << HandleValues::INDEX_BITS) - 1);
            // Last retired first: index 1 ends on top, so the watched indices serve next.
            for v in all.into_iter().rev() {
                r.retire(v);
            }
            one_at_a_time(&mut r);
        }
        "lockstep" => {
            let mut live = Vec::with_capacity(600_000);
            while r.retired < TARGET {
                while live.len() < 600_000 {
                    let Some(v) = r.issue(live.len()) else { break };
                    live.push(v);
                }
                for v in live.drain(..) {
                    r.retire(v);
                }
            }
        }
        "random" => {
            let mut live: Vec<u32> = Vec::with_capacity(1_000_000);
            let mut x = 0x9E37_79B9_7F4A_7C15u64;
            let mut growing = true;
            while r.retired < TARGET {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if live.len() >= 1_000_000 {
                    growing = false;
                } else if live.is_empty() {
                    growing = true;
                }
                if growing == (x % 4 != 0) {
                    match r.issue(live.len()) {
                        Some(v) => live.push(v),
                        None => growing = false,
                    }
                } else if !live.is_empty() {
                    let i = (x >> 11) as usize % live.len();
                    let v = live.swap_remove(i);
                    r.retire(v);
                }
            }
        }
        other => panic!("unknown pattern {other}"),
    }
    r
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let names: Vec<&str> = if args.is_empty() {
        vec!["logger", "peak", "lockstep", "random"]
    } else {
        args.iter().map(String::as_str).collect()
    };
    let mut early = false;
    println!(
        "reuse distance of handle values: promised at least {} retirements",
        HandleValues::REUSE_DISTANCE
    );
    for name in names {
        let t = Instant::now();
        let r = pattern(name);
        let secs = t.elapsed().as_secs_f64();
        let least = r.least.map_or("none came back".into(), |l| l.to_string());
        println!(
            "{name}: {} retirements in {secs:.1} s; watched values back: {}; least distance: \
             {least}; most slots waiting: {}; failed issues below {ROOM} live: {}",
            r.retired, r.repeats, r.most_waiting, r.short_failures
        );
        early |= r.least.is_some_and(|l| l < HandleValues::REUSE_DISTANCE);
        early |= r.short_failures > 0;
    }
    if early {
        println!("FAILED: a value came back early or an issue failed below the room");
        std::process::exit(1);
    }
}
