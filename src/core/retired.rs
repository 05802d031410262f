//! The bounded history of retired handles the handle table keeps for the doctor: why
//! each of the latest [`RETIRED_HISTORY_LIMIT`] retired handles was retired, past the
//! reuse of its slot. Older entries are forgotten (oldest first) and counted.

use std::collections::{HashMap, VecDeque};

use super::handles::{Kind, Retired};
pub(crate) use crate::report::RETIRED_HISTORY_LIMIT;

/// Why the latest retired handles were retired.
pub(crate) struct RetiredHistory {
    why: HashMap<u32, (Kind, Retired)>,
    /// The handles in `why`, oldest first.
    order: VecDeque<u32>,
    limit: usize,
    forgotten: u64,
}

impl RetiredHistory {
    /// An empty history of at most `limit` handles.
    pub(crate) fn new(limit: usize) -> Self {
        RetiredHistory {
            why: HashMap::new(),
            order: VecDeque::new(),
            limit: limit.max(1),
            forgotten: 0,
        }
    }

    /// Remembers that `handle` was retired; forgets the oldest entry beyond the limit.
    pub(crate) fn remember(&mut self, handle: u32, kind: Kind, why: Retired) {
        if self.why.insert(handle, (kind, why)).is_none() {
            self.order.push_back(handle);
        }
        if self.order.len() > self.limit {
            if let Some(old) = self.order.pop_front() {
                self.why.remove(&old);
                self.forgotten += 1;
            }
        }
    }

    /// Why `handle` was retired, if it is remembered.
    pub(crate) fn recall(&self, handle: u32) -> Option<(Kind, Retired)> {
        self.why.get(&handle).copied()
    }

    /// How many retired handles have been forgotten.
    pub(crate) fn forgotten(&self) -> u64 {
        self.forgotten
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_latest_and_counts_what_it_forgets() {
        let mut h = RetiredHistory::new(3);
        for n in 1..=5 {
            h.remember(n, Kind::Call, Retired::Deallocated);
        }
        assert_eq!(h.recall(1), None);
        assert_eq!(h.recall(2), None);
        assert_eq!(h.recall(3), Some((Kind::Call, Retired::Deallocated)));
        assert_eq!(h.recall(5), Some((Kind::Call, Retired::Deallocated)));
        assert_eq!(h.forgotten(), 2);
        assert_eq!(h.why.len(), 3);
        // A value remembered again updates its reason and takes no second place.
        h.remember(5, Kind::Line, Retired::LineClosed);
        assert_eq!(h.recall(5), Some((Kind::Line, Retired::LineClosed)));
        assert_eq!(h.order.len(), 3);
        assert_eq!(h.forgotten(), 2);
    }
}
