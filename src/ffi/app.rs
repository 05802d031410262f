//! Application functions: `lineInitialize`, `lineInitializeExA/W`, `lineShutdown`,
//! `lineNegotiateAPIVersion`, `lineGetMessage`.

use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, Ordering};

use super::ptr::{check_ptr, read_in, write_out};
use super::{ffi_fn, Strings};
use crate::core::{
    app::Callback, InitDelivery, InitOptions, Initialized, Kind, Message, Result, HIGHEST_VERSION,
};
use crate::runtime;
use tapi32_defs::*;

fn program_name() -> String {
    crate::core::app::program_file_name()
}

/// Environment variable: `1` runs the callbacks of applications initialized from then
/// on on a dispatcher thread instead of in the initializing thread's message loop; read
/// at each `lineInitialize(Ex)`.
const CALLBACK_THREAD_ENV: &str = "TAPI32_CALLBACK_THREAD";

/// Set by `tapi32SetCallbackThread`.
static CALLBACK_THREAD: AtomicBool = AtomicBool::new(false);

/// Whether a callback application initialized now gets a dispatcher thread.
fn wants_callback_thread() -> bool {
    CALLBACK_THREAD.load(Ordering::Acquire)
        || crate::env::var_unless_secure(CALLBACK_THREAD_ENV).is_some_and(|v| v.trim() == "1")
}

/// The end of `lineNegotiateAPIVersion` and `phoneNegotiateAPIVersion`: checks the two
/// output pointers, runs `negotiate`, writes the version and a zeroed extension ID
/// (no extensions).
///
/// # Safety
/// Each pointer must be NULL, obviously invalid, or valid for writing its type.
pub(crate) unsafe fn negotiated<T: Default>(
    version: LPDWORD,
    ext: *mut T,
    negotiate: impl FnOnce() -> Result<u32>,
) -> Result<LONG> {
    check_ptr(version, 4)?;
    check_ptr(ext, size_of::<T>())?;
    let v = negotiate()?;
    // SAFETY: both pointers were checked above.
    unsafe {
        write_out(version, v)?;
        write_out(ext, T::default())?;
    }
    Ok(0)
}

/// How the messages of an application with callback `cb` are delivered: in the calling
/// thread's message loop (Windows' model), or on a dispatcher thread when asked for.
pub(crate) fn callback_delivery(cb: LINECALLBACK) -> Result<InitDelivery> {
    let Some(f) = cb else {
        return Err(LineError::INVALPOINTER);
    };
    let callback: Callback = Box::new(move |m: &Message| {
        // SAFETY: `f` is the application's LINECALLBACK; TAPI calls it with these
        // arguments, and the application keeps it callable until lineShutdown returns.
        super::call_program("LINECALLBACK", || unsafe {
            f(m.device, m.id, m.instance, m.p1, m.p2, m.p3)
        })
    });
    if wants_callback_thread() {
        return Ok(InitDelivery::Dispatcher(callback));
    }
    let wake = super::pump::waker()?;
    Ok(InitDelivery::Pumped { callback, wake })
}

/// Initializes an application; one whose callback runs in a message loop becomes the
/// calling thread's.
pub(crate) fn initialize(
    name: Option<String>,
    phone: bool,
    delivery: InitDelivery,
) -> Result<Initialized> {
    let done = runtime()
        .initialize(InitOptions {
            name: name.unwrap_or_else(program_name),
            phone,
            delivery,
        })
        .inspect_err(|_| super::pump::abandon())?;
    if done.app.is_pumped() {
        super::pump::adopt(&done.app);
    }
    Ok(done)
}

ffi_fn! {
    /// Initializes a TAPI 1.x application whose messages go to `lpfnCallback`.
    ///
    /// * `lphLineApp`: receives the new `HLINEAPP`.
    /// * `hInstance`: ignored on Linux.
    /// * `lpfnCallback`: required. As on Windows, it runs on the calling thread, inside its
    ///   message loop (`DispatchMessage` of `include/win32/windows.h`), one message at a
    ///   time and re-entrantly, with no lock of the library held (it may call TAPI
    ///   functions); with `TAPI32_CALLBACK_THREAD=1` or `tapi32SetCallbackThread`, on a
    ///   dispatcher thread of the library instead.
    /// * `lpszAppName`: the friendly name, or NULL for the program's name.
    /// * `lpdwNumDevs`: receives the number of line devices.
    ///
    /// Returns 0, or `LINEERR_INVALPOINTER` (a NULL pointer or callback), `LINEERR_NOMEM`,
    /// `LINEERR_NODRIVER` (the simulated provider's scenario, `TAPI32_SCENARIO`, is unusable;
    /// the reason is printed to stderr once).
    /// Memory: the library keeps a copy of the name; nothing needs to stay valid.
    unsafe fn lineInitialize(
        lphLineApp: LPHLINEAPP,
        hInstance: HINSTANCE,
        lpfnCallback: LINECALLBACK,
        lpszAppName: LPCSTR,
        lpdwNumDevs: LPDWORD,
    ) -> LONG {
        let _ = hInstance;
        check_ptr(lphLineApp, 4)?;
        check_ptr(lpdwNumDevs, 4)?;
        // SAFETY: NULL or a NUL-terminated string, per the API contract.
        let name = unsafe { Strings::Ansi.read(lpszAppName.cast()) }?;
        let delivery = callback_delivery(lpfnCallback)?;
        let done = initialize(name, false, delivery)?;
        // SAFETY: both pointers were checked above.
        unsafe {
            write_out(lphLineApp, done.happ)?;
            write_out(lpdwNumDevs, done.num_devs)?;
        }
        Ok(0)
    }
}

/// `lineInitializeEx`, and with `phone` `phoneInitializeEx` (whose parameters have the
/// same layout and option values).
pub(crate) unsafe fn initialize_ex(
    phone: bool,
    lphLineApp: LPHLINEAPP,
    lpfnCallback: LINECALLBACK,
    name: Option<String>,
    lpdwNumDevs: LPDWORD,
    lpdwAPIVersion: LPDWORD,
    params: LPLINEINITIALIZEEXPARAMS,
) -> Result<LONG> {
    check_ptr(lphLineApp, 4)?;
    check_ptr(lpdwNumDevs, 4)?;
    check_ptr(lpdwAPIVersion, 4)?;
    check_ptr(params, 16)?;
    // SAFETY: checked above; the first 16 bytes are the DWORD header fields.
    let total = unsafe { read_in(std::ptr::addr_of!((*params).dwTotalSize)) }?;
    if (total as usize) < size_of::<LINEINITIALIZEEXPARAMS>() {
        return Err(LineError::STRUCTURETOOSMALL);
    }
    // SAFETY: dwTotalSize says the whole structure is there.
    let options = unsafe { read_in(std::ptr::addr_of!((*params).dwOptions)) }?;
    // SAFETY: checked above.
    let version = unsafe { read_in(lpdwAPIVersion) }?;
    if version < 0x0001_0003 {
        return Err(LineError::INCOMPATIBLEAPIVERSION);
    }
    let delivery = match options & !LINEINITIALIZEEXOPTION_CALLHUBTRACKING {
        LINEINITIALIZEEXOPTION_USEHIDDENWINDOW => callback_delivery(lpfnCallback)?,
        LINEINITIALIZEEXOPTION_USEEVENT => InitDelivery::Event,
        LINEINITIALIZEEXOPTION_USECOMPLETIONPORT => return Err(LineError::OPERATIONUNAVAIL),
        _ => return Err(LineError::INVALPARAM),
    };
    let done = initialize(name, phone, delivery)?;
    let event: HANDLE = done.event.unwrap_or(0) as *mut c_void;
    let size = size_of::<LINEINITIALIZEEXPARAMS>() as DWORD;
    // SAFETY: every pointer was checked above and the structure is `total` bytes long.
    unsafe {
        write_out(lphLineApp, done.happ)?;
        write_out(lpdwNumDevs, done.num_devs)?;
        write_out(lpdwAPIVersion, HIGHEST_VERSION)?;
        write_out(std::ptr::addr_of_mut!((*params).dwNeededSize), size)?;
        write_out(std::ptr::addr_of_mut!((*params).dwUsedSize), size)?;
        write_out(std::ptr::addr_of_mut!((*params).Handles.hEvent), event)?;
    }
    Ok(0)
}

ffi_fn! {
    /// Initializes a TAPI 2.x application (single-byte friendly name).
    ///
    /// * `lphLineApp`: receives the new `HLINEAPP`.
    /// * `hInstance`: ignored on Linux.
    /// * `lpfnCallback`: the callback, required with `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`
    ///   (run as for `lineInitialize`: in the calling thread's message loop, or on a
    ///   dispatcher thread when asked for).
    /// * `lpszFriendlyAppName`: the name, or NULL for the program's name.
    /// * `lpdwNumDevs`: receives the number of line devices.
    /// * `lpdwAPIVersion`: in: the highest API version the application supports (at least
    ///   0x00010003); out: the highest version this library supports (0x00030001).
    /// * `lpLineInitializeExParams`: `dwTotalSize` at least 28; `dwOptions` one of
    ///   `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW` or `_USEEVENT` (optionally with
    ///   `_CALLHUBTRACKING`). With `_USEEVENT`, `Handles.hEvent` receives an eventfd (see
    ///   [`LINEINITIALIZEEXPARAMS_HANDLES`]); messages are read with `lineGetMessage`.
    ///
    /// Returns 0, or `LINEERR_INVALPOINTER`, `LINEERR_STRUCTURETOOSMALL`,
    /// `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALPARAM` (unknown option),
    /// `LINEERR_OPERATIONUNAVAIL` (`_USECOMPLETIONPORT`: Linux has no completion ports),
    /// `LINEERR_NOMEM`, `LINEERR_NODRIVER` (the simulated provider's scenario,
    /// `TAPI32_SCENARIO`, is unusable; the reason is printed to stderr once).
    unsafe fn [ansi lineInitializeExA, wide lineInitializeExW](
        lphLineApp: LPHLINEAPP,
        hInstance: HINSTANCE,
        lpfnCallback: LINECALLBACK,
        lpszFriendlyAppName: LPCTSTR,
        lpdwNumDevs: LPDWORD,
        lpdwAPIVersion: LPDWORD,
        lpLineInitializeExParams: LPLINEINITIALIZEEXPARAMS,
    ) -> LONG |strings| {
        let _ = hInstance;
        // SAFETY: NULL or a NUL-terminated string of this encoding, per the API contract.
        let name = unsafe { strings.read(lpszFriendlyAppName.cast()) }?;
        // SAFETY: forwarded API contract.
        unsafe {
            initialize_ex(
                false,
                lphLineApp,
                lpfnCallback,
                name,
                lpdwNumDevs,
                lpdwAPIVersion,
                lpLineInitializeExParams,
            )
        }
    }
}

ffi_fn! {
    /// Ends an application's use of TAPI: closes every line it has open (as `lineClose`),
    /// invalidates the `HLINEAPP`, discards its queued messages, wakes a `lineGetMessage`
    /// waiting on it (which returns `LINEERR_INVALAPPHANDLE`) and closes its eventfd.
    /// It never waits for a callback running in a message loop. With a dispatcher thread
    /// (`TAPI32_CALLBACK_THREAD`), it waits for a callback running there at most
    /// `TAPI32_CALLBACK_WAIT_MS` (default 250 ms; the handle doctor reports a wait that
    /// expires); called from inside the callback it does not wait.
    ///
    /// Returns 0, or `LINEERR_INVALAPPHANDLE` (unknown or already shut down).
    fn lineShutdown(hLineApp: HLINEAPP) -> LONG {
        runtime().shutdown(hLineApp)?;
        super::pump::release(hLineApp);
        Ok(0)
    }
}

ffi_fn! {
    /// Negotiates the API version to use on a line device: the highest version this
    /// library supports within `dwAPILowVersion..=dwAPIHighVersion` (known versions:
    /// 1.3, 1.4, 2.0, 2.1, 2.2, 3.0, 3.1).
    ///
    /// * `lpdwAPIVersion`: receives the version.
    /// * `lpExtensionID`: receives all zeros (no provider extensions).
    ///
    /// Returns 0, or `LINEERR_UNINITIALIZED`, `LINEERR_INVALAPPHANDLE`,
    /// `LINEERR_BADDEVICEID`, `LINEERR_INCOMPATIBLEAPIVERSION`, `LINEERR_INVALPOINTER`.
    unsafe fn lineNegotiateAPIVersion(
        hLineApp: HLINEAPP,
        dwDeviceID: DWORD,
        dwAPILowVersion: DWORD,
        dwAPIHighVersion: DWORD,
        lpdwAPIVersion: LPDWORD,
        lpExtensionID: LPLINEEXTENSIONID,
    ) -> LONG {
        runtime().check_initialized_for(hLineApp, Kind::App)?;
        // SAFETY: forwarded API contract.
        unsafe {
            negotiated(lpdwAPIVersion, lpExtensionID, || {
                runtime().negotiate_api_version(
                    hLineApp,
                    dwDeviceID,
                    dwAPILowVersion,
                    dwAPIHighVersion,
                )
            })
        }
    }
}

/// `lineGetMessage`'s work, on either path of its boundary.
///
/// # Safety
/// As `lineGetMessage`.
unsafe fn get_message(
    hLineApp: HLINEAPP,
    lpMessage: LPLINEMESSAGE,
    dwTimeout: DWORD,
) -> Result<LONG> {
    runtime().check_initialized_for(hLineApp, Kind::App)?;
    check_ptr(lpMessage, size_of::<LINEMESSAGE>())?;
    let m = runtime().get_message(hLineApp, super::timeout(dwTimeout))?;
    let out = LINEMESSAGE {
        hDevice: m.device,
        dwMessageID: m.id,
        dwCallbackInstance: m.instance,
        dwParam1: m.p1,
        dwParam2: m.p2,
        dwParam3: m.p3,
    };
    // SAFETY: checked above.
    unsafe { write_out(lpMessage, out) }?;
    Ok(0)
}

ffi_fn! {
    /// Takes the next message of an application initialized with
    /// `LINEINITIALIZEEXOPTION_USEEVENT`.
    ///
    /// * `lpMessage`: receives the message.
    /// * `dwTimeout`: milliseconds to wait; 0 returns at once, `INFINITE` (0xFFFFFFFF)
    ///   waits until a message comes or the application shuts down.
    ///
    /// Returns 0, or `LINEERR_OPERATIONFAILED` (timeout), `LINEERR_INVALAPPHANDLE` (unknown
    /// handle, callback-mode application, or shut down while waiting),
    /// `LINEERR_INVALPOINTER`, `LINEERR_UNINITIALIZED`.
    unsafe fn lineGetMessage(
        hLineApp: HLINEAPP,
        lpMessage: LPLINEMESSAGE,
        dwTimeout: DWORD,
    ) -> LONG fast {
        // With the doctor off, the whole call (errors too) in the light boundary: it
        // queues no message and counts nothing (see `boundary_fast`).
        // SAFETY: forwarded contract.
        Some(unsafe { get_message(hLineApp, lpMessage, dwTimeout) }.unwrap_or_else(|e| e.code()))
    } {
        // SAFETY: forwarded contract.
        unsafe { get_message(hLineApp, lpMessage, dwTimeout) }
    }
}

ffi_fn! {
    /// Chooses how the callbacks of applications initialized from now on
    /// (`lineInitialize`, `lineInitializeEx` with `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`)
    /// are delivered, for programs without a message loop.
    ///
    /// * `bEnable` FALSE (the default, as on Windows): the callback runs on the thread
    ///   that initialized the application, inside its message loop (`GetMessage`,
    ///   `PeekMessage`, `DispatchMessage` of `include/win32/windows.h`).
    /// * TRUE: each application gets a dispatcher thread that runs its callback, one
    ///   message at a time. A function that retires handles waits for a callback already
    ///   running about them at most `TAPI32_CALLBACK_WAIT_MS` (default 250 ms).
    ///
    /// `TAPI32_CALLBACK_THREAD=1` in the environment does the same for unmodified
    /// programs. Returns 0.
    fn tapi32SetCallbackThread(bEnable: BOOL) -> LONG {
        CALLBACK_THREAD.store(bEnable != 0, Ordering::Release);
        Ok(0)
    }
}

/// The module file name a priority function names: NULL is `LINEERR_INVALPOINTER`.
///
/// # Safety
/// `p` must be NULL or a NUL-terminated string of `strings`' encoding.
unsafe fn app_file_name(p: *const c_void, strings: Strings) -> Result<String> {
    // SAFETY: forwarded contract.
    unsafe { strings.read(p) }?.ok_or(LineError::INVALPOINTER)
}

ffi_fn! {
    /// Puts an application first in, or takes it out of, the handoff priority list of a
    /// media mode or an Assisted Telephony request mode. No application need be
    /// initialized. The lists last as long as the process (Windows keeps them in the
    /// registry); see `docs/RULES.md`.
    ///
    /// * `lpszAppFilename`: the application's module file name, without directory (names
    ///   compare without regard to case).
    /// * `dwMediaMode`: one `LINEMEDIAMODE_` bit, or 0 for the request mode list.
    /// * `lpExtensionID`, `lpszExtensionName`: ignored.
    /// * `dwRequestMode`: with `dwMediaMode` 0, `LINEREQUESTMODE_MAKECALL` or
    ///   `LINEREQUESTMODE_MEDIACALL`; ignored otherwise.
    /// * `dwPriority`: 1 makes the application the highest priority (moving it up if it was
    ///   listed lower); 0 removes it (no error if it was not listed).
    ///
    /// Returns 0, or `LINEERR_INVALPOINTER` (NULL name), `LINEERR_INVALAPPNAME` (empty or
    /// with a directory), `LINEERR_INVALMEDIAMODE` (not a single `LINEMEDIAMODE_` bit),
    /// `LINEERR_INVALREQUESTMODE`, `LINEERR_INVALPARAM` (`dwPriority` above 1); on an
    /// error the lists are unchanged.
    unsafe fn [ansi lineSetAppPriority, ansi lineSetAppPriorityA, wide lineSetAppPriorityW](
        lpszAppFilename: LPCTSTR,
        dwMediaMode: DWORD,
        lpExtensionID: LPLINEEXTENSIONID,
        dwRequestMode: DWORD,
        lpszExtensionName: LPCTSTR,
        dwPriority: DWORD,
    ) -> LONG |strings| {
        // SAFETY: the caller passes NULL or a NUL-terminated string.
        let name = unsafe { app_file_name(lpszAppFilename.cast(), strings) }?;
        runtime()
            .priorities()
            .set(&name, dwMediaMode, dwRequestMode, dwPriority)?;
        Ok(0)
    }
}

ffi_fn! {
    /// Tells an application's position in the handoff priority list of a media mode or an
    /// Assisted Telephony request mode. No application need be initialized.
    ///
    /// * `lpszAppFilename`, `dwMediaMode`, `dwRequestMode`: as for `lineSetAppPriority`.
    /// * `lpExtensionID`, `lpExtensionName`: ignored (nothing is written to
    ///   `lpExtensionName`).
    /// * `lpdwPriority`: receives the position, 1 being the highest, or 0 when the
    ///   application is not in the list.
    ///
    /// Returns 0, or `LINEERR_INVALPOINTER` (NULL name or `lpdwPriority`),
    /// `LINEERR_INVALAPPNAME`, `LINEERR_INVALMEDIAMODE`, `LINEERR_INVALREQUESTMODE`;
    /// on an error `*lpdwPriority` is not written.
    unsafe fn [ansi lineGetAppPriority, ansi lineGetAppPriorityA, wide lineGetAppPriorityW](
        lpszAppFilename: LPCTSTR,
        dwMediaMode: DWORD,
        lpExtensionID: LPLINEEXTENSIONID,
        dwRequestMode: DWORD,
        lpExtensionName: LPVARSTRING,
        lpdwPriority: LPDWORD,
    ) -> LONG |strings| {
        check_ptr(lpdwPriority, 4)?;
        // SAFETY: the caller passes NULL or a NUL-terminated string.
        let name = unsafe { app_file_name(lpszAppFilename.cast(), strings) }?;
        let priority = runtime()
            .priorities()
            .get(&name, dwMediaMode, dwRequestMode)?;
        // SAFETY: checked for NULL and alignment above.
        unsafe { write_out(lpdwPriority, priority) }?;
        Ok(0)
    }
}
