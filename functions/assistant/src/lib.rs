//! assistant: the AI assistant endpoint, behind a signed-in user's JWT and the input guard.
//!
//! `POST /api/assistant` with `{"message": "…"}` (or `{"messages": [{"role","content"}…]}`):
//!
//! 1. the caller's standing: a blocked user gets **429 + `Retry-After` before any model call**;
//! 2. every user message runs through the prompt-injection input guard (`portcullis-inputguard`,
//!    rules only: its learned model does not generalise across sources);
//! 3. a block answers **422** `application/problem+json` (`urn:portcullis:problem:input-blocked`)
//!    carrying the signals that fired, and records a **strike** against `user:<sub>`; three
//!    strikes in 10 minutes block the user for 5 minutes, then 10, 20… (see
//!    `portcullis::escalation`);
//! 4. otherwise the provider is called through the outbound client (OpenAI-compatible
//!    `chat/completions`: `AI_PROVIDER_URL`, `AI_API_KEY`, `AI_MODEL`) and its answer returned.
//!
//! Store failure: 503, no model call (fail closed). Provider failure: 502.
pub type Guard = portcullis::guard::JwtUser;
portcullis::export!(Guard, handle, config = check_config);

use portcullis::clock::UnixTime;
use portcullis::deps::bytes::Bytes;
use portcullis::deps::http::{header, HeaderValue, StatusCode};
use portcullis::deps::serde_json::{self, json, Value};
use portcullis::env::{ConfigError, Env, EnvExt};
use portcullis::escalation::{Escalation, Standing};
use portcullis::{reply, Ctx, Error, Problem, Response, Verified};
use portcullis_inputguard::{InputGuard, Verdict};

/// Default provider endpoint (OpenAI-compatible).
pub const DEFAULT_PROVIDER_URL: &str = "https://api.openai.com/v1/chat/completions";
/// Default model.
pub const DEFAULT_MODEL: &str = "gpt-4o-mini";

fn check_config(env: &dyn Env, _now: UnixTime) -> Result<(), ConfigError> {
    env.secrets("AI_API_KEY").map(|_| ())
}

/// The user messages of a request body.
fn user_messages(body: &Value) -> Result<Vec<String>, Error> {
    if let Some(m) = body["message"].as_str() {
        return Ok(vec![m.to_string()]);
    }
    let list = body["messages"].as_array().ok_or(Error::BadRequest(
        "expected {\"message\": …} or {\"messages\": […]}",
    ))?;
    let texts: Vec<String> = list
        .iter()
        .filter(|m| m["role"] == "user")
        .filter_map(|m| m["content"].as_str().map(String::from))
        .collect();
    if texts.is_empty() {
        return Err(Error::BadRequest("no user message"));
    }
    Ok(texts)
}

async fn handle(req: Verified<Guard>, cx: Ctx) -> portcullis::Result<Response> {
    let actor = format!(
        "user:{}",
        req.identity().sub.as_deref().unwrap_or("anonymous")
    );
    let escalation = Escalation::default();
    let kv = cx.kv();
    match escalation.standing(kv, &actor, cx.now()).await {
        Ok(Standing::Clear) => {}
        Ok(Standing::Blocked { retry_after_s }) => {
            cx.log().security(
                "blocked_request",
                &[
                    ("actor", actor.as_str().into()),
                    ("retry_after_s", retry_after_s.into()),
                ],
            );
            return Err(Error::TooManyRequests {
                retry_after_s,
                reason: "actor_blocked",
            });
        }
        Err(e) => {
            cx.log().security(
                "escalation_store_unavailable",
                &[("actor", actor.as_str().into())],
            );
            return Err(Error::Store(e));
        }
    }

    let body: Value =
        serde_json::from_slice(req.body()).map_err(|_| Error::BadRequest("body is not JSON"))?;
    let messages = user_messages(&body)?;
    // Rules and the learned model, as `portcullis scan` decides by default: the `guard-model`
    // feature (on by default) links the same weights on every runtime, so they decide alike.
    let guard = InputGuard::new();
    for text in &messages {
        let scan = guard.scan_prompt(text);
        if scan.verdict == Verdict::Block {
            let names: Vec<&str> = scan.signals.iter().map(|s| s.name).collect();
            let outcome = escalation
                .strike(kv, &actor, cx.now(), "input_guard", cx.log())
                .await?;
            cx.log().security(
                "input_blocked",
                &[
                    ("actor", actor.as_str().into()),
                    ("signals", names.join(",").into()),
                ],
            );
            let mut p = Problem::typed(
                StatusCode::UNPROCESSABLE_ENTITY,
                "input-blocked",
                "The message was refused by the input guard",
            )
            .with("signals", json!(names))
            .with(
                "score",
                json!((f64::from(scan.score) * 1000.0).round() / 1000.0),
            )
            .with("strikes", json!(outcome.strikes));
            if let Some((secs, _)) = outcome.blocked {
                p = p.with("blocked_for_s", json!(secs));
            }
            return Ok(p.into_response());
        }
    }

    let reply_text = call_provider(&cx, &messages).await?;
    Ok(reply::json(StatusCode::OK, &json!({ "reply": reply_text })))
}

async fn call_provider(cx: &Ctx, messages: &[String]) -> portcullis::Result<String> {
    let env = cx.env();
    let url = env
        .optional("AI_PROVIDER_URL")
        .unwrap_or_else(|| DEFAULT_PROVIDER_URL.into());
    let model = env
        .optional("AI_MODEL")
        .unwrap_or_else(|| DEFAULT_MODEL.into());
    let key = env.secrets("AI_API_KEY")?;
    let key = key
        .iter()
        .next()
        .ok_or(ConfigError::Missing("AI_API_KEY"))?;
    let payload = json!({
        "model": model,
        "messages": messages.iter().map(|m| json!({"role": "user", "content": m})).collect::<Vec<_>>(),
    });
    let mut request = portcullis::http::assemble_request(
        "POST",
        url.as_str(),
        [("content-type", "application/json")],
        Bytes::from(serde_json::to_vec(&payload).unwrap_or_default()),
    )
    .map_err(|_| ConfigError::Invalid {
        name: "AI_PROVIDER_URL",
        why: "not a URL",
    })?;
    let auth = format!("Bearer {}", String::from_utf8_lossy(key.expose()));
    request.headers_mut().insert(
        header::AUTHORIZATION,
        HeaderValue::from_str(&auth).map_err(|_| ConfigError::Invalid {
            name: "AI_API_KEY",
            why: "not a valid header value",
        })?,
    );
    let resp = cx.outbound().send(request).await.map_err(Error::from)?;
    if !resp.status().is_success() {
        return Err(Error::Upstream(format!(
            "provider answered {}",
            resp.status()
        )));
    }
    let v: Value = serde_json::from_slice(resp.body())
        .map_err(|_| Error::Upstream("provider answer is not JSON".into()))?;
    v["choices"][0]["message"]["content"]
        .as_str()
        .map(String::from)
        .ok_or_else(|| Error::Upstream("provider answer has no message".into()))
}
