//! The Win32 types and values the message loop uses, as the Windows SDK defines them
//! (`include/win32/windows.h` declares the same for C).

use std::ffi::c_void;

use tapi32_defs::{DWORD, HANDLE, LONG};
// A window handle (the library has no windows but the hidden ones of TAPI applications,
// whose handles are never dereferenced) and the pointer-sized `wParam`: `tapi.h`'s
// assisted-telephony structures use them too.
pub use tapi32_defs::{HWND, WPARAM};

/// 32-bit unsigned.
pub type UINT = u32;
/// Pointer-sized signed (`lParam`).
pub type LPARAM = isize;
/// Pointer-sized unsigned.
pub type UINT_PTR = usize;
/// Pointer to the first of an array of handles.
pub type LPHANDLE = *const HANDLE;

/// `POINT`
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct POINT {
    /// x
    pub x: LONG,
    /// y
    pub y: LONG,
}

/// `MSG`: 48 bytes on 64-bit, naturally aligned (the SDK does not pack it).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MSG {
    /// The window, or NULL for a thread message.
    pub hwnd: HWND,
    /// The message.
    pub message: UINT,
    /// Its first parameter.
    pub wParam: WPARAM,
    /// Its second parameter.
    pub lParam: LPARAM,
    /// When it was posted (`GetTickCount`).
    pub time: DWORD,
    /// The cursor position (always 0, 0 here).
    pub pt: POINT,
}
/// Pointer to [`MSG`].
pub type LPMSG = *mut MSG;

/// A timer's callback (`SetTimer`), called by `DispatchMessage`.
pub type TIMERPROC = Option<unsafe extern "C-unwind" fn(HWND, UINT, UINT_PTR, DWORD)>;

/// The thread was asked to quit (`PostQuitMessage`).
pub const WM_QUIT: UINT = 0x0012;
/// A timer went off.
pub const WM_TIMER: UINT = 0x0113;
/// The message TAPI's hidden window of an application receives: `DispatchMessage`
/// delivers the application's next TAPI message to its callback. In the range of
/// registered window messages, as Windows' own is.
pub const WM_TAPI: UINT = 0xC0DE;

/// `PeekMessage`: leave the message in the queue.
pub const PM_NOREMOVE: UINT = 0x0000;
/// `PeekMessage`: take the message.
pub const PM_REMOVE: UINT = 0x0001;

/// `MsgWaitForMultipleObjects` wake mask: a posted message.
pub const QS_POSTMESSAGE: DWORD = 0x0008;
/// A timer message.
pub const QS_TIMER: DWORD = 0x0010;
/// Any posted message.
pub const QS_ALLPOSTMESSAGE: DWORD = 0x0100;

/// `MsgWaitForMultipleObjectsEx` flag: every handle must be signalled.
pub const MWMO_WAITALL: DWORD = 0x0001;

/// A wait's first handle was signalled.
pub const WAIT_OBJECT_0: DWORD = 0;
/// A wait timed out.
pub const WAIT_TIMEOUT: DWORD = 258;
/// A wait failed (bad handle).
pub const WAIT_FAILED: DWORD = 0xFFFF_FFFF;
/// Wait without a time limit.
pub const INFINITE: DWORD = 0xFFFF_FFFF;
/// At most this many handles in one wait.
pub const MAXIMUM_WAIT_OBJECTS: DWORD = 64;

/// `GetLastError`: a bad parameter.
pub const ERROR_INVALID_PARAMETER: DWORD = 87;
/// `GetLastError`: a bad window handle.
pub const ERROR_INVALID_WINDOW_HANDLE: DWORD = 1400;
/// `GetLastError`: no such timer.
pub const ERROR_INVALID_HANDLE: DWORD = 6;
/// `GetLastError`: the thread has no message queue.
pub const ERROR_INVALID_THREAD_ID: DWORD = 1444;

// Strings the callee writes (`LPSTR`, `LPWSTR`) are the definitions crate's.
pub use tapi32_defs::{LPSTR, LPWSTR};
/// A byte count (`ULONG_PTR`).
pub type SIZE_T = usize;
/// A block of `LocalAlloc` memory (here its address).
pub type HLOCAL = *mut c_void;
/// A block of `GlobalAlloc` memory (here its address).
pub type HGLOBAL = *mut c_void;
/// A module (`GetModuleHandle`).
pub type HMODULE = *mut c_void;
/// `SECURITY_ATTRIBUTES *`: accepted and ignored.
pub type LPSECURITY_ATTRIBUTES = *mut c_void;

/// Bytes of a `CRITICAL_SECTION`: as large as the SDK's on 64-bit Windows (40) and as a
/// pthread mutex, which the library keeps in it (40 bytes on x86-64, 48 on AArch64).
/// `include/win32/windows.h` declares the same size.
pub const CRITICAL_SECTION_SIZE: usize = if cfg!(target_arch = "x86_64") { 40 } else { 48 };

/// `CRITICAL_SECTION`: opaque, 8-byte aligned, holding a recursive pthread mutex.
#[repr(C)]
pub struct CRITICAL_SECTION {
    _opaque: [u64; CRITICAL_SECTION_SIZE / 8],
}
/// Pointer to [`CRITICAL_SECTION`].
pub type LPCRITICAL_SECTION = *mut CRITICAL_SECTION;

const _: () = assert!(
    size_of::<libc::pthread_mutex_t>() <= CRITICAL_SECTION_SIZE
        && align_of::<libc::pthread_mutex_t>() <= align_of::<CRITICAL_SECTION>()
);

/// `LocalAlloc`/`GlobalAlloc`: fixed memory (the handle is the address).
pub const LMEM_FIXED: UINT = 0x0000;
/// Moveable memory (here fixed too: its handle is its address).
pub const LMEM_MOVEABLE: UINT = 0x0002;
/// Zero the memory.
pub const LMEM_ZEROINIT: UINT = 0x0040;
/// `LocalReAlloc`: change the flags only.
pub const LMEM_MODIFY: UINT = 0x0080;

/// No error.
pub const NO_ERROR: DWORD = 0;
/// Not enough memory.
pub const ERROR_NOT_ENOUGH_MEMORY: DWORD = 8;
/// `GetModuleHandle`: no such module.
pub const ERROR_MOD_NOT_FOUND: DWORD = 126;
/// `GlobalUnlock`: the block was not locked.
pub const ERROR_NOT_LOCKED: DWORD = 158;
/// `CreateEvent`: the named event existed already.
pub const ERROR_ALREADY_EXISTS: DWORD = 183;
