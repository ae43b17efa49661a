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
