//! Request guards and the proof they hand to handlers.
//!
//! Every function declares exactly one guard type as its first item
//! (`pub type Guard = portcullis::guard::PaddleWebhook;`). The pipeline loads the guard from the
//! environment (failing closed on missing secrets), runs [`Guard::check`] on the request, and only
//! on success builds a [`Verified<G>`]: the single value a handler can be called with. `Verified`
//! has no public constructor, so a handler cannot be reached without its guard having passed
//! (a trybuild test proves that code trying to do so does not compile).
//!
//! | guard | use it for | credential |
//! |---|---|---|
//! | [`JwtUser`], [`JwtUserAal2`], [`JwtService`] | browser/app calls with a Supabase-style session | `Authorization: Bearer <jwt>` |
//! | [`MetaWebhook`] | WhatsApp / Instagram / Messenger webhooks | `X-Hub-Signature-256`, GET `hub.*` handshake |
//! | [`MercadoPagoWebhook`] | Mercado Pago notifications | `x-signature`, `x-request-id` |
//! | [`PaddleWebhook`] | Paddle Billing notifications | `Paddle-Signature` |
//! | [`StandardWebhook`] | Svix / Standard Webhooks senders | `webhook-id`, `webhook-timestamp`, `webhook-signature` |
//! | [`CronSecret`] | schedulers calling over HTTP | `Authorization: Bearer <CRON_SECRET>` |
//! | [`ApiKeyGuard`] | server-to-server API clients | `Authorization: Bearer smcp_…` |
//! | [`Public`] | health, security.txt: nothing to protect | none; a written reason |
//!
//! Each guard's failure is a typed reason (`#[non_exhaustive]` enums) that is logged precisely;
//! the caller always gets the same 401 (or 403 for an authenticated caller lacking a permission),
//! so the answer is never an oracle.

use std::fmt;
use std::marker::PhantomData;

use async_trait::async_trait;
use http::StatusCode;

use crate::context::Ctx;
use crate::env::{ConfigError, Env};
use crate::http::{Request, RequestView};

pub mod api_key;
pub mod cron;
pub mod crypto;
mod jwks;
pub mod jwt;
pub mod mercadopago;
pub mod meta;
pub mod paddle;
pub mod public;
#[cfg(feature = "rs256")]
pub mod rs256;
pub mod standard;
mod webhook;

pub use api_key::{ApiKey, ApiKeyGuard, ApiKeyIdentity, ApiKeyReason};
pub use cron::{CronReason, CronSecret, CronTrigger};
pub use jwt::{Jwt, JwtReason, JwtService, JwtUser, JwtUserAal2, VerifiedClaims};
pub use mercadopago::{MercadoPagoNotification, MercadoPagoWebhook};
pub use meta::{MetaDelivery, MetaWebhook};
pub use paddle::{PaddleDelivery, PaddleWebhook};
pub use public::{Public, PublicReason};
pub use standard::{StandardWebhook, StandardWebhookMessage};
pub use webhook::WebhookReason;

/// A request guard: loads its configuration, checks a request, yields the verified identity.
#[async_trait(?Send)]
pub trait Guard: Sized + 'static {
    /// The guard's name as written in `[package.metadata.portcullis] guard = "…"`.
    const NAME: &'static str;
    /// What a successful check proves (the user, the event, the trigger…).
    type Identity: 'static;
    /// For public routes only: why no credential is needed (listed by the audit).
    const PUBLIC_REASON: Option<&'static str> = None;

    /// Loads the guard from the function's environment. Missing or empty secrets are an error:
    /// the pipeline answers 500 and the guard never runs.
    fn load(env: &dyn Env) -> Result<Self, ConfigError>;

    /// Checks the request's raw bytes and headers. No side effects beyond caches.
    async fn check(&self, req: &Request, cx: &Ctx) -> Result<Self::Identity, Rejection>;
}

/// Proof that guard `G` accepted this request. Only the pipeline can build one.
pub struct Verified<G: Guard> {
    identity: G::Identity,
    request: Request,
    _guard: PhantomData<fn() -> G>,
}

impl<G: Guard> Verified<G> {
    /// Built by the pipeline after `G::check` succeeded (crate-private on purpose).
    pub(crate) fn new(identity: G::Identity, request: Request) -> Self {
        Verified {
            identity,
            request,
            _guard: PhantomData,
        }
    }

    /// What the guard verified.
    pub fn identity(&self) -> &G::Identity {
        &self.identity
    }

    /// The request, exactly as verified (raw body bytes included).
    pub fn request(&self) -> &Request {
        &self.request
    }

    /// The raw body bytes that were verified.
    pub fn body(&self) -> &[u8] {
        self.request.body()
    }

    /// Splits the proof into its parts.
    pub fn into_parts(self) -> (G::Identity, Request) {
        (self.identity, self.request)
    }
}

impl<G: Guard> fmt::Debug for Verified<G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Verified")
            .field("guard", &G::NAME)
            .field("method", self.request.method())
            .field("path", &self.request.uri().path())
            .finish_non_exhaustive()
    }
}

/// A guard's refusal: the precise reason (logged) and the uniform answer (sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The guard that refused (`Guard::NAME`).
    pub guard: &'static str,
    /// The typed reason's stable code, e.g. `signature_mismatch`. Logged, never sent.
    pub reason: &'static str,
    /// 401 for a missing or bad credential, 403 for a valid one without the permission,
    /// 413 for a body over the guard's limit, 503 when a key set cannot be fetched.
    pub status: StatusCode,
    /// `WWW-Authenticate` value for bearer-protected routes (RFC 6750 / RFC 9470).
    pub challenge: Option<&'static str>,
}

impl Rejection {
    /// A 401 with no challenge header (webhooks).
    pub fn unauthorized(guard: &'static str, reason: &'static str) -> Self {
        Rejection {
            guard,
            reason,
            status: StatusCode::UNAUTHORIZED,
            challenge: None,
        }
    }
}

/// Reads a header as UTF-8 text. `Ok(None)` when absent, `Err(NotUtf8)` when not UTF-8.
pub(crate) fn header_text<'r, R: RequestView + ?Sized>(
    req: &'r R,
    name: &str,
) -> Result<Option<&'r str>, NotUtf8> {
    match req.header_bytes(name) {
        None => Ok(None),
        Some(v) => std::str::from_utf8(v).map(Some).map_err(|_| NotUtf8),
    }
}

/// A header value was not UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NotUtf8;

/// Checks a request body against a guard's byte limit before any verification work.
pub(crate) fn within_body_limit<R: RequestView + ?Sized>(req: &R, limit: usize) -> bool {
    req.body_bytes().len() <= limit
}
