//! `cargo xtask install` and `cargo xtask uninstall`: the library, its headers, its
//! pkg-config files and `tapi-run` under a prefix, as a system library is installed.
//!
//! Layout under `PREFIX` (default `/usr/local`, all of it below `DESTDIR` when set):
//!
//! * `lib/libtapi32.so.1.0.0`, SONAME `libtapi32.so.1` (build.rs), with the links
//!   `lib/libtapi32.so.1` (what programs load) and `lib/libtapi32.so` (what `-ltapi32`
//!   links against);
//! * `include/tapi32/` the headers, `include/tapi32/win32/` the opt-in Win32 ones;
//! * `lib/pkgconfig/tapi32.pc` and `tapi32-win32.pc` (adds the win32 include path);
//! * `bin/tapi-run`;
//! * `share/tapi32/install-manifest`: every file, link and directory the install made,
//!   which `uninstall` removes, and nothing else.
//!
//! Nothing is half-installed: every directory the install writes into is checked first
//! (a missing one must be creatable, an existing one writable); each file is written
//! under a temporary name in its own directory and renamed into place; on any failure
//! what was done is undone (files replaced get their old contents back).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The library file's version: the SONAME's major (build.rs), minor, patch.
const LIB_VERSION: &str = "1.0.0";
const SONAME: &str = "libtapi32.so.1";
/// Where the manifest lies, below the prefix.
const MANIFEST: &str = "share/tapi32/install-manifest";
const HEADERS: [&str; 4] = ["tapi.h", "tapisim.h", "tapi32ext.h", "tapi32_wintypes.h"];

/// The command line's options.
pub struct Options {
    prefix: PathBuf,
    destdir: Option<PathBuf>,
    build: bool,
}

impl Options {
    /// `--prefix P`, `--destdir D` (default: `$DESTDIR`) and `--no-build` (install what
    /// `cargo build --release` built already).
    pub fn parse(args: &[&str]) -> Result<Options, String> {
        let mut o = Options {
            prefix: PathBuf::from("/usr/local"),
            destdir: std::env::var_os("DESTDIR")
                .filter(|d| !d.is_empty())
                .map(PathBuf::from),
            build: true,
        };
        let mut it = args.iter();
        while let Some(&arg) = it.next() {
            let mut value = |name: &str| {
                it.next()
                    .map(PathBuf::from)
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match arg {
                "--prefix" => o.prefix = value("--prefix")?,
                "--destdir" => o.destdir = Some(value("--destdir")?),
                "--no-build" => o.build = false,
                _ => return Err(format!("unknown option {arg}")),
            }
        }
        if !o.prefix.is_absolute() {
            return Err(format!(
                "the prefix must be an absolute path, not {}",
                o.prefix.display()
            ));
        }
        Ok(o)
    }

    /// Where `path` (absolute, as the installed system sees it) is written: below
    /// DESTDIR when set.
    fn real(&self, path: &Path) -> PathBuf {
        match &self.destdir {
            Some(d) => d.join(path.strip_prefix("/").unwrap_or(path)),
            None => path.to_path_buf(),
        }
    }
}

/// One thing to install, at `path` below the prefix.
enum Item {
    File {
        path: String,
        contents: Vec<u8>,
        mode: u32,
    },
    Link {
        path: String,
        target: String,
    },
}

impl Item {
    fn path(&self) -> &str {
        match self {
            Item::File { path, .. } | Item::Link { path, .. } => path,
        }
    }
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn pc_file(prefix: &Path, name: &str, description: &str, includes: &str) -> Item {
    let text = format!(
        "prefix={}\nexec_prefix=${{prefix}}\nlibdir=${{exec_prefix}}/lib\n\
         includedir=${{prefix}}/include\n\n\
         Name: {name}\nDescription: {description}\nVersion: {LIB_VERSION}\n\
         Libs: -L${{libdir}} -ltapi32\nCflags: {includes}\n",
        prefix.display()
    );
    Item::File {
        path: format!("lib/pkgconfig/{name}.pc"),
        contents: text.into_bytes(),
        mode: 0o644,
    }
}

/// Everything to install, read from the build tree.
fn plan(root: &Path, prefix: &Path) -> Result<Vec<Item>, String> {
    let release = target_dir(root).join("release");
    let lib_file = format!("libtapi32.so.{LIB_VERSION}");
    let mut items = vec![
        Item::File {
            path: format!("lib/{lib_file}"),
            contents: read(&release.join("libtapi32.so"))?,
            mode: 0o755,
        },
        Item::Link {
            path: format!("lib/{SONAME}"),
            target: lib_file.clone(),
        },
        Item::Link {
            path: "lib/libtapi32.so".into(),
            target: SONAME.into(),
        },
        Item::File {
            path: "bin/tapi-run".into(),
            contents: read(&release.join("tapi-run"))?,
            mode: 0o755,
        },
        pc_file(
            prefix,
            "tapi32",
            "TAPI 2.x line devices (tapi32.dll's C API) with a simulated telephone provider",
            "-I${includedir}/tapi32",
        ),
        pc_file(
            prefix,
            "tapi32-win32",
            "tapi32 with the Win32 headers (windows.h and its message loop) for unchanged Windows programs",
            "-I${includedir}/tapi32/win32 -I${includedir}/tapi32",
        ),
    ];
    for h in HEADERS {
        items.push(Item::File {
            path: format!("include/tapi32/{h}"),
            contents: read(&root.join("include").join(h))?,
            mode: 0o644,
        });
    }
    let win32 = root.join("include/win32");
    let mut names: Vec<_> = fs::read_dir(&win32)
        .map_err(|e| format!("cannot list {}: {e}", win32.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    names.sort();
    for n in names {
        let n = n.to_string_lossy();
        items.push(Item::File {
            path: format!("include/tapi32/win32/{n}"),
            contents: read(&win32.join(&*n))?,
            mode: 0o644,
        });
    }
    Ok(items)
}

/// The manifest: `file PATH`, `link PATH` and `dir PATH` lines, absolute paths as the
/// installed system sees them (without DESTDIR), directories deepest last.
struct Manifest {
    entries: Vec<(String, PathBuf)>,
}

impl Manifest {
    fn load(path: &Path) -> io::Result<Manifest> {
        let text = fs::read_to_string(path)?;
        let entries = text
            .lines()
            .filter_map(|l| l.split_once(' '))
            .map(|(kind, p)| (kind.to_string(), PathBuf::from(p)))
            .collect();
        Ok(Manifest { entries })
    }

    fn text(&self) -> String {
        self.entries
            .iter()
            .map(|(k, p)| format!("{k} {}\n", p.display()))
            .collect()
    }
}

/// What the install did so far, to undo on failure.
#[derive(Default)]
struct Undo {
    /// Directories made, in the order made.
    dirs: Vec<PathBuf>,
    /// Files and links put in place, with the old one's backup if one was replaced.
    placed: Vec<(PathBuf, Option<PathBuf>)>,
}

impl Undo {
    fn roll_back(self) {
        for (path, backup) in self.placed.into_iter().rev() {
            let _ = fs::remove_file(&path);
            if let Some(b) = backup {
                let _ = fs::rename(&b, &path);
            }
        }
        for d in self.dirs.into_iter().rev() {
            let _ = fs::remove_dir(&d);
        }
    }

    fn commit(self) {
        for (_, backup) in self.placed {
            if let Some(b) = backup {
                let _ = fs::remove_file(&b);
            }
        }
    }
}

/// The nearest existing ancestor of `dir` (itself included) must be a directory this
/// process can write into: a probe file is made and removed there.
fn check_writable(dir: &Path) -> Result<(), String> {
    let mut at = dir;
    while fs::symlink_metadata(at).is_err() {
        at = at.parent().unwrap_or(Path::new("/"));
    }
    if !at.is_dir() {
        return Err(format!(
            "cannot install into {}: {} is not a directory",
            dir.display(),
            at.display()
        ));
    }
    let probe = at.join(format!(".tapi32-install-probe-{}", std::process::id()));
    match fs::File::create_new(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(format!(
            "cannot install into {}: cannot write to {}: {e}",
            dir.display(),
            at.display()
        )),
    }
}

/// Makes `dir` and its missing parents, recording each made (as installed and on disk).
fn make_dirs(o: &Options, dir: &Path, undo: &mut Undo, made: &mut Vec<PathBuf>) -> io::Result<()> {
    let real = o.real(dir);
    if real.is_dir() {
        return Ok(());
    }
    let Some(parent) = dir.parent() else {
        // The root: DESTDIR itself, made but not the install's to remove.
        return fs::create_dir_all(&real);
    };
    make_dirs(o, parent, undo, made)?;
    fs::create_dir(&real)?;
    undo.dirs.push(real);
    made.push(dir.to_path_buf());
    Ok(())
}

/// Puts `item` at `real`: written under a temporary name beside it, the old one (if
/// any) moved aside, then renamed into place.
fn place(item: &Item, real: &Path, undo: &mut Undo) -> io::Result<()> {
    let name = real.file_name().unwrap().to_string_lossy();
    let tmp = real.with_file_name(format!(".{name}.tapi32-new"));
    let _ = fs::remove_file(&tmp);
    match item {
        Item::File { contents, mode, .. } => {
            fs::write(&tmp, contents)?;
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&tmp, fs::Permissions::from_mode(*mode))?;
        }
        Item::Link { target, .. } => std::os::unix::fs::symlink(target, &tmp)?,
    }
    let backup = if fs::symlink_metadata(real).is_ok() {
        let b = real.with_file_name(format!(".{name}.tapi32-old"));
        fs::rename(real, &b)?;
        Some(b)
    } else {
        None
    };
    let renamed = fs::rename(&tmp, real);
    undo.placed.push((real.to_path_buf(), backup));
    if renamed.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    renamed
}

fn install_items(o: &Options, items: &[Item]) -> Result<(), String> {
    let manifest_path = o.prefix.join(MANIFEST);
    let mut dirs: Vec<PathBuf> = items
        .iter()
        .map(|i| o.prefix.join(i.path()).parent().unwrap().to_path_buf())
        .collect();
    dirs.push(manifest_path.parent().unwrap().to_path_buf());
    dirs.sort();
    dirs.dedup();
    for d in &dirs {
        check_writable(&o.real(d))?;
    }
    // The directories an earlier install made stay recorded as made by the install.
    let mut made: Vec<PathBuf> = Manifest::load(&o.real(&manifest_path))
        .map(|m| {
            m.entries
                .into_iter()
                .filter(|(k, _)| k == "dir")
                .map(|(_, p)| p)
                .collect()
        })
        .unwrap_or_default();
    let mut undo = Undo::default();
    let mut manifest = Manifest { entries: vec![] };
    let mut step = || -> io::Result<()> {
        for d in &dirs {
            make_dirs(o, d, &mut undo, &mut made)?;
        }
        for item in items {
            let path = o.prefix.join(item.path());
            place(item, &o.real(&path), &mut undo)?;
            let kind = if matches!(item, Item::Link { .. }) {
                "link"
            } else {
                "file"
            };
            manifest.entries.push((kind.into(), path));
        }
        manifest
            .entries
            .push(("file".into(), manifest_path.clone()));
        made.sort();
        made.dedup();
        manifest
            .entries
            .extend(made.iter().map(|d| ("dir".to_string(), d.clone())));
        let record = Item::File {
            path: MANIFEST.into(),
            contents: manifest.text().into_bytes(),
            mode: 0o644,
        };
        place(&record, &o.real(&manifest_path), &mut undo)
    };
    match step() {
        Ok(()) => {
            undo.commit();
            Ok(())
        }
        Err(e) => {
            undo.roll_back();
            Err(format!(
                "installing into {} failed ({e}); nothing was installed",
                o.real(&o.prefix).display()
            ))
        }
    }
}

fn build(root: &Path) -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .args([
            "build",
            "--release",
            "--package",
            "tapi32",
            "--package",
            "tapi-run",
        ])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("cargo build --release failed".into())
    }
}

fn finish(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(done) => {
            println!("{done}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask install [--prefix P] [--destdir D] [--no-build]`.
pub fn install(root: &Path, o: &Options) -> ExitCode {
    finish((|| {
        if o.build {
            build(root)?;
        }
        let items = plan(root, &o.prefix)?;
        install_items(o, &items)?;
        Ok(format!(
            "installed tapi32 into {} ({} files; manifest {})",
            o.real(&o.prefix).display(),
            items.len() + 1,
            o.prefix.join(MANIFEST).display()
        ))
    })())
}

/// `cargo xtask uninstall [--prefix P] [--destdir D]`: removes what the manifest lists
/// (directories only when empty), and the manifest.
pub fn uninstall(o: &Options) -> ExitCode {
    finish((|| {
        let path = o.real(&o.prefix.join(MANIFEST));
        let m = Manifest::load(&path)
            .map_err(|e| format!("no install manifest at {}: {e}", path.display()))?;
        let mut removed = 0;
        for (kind, p) in m.entries.iter().filter(|(k, _)| k != "dir") {
            match fs::remove_file(o.real(p)) {
                Ok(()) => removed += 1,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(format!("cannot remove {kind} {}: {e}", p.display())),
            }
        }
        let mut dirs: Vec<_> = m.entries.iter().filter(|(k, _)| k == "dir").collect();
        dirs.sort_by_key(|(_, p)| std::cmp::Reverse(p.components().count()));
        for (_, d) in dirs {
            // Only when empty: what others put there stays.
            let _ = fs::remove_dir(o.real(d));
        }
        Ok(format!(
            "removed {removed} files from {}",
            o.real(&o.prefix).display()
        ))
    })())
}
