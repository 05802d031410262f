//! Call functions: `lineGetCallInfo`, `lineGetCallStatus`, `lineDeallocateCall`,
//! `lineAnswer`, `lineDrop`, `lineSetAppSpecific`, `lineSetCallPrivilege`.

use std::ffi::c_char;
use std::mem::offset_of;

use super::constants::*;
use super::types::*;
use super::varstruct::VarOut;
use super::win32::*;
use super::{check_ptr, ffi_boundary, read_in, Strings};
use crate::core::Kind;
use crate::core::{CallView, LineErr, PartyRef, Result, TextId};
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

fn party_flags(p: &PartyRef<'_>) -> DWORD {
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

fn address_type(p: &PartyRef<'_>) -> DWORD {
    if p.number.is_some() {
        LINEADDRESSTYPE_PHONENUMBER
    } else {
        0
    }
}

/// Writes the `LINECALLINFO` of the call `v` sees into the caller's structure.
///
/// # Safety
/// `info` must be valid for writes of `total` bytes.
unsafe fn write_call_info(
    v: &CallView<'_>,
    info: *mut u8,
    total: u32,
    strings: Strings,
) -> Result<()> {
    let fixed = callinfo_fixed_size(v.handle.version);
    if (total as usize) < fixed {
        return Err(LineErr(LINEERR_STRUCTURETOOSMALL));
    }
    let d = v.data;
    let (caller, called, connected) = (d.caller(), d.called(), d.connected());
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
        dwCallerIDFlags: party_flags(&caller),
        dwCalledIDFlags: party_flags(&called),
        dwConnectedIDFlags: party_flags(&connected),
        dwRedirectionIDFlags: LINECALLPARTYID_UNKNOWN,
        dwRedirectingIDFlags: LINECALLPARTYID_UNKNOWN,
        dwCallerIDAddressType: address_type(&caller),
        dwCalledIDAddressType: address_type(&called),
        dwConnectedIDAddressType: address_type(&connected),
        ..Default::default()
    };
    // SAFETY: the caller's buffer holds `total >= fixed` bytes.
    let mut s = unsafe { VarOut::new(info, &image, fixed, total) };
    let fields: [(usize, Option<&str>); 10] = [
        (offset_of!(LINECALLINFO, dwCallerIDSize), caller.number),
        (offset_of!(LINECALLINFO, dwCallerIDNameSize), caller.name),
        (offset_of!(LINECALLINFO, dwCalledIDSize), called.number),
        (offset_of!(LINECALLINFO, dwCalledIDNameSize), called.name),
        (
            offset_of!(LINECALLINFO, dwConnectedIDSize),
            connected.number,
        ),
        (
            offset_of!(LINECALLINFO, dwConnectedIDNameSize),
            connected.name,
        ),
        (
            offset_of!(LINECALLINFO, dwAppNameSize),
            d.texts.get(TextId::AppName),
        ),
        (
            offset_of!(LINECALLINFO, dwDisplayableAddressSize),
            d.texts.get(TextId::DisplayableAddress),
        ),
        (
            offset_of!(LINECALLINFO, dwCalledPartySize),
            d.texts.get(TextId::CalledParty),
        ),
        (
            offset_of!(LINECALLINFO, dwCommentSize),
            d.texts.get(TextId::Comment),
        ),
    ];
    for (at, text) in fields {
        s.text(at, text, strings);
    }
    s.finish();
    Ok(())
}

/// The whole `LINECALLINFO` of the call `v` sees, every field returned.
fn render_call_info(v: &CallView<'_>, strings: Strings) -> Box<[u8]> {
    let d = v.data;
    let texts: usize = [
        TextId::AppName,
        TextId::DisplayableAddress,
        TextId::CalledParty,
    ]
    .into_iter()
    .chain([TextId::Comment, TextId::CallerNumber, TextId::CallerName])
    .chain([TextId::CalledNumber, TextId::CalledName])
    .filter_map(|id| d.texts.get(id))
    .map(str::len)
    .sum();
    // Connected repeats the caller or the called party; UTF-16 needs at most two bytes
    // per UTF-8 byte; each string has a NUL.
    let bound = size_of::<LINECALLINFO>() + 4 * texts + 4 * 10;
    let mut buf = vec![0u8; bound];
    // SAFETY: `buf` holds `bound` bytes, at least the fixed size of every version.
    unsafe { write_call_info(v, buf.as_mut_ptr(), bound as u32, strings) }
        .expect("the bound covers the fixed part");
    let used = u32::from_ne_bytes(buf[8..12].try_into().unwrap()) as usize;
    let needed = u32::from_ne_bytes(buf[4..8].try_into().unwrap()) as usize;
    debug_assert_eq!(used, needed, "the bound covers every field");
    buf.truncate(used);
    buf.into_boxed_slice()
}

unsafe fn get_call_info(hcall: HCALL, info: LPLINECALLINFO, strings: Strings) -> Result<LONG> {
    runtime().check_initialized_for(hcall, Kind::Call)?;
    check_ptr(info, 4)?;
    // SAFETY: checked above.
    let total = unsafe { read_in(info.cast::<DWORD>()) }?;
    runtime().with_call(hcall, |v| {
        if (total as usize) < callinfo_fixed_size(v.handle.version) {
            return Err(LineErr(LINEERR_STRUCTURETOOSMALL));
        }
        // The whole structure is kept per handle object (a change makes a new one), so
        // the common case, a buffer with room for everything, is one copy.
        let image =
            v.handle.rendered.0[strings as usize].get_or_init(|| render_call_info(v, strings));
        if total as usize >= image.len() {
            // SAFETY: the caller provides dwTotalSize >= image.len() bytes at `info`;
            // the image is our own memory.
            unsafe {
                std::ptr::copy_nonoverlapping(image.as_ptr(), info.cast::<u8>(), image.len());
                info.cast::<DWORD>().write_unaligned(total);
            }
        } else {
            // SAFETY: the caller provides dwTotalSize bytes at `info`.
            unsafe { write_call_info(v, info.cast(), total, strings) }?;
        }
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
    ffi_boundary!("lineGetCallInfo", [hCall, lpCallInfo], {
        unsafe { get_call_info(hCall, lpCallInfo, Strings::Ansi) }
    })
}

/// As [`lineGetCallInfo`] (single-byte strings).
///
/// # Safety
/// Each pointer argument is NULL or valid for the access documented above (for a
/// structure: `dwTotalSize` bytes); strings are NUL-terminated.
#[no_mangle]
pub unsafe extern "system" fn lineGetCallInfoA(hCall: HCALL, lpCallInfo: LPLINECALLINFO) -> LONG {
    // SAFETY: forwarded API contract.
    ffi_boundary!("lineGetCallInfoA", [hCall, lpCallInfo], {
        unsafe { get_call_info(hCall, lpCallInfo, Strings::Ansi) }
    })
}

/// As [`lineGetCallInfo`], with UTF-16 strings.
///
/// # Safety
/// Each pointer argument is NULL or valid for the access documented above (for a
/// structure: `dwTotalSize` bytes); strings are NUL-terminated.
#[no_mangle]
pub unsafe extern "system" fn lineGetCallInfoW(hCall: HCALL, lpCallInfo: LPLINECALLINFO) -> LONG {
    // SAFETY: forwarded API contract.
    ffi_boundary!("lineGetCallInfoW", [hCall, lpCallInfo], {
        unsafe { get_call_info(hCall, lpCallInfo, Strings::Wide) }
    })
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
    ffi_boundary!("lineGetCallStatus", [hCall, lpCallStatus], {
        runtime().check_initialized_for(hCall, Kind::Call)?;
        check_ptr(lpCallStatus, 4)?;
        // SAFETY: checked above.
        let total = unsafe { read_in(lpCallStatus.cast::<DWORD>()) }?;
        runtime().with_call(hCall, |v| {
            let fixed = callstatus_fixed_size(v.handle.version);
            if (total as usize) < fixed {
                return Err(LineErr(LINEERR_STRUCTURETOOSMALL));
            }
            let privilege = v.handle.privilege;
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
            // SAFETY: the caller provides dwTotalSize >= fixed bytes.
            unsafe { VarOut::new(lpCallStatus.cast(), &image, fixed, total) }.finish();
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
    ffi_boundary!("lineDeallocateCall", [hCall], {
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
    ffi_boundary!("lineAnswer", [hCall, lpsUserUserInfo, dwSize], {
        runtime().check_initialized_for(hCall, Kind::Call)?;
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
    ffi_boundary!("lineDrop", [hCall, lpsUserUserInfo, dwSize], {
        runtime().check_initialized_for(hCall, Kind::Call)?;
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
    ffi_boundary!("lineSetAppSpecific", [hCall, dwAppSpecific], {
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
    ffi_boundary!("lineSetCallPrivilege", [hCall, dwCallPrivilege], {
        runtime().set_call_privilege(hCall, dwCallPrivilege)?;
        Ok(0)
    })
}
