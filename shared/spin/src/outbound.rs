//! Outbound HTTP on Spin: `wasi:http/outgoing-handler`, driven with WASI's blocking calls.
//!
//! The component may only reach the hosts its manifest lists in `allowed_outbound_hosts`; a
//! request to any other host fails in the host, and the caller sees [`OutboundError::Failed`].
//!
//! **Why blocking, not spin-sdk's `send`.** A Spin instance serves one request and has nothing
//! else to do while it waits for an outbound response, so waiting on the WASI pollable
//! (`block`) and the body streams ([`crate::body`]) loses nothing. spin-sdk's `send` does the
//! same wait through its executor (docs/SIZE.md). Each step that can fail has its own message,
//! so a log line says where.

use async_trait::async_trait;
use bytes::Bytes;
use portcullis::outbound::{Outbound, OutboundError, RESPONSE_BODY_LIMIT};
use spin_sdk::http::{Fields, Method, OutgoingRequest, Scheme};
use spin_sdk::wit::wasi::http0_2_0::outgoing_handler;

use crate::body::{read_to_end, write_all, BodyError};

/// `wasi:http/outgoing-handler`.
#[derive(Debug, Clone, Copy, Default)]
pub struct SpinOutbound;

fn failed(what: &str) -> OutboundError {
    OutboundError::Failed(what.into())
}

fn body_failed(which: &str, e: BodyError) -> OutboundError {
    let what = match e {
        BodyError::Unavailable => " body stream is unavailable",
        BodyError::TooLarge => " body is too large",
        BodyError::StreamFailed => " body stream failed",
    };
    OutboundError::Failed(["the ", which, what].concat())
}

fn outgoing(req: &portcullis::Request) -> Result<OutgoingRequest, OutboundError> {
    let refused = |what: &str| OutboundError::Failed(["the host refused the ", what].concat());
    let fields = Fields::new();
    for (k, v) in req.headers() {
        fields
            .append(k.as_str(), v.as_bytes())
            .map_err(|_| refused("header"))?;
    }
    let out = OutgoingRequest::new(fields);
    let uri = req.uri();
    out.set_method(&Method::from(req.method().clone()))
        .map_err(|()| refused("method"))?;
    let scheme = match uri.scheme_str() {
        Some("http") => Scheme::Http,
        _ => Scheme::Https,
    };
    out.set_scheme(Some(&scheme))
        .map_err(|()| refused("scheme"))?;
    let authority = uri
        .authority()
        .map(|a| a.as_str())
        .ok_or(OutboundError::Failed("an outbound URL needs a host".into()))?;
    out.set_authority(Some(authority))
        .map_err(|()| refused("authority"))?;
    out.set_path_with_query(uri.path_and_query().map(|p| p.as_str()))
        .map_err(|()| refused("path"))?;
    Ok(out)
}

#[async_trait(?Send)]
impl Outbound for SpinOutbound {
    async fn send(&self, req: portcullis::Request) -> Result<portcullis::Response, OutboundError> {
        let out = outgoing(&req)?;
        let body = out
            .body()
            .map_err(|()| failed("the request body was already taken"))?;
        let pending = outgoing_handler::handle(out, None)
            .map_err(|_| failed("the host refused the request"))?;
        write_all(body, req.body()).map_err(|e| body_failed("request", e))?;
        let resp = loop {
            match pending.get() {
                Some(result) => break result,
                None => pending.subscribe().block(),
            }
        };
        let resp = match resp {
            Ok(Ok(resp)) => resp,
            Ok(Err(_)) => return Err(failed("the request failed in the host")),
            Err(()) => return Err(failed("the response was already taken")),
        };
        let status =
            http::StatusCode::from_u16(resp.status()).map_err(|_| failed("invalid status"))?;
        let headers = resp.headers().entries();
        let body = resp
            .consume()
            .map_err(|()| failed("the response body was already taken"))?;
        let body = read_to_end(body, RESPONSE_BODY_LIMIT).map_err(|e| match e {
            BodyError::TooLarge => OutboundError::ResponseTooLarge,
            e => body_failed("response", e),
        })?;
        let mut out = http::Response::new(Bytes::from(body));
        *out.status_mut() = status;
        for (k, v) in headers {
            if let (Ok(k), Ok(v)) = (
                http::HeaderName::from_bytes(k.as_bytes()),
                http::HeaderValue::from_bytes(&v),
            ) {
                out.headers_mut().append(k, v);
            }
        }
        Ok(out)
    }
}
