//! Fixture function.
pub type Guard = portcullis::guard::PaddleWebhook;
portcullis::export!(Guard, handle);

async fn handle(_req: Verified<Guard>, _cx: Ctx) -> portcullis::Result<Response> {
    todo!()
}
