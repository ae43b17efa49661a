//! Temporary: dumps per-row decisions as JSONL (rules only and full), or scans texts given with -t.
use portcullis_inputguard::InputGuard;
use serde_json::{json, Value};
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let r = InputGuard::without_model();
    let f = InputGuard::new();
    if args.first().is_some_and(|a| a == "-t") {
        for t in &args[1..] {
            let a = r.scan_prompt(t);
            let sig: Vec<String> = a
                .signals
                .iter()
                .map(|s| format!("{}:{:.2}", s.name, s.weight))
                .collect();
            let n = portcullis_inputguard::normalize::normalize(t);
            let w: Vec<&str> = n.words.iter().map(|w| w.text.as_str()).collect();
            println!("{:.2} {:?} {:?}\n   words {:?}", a.score, sig, t, w);
        }
        return;
    }
    let data = std::fs::read_to_string(&args[0]).expect("read");
    for l in data.lines() {
        let v: Value = serde_json::from_str(l).expect("json");
        let t = v["text"].as_str().unwrap_or_default();
        let a = r.scan_prompt(t);
        let b = f.scan_prompt(t);
        let sig: Vec<String> = a
            .signals
            .iter()
            .map(|s| format!("{}:{:.2}", s.name, s.weight))
            .collect();
        println!(
            "{}",
            json!({"label": v["label"], "source": v["source"], "lang": v["lang"], "cat": v["category"], "rs": a.score, "fs": b.score, "sig": sig, "text": t})
        );
    }
}
