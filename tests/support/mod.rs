//! What the integration tests share: installing the tools they need on a fresh machine
//! (so that `cargo test` alone sets everything up, as root), reporting figures past the
//! test harness's output capture, and running a nested cargo.
//!
//! Each test binary includes this module (`mod support;`) and uses part of it.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::Command;

/// Writes a line to the real stderr, past the test harness's output capture, so the
/// figures show in a plain `cargo test` run.
pub fn report(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

fn succeeds(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Makes sure `present()` holds, installing the Debian `packages` with apt-get (as root)
/// when it does not. Panics, naming the packages, when that is not possible.
pub fn ensure_packages(what: &str, present: impl Fn() -> bool, packages: &[&str]) {
    if present() {
        return;
    }
    assert!(
        is_root(),
        "{what} is missing and this test is not root: install the Debian packages {}",
        packages.join(" ")
    );
    report(&format!("installing {}", packages.join(" ")));
    let apt = |args: &[&str]| {
        Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    let mut install = vec!["install", "-y", "-qq"];
    install.extend_from_slice(packages);
    let installed = apt(&install) || (apt(&["update", "-qq"]) && apt(&install));
    assert!(installed && present(), "apt-get could not install {what}");
}

/// A file exists.
pub fn file(path: &str) -> impl Fn() -> bool + '_ {
    move || Path::new(path).exists()
}

/// A command runs with `args` and succeeds.
pub fn runs<'a>(cmd: &'a str, args: &'a [&'a str]) -> impl Fn() -> bool + 'a {
    move || succeeds(cmd, args)
}

/// The nightly toolchain with its `rust-src` component (for `-Zbuild-std`).
pub fn ensure_nightly_with_rust_src() {
    if !succeeds("rustup", &["run", "nightly", "rustc", "--version"]) {
        report("installing the nightly toolchain");
        assert!(
            succeeds(
                "rustup",
                &["toolchain", "install", "nightly", "--profile", "minimal"]
            ),
            "rustup could not install the nightly toolchain"
        );
    }
    let installed = Command::new("rustup")
        .args(["component", "list", "--toolchain", "nightly", "--installed"])
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.starts_with("rust-src"))
        });
    if !installed {
        report("installing rust-src for the nightly toolchain");
        assert!(
            succeeds(
                "rustup",
                &["component", "add", "rust-src", "--toolchain", "nightly"]
            ),
            "rustup could not add rust-src to the nightly toolchain"
        );
    }
}

/// `cargo-fuzz` (and the nightly toolchain it builds with).
pub fn ensure_cargo_fuzz() {
    ensure_nightly_with_rust_src();
    if !succeeds("cargo", &["fuzz", "--version"]) {
        report("installing cargo-fuzz");
        assert!(
            succeeds("cargo", &["install", "cargo-fuzz", "--locked"]),
            "cargo install cargo-fuzz failed"
        );
    }
}

/// A `cargo` command that does not inherit the outer cargo's build settings.
pub fn nested_cargo(root: &Path) -> Command {
    let mut cmd = Command::new("cargo");
    for var in [
        "RUSTC",
        "RUSTC_WRAPPER",
        "RUSTDOC",
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_TARGET",
        "CARGO_TARGET_DIR",
        "RUSTUP_TOOLCHAIN",
        "CARGO",
    ] {
        cmd.env_remove(var);
    }
    cmd.current_dir(root);
    cmd
}

/// The Rust standard library for `target` (`rustup target add` when it is missing).
pub fn ensure_rust_target(target: &str) {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l == target)
        });
    if !installed {
        report(&format!("installing the {target} target"));
        assert!(
            succeeds("rustup", &["target", "add", target]),
            "rustup could not add the {target} target"
        );
    }
}
