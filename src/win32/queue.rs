//! Each thread's message queue, as Win32 keeps one per thread: posted thread messages,
//! `WM_QUIT`, timers, and the TAPI applications the thread initialized with a callback,
//! whose messages reach their callback through `DispatchMessage`.
//!
//! A thread gets its queue when it first calls a message function (or initializes a
//! callback application). Every queue has an eventfd that is written when something is
//! posted to it, so a thread waiting in `GetMessage`, `WaitMessage` or
//! `MsgWaitForMultipleObjects` wakes up. When the thread exits, its queue goes and the
//! TAPI applications it owned are orphaned: their messages are discarded.
//!
//! The thread's TAPI applications are kept in the thread itself ([`Local`]), not under
//! the queue's lock: only the owner thread looks at them. The lock guards what other
//! threads post (thread messages, `WM_QUIT`) and the timers, and a flag set under it
//! ([`ThreadQueue::extra`]) tells `GetMessage` whether there is any of that to look at,
//! so a loop that only pumps TAPI messages takes no lock of its own per message.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{fence, AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex, Weak};
use std::time::{Duration, Instant};

use super::types::*;
use crate::core::sync::lock;
use crate::core::App;
use tapi32_defs::DWORD;

/// A message posted to a thread (`PostThreadMessage`, `PostMessage(NULL, ...)`).
#[derive(Clone, Copy, Debug)]
struct Posted {
    message: UINT,
    wparam: WPARAM,
    lparam: LPARAM,
    time: DWORD,
}

/// A thread timer (`SetTimer(NULL, ...)`).
#[derive(Clone, Copy, Debug)]
struct Timer {
    id: UINT_PTR,
    interval: Duration,
    due: Instant,
    proc: TIMERPROC,
}

#[derive(Default)]
struct Inner {
    posted: VecDeque<Posted>,
    quit: Option<i32>,
    timers: Vec<Timer>,
    next_timer: UINT_PTR,
}

impl Inner {
    /// Whether a posted message, `WM_QUIT` or a timer is there to look at.
    fn any(&self) -> bool {
        !self.posted.is_empty() || self.quit.is_some() || !self.timers.is_empty()
    }
}

/// One thread's message queue.
pub(crate) struct ThreadQueue {
    tid: DWORD,
    wake: OwnedFd,
    inner: Mutex<Inner>,
    /// [`Inner::any`], stored under the lock after every change (before the wake-up), so
    /// the owner thread may skip the lock while it is false: a post it misses that way
    /// is one that came after its look, and its wake-up is still pending.
    extra: AtomicBool,
    /// Raised by the owner thread before its last look ahead of a wait
    /// ([`ThreadQueue::may_sleep`]); while it is down the thread is known to look again
    /// before it sleeps, so a TAPI application's post skips the eventfd write
    /// ([`ThreadQueue::wake_if_sleeping`]).
    sleepy: AtomicBool,
}

/// The calling thread's side of its queue: the queue, and the TAPI applications this
/// thread initialized with a callback, in that order (only this thread touches them; a
/// callback may add one, so they are never borrowed across a callback).
pub(crate) struct Local {
    q: Arc<ThreadQueue>,
    apps: RefCell<Vec<Arc<App>>>,
}

impl std::ops::Deref for Local {
    type Target = ThreadQueue;
    fn deref(&self) -> &ThreadQueue {
        &self.q
    }
}

/// Which messages a `GetMessage` or `PeekMessage` takes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Filter {
    /// NULL: any window and the thread's own messages; -1: thread messages only;
    /// otherwise that window.
    pub(crate) hwnd: usize,
    /// `wMsgFilterMin`
    pub(crate) min: UINT,
    /// `wMsgFilterMax`
    pub(crate) max: UINT,
}

impl Filter {
    fn message(&self, message: UINT) -> bool {
        (self.min == 0 && self.max == 0) || (self.min..=self.max).contains(&message)
    }

    fn window(&self, hwnd: usize) -> bool {
        match self.hwnd {
            0 => true,
            usize::MAX => hwnd == 0,
            h => h == hwnd,
        }
    }
}

/// The hidden window of TAPI application `happ` (never dereferenced).
pub(crate) fn hidden_window(happ: u32) -> usize {
    happ as usize | 1 << (usize::BITS - 2)
}

static QUEUES: LazyLock<Mutex<HashMap<DWORD, Weak<ThreadQueue>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

impl Drop for Local {
    /// The thread exits: its queue goes and its applications are orphaned.
    fn drop(&mut self) {
        LOCAL.set(std::ptr::null());
        lock(&QUEUES).remove(&self.q.tid);
        for app in self.apps.take() {
            app.orphan();
        }
    }
}

/// Before `fork()`: holds the lock of the threads' queues.
pub(crate) fn fork_prepare() {
    crate::core::sync::hold(&QUEUES);
}

thread_local! {
    static CURRENT: OnceCell<Local> = const { OnceCell::new() };
    /// The `Local` in `CURRENT` once it is made, null before and from its drop on: a
    /// thread-local without a destructor, read with one load where `CURRENT` (which has
    /// one) is checked for being alive, or registered, on every access.
    static LOCAL: Cell<*const Local> = const { Cell::new(std::ptr::null()) };
}

/// The calling thread's id (`GetCurrentThreadId`): its Linux thread ID.
pub(crate) fn current_thread_id() -> DWORD {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as DWORD }
}

/// `GetTickCount`: milliseconds since the system started, wrapping at 2^32.
pub(crate) use crate::core::tick_count;

/// `GetMessage(lpMsg, NULL, 0, 0)` while a TAPI application's messages come: nothing is
/// posted to the thread, no `WM_QUIT` is pending, no timer is set (due or not), and the
/// thread's first TAPI application holds messages in its batch, so the general look
/// ([`Local::retrieve`]) would return that application's `WM_TAPI`: written to `out`,
/// without that look. False (nothing written) in every other case, for the general
/// look.
///
/// # Safety
/// `out` is valid for a write of `MSG`.
#[inline(always)]
pub(crate) unsafe fn next_tapi(out: *mut MSG) -> bool {
    let handle = with_made(|l| {
        if l.q.extra.load(Ordering::Acquire) {
            return None;
        }
        match l.apps.try_borrow().as_deref().map(Vec::as_slice) {
            Ok([app, ..]) if app.has_batch() => Some(app.handle),
            _ => None,
        }
    });
    let Some(Some(handle)) = handle else {
        return false;
    };
    // SAFETY: forwarded contract.
    unsafe { out.write_unaligned(wm_tapi(handle)) };
    true
}

/// `DispatchMessage(lpMsg)` of the `WM_TAPI` of the thread's first TAPI application
/// (what [`next_tapi`] returns): runs its callback with its next message, as
/// [`Local::dispatch`] does, without copying the `MSG` or looking further. False
/// (nothing done) for any other message, for the general dispatch.
///
/// # Safety
/// `msg` is valid for a read of `MSG`.
#[inline(always)]
pub(crate) unsafe fn dispatch_tapi(msg: *const MSG) -> bool {
    // SAFETY: forwarded contract; read unaligned, as the whole `MSG` would be.
    let (message, hwnd) = unsafe {
        (
            std::ptr::addr_of!((*msg).message).read_unaligned(),
            std::ptr::addr_of!((*msg).hwnd).read_unaligned() as usize,
        )
    };
    if message != WM_TAPI {
        return false;
    }
    // Cloned: the callback may initialize another application of this thread.
    let app = with_made(
        |l| match l.apps.try_borrow().as_deref().map(Vec::as_slice) {
            Ok([app, ..]) if hidden_window(app.handle) == hwnd => Some(Arc::clone(app)),
            _ => None,
        },
    );
    let Some(Some(app)) = app else {
        return false;
    };
    deliver(&app);
    true
}

/// Runs `app`'s callback with its next deliverable message, if one waits: the
/// `DispatchMessage` of its `WM_TAPI`. Here, inside `DispatchMessage`'s panic boundary:
/// a panic in a (Rust) callback ends there, quietly, as the core's own catch would.
#[inline]
fn deliver(app: &App) {
    if let Some((callback, m)) = crate::runtime().pump_next(app) {
        callback(&m);
    }
}

/// The calling thread's queue, made if it has none (as Win32 makes one at a thread's
/// first message function). `None` only if no eventfd can be had.
pub(crate) fn current() -> Option<Arc<ThreadQueue>> {
    with_current(|l| Arc::clone(&l.q))
}

/// Runs `f` with the calling thread's queue (made if it has none), without taking a
/// reference count: the hot message functions' way. `f` may run a callback that calls
/// here again (a nested message loop). `None` only if no eventfd can be had.
#[inline]
pub(crate) fn with_current<R>(f: impl FnOnce(&Local) -> R) -> Option<R> {
    if LOCAL.get().is_null() {
        return with_new(f);
    }
    with_made(f)
}

/// [`with_current`] for a thread whose queue is made; `None` (and no queue made) for
/// any other.
#[inline(always)]
fn with_made<R>(f: impl FnOnce(&Local) -> R) -> Option<R> {
    let l = LOCAL.get();
    if l.is_null() {
        return None;
    }
    // SAFETY: `l` points into this thread's `CURRENT`, which is not moved and lives
    // until its destructor, whose `Local::drop` sets `LOCAL` back to null first.
    // Shared, never borrowed mutably: nested calls from a callback share it.
    Some(f(unsafe { &*l }))
}

/// [`with_current`] for a thread whose queue is not made yet (or is gone: then
/// `CURRENT` refuses, as before).
#[cold]
#[inline(never)]
fn with_new<R>(f: impl FnOnce(&Local) -> R) -> Option<R> {
    CURRENT.with(|c| {
        if let Some(l) = c.get() {
            return Some(f(l));
        }
        let q = new_queue()?;
        lock(&QUEUES).insert(q.tid, Arc::downgrade(&q));
        let l = c.get_or_init(|| Local {
            q,
            apps: RefCell::new(Vec::new()),
        });
        LOCAL.set(l);
        Some(f(l))
    })
}

/// A new queue for the calling thread, or `None` if no eventfd can be had.
fn new_queue() -> Option<Arc<ThreadQueue>> {
    // SAFETY: eventfd has no memory-safety preconditions; a negative result fails.
    let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
    if fd < 0 {
        return None;
    }
    Some(Arc::new(ThreadQueue {
        tid: current_thread_id(),
        // SAFETY: a fresh descriptor nothing else owns.
        wake: unsafe { OwnedFd::from_raw_fd(fd) },
        inner: Mutex::new(Inner {
            next_timer: 1,
            ..Inner::default()
        }),
        extra: AtomicBool::new(false),
        sleepy: AtomicBool::new(false),
    }))
}

/// The queue of thread `tid`, if that thread has one.
pub(crate) fn of_thread(tid: DWORD) -> Option<Arc<ThreadQueue>> {
    lock(&QUEUES).get(&tid).and_then(Weak::upgrade)
}

/// A function that wakes the calling thread's message loop (for a TAPI application it
/// initializes with a callback), called after the application's post: only if the
/// thread may be about to sleep ([`ThreadQueue::wake_if_sleeping`]).
pub(crate) fn current_waker() -> Option<Box<dyn Fn() + Send + Sync>> {
    let q = Arc::downgrade(&current()?);
    Some(Box::new(move || {
        if let Some(q) = q.upgrade() {
            q.wake_if_sleeping();
        }
    }))
}

/// Makes the TAPI application `app` the calling thread's: its callback runs in this
/// thread's message loop.
pub(crate) fn adopt(app: Arc<App>) {
    with_current(|l| l.apps.borrow_mut().push(app));
}

/// The `WM_TAPI` of TAPI application `handle`'s hidden window, as `GetMessage` returns
/// it; its time is `GetTickCount`'s clock at its last tick
/// ([`crate::platform::coarse_tick_count`]).
#[inline]
fn wm_tapi(handle: u32) -> MSG {
    make(
        hidden_window(handle),
        WM_TAPI,
        handle as WPARAM,
        0,
        crate::platform::coarse_tick_count(),
    )
}

/// A message of the calling thread's queue as `GetMessage` returns it.
fn make(hwnd: usize, message: UINT, wparam: WPARAM, lparam: LPARAM, time: DWORD) -> MSG {
    MSG {
        hwnd: hwnd as HWND,
        message,
        wParam: wparam,
        lParam: lparam,
        time,
        pt: POINT::default(),
    }
}

impl Local {
    /// The next message `filter` takes, removed from the queue with `remove`: posted
    /// messages first, then a TAPI application's (its hidden window's `WM_TAPI`: the
    /// application's message itself leaves its queue in `DispatchMessage`), then
    /// `WM_QUIT`, then due timers.
    #[inline]
    pub(crate) fn retrieve(&self, filter: Filter, remove: bool) -> Option<MSG> {
        if !self.q.extra.load(Ordering::Acquire) {
            // Nothing posted, no quit, no timer: only the applications to look at.
            return self.tapi(filter);
        }
        self.retrieve_locked(filter, remove)
    }

    /// [`Local::retrieve`] when something was posted, a quit is pending or a timer is
    /// set: the look under the queue's lock (out of line, so that the look of a loop
    /// that only pumps TAPI messages keeps no state for it).
    #[inline(never)]
    fn retrieve_locked(&self, filter: Filter, remove: bool) -> Option<MSG> {
        let mut inner = lock(&self.q.inner);
        if filter.window(0) {
            let found = inner.posted.iter().position(|p| filter.message(p.message));
            if let Some(i) = found {
                let p = inner.posted[i];
                if remove {
                    inner.posted.remove(i);
                    self.q.extra.store(inner.any(), Ordering::Release);
                }
                return Some(make(0, p.message, p.wparam, p.lparam, p.time));
            }
        }
        // The applications' queue locks nest inside this one; no callback runs here.
        if let Some(m) = self.tapi(filter) {
            return Some(m);
        }
        // PeekMessage and GetMessage take WM_QUIT whatever the range filter says.
        if filter.window(0) && filter.min <= filter.max {
            if let Some(code) = inner.quit {
                if remove {
                    inner.quit = None;
                    self.q.extra.store(inner.any(), Ordering::Release);
                }
                return Some(make(0, WM_QUIT, code as WPARAM, 0, tick_count()));
            }
        }
        if filter.window(0) && filter.message(WM_TIMER) {
            let at = Instant::now();
            if let Some(t) = inner.timers.iter_mut().find(|t| t.due <= at) {
                if remove {
                    t.due = at + t.interval;
                }
                let proc = t.proc.map_or(0, |f| f as usize as LPARAM);
                return Some(make(0, WM_TIMER, t.id, proc, tick_count()));
            }
        }
        None
    }

    /// The `WM_TAPI` of the first of the thread's applications with a message waiting
    /// that `filter` takes (forgetting closed applications on the way, and in a forked
    /// child those left to the parent).
    #[inline(always)]
    fn tapi(&self, filter: Filter) -> Option<MSG> {
        if !filter.message(WM_TAPI) {
            return None;
        }
        // One pass: the first application that has a message, unless one on the way has
        // closed (then forgotten, and the look made again). Not borrowed across anything
        // that can run a callback.
        let handle = {
            let apps = self.apps.borrow();
            let mut found = None;
            for app in apps.iter() {
                if app.is_gone() {
                    drop(apps);
                    return self.forget_gone(filter);
                }
                if filter.window(hidden_window(app.handle)) && app.pump_ready() {
                    found = Some(app.handle);
                    break;
                }
            }
            found?
        };
        Some(wm_tapi(handle))
    }

    /// [`Local::tapi`] met a closed (or, in a forked child, the parent's) application:
    /// forgets those and looks again.
    #[cold]
    #[inline(never)]
    fn forget_gone(&self, filter: Filter) -> Option<MSG> {
        self.apps.borrow_mut().retain(|a| !a.is_gone());
        self.tapi(filter)
    }

    /// `DispatchMessage` of `msg` on this thread: a TAPI application's `WM_TAPI` runs its
    /// callback with its next message; a `WM_TIMER` of one of this thread's timers with a
    /// callback runs it. Anything else has no effect.
    pub(crate) fn dispatch(&self, msg: &MSG) {
        let hwnd = msg.hwnd as usize;
        if msg.message == WM_TAPI {
            // Cloned: the callback may initialize another application of this thread.
            let app = self
                .apps
                .borrow()
                .iter()
                .find(|a| hidden_window(a.handle) == hwnd)
                .cloned();
            if let Some(app) = app {
                deliver(&app);
            }
        } else if msg.message == WM_TIMER && hwnd == 0 {
            let proc = lock(&self.q.inner)
                .timers
                .iter()
                .find(|t| {
                    t.id == msg.wParam && t.proc.map_or(0, |f| f as usize) == msg.lParam as usize
                })
                .and_then(|t| t.proc);
            if let Some(f) = proc {
                // SAFETY: the program gave this TIMERPROC to SetTimer for this timer.
                crate::ffi::call_program("TIMERPROC", || unsafe {
                    f(std::ptr::null_mut(), WM_TIMER, msg.wParam, tick_count())
                });
            }
        }
    }
}

impl ThreadQueue {
    /// Tells the thread something was posted.
    pub(crate) fn wake(&self) {
        let one: u64 = 1;
        // SAFETY: writes 8 bytes from a live u64 to an eventfd we own.
        unsafe { libc::write(self.wake.as_raw_fd(), (&one as *const u64).cast(), 8) };
    }

    /// After a TAPI application's post (the message already in its queue): wakes the
    /// thread only if it has raised [`ThreadQueue::may_sleep`]. The other side of that
    /// handshake (Dekker's, a `SeqCst` fence on each side): either this load sees the
    /// flag and writes, or the thread's look after raising it sees the message.
    #[inline]
    pub(crate) fn wake_if_sleeping(&self) {
        fence(Ordering::SeqCst);
        if self.sleepy.load(Ordering::Relaxed) {
            self.wake();
        }
    }

    /// The owner thread, before its last look ahead of a wait on [`Self::wake_fd`]
    /// (and after clearing the wake-up): from here on TAPI applications' posts write the
    /// eventfd. Every wait on it must be preceded by this and a look.
    #[inline]
    pub(crate) fn may_sleep(&self) {
        self.sleepy.store(true, Ordering::Relaxed);
        fence(Ordering::SeqCst);
    }

    /// The owner thread (`GetMessage`, before it clears the wake-up) will look again
    /// before its next wait, so posts may skip the eventfd write until it raises
    /// [`Self::may_sleep`] again.
    #[inline]
    pub(crate) fn awake(&self) {
        self.sleepy.store(false, Ordering::Relaxed);
    }

    /// The eventfd that is readable while the thread may have been posted something.
    pub(crate) fn wake_fd(&self) -> RawFd {
        self.wake.as_raw_fd()
    }

    /// Clears the wake-up; called before looking at the queue, so a post that comes
    /// after the look wakes the next wait.
    pub(crate) fn clear_wake(&self) {
        let mut v: u64 = 0;
        // SAFETY: reads 8 bytes into a live u64 from a non-blocking eventfd we own.
        unsafe { libc::read(self.wake.as_raw_fd(), (&mut v as *mut u64).cast(), 8) };
    }

    /// Runs `f` on what the lock guards, then stores [`ThreadQueue::extra`] (still
    /// under the lock).
    fn change<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        let mut inner = lock(&self.inner);
        let r = f(&mut inner);
        self.extra.store(inner.any(), Ordering::Release);
        r
    }

    /// Posts a thread message.
    pub(crate) fn post(&self, message: UINT, wparam: WPARAM, lparam: LPARAM) {
        let time = tick_count();
        self.change(|inner| {
            inner.posted.push_back(Posted {
                message,
                wparam,
                lparam,
                time,
            })
        });
        self.wake();
    }

    /// `PostQuitMessage`.
    pub(crate) fn post_quit(&self, code: i32) {
        self.change(|inner| inner.quit = Some(code));
        self.wake();
    }

    /// How long until the next timer is due (`None`: no timer).
    pub(crate) fn next_timer(&self) -> Option<Duration> {
        let at = Instant::now();
        lock(&self.inner)
            .timers
            .iter()
            .map(|t| t.due.saturating_duration_since(at))
            .min()
    }

    /// `SetTimer(NULL, id, ms, proc)`: replaces this thread's timer `id` if it has one,
    /// else makes a new one; returns its id.
    pub(crate) fn set_timer(&self, id: UINT_PTR, ms: UINT, proc: TIMERPROC) -> UINT_PTR {
        // USER_TIMER_MINIMUM and USER_TIMER_MAXIMUM.
        let interval = Duration::from_millis(u64::from(ms.clamp(10, 0x7FFF_FFFF)));
        let mut inner = lock(&self.inner);
        let due = Instant::now() + interval;
        if let Some(t) = inner.timers.iter_mut().find(|t| t.id == id && id != 0) {
            *t = Timer {
                id,
                interval,
                due,
                proc,
            };
            return id;
        }
        let mut id = inner.next_timer;
        while id == 0 || inner.timers.iter().any(|t| t.id == id) {
            id = id.wrapping_add(1);
        }
        inner.next_timer = id.wrapping_add(1);
        inner.timers.push(Timer {
            id,
            interval,
            due,
            proc,
        });
        self.extra.store(true, Ordering::Release);
        drop(inner);
        self.wake();
        id
    }

    /// `KillTimer(NULL, id)`: whether this thread had timer `id`.
    pub(crate) fn kill_timer(&self, id: UINT_PTR) -> bool {
        let mut inner = lock(&self.inner);
        let before = inner.timers.len();
        inner.timers.retain(|t| t.id != id);
        self.extra.store(inner.any(), Ordering::Release);
        inner.timers.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_take_ranges_windows_and_nothing_for_an_inverted_range() {
        let all = Filter {
            hwnd: 0,
            min: 0,
            max: 0,
        };
        assert!(all.message(WM_TIMER) && all.message(WM_TAPI) && all.window(0));
        let range = Filter {
            hwnd: usize::MAX,
            min: 0x400,
            max: 0x7FFF,
        };
        assert!(range.message(0x401) && !range.message(WM_TIMER));
        assert!(range.window(0) && !range.window(hidden_window(5)));
        let inverted = Filter {
            hwnd: 0,
            min: 10,
            max: 1,
        };
        assert!(!inverted.message(5) && !inverted.message(10));
    }

    #[test]
    fn the_look_goes_past_a_closed_application_and_forgets_it_and_the_thread_keeps_one_local() {
        use crate::core::app::DeliverIf;
        use crate::core::{Delivery, Message};
        let app = |handle| {
            let delivery = Delivery::Pumped {
                callback: Box::new(|_: &Message| {}),
                wake: Box::new(|| {}),
            };
            Arc::new(App::new(handle, "t".into(), false, delivery, None))
        };
        let tid = std::thread::spawn(move || {
            let (closed, open) = (app(1), app(2));
            adopt(Arc::clone(&closed));
            adopt(Arc::clone(&open));
            let m = Message {
                device: 0,
                id: 0,
                instance: 0,
                p1: 7,
                p2: 0,
                p3: 0,
            };
            open.post_all([(m, DeliverIf::Always)]);
            closed.close();
            let any = Filter {
                hwnd: 0,
                min: 0,
                max: 0,
            };
            let first = with_current(|l| l as *const Local).unwrap();
            assert_eq!(LOCAL.get(), first);
            with_current(|l| {
                assert!(std::ptr::eq(l, first), "the same Local on every call");
                let m = l
                    .retrieve(any, true)
                    .expect("the open application's message");
                assert_eq!((m.message, m.wParam), (WM_TAPI, 2));
                assert_eq!(m.hwnd as usize, hidden_window(2));
                assert_eq!(l.apps.borrow().len(), 1, "the closed one forgotten");
            })
            .unwrap();
            current_thread_id()
        })
        .join()
        .unwrap();
        assert!(of_thread(tid).is_none(), "the queue went with its thread");
    }

    /// The skipped wake-up's handshake: a producer posts one TAPI message at a time to a
    /// thread in `GetMessage` and waits for its callback to run, sometimes at once (the
    /// consumer still looking: the post skips the eventfd write), sometimes after a pause
    /// (the consumer has raised `may_sleep` and polls: the post must write). A lost
    /// wake-up leaves the consumer asleep for ever and fails the wait below.
    #[test]
    fn a_post_wakes_get_message_whether_it_spins_or_sleeps_and_no_wake_up_is_lost() {
        use super::super::exports::{tapi32_DispatchMessageA, tapi32_GetMessageA};
        use crate::core::app::DeliverIf;
        use crate::core::{Delivery, Message};
        use std::sync::atomic::AtomicUsize;
        use std::sync::mpsc;
        let ran = Arc::new(AtomicUsize::new(0));
        let (tx, rx) = mpsc::channel();
        let counter = Arc::clone(&ran);
        let consumer = std::thread::spawn(move || {
            let delivery = Delivery::Pumped {
                callback: Box::new(move |_: &Message| {
                    counter.fetch_add(1, Ordering::SeqCst);
                }),
                wake: current_waker().unwrap(),
            };
            let app = Arc::new(App::new(7, "t".into(), false, delivery, None));
            adopt(Arc::clone(&app));
            tx.send((app, current_thread_id())).unwrap();
            let mut msg = make(0, 0, 0, 0, 0);
            // SAFETY: `msg` is a live MSG.
            while unsafe { tapi32_GetMessageA(&mut msg, std::ptr::null_mut(), 0, 0) } > 0 {
                // SAFETY: as above.
                unsafe { tapi32_DispatchMessageA(&msg) };
            }
        });
        let (app, tid) = rx.recv().unwrap();
        let m = Message {
            device: 0,
            id: 0,
            instance: 0,
            p1: 0,
            p2: 0,
            p3: 0,
        };
        let rounds = 4000;
        for i in 0..rounds {
            match i % 4 {
                0 => std::thread::sleep(Duration::from_micros(200)),
                1 => std::thread::sleep(Duration::from_micros(i as u64 % 37)),
                _ => {}
            }
            app.post_all([(m, DeliverIf::Always)]);
            let deadline = Instant::now() + Duration::from_secs(10);
            while ran.load(Ordering::SeqCst) <= i {
                assert!(Instant::now() < deadline, "post {i} lost its wake-up");
                std::thread::yield_now();
            }
        }
        of_thread(tid).unwrap().post_quit(0);
        consumer.join().unwrap();
        assert_eq!(ran.load(Ordering::SeqCst), rounds);
        // A consumer that is not about to sleep is not woken; one that is, is.
        let q = Arc::new(new_queue().unwrap());
        let readable = |q: &ThreadQueue| {
            let mut v = 0u64;
            // SAFETY: reads 8 bytes into a live u64 from a non-blocking eventfd.
            unsafe { libc::read(q.wake_fd(), (&mut v as *mut u64).cast(), 8) == 8 }
        };
        q.wake_if_sleeping();
        assert!(!readable(&q), "awake: no write");
        q.may_sleep();
        q.wake_if_sleeping();
        assert!(readable(&q), "about to sleep: woken");
        q.awake();
        q.wake_if_sleeping();
        assert!(!readable(&q));
    }

    #[test]
    fn posted_messages_then_quit_then_timers_and_quit_is_taken_once() {
        with_current(|q| {
            let any = Filter {
                hwnd: 0,
                min: 0,
                max: 0,
            };
            q.post(0x401, 1, 2);
            q.post_quit(7);
            let id = q.set_timer(0, 10, None);
            let m = q.retrieve(any, false).unwrap();
            assert_eq!((m.message, m.wParam, m.lParam), (0x401, 1, 2));
            assert_eq!(q.retrieve(any, true).unwrap().message, 0x401);
            let quit = q.retrieve(any, true).unwrap();
            assert_eq!((quit.message, quit.wParam), (WM_QUIT, 7));
            std::thread::sleep(Duration::from_millis(15));
            let t = q.retrieve(any, true).unwrap();
            assert_eq!((t.message, t.wParam), (WM_TIMER, id));
            assert!(q.retrieve(any, true).is_none(), "rescheduled, not due yet");
            assert!(q.kill_timer(id) && !q.kill_timer(id));
            assert_eq!(of_thread(current_thread_id()).map(|o| o.tid), Some(q.tid));
        })
        .unwrap();
    }

    #[test]
    fn the_flag_follows_posts_quit_and_timers_so_a_post_from_another_thread_is_seen() {
        with_current(|q| {
            let any = Filter {
                hwnd: 0,
                min: 0,
                max: 0,
            };
            assert!(!q.extra.load(Ordering::Acquire) && q.retrieve(any, true).is_none());
            // Posted by another thread: the look without the lock must see it.
            let other = current().unwrap();
            std::thread::spawn(move || other.post(0x402, 3, 4))
                .join()
                .unwrap();
            assert!(q.extra.load(Ordering::Acquire));
            let m = q.retrieve(any, false).unwrap();
            assert_eq!((m.message, m.wParam), (0x402, 3), "PM_NOREMOVE keeps it");
            assert!(q.extra.load(Ordering::Acquire));
            assert_eq!(q.retrieve(any, true).unwrap().message, 0x402);
            assert!(!q.extra.load(Ordering::Acquire) && q.retrieve(any, true).is_none());
            let id = q.set_timer(0, 10_000, None);
            assert!(q.extra.load(Ordering::Acquire));
            assert!(q.kill_timer(id) && !q.extra.load(Ordering::Acquire));
            q.post_quit(3);
            assert!(q.extra.load(Ordering::Acquire));
            assert_eq!(q.retrieve(any, true).unwrap().message, WM_QUIT);
            assert!(!q.extra.load(Ordering::Acquire));
        })
        .unwrap();
    }
}
