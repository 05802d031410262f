//! Panics the library contains: every export, library thread, callback delivery and
//! `fork()` handler runs its code through [`catch_quietly`], and the panic hook the
//! library installs ([`install_hook`]) prints nothing for a panic caught there, so no
//! panic text reaches the program's standard error. A panic anywhere else (a Rust
//! program's own code) goes to the hook that was installed before.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many [`catch_quietly`] frames this thread is inside.
    static QUIET: Cell<u32> = const { Cell::new(0) };
}

/// Runs `f`, catching a panic (`Err`) without printing it.
pub(crate) fn catch_quietly<R>(f: impl FnOnce() -> R) -> std::thread::Result<R> {
    catch_quietly_inline(f)
}

/// [`catch_quietly`] inlined into its caller: for the exports a message loop calls per
/// message (`GetMessage`, `DispatchMessage`), whose boundary is then no call of its own.
#[inline(always)]
pub(crate) fn catch_quietly_inline<R>(f: impl FnOnce() -> R) -> std::thread::Result<R> {
    install_hook();
    QUIET.set(QUIET.get() + 1);
    let r = catch_unwind(AssertUnwindSafe(f));
    QUIET.set(QUIET.get() - 1);
    r
}

/// Installs, once, the hook that keeps caught panics quiet.
#[inline]
pub(crate) fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            // `try_with`: a panic while the thread's locals are being destroyed.
            if QUIET.try_with(Cell::get).unwrap_or(1) == 0 {
                previous(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_is_an_error_and_nesting_is_counted() {
        assert_eq!(catch_quietly(|| 5).unwrap(), 5);
        let r = catch_quietly(|| {
            assert!(catch_quietly(|| panic!("inner")).is_err());
            assert_eq!(QUIET.get(), 1);
            panic!("outer")
        });
        assert!(r.is_err());
        assert_eq!(QUIET.get(), 0);
    }
}
