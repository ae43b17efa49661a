//! Offline trainer for the hashed n-gram model (see `train/README.md`).
//!
//! ```text
//! cargo run --release -p portcullis-inputguard --example train -- [DEV_JSONL] [--write]
//! ```
//!
//! Trains an L2-regularized logistic regression (AdaGrad, class-balanced, fixed seed, so the
//! output is reproducible bit for bit) on the features of [`portcullis_inputguard::model`],
//! reports leave-one-source-out cross-validation (train on every other source, test on the
//! held-out one) for the model alone and for the full guard (rules + model), then with `--write`
//! quantizes the weights to `i8` and writes `src/model_weights.{bin,rs}`.

use portcullis_inputguard::{model, normalize, InputGuard};
use std::collections::BTreeMap;
use std::io::Write;

const EPOCHS: usize = 12;
const L2: f32 = 2e-5;
const LR: f32 = 0.5;
const SEED: u64 = 0x5eed_1234_abcd_0001;

struct Row {
    feats: Vec<u32>,
    attack: bool,
    source: String,
    rule_score: f32,
}

struct Model {
    w: Vec<f32>,
    b: f32,
}

fn xorshift(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

fn logit(m: &Model, f: &[u32]) -> f32 {
    if f.is_empty() {
        return m.b;
    }
    let s: f32 = f.iter().map(|&i| m.w[i as usize]).sum();
    m.b + s / (f.len() as f32).sqrt()
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

fn train(rows: &[&Row]) -> Model {
    let mut m = Model {
        w: vec![0.0; model::DIM],
        b: 0.0,
    };
    let mut g2 = vec![1e-8f32; model::DIM];
    let mut gb = 1e-8f32;
    let pos = rows.iter().filter(|r| r.attack).count().max(1) as f32;
    let neg = rows.iter().filter(|r| !r.attack).count().max(1) as f32;
    let total = pos + neg;
    let (wp, wn) = (total / (2.0 * pos), total / (2.0 * neg));
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut seed = SEED;
    for _ in 0..EPOCHS {
        for k in (1..order.len()).rev() {
            let j = (xorshift(&mut seed) % (k as u64 + 1)) as usize;
            order.swap(k, j);
        }
        for &idx in &order {
            let r = rows[idx];
            let y = if r.attack { 1.0 } else { 0.0 };
            let cw = if r.attack { wp } else { wn };
            let p = sigmoid(logit(&m, &r.feats));
            let g = (p - y) * cw;
            let scale = 1.0 / (r.feats.len().max(1) as f32).sqrt();
            for &i in &r.feats {
                let i = i as usize;
                let gi = g * scale + L2 * m.w[i];
                g2[i] += gi * gi;
                m.w[i] -= LR * gi / g2[i].sqrt();
            }
            gb += g * g;
            m.b -= LR * g / gb.sqrt();
        }
    }
    m
}

#[derive(Default, Clone, Copy)]
struct Count {
    a: usize,
    caught: usize,
    b: usize,
    flagged: usize,
}

impl Count {
    fn add(&mut self, attack: bool, blocked: bool) {
        if attack {
            self.a += 1;
            self.caught += usize::from(blocked);
        } else {
            self.b += 1;
            self.flagged += usize::from(blocked);
        }
    }
    fn show(&self) -> String {
        let r = if self.a > 0 {
            format!(
                "recall {:6.2}% ({}/{})",
                100.0 * self.caught as f64 / self.a as f64,
                self.caught,
                self.a
            )
        } else {
            String::from("-")
        };
        let f = if self.b > 0 {
            format!(
                "FPR {:5.2}% ({}/{})",
                100.0 * self.flagged as f64 / self.b as f64,
                self.flagged,
                self.b
            )
        } else {
            String::from("-")
        };
        format!("{r:28} {f}")
    }
}

fn combined(rule: f32, p: f32, floor: f32) -> f32 {
    let cap = InputGuard::new().model_cap;
    if p >= floor {
        1.0 - (1.0 - rule) * (1.0 - p.min(cap))
    } else {
        rule
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = args.iter().any(|a| a == "--write");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| {
            format!(
                "{}/../../../shared/eval/prompt_injection_dev.jsonl",
                env!("CARGO_MANIFEST_DIR")
            )
        });
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let rules = InputGuard::without_model();
    let guard = InputGuard::new();
    let rows: Vec<Row> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            let text = v["text"].as_str().unwrap_or_default();
            let norm = normalize::normalize(text);
            Row {
                feats: model::features(&norm.words),
                attack: v["label"] == "attack",
                source: v["source"].as_str().unwrap_or_default().to_string(),
                rule_score: rules.scan_prompt(text).score,
            }
        })
        .collect();
    println!("{} rows, {} buckets", rows.len(), model::DIM);

    // Leave-one-source-out cross-validation.
    let sources: Vec<String> = {
        let mut s: Vec<String> = rows.iter().map(|r| r.source.clone()).collect();
        s.sort();
        s.dedup();
        s
    };
    let floor = guard.model_floor;
    let mut pooled = [Count::default(); 3];
    let mut per: BTreeMap<String, [Count; 3]> = BTreeMap::new();
    let mut cv: Vec<(bool, f32, f32)> = Vec::new();
    for src in &sources {
        let train_rows: Vec<&Row> = rows.iter().filter(|r| &r.source != src).collect();
        let m = train(&train_rows);
        let mut c = [Count::default(); 3];
        for r in rows.iter().filter(|r| &r.source == src) {
            let p = sigmoid(logit(&m, &r.feats));
            cv.push((r.attack, r.rule_score, p));
            let outcomes = [
                r.rule_score >= 0.5,
                p >= 0.5,
                combined(r.rule_score, p, floor) >= 0.5,
            ];
            for k in 0..3 {
                c[k].add(r.attack, outcomes[k]);
                pooled[k].add(r.attack, outcomes[k]);
            }
        }
        per.insert(src.clone(), c);
    }
    println!("\nleave-one-source-out (each source scored by a model that never saw it)");
    println!(
        "{:40} | {:45} | {:45} | rules + model",
        "held-out source", "rules only", "model only"
    );
    for (s, c) in &per {
        println!(
            "{:40} | {:45} | {:45} | {}",
            s,
            c[0].show(),
            c[1].show(),
            c[2].show()
        );
    }
    println!(
        "{:40} | {:45} | {:45} | {}",
        "POOLED",
        pooled[0].show(),
        pooled[1].show(),
        pooled[2].show()
    );

    // Operating points: the model signal enters only from `floor` on, with its weight capped.
    println!("\nCV operating points for the model signal (floor, cap) -> pooled rules+model");
    for floor in [0.5f32, 0.7, 0.8, 0.9, 0.95, 0.98] {
        for cap in [0.3f32, 0.4, 0.49, 1.0] {
            let mut c = Count::default();
            for &(attack, rule, p) in &cv {
                let w = if p >= floor { p.min(cap) } else { 0.0 };
                c.add(attack, 1.0 - (1.0 - rule) * (1.0 - w) >= 0.5);
            }
            println!("  floor {floor:.2} cap {cap:.2}: {}", c.show());
        }
    }

    // Final model on every row.
    let all: Vec<&Row> = rows.iter().collect();
    let m = train(&all);
    let max = m.w.iter().fold(0f32, |a, w| a.max(w.abs())).max(1e-6);
    let scale = max / 127.0;
    let q: Vec<u8> =
        m.w.iter()
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8)
            .collect();
    let nonzero = q.iter().filter(|&&b| b != 0).count();
    let mut insample = [Count::default(); 2];
    for r in &rows {
        let sum: i32 = r.feats.iter().map(|&i| q[i as usize] as i8 as i32).sum();
        let z = if r.feats.is_empty() {
            m.b
        } else {
            m.b + sum as f32 * scale / (r.feats.len() as f32).sqrt()
        };
        let p = sigmoid(z);
        insample[0].add(r.attack, p >= 0.5);
        insample[1].add(r.attack, combined(r.rule_score, p, floor) >= 0.5);
    }
    println!(
        "\nin-sample (quantized): model {} | rules+model {}",
        insample[0].show(),
        insample[1].show()
    );
    println!(
        "bias {:.4}, scale {:.6}, non-zero weights {nonzero}/{}",
        m.b,
        scale,
        model::DIM
    );
    if write {
        let dir = format!("{}/src", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(format!("{dir}/model_weights.bin"), &q).expect("write bin");
        let mut f = std::fs::File::create(format!("{dir}/model_weights.rs")).expect("create rs");
        let bits = model::DIM.trailing_zeros();
        write!(
            f,
            "//! Generated by `examples/train.rs` — do not edit. Trained on the dev set only\n\
             //! ({} rows, {EPOCHS} epochs, L2 {L2:e}, seed {SEED:#x}).\n\n\
             /// log2 of the number of hash buckets.\n\
             pub(crate) const DIM_BITS: u32 = {bits};\n\
             /// Dequantization scale of the `i8` weights.\n\
             pub(crate) const SCALE: f32 = {scale:e};\n\
             /// Intercept.\n\
             pub(crate) const BIAS: f32 = {:e};\n\
             /// Quantized weights, one `i8` per bucket.\n\
             pub(crate) static WEIGHTS: &[u8] = include_bytes!(\"model_weights.bin\");\n",
            rows.len(),
            m.b
        )
        .expect("write rs");
        println!("wrote {dir}/model_weights.{{bin,rs}}");
    }
}
