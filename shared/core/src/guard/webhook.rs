//! What webhook-style guards (HMAC signatures and shared secrets) have in common.

/// Why a webhook or cron request was refused. Codes match `../shared/vectors/README.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookReason {
    /// No signature header (or no credential) at all.
    #[error("missing_signature")]
    MissingSignature,
    /// The header is present but does not parse as the provider's format.
    #[error("malformed_signature")]
    MalformedSignature,
    /// Well-formed, but no configured secret produced it.
    #[error("signature_mismatch")]
    SignatureMismatch,
    /// The signed timestamp is outside the tolerance window.
    #[error("timestamp_out_of_tolerance")]
    TimestampOutOfTolerance,
    /// No usable secret is configured: fail closed.
    #[error("secret_not_configured")]
    SecretNotConfigured,
    /// The body is larger than the guard accepts; nothing was verified.
    #[error("body_too_large")]
    BodyTooLarge,
}

impl WebhookReason {
    /// The stable code logged for this reason.
    pub fn code(self) -> &'static str {
        match self {
            WebhookReason::MissingSignature => "missing_signature",
            WebhookReason::MalformedSignature => "malformed_signature",
            WebhookReason::SignatureMismatch => "signature_mismatch",
            WebhookReason::TimestampOutOfTolerance => "timestamp_out_of_tolerance",
            WebhookReason::SecretNotConfigured => "secret_not_configured",
            WebhookReason::BodyTooLarge => "body_too_large",
        }
    }

    /// The uniform rejection for `guard`.
    pub fn rejection(self, guard: &'static str) -> super::Rejection {
        let mut r = super::Rejection::unauthorized(guard, self.code());
        match self {
            WebhookReason::BodyTooLarge => r.status = http::StatusCode::PAYLOAD_TOO_LARGE,
            WebhookReason::SecretNotConfigured => {
                r.status = http::StatusCode::INTERNAL_SERVER_ERROR
            }
            _ => {}
        }
        r
    }
}

/// The checks every webhook guard makes before it reads a signature, in this order: a guard
/// without secrets fails closed, and an oversized body is refused before any MAC is computed.
pub(crate) fn check_before_signature<R: super::RequestView + ?Sized>(
    unconfigured: bool,
    req: &R,
    max_body: usize,
) -> Result<(), WebhookReason> {
    if unconfigured {
        return Err(WebhookReason::SecretNotConfigured);
    }
    if !super::within_body_limit(req, max_body) {
        return Err(WebhookReason::BodyTooLarge);
    }
    Ok(())
}

/// The non-empty text of the signature header `name`: missing or blank is
/// `missing_signature`, non-UTF-8 is `malformed_signature`.
pub(crate) fn signature_header<'r, R: super::RequestView + ?Sized>(
    req: &'r R,
    name: &str,
) -> Result<&'r str, WebhookReason> {
    super::header_text(req, name)
        .map_err(|_| WebhookReason::MalformedSignature)?
        .filter(|h| !h.trim().is_empty())
        .ok_or(WebhookReason::MissingSignature)
}

/// Parses a lower-case hex string of exactly `len` bytes; anything else is malformed.
pub(crate) fn lower_hex(s: &str, len: usize) -> Result<Vec<u8>, WebhookReason> {
    if s.len() != len * 2
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(WebhookReason::MalformedSignature);
    }
    hex::decode(s).map_err(|_| WebhookReason::MalformedSignature)
}

/// Checks `|now - ts| <= tolerance` in whole seconds, as the providers' SDKs do for
/// second-resolution timestamps; `None` tolerance = no check.
pub(crate) fn within_tolerance_secs(
    ts_secs: u64,
    now: crate::clock::UnixTime,
    tolerance_s: Option<u64>,
) -> Result<(), WebhookReason> {
    match tolerance_s {
        Some(t) if now.as_secs().abs_diff(ts_secs) > t => {
            Err(WebhookReason::TimestampOutOfTolerance)
        }
        _ => Ok(()),
    }
}

/// Checks `|now - ts| <= tolerance` at millisecond resolution; `None` tolerance = no check.
pub(crate) fn within_tolerance_millis(
    ts_millis: u64,
    now: crate::clock::UnixTime,
    tolerance_s: Option<u64>,
) -> Result<(), WebhookReason> {
    match tolerance_s {
        None => Ok(()),
        Some(t) => {
            if now.as_millis().abs_diff(ts_millis) <= t.saturating_mul(1000) {
                Ok(())
            } else {
                Err(WebhookReason::TimestampOutOfTolerance)
            }
        }
    }
}
