//! Escalating blocks for actors who keep trying: strikes that decay, timed blocks that grow.
//!
//! Each refused attempt (an input-guard block, for instance) is a **strike** against the actor the
//! guard verified (`user:<sub>`, `key:<id>`, `ip:<addr>`). Strikes live in the store with a TTL:
//! they decay `window_s` after the first one. `strikes_to_block` strikes inside the window give a
//! timed **block**; each new block doubles the previous one (`base_block_s`, `2×`, `4×`… up to
//! `max_block_s`), and the level itself is forgotten after `memory_s` without blocks. A blocked
//! actor is answered 429 with `Retry-After` *before* any model call or other cost.
//!
//! Defaults: 3 strikes in 10 minutes → 5 minutes, then 10, 20… capped at 24 hours; levels are
//! remembered for 24 hours. Every strike and block is a `security` log line.
//!
//! **Store failure: fail closed.** When the store cannot be read or written, the caller answers
//! 503 and does not call the model: a control that cannot remember abuse must not hand out
//! free, unmetered calls. (The input guard itself is pure and keeps refusing injections.)

use crate::clock::UnixTime;
use crate::log::Logger;
use crate::store::{Kv, StoreError};

/// Escalation policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Escalation {
    /// Strikes within the window that trigger a block.
    pub strikes_to_block: i64,
    /// Strikes decay this long after the first one.
    pub window_s: u64,
    /// First block length.
    pub base_block_s: u64,
    /// Longest block.
    pub max_block_s: u64,
    /// How long a block level is remembered.
    pub memory_s: u64,
}

impl Default for Escalation {
    fn default() -> Self {
        Escalation {
            strikes_to_block: 3,
            window_s: 600,
            base_block_s: 300,
            max_block_s: 86_400,
            memory_s: 86_400,
        }
    }
}

/// Where an actor stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// May proceed.
    Clear,
    /// Blocked for this many more seconds.
    Blocked {
        /// Seconds until the block ends (for `Retry-After`).
        retry_after_s: u64,
    },
}

/// What one strike did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrikeOutcome {
    /// Strikes now in the window (0 after a block was triggered).
    pub strikes: i64,
    /// The block this strike triggered: (seconds, level).
    pub blocked: Option<(u64, i64)>,
}

fn key(kind: &str, actor: &str) -> String {
    format!("esc:{kind}:{actor}")
}

impl Escalation {
    /// Whether `actor` is blocked now.
    pub async fn standing(
        &self,
        kv: &dyn Kv,
        actor: &str,
        now: UnixTime,
    ) -> Result<Standing, StoreError> {
        let Some(raw) = kv.get(&key("block", actor)).await? else {
            return Ok(Standing::Clear);
        };
        let until: u64 = std::str::from_utf8(&raw)
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| StoreError::Corrupt("block expiry".into()))?;
        if until <= now.as_millis() {
            return Ok(Standing::Clear);
        }
        Ok(Standing::Blocked {
            retry_after_s: (until - now.as_millis()).div_ceil(1000),
        })
    }

    /// Records a strike against `actor` (logging it), blocking when the threshold is reached.
    pub async fn strike(
        &self,
        kv: &dyn Kv,
        actor: &str,
        now: UnixTime,
        reason: &str,
        log: &Logger,
    ) -> Result<StrikeOutcome, StoreError> {
        let strikes = kv
            .increment(&key("strikes", actor), 1, Some(self.window_s))
            .await?;
        log.security(
            "strike",
            &[
                ("actor", actor.into()),
                ("reason", reason.into()),
                ("strikes", strikes.into()),
                ("threshold", self.strikes_to_block.into()),
            ],
        );
        if strikes < self.strikes_to_block {
            return Ok(StrikeOutcome {
                strikes,
                blocked: None,
            });
        }
        let level = kv
            .increment(&key("level", actor), 1, Some(self.memory_s))
            .await?;
        let factor = 1u64
            .checked_shl((level - 1).clamp(0, 32) as u32)
            .unwrap_or(u64::MAX);
        let secs = self
            .base_block_s
            .saturating_mul(factor)
            .min(self.max_block_s);
        let until = now.as_millis().saturating_add(secs * 1000);
        kv.put(
            &key("block", actor),
            until.to_string().as_bytes(),
            Some(secs),
        )
        .await?;
        kv.delete(&key("strikes", actor)).await?;
        log.security(
            "block",
            &[
                ("actor", actor.into()),
                ("reason", reason.into()),
                ("level", level.into()),
                ("block_s", secs.into()),
            ],
        );
        Ok(StrikeOutcome {
            strikes: 0,
            blocked: Some((secs, level)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::env::MapEnv;
    use crate::log::CaptureSink;
    use crate::store::memory::MemoryKv;
    use futures::executor::block_on;
    use std::rc::Rc;

    #[test]
    fn strikes_block_escalate_and_decay() {
        let clock = Rc::new(FixedClock::at(UnixTime::from_secs(1_000_000)));
        let kv = MemoryKv::new(clock.clone());
        let sink = Rc::new(CaptureSink::default());
        let log = Logger::new(sink.clone(), clock.clone(), "t", "r".into(), &MapEnv::new());
        let e = Escalation::default();
        let now = || portcullis_now(&clock);
        block_on(async {
            assert_eq!(
                e.standing(&kv, "user:a", now()).await.unwrap(),
                Standing::Clear
            );
            assert_eq!(
                e.strike(&kv, "user:a", now(), "x", &log)
                    .await
                    .unwrap()
                    .strikes,
                1
            );
            assert_eq!(
                e.strike(&kv, "user:a", now(), "x", &log)
                    .await
                    .unwrap()
                    .strikes,
                2
            );
            let third = e.strike(&kv, "user:a", now(), "x", &log).await.unwrap();
            assert_eq!(third.blocked, Some((300, 1)));
            assert_eq!(
                e.standing(&kv, "user:a", now()).await.unwrap(),
                Standing::Blocked { retry_after_s: 300 }
            );
            clock.advance_millis(299_500);
            assert_eq!(
                e.standing(&kv, "user:a", now()).await.unwrap(),
                Standing::Blocked { retry_after_s: 1 }
            );
            clock.advance_millis(500);
            assert_eq!(
                e.standing(&kv, "user:a", now()).await.unwrap(),
                Standing::Clear
            );
            // Second block doubles.
            for _ in 0..2 {
                e.strike(&kv, "user:a", now(), "x", &log).await.unwrap();
            }
            let again = e.strike(&kv, "user:a", now(), "x", &log).await.unwrap();
            assert_eq!(again.blocked, Some((600, 2)));
            // Strikes decay after the window.
            e.strike(&kv, "user:b", now(), "x", &log).await.unwrap();
            clock.advance_millis(600_000);
            assert_eq!(
                e.strike(&kv, "user:b", now(), "x", &log)
                    .await
                    .unwrap()
                    .strikes,
                1
            );
            // Store failure surfaces as an error (callers fail closed).
            kv.set_failing(true);
            assert!(e.standing(&kv, "user:a", now()).await.is_err());
        });
        let lines = sink.lines();
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.contains("\"action\":\"block\""))
                .count(),
            2
        );
        assert!(lines.iter().all(|l| l.contains("\"kind\":\"security\"")));
    }

    fn portcullis_now(c: &FixedClock) -> UnixTime {
        crate::clock::Clock::now(c)
    }
}
