//! Message bodies over WASI streams, with WASI's blocking calls.
//!
//! A Spin instance serves one request and has nothing else to do while a body arrives or
//! leaves, so waiting on the stream (`blocking-read`, `blocking-write-and-flush`) loses nothing.
//! spin-sdk's streaming helpers do the same wait through its executor, a `futures` sink or
//! stream and reference-counted wakers, which costs code in every component (docs/SIZE.md).

use spin_sdk::http::OutgoingBody;
use spin_sdk::wit::wasi::http0_2_0::types::IncomingBody;
use wasi::io::streams::StreamError;

/// The largest write WASI's `blocking-write-and-flush` accepts in one call.
const WRITE_CHUNK: usize = 4096;
/// How much one read asks for.
const READ_CHUNK: u64 = 16 * 1024;

/// Why a body could not be read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyError {
    /// The host gave no stream (the body was already taken).
    Unavailable,
    /// The body is longer than the limit; reading stopped there.
    TooLarge,
    /// The stream failed midway.
    StreamFailed,
}

/// Reads a body to its end, refusing it as soon as it grows past `limit` bytes.
pub(crate) fn read_to_end(body: IncomingBody, limit: usize) -> Result<Vec<u8>, BodyError> {
    let mut bytes = Vec::new();
    {
        let stream = body.stream().map_err(|()| BodyError::Unavailable)?;
        loop {
            match stream.blocking_read(READ_CHUNK) {
                Ok(chunk) => {
                    bytes.extend_from_slice(&chunk);
                    if bytes.len() > limit {
                        return Err(BodyError::TooLarge);
                    }
                }
                Err(StreamError::Closed) => break,
                Err(StreamError::LastOperationFailed(_)) => return Err(BodyError::StreamFailed),
            }
        }
        // The stream is a child of the body: it must be dropped before `finish`.
    }
    drop(IncomingBody::finish(body));
    Ok(bytes)
}

/// Writes all of `bytes` and finishes the body.
pub(crate) fn write_all(body: OutgoingBody, bytes: &[u8]) -> Result<(), BodyError> {
    {
        let stream = body.write().map_err(|()| BodyError::Unavailable)?;
        for chunk in bytes.chunks(WRITE_CHUNK) {
            stream
                .blocking_write_and_flush(chunk)
                .map_err(|_| BodyError::StreamFailed)?;
        }
    }
    OutgoingBody::finish(body, None).map_err(|_| BodyError::StreamFailed)
}
