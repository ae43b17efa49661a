//! Signature-verification providers for asymmetric JWTs (ES256, RS256), rustls-style.
//!
//! The JWT guard selects the key and frames the JWS; a [`JwsCrypto`] provider does the
//! public-key math. Providers:
//!
//! - [`RustCryptoJws`] (cargo features `es256`, `rs256`, both default): the RustCrypto `p256`
//!   crate for ES256, and for RS256 [`super::rs256`] (PKCS #1 v1.5 on `crypto-bigint`, which
//!   `p256` already links; why not the `rsa` crate is in that module). Used natively and on Spin.
//! - WebCrypto (`crypto.subtle`) in `portcullis-workers`: Workers verify with the platform's
//!   native implementation, so their WASM carries no elliptic-curve or big-integer code.
//!
//! A build without an algorithm's provider refuses such tokens with `bad_algorithm`.

use async_trait::async_trait;

use super::jwks::{Alg, PublicKey};

/// The signature did not verify (or the algorithm is not available in this build).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CryptoError {
    /// Bad signature.
    BadSignature,
    /// This build has no verifier for the algorithm.
    Unsupported,
}

/// Verifies JWS signatures with public keys.
#[async_trait(?Send)]
pub trait JwsCrypto {
    /// Verifies `sig` over `input` with `key` (whose algorithm is `alg`).
    async fn verify(
        &self,
        alg: Alg,
        key: &PublicKey,
        input: &[u8],
        sig: &[u8],
    ) -> Result<(), CryptoError>;
}

/// The RustCrypto provider (`p256`; `crypto-bigint` for RS256), as enabled by cargo features.
#[derive(Debug, Clone, Copy, Default)]
pub struct RustCryptoJws;

impl RustCryptoJws {
    /// Synchronous verification (the vector tests and native code use it directly).
    pub fn verify_sync(
        &self,
        alg: Alg,
        key: &PublicKey,
        input: &[u8],
        sig: &[u8],
    ) -> Result<(), CryptoError> {
        match (alg, key) {
            (Alg::ES256, PublicKey::Es256 { x, y }) => es256(x, y, input, sig),
            (Alg::RS256, PublicKey::Rs256 { n, e }) => rs256(n, e, input, sig),
            _ => Err(CryptoError::BadSignature),
        }
    }
}

#[async_trait(?Send)]
impl JwsCrypto for RustCryptoJws {
    async fn verify(
        &self,
        alg: Alg,
        key: &PublicKey,
        input: &[u8],
        sig: &[u8],
    ) -> Result<(), CryptoError> {
        self.verify_sync(alg, key, input, sig)
    }
}

#[cfg(feature = "es256")]
fn es256(x: &[u8], y: &[u8], input: &[u8], sig: &[u8]) -> Result<(), CryptoError> {
    use p256::ecdsa::signature::Verifier;
    // JWS ES256 signatures are raw r || s (64 bytes); DER is refused.
    if sig.len() != 64 {
        return Err(CryptoError::BadSignature);
    }
    let mut sec1 = Vec::with_capacity(65);
    sec1.push(4);
    sec1.extend_from_slice(x);
    sec1.extend_from_slice(y);
    let vk =
        p256::ecdsa::VerifyingKey::from_sec1_bytes(&sec1).map_err(|_| CryptoError::BadSignature)?;
    let sig = p256::ecdsa::Signature::from_slice(sig).map_err(|_| CryptoError::BadSignature)?;
    vk.verify(input, &sig)
        .map_err(|_| CryptoError::BadSignature)
}

#[cfg(not(feature = "es256"))]
fn es256(_: &[u8], _: &[u8], _: &[u8], _: &[u8]) -> Result<(), CryptoError> {
    Err(CryptoError::Unsupported)
}

#[cfg(feature = "rs256")]
fn rs256(n: &[u8], e: &[u8], input: &[u8], sig: &[u8]) -> Result<(), CryptoError> {
    super::rs256::verify_rs256(n, e, input, sig).map_err(|_| CryptoError::BadSignature)
}

#[cfg(not(feature = "rs256"))]
fn rs256(_: &[u8], _: &[u8], _: &[u8], _: &[u8]) -> Result<(), CryptoError> {
    Err(CryptoError::Unsupported)
}
