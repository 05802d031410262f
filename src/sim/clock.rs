//! The simulated provider's clock: timed actions of a scenario, run in order on a thread
//! of their own.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::core::sync::{lock, wait_timeout};

/// What the network does at a given time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Action {
    /// The scenario's incoming call number `i` rings.
    Offer(usize),
    /// The scenario's outgoing call number `i` is dialled by the line's phone.
    Dial(usize),
    /// The provider closes a line device.
    Close(u32),
    /// The far end answers an outgoing call, and may hang up that long after.
    FarAnswer {
        /// `dwCallID`
        call: u32,
        /// Milliseconds until the far end hangs up.
        hangup_after_ms: Option<u64>,
    },
    /// The far end (caller or called) hangs up, with this disconnect mode.
    FarHangup(u32, u32),
    /// The line's own phone picks up an offered call.
    PhoneAnswer(u32),
    /// The line's own phone hangs up a call it made.
    PhoneHangup(u32),
    /// The caller of the scenario's incoming call number `incoming` sends its `digits`
    /// (DTMF) on `call`, if the call is connected by then.
    FarDigits {
        /// `dwCallID`
        call: u32,
        /// Index into the scenario's incoming calls.
        incoming: usize,
    },
}

struct Timed {
    at: Instant,
    seq: u64,
    action: Action,
}

impl PartialEq for Timed {
    fn eq(&self, other: &Self) -> bool {
        (self.at, self.seq) == (other.at, other.seq)
    }
}
impl Eq for Timed {}
impl PartialOrd for Timed {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timed {
    /// Reversed, so the heap yields the earliest (then the first scheduled) first.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.at, other.seq).cmp(&(self.at, self.seq))
    }
}

#[derive(Default)]
struct Queue {
    heap: BinaryHeap<Timed>,
    seq: u64,
}

#[derive(Default)]
struct Shared {
    queue: Mutex<Queue>,
    changed: Condvar,
}

/// Timed actions (a clone shares the queue).
#[derive(Clone, Default)]
pub(super) struct Clock(Arc<Shared>);

impl Clock {
    /// Before `fork()`: holds the queue's lock.
    pub(super) fn fork_prepare(&'static self) {
        crate::core::sync::hold(&self.0.queue);
    }

    /// In a forked child, with the lock held: the parent's pending actions are about
    /// its calls and stay with it; the clock's thread is not in the child
    /// ([`Clock::start`] starts another).
    pub(super) fn fork_child(&self) {
        crate::core::sync::with_held::<Queue>(|q| q.heap.clear());
    }

    /// Runs `action` `after` from now.
    pub(super) fn schedule(&self, after: Duration, action: Action) {
        let mut q = lock(&self.0.queue);
        q.seq += 1;
        let seq = q.seq;
        q.heap.push(Timed {
            at: Instant::now() + after,
            seq,
            action,
        });
        drop(q);
        self.0.changed.notify_one();
    }

    /// Starts the thread that runs each action with `run` when it is due (no lock of
    /// the clock held, so `run` may schedule more).
    pub(super) fn start(&self, run: impl Fn(Action) + Send + 'static) {
        let shared = Arc::clone(&self.0);
        let spawned = crate::core::spawn_library_thread("tapi32-sim-clock".into(), move || loop {
            let action = {
                let mut q = lock(&shared.queue);
                loop {
                    let now = Instant::now();
                    match q.heap.peek() {
                        Some(t) if t.at <= now => break q.heap.pop().unwrap().action,
                        Some(t) => {
                            let wait = t.at - now;
                            q = wait_timeout(&shared.changed, q, Some(wait));
                        }
                        None => q = wait_timeout(&shared.changed, q, None),
                    }
                }
            };
            run(action);
        });
        if let Err(e) = spawned {
            eprintln!("tapi32: cannot start the simulated network's clock: {e}");
        }
    }
}
