//! # portcullis-local
//!
//! The native side of Portcullis: a host that serves every function in one process on embedded
//! in-memory stores (`portcullis dev`), the guard audit (`portcullis audit`), and the developer
//! tools (`portcullis send`, `redact`, `scan`).

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod audit;
pub mod canary;
pub mod dotvars;
pub mod fake_ai;
pub mod fake_idp;
pub mod native;
pub mod registry;
pub mod runtimes;
pub mod send;
pub mod table;
pub mod testkit;
