//! Helpers the integration tests share (the conformance suite, the assistant and canary tests):
//! where the provider vectors are, and a signed request to the `assistant` function.
//!
//! They live in the library, not in a `tests/common` module, so that every test binary links
//! one copy and the helpers follow the same lints as the rest of the crate.

use std::path::PathBuf;

use bytes::Bytes;
use portcullis::env::{Env, EnvExt};
use portcullis::guard::jwt::sign_hs256;
use serde_json::json;

/// The provider vector folder: `$GUARD_VECTORS_DIR` when set and not empty, else
/// `../shared/vectors` beside the checkout.
///
/// # Panics
/// When the folder does not exist: the tests that need vectors must not pass without them.
pub fn vectors_dir() -> PathBuf {
    let dir: PathBuf = match std::env::var_os("GUARD_VECTORS_DIR") {
        Some(d) if !d.is_empty() => d.into(),
        _ => concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/vectors").into(),
    };
    assert!(
        dir.is_dir(),
        "provider vectors not found at {}: check out ../shared beside the repository or set \
         GUARD_VECTORS_DIR",
        dir.display()
    );
    dir
}

/// `POST /api/assistant` with `{"message": …}`, carrying an HS256 access token for subject
/// `sub` issued at `now_s` (valid one hour), signed with the env's first `JWT_SECRET`.
///
/// # Panics
/// When the env has no `JWT_SECRET` or `JWT_ISSUER` (a test set-up error).
pub fn assistant_request(
    env: &dyn Env,
    sub: &str,
    now_s: u64,
    message: &str,
) -> portcullis::Request {
    let secrets = env
        .secrets("JWT_SECRET")
        .expect("JWT_SECRET in the test env");
    let secret = secrets.iter().next().expect("a JWT_SECRET value");
    let token = sign_hs256(
        secret,
        &json!({"iss": env.get("JWT_ISSUER").expect("JWT_ISSUER in the test env"),
                "aud": "authenticated", "role": "authenticated", "sub": sub,
                "iat": now_s, "exp": now_s + 3600}),
    );
    http::Request::post("/api/assistant")
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/json")
        .body(Bytes::from(json!({ "message": message }).to_string()))
        .expect("a valid request")
}
