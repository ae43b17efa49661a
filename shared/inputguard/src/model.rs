//! Layer 5 (optional) — a compact learned model.
//!
//! A logistic regression over hashed features of the *normalized* word stream (so it sees through
//! the same obfuscations as the rules): word unigrams, word bigrams and character 4-grams of each
//! word (with word-boundary markers, which gives it some robustness to inflection across
//! English, Portuguese, Spanish and German). Features are hashed (FNV-1a) into
//! [`DIM`] buckets; weights are quantized to `i8` with one scale factor, so the whole model is
//! `DIM` bytes of `include_bytes!` data.
//!
//! It is trained offline by `examples/train.rs` on the dev set, the PyPI corpus that
//! `train/pypi/fetch.sh` rebuilds and the hand probes (see `train/README.md`). The trainer also
//! reports leave-one-owner-out cross-validation (a package or repository at a time): the honest
//! estimate for sources the model has never seen. The scorer adds its probability as one more noisy-OR signal
//! (`ngram_model`), so a block stays explainable and the rules keep working when it is disabled.

use crate::model_weights;
use crate::normalize::Word;

/// Number of hash buckets (weights).
pub const DIM: usize = 1 << model_weights::DIM_BITS;

/// Maximum words fed to the model (the first ones; prompts longer than this are rare and are
/// still covered by the rules).
pub const MAX_MODEL_WORDS: usize = 1024;

fn fnv(tag: u8, parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |b: u8| {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    };
    eat(tag);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        for &b in p.as_bytes() {
            eat(b);
        }
    }
    h
}

/// Hashed feature indices of a word stream (sorted, deduplicated).
pub fn features(words: &[Word]) -> Vec<u32> {
    features_in(words, DIM)
}

/// [`features`] hashed into `dim` buckets (a power of two): the trainer uses it to try other
/// sizes than the compiled-in [`DIM`].
pub fn features_in(words: &[Word], dim: usize) -> Vec<u32> {
    debug_assert!(dim.is_power_of_two());
    let mask = (dim - 1) as u32;
    let words = &words[..words.len().min(MAX_MODEL_WORDS)];
    let mut f = Vec::with_capacity(words.len() * 8);
    let mut prev: &str = "<s>";
    let mut buf = String::new();
    for w in words {
        let t = w.text.as_str();
        f.push(fnv(b'w', &[t]) & mask);
        if w.boundary {
            prev = "<s>";
        }
        f.push(fnv(b'b', &[prev, t]) & mask);
        prev = t;
        buf.clear();
        buf.push('<');
        buf.push_str(t);
        buf.push('>');
        let chars: Vec<(usize, char)> = buf.char_indices().collect();
        if chars.len() >= 4 {
            for k in 0..=chars.len() - 4 {
                let a = chars[k].0;
                let b = chars.get(k + 4).map_or(buf.len(), |c| c.0);
                f.push(fnv(b'c', &[&buf[a..b]]) & mask);
            }
        }
    }
    f.sort_unstable();
    f.dedup();
    f
}

/// Logit of the model for a feature set (binary features scaled by 1/sqrt(n)).
pub fn logit_of(features: &[u32]) -> f32 {
    if features.is_empty() {
        return model_weights::BIAS;
    }
    let w = model_weights::WEIGHTS;
    let sum: i32 = features
        .iter()
        .map(|&i| w.get(i as usize).map_or(0, |&b| b as i8 as i32))
        .sum();
    model_weights::BIAS + sum as f32 * model_weights::SCALE / (features.len() as f32).sqrt()
}

/// Probability that the words are an attack, according to the model.
pub fn probability(words: &[Word]) -> f32 {
    let z = logit_of(&features(words));
    1.0 / (1.0 + (-z).exp())
}
