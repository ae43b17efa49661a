//! Functions: the declared spec, the request pipeline, and the [`export!`](crate::export) macro.
//!
//! A function crate opens with its guard and exposes its handler only through `export!`:
//!
//! ```ignore
//! pub type Guard = portcullis::guard::PaddleWebhook;
//! portcullis::export!(Guard, handle);
//! async fn handle(req: Verified<Guard>, cx: Ctx) -> portcullis::Result<Response> { … }
//! ```
//!
//! The spec (name, route, methods, guard name, body limit, cron) comes from the crate's
//! `[package.metadata.portcullis]` through `portcullis-build` in its `build.rs`, and `export!`
//! asserts **at compile time** that the guard type's `NAME` equals the metadata's `guard`.
//!
//! The pipeline, for every request on every runtime:
//! 1. route and method allowlist (404 / 405 with `Allow`), CORS preflight (204, before the guard);
//! 2. body limit (413) — the adapters also refuse early on `Content-Length`;
//! 3. the guard is loaded (500 on missing secrets: fail closed) and checks the raw request;
//!    a refusal is logged with its typed reason and answered uniformly;
//! 4. the handler runs with `Verified<G>`; its errors become problem+json;
//! 5. security and CORS headers are added; one `request` log line is written.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use bytes::Bytes;
use http::{header, HeaderValue, Method, StatusCode};

use crate::context::Ctx;
use crate::env::ConfigError;
use crate::error::{Error, Problem};
use crate::guard::{CronSecret, CronTrigger, Guard, Verified};
use crate::hardening::{apply_security_headers, Cors};
use crate::http::{Request, Response};

/// A boxed, non-`Send` future (WASM runtimes are single-threaded).
pub type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// What a function declares in `[package.metadata.portcullis]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionSpec {
    /// Crate name (`paddle-webhook`).
    pub name: &'static str,
    /// HTTP route (`/webhooks/paddle`); a trailing `/...` matches any suffix.
    pub route: &'static str,
    /// Allowed methods.
    pub methods: Vec<Method>,
    /// The guard's name (`Guard::NAME`).
    pub guard: &'static str,
    /// Largest accepted body, in bytes.
    pub max_body: usize,
    /// Cron schedule, for cron functions.
    pub cron: Option<&'static str>,
    /// The public reason, for public functions.
    pub public_reason: Option<&'static str>,
}

impl FunctionSpec {
    /// Builds the spec from the strings `portcullis-build` emits. Panics on malformed metadata,
    /// which `portcullis-build` already refused at build time.
    pub fn from_build_env(
        name: &'static str,
        route: &'static str,
        methods: &'static str,
        guard: &'static str,
        max_body: &'static str,
        cron: &'static str,
    ) -> Self {
        FunctionSpec {
            name,
            route,
            methods: methods
                .split(',')
                .filter(|m| !m.is_empty())
                .filter_map(|m| Method::from_bytes(m.as_bytes()).ok())
                .collect(),
            guard,
            max_body: max_body.parse().unwrap_or(64 * 1024),
            cron: (!cron.is_empty()).then_some(cron),
            public_reason: None,
        }
    }

    /// Whether `path` is this function's route.
    pub fn matches_path(&self, path: &str) -> bool {
        match self.route.strip_suffix("/...") {
            Some(prefix) => path == prefix || path.starts_with(&format!("{prefix}/")),
            None => path == self.route,
        }
    }
}

type Serve = Rc<dyn Fn(Request, Ctx) -> LocalFuture<'static, Response>>;
type ConfigCheck = fn(&dyn crate::env::Env, crate::clock::UnixTime) -> Result<(), ConfigError>;
type Scheduled = Rc<dyn Fn(String, Ctx) -> LocalFuture<'static, Response>>;

/// A function as the hosts see it: its spec and its guarded entry points.
#[derive(Clone)]
pub struct Function {
    spec: Rc<FunctionSpec>,
    serve: Serve,
    scheduled: Option<Scheduled>,
    load_guard: ConfigCheck,
    config_check: Option<ConfigCheck>,
}

impl std::fmt::Debug for Function {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Function")
            .field("spec", &self.spec)
            .field("scheduled", &self.scheduled.is_some())
            .finish()
    }
}

impl Function {
    /// Binds a handler to guard `G`. The handler can only be called with a `Verified<G>`.
    pub fn new<G, H, Fut>(spec: FunctionSpec, handler: H) -> Function
    where
        G: Guard,
        H: Fn(Verified<G>, Ctx) -> Fut + 'static,
        Fut: Future<Output = crate::Result<Response>> + 'static,
    {
        let mut spec = spec;
        spec.public_reason = G::PUBLIC_REASON;
        let spec = Rc::new(spec);
        let handler = Rc::new(handler);
        let s = spec.clone();
        let serve: Serve = Rc::new(move |req, cx| {
            let spec = s.clone();
            let handler = handler.clone();
            Box::pin(async move { pipeline::<G, H, Fut>(&spec, handler.as_ref(), req, cx).await })
        });
        Function {
            spec,
            serve,
            scheduled: None,
            load_guard: |env, _now| G::load(env).map(|_| ()),
            config_check: None,
        }
    }

    /// Adds a start-up configuration check (beyond the guard's own secrets).
    pub fn with_config_check(mut self, check: ConfigCheck) -> Self {
        self.config_check = Some(check);
        self
    }

    /// Checks the configuration as a host does at start-up: the guard's secrets, then the
    /// function's own check. A host refuses to serve a function that fails it.
    pub fn check_config(
        &self,
        env: &dyn crate::env::Env,
        now: crate::clock::UnixTime,
    ) -> Result<(), ConfigError> {
        (self.load_guard)(env, now)?;
        match self.config_check {
            Some(check) => check(env, now),
            None => Ok(()),
        }
    }

    /// A cron function: the HTTP route guarded by [`CronSecret`], plus a platform-scheduled entry
    /// (Workers `scheduled`) that runs the same handler with [`CronTrigger::Platform`].
    pub fn new_cron<H, Fut>(spec: FunctionSpec, handler: H) -> Function
    where
        H: Fn(Verified<CronSecret>, Ctx) -> Fut + 'static,
        Fut: Future<Output = crate::Result<Response>> + 'static,
    {
        let handler = Rc::new(handler);
        let h2 = handler.clone();
        let mut f = Function::new::<CronSecret, _, _>(spec, move |v, cx| h2(v, cx));
        let route = f.spec.route;
        let scheduled: Scheduled = Rc::new(move |cron, cx| {
            let handler = handler.clone();
            Box::pin(async move {
                let no_headers: [(&str, &str); 0] = [];
                let req = crate::http::assemble_request("POST", route, no_headers, Bytes::new())
                    .unwrap_or_default();
                let proof = Verified::<CronSecret>::new(CronTrigger::Platform { cron }, req);
                cx.log()
                    .auth_attempt(CronSecret::NAME, true, Some("platform_scheduled"));
                match handler(proof, cx.clone()).await {
                    Ok(r) => r,
                    Err(e) => error_response(&cx, e),
                }
            })
        });
        f.scheduled = Some(scheduled);
        f
    }

    /// The declared spec.
    pub fn spec(&self) -> &FunctionSpec {
        &self.spec
    }

    /// Serves one HTTP request through the whole pipeline.
    pub async fn serve(&self, req: Request, cx: Ctx) -> Response {
        (self.serve)(req, cx).await
    }

    /// Whether the function has a platform-scheduled entry.
    pub fn is_scheduled(&self) -> bool {
        self.scheduled.is_some()
    }

    /// Runs the platform-scheduled entry (Workers `scheduled`). `None` for non-cron functions.
    pub async fn run_scheduled(&self, cron: String, cx: Ctx) -> Option<Response> {
        match &self.scheduled {
            Some(s) => Some(s(cron, cx).await),
            None => None,
        }
    }
}

/// The answer for a handler error, logged with its code.
fn error_response(cx: &Ctx, e: Error) -> Response {
    let status = e.status();
    if status.is_server_error() {
        cx.log().emit(
            crate::log::Level::Error,
            "app",
            &[
                ("event", "handler_error".into()),
                ("error", e.to_string().into()),
                ("reason", e.code().into()),
            ],
        );
    }
    e.into_response()
}

async fn pipeline<G, H, Fut>(spec: &FunctionSpec, handler: &H, req: Request, cx: Ctx) -> Response
where
    G: Guard,
    H: Fn(Verified<G>, Ctx) -> Fut,
    Fut: Future<Output = crate::Result<Response>>,
{
    let started = cx.now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let cors = Cors::from_env(cx.env());
    let mut resp = match &cors {
        Err(e) => config_error(&cx, e),
        Ok(cors) => answer::<G, H, Fut>(spec, handler, req, &cx, cors).await,
    };
    if let Ok(cors) = &cors {
        cors.apply(origin.as_deref(), &mut resp);
    }
    apply_security_headers(&mut resp);
    let elapsed = cx.now().as_millis().saturating_sub(started.as_millis());
    cx.log()
        .request(method.as_str(), &path, resp.status().as_u16(), elapsed);
    resp
}

fn config_error(cx: &Ctx, e: &ConfigError) -> Response {
    cx.log().emit(
        crate::log::Level::Error,
        "config",
        &[("error", e.to_string().into()), ("reason", e.code().into())],
    );
    Problem::status(StatusCode::INTERNAL_SERVER_ERROR).into_response()
}

async fn answer<G, H, Fut>(
    spec: &FunctionSpec,
    handler: &H,
    req: Request,
    cx: &Ctx,
    cors: &Cors,
) -> Response
where
    G: Guard,
    H: Fn(Verified<G>, Ctx) -> Fut,
    Fut: Future<Output = crate::Result<Response>>,
{
    if !spec.matches_path(req.uri().path()) {
        return Problem::status(StatusCode::NOT_FOUND).into_response();
    }
    if let Some(pre) = cors.preflight(req.method(), req.headers(), &spec.methods) {
        return pre;
    }
    if !spec.methods.contains(req.method()) {
        let mut r = Problem::status(StatusCode::METHOD_NOT_ALLOWED).into_response();
        let allow = spec
            .methods
            .iter()
            .map(Method::as_str)
            .collect::<Vec<_>>()
            .join(", ");
        if let Ok(v) = HeaderValue::from_str(&allow) {
            r.headers_mut().insert(header::ALLOW, v);
        }
        return r;
    }
    if req.body().len() > spec.max_body {
        cx.log()
            .auth_attempt(G::NAME, false, Some("body_too_large"));
        return Problem::status(StatusCode::PAYLOAD_TOO_LARGE).into_response();
    }
    let guard = match G::load(cx.env()) {
        Ok(g) => g,
        Err(e) => return config_error(cx, &e),
    };
    let identity = match guard.check(&req, cx).await {
        Ok(id) => id,
        Err(rej) => {
            cx.log().auth_attempt(rej.guard, false, Some(rej.reason));
            let mut r = Problem::status(rej.status).into_response();
            if let Some(ch) = rej.challenge {
                r.headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(ch));
            }
            return r;
        }
    };
    if G::NAME != "public" {
        cx.log().auth_attempt(G::NAME, true, None);
    }
    match handler(Verified::new(identity, req), cx.clone()).await {
        Ok(r) => r,
        Err(e) => error_response(cx, e),
    }
}

/// Compile-time string equality (used by `export!` to check the guard against the metadata).
pub const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Small response builders for handlers.
pub mod reply {
    use super::*;

    /// A JSON response.
    pub fn json(status: StatusCode, value: &serde_json::Value) -> Response {
        // `to_vec` (cannot fail for a `Value`), not `to_string`: no `Display` io adapter.
        let mut r = Response::new(Bytes::from(serde_json::to_vec(value).unwrap_or_default()));
        *r.status_mut() = status;
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        r
    }

    /// A plain-text response.
    pub fn text(status: StatusCode, body: impl Into<String>) -> Response {
        let mut r = Response::new(Bytes::from(body.into()));
        *r.status_mut() = status;
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        r
    }
}

/// Exposes a handler behind its guard, for every target this crate is built for.
///
/// `export!(Guard, handle)` defines `pub fn portcullis_function() -> Function` (the native host
/// registers it), and with the `workers` / `spin` cargo feature also the runtime's entry point.
/// `export!(Guard, handle, scheduled)` does the same for a cron function and adds the Workers
/// `scheduled` entry; it only compiles when `Guard` is [`CronSecret`].
#[macro_export]
macro_rules! export {
    ($guard:ty, $handler:path) => {
        /// This function as the hosts see it (spec + guarded handler).
        pub fn portcullis_function() -> $crate::function::Function {
            $crate::function::Function::new::<$guard, _, _>($crate::__spec!(), $handler)
        }
        $crate::__export_common!($guard);
    };
    ($guard:ty, $handler:path, config = $check:path) => {
        /// This function as the hosts see it (spec + guarded handler + configuration check).
        pub fn portcullis_function() -> $crate::function::Function {
            $crate::function::Function::new::<$guard, _, _>($crate::__spec!(), $handler)
                .with_config_check($check)
        }
        $crate::__export_common!($guard);
    };
    ($guard:ty, $handler:path, scheduled) => {
        /// This cron function as the hosts see it (spec + guarded handler + scheduled entry).
        pub fn portcullis_function() -> $crate::function::Function {
            let _: fn() -> ::core::marker::PhantomData<$guard> =
                || ::core::marker::PhantomData::<$crate::guard::CronSecret>;
            $crate::function::Function::new_cron($crate::__spec!(), $handler)
        }
        $crate::__export_common!($guard, scheduled);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __spec {
    () => {
        $crate::function::FunctionSpec::from_build_env(
            env!("CARGO_PKG_NAME"),
            env!("PORTCULLIS_ROUTE"),
            env!("PORTCULLIS_METHODS"),
            env!("PORTCULLIS_GUARD"),
            env!("PORTCULLIS_MAX_BODY"),
            env!("PORTCULLIS_CRON"),
        )
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __export_common {
    // `scheduled`: a cron function, which also gets the Workers `scheduled` entry. Other
    // functions export `fetch` only, so the platform has no second way into them.
    ($guard:ty $(, $scheduled:ident)?) => {
        const _: () = ::core::assert!(
            $crate::function::const_str_eq(
                <$guard as $crate::guard::Guard>::NAME,
                env!("PORTCULLIS_GUARD")
            ),
            "the guard type does not match `guard` in [package.metadata.portcullis]"
        );
        #[cfg(all(feature = "workers", target_arch = "wasm32"))]
        ::portcullis_workers::entry!(portcullis_function $(, $scheduled)?);
        #[cfg(all(feature = "spin", target_arch = "wasm32"))]
        ::portcullis_spin::entry!(portcullis_function);
    };
}
