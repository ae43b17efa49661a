//! `.dev.vars`: local secrets, in the format `wrangler dev` also reads (`KEY=value` lines,
//! `#` comments, optional single or double quotes). Created from `.dev.vars.example` (fake
//! values) on first run; git-ignored.

use std::path::{Path, PathBuf};

use portcullis::env::MapEnv;

/// Parses the `.dev.vars` format.
pub fn parse(text: &str) -> MapEnv {
    let mut env = MapEnv::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let v = v.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|x| x.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
            .unwrap_or(v);
        env.set(k.trim(), v);
    }
    env
}

/// Loads `path`, creating it from `<repo>/.dev.vars.example` when it does not exist.
/// Returns the environment and whether the file was just created.
pub fn load_or_create(path: &Path) -> Result<(MapEnv, bool), String> {
    let mut created = false;
    if !path.exists() {
        let example = example_path(path);
        std::fs::copy(&example, path).map_err(|e| {
            format!(
                "cannot create {} from {}: {e}",
                path.display(),
                example.display()
            )
        })?;
        created = true;
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((parse(&text), created))
}

fn example_path(path: &Path) -> PathBuf {
    path.parent()
        .unwrap_or(Path::new("."))
        .join(".dev.vars.example")
}

#[cfg(test)]
mod tests {
    use super::*;
    use portcullis::env::Env;

    #[test]
    fn parses_comments_quotes_and_equals_in_values() {
        let env = parse("# c\nA=1\nB = \"x=y\"\nC='z'\n\nbad line\n");
        assert_eq!(env.get("A").as_deref(), Some("1"));
        assert_eq!(env.get("B").as_deref(), Some("x=y"));
        assert_eq!(env.get("C").as_deref(), Some("z"));
        assert_eq!(env.get("bad line"), None);
    }
}
