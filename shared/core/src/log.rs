//! Structured logs: one JSON object per line, one schema, redacted by construction.
//!
//! Schema (every line):
//!
//! | field | type | meaning |
//! |---|---|---|
//! | `ts` | string | RFC 3339 UTC time, milliseconds |
//! | `level` | string | `info`, `warn`, `error` |
//! | `kind` | string | `request`, `auth_attempt`, `scheduled_job`, `security`, `app`, `config` |
//! | `fn` | string | the function's name |
//! | `req` | string | a per-request id (random, 16 hex) |
//! | … | | the kind's own fields (below) |
//!
//! - `request`: `method`, `path`, `status`, `duration_ms`.
//! - `auth_attempt`: `guard`, `outcome` (`accept`/`reject`), `reason` (typed code, on reject).
//!   Never the credential.
//! - `scheduled_job`: `job`, `trigger`, `duration_ms`, `outcome`, and its counts.
//! - `security`: `action` (`block`, `strike`, `limit`…), `actor`, `detail`.
//! - `app`: `event` and the application's fields.
//!
//! Every string value passes through the [`Redactor`] before it is written: configured secret
//! values are replaced, then known secret formats and PII are masked. Field values are
//! [`Field`]s, which have no conversion from [`Secret`](crate::secret::Secret), so a secret
//! cannot be logged even on purpose.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::rc::Rc;

use crate::clock::Clock;
use crate::env::{Env, SECRET_VARS};
use crate::redact::Redactor;

/// Where log lines go (stdout / `console.log` / a capture buffer in tests).
pub trait LogSink {
    /// Writes one complete JSON line (no trailing newline).
    fn write_line(&self, line: &str);
}

/// Writes lines to standard output (native host, Spin, and Workers via `console.log`).
#[derive(Debug, Clone, Default)]
pub struct StdoutSink;

impl LogSink for StdoutSink {
    fn write_line(&self, line: &str) {
        println!("{line}");
    }
}

/// Collects lines in memory (tests, the log canary).
#[derive(Debug, Default)]
pub struct CaptureSink(std::cell::RefCell<Vec<String>>);

impl CaptureSink {
    /// The lines written so far.
    pub fn lines(&self) -> Vec<String> {
        self.0.borrow().clone()
    }
}

impl LogSink for CaptureSink {
    fn write_line(&self, line: &str) {
        self.0.borrow_mut().push(line.to_string());
    }
}

/// Severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Normal operation.
    Info,
    /// A refusal or a degraded path.
    Warn,
    /// A failure the operator must look at.
    Error,
}

impl Level {
    fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "error",
        }
    }
}

/// A log field value. Strings are redacted when written.
#[derive(Debug, Clone, PartialEq)]
pub enum Field<'a> {
    /// Text (redacted on output).
    Str(Cow<'a, str>),
    /// A signed integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
    /// Absent.
    Null,
}

impl<'a> From<&'a str> for Field<'a> {
    fn from(s: &'a str) -> Self {
        Field::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Field<'_> {
    fn from(s: String) -> Self {
        Field::Str(Cow::Owned(s))
    }
}
impl<'a> From<&'a String> for Field<'a> {
    fn from(s: &'a String) -> Self {
        Field::Str(Cow::Borrowed(s.as_str()))
    }
}
impl From<i64> for Field<'_> {
    fn from(n: i64) -> Self {
        Field::Int(n)
    }
}
impl From<u64> for Field<'_> {
    fn from(n: u64) -> Self {
        Field::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u16> for Field<'_> {
    fn from(n: u16) -> Self {
        Field::Int(n.into())
    }
}
impl From<usize> for Field<'_> {
    fn from(n: usize) -> Self {
        Field::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<bool> for Field<'_> {
    fn from(b: bool) -> Self {
        Field::Bool(b)
    }
}
impl<'a, T: Into<Field<'a>>> From<Option<T>> for Field<'a> {
    fn from(o: Option<T>) -> Self {
        o.map(Into::into).unwrap_or(Field::Null)
    }
}

/// The per-request logger.
#[derive(Clone)]
pub struct Logger {
    sink: Rc<dyn LogSink>,
    clock: Rc<dyn Clock>,
    function: &'static str,
    request_id: Rc<str>,
    redactor: Rc<Redactor>,
}

impl std::fmt::Debug for Logger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Logger")
            .field("function", &self.function)
            .field("request_id", &self.request_id)
            .finish_non_exhaustive()
    }
}

impl Logger {
    /// A logger for one request; every configured secret in `env` is redacted from its lines.
    pub fn new(
        sink: Rc<dyn LogSink>,
        clock: Rc<dyn Clock>,
        function: &'static str,
        request_id: String,
        env: &dyn Env,
    ) -> Self {
        let configured: Vec<String> = SECRET_VARS
            .iter()
            .filter_map(|name| env.get(name))
            .flat_map(|v| {
                v.split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        Logger {
            sink,
            clock,
            function,
            request_id: request_id.into(),
            redactor: Rc::new(Redactor::with_secrets(configured)),
        }
    }

    /// The function name on every line.
    pub fn function(&self) -> &'static str {
        self.function
    }

    /// The request id on every line.
    pub fn request_id(&self) -> &str {
        &self.request_id
    }

    /// The redactor this logger applies.
    pub fn redactor(&self) -> &Redactor {
        &self.redactor
    }

    /// Writes one line of `kind` with `fields`.
    pub fn emit(&self, level: Level, kind: &str, fields: &[(&str, Field<'_>)]) {
        let mut line = String::with_capacity(160);
        line.push_str("{\"ts\":\"");
        line.push_str(&self.clock.now().to_rfc3339());
        line.push_str("\",\"level\":\"");
        line.push_str(level.as_str());
        line.push_str("\",\"kind\":");
        push_json_str(&mut line, kind);
        line.push_str(",\"fn\":");
        push_json_str(&mut line, self.function);
        line.push_str(",\"req\":");
        push_json_str(&mut line, &self.request_id);
        for (name, value) in fields {
            line.push(',');
            push_json_str(&mut line, name);
            line.push(':');
            match value {
                Field::Str(s) => push_json_str(&mut line, &self.redactor.redact(s)),
                Field::Int(n) => {
                    let _ = write!(line, "{n}");
                }
                Field::Bool(b) => line.push_str(if *b { "true" } else { "false" }),
                Field::Null => line.push_str("null"),
            }
        }
        line.push('}');
        self.sink.write_line(&line);
    }

    /// A `request` line.
    pub fn request(&self, method: &str, path: &str, status: u16, duration_ms: u64) {
        let level = if status >= 500 {
            Level::Error
        } else if status >= 400 {
            Level::Warn
        } else {
            Level::Info
        };
        self.emit(
            level,
            "request",
            &[
                ("method", method.into()),
                ("path", path.into()),
                ("status", status.into()),
                ("duration_ms", duration_ms.into()),
            ],
        );
    }

    /// An `auth_attempt` line. `reason` is the typed code; the credential is never passed in.
    pub fn auth_attempt(&self, guard: &str, accepted: bool, reason: Option<&str>) {
        self.emit(
            if accepted { Level::Info } else { Level::Warn },
            "auth_attempt",
            &[
                ("guard", guard.into()),
                ("outcome", if accepted { "accept" } else { "reject" }.into()),
                ("reason", reason.into()),
            ],
        );
    }

    /// A `scheduled_job` line.
    pub fn scheduled_job(
        &self,
        job: &str,
        trigger: &str,
        duration_ms: u64,
        outcome: &str,
        counts: &[(&str, i64)],
    ) {
        let mut fields: Vec<(&str, Field<'_>)> = vec![
            ("job", job.into()),
            ("trigger", trigger.into()),
            ("duration_ms", duration_ms.into()),
            ("outcome", outcome.into()),
        ];
        fields.extend(counts.iter().map(|(k, v)| (*k, Field::Int(*v))));
        let level = if outcome == "ok" {
            Level::Info
        } else {
            Level::Error
        };
        self.emit(level, "scheduled_job", &fields);
    }

    /// A `security` line (blocks, strikes, limits).
    pub fn security(&self, action: &str, fields: &[(&str, Field<'_>)]) {
        let mut all: Vec<(&str, Field<'_>)> = vec![("action", action.into())];
        all.extend(fields.iter().cloned());
        self.emit(Level::Warn, "security", &all);
    }

    /// An application event line.
    pub fn app(&self, event: &str, fields: &[(&str, Field<'_>)]) {
        let mut all: Vec<(&str, Field<'_>)> = vec![("event", event.into())];
        all.extend(fields.iter().cloned());
        self.emit(Level::Info, "app", &all);
    }
}

fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{FixedClock, UnixTime};
    use crate::env::MapEnv;

    #[test]
    fn lines_are_json_and_redact_configured_secrets() {
        let sink = Rc::new(CaptureSink::default());
        let clock = Rc::new(FixedClock::at(UnixTime::from_millis(1_764_000_000_123)));
        let env = MapEnv::new().with("CRON_SECRET", "cron-secret-value-0001 cron-old-value-0002");
        let log = Logger::new(sink.clone(), clock, "purge", "abcd".into(), &env);
        log.app(
            "leak",
            &[("note", "got cron-old-value-0002 \"quoted\"".into())],
        );
        let lines = sink.lines();
        assert_eq!(lines.len(), 1);
        let v: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
        assert_eq!(v["ts"], "2025-11-24T16:00:00.123Z");
        assert_eq!(v["kind"], "app");
        assert_eq!(v["fn"], "purge");
        assert!(!lines[0].contains("cron-old-value-0002"));
        assert!(v["note"]
            .as_str()
            .unwrap()
            .contains("[REDACTED:configured_secret]"));
    }
}
