//! tapi32 for Linux: a drop-in, C-ABI replacement for the line-call part of Windows'
//! `tapi32.dll`, with a built-in simulated telephone provider.
//!
//! Layers, each in its own module:
//! * [`ffi`]: the C ABI (`extern "system"` functions, `#[repr(C)]` types, constants):
//!   pointer checks, the panic boundary, conversion to and from the core.
//! * [`core`]: applications, lines, calls, their states, ownership and the handle table.
//! * [`sim`]: the simulated provider, which drives the core as a service provider would.
//! * [`doctor`]: diagnostics of a program's handle use, off unless asked for.

#![allow(non_snake_case, non_camel_case_types, non_upper_case_globals)]

pub mod core;
pub mod doctor;
pub mod ffi;
pub mod sim;

use std::sync::{Arc, LazyLock};

static SIM: LazyLock<Arc<sim::SimProvider>> =
    LazyLock::new(|| Arc::new(sim::SimProvider::from_env()));

static CORE: LazyLock<core::Core> = LazyLock::new(|| {
    let provider: Arc<dyn core::Provider> = SIM.clone();
    core::Core::new(provider)
});

/// The process's core, driven by the simulated provider.
pub fn runtime() -> &'static core::Core {
    &CORE
}

/// The process's simulated provider.
pub fn simulator() -> &'static sim::SimProvider {
    &SIM
}
