//! # portcullis-state-worker
//!
//! The `PortcullisState` Durable Object, deployed once as the `portcullis-state` worker and bound
//! into every stateful function (`script_name = "portcullis-state"`). It has no HTTP route of its
//! own: its `fetch` answers 404 to the public, and the object is reachable only through the
//! binding.
//!
//! A Durable Object runs one event at a time and its storage calls are serialised by the
//! runtime's input gates, so each read-modify-write here is atomic: counters are exact and
//! `put_if_absent` admits exactly one writer, across every isolate in every location. Expiry is
//! stored with the value (`<expiry ms or 0>:<base64 value>`) and checked against `Date.now()` on
//! every read.

// `#[durable_object]` and `#[event]` generate undocumented wasm-bindgen glue.
#![allow(missing_docs, missing_debug_implementations, unsafe_code)]

use portcullis_workers::protocol::{decode_value, encode_value, Answer, Op};
use worker::{durable_object, event, Context, DurableObject, Env, Request, Response, State};

/// The Durable Object class.
#[durable_object]
pub struct PortcullisState {
    state: State,
}

fn now_ms() -> u64 {
    worker::Date::now().as_millis()
}

/// A stored value and its expiry (0 = none).
struct Record {
    exp: u64,
    value: Vec<u8>,
}

fn encode(r: &Record) -> String {
    format!("{}:{}", r.exp, encode_value(&r.value))
}

fn decode(s: &str) -> Option<Record> {
    let (exp, v) = s.split_once(':')?;
    Some(Record {
        exp: exp.parse().ok()?,
        value: decode_value(v)?,
    })
}

impl PortcullisState {
    async fn live(&self, key: &str) -> worker::Result<Option<Record>> {
        let raw: Option<String> = self.state.storage().get(key).await?;
        Ok(raw
            .as_deref()
            .and_then(decode)
            .filter(|r| r.exp == 0 || r.exp > now_ms()))
    }

    async fn store(&self, key: &str, value: Vec<u8>, exp: u64) -> worker::Result<()> {
        self.state
            .storage()
            .put(key, encode(&Record { exp, value }))
            .await
    }

    async fn apply(&self, op: Op) -> worker::Result<Answer> {
        let exp = op
            .ttl_s
            .map_or(0, |t| now_ms().saturating_add(t.saturating_mul(1000)));
        let mut ans = Answer {
            status: "ok".into(),
            ..Answer::default()
        };
        match op.op.as_str() {
            "get" => ans.value = self.live(&op.key).await?.map(|r| r.value),
            "put" => {
                self.store(&op.key, op.value.unwrap_or_default(), exp)
                    .await?;
                ans.wrote = true;
            }
            "put_if_absent" => {
                if self.live(&op.key).await?.is_none() {
                    self.store(&op.key, op.value.unwrap_or_default(), exp)
                        .await?;
                    ans.wrote = true;
                }
            }
            "increment" => {
                let (current, keep) = match self.live(&op.key).await? {
                    Some(r) => match std::str::from_utf8(&r.value)
                        .ok()
                        .and_then(|s| s.parse::<i64>().ok())
                    {
                        Some(n) => (n, r.exp),
                        None => {
                            ans.status = format!("{} is not a counter", op.key);
                            return Ok(ans);
                        }
                    },
                    None => (0, exp),
                };
                let next = current.saturating_add(op.by);
                self.store(&op.key, next.to_string().into_bytes(), keep)
                    .await?;
                ans.n = next;
                ans.wrote = true;
            }
            "cas" => {
                let current = self.live(&op.key).await?.map(|r| r.value);
                let matches = if op.expect_absent {
                    current.is_none()
                } else {
                    current == op.expected
                };
                if matches {
                    self.store(&op.key, op.value.unwrap_or_default(), exp)
                        .await?;
                    ans.wrote = true;
                }
            }
            "delete" => {
                self.state.storage().delete(&op.key).await?;
                ans.wrote = true;
            }
            other => ans.status = format!("unknown operation {other}"),
        }
        Ok(ans)
    }
}

impl DurableObject for PortcullisState {
    fn new(state: State, _env: Env) -> Self {
        PortcullisState { state }
    }

    async fn fetch(&self, mut req: Request) -> worker::Result<Response> {
        let text = req.text().await?;
        let ans = match Op::decode(&text) {
            Ok(op) => match self.apply(op).await {
                Ok(a) => a,
                Err(e) => Answer {
                    status: e.to_string(),
                    ..Answer::default()
                },
            },
            Err(e) => Answer {
                status: e,
                ..Answer::default()
            },
        };
        Response::ok(ans.encode())
    }
}

/// No public surface: the object is reachable only through its binding.
#[event(fetch)]
async fn fetch(_req: Request, _env: Env, _ctx: Context) -> worker::Result<Response> {
    Response::error("Not Found", 404)
}
