//! The static half of the guard audit: code, crate metadata and deployment manifests.
//!
//! Runs on a source tree without compiling it (so it also runs on the failing fixtures under
//! `tests/audit-fixtures/`). Every problem is a [`Finding`] with a stable `code`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use portcullis_build::{read_manifest, validate, Metadata, WEBHOOK_GUARDS};
use serde::Serialize;

/// One problem found by the audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable code, e.g. `missing_guard_declaration`.
    pub code: &'static str,
    /// What it is about (function or manifest entry).
    pub subject: String,
    /// For a person.
    pub message: String,
}

/// What the static audit learned about one function crate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FunctionInfo {
    /// Crate name.
    pub name: String,
    /// Declared metadata (if parseable).
    pub route: Option<String>,
    /// Methods.
    pub methods: Vec<String>,
    /// Guard name from the metadata.
    pub guard: Option<String>,
    /// Guard name derived from the code's `pub type Guard = …;`.
    pub code_guard: Option<String>,
    /// Public reason, for public functions.
    pub public_reason: Option<String>,
    /// Cron schedule.
    pub cron: Option<String>,
    /// Where it is deployed: `native`, `workers`, `workers:scheduled`, `spin`.
    pub runtimes: Vec<String>,
}

/// The static audit's result.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StaticReport {
    /// Functions found under `functions/`.
    pub functions: Vec<FunctionInfo>,
    /// Problems.
    pub findings: Vec<Finding>,
}

/// Maps a guard type (as written in `pub type Guard = …;`) to its guard name.
pub fn guard_name_of_type(ty: &str) -> Option<&'static str> {
    let compact: String = ty.chars().filter(|c| !c.is_whitespace()).collect();
    let base = compact.split('<').next().unwrap_or("");
    let last = base.rsplit("::").next().unwrap_or("");
    let generic = compact
        .split_once('<')
        .map(|(_, g)| g.trim_end_matches('>').rsplit("::").next().unwrap_or(""))
        .unwrap_or("");
    Some(match (last, generic) {
        ("MetaWebhook", _) => "meta-webhook",
        ("MercadoPagoWebhook", _) => "mercadopago-webhook",
        ("PaddleWebhook", _) => "paddle-webhook",
        ("StandardWebhook", _) => "standard-webhook",
        ("CronSecret", _) => "cron",
        ("ApiKeyGuard", _) => "api-key",
        ("JwtUser", _) | ("Jwt", "User") => "jwt-user",
        ("JwtUserAal2", _) | ("Jwt", "UserAal2") => "jwt-user-aal2",
        ("JwtService", _) | ("Jwt", "Service") => "jwt-service",
        ("Public", _) => "public",
        _ => return None,
    })
}

/// Workers that are infrastructure, not functions: no route, reached only through bindings.
pub const INFRA_WORKERS: &[&str] = &["state"];

/// Entry points that would bypass `export!` (and so the guard).
const FORBIDDEN: &[(&str, &str)] = &[
    ("#[event(", "a Workers event entry point"),
    ("#[worker::event", "a Workers event entry point"),
    ("http_component", "a Spin HTTP component entry point"),
    ("#[wasm_bindgen", "a wasm-bindgen export"),
    ("#[no_mangle]", "an exported symbol"),
    ("#[unsafe(no_mangle)]", "an exported symbol"),
    ("extern \"C\"", "an exported C ABI function"),
    (
        "fn portcullis_function",
        "a hand-written registration (only export! may define it)",
    ),
    ("Verified::new", "a hand-built proof"),
];

/// The first item of `lib.rs`, skipping inner docs, comments and inner attributes.
fn first_item(src: &str) -> String {
    let mut item = String::new();
    let mut in_block_comment = false;
    for line in src.lines() {
        let t = line.trim();
        if in_block_comment {
            if t.contains("*/") {
                in_block_comment = false;
            }
            continue;
        }
        if item.is_empty() {
            if t.is_empty() || t.starts_with("//") || t.starts_with("#![") {
                continue;
            }
            if t.starts_with("/*") {
                in_block_comment = !t.contains("*/");
                continue;
            }
        }
        item.push_str(t);
        item.push(' ');
        if t.ends_with(';') || t.ends_with('{') || t.ends_with('}') {
            break;
        }
    }
    item.trim().to_string()
}

fn public_reason(src: &str) -> Option<String> {
    let at = src.find("const WHY")?;
    let rest = &src[at..];
    let start = rest.find('"')? + 1;
    let mut out = String::new();
    let mut chars = rest[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out.split_whitespace().collect::<Vec<_>>().join(" ")),
            '\\' => {
                if let Some(n) = chars.next() {
                    if n != '\n' {
                        out.push(n);
                    }
                }
            }
            c => out.push(c),
        }
    }
    None
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn finding(code: &'static str, subject: impl Into<String>, message: impl Into<String>) -> Finding {
    Finding {
        code,
        subject: subject.into(),
        message: message.into(),
    }
}

/// Audits one function crate directory.
fn audit_function(dir: &Path, report: &mut StaticReport) {
    let dir_name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let manifest = match read_manifest(&dir.join("Cargo.toml")) {
        Ok(m) => m,
        Err(e) => {
            report
                .findings
                .push(finding("unreadable_manifest", dir_name, e));
            return;
        }
    };
    let name = manifest.name.clone();
    let mut info = FunctionInfo {
        name: name.clone(),
        route: None,
        methods: vec![],
        guard: None,
        code_guard: None,
        public_reason: None,
        cron: None,
        runtimes: vec![],
    };
    let meta: Option<Metadata> = manifest.metadata;
    match &meta {
        None => report.findings.push(finding(
            "missing_metadata",
            &name,
            "Cargo.toml has no [package.metadata.portcullis] table (guard, route, methods)",
        )),
        Some(m) => {
            for p in validate(m) {
                report.findings.push(finding("invalid_metadata", &name, p));
            }
            info.route = Some(m.route.clone());
            info.methods = m.methods.clone();
            info.guard = Some(m.guard.clone());
            info.cron = m.cron.clone();
        }
    }
    let lib = dir.join("src/lib.rs");
    let src = match std::fs::read_to_string(&lib) {
        Ok(s) => s,
        Err(e) => {
            report.findings.push(finding(
                "missing_lib_rs",
                &name,
                format!("{}: {e}", lib.display()),
            ));
            report.functions.push(info);
            return;
        }
    };
    let first = first_item(&src);
    let declared_type = first
        .strip_prefix("pub type Guard =")
        .map(|t| t.trim_end_matches(';').trim().to_string());
    match &declared_type {
        None => report.findings.push(finding(
            "missing_guard_declaration",
            &name,
            format!(
                "the first item of src/lib.rs must be `pub type Guard = …;`, found `{}`",
                first.chars().take(80).collect::<String>()
            ),
        )),
        Some(ty) => match guard_name_of_type(ty) {
            None => report.findings.push(finding(
                "unknown_guard_type",
                &name,
                format!("`{ty}` is not a Portcullis guard"),
            )),
            Some(g) => {
                info.code_guard = Some(g.to_string());
                if let Some(m) = &meta {
                    if m.guard != g {
                        report.findings.push(finding(
                            "guard_metadata_mismatch",
                            &name,
                            format!(
                                "code declares guard `{g}` but [package.metadata.portcullis] says `{}`",
                                m.guard
                            ),
                        ));
                    }
                }
            }
        },
    }
    let guard_decls = src.matches("pub type Guard").count();
    if guard_decls > 1 {
        report.findings.push(finding(
            "several_guard_declarations",
            &name,
            format!("{guard_decls} `pub type Guard` declarations; exactly one is allowed"),
        ));
    }
    let exports: Vec<&str> = src
        .match_indices("export!(")
        .map(|(i, _)| &src[i..])
        .collect();
    if exports.len() != 1 {
        report.findings.push(finding(
            "export_count",
            &name,
            format!(
                "expected exactly one `portcullis::export!(Guard, …)`, found {}",
                exports.len()
            ),
        ));
    } else {
        let args = &exports[0]["export!(".len()..];
        let first_arg = args.split(',').next().unwrap_or("").trim();
        if first_arg != "Guard" {
            report.findings.push(finding(
                "export_without_declared_guard",
                &name,
                format!("export! must name the declared `Guard` first, found `{first_arg}`"),
            ));
        }
        let is_cron = meta.as_ref().is_some_and(|m| m.guard == "cron");
        if is_cron != args.split(')').next().unwrap_or("").contains("scheduled") {
            report.findings.push(finding(
                "scheduled_export_mismatch",
                &name,
                "cron functions (and only they) must use `export!(Guard, handler, scheduled)`",
            ));
        }
    }
    for file in rust_files(&dir.join("src")) {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (needle, what) in FORBIDDEN {
            if text.contains(needle) {
                report.findings.push(finding(
                    "unguarded_entry_point",
                    &name,
                    format!(
                        "{} contains {what} (`{needle}`): functions are exposed only through export!",
                        file.display()
                    ),
                ));
            }
        }
    }
    if meta.as_ref().is_some_and(|m| m.guard == "public") {
        info.public_reason = public_reason(&src);
        if info.public_reason.as_deref().is_none_or(str::is_empty) {
            report.findings.push(finding(
                "public_without_reason",
                &name,
                "a public function must state its reason (`const WHY`)",
            ));
        }
    }
    if let (Some(route), Some(guard)) = (&info.route, &info.guard) {
        if route.starts_with("/webhooks/") && !WEBHOOK_GUARDS.contains(&guard.as_str()) {
            report.findings.push(finding(
                "webhook_route_without_webhook_guard",
                &name,
                format!("{route} is a webhook route but is guarded by `{guard}`"),
            ));
        }
        if route.starts_with("/cron/") && guard != "cron" {
            report.findings.push(finding(
                "cron_route_without_cron_guard",
                &name,
                format!("{route} is a cron route but is guarded by `{guard}`"),
            ));
        }
    }
    report.functions.push(info);
}

fn read_toml(path: &Path, report: &mut StaticReport) -> Option<toml::Value> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            report.findings.push(finding(
                "missing_manifest",
                path.display().to_string(),
                e.to_string(),
            ));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            report.findings.push(finding(
                "invalid_manifest",
                path.display().to_string(),
                e.to_string(),
            ));
            None
        }
    }
}

fn check_wrangler(root: &Path, report: &mut StaticReport) {
    let Some(w) = read_toml(&root.join("wrangler.toml"), report) else {
        return;
    };
    let envs = w
        .get("env")
        .and_then(|e| e.as_table())
        .cloned()
        .unwrap_or_default();
    let by_name: BTreeMap<String, usize> = report
        .functions
        .iter()
        .enumerate()
        .map(|(i, f)| (f.name.clone(), i))
        .collect();
    for (env_name, table) in &envs {
        if INFRA_WORKERS.contains(&env_name.as_str()) {
            if table.get("routes").is_some()
                || table.get("route").is_some()
                || table.get("triggers").is_some()
            {
                report.findings.push(finding(
                    "infrastructure_worker_exposed",
                    format!("wrangler.toml [env.{env_name}]"),
                    "infrastructure workers have no routes or triggers; they are reached only through bindings",
                ));
            }
            continue;
        }
        let Some(&i) = by_name.get(env_name) else {
            report.findings.push(finding(
                "unowned_worker",
                format!("wrangler.toml [env.{env_name}]"),
                "no audited function of that name",
            ));
            continue;
        };
        report.functions[i].runtimes.push("workers".into());
        let crons: Vec<String> = table
            .get("triggers")
            .and_then(|t| t.get("crons"))
            .and_then(|c| c.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let f = &report.functions[i];
        match (&f.cron, crons.is_empty()) {
            (None, false) => {
                let name = f.name.clone();
                report.findings.push(finding(
                    "cron_trigger_without_cron_guard",
                    format!("wrangler.toml [env.{env_name}]"),
                    format!("{name} has cron triggers but is not a cron-guarded function"),
                ))
            }
            (Some(c), _) if !crons.contains(c) => report.findings.push(finding(
                "cron_schedule_mismatch",
                format!("wrangler.toml [env.{env_name}]"),
                format!("the metadata schedule \"{c}\" is not among the triggers {crons:?}"),
            )),
            (Some(_), _) => report.functions[i]
                .runtimes
                .push("workers:scheduled (platform-only)".into()),
            _ => {}
        }
        if table.get("name").and_then(|n| n.as_str()).is_none() {
            report.findings.push(finding(
                "worker_without_name",
                format!("wrangler.toml [env.{env_name}]"),
                "each [env.<function>] needs its own `name`",
            ));
        }
    }
    for f in &report.functions.clone() {
        if !envs.contains_key(&f.name) {
            report.findings.push(finding(
                "function_not_in_wrangler",
                &f.name,
                "wrangler.toml has no [env.<function>] for it",
            ));
        }
    }
}

fn check_spin(root: &Path, report: &mut StaticReport) {
    let Some(s) = read_toml(&root.join("spin.toml"), report) else {
        return;
    };
    let triggers = s
        .get("trigger")
        .and_then(|t| t.get("http"))
        .and_then(|h| h.as_array())
        .cloned()
        .unwrap_or_default();
    let components = s
        .get("component")
        .and_then(|c| c.as_table())
        .cloned()
        .unwrap_or_default();
    let mut seen = Vec::new();
    for t in &triggers {
        let route = t.get("route").and_then(|r| r.as_str()).unwrap_or("");
        let component = t.get("component").and_then(|c| c.as_str()).unwrap_or("");
        let owner = report
            .functions
            .iter()
            .position(|f| f.name == component && f.route.as_deref() == Some(route));
        match owner {
            None => report.findings.push(finding(
                "unowned_route",
                format!("spin.toml route {route}"),
                format!(
                    "no audited function `{component}` declares route {route}: every route must belong to a guarded function"
                ),
            )),
            Some(i) => {
                report.functions[i].runtimes.push("spin".into());
                seen.push(component.to_string());
            }
        }
    }
    for (name, table) in &components {
        let subject = || format!("spin.toml [component.{name}]");
        if table.get("allowed_outbound_hosts").is_none() {
            report.findings.push(finding(
                "missing_allowed_outbound_hosts",
                subject(),
                "write allowed_outbound_hosts even when empty: the manifest is the capability list",
            ));
        }
        // The route is audited by its component's name, so the code behind it must be that
        // function's own build: a component that loads another function's module would serve
        // this route behind the other function's guard.
        let source = format!("dist/spin/{name}.wasm");
        if table.get("source").and_then(|s| s.as_str()) != Some(source.as_str()) {
            report.findings.push(finding(
                "spin_source_mismatch",
                subject(),
                format!(
                    "source must be \"{source}\", the module `scripts/build spin {name}` writes"
                ),
            ));
        }
        let command = format!("scripts/build spin {name}");
        let build = table
            .get("build")
            .and_then(|b| b.get("command"))
            .and_then(|c| c.as_str());
        if build != Some(command.as_str()) {
            report.findings.push(finding(
                "spin_build_mismatch",
                subject(),
                format!("[component.{name}.build] command must be \"{command}\", so that `spin build` (and `spin up --build`) builds this function"),
            ));
        }
    }
    for f in &report.functions.clone() {
        if !seen.contains(&f.name) {
            report.findings.push(finding(
                "function_not_in_spin",
                &f.name,
                "spin.toml has no [[trigger.http]] for it with its declared route",
            ));
        }
    }
}

fn check_registry(root: &Path, report: &mut StaticReport) {
    let registry = root.join("shared/local/src/registry.rs");
    let Ok(text) = std::fs::read_to_string(&registry) else {
        return;
    };
    let cargo = std::fs::read_to_string(root.join("shared/local/Cargo.toml")).unwrap_or_default();
    for f in report.functions.iter_mut() {
        let ident = f.name.replace('-', "_");
        let registered = text.contains(&format!("{ident}::portcullis_function()"));
        let depended = cargo.contains(&format!(
            "{} = {{ path = \"../../functions/{}\"",
            f.name, f.name
        ));
        if registered && depended {
            f.runtimes.insert(0, "native".into());
        } else {
            report.findings.push(finding(
                "function_not_registered",
                &f.name,
                "not registered in shared/local (Cargo.toml dependency and registry.rs)",
            ));
        }
    }
}

/// Audits the tree at `root`.
pub fn audit(root: &Path) -> StaticReport {
    let mut report = StaticReport::default();
    let fdir = root.join("functions");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&fdir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    if dirs.is_empty() {
        report.findings.push(finding(
            "no_functions",
            fdir.display().to_string(),
            "no function crates found",
        ));
    }
    for d in &dirs {
        audit_function(d, &mut report);
    }
    check_registry(root, &mut report);
    check_wrangler(root, &mut report);
    check_spin(root, &mut report);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_types_map_to_names() {
        assert_eq!(
            guard_name_of_type("portcullis::guard::JwtUser"),
            Some("jwt-user")
        );
        assert_eq!(
            guard_name_of_type("Jwt<portcullis::guard::jwt::UserAal2>"),
            Some("jwt-user-aal2")
        );
        assert_eq!(
            guard_name_of_type("portcullis::guard::Public<Reason>"),
            Some("public")
        );
        assert_eq!(guard_name_of_type("MyOwnGuard"), None);
    }

    #[test]
    fn first_item_skips_docs_and_attributes() {
        let src = "//! docs\n//! more\n#![deny(missing_docs)]\n\npub type Guard =\n    portcullis::guard::CronSecret;\nfn x() {}\n";
        assert_eq!(
            first_item(src),
            "pub type Guard = portcullis::guard::CronSecret;"
        );
    }
}
