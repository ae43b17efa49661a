//! The dynamic half of the guard audit: start the functions and attack every route.
//!
//! Each guarded route gets, for each of its methods: no credential at all, a wrong credential
//! (a signature or token made with a secret that is not configured), and an expired one (a
//! token past `exp`, or a webhook signed correctly but an hour ago). Every answer must be 401 or
//! 403. Public routes are skipped and listed with their reason.

use std::net::SocketAddr;
use std::rc::Rc;

use bytes::Bytes;
use http::{HeaderValue, Method};
use portcullis::clock::{Clock, UnixTime};
use portcullis::env::{EnvExt, MapEnv};
use portcullis::guard::jwt::sign_hs256;
use portcullis::guard::{MercadoPagoWebhook, PaddleWebhook, StandardWebhook};
use portcullis::outbound::Outbound;
use portcullis::secret::Secret;
use portcullis::{Function, Request};
use serde::Serialize;
use serde_json::json;

use crate::native::{bind, Host, NativeOutbound, SystemClock};

/// One probe's outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Probe {
    /// Function name.
    pub function: String,
    /// `none`, `wrong`, `expired`.
    pub probe: &'static str,
    /// Method used.
    pub method: String,
    /// Status answered (0 = no answer).
    pub status: u16,
    /// Whether the answer was a refusal (401/403).
    pub refused: bool,
}

const WRONG_SECRET: &str = "audit-probe-wrong-secret-not-configured-anywhere-0000";

fn secret_or_wrong(env: &MapEnv, name: &'static str) -> Secret {
    env.secrets(name)
        .ok()
        .and_then(|s| s.iter().next().cloned())
        .unwrap_or_else(|| Secret::new(WRONG_SECRET).unwrap_or_else(|_| unreachable!()))
}

fn wrong() -> Secret {
    Secret::new(WRONG_SECRET).unwrap_or_else(|_| unreachable!())
}

/// Builds the probe request for `guard`; `None` when the probe does not apply.
fn probe_request(
    base: &str,
    f: &Function,
    method: &Method,
    probe: &str,
    env: &MapEnv,
    now: UnixTime,
) -> Option<Request> {
    let spec = f.spec();
    let path = spec.route.trim_end_matches("/...");
    let mut url = format!("{base}{path}");
    let body = Bytes::from_static(br#"{"event_id":"evt_audit","type":"audit","data":{"id":"1"}}"#);
    let mut headers: Vec<(&str, String)> = vec![];
    let stale = UnixTime::from_secs(now.as_secs().saturating_sub(3600));
    match (spec.guard, probe) {
        (_, "none") => {}
        ("jwt-user" | "jwt-user-aal2" | "jwt-service", p) => {
            let (key, at) = if p == "wrong" {
                (wrong(), now)
            } else {
                (secret_or_wrong(env, "JWT_SECRET"), stale)
            };
            let claims = json!({
                "iss": env.optional("JWT_ISSUER").unwrap_or_default(),
                "aud": "authenticated", "role": "authenticated", "sub": "audit-probe",
                "aal": "aal2", "iat": at.as_secs(), "exp": at.as_secs() + 60,
            });
            headers.push((
                "authorization",
                format!("Bearer {}", sign_hs256(&key, &claims)),
            ));
        }
        ("meta-webhook", "wrong") if method == Method::GET => {
            url.push_str("?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong-token");
        }
        ("meta-webhook", "wrong") => {
            let tag = portcullis::ct::hmac_sha256(wrong().expose(), &[&body]);
            headers.push(("x-hub-signature-256", format!("sha256={}", hex(&tag))));
        }
        ("meta-webhook", _) => return None,
        ("paddle-webhook", p) => {
            let (key, at) = if p == "wrong" {
                (wrong(), now)
            } else {
                (secret_or_wrong(env, "PADDLE_WEBHOOK_SECRET"), stale)
            };
            headers.push((
                "paddle-signature",
                PaddleWebhook::sign(&key, at.as_secs(), &body),
            ));
        }
        ("mercadopago-webhook", p) => {
            let (key, at) = if p == "wrong" {
                (wrong(), now)
            } else {
                (secret_or_wrong(env, "MERCADOPAGO_WEBHOOK_SECRET"), stale)
            };
            let ts = at.as_millis().to_string();
            headers.push((
                "x-signature",
                MercadoPagoWebhook::sign(&key, Some("1"), Some("audit-req"), &ts),
            ));
            headers.push(("x-request-id", "audit-req".into()));
            url.push_str("?data.id=1&type=payment");
        }
        ("standard-webhook", p) => {
            let (raw, at) = if p == "wrong" {
                ("whsec_YXVkaXQtcHJvYmUtd3Jvbmcta2V5".to_string(), now)
            } else {
                (
                    env.optional("STANDARD_WEBHOOK_SECRET").unwrap_or_default(),
                    stale,
                )
            };
            let signer = StandardWebhook::new(raw.split_whitespace(), None);
            let sig = signer.sign("msg_audit", at.as_secs(), &body)?;
            headers.push(("webhook-id", "msg_audit".into()));
            headers.push(("webhook-timestamp", at.as_secs().to_string()));
            headers.push(("webhook-signature", sig));
        }
        ("cron", "wrong") => headers.push(("authorization", format!("Bearer {WRONG_SECRET}"))),
        ("cron", _) => headers.push(("authorization", "Basic YXVkaXQ6cHJvYmU=".into())),
        ("api-key", "wrong") => headers.push((
            "authorization",
            "Bearer smcp_00000000000000000000000000000000AAAAAA".into(),
        )),
        ("api-key", _) => return None,
        _ => return None,
    }
    let mut req = http::Request::builder()
        .method(method.clone())
        .uri(url)
        .body(if *method == Method::GET || *method == Method::HEAD {
            Bytes::new()
        } else {
            body
        })
        .ok()?;
    for (k, v) in headers {
        req.headers_mut().insert(k, HeaderValue::from_str(&v).ok()?);
    }
    Some(req)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Starts `functions` on a loopback port and probes every guarded route over HTTP.
pub async fn probe_all(functions: Vec<Function>, env: MapEnv) -> Vec<Probe> {
    let host = Rc::new(Host::with_parts(
        functions,
        env.clone(),
        Rc::new(SystemClock),
        Rc::new(crate::audit::QuietSink),
    ));
    let Ok((listener, addr)) = bind(SocketAddr::from(([127, 0, 0, 1], 0))).await else {
        return vec![];
    };
    let server = tokio::task::spawn_local(host.clone().serve(listener));
    let base = format!("http://{addr}");
    let now = SystemClock.now();
    let mut out = Vec::new();
    for f in host.functions() {
        if f.spec().guard == "public" {
            continue;
        }
        for method in &f.spec().methods {
            for probe in ["none", "wrong", "expired"] {
                let Some(req) = probe_request(&base, f, method, probe, &env, now) else {
                    continue;
                };
                let status = NativeOutbound
                    .send(req)
                    .await
                    .map(|r| r.status().as_u16())
                    .unwrap_or(0);
                out.push(Probe {
                    function: f.spec().name.to_string(),
                    probe,
                    method: method.to_string(),
                    status,
                    refused: status == 401 || status == 403,
                });
            }
        }
    }
    server.abort();
    out
}
