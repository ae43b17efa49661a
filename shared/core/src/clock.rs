//! Time, injected.
//!
//! The core never reads the system clock (`SystemTime::now()` panics on
//! `wasm32-unknown-unknown`). Each runtime adapter supplies a [`Clock`]: `Date.now()` on Workers,
//! WASI wall clock on Spin, the OS clock natively. Tests use [`FixedClock`], never `sleep`.

use std::cell::Cell;

/// A point in time as milliseconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixTime(u64);

impl UnixTime {
    /// From milliseconds since the epoch.
    pub const fn from_millis(ms: u64) -> Self {
        UnixTime(ms)
    }

    /// From whole seconds since the epoch.
    pub const fn from_secs(s: u64) -> Self {
        UnixTime(s.saturating_mul(1000))
    }

    /// Milliseconds since the epoch.
    pub const fn as_millis(self) -> u64 {
        self.0
    }

    /// Whole seconds since the epoch (rounded down).
    pub const fn as_secs(self) -> u64 {
        self.0 / 1000
    }

    /// This time plus `ms` milliseconds (saturating).
    pub const fn plus_millis(self, ms: u64) -> Self {
        UnixTime(self.0.saturating_add(ms))
    }

    /// Absolute distance to `other`, in milliseconds.
    pub const fn abs_diff_millis(self, other: UnixTime) -> u64 {
        self.0.abs_diff(other.0)
    }
}

impl UnixTime {
    /// RFC 3339 UTC with milliseconds (`2026-11-25T17:00:00.000Z`).
    pub fn to_rfc3339(self) -> String {
        let ms = self.0;
        let secs = ms / 1000;
        let days = (secs / 86_400) as i64;
        let rem = secs % 86_400;
        let (y, m, d) = civil_from_days(days);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
            rem / 3600,
            (rem / 60) % 60,
            rem % 60,
            ms % 1000
        )
    }

    /// Parses RFC 3339 (`2027-01-31T23:59:59Z`, optional fraction, `Z` or `±hh:mm` offset).
    /// Dates before 1970 are refused.
    pub fn parse_rfc3339(s: &str) -> Option<UnixTime> {
        let b = s.as_bytes();
        if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        // Digits folded by hand (no `str::parse`, no formatting): this parser ships in WASM
        // builds that are a few hundred bytes from their size target.
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            s.get(r)?.bytes().try_fold(0i64, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0'))
            })
        };
        let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if b[13] != b':' || b[16] != b':' {
            return None;
        }
        let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
            return None;
        }
        let mut i = 19;
        let mut millis = 0i64;
        if b.get(i) == Some(&b'.') {
            i += 1;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return None;
            }
            // Milliseconds: the first three digits, right-padded with zeros.
            millis = b[start..i]
                .iter()
                .chain(std::iter::repeat(&b'0'))
                .take(3)
                .fold(0, |n, c| n * 10 + i64::from(c - b'0'));
        }
        let offset_s = match s.get(i..)? {
            "Z" | "z" => 0,
            rest if rest.len() == 6 && matches!(rest.as_bytes()[0], b'+' | b'-') => {
                let oh: i64 = rest.get(1..3)?.parse().ok()?;
                let om: i64 = rest.get(4..6)?.parse().ok()?;
                let sign = if rest.as_bytes()[0] == b'-' { -1 } else { 1 };
                sign * (oh * 3600 + om * 60)
            }
            _ => return None,
        };
        let days = days_from_civil(y, mo as u32, d as u32);
        let secs = days * 86_400 + h * 3600 + mi * 60 + se - offset_s;
        if secs < 0 {
            return None;
        }
        Some(UnixTime((secs as u64) * 1000 + millis as u64))
    }
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) to days since 1970-01-01 (inverse of [`civil_from_days`]).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A source of the current time.
pub trait Clock {
    /// The current time.
    fn now(&self) -> UnixTime;
}

/// A clock that stays where it is told to be; for tests and vectors.
#[derive(Debug)]
pub struct FixedClock(Cell<UnixTime>);

impl FixedClock {
    /// A clock stopped at `t`.
    pub fn at(t: UnixTime) -> Self {
        FixedClock(Cell::new(t))
    }

    /// Moves the clock forward by `ms` milliseconds.
    pub fn advance_millis(&self, ms: u64) {
        self.0.set(self.0.get().plus_millis(ms));
    }

    /// Sets the clock.
    pub fn set(&self, t: UnixTime) {
        self.0.set(t);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> UnixTime {
        self.0.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_roundtrip_and_offsets() {
        let t = UnixTime::from_millis(1_764_000_000_123);
        assert_eq!(t.to_rfc3339(), "2025-11-24T16:00:00.123Z");
        assert_eq!(UnixTime::parse_rfc3339(&t.to_rfc3339()), Some(t));
        assert_eq!(
            UnixTime::parse_rfc3339("2025-11-24T13:00:00-03:00"),
            Some(UnixTime::from_secs(1_764_000_000))
        );
        assert_eq!(UnixTime::parse_rfc3339("2025-13-24T13:00:00Z"), None);
        assert_eq!(UnixTime::parse_rfc3339("yesterday"), None);
    }

    #[test]
    fn rfc3339_fractions_and_bad_digits() {
        let base = 1_764_000_000_000;
        let at = |s: &str| UnixTime::parse_rfc3339(s).map(UnixTime::as_millis);
        assert_eq!(at("2025-11-24T16:00:00.5Z"), Some(base + 500));
        assert_eq!(at("2025-11-24T16:00:00.05Z"), Some(base + 50));
        assert_eq!(at("2025-11-24T16:00:00.123456Z"), Some(base + 123));
        assert_eq!(at("2025-11-24T16:00:00.Z"), None, "a dot needs digits");
        assert_eq!(at("2025-11-24T16:0a:00Z"), None, "minutes must be digits");
        assert_eq!(at("2025-11-24T16:00:00.12xZ"), None, "trailing garbage");
        assert_eq!(at("+025-11-24T16:00:00Z"), None, "a sign is not a digit");
    }
}
