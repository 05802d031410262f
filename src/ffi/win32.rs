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
/// Pointer to `DWORD`.
pub type LPDWORD = *mut DWORD;
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

impl SYSTEMTIME {
    /// The UTC calendar time of `t`.
    pub fn from_system_time(t: std::time::SystemTime) -> Self {
        let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let secs = d.as_secs();
        let days = (secs / 86_400) as i64;
        let rem = secs % 86_400;
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        SYSTEMTIME {
            wYear: year as u16,
            wMonth: month as u16,
            wDayOfWeek: ((days + 4).rem_euclid(7)) as u16,
            wDay: day as u16,
            wHour: (rem / 3600) as u16,
            wMinute: (rem % 3600 / 60) as u16,
            wSecond: (rem % 60) as u16,
            wMilliseconds: d.subsec_millis() as u16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn systemtime_from_known_instant() {
        // 2024-02-29T13:14:15.678Z, a Thursday.
        let t = UNIX_EPOCH + Duration::from_millis(1_709_212_455_678);
        let s = SYSTEMTIME::from_system_time(t);
        assert_eq!((s.wYear, s.wMonth, s.wDay, s.wDayOfWeek), (2024, 2, 29, 4));
        assert_eq!(
            (s.wHour, s.wMinute, s.wSecond, s.wMilliseconds),
            (13, 14, 15, 678)
        );
    }
}
