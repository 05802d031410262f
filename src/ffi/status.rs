//! Address and line status functions: `lineGetAddressCaps`, `lineGetAddressStatus`,
//! `lineGetLineDevStatus`, `lineGetID`.

use std::ffi::c_void;
use std::mem::offset_of;

use super::ptr::{caller_struct, check_ptr};
use super::varstruct::{varstring, Block, VarOut};
use super::{ffi_fn, Strings};
use crate::core::{Kind, Result};
use crate::runtime;
use tapi32_defs::*;

/// The fixed size of `LINEADDRESSCAPS` for API `version` (2.0 added the members from
/// `dwPredictiveAutoTransferStates` on).
pub(crate) fn addresscaps_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(LINEADDRESSCAPS, dwPredictiveAutoTransferStates),
        _ => size_of::<LINEADDRESSCAPS>(),
    }
}

/// The fixed size of `LINEDEVSTATUS` for API `version` (2.0 added the members from
/// `dwAvailableMediaModes` on).
pub(crate) fn devstatus_fixed_size(version: u32) -> usize {
    match version {
        0..=0x0001_FFFF => offset_of!(LINEDEVSTATUS, dwAvailableMediaModes),
        _ => size_of::<LINEDEVSTATUS>(),
    }
}

/// `"tapi/line"` as a multi-string in the entry point's encoding (the classes
/// `lineGetID` answers for).
fn device_classes(strings: Strings) -> Vec<u8> {
    let mut classes = strings.encode("tapi/line");
    classes.extend(strings.encode(""));
    classes
}

unsafe fn get_address_caps(
    happ: HLINEAPP,
    device: DWORD,
    address: DWORD,
    version: DWORD,
    ext: DWORD,
    caps: LPLINEADDRESSCAPS,
    strings: Strings,
) -> Result<LONG> {
    runtime().check_initialized_for(happ, Kind::App)?;
    check_ptr(caps, 4)?;
    let c = runtime().address_caps(happ, device, address, version, ext)?;
    // SAFETY: the caller provides dwTotalSize bytes at `caps`.
    let buf = unsafe { caller_struct(caps) }?;
    let fixed = addresscaps_fixed_size(version);
    if buf.len() < fixed {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    let i = &c.info;
    let image = LINEADDRESSCAPS {
        dwLineDeviceID: device,
        dwAddressSharing: LINEADDRESSSHARING_PRIVATE,
        dwAddressStates: c.address_states,
        dwCallInfoStates: i.call_info_states,
        dwCallerIDFlags: i.caller_id_flags,
        dwCalledIDFlags: i.called_id_flags,
        dwConnectedIDFlags: i.connected_id_flags,
        dwCallStates: i.call_states,
        dwDialToneModes: i.dial_tone_modes,
        dwBusyModes: i.busy_modes,
        dwDisconnectModes: i.disconnect_modes,
        dwMaxNumActiveCalls: 0xFFFF,
        dwMaxNumOnHoldCalls: 0xFFFF,
        dwAddrCapFlags: LINEADDRCAPFLAGS_DIALED | LINEADDRCAPFLAGS_PARTIALDIAL,
        dwCallFeatures: c.call_features,
        dwAddressFeatures: c.address_features,
        dwAvailableMediaModes: c.media_modes,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, fixed);
    v.text(
        offset_of!(LINEADDRESSCAPS, dwAddressSize),
        Some(&i.address),
        strings,
    );
    v.bytes(
        offset_of!(LINEADDRESSCAPS, dwDeviceClassesSize),
        &device_classes(strings),
    );
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// Returns the capabilities of an address of a line device, with single-byte strings
    /// (the TAPI 1.x name).
    ///
    /// * `dwDeviceID`, `dwAddressID`: the device and its address (a simulated line has
    ///   `LINEDEVCAPS.dwNumAddresses` of them, each with the line's number).
    /// * `dwAPIVersion`: the version negotiated for the device; it sets the fixed size of
    ///   the structure (180 bytes before 2.0, 228 from 2.0 on).
    /// * `dwExtVersion`: must be 0 (no extensions).
    /// * `lpAddressCaps`: `dwTotalSize` set by the caller to the bytes available, at least
    ///   the fixed size of that version. The library writes at most `dwTotalSize` bytes and
    ///   sets `dwNeededSize` and `dwUsedSize`; the address and the device classes follow
    ///   the fixed part, each whole or absent.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`, `LINEERR_BADDEVICEID`,
    /// `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INCOMPATIBLEEXTVERSION`,
    /// `LINEERR_INVALADDRESSID`, `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
    unsafe fn [ansi lineGetAddressCaps, ansi lineGetAddressCapsA, wide lineGetAddressCapsW](
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        dwAddressID: DWORD,
        dwAPIVersion: DWORD,
        dwExtVersion: DWORD,
        lpAddressCaps: LPLINEADDRESSCAPS,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe {
            get_address_caps(
                hLineApp,
                dwDeviceID,
                dwAddressID,
                dwAPIVersion,
                dwExtVersion,
                lpAddressCaps,
                strings,
            )
        }
    }
}

ffi_fn! {
    /// Returns the status of an address of an open line: `dwNumInUse` (1 while a call on
    /// it is not IDLE), `dwNumActiveCalls`, `dwNumOnHoldCalls`, `dwNumOnHoldPendCalls`,
    /// `dwAddressFeatures` (`LINEADDRFEATURE_MAKECALL`); no forwarding, no terminals.
    ///
    /// * `lpAddressStatus`: `dwTotalSize` set by the caller, at least 64 bytes.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
    /// `LINEERR_INVALADDRESSID`, `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
    unsafe fn [ansi lineGetAddressStatus, ansi lineGetAddressStatusA, wide lineGetAddressStatusW](
        hLine: HLINE,
        dwAddressID: DWORD,
        lpAddressStatus: LPLINEADDRESSSTATUS,
    ) -> LONG |strings| {
        let _ = strings;
        runtime().check_initialized_for(hLine, Kind::Line)?;
        check_ptr(lpAddressStatus, 4)?;
        let n = runtime().address_status(hLine, dwAddressID)?;
        // SAFETY: the caller provides dwTotalSize bytes at `lpAddressStatus`.
        let buf = unsafe { caller_struct(lpAddressStatus) }?;
        let fixed = size_of::<LINEADDRESSSTATUS>();
        if buf.len() < fixed {
            return Err(LineError::STRUCTURETOOSMALL);
        }
        let image = LINEADDRESSSTATUS {
            dwNumInUse: n.in_use,
            dwNumActiveCalls: n.active,
            dwNumOnHoldCalls: n.on_hold,
            dwNumOnHoldPendCalls: n.on_hold_pend,
            dwAddressFeatures: LINEADDRFEATURE_MAKECALL,
            ..Default::default()
        };
        VarOut::new(buf, &image, fixed).finish();
        Ok(0)
    }
}

unsafe fn get_line_dev_status(
    hline: HLINE,
    status: LPLINEDEVSTATUS,
    strings: Strings,
) -> Result<LONG> {
    runtime().check_initialized_for(hline, Kind::Line)?;
    check_ptr(status, 4)?;
    let line = runtime().line(hline)?;
    let st = runtime().line_status(hline)?;
    // SAFETY: the caller provides dwTotalSize bytes at `status`.
    let buf = unsafe { caller_struct(status) }?;
    let fixed = devstatus_fixed_size(line.version);
    if buf.len() < fixed {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    let image = LINEDEVSTATUS {
        dwNumOpens: st.opens.len() as u32,
        dwOpenMediaModes: st.open_media_modes,
        dwNumActiveCalls: st.calls.active,
        dwNumOnHoldCalls: st.calls.on_hold,
        dwNumOnHoldPendCalls: st.calls.on_hold_pend,
        dwLineFeatures: LINEFEATURE_MAKECALL,
        dwSignalLevel: 0xFFFF,
        dwBatteryLevel: 0xFFFF,
        dwRoamMode: LINEROAMMODE_UNAVAIL,
        dwDevStatusFlags: LINEDEVSTATUSFLAGS_CONNECTED | LINEDEVSTATUSFLAGS_INSERVICE,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, fixed);
    // The LINEAPPINFO array, then the strings its entries point to.
    let mut b = Block::new(v.next_offset(), st.opens.len(), size_of::<LINEAPPINFO>());
    for o in &st.opens {
        let (machine_size, machine_at) = b.text(&st.machine, strings);
        let (user_size, user_at) = b.text(&st.user, strings);
        let (module_size, module_at) = b.text(&o.module, strings);
        let (friendly_size, friendly_at) = b.text(&o.friendly, strings);
        b.entry(&LINEAPPINFO {
            dwMachineNameSize: machine_size,
            dwMachineNameOffset: machine_at,
            dwUserNameSize: user_size,
            dwUserNameOffset: user_at,
            dwModuleFilenameSize: module_size,
            dwModuleFilenameOffset: module_at,
            dwFriendlyNameSize: friendly_size,
            dwFriendlyNameOffset: friendly_at,
            dwMediaModes: o.media_modes,
            // Lines are not opened with LINEOPENOPTION_SINGLEADDRESS.
            dwAddressID: 0xFFFF_FFFF,
        });
    }
    v.block(offset_of!(LINEDEVSTATUS, dwAppInfoSize), b);
    v.finish();
    Ok(0)
}

ffi_fn! {
    /// Returns the status of an open line's device: `dwNumOpens` (opens by every
    /// application), `dwOpenMediaModes` (the owners' media modes), the calls active, on
    /// hold and on hold pending, `dwLineFeatures` (`LINEFEATURE_MAKECALL`), in service
    /// and connected; from API 2.0, a `LINEAPPINFO` for each open (machine, user, module
    /// file name, friendly name, owned media modes), with strings in the entry point's
    /// encoding.
    ///
    /// * `lpLineDevStatus`: `dwTotalSize` set by the caller, at least the fixed size of the
    ///   line's API version (76 bytes before 2.0, 88 from 2.0 on); the application list
    ///   and its strings are written whole or not at all.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
    /// `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`.
    unsafe fn [ansi lineGetLineDevStatus, ansi lineGetLineDevStatusA, wide lineGetLineDevStatusW](
        hLine: HLINE,
        lpLineDevStatus: LPLINEDEVSTATUS,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe { get_line_dev_status(hLine, lpLineDevStatus, strings) }
    }
}

unsafe fn get_id(
    hline: HLINE,
    address: DWORD,
    hcall: HCALL,
    select: DWORD,
    out: LPVARSTRING,
    class: *const c_void,
    strings: Strings,
) -> Result<LONG> {
    let device = runtime().selected_device(hline, address, hcall, select)?;
    check_ptr(out, 4)?;
    if class.is_null() {
        return Err(LineError::INVALPOINTER);
    }
    // SAFETY: a NUL-terminated string of this encoding, per the API contract.
    let class = unsafe { strings.read(class) }?.unwrap_or_default();
    // SAFETY: the caller provides dwTotalSize bytes at `out`.
    let buf = unsafe { caller_struct(out) }?;
    let fixed = size_of::<VARSTRING>();
    if buf.len() < fixed {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    if class.eq_ignore_ascii_case("comm/datamodem") {
        return datamodem_id(buf, hcall, select);
    }
    let id = if class.eq_ignore_ascii_case("tapi/line") {
        device
    } else if class.eq_ignore_ascii_case("tapi/phone") {
        // The phone device beside the line, if the scenario gives it one.
        runtime()
            .phone_of_line(device)
            .ok_or(LineError::INVALDEVICECLASS)?
    } else {
        return Err(LineError::INVALDEVICECLASS);
    };
    varstring(buf, STRINGFORMAT_BINARY, &id.to_ne_bytes());
    Ok(0)
}

/// `"comm/datamodem"`: a `HANDLE` and the device's NUL-terminated single-byte name
/// (`STRINGFORMAT_BINARY`), through both entry points: Microsoft's class description is
/// `HANDLE hComm; CHAR szDeviceName[1];`, and tapi32 converts only `lpszDeviceClass`
/// between `lineGetIDA` and `lineGetIDW`, never `lpDeviceID` ("Functions with Unicode
/// (W) Versions"). For `LINECALLSELECT_CALL` on a connected data call, the
/// handle is a descriptor of the slave side of the call's pseudo-terminal, opened for the
/// program (which closes it), and the name its path; for a line or an address, as the
/// documentation says, the handle is NULL and the name empty (no port until a call
/// connects). When the buffer cannot hold both, the descriptor is closed again and only
/// `dwNeededSize` says how much is needed. Handles and the selection are checked before.
fn datamodem_id(
    buf: &mut [std::mem::MaybeUninit<u8>],
    hcall: HCALL,
    select: DWORD,
) -> Result<LONG> {
    let (fd, name) = if select == LINECALLSELECT_CALL {
        let (fd, name) = runtime().data_channel(hcall)?;
        (Some(fd), name)
    } else {
        (None, String::new())
    };
    let handle = fd.unwrap_or(0) as isize;
    let mut data = handle.to_ne_bytes().to_vec();
    data.extend_from_slice(name.as_bytes());
    data.push(0);
    let fixed = size_of::<VARSTRING>();
    if let Some(fd) = fd.filter(|_| buf.len() < fixed + data.len()) {
        // SAFETY: the descriptor was opened for this call and given to nobody.
        unsafe { libc::close(fd) };
    }
    varstring(buf, STRINGFORMAT_BINARY, &data);
    Ok(0)
}

ffi_fn! {
    /// Returns the device identifier of a device class associated with a line, one of
    /// its addresses or a call (single-byte class name; the TAPI 1.x name).
    ///
    /// * `dwSelect`: `LINECALLSELECT_LINE` (`hLine`), `LINECALLSELECT_ADDRESS` (`hLine` and
    ///   `dwAddressID`) or `LINECALLSELECT_CALL` (`hCall`, the line it is on).
    /// * `lpDeviceID`: a `VARSTRING` of `dwTotalSize` bytes (at least 24).
    /// * `lpszDeviceClass`: `"tapi/line"` gives the line device ID as a `DWORD`
    ///   (`STRINGFORMAT_BINARY`). `"comm/datamodem"` gives a `HANDLE` and the device's
    ///   NUL-terminated single-byte name (`STRINGFORMAT_BINARY`): for a connected call of
    ///   media mode `LINEMEDIAMODE_DATAMODEM` (`LINECALLSELECT_CALL`), the handle is a file
    ///   descriptor, as `(HANDLE)(intptr_t)fd`, of a pseudo-terminal's slave side in raw
    ///   mode, opened for the program, which reads and writes the call's data through it
    ///   and closes it; the name is its path (`/dev/pts/N`), single-byte through
    ///   `lineGetIDW` too (the class's `CHAR szDeviceName[]`, which TAPI does not convert
    ///   for either entry point). The simulated far end echoes
    ///   every byte until the call goes IDLE. Another call gives
    ///   `LINEERR_INVALCALLSTATE`; a line or an address, a NULL handle and an empty name.
    ///   `"tapi/phone"` gives the device ID of the phone a scenario puts beside the line
    ///   (a `[[phone]]` with `line = N`) as a `DWORD`, or `LINEERR_INVALDEVICECLASS` when
    ///   it has none. Any other class gives `LINEERR_INVALDEVICECLASS`.
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALLINEHANDLE`,
    /// `LINEERR_INVALCALLHANDLE`, `LINEERR_INVALADDRESSID`, `LINEERR_INVALCALLSELECT`,
    /// `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`, `LINEERR_INVALDEVICECLASS`,
    /// `LINEERR_INVALCALLSTATE`, `LINEERR_RESOURCEUNAVAIL`.
    unsafe fn [ansi lineGetID, ansi lineGetIDA, wide lineGetIDW](
        hLine: HLINE,
        dwAddressID: DWORD,
        hCall: HCALL,
        dwSelect: DWORD,
        lpDeviceID: LPVARSTRING,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        // SAFETY: forwarded API contract.
        unsafe {
            get_id(
                hLine,
                dwAddressID,
                hCall,
                dwSelect,
                lpDeviceID,
                lpszDeviceClass.cast(),
                strings,
            )
        }
    }
}
