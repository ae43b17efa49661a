//! Caches on Workers: the `PORTCULLIS_CACHE` KV namespace.
//!
//! Workers KV is eventually consistent (a write may take up to 60 s to be seen elsewhere) and
//! has no atomic operations, so it only backs `Ctx::cache` (JWKS documents and similar). Its
//! atomic methods refuse with an error rather than pretend; TTLs below KV's 60 s minimum are
//! raised to 60 s.

use async_trait::async_trait;
use portcullis::store::{Atomicity, Kv, StoreError};
use worker::KvStore;

/// A cache over a KV namespace.
pub struct WorkersKv(KvStore);

impl std::fmt::Debug for WorkersKv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WorkersKv { .. }")
    }
}

impl WorkersKv {
    /// Wraps a KV binding.
    pub fn new(store: KvStore) -> Self {
        WorkersKv(store)
    }
}

fn fail(e: impl std::fmt::Display) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

fn no_atomics() -> StoreError {
    StoreError::Unavailable("Workers KV has no atomic operations; use the Durable Object".into())
}

#[async_trait(?Send)]
impl Kv for WorkersKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.0.get(key).bytes().await.map_err(fail)
    }

    async fn put(&self, key: &str, value: &[u8], ttl_s: Option<u64>) -> Result<(), StoreError> {
        let mut put = self.0.put_bytes(key, value).map_err(fail)?;
        if let Some(t) = ttl_s {
            put = put.expiration_ttl(t.max(60));
        }
        put.execute().await.map_err(fail)
    }

    async fn put_if_absent(&self, _: &str, _: &[u8], _: Option<u64>) -> Result<bool, StoreError> {
        Err(no_atomics())
    }

    async fn increment(&self, _: &str, _: i64, _: Option<u64>) -> Result<i64, StoreError> {
        Err(no_atomics())
    }

    async fn compare_and_swap(
        &self,
        _: &str,
        _: Option<&[u8]>,
        _: &[u8],
        _: Option<u64>,
    ) -> Result<bool, StoreError> {
        Err(no_atomics())
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.0.delete(key).await.map_err(fail)
    }

    fn atomicity(&self) -> Atomicity {
        Atomicity::BestEffort
    }
}
