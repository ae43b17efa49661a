//! Public routes: no credential, and a written reason why none is needed.
//!
//! `pub type Guard = portcullis::guard::Public<Reason>;` with
//! `impl PublicReason for Reason { const WHY: &str = "…"; }`. The audit lists every public
//! route with its reason, and its dynamic probe skips only these.

use std::marker::PhantomData;

use async_trait::async_trait;

use super::{Guard, Rejection};
use crate::context::Ctx;
use crate::env::{ConfigError, Env};
use crate::http::Request;

/// Why a route is public. Implemented by a marker type in the function crate.
pub trait PublicReason: 'static {
    /// One sentence: why this route needs no credential and what it reveals.
    const WHY: &'static str;
}

/// The public "guard": always passes, records its reason.
#[derive(Debug)]
pub struct Public<R: PublicReason>(PhantomData<R>);

/// What a public route proves: nothing but its declared reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicAccess {
    /// The declared reason.
    pub reason: &'static str,
}

#[async_trait(?Send)]
impl<R: PublicReason> Guard for Public<R> {
    const NAME: &'static str = "public";
    type Identity = PublicAccess;
    const PUBLIC_REASON: Option<&'static str> = Some(R::WHY);

    fn load(_env: &dyn Env) -> Result<Self, ConfigError> {
        Ok(Public(PhantomData))
    }

    async fn check(&self, _req: &Request, _cx: &Ctx) -> Result<PublicAccess, Rejection> {
        Ok(PublicAccess { reason: R::WHY })
    }
}
