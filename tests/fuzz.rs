//! A bounded run of the fuzz target `fuzz/fuzz_targets/api_sequence.rs` (sequences of
//! TAPI calls with arbitrary handles, sizes, pointers and flags, checked against a model
//! of the handle rules) under libFuzzer and AddressSanitizer, from the seed corpus in
//! `fuzz/seeds/api_sequence`. It needs the nightly toolchain and `cargo-fuzz`, and
//! installs them when missing. `TAPI32_FUZZ_SECONDS` sets the run time (default 30);
//! RELIABILITY.md gives the longer run.

use std::path::PathBuf;

mod support;

#[test]
fn fuzz_api_sequences_bounded() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let seconds: u32 = std::env::var("TAPI32_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    // New inputs go to a scratch corpus; the committed seeds are only read.
    let corpus = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    support::ensure_cargo_fuzz();
    let mut cmd = support::nested_cargo(&root);
    let out = cmd
        .args(["+nightly", "fuzz", "run", "api_sequence"])
        .arg(&corpus)
        .arg(root.join("fuzz/seeds/api_sequence"))
        .args([
            "--",
            &format!("-max_total_time={seconds}"),
            "-rss_limit_mb=4096",
        ])
        .output()
        .expect("run cargo +nightly fuzz (install cargo-fuzz: cargo install cargo-fuzz)");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the fuzz run failed:\n{}",
        log.lines()
            .rev()
            .take(60)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );
    let done = log
        .lines()
        .find(|l| l.starts_with("Done "))
        .unwrap_or("Done ? runs")
        .to_owned();
    support::report(&format!("fuzz api_sequence: {done}"));
}
