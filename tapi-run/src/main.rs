//! `tapi-run`: runs an unmodified, dynamically linked TAPI program on a scripted
//! telephone network with the handle doctor on, then sums up what it found.
//!
//! ```text
//! tapi-run [--scenario FILE] [--report FILE] [--html FILE] [--trace] [--strict] [--wine] -- PROGRAM [ARGS...]
//! ```
//!
//! The program runs with `libtapi32.so` preloaded (`LD_PRELOAD`, so it wins over any other
//! `libtapi32.so` the program was linked against), the scenario (default: the embedded
//! one) and the doctor's findings on. Exit status: the program's (128 + the signal if a
//! signal ended it), or 3 with `--strict` when the doctor found misuse, 4 with `--strict`
//! when no report was produced, or 2 when `tapi-run` itself could not run it (bad
//! options, a bad scenario, an unwritable `--report`: then nothing runs).
//!
//! The child writes its report into a directory of its own (mode 0700, a random name,
//! removed afterwards), through which it also preloads the library (a symbolic link, so
//! an install path with spaces or colons, which `LD_PRELOAD` would split, works).
//! `--report FILE` and `--html FILE` (the timeline page of the program's handles,
//! `TAPI32_HTML`) are resolved and opened before the program runs.
//!
//! With `--wine` the program is a Windows one (`.exe`), run under Wine with this
//! project's `tapi32.dll` in place of Wine's builtin (see the `wine` module).

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use clap::Parser;

mod platform;
mod wine;
use tapi32::report::{Report, DOCTOR_ENV, HTML_ENV, REPORT_ENV, TRACE_ENV};
use tapi32::scenario::{Scenario, DEFAULT_NAME, SCENARIO_ENV};

/// Environment variable: the `libtapi32.so` to preload (default: the one beside
/// `tapi-run`, or installed in `../lib`).
const LIBRARY_ENV: &str = "TAPI32_LIBRARY";

/// Runs an unmodified, dynamically linked TAPI program on tapi32's simulated telephone
/// network (a scenario) with the handle doctor on, then sums up what the doctor found.
///
/// The program gets libtapi32.so through LD_PRELOAD: the one beside tapi-run, or
/// $TAPI32_LIBRARY. Exit status: the program's (128 + the signal if a signal ended it), 3
/// with --strict when the doctor found misuse, 4 with --strict when no report was
/// produced, 2 when tapi-run could not run it (then the program did not run).
///
/// With --wine, PROGRAM is a Windows program (.exe) run under Wine with tapi32.dll (the one
/// beside tapi-run, in cargo's x86_64-pc-windows-gnu folder, or $TAPI32_DLL) in place of
/// Wine's own.
#[derive(Debug, Parser)]
#[command(
    name = "tapi-run",
    version,
    override_usage = "tapi-run [--scenario FILE] [--report FILE] [--html FILE] [--trace] [--strict] [--wine] -- PROGRAM [ARGS...]"
)]
struct Options {
    /// The scenario file (default: the embedded one)
    #[arg(long, value_name = "FILE")]
    scenario: Option<PathBuf>,
    /// Keep the JSON report in FILE
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Write the timeline of the program's handles to FILE, as one self-contained HTML
    /// page
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Trace every API call, with its arguments and result, to stderr
    #[arg(long)]
    trace: bool,
    /// Exit with status 3 when the doctor finds misuse, 4 when there is no report
    #[arg(long)]
    strict: bool,
    /// PROGRAM is a Windows program: run it under Wine with this tapi32.dll
    #[arg(long)]
    wine: bool,
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
/// executable, in its `deps/`, or one folder up (cargo's `examples/`), else the
/// installed `../lib/libtapi32.so.1` (`cargo xtask install`: `PREFIX/bin/tapi-run`).
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
        dir.join("../lib/libtapi32.so.1"),
    ];
    first_existing(&candidates).ok_or_else(|| {
        format!(
            "cannot find libtapi32.so beside {} (build it with `cargo build`, or set {LIBRARY_ENV})",
            exe.display()
        )
    })
}

/// The first of `candidates` that exists, made absolute (as it is, if that fails).
fn first_existing(candidates: &[PathBuf]) -> Option<PathBuf> {
    candidates
        .iter()
        .find(|p| p.exists())
        .map(|p| p.canonicalize().unwrap_or_else(|_| p.clone()))
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
            r.invalid_use_count() as usize,
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
        let times = if u.count > 1 {
            format!(" ({} times)", u.count)
        } else {
            String::new()
        };
        s += &format!(
            "  invalid: {}({:#010x}): {reason}{times}\n",
            u.function, u.handle
        );
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

/// The `--report` (or `--html`) file: resolved and opened (not truncated) before the
/// program runs, so an unwritable path stops everything and a program that changes
/// directory does not matter.
struct KeptReport {
    path: PathBuf,
    file: File,
    created: bool,
    /// "report" or "timeline", for messages.
    what: &'static str,
}

impl KeptReport {
    fn open(p: &Path) -> Result<KeptReport, String> {
        Self::open_as(p, "report")
    }

    fn open_as(p: &Path, what: &'static str) -> Result<KeptReport, String> {
        let path = std::path::absolute(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let existed = std::fs::symlink_metadata(&path).is_ok();
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| format!("cannot write the {what} to {}: {e}", path.display()))?;
        Ok(KeptReport {
            path,
            file,
            created: !existed,
            what,
        })
    }

    fn write(mut self, text: &str) -> Result<(), String> {
        self.file
            .set_len(0)
            .and_then(|()| self.file.write_all(text.as_bytes()))
            .map_err(|e| {
                let what = self.what;
                format!("cannot write the {what} to {}: {e}", self.path.display())
            })
    }

    /// No report came: remove the file if `tapi-run` created it.
    fn discard(self) {
        if self.created {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// A directory of the child's own for its report (and a Windows program's copy).
fn private_dir() -> Result<tempfile::TempDir, String> {
    // LD_PRELOAD splits on spaces and colons: the directory must hold neither.
    let unsplit = |p: &Path| !p.to_string_lossy().contains([' ', ':']);
    let tmp = std::env::temp_dir();
    let parent = if unsplit(&tmp) {
        tmp
    } else {
        PathBuf::from("/tmp")
    };
    let dir = platform::private(tempfile::Builder::new().prefix("tapi-run-"))
        .tempdir_in(&parent)
        .map_err(|e| {
            format!(
                "cannot create a private directory in {}: {e}",
                parent.display()
            )
        })?;
    if !unsplit(dir.path()) {
        return Err(format!(
            "{}: a directory for LD_PRELOAD must not contain spaces or colons",
            dir.path().display()
        ));
    }
    Ok(dir)
}

/// The library's link in the private directory `dir`.
fn link_library(dir: &Path, library: &Path) -> Result<PathBuf, String> {
    let link = dir.join("libtapi32.so");
    let target = std::path::absolute(library).map_err(|e| format!("{}: {e}", library.display()))?;
    platform::symlink(&target, &link)
        .map_err(|e| format!("cannot link {}: {e}", link.display()))?;
    Ok(link)
}

/// The command running a Linux program with the library preloaded from `dir`.
fn linux_command(o: &Options, dir: &Path) -> Result<Command, String> {
    let library = find_library()?;
    let link = link_library(dir, &library)?;
    let preload = match std::env::var("LD_PRELOAD") {
        Ok(old) if !old.is_empty() => format!("{} {old}", link.display()),
        _ => link.display().to_string(),
    };
    let mut cmd = Command::new(&o.program[0]);
    cmd.args(&o.program[1..]).env("LD_PRELOAD", preload);
    Ok(cmd)
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
    // What --wine needs, checked before anything is created.
    let windows = if o.wine {
        let program = Path::new(&o.program[0]);
        wine::check_program(program)?;
        Some((wine::find_wine()?, wine::find_dll()?))
    } else {
        find_library()?;
        None
    };
    let kept = o.report.as_deref().map(KeptReport::open).transpose()?;
    let kept_html = o
        .html
        .as_deref()
        .map(|p| KeptReport::open_as(p, "timeline"))
        .transpose()?;
    let dir = private_dir()?;
    let report_path = dir.path().join("report.json");
    let html_path = dir.path().join("timeline.html");
    let program = o.program[0].to_string_lossy();
    let mut cmd = match &windows {
        Some((wine_exe, dll)) => {
            let mut cmd = wine::command(
                wine_exe,
                dll,
                dir.path(),
                Path::new(&o.program[0]),
                &o.program[1..],
            )?;
            let scenario = match &o.scenario {
                Some(_) => wine::windows_path(Path::new(&scenario)),
                None => scenario.clone(),
            };
            cmd.env(SCENARIO_ENV, scenario)
                .env(REPORT_ENV, wine::windows_path(&report_path));
            if kept_html.is_some() {
                cmd.env(HTML_ENV, wine::windows_path(&html_path));
            }
            cmd
        }
        None => {
            let mut cmd = linux_command(o, dir.path())?;
            cmd.env(SCENARIO_ENV, &scenario)
                .env(REPORT_ENV, &report_path);
            if kept_html.is_some() {
                cmd.env(HTML_ENV, &html_path);
            }
            cmd
        }
    };
    cmd.env(DOCTOR_ENV, "1");
    if o.trace {
        cmd.env(TRACE_ENV, "1");
    }
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {}: {e}", cmd.get_program().to_string_lossy()))?;
    let code = match status.code() {
        Some(c) => c,
        None => 128 + platform::signal(&status).unwrap_or(0),
    };
    eprintln!("tapi-run: {program} exited with status {code}");
    let text = std::fs::read_to_string(&report_path).ok();
    let page = std::fs::read_to_string(&html_path).ok();
    drop(dir);
    if let Some(k) = kept_html {
        match page {
            Some(page) => {
                let path = k.path.clone();
                k.write(&page)?;
                eprintln!("tapi-run: timeline in {}", path.display());
            }
            None => {
                eprintln!("tapi-run: no timeline: the program made no TAPI call or left no report");
                k.discard();
            }
        }
    }
    let Some(text) = text else {
        eprintln!("tapi-run: no report: {}", no_report_reason(&status, o.wine));
        if let Some(k) = kept {
            k.discard();
        }
        return Ok(if o.strict { 4 } else { code });
    };
    let report: Report =
        serde_json::from_str(&text).map_err(|e| format!("the report is not a report: {e}"))?;
    if report.api_calls == 0 {
        eprintln!("tapi-run: {program} loaded libtapi32 but made no TAPI call");
    }
    eprint!("{}", summary(&report));
    if let Some(k) = kept {
        let path = k.path.clone();
        k.write(&text)?;
        eprintln!("tapi-run: report in {}", path.display());
    }
    Ok(if o.strict && misuse(&report) { 3 } else { code })
}

/// Why a program that ended with `status` left no report.
fn no_report_reason(status: &std::process::ExitStatus, wine: bool) -> String {
    if wine {
        return "the program did not load this tapi32.dll (it loads another by full path, \
                or Wine could not start it) or it ended without unloading it (TerminateProcess)"
            .to_owned();
    }
    match platform::signal(status) {
        Some(sig) => {
            format!("the program was ended by signal {sig} before its exit handlers could run")
        }
        None => "libtapi32 was not loaded into the program (a statically linked or setuid \
                 program, or one that removed LD_PRELOAD), or it ended without running its \
                 exit handlers (_exit, exec)"
            .to_owned(),
    }
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
                "tapi-run [--scenario FILE] [--report FILE] [--html FILE] [--trace] [--strict] \
                 [--wine] -- PROGRAM"
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
            count: 1,
            first: 1,
            last: 1,
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
