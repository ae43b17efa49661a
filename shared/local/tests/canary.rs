//! The log canary over the test traffic: provider vectors replayed with their secrets
//! configured, planted PII in requests, and a deliberate leak the canary must catch.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::rc::Rc;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use bytes::Bytes;
use portcullis::clock::{FixedClock, UnixTime};
use portcullis::env::MapEnv;
use portcullis::log::{CaptureSink, LogSink, Logger};
use portcullis_local::canary::{Canary, Leak, PLANTED_PII};
use portcullis_local::native::Host;
use portcullis_local::registry;
use serde_json::{json, Value};

fn dev_env() -> MapEnv {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../.dev.vars.example"
    ))
    .unwrap();
    portcullis_local::dotvars::parse(&text)
}

fn canary() -> Canary {
    Canary::new()
        .with_env(&dev_env())
        .with_vectors(&portcullis_local::testkit::vectors_dir())
        .with_planted_pii()
}

fn run<F: std::future::Future>(f: F) -> F::Output {
    futures::executor::block_on(f)
}

/// Builds the request of a webhook vector case for `route`; `None` for header values `http`
/// cannot carry (the guard tests cover those through `RawRequest`).
fn request_of(case: &Value, route: &str) -> Option<portcullis::Request> {
    let r = &case["request"];
    let query = r["query"].as_str().unwrap_or("");
    let uri = if query.is_empty() {
        route.to_string()
    } else {
        format!("{route}?{query}")
    };
    let body = match r["body_b64"].as_str() {
        Some(b) => STANDARD.decode(b).ok()?,
        None => r["body_text"].as_str().unwrap_or("").as_bytes().to_vec(),
    };
    let mut b = http::Request::builder()
        .method(r["method"].as_str().unwrap_or("POST"))
        .uri(uri);
    for (k, v) in r["headers"].as_object()? {
        let v = http::HeaderValue::from_bytes(v.as_str()?.as_bytes()).ok()?;
        b = b.header(k.as_str(), v);
    }
    b.body(Bytes::from(body)).ok()
}

#[test]
fn vector_secrets_configured_and_replayed_never_reach_the_logs() {
    let text =
        std::fs::read_to_string(portcullis_local::testkit::vectors_dir().join("webhooks.json"))
            .unwrap();
    let file: Value = serde_json::from_str(&text).unwrap();
    let mut all_lines = Vec::new();
    let mut replayed = 0;
    for case in file["cases"].as_array().unwrap() {
        let (var, route) = match case["provider"].as_str().unwrap_or("") {
            "meta" => ("META_APP_SECRET", "/webhooks/meta"),
            "meta-handshake" => ("META_VERIFY_TOKEN", "/webhooks/meta"),
            "mercadopago" => ("MERCADOPAGO_WEBHOOK_SECRET", "/webhooks/mercadopago"),
            "paddle" => ("PADDLE_WEBHOOK_SECRET", "/webhooks/paddle"),
            "standard-webhooks" => ("STANDARD_WEBHOOK_SECRET", "/webhooks/standard"),
            "cron" => ("CRON_SECRET", "/cron/purge"),
            _ => continue,
        };
        let secrets: Vec<&str> = case["secrets"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let mut env = dev_env();
        env.set(var, secrets.join(" "));
        let now = case["now"].as_u64().unwrap_or(1_750_000_000);
        let sink = Rc::new(CaptureSink::default());
        let host = Host::with_parts(
            registry::functions(),
            env,
            Rc::new(FixedClock::at(UnixTime::from_secs(now))),
            sink.clone(),
        );
        let Some(req) = request_of(case, route) else {
            continue;
        };
        run(host.handle(req));
        replayed += 1;
        all_lines.extend(sink.lines());
    }
    assert!(replayed >= 60, "replayed {replayed} vector cases");
    assert!(all_lines.len() >= 2 * replayed, "every replay logged");
    assert_eq!(canary().check(&all_lines), Ok(()));
}

#[test]
fn planted_pii_in_requests_never_reaches_the_logs() {
    let env = dev_env();
    let sink = Rc::new(CaptureSink::default());
    let clock = Rc::new(FixedClock::at(UnixTime::from_secs(1_764_000_000)));
    let host = Host::with_parts(
        registry::functions(),
        env.clone(),
        clock.clone(),
        sink.clone(),
    );
    let text = PLANTED_PII.join(" / ");
    let body = json!({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
        "contacts":[{"profile":{"name":"Ana"},"wa_id": PLANTED_PII[2]}],
        "messages":[{"from": PLANTED_PII[2], "id":"wamid.CANARY","timestamp":"1764000000","type":"text","text":{"body": text}}]}}]}]});
    let opts = portcullis_local::send::SendOptions {
        provider: "meta".into(),
        url: "http://127.0.0.1/webhooks/meta".into(),
        body: Some(body.to_string().into_bytes()),
        tamper: false,
        method: None,
    };
    let req = portcullis_local::send::build(
        &opts,
        &env,
        UnixTime::from_secs(1_764_000_000),
        &portcullis_local::native::OsRandom,
    )
    .unwrap();
    let resp = run(host.handle(req));
    assert_eq!(resp.status(), 200);
    // The same PII in a path and a header (which the request log line does include: the path).
    let req = http::Request::get(format!("/nope/{}", PLANTED_PII[0]))
        .header("x-note", PLANTED_PII[3])
        .body(Bytes::new())
        .unwrap();
    run(host.handle(req));
    let lines = sink.lines();
    assert!(lines.len() >= 3);
    assert_eq!(canary().check(&lines), Ok(()));
}

#[test]
fn the_canary_catches_a_secret_logged_on_purpose() {
    let env = dev_env();
    let sink = Rc::new(CaptureSink::default());
    let clock = Rc::new(FixedClock::at(UnixTime::from_secs(1_764_000_000)));
    let log = Logger::new(sink.clone(), clock, "canary", "r1".into(), &env);
    let secret = portcullis::env::Env::get(&env, "PADDLE_WEBHOOK_SECRET").unwrap();
    // Through the logger: redacted, so the canary passes.
    log.app("debug", &[("value", secret.as_str().into())]);
    assert_eq!(canary().check(&sink.lines()), Ok(()));
    // Around the logger (a stray println!, a panic message): the canary fails, naming the kind.
    sink.write_line(&format!("debug secret={secret}"));
    assert_eq!(
        canary().check(&sink.lines()),
        Err(Leak {
            kind: "configured_secret",
            line: 1
        })
    );
    let mut lines = sink.lines();
    lines.push(format!("contact {}", PLANTED_PII[0]));
    lines.remove(1);
    assert_eq!(
        canary().check(&lines),
        Err(Leak {
            kind: "planted_pii",
            line: 1
        })
    );
}
