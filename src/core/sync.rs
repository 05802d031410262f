//! Lock helpers that survive poisoning, for the locks of small, self-contained states
//! (an application's queue, the allocator, the doctor's report).
//!
//! A panic inside the library is caught at the C boundary and reported as
//! `LINEERR_OPERATIONFAILED`. The control lock is not taken with these: a panic while it
//! is held fails the library (see [`crate::core::failed`]), since what it protects may be
//! half changed. The locks taken here guard small states changed in a few steps, and are
//! taken over as they are.
//!
//! Around `fork()` ([`hold`], [`with_held`], [`release_held`]) the forking thread holds
//! the library's locks, so the child starts with none of them taken by a thread it
//! does not have.

use std::any::Any;
use std::cell::RefCell;
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

thread_local! {
    /// The locks the forking thread took in the `fork()` prepare handler, in the order
    /// taken; released by the parent and child handlers (which run on the same thread).
    static HELD: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// For `fork()`'s prepare handler: takes `m` and keeps it taken until
/// [`release_held`], so no other thread is inside it as the process forks.
pub(crate) fn hold<T: 'static>(m: &'static Mutex<T>) {
    let g = lock(m);
    HELD.with(|h| h.borrow_mut().push(Box::new(g)));
}

/// In `fork()`'s child handler: runs `f` on what the first held lock of `T` protects.
pub(crate) fn with_held<T: 'static>(f: impl FnOnce(&mut T)) {
    HELD.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(g) = h
            .iter_mut()
            .find_map(|g| g.downcast_mut::<MutexGuard<'static, T>>())
        {
            f(g)
        }
    });
}

/// Releases the locks [`hold`] took, the last taken first.
pub(crate) fn release_held() {
    let held = HELD.with(|h| std::mem::take(&mut *h.borrow_mut()));
    for g in held.into_iter().rev() {
        drop(g);
    }
}
