//! Writing TAPI's variably sized structures (`LINECALLINFO`, `LINEDEVCAPS` ...) into the
//! caller's buffer, with no allocation, through one slice of its `dwTotalSize` bytes
//! ([`super::ptr::caller_struct`]): every write is bounds-checked against that slice.
//!
//! The fixed part comes first, truncated to the size of the API version in use; variable
//! fields follow in the order they are added, each returned whole or not at all (a field
//! that does not fit keeps Size and Offset 0). `dwNeededSize` counts everything,
//! `dwUsedSize` what was written; nothing is written past `dwTotalSize`.

use std::mem::{size_of, MaybeUninit};

use super::Strings;

/// The bytes of `v`, a packed plain-data `#[repr(C)]` structure.
pub(crate) fn bytes_of<T: Copy>(v: &T) -> &[u8] {
    // SAFETY: callers pass the SDK's packed structures of integers, GUIDs and
    // SYSTEMTIMEs: no padding, every byte initialized.
    unsafe { std::slice::from_raw_parts((v as *const T).cast::<u8>(), size_of::<T>()) }
}

/// Copies `src` to the start of `dst`. Panics if it does not fit (a bug, caught at the
/// C boundary).
pub(crate) fn put(dst: &mut [MaybeUninit<u8>], src: &[u8]) {
    let dst = &mut dst[..src.len()];
    // SAFETY: `dst` is exactly `src.len()` writable bytes; the two cannot overlap (one is
    // the caller's buffer, the other ours).
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().cast(), src.len()) }
}

/// A variably sized structure being written into the caller's buffer.
pub(crate) struct VarOut<'a> {
    buf: &'a mut [MaybeUninit<u8>],
    fixed: usize,
    used: usize,
    needed: usize,
}

impl<'a> VarOut<'a> {
    /// Writes the first `fixed` bytes of `image` (a packed, padding-free `#[repr(C)]`
    /// structure) to `buf`, the caller's `dwTotalSize` bytes. Panics unless
    /// `fixed <= buf.len()` (callers check for `LINEERR_STRUCTURETOOSMALL` first).
    pub(crate) fn new<T: Copy>(buf: &'a mut [MaybeUninit<u8>], image: &T, fixed: usize) -> Self {
        put(buf, &bytes_of(image)[..fixed]);
        VarOut {
            buf,
            fixed,
            used: fixed,
            needed: fixed,
        }
    }

    fn put_u32(&mut self, at: usize, v: u32) {
        assert!(at + 4 <= self.fixed);
        put(&mut self.buf[at..], &v.to_ne_bytes());
    }

    /// Reserves `len` bytes of variable data for the field whose `dwXxxSize` is at byte
    /// `size_at` (its `dwXxxOffset` follows): counts them as needed and, if they fit,
    /// records the field and returns where to write them. Fields beyond the fixed part of
    /// this version are skipped.
    fn reserve(&mut self, size_at: usize, len: usize) -> Option<&mut [MaybeUninit<u8>]> {
        if len == 0 || size_at + 8 > self.fixed {
            return None;
        }
        self.needed += len;
        let at = self.used;
        if at + len > self.buf.len() {
            return None;
        }
        self.used += len;
        self.put_u32(size_at, len as u32);
        self.put_u32(size_at + 4, at as u32);
        Some(&mut self.buf[at..at + len])
    }

    /// Adds `data` as the variable field at `size_at`.
    pub(crate) fn bytes(&mut self, size_at: usize, data: &[u8]) {
        if let Some(dst) = self.reserve(size_at, data.len()) {
            put(dst, data);
        }
    }

    /// Adds `text` (if any) with its terminating NUL, encoded as `strings`, as the
    /// variable field at `size_at`.
    pub(crate) fn text(&mut self, size_at: usize, text: Option<&str>, strings: Strings) {
        let Some(t) = text else {
            return;
        };
        let body = strings.encode_body(t);
        let unit = strings.unit();
        if let Some(dst) = self.reserve(size_at, body.len() + unit) {
            put(dst, &body);
            for b in &mut dst[body.len()..] {
                b.write(0);
            }
        }
    }

    /// Where the next variable field would start (the `base` of a [`Block`]).
    pub(crate) fn next_offset(&self) -> usize {
        self.used
    }

    /// Adds `block` (built for [`VarOut::next_offset`]) whole or not at all as the array
    /// field at `size_at`: its `dwXxxSize` counts the array's entries only, the strings
    /// they point to follow the array.
    pub(crate) fn block(&mut self, size_at: usize, block: Block) {
        let (list_len, data) = block.finish();
        if let Some(dst) = self.reserve(size_at, data.len()) {
            put(dst, &data);
            self.put_u32(size_at, list_len as u32);
        }
    }

    /// Sets `dwTotalSize`, `dwNeededSize` and `dwUsedSize`.
    pub(crate) fn finish(mut self) {
        let (total, needed, used) = (self.buf.len() as u32, self.needed as u32, self.used as u32);
        self.put_u32(0, total);
        self.put_u32(4, needed);
        self.put_u32(8, used);
    }
}

/// Writes a `VARSTRING` of format `format` holding `data` into `buf` (the caller's
/// `dwTotalSize` bytes, at least the fixed size: callers check for
/// `STRUCTURETOOSMALL` first).
pub(crate) fn varstring(buf: &mut [MaybeUninit<u8>], format: u32, data: &[u8]) {
    let image = tapi32_defs::VARSTRING {
        dwStringFormat: format,
        ..Default::default()
    };
    let mut v = VarOut::new(buf, &image, size_of::<tapi32_defs::VARSTRING>());
    v.bytes(
        std::mem::offset_of!(tapi32_defs::VARSTRING, dwStringSize),
        data,
    );
    v.finish();
}

/// An array of fixed-size entries (`LINELOCATIONENTRY`, `LINECOUNTRYENTRY` ...) and the
/// strings they point to, laid out for offset `base` of the caller's structure; written
/// with [`VarOut::block`]. (These lists are rare reads: built in a vector first.)
pub(crate) struct Block {
    entries: Vec<u8>,
    strings: Vec<u8>,
    strings_at: usize,
    list_len: usize,
}

impl Block {
    /// A block of `count` entries of `entry_size` bytes at offset `base`.
    pub(crate) fn new(base: usize, count: usize, entry_size: usize) -> Self {
        Block {
            entries: Vec::with_capacity(count * entry_size),
            strings: Vec::new(),
            strings_at: base + count * entry_size,
            list_len: count * entry_size,
        }
    }

    /// Adds `text` with its NUL, encoded as `strings`; returns its (Size, Offset).
    pub(crate) fn text(&mut self, text: &str, strings: Strings) -> (u32, u32) {
        let enc = strings.encode(text);
        let at = self.strings_at + self.strings.len();
        self.strings.extend_from_slice(&enc);
        (enc.len() as u32, at as u32)
    }

    /// Appends the entry `e` (a packed plain-data structure).
    pub(crate) fn entry<T: Copy>(&mut self, e: &T) {
        self.entries.extend_from_slice(bytes_of(e));
    }

    fn finish(mut self) -> (usize, Vec<u8>) {
        assert_eq!(self.entries.len(), self.list_len);
        self.entries.extend_from_slice(&self.strings);
        (self.list_len, self.entries)
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

    fn uninit(b: &mut [u8]) -> &mut [MaybeUninit<u8>] {
        // SAFETY: initialized bytes are valid MaybeUninit bytes; only bytes are written.
        unsafe { std::slice::from_raw_parts_mut(b.as_mut_ptr().cast(), b.len()) }
    }

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_ne_bytes(b[at..at + 4].try_into().unwrap())
    }

    #[test]
    fn fields_are_whole_or_absent_and_nothing_lands_past_total() {
        let mut buf = [0xAAu8; 64];
        let mut v = VarOut::new(uninit(&mut buf[..36 + 5]), &Demo::default(), 36);
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
        let mut v = VarOut::new(uninit(&mut buf), &Demo::default(), 36);
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
        let mut v = VarOut::new(uninit(&mut buf), &Demo::default(), 28);
        v.text(28, Some("later version"), Strings::Ansi);
        v.finish();
        assert_eq!((u32_at(&buf, 4), u32_at(&buf, 8)), (28, 28));
    }
}
