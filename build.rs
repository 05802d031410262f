//! Generates `include/tapi.h` and `include/tapisim.h` with cbindgen, and the linker
//! version script that keeps the cdylib's exports to the TAPI and `tapisim` functions.
//!
//! The headers are written to `$OUT_DIR`; a test (`tests/headers.rs`) fails when the
//! committed copies in `include/` differ. `TAPI32_BLESS_HEADERS=1 cargo build` (or a
//! missing header) writes them into `include/`.
//!
//! cbindgen 0.29 is given copies of the FFI sources with three adjustments, each for a
//! gap in cbindgen, not a change of meaning:
//! 1. `extern "system"` is read as `extern "C"` (cbindgen only emits C-ABI functions;
//!    on Linux both are the C calling convention).
//! 2. Integer constants keep the hex spelling of the Rust source, as the Windows SDK
//!    spells them. This matters: in C `0x80000018` is an `unsigned int`, while the
//!    decimal `2147483672` cbindgen would print is a 64-bit `long` on LP64.
//! 3. A version-conditional field's `;` is moved inside its `#if`/`#endif`, so a
//!    TAPI 1.4 build of the header has no stray `;` in its structures.

use std::collections::HashMap;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

const TAPI_SOURCES: &[&str] = &[
    "src/ffi/win32.rs",
    "src/ffi/types.rs",
    "src/ffi/constants.rs",
    "src/ffi/app.rs",
    "src/ffi/line.rs",
    "src/ffi/call.rs",
];
const SIM_SOURCES: &[&str] = &["src/ffi/win32.rs", "src/ffi/sim.rs"];

/// Types cbindgen must know (to emit constants of them) but not define: on Linux they
/// come from `include/tapi32_wintypes.h`, on Windows from `<windows.h>`.
const WIN32_TYPES: &[&str] = &[
    "DWORD",
    "LONG",
    "WORD",
    "BYTE",
    "BOOL",
    "WCHAR",
    "DWORD_PTR",
    "HANDLE",
    "HINSTANCE",
    "LPDWORD",
    "LPCSTR",
    "LPCWSTR",
    "GUID",
    "SYSTEMTIME",
];

/// Public types of `src/ffi/types.rs` that no exported signature mentions; the SDK's
/// `tapi.h` has them, so ours must too.
const UNREFERENCED_TYPES: &[&str] = &["LPLINEDIALPARAMS"];

const TAPI_PROLOGUE: &str = r#"
#ifndef TAPI_CURRENT_VERSION
#define TAPI_CURRENT_VERSION 0x00030001
#endif

/* Structure members added by later TAPI versions are compiled in by TAPI_CURRENT_VERSION. */
#if TAPI_CURRENT_VERSION < 0x00020000
#define TAPI32_PRE_V2 1
#endif
#if TAPI_CURRENT_VERSION < 0x00020002
#define TAPI32_PRE_V22 1
#endif
#if TAPI_CURRENT_VERSION < 0x00030000
#define TAPI32_PRE_V3 1
#endif

/* The Windows SDK packs TAPI's structures to 1 byte. */
#pragma pack(push, 1)
"#;

const TAPI_TRAILER: &str = r#"
#pragma pack(pop)

/* From TAPI 2.0 on, the generic names select the A or W entry point. */
#if TAPI_CURRENT_VERSION >= 0x00020000
#ifdef UNICODE
#define lineInitializeEx lineInitializeExW
#define lineGetDevCaps lineGetDevCapsW
#define lineOpen lineOpenW
#define lineMakeCall lineMakeCallW
#define lineGetCallInfo lineGetCallInfoW
#else
#define lineInitializeEx lineInitializeExA
#define lineGetDevCaps lineGetDevCapsA
#define lineOpen lineOpenA
#define lineMakeCall lineMakeCallA
#define lineGetCallInfo lineGetCallInfoA
#endif
#endif

#endif /* TAPI32_LINUX_TAPI_H */"#;

const EXPORTS: &str = "line*;\n    tapisim*;";

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-env-changed=TAPI32_BLESS_HEADERS");
    for s in TAPI_SOURCES.iter().chain(SIM_SOURCES) {
        println!("cargo:rerun-if-changed={s}");
    }

    let tapi = generate(&manifest, &out, TAPI_SOURCES, tapi_config());
    let sim = generate(&manifest, &out, SIM_SOURCES, sim_config());
    let bless = env::var("TAPI32_BLESS_HEADERS").is_ok_and(|v| v == "1");
    for (name, text) in [("tapi.h", &tapi), ("tapisim.h", &sim)] {
        fs::write(out.join(name), text).unwrap();
        let committed = manifest.join("include").join(name);
        if bless || !committed.exists() {
            fs::write(&committed, text).unwrap();
        }
    }

    let map = out.join("exports.map");
    fs::write(
        &map,
        format!("{{\n  global:\n    {EXPORTS}\n  local: *;\n}};\n"),
    )
    .unwrap();
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!(
            "cargo:rustc-cdylib-link-arg=-Wl,--version-script={}",
            map.display()
        );
        // The SONAME programs record as their dependency; a preloaded libtapi32.so
        // (tapi-run) then stands for it even where the program's own cannot be found.
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libtapi32.so");
    }
}

fn base_config() -> cbindgen::Config {
    let mut c = cbindgen::Config {
        language: cbindgen::Language::C,
        cpp_compat: true,
        style: cbindgen::Style::Both,
        no_includes: true,
        documentation: true,
        documentation_style: cbindgen::DocumentationStyle::Doxy,
        ..Default::default()
    };
    c.layout.packed = Some(String::new());
    c.function.sort_by = Some(cbindgen::SortKey::None);
    c.sort_by = cbindgen::SortKey::None;
    c.constant.sort_by = Some(cbindgen::SortKey::None);
    c.export.exclude = WIN32_TYPES.iter().map(|s| s.to_string()).collect();
    c.autogen_warning = Some(
        "/* Generated by build.rs with cbindgen from src/ffi; do not edit. \
         Regenerate with TAPI32_BLESS_HEADERS=1 cargo build. */"
            .into(),
    );
    c
}

fn tapi_config() -> cbindgen::Config {
    let mut c = base_config();
    // The guard is written by hand (header/trailer): cbindgen would close it before
    // the trailer, leaving `#pragma pack(pop)` and the A/W names outside it.
    c.header = Some(
        "/* tapi.h: TAPI 2.x/3.x line-call API of tapi32 for Linux (libtapi32.so).\n \
         * Constants, structures and signatures follow the Windows SDK's tapi.h. */\n\
         #ifndef TAPI32_LINUX_TAPI_H\n#define TAPI32_LINUX_TAPI_H"
            .into(),
    );
    c.includes = vec!["tapi32_wintypes.h".into()];
    c.after_includes = Some(TAPI_PROLOGUE.into());
    c.trailer = Some(TAPI_TRAILER.into());
    // Types no exported function names, which cbindgen would otherwise leave out.
    c.export.include = UNREFERENCED_TYPES.iter().map(|s| s.to_string()).collect();
    for (cfg, def) in [
        ("tapi_pre_v2", "TAPI32_PRE_V2"),
        ("tapi_pre_v22", "TAPI32_PRE_V22"),
        ("tapi_pre_v3", "TAPI32_PRE_V3"),
    ] {
        c.defines.insert(cfg.into(), def.into());
    }
    c
}

fn sim_config() -> cbindgen::Config {
    let mut c = base_config();
    c.include_guard = Some("TAPI32_LINUX_TAPISIM_H".into());
    c.header = Some(
        "/* tapisim.h: control API of the simulated telephone provider built into\n \
         * libtapi32.so, for tests and demonstrations. */"
            .into(),
    );
    c.includes = vec!["tapi.h".into()];
    c
}

/// Runs cbindgen on adjusted copies of `sources` and post-processes its output.
fn generate(manifest: &Path, out: &Path, sources: &[&str], config: cbindgen::Config) -> String {
    let dir = out.join("cbindgen-src");
    fs::create_dir_all(&dir).unwrap();
    let mut builder = cbindgen::Builder::new().with_config(config);
    let mut hex = HashMap::new();
    for s in sources {
        let text = fs::read_to_string(manifest.join(s)).unwrap();
        collect_hex_constants(&text, &mut hex);
        let copy = dir.join(Path::new(s).file_name().unwrap());
        fs::write(&copy, text.replace("extern \"system\"", "extern \"C\"")).unwrap();
        builder = builder.with_src(copy);
    }
    let mut buf = Vec::new();
    builder.generate().expect("cbindgen failed").write(&mut buf);
    let text = String::from_utf8(buf).unwrap();
    let text = text.replace("\n#endif\n  ;", ";\n#endif");
    text.lines()
        .map(|line| respell_constant(line, &hex))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// `pub const NAME: TYPE = 0x...;` lines of a source file.
fn collect_hex_constants(text: &str, hex: &mut HashMap<String, String>) {
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("pub const ") else {
            continue;
        };
        let Some((name, rest)) = rest.split_once(':') else {
            continue;
        };
        let Some((_, value)) = rest.split_once('=') else {
            continue;
        };
        let value = value.trim().trim_end_matches(';').trim();
        if value.starts_with("0x") {
            hex.insert(name.trim().to_owned(), value.replace('_', ""));
        }
    }
}

fn respell_constant(line: &str, hex: &HashMap<String, String>) -> String {
    if let Some(rest) = line.strip_prefix("#define ") {
        if let Some((name, _)) = rest.split_once(' ') {
            if let Some(v) = hex.get(name) {
                return format!("#define {name} {v}");
            }
        }
    }
    line.to_owned()
}
