//! TAPI's handle types, callback type and structures, laid out as the Windows SDK lays
//! them out (`#pragma pack(1)`).
//!
//! Fields added by a later TAPI version carry `#[cfg(not(tapi_pre_vN))]`. Rust never sets
//! those cfgs, so the library always sees the full structure; cbindgen turns them into
//! `#if !defined(TAPI32_PRE_VN)` in `include/tapi.h`, and the header defines those macros
//! from `TAPI_CURRENT_VERSION`, so a C program built for TAPI 1.4 sees the 1.4 layout.
//! The library itself never relies on `sizeof`: it reads and writes the fixed part that
//! the API version negotiated on the line has.

use crate::win32::*;

/// A call handle.
pub type HCALL = DWORD;
/// Pointer to [`HCALL`].
pub type LPHCALL = *mut HCALL;
/// A line handle.
pub type HLINE = DWORD;
/// Pointer to [`HLINE`].
pub type LPHLINE = *mut HLINE;
/// An application's usage handle.
pub type HLINEAPP = DWORD;
/// Pointer to [`HLINEAPP`].
pub type LPHLINEAPP = *mut HLINEAPP;

/// The application's message callback (`LINEINITIALIZEEXOPTION_USEHIDDENWINDOW` and
/// `lineInitialize`). It runs on the thread that initialized the application, inside its
/// message loop, as on Windows (or on a dispatcher thread, when the program asks for
/// one).
pub type LINECALLBACK = Option<
    unsafe extern "system" fn(
        hDevice: DWORD,
        dwMessage: DWORD,
        dwInstance: DWORD_PTR,
        dwParam1: DWORD_PTR,
        dwParam2: DWORD_PTR,
        dwParam3: DWORD_PTR,
    ),
>;

/// Dialing parameters.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEDIALPARAMS {
    pub dwDialPause: DWORD,
    pub dwDialSpeed: DWORD,
    pub dwDigitDuration: DWORD,
    pub dwWaitForDialtone: DWORD,
}
/// Pointer to [`LINEDIALPARAMS`].
pub type LPLINEDIALPARAMS = *mut LINEDIALPARAMS;

/// An extension ID (`lineNegotiateAPIVersion`); this library has no extensions and
/// returns all zeros.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEEXTENSIONID {
    pub dwExtensionID0: DWORD,
    pub dwExtensionID1: DWORD,
    pub dwExtensionID2: DWORD,
    pub dwExtensionID3: DWORD,
}
/// Pointer to [`LINEEXTENSIONID`].
pub type LPLINEEXTENSIONID = *mut LINEEXTENSIONID;

/// One message, as `lineGetMessage` returns it. 40 bytes on 64-bit.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEMESSAGE {
    pub hDevice: DWORD,
    pub dwMessageID: DWORD,
    pub dwCallbackInstance: DWORD_PTR,
    pub dwParam1: DWORD_PTR,
    pub dwParam2: DWORD_PTR,
    pub dwParam3: DWORD_PTR,
}
/// Pointer to [`LINEMESSAGE`].
pub type LPLINEMESSAGE = *mut LINEMESSAGE;

/// The event handle or completion port of [`LINEINITIALIZEEXPARAMS`].
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub union LINEINITIALIZEEXPARAMS_HANDLES {
    /// With `LINEINITIALIZEEXOPTION_USEEVENT`: on Linux, an eventfd file descriptor
    /// (`(int)(intptr_t)Handles.hEvent`), readable while messages may be waiting. The
    /// library owns it and closes it at `lineShutdown`.
    pub hEvent: HANDLE,
    /// Completion ports do not exist on Linux.
    pub hCompletionPort: HANDLE,
}

/// Options for `lineInitializeEx`. 28 bytes on 64-bit (the SDK packs to 1 byte).
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct LINEINITIALIZEEXPARAMS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwOptions: DWORD,
    pub Handles: LINEINITIALIZEEXPARAMS_HANDLES,
    pub dwCompletionKey: DWORD,
}
/// Pointer to [`LINEINITIALIZEEXPARAMS`].
pub type LPLINEINITIALIZEEXPARAMS = *mut LINEINITIALIZEEXPARAMS;

/// Information about a call (`lineGetCallInfo`). Fixed part: 296 bytes for TAPI 1.4, 324 for 2.x, 344 for 3.x.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECALLINFO {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub hLine: HLINE,
    pub dwLineDeviceID: DWORD,
    pub dwAddressID: DWORD,
    pub dwBearerMode: DWORD,
    pub dwRate: DWORD,
    pub dwMediaMode: DWORD,
    pub dwAppSpecific: DWORD,
    pub dwCallID: DWORD,
    pub dwRelatedCallID: DWORD,
    pub dwCallParamFlags: DWORD,
    pub dwCallStates: DWORD,
    pub dwMonitorDigitModes: DWORD,
    pub dwMonitorMediaModes: DWORD,
    pub DialParams: LINEDIALPARAMS,
    pub dwOrigin: DWORD,
    pub dwReason: DWORD,
    pub dwCompletionID: DWORD,
    pub dwNumOwners: DWORD,
    pub dwNumMonitors: DWORD,
    pub dwCountryCode: DWORD,
    pub dwTrunk: DWORD,
    pub dwCallerIDFlags: DWORD,
    pub dwCallerIDSize: DWORD,
    pub dwCallerIDOffset: DWORD,
    pub dwCallerIDNameSize: DWORD,
    pub dwCallerIDNameOffset: DWORD,
    pub dwCalledIDFlags: DWORD,
    pub dwCalledIDSize: DWORD,
    pub dwCalledIDOffset: DWORD,
    pub dwCalledIDNameSize: DWORD,
    pub dwCalledIDNameOffset: DWORD,
    pub dwConnectedIDFlags: DWORD,
    pub dwConnectedIDSize: DWORD,
    pub dwConnectedIDOffset: DWORD,
    pub dwConnectedIDNameSize: DWORD,
    pub dwConnectedIDNameOffset: DWORD,
    pub dwRedirectionIDFlags: DWORD,
    pub dwRedirectionIDSize: DWORD,
    pub dwRedirectionIDOffset: DWORD,
    pub dwRedirectionIDNameSize: DWORD,
    pub dwRedirectionIDNameOffset: DWORD,
    pub dwRedirectingIDFlags: DWORD,
    pub dwRedirectingIDSize: DWORD,
    pub dwRedirectingIDOffset: DWORD,
    pub dwRedirectingIDNameSize: DWORD,
    pub dwRedirectingIDNameOffset: DWORD,
    pub dwAppNameSize: DWORD,
    pub dwAppNameOffset: DWORD,
    pub dwDisplayableAddressSize: DWORD,
    pub dwDisplayableAddressOffset: DWORD,
    pub dwCalledPartySize: DWORD,
    pub dwCalledPartyOffset: DWORD,
    pub dwCommentSize: DWORD,
    pub dwCommentOffset: DWORD,
    pub dwDisplaySize: DWORD,
    pub dwDisplayOffset: DWORD,
    pub dwUserUserInfoSize: DWORD,
    pub dwUserUserInfoOffset: DWORD,
    pub dwHighLevelCompSize: DWORD,
    pub dwHighLevelCompOffset: DWORD,
    pub dwLowLevelCompSize: DWORD,
    pub dwLowLevelCompOffset: DWORD,
    pub dwChargingInfoSize: DWORD,
    pub dwChargingInfoOffset: DWORD,
    pub dwTerminalModesSize: DWORD,
    pub dwTerminalModesOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    // ---- TAPI 2.0 and later ----
    #[cfg(not(tapi_pre_v2))]
    pub dwCallTreatment: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallDataSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallDataOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwSendingFlowspecSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwSendingFlowspecOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwReceivingFlowspecSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwReceivingFlowspecOffset: DWORD,
    // ---- TAPI 3.0 and later ----
    #[cfg(not(tapi_pre_v3))]
    pub dwCallerIDAddressType: DWORD,
    #[cfg(not(tapi_pre_v3))]
    pub dwCalledIDAddressType: DWORD,
    #[cfg(not(tapi_pre_v3))]
    pub dwConnectedIDAddressType: DWORD,
    #[cfg(not(tapi_pre_v3))]
    pub dwRedirectionIDAddressType: DWORD,
    #[cfg(not(tapi_pre_v3))]
    pub dwRedirectingIDAddressType: DWORD,
}
/// Pointer to [`LINECALLINFO`].
pub type LPLINECALLINFO = *mut LINECALLINFO;

/// The status of a call (`lineGetCallStatus`). Fixed part: 36 bytes for TAPI 1.x, 56 from 2.0.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECALLSTATUS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwCallState: DWORD,
    pub dwCallStateMode: DWORD,
    pub dwCallPrivilege: DWORD,
    pub dwCallFeatures: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    // ---- TAPI 2.0 and later ----
    #[cfg(not(tapi_pre_v2))]
    pub dwCallFeatures2: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub tStateEntryTime: SYSTEMTIME,
}
/// Pointer to [`LINECALLSTATUS`].
pub type LPLINECALLSTATUS = *mut LINECALLSTATUS;

/// Parameters for making a call (`lineMakeCall`, `lineOpen` with `LINEMAPPER`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECALLPARAMS {
    pub dwTotalSize: DWORD,
    pub dwBearerMode: DWORD,
    pub dwMinRate: DWORD,
    pub dwMaxRate: DWORD,
    pub dwMediaMode: DWORD,
    pub dwCallParamFlags: DWORD,
    pub dwAddressMode: DWORD,
    pub dwAddressID: DWORD,
    pub DialParams: LINEDIALPARAMS,
    pub dwOrigAddressSize: DWORD,
    pub dwOrigAddressOffset: DWORD,
    pub dwDisplayableAddressSize: DWORD,
    pub dwDisplayableAddressOffset: DWORD,
    pub dwCalledPartySize: DWORD,
    pub dwCalledPartyOffset: DWORD,
    pub dwCommentSize: DWORD,
    pub dwCommentOffset: DWORD,
    pub dwUserUserInfoSize: DWORD,
    pub dwUserUserInfoOffset: DWORD,
    pub dwHighLevelCompSize: DWORD,
    pub dwHighLevelCompOffset: DWORD,
    pub dwLowLevelCompSize: DWORD,
    pub dwLowLevelCompOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    // ---- TAPI 2.0 and later ----
    #[cfg(not(tapi_pre_v2))]
    pub dwPredictiveAutoTransferStates: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwTargetAddressSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwTargetAddressOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwSendingFlowspecSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwSendingFlowspecOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwReceivingFlowspecSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwReceivingFlowspecOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceClassSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceClassOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceConfigSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceConfigOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallDataSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallDataOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwNoAnswerTimeout: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallingPartyIDSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallingPartyIDOffset: DWORD,
    // ---- TAPI 3.0 and later ----
    #[cfg(not(tapi_pre_v3))]
    pub dwAddressType: DWORD,
}
/// Pointer to [`LINECALLPARAMS`].
pub type LPLINECALLPARAMS = *mut LINECALLPARAMS;

/// The capabilities of a line device (`lineGetDevCaps`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEDEVCAPS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwProviderInfoSize: DWORD,
    pub dwProviderInfoOffset: DWORD,
    pub dwSwitchInfoSize: DWORD,
    pub dwSwitchInfoOffset: DWORD,
    pub dwPermanentLineID: DWORD,
    pub dwLineNameSize: DWORD,
    pub dwLineNameOffset: DWORD,
    pub dwStringFormat: DWORD,
    pub dwAddressModes: DWORD,
    pub dwNumAddresses: DWORD,
    pub dwBearerModes: DWORD,
    pub dwMaxRate: DWORD,
    pub dwMediaModes: DWORD,
    pub dwGenerateToneModes: DWORD,
    pub dwGenerateToneMaxNumFreq: DWORD,
    pub dwGenerateDigitModes: DWORD,
    pub dwMonitorToneMaxNumFreq: DWORD,
    pub dwMonitorToneMaxNumEntries: DWORD,
    pub dwMonitorDigitModes: DWORD,
    pub dwGatherDigitsMinTimeout: DWORD,
    pub dwGatherDigitsMaxTimeout: DWORD,
    pub dwMedCtlDigitMaxListSize: DWORD,
    pub dwMedCtlMediaMaxListSize: DWORD,
    pub dwMedCtlToneMaxListSize: DWORD,
    pub dwMedCtlCallStateMaxListSize: DWORD,
    pub dwDevCapFlags: DWORD,
    pub dwMaxNumActiveCalls: DWORD,
    pub dwAnswerMode: DWORD,
    pub dwRingModes: DWORD,
    pub dwLineStates: DWORD,
    pub dwUUIAcceptSize: DWORD,
    pub dwUUIAnswerSize: DWORD,
    pub dwUUIMakeCallSize: DWORD,
    pub dwUUIDropSize: DWORD,
    pub dwUUISendUserUserInfoSize: DWORD,
    pub dwUUICallInfoSize: DWORD,
    pub MinDialParams: LINEDIALPARAMS,
    pub MaxDialParams: LINEDIALPARAMS,
    pub DefaultDialParams: LINEDIALPARAMS,
    pub dwNumTerminals: DWORD,
    pub dwTerminalCapsSize: DWORD,
    pub dwTerminalCapsOffset: DWORD,
    pub dwTerminalTextEntrySize: DWORD,
    pub dwTerminalTextSize: DWORD,
    pub dwTerminalTextOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    pub dwLineFeatures: DWORD,
    // ---- TAPI 2.0 and later ----
    #[cfg(not(tapi_pre_v2))]
    pub dwSettableDevStatus: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceClassesSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceClassesOffset: DWORD,
    // ---- TAPI 2.2 and later ----
    #[cfg(not(tapi_pre_v22))]
    pub PermanentLineGuid: GUID,
    // ---- TAPI 3.0 and later ----
    #[cfg(not(tapi_pre_v3))]
    pub dwAddressTypes: DWORD,
    #[cfg(not(tapi_pre_v3))]
    pub ProtocolGuid: GUID,
    #[cfg(not(tapi_pre_v3))]
    pub dwAvailableTracking: DWORD,
}
/// Pointer to [`LINEDEVCAPS`].
pub type LPLINEDEVCAPS = *mut LINEDEVCAPS;

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    #[test]
    fn sizes_match_the_sdk_on_64_bit() {
        assert_eq!(size_of::<LINECALLINFO>(), 344);
        assert_eq!(offset_of!(LINECALLINFO, dwCallTreatment), 296);
        assert_eq!(offset_of!(LINECALLINFO, dwCallerIDAddressType), 324);
        assert_eq!(size_of::<LINECALLSTATUS>(), 56);
        assert_eq!(offset_of!(LINECALLSTATUS, dwCallFeatures2), 36);
        assert_eq!(size_of::<LINEMESSAGE>(), 40);
        assert_eq!(size_of::<LINEINITIALIZEEXPARAMS>(), 28);
    }
}
