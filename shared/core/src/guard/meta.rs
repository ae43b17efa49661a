//! Meta (WhatsApp Cloud API, Instagram, Messenger) webhooks.
//!
//! - **POST**: `X-Hub-Signature-256: sha256=<64 lower-case hex>` = HMAC-SHA256(app secret, raw
//!   body). Meta computes the signature over its own *escaped* form of the payload: when the raw
//!   bytes do not match and the body is UTF-8 with non-ASCII characters, the check is retried over
//!   the body with every UTF-16 code unit above 0x7E written as `\uXXXX` (lower-case hex).
//!   The legacy `X-Hub-Signature: sha1=…` is accepted only when enabled (`META_ALLOW_SHA1=true`)
//!   and only when the SHA-256 header is absent. SHA-1 is also a build-time capability (the
//!   `meta-sha1` feature, on for the native host and off in the WASM builds unless
//!   `meta-webhook` is built with its `legacy-sha1` feature): a build without it refuses to
//!   load with `META_ALLOW_SHA1=true` (`config_invalid`) rather than ignore the setting.
//! - **GET** handshake: `hub.mode=subscribe`, `hub.verify_token` equal (constant time) to the
//!   configured verify token, and `hub.challenge` echoed back.
//!
//! Defaults: body limit 1 MiB (Meta batches up to 1,000 updates, far below that); SHA-1 off.

use async_trait::async_trait;
use http::Method;

use super::webhook::{check_before_signature, lower_hex, WebhookReason};
use super::{header_text, Guard, Rejection};
use crate::clock::UnixTime;
use crate::context::Ctx;
use crate::ct;
use crate::env::{ConfigError, Env, EnvExt};
use crate::http::{Request, RequestView};
use crate::secret::SecretSet;

/// Meta's webhook guard (signature + handshake).
#[derive(Debug, Clone)]
pub struct MetaWebhook {
    app_secrets: SecretSet,
    verify_tokens: SecretSet,
    allow_sha1: bool,
    max_body: usize,
}

/// What a Meta request proved.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MetaDelivery {
    /// A signed notification (POST); the body is authentic.
    Notification {
        /// The algorithm that matched (`sha256` or the legacy `sha1`).
        algorithm: &'static str,
        /// Whether the match needed Meta's escaped-unicode form of the body.
        escaped_form: bool,
    },
    /// A subscription handshake (GET); answer `challenge` verbatim with 200.
    Handshake {
        /// The `hub.challenge` value to echo.
        challenge: String,
    },
}

/// Default body limit for Meta notifications.
pub const META_MAX_BODY: usize = 1024 * 1024;

impl MetaWebhook {
    /// A guard over these app secrets (POST) and verify tokens (GET handshake).
    pub fn new(app_secrets: SecretSet, verify_tokens: SecretSet) -> Self {
        MetaWebhook {
            app_secrets,
            verify_tokens,
            allow_sha1: false,
            max_body: META_MAX_BODY,
        }
    }

    /// Accepts the legacy `X-Hub-Signature` (SHA-1) when the SHA-256 header is absent.
    pub fn allow_sha1(mut self, allow: bool) -> Self {
        self.allow_sha1 = allow;
        self
    }

    /// Sets the body limit in bytes.
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// Verifies a request; `now` is unused (Meta signs no timestamp) but kept for uniformity.
    pub fn verify<R: RequestView + ?Sized>(
        &self,
        req: &R,
        _now: UnixTime,
    ) -> Result<MetaDelivery, WebhookReason> {
        if req.method_str() == Method::GET.as_str() {
            return self.verify_handshake(req);
        }
        self.verify_notification(req)
    }

    fn verify_notification<R: RequestView + ?Sized>(
        &self,
        req: &R,
    ) -> Result<MetaDelivery, WebhookReason> {
        check_before_signature(self.app_secrets.is_unconfigured(), req, self.max_body)?;
        let sha256 = header_text(req, "x-hub-signature-256")
            .map_err(|_| WebhookReason::MalformedSignature)?;
        let (algorithm, tag) = match sha256 {
            Some(h) => ("sha256", parse_prefixed(h, "sha256=", 32)?),
            None => {
                let sha1 = if self.allow_sha1 && cfg!(feature = "meta-sha1") {
                    header_text(req, "x-hub-signature")
                        .map_err(|_| WebhookReason::MalformedSignature)?
                } else {
                    None
                };
                match sha1 {
                    Some(h) => ("sha1", parse_prefixed(h, "sha1=", 20)?),
                    None => return Err(WebhookReason::MissingSignature),
                }
            }
        };
        let body = req.body_bytes();
        let verify = |msg: &[u8]| {
            ct::verify_any(self.app_secrets.iter(), |key| match algorithm {
                #[cfg(feature = "meta-sha1")]
                "sha1" => ct::verify_hmac_sha1(key.expose(), &[msg], &tag),
                _ => ct::verify_hmac_sha256(key.expose(), &[msg], &tag),
            })
        };
        if verify(body).is_ok() {
            return Ok(MetaDelivery::Notification {
                algorithm,
                escaped_form: false,
            });
        }
        if let Some(escaped) = escaped_unicode_form(body) {
            if verify(escaped.as_bytes()).is_ok() {
                return Ok(MetaDelivery::Notification {
                    algorithm,
                    escaped_form: true,
                });
            }
        }
        Err(WebhookReason::SignatureMismatch)
    }

    fn verify_handshake<R: RequestView + ?Sized>(
        &self,
        req: &R,
    ) -> Result<MetaDelivery, WebhookReason> {
        if self.verify_tokens.is_unconfigured() {
            return Err(WebhookReason::SecretNotConfigured);
        }
        let query = req.raw_query();
        let (mut mode, mut token, mut challenge) = (None, None, None);
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            match k.as_ref() {
                "hub.mode" => mode = Some(v.into_owned()),
                "hub.verify_token" => token = Some(v.into_owned()),
                "hub.challenge" => challenge = Some(v.into_owned()),
                _ => {}
            }
        }
        let token = token.ok_or(WebhookReason::MissingSignature)?;
        if mode.as_deref() != Some("subscribe") {
            return Err(WebhookReason::MalformedSignature);
        }
        let challenge = challenge.ok_or(WebhookReason::MalformedSignature)?;
        ct::verify_any(self.verify_tokens.iter(), |expected| {
            ct::verify_shared_secret(expected, token.as_bytes())
        })
        .map_err(|_| WebhookReason::SignatureMismatch)?;
        Ok(MetaDelivery::Handshake { challenge })
    }
}

fn parse_prefixed(h: &str, prefix: &str, len: usize) -> Result<Vec<u8>, WebhookReason> {
    let hex = h
        .strip_prefix(prefix)
        .ok_or(WebhookReason::MalformedSignature)?;
    lower_hex(hex, len)
}

/// Meta's escaped form: every UTF-16 code unit above 0x7E as `\uXXXX` (lower-case hex).
/// `None` when the body is not UTF-8 or is pure ASCII (the retry could not differ).
pub fn escaped_unicode_form(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    if text.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 32);
    for ch in text.chars() {
        if (ch as u32) <= 0x7E {
            out.push(ch);
        } else {
            let mut units = [0u16; 2];
            for u in ch.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{:04x}", u));
            }
        }
    }
    Some(out)
}

#[async_trait(?Send)]
impl Guard for MetaWebhook {
    const NAME: &'static str = "meta-webhook";
    type Identity = MetaDelivery;

    fn load(env: &dyn Env) -> Result<Self, ConfigError> {
        let secrets = env.secrets("META_APP_SECRET")?;
        let tokens = env.secrets("META_VERIFY_TOKEN")?;
        let allow_sha1 = matches!(env.optional("META_ALLOW_SHA1").as_deref(), Some("true"));
        if allow_sha1 && !cfg!(feature = "meta-sha1") {
            return Err(ConfigError::Invalid {
                name: "META_ALLOW_SHA1",
                why: "this build has no SHA-1 (build meta-webhook with its legacy-sha1 feature)",
            });
        }
        let max = env.number_or("META_MAX_BODY", META_MAX_BODY as u64)? as usize;
        Ok(MetaWebhook::new(secrets, tokens)
            .allow_sha1(allow_sha1)
            .max_body(max))
    }

    async fn check(&self, req: &Request, cx: &Ctx) -> Result<MetaDelivery, Rejection> {
        self.verify(req, cx.now())
            .map_err(|r| r.rejection(Self::NAME))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::MapEnv;

    #[test]
    fn sha1_opt_in_needs_the_build_capability() {
        let env = MapEnv::new()
            .with("META_APP_SECRET", "fake-meta-app-secret")
            .with("META_VERIFY_TOKEN", "fake-verify-token")
            .with("META_ALLOW_SHA1", "true");
        let loaded = MetaWebhook::load(&env);
        if cfg!(feature = "meta-sha1") {
            assert!(loaded.expect("loads with SHA-1 built in").allow_sha1);
        } else {
            assert_eq!(
                loaded.expect_err("refuses without SHA-1").code(),
                "config_invalid"
            );
        }
        let env = env.with("META_ALLOW_SHA1", "");
        assert!(!MetaWebhook::load(&env).expect("loads").allow_sha1);
    }

    #[test]
    fn escaped_form_uses_utf16_units() {
        assert_eq!(escaped_unicode_form(b"abc"), None);
        assert_eq!(
            escaped_unicode_form("é😀".as_bytes()).as_deref(),
            Some("\\u00e9\\ud83d\\ude00")
        );
        assert_eq!(escaped_unicode_form(&[0xff, 0xfe]), None);
    }
}
