//! meta-webhook: WhatsApp Cloud API / Instagram / Messenger webhooks.
//!
//! - `GET /webhooks/meta?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…` answers the
//!   challenge when the verify token matches (`META_VERIFY_TOKEN`).
//! - `POST /webhooks/meta` with `X-Hub-Signature-256` over the raw body (`META_APP_SECRET`) records
//!   every message and status in the delivery once, by its `wamid` id (Meta retries for up to
//!   36 hours and batches several updates per delivery). A delivery without ids is recorded
//!   under the SHA-256 of its body.
//!
//! Answers: 200 fast on success or duplicate, 401 on a bad signature (Meta then retries and
//! alerts), 409 while the same id is being recorded, 503 if the store is down.
pub type Guard = portcullis::guard::MetaWebhook;
portcullis::export!(Guard, handle);

use portcullis::deps::http::StatusCode;
use portcullis::deps::serde_json::{json, Value};
use portcullis::events::{acknowledge, record_once};
use portcullis::guard::MetaDelivery;
use portcullis::{reply, Ctx, Error, Response, Verified};

async fn handle(req: Verified<Guard>, cx: Ctx) -> portcullis::Result<Response> {
    if let MetaDelivery::Handshake { challenge } = req.identity() {
        return Ok(reply::text(StatusCode::OK, challenge.clone()));
    }
    let payload: Value = portcullis::deps::serde_json::from_slice(req.body())
        .map_err(|_| Error::BadRequest("body is not JSON"))?;
    let events = events_of(&payload, req.body());
    Ok(acknowledge(record_once(&cx, "meta", &events).await?))
}

/// `(id, summary)` for every message and status in a delivery.
fn events_of(payload: &Value, body: &[u8]) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let empty = Vec::new();
    for entry in payload["entry"].as_array().unwrap_or(&empty) {
        for change in entry["changes"].as_array().unwrap_or(&empty) {
            let value = &change["value"];
            for (list, kind) in [("messages", "message"), ("statuses", "status")] {
                for item in value[list].as_array().unwrap_or(&empty) {
                    if let Some(id) = item["id"].as_str() {
                        let summary = json!({
                            "kind": kind,
                            "field": change["field"],
                            "type": item["type"],
                            "status": item["status"],
                            "timestamp": item["timestamp"],
                        });
                        let key = match kind {
                            // A message id has several statuses (sent, delivered, read).
                            "status" => format!("{id}:{}", item["status"].as_str().unwrap_or("")),
                            _ => id.to_string(),
                        };
                        out.push((key, summary));
                    }
                }
            }
        }
    }
    if out.is_empty() {
        out.push((
            format!("body:{}", &portcullis::events::sha256_hex(body)[..32]),
            json!({ "kind": "other", "object": payload["object"] }),
        ));
    }
    out
}
