//! What differs between the operating systems the library is built for, in one place:
//! Linux (and other Unix systems: `libtapi32.so`) and Windows (`tapi32.dll`, run under
//! Wine or Windows). The rest of the crate calls these functions and types and has no
//! `cfg` of its own, but for the choice of the message loop (the Linux-only Win32
//! layer, `src/win32`, against Windows' own through [`MessageWindow`]) and the
//! simulated modem's pseudo-terminal (`src/sim/datamodem.rs`, Unix only).
//!
//! | what | Unix | Windows |
//! | --- | --- | --- |
//! | [`EventHandle`]: the `USEEVENT` handle | an `eventfd` | a manual-reset Win32 event (`CreateEventW`) |
//! | [`tick_count`] | `CLOCK_MONOTONIC` | `GetTickCount` |
//! | `coarse_tick_count`: `MSG.time` of the Win32 layer | `CLOCK_MONOTONIC_COARSE` (Linux) | (the Win32 layer is Unix only) |
//! | [`AsyncSignalsBlocked`]: library threads' signal mask | asynchronous signals blocked | nothing (no signals) |
//! | [`at_fork`] | `pthread_atfork` | nothing (no `fork`) |
//! | [`secure`]: secure execution | `getauxval(AT_SECURE)` | never |
//! | [`thread_id`]: the doctor's timeline | `gettid` | `GetCurrentThreadId` |
//! | [`USER_VARS`], [`user_id`]: the user's name | `USER`, `LOGNAME`, the user ID | `USERNAME`, `user` |
//! | [`no_follow`]: the doctor's report files | `O_NOFOLLOW`, `O_CLOEXEC`, `O_NONBLOCK`, mode 0600 | the defaults |
//! | [`no_block`]: scenario files | `O_NONBLOCK`, `O_NOCTTY` | the defaults |
//! | `comm/datamodem` (`src/sim/datamodem.rs`) | a pseudo-terminal | `LINEERR_INVALDEVICECLASS`, as for a class the provider lacks |
//! | [`MessageWindow`]: a pumped callback's window | (the Win32 layer's loop) | a message-only window of the initializing thread |
//!
//! A leaf module, like `env`: it uses nothing of the crate, and every layer may use it.

#[cfg(unix)]
mod unix;
#[cfg(unix)]
pub(crate) use unix::*;

#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub(crate) use windows::*;

/// A descriptor of the simulated modem's pseudo-terminal (Unix; never made on Windows).
#[cfg(unix)]
pub(crate) type RawFd = std::os::fd::RawFd;
/// A descriptor of the simulated modem's pseudo-terminal (Unix; never made on Windows).
#[cfg(not(unix))]
pub(crate) type RawFd = i32;
