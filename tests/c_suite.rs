//! The C conformance suite: builds every `c-tests/*.c` (and `*.cpp`) program with the
//! system compiler, `-Wall -Wextra -Werror`, against the committed `include/` headers and
//! the `libtapi32.so` cargo just built, and runs it. Each program exits 0 and prints `ok`
//! when all its checks hold.
//!
//! Four variants run, one after another:
//! * `plain`;
//! * `sanitize`: `-fsanitize=address,undefined`, leak detection on;
//! * `valgrind`: the plain programs under valgrind memcheck, failing on any error and on
//!   any byte definitely lost;
//! * `tsan`: `clang-19 -fsanitize=thread`, against a `libtapi32.so` built by the
//!   nightly toolchain with `-Zsanitizer=thread` and an instrumented standard library
//!   (`-Zbuild-std`, which needs the nightly `rust-src` component) in `target/tsan`.
//!
//! `TAPI32_CTEST_FILTER=substring` runs only the matching programs. The stress program
//! runs for `TAPI32_STRESS_SECONDS` (default 2; 1 under valgrind).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

mod support;

const TIMEOUT: Duration = Duration::from_secs(120);

struct Variant {
    name: &'static str,
    /// The C and C++ compilers.
    cc: &'static str,
    cxx: &'static str,
    cflags: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
    /// A program (and its arguments) the test programs run under.
    runner: &'static [&'static str],
    library: Library,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Library {
    /// The `libtapi32.so` cargo built for this test run.
    Built,
    /// One built with ThreadSanitizer by the nightly toolchain.
    Tsan,
}

const PLAIN: Variant = Variant {
    name: "plain",
    cc: "cc",
    cxx: "c++",
    cflags: &["-O1", "-g"],
    env: &[],
    runner: &[],
    library: Library::Built,
};

const SANITIZE: Variant = Variant {
    name: "sanitize",
    cc: "cc",
    cxx: "c++",
    cflags: &[
        "-O1",
        "-g",
        "-fsanitize=address,undefined",
        "-fno-omit-frame-pointer",
        "-fno-sanitize-recover=undefined",
    ],
    env: &[
        ("ASAN_OPTIONS", "detect_leaks=1:halt_on_error=1"),
        ("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1"),
    ],
    runner: &[],
    library: Library::Built,
};

const VALGRIND: Variant = Variant {
    name: "valgrind",
    cc: "cc",
    cxx: "c++",
    cflags: &["-O1", "-g"],
    env: &[("TAPI32_STRESS_SECONDS", "1")],
    runner: &[
        "valgrind",
        "-q",
        "--error-exitcode=99",
        "--leak-check=full",
        "--errors-for-leak-kinds=definite",
        "--show-leak-kinds=definite",
        "--fair-sched=yes",
    ],
    library: Library::Built,
};

/// With clang 19's ThreadSanitizer runtime: the library is instrumented by rustc's LLVM,
/// which GCC 12's older runtime does not fully understand (it lacks `__tsan_memcpy`, and
/// it missed synchronization the library does, reporting false races).
const TSAN: Variant = Variant {
    name: "tsan",
    cc: "clang-19",
    cxx: "clang++-19",
    cflags: &["-O1", "-g", "-fsanitize=thread"],
    env: &[("TSAN_OPTIONS", "halt_on_error=1:second_deadlock_stack=1")],
    runner: &[],
    library: Library::Tsan,
};

/// The suite's variants run one at a time: the machine has few cores, and several
/// tests measure time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds `libtapi32.so` with ThreadSanitizer (nightly, `-Zsanitizer=thread`,
/// `-Zbuild-std`) into `target/tsan`; returns its directory.
fn tsan_lib_dir() -> PathBuf {
    let root = manifest_dir();
    let target = "x86_64-unknown-linux-gnu";
    let dir = root.join("target/tsan");
    support::ensure_nightly_with_rust_src();
    let mut cmd = support::nested_cargo(&root);
    let status = cmd
        .env("RUSTFLAGS", "-Zsanitizer=thread")
        .args([
            "+nightly",
            "build",
            "--lib",
            "-Zbuild-std",
            "--target",
            target,
        ])
        .arg("--target-dir")
        .arg(&dir)
        .status()
        .expect("run cargo +nightly (the nightly toolchain with rust-src is needed)");
    assert!(
        status.success(),
        "building the ThreadSanitizer library failed (needs the nightly toolchain and its \
         rust-src component: rustup component add rust-src --toolchain nightly)"
    );
    dir.join(target).join("debug")
}

/// `target/<profile>/deps`, where `cargo test` puts the `libtapi32.so` it builds for
/// this run (beside the test executable; `cargo build` copies it one level up).
fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let dir = exe.parent().expect("target/<profile>/deps");
    assert!(
        dir.join("libtapi32.so").exists(),
        "libtapi32.so not found in {}",
        dir.display()
    );
    dir.to_path_buf()
}

/// The suite's programs, sorted, filtered by `TAPI32_CTEST_FILTER`.
pub fn programs() -> Vec<PathBuf> {
    let filter = std::env::var("TAPI32_CTEST_FILTER").unwrap_or_default();
    let mut v: Vec<PathBuf> = fs::read_dir(manifest_dir().join("c-tests"))
        .expect("c-tests/")
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("c" | "cpp")))
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(&filter))
        .collect();
    v.sort();
    for pair in v.windows(2) {
        assert_ne!(
            pair[0].file_stem(),
            pair[1].file_stem(),
            "two C tests would build the same program"
        );
    }
    v
}

/// Flags a test asks for in a `c-test-flags:` comment (e.g. `-std=c11 -fshort-wchar`
/// for a legacy UNICODE source); they follow, so override, the default `-std`.
fn extra_flags(src: &Path) -> Vec<String> {
    tagged(src, "c-test-flags:")
}

/// Options of the `valgrind` runner a test asks for in a `c-test-valgrind:` comment,
/// each with its reason in the test (e.g. `--leak-check=no` for a program whose forked
/// children cannot free what the parent's other threads held); they follow, so
/// override, the variant's own.
fn runner_flags(src: &Path, variant: &Variant) -> Vec<String> {
    match variant.name {
        "valgrind" => tagged(src, "c-test-valgrind:"),
        _ => Vec::new(),
    }
}

/// The words after `tag` in the comments of `src`.
fn tagged(src: &Path, tag: &str) -> Vec<String> {
    let text = fs::read_to_string(src).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split_once(tag).map(|(_, rest)| rest))
        .flat_map(|rest| rest.trim().trim_end_matches("*/").split_whitespace())
        .map(str::to_owned)
        .collect()
}

fn compile(src: &Path, out: &Path, variant: &Variant, lib: &Path) -> Result<(), String> {
    let cpp = src.extension().is_some_and(|e| e == "cpp");
    let root = manifest_dir();
    let mut cmd = Command::new(if cpp { variant.cxx } else { variant.cc });
    if cpp {
        cmd.arg("-std=c++11");
    } else {
        cmd.args(["-std=c99", "-D_POSIX_C_SOURCE=200809L"]);
    }
    cmd.args(extra_flags(src))
        .args(["-Wall", "-Wextra", "-Werror"])
        .args(variant.cflags)
        .arg("-I")
        .arg(root.join("include/win32"))
        .arg("-I")
        .arg(root.join("include"))
        .arg("-I")
        .arg(root.join("c-tests"))
        .arg(src)
        .arg("-o")
        .arg(out)
        .arg("-L")
        .arg(lib)
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .args(["-ltapi32", "-lpthread"]);
    let o = cmd
        .output()
        .map_err(|e| format!("cannot run the C compiler: {e}"))?;
    if o.status.success() {
        Ok(())
    } else {
        Err(format!(
            "compile failed:\n{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ))
    }
}

/// Runs a test program. `lib` goes first on `LD_LIBRARY_PATH`: cargo sets that variable
/// for test processes, and it outranks the program's own run path, so without this the
/// ThreadSanitizer programs would load the uninstrumented library.
fn run(bin: &Path, variant: &Variant, lib: &Path, extra: &[String]) -> Result<Duration, String> {
    let start = Instant::now();
    let mut cmd = match variant.runner {
        [] => Command::new(bin),
        [runner, args @ ..] => {
            let mut c = Command::new(runner);
            c.args(args).args(extra).arg(bin);
            c
        }
    };
    let mut child = cmd
        .env("LD_LIBRARY_PATH", lib)
        .envs(variant.env.iter().copied())
        .env_remove("TAPI32_SIM_LINES")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(st);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stderr = reader.join().unwrap_or_default();
    let stdout = out_reader.join().unwrap_or_default();
    match status {
        None => Err(format!("timed out after {TIMEOUT:?}\n{stdout}{stderr}")),
        Some(st) if st.success() && stdout.lines().any(|l| l.trim() == "ok") => Ok(start.elapsed()),
        Some(st) => Err(format!("{st}\n{stdout}{stderr}")),
    }
}

fn run_variant(variant: &Variant) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    match variant.name {
        "valgrind" => support::ensure_packages(
            "valgrind",
            support::runs("valgrind", &["--version"]),
            &["valgrind"],
        ),
        "tsan" => support::ensure_packages(
            "clang 19 with its ThreadSanitizer runtime",
            || {
                support::runs("clang-19", &["--version"])()
                    && support::file(
                        "/usr/lib/llvm-19/lib/clang/19/lib/linux/libclang_rt.tsan-x86_64.a",
                    )()
            },
            &["clang-19", "libclang-rt-19-dev"],
        ),
        _ => {}
    }
    let lib = match variant.library {
        Library::Built => lib_dir(),
        Library::Tsan => tsan_lib_dir(),
    };
    // The programs need the library under its SONAME.
    support::soname_link(&lib);
    let build = lib_dir()
        .parent()
        .unwrap()
        .join("c-tests")
        .join(variant.name);
    fs::create_dir_all(&build).unwrap();
    let progs = programs();
    assert!(!progs.is_empty(), "no C test matched");
    let next = Mutex::new(progs.iter());
    let failures = Mutex::new(Vec::new());
    let passed = Mutex::new(0usize);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let Some(src) = next.lock().unwrap().next() else {
                    break;
                };
                let name = src.file_stem().unwrap().to_string_lossy().into_owned();
                let bin = build.join(&name);
                let result = compile(src, &bin, variant, &lib)
                    .and_then(|_| run(&bin, variant, &lib, &runner_flags(src, variant)));
                match result {
                    Ok(t) => {
                        println!(
                            "c-test [{}] {name} ... ok ({} ms)",
                            variant.name,
                            t.as_millis()
                        );
                        *passed.lock().unwrap() += 1;
                    }
                    Err(e) => {
                        println!("c-test [{}] {name} ... FAILED", variant.name);
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("[{}] {name}: {e}", variant.name));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    let passed = passed.into_inner().unwrap();
    // Past the harness's output capture, so the tally shows in a plain `cargo test`.
    support::report(&format!(
        "c-tests [{}]: {passed} passed, {} failed",
        variant.name,
        failures.len()
    ));
    for f in &failures {
        println!("---- {f}");
    }
    assert!(failures.is_empty(), "{} C test(s) failed", failures.len());
}

#[test]
fn c_suite_plain() {
    run_variant(&PLAIN);
}

#[test]
fn c_suite_sanitized() {
    run_variant(&SANITIZE);
}

#[test]
fn c_suite_valgrind() {
    run_variant(&VALGRIND);
}

#[test]
fn c_suite_thread_sanitizer() {
    run_variant(&TSAN);
}
