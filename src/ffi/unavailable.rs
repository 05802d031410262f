//! The TAPI functions the simulated provider does not offer (yet): each checks its
//! handle as Windows does and gives the answer Windows gives where a provider lacks a
//! feature, `LINEERR_OPERATIONUNAVAIL`, or for assisted telephony the `TAPIERR_` code
//! of a system with no request recipient. Never success. Before that answer they check
//! their pointer parameters and output structures as Windows does ([`answer`]). The
//! README lists them.

use super::ffi_fn;
use crate::runtime;
use tapi32_defs::*;

use std::ffi::c_void;
use std::mem::size_of;

use super::ptr::{check_ptr, read_in};
use crate::core::Result;

/// A pointer parameter as Windows' tapi32 checks it before the telephony service sees
/// the request.
enum Arg {
    /// Written by the function (`LPDWORD`, `LPHCALL`, `LPHAGENT` ...) with this many
    /// bytes: it must be writable.
    Out(*const c_void, usize),
    /// A variably sized structure the function fills (`LPVARSTRING`,
    /// `LPLINEAGENTCAPS` ...) and its fixed size: its `dwTotalSize` must be readable and
    /// that many bytes writable; and, once the handle is known valid, `dwTotalSize` at
    /// least the fixed size.
    Get(*const c_void, usize),
}

/// `p`, written by the function.
fn out<T>(p: *mut T) -> Arg {
    Arg::Out(p.cast(), size_of::<T>())
}

/// `p`, a structure the function fills.
fn get<T>(p: *mut T) -> Arg {
    Arg::Get(p.cast(), size_of::<T>())
}

/// The answer of a function the simulated provider does not offer, in Windows' order:
/// `LINEERR_INVALPOINTER` for a pointer its client library rejects (NULL, unusable,
/// an output structure whose `dwTotalSize` bytes are not there), then the handle
/// checks of the service (`handle`: `LINEERR_UNINITIALIZED`, `LINEERR_INVAL...HANDLE`),
/// then `LINEERR_STRUCTURETOOSMALL` for an output structure below its fixed size, and
/// last the provider's `LINEERR_OPERATIONUNAVAIL`. Nothing is written.
///
/// # Safety
/// The pointers are the caller's, NULL, obviously invalid or valid as the API says.
unsafe fn answer(args: &[Arg], handle: impl FnOnce() -> Result<()>) -> Result<LONG> {
    let mut totals = Vec::with_capacity(args.len());
    for a in args {
        match *a {
            Arg::Out(p, len) => check_ptr(p, len)?,
            Arg::Get(p, fixed) => {
                check_ptr(p, 4)?;
                // SAFETY: checked above; the caller's dwTotalSize.
                let total = unsafe { read_in(p.cast::<DWORD>()) }? as usize;
                check_ptr(p, total)?;
                totals.push((total, fixed));
            }
        }
    }
    handle()?;
    if totals.iter().any(|&(total, fixed)| total < fixed) {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    Err(LineError::OPERATIONUNAVAIL)
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineAccept(
        hCall: HCALL,
        lpsUserUserInfo: LPCSTR,
        dwSize: DWORD,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
    /// see the README's table of answers.
    unsafe fn [ansi lineAddProvider, ansi lineAddProviderA, wide lineAddProviderW](
        lpszProviderFilename: LPCTSTR,
        hwndOwner: HWND,
        lpdwPermanentProviderID: LPDWORD,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lpdwPermanentProviderID)], || Ok(())) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    fn lineAddToConference(
        hConfCall: HCALL,
        hConsultCall: HCALL,
    ) -> LONG {
        runtime().with_call(hConfCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineAgentSpecific(
        hLine: HLINE,
        dwAddressID: DWORD,
        dwAgentExtensionIDIndex: DWORD,
        lpParams: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineCompleteCall(
        hCall: HCALL,
        lpdwCompletionID: LPDWORD,
        dwCompletionMode: DWORD,
        dwMessageID: DWORD,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lpdwCompletionID)], || runtime().with_call(hCall, |_| ()).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineCompleteTransfer(
        hCall: HCALL,
        hConsultCall: HCALL,
        lphConfCall: LPHCALL,
        dwTransferMode: DWORD,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
    /// see the README's table of answers.
    unsafe fn [ansi lineConfigDialog, ansi lineConfigDialogA, wide lineConfigDialogW](
        dwDeviceID: DWORD,
        hwndOwner: HWND,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
    /// see the README's table of answers.
    unsafe fn [ansi lineConfigDialogEdit, ansi lineConfigDialogEditA, wide lineConfigDialogEditW](
        dwDeviceID: DWORD,
        hwndOwner: HWND,
        lpszDeviceClass: LPCTSTR,
        lpDeviceConfigIn: LPVOID,
        dwSize: DWORD,
        lpDeviceConfigOut: LPVARSTRING,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpDeviceConfigOut)], || Ok(())) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
    /// see the README's table of answers.
    unsafe fn lineConfigProvider(
        hwndOwner: HWND,
        dwPermanentProviderID: DWORD,
    ) -> LONG {
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineCreateAgentA, wide lineCreateAgentW](
        hLine: HLINE,
        lpszAgentID: LPTSTR,
        lpszAgentPIN: LPTSTR,
        lphAgent: LPHAGENT,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphAgent)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineCreateAgentSessionA, wide lineCreateAgentSessionW](
        hLine: HLINE,
        hAgent: HAGENT,
        lpszAgentPIN: LPTSTR,
        dwWorkingAddressID: DWORD,
        lpGroupID: LPGUID,
        lphAgentSession: LPHAGENTSESSION,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphAgentSession)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineDevSpecific(
        hLine: HLINE,
        dwAddressID: DWORD,
        hCall: HCALL,
        lpParams: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineDevSpecificFeature(
        hLine: HLINE,
        dwFeature: DWORD,
        lpParams: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineForward, ansi lineForwardA, wide lineForwardW](
        hLine: HLINE,
        bAllAddresses: DWORD,
        dwAddressID: DWORD,
        lpForwardList: LPLINEFORWARDLIST,
        dwNumRingsNoAnswer: DWORD,
        lphConsultCall: LPHCALL,
        lpCallParams: LPLINECALLPARAMS,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphConsultCall)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn [ansi lineGatherDigits, ansi lineGatherDigitsA, wide lineGatherDigitsW](
        hCall: HCALL,
        dwDigitModes: DWORD,
        lpsDigits: LPTSTR,
        dwNumDigits: DWORD,
        lpszTerminationDigits: LPCTSTR,
        dwFirstDigitTimeout: DWORD,
        dwInterDigitTimeout: DWORD,
    ) -> LONG |strings| {
        let _ = strings;
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineGenerateTone(
        hCall: HCALL,
        dwToneMode: DWORD,
        dwDuration: DWORD,
        dwNumTones: DWORD,
        lpTones: LPLINEGENERATETONE,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineGetAgentActivityListA, wide lineGetAgentActivityListW](
        hLine: HLINE,
        dwAddressID: DWORD,
        lpAgentActivityList: LPLINEAGENTACTIVITYLIST,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpAgentActivityList)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineGetAgentCapsA, wide lineGetAgentCapsW](
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        dwAddressID: DWORD,
        dwAppAPIVersion: DWORD,
        lpAgentCaps: LPLINEAGENTCAPS,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpAgentCaps)], || runtime().check_app(hLineApp).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineGetAgentGroupListA, wide lineGetAgentGroupListW](
        hLine: HLINE,
        dwAddressID: DWORD,
        lpAgentGroupList: LPLINEAGENTGROUPLIST,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpAgentGroupList)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineGetAgentInfo(
        hLine: HLINE,
        hAgent: HAGENT,
        lpAgentInfo: LPLINEAGENTINFO,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpAgentInfo)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineGetAgentSessionInfo(
        hLine: HLINE,
        hAgentSession: HAGENTSESSION,
        lpAgentSessionInfo: LPLINEAGENTSESSIONINFO,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpAgentSessionInfo)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineGetAgentSessionList(
        hLine: HLINE,
        hAgent: HAGENT,
        lpAgentSessionList: LPLINEAGENTSESSIONLIST,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpAgentSessionList)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineGetAgentStatusA, wide lineGetAgentStatusW](
        hLine: HLINE,
        dwAddressID: DWORD,
        lpAgentStatus: LPLINEAGENTSTATUS,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpAgentStatus)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineGetConfRelatedCalls(
        hCall: HCALL,
        lpCallList: LPLINECALLLIST,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpCallList)], || runtime().with_call(hCall, |_| ()).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
    /// see the README's table of answers.
    unsafe fn [ansi lineGetDevConfig, ansi lineGetDevConfigA, wide lineGetDevConfigW](
        dwDeviceID: DWORD,
        lpDeviceConfig: LPVARSTRING,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpDeviceConfig)], || Ok(())) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineGetGroupListA, wide lineGetGroupListW](
        hLine: HLINE,
        lpGroupList: LPLINEAGENTGROUPLIST,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpGroupList)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
    /// see the README's table of answers.
    unsafe fn [ansi lineGetIcon, ansi lineGetIconA, wide lineGetIconW](
        dwDeviceID: DWORD,
        lpszDeviceClass: LPCTSTR,
        lphIcon: LPHICON,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphIcon)], || Ok(())) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineGetNumRings(
        hLine: HLINE,
        dwAddressID: DWORD,
        lpdwNumRings: LPDWORD,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lpdwNumRings)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineGetProxyStatus(
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        dwAppAPIVersion: DWORD,
        lpLineProxyReqestList: LPLINEPROXYREQUESTLIST,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpLineProxyReqestList)], || runtime().check_app(hLineApp).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineGetQueueInfo(
        hLine: HLINE,
        dwQueueID: DWORD,
        lpLineQueueInfo: LPLINEQUEUEINFO,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpLineQueueInfo)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineGetQueueListA, wide lineGetQueueListW](
        hLine: HLINE,
        lpGroupID: LPGUID,
        lpQueueList: LPLINEQUEUELIST,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[get(lpQueueList)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`); see
    /// the README's table of answers.
    unsafe fn [ansi lineGetRequest, ansi lineGetRequestA, wide lineGetRequestW](
        hLineApp: HLINEAPP,
        dwRequestMode: DWORD,
        lpRequestBuffer: LPVOID,
    ) -> LONG |strings| {
        let _ = strings;
        runtime().check_app(hLineApp)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    fn lineMonitorMedia(
        hCall: HCALL,
        dwMediaModes: DWORD,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineMonitorTones(
        hCall: HCALL,
        lpToneList: LPLINEMONITORTONE,
        dwNumEntries: DWORD,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn lineNegotiateExtVersion(
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        dwExtLowVersion: DWORD,
        dwExtHighVersion: DWORD,
        lpdwExtVersion: LPDWORD,
    ) -> LONG {
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lpdwExtVersion)], || runtime().check_app(hLineApp).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn [ansi linePark, ansi lineParkA, wide lineParkW](
        hCall: HCALL,
        dwParkMode: DWORD,
        lpszDirAddress: LPCTSTR,
        lpNonDirAddress: LPVARSTRING,
    ) -> LONG |strings| {
        let _ = strings;
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi linePickup, ansi linePickupA, wide linePickupW](
        hLine: HLINE,
        dwAddressID: DWORD,
        lphCall: LPHCALL,
        lpszDestAddress: LPCTSTR,
        lpszGroupID: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphCall)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi linePrepareAddToConference, ansi linePrepareAddToConferenceA, wide linePrepareAddToConferenceW](
        hConfCall: HCALL,
        lphConsultCall: LPHCALL,
        lpCallParams: LPLINECALLPARAMS,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphConsultCall)], || runtime().with_call(hConfCall, |_| ()).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineProxyMessage(
        hLine: HLINE,
        hCall: HCALL,
        dwMsg: DWORD,
        dwParam1: DWORD,
        dwParam2: DWORD,
        dwParam3: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineProxyResponse(
        hLine: HLINE,
        lpProxyRequest: LPLINEPROXYREQUEST,
        dwResult: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`); see
    /// the README's table of answers.
    fn lineRegisterRequestRecipient(
        hLineApp: HLINEAPP,
        dwRegistrationInstance: DWORD,
        dwRequestMode: DWORD,
        bEnable: DWORD,
    ) -> LONG {
        runtime().check_app(hLineApp)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    fn lineReleaseUserUserInfo(
        hCall: HCALL,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    fn lineRemoveFromConference(
        hCall: HCALL,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
    /// see the README's table of answers.
    unsafe fn lineRemoveProvider(
        dwPermanentProviderID: DWORD,
        hwndOwner: HWND,
    ) -> LONG {
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineSendUserUserInfo(
        hCall: HCALL,
        lpsUserUserInfo: LPCSTR,
        dwSize: DWORD,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetAgentActivity(
        hLine: HLINE,
        dwAddressID: DWORD,
        dwActivityID: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineSetAgentGroup(
        hLine: HLINE,
        dwAddressID: DWORD,
        lpAgentGroupList: LPLINEAGENTGROUPLIST,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetAgentMeasurementPeriod(
        hLine: HLINE,
        hAgent: HAGENT,
        dwMeasurementPeriod: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetAgentSessionState(
        hLine: HLINE,
        hAgentSession: HAGENTSESSION,
        dwAgentSessionState: DWORD,
        dwNextAgentSessionState: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetAgentState(
        hLine: HLINE,
        dwAddressID: DWORD,
        dwAgentState: DWORD,
        dwNextAgentState: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetAgentStateEx(
        hLine: HLINE,
        hAgent: HAGENT,
        dwAgentState: DWORD,
        dwNextAgentState: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineSetCallData(
        hCall: HCALL,
        lpCallData: LPVOID,
        dwSize: DWORD,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineSetCallQualityOfService(
        hCall: HCALL,
        lpSendingFlowspec: LPVOID,
        dwSendingFlowspecSize: DWORD,
        lpReceivingFlowspec: LPVOID,
        dwReceivingFlowspecSize: DWORD,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    fn lineSetCallTreatment(
        hCall: HCALL,
        dwTreatment: DWORD,
    ) -> LONG {
        runtime().with_call(hCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`;
    /// see the README's table of answers.
    unsafe fn [ansi lineSetDevConfig, ansi lineSetDevConfigA, wide lineSetDevConfigW](
        dwDeviceID: DWORD,
        lpDeviceConfig: LPVOID,
        dwSize: DWORD,
        lpszDeviceClass: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetLineDevStatus(
        hLine: HLINE,
        dwStatusToChange: DWORD,
        fStatus: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    unsafe fn lineSetMediaControl(
        hLine: HLINE,
        dwAddressID: DWORD,
        hCall: HCALL,
        dwSelect: DWORD,
        lpDigitList: LPLINEMEDIACONTROLDIGIT,
        dwDigitNumEntries: DWORD,
        lpMediaList: LPLINEMEDIACONTROLMEDIA,
        dwMediaNumEntries: DWORD,
        lpToneList: LPLINEMEDIACONTROLTONE,
        dwToneNumEntries: DWORD,
        lpCallStateList: LPLINEMEDIACONTROLCALLSTATE,
        dwCallStateNumEntries: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetNumRings(
        hLine: HLINE,
        dwAddressID: DWORD,
        dwNumRings: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetQueueMeasurementPeriod(
        hLine: HLINE,
        dwQueueID: DWORD,
        dwMeasurementPeriod: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineSetTerminal(
        hLine: HLINE,
        dwAddressID: DWORD,
        hCall: HCALL,
        dwSelect: DWORD,
        dwTerminalModes: DWORD,
        dwTerminalID: DWORD,
        bEnable: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`); see
    /// the README's table of answers.
    unsafe fn [ansi lineSetTollList, ansi lineSetTollListA, wide lineSetTollListW](
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        lpszAddressIn: LPCTSTR,
        dwTollListOption: DWORD,
    ) -> LONG |strings| {
        let _ = strings;
        runtime().check_app(hLineApp)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineSetupConference, ansi lineSetupConferenceA, wide lineSetupConferenceW](
        hCall: HCALL,
        hLine: HLINE,
        lphConfCall: LPHCALL,
        lphConsultCall: LPHCALL,
        dwNumParties: DWORD,
        lpCallParams: LPLINECALLPARAMS,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphConfCall), out(lphConsultCall)], || runtime().with_call(hCall, |_| ()).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineSetupTransfer, ansi lineSetupTransferA, wide lineSetupTransferW](
        hCall: HCALL,
        lphConsultCall: LPHCALL,
        lpCallParams: LPLINECALLPARAMS,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphConsultCall)], || runtime().with_call(hCall, |_| ()).map(drop)) }
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALCALLHANDLE`); see
    /// the README's table of answers.
    fn lineSwapHold(
        hActiveCall: HCALL,
        hHeldCall: HCALL,
    ) -> LONG {
        runtime().with_call(hActiveCall, |_| ())?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALAPPHANDLE`); see
    /// the README's table of answers.
    unsafe fn [ansi lineTranslateDialog, ansi lineTranslateDialogA, wide lineTranslateDialogW](
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        dwAPIVersion: DWORD,
        hwndOwner: HWND,
        lpszAddressIn: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        runtime().check_app(hLineApp)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its handle is valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`); see
    /// the README's table of answers.
    fn lineUncompleteCall(
        hLine: HLINE,
        dwCompletionID: DWORD,
    ) -> LONG {
        runtime().line(hLine)?;
        Err(LineError::OPERATIONUNAVAIL)
    }
}

ffi_fn! {
    /// Not available on the simulated provider: returns `LINEERR_OPERATIONUNAVAIL`
    /// once its pointers are usable (else `LINEERR_INVALPOINTER`), its handle valid (else `LINEERR_UNINITIALIZED` or `LINEERR_INVALLINEHANDLE`)
    /// and its output structure no smaller than its fixed size (else
    /// `LINEERR_STRUCTURETOOSMALL`), checked in that order as Windows does; see
    /// the README's table of answers.
    unsafe fn [ansi lineUnpark, ansi lineUnparkA, wide lineUnparkW](
        hLine: HLINE,
        dwAddressID: DWORD,
        lphCall: LPHCALL,
        lpszDestAddress: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        // SAFETY: pointers of the caller, checked before use.
        unsafe { answer(&[out(lphCall)], || runtime().line(hLine).map(drop)) }
    }
}

ffi_fn! {
    /// Assisted telephony is not available: returns `TAPIERR_NOREQUESTRECIPIENT` (no application has registered as a request recipient; see the
    /// README's table of answers).
    unsafe fn tapiRequestDrop(
        hwnd: HWND,
        wRequestID: WPARAM,
    ) -> LONG {
        Ok(TAPIERR_NOREQUESTRECIPIENT as LONG)
    }
}

ffi_fn! {
    /// Assisted telephony is not available: returns `TAPIERR_NOREQUESTRECIPIENT` (no application has registered as a request recipient; see the
    /// README's table of answers).
    unsafe fn [ansi tapiRequestMakeCall, ansi tapiRequestMakeCallA, wide tapiRequestMakeCallW](
        lpszDestAddress: LPCTSTR,
        lpszAppName: LPCTSTR,
        lpszCalledParty: LPCTSTR,
        lpszComment: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(TAPIERR_NOREQUESTRECIPIENT as LONG)
    }
}

ffi_fn! {
    /// Assisted telephony is not available: returns `TAPIERR_NOREQUESTRECIPIENT` (no application has registered as a request recipient; see the
    /// README's table of answers).
    unsafe fn [ansi tapiRequestMediaCall, ansi tapiRequestMediaCallA, wide tapiRequestMediaCallW](
        hwnd: HWND,
        wRequestID: WPARAM,
        lpszDeviceClass: LPCTSTR,
        lpDeviceID: LPCTSTR,
        dwSize: DWORD,
        dwSecure: DWORD,
        lpszDestAddress: LPCTSTR,
        lpszAppName: LPCTSTR,
        lpszCalledParty: LPCTSTR,
        lpszComment: LPCTSTR,
    ) -> LONG |strings| {
        let _ = strings;
        Ok(TAPIERR_NOREQUESTRECIPIENT as LONG)
    }
}
