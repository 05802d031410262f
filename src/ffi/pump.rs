//! Where the callback of a pumped application (`lineInitialize`, `lineInitializeEx` with
//! `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`, `phoneInitialize(Ex)`) runs: inside the
//! initializing thread's message loop.
//!
//! * Linux: the loop of the library's Win32 layer (`src/win32`): its `DispatchMessage`
//!   pumps the application ([`crate::win32::adopt`]).
//! * Windows: the program's own user32 loop. The application gets a hidden message-only
//!   window on the initializing thread ([`crate::platform::MessageWindow`]); a message
//!   posted to the application's empty queue posts the window a private message, and the
//!   window procedure delivers one TAPI message per window message
//!   (`Core::pump_one`, built for Windows only), first posting the next private message
//!   while more wait, re-entrantly, as Windows TAPI's hidden window does. A program that
//!   never pumps gets no callbacks. `lineShutdown` destroys the window.

use std::sync::Arc;

use crate::core::{App, Result};

/// Wakes the owner thread's message loop when a message is posted to the application.
pub(crate) type Wake = Box<dyn Fn() + Send + Sync>;

#[cfg(unix)]
mod imp {
    use super::*;
    use tapi32_defs::LineError;

    /// The wake of a new pumped application of the calling thread.
    pub(crate) fn waker() -> Result<Wake> {
        crate::win32::current_waker().ok_or(LineError::NOMEM)
    }

    /// The new application (initialized on this thread) runs in this thread's loop.
    pub(crate) fn adopt(app: &Arc<App>) {
        crate::win32::adopt(Arc::clone(app));
    }

    /// `initialize` failed after [`waker`]: nothing to undo.
    pub(crate) fn abandon() {}

    /// The application `happ` has shut down (the loop forgets closed applications).
    pub(crate) fn release(happ: u32) {
        let _ = happ;
    }
}

#[cfg(windows)]
mod imp {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};

    use super::*;
    use crate::core::sync::lock;
    use crate::platform::MessageWindow;
    use crate::runtime;
    use tapi32_defs::LineError;

    thread_local! {
        /// The window [`waker`] made for the application this thread is initializing.
        static PENDING: RefCell<Option<Arc<MessageWindow>>> = const { RefCell::new(None) };
    }

    /// The windows of pumped applications, by handle (to close them at shutdown).
    static WINDOWS: LazyLock<Mutex<HashMap<u32, Arc<MessageWindow>>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));

    /// Makes the calling thread's window for a new pumped application; its wake posts
    /// the window its private message.
    pub(crate) fn waker() -> Result<Wake> {
        let window = Arc::new(MessageWindow::new().ok_or(LineError::NOMEM)?);
        PENDING.set(Some(Arc::clone(&window)));
        Ok(Box::new(move || window.poke()))
    }

    /// The new application (initialized on this thread) gets the window [`waker`] made:
    /// its window procedure delivers the application's messages.
    pub(crate) fn adopt(app: &Arc<App>) {
        let Some(window) = PENDING.take() else {
            return;
        };
        let pumped = Arc::clone(app);
        let orphaned = Arc::clone(app);
        let next = Arc::downgrade(&window);
        window.set_handler(
            Box::new(move || {
                // A post pokes the window only when the queue was empty, so each delivery
                // first asks for the next while a message waits: before the callback, so
                // that a message loop nested in it delivers the rest.
                if runtime().pump_ready(&pumped) {
                    if let Some(w) = next.upgrade() {
                        w.poke();
                    }
                }
                runtime().pump_one(&pumped);
            }),
            Box::new(move || orphaned.orphan()),
        );
        lock(&WINDOWS).insert(app.handle, window);
    }

    /// `initialize` failed after [`waker`]: the window goes.
    pub(crate) fn abandon() {
        if let Some(w) = PENDING.take() {
            w.close();
        }
    }

    /// The application `happ` has shut down: its window goes (at once on its thread,
    /// else by a posted `WM_CLOSE`).
    pub(crate) fn release(happ: u32) {
        let window = lock(&WINDOWS).remove(&happ);
        if let Some(w) = window {
            w.close();
        }
    }
}

pub(crate) use imp::{abandon, adopt, release, waker};
