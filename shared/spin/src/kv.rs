//! The Spin key-value store as a [`Kv`].
//!
//! Spin's key-value interface (`fermyon:spin/key-value@2.0.0`) has get/set/delete/exists and no
//! TTL or atomic operations. This backend stores an 8-byte expiry (milliseconds, big-endian,
//! 0 = none) before each value and checks it on read; `increment`, `put_if_absent` and
//! `compare_and_swap` are read-then-write.
//!
//! **Declared guarantee: best effort.** Spin runs one request per instance, but concurrent
//! requests run in concurrent instances, so two deliveries racing on the same key can both win.
//! Dedup still holds for sequential retries (the providers' normal behaviour), counters may
//! undercount under contention. For exact state on Spin, back the `default` store with Redis
//! (runtime config) and accept Redis' own semantics, or deploy the function to Workers.

use std::rc::Rc;

use async_trait::async_trait;
use portcullis::clock::Clock;
use portcullis::store::{Atomicity, Kv, StoreError};
use spin_sdk::key_value::Store;

/// A [`Kv`] over a Spin store.
pub struct SpinKv {
    store: Store,
    clock: Rc<dyn Clock>,
}

impl std::fmt::Debug for SpinKv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SpinKv { .. }")
    }
}

fn fail(e: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

impl SpinKv {
    /// Wraps an open store.
    pub fn new(store: Store, clock: Rc<dyn Clock>) -> Self {
        SpinKv { store, clock }
    }

    fn encode(&self, value: &[u8], ttl_s: Option<u64>) -> Vec<u8> {
        let exp = ttl_s
            .map(|t| {
                self.clock
                    .now()
                    .as_millis()
                    .saturating_add(t.saturating_mul(1000))
            })
            .unwrap_or(0);
        let mut out = Vec::with_capacity(8 + value.len());
        out.extend_from_slice(&exp.to_be_bytes());
        out.extend_from_slice(value);
        out
    }

    /// The live value and its raw expiry.
    fn live(&self, key: &str) -> Result<Option<(Vec<u8>, u64)>, StoreError> {
        let Some(raw) = self.store.get(key).map_err(fail)? else {
            return Ok(None);
        };
        if raw.len() < 8 {
            return Err(StoreError::Corrupt(format!("{key}: value without header")));
        }
        let mut exp = [0u8; 8];
        exp.copy_from_slice(&raw[..8]);
        let exp = u64::from_be_bytes(exp);
        if exp != 0 && exp <= self.clock.now().as_millis() {
            return Ok(None);
        }
        Ok(Some((raw[8..].to_vec(), exp)))
    }
}

#[async_trait(?Send)]
impl Kv for SpinKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.live(key)?.map(|(v, _)| v))
    }

    async fn put(&self, key: &str, value: &[u8], ttl_s: Option<u64>) -> Result<(), StoreError> {
        self.store
            .set(key, &self.encode(value, ttl_s))
            .map_err(fail)
    }

    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl_s: Option<u64>,
    ) -> Result<bool, StoreError> {
        if self.live(key)?.is_some() {
            return Ok(false);
        }
        self.put(key, value, ttl_s).await?;
        Ok(true)
    }

    async fn increment(&self, key: &str, by: i64, ttl_s: Option<u64>) -> Result<i64, StoreError> {
        let (current, exp) = match self.live(key)? {
            Some((v, exp)) => {
                let n = std::str::from_utf8(&v)
                    .ok()
                    .and_then(|s| s.parse::<i64>().ok())
                    .ok_or_else(|| StoreError::Corrupt(format!("{key} is not a counter")))?;
                (n, exp)
            }
            None => (0, 0),
        };
        let next = current.saturating_add(by);
        let mut raw = if exp != 0 {
            exp.to_be_bytes().to_vec()
        } else {
            self.encode(&[], ttl_s)
        };
        raw.truncate(8);
        raw.extend_from_slice(next.to_string().as_bytes());
        self.store.set(key, &raw).map_err(fail)?;
        Ok(next)
    }

    async fn compare_and_swap(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: &[u8],
        ttl_s: Option<u64>,
    ) -> Result<bool, StoreError> {
        let current = self.live(key)?.map(|(v, _)| v);
        if current.as_deref() != expected {
            return Ok(false);
        }
        self.put(key, new, ttl_s).await?;
        Ok(true)
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.store.delete(key).map_err(fail)
    }

    fn atomicity(&self) -> Atomicity {
        Atomicity::BestEffort
    }
}
