//! Throughput of `Redactor::redact` on realistic log lines (native).
//!
//! `cargo run --release -p portcullis-redact --example redact_bench`
//!
//! Corpora: the texts of the dev evaluation files (read at run time from `$GUARD_EVAL_DIR`,
//! default `shared/eval` beside the repository; skipped if absent), synthetic JSON log lines
//! with nothing to mask (the common case), and synthetic lines with PII and secrets.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use portcullis_redact::Redactor;

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn hex(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b"0123456789abcdef"[(self.next() % 16) as usize]))
            .collect()
    }
    fn alnum(&mut self, n: usize) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        (0..n)
            .map(|_| char::from(A[(self.next() % 62) as usize]))
            .collect()
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + (self.next() % 10) as u8))
            .collect()
    }
    fn uuid(&mut self) -> String {
        format!(
            "{}-{}-4{}-a{}-{}",
            self.hex(8),
            self.hex(4),
            self.hex(3),
            self.hex(3),
            self.hex(12)
        )
    }
}

fn clean_line(r: &mut Rng, i: usize) -> String {
    let fns = [
        "checkout",
        "whatsapp-webhook",
        "paddle-webhook",
        "purge",
        "me",
        "health",
    ];
    let msgs = [
        "request completed",
        "cache hit",
        "upstream ok",
        "event processed",
        "rate limited",
    ];
    format!(
        r#"{{"ts":"2026-03-{:02}T12:{:02}:{:02}.{:03}Z","level":"info","fn":"{}","msg":"{}","request_id":"{}","status":200,"duration_ms":{},"path":"/api/v1/orders/{}","region":"gru1","bytes":{}}}"#,
        1 + i % 28,
        i % 60,
        (i * 7) % 60,
        i % 1000,
        r.pick(&fns),
        r.pick(&msgs),
        r.uuid(),
        r.next() % 900,
        r.digits(10),
        r.next() % 100_000
    )
}

fn dirty_line(r: &mut Rng, i: usize) -> String {
    match i % 6 {
        0 => format!(
            r#"{{"ts":"2026-03-01T10:00:00.000Z","level":"info","msg":"lead created","email":"user{}@example.com","phone":"+55 (11) 9{}-{}","request_id":"{}"}}"#,
            r.digits(4),
            r.digits(4),
            r.digits(4),
            r.uuid()
        ),
        1 => format!(
            r#"{{"level":"error","msg":"upstream failed","authorization":"Bearer {}","request_id":"{}"}}"#,
            r.hex(64),
            r.uuid()
        ),
        2 => format!(
            "STRIPE_SECRET_KEY=sk_live_51{}\nDATABASE_URL=postgres://app:{}@db.internal:5432/app",
            r.alnum(96),
            r.alnum(20)
        ),
        3 => format!(
            r#"{{"object":"whatsapp_business_account","entry":[{{"changes":[{{"value":{{"contacts":[{{"wa_id":"55119{}"}}],"messages":[{{"from":"55119{}","id":"wamid.{}=="}}]}}}}]}}]}}"#,
            r.digits(8),
            r.digits(8),
            r.alnum(40)
        ),
        4 => format!(
            "GET /api/cron/sync 200 x-cron-secret={} duration={}ms user=ana.{}@empresa.com.br",
            r.alnum(32),
            r.next() % 900,
            r.digits(3)
        ),
        _ => format!(
            "Oi, meu CPF é 529.982.247-25 e o celular (21) 9{}-{}. Pedido {} no valor de R$ 1.234,56",
            r.digits(4),
            r.digits(4),
            r.digits(10)
        ),
    }
}

fn eval_texts() -> Vec<String> {
    let dir = std::env::var_os("GUARD_EVAL_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval"));
    let mut out = Vec::new();
    for f in ["pii_dev.jsonl", "secrets_dev.jsonl"] {
        let Ok(data) = std::fs::read_to_string(dir.join(f)) else {
            eprintln!(
                "note: {} not found, eval corpus skipped",
                dir.join(f).display()
            );
            continue;
        };
        for line in data.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                if let Some(t) = v["text"].as_str() {
                    out.push(t.to_string());
                }
            }
        }
    }
    out
}

fn measure(name: &str, r: &Redactor, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let bytes: usize = lines.iter().map(String::len).sum();
    // Warm up, then run for about a second.
    for l in lines {
        black_box(r.redact(black_box(l)));
    }
    let mut rounds = 0u32;
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1000) {
        for l in lines {
            black_box(r.redact(black_box(l)));
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let total = bytes as f64 * f64::from(rounds);
    let per_line = secs * 1e9 / (f64::from(rounds) * lines.len() as f64);
    println!(
        "{name:34} {:>6} lines {:>8} B/round  {:>8.1} MB/s  {:>8.0} ns/line",
        lines.len(),
        bytes,
        total / secs / 1e6,
        per_line
    );
}

fn main() {
    let r = Redactor::with_secrets(["configured-secret-value-123".to_string()]);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let clean: Vec<String> = (0..2000).map(|i| clean_line(&mut rng, i)).collect();
    let dirty: Vec<String> = (0..2000).map(|i| dirty_line(&mut rng, i)).collect();
    let mixed: Vec<String> = (0..2000)
        .map(|i| {
            if i % 10 == 0 {
                dirty_line(&mut rng, i)
            } else {
                clean_line(&mut rng, i)
            }
        })
        .collect();
    let eval = eval_texts();
    println!(
        "Redactor::redact throughput (native, release; PII + secret formats + 1 configured secret)"
    );
    measure("eval dev texts (pii + secrets)", &r, &eval);
    measure("synthetic JSON logs, clean", &r, &clean);
    measure("synthetic lines with PII/secrets", &r, &dirty);
    measure("mixed (90% clean, 10% dirty)", &r, &mixed);
    if std::env::var_os("BENCH_DETAIL").is_some() {
        for k in 0..6 {
            let lines: Vec<String> = dirty.iter().skip(k).step_by(6).cloned().collect();
            measure(&format!("dirty template {k}"), &r, &lines);
        }
    }
    // Adversarial inputs: repeated anchors must not make the work quadratic.
    println!("adversarial inputs (200 KB each; throughput should stay in the same range):");
    for (name, unit) in [
        ("repeated key=", "key="),
        (
            "repeated -----BEGIN (no END)",
            "-----BEGIN RSA PRIVATE KEY-----\n",
        ),
        ("repeated eyJ", "eyJ"),
        ("repeated @", "a@"),
        ("digits and dashes", "1-2 3.4("),
        ("repeated Bearer", "Bearer "),
        ("repeated ://", "x://a:"),
        ("repeated token prose", "token ab1"),
    ] {
        let text = unit.repeat(200_000 / unit.len());
        measure(name, &r, std::slice::from_ref(&text));
    }
    let big = mixed.join("\n");
    measure("mixed, as one 0.6 MB text", &r, std::slice::from_ref(&big));
}
