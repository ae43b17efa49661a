//! security-txt: `/.well-known/security.txt` per RFC 9116.
//!
//! | field | from | default |
//! |---|---|---|
//! | `Contact` (one per entry) | `SECURITY_CONTACT` (comma-separated `mailto:`/`https:` URIs) | required |
//! | `Expires` | `SECURITY_TXT_EXPIRES` (RFC 3339) | required; must be in the future and less than a year ahead (RFC 9116 §2.5.5 recommends under a year so stale files die) |
//! | `Policy` | `SECURITY_POLICY` | omitted |
//! | `Preferred-Languages` | `SECURITY_PREFERRED_LANGUAGES` | `en` |
//! | `Canonical` | `SECURITY_TXT_CANONICAL` | omitted |
//!
//! An expired or missing `Expires` is refused when a host starts (and answered 500 at request
//! time): serving a stale security.txt tells researchers the contact is dead.
pub type Guard = portcullis::guard::Public<Reason>;
portcullis::export!(Guard, handle, config = check_config);

use portcullis::clock::UnixTime;
use portcullis::deps::http::{header, HeaderValue, StatusCode};
use portcullis::env::{ConfigError, Env, EnvExt};
use portcullis::{reply, Ctx, Response, Verified};

/// Why security.txt is public.
#[derive(Debug)]
pub enum Reason {}
impl portcullis::guard::PublicReason for Reason {
    const WHY: &'static str =
        "RFC 9116 disclosure contact for security researchers; public by definition";
}

/// One year, in milliseconds.
const YEAR_MS: u64 = 365 * 24 * 3600 * 1000;

/// The rendered file, or why it cannot be served.
pub fn render(env: &dyn Env, now: UnixTime) -> Result<String, ConfigError> {
    let contacts: Vec<String> = env
        .required("SECURITY_CONTACT")?
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    if contacts
        .iter()
        .any(|c| !(c.starts_with("mailto:") || c.starts_with("https://") || c.starts_with("tel:")))
    {
        return Err(ConfigError::Invalid {
            name: "SECURITY_CONTACT",
            why: "each contact must be a mailto:, https:// or tel: URI",
        });
    }
    let expires_raw = env.required("SECURITY_TXT_EXPIRES")?;
    let expires = parse_expires(&expires_raw, now).ok_or(ConfigError::Invalid {
        name: "SECURITY_TXT_EXPIRES",
        why: "not an RFC 3339 date-time (or +<days>d for local development)",
    })?;
    if expires <= now {
        return Err(ConfigError::Invalid {
            name: "SECURITY_TXT_EXPIRES",
            why: "is in the past",
        });
    }
    if expires.as_millis() - now.as_millis() > YEAR_MS {
        return Err(ConfigError::Invalid {
            name: "SECURITY_TXT_EXPIRES",
            why: "is more than a year ahead",
        });
    }
    // Plain pushes rather than `format!`: the same text without formatting machinery in the
    // WASM build (this function is a few hundred bytes from the size target).
    let mut out = String::new();
    let mut field = |name: &str, value: &str| {
        out.push_str(name);
        out.push_str(": ");
        out.push_str(value);
        out.push('\n');
    };
    for c in &contacts {
        field("Contact", c);
    }
    field("Expires", &expires.to_rfc3339());
    if let Some(p) = env.optional("SECURITY_POLICY") {
        field("Policy", &p);
    }
    let langs = env
        .optional("SECURITY_PREFERRED_LANGUAGES")
        .unwrap_or_else(|| "en".into());
    field("Preferred-Languages", &langs);
    if let Some(c) = env.optional("SECURITY_TXT_CANONICAL") {
        field("Canonical", &c);
    }
    Ok(out)
}

/// An RFC 3339 date, or `+<N>d` (N days from now: a local-development convenience so the
/// example configuration never goes stale; production sets a fixed date).
fn parse_expires(raw: &str, now: UnixTime) -> Option<UnixTime> {
    if let Some(days) = raw.strip_prefix('+').and_then(|r| r.strip_suffix('d')) {
        let days: u64 = days.parse().ok()?;
        // Whole seconds, so the rendered date is stable within a second.
        return Some(UnixTime::from_secs(now.as_secs() + days * 86_400));
    }
    UnixTime::parse_rfc3339(raw)
}

fn check_config(env: &dyn Env, now: UnixTime) -> Result<(), ConfigError> {
    render(env, now).map(|_| ())
}

async fn handle(_req: Verified<Guard>, cx: Ctx) -> portcullis::Result<Response> {
    let body = render(cx.env(), cx.now())?;
    let mut r = reply::text(StatusCode::OK, body);
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use portcullis::env::MapEnv;

    fn env(expires: &str) -> MapEnv {
        MapEnv::new()
            .with(
                "SECURITY_CONTACT",
                "mailto:security@example.test, https://example.test/report",
            )
            .with("SECURITY_TXT_EXPIRES", expires)
    }

    #[test]
    fn renders_rfc9116_fields() {
        let now = UnixTime::parse_rfc3339("2026-11-25T00:00:00Z").unwrap();
        let text = render(&env("2027-06-01T00:00:00Z"), now).unwrap();
        assert_eq!(
            text,
            "Contact: mailto:security@example.test\nContact: https://example.test/report\n\
             Expires: 2027-06-01T00:00:00.000Z\nPreferred-Languages: en\n"
        );
    }

    #[test]
    fn past_or_far_expiry_is_refused() {
        let now = UnixTime::parse_rfc3339("2026-11-25T00:00:00Z").unwrap();
        assert_eq!(
            render(&env("2026-01-01T00:00:00Z"), now),
            Err(ConfigError::Invalid {
                name: "SECURITY_TXT_EXPIRES",
                why: "is in the past"
            })
        );
        assert_eq!(
            render(&env("2028-01-01T00:00:00Z"), now),
            Err(ConfigError::Invalid {
                name: "SECURITY_TXT_EXPIRES",
                why: "is more than a year ahead"
            })
        );
        assert_eq!(
            render(&MapEnv::new(), now),
            Err(ConfigError::Missing("SECURITY_CONTACT"))
        );
    }
}
