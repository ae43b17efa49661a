//! Every function of the project, as the native host serves them.
//!
//! Adding a function: create `functions/<name>/`, add it to `Cargo.toml` here and to the list
//! below, then to `wrangler.toml` and `spin.toml`. `portcullis audit` fails until all four agree.

use portcullis::Function;

/// All functions, in route-table order.
pub fn functions() -> Vec<Function> {
    vec![
        health::portcullis_function(),
        security_txt::portcullis_function(),
        me::portcullis_function(),
        assistant::portcullis_function(),
        meta_webhook::portcullis_function(),
        mercadopago_webhook::portcullis_function(),
        paddle_webhook::portcullis_function(),
        standard_webhook::portcullis_function(),
        purge::portcullis_function(),
    ]
}
