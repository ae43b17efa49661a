//! Recording verified webhook events exactly once.
//!
//! The webhook functions share one effect: store a small summary of each event under
//! `event:<provider>:<id>`, count it under `events:<provider>`, and log an `app` line — once per
//! event id, however many times the provider delivers it ([`Dedup`]). A duplicate is
//! acknowledged with 200 and no second effect; an id whose first delivery is still in flight gets
//! 409 (the provider retries); a store failure gets 503 and the claim is released, so nothing is
//! lost.

use http::StatusCode;
use serde_json::{json, Value};

use crate::context::Ctx;
use crate::dedup::{Dedup, Delivery};
use crate::error::{Error, Result};
use crate::function::reply;
use crate::http::Response;

/// How many events of a delivery were new, duplicates, or in flight.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Recorded {
    /// Recorded now.
    pub new: u64,
    /// Already recorded earlier.
    pub duplicate: u64,
    /// Being recorded by a concurrent delivery.
    pub in_flight: u64,
}

/// Records each `(id, summary)` of a verified delivery once.
pub async fn record_once(cx: &Ctx, provider: &str, events: &[(String, Value)]) -> Result<Recorded> {
    let dedup = Dedup::new(provider, Dedup::DEFAULT_RETENTION_S);
    let kv = cx.kv();
    let mut out = Recorded::default();
    for (id, summary) in events {
        match dedup.begin(kv, id).await? {
            Delivery::Duplicate => {
                out.duplicate += 1;
                continue;
            }
            Delivery::InFlight => {
                out.in_flight += 1;
                continue;
            }
            Delivery::First => {}
        }
        let effect = async {
            let record =
                json!({ "id": id, "received_ms": cx.now().as_millis(), "summary": summary });
            // `to_vec`, not `to_string`: the same bytes without `Display`'s io adapter in WASM;
            // serializing a `Value` cannot fail.
            let record = serde_json::to_vec(&record).unwrap_or_default();
            kv.put(
                &format!("event:{provider}:{id}"),
                &record,
                Some(Dedup::DEFAULT_RETENTION_S),
            )
            .await?;
            kv.increment(&format!("events:{provider}"), 1, None).await?;
            dedup.complete(kv, id).await
        };
        if let Err(e) = effect.await {
            // Release the claim so the provider's retry can record it; report the failure.
            let _ = dedup.abandon(kv, id).await;
            return Err(Error::Store(e));
        }
        out.new += 1;
    }
    cx.log().app(
        "webhook_delivery",
        &[
            ("provider", provider.into()),
            ("new", out.new.into()),
            ("duplicate", out.duplicate.into()),
            ("in_flight", out.in_flight.into()),
        ],
    );
    Ok(out)
}

/// The provider-facing answer for a recorded delivery: 200 unless an event is still in flight.
pub fn acknowledge(r: Recorded) -> Response {
    if r.in_flight > 0 && r.new == 0 {
        return Error::Conflict("delivery_in_flight").into_response();
    }
    let status = if r.new == 0 && r.duplicate > 0 {
        "duplicate"
    } else {
        "recorded"
    };
    reply::json(
        StatusCode::OK,
        &json!({ "status": status, "new": r.new, "duplicate": r.duplicate }),
    )
}

/// Lower-case hex SHA-256 of `bytes` (ids for deliveries that carry none).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}
