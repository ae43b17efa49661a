//! The log canary: values that must never appear in any captured output line.
//!
//! The needles are every configured secret (the `SECRET_VARS` of an environment, each rotation
//! entry), every secret in the provider vector files (`webhooks.json` case secrets, the JWT
//! file's HS256 secret), and PII planted in test fixtures ([`PLANTED_PII`]). The tests capture
//! the log lines of the in-process hosts *and* the whole stdout/stderr of every process they
//! start (`portcullis dev`, workerd, the Spin host), so a secret printed by any path — the
//! redacting logger, a stray `println!`, a panic message — fails the suite.

use std::path::Path;

use portcullis::env::{Env, MapEnv, SECRET_VARS};

/// PII the tests plant into requests (fake, but well-formed: valid CPF check digits, numbering
/// plans that the masker recognises).
pub const PLANTED_PII: &[&str] = &[
    "ana.canary@example.com",
    "+55 11 98765-4321",
    "5511987654321",
    "529.982.247-25",
    "+1 (415) 555-0132",
];

/// Needles shorter than this are not searched for (they would match ordinary text).
const MIN_NEEDLE: usize = 8;

/// A value found where it must not be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    /// What kind of value leaked (`configured_secret`, `vector_secret`, `planted_pii`).
    pub kind: &'static str,
    /// Which line (0-based) of the checked output.
    pub line: usize,
}

/// The set of forbidden values.
#[derive(Debug, Default, Clone)]
pub struct Canary {
    needles: Vec<(&'static str, String)>,
}

impl Canary {
    /// An empty canary.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one value.
    pub fn add(&mut self, kind: &'static str, value: &str) {
        if value.len() >= MIN_NEEDLE && !self.needles.iter().any(|(_, v)| v == value) {
            self.needles.push((kind, value.to_string()));
        }
    }

    /// Every configured secret of `env`.
    pub fn with_env(mut self, env: &MapEnv) -> Self {
        for name in SECRET_VARS {
            if let Some(v) = env.get(name) {
                for part in v.split(|c: char| c.is_whitespace() || c == ',') {
                    self.add("configured_secret", part);
                }
            }
        }
        self
    }

    /// Every secret in the vector files of `dir`.
    pub fn with_vectors(mut self, dir: &Path) -> Self {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return self;
        };
        for e in entries.flatten() {
            let Ok(text) = std::fs::read_to_string(e.path()) else {
                continue;
            };
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            if let Some(s) = v["keys"]["hs256_secret"].as_str() {
                self.add("vector_secret", s);
            }
            for case in v["cases"].as_array().into_iter().flatten() {
                for s in case["secrets"].as_array().into_iter().flatten() {
                    if let Some(s) = s.as_str() {
                        self.add("vector_secret", s);
                    }
                }
            }
        }
        self
    }

    /// The planted PII.
    pub fn with_planted_pii(mut self) -> Self {
        for p in PLANTED_PII {
            self.add("planted_pii", p);
        }
        self
    }

    /// Number of values searched for.
    pub fn len(&self) -> usize {
        self.needles.len()
    }

    /// True when nothing is searched for.
    pub fn is_empty(&self) -> bool {
        self.needles.is_empty()
    }

    /// The first leak in `lines`, if any.
    pub fn check<S: AsRef<str>>(&self, lines: &[S]) -> Result<(), Leak> {
        for (i, line) in lines.iter().enumerate() {
            for (kind, needle) in &self.needles {
                if line.as_ref().contains(needle.as_str()) {
                    return Err(Leak { kind, line: i });
                }
            }
        }
        Ok(())
    }
}
