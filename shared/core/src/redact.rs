//! Redaction of secrets in text bound for logs.
//!
//! The configured secrets of the running function are replaced by
//! `[REDACTED:configured_secret]` wherever they appear, before anything else is done with the
//! text. Values shorter than 8 bytes are not searched for (they would mask ordinary words; no
//! guard accepts such a secret).

use std::borrow::Cow;

/// Masks secrets in text.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    configured: Vec<String>,
}

/// Configured secret values shorter than this are not searched for.
pub const MIN_CONFIGURED_SECRET_LEN: usize = 8;

impl Redactor {
    /// A redactor that also masks these exact values.
    pub fn with_secrets(values: impl IntoIterator<Item = String>) -> Self {
        let mut configured: Vec<String> = values
            .into_iter()
            .filter(|v| v.len() >= MIN_CONFIGURED_SECRET_LEN)
            .collect();
        // Longest first, so a secret containing another is masked whole.
        configured.sort_by_key(|v| std::cmp::Reverse(v.len()));
        configured.dedup();
        Redactor { configured }
    }

    /// The text with every secret masked.
    pub fn redact<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out: Cow<'a, str> = Cow::Borrowed(text);
        for s in &self.configured {
            if out.contains(s.as_str()) {
                out = Cow::Owned(out.replace(s.as_str(), "[REDACTED:configured_secret]"));
            }
        }
        out
    }
}
