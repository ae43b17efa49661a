//! HTTP hardening applied to every function's responses by the pipeline, configured once.
//!
//! ## Security headers (defaults, on every response)
//!
//! | header | value | why |
//! |---|---|---|
//! | `Strict-Transport-Security` | `max-age=31536000; includeSubDomains` | one year of HTTPS-only; no `preload`, which is a one-way commitment the operator must choose |
//! | `X-Content-Type-Options` | `nosniff` | JSON must never be sniffed into HTML or script |
//! | `X-Frame-Options` | `DENY` | API answers are never framed (legacy browsers; CSP below for modern ones) |
//! | `Content-Security-Policy` | `default-src 'none'; frame-ancestors 'none'` | an API response loads nothing and is framed nowhere, even if rendered |
//! | `Referrer-Policy` | `no-referrer` | URLs (which may carry ids) never leak to third parties |
//! | `Permissions-Policy` | every powerful feature `=()` | an API response needs no camera, microphone, geolocation, payment… |
//! | `Cross-Origin-Opener-Policy` | `same-origin` | isolates the browsing context |
//! | `Cross-Origin-Resource-Policy` | `same-origin` | no-cors embedding by other sites is refused; CORS requests are governed by the allowlist below |
//! | `Cache-Control` | `no-store` (unless the handler set one) | authenticated answers must not sit in shared caches |
//!
//! ## CORS
//!
//! `CORS_ALLOWED_ORIGINS` is a comma-separated list of exact origins (`https://app.example.com`).
//! Nothing is allowed by default. `*` is refused at load: the list is exact, and credentials are
//! never combined with a wildcard. An allowed origin gets `Access-Control-Allow-Origin: <origin>`
//! and `Vary: Origin`; a disallowed origin gets no CORS header at all. Preflights (`OPTIONS` with
//! `Access-Control-Request-Method`) are answered 204 before the guard, since browsers send them
//! without credentials. `CORS_ALLOW_CREDENTIALS=true` adds `Access-Control-Allow-Credentials`.

use http::header::{self, HeaderName, HeaderValue};
use http::{HeaderMap, Method, StatusCode};

use crate::env::{ConfigError, Env, EnvExt};
use crate::http::Response;

/// The default security headers, as a table (also rendered into the docs).
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    (
        "strict-transport-security",
        "max-age=31536000; includeSubDomains",
    ),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    (
        "content-security-policy",
        "default-src 'none'; frame-ancestors 'none'",
    ),
    ("referrer-policy", "no-referrer"),
    (
        "permissions-policy",
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=()",
    ),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
];

/// Request headers a browser may send cross-origin.
pub const CORS_ALLOWED_HEADERS: &str = "authorization, content-type, idempotency-key, x-api-key";
/// Response headers a browser may read cross-origin.
pub const CORS_EXPOSED_HEADERS: &str = "retry-after, www-authenticate";

/// The CORS allowlist.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cors {
    origins: Vec<String>,
    credentials: bool,
}

impl Cors {
    /// Exact origins; `*` or a malformed origin is an error.
    pub fn new(
        origins: impl IntoIterator<Item = String>,
        credentials: bool,
    ) -> Result<Self, ConfigError> {
        let mut list = Vec::new();
        for o in origins {
            let o = o.trim().trim_end_matches('/').to_string();
            if o.is_empty() {
                continue;
            }
            let valid = (o.starts_with("https://") || o.starts_with("http://"))
                && !o.contains('*')
                && o.split("://")
                    .nth(1)
                    .is_some_and(|h| !h.is_empty() && !h.contains('/'));
            if !valid {
                return Err(ConfigError::Invalid {
                    name: "CORS_ALLOWED_ORIGINS",
                    why:
                        "entries must be exact origins like https://app.example.com (no *, no path)",
                });
            }
            list.push(o);
        }
        Ok(Cors {
            origins: list,
            credentials,
        })
    }

    /// From `CORS_ALLOWED_ORIGINS` and `CORS_ALLOW_CREDENTIALS`.
    pub fn from_env(env: &dyn Env) -> Result<Self, ConfigError> {
        let origins = env
            .optional("CORS_ALLOWED_ORIGINS")
            .unwrap_or_default()
            .split(',')
            .map(str::to_string)
            .collect::<Vec<_>>();
        let credentials = matches!(
            env.optional("CORS_ALLOW_CREDENTIALS").as_deref(),
            Some("true")
        );
        Cors::new(origins, credentials)
    }

    /// The origin, if it is on the list.
    pub fn allowed<'a>(&self, origin: Option<&'a str>) -> Option<&'a str> {
        let origin = origin?;
        self.origins.iter().any(|o| o == origin).then_some(origin)
    }

    /// Whether any origin is configured.
    pub fn is_enabled(&self) -> bool {
        !self.origins.is_empty()
    }

    /// Answers a preflight. `None` when the request is not a preflight.
    pub fn preflight(
        &self,
        method: &Method,
        headers: &HeaderMap,
        allowed_methods: &[Method],
    ) -> Option<Response> {
        if method != Method::OPTIONS || !headers.contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
        {
            return None;
        }
        let mut resp = Response::new(bytes::Bytes::new());
        *resp.status_mut() = StatusCode::NO_CONTENT;
        let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
        let requested = headers
            .get(header::ACCESS_CONTROL_REQUEST_METHOD)
            .and_then(|v| v.to_str().ok())
            .and_then(|m| Method::from_bytes(m.as_bytes()).ok());
        let h = resp.headers_mut();
        h.insert(header::VARY, HeaderValue::from_static("Origin"));
        if let (Some(origin), Some(m)) = (self.allowed(origin), requested) {
            if allowed_methods.contains(&m) {
                if let Ok(v) = HeaderValue::from_str(origin) {
                    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
                }
                let list = allowed_methods
                    .iter()
                    .map(Method::as_str)
                    .collect::<Vec<_>>()
                    .join(", ");
                if let Ok(v) = HeaderValue::from_str(&list) {
                    h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, v);
                }
                h.insert(
                    header::ACCESS_CONTROL_ALLOW_HEADERS,
                    HeaderValue::from_static(CORS_ALLOWED_HEADERS),
                );
                h.insert(
                    header::ACCESS_CONTROL_MAX_AGE,
                    HeaderValue::from_static("600"),
                );
                if self.credentials {
                    h.insert(
                        header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
                        HeaderValue::from_static("true"),
                    );
                }
            }
        }
        Some(resp)
    }

    /// Adds CORS headers to an actual response.
    pub fn apply(&self, origin: Option<&str>, resp: &mut Response) {
        if !self.is_enabled() {
            return;
        }
        let h = resp.headers_mut();
        h.append(header::VARY, HeaderValue::from_static("Origin"));
        if let Some(origin) = self.allowed(origin) {
            if let Ok(v) = HeaderValue::from_str(origin) {
                h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
            }
            h.insert(
                header::ACCESS_CONTROL_EXPOSE_HEADERS,
                HeaderValue::from_static(CORS_EXPOSED_HEADERS),
            );
            if self.credentials {
                h.insert(
                    header::ACCESS_CONTROL_ALLOW_CREDENTIALS,
                    HeaderValue::from_static("true"),
                );
            }
        }
    }
}

/// Adds the default security headers (handler-set values win) and `Cache-Control: no-store`.
pub fn apply_security_headers(resp: &mut Response) {
    let h = resp.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        let name = HeaderName::from_static(name);
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_and_paths_are_refused() {
        assert!(Cors::new(["*".to_string()], false).is_err());
        assert!(Cors::new(["https://a.example/x".to_string()], false).is_err());
        assert!(Cors::new(["https://*.example".to_string()], false).is_err());
        assert!(Cors::new(["https://a.example/".to_string()], true).is_ok());
    }

    #[test]
    fn disallowed_origin_gets_no_cors_headers() {
        let cors = Cors::new(["https://app.example".to_string()], true).unwrap();
        let mut r = Response::new(bytes::Bytes::new());
        cors.apply(Some("https://evil.example"), &mut r);
        assert!(r.headers().get("access-control-allow-origin").is_none());
        assert_eq!(r.headers().get("vary").unwrap(), "Origin");
        let mut r = Response::new(bytes::Bytes::new());
        cors.apply(Some("https://app.example"), &mut r);
        assert_eq!(
            r.headers().get("access-control-allow-origin").unwrap(),
            "https://app.example"
        );
        assert_eq!(
            r.headers().get("access-control-allow-credentials").unwrap(),
            "true"
        );
    }
}
