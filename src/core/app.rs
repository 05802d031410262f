//! Applications and their message queues.
//!
//! Every initialized application has one FIFO queue of TAPI messages. How messages
//! leave it depends on how the application initialized:
//!
//! * **Event** (`LINEINITIALIZEEXOPTION_USEEVENT`): the application pulls them with
//!   `lineGetMessage`. The "event handle" ([`crate::platform::EventHandle`]) is set
//!   whenever the queue may hold a message: on Linux an `eventfd` that is then readable
//!   (for `poll`, `select`, `epoll`), on Windows a signalled Win32 event.
//! * **Pumped callback**, the default for `lineInitialize` and
//!   `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`, as on Windows: the application belongs to
//!   the thread that initialized it, and its callback runs only on that thread, inside
//!   its message loop (the Win32 layer calls [`App::pump_next`] from `DispatchMessage`),
//!   one message at a time and re-entrantly: a message loop nested in a callback
//!   delivers the next message. Posting to an empty queue wakes the owner thread (a
//!   busy one needs no wake-up: its loop looks at the queue before it waits). Nothing
//!   ever waits for such a callback.
//! * **Dispatcher callback** (opt-in: `TAPI32_CALLBACK_THREAD=1`, or
//!   `tapi32SetCallbackThread`): a dispatcher thread owned by the application pops one
//!   message at a time and calls the callback without holding any lock of the library,
//!   so the callback may call the library again.
//!
//! Messages name handles. A message is checked when it leaves the queue: one whose call or
//! line handle has become invalid since it was queued, or whose request was cancelled
//! (line closed, or the call deallocated under TAPI 1.x), is discarded, so no message the
//! application receives names a handle that was already invalid when it was delivered.
//! `LINE_CLOSE` is the exception: it names the line handle it invalidates.
//!
//! Each queue holds at most [`queue_limit`] messages (`TAPI32_QUEUE_LIMIT`, default
//! 10,000: Windows' limit of posted messages per message queue, where TAPI's hidden
//! window receives them). As Windows' `PostMessage` fails on a full queue, a message
//! posted to a full queue is discarded (a request it replies to is done), and the
//! observer is told (the doctor counts them and reports the first of each overflow).
//!
//! With a dispatcher, a message is checked, then delivered on the dispatcher thread. So
//! that no callback starts with a message about a handle after the function that
//! invalidated the handle has returned, that function waits ([`App::settle`]) while the
//! dispatcher is delivering a message the change has made undeliverable, at most a
//! bounded time ([`callback_wait`]), never twice for the same callback, and never on a
//! library thread (a dispatcher or the provider's clock). And a message produced inside
//! an exported TAPI function is not delivered before that function returns
//! ([`ExportScope`]; when it queued a reply the dispatcher waits [`RETURN_GRACE`] after its last act,
//! time for it to return and for its caller to store what it returned).

use crossbeam_utils::CachePadded;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, Weak};
use std::thread::{JoinHandle, ThreadId};
use std::time::{Duration, Instant};

use crossbeam_utils::Backoff;

use super::call::Text;
use super::handles::{HandleTable, Kind};
use super::observer::Observer;
use super::sync::{lock, wait_timeout};
use crate::platform::EventHandle;
use tapi32_defs::constants::{LINE_REPLY, PHONE_REPLY};
use tapi32_defs::LineError;

/// Environment variable: how long (milliseconds) an invalidating function waits for a
/// dispatcher-mode callback already running; 0: never wait. Default 250.
pub(crate) const CALLBACK_WAIT_ENV: &str = "TAPI32_CALLBACK_WAIT_MS";

/// Environment variable: the most messages an application's queue holds (default
/// [`DEFAULT_QUEUE_LIMIT`]).
pub(crate) const QUEUE_LIMIT_ENV: &str = "TAPI32_QUEUE_LIMIT";

/// Windows' limit of posted messages per message queue (`USERPostMessageLimit`).
pub(crate) const DEFAULT_QUEUE_LIMIT: usize = 10_000;

/// The most messages an application's queue holds ([`QUEUE_LIMIT_ENV`], read once; at
/// least 1).
pub(crate) fn queue_limit() -> usize {
    static LIMIT: OnceLock<usize> = OnceLock::new();
    *LIMIT.get_or_init(|| {
        crate::env::var_unless_secure(QUEUE_LIMIT_ENV)
            .and_then(|v| v.trim().parse::<usize>().ok())
            .map_or(DEFAULT_QUEUE_LIMIT, |n| n.max(1))
    })
}

/// One TAPI message as the application receives it (the fields of `LINEMESSAGE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Message {
    /// `hDevice`: the line or call handle the message is about.
    pub device: u32,
    /// `dwMessageID`: a `LINE_*` value.
    pub id: u32,
    /// `dwCallbackInstance` of the line the message concerns.
    pub instance: usize,
    /// `dwParam1`
    pub p1: usize,
    /// `dwParam2`
    pub p2: usize,
    /// `dwParam3`
    pub p3: usize,
}

/// The state of an asynchronous request, shared by the line that issued it and the
/// `LINE_REPLY` message that completes it.
#[derive(Default, Debug)]
pub(crate) struct Request {
    /// Set when the reply must not be delivered.
    pub cancelled: AtomicBool,
    /// Set once the reply has left the queue (delivered or discarded).
    pub done: AtomicBool,
}

/// The condition under which a queued message is still delivered when it leaves the
/// queue.
#[derive(Debug)]
pub(crate) enum DeliverIf {
    /// Always (`LINE_CLOSE`: it names the line handle it invalidates).
    Always,
    /// The call handle is still valid.
    CallLive(u32),
    /// The line handle is still valid.
    LineLive(u32),
    /// The phone handle is still valid.
    PhoneLive(u32),
    /// The request has not been cancelled (its line closed, or under TAPI 1.x its call
    /// deallocated).
    RequestActive(Arc<Request>),
}

struct Queued {
    msg: Message,
    guard: DeliverIf,
}

/// Why [`App::try_next`] found no message.
enum Empty<'a> {
    /// The application has shut down.
    Closed,
    /// Nothing waits; the queue's lock, held since it was found empty.
    Queue(MutexGuard<'a, Queue>),
}

/// An application's `LINECALLBACK`, as the core calls it.
pub(crate) type Callback = Box<dyn Fn(&Message) + Send + Sync>;

/// How the application wants its messages.
pub(crate) enum Delivery {
    /// Windows' model: the callback runs on the initializing thread, inside its message
    /// loop ([`App::pump_next`], [`App::pump_one`]); `wake` tells that thread a message
    /// has come.
    Pumped {
        /// The callback.
        callback: Callback,
        /// Wakes the owner thread's message loop.
        wake: Box<dyn Fn() + Send + Sync>,
    },
    /// The opt-in: a dispatcher thread of the application runs the callback.
    Dispatcher(Callback),
    /// `lineGetMessage`, with an event handle to wait on.
    Event(EventHandle),
}

#[derive(Default)]
struct Queue {
    items: VecDeque<Queued>,
    closed: bool,
    /// Exported functions still running that queued messages here (dispatcher mode):
    /// the dispatcher delivers nothing until they have returned.
    producing: usize,
    /// [`RETURN_GRACE`] after the latest release of an export that queued a reply: the
    /// dispatcher waits until then, so the function has returned to its caller and the
    /// caller has stored its request ID. Other exports' messages wait only until
    /// `producing` is back to 0.
    release_at: Option<Instant>,
    /// A message has been discarded since the queue was last below its limit.
    overflowing: bool,
    /// Threads waiting on `ready` (`lineGetMessage`, the dispatcher): a post wakes one
    /// only when there is one, so a consumer that is already busy costs no wake-up.
    waiting: usize,
    /// Pumped, event and dispatcher mode: how many messages the consumer moved into its batch
    /// ([`App::batch`], [`App::try_next`]) at its last look at this queue; nonzero while
    /// it may hold some. A pumped consumer is then busy and looks here again before it
    /// waits, so a post needs no wake-up; in event mode the event is set while it is
    /// nonzero, so a post need not set it again; and the queue's limit counts what the
    /// batch still holds.
    batched: usize,
}

/// Dispatcher mode: the dispatcher's batch and the message it is delivering, under a lock
/// only the dispatcher, [`App::settle`], [`App::finish_dispatcher`] and [`App::close`]
/// take (lock order: `flight` before `queue`).
#[derive(Default)]
struct Flight {
    /// Messages moved out of the queue under one acquisition of its lock, in their order
    /// and older than any still there, taken only when no export holds messages
    /// (`producing` 0) and no reply's grace runs; each checked as it is handed out.
    items: VecDeque<Queued>,
    /// The message the dispatcher is delivering (it was deliverable when it was handed
    /// out): its sequence number and guard.
    in_flight: Option<(u64, DeliverIf)>,
    /// Sequence number of the last message handed to the dispatcher.
    delivered: u64,
    /// The in-flight callback a wait has already given up on: nobody waits for it again.
    abandoned: u64,
    /// Threads waiting on `settled` ([`App::settle`], [`App::finish_dispatcher`]).
    settling: usize,
}

/// Waits on `cv` with a lock, counted in `count` (the queue's `waiting`, the flight's
/// `settling`) so that whoever signals `cv` knows whether anyone waits.
fn wait_counted<'a, T>(
    cv: &Condvar,
    mut q: std::sync::MutexGuard<'a, T>,
    timeout: Option<Duration>,
    count: fn(&mut T) -> &mut usize,
) -> std::sync::MutexGuard<'a, T> {
    *count(&mut q) += 1;
    let mut q = wait_timeout(cv, q, timeout);
    *count(&mut q) -= 1;
    q
}

/// How long after an exported function that queued a `LINE_REPLY` or `PHONE_REPLY`
/// releases its messages (its last act before returning) the dispatcher waits before
/// delivering them: time for the function to return, and for its caller to store the
/// request ID it returned (`g_req = lineMakeCall(...)`), also when the caller's thread is
/// descheduled right after the return (a loaded machine, valgrind). Windows delivers a
/// reply after a round trip through its telephony service; 20 ms is of that order.
/// Other messages an export queued are held only until it has returned.
const RETURN_GRACE: Duration = Duration::from_millis(20);

/// An initialized application.
///
/// What the producers write (`queue`, `posted`) and what the consumers write (`batch`,
/// `flight`, `batch_len`) each have cache lines of their own (`CachePadded`), apart from
/// each other and from what both only read (`delivery`, `closed`, ...): a consumer's
/// write per message no longer takes from the producer the line it is about to write,
/// and the other way round (BENCHMARKS.md, "Messages", seventh round).
pub(crate) struct App {
    /// Its `HLINEAPP`.
    pub(crate) handle: u32,
    /// Its friendly name (`lpszFriendlyAppName`, or the program's name).
    pub(crate) name: Text,
    /// The file name of its program, without the path (`lineHandoff`'s target name).
    pub(crate) module: Text,
    /// A phone application (`phoneInitialize(Ex)`): its handle is an `HPHONEAPP`.
    pub(crate) phone: bool,
    delivery: Delivery,
    queue: CachePadded<Mutex<Queue>>,
    /// Pumped and event mode: the consumer's batch, messages moved out of `queue` under
    /// one acquisition of its lock, in their order and older than any still there. Only
    /// the consumers take from it (the owner thread; the `lineGetMessage` threads), each
    /// message checked as it is handed out, as from the queue, so its lock is never
    /// fought over with the producers; `close` and `orphan` empty it. Lock order:
    /// `batch` before `queue`.
    batch: CachePadded<Mutex<VecDeque<Queued>>>,
    /// Dispatcher mode: the dispatcher's batch and its in-flight record ([`Flight`]).
    flight: CachePadded<Mutex<Flight>>,
    /// How many messages `batch` (or in dispatcher mode `flight`'s batch) holds (written
    /// under its lock; read by a producer only when the queue is near its limit).
    batch_len: CachePadded<AtomicUsize>,
    ready: Condvar,
    /// Bumped (under the queue's lock) when a post or an export's release makes messages
    /// deliverable for a `lineGetMessage` taker or the dispatcher; read without the lock
    /// by a consumer spinning before it blocks ([`App::spin_for_post`]).
    posted: CachePadded<AtomicU64>,
    /// Signalled (with `flight`'s lock) when the dispatcher finishes delivering a message.
    settled: Condvar,
    dispatcher: Mutex<Option<JoinHandle<()>>>,
    dispatcher_id: Mutex<Option<ThreadId>>,
    /// Pumped: the thread that owns the application has exited; its messages are
    /// discarded.
    orphaned: AtomicBool,
    /// The queue is closed (set with `Queue::closed`, under its lock): read without the
    /// lock by [`App::is_closed`].
    closed: AtomicBool,
    /// Told when a message is discarded on a full queue.
    observer: Option<&'static dyn Observer>,
}

thread_local! {
    /// Set on the library's own threads (dispatchers, the provider's clock): they never
    /// wait for a callback.
    static ON_LIBRARY_THREAD: Cell<bool> = const { Cell::new(false) };
    /// Exported functions this thread is inside (nested when a callback calls one).
    static EXPORT_DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Dispatcher-mode applications this thread's outermost export queued messages for.
    static PRODUCED: RefCell<Vec<Arc<App>>> = const { RefCell::new(Vec::new()) };
    /// Whether `PRODUCED` holds anything (so the common export pays one load).
    static HAS_PRODUCED: Cell<bool> = const { Cell::new(false) };
    /// Whether this thread's outermost export queued a reply (`LINE_REPLY`, `PHONE_REPLY`)
    /// for a dispatcher-mode application: its release waits [`RETURN_GRACE`].
    static PRODUCED_REPLY: Cell<bool> = const { Cell::new(false) };
}

thread_local! {
    /// The event-mode application this thread last took messages from
    /// ([`App::remembered`]): its handle, and the application not kept alive (its
    /// eventfd closes at `lineShutdown` as ever; only its memory waits for this thread's
    /// next lookup of another application, or its exit).
    static LAST_TAKEN: RefCell<(u32, Weak<App>)> = const { RefCell::new((0, Weak::new())) };
}

/// Marks the current thread as one of the library's own: it never waits for a callback.
pub(crate) fn mark_library_thread() {
    ON_LIBRARY_THREAD.set(true);
}

/// How long an invalidating function waits for a dispatcher-mode callback already
/// running ([`CALLBACK_WAIT_ENV`], read once; default 250 ms).
pub(crate) fn callback_wait() -> Duration {
    static WAIT: OnceLock<Duration> = OnceLock::new();
    *WAIT.get_or_init(|| {
        let ms = crate::env::var_unless_secure(CALLBACK_WAIT_ENV)
            .and_then(|v| v.trim().parse::<u64>().ok())
            .unwrap_or(250);
        Duration::from_millis(ms)
    })
}

/// Whether a consumer spins briefly before it blocks ([`App::spin_for_post`], and
/// `GetMessage` in the Win32 layer): only with more than one CPU, where the producer can
/// post while it spins.
pub(crate) fn may_spin() -> bool {
    static MULTI: OnceLock<bool> = OnceLock::new();
    *MULTI.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1))
}

/// An exported function in progress on this thread. Messages it queues for
/// dispatcher-mode applications are not delivered before the outermost export returns
/// (the scope is dropped), so a program's `g_req = lineMakeCall(...)` has its request ID
/// before the callback can see the reply.
pub(crate) struct ExportScope(());

impl ExportScope {
    /// Enters an export.
    #[inline]
    pub(crate) fn enter() -> Self {
        EXPORT_DEPTH.set(EXPORT_DEPTH.get() + 1);
        ExportScope(())
    }
}

impl Drop for ExportScope {
    #[inline]
    fn drop(&mut self) {
        let depth = EXPORT_DEPTH.get() - 1;
        EXPORT_DEPTH.set(depth);
        if depth == 0 && HAS_PRODUCED.get() {
            release_produced();
        }
    }
}

/// Whether `msg` is a reply (`LINE_REPLY`, `PHONE_REPLY`): held for [`RETURN_GRACE`]
/// after its export's release.
fn is_reply(msg: &Message) -> bool {
    msg.id == LINE_REPLY as u32 || msg.id == PHONE_REPLY as u32
}

#[cold]
fn release_produced() {
    HAS_PRODUCED.set(false);
    let reply = PRODUCED_REPLY.replace(false);
    let mut apps = PRODUCED.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for app in apps.drain(..) {
        let mut q = lock(&app.queue);
        q.producing -= 1;
        if reply {
            // A later release never shortens a grace another export's reply still has.
            let at = Instant::now() + RETURN_GRACE;
            q.release_at = Some(q.release_at.map_or(at, |t| t.max(at)));
        }
        app.bump_posted();
        let wake = q.waiting > 0;
        drop(q);
        if wake {
            app.ready.notify_all();
        }
    }
    // The list's memory serves the next export (no allocation per export).
    PRODUCED.with(|p| {
        let mut p = p.borrow_mut();
        if p.capacity() == 0 {
            *p = apps;
        }
    });
}

/// The file name of the running program, without its path.
pub(crate) fn program_file_name() -> String {
    std::env::args()
        .next()
        .and_then(|a| a.rsplit(std::path::is_separator).next().map(str::to_owned))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "tapi application".to_owned())
}

/// Creates the event handle an event-mode application waits on.
pub(crate) fn new_event() -> Result<EventHandle, LineError> {
    EventHandle::new().ok_or(LineError::NOMEM)
}

impl App {
    /// A new application with an empty queue.
    pub(crate) fn new(
        handle: u32,
        name: String,
        phone: bool,
        delivery: Delivery,
        observer: Option<&'static dyn Observer>,
    ) -> Self {
        App {
            handle,
            name: name.into(),
            module: program_file_name().into(),
            phone,
            delivery,
            queue: CachePadded::new(Mutex::new(Queue::default())),
            batch: CachePadded::new(Mutex::new(VecDeque::new())),
            flight: CachePadded::new(Mutex::new(Flight::default())),
            batch_len: CachePadded::new(AtomicUsize::new(0)),
            ready: Condvar::new(),
            posted: CachePadded::new(AtomicU64::new(0)),
            settled: Condvar::new(),
            dispatcher: Mutex::new(None),
            dispatcher_id: Mutex::new(None),
            orphaned: AtomicBool::new(false),
            closed: AtomicBool::new(false),
            observer,
        }
    }

    /// Whether [`App::settle`] may wait (a dispatcher-mode application).
    pub(crate) fn settles(&self) -> bool {
        matches!(self.delivery, Delivery::Dispatcher(_))
    }

    /// The event handle of an event-mode application.
    pub(crate) fn event(&self) -> Option<&EventHandle> {
        match &self.delivery {
            Delivery::Event(e) => Some(e),
            _ => None,
        }
    }

    /// Whether the application pulls messages with `lineGetMessage`.
    pub(crate) fn uses_event(&self) -> bool {
        matches!(self.delivery, Delivery::Event(_))
    }

    /// Whether the application has shut down.
    // The Linux Win32 layer's message loop uses it (Windows has its own loop).
    #[cfg_attr(not(unix), allow(dead_code))]
    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// Whether the application is gone for its consumers: shut down, or orphaned (a
    /// pumped one whose owner thread exited, or, in a forked child, one that stayed in
    /// the parent, which answers there as after `lineShutdown`).
    #[inline]
    pub(crate) fn is_gone(&self) -> bool {
        self.is_closed() || self.orphaned.load(Ordering::Acquire)
    }

    /// Whether the application's callback runs in its thread's message loop.
    pub(crate) fn is_pumped(&self) -> bool {
        matches!(self.delivery, Delivery::Pumped { .. })
    }

    fn signal(&self) {
        if let Some(e) = self.event() {
            e.set();
        }
    }

    fn unsignal(&self) {
        if let Some(e) = self.event() {
            e.reset();
        }
    }

    /// Queues messages in their order under one acquisition of the queue's lock (an
    /// event's messages for this application); discards each that finds the queue full
    /// ([`queue_limit`]). Never blocks on anything but the queue's own lock.
    pub(crate) fn post_all(self: &Arc<Self>, msgs: impl IntoIterator<Item = (Message, DeliverIf)>) {
        let mut q = lock(&self.queue);
        let was_empty = q.items.is_empty();
        let (mut released, mut dropped, mut first_drop) = (0usize, 0usize, false);
        let limit = queue_limit();
        // Looked at once per run: `closed` changes only under this lock, the export
        // depth only on this thread, and an orphaning that lands during the run is one
        // that came after it (its discarding takes this lock).
        if q.closed || self.orphaned.load(Ordering::Acquire) {
            msgs.into_iter().for_each(|(_, guard)| finish(&guard));
            return;
        }
        let hold = matches!(self.delivery, Delivery::Dispatcher(_)) && EXPORT_DEPTH.get() > 0;
        let mut msgs = msgs.into_iter();
        // As many as fit below the limit without a look at the batch, moved in at once
        // (what the loop below does for each, less its per-message checks); held ones
        // are recorded for their export once for the run.
        let room = limit.saturating_sub(q.items.len() + q.batched);
        let before = q.items.len();
        let mut reply = false;
        let run = msgs.by_ref().take(room).map(|(msg, guard)| {
            reply |= is_reply(&msg);
            Queued { msg, guard }
        });
        q.items.extend(run);
        let mut accepted = q.items.len() - before;
        if accepted > 0 {
            q.overflowing = false;
            if hold {
                self.hold_for_export(&mut q, reply);
            } else {
                released = accepted;
            }
        }
        for (msg, guard) in msgs {
            if self.full(&q, limit) {
                finish(&guard);
                let first = !std::mem::replace(&mut q.overflowing, true);
                first_drop |= first && dropped == 0;
                dropped += 1;
                continue;
            }
            q.overflowing = false;
            if hold {
                self.hold_for_export(&mut q, is_reply(&msg));
            } else {
                released += 1;
            }
            q.items.push_back(Queued { msg, guard });
            accepted += 1;
        }
        // A consumer holding a batch looks here again before it waits (pumped), or its
        // messages keep the event set (event mode).
        let first = was_empty && accepted > 0 && q.batched == 0;
        if first {
            self.signal();
        }
        // Wake-ups only where they are needed: the owner thread's loop when the queue was
        // empty (it looks at every queue before it waits, after clearing its wake-up), a
        // waiter when there is one, and nobody for messages held until their export
        // returns (the release wakes the dispatcher).
        if released > 0 && !self.is_pumped() {
            self.bump_posted();
        }
        let waiting = q.waiting;
        drop(q);
        match &self.delivery {
            Delivery::Pumped { wake, .. } if first => wake(),
            Delivery::Pumped { .. } => {}
            // Several waiters (`lineGetMessage` threads) for several messages: each may
            // take one; else one waiter (the dispatcher's thread, or one taker: a batch
            // of several is its to hand out).
            _ if released > 1 && waiting > 1 => self.ready.notify_all(),
            _ if released > 0 && waiting > 0 => self.ready.notify_one(),
            _ => {}
        }
        if let Some(o) = self.observer {
            for i in 0..dropped {
                o.message_dropped(self.handle, first_drop && i == 0);
            }
        }
    }

    /// Dispatcher mode, inside an export: messages just queued (`reply`: one of them is
    /// a reply) are held until this thread's outermost export returns (see
    /// [`ExportScope`]).
    fn hold_for_export(self: &Arc<Self>, q: &mut Queue, reply: bool) {
        let first = PRODUCED.with(|p| {
            let mut p = p.borrow_mut();
            let first = !p.iter().any(|a| Arc::ptr_eq(a, self));
            if first {
                p.push(Arc::clone(self));
            }
            first
        });
        if first {
            q.producing += 1;
            HAS_PRODUCED.set(true);
        }
        if reply {
            PRODUCED_REPLY.set(true);
        }
    }

    /// Event mode (`lineGetMessage`): takes the next deliverable message, waiting up to
    /// `timeout` (`None`: forever).
    ///
    /// The consumers take from a batch (the queue's messages moved out under one
    /// acquisition of its lock, older than any still queued), under a lock only the
    /// consumers take, each message checked as it is handed out; several threads may
    /// take from one application, each getting distinct messages in order. The event
    /// stays set while the batch or the queue holds a message.
    ///
    /// Errors: `LINEERR_OPERATIONFAILED` on timeout, `LINEERR_INVALAPPHANDLE` once the
    /// application has shut down.
    pub(crate) fn next(
        &self,
        table: &HandleTable,
        timeout: Option<Duration>,
    ) -> Result<Message, LineError> {
        // The deadline counts from the first time there is nothing to take: a call that
        // finds a message reads no clock.
        let mut deadline: Option<Instant> = None;
        // One bounded spin per call before it blocks (none on one CPU).
        let mut spun = false;
        loop {
            let q = match self.try_next(table) {
                Ok(msg) => return Ok(msg),
                Err(Empty::Closed) => return Err(LineError::INVALAPPHANDLE),
                Err(Empty::Queue(q)) => q,
            };
            let left = match timeout {
                None => None,
                // Nothing to take and no wait asked for: no clock to read.
                Some(t) if t.is_zero() => return Err(LineError::OPERATIONFAILED),
                Some(t) => {
                    let now = Instant::now();
                    let d = *deadline.get_or_insert(now + t);
                    if now >= d {
                        return Err(LineError::OPERATIONFAILED);
                    }
                    Some(d - now)
                }
            };
            if !std::mem::replace(&mut spun, true) && may_spin() {
                let seen = self.posted.load(Ordering::Relaxed);
                drop(q);
                self.spin_for_post(seen, deadline);
                continue;
            }
            drop(wait_counted(&self.ready, q, left, |q| &mut q.waiting));
        }
    }

    /// The event-mode application `happ` this thread last took messages from
    /// ([`App::remember`]), without the handle table's lookup: found while `happ` is a live
    /// application handle (`is_live`, one load of its slot) and the application it names
    /// has not shut down. Shutdown retires the handle and closes the application under
    /// one hold of the control lock, and a handle's value comes back only after its
    /// quarantine, so a live `happ` and an open application are the same one.
    ///
    /// Nothing is remembered once the thread's locals are being destroyed (a
    /// `lineGetMessage` from a thread-exit destructor): the caller then looks the handle up.
    /// An application left to a forked child's parent (orphaned) is never returned.
    #[inline]
    pub(crate) fn remembered(happ: u32, is_live: impl FnOnce(u32) -> bool) -> Option<Arc<App>> {
        LAST_TAKEN
            .try_with(|last| {
                let (h, app) = &*last.borrow();
                if *h != happ || !is_live(happ) {
                    return None;
                }
                app.upgrade().filter(|a| !a.is_gone() && a.handle == happ)
            })
            .ok()
            .flatten()
    }

    /// Remembers this event-mode application for this thread's next
    /// [`App::remembered`] (not once the thread's locals are being destroyed).
    pub(crate) fn remember(app: &Arc<App>) {
        let _ = LAST_TAKEN.try_with(|last| *last.borrow_mut() = (app.handle, Arc::downgrade(app)));
    }

    /// Event mode: the next deliverable message if one waits, without waiting; else the
    /// queue's lock, taken when it was found empty (a wait on `ready` under it misses no
    /// post), or [`Empty::Closed`].
    #[inline]
    fn try_next(&self, table: &HandleTable) -> Result<Message, Empty<'_>> {
        let mut batch = lock(&self.batch);
        if self.is_closed() {
            return Err(Empty::Closed);
        }
        loop {
            if batch.is_empty() {
                if let Some(q) = self.refill_event(&mut batch) {
                    return Err(if q.closed {
                        Empty::Closed
                    } else {
                        Empty::Queue(q)
                    });
                }
            }
            let Some(item) = batch.pop_front() else {
                continue;
            };
            self.batch_len.store(batch.len(), Ordering::Release);
            if batch.is_empty() {
                // The last of the batch: the next ones moved in now, or the event reset
                // when none are queued (it is set exactly while messages wait).
                drop(self.refill_event(&mut batch));
            }
            // Checked as it is handed out (the request is then done).
            if deliverable(table, &item.guard) {
                return Ok(item.msg);
            }
        }
    }

    /// Event mode, the consumers' batch empty: moves the queue's messages into it (the
    /// queue gets the batch's empty storage). When there are none (or the application
    /// has shut down) returns the queue's lock, having reset the event if the batch
    /// held the last messages.
    fn refill_event<'a>(&'a self, batch: &mut VecDeque<Queued>) -> Option<MutexGuard<'a, Queue>> {
        let mut q = lock(&self.queue);
        if q.items.is_empty() || q.closed {
            if std::mem::take(&mut q.batched) > 0 && !q.closed {
                self.unsignal();
            }
            return Some(q);
        }
        self.move_queued(&mut q, batch);
        None
    }

    /// Dispatcher: records the previous message delivered, then takes the next
    /// deliverable one, waiting for one; it stays recorded as in flight until the next
    /// call, and none is taken while an export that queued one is still running.
    ///
    /// The dispatcher hands out from its batch ([`Flight`]), under a lock only it and the
    /// waits for it take; the check (R9) and the in-flight record are made under that
    /// lock, where [`App::settle`] looks. The queue's messages move into the batch under
    /// one acquisition of the queue's lock, only when none is held for an export.
    ///
    /// Errors: `LINEERR_INVALAPPHANDLE` once the application has shut down.
    fn take(&self, table: &HandleTable) -> Result<Message, LineError> {
        let mut f = lock(&self.flight);
        self.delivered(&mut f);
        loop {
            if self.is_closed() {
                return Err(LineError::INVALAPPHANDLE);
            }
            while let Some(item) = f.items.pop_front() {
                self.batch_len.store(f.items.len(), Ordering::Release);
                if deliverable(table, &item.guard) {
                    f.delivered += 1;
                    f.in_flight = Some((f.delivered, item.guard));
                    return Ok(item.msg);
                }
            }
            let mut q = lock(&self.queue);
            if self.refill_flight(&mut f, &mut q)? {
                continue;
            }
            // Nothing to hand out: wait with the queue's lock only, so a settling wait
            // (nothing is in flight now) or a close is never held up.
            drop(f);
            self.wait_for_flight(q)?;
            f = lock(&self.flight);
        }
    }

    /// Dispatcher, its batch empty, under both locks: moves the queue's messages into the
    /// batch when they may be delivered (none held for an export, no reply's grace
    /// running). Returns whether it moved any.
    fn refill_flight(&self, f: &mut Flight, q: &mut Queue) -> Result<bool, LineError> {
        if q.closed {
            return Err(LineError::INVALAPPHANDLE);
        }
        q.batched = 0;
        let ready = q.producing == 0 && q.release_at.is_none_or(|at| Instant::now() >= at);
        if !ready || q.items.is_empty() {
            return Ok(false);
        }
        q.release_at = None;
        self.move_queued(q, &mut f.items);
        Ok(true)
    }

    /// Dispatcher, nothing to hand out: waits, with the queue's lock, until messages may
    /// be delivered (for a reply's grace to end, for an export to release, for a post)
    /// or the application shuts down; spins once before it blocks (none on one CPU).
    fn wait_for_flight<'a>(&'a self, mut q: MutexGuard<'a, Queue>) -> Result<(), LineError> {
        let mut spun = false;
        loop {
            if q.closed {
                return Err(LineError::INVALAPPHANDLE);
            }
            if let Some(at) = q.release_at {
                let now = Instant::now();
                if now < at {
                    q = wait_counted(&self.ready, q, Some(at - now), |q| &mut q.waiting);
                    continue;
                }
            }
            if q.producing == 0 && !q.items.is_empty() {
                return Ok(());
            }
            if !std::mem::replace(&mut spun, true) && may_spin() {
                let seen = self.posted.load(Ordering::Relaxed);
                drop(q);
                self.spin_for_post(seen, None);
                q = lock(&self.queue);
                continue;
            }
            q = wait_counted(&self.ready, q, None, |q| &mut q.waiting);
        }
    }

    /// Under the queue's lock: messages became deliverable (see `App::posted`). A plain
    /// store: only holders of the lock write it.
    #[inline]
    fn bump_posted(&self) {
        let n = self.posted.load(Ordering::Relaxed);
        self.posted.store(n.wrapping_add(1), Ordering::Release);
    }

    /// Before a consumer (`lineGetMessage`, the dispatcher) that found nothing blocks:
    /// watches, without the queue's lock, for a post after the one it saw (`seen`, read
    /// under the lock) or a shutdown, for a short bounded time (`crossbeam_utils`'s
    /// `Backoff`: 127 `spin_loop` hints rising, then 4 `yield`s; a few microseconds) and
    /// never past `deadline`. A consumer that sees the post in time is not counted as
    /// waiting, so the producer skips its `notify` and the consumer its sleep and
    /// wake-up. Returns whether it saw one; the caller then looks again under the lock
    /// (and blocks as before if it finds nothing: once per wait, so an idle program
    /// burns no CPU).
    fn spin_for_post(&self, seen: u64, deadline: Option<Instant>) -> bool {
        let backoff = Backoff::new();
        while !backoff.is_completed() {
            backoff.snooze();
            if self.posted.load(Ordering::Acquire) != seen || self.is_closed() {
                return true;
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                break;
            }
        }
        false
    }

    /// The dispatcher has finished delivering its in-flight message: clears the record,
    /// waking whoever waits for it to settle. Done by the dispatcher's next
    /// [`App::take`], its next act after the callback returns, under the flight's lock
    /// that call takes anyway (no lock of its own per message).
    fn delivered(&self, f: &mut Flight) {
        if f.in_flight.take().is_some() && f.settling > 0 {
            self.settled.notify_all();
        }
    }

    /// Whether the queue is full at `limit`: what it holds and what the pumped consumer
    /// still holds of its batch (that count read only near the limit).
    fn full(&self, q: &Queue, limit: usize) -> bool {
        q.items.len() + q.batched >= limit
            && q.items.len() + self.batch_len.load(Ordering::Acquire).min(q.batched) >= limit
    }

    /// Pumped, on the owner thread: takes the consumer's batch (see [`App::batch`]),
    /// refilled from the queue under one acquisition of its lock when it is empty;
    /// `None` once the application has shut down.
    #[inline]
    fn batch(&self) -> Option<MutexGuard<'_, VecDeque<Queued>>> {
        // Left to a forked child's parent: its locks are not taken (a thread the child
        // does not have may hold them), and nothing of it is delivered.
        if self.orphaned.load(Ordering::Acquire) {
            return None;
        }
        let batch = lock(&self.batch);
        if self.is_closed() {
            return None;
        }
        if batch.is_empty() {
            return self.refill(batch);
        }
        Some(batch)
    }

    /// [`App::batch`] found the batch empty: moves the queue's messages into it (the
    /// queue gets the batch's empty storage: nothing is allocated).
    #[cold]
    #[inline(never)]
    fn refill<'a>(
        &'a self,
        mut batch: MutexGuard<'a, VecDeque<Queued>>,
    ) -> Option<MutexGuard<'a, VecDeque<Queued>>> {
        let mut q = lock(&self.queue);
        if q.closed {
            return None;
        }
        self.move_queued(&mut q, &mut batch);
        Some(batch)
    }

    /// Moves everything queued into a consumer's empty batch `into` (the pumped
    /// consumer's, the `lineGetMessage` takers', the dispatcher's): the queue gets the
    /// batch's storage (nothing is allocated; a large one is given back first), and
    /// how many the batch now holds is recorded for the limit (`Queue::batched`,
    /// `batch_len`). Under the queue's lock and the batch's.
    fn move_queued(&self, q: &mut Queue, into: &mut VecDeque<Queued>) {
        shrink_idle(into);
        std::mem::swap(into, &mut q.items);
        q.batched = into.len();
        self.batch_len.store(into.len(), Ordering::Release);
    }

    /// Pumped: whether the consumer's batch holds messages (no lock, no refill: the owner
    /// thread's quick look; [`App::pump_ready`] is the whole one), and the application
    /// is open.
    #[cfg(unix)]
    #[inline]
    pub(crate) fn has_batch(&self) -> bool {
        self.is_pumped() && !self.is_gone() && self.batch_len.load(Ordering::Acquire) > 0
    }

    /// Pumped: whether a message waits for the owner thread's loop: the consumer's batch
    /// holds one, or the queue does (then moved into the batch). Not checked here (no
    /// lock while the batch holds messages): the hand-out ([`App::pump_next`]) checks
    /// each message (R9) and skips one whose handle died, as a message posted to
    /// Windows' hidden window is retrieved whatever it holds and its delivery is decided
    /// when it is dispatched.
    #[inline]
    pub(crate) fn pump_ready(&self) -> bool {
        if !self.is_pumped() || self.is_gone() {
            return false;
        }
        // Written only by this (the owner) thread, and set to 0 by a close or an orphaning
        // from another, after which the hand-out finds nothing.
        if self.batch_len.load(Ordering::Acquire) > 0 {
            return true;
        }
        self.batch().is_some_and(|b| !b.is_empty())
    }

    /// Pumped: delivers the next deliverable message to the callback, on the calling
    /// thread (the owner's, inside its message loop), with no lock held, so the callback
    /// may call the library and run a nested message loop. False when none waits.
    // tapi32.dll's window procedure delivers this way (the Linux loop: `pump_next`).
    #[cfg_attr(not(windows), allow(dead_code))]
    pub(crate) fn pump_one(&self, table: &HandleTable) -> bool {
        let Some((callback, msg)) = self.pump_next(table) else {
            return false;
        };
        // A panic in a callback cannot come from C code; one from Rust code (tests) must
        // not unwind through the program's message loop.
        let _ = super::panics::catch_quietly(|| callback(&msg));
        true
    }

    /// Pumped: takes the next deliverable message out of the consumer's batch (refilled
    /// from the queue when it runs out), under one acquisition of the batch's lock, each
    /// message checked as it is handed out (the request is then done), with the callback
    /// to run it with: for a caller that runs it inside a panic boundary of its own
    /// (`DispatchMessage`), and with no lock held. `None` when none waits.
    #[inline]
    pub(crate) fn pump_next(&self, table: &HandleTable) -> Option<(&Callback, Message)> {
        let Delivery::Pumped { callback, .. } = &self.delivery else {
            return None;
        };
        let mut batch = self.batch()?;
        let msg = loop {
            let Some(item) = batch.pop_front() else {
                // Ran out on undeliverable messages: once more from the queue.
                batch = self.refill(batch)?;
                if batch.is_empty() {
                    return None;
                }
                continue;
            };
            if deliverable(table, &item.guard) {
                break item.msg;
            }
        };
        self.batch_len.store(batch.len(), Ordering::Release);
        drop(batch);
        Some((callback, msg))
    }

    /// Discards what the pumped consumer's batch holds (shut down or orphaned).
    fn drop_batch(&self) {
        finish_all(&mut lock(&self.batch));
        self.batch_len.store(0, Ordering::Release);
    }

    /// Discards what the dispatcher's batch holds (shut down).
    fn drop_flight(&self) {
        finish_all(&mut lock(&self.flight).items);
        self.batch_len.store(0, Ordering::Release);
    }

    /// In a forked child: the application stayed in the parent. Anything still posted
    /// to it is discarded; its queue's lock is not taken (a thread the child does not
    /// have may hold it).
    pub(crate) fn left_in_parent(&self) {
        self.orphaned.store(true, Ordering::Release);
    }

    /// Pumped: the owner thread has exited. Queued and later messages are discarded;
    /// `lineShutdown` from another thread still works.
    pub(crate) fn orphan(&self) {
        self.orphaned.store(true, Ordering::Release);
        finish_all(&mut lock(&self.queue).items);
        self.drop_batch();
    }

    /// After a change that invalidated handles or cancelled requests of this
    /// dispatcher-mode application: waits while the dispatcher is delivering a message
    /// that the change made undeliverable, so that no callback about an invalid handle
    /// starts after the change's function returns. Waits at most [`callback_wait`], never
    /// twice for the same callback and never on a library thread (a callback's own
    /// thread: waiting there could wait for itself, or for a callback that waits for this
    /// one). Returns how long it waited when it gave up (a likely lock cycle between the
    /// callback and the caller).
    pub(crate) fn settle(&self, table: &HandleTable) -> Option<Duration> {
        if !self.settles() || ON_LIBRARY_THREAD.get() {
            return None;
        }
        let start = Instant::now();
        let deadline = start + callback_wait();
        let mut f = lock(&self.flight);
        while let Some((seq, guard)) = &f.in_flight {
            if still_valid(table, guard) {
                break;
            }
            let seq = *seq;
            if f.abandoned == seq {
                return None;
            }
            while f.in_flight.as_ref().is_some_and(|(s, _)| *s == seq) {
                let now = Instant::now();
                if now >= deadline {
                    f.abandoned = seq;
                    return Some(now - start);
                }
                f = wait_counted(&self.settled, f, Some(deadline - now), |f| &mut f.settling);
            }
        }
        None
    }

    fn is_dispatcher_thread(&self) -> bool {
        *lock(&self.dispatcher_id) == Some(std::thread::current().id())
    }

    /// Closes the queue: queued messages are dropped, waiters and the dispatcher wake up
    /// and return.
    pub(crate) fn close(&self) {
        let mut q = lock(&self.queue);
        q.closed = true;
        self.closed.store(true, Ordering::Release);
        finish_all(&mut q.items);
        drop(q);
        self.drop_batch();
        self.drop_flight();
        self.signal();
        self.ready.notify_all();
    }

    /// Starts the dispatcher thread of a dispatcher-mode application.
    pub(crate) fn start_dispatcher(
        self: &Arc<Self>,
        table: &'static HandleTable,
    ) -> Result<(), LineError> {
        if !matches!(self.delivery, Delivery::Dispatcher(_)) {
            return Ok(());
        }
        let app = Arc::clone(self);
        let handle = crate::core::spawn_library_thread(
            format!("tapi32-app-{:08x}", self.handle),
            move || app.dispatch(table),
        )
        .map_err(|_| LineError::NOMEM)?;
        *lock(&self.dispatcher_id) = Some(handle.thread().id());
        *lock(&self.dispatcher) = Some(handle);
        Ok(())
    }

    fn dispatch(&self, table: &HandleTable) {
        let Delivery::Dispatcher(cb) = &self.delivery else {
            return;
        };
        while let Ok(msg) = self.take(table) {
            // A panic in a callback cannot come from C code; one from Rust code (tests)
            // must not kill the dispatcher silently.
            let _ = super::panics::catch_quietly(|| cb(&msg));
            // Delivered: the next `take` records it.
        }
    }

    /// After [`App::close`]: waits until a callback in progress has returned, at most
    /// [`callback_wait`] and not at all on a library thread or for a callback a wait has
    /// already given up on; then the dispatcher ends by itself. Returns how long it
    /// waited when it gave up.
    pub(crate) fn finish_dispatcher(&self) -> Option<Duration> {
        if self.is_dispatcher_thread() || ON_LIBRARY_THREAD.get() {
            return None;
        }
        let handle = lock(&self.dispatcher).take()?;
        let start = Instant::now();
        let deadline = start + callback_wait();
        let mut f = lock(&self.flight);
        while let Some((seq, _)) = &f.in_flight {
            let now = Instant::now();
            if f.abandoned == *seq {
                return None;
            }
            if now >= deadline {
                f.abandoned = *seq;
                return Some(now - start);
            }
            f = wait_counted(&self.settled, f, Some(deadline - now), |f| &mut f.settling);
        }
        drop(f);
        // Nothing in flight and the queue closed: the dispatcher is on its way out.
        let _ = handle.join();
        None
    }
}

/// A queued message that will not be delivered: its request is done.
pub(crate) fn finish(guard: &DeliverIf) {
    if let DeliverIf::RequestActive(r) = guard {
        r.done.store(true, Ordering::Release);
    }
}

/// Discards `items`, each one's request done ([`finish`]).
fn finish_all(items: &mut VecDeque<Queued>) {
    for item in items.drain(..) {
        finish(&item.guard);
    }
}

/// Whether a message with `guard` may still be delivered.
#[inline(always)]
fn still_valid(table: &HandleTable, guard: &DeliverIf) -> bool {
    match guard {
        DeliverIf::Always => true,
        DeliverIf::CallLive(h) => table.is_live(*h, Kind::Call),
        DeliverIf::LineLive(h) => table.is_live(*h, Kind::Line),
        DeliverIf::PhoneLive(h) => table.is_live(*h, Kind::Phone),
        DeliverIf::RequestActive(r) => !r.cancelled.load(Ordering::Acquire),
    }
}

/// [`still_valid`], for a message leaving the queue (its request is then done).
#[inline]
fn deliverable(table: &HandleTable, guard: &DeliverIf) -> bool {
    if let DeliverIf::RequestActive(r) = guard {
        r.done.store(true, Ordering::Release);
    }
    still_valid(table, guard)
}

/// Gives back the memory of a burst of messages once the queue has drained.
fn shrink_idle(items: &mut VecDeque<Queued>) {
    if items.capacity() > 4096 {
        items.shrink_to(64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pumped application whose callback records the messages' `dwParam1`.
    fn pumped() -> (Arc<App>, Arc<Mutex<Vec<usize>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s = Arc::clone(&seen);
        let delivery = Delivery::Pumped {
            callback: Box::new(move |m: &Message| lock(&s).push(m.p1)),
            wake: Box::new(|| {}),
        };
        (
            Arc::new(App::new(1, "t".into(), false, delivery, None)),
            seen,
        )
    }

    fn msg(p1: usize) -> (Message, DeliverIf) {
        let m = Message {
            device: 0,
            id: 0,
            instance: 0,
            p1,
            p2: 0,
            p3: 0,
        };
        (m, DeliverIf::Always)
    }

    /// A message replying to a request, and the request.
    fn reply(p1: usize) -> (Arc<Request>, (Message, DeliverIf)) {
        let req = Arc::new(Request::default());
        let (m, _) = msg(p1);
        (Arc::clone(&req), (m, DeliverIf::RequestActive(req)))
    }

    #[test]
    fn the_consumers_batch_keeps_order_counts_against_the_limit_and_goes_at_close() {
        let table = HandleTable::new();
        let (app, seen) = pumped();
        let limit = queue_limit();
        app.post_all((0..limit).map(msg));
        // The first look moves every message into the consumer's batch.
        assert!(app.pump_ready());
        assert_eq!(lock(&app.queue).items.len(), 0);
        // The batch still counts: the queue is full.
        app.post_all([msg(usize::MAX)]);
        assert_eq!(lock(&app.queue).items.len(), 0, "discarded on a full queue");
        assert!(app.pump_one(&table) && app.pump_one(&table));
        // Two delivered: room for two, the third is discarded.
        app.post_all([msg(limit), msg(limit + 1), msg(usize::MAX)]);
        assert_eq!(lock(&app.queue).items.len(), 2);
        while app.pump_one(&table) {}
        let seen = std::mem::take(&mut *lock(&seen));
        assert_eq!(
            seen,
            (0..limit + 2).collect::<Vec<_>>(),
            "in order, none lost"
        );
        // Shutdown discards the batch and the queue alike, and finishes their requests.
        let req = Arc::new(Request::default());
        let (m, _) = msg(7);
        app.post_all([(m, DeliverIf::RequestActive(Arc::clone(&req))), msg(8)]);
        assert!(app.pump_ready());
        app.post_all([msg(9)]);
        app.close();
        assert!(req.done.load(Ordering::Acquire));
        assert!(!app.pump_ready() && !app.pump_one(&table));
        assert!(lock(&app.batch).is_empty() && lock(&app.queue).items.is_empty());
    }

    #[test]
    fn a_run_past_the_limit_keeps_the_first_and_a_closed_queue_finishes_a_run() {
        let (app, _) = pumped();
        let limit = queue_limit();
        // One run, three more than fit: the first `limit` stay, in order.
        app.post_all((0..limit + 3).map(msg));
        let q = lock(&app.queue);
        assert_eq!(q.items.len(), limit);
        assert!(q.items.iter().map(|i| i.msg.p1).eq(0..limit));
        assert!(q.overflowing);
        drop(q);
        // After the close every message of a run is finished, none queued.
        app.close();
        let reqs: Vec<_> = (0..3).map(|_| Arc::new(Request::default())).collect();
        app.post_all(reqs.iter().map(|r| {
            let (m, _) = msg(1);
            (m, DeliverIf::RequestActive(Arc::clone(r)))
        }));
        assert!(reqs.iter().all(|r| r.done.load(Ordering::Acquire)));
        assert!(lock(&app.queue).items.is_empty());
    }

    #[test]
    fn an_undeliverable_message_in_the_batch_is_skipped_at_hand_out() {
        let table = HandleTable::new();
        let (app, seen) = pumped();
        let (req, r) = reply(1);
        app.post_all([r, msg(2)]);
        assert!(app.pump_ready());
        // Cancelled after the look, before the hand-out.
        req.cancelled.store(true, Ordering::Release);
        assert!(app.pump_one(&table));
        assert_eq!(*lock(&seen), vec![2]);
        assert!(req.done.load(Ordering::Acquire));
        assert!(!app.pump_ready() && !app.pump_one(&table));
    }

    #[test]
    fn the_look_does_not_check_and_a_hand_out_of_only_dead_messages_delivers_none() {
        let table = HandleTable::new();
        let (app, seen) = pumped();
        let (req, r) = reply(1);
        app.post_all([r]);
        assert!(app.pump_ready());
        req.cancelled.store(true, Ordering::Release);
        // The look still sees the message (as GetMessage retrieves WM_TAPI whatever it
        // holds); the hand-out discards it and delivers nothing.
        assert!(app.pump_ready());
        assert!(!app.pump_one(&table));
        assert!(lock(&seen).is_empty() && req.done.load(Ordering::Acquire));
        assert!(!app.pump_ready());
        // A dead one at the end of the batch: the hand-out goes on into the queue.
        let (req, r) = reply(1);
        app.post_all([r]);
        assert!(app.pump_ready());
        req.cancelled.store(true, Ordering::Release);
        app.post_all([msg(2)]);
        let (_, next) = app.pump_next(&table).expect("the live one behind it");
        assert_eq!(next.p1, 2);
        assert_eq!(app.batch_len.load(Ordering::Acquire), 0);
        assert!(!app.pump_ready() && app.pump_next(&table).is_none());
    }

    /// An event-mode (`lineGetMessage`) application.
    fn event_app() -> Arc<App> {
        let delivery = Delivery::Event(new_event().expect("an eventfd"));
        Arc::new(App::new(1, "t".into(), false, delivery, None))
    }

    /// Whether the application's event is set (its eventfd readable).
    #[cfg(unix)]
    fn event_set(app: &App) -> bool {
        let mut fd = libc::pollfd {
            fd: app.event().expect("event mode").raw() as i32,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, no wait.
        unsafe { libc::poll(&mut fd, 1, 0) == 1 }
    }

    #[cfg(not(unix))]
    fn event_set(_: &App) -> bool {
        true
    }

    #[test]
    fn line_get_message_batch_keeps_order_the_limit_and_the_event_set_while_messages_wait() {
        let table = HandleTable::new();
        let app = event_app();
        let now = Some(Duration::ZERO);
        let next = |app: &App| app.next(&table, now).map(|m| m.p1);
        assert_eq!(next(&app), Err(LineError::OPERATIONFAILED));
        assert!(!event_set(&app) || cfg!(not(unix)));
        let limit = queue_limit();
        app.post_all((0..limit).map(msg));
        assert!(event_set(&app));
        // The first take moves the queue into the batch; the rest still wait.
        assert_eq!(next(&app), Ok(0));
        assert_eq!(lock(&app.queue).items.len(), 0);
        assert!(event_set(&app), "the batch's messages wait");
        // The batch counts against the limit: one room left.
        app.post_all([msg(limit), msg(usize::MAX)]);
        assert_eq!(lock(&app.queue).items.len(), 1);
        let got: Vec<_> = (1..=limit).map(|_| next(&app).unwrap()).collect();
        assert_eq!(got, (1..=limit).collect::<Vec<_>>(), "in order, none lost");
        assert!(!event_set(&app) || cfg!(not(unix)), "reset with the last");
        assert_eq!(next(&app), Err(LineError::OPERATIONFAILED));
        // A message cancelled while in the batch is discarded at hand-out; discarding
        // the last one resets the event too.
        let req = Arc::new(Request::default());
        let (m, _) = msg(1);
        app.post_all([msg(0), (m, DeliverIf::RequestActive(Arc::clone(&req)))]);
        assert_eq!(next(&app), Ok(0));
        req.cancelled.store(true, Ordering::Release);
        assert!(event_set(&app));
        assert_eq!(next(&app), Err(LineError::OPERATIONFAILED));
        assert!(req.done.load(Ordering::Acquire));
        assert!(!event_set(&app) || cfg!(not(unix)));
        // Shutdown discards the batch and the queue and finishes their requests.
        let req = Arc::new(Request::default());
        app.post_all([
            msg(0),
            (m, DeliverIf::RequestActive(Arc::clone(&req))),
            msg(2),
        ]);
        assert_eq!(next(&app), Ok(0));
        app.post_all([msg(3)]);
        app.close();
        assert!(req.done.load(Ordering::Acquire));
        assert_eq!(next(&app), Err(LineError::INVALAPPHANDLE));
        assert_eq!(app.next(&table, None), Err(LineError::INVALAPPHANDLE));
        assert!(lock(&app.batch).is_empty() && lock(&app.queue).items.is_empty());
    }

    #[test]
    fn several_get_message_threads_get_distinct_messages_in_order() {
        let table = Arc::new(HandleTable::new());
        let app = event_app();
        let n = 20_000;
        let takers: Vec<_> = (0..3)
            .map(|_| {
                let (app, table) = (Arc::clone(&app), Arc::clone(&table));
                std::thread::spawn(move || {
                    let mut got = Vec::new();
                    while let Ok(m) = app.next(&table, None) {
                        got.push(m.p1);
                    }
                    got
                })
            })
            .collect();
        for start in (0..n).step_by(16) {
            app.post_all((start..start + 16).map(msg));
            while lock(&app.queue).items.len() > 1_000 {
                std::thread::yield_now();
            }
        }
        // A timed wait that finds nothing gives up; the takers drain the rest.
        while lock(&app.queue).items.len() + app.batch_len.load(Ordering::Acquire) > 0 {
            std::thread::yield_now();
        }
        std::thread::sleep(Duration::from_millis(20));
        app.close();
        let mut all = Vec::new();
        for t in takers {
            let got = t.join().unwrap();
            assert!(got.windows(2).all(|w| w[0] < w[1]), "each in order");
            all.extend(got);
        }
        all.sort_unstable();
        assert_eq!(all, (0..n).collect::<Vec<_>>(), "each once");
        let waited = Instant::now();
        let idle = event_app();
        assert_eq!(
            idle.next(&table, Some(Duration::from_millis(30)))
                .map(|m| m.p1),
            Err(LineError::OPERATIONFAILED)
        );
        assert!(waited.elapsed() >= Duration::from_millis(30));
    }

    #[test]
    fn a_waiting_taker_spins_once_then_blocks_and_shutdown_ends_the_wait() {
        let table = Arc::new(HandleTable::new());
        let app = event_app();
        // Bounded: an idle taker soon blocks, counted as waiting (it does not spin on).
        let blocked = |app: &App| {
            let until = Instant::now() + Duration::from_secs(10);
            while lock(&app.queue).waiting == 0 {
                assert!(Instant::now() < until, "the taker never blocked");
                std::thread::sleep(Duration::from_millis(1));
            }
        };
        let spawn_taker = || {
            let (app, table) = (Arc::clone(&app), Arc::clone(&table));
            std::thread::spawn(move || app.next(&table, None).map(|m| m.p1))
        };
        let taker = spawn_taker();
        blocked(&app);
        // A post wakes it (it is counted, so the post notifies).
        app.post_all([msg(5)]);
        assert_eq!(taker.join().unwrap(), Ok(5));
        let taker = spawn_taker();
        blocked(&app);
        app.close();
        assert_eq!(taker.join().unwrap(), Err(LineError::INVALAPPHANDLE));
        assert_eq!(lock(&app.queue).waiting, 0);
    }

    #[test]
    fn a_post_wakes_the_owner_only_when_its_loop_may_wait() {
        let table = HandleTable::new();
        let wakes = Arc::new(AtomicUsize::new(0));
        let w = Arc::clone(&wakes);
        let delivery = Delivery::Pumped {
            callback: Box::new(|_: &Message| {}),
            wake: Box::new(move || {
                w.fetch_add(1, Ordering::SeqCst);
            }),
        };
        let app = Arc::new(App::new(1, "t".into(), false, delivery, None));
        let wakes = || wakes.load(Ordering::SeqCst);
        app.post_all([msg(1), msg(2)]);
        assert_eq!(wakes(), 1, "the queue was empty");
        app.post_all([msg(3)]);
        assert_eq!(wakes(), 1, "not empty: the loop looks before it waits");
        assert!(app.pump_ready());
        app.post_all([msg(4)]);
        assert_eq!(wakes(), 1, "the consumer holds a batch and looks again");
        while app.pump_one(&table) {}
        // Its last look found nothing: the next post wakes it.
        assert!(!app.pump_ready());
        app.post_all([msg(5)]);
        assert_eq!(wakes(), 2);
    }

    fn dispatcher_app() -> Arc<App> {
        let delivery = Delivery::Dispatcher(Box::new(|_: &Message| {}));
        Arc::new(App::new(3, "t".into(), false, delivery, None))
    }

    #[test]
    fn the_dispatchers_batch_keeps_order_the_limit_r9_holds_and_close() {
        let table: &'static HandleTable = Box::leak(Box::new(HandleTable::new()));
        let app = dispatcher_app();
        let limit = queue_limit();
        app.post_all((0..limit).map(msg));
        // The first take moves every message into the batch, which counts for the limit.
        assert_eq!(app.take(table).map(|m| m.p1), Ok(0));
        assert_eq!(lock(&app.queue).items.len(), 0);
        assert_eq!(lock(&app.flight).items.len(), limit - 1);
        app.post_all([msg(limit), msg(usize::MAX)]);
        assert_eq!(
            lock(&app.queue).items.len(),
            1,
            "one place free, one discarded"
        );
        for i in 1..=limit {
            assert_eq!(app.take(table).map(|m| m.p1), Ok(i), "in order");
        }
        // A request cancelled while its reply waits in the batch: skipped, and done.
        let (req, r) = reply(1);
        app.post_all([msg(0), r, msg(2)]);
        assert_eq!(app.take(table).map(|m| m.p1), Ok(0));
        req.cancelled.store(true, Ordering::Release);
        assert_eq!(app.take(table).map(|m| m.p1), Ok(2));
        assert!(req.done.load(Ordering::Acquire));
        // A message queued inside an export waits for its return, and so do the ones
        // queued before it that are not yet in the batch.
        app.post_all([msg(10)]);
        let scope = ExportScope::enter();
        app.post_all([msg(11)]);
        let (tx, rx) = std::sync::mpsc::channel();
        let a = Arc::clone(&app);
        let taker = std::thread::spawn(move || {
            for _ in 0..2 {
                tx.send(a.take(table).map(|m| m.p1)).unwrap();
            }
            a.take(table)
        });
        assert!(rx.recv_timeout(Duration::from_millis(100)).is_err());
        drop(scope);
        assert_eq!(rx.recv().unwrap(), Ok(10));
        assert_eq!(rx.recv().unwrap(), Ok(11));
        // Shutdown: the batch and the queue discarded, their requests done, the taker
        // told.
        let (req2, r2) = reply(13);
        app.post_all([r2]);
        app.close();
        assert!(req2.done.load(Ordering::Acquire));
        assert_eq!(taker.join().unwrap(), Err(LineError::INVALAPPHANDLE));
    }

    #[test]
    fn a_settle_and_a_shutdown_wait_for_the_callback_handed_out_of_the_batch() {
        let table: &'static HandleTable = Box::leak(Box::new(HandleTable::new()));
        let (seen_tx, seen) = std::sync::mpsc::channel();
        let (go, go_rx) = std::sync::mpsc::channel::<()>();
        let (seen_tx, go_rx) = (Mutex::new(seen_tx), Mutex::new(go_rx));
        let delivery = Delivery::Dispatcher(Box::new(move |m: &Message| {
            lock(&seen_tx).send(m.p1).unwrap();
            let _ = lock(&go_rx).recv();
        }));
        let app = Arc::new(App::new(4, "t".into(), false, delivery, None));
        app.start_dispatcher(table).unwrap();
        let (req, r) = reply(1);
        app.post_all([r, msg(2)]);
        assert_eq!(seen.recv().unwrap(), 1);
        assert_eq!(lock(&app.flight).items.len(), 1, "2 waits in the batch");
        // The change retires the callback's request: the settle waits for it.
        req.cancelled.store(true, Ordering::Release);
        let a = Arc::clone(&app);
        let settling = std::thread::spawn(move || a.settle(table));
        std::thread::sleep(Duration::from_millis(50));
        assert!(!settling.is_finished(), "waits for the callback in flight");
        go.send(()).unwrap();
        assert_eq!(settling.join().unwrap(), None, "not given up");
        assert_eq!(seen.recv().unwrap(), 2);
        // A settle for a handle the callback does not name does not wait.
        assert_eq!(app.settle(table), None);
        // Shutdown: what the batch holds is discarded; the callback in flight is waited
        // for, then the dispatcher ends.
        let (req3, r3) = reply(3);
        app.post_all([r3]);
        app.close();
        assert!(req3.done.load(Ordering::Acquire));
        let a = Arc::clone(&app);
        let finishing = std::thread::spawn(move || a.finish_dispatcher());
        std::thread::sleep(Duration::from_millis(50));
        assert!(!finishing.is_finished(), "waits for the callback in flight");
        go.send(()).unwrap();
        assert_eq!(finishing.join().unwrap(), None);
        assert!(
            seen.try_recv().is_err(),
            "nothing delivered after the close"
        );
    }
}
