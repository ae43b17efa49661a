// A `Verified<G>` cannot be built outside the pipeline.
use portcullis::guard::{PaddleDelivery, PaddleWebhook};
use portcullis::Verified;

fn main() {
    let req = portcullis::deps::http::Request::new(portcullis::deps::bytes::Bytes::new());
    let _forged = Verified::<PaddleWebhook>::new(PaddleDelivery { ts: 0 }, req);
}
