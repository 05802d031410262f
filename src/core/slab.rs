//! A slab keyed by 32-bit IDs made of an index and a generation, for the core's call
//! records (the ID is the call's `dwCallID`).
//!
//! Compared with a hash map it finds a record with one indexed load, and records made
//! one after another sit next to each other, which keeps `lineClose` of a line's recent
//! calls in cache however many calls the process holds. As with handles, a freed index
//! waits in a FIFO quarantine before reuse, with the next generation, so a stale ID does
//! not find a later record.

use std::collections::VecDeque;

const INDEX_BITS: u32 = 22;
const INDEX_MASK: u32 = (1 << INDEX_BITS) - 1;
const GEN_MAX: u32 = 1 << (32 - INDEX_BITS);
const QUARANTINE: usize = 4096;

enum Entry<T> {
    Vacant,
    Reserved,
    Full(T),
}

/// Records of `T` by ID.
pub(super) struct Slab<T> {
    entries: Vec<(u32, Entry<T>)>,
    free: VecDeque<u32>,
    len: usize,
}

impl<T> Slab<T> {
    pub(super) fn new() -> Self {
        Slab {
            // Index 0 is never used, so no ID is 0.
            entries: vec![(0, Entry::Vacant)],
            free: VecDeque::new(),
            len: 0,
        }
    }

    fn index(&self, id: u32) -> Option<usize> {
        let i = (id & INDEX_MASK) as usize;
        match self.entries.get(i) {
            Some((gen, _)) if i != 0 && *gen == (id >> INDEX_BITS) + 1 => Some(i),
            _ => None,
        }
    }

    /// A new ID, reserved for [`Slab::insert`]. `None` when every index is in use.
    pub(super) fn reserve(&mut self) -> Option<u32> {
        let i = if self.free.len() > QUARANTINE || self.entries.len() > INDEX_MASK as usize {
            self.free.pop_front()?
        } else {
            self.entries.push((0, Entry::Vacant));
            (self.entries.len() - 1) as u32
        };
        let (gen, entry) = &mut self.entries[i as usize];
        *gen = if *gen >= GEN_MAX { 1 } else { *gen + 1 };
        *entry = Entry::Reserved;
        // The first generation of an index has the index for its ID (1, 2, 3 ...).
        Some((*gen - 1) << INDEX_BITS | i)
    }

    /// Stores `value` under a reserved `id`.
    pub(super) fn insert(&mut self, id: u32, value: T) {
        let i = self.index(id).expect("a reserved ID");
        let entry = &mut self.entries[i].1;
        assert!(
            matches!(entry, Entry::Reserved),
            "ID {id:#x} is not reserved"
        );
        *entry = Entry::Full(value);
        self.len += 1;
    }

    pub(super) fn get(&self, id: &u32) -> Option<&T> {
        match &self.entries[self.index(*id)?].1 {
            Entry::Full(v) => Some(v),
            _ => None,
        }
    }

    pub(super) fn get_mut(&mut self, id: &u32) -> Option<&mut T> {
        let i = self.index(*id)?;
        match &mut self.entries[i].1 {
            Entry::Full(v) => Some(v),
            _ => None,
        }
    }

    pub(super) fn contains_key(&self, id: &u32) -> bool {
        self.get(id).is_some()
    }

    /// Removes the record (or the reservation) of `id`.
    pub(super) fn remove(&mut self, id: &u32) -> Option<T> {
        let i = self.index(*id)?;
        let old = std::mem::replace(&mut self.entries[i].1, Entry::Vacant);
        let value = match old {
            Entry::Vacant => return None,
            Entry::Reserved => None,
            Entry::Full(v) => {
                self.len -= 1;
                Some(v)
            }
        };
        self.free.push_back(i as u32);
        value
    }

    pub(super) fn len(&self) -> usize {
        self.len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_ids_do_not_find_later_records() {
        let mut s = Slab::new();
        let a = s.reserve().unwrap();
        assert_eq!(a, 1, "the first ID is 1");
        s.insert(a, "a");
        assert_eq!(s.get(&a), Some(&"a"));
        assert_eq!(s.remove(&a), Some("a"));
        assert_eq!(s.get(&a), None);
        assert_eq!(s.remove(&a), None);
        let mut seen = Vec::new();
        for _ in 0..(QUARANTINE * 3) {
            let id = s.reserve().unwrap();
            assert_ne!(id, a);
            s.insert(id, "b");
            seen.push(id);
            s.remove(&id);
        }
        assert!(seen.iter().any(|&id| id & INDEX_MASK == a & INDEX_MASK));
        assert_eq!(s.get(&a), None);
        assert_eq!(s.len(), 0);
    }
}
