//! TAPI's handle types, callback type and structures, laid out as the Windows SDK lays
//! them out (`#pragma pack(1)`).
//!
//! Fields added by a later TAPI version carry `#[cfg(not(tapi_pre_vN))]`. Rust never sets
//! those cfgs, so the library always sees the full structure; cbindgen turns them into
//! `#if !defined(TAPI32_PRE_VN)` in `include/tapi.h`, and the header defines those macros
//! from `TAPI_CURRENT_VERSION`, so a C program built for TAPI 1.4 sees the 1.4 layout.
//! The library itself never relies on `sizeof`: it reads and writes the fixed part that
//! the API version negotiated on the line has.
//!
//! Every structure of the SDK's `tapi.h` is here, line and phone. Those the SDK declares
//! only from a version on as a whole (`LINEMESSAGE` from 2.0, the agent and queue
//! structures from 2.2, `LINECALLHUBTRACKINGINFO` from 3.0) are declared for every
//! version, as mingw-w64 declares them. The SDK's anonymous structures and unions inside
//! a structure are named types here (`LINEAGENTGROUPENTRY_GroupID`,
//! `LINEPROXYREQUEST_SetAgentGroup` ...); `LINEPROXYREQUEST`'s union stays anonymous in
//! the header (its member is named `DUMMYUNIONNAME`, see `xtask/src/headers.rs`).

use crate::win32::*;
use std::ffi::c_char;

/// A call handle.
pub type HCALL = DWORD;
/// Pointer to [`HCALL`].
pub type LPHCALL = *mut HCALL;
/// A call hub handle (TAPI 3.0).
pub type HCALLHUB = DWORD;
/// Pointer to [`HCALLHUB`].
pub type LPHCALLHUB = *mut HCALLHUB;
/// A line handle.
pub type HLINE = DWORD;
/// Pointer to [`HLINE`].
pub type LPHLINE = *mut HLINE;
/// A phone handle.
pub type HPHONE = DWORD;
/// Pointer to [`HPHONE`].
pub type LPHPHONE = *mut HPHONE;
/// An application's usage handle.
pub type HLINEAPP = DWORD;
/// Pointer to [`HLINEAPP`].
pub type LPHLINEAPP = *mut HLINEAPP;
/// An application's usage handle of the phone API.
pub type HPHONEAPP = DWORD;
/// Pointer to [`HPHONEAPP`].
pub type LPHPHONEAPP = *mut HPHONEAPP;
/// An agent session handle (TAPI 2.2).
pub type HAGENTSESSION = DWORD;
/// Pointer to [`HAGENTSESSION`].
pub type LPHAGENTSESSION = *mut HAGENTSESSION;
/// An agent handle (TAPI 2.2).
pub type HAGENT = DWORD;
/// Pointer to [`HAGENT`].
pub type LPHAGENT = *mut HAGENT;
/// A private channel handle (TAPI 3.0).
pub type HPRIVATECHANNEL = DWORD;
/// Pointer to [`HPRIVATECHANNEL`].
pub type LPHPRIVATECHANNEL = *mut HPRIVATECHANNEL;
/// Pointer to an icon handle (`lineGetIcon`, `phoneGetIcon`).
pub type LPHICON = *mut HICON;
/// Pointer to a [`GUID`].
pub type LPGUID = *mut GUID;

/// The application's message callback (`LINEINITIALIZEEXOPTION_USEHIDDENWINDOW` and
/// `lineInitialize`). It runs on the thread that initialized the application, inside its
/// message loop, as on Windows (or on a dispatcher thread, when the program asks for
/// one). Called through an unwinding ABI: a C++ exception thrown out of it is stopped
/// by the library, which aborts the process with a message (README "Callbacks").
pub type LINECALLBACK = Option<
    unsafe extern "system-unwind" fn(
        hDevice: DWORD,
        dwMessage: DWORD,
        dwInstance: DWORD_PTR,
        dwParam1: DWORD_PTR,
        dwParam2: DWORD_PTR,
        dwParam3: DWORD_PTR,
    ),
>;

/// The phone API's message callback (`phoneInitialize`, `phoneInitializeEx`).
pub type PHONECALLBACK = Option<
    unsafe extern "system-unwind" fn(
        hDevice: DWORD,
        dwMessage: DWORD,
        dwInstance: DWORD_PTR,
        dwParam1: DWORD_PTR,
        dwParam2: DWORD_PTR,
        dwParam3: DWORD_PTR,
    ),
>;

/// The capabilities of an address (`lineGetAddressCaps`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEADDRESSCAPS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwLineDeviceID: DWORD,
    pub dwAddressSize: DWORD,
    pub dwAddressOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    pub dwAddressSharing: DWORD,
    pub dwAddressStates: DWORD,
    pub dwCallInfoStates: DWORD,
    pub dwCallerIDFlags: DWORD,
    pub dwCalledIDFlags: DWORD,
    pub dwConnectedIDFlags: DWORD,
    pub dwRedirectionIDFlags: DWORD,
    pub dwRedirectingIDFlags: DWORD,
    pub dwCallStates: DWORD,
    pub dwDialToneModes: DWORD,
    pub dwBusyModes: DWORD,
    pub dwSpecialInfo: DWORD,
    pub dwDisconnectModes: DWORD,
    pub dwMaxNumActiveCalls: DWORD,
    pub dwMaxNumOnHoldCalls: DWORD,
    pub dwMaxNumOnHoldPendingCalls: DWORD,
    pub dwMaxNumConference: DWORD,
    pub dwMaxNumTransConf: DWORD,
    pub dwAddrCapFlags: DWORD,
    pub dwCallFeatures: DWORD,
    pub dwRemoveFromConfCaps: DWORD,
    pub dwRemoveFromConfState: DWORD,
    pub dwTransferModes: DWORD,
    pub dwParkModes: DWORD,
    pub dwForwardModes: DWORD,
    pub dwMaxForwardEntries: DWORD,
    pub dwMaxSpecificEntries: DWORD,
    pub dwMinFwdNumRings: DWORD,
    pub dwMaxFwdNumRings: DWORD,
    pub dwMaxCallCompletions: DWORD,
    pub dwCallCompletionConds: DWORD,
    pub dwCallCompletionModes: DWORD,
    pub dwNumCompletionMessages: DWORD,
    pub dwCompletionMsgTextEntrySize: DWORD,
    pub dwCompletionMsgTextSize: DWORD,
    pub dwCompletionMsgTextOffset: DWORD,
    pub dwAddressFeatures: DWORD,
    // ---- TAPI 2.0 and later ----
    #[cfg(not(tapi_pre_v2))]
    pub dwPredictiveAutoTransferStates: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwNumCallTreatments: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallTreatmentListSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallTreatmentListOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceClassesSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceClassesOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwMaxCallDataSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwCallFeatures2: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwMaxNoAnswerTimeout: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwConnectedModes: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwOfferingModes: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwAvailableMediaModes: DWORD,
}
/// Pointer to [`LINEADDRESSCAPS`].
pub type LPLINEADDRESSCAPS = *mut LINEADDRESSCAPS;

/// The status of an address (`lineGetAddressStatus`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEADDRESSSTATUS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumInUse: DWORD,
    pub dwNumActiveCalls: DWORD,
    pub dwNumOnHoldCalls: DWORD,
    pub dwNumOnHoldPendCalls: DWORD,
    pub dwAddressFeatures: DWORD,
    pub dwNumRingsNoAnswer: DWORD,
    pub dwForwardNumEntries: DWORD,
    pub dwForwardSize: DWORD,
    pub dwForwardOffset: DWORD,
    pub dwTerminalModesSize: DWORD,
    pub dwTerminalModesOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
}
/// Pointer to [`LINEADDRESSSTATUS`].
pub type LPLINEADDRESSSTATUS = *mut LINEADDRESSSTATUS;

/// One agent activity of a [`LINEAGENTACTIVITYLIST`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTACTIVITYENTRY {
    pub dwID: DWORD,
    pub dwNameSize: DWORD,
    pub dwNameOffset: DWORD,
}
/// Pointer to [`LINEAGENTACTIVITYENTRY`].
pub type LPLINEAGENTACTIVITYENTRY = *mut LINEAGENTACTIVITYENTRY;

/// The agent activities of an address (`lineGetAgentActivityList`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTACTIVITYLIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumEntries: DWORD,
    pub dwListSize: DWORD,
    pub dwListOffset: DWORD,
}
/// Pointer to [`LINEAGENTACTIVITYLIST`].
pub type LPLINEAGENTACTIVITYLIST = *mut LINEAGENTACTIVITYLIST;

/// The agent capabilities of an address (`lineGetAgentCaps`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTCAPS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwAgentHandlerInfoSize: DWORD,
    pub dwAgentHandlerInfoOffset: DWORD,
    pub dwCapsVersion: DWORD,
    pub dwFeatures: DWORD,
    pub dwStates: DWORD,
    pub dwNextStates: DWORD,
    pub dwMaxNumGroupEntries: DWORD,
    pub dwAgentStatusMessages: DWORD,
    pub dwNumAgentExtensionIDs: DWORD,
    pub dwAgentExtensionIDListSize: DWORD,
    pub dwAgentExtensionIDListOffset: DWORD,
    // ---- TAPI 2.2 and later ----
    #[cfg(not(tapi_pre_v22))]
    pub ProxyGUID: GUID,
}
/// Pointer to [`LINEAGENTCAPS`].
pub type LPLINEAGENTCAPS = *mut LINEAGENTCAPS;

/// The 128-bit ID of an agent group.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTGROUPENTRY_GroupID {
    pub dwGroupID1: DWORD,
    pub dwGroupID2: DWORD,
    pub dwGroupID3: DWORD,
    pub dwGroupID4: DWORD,
}

/// One agent group of a [`LINEAGENTGROUPLIST`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTGROUPENTRY {
    pub GroupID: LINEAGENTGROUPENTRY_GroupID,
    pub dwNameSize: DWORD,
    pub dwNameOffset: DWORD,
}
/// Pointer to [`LINEAGENTGROUPENTRY`].
pub type LPLINEAGENTGROUPENTRY = *mut LINEAGENTGROUPENTRY;

/// Agent groups (`lineGetAgentGroupList`, `lineSetAgentGroup`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTGROUPLIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumEntries: DWORD,
    pub dwListSize: DWORD,
    pub dwListOffset: DWORD,
}
/// Pointer to [`LINEAGENTGROUPLIST`].
pub type LPLINEAGENTGROUPLIST = *mut LINEAGENTGROUPLIST;

/// The agent status of an address (`lineGetAgentStatus`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTSTATUS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumEntries: DWORD,
    pub dwGroupListSize: DWORD,
    pub dwGroupListOffset: DWORD,
    pub dwState: DWORD,
    pub dwNextState: DWORD,
    pub dwActivityID: DWORD,
    pub dwActivitySize: DWORD,
    pub dwActivityOffset: DWORD,
    pub dwAgentFeatures: DWORD,
    pub dwValidStates: DWORD,
    pub dwValidNextStates: DWORD,
}
/// Pointer to [`LINEAGENTSTATUS`].
pub type LPLINEAGENTSTATUS = *mut LINEAGENTSTATUS;

/// One application that has a line open ([`LINEDEVSTATUS`]'s application list).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAPPINFO {
    pub dwMachineNameSize: DWORD,
    pub dwMachineNameOffset: DWORD,
    pub dwUserNameSize: DWORD,
    pub dwUserNameOffset: DWORD,
    pub dwModuleFilenameSize: DWORD,
    pub dwModuleFilenameOffset: DWORD,
    pub dwFriendlyNameSize: DWORD,
    pub dwFriendlyNameOffset: DWORD,
    pub dwMediaModes: DWORD,
    pub dwAddressID: DWORD,
}
/// Pointer to [`LINEAPPINFO`].
pub type LPLINEAPPINFO = *mut LINEAPPINFO;

/// One agent of a [`LINEAGENTLIST`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTENTRY {
    pub hAgent: HAGENT,
    pub dwNameSize: DWORD,
    pub dwNameOffset: DWORD,
    pub dwIDSize: DWORD,
    pub dwIDOffset: DWORD,
    pub dwPINSize: DWORD,
    pub dwPINOffset: DWORD,
}
/// Pointer to [`LINEAGENTENTRY`].
pub type LPLINEAGENTENTRY = *mut LINEAGENTENTRY;

/// A list of agents.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTLIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumEntries: DWORD,
    pub dwListSize: DWORD,
    pub dwListOffset: DWORD,
}
/// Pointer to [`LINEAGENTLIST`].
pub type LPLINEAGENTLIST = *mut LINEAGENTLIST;

/// Information about an agent (`lineGetAgentInfo`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTINFO {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwAgentState: DWORD,
    pub dwNextAgentState: DWORD,
    pub dwMeasurementPeriod: DWORD,
    pub cyOverallCallRate: CURRENCY,
    pub dwNumberOfACDCalls: DWORD,
    pub dwNumberOfIncomingCalls: DWORD,
    pub dwNumberOfOutgoingCalls: DWORD,
    pub dwTotalACDTalkTime: DWORD,
    pub dwTotalACDCallTime: DWORD,
    pub dwTotalACDWrapUpTime: DWORD,
}
/// Pointer to [`LINEAGENTINFO`].
pub type LPLINEAGENTINFO = *mut LINEAGENTINFO;

/// One agent session of a [`LINEAGENTSESSIONLIST`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTSESSIONENTRY {
    pub hAgentSession: HAGENTSESSION,
    pub hAgent: HAGENT,
    pub GroupID: GUID,
    pub dwWorkingAddressID: DWORD,
}
/// Pointer to [`LINEAGENTSESSIONENTRY`].
pub type LPLINEAGENTSESSIONENTRY = *mut LINEAGENTSESSIONENTRY;

/// The sessions of an agent (`lineGetAgentSessionList`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTSESSIONLIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumEntries: DWORD,
    pub dwListSize: DWORD,
    pub dwListOffset: DWORD,
}
/// Pointer to [`LINEAGENTSESSIONLIST`].
pub type LPLINEAGENTSESSIONLIST = *mut LINEAGENTSESSIONLIST;

/// Information about an agent session (`lineGetAgentSessionInfo`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEAGENTSESSIONINFO {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwAgentSessionState: DWORD,
    pub dwNextAgentSessionState: DWORD,
    pub dateSessionStartTime: DATE,
    pub dwSessionDuration: DWORD,
    pub dwNumberOfCalls: DWORD,
    pub dwTotalTalkTime: DWORD,
    pub dwAverageTalkTime: DWORD,
    pub dwTotalCallTime: DWORD,
    pub dwAverageCallTime: DWORD,
    pub dwTotalWrapUpTime: DWORD,
    pub dwAverageWrapUpTime: DWORD,
    pub cyACDCallRate: CURRENCY,
    pub dwLongestTimeToAnswer: DWORD,
    pub dwAverageTimeToAnswer: DWORD,
}
/// Pointer to [`LINEAGENTSESSIONINFO`].
pub type LPLINEAGENTSESSIONINFO = *mut LINEAGENTSESSIONINFO;

/// One queue of a [`LINEQUEUELIST`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEQUEUEENTRY {
    pub dwQueueID: DWORD,
    pub dwNameSize: DWORD,
    pub dwNameOffset: DWORD,
}
/// Pointer to [`LINEQUEUEENTRY`].
pub type LPLINEQUEUEENTRY = *mut LINEQUEUEENTRY;

/// The queues of an agent group (`lineGetQueueList`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEQUEUELIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumEntries: DWORD,
    pub dwListSize: DWORD,
    pub dwListOffset: DWORD,
}
/// Pointer to [`LINEQUEUELIST`].
pub type LPLINEQUEUELIST = *mut LINEQUEUELIST;

/// Information about a queue (`lineGetQueueInfo`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEQUEUEINFO {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwMeasurementPeriod: DWORD,
    pub dwTotalCallsQueued: DWORD,
    pub dwCurrentCallsQueued: DWORD,
    pub dwTotalCallsAbandoned: DWORD,
    pub dwTotalCallsFlowedIn: DWORD,
    pub dwTotalCallsFlowedOut: DWORD,
    pub dwLongestEverWaitTime: DWORD,
    pub dwCurrentLongestWaitTime: DWORD,
    pub dwAverageWaitTime: DWORD,
    pub dwFinalDisposition: DWORD,
}
/// Pointer to [`LINEQUEUEINFO`].
pub type LPLINEQUEUEINFO = *mut LINEQUEUEINFO;

/// The proxy request types a proxy handles (`lineGetProxyStatus`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUESTLIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumEntries: DWORD,
    pub dwListSize: DWORD,
    pub dwListOffset: DWORD,
}
/// Pointer to [`LINEPROXYREQUESTLIST`].
pub type LPLINEPROXYREQUESTLIST = *mut LINEPROXYREQUESTLIST;

/// Call hub tracking (`lineGetCallHubTracking`, `lineSetCallHubTracking`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECALLHUBTRACKINGINFO {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwAvailableTracking: DWORD,
    pub dwCurrentTracking: DWORD,
}
/// Pointer to [`LINECALLHUBTRACKINGINFO`].
pub type LPLINECALLHUBTRACKINGINFO = *mut LINECALLHUBTRACKINGINFO;

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

/// A list of call handles (`lineGetNewCalls`, `lineGetConfRelatedCalls`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECALLLIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwCallsNumEntries: DWORD,
    pub dwCallsSize: DWORD,
    pub dwCallsOffset: DWORD,
}
/// Pointer to [`LINECALLLIST`].
pub type LPLINECALLLIST = *mut LINECALLLIST;

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

/// One call treatment of [`LINEADDRESSCAPS`]' call treatment list.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECALLTREATMENTENTRY {
    pub dwCallTreatmentID: DWORD,
    pub dwCallTreatmentNameSize: DWORD,
    pub dwCallTreatmentNameOffset: DWORD,
}
/// Pointer to [`LINECALLTREATMENTENTRY`].
pub type LPLINECALLTREATMENTENTRY = *mut LINECALLTREATMENTENTRY;

/// One calling card of a [`LINETRANSLATECAPS`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECARDENTRY {
    pub dwPermanentCardID: DWORD,
    pub dwCardNameSize: DWORD,
    pub dwCardNameOffset: DWORD,
    pub dwCardNumberDigits: DWORD,
    pub dwSameAreaRuleSize: DWORD,
    pub dwSameAreaRuleOffset: DWORD,
    pub dwLongDistanceRuleSize: DWORD,
    pub dwLongDistanceRuleOffset: DWORD,
    pub dwInternationalRuleSize: DWORD,
    pub dwInternationalRuleOffset: DWORD,
    pub dwOptions: DWORD,
}
/// Pointer to [`LINECARDENTRY`].
pub type LPLINECARDENTRY = *mut LINECARDENTRY;

/// One country of a [`LINECOUNTRYLIST`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECOUNTRYENTRY {
    pub dwCountryID: DWORD,
    pub dwCountryCode: DWORD,
    pub dwNextCountryID: DWORD,
    pub dwCountryNameSize: DWORD,
    pub dwCountryNameOffset: DWORD,
    pub dwSameAreaRuleSize: DWORD,
    pub dwSameAreaRuleOffset: DWORD,
    pub dwLongDistanceRuleSize: DWORD,
    pub dwLongDistanceRuleOffset: DWORD,
    pub dwInternationalRuleSize: DWORD,
    pub dwInternationalRuleOffset: DWORD,
}
/// Pointer to [`LINECOUNTRYENTRY`].
pub type LPLINECOUNTRYENTRY = *mut LINECOUNTRYENTRY;

/// Dialing rules of countries (`lineGetCountry`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINECOUNTRYLIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumCountries: DWORD,
    pub dwCountryListSize: DWORD,
    pub dwCountryListOffset: DWORD,
}
/// Pointer to [`LINECOUNTRYLIST`].
pub type LPLINECOUNTRYLIST = *mut LINECOUNTRYLIST;

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

/// The status of a line device (`lineGetDevStatus`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEDEVSTATUS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumOpens: DWORD,
    pub dwOpenMediaModes: DWORD,
    pub dwNumActiveCalls: DWORD,
    pub dwNumOnHoldCalls: DWORD,
    pub dwNumOnHoldPendCalls: DWORD,
    pub dwLineFeatures: DWORD,
    pub dwNumCallCompletions: DWORD,
    pub dwRingMode: DWORD,
    pub dwSignalLevel: DWORD,
    pub dwBatteryLevel: DWORD,
    pub dwRoamMode: DWORD,
    pub dwDevStatusFlags: DWORD,
    pub dwTerminalModesSize: DWORD,
    pub dwTerminalModesOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    // ---- TAPI 2.0 and later ----
    #[cfg(not(tapi_pre_v2))]
    pub dwAvailableMediaModes: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwAppInfoSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwAppInfoOffset: DWORD,
}
/// Pointer to [`LINEDEVSTATUS`].
pub type LPLINEDEVSTATUS = *mut LINEDEVSTATUS;

/// An extension ID (`lineNegotiateAPIVersion`); this library has no extensions and returns all zeros.
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

/// One forwarding instruction of a [`LINEFORWARDLIST`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEFORWARD {
    pub dwForwardMode: DWORD,
    pub dwCallerAddressSize: DWORD,
    pub dwCallerAddressOffset: DWORD,
    pub dwDestCountryCode: DWORD,
    pub dwDestAddressSize: DWORD,
    pub dwDestAddressOffset: DWORD,
    // ---- TAPI 3.1 and later ----
    #[cfg(not(tapi_pre_v31))]
    pub dwCallerAddressType: DWORD,
    #[cfg(not(tapi_pre_v31))]
    pub dwDestAddressType: DWORD,
}
/// Pointer to [`LINEFORWARD`].
pub type LPLINEFORWARD = *mut LINEFORWARD;

/// Forwarding instructions (`lineForward`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEFORWARDLIST {
    pub dwTotalSize: DWORD,
    pub dwNumEntries: DWORD,
    pub ForwardList: [LINEFORWARD; 1],
}
/// Pointer to [`LINEFORWARDLIST`].
pub type LPLINEFORWARDLIST = *mut LINEFORWARDLIST;

/// One tone component (`lineGenerateTone`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEGENERATETONE {
    pub dwFrequency: DWORD,
    pub dwCadenceOn: DWORD,
    pub dwCadenceOff: DWORD,
    pub dwVolume: DWORD,
}
/// Pointer to [`LINEGENERATETONE`].
pub type LPLINEGENERATETONE = *mut LINEGENERATETONE;

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

/// One dialing location of a [`LINETRANSLATECAPS`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINELOCATIONENTRY {
    pub dwPermanentLocationID: DWORD,
    pub dwLocationNameSize: DWORD,
    pub dwLocationNameOffset: DWORD,
    pub dwCountryCode: DWORD,
    pub dwCityCodeSize: DWORD,
    pub dwCityCodeOffset: DWORD,
    pub dwPreferredCardID: DWORD,
    pub dwLocalAccessCodeSize: DWORD,
    pub dwLocalAccessCodeOffset: DWORD,
    pub dwLongDistanceAccessCodeSize: DWORD,
    pub dwLongDistanceAccessCodeOffset: DWORD,
    pub dwTollPrefixListSize: DWORD,
    pub dwTollPrefixListOffset: DWORD,
    pub dwCountryID: DWORD,
    pub dwOptions: DWORD,
    pub dwCancelCallWaitingSize: DWORD,
    pub dwCancelCallWaitingOffset: DWORD,
}
/// Pointer to [`LINELOCATIONENTRY`].
pub type LPLINELOCATIONENTRY = *mut LINELOCATIONENTRY;

/// A media-control action on entering call states (`lineSetMediaControl`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEMEDIACONTROLCALLSTATE {
    pub dwCallStates: DWORD,
    pub dwMediaControl: DWORD,
}
/// Pointer to [`LINEMEDIACONTROLCALLSTATE`].
pub type LPLINEMEDIACONTROLCALLSTATE = *mut LINEMEDIACONTROLCALLSTATE;

/// A media-control action on a digit (`lineSetMediaControl`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEMEDIACONTROLDIGIT {
    pub dwDigit: DWORD,
    pub dwDigitModes: DWORD,
    pub dwMediaControl: DWORD,
}
/// Pointer to [`LINEMEDIACONTROLDIGIT`].
pub type LPLINEMEDIACONTROLDIGIT = *mut LINEMEDIACONTROLDIGIT;

/// A media-control action on a media mode (`lineSetMediaControl`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEMEDIACONTROLMEDIA {
    pub dwMediaModes: DWORD,
    pub dwDuration: DWORD,
    pub dwMediaControl: DWORD,
}
/// Pointer to [`LINEMEDIACONTROLMEDIA`].
pub type LPLINEMEDIACONTROLMEDIA = *mut LINEMEDIACONTROLMEDIA;

/// A media-control action on a tone (`lineSetMediaControl`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEMEDIACONTROLTONE {
    pub dwAppSpecific: DWORD,
    pub dwDuration: DWORD,
    pub dwFrequency1: DWORD,
    pub dwFrequency2: DWORD,
    pub dwFrequency3: DWORD,
    pub dwMediaControl: DWORD,
}
/// Pointer to [`LINEMEDIACONTROLTONE`].
pub type LPLINEMEDIACONTROLTONE = *mut LINEMEDIACONTROLTONE;

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

/// One tone to monitor (`lineMonitorTones`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEMONITORTONE {
    pub dwAppSpecific: DWORD,
    pub dwDuration: DWORD,
    pub dwFrequency1: DWORD,
    pub dwFrequency2: DWORD,
    pub dwFrequency3: DWORD,
}
/// Pointer to [`LINEMONITORTONE`].
pub type LPLINEMONITORTONE = *mut LINEMONITORTONE;

/// One service provider of a [`LINEPROVIDERLIST`].
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROVIDERENTRY {
    pub dwPermanentProviderID: DWORD,
    pub dwProviderFilenameSize: DWORD,
    pub dwProviderFilenameOffset: DWORD,
}
/// Pointer to [`LINEPROVIDERENTRY`].
pub type LPLINEPROVIDERENTRY = *mut LINEPROVIDERENTRY;

/// The installed service providers (`lineGetProviderList`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROVIDERLIST {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumProviders: DWORD,
    pub dwProviderListSize: DWORD,
    pub dwProviderListOffset: DWORD,
}
/// Pointer to [`LINEPROVIDERLIST`].
pub type LPLINEPROVIDERLIST = *mut LINEPROVIDERLIST;

/// The `SetAgentGroup` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTGROUP`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_SetAgentGroup {
    pub dwAddressID: DWORD,
    pub GroupList: LINEAGENTGROUPLIST,
}

/// The `SetAgentState` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTSTATE`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_SetAgentState {
    pub dwAddressID: DWORD,
    pub dwAgentState: DWORD,
    pub dwNextAgentState: DWORD,
}

/// The `SetAgentActivity` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTACTIVITY`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_SetAgentActivity {
    pub dwAddressID: DWORD,
    pub dwActivityID: DWORD,
}

/// The `GetAgentCaps` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTCAPS`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetAgentCaps {
    pub dwAddressID: DWORD,
    pub AgentCaps: LINEAGENTCAPS,
}

/// The `GetAgentStatus` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTSTATUS`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetAgentStatus {
    pub dwAddressID: DWORD,
    pub AgentStatus: LINEAGENTSTATUS,
}

/// The `AgentSpecific` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_AGENTSPECIFIC`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_AgentSpecific {
    pub dwAddressID: DWORD,
    pub dwAgentExtensionIDIndex: DWORD,
    pub dwSize: DWORD,
    pub Params: [BYTE; 1],
}

/// The `GetAgentActivityList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTACTIVITYLIST`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetAgentActivityList {
    pub dwAddressID: DWORD,
    pub ActivityList: LINEAGENTACTIVITYLIST,
}

/// The `GetAgentGroupList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTGROUPLIST`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetAgentGroupList {
    pub dwAddressID: DWORD,
    pub GroupList: LINEAGENTGROUPLIST,
}

/// The `CreateAgent` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_CREATEAGENT`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_CreateAgent {
    pub hAgent: HAGENT,
    pub dwAgentIDSize: DWORD,
    pub dwAgentIDOffset: DWORD,
    pub dwAgentPINSize: DWORD,
    pub dwAgentPINOffset: DWORD,
}

/// The `SetAgentStateEx` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTSTATEEX`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_SetAgentStateEx {
    pub hAgent: HAGENT,
    pub dwAgentState: DWORD,
    pub dwNextAgentState: DWORD,
}

/// The `SetAgentMeasurementPeriod` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_SetAgentMeasurementPeriod {
    pub hAgent: HAGENT,
    pub dwMeasurementPeriod: DWORD,
}

/// The `GetAgentInfo` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTINFO`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetAgentInfo {
    pub hAgent: HAGENT,
    pub AgentInfo: LINEAGENTINFO,
}

/// The `CreateAgentSession` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_CREATEAGENTSESSION`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_CreateAgentSession {
    pub hAgentSession: HAGENTSESSION,
    pub dwAgentPINSize: DWORD,
    pub dwAgentPINOffset: DWORD,
    pub hAgent: HAGENT,
    pub GroupID: GUID,
    pub dwWorkingAddressID: DWORD,
}

/// The `GetAgentSessionList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTSESSIONLIST`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetAgentSessionList {
    pub hAgent: HAGENT,
    pub SessionList: LINEAGENTSESSIONLIST,
}

/// The `GetAgentSessionInfo` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTSESSIONINFO`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetAgentSessionInfo {
    pub hAgentSession: HAGENTSESSION,
    pub SessionInfo: LINEAGENTSESSIONINFO,
}

/// The `SetAgentSessionState` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTSESSIONSTATE`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_SetAgentSessionState {
    pub hAgentSession: HAGENTSESSION,
    pub dwAgentSessionState: DWORD,
    pub dwNextAgentSessionState: DWORD,
}

/// The `GetQueueList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETQUEUELIST`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetQueueList {
    pub GroupID: GUID,
    pub QueueList: LINEQUEUELIST,
}

/// The `SetQueueMeasurementPeriod` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_SetQueueMeasurementPeriod {
    pub dwQueueID: DWORD,
    pub dwMeasurementPeriod: DWORD,
}

/// The `GetQueueInfo` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETQUEUEINFO`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetQueueInfo {
    pub dwQueueID: DWORD,
    pub QueueInfo: LINEQUEUEINFO,
}

/// The `GetGroupList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETGROUPLIST`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINEPROXYREQUEST_GetGroupList {
    pub GroupList: LINEAGENTGROUPLIST,
}

/// The parameters of a [`LINEPROXYREQUEST`], by `dwRequestType` (anonymous in the header).
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub union LINEPROXYREQUEST_UNION {
    pub SetAgentGroup: LINEPROXYREQUEST_SetAgentGroup,
    pub SetAgentState: LINEPROXYREQUEST_SetAgentState,
    pub SetAgentActivity: LINEPROXYREQUEST_SetAgentActivity,
    pub GetAgentCaps: LINEPROXYREQUEST_GetAgentCaps,
    pub GetAgentStatus: LINEPROXYREQUEST_GetAgentStatus,
    pub AgentSpecific: LINEPROXYREQUEST_AgentSpecific,
    pub GetAgentActivityList: LINEPROXYREQUEST_GetAgentActivityList,
    pub GetAgentGroupList: LINEPROXYREQUEST_GetAgentGroupList,
    // ---- TAPI 2.2 and later ----
    #[cfg(not(tapi_pre_v22))]
    pub CreateAgent: LINEPROXYREQUEST_CreateAgent,
    #[cfg(not(tapi_pre_v22))]
    pub SetAgentStateEx: LINEPROXYREQUEST_SetAgentStateEx,
    #[cfg(not(tapi_pre_v22))]
    pub SetAgentMeasurementPeriod: LINEPROXYREQUEST_SetAgentMeasurementPeriod,
    #[cfg(not(tapi_pre_v22))]
    pub GetAgentInfo: LINEPROXYREQUEST_GetAgentInfo,
    #[cfg(not(tapi_pre_v22))]
    pub CreateAgentSession: LINEPROXYREQUEST_CreateAgentSession,
    #[cfg(not(tapi_pre_v22))]
    pub GetAgentSessionList: LINEPROXYREQUEST_GetAgentSessionList,
    #[cfg(not(tapi_pre_v22))]
    pub GetAgentSessionInfo: LINEPROXYREQUEST_GetAgentSessionInfo,
    #[cfg(not(tapi_pre_v22))]
    pub SetAgentSessionState: LINEPROXYREQUEST_SetAgentSessionState,
    #[cfg(not(tapi_pre_v22))]
    pub GetQueueList: LINEPROXYREQUEST_GetQueueList,
    #[cfg(not(tapi_pre_v22))]
    pub SetQueueMeasurementPeriod: LINEPROXYREQUEST_SetQueueMeasurementPeriod,
    #[cfg(not(tapi_pre_v22))]
    pub GetQueueInfo: LINEPROXYREQUEST_GetQueueInfo,
    #[cfg(not(tapi_pre_v22))]
    pub GetGroupList: LINEPROXYREQUEST_GetGroupList,
}

/// A request to a proxy application (`LINE_PROXYREQUEST`).
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct LINEPROXYREQUEST {
    pub dwSize: DWORD,
    pub dwClientMachineNameSize: DWORD,
    pub dwClientMachineNameOffset: DWORD,
    pub dwClientUserNameSize: DWORD,
    pub dwClientUserNameOffset: DWORD,
    pub dwClientAppAPIVersion: DWORD,
    pub dwRequestType: DWORD,
    pub DUMMYUNIONNAME: LINEPROXYREQUEST_UNION,
}
/// Pointer to [`LINEPROXYREQUEST`].
pub type LPLINEPROXYREQUEST = *mut LINEPROXYREQUEST;

/// An assisted-telephony make-call request (`lineGetRequest`), single-byte strings.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct LINEREQMAKECALL {
    pub szDestAddress: [c_char; 80],
    pub szAppName: [c_char; 40],
    pub szCalledParty: [c_char; 40],
    pub szComment: [c_char; 80],
}
/// Pointer to [`LINEREQMAKECALL`].
pub type LPLINEREQMAKECALL = *mut LINEREQMAKECALL;

/// An assisted-telephony make-call request (`lineGetRequestW`), UTF-16 strings.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct LINEREQMAKECALLW {
    pub szDestAddress: [WCHAR; 80],
    pub szAppName: [WCHAR; 40],
    pub szCalledParty: [WCHAR; 40],
    pub szComment: [WCHAR; 80],
}
/// Pointer to [`LINEREQMAKECALLW`].
pub type LPLINEREQMAKECALLW = *mut LINEREQMAKECALLW;

/// An assisted-telephony media-call request (`lineGetRequest`), single-byte strings.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct LINEREQMEDIACALL {
    pub hWnd: HWND,
    pub wRequestID: WPARAM,
    pub szDeviceClass: [c_char; 40],
    pub ucDeviceID: [BYTE; 40],
    pub dwSize: DWORD,
    pub dwSecure: DWORD,
    pub szDestAddress: [c_char; 80],
    pub szAppName: [c_char; 40],
    pub szCalledParty: [c_char; 40],
    pub szComment: [c_char; 80],
}
/// Pointer to [`LINEREQMEDIACALL`].
pub type LPLINEREQMEDIACALL = *mut LINEREQMEDIACALL;

/// An assisted-telephony media-call request (`lineGetRequestW`), UTF-16 strings.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct LINEREQMEDIACALLW {
    pub hWnd: HWND,
    pub wRequestID: WPARAM,
    pub szDeviceClass: [WCHAR; 40],
    pub ucDeviceID: [BYTE; 40],
    pub dwSize: DWORD,
    pub dwSecure: DWORD,
    pub szDestAddress: [WCHAR; 80],
    pub szAppName: [WCHAR; 40],
    pub szCalledParty: [WCHAR; 40],
    pub szComment: [WCHAR; 80],
}
/// Pointer to [`LINEREQMEDIACALLW`].
pub type LPLINEREQMEDIACALLW = *mut LINEREQMEDIACALLW;

/// The capabilities of one terminal of a line device.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINETERMCAPS {
    pub dwTermDev: DWORD,
    pub dwTermModes: DWORD,
    pub dwTermSharing: DWORD,
}
/// Pointer to [`LINETERMCAPS`].
pub type LPLINETERMCAPS = *mut LINETERMCAPS;

/// Locations and calling cards (`lineGetTranslateCaps`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINETRANSLATECAPS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwNumLocations: DWORD,
    pub dwLocationListSize: DWORD,
    pub dwLocationListOffset: DWORD,
    pub dwCurrentLocationID: DWORD,
    pub dwNumCards: DWORD,
    pub dwCardListSize: DWORD,
    pub dwCardListOffset: DWORD,
    pub dwCurrentPreferredCardID: DWORD,
}
/// Pointer to [`LINETRANSLATECAPS`].
pub type LPLINETRANSLATECAPS = *mut LINETRANSLATECAPS;

/// A translated address (`lineTranslateAddress`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct LINETRANSLATEOUTPUT {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwDialableStringSize: DWORD,
    pub dwDialableStringOffset: DWORD,
    pub dwDisplayableStringSize: DWORD,
    pub dwDisplayableStringOffset: DWORD,
    pub dwCurrentCountry: DWORD,
    pub dwDestCountry: DWORD,
    pub dwTranslateResults: DWORD,
}
/// Pointer to [`LINETRANSLATEOUTPUT`].
pub type LPLINETRANSLATEOUTPUT = *mut LINETRANSLATEOUTPUT;

/// A phone button (`phoneGetButtonInfo`, `phoneSetButtonInfo`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct PHONEBUTTONINFO {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwButtonMode: DWORD,
    pub dwButtonFunction: DWORD,
    pub dwButtonTextSize: DWORD,
    pub dwButtonTextOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    pub dwButtonState: DWORD,
}
/// Pointer to [`PHONEBUTTONINFO`].
pub type LPPHONEBUTTONINFO = *mut PHONEBUTTONINFO;

/// The capabilities of a phone device (`phoneGetDevCaps`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct PHONECAPS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwProviderInfoSize: DWORD,
    pub dwProviderInfoOffset: DWORD,
    pub dwPhoneInfoSize: DWORD,
    pub dwPhoneInfoOffset: DWORD,
    pub dwPermanentPhoneID: DWORD,
    pub dwPhoneNameSize: DWORD,
    pub dwPhoneNameOffset: DWORD,
    pub dwStringFormat: DWORD,
    pub dwPhoneStates: DWORD,
    pub dwHookSwitchDevs: DWORD,
    pub dwHandsetHookSwitchModes: DWORD,
    pub dwSpeakerHookSwitchModes: DWORD,
    pub dwHeadsetHookSwitchModes: DWORD,
    pub dwVolumeFlags: DWORD,
    pub dwGainFlags: DWORD,
    pub dwDisplayNumRows: DWORD,
    pub dwDisplayNumColumns: DWORD,
    pub dwNumRingModes: DWORD,
    pub dwNumButtonLamps: DWORD,
    pub dwButtonModesSize: DWORD,
    pub dwButtonModesOffset: DWORD,
    pub dwButtonFunctionsSize: DWORD,
    pub dwButtonFunctionsOffset: DWORD,
    pub dwLampModesSize: DWORD,
    pub dwLampModesOffset: DWORD,
    pub dwNumSetData: DWORD,
    pub dwSetDataSize: DWORD,
    pub dwSetDataOffset: DWORD,
    pub dwNumGetData: DWORD,
    pub dwGetDataSize: DWORD,
    pub dwGetDataOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    // ---- TAPI 2.0 and later ----
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceClassesSize: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwDeviceClassesOffset: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwPhoneFeatures: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwSettableHandsetHookSwitchModes: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwSettableSpeakerHookSwitchModes: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwSettableHeadsetHookSwitchModes: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwMonitoredHandsetHookSwitchModes: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwMonitoredSpeakerHookSwitchModes: DWORD,
    #[cfg(not(tapi_pre_v2))]
    pub dwMonitoredHeadsetHookSwitchModes: DWORD,
    // ---- TAPI 2.2 and later ----
    #[cfg(not(tapi_pre_v22))]
    pub PermanentPhoneGuid: GUID,
}
/// Pointer to [`PHONECAPS`].
pub type LPPHONECAPS = *mut PHONECAPS;

/// A phone extension ID (`phoneNegotiateAPIVersion`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct PHONEEXTENSIONID {
    pub dwExtensionID0: DWORD,
    pub dwExtensionID1: DWORD,
    pub dwExtensionID2: DWORD,
    pub dwExtensionID3: DWORD,
}
/// Pointer to [`PHONEEXTENSIONID`].
pub type LPPHONEEXTENSIONID = *mut PHONEEXTENSIONID;

/// The event handle or completion port of [`PHONEINITIALIZEEXPARAMS`].
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub union PHONEINITIALIZEEXPARAMS_HANDLES {
    pub hEvent: HANDLE,
    pub hCompletionPort: HANDLE,
}

/// Options for `phoneInitializeEx`.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct PHONEINITIALIZEEXPARAMS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwOptions: DWORD,
    pub Handles: PHONEINITIALIZEEXPARAMS_HANDLES,
    pub dwCompletionKey: DWORD,
}
/// Pointer to [`PHONEINITIALIZEEXPARAMS`].
pub type LPPHONEINITIALIZEEXPARAMS = *mut PHONEINITIALIZEEXPARAMS;

/// One phone message, as `phoneGetMessage` returns it.
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct PHONEMESSAGE {
    pub hDevice: DWORD,
    pub dwMessageID: DWORD,
    pub dwCallbackInstance: DWORD_PTR,
    pub dwParam1: DWORD_PTR,
    pub dwParam2: DWORD_PTR,
    pub dwParam3: DWORD_PTR,
}
/// Pointer to [`PHONEMESSAGE`].
pub type LPPHONEMESSAGE = *mut PHONEMESSAGE;

/// The status of a phone device (`phoneGetStatus`).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct PHONESTATUS {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwStatusFlags: DWORD,
    pub dwNumOwners: DWORD,
    pub dwNumMonitors: DWORD,
    pub dwRingMode: DWORD,
    pub dwRingVolume: DWORD,
    pub dwHandsetHookSwitchMode: DWORD,
    pub dwHandsetVolume: DWORD,
    pub dwHandsetGain: DWORD,
    pub dwSpeakerHookSwitchMode: DWORD,
    pub dwSpeakerVolume: DWORD,
    pub dwSpeakerGain: DWORD,
    pub dwHeadsetHookSwitchMode: DWORD,
    pub dwHeadsetVolume: DWORD,
    pub dwHeadsetGain: DWORD,
    pub dwDisplaySize: DWORD,
    pub dwDisplayOffset: DWORD,
    pub dwLampModesSize: DWORD,
    pub dwLampModesOffset: DWORD,
    pub dwOwnerNameSize: DWORD,
    pub dwOwnerNameOffset: DWORD,
    pub dwDevSpecificSize: DWORD,
    pub dwDevSpecificOffset: DWORD,
    // ---- TAPI 2.0 and later ----
    #[cfg(not(tapi_pre_v2))]
    pub dwPhoneFeatures: DWORD,
}
/// Pointer to [`PHONESTATUS`].
pub type LPPHONESTATUS = *mut PHONESTATUS;

/// A variably sized string or data block (`lineGetID`, `lineGetDevConfig` ...).
#[repr(C, packed)]
#[derive(Clone, Copy, Default)]
pub struct VARSTRING {
    pub dwTotalSize: DWORD,
    pub dwNeededSize: DWORD,
    pub dwUsedSize: DWORD,
    pub dwStringFormat: DWORD,
    pub dwStringSize: DWORD,
    pub dwStringOffset: DWORD,
}
/// Pointer to [`VARSTRING`].
pub type LPVARSTRING = *mut VARSTRING;

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    #[test]
    fn sizes_match_the_sdk() {
        assert_eq!(size_of::<LINECALLINFO>(), 344);
        assert_eq!(offset_of!(LINECALLINFO, dwCallTreatment), 296);
        assert_eq!(offset_of!(LINECALLINFO, dwCallerIDAddressType), 324);
        assert_eq!(size_of::<LINECALLSTATUS>(), 56);
        assert_eq!(offset_of!(LINECALLSTATUS, dwCallFeatures2), 36);
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn pointer_sized_members_on_64_bit() {
        assert_eq!(size_of::<LINEMESSAGE>(), 40);
        assert_eq!(size_of::<LINEINITIALIZEEXPARAMS>(), 28);
    }

    #[test]
    #[cfg(target_pointer_width = "32")]
    fn pointer_sized_members_on_32_bit() {
        assert_eq!(size_of::<LINEMESSAGE>(), 24);
        assert_eq!(size_of::<LINEINITIALIZEEXPARAMS>(), 24);
    }
}
