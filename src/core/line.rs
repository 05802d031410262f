//! Open lines: an application's `HLINE` on a line device.

/// What `lineOpen` fixed for an open line; it never changes while the line is open.
#[derive(Debug, Clone)]
pub(crate) struct LineObj {
    /// The `HLINE` value.
    pub handle: u32,
    /// The application that opened it.
    pub happ: u32,
    /// The line device (`dwDeviceID`).
    pub device: u32,
    /// The negotiated API version given to `lineOpen`.
    pub version: u32,
    /// `dwCallbackInstance` given to `lineOpen`.
    pub instance: usize,
    /// `LINECALLPRIVILEGE_*` bits given to `lineOpen`.
    pub privileges: u32,
    /// `LINEMEDIAMODE_*` bits the application owns incoming calls for.
    pub media_modes: u32,
}

impl LineObj {
    #[cfg(test)]
    pub(crate) fn for_test(handle: u32) -> Self {
        LineObj {
            handle,
            happ: 0,
            device: 0,
            version: 0x0002_0000,
            instance: 0,
            privileges: 0,
            media_modes: 0,
        }
    }
}
