//! Handler errors and their HTTP answers (RFC 9457 `application/problem+json`).
//!
//! Each variant maps to one status. Standard statuses use `type: "about:blank"` with the status
//! phrase as `title`, so refusals look the same whatever happened inside; Portcullis-specific
//! problems (an input-guard block…) use a `urn:portcullis:problem:<code>` type and may carry
//! extension members. Internal details go to the log, never into the body.

use bytes::Bytes;
use http::{header, HeaderValue, StatusCode};
use serde_json::{Map, Value};

use crate::env::ConfigError;
use crate::http::Response;
use crate::store::StoreError;

/// The result type of handlers.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a handler could not answer normally.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The (verified) request is not usable: bad JSON, missing field.
    #[error("bad_request: {0}")]
    BadRequest(&'static str),
    /// Nothing here.
    #[error("not_found")]
    NotFound,
    /// Conflicts with the current state (e.g. an idempotency key in flight).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// Rate-limited or blocked; `Retry-After` is set.
    #[error("too_many_requests: {reason}")]
    TooManyRequests {
        /// Seconds until a retry may succeed.
        retry_after_s: u64,
        /// Typed reason for the log.
        reason: &'static str,
    },
    /// An upstream (AI provider, JWKS…) failed.
    #[error("upstream: {0}")]
    Upstream(String),
    /// An upstream answered with a body longer than the outbound limit
    /// ([`crate::outbound::RESPONSE_BODY_LIMIT`]).
    #[error("upstream: the response body is longer than the outbound limit")]
    UpstreamTooLarge,
    /// The store failed; controls fail closed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Configuration is missing or invalid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A specific problem document (status, type code, extension members).
    #[error("problem: {}", .0.code)]
    Problem(Problem),
    /// Anything else; details are logged only.
    #[error("internal: {0}")]
    Internal(String),
}

impl Error {
    /// The status this error answers with.
    pub fn status(&self) -> StatusCode {
        match self {
            Error::BadRequest(_) => StatusCode::BAD_REQUEST,
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::Conflict(_) => StatusCode::CONFLICT,
            Error::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Error::Upstream(_) | Error::UpstreamTooLarge => StatusCode::BAD_GATEWAY,
            Error::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
            Error::Config(_) | Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Error::Problem(p) => p.status,
        }
    }

    /// A stable code for logs.
    pub fn code(&self) -> &'static str {
        match self {
            Error::BadRequest(r) | Error::Conflict(r) => r,
            Error::NotFound => "not_found",
            Error::TooManyRequests { reason, .. } => reason,
            Error::Upstream(_) => "upstream_failed",
            Error::UpstreamTooLarge => "upstream_too_large",
            Error::Store(_) => "store_unavailable",
            Error::Config(c) => c.code(),
            Error::Problem(p) => p.code,
            Error::Internal(_) => "internal",
        }
    }

    /// The problem+json response.
    pub fn into_response(self) -> Response {
        match self {
            Error::Problem(p) => p.into_response(),
            Error::BadRequest(detail) => {
                let mut p = Problem::status(StatusCode::BAD_REQUEST);
                p.detail = Some(detail.to_string());
                p.into_response()
            }
            Error::TooManyRequests { retry_after_s, .. } => {
                let mut r = Problem::status(StatusCode::TOO_MANY_REQUESTS).into_response();
                if let Ok(v) = HeaderValue::from_str(&retry_after_s.max(1).to_string()) {
                    r.headers_mut().insert(header::RETRY_AFTER, v);
                }
                r
            }
            Error::Store(_) => {
                let mut r = Problem::status(StatusCode::SERVICE_UNAVAILABLE).into_response();
                r.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
                r
            }
            other => Problem::status(other.status()).into_response(),
        }
    }
}

impl From<crate::outbound::OutboundError> for Error {
    /// An outbound failure is the upstream's: 502, with `upstream_too_large` for a body over
    /// the limit and `upstream_failed` for everything else.
    fn from(e: crate::outbound::OutboundError) -> Self {
        match e {
            crate::outbound::OutboundError::ResponseTooLarge => Error::UpstreamTooLarge,
            other => Error::Upstream(other.to_string()),
        }
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// HTTP status.
    pub status: StatusCode,
    /// Short code; the `type` is `urn:portcullis:problem:<code>` unless `about:blank`.
    pub code: &'static str,
    /// Whether `type` is `about:blank` (plain HTTP semantics).
    pub plain: bool,
    /// Human-readable title.
    pub title: String,
    /// Optional detail (never internal state).
    pub detail: Option<String>,
    /// Extension members.
    pub extensions: Map<String, Value>,
}

impl Problem {
    /// `type: about:blank` with the status phrase as title.
    pub fn status(status: StatusCode) -> Self {
        Problem {
            status,
            code: "http",
            plain: true,
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            detail: None,
            extensions: Map::new(),
        }
    }

    /// A Portcullis problem type.
    pub fn typed(status: StatusCode, code: &'static str, title: impl Into<String>) -> Self {
        Problem {
            status,
            code,
            plain: false,
            title: title.into(),
            detail: None,
            extensions: Map::new(),
        }
    }

    /// Adds an extension member.
    pub fn with(mut self, name: &str, value: Value) -> Self {
        self.extensions.insert(name.to_string(), value);
        self
    }

    /// The response.
    pub fn into_response(self) -> Response {
        let mut body = Map::new();
        body.insert(
            "type".into(),
            Value::String(if self.plain {
                "about:blank".into()
            } else {
                format!("urn:portcullis:problem:{}", self.code)
            }),
        );
        body.insert("title".into(), Value::String(self.title));
        body.insert("status".into(), Value::from(self.status.as_u16()));
        if let Some(d) = self.detail {
            body.insert("detail".into(), Value::String(d));
        }
        for (k, v) in self.extensions {
            body.entry(k).or_insert(v);
        }
        // `to_vec`, not `to_string`: the same bytes without `Display`'s io adapter in WASM.
        // Serializing a `Value` with string keys cannot fail.
        let bytes = serde_json::to_vec(&Value::Object(body)).unwrap_or_default();
        let mut resp = Response::new(Bytes::from(bytes));
        *resp.status_mut() = self.status;
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbound::OutboundError;

    #[test]
    fn an_outbound_answer_over_the_limit_has_its_own_reason() {
        let e = Error::from(OutboundError::ResponseTooLarge);
        assert_eq!(e.code(), "upstream_too_large");
        assert_eq!(e.status(), StatusCode::BAD_GATEWAY);
        let e = Error::from(OutboundError::Failed("connection refused".into()));
        assert_eq!(e.code(), "upstream_failed");
        assert_eq!(e.status(), StatusCode::BAD_GATEWAY);
        assert_eq!(
            e.to_string(),
            "upstream: outbound request failed: connection refused"
        );
        assert_eq!(
            Error::from(OutboundError::NotAllowed).code(),
            "upstream_failed"
        );
    }

    #[test]
    fn upstream_failures_answer_the_uniform_502() {
        for e in [
            Error::UpstreamTooLarge,
            Error::Upstream("provider answered 500".into()),
        ] {
            let r = e.into_response();
            assert_eq!(r.status(), StatusCode::BAD_GATEWAY);
            let v: Value = serde_json::from_slice(r.body()).unwrap();
            assert_eq!(
                v,
                serde_json::json!({"type": "about:blank", "title": "Bad Gateway", "status": 502})
            );
        }
    }
}
