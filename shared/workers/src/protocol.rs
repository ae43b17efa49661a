//! The wire format between functions and the `PortcullisState` Durable Object.
//!
//! Deliberately tiny (no serde in either binary): a request is newline-separated fields
//! `op, key, ttl_s, by, expect, value, expected`, an answer is `status, wrote, n, value`.
//! Byte values are base64 (standard alphabet), `-` means absent. Keys may not contain newlines
//! (every key Portcullis builds is ASCII without them; others are refused).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// One store operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Op {
    /// `get`, `put`, `put_if_absent`, `increment`, `cas`, `delete`.
    pub op: String,
    /// The key.
    pub key: String,
    /// TTL in seconds.
    pub ttl_s: Option<u64>,
    /// Increment step.
    pub by: i64,
    /// For `cas`: `true` = expect the key absent.
    pub expect_absent: bool,
    /// The value to write.
    pub value: Option<Vec<u8>>,
    /// For `cas`: the expected current value.
    pub expected: Option<Vec<u8>>,
}

/// The object's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answer {
    /// `ok`, or an error message.
    pub status: String,
    /// Whether the operation wrote.
    pub wrote: bool,
    /// Counter value (`increment`).
    pub n: i64,
    /// Value read (`get`).
    pub value: Option<Vec<u8>>,
}

/// Base64 of a stored value (shared with the Durable Object's storage format).
pub fn encode_value(v: &[u8]) -> String {
    STANDARD.encode(v)
}

/// Inverse of [`encode_value`].
pub fn decode_value(s: &str) -> Option<Vec<u8>> {
    STANDARD.decode(s).ok()
}

fn enc(v: &Option<Vec<u8>>) -> String {
    match v {
        Some(b) => STANDARD.encode(b),
        None => "-".into(),
    }
}

fn dec(s: &str) -> Result<Option<Vec<u8>>, String> {
    if s == "-" {
        return Ok(None);
    }
    STANDARD
        .decode(s)
        .map(Some)
        .map_err(|_| "bad base64".to_string())
}

impl Op {
    /// Encodes the operation. Fails on a key with a newline.
    pub fn encode(&self) -> Result<String, String> {
        if self.key.contains('\n') || self.op.contains('\n') {
            return Err("keys may not contain newlines".into());
        }
        Ok(format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.op,
            self.key,
            self.ttl_s.map_or("-".to_string(), |t| t.to_string()),
            self.by,
            if self.expect_absent { 1 } else { 0 },
            enc(&self.value),
            enc(&self.expected)
        ))
    }

    /// Decodes an operation.
    pub fn decode(s: &str) -> Result<Op, String> {
        let f: Vec<&str> = s.split('\n').collect();
        if f.len() != 7 {
            return Err("malformed operation".into());
        }
        Ok(Op {
            op: f[0].to_string(),
            key: f[1].to_string(),
            ttl_s: if f[2] == "-" {
                None
            } else {
                Some(f[2].parse().map_err(|_| "bad ttl")?)
            },
            by: f[3].parse().map_err(|_| "bad step")?,
            expect_absent: f[4] == "1",
            value: dec(f[5])?,
            expected: dec(f[6])?,
        })
    }
}

impl Answer {
    /// Encodes the answer.
    pub fn encode(&self) -> String {
        format!(
            "{}\n{}\n{}\n{}",
            self.status.replace('\n', " "),
            if self.wrote { 1 } else { 0 },
            self.n,
            enc(&self.value)
        )
    }

    /// Decodes an answer.
    pub fn decode(s: &str) -> Result<Answer, String> {
        let f: Vec<&str> = s.split('\n').collect();
        if f.len() != 4 {
            return Err("malformed answer".into());
        }
        Ok(Answer {
            status: f[0].to_string(),
            wrote: f[1] == "1",
            n: f[2].parse().map_err(|_| "bad counter")?,
            value: dec(f[3])?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrips_and_refuses_newlines() {
        let op = Op {
            op: "cas".into(),
            key: "dedup:meta:wamid.X=".into(),
            ttl_s: Some(60),
            by: -3,
            expect_absent: false,
            value: Some(b"done\n\x00".to_vec()),
            expected: Some(b"in_flight".to_vec()),
        };
        assert_eq!(Op::decode(&op.encode().unwrap()), Ok(op.clone()));
        let mut bad = op;
        bad.key = "a\nb".into();
        assert_eq!(bad.encode(), Err("keys may not contain newlines".into()));
        let a = Answer {
            status: "ok".into(),
            wrote: true,
            n: 7,
            value: None,
        };
        assert_eq!(Answer::decode(&a.encode()), Ok(a));
        assert_eq!(Op::decode("get\nk"), Err("malformed operation".into()));
    }
}
