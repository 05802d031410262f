//! `fork()`: the handlers the library registers with `pthread_atfork` when it
//! initializes, so a child forked while other threads are inside the library never
//! finds a lock taken by a thread it does not have.
//!
//! * prepare: the forking thread takes the library's locks in one order: the core's
//!   control lock first (every other lock is taken after it or alone), then the
//!   provider's, the doctor's and the Win32 layer's;
//! * parent: releases them;
//! * child: forgets the parent's applications, lines, calls and pending timed actions
//!   (the parent's handles answer as after `lineShutdown`), then releases the locks.
//!   The library's threads are not in the child; they start again when needed (a new
//!   application's dispatcher, the scenario's clock, a data call's far end).

use std::sync::Once;

use crate::core::panics::catch_quietly;
use crate::core::sync::release_held;
use crate::{doctor, runtime, simulator};

/// Registers the handlers, once.
pub(crate) fn register() {
    static ONCE: Once = Once::new();
    // The handlers are `extern "C"` functions that live as long as the library and
    // never unwind (Windows has no fork: they are never called).
    ONCE.call_once(|| crate::platform::at_fork(prepare, parent, child));
}

extern "C" fn prepare() {
    let _ = catch_quietly(|| {
        runtime().fork_prepare();
        simulator().fork_prepare();
        doctor::fork_prepare();
        #[cfg(unix)]
        crate::win32::fork_prepare();
    });
}

extern "C" fn parent() {
    let _ = catch_quietly(release_held);
}

extern "C" fn child() {
    let _ = catch_quietly(|| {
        runtime().fork_child();
        simulator().fork_child();
        release_held();
    });
}
