//! A fake AI provider on loopback (OpenAI-compatible `chat/completions`), for `portcullis dev`
//! and the tests: it answers `echo: <last user message>` and counts the calls it received, so
//! tests can prove that a blocked request never reached the model. One message,
//! [`OVERSIZED_ANSWER_PROMPT`], gets an answer one byte longer than the outbound limit
//! (`portcullis::outbound::RESPONSE_BODY_LIMIT`), so tests can prove every runtime refuses it.

use std::cell::Cell;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::rc::Rc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};

/// The default address `portcullis dev` starts it on (and `.dev.vars.example` points to).
pub const DEFAULT_ADDR: &str = "127.0.0.1:18090";

/// The user message the fake answers with a body of `RESPONSE_BODY_LIMIT + 1` bytes.
pub const OVERSIZED_ANSWER_PROMPT: &str = "Please answer with a very long text.";

/// A running fake provider.
#[derive(Debug, Clone)]
pub struct FakeAi {
    /// Its address.
    pub addr: SocketAddr,
    calls: Rc<Cell<u64>>,
}

impl FakeAi {
    /// Chat-completions URL.
    pub fn url(&self) -> String {
        format!("http://{}/v1/chat/completions", self.addr)
    }

    /// Calls received so far.
    pub fn calls(&self) -> u64 {
        self.calls.get()
    }
}

/// Starts the fake provider on `addr` (port 0 = any) as a local task; call inside a `LocalSet`.
pub async fn start(addr: SocketAddr) -> std::io::Result<FakeAi> {
    let calls = Rc::new(Cell::new(0u64));
    let counter = calls.clone();
    let addr = serve_loopback(addr, move |req| {
        let counter = counter.clone();
        async move {
            counter.set(counter.get() + 1);
            let body = req
                .into_body()
                .collect()
                .await
                .map(|b| b.to_bytes())
                .unwrap_or_default();
            let v: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            let last = v["messages"]
                .as_array()
                .and_then(|m| m.last())
                .and_then(|m| m["content"].as_str())
                .unwrap_or("")
                .to_string();
            if last == OVERSIZED_ANSWER_PROMPT {
                let body = vec![b' '; portcullis::outbound::RESPONSE_BODY_LIMIT + 1];
                return http::Response::new(Full::new(Bytes::from(body)));
            }
            let answer = json!({
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "model": v["model"],
                "choices": [{"index": 0, "finish_reason": "stop",
                    "message": {"role": "assistant", "content": format!("echo: {last}")}}],
            });
            json_response(&answer)
        }
    })
    .await?;
    Ok(FakeAi { addr, calls })
}

/// A JSON response for the fakes.
pub(crate) fn json_response(v: &Value) -> http::Response<Full<Bytes>> {
    http::Response::builder()
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(v.to_string())))
        .unwrap_or_default()
}

/// Binds `addr` (port 0 = any) and answers every request with `handle`, as local tasks (call
/// inside a `LocalSet`); returns the bound address. The server lives as long as the task set.
pub(crate) async fn serve_loopback<F, Fut>(
    addr: SocketAddr,
    handle: F,
) -> std::io::Result<SocketAddr>
where
    F: Fn(http::Request<hyper::body::Incoming>) -> Fut + Clone + 'static,
    Fut: std::future::Future<Output = http::Response<Full<Bytes>>> + 'static,
{
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    tokio::task::spawn_local(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let handle = handle.clone();
            tokio::task::spawn_local(async move {
                let svc = service_fn(move |req| {
                    let answer = handle(req);
                    async move { Ok::<_, Infallible>(answer.await) }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
    Ok(addr)
}
