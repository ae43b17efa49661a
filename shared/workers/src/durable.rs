//! Exact state on Workers: the `PortcullisState` Durable Object, one object per key.
//!
//! A Durable Object runs one event at a time and its storage calls are serialised by the
//! runtime's input gates, so a read-modify-write inside one `fetch` is atomic: counters are exact
//! and `put_if_absent` admits exactly one writer, across every isolate in every location. Each
//! key gets its own object (`id_from_name(function:key)`), so unrelated keys never contend.
//! Expiry is stored with the value and checked on every read against `Date.now()`.

// `#[durable_object]` generates undocumented wasm-bindgen glue.
#![allow(missing_docs, missing_debug_implementations)]

use async_trait::async_trait;
use portcullis::store::{Atomicity, Kv, StoreError};
use serde::{Deserialize, Serialize};
use worker::{durable_object, DurableObject, Env, ObjectNamespace, Request, Response, State};

/// One operation sent to the object.
#[derive(Debug, Serialize, Deserialize)]
struct Op {
    op: String,
    key: String,
    #[serde(default)]
    value: Option<Vec<u8>>,
    #[serde(default)]
    expected: Option<Vec<u8>>,
    #[serde(default)]
    expect_absent: bool,
    #[serde(default)]
    ttl_s: Option<u64>,
    #[serde(default)]
    by: i64,
}

/// The object's answer.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Answer {
    #[serde(default)]
    value: Option<Vec<u8>>,
    #[serde(default)]
    wrote: bool,
    #[serde(default)]
    n: i64,
    #[serde(default)]
    error: Option<String>,
}

/// What the object stores per key.
#[derive(Debug, Serialize, Deserialize)]
struct Record {
    v: Vec<u8>,
    exp: Option<u64>,
}

/// The Durable Object class (bind it as `PORTCULLIS_STATE`, `new_sqlite_classes` migration).
#[durable_object]
pub struct PortcullisState {
    state: State,
}

async fn store(storage: &worker::Storage, key: &str, rec: &Record) -> worker::Result<()> {
    storage.put(key, serde_json::to_string(rec)?).await
}

fn now_ms() -> u64 {
    worker::Date::now().as_millis()
}

impl PortcullisState {
    async fn live(&self, key: &str) -> worker::Result<Option<Record>> {
        let raw: Option<String> = self.state.storage().get(key).await?;
        let rec = match raw {
            Some(s) => Some(serde_json::from_str::<Record>(&s)?),
            None => None,
        };
        Ok(rec.filter(|r| r.exp.is_none_or(|e| e > now_ms())))
    }

    async fn apply(&self, op: Op) -> worker::Result<Answer> {
        let exp = op
            .ttl_s
            .map(|t| now_ms().saturating_add(t.saturating_mul(1000)));
        let storage = self.state.storage();
        let mut ans = Answer::default();
        match op.op.as_str() {
            "get" => ans.value = self.live(&op.key).await?.map(|r| r.v),
            "put" => {
                let v = op.value.unwrap_or_default();
                store(&storage, &op.key, &Record { v, exp }).await?;
                ans.wrote = true;
            }
            "put_if_absent" => {
                if self.live(&op.key).await?.is_none() {
                    let v = op.value.unwrap_or_default();
                    store(&storage, &op.key, &Record { v, exp }).await?;
                    ans.wrote = true;
                }
            }
            "increment" => {
                let (current, keep_exp) = match self.live(&op.key).await? {
                    Some(r) => {
                        let n = std::str::from_utf8(&r.v)
                            .ok()
                            .and_then(|s| s.parse::<i64>().ok())
                            .ok_or_else(|| worker::Error::RustError("not a counter".into()))?;
                        (n, r.exp)
                    }
                    None => (0, exp),
                };
                let next = current.saturating_add(op.by);
                let rec = Record {
                    v: next.to_string().into_bytes(),
                    exp: keep_exp,
                };
                store(&storage, &op.key, &rec).await?;
                ans.n = next;
                ans.wrote = true;
            }
            "cas" => {
                let current = self.live(&op.key).await?.map(|r| r.v);
                let matches = if op.expect_absent {
                    current.is_none()
                } else {
                    current == op.expected
                };
                if matches {
                    let v = op.value.unwrap_or_default();
                    store(&storage, &op.key, &Record { v, exp }).await?;
                    ans.wrote = true;
                }
            }
            "delete" => {
                storage.delete(&op.key).await?;
                ans.wrote = true;
            }
            other => ans.error = Some(format!("unknown op {other}")),
        }
        Ok(ans)
    }
}

impl DurableObject for PortcullisState {
    fn new(state: State, _env: Env) -> Self {
        PortcullisState { state }
    }

    async fn fetch(&self, mut req: Request) -> worker::Result<Response> {
        let op: Op = serde_json::from_str(&req.text().await?)?;
        let ans = match self.apply(op).await {
            Ok(a) => a,
            Err(e) => Answer {
                error: Some(e.to_string()),
                ..Answer::default()
            },
        };
        Response::ok(serde_json::to_string(&ans)?)
    }
}

/// The [`Kv`] client side: one stub call per operation.
pub struct DurableObjectKv {
    ns: ObjectNamespace,
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
    /// A store over the namespace, keys scoped by function name.
    pub fn new(ns: ObjectNamespace, scope: &'static str) -> Self {
        DurableObjectKv { ns, scope }
    }

    async fn call(&self, op: Op) -> Result<Answer, StoreError> {
        let fail = |e: worker::Error| StoreError::Unavailable(e.to_string());
        let stub = self
            .ns
            .id_from_name(&format!("{}:{}", self.scope, op.key))
            .map_err(fail)?
            .get_stub()
            .map_err(fail)?;
        let body = serde_json::to_string(&op).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let req = crate::raw_request(
            "POST",
            "https://portcullis-state/op",
            &worker::Headers::new(),
            Some(body.into()),
        )
        .map_err(fail)?;
        let mut resp = stub.fetch_with_request(req).await.map_err(fail)?;
        let text = resp.text().await.map_err(fail)?;
        let ans: Answer =
            serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        match ans.error {
            Some(e) => Err(StoreError::Unavailable(e)),
            None => Ok(ans),
        }
    }
}

fn op(name: &str, key: &str) -> Op {
    Op {
        op: name.to_string(),
        key: key.to_string(),
        value: None,
        expected: None,
        expect_absent: false,
        ttl_s: None,
        by: 0,
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
