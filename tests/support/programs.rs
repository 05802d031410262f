//! Building the C programs of `tests/programs/` against this run's library, and the
//! `tapi-run` binary, for the tests that run programs under `tapi-run`
//! (`#[path = "support/programs.rs"] mod programs;`).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn work() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tapi_run");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The `libtapi32.so` cargo built for this run.
pub fn library() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().join("libtapi32.so")
}

/// Builds `tests/programs/NAME.c` against this run's library.
pub fn program(name: &str) -> PathBuf {
    build(name, library().parent().unwrap())
}

/// Builds `tests/programs/NAME.c` against `lib_dir`'s `libtapi32.so`.
pub fn build(name: &str, lib_dir: &Path) -> PathBuf {
    crate::support::soname_link(lib_dir);
    let out = work().join(format!(
        "{name}-{}",
        lib_dir.file_name().unwrap().to_string_lossy()
    ));
    let o = Command::new("cc")
        .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-O1"])
        .arg("-I")
        .arg(root().join("include"))
        .arg(root().join("tests/programs").join(format!("{name}.c")))
        .arg("-o")
        .arg(&out)
        .arg("-L")
        .arg(lib_dir)
        .arg(format!("-Wl,-rpath,{}", lib_dir.display()))
        .arg("-ltapi32")
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "building {name}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

/// The `tapi-run` binary, for this run's profile. It is a package of its own (`tapi-run/`),
/// whose binary cargo builds only for that package's own tests: build it here (a no-op
/// when it is up to date).
pub fn tapi_run_exe() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| {
        // target/PROFILE/deps/tapi_run-HASH
        let exe = std::env::current_exe().unwrap();
        let profile_dir = exe.parent().unwrap().parent().unwrap();
        let profile = match profile_dir.file_name().unwrap().to_str().unwrap() {
            "debug" => "dev",
            p => p,
        };
        let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
        // With this run's cargo and build settings (not `support::nested_cargo`): a tapi32
        // built otherwise would replace `deps/libtapi32.so`, the library tested here.
        let o = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            .current_dir(root())
            .args(["build", "--quiet", "--message-format=json"])
            .args(["--bin", "tapi-run", "--profile", profile])
            .arg("--target-dir")
            .arg(target_dir)
            .output()
            .expect("run cargo");
        assert!(
            o.status.success(),
            "building tapi-run failed: {}",
            text(&o.stderr)
        );
        text(&o.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|m| m["target"]["name"] == "tapi-run")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo named no tapi-run executable")
    })
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
