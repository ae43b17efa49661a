//! # portcullis-workers
//!
//! The Cloudflare Workers adapter. A function crate built with `--features workers` gets, from
//! `portcullis::export!`, a `fetch` export (and a `scheduled` one for cron functions) that hands
//! every request to [`fetch`] / every cron event to [`scheduled`]. The adapter maps:
//!
//! | core | Workers |
//! |---|---|
//! | [`Env`](portcullis::env::Env) | `env[NAME]` (secrets and vars are both string properties) |
//! | [`Clock`](portcullis::clock::Clock) | `Date.now()` |
//! | [`Random`](portcullis::random::Random) | `crypto.getRandomValues` |
//! | `kv` (exact) | the `PORTCULLIS_STATE` Durable Object in the `portcullis-state` worker ([`state`]) |
//! | `cache` | the `PORTCULLIS_CACHE` KV namespace ([`kv`]), eventually consistent |
//! | [`Outbound`](portcullis::outbound::Outbound) | `fetch` |
//! | JWT ES256/RS256 | WebCrypto `crypto.subtle` ([`webcrypto`]) |
//! | log lines | `console.log` (Workers Logs / `wrangler tail`) |
//!
//! Bodies: a `Content-Length` over the function's limit is refused before the body is read.
//!
//! **No `worker` crate in functions.** The entry points are plain `#[wasm_bindgen]` exports
//! over `web_sys::Request`/`Response`, which is the ABI `worker-build`'s shim calls (`fetch(request,
//! env, ctx)`, `scheduled(controller, env, ctx)`, and `__worker_init_state()` for its
//! re-instantiation after a trap). The `worker` crate's typed wrappers, its exported
//! stream/container classes and its panic hook cost every function ~20 KB gzip that a function
//! using a request, a response, two bindings and `fetch` never needs (docs/SIZE.md). The
//! `portcullis-state` Durable Object worker still uses `worker`: it needs its Durable Object
//! macro and storage API.

#![deny(missing_docs)]

use std::rc::Rc;

use async_trait::async_trait;
use bytes::Bytes;
use js_sys::{Promise, Uint8Array};
use portcullis::clock::{Clock, UnixTime};
use portcullis::hardening::apply_security_headers;
use portcullis::log::LogSink;
use portcullis::outbound::{Outbound, OutboundError, RESPONSE_BODY_LIMIT};
use portcullis::random::Random;
use portcullis::store::{Kv, UnavailableKv};
use portcullis::{Ctx, CtxParts, Function, Problem};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Headers, Request as JsRequest, RequestInit, Response as JsResponse, ResponseInit};

mod js;
#[cfg(feature = "cache")]
pub mod kv;
pub mod protocol;
#[cfg(feature = "state")]
pub mod state;
#[cfg(feature = "webcrypto")]
pub mod webcrypto;

#[doc(hidden)]
pub use {js_sys, wasm_bindgen, web_sys};

/// The Durable Object binding holding exact state.
pub const STATE_BINDING: &str = "PORTCULLIS_STATE";
/// The KV binding holding caches.
pub const CACHE_BINDING: &str = "PORTCULLIS_CACHE";

/// Secrets and vars of the Worker: the `env` object's string properties.
pub struct WorkersEnv(JsValue);

impl std::fmt::Debug for WorkersEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WorkersEnv { .. }")
    }
}

impl portcullis::env::Env for WorkersEnv {
    fn get(&self, name: &str) -> Option<String> {
        js::get(&self.0, name).ok()?.as_string()
    }
}

/// `Date.now()`.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateClock;

impl Clock for DateClock {
    fn now(&self) -> UnixTime {
        UnixTime::from_millis(js_sys::Date::now() as u64)
    }
}

/// `crypto.getRandomValues`.
#[derive(Debug, Clone, Copy, Default)]
pub struct WebCrypto;

impl Random for WebCrypto {
    fn fill(&self, buf: &mut [u8]) {
        let filled = (|| -> Result<(), JsValue> {
            let crypto = js::get(&js_sys::global(), "crypto")?;
            // getRandomValues fills at most 65,536 bytes per call.
            for chunk in buf.chunks_mut(65_536) {
                let arr = Uint8Array::new_with_length(chunk.len() as u32);
                js::call(&crypto, "getRandomValues", &[&arr])?;
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
        web_sys::console::log_1(&JsValue::from_str(line));
    }
}

/// `fetch()` for outbound requests.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkersFetch;

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The global `fetch`.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(request: &JsRequest) -> Promise;
}

/// Headers to a `Headers` object (values that are not visible ASCII are sent empty, as before).
fn js_headers(headers: &http::HeaderMap) -> Result<Headers, JsValue> {
    let out = Headers::new()?;
    for (k, v) in headers {
        out.append(k.as_str(), v.to_str().unwrap_or(""))?;
    }
    Ok(out)
}

/// The `[name, value]` pairs of a `Headers` object (`Array.from(headers)`).
fn header_pairs(headers: &Headers) -> impl Iterator<Item = (String, String)> {
    js_sys::Array::from(headers).into_iter().map(|pair| {
        let pair: js_sys::Array = pair.unchecked_into();
        (
            pair.get(0).as_string().unwrap_or_default(),
            pair.get(1).as_string().unwrap_or_default(),
        )
    })
}

/// `await r.arrayBuffer()` of a request or response, copied into WASM memory only when it is at
/// most `limit` bytes long (`None` when longer).
async fn body_bytes(
    promise: Result<Promise, JsValue>,
    limit: usize,
) -> Result<Option<Vec<u8>>, JsValue> {
    let buf = wasm_bindgen_futures::JsFuture::from(promise?).await?;
    Ok(js::bytes_within(&buf, limit))
}

#[async_trait(?Send)]
impl Outbound for WorkersFetch {
    async fn send(&self, req: portcullis::Request) -> Result<portcullis::Response, OutboundError> {
        let fail = |e: JsValue| OutboundError::Failed(js::message(&e, "fetch failed"));
        let init = RequestInit::new();
        init.set_method(req.method().as_str());
        init.set_headers_headers(&js_headers(req.headers()).map_err(fail)?);
        if !req.body().is_empty() {
            init.set_body(&Uint8Array::from(req.body().as_ref()));
        }
        let wreq = JsRequest::new_with_str_and_init(&req.uri().to_string(), &init).map_err(fail)?;
        let resp: JsResponse = wasm_bindgen_futures::JsFuture::from(global_fetch(&wreq))
            .await
            .map_err(fail)?
            .unchecked_into();
        let status = resp.status();
        let body = body_bytes(resp.array_buffer(), RESPONSE_BODY_LIMIT)
            .await
            .map_err(fail)?
            .ok_or(OutboundError::ResponseTooLarge)?;
        let mut out = http::Response::new(Bytes::from(body));
        *out.status_mut() = http::StatusCode::from_u16(status)
            .map_err(|_| OutboundError::Failed("invalid status".into()))?;
        for (k, v) in header_pairs(&resp.headers()) {
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

fn context(function: &Function, env: JsValue) -> Ctx {
    #[cfg(feature = "state")]
    let kv: Rc<dyn Kv> =
        match state::DurableObjectKv::from_env(&env, STATE_BINDING, function.spec().name) {
            Some(client) => Rc::new(client),
            None => Rc::new(UnavailableKv),
        };
    #[cfg(not(feature = "state"))]
    let kv: Rc<dyn Kv> = Rc::new(UnavailableKv);
    #[cfg(feature = "cache")]
    let cache: Rc<dyn Kv> = match kv::WorkersKv::from_env(&env, CACHE_BINDING) {
        Some(store) => Rc::new(store),
        None => kv.clone(),
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

fn into_js_response(resp: portcullis::Response) -> Result<JsResponse, JsValue> {
    let init = ResponseInit::new();
    init.set_status(resp.status().as_u16());
    init.set_headers_headers(&js_headers(resp.headers())?);
    let body = resp.into_body();
    if body.is_empty() {
        JsResponse::new_with_opt_buffer_source_and_init(None, &init)
    } else {
        JsResponse::new_with_opt_buffer_source_and_init(
            Some(&Uint8Array::from(body.as_ref())),
            &init,
        )
    }
}

fn problem(status: http::StatusCode) -> Result<JsResponse, JsValue> {
    let mut r = Problem::status(status).into_response();
    apply_security_headers(&mut r);
    into_js_response(r)
}

/// The path and query of an absolute request URL (`https://host/p?q#f` → `/p?q`), without a
/// URL parser: the runtime hands the Worker a URL it has already parsed and serialised.
fn path_and_query(url: &str) -> String {
    let url = url.split('#').next().unwrap_or("");
    let after_scheme = url.find("://").map_or(url, |i| &url[i + 3..]);
    match after_scheme.find(['/', '?']) {
        Some(i) if after_scheme[i..].starts_with('/') => after_scheme[i..].to_string(),
        Some(i) => ["/", &after_scheme[i..]].concat(),
        None => "/".to_string(),
    }
}

/// Serves one fetch event through the function's pipeline.
pub async fn fetch(
    function: Function,
    req: JsRequest,
    env: JsValue,
) -> Result<JsResponse, JsValue> {
    let limit = function.spec().max_body;
    let headers = req.headers();
    let declared = headers
        .get("content-length")?
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return problem(http::StatusCode::PAYLOAD_TOO_LARGE);
    }
    let url = req.url();
    let Some(body) = body_bytes(req.array_buffer(), limit).await? else {
        return problem(http::StatusCode::PAYLOAD_TOO_LARGE);
    };
    let core_req = match portcullis::http::assemble_request(
        &req.method(),
        &path_and_query(&url),
        header_pairs(&headers),
        Bytes::from(body),
    ) {
        Ok(r) => r,
        Err(_) => return problem(http::StatusCode::BAD_REQUEST),
    };
    let cx = context(&function, env);
    into_js_response(function.serve(core_req, cx).await)
}

/// [`fetch`] as the promise the `fetch` export returns.
pub fn fetch_promise(function: Function, req: JsRequest, env: JsValue) -> Promise {
    wasm_bindgen_futures::future_to_promise(async move {
        fetch(function, req, env).await.map(Into::into)
    })
}

/// Runs a cron event (Workers `scheduled`): the same handler, with no HTTP surface. `controller`
/// is the platform's `ScheduledController`; its `cron` is the trigger that fired.
pub async fn scheduled(function: Function, controller: JsValue, env: JsValue) {
    let cron = js::get(&controller, "cron")
        .ok()
        .and_then(|c| c.as_string())
        .unwrap_or_default();
    let cx = context(&function, env);
    if function.run_scheduled(cron, cx.clone()).await.is_none() {
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

/// [`scheduled`] as the promise the `scheduled` export returns.
pub fn scheduled_promise(function: Function, controller: JsValue, env: JsValue) -> Promise {
    wasm_bindgen_futures::future_to_promise(async move {
        scheduled(function, controller, env).await;
        Ok(JsValue::UNDEFINED)
    })
}

/// The object `worker-build`'s shim reads once at start (`__worker_init_state()`): it sets
/// `criticalError` after a trap and re-instantiates the module on the next event.
pub fn init_state() -> JsValue {
    let state = js::object(&[("criticalError", JsValue::FALSE), ("instanceId", 0.into())]);
    state.map(Into::into).unwrap_or(JsValue::UNDEFINED)
}

/// The Workers entry points for a function (expanded by `portcullis::export!`): `fetch` for
/// every function, and `scheduled` for cron functions only (`entry!(f, scheduled)`), so a
/// function with no cron trigger exports nothing the platform could call without HTTP.
#[macro_export]
macro_rules! entry {
    ($f:ident) => {
        #[allow(unsafe_code, missing_docs, unreachable_pub)]
        mod __portcullis_workers_entry {
            use $crate::wasm_bindgen;
            use $crate::wasm_bindgen::prelude::wasm_bindgen;

            #[wasm_bindgen]
            pub fn fetch(
                req: $crate::web_sys::Request,
                env: wasm_bindgen::JsValue,
                _ctx: wasm_bindgen::JsValue,
            ) -> $crate::js_sys::Promise {
                $crate::fetch_promise(super::$f(), req, env)
            }

            #[wasm_bindgen(js_name = "__worker_init_state")]
            pub fn worker_init_state() -> wasm_bindgen::JsValue {
                $crate::init_state()
            }
        }
    };
    ($f:ident, scheduled) => {
        $crate::entry!($f);

        #[allow(unsafe_code, missing_docs, unreachable_pub)]
        mod __portcullis_workers_scheduled {
            use $crate::wasm_bindgen;
            use $crate::wasm_bindgen::prelude::wasm_bindgen;

            #[wasm_bindgen]
            pub fn scheduled(
                controller: wasm_bindgen::JsValue,
                env: wasm_bindgen::JsValue,
                _ctx: wasm_bindgen::JsValue,
            ) -> $crate::js_sys::Promise {
                $crate::scheduled_promise(super::$f(), controller, env)
            }
        }
    };
}

/// The allocator of every Workers function: Talc instead of Rust's default `dlmalloc`.
///
/// Measured with `scripts/build` (2026-12-06): −1.7 to −2.0 KB gzip on every Workers artifact;
/// Talc's WebAssembly build is smaller than dlmalloc and, by its own benchmarks, faster. An
/// isolate runs on one thread without preemption (concurrent requests interleave only at
/// `await`s, never inside an allocation), which is what Talc's unsynchronized cell requires; its
/// constructor refuses a target with threads at compile time. In-place
/// `realloc` is off (`disable-realloc-in-place`): a growing buffer is copied instead, which
/// costs little at our sizes and saves code. The heap grows with `memory.grow` and extends
/// itself when the new pages follow the old ones. Spin uses Talc too, as libc's C heap
/// (`portcullis-spin`'s `c_alloc`), because there wasi-libc allocates as well.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(test)]
mod tests {
    use super::path_and_query;

    #[test]
    fn path_and_query_keeps_the_path_and_query_and_drops_the_fragment() {
        assert_eq!(
            path_and_query("https://a.example/p/q?x=1&y=2#frag"),
            "/p/q?x=1&y=2"
        );
        assert_eq!(path_and_query("https://a.example/"), "/");
        assert_eq!(path_and_query("https://a.example"), "/");
        assert_eq!(path_and_query("https://a.example?x=1"), "/?x=1");
        assert_eq!(path_and_query("http://127.0.0.1:8787/api/me"), "/api/me");
    }
}
