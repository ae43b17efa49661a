//! purge: the scheduled purge job.
//!
//! Runs from a scheduler over HTTP (`GET|POST /cron/purge` with `Authorization: Bearer
//! <CRON_SECRET>`), or from the Workers platform cron (`0 3 * * *`) with no HTTP surface.
//! The data purge itself (soft-deleted generations after 30 days, memory after 365 days) arrives
//! with the tenant-data work; until then the job records a `scheduled_job` log line with its
//! counts, so schedules and alerts can be wired now.
pub type Guard = portcullis::guard::CronSecret;
portcullis::export!(Guard, handle, scheduled);

use portcullis::deps::http::StatusCode;
use portcullis::deps::serde_json::json;
use portcullis::guard::CronTrigger;
use portcullis::{reply, Ctx, Response, Verified};

async fn handle(req: Verified<Guard>, cx: Ctx) -> portcullis::Result<Response> {
    let started = cx.now();
    let trigger = match req.identity() {
        CronTrigger::Platform { .. } => "platform",
        _ => "http",
    };
    let runs = cx.kv().increment("jobs:purge:runs", 1, None).await?;
    let (generations, memories) = (0i64, 0i64);
    let elapsed = cx.now().as_millis().saturating_sub(started.as_millis());
    cx.log().scheduled_job(
        "purge",
        trigger,
        elapsed,
        "ok",
        &[
            ("purged_generations", generations),
            ("purged_memories", memories),
            ("run", runs),
        ],
    );
    Ok(reply::json(
        StatusCode::OK,
        &json!({
            "job": "purge",
            "trigger": trigger,
            "outcome": "ok",
            "run": runs,
            "purged_generations": generations,
            "purged_memories": memories,
        }),
    ))
}
