//! Calls and the per-application handles to them.
//!
//! Every application that holds a call gets its own [`CallHandle`] (its `HCALL`).
//!
//! A call's data is an immutable snapshot ([`CallData`]), and so is each handle. Writers,
//! always under the core's control lock, build a changed copy of the data and publish a
//! new handle object showing it, for every handle of the call, in the handle table. A
//! reader (`lineGetCallInfo`, `lineGetCallStatus`) loads one handle object from the table
//! without a lock and finds the data through it. The strings of a call ([`Texts`]) are
//! one shared allocation, so a copy is cheap.
//!
//! The exception is the call's state (`LINECALLSTATE_*`, its mode and when it was
//! entered), which changes most often: it is one [`CallState`] per call, shared by every
//! copy of the call's data, and changed in place under a sequence counter. A state change
//! therefore publishes nothing and allocates nothing; `lineGetCallStatus` reads the three
//! values as one consistent triple. Nothing kept for reuse (the handle table's inline
//! records, [`CallHandle::rendered`]) may be derived from the state.
//!
//! The party the call is connected to (`LINECALLINFO`'s `dwConnectedID*`) is kept there
//! too: it changes once, from nobody to the caller or the called party, at the call's
//! first CONNECTED. A reader notes it before rendering ([`CallView::connected`]); what it
//! keeps is kept for that party only (an inline record is kept only while the call still
//! shows it, [`CallHandle::rendered`] has a cell per party), so nothing kept before the
//! change is shown after it, and the change publishes nothing.

use std::sync::atomic::{fence, AtomicU32, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tapi32_defs::constants::*;

/// An immutable, shared string.
pub(crate) type Text = Arc<str>;

/// A party of a call as a provider reports it (caller or called).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Party {
    /// The party's address (number), if known.
    pub number: Option<Text>,
    /// The party's name, if known.
    pub name: Option<Text>,
    /// The `LINECALLPARTYID_*` flag to report when neither is known
    /// (`UNKNOWN`, `BLOCKED`, `OUTOFAREA`, `UNAVAIL`).
    pub absent: u32,
}

/// Everything `LINECALLINFO` and `LINECALLSTATUS` report about a call, shared by all its
/// handles.
#[derive(Clone, Debug)]
pub(crate) struct CallData {
    /// The line device the call is on.
    pub device: u32,
    /// The address on that device.
    pub address: u32,
    /// `dwCallID`: unique per call, as the provider assigns it.
    pub call_id: u32,
    /// The call's state, its detail and when it was entered: the call's one
    /// [`CallState`], shared by every copy of this data and changed in place.
    pub live: Arc<CallState>,
    /// `LINEMEDIAMODE_*`
    pub media_mode: u32,
    /// `LINEBEARERMODE_*`
    pub bearer_mode: u32,
    /// `dwAppSpecific`, set by an owner with `lineSetAppSpecific`.
    pub app_specific: u32,
    /// `LINECALLORIGIN_*`
    pub origin: u32,
    /// `LINECALLREASON_*`
    pub reason: u32,
    /// `dwCountryCode` given to `lineMakeCall`.
    pub country_code: u32,
    /// Applications holding owner handles.
    pub num_owners: u32,
    /// Applications holding monitor handles.
    pub num_monitors: u32,
    /// The call's strings (parties, application name, call parameters).
    pub texts: Texts,
    /// The `LINECALLPARTYID_*` flag for the caller when neither its number nor its name
    /// is known.
    pub caller_absent: u32,
    /// As `caller_absent`, for the called party.
    pub called_absent: u32,
    /// `LINECALLPARAMFLAGS_*` (`lineSecureCall` sets `SECURE`).
    pub(crate) param_flags: u32,
    /// `dwRate`: the call's data rate in bits per second (the scenario, `LINECALLPARAMS`,
    /// `lineSetCallParams`).
    pub(crate) rate: u32,
}

/// How a call carries its media (`LINECALLINFO`'s `dwMediaMode`, `dwBearerMode`,
/// `dwRate`), as the provider or the caller's `LINECALLPARAMS` set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CallMedia {
    /// `LINEMEDIAMODE_*` (one bit).
    pub mode: u32,
    /// `LINEBEARERMODE_*` (one bit).
    pub bearer: u32,
    /// Bits per second (0: not known).
    pub rate: u32,
}

/// A party of a call as `LINECALLINFO` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PartyRef<'a> {
    /// The party's address (number), if known.
    pub number: Option<&'a str>,
    /// The party's name, if known.
    pub name: Option<&'a str>,
    /// The `LINECALLPARTYID_*` flag to report when neither is known.
    pub absent: u32,
}

/// The party a call is connected to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Side {
    /// Not connected (yet).
    Nobody,
    /// The calling party (an incoming call).
    Caller,
    /// The called party (an outgoing call).
    Called,
}

impl CallData {
    /// A new call of `origin` (`LINECALLORIGIN_*`) on `device`/`address` with `texts`:
    /// IDLE, interactive voice, directly placed, no owners or monitors yet, parties
    /// known as far as `texts` says. Callers change what differs.
    pub(crate) fn new(device: u32, address: u32, call_id: u32, origin: u32, texts: Texts) -> Self {
        CallData {
            device,
            address,
            call_id,
            live: Arc::new(CallState::new(LINECALLSTATE_IDLE, 0)),
            media_mode: LINEMEDIAMODE_INTERACTIVEVOICE,
            bearer_mode: LINEBEARERMODE_VOICE,
            app_specific: 0,
            origin,
            reason: LINECALLREASON_DIRECT,
            country_code: 0,
            num_owners: 0,
            num_monitors: 0,
            texts,
            caller_absent: 0,
            called_absent: 0,
            param_flags: 0,
            rate: 0,
        }
    }

    /// `LINECALLSTATE_*` now.
    #[inline]
    pub(crate) fn state(&self) -> u32 {
        self.live.read().state
    }

    /// The calling party.
    pub(crate) fn caller(&self) -> PartyRef<'_> {
        PartyRef {
            number: self.texts.get(TextId::CallerNumber),
            name: self.texts.get(TextId::CallerName),
            absent: self.caller_absent,
        }
    }

    /// The called party.
    pub(crate) fn called(&self) -> PartyRef<'_> {
        PartyRef {
            number: self.texts.get(TextId::CalledNumber),
            name: self.texts.get(TextId::CalledName),
            absent: self.called_absent,
        }
    }

    /// The party the call is connected to now.
    pub(crate) fn connected(&self) -> PartyRef<'_> {
        match self.live.connected() {
            Side::Caller => self.caller(),
            Side::Called => self.called(),
            Side::Nobody => PartyRef {
                number: None,
                name: None,
                absent: 0,
            },
        }
    }
}

/// A call's state as one consistent reading of its [`CallState`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StateNow {
    /// `LINECALLSTATE_*`
    pub state: u32,
    /// The state's detail (`dwCallStateMode`, `dwParam2` of `LINE_CALLSTATE`).
    pub mode: u32,
    /// When the call entered `state`.
    pub since: SystemTime,
}

/// A call's state, its detail and when it was entered, changed in place: one writer at a
/// time (the core's control lock), readers without a lock under a sequence counter (a
/// seqlock), so a reader sees the three values of one change whole and, once a change
/// has returned, never those of an earlier one.
///
/// All fields are atomics: a reader racing the writer may load a mix, which the counter
/// then tells it to discard, never undefined behaviour.
#[derive(Debug)]
pub(crate) struct CallState {
    /// Even: stable; odd: a change is being written.
    seq: AtomicU32,
    /// `state << 32 | mode`.
    state_mode: AtomicU64,
    /// Nanoseconds since the Unix epoch, by the coarse clock (`platform::coarse_now_nanos`).
    since: AtomicU64,
    /// The party the call is connected to ([`Side`] as a number): set once, under the
    /// core's control lock, outside the counter (`lineGetCallStatus` does not show it).
    connected: AtomicU8,
}

impl CallState {
    /// A call in `state` with detail `mode`, entered now.
    pub(crate) fn new(state: u32, mode: u32) -> Self {
        CallState {
            seq: AtomicU32::new(0),
            state_mode: AtomicU64::new(u64::from(state) << 32 | u64::from(mode)),
            since: AtomicU64::new(crate::platform::coarse_now_nanos()),
            connected: AtomicU8::new(Side::Nobody as u8),
        }
    }

    /// The party the call is connected to now.
    #[inline]
    pub(crate) fn connected(&self) -> Side {
        match self.connected.load(Ordering::Acquire) {
            x if x == Side::Caller as u8 => Side::Caller,
            x if x == Side::Called as u8 => Side::Called,
            _ => Side::Nobody,
        }
    }

    /// The call is connected to `side` from now on. Only under the core's control lock;
    /// then empty what was kept of the call's handles for the party before (see
    /// [`super::records::Records::clear`]).
    pub(crate) fn connect(&self, side: Side) {
        self.connected.store(side as u8, Ordering::Release);
    }

    /// The state now, its detail and when it was entered, from one change.
    #[inline]
    pub(crate) fn read(&self) -> StateNow {
        loop {
            let seq = self.seq.load(Ordering::Acquire);
            if seq & 1 == 1 {
                std::hint::spin_loop();
                continue;
            }
            let sm = self.state_mode.load(Ordering::Relaxed);
            let since = self.since.load(Ordering::Relaxed);
            fence(Ordering::Acquire);
            if self.seq.load(Ordering::Relaxed) == seq {
                return StateNow {
                    state: (sm >> 32) as u32,
                    mode: sm as u32,
                    since: UNIX_EPOCH + Duration::from_nanos(since),
                };
            }
        }
    }

    /// Moves the call to `state` with detail `mode`, entered now. Only under the core's
    /// control lock (one writer at a time): when this returns, every reader sees the new
    /// values.
    pub(crate) fn set(&self, state: u32, mode: u32) {
        let since = crate::platform::coarse_now_nanos();
        let seq = self.seq.load(Ordering::Relaxed);
        debug_assert!(seq & 1 == 0, "one writer at a time");
        self.seq.store(seq.wrapping_add(1), Ordering::Relaxed);
        // The stores that follow are not seen before the counter is odd.
        fence(Ordering::Release);
        self.state_mode
            .store(u64::from(state) << 32 | u64::from(mode), Ordering::Relaxed);
        self.since.store(since, Ordering::Relaxed);
        self.seq.store(seq.wrapping_add(2), Ordering::Release);
    }
}

/// The strings a call keeps, by position in [`Texts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TextId {
    /// The caller's number.
    CallerNumber,
    /// The caller's name.
    CallerName,
    /// The called number.
    CalledNumber,
    /// The called party's name.
    CalledName,
    /// The originating application's name (outgoing calls).
    AppName,
    /// `DisplayableAddress` of the call parameters.
    DisplayableAddress,
    /// `CalledParty` of the call parameters.
    CalledParty,
    /// `Comment` of the call parameters.
    Comment,
}

const NUM_TEXTS: usize = 8;
const TEXT_HEADER: usize = NUM_TEXTS * 8;

/// A call's strings in one allocation, so a reader finds them all in a few adjacent
/// cache lines: a table of (offset, length) by [`TextId`], then the UTF-8 bytes. Copies
/// share the allocation.
#[derive(Clone, Debug)]
pub(crate) struct Texts(Arc<[u8]>);

impl Texts {
    /// The strings, in [`TextId`] order.
    pub(crate) fn new(texts: [Option<&str>; NUM_TEXTS]) -> Self {
        /// Writes the table and the strings into `v`, of their exact length.
        fn fill(v: &mut [u8], texts: &[Option<&str>; NUM_TEXTS]) {
            let mut end = TEXT_HEADER;
            for (i, t) in texts.iter().enumerate() {
                let (at, n) = match t {
                    Some(t) => {
                        let at = end as u32;
                        v[end..end + t.len()].copy_from_slice(t.as_bytes());
                        end += t.len();
                        (at, t.len() as u32)
                    }
                    None => (u32::MAX, 0),
                };
                v[i * 8..i * 8 + 4].copy_from_slice(&at.to_ne_bytes());
                v[i * 8 + 4..i * 8 + 8].copy_from_slice(&n.to_ne_bytes());
            }
        }
        const ON_STACK: usize = 256;
        let len = TEXT_HEADER + texts.iter().flatten().map(|t| t.len()).sum::<usize>();
        // Built on the stack when short (a call's strings are usually a few dozen bytes),
        // then copied into one allocation: no uniqueness check (an atomic
        // compare-and-swap) to write into a new `Arc`.
        if len <= ON_STACK {
            let mut buf = [0u8; ON_STACK];
            fill(&mut buf[..len], &texts);
            return Texts(Arc::from(&buf[..len]));
        }
        let mut all: Arc<[u8]> = std::iter::repeat_n(0u8, len).collect();
        fill(Arc::get_mut(&mut all).expect("a new Arc is unique"), &texts);
        Texts(all)
    }

    /// These strings with `id` set to `text`.
    pub(crate) fn with(&self, id: TextId, text: Option<&str>) -> Self {
        let ids = [
            TextId::CallerNumber,
            TextId::CallerName,
            TextId::CalledNumber,
            TextId::CalledName,
            TextId::AppName,
            TextId::DisplayableAddress,
            TextId::CalledParty,
            TextId::Comment,
        ];
        Texts::new(ids.map(|i| if i == id { text } else { self.get(i) }))
    }

    /// The string `id`, if the call has one.
    #[inline]
    pub(crate) fn get(&self, id: TextId) -> Option<&str> {
        let i = id as usize * 8;
        let b = &self.0;
        let at = u32::from_ne_bytes(b[i..i + 4].try_into().unwrap());
        if at == u32::MAX {
            return None;
        }
        let n = u32::from_ne_bytes(b[i + 4..i + 8].try_into().unwrap()) as usize;
        let bytes = &b[at as usize..at as usize + n];
        // SAFETY: `new` copied these bytes from a `&str` whole, so they are UTF-8.
        Some(unsafe { std::str::from_utf8_unchecked(bytes) })
    }
}

/// One application's handle to a call: its `HCALL`, as the handle table holds it.
///
/// Immutable: a change of the call's data (but not of its state, [`CallState`]) or of
/// the handle's privilege publishes a new `CallHandle` in the table ([`CallHandle::with_data`], [`CallHandle::with_privilege`]),
/// so a reader finds everything it needs from one lock-free load of the table slot.
#[derive(Clone, Debug)]
pub(crate) struct CallHandle {
    /// The `HCALL` value.
    pub hcall: u32,
    /// The application's `HLINE` the call is on.
    pub hline: u32,
    /// The application's `HLINEAPP`.
    pub happ: u32,
    /// The API version negotiated on `hline`.
    pub version: u32,
    /// `dwCallbackInstance` of `hline`.
    pub instance: usize,
    /// `LINECALLPRIVILEGE_OWNER` or `LINECALLPRIVILEGE_MONITOR`.
    pub privilege: u32,
    /// The call's `dwCallID` (the core's key for it).
    pub call_id: u32,
    /// The call's data as this handle shows it.
    pub data: Arc<CallData>,
    /// Bytes the C ABI layer derives from this handle and its data and keeps for reuse
    /// when they are too long for the handle's inline record (see
    /// [`super::records::RECORD_BYTES`]): the `LINECALLINFO` it returns, one per string
    /// encoding and connected party (the one change made in place that it shows, see
    /// [`CallView::kept`]). Every new handle object, made on each other change, starts
    /// with it empty.
    pub rendered: Rendered,
}

/// Per-handle memo cells for the C ABI layer (see [`CallHandle::rendered`]), by
/// connected party (nobody, somebody) and string encoding. Cloning gives empty cells: a
/// copy is always made for a change, which outdates what was kept.
#[derive(Debug, Default)]
pub(crate) struct Rendered([[OnceLock<Box<[u8]>>; 2]; 2]);

impl Clone for Rendered {
    fn clone(&self) -> Self {
        Rendered::default()
    }
}

impl CallHandle {
    /// A handle with the given privilege, showing `data`.
    pub(crate) fn new(
        hcall: u32,
        line: &super::line::LineObj,
        privilege: u32,
        data: Arc<CallData>,
    ) -> Self {
        CallHandle {
            hcall,
            hline: line.handle,
            happ: line.happ,
            version: line.version,
            instance: line.instance,
            privilege,
            call_id: data.call_id,
            data,
            rendered: Rendered::default(),
        }
    }

    /// This handle showing `data`.
    pub(crate) fn with_data(&self, data: Arc<CallData>) -> Self {
        CallHandle {
            data,
            ..self.clone()
        }
    }

    /// This handle with `privilege`.
    pub(crate) fn with_privilege(&self, privilege: u32) -> Self {
        CallHandle {
            privilege,
            ..self.clone()
        }
    }
}

/// What a reader sees of a call through one handle.
pub(crate) struct CallView<'a> {
    /// The handle.
    pub handle: &'a CallHandle,
    /// The call's data, read-locked.
    pub data: &'a CallData,
    /// The connected party as the view found it before anything was read through it:
    /// what is kept of a rendering ([`CallView::kept`], the inline records) is kept for
    /// this party, and a party changes only once (nobody, then somebody), so bytes
    /// rendered with a later one are at worst kept where only readers that overlap the
    /// change look.
    pub connected: Side,
}

impl<'a> CallView<'a> {
    /// A view of `handle`, noting the connected party first.
    pub(crate) fn new(handle: &'a CallHandle) -> Self {
        CallView {
            connected: handle.data.live.connected(),
            handle,
            data: &handle.data,
        }
    }

    /// The handle's memo cell for string encoding `variant` (0 or 1) and the connected
    /// party this view noted.
    pub(crate) fn kept(&self, variant: usize) -> &'a OnceLock<Box<[u8]>> {
        let party = usize::from(self.connected != Side::Nobody);
        &self.handle.rendered.0[party][variant]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_keep_each_string_or_its_absence() {
        let t = Texts::new([
            Some("5551234"),
            Some("Zoë Åberg"),
            None,
            Some(""),
            None,
            None,
            None,
            Some("note"),
        ]);
        assert_eq!(t.get(TextId::CallerNumber), Some("5551234"));
        assert_eq!(t.get(TextId::CallerName), Some("Zoë Åberg"));
        assert_eq!(t.get(TextId::CalledNumber), None);
        assert_eq!(t.get(TextId::CalledName), Some(""));
        assert_eq!(t.get(TextId::AppName), None);
        assert_eq!(t.get(TextId::Comment), Some("note"));
        let copy = t.clone();
        assert!(Arc::ptr_eq(&copy.0, &t.0));
    }

    #[test]
    fn a_state_change_is_seen_whole_and_at_once() {
        let live = CallState::new(LINECALLSTATE_DIALING, 0);
        let before = live.read();
        assert_eq!((before.state, before.mode), (LINECALLSTATE_DIALING, 0));
        live.set(LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE);
        let after = live.read();
        assert_eq!(
            (after.state, after.mode),
            (LINECALLSTATE_CONNECTED, LINECONNECTEDMODE_ACTIVE)
        );
        assert!(after.since >= before.since);
        // Every copy of a call's data shows the one state.
        let d = CallData::new(1, 0, 7, LINECALLORIGIN_OUTBOUND, Texts::new([None; 8]));
        let copy = d.clone();
        d.live.set(LINECALLSTATE_PROCEEDING, 0);
        assert_eq!(copy.state(), LINECALLSTATE_PROCEEDING);
    }

    #[test]
    fn readers_never_see_a_torn_state() {
        use std::sync::atomic::AtomicBool;
        // Each change writes state n and mode n: a reader must never see them differ, and
        // never go back to an earlier change.
        let live = Arc::new(CallState::new(0, 0));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let (live, stop) = (Arc::clone(&live), Arc::clone(&stop));
            std::thread::spawn(move || {
                let mut last = 0;
                while !stop.load(Ordering::Relaxed) {
                    let now = live.read();
                    assert_eq!(now.state, now.mode, "torn");
                    assert!(now.state >= last, "went back");
                    last = now.state;
                }
            })
        };
        for n in 1..=50_000u32 {
            live.set(n, n);
        }
        stop.store(true, Ordering::Relaxed);
        reader.join().unwrap();
        assert_eq!(live.read().state, 50_000);
    }
}
