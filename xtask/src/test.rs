//! `cargo xtask test [ARGS]`: installs what the test suites need when it may, then runs
//! `cargo test ARGS` (every suite). The tests themselves install nothing: a missing tool
//! fails its test with the command that installs it (tests/support/mod.rs).
//!
//! Debian packages are installed with apt-get when running as root; otherwise the
//! command is printed and the task fails before testing. The Rust toolchain's parts
//! (nightly with rust-src, targets) and cargo-fuzz are the user's own and are installed
//! with rustup and cargo for any user.

use std::path::Path;
use std::process::{Command, ExitCode};

/// A Debian package the suites need: present when the command runs or the file exists.
struct Package {
    name: &'static str,
    /// A command (run with `--version`) or a file (an absolute path) that shows it is there.
    probe: &'static str,
    why: &'static str,
}

const PACKAGES: &[Package] = &[
    Package {
        name: "gcc",
        probe: "cc",
        why: "the C test programs",
    },
    Package {
        name: "g++",
        probe: "c++",
        why: "the C++ header checks",
    },
    Package {
        name: "binutils",
        probe: "nm",
        why: "export lists, readelf",
    },
    Package {
        name: "pkg-config",
        probe: "pkg-config",
        why: "the install test",
    },
    Package {
        name: "valgrind",
        probe: "valgrind",
        why: "the C suite's valgrind variant",
    },
    Package {
        name: "clang-19",
        probe: "clang-19",
        why: "the C suite's TSan variant",
    },
    Package {
        name: "libclang-rt-19-dev",
        probe: "/usr/lib/llvm-19/lib/clang/19/lib/linux/libclang_rt.tsan-x86_64.a",
        why: "clang's ThreadSanitizer runtime",
    },
    Package {
        name: "gcc-mingw-w64-x86-64",
        probe: "x86_64-w64-mingw32-gcc",
        why: "the mingw ABI checks",
    },
    Package {
        name: "mingw-w64-common",
        probe: "/usr/share/mingw-w64/include/tapi.h",
        why: "mingw's tapi.h",
    },
    Package {
        name: "gcc-multilib",
        probe: "/usr/lib32/crt1.o",
        why: "the 32-bit unit tests",
    },
    Package {
        name: "wine64",
        probe: "/usr/lib/wine/wine64",
        why: "tapi32.dll under Wine",
    },
    Package {
        name: "chromium",
        probe: "chromium",
        why: "the HTML timeline's browser test",
    },
];

/// Rust targets the suites build for.
const TARGETS: &[&str] = &["i686-unknown-linux-gnu", "x86_64-pc-windows-gnu"];

fn succeeds(cmd: &mut Command) -> bool {
    cmd.output().is_ok_and(|o| o.status.success())
}

fn present(probe: &str) -> bool {
    if probe.starts_with('/') {
        Path::new(probe).exists()
    } else {
        succeeds(Command::new(probe).arg("--version"))
    }
}

fn lists(args: &[&str], item: &str) -> bool {
    Command::new("rustup").args(args).output().is_ok_and(|o| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .any(|l| l.starts_with(item))
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs `args` (printed first); false when it fails.
fn run(args: &[&str]) -> bool {
    println!("$ {}", args.join(" "));
    Command::new(args[0])
        .args(&args[1..])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .is_ok_and(|s| s.success())
}

/// The commands that install the missing Rust parts.
fn missing_rust() -> Vec<Vec<&'static str>> {
    let mut todo = Vec::new();
    let nightly = succeeds(Command::new("rustup").args(["run", "nightly", "rustc", "--version"]));
    if !nightly {
        todo.push(vec![
            "rustup",
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
        ]);
    }
    let components = ["component", "list", "--toolchain", "nightly", "--installed"];
    if !nightly || !lists(&components, "rust-src") {
        todo.push(vec![
            "rustup",
            "component",
            "add",
            "rust-src",
            "--toolchain",
            "nightly",
        ]);
    }
    for t in TARGETS {
        if !lists(&["target", "list", "--installed"], t) {
            todo.push(vec!["rustup", "target", "add", t]);
        }
    }
    if !succeeds(Command::new("cargo").args(["fuzz", "--version"])) {
        todo.push(vec!["cargo", "install", "cargo-fuzz", "--locked"]);
    }
    todo
}

/// Installs what is missing (see the module's documentation); false when something
/// could not be.
fn install_missing() -> bool {
    let missing: Vec<&Package> = PACKAGES.iter().filter(|p| !present(p.probe)).collect();
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(|p| p.name).collect();
        for p in &missing {
            println!("missing: {} ({})", p.name, p.why);
        }
        if !is_root() {
            eprintln!(
                "error: not root, so nothing was installed; as root, run:\n  \
                 apt-get update && apt-get install -y {}",
                names.join(" ")
            );
            return false;
        }
        let mut install = vec!["apt-get", "install", "-y", "-qq"];
        install.extend(&names);
        if !(run(&["apt-get", "update", "-qq"]) && run(&install)) {
            eprintln!("error: apt-get could not install {}", names.join(" "));
            return false;
        }
    }
    for cmd in missing_rust() {
        if !run(&cmd) {
            eprintln!("error: `{}` failed", cmd.join(" "));
            return false;
        }
    }
    true
}

/// `cargo xtask test [ARGS]`.
pub fn run_tests(root: &Path, args: &[&str]) -> ExitCode {
    if !install_missing() {
        return ExitCode::FAILURE;
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    println!("$ cargo test {}", args.join(" "));
    let status = Command::new(cargo)
        .current_dir(root)
        .arg("test")
        .args(args)
        .status();
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(s) => ExitCode::from(s.code().unwrap_or(1).clamp(1, 255) as u8),
        Err(e) => {
            eprintln!("error: cannot run cargo: {e}");
            ExitCode::FAILURE
        }
    }
}
