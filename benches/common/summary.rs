//! The summary table every benchmark prints at its end, and leaves for `benches/summary.rs`,
//! which cargo runs after the others (bench targets run in name order) and which prints
//! the rows of all of them as one table: figure, ours, reference, ratio, target, holds?
//! (Markdown, to copy into BENCHMARKS.md).
//!
//! A benchmark includes this file with `#[path = "common/summary.rs"] mod summary;`,
//! adds one row per figure and calls [`Summary::finish`] last.

use std::fmt::Write as _;
use std::path::PathBuf;

/// What a figure must meet, if anything.
#[derive(Clone, Copy)]
pub enum Target {
    None,
    AtMost(f64, &'static str),
    AtLeast(f64, &'static str),
}

impl Target {
    fn text(self) -> String {
        match self {
            Target::None => "(none)".into(),
            Target::AtMost(x, unit) => format!("<= {}{unit}", num(x)),
            Target::AtLeast(x, unit) => format!(">= {}{unit}", num(x)),
        }
    }

    fn holds(self, value: f64) -> &'static str {
        let ok = match self {
            Target::None => return "",
            Target::AtMost(x, _) => value <= x,
            Target::AtLeast(x, _) => value >= x,
        };
        if ok {
            "yes"
        } else {
            "**no**"
        }
    }
}

/// A number without needless decimals (1.5, 2, 500000).
fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub struct Summary {
    bench: &'static str,
    rows: Vec<[String; 6]>,
}

const HEADER: &str = "| figure | ours | reference | ratio | target | holds? |\n\
                      | --- | --- | --- | --- | --- | --- |\n";

impl Summary {
    pub fn new(bench: &'static str) -> Self {
        Summary {
            bench,
            rows: Vec::new(),
        }
    }

    /// A figure compared with its reference by `ratio`, which `target` applies to
    /// (a target in times: `Target::AtMost(1.5, "x")`).
    pub fn ratio(&mut self, figure: &str, ours: String, reference: String, ratio: f64, t: Target) {
        self.rows.push([
            figure.into(),
            ours,
            reference,
            format!("{ratio:.2}x"),
            t.text(),
            t.holds(ratio).into(),
        ]);
    }

    /// A figure whose `target` applies to its own `value` (shown as `ours`).
    pub fn value(&mut self, figure: &str, ours: String, reference: String, value: f64, t: Target) {
        self.rows.push([
            figure.into(),
            ours,
            reference,
            String::new(),
            t.text(),
            t.holds(value).into(),
        ]);
    }

    fn table_rows(&self) -> String {
        let mut s = String::new();
        for r in &self.rows {
            let _ = writeln!(s, "| {} |", r.join(" | "));
        }
        s
    }

    /// Prints this benchmark's table, its figures in the order of their letters (a., b.,
    /// ...), and leaves its rows for `benches/summary.rs`.
    pub fn finish(mut self) {
        self.rows
            .sort_by_key(|r| r[0].split('.').next().unwrap_or("").to_string());
        let rows = self.table_rows();
        println!("\nsummary of {}:\n{HEADER}{rows}", self.bench);
        if let Some(dir) = dir() {
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join(format!("{}.md", self.bench)), rows);
        }
    }
}

/// Where the benchmarks of one `cargo bench` leave their rows: beside their executables.
pub fn dir() -> Option<PathBuf> {
    Some(
        std::env::current_exe()
            .ok()?
            .parent()?
            .join("bench-summary"),
    )
}

/// The table of every benchmark's rows left in [`dir`] (and removes them: the next
/// `cargo bench` starts afresh), or `None` if there are none.
#[allow(dead_code)] // used by benches/summary.rs only
pub fn collect() -> Option<String> {
    let dir = dir()?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let mut rows = String::new();
    for f in &files {
        rows.push_str(&std::fs::read_to_string(f).ok()?);
        let _ = std::fs::remove_file(f);
    }
    (!rows.is_empty()).then(|| format!("{HEADER}{rows}"))
}
