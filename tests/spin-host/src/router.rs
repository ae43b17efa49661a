//! Spin-style HTTP routing: exact routes and trailing-wildcard (`/prefix/...`) routes.
//!
//! Matching rules (as Spin's HTTP trigger): an exact route beats any wildcard route; among
//! wildcard routes the longest prefix wins; `/prefix/...` matches `/prefix` itself and every
//! path below it, but not `/prefixes`. A trailing `/` on the request path is ignored.
//! Route parameters (`/users/:id`) are not supported by this test host.

#[derive(Debug, Clone)]
pub struct RoutePattern {
    raw: String,
    /// Path segments of the route, without the trailing `...`.
    segments: Vec<String>,
    wildcard: bool,
}

/// The outcome of routing one request.
#[derive(Debug, PartialEq)]
pub struct RouteMatch<'a> {
    pub component: usize,
    /// The route as written in the manifest (`/prefix/...`).
    pub raw_route: &'a str,
    /// The route without the wildcard suffix (`/prefix`).
    pub base_route: String,
    /// The part of the path that the wildcard matched (`/rest/of/path`, or `` for exact).
    pub path_info: String,
}

fn split(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl RoutePattern {
    pub fn parse(route: &str) -> Result<Self, String> {
        if !route.starts_with('/') {
            return Err(format!("route {route:?} must start with '/'"));
        }
        let (body, wildcard) = if route == "/..." {
            ("/", true)
        } else if let Some(prefix) = route.strip_suffix("/...") {
            (prefix, true)
        } else {
            (route, false)
        };
        let segments = split(body);
        if let Some(seg) = segments
            .iter()
            .find(|s| s.starts_with(':') || s.contains("...") || *s == "*")
        {
            return Err(format!(
                "route {route:?}: segment {seg:?} is not supported by this test host (only \
                 exact routes and trailing '/...' wildcards are)"
            ));
        }
        Ok(Self {
            raw: route.to_string(),
            segments,
            wildcard,
        })
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    pub fn same_as(&self, other: &Self) -> bool {
        self.segments == other.segments && self.wildcard == other.wildcard
    }

    fn base(&self) -> String {
        format!("/{}", self.segments.join("/"))
    }
}

/// Find the component for `path` (the request path, without query).
pub fn route<'a>(routes: &'a [(RoutePattern, usize)], path: &str) -> Option<RouteMatch<'a>> {
    let segs = split(path);
    if let Some((r, c)) = routes
        .iter()
        .find(|(r, _)| !r.wildcard && r.segments == segs)
    {
        return Some(RouteMatch {
            component: *c,
            raw_route: &r.raw,
            base_route: r.base(),
            path_info: String::new(),
        });
    }
    let (r, c) = routes
        .iter()
        .filter(|(r, _)| r.wildcard && segs.starts_with(&r.segments))
        .max_by_key(|(r, _)| r.segments.len())?;
    let base = r.base();
    // Keep the request's own spelling of the remainder (including a trailing slash).
    let trimmed = path.trim_start_matches('/');
    let mut rest = trimmed;
    for seg in &r.segments {
        rest = rest.trim_start_matches('/');
        rest = &rest[seg.len()..];
    }
    let path_info = if rest.is_empty() {
        String::new()
    } else {
        format!("/{}", rest.trim_start_matches('/'))
    };
    Some(RouteMatch {
        component: *c,
        raw_route: &r.raw,
        base_route: base,
        path_info,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(routes: &[&str]) -> Vec<(RoutePattern, usize)> {
        routes
            .iter()
            .enumerate()
            .map(|(i, r)| (RoutePattern::parse(r).unwrap(), i))
            .collect()
    }

    #[test]
    fn exact_and_wildcards() {
        let t = table(&[
            "/health",
            "/api/...",
            "/api/v1/...",
            "/...",
            "/api/v1/exact",
        ]);
        let c = |p: &str| route(&t, p).map(|m| m.component);
        assert_eq!(c("/health"), Some(0));
        assert_eq!(c("/health/"), Some(0));
        assert_eq!(c("/health/x"), Some(3));
        assert_eq!(c("/api"), Some(1));
        assert_eq!(c("/api/x"), Some(1));
        assert_eq!(c("/apix"), Some(3));
        assert_eq!(c("/api/v1"), Some(2));
        assert_eq!(c("/api/v1/a/b"), Some(2));
        assert_eq!(c("/api/v1/exact"), Some(4));
        assert_eq!(c("/"), Some(3));
        assert_eq!(c("/anything"), Some(3));
    }

    #[test]
    fn no_match() {
        let t = table(&["/health", "/api/..."]);
        assert_eq!(route(&t, "/"), None);
        assert_eq!(route(&t, "/healthz"), None);
        assert_eq!(route(&t, "/ap"), None);
    }

    #[test]
    fn path_info() {
        let t = table(&["/api/...", "/exact", "/..."]);
        let m = route(&t, "/api/a/b").unwrap();
        assert_eq!(m.raw_route, "/api/...");
        assert_eq!(m.base_route, "/api");
        assert_eq!(m.path_info, "/a/b");
        assert_eq!(route(&t, "/api").unwrap().path_info, "");
        assert_eq!(route(&t, "/exact").unwrap().path_info, "");
        let root = route(&t, "/x/y").unwrap();
        assert_eq!(root.base_route, "/");
        assert_eq!(root.path_info, "/x/y");
    }

    #[test]
    fn unsupported_routes() {
        assert!(RoutePattern::parse("api").is_err());
        assert!(RoutePattern::parse("/users/:id").is_err());
        assert!(RoutePattern::parse("/a/.../b").is_err());
    }
}
