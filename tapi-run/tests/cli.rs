//! The command line of the built `tapi-run`: help and version on stdout with status 0,
//! usage errors on stderr with status 2 and nothing run. (`tests/tapi_run.rs` at the
//! workspace's root runs programs through it.)

use std::process::{Command, Output};

fn tapi_run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tapi-run"))
        .args(args)
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn help_and_version_go_to_stdout_with_status_0() {
    for flag in ["--help", "-h"] {
        let o = tapi_run(&[flag]);
        assert_eq!(o.status.code(), Some(0), "{flag}");
        let out = text(&o.stdout);
        assert!(
            out.contains(
                "Usage: tapi-run [--scenario FILE] [--report FILE] [--html FILE] [--trace] [--strict] \
                 [--wine] -- PROGRAM [ARGS...]"
            ),
            "{out}"
        );
        assert!(out.contains("--strict"), "{out}");
        assert!(out.contains("--wine"), "{out}");
        assert!(o.stderr.is_empty());
    }
    let o = tapi_run(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        text(&o.stdout).trim(),
        format!("tapi-run {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_2_and_run_nothing() {
    let marker = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-ran.marker");
    let _ = std::fs::remove_file(&marker);
    let touch = marker.to_str().unwrap();
    let scenario_missing = "--scenario=/nonexistent/tapi-run-scenario.toml";
    for (args, says) in [
        (
            vec!["--bogus", "--", "touch", touch],
            "unexpected argument '--bogus'",
        ),
        (
            vec!["--report"],
            "a value is required for '--report <FILE>'",
        ),
        (vec!["--strict"], "required arguments were not provided"),
        (
            vec!["--trace", "--"],
            "required arguments were not provided",
        ),
        (
            vec![scenario_missing, "--", "touch", touch],
            "tapi-run: /nonexistent/tapi-run-scenario.toml: No such file",
        ),
    ] {
        let o = tapi_run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            text(&o.stderr).contains(says),
            "{args:?}: {}",
            text(&o.stderr)
        );
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(!marker.exists(), "{args:?} ran the program");
    }
}

/// `--wine` refuses, with status 2 and a clear message, a missing file, a Linux program,
/// and any program when Wine is not installed; nothing runs.
#[test]
fn wine_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("prog.exe");
    std::fs::write(&exe, b"MZ\x90\0not really a program").unwrap();
    let missing = dir.path().join("missing.exe");
    // (program, PATH, what stderr says): a PATH without wine for the last.
    let path = std::env::var_os("PATH").unwrap_or_default();
    let no_wine = dir.path().as_os_str().to_owned();
    let cases = [
        (
            missing.to_str().unwrap(),
            &path,
            "missing.exe: No such file",
        ),
        ("/bin/true", &path, "/bin/true is a Linux (ELF) program"),
        (exe.to_str().unwrap(), &no_wine, "Wine is not installed"),
    ];
    for (program, path, expected) in cases {
        let o = Command::new(env!("CARGO_BIN_EXE_tapi-run"))
            .args(["--wine", "--", program])
            .env_remove("TAPI32_WINE")
            .env("PATH", path)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{program}");
        let err = text(&o.stderr);
        assert!(
            err.starts_with("tapi-run: ") && err.contains(expected),
            "{program}: {err}"
        );
        assert!(o.stdout.is_empty());
    }
}
