//! TAPI helpers the Rust integration tests share (`#[path = "support/tapi.rs"] mod
//! tapi;` in the tests that use them).

#![allow(dead_code)]

use tapi32::testing::*;

pub fn rss_kib() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    // SAFETY: sysconf has no memory-safety preconditions.
    pages * unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64 / 1024
}

/// An event-mode application with line 0 open as owner.
pub fn app_with_line(name: &std::ffi::CStr) -> (HLINEAPP, HLINE) {
    let (mut app, mut n, mut ver) = (0u32, 0u32, 0x0002_0002u32);
    // SAFETY: all-zero is a valid LINEINITIALIZEEXPARAMS.
    let mut p: LINEINITIALIZEEXPARAMS = unsafe { std::mem::zeroed() };
    p.dwTotalSize = size_of::<LINEINITIALIZEEXPARAMS>() as u32;
    p.dwOptions = LINEINITIALIZEEXOPTION_USEEVENT;
    let mut line: HLINE = 0;
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
        assert_eq!(
            lineOpen(
                app,
                0,
                &mut line,
                0x0002_0002,
                0,
                0,
                LINECALLPRIVILEGE_OWNER,
                LINEMEDIAMODE_INTERACTIVEVOICE,
                std::ptr::null_mut()
            ),
            0
        );
    }
    (app, line)
}

/// Messages waiting for `app`, taken.
pub fn drain(app: HLINEAPP) -> Vec<LINEMESSAGE> {
    let mut all = Vec::new();
    let mut m = LINEMESSAGE::default();
    // SAFETY: valid out pointer.
    while unsafe { lineGetMessage(app, &mut m, 0) } == 0 {
        all.push(m);
    }
    all
}

/// Makes a call, drops and deallocates it: one retired `HCALL`, returned.
pub fn call_cycle(line: HLINE) -> HCALL {
    let mut h: HCALL = 0;
    // SAFETY: valid out pointer and NUL-terminated destination.
    unsafe {
        assert!(lineMakeCall(line, &mut h, c"5550100".as_ptr(), 0, std::ptr::null_mut()) > 0);
        assert!(lineDrop(h, std::ptr::null(), 0) > 0);
    }
    assert_eq!(lineDeallocateCall(h), 0);
    h
}
