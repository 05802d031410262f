//! The phone functions of the fuzz target: `phoneInitializeEx` (event mode),
//! `phoneShutdown`, `phoneNegotiateAPIVersion`, `phoneGetDevCaps`, `phoneOpen`,
//! `phoneClose`, `phoneGetStatus`, `phoneGetDisplay`, `phoneGetID`, the setters and
//! getters of an open phone and `phoneGetMessage`, with hostile sizes, pointers, handles
//! and flags. The model knows the two phones of [`SCENARIO`] and every open of them, so
//! beyond "only documented results" it checks what the library reports: a dead or
//! garbage handle is refused with exactly `PHONEERR_INVALPHONEHANDLE` (or
//! `_INVALAPPHANDLE`, `_UNINITIALIZED`), a refused call writes nothing, a setter's value
//! reads back from its getter, `phoneGetStatus` counts the model's owners and monitors,
//! and every `PHONE_STATE` / `PHONE_REPLY` read is about a live phone of the reading
//! application that asked for it.

use std::mem::offset_of;

use super::{code, fixed_size, Buf, Bytes, Kind, Model, H, VERSIONS};
use tapi32::testing::*;

/// The fuzz process's scenario: the two default lines and a phone beside each. Phone 0
/// has all three hookswitch devices, 3 ring modes and a 2x16 display; phone 1 a headset
/// alone, no ring mode but silence and no display.
pub const SCENARIO: &str = "[[line]]\n[[line]]\n\
    [[phone]]\nname = \"Desk\"\nline = 0\nhookswitch = [\"handset\", \"speaker\", \"headset\"]\n\
    ring_modes = 3\ndisplay_rows = 2\ndisplay_columns = 16\n\
    [[phone]]\nname = \"Headset\"\nline = 1\nhookswitch = [\"headset\"]\nring_modes = 0\n\
    display_rows = 0\n";

/// What the model knows of each phone of [`SCENARIO`]: hookswitch devices, ring modes,
/// display rows and columns.
const DEVS: [(u32, u32, u32, u32); 2] = [(7, 3, 2, 16), (PHONEHOOKSWITCHDEV_HEADSET, 0, 0, 0)];
const PHONES: u32 = DEVS.len() as u32;
const UNTOUCHED: u32 = 0xDEAD_BEEF;
const HOOKSWITCH_MODES: u32 = 0xF;
const VARSTRING_SIZE: usize = 24;

/// The `PHONESTATE_*` changes phone `device` reports.
fn states_of(device: u32) -> u32 {
    const BY_DEV: [u32; 3] = [0x0E00, 0x7000, 0x3_8000];
    let devs = DEVS[device as usize].0;
    (0..3)
        .filter(|i| devs & (1 << i) != 0)
        .fold(0x1B8, |a, i| a | BY_DEV[i])
}

fn phonecaps_fixed(version: u32) -> usize {
    fixed_size(version, &[(0, 144), (0x0002_0000, 180), (0x0002_0002, 196)])
}

fn phonestatus_fixed(version: u32) -> usize {
    fixed_size(version, &[(0, 100), (0x0002_0000, 104)])
}

/// `r` must be one of `ok`.
fn expect(what: &str, r: i32, ok: &[u32]) {
    assert!(
        ok.contains(&code(r)),
        "{what} returned {:#010x}, not one of {ok:#x?}",
        code(r)
    );
}

fn uninit(model: &Model) -> bool {
    !model
        .handles
        .iter()
        .any(|h| h.kind == Kind::PhoneApp && h.live)
}

/// The result a function given the phone `h` must return when `h` is not a live open
/// phone; `None` when it is one.
fn dead_phone(model: &Model, h: u32) -> Option<u32> {
    if uninit(model) {
        Some(PHONEERR_UNINITIALIZED)
    } else if model.live(h, Kind::Phone).is_none() {
        Some(PHONEERR_INVALPHONEHANDLE)
    } else {
        None
    }
}

/// A hookswitch device argument: a single device, two, or garbage.
fn hookswitch_dev(b: &mut Bytes<'_>) -> u32 {
    match b.u8() % 5 {
        0 => PHONEHOOKSWITCHDEV_HANDSET,
        1 => PHONEHOOKSWITCHDEV_SPEAKER,
        2 => PHONEHOOKSWITCHDEV_HEADSET,
        3 => PHONEHOOKSWITCHDEV_HANDSET | PHONEHOOKSWITCHDEV_SPEAKER,
        _ => b.u32(),
    }
}

/// A hostile buffer size: small, anything up to 2047, or plenty.
fn size(b: &mut Bytes<'_>, sel: u8) -> usize {
    match sel % 4 {
        0 => usize::from(b.u8()),
        1 => usize::from(b.u16() % 2048),
        _ => 1024,
    }
}

pub fn step(model: &mut Model, b: &mut Bytes<'_>, op: u8) {
    match op {
        0 => initialize(model, b),
        1 => {
            let h = model.pick(b);
            let r = phoneShutdown(h);
            if uninit(model) {
                expect("phoneShutdown", r, &[PHONEERR_UNINITIALIZED]);
            } else if model.live(h, Kind::PhoneApp).is_some() {
                assert_eq!(r, 0, "phoneShutdown of a live phone app");
                model.retire(|x| x.value == h || (x.kind == Kind::Phone && x.app == h));
            } else {
                expect("phoneShutdown", r, &[PHONEERR_INVALAPPHANDLE]);
            }
        }
        2 => open(model, b),
        3 => {
            let h = model.pick(b);
            let r = phoneClose(h);
            match dead_phone(model, h) {
                Some(e) => expect("phoneClose", r, &[e]),
                None => {
                    assert_eq!(r, 0, "phoneClose of a live phone");
                    model.retire(|x| x.value == h);
                }
            }
        }
        4 => caps(model, b),
        5 => status(model, b),
        6 => set(model, b),
        _ => get(model, b),
    }
}

fn initialize(model: &mut Model, b: &mut Bytes<'_>) {
    let apps = model
        .handles
        .iter()
        .filter(|h| h.kind == Kind::PhoneApp && h.live)
        .count();
    if apps >= 3 {
        return;
    }
    let fixed = size_of::<PHONEINITIALIZEEXPARAMS>() as u32;
    // SAFETY: all-zero is a valid PHONEINITIALIZEEXPARAMS.
    let mut p: PHONEINITIALIZEEXPARAMS = unsafe { std::mem::zeroed() };
    let opt = b.u8();
    p.dwTotalSize = if opt & 0x80 != 0 {
        u32::from(b.u8())
    } else {
        fixed
    };
    p.dwOptions = match opt & 7 {
        0..=4 => PHONEINITIALIZEEXOPTION_USEEVENT,
        5 => PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT,
        6 => u32::from(b.u8()),
        _ => PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW, // no callback: refused
    };
    let mut ver = if opt & 0x40 != 0 {
        0x0001_0002
    } else {
        0x0002_0002
    };
    let null = opt & 0x38 == 0x38;
    let (mut app, mut n) = (0u32, UNTOUCHED);
    let np: *mut u32 = if null { std::ptr::null_mut() } else { &mut n };
    let wide_name = [u16::from(b'f'), 0];
    // SAFETY: valid pointers (or NULL), NUL-terminated names.
    let r = unsafe {
        if opt & 0x08 != 0 {
            let none = std::ptr::null_mut();
            phoneInitializeExW(
                &mut app,
                none,
                None,
                wide_name.as_ptr(),
                np,
                &mut ver,
                &mut p,
            )
        } else {
            let none = std::ptr::null_mut();
            phoneInitializeExA(&mut app, none, None, c"fuzz".as_ptr(), np, &mut ver, &mut p)
        }
    };
    let valid = !null
        && p.dwTotalSize >= fixed
        && p.dwOptions == PHONEINITIALIZEEXOPTION_USEEVENT
        && opt & 0x40 == 0;
    if valid {
        assert_eq!(r, 0, "phoneInitializeEx");
        assert_eq!(n, PHONES, "phoneInitializeEx: the scenario's phones");
        assert_eq!(ver, 0x0003_0001);
        model.add(H::new(app, Kind::PhoneApp, app, 0, 0));
    } else {
        expect(
            "phoneInitializeEx",
            r,
            &[
                PHONEERR_INVALPOINTER,
                PHONEERR_STRUCTURETOOSMALL,
                PHONEERR_INVALPARAM,
                PHONEERR_OPERATIONUNAVAIL,
                PHONEERR_INCOMPATIBLEAPIVERSION,
            ],
        );
        assert_eq!(app, 0, "phoneInitializeEx wrote *lphPhoneApp on failure");
        assert_eq!(
            n, UNTOUCHED,
            "phoneInitializeEx wrote *lpdwNumDevs on failure"
        );
    }
}

fn open(model: &mut Model, b: &mut Bytes<'_>) {
    let app = model.pick(b);
    let device = u32::from(b.u8() % 3);
    let version = VERSIONS[usize::from(b.u8()) % VERSIONS.len()];
    let sel = b.u8();
    let ext = u32::from(sel & 0x70 == 0x70);
    let privilege = match sel % 6 {
        0 => PHONEPRIVILEGE_MONITOR,
        1 | 2 => PHONEPRIVILEGE_OWNER,
        3 => PHONEPRIVILEGE_OWNER | PHONEPRIVILEGE_MONITOR,
        4 => 0,
        _ => b.u32(),
    };
    let null = sel & 0x88 == 0x88;
    let mut h = 0u32;
    let out: *mut u32 = if null { std::ptr::null_mut() } else { &mut h };
    // SAFETY: NULL or a valid out pointer.
    let r = unsafe { phoneOpen(app, device, out, version, ext, 9, privilege) };
    let live_app = model.live(app, Kind::PhoneApp).is_some();
    let valid = live_app
        && device < PHONES
        && version != 0x0002_0003
        && ext == 0
        && (privilege == PHONEPRIVILEGE_OWNER || privilege == PHONEPRIVILEGE_MONITOR)
        && !null;
    if uninit(model) {
        expect("phoneOpen", r, &[PHONEERR_UNINITIALIZED]);
    } else if valid {
        assert_eq!(r, 0, "phoneOpen refused valid arguments");
        let mut p = H::new(h, Kind::Phone, app, device, version);
        p.owner = privilege == PHONEPRIVILEGE_OWNER;
        model.add(p);
    } else if !live_app {
        expect("phoneOpen", r, &[PHONEERR_INVALAPPHANDLE]);
    } else {
        expect(
            "phoneOpen",
            r,
            &[
                PHONEERR_BADDEVICEID,
                PHONEERR_INCOMPATIBLEAPIVERSION,
                PHONEERR_INCOMPATIBLEEXTVERSION,
                PHONEERR_INVALPRIVILEGE,
                PHONEERR_INVALPOINTER,
            ],
        );
    }
    if r != 0 {
        assert_eq!(h, 0, "phoneOpen wrote *lphPhone on failure");
    }
}

/// `phoneNegotiateAPIVersion` and `phoneGetDevCaps(A/W)`.
fn caps(model: &mut Model, b: &mut Bytes<'_>) {
    let app = model.pick(b);
    let device = u32::from(b.u8() % 3);
    let sel = b.u8();
    let version = VERSIONS[usize::from(b.u8()) % VERSIONS.len()];
    let live_app = !uninit(model) && model.live(app, Kind::PhoneApp).is_some();
    if sel & 1 == 0 {
        let hi = VERSIONS[usize::from(b.u8()) % VERSIONS.len()];
        let (mut v, mut ext) = (UNTOUCHED, PHONEEXTENSIONID::default());
        let null = sel & 0x0E == 0x0E;
        let out: *mut u32 = if null { std::ptr::null_mut() } else { &mut v };
        // SAFETY: NULL or valid out pointers.
        let r = unsafe { phoneNegotiateAPIVersion(app, device, version, hi, out, &mut ext) };
        // The known versions: all of VERSIONS but the last.
        let best = VERSIONS[..VERSIONS.len() - 1]
            .iter()
            .rev()
            .copied()
            .find(|x| (version..=hi).contains(x));
        if live_app && device < PHONES && best.is_some() && !null {
            assert_eq!(r, 0, "phoneNegotiateAPIVersion refused valid arguments");
            assert_eq!(Some(v), best, "phoneNegotiateAPIVersion's version");
        } else {
            let ok = [
                PHONEERR_UNINITIALIZED,
                PHONEERR_INVALAPPHANDLE,
                PHONEERR_BADDEVICEID,
                PHONEERR_INCOMPATIBLEAPIVERSION,
                PHONEERR_INVALPOINTER,
            ];
            expect("phoneNegotiateAPIVersion", r, &ok);
            assert_eq!(v, UNTOUCHED, "phoneNegotiateAPIVersion wrote on failure");
        }
        return;
    }
    let wide = sel & 2 != 0;
    let ext = u32::from(sel & 0x0C == 0x0C);
    let total = size(b, sel >> 4);
    let mut buf = Buf::new(total, usize::from(b.u8() % 8));
    let null = sel & 0xF0 == 0xF0;
    let p = buf.ptr_or_null(null);
    // SAFETY: NULL or a buffer of `total` bytes (at least 4).
    let r = unsafe {
        if wide {
            phoneGetDevCapsW(app, device, version, ext, p.cast())
        } else {
            phoneGetDevCapsA(app, device, version, ext, p.cast())
        }
    };
    buf.check_canary("phoneGetDevCaps");
    let fixed = phonecaps_fixed(version);
    let valid = live_app && device < PHONES && version != 0x0002_0003 && ext == 0 && !null;
    if !valid {
        let ok = [
            PHONEERR_UNINITIALIZED,
            PHONEERR_INVALAPPHANDLE,
            PHONEERR_BADDEVICEID,
            PHONEERR_INCOMPATIBLEAPIVERSION,
            PHONEERR_INCOMPATIBLEEXTVERSION,
            PHONEERR_INVALPOINTER,
            PHONEERR_STRUCTURETOOSMALL,
        ];
        expect("phoneGetDevCaps", r, &ok);
        assert!(!live_app || code(r) != PHONEERR_INVALAPPHANDLE);
    } else if total < fixed {
        expect("phoneGetDevCaps", r, &[PHONEERR_STRUCTURETOOSMALL]);
        buf.check_untouched("phoneGetDevCaps");
    } else {
        assert_eq!(r, 0, "phoneGetDevCaps refused valid arguments");
        check_var(&buf, total, fixed, "phoneGetDevCaps");
        let (devs, rings, rows, cols) = DEVS[device as usize];
        let format = if wide {
            STRINGFORMAT_UNICODE
        } else {
            STRINGFORMAT_ASCII
        };
        assert_eq!(buf.u32_at(offset_of!(PHONECAPS, dwStringFormat)), format);
        assert_eq!(buf.u32_at(offset_of!(PHONECAPS, dwHookSwitchDevs)), devs);
        assert_eq!(buf.u32_at(offset_of!(PHONECAPS, dwNumRingModes)), rings);
        assert_eq!(buf.u32_at(offset_of!(PHONECAPS, dwDisplayNumRows)), rows);
        assert_eq!(buf.u32_at(offset_of!(PHONECAPS, dwDisplayNumColumns)), cols);
        assert_eq!(
            buf.u32_at(offset_of!(PHONECAPS, dwPhoneStates)),
            states_of(device)
        );
        for field in [
            offset_of!(PHONECAPS, dwProviderInfoSize),
            offset_of!(PHONECAPS, dwPhoneInfoSize),
            offset_of!(PHONECAPS, dwPhoneNameSize),
        ] {
            check_field(&buf, field, fixed, "phoneGetDevCaps");
        }
    }
}

/// A filled variably sized structure: `dwTotalSize` kept, `fixed <= dwUsedSize <=
/// dwTotalSize`, `dwNeededSize >= dwUsedSize`.
fn check_var(buf: &Buf, total: usize, fixed: usize, what: &str) {
    let (t, needed, used) = (buf.u32_at(0), buf.u32_at(4), buf.u32_at(8));
    assert_eq!(t as usize, total, "{what} changed dwTotalSize");
    assert!(
        used as usize <= total && used as usize >= fixed,
        "{what}: dwUsedSize {used} of {total} (fixed {fixed})"
    );
    assert!(
        needed >= used,
        "{what}: dwNeededSize {needed} < dwUsedSize {used}"
    );
}

/// A variable field (size at `at`, offset after it) lies within `fixed..dwUsedSize`.
fn check_field(buf: &Buf, at: usize, fixed: usize, what: &str) {
    let (size, offset) = (buf.u32_at(at) as usize, buf.u32_at(at + 4) as usize);
    if size != 0 {
        assert!(
            offset >= fixed && offset + size <= buf.u32_at(8) as usize,
            "{what}: field at {at} ({size} bytes at {offset}) outside dwUsedSize"
        );
    }
}

/// `phoneGetStatus(A/W)`, `phoneGetDisplay` and `phoneGetID(A/W)`.
fn status(model: &mut Model, b: &mut Bytes<'_>) {
    let h = model.pick(b);
    let sel = b.u8();
    let total = size(b, sel);
    let mut buf = Buf::new(total, usize::from(b.u8() % 8));
    let null = sel & 0xF0 == 0xF0;
    let p = buf.ptr_or_null(null);
    let wide = sel & 4 != 0;
    let class_sel = b.u8() % 4;
    let class: Vec<u8> = match class_sel {
        0 => b"tapi/phone\0".to_vec(),
        1 => b"tapi/line\0".to_vec(),
        2 => b"comm/datamodem\0".to_vec(),
        _ => Vec::new(),
    };
    let wclass: Vec<u16> = class.iter().map(|&c| u16::from(c)).collect();
    let op = (sel >> 2) % 3;
    // SAFETY: NULL or a buffer of `total` bytes (at least 4); NULL or NUL-terminated
    // class names.
    let (what, r) = unsafe {
        match op {
            0 if wide => ("phoneGetStatus", phoneGetStatusW(h, p.cast())),
            0 => ("phoneGetStatus", phoneGetStatusA(h, p.cast())),
            1 => ("phoneGetDisplay", phoneGetDisplay(h, p.cast())),
            _ if wide => {
                let c = if wclass.is_empty() {
                    std::ptr::null()
                } else {
                    wclass.as_ptr()
                };
                ("phoneGetID", phoneGetIDW(h, p.cast(), c))
            }
            _ => {
                let c = if class.is_empty() {
                    std::ptr::null()
                } else {
                    class.as_ptr().cast()
                };
                ("phoneGetID", phoneGetIDA(h, p.cast(), c))
            }
        }
    };
    buf.check_canary(what);
    if let Some(e) = dead_phone(model, h) {
        return expect(what, r, &[e]);
    }
    let ph = model.live(h, Kind::Phone).cloned().expect("live");
    let fixed = match op {
        0 => phonestatus_fixed(ph.version),
        _ => VARSTRING_SIZE,
    };
    let bad_class = op == 2 && class_sel >= 2;
    if null || (op == 2 && class_sel == 3) {
        return expect(what, r, &[PHONEERR_INVALPOINTER]);
    }
    if bad_class {
        // Which of the two comes first is the library's choice.
        let small = PHONEERR_STRUCTURETOOSMALL;
        let ok = [
            PHONEERR_INVALDEVICECLASS,
            if total < fixed { small } else { 0 },
        ];
        return expect(what, r, &ok[..1 + usize::from(total < fixed)]);
    }
    if total < fixed {
        expect(what, r, &[PHONEERR_STRUCTURETOOSMALL]);
        buf.check_untouched(what);
        return;
    }
    assert_eq!(r, 0, "{what} refused valid arguments");
    check_var(&buf, total, fixed, what);
    match op {
        0 => {
            let opens = model
                .handles
                .iter()
                .filter(|x| x.live && x.kind == Kind::Phone && x.device == ph.device);
            let owners = opens.clone().filter(|x| x.owner).count() as u32;
            let monitors = opens.count() as u32 - owners;
            assert_eq!(buf.u32_at(offset_of!(PHONESTATUS, dwNumOwners)), owners);
            assert_eq!(buf.u32_at(offset_of!(PHONESTATUS, dwNumMonitors)), monitors);
            for field in [
                offset_of!(PHONESTATUS, dwDisplaySize),
                offset_of!(PHONESTATUS, dwOwnerNameSize),
            ] {
                check_field(&buf, field, fixed, what);
            }
        }
        1 => check_field(&buf, 16, fixed, what),
        _ => {
            check_field(&buf, 16, fixed, what);
            if buf.u32_at(16) == 4 {
                // Phone i sits beside line i: both classes name the same device ID.
                let id = buf.u32_at(buf.u32_at(20) as usize);
                assert_eq!(id, ph.device, "phoneGetID's device ID");
            }
        }
    }
}

/// The setters (and `phoneSetStatusMessages`), with their values read back.
fn set(model: &mut Model, b: &mut Bytes<'_>) {
    let h = model.pick(b);
    let op = b.u8() % 6;
    let ph = model.live(h, Kind::Phone).cloned();
    let (devs, rings, rows, cols) = DEVS[ph.as_ref().map_or(0, |p| p.device as usize)];
    let single = |d: u32| d.is_power_of_two() && d & devs != 0;
    let (what, r, valid, owner_only) = match op {
        0 => {
            let d = hookswitch_dev(b);
            let mode = match b.u8() % 6 {
                k @ 0..=3 => 1 << k,
                4 => PHONEHOOKSWITCHMODE_UNKNOWN,
                _ => b.u32(),
            };
            let r = phoneSetHookSwitch(h, d, mode);
            let valid =
                d != 0 && d & !devs == 0 && mode.is_power_of_two() && mode & HOOKSWITCH_MODES != 0;
            if valid && r > 0 {
                let mut off = UNTOUCHED;
                // SAFETY: a valid out pointer.
                assert_eq!(unsafe { phoneGetHookSwitch(h, &mut off) }, 0);
                let want = if mode == PHONEHOOKSWITCHMODE_ONHOOK {
                    0
                } else {
                    d
                };
                assert_eq!(off & d, want, "phoneGetHookSwitch after phoneSetHookSwitch");
                assert_eq!(off & !devs, 0, "off hook: a device the phone lacks");
            }
            ("phoneSetHookSwitch", r, valid, true)
        }
        1 => {
            let mode = u32::from(b.u8() % 5);
            let volume = if b.u8() & 1 == 0 {
                b.u32()
            } else {
                u32::from(b.u16())
            };
            let r = phoneSetRing(h, mode, volume);
            let valid = mode <= rings;
            if valid && r > 0 {
                let (mut m, mut v) = (UNTOUCHED, UNTOUCHED);
                // SAFETY: valid out pointers.
                assert_eq!(unsafe { phoneGetRing(h, &mut m, &mut v) }, 0);
                assert_eq!(v, volume.min(0xFFFF), "phoneGetRing's volume");
                // Silence still rings (mode 1) while a call is offered on the line.
                assert!(m == mode || (mode == 0 && m == 1), "phoneGetRing's mode");
            }
            ("phoneSetRing", r, valid, true)
        }
        2 | 3 => {
            let gain = op == 3;
            let d = hookswitch_dev(b);
            let level = if b.u8() & 1 == 0 {
                b.u32()
            } else {
                u32::from(b.u16())
            };
            let r = if gain {
                phoneSetGain(h, d, level)
            } else {
                phoneSetVolume(h, d, level)
            };
            if single(d) && r > 0 {
                let mut v = UNTOUCHED;
                // SAFETY: a valid out pointer.
                let g = unsafe {
                    if gain {
                        phoneGetGain(h, d, &mut v)
                    } else {
                        phoneGetVolume(h, d, &mut v)
                    }
                };
                assert_eq!(g, 0);
                assert_eq!(v, level.min(0xFFFF), "the level read back");
            }
            let what = if gain {
                "phoneSetGain"
            } else {
                "phoneSetVolume"
            };
            (what, r, single(d), true)
        }
        4 => {
            let (row, col) = (u32::from(b.u8() % 3), u32::from(b.u8() % 20));
            let sel = b.u8() % 4;
            let text = b"hello, fuzz";
            let (p, n): (*const u8, u32) = match sel {
                0 => (std::ptr::null(), 0),
                1 => (std::ptr::null(), 5),
                2 => (text.as_ptr(), 0),
                _ => (text.as_ptr(), text.len() as u32),
            };
            // SAFETY: NULL or `n` readable bytes.
            let r = unsafe { phoneSetDisplay(h, row, col, p.cast(), n) };
            if sel == 1 && ph.is_some() {
                expect("phoneSetDisplay(NULL)", r, &[PHONEERR_INVALPOINTER]);
            }
            let valid = row < rows && col < cols && sel != 1;
            ("phoneSetDisplay", r, valid, true)
        }
        _ => {
            let states = match b.u8() % 4 {
                0 => states_of(ph.as_ref().map_or(0, |p| p.device)),
                1 => PHONESTATE_OWNER | PHONESTATE_MONITORS | PHONESTATE_RINGMODE,
                2 => PHONESTATE_HEADSETHOOKSWITCH | PHONESTATE_DISPLAY,
                _ => b.u32(),
            };
            let (modes, bstates) = match b.u8() % 3 {
                0 => (0, b.u32()),
                1 => (PHONEBUTTONMODE_KEYPAD, PHONEBUTTONSTATE_DOWN),
                _ => (b.u32(), b.u32()),
            };
            let r = phoneSetStatusMessages(h, states, modes, bstates);
            let valid = states & !states_of(ph.as_ref().map_or(0, |p| p.device)) == 0
                && modes & !0x3F == 0
                && (modes == 0 || bstates & !0xF == 0);
            if r == 0 {
                let (mut s, mut m, mut bs) = (UNTOUCHED, UNTOUCHED, UNTOUCHED);
                // SAFETY: valid out pointers.
                let g = unsafe { phoneGetStatusMessages(h, &mut s, &mut m, &mut bs) };
                assert_eq!(g, 0);
                let want_bs = if modes == 0 { 0 } else { bstates };
                assert_eq!(
                    (s, m, bs),
                    (states, modes, want_bs),
                    "status messages read back"
                );
                let p = model
                    .handles
                    .iter_mut()
                    .rev()
                    .find(|x| x.value == h && x.live)
                    .expect("a live phone");
                p.states = states;
                p.states_ever |= states;
            }
            ("phoneSetStatusMessages", r, valid, false)
        }
    };
    if let Some(e) = dead_phone(model, h) {
        return expect(what, r, &[e]);
    }
    let ph = ph.expect("live");
    if valid {
        if !owner_only {
            assert_eq!(r, 0, "{what} refused valid arguments");
        } else if ph.owner {
            assert!(
                r > 0,
                "{what} refused its owner valid arguments: {:#x}",
                code(r)
            );
            model.requests.push((ph.app, r as u32, h));
        } else {
            expect(what, r, &[PHONEERR_NOTOWNER]);
        }
        return;
    }
    let ok = [
        PHONEERR_NOTOWNER,
        PHONEERR_INVALHOOKSWITCHDEV,
        PHONEERR_INVALHOOKSWITCHMODE,
        PHONEERR_INVALRINGMODE,
        PHONEERR_INVALPARAM,
        PHONEERR_INVALPOINTER,
        PHONEERR_INVALPHONESTATE,
        PHONEERR_INVALBUTTONMODE,
        PHONEERR_INVALBUTTONSTATE,
    ];
    expect(what, r, &ok);
}

/// The getters with hostile pointers and devices, and `phoneGetMessage`.
fn get(model: &mut Model, b: &mut Bytes<'_>) {
    let h = model.pick(b);
    let op = b.u8() % 6;
    let nulls = b.u8();
    let d = hookswitch_dev(b);
    if op == 5 {
        return get_message(model, h, nulls);
    }
    let mut v = [UNTOUCHED; 3];
    let base = v.as_mut_ptr();
    let p = |i: usize| -> *mut u32 {
        if nulls & (1 << i) != 0 && nulls & 0x80 != 0 {
            std::ptr::null_mut()
        } else {
            // SAFETY: i < 3.
            unsafe { base.add(i) }
        }
    };
    let any_null = nulls & 0x80 != 0 && nulls & 7 != 0;
    let (p0, p1, p2) = (p(0), p(1), p(2));
    // SAFETY: NULL or valid out pointers.
    let (what, r, uses) = unsafe {
        match op {
            0 => ("phoneGetHookSwitch", phoneGetHookSwitch(h, p0), 1),
            1 => ("phoneGetRing", phoneGetRing(h, p0, p1), 3),
            2 => ("phoneGetVolume", phoneGetVolume(h, d, p0), 1),
            3 => ("phoneGetGain", phoneGetGain(h, d, p0), 1),
            _ => (
                "phoneGetStatusMessages",
                phoneGetStatusMessages(h, p0, p1, p2),
                7,
            ),
        }
    };
    let null = any_null && nulls & uses != 0;
    if let Some(e) = dead_phone(model, h) {
        expect(what, r, &[e]);
    } else {
        let ph = model.live(h, Kind::Phone).cloned().expect("live");
        let devs = DEVS[ph.device as usize].0;
        let bad_dev = (op == 2 || op == 3) && !(d.is_power_of_two() && d & devs != 0);
        if null || bad_dev {
            let ok = [PHONEERR_INVALPOINTER, PHONEERR_INVALHOOKSWITCHDEV];
            expect(what, r, &ok);
            if !bad_dev {
                expect(what, r, &[PHONEERR_INVALPOINTER]);
            } else if !null {
                expect(what, r, &[PHONEERR_INVALHOOKSWITCHDEV]);
            }
        } else {
            assert_eq!(r, 0, "{what} refused valid arguments");
            match op {
                0 => assert_eq!(v[0] & !devs, 0, "off hook: a device the phone lacks"),
                1 => assert!(v[0] <= DEVS[ph.device as usize].1.max(1) && v[1] <= 0xFFFF),
                4 => assert_eq!(v[0], ph.states, "phoneGetStatusMessages' phone states"),
                _ => assert!(v[0] <= 0xFFFF),
            }
        }
    }
    if r != 0 {
        assert_eq!(v, [UNTOUCHED; 3], "{what} wrote on failure");
    }
}

fn get_message(model: &mut Model, h: u32, nulls: u8) {
    let mut m = PHONEMESSAGE::default();
    let null = nulls & 0x81 == 0x81;
    let out: *mut PHONEMESSAGE = if null { std::ptr::null_mut() } else { &mut m };
    // SAFETY: NULL or a valid out pointer.
    let r = unsafe { phoneGetMessage(h, out, 0) };
    if uninit(model) {
        expect("phoneGetMessage", r, &[PHONEERR_UNINITIALIZED]);
    } else if model.live(h, Kind::PhoneApp).is_none() {
        expect("phoneGetMessage", r, &[PHONEERR_INVALAPPHANDLE]);
    } else if null {
        expect("phoneGetMessage", r, &[PHONEERR_INVALPOINTER]);
    } else if r == 0 {
        check_message(model, h, &m);
    } else {
        expect("phoneGetMessage", r, &[PHONEERR_OPERATIONFAILED]);
    }
}

/// Reads every queued message of every live phone application.
pub fn drain(model: &mut Model) {
    let apps: Vec<u32> = model
        .handles
        .iter()
        .filter(|h| h.kind == Kind::PhoneApp && h.live)
        .map(|h| h.value)
        .collect();
    for app in apps {
        let mut m = PHONEMESSAGE::default();
        // SAFETY: a valid out pointer.
        while unsafe { phoneGetMessage(app, &mut m, 0) } == 0 {
            check_message(model, app, &m);
        }
    }
}

/// A message `app` read: about one of its live phones, one it asked for.
fn check_message(model: &mut Model, app: u32, m: &PHONEMESSAGE) {
    let (id, dev, p1, p2) = (m.dwMessageID, m.hDevice, m.dwParam1 as u32, { m.dwParam2 });
    if id == PHONE_STATE as u32 {
        let ph = model.live(dev, Kind::Phone);
        assert!(
            ph.is_some_and(|p| p.app == app),
            "PHONE_STATE names {dev:#x}, not a live phone of the reader"
        );
        let ph = ph.expect("checked");
        assert!(p1.is_power_of_two(), "PHONE_STATE dwParam1 {p1:#x}");
        assert_ne!(
            ph.states_ever & p1,
            0,
            "PHONE_STATE {p1:#x} nobody asked for"
        );
        let instance = m.dwCallbackInstance;
        assert_eq!(instance, 9, "PHONE_STATE's callback instance");
    } else if id == PHONE_REPLY as u32 {
        assert_eq!(p2, 0, "PHONE_REPLY of a failed request");
        let at = model
            .requests
            .iter()
            .position(|&(a, req, _)| a == app && req == p1);
        let at = at.unwrap_or_else(|| panic!("PHONE_REPLY for unknown request {p1:#x}"));
        let (_, _, hphone) = model.requests.remove(at);
        assert!(
            model.live(hphone, Kind::Phone).is_some(),
            "PHONE_REPLY for closed phone {hphone:#x}"
        );
    } else {
        panic!("unexpected phone message {id}");
    }
}
