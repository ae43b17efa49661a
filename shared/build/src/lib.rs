//! `[package.metadata.portcullis]`: the one place a function declares its route, methods, guard,
//! body limit and schedule.
//!
//! ```toml
//! [package.metadata.portcullis]
//! guard = "paddle-webhook"        # must equal the guard type's NAME (checked at compile time)
//! route = "/webhooks/paddle"      # a trailing "/..." matches any suffix
//! methods = ["POST"]
//! max_body = 1048576              # bytes; default 65536
//! cron = "*/15 * * * *"           # cron functions only
//! ```
//!
//! A function's `build.rs` calls [`emit`], which validates the table and passes it to the crate
//! as `PORTCULLIS_*` compile-time variables for `portcullis::export!`. The audit reads the same
//! table with [`read_manifest`], so code, manifests and the audit cannot disagree silently.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

use std::path::Path;

use serde::Deserialize;

/// Guard names the core defines (`Guard::NAME`). The core's tests check this list.
pub const KNOWN_GUARDS: &[&str] = &[
    "jwt-user",
    "jwt-user-aal2",
    "jwt-service",
    "meta-webhook",
    "mercadopago-webhook",
    "paddle-webhook",
    "standard-webhook",
    "cron",
    "api-key",
    "public",
];

/// Guards that verify provider webhooks (the audit requires them on webhook routes).
pub const WEBHOOK_GUARDS: &[&str] = &[
    "meta-webhook",
    "mercadopago-webhook",
    "paddle-webhook",
    "standard-webhook",
];

/// Default body limit when `max_body` is absent.
pub const DEFAULT_MAX_BODY: u64 = 64 * 1024;

/// A function's declared metadata.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The guard's name.
    pub guard: String,
    /// The HTTP route.
    pub route: String,
    /// Allowed methods.
    pub methods: Vec<String>,
    /// Body limit in bytes.
    #[serde(default)]
    pub max_body: Option<u64>,
    /// Cron schedule.
    #[serde(default)]
    pub cron: Option<String>,
}

/// A function crate's manifest, as far as Portcullis cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionManifest {
    /// `package.name`.
    pub name: String,
    /// `[package.metadata.portcullis]`, if present.
    pub metadata: Option<Metadata>,
}

#[derive(Deserialize)]
struct Root {
    package: Package,
}

#[derive(Deserialize)]
struct Package {
    name: String,
    #[serde(default)]
    metadata: Option<PackageMetadata>,
}

#[derive(Deserialize)]
struct PackageMetadata {
    #[serde(default)]
    portcullis: Option<Metadata>,
}

/// Reads `Cargo.toml` at `path`.
pub fn read_manifest(path: &Path) -> Result<FunctionManifest, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let root: Root = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(FunctionManifest {
        name: root.package.name,
        metadata: root.package.metadata.and_then(|m| m.portcullis),
    })
}

/// Checks the metadata's values; returns every problem found.
pub fn validate(m: &Metadata) -> Vec<String> {
    let mut problems = Vec::new();
    if !KNOWN_GUARDS.contains(&m.guard.as_str()) {
        problems.push(format!(
            "guard \"{}\" is not one of {}",
            m.guard,
            KNOWN_GUARDS.join(", ")
        ));
    }
    if !m.route.starts_with('/') || m.route.contains(char::is_whitespace) {
        problems.push(format!(
            "route \"{}\" must start with / and have no spaces",
            m.route
        ));
    }
    if m.methods.is_empty() {
        problems.push("methods must list at least one method".into());
    }
    for method in &m.methods {
        if !matches!(
            method.as_str(),
            "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD"
        ) {
            problems.push(format!("method \"{method}\" is not allowed"));
        }
    }
    if m.guard == "cron" && m.cron.is_none() {
        problems.push("a cron-guarded function must declare its cron schedule".into());
    }
    if m.cron.is_some() && m.guard != "cron" {
        problems.push("only cron-guarded functions may declare a cron schedule".into());
    }
    problems
}

/// For `build.rs`: validates the metadata and passes it to the crate as `PORTCULLIS_*` variables.
/// Panics (fails the build) on missing or invalid metadata.
pub fn emit() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let path = Path::new(&dir).join("Cargo.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let manifest = read_manifest(&path).unwrap_or_else(|e| panic!("portcullis: {e}"));
    let m = manifest.metadata.unwrap_or_else(|| {
        panic!(
            "portcullis: {} has no [package.metadata.portcullis] table",
            manifest.name
        )
    });
    let problems = validate(&m);
    assert!(
        problems.is_empty(),
        "portcullis: invalid [package.metadata.portcullis] in {}: {}",
        manifest.name,
        problems.join("; ")
    );
    println!("cargo:rustc-env=PORTCULLIS_GUARD={}", m.guard);
    println!("cargo:rustc-env=PORTCULLIS_ROUTE={}", m.route);
    println!("cargo:rustc-env=PORTCULLIS_METHODS={}", m.methods.join(","));
    println!(
        "cargo:rustc-env=PORTCULLIS_MAX_BODY={}",
        m.max_body.unwrap_or(DEFAULT_MAX_BODY)
    );
    println!(
        "cargo:rustc-env=PORTCULLIS_CRON={}",
        m.cron.as_deref().unwrap_or("")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(guard: &str, cron: Option<&str>) -> Metadata {
        Metadata {
            guard: guard.into(),
            route: "/x".into(),
            methods: vec!["POST".into()],
            max_body: None,
            cron: cron.map(String::from),
        }
    }

    #[test]
    fn validation_reports_each_problem() {
        assert!(validate(&meta("cron", Some("* * * * *"))).is_empty());
        assert_eq!(
            validate(&meta("cron", None)),
            vec!["a cron-guarded function must declare its cron schedule".to_string()]
        );
        assert_eq!(
            validate(&meta("nope", None))[0],
            format!("guard \"nope\" is not one of {}", KNOWN_GUARDS.join(", "))
        );
    }
}
