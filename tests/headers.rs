//! The committed headers in `include/` are exactly what `cargo xtask headers` generates
//! from the sources, and they compile on their own as C99 (with `-pedantic`) and as
//! C++11, for every `TAPI_CURRENT_VERSION` and with and without `UNICODE`.

mod support;

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_headers_match_generated() {
    // The generator expands the library with its own target directory (under target/),
    // so it never waits on the build running this test.
    let out = support::nested_cargo(&root())
        .args(["xtask", "headers", "--check"])
        .output()
        .expect("run cargo xtask");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn compiles(compiler: &str, std: &str, defines: &[&str], source: &str) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("headers");
    std::fs::create_dir_all(&dir).unwrap();
    let ext = if compiler == "c++" { "cpp" } else { "c" };
    let tag = format!("{std}{}", defines.join("").replace(['=', '-'], "_"));
    let src = dir.join(format!("probe_{tag}.{ext}"));
    std::fs::write(&src, source).unwrap();
    let out = Command::new(compiler)
        .args([
            std,
            "-pedantic",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-fsyntax-only",
        ])
        .args(defines)
        .arg("-I")
        .arg(root().join("include/win32"))
        .arg("-I")
        .arg(root().join("include"))
        .arg(&src)
        .output()
        .expect("run the compiler");
    assert!(
        out.status.success(),
        "{compiler} {std} {defines:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn headers_compile_standalone_as_c99_and_cpp11() {
    let source = "#include \"tapisim.h\"\n#include \"tapi.h\"\n\
                  int probe(void) { return (int)sizeof(LINECALLINFO); }\n";
    for defines in [
        &[][..],
        &["-DUNICODE"][..],
        &["-DTAPI_CURRENT_VERSION=0x00010004"][..],
        &["-DTAPI_CURRENT_VERSION=0x00020000"][..],
        &["-DTAPI_CURRENT_VERSION=0x00020002", "-DUNICODE"][..],
    ] {
        compiles("cc", "-std=c99", defines, source);
        compiles("c++", "-std=c++11", defines, source);
    }
}

#[test]
fn win32_and_extension_headers_compile_as_c99_and_cpp11() {
    let source = "#include <windows.h>\n#include \"tapi.h\"\n#include \"tapi32ext.h\"\n\
                  int probe(void) {\n\
                    MSG m;\n\
                    LONG r = tapi32SetCallbackThread(FALSE);\n\
                    while (PeekMessage(&m, NULL, 0, 0, PM_REMOVE)) DispatchMessage(&m);\n\
                    return (int)sizeof(m) + (int)r + (int)WaitForSingleObject(NULL, 0);\n\
                  }\n\
                  int basics(void) {\n\
                    CRITICAL_SECTION cs; TCHAR buf[64]; const TCHAR f[] = {'%', 'd', 0}; LONG volatile n = 0;\n\
                    HLOCAL h = LocalAlloc(LPTR, 16); HANDLE e = CreateEvent(NULL, TRUE, FALSE, NULL);\n\
                    InitializeCriticalSection(&cs); EnterCriticalSection(&cs); LeaveCriticalSection(&cs);\n\
                    DeleteCriticalSection(&cs); InterlockedIncrement(&n);\n\
                    lstrcpy(buf, f); OutputDebugString(buf); SetEvent(e); CloseHandle(e);\n\
                    return wsprintf(buf, f, (int)n) + lstrlen(buf) + (LocalFree(h) == NULL)\n\
                      + (GetModuleHandle(NULL) != NULL) + (int)MAXLONG;\n\
                  }\n";
    for defines in [&[][..], &["-DUNICODE"][..]] {
        compiles("cc", "-std=c99", defines, source);
        compiles("c++", "-std=c++11", defines, source);
    }
}
