//! Test component for spin-test-host. Behaviour is chosen by the query string:
//!
//! - `?var=NAME`      read component variable NAME: 200 `NAME=value`, or 500 `variable error: <Debug>`
//! - `?count=STORE`   open key-value store STORE, increment key `counter`: 200 `count=N`,
//!   or 500 `kv error: <Debug>`
//! - `?fetch=URL`     outbound GET: 200 `fetched <status>`, or 502 `fetch error: <Debug>`
//! - `?trap=1`        panic (traps the instance)
//! - otherwise        echo: `<METHOD> <path-with-query>\nroute=<spin-matched-route>
//!   path-info=<spin-path-info>\n<body>`
//!
//! Every request also prints one line to stdout and one to stderr so tests can check that
//! component output reaches the host's stdio.

use spin_sdk::http::{IntoResponse, Method, Request, Response};
use spin_sdk::http_component;
use spin_sdk::key_value::Store;
use spin_sdk::variables;

fn query_param(req: &Request, name: &str) -> Option<String> {
    req.query().split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (k == name).then(|| v.to_string())
    })
}

fn text(status: u16, body: String) -> Response {
    Response::builder()
        .status(status)
        .header("content-type", "text/plain")
        .body(body)
        .build()
}

#[http_component]
async fn handle(req: Request) -> anyhow::Result<impl IntoResponse> {
    let path = req.path_and_query().unwrap_or("/").to_string();
    println!("test-component stdout: {} {path}", method_str(req.method()));
    eprintln!("test-component stderr: {} {path}", method_str(req.method()));

    if let Some(name) = query_param(&req, "var") {
        return Ok(match variables::get(&name) {
            Ok(v) => text(200, format!("{name}={v}")),
            Err(e) => text(500, format!("variable error: {e:?}")),
        });
    }
    if let Some(label) = query_param(&req, "count") {
        let store = match Store::open(&label) {
            Ok(s) => s,
            Err(e) => return Ok(text(500, format!("kv error: {e:?}"))),
        };
        let current = match store.get("counter")? {
            Some(bytes) => String::from_utf8(bytes)?.parse::<u64>()?,
            None => 0,
        };
        let next = current + 1;
        store.set("counter", next.to_string().as_bytes())?;
        anyhow::ensure!(store.exists("counter")?, "counter missing after set");
        return Ok(text(200, format!("count={next}")));
    }
    if let Some(url) = query_param(&req, "fetch") {
        let out = Request::get(url).build();
        return Ok(match spin_sdk::http::send::<_, Response>(out).await {
            Ok(resp) => text(200, format!("fetched {}", resp.status())),
            Err(e) => text(502, format!("fetch error: {e:?}")),
        });
    }
    if query_param(&req, "trap").is_some() {
        panic!("test-component: trap requested");
    }

    let header = |name: &str| {
        req.header(name)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let body = String::from_utf8_lossy(req.body()).into_owned();
    Ok(text(
        200,
        format!(
            "{} {path}\nroute={} path-info={}\n{body}",
            method_str(req.method()),
            header("spin-matched-route"),
            header("spin-path-info"),
        ),
    ))
}

fn method_str(m: &Method) -> &str {
    match m {
        Method::Get => "GET",
        Method::Post => "POST",
        Method::Put => "PUT",
        Method::Delete => "DELETE",
        Method::Patch => "PATCH",
        Method::Head => "HEAD",
        Method::Options => "OPTIONS",
        Method::Connect => "CONNECT",
        Method::Trace => "TRACE",
        Method::Other(o) => o,
    }
}
