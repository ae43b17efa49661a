//! # Portcullis core
//!
//! The pure heart of Portcullis: request guards that verify raw bytes and yield proofs
//! ([`guard::Verified`]), the function pipeline ([`function`]), HTTP hardening, structured and
//! redacted logs, and the small traits behind which every effect lives (clock, randomness, store,
//! outbound HTTP). No runtime dependency, no system clock, no threads, no OS randomness: the same
//! code runs natively, on Cloudflare Workers (`wasm32-unknown-unknown`) and on Spin
//! (`wasm32-wasip2`).
//!
//! ```
//! use portcullis::guard::{PaddleWebhook, WebhookReason};
//! use portcullis::http::RawRequest;
//! use portcullis::secret::{Secret, SecretSet};
//! use portcullis::clock::UnixTime;
//!
//! let secret = Secret::new("pdl_ntfset_example_FAKE_secret").unwrap();
//! let body = br#"{"event_id":"evt_1"}"#;
//! let header = PaddleWebhook::sign(&secret, 1_700_000_000, body);
//! let req = RawRequest {
//!     method: "POST".into(),
//!     headers: vec![("paddle-signature".into(), header.into_bytes())],
//!     body: body.to_vec(),
//!     ..Default::default()
//! };
//! let guard = PaddleWebhook::new(SecretSet::new(["pdl_ntfset_example_FAKE_secret"]), Some(5));
//! assert!(guard.verify(&req, UnixTime::from_secs(1_700_000_003)).is_ok());
//! assert_eq!(
//!     guard.verify(&req, UnixTime::from_secs(1_700_000_006)),
//!     Err(WebhookReason::TimestampOutOfTolerance)
//! );
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod clock;
pub mod context;
pub mod ct;
pub mod dedup;
pub mod env;
pub mod error;
pub mod escalation;
pub mod events;
pub mod function;
pub mod guard;
pub mod hardening;
pub mod http;
pub mod log;
pub mod outbound;
pub mod random;
pub mod redact;
pub mod secret;
pub mod store;

pub use context::{Ctx, CtxParts};
pub use error::{Error, Problem, Result};
pub use function::{reply, Function, FunctionSpec};
pub use guard::{Guard, Verified};
pub use http::{Request, Response};

/// Re-exports for function crates, so they need only `portcullis` as a dependency.
pub mod deps {
    pub use bytes;
    pub use http;
    pub use serde_json;
}
