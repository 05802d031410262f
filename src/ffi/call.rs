//! Call functions: `lineGetCallInfo`, `lineGetCallStatus`, `lineDeallocateCall`,
//! `lineAnswer`, `lineDrop`, `lineSetAppSpecific`, `lineSetCallPrivilege`.

use std::ffi::c_char;
use std::mem::offset_of;

use super::constants::*;
use super::types::*;
use super::varstruct::{copy_out, VarStruct};
use super::win32::*;
use super::{check_ptr, ffi_boundary, read_in, Strings};
use crate::core::{CallView, LineErr, Party, Result};
use crate::runtime;

/// The fixed size of `LINECALLINFO` for API `version`: 296 (1.x), 324 (2.x), 344 (3.x).
pub fn callinfo_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(LINECALLINFO, dwCallTreatment),
        0x0002_0000..=0x0002_FFFF => offset_of!(LINECALLINFO, dwCallerIDAddressType),
        _ => size_of::<LINECALLINFO>(),
    }
}

/// The fixed size of `LINECALLSTATUS` for API `version`: 36 (1.x), 56 (2.0 and later).
pub fn callstatus_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(LINECALLSTATUS, dwCallFeatures2),
        _ => size_of::<LINECALLSTATUS>(),
    }
}

/// Every state a simulated call can be in (`LINECALLINFO.dwCallStates`).
const CALL_STATES: DWORD = LINECALLSTATE_IDLE
    | LINECALLSTATE_OFFERING
    | LINECALLSTATE_DIALTONE
    | LINECALLSTATE_DIALING
    | LINECALLSTATE_RINGBACK
    | LINECALLSTATE_BUSY
    | LINECALLSTATE_CONNECTED
    | LINECALLSTATE_PROCEEDING
    | LINECALLSTATE_DISCONNECTED;

fn party_flags(p: &Party) -> DWORD {
    let mut f = 0;
    if p.number.is_some() {
        f |= LINECALLPARTYID_ADDRESS;
    }
    if p.name.is_some() {
        f |= LINECALLPARTYID_NAME;
    }
    if f == 0 {
        if p.absent == 0 {
            LINECALLPARTYID_UNKNOWN
        } else {
            p.absent
        }
    } else {
        f
    }
}

fn address_type(p: &Party) -> DWORD {
    if p.number.is_some() {
        LINEADDRESSTYPE_PHONENUMBER
    } else {
        0
    }
}

fn call_info_bytes(v: &CallView<'_>, total: u32, strings: Strings) -> Result<Vec<u8>> {
    let fixed = callinfo_fixed_size(v.handle.version);
    if (total as usize) < fixed {
        return Err(LineErr(LINEERR_STRUCTURETOOSMALL));
    }
    let d = v.data;
    let image = LINECALLINFO {
        hLine: v.handle.hline,
        dwLineDeviceID: d.device,
        dwAddressID: d.address,
        dwBearerMode: d.bearer_mode,
        dwMediaMode: d.media_mode,
        dwAppSpecific: d.app_specific,
        dwCallID: d.call_id,
        dwCallStates: CALL_STATES,
        dwOrigin: d.origin,
        dwReason: d.reason,
        dwNumOwners: d.num_owners,
        dwNumMonitors: d.num_monitors,
        dwCountryCode: d.country_code,
        dwTrunk: 0xFFFF_FFFF,
        dwCallerIDFlags: party_flags(&d.caller),
        dwCalledIDFlags: party_flags(&d.called),
        dwConnectedIDFlags: party_flags(&d.connected),
        dwRedirectionIDFlags: LINECALLPARTYID_UNKNOWN,
        dwRedirectingIDFlags: LINECALLPARTYID_UNKNOWN,
        dwCallerIDAddressType: address_type(&d.caller),
        dwCalledIDAddressType: address_type(&d.called),
        dwConnectedIDAddressType: address_type(&d.connected),
        ..Default::default()
    };
    let mut s = VarStruct::new(&image, fixed, total);
    let mut put = |at: usize, text: &Option<String>| {
        if let Some(t) = text {
            s.field(at, &strings.encode(t));
        }
    };
    put(offset_of!(LINECALLINFO, dwCallerIDSize), &d.caller.number);
    put(offset_of!(LINECALLINFO, dwCallerIDNameSize), &d.caller.name);
    put(offset_of!(LINECALLINFO, dwCalledIDSize), &d.called.number);
    put(offset_of!(LINECALLINFO, dwCalledIDNameSize), &d.called.name);
    put(
        offset_of!(LINECALLINFO, dwConnectedIDSize),
        &d.connected.number,
    );
    put(
        offset_of!(LINECALLINFO, dwConnectedIDNameSize),
        &d.connected.name,
    );
    put(offset_of!(LINECALLINFO, dwAppNameSize), &d.app_name);
    put(
        offset_of!(LINECALLINFO, dwDisplayableAddressSize),
        &d.displayable_address,
    );
    put(offset_of!(LINECALLINFO, dwCalledPartySize), &d.called_party);
    put(offset_of!(LINECALLINFO, dwCommentSize), &d.comment);
    Ok(s.finish())
}

unsafe fn get_call_info(hcall: HCALL, info: LPLINECALLINFO, strings: Strings) -> Result<LONG> {
    runtime().check_initialized()?;
    check_ptr(info, 4)?;
    // SAFETY: checked above.
    let total = unsafe { read_in(info.cast::<DWORD>()) }?;
    runtime().with_call(hcall, |v| {
        let bytes = call_info_bytes(v, total, strings)?;
        // SAFETY: the caller provides dwTotalSize bytes; `bytes` is never longer.
        unsafe { copy_out(info.cast(), &bytes) };
        Ok(0)
    })?
}

/// Returns information about a call (single-byte strings; the TAPI 1.x name).
///
/// * `hCall`: the application's handle to the call. Handles stay readable after the
///   call goes IDLE, until `lineDeallocateCall` or the line closes.
/// * `lpCallInfo`: `dwTotalSize` set by the caller to the bytes available, at least the
///   fixed size for the API version negotiated on the call's line (296 for 1.x, 324 for
///   2.x, 344 for 3.x). The fixed part of that version is filled, then strings (caller
///   and called IDs and names, connected ID, application name, displayable address,
///   called party, comment), each whole or not at all; `dwNeededSize` tells the size
///   needed for all of them, `dwUsedSize` what was written. Nothing past `dwTotalSize`
///   is written.
///
/// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALPOINTER`,
/// `LINEERR_INVALCALLHANDLE` (never issued, not a call handle, deallocated, or its line
/// closed), `LINEERR_STRUCTURETOOSMALL`.
///
/// # Safety
/// Each pointer argument is NULL or valid for the access documented above (for a
/// structure: `dwTotalSize` bytes); strings are NUL-terminated.
#[no_mangle]
pub unsafe extern "system" fn lineGetCallInfo(hCall: HCALL, lpCallInfo: LPLINECALLINFO) -> LONG {
    // SAFETY: forwarded API contract.
    ffi_boundary!({ unsafe { get_call_info(hCall, lpCallInfo, Strings::Ansi) } })
}

/// As [`lineGetCallInfo`] (single-byte strings).
///
/// # Safety
/// Each pointer argument is NULL or valid for the access documented above (for a
/// structure: `dwTotalSize` bytes); strings are NUL-terminated.
#[no_mangle]
pub unsafe extern "system" fn lineGetCallInfoA(hCall: HCALL, lpCallInfo: LPLINECALLINFO) -> LONG {
    // SAFETY: forwarded API contract.
    ffi_boundary!({ unsafe { get_call_info(hCall, lpCallInfo, Strings::Ansi) } })
}

/// As [`lineGetCallInfo`], with UTF-16 strings.
///
/// # Safety
/// Each pointer argument is NULL or valid for the access documented above (for a
/// structure: `dwTotalSize` bytes); strings are NUL-terminated.
#[no_mangle]
pub unsafe extern "system" fn lineGetCallInfoW(hCall: HCALL, lpCallInfo: LPLINECALLINFO) -> LONG {
    // SAFETY: forwarded API contract.
    ffi_boundary!({ unsafe { get_call_info(hCall, lpCallInfo, Strings::Wide) } })
}

/// Returns the status of a call: state, state detail, this handle's privilege, the
/// features an owner may use now, and (API 2.0 and later) when the state was entered.
///
/// * `lpCallStatus`: `dwTotalSize` at least 36 (API 1.x) or 56 (2.0 and later).
///
/// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALPOINTER`,
/// `LINEERR_INVALCALLHANDLE`, `LINEERR_STRUCTURETOOSMALL`.
///
/// # Safety
/// Each pointer argument is NULL or valid for the access documented above (for a
/// structure: `dwTotalSize` bytes); strings are NUL-terminated.
#[no_mangle]
pub unsafe extern "system" fn lineGetCallStatus(
    hCall: HCALL,
    lpCallStatus: LPLINECALLSTATUS,
) -> LONG {
    ffi_boundary!({
        runtime().check_initialized()?;
        check_ptr(lpCallStatus, 4)?;
        // SAFETY: checked above.
        let total = unsafe { read_in(lpCallStatus.cast::<DWORD>()) }?;
        runtime().with_call(hCall, |v| {
            let fixed = callstatus_fixed_size(v.handle.version);
            if (total as usize) < fixed {
                return Err(LineErr(LINEERR_STRUCTURETOOSMALL));
            }
            let privilege = v.handle.privilege();
            let image = LINECALLSTATUS {
                dwCallState: v.data.state,
                dwCallStateMode: v.data.state_mode,
                dwCallPrivilege: privilege,
                dwCallFeatures: if privilege == LINECALLPRIVILEGE_OWNER {
                    crate::core::owner_features(v.data.state)
                } else {
                    0
                },
                tStateEntryTime: SYSTEMTIME::from_system_time(v.data.state_time),
                ..Default::default()
            };
            let bytes = VarStruct::new(&image, fixed, total).finish();
            // SAFETY: the caller provides dwTotalSize >= fixed bytes.
            unsafe { copy_out(lpCallStatus.cast(), &bytes) };
            Ok(0)
        })?
    })
}

/// Deallocates the application's handle to a call.
///
/// On success the handle is invalid at once; the call's handles in other applications
/// stay valid and their `dwNumOwners`/`dwNumMonitors` drop. A monitor can always
/// deallocate. The sole owner of a call that is not IDLE gets `LINEERR_INVALCALLSTATE`
/// (the handle stays valid) when the line negotiated an API version below 2.0; from 2.0
/// on it succeeds. When the last handle of a call goes, the provider ends the call and
/// everything kept for it is freed. Below 2.0, pending `LINE_REPLY` messages for requests
/// on this call are suppressed; from 2.0 on they are still delivered.
///
/// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE` (invalid, stale or
/// already deallocated), `LINEERR_INVALCALLSTATE`.
#[no_mangle]
pub extern "system" fn lineDeallocateCall(hCall: HCALL) -> LONG {
    ffi_boundary!({
        runtime().deallocate(hCall)?;
        Ok(0)
    })
}

unsafe fn check_user_info(p: *const c_char, size: DWORD) -> Result<()> {
    if size != 0 {
        check_ptr(p, size as usize)?;
    }
    Ok(())
}

/// Answers an offered call (the simulated far end connects at once).
///
/// * `lpsUserUserInfo`, `dwSize`: user-user information; accepted and not sent (the
///   simulated network has none). A non-zero size needs a valid pointer.
///
/// Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
/// `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER` (a monitor handle),
/// `LINEERR_INVALCALLSTATE` (not OFFERING or ACCEPTED), `LINEERR_INVALPOINTER`.
///
/// # Safety
/// Each pointer argument is NULL or valid for the access documented above (for a
/// structure: `dwTotalSize` bytes); strings are NUL-terminated.
#[no_mangle]
pub unsafe extern "system" fn lineAnswer(
    hCall: HCALL,
    lpsUserUserInfo: LPCSTR,
    dwSize: DWORD,
) -> LONG {
    ffi_boundary!({
        runtime().check_initialized()?;
        // SAFETY: only the pointer value is checked.
        unsafe { check_user_info(lpsUserUserInfo, dwSize) }?;
        Ok(runtime().answer(hCall)? as LONG)
    })
}

/// Drops (hangs up) a call; it goes IDLE. The handle stays valid until deallocated.
///
/// Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
/// `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER` (a monitor handle),
/// `LINEERR_INVALCALLSTATE` (already IDLE), `LINEERR_INVALPOINTER`.
///
/// # Safety
/// Each pointer argument is NULL or valid for the access documented above (for a
/// structure: `dwTotalSize` bytes); strings are NUL-terminated.
#[no_mangle]
pub unsafe extern "system" fn lineDrop(
    hCall: HCALL,
    lpsUserUserInfo: LPCSTR,
    dwSize: DWORD,
) -> LONG {
    ffi_boundary!({
        runtime().check_initialized()?;
        // SAFETY: only the pointer value is checked.
        unsafe { check_user_info(lpsUserUserInfo, dwSize) }?;
        Ok(runtime().drop_call(hCall)? as LONG)
    })
}

/// Sets the call's `dwAppSpecific` (shared by every handle to the call; each gets
/// `LINE_CALLINFO` with `LINECALLINFOSTATE_APPSPECIFIC`).
///
/// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`.
#[no_mangle]
pub extern "system" fn lineSetAppSpecific(hCall: HCALL, dwAppSpecific: DWORD) -> LONG {
    ffi_boundary!({
        runtime().set_app_specific(hCall, dwAppSpecific)?;
        Ok(0)
    })
}

/// Makes the handle an owner (`LINECALLPRIVILEGE_OWNER`) or a monitor
/// (`LINECALLPRIVILEGE_MONITOR`) of the call; the call's other handles get `LINE_CALLINFO`
/// with the owner/monitor count change. This is how an application gives up ownership
/// before deallocating; the sole owner of a call that is not IDLE must drop it first.
///
/// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
/// `LINEERR_INVALCALLPRIVILEGE`, `LINEERR_INVALCALLSTATE` (the sole owner of a call that
/// is not IDLE asked for monitor).
#[no_mangle]
pub extern "system" fn lineSetCallPrivilege(hCall: HCALL, dwCallPrivilege: DWORD) -> LONG {
    ffi_boundary!({
        runtime().set_call_privilege(hCall, dwCallPrivilege)?;
        Ok(0)
    })
}
