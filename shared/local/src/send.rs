//! `portcullis send`: sign a realistic test request with the dev secrets and post it, like
//! `stripe trigger`. `--tamper` changes the signed content after signing, so the guard must
//! answer 401.

use bytes::Bytes;
use http::{HeaderValue, Method};
use portcullis::clock::{Clock, UnixTime};
use portcullis::env::{EnvExt, MapEnv};
use portcullis::guard::jwt::sign_hs256;
use portcullis::guard::{MercadoPagoWebhook, PaddleWebhook, StandardWebhook};
use portcullis::outbound::Outbound;
use portcullis::random::{hex_id, Random};
use portcullis::secret::Secret;
use portcullis::{Request, Response};
use serde_json::json;

use crate::native::{NativeOutbound, OsRandom, SystemClock};

/// Providers `send` can sign for.
pub const PROVIDERS: &[&str] = &[
    "meta",
    "mercadopago",
    "paddle",
    "standard-webhooks",
    "cron",
    "jwt",
];

/// What to send.
#[derive(Debug, Clone)]
pub struct SendOptions {
    /// One of [`PROVIDERS`].
    pub provider: String,
    /// Target URL.
    pub url: String,
    /// Body to sign instead of the built-in sample.
    pub body: Option<Vec<u8>>,
    /// Break the signature after signing.
    pub tamper: bool,
    /// Method override.
    pub method: Option<Method>,
}

fn first_secret(env: &MapEnv, name: &'static str) -> Result<Secret, String> {
    let set = env.secrets(name).map_err(|e| e.to_string())?;
    set.iter()
        .next()
        .cloned()
        .ok_or_else(|| format!("{name} is not configured"))
}

/// The subject of the dev tokens `send jwt` mints.
pub const DEV_USER_SUB: &str = "00000000-0000-4000-8000-00000000d3f0";

/// The token with one payload character changed: the signature no longer matches it.
pub fn tamper_jwt(token: &str) -> String {
    let mut out = token.to_string();
    let at = token.find('.').unwrap_or(0) + 5;
    if at < token.len() {
        let replacement = if token.as_bytes()[at] == b'A' {
            "B"
        } else {
            "A"
        };
        out.replace_range(at..at + 1, replacement);
    }
    out
}

fn flip_last_byte(body: &mut Vec<u8>) {
    match body.last_mut() {
        Some(b) => *b = if *b == b' ' { b'\n' } else { b' ' },
        None => body.push(b' '),
    }
}

/// Builds the signed (or tampered) request.
pub fn build(
    opts: &SendOptions,
    env: &MapEnv,
    now: UnixTime,
    random: &dyn Random,
) -> Result<Request, String> {
    let mut url = opts.url.clone();
    let mut headers: Vec<(&'static str, String)> =
        vec![("content-type", "application/json".into())];
    let mut method = Method::POST;
    let id = hex_id(random, 8);
    let mut body: Vec<u8>;
    match opts.provider.as_str() {
        "meta" => {
            body = opts.body.clone().unwrap_or_else(|| {
                json!({"object":"whatsapp_business_account","entry":[{"id":"0000000000","changes":[{"field":"messages","value":{
                    "messaging_product":"whatsapp",
                    "metadata":{"display_phone_number":"15550000000","phone_number_id":"100000000000000"},
                    "messages":[{"from":"15550000001","id":format!("wamid.TEST{id}"),"timestamp":now.as_secs().to_string(),
                        "type":"text","text":{"body":"Hello from portcullis send"}}]}}]}]})
                .to_string()
                .into_bytes()
            });
            let secret = first_secret(env, "META_APP_SECRET")?;
            let tag = portcullis::ct::hmac_sha256(secret.expose(), &[&body]);
            headers.push(("x-hub-signature-256", format!("sha256={}", hex_lower(&tag))));
            if opts.tamper {
                flip_last_byte(&mut body);
            }
        }
        "mercadopago" => {
            body = opts.body.clone().unwrap_or_else(|| {
                json!({"action":"payment.updated","api_version":"v1","data":{"id":format!("9{}", &id[..9].bytes().map(|b| (b % 10 + b'0') as char).collect::<String>())},
                    "date_created":now.to_rfc3339(),"live_mode":false,"type":"payment","user_id":"123456"})
                .to_string()
                .into_bytes()
            });
            let parsed: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            let data_id = parsed["data"]["id"]
                .as_str()
                .map(String::from)
                .unwrap_or_else(|| "1".into());
            let request_id = format!(
                "{}-{}-4{}-8{}-{}",
                &id[..8],
                &id[8..12],
                &id[12..15],
                &id[1..4],
                &id[4..16]
            );
            let secret = first_secret(env, "MERCADOPAGO_WEBHOOK_SECRET")?;
            let ts = now.as_millis().to_string();
            let sig = MercadoPagoWebhook::sign(&secret, Some(&data_id), Some(&request_id), &ts);
            headers.push(("x-signature", sig));
            headers.push(("x-request-id", request_id));
            // Mercado Pago signs the query's data.id, not the body: tampering changes the id.
            let signed_id = if opts.tamper {
                format!("{data_id}0")
            } else {
                data_id
            };
            let sep = if url.contains('?') { '&' } else { '?' };
            url = format!("{url}{sep}data.id={signed_id}&type=payment");
        }
        "paddle" => {
            body = opts.body.clone().unwrap_or_else(|| {
                json!({"event_id":format!("evt_{id}"),"event_type":"transaction.completed","occurred_at":now.to_rfc3339(),
                    "notification_id":format!("ntf_{id}"),"data":{"id":format!("txn_{id}"),"status":"completed"}})
                .to_string()
                .into_bytes()
            });
            let secret = first_secret(env, "PADDLE_WEBHOOK_SECRET")?;
            headers.push((
                "paddle-signature",
                PaddleWebhook::sign(&secret, now.as_secs(), &body),
            ));
            if opts.tamper {
                flip_last_byte(&mut body);
            }
        }
        "standard-webhooks" => {
            body = opts.body.clone().unwrap_or_else(|| {
                json!({"type":"contact.created","timestamp":now.to_rfc3339(),"data":{"id":id}})
                    .to_string()
                    .into_bytes()
            });
            let raw = env
                .required("STANDARD_WEBHOOK_SECRET")
                .map_err(|e| e.to_string())?;
            let signer = StandardWebhook::new(raw.split_whitespace(), None);
            let msg_id = format!("msg_{id}");
            let sig = signer
                .sign(&msg_id, now.as_secs(), &body)
                .ok_or("STANDARD_WEBHOOK_SECRET holds no usable whsec_ key")?;
            headers.push(("webhook-id", msg_id));
            headers.push(("webhook-timestamp", now.as_secs().to_string()));
            headers.push(("webhook-signature", sig));
            if opts.tamper {
                flip_last_byte(&mut body);
            }
        }
        "cron" => {
            body = opts.body.clone().unwrap_or_default();
            let secret = first_secret(env, "CRON_SECRET")?;
            let mut token = String::from_utf8_lossy(secret.expose()).into_owned();
            if opts.tamper {
                let last = token.pop().unwrap_or('x');
                token.push(if last == 'x' { 'y' } else { 'x' });
            }
            headers.push(("authorization", format!("Bearer {token}")));
        }
        "jwt" => {
            // GET without a body (`/api/me`), POST with one (`/api/assistant`).
            body = opts.body.clone().unwrap_or_default();
            if body.is_empty() {
                method = Method::GET;
            }
            let secret = first_secret(env, "JWT_SECRET")?;
            let issuer = env.required("JWT_ISSUER").map_err(|e| e.to_string())?;
            let claims = json!({
                "iss": issuer, "aud": "authenticated", "role": "authenticated",
                // One dev user, so that repeated sends act as the same person (strikes add up).
                "sub": DEV_USER_SUB,
                "email": "dev@example.test", "aal": "aal1", "session_id": format!("sess-{id}"),
                "iat": now.as_secs(), "exp": now.as_secs() + 3600,
            });
            let mut token = sign_hs256(&secret, &claims);
            if opts.tamper {
                token = tamper_jwt(&token);
            }
            headers.push(("authorization", format!("Bearer {token}")));
        }
        other => {
            return Err(format!(
                "unknown provider \"{other}\"; expected one of {}",
                PROVIDERS.join(", ")
            ))
        }
    }
    let mut req = http::Request::builder()
        .method(opts.method.clone().unwrap_or(method))
        .uri(&url)
        .body(Bytes::from(body))
        .map_err(|e| format!("bad URL {url}: {e}"))?;
    for (k, v) in headers {
        let v = HeaderValue::from_str(&v).map_err(|e| format!("header {k}: {e}"))?;
        req.headers_mut().insert(k, v);
    }
    Ok(req)
}

fn hex_lower(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Builds and sends the request; returns the response.
pub async fn send(opts: &SendOptions, env: &MapEnv) -> Result<Response, String> {
    let req = build(opts, env, SystemClock.now(), &OsRandom)?;
    NativeOutbound.send(req).await.map_err(|e| e.to_string())
}

/// Prints a response for a person.
pub fn print_response(resp: &Response) {
    println!("HTTP {}", resp.status());
    for (k, v) in resp.headers() {
        if matches!(
            k.as_str(),
            "content-type" | "www-authenticate" | "retry-after" | "allow"
        ) {
            println!("{k}: {}", v.to_str().unwrap_or("<binary>"));
        }
    }
    println!();
    println!("{}", String::from_utf8_lossy(resp.body()));
}
