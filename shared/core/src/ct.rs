//! Constant-time comparison and MAC verification.
//!
//! This is the **only** module in Portcullis that compares secret material. Every guard calls
//! into it; `==` on a signature, token or secret anywhere else is a bug (the audit greps for it).
//!
//! Design choices:
//! - MACs are *verified*, never computed and then compared by the caller
//!   ([`verify_hmac_sha256`] delegates to `hmac`'s constant-time `verify_slice`).
//! - Bearer-style shared secrets ([`verify_shared_secret`]) are hashed with SHA-256 before the
//!   constant-time compare, so neither the content nor the *length* of the configured secret leaks
//!   through timing.
//! - With several secrets configured (rotation), every secret is tried; the loop does not stop at
//!   the first match, so timing does not tell which secret matched.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use subtle::{Choice, ConstantTimeEq};

use crate::secret::Secret;

/// The presented value did not match any configured secret. Carries nothing on purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("no configured secret matched")]
pub struct Mismatch;

/// HMAC-SHA256 over the concatenation of `parts`, for *signing* (outbound webhooks, tests).
pub fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = new_hmac_sha256(key);
    for p in parts {
        mac.update(p);
    }
    mac.finalize().into_bytes().into()
}

fn new_hmac_sha256(key: &[u8]) -> Hmac<Sha256> {
    // HMAC accepts keys of any length, so this cannot fail.
    match <Hmac<Sha256> as Mac>::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => unreachable!("HMAC takes keys of any length"),
    }
}

/// Verifies `tag` as HMAC-SHA256(key, parts...) in constant time.
pub fn verify_hmac_sha256(key: &[u8], parts: &[&[u8]], tag: &[u8]) -> Result<(), Mismatch> {
    let mut mac = new_hmac_sha256(key);
    for p in parts {
        mac.update(p);
    }
    mac.verify_slice(tag).map_err(|_| Mismatch)
}

/// Verifies `tag` as HMAC-SHA1(key, parts...) in constant time (Meta's legacy header only).
#[cfg(feature = "meta-sha1")]
pub fn verify_hmac_sha1(key: &[u8], parts: &[&[u8]], tag: &[u8]) -> Result<(), Mismatch> {
    let mut mac = match <Hmac<sha1::Sha1> as Mac>::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => unreachable!("HMAC takes keys of any length"),
    };
    for p in parts {
        mac.update(p);
    }
    mac.verify_slice(tag).map_err(|_| Mismatch)
}

/// Tries `verify` with every secret, without stopping at the first match.
///
/// Returns the index of a matching secret (the first one, if several match).
pub fn verify_any<'s>(
    secrets: impl IntoIterator<Item = &'s Secret>,
    mut verify: impl FnMut(&Secret) -> Result<(), Mismatch>,
) -> Result<usize, Mismatch> {
    let mut found: Option<usize> = None;
    for (i, s) in secrets.into_iter().enumerate() {
        let ok = verify(s).is_ok();
        if ok && found.is_none() {
            found = Some(i);
        }
    }
    found.ok_or(Mismatch)
}

/// Compares a presented shared secret (e.g. a cron bearer token) with a configured one in
/// constant time, without leaking either length: both sides are hashed first.
pub fn verify_shared_secret(expected: &Secret, presented: &[u8]) -> Result<(), Mismatch> {
    let a = Sha256::digest(expected.expose());
    let b = Sha256::digest(presented);
    if bool::from(a[..].ct_eq(&b[..])) {
        Ok(())
    } else {
        Err(Mismatch)
    }
}

/// Compares two digests (already-hashed values, e.g. API key hashes) in constant time.
pub fn verify_digest_eq(expected: &[u8], presented: &[u8]) -> Result<(), Mismatch> {
    let eq: Choice = expected.ct_eq(presented);
    if bool::from(eq) {
        Ok(())
    } else {
        Err(Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_roundtrip_and_mismatch() {
        let tag = hmac_sha256(b"k", &[b"a", b"b"]);
        assert_eq!(verify_hmac_sha256(b"k", &[b"ab"], &tag), Ok(()));
        assert_eq!(verify_hmac_sha256(b"k2", &[b"ab"], &tag), Err(Mismatch));
        assert_eq!(
            verify_hmac_sha256(b"k", &[b"ab"], &tag[..31]),
            Err(Mismatch)
        );
    }

    #[test]
    fn shared_secret_compare_is_exact() {
        let s = Secret::new("abc").unwrap();
        assert_eq!(verify_shared_secret(&s, b"abc"), Ok(()));
        assert_eq!(verify_shared_secret(&s, b"abcd"), Err(Mismatch));
        assert_eq!(verify_shared_secret(&s, b"ab"), Err(Mismatch));
    }

    #[test]
    fn verify_any_reports_first_matching_index() {
        let set = [Secret::new("a").unwrap(), Secret::new("b").unwrap()];
        let r = verify_any(set.iter(), |k| verify_shared_secret(k, b"b"));
        assert_eq!(r, Ok(1));
        let r = verify_any(set.iter(), |k| verify_shared_secret(k, b"c"));
        assert_eq!(r, Err(Mismatch));
    }
}
