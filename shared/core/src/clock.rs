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
