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
//! * `--trace` traces every call;
//! * the report: `--report` resolved before the program runs (a program that changes
//!   directory), an unwritable `--report` stops everything, an install path with spaces
//!   and colons, a private report directory (mode 0700, removed after), a program that
//!   makes no TAPI call, `--strict` without a report, cleanup in `atexit` handlers not
//!   taken for a leak, symbolic links at `TAPI32_REPORT`/`TAPI32_TRACE` not followed;
//! * `--help`, `--version` and the `--option=value` forms of the built binary.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tapi32::report::{Reason, Report};

#[path = "support/programs.rs"]
mod programs;
mod support;
use programs::{build, library, program, root, tapi_run_exe, text, work};

/// Runs `tapi-run ARGS`, with the library built for this run.
fn tapi_run(args: &[&str], extra_env: &[(&str, &str)]) -> Output {
    tapi_run_with(tapi_run_cmd(), args, extra_env)
}

fn tapi_run_cmd() -> Command {
    let mut cmd = Command::new(tapi_run_exe());
    cmd.env("TAPI32_LIBRARY", library())
        .env_remove("LD_LIBRARY_PATH");
    cmd
}

fn tapi_run_with(mut cmd: Command, args: &[&str], extra_env: &[(&str, &str)]) -> Output {
    cmd.args(args)
        .envs(extra_env.iter().copied())
        .output()
        .unwrap()
}

/// Builds `tests/programs/NAME.c` against this run's library and runs
/// `tapi-run OPTIONS --report WORK/NAME.json -- PROGRAM`; returns the output, the report
/// path and the program.
fn run_with_report(name: &str, options: &[&str]) -> (Output, PathBuf, PathBuf) {
    let prog = program(name);
    let (o, report) = run_reporting(name, options, &[prog.to_str().unwrap()]);
    (o, report, prog)
}

/// Runs `tapi-run OPTIONS --report WORK/NAME.json -- COMMAND...` (the report removed
/// first); returns the output and the report path.
fn run_reporting(name: &str, options: &[&str], command: &[&str]) -> (Output, PathBuf) {
    let report = work().join(format!("{name}.json"));
    let _ = std::fs::remove_file(&report);
    let mut args = options.to_vec();
    args.extend(["--report", report.to_str().unwrap(), "--"]);
    args.extend(command);
    (tapi_run(&args, &[]), report)
}

#[test]
fn three_mistakes_give_exactly_three_findings_in_text_and_json() {
    let (o, report, prog) = run_with_report("misuse", &[]);
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
    let prog = program("scenario_probe");
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
    let prog = program("uses_tapi");
    let file = work().join("bad.toml");
    std::fs::write(
        &file,
        "[[incoming]]\nat_ms = 5\nline = 0\n\n[[close]]\nat_ms = 9\nline = 4\n",
    )
    .unwrap();
    let err = stops_before_running(&prog, &format!("--scenario={}", file.display()));
    assert!(err.contains("bad.toml:5: line 4 does not exist"), "{err}");
}

/// Runs `tapi-run OPTION -- PROG` (a `uses_tapi`), which must exit with status 2
/// without running the program; returns what it said.
fn stops_before_running(prog: &Path, option: &str) -> String {
    let marker = work().join("ran.marker");
    let _ = std::fs::remove_file(&marker);
    let o = tapi_run(
        &[option, "--", prog.to_str().unwrap()],
        &[("TAPI32_MARKER", marker.to_str().unwrap())],
    );
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{option}: {err}");
    assert!(!marker.exists(), "{option}: the program ran");
    err
}

#[test]
fn a_fifo_as_scenario_is_refused_at_once() {
    let prog = program("uses_tapi");
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
    let err = stops_before_running(&prog, &format!("--scenario={}", fifo.display()));
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "it waited"
    );
    assert!(err.contains("fifo.toml: not a regular file"), "{err}");
    let _ = std::fs::remove_file(&fifo);
}

#[test]
fn trace_prints_every_call_with_arguments_and_result() {
    let prog = program("uses_tapi");
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
    // Built before the clock starts: only the run itself is bounded. The bound is far
    // above the library's own wait (a few seconds), so it catches a hang, not a busy
    // machine.
    let prog = program("lock_cycle");
    let start = std::time::Instant::now();
    let (o, report) = run_reporting("lock_cycle", &["--strict"], &[prog.to_str().unwrap()]);
    let err = text(&o.stderr);
    assert!(
        start.elapsed() < std::time::Duration::from_secs(60),
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

/// A fresh directory under the test's work directory.
fn fresh_dir(name: &str) -> PathBuf {
    let d = work().join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn read_report(path: &Path) -> Report {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A relative `--report` is resolved before the program runs: a program that changes
/// directory still gets its report where `tapi-run` was asked to put it.
#[test]
fn a_relative_report_survives_a_program_changing_directory() {
    let prog = program("uses_tapi");
    let dir = fresh_dir("chdir");
    let elsewhere = fresh_dir("chdir-elsewhere");
    let mut cmd = tapi_run_cmd();
    cmd.current_dir(&dir);
    let o = tapi_run_with(
        cmd,
        &[
            "--strict",
            "--report",
            "rel.json",
            "--",
            prog.to_str().unwrap(),
        ],
        &[("TAPI32_CHDIR", elsewhere.to_str().unwrap())],
    );
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(text(&o.stdout).contains("uses_tapi: ok"), "{err}");
    let r = read_report(&dir.join("rel.json"));
    assert_eq!(r.calls, 1);
    assert!(r.api_calls >= 6, "{r:?}");
    assert!(
        err.contains(&format!("report in {}", dir.join("rel.json").display())),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
}

/// An unwritable `--report` is an error before the program runs.
#[test]
fn an_unwritable_report_path_stops_everything() {
    let prog = program("uses_tapi");
    let dir = fresh_dir("unwritable");
    let bad = dir.join("no-such-dir/r.json");
    let err = stops_before_running(&prog, &format!("--report={}", bad.display()));
    let says = format!("tapi-run: cannot write the report to {}", bad.display());
    assert!(err.contains(&says), "{err}");
    // A directory is no report file either.
    let err = stops_before_running(&prog, &format!("--report={}", dir.display()));
    assert!(err.contains("Is a directory"), "{err}");
}

/// An install path with spaces and colons (which `LD_PRELOAD` splits) works: the child
/// preloads the library through a link in its private directory, mode 0700, removed
/// after. A program that loads the library but makes no TAPI call gets a report that
/// says so, and no blame for being statically linked.
#[test]
fn install_paths_with_spaces_and_colons_and_a_program_without_tapi_calls() {
    let prog = program("no_tapi");
    let odd = fresh_dir("odd install").join("a dir:with colons");
    std::fs::create_dir_all(&odd).unwrap();
    std::fs::copy(library(), odd.join("libtapi32.so")).unwrap();
    let lib = odd.join("libtapi32.so");
    let report = work().join("no_tapi.json");
    let _ = std::fs::remove_file(&report);
    let mut cmd = tapi_run_cmd();
    // $TMPDIR with a space too: the private directory goes to /tmp instead.
    cmd.env("TAPI32_LIBRARY", &lib)
        .env("TMPDIR", odd.parent().unwrap());
    let o = tapi_run_with(
        cmd,
        &[
            "--strict",
            &format!("--report={}", report.display()),
            "--",
            prog.to_str().unwrap(),
        ],
        &[],
    );
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(
        !err.contains("cannot be preloaded") && !err.contains("ERROR: ld.so"),
        "{err}"
    );
    assert!(
        err.contains("loaded libtapi32 but made no TAPI call"),
        "{err}"
    );
    assert!(
        !err.contains("dynamically linked") && !err.contains("no report"),
        "{err}"
    );
    let r = read_report(&report);
    assert_eq!((r.api_calls, r.calls), (0, 0));
    // The child's view: one preload entry, in a private directory of its own.
    let field = |k: &str| {
        out.lines()
            .find_map(|l| l.strip_prefix(k))
            .unwrap_or_else(|| panic!("no {k} in {out}"))
            .to_owned()
    };
    let child_report = PathBuf::from(field("report="));
    let preload = field("preload=");
    assert!(!preload.contains([' ', ':']), "{preload}");
    let private = child_report.parent().unwrap();
    assert_eq!(
        private.parent(),
        Some(Path::new("/tmp")),
        "{}",
        private.display()
    );
    assert_eq!(Path::new(&preload).parent().unwrap(), private);
    assert!(
        std::fs::canonicalize(&preload).is_err(),
        "the private directory {} was not removed",
        private.display()
    );
    assert!(!private.exists());
    let mode = field("dir_mode=");
    assert!(mode.starts_with("700 dir_uid="), "{mode}");
    let ids: Vec<&str> = mode.split(' ').collect();
    assert_eq!(
        ids[1].strip_prefix("dir_uid="),
        ids[2].strip_prefix("my_uid="),
        "{mode}"
    );
}

/// `--strict` fails (status 4) when no report was produced, and `tapi-run` says why.
#[test]
fn strict_fails_without_a_report() {
    let o = tapi_run(&["--", "sh", "-c", "kill -9 $$"], &[]);
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(137), "{err}");
    assert!(
        err.contains("tapi-run: no report: the program was ended by signal 9"),
        "{err}"
    );
    let (o, report) = run_reporting("killed", &["--strict"], &["sh", "-c", "kill -9 $$"]);
    assert_eq!(o.status.code(), Some(4), "{}", text(&o.stderr));
    assert!(!report.exists(), "an empty report file was left behind");
    // A program the library is not loaded into: statically linked (when the C library
    // can be linked statically here).
    let src = work().join("static_prog.c");
    std::fs::write(&src, "int main(void) { return 0; }\n").unwrap();
    let exe = work().join("static_prog");
    if Command::new("cc")
        .arg("-static")
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .status()
        .is_ok_and(|s| s.success())
    {
        let o = tapi_run(&["--strict", "--", exe.to_str().unwrap()], &[]);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(4), "{err}");
        assert!(
            err.contains("tapi-run: no report: libtapi32 was not loaded into the program"),
            "{err}"
        );
    } else {
        support::report("tapi_run: no static C library: statically linked case skipped");
    }
}

/// Cleanup a program registers with `atexit` before its first TAPI call runs before the
/// doctor's leak check: no leak is reported.
#[test]
fn atexit_cleanup_runs_before_the_leak_check() {
    let (o, report, _) = run_with_report("atexit_cleanup", &["--strict"]);
    let (out, err) = (text(&o.stdout), text(&o.stderr));
    assert_eq!(o.status.code(), Some(0), "{out}{err}");
    assert!(out.contains("atexit_cleanup: cleanup 0 0 0"), "{out}");
    assert!(!err.contains("never deallocated"), "{err}");
    let r = read_report(&report);
    assert!(r.leaked_call_handles.is_empty(), "{r:?}");
    assert_eq!(r.calls, 1);
    assert!(r.invalid_handle_uses.is_empty(), "{r:?}");
}

/// `TAPI32_REPORT` and `TAPI32_TRACE` at a planted symbolic link: the link is not
/// followed, its target is unchanged, and the program is told.
#[test]
fn symlinks_at_the_report_and_trace_paths_are_not_followed() {
    let prog = program("uses_tapi");
    let dir = fresh_dir("symlinks");
    let victim = dir.join("victim");
    std::fs::write(&victim, "precious\n").unwrap();
    let (report, trace) = (dir.join("report.json"), dir.join("trace.txt"));
    std::os::unix::fs::symlink(&victim, &report).unwrap();
    std::os::unix::fs::symlink(&victim, &trace).unwrap();
    let o = Command::new(&prog)
        .env("TAPI32_REPORT", &report)
        .env("TAPI32_TRACE", &trace)
        .output()
        .unwrap();
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(std::fs::symlink_metadata(&report).unwrap().is_symlink());
    assert!(
        err.contains(&format!("cannot write the report to {}", report.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("cannot create the trace file {}", trace.display())),
        "{err}"
    );
    // The trace fell back to stderr.
    assert!(err.contains("tapi32 trace: lineMakeCallA("), "{err}");
    // An existing plain file is not written over either; a fresh path is created, 0600.
    let fresh = dir.join("fresh.json");
    let o = Command::new(&prog)
        .env("TAPI32_REPORT", &fresh)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&fresh).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let first = std::fs::read_to_string(&fresh).unwrap();
    std::fs::write(&fresh, "mine\n").unwrap();
    let o = Command::new(&prog)
        .env("TAPI32_REPORT", &fresh)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&fresh).unwrap(), "mine\n");
    assert!(first.contains("\"api_calls\""), "{first}");
}

/// The built binary: `--help` on stdout with status 0, `--version`, and the
/// `--option=value` forms (the scenario and the report).
#[test]
fn help_version_and_equals_forms() {
    for (flag, says) in [("--help", "Usage: tapi-run"), ("--version", "tapi-run 0.")] {
        let o = tapi_run(&[flag], &[]);
        let out = text(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{flag}");
        assert!(out.starts_with(says) || out.contains(says), "{flag}: {out}");
        assert!(o.stderr.is_empty(), "{flag}");
    }
    let prog = program("scenario_probe");
    let file = work().join("equals.toml");
    std::fs::write(&file, SCENARIO).unwrap();
    let report = work().join("equals.json");
    let _ = std::fs::remove_file(&report);
    let o = tapi_run(
        &[
            &format!("--scenario={}", file.display()),
            &format!("--report={}", report.display()),
            "--",
            prog.to_str().unwrap(),
            "700",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    // The scenario's incoming call from "Ann" reached the program.
    assert!(
        text(&o.stdout).contains("from 111 Ann to 1000"),
        "{}",
        text(&o.stdout)
    );
    assert!(read_report(&report).calls >= 1);
}

/// A shell script under `tapi-run`: every process of the tree loads the library and
/// writes a report at exit. A helper that made no TAPI call and finished first does
/// not keep the TAPI program's report out, and the shell, finishing last, does not
/// replace it.
#[test]
fn a_script_keeps_the_report_of_its_tapi_program() {
    let (helper, prog) = (program("no_tapi"), program("uses_tapi"));
    let script = format!(
        "{} >/dev/null && {} && {} >/dev/null",
        helper.display(),
        prog.display(),
        helper.display()
    );
    let (o, report) = run_reporting("script", &["--strict"], &["sh", "-c", &script]);
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(text(&o.stdout).contains("uses_tapi: ok"), "{err}");
    assert!(!err.contains("made no TAPI call"), "{err}");
    assert!(!err.contains("cannot write the report"), "{err}");
    let r = read_report(&report);
    assert_eq!(r.calls, 1, "{r:?}");
    assert!(r.api_calls >= 6, "{r:?}");
}
