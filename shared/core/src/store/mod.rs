//! State behind small traits, one file per backend.
//!
//! [`Kv`] is the one store every control uses: get/put with a TTL, and the two atomic operations
//! that counters and dedup need ([`Kv::increment`], [`Kv::put_if_absent`], and
//! [`Kv::compare_and_swap`] for small state machines). Backends:
//!
//! | backend | where | atomicity |
//! |---|---|---|
//! | [`memory::MemoryKv`] | local host, tests | exact (single thread) |
//! | Durable Object | Workers (`portcullis-workers`) | exact (one object serialises) |
//! | Workers KV | Workers caches (JWKS) | eventual, no atomics: caches only |
//! | Spin key-value | Spin (`portcullis-spin`) | best effort across instances (declared) |
//!
//! Every control states what it does when its store fails ([`StoreError`]): the guards and dedup
//! fail closed (a webhook is answered 503 so the provider retries, nothing is lost).

use async_trait::async_trait;

pub mod memory;

/// A store operation failed. The message is for logs and never holds values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The backend could not be reached or answered an error.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// A stored value was not what this key should hold.
    #[error("store value corrupt: {0}")]
    Corrupt(String),
}

/// How strictly a backend's atomic operations hold across concurrent requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Atomicity {
    /// Linearisable: counters are exact, `put_if_absent` admits exactly one writer.
    Exact,
    /// Read-then-write: concurrent instances may both win. Declared, and documented per control.
    BestEffort,
}

/// A key-value store with TTLs and atomic counters.
#[async_trait(?Send)]
pub trait Kv {
    /// The value under `key`, if present and not expired.
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Sets `key`, expiring after `ttl_s` seconds when given.
    async fn put(&self, key: &str, value: &[u8], ttl_s: Option<u64>) -> Result<(), StoreError>;
    /// Sets `key` only if absent (or expired). `true` when this call wrote it.
    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl_s: Option<u64>,
    ) -> Result<bool, StoreError>;
    /// Adds `by` to the integer under `key` (0 when absent) and returns the new value. The TTL
    /// applies when the key is created and is kept on later increments.
    async fn increment(&self, key: &str, by: i64, ttl_s: Option<u64>) -> Result<i64, StoreError>;
    /// Sets `key` to `new` only if its current value is `expected` (`None` = absent).
    async fn compare_and_swap(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: &[u8],
        ttl_s: Option<u64>,
    ) -> Result<bool, StoreError>;
    /// Removes `key`.
    async fn delete(&self, key: &str) -> Result<(), StoreError>;
    /// What the atomic operations guarantee on this backend.
    fn atomicity(&self) -> Atomicity;
}

/// A store that always fails: for proving fail-closed behaviour, and the default when a
/// runtime has no store bound.
#[derive(Debug, Clone, Default)]
pub struct UnavailableKv;

#[async_trait(?Send)]
impl Kv for UnavailableKv {
    async fn get(&self, _key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Err(StoreError::Unavailable("no store bound".into()))
    }
    async fn put(&self, _: &str, _: &[u8], _: Option<u64>) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("no store bound".into()))
    }
    async fn put_if_absent(&self, _: &str, _: &[u8], _: Option<u64>) -> Result<bool, StoreError> {
        Err(StoreError::Unavailable("no store bound".into()))
    }
    async fn increment(&self, _: &str, _: i64, _: Option<u64>) -> Result<i64, StoreError> {
        Err(StoreError::Unavailable("no store bound".into()))
    }
    async fn compare_and_swap(
        &self,
        _: &str,
        _: Option<&[u8]>,
        _: &[u8],
        _: Option<u64>,
    ) -> Result<bool, StoreError> {
        Err(StoreError::Unavailable("no store bound".into()))
    }
    async fn delete(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("no store bound".into()))
    }
    fn atomicity(&self) -> Atomicity {
        Atomicity::Exact
    }
}
