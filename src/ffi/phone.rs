//! The phone functions about applications and devices: `phoneInitialize(Ex)`,
//! `phoneShutdown`, `phoneGetMessage`, `phoneNegotiateAPIVersion`, `phoneGetDevCaps`,
//! `phoneOpen`, `phoneClose`, `phoneGetID`, and the honest answers for what the simulated
//! phones lack (buttons, lamps, data areas, icons, configuration dialogs). The phone
//! devices are the ones a scenario defines (`[[phone]]`); without one there are none,
//! and everything about a device answers as Windows does for a bad device ID.
//! The status, the getters and the setters are in `phone_status.rs`.

use std::mem::offset_of;

use super::app::{callback_delivery, initialize, initialize_ex, negotiated};
use super::ptr::{caller_struct, check_ptr, write_out};
use super::varstruct::{varstring, VarOut};
use super::{ffi_fn, Strings};
use crate::core::phone::{phone_features, phone_states, HOOKSWITCH_MODES};
use crate::core::Result;
use crate::runtime;
use tapi32_defs::*;

/// Runs a phone function's body, giving its `LINEERR_` errors their `PHONEERR_` twins.
pub(super) fn phone(body: impl FnOnce() -> Result<LONG>) -> Result<LONG> {
    Ok(match body() {
        Ok(v) => v,
        Err(e) => phone_error(e) as LONG,
    })
}

/// The `PHONEERR_` code of an error: the `PHONE_` variants are theirs already, the
/// `LINEERR_` codes have twins.
fn phone_error(e: LineError) -> DWORD {
    match e {
        LineError::BADDEVICEID => PHONEERR_BADDEVICEID,
        LineError::INCOMPATIBLEAPIVERSION => PHONEERR_INCOMPATIBLEAPIVERSION,
        LineError::INCOMPATIBLEEXTVERSION => PHONEERR_INCOMPATIBLEEXTVERSION,
        LineError::INVALAPPHANDLE => PHONEERR_INVALAPPHANDLE,
        LineError::INVALDEVICECLASS => PHONEERR_INVALDEVICECLASS,
        LineError::INVALPARAM => PHONEERR_INVALPARAM,
        LineError::INVALPOINTER => PHONEERR_INVALPOINTER,
        LineError::NODRIVER => PHONEERR_NODRIVER,
        LineError::NOMEM => PHONEERR_NOMEM,
        LineError::NOTOWNER => PHONEERR_NOTOWNER,
        LineError::OPERATIONUNAVAIL => PHONEERR_OPERATIONUNAVAIL,
        LineError::RESOURCEUNAVAIL => PHONEERR_RESOURCEUNAVAIL,
        LineError::STRUCTURETOOSMALL => PHONEERR_STRUCTURETOOSMALL,
        LineError::UNINITIALIZED => PHONEERR_UNINITIALIZED,
        e if e as u32 & 0xF000_0000 == 0x9000_0000 => e as u32,
        _ => PHONEERR_OPERATIONFAILED,
    }
}

/// The fixed size of `PHONECAPS` for API `version`.
pub(crate) fn phonecaps_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(PHONECAPS, dwDeviceClassesSize),
        0x0002_0000..=0x0002_0001 => offset_of!(PHONECAPS, PermanentPhoneGuid),
        _ => size_of::<PHONECAPS>(),
    }
}

ffi_fn! {
    /// Closes an open phone: the `HPHONE` becomes invalid before this returns, its queued
    /// messages and outstanding replies are discarded, and the device's other opens that
    /// asked for it hear `PHONESTATE_OWNER` or `PHONESTATE_MONITORS` (dwParam2 the new
    /// count).
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` (unknown or
    /// closed).
    fn phoneClose(
        hPhone: HPHONE,
    ) -> LONG {
        phone(|| {
            runtime().phone_close(hPhone)?;
            Ok(0)
        })
    }
}

ffi_fn! {
    /// No configuration dialogs on Linux: once the device ID is valid, answers
    /// `PHONEERR_OPERATIONUNAVAIL`.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application), `PHONEERR_BADDEVICEID`
    /// or `PHONEERR_OPERATIONUNAVAIL`.
    unsafe fn [ansi phoneConfigDialog, ansi phoneConfigDialogA, wide phoneConfigDialogW](
        dwDeviceID: DWORD,
        hwndOwner: HWND,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().check_phone_initialized()?;
            runtime().phone_device_exists(dwDeviceID)?;
            Err(LineError::OPERATIONUNAVAIL)
        })
    }
}

ffi_fn! {
    /// The simulated phones have no device-specific features: once `hPhone` is valid,
    /// answers `PHONEERR_OPERATIONUNAVAIL`.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
    /// `PHONEERR_OPERATIONUNAVAIL`.
    unsafe fn phoneDevSpecific(
        hPhone: HPHONE,
        lpParams: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            Err(LineError::OPERATIONUNAVAIL)
        })
    }
}

ffi_fn! {
    /// The simulated phones have no buttons (`PHONECAPS.dwNumButtonLamps` is 0): once
    /// `hPhone` is valid, every button ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
    /// `PHONEERR_INVALBUTTONLAMPID`.
    unsafe fn [ansi phoneGetButtonInfo, ansi phoneGetButtonInfoA, wide phoneGetButtonInfoW](
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpButtonInfo: LPPHONEBUTTONINFO,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().phone(hPhone)?;
            Err(LineError::PHONE_INVALBUTTONLAMPID)
        })
    }
}

ffi_fn! {
    /// The simulated phones have no buttons (`PHONECAPS.dwNumButtonLamps` is 0): once
    /// `hPhone` is valid, every button ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
    /// `PHONEERR_INVALBUTTONLAMPID`.
    unsafe fn [ansi phoneSetButtonInfo, ansi phoneSetButtonInfoA, wide phoneSetButtonInfoW](
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpButtonInfo: LPPHONEBUTTONINFO,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().phone(hPhone)?;
            Err(LineError::PHONE_INVALBUTTONLAMPID)
        })
    }
}

ffi_fn! {
    /// The simulated phones have no lamps: once `hPhone` is valid, every lamp ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
    /// `PHONEERR_INVALBUTTONLAMPID`.
    unsafe fn phoneGetLamp(
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpdwLampMode: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            Err(LineError::PHONE_INVALBUTTONLAMPID)
        })
    }
}

ffi_fn! {
    /// The simulated phones have no lamps: once `hPhone` is valid, every lamp ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
    /// `PHONEERR_INVALBUTTONLAMPID`.
    fn phoneSetLamp(
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        dwLampMode: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            Err(LineError::PHONE_INVALBUTTONLAMPID)
        })
    }
}

ffi_fn! {
    /// The simulated phones have no data areas (`PHONECAPS.dwNumGetData` is 0): once
    /// `hPhone` is valid, every data ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
    /// `PHONEERR_INVALDATAID`.
    unsafe fn phoneGetData(
        hPhone: HPHONE,
        dwDataID: DWORD,
        lpData: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            Err(LineError::PHONE_INVALDATAID)
        })
    }
}

ffi_fn! {
    /// The simulated phones have no data areas (`PHONECAPS.dwNumSetData` is 0): once
    /// `hPhone` is valid, every data ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
    /// `PHONEERR_INVALDATAID`.
    unsafe fn phoneSetData(
        hPhone: HPHONE,
        dwDataID: DWORD,
        lpData: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone(hPhone)?;
            Err(LineError::PHONE_INVALDATAID)
        })
    }
}

ffi_fn! {
    /// The simulated phones have no icons: once the device ID is valid, answers
    /// `PHONEERR_OPERATIONUNAVAIL`.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application), `PHONEERR_BADDEVICEID`
    /// or `PHONEERR_OPERATIONUNAVAIL`.
    unsafe fn [ansi phoneGetIcon, ansi phoneGetIconA, wide phoneGetIconW](
        dwDeviceID: DWORD,
        lpszDeviceClass: LPCTSTR,
        lphIcon: LPHICON,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().check_phone_initialized()?;
            runtime().phone_device_exists(dwDeviceID)?;
            Err(LineError::OPERATIONUNAVAIL)
        })
    }
}

unsafe fn get_dev_caps(
    happ: HPHONEAPP,
    device: DWORD,
    version: DWORD,
    ext: DWORD,
    caps: LPPHONECAPS,
    strings: Strings,
) -> Result<LONG> {
    let info = runtime().phone_caps(happ, device, version, ext)?;
    // SAFETY: the caller provides dwTotalSize bytes at `caps`.
    let buf = unsafe { caller_struct(caps) }?;
    let fixed = phonecaps_fixed_size(version);
    if buf.len() < fixed {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    let devs = info.hookswitch_devs;
    let modes = |d: DWORD| if devs & d != 0 { HOOKSWITCH_MODES } else { 0 };
    let guid = GUID {
        Data1: info.permanent_id,
        ..Default::default()
    };
    let image = PHONECAPS {
        dwPermanentPhoneID: info.permanent_id,
        dwStringFormat: strings.format(),
        dwPhoneStates: phone_states(devs),
        dwHookSwitchDevs: devs,
        dwHandsetHookSwitchModes: modes(PHONEHOOKSWITCHDEV_HANDSET),
        dwSpeakerHookSwitchModes: modes(PHONEHOOKSWITCHDEV_SPEAKER),
        dwHeadsetHookSwitchModes: modes(PHONEHOOKSWITCHDEV_HEADSET),
        dwVolumeFlags: devs,
        dwGainFlags: devs,
        dwDisplayNumRows: info.display_rows,
        dwDisplayNumColumns: info.display_columns,
        dwNumRingModes: info.ring_modes,
        dwPhoneFeatures: phone_features(&info),
        dwSettableHandsetHookSwitchModes: modes(PHONEHOOKSWITCHDEV_HANDSET),
        dwSettableSpeakerHookSwitchModes: modes(PHONEHOOKSWITCHDEV_SPEAKER),
        dwSettableHeadsetHookSwitchModes: modes(PHONEHOOKSWITCHDEV_HEADSET),
        dwMonitoredHandsetHookSwitchModes: modes(PHONEHOOKSWITCHDEV_HANDSET),
        dwMonitoredSpeakerHookSwitchModes: modes(PHONEHOOKSWITCHDEV_SPEAKER),
        dwMonitoredHeadsetHookSwitchModes: modes(PHONEHOOKSWITCHDEV_HEADSET),
        PermanentPhoneGuid: guid,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, fixed);
    v.text(
        offset_of!(PHONECAPS, dwProviderInfoSize),
        Some(&info.provider_info),
        strings,
    );
    v.text(
        offset_of!(PHONECAPS, dwPhoneInfoSize),
        Some(&info.phone_info),
        strings,
    );
    v.text(
        offset_of!(PHONECAPS, dwPhoneNameSize),
        Some(&info.name),
        strings,
    );
    let mut classes = strings.encode("tapi/phone");
    if info.line.is_some() {
        classes.extend(strings.encode("tapi/line"));
    }
    classes.extend(strings.encode(""));
    v.bytes(offset_of!(PHONECAPS, dwDeviceClassesSize), &classes);
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// The capabilities of phone device `dwDeviceID` (single-byte strings; the TAPI 1.x
    /// name): `PhoneName`, `ProviderInfo`, `PhoneInfo` (which line it sits beside),
    /// `dwPermanentPhoneID`, `dwHookSwitchDevs` with the hookswitch modes each takes
    /// (ONHOOK, MIC, SPEAKER, MICSPEAKER, all settable and monitored), volume and gain for
    /// every hookswitch device, `dwNumRingModes`, the display size, `dwPhoneStates` (the
    /// `PHONE_STATE` changes reported), no buttons, lamps or data areas, from 2.0
    /// `DeviceClasses` (`"tapi/phone"`, and `"tapi/line"` when it sits beside a line) and
    /// `dwPhoneFeatures`. `dwTotalSize` must be at least the fixed size of `dwAPIVersion`
    /// (144 bytes before 2.0, 180 for 2.0 and 2.1, 196 from 2.2); variable fields are
    /// written whole or not at all.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
    /// `PHONEERR_BADDEVICEID`, `PHONEERR_INCOMPATIBLEAPIVERSION`,
    /// `PHONEERR_INCOMPATIBLEEXTVERSION`, `PHONEERR_INVALPOINTER`,
    /// `PHONEERR_STRUCTURETOOSMALL`.
    unsafe fn [ansi phoneGetDevCaps, ansi phoneGetDevCapsA, wide phoneGetDevCapsW](
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        dwExtVersion: DWORD,
        lpPhoneCaps: LPPHONECAPS,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        phone(|| unsafe {
            get_dev_caps(hPhoneApp, dwDeviceID, dwAPIVersion, dwExtVersion, lpPhoneCaps, strings)
        })
    }
}

ffi_fn! {
    /// The device ID of a device class associated with the open phone `hPhone`, as a
    /// `DWORD` in a `VARSTRING` (`STRINGFORMAT_BINARY`): `"tapi/phone"` the phone device,
    /// `"tapi/line"` the line device it sits beside (`PHONEERR_INVALDEVICECLASS` when it
    /// has none); any other class `PHONEERR_INVALDEVICECLASS`.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
    /// `PHONEERR_INVALPOINTER`, `PHONEERR_STRUCTURETOOSMALL`, `PHONEERR_INVALDEVICECLASS`.
    unsafe fn [ansi phoneGetID, ansi phoneGetIDA, wide phoneGetIDW](
        hPhone: HPHONE,
        lpDeviceID: LPVARSTRING,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        phone(|| {
            let p = runtime().phone(hPhone)?;
            check_ptr(lpszDeviceClass, 1)?;
            // SAFETY: a NUL-terminated string of this encoding, per the API contract.
            let class = unsafe { strings.read(lpszDeviceClass.cast()) }?.unwrap_or_default();
            // SAFETY: the caller provides dwTotalSize bytes at `lpDeviceID`.
            let buf = unsafe { caller_struct(lpDeviceID) }?;
            if buf.len() < size_of::<VARSTRING>() {
                return Err(LineError::STRUCTURETOOSMALL);
            }
            let id = if class.eq_ignore_ascii_case("tapi/phone") {
                p.device
            } else if class.eq_ignore_ascii_case("tapi/line") {
                runtime().phone_info(hPhone)?.line.ok_or(LineError::INVALDEVICECLASS)?
            } else {
                return Err(LineError::INVALDEVICECLASS);
            };
            varstring(buf, STRINGFORMAT_BINARY, &id.to_ne_bytes());
            Ok(0)
        })
    }
}

ffi_fn! {
    /// Takes the next message of a phone application initialized with
    /// `PHONEINITIALIZEEXOPTION_USEEVENT`, waiting up to `dwTimeout` milliseconds. Messages are
    /// `PHONE_STATE` and `PHONE_REPLY` about the application's open phones.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
    /// `PHONEERR_INVALPOINTER`, `PHONEERR_OPERATIONFAILED` (timeout).
    unsafe fn phoneGetMessage(
        hPhoneApp: HPHONEAPP,
        lpMessage: LPPHONEMESSAGE,
        dwTimeout: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone_app(hPhoneApp)?;
            check_ptr(lpMessage, size_of::<PHONEMESSAGE>())?;
            let m = runtime().phone_get_message(hPhoneApp, super::timeout(dwTimeout))?;
            let out = PHONEMESSAGE {
                hDevice: m.device,
                dwMessageID: m.id,
                dwCallbackInstance: m.instance,
                dwParam1: m.p1,
                dwParam2: m.p2,
                dwParam3: m.p3,
            };
            // SAFETY: checked above.
            unsafe { write_out(lpMessage, out) }?;
            Ok(0)
        })
    }
}

ffi_fn! {
    /// Initializes a TAPI 1.x phone application whose messages go to `lpfnCallback`
    /// (delivered as a line application's are: in the calling thread's message loop, or
    /// on a dispatcher thread when asked for). `*lpdwNumDevs` is the number of phone
    /// devices (the scenario's `[[phone]]` entries; 0 without them).
    ///
    /// Returns 0, or `PHONEERR_INVALPOINTER` (a NULL pointer or callback),
    /// `PHONEERR_NOMEM`, `PHONEERR_NODRIVER` (an unusable scenario).
    unsafe fn phoneInitialize(
        lphPhoneApp: LPHPHONEAPP,
        hInstance: HINSTANCE,
        lpfnCallback: PHONECALLBACK,
        lpszAppName: LPCSTR,
        lpdwNumDevs: LPDWORD,
    ) -> LONG {
        let _ = hInstance;
        phone(|| {
            check_ptr(lphPhoneApp, 4)?;
            check_ptr(lpdwNumDevs, 4)?;
            // SAFETY: NULL or a NUL-terminated string, per the API contract.
            let name = unsafe { Strings::Ansi.read(lpszAppName.cast()) }?;
            let done = initialize(name, true, callback_delivery(lpfnCallback)?)?;
            // SAFETY: both pointers were checked above.
            unsafe {
                write_out(lphPhoneApp, done.happ)?;
                write_out(lpdwNumDevs, done.num_devs)?;
            }
            Ok(0)
        })
    }
}

ffi_fn! {
    /// Initializes a TAPI 2.x phone application, as `lineInitializeEx` initializes a line
    /// application (`PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW` with a callback, or
    /// `_USEEVENT`: `Handles.hEvent` and `phoneGetMessage`). `*lpdwNumDevs` is the number of
    /// phone devices (the scenario's `[[phone]]` entries; 0 without them).
    ///
    /// Returns 0, or `PHONEERR_INVALPOINTER`, `PHONEERR_STRUCTURETOOSMALL`,
    /// `PHONEERR_INCOMPATIBLEAPIVERSION`, `PHONEERR_INVALPARAM` (unknown option),
    /// `PHONEERR_OPERATIONUNAVAIL` (completion ports), `PHONEERR_NOMEM`, `PHONEERR_NODRIVER`.
    unsafe fn [ansi phoneInitializeExA, wide phoneInitializeExW](
        lphPhoneApp: LPHPHONEAPP,
        hInstance: HINSTANCE,
        lpfnCallback: PHONECALLBACK,
        lpszFriendlyAppName: LPCTSTR,
        lpdwNumDevs: LPDWORD,
        lpdwAPIVersion: LPDWORD,
        lpPhoneInitializeExParams: LPPHONEINITIALIZEEXPARAMS,
    ) -> LONG |strings| {
        let _ = hInstance;
        phone(|| {
            // SAFETY: NULL or a NUL-terminated string of this encoding, per the API contract.
            let name = unsafe { strings.read(lpszFriendlyAppName.cast()) }?;
            // SAFETY: forwarded API contract; PHONEINITIALIZEEXPARAMS has the layout and the
            // option values of LINEINITIALIZEEXPARAMS (PHONECALLBACK is LINECALLBACK's type).
            unsafe {
                initialize_ex(
                    true,
                    lphPhoneApp,
                    lpfnCallback,
                    name,
                    lpdwNumDevs,
                    lpdwAPIVersion,
                    lpPhoneInitializeExParams.cast(),
                )
            }
        })
    }
}

ffi_fn! {
    /// The highest API version in `dwAPILowVersion..=dwAPIHighVersion` the library
    /// supports for phone device `dwDeviceID` (1.3 to 3.1); `*lpExtensionID` is zeroed
    /// (no extensions).
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
    /// `PHONEERR_BADDEVICEID`, `PHONEERR_INCOMPATIBLEAPIVERSION`, `PHONEERR_INVALPOINTER`.
    unsafe fn phoneNegotiateAPIVersion(
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        dwAPILowVersion: DWORD,
        dwAPIHighVersion: DWORD,
        lpdwAPIVersion: LPDWORD,
        lpExtensionID: LPPHONEEXTENSIONID,
    ) -> LONG {
        phone(|| {
            runtime().phone_app(hPhoneApp)?;
            // SAFETY: forwarded API contract.
            unsafe {
                negotiated(lpdwAPIVersion, lpExtensionID, || {
                    runtime().phone_negotiate_api_version(
                        hPhoneApp,
                        dwDeviceID,
                        dwAPILowVersion,
                        dwAPIHighVersion,
                    )
                })
            }
        })
    }
}

ffi_fn! {
    /// The simulated phones have no extensions: once the application and the device ID
    /// are valid, answers `PHONEERR_OPERATIONUNAVAIL`.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
    /// `PHONEERR_BADDEVICEID` or `PHONEERR_OPERATIONUNAVAIL`.
    unsafe fn phoneNegotiateExtVersion(
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        dwExtLowVersion: DWORD,
        dwExtHighVersion: DWORD,
        lpdwExtVersion: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone_negotiate_ext_version(hPhoneApp, dwDeviceID)?;
            Ok(0)
        })
    }
}

ffi_fn! {
    /// Opens phone device `dwDeviceID` with `dwPrivilege` `PHONEPRIVILEGE_OWNER` (may use
    /// the setters) or `PHONEPRIVILEGE_MONITOR`; any number of applications may open it
    /// either way. Messages about the phone carry `dwCallbackInstance`. The device's other
    /// opens that asked for it hear `PHONESTATE_OWNER` or `PHONESTATE_MONITORS` (dwParam2
    /// the new count).
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
    /// `PHONEERR_BADDEVICEID`, `PHONEERR_INCOMPATIBLEAPIVERSION`,
    /// `PHONEERR_INCOMPATIBLEEXTVERSION`, `PHONEERR_INVALPRIVILEGE`,
    /// `PHONEERR_INVALPOINTER`, `PHONEERR_NOMEM`.
    unsafe fn phoneOpen(
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        lphPhone: LPHPHONE,
        dwAPIVersion: DWORD,
        dwExtVersion: DWORD,
        dwCallbackInstance: DWORD_PTR,
        dwPrivilege: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone_app(hPhoneApp)?;
            check_ptr(lphPhone, 4)?;
            let h = runtime().phone_open(
                hPhoneApp,
                dwDeviceID,
                dwAPIVersion,
                dwExtVersion,
                dwCallbackInstance,
                dwPrivilege,
            )?;
            // SAFETY: checked above.
            unsafe { write_out(lphPhone, h) }?;
            Ok(0)
        })
    }
}

ffi_fn! {
    /// Ends a phone application: closes its phones (as `phoneClose`), invalidates the
    /// `HPHONEAPP`, discards its messages and wakes a `phoneGetMessage` waiting on it.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`.
    fn phoneShutdown(
        hPhoneApp: HPHONEAPP,
    ) -> LONG {
        phone(|| {
            runtime().phone_shutdown(hPhoneApp)?;
            super::pump::release(hPhoneApp);
            Ok(0)
        })
    }
}
