//! Fuzz target: sequences of TAPI calls with arbitrary handles, sizes, pointers and flags,
//! checked against a model of the handle rules (TAPI-RULES.md).
//!
//! Each input is a program: an opcode byte, then the bytes its arguments need (missing
//! bytes read as 0). The model tracks every handle the input obtained, live or retired,
//! and checks each result: it must be one the function documents; a retired or garbage
//! handle must be refused with the function's invalid-handle error; a live one must be
//! accepted; buffers are never written past `dwTotalSize` (a canary follows them) and
//! `LINEERR_STRUCTURETOOSMALL` comes exactly below the fixed size of the line's version;
//! no message names a handle that was retired before it was read. The issue-12 functions
//! (call control, digits, call parameters, address and line status, lineGetID,
//! translation, countries, providers, priorities, handoff, lineGetNewCalls) get the same
//! hostile sizes, pointers and handles: their results must be documented ones, a dead or
//! garbage handle never succeeds, nothing is written past `dwTotalSize`, and
//! `lineGetNewCalls`' new monitor handles join the model. The phone functions
//! (`api_sequence/phone.rs`) run against the two phones of the process's scenario, with
//! phone applications and open phones in the same model. Every input ends by shutting
//! its line and phone applications down, so the next starts with the process
//! uninitialized.
//!
//! Run: `cargo +nightly fuzz run api_sequence` (see RELIABILITY.md).

#![no_main]

use libfuzzer_sys::fuzz_target;
use tapi32::testing::*;

#[path = "api_sequence/phone.rs"]
mod phone;

const VERSIONS: [u32; 8] = [
    0x0001_0003,
    0x0001_0004,
    0x0002_0000,
    0x0002_0001,
    0x0002_0002,
    0x0003_0000,
    0x0003_0001,
    0x0002_0003, // not a TAPI version
];
const DEVICES: u32 = 2;
const CANARY: u8 = 0xA5;

struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&mut self) -> u8 {
        match self.0.split_first() {
            Some((b, rest)) => {
                self.0 = rest;
                *b
            }
            None => 0,
        }
    }
    fn u16(&mut self) -> u16 {
        u16::from(self.u8()) | u16::from(self.u8()) << 8
    }
    fn u32(&mut self) -> u32 {
        u32::from(self.u16()) | u32::from(self.u16()) << 16
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    App,
    Line,
    Call,
    PhoneApp,
    Phone,
}

#[derive(Clone, Debug)]
struct H {
    value: u32,
    kind: Kind,
    live: bool,
    /// App handle of a line, call or phone; line handle of a call.
    app: u32,
    line: u32,
    device: u32,
    version: u32,
    /// A phone opened with owner privilege.
    owner: bool,
    /// A phone's `PHONESTATE_*` messages: asked for now, and ever.
    states: u32,
    states_ever: u32,
}

impl H {
    fn new(value: u32, kind: Kind, app: u32, device: u32, version: u32) -> H {
        H {
            value,
            kind,
            live: true,
            app,
            line: 0,
            device,
            version,
            owner: false,
            states: 0,
            states_ever: 0,
        }
    }
}

#[derive(Default)]
struct Model {
    handles: Vec<H>,
    /// Phone requests not yet replied to: (phone app, request ID, phone).
    requests: Vec<(u32, u32, u32)>,
}

impl Model {
    fn find(&self, v: u32) -> Option<&H> {
        self.handles.iter().rev().find(|h| h.value == v)
    }
    fn live(&self, v: u32, kind: Kind) -> Option<&H> {
        self.find(v).filter(|h| h.live && h.kind == kind)
    }
    fn apps_live(&self) -> bool {
        self.handles.iter().any(|h| h.kind == Kind::App && h.live)
    }
    fn add(&mut self, h: H) {
        assert!(
            self.find(h.value).is_none_or(|old| !old.live),
            "handle {:#x} issued while still live",
            h.value
        );
        assert_ne!(h.value, 0, "0 issued as a handle");
        self.handles.push(h);
    }
    fn retire(&mut self, pred: impl Fn(&H) -> bool) {
        for h in self.handles.iter_mut().filter(|h| h.live && pred(h)) {
            h.live = false;
        }
    }
    /// A handle value to pass: one the input obtained, or 0, or garbage.
    fn pick(&self, b: &mut Bytes<'_>) -> u32 {
        let sel = b.u8();
        match sel % 8 {
            0 => 0,
            1 => b.u32(),
            _ if self.handles.is_empty() => b.u32(),
            _ => self.handles[usize::from(sel / 8) % self.handles.len()].value,
        }
    }
}

fn code(r: i32) -> u32 {
    r as u32
}

/// `r` must be one of `ok` (or a positive request ID where `request` says so).
fn expect_in(what: &str, r: i32, ok: &[u32], request: bool) {
    if request && r > 0 {
        return;
    }
    assert!(
        ok.contains(&code(r)),
        "{what} returned {:#010x}, not one of {ok:#x?}",
        code(r)
    );
}

/// The fixed size of a structure for API `version`: the size of the last
/// `(from version, size)` of `sizes` (ascending) that `version` reaches.
fn fixed_size(version: u32, sizes: &[(u32, usize)]) -> usize {
    sizes
        .iter()
        .rev()
        .find(|&&(from, _)| version >= from)
        .map_or(sizes[0].1, |&(_, size)| size)
}

fn callinfo_fixed(version: u32) -> usize {
    fixed_size(version, &[(0, 296), (0x0002_0000, 324), (0x0003_0000, 344)])
}

fn callstatus_fixed(version: u32) -> usize {
    fixed_size(version, &[(0, 36), (0x0002_0000, 56)])
}

/// A caller buffer: `total` bytes claimed, at an offset 0..8 inside a larger allocation
/// (misaligned on purpose), canary bytes after it.
struct Buf {
    mem: Vec<u8>,
    at: usize,
    total: usize,
}

impl Buf {
    fn new(total: usize, at: usize) -> Buf {
        let mut mem = vec![CANARY; at + total.max(4) + 64];
        mem[at..at + 4].copy_from_slice(&(total as u32).to_ne_bytes());
        Buf { mem, at, total }
    }
    fn ptr(&mut self) -> *mut u8 {
        // SAFETY: `at` is within `mem`.
        unsafe { self.mem.as_mut_ptr().add(self.at) }
    }
    /// The buffer, or NULL when `null`.
    fn ptr_or_null(&mut self, null: bool) -> *mut u8 {
        if null {
            std::ptr::null_mut()
        } else {
            self.ptr()
        }
    }
    /// Nothing but `dwTotalSize` is written (a refused call).
    fn check_untouched(&self, what: &str) {
        assert!(
            self.mem[self.at + 4..].iter().all(|&x| x == CANARY),
            "{what} wrote into a buffer it refused"
        );
    }
    fn check_canary(&self, what: &str) {
        let end = self.at + self.total.max(4);
        assert!(
            self.mem[end..].iter().all(|&b| b == CANARY),
            "{what} wrote past dwTotalSize {}",
            self.total
        );
    }
    fn u32_at(&self, off: usize) -> u32 {
        u32::from_ne_bytes(
            self.mem[self.at + off..self.at + off + 4]
                .try_into()
                .unwrap(),
        )
    }
}

fn drain(model: &mut Model, app: u32) {
    let mut m = LINEMESSAGE::default();
    loop {
        // SAFETY: valid out pointer.
        let r = unsafe { lineGetMessage(app, &mut m, 0) };
        if r != 0 {
            expect_in("lineGetMessage", r, &[LINEERR_OPERATIONFAILED], false);
            return;
        }
        let (id, dev, p2, p3) = (m.dwMessageID, m.hDevice, m.dwParam2, m.dwParam3);
        if id == LINE_CALLSTATE as u32 || id == LINE_CALLINFO as u32 {
            assert!(
                model.live(dev, Kind::Call).is_some() || model.find(dev).is_none(),
                "message {id} names retired call handle {dev:#x}"
            );
            if model.find(dev).is_none() {
                // A TAPI 1.x line learns of a new call from LINE_CALLSTATE.
                assert_ne!(p3, 0, "unknown call handle without a privilege");
                learn_call(model, app, None, dev);
            }
        } else if id == LINE_APPNEWCALL as u32 {
            let line = model.live(dev, Kind::Line).cloned();
            assert!(line.is_some(), "LINE_APPNEWCALL names dead line {dev:#x}");
            learn_call(model, app, line, p2 as u32);
        }
    }
}

/// Records a call handle announced to `app` (on `line`, when known).
fn learn_call(model: &mut Model, app: u32, line: Option<H>, hcall: u32) {
    // Without the line (TAPI 1.x), ask the library which line the call is on.
    let line = line.or_else(|| {
        let mut b = Buf::new(1024, 0);
        // SAFETY: the buffer holds 1024 bytes.
        let r = unsafe { lineGetCallInfo(hcall, b.ptr().cast()) };
        assert_eq!(r, 0, "a newly announced call is readable");
        model.live(b.u32_at(12), Kind::Line).cloned()
    });
    let line = line.expect("the call's line is known and live");
    model.add(H {
        line: line.value,
        ..H::new(hcall, Kind::Call, app, line.device, line.version)
    });
}

fn step(model: &mut Model, b: &mut Bytes<'_>) {
    let uninit = !model.apps_live();
    let op = b.u8() % 34;
    if op >= 26 {
        return phone::step(model, b, op - 26);
    }
    match op {
        0 => {
            // lineInitializeExA with arbitrary options and sizes.
            if model
                .handles
                .iter()
                .filter(|h| h.kind == Kind::App && h.live)
                .count()
                >= 3
            {
                return;
            }
            let (mut app, mut n, mut ver) = (0u32, 0u32, 0x0003_0001u32);
            // SAFETY: all-zero is a valid LINEINITIALIZEEXPARAMS.
            let mut p: LINEINITIALIZEEXPARAMS = unsafe { std::mem::zeroed() };
            let opt = b.u8();
            p.dwTotalSize = if opt & 0x80 != 0 {
                u32::from(b.u8())
            } else {
                28
            };
            p.dwOptions = match opt & 7 {
                0..=4 => LINEINITIALIZEEXOPTION_USEEVENT,
                5 => LINEINITIALIZEEXOPTION_USECOMPLETIONPORT,
                6 => u32::from(b.u8()),
                _ => LINEINITIALIZEEXOPTION_USEHIDDENWINDOW, // no callback: refused
            };
            // SAFETY: valid pointers.
            let r = unsafe {
                lineInitializeExA(
                    &mut app,
                    std::ptr::null_mut(),
                    None,
                    c"fuzz".as_ptr(),
                    &mut n,
                    &mut ver,
                    &mut p,
                )
            };
            let ok_options = p.dwOptions & !LINEINITIALIZEEXOPTION_CALLHUBTRACKING
                == LINEINITIALIZEEXOPTION_USEEVENT;
            if p.dwTotalSize >= 28 && ok_options {
                assert_eq!(r, 0, "lineInitializeExA");
                model.add(H::new(app, Kind::App, app, 0, 0));
            } else {
                expect_in(
                    "lineInitializeExA",
                    r,
                    &[
                        LINEERR_STRUCTURETOOSMALL,
                        LINEERR_INVALPARAM,
                        LINEERR_OPERATIONUNAVAIL,
                        LINEERR_INVALPOINTER,
                    ],
                    false,
                );
            }
        }
        1 => {
            let h = model.pick(b);
            let r = lineShutdown(h);
            if model.live(h, Kind::App).is_some() {
                assert_eq!(r, 0, "lineShutdown of a live app");
                model.retire(|x| x.value == h || x.app == h);
            } else {
                expect_in("lineShutdown", r, &[LINEERR_INVALAPPHANDLE], false);
            }
        }
        2 => {
            let app = model.pick(b);
            let device = u32::from(b.u8() % 3);
            let version = VERSIONS[usize::from(b.u8()) % VERSIONS.len()];
            let privs = match b.u8() % 6 {
                0 => LINECALLPRIVILEGE_NONE,
                1 => LINECALLPRIVILEGE_MONITOR,
                2 | 3 => LINECALLPRIVILEGE_OWNER,
                4 => LINECALLPRIVILEGE_OWNER | LINECALLPRIVILEGE_MONITOR,
                _ => b.u32(),
            };
            let mut line = 0u32;
            // SAFETY: valid out pointer; NULL call params are allowed.
            let r = unsafe {
                lineOpen(
                    app,
                    device,
                    &mut line,
                    version,
                    0,
                    0,
                    privs,
                    LINEMEDIAMODE_INTERACTIVEVOICE,
                    std::ptr::null_mut(),
                )
            };
            if uninit {
                expect_in("lineOpen", r, &[LINEERR_UNINITIALIZED], false);
            } else if r == 0 {
                assert!(
                    model.live(app, Kind::App).is_some(),
                    "lineOpen on a dead app"
                );
                assert!(device < DEVICES && version != 0x0002_0003);
                model.add(H {
                    line,
                    ..H::new(line, Kind::Line, app, device, version)
                });
            } else {
                expect_in(
                    "lineOpen",
                    r,
                    &[
                        LINEERR_INVALAPPHANDLE,
                        LINEERR_BADDEVICEID,
                        LINEERR_INCOMPATIBLEAPIVERSION,
                        LINEERR_INVALPRIVSELECT,
                    ],
                    false,
                );
                assert!(
                    model.live(app, Kind::App).is_none()
                        || device >= DEVICES
                        || version == 0x0002_0003
                        || code(r) == LINEERR_INVALPRIVSELECT,
                    "lineOpen refused valid arguments: {:#x}",
                    code(r)
                );
            }
        }
        3 => {
            let h = model.pick(b);
            let r = lineClose(h);
            if uninit {
                expect_in("lineClose", r, &[LINEERR_UNINITIALIZED], false);
            } else if model.live(h, Kind::Line).is_some() {
                assert_eq!(r, 0, "lineClose of a live line");
                model.retire(|x| x.value == h || (x.kind == Kind::Call && x.line == h));
            } else {
                expect_in("lineClose", r, &[LINEERR_INVALLINEHANDLE], false);
            }
        }
        4 => {
            let h = model.pick(b);
            let mut hcall = 0u32;
            let null = b.u8().is_multiple_of(8);
            let out: *mut u32 = if null {
                std::ptr::null_mut()
            } else {
                &mut hcall
            };
            // SAFETY: NULL or a valid out pointer; a NUL-terminated destination.
            let r = unsafe { lineMakeCallA(h, out, c"5550199".as_ptr(), 0, std::ptr::null_mut()) };
            if uninit {
                expect_in("lineMakeCall", r, &[LINEERR_UNINITIALIZED], false);
            } else if null {
                expect_in("lineMakeCall", r, &[LINEERR_INVALPOINTER], false);
            } else if let Some(line) = model.live(h, Kind::Line).cloned() {
                assert!(r > 0, "lineMakeCall on a live line returned {:#x}", code(r));
                assert_ne!(hcall, 0);
                model.add(H {
                    line: line.value,
                    ..H::new(hcall, Kind::Call, line.app, line.device, line.version)
                });
            } else {
                expect_in("lineMakeCall", r, &[LINEERR_INVALLINEHANDLE], false);
                assert_eq!(hcall, 0, "lineMakeCall wrote *lphCall on failure");
            }
        }
        5 => {
            let mut id = 0;
            let dev = u32::from(b.u8() % 3);
            // SAFETY: NUL-terminated strings, valid out pointer.
            let r = unsafe {
                tapisimOfferCall(dev, 0, c"5551234".as_ptr(), std::ptr::null(), 0, &mut id)
            };
            if dev < DEVICES {
                assert_eq!(r, 0, "tapisimOfferCall");
            } else {
                expect_in("tapisimOfferCall", r, &[LINEERR_BADDEVICEID], false);
            }
        }
        6 => {
            let id = u32::from(b.u8());
            let r = tapisimRemoteHangup(id, LINEDISCONNECTMODE_NORMAL);
            expect_in(
                "tapisimRemoteHangup",
                r,
                &[0, LINEERR_INVALPARAM, LINEERR_INVALCALLSTATE],
                false,
            );
        }
        7 => {
            let dev = u32::from(b.u8() % 3);
            let r = tapisimCloseLine(dev);
            if dev < DEVICES {
                assert_eq!(r, 0);
                let lines: Vec<u32> = model
                    .handles
                    .iter()
                    .filter(|x| x.live && x.kind == Kind::Line && x.device == dev)
                    .map(|x| x.value)
                    .collect();
                model.retire(|x| lines.contains(&x.value) || lines.contains(&x.line));
            } else {
                expect_in("tapisimCloseLine", r, &[LINEERR_BADDEVICEID], false);
            }
        }
        8 | 9 => {
            // lineGetCallInfo(A/W) / lineGetCallStatus with any size, alignment, pointer.
            let status = b.u8() & 1 == 1;
            let h = model.pick(b);
            let sel = b.u8();
            let total = match sel % 4 {
                0 => usize::from(b.u8()),
                1 => 280 + usize::from(b.u8() % 80),
                2 => usize::from(b.u16() % 2048),
                _ => 1024,
            };
            let mut buf = Buf::new(total, usize::from(b.u8() % 8));
            let null = sel & 0xF0 == 0xF0;
            let p = buf.ptr_or_null(null);
            // SAFETY: NULL, or a buffer of `total` bytes (at least 4).
            let r = unsafe {
                if status {
                    lineGetCallStatus(h, p.cast())
                } else if sel & 8 != 0 {
                    lineGetCallInfoW(h, p.cast())
                } else {
                    lineGetCallInfoA(h, p.cast())
                }
            };
            let what = if status {
                "lineGetCallStatus"
            } else {
                "lineGetCallInfo"
            };
            buf.check_canary(what);
            if uninit {
                expect_in(what, r, &[LINEERR_UNINITIALIZED], false);
            } else if null {
                expect_in(what, r, &[LINEERR_INVALPOINTER], false);
            } else if let Some(c) = model.live(h, Kind::Call) {
                let fixed = if status {
                    callstatus_fixed(c.version)
                } else {
                    callinfo_fixed(c.version)
                };
                if total < fixed {
                    expect_in(what, r, &[LINEERR_STRUCTURETOOSMALL], false);
                    buf.check_untouched(what);
                } else {
                    assert_eq!(r, 0, "{what} on a live call");
                    let (t, needed, used) = (buf.u32_at(0), buf.u32_at(4), buf.u32_at(8));
                    assert_eq!(t as usize, total);
                    assert!(used as usize <= total && used as usize >= fixed);
                    assert!(needed >= used);
                    if !status {
                        assert_eq!(buf.u32_at(12), c.line, "hLine of the call");
                    }
                }
            } else {
                expect_in(what, r, &[LINEERR_INVALCALLHANDLE], false);
            }
        }
        10 => {
            let h = model.pick(b);
            let r = lineDeallocateCall(h);
            if uninit {
                expect_in("lineDeallocateCall", r, &[LINEERR_UNINITIALIZED], false);
            } else if let Some(c) = model.live(h, Kind::Call) {
                if c.version < 0x0002_0000 {
                    expect_in("lineDeallocateCall", r, &[0, LINEERR_INVALCALLSTATE], false);
                } else {
                    assert_eq!(r, 0, "lineDeallocateCall of a live 2.x handle");
                }
                if r == 0 {
                    model.retire(|x| x.value == h);
                }
            } else {
                expect_in("lineDeallocateCall", r, &[LINEERR_INVALCALLHANDLE], false);
            }
        }
        11 | 12 => {
            let answer = b.u8() & 1 == 1;
            let h = model.pick(b);
            // SAFETY: no user-user information.
            let r = unsafe {
                if answer {
                    lineAnswer(h, std::ptr::null(), 0)
                } else {
                    lineDrop(h, std::ptr::null(), 0)
                }
            };
            if uninit {
                expect_in("lineDrop/lineAnswer", r, &[LINEERR_UNINITIALIZED], false);
            } else if model.live(h, Kind::Call).is_some() {
                expect_in(
                    "lineDrop/lineAnswer",
                    r,
                    &[LINEERR_NOTOWNER, LINEERR_INVALCALLSTATE],
                    true,
                );
            } else {
                expect_in("lineDrop/lineAnswer", r, &[LINEERR_INVALCALLHANDLE], false);
            }
        }
        13 => {
            let h = model.pick(b);
            let p = match b.u8() % 4 {
                0 => LINECALLPRIVILEGE_MONITOR,
                1 => LINECALLPRIVILEGE_OWNER,
                _ => u32::from(b.u8()),
            };
            let r = lineSetCallPrivilege(h, p);
            let valid = p == LINECALLPRIVILEGE_MONITOR || p == LINECALLPRIVILEGE_OWNER;
            if uninit {
                expect_in("lineSetCallPrivilege", r, &[LINEERR_UNINITIALIZED], false);
            } else if !valid {
                expect_in(
                    "lineSetCallPrivilege",
                    r,
                    &[LINEERR_INVALCALLPRIVILEGE],
                    false,
                );
            } else if model.live(h, Kind::Call).is_some() {
                expect_in(
                    "lineSetCallPrivilege",
                    r,
                    &[0, LINEERR_INVALCALLSTATE],
                    false,
                );
            } else {
                expect_in("lineSetCallPrivilege", r, &[LINEERR_INVALCALLHANDLE], false);
            }
        }
        14 | 15 => {
            phone::drain(model);
            let apps: Vec<u32> = model
                .handles
                .iter()
                .filter(|h| h.kind == Kind::App && h.live)
                .map(|h| h.value)
                .collect();
            for app in apps {
                drain(model, app);
            }
        }
        16 => {
            // lineGetDevCaps with any size and version.
            let h = model.pick(b);
            let version = VERSIONS[usize::from(b.u8()) % VERSIONS.len()];
            let total = usize::from(b.u16() % 1024);
            let mut buf = Buf::new(total, usize::from(b.u8() % 8));
            // SAFETY: a buffer of `total` bytes (at least 4).
            let r = unsafe { lineGetDevCapsA(h, 0, version, 0, buf.ptr().cast()) };
            buf.check_canary("lineGetDevCaps");
            expect_in(
                "lineGetDevCaps",
                r,
                &[
                    0,
                    LINEERR_UNINITIALIZED,
                    LINEERR_INVALAPPHANDLE,
                    LINEERR_INCOMPATIBLEAPIVERSION,
                    LINEERR_STRUCTURETOOSMALL,
                ],
                false,
            );
            if r == 0 {
                assert!(buf.u32_at(8) as usize <= total);
            }
        }
        18 => {
            // Call control: lineHold, lineUnhold, lineSecureCall, lineDial, lineRedirect,
            // lineBlindTransfer, with addresses that may be NULL or empty.
            let h = model.pick(b);
            let op = b.u8() % 6;
            let dest: &std::ffi::CStr = match b.u8() % 3 {
                0 => c"",
                _ => c"5550100",
            };
            let dest = if b.u8().is_multiple_of(5) {
                std::ptr::null()
            } else {
                dest.as_ptr()
            };
            // SAFETY: NULL or NUL-terminated addresses.
            let r = unsafe {
                match op {
                    0 => lineHold(h),
                    1 => lineUnhold(h),
                    2 => lineSecureCall(h),
                    3 => lineDial(h, dest, 0),
                    4 => lineRedirect(h, dest, 0),
                    _ => lineBlindTransfer(h, dest, 0),
                }
            };
            if uninit {
                expect_in("call control", r, &[LINEERR_UNINITIALIZED], false);
            } else if model.live(h, Kind::Call).is_some() {
                let allowed = [
                    LINEERR_NOTOWNER,
                    LINEERR_INVALCALLSTATE,
                    LINEERR_INVALADDRESS,
                    LINEERR_INVALPOINTER,
                ];
                expect_in("call control", r, &allowed, true);
            } else {
                expect_in("call control", r, &[LINEERR_INVALCALLHANDLE], false);
            }
        }
        19 => {
            let h = model.pick(b);
            let modes = match b.u8() % 3 {
                0 => LINEMEDIAMODE_DATAMODEM,
                1 => LINEMEDIAMODE_UNKNOWN | LINEMEDIAMODE_G3FAX,
                _ => u32::from(b.u16()) << 1,
            };
            let r = lineSetMediaMode(h, modes);
            if uninit {
                expect_in("lineSetMediaMode", r, &[LINEERR_UNINITIALIZED], false);
            } else if model.live(h, Kind::Call).is_some() {
                let allowed = [
                    0,
                    LINEERR_NOTOWNER,
                    LINEERR_INVALCALLSTATE,
                    LINEERR_INVALMEDIAMODE,
                ];
                expect_in("lineSetMediaMode", r, &allowed, false);
            } else {
                expect_in("lineSetMediaMode", r, &[LINEERR_INVALCALLHANDLE], false);
            }
        }
        20..=22 => {
            // The issue-12 functions that fill a variably sized structure, with any
            // size, alignment or a NULL pointer, on any handle.
            let op = b.u8() % 10;
            let h = model.pick(b);
            let h2 = model.pick(b);
            let version = VERSIONS[usize::from(b.u8()) % VERSIONS.len()];
            let sel = b.u8();
            let total = match sel % 4 {
                0 => usize::from(b.u8()),
                1 => usize::from(b.u16() % 2048),
                _ => 1024,
            };
            let mut buf = Buf::new(total, usize::from(b.u8() % 8));
            let null = sel & 0xF0 == 0xF0;
            let p = buf.ptr_or_null(null);
            let small = u32::from(b.u8() % 4);
            let class: *const std::ffi::c_char = match b.u8() % 5 {
                0 => c"tapi/line".as_ptr(),
                1 => c"comm/datamodem".as_ptr(),
                2 => c"tapi/phone".as_ptr(),
                3 => c"no/such".as_ptr(),
                _ => std::ptr::null(),
            };
            let mut prio = 0u32;
            // SAFETY: NULL or a buffer of `total` bytes (at least 4); NUL-terminated strings.
            let (what, r, handle) = unsafe {
                match op {
                    0 => (
                        "lineGetAddressCaps",
                        lineGetAddressCapsA(h, small, small, version, 0, p.cast()),
                        Some((h, Kind::App)),
                    ),
                    1 => (
                        "lineGetAddressStatus",
                        lineGetAddressStatusA(h, small, p.cast()),
                        Some((h, Kind::Line)),
                    ),
                    2 => (
                        "lineGetLineDevStatus",
                        lineGetLineDevStatusA(h, p.cast()),
                        Some((h, Kind::Line)),
                    ),
                    3 => {
                        let select = 1 << (small % 3) | u32::from(small == 3) << 4;
                        (
                            "lineGetID",
                            lineGetIDA(h, small, h2, select, p.cast(), class),
                            None,
                        )
                    }
                    4 => (
                        "lineGetTranslateCaps",
                        lineGetTranslateCapsA(h, version, p.cast()),
                        Some((h, Kind::App)),
                    ),
                    5 => (
                        "lineGetCountry",
                        lineGetCountryA(u32::from(sel) % 50, version, p.cast()),
                        None,
                    ),
                    6 => (
                        "lineGetProviderList",
                        lineGetProviderListA(version, p.cast()),
                        None,
                    ),
                    7 => {
                        let addr = if small == 0 {
                            std::ptr::null()
                        } else {
                            c"+1 (206) 555-0100".as_ptr()
                        };
                        (
                            "lineTranslateAddress",
                            lineTranslateAddressA(
                                h,
                                small,
                                version,
                                addr,
                                0,
                                u32::from(sel & 3),
                                p.cast(),
                            ),
                            Some((h, Kind::App)),
                        )
                    }
                    8 => (
                        "lineGetNewCalls",
                        lineGetNewCalls(h, small, 1 + u32::from(sel & 1), p.cast()),
                        Some((h, Kind::Line)),
                    ),
                    _ => {
                        let name = if small == 0 {
                            std::ptr::null()
                        } else {
                            c"fuzz.exe".as_ptr()
                        };
                        let out: *mut u32 = if small == 1 {
                            std::ptr::null_mut()
                        } else {
                            &mut prio
                        };
                        (
                            "lineGetAppPriority",
                            lineGetAppPriorityA(
                                name,
                                LINEMEDIAMODE_DATAMODEM,
                                std::ptr::null_mut(),
                                0,
                                p.cast(),
                                out,
                            ),
                            None,
                        )
                    }
                }
            };
            buf.check_canary(what);
            if null && r == 0 {
                // Only lineGetAppPriority takes no structure of its own to fill.
                assert_eq!(
                    what, "lineGetAppPriority",
                    "{what} succeeded with a NULL structure"
                );
            }
            // Translation takes a NULL hLineApp as Windows does (no application needed).
            let translation = what == "lineGetTranslateCaps" || what == "lineTranslateAddress";
            if let Some((v, kind)) = handle.filter(|&(v, _)| v != 0 || !translation) {
                if uninit || model.live(v, kind).is_none() {
                    assert_ne!(r, 0, "{what} succeeded on a dead or garbage handle {v:#x}");
                }
            }
            // (lineGetAppPriority fills its VARSTRING only for an extension name.)
            if r == 0 && !null && what != "lineGetAppPriority" {
                assert!(
                    buf.u32_at(8) as usize <= total,
                    "{what}: dwUsedSize past dwTotalSize"
                );
                if what == "lineGetNewCalls" {
                    // The monitor handles it made are the model's now.
                    let line = model.live(h, Kind::Line).cloned().expect("a live line");
                    let (n, off) = (buf.u32_at(12) as usize, buf.u32_at(20) as usize);
                    for i in 0..n {
                        learn_call(model, line.app, Some(line.clone()), buf.u32_at(off + 4 * i));
                    }
                }
            }
            if what == "lineGetID" && r == 0 && !null && buf.u32_at(16) as usize > 8 {
                // A data call's pseudo-terminal: close the descriptor it gave.
                let fd = buf.u32_at(buf.u32_at(20) as usize) as i32;
                if fd > 2 {
                    // SAFETY: a descriptor opened for this program, closed once.
                    drop(unsafe {
                        <std::os::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd)
                    });
                }
            }
            let allowed = [
                0,
                LINEERR_UNINITIALIZED,
                LINEERR_INVALAPPHANDLE,
                LINEERR_INVALLINEHANDLE,
                LINEERR_INVALCALLHANDLE,
                LINEERR_BADDEVICEID,
                LINEERR_INVALADDRESSID,
                LINEERR_INVALCALLSELECT,
                LINEERR_INVALDEVICECLASS,
                LINEERR_INVALCALLSTATE,
                LINEERR_INCOMPATIBLEAPIVERSION,
                LINEERR_INVALPOINTER,
                LINEERR_STRUCTURETOOSMALL,
                LINEERR_INVALADDRESS,
                LINEERR_INVALCOUNTRYCODE,
                LINEERR_INVALCARD,
                LINEERR_INVALPARAM,
                LINEERR_INVALAPPNAME,
                LINEERR_INVALMEDIAMODE,
                LINEERR_INVALREQUESTMODE,
                LINEERR_NODEVICE,
                LINEERR_RESOURCEUNAVAIL,
                LINEERR_OPERATIONUNAVAIL,
            ];
            expect_in(what, r, &allowed, false);
        }
        23..=25 => {
            // The issue-12 functions without a structure to fill.
            let op = b.u8() % 8;
            let h = model.pick(b);
            let x = b.u32();
            let y = b.u32();
            let s: *const std::ffi::c_char = match b.u8() % 4 {
                0 => std::ptr::null(),
                1 => c"".as_ptr(),
                2 => c"12*#".as_ptr(),
                _ => c"fuzz.exe".as_ptr(),
            };
            let mut id = 0u32;
            // SAFETY: NULL or NUL-terminated strings; a valid out pointer.
            let (what, r, kind, request) = unsafe {
                match op {
                    0 => (
                        "lineSetCallParams",
                        lineSetCallParams(
                            h,
                            1 << (x % 9),
                            y % 64000,
                            x % 64000,
                            std::ptr::null_mut(),
                        ),
                        Some(Kind::Call),
                        true,
                    ),
                    1 => (
                        "lineGenerateDigits",
                        lineGenerateDigitsA(h, 1 << (x % 3), s, y % 500),
                        Some(Kind::Call),
                        false,
                    ),
                    2 => (
                        "lineMonitorDigits",
                        lineMonitorDigits(h, x & 7),
                        Some(Kind::Call),
                        false,
                    ),
                    3 => (
                        "lineSetStatusMessages",
                        lineSetStatusMessages(h, x, y),
                        Some(Kind::Line),
                        false,
                    ),
                    4 => (
                        "lineSetCurrentLocation",
                        lineSetCurrentLocation(h, x % 4),
                        Some(Kind::App),
                        false,
                    ),
                    5 => (
                        "lineHandoff",
                        lineHandoffA(h, s, 1 << (x % 12)),
                        Some(Kind::Call),
                        false,
                    ),
                    6 => {
                        let len = if s.is_null() {
                            0
                        } else {
                            std::ffi::CStr::from_ptr(s).to_bytes().len() as u32
                        };
                        (
                            "lineGetAddressID",
                            lineGetAddressIDA(h, &mut id, 1 << (x % 3), s, len + (y & 1)),
                            Some(Kind::Line),
                            false,
                        )
                    }
                    _ => (
                        "lineSetAppPriority",
                        lineSetAppPriorityA(
                            s,
                            1 << (x % 12),
                            std::ptr::null_mut(),
                            0,
                            std::ptr::null(),
                            y & 1,
                        ),
                        None,
                        false,
                    ),
                }
            };
            if let Some(kind) = kind {
                if uninit || model.live(h, kind).is_none() {
                    assert!(r < 0, "{what} succeeded on a dead or garbage handle {h:#x}");
                }
            }
            let allowed = [
                0,
                LINEERR_UNINITIALIZED,
                LINEERR_INVALAPPHANDLE,
                LINEERR_INVALLINEHANDLE,
                LINEERR_INVALCALLHANDLE,
                LINEERR_NOTOWNER,
                LINEERR_INVALCALLSTATE,
                LINEERR_INVALBEARERMODE,
                LINEERR_INVALRATE,
                LINEERR_INVALDIGITMODE,
                LINEERR_INVALDIGITS,
                LINEERR_INVALPARAM,
                LINEERR_INVALLOCATION,
                LINEERR_INVALMEDIAMODE,
                LINEERR_TARGETNOTFOUND,
                LINEERR_TARGETSELF,
                LINEERR_INVALAPPNAME,
                LINEERR_INVALADDRESSMODE,
                LINEERR_INVALADDRESS,
                LINEERR_INVALPOINTER,
                LINEERR_INVALREQUESTMODE,
                LINEERR_INVALLINESTATE,
                LINEERR_INVALADDRESSSTATE,
                LINEERR_INVALADDRESSID,
                LINEERR_OPERATIONUNAVAIL,
                LINEERR_OPERATIONFAILED,
            ];
            expect_in(what, r, &allowed, request);
        }
        _ => {
            // lineGetMessage with a NULL pointer, or on any handle with no wait.
            let h = model.pick(b);
            let r = unsafe { lineGetMessage(h, std::ptr::null_mut(), 0) };
            expect_in(
                "lineGetMessage(NULL)",
                r,
                &[LINEERR_INVALPOINTER, LINEERR_UNINITIALIZED],
                false,
            );
        }
    }
}

fuzz_target!(init: {
    // The scenario gives the process its phones; it is read by the first initialize.
    let path = std::env::temp_dir().join(format!("tapi32-fuzz-{}.toml", std::process::id()));
    std::fs::write(&path, phone::SCENARIO).expect("write the fuzz scenario");
    std::env::set_var(tapi32::scenario::SCENARIO_ENV, &path);
    let (app, lines) = init_event_app(c"fuzz");
    assert_eq!(lines, DEVICES, "the fuzz scenario's lines");
    assert_eq!(lineShutdown(app), 0);
    std::fs::remove_file(&path).expect("remove the fuzz scenario");
}, |data: &[u8]| {
    let mut model = Model::default();
    let mut b = Bytes(data);
    let mut steps = 0;
    while !b.0.is_empty() && steps < 256 {
        step(&mut model, &mut b);
        steps += 1;
    }
    // Leave the process as the next input expects it: no application initialized.
    for h in model
        .handles
        .iter()
        .filter(|h| h.kind == Kind::App && h.live)
    {
        assert_eq!(lineShutdown(h.value), 0);
    }
    for h in model
        .handles
        .iter()
        .filter(|h| h.kind == Kind::PhoneApp && h.live)
    {
        assert_eq!(phoneShutdown(h.value), 0);
    }
    let mut status = Buf::new(1024, 0);
    // SAFETY: a 1024-byte buffer.
    let r = unsafe { phoneGetStatus(1, status.ptr().cast()) };
    assert_eq!(code(r), PHONEERR_UNINITIALIZED);
    let mut info = Buf::new(1024, 0);
    // SAFETY: a 1024-byte buffer.
    let r = unsafe { lineGetCallInfo(1, info.ptr().cast()) };
    assert_eq!(code(r), LINEERR_UNINITIALIZED);
});
