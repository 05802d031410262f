//! `tapi-run` and the handle doctor, end to end, on C programs built here
//! (`tests/programs/`):
//!
//! * a program with exactly three handle mistakes gets exactly those three findings,
//!   with the right reasons, in the text on stderr and in the JSON report; `--strict`
//!   turns them into exit status 3;
//! * `LD_PRELOAD` interposition: a program linked against a stub `libtapi32.so` whose
//!   every function fails with `LINEERR_OPERATIONUNAVAIL` fails on its own and works
//!   through `tapi-run`;
//! * a scenario scripts the network (incoming calls answered by the line's phone, far
//!   ends that are busy, do not answer, answer and hang up, the line's phone dialling, a
//!   forced line close), and a bad scenario stops everything with its file and line;
//! * `--trace` traces every call.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use tapi32::report::{Reason, Report};

mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn work() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tapi_run");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The `libtapi32.so` cargo built for this run.
fn library() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().join("libtapi32.so")
}

/// Builds `tests/programs/NAME.c` against `lib_dir`'s `libtapi32.so`.
fn build(name: &str, lib_dir: &Path) -> PathBuf {
    let out = work().join(format!(
        "{name}-{}",
        lib_dir.file_name().unwrap().to_string_lossy()
    ));
    let o = Command::new("cc")
        .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-O1"])
        .arg("-I")
        .arg(root().join("include"))
        .arg(root().join("tests/programs").join(format!("{name}.c")))
        .arg("-o")
        .arg(&out)
        .arg("-L")
        .arg(lib_dir)
        .arg(format!("-Wl,-rpath,{}", lib_dir.display()))
        .arg("-ltapi32")
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "building {name}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

/// The `tapi-run` binary, for this run's profile. It is a package of its own (`tapi-run/`),
/// whose binary cargo builds only for that package's own tests: build it here (a no-op
/// when it is up to date).
fn tapi_run_exe() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| {
        // target/PROFILE/deps/tapi_run-HASH
        let exe = std::env::current_exe().unwrap();
        let profile_dir = exe.parent().unwrap().parent().unwrap();
        let profile = match profile_dir.file_name().unwrap().to_str().unwrap() {
            "debug" => "dev",
            p => p,
        };
        let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
        // With this run's cargo and build settings (not `support::nested_cargo`): a tapi32
        // built otherwise would replace `deps/libtapi32.so`, the library tested here.
        let o = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            .current_dir(root())
            .args(["build", "--quiet", "--message-format=json"])
            .args(["--bin", "tapi-run", "--profile", profile])
            .arg("--target-dir")
            .arg(target_dir)
            .output()
            .expect("run cargo");
        assert!(
            o.status.success(),
            "building tapi-run failed: {}",
            text(&o.stderr)
        );
        text(&o.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|m| m["target"]["name"] == "tapi-run")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo named no tapi-run executable")
    })
}

/// Runs `tapi-run ARGS`, with the library built for this run.
fn tapi_run(args: &[&str], extra_env: &[(&str, &str)]) -> Output {
    Command::new(tapi_run_exe())
        .args(args)
        .env("TAPI32_LIBRARY", library())
        .env_remove("LD_LIBRARY_PATH")
        .envs(extra_env.iter().copied())
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn three_mistakes_give_exactly_three_findings_in_text_and_json() {
    let lib_dir = library().parent().unwrap().to_path_buf();
    let prog = build("misuse", &lib_dir);
    let report = work().join("misuse.json");
    let _ = std::fs::remove_file(&report);
    let o = tapi_run(
        &[
            "--report",
            report.to_str().unwrap(),
            "--",
            prog.to_str().unwrap(),
        ],
        &[],
    );
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(text(&o.stdout).contains("misuse: done"));

    // The text findings, as they happened.
    let findings: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("tapi32 doctor: "))
        .collect();
    assert_eq!(findings.len(), 3, "{err}");
    assert!(
        findings[0].contains("lineGetCallInfoA: HCALL")
            && findings[0].ends_with("already deallocated")
    );
    assert!(
        findings[1].contains("lineGetCallInfoA: HCALL")
            && findings[1].ends_with("invalidated by lineClose of its line")
    );
    assert!(
        findings[2].starts_with("tapi32 doctor: lineShutdown: call handle")
            && findings[2].contains(
                "(call 1, line 0, IDLE, application \"Misuse Test\") was never deallocated"
            ),
        "{}",
        findings[2]
    );
    assert!(err.contains("tapi-run: 3 calls, 1 leaked call handle, 2 invalid handle uses, 0 lines closed with active calls"), "{err}");

    // The JSON report.
    let r: Report = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(r.calls, 3);
    assert_eq!(r.lines_closed_with_active_calls, 0);
    assert_eq!(r.leaked_call_handles.len(), 1);
    let leak = &r.leaked_call_handles[0];
    assert_eq!(
        (
            leak.call_id,
            leak.device,
            leak.state.as_str(),
            leak.app.as_str()
        ),
        (1, 0, "IDLE", "Misuse Test")
    );
    let reasons: Vec<(&str, Reason)> = r
        .invalid_handle_uses
        .iter()
        .map(|u| (u.function.as_str(), u.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("lineGetCallInfoA", Reason::Deallocated),
            ("lineGetCallInfoA", Reason::LineClosed)
        ]
    );
    // The raw JSON has the documented keys and reason names.
    let raw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    for key in [
        "leaked_call_handles",
        "invalid_handle_uses",
        "lines_closed_with_active_calls",
        "calls",
    ] {
        assert!(raw.get(key).is_some(), "no {key} in {raw}");
    }
    assert_eq!(raw["invalid_handle_uses"][1]["reason"], "line_closed");
    assert_eq!(raw["leaked_call_handles"][0]["hcall"], leak.hcall);
    assert_ne!(
        r.invalid_handle_uses[0].handle,
        r.invalid_handle_uses[1].handle
    );

    // --strict: misuse found, exit status 3.
    let o = tapi_run(&["--strict", "--", prog.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(3), "{}", text(&o.stderr));
}

/// A `libtapi32.so` whose every function (all the headers declare) fails with
/// `LINEERR_OPERATIONUNAVAIL`.
fn build_stub_library() -> PathBuf {
    let dir = work().join("stub");
    std::fs::create_dir_all(&dir).unwrap();
    let mut src = String::from("#include \"tapi.h\"\n#include \"tapisim.h\"\n");
    for header in ["tapi.h", "tapisim.h"] {
        let text = std::fs::read_to_string(root().join("include").join(header)).unwrap();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("\nLONG ") {
            let decl = &rest[at + 1..];
            let end = decl.find(");").unwrap();
            let proto = &decl[..end + 1];
            src.push_str(proto);
            src.push_str(" {\n");
            // Silence unused parameters.
            let params = &proto[proto.find('(').unwrap() + 1..proto.len() - 1];
            for p in params.split(',') {
                if let Some(name) = p
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '_')
                    .find(|s| !s.is_empty())
                {
                    if name != "void" {
                        src.push_str(&format!("  (void){name};\n"));
                    }
                }
            }
            src.push_str("  return (LONG)LINEERR_OPERATIONUNAVAIL;\n}\n");
            rest = &decl[end..];
        }
    }
    let c = dir.join("stub.c");
    std::fs::write(&c, src).unwrap();
    let o = Command::new("cc")
        // TAPI 1.4: no generic name is an A/W macro, so each prototype defines itself.
        .args([
            "-shared",
            "-fPIC",
            "-Wall",
            "-Werror",
            "-DTAPI_CURRENT_VERSION=0x00010004",
        ])
        .arg("-o")
        .arg(dir.join("libtapi32.so"))
        .arg("-I")
        .arg(root().join("include"))
        .arg(&c)
        .output()
        .unwrap();
    assert!(o.status.success(), "stub: {}", text(&o.stderr));
    dir
}

#[test]
fn ld_preload_wins_over_the_library_a_program_was_linked_against() {
    let stub = build_stub_library();
    let prog = build("uses_tapi", &stub);
    // On its own, the program gets the stub, every call of which fails.
    let o = Command::new(&prog)
        .env_remove("LD_LIBRARY_PATH")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stdout).contains("failed: 0x800000"),
        "{}",
        text(&o.stdout)
    );
    // Through tapi-run, the preloaded library answers.
    let o = tapi_run(&["--", prog.to_str().unwrap()], &[]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    assert!(text(&o.stdout).contains("uses_tapi: ok, called 5550100"));
    assert!(
        text(&o.stderr).contains("0 invalid handle uses"),
        "{}",
        text(&o.stderr)
    );
}

const SCENARIO: &str = r#"
[[line]]
name = "A"
[[line]]
name = "B"
number = "2000"

[[incoming]]
at_ms = 100
line = 0
caller_id = "111"
caller_name = "Ann"
answer_after_ms = 100
hangup_after_ms = 300

[[number]]
number = "222"
busy = true

[[number]]
number = "333"
no_answer = true

[[number]]
number = "444"
answer_after_ms = 100
hangup_after_ms = 100

[[outgoing]]
at_ms = 600
line = 1
number = "444"

[[close]]
at_ms = 1200
line = 1
"#;

#[test]
fn a_scenario_scripts_the_network() {
    let lib_dir = library().parent().unwrap().to_path_buf();
    let prog = build("scenario_probe", &lib_dir);
    let file = work().join("scenario.toml");
    std::fs::write(&file, SCENARIO).unwrap();
    let o = tapi_run(
        &[
            "--scenario",
            file.to_str().unwrap(),
            "--",
            prog.to_str().unwrap(),
            "1500",
            "222",
            "333",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    // Each call's events, in order (calls interleave in time).
    let mut calls: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut lines_closed = Vec::new();
    for l in out.lines() {
        let w: Vec<&str> = l.splitn(3, ' ').collect();
        match w.as_slice() {
            ["call", id, rest] => calls
                .entry(id.to_string())
                .or_default()
                .push(rest.to_string()),
            ["line", n, "closed"] => lines_closed.push(n.to_string()),
            _ => panic!("unexpected line {l:?}"),
        }
    }
    let busy = format!("BUSY/{}", 1);
    let expect = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        calls["1"],
        expect(&[
            "new line 0 from 1000 A to 222",
            "DIALING",
            "PROCEEDING",
            &busy
        ]),
        "{out}"
    );
    assert_eq!(
        calls["2"],
        expect(&[
            "new line 0 from 1000 A to 333",
            "DIALING",
            "PROCEEDING",
            "RINGBACK"
        ]),
        "{out}"
    );
    assert_eq!(
        calls["3"],
        expect(&[
            "new line 0 from 111 Ann to 1000",
            "OFFERING",
            "CONNECTED",
            "DISCONNECTED/1",
            "IDLE"
        ]),
        "{out}"
    );
    assert_eq!(
        calls["4"],
        expect(&[
            "new line 1 from 2000 B to 444",
            "DIALING",
            "PROCEEDING",
            "RINGBACK",
            "CONNECTED",
            "DISCONNECTED/1",
            "IDLE"
        ]),
        "{out}"
    );
    assert_eq!(calls.len(), 4, "{out}");
    assert_eq!(lines_closed, ["1"], "{out}");
}

#[test]
fn a_bad_scenario_stops_everything_with_file_and_line() {
    let file = work().join("bad.toml");
    std::fs::write(
        &file,
        "[[incoming]]\nat_ms = 5\nline = 0\n\n[[close]]\nat_ms = 9\nline = 4\n",
    )
    .unwrap();
    let err = refused_scenario(&file);
    assert!(err.contains("bad.toml:5: line 4 does not exist"), "{err}");
}

/// Runs a program under `tapi-run --scenario FILE`, which must refuse the scenario
/// (status 2) without running the program; returns what it printed.
fn refused_scenario(file: &Path) -> String {
    let lib_dir = library().parent().unwrap().to_path_buf();
    let prog = build("uses_tapi", &lib_dir);
    let marker = work().join(format!(
        "{}.marker",
        file.file_name().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_file(&marker);
    let o = tapi_run(
        &[
            "--scenario",
            file.to_str().unwrap(),
            "--",
            prog.to_str().unwrap(),
        ],
        &[("TAPI32_MARKER", marker.to_str().unwrap())],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!marker.exists(), "the program ran");
    text(&o.stderr)
}

#[test]
fn a_fifo_as_scenario_is_refused_at_once() {
    let fifo = work().join("fifo.toml");
    let _ = std::fs::remove_file(&fifo);
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    // Should tapi-run wait for a writer, this one comes after 20 s: a failure, not a hang.
    let writer = fifo.clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(20));
        let _ = std::fs::OpenOptions::new().write(true).open(writer);
    });
    let start = std::time::Instant::now();
    let err = refused_scenario(&fifo);
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "it waited"
    );
    assert!(err.contains("fifo.toml: not a regular file"), "{err}");
    let _ = std::fs::remove_file(&fifo);
}

#[test]
fn trace_prints_every_call_with_arguments_and_result() {
    let lib_dir = library().parent().unwrap().to_path_buf();
    let prog = build("uses_tapi", &lib_dir);
    let o = tapi_run(&["--trace", "--", prog.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(0));
    let err = text(&o.stderr);
    let traced: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("tapi32 trace: "))
        .collect();
    assert!(traced.iter().any(
        |l| l.starts_with("tapi32 trace: lineInitializeExA(lphLineApp=0x") && l.ends_with(") = 0")
    ));
    assert!(traced
        .iter()
        .any(|l| l.starts_with("tapi32 trace: lineMakeCallA(hLine=0x")));
    assert!(traced.iter().any(
        |l| l.starts_with("tapi32 trace: lineDeallocateCall(hCall=0x") && l.ends_with(") = 0")
    ));
    assert!(
        traced.iter().any(|l| l.contains("lineGetMessage(")
            && l.ends_with("= LINEERR_OPERATIONFAILED (0x80000048)")),
        "{err}"
    );
    assert!(traced.len() >= 8, "{err}");
}

/// Dispatcher mode: a callback and the main thread in a lock cycle. `lineClose` gives up
/// after the bound instead of hanging, and the doctor reports the expired wait, in text
/// and JSON, and `--strict` counts it as misuse.
#[test]
fn a_callback_lock_cycle_is_bounded_and_reported() {
    let lib_dir = library().parent().unwrap().to_path_buf();
    let prog = build("lock_cycle", &lib_dir);
    let report = work().join("lock_cycle.json");
    let _ = std::fs::remove_file(&report);
    let start = std::time::Instant::now();
    let o = tapi_run(
        &[
            "--strict",
            "--report",
            report.to_str().unwrap(),
            "--",
            prog.to_str().unwrap(),
        ],
        &[],
    );
    let err = text(&o.stderr);
    assert!(
        start.elapsed() < std::time::Duration::from_secs(20),
        "{err}"
    );
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        text(&o.stdout).contains("lock cycle: lineClose returned"),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.starts_with("tapi32 doctor: lineClose: gave up after")
                && l.contains("a likely lock cycle")),
        "{err}"
    );
    assert!(
        err.contains("1 function call gave up waiting for a callback"),
        "{err}"
    );
    let r: Report = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(r.callback_waits_expired, 1);
    assert!(r.invalid_handle_uses.is_empty() && r.leaked_call_handles.is_empty());
}
