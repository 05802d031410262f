//! Conversions of times to the SDK's `SYSTEMTIME`.

use tapi32_defs::SYSTEMTIME;

/// The UTC calendar time of `t`.
pub(crate) fn system_time(t: std::time::SystemTime) -> SYSTEMTIME {
    let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs();
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    SYSTEMTIME {
        wYear: year as u16,
        wMonth: month as u16,
        wDayOfWeek: ((days + 4).rem_euclid(7)) as u16,
        wDay: day as u16,
        wHour: (rem / 3600) as u16,
        wMinute: (rem % 3600 / 60) as u16,
        wSecond: (rem % 60) as u16,
        wMilliseconds: d.subsec_millis() as u16,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn systemtime_from_known_instant() {
        // 2024-02-29T13:14:15.678Z, a Thursday.
        let t = UNIX_EPOCH + Duration::from_millis(1_709_212_455_678);
        let s = system_time(t);
        assert_eq!((s.wYear, s.wMonth, s.wDay, s.wDayOfWeek), (2024, 2, 29, 4));
        assert_eq!(
            (s.wHour, s.wMinute, s.wSecond, s.wMilliseconds),
            (13, 14, 15, 678)
        );
    }
}
