//! The handoff priority lists of `lineSetAppPriority` and `lineGetAppPriority`: for each
//! media mode, and for Assisted Telephony's request modes, the application module file
//! names in priority order (first is highest).
//!
//! Windows keeps these lists in the registry. Here they live as long as the process: the
//! simulated provider serves the one process that loaded the library, and every
//! application of that process shares one module file name, so a list never has to choose
//! between two of them (offered calls and `lineHandoff` keep `lineOpen` order).

use std::collections::HashMap;
use std::sync::Mutex;

use tapi32_defs::constants::*;
use tapi32_defs::LineError;

use super::sync::lock;

/// Which list: a single media mode bit, or an Assisted Telephony request mode.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Key {
    Media(u32),
    Request(u32),
}

/// The lists, keyed by media or request mode.
#[derive(Default)]
pub(crate) struct Priorities {
    lists: Mutex<HashMap<Key, Vec<String>>>,
}

/// The list `media` (one `LINEMEDIAMODE_` bit) or, with `media` 0, `request` names.
fn key(media: u32, request: u32) -> Result<Key, LineError> {
    if media == 0 {
        return match request {
            LINEREQUESTMODE_MAKECALL | LINEREQUESTMODE_MEDIACALL => Ok(Key::Request(request)),
            _ => Err(LineError::INVALREQUESTMODE),
        };
    }
    if media.count_ones() != 1 || !(LINEMEDIAMODE_UNKNOWN..=LINEMEDIAMODE_VIDEO).contains(&media) {
        return Err(LineError::INVALMEDIAMODE);
    }
    Ok(Key::Media(media))
}

/// A module file name without directory: not empty, no path separator or drive.
fn check_name(name: &str) -> Result<(), LineError> {
    if name.is_empty() || name.contains(['\\', '/', ':']) {
        return Err(LineError::INVALAPPNAME);
    }
    Ok(())
}

impl Priorities {
    /// Before `fork()`: holds the lists' lock (see [`crate::core::sync::hold`]).
    pub(crate) fn fork_prepare(&'static self) {
        crate::core::sync::hold(&self.lists);
    }

    /// `lineSetAppPriority`: `priority` 1 puts `name` first in the list (moving it if it
    /// was lower), 0 takes it out (no error if it was not there); any other value is
    /// `LINEERR_INVALPARAM`. Names compare without regard to case, as Windows file names do.
    pub(crate) fn set(
        &self,
        name: &str,
        media: u32,
        request: u32,
        priority: u32,
    ) -> Result<(), LineError> {
        check_name(name)?;
        let key = key(media, request)?;
        if priority > 1 {
            return Err(LineError::INVALPARAM);
        }
        let mut lists = lock(&self.lists);
        let list = lists.entry(key).or_default();
        list.retain(|n| !n.eq_ignore_ascii_case(name));
        if priority == 1 {
            list.insert(0, name.to_owned());
        }
        Ok(())
    }

    /// `lineGetAppPriority`: `name`'s position in the list, 1 being the highest; 0 when it
    /// is not in the list (TAPI 2.0 and later give 0 also for an application that is only
    /// in the temporary list, having the line open for the media mode).
    pub(crate) fn get(&self, name: &str, media: u32, request: u32) -> Result<u32, LineError> {
        check_name(name)?;
        let key = key(media, request)?;
        let lists = lock(&self.lists);
        let pos = lists
            .get(&key)
            .and_then(|l| l.iter().position(|n| n.eq_ignore_ascii_case(name)));
        Ok(pos.map_or(0, |p| p as u32 + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_move_remove() {
        let p = Priorities::default();
        let m = LINEMEDIAMODE_DATAMODEM;
        p.set("a.exe", m, 0, 1).unwrap();
        p.set("b.exe", m, 0, 1).unwrap();
        assert_eq!(p.get("A.EXE", m, 0), Ok(2));
        assert_eq!(p.get("b.exe", m, 0), Ok(1));
        p.set("A.exe", m, 0, 1).unwrap();
        assert_eq!(p.get("a.exe", m, 0), Ok(1));
        assert_eq!(p.get("b.exe", m, 0), Ok(2));
        p.set("a.exe", m, 0, 0).unwrap();
        p.set("a.exe", m, 0, 0).unwrap();
        assert_eq!(p.get("a.exe", m, 0), Ok(0));
        assert_eq!(p.get("b.exe", m, 0), Ok(1));
        assert_eq!(p.get("b.exe", LINEMEDIAMODE_G3FAX, 0), Ok(0));
    }

    #[test]
    fn bad_input_changes_nothing() {
        let p = Priorities::default();
        let m = LINEMEDIAMODE_G3FAX;
        assert_eq!(p.set("a.exe", m, 0, 2), Err(LineError::INVALPARAM));
        assert_eq!(p.set("a.exe", m | 4, 0, 1), Err(LineError::INVALMEDIAMODE));
        assert_eq!(p.set("a.exe", 1, 0, 1), Err(LineError::INVALMEDIAMODE));
        assert_eq!(
            p.set("a.exe", 0x10000, 0, 1),
            Err(LineError::INVALMEDIAMODE)
        );
        assert_eq!(p.set("a.exe", 0, 4, 1), Err(LineError::INVALREQUESTMODE));
        assert_eq!(p.set("c:\\a.exe", m, 0, 1), Err(LineError::INVALAPPNAME));
        assert_eq!(p.set("", m, 0, 1), Err(LineError::INVALAPPNAME));
        assert_eq!(p.get("a.exe", m, 0), Ok(0));
        p.set("a.exe", 0, LINEREQUESTMODE_MAKECALL, 1).unwrap();
        assert_eq!(p.get("a.exe", 0, LINEREQUESTMODE_MAKECALL), Ok(1));
        assert_eq!(p.get("a.exe", 0, LINEREQUESTMODE_MEDIACALL), Ok(0));
    }
}
