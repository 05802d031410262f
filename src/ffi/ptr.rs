//! Checked access to the caller's memory, in the manner of rustls-ffi's pointer helpers:
//! each returns `LINEERR_INVALPOINTER` instead of touching an unusable pointer (see the
//! [module docs](super) for what counts as unusable).

use std::ffi::{c_char, CStr};
use std::mem::MaybeUninit;

use crate::core::Result;
use tapi32_defs::{LineError, DWORD, WCHAR};

/// The first 64 KiB, never allocated on Windows (so no Windows program passes a pointer
/// into it but by mistake: NULL plus an offset). A rule about the programs, not about the
/// size or layout of this machine's address space.
const LOWEST_VALID_ADDRESS: usize = 0x1_0000;

/// `Ok` if `p` is a usable pointer to `len` bytes: not NULL, not into the first 64 KiB,
/// and `p + len` does not wrap past the end of the address space. Nothing is assumed
/// about how large the address space is (a 47-bit x86-64 user space, an AArch64 one
/// above it, a 32-bit one): any other pointer is trusted. Alignment is never required:
/// this layer reads and writes the caller's memory unaligned.
pub(crate) fn check_ptr<T>(p: *const T, len: usize) -> Result<()> {
    let a = p as usize;
    let last = a.checked_add(len.saturating_sub(1));
    if a < LOWEST_VALID_ADDRESS || last.is_none() {
        Err(LineError::INVALPOINTER)
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

/// The caller's variably sized structure at `p` (`LINECALLINFO`, `LINEDEVCAPS` ...) as
/// one slice of its `dwTotalSize` bytes, the only way this layer writes such a structure.
///
/// # Safety
/// `p` must be NULL, obviously invalid or valid for reads and writes of the `dwTotalSize`
/// bytes its first `DWORD` gives, for as long as the slice is used.
pub(crate) unsafe fn caller_struct<'a, T>(p: *mut T) -> Result<&'a mut [MaybeUninit<u8>]> {
    // SAFETY: forwarded contract (the first DWORD is dwTotalSize).
    let total = unsafe { read_in(p.cast::<DWORD>()) }? as usize;
    check_ptr(p, total)?;
    // SAFETY: the caller provides `total` bytes at `p`; MaybeUninit makes no claim about
    // their contents.
    Ok(unsafe { std::slice::from_raw_parts_mut(p.cast::<MaybeUninit<u8>>(), total) })
}

/// The bytes of an optional NUL-terminated single-byte string, without the NUL.
///
/// # Safety
/// `p` must be NULL or point to a NUL-terminated string that outlives `'a`.
pub(crate) unsafe fn opt_bytes<'a>(p: *const c_char) -> Result<Option<&'a [u8]>> {
    if p.is_null() {
        return Ok(None);
    }
    check_ptr(p, 1)?;
    // SAFETY: non-NULL and NUL-terminated by the caller's contract.
    Ok(Some(unsafe { CStr::from_ptr(p) }.to_bytes()))
}

/// The code units of an optional NUL-terminated UTF-16 string, without the NUL.
///
/// # Safety
/// `p` must be NULL or point to a NUL-terminated UTF-16 string.
pub(crate) unsafe fn opt_units(p: *const WCHAR) -> Result<Option<Vec<u16>>> {
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
    Ok(Some(units))
}

/// Reads an optional NUL-terminated single-byte string as UTF-8, lossily (the Win32
/// basics' names; TAPI's strings go through [`super::Strings`]).
///
/// # Safety
/// `p` must be NULL or point to a NUL-terminated string.
// The Linux Win32 layer uses it.
#[cfg_attr(not(unix), allow(dead_code))]
pub(crate) unsafe fn opt_str(p: *const c_char) -> Result<Option<String>> {
    // SAFETY: forwarded contract.
    let bytes = unsafe { opt_bytes(p) }?;
    Ok(bytes.map(|b| String::from_utf8_lossy(b).into_owned()))
}

/// Reads an optional NUL-terminated UTF-16 string, lossily (the Win32 basics' names).
///
/// # Safety
/// `p` must be NULL or point to a NUL-terminated UTF-16 string.
// The Linux Win32 layer uses it.
#[cfg_attr(not(unix), allow(dead_code))]
pub(crate) unsafe fn opt_wstr(p: *const WCHAR) -> Result<Option<String>> {
    // SAFETY: forwarded contract.
    let units = unsafe { opt_units(p) }?;
    Ok(units.map(|u| String::from_utf16_lossy(&u)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn low_and_null_pointers_are_unusable() {
        assert!(check_ptr(std::ptr::null::<u32>(), 4).is_err());
        assert!(check_ptr(0x10 as *const u32, 4).is_err());
        let x = 0u32;
        assert!(check_ptr(&x, 4).is_ok());
    }

    #[test]
    fn no_assumption_about_the_address_space_size() {
        // Above x86-64's 47-bit user space (AArch64 stacks, a 57-bit space), or at the top
        // of a 32-bit one: trusted, whatever the target's pointer width.
        let high = usize::MAX / 2 + 1;
        assert!(check_ptr(high as *const u8, 4096).is_ok());
        assert!(check_ptr((usize::MAX - 4095) as *const u8, 4096).is_ok());
        assert!(check_ptr(LOWEST_VALID_ADDRESS as *const u8, 1).is_ok());
        assert!(check_ptr((LOWEST_VALID_ADDRESS - 1) as *const u8, 1).is_err());
        // p + len wraps past the end of the address space.
        assert!(check_ptr((usize::MAX - 2) as *const u32, 4).is_err());
        assert!(check_ptr((usize::MAX - 4094) as *const u8, 4096).is_err());
        assert!(check_ptr(high as *const u8, usize::MAX).is_err());
        // A zero-length span is checked for its start only.
        assert!(check_ptr(usize::MAX as *const u8, 0).is_ok());
    }

    #[test]
    fn caller_struct_spans_dw_total_size() {
        let mut buf = [0u8; 16];
        buf[..4].copy_from_slice(&12u32.to_ne_bytes());
        // SAFETY: `buf` holds 16 >= 12 bytes.
        let s = unsafe { caller_struct(buf.as_mut_ptr()) }.unwrap();
        assert_eq!(s.len(), 12);
        // SAFETY: NULL is checked before any access.
        let null = unsafe { caller_struct(std::ptr::null_mut::<u32>()) };
        assert_eq!(null.err(), Some(LineError::INVALPOINTER));
    }
}
