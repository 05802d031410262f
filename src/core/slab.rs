//! A slab keyed by 32-bit IDs made of an index and a generation, for the core's call
//! records (the ID is the call's `dwCallID`), from the core's one identifier allocator
//! ([`super::ids`]).
//!
//! Compared with a hash map it finds a record with one indexed load, and records made
//! one after another sit next to each other, which keeps `lineClose` of a line's recent
//! calls in cache however many calls the process holds. As with handles, a freed index
//! waits in a FIFO quarantine before reuse, with the next generation, so a stale ID does
//! not find a later record. The first generation of an index has the index for its ID,
//! so call IDs read 1, 2, 3 ...

use super::ids::{Ids, Layout};

/// Call IDs: a 22-bit index and a 10-bit generation starting at 0.
const LAYOUT: Layout = Layout {
    index_bits: 22,
    first_generation: 0,
    quarantine: 4096,
};

enum Entry<T> {
    Vacant,
    Reserved,
    Full(T),
}

/// Records of `T` by ID.
pub(super) struct Slab<T> {
    entries: Vec<Entry<T>>,
    ids: Ids,
    len: usize,
}

impl<T> Slab<T> {
    pub(super) fn new() -> Self {
        Slab {
            // Index 0 is never issued.
            entries: vec![Entry::Vacant],
            ids: Ids::new(LAYOUT),
            len: 0,
        }
    }

    /// A new ID, reserved for [`Slab::insert`]. `None` when every index is in use.
    pub(super) fn reserve(&mut self) -> Option<u32> {
        let id = self.ids.issue()?;
        let i = self.ids.current(id).expect("just issued");
        if i == self.entries.len() {
            self.entries.push(Entry::Vacant);
        }
        self.entries[i] = Entry::Reserved;
        Some(id)
    }

    /// Stores `value` under a reserved `id`.
    pub(super) fn insert(&mut self, id: u32, value: T) {
        let i = self.ids.current(id).expect("a reserved ID");
        let entry = &mut self.entries[i];
        assert!(
            matches!(entry, Entry::Reserved),
            "ID {id:#x} is not reserved"
        );
        *entry = Entry::Full(value);
        self.len += 1;
    }

    pub(super) fn get(&self, id: &u32) -> Option<&T> {
        match &self.entries[self.ids.current(*id)?] {
            Entry::Full(v) => Some(v),
            _ => None,
        }
    }

    pub(super) fn get_mut(&mut self, id: &u32) -> Option<&mut T> {
        let i = self.ids.current(*id)?;
        match &mut self.entries[i] {
            Entry::Full(v) => Some(v),
            _ => None,
        }
    }

    pub(super) fn contains_key(&self, id: &u32) -> bool {
        self.get(id).is_some()
    }

    /// Removes the record (or the reservation) of `id`.
    pub(super) fn remove(&mut self, id: &u32) -> Option<T> {
        let i = self.ids.current(*id)?;
        let value = match std::mem::replace(&mut self.entries[i], Entry::Vacant) {
            Entry::Vacant => return None,
            Entry::Reserved => None,
            Entry::Full(v) => {
                self.len -= 1;
                Some(v)
            }
        };
        self.ids.retire(*id);
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
        for _ in 0..(LAYOUT.quarantine * 3) {
            let id = s.reserve().unwrap();
            assert_ne!(id, a);
            s.insert(id, "b");
            seen.push(id);
            s.remove(&id);
        }
        let index = |id: u32| id & LAYOUT.max_index();
        assert!(seen.iter().any(|&id| index(id) == index(a)));
        assert_eq!(s.get(&a), None);
        assert_eq!(s.len(), 0);
    }
}
