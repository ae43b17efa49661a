//! The audit's static half on fixtures that must fail, and on the real tree with each guard
//! declaration removed in turn.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use portcullis_local::audit::static_checks::audit;

fn repo() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn codes(root: &Path) -> Vec<&'static str> {
    let mut c: Vec<&'static str> = audit(root).findings.iter().map(|f| f.code).collect();
    c.sort_unstable();
    c
}

fn fixture(name: &str) -> PathBuf {
    repo().join("tests/audit-fixtures").join(name)
}

#[test]
fn good_fixture_passes() {
    assert_eq!(codes(&fixture("good")), Vec::<&str>::new());
}

#[test]
fn unguarded_crate_fails() {
    assert_eq!(
        codes(&fixture("unguarded")),
        vec!["missing_guard_declaration", "unguarded_entry_point"]
    );
}

#[test]
fn guard_metadata_mismatch_fails() {
    let report = audit(&fixture("mismatch"));
    assert_eq!(codes(&fixture("mismatch")), vec!["guard_metadata_mismatch"]);
    assert_eq!(
        report.findings[0].message,
        "code declares guard `cron` but [package.metadata.portcullis] says `paddle-webhook`"
    );
}

#[test]
fn manifest_route_without_owner_fails() {
    assert_eq!(
        codes(&fixture("unlisted-route")),
        vec!["missing_allowed_outbound_hosts", "unowned_route"]
    );
}

#[test]
fn a_spin_component_must_load_and_build_its_own_function() {
    let scratch =
        std::env::temp_dir().join(format!("portcullis-audit-spin-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    copy_tree(&fixture("good"), &scratch);
    let manifest = scratch.join("spin.toml");
    let original = std::fs::read_to_string(&manifest).unwrap();
    // the guarded route served by another module, and no build command
    let swapped = original
        .replace("dist/spin/paddle-webhook.wasm", "dist/spin/health.wasm")
        .replace("command = \"scripts/build spin paddle-webhook\"", "");
    assert_ne!(swapped, original);
    std::fs::write(&manifest, &swapped).unwrap();
    let report = audit(&scratch);
    assert_eq!(
        codes(&scratch),
        vec!["spin_build_mismatch", "spin_source_mismatch"]
    );
    assert!(report
        .findings
        .iter()
        .all(|f| f.subject == "spin.toml [component.paddle-webhook]"));
    // another function's build command is a mismatch too
    let other = original.replace(
        "scripts/build spin paddle-webhook",
        "scripts/build spin health",
    );
    std::fs::write(&manifest, other).unwrap();
    assert_eq!(codes(&scratch), vec!["spin_build_mismatch"]);
    let _ = std::fs::remove_dir_all(&scratch);
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let p = entry.path();
        let name = entry.file_name();
        if p.is_dir() {
            if name == "target" || name == "build" {
                continue;
            }
            copy_tree(&p, &to.join(&name));
        } else {
            std::fs::copy(&p, to.join(&name)).unwrap();
        }
    }
}

#[test]
fn the_real_tree_passes_and_fails_when_any_guard_declaration_is_removed() {
    let scratch = std::env::temp_dir().join(format!("portcullis-audit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    copy_tree(&repo().join("functions"), &scratch.join("functions"));
    for f in ["wrangler.toml", "spin.toml"] {
        std::fs::copy(repo().join(f), scratch.join(f)).unwrap();
    }
    std::fs::create_dir_all(scratch.join("shared/local/src")).unwrap();
    std::fs::copy(
        repo().join("shared/local/Cargo.toml"),
        scratch.join("shared/local/Cargo.toml"),
    )
    .unwrap();
    std::fs::copy(
        repo().join("shared/local/src/registry.rs"),
        scratch.join("shared/local/src/registry.rs"),
    )
    .unwrap();
    assert_eq!(
        codes(&scratch),
        Vec::<&str>::new(),
        "the real tree is clean"
    );

    let mut functions: Vec<PathBuf> = std::fs::read_dir(scratch.join("functions"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    functions.sort();
    assert!(functions.len() >= 8);
    for dir in functions {
        let lib = dir.join("src/lib.rs");
        let original = std::fs::read_to_string(&lib).unwrap();
        let without: String = original
            .lines()
            .filter(|l| !l.starts_with("pub type Guard"))
            .collect::<Vec<_>>()
            .join("\n");
        assert_ne!(without, original, "{} declares a guard", dir.display());
        std::fs::write(&lib, without).unwrap();
        let report = audit(&scratch);
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.code == "missing_guard_declaration" && f.subject == name),
            "removing {name}'s guard must be a finding, got {:?}",
            report.findings
        );
        std::fs::write(&lib, original).unwrap();
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
