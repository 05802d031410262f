//! The one allocator of 32-bit identifiers made of an index and a generation, as Windows
//! builds its handles from an index and a uniquifier. It serves the handle table
//! (`HLINEAPP`, `HLINE`, `HCALL`) and the call records (`dwCallID`).
//!
//! An identifier holds an index in its low `index_bits` bits and the index's generation
//! above them. Index 0 is never issued, so no identifier is 0. A retired index waits in
//! a FIFO quarantine until more than `quarantine` indices wait, and comes back with the
//! next generation, so a retired identifier is issued again only after its index has
//! gone round every generation, `quarantine` retirements at least each time. Callers
//! hold their own lock around it.

use std::collections::VecDeque;

/// How identifiers are laid out and reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Layout {
    /// Bits of the index (the rest hold the generation).
    pub(crate) index_bits: u32,
    /// The generation field of an index's first identifier; generations run from it to
    /// the field's maximum and wrap back to it.
    pub(crate) first_generation: u32,
    /// Retired indices wait until more than this many are waiting.
    pub(crate) quarantine: usize,
}

impl Layout {
    /// The largest index.
    pub(crate) const fn max_index(self) -> u32 {
        (1 << self.index_bits) - 1
    }

    const fn max_generation(self) -> u32 {
        (1 << (32 - self.index_bits)) - 1
    }

    /// The index and generation of `id`; `None` for index 0, which is never issued.
    pub(crate) fn split(self, id: u32) -> Option<(usize, u32)> {
        let index = id & self.max_index();
        (index != 0).then_some((index as usize, id >> self.index_bits))
    }

    fn join(self, index: u32, generation: u32) -> u32 {
        generation << self.index_bits | index
    }
}

/// Issues and retires identifiers of one [`Layout`].
#[derive(Debug)]
pub(crate) struct Ids {
    layout: Layout,
    /// The generation last issued for each index (index 0 unused).
    generations: Vec<u32>,
    free: VecDeque<u32>,
}

impl Ids {
    /// No identifier issued yet.
    pub(crate) fn new(layout: Layout) -> Self {
        Ids {
            layout,
            generations: vec![layout.first_generation],
            free: VecDeque::new(),
        }
    }

    /// A new identifier: a fresh index while the quarantine is not full, else the index
    /// retired longest ago, with its next generation. `None` when every index is issued.
    pub(crate) fn issue(&mut self) -> Option<u32> {
        let l = self.layout;
        let index =
            if self.free.len() > l.quarantine || self.generations.len() > l.max_index() as usize {
                let index = self.free.pop_front()?;
                let g = &mut self.generations[index as usize];
                *g = if *g >= l.max_generation() {
                    l.first_generation
                } else {
                    *g + 1
                };
                index
            } else {
                self.generations.push(l.first_generation);
                (self.generations.len() - 1) as u32
            };
        Some(l.join(index, self.generations[index as usize]))
    }

    /// Puts the index of `id`, issued by this allocator and no longer in use, in
    /// quarantine.
    pub(crate) fn retire(&mut self, id: u32) {
        if let Some((index, _)) = self.layout.split(id) {
            debug_assert!(index < self.generations.len(), "{id:#x} was not issued");
            self.free.push_back(index as u32);
        }
    }

    /// The index of `id` if `id` is the identifier its index was last issued as (it may
    /// have been retired since).
    pub(crate) fn current(&self, id: u32) -> Option<usize> {
        let (index, generation) = self.layout.split(id)?;
        (self.generations.get(index) == Some(&generation)).then_some(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: Layout = Layout {
        index_bits: 4,
        first_generation: 1,
        quarantine: 3,
    };

    #[test]
    fn ids_are_never_zero_and_start_at_the_first_generation() {
        let mut ids = Ids::new(SMALL);
        let first = ids.issue().unwrap();
        assert_eq!(first, 1 << 4 | 1);
        let calls = Layout {
            index_bits: 22,
            first_generation: 0,
            quarantine: 4096,
        };
        let mut ids = Ids::new(calls);
        assert_eq!((ids.issue(), ids.issue()), (Some(1), Some(2)));
    }

    #[test]
    fn a_retired_index_waits_in_quarantine_then_comes_back_with_the_next_generation() {
        let mut ids = Ids::new(SMALL);
        let a = ids.issue().unwrap();
        ids.retire(a);
        let mut later = Vec::new();
        for _ in 0..SMALL.quarantine {
            let id = ids.issue().unwrap();
            later.push(id);
            ids.retire(id);
        }
        assert!(later.iter().all(|&id| id & 0xF != a & 0xF), "{later:x?}");
        // The quarantine is full: the oldest retired index comes back, one generation on.
        let again = ids.issue().unwrap();
        assert_eq!(again & 0xF, a & 0xF);
        assert_eq!(again >> 4, (a >> 4) + 1);
        assert_eq!(ids.current(a), None);
        assert_eq!(ids.current(again), Some((a & 0xF) as usize));
    }

    #[test]
    fn generations_wrap_to_the_first_and_a_full_space_issues_nothing() {
        let mut ids = Ids::new(Layout {
            index_bits: 30,
            first_generation: 1,
            quarantine: 0,
        });
        let first = ids.issue().unwrap();
        let mut id = first;
        for _ in 0..3 {
            ids.retire(id);
            id = ids.issue().unwrap();
        }
        // Generations 1, 2, 3, then back to 1: a 2-bit field.
        assert_eq!(id, first);
        let mut full = Ids::new(SMALL);
        let issued: Vec<u32> = std::iter::from_fn(|| full.issue()).collect();
        assert_eq!(issued.len(), 15, "indices 1..=15");
    }
}
