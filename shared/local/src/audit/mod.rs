//! `portcullis audit`: proves every function declares a guard and every route refuses
//! unauthenticated calls. Both halves run every time:
//!
//! - [`static_checks`]: code, `[package.metadata.portcullis]`, `wrangler.toml`, `spin.toml`, the
//!   native registry (no compilation needed, so it also runs on the failing fixtures);
//! - [`dynamic`]: the functions started on loopback and probed over HTTP.
//!
//! Output: a table for people, or JSON (`--json`). The exit status is non-zero on any finding.

pub mod dynamic;
pub mod static_checks;

use std::path::Path;

use portcullis::env::MapEnv;
use portcullis::log::LogSink;
use portcullis::Function;
use serde::Serialize;

pub use dynamic::Probe;
pub use static_checks::{Finding, FunctionInfo, StaticReport};

/// Swallows log lines during probing (the probes are expected to be refused).
#[derive(Debug, Clone, Copy, Default)]
pub struct QuietSink;

impl LogSink for QuietSink {
    fn write_line(&self, _line: &str) {}
}

/// The whole audit result.
#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    /// Functions with what the static audit learned.
    pub functions: Vec<FunctionInfo>,
    /// Static findings.
    pub findings: Vec<Finding>,
    /// Dynamic probes.
    pub probes: Vec<Probe>,
    /// True when there is no finding and every probe was refused.
    pub ok: bool,
}

/// Runs both halves on the tree at `root` against the compiled-in `functions`.
pub async fn run(root: &Path, functions: Vec<Function>, env: MapEnv) -> AuditReport {
    let mut report = static_checks::audit(root);
    // The compiled functions must be exactly the audited crates.
    for f in &functions {
        if !report.functions.iter().any(|i| i.name == f.spec().name) {
            report.findings.push(Finding {
                code: "compiled_function_not_in_tree",
                subject: f.spec().name.to_string(),
                message: "the host serves a function that has no crate under functions/".into(),
            });
        }
    }
    let probes = dynamic::probe_all(functions, env).await;
    for p in &probes {
        if !p.refused {
            report.findings.push(Finding {
                code: "route_accepts_unauthenticated",
                subject: p.function.clone(),
                message: format!(
                    "{} with {} credential answered {} instead of 401/403",
                    p.method, p.probe, p.status
                ),
            });
        }
    }
    let ok = report.findings.is_empty();
    AuditReport {
        functions: report.functions,
        findings: report.findings,
        probes,
        ok,
    }
}

/// The human-readable report.
pub fn render(report: &AuditReport) -> String {
    let mut rows = vec![[
        "FUNCTION".to_string(),
        "ROUTE".to_string(),
        "METHODS".to_string(),
        "GUARD".to_string(),
        "RUNTIMES".to_string(),
        "PROBES".to_string(),
        "RESULT".to_string(),
    ]];
    for f in &report.functions {
        let probes: Vec<&Probe> = report
            .probes
            .iter()
            .filter(|p| p.function == f.name)
            .collect();
        let refused = probes.iter().filter(|p| p.refused).count();
        let has_finding = report.findings.iter().any(|x| x.subject == f.name);
        let probe_col = if f.guard.as_deref() == Some("public") {
            "public (listed below)".to_string()
        } else {
            format!("{refused}/{} refused", probes.len())
        };
        let ok = !has_finding && refused == probes.len();
        rows.push([
            f.name.clone(),
            f.route.clone().unwrap_or_default(),
            f.methods.join(","),
            f.guard.clone().unwrap_or_else(|| "?".into()),
            f.runtimes.join(", "),
            probe_col,
            if ok { "ok".into() } else { "FAIL".into() },
        ]);
    }
    let mut out = crate::table::render(&rows);
    let public: Vec<&FunctionInfo> = report
        .functions
        .iter()
        .filter(|f| f.guard.as_deref() == Some("public"))
        .collect();
    if !public.is_empty() {
        out.push_str("\nPublic routes (declared reasons):\n");
        for f in public {
            out.push_str(&format!(
                "  {} {}: {}\n",
                f.name,
                f.route.as_deref().unwrap_or(""),
                f.public_reason.as_deref().unwrap_or("<none>")
            ));
        }
    }
    if report.findings.is_empty() {
        out.push_str(&format!(
            "\nAudit passed: {} functions, {} probes, all refused.\n",
            report.functions.len(),
            report.probes.len()
        ));
    } else {
        out.push_str(&format!(
            "\nAudit FAILED with {} finding(s):\n",
            report.findings.len()
        ));
        for f in &report.findings {
            out.push_str(&format!("  [{}] {}: {}\n", f.code, f.subject, f.message));
        }
    }
    out
}
