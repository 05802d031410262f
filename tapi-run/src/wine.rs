//! `tapi-run --wine`: an unmodified Windows program (`.exe`) under Wine with this
//! project's `tapi32.dll` redirected in place of Wine's builtin one.
//!
//! Wine loads a native `tapi32.dll` from the program's own folder when
//! `WINEDLLOVERRIDES` says `tapi32=n`; the program is therefore copied, with the DLL
//! beside it, into the run's private directory and started from there (its arguments and
//! working directory are unchanged). Wine passes the environment on to the program, so
//! the scenario, the report file and the doctor's switch reach the DLL as they reach
//! `libtapi32.so`; their paths are given as Windows paths on Wine's `Z:` drive (the Unix
//! root in a default prefix).

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Environment variable: the `tapi32.dll` to redirect (default: one beside `tapi-run`
/// or in cargo's Windows build folders).
pub const DLL_ENV: &str = "TAPI32_DLL";
/// Environment variable: the Wine loader to run (default: `wine` on `PATH`).
pub const WINE_ENV: &str = "TAPI32_WINE";

/// The Windows path Wine gives a Unix absolute path (drive `Z:` is `/`).
pub fn windows_path(p: &Path) -> String {
    format!("Z:{}", p.to_string_lossy().replace('/', "\\"))
}

/// Checks that `program` is a Windows program (PE: starts with `MZ`); a clear error for
/// a missing file, a Linux (ELF) program or anything else.
pub fn check_program(program: &Path) -> Result<(), String> {
    let mut head = [0u8; 4];
    let n = std::fs::File::open(program)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| format!("{}: {e}", program.display()))?;
    match &head[..n] {
        [b'M', b'Z', ..] => Ok(()),
        [0x7f, b'E', b'L', b'F'] => Err(format!(
            "{} is a Linux (ELF) program, not a Windows one: run it without --wine",
            program.display()
        )),
        _ => Err(format!(
            "{} is not a Windows program (no MZ header)",
            program.display()
        )),
    }
}

/// The Wine loader: [`WINE_ENV`], else `wine` on `PATH`; an error naming the package
/// when there is none.
pub fn find_wine() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os(WINE_ENV) {
        return Ok(PathBuf::from(p));
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|d| d.join("wine"))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            "Wine is not installed (no `wine` on PATH; set TAPI32_WINE to use another): \
             install it, e.g. `apt-get install wine64`"
                .to_owned()
        })
}

/// The `tapi32.dll` to redirect: [`DLL_ENV`], else beside the running executable or in
/// cargo's Windows build folders of the same target directory.
pub fn find_dll() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os(DLL_ENV) {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot find myself: {e}"))?;
    let dir = exe.parent().unwrap_or(Path::new("."));
    let mut candidates = vec![dir.join("tapi32.dll")];
    for up in [dir.join(".."), dir.join("../windows")] {
        for profile in ["debug", "release"] {
            candidates.push(
                up.join("x86_64-pc-windows-gnu")
                    .join(profile)
                    .join("tapi32.dll"),
            );
        }
    }
    crate::first_existing(&candidates).ok_or_else(|| {
        format!(
            "cannot find tapi32.dll beside {} (build it with `cargo build --target \
                 x86_64-pc-windows-gnu`, or set {DLL_ENV})",
            exe.display()
        )
    })
}

/// The command running `program` (with `args`) under `wine` from `dir`, a private
/// directory that receives copies of the program and of `dll`.
pub fn command(
    wine: &Path,
    dll: &Path,
    dir: &Path,
    program: &Path,
    args: &[OsString],
) -> Result<Command, String> {
    let name = program
        .file_name()
        .ok_or_else(|| format!("{}: not a file", program.display()))?;
    let copy = dir.join(name);
    std::fs::copy(program, &copy).map_err(|e| format!("cannot copy {}: {e}", program.display()))?;
    std::fs::copy(dll, dir.join("tapi32.dll"))
        .map_err(|e| format!("cannot copy {}: {e}", dll.display()))?;
    // Wine 8 has no bcryptprimitives.dll, which Rust's standard library imports: the
    // stand-in of c-tests-win/bcryptprimitives.c, when it is beside the DLL, goes too.
    let prng = dll.with_file_name("bcryptprimitives.dll");
    if prng.exists() {
        std::fs::copy(&prng, dir.join("bcryptprimitives.dll"))
            .map_err(|e| format!("cannot copy {}: {e}", prng.display()))?;
    }
    let overrides = match std::env::var("WINEDLLOVERRIDES") {
        Ok(old) if !old.is_empty() => format!("tapi32=n;{old}"),
        _ => "tapi32=n".to_owned(),
    };
    let mut cmd = Command::new(wine);
    cmd.arg(&copy).args(args).env("WINEDLLOVERRIDES", overrides);
    if std::env::var_os("WINEDEBUG").is_none() {
        cmd.env("WINEDEBUG", "-all");
    }
    Ok(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_paths_are_on_drive_z() {
        assert_eq!(
            windows_path(Path::new("/tmp/tapi-run-x/report.json")),
            "Z:\\tmp\\tapi-run-x\\report.json"
        );
    }

    #[test]
    fn only_windows_programs_pass() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        assert!(check_program(&write("a.exe", b"MZ\x90\0rest")).is_ok());
        let e = check_program(&write("a.out", b"\x7fELF\x02\x01")).unwrap_err();
        assert!(e.contains("is a Linux (ELF) program"), "{e}");
        let e = check_program(&write("a.txt", b"#!/bin/sh\n")).unwrap_err();
        assert!(e.contains("is not a Windows program"), "{e}");
        let e = check_program(&dir.path().join("missing.exe")).unwrap_err();
        assert!(e.contains("missing.exe"), "{e}");
    }
}
