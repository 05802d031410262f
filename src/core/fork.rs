//! The core around `fork()` (the handlers are registered by the composition root).
//!
//! The prepare handler takes the control lock, then the locks only ever taken after it
//! or alone, so at the fork no thread is half-way through a change. In the child only
//! the forking thread exists: [`Core::fork_child`] forgets the parent's applications,
//! lines, calls and requests (their handles answer as after `lineShutdown`, and their
//! values stay retired), without touching a queue or a thread the parent's other
//! threads used; the library's threads are started again when something needs them.

use std::sync::atomic::Ordering;

use super::state::{ControlLock, State};
use super::sync::{hold, with_held};
use super::Core;

impl Core {
    /// Before the fork: takes the core's locks (the control lock first).
    pub(crate) fn fork_prepare(&'static self) {
        hold(&self.state);
        self.priorities.fork_prepare();
    }

    /// In the child, with the locks still held: no application is initialized.
    pub(crate) fn fork_child(&'static self) {
        // A fill of an inline record under way in another thread at the fork would
        // never finish: retiring the parent's call handles takes such records over.
        self.table.set_solo(true);
        with_held::<State>(|st| ControlLock::new(self, st).forget_parent());
        self.table.set_solo(false);
        self.apps_live.store(0, Ordering::Release);
        self.phone_apps_live.store(0, Ordering::Release);
    }
}
