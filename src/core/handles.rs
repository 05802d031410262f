//! The handle table: every `HLINEAPP`, `HPHONEAPP`, `HLINE`, `HCALL` and `HPHONE` the
//! library issues.
//!
//! A handle is a 32-bit value made of a slot index (low [`INDEX_BITS`] bits) and the
//! slot's generation (high bits), as Windows builds its own handles from an index and a
//! uniquifier:
//!
//! * 0 is never valid: index 0 is never used and generations start at 1.
//! * A handle of one kind is never accepted as another: a slot has one cell per kind.
//! * A retired handle does not come back for a later object: values come from the
//!   core's allocator of handle values ([`super::ids`]), which reuses a freed slot with
//!   its next generation but issues a retired value again only after at least 2^31
//!   later retirements of handles, whatever the program's peak (the proof is there).
//!
//! Lookups take no lock and write no shared memory. Each slot holds its object in an
//! [`ArcSwapOption`]: a reader loads it (arc-swap records the borrow in a slot of its own
//! thread) and checks that the object's own handle value is the one asked for, which
//! tells a live handle from a stale one, since the value includes the generation.
//! Retiring a handle swaps the cell to empty: a lookup that starts after
//! [`HandleTable::remove`] returns finds nothing, and one already under way finishes with
//! the object as it was (it is ordered before the removal). The object is freed when the
//! last reader lets go of it.
//!
//! Beside each slot, a call handle may have inline records ([`super::records`]): bytes
//! derived from its object (the C ABI layer keeps the `LINECALLINFO` it returned), read
//! without following a pointer. Publishing a new call object ([`HandleTable::replace_call`])
//! or retiring a call handle empties them before returning. A call's state changes in
//! place without either ([`super::call::CallState`]), so no record may be derived from it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use arc_swap::ArcSwapOption;

use super::app::App;
use super::call::{CallHandle, Side};
use super::ids::{Ids, Layout};
use super::line::LineObj;
use super::phone::PhoneObj;
use super::records::{self, Record, Records};
use super::retired::{RetiredHistory, RETIRED_HISTORY_LIMIT};
use super::sync::lock;

/// Handles: a 21-bit slot index and an 11-bit generation from 1 to 2047; a retired
/// value comes back only after 2^31 later retirements of handles.
pub(crate) const LAYOUT: Layout = Layout {
    index_bits: 21,
    generation_bits: 11,
    first_generation: 1,
    cooling: 1 << 31,
    stamp_shift: 16,
};
const INDEX_BITS: u32 = LAYOUT.index_bits;
const CHUNK_BITS: u32 = 12;
const CHUNK_LEN: usize = 1 << CHUNK_BITS;
const NUM_CHUNKS: usize = 1 << (INDEX_BITS - CHUNK_BITS);
/// How many records a call handle may have (see [`HandleTable::read_call_record`]).
pub(crate) const RECORD_VARIANTS: usize = 2;

/// What a handle names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `HLINEAPP`
    App,
    /// `HLINE`
    Line,
    /// `HCALL`
    Call,
    /// `HPHONE`
    Phone,
}

/// Why a handle stopped being valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Retired {
    /// `lineDeallocateCall` (or a failed request that never handed the call out).
    Deallocated,
    /// `lineClose` of the handle's line.
    LineClosed,
    /// The provider closed the line device (`LINE_CLOSE`).
    ProviderClosed,
    /// `lineShutdown` (or `phoneShutdown`) of the handle's application.
    AppShutdown,
    /// `phoneClose`
    PhoneClosed,
}

/// What the table holds for a live handle.
#[derive(Clone)]
pub(crate) enum Object {
    /// An initialized application.
    App(Arc<App>),
    /// An application's open line.
    Line(Arc<LineObj>),
    /// An application's handle to a call.
    Call(Arc<CallHandle>),
    /// An application's open phone.
    Phone(Arc<PhoneObj>),
}

impl Object {
    fn kind(&self) -> Kind {
        match self {
            Object::App(_) => Kind::App,
            Object::Line(_) => Kind::Line,
            Object::Call(_) => Kind::Call,
            Object::Phone(_) => Kind::Phone,
        }
    }

    fn handle(&self) -> u32 {
        match self {
            Object::App(a) => a.handle,
            Object::Line(l) => l.handle,
            Object::Call(c) => c.hcall,
            Object::Phone(p) => p.handle,
        }
    }
}

/// What the table knows of a handle value (used by diagnostics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Validity {
    /// Names a live object of the asked kind.
    Live,
    /// Names a live object of another kind.
    WrongKind(Kind),
    /// Was valid once and has been retired for this reason.
    Retired(Kind, Retired),
    /// An older generation of a slot that has since been reused.
    Stale,
    /// No handle with this value was ever issued.
    NeverIssued,
}

/// One slot: a cell per kind (at most one is full) and the slot's bookkeeping.
#[derive(Default)]
struct Slot {
    app: ArcSwapOption<App>,
    line: ArcSwapOption<LineObj>,
    call: ArcSwapOption<CallHandle>,
    phone: ArcSwapOption<PhoneObj>,
    /// The current generation (low 32 bits) and the kind, with a bit saying live (see
    /// [`encode_live`]) or, once retired, the reason (see [`encode_retired`]). Written
    /// only when the slot is issued or retired.
    meta: AtomicU64,
}

const KINDS: [Kind; 4] = [Kind::App, Kind::Line, Kind::Call, Kind::Phone];
const REASONS: [Retired; 5] = [
    Retired::Deallocated,
    Retired::LineClosed,
    Retired::ProviderClosed,
    Retired::AppShutdown,
    Retired::PhoneClosed,
];

fn encode_retired(gen: u32, kind: Kind, why: Retired) -> u64 {
    let k = KINDS.iter().position(|&x| x == kind).unwrap() as u64;
    let r = REASONS.iter().position(|&x| x == why).unwrap() as u64;
    (1 << 40) | (k << 36) | (r << 32) | u64::from(gen)
}

/// The meta of a slot whose object of `kind` has handle generation `gen` and is live:
/// [`HandleTable::is_live`] compares one load with it.
fn encode_live(gen: u32, kind: Kind) -> u64 {
    let k = KINDS.iter().position(|&x| x == kind).unwrap() as u64;
    (1 << 41) | (k << 36) | u64::from(gen)
}

fn decode_meta(meta: u64) -> (u32, Option<(Kind, Retired)>) {
    let gen = meta as u32;
    if meta >> 40 & 1 == 0 {
        return (gen, None);
    }
    let k = KINDS[(meta >> 36 & 0xF) as usize];
    let r = REASONS[(meta >> 32 & 0xF) as usize];
    (gen, Some((k, r)))
}

impl Slot {
    fn object(&self) -> Option<Object> {
        if let Some(c) = self.call.load_full() {
            return Some(Object::Call(c));
        }
        if let Some(l) = self.line.load_full() {
            return Some(Object::Line(l));
        }
        if let Some(p) = self.phone.load_full() {
            return Some(Object::Phone(p));
        }
        self.app.load_full().map(Object::App)
    }

    fn store(&self, obj: &Object) {
        match obj {
            Object::App(a) => self.app.store(Some(Arc::clone(a))),
            Object::Line(l) => self.line.store(Some(Arc::clone(l))),
            Object::Call(c) => self.call.store(Some(Arc::clone(c))),
            Object::Phone(p) => self.phone.store(Some(Arc::clone(p))),
        }
    }

    /// Empties the cell of `kind`, returning what it held.
    ///
    /// The table's writers ([`HandleTable::insert`], [`HandleTable::remove`],
    /// [`HandleTable::replace_call`]) run one at a time (under the core's control lock, or
    /// in a forked child's only thread), and the slot's meta says live with a handle's
    /// generation and kind exactly while the cell of that kind holds the handle's object
    /// (set before the store, cleared after the swap): so [`HandleTable::remove`] checks
    /// the meta (one load) and swaps, without a look into the cell (a guard's debt slot
    /// written and paid back).
    fn swap_out(&self, kind: Kind) -> Option<Object> {
        match kind {
            Kind::App => self.app.swap(None).map(Object::App),
            Kind::Line => self.line.swap(None).map(Object::Line),
            Kind::Call => self.call.swap(None).map(Object::Call),
            Kind::Phone => self.phone.swap(None).map(Object::Phone),
        }
    }
}

/// The process-wide table of handles.
pub(crate) struct HandleTable {
    chunks: Box<[OnceLock<Box<[Slot]>>]>,
    ids: Mutex<Ids>,
    /// Per call handle and variant (the C ABI layer's string encodings), bytes derived
    /// from the handle object, read by slot index without following a pointer (see
    /// [`super::records`]). Emptied whenever the slot's call object changes.
    records: [Records; RECORD_VARIANTS],
    /// With diagnostics on: why the latest retired handles were retired, kept past the
    /// reuse of their slots, so a stale handle's story is still known.
    history: Option<Mutex<RetiredHistory>>,
}

impl Default for HandleTable {
    fn default() -> Self {
        Self::new()
    }
}

/// The slot index and generation of `handle`, unless it cannot have been issued.
fn split(handle: u32) -> Option<(usize, u32)> {
    LAYOUT.split(handle).filter(|&(_, gen)| gen != 0)
}

impl HandleTable {
    /// An empty table.
    pub(crate) fn new() -> Self {
        let chunks = (0..NUM_CHUNKS).map(|_| OnceLock::new()).collect();
        HandleTable {
            chunks,
            ids: Mutex::new(Ids::new(LAYOUT)),
            records: std::array::from_fn(|_| {
                Records::new(records::CHUNK_BITS, 1 << (INDEX_BITS - records::CHUNK_BITS))
            }),
            history: None,
        }
    }

    /// An empty table that remembers why the latest [`RETIRED_HISTORY_LIMIT`] retired
    /// handles were retired (for the handle doctor).
    pub(crate) fn with_history() -> Self {
        HandleTable {
            history: Some(Mutex::new(RetiredHistory::new(RETIRED_HISTORY_LIMIT))),
            ..Self::new()
        }
    }

    #[inline]
    fn slot(&self, index: usize) -> Option<&Slot> {
        let chunk = self.chunks.get(index >> CHUNK_BITS)?.get()?;
        chunk.get(index & (CHUNK_LEN - 1))
    }

    fn slot_or_create(&self, index: usize) -> &Slot {
        let chunk = self.chunks[index >> CHUNK_BITS]
            .get_or_init(|| (0..CHUNK_LEN).map(|_| Slot::default()).collect());
        &chunk[index & (CHUNK_LEN - 1)]
    }

    /// Issues a new handle for the object `make` builds from it.
    ///
    /// Returns `None` when every one of the 2^21 - 1 slots holds a live object or waits
    /// (see [`super::ids`]: at least 696,271 live handles always fit).
    pub(crate) fn insert(&self, make: impl FnOnce(u32) -> Object) -> Option<(u32, Object)> {
        let handle = lock(&self.ids).issue()?;
        let (index, gen) = split(handle).expect("issued handles have a generation");
        // The slot is ours alone until it is freed again: nobody else writes its meta.
        let slot = self.slot_or_create(index);
        let obj = make(handle);
        debug_assert_eq!(obj.handle(), handle, "an object must carry its own handle");
        // Live before the object is in place: nobody knows the handle value before this
        // returns, so nobody asks.
        slot.meta
            .store(encode_live(gen, obj.kind()), Ordering::Release);
        slot.store(&obj);
        Some((handle, obj))
    }

    /// Retires a live handle of `kind`, returning its object.
    ///
    /// When this returns, no lookup that starts afterwards finds `handle`.
    pub(crate) fn remove(&self, handle: u32, kind: Kind, why: Retired) -> Option<Object> {
        let (index, gen) = split(handle)?;
        let slot = self.slot(index)?;
        if slot.meta.load(Ordering::Acquire) != encode_live(gen, kind) {
            return None;
        }
        let obj = slot.swap_out(kind)?;
        debug_assert_eq!(
            obj.handle(),
            handle,
            "a live slot holds its handle's object"
        );
        if kind == Kind::Call {
            self.clear_call_records(index);
        }
        slot.meta
            .store(encode_retired(gen, kind, why), Ordering::Release);
        if let Some(h) = &self.history {
            lock(h).remember(handle, kind, why);
        }
        lock(&self.ids).retire(handle);
        Some(obj)
    }

    /// Runs `f` on the live call handle `handle`, if it is one. Takes no lock and writes
    /// no shared memory: the hot path of `lineGetCallInfo` and `lineGetCallStatus`.
    #[inline]
    pub(crate) fn with_call<R>(&self, handle: u32, f: impl FnOnce(&CallHandle) -> R) -> Option<R> {
        let (index, _) = split(handle)?;
        let guard = self.slot(index)?.call.load();
        match &*guard {
            Some(c) if c.hcall == handle => Some(f(c)),
            _ => None,
        }
    }

    /// Publishes `new` in place of the live call handle `old` (same `HCALL`). Returns
    /// false, changing nothing, when `old` is no longer what the table holds.
    pub(crate) fn replace_call(&self, old: &Arc<CallHandle>, new: Arc<CallHandle>) -> bool {
        debug_assert_eq!(old.hcall, new.hcall);
        let Some((index, _)) = split(old.hcall) else {
            return false;
        };
        let Some(slot) = self.slot(index) else {
            return false;
        };
        let prev = slot
            .call
            .compare_and_swap(&Some(Arc::clone(old)), Some(new));
        let replaced = prev.as_ref().is_some_and(|p| Arc::ptr_eq(p, old));
        if replaced {
            self.clear_call_records(index);
        }
        replaced
    }

    /// Whether only one thread exists (a forked child): see [`Records::set_solo`].
    pub(crate) fn set_solo(&self, solo: bool) {
        for r in &self.records {
            r.set_solo(solo);
        }
    }

    fn clear_call_records(&self, index: usize) {
        // The first clear's fence serves the slot's records of every variant.
        let [first, rest @ ..] = &self.records;
        first.clear(index);
        for r in rest {
            r.clear_after_fence(index);
        }
    }

    /// Copies record `variant` of the live call handle `handle` into the front of `out`,
    /// returning its length; `None` when none is kept (never filled, emptied by a change
    /// or the handle's retirement, not a live call handle) or it does not fit `out`.
    /// Loads only, from one place computed from the handle: the hot path of
    /// `lineGetCallInfo`.
    #[inline]
    pub(crate) fn read_call_record(
        &self,
        handle: u32,
        variant: usize,
        out: &mut [std::mem::MaybeUninit<u8>],
    ) -> Option<usize> {
        self.call_record(handle, variant)?.read(handle, out)
    }

    /// Where record `variant` of `handle` would be (whatever it holds: a
    /// [`Record::read`] with `handle` as the key tells), found once for a prefetch and a
    /// read; `None` for a value that names no slot or a slot no record was ever kept
    /// near. Loads only the chunk's pointer.
    #[inline(always)]
    pub(crate) fn call_record(&self, handle: u32, variant: usize) -> Option<&Record> {
        let (index, _) = split(handle)?;
        self.records.get(variant)?.record(index)
    }

    /// Keeps `bytes`, rendered from the call handle `h` (as found by
    /// [`HandleTable::with_call`]: `h` is alive meanwhile) after noting the call connected
    /// to `connected`, as record `variant`, unless `h` is no longer the slot's object, the
    /// call is no longer connected to `connected` (see [`HandleTable::call_connected`]),
    /// the bytes are too long for a record (see [`super::records::RECORD_BYTES`]) or
    /// another thread is filling it.
    pub(crate) fn fill_call_record(
        &self,
        h: &CallHandle,
        connected: Side,
        variant: usize,
        bytes: &[u8],
    ) -> bool {
        let Some((index, _)) = split(h.hcall) else {
            return false;
        };
        let (Some(slot), Some(records)) = (self.slot(index), self.records.get(variant)) else {
            return false;
        };
        records.fill(index, h.hcall, bytes, || {
            h.data.live.connected() == connected
                && slot
                    .call
                    .load()
                    .as_ref()
                    .is_some_and(|c| std::ptr::eq(Arc::as_ptr(c), h))
        })
    }

    /// The call of the live call handle `h` is now connected to another party (changed
    /// in place, [`super::call::CallState::connect`]): empties its records, so that none
    /// filled before the change is read after it.
    pub(crate) fn call_connected(&self, h: &CallHandle) {
        if let Some((index, _)) = split(h.hcall) {
            self.clear_call_records(index);
        }
    }

    /// The live object `handle` names, if it is of `kind`.
    pub(crate) fn get(&self, handle: u32, kind: Kind) -> Option<Object> {
        let (index, _) = split(handle)?;
        let slot = self.slot(index)?;
        let obj = match kind {
            Kind::App => slot.app.load_full().map(Object::App),
            Kind::Line => slot.line.load_full().map(Object::Line),
            Kind::Call => slot.call.load_full().map(Object::Call),
            Kind::Phone => slot.phone.load_full().map(Object::Phone),
        }?;
        (obj.handle() == handle).then_some(obj)
    }

    /// Whether `handle` names a live object of `kind`: one load of the slot's meta (the
    /// check each queued message's handle gets as it leaves the queue, R9). A handle is
    /// live from [`HandleTable::insert`] returning it until [`HandleTable::remove`]
    /// retires it; while a removal is under way either answer may come.
    #[inline]
    pub(crate) fn is_live(&self, handle: u32, kind: Kind) -> bool {
        let Some((index, gen)) = split(handle) else {
            return false;
        };
        let Some(slot) = self.slot(index) else {
            return false;
        };
        slot.meta.load(Ordering::Acquire) == encode_live(gen, kind)
    }

    /// How many retired handles the history has forgotten (0 without a history).
    pub(crate) fn forgotten(&self) -> u64 {
        self.history.as_ref().map_or(0, |h| lock(h).forgotten())
    }

    /// Tells a live handle from a retired one, a stale one and garbage.
    pub(crate) fn validity(&self, handle: u32, kind: Kind) -> Validity {
        let Some((index, gen)) = split(handle) else {
            return Validity::NeverIssued;
        };
        let Some(slot) = self.slot(index) else {
            return Validity::NeverIssued;
        };
        if let Some(o) = slot.object().filter(|o| o.handle() == handle) {
            return if o.kind() == kind {
                Validity::Live
            } else {
                Validity::WrongKind(o.kind())
            };
        }
        if let Some((k, why)) = self.history.as_ref().and_then(|h| lock(h).recall(handle)) {
            return Validity::Retired(k, why);
        }
        let (current, retired) = decode_meta(slot.meta.load(Ordering::Acquire));
        if gen == current {
            match retired {
                Some((k, why)) => Validity::Retired(k, why),
                None => Validity::NeverIssued,
            }
        } else if gen < current {
            Validity::Stale
        } else {
            Validity::NeverIssued
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::line::LineObj;

    fn line(h: u32) -> Object {
        Object::Line(Arc::new(LineObj::for_test(h)))
    }

    /// A table holding one call handle: the table, the call's data, the handle's value
    /// and its object.
    fn table_with_a_call() -> (
        HandleTable,
        Arc<crate::core::call::CallData>,
        u32,
        Arc<CallHandle>,
    ) {
        use crate::core::call::{CallData, Texts};
        let t = HandleTable::new();
        let line = LineObj::for_test(1);
        let data = Arc::new(CallData::new(0, 0, 7, 0, Texts::new([None; 8])));
        let call = |h| Object::Call(Arc::new(CallHandle::new(h, &line, 1, Arc::clone(&data))));
        let (h, obj) = t.insert(call).unwrap();
        let Object::Call(handle) = obj else {
            unreachable!()
        };
        (t, data, h, handle)
    }

    #[test]
    fn zero_and_garbage_are_never_valid() {
        let t = HandleTable::new();
        assert!(!t.is_live(0, Kind::Line));
        assert_eq!(t.validity(0, Kind::Line), Validity::NeverIssued);
        assert_eq!(t.validity(0x1234_5678, Kind::Call), Validity::NeverIssued);
    }

    #[test]
    fn kinds_do_not_mix_and_retired_handles_stay_dead() {
        let t = HandleTable::new();
        let (h, _) = t.insert(line).unwrap();
        assert_ne!(h, 0);
        assert!(t.is_live(h, Kind::Line));
        assert!(!t.is_live(h, Kind::Call));
        assert!(t.get(h, Kind::Line).is_some());
        assert!(t.get(h, Kind::App).is_none());
        assert_eq!(t.validity(h, Kind::Call), Validity::WrongKind(Kind::Line));
        assert!(t.remove(h, Kind::Call, Retired::Deallocated).is_none());
        assert!(t.remove(h, Kind::Line, Retired::LineClosed).is_some());
        assert!(t.remove(h, Kind::Line, Retired::LineClosed).is_none());
        assert!(!t.is_live(h, Kind::Line));
        assert_eq!(
            t.validity(h, Kind::Line),
            Validity::Retired(Kind::Line, Retired::LineClosed)
        );
        // Several cycles of generations of the slot: none may equal the retired one.
        for _ in 0..(LAYOUT.max_generation() * 3) {
            let (n, _) = t.insert(line).unwrap();
            assert_ne!(n, h);
            t.remove(n, Kind::Line, Retired::LineClosed);
        }
        assert!(!t.is_live(h, Kind::Line));
        assert_eq!(t.validity(h, Kind::Line), Validity::Stale);
    }

    /// Retirement decides by the slot's meta: an older generation of a reused slot
    /// retires nothing, and the slot's live object stays in place.
    #[test]
    fn a_stale_value_of_a_reused_slot_retires_nothing() {
        let t = HandleTable::new();
        let (old, _) = t.insert(line).unwrap();
        t.remove(old, Kind::Line, Retired::LineClosed).unwrap();
        let (new, _) = (0..LAYOUT.max_generation() * 3)
            .map(|_| t.insert(line).unwrap())
            .find(|(n, _)| split(*n).unwrap().0 == split(old).unwrap().0)
            .expect("the freed slot is reused");
        assert_ne!(new, old);
        assert!(t.remove(old, Kind::Line, Retired::LineClosed).is_none());
        assert!(t.is_live(new, Kind::Line));
        assert!(t.get(new, Kind::Line).is_some());
        let Some(Object::Line(l)) = t.remove(new, Kind::Line, Retired::LineClosed) else {
            panic!("the live line is retired with its object");
        };
        assert_eq!(l.handle, new);
        assert!(t.get(new, Kind::Line).is_none());
    }

    #[test]
    fn a_call_handles_records_go_with_every_change_and_its_retirement() {
        use std::mem::MaybeUninit;
        let (t, _, h, first) = table_with_a_call();
        let mut out = [MaybeUninit::new(0u8); 64];
        assert_eq!(t.read_call_record(h, 0, &mut out), None);
        assert!(t.fill_call_record(&first, Side::Nobody, 0, b"first"));
        assert_eq!(t.read_call_record(h, 0, &mut out), Some(5));
        assert_eq!(
            t.read_call_record(h, 1, &mut out),
            None,
            "the other variant"
        );
        assert_eq!(
            t.read_call_record(h + 1, 0, &mut out),
            None,
            "another value"
        );
        let second = Arc::new(first.with_privilege(2));
        assert!(t.replace_call(&first, Arc::clone(&second)));
        assert_eq!(
            t.read_call_record(h, 0, &mut out),
            None,
            "emptied by the change"
        );
        assert!(
            !t.fill_call_record(&first, Side::Nobody, 0, b"stale"),
            "no longer the slot's"
        );
        assert_eq!(t.read_call_record(h, 0, &mut out), None);
        assert!(t.fill_call_record(&second, Side::Nobody, 0, b"second"));
        assert_eq!(t.read_call_record(h, 0, &mut out), Some(6));
        t.remove(h, Kind::Call, Retired::Deallocated).unwrap();
        assert_eq!(
            t.read_call_record(h, 0, &mut out),
            None,
            "emptied by retirement"
        );
        assert!(!t.fill_call_record(&second, Side::Nobody, 0, b"late"));
    }

    #[test]
    fn a_connected_party_set_in_place_empties_and_refuses_what_was_kept_before() {
        use crate::core::call::{CallView, Side};
        use std::mem::MaybeUninit;
        let (t, data, h, handle) = table_with_a_call();
        let mut out = [MaybeUninit::new(0u8); 64];
        // A reader notes the party (nobody) before rendering.
        let before = CallView::new(&handle);
        assert_eq!(before.connected, Side::Nobody);
        assert!(t.fill_call_record(&handle, before.connected, 0, b"nobody"));
        before.kept(1).set(Box::from(&b"long, nobody"[..])).unwrap();
        // The writer: the party in place, then the handles' records emptied.
        data.live.connect(Side::Called);
        t.call_connected(&handle);
        assert_eq!(
            t.read_call_record(h, 0, &mut out),
            None,
            "emptied by the change"
        );
        assert!(
            !t.fill_call_record(&handle, before.connected, 0, b"late"),
            "rendered before the change: not kept after it"
        );
        assert_eq!(t.read_call_record(h, 0, &mut out), None);
        let after = CallView::new(&handle);
        assert_eq!(after.connected, Side::Called);
        assert!(after.kept(1).get().is_none(), "an image per party");
        assert!(t.fill_call_record(&handle, after.connected, 0, b"called"));
        assert_eq!(t.read_call_record(h, 0, &mut out), Some(6));
        assert_eq!(handle.data.connected(), handle.data.called());
    }

    #[test]
    fn a_stale_value_does_not_find_the_slots_new_object() {
        let t = HandleTable::new();
        let (first, _) = t.insert(line).unwrap();
        t.remove(first, Kind::Line, Retired::LineClosed);
        // Churn until the slot is reused with a new generation.
        let reused = loop {
            let (n, _) = t.insert(line).unwrap();
            if n & LAYOUT.max_index() == first & LAYOUT.max_index() {
                break n;
            }
            t.remove(n, Kind::Line, Retired::LineClosed);
        };
        assert_ne!(reused, first);
        assert!(t.is_live(reused, Kind::Line));
        assert!(!t.is_live(first, Kind::Line));
        assert!(t.get(first, Kind::Line).is_none());
        assert_eq!(t.validity(first, Kind::Line), Validity::Stale);
    }
}
