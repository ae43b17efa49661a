//! A fake identity provider on loopback, for the tests: it publishes a JWKS with one ES256 key
//! and one RS256 key and mints tokens signed with either, so the JWKS path of the JWT guard
//! (fetch, cache, verify) runs end to end on every runtime: RustCrypto on the native host and on
//! Spin, WebCrypto and the KV cache on workerd. It counts the JWKS fetches, so a test can prove
//! the key set was cached.
//!
//! The ES256 key is derived from a fixed, public label; the 2048-bit RSA key is generated once
//! per process (RSA key generation takes no seed here). Both are test fixtures, not secrets, and
//! nothing outside the tests trusts them.

use std::cell::Cell;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::OnceLock;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use rsa::signature::SignatureEncoding;
use rsa::traits::PublicKeyParts;
use rsa::RsaPrivateKey;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::fake_ai::{json_response, serve_loopback};

/// The address the Workers and Spin conformance runs use (the project's `spin.toml` allows `me`
/// to reach it, as it allows the assistant to reach the fake AI provider).
pub const DEFAULT_ADDR: &str = "127.0.0.1:18091";
/// The `kid` of the ES256 key.
pub const KID: &str = "portcullis-fake-idp-es256";
/// The `kid` of the RS256 key.
pub const KID_RS256: &str = "portcullis-fake-idp-rs256";

/// A running fake identity provider.
#[derive(Debug, Clone)]
pub struct FakeIdp {
    /// Its address.
    pub addr: SocketAddr,
    fetches: Rc<Cell<u64>>,
}

fn signing_key() -> SigningKey {
    let scalar = Sha256::digest(b"portcullis fake IdP ES256 test key, public and not a secret");
    // A SHA-256 output is a valid P-256 scalar except with negligible probability; this fixed
    // label's is (the tests would fail at once otherwise).
    SigningKey::from_bytes(&scalar).expect("the fixed label gives a valid P-256 scalar")
}

fn rsa_key() -> &'static RsaPrivateKey {
    static KEY: OnceLock<RsaPrivateKey> = OnceLock::new();
    KEY.get_or_init(|| {
        RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).expect("RSA key generation")
    })
}

fn compact(header: &Value, claims: &Value) -> String {
    format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    )
}

/// The JWKS URL (`JWKS_URL`) of a provider at `addr`.
pub fn jwks_url_at(addr: impl std::fmt::Display) -> String {
    format!("http://{addr}/.well-known/jwks.json")
}

impl FakeIdp {
    /// The JWKS URL (`JWKS_URL`).
    pub fn jwks_url(&self) -> String {
        jwks_url_at(self.addr)
    }

    /// JWKS requests received so far.
    pub fn fetches(&self) -> u64 {
        self.fetches.get()
    }

    /// An ES256 token over `claims`, with this provider's `kid`.
    pub fn sign(&self, claims: &Value) -> String {
        let input = compact(&json!({"alg": "ES256", "typ": "JWT", "kid": KID}), claims);
        let sig: Signature = signing_key().sign(input.as_bytes());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.to_bytes()))
    }

    /// An RS256 token over `claims` (RSASSA-PKCS1-v1_5 with SHA-256), with the RSA key's `kid`.
    pub fn sign_rs256(&self, claims: &Value) -> String {
        let input = compact(
            &json!({"alg": "RS256", "typ": "JWT", "kid": KID_RS256}),
            claims,
        );
        let key = rsa::pkcs1v15::SigningKey::<Sha256>::new(rsa_key().clone());
        let sig = key.sign(input.as_bytes());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.to_bytes()))
    }
}

/// The published key set.
pub fn jwks() -> Value {
    let point = signing_key().verifying_key().to_encoded_point(false);
    let (x, y) = (
        point.x().expect("uncompressed"),
        point.y().expect("uncompressed"),
    );
    let rsa = rsa_key();
    json!({"keys": [{
        "kty": "EC", "crv": "P-256", "alg": "ES256", "use": "sig", "kid": KID,
        "x": URL_SAFE_NO_PAD.encode(x), "y": URL_SAFE_NO_PAD.encode(y),
    }, {
        "kty": "RSA", "alg": "RS256", "use": "sig", "kid": KID_RS256,
        "n": URL_SAFE_NO_PAD.encode(rsa.n().to_bytes_be()),
        "e": URL_SAFE_NO_PAD.encode(rsa.e().to_bytes_be()),
    }]})
}

/// Starts the provider on `addr` (port 0 = any) as a local task; call inside a `LocalSet`.
pub async fn start(addr: SocketAddr) -> std::io::Result<FakeIdp> {
    let fetches = Rc::new(Cell::new(0u64));
    let counter = fetches.clone();
    let addr = serve_loopback(addr, move |req| {
        let counter = counter.clone();
        async move {
            if req.uri().path() != "/.well-known/jwks.json" {
                let mut r = json_response(&json!({"error": "not found"}));
                *r.status_mut() = http::StatusCode::NOT_FOUND;
                return r;
            }
            counter.set(counter.get() + 1);
            json_response(&jwks())
        }
    })
    .await?;
    Ok(FakeIdp { addr, fetches })
}
