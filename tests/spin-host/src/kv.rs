//! Key-value stores backing `fermyon:spin/key-value@2.0.0`.
//!
//! Stores are app-wide (shared by every component that lists the label in its
//! `key_value_stores`, and by every per-request instance). The `default` store always exists
//! and is in-memory unless the runtime config says otherwise; other labels must be defined in
//! the runtime config (`[key_value_store.<label>]`, `type = "redis"` with `url`, or
//! `type = "spin"`/`"memory"`, both in-memory here).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::Deserialize;
use wasmtime::error::Context as _;
use wasmtime::{bail, format_err, Result};

#[derive(Debug, Default, Deserialize)]
pub struct RuntimeConfig {
    #[serde(default)]
    pub key_value_store: BTreeMap<String, StoreConfig>,
}

#[derive(Debug, Deserialize)]
pub struct StoreConfig {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    pub path: Option<String>,
}

impl RuntimeConfig {
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("failed to read runtime config {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("invalid runtime config {}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Self> {
        toml::from_str(text).map_err(|e| format_err!("{e}"))
    }
}

pub enum Backend {
    Memory(Mutex<HashMap<String, Vec<u8>>>),
    Redis {
        url: String,
        client: redis::Client,
        conn: tokio::sync::OnceCell<redis::aio::MultiplexedConnection>,
    },
}

impl Backend {
    fn describe(&self) -> String {
        match self {
            Backend::Memory(_) => "in-memory".into(),
            Backend::Redis { url, .. } => format!("redis ({})", redact_url(url)),
        }
    }
}

fn redact_url(url: &str) -> String {
    // Hide a password in redis://user:password@host/
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://***@{}", &url[..s], &url[at + 1..]),
        _ => url.to_string(),
    }
}

/// All key-value stores of the app, by label.
#[derive(Clone)]
pub struct KvStores {
    stores: Arc<HashMap<String, Backend>>,
}

/// A KV error as the WIT `error` variant (mapped in `host.rs`).
#[derive(Debug)]
pub enum KvError {
    NoSuchStore,
    Other(String),
}

impl KvStores {
    pub fn from_config(config: &RuntimeConfig) -> Result<Self> {
        let mut stores = HashMap::new();
        for (label, sc) in &config.key_value_store {
            let backend = match sc.kind.as_str() {
                "redis" => {
                    let url = sc.url.clone().ok_or_else(|| {
                        format_err!("[key_value_store.{label}] type = \"redis\" requires `url`")
                    })?;
                    let client = redis::Client::open(url.as_str()).map_err(|e| {
                        format_err!("[key_value_store.{label}] invalid redis url: {e}")
                    })?;
                    Backend::Redis {
                        url,
                        client,
                        conn: tokio::sync::OnceCell::new(),
                    }
                }
                "spin" | "memory" => Backend::Memory(Mutex::new(HashMap::new())),
                other => bail!(
                    "[key_value_store.{label}] type {other:?} is not supported by this test \
                     host (supported: \"redis\", \"spin\" and \"memory\", both in-memory)"
                ),
            };
            stores.insert(label.clone(), backend);
        }
        stores
            .entry("default".to_string())
            .or_insert_with(|| Backend::Memory(Mutex::new(HashMap::new())));
        Ok(Self {
            stores: Arc::new(stores),
        })
    }

    pub fn contains(&self, label: &str) -> bool {
        self.stores.contains_key(label)
    }

    pub fn describe(&self) -> Vec<(String, String)> {
        let mut v: Vec<_> = self
            .stores
            .iter()
            .map(|(k, b)| (k.clone(), b.describe()))
            .collect();
        v.sort();
        v
    }

    fn backend(&self, label: &str) -> Result<&Backend, KvError> {
        self.stores.get(label).ok_or(KvError::NoSuchStore)
    }

    async fn redis(
        client: &redis::Client,
        conn: &tokio::sync::OnceCell<redis::aio::MultiplexedConnection>,
    ) -> Result<redis::aio::MultiplexedConnection, KvError> {
        conn.get_or_try_init(|| async { client.get_multiplexed_tokio_connection().await })
            .await
            .cloned()
            .map_err(|e| KvError::Other(format!("redis connection failed: {e}")))
    }

    pub async fn get(&self, label: &str, key: &str) -> Result<Option<Vec<u8>>, KvError> {
        match self.backend(label)? {
            Backend::Memory(m) => Ok(lock(m).get(key).cloned()),
            Backend::Redis { client, conn, .. } => {
                let mut c = Self::redis(client, conn).await?;
                redis::cmd("GET")
                    .arg(key)
                    .query_async(&mut c)
                    .await
                    .map_err(redis_err)
            }
        }
    }

    pub async fn set(&self, label: &str, key: &str, value: Vec<u8>) -> Result<(), KvError> {
        match self.backend(label)? {
            Backend::Memory(m) => {
                lock(m).insert(key.to_string(), value);
                Ok(())
            }
            Backend::Redis { client, conn, .. } => {
                let mut c = Self::redis(client, conn).await?;
                redis::cmd("SET")
                    .arg(key)
                    .arg(value)
                    .query_async::<()>(&mut c)
                    .await
                    .map_err(redis_err)
            }
        }
    }

    pub async fn delete(&self, label: &str, key: &str) -> Result<(), KvError> {
        match self.backend(label)? {
            Backend::Memory(m) => {
                lock(m).remove(key);
                Ok(())
            }
            Backend::Redis { client, conn, .. } => {
                let mut c = Self::redis(client, conn).await?;
                redis::cmd("DEL")
                    .arg(key)
                    .query_async::<()>(&mut c)
                    .await
                    .map_err(redis_err)
            }
        }
    }

    pub async fn exists(&self, label: &str, key: &str) -> Result<bool, KvError> {
        match self.backend(label)? {
            Backend::Memory(m) => Ok(lock(m).contains_key(key)),
            Backend::Redis { client, conn, .. } => {
                let mut c = Self::redis(client, conn).await?;
                redis::cmd("EXISTS")
                    .arg(key)
                    .query_async(&mut c)
                    .await
                    .map_err(redis_err)
            }
        }
    }

    pub async fn get_keys(&self, label: &str) -> Result<Vec<String>, KvError> {
        match self.backend(label)? {
            Backend::Memory(m) => {
                let mut keys: Vec<String> = lock(m).keys().cloned().collect();
                keys.sort();
                Ok(keys)
            }
            Backend::Redis { client, conn, .. } => {
                let mut c = Self::redis(client, conn).await?;
                redis::cmd("KEYS")
                    .arg("*")
                    .query_async(&mut c)
                    .await
                    .map_err(redis_err)
            }
        }
    }
}

fn lock(
    m: &Mutex<HashMap<String, Vec<u8>>>,
) -> std::sync::MutexGuard<'_, HashMap<String, Vec<u8>>> {
    // A panic while holding the lock cannot leave the map half-updated; keep serving.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn redis_err(e: redis::RedisError) -> KvError {
    KvError::Other(format!("redis: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_config_parsing() {
        let rc = RuntimeConfig::parse(
            "[key_value_store.default]\ntype = \"redis\"\nurl = \"redis://u:pw@127.0.0.1:6379\"\n\
             [key_value_store.other]\ntype = \"spin\"\npath = \"x.db\"\n",
        )
        .unwrap();
        let kv = KvStores::from_config(&rc).unwrap();
        assert!(kv.contains("default") && kv.contains("other"));
        assert_eq!(
            kv.describe(),
            vec![
                (
                    "default".into(),
                    "redis (redis://***@127.0.0.1:6379)".into()
                ),
                ("other".into(), "in-memory".into())
            ]
        );
        let bad = RuntimeConfig::parse("[key_value_store.x]\ntype = \"azure_cosmos\"\n").unwrap();
        assert!(KvStores::from_config(&bad).is_err());
        let no_url = RuntimeConfig::parse("[key_value_store.x]\ntype = \"redis\"\n").unwrap();
        assert!(KvStores::from_config(&no_url).is_err());
    }

    #[tokio::test]
    async fn memory_store() {
        let kv = KvStores::from_config(&RuntimeConfig::default()).unwrap();
        assert!(kv.contains("default"));
        assert!(!kv.contains("other"));
        assert_eq!(kv.get("default", "k").await.unwrap(), None);
        assert!(!kv.exists("default", "k").await.unwrap());
        kv.set("default", "k", b"v".to_vec()).await.unwrap();
        kv.set("default", "a", b"1".to_vec()).await.unwrap();
        assert_eq!(kv.get("default", "k").await.unwrap(), Some(b"v".to_vec()));
        assert!(kv.exists("default", "k").await.unwrap());
        assert_eq!(kv.get_keys("default").await.unwrap(), vec!["a", "k"]);
        kv.delete("default", "k").await.unwrap();
        kv.delete("default", "k").await.unwrap();
        assert_eq!(kv.get("default", "k").await.unwrap(), None);
        assert!(matches!(
            kv.get("nope", "k").await,
            Err(KvError::NoSuchStore)
        ));
    }
}
