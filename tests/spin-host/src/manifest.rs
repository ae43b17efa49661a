//! Spin manifest v2 (`spin.toml`) loading, validation and variable resolution.
//!
//! Only the subset of the manifest that the Portcullis functions use is understood; unknown
//! keys are ignored (as Spin ignores keys it does not know in some places, and so that a real
//! `spin.toml` loads unchanged).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use wasmtime::error::Context as _;
use wasmtime::{bail, format_err, Result};

use crate::outbound::AllowedHosts;
use crate::router::RoutePattern;

#[derive(Debug, Deserialize)]
struct RawManifest {
    spin_manifest_version: toml::Value,
    #[serde(default)]
    application: RawApplication,
    #[serde(default)]
    variables: BTreeMap<String, RawVariable>,
    #[serde(default)]
    trigger: RawTriggers,
    #[serde(default)]
    component: BTreeMap<String, RawComponent>,
}

#[derive(Debug, Default, Deserialize)]
struct RawApplication {
    #[serde(default)]
    name: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVariable {
    #[serde(default)]
    required: bool,
    #[serde(default)]
    default: Option<String>,
    #[serde(default)]
    secret: bool,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct RawTriggers {
    #[serde(default)]
    http: Vec<RawHttpTrigger>,
}

#[derive(Debug, Deserialize)]
struct RawHttpTrigger {
    route: RawRoute,
    component: toml::Value,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawRoute {
    Path(String),
    Private {
        #[allow(dead_code)]
        private: bool,
    },
}

#[derive(Debug, Deserialize)]
struct RawComponent {
    source: toml::Value,
    #[serde(default)]
    allowed_outbound_hosts: Vec<String>,
    #[serde(default)]
    key_value_stores: Vec<String>,
    #[serde(default)]
    variables: BTreeMap<String, String>,
    #[serde(default)]
    environment: BTreeMap<String, String>,
}

/// A fully validated application: resolved variables, components and routes.
#[derive(Debug)]
pub struct App {
    pub name: String,
    pub components: Vec<ComponentConfig>,
    /// Public HTTP routes, in manifest order.
    pub routes: Vec<(RoutePattern, usize)>,
}

#[derive(Debug)]
pub struct ComponentConfig {
    pub id: String,
    pub source: PathBuf,
    pub allowed_hosts: AllowedHosts,
    pub key_value_stores: Vec<String>,
    /// Component variables, already rendered from the app variables.
    pub variables: HashMap<String, String>,
    /// `environment` (WASI environment variables of the component).
    pub environment: BTreeMap<String, String>,
}

/// Spin's variable-name rules (spin-expressions `Key::new`).
pub fn validate_variable_name(name: &str) -> std::result::Result<(), String> {
    let Some(first) = name.bytes().next() else {
        return Err("variable names must not be empty".into());
    };
    if let Some(c) = name
        .chars()
        .find(|c| !(*c == '_' || c.is_ascii_lowercase() || c.is_ascii_digit()))
    {
        return Err(format!(
            "invalid variable name {name:?}: invalid character {c:?}. Variable names may contain \
             only lower-case letters, numbers, and underscores."
        ));
    }
    if !first.is_ascii_lowercase() {
        return Err(format!(
            "invalid variable name {name:?}: must start with a lowercase ASCII letter"
        ));
    }
    if !name.bytes().last().unwrap_or(b'_').is_ascii_alphanumeric() {
        return Err(format!(
            "invalid variable name {name:?}: must end with a lowercase ASCII letter or digit"
        ));
    }
    if name.contains("__") {
        return Err(format!(
            "invalid variable name {name:?}: must not contain multiple consecutive underscores"
        ));
    }
    Ok(())
}

/// The environment variable that provides app variable `name` (Spin's env provider).
pub fn env_var_name(name: &str) -> String {
    format!("SPIN_VARIABLE_{}", name.to_ascii_uppercase())
}

/// A parsed `"text {{ var }} text"` template.
#[derive(Debug, PartialEq)]
enum Part {
    Lit(String),
    Var(String),
}

fn parse_template(template: &str) -> std::result::Result<Vec<Part>, String> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        if start > 0 {
            parts.push(Part::Lit(rest[..start].to_string()));
        }
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or_else(|| format!("unterminated '{{{{' in template {template:?}"))?;
        let name = after[..end].trim();
        validate_variable_name(name).map_err(|e| format!("in template {template:?}: {e}"))?;
        parts.push(Part::Var(name.to_string()));
        rest = &after[end + 2..];
    }
    if rest.contains("}}") {
        return Err(format!("unmatched '}}}}' in template {template:?}"));
    }
    if !rest.is_empty() {
        parts.push(Part::Lit(rest.to_string()));
    }
    Ok(parts)
}

/// Load and validate a manifest, resolving variables from `env` (normally the process
/// environment).
pub fn load(path: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<App> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("failed to read manifest {}", path.display()))?;
    let base = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    parse(&text, &base, env).with_context(|| format!("invalid manifest {}", path.display()))
}

pub fn parse(text: &str, base: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<App> {
    let raw: RawManifest = toml::from_str(text).map_err(|e| format_err!("{e}"))?;
    match raw.spin_manifest_version {
        toml::Value::Integer(2) => {}
        toml::Value::String(ref s) if s == "2" => {}
        other => bail!("unsupported spin_manifest_version {other} (this host supports only 2)"),
    }

    // --- App variables -------------------------------------------------------------------
    let mut app_vars: HashMap<String, String> = HashMap::new();
    let mut missing = Vec::new();
    for (name, var) in &raw.variables {
        validate_variable_name(name).map_err(|e| format_err!("[variables]: {e}"))?;
        if var.required && var.default.is_some() {
            bail!("variable {name:?}: `required` and `default` are mutually exclusive");
        }
        if !var.required && var.default.is_none() {
            bail!("variable {name:?}: must be `required = true` or have a `default`");
        }
        if var.secret && var.default.is_some() {
            bail!("variable {name:?}: a `secret` variable must not have a `default`");
        }
        match env(&env_var_name(name)).or_else(|| var.default.clone()) {
            Some(value) => {
                app_vars.insert(name.clone(), value);
            }
            None => missing.push(name.clone()),
        }
    }
    if !missing.is_empty() {
        let list = missing
            .iter()
            .map(|n| format!("{n:?} (set {})", env_var_name(n)))
            .collect::<Vec<_>>()
            .join(", ");
        bail!("required variable(s) not set: {list}");
    }

    // --- Components ------------------------------------------------------------------------
    let mut components = Vec::new();
    let mut index_of = HashMap::new();
    for (id, c) in &raw.component {
        validate_component_id(id)?;
        let source = match &c.source {
            toml::Value::String(s) => base.join(s),
            other => bail!(
                "component {id:?}: only a local file `source` is supported, got {other} \
                 (remote/registry sources are not supported by this test host)"
            ),
        };
        let allowed_hosts = AllowedHosts::parse(&c.allowed_outbound_hosts)
            .map_err(|e| format_err!("component {id:?}: allowed_outbound_hosts: {e}"))?;
        for label in &c.key_value_stores {
            if label.is_empty() {
                bail!("component {id:?}: key_value_stores entries must not be empty");
            }
        }
        let mut variables = HashMap::new();
        for (name, template) in &c.variables {
            validate_variable_name(name)
                .map_err(|e| format_err!("[component.{id}.variables]: {e}"))?;
            let parts = parse_template(template)
                .map_err(|e| format_err!("[component.{id}.variables] {name}: {e}"))?;
            let mut value = String::new();
            for part in parts {
                match part {
                    Part::Lit(s) => value.push_str(&s),
                    Part::Var(v) => match app_vars.get(&v) {
                        Some(s) => value.push_str(s),
                        None => bail!(
                            "[component.{id}.variables] {name}: template references \
                             undeclared application variable {v:?}"
                        ),
                    },
                }
            }
            variables.insert(name.clone(), value);
        }
        index_of.insert(id.clone(), components.len());
        components.push(ComponentConfig {
            id: id.clone(),
            source,
            allowed_hosts,
            key_value_stores: c.key_value_stores.clone(),
            variables,
            environment: c.environment.clone(),
        });
    }

    // --- HTTP triggers ---------------------------------------------------------------------
    let mut routes: Vec<(RoutePattern, usize)> = Vec::new();
    for t in &raw.trigger.http {
        let component = match &t.component {
            toml::Value::String(s) => s.clone(),
            other => bail!(
                "[[trigger.http]] component = {other}: inline components are not supported; \
                 reference a [component.<id>] by name"
            ),
        };
        let idx = *index_of.get(&component).ok_or_else(|| {
            format_err!("[[trigger.http]] references unknown component {component:?}")
        })?;
        match &t.route {
            RawRoute::Path(p) => {
                let pattern = RoutePattern::parse(p).map_err(|e| format_err!("{e}"))?;
                if let Some((dup, _)) = routes.iter().find(|(r, _)| r.same_as(&pattern)) {
                    bail!("duplicate route {:?}", dup.raw());
                }
                routes.push((pattern, idx));
            }
            RawRoute::Private { .. } => {}
        }
    }

    Ok(App {
        name: raw.application.name.unwrap_or_else(|| "app".into()),
        components,
        routes,
    })
}

/// Spin component ids: lowercase letters, digits and '-' separated words.
fn validate_component_id(id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && id.as_bytes()[0].is_ascii_lowercase();
    if !ok {
        bail!(
            "invalid component id {id:?}: ids are lower-case letters and digits, \
             in '-'-separated words, starting with a letter"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    const BASE: &str = r#"
spin_manifest_version = 2
[application]
name = "t"
[variables]
greeting = { default = "hello" }
token = { required = true, secret = true }
[[trigger.http]]
route = "/a"
component = "a"
[[trigger.http]]
route = "/b/..."
component = "b"
[component.a]
source = "a.wasm"
key_value_stores = ["default"]
[component.a.variables]
msg = "{{ greeting }}, world ({{token}})"
[component.b]
source = "b.wasm"
"#;

    #[test]
    fn variable_names() {
        assert!(validate_variable_name("api_key2").is_ok());
        assert!(validate_variable_name("").is_err());
        assert!(validate_variable_name("Api").is_err());
        assert!(validate_variable_name("_a").is_err());
        assert!(validate_variable_name("1a").is_err());
        assert!(validate_variable_name("a_").is_err());
        assert!(validate_variable_name("a__b").is_err());
        assert!(validate_variable_name("a-b").is_err());
    }

    #[test]
    fn templates() {
        assert_eq!(
            parse_template("x{{ a }}y{{b}}").unwrap(),
            vec![
                Part::Lit("x".into()),
                Part::Var("a".into()),
                Part::Lit("y".into()),
                Part::Var("b".into())
            ]
        );
        assert!(parse_template("{{ a").is_err());
        assert!(parse_template("a }}").is_err());
        assert!(parse_template("{{ A }}").is_err());
    }

    #[test]
    fn resolves_variables_from_env_and_defaults() {
        let env = |k: &str| (k == "SPIN_VARIABLE_TOKEN").then(|| "s3cr3t".to_string());
        let app = parse(BASE, Path::new("/m"), &env).unwrap();
        assert_eq!(app.name, "t");
        let a = &app.components[0];
        assert_eq!(a.id, "a");
        assert_eq!(a.source, Path::new("/m/a.wasm"));
        assert_eq!(a.variables["msg"], "hello, world (s3cr3t)");
        assert_eq!(a.key_value_stores, vec!["default".to_string()]);
        assert!(app.components[1].variables.is_empty());
        assert_eq!(app.routes.len(), 2);

        let env = |k: &str| {
            (k == "SPIN_VARIABLE_TOKEN" || k == "SPIN_VARIABLE_GREETING").then(|| "e".to_string())
        };
        let app = parse(BASE, Path::new("/m"), &env).unwrap();
        assert_eq!(app.components[0].variables["msg"], "e, world (e)");
    }

    #[test]
    fn missing_required_variable_is_named() {
        let err = parse(BASE, Path::new("/m"), &no_env).unwrap_err();
        let msg = format!("{err:#}");
        assert!(msg.contains("\"token\""), "{msg}");
        assert!(msg.contains("SPIN_VARIABLE_TOKEN"), "{msg}");
    }

    #[test]
    fn rejects_bad_manifests() {
        let env = |_: &str| Some("x".to_string());
        for (bad, needle) in [
            (BASE.replace("= 2", "= 1"), "spin_manifest_version"),
            (
                BASE.replace("{{token}}", "{{ nope }}"),
                "undeclared application variable \"nope\"",
            ),
            (
                BASE.replace("component = \"b\"", "component = \"zz\""),
                "unknown component \"zz\"",
            ),
            (
                BASE.replace("greeting = { default = \"hello\" }", "greeting = {}"),
                "must be `required = true` or have a `default`",
            ),
            (
                BASE.replace("route = \"/b/...\"", "route = \"/a\""),
                "duplicate route",
            ),
        ] {
            let err = parse(&bad, Path::new("/m"), &env).unwrap_err();
            let msg = format!("{err:#}");
            assert!(msg.contains(needle), "expected {needle:?} in {msg:?}");
        }
    }

    #[test]
    fn private_routes_are_not_routable() {
        let m = BASE.replace("route = \"/b/...\"", "route = { private = true }");
        let app = parse(&m, Path::new("/m"), &|_| Some("x".into())).unwrap();
        assert_eq!(app.routes.len(), 1);
    }
}
