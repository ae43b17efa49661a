//! Mercado Pago webhook notifications.
//!
//! `x-signature: ts=<ts>,v1=<hex>`: parts split on `,`, keys trimmed and case-insensitive,
//! unknown keys ignored. The signed manifest is
//! `id:<data.id from the query>;request-id:<x-request-id>;ts:<ts>;` with absent pairs dropped,
//! HMAC-SHA256 with the webhook secret. The id comes from the *query string*, never the body
//! (the body is only trusted after this check). Mercado Pago's documentation says ids are
//! lower-case, while SDKs since 2026-06 keep the case as sent, so an id with upper-case letters
//! is also tried lower-cased. `ts` ≥ 10^12 is in milliseconds.
//!
//! Defaults: tolerance 300 s (`MERCADOPAGO_TOLERANCE_S`, 0 disables the time check only when
//! set explicitly to `off`), body limit 256 KiB.

use async_trait::async_trait;

use super::webhook::{
    check_before_signature, lower_hex, signature_header, within_tolerance_millis, WebhookReason,
};
use super::{header_text, Guard, Rejection};
use crate::clock::UnixTime;
use crate::context::Ctx;
use crate::ct;
use crate::env::{ConfigError, Env, EnvExt};
use crate::http::{Request, RequestView};
use crate::secret::SecretSet;

/// Mercado Pago's webhook guard.
#[derive(Debug, Clone)]
pub struct MercadoPagoWebhook {
    secrets: SecretSet,
    tolerance_s: Option<u64>,
    max_body: usize,
}

/// What a verified Mercado Pago notification proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MercadoPagoNotification {
    /// `data.id` from the query string, if present (signed).
    pub data_id: Option<String>,
    /// `x-request-id`, if present (signed).
    pub request_id: Option<String>,
    /// The signed timestamp, in milliseconds.
    pub ts_millis: u64,
}

/// Default tolerance for Mercado Pago timestamps, in seconds.
pub const MERCADOPAGO_TOLERANCE_S: u64 = 300;
/// Default body limit.
pub const MERCADOPAGO_MAX_BODY: usize = 256 * 1024;

impl MercadoPagoWebhook {
    /// A guard over these secrets; `tolerance_s = None` disables the timestamp window.
    pub fn new(secrets: SecretSet, tolerance_s: Option<u64>) -> Self {
        MercadoPagoWebhook {
            secrets,
            tolerance_s,
            max_body: MERCADOPAGO_MAX_BODY,
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
    ) -> Result<MercadoPagoNotification, WebhookReason> {
        check_before_signature(self.secrets.is_unconfigured(), req, self.max_body)?;
        let header = signature_header(req, "x-signature")?;
        let (mut ts, mut v1) = (None, None);
        for part in header.split(',') {
            let Some((k, v)) = part.split_once('=') else {
                continue;
            };
            let k = k.trim();
            if k.eq_ignore_ascii_case("ts") {
                ts = Some(v.trim());
            } else if k.eq_ignore_ascii_case("v1") {
                v1 = Some(v.trim());
            }
        }
        let ts = ts.ok_or(WebhookReason::MalformedSignature)?;
        let tag = lower_hex(v1.ok_or(WebhookReason::MalformedSignature)?, 32)?;
        if ts.is_empty() || !ts.bytes().all(|b| b.is_ascii_digit()) {
            return Err(WebhookReason::MalformedSignature);
        }
        let ts_num: u64 = ts.parse().map_err(|_| WebhookReason::MalformedSignature)?;
        let ts_millis = if ts_num >= 1_000_000_000_000 {
            ts_num
        } else {
            ts_num.saturating_mul(1000)
        };
        // Time first (cheap), then the MAC.
        within_tolerance_millis(ts_millis, now, self.tolerance_s)?;

        let data_id = form_urlencoded::parse(req.raw_query().as_bytes())
            .find(|(k, _)| k == "data.id")
            .map(|(_, v)| v.into_owned());
        let request_id = header_text(req, "x-request-id")
            .map_err(|_| WebhookReason::MalformedSignature)?
            .map(str::to_string);

        let mut candidates = vec![data_id.clone()];
        if let Some(id) = &data_id {
            // ASCII case only: Mercado Pago's ids are ASCII alphanumeric, and Unicode case
            // mapping would ship its tables in every WASM build of this guard (~10 KB).
            if id.bytes().any(|b| b.is_ascii_uppercase()) {
                candidates.push(Some(id.to_ascii_lowercase()));
            }
        }
        let matched = candidates.iter().any(|id| {
            let manifest = manifest(id.as_deref(), request_id.as_deref(), ts);
            ct::verify_any(self.secrets.iter(), |key| {
                ct::verify_hmac_sha256(key.expose(), &[manifest.as_bytes()], &tag)
            })
            .is_ok()
        });
        if !matched {
            return Err(WebhookReason::SignatureMismatch);
        }
        Ok(MercadoPagoNotification {
            data_id,
            request_id,
            ts_millis,
        })
    }

    /// Signs a notification the way Mercado Pago does (for `portcullis send` and tests).
    pub fn sign(
        secret: &crate::secret::Secret,
        data_id: Option<&str>,
        request_id: Option<&str>,
        ts: &str,
    ) -> String {
        let m = manifest(data_id, request_id, ts);
        let tag = ct::hmac_sha256(secret.expose(), &[m.as_bytes()]);
        format!("ts={ts},v1={}", hex::encode(tag))
    }
}

fn manifest(id: Option<&str>, request_id: Option<&str>, ts: &str) -> String {
    let mut m = String::new();
    if let Some(id) = id {
        m.push_str("id:");
        m.push_str(id);
        m.push(';');
    }
    if let Some(r) = request_id {
        m.push_str("request-id:");
        m.push_str(r);
        m.push(';');
    }
    m.push_str("ts:");
    m.push_str(ts);
    m.push(';');
    m
}

#[async_trait(?Send)]
impl Guard for MercadoPagoWebhook {
    const NAME: &'static str = "mercadopago-webhook";
    type Identity = MercadoPagoNotification;

    fn load(env: &dyn Env) -> Result<Self, ConfigError> {
        let secrets = env.secrets("MERCADOPAGO_WEBHOOK_SECRET")?;
        let tol = env.number_or("MERCADOPAGO_TOLERANCE_S", MERCADOPAGO_TOLERANCE_S)?;
        let max = env.number_or("MERCADOPAGO_MAX_BODY", MERCADOPAGO_MAX_BODY as u64)? as usize;
        Ok(MercadoPagoWebhook::new(secrets, Some(tol)).max_body(max))
    }

    async fn check(&self, req: &Request, cx: &Ctx) -> Result<Self::Identity, Rejection> {
        self.verify(req, cx.now())
            .map_err(|r| r.rejection(Self::NAME))
    }
}
