//! tapi-run's Unix process APIs, in one place. tapi-run preloads `libtapi32.so` into a
//! Linux program; on Windows it builds (so that `cargo build --target
//! x86_64-pc-windows-gnu` builds the workspace) but has nothing to preload.

use std::path::Path;
use std::process::ExitStatus;

/// Makes the report directory the user's alone (0700).
#[cfg(unix)]
pub(crate) fn private<'a, 'b>(
    b: &'b mut tempfile::Builder<'a, 'a>,
) -> &'b mut tempfile::Builder<'a, 'a> {
    b.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
}

/// Makes `link` a symbolic link to `target`.
#[cfg(unix)]
pub(crate) fn symlink(target: &Path, link: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, link)
}

/// The signal that ended the process, if one did.
#[cfg(unix)]
pub(crate) fn signal(status: &ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(status)
}

/// Windows: the directory's default permissions (the user's temporary directory).
#[cfg(not(unix))]
pub(crate) fn private<'a, 'b>(
    b: &'b mut tempfile::Builder<'a, 'a>,
) -> &'b mut tempfile::Builder<'a, 'a> {
    b
}

/// Windows: a copy stands in for the link.
#[cfg(not(unix))]
pub(crate) fn symlink(target: &Path, link: &Path) -> std::io::Result<()> {
    std::fs::copy(target, link).map(|_| ())
}

/// Windows: no signals.
#[cfg(not(unix))]
pub(crate) fn signal(status: &ExitStatus) -> Option<i32> {
    let _ = status;
    None
}
