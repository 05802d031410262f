/* tapisim.h: control API of the simulated telephone provider built into
 * libtapi32.so, for tests and demonstrations. */

#ifndef TAPI32_LINUX_TAPISIM_H
#define TAPI32_LINUX_TAPISIM_H

/* Generated with cbindgen by `cargo xtask headers` from the exports in src/ffi/sim.rs; do not edit. */

#ifdef _WIN32
/* A Windows program: the SDK's headers. Add this folder after the system ones
 * (gcc's `-idirafter`), or copy this file alone, so that <tapi.h> is the SDK's. */
#include <windows.h>
#include <tapi.h>
#else
#include "tapi.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

/**
 * A remote party calls line device `dwDeviceID`, address `dwAddressID`.
 *
 * Every application with the line open (owner or monitor privilege) gets
 * `LINE_APPNEWCALL` (API 2.0 and later) and then `LINE_CALLSTATE` OFFERING; the first
 * owner whose media modes include `dwMediaMode` owns the call, the others monitor it.
 *
 * * `lpszCallerID`, `lpszCallerIDName`: the caller's number and name, or NULL when not
 *   known (`dwCallerIDFlags` then lacks `LINECALLPARTYID_ADDRESS` / `_NAME`; with both
 *   NULL it is `LINECALLPARTYID_UNKNOWN`). Single-byte strings in the ANSI code page
 *   (`TAPI32_CODEPAGE`, default Windows-1252), as the `A` functions take; the `A`
 *   functions return the same bytes.
 * * `dwMediaMode`: one `LINEMEDIAMODE_*` bit, or 0 for `LINEMEDIAMODE_INTERACTIVEVOICE`.
 * * `lpdwCallID`: receives the call's `dwCallID`. A call that no application receives
 *   is not kept.
 *
 * Returns 0, or `LINEERR_BADDEVICEID`, `LINEERR_INVALADDRESSID`,
 * `LINEERR_INVALMEDIAMODE`, `LINEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapisimOfferCall(DWORD dwDeviceID,
                      DWORD dwAddressID,
                      LPCSTR lpszCallerID,
                      LPCSTR lpszCallerIDName,
                      DWORD dwMediaMode,
                      LPDWORD lpdwCallID);

/**
 * The far end answers the outgoing call `dwCallID` (waiting in RINGBACK because
 * auto-answer is off): it goes CONNECTED.
 *
 * Returns 0, or `LINEERR_INVALPARAM` (unknown call), `LINEERR_INVALCALLSTATE` (not an
 * outgoing call waiting to be answered).
 *
 */
LONG tapisimRemoteAnswer(DWORD dwCallID);

/**
 * The far end hangs up call `dwCallID`: it goes DISCONNECTED with `dwDisconnectMode`
 * (one `LINEDISCONNECTMODE_*` bit) in `dwParam2`; a call no application owns then goes
 * IDLE. An owner ends its side with `lineDrop`.
 *
 * Returns 0, or `LINEERR_INVALPARAM` (unknown call or bad mode),
 * `LINEERR_INVALCALLSTATE` (already IDLE or DISCONNECTED).
 *
 */
LONG tapisimRemoteHangup(DWORD dwCallID, DWORD dwDisconnectMode);

/**
 * The provider forcibly closes line device `dwDeviceID`: every application with it open
 * receives `LINE_CLOSE` (hDevice = its `HLINE`), and that line handle and every call
 * handle on it are invalid from then on, as after `lineClose`.
 *
 * Returns 0, or `LINEERR_BADDEVICEID`.
 *
 */
LONG tapisimCloseLine(DWORD dwDeviceID);

/**
 * `TRUE` (the default): the far end answers outgoing calls at once. `FALSE`: outgoing
 * calls wait in RINGBACK until `tapisimRemoteAnswer`.
 *
 * Any non-zero value counts as `TRUE`, as for every Windows `BOOL`. Returns 0.
 *
 */
LONG tapisimSetAutoAnswer(BOOL bAutoAnswer);

/**
 * The far end sends `lpszDigits` on call `dwCallID` as `dwDigitMode`
 * (`LINEDIGITMODE_PULSE`: `0-9`; `LINEDIGITMODE_DTMF`: `0-9`, `A-D`, `*`, `#`):
 * handles monitoring that mode (`lineMonitorDigits`) get `LINE_MONITORDIGITS`.
 *
 * Returns 0, or `LINEERR_INVALPARAM` (unknown call, bad mode or digits),
 * `LINEERR_INVALPOINTER`.
 * # Safety
 * Each pointer argument is NULL or valid for the access documented above
 * (for a structure: `dwTotalSize` bytes); strings are NUL-terminated.
 */
LONG tapisimRemoteDigits(DWORD dwCallID, LPCSTR lpszDigits, DWORD dwDigitMode);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* TAPI32_LINUX_TAPISIM_H */


