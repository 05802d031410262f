//! The handle table: every `HLINEAPP`, `HLINE` and `HCALL` the library issues.
//!
//! A handle is a 32-bit value made of a slot index (low [`INDEX_BITS`] bits) and the
//! slot's generation (high bits), as Windows builds its own handles from an index and a
//! uniquifier:
//!
//! * 0 is never valid: index 0 is never used and generations start at 1.
//! * A handle of one kind is never accepted as another: the slot records the kind.
//! * A retired handle does not come back for a later object: a freed slot waits in a
//!   FIFO quarantine of at least [`QUARANTINE`] slots before it is reused, and then with
//!   the next generation, so a value repeats only after `QUARANTINE * 2047` retirements
//!   (more than 33 million) of handles.
//!
//! Lookups take only the read side of the one slot's lock: threads reading different
//! handles touch different cache lines (slots are 64-byte aligned) and never a global
//! lock. Retiring a handle takes the slot's write lock, so once [`HandleTable::remove`]
//! returns no lookup of that handle succeeds, and a lookup that was under way when it
//! started has finished.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use super::app::App;
use super::call::CallHandle;
use super::line::LineObj;
use super::sync::{lock, read, write};

/// Bits of a handle that hold the slot index.
pub const INDEX_BITS: u32 = 21;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;
const GEN_MAX: u32 = (1 << (32 - INDEX_BITS)) - 1;
const CHUNK_BITS: u32 = 12;
const CHUNK_LEN: usize = 1 << CHUNK_BITS;
const NUM_CHUNKS: usize = 1 << (INDEX_BITS - CHUNK_BITS);
/// Freed slots are reused only when more than this many are waiting.
pub const QUARANTINE: usize = 16 * 1024;

/// What a handle names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `HLINEAPP`
    App,
    /// `HLINE`
    Line,
    /// `HCALL`
    Call,
}

/// Why a handle stopped being valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retired {
    /// `lineDeallocateCall` (or a failed request that never handed the call out).
    Deallocated,
    /// `lineClose` of the handle's line.
    LineClosed,
    /// The provider closed the line device (`LINE_CLOSE`).
    ProviderClosed,
    /// `lineShutdown` of the handle's application.
    AppShutdown,
}

/// What the table holds for a live handle.
#[derive(Clone)]
pub enum Object {
    /// An initialized application.
    App(Arc<App>),
    /// An application's open line.
    Line(Arc<LineObj>),
    /// An application's handle to a call.
    Call(Arc<CallHandle>),
}

impl Object {
    fn kind(&self) -> Kind {
        match self {
            Object::App(_) => Kind::App,
            Object::Line(_) => Kind::Line,
            Object::Call(_) => Kind::Call,
        }
    }
}

/// What the table knows of a handle value (used by diagnostics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
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

#[derive(Default)]
struct SlotInner {
    gen: u32,
    obj: Option<Object>,
    retired: Option<(Kind, Retired)>,
}

#[repr(align(64))]
#[derive(Default)]
struct Slot {
    inner: RwLock<SlotInner>,
}

struct Allocator {
    next_fresh: u32,
    free: VecDeque<u32>,
}

/// The process-wide table of handles.
pub struct HandleTable {
    chunks: Box<[OnceLock<Box<[Slot]>>]>,
    alloc: Mutex<Allocator>,
}

impl Default for HandleTable {
    fn default() -> Self {
        Self::new()
    }
}

fn split(handle: u32) -> Option<(usize, u32)> {
    let index = handle & INDEX_MASK;
    let gen = handle >> INDEX_BITS;
    if index == 0 || gen == 0 {
        None
    } else {
        Some((index as usize, gen))
    }
}

impl HandleTable {
    /// An empty table.
    pub fn new() -> Self {
        let chunks = (0..NUM_CHUNKS).map(|_| OnceLock::new()).collect();
        HandleTable {
            chunks,
            alloc: Mutex::new(Allocator {
                next_fresh: 1,
                free: VecDeque::new(),
            }),
        }
    }

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
    /// Returns `None` when all 2^21 - 1 slots hold live objects.
    pub fn insert(&self, make: impl FnOnce(u32) -> Object) -> Option<(u32, Object)> {
        let index = {
            let mut a = lock(&self.alloc);
            if a.free.len() > QUARANTINE || a.next_fresh > INDEX_MASK {
                a.free.pop_front()?
            } else {
                let i = a.next_fresh;
                a.next_fresh += 1;
                i
            }
        };
        let slot = self.slot_or_create(index as usize);
        let mut s = write(&slot.inner);
        s.gen = if s.gen >= GEN_MAX { 1 } else { s.gen + 1 };
        let handle = (s.gen << INDEX_BITS) | index;
        let obj = make(handle);
        s.obj = Some(obj.clone());
        s.retired = None;
        Some((handle, obj))
    }

    /// Retires a live handle of `kind`, returning its object.
    ///
    /// When this returns, no lookup of `handle` succeeds any more and none is under way.
    pub fn remove(&self, handle: u32, kind: Kind, why: Retired) -> Option<Object> {
        let (index, gen) = split(handle)?;
        let slot = self.slot(index)?;
        let obj = {
            let mut s = write(&slot.inner);
            if s.gen != gen || s.obj.as_ref().map(Object::kind) != Some(kind) {
                return None;
            }
            s.retired = Some((kind, why));
            s.obj.take()
        };
        lock(&self.alloc).free.push_back(index as u32);
        obj
    }

    /// Runs `f` on the live object `handle` names, if it is of `kind`, holding the slot's
    /// read lock (so the handle cannot be retired while `f` runs).
    #[inline]
    pub fn with<R>(&self, handle: u32, kind: Kind, f: impl FnOnce(&Object) -> R) -> Option<R> {
        let (index, gen) = split(handle)?;
        let slot = self.slot(index)?;
        let s = read(&slot.inner);
        match &s.obj {
            Some(obj) if s.gen == gen && obj.kind() == kind => Some(f(obj)),
            _ => None,
        }
    }

    /// The live object `handle` names, if it is of `kind`.
    pub fn get(&self, handle: u32, kind: Kind) -> Option<Object> {
        self.with(handle, kind, Object::clone)
    }

    /// Whether `handle` names a live object of `kind`.
    pub fn is_live(&self, handle: u32, kind: Kind) -> bool {
        self.with(handle, kind, |_| ()).is_some()
    }

    /// Tells a live handle from a retired one, a stale one and garbage.
    pub fn validity(&self, handle: u32, kind: Kind) -> Validity {
        let Some((index, gen)) = split(handle) else {
            return Validity::NeverIssued;
        };
        let Some(slot) = self.slot(index) else {
            return Validity::NeverIssued;
        };
        let s = read(&slot.inner);
        if s.gen == gen {
            match (&s.obj, s.retired) {
                (Some(o), _) if o.kind() == kind => Validity::Live,
                (Some(o), _) => Validity::WrongKind(o.kind()),
                (None, Some((k, why))) => Validity::Retired(k, why),
                (None, None) => Validity::NeverIssued,
            }
        } else if gen < s.gen {
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
        assert_eq!(t.validity(h, Kind::Call), Validity::WrongKind(Kind::Line));
        assert!(t.remove(h, Kind::Call, Retired::Deallocated).is_none());
        assert!(t.remove(h, Kind::Line, Retired::LineClosed).is_some());
        assert!(!t.is_live(h, Kind::Line));
        assert_eq!(
            t.validity(h, Kind::Line),
            Validity::Retired(Kind::Line, Retired::LineClosed)
        );
        // Far more handles than the quarantine: none may equal the retired one.
        for _ in 0..(QUARANTINE * 3) {
            let (n, _) = t.insert(line).unwrap();
            assert_ne!(n, h);
            t.remove(n, Kind::Line, Retired::LineClosed);
        }
        assert!(!t.is_live(h, Kind::Line));
        assert_eq!(t.validity(h, Kind::Line), Validity::Stale);
    }
}
