//! paddle-webhook: Paddle Billing notifications.
//!
//! `POST /webhooks/paddle` with `Paddle-Signature` (`PADDLE_WEBHOOK_SECRET`, the
//! `pdl_ntfset_…` secret of the notification destination). Each event is recorded once per
//! `event_id` (the same event can reach a destination through several notifications), falling
//! back to `notification_id`. The body is parsed only after the signature passed.
//!
//! Answers: 200 on success or duplicate (Paddle retries anything else with back-off for
//! three days), 401 on a bad or stale signature, 400 for a verified body with neither id,
//! 409 while the same id is being recorded, 503 if the store is down.
pub type Guard = portcullis::guard::PaddleWebhook;
portcullis::export!(Guard, handle);

use portcullis::deps::serde_json::{self, json, Value};
use portcullis::events::{acknowledge, record_once};
use portcullis::{Ctx, Error, Response, Verified};

async fn handle(req: Verified<Guard>, cx: Ctx) -> portcullis::Result<Response> {
    let body: Value =
        serde_json::from_slice(req.body()).map_err(|_| Error::BadRequest("body is not JSON"))?;
    let id = body["event_id"]
        .as_str()
        .or_else(|| body["notification_id"].as_str())
        .ok_or(Error::BadRequest("event_id or notification_id is required"))?;
    let summary = json!({
        "event_type": body["event_type"],
        "occurred_at": body["occurred_at"],
        "notification_id": body["notification_id"],
        "signed_ts": req.identity().ts,
    });
    Ok(acknowledge(
        record_once(&cx, "paddle", &[(id.to_string(), summary)]).await?,
    ))
}
