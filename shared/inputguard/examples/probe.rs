//! Scratch probe: scores each stdin line (plain text, or JSONL with a "text" field) with the
//! rules-only guard and prints verdict, score and signals.
//!
//! ```text
//! cargo run --release -p portcullis-inputguard --example probe < lines.txt
//! ```

use portcullis_inputguard::{InputGuard, Verdict};
use std::io::BufRead;

fn main() {
    let g = InputGuard::without_model();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        if line.trim().is_empty() {
            continue;
        }
        let text = serde_json::from_str::<serde_json::Value>(&line)
            .ok()
            .and_then(|v| v["text"].as_str().map(str::to_string))
            .unwrap_or(line);
        let s = g.scan_prompt(&text);
        let sig: Vec<String> = s
            .signals
            .iter()
            .map(|x| format!("{}:{:.2}", x.name, x.weight))
            .collect();
        let v = if s.verdict == Verdict::Block {
            "BLOCK"
        } else {
            "allow"
        };
        println!("{v} {:.2} {:?} {}", s.score, sig, text);
    }
}
