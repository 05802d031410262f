//! The HTML timeline (`tapi-run --html FILE`, `TAPI32_HTML=FILE`), end to end, in a
//! real headless browser (Debian's Chromium):
//!
//! * `tests/programs/timeline.c` runs under `tapi-run --html` on a small scenario; the
//!   page loads in Chromium without a script error (its script marks the page ready only
//!   when it ran to the end; `window.onerror` would list errors in the page), the DOM has
//!   a row per handle the program printed, each ending as it should (deallocated, line
//!   closed, held at exit), the use-after-death, line-closed-under-calls and
//!   held-at-exit markers are on the right rows (and the phone's row ends at its
//!   `phoneClose`), and a screenshot shows the bars;
//! * `TAPI32_HTML` follows the report's file rules: a symbolic link is not followed and
//!   an existing file is kept.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

#[path = "support/programs.rs"]
mod programs;
mod support;
use programs::{library, program, tapi_run_exe, text};

const CHROMIUM: &str = "/usr/bin/chromium";

const SCENARIO: &str = r#"
[[line]]
name = "Front desk"
number = "1000"

[[line]]
name = "Back office"
number = "1001"

[[incoming]]
at_ms = 100
line = 0
caller_id = "5551234"
caller_name = "Alice Smith"

[[number]]
number = "5550100"
answer_after_ms = 100

[[phone]]
name = "Desk phone"
line = 0
"#;

/// `tests/programs/timeline.c`, built once for both tests (which run in parallel).
fn timeline_program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| program("timeline"))
}

fn fresh_dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("html")
        .join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs Chromium headless on `page` with `args`, with no network, a profile of its own and
/// at most two minutes.
fn chromium(page: &Path, profile: &Path, args: &[&str]) -> Output {
    support::ensure_packages("chromium", support::file(CHROMIUM), &["chromium"]);
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1200,800",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run chromium");
    let started = Instant::now();
    // Read stdout on a thread: a large DOM would fill the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut s).unwrap();
        s
    });
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut o = child.wait_with_output().unwrap();
    o.stdout = reader.join().unwrap();
    assert!(o.status.success(), "chromium failed: {}", text(&o.stderr));
    o
}

/// The handles the program printed: name -> "0x........".
fn handles(stdout: &str) -> HashMap<String, String> {
    let line = stdout
        .lines()
        .find(|l| l.starts_with("line0="))
        .unwrap_or_else(|| panic!("no handles printed: {stdout}"));
    line.split_whitespace()
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k.to_owned(), v.to_owned())
        })
        .collect()
}

/// The `<g class="row ...">` element of `handle` in `dom`.
fn row<'a>(dom: &'a str, handle: &str) -> &'a str {
    let at = dom
        .find(&format!("data-handle=\"{handle}\""))
        .unwrap_or_else(|| panic!("no row for {handle}"));
    let start = dom[..at].rfind("<g ").unwrap();
    let end = at + dom[at..].find("</g>").unwrap();
    &dom[start..end]
}

/// Decodes a PNG: (width, height, RGB(A) pixels, bytes per pixel).
fn decode(path: &Path) -> (u32, u32, Vec<u8>, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let bpp = info.color_type.samples();
    (info.width, info.height, buf, bpp)
}

#[test]
fn the_timeline_page_loads_in_a_browser_with_every_handle_and_marker() {
    let dir = fresh_dir("browser");
    let scenario = dir.join("scenario.toml");
    std::fs::write(&scenario, SCENARIO).unwrap();
    let page = dir.join("timeline.html");
    let prog = timeline_program();
    let o = Command::new(tapi_run_exe())
        .env("TAPI32_LIBRARY", library())
        .env_remove("LD_LIBRARY_PATH")
        .arg("--scenario")
        .arg(&scenario)
        .arg("--html")
        .arg(&page)
        .arg("--")
        .arg(prog)
        .output()
        .unwrap();
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&format!("tapi-run: timeline in {}", page.display())),
        "{err}"
    );
    let h = handles(&text(&o.stdout));

    // The page as written: self-contained, nothing to fetch.
    let html = std::fs::read_to_string(&page).unwrap();
    for outside in ["src=", "href=", "@import", "url("] {
        assert!(
            !html.contains(outside),
            "the page refers outside: {outside}"
        );
    }

    // The page as Chromium runs it.
    let dom = text(&chromium(&page, &dir.join("profile"), &["--dump-dom"]).stdout);
    assert!(
        dom.contains("data-timeline=\"ready\""),
        "the script did not run to the end: {dom}"
    );
    assert!(
        !dom.contains("data-script-error=\"1\""),
        "a script error: {dom}"
    );
    assert!(
        dom.contains("<pre id=\"errors\" hidden=\"\"></pre>"),
        "{dom}"
    );
    assert!(dom.contains("ready: 6 rows"), "{dom}");
    assert_eq!(dom.matches("<g class=\"row").count(), 6, "{dom}");

    let line0 = row(&dom, &h["line0"]);
    assert!(
        line0.contains("data-kind=\"HLINE\" data-end=\"held\""),
        "{line0}"
    );
    assert!(line0.contains("class=\"mark held\""), "{line0}");

    let line1 = row(&dom, &h["line1"]);
    assert!(line1.contains("data-end=\"line-closed\""), "{line1}");
    assert!(
        line1.contains("class=\"mark closed-under-calls\""),
        "{line1}"
    );
    assert!(
        line1.contains(&format!("active call(s) {} (CONNECTED)", h["closed"])),
        "{line1}"
    );

    let answered = row(&dom, &h["answered"]);
    assert!(answered.contains("data-end=\"deallocated\""), "{answered}");
    for state in ["offering", "connected", "idle"] {
        assert!(
            answered.contains(&format!("st-{state}")),
            "{state}: {answered}"
        );
    }
    assert!(answered.contains("class=\"mark stale\""), "{answered}");
    let hcall = format!(
        "hCall={:#x}",
        u32::from_str_radix(&h["answered"][2..], 16).unwrap()
    );
    assert!(
        answered.contains(&format!("lineGetCallInfoA({hcall}, ")),
        "the marker names the call and its arguments: {answered}"
    );
    assert!(answered.contains("LINEERR_INVALCALLHANDLE"), "{answered}");
    assert!(answered.contains("on thread "), "{answered}");

    let closed = row(&dom, &h["closed"]);
    assert!(closed.contains("data-end=\"line-closed\""), "{closed}");
    assert!(closed.contains("st-connected"), "{closed}");
    assert!(closed.contains("lineMakeCallA("), "{closed}");

    let held = row(&dom, &h["held"]);
    assert!(held.contains("data-end=\"held\""), "{held}");
    assert!(held.contains("class=\"mark held\""), "{held}");
    assert!(held.contains("st-connected"), "{held}");

    let phone = row(&dom, &h["phone"]);
    assert!(
        phone.contains("data-kind=\"HPHONE\" data-end=\"phone-closed\""),
        "{phone}"
    );
    assert!(phone.contains("phoneClose(hPhone="), "{phone}");

    // The screenshot: it exists and shows the bars (the lines' blue, a connected call's
    // green, the markers' red) on white, not a blank page.
    let png = dir.join("out.png");
    chromium(
        &page,
        &dir.join("profile-shot"),
        &[&format!("--screenshot={}", png.display())],
    );
    let (w, hgt, pixels, bpp) = decode(&png);
    assert_eq!((w, hgt), (1200, 800));
    let colours: std::collections::HashSet<&[u8]> = pixels.chunks(bpp).map(|p| &p[..3]).collect();
    assert!(
        colours.len() > 50,
        "{} colours: a blank page?",
        colours.len()
    );
    for (name, rgb) in [
        ("line blue", [0x4a, 0x78, 0xb5]),
        ("connected green", [0x2e, 0x9d, 0x4a]),
        ("stale-use red", [0xe0, 0x1b, 0x24]),
    ] {
        assert!(colours.contains(&rgb[..]), "no {name} in the screenshot");
    }
}

/// `TAPI32_HTML` is created like the report: a symbolic link at the path is not followed,
/// an existing file is not written into; the program still runs.
#[test]
fn tapi32_html_does_not_follow_links_or_overwrite() {
    let dir = fresh_dir("links");
    let scenario = dir.join("scenario.toml");
    std::fs::write(&scenario, SCENARIO).unwrap();
    let prog = timeline_program();
    let victim = dir.join("victim");
    std::fs::write(&victim, "precious").unwrap();
    let link = dir.join("link.html");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let fresh = dir.join("fresh.html");
    for (path, written) in [(&link, false), (&victim, false), (&fresh, true)] {
        let o = Command::new(prog)
            .env("TAPI32_HTML", path)
            .env("TAPI32_SCENARIO", &scenario)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
        let err = text(&o.stderr);
        assert_eq!(
            err.contains("cannot write the timeline"),
            !written,
            "{}: {err}",
            path.display()
        );
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    let page = std::fs::read_to_string(&fresh).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&fresh).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}
