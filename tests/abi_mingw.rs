//! Drop-in ABI: `include/tapi.h` against an independent header, mingw-w64's `tapi.h`,
//! which follows the Windows SDK.
//!
//! Every name of mingw's `tapi.h` but its functions (which the exports bring) must be in
//! ours: each constant (a macro of ours), handle, pointer and callback type, and each
//! `typedef struct ... { } NAME, *LPNAME;` of it (a missing one is reported by name).
//! Then one probe source lists, as an array of 64-bit values, every constant's value,
//! `sizeof` and signedness, the widths of the base, handle and pointer types, and the
//! size, alignment, member offsets and member sizes of every structure. It is compiled,
//! not run, twice: by `x86_64-w64-mingw32-gcc` against mingw's headers, and by `cc`
//! against `include/win32/windows.h` and `include/tapi.h`. The two compilers' assembly
//! gives the arrays, which must be equal value for value.
//!
//! Further checks: the fixed size of each versioned structure under every
//! `TAPI_CURRENT_VERSION` equals the offset (in mingw's full structure) of the first
//! member a later version added; mingw's prototypes of every exported function and its
//! `LINECALLBACK` redeclare ours without conflict; the generic names map to A/W as in
//! the SDK.
//!
//! mingw-w64 is installed with `apt-get` when it is missing and the test runs as root.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

mod support;

const MINGW_TAPI_H: &str = "/usr/share/mingw-w64/include/tapi.h";
const MINGW_CC: &str = "x86_64-w64-mingw32-gcc";

/// The base types mingw's tapi.h uses (from `<windows.h>`), compared with the handle
/// types it declares: integer types (size and signedness) and pointer types (size).
const BASE_INT_TYPES: &[&str] = &[
    "DWORD",
    "LONG",
    "WORD",
    "BYTE",
    "BOOL",
    "WCHAR",
    "DWORD_PTR",
];
const BASE_POINTER_TYPES: &[&str] = &["HANDLE", "HINSTANCE", "LPDWORD", "LPCSTR", "LPCWSTR"];

/// Macros of mingw's tapi.h that are its own include guards or those of `<windows.h>`'s
/// types: not names of the API.
const GUARDS: &[&str] = &["TAPI_H", "GUID_DEFINED", "__LPGUID_DEFINED__"];

/// Members each TAPI version added to the versioned structures: (structure, version,
/// first member of that version). The SDK wraps those members in
/// `#if (TAPI_CURRENT_VERSION >= version)`.
const VERSIONED: &[(&str, u32, &str)] = &[
    ("LINECALLINFO", 0x0002_0000, "dwCallTreatment"),
    ("LINECALLINFO", 0x0003_0000, "dwCallerIDAddressType"),
    ("LINECALLSTATUS", 0x0002_0000, "dwCallFeatures2"),
    (
        "LINECALLPARAMS",
        0x0002_0000,
        "dwPredictiveAutoTransferStates",
    ),
    ("LINECALLPARAMS", 0x0003_0000, "dwAddressType"),
    ("LINEDEVCAPS", 0x0002_0000, "dwSettableDevStatus"),
    ("LINEDEVCAPS", 0x0002_0002, "PermanentLineGuid"),
    ("LINEDEVCAPS", 0x0003_0000, "dwAddressTypes"),
    (
        "LINEADDRESSCAPS",
        0x0002_0000,
        "dwPredictiveAutoTransferStates",
    ),
    ("LINEAGENTCAPS", 0x0002_0002, "ProxyGUID"),
    ("LINEDEVSTATUS", 0x0002_0000, "dwAvailableMediaModes"),
    ("LINEFORWARD", 0x0003_0001, "dwCallerAddressType"),
    ("PHONECAPS", 0x0002_0000, "dwDeviceClassesSize"),
    ("PHONECAPS", 0x0002_0002, "PermanentPhoneGuid"),
    ("PHONESTATUS", 0x0002_0000, "dwPhoneFeatures"),
];
/// Structures whose size under an earlier version is not the offset of a member of their
/// own: `LINEFORWARDLIST` ends with a `LINEFORWARD` (checked below from it);
/// `LINEPROXYREQUEST`'s union holds versioned structures and members of TAPI 2.2 (checked
/// at the full version only).
const COMPOSITE: &[&str] = &["LINEFORWARDLIST", "LINEPROXYREQUEST"];
const VERSIONS: &[u32] = &[
    0x0001_0003,
    0x0001_0004,
    0x0002_0000,
    0x0002_0001,
    0x0002_0002,
    0x0003_0000,
    0x0003_0001,
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn work_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("abi_mingw");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Checks that mingw-w64's compiler and headers are installed (the test names the
/// command that installs them otherwise).
fn ensure_mingw() {
    static READY: OnceLock<()> = OnceLock::new();
    READY.get_or_init(|| {
        support::ensure_packages(
            "mingw-w64",
            || support::file(MINGW_TAPI_H)() && support::runs(MINGW_CC, &["--version"])(),
            &["gcc-mingw-w64-x86-64", "mingw-w64-common"],
        )
    });
}

fn mingw_header() -> String {
    std::fs::read_to_string(MINGW_TAPI_H).expect("mingw tapi.h")
}

/// The names mingw's tapi.h declares, by kind.
#[derive(Default)]
struct MingwNames {
    /// Object-like macros with a value: the constants.
    constants: Vec<String>,
    /// Macros naming a structure (`LINEREQMAKECALL` for `LINEREQMAKECALLW` under
    /// `UNICODE`).
    type_aliases: Vec<String>,
    /// `DECLARE_OPAQUE32` handle types.
    handles: Vec<String>,
    /// Pointer typedefs (`LPHCALL`, `LPHICON`, `LPGUID`) and the callback types.
    pointers: Vec<String>,
    /// `typedef struct tag { ... } NAME, *LPNAME;`: name and members (a nested named
    /// union or structure gives `Name` and `Name.member`; an anonymous union's members
    /// are the structure's).
    structs: Vec<(String, Vec<String>)>,
    /// Function prototypes, the generic names of A/W functions and function-like macros:
    /// out of this test's scope (the exports are).
    functions: Vec<String>,
}

impl MingwNames {
    /// The type names: handle, pointer and callback types, and each structure with its
    /// pointer type.
    fn types(&self) -> Vec<String> {
        let structs = self
            .structs
            .iter()
            .flat_map(|(s, _)| [s.clone(), format!("LP{s}")]);
        self.handles
            .iter()
            .chain(&self.pointers)
            .cloned()
            .chain(structs)
            .collect()
    }
}

fn mingw_names(header: &str) -> MingwNames {
    let mut n = MingwNames::default();
    let lines: Vec<&str> = header.lines().collect();
    let mut it = lines.iter();
    while let Some(line) = it.next() {
        let l = line.trim();
        if let Some(rest) = l.strip_prefix("#define ") {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let value = rest[name.len()..].trim();
            if GUARDS.contains(&name.as_str()) {
                continue;
            }
            if rest[name.len()..].starts_with('(') || value.starts_with("__MINGW_NAME_AW") {
                n.functions.push(name);
            } else if value.starts_with(|c: char| c.is_ascii_alphabetic()) {
                // A name: a structure's (a generic structure name) or a constant's.
                n.type_aliases.push(format!("{name} {value}"));
            } else {
                n.constants.push(name);
            }
        } else if let Some(rest) = l.strip_prefix("DECLARE_OPAQUE32(") {
            n.handles.push(rest.trim_end_matches(");").to_owned());
        } else if let Some(rest) = l.strip_prefix("typedef ") {
            if let Some(at) = rest.find("(CALLBACK *") {
                let name = &rest[at + "(CALLBACK *".len()..];
                n.pointers.push(name[..name.find(')').unwrap()].to_owned());
            } else if rest.starts_with("struct ") && rest.ends_with('{') {
                let mut members = Vec::new();
                let close = parse_members(&mut it, &mut members);
                let names: Vec<&str> = close
                    .trim_end_matches(';')
                    .split(',')
                    .map(str::trim)
                    .collect();
                if let [name, lp] = names[..] {
                    assert_eq!(lp, format!("*LP{name}"), "{close}");
                    n.structs.push((name.to_owned(), members));
                }
            } else if let Some(decl) = rest.strip_suffix(';') {
                // `typedef HCALL *LPHCALL;`
                let name = decl.rsplit(['*', ' ']).next().unwrap();
                n.pointers.push(name.to_owned());
            }
        } else if let Some(rest) = l.strip_prefix("LONG WINAPI ") {
            n.functions.push(rest[..rest.find('(').unwrap()].to_owned());
        }
    }
    let aliases = std::mem::take(&mut n.type_aliases);
    for alias in aliases {
        let (name, value) = alias.split_once(' ').unwrap();
        if n.structs.iter().any(|(s, _)| s == value) {
            n.type_aliases.push(name.to_owned());
        } else {
            n.constants.push(name.to_owned());
        }
    }
    for v in [&mut n.constants, &mut n.functions, &mut n.type_aliases] {
        v.sort();
        v.dedup();
    }
    n
}

/// The members of a structure or union body, up to its closing brace; returns what
/// follows the brace.
fn parse_members<'a>(lines: &mut std::slice::Iter<'_, &'a str>, out: &mut Vec<String>) -> &'a str {
    while let Some(line) = lines.next() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        if let Some(rest) = l.strip_prefix('}') {
            return rest.trim();
        }
        let opening = l.trim_start_matches("__C89_NAMELESS").trim();
        if opening == "union {" || opening == "struct {" {
            let mut inner = Vec::new();
            let name = parse_members(lines, &mut inner)
                .trim_end_matches(';')
                .trim();
            if name.is_empty() {
                out.extend(inner);
            } else {
                out.push(name.to_owned());
                out.extend(inner.into_iter().map(|m| format!("{name}.{m}")));
            }
            continue;
        }
        let decl = l
            .strip_suffix(';')
            .unwrap_or_else(|| panic!("member {l:?}"));
        let decl = decl.split('[').next().unwrap();
        let name = decl.rsplit([' ', '\t', '*']).next().unwrap();
        out.push(name.to_owned());
    }
    panic!("unterminated structure in mingw's tapi.h");
}

/// The probe: labels, and the C expressions whose values both compilers must agree on.
fn probe_entries(names: &MingwNames) -> Vec<(String, String)> {
    let mut v = Vec::new();
    for name in &names.constants {
        v.push((name.clone(), format!("(unsigned long long)({name})")));
        v.push((format!("sizeof({name})"), format!("sizeof({name})")));
        v.push((
            format!("signed({name})"),
            format!("(((__typeof__({name}))-1) < 0)"),
        ));
    }
    for t in BASE_INT_TYPES
        .iter()
        .copied()
        .chain(names.handles.iter().map(String::as_str))
    {
        v.push((format!("sizeof({t})"), format!("sizeof({t})")));
        v.push((format!("signed({t})"), format!("(((({t})-1)) < 0)")));
    }
    for t in BASE_POINTER_TYPES
        .iter()
        .copied()
        .chain(names.pointers.iter().map(String::as_str))
    {
        v.push((format!("sizeof({t})"), format!("sizeof({t})")));
    }
    for t in names
        .pointers
        .iter()
        .filter(|t| t.starts_with("LP"))
        .map(String::as_str)
        .chain(["LPDWORD"])
    {
        v.push((format!("sizeof(*({t})0)"), format!("sizeof(*({t})0)")));
    }
    for (s, members) in &names.structs {
        v.push((format!("sizeof({s})"), format!("sizeof({s})")));
        v.push((format!("alignof({s})"), format!("__alignof__({s})")));
        v.push((format!("sizeof(*LP{s})"), format!("sizeof(*(LP{s})0)")));
        for m in members {
            v.push((format!("offsetof({s}, {m})"), format!("offsetof({s}, {m})")));
            v.push((
                format!("sizeof({s}.{m})"),
                format!("sizeof((({s} *)0)->{m})"),
            ));
        }
    }
    v
}

/// The macros our headers define, with `defines` (`cc -dM -E`).
fn our_macros(defines: &[String]) -> BTreeSet<String> {
    let src = work_dir().join("macros.c");
    std::fs::write(&src, "#include <windows.h>\n#include <tapi.h>\n").unwrap();
    let o = Command::new("cc")
        .args(ours_args(defines))
        .args(["-dM", "-E"])
        .arg(&src)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("#define "))
        .map(|l| {
            l.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

/// The type names of `names` our headers do not declare (the compiler's "unknown type
/// name" errors for a use of each).
fn missing_types(names: &[String]) -> Vec<String> {
    let mut src = String::from("#include <windows.h>\n#include <tapi.h>\n");
    for (i, t) in names.iter().enumerate() {
        writeln!(src, "{t} *probe_type_{i};").unwrap();
    }
    let path = work_dir().join("types.c");
    std::fs::write(&path, src).unwrap();
    let o = Command::new("cc")
        .env("LC_ALL", "C")
        .args(ours_args(&[]))
        .args(["-fsyntax-only", "-fmax-errors=0"])
        .arg(&path)
        .output()
        .unwrap();
    let mut missing: Vec<String> = String::from_utf8_lossy(&o.stderr)
        .lines()
        .filter_map(|l| l.split("unknown type name '").nth(1))
        .map(|rest| rest.split('\'').next().unwrap().to_owned())
        .collect();
    missing.sort();
    missing.dedup();
    assert!(
        o.status.success() || !missing.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    missing
}

fn probe_source(entries: &[(String, String)]) -> String {
    let mut s = String::from(
        "#include <windows.h>\n#include <tapi.h>\n#include <stddef.h>\n\
         const unsigned long long probe_values[] = {\n",
    );
    for (label, expr) in entries {
        writeln!(s, "  (unsigned long long)({expr}), /* {label} */").unwrap();
    }
    s.push_str("};\n");
    s
}

/// Compiles `src` to assembly with `cc` and `args`; panics with the compiler's output on
/// failure.
fn compile_to_asm(cc: &str, args: &[String], src: &Path) -> String {
    let out = src.with_extension(format!("{}.s", cc.replace(['/', '.'], "_")));
    let o = Command::new(cc)
        .args(args)
        .args(["-O0", "-S", "-o"])
        .arg(&out)
        .arg(src)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cc}: {e}"));
    assert!(
        o.status.success(),
        "{cc} failed on {}:\n{}",
        src.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    std::fs::read_to_string(out).unwrap()
}

/// The 64-bit values of the array `label` in GCC's assembly (`.quad` and `.zero`).
fn asm_array(asm: &str, label: &str) -> Vec<u64> {
    let mut lines = asm.lines().skip_while(|l| l.trim() != format!("{label}:"));
    assert!(lines.next().is_some(), "no {label} in the assembly");
    let mut values = Vec::new();
    for line in lines {
        let line = line.trim();
        if let Some(v) = line.strip_prefix(".quad") {
            let v = v.trim();
            let n = v
                .parse::<i128>()
                .unwrap_or_else(|_| panic!("unexpected .quad operand {v:?}"));
            values.push(n as u64);
        } else if let Some(v) = line.strip_prefix(".zero") {
            let bytes: usize = v.trim().parse().expect(".zero operand");
            assert_eq!(bytes % 8, 0, ".zero {bytes} in a u64 array");
            values.extend(std::iter::repeat_n(0, bytes / 8));
        } else if line.starts_with(".align") || line.starts_with(".p2align") {
            continue;
        } else {
            break;
        }
    }
    values
}

fn ours_args(defines: &[String]) -> Vec<String> {
    let r = root();
    let mut a = vec![
        "-std=c11".to_owned(),
        "-Wall".into(),
        "-Werror".into(),
        format!("-I{}", r.join("include/win32").display()),
        format!("-I{}", r.join("include").display()),
    ];
    a.extend(defines.iter().cloned());
    a
}

fn mingw_args() -> Vec<String> {
    vec!["-std=c11".into(), "-Wall".into(), "-Werror".into()]
}

#[test]
fn every_constant_type_and_layout_matches_mingw() {
    ensure_mingw();
    let header = mingw_header();
    let names = mingw_names(&header);
    let lineerr = names
        .constants
        .iter()
        .filter(|n| n.starts_with("LINEERR_"))
        .count();
    assert_eq!(
        lineerr, 95,
        "mingw's tapi.h should define 95 LINEERR_ codes"
    );

    // Every name of mingw's tapi.h but its functions must be in ours.
    let macros = our_macros(&[]);
    let mut missing: Vec<String> = names
        .constants
        .iter()
        .chain(&names.type_aliases)
        .filter(|n| !macros.contains(*n))
        .cloned()
        .collect();
    missing.extend(missing_types(&names.types()));
    // The generic structure names are macros under UNICODE only.
    let unicode = our_macros(&["-DUNICODE".to_owned()]);
    missing.retain(|n| !(names.type_aliases.contains(n) && unicode.contains(n)));
    assert!(
        missing.is_empty(),
        "{} names of mingw-w64's tapi.h are missing from include/tapi.h: {missing:?}",
        missing.len()
    );
    let ours = std::fs::read_to_string(root().join("include/tapi.h")).unwrap();
    let undeclared = names
        .functions
        .iter()
        .filter(|f| !macros.contains(*f) && !ours.contains(&format!(" {f}(")))
        .count();

    let mut entries = probe_entries(&names);
    let src = work_dir().join("probe.c");
    std::fs::write(&src, probe_source(&entries)).unwrap();
    let theirs = asm_array(
        &compile_to_asm(MINGW_CC, &mingw_args(), &src),
        "probe_values",
    );
    let ours = asm_array(&compile_to_asm("cc", &ours_args(&[]), &src), "probe_values");
    assert_eq!(theirs.len(), entries.len(), "mingw probe length");
    assert_eq!(ours.len(), entries.len(), "our probe length");
    let mut values: Vec<(u64, u64)> = theirs.into_iter().zip(ours).collect();
    // Under UNICODE the generic structure names are the W structures.
    let aliases: Vec<(String, String)> = names
        .type_aliases
        .iter()
        .map(|a| (format!("sizeof({a}) (UNICODE)"), format!("sizeof({a})")))
        .collect();
    let src = work_dir().join("probe_unicode.c");
    std::fs::write(&src, probe_source(&aliases)).unwrap();
    let mut unicode_args = mingw_args();
    unicode_args.push("-DUNICODE".into());
    let theirs = asm_array(
        &compile_to_asm(MINGW_CC, &unicode_args, &src),
        "probe_values",
    );
    let ours = asm_array(
        &compile_to_asm("cc", &ours_args(&["-DUNICODE".into()]), &src),
        "probe_values",
    );
    assert_eq!((theirs.len(), ours.len()), (aliases.len(), aliases.len()));
    values.extend(theirs.into_iter().zip(ours));
    entries.extend(aliases);

    let diffs: Vec<String> = entries
        .iter()
        .zip(&values)
        .filter(|(_, (t, o))| t != o)
        .map(|((label, _), (t, o))| format!("  {label}: mingw {t:#x}, ours {o:#x}"))
        .collect();
    assert!(
        diffs.is_empty(),
        "{} of {} values differ from mingw-w64's tapi.h:\n{}",
        diffs.len(),
        entries.len(),
        diffs.join("\n")
    );
    let members: usize = names.structs.iter().map(|(_, m)| m.len()).sum();
    let types = BASE_INT_TYPES.len()
        + BASE_POINTER_TYPES.len()
        + names.handles.len()
        + names.pointers.len();
    let compared = names.constants.len() + names.type_aliases.len() + names.types().len();
    support::report(&format!(
        "abi_mingw: {compared} names of mingw-w64's tapi.h compared ({} constants, {} of them \
         LINEERR_, with value, width and signedness; {} generic structure names; {types} base, \
         handle, pointer and callback types; {} structures and their pointer types, with {} \
         members, offset and size each; {} values): 0 missing, 0 mismatched; {undeclared} of its {} function names \
         not yet declared",
        names.constants.len(),
        lineerr,
        names.type_aliases.len(),
        names.structs.len(),
        members,
        entries.len(),
        names.functions.len(),
    ));
}

#[test]
fn versioned_structure_sizes_follow_tapi_current_version() {
    ensure_mingw();
    let names = mingw_names(&mingw_header());
    let structs: Vec<&str> = names
        .structs
        .iter()
        .map(|(s, _)| s.as_str())
        .filter(|s| !COMPOSITE.contains(s))
        .chain(["LINEFORWARDLIST"])
        .collect();
    // mingw's structures are the full (3.1) ones: the offset of the first member a later
    // version added is the size of the structure for earlier versions.
    let mut entries: Vec<(String, String)> = Vec::new();
    for (s, _, first) in VERSIONED {
        entries.push((format!("{s}.{first}"), format!("offsetof({s}, {first})")));
    }
    for s in &structs {
        entries.push((format!("sizeof({s})"), format!("sizeof({s})")));
    }
    entries.push((
        "LINEFORWARDLIST.ForwardList".into(),
        "offsetof(LINEFORWARDLIST, ForwardList)".into(),
    ));
    let src = work_dir().join("version_offsets.c");
    std::fs::write(&src, probe_source(&entries)).unwrap();
    let values = asm_array(
        &compile_to_asm(MINGW_CC, &mingw_args(), &src),
        "probe_values",
    );
    let known: BTreeMap<&str, u64> = entries
        .iter()
        .map(|(l, _)| l.as_str())
        .zip(values)
        .collect();
    let size_at = |s: &str, v: u32| -> u64 {
        VERSIONED
            .iter()
            .filter(|(vs, since, _)| *vs == s && v < *since)
            .map(|(vs, _, first)| known[format!("{vs}.{first}").as_str()])
            .min()
            .unwrap_or(known[format!("sizeof({s})").as_str()])
    };

    let sizes: Vec<(String, String)> = structs
        .iter()
        .map(|s| (format!("sizeof({s})"), format!("sizeof({s})")))
        .collect();
    let src = work_dir().join("version_sizes.c");
    std::fs::write(&src, probe_source(&sizes)).unwrap();
    let mut compared = 0;
    for &v in VERSIONS {
        let define = format!("-DTAPI_CURRENT_VERSION={v:#010x}");
        let ours = asm_array(
            &compile_to_asm("cc", &ours_args(&[define]), &src),
            "probe_values",
        );
        for (s, got) in structs.iter().zip(ours) {
            let expected = match *s {
                // Its one LINEFORWARD entry has the version's size.
                "LINEFORWARDLIST" => {
                    known["LINEFORWARDLIST.ForwardList"] + size_at("LINEFORWARD", v)
                }
                _ => size_at(s, v),
            };
            assert_eq!(
                got, expected,
                "sizeof({s}) with TAPI_CURRENT_VERSION {v:#010x}"
            );
            compared += 1;
        }
    }
    // The figures the documentation gives for LINECALLINFO.
    assert_eq!(known["LINECALLINFO.dwCallTreatment"], 296);
    assert_eq!(known["LINECALLINFO.dwCallerIDAddressType"], 324);
    assert_eq!(known["sizeof(LINECALLINFO)"], 344);
    support::report(&format!(
        "abi_mingw: {compared} sizes of {} structures across {} TAPI_CURRENT_VERSION values \
         equal the SDK's (from mingw-w64's member offsets; LINEPROXYREQUEST at 3.1 only)",
        structs.len(),
        VERSIONS.len()
    ));
}

/// The exported functions (everything `tapi.h` declares), from our header.
fn our_functions() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("include/tapi.h")).unwrap();
    let mut v: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("LONG "))
        .filter_map(|rest| rest.split('(').next())
        .map(|n| n.trim().to_owned())
        .filter(|n| n.starts_with("line"))
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn mingw_prototypes_redeclare_ours_without_conflict() {
    ensure_mingw();
    let header = mingw_header();
    let functions = our_functions();
    assert!(
        functions.len() >= 25,
        "too few functions in tapi.h: {functions:?}"
    );
    let mut decls = String::new();
    for f in &functions {
        let proto = header
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(&format!("LONG WINAPI {f}(")))
            .unwrap_or_else(|| panic!("mingw's tapi.h declares no {f}"));
        decls.push_str(proto);
        decls.push('\n');
    }
    let callback = header
        .lines()
        .map(str::trim)
        .find(|l| l.contains("(CALLBACK *LINECALLBACK)"))
        .expect("mingw's LINECALLBACK");
    decls.push_str(callback);
    decls.push('\n');
    // Under TAPI 1.4 no generic name is a macro, so the plain names are checked too; under
    // the default version the generic names resolve to the A entry points. (Not under
    // UNICODE: there mingw's single-byte plain prototypes would redeclare the W ones.)
    for (tag, defines) in [
        ("v14", vec!["-DTAPI_CURRENT_VERSION=0x00010004".to_owned()]),
        ("default", vec![]),
    ] {
        let src = work_dir().join(format!("prototypes_{tag}.c"));
        std::fs::write(
            &src,
            format!("#include <windows.h>\n#include <tapi.h>\n{decls}"),
        )
        .unwrap();
        let mut args = ours_args(&defines);
        args.push("-fsyntax-only".into());
        let o = Command::new("cc").args(&args).arg(&src).output().unwrap();
        assert!(
            o.status.success(),
            "mingw's prototypes conflict with include/tapi.h ({tag}):\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    support::report(&format!(
        "abi_mingw: mingw-w64's prototypes of {} functions and LINECALLBACK match ours",
        functions.len()
    ));
}

/// The `T` symbols of a static or import library, by the `nm` given.
fn defined_functions(nm: &str, lib: &Path) -> Vec<String> {
    let o = Command::new(nm)
        .arg(lib)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {nm}: {e}"));
    assert!(o.status.success(), "{nm} {} failed", lib.display());
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter_map(|l| l.split_once(" T ").map(|(_, name)| name.trim().to_owned()))
        .collect()
}

/// The library exports the plain, A and W names of each function in scope exactly where
/// Windows' tapi32.dll does: mingw-w64's import library for tapi32.dll lists its exports.
#[test]
fn exports_follow_windows_tapi32_dll() {
    ensure_mingw();
    let import_lib = Path::new("/usr/x86_64-w64-mingw32/lib/libtapi32.a");
    let windows = defined_functions("x86_64-w64-mingw32-nm", import_lib);
    assert!(
        windows.iter().any(|n| n == "lineGetCallInfoW"),
        "{windows:?}"
    );
    let ours = our_functions();
    let base = |n: &str| n.strip_suffix(['A', 'W']).unwrap_or(n).to_owned();
    let mut compared = 0;
    for f in &ours {
        assert!(windows.contains(f), "tapi32.dll has no {f}");
        let b = base(f);
        for variant in [b.clone(), format!("{b}A"), format!("{b}W")] {
            assert_eq!(
                windows.contains(&variant),
                ours.contains(&variant),
                "{variant}: tapi32.dll exports it: {}, we do: {}",
                windows.contains(&variant),
                ours.contains(&variant)
            );
            compared += 1;
        }
    }
    support::report(&format!(
        "abi_mingw: {} exported names checked against tapi32.dll's ({compared} plain/A/W \
         variants compared)",
        ours.len()
    ));
}

/// What the generic name `name` expands to with `defines`.
fn expansion(name: &str, defines: &[&str]) -> String {
    let src = work_dir().join(format!(
        "expand_{}.c",
        defines.join("_").replace(['-', '='], "")
    ));
    std::fs::write(
        &src,
        format!(
            "#include <windows.h>\n#include <tapi.h>\nTAPI_PROBE_BEGIN {name} TAPI_PROBE_END\n"
        ),
    )
    .unwrap();
    let r = root();
    let o = Command::new("cc")
        .args(["-E", "-P"])
        .args(defines)
        .arg(format!("-I{}", r.join("include/win32").display()))
        .arg(format!("-I{}", r.join("include").display()))
        .arg(&src)
        .output()
        .unwrap();
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    let line = text
        .lines()
        .find(|l| l.starts_with("TAPI_PROBE_BEGIN"))
        .expect("probe line");
    line.split_whitespace().nth(1).unwrap().to_owned()
}

#[test]
fn generic_names_select_a_or_w_from_tapi_2_on() {
    let generic = [
        "lineGetCallInfo",
        "lineGetDevCaps",
        "lineOpen",
        "lineMakeCall",
    ];
    for name in generic {
        assert_eq!(
            expansion(name, &["-DTAPI_CURRENT_VERSION=0x00010004"]),
            name
        );
        assert_eq!(expansion(name, &[]), format!("{name}A"));
        assert_eq!(
            expansion(name, &["-DTAPI_CURRENT_VERSION=0x00020000"]),
            format!("{name}A")
        );
        assert_eq!(expansion(name, &["-DUNICODE"]), format!("{name}W"));
    }
    assert_eq!(expansion("lineInitializeEx", &[]), "lineInitializeExA");
    assert_eq!(
        expansion("lineInitializeEx", &["-DUNICODE"]),
        "lineInitializeExW"
    );
}

/// The Win32 message-loop types and values of `include/win32/windows.h` equal
/// mingw-w64's `windows.h`: `MSG`'s layout, the `WM_`, `PM_`, `QS_`, `MWMO_`, `WAIT_` and
/// `ERROR_` values with their width and signedness, and the parameter types' widths.
#[test]
fn message_loop_types_and_values_match_mingw() {
    ensure_mingw();
    let mut entries: Vec<(String, String)> = Vec::new();
    for m in ["hwnd", "message", "wParam", "lParam", "time", "pt"] {
        entries.push((format!("offsetof(MSG, {m})"), format!("offsetof(MSG, {m})")));
        entries.push((
            format!("sizeof(MSG.{m})"),
            format!("sizeof(((MSG *)0)->{m})"),
        ));
    }
    for t in [
        "MSG", "POINT", "WPARAM", "LPARAM", "LRESULT", "UINT_PTR", "UINT", "HWND",
    ] {
        entries.push((format!("sizeof({t})"), format!("sizeof({t})")));
    }
    for t in ["WPARAM", "LPARAM", "UINT_PTR", "UINT"] {
        entries.push((format!("signed({t})"), format!("((({t})-1) < 0)")));
    }
    entries.push(("alignof(MSG)".into(), "__alignof__(MSG)".into()));
    for name in [
        "WM_NULL",
        "WM_QUIT",
        "WM_TIMER",
        "WM_USER",
        "WM_APP",
        "PM_NOREMOVE",
        "PM_REMOVE",
        "PM_NOYIELD",
        "QS_POSTMESSAGE",
        "QS_TIMER",
        "QS_ALLPOSTMESSAGE",
        "QS_ALLEVENTS",
        "QS_ALLINPUT",
        "MWMO_WAITALL",
        "MWMO_ALERTABLE",
        "MWMO_INPUTAVAILABLE",
        "WAIT_OBJECT_0",
        "WAIT_TIMEOUT",
        "WAIT_FAILED",
        "MAXIMUM_WAIT_OBJECTS",
        "ERROR_INVALID_HANDLE",
        "ERROR_INVALID_PARAMETER",
        "ERROR_INVALID_WINDOW_HANDLE",
        "ERROR_INVALID_THREAD_ID",
    ] {
        entries.push((name.into(), format!("(unsigned long long)({name})")));
        entries.push((format!("sizeof({name})"), format!("sizeof({name})")));
        entries.push((
            format!("signed({name})"),
            format!("(((__typeof__({name}))-1) < 0)"),
        ));
    }
    let src = work_dir().join("probe_win32.c");
    std::fs::write(&src, probe_source(&entries)).unwrap();
    let theirs = asm_array(
        &compile_to_asm(MINGW_CC, &mingw_args(), &src),
        "probe_values",
    );
    let ours = asm_array(&compile_to_asm("cc", &ours_args(&[]), &src), "probe_values");
    assert_eq!((theirs.len(), ours.len()), (entries.len(), entries.len()));
    let diffs: Vec<String> = entries
        .iter()
        .zip(theirs.iter().zip(&ours))
        .filter(|(_, (t, o))| t != o)
        .map(|((label, _), (t, o))| format!("  {label}: mingw {t:#x}, ours {o:#x}"))
        .collect();
    assert!(
        diffs.is_empty(),
        "{} of {} message-loop values differ from mingw-w64's windows.h:\n{}",
        diffs.len(),
        entries.len(),
        diffs.join("\n")
    );
    support::report(&format!(
        "abi_mingw: {} message-loop values (MSG layout, WM_/PM_/QS_/WAIT_/ERROR_ values, \
         parameter types) equal to mingw-w64's windows.h",
        entries.len()
    ));
}
