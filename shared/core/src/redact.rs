//! Redaction of everything bound for logs: the logger's use of `portcullis-redact`.
//!
//! Every string field of every log line passes through [`Redactor::redact`]: the exact values of
//! the running function's configured secrets first, then known secret formats (provider keys,
//! JWTs, bearer/basic credentials, PEM blocks, URL passwords, named assignments), then PII
//! (e-mails, phones, CPF/CNPJ). See the `portcullis-redact` crate for formats, masks and the
//! evaluation figures.

pub use portcullis_redact::{Kind, Redactor, Span, MIN_CONFIGURED_SECRET_LEN};
