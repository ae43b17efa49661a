//! In-memory [`Kv`](super::Kv): the local host's embedded default and the tests' store.
//!
//! Exact atomicity (one thread). Expiry is checked against the injected clock on every read, so
//! tests move time with a `FixedClock` instead of sleeping. [`MemoryKv::set_failing`] makes every
//! operation fail, to prove what each control does when its store is down.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use async_trait::async_trait;

use super::{Atomicity, Kv, StoreError};
use crate::clock::{Clock, UnixTime};

/// A value and its expiry.
type Slot = (Vec<u8>, Option<UnixTime>);

/// An in-memory store.
pub struct MemoryKv {
    clock: Rc<dyn Clock>,
    map: RefCell<BTreeMap<String, Slot>>,
    failing: Cell<bool>,
}

impl std::fmt::Debug for MemoryKv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryKv")
            .field("keys", &self.map.borrow().len())
            .field("failing", &self.failing.get())
            .finish()
    }
}

impl MemoryKv {
    /// An empty store on `clock`.
    pub fn new(clock: Rc<dyn Clock>) -> Self {
        MemoryKv {
            clock,
            map: RefCell::new(BTreeMap::new()),
            failing: Cell::new(false),
        }
    }

    /// Makes every operation fail (`true`) or work again (`false`).
    pub fn set_failing(&self, failing: bool) {
        self.failing.set(failing);
    }

    /// Live keys starting with `prefix` (for tests and the dev host's inspection).
    pub fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        let now = self.clock.now();
        self.map
            .borrow()
            .iter()
            .filter(|(k, (_, exp))| k.starts_with(prefix) && exp.is_none_or(|e| e > now))
            .map(|(k, _)| k.clone())
            .collect()
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.failing.get() {
            Err(StoreError::Unavailable("memory store set to fail".into()))
        } else {
            Ok(())
        }
    }

    fn expiry(&self, ttl_s: Option<u64>) -> Option<UnixTime> {
        ttl_s.map(|t| self.clock.now().plus_millis(t.saturating_mul(1000)))
    }

    fn live(&self, key: &str) -> Option<Slot> {
        let now = self.clock.now();
        let map = self.map.borrow();
        match map.get(key) {
            Some((v, exp)) if exp.is_none_or(|e| e > now) => Some((v.clone(), *exp)),
            _ => None,
        }
    }
}

#[async_trait(?Send)]
impl Kv for MemoryKv {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.check()?;
        Ok(self.live(key).map(|(v, _)| v))
    }

    async fn put(&self, key: &str, value: &[u8], ttl_s: Option<u64>) -> Result<(), StoreError> {
        self.check()?;
        let exp = self.expiry(ttl_s);
        self.map
            .borrow_mut()
            .insert(key.to_string(), (value.to_vec(), exp));
        Ok(())
    }

    async fn put_if_absent(
        &self,
        key: &str,
        value: &[u8],
        ttl_s: Option<u64>,
    ) -> Result<bool, StoreError> {
        self.check()?;
        if self.live(key).is_some() {
            return Ok(false);
        }
        let exp = self.expiry(ttl_s);
        self.map
            .borrow_mut()
            .insert(key.to_string(), (value.to_vec(), exp));
        Ok(true)
    }

    async fn increment(&self, key: &str, by: i64, ttl_s: Option<u64>) -> Result<i64, StoreError> {
        self.check()?;
        let (current, exp) = match self.live(key) {
            Some((v, exp)) => {
                let n: i64 = std::str::from_utf8(&v)
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .ok_or_else(|| StoreError::Corrupt(format!("{key} is not a counter")))?;
                (n, exp)
            }
            None => (0, self.expiry(ttl_s)),
        };
        let next = current.saturating_add(by);
        self.map
            .borrow_mut()
            .insert(key.to_string(), (next.to_string().into_bytes(), exp));
        Ok(next)
    }

    async fn compare_and_swap(
        &self,
        key: &str,
        expected: Option<&[u8]>,
        new: &[u8],
        ttl_s: Option<u64>,
    ) -> Result<bool, StoreError> {
        self.check()?;
        let current = self.live(key).map(|(v, _)| v);
        if current.as_deref() != expected {
            return Ok(false);
        }
        let exp = self.expiry(ttl_s);
        self.map
            .borrow_mut()
            .insert(key.to_string(), (new.to_vec(), exp));
        Ok(true)
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn atomicity(&self) -> Atomicity {
        Atomicity::Exact
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use futures::executor::block_on;

    #[test]
    fn ttl_counters_and_cas() {
        let clock = Rc::new(FixedClock::at(UnixTime::from_secs(1000)));
        let kv = MemoryKv::new(clock.clone());
        block_on(async {
            assert!(kv.put_if_absent("a", b"1", Some(10)).await.unwrap());
            assert!(!kv.put_if_absent("a", b"2", Some(10)).await.unwrap());
            clock.advance_millis(10_000);
            assert_eq!(kv.get("a").await.unwrap(), None);
            assert!(kv.put_if_absent("a", b"3", None).await.unwrap());
            assert_eq!(kv.increment("n", 2, Some(5)).await.unwrap(), 2);
            assert_eq!(kv.increment("n", 3, Some(5)).await.unwrap(), 5);
            clock.advance_millis(5_000);
            assert_eq!(kv.increment("n", 1, Some(5)).await.unwrap(), 1);
            assert!(kv.compare_and_swap("c", None, b"x", None).await.unwrap());
            assert!(!kv.compare_and_swap("c", None, b"y", None).await.unwrap());
            assert!(kv
                .compare_and_swap("c", Some(b"x"), b"y", None)
                .await
                .unwrap());
            kv.set_failing(true);
            assert!(matches!(kv.get("c").await, Err(StoreError::Unavailable(_))));
        });
    }
}
