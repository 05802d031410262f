//! The C ABI: exported `extern "system"` functions, `#[repr(C)]` types and constants.
//!
//! This layer checks pointers, catches panics, and converts between C structures and the
//! core's types; it holds no telephony logic. Each exported function's body runs inside
//! [`ffi_boundary!`], so no panic crosses into C: it becomes `LINEERR_OPERATIONFAILED`.
//!
//! Pointers: a pointer argument is "unusable" (`LINEERR_INVALPOINTER`) when it is NULL,
//! points into the first 64 KiB of the address space (where Linux maps nothing, so these
//! are NULL plus an offset), or lies beyond the user address space. Any other pointer is
//! trusted, as `tapi32.dll` trusts one that passes `IsBadWritePtr`. Structures are read
//! and written unaligned, so the caller's buffers need no particular alignment.

pub mod constants;
pub mod types;
pub mod win32;

mod app;
mod call;
mod line;
mod sim;
mod varstruct;

pub use app::*;
pub use call::*;
pub use line::*;
pub use sim::*;

use std::ffi::{c_char, CStr};

use crate::core::{LineErr, Result};
use constants::LINEERR_INVALPOINTER;
use win32::{LONG, WCHAR};

/// Runs an exported function's body (a block evaluating to `core::Result<LONG>`),
/// turning an error into its `LINEERR_` code and a panic into `LINEERR_OPERATIONFAILED`.
/// Names the function and its arguments for the handle doctor, which (when on) reports
/// findings under that name and traces the call with its arguments and result.
macro_rules! ffi_boundary {
    ($name:literal, [$($arg:ident),* $(,)?], $body:block) => {{
        let call = $crate::doctor::enter($name);
        let result = $crate::ffi::boundary(|| $body);
        if let Some(call) = call {
            if call.traced() {
                call.leave_traced(
                    result,
                    &[$((stringify!($arg), $crate::doctor::TraceArg::trace(&$arg))),*],
                );
            } else {
                call.leave();
            }
        }
        result
    }};
}
pub(crate) use ffi_boundary;

#[doc(hidden)]
pub fn boundary(f: impl FnOnce() -> Result<LONG>) -> LONG {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => e.code(),
        Err(_) => constants::LINEERR_OPERATIONFAILED as LONG,
    }
}

const LOWEST_VALID_ADDRESS: usize = 0x1_0000;
const HIGHEST_VALID_ADDRESS: usize = if usize::BITS == 64 {
    0x0000_7fff_ffff_ffff
} else {
    usize::MAX
};

/// `Ok` if `p` is a usable pointer to `len` bytes (see the module docs).
pub(crate) fn check_ptr<T>(p: *const T, len: usize) -> Result<()> {
    let a = p as usize;
    if !(LOWEST_VALID_ADDRESS..=HIGHEST_VALID_ADDRESS).contains(&a)
        || a.checked_add(len)
            .is_none_or(|end| end > HIGHEST_VALID_ADDRESS + 1)
    {
        Err(LineErr(LINEERR_INVALPOINTER))
    } else {
        Ok(())
    }
}

/// Writes `v` to the caller's `p` after checking it.
///
/// # Safety
/// `p` must be NULL, obviously invalid (see [`check_ptr`]) or valid for a write of `T`.
pub(crate) unsafe fn write_out<T>(p: *mut T, v: T) -> Result<()> {
    check_ptr(p, size_of::<T>())?;
    // SAFETY: checked above as far as can be; the caller guarantees the rest.
    unsafe { p.write_unaligned(v) };
    Ok(())
}

/// Reads a `T` from the caller's `p` after checking it.
///
/// # Safety
/// As [`write_out`], for a read.
pub(crate) unsafe fn read_in<T>(p: *const T) -> Result<T> {
    check_ptr(p, size_of::<T>())?;
    // SAFETY: checked above as far as can be; the caller guarantees the rest.
    Ok(unsafe { p.read_unaligned() })
}

/// Reads an optional NUL-terminated single-byte string (taken as UTF-8, lossily).
///
/// # Safety
/// `p` must be NULL or point to a NUL-terminated string.
pub(crate) unsafe fn opt_str(p: *const c_char) -> Result<Option<String>> {
    if p.is_null() {
        return Ok(None);
    }
    check_ptr(p, 1)?;
    // SAFETY: non-NULL and NUL-terminated by the caller's contract.
    let s = unsafe { CStr::from_ptr(p) };
    Ok(Some(s.to_string_lossy().into_owned()))
}

/// Reads an optional NUL-terminated UTF-16 string.
///
/// # Safety
/// `p` must be NULL or point to a NUL-terminated UTF-16 string.
pub(crate) unsafe fn opt_wstr(p: *const WCHAR) -> Result<Option<String>> {
    if p.is_null() {
        return Ok(None);
    }
    check_ptr(p, 2)?;
    let mut units = Vec::new();
    let mut q = p;
    loop {
        // SAFETY: the string is NUL-terminated, so every unit up to the NUL is readable.
        let u = unsafe { q.read_unaligned() };
        if u == 0 {
            break;
        }
        units.push(u);
        // SAFETY: stays within the string (we have not passed its NUL).
        q = unsafe { q.add(1) };
    }
    Ok(Some(String::from_utf16_lossy(&units)))
}

/// Which string encoding an entry point returns and takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strings {
    /// The plain (TAPI 1.x) and `A` entry points: single-byte strings.
    Ansi = 0,
    /// The `W` entry points: UTF-16.
    Wide = 1,
}

impl Strings {
    /// Reads a caller's string in this encoding.
    ///
    /// # Safety
    /// `p` must be NULL or point to a NUL-terminated string of this encoding.
    pub(crate) unsafe fn read(self, p: *const std::ffi::c_void) -> Result<Option<String>> {
        match self {
            // SAFETY: forwarded contract.
            Strings::Ansi => unsafe { opt_str(p.cast()) },
            // SAFETY: forwarded contract.
            Strings::Wide => unsafe { opt_wstr(p.cast()) },
        }
    }

    /// `s` encoded with its terminating NUL.
    pub(crate) fn encode(self, s: &str) -> Vec<u8> {
        match self {
            Strings::Ansi => {
                let mut v = s.as_bytes().to_vec();
                v.push(0);
                v
            }
            Strings::Wide => s
                .encode_utf16()
                .chain(std::iter::once(0))
                .flat_map(u16::to_ne_bytes)
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;
    use types::*;

    /// An internal panic in an exported function (here in the provider, with the
    /// control lock held, so the lock is poisoned) becomes `LINEERR_OPERATIONFAILED`,
    /// and the library stays usable afterwards.
    #[test]
    fn panic_in_export_is_contained_and_library_stays_usable() {
        let mut app: HLINEAPP = 0;
        let (mut n, mut ver) = (0u32, 0x0002_0002u32);
        // SAFETY: all-zero is a valid LINEINITIALIZEEXPARAMS (a NULL handle union).
        let mut p: LINEINITIALIZEEXPARAMS = unsafe { std::mem::zeroed() };
        p.dwTotalSize = size_of::<LINEINITIALIZEEXPARAMS>() as u32;
        p.dwOptions = constants::LINEINITIALIZEEXOPTION_USEEVENT;
        let name = c"panic-test";
        // SAFETY: valid pointers to live locals.
        unsafe {
            assert_eq!(
                lineInitializeExA(
                    &mut app,
                    std::ptr::null_mut(),
                    None,
                    name.as_ptr(),
                    &mut n,
                    &mut ver,
                    &mut p
                ),
                0
            );
            let mut line: HLINE = 0;
            let owner = constants::LINECALLPRIVILEGE_OWNER;
            let voice = constants::LINEMEDIAMODE_INTERACTIVEVOICE;
            let null_params = std::ptr::null_mut();
            assert_eq!(
                lineOpen(
                    app,
                    0,
                    &mut line,
                    0x0002_0002,
                    0,
                    0,
                    owner,
                    voice,
                    null_params
                ),
                0
            );
            let dest = c"5551234";
            let mut call: HCALL = 0;
            crate::sim::test_hooks::PANIC_IN_MAKE_CALL.store(true, Ordering::Release);
            let r = lineMakeCall(line, &mut call, dest.as_ptr(), 0, null_params);
            assert_eq!(r, constants::LINEERR_OPERATIONFAILED as LONG);
            // Usable afterwards: a new call works end to end.
            let r = lineMakeCall(line, &mut call, dest.as_ptr(), 0, null_params);
            assert!(r > 0, "lineMakeCall after the panic returned {r:#x}");
            assert_ne!(call, 0);
            let mut info = [0u8; 1024];
            info[..4].copy_from_slice(&1024u32.to_ne_bytes());
            assert_eq!(lineGetCallInfo(call, info.as_mut_ptr().cast()), 0);
            assert_eq!(lineClose(line), 0);
            assert_eq!(
                lineGetCallInfo(call, info.as_mut_ptr().cast()),
                constants::LINEERR_INVALCALLHANDLE as LONG
            );
            assert_eq!(lineShutdown(app), 0);
        }
    }

    #[test]
    fn boundary_turns_panics_into_operationfailed() {
        let r = boundary(|| panic!("boom"));
        assert_eq!(r, constants::LINEERR_OPERATIONFAILED as LONG);
        assert_eq!(boundary(|| Ok(7)), 7);
        assert_eq!(
            boundary(|| Err(LineErr(constants::LINEERR_INVALCALLHANDLE))),
            constants::LINEERR_INVALCALLHANDLE as LONG
        );
    }

    #[test]
    fn low_and_null_pointers_are_unusable() {
        assert!(check_ptr(std::ptr::null::<u32>(), 4).is_err());
        assert!(check_ptr(0x10 as *const u32, 4).is_err());
        let x = 0u32;
        assert!(check_ptr(&x, 4).is_ok());
    }
}
