//! The library exports exactly the functions its headers declare (the TAPI functions of
//! `include/tapi.h` and the `tapisim*` functions of `include/tapisim.h`) and no other
//! symbol: no Rust internals leak into the program's namespace (`build.rs` links with a
//! version script).

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `libtapi32.so` cargo built for this run (beside the test executable).
fn library() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let lib = exe
        .parent()
        .expect("target/<profile>/deps")
        .join("libtapi32.so");
    assert!(lib.exists(), "{} not found", lib.display());
    lib
}

/// Functions a header declares (`LONG name(`).
fn declared(header: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("include").join(header)).unwrap();
    text.lines()
        .filter_map(|l| l.strip_prefix("LONG "))
        .filter_map(|rest| rest.split_once('('))
        .map(|(name, _)| name.trim().to_owned())
        .collect()
}

#[test]
fn exports_are_exactly_the_declared_functions() {
    let o = Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(library())
        .output()
        .expect("run nm (binutils)");
    assert!(o.status.success(), "nm failed");
    let text = String::from_utf8_lossy(&o.stdout);
    let mut exported = BTreeSet::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (kind, name) = match fields.as_slice() {
            [_, kind, name] => (*kind, *name),
            [kind, name] => (*kind, *name),
            _ => panic!("unexpected nm line {line:?}"),
        };
        assert_eq!(
            kind, "T",
            "exported symbol {name} is not a function ({kind})"
        );
        exported.insert(name.to_owned());
    }
    let tapi = declared("tapi.h");
    let sim = declared("tapisim.h");
    assert!(tapi.len() >= 25 && sim.len() == 5, "{tapi:?} {sim:?}");
    let expected: BTreeSet<String> = tapi.union(&sim).cloned().collect();
    let extra: Vec<_> = exported.difference(&expected).collect();
    let missing: Vec<_> = expected.difference(&exported).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "exported but not declared: {extra:?}; declared but not exported: {missing:?}"
    );
}
