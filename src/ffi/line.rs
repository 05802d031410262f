//! Line functions: `lineGetDevCaps`, `lineOpen`, `lineClose`, `lineMakeCall`.

use std::ffi::c_void;
use std::mem::offset_of;

use super::ptr::{caller_struct, check_ptr, read_in, write_out};
use super::varstruct::VarOut;
use super::{ffi_fn, Strings};
use crate::core::{HCallSink, Kind, MakeCallParams, OpenParams, Result, STATUS_LINE_STATES};
use crate::runtime;
use tapi32_defs::*;

/// The fixed size of `LINEDEVCAPS` for API `version`.
pub(crate) fn devcaps_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_0003 => offset_of!(LINEDEVCAPS, dwLineFeatures),
        0x0001_0004..=0x0001_FFFF => offset_of!(LINEDEVCAPS, dwSettableDevStatus),
        0x0002_0000..=0x0002_0001 => offset_of!(LINEDEVCAPS, PermanentLineGuid),
        0x0002_0002..=0x0002_FFFF => offset_of!(LINEDEVCAPS, dwAddressTypes),
        _ => size_of::<LINEDEVCAPS>(),
    }
}

/// The fixed size of `LINECALLPARAMS` for API `version`.
pub(crate) fn callparams_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(LINECALLPARAMS, dwPredictiveAutoTransferStates),
        0x0002_0000..=0x0002_FFFF => offset_of!(LINECALLPARAMS, dwAddressType),
        _ => size_of::<LINECALLPARAMS>(),
    }
}

unsafe fn get_dev_caps(
    happ: HLINEAPP,
    device: DWORD,
    version: DWORD,
    ext: DWORD,
    caps: LPLINEDEVCAPS,
    strings: Strings,
) -> Result<LONG> {
    runtime().check_initialized_for(happ, Kind::App)?;
    check_ptr(caps, 4)?;
    let info = runtime().dev_caps(happ, device, version, ext)?;
    // SAFETY: the caller provides dwTotalSize bytes at `caps`.
    let buf = unsafe { caller_struct(caps) }?;
    let fixed = devcaps_fixed_size(version);
    if buf.len() < fixed {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    let guid_tail = (device as u64).to_be_bytes();
    let image = LINEDEVCAPS {
        dwPermanentLineID: info.permanent_id,
        dwStringFormat: strings.format(),
        dwAddressModes: LINEADDRESSMODE_ADDRESSID,
        dwNumAddresses: info.num_addresses,
        dwBearerModes: info.bearer_modes,
        dwMediaModes: info.media_modes,
        dwDevCapFlags: LINEDEVCAPFLAGS_CLOSEDROP,
        dwMaxNumActiveCalls: 0xFFFF,
        dwAnswerMode: LINEANSWERMODE_NONE,
        dwRingModes: 1,
        dwLineStates: STATUS_LINE_STATES,
        dwLineFeatures: LINEFEATURE_MAKECALL,
        PermanentLineGuid: GUID {
            Data1: 0x7461_7069,
            Data2: 0x3332,
            Data3: 0x0001,
            Data4: guid_tail,
        },
        dwAddressTypes: LINEADDRESSTYPE_PHONENUMBER,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, fixed);
    v.text(
        offset_of!(LINEDEVCAPS, dwProviderInfoSize),
        Some(&info.provider_info),
        strings,
    );
    v.text(
        offset_of!(LINEDEVCAPS, dwSwitchInfoSize),
        Some(&info.switch_info),
        strings,
    );
    v.text(
        offset_of!(LINEDEVCAPS, dwLineNameSize),
        Some(&info.name),
        strings,
    );
    // A multi-string: "tapi/line\0\0".
    let mut classes = strings.encode("tapi/line");
    classes.extend(strings.encode(""));
    v.bytes(offset_of!(LINEDEVCAPS, dwDeviceClassesSize), &classes);
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// Returns the capabilities of a line device, with single-byte strings (the TAPI 1.x name).
    ///
    /// * `dwAPIVersion`: the version negotiated for the device; it sets the fixed size of
    ///   the structure (see `lpLineDevCaps`).
    /// * `dwExtVersion`: must be 0 (no extensions).
    /// * `lpLineDevCaps`: `dwTotalSize` set by the caller to the bytes available, at least
    ///   the fixed size of that version. The library writes at most `dwTotalSize` bytes and
    ///   sets `dwNeededSize` and `dwUsedSize`; strings follow the fixed part.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`, `LINEERR_BADDEVICEID`,
    /// `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INCOMPATIBLEEXTVERSION`,
    /// `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.

    unsafe fn [ansi lineGetDevCaps, ansi lineGetDevCapsA, wide lineGetDevCapsW](
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        dwExtVersion: DWORD,
        lpLineDevCaps: LPLINEDEVCAPS,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe {
            get_dev_caps(
                hLineApp,
                dwDeviceID,
                dwAPIVersion,
                dwExtVersion,
                lpLineDevCaps,
                strings,
            )
        }
    }
}

ffi_fn! {
    /// Opens a line device.
    ///
    /// * `dwDeviceID`: the device, or `LINEMAPPER` (the first device).
    /// * `lphLine`: receives the `HLINE`.
    /// * `dwAPIVersion`: a version from `lineNegotiateAPIVersion`; it governs the line's
    ///   structure sizes and TAPI 1.x/2.x rules (see `lineDeallocateCall`).
    /// * `dwExtVersion`: must be 0.
    /// * `dwCallbackInstance`: returned in every message about this line and its calls.
    /// * `dwPrivileges`: `LINECALLPRIVILEGE_NONE` (outgoing calls only), `_MONITOR`,
    ///   `_OWNER`, or `_OWNER | _MONITOR`. `LINEOPENOPTION_*` flags are not supported.
    /// * `dwMediaModes`: with owner privilege, the media modes of incoming calls the
    ///   application will own (non-zero, `LINEMEDIAMODE_*` the device supports).
    /// * `lpCallParams`: ignored (used by Windows only with `LINEOPENOPTION_SINGLEADDRESS`).
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`, `LINEERR_BADDEVICEID`,
    /// `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INCOMPATIBLEEXTVERSION`,
    /// `LINEERR_INVALPRIVSELECT`, `LINEERR_INVALMEDIAMODE`, `LINEERR_INVALPOINTER`,
    /// `LINEERR_NOMEM`.

    unsafe fn [ansi lineOpen, ansi lineOpenA, wide lineOpenW](
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        lphLine: LPHLINE,
        dwAPIVersion: DWORD,
        dwExtVersion: DWORD,
        dwCallbackInstance: DWORD_PTR,
        dwPrivileges: DWORD,
        dwMediaModes: DWORD,
        lpCallParams: LPLINECALLPARAMS,
    ) -> LONG |strings| {
        let _ = (lpCallParams, strings);
        runtime().check_initialized_for(hLineApp, Kind::App)?;
        check_ptr(lphLine, 4)?;
        let p = OpenParams {
            device: dwDeviceID,
            version: dwAPIVersion,
            ext: dwExtVersion,
            instance: dwCallbackInstance,
            privileges: dwPrivileges,
            media_modes: dwMediaModes,
        };
        let h = runtime().open(hLineApp, p)?;
        // SAFETY: checked above.
        unsafe { write_out(lphLine, h) }?;
        Ok(0)
    }
}

ffi_fn! {
    /// Closes an open line. Every call handle the application holds on it becomes invalid
    /// before this returns (a `lineGetCallInfo` that starts afterwards, on any thread, gets
    /// `LINEERR_INVALCALLHANDLE`); calls it was the sole owner of are dropped (other
    /// applications' monitors see them go IDLE); its outstanding requests get no
    /// `LINE_REPLY`, and queued messages about the line or its calls are discarded.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE` (unknown or closed).
    fn lineClose(hLine: HLINE) -> LONG {
        runtime().close(hLine)?;
        Ok(0)
    }
}

/// Reads a variable string field of the caller's LINECALLPARAMS.
unsafe fn param_string(
    base: *const u8,
    total: usize,
    size_at: usize,
    strings: Strings,
) -> Result<Option<String>> {
    // SAFETY: size_at + 8 <= total, checked by the caller's fixed-size check.
    let (size, offset) = unsafe {
        (
            read_in(base.add(size_at).cast::<DWORD>())? as usize,
            read_in(base.add(size_at + 4).cast::<DWORD>())? as usize,
        )
    };
    if size == 0 {
        return Ok(None);
    }
    if offset.checked_add(size).is_none_or(|end| end > total) {
        return Err(LineError::INVALCALLPARAMS);
    }
    // SAFETY: the field lies within the caller's dwTotalSize bytes.
    let bytes = unsafe { std::slice::from_raw_parts(base.add(offset), size) };
    Ok(Some(strings.decode(bytes)))
}

unsafe fn make_call(
    hline: HLINE,
    lph: LPHCALL,
    dest: *const c_void,
    country: DWORD,
    params: LPLINECALLPARAMS,
    strings: Strings,
) -> Result<LONG> {
    runtime().check_initialized_for(hline, Kind::Line)?;
    check_ptr(lph, 4)?;
    runtime().check_line(hline)?;
    // SAFETY: NULL or a NUL-terminated string of this encoding, per the API contract.
    let dest = unsafe { strings.read_borrowed(dest) }?;
    if dest.as_deref() == Some("") {
        return Err(LineError::INVALADDRESS);
    }
    let mut p = MakeCallParams {
        dest,
        country_code: country,
        media_mode: LINEMEDIAMODE_INTERACTIVEVOICE,
        ..Default::default()
    };
    if !params.is_null() {
        check_ptr(params, 4)?;
        // SAFETY: checked above.
        let total = unsafe { read_in(params.cast::<DWORD>()) }? as usize;
        if total < callparams_fixed_size(runtime().line(hline)?.version) {
            return Err(LineError::STRUCTURETOOSMALL);
        }
        check_ptr(params, total)?;
        let cp = params.cast::<u8>();
        // SAFETY: fields of the fixed part, within `total`.
        let (media, mode, address) = unsafe {
            (
                read_in(std::ptr::addr_of!((*params).dwMediaMode))?,
                read_in(std::ptr::addr_of!((*params).dwAddressMode))?,
                read_in(std::ptr::addr_of!((*params).dwAddressID))?,
            )
        };
        // SAFETY: as above.
        unsafe {
            p.bearer_mode = read_in(std::ptr::addr_of!((*params).dwBearerMode))?;
            p.rates = (
                read_in(std::ptr::addr_of!((*params).dwMinRate))?,
                read_in(std::ptr::addr_of!((*params).dwMaxRate))?,
            );
        }
        if media != 0 {
            p.media_mode = media;
        }
        if mode == LINEADDRESSMODE_ADDRESSID {
            p.address = address;
        }
        // SAFETY: `cp` points to `total` readable bytes.
        unsafe {
            p.displayable_address = param_string(
                cp,
                total,
                offset_of!(LINECALLPARAMS, dwDisplayableAddressSize),
                strings,
            )?;
            p.called_party = param_string(
                cp,
                total,
                offset_of!(LINECALLPARAMS, dwCalledPartySize),
                strings,
            )?;
            p.comment = param_string(
                cp,
                total,
                offset_of!(LINECALLPARAMS, dwCommentSize),
                strings,
            )?;
        }
    }
    fn write_hcall(out: usize, h: u32) {
        // SAFETY: checked non-NULL above; TAPI's contract is that *lphCall stays valid
        // until the request's LINE_REPLY, and this runs before that is queued.
        unsafe { (out as *mut DWORD).write_unaligned(h) }
    }
    let sink = HCallSink {
        write: write_hcall,
        to: lph as usize,
    };
    let req = runtime().make_call(hline, sink, p)?;
    Ok(req as LONG)
}

ffi_fn! {
    /// Places a call (single-byte strings; the TAPI 1.x name).
    ///
    /// * `hLine`: the line to call on.
    /// * `lphCall`: receives the `HCALL` when the request completes successfully, before
    ///   `LINE_REPLY` is delivered; it must stay valid until then.
    /// * `lpszDestAddress`: the number to dial, or NULL for a call left at dial tone.
    /// * `dwCountryCode`: reported in `LINECALLINFO.dwCountryCode`.
    /// * `lpCallParams`: NULL, or `LINECALLPARAMS` (`dwTotalSize` at least the fixed size of
    ///   the line's API version): bearer mode (0: voice), rate range, media mode, address
    ///   ID, DisplayableAddress, CalledParty and Comment are used. The call's
    ///   `LINECALLINFO.dwRate` is `dwMaxRate`, capped by the far end's rate when the
    ///   scenario gives the number one (`[[number]] rate`); with `dwMaxRate` 0, the far
    ///   end's rate.
    ///
    /// Returns a positive request ID (completed by `LINE_REPLY`), or `LINEERR_UNINITIALIZED`,
    /// `LINEERR_INVALLINEHANDLE`, `LINEERR_INVALPOINTER`, `LINEERR_INVALADDRESS` (empty),
    /// `LINEERR_INVALADDRESSID`, `LINEERR_INVALMEDIAMODE`, `LINEERR_INVALBEARERMODE`,
    /// `LINEERR_INVALRATE` (`dwMinRate` above `dwMaxRate`), `LINEERR_STRUCTURETOOSMALL`,
    /// `LINEERR_INVALCALLPARAMS`, `LINEERR_NOMEM`.

    unsafe fn [ansi lineMakeCall, ansi lineMakeCallA, wide lineMakeCallW](
        hLine: HLINE,
        lphCall: LPHCALL,
        lpszDestAddress: LPCTSTR,
        dwCountryCode: DWORD,
        lpCallParams: LPLINECALLPARAMS,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe {
            make_call(
                hLine,
                lphCall,
                lpszDestAddress.cast(),
                dwCountryCode,
                lpCallParams,
                strings,
            )
        }
    }
}

ffi_fn! {
    /// The address ID of the address `lpsAddress` (`dwSize` bytes) on the open line
    /// `hLine`, for `dwAddressMode` `LINEADDRESSMODE_DIALABLEADDR` (a simulated line's
    /// one address has the line's own number).
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
    /// `LINEERR_INVALPOINTER`, `LINEERR_INVALADDRESSMODE` (another mode),
    /// `LINEERR_INVALADDRESS` (no such address on the line).
    unsafe fn [ansi lineGetAddressID, ansi lineGetAddressIDA, wide lineGetAddressIDW](
        hLine: HLINE,
        lpdwAddressID: LPDWORD,
        dwAddressMode: DWORD,
        lpsAddress: LPCTSTR,
        dwSize: DWORD,
    ) -> LONG |strings| {
        runtime().check_initialized_for(hLine, Kind::Line)?;
        check_ptr(lpdwAddressID, 4)?;
        let unit = strings.unit();
        check_ptr(lpsAddress, (dwSize as usize).max(unit))?;
        runtime().line(hLine)?;
        if dwAddressMode != LINEADDRESSMODE_DIALABLEADDR {
            return Err(LineError::INVALADDRESSMODE);
        }
        // SAFETY: the caller provides dwSize bytes at lpsAddress.
        let bytes =
            unsafe { std::slice::from_raw_parts(lpsAddress.cast::<u8>(), dwSize as usize) };
        let id = runtime().address_id(hLine, &strings.decode(bytes))?;
        // SAFETY: checked above.
        unsafe { write_out(lpdwAddressID, id) }?;
        Ok(0)
    }
}

ffi_fn! {
    /// Chooses the line and address changes of `hLine`'s device the application hears of
    /// through `LINE_LINEDEVSTATE` and `LINE_ADDRESSSTATE` (none by default). The simulated
    /// lines report `LINEDEVSTATE_RINGING` (an incoming call; dwParam3 the ring count),
    /// `LINEDEVSTATE_OPEN` and `LINEDEVSTATE_CLOSE` (another application opened or closed
    /// the device) and `LINEDEVSTATE_REINIT`, as `LINEDEVCAPS.dwLineStates` says; and, as
    /// `LINEADDRESSCAPS.dwAddressStates` says, `LINEADDRESSSTATE_INUSEONE` and
    /// `_INUSEZERO` (a call on the address leaves IDLE, the last one goes IDLE) and
    /// `_NUMCALLS` (its count of active, held or pending calls changes), in
    /// `LINE_ADDRESSSTATE` (dwParam1 the address ID, dwParam2 the changes the application
    /// asked for); `_OTHER` is accepted and never sent.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
    /// `LINEERR_INVALLINESTATE` (a change the line does not report),
    /// `LINEERR_INVALADDRESSSTATE` (an address change it does not report).
    fn lineSetStatusMessages(hLine: HLINE, dwLineStates: DWORD, dwAddressStates: DWORD) -> LONG {
        runtime().set_status_messages(hLine, dwLineStates, dwAddressStates)?;
        Ok(0)
    }
}

ffi_fn! {
    /// The changes `lineSetStatusMessages` chose for `hLine`.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
    /// `LINEERR_INVALPOINTER`.
    unsafe fn lineGetStatusMessages(
        hLine: HLINE,
        lpdwLineStates: LPDWORD,
        lpdwAddressStates: LPDWORD,
    ) -> LONG {
        runtime().check_initialized_for(hLine, Kind::Line)?;
        check_ptr(lpdwLineStates, 4)?;
        check_ptr(lpdwAddressStates, 4)?;
        let (line, address) = runtime().status_messages(hLine)?;
        // SAFETY: both pointers were checked above.
        unsafe {
            write_out(lpdwLineStates, line)?;
            write_out(lpdwAddressStates, address)?;
        }
        Ok(0)
    }
}

ffi_fn! {
    /// Gives the application monitor handles to the calls on `hLine`'s device
    /// (`LINECALLSELECT_LINE`) or on address `dwAddressID` (`LINECALLSELECT_ADDRESS`) that
    /// it holds no handle to (a monitor that opened after the call came), in
    /// `lpCallList` (`LINECALLLIST`: `dwCallsNumEntries` HCALLs at `dwCallsOffset`). When
    /// they do not all fit, none is made and `dwNeededSize` says how much room they need.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
    /// `LINEERR_INVALADDRESSID`, `LINEERR_INVALCALLSELECT`, `LINEERR_INVALPOINTER`,
    /// `LINEERR_STRUCTURETOOSMALL`.
    unsafe fn lineGetNewCalls(
        hLine: HLINE,
        dwAddressID: DWORD,
        dwSelect: DWORD,
        lpCallList: LPLINECALLLIST,
    ) -> LONG {
        runtime().line(hLine)?;
        let address = match dwSelect {
            LINECALLSELECT_LINE => None,
            LINECALLSELECT_ADDRESS => Some(dwAddressID),
            _ => return Err(LineError::INVALCALLSELECT),
        };
        // SAFETY: the caller provides dwTotalSize bytes at `lpCallList`.
        let buf = unsafe { caller_struct(lpCallList) }?;
        let fixed = size_of::<LINECALLLIST>();
        if buf.len() < fixed {
            return Err(LineError::STRUCTURETOOSMALL);
        }
        let room = (buf.len() - fixed) / 4;
        let (handles, found) = runtime().new_calls(hLine, address, room)?;
        let image = LINECALLLIST {
            dwCallsNumEntries: handles.len() as DWORD,
            ..Default::default()
        };
        let mut v = VarOut::new(buf, &image, fixed);
        if found > room {
            // Counted, not written: the caller learns the size it needs.
            v.bytes(offset_of!(LINECALLLIST, dwCallsSize), &vec![0u8; found * 4]);
        } else {
            let bytes: Vec<u8> = handles.iter().flat_map(|h| h.to_ne_bytes()).collect();
            v.bytes(offset_of!(LINECALLLIST, dwCallsSize), &bytes);
        }
        v.finish();
        Ok(0)
    }
}
