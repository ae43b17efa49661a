//! Fixture function.
use portcullis::prelude::*;
portcullis::export!(Guard, handle);
#[spin_sdk::http_component]
fn raw(req: Request) -> Response { todo!() }

async fn handle(_req: Verified<Guard>, _cx: Ctx) -> portcullis::Result<Response> {
    todo!()
}
