//! The library's unit tests again on a 32-bit target (`i686-unknown-linux-gnu`): the
//! pointer checks make no assumption about the address space's size, and the structure
//! sizes hold for 32-bit pointers. A nested cargo builds and runs them in
//! `target/i686`; the target and a 32-bit C library (Debian's `gcc-multilib`) are
//! installed when missing, as for the other suites.

use std::path::Path;

mod support;

const TARGET: &str = "i686-unknown-linux-gnu";

#[test]
fn unit_tests_pass_on_a_32_bit_target() {
    support::ensure_packages(
        "a 32-bit C library (gcc-multilib)",
        support::file("/usr/lib32/crt1.o"),
        &["gcc-multilib"],
    );
    support::ensure_rust_target(TARGET);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = support::nested_cargo(root)
        .args(["test", "--lib", "--target", TARGET, "--target-dir"])
        .arg(root.join("target/i686"))
        .output()
        .expect("cargo runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the unit tests failed on {TARGET}:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in text.lines().filter(|l| l.starts_with("test result")) {
        support::report(&format!("{TARGET} unit tests: {line}"));
    }
}
