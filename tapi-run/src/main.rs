//! `tapi-run`: runs an unmodified, dynamically linked TAPI program on a scripted
//! telephone network with the handle doctor on, then sums up what it found.
//!
//! ```text
//! tapi-run [--scenario FILE] [--report FILE] [--trace] [--strict] -- PROGRAM [ARGS...]
//! ```
//!
//! The program runs with `libtapi32.so` preloaded (`LD_PRELOAD`, so it wins over any other
//! `libtapi32.so` the program was linked against), the scenario (default: the embedded
//! one) and the doctor's findings on. Exit status: the program's (128 + the signal if a
//! signal ended it), or 3 with `--strict` when the doctor found misuse, or 2 when
//! `tapi-run` itself could not run it (bad options, a bad scenario: then nothing runs).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use clap::Parser;
use tapi32::report::{Report, DOCTOR_ENV, REPORT_ENV, TRACE_ENV};
use tapi32::scenario::{Scenario, DEFAULT_NAME, SCENARIO_ENV};

/// Environment variable: the `libtapi32.so` to preload (default: the one beside
/// `tapi-run`).
const LIBRARY_ENV: &str = "TAPI32_LIBRARY";

/// Runs an unmodified, dynamically linked TAPI program on tapi32's simulated telephone
/// network (a scenario) with the handle doctor on, then sums up what the doctor found.
///
/// The program gets libtapi32.so through LD_PRELOAD: the one beside tapi-run, or
/// $TAPI32_LIBRARY. Exit status: the program's (128 + the signal if a signal ended it), 3
/// with --strict when the doctor found misuse, 2 when tapi-run could not run it.
#[derive(Debug, Parser)]
#[command(
    name = "tapi-run",
    version,
    override_usage = "tapi-run [--scenario FILE] [--report FILE] [--trace] [--strict] -- PROGRAM [ARGS...]"
)]
struct Options {
    /// The scenario file (default: the embedded one)
    #[arg(long, value_name = "FILE")]
    scenario: Option<PathBuf>,
    /// Keep the JSON report in FILE
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Trace every API call, with its arguments and result, to stderr
    #[arg(long)]
    trace: bool,
    /// Exit with status 3 when the doctor finds misuse
    #[arg(long)]
    strict: bool,
    /// The program to run, and its arguments
    #[arg(value_name = "PROGRAM", required = true, trailing_var_arg = true)]
    program: Vec<OsString>,
}

fn main() {
    // Help and version: stdout, status 0; usage errors: stderr, status 2.
    let options = Options::parse();
    std::process::exit(match run(&options) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("tapi-run: {e}");
            2
        }
    });
}

/// The library to preload: [`LIBRARY_ENV`], else `libtapi32.so` beside the running
/// executable, in its `deps/`, or one folder up (cargo's `examples/`).
fn find_library() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os(LIBRARY_ENV) {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot find myself: {e}"))?;
    let dir = exe.parent().unwrap_or(Path::new("."));
    let candidates = [
        dir.join("libtapi32.so"),
        dir.join("deps/libtapi32.so"),
        dir.join("../libtapi32.so"),
        dir.join("../deps/libtapi32.so"),
    ];
    candidates
        .iter()
        .find(|p| p.exists())
        .map(|p| p.canonicalize().unwrap_or_else(|_| p.clone()))
        .ok_or_else(|| {
            format!(
                "cannot find libtapi32.so beside {} (build it with `cargo build`, or set {LIBRARY_ENV})",
                exe.display()
            )
        })
}

/// Whether the report shows misuse.
fn misuse(r: &Report) -> bool {
    !r.leaked_call_handles.is_empty()
        || !r.invalid_handle_uses.is_empty()
        || r.lines_closed_with_active_calls > 0
        || r.callback_waits_expired > 0
        || r.library_failed_in.is_some()
}

/// The human summary of a report.
fn summary(r: &Report) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut s = format!(
        "tapi-run: {}, {}, {}, {}\n",
        plural(r.calls as usize, "call", "calls"),
        plural(
            r.leaked_call_handles.len(),
            "leaked call handle",
            "leaked call handles"
        ),
        plural(
            r.invalid_handle_uses.len(),
            "invalid handle use",
            "invalid handle uses"
        ),
        plural(
            r.lines_closed_with_active_calls as usize,
            "line closed with active calls",
            "lines closed with active calls"
        ),
    );
    for l in &r.leaked_call_handles {
        s += &format!(
            "  leaked: HCALL {:#010x} (call {}, line {}, {}, application \"{}\") never \
             deallocated\n",
            l.hcall, l.call_id, l.device, l.state, l.app
        );
    }
    for u in &r.invalid_handle_uses {
        let reason = serde_json::to_value(u.reason)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        s += &format!("  invalid: {}({:#010x}): {reason}\n", u.function, u.handle);
    }
    if let Some(f) = &r.library_failed_in {
        s += &format!(
            "  the library failed in {f} (an internal error with its state half changed); \
             {} refused with LINEERR_OPERATIONFAILED\n",
            plural(
                r.calls_refused_after_failure as usize,
                "later call",
                "later calls"
            )
        );
    }
    if r.callback_waits_expired > 0 {
        s += &format!(
            "  {} gave up waiting for a callback (TAPI32_CALLBACK_THREAD): likely lock \
             cycles between a callback and the thread that retired its handle\n",
            plural(
                r.callback_waits_expired as usize,
                "function call",
                "function calls"
            )
        );
    }
    s
}

/// Runs the program as `o` asks; returns the exit status, or why nothing ran.
fn run(o: &Options) -> Result<i32, String> {
    let scenario = match &o.scenario {
        Some(p) => {
            let p = p
                .canonicalize()
                .map_err(|e| format!("{}: {e}", p.display()))?;
            Scenario::load(&p.to_string_lossy())?;
            p.to_string_lossy().into_owned()
        }
        None => DEFAULT_NAME.to_owned(),
    };
    let library = find_library()?;
    let (report_path, keep) = match &o.report {
        Some(p) => (p.clone(), true),
        None => (
            std::env::temp_dir().join(format!("tapi-run-{}.json", std::process::id())),
            false,
        ),
    };
    let _ = std::fs::remove_file(&report_path);
    let preload = match std::env::var("LD_PRELOAD") {
        Ok(old) if !old.is_empty() => format!("{} {old}", library.display()),
        _ => library.display().to_string(),
    };
    let program = o.program[0].to_string_lossy();
    let mut cmd = Command::new(&o.program[0]);
    cmd.args(&o.program[1..])
        .env("LD_PRELOAD", preload)
        .env(SCENARIO_ENV, &scenario)
        .env(REPORT_ENV, &report_path)
        .env(DOCTOR_ENV, "1");
    if o.trace {
        cmd.env(TRACE_ENV, "1");
    }
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let code = match status.code() {
        Some(c) => c,
        None => {
            use std::os::unix::process::ExitStatusExt;
            128 + status.signal().unwrap_or(0)
        }
    };
    eprintln!("tapi-run: {program} exited with status {code}");
    let report: Report = match std::fs::read_to_string(&report_path) {
        Ok(text) => serde_json::from_str(&text)
            .map_err(|e| format!("{}: not a report: {e}", report_path.display()))?,
        Err(_) => {
            eprintln!(
                "tapi-run: no report: {program} did not use libtapi32 (is it dynamically linked?)"
            );
            return Ok(code);
        }
    };
    eprint!("{}", summary(&report));
    if keep {
        eprintln!("tapi-run: report in {}", report_path.display());
    } else {
        let _ = std::fs::remove_file(&report_path);
    }
    Ok(if o.strict && misuse(&report) { 3 } else { code })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::error::ErrorKind;
    use clap::CommandFactory;
    use tapi32::report::{InvalidUse, Leak, Reason};

    fn parse(args: &[&str]) -> Result<Options, clap::Error> {
        Options::try_parse_from(std::iter::once("tapi-run").chain(args.iter().copied()))
    }

    fn os(s: &[&str]) -> Vec<OsString> {
        s.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_command_is_well_formed() {
        Options::command().debug_assert();
    }

    #[test]
    fn options_parse() {
        let o = parse(&[
            "--scenario",
            "s.toml",
            "--trace",
            "--strict",
            "--report",
            "r.json",
            "--",
            "prog",
            "-x",
            "--y",
        ])
        .unwrap();
        assert_eq!(o.scenario, Some(PathBuf::from("s.toml")));
        assert_eq!(o.report, Some(PathBuf::from("r.json")));
        assert!(o.trace && o.strict);
        assert_eq!(o.program, os(&["prog", "-x", "--y"]));
        let o = parse(&["prog"]).unwrap();
        assert_eq!(o.program, os(&["prog"]));
        assert!(o.scenario.is_none() && o.report.is_none() && !o.trace && !o.strict);
        assert!(parse(&["--bogus", "--", "p"]).is_err());
        assert!(parse(&["--scenario"]).is_err());
        assert!(parse(&["--"]).is_err());
        assert!(parse(&[]).is_err());
    }

    #[test]
    fn equals_forms_and_program_options() {
        let o = parse(&[
            "--scenario=s.toml",
            "--report=r.json",
            "prog",
            "--help",
            "-V",
        ])
        .unwrap();
        assert_eq!(o.scenario, Some(PathBuf::from("s.toml")));
        assert_eq!(o.report, Some(PathBuf::from("r.json")));
        // Everything from the program on is the program's, options included.
        assert_eq!(o.program, os(&["prog", "--help", "-V"]));
        let o = parse(&["--", "--strict", "--trace"]).unwrap();
        assert!(!o.strict && !o.trace);
        assert_eq!(o.program, os(&["--strict", "--trace"]));
    }

    #[test]
    fn help_and_version_exit_0_usage_errors_exit_2() {
        for (args, kind) in [
            (&["--help"][..], ErrorKind::DisplayHelp),
            (&["-h"], ErrorKind::DisplayHelp),
            (&["--version"], ErrorKind::DisplayVersion),
        ] {
            let e = parse(args).unwrap_err();
            assert_eq!((e.kind(), e.exit_code()), (kind, 0), "{args:?}");
        }
        for args in [&["--bogus", "p"][..], &["--report"], &["--trace"]] {
            assert_eq!(parse(args).unwrap_err().exit_code(), 2, "{args:?}");
        }
        let help = Options::command().render_help().to_string();
        assert!(
            help.contains(
                "tapi-run [--scenario FILE] [--report FILE] [--trace] [--strict] -- PROGRAM"
            ),
            "{help}"
        );
    }

    #[test]
    fn summary_and_misuse() {
        let mut r = Report {
            calls: 1,
            ..Report::default()
        };
        assert!(!misuse(&r));
        assert_eq!(
            summary(&r),
            "tapi-run: 1 call, 0 leaked call handles, 0 invalid handle uses, 0 lines closed \
             with active calls\n"
        );
        r.leaked_call_handles.push(Leak {
            hcall: 0x200004,
            call_id: 1,
            device: 0,
            state: "IDLE".into(),
            app: "App".into(),
        });
        r.invalid_handle_uses.push(InvalidUse {
            function: "lineClose".into(),
            handle: 0x200003,
            reason: Reason::ProviderClosed,
        });
        assert!(misuse(&r));
        assert_eq!(
            summary(&r),
            "tapi-run: 1 call, 1 leaked call handle, 1 invalid handle use, 0 lines closed with \
             active calls\n  leaked: HCALL 0x00200004 (call 1, line 0, IDLE, application \
             \"App\") never deallocated\n  invalid: lineClose(0x00200003): provider_closed\n"
        );
    }

    #[test]
    fn a_failed_library_is_misuse_and_said() {
        let r = Report {
            library_failed_in: Some("lineMakeCall".into()),
            calls_refused_after_failure: 2,
            ..Report::default()
        };
        assert!(misuse(&r));
        assert!(summary(&r).ends_with(
            "  the library failed in lineMakeCall (an internal error with its state half \
             changed); 2 later calls refused with LINEERR_OPERATIONFAILED\n"
        ));
    }
}
