//! Development tasks of tapi32 for Linux, run as `cargo xtask TASK` (an alias in
//! `.cargo/config.toml`).
//!
//! * `cargo xtask headers`: regenerates `include/tapi.h` and `include/tapisim.h` from
//!   the sources, with cbindgen configured by `cbindgen.toml` and
//!   `cbindgen-tapisim.toml`.
//! * `cargo xtask headers --check`: exits with status 1, naming the file, when a
//!   committed header differs from what the sources give (`tests/headers.rs` runs it).
//! * `cargo xtask install [--prefix P] [--destdir D] [--no-build]`: builds the release
//!   library and `tapi-run` and installs them with the headers and pkg-config files
//!   (src/install.rs); `cargo xtask uninstall [--prefix P] [--destdir D]` removes them.
//! * `cargo xtask test [ARGS]`: installs what the test suites need when it may, then
//!   runs `cargo test ARGS` (src/test.rs).

mod headers;
mod install;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask headers [--check]
       cargo xtask install [--prefix P] [--destdir D] [--no-build]
       cargo xtask uninstall [--prefix P] [--destdir D]
       cargo xtask test [CARGO TEST ARGS]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ lies in the workspace root")
        .to_path_buf();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args[..] {
        ["headers"] => headers::run(&root, false),
        ["headers", "--check"] => headers::run(&root, true),
        ["install", ref rest @ ..] => match install::Options::parse(rest) {
            Ok(o) => install::install(&root, &o),
            Err(e) => usage(&e),
        },
        ["uninstall", ref rest @ ..] => match install::Options::parse(rest) {
            Ok(o) => install::uninstall(&o),
            Err(e) => usage(&e),
        },
        ["test", ref rest @ ..] => test::run_tests(&root, rest),
        _ => usage("unknown task"),
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("error: {problem}\n{USAGE}");
    ExitCode::from(2)
}
