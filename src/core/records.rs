//! Inline records: a few hundred bytes kept per handle slot, read without a lock, without
//! writing shared memory and without following a pointer, under a per-record sequence
//! counter (a seqlock).
//!
//! The hot path of `lineGetCallInfo` copies the `LINECALLINFO` a call handle shows from
//! here (see [`super::handles::HandleTable::read_call_record`]): the record sits at a
//! place computed from the handle's slot index, so a random read costs the cache lines
//! of the bytes it copies and nothing else, as a plain array would.
//!
//! A record is its sequence counter, its key (the handle value whose bytes it holds, 0
//! for none), the length, and the bytes, all atomics:
//!
//! * A writer takes the record by moving the counter from even to odd (a
//!   compare-and-swap), writes, and moves it to the next even value (release).
//! * A reader loads the counter (acquire; odd: a writer is at work, try again), the key
//!   and length, copies the bytes with relaxed loads, and after an acquire fence loads
//!   the counter again: unchanged, the copy is whole; changed, it tries again, and after
//!   a few tries gives up (the caller then takes its general path). Readers only load.
//!
//! Every access to a record's bytes is atomic, so a reader racing a writer reads torn
//! data that it then discards, never undefined behaviour (and no report from TSan).
//!
//! Records are kept in chunks allocated zeroed and on first fill only: a chunk's pages
//! become resident as records are written, so a handle whose record is never filled
//! costs no memory here. All zero is an empty record.
//!
//! On Linux a chunk is its own anonymous mapping, and every chunk but the first (the
//! records of slots from 2^16 on) is 2 MiB-aligned and advised for transparent huge
//! pages (`madvise(MADV_HUGEPAGE)`; the kernel's `madvise` mode uses them for such
//! mappings only). A chunk is 2^16 records, 26 MiB: 13 huge pages exactly, no page
//! half used. With 10^6 calls the records span 416 MB: on 4 KiB pages a random read
//! misses the TLB and walks the page tables (in a virtual machine, both the guest's and
//! the host's) before the record's own cache misses can start; 2 MiB pages put the
//! whole span within reach of the TLB. A huge page becomes resident whole at its first
//! fill (2 MiB: 5,041 records), which is why the first chunk, all a process with fewer
//! than 65,536 calls uses, stays on 4 KiB pages: such a process gains nothing from them
//! and would hold 2 MiB for its first record.

use std::mem::MaybeUninit;
use std::ptr::NonNull;
use std::sync::atomic::{fence, AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::OnceLock;

/// The most bytes a record holds (50 words; with the 16-byte header a record is 416
/// bytes): a `LINECALLINFO` of API 3.x (344 bytes) with 56 bytes of strings. Longer
/// contents are not kept here. The size bounds the memory a call costs once read
/// (BENCHMARKS.md (f), at most 1 KiB).
pub(crate) const RECORD_BYTES: usize = 400;
const WORDS: usize = RECORD_BYTES / 8;

/// How often a reader tries before giving up on a record a writer keeps changing.
const READ_TRIES: usize = 4;

/// 16-byte aligned, so the bytes start 16-byte aligned for the wide copy. (Not more: on
/// platforms where a chunk comes from `alloc_zeroed`, a larger alignment than the
/// allocator's own 16 bytes makes it clear the chunk with `memset`, all of it resident
/// at once, instead of taking fresh zero pages.)
#[repr(C, align(16))]
struct Record {
    seq: AtomicU32,
    key: AtomicU32,
    len: AtomicU32,
    _pad: AtomicU32,
    words: [AtomicU64; WORDS],
}

const _: () = assert!(size_of::<Record>() == 416);

/// A record taken by a writer (counter odd); dropping it publishes the next even value.
struct Writing<'a> {
    rec: &'a Record,
    seq: u32,
}

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        self.rec
            .seq
            .store(self.seq.wrapping_add(2), Ordering::Release);
    }
}

impl Record {
    /// Takes the record if no other writer has it.
    fn try_write(&self) -> Option<Writing<'_>> {
        let seq = self.seq.load(Ordering::Relaxed);
        if seq & 1 == 1 {
            return None;
        }
        self.seq
            .compare_exchange(seq, seq | 1, Ordering::Acquire, Ordering::Relaxed)
            .ok()?;
        // The stores that follow are not seen before the counter is odd.
        fence(Ordering::Release);
        Some(Writing { rec: self, seq })
    }

    /// Takes the record, waiting for another writer (which holds it for one copy); with
    /// `solo` (only this thread is left: a forked child), taking over one a vanished
    /// thread left taken.
    fn write(&self, solo: &AtomicBool) -> Writing<'_> {
        let mut spins = 0u32;
        loop {
            if let Some(w) = self.try_write() {
                return w;
            }
            if solo.load(Ordering::Relaxed) {
                let seq = self.seq.load(Ordering::Relaxed);
                if seq & 1 == 1 {
                    return Writing {
                        rec: self,
                        seq: seq.wrapping_sub(1),
                    };
                }
            }
            spins += 1;
            if spins < 64 {
                std::hint::spin_loop();
            } else {
                std::thread::yield_now();
            }
        }
    }

    /// Copies the bytes kept for `key` into the front of `out`; their length, or `None`
    /// when the record holds no bytes for `key`, they do not fit `out`, or writers kept
    /// changing it.
    #[inline]
    fn read(&self, key: u32, out: &mut [MaybeUninit<u8>]) -> Option<usize> {
        for _ in 0..READ_TRIES {
            let seq = self.seq.load(Ordering::Acquire);
            if seq & 1 == 1 {
                std::hint::spin_loop();
                continue;
            }
            if self.key.load(Ordering::Relaxed) != key {
                return None;
            }
            let len = self.len.load(Ordering::Relaxed) as usize;
            if len > RECORD_BYTES || len > out.len() {
                // Torn (then the next try tells) or too long for `out`.
                if self.seq.load(Ordering::Acquire) == seq {
                    return None;
                }
                continue;
            }
            copy_out(&self.words, &mut out[..len]);
            fence(Ordering::Acquire);
            if self.seq.load(Ordering::Relaxed) == seq {
                return Some(len);
            }
        }
        None
    }
}

/// Copies `out.len()` (at most [`RECORD_BYTES`]) bytes from `words` into `out`: on
/// x86-64 64 bytes at a time (then 32) with SSE2 loads (aligned: the bytes start
/// 16-byte aligned) and stores (unaligned) in inline assembly, the rest
/// (and everything elsewhere) with relaxed atomic loads of 8-byte words.
///
/// The assembly reads memory that a writer may be storing to (with atomic stores)
/// meanwhile. That is not a data race in Rust's sense: inline assembly is not Rust code,
/// its loads are the machine's, and what they can return is what a series of relaxed
/// atomic loads of the same bytes could (the byte-wise atomic memcpy of C++'s P1478,
/// which Rust has no primitive for yet; `atomic-memcpy` implements it with word loads
/// like the fallback below). Torn bytes are discarded by the reader's counter check, as
/// before. TSan does not see the assembly's loads (it instruments Rust's atomics, which
/// the writers use), so it still has nothing to report.
#[inline(always)]
fn copy_out(words: &[AtomicU64; WORDS], out: &mut [MaybeUninit<u8>]) {
    #[cfg(target_arch = "x86_64")]
    let done = {
        let blocks = out.len().min(RECORD_BYTES) / 32;
        if blocks > 0 {
            // SAFETY: reads `blocks * 32` bytes of `words` (within its RECORD_BYTES,
            // see above on the concurrent writers; 16-byte aligned as `Record` is) and
            // writes as many to `out` (within its length); SSE2 is part of x86-64.
            // 64 bytes per turn, then a last 32 when `blocks` is odd.
            unsafe {
                std::arch::asm!(
                    "shr {n}, 1",
                    "jz 3f",
                    "2:",
                    "movdqa {a}, xmmword ptr [{src}]",
                    "movdqa {b}, xmmword ptr [{src} + 16]",
                    "movdqa {c}, xmmword ptr [{src} + 32]",
                    "movdqa {d}, xmmword ptr [{src} + 48]",
                    "movdqu xmmword ptr [{dst}], {a}",
                    "movdqu xmmword ptr [{dst} + 16], {b}",
                    "movdqu xmmword ptr [{dst} + 32], {c}",
                    "movdqu xmmword ptr [{dst} + 48], {d}",
                    "add {src}, 64",
                    "add {dst}, 64",
                    "dec {n}",
                    "jnz 2b",
                    "3:",
                    "test {odd}, 1",
                    "jz 4f",
                    "movdqa {a}, xmmword ptr [{src}]",
                    "movdqa {b}, xmmword ptr [{src} + 16]",
                    "movdqu xmmword ptr [{dst}], {a}",
                    "movdqu xmmword ptr [{dst} + 16], {b}",
                    "4:",
                    src = inout(reg) words.as_ptr() => _,
                    dst = inout(reg) out.as_mut_ptr() => _,
                    n = inout(reg) blocks => _,
                    odd = in(reg) blocks,
                    a = out(xmm_reg) _,
                    b = out(xmm_reg) _,
                    c = out(xmm_reg) _,
                    d = out(xmm_reg) _,
                    options(nostack),
                );
            }
        }
        blocks * 4
    };
    #[cfg(not(target_arch = "x86_64"))]
    let done = 0;
    copy_words(words, done, out);
}

/// Copies bytes `8 * from..out.len()` of `words` into `out` with relaxed atomic loads.
#[inline(always)]
fn copy_words(words: &[AtomicU64; WORDS], from: usize, out: &mut [MaybeUninit<u8>]) {
    let full = (out.len() / 8).min(WORDS);
    let dst = out.as_mut_ptr().cast::<u64>();
    for (i, w) in words.iter().enumerate().take(full).skip(from) {
        // SAFETY: word i lies at bytes 8i..8i+8 of `out`, within its length; the caller's
        // buffer need not be aligned, hence the unaligned write.
        unsafe { dst.add(i).write_unaligned(w.load(Ordering::Relaxed)) };
    }
    if let (Some(last), Some(rest)) = (words.get(full), out.get_mut(full * 8..)) {
        if !rest.is_empty() {
            for (o, b) in rest
                .iter_mut()
                .zip(last.load(Ordering::Relaxed).to_ne_bytes())
            {
                o.write(b);
            }
        }
    }
}

/// Records per chunk in the handle table: 2^16 (26 MiB, 13 huge pages; see the module
/// comment).
pub(crate) const CHUNK_BITS: u32 = 16;

const _: () = assert!((size_of::<Record>() << CHUNK_BITS) % (2 << 20) == 0);

/// `len` empty records in one zeroed allocation, whose pages stay untouched (not
/// resident) until written.
struct Chunk {
    recs: NonNull<Record>,
    len: usize,
}

// SAFETY: a `Chunk` owns its records (as a `Box<[Record]>` would), which are atomics.
unsafe impl Send for Chunk {}
// SAFETY: as above: shared access is through atomics only.
unsafe impl Sync for Chunk {}

impl std::ops::Deref for Chunk {
    type Target = [Record];

    fn deref(&self) -> &[Record] {
        // SAFETY: `len` records at `recs`, zero-initialized (see `Chunk::new`), valid
        // until drop; all zero is a valid `Record` (an empty one: atomics at zero).
        unsafe { std::slice::from_raw_parts(self.recs.as_ptr(), self.len) }
    }
}

impl Chunk {
    /// With `huge`, on 2 MiB pages where the platform can (see the module comment).
    fn new(len: usize, huge: bool) -> Self {
        let bytes = size_of::<Record>() * len.max(1);
        let recs = pages::zeroed(bytes, huge).cast::<Record>();
        Chunk { recs, len }
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        // SAFETY: allocated in `Chunk::new` with this size; no reference outlives the
        // chunk (its records are borrowed from it).
        unsafe { pages::free(self.recs.cast(), size_of::<Record>() * self.len.max(1)) };
    }
}

/// Zeroed memory for a chunk: its own anonymous mapping, on 2 MiB pages if asked.
#[cfg(target_os = "linux")]
mod pages {
    use std::ptr::NonNull;

    const HUGE_PAGE: usize = 2 << 20;

    fn page_size() -> usize {
        // SAFETY: sysconf has no memory-safety preconditions.
        usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096)
    }

    /// `bytes` (rounded up to pages) of zero pages, not resident until written; with
    /// `huge`, 2 MiB-aligned and advised for transparent huge pages (a hint: where the
    /// kernel gives none, the chunk is on ordinary pages).
    pub(super) fn zeroed(bytes: usize, huge: bool) -> NonNull<u8> {
        let page = page_size();
        let size = bytes.next_multiple_of(page);
        let align = if huge { HUGE_PAGE.max(page) } else { page };
        // Mapped with room to start at a multiple of `align`; the rest unmapped.
        let len = size + (align - page);
        // SAFETY: a fresh private anonymous mapping; it touches no existing memory.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            std::alloc::handle_alloc_error(
                std::alloc::Layout::from_size_align(len, page).expect("a chunk's size fits"),
            );
        }
        let base = p as usize;
        let start = base.next_multiple_of(align);
        // SAFETY: [base, start) and [start + size, base + len) lie within the mapping
        // made above and nothing refers to them; their unmapping cannot fail but for a
        // bad range, which these are not. The advice is a hint on the part kept.
        unsafe {
            if start > base {
                libc::munmap(p, start - base);
            }
            if base + len > start + size {
                libc::munmap(
                    (start + size) as *mut libc::c_void,
                    base + len - start - size,
                );
            }
            if huge {
                libc::madvise(start as *mut libc::c_void, size, libc::MADV_HUGEPAGE);
            }
        }
        NonNull::new(start as *mut u8).expect("mmap does not map page 0")
    }

    /// Frees what [`zeroed`] gave for `bytes`.
    ///
    /// # Safety
    /// `p` and `bytes` as given to and returned by `zeroed`, not used afterwards.
    pub(super) unsafe fn free(p: NonNull<u8>, bytes: usize) {
        // SAFETY: forwarded contract: the mapping `zeroed` kept.
        unsafe { libc::munmap(p.as_ptr().cast(), bytes.next_multiple_of(page_size())) };
    }
}

/// Zeroed memory for a chunk: a zeroed allocation (fresh zero pages for one this
/// large, resident only where written).
#[cfg(not(target_os = "linux"))]
mod pages {
    use std::alloc::{alloc_zeroed, dealloc, handle_alloc_error, Layout};
    use std::ptr::NonNull;

    fn layout(bytes: usize) -> Layout {
        // 16-byte aligned as `Record` is; not more: above the allocator's own alignment,
        // `alloc_zeroed` may clear the chunk with `memset`, making it all resident.
        Layout::from_size_align(bytes, 16).expect("a chunk's size fits")
    }

    pub(super) fn zeroed(bytes: usize, _huge: bool) -> NonNull<u8> {
        // SAFETY: nonzero size (a chunk holds at least one record).
        NonNull::new(unsafe { alloc_zeroed(layout(bytes)) })
            .unwrap_or_else(|| handle_alloc_error(layout(bytes)))
    }

    /// # Safety
    /// `p` and `bytes` as given to and returned by `zeroed`, not used afterwards.
    pub(super) unsafe fn free(p: NonNull<u8>, bytes: usize) {
        // SAFETY: forwarded contract.
        unsafe { dealloc(p.as_ptr(), layout(bytes)) };
    }
}

/// Per-slot inline records, by slot index.
pub(crate) struct Records {
    chunk_bits: u32,
    chunks: Box<[OnceLock<Chunk>]>,
    /// See [`Records::set_solo`].
    solo: AtomicBool,
}

impl Records {
    /// Room for `chunks` chunks of `1 << chunk_bits` records, none allocated yet.
    pub(crate) fn new(chunk_bits: u32, chunks: usize) -> Self {
        assert!(chunk_bits < usize::BITS);
        Records {
            chunk_bits,
            chunks: (0..chunks).map(|_| OnceLock::new()).collect(),
            solo: AtomicBool::new(false),
        }
    }

    /// With `solo`, while only one thread exists (a forked child retiring the parent's
    /// handles): a fill another thread of the parent was doing at the fork never
    /// finishes, so [`Records::clear`] takes such a record over instead of waiting for
    /// it. Must be off again before the process has a second thread.
    pub(crate) fn set_solo(&self, solo: bool) {
        self.solo.store(solo, Ordering::Relaxed);
    }

    #[inline]
    fn record(&self, index: usize) -> Option<&Record> {
        let chunk = self.chunks.get(index >> self.chunk_bits)?.get()?;
        chunk.get(index & ((1 << self.chunk_bits) - 1))
    }

    /// Asks the processor to start loading the cache lines of slot `index`'s record
    /// (x86-64; nothing elsewhere), so a read that follows after some other work finds
    /// them on their way. Loads only a chunk pointer.
    #[inline(always)]
    pub(crate) fn prefetch(&self, index: usize) {
        #[cfg(target_arch = "x86_64")]
        if let Some(rec) = self.record(index) {
            let p = std::ptr::from_ref(rec).cast::<i8>();
            for line in (0..size_of::<Record>()).step_by(64) {
                // SAFETY: a prefetch is a hint: it never faults and changes no memory;
                // the address is within the record.
                unsafe {
                    use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
                    _mm_prefetch::<_MM_HINT_T0>(p.add(line));
                }
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = index;
    }

    fn record_or_create(&self, index: usize) -> Option<&Record> {
        let len = 1usize << self.chunk_bits;
        let chunk = self
            .chunks
            .get(index >> self.chunk_bits)?
            .get_or_init(|| Chunk::new(len, index >> self.chunk_bits >= 1));
        chunk.get(index & (len - 1))
    }

    /// Copies the bytes slot `index` keeps for `key` into the front of `out` (see
    /// [`Record::read`]). Loads only.
    #[inline]
    pub(crate) fn read(
        &self,
        index: usize,
        key: u32,
        out: &mut [MaybeUninit<u8>],
    ) -> Option<usize> {
        self.record(index)?.read(key, out)
    }

    /// Keeps `bytes` for `key` in slot `index` if they fit, no writer has the record, and
    /// `current()`, called with the record taken, says they are still what `key` shows.
    /// A writer that changes what `key` shows first publishes the change, then calls
    /// [`Records::clear`], so either `current()` sees the change or the clear comes after
    /// this fill.
    pub(crate) fn fill(
        &self,
        index: usize,
        key: u32,
        bytes: &[u8],
        current: impl FnOnce() -> bool,
    ) -> bool {
        if key == 0 || bytes.len() > RECORD_BYTES {
            return false;
        }
        let Some(rec) = self.record_or_create(index) else {
            return false;
        };
        let Some(_writing) = rec.try_write() else {
            return false;
        };
        // Pairs with the fence in `clear` (see there).
        fence(Ordering::SeqCst);
        if !current() {
            return false;
        }
        for (w, chunk) in rec.words.iter().zip(bytes.chunks(8)) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            w.store(u64::from_ne_bytes(b), Ordering::Relaxed);
        }
        rec.len.store(bytes.len() as u32, Ordering::Relaxed);
        rec.key.store(key, Ordering::Relaxed);
        true
    }

    /// Empties slot `index`'s record. Call it after publishing a change of what the
    /// record's key shows (or retiring the key): when it returns, no reader finds the
    /// old bytes and no fill that saw the old state can still store them.
    ///
    /// Costs nothing but a fence and a load for a record that was never filled (its
    /// memory stays untouched). The fence pairs with the one in [`Records::fill`]: of a
    /// filler's check of the current state and this writer's look at the record, at
    /// least one sees the other's write (the change, or the record taken or filled).
    pub(crate) fn clear(&self, index: usize) {
        fence(Ordering::SeqCst);
        let Some(rec) = self.record(index) else {
            return;
        };
        let seq = rec.seq.load(Ordering::Acquire);
        if seq & 1 == 0 && rec.key.load(Ordering::Relaxed) == 0 {
            return;
        }
        let _writing = rec.write(&self.solo);
        rec.key.store(0, Ordering::Relaxed);
        rec.len.store(0, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;
    use std::sync::Arc;

    fn read(r: &Records, index: usize, key: u32, cap: usize) -> Option<Vec<u8>> {
        let mut out = vec![MaybeUninit::new(0xEEu8); cap];
        let n = r.read(index, key, &mut out)?;
        // SAFETY: every byte was initialized above.
        Some(
            out[..n]
                .iter()
                .map(|b| unsafe { b.assume_init() })
                .collect(),
        )
    }

    #[test]
    fn a_record_holds_its_keys_bytes_until_cleared() {
        let r = Records::new(4, 4);
        assert_eq!(read(&r, 5, 77, 64), None);
        let bytes: Vec<u8> = (0..43u8).collect();
        assert!(r.fill(5, 77, &bytes, || true));
        assert_eq!(read(&r, 5, 77, 64).as_deref(), Some(&bytes[..]));
        assert_eq!(read(&r, 5, 78, 64), None, "another key");
        assert_eq!(read(&r, 6, 77, 64), None, "another slot");
        assert_eq!(read(&r, 5, 77, 42), None, "does not fit");
        r.clear(5);
        assert_eq!(read(&r, 5, 77, 64), None);
        assert!(!r.fill(5, 77, &bytes, || false), "no longer current");
        assert_eq!(read(&r, 5, 77, 64), None);
        assert!(!r.fill(5, 77, &[0; RECORD_BYTES + 1], || true), "too long");
        assert!(!r.fill(99, 77, &bytes, || true), "beyond the table");
        assert!(r.fill(5, 77, &[1; RECORD_BYTES], || true));
        assert_eq!(read(&r, 5, 77, 512), Some(vec![1; RECORD_BYTES]));
    }

    #[test]
    fn a_forked_child_takes_over_a_record_left_taken() {
        let r = Records::new(4, 1);
        assert!(r.fill(3, 9, &[1; 20], || true));
        // A fill that never finishes (its thread is not in the child).
        let left = r.record(3).unwrap().try_write().unwrap();
        std::mem::forget(left);
        assert_eq!(read(&r, 3, 9, 64), None, "taken: readers give up");
        r.set_solo(true);
        r.clear(3);
        r.set_solo(false);
        assert_eq!(read(&r, 3, 9, 64), None);
        assert!(r.fill(3, 9, &[2; 20], || true), "usable again");
        assert_eq!(read(&r, 3, 9, 64), Some(vec![2; 20]));
    }

    #[test]
    fn a_reader_copies_exactly_the_length() {
        let r = Records::new(4, 1);
        assert!(r.fill(1, 9, &[7; 13], || true));
        let mut out = vec![MaybeUninit::new(0xEEu8); 32];
        assert_eq!(r.read(1, 9, &mut out), Some(13));
        // SAFETY: initialized above.
        let out: Vec<u8> = out.iter().map(|b| unsafe { b.assume_init() }).collect();
        assert_eq!(&out[..13], &[7; 13]);
        assert!(
            out[13..].iter().all(|&b| b == 0xEE),
            "nothing past the length"
        );
    }

    #[test]
    fn every_length_is_copied_whole_and_no_further() {
        // The wide copy's 64- and 32-byte steps, the word loop and the byte tail, into
        // a buffer at every alignment.
        let r = Records::new(4, 1);
        for len in 0..=RECORD_BYTES {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 7 + len) as u8).collect();
            assert!(r.fill(2, 11, &bytes, || true));
            for skew in 0..4 {
                let mut out = vec![MaybeUninit::new(0xEEu8); len + skew + 8];
                assert_eq!(r.read(2, 11, &mut out[skew..skew + len]), Some(len));
                // SAFETY: initialized above.
                let out: Vec<u8> = out.iter().map(|b| unsafe { b.assume_init() }).collect();
                assert!(out[..skew].iter().all(|&b| b == 0xEE), "before, len {len}");
                assert_eq!(&out[skew..skew + len], &bytes[..], "len {len} skew {skew}");
                assert!(
                    out[skew + len..].iter().all(|&b| b == 0xEE),
                    "after, len {len}"
                );
            }
        }
    }

    #[test]
    fn readers_never_see_a_torn_record() {
        // Each fill's bytes are all one value: a reader must never see two values.
        let r = Arc::new(Records::new(2, 1));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let (r, stop) = (Arc::clone(&r), Arc::clone(&stop));
            std::thread::spawn(move || {
                let mut seen = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    if let Some(v) = read(&r, 1, 5, 512) {
                        assert!(v.iter().all(|&b| b == v[0]), "torn: {v:?}");
                        assert_eq!(v.len(), 100 + usize::from(v[0]));
                        seen += 1;
                    }
                }
                seen
            })
        };
        for i in 0..20_000u32 {
            let b = (i % 200) as u8;
            r.fill(1, 5, &vec![b; 100 + usize::from(b)], || true);
            if i % 7 == 0 {
                r.clear(1);
            }
        }
        stop.store(true, Ordering::Relaxed);
        reader.join().unwrap();
    }
}
