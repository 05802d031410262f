//! Lock helpers that survive poisoning.
//!
//! A panic inside the library is caught at the C boundary and reported as
//! `LINEERR_OPERATIONFAILED`; the library must stay usable afterwards, so a lock that a
//! panicking thread held is taken over as it is rather than failing every later call.

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
