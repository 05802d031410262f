//! The demonstration: builds the legacy-style C call logger (`examples/call_logger.c`,
//! unmodified TAPI 2.x code) with the system C compiler against `include/` and the
//! `libtapi32.so` cargo just built, and runs it under `tapi-run` on the default scenario
//! (`src/sim/default_scenario.toml`): calls come in and go out on two lines, a line is
//! taken out of service, the logger logs five calls, and the handle doctor reports what
//! it saw. The JSON report is kept in `target/<profile>/demo-report.json`, the timeline
//! of the logger's handles (an HTML page) in `target/<profile>/demo-timeline.html`. The demo
//! builds `tapi-run` (a crate of its own, `tapi-run/`) with its own profile first.
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
    let logger = profile.join("examples").join("call_logger");
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
        .arg("-o")
        .arg(&logger)
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
    let tapi_run = build_tapi_run(&root, profile);
    let report = profile.join("demo-report.json");
    let timeline = profile.join("demo-timeline.html");
    let args: Vec<String> = vec![
        "--report".into(),
        report.display().to_string(),
        "--html".into(),
        timeline.display().to_string(),
        "--".into(),
        logger.display().to_string(),
        "5".into(),
    ];
    println!("$ tapi-run {}", args.join(" "));
    let status = Command::new(&tapi_run)
        .args(&args)
        // tapi-run preloads the library built for this run (not an older copy elsewhere).
        .env("TAPI32_LIBRARY", lib.join("libtapi32.so"))
        .env_remove("LD_LIBRARY_PATH")
        .status()
        .expect("run tapi-run");
    if let Ok(json) = std::fs::read_to_string(&report) {
        println!("$ cat {}\n{json}", report.display());
    }
    exit(status.code().unwrap_or(1));
}

/// `tapi-run` is a crate of its own (`tapi-run/`): builds it (nothing to do when it is up
/// to date) with the demo's profile into `target/<profile>/tapi-run`, and returns its path.
fn build_tapi_run(root: &Path, profile: &Path) -> PathBuf {
    let profile_name = match profile.file_name().and_then(|n| n.to_str()) {
        Some("debug") | None => "dev",
        Some(name) => name,
    };
    let target_dir = profile.parent().expect("target/");
    let status = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args([
            "build",
            "--quiet",
            "--bin",
            "tapi-run",
            "--profile",
            profile_name,
        ])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(target_dir)
        .status()
        .expect("run cargo");
    if !status.success() {
        eprintln!("demo: building tapi-run failed");
        exit(1);
    }
    profile.join("tapi-run")
}
