//! The phone functions. The simulated provider has no phone devices: phone applications
//! initialize (`phoneInitialize(Ex)`, with 0 devices), shut down and wait for messages
//! as line applications do, and everything about a device answers as Windows does for a
//! bad device ID or phone handle. Never success while doing nothing.

use super::app::{callback_delivery, initialize, initialize_ex};
use super::ptr::{check_ptr, write_out};
use super::{ffi_fn, Strings};
use crate::core::Result;
use crate::runtime;
use tapi32_defs::*;

/// Runs a phone function's body, giving its `LINEERR_` errors their `PHONEERR_` twins.
fn phone(body: impl FnOnce() -> Result<LONG>) -> Result<LONG> {
    Ok(match body() {
        Ok(v) => v,
        Err(e) => phone_error(e) as LONG,
    })
}

/// The `PHONEERR_` code of a `LINEERR_` code.
fn phone_error(e: LineError) -> DWORD {
    match e {
        LineError::BADDEVICEID => PHONEERR_BADDEVICEID,
        LineError::INCOMPATIBLEAPIVERSION => PHONEERR_INCOMPATIBLEAPIVERSION,
        LineError::INVALAPPHANDLE => PHONEERR_INVALAPPHANDLE,
        LineError::INVALPARAM => PHONEERR_INVALPARAM,
        LineError::INVALPOINTER => PHONEERR_INVALPOINTER,
        LineError::NODRIVER => PHONEERR_NODRIVER,
        LineError::NOMEM => PHONEERR_NOMEM,
        LineError::OPERATIONUNAVAIL => PHONEERR_OPERATIONUNAVAIL,
        LineError::STRUCTURETOOSMALL => PHONEERR_STRUCTURETOOSMALL,
        LineError::UNINITIALIZED => PHONEERR_UNINITIALIZED,
        _ => PHONEERR_OPERATIONFAILED,
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    fn phoneClose(
        hPhone: HPHONE,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices: every device ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or `PHONEERR_BADDEVICEID`.
    unsafe fn [ansi phoneConfigDialog, ansi phoneConfigDialogA, wide phoneConfigDialogW](
        dwDeviceID: DWORD,
        hwndOwner: HWND,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().check_phone_initialized()?;
            Err(LineError::BADDEVICEID)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneDevSpecific(
        hPhone: HPHONE,
        lpParams: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn [ansi phoneGetButtonInfo, ansi phoneGetButtonInfoA, wide phoneGetButtonInfoW](
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpButtonInfo: LPPHONEBUTTONINFO,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneGetData(
        hPhone: HPHONE,
        dwDataID: DWORD,
        lpData: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices: once `hPhoneApp` is valid, every
    /// device ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE` or
    /// `PHONEERR_BADDEVICEID`.
    unsafe fn [ansi phoneGetDevCaps, ansi phoneGetDevCapsA, wide phoneGetDevCapsW](
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        dwExtVersion: DWORD,
        lpPhoneCaps: LPPHONECAPS,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().phone_app(hPhoneApp)?;
            Err(LineError::BADDEVICEID)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneGetDisplay(
        hPhone: HPHONE,
        lpDisplay: LPVARSTRING,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneGetGain(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        lpdwGain: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneGetHookSwitch(
        hPhone: HPHONE,
        lpdwHookSwitchDevs: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn [ansi phoneGetID, ansi phoneGetIDA, wide phoneGetIDW](
        hPhone: HPHONE,
        lpDeviceID: LPVARSTRING,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices: every device ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or `PHONEERR_BADDEVICEID`.
    unsafe fn [ansi phoneGetIcon, ansi phoneGetIconA, wide phoneGetIconW](
        dwDeviceID: DWORD,
        lpszDeviceClass: LPCTSTR,
        lphIcon: LPHICON,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().check_phone_initialized()?;
            Err(LineError::BADDEVICEID)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneGetLamp(
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpdwLampMode: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// Takes the next message of a phone application initialized with
    /// `PHONEINITIALIZEEXOPTION_USEEVENT`, waiting up to `dwTimeout` milliseconds. With no
    /// phone devices no message ever comes: it times out.
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
            let timeout = (dwTimeout != 0xFFFF_FFFF)
                .then(|| std::time::Duration::from_millis(dwTimeout.into()));
            let m = runtime().phone_get_message(hPhoneApp, timeout)?;
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
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneGetRing(
        hPhone: HPHONE,
        lpdwRingMode: LPDWORD,
        lpdwVolume: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn [ansi phoneGetStatus, ansi phoneGetStatusA, wide phoneGetStatusW](
        hPhone: HPHONE,
        lpPhoneStatus: LPPHONESTATUS,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneGetStatusMessages(
        hPhone: HPHONE,
        lpdwPhoneStates: LPDWORD,
        lpdwButtonModes: LPDWORD,
        lpdwButtonStates: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneGetVolume(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        lpdwVolume: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// Initializes a TAPI 1.x phone application whose messages go to `lpfnCallback`
    /// (delivered as a line application's are: in the calling thread's message loop, or
    /// on a dispatcher thread when asked for). The simulated provider has no phone
    /// devices: `*lpdwNumDevs` is 0.
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
    /// `_USEEVENT`: `Handles.hEvent` and `phoneGetMessage`). The simulated provider has no
    /// phone devices: `*lpdwNumDevs` is 0.
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
    /// The simulated provider has no phone devices: once `hPhoneApp` is valid, every
    /// device ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE` or
    /// `PHONEERR_BADDEVICEID`.
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
            Err(LineError::BADDEVICEID)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices: once `hPhoneApp` is valid, every
    /// device ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE` or
    /// `PHONEERR_BADDEVICEID`.
    unsafe fn phoneNegotiateExtVersion(
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        dwExtLowVersion: DWORD,
        dwExtHighVersion: DWORD,
        lpdwExtVersion: LPDWORD,
    ) -> LONG {
        phone(|| {
            runtime().phone_app(hPhoneApp)?;
            Err(LineError::BADDEVICEID)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices: once `hPhoneApp` is valid, every
    /// device ID is bad.
    ///
    /// Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE` or
    /// `PHONEERR_BADDEVICEID`.
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
            Err(LineError::BADDEVICEID)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn [ansi phoneSetButtonInfo, ansi phoneSetButtonInfoA, wide phoneSetButtonInfoW](
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpButtonInfo: LPPHONEBUTTONINFO,
    ) -> LONG |strings| {
        let _ = strings;
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneSetData(
        hPhone: HPHONE,
        dwDataID: DWORD,
        lpData: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    unsafe fn phoneSetDisplay(
        hPhone: HPHONE,
        dwRow: DWORD,
        dwColumn: DWORD,
        lpsDisplay: LPCSTR,
        dwSize: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    fn phoneSetGain(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        dwGain: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    fn phoneSetHookSwitch(
        hPhone: HPHONE,
        dwHookSwitchDevs: DWORD,
        dwHookSwitchMode: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    fn phoneSetLamp(
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        dwLampMode: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    fn phoneSetRing(
        hPhone: HPHONE,
        dwRingMode: DWORD,
        dwVolume: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    fn phoneSetStatusMessages(
        hPhone: HPHONE,
        dwPhoneStates: DWORD,
        dwButtonModes: DWORD,
        dwButtonStates: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// The simulated provider has no phone devices, so no phone can be open: every
    /// `HPHONE` is invalid.
    ///
    /// Returns `PHONEERR_UNINITIALIZED` (no phone application) or
    /// `PHONEERR_INVALPHONEHANDLE`.
    fn phoneSetVolume(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        dwVolume: DWORD,
    ) -> LONG {
        phone(|| {
            runtime().check_phone_initialized()?;
            Ok(PHONEERR_INVALPHONEHANDLE as LONG)
        })
    }
}

ffi_fn! {
    /// Ends a phone application: invalidates the `HPHONEAPP`, discards its messages and
    /// wakes a `phoneGetMessage` waiting on it.
    ///
    /// Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`.
    fn phoneShutdown(
        hPhoneApp: HPHONEAPP,
    ) -> LONG {
        phone(|| {
            runtime().phone_shutdown(hPhoneApp)?;
            Ok(0)
        })
    }
}
