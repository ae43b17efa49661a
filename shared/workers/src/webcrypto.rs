//! JWS verification with the platform's WebCrypto (`crypto.subtle`): ES256 and RS256 without
//! any elliptic-curve or big-integer code in the WASM binary.

use async_trait::async_trait;
use js_sys::Uint8Array;
use portcullis::guard::jwt::{Alg, CryptoError, JwsCrypto, PublicKey};
use wasm_bindgen::JsValue;

use crate::js::{call_async, get, object as obj};

/// WebCrypto as a [`JwsCrypto`] provider.
#[derive(Debug, Clone, Copy, Default)]
pub struct WebCryptoJws;

fn b64url(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |a, b| (a << 8) | *b as u32) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

async fn verify(alg: Alg, key: &PublicKey, input: &[u8], sig: &[u8]) -> Result<bool, JsValue> {
    let subtle = get(&get(&js_sys::global(), "crypto")?, "subtle")?;
    let (jwk, algorithm) = match (alg, key) {
        (Alg::ES256, PublicKey::Es256 { x, y }) => (
            obj(&[
                ("kty", "EC".into()),
                ("crv", "P-256".into()),
                ("x", b64url(x).into()),
                ("y", b64url(y).into()),
            ])?,
            obj(&[("name", "ECDSA".into()), ("namedCurve", "P-256".into())])?,
        ),
        (Alg::RS256, PublicKey::Rs256 { n, e }) => (
            obj(&[
                ("kty", "RSA".into()),
                ("n", b64url(n).into()),
                ("e", b64url(e).into()),
            ])?,
            obj(&[
                ("name", "RSASSA-PKCS1-v1_5".into()),
                ("hash", "SHA-256".into()),
            ])?,
        ),
        _ => return Ok(false),
    };
    let usages = js_sys::Array::of1(&"verify".into());
    let key = call_async(
        &subtle,
        "importKey",
        &[
            &"jwk".into(),
            &jwk,
            &algorithm,
            &JsValue::FALSE,
            &usages.into(),
        ],
    )
    .await?;
    let params = match alg {
        Alg::ES256 => obj(&[("name", "ECDSA".into()), ("hash", "SHA-256".into())])?,
        _ => obj(&[("name", "RSASSA-PKCS1-v1_5".into())])?,
    };
    let sig: JsValue = Uint8Array::from(sig).into();
    let input: JsValue = Uint8Array::from(input).into();
    let verified = call_async(&subtle, "verify", &[&params.into(), &key, &sig, &input]).await?;
    Ok(verified.as_bool() == Some(true))
}

#[async_trait(?Send)]
impl JwsCrypto for WebCryptoJws {
    async fn verify(
        &self,
        alg: Alg,
        key: &PublicKey,
        input: &[u8],
        sig: &[u8],
    ) -> Result<(), CryptoError> {
        // JWS ES256 is raw r || s, which is WebCrypto's format too; refuse anything else early.
        if alg == Alg::ES256 && sig.len() != 64 {
            return Err(CryptoError::BadSignature);
        }
        match verify(alg, key, input, sig).await {
            Ok(true) => Ok(()),
            _ => Err(CryptoError::BadSignature),
        }
    }
}
