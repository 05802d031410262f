//! The bottom layer of tapi32 for Linux: TAPI's definitions, with no logic.
//!
//! * [`win32`]: the base Win32 types TAPI's signatures use (`DWORD`, `LONG`, `WCHAR` ...),
//!   with Windows' widths on every platform.
//! * [`types`]: TAPI's handle types, callback type and structures, laid out as the
//!   Windows SDK lays them out.
//! * [`constants`]: TAPI's constants with the SDK's values.
//! * [`error`]: the `LINEERR_*` codes as an enum with their names, and call-state names.
//!
//! `include/tapi.h` is generated from this crate's sources (unexpanded, so the version
//! conditions on structure members survive; see `cbindgen.toml`) and from the library's
//! exported functions.

// The SDK's own spellings (`DWORD`, `LINECALLINFO`, `dwTotalSize`, `LINEERR_*` and the
// `LineError` variants named after them) are the point of this crate.
#![allow(non_snake_case, non_camel_case_types, non_upper_case_globals)]

pub mod constants;
pub mod error;
pub mod types;
pub mod win32;

pub use constants::*;
pub use error::{call_state_name, LineError};
pub use types::*;
pub use win32::*;
