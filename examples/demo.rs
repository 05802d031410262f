//! The demonstration: builds the legacy-style C call logger (`examples/call_logger.c`)
//! with the system C compiler against `include/` and the `libtapi32.so` cargo just
//! built, links in a stand-in telephone network (`examples/demo_network.c`), and runs
//! it on the built-in simulated provider.
//!
//! Run with `cargo run --release --example demo`.

use std::path::{Path, PathBuf};
use std::process::{exit, Command};

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // target/<profile>/examples/demo; cargo builds libtapi32.so in target/<profile>/deps.
    let exe = std::env::current_exe().expect("own path");
    let profile = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    let lib = profile.join("deps");
    if !lib.join("libtapi32.so").exists() {
        eprintln!(
            "demo: {} has no libtapi32.so; run `cargo build` first",
            lib.display()
        );
        exit(2);
    }
    let bin = profile.join("examples").join("call_logger");
    let status = Command::new("cc")
        .args([
            "-std=c99",
            "-D_DEFAULT_SOURCE",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-O2",
        ])
        .arg("-I")
        .arg(root.join("include/win32"))
        .arg("-I")
        .arg(root.join("include"))
        .arg(root.join("examples/call_logger.c"))
        .arg(root.join("examples/demo_network.c"))
        .arg("-o")
        .arg(&bin)
        .arg("-L")
        .arg(&lib)
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .args(["-ltapi32", "-lpthread"])
        .status()
        .expect("run cc");
    if !status.success() {
        eprintln!("demo: compiling the call logger failed");
        exit(1);
    }
    println!("$ {} 5", bin.display());
    // cargo puts target/<profile> first on LD_LIBRARY_PATH, where an older copy of the
    // library may lie: run the one built for this run.
    let status = Command::new(&bin)
        .env("LD_LIBRARY_PATH", &lib)
        .arg("5")
        .status()
        .expect("run the call logger");
    exit(status.code().unwrap_or(1));
}
