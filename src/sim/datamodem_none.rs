//! The simulated modem where there is no pseudo-terminal (Windows): the data scripts
//! are kept (the scenario is the same everywhere) and `lineGetID`'s `"comm/datamodem"`
//! answers `LINEERR_INVALDEVICECLASS`, as Windows TAPI does for a device class the
//! provider does not support. The Unix modem is `datamodem.rs`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::data_script::DataScript;
use crate::core::sync::lock;
use crate::core::Result;
use crate::platform::RawFd;
use tapi32_defs::LineError;

/// The data scripts of calls, by call ID.
#[derive(Default)]
pub(crate) struct DataModems {
    scripts: Mutex<HashMap<u32, Arc<DataScript>>>,
}

/// The far end of a data call (never started here).
pub(crate) struct FarModem {
    /// The scenario's data script for the call.
    #[allow(dead_code)]
    pub(crate) script: Option<Arc<DataScript>>,
    /// Hangs the call up from the far end.
    #[allow(dead_code)]
    pub(crate) hangup: Box<dyn FnOnce() + Send>,
}

impl DataModems {
    /// No fork here.
    pub(crate) fn fork_prepare(&'static self) {}

    /// No fork here.
    pub(crate) fn fork_child(&self) {}

    /// The scenario gave call `call` a data script.
    pub(crate) fn set_script(&self, call: u32, script: Arc<DataScript>) {
        lock(&self.scripts).insert(call, script);
    }

    /// Call `call`'s data script.
    pub(crate) fn script(&self, call: u32) -> Option<Arc<DataScript>> {
        lock(&self.scripts).get(&call).cloned()
    }

    /// No data channel: `LINEERR_INVALDEVICECLASS`.
    pub(crate) fn open(&self, call: u32, far: FarModem) -> Result<(RawFd, String)> {
        let _ = (call, far);
        Err(LineError::INVALDEVICECLASS)
    }

    /// Call `call` has ended.
    pub(crate) fn end(&self, call: u32) {
        lock(&self.scripts).remove(&call);
    }
}
