//! health: liveness probe for load balancers and uptime checks.
pub type Guard = portcullis::guard::Public<Reason>;
portcullis::export!(Guard, handle);

use portcullis::deps::http::StatusCode;
use portcullis::deps::serde_json::json;
use portcullis::{reply, Ctx, Response, Verified};

/// Why `/health` is public.
#[derive(Debug)]
pub enum Reason {}
impl portcullis::guard::PublicReason for Reason {
    const WHY: &'static str =
        "liveness probe for load balancers; answers a constant and reveals no data or version";
}

async fn handle(_req: Verified<Guard>, _cx: Ctx) -> portcullis::Result<Response> {
    Ok(reply::json(StatusCode::OK, &json!({ "status": "ok" })))
}
