//! Runs every case of every `*.json` file in the vectors directory through the public guard API.
//!
//! The directory is `$GUARD_VECTORS_DIR` or `../shared/vectors`. Files and cases are discovered at
//! run time: a new file or case needs no code change. Each case is reported by id; the summary
//! gives pass counts per provider. A case with fields this runner does not know is still run, and
//! the unknown fields are listed loudly; an unknown `options` key or provider fails the case,
//! since it could change what the case means.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use portcullis::clock::UnixTime;
use portcullis::guard::jwt::{Alg, JwtPolicy, JwtVerifier, KeySet};
use portcullis::guard::{
    CronSecret, MercadoPagoWebhook, MetaDelivery, MetaWebhook, PaddleWebhook, StandardWebhook,
};
use portcullis::http::RawRequest;
use portcullis::secret::SecretSet;
use serde_json::{Map, Value};

const WEBHOOK_CASE_FIELDS: &[&str] = &[
    "id",
    "provider",
    "secrets",
    "request",
    "now",
    "options",
    "expect",
    "reason",
    "source",
    "note",
    "response_body",
];
const REQUEST_FIELDS: &[&str] = &[
    "method",
    "path",
    "query",
    "headers",
    "body_b64",
    "body_text",
];
const WEBHOOK_OPTIONS: &[&str] = &["tolerance_s", "allow_sha1"];
const JWT_CASE_FIELDS: &[&str] = &[
    "id",
    "authorization",
    "now",
    "expect",
    "reason",
    "policy",
    "note",
    "source",
];
const POLICY_FIELDS: &[&str] = &[
    "name",
    "issuer",
    "audience",
    "require",
    "role",
    "leeway_s",
    "algorithms",
    "aal2",
    "require_aal2",
];

#[derive(Debug)]
struct Outcome {
    id: String,
    provider: String,
    passed: bool,
    detail: String,
    unknown_fields: Vec<String>,
}

fn unknown(obj: &Map<String, Value>, known: &[&str], prefix: &str) -> Vec<String> {
    obj.keys()
        .filter(|k| !known.contains(&k.as_str()))
        .map(|k| format!("{prefix}{k}"))
        .collect()
}

fn now_of(case: &Value) -> UnixTime {
    match &case["now"] {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                UnixTime::from_secs(u)
            } else {
                UnixTime::from_millis((n.as_f64().unwrap_or(0.0) * 1000.0) as u64)
            }
        }
        // Time does not matter for this case; any fixed value will do.
        _ => UnixTime::from_secs(0),
    }
}

fn raw_request(req: &Value) -> Result<RawRequest, String> {
    let body = match (&req["body_b64"], &req["body_text"]) {
        (Value::String(b), _) => STANDARD
            .decode(b)
            .map_err(|e| format!("body_b64 is not base64: {e}"))?,
        (_, Value::String(t)) => t.as_bytes().to_vec(),
        _ => Vec::new(),
    };
    let headers = req["headers"]
        .as_object()
        .map(|h| {
            h.iter()
                .map(|(k, v)| {
                    (
                        k.to_ascii_lowercase(),
                        v.as_str().unwrap_or("").as_bytes().to_vec(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(RawRequest {
        method: req["method"]
            .as_str()
            .unwrap_or("POST")
            .to_ascii_uppercase(),
        query: req["query"].as_str().unwrap_or("").to_string(),
        headers,
        body,
    })
}

fn secrets_of(case: &Value) -> Vec<String> {
    case["secrets"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Runs one webhook-style case; `Ok(detail)` when the guard's answer matches `expect`/`reason`.
fn run_webhook_case(case: &Value) -> Result<String, String> {
    let provider = case["provider"].as_str().unwrap_or("");
    let options = case["options"].as_object().cloned().unwrap_or_default();
    let bad_opts = unknown(&options, WEBHOOK_OPTIONS, "options.");
    if !bad_opts.is_empty() {
        return Err(format!(
            "unknown options {bad_opts:?}: refusing to guess their meaning"
        ));
    }
    let tolerance = options.get("tolerance_s").and_then(Value::as_u64);
    let allow_sha1 = options
        .get("allow_sha1")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let req = raw_request(&case["request"])?;
    let now = now_of(case);
    let secrets = secrets_of(case);
    let set = SecretSet::new(secrets.iter());
    let result: Result<Option<String>, &'static str> = match provider {
        "meta" | "meta-handshake" => {
            let guard = if provider == "meta" {
                MetaWebhook::new(set, SecretSet::default())
            } else {
                MetaWebhook::new(SecretSet::default(), set)
            }
            .allow_sha1(allow_sha1);
            guard
                .verify(&req, now)
                .map(|d| match d {
                    MetaDelivery::Handshake { challenge } => Some(challenge),
                    _ => None,
                })
                .map_err(|r| r.code())
        }
        "mercadopago" => MercadoPagoWebhook::new(set, tolerance)
            .verify(&req, now)
            .map(|_| None)
            .map_err(|r| r.code()),
        "paddle" => PaddleWebhook::new(set, tolerance)
            .verify(&req, now)
            .map(|_| None)
            .map_err(|r| r.code()),
        "standard-webhooks" => StandardWebhook::new(secrets.iter().map(String::as_str), tolerance)
            .verify(&req, now)
            .map(|_| None)
            .map_err(|r| r.code()),
        "cron" => CronSecret::new(set)
            .verify(&req)
            .map(|_| None)
            .map_err(|r| r.code()),
        other => {
            return Err(format!(
                "unknown provider \"{other}\": no guard to run it through"
            ))
        }
    };
    check_expectation(case, result)
}

fn check_expectation(
    case: &Value,
    result: Result<Option<String>, &'static str>,
) -> Result<String, String> {
    let expect = case["expect"].as_str().unwrap_or("");
    match (expect, result) {
        ("accept", Ok(body)) => {
            if let Some(want) = case["response_body"].as_str() {
                if body.as_deref() != Some(want) {
                    return Err(format!(
                        "accepted, but answered {body:?} instead of {want:?}"
                    ));
                }
            }
            Ok("accept".into())
        }
        ("accept", Err(reason)) => Err(format!("rejected ({reason}) but expected accept")),
        ("reject", Ok(_)) => Err("accepted but expected reject".into()),
        ("reject", Err(reason)) => match case["reason"].as_str() {
            Some(want) if want != reason => Err(format!("rejected as {reason}, expected {want}")),
            _ => Ok(format!("reject {reason}")),
        },
        (other, _) => Err(format!("unknown expect \"{other}\"")),
    }
}

fn policy_from(file: &Value, case: &Value) -> Result<JwtPolicy, String> {
    let default_name = file["default_policy"].as_str().unwrap_or("user");
    let overrides = case["policy"].as_object().cloned().unwrap_or_default();
    let bad = unknown(&overrides, POLICY_FIELDS, "policy.");
    if !bad.is_empty() {
        return Err(format!("unknown policy fields {bad:?}"));
    }
    let name = overrides
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or(default_name)
        .to_string();
    let name = name.as_str();
    let mut merged = file["policies"][name]
        .as_object()
        .cloned()
        .ok_or_else(|| format!("policy \"{name}\" is not defined in the file"))?;
    let bad = unknown(&merged, POLICY_FIELDS, "policies.");
    if !bad.is_empty() {
        return Err(format!("unknown policy fields {bad:?}"));
    }
    for (k, v) in overrides {
        merged.insert(k, v);
    }
    let strings = |k: &str| -> Vec<String> {
        match merged.get(k) {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
            Some(Value::String(s)) => vec![s.clone()],
            _ => vec![],
        }
    };
    let algorithms = strings("algorithms")
        .iter()
        .map(|a| Alg::from_jose(a).ok_or_else(|| format!("unsupported algorithm {a} in policy")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(JwtPolicy {
        name: name.to_string(),
        issuer: merged
            .get("issuer")
            .and_then(Value::as_str)
            .map(String::from),
        audience: strings("audience"),
        require: strings("require"),
        roles: strings("role"),
        leeway_s: merged.get("leeway_s").and_then(Value::as_u64).unwrap_or(0),
        algorithms,
        require_aal2: merged
            .get("aal2")
            .or_else(|| merged.get("require_aal2"))
            .and_then(Value::as_bool)
            .unwrap_or(false),
    })
}

fn run_jwt_case(file: &Value, keys: &KeySet, case: &Value) -> Result<String, String> {
    let policy = policy_from(file, case)?;
    let hs = file["keys"]["hs256_secret"].as_str().unwrap_or("");
    let verifier = JwtVerifier::new(SecretSet::new([hs]), policy);
    let mut req = RawRequest {
        method: "GET".into(),
        ..Default::default()
    };
    if let Some(a) = case["authorization"].as_str() {
        req.headers
            .push(("authorization".into(), a.as_bytes().to_vec()));
    }
    let result = verifier
        .verify(&req, keys, now_of(case))
        .map(|_| None)
        .map_err(|r| r.code());
    check_expectation(case, result)
}

fn run_file(path: &Path, outcomes: &mut Vec<Outcome>) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", path.display()))?;
    let cases = file["cases"]
        .as_array()
        .ok_or_else(|| format!("{}: no \"cases\" array", path.display()))?;
    let keys = match file["keys"]["jwks"].as_object() {
        Some(_) => KeySet::from_json(file["keys"]["jwks"].to_string().as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))?,
        None => KeySet::default(),
    };
    for case in cases {
        let id = case["id"].as_str().unwrap_or("<no id>").to_string();
        let obj = case.as_object().cloned().unwrap_or_default();
        let (provider, result, mut unknown_fields) = if obj.contains_key("provider") {
            let mut u = unknown(&obj, WEBHOOK_CASE_FIELDS, "");
            if let Some(r) = case["request"].as_object() {
                u.extend(unknown(r, REQUEST_FIELDS, "request."));
            }
            (
                case["provider"].as_str().unwrap_or("?").to_string(),
                run_webhook_case(case),
                u,
            )
        } else if obj.contains_key("authorization") {
            (
                "jwt".to_string(),
                run_jwt_case(&file, &keys, case),
                unknown(&obj, JWT_CASE_FIELDS, ""),
            )
        } else {
            (
                "?".to_string(),
                Err("case has neither `provider` nor `authorization`: no runner for it".into()),
                vec![],
            )
        };
        unknown_fields.sort();
        let (passed, detail) = match result {
            Ok(d) => (true, d),
            Err(d) => (false, d),
        };
        outcomes.push(Outcome {
            id,
            provider,
            passed,
            detail,
            unknown_fields,
        });
    }
    Ok(())
}

#[test]
fn every_vector_case_passes() {
    let dir = portcullis_tests::vectors_dir();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("vectors directory {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no *.json vector files in {}",
        dir.display()
    );
    let mut outcomes = Vec::new();
    let mut file_errors = Vec::new();
    for f in &files {
        if let Err(e) = run_file(f, &mut outcomes) {
            file_errors.push(e);
        }
    }
    let mut per_provider: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    println!("vectors from {}", dir.display());
    for o in &outcomes {
        let e = per_provider.entry(o.provider.as_str()).or_default();
        e.1 += 1;
        if o.passed {
            e.0 += 1;
        }
        println!(
            "  {} {:<60} {}",
            if o.passed { "ok  " } else { "FAIL" },
            o.id,
            o.detail
        );
        if !o.unknown_fields.is_empty() {
            println!(
                "       NOTE unrecognised fields (case still run): {:?}",
                o.unknown_fields
            );
        }
    }
    println!("per provider (passed/total):");
    let (mut pass, mut total) = (0, 0);
    for (p, (ok, n)) in &per_provider {
        println!("  {p:<20} {ok}/{n}");
        pass += ok;
        total += n;
    }
    println!("  {:<20} {pass}/{total}", "all");
    assert!(
        file_errors.is_empty(),
        "unreadable vector files: {file_errors:#?}"
    );
    assert!(total > 0, "no vector cases found");
    let failed: Vec<_> = outcomes
        .iter()
        .filter(|o| !o.passed)
        .map(|o| &o.id)
        .collect();
    assert!(
        failed.is_empty(),
        "{} vector case(s) failed: {failed:?}",
        failed.len()
    );
}
