//! The state of an open phone: `phoneGetStatus`, the getters (`phoneGetHookSwitch`,
//! `phoneGetRing`, `phoneGetVolume`, `phoneGetGain`, `phoneGetDisplay`,
//! `phoneGetStatusMessages`) and the setters, which complete asynchronously with
//! `PHONE_REPLY` and report what changed with `PHONE_STATE`.

use std::mem::offset_of;

use super::phone::phone;
use super::ptr::{caller_struct, check_ptr, write_out};
use super::varstruct::{varstring, VarOut};
use super::{ffi_fn, Strings};
use crate::core::phone::phone_features;
use crate::core::{PhoneStatus, Result};
use crate::runtime;
use tapi32_defs::*;

/// The fixed size of `PHONESTATUS` for API `version` (2.0 added `dwPhoneFeatures`).
pub(crate) fn phonestatus_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(PHONESTATUS, dwPhoneFeatures),
        _ => size_of::<PHONESTATUS>(),
    }
}

/// The state of `hphone`'s device, after checking `out` (a `DWORD` to write).
fn status_for(hphone: HPHONE, out: LPDWORD) -> Result<PhoneStatus> {
    runtime().phone(hphone)?;
    check_ptr(out, 4)?;
    runtime().phone_status(hphone)
}

unsafe fn get_status(hphone: HPHONE, out: LPPHONESTATUS, strings: Strings) -> Result<LONG> {
    let p = runtime().phone(hphone)?;
    let info = runtime().phone_info(hphone)?;
    // SAFETY: the caller provides dwTotalSize bytes at `out`.
    let buf = unsafe { caller_struct(out) }?;
    let fixed = phonestatus_fixed_size(p.version);
    if buf.len() < fixed {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    let s = runtime().phone_status(hphone)?;
    let d = &s.device;
    let present = |i: usize, v: u32| {
        if info.hookswitch_devs & (1 << i) != 0 {
            v
        } else {
            0
        }
    };
    let image = PHONESTATUS {
        dwStatusFlags: PHONESTATUSFLAGS_CONNECTED,
        dwNumOwners: s.owners,
        dwNumMonitors: s.monitors,
        dwRingMode: d.effective_ring_mode(),
        dwRingVolume: d.ring_volume,
        dwHandsetHookSwitchMode: present(0, d.hookswitch[0]),
        dwHandsetVolume: present(0, d.volume[0]),
        dwHandsetGain: present(0, d.gain[0]),
        dwSpeakerHookSwitchMode: present(1, d.hookswitch[1]),
        dwSpeakerVolume: present(1, d.volume[1]),
        dwSpeakerGain: present(1, d.gain[1]),
        dwHeadsetHookSwitchMode: present(2, d.hookswitch[2]),
        dwHeadsetVolume: present(2, d.volume[2]),
        dwHeadsetGain: present(2, d.gain[2]),
        dwPhoneFeatures: phone_features(&info),
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, fixed);
    if !d.display.is_empty() {
        let display = String::from_utf8_lossy(&d.display);
        v.text(
            offset_of!(PHONESTATUS, dwDisplaySize),
            Some(&display),
            strings,
        );
    }
    v.text(
        offset_of!(PHONESTATUS, dwOwnerNameSize),
        s.owner_name.as_deref(),
        strings,
    );
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// The status of the open phone `hPhone` (single-byte strings; the TAPI 1.x name):
    /// `PHONESTATUSFLAGS_CONNECTED`, the numbers of owners and monitors, the ring mode
    /// (what `phoneSetRing` set, or 1 while a call is offered on the phone's line, else
    /// 0) and ringer volume, each hookswitch device's mode, volume and gain (0 for one
    /// the phone lacks), the display (`rows * columns` characters and a NUL, in the
    /// entry point's encoding), the name of the first owner's application, from 2.0
    /// `dwPhoneFeatures`. `dwTotalSize` must be at least the fixed size of the version
    /// the phone was opened with (100 bytes before 2.0, 104 from 2.0).
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALPOINTER`, `PHONEERR_STRUCTURETOOSMALL`.
    unsafe fn [ansi phoneGetStatus, ansi phoneGetStatusA, wide phoneGetStatusW](
        hPhone: HPHONE,
        lpPhoneStatus: LPPHONESTATUS,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        phone(|| unsafe { get_status(hPhone, lpPhoneStatus, strings) })
    }
}

ffi_fn! {
    /// The display of the open phone `hPhone`, in a `VARSTRING` (`STRINGFORMAT_ASCII`):
    /// its `rows * columns` characters, row after row, and a NUL (empty for a phone
    /// without a display).
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALPOINTER`, `PHONEERR_STRUCTURETOOSMALL`.
    unsafe fn phoneGetDisplay(
        hPhone: HPHONE,
        lpDisplay: LPVARSTRING,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            // SAFETY: the caller provides dwTotalSize bytes at `lpDisplay`.
            let buf = unsafe { caller_struct(lpDisplay) }?;
            if buf.len() < size_of::<VARSTRING>() {
                return Err(LineError::STRUCTURETOOSMALL);
            }
            let mut text = runtime().phone_status(hPhone)?.device.display;
            text.push(0);
            varstring(buf, STRINGFORMAT_ASCII, &text);
            Ok(0)
        })
    }
}

ffi_fn! {
    /// The hookswitch devices of the open phone `hPhone` that are off hook (in a mode
    /// other than `PHONEHOOKSWITCHMODE_ONHOOK`), as `PHONEHOOKSWITCHDEV_*` bits.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALPOINTER`.
    unsafe fn phoneGetHookSwitch(
        hPhone: HPHONE,
        lpdwHookSwitchDevs: LPDWORD,
    ) -> LONG {
        phone(|| {
            let s = status_for(hPhone, lpdwHookSwitchDevs)?;
            // SAFETY: checked by status_for.
            unsafe { write_out(lpdwHookSwitchDevs, s.device.off_hook()) }?;
            Ok(0)
        })
    }
}

ffi_fn! {
    /// Puts the hookswitch devices `dwHookSwitchDevs` (`PHONEHOOKSWITCHDEV_*` bits the
    /// phone has) of the open phone `hPhone` in mode `dwHookSwitchMode` (one of
    /// `PHONEHOOKSWITCHMODE_ONHOOK`, `_MIC`, `_SPEAKER`, `_MICSPEAKER`). The application
    /// must own the phone. Completes asynchronously: `PHONE_REPLY` (dwParam1 the request
    /// ID, dwParam2 0), then `PHONE_STATE` `PHONESTATE_HANDSETHOOKSWITCH` (or `SPEAKER`,
    /// `HEADSET`; dwParam2 the new mode) for each device whose mode changed, to every
    /// open of the phone that asked for it.
    ///
    /// Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
    /// `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALHOOKSWITCHDEV`,
    /// `PHONEERR_INVALHOOKSWITCHMODE`.
    fn phoneSetHookSwitch(
        hPhone: HPHONE,
        dwHookSwitchDevs: DWORD,
        dwHookSwitchMode: DWORD,
    ) -> LONG {
        phone(|| {
            let id = runtime().phone_set_hookswitch(hPhone, dwHookSwitchDevs, dwHookSwitchMode)?;
            Ok(id as LONG)
        })
    }
}

ffi_fn! {
    /// The ring mode and ringer volume of the open phone `hPhone`: the mode
    /// `phoneSetRing` set, or 1 while a call is offered on the line the phone sits
    /// beside, else 0 (silent).
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALPOINTER`.
    unsafe fn phoneGetRing(
        hPhone: HPHONE,
        lpdwRingMode: LPDWORD,
        lpdwVolume: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            check_ptr(lpdwVolume, 4)?;
            let s = status_for(hPhone, lpdwRingMode)?;
            // SAFETY: both pointers were checked above.
            unsafe {
                write_out(lpdwRingMode, s.device.effective_ring_mode())?;
                write_out(lpdwVolume, s.device.ring_volume)?;
            }
            Ok(0)
        })
    }
}

ffi_fn! {
    /// Rings the open phone `hPhone` with ring pattern `dwRingMode` (1 to
    /// `PHONECAPS.dwNumRingModes`; 0 silences it, though a call offered on its line still
    /// rings it with pattern 1) at `dwVolume` (0 to 0xFFFF; more is taken as 0xFFFF). The
    /// application must own the phone. Completes asynchronously with `PHONE_REPLY`, then
    /// `PHONE_STATE` `PHONESTATE_RINGMODE` (dwParam2 the new mode) and `_RINGVOLUME` for
    /// what changed.
    ///
    /// Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
    /// `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALRINGMODE`.
    fn phoneSetRing(
        hPhone: HPHONE,
        dwRingMode: DWORD,
        dwVolume: DWORD,
    ) -> LONG {
        phone(|| Ok(runtime().phone_set_ring(hPhone, dwRingMode, dwVolume)? as LONG))
    }
}

/// `phoneGetVolume` (`gain` false) and `phoneGetGain`.
fn get_level(hphone: HPHONE, dev: DWORD, out: LPDWORD, gain: bool) -> Result<LONG> {
    runtime().phone(hphone)?;
    let i = runtime().phone_hookswitch(hphone, dev)?;
    let s = status_for(hphone, out)?;
    let level = if gain {
        s.device.gain[i]
    } else {
        s.device.volume[i]
    };
    // SAFETY: checked by status_for.
    unsafe { write_out(out, level) }?;
    Ok(0)
}

ffi_fn! {
    /// The volume (0 to 0xFFFF) of hookswitch device `dwHookSwitchDev` (one
    /// `PHONEHOOKSWITCHDEV_*` the phone has) of the open phone `hPhone`.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALHOOKSWITCHDEV`, `PHONEERR_INVALPOINTER`.
    unsafe fn phoneGetVolume(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        lpdwVolume: LPDWORD,
    ) -> LONG {
        phone(|| get_level(hPhone, dwHookSwitchDev, lpdwVolume, false))
    }
}

ffi_fn! {
    /// The gain (0 to 0xFFFF) of hookswitch device `dwHookSwitchDev` (one
    /// `PHONEHOOKSWITCHDEV_*` the phone has) of the open phone `hPhone`.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALHOOKSWITCHDEV`, `PHONEERR_INVALPOINTER`.
    unsafe fn phoneGetGain(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        lpdwGain: LPDWORD,
    ) -> LONG {
        phone(|| get_level(hPhone, dwHookSwitchDev, lpdwGain, true))
    }
}

ffi_fn! {
    /// Sets the volume of hookswitch device `dwHookSwitchDev` (one `PHONEHOOKSWITCHDEV_*`
    /// the phone has) of the open phone `hPhone` to `dwVolume` (0 to 0xFFFF; more is
    /// taken as 0xFFFF, as the reference says). The application must own the phone.
    /// Completes asynchronously with `PHONE_REPLY`, then `PHONE_STATE`
    /// `PHONESTATE_HANDSETVOLUME` (or `SPEAKER`, `HEADSET`) if it changed.
    ///
    /// Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
    /// `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALHOOKSWITCHDEV`.
    fn phoneSetVolume(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        dwVolume: DWORD,
    ) -> LONG {
        phone(|| Ok(runtime().phone_set_level(hPhone, dwHookSwitchDev, dwVolume, false)? as LONG))
    }
}

ffi_fn! {
    /// Sets the gain of hookswitch device `dwHookSwitchDev` (one `PHONEHOOKSWITCHDEV_*`
    /// the phone has) of the open phone `hPhone` to `dwGain` (0 to 0xFFFF; more is taken
    /// as 0xFFFF). The application must own the phone. Completes asynchronously with
    /// `PHONE_REPLY`, then `PHONE_STATE` `PHONESTATE_HANDSETGAIN` (or `SPEAKER`,
    /// `HEADSET`) if it changed.
    ///
    /// Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
    /// `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALHOOKSWITCHDEV`.
    fn phoneSetGain(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        dwGain: DWORD,
    ) -> LONG {
        phone(|| Ok(runtime().phone_set_level(hPhone, dwHookSwitchDev, dwGain, true)? as LONG))
    }
}

ffi_fn! {
    /// Writes the `dwSize` characters at `lpsDisplay` to the display of the open phone
    /// `hPhone` from row `dwRow`, column `dwColumn` on (continuing on the next rows; what
    /// falls past the end of the display is dropped). The application must own the
    /// phone. Completes asynchronously with `PHONE_REPLY`, then `PHONE_STATE`
    /// `PHONESTATE_DISPLAY` if the display changed.
    ///
    /// Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
    /// `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALPOINTER`,
    /// `PHONEERR_INVALPARAM` (a row or column outside the display, or a phone without
    /// one).
    unsafe fn phoneSetDisplay(
        hPhone: HPHONE,
        dwRow: DWORD,
        dwColumn: DWORD,
        lpsDisplay: LPCSTR,
        dwSize: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            let text = if dwSize == 0 {
                Vec::new()
            } else {
                check_ptr(lpsDisplay, dwSize as usize)?;
                // SAFETY: the caller provides dwSize bytes at lpsDisplay.
                unsafe { std::slice::from_raw_parts(lpsDisplay.cast::<u8>(), dwSize as usize) }
                    .to_vec()
            };
            let id = runtime().phone_set_display(hPhone, dwRow, dwColumn, text)?;
            Ok(id as LONG)
        })
    }
}

ffi_fn! {
    /// Chooses the changes of the open phone `hPhone` the application hears of through
    /// `PHONE_STATE` (none by default): any of `PHONECAPS.dwPhoneStates` (`OWNER`,
    /// `MONITORS`, `DISPLAY`, `RINGMODE`, `RINGVOLUME`, and the hookswitch, volume and
    /// gain of each hookswitch device the phone has). `dwButtonModes` and
    /// `dwButtonStates` (`PHONEBUTTONMODE_*`, `PHONEBUTTONSTATE_*`) are kept and reported
    /// by `phoneGetStatusMessages`; the simulated phones have no buttons, so no
    /// `PHONE_BUTTON` comes.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALPHONESTATE`, `PHONEERR_INVALBUTTONMODE`,
    /// `PHONEERR_INVALBUTTONSTATE`.
    fn phoneSetStatusMessages(
        hPhone: HPHONE,
        dwPhoneStates: DWORD,
        dwButtonModes: DWORD,
        dwButtonStates: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone_set_status_messages(
                hPhone,
                dwPhoneStates,
                dwButtonModes,
                dwButtonStates,
            )?;
            Ok(0)
        })
    }
}

ffi_fn! {
    /// The changes `phoneSetStatusMessages` chose for `hPhone`.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALPOINTER`.
    unsafe fn phoneGetStatusMessages(
        hPhone: HPHONE,
        lpdwPhoneStates: LPDWORD,
        lpdwButtonModes: LPDWORD,
        lpdwButtonStates: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            check_ptr(lpdwPhoneStates, 4)?;
            check_ptr(lpdwButtonModes, 4)?;
            check_ptr(lpdwButtonStates, 4)?;
            let (states, modes, bstates) = runtime().phone_status_messages(hPhone)?;
            // SAFETY: the three pointers were checked above.
            unsafe {
                write_out(lpdwPhoneStates, states)?;
                write_out(lpdwButtonModes, modes)?;
                write_out(lpdwButtonStates, bstates)?;
            }
            Ok(0)
        })
    }
}
