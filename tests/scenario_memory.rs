//! Scenario files: parsing one takes a bounded multiple of its size in heap (measured
//! with a counting global allocator), and a file that is not a regular file, or is
//! larger than `MAX_FILE_SIZE`, is refused at once.
//!
//! Its own test binary: the counting allocator serves the whole process.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use tapi32::scenario::{Scenario, MAX_FILE_SIZE, MAX_SECTION_SIZE};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// The tests run one at a time (the counts are the process's).
static MEASURING: Mutex<()> = Mutex::new(());

// SAFETY: forwards to the system allocator, only counting.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        // SAFETY: as the caller promised.
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            let now = NOW.fetch_add(l.size(), Ordering::Relaxed) + l.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        NOW.fetch_sub(l.size(), Ordering::Relaxed);
        // SAFETY: as the caller promised.
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        // SAFETY: as the caller promised.
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            if new >= l.size() {
                let now = NOW.fetch_add(new - l.size(), Ordering::Relaxed) + new - l.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                NOW.fetch_sub(l.size() - new, Ordering::Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// A scenario text of at most `size` bytes: `unit` repeated, each `{}` in it replaced
/// by the repetition's number.
fn repeat(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size);
    for i in 0.. {
        let u = unit.replace("{}", &i.to_string());
        if s.len() + u.len() > size {
            break;
        }
        s.push_str(&u);
    }
    s
}

/// Peak heap while parsing `text`, over what was allocated before, as a multiple of
/// the text's size.
fn parse_multiple(text: &str) -> f64 {
    let base = NOW.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let s = Scenario::parse(text, "big.toml").expect("the scenario parses");
    let peak = PEAK.load(Ordering::Relaxed) - base;
    drop(s);
    peak as f64 / text.len() as f64
}

/// The bound the documentation states (README, RELIABILITY.md): a file of sections
/// takes at most this many times its size (2.3 to 4 times for calls, numbers and
/// closes; about 15 times for one-key `[[location]]` tables, whose parsed locations
/// alone are 7 to 13 times their text) ...
const MULTIPLE: f64 = 16.0;
/// ... plus, for its longest section, the parser's working memory (some 110 times a
/// section of `MAX_SECTION_SIZE`).
const SECTION_COST: usize = 2 << 20;

#[test]
fn parsing_takes_a_bounded_multiple_of_the_file_size() {
    let _one = MEASURING.lock().unwrap_or_else(|p| p.into_inner());
    let size = MAX_FILE_SIZE as usize;
    let shapes = [
        (
            "incoming calls",
            "[[incoming]]\nat_ms = 500\nline = 0\ncaller_id = \"5551234\"\n\
             caller_name = \"Alice Smith\"\nanswer_after_ms = 1500\nhangup_after_ms = 4000\n\n",
        ),
        ("closes (many small tables)", "[[close]]\nat_ms=1\nline=0\n"),
        (
            "numbers",
            "[[number]]\nnumber = \"{}\"\nanswer_after_ms = 500\n",
        ),
        ("locations", "[[location]]\nid = {}\n"),
    ];
    let mut worst = 0f64;
    for (what, unit) in shapes {
        let text = repeat(unit, size);
        let m = parse_multiple(&text);
        eprintln!("{what}: {} bytes, peak heap {m:.2} x the size", text.len());
        worst = worst.max(m);
    }
    eprintln!("worst: {worst:.2} x");
    assert!(worst <= MULTIPLE, "parse took {worst:.2} x the file size");
}

#[test]
fn one_long_section_costs_a_bounded_amount() {
    let _one = MEASURING.lock().unwrap_or_else(|p| p.into_inner());
    // The longest section allowed, an inline array (the densest TOML), then tables.
    let mut text = String::from("incoming = [");
    text.push_str(&repeat("{at_ms=1,line=0},", MAX_SECTION_SIZE - 16));
    text.push_str("]\n");
    assert!(text.len() <= MAX_SECTION_SIZE);
    let alone = parse_multiple(&text) * text.len() as f64;
    eprintln!(
        "one {}-byte inline section: peak heap {:.0} KiB",
        text.len(),
        alone / 1024.0
    );
    assert!(alone <= SECTION_COST as f64);
    text.push_str(&repeat(
        "[[close]]\nat_ms=1\nline=0\n",
        MAX_FILE_SIZE as usize - text.len(),
    ));
    let m = parse_multiple(&text);
    eprintln!("with tables up to {} bytes: {m:.2} x", text.len());
    assert!(m * text.len() as f64 <= MULTIPLE * text.len() as f64 + SECTION_COST as f64);
}

fn load_error(path: &std::path::Path) -> String {
    Scenario::load(path.to_str().unwrap()).expect_err("refused")
}

#[test]
fn only_regular_files_of_bounded_size_are_read() {
    let _one = MEASURING.lock().unwrap_or_else(|p| p.into_inner());
    let dir = std::env::temp_dir().join(format!("tapi32-scenario-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A FIFO with no writer: refused at once, not waited on.
    let fifo = dir.join("fifo.toml");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let t = std::time::Instant::now();
    let e = load_error(&fifo);
    assert!(e.contains("not a regular file"), "{e}");
    assert!(t.elapsed() < std::time::Duration::from_secs(2));
    // A device and a directory.
    for p in [std::path::Path::new("/dev/zero"), dir.as_path()] {
        let e = load_error(p);
        assert!(e.contains("not a regular file"), "{e}");
    }
    // One byte too many.
    let big = dir.join("big.toml");
    std::fs::write(
        &big,
        repeat("# padding\n", MAX_FILE_SIZE as usize) + "\n\n\n\n\n\n\n\n\n\n\n",
    )
    .unwrap();
    let e = load_error(&big);
    assert!(e.contains("larger than the 1048576 bytes"), "{e}");
    // Exactly the limit is fine.
    let mut ok = repeat("[[close]]\nat_ms=1\nline=0\n", MAX_FILE_SIZE as usize);
    while ok.len() < MAX_FILE_SIZE as usize {
        ok.push('\n');
    }
    std::fs::write(&big, &ok).unwrap();
    Scenario::load(big.to_str().unwrap()).expect("a file of exactly the limit loads");
    // A section one byte too long names its line.
    let long = dir.join("long.toml");
    let mut text =
        String::from("[[close]]\nat_ms = 1\nline = 0\n[[incoming]]\nat_ms = 1\nline = 0\n");
    text.push_str(&"#".repeat(MAX_SECTION_SIZE));
    text.push('\n');
    std::fs::write(&long, &text).unwrap();
    let e = load_error(&long);
    assert!(e.contains("long.toml:4: a section of"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}
