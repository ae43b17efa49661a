//! Outbound HTTP on Spin: `wasi:http/outgoing-handler`, through spin-sdk's executor.
//!
//! The component may only reach the hosts its manifest lists in `allowed_outbound_hosts`; a
//! request to any other host fails in the host, and the caller sees [`OutboundError::Failed`].

use async_trait::async_trait;
use bytes::Bytes;
use portcullis::outbound::{Outbound, OutboundError};

/// `wasi:http/outgoing-handler`.
#[derive(Debug, Clone, Copy, Default)]
pub struct SpinOutbound;

/// An outgoing request with its body, handed to spin-sdk's `send` as it is. spin-sdk's own
/// `Request` converts through `anyhow`, whose error formatting keeps std's backtrace printing and
/// `rustc_demangle` in the component (~32 KB of code, docs/SIZE.md); this conversion cannot fail.
struct Outgoing(spin_sdk::http::OutgoingRequest, Vec<u8>);

impl spin_sdk::http::conversions::TryIntoOutgoingRequest for Outgoing {
    type Error = std::convert::Infallible;

    fn try_into_outgoing_request(
        self,
    ) -> Result<(spin_sdk::http::OutgoingRequest, Option<Vec<u8>>), Self::Error> {
        Ok((self.0, Some(self.1)))
    }
}

fn outgoing(req: &portcullis::Request) -> Result<Outgoing, OutboundError> {
    use spin_sdk::http::{Fields, Method, OutgoingRequest, Scheme};
    let refused = |what: &str| OutboundError::Failed(["the host refused the ", what].concat());
    let fields = Fields::new();
    for (k, v) in req.headers() {
        fields
            .append(k.as_str(), v.as_bytes())
            .map_err(|_| refused("header"))?;
    }
    let out = OutgoingRequest::new(fields);
    let uri = req.uri();
    out.set_method(&Method::from(req.method().clone()))
        .map_err(|()| refused("method"))?;
    let scheme = match uri.scheme_str() {
        Some("http") => Scheme::Http,
        _ => Scheme::Https,
    };
    out.set_scheme(Some(&scheme))
        .map_err(|()| refused("scheme"))?;
    let authority = uri
        .authority()
        .map(|a| a.as_str())
        .ok_or(OutboundError::Failed("an outbound URL needs a host".into()))?;
    out.set_authority(Some(authority))
        .map_err(|()| refused("authority"))?;
    out.set_path_with_query(uri.path_and_query().map(|p| p.as_str()))
        .map_err(|()| refused("path"))?;
    Ok(Outgoing(out, req.body().to_vec()))
}

#[async_trait(?Send)]
impl Outbound for SpinOutbound {
    async fn send(&self, req: portcullis::Request) -> Result<portcullis::Response, OutboundError> {
        let resp: spin_sdk::http::IncomingResponse = spin_sdk::http::send(outgoing(&req)?)
            .await
            .map_err(|e| OutboundError::Failed(e.to_string()))?;
        let status = http::StatusCode::from_u16(resp.status())
            .map_err(|_| OutboundError::Failed("invalid status".into()))?;
        let headers = resp.headers().entries();
        let body = resp
            .into_body()
            .await
            .map_err(|_| OutboundError::Failed("the response body stream failed".into()))?;
        let mut out = http::Response::new(Bytes::from(body));
        *out.status_mut() = status;
        for (k, v) in headers {
            if let (Ok(k), Ok(v)) = (
                http::HeaderName::from_bytes(k.as_bytes()),
                http::HeaderValue::from_bytes(&v),
            ) {
                out.headers_mut().append(k, v);
            }
        }
        Ok(out)
    }
}
