//! Development tasks of tapi32 for Linux, run as `cargo xtask TASK` (an alias in
//! `.cargo/config.toml`).
//!
//! * `cargo xtask headers`: regenerates `include/tapi.h` and `include/tapisim.h` from
//!   the sources, with cbindgen configured by `cbindgen.toml` and
//!   `cbindgen-tapisim.toml`.
//! * `cargo xtask headers --check`: exits with status 1, naming the file, when a
//!   committed header differs from what the sources give (`tests/headers.rs` runs it).

mod headers;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ lies in the workspace root")
        .to_path_buf();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["headers"] => headers::run(&root, false),
        ["headers", "--check"] => headers::run(&root, true),
        _ => {
            eprintln!("usage: cargo xtask headers [--check]");
            ExitCode::from(2)
        }
    }
}
