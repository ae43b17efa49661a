//! `allowed_outbound_hosts` parsing and checking (a subset of Spin's syntax).
//!
//! Supported entries: `scheme://host[:port]` where scheme is `http`, `https` or `*`; host is
//! an exact name/IP, `*` (any host) or `*.suffix` (any subdomain of `suffix`); port is a number,
//! a range `a..b` (Spin's syntax, end exclusive) or `*`, and defaults to the scheme's default
//! port (80/443) when omitted. An empty list denies every outbound request. Templated entries
//! (`{{ var }}`) and `self`/`http://self` are not supported.

#[derive(Debug, Clone, PartialEq)]
enum SchemePat {
    Any,
    Exact(String),
}

#[derive(Debug, Clone, PartialEq)]
enum HostPat {
    Any,
    Exact(String),
    /// `*.example.com`: stored as `.example.com`.
    Subdomain(String),
}

#[derive(Debug, Clone, PartialEq)]
enum PortPat {
    Any,
    Range(u16, u16),
}

#[derive(Debug, Clone, PartialEq)]
struct AllowedHost {
    raw: String,
    scheme: SchemePat,
    host: HostPat,
    port: PortPat,
}

#[derive(Debug, Clone, Default)]
pub struct AllowedHosts(Vec<AllowedHost>);

fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" => Some(80),
        "https" => Some(443),
        _ => None,
    }
}

impl AllowedHosts {
    pub fn parse(entries: &[String]) -> Result<Self, String> {
        entries
            .iter()
            .map(|e| parse_one(e))
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    /// Whether a request to `scheme://host:port` is allowed. `port` is the effective port.
    pub fn allows(&self, scheme: &str, host: &str, port: u16) -> bool {
        let scheme = scheme.to_ascii_lowercase();
        let host = host.to_ascii_lowercase();
        self.0.iter().any(|a| {
            let scheme_ok = match &a.scheme {
                SchemePat::Any => true,
                SchemePat::Exact(s) => *s == scheme,
            };
            let host_ok = match &a.host {
                HostPat::Any => true,
                HostPat::Exact(h) => *h == host,
                HostPat::Subdomain(suffix) => host.ends_with(suffix.as_str()),
            };
            let port_ok = match a.port {
                PortPat::Any => true,
                PortPat::Range(lo, hi) => (lo..=hi).contains(&port),
            };
            scheme_ok && host_ok && port_ok
        })
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn parse_one(entry: &str) -> Result<AllowedHost, String> {
    let bad = |why: &str| Err(format!("{entry:?}: {why}"));
    if entry.contains("{{") {
        return bad("templated allowed_outbound_hosts are not supported by this test host");
    }
    let Some((scheme, rest)) = entry.split_once("://") else {
        return bad("must be of the form scheme://host[:port] (e.g. \"https://example.com\")");
    };
    let scheme = scheme.to_ascii_lowercase();
    let scheme_pat = match scheme.as_str() {
        "*" => SchemePat::Any,
        "http" | "https" => SchemePat::Exact(scheme.clone()),
        other => return bad(&format!("unsupported scheme {other:?} (http, https or *)")),
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.contains('/') {
        return bad("must not contain a path");
    }
    // Split host and port; IPv6 literals are bracketed.
    let (host, port) = if let Some(stripped) = rest.strip_prefix('[') {
        let Some((h, after)) = stripped.split_once(']') else {
            return bad("unterminated '[' in IPv6 host");
        };
        let port = match after.strip_prefix(':') {
            Some(p) => Some(p),
            None if after.is_empty() => None,
            None => return bad("garbage after IPv6 host"),
        };
        (format!("[{}]", h.to_ascii_lowercase()), port)
    } else {
        match rest.rsplit_once(':') {
            Some((h, p)) => (h.to_ascii_lowercase(), Some(p)),
            None => (rest.to_ascii_lowercase(), None),
        }
    };
    if host.is_empty() {
        return bad("missing host");
    }
    if host == "self" {
        return bad("`self` (intra-app requests) is not supported by this test host");
    }
    let host_pat = if host == "*" {
        HostPat::Any
    } else if let Some(suffix) = host.strip_prefix("*.") {
        if suffix.is_empty() || suffix.contains('*') {
            return bad("invalid wildcard host");
        }
        HostPat::Subdomain(format!(".{suffix}"))
    } else if host.contains('*') {
        return bad("'*' is only allowed as the whole host or as a leading '*.' label");
    } else {
        HostPat::Exact(host)
    };
    let port_pat = match port {
        Some("*") => PortPat::Any,
        Some(p) => {
            if let Some((lo, hi)) = p.split_once("..") {
                let (Ok(lo), Ok(hi)) = (lo.parse::<u16>(), hi.parse::<u16>()) else {
                    return bad("invalid port range");
                };
                if lo >= hi {
                    return bad("empty port range");
                }
                PortPat::Range(lo, hi - 1)
            } else {
                match p.parse::<u16>() {
                    Ok(n) => PortPat::Range(n, n),
                    Err(_) => return bad(&format!("invalid port {p:?}")),
                }
            }
        }
        None => match default_port(&scheme) {
            Some(n) => PortPat::Range(n, n),
            None => return bad("a port is required when the scheme is '*'"),
        },
    };
    Ok(AllowedHost {
        raw: entry.to_string(),
        scheme: scheme_pat,
        host: host_pat,
        port: port_pat,
    })
}

impl std::fmt::Display for AllowedHosts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list: Vec<&str> = self.0.iter().map(|a| a.raw.as_str()).collect();
        write!(f, "{list:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(v: &[&str]) -> AllowedHosts {
        AllowedHosts::parse(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn empty_denies_everything() {
        let h = hosts(&[]);
        assert!(h.is_empty());
        assert!(!h.allows("https", "example.com", 443));
    }

    #[test]
    fn exact_hosts_and_default_ports() {
        let h = hosts(&["https://api.example.com", "http://127.0.0.1:8080"]);
        assert!(h.allows("https", "api.example.com", 443));
        assert!(h.allows("HTTPS", "API.example.com", 443));
        assert!(!h.allows("https", "api.example.com", 8443));
        assert!(!h.allows("http", "api.example.com", 443));
        assert!(!h.allows("https", "example.com", 443));
        assert!(h.allows("http", "127.0.0.1", 8080));
        assert!(!h.allows("http", "127.0.0.1", 80));
    }

    #[test]
    fn wildcards() {
        let h = hosts(&["https://*.example.com", "http://localhost:*", "*://*:9000"]);
        assert!(h.allows("https", "a.example.com", 443));
        assert!(h.allows("https", "a.b.example.com", 443));
        assert!(!h.allows("https", "example.com", 443));
        assert!(!h.allows("https", "badexample.com", 443));
        assert!(h.allows("http", "localhost", 1234));
        assert!(h.allows("http", "anything", 9000));
        assert!(h.allows("https", "anything", 9000));
        assert!(!h.allows("http", "anything", 9001));
        let any = hosts(&["https://*:*"]);
        assert!(any.allows("https", "x.y", 1));
        assert!(!any.allows("http", "x.y", 1));
    }

    #[test]
    fn port_ranges() {
        let h = hosts(&["http://localhost:8000..8002"]);
        assert!(h.allows("http", "localhost", 8000));
        assert!(h.allows("http", "localhost", 8001));
        assert!(!h.allows("http", "localhost", 8002));
    }

    #[test]
    fn ipv6() {
        let h = hosts(&["http://[::1]:8080"]);
        assert!(h.allows("http", "[::1]", 8080));
    }

    #[test]
    fn invalid_entries() {
        for bad in [
            "example.com",
            "ftp://example.com",
            "*://example.com",
            "https://ex*ample.com",
            "https://example.com/path",
            "https://example.com:http",
            "https://{{ host }}",
            "http://self",
        ] {
            assert!(
                AllowedHosts::parse(&[bad.to_string()]).is_err(),
                "{bad} should be rejected"
            );
        }
    }
}
