//! mercadopago-webhook: Mercado Pago notifications (payments, orders, subscriptions…).
//!
//! `POST /webhooks/mercadopago?data.id=…&type=…` with `x-signature` and `x-request-id`
//! (`MERCADOPAGO_WEBHOOK_SECRET`). Each notification is recorded once per `x-request-id`
//! (Mercado Pago's delivery id, stable across its retries), or per `type` + `data.id` +
//! signed `ts` when no request id is sent. The body is only read after the signature passed.
//!
//! Answers: 200 on success or duplicate (Mercado Pago retries anything else), 401 on a bad
//! signature, 409 while the same id is being recorded, 503 if the store is down.
pub type Guard = portcullis::guard::MercadoPagoWebhook;
portcullis::export!(Guard, handle);

use portcullis::deps::serde_json::{self, json, Value};
use portcullis::events::{acknowledge, record_once};
use portcullis::{Ctx, Response, Verified};

async fn handle(req: Verified<Guard>, cx: Ctx) -> portcullis::Result<Response> {
    let n = req.identity();
    // A verified body that is not JSON is still recorded: nothing is lost on odd input.
    let body: Value = serde_json::from_slice(req.body()).unwrap_or(Value::Null);
    let id = match (&n.request_id, &n.data_id) {
        (Some(rid), _) => format!("req:{rid}"),
        (None, Some(data)) => format!(
            "data:{}:{}:{}",
            body["type"].as_str().unwrap_or("unknown"),
            data,
            n.ts_millis
        ),
        (None, None) => format!("ts:{}", n.ts_millis),
    };
    let summary = json!({
        "type": body["type"],
        "action": body["action"],
        "data_id": n.data_id,
        "live_mode": body["live_mode"],
    });
    Ok(acknowledge(
        record_once(&cx, "mercadopago", &[(id, summary)]).await?,
    ))
}
