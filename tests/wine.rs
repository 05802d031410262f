//! tapi32.dll under Wine: the library built for Windows (`x86_64-pc-windows-gnu`, a nested
//! cargo into `target/windows`), Windows programs built with `x86_64-w64-mingw32-gcc`
//! against mingw-w64's own `<windows.h>` and `<tapi.h>` and the DLL's import library, run
//! under Wine with the DLL beside them and `WINEDLLOVERRIDES=tapi32=n`.
//!
//! * the legacy-style programs of `c-tests-win/` (a message loop with the request-ID
//!   idiom, a nested loop in a callback, USEEVENT with `WaitForSingleObject`, TAPI 1.4,
//!   `LoadLibrary` + `GetProcAddress`, a program that never pumps) print exactly the lines
//!   their Linux build prints against `libtapi32.so`;
//! * a set of the C conformance programs of `c-tests/` (through `c-tests-win/shim/` for
//!   `common.h`'s `<poll.h>` and `setenv`, which mingw-w64 lacks) pass, printing `ok`
//!   as on Linux;
//! * the control run: the same `.exe` with Wine's builtin tapi32 (`tapi32=b`) sees what
//!   Wine's stub gives (no line devices), and the request-ID program fails: the other
//!   runs used this project's DLL.
//!
//! Wine (`wine64`) and mingw-w64 must be installed (`cargo xtask test` installs them, as root). One
//! Wine prefix (under the test's temporary directory) serves every run of the process;
//! its first start takes 20-60 s.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

mod support;

const TARGET: &str = "x86_64-pc-windows-gnu";
const MINGW_CC: &str = "x86_64-w64-mingw32-gcc";

/// The conformance programs of `c-tests/` run under Wine: ones using only `tapi.h`,
/// `tapisim.h` and `common.h`'s TAPI helpers, and no structure size of an earlier TAPI
/// version (mingw-w64's `tapi.h` ignores `TAPI_CURRENT_VERSION`: its structures are
/// always the full 3.1 ones).
const CONFORMANCE: &[&str] = &[
    "r00_handle_kinds_not_interchangeable",
    "r00_lineerr_raw_compare",
    "r01_makecall_errors",
    "r01_makecall_reply_and_states",
    "r03_dealloc_invalid_handles",
    "r07_callinfo_fixed_size_by_version",
    "r07_callinfo_strings_a_w",
    "r08_owner_answer_drop",
    "r09_initializeex_options",
];

/// The legacy-style programs of `c-tests-win/` whose Linux and Wine outputs must match.
const LEGACY: &[&str] = &[
    "win_message_loop",
    "win_nested_loop",
    "win_useevent",
    "win_tapi14",
    "win_getprocaddress",
    "win_no_pump",
    "win_what_tapi_sees",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn work() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wine");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Wine, mingw-w64 and the Rust target; the Wine prefix, started once.
fn ensure_tools() -> &'static Path {
    static PREFIX: OnceLock<PathBuf> = OnceLock::new();
    PREFIX.get_or_init(|| {
        support::ensure_packages("Wine", support::runs("wine", &["--version"]), &["wine64"]);
        support::ensure_packages(
            "mingw-w64",
            support::runs(MINGW_CC, &["--version"]),
            &["gcc-mingw-w64-x86-64", "mingw-w64-common"],
        );
        support::ensure_rust_target(TARGET);
        let prefix = work().join("prefix");
        let started = std::time::Instant::now();
        let o = wine_command(&prefix, "wineboot", "n")
            .arg("--init")
            .output()
            .expect("wineboot runs");
        assert!(o.status.success(), "wineboot: {}", text(&o.stderr));
        support::report(&format!(
            "wine: prefix ready in {:.1} s",
            started.elapsed().as_secs_f64()
        ));
        prefix
    })
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A Wine command in `prefix`, headless and quiet, with tapi32 `override` (`n`: the
/// DLL beside the program; `b`: Wine's builtin).
fn wine_command(prefix: &Path, program: &str, over: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.env("WINEPREFIX", prefix)
        .env("WINEDEBUG", "-all")
        .env("DISPLAY", "")
        .env("WINEDLLOVERRIDES", format!("tapi32={over}"));
    cmd
}

/// `tapi32.dll` and its import library, built for Windows (once per process), with
/// `c-tests-win/bcryptprimitives.c` built beside it (Wine 8 lacks that DLL, which Rust's
/// standard library imports). `TAPI32_DLL` names a DLL built already (its import library
/// beside it) instead.
fn windows_dll() -> &'static (PathBuf, PathBuf) {
    static DLL: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    DLL.get_or_init(|| {
        ensure_tools();
        let dir = match std::env::var_os("TAPI32_DLL") {
            // A DLL built already (its import library beside it).
            Some(dll) => PathBuf::from(dll).parent().unwrap().to_path_buf(),
            None => build_dll(),
        };
        let (dll, import) = (dir.join("tapi32.dll"), dir.join("libtapi32.dll.a"));
        assert!(
            dll.exists() && import.exists(),
            "no tapi32.dll in {}",
            dir.display()
        );
        let o = Command::new(MINGW_CC)
            .args(["-Wall", "-Wextra", "-Werror", "-shared", "-O2", "-o"])
            .arg(dir.join("bcryptprimitives.dll"))
            .arg(root().join("c-tests-win/bcryptprimitives.c"))
            .arg("-lbcrypt")
            .output()
            .expect("mingw-w64's gcc runs");
        assert!(
            o.status.success(),
            "bcryptprimitives.dll: {}",
            text(&o.stderr)
        );
        (dll, import)
    })
}

/// Builds `tapi32.dll` for Windows with a nested cargo into `target/windows`; returns
/// its folder.
fn build_dll() -> PathBuf {
    let target_dir = root().join("target/windows");
    let o = support::nested_cargo(&root())
        .args(["build", "--lib", "--target", TARGET, "--target-dir"])
        .arg(&target_dir)
        .output()
        .expect("cargo runs");
    assert!(
        o.status.success(),
        "cargo build --target {TARGET} failed:\n{}",
        text(&o.stderr)
    );
    target_dir.join(TARGET).join("debug")
}

/// Builds `src` for Windows into a run directory of `test`'s (the program and
/// `tapi32.dll` beside it); returns the program.
fn build_exe(test: &str, src: &Path, extra: &[&str]) -> PathBuf {
    let (dll, import) = windows_dll();
    let name = src.file_stem().unwrap().to_string_lossy().into_owned();
    let dir = work().join(test).join(&name);
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["tapi32.dll", "bcryptprimitives.dll"] {
        std::fs::copy(dll.with_file_name(name), dir.join(name)).unwrap();
    }
    let exe = dir.join(format!("{name}.exe"));
    let o = Command::new(MINGW_CC)
        .args(["-Wall", "-Wextra", "-Werror", "-O1"])
        .args(extra)
        .arg("-idirafter")
        .arg(root().join("include"))
        .arg(src)
        .arg("-o")
        .arg(&exe)
        .arg(import)
        .output()
        .expect("mingw-w64's gcc runs");
    assert!(
        o.status.success(),
        "building {name}.exe: {}",
        text(&o.stderr)
    );
    exe
}

/// Builds `src` for Linux against this run's `libtapi32.so`, as a legacy program builds.
fn build_linux(src: &Path) -> PathBuf {
    let lib_dir = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    let out = work().join("linux").join(src.file_stem().unwrap());
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let o = Command::new("cc")
        .args(["-Wall", "-Wextra", "-Werror", "-O1", "-I"])
        .arg(root().join("include/win32"))
        .arg("-I")
        .arg(root().join("include"))
        .arg(src)
        .arg("-o")
        .arg(&out)
        .arg("-L")
        .arg(&lib_dir)
        .arg(format!("-Wl,-rpath,{}", lib_dir.display()))
        .args(["-ltapi32", "-ldl"])
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "building {}: {}",
        src.display(),
        text(&o.stderr)
    );
    out
}

/// Runs `exe` under Wine with tapi32 `over`ridden, in its own directory.
fn run_wine(exe: &Path, over: &str) -> Output {
    wine_command(ensure_tools(), "wine", over)
        .arg(exe)
        .current_dir(exe.parent().unwrap())
        .env_remove("TAPI32_SCENARIO")
        .output()
        .expect("wine runs")
}

/// stdout's lines, without Windows' carriage returns.
fn lines(o: &Output) -> Vec<String> {
    text(&o.stdout)
        .lines()
        .map(|l| l.trim_end_matches('\r').to_owned())
        .collect()
}

#[test]
fn legacy_windows_programs_print_under_wine_what_they_print_on_linux() {
    for name in LEGACY {
        let src = root().join("c-tests-win").join(format!("{name}.c"));
        let linux = Command::new(build_linux(&src)).output().unwrap();
        let wine = run_wine(&build_exe("legacy", &src, &[]), "n");
        let expected = lines(&linux);
        assert!(linux.status.success(), "{name} on Linux: {expected:?}");
        assert_eq!(
            lines(&wine),
            expected,
            "{name} under Wine (stderr: {})",
            text(&wine.stderr)
        );
        assert_eq!(wine.status.code(), Some(0), "{name} under Wine");
        support::report(&format!(
            "wine: {name}.exe printed the {} lines of its Linux build",
            expected.len()
        ));
    }
}

#[test]
fn conformance_programs_pass_under_wine() {
    for name in CONFORMANCE {
        // Built from a copy of the program and of c-tests/common.h; `<poll.h>` and
        // `setenv` come from the shim.
        let dir = work().join("conformance-src");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(root().join("c-tests/common.h"), dir.join("common.h")).unwrap();
        let src = dir.join(format!("{name}.c"));
        std::fs::copy(root().join("c-tests").join(format!("{name}.c")), &src).unwrap();
        let shim = root().join("c-tests-win/shim");
        let exe = build_exe(
            "conformance",
            &src,
            &[
                "-I",
                shim.to_str().unwrap(),
                "-include",
                shim.join("posix.h").to_str().unwrap(),
            ],
        );
        let o = run_wine(&exe, "n");
        assert!(
            o.status.success() && lines(&o) == ["ok"],
            "{name} under Wine: {:?}\n{}",
            lines(&o),
            text(&o.stderr)
        );
    }
    support::report(&format!(
        "wine: {} conformance programs of c-tests/ pass under Wine",
        CONFORMANCE.len()
    ));
}

/// The control run: the same programs with Wine's builtin tapi32 see something else, so
/// the runs above used this project's DLL.
#[test]
fn wines_builtin_tapi32_gives_other_results() {
    let src = root().join("c-tests-win/win_what_tapi_sees.c");
    let exe = build_exe("control", &src, &[]);
    let ours = lines(&run_wine(&exe, "n"));
    let builtin = lines(&run_wine(&exe, "b"));
    assert_eq!(ours[0], "lineInitializeExA: 0, 2 line devices");
    assert_eq!(
        builtin[0], "lineInitializeExA: 0, 0 line devices",
        "{builtin:?}"
    );
    assert_ne!(ours, builtin);
    // The request-ID program fails with it: Wine's builtin has no line device (nor any
    // tapisim* function: Wine stubs the missing imports).
    let exe = build_exe(
        "control",
        &root().join("c-tests-win/win_message_loop.c"),
        &[],
    );
    let o = run_wine(&exe, "b");
    assert!(!o.status.success(), "{:?}", lines(&o));
    assert_eq!(lines(&o)[0], "devices: 0");
    support::report("wine: with Wine's builtin tapi32 the same programs see 0 line devices");
    for (a, b) in ours.iter().zip(&builtin) {
        support::report(&format!("  {a:<52} | {b}"));
    }
}

/// `tapi-run --wine` on the demo's call logger built for Windows: the program's five
/// calls and the doctor's one finding, in the summary and the JSON report, as on Linux.
#[test]
fn tapi_run_wine_reports_on_a_windows_program() {
    let (dll, _) = windows_dll();
    let exe = build_exe("tapi_run", &root().join("examples/call_logger.c"), &[]);
    let report = exe.with_file_name("report.json");
    // With this run's cargo and profile, so the library is not rebuilt otherwise.
    let o = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(root())
        .args([
            "run", "--quiet", "-p", "tapi-run", "--", "--wine", "--report",
        ])
        .arg(&report)
        .arg("--")
        .arg(&exe)
        .arg("5")
        .env("TAPI32_DLL", dll)
        .env("WINEPREFIX", ensure_tools())
        .env("DISPLAY", "")
        .env_remove("TAPI32_SCENARIO")
        .output()
        .expect("cargo runs");
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        lines(&o)
            .contains(&"call logger: 5 call(s) logged, 5 handle(s) deallocated, 0 error(s)".into()),
        "{:?}",
        lines(&o)
    );
    assert!(
        err.contains(
            "tapi-run: 5 calls, 0 leaked call handles, 1 invalid handle use, 0 lines closed \
             with active calls\n  invalid: lineClose(0x00200003): provider_closed\n"
        ),
        "{err}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(json["calls"], 5);
    assert_eq!(json["invalid_handle_uses"][0]["reason"], "provider_closed");
    support::report("wine: tapi-run --wine on call_logger.exe: 5 calls, 1 finding, report written");
}
