//! The request and response types the core works on, and a byte-level view of a request.
//!
//! Adapters convert their runtime's request into [`Request`] (`http::Request<Bytes>`) with the
//! body already read (under the function's body limit). Guards read requests through
//! [`RequestView`], which exposes header values as *bytes*: verification happens on exactly what
//! arrived, and the provider vectors (which include header values that `http` refuses, such as a
//! trailing newline) run through the same code as production requests via [`RawRequest`].

use bytes::Bytes;

/// The request type handlers see.
pub type Request = http::Request<Bytes>;
/// The response type handlers return.
pub type Response = http::Response<Bytes>;

/// Read-only, byte-level access to a request, as guards need it.
pub trait RequestView {
    /// The method, upper-case (`GET`, `POST`…).
    fn method_str(&self) -> &str;
    /// The raw (undecoded) query string, without `?`; empty when absent.
    fn raw_query(&self) -> &str;
    /// The first value of header `name` (lower-case), as bytes.
    fn header_bytes(&self, name: &str) -> Option<&[u8]>;
    /// The raw body.
    fn body_bytes(&self) -> &[u8];
}

impl RequestView for Request {
    fn method_str(&self) -> &str {
        self.method().as_str()
    }
    fn raw_query(&self) -> &str {
        self.uri().query().unwrap_or("")
    }
    fn header_bytes(&self, name: &str) -> Option<&[u8]> {
        self.headers().get(name).map(|v| v.as_bytes())
    }
    fn body_bytes(&self) -> &[u8] {
        self.body()
    }
}

/// A request as plain bytes: for vectors, fuzzing and tools. Header names are matched
/// case-insensitively.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawRequest {
    /// Method, e.g. `POST`.
    pub method: String,
    /// Raw query string without `?`.
    pub query: String,
    /// Header names and raw values, in order.
    pub headers: Vec<(String, Vec<u8>)>,
    /// The raw body.
    pub body: Vec<u8>,
}

impl RequestView for RawRequest {
    fn method_str(&self) -> &str {
        &self.method
    }
    fn raw_query(&self) -> &str {
        &self.query
    }
    fn header_bytes(&self, name: &str) -> Option<&[u8]> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_slice())
    }
    fn body_bytes(&self) -> &[u8] {
        &self.body
    }
}

/// A runtime's request that `http` refuses: a method, target, header name or header value that
/// is not valid HTTP. Adapters answer it with 400 before any guard runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidRequest;

/// Assembles a [`Request`] from what a runtime hands over: the method, the request target
/// (path and query), the header pairs in order (repeated names stay separate values) and the
/// body, already read under the function's limit. Every adapter builds its requests here.
///
/// Written against `http`'s setters rather than `http::request::Builder`, whose per-header error
/// boxing costs WASM size in every function for the same result.
pub fn assemble_request<K: AsRef<[u8]>, V: AsRef<[u8]>>(
    method: &str,
    target: &str,
    headers: impl IntoIterator<Item = (K, V)>,
    body: Bytes,
) -> Result<Request, InvalidRequest> {
    let mut req = Request::new(body);
    *req.method_mut() = http::Method::from_bytes(method.as_bytes()).map_err(|_| InvalidRequest)?;
    *req.uri_mut() = http::Uri::try_from(target).map_err(|_| InvalidRequest)?;
    let map = req.headers_mut();
    for (name, value) in headers {
        let name = http::HeaderName::from_bytes(name.as_ref()).map_err(|_| InvalidRequest)?;
        let value = http::HeaderValue::from_bytes(value.as_ref()).map_err(|_| InvalidRequest)?;
        map.append(name, value);
    }
    Ok(req)
}

#[cfg(test)]
mod assemble_tests {
    use super::*;

    #[test]
    fn assembles_method_target_repeated_headers_and_body() {
        let req = assemble_request(
            "POST",
            "/webhooks/x?a=1",
            [("x-a", "1"), ("X-A", "2"), ("content-type", "text/plain")],
            Bytes::from_static(b"hi"),
        )
        .unwrap();
        assert_eq!(req.method(), http::Method::POST);
        assert_eq!(req.uri().path(), "/webhooks/x");
        assert_eq!(req.uri().query(), Some("a=1"));
        let xs: Vec<_> = req.headers().get_all("x-a").iter().collect();
        assert_eq!(xs, ["1", "2"]);
        assert_eq!(req.header_bytes("content-type"), Some(&b"text/plain"[..]));
        assert_eq!(req.body().as_ref(), b"hi");
    }

    #[test]
    fn refuses_what_http_refuses() {
        let none: [(&str, &str); 0] = [];
        assert_eq!(
            assemble_request("GE T", "/", none, Bytes::new()).err(),
            Some(InvalidRequest)
        );
        assert_eq!(
            assemble_request("GET", "/a b", none, Bytes::new()).err(),
            Some(InvalidRequest)
        );
        assert_eq!(
            assemble_request("GET", "/", [("bad name", "v")], Bytes::new()).err(),
            Some(InvalidRequest)
        );
        assert_eq!(
            assemble_request("GET", "/", [("x", "a\nb")], Bytes::new()).err(),
            Some(InvalidRequest)
        );
    }
}
