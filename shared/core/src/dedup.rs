//! Exactly-once effects for at-least-once deliveries (webhooks, retried jobs).
//!
//! Providers retry until they get a 2xx, so the same event arrives more than once. [`Dedup`]
//! is a three-state machine per event id, kept in the [`Kv`](crate::store::Kv):
//!
//! ```text
//!  (absent) --begin--> in_flight --complete--> done (kept for `retention`)
//!                 \--> abandon --> (absent)     (the effect failed: the retry may run it)
//! ```
//!
//! - `begin` on a `done` id returns [`Delivery::Duplicate`]: acknowledge, no second effect.
//! - `begin` on an `in_flight` id returns [`Delivery::InFlight`]: another delivery is running the
//!   effect right now; answer 409 so the provider retries later (nothing is lost).
//! - An `in_flight` claim expires after `claim_ttl`, so a crashed effect does not block forever.
//! - When the store fails, `begin` fails and the caller answers 503 (fail closed: the provider
//!   retries; an effect is never run without its claim).

use crate::store::{Kv, StoreError};

/// Result of trying to start an effect.
#[derive(Debug, PartialEq, Eq)]
pub enum Delivery {
    /// First delivery: run the effect, then call [`Dedup::complete`] (or `abandon`).
    First,
    /// Already done: acknowledge without a second effect.
    Duplicate,
    /// Another delivery holds the claim right now.
    InFlight,
}

/// Dedup state for one scope (`meta`, `paddle`…).
#[derive(Debug, Clone, Copy)]
pub struct Dedup<'a> {
    scope: &'a str,
    claim_ttl_s: u64,
    retention_s: u64,
}

const IN_FLIGHT: &[u8] = b"in_flight";
const DONE: &[u8] = b"done";

impl<'a> Dedup<'a> {
    /// Dedup in `scope`, keeping finished ids for `retention_s` (at least the provider's retry
    /// horizon: Meta and Paddle retry for up to 3 days; the default below is 7 days).
    pub fn new(scope: &'a str, retention_s: u64) -> Self {
        Dedup {
            scope,
            claim_ttl_s: 60,
            retention_s,
        }
    }

    /// Seven days: longer than every supported provider's retry schedule.
    pub const DEFAULT_RETENTION_S: u64 = 7 * 24 * 3600;

    fn key(&self, id: &str) -> String {
        format!("dedup:{}:{}", self.scope, id)
    }

    /// Claims `id`.
    pub async fn begin(&self, kv: &dyn Kv, id: &str) -> Result<Delivery, StoreError> {
        let key = self.key(id);
        if kv
            .put_if_absent(&key, IN_FLIGHT, Some(self.claim_ttl_s))
            .await?
        {
            return Ok(Delivery::First);
        }
        match kv.get(&key).await?.as_deref() {
            Some(DONE) => Ok(Delivery::Duplicate),
            Some(_) => Ok(Delivery::InFlight),
            // Expired between the two calls: try once more.
            None => {
                if kv
                    .put_if_absent(&key, IN_FLIGHT, Some(self.claim_ttl_s))
                    .await?
                {
                    Ok(Delivery::First)
                } else {
                    Ok(Delivery::InFlight)
                }
            }
        }
    }

    /// Marks `id` done.
    pub async fn complete(&self, kv: &dyn Kv, id: &str) -> Result<(), StoreError> {
        kv.put(&self.key(id), DONE, Some(self.retention_s)).await
    }

    /// Releases the claim after a failed effect, so a retry can run it.
    pub async fn abandon(&self, kv: &dyn Kv, id: &str) -> Result<(), StoreError> {
        kv.delete(&self.key(id)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{FixedClock, UnixTime};
    use crate::store::memory::MemoryKv;
    use futures::executor::block_on;
    use std::rc::Rc;

    #[test]
    fn first_duplicate_inflight_and_abandon() {
        let clock = Rc::new(FixedClock::at(UnixTime::from_secs(10)));
        let kv = MemoryKv::new(clock.clone());
        let d = Dedup::new("t", 100);
        block_on(async {
            assert_eq!(d.begin(&kv, "a").await.unwrap(), Delivery::First);
            assert_eq!(d.begin(&kv, "a").await.unwrap(), Delivery::InFlight);
            d.complete(&kv, "a").await.unwrap();
            assert_eq!(d.begin(&kv, "a").await.unwrap(), Delivery::Duplicate);
            assert_eq!(d.begin(&kv, "b").await.unwrap(), Delivery::First);
            d.abandon(&kv, "b").await.unwrap();
            assert_eq!(d.begin(&kv, "b").await.unwrap(), Delivery::First);
            clock.advance_millis(61_000);
            assert_eq!(d.begin(&kv, "b").await.unwrap(), Delivery::First);
            kv.set_failing(true);
            assert!(d.begin(&kv, "c").await.is_err());
        });
    }
}
