//! The simulated provider's control API (`include/tapisim.h`), for tests and demos.
//!
//! Each function returns 0 or a `LINEERR_` code; an unknown device gives
//! `LINEERR_BADDEVICEID` and an unknown call ID `LINEERR_INVALPARAM`.

use super::ptr::{check_ptr, write_out};
use super::{ffi_fn, Strings};
use crate::{runtime, sim, simulator};
use tapi32_defs::*;

ffi_fn! {
    /// A remote party calls line device `dwDeviceID`, address `dwAddressID`.
    ///
    /// Every application with the line open (owner or monitor privilege) gets
    /// `LINE_APPNEWCALL` (API 2.0 and later) and then `LINE_CALLSTATE` OFFERING; the first
    /// owner whose media modes include `dwMediaMode` owns the call, the others monitor it.
    ///
    /// * `lpszCallerID`, `lpszCallerIDName`: the caller's number and name, or NULL when not
    ///   known (`dwCallerIDFlags` then lacks `LINECALLPARTYID_ADDRESS` / `_NAME`; with both
    ///   NULL it is `LINECALLPARTYID_UNKNOWN`). Single-byte strings in the ANSI code page
    ///   (`TAPI32_CODEPAGE`, default Windows-1252), as the `A` functions take; the `A`
    ///   functions return the same bytes.
    /// * `dwMediaMode`: one `LINEMEDIAMODE_*` bit, or 0 for `LINEMEDIAMODE_INTERACTIVEVOICE`.
    /// * `lpdwCallID`: receives the call's `dwCallID`. A call that no application receives
    ///   is not kept.
    ///
    /// Returns 0, or `LINEERR_BADDEVICEID`, `LINEERR_INVALADDRESSID`,
    /// `LINEERR_INVALMEDIAMODE`, `LINEERR_INVALPOINTER`.
    unsafe fn tapisimOfferCall(
        dwDeviceID: DWORD,
        dwAddressID: DWORD,
        lpszCallerID: LPCSTR,
        lpszCallerIDName: LPCSTR,
        dwMediaMode: DWORD,
        lpdwCallID: LPDWORD,
    ) -> LONG {
        check_ptr(lpdwCallID, 4)?;
        // SAFETY: NULL or NUL-terminated strings, per the API contract.
        let (id, name) = unsafe {
            (
                Strings::Ansi.read(lpszCallerID.cast())?,
                Strings::Ansi.read(lpszCallerIDName.cast())?,
            )
        };
        let call = sim::offer_call(runtime(), dwDeviceID, dwAddressID, id, name, dwMediaMode)?;
        // SAFETY: checked above.
        unsafe { write_out(lpdwCallID, call) }?;
        Ok(0)
    }
}

ffi_fn! {
    /// The far end answers the outgoing call `dwCallID` (waiting in RINGBACK because
    /// auto-answer is off): it goes CONNECTED.
    ///
    /// Returns 0, or `LINEERR_INVALPARAM` (unknown call), `LINEERR_INVALCALLSTATE` (not an
    /// outgoing call waiting to be answered).
    fn tapisimRemoteAnswer(dwCallID: DWORD) -> LONG {
        sim::remote_answer(runtime(), dwCallID)?;
        Ok(0)
    }
}

ffi_fn! {
    /// The far end hangs up call `dwCallID`: it goes DISCONNECTED with `dwDisconnectMode`
    /// (one `LINEDISCONNECTMODE_*` bit) in `dwParam2`; a call no application owns then goes
    /// IDLE. An owner ends its side with `lineDrop`.
    ///
    /// Returns 0, or `LINEERR_INVALPARAM` (unknown call or bad mode),
    /// `LINEERR_INVALCALLSTATE` (already IDLE or DISCONNECTED).
    fn tapisimRemoteHangup(dwCallID: DWORD, dwDisconnectMode: DWORD) -> LONG {
        sim::remote_hangup(runtime(), dwCallID, dwDisconnectMode)?;
        Ok(0)
    }
}

ffi_fn! {
    /// The provider forcibly closes line device `dwDeviceID`: every application with it open
    /// receives `LINE_CLOSE` (hDevice = its `HLINE`), and that line handle and every call
    /// handle on it are invalid from then on, as after `lineClose`.
    ///
    /// Returns 0, or `LINEERR_BADDEVICEID`.
    fn tapisimCloseLine(dwDeviceID: DWORD) -> LONG {
        sim::close_line(runtime(), dwDeviceID)?;
        Ok(0)
    }
}

ffi_fn! {
    /// `TRUE` (the default): the far end answers outgoing calls at once. `FALSE`: outgoing
    /// calls wait in RINGBACK until `tapisimRemoteAnswer`.
    ///
    /// Any non-zero value counts as `TRUE`, as for every Windows `BOOL`. Returns 0.
    fn tapisimSetAutoAnswer(bAutoAnswer: BOOL) -> LONG {
        simulator().set_auto_answer(bAutoAnswer != 0);
        Ok(0)
    }
}

ffi_fn! {
    /// The far end sends `lpszDigits` on call `dwCallID` as `dwDigitMode`
    /// (`LINEDIGITMODE_PULSE`: `0-9`; `LINEDIGITMODE_DTMF`: `0-9`, `A-D`, `*`, `#`):
    /// handles monitoring that mode (`lineMonitorDigits`) get `LINE_MONITORDIGITS`.
    ///
    /// Returns 0, or `LINEERR_INVALPARAM` (unknown call, bad mode or digits),
    /// `LINEERR_INVALPOINTER`.
    unsafe fn tapisimRemoteDigits(dwCallID: DWORD, lpszDigits: LPCSTR, dwDigitMode: DWORD) -> LONG {
        check_ptr(lpszDigits, 1)?;
        // SAFETY: a NUL-terminated string, per the API contract.
        // Borrowed where ASCII (the digits always are): no copy per call.
        let digits = unsafe { Strings::Ansi.read_borrowed(lpszDigits.cast()) }?.unwrap_or_default();
        sim::remote_digits(runtime(), dwCallID, &digits, dwDigitMode)?;
        Ok(0)
    }
}
