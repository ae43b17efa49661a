//! A tiny cdylib: the same exports with or without the redactor (feature `redact`), so the
//! size difference is what the redactor adds.

use std::borrow::Cow;

/// Allocates `len` bytes for the host to write input into.
#[no_mangle]
pub extern "C" fn probe_alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

fn input<'a>(ptr: *const u8, len: usize) -> &'a str {
    // SAFETY: the host wrote `len` bytes at `ptr`, obtained from `probe_alloc`.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    std::str::from_utf8(bytes).unwrap_or("")
}

#[cfg(feature = "redact")]
fn process(text: &str) -> Cow<'_, str> {
    use std::sync::OnceLock;
    static R: OnceLock<portcullis_redact::Redactor> = OnceLock::new();
    R.get_or_init(portcullis_redact::Redactor::new).redact(text)
}

#[cfg(all(feature = "ac-only", not(feature = "redact")))]
fn process(text: &str) -> Cow<'_, str> {
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
    use std::sync::OnceLock;
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    let ac = AC.get_or_init(|| {
        let mut b = AhoCorasickBuilder::new();
        b.ascii_case_insensitive(true).match_kind(MatchKind::Standard);
        {
            b.kind(Some(AhoCorasickKind::NoncontiguousNFA)).prefilter(false);
        }
        b.build(["sk_live_", "token", "secret", "@", "eyJ"]).unwrap()
    });
    let n = ac.find_overlapping_iter(text).count();
    if n > 0 { Cow::Owned(text.replace('\u{0}', " ")) } else { Cow::Borrowed(text) }
}

#[cfg(not(any(feature = "redact", feature = "ac-only")))]
fn process(text: &str) -> Cow<'_, str> {
    // Something a logger would do anyway: touch every byte, maybe allocate.
    if text.contains('\u{0}') {
        Cow::Owned(text.replace('\u{0}', " "))
    } else {
        Cow::Borrowed(text)
    }
}

/// Processes newline-separated lines `iters` times; returns the total output length, so the
/// work cannot be optimised away.
#[no_mangle]
pub extern "C" fn probe_run(ptr: *const u8, len: usize, iters: u32) -> usize {
    let text = input(ptr, len);
    let mut total = 0;
    for _ in 0..iters {
        for line in text.split('\n') {
            total += process(line).len();
        }
    }
    total
}

/// What a logger does around the redactor: parse a JSON line and print a log record.
#[cfg(feature = "realistic")]
#[no_mangle]
pub extern "C" fn probe_log(ptr: *const u8, len: usize) -> usize {
    let text = input(ptr, len);
    let v: serde_json::Value = serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
    let line = format!("{{\"level\":\"info\",\"msg\":{},\"n\":{}}}", v, len);
    process(&line).len()
}
