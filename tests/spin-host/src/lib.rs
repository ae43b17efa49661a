//! Library half of `spin-test-host`: manifest loading, routing, outbound-host rules, key-value
//! backends and CLI parsing. The wasmtime glue lives in the binary (`src/host.rs`). See
//! README.md.

pub mod cli;
pub mod kv;
pub mod manifest;
pub mod outbound;
pub mod router;
