//! The core's call records, keyed by the call's `dwCallID`.
//!
//! Call IDs are a 32-bit counter: each new call takes the value after the last one
//! issued (1, 2, 3 ..., skipping 0), so **a `dwCallID` repeats only after the counter
//! has gone round all 2^32 values**: between two calls with the same ID lie 2^32 - 1
//! counter steps, each a call, except the rare step skipped because its record is still
//! held by a call made 2^22 (or a multiple) steps before and still alive, and the step
//! at 0. A stale ID (of a call that has ended) finds nothing: each record keeps its
//! whole ID, and a lookup compares it.
//!
//! A record sits at the low [`INDEX_BITS`] bits of its ID, in chunks of [`CHUNK_LEN`]
//! records allocated when the counter first needs them and freed when they empty once
//! the counter has moved on. Finding a record costs two indexed loads, and calls made one
//! after another sit next to each other, which keeps `lineClose` of a line's recent calls
//! in cache however many calls the process holds; memory follows the calls alive, not
//! the calls ever made.

/// Bits of an ID that place its record: at most 2^22 calls are alive at once.
pub(super) const INDEX_BITS: u32 = 22;
const CHUNK_BITS: u32 = 10;
/// Records per chunk.
pub(super) const CHUNK_LEN: usize = 1 << CHUNK_BITS;
const NUM_CHUNKS: usize = 1 << (INDEX_BITS - CHUNK_BITS);
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;

enum Entry<T> {
    Vacant,
    Reserved(u32),
    Full(u32, T),
}

impl<T> Entry<T> {
    fn id(&self) -> Option<u32> {
        match self {
            Entry::Vacant => None,
            Entry::Reserved(id) | Entry::Full(id, _) => Some(*id),
        }
    }
}

struct Chunk<T> {
    entries: Box<[Entry<T>]>,
    /// Entries reserved or full.
    used: usize,
}

/// Records of `T` by ID.
pub(super) struct Slab<T> {
    chunks: Vec<Option<Chunk<T>>>,
    /// The last ID issued.
    last: u32,
    /// Entries reserved or full.
    used: usize,
    /// Entries full.
    len: usize,
}

fn place(id: u32) -> (usize, usize) {
    let index = (id & INDEX_MASK) as usize;
    (index >> CHUNK_BITS, index & (CHUNK_LEN - 1))
}

impl<T> Slab<T> {
    pub(super) fn new() -> Self {
        Self::starting_after(0)
    }

    /// An empty slab whose first ID follows `last` (tests start near the wrap).
    fn starting_after(last: u32) -> Self {
        Slab {
            chunks: (0..NUM_CHUNKS).map(|_| None).collect(),
            last,
            used: 0,
            len: 0,
        }
    }

    /// A new ID, reserved for [`Slab::insert`]: the next value of the counter whose
    /// record is free. `None` when 2^22 records are in use.
    pub(super) fn reserve(&mut self) -> Option<u32> {
        if self.used >= 1 << INDEX_BITS {
            return None;
        }
        let before = place(self.last).0;
        // At most `used` steps land on records in use, so this ends.
        let id = loop {
            self.last = self.last.wrapping_add(1);
            let (c, i) = place(self.last);
            if self.last != 0
                && self.chunks[c]
                    .as_ref()
                    .is_none_or(|ch| matches!(ch.entries[i], Entry::Vacant))
            {
                break self.last;
            }
        };
        let (c, i) = place(id);
        let chunk = self.chunks[c].get_or_insert_with(|| Chunk {
            entries: (0..CHUNK_LEN).map(|_| Entry::Vacant).collect(),
            used: 0,
        });
        chunk.entries[i] = Entry::Reserved(id);
        chunk.used += 1;
        self.used += 1;
        if before != c {
            self.release_if_empty(before);
        }
        Some(id)
    }

    /// Frees chunk `c` if it holds nothing and the counter is not filling it.
    fn release_if_empty(&mut self, c: usize) {
        if c != place(self.last).0 && self.chunks[c].as_ref().is_some_and(|ch| ch.used == 0) {
            self.chunks[c] = None;
        }
    }

    fn entry(&self, id: u32) -> Option<&Entry<T>> {
        let (c, i) = place(id);
        let e = &self.chunks[c].as_ref()?.entries[i];
        (e.id() == Some(id)).then_some(e)
    }

    /// Stores `value` under a reserved `id`.
    pub(super) fn insert(&mut self, id: u32, value: T) {
        let (c, i) = place(id);
        let entry = self.chunks[c]
            .as_mut()
            .map(|ch| &mut ch.entries[i])
            .filter(|e| matches!(e, Entry::Reserved(r) if *r == id))
            .unwrap_or_else(|| panic!("ID {id:#x} is not reserved"));
        *entry = Entry::Full(id, value);
        self.len += 1;
    }

    pub(super) fn get(&self, id: &u32) -> Option<&T> {
        match self.entry(*id)? {
            Entry::Full(_, v) => Some(v),
            _ => None,
        }
    }

    pub(super) fn get_mut(&mut self, id: &u32) -> Option<&mut T> {
        let (c, i) = place(*id);
        match &mut self.chunks[c].as_mut()?.entries[i] {
            Entry::Full(stored, v) if stored == id => Some(v),
            _ => None,
        }
    }

    pub(super) fn contains_key(&self, id: &u32) -> bool {
        self.get(id).is_some()
    }

    /// Removes the record (or the reservation) of `id`.
    pub(super) fn remove(&mut self, id: &u32) -> Option<T> {
        self.entry(*id)?;
        let (c, i) = place(*id);
        let chunk = self.chunks[c].as_mut()?;
        let value = match std::mem::replace(&mut chunk.entries[i], Entry::Vacant) {
            Entry::Vacant => unreachable!("entry() found an ID"),
            Entry::Reserved(_) => None,
            Entry::Full(_, v) => {
                self.len -= 1;
                Some(v)
            }
        };
        chunk.used -= 1;
        self.used -= 1;
        self.release_if_empty(c);
        value
    }

    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// Chunks allocated now.
    #[cfg(test)]
    fn chunks_held(&self) -> usize {
        self.chunks.iter().filter(|c| c.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_count_up_and_stale_ids_do_not_find_later_records() {
        let mut s = Slab::new();
        let a = s.reserve().unwrap();
        assert_eq!(a, 1, "the first ID is 1");
        s.insert(a, "a");
        assert_eq!(s.get(&a), Some(&"a"));
        assert_eq!(s.remove(&a), Some("a"));
        assert_eq!(s.get(&a), None);
        assert_eq!(s.remove(&a), None);
        for n in 2..100_000u32 {
            let id = s.reserve().unwrap();
            assert_eq!(id, n);
            s.insert(id, "b");
            assert_eq!(s.get(&a), None);
            s.remove(&id);
        }
        assert_eq!(s.len(), 0);
        assert!(s.chunks_held() <= 1, "emptied chunks are freed");
    }

    #[test]
    fn the_counter_wraps_past_zero_and_skips_records_still_held() {
        // Start 3 before the wrap: IDs u32::MAX - 2, - 1, MAX, then 1 (0 is skipped).
        let mut s = Slab::starting_after(u32::MAX - 3);
        let old = s.reserve().unwrap();
        assert_eq!(old, u32::MAX - 2);
        s.insert(old, "held for a whole lap of the records");
        let ids: Vec<u32> = (0..3).map(|_| s.reserve().unwrap()).collect();
        assert_eq!(ids, [u32::MAX - 1, u32::MAX, 1]);
        for id in &ids {
            s.remove(id);
        }
        // The step whose record `old` holds is skipped: `old` plus 2^22 is not issued
        // while `old` lives, and the stale IDs find nothing.
        let mut s = Slab::starting_after(0);
        let held = s.reserve().unwrap();
        s.insert(held, "held");
        for _ in 0..(1u32 << INDEX_BITS) + 5 {
            let id = s.reserve().unwrap();
            assert_ne!(id & INDEX_MASK, held & INDEX_MASK, "{id:#x}");
            s.insert(id, "churn");
            assert_eq!(s.remove(&id), Some("churn"));
            assert_eq!(s.get(&id), None);
        }
        assert_eq!(s.last, (1 << INDEX_BITS) + 7, "one step skipped");
        assert_eq!(s.get(&held), Some(&"held"));
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn a_full_slab_reserves_nothing() {
        let mut s: Slab<()> = Slab::new();
        s.used = 1 << INDEX_BITS;
        assert_eq!(s.reserve(), None);
    }
}
