//! Building TAPI's variably sized structures (`LINECALLINFO`, `LINEDEVCAPS` ...).
//!
//! The fixed part comes first, truncated to the size of the API version in use; variable
//! fields follow in the order they are added, each returned whole or not at all (a field
//! that does not fit keeps Size and Offset 0). `dwNeededSize` counts everything,
//! `dwUsedSize` what was written; nothing is written past `dwTotalSize`.

use std::mem::size_of;

pub(crate) struct VarStruct {
    buf: Vec<u8>,
    fixed: usize,
    total: usize,
    needed: usize,
}

impl VarStruct {
    /// Starts from `image` (a packed, padding-free `#[repr(C)]` structure), keeping its
    /// first `fixed` bytes. `total` is the caller's `dwTotalSize` (at least `fixed`).
    pub(crate) fn new<T: Copy>(image: &T, fixed: usize, total: u32) -> Self {
        debug_assert!(fixed <= size_of::<T>());
        // SAFETY: `T` is a packed plain-data structure of DWORDs, GUIDs and SYSTEMTIMEs:
        // all of its `size_of::<T>()` bytes are initialized.
        let bytes =
            unsafe { std::slice::from_raw_parts((image as *const T).cast::<u8>(), size_of::<T>()) };
        VarStruct {
            buf: bytes[..fixed].to_vec(),
            fixed,
            total: total as usize,
            needed: fixed,
        }
    }

    fn put_u32(&mut self, at: usize, v: u32) {
        self.buf[at..at + 4].copy_from_slice(&v.to_ne_bytes());
    }

    /// Adds variable data whose `dwXxxSize` field is at byte `size_at` (its `dwXxxOffset`
    /// follows). Fields beyond the fixed part of this version are skipped.
    pub(crate) fn field(&mut self, size_at: usize, data: &[u8]) {
        if data.is_empty() || size_at + 8 > self.fixed {
            return;
        }
        self.needed += data.len();
        let at = self.buf.len();
        if at + data.len() <= self.total {
            self.buf.extend_from_slice(data);
            self.put_u32(size_at, data.len() as u32);
            self.put_u32(size_at + 4, at as u32);
        }
    }

    /// Sets `dwTotalSize`, `dwNeededSize`, `dwUsedSize` and returns the bytes to copy
    /// to the caller (never more than `dwTotalSize`).
    pub(crate) fn finish(mut self) -> Vec<u8> {
        let (total, needed, used) = (self.total as u32, self.needed as u32, self.buf.len() as u32);
        self.put_u32(0, total);
        self.put_u32(4, needed);
        self.put_u32(8, used);
        self.buf
    }
}

/// Copies `bytes` to the caller's structure at `dst`.
///
/// # Safety
/// `dst` must be valid for writes of `bytes.len()` bytes (the caller's `dwTotalSize`
/// covers them: [`VarStruct::finish`] never returns more).
pub(crate) unsafe fn copy_out(dst: *mut u8, bytes: &[u8]) {
    // SAFETY: forwarded contract; the source is our own buffer, so they cannot overlap.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[repr(C, packed)]
    #[derive(Clone, Copy, Default)]
    struct Demo {
        total: u32,
        needed: u32,
        used: u32,
        a_size: u32,
        a_off: u32,
        b_size: u32,
        b_off: u32,
    }

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_ne_bytes(b[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn fields_are_whole_or_absent() {
        let mut v = VarStruct::new(&Demo::default(), 28, 28 + 5);
        v.field(12, b"abcdef\0"); // 7 bytes: does not fit
        v.field(20, b"xyz\0"); // 4 bytes: fits
        let out = v.finish();
        assert_eq!(out.len(), 32);
        assert_eq!(u32_at(&out, 4), 28 + 7 + 4);
        assert_eq!(u32_at(&out, 8), 32);
        assert_eq!((u32_at(&out, 12), u32_at(&out, 16)), (0, 0));
        assert_eq!((u32_at(&out, 20), u32_at(&out, 24)), (4, 28));
        assert_eq!(&out[28..32], b"xyz\0");
    }
}
