//! What a handler and a guard may use: the environment, the clock, randomness, the store, the
//! outbound client and the logger — all supplied by the runtime adapter, none global.

use std::rc::Rc;

use crate::clock::{Clock, UnixTime};
use crate::env::Env;
use crate::log::{LogSink, Logger};
use crate::outbound::Outbound;
use crate::random::Random;
use crate::store::Kv;

/// The parts an adapter provides.
#[derive(Clone)]
pub struct CtxParts {
    /// Configuration and secrets.
    pub env: Rc<dyn Env>,
    /// The clock.
    pub clock: Rc<dyn Clock>,
    /// Randomness.
    pub random: Rc<dyn Random>,
    /// The key-value store with exact atomic operations (counters, dedup, strikes).
    pub kv: Rc<dyn Kv>,
    /// A cache store (may be eventually consistent, e.g. Workers KV): JWKS and other caches.
    /// Runtimes without such a store pass the same store as `kv`.
    pub cache: Rc<dyn Kv>,
    /// The outbound HTTP client.
    pub outbound: Rc<dyn Outbound>,
    /// Signature verification for asymmetric JWTs supplied by the platform (WebCrypto on
    /// Workers); `None` uses the built-in RustCrypto provider (native, Spin).
    pub jws: Option<Rc<dyn crate::guard::crypto::JwsCrypto>>,
    /// Where log lines go.
    pub log: Rc<dyn LogSink>,
}

impl std::fmt::Debug for CtxParts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CtxParts { .. }")
    }
}

struct Inner {
    parts: CtxParts,
    log: Logger,
}

/// The per-request context. Cheap to clone.
#[derive(Clone)]
pub struct Ctx(Rc<Inner>);

impl std::fmt::Debug for Ctx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ctx")
            .field("function", &self.0.log.function())
            .finish_non_exhaustive()
    }
}

impl Ctx {
    /// A context for one request to `function`.
    pub fn new(parts: CtxParts, function: &'static str) -> Ctx {
        let request_id = crate::random::hex_id(parts.random.as_ref(), 8);
        let log = Logger::new(
            parts.log.clone(),
            parts.clock.clone(),
            function,
            request_id,
            parts.env.as_ref(),
        );
        Ctx(Rc::new(Inner { parts, log }))
    }

    /// The current time.
    pub fn now(&self) -> UnixTime {
        self.0.parts.clock.now()
    }

    /// The environment.
    pub fn env(&self) -> &dyn Env {
        self.0.parts.env.as_ref()
    }

    /// The key-value store.
    pub fn kv(&self) -> &dyn Kv {
        self.0.parts.kv.as_ref()
    }

    /// The cache store (eventually consistent; never for counters or dedup).
    pub fn cache(&self) -> &dyn Kv {
        self.0.parts.cache.as_ref()
    }

    /// Randomness.
    pub fn random(&self) -> &dyn Random {
        self.0.parts.random.as_ref()
    }

    /// The outbound client.
    pub fn outbound(&self) -> &dyn Outbound {
        self.0.parts.outbound.as_ref()
    }

    /// The platform's JWS signature provider, if it has one.
    pub fn jws(&self) -> Option<&dyn crate::guard::crypto::JwsCrypto> {
        self.0.parts.jws.as_deref()
    }

    /// The structured logger (redacting).
    pub fn log(&self) -> &Logger {
        &self.0.log
    }

    /// The parts this context was built from.
    pub fn parts(&self) -> &CtxParts {
        &self.0.parts
    }
}
