//! Generating `include/tapi.h` and `include/tapisim.h`.
//!
//! cbindgen reads the definitions crate `tapi32-defs` as written, so the version
//! conditions on structure members survive (`cbindgen.toml`: constants and types of
//! `tapi.h`), and the library crate with its macros expanded, since every export is
//! declared once with `ffi_fn!`, which emits the plain, `A` and `W` functions
//! (`cbindgen-tapisim.toml`). The parsed items are then adjusted in ways cbindgen's
//! configuration cannot say, each on cbindgen's own representation, never on its text:
//!
//! 1. The library's functions are split between the headers: the TAPI functions join
//!    the definitions in `tapi.h`; `tapisim*` go to `tapisim.h`, the library's
//!    extensions (`tapi32*`) to `tapi32ext.h`, its Win32 message loop (`tapi32_*`) to
//!    `win32/tapi32_win32.h`, with the SDK's names defined as the prefixed exports.
//!    (cbindgen emits constants of the crate it is run on only, so one run cannot do
//!    both.)
//! 2. `DWORD` constants are written in hex, as the SDK writes them: in C `0x80000018`
//!    is an `unsigned int`, where the decimal `2147483672` would be a 64-bit `long` on
//!    LP64, and `lineClose(h) == LINEERR_INVALLINEHANDLE` would no longer hold.
//! 3. A structure with members that only some TAPI versions have is written once per
//!    range of versions, each copy whole under its own `#if`. (cbindgen can make single
//!    members conditional, but leaves a stray `;` after each, which pedantic C rejects;
//!    its issue #634.)
//! 4. A structure member named `DUMMYUNIONNAME` (the SDK's name for an anonymous union
//!    under `NONAMELESSUNION`) is written as an anonymous union, as the SDK declares
//!    `LINEPROXYREQUEST`'s parameters: its union type's members, each under the version
//!    condition it has, become the union written inline (cbindgen cannot write anonymous
//!    members), and the union type itself is not written.
//!
//! Every public type of `tapi32-defs` (its `pub struct`, `pub union` and `pub type`
//! items, listed with `syn`) is exported, whether or not an exported function names it:
//! the header holds the whole of the SDK's `tapi.h`.
//!
//! Finally the SDK's generic names (`lineMakeCall` for `lineMakeCallA`/`W` from TAPI
//! 2.0 on) are derived from the exported `A`/`W` pairs, and the structures' (`#define
//! LINEREQMAKECALL LINEREQMAKECALLW` under `UNICODE`) from each `XW` structure whose
//! `X` is one too; they are written before the configured trailer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::ExitCode;

use cbindgen::bindgen::ir::{Cfg, Field, Function, ItemContainer, Literal, Struct, Type};
use cbindgen::{Bindings, Builder, Config};

/// The version conditions of the definitions crate, from the lowest version up: a
/// structure member marked `#[cfg(not(X))]` exists from that version on.
const VERSION_CFGS: [&str; 4] = ["tapi_pre_v2", "tapi_pre_v22", "tapi_pre_v3", "tapi_pre_v31"];

/// The name of a structure member that the header writes as an anonymous union.
const ANONYMOUS_UNION: &str = "DUMMYUNIONNAME";

pub(crate) fn run(root: &Path, check: bool) -> ExitCode {
    // cbindgen expands the library with `rustc -Zunpretty=expanded`; RUSTC_BOOTSTRAP
    // lets the stable toolchain do that. Its own target directory keeps the expansion
    // from waiting on (or invalidating) the normal build.
    std::env::set_var("RUSTC_BOOTSTRAP", "1");
    std::env::set_var("CARGO_EXPAND_TARGET_DIR", root.join("target/xtask-expand"));
    let mut sim = parse(root, "cbindgen-tapisim.toml", root, &[]);
    // The definitions crate has no functions to lead cbindgen to its types: name the
    // types the exports use (cbindgen follows them to the types they use).
    let mut used = BTreeSet::new();
    for f in &sim.functions {
        type_names(&f.ret, &mut used);
        for a in &f.args {
            type_names(&a.ty, &mut used);
        }
    }
    // In the order the sources declare them, which cbindgen keeps where no dependency
    // says otherwise.
    let mut include = public_types(&root.join("defs/src"));
    include.extend(
        used.into_iter()
            .filter(|n| !include.contains(n))
            .collect::<Vec<_>>(),
    );
    let used = include;
    let mut tapi = parse(root, "cbindgen.toml", &root.join("defs"), &used);
    let all = std::mem::take(&mut sim.functions);
    sim.constants.clear();
    sim.items.clear();
    let with = |pick: &dyn Fn(&str) -> bool| -> Vec<Function> {
        all.iter()
            .filter(|f| pick(f.path.name()))
            .cloned()
            .collect()
    };
    tapi.functions = with(&|n| !n.starts_with("tapisim") && !n.starts_with("tapi32"));
    let mut outputs = vec![("tapi.h", write(&mut tapi, None))];
    // The other headers hold functions only: one parse of the library serves them all.
    for (name, config, pick, prefix) in [
        ("tapisim.h", "cbindgen-tapisim.toml", "tapisim", None),
        ("tapi32ext.h", "cbindgen-ext.toml", "tapi32", None),
        (
            "win32/tapi32_win32.h",
            "cbindgen-win32.toml",
            "tapi32_",
            Some("tapi32_"),
        ),
    ] {
        sim.config = Config::from_file(root.join(config)).expect("a valid cbindgen configuration");
        sim.functions =
            with(&|n| n.starts_with(pick) && (prefix.is_some() || !n.starts_with("tapi32_")));
        outputs.push((name, write(&mut sim, prefix)));
    }
    let mut stale = false;
    for (name, text) in outputs {
        let path = root.join("include").join(name);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed == text {
            continue;
        }
        if check {
            eprintln!(
                "include/{name} is out of date: regenerate it with `cargo xtask headers` \
                 and commit it"
            );
            stale = true;
        } else {
            std::fs::write(&path, text).expect("write the header");
            eprintln!("wrote include/{name}");
        }
    }
    if stale {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The names of the types `ty` is made of.
fn type_names(ty: &Type, out: &mut BTreeSet<String>) {
    match ty {
        Type::Ptr { ty, .. } | Type::Array(ty, _) => type_names(ty, out),
        Type::Path(p) => {
            out.insert(p.path().name().to_owned());
        }
        Type::Primitive(_) => {}
        Type::FuncPtr { ret, args, .. } => {
            type_names(ret, out);
            for (_, a) in args {
                type_names(a, out);
            }
        }
    }
}

/// The names of the `pub struct`, `pub union` and `pub type` items of the Rust files in
/// `dir`.
fn public_types(dir: &Path) -> Vec<String> {
    let mut names = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the definitions crate's sources")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read a source file");
        let file = syn::parse_file(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
        for item in file.items {
            let (vis, ident) = match &item {
                syn::Item::Struct(i) => (&i.vis, &i.ident),
                syn::Item::Union(i) => (&i.vis, &i.ident),
                syn::Item::Type(i) => (&i.vis, &i.ident),
                _ => continue,
            };
            if matches!(vis, syn::Visibility::Public(_)) {
                names.push(ident.to_string());
            }
        }
    }
    names
}

/// What cbindgen makes of the crate in `dir` with the configuration file `config`, also
/// exporting the types named `include`.
fn parse(root: &Path, config: &str, dir: &Path, include: &[String]) -> Bindings {
    let mut config = Config::from_file(root.join(config)).expect("a valid cbindgen configuration");
    config.export.include.extend_from_slice(include);
    Builder::new()
        .with_config(config)
        .with_crate(dir)
        .generate()
        .expect("cbindgen could not read the sources")
}

/// The header text of `bindings`, adjusted as the module docs say. With `prefix`, the
/// functions are exports under prefixed names: the SDK's names are defined as them.
fn write(bindings: &mut Bindings, prefix: Option<&str>) -> String {
    for c in &mut bindings.constants {
        if let (Type::Path(ty), Literal::Expr(value)) = (&c.ty, &mut c.value) {
            // (A constant defined as another, `LAST_LINEREQUESTMODE`, stays a name.)
            let digits = value.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if ty.path().name() == "DWORD" && digits.starts_with(|c: char| c.is_ascii_digit()) {
                let v: u64 = digits
                    .parse()
                    .expect("a DWORD constant is an integer literal");
                *value = format!("0x{v:08X}");
            }
        }
    }
    inline_anonymous_unions(bindings);
    bindings.items = std::mem::take(&mut bindings.items)
        .into_iter()
        .flat_map(split_versioned)
        .collect();
    let mut generic = generic_names(bindings, prefix);
    generic.push_str(&generic_structures(bindings));
    let trailer = bindings.config.trailer.take().unwrap_or_default();
    bindings.config.trailer = Some(format!("{generic}{trailer}"));
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("cbindgen writes UTF-8")
}

/// Writes each structure member named [`ANONYMOUS_UNION`] as an anonymous union (module
/// docs, item 4): the member leaves the structure, its union type's members are appended
/// to the structure's body as text, and the union type leaves the header.
fn inline_anonymous_unions(bindings: &mut Bindings) {
    let unions: BTreeMap<String, Vec<Field>> = bindings
        .items
        .iter()
        .filter_map(|i| match i {
            ItemContainer::Union(u) => Some((u.path.name().to_owned(), u.fields.clone())),
            _ => None,
        })
        .collect();
    let mut inlined = BTreeSet::new();
    for item in &mut bindings.items {
        let ItemContainer::Struct(s) = item else {
            continue;
        };
        let Some(at) = s.fields.iter().position(|f| f.name == ANONYMOUS_UNION) else {
            continue;
        };
        assert_eq!(
            at + 1,
            s.fields.len(),
            "the anonymous union is the last member"
        );
        let field = s.fields.remove(at);
        let Type::Path(ty) = &field.ty else {
            panic!("{ANONYMOUS_UNION} is not of a union type");
        };
        let union = ty.path().name().to_owned();
        let members = &unions[&union];
        let mut body = String::from("  TAPI32_ANONYMOUS_UNION {\n");
        let mut open: Option<&str> = None;
        for m in members {
            let condition = m.cfg.as_ref().map(|c| {
                let v = version_of(c).expect("a version condition");
                bindings.config.defines[VERSION_CFGS[v]].as_str()
            });
            if condition != open {
                if open.is_some() {
                    body.push_str("#endif\n");
                }
                if let Some(c) = condition {
                    body.push_str(&format!("#if !defined({c})\n"));
                }
                open = condition;
            }
            let Type::Path(mty) = &m.ty else {
                panic!("{union}.{}: a member of a named type", m.name);
            };
            body.push_str(&format!("    {} {};\n", mty.path().name(), m.name));
        }
        if open.is_some() {
            body.push_str("#endif\n");
        }
        body.push_str("  };");
        bindings
            .config
            .export
            .body
            .insert(s.path.name().to_owned(), body);
        inlined.insert(union);
    }
    bindings.items.retain(|i| match i {
        ItemContainer::Union(u) => !inlined.contains(u.path.name()),
        _ => true,
    });
}

/// The SDK's generic names of structures, by `UNICODE`: `X` for `XW` where `X` is a
/// structure too (`LINEREQMAKECALL`, whose single-byte form has no `A`).
fn generic_structures(bindings: &Bindings) -> String {
    let names: BTreeSet<&str> = bindings
        .items
        .iter()
        .filter_map(|i| match i {
            ItemContainer::Struct(s) => Some(s.path.name()),
            _ => None,
        })
        .collect();
    let generic: Vec<&str> = names
        .iter()
        .filter_map(|n| n.strip_suffix('W'))
        .filter(|g| names.contains(g))
        .collect();
    if generic.is_empty() {
        return String::new();
    }
    let defines: String = generic
        .iter()
        .map(|g| format!("#define {g} {g}W\n"))
        .collect();
    format!("/* Under UNICODE the generic structure names select the W forms. */\n#ifdef UNICODE\n{defines}#endif\n\n")
}

/// Whether `cfg` is `not(name)` for a version condition `name`.
fn version_of(cfg: &Cfg) -> Option<usize> {
    match cfg {
        Cfg::Not(inner) => match &**inner {
            Cfg::Boolean(name) => VERSION_CFGS.iter().position(|v| v == name),
            _ => None,
        },
        _ => None,
    }
}

/// `item` as is, or, for a structure with version-conditional members, one copy per
/// range of TAPI versions, each with the members that range has and the range's
/// condition on the whole structure.
fn split_versioned(item: ItemContainer) -> Vec<ItemContainer> {
    let ItemContainer::Struct(s) = item else {
        return vec![item];
    };
    let mut bounds: Vec<usize> = s
        .fields
        .iter()
        .filter_map(|f| {
            f.cfg
                .as_ref()
                .map(|c| version_of(c).expect("a version condition"))
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if bounds.is_empty() {
        return vec![ItemContainer::Struct(s)];
    }
    // Ranges: below the first bound, between bounds, from the last bound on.
    bounds.insert(0, usize::MAX);
    bounds.push(usize::MAX);
    bounds
        .windows(2)
        .map(|w| {
            let (from, until) = (w[0], w[1]);
            let mut copy: Struct = s.clone();
            copy.fields.retain(|f| {
                f.cfg
                    .as_ref()
                    .and_then(version_of)
                    .is_none_or(|v| from != usize::MAX && v <= from)
            });
            for f in &mut copy.fields {
                f.cfg = None;
            }
            let boolean = |v: usize| Cfg::Boolean(VERSION_CFGS[v].to_owned());
            let mut all = Vec::new();
            if from != usize::MAX {
                all.push(Cfg::Not(Box::new(boolean(from))));
            }
            if until != usize::MAX {
                all.push(boolean(until));
            }
            copy.cfg = Some(if all.len() == 1 {
                all.pop().expect("one")
            } else {
                Cfg::All(all)
            });
            ItemContainer::Struct(copy)
        })
        .collect()
}

/// The SDK's generic names for the exported `A`/`W` pairs, by `UNICODE` (from TAPI 2.0
/// on for the TAPI functions). With `prefix`, first the SDK's names of the prefixed
/// exports (`#define GetMessageA tapi32_GetMessageA`).
fn generic_names(bindings: &Bindings, prefix: Option<&str>) -> String {
    let names: BTreeSet<&str> = bindings
        .functions
        .iter()
        .map(|f| f.path.name())
        .map(|n| prefix.and_then(|p| n.strip_prefix(p)).unwrap_or(n))
        .collect();
    let mut out = String::new();
    if let Some(p) = prefix {
        out.push_str("/* The SDK's names of the library's exports. */\n");
        for n in &names {
            out.push_str(&format!("#define {n} {p}{n}\n"));
        }
        out.push('\n');
    }
    let pairs: Vec<&str> = names
        .iter()
        .filter_map(|n| n.strip_suffix('A'))
        .filter(|g| names.contains(format!("{g}W").as_str()))
        .collect();
    if pairs.is_empty() {
        return out;
    }
    let defines = |suffix: char| -> String {
        pairs
            .iter()
            .map(|g| format!("#define {g} {g}{suffix}\n"))
            .collect()
    };
    let (what, open, close) = match prefix {
        None => (
            "From TAPI 2.0 on, the generic names select",
            "#if TAPI_CURRENT_VERSION >= 0x00020000\n",
            "#endif\n",
        ),
        Some(_) => ("The generic names select", "", ""),
    };
    out.push_str(&format!(
        "/* {what} the A or W entry point. */\n{open}#ifdef UNICODE\n{}#else\n{}#endif\n{close}\n",
        defines('W'),
        defines('A')
    ));
    out
}
