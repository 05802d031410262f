//! Unix (Linux): eventfd, signal masks, `pthread_atfork`, `AT_SECURE`, open flags.

use std::fs::OpenOptions;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;

/// The handle an event-mode application waits on: an `eventfd` that is readable (for
/// `poll`, `select`, `epoll`) while it is set.
#[derive(Debug)]
pub(crate) struct EventHandle(OwnedFd);

impl EventHandle {
    /// A new, unset handle; `None` when the system has none to give.
    pub(crate) fn new() -> Option<Self> {
        // SAFETY: eventfd has no memory-safety preconditions; a negative result is an
        // error.
        let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
        // SAFETY: `fd` is a freshly created descriptor that nothing else owns.
        (fd >= 0).then(|| EventHandle(unsafe { OwnedFd::from_raw_fd(fd) }))
    }

    /// Sets it (readable).
    pub(crate) fn set(&self) {
        let one: u64 = 1;
        // SAFETY: writes 8 bytes from a live u64 to an eventfd we own.
        unsafe { libc::write(self.0.as_raw_fd(), (&one as *const u64).cast(), 8) };
    }

    /// Resets it (not readable).
    pub(crate) fn reset(&self) {
        let mut v: u64 = 0;
        // SAFETY: reads 8 bytes into a live u64 from a non-blocking eventfd we own.
        unsafe { libc::read(self.0.as_raw_fd(), (&mut v as *mut u64).cast(), 8) };
    }

    /// The value the program gets as its `HANDLE`: the descriptor.
    pub(crate) fn raw(&self) -> isize {
        self.0.as_raw_fd() as isize
    }
}

/// Milliseconds by `clock`, wrapping at 2^32; `None` if it cannot be read.
#[inline]
fn clock_millis(clock: libc::clockid_t) -> Option<u32> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec to write.
    if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
        return None;
    }
    Some((ts.tv_sec as u64 * 1000 + ts.tv_nsec as u64 / 1_000_000) as u32)
}

/// Milliseconds since the system started, wrapping at 2^32 (`GetTickCount`).
pub(crate) fn tick_count() -> u32 {
    clock_millis(libc::CLOCK_MONOTONIC).unwrap_or(0)
}

/// [`tick_count`]'s clock read at its last tick (`CLOCK_MONOTONIC_COARSE` on Linux, a
/// few nanoseconds instead of tens; elsewhere [`tick_count`] itself): the Win32 layer's
/// `MSG.time` of a TAPI message, as Windows' own message time has its tick's
/// resolution (10-16 ms). Never later than a [`tick_count`] read after it, and never
/// earlier than one read a tick before it.
#[inline]
pub(crate) fn coarse_tick_count() -> u32 {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    const CLOCK: libc::clockid_t = libc::CLOCK_MONOTONIC_COARSE;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    const CLOCK: libc::clockid_t = libc::CLOCK_MONOTONIC;
    clock_millis(CLOCK).unwrap_or_else(tick_count)
}

/// Nanoseconds since the Unix epoch by the system's coarse clock (0 before it): the
/// time of the kernel's latest tick (`CLOCK_REALTIME_COARSE`, 1-4 ms behind the exact
/// time on Linux), as Windows' own system time advances by its tick (about 15.6 ms). A
/// call's state records it at every change; the coarse clock is read from the vDSO
/// without the timestamp counter (about 5 ns here, against 23 ns for `CLOCK_REALTIME`).
pub(crate) fn coarse_now_nanos() -> u64 {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    const CLOCK: libc::clockid_t = libc::CLOCK_REALTIME_COARSE;
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    const CLOCK: libc::clockid_t = libc::CLOCK_REALTIME;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec to write.
    unsafe { libc::clock_gettime(CLOCK, &mut ts) };
    u64::try_from(ts.tv_sec).map_or(0, |s| {
        s.saturating_mul(1_000_000_000)
            .saturating_add(ts.tv_nsec as u64)
    })
}

/// The signals only the thread that caused them can get (a fault, a trap, `abort`):
/// a library thread keeps them, and every other signal blocked.
const SYNCHRONOUS_SIGNALS: [libc::c_int; 6] = [
    libc::SIGSEGV,
    libc::SIGBUS,
    libc::SIGFPE,
    libc::SIGILL,
    libc::SIGTRAP,
    libc::SIGSYS,
];

/// Blocks the asynchronous signals on this thread while it lives (a new thread inherits
/// the mask), then restores the previous mask.
pub(crate) struct AsyncSignalsBlocked(libc::sigset_t);

impl AsyncSignalsBlocked {
    /// Blocks them.
    pub(crate) fn new() -> Self {
        // SAFETY: sigset_t is plain data; the sigset functions initialize and change the
        // sets we own, and pthread_sigmask reads and writes them.
        unsafe {
            let mut all: libc::sigset_t = std::mem::zeroed();
            let mut old: libc::sigset_t = std::mem::zeroed();
            libc::sigfillset(&mut all);
            for s in SYNCHRONOUS_SIGNALS {
                libc::sigdelset(&mut all, s);
            }
            libc::pthread_sigmask(libc::SIG_BLOCK, &all, &mut old);
            AsyncSignalsBlocked(old)
        }
    }
}

impl Drop for AsyncSignalsBlocked {
    fn drop(&mut self) {
        // SAFETY: restores the mask saved in `new`.
        unsafe { libc::pthread_sigmask(libc::SIG_SETMASK, &self.0, std::ptr::null_mut()) };
    }
}

/// Registers `fork()` handlers (`pthread_atfork`).
pub(crate) fn at_fork(prepare: extern "C" fn(), parent: extern "C" fn(), child: extern "C" fn()) {
    // SAFETY: the handlers are `extern "C"` functions that live as long as the library;
    // the caller's never unwind.
    unsafe { libc::pthread_atfork(Some(prepare), Some(parent), Some(child)) };
}

/// Whether the process runs in secure-execution mode (`getauxval(AT_SECURE) != 0`: a
/// setuid, setgid or file-capability program run by a less privileged user).
pub(crate) fn secure() -> bool {
    // SAFETY: getauxval has no preconditions; 0 means "not secure" or "not known".
    unsafe { libc::getauxval(libc::AT_SECURE) != 0 }
}

/// The calling thread's ID, as the system numbers threads (`gettid`).
pub(crate) fn thread_id() -> u32 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as u32 }
}

/// The environment variables that may hold the user's name, in order.
pub(crate) const USER_VARS: [&str; 2] = ["USER", "LOGNAME"];

/// The user when no variable names them: the numeric user ID.
pub(crate) fn user_id() -> String {
    // SAFETY: getuid has no preconditions.
    unsafe { libc::getuid() }.to_string()
}

/// For the doctor's report files: opens without following a final symbolic link,
/// without blocking (a FIFO with no writer), closed on `exec`; a file it creates is the
/// user's alone (0600).
pub(crate) fn no_follow(opts: &mut OpenOptions) -> &mut OpenOptions {
    opts.mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK)
}

/// For scenario files: opens without blocking (a FIFO with no writer is refused, not
/// waited on) and without becoming the controlling terminal.
pub(crate) fn no_block(opts: &mut OpenOptions) -> &mut OpenOptions {
    opts.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readable(e: &EventHandle) -> bool {
        let mut p = libc::pollfd {
            fd: e.raw() as i32,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, no wait.
        unsafe { libc::poll(&mut p, 1, 0) == 1 }
    }

    #[test]
    fn an_event_handle_is_readable_while_set_and_not_after_a_reset() {
        let e = EventHandle::new().unwrap();
        assert!(!readable(&e));
        e.set();
        e.set();
        assert!(readable(&e));
        e.reset();
        assert!(!readable(&e), "one reset clears any number of sets");
        e.reset();
        assert!(!readable(&e));
    }

    #[test]
    fn the_coarse_tick_count_is_tick_counts_clock_at_its_last_tick() {
        for _ in 0..1000 {
            let before = tick_count();
            let t = coarse_tick_count();
            let after = tick_count();
            // Never later than GetTickCount after it; at most a tick (<= 10 ms) behind.
            assert!(after.wrapping_sub(t) < 1 << 31, "{t} after {after}");
            assert!(before.wrapping_sub(t) <= 10 || t.wrapping_sub(before) < 1 << 31);
        }
    }

    #[test]
    fn tick_count_counts_milliseconds() {
        let a = tick_count();
        std::thread::sleep(std::time::Duration::from_millis(30));
        let d = tick_count().wrapping_sub(a);
        assert!((30..5_000).contains(&d), "{d} ms");
    }
}
