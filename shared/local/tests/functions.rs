//! Each function's behaviour through the native host, in process: signed, tampered, missing,
//! expired and replayed requests, the Meta handshake, cron over HTTP and from the platform
//! scheduler, CORS, security headers, and fail-closed configuration and stores.
//! Time is a fixed clock; log lines are captured and checked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::rc::Rc;

use bytes::Bytes;
use http::{Method, StatusCode};
use portcullis::clock::{FixedClock, UnixTime};
use portcullis::env::MapEnv;
use portcullis::log::CaptureSink;
use portcullis::random::Random;
use portcullis::{Request, Response};
use portcullis_local::native::Host;
use portcullis_local::registry;
use portcullis_local::send::{build, SendOptions};
use serde_json::Value;

const NOW_S: u64 = 1_764_000_000;

struct Fixed;
impl Random for Fixed {
    fn fill(&self, buf: &mut [u8]) {
        for (i, b) in buf.iter_mut().enumerate() {
            *b = (i as u8).wrapping_mul(31).wrapping_add(7);
        }
    }
}

fn dev_env() -> MapEnv {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../.dev.vars.example"
    ))
    .expect(".dev.vars.example");
    portcullis_local::dotvars::parse(&text)
}

struct World {
    host: Host,
    clock: Rc<FixedClock>,
    logs: Rc<CaptureSink>,
    env: MapEnv,
}

fn world_with(env: MapEnv) -> World {
    let clock = Rc::new(FixedClock::at(UnixTime::from_secs(NOW_S)));
    let logs = Rc::new(CaptureSink::default());
    let host = Host::with_parts(
        registry::functions(),
        env.clone(),
        clock.clone(),
        logs.clone(),
    );
    World {
        host,
        clock,
        logs,
        env,
    }
}

fn world() -> World {
    world_with(dev_env())
}

impl World {
    fn signed(&self, provider: &str, path: &str, tamper: bool) -> Request {
        self.signed_body(provider, path, None, tamper)
    }

    fn signed_body(&self, provider: &str, path: &str, body: Option<&str>, tamper: bool) -> Request {
        let opts = SendOptions {
            provider: provider.into(),
            url: format!("http://127.0.0.1:8787{path}"),
            body: body.map(|b| b.as_bytes().to_vec()),
            tamper,
            method: None,
        };
        build(&opts, &self.env, self.clock.now_(), &Fixed).expect("request builds")
    }

    async fn call(&self, req: Request) -> Response {
        self.host.handle(req).await
    }

    fn log_lines(&self) -> Vec<Value> {
        self.logs
            .lines()
            .iter()
            .map(|l| serde_json::from_str(l).expect("log line is JSON"))
            .collect()
    }

    fn last_auth_reason(&self) -> Option<String> {
        self.log_lines()
            .iter()
            .rev()
            .find(|l| l["kind"] == "auth_attempt")
            .and_then(|l| l["reason"].as_str().map(String::from))
    }
}

trait NowExt {
    fn now_(&self) -> UnixTime;
}
impl NowExt for FixedClock {
    fn now_(&self) -> UnixTime {
        portcullis::clock::Clock::now(self)
    }
}

fn json_of(r: &Response) -> Value {
    serde_json::from_slice(r.body()).unwrap_or(Value::Null)
}

fn run<F: std::future::Future>(f: F) -> F::Output {
    futures::executor::block_on(f)
}

#[test]
fn every_provider_signed_is_2xx_and_tampered_is_401_with_reason() {
    let w = world();
    for (provider, path) in [
        ("meta", "/webhooks/meta"),
        ("mercadopago", "/webhooks/mercadopago"),
        ("paddle", "/webhooks/paddle"),
        ("standard-webhooks", "/webhooks/standard"),
        ("cron", "/cron/purge"),
        ("jwt", "/api/me"),
    ] {
        let ok = run(w.call(w.signed(provider, path, false)));
        assert_eq!(
            ok.status(),
            StatusCode::OK,
            "{provider} signed: {:?}",
            json_of(&ok)
        );
        let bad = run(w.call(w.signed(provider, path, true)));
        assert_eq!(
            bad.status(),
            StatusCode::UNAUTHORIZED,
            "{provider} tampered"
        );
        let want = if provider == "jwt" {
            "bad_signature"
        } else {
            "signature_mismatch"
        };
        assert_eq!(
            w.last_auth_reason().as_deref(),
            Some(want),
            "{provider} reason"
        );
        // Uniform body whatever the reason.
        assert_eq!(
            json_of(&bad),
            serde_json::json!({"type":"about:blank","title":"Unauthorized","status":401})
        );
    }
}

#[test]
fn missing_credentials_are_refused_with_missing_reasons() {
    let w = world();
    for (path, method, reason) in [
        ("/webhooks/meta", Method::POST, "missing_signature"),
        ("/webhooks/mercadopago", Method::POST, "missing_signature"),
        ("/webhooks/paddle", Method::POST, "missing_signature"),
        ("/webhooks/standard", Method::POST, "missing_signature"),
        ("/cron/purge", Method::POST, "missing_signature"),
        ("/api/me", Method::GET, "missing_token"),
    ] {
        let body = if method == Method::POST {
            Bytes::from_static(b"{}")
        } else {
            Bytes::new()
        };
        let req = http::Request::builder()
            .method(method)
            .uri(path)
            .body(body)
            .unwrap();
        let r = run(w.call(req));
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "{path}");
        assert_eq!(w.last_auth_reason().as_deref(), Some(reason), "{path}");
    }
    let r = run(w.call(http::Request::get("/api/me").body(Bytes::new()).unwrap()));
    assert_eq!(r.headers()["www-authenticate"], "Bearer");
}

#[test]
fn expired_signatures_and_tokens_are_refused() {
    let w = world();
    let paddle = w.signed("paddle", "/webhooks/paddle", false);
    let jwt = w.signed("jwt", "/api/me", false);
    let sw = w.signed("standard-webhooks", "/webhooks/standard", false);
    w.clock.advance_millis(2 * 3600 * 1000);
    let r = run(w.call(paddle));
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        w.last_auth_reason().as_deref(),
        Some("timestamp_out_of_tolerance")
    );
    let r = run(w.call(sw));
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        w.last_auth_reason().as_deref(),
        Some("timestamp_out_of_tolerance")
    );
    let r = run(w.call(jwt));
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(w.last_auth_reason().as_deref(), Some("expired"));
    assert_eq!(
        r.headers()["www-authenticate"],
        "Bearer error=\"invalid_token\""
    );
}

#[test]
fn replayed_webhooks_are_acknowledged_without_a_second_effect() {
    let w = world();
    for (provider, path, store, scope) in [
        ("meta", "/webhooks/meta", "meta-webhook", "meta"),
        (
            "mercadopago",
            "/webhooks/mercadopago",
            "mercadopago-webhook",
            "mercadopago",
        ),
        ("paddle", "/webhooks/paddle", "paddle-webhook", "paddle"),
        (
            "standard-webhooks",
            "/webhooks/standard",
            "standard-webhook",
            "standard",
        ),
    ] {
        let req = w.signed(provider, path, false);
        let again = req.clone();
        let first = run(w.call(req));
        assert_eq!(json_of(&first)["status"], "recorded", "{provider}");
        let second = run(w.call(again));
        assert_eq!(second.status(), StatusCode::OK, "{provider}");
        assert_eq!(json_of(&second)["status"], "duplicate", "{provider}");
        let kv = w.host.store_of(store).unwrap();
        let count = run(portcullis::store::Kv::get(
            kv.as_ref(),
            &format!("events:{scope}"),
        ))
        .unwrap()
        .unwrap();
        assert_eq!(count, b"1", "{provider}: one effect for two deliveries");
    }
}

#[test]
fn store_failure_fails_closed_and_loses_nothing() {
    let w = world();
    let req = w.signed("paddle", "/webhooks/paddle", false);
    let kv = w.host.store_of("paddle-webhook").unwrap();
    kv.set_failing(true);
    let r = run(w.call(req.clone()));
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(r.headers()["retry-after"], "5");
    kv.set_failing(false);
    let r = run(w.call(req));
    assert_eq!(
        json_of(&r)["status"],
        "recorded",
        "the provider's retry is recorded"
    );
}

#[test]
fn meta_handshake_answers_the_challenge_only_with_the_token() {
    let w = world();
    let ok = http::Request::get(
        "/webhooks/meta?hub.mode=subscribe&hub.challenge=424242&hub.verify_token=fake-meta-verify-token-0001",
    )
    .body(Bytes::new())
    .unwrap();
    let r = run(w.call(ok));
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.body().as_ref(), b"424242");
    let bad = http::Request::get(
        "/webhooks/meta?hub.mode=subscribe&hub.challenge=1&hub.verify_token=nope",
    )
    .body(Bytes::new())
    .unwrap();
    assert_eq!(run(w.call(bad)).status(), StatusCode::UNAUTHORIZED);
    assert_eq!(w.last_auth_reason().as_deref(), Some("signature_mismatch"));
}

#[test]
fn cron_runs_over_http_and_from_the_platform_scheduler() {
    let w = world();
    let r = run(w.call(w.signed("cron", "/cron/purge", false)));
    assert_eq!(json_of(&r)["trigger"], "http");
    let r = run(w.host.run_scheduled("purge", "0 3 * * *")).expect("purge is scheduled");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(json_of(&r)["trigger"], "platform");
    assert_eq!(json_of(&r)["run"], 2);
    let jobs: Vec<Value> = w
        .log_lines()
        .into_iter()
        .filter(|l| l["kind"] == "scheduled_job")
        .collect();
    assert_eq!(jobs.len(), 2);
    assert_eq!(jobs[1]["trigger"], "platform");
    assert_eq!(jobs[1]["outcome"], "ok");
    assert!(
        run(w.host.run_scheduled("me", "* * * * *")).is_none(),
        "only cron functions are scheduled"
    );
}

#[test]
fn me_returns_the_verified_identity() {
    let w = world();
    let r = run(w.call(w.signed("jwt", "/api/me", false)));
    let v = json_of(&r);
    assert_eq!(v["role"], "authenticated");
    assert_eq!(v["aal"], "aal1");
    assert_eq!(v["alg"], "HS256");
    assert!(v["sub"].as_str().is_some_and(|s| s.len() == 36));
}

#[test]
fn missing_secret_fails_closed_with_500_and_is_found_at_startup() {
    let mut env = dev_env();
    env.set("PADDLE_WEBHOOK_SECRET", "");
    let w = world_with(env);
    let problems = w.host.config_problems();
    assert_eq!(
        problems,
        vec![(
            "paddle-webhook".to_string(),
            "PADDLE_WEBHOOK_SECRET is not configured".to_string()
        )]
    );
    let req = http::Request::post("/webhooks/paddle")
        .header("paddle-signature", "ts=1;h1=00")
        .body(Bytes::from_static(b"{}"))
        .unwrap();
    let r = run(w.call(req));
    assert_eq!(r.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let config_line = w
        .log_lines()
        .into_iter()
        .find(|l| l["kind"] == "config")
        .unwrap();
    assert_eq!(config_line["reason"], "secret_not_configured");
}

#[test]
fn methods_routes_and_body_limits_are_enforced_before_the_guard() {
    let w = world();
    let r = run(w.call(
        http::Request::delete("/webhooks/paddle")
            .body(Bytes::new())
            .unwrap(),
    ));
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.headers()["allow"], "POST");
    let r = run(w.call(http::Request::get("/nope").body(Bytes::new()).unwrap()));
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let big = Bytes::from(vec![b'x'; 300 * 1024]);
    let r = run(w.call(
        http::Request::post("/webhooks/mercadopago")
            .body(big)
            .unwrap(),
    ));
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(w.last_auth_reason().as_deref(), Some("body_too_large"));
}

#[test]
fn security_headers_and_cors_allowlist() {
    let w = world();
    let req = http::Request::get("/health")
        .header("origin", "http://localhost:3000")
        .body(Bytes::new())
        .unwrap();
    let r = run(w.call(req));
    for (name, value) in portcullis::hardening::SECURITY_HEADERS {
        assert_eq!(r.headers()[*name], *value, "{name}");
    }
    assert_eq!(
        r.headers()["access-control-allow-origin"],
        "http://localhost:3000"
    );
    assert_eq!(r.headers()["access-control-allow-credentials"], "true");
    assert_eq!(r.headers()["vary"], "Origin");
    let req = http::Request::get("/health")
        .header("origin", "https://evil.example")
        .body(Bytes::new())
        .unwrap();
    let r = run(w.call(req));
    assert!(r.headers().get("access-control-allow-origin").is_none());
    let pre = http::Request::builder()
        .method(Method::OPTIONS)
        .uri("/api/me")
        .header("origin", "http://localhost:3000")
        .header("access-control-request-method", "GET")
        .body(Bytes::new())
        .unwrap();
    let r = run(w.call(pre));
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(r.headers()["access-control-allow-methods"], "GET");
    assert_eq!(
        r.headers()["access-control-allow-origin"],
        "http://localhost:3000"
    );
}

#[test]
fn security_txt_is_rfc9116() {
    let w = world();
    let r = run(w.call(
        http::Request::get("/.well-known/security.txt")
            .body(Bytes::new())
            .unwrap(),
    ));
    assert_eq!(r.status(), StatusCode::OK);
    let text = String::from_utf8(r.body().to_vec()).unwrap();
    let expires = UnixTime::from_secs(NOW_S + 180 * 86_400).to_rfc3339();
    assert_eq!(
        text,
        format!(
            "Contact: mailto:security@example.test\nExpires: {expires}\nPreferred-Languages: en\n\
             Canonical: http://127.0.0.1:8787/.well-known/security.txt\n"
        )
    );
}

#[test]
fn logs_never_contain_configured_secrets() {
    let w = world();
    for (provider, path) in [
        ("meta", "/webhooks/meta"),
        ("cron", "/cron/purge"),
        ("jwt", "/api/me"),
    ] {
        run(w.call(w.signed(provider, path, false)));
        run(w.call(w.signed(provider, path, true)));
    }
    let secrets: Vec<&str> = [
        "META_APP_SECRET",
        "CRON_SECRET",
        "JWT_SECRET",
        "PADDLE_WEBHOOK_SECRET",
    ]
    .iter()
    .filter_map(|n| portcullis::env::Env::get(&w.env, n))
    .map(|s| Box::leak(s.into_boxed_str()) as &str)
    .collect();
    let lines = w.logs.lines();
    assert!(lines.len() >= 12, "every request logged");
    for line in &lines {
        for s in &secrets {
            assert!(!line.contains(s), "secret leaked into {line}");
        }
    }
}
