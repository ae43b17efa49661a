//! Paddle Billing notifications.
//!
//! `Paddle-Signature: ts=<unix seconds>;h1=<hex>[;h1=<hex>…]`: HMAC-SHA256 of
//! `<ts>:<raw body>` keyed with the *whole* secret string (`pdl_ntfset_…`). Every `h1` is tried
//! (Paddle sends several during a secret rotation), unknown keys are ignored, the `ts` string is
//! signed verbatim (a verifier that re-formats it would fail), and only lower-case hex is valid.
//!
//! Defaults: tolerance 5 s, as in Paddle's SDKs (`PADDLE_TOLERANCE_S`); body limit 1 MiB.
//! Replays inside the window are caught by the function's dedup on `event_id`.

use async_trait::async_trait;

use super::webhook::{
    check_before_signature, lower_hex, signature_header, within_tolerance_secs, WebhookReason,
};
use super::{Guard, Rejection};
use crate::clock::UnixTime;
use crate::context::Ctx;
use crate::ct;
use crate::env::{ConfigError, Env, EnvExt};
use crate::http::{Request, RequestView};
use crate::secret::{Secret, SecretSet};

/// Paddle's webhook guard.
#[derive(Debug, Clone)]
pub struct PaddleWebhook {
    secrets: SecretSet,
    tolerance_s: Option<u64>,
    max_body: usize,
}

/// What a verified Paddle delivery proved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaddleDelivery {
    /// The signed timestamp (seconds).
    pub ts: u64,
}

/// Paddle SDK default tolerance, in seconds.
pub const PADDLE_TOLERANCE_S: u64 = 5;
/// Default body limit.
pub const PADDLE_MAX_BODY: usize = 1024 * 1024;

impl PaddleWebhook {
    /// A guard over these secrets; `tolerance_s = None` disables the timestamp window.
    pub fn new(secrets: SecretSet, tolerance_s: Option<u64>) -> Self {
        PaddleWebhook {
            secrets,
            tolerance_s,
            max_body: PADDLE_MAX_BODY,
        }
    }

    /// Sets the body limit in bytes.
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// Verifies a request at time `now`.
    pub fn verify<R: RequestView + ?Sized>(
        &self,
        req: &R,
        now: UnixTime,
    ) -> Result<PaddleDelivery, WebhookReason> {
        check_before_signature(self.secrets.is_unconfigured(), req, self.max_body)?;
        let header = signature_header(req, "paddle-signature")?;
        let mut ts = None;
        let mut h1s = Vec::new();
        for part in header.split(';') {
            let Some((k, v)) = part.split_once('=') else {
                continue;
            };
            match k.trim() {
                "ts" => ts = Some(v.trim()),
                "h1" => h1s.push(v.trim()),
                _ => {}
            }
        }
        let ts = ts.ok_or(WebhookReason::MalformedSignature)?;
        if ts.is_empty() || ts.len() > 20 || !ts.bytes().all(|b| b.is_ascii_digit()) {
            return Err(WebhookReason::MalformedSignature);
        }
        let ts_num: u64 = ts.parse().map_err(|_| WebhookReason::MalformedSignature)?;
        // Every h1 must be well-formed hex, or be ignored? Paddle's SDKs try each and skip
        // those that do not match; a list with no valid-looking h1 at all is malformed.
        let tags: Vec<Vec<u8>> = h1s.iter().filter_map(|h| lower_hex(h, 32).ok()).collect();
        if tags.is_empty() {
            return Err(WebhookReason::MalformedSignature);
        }
        // Time first, as Paddle's SDKs do: a stale delivery is refused before any MAC work.
        within_tolerance_secs(ts_num, now, self.tolerance_s)?;
        let body = req.body_bytes();
        let matched = tags.iter().any(|tag| {
            ct::verify_any(self.secrets.iter(), |key| {
                ct::verify_hmac_sha256(key.expose(), &[ts.as_bytes(), b":", body], tag)
            })
            .is_ok()
        });
        if !matched {
            return Err(WebhookReason::SignatureMismatch);
        }
        Ok(PaddleDelivery { ts: ts_num })
    }

    /// Builds a `Paddle-Signature` header for `body` at `ts` (for `portcullis send` and tests).
    pub fn sign(secret: &Secret, ts: u64, body: &[u8]) -> String {
        let ts = ts.to_string();
        let tag = ct::hmac_sha256(secret.expose(), &[ts.as_bytes(), b":", body]);
        format!("ts={ts};h1={}", hex::encode(tag))
    }
}

#[async_trait(?Send)]
impl Guard for PaddleWebhook {
    const NAME: &'static str = "paddle-webhook";
    type Identity = PaddleDelivery;

    fn load(env: &dyn Env) -> Result<Self, ConfigError> {
        let secrets = env.secrets("PADDLE_WEBHOOK_SECRET")?;
        let tol = env.number_or("PADDLE_TOLERANCE_S", PADDLE_TOLERANCE_S)?;
        let max = env.number_or("PADDLE_MAX_BODY", PADDLE_MAX_BODY as u64)? as usize;
        Ok(PaddleWebhook::new(secrets, Some(tol)).max_body(max))
    }

    async fn check(&self, req: &Request, cx: &Ctx) -> Result<Self::Identity, Rejection> {
        self.verify(req, cx.now())
            .map_err(|r| r.rejection(Self::NAME))
    }
}
