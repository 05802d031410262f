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
pub(crate) mod ptr;
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
pub use sim::*;
pub use status::*;
pub use unavailable::*;

use std::ffi::c_void;

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
            ($($arg : $ty),*) [] $body);
    };
    (
        $(#[$doc:meta])*
        unsafe fn $name:ident ($($arg:ident : $ty:ident),* $(,)?) -> LONG $body:block
    ) => {
        $crate::ffi::ffi_fn!(@emit [unsafe] $name (ansi) {$(#[$doc])*}
            ($($arg : $ty),*) [] $body);
    };
    // Entry points by string encoding.
    (
        $(#[$doc:meta])*
        unsafe fn [$enc:ident $first:ident $(, $encs:ident $names:ident)* $(,)?]
            ($($arg:ident : $ty:ident),* $(,)?) -> LONG |$strings:ident| $body:block
    ) => {
        $crate::ffi::ffi_fn!(@emit [unsafe] $first ($enc) {$(#[$doc])*}
            ($($arg : $ty),*) [$strings] $body);
        $crate::ffi::ffi_fn!(@also $first [$($encs $names)*]
            ($($arg : $ty),*) [$strings] $body);
    };
    (@also $first:ident [] $($rest:tt)*) => {};
    (@also $first:ident [$enc:ident $name:ident $($more:ident)*] $args:tt $strings:tt $body:block) => {
        $crate::ffi::ffi_fn!(@emit [unsafe] $name ($enc) {
            #[doc = concat!("As [`", stringify!($first), "`]",
                $crate::ffi::ffi_fn!(@strings_note $enc), ".")]
        } $args $strings $body);
        $crate::ffi::ffi_fn!(@also $first [$($more)*] $args $strings $body);
    };
    (@strings_note ansi) => { " (single-byte strings)" };
    (@strings_note wide) => { ", with UTF-16 strings" };
    (@emit [$($unsafe:ident)?] $name:ident ($enc:ident) {$(#[$doc:meta])*}
        ($($arg:ident : $ty:ident),*) [$($strings:ident)?] $body:block) => {
        $(#[$doc])*
        #[doc = $crate::ffi::ffi_fn!(@safety_doc $($unsafe)?)]
        #[no_mangle]
        pub $($unsafe)? extern "C" fn $name($($arg: $crate::ffi::ffi_fn!(@ty $enc $ty)),*) -> LONG {
            $crate::ffi::boundary(
                stringify!($name),
                // SAFETY (for unsafe exports): the body's unsafe operations rely on the
                // caller keeping the function's documented contract.
                || {
                    $(let $strings = $crate::ffi::ffi_fn!(@strings $enc);)?
                    $body
                },
                || vec![$((stringify!($arg), $crate::doctor::TraceArg::trace(&$arg))),*],
            )
        }
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
/// `LINEERR_OPERATIONFAILED`. With the handle doctor on, names the function `name` for
/// its findings and traces the call with `args` (evaluated only when tracing); the
/// doctor's own work runs inside the boundary too.
#[inline]
pub(crate) fn boundary(
    name: &'static str,
    body: impl FnOnce() -> Result<LONG>,
    args: impl FnOnce() -> Vec<(&'static str, String)>,
) -> LONG {
    // Messages this call queues for dispatcher-mode applications wait until it returns.
    let _scope = ExportScope::enter();
    let caught =
        |f: &mut dyn FnMut()| std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_ok();
    let mut call = None;
    if !caught(&mut || call = doctor::enter(name)) {
        return LineError::OPERATIONFAILED.code();
    }
    let result = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)) {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => e.code(),
        Err(_) => LineError::OPERATIONFAILED.code(),
    };
    if let Some(call) = call {
        let mut leave = Some(move || call.leave(result, args));
        caught(&mut || {
            if let Some(f) = leave.take() {
                f()
            }
        });
    }
    result
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
    /// Reads a caller's string in this encoding.
    ///
    /// # Safety
    /// `p` must be NULL or point to a NUL-terminated string of this encoding.
    pub(crate) unsafe fn read(self, p: *const c_void) -> Result<Option<String>> {
        match self {
            // SAFETY: forwarded contract.
            Strings::Ansi => unsafe { ptr::opt_str(p.cast()) },
            // SAFETY: forwarded contract.
            Strings::Wide => unsafe { ptr::opt_wstr(p.cast::<WCHAR>()) },
        }
    }

    /// The string in `bytes` (a counted field of the caller's, its NUL optional), in
    /// this encoding.
    pub(crate) fn decode(self, bytes: &[u8]) -> String {
        match self {
            Strings::Ansi => {
                let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
                String::from_utf8_lossy(&bytes[..end]).into_owned()
            }
            Strings::Wide => {
                let units: Vec<u16> = bytes
                    .chunks_exact(2)
                    .map(|c| u16::from_ne_bytes([c[0], c[1]]))
                    .take_while(|&u| u != 0)
                    .collect();
                String::from_utf16_lossy(&units)
            }
        }
    }

    /// `s` encoded with its terminating NUL.
    pub(crate) fn encode(self, s: &str) -> Vec<u8> {
        match self {
            Strings::Ansi => {
                let mut v = s.as_bytes().to_vec();
                v.push(0);
                v
            }
            Strings::Wide => s
                .encode_utf16()
                .chain(std::iter::once(0))
                .flat_map(u16::to_ne_bytes)
                .collect(),
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

    /// An internal panic in an exported function (here in the provider, with the
    /// control lock held, so the lock is poisoned) becomes `LINEERR_OPERATIONFAILED`,
    /// and the library stays usable afterwards.
    #[test]
    fn panic_in_export_is_contained_and_library_stays_usable() {
        let mut app: HLINEAPP = 0;
        let (mut n, mut ver) = (0u32, 0x0002_0002u32);
        // SAFETY: all-zero is a valid LINEINITIALIZEEXPARAMS (a NULL handle union).
        let mut p: LINEINITIALIZEEXPARAMS = unsafe { std::mem::zeroed() };
        p.dwTotalSize = size_of::<LINEINITIALIZEEXPARAMS>() as u32;
        p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
        let name = c"panic-test";
        // SAFETY: valid pointers to live locals.
        unsafe {
            assert_eq!(
                lineInitializeExA(
                    &mut app,
                    std::ptr::null_mut(),
                    None,
                    name.as_ptr(),
                    &mut n,
                    &mut ver,
                    &mut p
                ),
                0
            );
            let mut line: HLINE = 0;
            let owner = LINECALLPRIVILEGE_OWNER;
            let voice = LINEMEDIAMODE_INTERACTIVEVOICE;
            let null_params = std::ptr::null_mut();
            assert_eq!(
                lineOpen(
                    app,
                    0,
                    &mut line,
                    0x0002_0002,
                    0,
                    0,
                    owner,
                    voice,
                    null_params
                ),
                0
            );
            let dest = c"5551234";
            let mut call: HCALL = 0;
            crate::sim::test_hooks::PANIC_IN_MAKE_CALL.store(true, Ordering::Release);
            let r = lineMakeCall(line, &mut call, dest.as_ptr(), 0, null_params);
            assert_eq!(r, LINEERR_OPERATIONFAILED as LONG);
            // Usable afterwards: a new call works end to end.
            let r = lineMakeCall(line, &mut call, dest.as_ptr(), 0, null_params);
            assert!(r > 0, "lineMakeCall after the panic returned {r:#x}");
            assert_ne!(call, 0);
            let mut info = [0u8; 1024];
            info[..4].copy_from_slice(&1024u32.to_ne_bytes());
            assert_eq!(lineGetCallInfo(call, info.as_mut_ptr().cast()), 0);
            assert_eq!(lineClose(line), 0);
            assert_eq!(
                lineGetCallInfo(call, info.as_mut_ptr().cast()),
                LINEERR_INVALCALLHANDLE as LONG
            );
            assert_eq!(lineShutdown(app), 0);
        }
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
