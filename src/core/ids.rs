//! The allocator of 32-bit handle values made of an index and a generation, as Windows
//! builds its handles from an index and a uniquifier. It serves the handle table
//! (`HLINEAPP`, `HLINE`, `HCALL`).
//!
//! A value holds an index in its low `index_bits` bits and the index's generation above
//! them. Index 0 is never issued, so no value is 0. Each index goes through *cycles*: it
//! is issued with the generations `first_generation`, `first_generation + 1`, ... up to
//! the field's maximum, one after another, then again from `first_generation`. A retired
//! index is normally reused at once (last retired first, which keeps the table small and
//! in cache), with its next generation. The generations of a cycle are cut into
//! [`SEGMENTS`] segments, and an index may start a segment only once `cooling` values
//! (of any index) have been retired since it ended the same segment in its previous
//! cycle; until then it waits, and other indices serve (fresh ones if none is free).
//!
//! # The reuse distance
//!
//! **A retired value is issued again only after at least `cooling` later retirements**,
//! whatever the program does or has done. Proof: let `(i, g)` be retired when the count
//! of retirements is `r`, `g` in segment `j`. Within its cycle, index `i` is issued only
//! with generations above `g` (they only grow within a cycle), so `(i, g)` can come back
//! only in segment `j` of a later cycle. Segment `j` of this cycle ends at a count `e >=
//! r` (when its last generation is retired), and segment `j` of any later cycle starts,
//! by the rule above, at a count of at least `e + cooling >= r + cooling`. Nothing here
//! depends on how many values are live or ever were (no quarantine that a full table
//! would empty): the rule is checked whenever a segment starts.
//!
//! # Room for live values
//!
//! An index waits only if it ended a segment within the last `cooling + unit`
//! retirements (`unit`: see [`Layout::stamp_shift`]), and then it has been retired at
//! least `SEGMENTS - 1` whole segments' worth of times within those retirements (the rest
//! of that cycle and the start of the next), and retirements of different indices are
//! different retirements. So at most `(cooling + unit) / ((SEGMENTS - 1) * shortest
//! segment)` indices wait at any time, and the rest serve live values. For the handle
//! table (21 index bits, generations 1..=2047, so segments of 511 or 512 generations,
//! cooling 2^31, unit 2^16): at most (2^31 + 2^16) / (3 * 511) = 1,400,880 indices wait,
//! which leaves at least 2^21 - 1 - 1,400,880 = 696,271 handles that can always be live
//! at once, however the program churns; a process that has not yet retired 2^31 handles
//! has all 2^21 - 1. When every index is live or waiting, [`Ids::issue`] returns `None`
//! (the caller reports `LINEERR_NOMEM`): it never shortens the distance. It keeps 20
//! bytes per index, and 16 per waiting index.
//! the distance. Callers hold their own lock around it.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Segments of a cycle of generations.
pub(crate) const SEGMENTS: u32 = 4;

/// How values are laid out and reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Layout {
    /// Bits of the index.
    pub(crate) index_bits: u32,
    /// Bits of the generation, above the index (`32 - index_bits` for 32-bit values;
    /// fewer only in tests, to run through cycles quickly).
    pub(crate) generation_bits: u32,
    /// The generation of an index's first value in each cycle.
    pub(crate) first_generation: u32,
    /// The least number of retirements between a value's retirement and its next issue
    /// (a multiple of the stamp unit).
    pub(crate) cooling: u64,
    /// The allocator notes when an index ended a segment in units of `2^stamp_shift`
    /// retirements, in 32 bits (rounded so that it may wait a unit longer, never less).
    /// 16 for handles: 2^48 retirements before a note wraps round, and a wrapped note
    /// only makes an index wait longer.
    pub(crate) stamp_shift: u32,
}

impl Layout {
    /// The largest index.
    pub(crate) const fn max_index(self) -> u32 {
        (1 << self.index_bits) - 1
    }

    /// The largest generation.
    pub(crate) const fn max_generation(self) -> u32 {
        ((1u64 << self.generation_bits) - 1) as u32
    }

    /// The index and generation of `id`; `None` for index 0, which is never issued.
    pub(crate) fn split(self, id: u32) -> Option<(usize, u32)> {
        let index = id & self.max_index();
        let generation = id >> self.index_bits;
        (index != 0 && generation <= self.max_generation()).then_some((index as usize, generation))
    }

    fn join(self, index: u32, generation: u32) -> u32 {
        generation << self.index_bits | index
    }

    /// The segment of `generation` (from `first_generation` up).
    fn segment(self, generation: u32) -> usize {
        let span = u64::from(self.max_generation() - self.first_generation + 1);
        (u64::from(generation - self.first_generation) * u64::from(SEGMENTS) / span) as usize
    }

    /// The generation after `generation` in the cycle.
    fn next(self, generation: u32) -> u32 {
        if generation >= self.max_generation() {
            self.first_generation
        } else {
            generation + 1
        }
    }
}

/// What the allocator keeps of one index: 20 bytes.
#[derive(Clone, Copy, Debug)]
struct IndexRec {
    /// The generation last issued, and [`CYCLED`] once the index has ended a cycle.
    generation: u32,
    /// For each segment, the count of retirements when the index last ended it, in stamp
    /// units, rounded down, modulo 2^32 (meaningful once [`CYCLED`]).
    ended: [u32; SEGMENTS as usize],
}

/// [`IndexRec::generation`]: the index has ended a cycle.
const CYCLED: u32 = 1 << 31;

/// Issues and retires values of one [`Layout`].
#[derive(Debug)]
pub(crate) struct Ids {
    layout: Layout,
    /// Per index (index 0 unused).
    indices: Vec<IndexRec>,
    /// Retired indices that may be issued now, last retired on top.
    free: Vec<u32>,
    /// Retired indices that must wait to start a segment, by the count of retirements
    /// they wait for.
    waiting: BinaryHeap<Reverse<(u64, u32)>>,
    /// Values retired so far.
    retired: u64,
}

impl Ids {
    /// No value issued yet.
    pub(crate) fn new(layout: Layout) -> Self {
        assert!(layout.index_bits + layout.generation_bits <= 32);
        assert!(layout.generation_bits < 32 && layout.stamp_shift < 32);
        assert_eq!(layout.cooling % (1 << layout.stamp_shift), 0);
        assert!(layout.cooling >> layout.stamp_shift < u64::from(u32::MAX));
        assert!(layout.max_generation() - layout.first_generation + 1 >= 2 * SEGMENTS);
        Ids {
            layout,
            indices: vec![IndexRec {
                generation: 0,
                ended: [0; SEGMENTS as usize],
            }],
            free: Vec::new(),
            waiting: BinaryHeap::new(),
            retired: 0,
        }
    }

    /// A new value: the index retired last with its next generation; else the index
    /// that has waited enough, longest; else a fresh index. `None` when every index is
    /// live or waiting.
    pub(crate) fn issue(&mut self) -> Option<u32> {
        let l = self.layout;
        let index = if let Some(index) = self.free.pop() {
            index
        } else if let Some(&Reverse((_, index))) =
            self.waiting.peek().filter(|w| w.0 .0 <= self.retired)
        {
            self.waiting.pop();
            index
        } else if self.indices.len() <= l.max_index() as usize {
            self.indices.push(IndexRec {
                // So that the first issue gives the first generation.
                generation: l.max_generation(),
                ended: [0; SEGMENTS as usize],
            });
            (self.indices.len() - 1) as u32
        } else {
            return None;
        };
        let rec = &mut self.indices[index as usize];
        let generation = l.next(rec.generation & !CYCLED);
        rec.generation = generation | (rec.generation & CYCLED);
        Some(l.join(index, generation))
    }

    /// Retires `id`, issued by this allocator and no longer in use.
    pub(crate) fn retire(&mut self, id: u32) {
        let l = self.layout;
        let Some((index, generation)) = l.split(id) else {
            return;
        };
        let rec = &mut self.indices[index];
        debug_assert_eq!(rec.generation & !CYCLED, generation, "{id:#x} is not live");
        self.retired += 1;
        let segment = l.segment(generation);
        let next = l.next(generation);
        let next_segment = l.segment(next);
        if next_segment != segment || next == l.first_generation {
            let now = self.retired >> l.stamp_shift;
            rec.ended[segment] = now as u32;
            if next == l.first_generation {
                rec.generation |= CYCLED;
            }
            if rec.generation & CYCLED != 0 {
                // The segment it starts next was ended at a count E in `ended` units,
                // rounded down, so E < (ended + 1) units: waiting until `now - ended`
                // is the cooling plus one unit (the cooling itself when a unit is one
                // retirement) ensures `cooling` retirements since E. A note that has
                // wrapped round reads as less time than has passed: a longer wait.
                let round = u64::from(l.stamp_shift > 0);
                let need = (l.cooling >> l.stamp_shift) + round;
                let elapsed = u64::from((now as u32).wrapping_sub(rec.ended[next_segment]));
                if elapsed < need {
                    let ready = (now + need - elapsed) << l.stamp_shift;
                    self.waiting.push(Reverse((ready, index as u32)));
                    return;
                }
            }
        }
        self.free.push(index as u32);
    }

    /// The index of `id` if `id` is the value its index was last issued as (it may have
    /// been retired since).
    #[cfg(test)]
    pub(crate) fn current(&self, id: u32) -> Option<usize> {
        let (index, generation) = self.layout.split(id)?;
        (self.indices.get(index)?.generation & !CYCLED == generation).then_some(index)
    }

    /// Indices waiting now.
    pub(crate) fn waiting_len(&self) -> usize {
        self.waiting.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// 28-bit indices, generations 1..=15 (segments 1-4, 5-8, 9-12, 13-15).
    const SMALL: Layout = Layout {
        index_bits: 28,
        generation_bits: 4,
        first_generation: 1,
        cooling: 100,
        stamp_shift: 0,
    };

    /// 4-bit indices (1..=15), generations 0..=15 (segments of 4): 240 values. At most
    /// 96 / (3 * 4) = 8 indices wait, so 7 values can always be live.
    const TINY: Layout = Layout {
        index_bits: 4,
        generation_bits: 4,
        first_generation: 0,
        cooling: 96,
        stamp_shift: 0,
    };
    const TINY_ROOM: usize = 15 - 96 / (3 * 4);

    /// The handle table's layout.
    const HANDLES: Layout = Layout {
        index_bits: 21,
        generation_bits: 11,
        first_generation: 1,
        cooling: 1 << 31,
        stamp_shift: 16,
    };

    #[test]
    fn values_are_never_zero_and_start_at_the_first_generation() {
        let mut ids = Ids::new(SMALL);
        assert_eq!(ids.issue(), Some(1 << 28 | 1));
        let mut ids = Ids::new(TINY);
        assert_eq!((ids.issue(), ids.issue()), (Some(1), Some(2)));
        let mut ids = Ids::new(HANDLES);
        assert_eq!(ids.issue(), Some(1 << 21 | 1));
    }

    #[test]
    fn a_retired_index_is_reused_at_once_with_its_next_generation() {
        let mut ids = Ids::new(SMALL);
        let a = ids.issue().unwrap();
        let b = ids.issue().unwrap();
        ids.retire(a);
        let again = ids.issue().unwrap();
        assert_eq!(again, 2 << 28 | 1, "index 1, generation 2");
        assert_eq!(ids.current(a), None);
        assert_eq!(ids.current(again), Some(1));
        assert_eq!(ids.current(b), Some(2));
    }

    #[test]
    fn segments_split_a_cycle_evenly() {
        let seg = |l: Layout, g| l.segment(g);
        assert_eq!(
            (1..=15).map(|g| seg(SMALL, g)).collect::<Vec<_>>(),
            [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3]
        );
        let mut lens = [0u32; SEGMENTS as usize];
        for g in 1..=2047 {
            lens[seg(HANDLES, g)] += 1;
        }
        assert_eq!(lens, [512, 512, 512, 511]);
    }

    #[test]
    fn an_index_waits_before_a_segment_it_ended_recently_and_a_full_space_issues_nothing() {
        let mut ids = Ids::new(SMALL);
        let mut id = ids.issue().unwrap();
        for _ in 0..14 {
            ids.retire(id);
            id = ids.issue().unwrap();
        }
        assert_eq!(id, 15 << 28 | 1, "the last generation of index 1");
        ids.retire(id);
        // Index 1 ended segment 0 only 15 retirements ago: it waits.
        assert_eq!(ids.waiting_len(), 1);
        assert_eq!(ids.issue(), Some(1 << 28 | 2), "a fresh index, not index 1");
        // Every index live or waiting: nothing, even though one is retired.
        let mut full = Ids::new(TINY);
        let issued: Vec<u32> = std::iter::from_fn(|| full.issue()).collect();
        assert_eq!(issued.len(), 15, "indices 1..=15");
        assert!(issued.iter().all(|&id| full.current(id).is_some()));
    }

    /// Runs `steps` random issues and retirements on `layout` (seeded xorshift, in
    /// phases that take the live count from 0 to `max_live` and back) and checks every
    /// issue against the last retirement of the same value, and that an issue fails only
    /// with at least `room` values live. Returns the least distance seen, in
    /// retirements, if any value came back.
    fn churn(layout: Layout, steps: u64, max_live: usize, room: usize, seed: u64) -> Option<u64> {
        let mut ids = Ids::new(layout);
        // Start just before the notes of ended segments wrap round 2^32 units.
        ids.retired = (u64::from(u32::MAX) << layout.stamp_shift) - 20_000;
        let mut live: Vec<u32> = Vec::new();
        let mut retired_at: HashMap<u32, u64> = HashMap::new();
        let (mut retired, mut least) = (0u64, None::<u64>);
        let mut x = seed | 1;
        let mut growing = true;
        for _ in 0..steps {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if live.len() >= max_live {
                growing = false;
            } else if live.is_empty() {
                growing = true;
            }
            // Mostly in the phase's direction, sometimes against it.
            let grow = growing == (x % 8 != 0);
            if grow && live.len() < max_live {
                match ids.issue() {
                    Some(id) => {
                        assert_ne!(id, 0);
                        assert!(!live.contains(&id), "{id:#x} issued twice");
                        if let Some(&at) = retired_at.get(&id) {
                            let d = retired - at;
                            assert!(d >= layout.cooling, "{id:#x} back after {d}");
                            least = Some(least.map_or(d, |l| l.min(d)));
                        }
                        live.push(id);
                    }
                    None => {
                        assert!(live.len() >= room, "no value with {} live", live.len());
                        growing = false;
                    }
                }
            } else if !live.is_empty() {
                let id = live.swap_remove((x >> 11) as usize % live.len());
                ids.retire(id);
                retired += 1;
                retired_at.insert(id, retired);
            }
        }
        least
    }

    #[test]
    fn no_value_comes_back_within_the_cooling_distance_whatever_the_peak() {
        // Peaks that fill the whole index space, and peaks well below it.
        // Notes in units of 1 and of 4 retirements.
        let coarse = Layout {
            stamp_shift: 2,
            ..TINY
        };
        for layout in [TINY, coarse] {
            for (max_live, seed) in [(15, 1), (15, 7), (TINY_ROOM, 3), (2, 5), (1, 9)] {
                let least = churn(layout, 200_000, max_live, TINY_ROOM, seed);
                let least = least.expect("values come back in 200,000 steps");
                assert!(least >= layout.cooling, "{least}");
            }
        }
    }

    #[test]
    fn lockstep_rounds_over_every_index_do_not_starve() {
        // The pattern that makes every index end its cycle at once: all 15 live, all
        // retired, again and again. Nothing may ever be left unissuable with nothing
        // live, and no value may come back early.
        let mut ids = Ids::new(TINY);
        let mut retired_at: HashMap<u32, u64> = HashMap::new();
        let mut retired = 0u64;
        for _ in 0..2_000 {
            let mut live = Vec::new();
            while let Some(id) = ids.issue() {
                if let Some(&at) = retired_at.get(&id) {
                    assert!(retired - at >= TINY.cooling);
                }
                live.push(id);
            }
            assert!(live.len() >= TINY_ROOM, "{} live", live.len());
            for id in live {
                ids.retire(id);
                retired += 1;
                retired_at.insert(id, retired);
            }
        }
    }

    #[test]
    fn one_value_at_a_time_comes_back_after_the_cooling_and_less_than_a_cycle_more() {
        // One live value at a time: index 1 runs its first cycle, then must wait to start
        // segment 0 again until 96 retirements after it ended segment 0 (generations
        // 0-3), while fresh indices serve, each until it must wait in turn.
        let mut ids = Ids::new(TINY);
        let first = ids.issue().unwrap();
        ids.retire(first);
        let mut n = 1u64;
        loop {
            let id = ids.issue().unwrap();
            if id == first {
                break;
            }
            ids.retire(id);
            n += 1;
        }
        // `first` was retirement 1; it comes back after retirement n, n - 1 later.
        let distance = n - 1;
        assert!(distance >= TINY.cooling, "{n}");
        assert!(distance < TINY.cooling + 3 + 16, "{n}");
    }
}
