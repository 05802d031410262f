//! The base Win32 types TAPI's signatures use, with Windows' widths.
//!
//! These mirror `include/tapi32_wintypes.h` (hand-written, since on Windows they come
//! from `<windows.h>`, not from `tapi.h`). `DWORD` and `LONG` are 32 bits and `WCHAR` 16
//! bits on every platform; `DWORD_PTR` is pointer-sized.

use std::ffi::{c_char, c_void};

/// 32-bit unsigned.
pub type DWORD = u32;
/// 32-bit signed.
pub type LONG = i32;
/// 16-bit unsigned.
pub type WORD = u16;
/// 8-bit unsigned.
pub type BYTE = u8;
/// Windows `BOOL` (an `int`).
pub type BOOL = i32;
/// A UTF-16 code unit.
pub type WCHAR = u16;
/// Pointer-sized unsigned.
pub type DWORD_PTR = usize;
/// An opaque handle.
pub type HANDLE = *mut c_void;
/// A module instance handle (unused on Linux).
pub type HINSTANCE = *mut c_void;
/// A window handle (assisted telephony's requests; unused on Linux).
pub type HWND = *mut c_void;
/// An icon handle (`lineGetIcon`; unused on Linux).
pub type HICON = *mut c_void;
/// A message parameter: pointer-sized unsigned.
pub type WPARAM = usize;
/// An OLE date: days since 30 December 1899, as a `double`.
pub type DATE = f64;
/// OLE's `CURRENCY` (`CY`): a 64-bit integer in units of 1/10000, with the `Lo`/`Hi`
/// halves of its C union.
pub type CURRENCY = i64;
/// Pointer to `DWORD`.
pub type LPDWORD = *mut DWORD;
/// Pointer to a writable single-byte string.
pub type LPSTR = *mut c_char;
/// Pointer to a writable UTF-16 string.
pub type LPWSTR = *mut WCHAR;
/// Pointer to anything.
pub type LPVOID = *mut c_void;
/// Pointer to a NUL-terminated single-byte string.
pub type LPCSTR = *const c_char;
/// Pointer to a NUL-terminated UTF-16 string.
pub type LPCWSTR = *const WCHAR;

/// `GUID`
#[repr(C)]
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct GUID {
    /// First 32 bits.
    pub Data1: u32,
    /// Next 16 bits.
    pub Data2: u16,
    /// Next 16 bits.
    pub Data3: u16,
    /// Last 64 bits.
    pub Data4: [u8; 8],
}

/// `SYSTEMTIME`
#[repr(C)]
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct SYSTEMTIME {
    /// Year.
    pub wYear: WORD,
    /// Month, 1-12.
    pub wMonth: WORD,
    /// Day of week, 0 = Sunday.
    pub wDayOfWeek: WORD,
    /// Day of month, 1-31.
    pub wDay: WORD,
    /// Hour.
    pub wHour: WORD,
    /// Minute.
    pub wMinute: WORD,
    /// Second.
    pub wSecond: WORD,
    /// Milliseconds.
    pub wMilliseconds: WORD,
}
