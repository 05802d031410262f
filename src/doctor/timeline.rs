//! The timeline the doctor records for `TAPI32_HTML`: one row per line, call or phone
//! handle the core handed out, from the moment it was issued to the moment it was
//! retired and why, with a call's states along it and markers for what went wrong
//! (a use after the handle died, its line closed under owned calls, still held at a
//! leak check). [`super::html`] draws it.
//!
//! Bounded like the JSON report: at most [`ROW_LIMIT`] rows (the first handles issued)
//! and [`EVENT_LIMIT`] events (states, markers, invalid uses of handles without a row);
//! what is left out is counted, and the page says so.

use std::collections::HashMap;
use std::time::Duration;

use crate::core::{Issued, Kind, LeakCheck, Retired};
use crate::report::Reason;
use tapi32_defs::constants::LINECALLSTATE_IDLE;

pub(crate) use crate::report::{
    TIMELINE_EVENT_LIMIT as EVENT_LIMIT, TIMELINE_ROW_LIMIT as ROW_LIMIT,
};

/// Where and when something happened: the time since the doctor started, the exported
/// function in progress on the thread ("" on a provider thread), the thread's id and
/// the exported call's number in the run (0: none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct At {
    pub(crate) t: Duration,
    pub(crate) function: &'static str,
    pub(crate) thread: u32,
    pub(crate) seq: u64,
}

/// What a marker on a row marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// The program used the handle when it was invalid.
    InvalidUse(Reason),
    /// The line closed while its application owned these active calls (`HCALL`, state).
    ClosedUnderCalls(Vec<(u32, u32)>),
    /// The handle was still held at a leak check, in this call state.
    Held(LeakCheck, u32),
}

/// One handle's life.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    /// The handle, as the core handed it out.
    pub(crate) what: Issued,
    pub(crate) issued: At,
    /// When and why it was retired; `None`: still held when the page was drawn.
    pub(crate) retired: Option<(At, Retired)>,
    /// A call handle's states, in order, from the state it had when issued.
    pub(crate) states: Vec<(At, u32)>,
    pub(crate) marks: Vec<(At, Mark)>,
}

/// An invalid use of a handle that has no row (never issued, of another kind, or left
/// out).
#[derive(Clone, Debug)]
pub(crate) struct LooseUse {
    pub(crate) at: At,
    pub(crate) handle: u32,
    pub(crate) kind: Kind,
    pub(crate) reason: Reason,
}

/// The recorded timeline.
#[derive(Default)]
pub(crate) struct Timeline {
    pub(crate) rows: Vec<Row>,
    pub(crate) loose: Vec<LooseUse>,
    /// The rows of live handles, and of retired ones, by handle value.
    live: HashMap<u32, usize>,
    retired: HashMap<u32, usize>,
    /// The live call-handle rows of each call.
    calls: HashMap<u32, Vec<usize>>,
    /// Events recorded (states, marks, loose uses).
    pub(crate) events: usize,
    pub(crate) rows_left_out: u64,
    pub(crate) events_left_out: u64,
    /// The arguments of the exported calls events refer to, by call number.
    pub(crate) args: HashMap<u64, String>,
    /// The latest moment recorded.
    pub(crate) end: Duration,
}

impl Timeline {
    fn seen(&mut self, at: &At) {
        self.end = self.end.max(at.t);
    }

    /// Counts one event; false (counted as left out) when the budget is spent.
    fn take_event(&mut self) -> bool {
        if self.events >= EVENT_LIMIT {
            self.events_left_out += 1;
            return false;
        }
        self.events += 1;
        true
    }

    /// A handle was handed out (a call's state then is the first on its row, unless the
    /// call is IDLE, about to be dialled).
    pub(crate) fn issued(&mut self, at: At, what: Issued) {
        self.seen(&at);
        if self.rows.len() >= ROW_LIMIT {
            self.rows_left_out += 1;
            return;
        }
        let i = self.rows.len();
        let state = what.state;
        self.retired.remove(&what.handle);
        self.live.insert(what.handle, i);
        self.rows.push(Row {
            what,
            issued: at,
            retired: None,
            states: Vec::new(),
            marks: Vec::new(),
        });
        if what.kind == Kind::Call {
            let id = what.call_id;
            self.calls.entry(id).or_default().push(i);
            if state != 0 && state != LINECALLSTATE_IDLE && self.take_event() {
                self.rows[i].states.push((at, state));
            }
        }
    }

    /// A handle was retired.
    pub(crate) fn retired(&mut self, at: At, handle: u32, why: Retired) {
        self.seen(&at);
        let Some(i) = self.live.remove(&handle) else {
            return;
        };
        let row = &mut self.rows[i];
        row.retired = Some((at, why));
        if row.what.kind == Kind::Call {
            let id = row.what.call_id;
            if let Some(v) = self.calls.get_mut(&id) {
                v.retain(|&r| r != i);
                if v.is_empty() {
                    self.calls.remove(&id);
                }
            }
        }
        self.retired.insert(handle, i);
    }

    /// A call moved to `state`.
    pub(crate) fn call_state(&mut self, at: At, call_id: u32, state: u32) {
        self.seen(&at);
        let rows = self.calls.get(&call_id).cloned().unwrap_or_default();
        for i in rows {
            if self.take_event() {
                self.rows[i].states.push((at, state));
            }
        }
    }

    /// A marker on `handle`'s row (live or retired), if it has one; an invalid use of a
    /// handle without a row is listed apart.
    pub(crate) fn mark(&mut self, at: At, handle: u32, kind: Kind, mark: Mark) {
        self.seen(&at);
        if !self.take_event() {
            return;
        }
        let row = self
            .live
            .get(&handle)
            .or_else(|| self.retired.get(&handle))
            .copied()
            .filter(|&i| self.rows[i].what.kind == kind);
        match (row, mark) {
            (Some(i), mark) => self.rows[i].marks.push((at, mark)),
            (None, Mark::InvalidUse(reason)) => self.loose.push(LooseUse {
                at,
                handle,
                kind,
                reason,
            }),
            (None, _) => self.events -= 1,
        }
    }

    /// Whether the exported call numbered `seq` still needs its arguments recorded.
    pub(crate) fn wants_args(&self, seq: u64) -> bool {
        seq != 0 && self.args.len() < EVENT_LIMIT && !self.args.contains_key(&seq)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn at(ms: u64) -> At {
        At {
            t: Duration::from_millis(ms),
            function: "lineMakeCallA",
            thread: 7,
            seq: ms,
        }
    }

    /// A handle of `kind`, in call `call_id` when a call (OFFERING, owner).
    pub(crate) fn issued(handle: u32, kind: Kind, call_id: u32) -> Issued {
        Issued {
            handle,
            kind,
            happ: 0x1001,
            device: 0,
            hline: 0x2002,
            call_id,
            state: if kind == Kind::Call { 0x2 } else { 0 },
            privilege: 4,
        }
    }

    #[test]
    fn rows_follow_issue_states_marks_and_retirement() {
        let mut t = Timeline::default();
        t.issued(at(1), issued(0x10, Kind::Line, 0));
        t.issued(at(2), issued(0x20, Kind::Call, 5));
        t.issued(at(3), issued(0x30, Kind::Call, 5));
        t.call_state(at(4), 5, 0x100);
        t.retired(at(5), 0x30, Retired::Deallocated);
        t.call_state(at(6), 5, 0x4000);
        t.mark(
            at(7),
            0x30,
            Kind::Call,
            Mark::InvalidUse(Reason::Deallocated),
        );
        t.mark(
            at(8),
            0x99,
            Kind::Call,
            Mark::InvalidUse(Reason::NeverIssued),
        );
        // A handle of the wrong kind has no row.
        t.mark(
            at(9),
            0x10,
            Kind::Call,
            Mark::InvalidUse(Reason::NeverIssued),
        );
        assert_eq!(t.rows.len(), 3);
        let states = |r: &Row| r.states.iter().map(|s| s.1).collect::<Vec<_>>();
        assert_eq!(states(&t.rows[1]), [0x2, 0x100, 0x4000]);
        assert_eq!(states(&t.rows[2]), [0x2, 0x100]);
        assert_eq!(t.rows[2].retired.unwrap().1, Retired::Deallocated);
        assert_eq!(t.rows[2].marks.len(), 1);
        assert!(t.rows[0].retired.is_none());
        assert_eq!(t.loose.len(), 2);
        assert_eq!(t.end, Duration::from_millis(9));
        assert_eq!(t.events, 8);
    }

    #[test]
    fn rows_and_events_are_bounded_and_what_is_left_out_is_counted() {
        let mut t = Timeline::default();
        for h in 1..=(ROW_LIMIT as u32 + 10) {
            t.issued(at(1), issued(h, Kind::Call, h));
        }
        assert_eq!(t.rows.len(), ROW_LIMIT);
        assert_eq!(t.rows_left_out, 10);
        for n in 0..(EVENT_LIMIT as u32) {
            t.call_state(at(2), 1 + n % 4, 0x100);
        }
        assert_eq!(t.events, EVENT_LIMIT);
        assert!(t.events_left_out > 0);
    }
}
