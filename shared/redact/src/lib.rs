//! PII masking and secret redaction (work in progress).
