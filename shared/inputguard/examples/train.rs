//! Offline trainer for the hashed n-gram model (see `train/README.md`).
//!
//! ```text
//! cargo run --release -p portcullis-inputguard --example train -- \
//!     [TRAIN.jsonl|DIR ...] [--test TEST.jsonl|DIR ...] [--bits N] [--floor F] [--cap C] \
//!     [--dump FILE] [--write]
//! ```
//!
//! Training inputs default to the dev set. A directory stands for every `*.jsonl` in it. Rows
//! are grouped by *owner*: the part of `source` before the first `:` (a package or repository),
//! so leave-one-out never trains on a sibling file of the owner it scores. `--test` files are
//! never trained on: the final model scores them, per owner and pooled (a held-out reading).
//! `--bits` tries another number of hash buckets (2^N) than the compiled-in one. `--dump` writes
//! one tab-separated line per scored row (`cv` or `test`, owner, `attack`/`benign`, rule score,
//! model probability) so that other operating points can be read without retraining.
//!
//! Trains an L2-regularized logistic regression (AdaGrad, class-balanced, fixed seed, so the
//! output is reproducible bit for bit) on the features of [`portcullis_inputguard::model`],
//! reports leave-one-source-out cross-validation (train on every other source, test on the
//! held-out one) for the model alone and for the full guard (rules + model), then with `--write`
//! quantizes the weights to `i8` and writes `src/model_weights.{bin,rs}`.

use portcullis_inputguard::{model, normalize, InputGuard};
use std::collections::BTreeMap;
use std::io::Write;

/// Default number of passes (`--epochs`).
const EPOCHS: usize = 12;
/// Default L2 penalty (`--l2`).
const L2: f32 = 2e-5;

/// Training hyper-parameters.
#[derive(Clone, Copy)]
struct Hyper {
    epochs: usize,
    l2: f32,
    owner_pow: f32,
}
const LR: f32 = 0.5;
const SEED: u64 = 0x5eed_1234_abcd_0001;

struct Row {
    feats: Vec<u32>,
    attack: bool,
    source: String,
    rule_score: f32,
}

/// The owner of a row's source: a package or repository, without the path inside it.
fn owner(source: &str) -> &str {
    source.split(':').next().unwrap_or(source)
}

/// Every JSONL file a command-line path stands for (a directory: its `*.jsonl`, sorted).
fn jsonl_files(path: &str) -> Vec<String> {
    let p = std::path::Path::new(path);
    if !p.is_dir() {
        return vec![path.to_string()];
    }
    let mut v: Vec<String> = std::fs::read_dir(p)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|f| f.extension().is_some_and(|x| x == "jsonl"))
        .map(|f| f.display().to_string())
        .collect();
    v.sort();
    v
}

fn load(paths: &[String], rules: &InputGuard, dim: usize) -> Vec<Row> {
    let mut rows = Vec::new();
    for path in paths.iter().flat_map(|p| jsonl_files(p)) {
        let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        // The hand probes carry no label: their file names say it.
        let name = path.rsplit('/').next().unwrap_or(&path);
        let file_label = if name.contains("attack") {
            Some(true)
        } else if name.contains("benign") || name.contains("negative") {
            Some(false)
        } else {
            None
        };
        for (n, l) in data
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1));
            let text = v["text"].as_str().unwrap_or_default();
            let norm = normalize::normalize(text);
            rows.push(Row {
                feats: model::features_in(&norm.words, dim),
                attack: match v["label"].as_str() {
                    Some(l) => l == "attack",
                    None => file_label.unwrap_or_else(|| {
                        panic!("{path}:{}: no label, and none in the name", n + 1)
                    }),
                },
                source: v["source"]
                    .as_str()
                    .map_or_else(|| format!("probes:{name}"), str::to_string),
                rule_score: rules.scan_prompt(text).score,
            });
        }
        eprintln!("loaded {path} ({} rows so far)", rows.len());
    }
    rows
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

/// Per-row weights: class-balanced, and with `owner_pow` > 0 each (owner, label) group's rows
/// weigh `n^-owner_pow` (rescaled so each class keeps its total), so that large owners do not
/// set the model's idea of a whole class.
fn row_weights(rows: &[&Row], owner_pow: f32) -> Vec<f32> {
    let mut groups: BTreeMap<(&str, bool), usize> = BTreeMap::new();
    for r in rows {
        *groups.entry((owner(&r.source), r.attack)).or_default() += 1;
    }
    let raw: Vec<f32> = rows
        .iter()
        .map(|r| (groups[&(owner(&r.source), r.attack)] as f32).powf(-owner_pow))
        .collect();
    let mut w = vec![0f32; rows.len()];
    for class in [true, false] {
        let idx: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].attack == class)
            .collect();
        let sum: f32 = idx.iter().map(|&i| raw[i]).sum::<f32>().max(1.0);
        // Each class weighs half of the total, spread by the raw weights.
        let class_weight = rows.len() as f32 / (2.0 * sum);
        for &i in &idx {
            w[i] = raw[i] * class_weight;
        }
    }
    w
}

fn train(rows: &[&Row], dim: usize, hp: Hyper) -> Model {
    let mut m = Model {
        w: vec![0.0; dim],
        b: 0.0,
    };
    let mut g2 = vec![1e-8f32; dim];
    let mut gb = 1e-8f32;
    let weights = row_weights(rows, hp.owner_pow);
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut seed = SEED;
    for _ in 0..hp.epochs {
        for k in (1..order.len()).rev() {
            let j = (xorshift(&mut seed) % (k as u64 + 1)) as usize;
            order.swap(k, j);
        }
        for &idx in &order {
            let r = rows[idx];
            let y = if r.attack { 1.0 } else { 0.0 };
            let cw = weights[idx];
            let p = sigmoid(logit(&m, &r.feats));
            let g = (p - y) * cw;
            let scale = 1.0 / (r.feats.len().max(1) as f32).sqrt();
            for &i in &r.feats {
                let i = i as usize;
                let gi = g * scale + hp.l2 * m.w[i];
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

fn combined(rule: f32, p: f32, floor: f32, cap: f32) -> f32 {
    if p >= floor {
        1.0 - (1.0 - rule) * (1.0 - p.min(cap))
    } else {
        rule
    }
}

/// One `--dump` line: set, owner, label, rule score, model probability.
fn dump_line(out: &mut String, set: &str, r: &Row, p: f32) {
    let label = if r.attack { "attack" } else { "benign" };
    let owner = owner(&r.source);
    out.push_str(&format!("{set}\t{owner}\t{label}\t{}\t{p}\n", r.rule_score));
}

fn flag_value(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).map(|i| {
        args.get(i + 1)
            .unwrap_or_else(|| panic!("{name} needs a value"))
            .clone()
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = args.iter().any(|a| a == "--write");
    let guard = InputGuard::new();
    let bits: u32 = flag_value(&args, "--bits").map_or(model::DIM.trailing_zeros(), |v| {
        v.parse().expect("--bits N")
    });
    let dim = 1usize << bits;
    let floor: f32 =
        flag_value(&args, "--floor").map_or(guard.model_floor, |v| v.parse().expect("--floor F"));
    let cap: f32 =
        flag_value(&args, "--cap").map_or(guard.model_cap, |v| v.parse().expect("--cap C"));
    let hp = Hyper {
        epochs: flag_value(&args, "--epochs").map_or(EPOCHS, |v| v.parse().expect("--epochs N")),
        l2: flag_value(&args, "--l2").map_or(L2, |v| v.parse().expect("--l2 X")),
        owner_pow: flag_value(&args, "--owner-pow")
            .map_or(0.0, |v| v.parse().expect("--owner-pow A")),
    };
    // Positional paths: training inputs until `--test`, test inputs after it.
    let (mut train_paths, mut test_paths) = (Vec::new(), Vec::new());
    let mut in_test = false;
    let mut skip = false;
    for a in &args {
        if skip {
            skip = false;
        } else if a == "--test" {
            in_test = true;
        } else if matches!(
            a.as_str(),
            "--bits" | "--floor" | "--cap" | "--dump" | "--owner-pow" | "--epochs" | "--l2"
        ) {
            skip = true;
        } else if !a.starts_with("--") {
            if in_test {
                &mut test_paths
            } else {
                &mut train_paths
            }
            .push(a.clone());
        }
    }
    if train_paths.is_empty() {
        train_paths.push(format!(
            "{}/../../../shared/eval/prompt_injection_dev.jsonl",
            env!("CARGO_MANIFEST_DIR")
        ));
    }
    let rules = InputGuard::without_model();
    let rows = load(&train_paths, &rules, dim);
    let test_rows = load(&test_paths, &rules, dim);
    println!(
        "{} training rows, {} test rows, {dim} buckets, floor {floor}, cap {cap}",
        rows.len(),
        test_rows.len()
    );

    // Leave-one-owner-out cross-validation.
    let owners: Vec<String> = {
        let mut s: Vec<String> = rows.iter().map(|r| owner(&r.source).to_string()).collect();
        s.sort();
        s.dedup();
        s
    };
    let mut pooled = [Count::default(); 3];
    let mut per: BTreeMap<String, [Count; 3]> = BTreeMap::new();
    let mut cv: Vec<(bool, f32, f32)> = Vec::new();
    let mut dump = String::new();
    for src in &owners {
        let train_rows: Vec<&Row> = rows.iter().filter(|r| owner(&r.source) != src).collect();
        let m = train(&train_rows, dim, hp);
        let mut c = [Count::default(); 3];
        for r in rows.iter().filter(|r| owner(&r.source) == src) {
            let p = sigmoid(logit(&m, &r.feats));
            cv.push((r.attack, r.rule_score, p));
            dump_line(&mut dump, "cv", r, p);
            let outcomes = [
                r.rule_score >= 0.5,
                p >= 0.5,
                combined(r.rule_score, p, floor, cap) >= 0.5,
            ];
            for k in 0..3 {
                c[k].add(r.attack, outcomes[k]);
                pooled[k].add(r.attack, outcomes[k]);
            }
        }
        per.insert(src.clone(), c);
    }
    println!("\nleave-one-owner-out (each owner scored by a model that never saw it)");
    println!(
        "{:40} | {:45} | {:45} | rules + model",
        "held-out owner", "rules only", "model only"
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
    for floor in [0.5f32, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99] {
        for cap in [0.3f32, 0.4, 0.49, 1.0] {
            let mut c = Count::default();
            for &(attack, rule, p) in &cv {
                c.add(attack, combined(rule, p, floor, cap) >= 0.5);
            }
            println!("  floor {floor:.2} cap {cap:.2}: {}", c.show());
        }
    }

    // Final model on every training row.
    let all: Vec<&Row> = rows.iter().collect();
    let m = train(&all, dim, hp);
    let max = m.w.iter().fold(0f32, |a, w| a.max(w.abs())).max(1e-6);
    let scale = max / 127.0;
    let q: Vec<u8> =
        m.w.iter()
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8)
            .collect();
    let nonzero = q.iter().filter(|&&b| b != 0).count();
    let quantized_p = |r: &Row| {
        let sum: i32 = r.feats.iter().map(|&i| q[i as usize] as i8 as i32).sum();
        let z = if r.feats.is_empty() {
            m.b
        } else {
            m.b + sum as f32 * scale / (r.feats.len() as f32).sqrt()
        };
        sigmoid(z)
    };
    let mut insample = [Count::default(); 2];
    for r in &rows {
        let p = quantized_p(r);
        insample[0].add(r.attack, p >= 0.5);
        insample[1].add(r.attack, combined(r.rule_score, p, floor, cap) >= 0.5);
    }
    println!(
        "\nin-sample (quantized): model {} | rules+model {}",
        insample[0].show(),
        insample[1].show()
    );
    println!(
        "bias {:.4}, scale {:.6}, non-zero weights {nonzero}/{dim}",
        m.b, scale
    );
    if !test_rows.is_empty() {
        let mut per: BTreeMap<String, [Count; 2]> = BTreeMap::new();
        let mut pooled = [Count::default(); 2];
        for r in &test_rows {
            let p = quantized_p(r);
            dump_line(&mut dump, "test", r, p);
            let outcomes = [
                r.rule_score >= 0.5,
                combined(r.rule_score, p, floor, cap) >= 0.5,
            ];
            let c = per.entry(owner(&r.source).to_string()).or_default();
            for k in 0..2 {
                c[k].add(r.attack, outcomes[k]);
                pooled[k].add(r.attack, outcomes[k]);
            }
        }
        println!("\ntest files (never trained on), final model");
        println!("{:40} | {:45} | rules + model", "owner", "rules only");
        for (s, c) in per.iter().chain([(&"POOLED".to_string(), &pooled)]) {
            println!("{:40} | {:45} | {}", s, c[0].show(), c[1].show());
        }
    }
    if let Some(path) = flag_value(&args, "--dump") {
        std::fs::write(&path, dump).unwrap_or_else(|e| panic!("{path}: {e}"));
        println!("wrote {path}");
    }
    if write {
        let dir = format!("{}/src", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(format!("{dir}/model_weights.bin"), &q).expect("write bin");
        let mut f = std::fs::File::create(format!("{dir}/model_weights.rs")).expect("create rs");
        let inputs: Vec<&str> = train_paths
            .iter()
            .map(|p| p.trim_end_matches('/').rsplit('/').next().unwrap_or(p))
            .collect();
        let owners_line = format!("{} owners in {}", owners.len(), inputs.join(", "));
        write!(
            f,
            "//! Generated by `examples/train.rs` — do not edit. Trained on {} rows from\n\
             //! {owners_line} ({} epochs, L2 {:e}, seed {SEED:#x}).\n\n\
             /// log2 of the number of hash buckets.\n\
             pub(crate) const DIM_BITS: u32 = {bits};\n\
             /// Dequantization scale of the `i8` weights.\n\
             pub(crate) const SCALE: f32 = {scale:e};\n\
             /// Intercept.\n\
             pub(crate) const BIAS: f32 = {:e};\n\
             /// Quantized weights, one `i8` per bucket.\n\
             pub(crate) static WEIGHTS: &[u8] = include_bytes!(\"model_weights.bin\");\n",
            rows.len(),
            hp.epochs,
            hp.l2,
            m.b
        )
        .expect("write rs");
        println!("wrote {dir}/model_weights.{{bin,rs}}");
    }
}
