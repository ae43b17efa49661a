//! Shared helpers for the cross-crate tests: where the steering data lives.

#![deny(missing_docs)]

use std::path::PathBuf;

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// The provider vectors: `$GUARD_VECTORS_DIR`, or `../shared/vectors` beside the checkout.
pub fn vectors_dir() -> PathBuf {
    match std::env::var_os("GUARD_VECTORS_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => repo_root().join("../shared/vectors"),
    }
}

/// The evaluation sets: `$GUARD_EVAL_DIR`, or `../shared/eval` beside the checkout.
pub fn eval_dir() -> PathBuf {
    match std::env::var_os("GUARD_EVAL_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => repo_root().join("../shared/eval"),
    }
}
