//! # portcullis-workers
//!
//! The Cloudflare Workers adapter. A function crate built with `--features workers` gets, from
//! `portcullis::export!`, a `#[event(fetch)]` entry (and a `#[event(scheduled)]` one) that hands
//! every request to [`fetch`] / every cron event to [`scheduled`]. The adapter maps:
//!
//! | core | Workers |
//! |---|---|
//! | [`Env`](portcullis::env::Env) | `env.secret(NAME)`, then `env.var(NAME)` |
//! | [`Clock`](portcullis::clock::Clock) | `Date.now()` |
//! | [`Random`](portcullis::random::Random) | `crypto.getRandomValues` |
//! | `kv` (exact) | the `PORTCULLIS_STATE` Durable Object in the `portcullis-state` worker ([`state`]) |
//! | `cache` | the `PORTCULLIS_CACHE` KV namespace ([`kv`]), eventually consistent |
//! | [`Outbound`](portcullis::outbound::Outbound) | `fetch` |
//! | JWT ES256/RS256 | WebCrypto `crypto.subtle` ([`webcrypto`]) |
//! | log lines | `console.log` (Workers Logs / `wrangler tail`) |
//!
//! Bodies: a `Content-Length` over the function's limit is refused before the body is read.

#![deny(missing_docs)]

use std::rc::Rc;

use async_trait::async_trait;
use bytes::Bytes;
use portcullis::clock::{Clock, UnixTime};
use portcullis::hardening::apply_security_headers;
use portcullis::log::LogSink;
use portcullis::outbound::{Outbound, OutboundError};
use portcullis::random::Random;
use portcullis::store::{Kv, UnavailableKv};
use portcullis::{Ctx, CtxParts, Function, Problem};

#[cfg(feature = "cache")]
pub mod kv;
pub mod protocol;
#[cfg(feature = "state")]
pub mod state;
#[cfg(feature = "webcrypto")]
pub mod webcrypto;

#[doc(hidden)]
pub use worker;

/// The Durable Object binding holding exact state.
pub const STATE_BINDING: &str = "PORTCULLIS_STATE";
/// The KV binding holding caches.
pub const CACHE_BINDING: &str = "PORTCULLIS_CACHE";

/// Secrets and vars of the Worker.
pub struct WorkersEnv(worker::Env);

impl std::fmt::Debug for WorkersEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WorkersEnv { .. }")
    }
}

impl portcullis::env::Env for WorkersEnv {
    fn get(&self, name: &str) -> Option<String> {
        if let Ok(s) = self.0.secret(name) {
            return Some(s.to_string());
        }
        self.0.var(name).ok().map(|v| v.to_string())
    }
}

/// `Date.now()`.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateClock;

impl Clock for DateClock {
    fn now(&self) -> UnixTime {
        UnixTime::from_millis(worker::Date::now().as_millis())
    }
}

/// `crypto.getRandomValues`.
#[derive(Debug, Clone, Copy, Default)]
pub struct WebCrypto;

impl Random for WebCrypto {
    fn fill(&self, buf: &mut [u8]) {
        use worker::js_sys::{Function as JsFunction, Reflect, Uint8Array};
        use worker::wasm_bindgen::{JsCast, JsValue};
        let filled = (|| -> Result<(), JsValue> {
            let crypto = Reflect::get(&worker::js_sys::global(), &"crypto".into())?;
            let get = Reflect::get(&crypto, &"getRandomValues".into())?.dyn_into::<JsFunction>()?;
            // getRandomValues fills at most 65,536 bytes per call.
            for chunk in buf.chunks_mut(65_536) {
                let arr = Uint8Array::new_with_length(chunk.len() as u32);
                get.call1(&crypto, &arr)?;
                arr.copy_to(chunk);
            }
            Ok(())
        })();
        if filled.is_err() {
            // No entropy means no safe ids or keys: abort the request rather than continue.
            panic!("crypto.getRandomValues failed");
        }
    }
}

/// `console.log`.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConsoleSink;

impl LogSink for ConsoleSink {
    fn write_line(&self, line: &str) {
        worker::console_log!("{}", line);
    }
}

/// `fetch()` for outbound requests.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkersFetch;

#[async_trait(?Send)]
impl Outbound for WorkersFetch {
    async fn send(&self, req: portcullis::Request) -> Result<portcullis::Response, OutboundError> {
        let fail = |e: worker::Error| OutboundError::Failed(e.to_string());
        let headers = worker::Headers::new();
        for (k, v) in req.headers() {
            headers
                .append(k.as_str(), v.to_str().unwrap_or(""))
                .map_err(fail)?;
        }
        let body = (!req.body().is_empty())
            .then(|| worker::js_sys::Uint8Array::from(req.body().as_ref()).into());
        let wreq = raw_request(
            req.method().as_str(),
            &req.uri().to_string(),
            &headers,
            body,
        )
        .map_err(fail)?;
        let mut resp = worker::Fetch::Request(wreq).send().await.map_err(fail)?;
        let status = resp.status_code();
        let body = resp.bytes().await.map_err(fail)?;
        let mut out = http::Response::new(Bytes::from(body));
        *out.status_mut() =
            http::StatusCode::from_u16(status).map_err(|e| OutboundError::Failed(e.to_string()))?;
        for (k, v) in resp.headers().entries() {
            if let (Ok(k), Ok(v)) = (
                http::HeaderName::from_bytes(k.as_bytes()),
                http::HeaderValue::from_str(&v),
            ) {
                out.headers_mut().append(k, v);
            }
        }
        Ok(out)
    }
}

/// Builds a request through `web_sys` directly (worker's `RequestInit` serialises Cloudflare
/// properties through serde, which this adapter never sets).
pub(crate) fn raw_request(
    method: &str,
    url: &str,
    headers: &worker::Headers,
    body: Option<worker::wasm_bindgen::JsValue>,
) -> worker::Result<worker::Request> {
    let init = worker::web_sys::RequestInit::new();
    init.set_method(method);
    init.set_headers(&headers.0);
    if let Some(b) = body {
        init.set_body(&b);
    }
    let raw = worker::web_sys::Request::new_with_str_and_init(url, &init)
        .map_err(|_| worker::Error::RustError("invalid outbound request".into()))?;
    Ok(worker::Request::from(raw))
}

fn context(function: &Function, env: worker::Env) -> Ctx {
    #[cfg(feature = "state")]
    let kv: Rc<dyn Kv> =
        match state::DurableObjectKv::from_env(&env, STATE_BINDING, function.spec().name) {
            Some(client) => Rc::new(client),
            None => Rc::new(UnavailableKv),
        };
    #[cfg(not(feature = "state"))]
    let kv: Rc<dyn Kv> = Rc::new(UnavailableKv);
    #[cfg(feature = "cache")]
    let cache: Rc<dyn Kv> = match env.kv(CACHE_BINDING) {
        Ok(store) => Rc::new(kv::WorkersKv::new(store)),
        Err(_) => kv.clone(),
    };
    #[cfg(not(feature = "cache"))]
    let cache: Rc<dyn Kv> = kv.clone();
    #[cfg(feature = "fetch")]
    let outbound: Rc<dyn Outbound> = Rc::new(WorkersFetch);
    #[cfg(not(feature = "fetch"))]
    let outbound: Rc<dyn Outbound> = Rc::new(portcullis::outbound::NoOutbound);
    #[cfg(feature = "webcrypto")]
    let jws: Option<Rc<dyn portcullis::guard::jwt::JwsCrypto>> =
        Some(Rc::new(webcrypto::WebCryptoJws));
    #[cfg(not(feature = "webcrypto"))]
    let jws = None;
    Ctx::new(
        CtxParts {
            env: Rc::new(WorkersEnv(env)),
            clock: Rc::new(DateClock),
            random: Rc::new(WebCrypto),
            kv,
            cache,
            outbound,
            jws,
            log: Rc::new(ConsoleSink),
        },
        function.spec().name,
    )
}

fn into_worker_response(resp: portcullis::Response) -> worker::Result<worker::Response> {
    let status = resp.status().as_u16();
    let headers = worker::Headers::new();
    for (k, v) in resp.headers() {
        headers.append(k.as_str(), v.to_str().unwrap_or(""))?;
    }
    let body = resp.into_body();
    let out = if body.is_empty() {
        worker::Response::empty()?
    } else {
        worker::Response::from_bytes(body.to_vec())?
    };
    Ok(out.with_status(status).with_headers(headers))
}

fn problem(status: http::StatusCode) -> worker::Result<worker::Response> {
    let mut r = Problem::status(status).into_response();
    apply_security_headers(&mut r);
    into_worker_response(r)
}

/// Serves one fetch event through the function's pipeline.
pub async fn fetch(
    function: Function,
    mut req: worker::Request,
    env: worker::Env,
) -> worker::Result<worker::Response> {
    let limit = function.spec().max_body;
    let declared = req
        .headers()
        .get("content-length")?
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return problem(http::StatusCode::PAYLOAD_TOO_LARGE);
    }
    // Path from worker's own split, query from the raw URL: no `url` crate (and its IDNA
    // tables) in the binary.
    let mut path_and_query = req.path();
    let raw_url = req.inner().url();
    if let Some((_, q)) = raw_url.split_once('?') {
        let q = q.split('#').next().unwrap_or("");
        if !q.is_empty() {
            path_and_query.push('?');
            path_and_query.push_str(q);
        }
    }
    let method = req.method().to_string();
    let mut builder = http::Request::builder()
        .method(method.as_str())
        .uri(path_and_query);
    for (k, v) in req.headers().entries() {
        builder = builder.header(k, v);
    }
    let body = req.bytes().await?;
    if body.len() > limit {
        return problem(http::StatusCode::PAYLOAD_TOO_LARGE);
    }
    let core_req = match builder.body(Bytes::from(body)) {
        Ok(r) => r,
        Err(_) => return problem(http::StatusCode::BAD_REQUEST),
    };
    let cx = context(&function, env);
    into_worker_response(function.serve(core_req, cx).await)
}

/// Runs a cron event (Workers `scheduled`): the same handler, with no HTTP surface.
pub async fn scheduled(function: Function, event: worker::ScheduledEvent, env: worker::Env) {
    let cx = context(&function, env);
    if function
        .run_scheduled(event.cron(), cx.clone())
        .await
        .is_none()
    {
        cx.log().emit(
            portcullis::log::Level::Warn,
            "scheduled_job",
            &[
                ("job", function.spec().name.into()),
                ("outcome", "not_a_cron_function".into()),
            ],
        );
    }
}

/// The Workers entry points for a function (expanded by `portcullis::export!`): `fetch` for
/// every function, and `scheduled` for cron functions only (`entry!(f, scheduled)`), so a
/// function with no cron trigger exports nothing the platform could call without HTTP.
#[macro_export]
macro_rules! entry {
    ($f:ident) => {
        #[allow(unsafe_code, missing_docs, unreachable_pub)]
        mod __portcullis_workers_entry {
            use $crate::worker;

            #[worker::event(fetch)]
            async fn fetch(
                req: worker::Request,
                env: worker::Env,
                _ctx: worker::Context,
            ) -> worker::Result<worker::Response> {
                $crate::fetch(super::$f(), req, env).await
            }
        }
    };
    ($f:ident, scheduled) => {
        $crate::entry!($f);

        #[allow(unsafe_code, missing_docs, unreachable_pub)]
        mod __portcullis_workers_scheduled {
            use $crate::worker;

            #[worker::event(scheduled)]
            async fn scheduled(
                event: worker::ScheduledEvent,
                env: worker::Env,
                _ctx: worker::ScheduleContext,
            ) {
                $crate::scheduled(super::$f(), event, env).await
            }
        }
    };
}
