//! The CLI's `--jsonl` mode: one JSON object in, one JSON object out, line for line.
//!
//! Input: `{"text": "…"}` (other fields are ignored). Output:
//! `{"masked":"…","spans":[{"start":0,"end":15,"kind":"email"}]}` where `start`/`end` count
//! **Unicode code points** of the original `text` (end-exclusive), as Python's `str` does, so
//! the output lines up with the evaluation files. A line that cannot be processed yields
//! `{"error":"…"}`, so the output keeps one line per input line, in order.

use serde_json::Value;

use crate::Redactor;

/// Processes one input line; the result has no trailing newline.
pub fn process_line(r: &Redactor, line: &str) -> String {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return error(&format!("invalid JSON: {e}")),
    };
    let Some(obj) = value.as_object() else {
        return error("expected a JSON object");
    };
    let Some(text) = obj.get("text") else {
        return error("missing field \"text\"");
    };
    let Some(text) = text.as_str() else {
        return error("field \"text\" is not a string");
    };
    let (masked, spans) = r.redact_with_spans(text);
    // Byte offset -> code point index, walking the characters once.
    let mut offsets: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let mut map: Vec<(usize, usize)> = Vec::with_capacity(offsets.len());
    let mut wanted = offsets.iter().peekable();
    for (cp, (byte, _)) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .enumerate()
    {
        while let Some(&&b) = wanted.peek() {
            if b <= byte {
                map.push((b, cp));
                wanted.next();
            } else {
                break;
            }
        }
    }
    let cp = |b: usize| {
        map.binary_search_by_key(&b, |&(k, _)| k)
            .map_or(0, |i| map[i].1)
    };
    let mut out = String::with_capacity(masked.len() + 32 + spans.len() * 48);
    out.push_str("{\"masked\":");
    out.push_str(&json_string(&masked));
    out.push_str(",\"spans\":[");
    for (i, s) in spans.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"start\":{},\"end\":{},\"kind\":\"{}\"}}",
            cp(s.start),
            cp(s.end),
            s.kind.as_str()
        ));
    }
    out.push_str("]}");
    out
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| String::from("\"\""))
}

fn error(msg: &str) -> String {
    format!("{{\"error\":{}}}", json_string(msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_point_offsets() {
        let r = Redactor::new();
        let out = process_line(&r, r#"{"text":"ação ★ ana@example.com","id":7}"#);
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["masked"], "ação ★ ***@example.com");
        assert_eq!(v["spans"][0]["start"], 7);
        assert_eq!(v["spans"][0]["end"], 22);
        assert_eq!(v["spans"][0]["kind"], "email");
    }

    #[test]
    fn errors_keep_the_line() {
        let r = Redactor::new();
        assert!(process_line(&r, "not json").starts_with("{\"error\":\"invalid JSON"));
        assert_eq!(
            process_line(&r, "[1]"),
            r#"{"error":"expected a JSON object"}"#
        );
        assert_eq!(
            process_line(&r, r#"{"x":1}"#),
            r#"{"error":"missing field \"text\""}"#
        );
        assert_eq!(
            process_line(&r, r#"{"text":1}"#),
            r#"{"error":"field \"text\" is not a string"}"#
        );
        assert_eq!(
            process_line(&r, r#"{"text":"ok"}"#),
            r#"{"masked":"ok","spans":[]}"#
        );
        assert_eq!(
            process_line(&r, "{\"text\":\"ok\"}\r"),
            r#"{"masked":"ok","spans":[]}"#
        );
    }
}
