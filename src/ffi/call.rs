//! Call functions: `lineGetCallInfo`, `lineGetCallStatus`, `lineDeallocateCall`,
//! `lineAnswer`, `lineDrop`, `lineSetAppSpecific`, `lineSetCallPrivilege`.

use std::ffi::{c_char, c_void};
use std::mem::{offset_of, MaybeUninit};

use super::ptr::{caller_struct, check_ptr};
use super::time::system_time;
use super::varstruct::{put, VarOut};
use super::{ffi_fn, Strings};
use crate::core::{owner_features, CallOp, CallView, Kind, PartyRef, Result, TextId, RECORD_BYTES};
use crate::runtime;
use tapi32_defs::*;

/// The fixed size of `LINECALLINFO` for API `version`: 296 (1.x), 324 (2.x), 344 (3.x).
pub(crate) fn callinfo_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(LINECALLINFO, dwCallTreatment),
        0x0002_0000..=0x0002_FFFF => offset_of!(LINECALLINFO, dwCallerIDAddressType),
        _ => size_of::<LINECALLINFO>(),
    }
}

/// The fixed size of `LINECALLSTATUS` for API `version`: 36 (1.x), 56 (2.0 and later).
pub(crate) fn callstatus_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(LINECALLSTATUS, dwCallFeatures2),
        _ => size_of::<LINECALLSTATUS>(),
    }
}

/// Every state a simulated call can be in (`LINECALLINFO.dwCallStates`).
const CALL_STATES: DWORD = LINECALLSTATE_ONHOLD
    | LINECALLSTATE_IDLE
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

/// Writes the `LINECALLINFO` of the call `v` sees into `buf`, the caller's structure.
fn write_call_info(v: &CallView<'_>, buf: &mut [MaybeUninit<u8>], strings: Strings) -> Result<()> {
    let fixed = callinfo_fixed_size(v.handle.version);
    if buf.len() < fixed {
        return Err(LineError::STRUCTURETOOSMALL);
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
        dwCallParamFlags: d.param_flags,
        dwRate: d.rate,
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
    let mut s = VarOut::new(buf, &image, fixed);
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
    let mut buf = vec![MaybeUninit::new(0u8); bound];
    write_call_info(v, &mut buf, strings).expect("the bound covers the fixed part");
    // SAFETY: every byte was initialized above (zeroed, then written).
    let mut buf: Vec<u8> = buf
        .into_iter()
        .map(|b| unsafe { b.assume_init() })
        .collect();
    let used = u32::from_ne_bytes(buf[8..12].try_into().unwrap()) as usize;
    let needed = u32::from_ne_bytes(buf[4..8].try_into().unwrap()) as usize;
    debug_assert_eq!(used, needed, "the bound covers every field");
    buf.truncate(used);
    buf.into_boxed_slice()
}

/// `lineGetCallInfo(A/W)`.
///
/// # Safety
/// `info` is NULL, obviously invalid or valid for its `dwTotalSize` bytes.
unsafe fn get_call_info(hcall: HCALL, info: LPLINECALLINFO, strings: Strings) -> Result<LONG> {
    runtime().check_initialized_for(hcall, Kind::Call)?;
    // SAFETY: forwarded contract.
    let buf = unsafe { caller_struct(info) }?;
    let total = (buf.len() as DWORD).to_ne_bytes();
    // The hot path: the whole structure as this handle shows it, kept inline by the
    // handle table and emptied by any change, copied in one go.
    if runtime()
        .read_call_record(hcall, strings as usize, buf)
        .is_some()
    {
        put(buf, &total);
        return Ok(0);
    }
    runtime().with_call(hcall, |v| {
        if buf.len() < callinfo_fixed_size(v.handle.version) {
            return Err(LineError::STRUCTURETOOSMALL);
        }
        let kept = v.kept(strings as usize);
        let fresh;
        let image: &[u8] = match kept.get() {
            Some(image) => image,
            None => {
                let image = render_call_info(v, strings);
                if image.len() > RECORD_BYTES {
                    // Too long for a record: kept with the handle object instead.
                    kept.get_or_init(|| image)
                } else {
                    // For the next read (not kept when another thread is filling it).
                    runtime().keep_call_record(v, strings as usize, &image);
                    fresh = image;
                    &fresh
                }
            }
        };
        if buf.len() >= image.len() {
            put(buf, image);
            put(buf, &total);
        } else {
            write_call_info(v, buf, strings)?;
        }
        Ok(0)
    })?
}

/// The fast path of `lineGetCallInfo(A/W)` (see [`super::boundary_fast`]): the call's
/// record copied into the caller's buffer, `Some(0)`; `None` for anything else (not
/// initialized, an unusable pointer, no record, a buffer too small for it), which
/// [`get_call_info`] then answers. Loads only, and nothing in it can panic.
///
/// The record's place is computed from the handle once; its first line is usually the
/// one cache miss, so its loading starts before the application and buffer checks. What
/// it holds is only trusted once the record's read finds the handle itself
/// as its key under an unchanged counter; a handle that names no record's place, or
/// whose record holds another key (never filled, stale, another kind), goes to the
/// general path, which tells why. So does a record being written meanwhile: one try
/// here, the others there.
///
/// # Safety
/// As `lineGetCallInfo`.
#[inline(always)]
unsafe fn get_call_info_fast(hcall: HCALL, info: LPLINECALLINFO, strings: Strings) -> Option<LONG> {
    let core = runtime();
    let record = core.call_record(hcall, strings as usize)?;
    record.prefetch();
    core.check_initialized().ok()?;
    // SAFETY: forwarded contract.
    let buf = unsafe { caller_struct(info) }.ok()?;
    let total = (buf.len() as DWORD).to_ne_bytes();
    record.read_once(hcall, buf)?;
    put(buf.get_mut(..total.len())?, &total);
    Some(0)
}

ffi_fn! {
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
    unsafe fn [ansi lineGetCallInfo, ansi lineGetCallInfoA, wide lineGetCallInfoW](
        hCall: HCALL,
        lpCallInfo: LPLINECALLINFO,
    ) -> LONG |strings| fast {
        // SAFETY: forwarded API contract.
        unsafe { get_call_info_fast(hCall, lpCallInfo, strings) }
    } {
        // SAFETY: forwarded API contract.
        unsafe { get_call_info(hCall, lpCallInfo, strings) }
    }
}

ffi_fn! {
    /// Returns the status of a call: state, state detail, this handle's privilege, the
    /// features an owner may use now, and (API 2.0 and later) when the state was entered.
    ///
    /// * `lpCallStatus`: `dwTotalSize` at least 36 (API 1.x) or 56 (2.0 and later).
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALPOINTER`,
    /// `LINEERR_INVALCALLHANDLE`, `LINEERR_STRUCTURETOOSMALL`.
    unsafe fn lineGetCallStatus(
        hCall: HCALL,
        lpCallStatus: LPLINECALLSTATUS,
    ) -> LONG {
        runtime().check_initialized_for(hCall, Kind::Call)?;
        // SAFETY: the caller provides dwTotalSize bytes at `lpCallStatus`.
        let buf = unsafe { caller_struct(lpCallStatus) }?;
        runtime().with_call(hCall, |v| {
            let fixed = callstatus_fixed_size(v.handle.version);
            if buf.len() < fixed {
                return Err(LineError::STRUCTURETOOSMALL);
            }
            let privilege = v.handle.privilege;
            // One consistent reading: state, mode and time of the latest change.
            let now = v.data.live.read();
            let image = LINECALLSTATUS {
                dwCallState: now.state,
                dwCallStateMode: now.mode,
                dwCallPrivilege: privilege,
                dwCallFeatures: if privilege == LINECALLPRIVILEGE_OWNER {
                    owner_features(now.state)
                } else {
                    0
                },
                tStateEntryTime: system_time(now.since),
                ..Default::default()
            };
            VarOut::new(buf, &image, fixed).finish();
            Ok(0)
        })?
    }
}

ffi_fn! {
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
    fn lineDeallocateCall(hCall: HCALL) -> LONG {
        runtime().deallocate(hCall)?;
        Ok(0)
    }
}

unsafe fn check_user_info(p: *const c_char, size: DWORD) -> Result<()> {
    if size != 0 {
        check_ptr(p, size as usize)?;
    }
    Ok(())
}

ffi_fn! {
    /// Answers an offered call (the simulated far end connects at once).
    ///
    /// * `lpsUserUserInfo`, `dwSize`: user-user information; accepted and not sent (the
    ///   simulated network has none). A non-zero size needs a valid pointer.
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
    /// `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER` (a monitor handle),
    /// `LINEERR_INVALCALLSTATE` (not OFFERING or ACCEPTED), `LINEERR_INVALPOINTER`.
    unsafe fn lineAnswer(
        hCall: HCALL,
        lpsUserUserInfo: LPCSTR,
        dwSize: DWORD,
    ) -> LONG {
        runtime().check_initialized_for(hCall, Kind::Call)?;
        // SAFETY: only the pointer value is checked.
        unsafe { check_user_info(lpsUserUserInfo, dwSize) }?;
        Ok(runtime().answer(hCall)? as LONG)
    }
}

ffi_fn! {
    /// Drops (hangs up) a call; it goes IDLE. The handle stays valid until deallocated.
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
    /// `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER` (a monitor handle),
    /// `LINEERR_INVALCALLSTATE` (already IDLE), `LINEERR_INVALPOINTER`.
    unsafe fn lineDrop(
        hCall: HCALL,
        lpsUserUserInfo: LPCSTR,
        dwSize: DWORD,
    ) -> LONG {
        runtime().check_initialized_for(hCall, Kind::Call)?;
        // SAFETY: only the pointer value is checked.
        unsafe { check_user_info(lpsUserUserInfo, dwSize) }?;
        Ok(runtime().drop_call(hCall)? as LONG)
    }
}

ffi_fn! {
    /// Sets the call's `dwAppSpecific` (shared by every handle to the call; each gets
    /// `LINE_CALLINFO` with `LINECALLINFOSTATE_APPSPECIFIC`).
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`.
    fn lineSetAppSpecific(hCall: HCALL, dwAppSpecific: DWORD) -> LONG {
        runtime().set_app_specific(hCall, dwAppSpecific)?;
        Ok(0)
    }
}

ffi_fn! {
    /// Makes the handle an owner (`LINECALLPRIVILEGE_OWNER`) or a monitor
    /// (`LINECALLPRIVILEGE_MONITOR`) of the call; the call's other handles get `LINE_CALLINFO`
    /// with the owner/monitor count change. This is how an application gives up ownership
    /// before deallocating; the sole owner of a call that is not IDLE must drop it first.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
    /// `LINEERR_INVALCALLPRIVILEGE`, `LINEERR_INVALCALLSTATE` (the sole owner of a call that
    /// is not IDLE asked for monitor).
    fn lineSetCallPrivilege(hCall: HCALL, dwCallPrivilege: DWORD) -> LONG {
        runtime().set_call_privilege(hCall, dwCallPrivilege)?;
        Ok(0)
    }
}

/// States in which a call is active (not IDLE or DISCONNECTED).
const ACTIVE: DWORD = LINECALLSTATE_OFFERING
    | LINECALLSTATE_ACCEPTED
    | LINECALLSTATE_DIALTONE
    | LINECALLSTATE_DIALING
    | LINECALLSTATE_RINGBACK
    | LINECALLSTATE_BUSY
    | LINECALLSTATE_CONNECTED
    | LINECALLSTATE_PROCEEDING
    | LINECALLSTATE_ONHOLD;

/// A call-control request that takes a destination address (`lineDial`,
/// `lineRedirect`, `lineBlindTransfer`): the handle is checked first, then the address
/// (required, not empty), then the request goes to the core, valid in `states`.
///
/// # Safety
/// `dest` is NULL or a NUL-terminated string of `strings`' encoding.
unsafe fn call_to(
    hcall: HCALL,
    dest: *const c_void,
    strings: Strings,
    states: DWORD,
    op: fn(String) -> CallOp,
) -> Result<LONG> {
    runtime().with_call(hcall, |_| ())?;
    // SAFETY: forwarded contract.
    let dest = unsafe { destination(dest, strings) }?;
    Ok(runtime().call_control(hcall, states, op(dest))? as LONG)
}

/// Reads the destination address of a call-control function: required and not empty.
///
/// # Safety
/// `dest` is NULL or a NUL-terminated string of `strings`' encoding.
unsafe fn destination(dest: *const c_void, strings: Strings) -> Result<String> {
    check_ptr(dest, 1)?;
    // SAFETY: forwarded contract.
    match unsafe { strings.read(dest) }? {
        Some(d) if !d.is_empty() => Ok(d),
        _ => Err(LineError::INVALADDRESS),
    }
}

ffi_fn! {
    /// Dials `lpszDestAddress` on a call waiting at dial tone (made by `lineMakeCall` with
    /// a NULL address) or still dialing: the call goes DIALING, PROCEEDING and on as for
    /// `lineMakeCall`; `LINECALLINFO`'s called ID becomes the address.
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or
    /// `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
    /// `LINEERR_INVALCALLSTATE` (not DIALTONE or DIALING), `LINEERR_INVALPOINTER`,
    /// `LINEERR_INVALADDRESS` (empty).
    unsafe fn [ansi lineDial, ansi lineDialA, wide lineDialW](
        hCall: HCALL,
        lpszDestAddress: LPCTSTR,
        dwCountryCode: DWORD,
    ) -> LONG |strings| {
        let _ = dwCountryCode;
        let states = LINECALLSTATE_DIALTONE | LINECALLSTATE_DIALING;
        // SAFETY: forwarded API contract.
        unsafe { call_to(hCall, lpszDestAddress.cast(), strings, states, CallOp::Dial) }
    }
}

ffi_fn! {
    /// Puts a connected call on hold (ONHOLD).
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or
    /// `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
    /// `LINEERR_INVALCALLSTATE` (not CONNECTED).
    fn lineHold(hCall: HCALL) -> LONG {
        Ok(runtime().call_control(hCall, LINECALLSTATE_CONNECTED, CallOp::Hold)? as LONG)
    }
}

ffi_fn! {
    /// Takes a held call off hold (CONNECTED).
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or
    /// `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
    /// `LINEERR_INVALCALLSTATE` (not ONHOLD).
    fn lineUnhold(hCall: HCALL) -> LONG {
        Ok(runtime().call_control(hCall, LINECALLSTATE_ONHOLD, CallOp::Unhold)? as LONG)
    }
}

ffi_fn! {
    /// Secures an active call against interruption: `LINECALLINFO.dwCallParamFlags` gains
    /// `LINECALLPARAMFLAGS_SECURE` and every handle gets `LINE_CALLINFO`.
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or
    /// `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
    /// `LINEERR_INVALCALLSTATE` (IDLE or DISCONNECTED).
    fn lineSecureCall(hCall: HCALL) -> LONG {
        Ok(runtime().call_control(hCall, ACTIVE, CallOp::Secure)? as LONG)
    }
}

ffi_fn! {
    /// Redirects an offered call to `lpszDestAddress` without answering it: the call
    /// leaves the line and goes IDLE here.
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or
    /// `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
    /// `LINEERR_INVALCALLSTATE` (not OFFERING or ACCEPTED), `LINEERR_INVALPOINTER`,
    /// `LINEERR_INVALADDRESS`.
    unsafe fn [ansi lineRedirect, ansi lineRedirectA, wide lineRedirectW](
        hCall: HCALL,
        lpszDestAddress: LPCTSTR,
        dwCountryCode: DWORD,
    ) -> LONG |strings| {
        let _ = dwCountryCode;
        let states = LINECALLSTATE_OFFERING | LINECALLSTATE_ACCEPTED;
        // SAFETY: forwarded API contract.
        unsafe { call_to(hCall, lpszDestAddress.cast(), strings, states, CallOp::Redirect) }
    }
}

ffi_fn! {
    /// Transfers a connected or held call to `lpszDestAddress` without consultation:
    /// the call leaves the line and goes IDLE here.
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or
    /// `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
    /// `LINEERR_INVALCALLSTATE` (not CONNECTED or ONHOLD), `LINEERR_INVALPOINTER`,
    /// `LINEERR_INVALADDRESS`.
    unsafe fn [ansi lineBlindTransfer, ansi lineBlindTransferA, wide lineBlindTransferW](
        hCall: HCALL,
        lpszDestAddress: LPCTSTR,
        dwCountryCode: DWORD,
    ) -> LONG |strings| {
        let _ = dwCountryCode;
        let states = LINECALLSTATE_CONNECTED | LINECALLSTATE_ONHOLD;
        // SAFETY: forwarded API contract.
        unsafe { call_to(hCall, lpszDestAddress.cast(), strings, states, CallOp::BlindTransfer) }
    }
}

ffi_fn! {
    /// Sets the media mode of a call (owners only): one `LINEMEDIAMODE_*` the line
    /// supports, or several with `LINEMEDIAMODE_UNKNOWN` while the mode is not settled.
    /// Every handle of the call gets `LINE_CALLINFO` with `LINECALLINFOSTATE_MEDIAMODE`
    /// when it changes. Synchronous.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
    /// `LINEERR_NOTOWNER`, `LINEERR_INVALCALLSTATE` (IDLE), `LINEERR_INVALMEDIAMODE`.
    fn lineSetMediaMode(hCall: HCALL, dwMediaModes: DWORD) -> LONG {
        runtime().set_media_mode(hCall, dwMediaModes)?;
        Ok(0)
    }
}

ffi_fn! {
    /// Gives ownership of the call to another application that has the call's line
    /// device open with owner privilege: by its program's file name `lpszFileName`
    /// (without a path; handing off to one's own file name succeeds), or, with a NULL
    /// name, the first such application, in `lineOpen` order, whose media modes include
    /// `dwMediaMode` (one `LINEMEDIAMODE_*`). The target's handle becomes an owner (a
    /// new handle is announced with `LINE_APPNEWCALL` from API 2.0 on) and gets
    /// `LINE_CALLSTATE` with dwParam3 `LINECALLPRIVILEGE_OWNER`; the caller stays an
    /// owner until it deallocates or becomes a monitor. Synchronous.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
    /// `LINEERR_NOTOWNER`, `LINEERR_INVALPOINTER`, `LINEERR_INVALMEDIAMODE`,
    /// `LINEERR_TARGETNOTFOUND`, `LINEERR_TARGETSELF` (the caller is that first
    /// application).
    unsafe fn [ansi lineHandoff, ansi lineHandoffA, wide lineHandoffW](
        hCall: HCALL,
        lpszFileName: LPCTSTR,
        dwMediaMode: DWORD,
    ) -> LONG |strings| {
        runtime().with_call(hCall, |_| ())?;
        // SAFETY: NULL or a NUL-terminated string of this encoding, per the API contract.
        let file = unsafe { strings.read(lpszFileName.cast()) }?;
        runtime().handoff(hCall, file.as_deref(), dwMediaMode)?;
        Ok(0)
    }
}

/// Whether `digits` are valid digits of `mode` (`LINEDIGITMODE_PULSE` or `_DTMF`); a comma
/// is a pause in either.
fn valid_digits(digits: &str, mode: DWORD) -> bool {
    digits.chars().all(|c| {
        c == ','
            || c.is_ascii_digit()
            || (mode == LINEDIGITMODE_DTMF && matches!(c, 'A'..='D' | 'a'..='d' | '*' | '#'))
    })
}

ffi_fn! {
    /// Sends `lpszDigits` on a connected (or dialing, held ...) call as `dwDigitMode`
    /// (`LINEDIGITMODE_PULSE`: `0-9`; `LINEDIGITMODE_DTMF`: `0-9`, `A-D`, `*`, `#`; a comma
    /// is a pause). Owners only. The simulated network takes them at once: the
    /// application gets `LINE_GENERATE` with `LINEGENERATETERM_DONE` (dwParam3 the tick
    /// count). NULL digits cancel a generation in progress (there never is one here).
    /// `dwDuration` is accepted and not used.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
    /// `LINEERR_NOTOWNER`, `LINEERR_INVALCALLSTATE`, `LINEERR_INVALDIGITMODE`,
    /// `LINEERR_INVALDIGITS`.
    unsafe fn [ansi lineGenerateDigits, ansi lineGenerateDigitsA, wide lineGenerateDigitsW](
        hCall: HCALL,
        dwDigitMode: DWORD,
        lpszDigits: LPCTSTR,
        dwDuration: DWORD,
    ) -> LONG |strings| {
        let _ = dwDuration;
        runtime().with_call(hCall, |_| ())?;
        if dwDigitMode != LINEDIGITMODE_PULSE && dwDigitMode != LINEDIGITMODE_DTMF {
            return Err(LineError::INVALDIGITMODE);
        }
        // SAFETY: NULL or a NUL-terminated string of this encoding, per the API contract.
        let digits = unsafe { strings.read(lpszDigits.cast()) }?;
        if digits.as_deref().is_some_and(|d| d.is_empty() || !valid_digits(d, dwDigitMode)) {
            return Err(LineError::INVALDIGITS);
        }
        runtime().generate_digits(hCall, digits.as_deref(), crate::core::tick_count())?;
        Ok(0)
    }
}

ffi_fn! {
    /// Chooses the digits the application hears of on this call: `LINE_MONITORDIGITS`
    /// (dwParam1 the digit, dwParam2 its mode, dwParam3 the tick count) for each digit
    /// the far end sends in one of `dwDigitModes` (`LINEDIGITMODE_PULSE`, `_DTMF`,
    /// `_DTMFEND`); 0 stops. Owners and monitors alike.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`,
    /// `LINEERR_INVALCALLSTATE` (IDLE), `LINEERR_INVALDIGITMODE`.
    fn lineMonitorDigits(hCall: HCALL, dwDigitModes: DWORD) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        let all = LINEDIGITMODE_PULSE | LINEDIGITMODE_DTMF | LINEDIGITMODE_DTMFEND;
        if dwDigitModes & !all != 0 {
            return Err(LineError::INVALDIGITMODE);
        }
        runtime().monitor_digits(hCall, dwDigitModes)?;
        Ok(0)
    }
}

ffi_fn! {
    /// Changes the bearer mode and data rate of a call (owners only): `dwBearerMode` one
    /// `LINEBEARERMODE_*` the line offers, the rate within `dwMinRate..=dwMaxRate` (the
    /// simulated network grants `dwMaxRate`; `LINECALLINFO.dwRate`). `lpDialParams` is
    /// NULL or a `LINEDIALPARAMS` (accepted, not used). Every handle gets `LINE_CALLINFO`
    /// with `LINECALLINFOSTATE_BEARERMODE` / `_RATE` for what changed.
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or
    /// `LINEERR_UNINITIALIZED`, `LINEERR_INVALCALLHANDLE`, `LINEERR_NOTOWNER`,
    /// `LINEERR_INVALCALLSTATE` (IDLE), `LINEERR_INVALBEARERMODE`, `LINEERR_INVALRATE`,
    /// `LINEERR_INVALPOINTER`.
    unsafe fn lineSetCallParams(
        hCall: HCALL,
        dwBearerMode: DWORD,
        dwMinRate: DWORD,
        dwMaxRate: DWORD,
        lpDialParams: LPLINEDIALPARAMS,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        if !lpDialParams.is_null() {
            check_ptr(lpDialParams, size_of::<LINEDIALPARAMS>())?;
        }
        Ok(runtime().set_call_params(hCall, dwBearerMode, dwMinRate, dwMaxRate)? as LONG)
    }
}
