//! `spin-test-host`: a small Spin-compatible HTTP host for Portcullis' end-to-end tests and
//! `portcullis dev --runtime spin`, built on wasmtime 48. See README.md for what it provides
//! and how it differs from real Spin.

mod host;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http::{HeaderName, HeaderValue, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use wasmtime::{format_err, Engine, Result};
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::p2::body::HyperOutgoingBody;
use wasmtime_wasi_http::WasiHttpView;

use spin_test_host::cli::{parse_args, Args, USAGE};
use spin_test_host::kv::{KvStores, RuntimeConfig};
use spin_test_host::manifest::{self, App};
use spin_test_host::router;

use crate::host::ComponentRuntime;

struct Server {
    engine: Engine,
    app: App,
    components: Vec<Arc<ComponentRuntime>>,
    kv: KvStores,
    local_addr: SocketAddr,
}

fn main() {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return;
        }
        Err(e) => {
            eprintln!("Error: {e:#}");
            std::process::exit(2);
        }
    };
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("Error: failed to start the tokio runtime: {e}");
            std::process::exit(1);
        }
    };
    let result = rt.block_on(run(args));
    // Do not wait for in-flight requests or blocking-pool threads on SIGINT/SIGTERM.
    rt.shutdown_background();
    if let Err(e) = result {
        eprintln!("Error: {e:#}");
        std::process::exit(1);
    }
}

async fn run(args: Args) -> Result<()> {
    let app = manifest::load(&args.manifest, &|k| std::env::var(k).ok())?;
    let runtime_config = match &args.runtime_config {
        Some(p) => RuntimeConfig::load(p)?,
        None => RuntimeConfig::default(),
    };
    let kv = KvStores::from_config(&runtime_config)?;
    let engine = host::engine()?;
    let components = {
        let (engine, kv) = (engine.clone(), kv.clone());
        // Compiling is CPU-bound: keep it off the async workers.
        tokio::task::spawn_blocking(move || host::prepare(&engine, &app, &kv).map(|c| (app, c)))
            .await
            .map_err(|e| format_err!("compile task failed: {e}"))??
    };
    let (app, components) = components;

    let listener = TcpListener::bind(&args.listen)
        .await
        .map_err(|e| format_err!("failed to listen on {}: {e}", args.listen))?;
    let local_addr = listener.local_addr()?;
    for (label, backend) in kv.describe() {
        eprintln!("spin-test-host: key-value store {label:?}: {backend}");
    }
    eprintln!("spin-test-host: app {:?}, routes:", app.name);
    for (route, idx) in &app.routes {
        eprintln!(
            "  {}: http://{local_addr}{}",
            components[*idx].id,
            route.raw()
        );
    }
    let server = Arc::new(Server {
        engine,
        app,
        components,
        kv,
        local_addr,
    });
    println!("spin-test-host listening on http://{local_addr}");

    let mut sigterm = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, client) = match accepted {
                    Ok(x) => x,
                    Err(e) => {
                        eprintln!("spin-test-host: accept failed: {e}");
                        continue;
                    }
                };
                let server = server.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| {
                        let server = server.clone();
                        async move { Ok::<_, Infallible>(server.handle(req, client).await) }
                    });
                    if let Err(e) = http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(TokioIo::new(stream), service)
                        .await
                    {
                        eprintln!("spin-test-host: error serving {client}: {e}");
                    }
                });
            }
            _ = tokio::signal::ctrl_c() => {
                eprintln!("spin-test-host: SIGINT, shutting down");
                return Ok(());
            }
            _ = sigterm.recv() => {
                eprintln!("spin-test-host: SIGTERM, shutting down");
                return Ok(());
            }
        }
    }
}

fn simple_response(status: StatusCode, body: &'static str) -> hyper::Response<HyperOutgoingBody> {
    let mut resp = hyper::Response::new(
        Full::new(Bytes::from_static(body.as_bytes()))
            .map_err(|never| match never {})
            .boxed_unsync(),
    );
    *resp.status_mut() = status;
    if !body.is_empty() {
        resp.headers_mut().insert(
            http::header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
    }
    resp
}

const SPIN_HEADERS: [&str; 7] = [
    "spin-full-url",
    "spin-path-info",
    "spin-matched-route",
    "spin-raw-component-route",
    "spin-component-route",
    "spin-base-path",
    "spin-client-addr",
];

impl Server {
    async fn handle(
        self: Arc<Self>,
        mut req: hyper::Request<Incoming>,
        client: SocketAddr,
    ) -> hyper::Response<HyperOutgoingBody> {
        let path = req.uri().path().to_string();
        let Some(m) = router::route(&self.app.routes, &path) else {
            return simple_response(StatusCode::NOT_FOUND, "");
        };
        let component = self.components[m.component].clone();

        // Request URI as Spin passes it: origin-form path+query, authority from Host.
        let path_and_query = req
            .uri()
            .path_and_query()
            .map(|pq| pq.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        let host = match req.headers().get(http::header::HOST) {
            Some(h) => h.clone(),
            None => {
                let h = HeaderValue::from_str(&self.local_addr.to_string())
                    .expect("socket address is a valid header value");
                req.headers_mut().insert(http::header::HOST, h.clone());
                h
            }
        };
        match http::Uri::builder()
            .path_and_query(path_and_query.as_str())
            .build()
        {
            Ok(uri) => *req.uri_mut() = uri,
            Err(_) => return simple_response(StatusCode::BAD_REQUEST, "bad request URI\n"),
        }
        let full_url = format!(
            "http://{}{path_and_query}",
            host.to_str().unwrap_or_default()
        );
        let headers = req.headers_mut();
        for name in SPIN_HEADERS {
            headers.remove(name);
        }
        let values = [
            full_url,
            m.path_info.clone(),
            m.raw_route.to_string(),
            m.raw_route.to_string(),
            m.base_route.clone(),
            "/".to_string(),
            client.to_string(),
        ];
        for (name, value) in SPIN_HEADERS.iter().zip(values) {
            if let Ok(v) = HeaderValue::from_str(&value) {
                headers.insert(HeaderName::from_static(name), v);
            }
        }

        let mut store = host::new_store(&self.engine, component.clone(), self.kv.clone());
        let (sender, receiver) = tokio::sync::oneshot::channel();
        let prepared = store
            .data_mut()
            .http()
            .new_incoming_request(Scheme::Http, req)
            .and_then(|r| Ok((r, store.data_mut().http().new_response_outparam(sender)?)));
        let (req_res, out) = match prepared {
            Ok(x) => x,
            Err(e) => {
                eprintln!(
                    "spin-test-host: [{}] failed to prepare request: {e:#}",
                    component.id
                );
                return simple_response(StatusCode::INTERNAL_SERVER_ERROR, "");
            }
        };
        let id = component.id.clone();
        // Run the guest in its own task so it can keep streaming the body after the
        // response head was sent. The task logs its own failure.
        let task = tokio::spawn(async move {
            let result = async {
                let proxy = component.pre.instantiate_async(&mut store).await?;
                proxy
                    .wasi_http_incoming_handler()
                    .call_handle(&mut store, req_res, out)
                    .await
            }
            .await;
            if let Err(e) = &result {
                eprintln!("spin-test-host: [{id}] component error (trap): {e:?}");
            }
            result.is_ok()
        });

        match receiver.await {
            Ok(Ok(resp)) => resp,
            Ok(Err(code)) => {
                eprintln!(
                    "spin-test-host: [{}] component responded with an error: {code:?}",
                    self.components[m.component].id
                );
                simple_response(StatusCode::INTERNAL_SERVER_ERROR, "")
            }
            Err(_) => {
                // The response outparam was dropped without being set.
                let ok = task.await.unwrap_or(false);
                if ok {
                    eprintln!(
                        "spin-test-host: [{}] component returned without setting a response",
                        self.components[m.component].id
                    );
                }
                simple_response(StatusCode::INTERNAL_SERVER_ERROR, "")
            }
        }
    }
}
