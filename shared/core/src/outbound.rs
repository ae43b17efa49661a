//! Outbound HTTP, injected: Workers `fetch`, Spin `wasi:http/outgoing-handler`, a native client
//! in the local host. The core describes requests; the adapter sends them. A function that calls
//! nothing gets [`NoOutbound`], and on Spin its manifest lists no `allowed_outbound_hosts`.
//!
//! **Response bodies are capped at [`RESPONSE_BODY_LIMIT`] (8 MiB).** What the functions fetch
//! (an AI provider's answer, a JWKS) is kilobytes; an upstream that streams without end, by fault or on purpose, must not be able to
//! exhaust an instance's memory (128 MB on both platforms). Every adapter refuses a longer body
//! with [`OutboundError::ResponseTooLarge`]: the native host and Spin while reading, so they stop
//! at the limit; Workers from the body's length before copying it into WASM memory.

use async_trait::async_trait;
use bytes::Bytes;

use crate::context::Ctx;
use crate::guard::jwt::KeySetSource;
use crate::http::{Request, Response};

/// An outbound request failed before a response arrived.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OutboundError {
    /// This function has no outbound client (or the host is not allowed).
    #[error("outbound requests are not allowed here")]
    NotAllowed,
    /// Connection, DNS, TLS or timeout failure.
    #[error("outbound request failed: {0}")]
    Failed(String),
    /// The response body is longer than [`RESPONSE_BODY_LIMIT`]; it was not kept.
    #[error("outbound response body is longer than 8 MiB")]
    ResponseTooLarge,
}

/// The longest outbound response body an adapter keeps (8 MiB); see the module docs.
pub const RESPONSE_BODY_LIMIT: usize = 8 * 1024 * 1024;

/// Sends HTTP requests on the function's behalf.
#[async_trait(?Send)]
pub trait Outbound {
    /// Sends `req` and returns the whole response.
    async fn send(&self, req: Request) -> Result<Response, OutboundError>;
}

/// The outbound client of functions that call nothing.
#[derive(Debug, Clone, Default)]
pub struct NoOutbound;

#[async_trait(?Send)]
impl Outbound for NoOutbound {
    async fn send(&self, _req: Request) -> Result<Response, OutboundError> {
        Err(OutboundError::NotAllowed)
    }
}

/// Fetches a JWKS over the function's outbound client, with a KV copy so that runtimes that
/// start a fresh instance per request (Spin) do not fetch on every request.
pub(crate) struct HttpKeySetSource<'a> {
    cx: &'a Ctx,
    url: &'a str,
    ttl_s: u64,
}

impl<'a> HttpKeySetSource<'a> {
    pub(crate) fn new(cx: &'a Ctx, url: &'a str, ttl_s: u64) -> Self {
        HttpKeySetSource { cx, url, ttl_s }
    }
}

#[async_trait(?Send)]
impl KeySetSource for HttpKeySetSource<'_> {
    async fn fetch(&self, force_fresh: bool) -> Result<Vec<u8>, String> {
        let key = format!("jwks:{}", self.url);
        if !force_fresh {
            if let Ok(Some(doc)) = self.cx.cache().get(&key).await {
                return Ok(doc);
            }
        }
        let req = crate::http::assemble_request(
            "GET",
            self.url,
            [("accept", "application/json")],
            Bytes::new(),
        )
        .map_err(|_| "JWKS_URL is not a valid URL".to_string())?;
        let resp = self
            .cx
            .outbound()
            .send(req)
            .await
            .map_err(|e| e.to_string())?;
        if !resp.status().is_success() {
            return Err(format!("JWKS endpoint answered {}", resp.status()));
        }
        let body = resp.into_body().to_vec();
        // A failed cache write is not a failed fetch.
        let _ = self
            .cx
            .kv()
            .put(&key, &body, Some(self.ttl_s.max(60)))
            .await;
        Ok(body)
    }
}
