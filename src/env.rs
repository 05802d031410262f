//! The process environment, read in one place: the library's every environment variable
//! (`TAPI32_SCENARIO`, `TAPI32_SIM_LINES`, `TAPI32_CALLBACK_THREAD`,
//! `TAPI32_CALLBACK_WAIT_MS`, `TAPI32_DOCTOR`, `TAPI32_REPORT`, `TAPI32_TRACE`, and the
//! user's name) goes through [`var_unless_secure`], which ignores the environment in a
//! secure-execution process (setuid, setgid or with file capabilities: `AT_SECURE`), whose
//! environment belongs to a less privileged user. A unit test checks that no other file
//! reads the environment.
//!
//! A leaf module: it uses nothing of the crate, and every layer may use it.

use std::ffi::OsString;

/// Whether the process runs in secure-execution mode (`getauxval(AT_SECURE) != 0`: a
/// setuid, setgid or file-capability program run by a less privileged user; Windows
/// has no such mode).
pub(crate) use crate::platform::secure;

/// The environment variable `name`, or `None` when it is unset or the process runs in
/// secure-execution mode ([`secure`]).
pub(crate) fn var_os_unless_secure(name: &str) -> Option<OsString> {
    if secure() {
        return None;
    }
    std::env::var_os(name)
}

/// [`var_os_unless_secure`] as text: `None` also when the value is not UTF-8.
pub(crate) fn var_unless_secure(name: &str) -> Option<String> {
    var_os_unless_secure(name).and_then(|v| v.into_string().ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn an_ordinary_process_is_not_secure_and_reads_its_environment() {
        assert!(!secure());
        assert!(var_os_unless_secure("PATH").is_some());
        assert_eq!(var_unless_secure("TAPI32_SURELY_UNSET_VARIABLE"), None);
    }

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    /// No file of the library but this one reads the environment: every variable is
    /// ignored in secure-execution mode.
    #[test]
    fn only_this_module_reads_the_environment() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        assert!(files.len() > 20, "{files:?}");
        let forbidden = [
            "std::env::var",
            "env::var(",
            "env::var_os(",
            "env::vars",
            "use std::env",
            "getenv",
            "libc::environ",
        ];
        let mut found = Vec::new();
        for f in files.iter().filter(|f| !f.ends_with("src/env.rs")) {
            let text = std::fs::read_to_string(f).unwrap();
            // A file's unit tests (its `#[cfg(test)]` module, at its end) may read it.
            let library = text.split("\n#[cfg(test)]\nmod tests").next().unwrap_or("");
            for (n, line) in library.lines().enumerate() {
                if forbidden.iter().any(|w| line.contains(w)) {
                    found.push(format!("{}:{}: {line}", f.display(), n + 1));
                }
            }
        }
        assert!(
            found.is_empty(),
            "environment read outside src/env.rs: {found:#?}"
        );
    }
}
