//! Exact state for functions on Workers: a [`Kv`] client for the `PortcullisState` Durable
//! Object, which runs in its own worker (`shared/state-worker`, deployed once as
//! `portcullis-state`) and is bound into each stateful function with `script_name`.
//!
//! Why a separate worker: the Durable Object class and its storage glue are large; kept in one
//! small worker, every function carries only this client (a `fetch` to the object and a tiny text
//! protocol, see [`protocol`](crate::protocol)). Each key gets its own object
//! (`idFromName(<function>:<key>)`), and an object serialises its events, so counters are exact
//! and `put_if_absent` admits exactly one writer.

use async_trait::async_trait;
use portcullis::store::{Atomicity, Kv, StoreError};
use wasm_bindgen::JsValue;

use crate::js::{call, call_async, get, message, object};
use crate::protocol::{Answer, Op};

/// The client.
pub struct DurableObjectKv {
    ns: JsValue,
    scope: &'static str,
}

impl std::fmt::Debug for DurableObjectKv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DurableObjectKv")
            .field("scope", &self.scope)
            .finish()
    }
}

impl DurableObjectKv {
    /// The client over the namespace bound as `binding` in `env`, keys scoped by function name.
    pub fn from_env(env: &JsValue, binding: &str, scope: &'static str) -> Option<Self> {
        let ns = get(env, binding).ok()?;
        if ns.is_undefined() {
            return None;
        }
        Some(DurableObjectKv { ns, scope })
    }

    async fn call(&self, op: Op) -> Result<Answer, StoreError> {
        let fail = |e: JsValue| StoreError::Unavailable(message(&e, "durable object call failed"));
        let body = op.encode().map_err(StoreError::Corrupt)?;
        let name = JsValue::from_str(&format!("{}:{}", self.scope, op.key));
        let id = call(&self.ns, "idFromName", &[&name]).map_err(fail)?;
        let stub = call(&self.ns, "get", &[&id]).map_err(fail)?;
        let init = object(&[("method", "POST".into()), ("body", body.into())]).map_err(fail)?;
        let url = JsValue::from_str("https://portcullis-state/op");
        let resp = call_async(&stub, "fetch", &[&url, &init])
            .await
            .map_err(fail)?;
        let text = call_async(&resp, "text", &[])
            .await
            .map_err(fail)?
            .as_string()
            .unwrap_or_default();
        let ans = Answer::decode(&text).map_err(StoreError::Corrupt)?;
        if ans.status != "ok" {
            return Err(StoreError::Unavailable(ans.status));
        }
        Ok(ans)
    }
}

fn op(name: &str, key: &str) -> Op {
    Op {
        op: name.to_string(),
        key: key.to_string(),
        ttl_s: None,
        by: 0,
        expect_absent: false,
        value: None,
        expected: None,
    }
}

#[async_trait(?Send)]
impl Kv for DurableObjectKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.call(op("get", key)).await?.value)
    }

    async fn put(&self, key: &str, value: &[u8], ttl_s: Option<u64>) -> Result<(), StoreError> {
        let mut o = op("put", key);
        o.value = Some(value.to_vec());
        o.ttl_s = ttl_s;
        self.call(o).await.map(|_| ())
    }

    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl_s: Option<u64>,
    ) -> Result<bool, StoreError> {
        let mut o = op("put_if_absent", key);
        o.value = Some(value.to_vec());
        o.ttl_s = ttl_s;
        Ok(self.call(o).await?.wrote)
    }

    async fn increment(&self, key: &str, by: i64, ttl_s: Option<u64>) -> Result<i64, StoreError> {
        let mut o = op("increment", key);
        o.by = by;
        o.ttl_s = ttl_s;
        Ok(self.call(o).await?.n)
    }

    async fn compare_and_swap(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: &[u8],
        ttl_s: Option<u64>,
    ) -> Result<bool, StoreError> {
        let mut o = op("cas", key);
        o.expect_absent = expected.is_none();
        o.expected = expected.map(<[u8]>::to_vec);
        o.value = Some(new.to_vec());
        o.ttl_s = ttl_s;
        Ok(self.call(o).await?.wrote)
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.call(op("delete", key)).await.map(|_| ())
    }

    fn atomicity(&self) -> Atomicity {
        Atomicity::Exact
    }
}
