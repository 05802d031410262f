//! The Win32 basics TAPI sources use beside TAPI, as `tapi32_` exports that
//! `include/win32/windows.h` maps the SDK's names onto: `LocalAlloc` and `GlobalAlloc`
//! memory, `GetModuleHandle`, the `lstr*` string functions, `OutputDebugString`,
//! critical sections and events (`CreateEvent`, `SetEvent`, `ResetEvent`,
//! `CloseHandle`; `WaitForSingleObject` and the other waits in [`super::exports`] accept
//! them). `wsprintf` and the `Interlocked*` functions are inline in `windows.h`.

// The exports are `pub` for the C ABI (`#[no_mangle]`), not for Rust callers.
#![allow(unreachable_pub)]

use std::collections::HashMap;
use std::ffi::{c_int, c_void};
use std::io::Write;
use std::sync::{Arc, LazyLock, Mutex};

use super::exports::{handle_fd, set_last_error, win32_fn};
use super::types::*;
use crate::core::sync::lock;
use crate::ffi::ptr::{check_ptr, opt_str, opt_wstr};
use tapi32_defs::{BOOL, DWORD, HANDLE, LPCSTR, LPCWSTR};

// ---- LocalAlloc and GlobalAlloc memory ----

/// A live block of `LocalAlloc`/`GlobalAlloc` memory.
struct Block {
    /// The size asked for (`LocalSize`).
    size: usize,
    /// Allocated `LMEM_MOVEABLE`: lock counts are kept, and it may move on reallocation.
    moveable: bool,
    /// `GlobalLock` count (moveable blocks only).
    locks: u32,
}

/// The live blocks, by their address XOR [`HIDE`]. Only blocks found here are freed,
/// sized or reallocated, so a double or unknown free is refused without touching memory.
static BLOCKS: LazyLock<Mutex<HashMap<usize, Block>>> = LazyLock::new(Default::default);

/// The keys of [`BLOCKS`] are not the blocks' addresses, so leak checkers (valgrind,
/// LeakSanitizer) still report the blocks a program never frees.
const HIDE: usize = 0x5A5A_5A5A_5A5A_5A5A_u64 as usize;

fn key(p: *mut c_void) -> usize {
    p as usize ^ HIDE
}

/// `LocalAlloc`/`GlobalAlloc`: `size` bytes with `malloc` (zeroed with `*_ZEROINIT`).
fn alloc(flags: UINT, size: SIZE_T) -> *mut c_void {
    // SAFETY: plain allocations; at least one byte, so each block has its own address.
    let p = unsafe {
        if flags & LMEM_ZEROINIT != 0 {
            libc::calloc(size.max(1), 1)
        } else {
            libc::malloc(size.max(1))
        }
    };
    if p.is_null() {
        set_last_error(ERROR_NOT_ENOUGH_MEMORY);
        return p;
    }
    let block = Block {
        size,
        moveable: flags & LMEM_MOVEABLE != 0,
        locks: 0,
    };
    lock(&BLOCKS).insert(key(p), block);
    p
}

/// `LocalFree`/`GlobalFree`: NULL when freed (or `h` is NULL), else `h` with the last
/// error `ERROR_INVALID_HANDLE`.
fn free(h: *mut c_void) -> *mut c_void {
    if h.is_null() {
        return h;
    }
    if lock(&BLOCKS).remove(&key(h)).is_none() {
        set_last_error(ERROR_INVALID_HANDLE);
        return h;
    }
    // SAFETY: `h` was a live block of ours, now removed, so freed once.
    unsafe { libc::free(h) };
    std::ptr::null_mut()
}

/// `LocalSize`/`GlobalSize`: the size asked for, or 0 (`ERROR_INVALID_HANDLE`).
fn size(h: *mut c_void) -> SIZE_T {
    match lock(&BLOCKS).get(&key(h)) {
        Some(b) => b.size,
        None => {
            set_last_error(ERROR_INVALID_HANDLE);
            0
        }
    }
}

/// `LocalReAlloc`/`GlobalReAlloc`.
fn realloc(h: *mut c_void, new_size: SIZE_T, flags: UINT) -> *mut c_void {
    let mut blocks = lock(&BLOCKS);
    let Some(mut b) = blocks.remove(&key(h)) else {
        set_last_error(ERROR_INVALID_HANDLE);
        return std::ptr::null_mut();
    };
    if flags & LMEM_MODIFY != 0 {
        // Only the attributes change (moveable or not; the address stays).
        b.moveable |= flags & LMEM_MOVEABLE != 0;
        blocks.insert(key(h), b);
        return h;
    }
    // SAFETY: `h` is a live block of ours (removed from the map while it is resized).
    let fits = new_size <= unsafe { libc::malloc_usable_size(h) };
    let p = if fits {
        h
    } else if b.moveable || flags & LMEM_MOVEABLE != 0 {
        // SAFETY: as above; on failure `h` stays valid and is put back.
        unsafe { libc::realloc(h, new_size.max(1)) }
    } else {
        // Fixed memory moves only with LMEM_MOVEABLE, as on Windows.
        std::ptr::null_mut()
    };
    if p.is_null() {
        blocks.insert(key(h), b);
        set_last_error(ERROR_NOT_ENOUGH_MEMORY);
        return p;
    }
    if flags & LMEM_ZEROINIT != 0 && new_size > b.size {
        // SAFETY: the block at `p` holds `new_size` bytes now.
        unsafe { p.cast::<u8>().add(b.size).write_bytes(0, new_size - b.size) };
    }
    b.size = new_size;
    blocks.insert(key(p), b);
    p
}

/// `GlobalLock`/`LocalLock`: the block's address (its handle), counting locks of a
/// moveable block; NULL (`ERROR_INVALID_HANDLE`) for an unknown handle.
fn lock_block(h: *mut c_void) -> *mut c_void {
    match lock(&BLOCKS).get_mut(&key(h)) {
        Some(b) => {
            if b.moveable {
                b.locks = b.locks.saturating_add(1);
            }
            h
        }
        None => {
            set_last_error(ERROR_INVALID_HANDLE);
            std::ptr::null_mut()
        }
    }
}

/// `GlobalUnlock`/`LocalUnlock`: TRUE while a moveable block stays locked; FALSE with
/// `NO_ERROR` once unlocked, `ERROR_NOT_LOCKED` if it was not locked,
/// `ERROR_INVALID_HANDLE` for an unknown handle. A fixed block (never locked): `fixed`.
fn unlock_block(h: *mut c_void, fixed: BOOL) -> BOOL {
    let mut blocks = lock(&BLOCKS);
    let Some(b) = blocks.get_mut(&key(h)) else {
        set_last_error(ERROR_INVALID_HANDLE);
        return 0;
    };
    if !b.moveable {
        if fixed == 0 {
            set_last_error(ERROR_NOT_LOCKED);
        }
        return fixed;
    }
    if b.locks == 0 {
        set_last_error(ERROR_NOT_LOCKED);
        return 0;
    }
    b.locks -= 1;
    if b.locks == 0 {
        set_last_error(NO_ERROR);
    }
    BOOL::from(b.locks > 0)
}

win32_fn! {
    /// Allocates `uBytes` bytes (`LMEM_ZEROINIT`: zeroed). `LMEM_MOVEABLE` memory is
    /// fixed memory here: its handle is its address, which `LocalLock` returns. Returns
    /// the handle, or NULL (`ERROR_NOT_ENOUGH_MEMORY`).
    fn [tapi32_LocalAlloc](uFlags: UINT, uBytes: SIZE_T) -> HLOCAL = std::ptr::null_mut(); {
        alloc(uFlags, uBytes)
    }
}

win32_fn! {
    /// Frees a block of `LocalAlloc`. Returns NULL, or `hMem` (last error
    /// `ERROR_INVALID_HANDLE`) when it is no live block (freed already, or never
    /// allocated here). NULL is ignored.
    fn [tapi32_LocalFree](hMem: HLOCAL) -> HLOCAL = hMem; {
        free(hMem)
    }
}

win32_fn! {
    /// The size a block was allocated (or reallocated) with; 0 (`ERROR_INVALID_HANDLE`)
    /// for no live block.
    fn [tapi32_LocalSize](hMem: HLOCAL) -> SIZE_T = 0; {
        size(hMem)
    }
}

win32_fn! {
    /// Resizes a block to `uBytes` (`LMEM_ZEROINIT` zeroes what it grows by). A fixed
    /// block moves only with `LMEM_MOVEABLE`, else it must fit where it is
    /// (`ERROR_NOT_ENOUGH_MEMORY`); a moveable one moves as needed, and its handle (its
    /// address) changes with it. `LMEM_MODIFY` changes no size. Returns the block's
    /// handle, or NULL (`ERROR_INVALID_HANDLE`, `ERROR_NOT_ENOUGH_MEMORY`; the block is
    /// unchanged).
    fn [tapi32_LocalReAlloc](hMem: HLOCAL, uBytes: SIZE_T, uFlags: UINT) -> HLOCAL = std::ptr::null_mut(); {
        realloc(hMem, uBytes, uFlags)
    }
}

win32_fn! {
    /// The address of a `LocalAlloc` block (its handle), counting a lock of a moveable
    /// one; NULL (`ERROR_INVALID_HANDLE`) for no live block.
    fn [tapi32_LocalLock](hMem: HLOCAL) -> *mut c_void = std::ptr::null_mut(); {
        lock_block(hMem)
    }
}

win32_fn! {
    /// Undoes one `LocalLock` of a moveable block: TRUE while it stays locked, FALSE
    /// (last error `NO_ERROR`) once unlocked; FALSE with `ERROR_NOT_LOCKED` for a block
    /// not locked (a fixed block never is), `ERROR_INVALID_HANDLE` for no live block.
    fn [tapi32_LocalUnlock](hMem: HLOCAL) -> BOOL = 0; {
        unlock_block(hMem, 0)
    }
}

win32_fn! {
    /// As `LocalAlloc` (`GMEM_*` are the `LMEM_*` values); the same heap.
    fn [tapi32_GlobalAlloc](uFlags: UINT, dwBytes: SIZE_T) -> HGLOBAL = std::ptr::null_mut(); {
        alloc(uFlags, dwBytes)
    }
}

win32_fn! {
    /// As `LocalFree`.
    fn [tapi32_GlobalFree](hMem: HGLOBAL) -> HGLOBAL = hMem; {
        free(hMem)
    }
}

win32_fn! {
    /// As `LocalSize`.
    fn [tapi32_GlobalSize](hMem: HGLOBAL) -> SIZE_T = 0; {
        size(hMem)
    }
}

win32_fn! {
    /// As `LocalReAlloc`.
    fn [tapi32_GlobalReAlloc](hMem: HGLOBAL, dwBytes: SIZE_T, uFlags: UINT) -> HGLOBAL = std::ptr::null_mut(); {
        realloc(hMem, dwBytes, uFlags)
    }
}

win32_fn! {
    /// As `LocalLock`.
    fn [tapi32_GlobalLock](hMem: HGLOBAL) -> *mut c_void = std::ptr::null_mut(); {
        lock_block(hMem)
    }
}

win32_fn! {
    /// Undoes one `GlobalLock` of a moveable block: TRUE while it stays locked, FALSE
    /// (last error `NO_ERROR`) once unlocked, FALSE with `ERROR_NOT_LOCKED` when it was
    /// not locked. A fixed block gives TRUE (as Wine). FALSE with
    /// `ERROR_INVALID_HANDLE` for no live block.
    fn [tapi32_GlobalUnlock](hMem: HGLOBAL) -> BOOL = 0; {
        unlock_block(hMem, 1)
    }
}

// ---- GetModuleHandle ----

/// The program's pseudo module handle: the address of its ELF program headers' page,
/// which is its image base (0x400000 for a classic x86-64 executable).
fn program_handle() -> HMODULE {
    // SAFETY: getauxval has no preconditions.
    let phdr = unsafe { libc::getauxval(libc::AT_PHDR) } as usize;
    let base = phdr & !0xFFF;
    (if base == 0 { 0x40_0000 } else { base }) as HMODULE
}

/// The library's own module handle: the base address `libtapi32.so` is loaded at.
fn library_handle() -> HMODULE {
    let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
    let here = library_handle as *const c_void;
    // SAFETY: `info` is a live Dl_info; dladdr only reads the loader's tables.
    let found = unsafe { libc::dladdr(here, &mut info) } != 0;
    if found && !info.dli_fbase.is_null() {
        info.dli_fbase
    } else {
        0x1000_0000 as HMODULE
    }
}

/// `GetModuleHandle` of a name (or NULL for the program).
fn module(name: Option<String>) -> HMODULE {
    let Some(name) = name else {
        return program_handle();
    };
    let name = name.to_ascii_lowercase();
    if name == "tapi32" || name == "tapi32.dll" {
        return library_handle();
    }
    set_last_error(ERROR_MOD_NOT_FOUND);
    std::ptr::null_mut()
}

win32_fn! {
    /// NULL: the program's module handle (its image base). "tapi32" or "tapi32.dll"
    /// (any case): the library's. Any other name: NULL (`ERROR_MOD_NOT_FOUND`); the
    /// library loads no DLLs.
    unsafe fn [tapi32_GetModuleHandleA](lpModuleName: LPCSTR) -> HMODULE = std::ptr::null_mut(); {
        // SAFETY: NULL or a NUL-terminated string, by the caller's contract.
        match unsafe { opt_str(lpModuleName) } {
            Ok(n) => module(n),
            Err(_) => {
                set_last_error(ERROR_INVALID_PARAMETER);
                std::ptr::null_mut()
            }
        }
    }
}

win32_fn! {
    /// As `GetModuleHandleA`, with a UTF-16 name.
    unsafe fn [tapi32_GetModuleHandleW](lpModuleName: LPCWSTR) -> HMODULE = std::ptr::null_mut(); {
        // SAFETY: NULL or a NUL-terminated string, by the caller's contract.
        match unsafe { opt_wstr(lpModuleName) } {
            Ok(n) => module(n),
            Err(_) => {
                set_last_error(ERROR_INVALID_PARAMETER);
                std::ptr::null_mut()
            }
        }
    }
}

// ---- lstr* ----

/// A code unit of a single-byte (`u8`) or UTF-16 (`u16`) string.
trait Unit: Copy + Eq + Default {
    /// The unit's value with ASCII letters lowercased.
    fn folded(self) -> u32;
    fn value(self) -> u32;
}

impl Unit for u8 {
    fn folded(self) -> u32 {
        u32::from(self.to_ascii_lowercase())
    }
    fn value(self) -> u32 {
        u32::from(self)
    }
}

impl Unit for u16 {
    fn folded(self) -> u32 {
        match self {
            0x41..=0x5A => u32::from(self) + 0x20,
            _ => u32::from(self),
        }
    }
    fn value(self) -> u32 {
        u32::from(self)
    }
}

/// Whether `p` may be a string (not NULL nor an obviously invalid address).
fn usable<T>(p: *const T) -> bool {
    check_ptr(p, size_of::<T>()).is_ok()
}

/// The length of the NUL-terminated string at `p` (usable).
///
/// # Safety
/// `p` points to a NUL-terminated string.
unsafe fn len<T: Unit>(p: *const T) -> usize {
    let mut n = 0;
    // SAFETY: every unit up to the NUL is readable.
    while unsafe { p.add(n).read_unaligned() } != T::default() {
        n += 1;
    }
    n
}

/// Copies at most `max` units of `src` (stopping at its NUL) to `dst`, then a NUL.
///
/// # Safety
/// `src` is NUL-terminated; `dst` holds the units written.
unsafe fn copy<T: Unit>(dst: *mut T, src: *const T, max: usize) {
    let mut i = 0;
    while i < max {
        // SAFETY: within `src` (not past its NUL) and within `dst`.
        let u = unsafe { src.add(i).read_unaligned() };
        if u == T::default() {
            break;
        }
        // SAFETY: as above.
        unsafe { dst.add(i).write_unaligned(u) };
        i += 1;
    }
    // SAFETY: `dst` holds the copy and its NUL.
    unsafe { dst.add(i).write_unaligned(T::default()) };
}

/// `lstrcpy`: `dst`, or NULL for an unusable pointer.
unsafe fn lstrcpy<T: Unit>(dst: *mut T, src: *const T) -> *mut T {
    if !usable(dst) || !usable(src) {
        return std::ptr::null_mut();
    }
    // SAFETY: the caller's contract.
    unsafe { copy(dst, src, usize::MAX) };
    dst
}

/// `lstrcpyn`: at most `max - 1` units and a NUL; `max` <= 0 writes nothing.
unsafe fn lstrcpyn<T: Unit>(dst: *mut T, src: *const T, max: c_int) -> *mut T {
    if !usable(dst) || !usable(src) {
        return std::ptr::null_mut();
    }
    if max > 0 {
        // SAFETY: the caller's contract: `dst` holds `max` units.
        unsafe { copy(dst, src, max as usize - 1) };
    }
    dst
}

/// `lstrcat`: `dst`, or NULL for an unusable pointer.
unsafe fn lstrcat<T: Unit>(dst: *mut T, src: *const T) -> *mut T {
    if !usable(dst) || !usable(src) {
        return std::ptr::null_mut();
    }
    // SAFETY: the caller's contract: `dst` is a string with room for `src`.
    unsafe { copy(dst.add(len(dst)), src, usize::MAX) };
    dst
}

/// `lstrlen`: 0 for NULL.
unsafe fn lstrlen<T: Unit>(s: *const T) -> c_int {
    if !usable(s) {
        return 0;
    }
    // SAFETY: the caller's contract.
    unsafe { len(s) }.min(c_int::MAX as usize) as c_int
}

/// `lstrcmp` (`fold`: `lstrcmpi`): -1, 0 or 1; NULL sorts before any string.
unsafe fn lstrcmp<T: Unit>(a: *const T, b: *const T, fold: bool) -> c_int {
    match (usable(a), usable(b)) {
        (false, false) => return 0,
        (false, true) => return -1,
        (true, false) => return 1,
        (true, true) => {}
    }
    let mut i = 0;
    loop {
        // SAFETY: both strings are readable up to their NUL, which ends the loop.
        let (x, y) = unsafe { (a.add(i).read_unaligned(), b.add(i).read_unaligned()) };
        let (x, y) = if fold {
            (x.folded(), y.folded())
        } else {
            (x.value(), y.value())
        };
        if x != y || x == 0 {
            return (x.cmp(&y)) as c_int;
        }
        i += 1;
    }
}

win32_fn! {
    /// Copies `lpString2` to `lpString1`; returns `lpString1`, or NULL when either is
    /// NULL.
    unsafe fn [tapi32_lstrcpyA](lpString1: LPSTR, lpString2: LPCSTR) -> LPSTR = std::ptr::null_mut(); {
        // SAFETY: the caller's contract.
        unsafe { lstrcpy(lpString1.cast::<u8>(), lpString2.cast::<u8>()).cast() }
    }
}

win32_fn! {
    /// As `lstrcpyA`, UTF-16.
    unsafe fn [tapi32_lstrcpyW](lpString1: LPWSTR, lpString2: LPCWSTR) -> LPWSTR = std::ptr::null_mut(); {
        // SAFETY: the caller's contract.
        unsafe { lstrcpy(lpString1, lpString2) }
    }
}

win32_fn! {
    /// Copies at most `iMaxLength - 1` characters of `lpString2` and a NUL to
    /// `lpString1` (nothing when `iMaxLength` <= 0); returns `lpString1`, or NULL when
    /// either is NULL.
    unsafe fn [tapi32_lstrcpynA](lpString1: LPSTR, lpString2: LPCSTR, iMaxLength: c_int) -> LPSTR = std::ptr::null_mut(); {
        // SAFETY: the caller's contract.
        unsafe { lstrcpyn(lpString1.cast::<u8>(), lpString2.cast::<u8>(), iMaxLength).cast() }
    }
}

win32_fn! {
    /// As `lstrcpynA`, UTF-16 (`iMaxLength` in characters).
    unsafe fn [tapi32_lstrcpynW](lpString1: LPWSTR, lpString2: LPCWSTR, iMaxLength: c_int) -> LPWSTR = std::ptr::null_mut(); {
        // SAFETY: the caller's contract.
        unsafe { lstrcpyn(lpString1, lpString2, iMaxLength) }
    }
}

win32_fn! {
    /// Appends `lpString2` to `lpString1`; returns `lpString1`, or NULL when either is
    /// NULL.
    unsafe fn [tapi32_lstrcatA](lpString1: LPSTR, lpString2: LPCSTR) -> LPSTR = std::ptr::null_mut(); {
        // SAFETY: the caller's contract.
        unsafe { lstrcat(lpString1.cast::<u8>(), lpString2.cast::<u8>()).cast() }
    }
}

win32_fn! {
    /// As `lstrcatA`, UTF-16.
    unsafe fn [tapi32_lstrcatW](lpString1: LPWSTR, lpString2: LPCWSTR) -> LPWSTR = std::ptr::null_mut(); {
        // SAFETY: the caller's contract.
        unsafe { lstrcat(lpString1, lpString2) }
    }
}

win32_fn! {
    /// The length of `lpString` in bytes, without its NUL; 0 for NULL.
    unsafe fn [tapi32_lstrlenA](lpString: LPCSTR) -> c_int = 0; {
        // SAFETY: the caller's contract.
        unsafe { lstrlen(lpString.cast::<u8>()) }
    }
}

win32_fn! {
    /// The length of `lpString` in UTF-16 units, without its NUL; 0 for NULL.
    unsafe fn [tapi32_lstrlenW](lpString: LPCWSTR) -> c_int = 0; {
        // SAFETY: the caller's contract.
        unsafe { lstrlen(lpString) }
    }
}

win32_fn! {
    /// Compares two strings by their bytes: -1, 0 or 1 (NULL sorts first, two NULLs are
    /// equal). Windows compares by the user's locale; this order is the ordinal one,
    /// which agrees with it for strings of ASCII letters and digits of one case.
    unsafe fn [tapi32_lstrcmpA](lpString1: LPCSTR, lpString2: LPCSTR) -> c_int = 0; {
        // SAFETY: the caller's contract.
        unsafe { lstrcmp(lpString1.cast::<u8>(), lpString2.cast::<u8>(), false) }
    }
}

win32_fn! {
    /// As `lstrcmpA`, by UTF-16 units.
    unsafe fn [tapi32_lstrcmpW](lpString1: LPCWSTR, lpString2: LPCWSTR) -> c_int = 0; {
        // SAFETY: the caller's contract.
        unsafe { lstrcmp(lpString1, lpString2, false) }
    }
}

win32_fn! {
    /// As `lstrcmpA`, ignoring the case of ASCII letters.
    unsafe fn [tapi32_lstrcmpiA](lpString1: LPCSTR, lpString2: LPCSTR) -> c_int = 0; {
        // SAFETY: the caller's contract.
        unsafe { lstrcmp(lpString1.cast::<u8>(), lpString2.cast::<u8>(), true) }
    }
}

win32_fn! {
    /// As `lstrcmpW`, ignoring the case of ASCII letters.
    unsafe fn [tapi32_lstrcmpiW](lpString1: LPCWSTR, lpString2: LPCWSTR) -> c_int = 0; {
        // SAFETY: the caller's contract.
        unsafe { lstrcmp(lpString1, lpString2, true) }
    }
}

// ---- OutputDebugString ----

win32_fn! {
    /// Writes `lpOutputString` to stderr as it is (no newline added; NULL: nothing).
    unsafe fn [tapi32_OutputDebugStringA](lpOutputString: LPCSTR) -> () = (); {
        if usable(lpOutputString) {
            // SAFETY: a NUL-terminated string, by the caller's contract.
            let s = unsafe { std::ffi::CStr::from_ptr(lpOutputString) };
            let _ = std::io::stderr().write_all(s.to_bytes());
        }
    }
}

win32_fn! {
    /// Writes `lpOutputString` to stderr in UTF-8 (no newline added; NULL: nothing).
    unsafe fn [tapi32_OutputDebugStringW](lpOutputString: LPCWSTR) -> () = (); {
        // SAFETY: NULL or a NUL-terminated string, by the caller's contract.
        if let Ok(Some(s)) = unsafe { opt_wstr(lpOutputString) } {
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
    }
}

// ---- critical sections ----

/// The pthread mutex inside the caller's `CRITICAL_SECTION`, or `None` for an unusable
/// or misaligned pointer.
fn mutex(cs: LPCRITICAL_SECTION) -> Option<*mut libc::pthread_mutex_t> {
    let aligned = (cs as usize) % align_of::<libc::pthread_mutex_t>() == 0;
    (check_ptr(cs, size_of::<CRITICAL_SECTION>()).is_ok() && aligned).then_some(cs.cast())
}

/// Makes the caller's `CRITICAL_SECTION` a recursive mutex; false if that failed.
///
/// # Safety
/// `cs` is NULL or a writable `CRITICAL_SECTION` not in use.
unsafe fn init_cs(cs: LPCRITICAL_SECTION) -> bool {
    let Some(m) = mutex(cs) else {
        set_last_error(ERROR_INVALID_PARAMETER);
        return false;
    };
    // SAFETY: `attr` is a live attribute object; `m` is the caller's buffer, large and
    // aligned enough (see CRITICAL_SECTION_SIZE).
    unsafe {
        let mut attr: libc::pthread_mutexattr_t = std::mem::zeroed();
        libc::pthread_mutexattr_init(&mut attr);
        libc::pthread_mutexattr_settype(&mut attr, libc::PTHREAD_MUTEX_RECURSIVE);
        let r = libc::pthread_mutex_init(m, &attr);
        libc::pthread_mutexattr_destroy(&mut attr);
        r == 0
    }
}

win32_fn! {
    /// Initializes a critical section: a recursive lock (the thread that holds it may
    /// enter it again, and leaves it as often). NULL is ignored.
    unsafe fn [tapi32_InitializeCriticalSection](lpCriticalSection: LPCRITICAL_SECTION) -> () = (); {
        // SAFETY: the caller's contract.
        unsafe { init_cs(lpCriticalSection) };
    }
}

win32_fn! {
    /// As `InitializeCriticalSection` (the spin count is ignored). TRUE, or FALSE for
    /// NULL.
    unsafe fn [tapi32_InitializeCriticalSectionAndSpinCount](
        lpCriticalSection: LPCRITICAL_SECTION,
        dwSpinCount: DWORD,
    ) -> BOOL = 0; {
        let _ = dwSpinCount;
        // SAFETY: the caller's contract.
        BOOL::from(unsafe { init_cs(lpCriticalSection) })
    }
}

win32_fn! {
    /// Releases a critical section's resources; it must not be held. NULL is ignored.
    unsafe fn [tapi32_DeleteCriticalSection](lpCriticalSection: LPCRITICAL_SECTION) -> () = (); {
        if let Some(m) = mutex(lpCriticalSection) {
            // SAFETY: an initialized critical section, by the caller's contract.
            unsafe { libc::pthread_mutex_destroy(m) };
        }
    }
}

win32_fn! {
    /// Waits for and takes a critical section (again, if this thread holds it).
    unsafe fn [tapi32_EnterCriticalSection](lpCriticalSection: LPCRITICAL_SECTION) -> () = (); {
        if let Some(m) = mutex(lpCriticalSection) {
            // SAFETY: an initialized critical section, by the caller's contract.
            unsafe { libc::pthread_mutex_lock(m) };
        }
    }
}

win32_fn! {
    /// Takes a critical section if no other thread holds it: TRUE, else FALSE at once.
    unsafe fn [tapi32_TryEnterCriticalSection](lpCriticalSection: LPCRITICAL_SECTION) -> BOOL = 0; {
        // SAFETY: an initialized critical section, by the caller's contract.
        mutex(lpCriticalSection).map_or(0, |m| BOOL::from(unsafe { libc::pthread_mutex_trylock(m) } == 0))
    }
}

win32_fn! {
    /// Leaves a critical section once (as often as it was entered to release it).
    unsafe fn [tapi32_LeaveCriticalSection](lpCriticalSection: LPCRITICAL_SECTION) -> () = (); {
        if let Some(m) = mutex(lpCriticalSection) {
            // SAFETY: an initialized critical section this thread holds.
            unsafe { libc::pthread_mutex_unlock(m) };
        }
    }
}

// ---- events ----

/// An event of `CreateEvent`.
struct Event {
    manual: bool,
    name: Option<String>,
}

/// The events `CreateEvent` made: each handle is an eventfd (readable while the event
/// is signalled), so the waits poll them as they poll `Handles.hEvent`. Named events
/// share one object: each handle to it is a `dup` of the same eventfd.
#[derive(Default)]
struct Events {
    by_fd: HashMap<i32, Arc<Event>>,
    by_name: HashMap<String, Arc<Event>>,
}

static EVENTS: LazyLock<Mutex<Events>> = LazyLock::new(Default::default);

/// Before `fork()`: holds the locks of the `LocalAlloc` blocks and the events.
pub(crate) fn fork_prepare() {
    crate::core::sync::hold(&BLOCKS);
    crate::core::sync::hold(&EVENTS);
}

/// For each of `fds`, whether it is an auto-reset event (whose satisfied wait resets
/// it). `Handles.hEvent` of `lineInitializeEx` is none: it reflects its queue.
pub(super) fn auto_reset(fds: &[i32]) -> Vec<bool> {
    let events = lock(&EVENTS);
    fds.iter()
        .map(|fd| events.by_fd.get(fd).is_some_and(|e| !e.manual))
        .collect()
}

/// Resets a signalled event's eventfd: true if it was signalled (this caller took it).
pub(super) fn take(fd: i32) -> bool {
    let mut v = 0u64;
    // SAFETY: reads 8 bytes into a live u64; the eventfd is non-blocking.
    unsafe { libc::read(fd, (&raw mut v).cast(), 8) == 8 }
}

/// Signals an event's eventfd.
fn signal(fd: i32) -> bool {
    let one = 1u64;
    // SAFETY: writes 8 bytes from a live u64.
    unsafe { libc::write(fd, (&raw const one).cast(), 8) == 8 }
}

/// A wait for all of `fds`, each signalled: resets the auto-reset ones, all or none
/// (when another waiter took one first, those taken are signalled again).
pub(super) fn take_all(fds: &[i32], auto: &[bool]) -> bool {
    let mut taken = Vec::new();
    for (&fd, _) in fds.iter().zip(auto).filter(|(_, &a)| a) {
        if !take(fd) {
            for &t in &taken {
                signal(t);
            }
            return false;
        }
        taken.push(fd);
    }
    true
}

/// A new eventfd, never descriptor 0 (a handle of 0 would read as NULL).
fn new_eventfd(initial: bool) -> Option<i32> {
    // SAFETY: no memory is involved; a negative result is an error.
    let fd = unsafe { libc::eventfd(u32::from(initial), libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
    match fd {
        0 => {
            // SAFETY: 0 is ours; the copy is at least 1.
            let moved = unsafe { libc::fcntl(0, libc::F_DUPFD_CLOEXEC, 1) };
            // SAFETY: closes our descriptor 0.
            unsafe { libc::close(0) };
            (moved > 0).then_some(moved)
        }
        fd => (fd > 0).then_some(fd),
    }
}

fn create_event(manual: BOOL, initial: BOOL, name: Option<String>) -> HANDLE {
    let mut events = lock(&EVENTS);
    if let Some(e) = name.as_ref().and_then(|n| events.by_name.get(n)).cloned() {
        // Another handle to the existing event: a copy of one of its descriptors.
        let Some((&fd, _)) = events.by_fd.iter().find(|(_, x)| Arc::ptr_eq(x, &e)) else {
            set_last_error(ERROR_INVALID_HANDLE);
            return std::ptr::null_mut();
        };
        // SAFETY: `fd` is an eventfd of ours.
        let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 1) };
        if copy <= 0 {
            set_last_error(ERROR_NOT_ENOUGH_MEMORY);
            return std::ptr::null_mut();
        }
        events.by_fd.insert(copy, e);
        set_last_error(ERROR_ALREADY_EXISTS);
        return copy as usize as HANDLE;
    }
    let Some(fd) = new_eventfd(initial != 0) else {
        set_last_error(ERROR_NOT_ENOUGH_MEMORY);
        return std::ptr::null_mut();
    };
    let e = Arc::new(Event {
        manual: manual != 0,
        name: name.clone(),
    });
    if let Some(n) = name {
        events.by_name.insert(n, e.clone());
    }
    events.by_fd.insert(fd, e);
    set_last_error(NO_ERROR);
    fd as usize as HANDLE
}

/// The eventfd of an event handle of `CreateEvent`, or `None` (`ERROR_INVALID_HANDLE`).
fn event_fd(h: HANDLE) -> Option<i32> {
    let fd = handle_fd(h).filter(|fd| lock(&EVENTS).by_fd.contains_key(fd));
    if fd.is_none() {
        set_last_error(ERROR_INVALID_HANDLE);
    }
    fd
}

win32_fn! {
    /// Creates an event: manual-reset (signalled until `ResetEvent`) or auto-reset (a
    /// satisfied wait resets it, so one `SetEvent` releases one wait), signalled at once
    /// with `bInitialState`. A name already used in this process gives another handle
    /// to that event (last error `ERROR_ALREADY_EXISTS`); names do not cross
    /// processes. `lpEventAttributes` is ignored. Returns the handle (an eventfd,
    /// pollable), or NULL.
    unsafe fn [tapi32_CreateEventA](
        lpEventAttributes: LPSECURITY_ATTRIBUTES,
        bManualReset: BOOL,
        bInitialState: BOOL,
        lpName: LPCSTR,
    ) -> HANDLE = std::ptr::null_mut(); {
        let _ = lpEventAttributes;
        // SAFETY: NULL or a NUL-terminated string, by the caller's contract.
        match unsafe { opt_str(lpName) } {
            Ok(name) => create_event(bManualReset, bInitialState, name),
            Err(_) => {
                set_last_error(ERROR_INVALID_PARAMETER);
                std::ptr::null_mut()
            }
        }
    }
}

win32_fn! {
    /// As `CreateEventA`, with a UTF-16 name.
    unsafe fn [tapi32_CreateEventW](
        lpEventAttributes: LPSECURITY_ATTRIBUTES,
        bManualReset: BOOL,
        bInitialState: BOOL,
        lpName: LPCWSTR,
    ) -> HANDLE = std::ptr::null_mut(); {
        let _ = lpEventAttributes;
        // SAFETY: NULL or a NUL-terminated string, by the caller's contract.
        match unsafe { opt_wstr(lpName) } {
            Ok(name) => create_event(bManualReset, bInitialState, name),
            Err(_) => {
                set_last_error(ERROR_INVALID_PARAMETER);
                std::ptr::null_mut()
            }
        }
    }
}

win32_fn! {
    /// Signals an event (no effect on one signalled already). FALSE
    /// (`ERROR_INVALID_HANDLE`) for a handle that is no event of `CreateEvent`.
    fn [tapi32_SetEvent](hEvent: HANDLE) -> BOOL = 0; {
        event_fd(hEvent).map_or(0, |fd| BOOL::from(signal(fd)))
    }
}

win32_fn! {
    /// Makes an event not signalled. FALSE (`ERROR_INVALID_HANDLE`) for a handle that is
    /// no event of `CreateEvent`.
    fn [tapi32_ResetEvent](hEvent: HANDLE) -> BOOL = 0; {
        event_fd(hEvent).map_or(0, |fd| {
            take(fd);
            1
        })
    }
}

win32_fn! {
    /// Closes a handle of `CreateEvent` (the event goes with its last handle). FALSE
    /// (`ERROR_INVALID_HANDLE`) for any other handle: the library closes nothing else
    /// (not `Handles.hEvent` of `lineInitializeEx`, which `lineShutdown` closes).
    fn [tapi32_CloseHandle](hObject: HANDLE) -> BOOL = 0; {
        let Some(fd) = handle_fd(hObject) else {
            set_last_error(ERROR_INVALID_HANDLE);
            return 0;
        };
        let mut events = lock(&EVENTS);
        let Some(e) = events.by_fd.remove(&fd) else {
            set_last_error(ERROR_INVALID_HANDLE);
            return 0;
        };
        if let Some(n) = &e.name {
            if !events.by_fd.values().any(|x| Arc::ptr_eq(x, &e)) {
                events.by_name.remove(n);
            }
        }
        // SAFETY: the eventfd was ours and is now forgotten.
        unsafe { libc::close(fd) };
        1
    }
}
