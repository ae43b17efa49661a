//! Fixture function.
pub type Guard = portcullis::guard::CronSecret;
portcullis::export!(Guard, handle);

async fn handle(_req: Verified<Guard>, _cx: Ctx) -> portcullis::Result<Response> {
    todo!()
}
