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

/* The Windows SDK packs TAPI's structures to 1 byte. */
#pragma pack(push, 1)


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

/**
 * A call handle.
 */
typedef DWORD HCALL;

/**
 * A line handle.
 */
typedef DWORD HLINE;

/**
 * An application's usage handle.
 */
typedef DWORD HLINEAPP;

/**
 * The application's message callback (`LINEINITIALIZEEXOPTION_USEHIDDENWINDOW` and
 * `lineInitialize`). It runs on the thread that initialized the application, inside its
 * message loop, as on Windows (or on a dispatcher thread, when the program asks for
 * one).
 */
typedef void (*LINECALLBACK)(DWORD hDevice,
                             DWORD dwMessage,
                             DWORD_PTR dwInstance,
                             DWORD_PTR dwParam1,
                             DWORD_PTR dwParam2,
                             DWORD_PTR dwParam3);

/**
 * Pointer to [`HCALL`].
 */
typedef HCALL *LPHCALL;

/**
 * Pointer to [`HLINE`].
 */
typedef HLINE *LPHLINE;

/**
 * Pointer to [`HLINEAPP`].
 */
typedef HLINEAPP *LPHLINEAPP;

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

/**
 * An extension ID (`lineNegotiateAPIVersion`); this library has no extensions and
 * returns all zeros.
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

#define LINECALLPRIVILEGE_NONE 0x00000001

#define LINECALLPRIVILEGE_MONITOR 0x00000002

#define LINECALLPRIVILEGE_OWNER 0x00000004

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

#define LINEINITIALIZEEXOPTION_USEHIDDENWINDOW 0x00000001

#define LINEINITIALIZEEXOPTION_USEEVENT 0x00000002

#define LINEINITIALIZEEXOPTION_USECOMPLETIONPORT 0x00000003

#define LINEINITIALIZEEXOPTION_CALLHUBTRACKING 0x80000000

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

#define LINEBEARERMODE_VOICE 0x00000001

#define LINEBEARERMODE_SPEECH 0x00000002

#define LINEBEARERMODE_MULTIUSE 0x00000004

#define LINEBEARERMODE_DATA 0x00000008

#define LINEBEARERMODE_ALTSPEECHDATA 0x00000010

#define LINEBEARERMODE_NONCALLSIGNALING 0x00000020

#define LINEBEARERMODE_PASSTHROUGH 0x00000040

#define LINEBEARERMODE_RESTRICTEDDATA 0x00000080

#define LINECALLORIGIN_OUTBOUND 0x00000001

#define LINECALLORIGIN_INTERNAL 0x00000002

#define LINECALLORIGIN_EXTERNAL 0x00000004

#define LINECALLORIGIN_UNKNOWN 0x00000010

#define LINECALLORIGIN_UNAVAIL 0x00000020

#define LINECALLORIGIN_CONFERENCE 0x00000040

#define LINECALLORIGIN_INBOUND 0x00000080

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

#define LINECALLPARTYID_BLOCKED 0x00000001

#define LINECALLPARTYID_OUTOFAREA 0x00000002

#define LINECALLPARTYID_NAME 0x00000004

#define LINECALLPARTYID_ADDRESS 0x00000008

#define LINECALLPARTYID_PARTIAL 0x00000010

#define LINECALLPARTYID_UNKNOWN 0x00000020

#define LINECALLPARTYID_UNAVAIL 0x00000040

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

#define LINECALLPARAMFLAGS_SECURE 0x00000001

#define LINECALLPARAMFLAGS_IDLE 0x00000002

#define LINECALLPARAMFLAGS_BLOCKID 0x00000004

#define LINECALLPARAMFLAGS_ORIGOFFHOOK 0x00000008

#define LINECALLPARAMFLAGS_DESTOFFHOOK 0x00000010

#define LINECALLPARAMFLAGS_NOHOLDCONFERENCE 0x00000020

#define LINECALLPARAMFLAGS_PREDICTIVEDIAL 0x00000040

#define LINECALLPARAMFLAGS_ONESTEPTRANSFER 0x00000080

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

#define LINEOPENOPTION_SINGLEADDRESS 0x80000000

#define LINEOPENOPTION_PROXY 0x40000000

#define LINEDIALTONEMODE_NORMAL 0x00000001

#define LINEDIALTONEMODE_SPECIAL 0x00000002

#define LINEDIALTONEMODE_INTERNAL 0x00000004

#define LINEDIALTONEMODE_EXTERNAL 0x00000008

#define LINEDIALTONEMODE_UNKNOWN 0x00000010

#define LINEDIALTONEMODE_UNAVAIL 0x00000020

#define LINEBUSYMODE_STATION 0x00000001

#define LINEBUSYMODE_TRUNK 0x00000002

#define LINEBUSYMODE_UNKNOWN 0x00000004

#define LINEBUSYMODE_UNAVAIL 0x00000008

#define STRINGFORMAT_ASCII 0x00000001

#define STRINGFORMAT_DBCS 0x00000002

#define STRINGFORMAT_UNICODE 0x00000003

#define STRINGFORMAT_BINARY 0x00000004

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

#define LINEFEATURE_DEVSPECIFIC 0x00000001

#define LINEFEATURE_DEVSPECIFICFEAT 0x00000002

#define LINEFEATURE_FORWARD 0x00000004

#define LINEFEATURE_MAKECALL 0x00000008

#define LINEFEATURE_SETMEDIACONTROL 0x00000010

#define LINEFEATURE_SETTERMINAL 0x00000020

#define LINEFEATURE_SETDEVSTATUS 0x00000040

#define LINEFEATURE_FORWARDFWD 0x00000080

#define LINEFEATURE_FORWARDDND 0x00000100

#define LINEADDRESSMODE_ADDRESSID 0x00000001

#define LINEADDRESSMODE_DIALABLEADDR 0x00000002

#define LINEANSWERMODE_NONE 0x00000001

#define LINEANSWERMODE_DROP 0x00000002

#define LINEANSWERMODE_HOLD 0x00000004

#define LINEADDRESSTYPE_PHONENUMBER 0x00000001

#define LINEADDRESSTYPE_SDP 0x00000002

#define LINEADDRESSTYPE_EMAILNAME 0x00000004

#define LINEADDRESSTYPE_DOMAINNAME 0x00000008

#define LINEADDRESSTYPE_IPADDRESS 0x00000010

#define LINECONNECTEDMODE_ACTIVE 0x00000001

#define LINECONNECTEDMODE_INACTIVE 0x00000002

#define LINECONNECTEDMODE_ACTIVEHELD 0x00000004

#define LINECONNECTEDMODE_INACTIVEHELD 0x00000008

#define LINECONNECTEDMODE_CONFIRMED 0x00000010

#define LINEOFFERINGMODE_ACTIVE 0x00000001

#define LINEOFFERINGMODE_INACTIVE 0x00000002

#define LINEMAPPER 0xFFFFFFFF

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
 *   the line's API version): media mode, address ID, DisplayableAddress, CalledParty and
 *   Comment are used.
 *
 * Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
 * `LINEERR_INVALLINEHANDLE`, `LINEERR_INVALPOINTER`, `LINEERR_INVALADDRESS` (empty),
 * `LINEERR_INVALADDRESSID`, `LINEERR_INVALMEDIAMODE`, `LINEERR_STRUCTURETOOSMALL`,
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
 * the device) and `LINEDEVSTATE_REINIT`, as `LINEDEVCAPS.dwLineStates` says, and no
 * address changes.
 *
 * Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
 * `LINEERR_INVALLINESTATE` (a change the line does not report),
 * `LINEERR_INVALADDRESSSTATE`.
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

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

/* From TAPI 2.0 on, the generic names select the A or W entry point. */
#if TAPI_CURRENT_VERSION >= 0x00020000
#ifdef UNICODE
#define lineBlindTransfer lineBlindTransferW
#define lineDial lineDialW
#define lineGetAddressID lineGetAddressIDW
#define lineGetCallInfo lineGetCallInfoW
#define lineGetDevCaps lineGetDevCapsW
#define lineHandoff lineHandoffW
#define lineInitializeEx lineInitializeExW
#define lineMakeCall lineMakeCallW
#define lineOpen lineOpenW
#define lineRedirect lineRedirectW
#else
#define lineBlindTransfer lineBlindTransferA
#define lineDial lineDialA
#define lineGetAddressID lineGetAddressIDA
#define lineGetCallInfo lineGetCallInfoA
#define lineGetDevCaps lineGetDevCapsA
#define lineHandoff lineHandoffA
#define lineInitializeEx lineInitializeExA
#define lineMakeCall lineMakeCallA
#define lineOpen lineOpenA
#define lineRedirect lineRedirectA
#endif
#endif

#pragma pack(pop)

#endif /* TAPI32_LINUX_TAPI_H */
