/* tapi.h: TAPI 2.x/3.x line-call API of tapi32 for Linux (libtapi32.so).
 * Constants, structures and signatures follow the Windows SDK's tapi.h. */
#ifndef TAPI32_LINUX_TAPI_H
#define TAPI32_LINUX_TAPI_H

/* Generated with cbindgen by `cargo xtask headers` from tapi32-defs (defs/) and the exports in src/ffi; do not edit. */

#include "tapi32_wintypes.h"

#ifndef TAPI_CURRENT_VERSION
#define TAPI_CURRENT_VERSION 0x00030001
#endif

/* Structure members added by later TAPI versions are compiled in by TAPI_CURRENT_VERSION. */
#if TAPI_CURRENT_VERSION < 0x00020000
#define TAPI32_PRE_V2 1
#endif
#if TAPI_CURRENT_VERSION < 0x00020002
#define TAPI32_PRE_V22 1
#endif
#if TAPI_CURRENT_VERSION < 0x00030000
#define TAPI32_PRE_V3 1
#endif
#if TAPI_CURRENT_VERSION < 0x00030001
#define TAPI32_PRE_V31 1
#endif

/* LINEPROXYREQUEST's parameters are an anonymous union, as in the SDK (C11, and an
 * extension that GCC and Clang accept in C99 when marked). */
#if defined(__GNUC__) && !defined(__cplusplus)
#define TAPI32_ANONYMOUS_UNION __extension__ union
#else
#define TAPI32_ANONYMOUS_UNION union
#endif

/* The Windows SDK packs TAPI's structures to 1 byte. */
#pragma pack(push, 1)


/**
 * A call handle.
 */
typedef DWORD HCALL;

/**
 * Pointer to [`HCALL`].
 */
typedef HCALL *LPHCALL;

/**
 * A call hub handle (TAPI 3.0).
 */
typedef DWORD HCALLHUB;

/**
 * Pointer to [`HCALLHUB`].
 */
typedef HCALLHUB *LPHCALLHUB;

/**
 * A line handle.
 */
typedef DWORD HLINE;

/**
 * Pointer to [`HLINE`].
 */
typedef HLINE *LPHLINE;

/**
 * A phone handle.
 */
typedef DWORD HPHONE;

/**
 * Pointer to [`HPHONE`].
 */
typedef HPHONE *LPHPHONE;

/**
 * An application's usage handle.
 */
typedef DWORD HLINEAPP;

/**
 * Pointer to [`HLINEAPP`].
 */
typedef HLINEAPP *LPHLINEAPP;

/**
 * An application's usage handle of the phone API.
 */
typedef DWORD HPHONEAPP;

/**
 * Pointer to [`HPHONEAPP`].
 */
typedef HPHONEAPP *LPHPHONEAPP;

/**
 * An agent session handle (TAPI 2.2).
 */
typedef DWORD HAGENTSESSION;

/**
 * Pointer to [`HAGENTSESSION`].
 */
typedef HAGENTSESSION *LPHAGENTSESSION;

/**
 * An agent handle (TAPI 2.2).
 */
typedef DWORD HAGENT;

/**
 * Pointer to [`HAGENT`].
 */
typedef HAGENT *LPHAGENT;

/**
 * A private channel handle (TAPI 3.0).
 */
typedef DWORD HPRIVATECHANNEL;

/**
 * Pointer to [`HPRIVATECHANNEL`].
 */
typedef HPRIVATECHANNEL *LPHPRIVATECHANNEL;

/**
 * Pointer to an icon handle (`lineGetIcon`, `phoneGetIcon`).
 */
typedef HICON *LPHICON;

/**
 * Pointer to a [`GUID`].
 */
typedef GUID *LPGUID;

/**
 * The application's message callback (`LINEINITIALIZEEXOPTION_USEHIDDENWINDOW` and
 * `lineInitialize`). It runs on the thread that initialized the application, inside its
 * message loop, as on Windows (or on a dispatcher thread, when the program asks for
 * one). Called through an unwinding ABI: a C++ exception thrown out of it is stopped
 * by the library, which aborts the process with a message (README "Callbacks").
 */
typedef void (*LINECALLBACK)(DWORD hDevice,
                             DWORD dwMessage,
                             DWORD_PTR dwInstance,
                             DWORD_PTR dwParam1,
                             DWORD_PTR dwParam2,
                             DWORD_PTR dwParam3);

/**
 * The phone API's message callback (`phoneInitialize`, `phoneInitializeEx`).
 */
typedef void (*PHONECALLBACK)(DWORD hDevice,
                              DWORD dwMessage,
                              DWORD_PTR dwInstance,
                              DWORD_PTR dwParam1,
                              DWORD_PTR dwParam2,
                              DWORD_PTR dwParam3);

#if defined(TAPI32_PRE_V2)
/**
 * The capabilities of an address (`lineGetAddressCaps`).
 */
typedef struct  LINEADDRESSCAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwLineDeviceID;
  DWORD dwAddressSize;
  DWORD dwAddressOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwAddressSharing;
  DWORD dwAddressStates;
  DWORD dwCallInfoStates;
  DWORD dwCallerIDFlags;
  DWORD dwCalledIDFlags;
  DWORD dwConnectedIDFlags;
  DWORD dwRedirectionIDFlags;
  DWORD dwRedirectingIDFlags;
  DWORD dwCallStates;
  DWORD dwDialToneModes;
  DWORD dwBusyModes;
  DWORD dwSpecialInfo;
  DWORD dwDisconnectModes;
  DWORD dwMaxNumActiveCalls;
  DWORD dwMaxNumOnHoldCalls;
  DWORD dwMaxNumOnHoldPendingCalls;
  DWORD dwMaxNumConference;
  DWORD dwMaxNumTransConf;
  DWORD dwAddrCapFlags;
  DWORD dwCallFeatures;
  DWORD dwRemoveFromConfCaps;
  DWORD dwRemoveFromConfState;
  DWORD dwTransferModes;
  DWORD dwParkModes;
  DWORD dwForwardModes;
  DWORD dwMaxForwardEntries;
  DWORD dwMaxSpecificEntries;
  DWORD dwMinFwdNumRings;
  DWORD dwMaxFwdNumRings;
  DWORD dwMaxCallCompletions;
  DWORD dwCallCompletionConds;
  DWORD dwCallCompletionModes;
  DWORD dwNumCompletionMessages;
  DWORD dwCompletionMsgTextEntrySize;
  DWORD dwCompletionMsgTextSize;
  DWORD dwCompletionMsgTextOffset;
  DWORD dwAddressFeatures;
} LINEADDRESSCAPS;
#endif

#if !defined(TAPI32_PRE_V2)
/**
 * The capabilities of an address (`lineGetAddressCaps`).
 */
typedef struct  LINEADDRESSCAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwLineDeviceID;
  DWORD dwAddressSize;
  DWORD dwAddressOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwAddressSharing;
  DWORD dwAddressStates;
  DWORD dwCallInfoStates;
  DWORD dwCallerIDFlags;
  DWORD dwCalledIDFlags;
  DWORD dwConnectedIDFlags;
  DWORD dwRedirectionIDFlags;
  DWORD dwRedirectingIDFlags;
  DWORD dwCallStates;
  DWORD dwDialToneModes;
  DWORD dwBusyModes;
  DWORD dwSpecialInfo;
  DWORD dwDisconnectModes;
  DWORD dwMaxNumActiveCalls;
  DWORD dwMaxNumOnHoldCalls;
  DWORD dwMaxNumOnHoldPendingCalls;
  DWORD dwMaxNumConference;
  DWORD dwMaxNumTransConf;
  DWORD dwAddrCapFlags;
  DWORD dwCallFeatures;
  DWORD dwRemoveFromConfCaps;
  DWORD dwRemoveFromConfState;
  DWORD dwTransferModes;
  DWORD dwParkModes;
  DWORD dwForwardModes;
  DWORD dwMaxForwardEntries;
  DWORD dwMaxSpecificEntries;
  DWORD dwMinFwdNumRings;
  DWORD dwMaxFwdNumRings;
  DWORD dwMaxCallCompletions;
  DWORD dwCallCompletionConds;
  DWORD dwCallCompletionModes;
  DWORD dwNumCompletionMessages;
  DWORD dwCompletionMsgTextEntrySize;
  DWORD dwCompletionMsgTextSize;
  DWORD dwCompletionMsgTextOffset;
  DWORD dwAddressFeatures;
  DWORD dwPredictiveAutoTransferStates;
  DWORD dwNumCallTreatments;
  DWORD dwCallTreatmentListSize;
  DWORD dwCallTreatmentListOffset;
  DWORD dwDeviceClassesSize;
  DWORD dwDeviceClassesOffset;
  DWORD dwMaxCallDataSize;
  DWORD dwCallFeatures2;
  DWORD dwMaxNoAnswerTimeout;
  DWORD dwConnectedModes;
  DWORD dwOfferingModes;
  DWORD dwAvailableMediaModes;
} LINEADDRESSCAPS;
#endif

/**
 * Pointer to [`LINEADDRESSCAPS`].
 */
typedef struct LINEADDRESSCAPS *LPLINEADDRESSCAPS;

/**
 * The status of an address (`lineGetAddressStatus`).
 */
typedef struct  LINEADDRESSSTATUS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumInUse;
  DWORD dwNumActiveCalls;
  DWORD dwNumOnHoldCalls;
  DWORD dwNumOnHoldPendCalls;
  DWORD dwAddressFeatures;
  DWORD dwNumRingsNoAnswer;
  DWORD dwForwardNumEntries;
  DWORD dwForwardSize;
  DWORD dwForwardOffset;
  DWORD dwTerminalModesSize;
  DWORD dwTerminalModesOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
} LINEADDRESSSTATUS;

/**
 * Pointer to [`LINEADDRESSSTATUS`].
 */
typedef struct LINEADDRESSSTATUS *LPLINEADDRESSSTATUS;

/**
 * One agent activity of a [`LINEAGENTACTIVITYLIST`].
 */
typedef struct  LINEAGENTACTIVITYENTRY {
  DWORD dwID;
  DWORD dwNameSize;
  DWORD dwNameOffset;
} LINEAGENTACTIVITYENTRY;

/**
 * Pointer to [`LINEAGENTACTIVITYENTRY`].
 */
typedef struct LINEAGENTACTIVITYENTRY *LPLINEAGENTACTIVITYENTRY;

/**
 * The agent activities of an address (`lineGetAgentActivityList`).
 */
typedef struct  LINEAGENTACTIVITYLIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumEntries;
  DWORD dwListSize;
  DWORD dwListOffset;
} LINEAGENTACTIVITYLIST;

/**
 * Pointer to [`LINEAGENTACTIVITYLIST`].
 */
typedef struct LINEAGENTACTIVITYLIST *LPLINEAGENTACTIVITYLIST;

#if defined(TAPI32_PRE_V22)
/**
 * The agent capabilities of an address (`lineGetAgentCaps`).
 */
typedef struct  LINEAGENTCAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwAgentHandlerInfoSize;
  DWORD dwAgentHandlerInfoOffset;
  DWORD dwCapsVersion;
  DWORD dwFeatures;
  DWORD dwStates;
  DWORD dwNextStates;
  DWORD dwMaxNumGroupEntries;
  DWORD dwAgentStatusMessages;
  DWORD dwNumAgentExtensionIDs;
  DWORD dwAgentExtensionIDListSize;
  DWORD dwAgentExtensionIDListOffset;
} LINEAGENTCAPS;
#endif

#if !defined(TAPI32_PRE_V22)
/**
 * The agent capabilities of an address (`lineGetAgentCaps`).
 */
typedef struct  LINEAGENTCAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwAgentHandlerInfoSize;
  DWORD dwAgentHandlerInfoOffset;
  DWORD dwCapsVersion;
  DWORD dwFeatures;
  DWORD dwStates;
  DWORD dwNextStates;
  DWORD dwMaxNumGroupEntries;
  DWORD dwAgentStatusMessages;
  DWORD dwNumAgentExtensionIDs;
  DWORD dwAgentExtensionIDListSize;
  DWORD dwAgentExtensionIDListOffset;
  GUID ProxyGUID;
} LINEAGENTCAPS;
#endif

/**
 * Pointer to [`LINEAGENTCAPS`].
 */
typedef struct LINEAGENTCAPS *LPLINEAGENTCAPS;

/**
 * The 128-bit ID of an agent group.
 */
typedef struct  LINEAGENTGROUPENTRY_GroupID {
  DWORD dwGroupID1;
  DWORD dwGroupID2;
  DWORD dwGroupID3;
  DWORD dwGroupID4;
} LINEAGENTGROUPENTRY_GroupID;

/**
 * One agent group of a [`LINEAGENTGROUPLIST`].
 */
typedef struct  LINEAGENTGROUPENTRY {
  struct LINEAGENTGROUPENTRY_GroupID GroupID;
  DWORD dwNameSize;
  DWORD dwNameOffset;
} LINEAGENTGROUPENTRY;

/**
 * Pointer to [`LINEAGENTGROUPENTRY`].
 */
typedef struct LINEAGENTGROUPENTRY *LPLINEAGENTGROUPENTRY;

/**
 * Agent groups (`lineGetAgentGroupList`, `lineSetAgentGroup`).
 */
typedef struct  LINEAGENTGROUPLIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumEntries;
  DWORD dwListSize;
  DWORD dwListOffset;
} LINEAGENTGROUPLIST;

/**
 * Pointer to [`LINEAGENTGROUPLIST`].
 */
typedef struct LINEAGENTGROUPLIST *LPLINEAGENTGROUPLIST;

/**
 * The agent status of an address (`lineGetAgentStatus`).
 */
typedef struct  LINEAGENTSTATUS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumEntries;
  DWORD dwGroupListSize;
  DWORD dwGroupListOffset;
  DWORD dwState;
  DWORD dwNextState;
  DWORD dwActivityID;
  DWORD dwActivitySize;
  DWORD dwActivityOffset;
  DWORD dwAgentFeatures;
  DWORD dwValidStates;
  DWORD dwValidNextStates;
} LINEAGENTSTATUS;

/**
 * Pointer to [`LINEAGENTSTATUS`].
 */
typedef struct LINEAGENTSTATUS *LPLINEAGENTSTATUS;

/**
 * One application that has a line open ([`LINEDEVSTATUS`]'s application list).
 */
typedef struct  LINEAPPINFO {
  DWORD dwMachineNameSize;
  DWORD dwMachineNameOffset;
  DWORD dwUserNameSize;
  DWORD dwUserNameOffset;
  DWORD dwModuleFilenameSize;
  DWORD dwModuleFilenameOffset;
  DWORD dwFriendlyNameSize;
  DWORD dwFriendlyNameOffset;
  DWORD dwMediaModes;
  DWORD dwAddressID;
} LINEAPPINFO;

/**
 * Pointer to [`LINEAPPINFO`].
 */
typedef struct LINEAPPINFO *LPLINEAPPINFO;

/**
 * One agent of a [`LINEAGENTLIST`].
 */
typedef struct  LINEAGENTENTRY {
  HAGENT hAgent;
  DWORD dwNameSize;
  DWORD dwNameOffset;
  DWORD dwIDSize;
  DWORD dwIDOffset;
  DWORD dwPINSize;
  DWORD dwPINOffset;
} LINEAGENTENTRY;

/**
 * Pointer to [`LINEAGENTENTRY`].
 */
typedef struct LINEAGENTENTRY *LPLINEAGENTENTRY;

/**
 * A list of agents.
 */
typedef struct  LINEAGENTLIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumEntries;
  DWORD dwListSize;
  DWORD dwListOffset;
} LINEAGENTLIST;

/**
 * Pointer to [`LINEAGENTLIST`].
 */
typedef struct LINEAGENTLIST *LPLINEAGENTLIST;

/**
 * Information about an agent (`lineGetAgentInfo`).
 */
typedef struct  LINEAGENTINFO {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwAgentState;
  DWORD dwNextAgentState;
  DWORD dwMeasurementPeriod;
  CURRENCY cyOverallCallRate;
  DWORD dwNumberOfACDCalls;
  DWORD dwNumberOfIncomingCalls;
  DWORD dwNumberOfOutgoingCalls;
  DWORD dwTotalACDTalkTime;
  DWORD dwTotalACDCallTime;
  DWORD dwTotalACDWrapUpTime;
} LINEAGENTINFO;

/**
 * Pointer to [`LINEAGENTINFO`].
 */
typedef struct LINEAGENTINFO *LPLINEAGENTINFO;

/**
 * One agent session of a [`LINEAGENTSESSIONLIST`].
 */
typedef struct  LINEAGENTSESSIONENTRY {
  HAGENTSESSION hAgentSession;
  HAGENT hAgent;
  GUID GroupID;
  DWORD dwWorkingAddressID;
} LINEAGENTSESSIONENTRY;

/**
 * Pointer to [`LINEAGENTSESSIONENTRY`].
 */
typedef struct LINEAGENTSESSIONENTRY *LPLINEAGENTSESSIONENTRY;

/**
 * The sessions of an agent (`lineGetAgentSessionList`).
 */
typedef struct  LINEAGENTSESSIONLIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumEntries;
  DWORD dwListSize;
  DWORD dwListOffset;
} LINEAGENTSESSIONLIST;

/**
 * Pointer to [`LINEAGENTSESSIONLIST`].
 */
typedef struct LINEAGENTSESSIONLIST *LPLINEAGENTSESSIONLIST;

/**
 * Information about an agent session (`lineGetAgentSessionInfo`).
 */
typedef struct  LINEAGENTSESSIONINFO {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwAgentSessionState;
  DWORD dwNextAgentSessionState;
  DATE dateSessionStartTime;
  DWORD dwSessionDuration;
  DWORD dwNumberOfCalls;
  DWORD dwTotalTalkTime;
  DWORD dwAverageTalkTime;
  DWORD dwTotalCallTime;
  DWORD dwAverageCallTime;
  DWORD dwTotalWrapUpTime;
  DWORD dwAverageWrapUpTime;
  CURRENCY cyACDCallRate;
  DWORD dwLongestTimeToAnswer;
  DWORD dwAverageTimeToAnswer;
} LINEAGENTSESSIONINFO;

/**
 * Pointer to [`LINEAGENTSESSIONINFO`].
 */
typedef struct LINEAGENTSESSIONINFO *LPLINEAGENTSESSIONINFO;

/**
 * One queue of a [`LINEQUEUELIST`].
 */
typedef struct  LINEQUEUEENTRY {
  DWORD dwQueueID;
  DWORD dwNameSize;
  DWORD dwNameOffset;
} LINEQUEUEENTRY;

/**
 * Pointer to [`LINEQUEUEENTRY`].
 */
typedef struct LINEQUEUEENTRY *LPLINEQUEUEENTRY;

/**
 * The queues of an agent group (`lineGetQueueList`).
 */
typedef struct  LINEQUEUELIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumEntries;
  DWORD dwListSize;
  DWORD dwListOffset;
} LINEQUEUELIST;

/**
 * Pointer to [`LINEQUEUELIST`].
 */
typedef struct LINEQUEUELIST *LPLINEQUEUELIST;

/**
 * Information about a queue (`lineGetQueueInfo`).
 */
typedef struct  LINEQUEUEINFO {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwMeasurementPeriod;
  DWORD dwTotalCallsQueued;
  DWORD dwCurrentCallsQueued;
  DWORD dwTotalCallsAbandoned;
  DWORD dwTotalCallsFlowedIn;
  DWORD dwTotalCallsFlowedOut;
  DWORD dwLongestEverWaitTime;
  DWORD dwCurrentLongestWaitTime;
  DWORD dwAverageWaitTime;
  DWORD dwFinalDisposition;
} LINEQUEUEINFO;

/**
 * Pointer to [`LINEQUEUEINFO`].
 */
typedef struct LINEQUEUEINFO *LPLINEQUEUEINFO;

/**
 * The proxy request types a proxy handles (`lineGetProxyStatus`).
 */
typedef struct  LINEPROXYREQUESTLIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumEntries;
  DWORD dwListSize;
  DWORD dwListOffset;
} LINEPROXYREQUESTLIST;

/**
 * Pointer to [`LINEPROXYREQUESTLIST`].
 */
typedef struct LINEPROXYREQUESTLIST *LPLINEPROXYREQUESTLIST;

/**
 * Call hub tracking (`lineGetCallHubTracking`, `lineSetCallHubTracking`).
 */
typedef struct  LINECALLHUBTRACKINGINFO {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwAvailableTracking;
  DWORD dwCurrentTracking;
} LINECALLHUBTRACKINGINFO;

/**
 * Pointer to [`LINECALLHUBTRACKINGINFO`].
 */
typedef struct LINECALLHUBTRACKINGINFO *LPLINECALLHUBTRACKINGINFO;

/**
 * Dialing parameters.
 */
typedef struct  LINEDIALPARAMS {
  DWORD dwDialPause;
  DWORD dwDialSpeed;
  DWORD dwDigitDuration;
  DWORD dwWaitForDialtone;
} LINEDIALPARAMS;

/**
 * Pointer to [`LINEDIALPARAMS`].
 */
typedef struct LINEDIALPARAMS *LPLINEDIALPARAMS;

#if defined(TAPI32_PRE_V2)
/**
 * Information about a call (`lineGetCallInfo`). Fixed part: 296 bytes for TAPI 1.4, 324 for 2.x, 344 for 3.x.
 */
typedef struct  LINECALLINFO {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  HLINE hLine;
  DWORD dwLineDeviceID;
  DWORD dwAddressID;
  DWORD dwBearerMode;
  DWORD dwRate;
  DWORD dwMediaMode;
  DWORD dwAppSpecific;
  DWORD dwCallID;
  DWORD dwRelatedCallID;
  DWORD dwCallParamFlags;
  DWORD dwCallStates;
  DWORD dwMonitorDigitModes;
  DWORD dwMonitorMediaModes;
  struct LINEDIALPARAMS DialParams;
  DWORD dwOrigin;
  DWORD dwReason;
  DWORD dwCompletionID;
  DWORD dwNumOwners;
  DWORD dwNumMonitors;
  DWORD dwCountryCode;
  DWORD dwTrunk;
  DWORD dwCallerIDFlags;
  DWORD dwCallerIDSize;
  DWORD dwCallerIDOffset;
  DWORD dwCallerIDNameSize;
  DWORD dwCallerIDNameOffset;
  DWORD dwCalledIDFlags;
  DWORD dwCalledIDSize;
  DWORD dwCalledIDOffset;
  DWORD dwCalledIDNameSize;
  DWORD dwCalledIDNameOffset;
  DWORD dwConnectedIDFlags;
  DWORD dwConnectedIDSize;
  DWORD dwConnectedIDOffset;
  DWORD dwConnectedIDNameSize;
  DWORD dwConnectedIDNameOffset;
  DWORD dwRedirectionIDFlags;
  DWORD dwRedirectionIDSize;
  DWORD dwRedirectionIDOffset;
  DWORD dwRedirectionIDNameSize;
  DWORD dwRedirectionIDNameOffset;
  DWORD dwRedirectingIDFlags;
  DWORD dwRedirectingIDSize;
  DWORD dwRedirectingIDOffset;
  DWORD dwRedirectingIDNameSize;
  DWORD dwRedirectingIDNameOffset;
  DWORD dwAppNameSize;
  DWORD dwAppNameOffset;
  DWORD dwDisplayableAddressSize;
  DWORD dwDisplayableAddressOffset;
  DWORD dwCalledPartySize;
  DWORD dwCalledPartyOffset;
  DWORD dwCommentSize;
  DWORD dwCommentOffset;
  DWORD dwDisplaySize;
  DWORD dwDisplayOffset;
  DWORD dwUserUserInfoSize;
  DWORD dwUserUserInfoOffset;
  DWORD dwHighLevelCompSize;
  DWORD dwHighLevelCompOffset;
  DWORD dwLowLevelCompSize;
  DWORD dwLowLevelCompOffset;
  DWORD dwChargingInfoSize;
  DWORD dwChargingInfoOffset;
  DWORD dwTerminalModesSize;
  DWORD dwTerminalModesOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
} LINECALLINFO;
#endif

#if (!defined(TAPI32_PRE_V2) && defined(TAPI32_PRE_V3))
/**
 * Information about a call (`lineGetCallInfo`). Fixed part: 296 bytes for TAPI 1.4, 324 for 2.x, 344 for 3.x.
 */
typedef struct  LINECALLINFO {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  HLINE hLine;
  DWORD dwLineDeviceID;
  DWORD dwAddressID;
  DWORD dwBearerMode;
  DWORD dwRate;
  DWORD dwMediaMode;
  DWORD dwAppSpecific;
  DWORD dwCallID;
  DWORD dwRelatedCallID;
  DWORD dwCallParamFlags;
  DWORD dwCallStates;
  DWORD dwMonitorDigitModes;
  DWORD dwMonitorMediaModes;
  struct LINEDIALPARAMS DialParams;
  DWORD dwOrigin;
  DWORD dwReason;
  DWORD dwCompletionID;
  DWORD dwNumOwners;
  DWORD dwNumMonitors;
  DWORD dwCountryCode;
  DWORD dwTrunk;
  DWORD dwCallerIDFlags;
  DWORD dwCallerIDSize;
  DWORD dwCallerIDOffset;
  DWORD dwCallerIDNameSize;
  DWORD dwCallerIDNameOffset;
  DWORD dwCalledIDFlags;
  DWORD dwCalledIDSize;
  DWORD dwCalledIDOffset;
  DWORD dwCalledIDNameSize;
  DWORD dwCalledIDNameOffset;
  DWORD dwConnectedIDFlags;
  DWORD dwConnectedIDSize;
  DWORD dwConnectedIDOffset;
  DWORD dwConnectedIDNameSize;
  DWORD dwConnectedIDNameOffset;
  DWORD dwRedirectionIDFlags;
  DWORD dwRedirectionIDSize;
  DWORD dwRedirectionIDOffset;
  DWORD dwRedirectionIDNameSize;
  DWORD dwRedirectionIDNameOffset;
  DWORD dwRedirectingIDFlags;
  DWORD dwRedirectingIDSize;
  DWORD dwRedirectingIDOffset;
  DWORD dwRedirectingIDNameSize;
  DWORD dwRedirectingIDNameOffset;
  DWORD dwAppNameSize;
  DWORD dwAppNameOffset;
  DWORD dwDisplayableAddressSize;
  DWORD dwDisplayableAddressOffset;
  DWORD dwCalledPartySize;
  DWORD dwCalledPartyOffset;
  DWORD dwCommentSize;
  DWORD dwCommentOffset;
  DWORD dwDisplaySize;
  DWORD dwDisplayOffset;
  DWORD dwUserUserInfoSize;
  DWORD dwUserUserInfoOffset;
  DWORD dwHighLevelCompSize;
  DWORD dwHighLevelCompOffset;
  DWORD dwLowLevelCompSize;
  DWORD dwLowLevelCompOffset;
  DWORD dwChargingInfoSize;
  DWORD dwChargingInfoOffset;
  DWORD dwTerminalModesSize;
  DWORD dwTerminalModesOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwCallTreatment;
  DWORD dwCallDataSize;
  DWORD dwCallDataOffset;
  DWORD dwSendingFlowspecSize;
  DWORD dwSendingFlowspecOffset;
  DWORD dwReceivingFlowspecSize;
  DWORD dwReceivingFlowspecOffset;
} LINECALLINFO;
#endif

#if !defined(TAPI32_PRE_V3)
/**
 * Information about a call (`lineGetCallInfo`). Fixed part: 296 bytes for TAPI 1.4, 324 for 2.x, 344 for 3.x.
 */
typedef struct  LINECALLINFO {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  HLINE hLine;
  DWORD dwLineDeviceID;
  DWORD dwAddressID;
  DWORD dwBearerMode;
  DWORD dwRate;
  DWORD dwMediaMode;
  DWORD dwAppSpecific;
  DWORD dwCallID;
  DWORD dwRelatedCallID;
  DWORD dwCallParamFlags;
  DWORD dwCallStates;
  DWORD dwMonitorDigitModes;
  DWORD dwMonitorMediaModes;
  struct LINEDIALPARAMS DialParams;
  DWORD dwOrigin;
  DWORD dwReason;
  DWORD dwCompletionID;
  DWORD dwNumOwners;
  DWORD dwNumMonitors;
  DWORD dwCountryCode;
  DWORD dwTrunk;
  DWORD dwCallerIDFlags;
  DWORD dwCallerIDSize;
  DWORD dwCallerIDOffset;
  DWORD dwCallerIDNameSize;
  DWORD dwCallerIDNameOffset;
  DWORD dwCalledIDFlags;
  DWORD dwCalledIDSize;
  DWORD dwCalledIDOffset;
  DWORD dwCalledIDNameSize;
  DWORD dwCalledIDNameOffset;
  DWORD dwConnectedIDFlags;
  DWORD dwConnectedIDSize;
  DWORD dwConnectedIDOffset;
  DWORD dwConnectedIDNameSize;
  DWORD dwConnectedIDNameOffset;
  DWORD dwRedirectionIDFlags;
  DWORD dwRedirectionIDSize;
  DWORD dwRedirectionIDOffset;
  DWORD dwRedirectionIDNameSize;
  DWORD dwRedirectionIDNameOffset;
  DWORD dwRedirectingIDFlags;
  DWORD dwRedirectingIDSize;
  DWORD dwRedirectingIDOffset;
  DWORD dwRedirectingIDNameSize;
  DWORD dwRedirectingIDNameOffset;
  DWORD dwAppNameSize;
  DWORD dwAppNameOffset;
  DWORD dwDisplayableAddressSize;
  DWORD dwDisplayableAddressOffset;
  DWORD dwCalledPartySize;
  DWORD dwCalledPartyOffset;
  DWORD dwCommentSize;
  DWORD dwCommentOffset;
  DWORD dwDisplaySize;
  DWORD dwDisplayOffset;
  DWORD dwUserUserInfoSize;
  DWORD dwUserUserInfoOffset;
  DWORD dwHighLevelCompSize;
  DWORD dwHighLevelCompOffset;
  DWORD dwLowLevelCompSize;
  DWORD dwLowLevelCompOffset;
  DWORD dwChargingInfoSize;
  DWORD dwChargingInfoOffset;
  DWORD dwTerminalModesSize;
  DWORD dwTerminalModesOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwCallTreatment;
  DWORD dwCallDataSize;
  DWORD dwCallDataOffset;
  DWORD dwSendingFlowspecSize;
  DWORD dwSendingFlowspecOffset;
  DWORD dwReceivingFlowspecSize;
  DWORD dwReceivingFlowspecOffset;
  DWORD dwCallerIDAddressType;
  DWORD dwCalledIDAddressType;
  DWORD dwConnectedIDAddressType;
  DWORD dwRedirectionIDAddressType;
  DWORD dwRedirectingIDAddressType;
} LINECALLINFO;
#endif

/**
 * Pointer to [`LINECALLINFO`].
 */
typedef struct LINECALLINFO *LPLINECALLINFO;

/**
 * A list of call handles (`lineGetNewCalls`, `lineGetConfRelatedCalls`).
 */
typedef struct  LINECALLLIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwCallsNumEntries;
  DWORD dwCallsSize;
  DWORD dwCallsOffset;
} LINECALLLIST;

/**
 * Pointer to [`LINECALLLIST`].
 */
typedef struct LINECALLLIST *LPLINECALLLIST;

#if defined(TAPI32_PRE_V2)
/**
 * Parameters for making a call (`lineMakeCall`, `lineOpen` with `LINEMAPPER`).
 */
typedef struct  LINECALLPARAMS {
  DWORD dwTotalSize;
  DWORD dwBearerMode;
  DWORD dwMinRate;
  DWORD dwMaxRate;
  DWORD dwMediaMode;
  DWORD dwCallParamFlags;
  DWORD dwAddressMode;
  DWORD dwAddressID;
  struct LINEDIALPARAMS DialParams;
  DWORD dwOrigAddressSize;
  DWORD dwOrigAddressOffset;
  DWORD dwDisplayableAddressSize;
  DWORD dwDisplayableAddressOffset;
  DWORD dwCalledPartySize;
  DWORD dwCalledPartyOffset;
  DWORD dwCommentSize;
  DWORD dwCommentOffset;
  DWORD dwUserUserInfoSize;
  DWORD dwUserUserInfoOffset;
  DWORD dwHighLevelCompSize;
  DWORD dwHighLevelCompOffset;
  DWORD dwLowLevelCompSize;
  DWORD dwLowLevelCompOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
} LINECALLPARAMS;
#endif

#if (!defined(TAPI32_PRE_V2) && defined(TAPI32_PRE_V3))
/**
 * Parameters for making a call (`lineMakeCall`, `lineOpen` with `LINEMAPPER`).
 */
typedef struct  LINECALLPARAMS {
  DWORD dwTotalSize;
  DWORD dwBearerMode;
  DWORD dwMinRate;
  DWORD dwMaxRate;
  DWORD dwMediaMode;
  DWORD dwCallParamFlags;
  DWORD dwAddressMode;
  DWORD dwAddressID;
  struct LINEDIALPARAMS DialParams;
  DWORD dwOrigAddressSize;
  DWORD dwOrigAddressOffset;
  DWORD dwDisplayableAddressSize;
  DWORD dwDisplayableAddressOffset;
  DWORD dwCalledPartySize;
  DWORD dwCalledPartyOffset;
  DWORD dwCommentSize;
  DWORD dwCommentOffset;
  DWORD dwUserUserInfoSize;
  DWORD dwUserUserInfoOffset;
  DWORD dwHighLevelCompSize;
  DWORD dwHighLevelCompOffset;
  DWORD dwLowLevelCompSize;
  DWORD dwLowLevelCompOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwPredictiveAutoTransferStates;
  DWORD dwTargetAddressSize;
  DWORD dwTargetAddressOffset;
  DWORD dwSendingFlowspecSize;
  DWORD dwSendingFlowspecOffset;
  DWORD dwReceivingFlowspecSize;
  DWORD dwReceivingFlowspecOffset;
  DWORD dwDeviceClassSize;
  DWORD dwDeviceClassOffset;
  DWORD dwDeviceConfigSize;
  DWORD dwDeviceConfigOffset;
  DWORD dwCallDataSize;
  DWORD dwCallDataOffset;
  DWORD dwNoAnswerTimeout;
  DWORD dwCallingPartyIDSize;
  DWORD dwCallingPartyIDOffset;
} LINECALLPARAMS;
#endif

#if !defined(TAPI32_PRE_V3)
/**
 * Parameters for making a call (`lineMakeCall`, `lineOpen` with `LINEMAPPER`).
 */
typedef struct  LINECALLPARAMS {
  DWORD dwTotalSize;
  DWORD dwBearerMode;
  DWORD dwMinRate;
  DWORD dwMaxRate;
  DWORD dwMediaMode;
  DWORD dwCallParamFlags;
  DWORD dwAddressMode;
  DWORD dwAddressID;
  struct LINEDIALPARAMS DialParams;
  DWORD dwOrigAddressSize;
  DWORD dwOrigAddressOffset;
  DWORD dwDisplayableAddressSize;
  DWORD dwDisplayableAddressOffset;
  DWORD dwCalledPartySize;
  DWORD dwCalledPartyOffset;
  DWORD dwCommentSize;
  DWORD dwCommentOffset;
  DWORD dwUserUserInfoSize;
  DWORD dwUserUserInfoOffset;
  DWORD dwHighLevelCompSize;
  DWORD dwHighLevelCompOffset;
  DWORD dwLowLevelCompSize;
  DWORD dwLowLevelCompOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwPredictiveAutoTransferStates;
  DWORD dwTargetAddressSize;
  DWORD dwTargetAddressOffset;
  DWORD dwSendingFlowspecSize;
  DWORD dwSendingFlowspecOffset;
  DWORD dwReceivingFlowspecSize;
  DWORD dwReceivingFlowspecOffset;
  DWORD dwDeviceClassSize;
  DWORD dwDeviceClassOffset;
  DWORD dwDeviceConfigSize;
  DWORD dwDeviceConfigOffset;
  DWORD dwCallDataSize;
  DWORD dwCallDataOffset;
  DWORD dwNoAnswerTimeout;
  DWORD dwCallingPartyIDSize;
  DWORD dwCallingPartyIDOffset;
  DWORD dwAddressType;
} LINECALLPARAMS;
#endif

/**
 * Pointer to [`LINECALLPARAMS`].
 */
typedef struct LINECALLPARAMS *LPLINECALLPARAMS;

#if defined(TAPI32_PRE_V2)
/**
 * The status of a call (`lineGetCallStatus`). Fixed part: 36 bytes for TAPI 1.x, 56 from 2.0.
 */
typedef struct  LINECALLSTATUS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwCallState;
  DWORD dwCallStateMode;
  DWORD dwCallPrivilege;
  DWORD dwCallFeatures;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
} LINECALLSTATUS;
#endif

#if !defined(TAPI32_PRE_V2)
/**
 * The status of a call (`lineGetCallStatus`). Fixed part: 36 bytes for TAPI 1.x, 56 from 2.0.
 */
typedef struct  LINECALLSTATUS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwCallState;
  DWORD dwCallStateMode;
  DWORD dwCallPrivilege;
  DWORD dwCallFeatures;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwCallFeatures2;
  SYSTEMTIME tStateEntryTime;
} LINECALLSTATUS;
#endif

/**
 * Pointer to [`LINECALLSTATUS`].
 */
typedef struct LINECALLSTATUS *LPLINECALLSTATUS;

/**
 * One call treatment of [`LINEADDRESSCAPS`]' call treatment list.
 */
typedef struct  LINECALLTREATMENTENTRY {
  DWORD dwCallTreatmentID;
  DWORD dwCallTreatmentNameSize;
  DWORD dwCallTreatmentNameOffset;
} LINECALLTREATMENTENTRY;

/**
 * Pointer to [`LINECALLTREATMENTENTRY`].
 */
typedef struct LINECALLTREATMENTENTRY *LPLINECALLTREATMENTENTRY;

/**
 * One calling card of a [`LINETRANSLATECAPS`].
 */
typedef struct  LINECARDENTRY {
  DWORD dwPermanentCardID;
  DWORD dwCardNameSize;
  DWORD dwCardNameOffset;
  DWORD dwCardNumberDigits;
  DWORD dwSameAreaRuleSize;
  DWORD dwSameAreaRuleOffset;
  DWORD dwLongDistanceRuleSize;
  DWORD dwLongDistanceRuleOffset;
  DWORD dwInternationalRuleSize;
  DWORD dwInternationalRuleOffset;
  DWORD dwOptions;
} LINECARDENTRY;

/**
 * Pointer to [`LINECARDENTRY`].
 */
typedef struct LINECARDENTRY *LPLINECARDENTRY;

/**
 * One country of a [`LINECOUNTRYLIST`].
 */
typedef struct  LINECOUNTRYENTRY {
  DWORD dwCountryID;
  DWORD dwCountryCode;
  DWORD dwNextCountryID;
  DWORD dwCountryNameSize;
  DWORD dwCountryNameOffset;
  DWORD dwSameAreaRuleSize;
  DWORD dwSameAreaRuleOffset;
  DWORD dwLongDistanceRuleSize;
  DWORD dwLongDistanceRuleOffset;
  DWORD dwInternationalRuleSize;
  DWORD dwInternationalRuleOffset;
} LINECOUNTRYENTRY;

/**
 * Pointer to [`LINECOUNTRYENTRY`].
 */
typedef struct LINECOUNTRYENTRY *LPLINECOUNTRYENTRY;

/**
 * Dialing rules of countries (`lineGetCountry`).
 */
typedef struct  LINECOUNTRYLIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumCountries;
  DWORD dwCountryListSize;
  DWORD dwCountryListOffset;
} LINECOUNTRYLIST;

/**
 * Pointer to [`LINECOUNTRYLIST`].
 */
typedef struct LINECOUNTRYLIST *LPLINECOUNTRYLIST;

#if defined(TAPI32_PRE_V2)
/**
 * The capabilities of a line device (`lineGetDevCaps`).
 */
typedef struct  LINEDEVCAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwProviderInfoSize;
  DWORD dwProviderInfoOffset;
  DWORD dwSwitchInfoSize;
  DWORD dwSwitchInfoOffset;
  DWORD dwPermanentLineID;
  DWORD dwLineNameSize;
  DWORD dwLineNameOffset;
  DWORD dwStringFormat;
  DWORD dwAddressModes;
  DWORD dwNumAddresses;
  DWORD dwBearerModes;
  DWORD dwMaxRate;
  DWORD dwMediaModes;
  DWORD dwGenerateToneModes;
  DWORD dwGenerateToneMaxNumFreq;
  DWORD dwGenerateDigitModes;
  DWORD dwMonitorToneMaxNumFreq;
  DWORD dwMonitorToneMaxNumEntries;
  DWORD dwMonitorDigitModes;
  DWORD dwGatherDigitsMinTimeout;
  DWORD dwGatherDigitsMaxTimeout;
  DWORD dwMedCtlDigitMaxListSize;
  DWORD dwMedCtlMediaMaxListSize;
  DWORD dwMedCtlToneMaxListSize;
  DWORD dwMedCtlCallStateMaxListSize;
  DWORD dwDevCapFlags;
  DWORD dwMaxNumActiveCalls;
  DWORD dwAnswerMode;
  DWORD dwRingModes;
  DWORD dwLineStates;
  DWORD dwUUIAcceptSize;
  DWORD dwUUIAnswerSize;
  DWORD dwUUIMakeCallSize;
  DWORD dwUUIDropSize;
  DWORD dwUUISendUserUserInfoSize;
  DWORD dwUUICallInfoSize;
  struct LINEDIALPARAMS MinDialParams;
  struct LINEDIALPARAMS MaxDialParams;
  struct LINEDIALPARAMS DefaultDialParams;
  DWORD dwNumTerminals;
  DWORD dwTerminalCapsSize;
  DWORD dwTerminalCapsOffset;
  DWORD dwTerminalTextEntrySize;
  DWORD dwTerminalTextSize;
  DWORD dwTerminalTextOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwLineFeatures;
} LINEDEVCAPS;
#endif

#if (!defined(TAPI32_PRE_V2) && defined(TAPI32_PRE_V22))
/**
 * The capabilities of a line device (`lineGetDevCaps`).
 */
typedef struct  LINEDEVCAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwProviderInfoSize;
  DWORD dwProviderInfoOffset;
  DWORD dwSwitchInfoSize;
  DWORD dwSwitchInfoOffset;
  DWORD dwPermanentLineID;
  DWORD dwLineNameSize;
  DWORD dwLineNameOffset;
  DWORD dwStringFormat;
  DWORD dwAddressModes;
  DWORD dwNumAddresses;
  DWORD dwBearerModes;
  DWORD dwMaxRate;
  DWORD dwMediaModes;
  DWORD dwGenerateToneModes;
  DWORD dwGenerateToneMaxNumFreq;
  DWORD dwGenerateDigitModes;
  DWORD dwMonitorToneMaxNumFreq;
  DWORD dwMonitorToneMaxNumEntries;
  DWORD dwMonitorDigitModes;
  DWORD dwGatherDigitsMinTimeout;
  DWORD dwGatherDigitsMaxTimeout;
  DWORD dwMedCtlDigitMaxListSize;
  DWORD dwMedCtlMediaMaxListSize;
  DWORD dwMedCtlToneMaxListSize;
  DWORD dwMedCtlCallStateMaxListSize;
  DWORD dwDevCapFlags;
  DWORD dwMaxNumActiveCalls;
  DWORD dwAnswerMode;
  DWORD dwRingModes;
  DWORD dwLineStates;
  DWORD dwUUIAcceptSize;
  DWORD dwUUIAnswerSize;
  DWORD dwUUIMakeCallSize;
  DWORD dwUUIDropSize;
  DWORD dwUUISendUserUserInfoSize;
  DWORD dwUUICallInfoSize;
  struct LINEDIALPARAMS MinDialParams;
  struct LINEDIALPARAMS MaxDialParams;
  struct LINEDIALPARAMS DefaultDialParams;
  DWORD dwNumTerminals;
  DWORD dwTerminalCapsSize;
  DWORD dwTerminalCapsOffset;
  DWORD dwTerminalTextEntrySize;
  DWORD dwTerminalTextSize;
  DWORD dwTerminalTextOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwLineFeatures;
  DWORD dwSettableDevStatus;
  DWORD dwDeviceClassesSize;
  DWORD dwDeviceClassesOffset;
} LINEDEVCAPS;
#endif

#if (!defined(TAPI32_PRE_V22) && defined(TAPI32_PRE_V3))
/**
 * The capabilities of a line device (`lineGetDevCaps`).
 */
typedef struct  LINEDEVCAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwProviderInfoSize;
  DWORD dwProviderInfoOffset;
  DWORD dwSwitchInfoSize;
  DWORD dwSwitchInfoOffset;
  DWORD dwPermanentLineID;
  DWORD dwLineNameSize;
  DWORD dwLineNameOffset;
  DWORD dwStringFormat;
  DWORD dwAddressModes;
  DWORD dwNumAddresses;
  DWORD dwBearerModes;
  DWORD dwMaxRate;
  DWORD dwMediaModes;
  DWORD dwGenerateToneModes;
  DWORD dwGenerateToneMaxNumFreq;
  DWORD dwGenerateDigitModes;
  DWORD dwMonitorToneMaxNumFreq;
  DWORD dwMonitorToneMaxNumEntries;
  DWORD dwMonitorDigitModes;
  DWORD dwGatherDigitsMinTimeout;
  DWORD dwGatherDigitsMaxTimeout;
  DWORD dwMedCtlDigitMaxListSize;
  DWORD dwMedCtlMediaMaxListSize;
  DWORD dwMedCtlToneMaxListSize;
  DWORD dwMedCtlCallStateMaxListSize;
  DWORD dwDevCapFlags;
  DWORD dwMaxNumActiveCalls;
  DWORD dwAnswerMode;
  DWORD dwRingModes;
  DWORD dwLineStates;
  DWORD dwUUIAcceptSize;
  DWORD dwUUIAnswerSize;
  DWORD dwUUIMakeCallSize;
  DWORD dwUUIDropSize;
  DWORD dwUUISendUserUserInfoSize;
  DWORD dwUUICallInfoSize;
  struct LINEDIALPARAMS MinDialParams;
  struct LINEDIALPARAMS MaxDialParams;
  struct LINEDIALPARAMS DefaultDialParams;
  DWORD dwNumTerminals;
  DWORD dwTerminalCapsSize;
  DWORD dwTerminalCapsOffset;
  DWORD dwTerminalTextEntrySize;
  DWORD dwTerminalTextSize;
  DWORD dwTerminalTextOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwLineFeatures;
  DWORD dwSettableDevStatus;
  DWORD dwDeviceClassesSize;
  DWORD dwDeviceClassesOffset;
  GUID PermanentLineGuid;
} LINEDEVCAPS;
#endif

#if !defined(TAPI32_PRE_V3)
/**
 * The capabilities of a line device (`lineGetDevCaps`).
 */
typedef struct  LINEDEVCAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwProviderInfoSize;
  DWORD dwProviderInfoOffset;
  DWORD dwSwitchInfoSize;
  DWORD dwSwitchInfoOffset;
  DWORD dwPermanentLineID;
  DWORD dwLineNameSize;
  DWORD dwLineNameOffset;
  DWORD dwStringFormat;
  DWORD dwAddressModes;
  DWORD dwNumAddresses;
  DWORD dwBearerModes;
  DWORD dwMaxRate;
  DWORD dwMediaModes;
  DWORD dwGenerateToneModes;
  DWORD dwGenerateToneMaxNumFreq;
  DWORD dwGenerateDigitModes;
  DWORD dwMonitorToneMaxNumFreq;
  DWORD dwMonitorToneMaxNumEntries;
  DWORD dwMonitorDigitModes;
  DWORD dwGatherDigitsMinTimeout;
  DWORD dwGatherDigitsMaxTimeout;
  DWORD dwMedCtlDigitMaxListSize;
  DWORD dwMedCtlMediaMaxListSize;
  DWORD dwMedCtlToneMaxListSize;
  DWORD dwMedCtlCallStateMaxListSize;
  DWORD dwDevCapFlags;
  DWORD dwMaxNumActiveCalls;
  DWORD dwAnswerMode;
  DWORD dwRingModes;
  DWORD dwLineStates;
  DWORD dwUUIAcceptSize;
  DWORD dwUUIAnswerSize;
  DWORD dwUUIMakeCallSize;
  DWORD dwUUIDropSize;
  DWORD dwUUISendUserUserInfoSize;
  DWORD dwUUICallInfoSize;
  struct LINEDIALPARAMS MinDialParams;
  struct LINEDIALPARAMS MaxDialParams;
  struct LINEDIALPARAMS DefaultDialParams;
  DWORD dwNumTerminals;
  DWORD dwTerminalCapsSize;
  DWORD dwTerminalCapsOffset;
  DWORD dwTerminalTextEntrySize;
  DWORD dwTerminalTextSize;
  DWORD dwTerminalTextOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwLineFeatures;
  DWORD dwSettableDevStatus;
  DWORD dwDeviceClassesSize;
  DWORD dwDeviceClassesOffset;
  GUID PermanentLineGuid;
  DWORD dwAddressTypes;
  GUID ProtocolGuid;
  DWORD dwAvailableTracking;
} LINEDEVCAPS;
#endif

/**
 * Pointer to [`LINEDEVCAPS`].
 */
typedef struct LINEDEVCAPS *LPLINEDEVCAPS;

#if defined(TAPI32_PRE_V2)
/**
 * The status of a line device (`lineGetDevStatus`).
 */
typedef struct  LINEDEVSTATUS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumOpens;
  DWORD dwOpenMediaModes;
  DWORD dwNumActiveCalls;
  DWORD dwNumOnHoldCalls;
  DWORD dwNumOnHoldPendCalls;
  DWORD dwLineFeatures;
  DWORD dwNumCallCompletions;
  DWORD dwRingMode;
  DWORD dwSignalLevel;
  DWORD dwBatteryLevel;
  DWORD dwRoamMode;
  DWORD dwDevStatusFlags;
  DWORD dwTerminalModesSize;
  DWORD dwTerminalModesOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
} LINEDEVSTATUS;
#endif

#if !defined(TAPI32_PRE_V2)
/**
 * The status of a line device (`lineGetDevStatus`).
 */
typedef struct  LINEDEVSTATUS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumOpens;
  DWORD dwOpenMediaModes;
  DWORD dwNumActiveCalls;
  DWORD dwNumOnHoldCalls;
  DWORD dwNumOnHoldPendCalls;
  DWORD dwLineFeatures;
  DWORD dwNumCallCompletions;
  DWORD dwRingMode;
  DWORD dwSignalLevel;
  DWORD dwBatteryLevel;
  DWORD dwRoamMode;
  DWORD dwDevStatusFlags;
  DWORD dwTerminalModesSize;
  DWORD dwTerminalModesOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwAvailableMediaModes;
  DWORD dwAppInfoSize;
  DWORD dwAppInfoOffset;
} LINEDEVSTATUS;
#endif

/**
 * Pointer to [`LINEDEVSTATUS`].
 */
typedef struct LINEDEVSTATUS *LPLINEDEVSTATUS;

/**
 * An extension ID (`lineNegotiateAPIVersion`); this library has no extensions and returns all zeros.
 */
typedef struct  LINEEXTENSIONID {
  DWORD dwExtensionID0;
  DWORD dwExtensionID1;
  DWORD dwExtensionID2;
  DWORD dwExtensionID3;
} LINEEXTENSIONID;

/**
 * Pointer to [`LINEEXTENSIONID`].
 */
typedef struct LINEEXTENSIONID *LPLINEEXTENSIONID;

#if defined(TAPI32_PRE_V31)
/**
 * One forwarding instruction of a [`LINEFORWARDLIST`].
 */
typedef struct  LINEFORWARD {
  DWORD dwForwardMode;
  DWORD dwCallerAddressSize;
  DWORD dwCallerAddressOffset;
  DWORD dwDestCountryCode;
  DWORD dwDestAddressSize;
  DWORD dwDestAddressOffset;
} LINEFORWARD;
#endif

#if !defined(TAPI32_PRE_V31)
/**
 * One forwarding instruction of a [`LINEFORWARDLIST`].
 */
typedef struct  LINEFORWARD {
  DWORD dwForwardMode;
  DWORD dwCallerAddressSize;
  DWORD dwCallerAddressOffset;
  DWORD dwDestCountryCode;
  DWORD dwDestAddressSize;
  DWORD dwDestAddressOffset;
  DWORD dwCallerAddressType;
  DWORD dwDestAddressType;
} LINEFORWARD;
#endif

/**
 * Pointer to [`LINEFORWARD`].
 */
typedef struct LINEFORWARD *LPLINEFORWARD;

/**
 * Forwarding instructions (`lineForward`).
 */
typedef struct  LINEFORWARDLIST {
  DWORD dwTotalSize;
  DWORD dwNumEntries;
  struct LINEFORWARD ForwardList[1];
} LINEFORWARDLIST;

/**
 * Pointer to [`LINEFORWARDLIST`].
 */
typedef struct LINEFORWARDLIST *LPLINEFORWARDLIST;

/**
 * One tone component (`lineGenerateTone`).
 */
typedef struct  LINEGENERATETONE {
  DWORD dwFrequency;
  DWORD dwCadenceOn;
  DWORD dwCadenceOff;
  DWORD dwVolume;
} LINEGENERATETONE;

/**
 * Pointer to [`LINEGENERATETONE`].
 */
typedef struct LINEGENERATETONE *LPLINEGENERATETONE;

/**
 * The event handle or completion port of [`LINEINITIALIZEEXPARAMS`].
 */
typedef union  LINEINITIALIZEEXPARAMS_HANDLES {
  /**
   * With `LINEINITIALIZEEXOPTION_USEEVENT`: on Linux, an eventfd file descriptor
   * (`(int)(intptr_t)Handles.hEvent`), readable while messages may be waiting. The
   * library owns it and closes it at `lineShutdown`.
   */
  HANDLE hEvent;
  /**
   * Completion ports do not exist on Linux.
   */
  HANDLE hCompletionPort;
} LINEINITIALIZEEXPARAMS_HANDLES;

/**
 * Options for `lineInitializeEx`. 28 bytes on 64-bit (the SDK packs to 1 byte).
 */
typedef struct  LINEINITIALIZEEXPARAMS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwOptions;
  union LINEINITIALIZEEXPARAMS_HANDLES Handles;
  DWORD dwCompletionKey;
} LINEINITIALIZEEXPARAMS;

/**
 * Pointer to [`LINEINITIALIZEEXPARAMS`].
 */
typedef struct LINEINITIALIZEEXPARAMS *LPLINEINITIALIZEEXPARAMS;

/**
 * One dialing location of a [`LINETRANSLATECAPS`].
 */
typedef struct  LINELOCATIONENTRY {
  DWORD dwPermanentLocationID;
  DWORD dwLocationNameSize;
  DWORD dwLocationNameOffset;
  DWORD dwCountryCode;
  DWORD dwCityCodeSize;
  DWORD dwCityCodeOffset;
  DWORD dwPreferredCardID;
  DWORD dwLocalAccessCodeSize;
  DWORD dwLocalAccessCodeOffset;
  DWORD dwLongDistanceAccessCodeSize;
  DWORD dwLongDistanceAccessCodeOffset;
  DWORD dwTollPrefixListSize;
  DWORD dwTollPrefixListOffset;
  DWORD dwCountryID;
  DWORD dwOptions;
  DWORD dwCancelCallWaitingSize;
  DWORD dwCancelCallWaitingOffset;
} LINELOCATIONENTRY;

/**
 * Pointer to [`LINELOCATIONENTRY`].
 */
typedef struct LINELOCATIONENTRY *LPLINELOCATIONENTRY;

/**
 * A media-control action on entering call states (`lineSetMediaControl`).
 */
typedef struct  LINEMEDIACONTROLCALLSTATE {
  DWORD dwCallStates;
  DWORD dwMediaControl;
} LINEMEDIACONTROLCALLSTATE;

/**
 * Pointer to [`LINEMEDIACONTROLCALLSTATE`].
 */
typedef struct LINEMEDIACONTROLCALLSTATE *LPLINEMEDIACONTROLCALLSTATE;

/**
 * A media-control action on a digit (`lineSetMediaControl`).
 */
typedef struct  LINEMEDIACONTROLDIGIT {
  DWORD dwDigit;
  DWORD dwDigitModes;
  DWORD dwMediaControl;
} LINEMEDIACONTROLDIGIT;

/**
 * Pointer to [`LINEMEDIACONTROLDIGIT`].
 */
typedef struct LINEMEDIACONTROLDIGIT *LPLINEMEDIACONTROLDIGIT;

/**
 * A media-control action on a media mode (`lineSetMediaControl`).
 */
typedef struct  LINEMEDIACONTROLMEDIA {
  DWORD dwMediaModes;
  DWORD dwDuration;
  DWORD dwMediaControl;
} LINEMEDIACONTROLMEDIA;

/**
 * Pointer to [`LINEMEDIACONTROLMEDIA`].
 */
typedef struct LINEMEDIACONTROLMEDIA *LPLINEMEDIACONTROLMEDIA;

/**
 * A media-control action on a tone (`lineSetMediaControl`).
 */
typedef struct  LINEMEDIACONTROLTONE {
  DWORD dwAppSpecific;
  DWORD dwDuration;
  DWORD dwFrequency1;
  DWORD dwFrequency2;
  DWORD dwFrequency3;
  DWORD dwMediaControl;
} LINEMEDIACONTROLTONE;

/**
 * Pointer to [`LINEMEDIACONTROLTONE`].
 */
typedef struct LINEMEDIACONTROLTONE *LPLINEMEDIACONTROLTONE;

/**
 * One message, as `lineGetMessage` returns it. 40 bytes on 64-bit.
 */
typedef struct  LINEMESSAGE {
  DWORD hDevice;
  DWORD dwMessageID;
  DWORD_PTR dwCallbackInstance;
  DWORD_PTR dwParam1;
  DWORD_PTR dwParam2;
  DWORD_PTR dwParam3;
} LINEMESSAGE;

/**
 * Pointer to [`LINEMESSAGE`].
 */
typedef struct LINEMESSAGE *LPLINEMESSAGE;

/**
 * One tone to monitor (`lineMonitorTones`).
 */
typedef struct  LINEMONITORTONE {
  DWORD dwAppSpecific;
  DWORD dwDuration;
  DWORD dwFrequency1;
  DWORD dwFrequency2;
  DWORD dwFrequency3;
} LINEMONITORTONE;

/**
 * Pointer to [`LINEMONITORTONE`].
 */
typedef struct LINEMONITORTONE *LPLINEMONITORTONE;

/**
 * One service provider of a [`LINEPROVIDERLIST`].
 */
typedef struct  LINEPROVIDERENTRY {
  DWORD dwPermanentProviderID;
  DWORD dwProviderFilenameSize;
  DWORD dwProviderFilenameOffset;
} LINEPROVIDERENTRY;

/**
 * Pointer to [`LINEPROVIDERENTRY`].
 */
typedef struct LINEPROVIDERENTRY *LPLINEPROVIDERENTRY;

/**
 * The installed service providers (`lineGetProviderList`).
 */
typedef struct  LINEPROVIDERLIST {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumProviders;
  DWORD dwProviderListSize;
  DWORD dwProviderListOffset;
} LINEPROVIDERLIST;

/**
 * Pointer to [`LINEPROVIDERLIST`].
 */
typedef struct LINEPROVIDERLIST *LPLINEPROVIDERLIST;

/**
 * The `SetAgentGroup` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTGROUP`).
 */
typedef struct  LINEPROXYREQUEST_SetAgentGroup {
  DWORD dwAddressID;
  struct LINEAGENTGROUPLIST GroupList;
} LINEPROXYREQUEST_SetAgentGroup;

/**
 * The `SetAgentState` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTSTATE`).
 */
typedef struct  LINEPROXYREQUEST_SetAgentState {
  DWORD dwAddressID;
  DWORD dwAgentState;
  DWORD dwNextAgentState;
} LINEPROXYREQUEST_SetAgentState;

/**
 * The `SetAgentActivity` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTACTIVITY`).
 */
typedef struct  LINEPROXYREQUEST_SetAgentActivity {
  DWORD dwAddressID;
  DWORD dwActivityID;
} LINEPROXYREQUEST_SetAgentActivity;

/**
 * The `GetAgentCaps` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTCAPS`).
 */
typedef struct  LINEPROXYREQUEST_GetAgentCaps {
  DWORD dwAddressID;
  struct LINEAGENTCAPS AgentCaps;
} LINEPROXYREQUEST_GetAgentCaps;

/**
 * The `GetAgentStatus` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTSTATUS`).
 */
typedef struct  LINEPROXYREQUEST_GetAgentStatus {
  DWORD dwAddressID;
  struct LINEAGENTSTATUS AgentStatus;
} LINEPROXYREQUEST_GetAgentStatus;

/**
 * The `AgentSpecific` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_AGENTSPECIFIC`).
 */
typedef struct  LINEPROXYREQUEST_AgentSpecific {
  DWORD dwAddressID;
  DWORD dwAgentExtensionIDIndex;
  DWORD dwSize;
  BYTE Params[1];
} LINEPROXYREQUEST_AgentSpecific;

/**
 * The `GetAgentActivityList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTACTIVITYLIST`).
 */
typedef struct  LINEPROXYREQUEST_GetAgentActivityList {
  DWORD dwAddressID;
  struct LINEAGENTACTIVITYLIST ActivityList;
} LINEPROXYREQUEST_GetAgentActivityList;

/**
 * The `GetAgentGroupList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTGROUPLIST`).
 */
typedef struct  LINEPROXYREQUEST_GetAgentGroupList {
  DWORD dwAddressID;
  struct LINEAGENTGROUPLIST GroupList;
} LINEPROXYREQUEST_GetAgentGroupList;

/**
 * The `CreateAgent` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_CREATEAGENT`).
 */
typedef struct  LINEPROXYREQUEST_CreateAgent {
  HAGENT hAgent;
  DWORD dwAgentIDSize;
  DWORD dwAgentIDOffset;
  DWORD dwAgentPINSize;
  DWORD dwAgentPINOffset;
} LINEPROXYREQUEST_CreateAgent;

/**
 * The `SetAgentStateEx` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTSTATEEX`).
 */
typedef struct  LINEPROXYREQUEST_SetAgentStateEx {
  HAGENT hAgent;
  DWORD dwAgentState;
  DWORD dwNextAgentState;
} LINEPROXYREQUEST_SetAgentStateEx;

/**
 * The `SetAgentMeasurementPeriod` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD`).
 */
typedef struct  LINEPROXYREQUEST_SetAgentMeasurementPeriod {
  HAGENT hAgent;
  DWORD dwMeasurementPeriod;
} LINEPROXYREQUEST_SetAgentMeasurementPeriod;

/**
 * The `GetAgentInfo` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTINFO`).
 */
typedef struct  LINEPROXYREQUEST_GetAgentInfo {
  HAGENT hAgent;
  struct LINEAGENTINFO AgentInfo;
} LINEPROXYREQUEST_GetAgentInfo;

/**
 * The `CreateAgentSession` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_CREATEAGENTSESSION`).
 */
typedef struct  LINEPROXYREQUEST_CreateAgentSession {
  HAGENTSESSION hAgentSession;
  DWORD dwAgentPINSize;
  DWORD dwAgentPINOffset;
  HAGENT hAgent;
  GUID GroupID;
  DWORD dwWorkingAddressID;
} LINEPROXYREQUEST_CreateAgentSession;

/**
 * The `GetAgentSessionList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTSESSIONLIST`).
 */
typedef struct  LINEPROXYREQUEST_GetAgentSessionList {
  HAGENT hAgent;
  struct LINEAGENTSESSIONLIST SessionList;
} LINEPROXYREQUEST_GetAgentSessionList;

/**
 * The `GetAgentSessionInfo` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETAGENTSESSIONINFO`).
 */
typedef struct  LINEPROXYREQUEST_GetAgentSessionInfo {
  HAGENTSESSION hAgentSession;
  struct LINEAGENTSESSIONINFO SessionInfo;
} LINEPROXYREQUEST_GetAgentSessionInfo;

/**
 * The `SetAgentSessionState` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETAGENTSESSIONSTATE`).
 */
typedef struct  LINEPROXYREQUEST_SetAgentSessionState {
  HAGENTSESSION hAgentSession;
  DWORD dwAgentSessionState;
  DWORD dwNextAgentSessionState;
} LINEPROXYREQUEST_SetAgentSessionState;

/**
 * The `GetQueueList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETQUEUELIST`).
 */
typedef struct  LINEPROXYREQUEST_GetQueueList {
  GUID GroupID;
  struct LINEQUEUELIST QueueList;
} LINEPROXYREQUEST_GetQueueList;

/**
 * The `SetQueueMeasurementPeriod` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD`).
 */
typedef struct  LINEPROXYREQUEST_SetQueueMeasurementPeriod {
  DWORD dwQueueID;
  DWORD dwMeasurementPeriod;
} LINEPROXYREQUEST_SetQueueMeasurementPeriod;

/**
 * The `GetQueueInfo` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETQUEUEINFO`).
 */
typedef struct  LINEPROXYREQUEST_GetQueueInfo {
  DWORD dwQueueID;
  struct LINEQUEUEINFO QueueInfo;
} LINEPROXYREQUEST_GetQueueInfo;

/**
 * The `GetGroupList` parameters of a [`LINEPROXYREQUEST`] (`LINEPROXYREQUEST_GETGROUPLIST`).
 */
typedef struct  LINEPROXYREQUEST_GetGroupList {
  struct LINEAGENTGROUPLIST GroupList;
} LINEPROXYREQUEST_GetGroupList;

/**
 * A request to a proxy application (`LINE_PROXYREQUEST`).
 */
typedef struct  LINEPROXYREQUEST {
  DWORD dwSize;
  DWORD dwClientMachineNameSize;
  DWORD dwClientMachineNameOffset;
  DWORD dwClientUserNameSize;
  DWORD dwClientUserNameOffset;
  DWORD dwClientAppAPIVersion;
  DWORD dwRequestType;
  TAPI32_ANONYMOUS_UNION {
    LINEPROXYREQUEST_SetAgentGroup SetAgentGroup;
    LINEPROXYREQUEST_SetAgentState SetAgentState;
    LINEPROXYREQUEST_SetAgentActivity SetAgentActivity;
    LINEPROXYREQUEST_GetAgentCaps GetAgentCaps;
    LINEPROXYREQUEST_GetAgentStatus GetAgentStatus;
    LINEPROXYREQUEST_AgentSpecific AgentSpecific;
    LINEPROXYREQUEST_GetAgentActivityList GetAgentActivityList;
    LINEPROXYREQUEST_GetAgentGroupList GetAgentGroupList;
#if !defined(TAPI32_PRE_V22)
    LINEPROXYREQUEST_CreateAgent CreateAgent;
    LINEPROXYREQUEST_SetAgentStateEx SetAgentStateEx;
    LINEPROXYREQUEST_SetAgentMeasurementPeriod SetAgentMeasurementPeriod;
    LINEPROXYREQUEST_GetAgentInfo GetAgentInfo;
    LINEPROXYREQUEST_CreateAgentSession CreateAgentSession;
    LINEPROXYREQUEST_GetAgentSessionList GetAgentSessionList;
    LINEPROXYREQUEST_GetAgentSessionInfo GetAgentSessionInfo;
    LINEPROXYREQUEST_SetAgentSessionState SetAgentSessionState;
    LINEPROXYREQUEST_GetQueueList GetQueueList;
    LINEPROXYREQUEST_SetQueueMeasurementPeriod SetQueueMeasurementPeriod;
    LINEPROXYREQUEST_GetQueueInfo GetQueueInfo;
    LINEPROXYREQUEST_GetGroupList GetGroupList;
#endif
  };
} LINEPROXYREQUEST;

/**
 * Pointer to [`LINEPROXYREQUEST`].
 */
typedef struct LINEPROXYREQUEST *LPLINEPROXYREQUEST;

/**
 * An assisted-telephony make-call request (`lineGetRequest`), single-byte strings.
 */
typedef struct  LINEREQMAKECALL {
  char szDestAddress[80];
  char szAppName[40];
  char szCalledParty[40];
  char szComment[80];
} LINEREQMAKECALL;

/**
 * Pointer to [`LINEREQMAKECALL`].
 */
typedef struct LINEREQMAKECALL *LPLINEREQMAKECALL;

/**
 * An assisted-telephony make-call request (`lineGetRequestW`), UTF-16 strings.
 */
typedef struct  LINEREQMAKECALLW {
  WCHAR szDestAddress[80];
  WCHAR szAppName[40];
  WCHAR szCalledParty[40];
  WCHAR szComment[80];
} LINEREQMAKECALLW;

/**
 * Pointer to [`LINEREQMAKECALLW`].
 */
typedef struct LINEREQMAKECALLW *LPLINEREQMAKECALLW;

/**
 * An assisted-telephony media-call request (`lineGetRequest`), single-byte strings.
 */
typedef struct  LINEREQMEDIACALL {
  HWND hWnd;
  WPARAM wRequestID;
  char szDeviceClass[40];
  BYTE ucDeviceID[40];
  DWORD dwSize;
  DWORD dwSecure;
  char szDestAddress[80];
  char szAppName[40];
  char szCalledParty[40];
  char szComment[80];
} LINEREQMEDIACALL;

/**
 * Pointer to [`LINEREQMEDIACALL`].
 */
typedef struct LINEREQMEDIACALL *LPLINEREQMEDIACALL;

/**
 * An assisted-telephony media-call request (`lineGetRequestW`), UTF-16 strings.
 */
typedef struct  LINEREQMEDIACALLW {
  HWND hWnd;
  WPARAM wRequestID;
  WCHAR szDeviceClass[40];
  BYTE ucDeviceID[40];
  DWORD dwSize;
  DWORD dwSecure;
  WCHAR szDestAddress[80];
  WCHAR szAppName[40];
  WCHAR szCalledParty[40];
  WCHAR szComment[80];
} LINEREQMEDIACALLW;

/**
 * Pointer to [`LINEREQMEDIACALLW`].
 */
typedef struct LINEREQMEDIACALLW *LPLINEREQMEDIACALLW;

/**
 * The capabilities of one terminal of a line device.
 */
typedef struct  LINETERMCAPS {
  DWORD dwTermDev;
  DWORD dwTermModes;
  DWORD dwTermSharing;
} LINETERMCAPS;

/**
 * Pointer to [`LINETERMCAPS`].
 */
typedef struct LINETERMCAPS *LPLINETERMCAPS;

/**
 * Locations and calling cards (`lineGetTranslateCaps`).
 */
typedef struct  LINETRANSLATECAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwNumLocations;
  DWORD dwLocationListSize;
  DWORD dwLocationListOffset;
  DWORD dwCurrentLocationID;
  DWORD dwNumCards;
  DWORD dwCardListSize;
  DWORD dwCardListOffset;
  DWORD dwCurrentPreferredCardID;
} LINETRANSLATECAPS;

/**
 * Pointer to [`LINETRANSLATECAPS`].
 */
typedef struct LINETRANSLATECAPS *LPLINETRANSLATECAPS;

/**
 * A translated address (`lineTranslateAddress`).
 */
typedef struct  LINETRANSLATEOUTPUT {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwDialableStringSize;
  DWORD dwDialableStringOffset;
  DWORD dwDisplayableStringSize;
  DWORD dwDisplayableStringOffset;
  DWORD dwCurrentCountry;
  DWORD dwDestCountry;
  DWORD dwTranslateResults;
} LINETRANSLATEOUTPUT;

/**
 * Pointer to [`LINETRANSLATEOUTPUT`].
 */
typedef struct LINETRANSLATEOUTPUT *LPLINETRANSLATEOUTPUT;

/**
 * A phone button (`phoneGetButtonInfo`, `phoneSetButtonInfo`).
 */
typedef struct  PHONEBUTTONINFO {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwButtonMode;
  DWORD dwButtonFunction;
  DWORD dwButtonTextSize;
  DWORD dwButtonTextOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwButtonState;
} PHONEBUTTONINFO;

/**
 * Pointer to [`PHONEBUTTONINFO`].
 */
typedef struct PHONEBUTTONINFO *LPPHONEBUTTONINFO;

#if defined(TAPI32_PRE_V2)
/**
 * The capabilities of a phone device (`phoneGetDevCaps`).
 */
typedef struct  PHONECAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwProviderInfoSize;
  DWORD dwProviderInfoOffset;
  DWORD dwPhoneInfoSize;
  DWORD dwPhoneInfoOffset;
  DWORD dwPermanentPhoneID;
  DWORD dwPhoneNameSize;
  DWORD dwPhoneNameOffset;
  DWORD dwStringFormat;
  DWORD dwPhoneStates;
  DWORD dwHookSwitchDevs;
  DWORD dwHandsetHookSwitchModes;
  DWORD dwSpeakerHookSwitchModes;
  DWORD dwHeadsetHookSwitchModes;
  DWORD dwVolumeFlags;
  DWORD dwGainFlags;
  DWORD dwDisplayNumRows;
  DWORD dwDisplayNumColumns;
  DWORD dwNumRingModes;
  DWORD dwNumButtonLamps;
  DWORD dwButtonModesSize;
  DWORD dwButtonModesOffset;
  DWORD dwButtonFunctionsSize;
  DWORD dwButtonFunctionsOffset;
  DWORD dwLampModesSize;
  DWORD dwLampModesOffset;
  DWORD dwNumSetData;
  DWORD dwSetDataSize;
  DWORD dwSetDataOffset;
  DWORD dwNumGetData;
  DWORD dwGetDataSize;
  DWORD dwGetDataOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
} PHONECAPS;
#endif

#if (!defined(TAPI32_PRE_V2) && defined(TAPI32_PRE_V22))
/**
 * The capabilities of a phone device (`phoneGetDevCaps`).
 */
typedef struct  PHONECAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwProviderInfoSize;
  DWORD dwProviderInfoOffset;
  DWORD dwPhoneInfoSize;
  DWORD dwPhoneInfoOffset;
  DWORD dwPermanentPhoneID;
  DWORD dwPhoneNameSize;
  DWORD dwPhoneNameOffset;
  DWORD dwStringFormat;
  DWORD dwPhoneStates;
  DWORD dwHookSwitchDevs;
  DWORD dwHandsetHookSwitchModes;
  DWORD dwSpeakerHookSwitchModes;
  DWORD dwHeadsetHookSwitchModes;
  DWORD dwVolumeFlags;
  DWORD dwGainFlags;
  DWORD dwDisplayNumRows;
  DWORD dwDisplayNumColumns;
  DWORD dwNumRingModes;
  DWORD dwNumButtonLamps;
  DWORD dwButtonModesSize;
  DWORD dwButtonModesOffset;
  DWORD dwButtonFunctionsSize;
  DWORD dwButtonFunctionsOffset;
  DWORD dwLampModesSize;
  DWORD dwLampModesOffset;
  DWORD dwNumSetData;
  DWORD dwSetDataSize;
  DWORD dwSetDataOffset;
  DWORD dwNumGetData;
  DWORD dwGetDataSize;
  DWORD dwGetDataOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwDeviceClassesSize;
  DWORD dwDeviceClassesOffset;
  DWORD dwPhoneFeatures;
  DWORD dwSettableHandsetHookSwitchModes;
  DWORD dwSettableSpeakerHookSwitchModes;
  DWORD dwSettableHeadsetHookSwitchModes;
  DWORD dwMonitoredHandsetHookSwitchModes;
  DWORD dwMonitoredSpeakerHookSwitchModes;
  DWORD dwMonitoredHeadsetHookSwitchModes;
} PHONECAPS;
#endif

#if !defined(TAPI32_PRE_V22)
/**
 * The capabilities of a phone device (`phoneGetDevCaps`).
 */
typedef struct  PHONECAPS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwProviderInfoSize;
  DWORD dwProviderInfoOffset;
  DWORD dwPhoneInfoSize;
  DWORD dwPhoneInfoOffset;
  DWORD dwPermanentPhoneID;
  DWORD dwPhoneNameSize;
  DWORD dwPhoneNameOffset;
  DWORD dwStringFormat;
  DWORD dwPhoneStates;
  DWORD dwHookSwitchDevs;
  DWORD dwHandsetHookSwitchModes;
  DWORD dwSpeakerHookSwitchModes;
  DWORD dwHeadsetHookSwitchModes;
  DWORD dwVolumeFlags;
  DWORD dwGainFlags;
  DWORD dwDisplayNumRows;
  DWORD dwDisplayNumColumns;
  DWORD dwNumRingModes;
  DWORD dwNumButtonLamps;
  DWORD dwButtonModesSize;
  DWORD dwButtonModesOffset;
  DWORD dwButtonFunctionsSize;
  DWORD dwButtonFunctionsOffset;
  DWORD dwLampModesSize;
  DWORD dwLampModesOffset;
  DWORD dwNumSetData;
  DWORD dwSetDataSize;
  DWORD dwSetDataOffset;
  DWORD dwNumGetData;
  DWORD dwGetDataSize;
  DWORD dwGetDataOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwDeviceClassesSize;
  DWORD dwDeviceClassesOffset;
  DWORD dwPhoneFeatures;
  DWORD dwSettableHandsetHookSwitchModes;
  DWORD dwSettableSpeakerHookSwitchModes;
  DWORD dwSettableHeadsetHookSwitchModes;
  DWORD dwMonitoredHandsetHookSwitchModes;
  DWORD dwMonitoredSpeakerHookSwitchModes;
  DWORD dwMonitoredHeadsetHookSwitchModes;
  GUID PermanentPhoneGuid;
} PHONECAPS;
#endif

/**
 * Pointer to [`PHONECAPS`].
 */
typedef struct PHONECAPS *LPPHONECAPS;

/**
 * A phone extension ID (`phoneNegotiateAPIVersion`).
 */
typedef struct  PHONEEXTENSIONID {
  DWORD dwExtensionID0;
  DWORD dwExtensionID1;
  DWORD dwExtensionID2;
  DWORD dwExtensionID3;
} PHONEEXTENSIONID;

/**
 * Pointer to [`PHONEEXTENSIONID`].
 */
typedef struct PHONEEXTENSIONID *LPPHONEEXTENSIONID;

/**
 * The event handle or completion port of [`PHONEINITIALIZEEXPARAMS`].
 */
typedef union  PHONEINITIALIZEEXPARAMS_HANDLES {
  HANDLE hEvent;
  HANDLE hCompletionPort;
} PHONEINITIALIZEEXPARAMS_HANDLES;

/**
 * Options for `phoneInitializeEx`.
 */
typedef struct  PHONEINITIALIZEEXPARAMS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwOptions;
  union PHONEINITIALIZEEXPARAMS_HANDLES Handles;
  DWORD dwCompletionKey;
} PHONEINITIALIZEEXPARAMS;

/**
 * Pointer to [`PHONEINITIALIZEEXPARAMS`].
 */
typedef struct PHONEINITIALIZEEXPARAMS *LPPHONEINITIALIZEEXPARAMS;

/**
 * One phone message, as `phoneGetMessage` returns it.
 */
typedef struct  PHONEMESSAGE {
  DWORD hDevice;
  DWORD dwMessageID;
  DWORD_PTR dwCallbackInstance;
  DWORD_PTR dwParam1;
  DWORD_PTR dwParam2;
  DWORD_PTR dwParam3;
} PHONEMESSAGE;

/**
 * Pointer to [`PHONEMESSAGE`].
 */
typedef struct PHONEMESSAGE *LPPHONEMESSAGE;

#if defined(TAPI32_PRE_V2)
/**
 * The status of a phone device (`phoneGetStatus`).
 */
typedef struct  PHONESTATUS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwStatusFlags;
  DWORD dwNumOwners;
  DWORD dwNumMonitors;
  DWORD dwRingMode;
  DWORD dwRingVolume;
  DWORD dwHandsetHookSwitchMode;
  DWORD dwHandsetVolume;
  DWORD dwHandsetGain;
  DWORD dwSpeakerHookSwitchMode;
  DWORD dwSpeakerVolume;
  DWORD dwSpeakerGain;
  DWORD dwHeadsetHookSwitchMode;
  DWORD dwHeadsetVolume;
  DWORD dwHeadsetGain;
  DWORD dwDisplaySize;
  DWORD dwDisplayOffset;
  DWORD dwLampModesSize;
  DWORD dwLampModesOffset;
  DWORD dwOwnerNameSize;
  DWORD dwOwnerNameOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
} PHONESTATUS;
#endif

#if !defined(TAPI32_PRE_V2)
/**
 * The status of a phone device (`phoneGetStatus`).
 */
typedef struct  PHONESTATUS {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwStatusFlags;
  DWORD dwNumOwners;
  DWORD dwNumMonitors;
  DWORD dwRingMode;
  DWORD dwRingVolume;
  DWORD dwHandsetHookSwitchMode;
  DWORD dwHandsetVolume;
  DWORD dwHandsetGain;
  DWORD dwSpeakerHookSwitchMode;
  DWORD dwSpeakerVolume;
  DWORD dwSpeakerGain;
  DWORD dwHeadsetHookSwitchMode;
  DWORD dwHeadsetVolume;
  DWORD dwHeadsetGain;
  DWORD dwDisplaySize;
  DWORD dwDisplayOffset;
  DWORD dwLampModesSize;
  DWORD dwLampModesOffset;
  DWORD dwOwnerNameSize;
  DWORD dwOwnerNameOffset;
  DWORD dwDevSpecificSize;
  DWORD dwDevSpecificOffset;
  DWORD dwPhoneFeatures;
} PHONESTATUS;
#endif

/**
 * Pointer to [`PHONESTATUS`].
 */
typedef struct PHONESTATUS *LPPHONESTATUS;

/**
 * A variably sized string or data block (`lineGetID`, `lineGetDevConfig` ...).
 */
typedef struct  VARSTRING {
  DWORD dwTotalSize;
  DWORD dwNeededSize;
  DWORD dwUsedSize;
  DWORD dwStringFormat;
  DWORD dwStringSize;
  DWORD dwStringOffset;
} VARSTRING;

/**
 * Pointer to [`VARSTRING`].
 */
typedef struct VARSTRING *LPVARSTRING;

#define LINE_ADDRESSSTATE 0

#define LINE_CALLINFO 1

#define LINE_CALLSTATE 2

#define LINE_CLOSE 3

#define LINE_DEVSPECIFIC 4

#define LINE_DEVSPECIFICFEATURE 5

#define LINE_GATHERDIGITS 6

#define LINE_GENERATE 7

#define LINE_LINEDEVSTATE 8

#define LINE_MONITORDIGITS 9

#define LINE_MONITORMEDIA 10

#define LINE_MONITORTONE 11

#define LINE_REPLY 12

#define LINE_REQUEST 13

#define LINE_CREATE 19

#define LINE_AGENTSPECIFIC 21

#define LINE_AGENTSTATUS 22

#define LINE_APPNEWCALL 23

#define LINE_PROXYREQUEST 24

#define LINE_REMOVE 25

#define LINE_AGENTSESSIONSTATUS 27

#define LINE_QUEUESTATUS 28

#define LINE_AGENTSTATUSEX 29

#define LINE_GROUPSTATUS 30

#define LINE_PROXYSTATUS 31

#define LINE_APPNEWCALLHUB 32

#define LINE_CALLHUBCLOSE 33

#define LINE_DEVSPECIFICEX 34

#define PHONE_BUTTON 14

#define PHONE_CLOSE 15

#define PHONE_DEVSPECIFIC 16

#define PHONE_REPLY 17

#define PHONE_STATE 18

#define PHONE_CREATE 20

#define PHONE_REMOVE 26

#define LINEADDRCAPFLAGS_FWDNUMRINGS 0x00000001

#define LINEADDRCAPFLAGS_PICKUPGROUPID 0x00000002

#define LINEADDRCAPFLAGS_SECURE 0x00000004

#define LINEADDRCAPFLAGS_BLOCKIDDEFAULT 0x00000008

#define LINEADDRCAPFLAGS_BLOCKIDOVERRIDE 0x00000010

#define LINEADDRCAPFLAGS_DIALED 0x00000020

#define LINEADDRCAPFLAGS_ORIGOFFHOOK 0x00000040

#define LINEADDRCAPFLAGS_DESTOFFHOOK 0x00000080

#define LINEADDRCAPFLAGS_FWDCONSULT 0x00000100

#define LINEADDRCAPFLAGS_SETUPCONFNULL 0x00000200

#define LINEADDRCAPFLAGS_AUTORECONNECT 0x00000400

#define LINEADDRCAPFLAGS_COMPLETIONID 0x00000800

#define LINEADDRCAPFLAGS_TRANSFERHELD 0x00001000

#define LINEADDRCAPFLAGS_TRANSFERMAKE 0x00002000

#define LINEADDRCAPFLAGS_CONFERENCEHELD 0x00004000

#define LINEADDRCAPFLAGS_CONFERENCEMAKE 0x00008000

#define LINEADDRCAPFLAGS_PARTIALDIAL 0x00010000

#define LINEADDRCAPFLAGS_FWDSTATUSVALID 0x00020000

#define LINEADDRCAPFLAGS_FWDINTEXTADDR 0x00040000

#define LINEADDRCAPFLAGS_FWDBUSYNAADDR 0x00080000

#define LINEADDRCAPFLAGS_ACCEPTTOALERT 0x00100000

#define LINEADDRCAPFLAGS_CONFDROP 0x00200000

#define LINEADDRCAPFLAGS_PICKUPCALLWAIT 0x00400000

#define LINEADDRCAPFLAGS_PREDICTIVEDIALER 0x00800000

#define LINEADDRCAPFLAGS_QUEUE 0x01000000

#define LINEADDRCAPFLAGS_ROUTEPOINT 0x02000000

#define LINEADDRCAPFLAGS_HOLDMAKESNEW 0x04000000

#define LINEADDRCAPFLAGS_NOINTERNALCALLS 0x08000000

#define LINEADDRCAPFLAGS_NOEXTERNALCALLS 0x10000000

#define LINEADDRCAPFLAGS_SETCALLINGID 0x20000000

#define LINEADDRCAPFLAGS_ACDGROUP 0x40000000

#define LINEADDRCAPFLAGS_NOPSTNADDRESSTRANSLATION 0x80000000

#define LINEADDRESSMODE_ADDRESSID 0x00000001

#define LINEADDRESSMODE_DIALABLEADDR 0x00000002

#define LINEADDRESSSHARING_PRIVATE 0x00000001

#define LINEADDRESSSHARING_BRIDGEDEXCL 0x00000002

#define LINEADDRESSSHARING_BRIDGEDNEW 0x00000004

#define LINEADDRESSSHARING_BRIDGEDSHARED 0x00000008

#define LINEADDRESSSHARING_MONITORED 0x00000010

#define LINEADDRESSSTATE_OTHER 0x00000001

#define LINEADDRESSSTATE_DEVSPECIFIC 0x00000002

#define LINEADDRESSSTATE_INUSEZERO 0x00000004

#define LINEADDRESSSTATE_INUSEONE 0x00000008

#define LINEADDRESSSTATE_INUSEMANY 0x00000010

#define LINEADDRESSSTATE_NUMCALLS 0x00000020

#define LINEADDRESSSTATE_FORWARD 0x00000040

#define LINEADDRESSSTATE_TERMINALS 0x00000080

#define LINEADDRESSSTATE_CAPSCHANGE 0x00000100

#define LINEADDRESSTYPE_PHONENUMBER 0x00000001

#define LINEADDRESSTYPE_SDP 0x00000002

#define LINEADDRESSTYPE_EMAILNAME 0x00000004

#define LINEADDRESSTYPE_DOMAINNAME 0x00000008

#define LINEADDRESSTYPE_IPADDRESS 0x00000010

#define LINEADDRFEATURE_FORWARD 0x00000001

#define LINEADDRFEATURE_MAKECALL 0x00000002

#define LINEADDRFEATURE_PICKUP 0x00000004

#define LINEADDRFEATURE_SETMEDIACONTROL 0x00000008

#define LINEADDRFEATURE_SETTERMINAL 0x00000010

#define LINEADDRFEATURE_SETUPCONF 0x00000020

#define LINEADDRFEATURE_UNCOMPLETECALL 0x00000040

#define LINEADDRFEATURE_UNPARK 0x00000080

#define LINEADDRFEATURE_PICKUPHELD 0x00000100

#define LINEADDRFEATURE_PICKUPGROUP 0x00000200

#define LINEADDRFEATURE_PICKUPDIRECT 0x00000400

#define LINEADDRFEATURE_PICKUPWAITING 0x00000800

#define LINEADDRFEATURE_FORWARDFWD 0x00001000

#define LINEADDRFEATURE_FORWARDDND 0x00002000

#define LINEAGENTFEATURE_SETAGENTGROUP 0x00000001

#define LINEAGENTFEATURE_SETAGENTSTATE 0x00000002

#define LINEAGENTFEATURE_SETAGENTACTIVITY 0x00000004

#define LINEAGENTFEATURE_AGENTSPECIFIC 0x00000008

#define LINEAGENTFEATURE_GETAGENTACTIVITYLIST 0x00000010

#define LINEAGENTFEATURE_GETAGENTGROUP 0x00000020

#define LINEAGENTSTATE_LOGGEDOFF 0x00000001

#define LINEAGENTSTATE_NOTREADY 0x00000002

#define LINEAGENTSTATE_READY 0x00000004

#define LINEAGENTSTATE_BUSYACD 0x00000008

#define LINEAGENTSTATE_BUSYINCOMING 0x00000010

#define LINEAGENTSTATE_BUSYOUTBOUND 0x00000020

#define LINEAGENTSTATE_BUSYOTHER 0x00000040

#define LINEAGENTSTATE_WORKINGAFTERCALL 0x00000080

#define LINEAGENTSTATE_UNKNOWN 0x00000100

#define LINEAGENTSTATE_UNAVAIL 0x00000200

#define LINEAGENTSTATUS_GROUP 0x00000001

#define LINEAGENTSTATUS_STATE 0x00000002

#define LINEAGENTSTATUS_NEXTSTATE 0x00000004

#define LINEAGENTSTATUS_ACTIVITY 0x00000008

#define LINEAGENTSTATUS_ACTIVITYLIST 0x00000010

#define LINEAGENTSTATUS_GROUPLIST 0x00000020

#define LINEAGENTSTATUS_CAPSCHANGE 0x00000040

#define LINEAGENTSTATUS_VALIDSTATES 0x00000080

#define LINEAGENTSTATUS_VALIDNEXTSTATES 0x00000100

#define LINEAGENTSTATEEX_NOTREADY 0x00000001

#define LINEAGENTSTATEEX_READY 0x00000002

#define LINEAGENTSTATEEX_BUSYACD 0x00000004

#define LINEAGENTSTATEEX_BUSYINCOMING 0x00000008

#define LINEAGENTSTATEEX_BUSYOUTGOING 0x00000010

#define LINEAGENTSTATEEX_UNKNOWN 0x00000020

#define LINEAGENTSTATEEX_RELEASED 0x00000040

#define LINEAGENTSTATUSEX_NEWAGENT 0x00000001

#define LINEAGENTSTATUSEX_STATE 0x00000002

#define LINEAGENTSTATUSEX_UPDATEINFO 0x00000004

#define LINEAGENTSESSIONSTATE_NOTREADY 0x00000001

#define LINEAGENTSESSIONSTATE_READY 0x00000002

#define LINEAGENTSESSIONSTATE_BUSYONCALL 0x00000004

#define LINEAGENTSESSIONSTATE_BUSYWRAPUP 0x00000008

#define LINEAGENTSESSIONSTATE_ENDED 0x00000010

#define LINEAGENTSESSIONSTATE_RELEASED 0x00000020

#define LINEAGENTSESSIONSTATUS_NEWSESSION 0x00000001

#define LINEAGENTSESSIONSTATUS_STATE 0x00000002

#define LINEAGENTSESSIONSTATUS_UPDATEINFO 0x00000004

#define LINEQUEUESTATUS_UPDATEINFO 0x00000001

#define LINEQUEUESTATUS_NEWQUEUE 0x00000002

#define LINEQUEUESTATUS_QUEUEREMOVED 0x00000004

#define LINEGROUPSTATUS_NEWGROUP 0x00000001

#define LINEGROUPSTATUS_GROUPREMOVED 0x00000002

#define LINEPROXYSTATUS_OPEN 0x00000001

#define LINEPROXYSTATUS_CLOSE 0x00000002

#define LINEPROXYSTATUS_ALLOPENFORACD 0x00000004

#define LINEANSWERMODE_NONE 0x00000001

#define LINEANSWERMODE_DROP 0x00000002

#define LINEANSWERMODE_HOLD 0x00000004

#define LINEBEARERMODE_VOICE 0x00000001

#define LINEBEARERMODE_SPEECH 0x00000002

#define LINEBEARERMODE_MULTIUSE 0x00000004

#define LINEBEARERMODE_DATA 0x00000008

#define LINEBEARERMODE_ALTSPEECHDATA 0x00000010

#define LINEBEARERMODE_NONCALLSIGNALING 0x00000020

#define LINEBEARERMODE_PASSTHROUGH 0x00000040

#define LINEBEARERMODE_RESTRICTEDDATA 0x00000080

#define LINEBUSYMODE_STATION 0x00000001

#define LINEBUSYMODE_TRUNK 0x00000002

#define LINEBUSYMODE_UNKNOWN 0x00000004

#define LINEBUSYMODE_UNAVAIL 0x00000008

#define LINECALLCOMPLCOND_BUSY 0x00000001

#define LINECALLCOMPLCOND_NOANSWER 0x00000002

#define LINECALLCOMPLMODE_CAMPON 0x00000001

#define LINECALLCOMPLMODE_CALLBACK 0x00000002

#define LINECALLCOMPLMODE_INTRUDE 0x00000004

#define LINECALLCOMPLMODE_MESSAGE 0x00000008

#define LINECALLFEATURE_ACCEPT 0x00000001

#define LINECALLFEATURE_ADDTOCONF 0x00000002

#define LINECALLFEATURE_ANSWER 0x00000004

#define LINECALLFEATURE_BLINDTRANSFER 0x00000008

#define LINECALLFEATURE_COMPLETECALL 0x00000010

#define LINECALLFEATURE_COMPLETETRANSF 0x00000020

#define LINECALLFEATURE_DIAL 0x00000040

#define LINECALLFEATURE_DROP 0x00000080

#define LINECALLFEATURE_GATHERDIGITS 0x00000100

#define LINECALLFEATURE_GENERATEDIGITS 0x00000200

#define LINECALLFEATURE_GENERATETONE 0x00000400

#define LINECALLFEATURE_HOLD 0x00000800

#define LINECALLFEATURE_MONITORDIGITS 0x00001000

#define LINECALLFEATURE_MONITORMEDIA 0x00002000

#define LINECALLFEATURE_MONITORTONES 0x00004000

#define LINECALLFEATURE_PARK 0x00008000

#define LINECALLFEATURE_PREPAREADDCONF 0x00010000

#define LINECALLFEATURE_REDIRECT 0x00020000

#define LINECALLFEATURE_REMOVEFROMCONF 0x00040000

#define LINECALLFEATURE_SECURECALL 0x00080000

#define LINECALLFEATURE_SENDUSERUSER 0x00100000

#define LINECALLFEATURE_SETCALLPARAMS 0x00200000

#define LINECALLFEATURE_SETMEDIACONTROL 0x00400000

#define LINECALLFEATURE_SETTERMINAL 0x00800000

#define LINECALLFEATURE_SETUPCONF 0x01000000

#define LINECALLFEATURE_SETUPTRANSFER 0x02000000

#define LINECALLFEATURE_SWAPHOLD 0x04000000

#define LINECALLFEATURE_UNHOLD 0x08000000

#define LINECALLFEATURE_RELEASEUSERUSERINFO 0x10000000

#define LINECALLFEATURE_SETTREATMENT 0x20000000

#define LINECALLFEATURE_SETQOS 0x40000000

#define LINECALLFEATURE_SETCALLDATA 0x80000000

#define LINECALLFEATURE2_NOHOLDCONFERENCE 0x00000001

#define LINECALLFEATURE2_ONESTEPTRANSFER 0x00000002

#define LINECALLFEATURE2_COMPLCAMPON 0x00000004

#define LINECALLFEATURE2_COMPLCALLBACK 0x00000008

#define LINECALLFEATURE2_COMPLINTRUDE 0x00000010

#define LINECALLFEATURE2_COMPLMESSAGE 0x00000020

#define LINECALLFEATURE2_TRANSFERNORM 0x00000040

#define LINECALLFEATURE2_TRANSFERCONF 0x00000080

#define LINECALLFEATURE2_PARKDIRECT 0x00000100

#define LINECALLFEATURE2_PARKNONDIRECT 0x00000200

#define LINECALLHUBTRACKING_NONE 0x00000000

#define LINECALLHUBTRACKING_PROVIDERLEVEL 0x00000001

#define LINECALLHUBTRACKING_ALLCALLS 0x00000002

#define LINECALLINFOSTATE_OTHER 0x00000001

#define LINECALLINFOSTATE_DEVSPECIFIC 0x00000002

#define LINECALLINFOSTATE_BEARERMODE 0x00000004

#define LINECALLINFOSTATE_RATE 0x00000008

#define LINECALLINFOSTATE_MEDIAMODE 0x00000010

#define LINECALLINFOSTATE_APPSPECIFIC 0x00000020

#define LINECALLINFOSTATE_CALLID 0x00000040

#define LINECALLINFOSTATE_RELATEDCALLID 0x00000080

#define LINECALLINFOSTATE_ORIGIN 0x00000100

#define LINECALLINFOSTATE_REASON 0x00000200

#define LINECALLINFOSTATE_COMPLETIONID 0x00000400

#define LINECALLINFOSTATE_NUMOWNERINCR 0x00000800

#define LINECALLINFOSTATE_NUMOWNERDECR 0x00001000

#define LINECALLINFOSTATE_NUMMONITORS 0x00002000

#define LINECALLINFOSTATE_TRUNK 0x00004000

#define LINECALLINFOSTATE_CALLERID 0x00008000

#define LINECALLINFOSTATE_CALLEDID 0x00010000

#define LINECALLINFOSTATE_CONNECTEDID 0x00020000

#define LINECALLINFOSTATE_REDIRECTIONID 0x00040000

#define LINECALLINFOSTATE_REDIRECTINGID 0x00080000

#define LINECALLINFOSTATE_DISPLAY 0x00100000

#define LINECALLINFOSTATE_USERUSERINFO 0x00200000

#define LINECALLINFOSTATE_HIGHLEVELCOMP 0x00400000

#define LINECALLINFOSTATE_LOWLEVELCOMP 0x00800000

#define LINECALLINFOSTATE_CHARGINGINFO 0x01000000

#define LINECALLINFOSTATE_TERMINAL 0x02000000

#define LINECALLINFOSTATE_DIALPARAMS 0x04000000

#define LINECALLINFOSTATE_MONITORMODES 0x08000000

#define LINECALLINFOSTATE_TREATMENT 0x10000000

#define LINECALLINFOSTATE_QOS 0x20000000

#define LINECALLINFOSTATE_CALLDATA 0x40000000

#define LINECALLORIGIN_OUTBOUND 0x00000001

#define LINECALLORIGIN_INTERNAL 0x00000002

#define LINECALLORIGIN_EXTERNAL 0x00000004

#define LINECALLORIGIN_UNKNOWN 0x00000010

#define LINECALLORIGIN_UNAVAIL 0x00000020

#define LINECALLORIGIN_CONFERENCE 0x00000040

#define LINECALLORIGIN_INBOUND 0x00000080

#define LINECALLPARAMFLAGS_SECURE 0x00000001

#define LINECALLPARAMFLAGS_IDLE 0x00000002

#define LINECALLPARAMFLAGS_BLOCKID 0x00000004

#define LINECALLPARAMFLAGS_ORIGOFFHOOK 0x00000008

#define LINECALLPARAMFLAGS_DESTOFFHOOK 0x00000010

#define LINECALLPARAMFLAGS_NOHOLDCONFERENCE 0x00000020

#define LINECALLPARAMFLAGS_PREDICTIVEDIAL 0x00000040

#define LINECALLPARAMFLAGS_ONESTEPTRANSFER 0x00000080

#define LINECALLPARTYID_BLOCKED 0x00000001

#define LINECALLPARTYID_OUTOFAREA 0x00000002

#define LINECALLPARTYID_NAME 0x00000004

#define LINECALLPARTYID_ADDRESS 0x00000008

#define LINECALLPARTYID_PARTIAL 0x00000010

#define LINECALLPARTYID_UNKNOWN 0x00000020

#define LINECALLPARTYID_UNAVAIL 0x00000040

#define LINECALLPRIVILEGE_NONE 0x00000001

#define LINECALLPRIVILEGE_MONITOR 0x00000002

#define LINECALLPRIVILEGE_OWNER 0x00000004

#define LINECALLREASON_DIRECT 0x00000001

#define LINECALLREASON_FWDBUSY 0x00000002

#define LINECALLREASON_FWDNOANSWER 0x00000004

#define LINECALLREASON_FWDUNCOND 0x00000008

#define LINECALLREASON_PICKUP 0x00000010

#define LINECALLREASON_UNPARK 0x00000020

#define LINECALLREASON_REDIRECT 0x00000040

#define LINECALLREASON_CALLCOMPLETION 0x00000080

#define LINECALLREASON_TRANSFER 0x00000100

#define LINECALLREASON_REMINDER 0x00000200

#define LINECALLREASON_UNKNOWN 0x00000400

#define LINECALLREASON_UNAVAIL 0x00000800

#define LINECALLREASON_INTRUDE 0x00001000

#define LINECALLREASON_PARKED 0x00002000

#define LINECALLREASON_CAMPEDON 0x00004000

#define LINECALLREASON_ROUTEREQUEST 0x00008000

#define LINECALLSELECT_LINE 0x00000001

#define LINECALLSELECT_ADDRESS 0x00000002

#define LINECALLSELECT_CALL 0x00000004

#define LINECALLSELECT_DEVICEID 0x00000008

#define LINECALLSELECT_CALLID 0x00000010

#define LINECALLSTATE_IDLE 0x00000001

#define LINECALLSTATE_OFFERING 0x00000002

#define LINECALLSTATE_ACCEPTED 0x00000004

#define LINECALLSTATE_DIALTONE 0x00000008

#define LINECALLSTATE_DIALING 0x00000010

#define LINECALLSTATE_RINGBACK 0x00000020

#define LINECALLSTATE_BUSY 0x00000040

#define LINECALLSTATE_SPECIALINFO 0x00000080

#define LINECALLSTATE_CONNECTED 0x00000100

#define LINECALLSTATE_PROCEEDING 0x00000200

#define LINECALLSTATE_ONHOLD 0x00000400

#define LINECALLSTATE_CONFERENCED 0x00000800

#define LINECALLSTATE_ONHOLDPENDCONF 0x00001000

#define LINECALLSTATE_ONHOLDPENDTRANSFER 0x00002000

#define LINECALLSTATE_DISCONNECTED 0x00004000

#define LINECALLSTATE_UNKNOWN 0x00008000

#define LINECALLTREATMENT_SILENCE 0x00000001

#define LINECALLTREATMENT_RINGBACK 0x00000002

#define LINECALLTREATMENT_BUSY 0x00000003

#define LINECALLTREATMENT_MUSIC 0x00000004

#define LINECARDOPTION_PREDEFINED 0x00000001

#define LINECARDOPTION_HIDDEN 0x00000002

#define LINECONNECTEDMODE_ACTIVE 0x00000001

#define LINECONNECTEDMODE_INACTIVE 0x00000002

#define LINECONNECTEDMODE_ACTIVEHELD 0x00000004

#define LINECONNECTEDMODE_INACTIVEHELD 0x00000008

#define LINECONNECTEDMODE_CONFIRMED 0x00000010

#define LINEDEVCAPFLAGS_CROSSADDRCONF 0x00000001

#define LINEDEVCAPFLAGS_HIGHLEVCOMP 0x00000002

#define LINEDEVCAPFLAGS_LOWLEVCOMP 0x00000004

#define LINEDEVCAPFLAGS_MEDIACONTROL 0x00000008

#define LINEDEVCAPFLAGS_MULTIPLEADDR 0x00000010

#define LINEDEVCAPFLAGS_CLOSEDROP 0x00000020

#define LINEDEVCAPFLAGS_DIALBILLING 0x00000040

#define LINEDEVCAPFLAGS_DIALQUIET 0x00000080

#define LINEDEVCAPFLAGS_DIALDIALTONE 0x00000100

#define LINEDEVCAPFLAGS_MSP 0x00000200

#define LINEDEVCAPFLAGS_CALLHUB 0x00000400

#define LINEDEVCAPFLAGS_CALLHUBTRACKING 0x00000800

#define LINEDEVCAPFLAGS_PRIVATEOBJECTS 0x00001000

#define LINEDEVCAPFLAGS_LOCAL 0x00002000

#define LINEDEVSTATE_OTHER 0x00000001

#define LINEDEVSTATE_RINGING 0x00000002

#define LINEDEVSTATE_CONNECTED 0x00000004

#define LINEDEVSTATE_DISCONNECTED 0x00000008

#define LINEDEVSTATE_MSGWAITON 0x00000010

#define LINEDEVSTATE_MSGWAITOFF 0x00000020

#define LINEDEVSTATE_INSERVICE 0x00000040

#define LINEDEVSTATE_OUTOFSERVICE 0x00000080

#define LINEDEVSTATE_MAINTENANCE 0x00000100

#define LINEDEVSTATE_OPEN 0x00000200

#define LINEDEVSTATE_CLOSE 0x00000400

#define LINEDEVSTATE_NUMCALLS 0x00000800

#define LINEDEVSTATE_NUMCOMPLETIONS 0x00001000

#define LINEDEVSTATE_TERMINALS 0x00002000

#define LINEDEVSTATE_ROAMMODE 0x00004000

#define LINEDEVSTATE_BATTERY 0x00008000

#define LINEDEVSTATE_SIGNAL 0x00010000

#define LINEDEVSTATE_DEVSPECIFIC 0x00020000

#define LINEDEVSTATE_REINIT 0x00040000

#define LINEDEVSTATE_LOCK 0x00080000

#define LINEDEVSTATE_CAPSCHANGE 0x00100000

#define LINEDEVSTATE_CONFIGCHANGE 0x00200000

#define LINEDEVSTATE_TRANSLATECHANGE 0x00400000

#define LINEDEVSTATE_COMPLCANCEL 0x00800000

#define LINEDEVSTATE_REMOVED 0x01000000

#define LINEDEVSTATUSFLAGS_CONNECTED 0x00000001

#define LINEDEVSTATUSFLAGS_MSGWAIT 0x00000002

#define LINEDEVSTATUSFLAGS_INSERVICE 0x00000004

#define LINEDEVSTATUSFLAGS_LOCKED 0x00000008

#define LINEDIALTONEMODE_NORMAL 0x00000001

#define LINEDIALTONEMODE_SPECIAL 0x00000002

#define LINEDIALTONEMODE_INTERNAL 0x00000004

#define LINEDIALTONEMODE_EXTERNAL 0x00000008

#define LINEDIALTONEMODE_UNKNOWN 0x00000010

#define LINEDIALTONEMODE_UNAVAIL 0x00000020

#define LINEDIGITMODE_PULSE 0x00000001

#define LINEDIGITMODE_DTMF 0x00000002

#define LINEDIGITMODE_DTMFEND 0x00000004

#define LINEDISCONNECTMODE_NORMAL 0x00000001

#define LINEDISCONNECTMODE_UNKNOWN 0x00000002

#define LINEDISCONNECTMODE_REJECT 0x00000004

#define LINEDISCONNECTMODE_PICKUP 0x00000008

#define LINEDISCONNECTMODE_FORWARDED 0x00000010

#define LINEDISCONNECTMODE_BUSY 0x00000020

#define LINEDISCONNECTMODE_NOANSWER 0x00000040

#define LINEDISCONNECTMODE_BADADDRESS 0x00000080

#define LINEDISCONNECTMODE_UNREACHABLE 0x00000100

#define LINEDISCONNECTMODE_CONGESTION 0x00000200

#define LINEDISCONNECTMODE_INCOMPATIBLE 0x00000400

#define LINEDISCONNECTMODE_UNAVAIL 0x00000800

#define LINEDISCONNECTMODE_NODIALTONE 0x00001000

#define LINEDISCONNECTMODE_NUMBERCHANGED 0x00002000

#define LINEDISCONNECTMODE_OUTOFORDER 0x00004000

#define LINEDISCONNECTMODE_TEMPFAILURE 0x00008000

#define LINEDISCONNECTMODE_QOSUNAVAIL 0x00010000

#define LINEDISCONNECTMODE_BLOCKED 0x00020000

#define LINEDISCONNECTMODE_DONOTDISTURB 0x00040000

#define LINEDISCONNECTMODE_CANCELLED 0x00080000

#define LINEERR_ALLOCATED 0x80000001

#define LINEERR_BADDEVICEID 0x80000002

#define LINEERR_BEARERMODEUNAVAIL 0x80000003

#define LINEERR_CALLUNAVAIL 0x80000005

#define LINEERR_COMPLETIONOVERRUN 0x80000006

#define LINEERR_CONFERENCEFULL 0x80000007

#define LINEERR_DIALBILLING 0x80000008

#define LINEERR_DIALDIALTONE 0x80000009

#define LINEERR_DIALPROMPT 0x8000000A

#define LINEERR_DIALQUIET 0x8000000B

#define LINEERR_INCOMPATIBLEAPIVERSION 0x8000000C

#define LINEERR_INCOMPATIBLEEXTVERSION 0x8000000D

#define LINEERR_INIFILECORRUPT 0x8000000E

#define LINEERR_INUSE 0x8000000F

#define LINEERR_INVALADDRESS 0x80000010

#define LINEERR_INVALADDRESSID 0x80000011

#define LINEERR_INVALADDRESSMODE 0x80000012

#define LINEERR_INVALADDRESSSTATE 0x80000013

#define LINEERR_INVALAPPHANDLE 0x80000014

#define LINEERR_INVALAPPNAME 0x80000015

#define LINEERR_INVALBEARERMODE 0x80000016

#define LINEERR_INVALCALLCOMPLMODE 0x80000017

#define LINEERR_INVALCALLHANDLE 0x80000018

#define LINEERR_INVALCALLPARAMS 0x80000019

#define LINEERR_INVALCALLPRIVILEGE 0x8000001A

#define LINEERR_INVALCALLSELECT 0x8000001B

#define LINEERR_INVALCALLSTATE 0x8000001C

#define LINEERR_INVALCALLSTATELIST 0x8000001D

#define LINEERR_INVALCARD 0x8000001E

#define LINEERR_INVALCOMPLETIONID 0x8000001F

#define LINEERR_INVALCONFCALLHANDLE 0x80000020

#define LINEERR_INVALCONSULTCALLHANDLE 0x80000021

#define LINEERR_INVALCOUNTRYCODE 0x80000022

#define LINEERR_INVALDEVICECLASS 0x80000023

#define LINEERR_INVALDEVICEHANDLE 0x80000024

#define LINEERR_INVALDIALPARAMS 0x80000025

#define LINEERR_INVALDIGITLIST 0x80000026

#define LINEERR_INVALDIGITMODE 0x80000027

#define LINEERR_INVALDIGITS 0x80000028

#define LINEERR_INVALEXTVERSION 0x80000029

#define LINEERR_INVALGROUPID 0x8000002A

#define LINEERR_INVALLINEHANDLE 0x8000002B

#define LINEERR_INVALLINESTATE 0x8000002C

#define LINEERR_INVALLOCATION 0x8000002D

#define LINEERR_INVALMEDIALIST 0x8000002E

#define LINEERR_INVALMEDIAMODE 0x8000002F

#define LINEERR_INVALMESSAGEID 0x80000030

#define LINEERR_INVALPARAM 0x80000032

#define LINEERR_INVALPARKID 0x80000033

#define LINEERR_INVALPARKMODE 0x80000034

#define LINEERR_INVALPOINTER 0x80000035

#define LINEERR_INVALPRIVSELECT 0x80000036

#define LINEERR_INVALRATE 0x80000037

#define LINEERR_INVALREQUESTMODE 0x80000038

#define LINEERR_INVALTERMINALID 0x80000039

#define LINEERR_INVALTERMINALMODE 0x8000003A

#define LINEERR_INVALTIMEOUT 0x8000003B

#define LINEERR_INVALTONE 0x8000003C

#define LINEERR_INVALTONELIST 0x8000003D

#define LINEERR_INVALTONEMODE 0x8000003E

#define LINEERR_INVALTRANSFERMODE 0x8000003F

#define LINEERR_LINEMAPPERFAILED 0x80000040

#define LINEERR_NOCONFERENCE 0x80000041

#define LINEERR_NODEVICE 0x80000042

#define LINEERR_NODRIVER 0x80000043

#define LINEERR_NOMEM 0x80000044

#define LINEERR_NOREQUEST 0x80000045

#define LINEERR_NOTOWNER 0x80000046

#define LINEERR_NOTREGISTERED 0x80000047

#define LINEERR_OPERATIONFAILED 0x80000048

#define LINEERR_OPERATIONUNAVAIL 0x80000049

#define LINEERR_RATEUNAVAIL 0x8000004A

#define LINEERR_RESOURCEUNAVAIL 0x8000004B

#define LINEERR_REQUESTOVERRUN 0x8000004C

#define LINEERR_STRUCTURETOOSMALL 0x8000004D

#define LINEERR_TARGETNOTFOUND 0x8000004E

#define LINEERR_TARGETSELF 0x8000004F

#define LINEERR_UNINITIALIZED 0x80000050

#define LINEERR_USERUSERINFOTOOBIG 0x80000051

#define LINEERR_REINIT 0x80000052

#define LINEERR_ADDRESSBLOCKED 0x80000053

#define LINEERR_BILLINGREJECTED 0x80000054

#define LINEERR_INVALFEATURE 0x80000055

#define LINEERR_NOMULTIPLEINSTANCE 0x80000056

#define LINEERR_INVALAGENTID 0x80000057

#define LINEERR_INVALAGENTGROUP 0x80000058

#define LINEERR_INVALPASSWORD 0x80000059

#define LINEERR_INVALAGENTSTATE 0x8000005A

#define LINEERR_INVALAGENTACTIVITY 0x8000005B

#define LINEERR_DIALVOICEDETECT 0x8000005C

#define LINEERR_USERCANCELLED 0x8000005D

#define LINEERR_INVALADDRESSTYPE 0x8000005E

#define LINEERR_INVALAGENTSESSIONSTATE 0x8000005F

#define LINEERR_DISCONNECTED 0x80000060

#define LINEERR_SERVICE_NOT_RUNNING 0x80000061

#define LINEFEATURE_DEVSPECIFIC 0x00000001

#define LINEFEATURE_DEVSPECIFICFEAT 0x00000002

#define LINEFEATURE_FORWARD 0x00000004

#define LINEFEATURE_MAKECALL 0x00000008

#define LINEFEATURE_SETMEDIACONTROL 0x00000010

#define LINEFEATURE_SETTERMINAL 0x00000020

#define LINEFEATURE_SETDEVSTATUS 0x00000040

#define LINEFEATURE_FORWARDFWD 0x00000080

#define LINEFEATURE_FORWARDDND 0x00000100

#define LINEFORWARDMODE_UNCOND 0x00000001

#define LINEFORWARDMODE_UNCONDINTERNAL 0x00000002

#define LINEFORWARDMODE_UNCONDEXTERNAL 0x00000004

#define LINEFORWARDMODE_UNCONDSPECIFIC 0x00000008

#define LINEFORWARDMODE_BUSY 0x00000010

#define LINEFORWARDMODE_BUSYINTERNAL 0x00000020

#define LINEFORWARDMODE_BUSYEXTERNAL 0x00000040

#define LINEFORWARDMODE_BUSYSPECIFIC 0x00000080

#define LINEFORWARDMODE_NOANSW 0x00000100

#define LINEFORWARDMODE_NOANSWINTERNAL 0x00000200

#define LINEFORWARDMODE_NOANSWEXTERNAL 0x00000400

#define LINEFORWARDMODE_NOANSWSPECIFIC 0x00000800

#define LINEFORWARDMODE_BUSYNA 0x00001000

#define LINEFORWARDMODE_BUSYNAINTERNAL 0x00002000

#define LINEFORWARDMODE_BUSYNAEXTERNAL 0x00004000

#define LINEFORWARDMODE_BUSYNASPECIFIC 0x00008000

#define LINEFORWARDMODE_UNKNOWN 0x00010000

#define LINEFORWARDMODE_UNAVAIL 0x00020000

#define LINEGATHERTERM_BUFFERFULL 0x00000001

#define LINEGATHERTERM_TERMDIGIT 0x00000002

#define LINEGATHERTERM_FIRSTTIMEOUT 0x00000004

#define LINEGATHERTERM_INTERTIMEOUT 0x00000008

#define LINEGATHERTERM_CANCEL 0x00000010

#define LINEGENERATETERM_DONE 0x00000001

#define LINEGENERATETERM_CANCEL 0x00000002

#define LINEINITIALIZEEXOPTION_USEHIDDENWINDOW 0x00000001

#define LINEINITIALIZEEXOPTION_USEEVENT 0x00000002

#define LINEINITIALIZEEXOPTION_USECOMPLETIONPORT 0x00000003

#define LINEINITIALIZEEXOPTION_CALLHUBTRACKING 0x80000000

#define LINELOCATIONOPTION_PULSEDIAL 0x00000001

#define LINEMEDIACONTROL_NONE 0x00000001

#define LINEMEDIACONTROL_START 0x00000002

#define LINEMEDIACONTROL_RESET 0x00000004

#define LINEMEDIACONTROL_PAUSE 0x00000008

#define LINEMEDIACONTROL_RESUME 0x00000010

#define LINEMEDIACONTROL_RATEUP 0x00000020

#define LINEMEDIACONTROL_RATEDOWN 0x00000040

#define LINEMEDIACONTROL_RATENORMAL 0x00000080

#define LINEMEDIACONTROL_VOLUMEUP 0x00000100

#define LINEMEDIACONTROL_VOLUMEDOWN 0x00000200

#define LINEMEDIACONTROL_VOLUMENORMAL 0x00000400

#define LINEMEDIAMODE_UNKNOWN 0x00000002

#define LINEMEDIAMODE_INTERACTIVEVOICE 0x00000004

#define LINEMEDIAMODE_AUTOMATEDVOICE 0x00000008

#define LINEMEDIAMODE_DATAMODEM 0x00000010

#define LINEMEDIAMODE_G3FAX 0x00000020

#define LINEMEDIAMODE_TDD 0x00000040

#define LINEMEDIAMODE_G4FAX 0x00000080

#define LINEMEDIAMODE_DIGITALDATA 0x00000100

#define LINEMEDIAMODE_TELETEX 0x00000200

#define LINEMEDIAMODE_VIDEOTEX 0x00000400

#define LINEMEDIAMODE_TELEX 0x00000800

#define LINEMEDIAMODE_MIXED 0x00001000

#define LINEMEDIAMODE_ADSI 0x00002000

#define LINEMEDIAMODE_VOICEVIEW 0x00004000

#define LINEMEDIAMODE_VIDEO 0x00008000

#define LINEOFFERINGMODE_ACTIVE 0x00000001

#define LINEOFFERINGMODE_INACTIVE 0x00000002

#define LINEOPENOPTION_SINGLEADDRESS 0x80000000

#define LINEOPENOPTION_PROXY 0x40000000

#define LINEPARKMODE_DIRECTED 0x00000001

#define LINEPARKMODE_NONDIRECTED 0x00000002

#define LINEPROXYREQUEST_SETAGENTGROUP 0x00000001

#define LINEPROXYREQUEST_SETAGENTSTATE 0x00000002

#define LINEPROXYREQUEST_SETAGENTACTIVITY 0x00000003

#define LINEPROXYREQUEST_GETAGENTCAPS 0x00000004

#define LINEPROXYREQUEST_GETAGENTSTATUS 0x00000005

#define LINEPROXYREQUEST_AGENTSPECIFIC 0x00000006

#define LINEPROXYREQUEST_GETAGENTACTIVITYLIST 0x00000007

#define LINEPROXYREQUEST_GETAGENTGROUPLIST 0x00000008

#define LINEPROXYREQUEST_CREATEAGENT 0x00000009

#define LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD 0x0000000A

#define LINEPROXYREQUEST_GETAGENTINFO 0x0000000B

#define LINEPROXYREQUEST_CREATEAGENTSESSION 0x0000000C

#define LINEPROXYREQUEST_GETAGENTSESSIONLIST 0x0000000D

#define LINEPROXYREQUEST_SETAGENTSESSIONSTATE 0x0000000E

#define LINEPROXYREQUEST_GETAGENTSESSIONINFO 0x0000000F

#define LINEPROXYREQUEST_GETQUEUELIST 0x00000010

#define LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD 0x00000011

#define LINEPROXYREQUEST_GETQUEUEINFO 0x00000012

#define LINEPROXYREQUEST_GETGROUPLIST 0x00000013

#define LINEPROXYREQUEST_SETAGENTSTATEEX 0x00000014

#define LINEREMOVEFROMCONF_NONE 0x00000001

#define LINEREMOVEFROMCONF_LAST 0x00000002

#define LINEREMOVEFROMCONF_ANY 0x00000003

#define LINEREQUESTMODE_MAKECALL 0x00000001

#define LINEREQUESTMODE_MEDIACALL 0x00000002

#define LINEREQUESTMODE_DROP 0x00000004

#define LINEROAMMODE_UNKNOWN 0x00000001

#define LINEROAMMODE_UNAVAIL 0x00000002

#define LINEROAMMODE_HOME 0x00000004

#define LINEROAMMODE_ROAMA 0x00000008

#define LINEROAMMODE_ROAMB 0x00000010

#define LINESPECIALINFO_NOCIRCUIT 0x00000001

#define LINESPECIALINFO_CUSTIRREG 0x00000002

#define LINESPECIALINFO_REORDER 0x00000004

#define LINESPECIALINFO_UNKNOWN 0x00000008

#define LINESPECIALINFO_UNAVAIL 0x00000010

#define LINETERMDEV_PHONE 0x00000001

#define LINETERMDEV_HEADSET 0x00000002

#define LINETERMDEV_SPEAKER 0x00000004

#define LINETERMMODE_BUTTONS 0x00000001

#define LINETERMMODE_LAMPS 0x00000002

#define LINETERMMODE_DISPLAY 0x00000004

#define LINETERMMODE_RINGER 0x00000008

#define LINETERMMODE_HOOKSWITCH 0x00000010

#define LINETERMMODE_MEDIATOLINE 0x00000020

#define LINETERMMODE_MEDIAFROMLINE 0x00000040

#define LINETERMMODE_MEDIABIDIRECT 0x00000080

#define LINETERMSHARING_PRIVATE 0x00000001

#define LINETERMSHARING_SHAREDEXCL 0x00000002

#define LINETERMSHARING_SHAREDCONF 0x00000004

#define LINETOLLLISTOPTION_ADD 0x00000001

#define LINETOLLLISTOPTION_REMOVE 0x00000002

#define LINETONEMODE_CUSTOM 0x00000001

#define LINETONEMODE_RINGBACK 0x00000002

#define LINETONEMODE_BUSY 0x00000004

#define LINETONEMODE_BEEP 0x00000008

#define LINETONEMODE_BILLING 0x00000010

#define LINETRANSFERMODE_TRANSFER 0x00000001

#define LINETRANSFERMODE_CONFERENCE 0x00000002

#define LINETRANSLATEOPTION_CARDOVERRIDE 0x00000001

#define LINETRANSLATEOPTION_CANCELCALLWAITING 0x00000002

#define LINETRANSLATEOPTION_FORCELOCAL 0x00000004

#define LINETRANSLATEOPTION_FORCELD 0x00000008

#define LINETRANSLATERESULT_CANONICAL 0x00000001

#define LINETRANSLATERESULT_INTERNATIONAL 0x00000002

#define LINETRANSLATERESULT_LONGDISTANCE 0x00000004

#define LINETRANSLATERESULT_LOCAL 0x00000008

#define LINETRANSLATERESULT_INTOLLLIST 0x00000010

#define LINETRANSLATERESULT_NOTINTOLLLIST 0x00000020

#define LINETRANSLATERESULT_DIALBILLING 0x00000040

#define LINETRANSLATERESULT_DIALQUIET 0x00000080

#define LINETRANSLATERESULT_DIALDIALTONE 0x00000100

#define LINETRANSLATERESULT_DIALPROMPT 0x00000200

#define LINETRANSLATERESULT_VOICEDETECT 0x00000400

#define LINETRANSLATERESULT_NOTRANSLATION 0x00000800

#define PHONEBUTTONFUNCTION_UNKNOWN 0x00000000

#define PHONEBUTTONFUNCTION_CONFERENCE 0x00000001

#define PHONEBUTTONFUNCTION_TRANSFER 0x00000002

#define PHONEBUTTONFUNCTION_DROP 0x00000003

#define PHONEBUTTONFUNCTION_HOLD 0x00000004

#define PHONEBUTTONFUNCTION_RECALL 0x00000005

#define PHONEBUTTONFUNCTION_DISCONNECT 0x00000006

#define PHONEBUTTONFUNCTION_CONNECT 0x00000007

#define PHONEBUTTONFUNCTION_MSGWAITON 0x00000008

#define PHONEBUTTONFUNCTION_MSGWAITOFF 0x00000009

#define PHONEBUTTONFUNCTION_SELECTRING 0x0000000A

#define PHONEBUTTONFUNCTION_ABBREVDIAL 0x0000000B

#define PHONEBUTTONFUNCTION_FORWARD 0x0000000C

#define PHONEBUTTONFUNCTION_PICKUP 0x0000000D

#define PHONEBUTTONFUNCTION_RINGAGAIN 0x0000000E

#define PHONEBUTTONFUNCTION_PARK 0x0000000F

#define PHONEBUTTONFUNCTION_REJECT 0x00000010

#define PHONEBUTTONFUNCTION_REDIRECT 0x00000011

#define PHONEBUTTONFUNCTION_MUTE 0x00000012

#define PHONEBUTTONFUNCTION_VOLUMEUP 0x00000013

#define PHONEBUTTONFUNCTION_VOLUMEDOWN 0x00000014

#define PHONEBUTTONFUNCTION_SPEAKERON 0x00000015

#define PHONEBUTTONFUNCTION_SPEAKEROFF 0x00000016

#define PHONEBUTTONFUNCTION_FLASH 0x00000017

#define PHONEBUTTONFUNCTION_DATAON 0x00000018

#define PHONEBUTTONFUNCTION_DATAOFF 0x00000019

#define PHONEBUTTONFUNCTION_DONOTDISTURB 0x0000001A

#define PHONEBUTTONFUNCTION_INTERCOM 0x0000001B

#define PHONEBUTTONFUNCTION_BRIDGEDAPP 0x0000001C

#define PHONEBUTTONFUNCTION_BUSY 0x0000001D

#define PHONEBUTTONFUNCTION_CALLAPP 0x0000001E

#define PHONEBUTTONFUNCTION_DATETIME 0x0000001F

#define PHONEBUTTONFUNCTION_DIRECTORY 0x00000020

#define PHONEBUTTONFUNCTION_COVER 0x00000021

#define PHONEBUTTONFUNCTION_CALLID 0x00000022

#define PHONEBUTTONFUNCTION_LASTNUM 0x00000023

#define PHONEBUTTONFUNCTION_NIGHTSRV 0x00000024

#define PHONEBUTTONFUNCTION_SENDCALLS 0x00000025

#define PHONEBUTTONFUNCTION_MSGINDICATOR 0x00000026

#define PHONEBUTTONFUNCTION_REPDIAL 0x00000027

#define PHONEBUTTONFUNCTION_SETREPDIAL 0x00000028

#define PHONEBUTTONFUNCTION_SYSTEMSPEED 0x00000029

#define PHONEBUTTONFUNCTION_STATIONSPEED 0x0000002A

#define PHONEBUTTONFUNCTION_CAMPON 0x0000002B

#define PHONEBUTTONFUNCTION_SAVEREPEAT 0x0000002C

#define PHONEBUTTONFUNCTION_QUEUECALL 0x0000002D

#define PHONEBUTTONFUNCTION_NONE 0x0000002E

#define PHONEBUTTONFUNCTION_SEND 0x0000002F

#define PHONEBUTTONMODE_DUMMY 0x00000001

#define PHONEBUTTONMODE_CALL 0x00000002

#define PHONEBUTTONMODE_FEATURE 0x00000004

#define PHONEBUTTONMODE_KEYPAD 0x00000008

#define PHONEBUTTONMODE_LOCAL 0x00000010

#define PHONEBUTTONMODE_DISPLAY 0x00000020

#define PHONEBUTTONSTATE_UP 0x00000001

#define PHONEBUTTONSTATE_DOWN 0x00000002

#define PHONEBUTTONSTATE_UNKNOWN 0x00000004

#define PHONEBUTTONSTATE_UNAVAIL 0x00000008

#define PHONEERR_ALLOCATED 0x90000001

#define PHONEERR_BADDEVICEID 0x90000002

#define PHONEERR_INCOMPATIBLEAPIVERSION 0x90000003

#define PHONEERR_INCOMPATIBLEEXTVERSION 0x90000004

#define PHONEERR_INIFILECORRUPT 0x90000005

#define PHONEERR_INUSE 0x90000006

#define PHONEERR_INVALAPPHANDLE 0x90000007

#define PHONEERR_INVALAPPNAME 0x90000008

#define PHONEERR_INVALBUTTONLAMPID 0x90000009

#define PHONEERR_INVALBUTTONMODE 0x9000000A

#define PHONEERR_INVALBUTTONSTATE 0x9000000B

#define PHONEERR_INVALDATAID 0x9000000C

#define PHONEERR_INVALDEVICECLASS 0x9000000D

#define PHONEERR_INVALEXTVERSION 0x9000000E

#define PHONEERR_INVALHOOKSWITCHDEV 0x9000000F

#define PHONEERR_INVALHOOKSWITCHMODE 0x90000010

#define PHONEERR_INVALLAMPMODE 0x90000011

#define PHONEERR_INVALPARAM 0x90000012

#define PHONEERR_INVALPHONEHANDLE 0x90000013

#define PHONEERR_INVALPHONESTATE 0x90000014

#define PHONEERR_INVALPOINTER 0x90000015

#define PHONEERR_INVALPRIVILEGE 0x90000016

#define PHONEERR_INVALRINGMODE 0x90000017

#define PHONEERR_NODEVICE 0x90000018

#define PHONEERR_NODRIVER 0x90000019

#define PHONEERR_NOMEM 0x9000001A

#define PHONEERR_NOTOWNER 0x9000001B

#define PHONEERR_OPERATIONFAILED 0x9000001C

#define PHONEERR_OPERATIONUNAVAIL 0x9000001D

#define PHONEERR_RESOURCEUNAVAIL 0x9000001F

#define PHONEERR_REQUESTOVERRUN 0x90000020

#define PHONEERR_STRUCTURETOOSMALL 0x90000021

#define PHONEERR_UNINITIALIZED 0x90000022

#define PHONEERR_REINIT 0x90000023

#define PHONEERR_DISCONNECTED 0x90000024

#define PHONEERR_SERVICE_NOT_RUNNING 0x90000025

#define PHONEFEATURE_GETBUTTONINFO 0x00000001

#define PHONEFEATURE_GETDATA 0x00000002

#define PHONEFEATURE_GETDISPLAY 0x00000004

#define PHONEFEATURE_GETGAINHANDSET 0x00000008

#define PHONEFEATURE_GETGAINSPEAKER 0x00000010

#define PHONEFEATURE_GETGAINHEADSET 0x00000020

#define PHONEFEATURE_GETHOOKSWITCHHANDSET 0x00000040

#define PHONEFEATURE_GETHOOKSWITCHSPEAKER 0x00000080

#define PHONEFEATURE_GETHOOKSWITCHHEADSET 0x00000100

#define PHONEFEATURE_GETLAMP 0x00000200

#define PHONEFEATURE_GETRING 0x00000400

#define PHONEFEATURE_GETVOLUMEHANDSET 0x00000800

#define PHONEFEATURE_GETVOLUMESPEAKER 0x00001000

#define PHONEFEATURE_GETVOLUMEHEADSET 0x00002000

#define PHONEFEATURE_SETBUTTONINFO 0x00004000

#define PHONEFEATURE_SETDATA 0x00008000

#define PHONEFEATURE_SETDISPLAY 0x00010000

#define PHONEFEATURE_SETGAINHANDSET 0x00020000

#define PHONEFEATURE_SETGAINSPEAKER 0x00040000

#define PHONEFEATURE_SETGAINHEADSET 0x00080000

#define PHONEFEATURE_SETHOOKSWITCHHANDSET 0x00100000

#define PHONEFEATURE_SETHOOKSWITCHSPEAKER 0x00200000

#define PHONEFEATURE_SETHOOKSWITCHHEADSET 0x00400000

#define PHONEFEATURE_SETLAMP 0x00800000

#define PHONEFEATURE_SETRING 0x01000000

#define PHONEFEATURE_SETVOLUMEHANDSET 0x02000000

#define PHONEFEATURE_SETVOLUMESPEAKER 0x04000000

#define PHONEFEATURE_SETVOLUMEHEADSET 0x08000000

#define PHONEFEATURE_GENERICPHONE 0x10000000

#define PHONEHOOKSWITCHDEV_HANDSET 0x00000001

#define PHONEHOOKSWITCHDEV_SPEAKER 0x00000002

#define PHONEHOOKSWITCHDEV_HEADSET 0x00000004

#define PHONEHOOKSWITCHMODE_ONHOOK 0x00000001

#define PHONEHOOKSWITCHMODE_MIC 0x00000002

#define PHONEHOOKSWITCHMODE_SPEAKER 0x00000004

#define PHONEHOOKSWITCHMODE_MICSPEAKER 0x00000008

#define PHONEHOOKSWITCHMODE_UNKNOWN 0x00000010

#define PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW 0x00000001

#define PHONEINITIALIZEEXOPTION_USEEVENT 0x00000002

#define PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT 0x00000003

#define PHONELAMPMODE_DUMMY 0x00000001

#define PHONELAMPMODE_OFF 0x00000002

#define PHONELAMPMODE_STEADY 0x00000004

#define PHONELAMPMODE_WINK 0x00000008

#define PHONELAMPMODE_FLASH 0x00000010

#define PHONELAMPMODE_FLUTTER 0x00000020

#define PHONELAMPMODE_BROKENFLUTTER 0x00000040

#define PHONELAMPMODE_UNKNOWN 0x00000080

#define PHONEPRIVILEGE_MONITOR 0x00000001

#define PHONEPRIVILEGE_OWNER 0x00000002

#define PHONESTATE_OTHER 0x00000001

#define PHONESTATE_CONNECTED 0x00000002

#define PHONESTATE_DISCONNECTED 0x00000004

#define PHONESTATE_OWNER 0x00000008

#define PHONESTATE_MONITORS 0x00000010

#define PHONESTATE_DISPLAY 0x00000020

#define PHONESTATE_LAMP 0x00000040

#define PHONESTATE_RINGMODE 0x00000080

#define PHONESTATE_RINGVOLUME 0x00000100

#define PHONESTATE_HANDSETHOOKSWITCH 0x00000200

#define PHONESTATE_HANDSETVOLUME 0x00000400

#define PHONESTATE_HANDSETGAIN 0x00000800

#define PHONESTATE_SPEAKERHOOKSWITCH 0x00001000

#define PHONESTATE_SPEAKERVOLUME 0x00002000

#define PHONESTATE_SPEAKERGAIN 0x00004000

#define PHONESTATE_HEADSETHOOKSWITCH 0x00008000

#define PHONESTATE_HEADSETVOLUME 0x00010000

#define PHONESTATE_HEADSETGAIN 0x00020000

#define PHONESTATE_SUSPEND 0x00040000

#define PHONESTATE_RESUME 0x00080000

#define PHONESTATE_DEVSPECIFIC 0x00100000

#define PHONESTATE_REINIT 0x00200000

#define PHONESTATE_CAPSCHANGE 0x00400000

#define PHONESTATE_REMOVED 0x00800000

#define PHONESTATUSFLAGS_CONNECTED 0x00000001

#define PHONESTATUSFLAGS_SUSPENDED 0x00000002

#define STRINGFORMAT_ASCII 0x00000001

#define STRINGFORMAT_DBCS 0x00000002

#define STRINGFORMAT_UNICODE 0x00000003

#define STRINGFORMAT_BINARY 0x00000004

#define TAPIERR_CONNECTED 0

#define TAPIERR_DROPPED -1

#define TAPIERR_NOREQUESTRECIPIENT -2

#define TAPIERR_REQUESTQUEUEFULL -3

#define TAPIERR_INVALDESTADDRESS -4

#define TAPIERR_INVALWINDOWHANDLE -5

#define TAPIERR_INVALDEVICECLASS -6

#define TAPIERR_INVALDEVICEID -7

#define TAPIERR_DEVICECLASSUNAVAIL -8

#define TAPIERR_DEVICEIDUNAVAIL -9

#define TAPIERR_DEVICEINUSE -10

#define TAPIERR_DESTBUSY -11

#define TAPIERR_DESTNOANSWER -12

#define TAPIERR_DESTUNAVAIL -13

#define TAPIERR_UNKNOWNWINHANDLE -14

#define TAPIERR_UNKNOWNREQUESTID -15

#define TAPIERR_REQUESTFAILED -16

#define TAPIERR_REQUESTCANCELLED -17

#define TAPIERR_INVALPOINTER -18

#define TAPIERR_NOTADMIN -19

#define TAPIERR_MMCWRITELOCKED -20

#define TAPIERR_PROVIDERALREADYINSTALLED -21

#define TAPIERR_SCP_ALREADY_EXISTS -22

#define TAPIERR_SCP_DOES_NOT_EXIST -23

#define TAPIMAXDESTADDRESSSIZE 80

#define TAPIMAXAPPNAMESIZE 40

#define TAPIMAXCALLEDPARTYSIZE 40

#define TAPIMAXCOMMENTSIZE 80

#define TAPIMAXDEVICECLASSSIZE 40

#define TAPIMAXDEVICEIDSIZE 40

#define INITIALIZE_NEGOTIATION 0xFFFFFFFF

#define LINEMAPPER 0xFFFFFFFF

#define LAST_LINEMEDIAMODE 0x00008000

#define LAST_LINEREQUESTMODE LINEREQUESTMODE_MEDIACALL

#define TAPI_REPLY 1123

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * Initializes a TAPI 1.x application whose messages go to `lpfnCallback`.
 *
 * * `lphLineApp`: receives the new `HLINEAPP`.
 * * `hInstance`: ignored on Linux.
 * * `lpfnCallback`: required. As on Windows, it runs on the calling thread, inside its
 *   message loop (`DispatchMessage` of `include/win32/windows.h`), one message at a
 *   time and re-entrantly, with no lock of the library held (it may call TAPI
 *   functions); with `TAPI32_CALLBACK_THREAD=1` or `tapi32SetCallbackThread`, on a
 *   dispatcher thread of the library instead.
 * * `lpszAppName`: the friendly name, or NULL for the program's name.
 * * `lpdwNumDevs`: receives the number of line devices.
 *
 * Returns 0, or `LINEERR_INVALPOINTER` (a NULL pointer or callback), `LINEERR_NOMEM`,
 * `LINEERR_NODRIVER` (the simulated provider's scenario, `TAPI32_SCENARIO`, is unusable;
 * the reason is printed to stderr once).
 * Memory: the library keeps a copy of the name; nothing needs to stay valid.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineInitialize(LPHLINEAPP lphLineApp,
                    HINSTANCE hInstance,
                    LINECALLBACK lpfnCallback,
                    LPCSTR lpszAppName,
                    LPDWORD lpdwNumDevs);

/**
 * Initializes a TAPI 2.x application (single-byte friendly name).
 *
 * * `lphLineApp`: receives the new `HLINEAPP`.
 * * `hInstance`: ignored on Linux.
 * * `lpfnCallback`: the callback, required with `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`
 *   (run as for `lineInitialize`: in the calling thread's message loop, or on a
 *   dispatcher thread when asked for).
 * * `lpszFriendlyAppName`: the name, or NULL for the program's name.
 * * `lpdwNumDevs`: receives the number of line devices.
 * * `lpdwAPIVersion`: in: the highest API version the application supports (at least
 *   0x00010003); out: the highest version this library supports (0x00030001).
 * * `lpLineInitializeExParams`: `dwTotalSize` at least 28; `dwOptions` one of
 *   `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW` or `_USEEVENT` (optionally with
 *   `_CALLHUBTRACKING`). With `_USEEVENT`, `Handles.hEvent` receives an eventfd (see
 *   [`LINEINITIALIZEEXPARAMS_HANDLES`]); messages are read with `lineGetMessage`.
 *
 * Returns 0, or `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`,
 * `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALPARAM` (unknown option),
 * `LINEERR_OPERATIONUNAVAIL` (`_USECOMPLETIONPORT`: Linux has no completion ports),
 * `LINEERR_NOMEM`, `LINEERR_NODRIVER` (the simulated provider's scenario,
 * `TAPI32_SCENARIO`, is unusable; the reason is printed to stderr once).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineInitializeExA(LPHLINEAPP lphLineApp,
                       HINSTANCE hInstance,
                       LINECALLBACK lpfnCallback,
                       LPCSTR lpszFriendlyAppName,
                       LPDWORD lpdwNumDevs,
                       LPDWORD lpdwAPIVersion,
                       LPLINEINITIALIZEEXPARAMS lpLineInitializeExParams);

/**
 *As [`lineInitializeExA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineInitializeExW(LPHLINEAPP lphLineApp,
                       HINSTANCE hInstance,
                       LINECALLBACK lpfnCallback,
                       LPCWSTR lpszFriendlyAppName,
                       LPDWORD lpdwNumDevs,
                       LPDWORD lpdwAPIVersion,
                       LPLINEINITIALIZEEXPARAMS lpLineInitializeExParams);

/**
 * Ends an application's use of TAPI: closes every line it has open (as `lineClose`),
 * invalidates the `HLINEAPP`, discards its queued messages, wakes a `lineGetMessage`
 * waiting on it (which returns `LINEERR_INVALAPPHANDLE`) and closes its eventfd.
 * It never waits for a callback running in a message loop. With a dispatcher thread
 * (`TAPI32_CALLBACK_THREAD`), it waits for a callback running there at most
 * `TAPI32_CALLBACK_WAIT_MS` (default 250 ms; the handle doctor reports a wait that
 * expires); called from inside the callback it does not wait.
 *
 * Returns 0, or `LINEERR_INVALAPPHANDLE` (unknown or already shut down).
 *
 */
LONG lineShutdown(HLINEAPP hLineApp);

/**
 * Negotiates the API version to use on a line device: the highest version this
 * library supports within `dwAPILowVersion..=dwAPIHighVersion` (known versions:
 * 1.3, 1.4, 2.0, 2.1, 2.2, 3.0, 3.1).
 *
 * * `lpdwAPIVersion`: receives the version.
 * * `lpExtensionID`: receives all zeros (no provider extensions).
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`,
 * `LINEERR_BADDEVICEID`, `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineNegotiateAPIVersion(HLINEAPP hLineApp,
                             DWORD dwDeviceID,
                             DWORD dwAPILowVersion,
                             DWORD dwAPIHighVersion,
                             LPDWORD lpdwAPIVersion,
                             LPLINEEXTENSIONID lpExtensionID);

/**
 * Takes the next message of an application initialized with
 * `LINEINITIALIZEEXOPTION_USEEVENT`.
 *
 * * `lpMessage`: receives the message.
 * * `dwTimeout`: milliseconds to wait; 0 returns at once, `INFINITE` (0xFFFFFFFF)
 *   waits until a message comes or the application shuts down.
 *
 * Returns 0, or `LINEERR_OPERATIONFAILED` (timeout), `LINEERR_INVALAPPHANDLE` (unknown
 * handle, callback-mode application, or shut down while waiting),
 * `LINEERR_INVALPOINTER`, `LINEERR_UNINITIALIZED`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetMessage(HLINEAPP hLineApp, LPLINEMESSAGE lpMessage, DWORD dwTimeout);

/**
 * Puts an application first in, or takes it out of, the handoff priority list of a
 * media mode or an Assisted Telephony request mode. No application need be
 * initialized. The lists last as long as the process (Windows keeps them in the
 * registry); see `docs/RULES.md`.
 *
 * * `lpszAppFilename`: the application's module file name, without directory (names
 *   compare without regard to case).
 * * `dwMediaMode`: one `LINEMEDIAMODE_` bit, or 0 for the request mode list.
 * * `lpExtensionID`, `lpszExtensionName`: ignored.
 * * `dwRequestMode`: with `dwMediaMode` 0, `LINEREQUESTMODE_MAKECALL` or
 *   `LINEREQUESTMODE_MEDIACALL`; ignored otherwise.
 * * `dwPriority`: 1 makes the application the highest priority (moving it up if it was
 *   listed lower); 0 removes it (no error if it was not listed).
 *
 * Returns 0, or `LINEERR_INVALPOINTER` (NULL name), `LINEERR_INVALAPPNAME` (empty or
 * with a directory), `LINEERR_INVALMEDIAMODE` (not a single `LINEMEDIAMODE_` bit),
 * `LINEERR_INVALREQUESTMODE`, `LINEERR_INVALPARAM` (`dwPriority` above 1); on an
 * error the lists are unchanged.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetAppPriority(LPCSTR lpszAppFilename,
                        DWORD dwMediaMode,
                        LPLINEEXTENSIONID lpExtensionID,
                        DWORD dwRequestMode,
                        LPCSTR lpszExtensionName,
                        DWORD dwPriority);

/**
 *As [`lineSetAppPriority`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetAppPriorityA(LPCSTR lpszAppFilename,
                         DWORD dwMediaMode,
                         LPLINEEXTENSIONID lpExtensionID,
                         DWORD dwRequestMode,
                         LPCSTR lpszExtensionName,
                         DWORD dwPriority);

/**
 *As [`lineSetAppPriority`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetAppPriorityW(LPCWSTR lpszAppFilename,
                         DWORD dwMediaMode,
                         LPLINEEXTENSIONID lpExtensionID,
                         DWORD dwRequestMode,
                         LPCWSTR lpszExtensionName,
                         DWORD dwPriority);

/**
 * Tells an application's position in the handoff priority list of a media mode or an
 * Assisted Telephony request mode. No application need be initialized.
 *
 * * `lpszAppFilename`, `dwMediaMode`, `dwRequestMode`: as for `lineSetAppPriority`.
 * * `lpExtensionID`, `lpExtensionName`: ignored (nothing is written to
 *   `lpExtensionName`).
 * * `lpdwPriority`: receives the position, 1 being the highest, or 0 when the
 *   application is not in the list.
 *
 * Returns 0, or `LINEERR_INVALPOINTER` (NULL name or `lpdwPriority`),
 * `LINEERR_INVALAPPNAME`, `LINEERR_INVALMEDIAMODE`, `LINEERR_INVALREQUESTMODE`;
 * on an error `*lpdwPriority` is not written.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAppPriority(LPCSTR lpszAppFilename,
                        DWORD dwMediaMode,
                        LPLINEEXTENSIONID lpExtensionID,
                        DWORD dwRequestMode,
                        LPVARSTRING lpExtensionName,
                        LPDWORD lpdwPriority);

/**
 *As [`lineGetAppPriority`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAppPriorityA(LPCSTR lpszAppFilename,
                         DWORD dwMediaMode,
                         LPLINEEXTENSIONID lpExtensionID,
                         DWORD dwRequestMode,
                         LPVARSTRING lpExtensionName,
                         LPDWORD lpdwPriority);

/**
 *As [`lineGetAppPriority`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAppPriorityW(LPCWSTR lpszAppFilename,
                         DWORD dwMediaMode,
                         LPLINEEXTENSIONID lpExtensionID,
                         DWORD dwRequestMode,
                         LPVARSTRING lpExtensionName,
                         LPDWORD lpdwPriority);

/**
 * Returns information about a call (single-byte strings; the TAPI 1.x name).
 *
 * * `hCall`: the application's handle to the call. Handles stay readable after the
 *   call goes IDLE, until `lineDeallocateCall` or the line closes.
 * * `lpCallInfo`: `dwTotalSize` set by the caller to the bytes available, at least the
 *   fixed size for the API version negotiated on the call's line (296 for 1.x, 324 for
 *   2.x, 344 for 3.x). The fixed part of that version is filled, then strings (caller
 *   and called IDs and names, connected ID, application name, displayable address,
 *   called party, comment), each whole or not at all; `dwNeededSize` tells the size
 *   needed for all of them, `dwUsedSize` what was written. Nothing past `dwTotalSize`
 *   is written.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALPOINTER`,
 * `LINEERR_INVALCALLHANDLE` (never issued, not a call handle, deallocated, or its line
 * closed), `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetCallInfo(HCALL hCall, LPLINECALLINFO lpCallInfo);

/**
 *As [`lineGetCallInfo`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetCallInfoA(HCALL hCall, LPLINECALLINFO lpCallInfo);

/**
 *As [`lineGetCallInfo`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetCallInfoW(HCALL hCall, LPLINECALLINFO lpCallInfo);

/**
 * Returns the status of a call: state, state detail, this handle's privilege, the
 * features an owner may use now, and (API 2.0 and later) when the state was entered.
 *
 * * `lpCallStatus`: `dwTotalSize` at least 36 (API 1.x) or 56 (2.0 and later).
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALPOINTER`,
 * `LINEERR_INVALCALLHANDLE`, `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetCallStatus(HCALL hCall, LPLINECALLSTATUS lpCallStatus);

/**
 * Deallocates the application's handle to a call.
 *
 * On success the handle is invalid at once; the call's handles in other applications
 * stay valid and their `dwNumOwners`/`dwNumMonitors` drop. A monitor can always
 * deallocate. The sole owner of a call that is not IDLE gets `LINEERR_INVALCALLSTATE`
 * (the handle stays valid) when the line negotiated an API version below 2.0; from 2.0
 * on it succeeds. When the last handle of a call goes, the provider ends the call and
 * everything kept for it is freed. Below 2.0, pending `LINE_REPLY` messages for requests
 * on this call are suppressed; from 2.0 on they are still delivered.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE` (invalid, stale or
 * already deallocated), `LINEERR_INVALCALLSTATE`.
 *
 */
LONG lineDeallocateCall(HCALL hCall);

/**
 * Answers an offered call (the simulated far end connects at once).
 *
 * * `lpsUserUserInfo`, `dwSize`: user-user information; accepted and not sent (the
 *   simulated network has none). A non-zero size needs a valid pointer.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
 * `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER` (a monitor handle),
 * `LINEERR_INVALCALLSTATE` (not OFFERING or ACCEPTED), `LINEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineAnswer(HCALL hCall, LPCSTR lpsUserUserInfo, DWORD dwSize);

/**
 * Drops (hangs up) a call; it goes IDLE. The handle stays valid until deallocated.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
 * `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER` (a monitor handle),
 * `LINEERR_INVALCALLSTATE` (already IDLE), `LINEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineDrop(HCALL hCall, LPCSTR lpsUserUserInfo, DWORD dwSize);

/**
 * Sets the call's `dwAppSpecific` (shared by every handle to the call; each gets
 * `LINE_CALLINFO` with `LINECALLINFOSTATE_APPSPECIFIC`).
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`.
 *
 */
LONG lineSetAppSpecific(HCALL hCall, DWORD dwAppSpecific);

/**
 * Makes the handle an owner (`LINECALLPRIVILEGE_OWNER`) or a monitor
 * (`LINECALLPRIVILEGE_MONITOR`) of the call; the call's other handles get `LINE_CALLINFO`
 * with the owner/monitor count change. This is how an application gives up ownership
 * before deallocating; the sole owner of a call that is not IDLE must drop it first.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
 * `LINEERR_INVALCALLPRIVILEGE`, `LINEERR_INVALCALLSTATE` (the sole owner of a call that
 * is not IDLE asked for monitor).
 *
 */
LONG lineSetCallPrivilege(HCALL hCall, DWORD dwCallPrivilege);

/**
 * Dials `lpszDestAddress` on a call waiting at dial tone (made by `lineMakeCall` with
 * a NULL address) or still dialing: the call goes DIALING, PROCEEDING and on as for
 * `lineMakeCall`; `LINECALLINFO`'s called ID becomes the address.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or
 * `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
 * `LINEERR_INVALCALLSTATE` (not DIALTONE or DIALING), `LINEERR_INVALPOINTER`,
 * `LINEERR_INVALADDRESS` (empty).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineDial(HCALL hCall, LPCSTR lpszDestAddress, DWORD dwCountryCode);

/**
 *As [`lineDial`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineDialA(HCALL hCall, LPCSTR lpszDestAddress, DWORD dwCountryCode);

/**
 *As [`lineDial`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineDialW(HCALL hCall, LPCWSTR lpszDestAddress, DWORD dwCountryCode);

/**
 * Puts a connected call on hold (ONHOLD).
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or
 * `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
 * `LINEERR_INVALCALLSTATE` (not CONNECTED).
 *
 */
LONG lineHold(HCALL hCall);

/**
 * Takes a held call off hold (CONNECTED).
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or
 * `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
 * `LINEERR_INVALCALLSTATE` (not ONHOLD).
 *
 */
LONG lineUnhold(HCALL hCall);

/**
 * Secures an active call against interruption: `LINECALLINFO.dwCallParamFlags` gains
 * `LINECALLPARAMFLAGS_SECURE` and every handle gets `LINE_CALLINFO`.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or
 * `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
 * `LINEERR_INVALCALLSTATE` (IDLE or DISCONNECTED).
 *
 */
LONG lineSecureCall(HCALL hCall);

/**
 * Redirects an offered call to `lpszDestAddress` without answering it: the call
 * leaves the line and goes IDLE here.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or
 * `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
 * `LINEERR_INVALCALLSTATE` (not OFFERING or ACCEPTED), `LINEERR_INVALPOINTER`,
 * `LINEERR_INVALADDRESS`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineRedirect(HCALL hCall, LPCSTR lpszDestAddress, DWORD dwCountryCode);

/**
 *As [`lineRedirect`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineRedirectA(HCALL hCall, LPCSTR lpszDestAddress, DWORD dwCountryCode);

/**
 *As [`lineRedirect`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineRedirectW(HCALL hCall, LPCWSTR lpszDestAddress, DWORD dwCountryCode);

/**
 * Transfers a connected or held call to `lpszDestAddress` without consultation:
 * the call leaves the line and goes IDLE here.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or
 * `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
 * `LINEERR_INVALCALLSTATE` (not CONNECTED or ONHOLD), `LINEERR_INVALPOINTER`,
 * `LINEERR_INVALADDRESS`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineBlindTransfer(HCALL hCall, LPCSTR lpszDestAddress, DWORD dwCountryCode);

/**
 *As [`lineBlindTransfer`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineBlindTransferA(HCALL hCall, LPCSTR lpszDestAddress, DWORD dwCountryCode);

/**
 *As [`lineBlindTransfer`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineBlindTransferW(HCALL hCall, LPCWSTR lpszDestAddress, DWORD dwCountryCode);

/**
 * Sets the media mode of a call (owners only): one `LINEMEDIAMODE_*` the line
 * supports, or several with `LINEMEDIAMODE_UNKNOWN` while the mode is not settled.
 * Every handle of the call gets `LINE_CALLINFO` with `LINECALLINFOSTATE_MEDIAMODE`
 * when it changes. Synchronous.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
 * `LINEERR_NOTOWNER`, `LINEERR_INVALCALLSTATE` (IDLE), `LINEERR_INVALMEDIAMODE`.
 *
 */
LONG lineSetMediaMode(HCALL hCall, DWORD dwMediaModes);

/**
 * Gives ownership of the call to another application that has the call's line
 * device open with owner privilege: by its program's file name `lpszFileName`
 * (without a path; handing off to one's own file name succeeds), or, with a NULL
 * name, the first such application, in `lineOpen` order, whose media modes include
 * `dwMediaMode` (one `LINEMEDIAMODE_*`). The target's handle becomes an owner (a
 * new handle is announced with `LINE_APPNEWCALL` from API 2.0 on) and gets
 * `LINE_CALLSTATE` with dwParam3 `LINECALLPRIVILEGE_OWNER`; the caller stays an
 * owner until it deallocates or becomes a monitor. Synchronous.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
 * `LINEERR_NOTOWNER`, `LINEERR_INVALPOINTER`, `LINEERR_INVALMEDIAMODE`,
 * `LINEERR_TARGETNOTFOUND`, `LINEERR_TARGETSELF` (the caller is that first
 * application).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineHandoff(HCALL hCall, LPCSTR lpszFileName, DWORD dwMediaMode);

/**
 *As [`lineHandoff`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineHandoffA(HCALL hCall, LPCSTR lpszFileName, DWORD dwMediaMode);

/**
 *As [`lineHandoff`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineHandoffW(HCALL hCall, LPCWSTR lpszFileName, DWORD dwMediaMode);

/**
 * Sends `lpszDigits` on a connected (or dialing, held ...) call as `dwDigitMode`
 * (`LINEDIGITMODE_PULSE`: `0-9`; `LINEDIGITMODE_DTMF`: `0-9`, `A-D`, `*`, `#`; a comma
 * is a pause). Owners only. The simulated network takes them at once: the
 * application gets `LINE_GENERATE` with `LINEGENERATETERM_DONE` (dwParam3 the tick
 * count). NULL digits cancel a generation in progress (there never is one here).
 * `dwDuration` is accepted and not used.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
 * `LINEERR_NOTOWNER`, `LINEERR_INVALCALLSTATE`, `LINEERR_INVALDIGITMODE`,
 * `LINEERR_INVALDIGITS`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGenerateDigits(HCALL hCall, DWORD dwDigitMode, LPCSTR lpszDigits, DWORD dwDuration);

/**
 *As [`lineGenerateDigits`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGenerateDigitsA(HCALL hCall, DWORD dwDigitMode, LPCSTR lpszDigits, DWORD dwDuration);

/**
 *As [`lineGenerateDigits`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGenerateDigitsW(HCALL hCall, DWORD dwDigitMode, LPCWSTR lpszDigits, DWORD dwDuration);

/**
 * Chooses the digits the application hears of on this call: `LINE_MONITORDIGITS`
 * (dwParam1 the digit, dwParam2 its mode, dwParam3 the tick count) for each digit
 * the far end sends in one of `dwDigitModes` (`LINEDIGITMODE_PULSE`, `_DTMF`,
 * `_DTMFEND`); 0 stops. Owners and monitors alike.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
 * `LINEERR_INVALCALLSTATE` (IDLE), `LINEERR_INVALDIGITMODE`.
 *
 */
LONG lineMonitorDigits(HCALL hCall, DWORD dwDigitModes);

/**
 * Changes the bearer mode and data rate of a call (owners only): `dwBearerMode` one
 * `LINEBEARERMODE_*` the line offers, the rate within `dwMinRate..=dwMaxRate` (the
 * simulated network grants `dwMaxRate`; `LINECALLINFO.dwRate`). `lpDialParams` is
 * NULL or a `LINEDIALPARAMS` (accepted, not used). Every handle gets `LINE_CALLINFO`
 * with `LINECALLINFOSTATE_BEARERMODE` / `_RATE` for what changed.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or
 * `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
 * `LINEERR_INVALCALLSTATE` (IDLE), `LINEERR_INVALBEARERMODE`, `LINEERR_INVALRATE`,
 * `LINEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetCallParams(HCALL hCall,
                       DWORD dwBearerMode,
                       DWORD dwMinRate,
                       DWORD dwMaxRate,
                       LPLINEDIALPARAMS lpDialParams);

/**
 * Returns the capabilities of a line device, with single-byte strings (the TAPI 1.x name).
 *
 * * `dwAPIVersion`: the version negotiated for the device; it sets the fixed size of
 *   the structure (see `lpLineDevCaps`).
 * * `dwExtVersion`: must be 0 (no extensions).
 * * `lpLineDevCaps`: `dwTotalSize` set by the caller to the bytes available, at least
 *   the fixed size of that version. The library writes at most `dwTotalSize` bytes and
 *   sets `dwNeededSize` and `dwUsedSize`; strings follow the fixed part.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`, `LINEERR_BADDEVICEID`,
 * `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INCOMPATIBLEEXTVERSION`,
 * `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetDevCaps(HLINEAPP hLineApp,
                    DWORD dwDeviceID,
                    DWORD dwAPIVersion,
                    DWORD dwExtVersion,
                    LPLINEDEVCAPS lpLineDevCaps);

/**
 *As [`lineGetDevCaps`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetDevCapsA(HLINEAPP hLineApp,
                     DWORD dwDeviceID,
                     DWORD dwAPIVersion,
                     DWORD dwExtVersion,
                     LPLINEDEVCAPS lpLineDevCaps);

/**
 *As [`lineGetDevCaps`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetDevCapsW(HLINEAPP hLineApp,
                     DWORD dwDeviceID,
                     DWORD dwAPIVersion,
                     DWORD dwExtVersion,
                     LPLINEDEVCAPS lpLineDevCaps);

/**
 * Opens a line device.
 *
 * * `dwDeviceID`: the device, or `LINEMAPPER` (the first device).
 * * `lphLine`: receives the `HLINE`.
 * * `dwAPIVersion`: a version from `lineNegotiateAPIVersion`; it governs the line's
 *   structure sizes and TAPI 1.x/2.x rules (see `lineDeallocateCall`).
 * * `dwExtVersion`: must be 0.
 * * `dwCallbackInstance`: returned in every message about this line and its calls.
 * * `dwPrivileges`: `LINECALLPRIVILEGE_NONE` (outgoing calls only), `_MONITOR`,
 *   `_OWNER`, or `_OWNER | _MONITOR`. `LINEOPENOPTION_*` flags are not supported.
 * * `dwMediaModes`: with owner privilege, the media modes of incoming calls the
 *   application will own (non-zero, `LINEMEDIAMODE_*` the device supports).
 * * `lpCallParams`: ignored (used by Windows only with `LINEOPENOPTION_SINGLEADDRESS`).
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`, `LINEERR_BADDEVICEID`,
 * `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INCOMPATIBLEEXTVERSION`,
 * `LINEERR_INVALPRIVSELECT`, `LINEERR_INVALMEDIAMODE`, `LINEERR_INVALPOINTER`,
 * `LINEERR_NOMEM`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineOpen(HLINEAPP hLineApp,
              DWORD dwDeviceID,
              LPHLINE lphLine,
              DWORD dwAPIVersion,
              DWORD dwExtVersion,
              DWORD_PTR dwCallbackInstance,
              DWORD dwPrivileges,
              DWORD dwMediaModes,
              LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineOpen`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineOpenA(HLINEAPP hLineApp,
               DWORD dwDeviceID,
               LPHLINE lphLine,
               DWORD dwAPIVersion,
               DWORD dwExtVersion,
               DWORD_PTR dwCallbackInstance,
               DWORD dwPrivileges,
               DWORD dwMediaModes,
               LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineOpen`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineOpenW(HLINEAPP hLineApp,
               DWORD dwDeviceID,
               LPHLINE lphLine,
               DWORD dwAPIVersion,
               DWORD dwExtVersion,
               DWORD_PTR dwCallbackInstance,
               DWORD dwPrivileges,
               DWORD dwMediaModes,
               LPLINECALLPARAMS lpCallParams);

/**
 * Closes an open line. Every call handle the application holds on it becomes invalid
 * before this returns (a `lineGetCallInfo` that starts afterwards, on any thread, gets
 * `LINEERR_INVALCALLHANDLE`); calls it was the sole owner of are dropped (other
 * applications' monitors see them go IDLE); its outstanding requests get no
 * `LINE_REPLY`, and queued messages about the line or its calls are discarded.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE` (unknown or closed).
 *
 */
LONG lineClose(HLINE hLine);

/**
 * Places a call (single-byte strings; the TAPI 1.x name).
 *
 * * `hLine`: the line to call on.
 * * `lphCall`: receives the `HCALL` when the request completes successfully, before
 *   `LINE_REPLY` is delivered; it must stay valid until then.
 * * `lpszDestAddress`: the number to dial, or NULL for a call left at dial tone.
 * * `dwCountryCode`: reported in `LINECALLINFO.dwCountryCode`.
 * * `lpCallParams`: NULL, or `LINECALLPARAMS` (`dwTotalSize` at least the fixed size of
 *   the line's API version): bearer mode (0: voice), rate range, media mode, address
 *   ID, DisplayableAddress, CalledParty and Comment are used. The call's
 *   `LINECALLINFO.dwRate` is `dwMaxRate`, capped by the far end's rate when the
 *   scenario gives the number one (`[[number]] rate`); with `dwMaxRate` 0, the far
 *   end's rate.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
 * `LINEERR_INVALLINEHANDLE`, `LINEERR_INVALPOINTER`, `LINEERR_INVALADDRESS` (empty),
 * `LINEERR_INVALADDRESSID`, `LINEERR_INVALMEDIAMODE`, `LINEERR_INVALBEARERMODE`,
 * `LINEERR_INVALRATE` (`dwMinRate` above `dwMaxRate`), `LINEERR_STRUCTURETOOSMALL`,
 * `LINEERR_INVALCALLPARAMS`, `LINEERR_NOMEM`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineMakeCall(HLINE hLine,
                  LPHCALL lphCall,
                  LPCSTR lpszDestAddress,
                  DWORD dwCountryCode,
                  LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineMakeCall`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineMakeCallA(HLINE hLine,
                   LPHCALL lphCall,
                   LPCSTR lpszDestAddress,
                   DWORD dwCountryCode,
                   LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineMakeCall`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineMakeCallW(HLINE hLine,
                   LPHCALL lphCall,
                   LPCWSTR lpszDestAddress,
                   DWORD dwCountryCode,
                   LPLINECALLPARAMS lpCallParams);

/**
 * The address ID of the address `lpsAddress` (`dwSize` bytes) on the open line
 * `hLine`, for `dwAddressMode` `LINEADDRESSMODE_DIALABLEADDR` (a simulated line's
 * one address has the line's own number).
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
 * `LINEERR_INVALPOINTER`, `LINEERR_INVALADDRESSMODE` (another mode),
 * `LINEERR_INVALADDRESS` (no such address on the line).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressID(HLINE hLine,
                      LPDWORD lpdwAddressID,
                      DWORD dwAddressMode,
                      LPCSTR lpsAddress,
                      DWORD dwSize);

/**
 *As [`lineGetAddressID`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressIDA(HLINE hLine,
                       LPDWORD lpdwAddressID,
                       DWORD dwAddressMode,
                       LPCSTR lpsAddress,
                       DWORD dwSize);

/**
 *As [`lineGetAddressID`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressIDW(HLINE hLine,
                       LPDWORD lpdwAddressID,
                       DWORD dwAddressMode,
                       LPCWSTR lpsAddress,
                       DWORD dwSize);

/**
 * Chooses the line and address changes of `hLine`'s device the application hears of
 * through `LINE_LINEDEVSTATE` and `LINE_ADDRESSSTATE` (none by default). The simulated
 * lines report `LINEDEVSTATE_RINGING` (an incoming call; dwParam3 the ring count),
 * `LINEDEVSTATE_OPEN` and `LINEDEVSTATE_CLOSE` (another application opened or closed
 * the device) and `LINEDEVSTATE_REINIT`, as `LINEDEVCAPS.dwLineStates` says; and, as
 * `LINEADDRESSCAPS.dwAddressStates` says, `LINEADDRESSSTATE_INUSEONE` and
 * `_INUSEZERO` (a call on the address leaves IDLE, the last one goes IDLE) and
 * `_NUMCALLS` (its count of active, held or pending calls changes), in
 * `LINE_ADDRESSSTATE` (dwParam1 the address ID, dwParam2 the changes the application
 * asked for); `_OTHER` is accepted and never sent.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
 * `LINEERR_INVALLINESTATE` (a change the line does not report),
 * `LINEERR_INVALADDRESSSTATE` (an address change it does not report).
 *
 */
LONG lineSetStatusMessages(HLINE hLine, DWORD dwLineStates, DWORD dwAddressStates);

/**
 * The changes `lineSetStatusMessages` chose for `hLine`.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
 * `LINEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetStatusMessages(HLINE hLine, LPDWORD lpdwLineStates, LPDWORD lpdwAddressStates);

/**
 * Gives the application monitor handles to the calls on `hLine`'s device
 * (`LINECALLSELECT_LINE`) or on address `dwAddressID` (`LINECALLSELECT_ADDRESS`) that
 * it holds no handle to (a monitor that opened after the call came), in
 * `lpCallList` (`LINECALLLIST`: `dwCallsNumEntries` HCALLs at `dwCallsOffset`). When
 * they do not all fit, none is made and `dwNeededSize` says how much room they need.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
 * `LINEERR_INVALADDRESSID`, `LINEERR_INVALCALLSELECT`, `LINEERR_INVALPOINTER`,
 * `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetNewCalls(HLINE hLine, DWORD dwAddressID, DWORD dwSelect, LPLINECALLLIST lpCallList);

/**
 * Translates an address for dialling from the current location.
 *
 * * `hLineApp`: the application; a TAPI 2.x caller (`dwAPIVersion` 2.0 or later)
 *   may pass NULL before it initializes.
 * * `dwDeviceID`: the line device the call will be made on.
 * * `dwAPIVersion`: the highest version the application supports.
 * * `lpszAddressIn`: a canonical address (`+CountryCode (AreaCode) Subscriber`, e.g.
 *   `+1 (425) 555-0100`; only the first of several, without subaddress or name) or
 *   any dialable string, which is passed through unchanged (`dwDestCountry` 0, no
 *   `LINETRANSLATERESULT_CANONICAL`).
 * * `dwCard`: a calling card ID, used only with `LINETRANSLATEOPTION_CARDOVERRIDE`;
 *   the one card is 0, "None (Direct Dial)".
 * * `dwTranslateOptions`: `LINETRANSLATEOPTION_*`; `FORCELOCAL` and `FORCELD`
 *   (API 2.0 and later) exclude each other.
 * * `lpTranslateOutput`: `dwTotalSize` at least `sizeof(LINETRANSLATEOUTPUT)`; the
 *   dialable and displayable strings (the same here: no card number to hide) follow,
 *   each whole or not at all.
 *
 * The location's country gives the rules: same country and area code (or none
 * given) is local (`SameAreaRule`, after the location's local access code), the
 * same country otherwise long distance (`LongDistanceRule`), another country
 * international (`InternationalRule`), both after the long-distance access code.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`,
 * `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_BADDEVICEID`, `LINEERR_INVALPOINTER`,
 * `LINEERR_STRUCTURETOOSMALL`, `LINEERR_INVALPARAM` (unknown or conflicting
 * options), `LINEERR_INVALCARD`, `LINEERR_INVALADDRESS` (empty, or `+` and not
 * canonical).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineTranslateAddress(HLINEAPP hLineApp,
                          DWORD dwDeviceID,
                          DWORD dwAPIVersion,
                          LPCSTR lpszAddressIn,
                          DWORD dwCard,
                          DWORD dwTranslateOptions,
                          LPLINETRANSLATEOUTPUT lpTranslateOutput);

/**
 *As [`lineTranslateAddress`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineTranslateAddressA(HLINEAPP hLineApp,
                           DWORD dwDeviceID,
                           DWORD dwAPIVersion,
                           LPCSTR lpszAddressIn,
                           DWORD dwCard,
                           DWORD dwTranslateOptions,
                           LPLINETRANSLATEOUTPUT lpTranslateOutput);

/**
 *As [`lineTranslateAddress`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineTranslateAddressW(HLINEAPP hLineApp,
                           DWORD dwDeviceID,
                           DWORD dwAPIVersion,
                           LPCWSTR lpszAddressIn,
                           DWORD dwCard,
                           DWORD dwTranslateOptions,
                           LPLINETRANSLATEOUTPUT lpTranslateOutput);

/**
 * Returns the telephony locations and calling cards (`LINETRANSLATECAPS`).
 *
 * * `hLineApp`: the application; NULL is allowed with `dwAPIVersion` 2.0 or later.
 * * `lpTranslateCaps`: `dwTotalSize` at least `sizeof(LINETRANSLATECAPS)`. The
 *   `LINELOCATIONENTRY` array with its strings, then the `LINECARDENTRY` array
 *   ("None (Direct Dial)", ID 0) with its strings follow, each whole or not at all;
 *   string offsets count from the start of `LINETRANSLATECAPS`.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`,
 * `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetTranslateCaps(HLINEAPP hLineApp,
                          DWORD dwAPIVersion,
                          LPLINETRANSLATECAPS lpTranslateCaps);

/**
 *As [`lineGetTranslateCaps`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetTranslateCapsA(HLINEAPP hLineApp,
                           DWORD dwAPIVersion,
                           LPLINETRANSLATECAPS lpTranslateCaps);

/**
 *As [`lineGetTranslateCaps`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetTranslateCapsW(HLINEAPP hLineApp,
                           DWORD dwAPIVersion,
                           LPLINETRANSLATECAPS lpTranslateCaps);

/**
 * Makes location `dwLocation` (a `dwPermanentLocationID` of `lineGetTranslateCaps`)
 * current for the whole process; later translations use its rules.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`,
 * `LINEERR_INVALLOCATION`.
 *
 */
LONG lineSetCurrentLocation(HLINEAPP hLineApp, DWORD dwLocation);

/**
 * Returns the current location's country code and city (area) code as strings.
 *
 * * `lpszCountryCode`, `lpszCityCode`: buffers of at least 8 characters each (with
 *   the NUL); the library writes at most that.
 *
 * Returns 0, or `TAPIERR_INVALPOINTER` for a NULL or unusable buffer.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiGetLocationInfo(LPSTR lpszCountryCode, LPSTR lpszCityCode);

/**
 *As [`tapiGetLocationInfo`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiGetLocationInfoA(LPSTR lpszCountryCode, LPSTR lpszCityCode);

/**
 *As [`tapiGetLocationInfo`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiGetLocationInfoW(LPWSTR lpszCountryCode, LPWSTR lpszCityCode);

/**
 * Returns countries and their dialing rules (`LINECOUNTRYLIST` of
 * `LINECOUNTRYENTRY`), from a built-in table: the United States and Canada (both
 * code 1), the Netherlands, France, the United Kingdom, Germany, Australia, Japan,
 * India. Rules are written as Windows writes them (`E` country code, `F` area code,
 * `G` subscriber number).
 *
 * * `dwCountryID`: a country ID, or 0 for all (linked by `dwNextCountryID`, 0 after
 *   the last).
 * * `dwAPIVersion`: 1.4 or later.
 * * `lpLineCountryList`: `dwTotalSize` at least `sizeof(LINECOUNTRYLIST)`; the entries
 *   and their strings follow, whole or not at all.
 *
 * Returns 0, or `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALCOUNTRYCODE`,
 * `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetCountry(DWORD dwCountryID, DWORD dwAPIVersion, LPLINECOUNTRYLIST lpLineCountryList);

/**
 *As [`lineGetCountry`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetCountryA(DWORD dwCountryID, DWORD dwAPIVersion, LPLINECOUNTRYLIST lpLineCountryList);

/**
 *As [`lineGetCountry`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetCountryW(DWORD dwCountryID, DWORD dwAPIVersion, LPLINECOUNTRYLIST lpLineCountryList);

/**
 * Returns the installed service providers (`LINEPROVIDERLIST`): one, the simulated
 * provider, `dwPermanentProviderID` 1, file name `tapisim.tsp`.
 *
 * * `dwAPIVersion`: 1.4 or later.
 * * `lpProviderList`: `dwTotalSize` at least `sizeof(LINEPROVIDERLIST)`; the entry
 *   and its file name follow, whole or not at all.
 *
 * Returns 0, or `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALPOINTER`,
 * `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetProviderList(DWORD dwAPIVersion, LPLINEPROVIDERLIST lpProviderList);

/**
 *As [`lineGetProviderList`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetProviderListA(DWORD dwAPIVersion, LPLINEPROVIDERLIST lpProviderList);

/**
 *As [`lineGetProviderList`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetProviderListW(DWORD dwAPIVersion, LPLINEPROVIDERLIST lpProviderList);

/**
 * Closes an open phone: the `HPHONE` becomes invalid before this returns, its queued
 * messages and outstanding replies are discarded, and the device's other opens that
 * asked for it hear `PHONESTATE_OWNER` or `PHONESTATE_MONITORS` (dwParam2 the new
 * count).
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` (unknown or
 * closed).
 *
 */
LONG phoneClose(HPHONE hPhone);

/**
 * No configuration dialogs on Linux: once the device ID is valid, answers
 * `PHONEERR_OPERATIONUNAVAIL`.
 *
 * Returns `PHONEERR_UNINITIALIZED` (no phone application), `PHONEERR_BADDEVICEID`
 * or `PHONEERR_OPERATIONUNAVAIL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneConfigDialog(DWORD dwDeviceID, HWND hwndOwner, LPCSTR lpszDeviceClass);

/**
 *As [`phoneConfigDialog`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneConfigDialogA(DWORD dwDeviceID, HWND hwndOwner, LPCSTR lpszDeviceClass);

/**
 *As [`phoneConfigDialog`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneConfigDialogW(DWORD dwDeviceID, HWND hwndOwner, LPCWSTR lpszDeviceClass);

/**
 * The simulated phones have no device-specific features: once `hPhone` is valid,
 * answers `PHONEERR_OPERATIONUNAVAIL`.
 *
 * Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
 * `PHONEERR_OPERATIONUNAVAIL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneDevSpecific(HPHONE hPhone, LPVOID lpParams, DWORD dwSize);

/**
 * The simulated phones have no buttons (`PHONECAPS.dwNumButtonLamps` is 0): once
 * `hPhone` is valid, every button ID is bad.
 *
 * Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
 * `PHONEERR_INVALBUTTONLAMPID`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetButtonInfo(HPHONE hPhone, DWORD dwButtonLampID, LPPHONEBUTTONINFO lpButtonInfo);

/**
 *As [`phoneGetButtonInfo`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetButtonInfoA(HPHONE hPhone, DWORD dwButtonLampID, LPPHONEBUTTONINFO lpButtonInfo);

/**
 *As [`phoneGetButtonInfo`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetButtonInfoW(HPHONE hPhone, DWORD dwButtonLampID, LPPHONEBUTTONINFO lpButtonInfo);

/**
 * The simulated phones have no buttons (`PHONECAPS.dwNumButtonLamps` is 0): once
 * `hPhone` is valid, every button ID is bad.
 *
 * Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
 * `PHONEERR_INVALBUTTONLAMPID`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneSetButtonInfo(HPHONE hPhone, DWORD dwButtonLampID, LPPHONEBUTTONINFO lpButtonInfo);

/**
 *As [`phoneSetButtonInfo`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneSetButtonInfoA(HPHONE hPhone, DWORD dwButtonLampID, LPPHONEBUTTONINFO lpButtonInfo);

/**
 *As [`phoneSetButtonInfo`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneSetButtonInfoW(HPHONE hPhone, DWORD dwButtonLampID, LPPHONEBUTTONINFO lpButtonInfo);

/**
 * The simulated phones have no lamps: once `hPhone` is valid, every lamp ID is bad.
 *
 * Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
 * `PHONEERR_INVALBUTTONLAMPID`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetLamp(HPHONE hPhone, DWORD dwButtonLampID, LPDWORD lpdwLampMode);

/**
 * The simulated phones have no lamps: once `hPhone` is valid, every lamp ID is bad.
 *
 * Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
 * `PHONEERR_INVALBUTTONLAMPID`.
 *
 */
LONG phoneSetLamp(HPHONE hPhone, DWORD dwButtonLampID, DWORD dwLampMode);

/**
 * The simulated phones have no data areas (`PHONECAPS.dwNumGetData` is 0): once
 * `hPhone` is valid, every data ID is bad.
 *
 * Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
 * `PHONEERR_INVALDATAID`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetData(HPHONE hPhone, DWORD dwDataID, LPVOID lpData, DWORD dwSize);

/**
 * The simulated phones have no data areas (`PHONECAPS.dwNumSetData` is 0): once
 * `hPhone` is valid, every data ID is bad.
 *
 * Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE` or
 * `PHONEERR_INVALDATAID`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneSetData(HPHONE hPhone, DWORD dwDataID, LPVOID lpData, DWORD dwSize);

/**
 * The simulated phones have no icons: once the device ID is valid, answers
 * `PHONEERR_OPERATIONUNAVAIL`.
 *
 * Returns `PHONEERR_UNINITIALIZED` (no phone application), `PHONEERR_BADDEVICEID`
 * or `PHONEERR_OPERATIONUNAVAIL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetIcon(DWORD dwDeviceID, LPCSTR lpszDeviceClass, LPHICON lphIcon);

/**
 *As [`phoneGetIcon`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetIconA(DWORD dwDeviceID, LPCSTR lpszDeviceClass, LPHICON lphIcon);

/**
 *As [`phoneGetIcon`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetIconW(DWORD dwDeviceID, LPCWSTR lpszDeviceClass, LPHICON lphIcon);

/**
 * The capabilities of phone device `dwDeviceID` (single-byte strings; the TAPI 1.x
 * name): `PhoneName`, `ProviderInfo`, `PhoneInfo` (which line it sits beside),
 * `dwPermanentPhoneID`, `dwHookSwitchDevs` with the hookswitch modes each takes
 * (ONHOOK, MIC, SPEAKER, MICSPEAKER, all settable and monitored), volume and gain for
 * every hookswitch device, `dwNumRingModes`, the display size, `dwPhoneStates` (the
 * `PHONE_STATE` changes reported), no buttons, lamps or data areas, from 2.0
 * `DeviceClasses` (`"tapi/phone"`, and `"tapi/line"` when it sits beside a line) and
 * `dwPhoneFeatures`. `dwTotalSize` must be at least the fixed size of `dwAPIVersion`
 * (144 bytes before 2.0, 180 for 2.0 and 2.1, 196 from 2.2); variable fields are
 * written whole or not at all.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
 * `PHONEERR_BADDEVICEID`, `PHONEERR_INCOMPATIBLEAPIVERSION`,
 * `PHONEERR_INCOMPATIBLEEXTVERSION`, `PHONEERR_INVALPOINTER`,
 * `PHONEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetDevCaps(HPHONEAPP hPhoneApp,
                     DWORD dwDeviceID,
                     DWORD dwAPIVersion,
                     DWORD dwExtVersion,
                     LPPHONECAPS lpPhoneCaps);

/**
 *As [`phoneGetDevCaps`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetDevCapsA(HPHONEAPP hPhoneApp,
                      DWORD dwDeviceID,
                      DWORD dwAPIVersion,
                      DWORD dwExtVersion,
                      LPPHONECAPS lpPhoneCaps);

/**
 *As [`phoneGetDevCaps`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetDevCapsW(HPHONEAPP hPhoneApp,
                      DWORD dwDeviceID,
                      DWORD dwAPIVersion,
                      DWORD dwExtVersion,
                      LPPHONECAPS lpPhoneCaps);

/**
 * The device ID of a device class associated with the open phone `hPhone`, as a
 * `DWORD` in a `VARSTRING` (`STRINGFORMAT_BINARY`): `"tapi/phone"` the phone device,
 * `"tapi/line"` the line device it sits beside (`PHONEERR_INVALDEVICECLASS` when it
 * has none); any other class `PHONEERR_INVALDEVICECLASS`.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALPOINTER`, `PHONEERR_STRUCTURETOOSMALL`, `PHONEERR_INVALDEVICECLASS`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetID(HPHONE hPhone, LPVARSTRING lpDeviceID, LPCSTR lpszDeviceClass);

/**
 *As [`phoneGetID`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetIDA(HPHONE hPhone, LPVARSTRING lpDeviceID, LPCSTR lpszDeviceClass);

/**
 *As [`phoneGetID`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetIDW(HPHONE hPhone, LPVARSTRING lpDeviceID, LPCWSTR lpszDeviceClass);

/**
 * Takes the next message of a phone application initialized with
 * `PHONEINITIALIZEEXOPTION_USEEVENT`, waiting up to `dwTimeout` milliseconds. Messages are
 * `PHONE_STATE` and `PHONE_REPLY` about the application's open phones.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
 * `PHONEERR_INVALPOINTER`, `PHONEERR_OPERATIONFAILED` (timeout).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetMessage(HPHONEAPP hPhoneApp, LPPHONEMESSAGE lpMessage, DWORD dwTimeout);

/**
 * Initializes a TAPI 1.x phone application whose messages go to `lpfnCallback`
 * (delivered as a line application's are: in the calling thread's message loop, or
 * on a dispatcher thread when asked for). `*lpdwNumDevs` is the number of phone
 * devices (the scenario's `[[phone]]` entries; 0 without them).
 *
 * Returns 0, or `PHONEERR_INVALPOINTER` (a NULL pointer or callback),
 * `PHONEERR_NOMEM`, `PHONEERR_NODRIVER` (an unusable scenario).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneInitialize(LPHPHONEAPP lphPhoneApp,
                     HINSTANCE hInstance,
                     PHONECALLBACK lpfnCallback,
                     LPCSTR lpszAppName,
                     LPDWORD lpdwNumDevs);

/**
 * Initializes a TAPI 2.x phone application, as `lineInitializeEx` initializes a line
 * application (`PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW` with a callback, or
 * `_USEEVENT`: `Handles.hEvent` and `phoneGetMessage`). `*lpdwNumDevs` is the number of
 * phone devices (the scenario's `[[phone]]` entries; 0 without them).
 *
 * Returns 0, or `PHONEERR_INVALPOINTER`, `PHONEERR_STRUCTURETOOSMALL`,
 * `PHONEERR_INCOMPATIBLEAPIVERSION`, `PHONEERR_INVALPARAM` (unknown option),
 * `PHONEERR_OPERATIONUNAVAIL` (completion ports), `PHONEERR_NOMEM`, `PHONEERR_NODRIVER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneInitializeExA(LPHPHONEAPP lphPhoneApp,
                        HINSTANCE hInstance,
                        PHONECALLBACK lpfnCallback,
                        LPCSTR lpszFriendlyAppName,
                        LPDWORD lpdwNumDevs,
                        LPDWORD lpdwAPIVersion,
                        LPPHONEINITIALIZEEXPARAMS lpPhoneInitializeExParams);

/**
 *As [`phoneInitializeExA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneInitializeExW(LPHPHONEAPP lphPhoneApp,
                        HINSTANCE hInstance,
                        PHONECALLBACK lpfnCallback,
                        LPCWSTR lpszFriendlyAppName,
                        LPDWORD lpdwNumDevs,
                        LPDWORD lpdwAPIVersion,
                        LPPHONEINITIALIZEEXPARAMS lpPhoneInitializeExParams);

/**
 * The highest API version in `dwAPILowVersion..=dwAPIHighVersion` the library
 * supports for phone device `dwDeviceID` (1.3 to 3.1); `*lpExtensionID` is zeroed
 * (no extensions).
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
 * `PHONEERR_BADDEVICEID`, `PHONEERR_INCOMPATIBLEAPIVERSION`, `PHONEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneNegotiateAPIVersion(HPHONEAPP hPhoneApp,
                              DWORD dwDeviceID,
                              DWORD dwAPILowVersion,
                              DWORD dwAPIHighVersion,
                              LPDWORD lpdwAPIVersion,
                              LPPHONEEXTENSIONID lpExtensionID);

/**
 * The simulated phones have no extensions: once the application and the device ID
 * are valid, answers `PHONEERR_OPERATIONUNAVAIL`.
 *
 * Returns `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
 * `PHONEERR_BADDEVICEID` or `PHONEERR_OPERATIONUNAVAIL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneNegotiateExtVersion(HPHONEAPP hPhoneApp,
                              DWORD dwDeviceID,
                              DWORD dwAPIVersion,
                              DWORD dwExtLowVersion,
                              DWORD dwExtHighVersion,
                              LPDWORD lpdwExtVersion);

/**
 * Opens phone device `dwDeviceID` with `dwPrivilege` `PHONEPRIVILEGE_OWNER` (may use
 * the setters) or `PHONEPRIVILEGE_MONITOR`; any number of applications may open it
 * either way. Messages about the phone carry `dwCallbackInstance`. The device's other
 * opens that asked for it hear `PHONESTATE_OWNER` or `PHONESTATE_MONITORS` (dwParam2
 * the new count).
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`,
 * `PHONEERR_BADDEVICEID`, `PHONEERR_INCOMPATIBLEAPIVERSION`,
 * `PHONEERR_INCOMPATIBLEEXTVERSION`, `PHONEERR_INVALPRIVILEGE`,
 * `PHONEERR_INVALPOINTER`, `PHONEERR_NOMEM`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneOpen(HPHONEAPP hPhoneApp,
               DWORD dwDeviceID,
               LPHPHONE lphPhone,
               DWORD dwAPIVersion,
               DWORD dwExtVersion,
               DWORD_PTR dwCallbackInstance,
               DWORD dwPrivilege);

/**
 * Ends a phone application: closes its phones (as `phoneClose`), invalidates the
 * `HPHONEAPP`, discards its messages and wakes a `phoneGetMessage` waiting on it.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALAPPHANDLE`.
 *
 */
LONG phoneShutdown(HPHONEAPP hPhoneApp);

/**
 * The status of the open phone `hPhone` (single-byte strings; the TAPI 1.x name):
 * `PHONESTATUSFLAGS_CONNECTED`, the numbers of owners and monitors, the ring mode
 * (what `phoneSetRing` set, or 1 while a call is offered on the phone's line, else
 * 0) and ringer volume, each hookswitch device's mode, volume and gain (0 for one
 * the phone lacks), the display (`rows * columns` characters and a NUL, in the
 * entry point's encoding), the name of the first owner's application, from 2.0
 * `dwPhoneFeatures`. `dwTotalSize` must be at least the fixed size of the version
 * the phone was opened with (100 bytes before 2.0, 104 from 2.0).
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALPOINTER`, `PHONEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetStatus(HPHONE hPhone, LPPHONESTATUS lpPhoneStatus);

/**
 *As [`phoneGetStatus`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetStatusA(HPHONE hPhone, LPPHONESTATUS lpPhoneStatus);

/**
 *As [`phoneGetStatus`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetStatusW(HPHONE hPhone, LPPHONESTATUS lpPhoneStatus);

/**
 * The display of the open phone `hPhone`, in a `VARSTRING` (`STRINGFORMAT_ASCII`):
 * its `rows * columns` characters, row after row, and a NUL (empty for a phone
 * without a display).
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALPOINTER`, `PHONEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetDisplay(HPHONE hPhone, LPVARSTRING lpDisplay);

/**
 * The hookswitch devices of the open phone `hPhone` that are off hook (in a mode
 * other than `PHONEHOOKSWITCHMODE_ONHOOK`), as `PHONEHOOKSWITCHDEV_*` bits.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetHookSwitch(HPHONE hPhone, LPDWORD lpdwHookSwitchDevs);

/**
 * Puts the hookswitch devices `dwHookSwitchDevs` (`PHONEHOOKSWITCHDEV_*` bits the
 * phone has) of the open phone `hPhone` in mode `dwHookSwitchMode` (one of
 * `PHONEHOOKSWITCHMODE_ONHOOK`, `_MIC`, `_SPEAKER`, `_MICSPEAKER`). The application
 * must own the phone. Completes asynchronously: `PHONE_REPLY` (dwParam1 the request
 * ID, dwParam2 0), then `PHONE_STATE` `PHONESTATE_HANDSETHOOKSWITCH` (or `SPEAKER`,
 * `HEADSET`; dwParam2 the new mode) for each device whose mode changed, to every
 * open of the phone that asked for it.
 *
 * Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
 * `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALHOOKSWITCHDEV`,
 * `PHONEERR_INVALHOOKSWITCHMODE`.
 *
 */
LONG phoneSetHookSwitch(HPHONE hPhone, DWORD dwHookSwitchDevs, DWORD dwHookSwitchMode);

/**
 * The ring mode and ringer volume of the open phone `hPhone`: the mode
 * `phoneSetRing` set, or 1 while a call is offered on the line the phone sits
 * beside, else 0 (silent).
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetRing(HPHONE hPhone, LPDWORD lpdwRingMode, LPDWORD lpdwVolume);

/**
 * Rings the open phone `hPhone` with ring pattern `dwRingMode` (1 to
 * `PHONECAPS.dwNumRingModes`; 0 silences it, though a call offered on its line still
 * rings it with pattern 1) at `dwVolume` (0 to 0xFFFF; more is taken as 0xFFFF). The
 * application must own the phone. Completes asynchronously with `PHONE_REPLY`, then
 * `PHONE_STATE` `PHONESTATE_RINGMODE` (dwParam2 the new mode) and `_RINGVOLUME` for
 * what changed.
 *
 * Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
 * `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALRINGMODE`.
 *
 */
LONG phoneSetRing(HPHONE hPhone, DWORD dwRingMode, DWORD dwVolume);

/**
 * The volume (0 to 0xFFFF) of hookswitch device `dwHookSwitchDev` (one
 * `PHONEHOOKSWITCHDEV_*` the phone has) of the open phone `hPhone`.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALHOOKSWITCHDEV`, `PHONEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetVolume(HPHONE hPhone, DWORD dwHookSwitchDev, LPDWORD lpdwVolume);

/**
 * The gain (0 to 0xFFFF) of hookswitch device `dwHookSwitchDev` (one
 * `PHONEHOOKSWITCHDEV_*` the phone has) of the open phone `hPhone`.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALHOOKSWITCHDEV`, `PHONEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetGain(HPHONE hPhone, DWORD dwHookSwitchDev, LPDWORD lpdwGain);

/**
 * Sets the volume of hookswitch device `dwHookSwitchDev` (one `PHONEHOOKSWITCHDEV_*`
 * the phone has) of the open phone `hPhone` to `dwVolume` (0 to 0xFFFF; more is
 * taken as 0xFFFF, as the reference says). The application must own the phone.
 * Completes asynchronously with `PHONE_REPLY`, then `PHONE_STATE`
 * `PHONESTATE_HANDSETVOLUME` (or `SPEAKER`, `HEADSET`) if it changed.
 *
 * Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
 * `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALHOOKSWITCHDEV`.
 *
 */
LONG phoneSetVolume(HPHONE hPhone, DWORD dwHookSwitchDev, DWORD dwVolume);

/**
 * Sets the gain of hookswitch device `dwHookSwitchDev` (one `PHONEHOOKSWITCHDEV_*`
 * the phone has) of the open phone `hPhone` to `dwGain` (0 to 0xFFFF; more is taken
 * as 0xFFFF). The application must own the phone. Completes asynchronously with
 * `PHONE_REPLY`, then `PHONE_STATE` `PHONESTATE_HANDSETGAIN` (or `SPEAKER`,
 * `HEADSET`) if it changed.
 *
 * Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
 * `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALHOOKSWITCHDEV`.
 *
 */
LONG phoneSetGain(HPHONE hPhone, DWORD dwHookSwitchDev, DWORD dwGain);

/**
 * Writes the `dwSize` characters at `lpsDisplay` to the display of the open phone
 * `hPhone` from row `dwRow`, column `dwColumn` on (continuing on the next rows; what
 * falls past the end of the display is dropped). The application must own the
 * phone. Completes asynchronously with `PHONE_REPLY`, then `PHONE_STATE`
 * `PHONESTATE_DISPLAY` if the display changed.
 *
 * Returns a positive request ID, or `PHONEERR_UNINITIALIZED`,
 * `PHONEERR_INVALPHONEHANDLE`, `PHONEERR_NOTOWNER`, `PHONEERR_INVALPOINTER`,
 * `PHONEERR_INVALPARAM` (a row or column outside the display, or a phone without
 * one).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneSetDisplay(HPHONE hPhone, DWORD dwRow, DWORD dwColumn, LPCSTR lpsDisplay, DWORD dwSize);

/**
 * Chooses the changes of the open phone `hPhone` the application hears of through
 * `PHONE_STATE` (none by default): any of `PHONECAPS.dwPhoneStates` (`OWNER`,
 * `MONITORS`, `DISPLAY`, `RINGMODE`, `RINGVOLUME`, and the hookswitch, volume and
 * gain of each hookswitch device the phone has). `dwButtonModes` and
 * `dwButtonStates` (`PHONEBUTTONMODE_*`, `PHONEBUTTONSTATE_*`) are kept and reported
 * by `phoneGetStatusMessages`; the simulated phones have no buttons, so no
 * `PHONE_BUTTON` comes.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALPHONESTATE`, `PHONEERR_INVALBUTTONMODE`,
 * `PHONEERR_INVALBUTTONSTATE`.
 *
 */
LONG phoneSetStatusMessages(HPHONE hPhone,
                            DWORD dwPhoneStates,
                            DWORD dwButtonModes,
                            DWORD dwButtonStates);

/**
 * The changes `phoneSetStatusMessages` chose for `hPhone`.
 *
 * Returns 0, or `PHONEERR_UNINITIALIZED`, `PHONEERR_INVALPHONEHANDLE`,
 * `PHONEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG phoneGetStatusMessages(HPHONE hPhone,
                            LPDWORD lpdwPhoneStates,
                            LPDWORD lpdwButtonModes,
                            LPDWORD lpdwButtonStates);

/**
 * Returns the capabilities of an address of a line device, with single-byte strings
 * (the TAPI 1.x name).
 *
 * * `dwDeviceID`, `dwAddressID`: the device and its address (a simulated line has
 *   `LINEDEVCAPS.dwNumAddresses` of them, each with the line's number).
 * * `dwAPIVersion`: the version negotiated for the device; it sets the fixed size of
 *   the structure (180 bytes before 2.0, 228 from 2.0 on).
 * * `dwExtVersion`: must be 0 (no extensions).
 * * `lpAddressCaps`: `dwTotalSize` set by the caller to the bytes available, at least
 *   the fixed size of that version. The library writes at most `dwTotalSize` bytes and
 *   sets `dwNeededSize` and `dwUsedSize`; the address and the device classes follow
 *   the fixed part, each whole or absent.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`, `LINEERR_BADDEVICEID`,
 * `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INCOMPATIBLEEXTVERSION`,
 * `LINEERR_INVALADDRESSID`, `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressCaps(HLINEAPP hLineApp,
                        DWORD dwDeviceID,
                        DWORD dwAddressID,
                        DWORD dwAPIVersion,
                        DWORD dwExtVersion,
                        LPLINEADDRESSCAPS lpAddressCaps);

/**
 *As [`lineGetAddressCaps`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressCapsA(HLINEAPP hLineApp,
                         DWORD dwDeviceID,
                         DWORD dwAddressID,
                         DWORD dwAPIVersion,
                         DWORD dwExtVersion,
                         LPLINEADDRESSCAPS lpAddressCaps);

/**
 *As [`lineGetAddressCaps`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressCapsW(HLINEAPP hLineApp,
                         DWORD dwDeviceID,
                         DWORD dwAddressID,
                         DWORD dwAPIVersion,
                         DWORD dwExtVersion,
                         LPLINEADDRESSCAPS lpAddressCaps);

/**
 * Returns the status of an address of an open line: `dwNumInUse` (1 while a call on
 * it is not IDLE), `dwNumActiveCalls`, `dwNumOnHoldCalls`, `dwNumOnHoldPendCalls`,
 * `dwAddressFeatures` (`LINEADDRFEATURE_MAKECALL`); no forwarding, no terminals.
 *
 * * `lpAddressStatus`: `dwTotalSize` set by the caller, at least 64 bytes.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
 * `LINEERR_INVALADDRESSID`, `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressStatus(HLINE hLine, DWORD dwAddressID, LPLINEADDRESSSTATUS lpAddressStatus);

/**
 *As [`lineGetAddressStatus`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressStatusA(HLINE hLine, DWORD dwAddressID, LPLINEADDRESSSTATUS lpAddressStatus);

/**
 *As [`lineGetAddressStatus`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAddressStatusW(HLINE hLine, DWORD dwAddressID, LPLINEADDRESSSTATUS lpAddressStatus);

/**
 * Returns the status of an open line's device: `dwNumOpens` (opens by every
 * application), `dwOpenMediaModes` (the owners' media modes), the calls active, on
 * hold and on hold pending, `dwLineFeatures` (`LINEFEATURE_MAKECALL`), in service
 * and connected; from API 2.0, a `LINEAPPINFO` for each open (machine, user, module
 * file name, friendly name, owned media modes), with strings in the entry point's
 * encoding.
 *
 * * `lpLineDevStatus`: `dwTotalSize` set by the caller, at least the fixed size of the
 *   line's API version (76 bytes before 2.0, 88 from 2.0 on); the application list
 *   and its strings are written whole or not at all.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
 * `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetLineDevStatus(HLINE hLine, LPLINEDEVSTATUS lpLineDevStatus);

/**
 *As [`lineGetLineDevStatus`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetLineDevStatusA(HLINE hLine, LPLINEDEVSTATUS lpLineDevStatus);

/**
 *As [`lineGetLineDevStatus`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetLineDevStatusW(HLINE hLine, LPLINEDEVSTATUS lpLineDevStatus);

/**
 * Returns the device identifier of a device class associated with a line, one of
 * its addresses or a call (single-byte class name; the TAPI 1.x name).
 *
 * * `dwSelect`: `LINECALLSELECT_LINE` (`hLine`), `LINECALLSELECT_ADDRESS` (`hLine` and
 *   `dwAddressID`) or `LINECALLSELECT_CALL` (`hCall`, the line it is on).
 * * `lpDeviceID`: a `VARSTRING` of `dwTotalSize` bytes (at least 24).
 * * `lpszDeviceClass`: `"tapi/line"` gives the line device ID as a `DWORD`
 *   (`STRINGFORMAT_BINARY`). `"comm/datamodem"` gives a `HANDLE` and the device's
 *   NUL-terminated single-byte name (`STRINGFORMAT_BINARY`): for a connected call of
 *   media mode `LINEMEDIAMODE_DATAMODEM` (`LINECALLSELECT_CALL`), the handle is a file
 *   descriptor, as `(HANDLE)(intptr_t)fd`, of a pseudo-terminal's slave side in raw
 *   mode, opened for the program, which reads and writes the call's data through it
 *   and closes it; the name is its path (`/dev/pts/N`), single-byte through
 *   `lineGetIDW` too (the class's `CHAR szDeviceName[]`, which TAPI does not convert
 *   for either entry point). The simulated far end echoes
 *   every byte until the call goes IDLE. Another call gives
 *   `LINEERR_INVALCALLSTATE`; a line or an address, a NULL handle and an empty name.
 *   `"tapi/phone"` gives the device ID of the phone a scenario puts beside the line
 *   (a `[[phone]]` with `line = N`) as a `DWORD`, or `LINEERR_INVALDEVICECLASS` when
 *   it has none. Any other class gives `LINEERR_INVALDEVICECLASS`.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
 * `LINEERR_INVALCALLHANDLE`, `LINEERR_INVALADDRESSID`, `LINEERR_INVALCALLSELECT`,
 * `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`, `LINEERR_INVALDEVICECLASS`,
 * `LINEERR_INVALCALLSTATE`, `LINEERR_RESOURCEUNAVAIL`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetID(HLINE hLine,
               DWORD dwAddressID,
               HCALL hCall,
               DWORD dwSelect,
               LPVARSTRING lpDeviceID,
               LPCSTR lpszDeviceClass);

/**
 *As [`lineGetID`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetIDA(HLINE hLine,
                DWORD dwAddressID,
                HCALL hCall,
                DWORD dwSelect,
                LPVARSTRING lpDeviceID,
                LPCSTR lpszDeviceClass);

/**
 *As [`lineGetID`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetIDW(HLINE hLine,
                DWORD dwAddressID,
                HCALL hCall,
                DWORD dwSelect,
                LPVARSTRING lpDeviceID,
                LPCWSTR lpszDeviceClass);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineAccept(HCALL hCall, LPCSTR lpsUserUserInfo, DWORD dwSize);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
 * see the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineAddProvider(LPCSTR lpszProviderFilename, HWND hwndOwner, LPDWORD lpdwPermanentProviderID);

/**
 *As [`lineAddProvider`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineAddProviderA(LPCSTR lpszProviderFilename, HWND hwndOwner, LPDWORD lpdwPermanentProviderID);

/**
 *As [`lineAddProvider`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineAddProviderW(LPCWSTR lpszProviderFilename,
                      HWND hwndOwner,
                      LPDWORD lpdwPermanentProviderID);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineAddToConference(HCALL hConfCall, HCALL hConsultCall);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineAgentSpecific(HLINE hLine,
                       DWORD dwAddressID,
                       DWORD dwAgentExtensionIDIndex,
                       LPVOID lpParams,
                       DWORD dwSize);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineCompleteCall(HCALL hCall,
                      LPDWORD lpdwCompletionID,
                      DWORD dwCompletionMode,
                      DWORD dwMessageID);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineCompleteTransfer(HCALL hCall,
                          HCALL hConsultCall,
                          LPHCALL lphConfCall,
                          DWORD dwTransferMode);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
 * see the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineConfigDialog(DWORD dwDeviceID, HWND hwndOwner, LPCSTR lpszDeviceClass);

/**
 *As [`lineConfigDialog`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineConfigDialogA(DWORD dwDeviceID, HWND hwndOwner, LPCSTR lpszDeviceClass);

/**
 *As [`lineConfigDialog`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineConfigDialogW(DWORD dwDeviceID, HWND hwndOwner, LPCWSTR lpszDeviceClass);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
 * see the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineConfigDialogEdit(DWORD dwDeviceID,
                          HWND hwndOwner,
                          LPCSTR lpszDeviceClass,
                          LPVOID lpDeviceConfigIn,
                          DWORD dwSize,
                          LPVARSTRING lpDeviceConfigOut);

/**
 *As [`lineConfigDialogEdit`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineConfigDialogEditA(DWORD dwDeviceID,
                           HWND hwndOwner,
                           LPCSTR lpszDeviceClass,
                           LPVOID lpDeviceConfigIn,
                           DWORD dwSize,
                           LPVARSTRING lpDeviceConfigOut);

/**
 *As [`lineConfigDialogEdit`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineConfigDialogEditW(DWORD dwDeviceID,
                           HWND hwndOwner,
                           LPCWSTR lpszDeviceClass,
                           LPVOID lpDeviceConfigIn,
                           DWORD dwSize,
                           LPVARSTRING lpDeviceConfigOut);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
 * see the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineConfigProvider(HWND hwndOwner, DWORD dwPermanentProviderID);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineCreateAgentA(HLINE hLine,
                      LPSTR lpszAgentID,
                      LPSTR lpszAgentPIN,
                      LPHAGENT lphAgent);

/**
 *As [`lineCreateAgentA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineCreateAgentW(HLINE hLine, LPWSTR lpszAgentID, LPWSTR lpszAgentPIN, LPHAGENT lphAgent);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineCreateAgentSessionA(HLINE hLine,
                             HAGENT hAgent,
                             LPSTR lpszAgentPIN,
                             DWORD dwWorkingAddressID,
                             LPGUID lpGroupID,
                             LPHAGENTSESSION lphAgentSession);

/**
 *As [`lineCreateAgentSessionA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineCreateAgentSessionW(HLINE hLine,
                             HAGENT hAgent,
                             LPWSTR lpszAgentPIN,
                             DWORD dwWorkingAddressID,
                             LPGUID lpGroupID,
                             LPHAGENTSESSION lphAgentSession);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineDevSpecific(HLINE hLine, DWORD dwAddressID, HCALL hCall, LPVOID lpParams, DWORD dwSize);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineDevSpecificFeature(HLINE hLine, DWORD dwFeature, LPVOID lpParams, DWORD dwSize);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineForward(HLINE hLine,
                 DWORD bAllAddresses,
                 DWORD dwAddressID,
                 LPLINEFORWARDLIST lpForwardList,
                 DWORD dwNumRingsNoAnswer,
                 LPHCALL lphConsultCall,
                 LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineForward`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineForwardA(HLINE hLine,
                  DWORD bAllAddresses,
                  DWORD dwAddressID,
                  LPLINEFORWARDLIST lpForwardList,
                  DWORD dwNumRingsNoAnswer,
                  LPHCALL lphConsultCall,
                  LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineForward`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineForwardW(HLINE hLine,
                  DWORD bAllAddresses,
                  DWORD dwAddressID,
                  LPLINEFORWARDLIST lpForwardList,
                  DWORD dwNumRingsNoAnswer,
                  LPHCALL lphConsultCall,
                  LPLINECALLPARAMS lpCallParams);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGatherDigits(HCALL hCall,
                      DWORD dwDigitModes,
                      LPSTR lpsDigits,
                      DWORD dwNumDigits,
                      LPCSTR lpszTerminationDigits,
                      DWORD dwFirstDigitTimeout,
                      DWORD dwInterDigitTimeout);

/**
 *As [`lineGatherDigits`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGatherDigitsA(HCALL hCall,
                       DWORD dwDigitModes,
                       LPSTR lpsDigits,
                       DWORD dwNumDigits,
                       LPCSTR lpszTerminationDigits,
                       DWORD dwFirstDigitTimeout,
                       DWORD dwInterDigitTimeout);

/**
 *As [`lineGatherDigits`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGatherDigitsW(HCALL hCall,
                       DWORD dwDigitModes,
                       LPWSTR lpsDigits,
                       DWORD dwNumDigits,
                       LPCWSTR lpszTerminationDigits,
                       DWORD dwFirstDigitTimeout,
                       DWORD dwInterDigitTimeout);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGenerateTone(HCALL hCall,
                      DWORD dwToneMode,
                      DWORD dwDuration,
                      DWORD dwNumTones,
                      LPLINEGENERATETONE lpTones);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentActivityListA(HLINE hLine,
                               DWORD dwAddressID,
                               LPLINEAGENTACTIVITYLIST lpAgentActivityList);

/**
 *As [`lineGetAgentActivityListA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentActivityListW(HLINE hLine,
                               DWORD dwAddressID,
                               LPLINEAGENTACTIVITYLIST lpAgentActivityList);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentCapsA(HLINEAPP hLineApp,
                       DWORD dwDeviceID,
                       DWORD dwAddressID,
                       DWORD dwAppAPIVersion,
                       LPLINEAGENTCAPS lpAgentCaps);

/**
 *As [`lineGetAgentCapsA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentCapsW(HLINEAPP hLineApp,
                       DWORD dwDeviceID,
                       DWORD dwAddressID,
                       DWORD dwAppAPIVersion,
                       LPLINEAGENTCAPS lpAgentCaps);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentGroupListA(HLINE hLine,
                            DWORD dwAddressID,
                            LPLINEAGENTGROUPLIST lpAgentGroupList);

/**
 *As [`lineGetAgentGroupListA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentGroupListW(HLINE hLine, DWORD dwAddressID, LPLINEAGENTGROUPLIST lpAgentGroupList);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentInfo(HLINE hLine,
                      HAGENT hAgent,
                      LPLINEAGENTINFO lpAgentInfo);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentSessionInfo(HLINE hLine,
                             HAGENTSESSION hAgentSession,
                             LPLINEAGENTSESSIONINFO lpAgentSessionInfo);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentSessionList(HLINE hLine,
                             HAGENT hAgent,
                             LPLINEAGENTSESSIONLIST lpAgentSessionList);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentStatusA(HLINE hLine,
                         DWORD dwAddressID,
                         LPLINEAGENTSTATUS lpAgentStatus);

/**
 *As [`lineGetAgentStatusA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetAgentStatusW(HLINE hLine, DWORD dwAddressID, LPLINEAGENTSTATUS lpAgentStatus);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetConfRelatedCalls(HCALL hCall,
                             LPLINECALLLIST lpCallList);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
 * see the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetDevConfig(DWORD dwDeviceID, LPVARSTRING lpDeviceConfig, LPCSTR lpszDeviceClass);

/**
 *As [`lineGetDevConfig`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetDevConfigA(DWORD dwDeviceID, LPVARSTRING lpDeviceConfig, LPCSTR lpszDeviceClass);

/**
 *As [`lineGetDevConfig`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetDevConfigW(DWORD dwDeviceID, LPVARSTRING lpDeviceConfig, LPCWSTR lpszDeviceClass);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetGroupListA(HLINE hLine,
                       LPLINEAGENTGROUPLIST lpGroupList);

/**
 *As [`lineGetGroupListA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetGroupListW(HLINE hLine, LPLINEAGENTGROUPLIST lpGroupList);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
 * see the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetIcon(DWORD dwDeviceID, LPCSTR lpszDeviceClass, LPHICON lphIcon);

/**
 *As [`lineGetIcon`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetIconA(DWORD dwDeviceID, LPCSTR lpszDeviceClass, LPHICON lphIcon);

/**
 *As [`lineGetIcon`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetIconW(DWORD dwDeviceID, LPCWSTR lpszDeviceClass, LPHICON lphIcon);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetNumRings(HLINE hLine,
                     DWORD dwAddressID,
                     LPDWORD lpdwNumRings);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetProxyStatus(HLINEAPP hLineApp,
                        DWORD dwDeviceID,
                        DWORD dwAppAPIVersion,
                        LPLINEPROXYREQUESTLIST lpLineProxyReqestList);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetQueueInfo(HLINE hLine,
                      DWORD dwQueueID,
                      LPLINEQUEUEINFO lpLineQueueInfo);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetQueueListA(HLINE hLine,
                       LPGUID lpGroupID,
                       LPLINEQUEUELIST lpQueueList);

/**
 *As [`lineGetQueueListA`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetQueueListW(HLINE hLine, LPGUID lpGroupID, LPLINEQUEUELIST lpQueueList);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetRequest(HLINEAPP hLineApp, DWORD dwRequestMode, LPVOID lpRequestBuffer);

/**
 *As [`lineGetRequest`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetRequestA(HLINEAPP hLineApp, DWORD dwRequestMode, LPVOID lpRequestBuffer);

/**
 *As [`lineGetRequest`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineGetRequestW(HLINEAPP hLineApp, DWORD dwRequestMode, LPVOID lpRequestBuffer);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineMonitorMedia(HCALL hCall, DWORD dwMediaModes);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineMonitorTones(HCALL hCall, LPLINEMONITORTONE lpToneList, DWORD dwNumEntries);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineNegotiateExtVersion(HLINEAPP hLineApp,
                             DWORD dwDeviceID,
                             DWORD dwAPIVersion,
                             DWORD dwExtLowVersion,
                             DWORD dwExtHighVersion,
                             LPDWORD lpdwExtVersion);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG linePark(HCALL hCall, DWORD dwParkMode, LPCSTR lpszDirAddress, LPVARSTRING lpNonDirAddress);

/**
 *As [`linePark`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineParkA(HCALL hCall, DWORD dwParkMode, LPCSTR lpszDirAddress, LPVARSTRING lpNonDirAddress);

/**
 *As [`linePark`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineParkW(HCALL hCall, DWORD dwParkMode, LPCWSTR lpszDirAddress, LPVARSTRING lpNonDirAddress);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG linePickup(HLINE hLine,
                DWORD dwAddressID,
                LPHCALL lphCall,
                LPCSTR lpszDestAddress,
                LPCSTR lpszGroupID);

/**
 *As [`linePickup`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG linePickupA(HLINE hLine,
                 DWORD dwAddressID,
                 LPHCALL lphCall,
                 LPCSTR lpszDestAddress,
                 LPCSTR lpszGroupID);

/**
 *As [`linePickup`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG linePickupW(HLINE hLine,
                 DWORD dwAddressID,
                 LPHCALL lphCall,
                 LPCWSTR lpszDestAddress,
                 LPCWSTR lpszGroupID);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG linePrepareAddToConference(HCALL hConfCall,
                                LPHCALL lphConsultCall,
                                LPLINECALLPARAMS lpCallParams);

/**
 *As [`linePrepareAddToConference`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG linePrepareAddToConferenceA(HCALL hConfCall,
                                 LPHCALL lphConsultCall,
                                 LPLINECALLPARAMS lpCallParams);

/**
 *As [`linePrepareAddToConference`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG linePrepareAddToConferenceW(HCALL hConfCall,
                                 LPHCALL lphConsultCall,
                                 LPLINECALLPARAMS lpCallParams);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineProxyMessage(HLINE hLine,
                      HCALL hCall,
                      DWORD dwMsg,
                      DWORD dwParam1,
                      DWORD dwParam2,
                      DWORD dwParam3);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineProxyResponse(HLINE hLine, LPLINEPROXYREQUEST lpProxyRequest, DWORD dwResult);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineRegisterRequestRecipient(HLINEAPP hLineApp,
                                  DWORD dwRegistrationInstance,
                                  DWORD dwRequestMode,
                                  DWORD bEnable);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineReleaseUserUserInfo(HCALL hCall);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineRemoveFromConference(HCALL hCall);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
 * see the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineRemoveProvider(DWORD dwPermanentProviderID, HWND hwndOwner);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSendUserUserInfo(HCALL hCall, LPCSTR lpsUserUserInfo, DWORD dwSize);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetAgentActivity(HLINE hLine, DWORD dwAddressID, DWORD dwActivityID);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetAgentGroup(HLINE hLine, DWORD dwAddressID, LPLINEAGENTGROUPLIST lpAgentGroupList);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetAgentMeasurementPeriod(HLINE hLine, HAGENT hAgent, DWORD dwMeasurementPeriod);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetAgentSessionState(HLINE hLine,
                              HAGENTSESSION hAgentSession,
                              DWORD dwAgentSessionState,
                              DWORD dwNextAgentSessionState);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetAgentState(HLINE hLine, DWORD dwAddressID, DWORD dwAgentState, DWORD dwNextAgentState);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetAgentStateEx(HLINE hLine, HAGENT hAgent, DWORD dwAgentState, DWORD dwNextAgentState);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetCallData(HCALL hCall, LPVOID lpCallData, DWORD dwSize);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetCallQualityOfService(HCALL hCall,
                                 LPVOID lpSendingFlowspec,
                                 DWORD dwSendingFlowspecSize,
                                 LPVOID lpReceivingFlowspec,
                                 DWORD dwReceivingFlowspecSize);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetCallTreatment(HCALL hCall, DWORD dwTreatment);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
 * see the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetDevConfig(DWORD dwDeviceID,
                      LPVOID lpDeviceConfig,
                      DWORD dwSize,
                      LPCSTR lpszDeviceClass);

/**
 *As [`lineSetDevConfig`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetDevConfigA(DWORD dwDeviceID,
                       LPVOID lpDeviceConfig,
                       DWORD dwSize,
                       LPCSTR lpszDeviceClass);

/**
 *As [`lineSetDevConfig`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetDevConfigW(DWORD dwDeviceID,
                       LPVOID lpDeviceConfig,
                       DWORD dwSize,
                       LPCWSTR lpszDeviceClass);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetLineDevStatus(HLINE hLine, DWORD dwStatusToChange, DWORD fStatus);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetMediaControl(HLINE hLine,
                         DWORD dwAddressID,
                         HCALL hCall,
                         DWORD dwSelect,
                         LPLINEMEDIACONTROLDIGIT lpDigitList,
                         DWORD dwDigitNumEntries,
                         LPLINEMEDIACONTROLMEDIA lpMediaList,
                         DWORD dwMediaNumEntries,
                         LPLINEMEDIACONTROLTONE lpToneList,
                         DWORD dwToneNumEntries,
                         LPLINEMEDIACONTROLCALLSTATE lpCallStateList,
                         DWORD dwCallStateNumEntries);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetNumRings(HLINE hLine, DWORD dwAddressID, DWORD dwNumRings);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetQueueMeasurementPeriod(HLINE hLine, DWORD dwQueueID, DWORD dwMeasurementPeriod);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSetTerminal(HLINE hLine,
                     DWORD dwAddressID,
                     HCALL hCall,
                     DWORD dwSelect,
                     DWORD dwTerminalModes,
                     DWORD dwTerminalID,
                     DWORD bEnable);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetTollList(HLINEAPP hLineApp,
                     DWORD dwDeviceID,
                     LPCSTR lpszAddressIn,
                     DWORD dwTollListOption);

/**
 *As [`lineSetTollList`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetTollListA(HLINEAPP hLineApp,
                      DWORD dwDeviceID,
                      LPCSTR lpszAddressIn,
                      DWORD dwTollListOption);

/**
 *As [`lineSetTollList`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetTollListW(HLINEAPP hLineApp,
                      DWORD dwDeviceID,
                      LPCWSTR lpszAddressIn,
                      DWORD dwTollListOption);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetupConference(HCALL hCall,
                         HLINE hLine,
                         LPHCALL lphConfCall,
                         LPHCALL lphConsultCall,
                         DWORD dwNumParties,
                         LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineSetupConference`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetupConferenceA(HCALL hCall,
                          HLINE hLine,
                          LPHCALL lphConfCall,
                          LPHCALL lphConsultCall,
                          DWORD dwNumParties,
                          LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineSetupConference`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetupConferenceW(HCALL hCall,
                          HLINE hLine,
                          LPHCALL lphConfCall,
                          LPHCALL lphConsultCall,
                          DWORD dwNumParties,
                          LPLINECALLPARAMS lpCallParams);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetupTransfer(HCALL hCall,
                       LPHCALL lphConsultCall,
                       LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineSetupTransfer`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetupTransferA(HCALL hCall, LPHCALL lphConsultCall, LPLINECALLPARAMS lpCallParams);

/**
 *As [`lineSetupTransfer`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineSetupTransferW(HCALL hCall, LPHCALL lphConsultCall, LPLINECALLPARAMS lpCallParams);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineSwapHold(HCALL hActiveCall, HCALL hHeldCall);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`); see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineTranslateDialog(HLINEAPP hLineApp,
                         DWORD dwDeviceID,
                         DWORD dwAPIVersion,
                         HWND hwndOwner,
                         LPCSTR lpszAddressIn);

/**
 *As [`lineTranslateDialog`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineTranslateDialogA(HLINEAPP hLineApp,
                          DWORD dwDeviceID,
                          DWORD dwAPIVersion,
                          HWND hwndOwner,
                          LPCSTR lpszAddressIn);

/**
 *As [`lineTranslateDialog`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineTranslateDialogW(HLINEAPP hLineApp,
                          DWORD dwDeviceID,
                          DWORD dwAPIVersion,
                          HWND hwndOwner,
                          LPCWSTR lpszAddressIn);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
 * the README's table of answers.
 *
 */
LONG lineUncompleteCall(HLINE hLine, DWORD dwCompletionID);

/**
 * Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
 * once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
 * and its output structure no smaller than its fixed size (else
 * `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
 * the README's table of answers.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineUnpark(HLINE hLine,
                DWORD dwAddressID,
                LPHCALL lphCall,
                LPCSTR lpszDestAddress);

/**
 *As [`lineUnpark`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineUnparkA(HLINE hLine, DWORD dwAddressID, LPHCALL lphCall, LPCSTR lpszDestAddress);

/**
 *As [`lineUnpark`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG lineUnparkW(HLINE hLine, DWORD dwAddressID, LPHCALL lphCall, LPCWSTR lpszDestAddress);

/**
 * Assisted telephony is not available: returns `TAPIERR_NOREQUESTRECIPIENT` (no application has registered as a request recipient; see the
 * README's table of answers).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiRequestDrop(HWND hwnd,
                     WPARAM wRequestID);

/**
 * Assisted telephony is not available: returns `TAPIERR_NOREQUESTRECIPIENT` (no application has registered as a request recipient; see the
 * README's table of answers).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiRequestMakeCall(LPCSTR lpszDestAddress,
                         LPCSTR lpszAppName,
                         LPCSTR lpszCalledParty,
                         LPCSTR lpszComment);

/**
 *As [`tapiRequestMakeCall`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiRequestMakeCallA(LPCSTR lpszDestAddress,
                          LPCSTR lpszAppName,
                          LPCSTR lpszCalledParty,
                          LPCSTR lpszComment);

/**
 *As [`tapiRequestMakeCall`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiRequestMakeCallW(LPCWSTR lpszDestAddress,
                          LPCWSTR lpszAppName,
                          LPCWSTR lpszCalledParty,
                          LPCWSTR lpszComment);

/**
 * Assisted telephony is not available: returns `TAPIERR_NOREQUESTRECIPIENT` (no application has registered as a request recipient; see the
 * README's table of answers).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiRequestMediaCall(HWND hwnd,
                          WPARAM wRequestID,
                          LPCSTR lpszDeviceClass,
                          LPCSTR lpDeviceID,
                          DWORD dwSize,
                          DWORD dwSecure,
                          LPCSTR lpszDestAddress,
                          LPCSTR lpszAppName,
                          LPCSTR lpszCalledParty,
                          LPCSTR lpszComment);

/**
 *As [`tapiRequestMediaCall`] (single-byte strings).
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiRequestMediaCallA(HWND hwnd,
                           WPARAM wRequestID,
                           LPCSTR lpszDeviceClass,
                           LPCSTR lpDeviceID,
                           DWORD dwSize,
                           DWORD dwSecure,
                           LPCSTR lpszDestAddress,
                           LPCSTR lpszAppName,
                           LPCSTR lpszCalledParty,
                           LPCSTR lpszComment);

/**
 *As [`tapiRequestMediaCall`], with UTF-16 strings.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapiRequestMediaCallW(HWND hwnd,
                           WPARAM wRequestID,
                           LPCWSTR lpszDeviceClass,
                           LPCWSTR lpDeviceID,
                           DWORD dwSize,
                           DWORD dwSecure,
                           LPCWSTR lpszDestAddress,
                           LPCWSTR lpszAppName,
                           LPCWSTR lpszCalledParty,
                           LPCWSTR lpszComment);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

/* From TAPI 2.0 on, the generic names select the A or W entry point. */
#if TAPI_CURRENT_VERSION >= 0x00020000
#ifdef UNICODE
#define lineAddProvider lineAddProviderW
#define lineBlindTransfer lineBlindTransferW
#define lineConfigDialog lineConfigDialogW
#define lineConfigDialogEdit lineConfigDialogEditW
#define lineCreateAgent lineCreateAgentW
#define lineCreateAgentSession lineCreateAgentSessionW
#define lineDial lineDialW
#define lineForward lineForwardW
#define lineGatherDigits lineGatherDigitsW
#define lineGenerateDigits lineGenerateDigitsW
#define lineGetAddressCaps lineGetAddressCapsW
#define lineGetAddressID lineGetAddressIDW
#define lineGetAddressStatus lineGetAddressStatusW
#define lineGetAgentActivityList lineGetAgentActivityListW
#define lineGetAgentCaps lineGetAgentCapsW
#define lineGetAgentGroupList lineGetAgentGroupListW
#define lineGetAgentStatus lineGetAgentStatusW
#define lineGetAppPriority lineGetAppPriorityW
#define lineGetCallInfo lineGetCallInfoW
#define lineGetCountry lineGetCountryW
#define lineGetDevCaps lineGetDevCapsW
#define lineGetDevConfig lineGetDevConfigW
#define lineGetGroupList lineGetGroupListW
#define lineGetID lineGetIDW
#define lineGetIcon lineGetIconW
#define lineGetLineDevStatus lineGetLineDevStatusW
#define lineGetProviderList lineGetProviderListW
#define lineGetQueueList lineGetQueueListW
#define lineGetRequest lineGetRequestW
#define lineGetTranslateCaps lineGetTranslateCapsW
#define lineHandoff lineHandoffW
#define lineInitializeEx lineInitializeExW
#define lineMakeCall lineMakeCallW
#define lineOpen lineOpenW
#define linePark lineParkW
#define linePickup linePickupW
#define linePrepareAddToConference linePrepareAddToConferenceW
#define lineRedirect lineRedirectW
#define lineSetAppPriority lineSetAppPriorityW
#define lineSetDevConfig lineSetDevConfigW
#define lineSetTollList lineSetTollListW
#define lineSetupConference lineSetupConferenceW
#define lineSetupTransfer lineSetupTransferW
#define lineTranslateAddress lineTranslateAddressW
#define lineTranslateDialog lineTranslateDialogW
#define lineUnpark lineUnparkW
#define phoneConfigDialog phoneConfigDialogW
#define phoneGetButtonInfo phoneGetButtonInfoW
#define phoneGetDevCaps phoneGetDevCapsW
#define phoneGetID phoneGetIDW
#define phoneGetIcon phoneGetIconW
#define phoneGetStatus phoneGetStatusW
#define phoneInitializeEx phoneInitializeExW
#define phoneSetButtonInfo phoneSetButtonInfoW
#define tapiGetLocationInfo tapiGetLocationInfoW
#define tapiRequestMakeCall tapiRequestMakeCallW
#define tapiRequestMediaCall tapiRequestMediaCallW
#else
#define lineAddProvider lineAddProviderA
#define lineBlindTransfer lineBlindTransferA
#define lineConfigDialog lineConfigDialogA
#define lineConfigDialogEdit lineConfigDialogEditA
#define lineCreateAgent lineCreateAgentA
#define lineCreateAgentSession lineCreateAgentSessionA
#define lineDial lineDialA
#define lineForward lineForwardA
#define lineGatherDigits lineGatherDigitsA
#define lineGenerateDigits lineGenerateDigitsA
#define lineGetAddressCaps lineGetAddressCapsA
#define lineGetAddressID lineGetAddressIDA
#define lineGetAddressStatus lineGetAddressStatusA
#define lineGetAgentActivityList lineGetAgentActivityListA
#define lineGetAgentCaps lineGetAgentCapsA
#define lineGetAgentGroupList lineGetAgentGroupListA
#define lineGetAgentStatus lineGetAgentStatusA
#define lineGetAppPriority lineGetAppPriorityA
#define lineGetCallInfo lineGetCallInfoA
#define lineGetCountry lineGetCountryA
#define lineGetDevCaps lineGetDevCapsA
#define lineGetDevConfig lineGetDevConfigA
#define lineGetGroupList lineGetGroupListA
#define lineGetID lineGetIDA
#define lineGetIcon lineGetIconA
#define lineGetLineDevStatus lineGetLineDevStatusA
#define lineGetProviderList lineGetProviderListA
#define lineGetQueueList lineGetQueueListA
#define lineGetRequest lineGetRequestA
#define lineGetTranslateCaps lineGetTranslateCapsA
#define lineHandoff lineHandoffA
#define lineInitializeEx lineInitializeExA
#define lineMakeCall lineMakeCallA
#define lineOpen lineOpenA
#define linePark lineParkA
#define linePickup linePickupA
#define linePrepareAddToConference linePrepareAddToConferenceA
#define lineRedirect lineRedirectA
#define lineSetAppPriority lineSetAppPriorityA
#define lineSetDevConfig lineSetDevConfigA
#define lineSetTollList lineSetTollListA
#define lineSetupConference lineSetupConferenceA
#define lineSetupTransfer lineSetupTransferA
#define lineTranslateAddress lineTranslateAddressA
#define lineTranslateDialog lineTranslateDialogA
#define lineUnpark lineUnparkA
#define phoneConfigDialog phoneConfigDialogA
#define phoneGetButtonInfo phoneGetButtonInfoA
#define phoneGetDevCaps phoneGetDevCapsA
#define phoneGetID phoneGetIDA
#define phoneGetIcon phoneGetIconA
#define phoneGetStatus phoneGetStatusA
#define phoneInitializeEx phoneInitializeExA
#define phoneSetButtonInfo phoneSetButtonInfoA
#define tapiGetLocationInfo tapiGetLocationInfoA
#define tapiRequestMakeCall tapiRequestMakeCallA
#define tapiRequestMediaCall tapiRequestMediaCallA
#endif
#endif

/* Under UNICODE the generic structure names select the W forms. */
#ifdef UNICODE
#define LINEREQMAKECALL LINEREQMAKECALLW
#define LINEREQMEDIACALL LINEREQMEDIACALLW
#endif

#pragma pack(pop)

#endif /* TAPI32_LINUX_TAPI_H */
