//! The native host: every function in one process, on embedded in-memory stores.
//!
//! Routing is by each function's declared route; every request goes through the same core
//! pipeline the WASM builds run. Each function gets its own in-memory store, as each gets its
//! own bindings when deployed. Bodies are read under the function's declared limit:
//! `Content-Length` over the limit is refused before reading, and a streamed body is cut at the
//! limit.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use bytes::Bytes;
use http::StatusCode;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use portcullis::clock::{Clock, UnixTime};
use portcullis::env::MapEnv;
use portcullis::hardening::apply_security_headers;
use portcullis::log::{LogSink, StdoutSink};
use portcullis::outbound::{Outbound, OutboundError};
use portcullis::random::Random;
use portcullis::store::memory::MemoryKv;
use portcullis::{Ctx, CtxParts, Function, Problem, Request, Response};
use tokio::net::TcpListener;

/// The OS clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> UnixTime {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as u64)
            .unwrap_or(0);
        UnixTime::from_millis(ms)
    }
}

/// The OS CSPRNG.
#[derive(Debug, Clone, Copy, Default)]
pub struct OsRandom;

impl Random for OsRandom {
    fn fill(&self, buf: &mut [u8]) {
        if getrandom::fill(buf).is_err() {
            // No entropy means no safe ids or keys: stop rather than continue weakly.
            panic!("the OS random source failed");
        }
    }
}

/// Outbound HTTP for the native host (plain `http://`: loopback fakes and local services).
#[derive(Debug, Clone, Default)]
pub struct NativeOutbound;

#[async_trait(?Send)]
impl Outbound for NativeOutbound {
    async fn send(&self, req: Request) -> Result<Response, OutboundError> {
        if req.uri().scheme_str() != Some("http") {
            return Err(OutboundError::Failed(
                "the native host's outbound client speaks plain http:// only".into(),
            ));
        }
        let client =
            hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                .build_http::<Full<Bytes>>();
        let (parts, body) = req.into_parts();
        let req = http::Request::from_parts(parts, Full::new(body));
        let resp = tokio::time::timeout(std::time::Duration::from_secs(30), client.request(req))
            .await
            .map_err(|_| OutboundError::Failed("timed out after 30 s".into()))?
            .map_err(|e| OutboundError::Failed(e.to_string()))?;
        let (parts, body) = resp.into_parts();
        let bytes = Limited::new(body, portcullis::outbound::RESPONSE_BODY_LIMIT)
            .collect()
            .await
            .map_err(|e| {
                if e.is::<http_body_util::LengthLimitError>() {
                    OutboundError::ResponseTooLarge
                } else {
                    OutboundError::Failed(e.to_string())
                }
            })?
            .to_bytes();
        Ok(http::Response::from_parts(parts, bytes))
    }
}

/// A function with its own store.
struct Mounted {
    function: Function,
    kv: Rc<MemoryKv>,
}

/// The host: functions, shared environment and sinks.
pub struct Host {
    mounted: Vec<Mounted>,
    env: Rc<MapEnv>,
    clock: Rc<dyn Clock>,
    log: Rc<dyn LogSink>,
    outbound: Rc<dyn Outbound>,
}

impl std::fmt::Debug for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Host")
            .field("functions", &self.mounted.len())
            .finish()
    }
}

impl Host {
    /// A host for `functions` with `env`, logging to stdout.
    pub fn new(functions: Vec<Function>, env: MapEnv) -> Host {
        Host::with_parts(functions, env, Rc::new(SystemClock), Rc::new(StdoutSink))
    }

    /// A host with an explicit clock and log sink (tests).
    pub fn with_parts(
        functions: Vec<Function>,
        env: MapEnv,
        clock: Rc<dyn Clock>,
        log: Rc<dyn LogSink>,
    ) -> Host {
        let mounted = functions
            .into_iter()
            .map(|function| Mounted {
                function,
                kv: Rc::new(MemoryKv::new(clock.clone())),
            })
            .collect();
        Host {
            mounted,
            env: Rc::new(env),
            clock,
            log,
            outbound: Rc::new(NativeOutbound),
        }
    }

    /// The functions served.
    pub fn functions(&self) -> impl Iterator<Item = &Function> {
        self.mounted.iter().map(|m| &m.function)
    }

    /// The store of function `name` (tests inspect it; `set_failing` kills it).
    pub fn store_of(&self, name: &str) -> Option<Rc<MemoryKv>> {
        self.mounted
            .iter()
            .find(|m| m.function.spec().name == name)
            .map(|m| m.kv.clone())
    }

    /// Checks every function's configuration, as at start-up. Returns the failures.
    pub fn config_problems(&self) -> Vec<(String, String)> {
        let now = self.clock.now();
        self.mounted
            .iter()
            .filter_map(|m| {
                m.function
                    .check_config(self.env.as_ref(), now)
                    .err()
                    .map(|e| (m.function.spec().name.to_string(), e.to_string()))
            })
            .collect()
    }

    fn ctx_for(&self, m: &Mounted) -> Ctx {
        Ctx::new(
            CtxParts {
                env: self.env.clone(),
                clock: self.clock.clone(),
                random: Rc::new(OsRandom),
                kv: m.kv.clone(),
                cache: m.kv.clone(),
                outbound: self.outbound.clone(),
                jws: None,
                log: self.log.clone(),
            },
            m.function.spec().name,
        )
    }

    fn route(&self, path: &str) -> Option<&Mounted> {
        self.mounted
            .iter()
            .find(|m| m.function.spec().matches_path(path))
    }

    /// Serves one already-read request (tests call this directly).
    pub async fn handle(&self, req: Request) -> Response {
        match self.route(req.uri().path()) {
            Some(m) => m.function.serve(req, self.ctx_for(m)).await,
            None => not_found(),
        }
    }

    /// Runs a function's platform-scheduled entry, as the Workers cron trigger would.
    pub async fn run_scheduled(&self, name: &str, cron: &str) -> Option<Response> {
        let m = self
            .mounted
            .iter()
            .find(|m| m.function.spec().name == name)?;
        m.function
            .run_scheduled(cron.to_string(), self.ctx_for(m))
            .await
    }

    async fn handle_incoming(&self, req: http::Request<Incoming>) -> Response {
        let Some(m) = self.route(req.uri().path()) else {
            return not_found();
        };
        let limit = m.function.spec().max_body;
        let declared = req
            .headers()
            .get(http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit as u64) {
            return too_large();
        }
        let (parts, body) = req.into_parts();
        let bytes = match Limited::new(body, limit).collect().await {
            Ok(b) => b.to_bytes(),
            Err(_) => return too_large(),
        };
        m.function
            .serve(http::Request::from_parts(parts, bytes), self.ctx_for(m))
            .await
    }

    /// Serves HTTP on `listener` until the task is dropped.
    pub async fn serve(self: Rc<Self>, listener: TcpListener) -> std::io::Result<()> {
        loop {
            let (stream, _) = listener.accept().await?;
            let host = self.clone();
            tokio::task::spawn_local(async move {
                let svc = service_fn(move |req| {
                    let host = host.clone();
                    async move {
                        let resp = host.handle_incoming(req).await;
                        Ok::<_, Infallible>(resp.map(Full::new))
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    }
}

fn not_found() -> Response {
    let mut r = Problem::status(StatusCode::NOT_FOUND).into_response();
    apply_security_headers(&mut r);
    r
}

fn too_large() -> Response {
    let mut r = Problem::status(StatusCode::PAYLOAD_TOO_LARGE).into_response();
    apply_security_headers(&mut r);
    r
}

/// Binds `addr` (loopback) and returns the listener with its actual address (port 0 = any).
pub async fn bind(addr: SocketAddr) -> std::io::Result<(TcpListener, SocketAddr)> {
    let l = TcpListener::bind(addr).await?;
    let a = l.local_addr()?;
    Ok((l, a))
}

/// The route table, as printed at start and by the audit.
pub fn route_table<'a>(functions: impl Iterator<Item = &'a Function>) -> String {
    let mut rows = vec![[
        "FUNCTION".to_string(),
        "METHODS".to_string(),
        "ROUTE".to_string(),
        "GUARD".to_string(),
    ]];
    for f in functions {
        let s = f.spec();
        let methods = s
            .methods
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let mut guard = s.guard.to_string();
        if let Some(c) = s.cron {
            guard.push_str(&format!(" (+ platform cron \"{c}\")"));
        }
        rows.push([s.name.to_string(), methods, s.route.to_string(), guard]);
    }
    crate::table::render(&rows)
}
