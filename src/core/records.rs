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
pub(crate) struct Record {
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

    /// Asks the processor to start loading the record's cache lines (x86-64; nothing
    /// elsewhere), so a [`Record::read`] that follows after some other work finds them on
    /// their way. A hint: it never faults and changes no memory.
    #[inline(always)]
    pub(crate) fn prefetch(&self) {
        #[cfg(target_arch = "x86_64")]
        {
            let p = std::ptr::from_ref(self).cast::<i8>();
            for line in (0..size_of::<Record>()).step_by(64) {
                // SAFETY: a prefetch is a hint: it never faults and changes no memory;
                // the address is within the record.
                unsafe {
                    use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
                    _mm_prefetch::<_MM_HINT_T0>(p.add(line));
                }
            }
        }
    }

    /// Copies the bytes kept for `key` into the front of `out`; their length, or `None`
    /// when the record holds no bytes for `key`, they do not fit `out`, or writers kept
    /// changing it.
    ///
    /// Why a copy that passes the second counter check is whole: the writer makes the
    /// counter odd (compare-and-swap, then a release fence) before its first store to
    /// the key, length or bytes, and even again (release store) after its last. The
    /// first load of the counter is an acquire: a copy that starts from an even value
    /// sees every store of the writer that published it. The acquire fence after the
    /// copy keeps the copy's loads before the second load of the counter; if any of
    /// them saw a store of a later writer, that writer's odd counter (stored before,
    /// made visible by its release fence) is seen by the second load, or a later value:
    /// the counter differs and the copy is thrown away. On x86-64 both acquires cost no
    /// instruction (loads are not reordered with older loads), so the check is two
    /// plain loads and a compare; only the writers pay for fences.
    #[inline(always)]
    pub(crate) fn read(&self, key: u32, out: &mut [MaybeUninit<u8>]) -> Option<usize> {
        // The first try inline; the others (a writer was at work) out of line, so the
        // usual path stays short and needs few registers.
        match self.try_read(key, out) {
            Try::Read(len) => Some(len),
            Try::Absent => None,
            Try::Busy => self.read_again(key, out),
        }
    }

    /// [`Record::read`] for the hot path: one try, and on x86-64 only for a length the
    /// vector copy takes ([`WIDE_MIN`] up); `None` for anything else (no bytes for `key`,
    /// too many for `out`, a writer at work, a short record), after which the caller
    /// takes its general path ([`Record::read`] again, with its tries, and then the
    /// handle object). Nothing in it calls a function, so the caller needs no stack
    /// frame of its own for it.
    #[inline(always)]
    pub(crate) fn read_once(&self, key: u32, out: &mut [MaybeUninit<u8>]) -> Option<usize> {
        // The counter first (acquire: the key, length and bytes are loaded after it),
        // then, on the same cache line, the key and the length.
        let seq = self.seq.load(Ordering::Acquire);
        let len = self.len.load(Ordering::Relaxed) as usize;
        if seq & 1 == 1 || self.key.load(Ordering::Relaxed) != key || len > out.len() {
            return None;
        }
        #[cfg(target_arch = "x86_64")]
        {
            if !(WIDE_MIN..=RECORD_BYTES).contains(&len) {
                return None;
            }
            // SAFETY: `len` bytes of the record's (within its RECORD_BYTES) are read and
            // written to `out` (within its length); see `copy_out` on the concurrent
            // writers.
            unsafe { wide::copy(self.words.as_ptr().cast(), out.as_mut_ptr().cast(), len) };
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            if len > RECORD_BYTES {
                return None;
            }
            copy_out(&self.words, &mut out[..len]);
        }
        // As in `try_read`: the copy's loads stay before the counter's second load (no
        // instruction on x86-64), and an unchanged even counter means no writer stored
        // to the record since the first load.
        fence(Ordering::Acquire);
        (self.seq.load(Ordering::Relaxed) == seq).then_some(len)
    }

    /// The tries after the first of [`Record::read`].
    #[cold]
    #[inline(never)]
    fn read_again(&self, key: u32, out: &mut [MaybeUninit<u8>]) -> Option<usize> {
        for _ in 1..READ_TRIES {
            match self.try_read(key, out) {
                Try::Read(len) => return Some(len),
                Try::Absent => return None,
                Try::Busy => {}
            }
        }
        None
    }

    /// One try of [`Record::read`].
    #[inline(always)]
    fn try_read(&self, key: u32, out: &mut [MaybeUninit<u8>]) -> Try {
        let seq = self.seq.load(Ordering::Acquire);
        if seq & 1 == 1 {
            std::hint::spin_loop();
            return Try::Busy;
        }
        if self.key.load(Ordering::Relaxed) != key {
            return Try::Absent;
        }
        let len = self.len.load(Ordering::Relaxed) as usize;
        if len > RECORD_BYTES || len > out.len() {
            // Torn (then the next try tells) or too long for `out`.
            if self.seq.load(Ordering::Acquire) == seq {
                return Try::Absent;
            }
            return Try::Busy;
        }
        copy_out(&self.words, &mut out[..len]);
        fence(Ordering::Acquire);
        if self.seq.load(Ordering::Relaxed) == seq {
            Try::Read(len)
        } else {
            Try::Busy
        }
    }
}

/// What one try of [`Record::read`] found.
enum Try {
    /// The bytes for the key, whole: their length.
    Read(usize),
    /// No bytes for the key, or too many for the caller's buffer.
    Absent,
    /// A writer was at work: try again.
    Busy,
}

/// Below this length the copy goes word by word (never in practice: a `LINECALLINFO`
/// is at least 296 bytes).
const WIDE_MIN: usize = 128;

/// Copies `out.len()` (at most [`RECORD_BYTES`]) bytes from `words` into `out`: on
/// x86-64, from [`WIDE_MIN`] bytes up, with vector loads and stores in inline assembly
/// ([`wide`]: 128 bytes per step with AVX where the processor has it, as `memcpy`
/// does, 64 with SSE2 otherwise, the last step ending at the last byte and overlapping
/// the one before, so no step is shorter); shorter lengths (and everything elsewhere)
/// with relaxed atomic loads of 8-byte words.
///
/// The assembly reads memory that a writer may be storing to (with atomic stores)
/// meanwhile. That is not a data race in Rust's sense: inline assembly is not Rust code,
/// its loads are the machine's, and what they can return is what a series of relaxed
/// atomic loads of the same bytes could (the byte-wise atomic memcpy of C++'s P1478,
/// which Rust has no primitive for yet; `atomic-memcpy` implements it with word loads
/// like the fallback below). Torn bytes are discarded by the reader's counter check, as
/// before. TSan does not see the assembly's loads (it instruments Rust's atomics, which
/// the writers use), so it still has nothing to report; nor does valgrind, which runs
/// the SSE2 or AVX steps (it offers no AVX-512, which is not used).
#[inline(always)]
fn copy_out(words: &[AtomicU64; WORDS], out: &mut [MaybeUninit<u8>]) {
    #[cfg(target_arch = "x86_64")]
    if out.len() >= WIDE_MIN {
        let len = out.len().min(RECORD_BYTES);
        // SAFETY: `len` bytes of `words` (within its RECORD_BYTES) are read, and written
        // to `out` (within its length); see above on the concurrent writers.
        unsafe { wide::copy(words.as_ptr().cast(), out.as_mut_ptr().cast(), len) };
        return;
    }
    copy_words(words, out);
}

/// The vector copies of [`copy_out`] (x86-64).
#[cfg(target_arch = "x86_64")]
mod wide {
    use super::WIDE_MIN;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// The copy loop of [`copy_avx`] and [`copy_sse2`]: steps of `$step` bytes in four
    /// registers `$r` of a quarter of it each (`$mov`, unaligned: the caller's buffer has
    /// no alignment) while more than `$step` bytes are left, then the `$step` bytes that
    /// end at `$len` (overlapping the step before unless `$len` is a multiple of it), then
    /// `$end`. Every load is within `src[..len]`, every store within `dst[..len]`, given
    /// `$len >= $step`. The registers `$clobbered` are declared clobbered (see
    /// [`copy_avx`]).
    macro_rules! steps {
        ($src:expr, $dst:expr, $len:expr, $step:literal, $mov:literal, $size:literal,
         [$r0:literal, $r1:literal, $r2:literal, $r3:literal],
         [$o1:literal, $o2:literal, $o3:literal],
         [$e0:literal, $e1:literal, $e2:literal, $e3:literal], $end:literal,
         [$($clobbered:tt),*]) => {
            std::arch::asm!(
                concat!("cmp {rem}, ", $step),
                "jbe 3f",
                "2:",
                concat!($mov, " ", $r0, ", ", $size, " ptr [{src}]"),
                concat!($mov, " ", $r1, ", ", $size, " ptr [{src} + ", $o1, "]"),
                concat!($mov, " ", $r2, ", ", $size, " ptr [{src} + ", $o2, "]"),
                concat!($mov, " ", $r3, ", ", $size, " ptr [{src} + ", $o3, "]"),
                concat!($mov, " ", $size, " ptr [{dst}], ", $r0),
                concat!($mov, " ", $size, " ptr [{dst} + ", $o1, "], ", $r1),
                concat!($mov, " ", $size, " ptr [{dst} + ", $o2, "], ", $r2),
                concat!($mov, " ", $size, " ptr [{dst} + ", $o3, "], ", $r3),
                concat!("add {src}, ", $step),
                concat!("add {dst}, ", $step),
                concat!("sub {rem}, ", $step),
                concat!("cmp {rem}, ", $step),
                "ja 2b",
                "3:",
                concat!($mov, " ", $r0, ", ", $size, " ptr [{src} + {rem} - ", $e0, "]"),
                concat!($mov, " ", $r1, ", ", $size, " ptr [{src} + {rem} - ", $e1, "]"),
                concat!($mov, " ", $r2, ", ", $size, " ptr [{src} + {rem} - ", $e2, "]"),
                concat!($mov, " ", $r3, ", ", $size, " ptr [{src} + {rem} - ", $e3, "]"),
                concat!($mov, " ", $size, " ptr [{dst} + {rem} - ", $e0, "], ", $r0),
                concat!($mov, " ", $size, " ptr [{dst} + {rem} - ", $e1, "], ", $r1),
                concat!($mov, " ", $size, " ptr [{dst} + {rem} - ", $e2, "], ", $r2),
                concat!($mov, " ", $size, " ptr [{dst} + {rem} - ", $e3, "], ", $r3),
                $end,
                src = inout(reg) $src => _,
                dst = inout(reg) $dst => _,
                rem = inout(reg) $len => _,
                $(out($clobbered) _,)*
                options(nostack),
            )
        };
    }

    /// Whether the processor has AVX, once [`detect`] has run (until then, SSE2 is
    /// used: slower, not wrong).
    static AVX: AtomicBool = AtomicBool::new(false);

    /// Finds out whether the processor has AVX, for [`copy`]. Run by every fill, so
    /// before any record has bytes to read (a reader that has not seen its answer yet
    /// copies with SSE2). The standard library asks the processor once.
    ///
    /// Not on Windows: there `xmm6`-`xmm15` are callee-saved, so the AVX copy's clobbers
    /// (see [`copy_avx`]) would make the hot path save and restore ten registers.
    pub(super) fn detect() {
        if cfg!(windows) {
            return;
        }
        if std::arch::is_x86_feature_detected!("avx") && !AVX.load(Ordering::Relaxed) {
            AVX.store(true, Ordering::Relaxed);
        }
    }

    /// Copies `len` bytes from `src` to `dst`: with AVX if the processor has it (one
    /// load: see [`AVX`]; the standard library's own check could call its detection,
    /// and a call costs the hot path its callee-saved registers), else with SSE2, which
    /// every x86-64 processor has.
    ///
    /// # Safety
    /// `len >= WIDE_MIN`; `src` readable and `dst` writable for `len` bytes; the two do
    /// not overlap.
    #[inline(always)]
    pub(super) unsafe fn copy(src: *const u8, dst: *mut u8, len: usize) {
        debug_assert!(len >= WIDE_MIN);
        // Compiled out on Windows (see `detect`).
        if cfg!(not(windows)) && AVX.load(Ordering::Relaxed) {
            // SAFETY: forwarded; the processor has AVX.
            unsafe { copy_avx(src, dst, len) }
        } else {
            // SAFETY: forwarded.
            unsafe { copy_sse2(src, dst, len) }
        }
    }

    /// 128 bytes per step in four 32-byte registers; the last step copies the 128
    /// bytes that end at `len` (overlapping the step before unless `len` is a multiple
    /// of 128). Every load is within `src[..len]`, every store within `dst[..len]`.
    ///
    /// Inline, without a call: the function that holds it is not compiled for AVX (a
    /// `#[target_feature]` function could not be inlined into it, and the call would
    /// cost the hot path its callee-saved registers). So the assembly declares every
    /// vector register it may change clobbered: `vzeroupper` at its end, which a
    /// function compiled without AVX never needs and SSE code after AVX code on Intel
    /// processors does, clears the upper halves of all sixteen `ymm` registers; a
    /// clobbered `xmm` register counts as clobbered whole (`ymm`, `zmm`) should the
    /// function be compiled for AVX after all (`-C target-cpu=native`).
    ///
    /// # Safety
    /// As [`copy`], and the processor has AVX.
    #[inline(always)]
    #[rustfmt::skip]
    pub(super) unsafe fn copy_avx(src: *const u8, dst: *mut u8, len: usize) {
        // SAFETY: `len >= 128` by the contract, see `steps!`; the processor has AVX.
        unsafe {
            steps!(src, dst, len, "128", "vmovdqu", "ymmword", ["ymm0", "ymm1", "ymm2", "ymm3"],
                ["32", "64", "96"], ["128", "96", "64", "32"], "vzeroupper",
                ["xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9",
                    "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15"])
        }
    }

    /// As [`copy_avx`] with 64 bytes per step in four 16-byte registers.
    ///
    /// # Safety
    /// As [`copy`] (with `len >= 64` enough).
    #[inline(always)]
    #[rustfmt::skip]
    pub(super) unsafe fn copy_sse2(src: *const u8, dst: *mut u8, len: usize) {
        // SAFETY: `len >= 64` by the contract, see `steps!`; SSE2 is part of x86-64.
        unsafe {
            steps!(src, dst, len, "64", "movdqu", "xmmword", ["xmm0", "xmm1", "xmm2", "xmm3"],
                ["16", "32", "48"], ["64", "48", "32", "16"], "",
                ["xmm0", "xmm1", "xmm2", "xmm3"])
        }
    }
}

/// Copies the first `out.len()` bytes of `words` into `out` with relaxed atomic loads.
/// Out of line: on x86-64 only lengths below [`WIDE_MIN`] come here.
#[cfg_attr(target_arch = "x86_64", cold, inline(never))]
fn copy_words(words: &[AtomicU64; WORDS], out: &mut [MaybeUninit<u8>]) {
    let full = (out.len() / 8).min(WORDS);
    let dst = out.as_mut_ptr().cast::<u64>();
    for (i, w) in words.iter().enumerate().take(full) {
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

    /// Slot `index`'s record, if its chunk exists (a load of the chunk's pointer). For
    /// the hot path, which finds it once, then prefetches and reads it.
    #[inline(always)]
    pub(crate) fn record(&self, index: usize) -> Option<&Record> {
        let chunk = self.chunks.get(index >> self.chunk_bits)?.get()?;
        chunk.get(index & ((1 << self.chunk_bits) - 1))
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
    #[cfg(test)]
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
        #[cfg(target_arch = "x86_64")]
        wide::detect();
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
        self.clear_after_fence(index);
    }

    /// [`Records::clear`] for a caller that has itself issued, after its change and
    /// before this, the `SeqCst` fence `clear` begins with: one fence serves the
    /// records of every variant of a slot (each look still follows the change and the
    /// fence, which is all the pairing with [`Records::fill`] asks).
    pub(crate) fn clear_after_fence(&self, index: usize) {
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
        let mut expected = vec![7u8; 13];
        expected.resize(32, 0xEE);
        assert_eq!(bytes_of(&out), expected, "nothing past the length");
    }

    /// The bytes of `out`, all initialized by the test.
    fn bytes_of(out: &[MaybeUninit<u8>]) -> Vec<u8> {
        // SAFETY: the tests initialize every byte of their buffers.
        out.iter().map(|b| unsafe { b.assume_init() }).collect()
    }

    #[test]
    fn every_length_is_copied_whole_and_no_further() {
        // The vector copy's steps (from WIDE_MIN up) and the word loop and byte tail
        // (below), into a buffer at every alignment.
        let r = Records::new(4, 1);
        for len in 0..=RECORD_BYTES {
            assert!(r.fill(2, 11, &pattern(len), || true));
            check_copy(len, |out| r.read(2, 11, out));
        }
    }

    /// The bytes the copy tests keep for length `len`.
    fn pattern(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 + len) as u8).collect()
    }

    /// `len` bytes from `copy` into a buffer at every skew: whole, and nothing written
    /// before or after them.
    fn check_copy(len: usize, copy: impl Fn(&mut [MaybeUninit<u8>]) -> Option<usize>) {
        let bytes = pattern(len);
        for skew in 0..4 {
            let mut out = vec![MaybeUninit::new(0xEEu8); len + skew + 8];
            assert_eq!(copy(&mut out[skew..skew + len]), Some(len), "len {len}");
            let out = bytes_of(&out);
            assert!(out[..skew].iter().all(|&b| b == 0xEE), "before, len {len}");
            assert_eq!(&out[skew..skew + len], &bytes[..], "len {len} skew {skew}");
            assert!(
                out[skew + len..].iter().all(|&b| b == 0xEE),
                "after, len {len}"
            );
        }
    }

    #[test]
    fn the_one_try_read_copies_what_read_does_or_declines() {
        let r = Records::new(4, 1);
        for len in 0..=RECORD_BYTES {
            assert!(r.fill(2, 11, &pattern(len), || true));
            let rec = r.record(2).unwrap();
            let mut big = vec![MaybeUninit::new(0u8); 512];
            if cfg!(target_arch = "x86_64") && len < WIDE_MIN {
                // Left to the general path.
                assert_eq!(rec.read_once(11, &mut big), None, "len {len}");
                continue;
            }
            check_copy(len, |out| rec.read_once(11, out));
            assert_eq!(rec.read_once(12, &mut big), None, "another key");
            if len > 0 {
                assert_eq!(rec.read_once(11, &mut big[..len - 1]), None, "does not fit");
            }
        }
        // A writer at work: declined (the general path tries again).
        let rec = r.record(2).unwrap();
        let writing = rec.try_write().unwrap();
        let mut big = vec![MaybeUninit::new(0u8); 512];
        assert_eq!(rec.read_once(11, &mut big), None, "being written");
        drop(writing);
        assert_eq!(rec.read_once(11, &mut big), Some(RECORD_BYTES));
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn both_vector_copies_copy_every_length() {
        let words: [AtomicU64; WORDS] = std::array::from_fn(|_| AtomicU64::new(0));
        for len in WIDE_MIN..=RECORD_BYTES {
            for (w, chunk) in words.iter().zip(pattern(len).chunks(8)) {
                let mut b = [0u8; 8];
                b[..chunk.len()].copy_from_slice(chunk);
                w.store(u64::from_ne_bytes(b), Ordering::Relaxed);
            }
            let src = words.as_ptr().cast::<u8>();
            // SAFETY: `len` (at least WIDE_MIN) bytes of `words` into `out`'s `len`.
            check_copy(len, |out| {
                unsafe { wide::copy_sse2(src, out.as_mut_ptr().cast(), out.len()) };
                Some(out.len())
            });
            if std::arch::is_x86_feature_detected!("avx") {
                // SAFETY: as above, and the processor has AVX.
                check_copy(len, |out| {
                    unsafe { wide::copy_avx(src, out.as_mut_ptr().cast(), out.len()) };
                    Some(out.len())
                });
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
                let mut buf = vec![MaybeUninit::new(0u8); 512];
                while !stop.load(Ordering::Relaxed) {
                    // The general read and, every other time, the hot path's one try.
                    let v = if seen % 2 == 0 {
                        read(&r, 1, 5, 512)
                    } else {
                        r.record(1).and_then(|rec| {
                            let n = rec.read_once(5, &mut buf)?;
                            // SAFETY: initialized above.
                            Some(
                                buf[..n]
                                    .iter()
                                    .map(|b| unsafe { b.assume_init() })
                                    .collect(),
                            )
                        })
                    };
                    if let Some(v) = v {
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
