//! The Win32 layer: the message loop TAPI programs run (`GetMessage`,
//! `DispatchMessage`, `PeekMessage`, `PostThreadMessage`, timers, waits), so that a
//! callback application's callback runs on its own thread inside that loop, as on
//! Windows. Opt-in for C sources through `include/win32/windows.h`, which maps the SDK's
//! names onto the `tapi32_` exports ([`exports`]). No telephony here: TAPI messages come
//! from the core's application queues ([`crate::core::App::pump_one`]). Beside the
//! loop, the Win32 basics such sources use ([`basics`]): `LocalAlloc` memory, `lstr*`,
//! critical sections, events.

// The SDK's spellings: parameter names (`lpMsg`, `wMsgFilterMin` ...), types (`UINT_PTR`)
// and the members of `MSG` (`wParam`).
#![allow(non_snake_case, non_camel_case_types)]

pub(crate) mod basics;
pub(crate) mod exports;
pub(crate) mod queue;
pub(crate) mod types;

pub(crate) use queue::{adopt, current_waker};

/// Before `fork()` (after the core): holds the Win32 layer's process-wide locks.
pub(crate) fn fork_prepare() {
    queue::fork_prepare();
    basics::fork_prepare();
}
