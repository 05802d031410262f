//! tapi32 for Linux: a drop-in, C-ABI replacement for the line-call part of Windows'
//! `tapi32.dll`, with a built-in simulated telephone provider.
//!
//! Layers, lowest first; each uses only those below it (`docs/ARCHITECTURE.md`):
//! 1. [`tapi32_defs`] (a crate of its own): TAPI's constants, structures, error codes.
//! 2. `core`: applications, lines, calls, their states, ownership, the handle table and
//!    message queues. It talks to a service provider and an observer through traits.
//! 3. `sim`: the simulated provider, which drives the core as a service provider would.
//! 4. `ffi`: the exported C functions (pointer checks, the panic boundary,
//!    conversions). Beside it, `doctor`: diagnostics of a program's handle use, an
//!    observer of the core, off unless asked for.
//!
//! This file is the composition root: it builds the process's core with the simulated
//! provider and, when diagnostics are on, the doctor as its observer.
//!
//! As a Rust library it offers only what the project's tools share: the doctor's
//! [`report`] format and the [`scenario`] language (for `tapi-run`), and a hidden
//! [`testing`] facade for the benchmarks, the fuzz target and the tests.

#![warn(unreachable_pub)]

mod core;
mod doctor;
mod env;
mod ffi;
mod fork;
mod platform;
mod sim;
#[cfg(unix)]
mod win32;

pub mod report;

/// The scenario language of the simulated network (`TAPI32_SCENARIO`).
pub mod scenario {
    pub use crate::sim::scenario::{Scenario, DEFAULT_NAME, MAX_FILE_SIZE, MAX_SECTION_SIZE};
    pub use crate::sim::SCENARIO_ENV;
}

use std::sync::{Arc, LazyLock};

static SIM: LazyLock<Arc<sim::SimProvider>> =
    LazyLock::new(|| Arc::new(sim::SimProvider::from_env()));

static CORE: LazyLock<core::Core> = LazyLock::new(|| {
    let provider: Arc<dyn core::Provider> = SIM.clone();
    let observer = doctor::doctor().map(|d| {
        d.set_exit_check(|| runtime().report_leaks_at_exit());
        d as &'static dyn core::Observer
    });
    let core = core::Core::new(provider, observer);
    core::panics::install_hook();
    fork::register();
    core
});

/// The process's core, driven by the simulated provider.
fn runtime() -> &'static core::Core {
    &CORE
}

/// The process's simulated provider.
fn simulator() -> &'static sim::SimProvider {
    &SIM
}

/// What the benchmarks, the fuzz target and the tests reach beyond the C functions. Not
/// a stable interface.
#[doc(hidden)]
pub mod testing {
    pub use crate::core::Counts;
    pub use crate::ffi::*;
    #[cfg(unix)]
    pub use crate::win32::exports::*;
    #[cfg(unix)]
    pub use crate::win32::types::*;
    pub use tapi32_defs::*;

    /// How many applications, open lines, calls and outstanding requests the process's
    /// core keeps.
    pub fn counts() -> Counts {
        crate::runtime().counts().unwrap_or_default()
    }

    /// Initializes an event-mode application (`lineInitializeExA`, `USEEVENT`) named
    /// `name`: its `HLINEAPP` and the number of line devices. Panics on failure.
    pub fn init_event_app(name: &std::ffi::CStr) -> (HLINEAPP, u32) {
        let mut app: HLINEAPP = 0;
        let (mut n, mut ver) = (0u32, 0x0003_0001u32);
        // SAFETY: all-zero is a valid LINEINITIALIZEEXPARAMS (a NULL handle union).
        let mut p: LINEINITIALIZEEXPARAMS = unsafe { std::mem::zeroed() };
        p.dwTotalSize = size_of::<LINEINITIALIZEEXPARAMS>() as u32;
        p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
        let no_instance = std::ptr::null_mut();
        // SAFETY: valid pointers to live locals.
        let r = unsafe {
            lineInitializeExA(
                &mut app,
                no_instance,
                None,
                name.as_ptr(),
                &mut n,
                &mut ver,
                &mut p,
            )
        };
        assert_eq!(r, 0, "lineInitializeExA");
        (app, n)
    }

    /// What the handle doctor has found so far (`None` when it is off), with the number
    /// of retired handles the core has forgotten brought up to date.
    pub fn doctor_report() -> Option<crate::report::Report> {
        let d = crate::doctor::doctor()?;
        crate::runtime().report_forgotten();
        Some(d.report())
    }

    /// The allocator of handle values alone, with the handle table's layout: for the
    /// reuse-distance run (`examples/reuse_distance.rs`).
    pub struct HandleValues(crate::core::ids::Ids);

    impl HandleValues {
        /// The least number of retirements between a value's retirement and its next
        /// issue.
        pub const REUSE_DISTANCE: u64 = crate::core::handles::LAYOUT.cooling;
        /// Bits of a value that are its slot index.
        pub const INDEX_BITS: u32 = crate::core::handles::LAYOUT.index_bits;

        /// No value issued yet.
        #[allow(clippy::new_without_default)]
        pub fn new() -> Self {
            HandleValues(crate::core::ids::Ids::new(crate::core::handles::LAYOUT))
        }

        /// A new value, `None` when every slot is live or waiting.
        pub fn issue(&mut self) -> Option<u32> {
            self.0.issue()
        }

        /// Retires a live value.
        pub fn retire(&mut self, value: u32) {
            self.0.retire(value);
        }

        /// Slots waiting to start a segment of generations.
        pub fn waiting(&self) -> usize {
            self.0.waiting_len()
        }
    }

    /// Starts an exported call as the C boundary does and ends it, returning whether the
    /// handle doctor is on: what the doctor costs a call (benchmark h).
    pub fn doctor_enter_leave(name: &'static str) -> bool {
        match crate::doctor::enter(name) {
            Some(call) => {
                call.leave(0, Vec::new);
                true
            }
            None => false,
        }
    }
}
