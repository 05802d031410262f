//! `tapi-run`: runs an unmodified, dynamically linked TAPI program on a scripted
//! telephone network with the handle doctor on, then sums up what it found.
//!
//! ```text
//! tapi-run [--scenario FILE] [--report FILE] [--trace] [--strict] -- PROGRAM [ARGS...]
//! ```
//!
//! The program runs with this library preloaded (`LD_PRELOAD`, so it wins over any other
//! `libtapi32.so` the program was linked against), the scenario (default: the embedded
//! one) and the doctor's findings on. Exit status: the program's (128 + the signal if a
//! signal ended it), or 3 with `--strict` when the doctor found misuse, or 2 when
//! `tapi-run` itself could not run it (bad options, a bad scenario: then nothing runs).

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Report, DOCTOR_ENV, REPORT_ENV, TRACE_ENV};
use crate::sim::scenario::{Scenario, DEFAULT_NAME};
use crate::sim::SCENARIO_ENV;

/// Environment variable: the `libtapi32.so` to preload (default: the one beside
/// `tapi-run`).
pub const LIBRARY_ENV: &str = "TAPI32_LIBRARY";

const USAGE: &str = "usage: tapi-run [--scenario FILE] [--report FILE] [--trace] [--strict] \
                     -- PROGRAM [ARGS...]";

/// What the command line asks for.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The scenario file (`None`: the embedded default).
    pub scenario: Option<PathBuf>,
    /// Where to keep the JSON report.
    pub report: Option<PathBuf>,
    /// Trace every call to stderr.
    pub trace: bool,
    /// Exit with 3 when misuse is found.
    pub strict: bool,
    /// The program and its arguments.
    pub program: Vec<String>,
}

/// Parses `tapi-run`'s arguments (without the command name).
pub fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--scenario" | "--report" => {
                let v = it
                    .next()
                    .ok_or_else(|| format!("{a} needs a file\n{USAGE}"))?;
                let path = Some(PathBuf::from(v));
                if a == "--scenario" {
                    o.scenario = path;
                } else {
                    o.report = path;
                }
            }
            "--trace" => o.trace = true,
            "--strict" => o.strict = true,
            "--help" | "-h" => return Err(USAGE.into()),
            "--" => {
                o.program = it.cloned().collect();
                break;
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => {
                o.program = std::iter::once(a).chain(it).cloned().collect();
                break;
            }
        }
    }
    if o.program.is_empty() {
        return Err(format!("no program to run\n{USAGE}"));
    }
    Ok(o)
}

/// The library to preload: [`LIBRARY_ENV`], else `libtapi32.so` beside the running
/// executable, in its `deps/`, or one folder up (cargo's `examples/`).
pub fn find_library() -> Result<PathBuf, String> {
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
pub fn misuse(r: &Report) -> bool {
    !r.leaked_call_handles.is_empty()
        || !r.invalid_handle_uses.is_empty()
        || r.lines_closed_with_active_calls > 0
}

/// The human summary of a report.
pub fn summary(r: &Report) -> String {
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
    s
}

/// Runs `tapi-run` with `args` (without the command name); returns the exit status.
pub fn main_with(args: &[String]) -> i32 {
    match run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("tapi-run: {e}");
            2
        }
    }
}

fn run(args: &[String]) -> Result<i32, String> {
    let o = parse_args(args)?;
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
        .map_err(|e| format!("cannot run {}: {e}", o.program[0]))?;
    let code = match status.code() {
        Some(c) => c,
        None => {
            use std::os::unix::process::ExitStatusExt;
            128 + status.signal().unwrap_or(0)
        }
    };
    eprintln!("tapi-run: {} exited with status {code}", o.program[0]);
    let report: Report = match std::fs::read_to_string(&report_path) {
        Ok(text) => serde_json::from_str(&text)
            .map_err(|e| format!("{}: not a report: {e}", report_path.display()))?,
        Err(_) => {
            eprintln!(
                "tapi-run: no report: {} did not use libtapi32 (is it dynamically linked?)",
                o.program[0]
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

    fn args(s: &[&str]) -> Vec<String> {
        s.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn options_parse() {
        let o = parse_args(&args(&[
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
        ]))
        .unwrap();
        assert_eq!(o.scenario, Some(PathBuf::from("s.toml")));
        assert_eq!(o.report, Some(PathBuf::from("r.json")));
        assert!(o.trace && o.strict);
        assert_eq!(o.program, args(&["prog", "-x", "--y"]));
        assert_eq!(
            parse_args(&args(&["prog"])).unwrap().program,
            args(&["prog"])
        );
        assert!(parse_args(&args(&["--bogus", "--", "p"])).is_err());
        assert!(parse_args(&args(&["--scenario"])).is_err());
        assert!(parse_args(&args(&["--"])).is_err());
    }
}
