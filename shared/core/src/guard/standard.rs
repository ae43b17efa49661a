//! Standard Webhooks (<https://www.standardwebhooks.com>, used by Svix and many senders).
//!
//! HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the base64-decoded
//! secret (the part after `whsec_`). `webhook-signature` holds space-separated `v1,<base64>`
//! entries (several during a key rotation); only `v1` entries are considered, others ignored.
//! Both [`StandardWebhook::verify`] and [`StandardWebhook::sign`] are provided, so the same type
//! verifies inbound and signs outbound webhooks.
//!
//! Defaults: tolerance 300 s (the specification's recommendation), body limit 1 MiB.

use async_trait::async_trait;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use super::webhook::{check_before_signature, within_tolerance_secs, WebhookReason};
use super::{header_text, Guard, Rejection};
use crate::clock::UnixTime;
use crate::context::Ctx;
use crate::ct;
use crate::env::{ConfigError, Env, EnvExt};
use crate::http::{Request, RequestView};
use crate::secret::{Secret, SecretSet};

/// The Standard Webhooks guard and signer.
#[derive(Debug, Clone)]
pub struct StandardWebhook {
    keys: SecretSet,
    tolerance_s: Option<u64>,
    max_body: usize,
}

/// What a verified Standard Webhooks message proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandardWebhookMessage {
    /// `webhook-id`: the sender's message id, stable across retries (use it to dedup).
    pub id: String,
    /// `webhook-timestamp`, seconds.
    pub timestamp: u64,
}

/// The specification's recommended tolerance, in seconds.
pub const STANDARD_TOLERANCE_S: u64 = 300;
/// Default body limit.
pub const STANDARD_MAX_BODY: usize = 1024 * 1024;

/// Decodes a `whsec_…` secret (or bare base64) into key bytes.
pub fn decode_whsec(secret: &str) -> Option<Secret> {
    let b64 = secret.strip_prefix("whsec_").unwrap_or(secret);
    let bytes = STANDARD.decode(b64).ok()?;
    Secret::new(bytes).ok()
}

impl StandardWebhook {
    /// A guard over `whsec_…` secrets; undecodable entries are dropped (and the set may then be
    /// unconfigured, which fails closed).
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a str>, tolerance_s: Option<u64>) -> Self {
        let keys: Vec<Vec<u8>> = secrets
            .into_iter()
            .filter_map(decode_whsec)
            .map(|s| s.expose().to_vec())
            .collect();
        StandardWebhook {
            keys: SecretSet::new(keys),
            tolerance_s,
            max_body: STANDARD_MAX_BODY,
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
    ) -> Result<StandardWebhookMessage, WebhookReason> {
        check_before_signature(self.keys.is_unconfigured(), req, self.max_body)?;
        let text = |name| header_text(req, name).map_err(|_| WebhookReason::MalformedSignature);
        let signature = text("webhook-signature")?
            .filter(|s| !s.trim().is_empty())
            .ok_or(WebhookReason::MissingSignature)?;
        let id = text("webhook-id")?
            .filter(|s| !s.is_empty())
            .ok_or(WebhookReason::MalformedSignature)?;
        let ts = text("webhook-timestamp")?.ok_or(WebhookReason::MalformedSignature)?;
        if ts.is_empty() || ts.len() > 20 || !ts.bytes().all(|b| b.is_ascii_digit()) {
            return Err(WebhookReason::MalformedSignature);
        }
        let ts_num: u64 = ts.parse().map_err(|_| WebhookReason::MalformedSignature)?;
        within_tolerance_secs(ts_num, now, self.tolerance_s)?;
        let body = req.body_bytes();
        let matched = signature
            .split(' ')
            .filter_map(|entry| entry.strip_prefix("v1,"))
            .filter_map(|b64| STANDARD.decode(b64).ok())
            .any(|tag| {
                ct::verify_any(self.keys.iter(), |key| {
                    ct::verify_hmac_sha256(
                        key.expose(),
                        &[id.as_bytes(), b".", ts.as_bytes(), b".", body],
                        &tag,
                    )
                })
                .is_ok()
            });
        if !matched {
            return Err(WebhookReason::SignatureMismatch);
        }
        Ok(StandardWebhookMessage {
            id: id.to_string(),
            timestamp: ts_num,
        })
    }

    /// The `webhook-signature` value for a message (`v1,<base64>`), signed with the first key.
    /// `None` when no key is configured.
    pub fn sign(&self, id: &str, timestamp: u64, body: &[u8]) -> Option<String> {
        let key = self.keys.iter().next()?;
        let ts = timestamp.to_string();
        let tag = ct::hmac_sha256(
            key.expose(),
            &[id.as_bytes(), b".", ts.as_bytes(), b".", body],
        );
        Some(format!("v1,{}", STANDARD.encode(tag)))
    }
}

#[async_trait(?Send)]
impl Guard for StandardWebhook {
    const NAME: &'static str = "standard-webhook";
    type Identity = StandardWebhookMessage;

    fn load(env: &dyn Env) -> Result<Self, ConfigError> {
        let raw = env.required("STANDARD_WEBHOOK_SECRET")?;
        let entries: Vec<&str> = raw.split_whitespace().collect();
        if entries.iter().any(|e| decode_whsec(e).is_none()) {
            return Err(ConfigError::Invalid {
                name: "STANDARD_WEBHOOK_SECRET",
                why: "every entry must be whsec_ followed by base64",
            });
        }
        let tol = env.number_or("STANDARD_WEBHOOK_TOLERANCE_S", STANDARD_TOLERANCE_S)?;
        Ok(StandardWebhook::new(entries, Some(tol)))
    }

    async fn check(&self, req: &Request, cx: &Ctx) -> Result<Self::Identity, Rejection> {
        self.verify(req, cx.now())
            .map_err(|r| r.rejection(Self::NAME))
    }
}
