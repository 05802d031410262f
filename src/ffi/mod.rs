//! The C ABI: the exported functions, each declared once with [`ffi_fn!`].
//!
//! This layer checks pointers, catches panics and converts between C structures and the
//! core's types; it holds no telephony logic. Every export runs inside [`boundary`], so
//! no panic crosses into C (it becomes `LINEERR_OPERATIONFAILED`), and the handle doctor
//! (when on) names the function in its findings and traces the call.
//!
//! Pointers ([`ptr`]): a pointer argument is "unusable" (`LINEERR_INVALPOINTER`) when it
//! is NULL, points into the first 64 KiB of the address space (never allocated on
//! Windows, so these are NULL plus an offset), or its span wraps past the end of the
//! address space; nothing is assumed about the address space's size. Any other
//! pointer is trusted, as `tapi32.dll` trusts one that passes `IsBadWritePtr`. Structures
//! are read and written unaligned, so the caller's buffers need no particular alignment.
//! A variably sized structure is written through one slice of the caller's
//! `dwTotalSize` bytes ([`ptr::caller_struct`], [`varstruct::VarOut`]), so nothing can
//! be written past it.

// The exports keep the SDK's parameter names (`lphLineApp`, `dwDeviceID` ...), so the
// header, the trace and the documentation read as Microsoft's reference does.
#![allow(non_snake_case)]

mod app;
mod call;
mod line;
mod location;
mod phone;
mod phone_status;
pub(crate) mod ptr;
mod pump;
mod sim;
mod status;
mod time;
mod unavailable;
mod varstruct;

pub use app::*;
pub use call::*;
pub use line::*;
pub use location::*;
pub use phone::*;
pub use phone_status::*;
pub use sim::*;
pub use status::*;
pub use unavailable::*;

use std::borrow::Cow;
use std::ffi::c_void;

use crate::core::codepage::{self, CodePage};
use crate::core::panics::catch_quietly;
use crate::core::{ExportScope, Result};
use crate::doctor::{self, TraceArg};
use tapi32_defs::{LineError, LONG, WCHAR};

/// Declares exported functions, each once: its documentation, its parameters and its
/// body. From one declaration it emits the `#[no_mangle]` export of every name given (the
/// plain TAPI 1.x name and the `A` and `W` entry points, as tapi32.dll has them), each
/// running its body inside [`boundary`] under its own name, which also traces its
/// arguments; and the documentation the header carries (the first name gets the text,
/// the others a reference to it).
///
/// Two forms:
///
/// ```text
/// ffi_fn! {
///     /// Docs.
///     fn lineClose(hLine: HLINE) -> LONG {
///         ...  // a block evaluating to Result<LONG>
///     }
/// }
///
/// ffi_fn! {
///     /// Docs.
///     unsafe fn [ansi lineMakeCall, ansi lineMakeCallA, wide lineMakeCallW](
///         hLine: HLINE, lphCall: LPHCALL, lpszDestAddress: LPCTSTR, ...
///     ) -> LONG |strings| {
///         ...  // `strings` is the entry point's Strings (Ansi or Wide)
///     }
/// }
/// ```
///
/// An `unsafe fn` of either form may give a fast path before the body: `-> LONG fast { ... }
/// { ... }` (`|strings| fast { ... } { ... }` in the second form), a block evaluating to
/// `Option<LONG>` that answers the call alone or, with `None`, leaves it to the body (see
/// [`boundary_fast`]).
///
/// In the second form a parameter of type `LPCTSTR` is `LPCSTR` in the `ansi` exports and
/// `LPCWSTR` in the `wide` ones, as the SDK's generic string type is (`LPTSTR` likewise). Every export
/// returns `LONG` and uses the C calling convention (WINAPI on every target this builds
/// for: x86-64 and AArch64 Linux, x86-64 Windows). An `unsafe fn` gets the standard
/// `# Safety` section.
macro_rules! ffi_fn {
    // One export.
    (
        $(#[$doc:meta])*
        fn $name:ident ($($arg:ident : $ty:ident),* $(,)?) -> LONG $body:block
    ) => {
        $crate::ffi::ffi_fn!(@emit [] $name (ansi) {$(#[$doc])*}
            ($($arg : $ty),*) [] [] $body);
    };
    (
        $(#[$doc:meta])*
        unsafe fn $name:ident ($($arg:ident : $ty:ident),* $(,)?) -> LONG
            fast $fast:block $body:block
    ) => {
        $crate::ffi::ffi_fn!(@emit [unsafe] $name (ansi) {$(#[$doc])*}
            ($($arg : $ty),*) [] [$fast] $body);
    };
    (
        $(#[$doc:meta])*
        unsafe fn $name:ident ($($arg:ident : $ty:ident),* $(,)?) -> LONG $body:block
    ) => {
        $crate::ffi::ffi_fn!(@emit [unsafe] $name (ansi) {$(#[$doc])*}
            ($($arg : $ty),*) [] [] $body);
    };
    // Entry points by string encoding, optionally with a fast path (see [`boundary_fast`]).
    (
        $(#[$doc:meta])*
        unsafe fn [$enc:ident $first:ident $(, $encs:ident $names:ident)* $(,)?]
            ($($arg:ident : $ty:ident),* $(,)?) -> LONG |$strings:ident|
            $(fast $fast:block)? $body:block
    ) => {
        $crate::ffi::ffi_fn!(@emit [unsafe] $first ($enc) {$(#[$doc])*}
            ($($arg : $ty),*) [$strings] [$($fast)?] $body);
        $crate::ffi::ffi_fn!(@also $first [$($encs $names)*]
            ($($arg : $ty),*) [$strings] [$($fast)?] $body);
    };
    (@also $first:ident [] $($rest:tt)*) => {};
    (@also $first:ident [$enc:ident $name:ident $($more:ident)*] $args:tt $strings:tt
        $fast:tt $body:block) => {
        $crate::ffi::ffi_fn!(@emit [unsafe] $name ($enc) {
            #[doc = concat!("As [`", stringify!($first), "`]",
                $crate::ffi::ffi_fn!(@strings_note $enc), ".")]
        } $args $strings $fast $body);
        $crate::ffi::ffi_fn!(@also $first [$($more)*] $args $strings $fast $body);
    };
    (@strings_note ansi) => { " (single-byte strings)" };
    (@strings_note wide) => { ", with UTF-16 strings" };
    (@emit [$($unsafe:ident)?] $name:ident ($enc:ident) {$(#[$doc:meta])*}
        ($($arg:ident : $ty:ident),*) [$($strings:ident)?] [$($fast:block)?] $body:block) => {
        $(#[$doc])*
        #[doc = $crate::ffi::ffi_fn!(@safety_doc $($unsafe)?)]
        #[no_mangle]
        pub $($unsafe)? extern "C" fn $name($($arg: $crate::ffi::ffi_fn!(@ty $enc $ty)),*) -> LONG {
            // SAFETY (for unsafe exports): the body's (and the fast path's) unsafe
            // operations rely on the caller keeping the function's documented contract.
            $crate::ffi::ffi_fn!(@run $name [$($fast)?] [$($strings $enc)?] $body
                move || vec![$((stringify!($arg), $crate::doctor::TraceArg::trace(&$arg))),*])
        }
    };
    (@run $name:ident [] [$($strings:ident $enc:ident)?] $body:block $args:expr) => {
        $crate::ffi::boundary(
            stringify!($name),
            || {
                $(let $strings = $crate::ffi::ffi_fn!(@strings $enc);)?
                $body
            },
            $args,
        )
    };
    // The closures take the arguments (C values: integers and pointers, all `Copy`) by
    // value (the trace's too, see `@emit`), so the fast path's caller need not keep them
    // in memory for the general one.
    (@run $name:ident [$fast:block] [$($strings:ident $enc:ident)?] $body:block $args:expr) => {
        $crate::ffi::boundary_fast(
            stringify!($name),
            move || {
                $(let $strings = $crate::ffi::ffi_fn!(@strings $enc);)?
                $fast
            },
            move || {
                $(let $strings = $crate::ffi::ffi_fn!(@strings $enc);)?
                $body
            },
            $args,
        )
    };
    (@safety_doc unsafe) => {
        "\n# Safety\nEach pointer argument is NULL or valid for the access documented above\n\
         (for a structure: `dwTotalSize` bytes); strings are NUL-terminated."
    };
    (@safety_doc) => { "" };
    (@strings ansi) => { $crate::ffi::Strings::Ansi };
    (@strings wide) => { $crate::ffi::Strings::Wide };
    (@ty wide LPCTSTR) => { tapi32_defs::LPCWSTR };
    (@ty $enc:ident LPCTSTR) => { tapi32_defs::LPCSTR };
    (@ty wide LPTSTR) => { tapi32_defs::LPWSTR };
    (@ty $enc:ident LPTSTR) => { tapi32_defs::LPSTR };
    (@ty $enc:ident $ty:ident) => { $ty };
}
pub(crate) use ffi_fn;

/// Runs an export's body: turns an error into its `LINEERR_` code and a panic into
/// `LINEERR_OPERATIONFAILED` (`PHONEERR_OPERATIONFAILED` for a `phone` function). With
/// the handle doctor on, names the function `name` for its findings and traces the call
/// with `args` (evaluated only when tracing). Everything runs inside the boundary: the
/// export's bookkeeping ([`ExportScope`]), the doctor's and the trace's own code, and the
/// disposal of a panic's payload. Once the library has failed (a panic with the control
/// lock held, see [`crate::core::failed`]) the body does not run: the call answers
/// `LINEERR_OPERATIONFAILED` and is counted for the doctor.
#[inline]
pub(crate) fn boundary(
    name: &'static str,
    body: impl FnOnce() -> Result<LONG>,
    args: impl FnOnce() -> Vec<(&'static str, String)>,
) -> LONG {
    let failure = failure_of(name);
    contain(failure, || {
        // Messages this call queues for dispatcher-mode applications wait until it
        // returns.
        let _scope = ExportScope::enter();
        let call = doctor::enter(name);
        let result = if crate::core::failed() {
            doctor::call_refused();
            failure
        } else {
            contain(failure, || match body() {
                Ok(v) => v,
                Err(e) => e.code(),
            })
        };
        if let Some(call) = call {
            // A panic while tracing does not change what the call did.
            contain(0, || {
                call.leave(result, args);
                0
            });
        }
        result
    })
}

/// The failure code of the export `name`: `LINEERR_OPERATIONFAILED`, or
/// `PHONEERR_OPERATIONFAILED` for a `phone` function.
#[inline(always)]
fn failure_of(name: &'static str) -> LONG {
    if name.starts_with("phone") {
        tapi32_defs::PHONEERR_OPERATIONFAILED as LONG
    } else {
        LineError::OPERATIONFAILED.code()
    }
}

/// Runs an export with a fast path: with the handle doctor off and the library not
/// failed, `fast` first, inside one panic boundary and nothing else (no thread-local
/// bookkeeping, no trace, no doctor); its `Some(code)` is the call's answer. Otherwise,
/// or when `fast` says `None`, the export runs as any other ([`boundary`]), so every
/// error, the doctor's counting and tracing (when on) and the failed library's refusal
/// stay where they were.
///
/// `fast` must queue no message (so needs no [`ExportScope`]): it reads, or takes a
/// message as `lineGetMessage` does; and it must not be able to panic: a panic there is still contained
/// (`LINEERR_OPERATIONFAILED`), but as it runs outside [`catch_quietly`] (whose
/// thread-local counter is the cost this path avoids) the panic hook would print it.
#[inline(always)]
pub(crate) fn boundary_fast(
    name: &'static str,
    fast: impl FnOnce() -> Option<LONG>,
    body: impl FnOnce() -> Result<LONG>,
    args: impl FnOnce() -> Vec<(&'static str, String)>,
) -> LONG {
    // Two loads; until the doctor has had its first look (which reads the environment
    // and may start it, inside `boundary`), the call takes the full path.
    if doctor::known_off() && !crate::core::failed() {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(fast)) {
            Ok(Some(v)) => return v,
            Ok(None) => {}
            Err(payload) => return dispose(payload, failure_of(name)),
        }
    }
    boundary_cold(name, body, args)
}

/// [`boundary`] out of line for [`boundary_fast`], so that the fast path's function
/// keeps no state for it: no stack frame for its closures, no callee-saved registers.
#[cold]
#[inline(never)]
fn boundary_cold(
    name: &'static str,
    body: impl FnOnce() -> Result<LONG>,
    args: impl FnOnce() -> Vec<(&'static str, String)>,
) -> LONG {
    boundary(name, body, args)
}

/// Runs `f`; `failure` if it panics (quietly: nothing reaches stderr).
fn contain(failure: LONG, f: impl FnOnce() -> LONG) -> LONG {
    match catch_quietly(f) {
        Ok(v) => v,
        Err(payload) => dispose(payload, failure),
    }
}

/// Drops a panic's payload inside a boundary too (forgotten if even that panics);
/// `failure`.
#[cold]
fn dispose(payload: Box<dyn std::any::Any + Send>, failure: LONG) -> LONG {
    if let Err(again) = catch_quietly(|| drop(payload)) {
        std::mem::forget(again);
    }
    failure
}

/// How long a wait of `ms` milliseconds lasts (`None`: `INFINITE`, 0xFFFFFFFF), for
/// `lineGetMessage`, `phoneGetMessage` and the Win32 waits.
pub(crate) fn timeout(ms: tapi32_defs::DWORD) -> Option<std::time::Duration> {
    (ms != 0xFFFF_FFFF).then(|| std::time::Duration::from_millis(u64::from(ms)))
}

/// Calls the program's callback `what` (`LINECALLBACK`, `TIMERPROC`) through `f`. The
/// callback types use an unwinding ABI (`extern "C-unwind"`), so a C++ exception thrown
/// out of a callback is not undefined behaviour; but it would leave the library's own
/// frames (a message half delivered, a queue's bookkeeping) unfinished and could not be
/// caught reliably below them, so it goes no further: the process is aborted, saying
/// why, as C++ does for an exception that leaves a `noexcept` function.
pub(crate) fn call_program<R>(what: &'static str, f: impl FnOnce() -> R) -> R {
    struct AbortIfUnwinding(&'static str);
    impl Drop for AbortIfUnwinding {
        fn drop(&mut self) {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "tapi32: an exception (or other unwinding) left the program's {}; a TAPI \
                 callback must return normally: aborting",
                self.0
            );
            std::process::abort();
        }
    }
    let guard = AbortIfUnwinding(what);
    let r = f();
    std::mem::forget(guard);
    r
}

/// The ANSI code page of the single-byte entry points (`TAPI32_CODEPAGE`, the scenario's
/// `codepage`, else Windows-1252).
fn code_page() -> CodePage {
    crate::simulator().code_page()
}

/// Which string encoding an entry point returns and takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strings {
    /// The plain (TAPI 1.x) and `A` entry points: single-byte strings.
    Ansi = 0,
    /// The `W` entry points: UTF-16.
    Wide = 1,
}

impl Strings {
    /// Reads a caller's string in this encoding, losslessly (see [`codepage`]).
    ///
    /// # Safety
    /// `p` must be NULL or point to a NUL-terminated string of this encoding.
    pub(crate) unsafe fn read(self, p: *const c_void) -> Result<Option<String>> {
        match self {
            // SAFETY: forwarded contract.
            Strings::Ansi => {
                Ok(unsafe { ptr::opt_bytes(p.cast()) }?.map(|b| code_page().decode(b)))
            }
            // SAFETY: forwarded contract.
            Strings::Wide => Ok(
                unsafe { ptr::opt_units(p.cast::<WCHAR>()) }?.map(|u| codepage::decode_wide(&u))
            ),
        }
    }

    /// As [`Strings::read`], borrowing the caller's string where it needs no conversion
    /// (ASCII in the ANSI encoding): for a string the export uses only while it runs.
    ///
    /// # Safety
    /// As [`Strings::read`]; the string outlives `'a`.
    pub(crate) unsafe fn read_borrowed<'a>(self, p: *const c_void) -> Result<Option<Cow<'a, str>>> {
        match self {
            // SAFETY: forwarded contract.
            Strings::Ansi => {
                Ok(unsafe { ptr::opt_bytes::<'a>(p.cast()) }?
                    .map(|b| code_page().decode_borrowed(b)))
            }
            // SAFETY: forwarded contract.
            Strings::Wide => Ok(unsafe { self.read(p) }?.map(Cow::Owned)),
        }
    }

    /// The string in `bytes` (a counted field of the caller's, its NUL optional), in
    /// this encoding.
    pub(crate) fn decode(self, bytes: &[u8]) -> String {
        match self {
            Strings::Ansi => {
                let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
                code_page().decode(&bytes[..end])
            }
            Strings::Wide => {
                let units: Vec<u16> = bytes
                    .chunks_exact(2)
                    .map(|c| u16::from_ne_bytes([c[0], c[1]]))
                    .take_while(|&u| u != 0)
                    .collect();
                codepage::decode_wide(&units)
            }
        }
    }

    /// `s` encoded with its terminating NUL.
    pub(crate) fn encode(self, s: &str) -> Vec<u8> {
        let mut v = self.encode_body(s).into_owned();
        v.resize(v.len() + self.unit(), 0);
        v
    }

    /// `s` encoded, without a NUL (UTF-16 in native byte order).
    pub(crate) fn encode_body(self, s: &str) -> Cow<'_, [u8]> {
        match self {
            Strings::Ansi => code_page().encode(s),
            Strings::Wide => Cow::Owned(
                code_page()
                    .encode_wide(s)
                    .into_iter()
                    .flat_map(u16::to_ne_bytes)
                    .collect(),
            ),
        }
    }

    /// Bytes per character unit (and per NUL): 1 or 2.
    pub(crate) fn unit(self) -> usize {
        match self {
            Strings::Ansi => 1,
            Strings::Wide => 2,
        }
    }

    /// `STRINGFORMAT_ASCII` or `STRINGFORMAT_UNICODE`.
    pub(crate) fn format(self) -> u32 {
        match self {
            Strings::Ansi => tapi32_defs::STRINGFORMAT_ASCII,
            Strings::Wide => tapi32_defs::STRINGFORMAT_UNICODE,
        }
    }
}

impl TraceArg for Strings {
    fn trace(&self) -> String {
        format!("{self:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::Ordering;
    use tapi32_defs::*;

    /// Set in the child process [`in_child`] starts.
    const CHILD_ENV: &str = "TAPI32_UNIT_TEST_CHILD";

    /// Runs the unit test `name` alone in a child process of this test binary, with
    /// `env` (for a test that fails the library, which lasts for the process's life, or
    /// needs the doctor on). In the child, returns `false`: run the test. In the
    /// parent, checks that the child ran it and passed, and returns `true` and the
    /// child's stderr.
    fn in_child(name: &str, env: &[(&str, &str)]) -> Option<String> {
        if std::env::var_os(CHILD_ENV).is_some() {
            return None;
        }
        let exe = std::env::current_exe().expect("the test binary");
        let mut cmd = std::process::Command::new(exe);
        cmd.args([name, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, "1");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("the child runs");
        let (stdout, stderr) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert!(
            out.status.success() && stdout.contains("1 passed"),
            "{name} in a child: {}\n{stdout}\n{stderr}",
            out.status
        );
        Some(stderr.into_owned())
    }

    /// An app with line 0 open as owner at API 2.2, and a call made on it.
    fn app_line_call() -> (HLINEAPP, HLINE, HCALL) {
        let (app, _) = crate::testing::init_event_app(c"panic-test");
        let (mut line, mut call): (HLINE, HCALL) = (0, 0);
        let (owner, voice) = (LINECALLPRIVILEGE_OWNER, LINEMEDIAMODE_INTERACTIVEVOICE);
        let null_params = std::ptr::null_mut();
        // SAFETY: valid pointers to live locals.
        let r = unsafe {
            lineOpen(
                app,
                0,
                &mut line,
                0x0002_0002,
                0,
                0,
                owner,
                voice,
                null_params,
            )
        };
        assert_eq!(r, 0);
        // SAFETY: as above; the destination is NUL-terminated.
        let r = unsafe { lineMakeCall(line, &mut call, c"5551234".as_ptr(), 0, null_params) };
        assert!(r > 0, "lineMakeCall returned {r:#x}");
        assert_ne!(call, 0);
        (app, line, call)
    }

    fn call_info(call: HCALL) -> LONG {
        let mut info = [0u8; 1024];
        info[..4].copy_from_slice(&1024u32.to_ne_bytes());
        // SAFETY: a 1024-byte buffer with dwTotalSize 1024.
        unsafe { lineGetCallInfo(call, info.as_mut_ptr().cast()) }
    }

    /// A panic inside an export with the control lock held (here in the provider's
    /// `make_call`) may leave the core's state half changed: the call answers
    /// `LINEERR_OPERATIONFAILED`, the library has failed, and every later call answers
    /// `LINEERR_OPERATIONFAILED` (`PHONEERR_` for the phone functions), the lock-free
    /// reads included, changing nothing; the doctor says so once and counts the refused
    /// calls. (In a child process: the failure lasts for the process's life.)
    #[test]
    fn panic_with_the_control_lock_held_fails_the_library() {
        let name = "ffi::tests::panic_with_the_control_lock_held_fails_the_library";
        if let Some(stderr) = in_child(name, &[("TAPI32_DOCTOR", "1")]) {
            assert!(
                stderr.contains("tapi32 doctor: lineMakeCall: an internal error")
                    && stderr.contains("the library has failed"),
                "no finding in {stderr}"
            );
            return;
        }
        let (app, line, call) = app_line_call();
        assert_eq!(call_info(call), 0);
        assert!(!crate::core::failed());
        let null_params = std::ptr::null_mut();
        let dest = c"5551234";
        let mut call2: HCALL = 0;
        crate::sim::test_hooks::PANIC_IN_MAKE_CALL.store(true, Ordering::Release);
        // SAFETY: valid pointers to live locals.
        let r = unsafe { lineMakeCall(line, &mut call2, dest.as_ptr(), 0, null_params) };
        assert_eq!(r, LINEERR_OPERATIONFAILED as LONG);
        assert!(crate::core::failed());
        let failed = LINEERR_OPERATIONFAILED as LONG;
        // SAFETY: as above.
        let r = unsafe { lineMakeCall(line, &mut call2, dest.as_ptr(), 0, null_params) };
        assert_eq!(r, failed);
        assert_eq!(call2, 0, "nothing written");
        assert_eq!(call_info(call), failed, "the lock-free read is refused too");
        assert_eq!(lineDeallocateCall(call), failed);
        assert_eq!(lineClose(line), failed);
        assert_eq!(lineShutdown(app), failed);
        assert_eq!(phoneShutdown(app), PHONEERR_OPERATIONFAILED as LONG);
        let mut app2: HLINEAPP = 0;
        let (mut n, mut ver) = (0u32, 0x0002_0002u32);
        // SAFETY: valid pointers; NULL params are allowed by lineInitializeEx's checks
        // (refused before any is read).
        let r = unsafe {
            lineInitializeExA(
                &mut app2,
                std::ptr::null_mut(),
                None,
                dest.as_ptr(),
                &mut n,
                &mut ver,
                std::ptr::null_mut(),
            )
        };
        assert_eq!(r, failed);
        assert_eq!((app2, n), (0, 0), "nothing written");
        let report = crate::doctor::doctor().expect("the doctor is on").report();
        assert_eq!(report.library_failed_in.as_deref(), Some("lineMakeCall"));
        assert_eq!(report.calls_refused_after_failure, 7);
    }

    /// A panic inside an export without the control lock held changes nothing the lock
    /// protects: the call answers `LINEERR_OPERATIONFAILED` and the library stays usable.
    #[test]
    fn panic_without_the_control_lock_leaves_the_library_usable() {
        let r = boundary("lineTest", || panic!("outside the control lock"), Vec::new);
        assert_eq!(r, LINEERR_OPERATIONFAILED as LONG);
        assert_eq!(
            boundary("phoneTest", || panic!("outside"), Vec::new),
            PHONEERR_OPERATIONFAILED as LONG
        );
        assert!(!crate::core::failed());
        let (app, line, call) = app_line_call();
        assert_eq!(call_info(call), 0);
        assert_eq!(lineClose(line), 0);
        assert_eq!(call_info(call), LINEERR_INVALCALLHANDLE as LONG);
        assert_eq!(lineShutdown(app), 0);
    }

    /// The doctor's and the trace's own code run inside the boundary: a panic while
    /// tracing leaves the call's result as it was. (In a child, with tracing on.)
    #[test]
    fn a_panic_while_tracing_is_contained() {
        let name = "ffi::tests::a_panic_while_tracing_is_contained";
        if in_child(name, &[("TAPI32_TRACE", "stderr")]).is_some() {
            return;
        }
        assert!(crate::doctor::doctor().is_some());
        let r = boundary("lineTest", || Ok(7), || panic!("while tracing"));
        assert_eq!(r, 7);
        let r = boundary(
            "lineTest",
            || Err(LineError::INVALPARAM),
            || panic!("again"),
        );
        assert_eq!(r, LINEERR_INVALPARAM as LONG);
        assert_eq!(boundary("lineTest", || Ok(3), Vec::new), 3);
    }

    #[test]
    fn boundary_turns_panics_into_operationfailed() {
        let r = boundary("test", || panic!("boom"), Vec::new);
        assert_eq!(r, LINEERR_OPERATIONFAILED as LONG);
        assert_eq!(boundary("test", || Ok(7), Vec::new), 7);
        assert_eq!(
            boundary("test", || Err(LineError::INVALCALLHANDLE), Vec::new),
            LINEERR_INVALCALLHANDLE as LONG
        );
    }
}
