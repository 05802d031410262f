//! `cargo xtask install` and `uninstall`, as a user of the library meets them: installed
//! into a temporary `DESTDIR`, a C program built with `pkg-config` against the
//! installed copy only (no path into the build tree: the source is copied out, the
//! compiler and pkg-config see the installed tree alone) and run on the simulated
//! provider; a legacy Windows-style program through `tapi32-win32.pc`, run by the
//! installed `tapi-run`; the uninstall leaves nothing; an unwritable prefix fails with a
//! clear error and installs nothing. And the tests install nothing themselves: a test
//! whose tool is missing names it and the command that installs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A new directory outside the build tree (in the system's temporary directory), so
/// that no path the installed copy is used through leads into the build tree.
fn fresh_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir()
        .join(format!("tapi32-install-test-{}", std::process::id()))
        .join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `cargo xtask ARGS` (the alias's command), with `env`.
fn xtask(args: &[&str], env: &[(&str, &Path)]) -> Output {
    support::nested_cargo(root())
        .args(["run", "--quiet", "--package", "xtask", "--"])
        .args(args)
        .env_remove("DESTDIR")
        .envs(env.iter().copied())
        .output()
        .expect("run cargo xtask")
}

/// Every path below `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut all = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            all.push(p.strip_prefix(dir).unwrap().display().to_string());
            if p.is_dir() && !p.is_symlink() {
                todo.push(p);
            }
        }
    }
    all.sort();
    all
}

/// A command that sees the installed tree only: pkg-config reads the installed `.pc`
/// files alone (below the DESTDIR, through its sysroot variable), the compiler gets no
/// include or library path from the environment, the loader only the installed `lib/`.
fn isolated(cmd: &mut Command, dest: &Path, work: &Path) {
    let lib = dest.join("usr/local/lib");
    cmd.current_dir(work)
        .env("PKG_CONFIG_PATH", lib.join("pkgconfig"))
        .env("PKG_CONFIG_LIBDIR", lib.join("pkgconfig"))
        .env("PKG_CONFIG_SYSROOT_DIR", dest)
        .env("LD_LIBRARY_PATH", &lib)
        .env_remove("LD_PRELOAD")
        .env_remove("TAPI32_LIBRARY")
        .env_remove("LIBRARY_PATH")
        .env_remove("CPATH")
        .env_remove("C_INCLUDE_PATH");
}

/// `sh -c SCRIPT` isolated, which must succeed; its stdout.
fn sh(script: &str, dest: &Path, work: &Path) -> String {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", script]);
    isolated(&mut cmd, dest, work);
    let o = cmd.output().unwrap();
    assert!(
        o.status.success(),
        "{script}:\n{}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    text(&o.stdout)
}

#[test]
fn install_build_with_pkg_config_run_and_uninstall() {
    support::ensure_packages(
        "pkg-config",
        support::runs("pkg-config", &["--version"]),
        &["pkg-config"],
    );
    let dest = fresh_dir("dest");
    // DESTDIR from the environment, the default prefix /usr/local.
    let o = xtask(&["install"], &[("DESTDIR", &dest)]);
    assert!(o.status.success(), "install: {}", text(&o.stderr));
    let prefix = dest.join("usr/local");
    let installed = tree(&prefix);
    for want in [
        "bin/tapi-run",
        "include/tapi32/tapi.h",
        "include/tapi32/tapisim.h",
        "include/tapi32/tapi32ext.h",
        "include/tapi32/tapi32_wintypes.h",
        "include/tapi32/win32/windows.h",
        "include/tapi32/win32/tapi32_win32.h",
        "lib/libtapi32.so",
        "lib/libtapi32.so.1",
        "lib/libtapi32.so.1.0.0",
        "lib/pkgconfig/tapi32.pc",
        "lib/pkgconfig/tapi32-win32.pc",
        "share/tapi32/install-manifest",
    ] {
        assert!(
            installed.iter().any(|p| p == want),
            "{want} not installed: {installed:?}"
        );
    }
    let lib = prefix.join("lib");
    assert_eq!(
        std::fs::read_link(lib.join("libtapi32.so")).unwrap(),
        Path::new("libtapi32.so.1")
    );
    assert_eq!(
        std::fs::read_link(lib.join("libtapi32.so.1")).unwrap(),
        Path::new("libtapi32.so.1.0.0")
    );
    // The win32 headers are opt-in: not beside tapi.h.
    assert!(!prefix.join("include/tapi32/windows.h").exists());

    // A program of the user's own, outside the build tree.
    let work = fresh_dir("user");
    std::fs::copy(
        root().join("tests/programs/uses_tapi.c"),
        work.join("myapp.c"),
    )
    .unwrap();
    let cflags = sh("pkg-config --cflags --libs tapi32", &dest, &work);
    assert!(!cflags.contains(root().to_str().unwrap()), "{cflags}");
    sh(
        "cc -std=c99 -Wall -Werror myapp.c $(pkg-config --cflags --libs tapi32) -o myapp",
        &dest,
        &work,
    );
    let dynamic = sh("readelf -d myapp", &dest, &work);
    assert!(
        dynamic.contains("Shared library: [libtapi32.so.1]"),
        "{dynamic}"
    );
    assert!(!dynamic.contains(root().to_str().unwrap()), "{dynamic}");
    let soname = sh(
        "readelf -d $PKG_CONFIG_SYSROOT_DIR/usr/local/lib/libtapi32.so.1.0.0",
        &dest,
        &work,
    );
    assert!(
        soname.contains("Library soname: [libtapi32.so.1]"),
        "{soname}"
    );
    // The installed copy is the one loaded, and the program makes its call on the
    // simulated provider (it fails with any call that fails).
    let ldd = sh("ldd ./myapp", &dest, &work);
    assert!(
        ldd.contains(&format!(
            "libtapi32.so.1 => {}",
            lib.join("libtapi32.so.1").display()
        )),
        "{ldd}"
    );
    let run = sh("./myapp", &dest, &work);
    assert!(run.contains("uses_tapi: ok, called 5550100"), "{run}");

    // tapi32-win32.pc: a legacy program (windows.h, tapi.h) builds unchanged, and the
    // installed tapi-run finds the installed library on its own.
    std::fs::copy(root().join("examples/call_logger.c"), work.join("legacy.c")).unwrap();
    sh(
        "cc legacy.c $(pkg-config --cflags --libs tapi32-win32) -o legacy",
        &dest,
        &work,
    );
    let logged = sh(
        &format!("{} -- ./legacy 1", prefix.join("bin/tapi-run").display()),
        &dest,
        &work,
    );
    assert!(logged.contains("CALL "), "{logged}");

    // Uninstall (DESTDIR as an option this time) removes exactly what was installed:
    // the directories the install made too.
    std::fs::write(lib.join("someone-elses.so"), b"").unwrap();
    let o = xtask(&["uninstall", "--destdir", dest.to_str().unwrap()], &[]);
    assert!(o.status.success(), "uninstall: {}", text(&o.stderr));
    assert_eq!(
        tree(&dest),
        [
            "usr",
            "usr/local",
            "usr/local/lib",
            "usr/local/lib/someone-elses.so"
        ]
    );
    std::fs::remove_file(lib.join("someone-elses.so")).unwrap();
    let o = xtask(&["uninstall", "--destdir", dest.to_str().unwrap()], &[]);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("no install manifest"),
        "{}",
        text(&o.stderr)
    );
    let _ = std::fs::remove_dir_all(&dest);
    let _ = std::fs::remove_dir_all(&work);
    support::report("install: DESTDIR install, pkg-config build and run, uninstall: ok");
}

/// Installs with `--no-build` (the release build is the other test's, or is made here).
fn install_into(dest: &Path, prefix: &str) -> Output {
    let built = root().join("target/release/libtapi32.so").exists()
        && root().join("target/release/tapi-run").exists();
    let mut args = vec![
        "install",
        "--prefix",
        prefix,
        "--destdir",
        dest.to_str().unwrap(),
    ];
    if built {
        args.push("--no-build");
    }
    xtask(&args, &[])
}

#[test]
fn an_unwritable_prefix_fails_cleanly_and_installs_nothing() {
    // A prefix below a path that is a file.
    let dest = fresh_dir("file-prefix");
    std::fs::write(dest.join("usr"), b"a file").unwrap();
    let o = install_into(&dest, "/usr/local");
    assert!(!o.status.success());
    let err = text(&o.stderr);
    assert!(err.contains("is not a directory"), "{err}");
    assert_eq!(tree(&dest), ["usr"]);

    // Part of the prefix writable, part not (lib/ is a file): nothing goes to the rest.
    let dest = fresh_dir("half-prefix");
    std::fs::create_dir_all(dest.join("opt/t/include")).unwrap();
    std::fs::write(dest.join("opt/t/lib"), b"a file").unwrap();
    let o = install_into(&dest, "/opt/t");
    assert!(!o.status.success());
    assert!(text(&o.stderr).contains("lib"), "{}", text(&o.stderr));
    assert_eq!(tree(&dest), ["opt", "opt/t", "opt/t/include", "opt/t/lib"]);

    // A read-only directory, for a user who is not root (as root: the install run as
    // nobody through setpriv; the release build must exist, which the call above made).
    let root_user = text(&Command::new("id").arg("-u").output().unwrap().stdout).trim() == "0";
    let xtask_exe = root().join("target/debug/xtask");
    if root_user && support::runs("setpriv", &["--version"])() && xtask_exe.exists() {
        use std::os::unix::fs::PermissionsExt;
        let dest = fresh_dir("read-only");
        std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o555)).unwrap();
        let o = Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&xtask_exe)
            .args(["install", "--no-build", "--destdir", dest.to_str().unwrap()])
            .env_remove("DESTDIR")
            .env_remove("CARGO_TARGET_DIR")
            .output()
            .unwrap();
        std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o755)).unwrap();
        let err = text(&o.stderr);
        assert!(!o.status.success(), "{err}");
        assert!(err.contains("cannot write to"), "{err}");
        assert!(tree(&dest).is_empty(), "{:?}", tree(&dest));
        support::report("install: read-only prefix, install run as nobody: refused");
    }
    for d in ["file-prefix", "half-prefix", "read-only"] {
        let _ = std::fs::remove_dir_all(fresh_dir(d));
    }
    support::report("install: unwritable prefixes fail cleanly, nothing installed");
}

/// The C suite's valgrind variant on a machine without valgrind (a PATH holding only
/// `cc`, `id` and `apt-get`): the test fails naming valgrind and the command that
/// installs it, and installs nothing.
#[test]
fn a_missing_tool_is_named_not_installed() {
    // The c_suite test binary, with this run's cargo and settings.
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap();
    let o = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(root())
        .args([
            "test",
            "--quiet",
            "--no-run",
            "--message-format=json",
            "--test",
            "c_suite",
        ])
        .arg("--target-dir")
        .arg(target_dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let exe = text(&o.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["target"]["name"] == "c_suite")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .expect("cargo named the c_suite executable");
    let bin = fresh_dir("path");
    for tool in ["cc", "id", "apt-get"] {
        let real = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .unwrap();
        let real = text(&real.stdout).trim().to_string();
        if !real.is_empty() {
            std::os::unix::fs::symlink(real, bin.join(tool)).unwrap();
        }
    }
    let o = Command::new(&exe)
        .args(["c_suite_valgrind", "--exact"])
        .env("PATH", &bin)
        .env("TAPI32_CTEST_FILTER", "api_app_priority")
        .output()
        .unwrap();
    let out = format!("{}{}", text(&o.stdout), text(&o.stderr));
    assert!(!o.status.success(), "{out}");
    assert!(
        out.contains("valgrind is missing: install it with `apt-get install valgrind`"),
        "{out}"
    );
    assert!(!out.contains("installing"), "{out}");
    let _ = std::fs::remove_dir_all(&bin);
    support::report("install: a missing valgrind is named with its install command");
}
