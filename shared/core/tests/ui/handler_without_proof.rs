// A handler that takes the raw request instead of `Verified<Guard>` cannot be bound to a guard.
use portcullis::function::{Function, FunctionSpec};
use portcullis::guard::PaddleWebhook;
use portcullis::{Ctx, Request, Response};

async fn handle(_req: Request, _cx: Ctx) -> portcullis::Result<Response> {
    unimplemented!()
}

fn main() {
    let spec = FunctionSpec::from_build_env("x", "/x", "POST", "paddle-webhook", "1024", "");
    let _ = Function::new::<PaddleWebhook, _, _>(spec, handle);
}
