//! The doctor's files: the report (`TAPI32_REPORT`) and the trace (`TAPI32_TRACE=FILE`).
//!
//! Both are created, never opened: `O_CREAT | O_EXCL | O_NOFOLLOW`, mode 0600, so a
//! symbolic link planted at the path is not followed and no existing file is truncated
//! or written into. The one exception is the report of a process tree that shares
//! `TAPI32_REPORT` (a shell script run under `tapi-run`): every process that loaded the
//! library writes a report at exit, and one that made TAPI calls replaces a report that
//! records none (a helper such as `ls` that finished first) by renaming a new file over
//! it (never writing into it); a report with TAPI calls in it is never replaced.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::report::Report;

/// Creates `path`, which must not exist (a symbolic link counts as existing and is not
/// followed).
pub(super) fn create_new(path: &Path) -> io::Result<File> {
    crate::platform::no_follow(OpenOptions::new().write(true).create_new(true)).open(path)
}

/// What became of a report.
#[derive(Debug)]
pub(super) enum Written {
    /// Written to a file this process created.
    Created,
    /// Renamed over a report that recorded no TAPI call.
    Replaced,
    /// Not written: the path exists and was left alone (why).
    KeptExisting(&'static str),
}

/// Writes `report` (`json`) to `path` by the rules above.
pub(super) fn write_report(path: &Path, report: &Report, json: &str) -> io::Result<Written> {
    match create_new(path) {
        Ok(mut f) => return f.write_all(json.as_bytes()).map(|()| Written::Created),
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
        Err(_) => {}
    }
    if report.api_calls == 0 {
        return Ok(Written::KeptExisting("this process made no TAPI call"));
    }
    if !records_no_call(path) {
        return Ok(Written::KeptExisting(
            "it exists and is not a report without TAPI calls; the report is never written \
             over an existing file",
        ));
    }
    let tmp = PathBuf::from(format!("{}.{}.tmp", path.display(), std::process::id()));
    let written = create_new(&tmp).and_then(|mut f| f.write_all(json.as_bytes()));
    let renamed = written.and_then(|()| std::fs::rename(&tmp, path));
    if renamed.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    renamed.map(|()| Written::Replaced)
}

/// Whether `path` is a regular file (not a link) holding a report of a process that made
/// no TAPI call.
fn records_no_call(path: &Path) -> bool {
    let Ok(f) = crate::platform::no_follow(OpenOptions::new().read(true)).open(path) else {
        return false;
    };
    if !f.metadata().is_ok_and(|m| m.is_file() && m.len() < 1 << 20) {
        return false;
    }
    let mut text = String::new();
    if f.take(1 << 20).read_to_string(&mut text).is_err() {
        return false;
    }
    serde_json::from_str::<Report>(&text).is_ok_and(|r| r.api_calls == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("tapi32-output-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    fn report(api_calls: u64) -> (Report, String) {
        let r = Report {
            api_calls,
            ..Report::default()
        };
        let json = serde_json::to_string(&r).unwrap();
        (r, json)
    }

    #[test]
    fn a_symlink_is_not_followed_and_an_existing_file_is_kept() {
        let d = dir("link");
        let victim = d.join("victim");
        std::fs::write(&victim, "precious").unwrap();
        let link = d.join("report.json");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let (r, json) = report(3);
        assert!(create_new(&link).is_err());
        assert!(matches!(
            write_report(&link, &r, &json),
            Ok(Written::KeptExisting(_))
        ));
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        // A plain existing file is kept too, even an empty one.
        assert!(matches!(
            write_report(&victim, &r, &json),
            Ok(Written::KeptExisting(_))
        ));
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        std::fs::write(&victim, "").unwrap();
        assert!(matches!(
            write_report(&victim, &r, &json),
            Ok(Written::KeptExisting(_))
        ));
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn a_report_with_calls_replaces_one_without_but_not_the_other_way_round() {
        let d = dir("replace");
        let path = d.join("r.json");
        let (none, none_json) = report(0);
        let (some, some_json) = report(5);
        assert!(matches!(
            write_report(&path, &none, &none_json),
            Ok(Written::Created)
        ));
        let meta = std::fs::metadata(&path).unwrap();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        assert!(matches!(
            write_report(&path, &some, &some_json),
            Ok(Written::Replaced)
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), some_json);
        assert!(matches!(
            write_report(&path, &none, &none_json),
            Ok(Written::KeptExisting(_))
        ));
        assert!(matches!(
            write_report(&path, &some, &none_json),
            Ok(Written::KeptExisting(_))
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), some_json);
        assert_eq!(
            std::fs::read_dir(&d).unwrap().count(),
            1,
            "no temporary file left"
        );
        let _ = std::fs::remove_dir_all(&d);
    }
}
