//! Secure execution: in a setuid program run by another user (`AT_SECURE`), the library
//! ignores every `TAPI32_*` variable. Run as root, the test makes its own setuid copy of
//! `tests/programs/secure_probe.c` (owned by `nobody`, mode 4755) and runs it as another
//! unprivileged user (`setpriv`) with `TAPI32_SCENARIO` naming a missing file,
//! `TAPI32_SIM_LINES=5`, `TAPI32_DOCTOR=1` and `TAPI32_REPORT`/`TAPI32_TRACE` naming
//! files in a world-writable directory: the program initializes on the default two
//! lines, no file appears and nothing is printed. The same program without the setuid
//! bit, run by the same user with the same environment, honours them all (the control).
//! Not root: the test says it was skipped.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;

/// The unprivileged user that runs the program (`daemon`), and the owner of the setuid
/// copy (`nobody`).
const RUNNER: u32 = 1;
const OWNER: u32 = 65534;

fn library() -> PathBuf {
    std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .join("libtapi32.so")
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn mode(p: &Path, m: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

/// Runs `prog` as [`RUNNER`] with the `TAPI32_*` variables pointing into `out`.
fn run_as_runner(prog: &Path, out: &Path) -> Output {
    Command::new("setpriv")
        .args([
            &format!("--reuid={RUNNER}"),
            &format!("--regid={RUNNER}"),
            "--clear-groups",
        ])
        .arg(prog)
        .env("TAPI32_SCENARIO", out.join("missing-scenario.toml"))
        .env("TAPI32_SIM_LINES", "5")
        .env("TAPI32_DOCTOR", "1")
        .env("TAPI32_REPORT", out.join("report.json"))
        .env("TAPI32_TRACE", out.join("trace.txt"))
        .output()
        .unwrap()
}

#[test]
fn a_setuid_program_ignores_every_tapi32_variable() {
    if !is_root() {
        support::report("secure_exec: skipped (not root: cannot make a setuid copy)");
        return;
    }
    if !Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        support::report("secure_exec: skipped (no setpriv to run as another user)");
        return;
    }
    // Everything under a directory every user can reach.
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("secure_exec");
    let _ = std::fs::remove_dir_all(&base);
    std::fs::create_dir_all(&base).unwrap();
    mode(&base, 0o755);
    let lib = base.join("libtapi32.so");
    std::fs::copy(library(), &lib).unwrap();
    mode(&lib, 0o755);
    support::soname_link(&base);
    let plain = base.join("secure_probe");
    let o = Command::new("cc")
        .args(["-std=c99", "-Wall", "-Wextra", "-Werror"])
        .arg("-I")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("include"))
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/secure_probe.c"))
        .arg("-o")
        .arg(&plain)
        .arg(format!("-L{}", base.display()))
        .arg(format!("-Wl,-rpath,{}", base.display()))
        .arg("-ltapi32")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    mode(&plain, 0o755);
    let setuid = base.join("secure_probe_setuid");
    std::fs::copy(&plain, &setuid).unwrap();
    std::os::unix::fs::chown(&setuid, Some(OWNER), Some(OWNER)).unwrap();
    mode(&setuid, 0o4755);

    let out_dir = |name: &str| {
        let d = base.join(name);
        std::fs::create_dir_all(&d).unwrap();
        mode(&d, 0o1777);
        d
    };

    // The control: not setuid, the variables are honoured.
    let control = out_dir("control");
    let o = run_as_runner(&plain, &control);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert!(
        out.starts_with(&format!("secure=0 ruid={RUNNER} euid={RUNNER}\n")),
        "{out}{err}"
    );
    assert!(
        out.contains("init=0x80000043"),
        "LINEERR_NODRIVER expected: {out}{err}"
    );
    assert!(err.contains("tapi32 doctor: lineShutdown"), "{err}");
    assert!(control.join("report.json").exists(), "{out}{err}");
    assert!(control.join("trace.txt").exists(), "{out}{err}");
    // The scenario ignored alone: TAPI32_SIM_LINES is honoured.
    let o = Command::new("setpriv")
        .args([
            &format!("--reuid={RUNNER}"),
            &format!("--regid={RUNNER}"),
            "--clear-groups",
        ])
        .arg(&plain)
        .env("TAPI32_SIM_LINES", "5")
        .output()
        .unwrap();
    assert!(
        text(&o.stdout).contains("init=0x00000000 lines=5"),
        "{}",
        text(&o.stdout)
    );

    // Setuid: AT_SECURE, and every variable ignored.
    let secure = out_dir("secure");
    let o = run_as_runner(&setuid, &secure);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(
        out.starts_with(&format!("secure=1 ruid={RUNNER} euid={OWNER}\n")),
        "{out}{err}"
    );
    assert!(out.contains("init=0x00000000 lines=2"), "{out}{err}");
    assert!(!err.contains("tapi32"), "{err}");
    assert_eq!(
        std::fs::read_dir(&secure).unwrap().count(),
        0,
        "a file appeared: {:?}",
        std::fs::read_dir(&secure).unwrap().collect::<Vec<_>>()
    );
    support::report("secure_exec: setuid copy run as uid 1: AT_SECURE, TAPI32_* ignored");
}
