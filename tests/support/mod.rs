//! What the integration tests share: checking that the tools they need are there (failing
//! with the command that installs a missing one; `cargo xtask test` installs them),
//! the SONAME link beside the built library, reporting figures past the test harness's
//! output capture, and running a nested cargo.
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

/// Fails the test, naming what is missing and the command that installs it. Tests only
/// test: they install nothing (`cargo xtask test` installs what the suites need, then runs
/// them).
fn missing(what: &str, install: &str) -> ! {
    panic!(
        "{what} is missing: install it with `{install}` (or run `cargo xtask test`, which \
         installs what the tests need when it may, then runs them)"
    )
}

/// Checks that `present()` holds; otherwise fails, naming `what` and the `apt-get` command
/// that installs the Debian `packages`. Installs nothing.
pub fn ensure_packages(what: &str, present: impl Fn() -> bool, packages: &[&str]) {
    if !present() {
        missing(what, &format!("apt-get install {}", packages.join(" ")));
    }
}

/// A file exists.
pub fn file(path: &str) -> impl Fn() -> bool + '_ {
    move || Path::new(path).exists()
}

/// A command runs with `args` and succeeds.
pub fn runs<'a>(cmd: &'a str, args: &'a [&'a str]) -> impl Fn() -> bool + 'a {
    move || succeeds(cmd, args)
}

/// `rustup LIST_ARGS` lists `item` (a line starting with it).
fn rustup_lists(list_args: &[&str], item: &str) -> bool {
    Command::new("rustup")
        .args(list_args)
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.starts_with(item))
        })
}

/// The nightly toolchain with its `rust-src` component (for `-Zbuild-std`).
pub fn ensure_nightly_with_rust_src() {
    if !succeeds("rustup", &["run", "nightly", "rustc", "--version"]) {
        missing(
            "the nightly Rust toolchain",
            "rustup toolchain install nightly --profile minimal",
        );
    }
    let listed = ["component", "list", "--toolchain", "nightly", "--installed"];
    if !rustup_lists(&listed, "rust-src") {
        missing(
            "rust-src for the nightly toolchain",
            "rustup component add rust-src --toolchain nightly",
        );
    }
}

/// The rustup target `target` (a standard library for it).
pub fn ensure_rust_target(target: &str) {
    if !rustup_lists(&["target", "list", "--installed"], target) {
        missing(
            &format!("the Rust target {target}"),
            &format!("rustup target add {target}"),
        );
    }
}

/// `cargo-fuzz` (and the nightly toolchain it builds with).
pub fn ensure_cargo_fuzz() {
    ensure_nightly_with_rust_src();
    if !succeeds("cargo", &["fuzz", "--version"]) {
        missing("cargo-fuzz", "cargo install cargo-fuzz --locked");
    }
}

/// The library's SONAME (build.rs): what a program linked with `-ltapi32` needs.
pub const SONAME: &str = "libtapi32.so.1";

/// Gives `dir`'s `libtapi32.so` the name programs linked against it need at run time,
/// [`SONAME`] (a symbolic link beside it, as an install makes), and returns `dir`. Cargo
/// builds the library under its unversioned name only. Safe to call from several test
/// processes at once: the link is made under a name of its own, then renamed into place.
pub fn soname_link(dir: &Path) -> &Path {
    let link = dir.join(SONAME);
    if std::fs::read_link(&link).is_err() {
        let tmp = dir.join(format!("{SONAME}.{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        std::os::unix::fs::symlink("libtapi32.so", &tmp).expect("make the SONAME link");
        std::fs::rename(&tmp, &link).expect("rename the SONAME link into place");
    }
    dir
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
