//! The phone functions: the simulated provider has no phone devices, and phone
//! applications cannot be initialized yet (`phoneInitialize(Ex)` gives
//! `PHONEERR_NODRIVER`), so every other phone function gives `PHONEERR_UNINITIALIZED`,
//! as Windows does when no phone application is initialized. Never success. The README
//! lists them.

use super::ffi_fn;
use tapi32_defs::*;

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    fn phoneClose(
        hPhone: HPHONE,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn [ansi phoneConfigDialog, ansi phoneConfigDialogA, wide phoneConfigDialogW](
        dwDeviceID: DWORD,
        hwndOwner: HWND,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneDevSpecific(
        hPhone: HPHONE,
        lpParams: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn [ansi phoneGetButtonInfo, ansi phoneGetButtonInfoA, wide phoneGetButtonInfoW](
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpButtonInfo: LPPHONEBUTTONINFO,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetData(
        hPhone: HPHONE,
        dwDataID: DWORD,
        lpData: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn [ansi phoneGetDevCaps, ansi phoneGetDevCapsA, wide phoneGetDevCapsW](
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        dwExtVersion: DWORD,
        lpPhoneCaps: LPPHONECAPS,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetDisplay(
        hPhone: HPHONE,
        lpDisplay: LPVARSTRING,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetGain(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        lpdwGain: LPDWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetHookSwitch(
        hPhone: HPHONE,
        lpdwHookSwitchDevs: LPDWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn [ansi phoneGetID, ansi phoneGetIDA, wide phoneGetIDW](
        hPhone: HPHONE,
        lpDeviceID: LPVARSTRING,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn [ansi phoneGetIcon, ansi phoneGetIconA, wide phoneGetIconW](
        dwDeviceID: DWORD,
        lpszDeviceClass: LPCTSTR,
        lphIcon: LPHICON,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetLamp(
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpdwLampMode: LPDWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetMessage(
        hPhoneApp: HPHONEAPP,
        lpMessage: LPPHONEMESSAGE,
        dwTimeout: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetRing(
        hPhone: HPHONE,
        lpdwRingMode: LPDWORD,
        lpdwVolume: LPDWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn [ansi phoneGetStatus, ansi phoneGetStatusA, wide phoneGetStatusW](
        hPhone: HPHONE,
        lpPhoneStatus: LPPHONESTATUS,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetStatusMessages(
        hPhone: HPHONE,
        lpdwPhoneStates: LPDWORD,
        lpdwButtonModes: LPDWORD,
        lpdwButtonStates: LPDWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneGetVolume(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        lpdwVolume: LPDWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_NODRIVER` (no phone devices: the simulated provider has none; see the README's
    /// table of answers).
    unsafe fn phoneInitialize(
        lphPhoneApp: LPHPHONEAPP,
        hInstance: HINSTANCE,
        lpfnCallback: PHONECALLBACK,
        lpszAppName: LPCSTR,
        lpdwNumDevs: LPDWORD,
    ) -> LONG {
        Ok(PHONEERR_NODRIVER as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_NODRIVER` (no phone devices: the simulated provider has none; see the README's
    /// table of answers).
    unsafe fn [ansi phoneInitializeExA, wide phoneInitializeExW](
        lphPhoneApp: LPHPHONEAPP,
        hInstance: HINSTANCE,
        lpfnCallback: PHONECALLBACK,
        lpszFriendlyAppName: LPCTSTR,
        lpdwNumDevs: LPDWORD,
        lpdwAPIVersion: LPDWORD,
        lpPhoneInitializeExParams: LPPHONEINITIALIZEEXPARAMS,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(PHONEERR_NODRIVER as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneNegotiateAPIVersion(
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        dwAPILowVersion: DWORD,
        dwAPIHighVersion: DWORD,
        lpdwAPIVersion: LPDWORD,
        lpExtensionID: LPPHONEEXTENSIONID,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneNegotiateExtVersion(
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        dwExtLowVersion: DWORD,
        dwExtHighVersion: DWORD,
        lpdwExtVersion: LPDWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneOpen(
        hPhoneApp: HPHONEAPP,
        dwDeviceID: DWORD,
        lphPhone: LPHPHONE,
        dwAPIVersion: DWORD,
        dwExtVersion: DWORD,
        dwCallbackInstance: DWORD_PTR,
        dwPrivilege: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn [ansi phoneSetButtonInfo, ansi phoneSetButtonInfoA, wide phoneSetButtonInfoW](
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        lpButtonInfo: LPPHONEBUTTONINFO,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneSetData(
        hPhone: HPHONE,
        dwDataID: DWORD,
        lpData: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    unsafe fn phoneSetDisplay(
        hPhone: HPHONE,
        dwRow: DWORD,
        dwColumn: DWORD,
        lpsDisplay: LPCSTR,
        dwSize: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    fn phoneSetGain(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        dwGain: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    fn phoneSetHookSwitch(
        hPhone: HPHONE,
        dwHookSwitchDevs: DWORD,
        dwHookSwitchMode: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    fn phoneSetLamp(
        hPhone: HPHONE,
        dwButtonLampID: DWORD,
        dwLampMode: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    fn phoneSetRing(
        hPhone: HPHONE,
        dwRingMode: DWORD,
        dwVolume: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    fn phoneSetStatusMessages(
        hPhone: HPHONE,
        dwPhoneStates: DWORD,
        dwButtonModes: DWORD,
        dwButtonStates: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    fn phoneSetVolume(
        hPhone: HPHONE,
        dwHookSwitchDev: DWORD,
        dwVolume: DWORD,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}

ffi_fn! {
    /// Phone devices are not simulated: returns `PHONEERR_UNINITIALIZED` (no phone application can be initialized; see the README's
    /// table of answers).
    fn phoneShutdown(
        hPhoneApp: HPHONEAPP,
    ) -> LONG {
        Ok(PHONEERR_UNINITIALIZED as LONG)
    }
}
