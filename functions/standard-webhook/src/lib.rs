//! standard-webhook: events from any Standard Webhooks / Svix sender (Supabase Auth hooks,
//! Resend, Clerk, Svix-hosted senders).
//!
//! `POST /webhooks/standard` with `webhook-id`, `webhook-timestamp`, `webhook-signature`
//! (`STANDARD_WEBHOOK_SECRET`, one or more `whsec_…` keys). Recorded once per `webhook-id`,
//! which senders keep across retries.
//!
//! Answers: 200 on success or duplicate, 401 on a bad or stale signature, 409 while the same id
//! is being recorded, 503 if the store is down.
pub type Guard = portcullis::guard::StandardWebhook;
portcullis::export!(Guard, handle);

use portcullis::deps::serde_json::{self, json, Value};
use portcullis::events::{acknowledge, record_once};
use portcullis::{Ctx, Response, Verified};

async fn handle(req: Verified<Guard>, cx: Ctx) -> portcullis::Result<Response> {
    let msg = req.identity();
    let body: Value = serde_json::from_slice(req.body()).unwrap_or(Value::Null);
    let summary = json!({ "type": body["type"], "timestamp": msg.timestamp });
    Ok(acknowledge(
        record_once(&cx, "standard", &[(msg.id.clone(), summary)]).await?,
    ))
}
