//! Secrets as types.
//!
//! A [`Secret`] zeroizes its bytes on drop, prints as `Secret(<redacted>)` in `Debug`, and
//! implements neither `Display` nor `Serialize`: it cannot be formatted into a log line or a
//! response by accident. The bytes are reachable only through [`Secret::expose`], which the
//! constant-time module and the signers call.
//!
//! A [`SecretSet`] is the list of currently valid secrets for one guard (several during a
//! rotation). Empty strings are dropped; a set with nothing left is *not configured*, and every
//! guard fails closed on it.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

/// One secret value (UTF-8 or raw bytes). Never empty.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Secret(Vec<u8>);

/// A secret was empty where a value is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("secret is empty")]
pub struct EmptySecret;

impl Secret {
    /// Wraps a non-empty value.
    pub fn new(value: impl AsRef<[u8]>) -> Result<Self, EmptySecret> {
        let v = value.as_ref();
        if v.is_empty() {
            return Err(EmptySecret);
        }
        Ok(Secret(v.to_vec()))
    }

    /// The raw bytes, for MAC keys and constant-time comparison only.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// Length in bytes (for weak-key checks; not secret in itself).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: a `Secret` is never empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// The secrets a guard accepts, in order of preference (rotation: new first, old after).
#[derive(Clone, Default)]
pub struct SecretSet(Vec<Secret>);

impl SecretSet {
    /// Builds a set, dropping empty values. The result may be empty (= not configured).
    pub fn new<I, S>(values: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<[u8]>,
    {
        SecretSet(
            values
                .into_iter()
                .filter_map(|v| Secret::new(v).ok())
                .collect(),
        )
    }

    /// Parses the environment form: secrets separated by whitespace or commas
    /// (`NEW_SECRET OLD_SECRET`). No provider issues secrets containing either.
    pub fn parse_list(value: &str) -> Self {
        Self::new(
            value
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|s| !s.is_empty()),
        )
    }

    /// True when no usable secret is configured; guards must fail closed.
    pub fn is_unconfigured(&self) -> bool {
        self.0.is_empty()
    }

    /// Iterates the secrets.
    pub fn iter(&self) -> std::slice::Iter<'_, Secret> {
        self.0.iter()
    }

    /// Number of secrets configured.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the set holds no secret.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for SecretSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretSet(<{} redacted>)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let s = Secret::new("hunter2-very-secret").unwrap();
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        let set = SecretSet::new(["hunter2-very-secret", "other"]);
        assert_eq!(format!("{set:?}"), "SecretSet(<2 redacted>)");
    }

    #[test]
    fn empty_values_mean_unconfigured() {
        assert_eq!(Secret::new("").unwrap_err(), EmptySecret);
        assert!(SecretSet::new([""]).is_unconfigured());
        assert!(SecretSet::new(Vec::<String>::new()).is_unconfigured());
        assert_eq!(SecretSet::parse_list(" a, b  c ").len(), 3);
        assert!(SecretSet::parse_list("  ").is_unconfigured());
    }
}
