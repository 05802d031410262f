//! The bookkeeping behind the control lock, and every operation that changes it, by
//! what it keeps: [`apps`], [`lines`], [`calls`], [`requests`], and what the provider
//! reports ([`provider_events`]).
//!
//! [`ControlLock`] is the control lock held: the core's own operations and the provider's
//! reports both go through it, so they are serialized and their messages are queued in
//! the order they happen.

mod apps;
mod calls;
mod fork;
mod lines;
pub(crate) use lines::STATUS_LINE_STATES;
mod phones;
pub(crate) use phones::{PhoneChange, PhoneStatus};
mod provider_events;
mod requests;
mod status;
pub(crate) use status::{CallCounts, LineStatus, STATUS_ADDRESS_STATES};

use std::collections::{btree_map, BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use super::app::{App, DeliverIf, Message, Request};
use super::call::{CallData, CallHandle};
use super::line::LineObj;
use super::phone::{PhoneDevice, PhoneObj};
use super::provider::PhoneInfo;
use super::slab::Slab;
use super::{Core, HCallSink};
use tapi32_defs::constants::*;

/// The hash maps and sets behind the control lock. Their keys are values the library
/// issues itself (handles, request IDs, device numbers), so they take `foldhash`'s fast
/// hash, seeded per process, rather than SipHash, whose cost was a fifth of a call's
/// make, drop and deallocate (BENCHMARKS.md, "Where churn time goes").
pub(super) type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
/// See [`Map`].
pub(super) type Set<T> = HashSet<T, foldhash::fast::RandomState>;

/// The most requests a line keeps whose `LINE_REPLY` has not left its application's
/// queue (see [`requests`]): a further one gets `LINEERR_RESOURCEUNAVAIL`.
pub(crate) const REQUEST_LIMIT: usize = 4096;

/// The most request states ([`Request`]) kept for reuse once their requests are done
/// and forgotten: a request then allocates nothing (BENCHMARKS.md, "Where churn time
/// goes").
const SPARE_REQUESTS: usize = 64;

/// An outstanding asynchronous request, as the provider sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RequestId(pub u32);

struct AppRec {
    app: Arc<App>,
    lines: Opens,
    /// Its open phones (a phone application).
    phones: Vec<u32>,
}

/// Line handles in the order they were opened, keyed by the open's sequence number
/// ([`LineRec::seq`]): removing one costs O(log n), so closing all n opens of a device
/// or an application costs O(n log n), not O(n²).
#[derive(Clone, Default)]
pub(super) struct Opens(BTreeMap<u64, u32>);

impl Opens {
    fn insert(&mut self, seq: u64, hline: u32) {
        self.0.insert(seq, hline);
    }

    fn remove(&mut self, seq: u64) {
        self.0.remove(&seq);
    }

    pub(super) fn iter(&self) -> btree_map::Values<'_, u64, u32> {
        self.0.values()
    }

    /// The handles, copied (to change the state while going through them).
    fn to_vec(&self) -> Vec<u32> {
        self.0.values().copied().collect()
    }
}

impl<'a> IntoIterator for &'a Opens {
    type Item = &'a u32;
    type IntoIter = btree_map::Values<'a, u64, u32>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.values()
    }
}

struct PhoneRec {
    obj: Arc<PhoneObj>,
    /// `PHONESTATE_*` changes the application asked to hear of (`phoneSetStatusMessages`).
    states: u32,
    /// `PHONEBUTTONMODE_*` and `PHONEBUTTONSTATE_*` it asked for.
    button_modes: u32,
    button_states: u32,
}

struct LineRec {
    obj: Arc<LineObj>,
    /// The open's sequence number, its key in [`Opens`].
    seq: u64,
    calls: Set<u32>,
    /// Requests issued on this line: (request ID, its state, the call handle it is for).
    requests: Vec<(u32, Arc<Request>, u32)>,
    /// `LINEDEVSTATE_*` changes the application asked to hear of
    /// (`lineSetStatusMessages`).
    line_states: u32,
    /// `LINEADDRESSSTATE_*` changes the application asked to hear of.
    address_states: u32,
}

struct HandleRec {
    handle: Arc<CallHandle>,
    /// Privilege to report in `dwParam3` of the next `LINE_CALLSTATE` (a new handle).
    announce: u32,
    /// `LINEDIGITMODE_*` of the digits this handle's application monitors
    /// (`lineMonitorDigits`).
    digit_modes: u32,
}

struct CallRec {
    /// The current data, which every handle shows.
    data: Arc<CallData>,
    /// Its handles: one or two in most calls, kept in place (no allocation per call).
    handles: smallvec::SmallVec<[HandleRec; 2]>,
}

enum ReqKind {
    MakeCall {
        hcall: u32,
        call: u32,
        sink: HCallSink,
    },
    Call,
}

struct ReqRec {
    happ: u32,
    hline: u32,
    instance: usize,
    kind: ReqKind,
    flag: Arc<Request>,
}

/// Everything the control lock protects.
pub(super) struct State {
    apps: Map<u32, AppRec>,
    lines: Map<u32, LineRec>,
    calls: Slab<CallRec>,
    /// Every open of each device.
    device_opens: Vec<Opens>,
    /// The opens of each device that asked for `LINE_LINEDEVSTATE` messages
    /// (`lineSetStatusMessages`), so that telling them costs nothing for the others.
    line_watchers: Vec<Opens>,
    /// How many opens of each device asked for `LINE_ADDRESSSTATE` messages, so that a
    /// call's change costs no look at the opens while nobody asked.
    address_watchers: Vec<u32>,
    /// The next open's sequence number.
    next_open: u64,
    /// The last call counts of each watched (device, address): see
    /// [`ControlLock::address_maybe_changed`].
    addr_counts: Map<(u32, u32), CallCounts>,
    requests: Map<u32, ReqRec>,
    next_request: u32,
    /// Request states no one holds any more, reset, for the next requests (at most
    /// [`SPARE_REQUESTS`]).
    spare_requests: Vec<Arc<Request>>,
    phones: Map<u32, PhoneRec>,
    /// The open phones of each phone device.
    phone_opens: Vec<Vec<u32>>,
    /// The state of each phone device.
    phone_devs: Vec<PhoneDevice>,
    /// The phone devices beside each line device, in order (a call's state change on a
    /// line with none looks at no phone).
    line_phones: Vec<Vec<usize>>,
}

impl State {
    pub(super) fn new(lines: u32, phones: &[PhoneInfo]) -> Self {
        State {
            apps: Map::default(),
            lines: Map::default(),
            calls: Slab::new(),
            device_opens: vec![Opens::default(); lines as usize],
            line_watchers: vec![Opens::default(); lines as usize],
            address_watchers: vec![0; lines as usize],
            next_open: 0,
            addr_counts: Map::default(),
            requests: Map::default(),
            next_request: 1,
            spare_requests: Vec::new(),
            phones: Map::default(),
            phone_opens: vec![Vec::new(); phones.len()],
            phone_devs: phones.iter().map(PhoneDevice::new).collect(),
            line_phones: (0..lines)
                .map(|line| {
                    (phones.iter().enumerate())
                        .filter(|(_, p)| p.line == Some(line))
                        .map(|(phone, _)| phone)
                        .collect()
                })
                .collect(),
        }
    }
}

thread_local! {
    /// Messages posted under the control lock on this thread (to the application with
    /// that handle), queued when the [`ControlLock`] goes (still under the lock, in
    /// order): one acquisition of an application's queue lock for all of an event's
    /// messages to it, not one each.
    static PENDING: std::cell::RefCell<Vec<(u32, Message, DeliverIf)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn post(apps: &Map<u32, AppRec>, happ: u32, msg: Message, guard: DeliverIf) {
    let Some(a) = apps.get(&happ) else {
        return;
    };
    // Late in a thread's or the process's exit (the exit-time leak check runs from
    // `atexit`, after the main thread's thread-locals are gone) there is no list to
    // collect into: the message is queued at once, still under the lock and in order
    // (everything collected before was queued when the list went).
    let mut item = Some((happ, msg, guard));
    let _ = PENDING.try_with(|p| p.borrow_mut().extend(item.take()));
    if let Some((_, msg, guard)) = item {
        a.app.post_all(std::iter::once((msg, guard)));
    }
}

/// As [`post`] for a run of messages to one application (an event's messages to one
/// handle), which `fill` passes in order to the function it is given: the application
/// looked up, and the list borrowed, once for the run.
fn post_run(apps: &Map<u32, AppRec>, happ: u32, fill: impl Fn(&mut dyn FnMut(Message, DeliverIf))) {
    let Some(a) = apps.get(&happ) else {
        return;
    };
    let listed = PENDING.try_with(|p| {
        let mut p = p.borrow_mut();
        fill(&mut |m, g| p.push((happ, m, g)));
    });
    if listed.is_err() {
        // No list any more (see `post`): each message queued at once.
        fill(&mut |m, g| a.app.post_all(std::iter::once((m, g))));
    }
}

/// Queues the messages [`post`] collected, each run of messages to one application
/// under one lock; after a panic under the lock they are discarded (the library has
/// failed).
fn flush_pending(apps: &Map<u32, AppRec>) {
    let Ok(mut pending) = PENDING.try_with(|p| std::mem::take(&mut *p.borrow_mut())) else {
        return; // no list any more: `post` queued each message at once
    };
    if !std::thread::panicking() {
        // By runs of one application's messages, moved out in place (each guard left
        // `Always`, which owns nothing): no iterator adapters between the list and the
        // queue, and nothing shifted.
        let mut from = 0;
        while from < pending.len() {
            let happ = pending[from].0;
            let to = pending[from..]
                .iter()
                .position(|(h, _, _)| *h != happ)
                .map_or(pending.len(), |n| from + n);
            let run = pending[from..to]
                .iter_mut()
                .map(|(_, m, g)| (*m, std::mem::replace(g, DeliverIf::Always)));
            match apps.get(&happ) {
                Some(a) => a.app.post_all(run),
                // Gone since (shut down under this lock): its requests are done.
                None => run.for_each(|(_, g)| super::app::finish(&g)),
            }
            from = to;
        }
    }
    pending.clear();
    // The list's memory serves the next event (no allocation per event).
    let _ = PENDING.try_with(|p| {
        let mut p = p.borrow_mut();
        if p.capacity() == 0 {
            *p = pending;
        }
    });
}

/// Call features an owner may use in `state` (`LINECALLSTATUS.dwCallFeatures`).
pub(crate) fn owner_features(state: u32) -> u32 {
    const SECURE: u32 = LINECALLFEATURE_SECURECALL;
    match state {
        LINECALLSTATE_IDLE => 0,
        LINECALLSTATE_OFFERING | LINECALLSTATE_ACCEPTED => {
            LINECALLFEATURE_ANSWER | LINECALLFEATURE_DROP | LINECALLFEATURE_REDIRECT | SECURE
        }
        LINECALLSTATE_DIALTONE => LINECALLFEATURE_DIAL | LINECALLFEATURE_DROP | SECURE,
        LINECALLSTATE_DIALING => LINECALLFEATURE_DIAL | LINECALLFEATURE_DROP | SECURE,
        LINECALLSTATE_CONNECTED => {
            LINECALLFEATURE_DROP | LINECALLFEATURE_HOLD | LINECALLFEATURE_BLINDTRANSFER | SECURE
        }
        LINECALLSTATE_ONHOLD => {
            LINECALLFEATURE_DROP | LINECALLFEATURE_UNHOLD | LINECALLFEATURE_BLINDTRANSFER
        }
        LINECALLSTATE_DISCONNECTED => LINECALLFEATURE_DROP,
        _ => LINECALLFEATURE_DROP | SECURE,
    }
}

/// The control lock, held; the provider's interface to the core.
pub(crate) struct ControlLock<'a> {
    core: &'a Core,
    st: &'a mut State,
    /// Applications whose handles this change invalidated: once the control lock is
    /// released, the core waits for their dispatchers to settle ([`App::settle`]).
    settle: Vec<Arc<App>>,
}

impl Drop for ControlLock<'_> {
    fn drop(&mut self) {
        flush_pending(&self.st.apps);
    }
}

impl<'a> ControlLock<'a> {
    pub(super) fn new(core: &'a Core, st: &'a mut State) -> Self {
        ControlLock {
            core,
            st,
            settle: Vec::new(),
        }
    }

    /// The core, for as long as the lock's own borrow of it: what it gives (its
    /// provider) can be used while the lock itself is lent out mutably, without a
    /// counted reference taken and given back.
    pub(super) fn core_ref(&self) -> &'a Core {
        self.core
    }

    /// The applications to settle after the control lock is released.
    pub(super) fn take_settle(&mut self) -> Vec<Arc<App>> {
        std::mem::take(&mut self.settle)
    }

    pub(super) fn needs_settle(&mut self, happ: u32) {
        if let Some(a) = self.st.apps.get(&happ).filter(|a| a.app.settles()) {
            if !self.settle.iter().any(|s| Arc::ptr_eq(s, &a.app)) {
                self.settle.push(Arc::clone(&a.app));
            }
        }
    }

    /// What the core keeps, counted.
    pub(crate) fn counts(&self) -> super::Counts {
        super::Counts {
            apps: self.st.apps.len(),
            lines: self.st.lines.len(),
            calls: self.st.calls.len(),
            requests: self.st.requests.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Opens;

    #[test]
    fn opens_keep_open_order_through_removals() {
        let mut o = Opens::default();
        for (seq, h) in [(0, 30), (1, 10), (2, 20), (3, 40)] {
            o.insert(seq, h);
        }
        o.remove(1);
        o.remove(7);
        assert_eq!(o.to_vec(), [30, 20, 40]);
        assert_eq!(o.iter().copied().collect::<Vec<_>>(), [30, 20, 40]);
    }
}
