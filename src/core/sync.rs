//! Lock helpers that survive poisoning, for the locks of small, self-contained states
//! (an application's queue, the allocator, the doctor's report).
//!
//! A panic inside the library is caught at the C boundary and reported as
//! `LINEERR_OPERATIONFAILED`. The control lock is not taken with these: a panic while it
//! is held fails the library (see [`crate::core::failed`]), since what it protects may be
//! half changed. The locks taken here guard small states changed in a few steps, and are
//! taken over as they are.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// Locks `m`, ignoring poisoning.
#[inline]
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Waits on `c` for at most `d`, ignoring poisoning.
pub(crate) fn wait_timeout<'a, T>(
    c: &Condvar,
    g: MutexGuard<'a, T>,
    d: Option<Duration>,
) -> MutexGuard<'a, T> {
    match d {
        None => c.wait(g).unwrap_or_else(|e| e.into_inner()),
        Some(d) => c.wait_timeout(g, d).unwrap_or_else(|e| e.into_inner()).0,
    }
}
