//! # portcullis-spin
//!
//! The Fermyon Spin adapter (spin-sdk 5.2, `wasm32-wasip2`; runs on Spin 3.x and 4.x). A function
//! crate built with `--features spin` gets, from `portcullis::export!`, an `#[http_component]`
//! that hands every request to [`serve`]. The adapter maps:
//!
//! | core | Spin |
//! |---|---|
//! | [`Env`](portcullis::env::Env) | Spin variables: `PADDLE_WEBHOOK_SECRET` is read as `paddle_webhook_secret` |
//! | [`Clock`](portcullis::clock::Clock) | WASI wall clock |
//! | [`Random`](portcullis::random::Random) | WASI `random` (cryptographically secure) |
//! | `kv` and `cache` | the `default` key-value store ([`kv`]) |
//! | [`Outbound`](portcullis::outbound::Outbound) | `wasi:http/outgoing-handler`, limited by `allowed_outbound_hosts` |
//! | log lines | stdout (collected by Spin) |
//!
//! Spin starts a fresh instance per request, so in-memory caches do not survive a request; the
//! JWKS cache therefore also lives in the key-value store.

#![deny(missing_docs)]

use std::rc::Rc;

use bytes::Bytes;
use portcullis::clock::{Clock, UnixTime};
use portcullis::hardening::apply_security_headers;
use portcullis::log::StdoutSink;
use portcullis::outbound::Outbound;
use portcullis::random::Random;
use portcullis::store::{Kv, UnavailableKv};
use portcullis::{Ctx, CtxParts, Function, Problem};

mod body;
#[cfg(all(target_os = "wasi", not(target_feature = "atomics")))]
mod c_alloc;
#[cfg(feature = "kv")]
pub mod kv;
#[cfg(feature = "fetch")]
pub mod outbound;

#[doc(hidden)]
pub use spin_sdk;

/// Spin variables (names lower-cased, as Spin requires).
#[derive(Debug, Clone, Copy, Default)]
pub struct SpinVariables;

impl portcullis::env::Env for SpinVariables {
    fn get(&self, name: &str) -> Option<String> {
        spin_sdk::variables::get(&name.to_ascii_lowercase()).ok()
    }
}

/// The WASI wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct WasiClock;

impl Clock for WasiClock {
    fn now(&self) -> UnixTime {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0);
        UnixTime::from_millis(ms)
    }
}

/// WASI `random`.
#[derive(Debug, Clone, Copy, Default)]
pub struct WasiRandom;

impl Random for WasiRandom {
    fn fill(&self, buf: &mut [u8]) {
        if getrandom::fill(buf).is_err() {
            panic!("WASI random failed");
        }
    }
}

fn context(function: &Function) -> Ctx {
    #[cfg(feature = "kv")]
    let kv: Rc<dyn Kv> = match spin_sdk::key_value::Store::open_default() {
        Ok(store) => Rc::new(kv::SpinKv::new(store, Rc::new(WasiClock))),
        Err(_) => Rc::new(UnavailableKv),
    };
    #[cfg(not(feature = "kv"))]
    let kv: Rc<dyn Kv> = Rc::new(UnavailableKv);
    #[cfg(feature = "fetch")]
    let outbound: Rc<dyn Outbound> = Rc::new(outbound::SpinOutbound);
    #[cfg(not(feature = "fetch"))]
    let outbound: Rc<dyn Outbound> = Rc::new(portcullis::outbound::NoOutbound);
    Ctx::new(
        CtxParts {
            env: Rc::new(SpinVariables),
            clock: Rc::new(WasiClock),
            random: Rc::new(WasiRandom),
            kv: kv.clone(),
            cache: kv,
            outbound,
            jws: None,
            log: Rc::new(StdoutSink),
        },
        function.spec().name,
    )
}

/// Writes a core response to Spin's response outparam: status, every header value (repeated
/// names stay separate fields, as WASI allows), then the body.
///
/// This is the two-argument (`wasi:http` native) form of `#[http_component]`: spin-sdk's
/// one-argument form converts a `spin_sdk::http::Response` through `anyhow`, whose error
/// formatting pulls std's backtrace printing and `rustc_demangle` into every component
/// (docs/SIZE.md). The body is written with WASI's blocking calls ([`body`]). Nothing here can
/// fail except the host refusing a header or the stream, and then there is no one left to tell
/// but stderr.
fn respond(out: spin_sdk::http::ResponseOutparam, resp: portcullis::Response) {
    let fields = spin_sdk::http::Fields::new();
    for (name, value) in resp.headers() {
        // The core only emits valid header names and values; a refusal drops that one field.
        let _ = fields.append(name.as_str(), value.as_bytes());
    }
    let outgoing = spin_sdk::http::OutgoingResponse::new(fields);
    let _ = outgoing.set_status_code(resp.status().as_u16());
    let Ok(stream) = outgoing.body() else {
        eprintln!("portcullis-spin: the host gave no response body");
        return;
    };
    out.set(outgoing);
    if body::write_all(stream, resp.body()).is_err() {
        eprintln!("portcullis-spin: the host closed the response body stream");
    }
}

fn problem(status: http::StatusCode) -> portcullis::Response {
    let mut r = Problem::status(status).into_response();
    apply_security_headers(&mut r);
    r
}

/// Serves one request through the function's pipeline and writes the answer to `out`. The body
/// is read under the function's limit: a larger `Content-Length` is refused unread, a longer
/// stream is cut and refused.
pub async fn serve(
    function: Function,
    req: spin_sdk::http::IncomingRequest,
    out: spin_sdk::http::ResponseOutparam,
) {
    let resp = handle(function, req).await;
    respond(out, resp);
}

async fn handle(function: Function, req: spin_sdk::http::IncomingRequest) -> portcullis::Response {
    let limit = function.spec().max_body;
    let method = req.method().to_string();
    let path = req.path_with_query().unwrap_or_else(|| "/".into());
    let headers = req.headers().entries();
    let declared = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| std::str::from_utf8(v).ok()?.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return problem(http::StatusCode::PAYLOAD_TOO_LARGE);
    }
    let body = req
        .consume()
        .map_err(|()| body::BodyError::Unavailable)
        .and_then(|b| body::read_to_end(b, limit));
    let body = match body {
        Ok(b) => b,
        Err(body::BodyError::TooLarge) => return problem(http::StatusCode::PAYLOAD_TOO_LARGE),
        Err(_) => return problem(http::StatusCode::BAD_REQUEST),
    };
    let core_req = match portcullis::http::assemble_request(
        method.as_str(),
        &path,
        headers,
        Bytes::from(body),
    ) {
        Ok(r) => r,
        Err(_) => return problem(http::StatusCode::BAD_REQUEST),
    };
    let cx = context(&function);
    function.serve(core_req, cx).await
}

/// The Spin entry point for a function (expanded by `portcullis::export!`).
#[macro_export]
macro_rules! entry {
    ($f:ident) => {
        #[allow(unsafe_code, missing_docs, unreachable_pub)]
        mod __portcullis_spin_entry {
            #[::spin_sdk::http_component]
            async fn handle(
                req: ::spin_sdk::http::IncomingRequest,
                out: ::spin_sdk::http::ResponseOutparam,
            ) {
                $crate::serve(super::$f(), req, out).await
            }
        }
    };
}
