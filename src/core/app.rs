//! Applications and their message queues.
//!
//! Every initialized application has one FIFO queue of TAPI messages. How messages
//! leave it depends on how the application initialized:
//!
//! * **Event** (`LINEINITIALIZEEXOPTION_USEEVENT`): the application pulls them with
//!   `lineGetMessage`. The "event handle" is a Linux `eventfd` that is readable (for
//!   `poll`, `select`, `epoll`) whenever the queue may hold a message.
//! * **Callback** (`LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`, TAPI 1.x `lineInitialize`):
//!   a dispatcher thread owned by the application pops one message at a time and calls
//!   the application's callback without holding any lock of the library, so the callback
//!   may call the library again.
//!
//! Messages name handles. A message is checked when it leaves the queue: one whose call or
//! line handle has become invalid since it was queued, or whose request was cancelled
//! (line closed, or the call deallocated under TAPI 1.x), is discarded, so no message the
//! application receives names a handle that was already invalid when it was delivered.
//! `LINE_CLOSE` is the exception: it names the line handle it invalidates.
//!
//! In callback mode a message is checked, then delivered on the dispatcher thread. So
//! that no callback starts with a message about a handle after the function that
//! invalidated the handle has returned, that function waits ([`App::settle`]) while the
//! dispatcher is delivering a message the change has made undeliverable. A function
//! called from inside a callback does not wait.

use std::cell::Cell;
use std::collections::VecDeque;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::{JoinHandle, ThreadId};
use std::time::{Duration, Instant};

use super::call::Text;
use super::handles::{HandleTable, Kind};
use super::sync::{lock, wait_timeout};
use tapi32_defs::LineError;

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
    /// The request has not been cancelled (its line closed, or under TAPI 1.x its call
    /// deallocated).
    RequestActive(Arc<Request>),
}

struct Queued {
    msg: Message,
    guard: DeliverIf,
}

/// How the application wants its messages.
pub(crate) enum Delivery {
    /// A callback run on the application's dispatcher thread.
    Callback(Box<dyn Fn(&Message) + Send + Sync>),
    /// `lineGetMessage`, with an eventfd to wait on.
    Event(OwnedFd),
}

#[derive(Default)]
struct Queue {
    items: VecDeque<Queued>,
    closed: bool,
    /// The message the dispatcher is delivering (it was deliverable when it left the
    /// queue): its sequence number and guard.
    in_flight: Option<(u64, DeliverIf)>,
    /// Sequence number of the last message handed to the dispatcher.
    delivered: u64,
}

/// An initialized application.
pub(crate) struct App {
    /// Its `HLINEAPP`.
    pub handle: u32,
    /// Its friendly name (`lpszFriendlyAppName`, or the program's name).
    pub name: Text,
    delivery: Delivery,
    queue: Mutex<Queue>,
    ready: Condvar,
    /// Signalled when the dispatcher finishes delivering a message.
    settled: Condvar,
    dispatcher: Mutex<Option<JoinHandle<()>>>,
    dispatcher_id: Mutex<Option<ThreadId>>,
}

thread_local! {
    /// Set on dispatcher threads.
    static ON_DISPATCHER: Cell<bool> = const { Cell::new(false) };
}

/// Creates the eventfd an event-mode application waits on.
pub(crate) fn new_event_fd() -> Result<OwnedFd, LineError> {
    // SAFETY: eventfd has no memory-safety preconditions; a negative result is an error.
    let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
    if fd < 0 {
        return Err(LineError::NOMEM);
    }
    // SAFETY: `fd` is a freshly created descriptor that nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

impl App {
    /// A new application with an empty queue.
    pub(crate) fn new(handle: u32, name: String, delivery: Delivery) -> Self {
        App {
            handle,
            name: name.into(),
            delivery,
            queue: Mutex::new(Queue::default()),
            ready: Condvar::new(),
            settled: Condvar::new(),
            dispatcher: Mutex::new(None),
            dispatcher_id: Mutex::new(None),
        }
    }

    /// The eventfd of an event-mode application.
    pub(crate) fn event_fd(&self) -> Option<RawFd> {
        match &self.delivery {
            Delivery::Event(fd) => Some(fd.as_raw_fd()),
            Delivery::Callback(_) => None,
        }
    }

    /// Whether the application pulls messages with `lineGetMessage`.
    pub(crate) fn uses_event(&self) -> bool {
        matches!(self.delivery, Delivery::Event(_))
    }

    fn signal(&self) {
        if let Some(fd) = self.event_fd() {
            let one: u64 = 1;
            // SAFETY: writes 8 bytes from a live u64 to an eventfd we own.
            unsafe { libc::write(fd, (&one as *const u64).cast(), 8) };
        }
    }

    fn unsignal(&self) {
        if let Some(fd) = self.event_fd() {
            let mut v: u64 = 0;
            // SAFETY: reads 8 bytes into a live u64 from a non-blocking eventfd we own.
            unsafe { libc::read(fd, (&mut v as *mut u64).cast(), 8) };
        }
    }

    /// Queues a message. Never blocks on anything but the queue's own lock.
    pub(crate) fn post(&self, msg: Message, guard: DeliverIf) {
        let mut q = lock(&self.queue);
        if q.closed {
            return;
        }
        q.items.push_back(Queued { msg, guard });
        if q.items.len() == 1 {
            self.signal();
        }
        drop(q);
        self.ready.notify_one();
    }

    /// Takes the next deliverable message, waiting up to `timeout` (`None`: forever).
    ///
    /// Errors: `LINEERR_OPERATIONFAILED` on timeout, `LINEERR_INVALAPPHANDLE` once the
    /// application has shut down.
    pub(crate) fn next(
        &self,
        table: &HandleTable,
        timeout: Option<Duration>,
    ) -> Result<Message, LineError> {
        self.take(table, timeout, false)
    }

    /// As [`App::next`]; with `dispatching`, the message stays recorded as in flight
    /// until [`App::delivered`].
    fn take(
        &self,
        table: &HandleTable,
        timeout: Option<Duration>,
        dispatching: bool,
    ) -> Result<Message, LineError> {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut q = lock(&self.queue);
        loop {
            if q.closed {
                return Err(LineError::INVALAPPHANDLE);
            }
            while let Some(item) = q.items.pop_front() {
                if q.items.is_empty() {
                    self.unsignal();
                    shrink_idle(&mut q.items);
                }
                if deliverable(table, &item.guard) {
                    if dispatching {
                        q.delivered += 1;
                        q.in_flight = Some((q.delivered, item.guard));
                    }
                    return Ok(item.msg);
                }
            }
            let left = match deadline {
                None => None,
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return Err(LineError::OPERATIONFAILED);
                    }
                    Some(d - now)
                }
            };
            q = wait_timeout(&self.ready, q, left);
        }
    }

    /// The dispatcher has finished delivering its in-flight message.
    fn delivered(&self) {
        lock(&self.queue).in_flight = None;
        self.settled.notify_all();
    }

    /// After a change that invalidated handles or cancelled requests of this
    /// application: waits while the dispatcher is delivering a message that the change
    /// made undeliverable, so that no callback about an invalid handle starts after the
    /// change's function returns. Does not wait when called from a callback (a
    /// dispatcher thread of any application): waiting there for this application's
    /// dispatcher could wait for itself, or for a callback that waits for this one.
    pub(crate) fn settle(&self, table: &HandleTable) {
        if ON_DISPATCHER.get() {
            return;
        }
        let mut q = lock(&self.queue);
        while let Some((seq, guard)) = &q.in_flight {
            if still_valid(table, guard) {
                break;
            }
            let seq = *seq;
            while q.in_flight.as_ref().is_some_and(|(s, _)| *s == seq) {
                q = wait_timeout(&self.settled, q, None);
            }
        }
    }

    fn is_dispatcher_thread(&self) -> bool {
        *lock(&self.dispatcher_id) == Some(std::thread::current().id())
    }

    /// Closes the queue: queued messages are dropped, waiters and the dispatcher wake up
    /// and return.
    pub(crate) fn close(&self) {
        let mut q = lock(&self.queue);
        q.closed = true;
        for item in q.items.drain(..) {
            if let DeliverIf::RequestActive(r) = item.guard {
                r.done.store(true, Ordering::Release);
            }
        }
        drop(q);
        self.signal();
        self.ready.notify_all();
    }

    /// Starts the dispatcher thread of a callback-mode application.
    pub(crate) fn start_dispatcher(
        self: &Arc<Self>,
        table: &'static HandleTable,
    ) -> Result<(), LineError> {
        if !matches!(self.delivery, Delivery::Callback(_)) {
            return Ok(());
        }
        let app = Arc::clone(self);
        let handle = std::thread::Builder::new()
            .name(format!("tapi32-app-{:08x}", self.handle))
            .spawn(move || app.dispatch(table))
            .map_err(|_| LineError::NOMEM)?;
        *lock(&self.dispatcher_id) = Some(handle.thread().id());
        *lock(&self.dispatcher) = Some(handle);
        Ok(())
    }

    fn dispatch(&self, table: &HandleTable) {
        let Delivery::Callback(cb) = &self.delivery else {
            return;
        };
        ON_DISPATCHER.set(true);
        while let Ok(msg) = self.take(table, None, true) {
            // A panic in a callback cannot come from C code; one from Rust code (tests)
            // must not kill the dispatcher silently.
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| cb(&msg)));
            self.delivered();
        }
    }

    /// After [`App::close`]: waits until a callback in progress has returned, unless
    /// called from the dispatcher thread itself (a callback that shuts its application
    /// down), which then ends by itself after the callback returns.
    pub(crate) fn join_dispatcher(&self) {
        if self.is_dispatcher_thread() {
            return;
        }
        let handle = lock(&self.dispatcher).take();
        if let Some(h) = handle {
            let _ = h.join();
        }
    }
}

/// Whether a message with `guard` may still be delivered.
fn still_valid(table: &HandleTable, guard: &DeliverIf) -> bool {
    match guard {
        DeliverIf::Always => true,
        DeliverIf::CallLive(h) => table.is_live(*h, Kind::Call),
        DeliverIf::RequestActive(r) => !r.cancelled.load(Ordering::Acquire),
    }
}

/// [`still_valid`], for a message leaving the queue (its request is then done).
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
