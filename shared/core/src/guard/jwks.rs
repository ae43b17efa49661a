//! JSON Web Key Sets: parsing public keys, and a cache with a TTL and a refresh cooldown.
//!
//! - Only asymmetric public keys are taken from a JWKS (`EC` P-256 for ES256, `RSA` of 2048 to
//!   4096 bits for RS256, the same on every runtime: WebCrypto on Workers would take others). Symmetric (`oct`) keys and private parts are ignored: a key set fetched over the
//!   network must never be able to turn into an HMAC secret.
//! - Each key is bound to one algorithm: its `alg`, or the only one its type allows. A token is
//!   verified with a key only when the token's `alg` equals the key's.
//! - The cache keeps a key set for `ttl` and serves it stale if a refresh fails. A token naming an
//!   unknown `kid` triggers at most **one** refresh per `cooldown` *in total* (not per kid), so a
//!   flood of random `kid`s cannot turn into a flood of fetches against the issuer.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use async_trait::async_trait;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::clock::UnixTime;

/// A signature algorithm Portcullis verifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Alg {
    /// HMAC-SHA256 with the shared secret (never a JWKS key).
    HS256,
    /// ECDSA P-256 with SHA-256, raw `r || s` signatures.
    ES256,
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    RS256,
}

impl Alg {
    /// Parses the exact JOSE name (case-sensitive: `none`, `None`, `hs256` are refused).
    pub fn from_jose(name: &str) -> Option<Alg> {
        match name {
            "HS256" => Some(Alg::HS256),
            "ES256" => Some(Alg::ES256),
            "RS256" => Some(Alg::RS256),
            _ => None,
        }
    }

    /// The JOSE name.
    pub fn as_str(self) -> &'static str {
        match self {
            Alg::HS256 => "HS256",
            Alg::ES256 => "ES256",
            Alg::RS256 => "RS256",
        }
    }
}

/// A public verification key's parameters, as published in the JWKS (already decoded and
/// shape-checked). Importing them into a verifier is the [`JwsCrypto`](super::crypto::JwsCrypto)
/// provider's job, so a runtime with native crypto (WebCrypto on Workers) carries no Rust
/// elliptic-curve or RSA code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// P-256: the uncompressed point's coordinates (32 bytes each).
    Es256 {
        /// X coordinate.
        x: Vec<u8>,
        /// Y coordinate.
        y: Vec<u8>,
    },
    /// RSA: modulus and public exponent, big-endian.
    Rs256 {
        /// Modulus (at least 2048 bits).
        n: Vec<u8>,
        /// Public exponent.
        e: Vec<u8>,
    },
}

/// One usable key: its id, its algorithm, the key.
#[derive(Debug, Clone)]
pub struct Jwk {
    /// Key id.
    pub kid: String,
    /// The one algorithm this key verifies.
    pub alg: Alg,
    /// The key material.
    pub key: PublicKey,
}

/// The usable public keys of a JWKS.
#[derive(Clone, Default)]
pub struct KeySet {
    keys: Vec<Jwk>,
}

impl fmt::Debug for KeySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.keys.iter().map(|k| (k.kid.as_str(), k.alg.as_str())))
            .finish()
    }
}

/// A JWKS document could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid JWKS: {0}")]
pub struct JwksError(pub &'static str);

/// One key of the document, its members as optional strings. Read from a `Value` rather than
/// derived: serde's typed-error path formats floats, which costs ~15 KB of WASM code.
struct RawKey {
    kty: Option<String>,
    kid: Option<String>,
    alg: Option<String>,
    crv: Option<String>,
    x: Option<String>,
    y: Option<String>,
    n: Option<String>,
    e: Option<String>,
    use_: Option<String>,
}

impl RawKey {
    /// `None` when the key is not an object or a member is neither a string nor null (the
    /// whole document is then refused, as a typed parse would).
    fn from_value(v: &serde_json::Value) -> Option<RawKey> {
        let obj = v.as_object()?;
        let member = |name: &str| -> Result<Option<String>, ()> {
            match obj.get(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(_) => Err(()),
            }
        };
        Some(RawKey {
            kty: member("kty").ok()?,
            kid: member("kid").ok()?,
            alg: member("alg").ok()?,
            crv: member("crv").ok()?,
            x: member("x").ok()?,
            y: member("y").ok()?,
            n: member("n").ok()?,
            e: member("e").ok()?,
            use_: member("use").ok()?,
        })
    }
}

/// RSA keys shorter than this are refused.
/// RSA modulus bounds: RFC 7518 §3.3's minimum, and a ceiling that bounds the work per token
/// (also the widest arithmetic of the RS256 verifier).
const MIN_RSA_BITS: usize = 2048;
/// See [`MIN_RSA_BITS`].
const MAX_RSA_BITS: usize = 4096;

/// Why an RSA public key is outside [`rsa_public_key`]'s policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RsaKeyReject {
    /// The modulus is not an odd number of 2048 to 4096 bits.
    ModulusSize,
    /// The public exponent is even, below 3, or above 2^32 − 1.
    Exponent,
}

/// The one RSA key policy, used by the JWKS parser (a key outside it is skipped, on every
/// runtime) and by the RS256 verifier (which is also called with keys from elsewhere): a
/// modulus of 2048 to 4096 bits, odd; a public exponent that is odd, at least 3 and at most
/// 2^32 − 1 (real keys use 65537, some 3). Leading zero bytes of both are ignored. Returns the
/// modulus without them and the exponent as a number.
pub(crate) fn rsa_public_key<'n>(n: &'n [u8], e: &[u8]) -> Result<(&'n [u8], u32), RsaKeyReject> {
    let n = &n[n.iter().take_while(|&&b| b == 0).count()..];
    let bits = match n.first() {
        Some(top) => n.len() * 8 - top.leading_zeros() as usize,
        None => 0,
    };
    if !(MIN_RSA_BITS..=MAX_RSA_BITS).contains(&bits) || n[n.len() - 1] & 1 == 0 {
        return Err(RsaKeyReject::ModulusSize);
    }
    let e = &e[e.iter().take_while(|&&b| b == 0).count()..];
    if e.len() > 4 {
        return Err(RsaKeyReject::Exponent);
    }
    let value = e.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
    if value < 3 || value & 1 == 0 {
        return Err(RsaKeyReject::Exponent);
    }
    Ok((n, value))
}

impl KeySet {
    /// Parses a JWKS document. Keys that are not usable public signature keys are skipped;
    /// a document that is not a JWKS at all is an error.
    pub fn from_json(bytes: &[u8]) -> Result<KeySet, JwksError> {
        let doc: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|_| JwksError("not a JWKS"))?;
        let raw = doc
            .get("keys")
            .and_then(|k| k.as_array())
            .ok_or(JwksError("not a JWKS"))?
            .iter()
            .map(RawKey::from_value)
            .collect::<Option<Vec<_>>>()
            .ok_or(JwksError("not a JWKS"))?;
        let keys = raw.into_iter().filter_map(parse_key).collect();
        Ok(KeySet { keys })
    }

    /// The key with this `kid` bound to `alg`, if any.
    pub fn find(&self, kid: &str, alg: Alg) -> Option<&Jwk> {
        self.keys.iter().find(|k| k.kid == kid && k.alg == alg)
    }

    /// Whether any key has this `kid` (whatever its algorithm).
    pub fn has_kid(&self, kid: &str) -> bool {
        self.keys.iter().any(|k| k.kid == kid)
    }

    /// Number of usable keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when no key is usable.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

fn b64(s: &Option<String>) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(s.as_deref()?).ok()
}

fn parse_key(k: RawKey) -> Option<Jwk> {
    let kid = k.kid.clone()?;
    if matches!(k.use_.as_deref(), Some(u) if u != "sig") {
        return None;
    }
    match k.kty.as_deref()? {
        "EC" => {
            if k.crv.as_deref() != Some("P-256") {
                return None;
            }
            if !matches!(k.alg.as_deref(), None | Some("ES256")) {
                return None;
            }
            let (x, y) = (b64(&k.x)?, b64(&k.y)?);
            if x.len() != 32 || y.len() != 32 {
                return None;
            }
            Some(Jwk {
                kid,
                alg: Alg::ES256,
                key: PublicKey::Es256 { x, y },
            })
        }
        "RSA" => {
            if !matches!(k.alg.as_deref(), None | Some("RS256")) {
                return None;
            }
            let (n, e) = (b64(&k.n)?, b64(&k.e)?);
            let (n, e) = rsa_public_key(&n, &e).ok()?;
            // The exponent's big-endian bytes without leading zeros (e >= 3).
            let e = e.to_be_bytes()[e.leading_zeros() as usize / 8..].to_vec();
            Some(Jwk {
                kid,
                alg: Alg::RS256,
                key: PublicKey::Rs256 { n: n.to_vec(), e },
            })
        }
        _ => None,
    }
}

/// Where a key set comes from (the adapter's outbound client, a KV cache, a fixed document).
#[async_trait(?Send)]
pub trait KeySetSource {
    /// Returns the JWKS document. `force_fresh` asks to bypass intermediate caches.
    async fn fetch(&self, force_fresh: bool) -> Result<Vec<u8>, String>;
}

/// A fixed JWKS document (tests, or keys pinned in configuration).
#[derive(Debug, Clone)]
pub struct StaticKeySet(pub Vec<u8>);

#[async_trait(?Send)]
impl KeySetSource for StaticKeySet {
    async fn fetch(&self, _force_fresh: bool) -> Result<Vec<u8>, String> {
        Ok(self.0.clone())
    }
}

struct Entry {
    keys: Rc<KeySet>,
    fetched_at: UnixTime,
    forced_at: Option<UnixTime>,
}

/// A key-set cache with a TTL and a cooldown on unknown-`kid` refreshes.
pub struct JwksCache {
    ttl_ms: u64,
    cooldown_ms: u64,
    entry: RefCell<Option<Entry>>,
    fetches: RefCell<u64>,
}

impl fmt::Debug for JwksCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JwksCache")
            .field("ttl_ms", &self.ttl_ms)
            .field("cooldown_ms", &self.cooldown_ms)
            .field("fetches", &self.fetches.borrow())
            .finish()
    }
}

/// Why no key set could be produced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("key set unavailable")]
pub struct KeySetUnavailable;

impl JwksCache {
    /// A cache keeping sets for `ttl_s`, refreshing for an unknown kid at most every `cooldown_s`.
    pub fn new(ttl_s: u64, cooldown_s: u64) -> Self {
        JwksCache {
            ttl_ms: ttl_s.saturating_mul(1000),
            cooldown_ms: cooldown_s.saturating_mul(1000),
            entry: RefCell::new(None),
            fetches: RefCell::new(0),
        }
    }

    /// How many times the source was asked (for tests and metrics).
    pub fn fetch_count(&self) -> u64 {
        *self.fetches.borrow()
    }

    /// The key set to verify a token naming `kid` with, refreshing when stale, or when `kid` is
    /// unknown and the cooldown allows.
    pub async fn key_set(
        &self,
        kid: Option<&str>,
        now: UnixTime,
        source: &dyn KeySetSource,
    ) -> Result<Rc<KeySet>, KeySetUnavailable> {
        let (cached, fresh, forced_at) = match &*self.entry.borrow() {
            Some(e) => (
                Some(e.keys.clone()),
                now.as_millis() < e.fetched_at.as_millis().saturating_add(self.ttl_ms),
                e.forced_at,
            ),
            None => (None, false, None),
        };
        let known = |ks: &KeySet| kid.is_none_or(|k| ks.has_kid(k));
        match cached {
            Some(ks) if fresh && known(&ks) => Ok(ks),
            Some(ks) if fresh => {
                let cooling = forced_at.is_some_and(|t| {
                    now.as_millis() < t.as_millis().saturating_add(self.cooldown_ms)
                });
                if cooling {
                    Ok(ks)
                } else {
                    self.refresh(now, source, true).await.or(Ok(ks))
                }
            }
            Some(ks) => self.refresh(now, source, false).await.or(Ok(ks)),
            None => self.refresh(now, source, false).await,
        }
    }

    async fn refresh(
        &self,
        now: UnixTime,
        source: &dyn KeySetSource,
        forced: bool,
    ) -> Result<Rc<KeySet>, KeySetUnavailable> {
        *self.fetches.borrow_mut() += 1;
        let previous_forced = self.entry.borrow().as_ref().and_then(|e| e.forced_at);
        let forced_at = if forced { Some(now) } else { previous_forced };
        if forced {
            // Record the attempt even if it fails, so failures also respect the cooldown.
            if let Some(e) = self.entry.borrow_mut().as_mut() {
                e.forced_at = Some(now);
            }
        }
        let doc = source.fetch(forced).await.map_err(|_| KeySetUnavailable)?;
        let keys = Rc::new(KeySet::from_json(&doc).map_err(|_| KeySetUnavailable)?);
        *self.entry.borrow_mut() = Some(Entry {
            keys: keys.clone(),
            fetched_at: now,
            forced_at,
        });
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JWKS with one RSA key whose modulus has `bits` bits (top bit set, odd; not a real key:
    /// parsing looks at the sizes only) and exponent bytes `e`.
    fn rsa_jwks(bits: usize, e: &[u8]) -> Vec<u8> {
        let mut n = vec![0x55u8; bits.div_ceil(8)];
        n[0] = 1 << ((bits - 1) % 8);
        *n.last_mut().expect("n") |= 1;
        format!(
            r#"{{"keys":[{{"kty":"RSA","kid":"fake-rsa","alg":"RS256","n":"{}","e":"{}"}}]}}"#,
            URL_SAFE_NO_PAD.encode(&n),
            URL_SAFE_NO_PAD.encode(e)
        )
        .into_bytes()
    }

    #[test]
    fn rsa_keys_are_taken_only_within_the_size_and_exponent_policy() {
        for bits in [2048, 3072, 4096] {
            let set = KeySet::from_json(&rsa_jwks(bits, &[1, 0, 1])).expect("a JWKS");
            assert_eq!(set.len(), 1, "{bits} bits");
        }
        for bits in [1024, 2047, 4097, 8192] {
            let set = KeySet::from_json(&rsa_jwks(bits, &[1, 0, 1])).expect("a JWKS");
            assert!(set.is_empty(), "{bits} bits");
        }
        for e in [&[][..], &[1], &[2], &[1, 0, 0], &[1, 0, 0, 0, 1]] {
            let set = KeySet::from_json(&rsa_jwks(2048, e)).expect("a JWKS");
            assert!(set.is_empty(), "e = {e:?}");
        }
        // The stored exponent has no leading zero bytes.
        let set = KeySet::from_json(&rsa_jwks(2048, &[0, 1, 0, 1])).expect("a JWKS");
        let key = set.find("fake-rsa", Alg::RS256).expect("the key");
        assert!(matches!(&key.key, PublicKey::Rs256 { e, .. } if e == &[1, 0, 1]));
    }

    #[test]
    fn exponents_are_bounded_and_odd() {
        let n = {
            let mut n = vec![0x55u8; 256];
            n[0] = 0x80;
            n[255] |= 1;
            n
        };
        let exponent = |e: &[u8]| rsa_public_key(&n, e).map(|(_, e)| e);
        assert_eq!(exponent(&[1, 0, 1]), Ok(65537));
        assert_eq!(exponent(&[0, 0, 3]), Ok(3));
        assert_eq!(exponent(&[0xff, 0xff, 0xff, 0xff]), Ok(u32::MAX));
        assert_eq!(exponent(&[1]), Err(RsaKeyReject::Exponent));
        assert_eq!(exponent(&[]), Err(RsaKeyReject::Exponent));
        assert_eq!(exponent(&[1, 0, 0]), Err(RsaKeyReject::Exponent));
        assert_eq!(exponent(&[1, 0, 0, 0, 1]), Err(RsaKeyReject::Exponent));
        // Leading zero bytes of the modulus are not part of it.
        let mut padded = vec![0u8, 0u8];
        padded.extend_from_slice(&n);
        assert_eq!(rsa_public_key(&padded, &[3]).map(|(m, _)| m.len()), Ok(256));
    }
}
