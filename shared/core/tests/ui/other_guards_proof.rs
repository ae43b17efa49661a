// A handler written for one guard's proof does not fit another guard.
use portcullis::function::{Function, FunctionSpec};
use portcullis::guard::{CronSecret, PaddleWebhook};
use portcullis::{Ctx, Response, Verified};

async fn handle(_req: Verified<CronSecret>, _cx: Ctx) -> portcullis::Result<Response> {
    unimplemented!()
}

fn main() {
    let spec = FunctionSpec::from_build_env("x", "/x", "POST", "paddle-webhook", "1024", "");
    let _ = Function::new::<PaddleWebhook, _, _>(spec, handle);
}
