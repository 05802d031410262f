//! Writing TAPI's variably sized structures (`LINECALLINFO`, `LINEDEVCAPS` ...) straight
//! into the caller's buffer, with no allocation.
//!
//! The fixed part comes first, truncated to the size of the API version in use; variable
//! fields follow in the order they are added, each returned whole or not at all (a field
//! that does not fit keeps Size and Offset 0). `dwNeededSize` counts everything,
//! `dwUsedSize` what was written; nothing is written past `dwTotalSize`.

use std::mem::size_of;

use super::Strings;

/// A variably sized structure being written into the caller's buffer.
pub(crate) struct VarOut {
    dst: *mut u8,
    fixed: usize,
    total: usize,
    used: usize,
    needed: usize,
}

impl VarOut {
    /// Writes the first `fixed` bytes of `image` (a packed, padding-free `#[repr(C)]`
    /// structure) to `dst`. `total` is the caller's `dwTotalSize`.
    ///
    /// # Safety
    /// `dst` must be valid for writes of `total` bytes, and `fixed <= total`.
    pub(crate) unsafe fn new<T: Copy>(dst: *mut u8, image: &T, fixed: usize, total: u32) -> Self {
        assert!(fixed <= size_of::<T>() && fixed <= total as usize);
        // SAFETY: `T` is a packed plain-data structure of DWORDs, GUIDs and SYSTEMTIMEs,
        // so its first `fixed` bytes are initialized; `dst` has room for `total >= fixed`
        // bytes and cannot overlap our local `image`.
        unsafe { std::ptr::copy_nonoverlapping((image as *const T).cast::<u8>(), dst, fixed) };
        VarOut {
            dst,
            fixed,
            total: total as usize,
            used: fixed,
            needed: fixed,
        }
    }

    fn put_u32(&mut self, at: usize, v: u32) {
        assert!(at + 4 <= self.fixed);
        // SAFETY: within the fixed part, which is within the caller's buffer.
        unsafe { self.dst.add(at).cast::<u32>().write_unaligned(v) }
    }

    /// Reserves `len` bytes of variable data for the field whose `dwXxxSize` is at byte
    /// `size_at` (its `dwXxxOffset` follows): counts them as needed and, if they fit,
    /// records the field and returns where to write them. Fields beyond the fixed part of
    /// this version are skipped.
    fn reserve(&mut self, size_at: usize, len: usize) -> Option<*mut u8> {
        if len == 0 || size_at + 8 > self.fixed {
            return None;
        }
        self.needed += len;
        let at = self.used;
        if at + len > self.total {
            return None;
        }
        self.used += len;
        self.put_u32(size_at, len as u32);
        self.put_u32(size_at + 4, at as u32);
        // SAFETY: `at + len <= total`: inside the caller's buffer.
        Some(unsafe { self.dst.add(at) })
    }

    /// Adds `data` as the variable field at `size_at`.
    pub(crate) fn bytes(&mut self, size_at: usize, data: &[u8]) {
        if let Some(p) = self.reserve(size_at, data.len()) {
            // SAFETY: `reserve` checked that `data.len()` bytes fit at `p`.
            unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), p, data.len()) }
        }
    }

    /// Adds `text` (if any) with its terminating NUL, encoded as `strings`, as the
    /// variable field at `size_at`.
    pub(crate) fn text(&mut self, size_at: usize, text: Option<&str>, strings: Strings) {
        let Some(t) = text else {
            return;
        };
        match strings {
            Strings::Ansi => {
                let len = t.len() + 1;
                if let Some(p) = self.reserve(size_at, len) {
                    // SAFETY: `len` bytes fit at `p`.
                    unsafe {
                        std::ptr::copy_nonoverlapping(t.as_ptr(), p, t.len());
                        p.add(t.len()).write(0);
                    }
                }
            }
            Strings::Wide => {
                let units = if t.is_ascii() {
                    t.len()
                } else {
                    t.encode_utf16().count()
                };
                if let Some(p) = self.reserve(size_at, (units + 1) * 2) {
                    let p = p.cast::<u16>();
                    for (i, u) in t.encode_utf16().chain(std::iter::once(0)).enumerate() {
                        // SAFETY: `units + 1` code units fit at `p`.
                        unsafe { p.add(i).write_unaligned(u) }
                    }
                }
            }
        }
    }

    /// Sets `dwTotalSize`, `dwNeededSize` and `dwUsedSize`.
    pub(crate) fn finish(mut self) {
        let (total, needed, used) = (self.total as u32, self.needed as u32, self.used as u32);
        self.put_u32(0, total);
        self.put_u32(4, needed);
        self.put_u32(8, used);
    }
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
        c_size: u32,
        c_off: u32,
    }

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_ne_bytes(b[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn fields_are_whole_or_absent_and_nothing_lands_past_total() {
        let mut buf = [0xAAu8; 64];
        // SAFETY: 36 + 5 bytes of `buf` are writable.
        let mut v = unsafe { VarOut::new(buf.as_mut_ptr(), &Demo::default(), 36, 36 + 5) };
        v.text(12, Some("abcdef"), Strings::Ansi); // 7 bytes: does not fit
        v.text(20, Some("xyz"), Strings::Ansi); // 4 bytes: fits
        v.text(28, None, Strings::Ansi);
        v.finish();
        assert_eq!(u32_at(&buf, 0), 41);
        assert_eq!(u32_at(&buf, 4), 36 + 7 + 4);
        assert_eq!(u32_at(&buf, 8), 40);
        assert_eq!((u32_at(&buf, 12), u32_at(&buf, 16)), (0, 0));
        assert_eq!((u32_at(&buf, 20), u32_at(&buf, 24)), (4, 36));
        assert_eq!((u32_at(&buf, 28), u32_at(&buf, 32)), (0, 0));
        assert_eq!(&buf[36..40], b"xyz\0");
        assert!(buf[40..].iter().all(|&b| b == 0xAA));
    }

    #[test]
    fn wide_text_is_utf16_with_a_nul() {
        let mut buf = [0u8; 64];
        // SAFETY: 64 bytes of `buf` are writable.
        let mut v = unsafe { VarOut::new(buf.as_mut_ptr(), &Demo::default(), 36, 64) };
        v.text(12, Some("Zoë"), Strings::Wide);
        v.finish();
        assert_eq!((u32_at(&buf, 12), u32_at(&buf, 16)), (8, 36));
        let units: Vec<u16> = buf[36..44]
            .chunks(2)
            .map(|c| u16::from_ne_bytes([c[0], c[1]]))
            .collect();
        assert_eq!(units, [0x5A, 0x6F, 0xEB, 0]);
    }

    #[test]
    fn fields_past_the_versions_fixed_part_are_skipped() {
        let mut buf = [0u8; 64];
        // SAFETY: 64 bytes of `buf` are writable.
        let mut v = unsafe { VarOut::new(buf.as_mut_ptr(), &Demo::default(), 28, 64) };
        v.text(28, Some("later version"), Strings::Ansi);
        v.finish();
        assert_eq!((u32_at(&buf, 4), u32_at(&buf, 8)), (28, 28));
    }
}
