//! JWT bearer tokens (Supabase Auth-style sessions and service tokens).
//!
//! Verification order, each step with its own reason:
//! 1. `Authorization: Bearer <token>` (scheme case-insensitive, one space) — `missing_token`,
//!    `malformed`; tokens over 8 KiB are `malformed` before any decoding.
//! 2. Three strict base64url segments (no padding), a JSON header; `crit` is refused
//!    (`malformed`); `alg` must be in the policy's allow-list, spelled exactly (`bad_algorithm`).
//! 3. Key selection bound to the algorithm: HS256 uses the shared secret(s) and ignores `kid`;
//!    ES256/RS256 need a `kid` naming a JWKS key *with the same alg* (`unknown_key`). Embedded
//!    `jwk`, `jku`, `x5u` headers are never read.
//! 4. The signature over the raw `header.payload` bytes (`bad_signature`); only then is the
//!    payload parsed.
//! 5. Claims, in PyJWT's order: required claims (`claim_missing`), `iat`/`nbf` not in the future
//!    beyond leeway (`not_yet_valid`), `exp` (`expired` when `now >= exp + leeway`), issuer and
//!    audience, role, and `aal2` for step-up routes (`claim_mismatch`).
//!
//! Why not `jwt-simple`: its verifier reads the clock through `coarsetime`, its `exp` comparison
//! and error values do not map onto the typed reasons the vectors require, and it pulls every
//! algorithm into the WASM binary. The primitives are RustCrypto crates (`hmac`; `p256`, and
//! `crypto-bigint` for RS256's `s^e mod n` ([`super::rs256`]), behind the [`JwsCrypto`] provider,
//! or WebCrypto on Workers); the JOSE framing and RS256's PKCS #1 v1.5 block are ours, tested on
//! the vector file and, for RS256, against the `rsa` crate's signer.
//!
//! Defaults: leeway 30 s (`JWT_LEEWAY_S`), JWKS TTL 10 min, unknown-kid refresh cooldown 30 s,
//! audience `authenticated`, HS256 secrets of at least 32 bytes.

use std::marker::PhantomData;
use std::rc::Rc;

use async_trait::async_trait;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use http::StatusCode;
use serde_json::{Map, Value};

pub use super::crypto::{CryptoError, JwsCrypto, RustCryptoJws};
pub use super::jwks::{
    Alg, Jwk, JwksCache, KeySet, KeySetSource, KeySetUnavailable, PublicKey, StaticKeySet,
};
use super::{header_text, Guard, Rejection};
use crate::clock::UnixTime;
use crate::context::Ctx;
use crate::ct;
use crate::env::{ConfigError, Env, EnvExt};
use crate::http::{Request, RequestView};
use crate::secret::{Secret, SecretSet};

/// Why a token was refused. Codes match `../shared/vectors/README.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JwtReason {
    /// No `Authorization: Bearer` credential.
    #[error("missing_token")]
    MissingToken,
    /// Not a well-formed compact JWS.
    #[error("malformed")]
    Malformed,
    /// `alg` not in the allow-list.
    #[error("bad_algorithm")]
    BadAlgorithm,
    /// No key for this `kid` and `alg`.
    #[error("unknown_key")]
    UnknownKey,
    /// The signature does not verify.
    #[error("bad_signature")]
    BadSignature,
    /// `now >= exp + leeway`.
    #[error("expired")]
    Expired,
    /// `iat` or `nbf` in the future beyond leeway.
    #[error("not_yet_valid")]
    NotYetValid,
    /// A required claim is absent.
    #[error("claim_missing:{0}")]
    ClaimMissing(&'static str),
    /// A claim has a value the policy does not accept.
    #[error("claim_mismatch:{0}")]
    ClaimMismatch(&'static str),
    /// The key set could not be fetched and none is cached.
    #[error("jwks_unavailable")]
    KeySetUnavailable,
    /// The token's algorithm is allowed and its key is known, but this build has no verifier
    /// for it: a Spin build can leave ES256 or RS256 out (the function's `jwt-es256` and
    /// `jwt-rs256` features, both on by default; docs/DEPLOY.md). Refused like any bad token; the
    /// log says to rebuild.
    #[error("algorithm_not_built")]
    AlgorithmNotBuilt,
}

impl JwtReason {
    /// The reason's code: the `reason` of the log line, and the vector-file category.
    pub fn code(self) -> &'static str {
        match self {
            JwtReason::MissingToken => "missing_token",
            JwtReason::Malformed => "malformed",
            JwtReason::BadAlgorithm => "bad_algorithm",
            JwtReason::UnknownKey => "unknown_key",
            JwtReason::BadSignature => "bad_signature",
            JwtReason::Expired => "expired",
            JwtReason::NotYetValid => "not_yet_valid",
            JwtReason::ClaimMissing(_) => "claim_missing",
            JwtReason::ClaimMismatch(_) => "claim_mismatch",
            JwtReason::KeySetUnavailable => "jwks_unavailable",
            // Not a vector category: the vectors run where every verifier is built.
            JwtReason::AlgorithmNotBuilt => "algorithm_not_built",
        }
    }

    /// The uniform HTTP answer: 401 for credential problems, 403 for a valid token lacking the
    /// role or the assurance level, 503 when the key set is unreachable.
    pub fn rejection(self, guard: &'static str) -> Rejection {
        let (status, challenge) = match self {
            JwtReason::ClaimMismatch("role") => (
                StatusCode::FORBIDDEN,
                Some("Bearer error=\"insufficient_scope\""),
            ),
            JwtReason::ClaimMismatch("aal") => (
                StatusCode::FORBIDDEN,
                Some("Bearer error=\"insufficient_user_authentication\", error_description=\"aal2 required\""),
            ),
            JwtReason::KeySetUnavailable => (StatusCode::SERVICE_UNAVAILABLE, None),
            JwtReason::MissingToken => (StatusCode::UNAUTHORIZED, Some("Bearer")),
            _ => (
                StatusCode::UNAUTHORIZED,
                Some("Bearer error=\"invalid_token\""),
            ),
        };
        Rejection {
            guard,
            reason: self.code(),
            status,
            challenge,
        }
    }
}

/// What a token must satisfy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JwtPolicy {
    /// Policy name, for logs (`user`, `service`…).
    pub name: String,
    /// Required `iss`, when set.
    pub issuer: Option<String>,
    /// Accepted audiences; empty = `aud` not checked.
    pub audience: Vec<String>,
    /// Claims that must be present.
    pub require: Vec<String>,
    /// Accepted `role` values; empty = any.
    pub roles: Vec<String>,
    /// Clock leeway in seconds for `exp`, `nbf`, `iat`.
    pub leeway_s: u64,
    /// Accepted algorithms.
    pub algorithms: Vec<Alg>,
    /// Require `aal = "aal2"` (step-up actions such as account deletion).
    pub require_aal2: bool,
}

impl JwtPolicy {
    /// A signed-in user: issuer, audience `authenticated`, role `authenticated`.
    pub fn user(issuer: impl Into<String>) -> Self {
        JwtPolicy {
            name: "user".into(),
            issuer: Some(issuer.into()),
            audience: vec!["authenticated".into()],
            require: ["exp", "iat", "sub", "aud", "iss", "role"]
                .map(String::from)
                .to_vec(),
            roles: vec!["authenticated".into()],
            leeway_s: DEFAULT_LEEWAY_S,
            algorithms: vec![Alg::HS256, Alg::ES256, Alg::RS256],
            require_aal2: false,
        }
    }

    /// A backend service: role `service_role`; `sub` and `aud` not required.
    pub fn service(issuer: impl Into<String>) -> Self {
        JwtPolicy {
            name: "service".into(),
            issuer: Some(issuer.into()),
            audience: vec![],
            require: ["exp", "iss", "role"].map(String::from).to_vec(),
            roles: vec!["service_role".into()],
            leeway_s: DEFAULT_LEEWAY_S,
            algorithms: vec![Alg::HS256, Alg::ES256, Alg::RS256],
            require_aal2: false,
        }
    }

    /// This policy plus `aal2`.
    pub fn with_aal2(mut self) -> Self {
        self.require_aal2 = true;
        self.name.push_str("+aal2");
        self
    }
}

/// Default leeway, seconds.
pub const DEFAULT_LEEWAY_S: u64 = 30;
/// Longest token accepted, bytes.
pub const MAX_TOKEN_LEN: usize = 8 * 1024;
/// Shortest HS256 secret accepted at load.
pub const MIN_HS256_SECRET_LEN: usize = 32;

/// The verified claims of a token.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedClaims {
    /// `sub`: the user id.
    pub sub: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `aal`: authenticator assurance level (`aal1`, `aal2`).
    pub aal: Option<String>,
    /// `session_id`.
    pub session_id: Option<String>,
    /// `exp`, seconds.
    pub exp: Option<u64>,
    /// The algorithm that verified the token.
    pub alg: Alg,
    /// Every claim, as sent.
    pub claims: Map<String, Value>,
}

/// A token's parts, split and decoded but not yet verified.
#[derive(Debug)]
pub struct UnverifiedToken<'a> {
    signing_input: &'a str,
    signature: Vec<u8>,
    payload_b64: &'a str,
    alg: Alg,
    kid: Option<String>,
}

impl UnverifiedToken<'_> {
    /// The token's `kid`, for key-set lookups.
    pub fn kid(&self) -> Option<&str> {
        self.kid.as_deref()
    }

    /// The token's algorithm (already checked against the allow-list).
    pub fn alg(&self) -> Alg {
        self.alg
    }
}

/// The JWT verifier: secrets, key set, policy. Pure; the guard adds the JWKS cache.
#[derive(Debug, Clone)]
pub struct JwtVerifier {
    hs_secrets: SecretSet,
    policy: JwtPolicy,
}

fn b64url(s: &str) -> Result<Vec<u8>, JwtReason> {
    URL_SAFE_NO_PAD.decode(s).map_err(|_| JwtReason::Malformed)
}

/// Extracts the bearer token from an `Authorization` value.
fn bearer(value: Option<&str>) -> Result<&str, JwtReason> {
    let value = value.ok_or(JwtReason::MissingToken)?;
    let (scheme, rest) = match value.split_once(' ') {
        Some(p) => p,
        None => (value, ""),
    };
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(JwtReason::MissingToken);
    }
    if rest.is_empty() {
        return Err(JwtReason::MissingToken);
    }
    if rest.chars().any(char::is_whitespace) {
        return Err(JwtReason::Malformed);
    }
    Ok(rest)
}

impl JwtVerifier {
    /// A verifier with HS256 secrets (may be empty when only JWKS keys are used) and a policy.
    pub fn new(hs_secrets: SecretSet, policy: JwtPolicy) -> Self {
        JwtVerifier { hs_secrets, policy }
    }

    /// The policy.
    pub fn policy(&self) -> &JwtPolicy {
        &self.policy
    }

    /// Steps 1–2: reads the `Authorization` header and splits the token.
    pub fn parse<'a, R: RequestView + ?Sized>(
        &self,
        req: &'a R,
    ) -> Result<UnverifiedToken<'a>, JwtReason> {
        let value = header_text(req, "authorization").map_err(|_| JwtReason::Malformed)?;
        let token = bearer(value)?;
        if token.len() > MAX_TOKEN_LEN {
            return Err(JwtReason::Malformed);
        }
        let mut parts = token.split('.');
        let (Some(h), Some(p), Some(s), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(JwtReason::Malformed);
        };
        let header = json_object(&b64url(h)?)?;
        // The payload must at least be valid base64url now; it is parsed after verification.
        b64url(p)?;
        let signature = b64url(s)?;
        if header.contains_key("crit") {
            return Err(JwtReason::Malformed);
        }
        let alg = match header.get("alg") {
            Some(Value::String(a)) => Alg::from_jose(a).ok_or(JwtReason::BadAlgorithm)?,
            Some(_) => return Err(JwtReason::Malformed),
            None => return Err(JwtReason::BadAlgorithm),
        };
        if !self.policy.algorithms.contains(&alg) {
            return Err(JwtReason::BadAlgorithm);
        }
        let kid = match header.get("kid") {
            None => None,
            Some(Value::String(k)) => Some(k.clone()),
            Some(_) => return Err(JwtReason::Malformed),
        };
        Ok(UnverifiedToken {
            signing_input: &token[..h.len() + 1 + p.len()],
            signature,
            payload_b64: p,
            alg,
            kid,
        })
    }

    /// Step 3: the HS256 check, or the JWKS key an asymmetric token must be verified with.
    fn select<'k>(
        &self,
        token: &UnverifiedToken<'_>,
        keys: &'k KeySet,
    ) -> Result<Option<&'k Jwk>, JwtReason> {
        match token.alg {
            Alg::HS256 => {
                if self.hs_secrets.is_unconfigured() {
                    return Err(JwtReason::UnknownKey);
                }
                let input = token.signing_input.as_bytes();
                ct::verify_any(self.hs_secrets.iter(), |k| {
                    ct::verify_hmac_sha256(k.expose(), &[input], &token.signature)
                })
                .map_err(|_| JwtReason::BadSignature)?;
                Ok(None)
            }
            alg => {
                let kid = token.kid.as_deref().ok_or(JwtReason::UnknownKey)?;
                keys.find(kid, alg).map(Some).ok_or(JwtReason::UnknownKey)
            }
        }
    }

    /// Steps 3–5 with a key set (may be empty when only HS256 is used), verifying asymmetric
    /// signatures with the built-in RustCrypto provider.
    pub fn verify_token(
        &self,
        token: &UnverifiedToken<'_>,
        keys: &KeySet,
        now: UnixTime,
    ) -> Result<VerifiedClaims, JwtReason> {
        if let Some(jwk) = self.select(token, keys)? {
            RustCryptoJws
                .verify_sync(
                    jwk.alg,
                    &jwk.key,
                    token.signing_input.as_bytes(),
                    &token.signature,
                )
                .map_err(crypto_reason)?;
        }
        self.claims_of(token, now)
    }

    /// Steps 3–5 with the runtime's crypto provider.
    pub async fn verify_token_with(
        &self,
        token: &UnverifiedToken<'_>,
        keys: &KeySet,
        now: UnixTime,
        crypto: &dyn JwsCrypto,
    ) -> Result<VerifiedClaims, JwtReason> {
        if let Some(jwk) = self.select(token, keys)? {
            crypto
                .verify(
                    jwk.alg,
                    &jwk.key,
                    token.signing_input.as_bytes(),
                    &token.signature,
                )
                .await
                .map_err(crypto_reason)?;
        }
        self.claims_of(token, now)
    }

    fn claims_of(
        &self,
        token: &UnverifiedToken<'_>,
        now: UnixTime,
    ) -> Result<VerifiedClaims, JwtReason> {
        let payload = b64url(token.payload_b64)?;
        let claims = json_object(&payload)?;
        self.check_claims(claims, token.alg, now)
    }

    /// Parses and verifies in one step (HS256 or a given key set).
    pub fn verify<R: RequestView + ?Sized>(
        &self,
        req: &R,
        keys: &KeySet,
        now: UnixTime,
    ) -> Result<VerifiedClaims, JwtReason> {
        let token = self.parse(req)?;
        self.verify_token(&token, keys, now)
    }

    fn check_claims(
        &self,
        claims: Map<String, Value>,
        alg: Alg,
        now: UnixTime,
    ) -> Result<VerifiedClaims, JwtReason> {
        let p = &self.policy;
        for name in &p.require {
            if !claims.contains_key(name.as_str()) {
                return Err(JwtReason::ClaimMissing(static_claim(name)));
            }
        }
        let now_s = now.as_secs();
        let leeway = p.leeway_s;
        let iat = numeric(&claims, "iat")?;
        let nbf = numeric(&claims, "nbf")?;
        let exp = numeric(&claims, "exp")?;
        if iat.is_some_and(|iat| iat > now_s.saturating_add(leeway)) {
            return Err(JwtReason::NotYetValid);
        }
        if nbf.is_some_and(|nbf| nbf > now_s.saturating_add(leeway)) {
            return Err(JwtReason::NotYetValid);
        }
        if exp.is_some_and(|exp| now_s >= exp.saturating_add(leeway)) {
            return Err(JwtReason::Expired);
        }
        if let Some(iss) = &p.issuer {
            match claims.get("iss") {
                None => return Err(JwtReason::ClaimMissing("iss")),
                Some(Value::String(s)) if s == iss => {}
                Some(_) => return Err(JwtReason::ClaimMismatch("iss")),
            }
        }
        if !p.audience.is_empty() {
            let ok = match claims.get("aud") {
                None => return Err(JwtReason::ClaimMissing("aud")),
                Some(Value::String(a)) => p.audience.iter().any(|x| x == a),
                Some(Value::Array(list)) => list.iter().any(|v| {
                    v.as_str()
                        .is_some_and(|a| p.audience.iter().any(|x| x == a))
                }),
                Some(_) => false,
            };
            if !ok {
                return Err(JwtReason::ClaimMismatch("aud"));
            }
        }
        let text = |k: &str| claims.get(k).and_then(Value::as_str).map(str::to_string);
        let role = text("role");
        if !p.roles.is_empty() {
            match &role {
                None => return Err(JwtReason::ClaimMissing("role")),
                Some(r) if p.roles.iter().any(|x| x == r) => {}
                Some(_) => return Err(JwtReason::ClaimMismatch("role")),
            }
        }
        let aal = text("aal");
        if p.require_aal2 && aal.as_deref() != Some("aal2") {
            return Err(JwtReason::ClaimMismatch("aal"));
        }
        Ok(VerifiedClaims {
            sub: text("sub"),
            role,
            aal,
            session_id: text("session_id"),
            exp,
            alg,
            claims,
        })
    }
}

fn static_claim(name: &str) -> &'static str {
    match name {
        "exp" => "exp",
        "iat" => "iat",
        "nbf" => "nbf",
        "sub" => "sub",
        "aud" => "aud",
        "iss" => "iss",
        "role" => "role",
        "aal" => "aal",
        "session_id" => "session_id",
        _ => "other",
    }
}

/// `https://host/...` or `http://host/...`: what the outbound clients can fetch. Checked when
/// the guard loads, so a typo fails closed at start-up (`config_invalid`) instead of on the
/// first asymmetric token.
fn is_absolute_http_url(url: &str) -> bool {
    match http::Uri::try_from(url) {
        Ok(uri) => matches!(uri.scheme_str(), Some("https" | "http")) && uri.authority().is_some(),
        Err(_) => false,
    }
}

/// A JSON object, read as a `Value` first: asking serde for a map directly makes its
/// "invalid type" error path (which formats floats, ~17 KB of WASM) reachable.
fn json_object(bytes: &[u8]) -> Result<Map<String, Value>, JwtReason> {
    match serde_json::from_slice(bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(JwtReason::Malformed),
    }
}

fn numeric(claims: &Map<String, Value>, name: &str) -> Result<Option<u64>, JwtReason> {
    match claims.get(name) {
        None => Ok(None),
        Some(Value::Number(n)) => {
            if let Some(u) = n.as_u64() {
                Ok(Some(u))
            } else if let Some(f) = n.as_f64() {
                if f.is_finite() && f >= 0.0 {
                    Ok(Some(f as u64))
                } else {
                    Err(JwtReason::Malformed)
                }
            } else {
                Err(JwtReason::Malformed)
            }
        }
        Some(_) => Err(JwtReason::Malformed),
    }
}

fn crypto_reason(e: CryptoError) -> JwtReason {
    match e {
        CryptoError::BadSignature => JwtReason::BadSignature,
        CryptoError::Unsupported => JwtReason::AlgorithmNotBuilt,
    }
}

/// Mints an HS256 token (dev tokens for `portcullis send jwt`, tests). Never used to verify.
pub fn sign_hs256(secret: &Secret, claims: &Value) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
    let input = format!("{header}.{payload}");
    let sig = ct::hmac_sha256(secret.expose(), &[input.as_bytes()]);
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig))
}

/// Which policy a [`Jwt`] guard applies.
pub trait PolicyKind: 'static {
    /// The guard name (`jwt-user`…).
    const NAME: &'static str;
    /// Builds the policy for this issuer and audience list.
    fn policy(issuer: String, audience: Vec<String>) -> JwtPolicy;
}

/// Policy marker: a signed-in user.
#[derive(Debug)]
pub enum User {}
/// Policy marker: a signed-in user with `aal2` (MFA) for step-up actions.
#[derive(Debug)]
pub enum UserAal2 {}
/// Policy marker: the `service_role`.
#[derive(Debug)]
pub enum Service {}

impl PolicyKind for User {
    const NAME: &'static str = "jwt-user";
    fn policy(issuer: String, audience: Vec<String>) -> JwtPolicy {
        JwtPolicy {
            audience,
            ..JwtPolicy::user(issuer)
        }
    }
}

impl PolicyKind for UserAal2 {
    const NAME: &'static str = "jwt-user-aal2";
    fn policy(issuer: String, audience: Vec<String>) -> JwtPolicy {
        User::policy(issuer, audience).with_aal2()
    }
}

impl PolicyKind for Service {
    const NAME: &'static str = "jwt-service";
    fn policy(issuer: String, _audience: Vec<String>) -> JwtPolicy {
        JwtPolicy::service(issuer)
    }
}

/// The JWT guard for policy `P`.
#[derive(Debug)]
pub struct Jwt<P: PolicyKind> {
    verifier: JwtVerifier,
    jwks_url: Option<String>,
    jwks_ttl_s: u64,
    jwks_cooldown_s: u64,
    _p: PhantomData<P>,
}

/// A signed-in user.
pub type JwtUser = Jwt<User>;
/// A signed-in user with MFA (`aal2`).
pub type JwtUserAal2 = Jwt<UserAal2>;
/// The service role.
pub type JwtService = Jwt<Service>;

impl<P: PolicyKind> Jwt<P> {
    /// The verifier this guard applies.
    pub fn verifier(&self) -> &JwtVerifier {
        &self.verifier
    }
}

thread_local! {
    // One cache per isolate / process (single-threaded on both WASM runtimes).
    static JWKS_CACHES: std::cell::RefCell<std::collections::BTreeMap<String, Rc<JwksCache>>> =
        const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

#[async_trait(?Send)]
impl<P: PolicyKind> Guard for Jwt<P> {
    const NAME: &'static str = P::NAME;
    type Identity = VerifiedClaims;

    fn load(env: &dyn Env) -> Result<Self, ConfigError> {
        let issuer = env.required("JWT_ISSUER")?;
        let audience = env
            .optional("JWT_AUDIENCE")
            .unwrap_or_else(|| "authenticated".into())
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        let hs = SecretSet::parse_list(&env.get("JWT_SECRET").unwrap_or_default());
        if hs.iter().any(|s| s.len() < MIN_HS256_SECRET_LEN) {
            return Err(ConfigError::Invalid {
                name: "JWT_SECRET",
                why: "HS256 secrets must be at least 32 bytes",
            });
        }
        let jwks_url = env.optional("JWKS_URL");
        if let Some(url) = &jwks_url {
            if !is_absolute_http_url(url) {
                return Err(ConfigError::Invalid {
                    name: "JWKS_URL",
                    why: "must be an absolute http(s) URL",
                });
            }
        }
        if hs.is_unconfigured() && jwks_url.is_none() {
            return Err(ConfigError::Missing("JWT_SECRET or JWKS_URL"));
        }
        let mut policy = P::policy(issuer, audience);
        policy.leeway_s = env.number_or("JWT_LEEWAY_S", DEFAULT_LEEWAY_S)?;
        Ok(Jwt {
            verifier: JwtVerifier::new(hs, policy),
            jwks_url,
            jwks_ttl_s: env.number_or("JWKS_TTL_S", 600)?,
            jwks_cooldown_s: env.number_or("JWKS_REFRESH_COOLDOWN_S", 30)?,
            _p: PhantomData,
        })
    }

    async fn check(&self, req: &Request, cx: &Ctx) -> Result<VerifiedClaims, Rejection> {
        let reject = |r: JwtReason| r.rejection(Self::NAME);
        let token = self.verifier.parse(req).map_err(reject)?;
        let keys = match (token.alg(), &self.jwks_url) {
            (Alg::HS256, _) | (_, None) => Rc::new(KeySet::default()),
            (_, Some(url)) => {
                let cache = JWKS_CACHES.with(|c| {
                    c.borrow_mut()
                        .entry(url.clone())
                        .or_insert_with(|| {
                            Rc::new(JwksCache::new(self.jwks_ttl_s, self.jwks_cooldown_s))
                        })
                        .clone()
                });
                let source = crate::outbound::HttpKeySetSource::new(cx, url, self.jwks_ttl_s);
                cache
                    .key_set(token.kid(), cx.now(), &source)
                    .await
                    .map_err(|_| reject(JwtReason::KeySetUnavailable))?
            }
        };
        self.verifier
            .verify_token_with(&token, &keys, cx.now(), cx.jws().unwrap_or(&RustCryptoJws))
            .await
            .map_err(reject)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::MapEnv;

    fn env_with_jwks(url: &str) -> MapEnv {
        MapEnv::new()
            .with("JWT_ISSUER", "https://fake-issuer.example.invalid/auth/v1")
            .with("JWKS_URL", url)
    }

    #[test]
    fn jwks_url_must_be_an_absolute_http_url() {
        for good in [
            "https://fake-idp.example.invalid/.well-known/jwks.json",
            "http://127.0.0.1:18091/.well-known/jwks.json",
        ] {
            let jwt = Jwt::<User>::load(&env_with_jwks(good)).expect("loads");
            assert_eq!(jwt.jwks_url.as_deref(), Some(good));
        }
        for bad in [
            "/.well-known/jwks.json",
            "fake-idp.example.invalid/.well-known/jwks.json",
            "ftp://fake-idp.example.invalid/jwks.json",
            "https://fake idp/jwks.json",
        ] {
            let err = Jwt::<User>::load(&env_with_jwks(bad)).expect_err(bad);
            assert_eq!(
                err,
                ConfigError::Invalid {
                    name: "JWKS_URL",
                    why: "must be an absolute http(s) URL",
                },
                "{bad}"
            );
            assert_eq!(err.code(), "config_invalid");
        }
    }

    #[test]
    fn an_algorithm_not_built_is_a_uniform_401_with_its_own_reason() {
        let reason = crypto_reason(CryptoError::Unsupported);
        assert_eq!(reason, JwtReason::AlgorithmNotBuilt);
        let rej = reason.rejection("jwt-user");
        assert_eq!(rej.reason, "algorithm_not_built");
        assert_eq!(rej.status, StatusCode::UNAUTHORIZED);
        assert_eq!(rej.challenge, Some("Bearer error=\"invalid_token\""));
        assert_eq!(
            crypto_reason(CryptoError::BadSignature),
            JwtReason::BadSignature
        );
    }
}
