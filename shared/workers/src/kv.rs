//! Caches on Workers: the `PORTCULLIS_CACHE` KV namespace.
//!
//! Workers KV is eventually consistent (a write may take up to 60 s to be seen elsewhere) and
//! has no atomic operations, so it only backs `Ctx::cache` (JWKS documents and similar). Its
//! atomic methods refuse with an error rather than pretend; TTLs below KV's 60 s minimum are
//! raised to 60 s.

use async_trait::async_trait;
use portcullis::store::{Atomicity, Kv, StoreError};
use wasm_bindgen::JsValue;

use crate::js::{call_async, message, object};

/// A cache over a KV namespace (the binding's JavaScript object: `get`, `put`, `delete`).
pub struct WorkersKv(JsValue);

impl std::fmt::Debug for WorkersKv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WorkersKv { .. }")
    }
}

impl WorkersKv {
    /// Wraps the KV binding `name` of `env`; `None` when the Worker has no such binding.
    pub fn from_env(env: &JsValue, name: &str) -> Option<Self> {
        let ns = crate::js::get(env, name).ok()?;
        (!ns.is_undefined()).then_some(WorkersKv(ns))
    }
}

fn fail(e: JsValue) -> StoreError {
    StoreError::Unavailable(message(&e, "KV call failed"))
}

fn no_atomics() -> StoreError {
    StoreError::Unavailable("Workers KV has no atomic operations; use the Durable Object".into())
}

#[async_trait(?Send)]
impl Kv for WorkersKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let key = JsValue::from_str(key);
        let got = call_async(&self.0, "get", &[&key, &"arrayBuffer".into()])
            .await
            .map_err(fail)?;
        Ok((!got.is_null() && !got.is_undefined()).then(|| crate::js::bytes(&got)))
    }

    async fn put(&self, key: &str, value: &[u8], ttl_s: Option<u64>) -> Result<(), StoreError> {
        let options = match ttl_s {
            Some(t) => object(&[("expirationTtl", (t.max(60) as f64).into())]).map_err(fail)?,
            None => js_sys::Object::new(),
        };
        let key = JsValue::from_str(key);
        let value: JsValue = js_sys::Uint8Array::from(value).into();
        call_async(&self.0, "put", &[&key, &value, &options.into()])
            .await
            .map(|_| ())
            .map_err(fail)
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
        call_async(&self.0, "delete", &[&JsValue::from_str(key)])
            .await
            .map(|_| ())
            .map_err(fail)
    }

    fn atomicity(&self) -> Atomicity {
        Atomicity::BestEffort
    }
}
