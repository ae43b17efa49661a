//! API keys: `smcp_<32 base62 random><6 base62 checksum>`.
//!
//! - The random part carries ~190 bits from the runtime's CSPRNG.
//! - The checksum (the first 4 bytes of SHA-256 over `smcp_` + random, in base62) lets the guard,
//!   and secret scanners, reject typos and made-up keys without a store lookup.
//! - Only the SHA-256 of the whole key is stored (`apikey:<hex>`); the key is shown once, when
//!   issued. A lookup is by hash, so no comparison of key material happens outside `ct`.
//! - Keys are accepted as `Authorization: Bearer smcp_…` or `X-API-Key: smcp_…`.

use std::fmt;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{header_text, Guard, Rejection};
use crate::context::Ctx;
use crate::env::{ConfigError, Env};
use crate::http::{Request, RequestView};
use crate::random::Random;

/// The prefix every Portcullis API key starts with.
pub const PREFIX: &str = "smcp_";
const RANDOM_LEN: usize = 32;
const CHECKSUM_LEN: usize = 6;
const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Why an API key was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ApiKeyReason {
    /// No key presented.
    #[error("missing_key")]
    Missing,
    /// Not `smcp_` + 38 base62 characters.
    #[error("malformed_key")]
    Malformed,
    /// The checksum does not match: a typo or a made-up key.
    #[error("bad_checksum")]
    BadChecksum,
    /// Well-formed, but not issued here.
    #[error("unknown_key")]
    Unknown,
    /// Issued, then revoked.
    #[error("revoked_key")]
    Revoked,
    /// The key store could not be read (fail closed).
    #[error("store_unavailable")]
    StoreUnavailable,
}

impl ApiKeyReason {
    /// Stable code for logs.
    pub fn code(self) -> &'static str {
        match self {
            ApiKeyReason::Missing => "missing_key",
            ApiKeyReason::Malformed => "malformed_key",
            ApiKeyReason::BadChecksum => "bad_checksum",
            ApiKeyReason::Unknown => "unknown_key",
            ApiKeyReason::Revoked => "revoked_key",
            ApiKeyReason::StoreUnavailable => "store_unavailable",
        }
    }
}

/// A well-formed API key with a valid checksum (not yet looked up).
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({}…)", self.display_prefix())
    }
}

fn checksum(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    let mut n = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]) as u64;
    let mut out = [b'0'; CHECKSUM_LEN];
    for slot in out.iter_mut().rev() {
        *slot = BASE62[(n % 62) as usize];
        n /= 62;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl ApiKey {
    /// Checks the format and the checksum.
    pub fn parse(s: &str) -> Result<ApiKey, ApiKeyReason> {
        let rest = s.strip_prefix(PREFIX).ok_or(ApiKeyReason::Malformed)?;
        if rest.len() != RANDOM_LEN + CHECKSUM_LEN
            || !rest.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return Err(ApiKeyReason::Malformed);
        }
        let (random, sum) = rest.split_at(RANDOM_LEN);
        let expected = checksum(&format!("{PREFIX}{random}"));
        // The checksum is not secret (anyone can compute it), so plain comparison is fine here.
        if expected != sum {
            return Err(ApiKeyReason::BadChecksum);
        }
        Ok(ApiKey(s.to_string()))
    }

    /// Generates a new key from the runtime's randomness.
    pub fn generate(random: &dyn Random) -> ApiKey {
        let mut bytes = [0u8; RANDOM_LEN];
        random.fill(&mut bytes);
        // 62 * 4 = 248 <= 256: reject the top values to keep the characters uniform.
        let mut body = String::with_capacity(PREFIX.len() + RANDOM_LEN + CHECKSUM_LEN);
        body.push_str(PREFIX);
        let mut pool = bytes.to_vec();
        let mut i = 0;
        while body.len() < PREFIX.len() + RANDOM_LEN {
            if i == pool.len() {
                random.fill(&mut bytes);
                pool = bytes.to_vec();
                i = 0;
            }
            let b = pool[i];
            i += 1;
            if b < 248 {
                body.push(BASE62[(b % 62) as usize] as char);
            }
        }
        let sum = checksum(&body);
        body.push_str(&sum);
        ApiKey(body)
    }

    /// The value to show the user, once.
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// The first characters after the prefix, safe to display and log (`smcp_AbCd`).
    pub fn display_prefix(&self) -> &str {
        &self.0[..PREFIX.len() + 4]
    }

    /// The store key: `apikey:` + hex SHA-256 of the whole key.
    pub fn store_key(&self) -> String {
        format!("apikey:{}", hex::encode(Sha256::digest(self.0.as_bytes())))
    }
}

/// What the key store holds for an issued key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeyRecord {
    /// Public id of the key (for listing and revoking).
    pub key_id: String,
    /// The tenant (owner) the key acts for.
    pub tenant: String,
    /// Set when revoked.
    #[serde(default)]
    pub revoked: bool,
}

/// What a verified API key proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKeyIdentity {
    /// The key's public id.
    pub key_id: String,
    /// The tenant it acts for.
    pub tenant: String,
}

/// The API-key guard.
#[derive(Debug, Clone, Default)]
pub struct ApiKeyGuard;

impl ApiKeyGuard {
    /// Reads and checks the key's format; no store access.
    pub fn parse<R: RequestView + ?Sized>(req: &R) -> Result<ApiKey, ApiKeyReason> {
        let auth = header_text(req, "authorization").map_err(|_| ApiKeyReason::Malformed)?;
        let xkey = header_text(req, "x-api-key").map_err(|_| ApiKeyReason::Malformed)?;
        let raw = match (auth, xkey) {
            (_, Some(k)) => k,
            (Some(a), None) => match a.split_once(' ') {
                Some((s, k)) if s.eq_ignore_ascii_case("bearer") => k,
                _ => return Err(ApiKeyReason::Missing),
            },
            (None, None) => return Err(ApiKeyReason::Missing),
        };
        ApiKey::parse(raw)
    }
}

#[async_trait(?Send)]
impl Guard for ApiKeyGuard {
    const NAME: &'static str = "api-key";
    type Identity = ApiKeyIdentity;

    fn load(_env: &dyn Env) -> Result<Self, ConfigError> {
        Ok(ApiKeyGuard)
    }

    async fn check(&self, req: &Request, cx: &Ctx) -> Result<ApiKeyIdentity, Rejection> {
        let reject = |r: ApiKeyReason| {
            let mut rej = Rejection::unauthorized(Self::NAME, r.code());
            rej.challenge = Some("Bearer");
            if r == ApiKeyReason::StoreUnavailable {
                rej.status = http::StatusCode::SERVICE_UNAVAILABLE;
            }
            rej
        };
        let key = Self::parse(req).map_err(reject)?;
        let record = cx
            .kv()
            .get(&key.store_key())
            .await
            .map_err(|_| reject(ApiKeyReason::StoreUnavailable))?
            .ok_or(reject(ApiKeyReason::Unknown))?;
        let record: ApiKeyRecord =
            serde_json::from_slice(&record).map_err(|_| reject(ApiKeyReason::StoreUnavailable))?;
        if record.revoked {
            return Err(reject(ApiKeyReason::Revoked));
        }
        Ok(ApiKeyIdentity {
            key_id: record.key_id,
            tenant: record.tenant,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counter(std::cell::Cell<u8>);
    impl Random for Counter {
        fn fill(&self, buf: &mut [u8]) {
            for b in buf {
                self.0.set(self.0.get().wrapping_add(37));
                *b = self.0.get();
            }
        }
    }

    #[test]
    fn generated_keys_parse_and_typos_fail_the_checksum() {
        let key = ApiKey::generate(&Counter(std::cell::Cell::new(0)));
        assert!(key.reveal().starts_with("smcp_"));
        assert_eq!(key.reveal().len(), 5 + 32 + 6);
        assert_eq!(ApiKey::parse(key.reveal()), Ok(key.clone()));
        let mut typo = key.reveal().to_string().into_bytes();
        typo[10] = if typo[10] == b'a' { b'b' } else { b'a' };
        let typo = String::from_utf8(typo).unwrap();
        assert_eq!(ApiKey::parse(&typo), Err(ApiKeyReason::BadChecksum));
        assert_eq!(ApiKey::parse("smcp_short"), Err(ApiKeyReason::Malformed));
        assert_eq!(ApiKey::parse("sk_live_x"), Err(ApiKeyReason::Malformed));
        assert!(!format!("{key:?}").contains(&key.reveal()[10..]));
    }
}
