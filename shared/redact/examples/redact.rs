//! A small CLI over the redactor.
//!
//! `cargo run -p portcullis-redact --example redact -- [--jsonl] [--no-pii] [--no-secret-formats]
//! [--secret VALUE]... < in > out`
//!
//! Without `--jsonl`, every stdin line is written masked. With it, every line is a JSON object
//! `{"text": …}` and the output is `{"masked": …, "spans": [...]}` per line (code-point offsets;
//! `{"error": …}` for a bad line).

use std::io::{self, BufRead, Write};

use portcullis_redact::{jsonl, Redactor};

fn main() -> io::Result<()> {
    let mut json = false;
    let mut pii = true;
    let mut formats = true;
    let mut secrets = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--jsonl" => json = true,
            "--no-pii" => pii = false,
            "--no-secret-formats" => formats = false,
            "--secret" => secrets.extend(args.next()),
            other => {
                eprintln!(
                    "unknown argument {other:?}; usage: redact [--jsonl] [--secret VALUE]..."
                );
                std::process::exit(2);
            }
        }
    }
    let r = Redactor::builder()
        .pii(pii)
        .secret_formats(formats)
        .configured_secrets(secrets)
        .build();
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if json {
            writeln!(out, "{}", jsonl::process_line(&r, &line))?;
        } else {
            writeln!(out, "{}", r.redact(&line))?;
        }
    }
    out.flush()
}
