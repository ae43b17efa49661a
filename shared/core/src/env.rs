//! Configuration and secrets, as the runtime hands them over.
//!
//! Each adapter implements [`Env`]: Workers `env` vars and secrets, Spin variables (the name
//! lower-cased, as Spin requires), `.dev.vars` for the local host. Guards read their secrets here
//! when they are loaded and fail closed ([`ConfigError`]) when one is missing or empty.

use std::collections::BTreeMap;

use crate::secret::SecretSet;

/// Every environment variable that holds a secret. The logger redacts their values from every
/// line; adding a secret to a guard means adding its name here (a test checks the guards' names).
pub const SECRET_VARS: &[&str] = &[
    "META_APP_SECRET",
    "META_VERIFY_TOKEN",
    "MERCADOPAGO_WEBHOOK_SECRET",
    "PADDLE_WEBHOOK_SECRET",
    "STANDARD_WEBHOOK_SECRET",
    "CRON_SECRET",
    "JWT_SECRET",
    "AI_API_KEY",
    "TOKEN_ENCRYPTION_KEY",
    "ASSET_SIGNING_KEY",
    "OUTBOUND_WEBHOOK_SECRET",
];

/// Read access to the function's configuration.
pub trait Env {
    /// The value of `name` (e.g. `PADDLE_WEBHOOK_SECRET`), if set.
    fn get(&self, name: &str) -> Option<String>;
}

/// A configuration error: found when a guard or control is loaded, answered as a 500, never a pass.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A required setting or secret is missing or empty.
    #[error("{0} is not configured")]
    Missing(&'static str),
    /// A setting is present but unusable.
    #[error("{name} is invalid: {why}")]
    Invalid {
        /// The setting's name.
        name: &'static str,
        /// What is wrong with it (never the value).
        why: &'static str,
    },
}

impl ConfigError {
    /// Stable machine-readable code for logs.
    pub fn code(&self) -> &'static str {
        match self {
            ConfigError::Missing(_) => "secret_not_configured",
            ConfigError::Invalid { .. } => "config_invalid",
        }
    }
}

/// Helpers on top of [`Env`].
pub trait EnvExt: Env {
    /// The secrets under `name` (whitespace- or comma-separated for rotation); fails closed.
    fn secrets(&self, name: &'static str) -> Result<SecretSet, ConfigError> {
        let set = SecretSet::parse_list(&self.get(name).unwrap_or_default());
        if set.is_unconfigured() {
            Err(ConfigError::Missing(name))
        } else {
            Ok(set)
        }
    }

    /// A required non-empty setting.
    fn required(&self, name: &'static str) -> Result<String, ConfigError> {
        match self.get(name) {
            Some(v) if !v.trim().is_empty() => Ok(v.trim().to_string()),
            _ => Err(ConfigError::Missing(name)),
        }
    }

    /// An optional setting, `None` when unset or blank.
    fn optional(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    }

    /// An optional unsigned number with a default.
    fn number_or(&self, name: &'static str, default: u64) -> Result<u64, ConfigError> {
        match self.optional(name) {
            None => Ok(default),
            Some(v) => v.parse().map_err(|_| ConfigError::Invalid {
                name,
                why: "not an unsigned integer",
            }),
        }
    }
}

impl<E: Env + ?Sized> EnvExt for E {}

/// An [`Env`] backed by a map (local host, tests).
#[derive(Clone, Default)]
pub struct MapEnv(BTreeMap<String, String>);

impl MapEnv {
    /// An empty environment.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name` to `value`.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<String>) -> &mut Self {
        self.0.insert(name.into(), value.into());
        self
    }

    /// Builder form of [`MapEnv::set`].
    pub fn with(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.set(name, value);
        self
    }

    /// Every entry, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Every value in the map (the log canary uses it to know what must never be printed).
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }
}

impl std::fmt::Debug for MapEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

impl Env for MapEnv {
    fn get(&self, name: &str) -> Option<String> {
        self.0.get(name).cloned()
    }
}
