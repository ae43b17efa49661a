//! The cron secret: schedulers that call a function over HTTP.
//!
//! `Authorization: <scheme> <token>`: scheme `Bearer` (case-insensitive), exactly one space,
//! a token with no whitespace, compared in constant time against every configured secret
//! (`CRON_SECRET`, several for rotation) without leaking the secret's length. An unset or empty
//! secret fails closed: a scheduler sending `Bearer undefined` because *its* variable is unset
//! never matches anything.
//!
//! On Cloudflare Workers the platform's own `scheduled` event runs the same job with no HTTP
//! surface; it is the only other way to obtain a [`Verified<CronSecret>`](super::Verified)
//! ([`CronTrigger::Platform`]).

use async_trait::async_trait;

use super::webhook::WebhookReason;
use super::{header_text, Guard, Rejection};
use crate::context::Ctx;
use crate::ct;
use crate::env::{ConfigError, Env, EnvExt};
use crate::http::{Request, RequestView};
use crate::secret::SecretSet;

/// Cron failures share the webhook reason codes (`../shared/vectors/README.md`).
pub type CronReason = WebhookReason;

/// The cron-secret guard.
#[derive(Debug, Clone)]
pub struct CronSecret {
    secrets: SecretSet,
}

/// Who triggered a cron job.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CronTrigger {
    /// An HTTP call carrying a valid cron secret.
    Http,
    /// The platform scheduler (Workers `scheduled` event), which has no HTTP surface.
    Platform {
        /// The cron expression that fired.
        cron: String,
    },
}

impl CronSecret {
    /// A guard over these secrets.
    pub fn new(secrets: SecretSet) -> Self {
        CronSecret { secrets }
    }

    /// Verifies the `Authorization` header.
    pub fn verify<R: RequestView + ?Sized>(&self, req: &R) -> Result<CronTrigger, CronReason> {
        if self.secrets.is_unconfigured() {
            return Err(WebhookReason::SecretNotConfigured);
        }
        let value = header_text(req, "authorization")
            .map_err(|_| WebhookReason::MalformedSignature)?
            .ok_or(WebhookReason::MissingSignature)?;
        let token = bearer_token(value)?;
        ct::verify_any(self.secrets.iter(), |expected| {
            ct::verify_shared_secret(expected, token.as_bytes())
        })
        .map_err(|_| WebhookReason::SignatureMismatch)?;
        Ok(CronTrigger::Http)
    }
}

/// Parses `Bearer <token>` strictly: one space, no whitespace in the token.
fn bearer_token(value: &str) -> Result<&str, CronReason> {
    if value.trim().is_empty() {
        return Err(WebhookReason::MissingSignature);
    }
    let Some((scheme, token)) = value.split_once(' ') else {
        if value.eq_ignore_ascii_case("bearer") {
            return Err(WebhookReason::MissingSignature);
        }
        return Err(WebhookReason::MalformedSignature);
    };
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(WebhookReason::MalformedSignature);
    }
    if token.is_empty() {
        return Err(WebhookReason::MissingSignature);
    }
    if token.chars().any(char::is_whitespace) {
        return Err(WebhookReason::MalformedSignature);
    }
    Ok(token)
}

#[async_trait(?Send)]
impl Guard for CronSecret {
    const NAME: &'static str = "cron";
    type Identity = CronTrigger;

    fn load(env: &dyn Env) -> Result<Self, ConfigError> {
        Ok(CronSecret::new(env.secrets("CRON_SECRET")?))
    }

    async fn check(&self, req: &Request, _cx: &Ctx) -> Result<CronTrigger, Rejection> {
        self.verify(req).map_err(|r| r.rejection(Self::NAME))
    }
}
