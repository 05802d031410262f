//! The library exports exactly the functions its headers declare (the TAPI functions of
//! `include/tapi.h`, the `tapisim*` functions of `include/tapisim.h`, the `tapi32*`
//! extensions of `include/tapi32ext.h` and the `tapi32_*` Win32 message loop of
//! `include/win32/tapi32_win32.h`) and no other symbol: no Rust internals and no plain
//! Win32 name leak into the program's namespace (`build.rs` links with a version
//! script).

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

/// Functions a header declares (`TYPE name(` at the start of a line).
fn declared(header: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("include").join(header)).unwrap();
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()) && !l.starts_with("typedef"))
        .filter_map(|l| l.split_once('('))
        .filter_map(|(head, _)| head.rsplit([' ', '*']).next())
        .map(str::to_owned)
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
    let ext = declared("tapi32ext.h");
    let win32 = declared("win32/tapi32_win32.h");
    assert!(tapi.len() >= 25 && sim.len() == 6, "{tapi:?} {sim:?}");
    assert!(ext.contains("tapi32SetCallbackThread"), "{ext:?}");
    assert!(
        win32.contains("tapi32_GetMessageA") && win32.len() >= 20,
        "{win32:?}"
    );
    let expected: BTreeSet<String> = [tapi, sim, ext, win32].into_iter().flatten().collect();
    let plain: Vec<_> = exported
        .iter()
        .filter(|n| !["line", "phone", "tapi"].iter().any(|p| n.starts_with(p)))
        .collect();
    assert!(
        plain.is_empty(),
        "exports without a TAPI or tapi32 prefix: {plain:?}"
    );
    let extra: Vec<_> = exported.difference(&expected).collect();
    let missing: Vec<_> = expected.difference(&exported).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "exported but not declared: {extra:?}; declared but not exported: {missing:?}"
    );
}
