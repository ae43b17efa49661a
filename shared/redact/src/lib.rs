//! PII masking and secret redaction for log lines: pure Rust, no regex, WASM-friendly.
//!
//! Every Portcullis function logs through this crate, so it is built to be small (one
//! Aho-Corasick automaton plus hand-written anchored checks, no regex engine and no Unicode
//! tables) and to never panic on any `&str` (all scans are bounds-checked byte walks; spans
//! always fall on character boundaries).
//!
//! # Use
//!
//! ```
//! use portcullis_redact::Redactor;
//!
//! let r = Redactor::with_secrets(["my-cron-secret-value".to_string()]);
//! let line = r#"{"email":"ana@example.com","auth":"my-cron-secret-value"}"#;
//! assert_eq!(
//!     r.redact(line),
//!     r#"{"email":"***@example.com","auth":"[REDACTED:configured_secret]"}"#
//! );
//! assert!(matches!(r.redact("nothing here"), std::borrow::Cow::Borrowed(_)));
//! ```
//!
//! [`Redactor::find`] returns the [`Span`]s (byte offsets, sorted, non-overlapping) and
//! [`Redactor::redact`] the masked text. [`jsonl::process_line`] is the CLI's `--jsonl` mode.
//!
//! # How it works
//!
//! One Aho-Corasick pass (ASCII case-insensitive, a dense DFA over byte classes: one table
//! lookup per input byte) finds *anchors*: vendor prefixes (`sk_live_`, `ghp_`, `xoxb-`,
//! `AKIA`, …), `eyJ`, `-----BEGIN`, `://`, `@`, `Bearer `, `Basic `, `-u `, and the words that
//! name secrets (`secret`, `token`, `pass`, `pwd`, `key`, `cred`, `auth`). Each anchor runs an
//! anchored check on the bytes around it. A second linear pass over digit runs finds CPFs,
//! CNPJs and phone numbers. Configured secrets are exact substring searches. Overlaps are
//! resolved by priority, then by length: configured secret, PEM block, vendor format,
//! contextual credential, named assignment, CPF/CNPJ, e-mail, phone. Work per anchor is
//! bounded, so the whole is linear in the input.
//!
//! The automaton is our own (`ac.rs`, ~150 lines), not the `aho-corasick` crate: measured in a
//! wasm32 release build, that crate adds ~36 KB gzip even with `default-features = false`
//! (its NFA, DFA and Teddy searchers all get linked), a third of a function's budget, for a
//! fixed set of 73 short ASCII patterns (the 47 anchors and the 26 placeholder words that
//! `is_placeholder` looks for, in one automaton built once). `size-probe/` measures what this
//! crate adds.
//!
//! # What is masked, and how
//!
//! | kind | detected | mask |
//! | --- | --- | --- |
//! | `email` | `local@domain.tld` (two or more labels, alphabetic TLD; not URL userinfo; not Google service accounts `…@*.gserviceaccount.com`, which name machines) | `***@domain.tld` |
//! | `phone` | see below | digits → `*` except the country code and the last two: `+55 (**) *****-**21` |
//! | `cpf` | `000.000.000-00` or 11 bare digits, check digits valid | every digit → `*`: `***.***.***-**` |
//! | `cnpj` | `00.000.000/0000-00` or 14 bare, numeric or the 2026 alphanumeric form (12 × `[0-9A-Z]` + 2 check digits, value = ASCII − 48), check digits valid | every character → `*` |
//! | secrets | see below | `[REDACTED:<kind>]` |
//!
//! The PII masks keep just enough to debug (the domain, the country, the last two digits, the
//! layout) and are themselves never matched again, so redaction is idempotent. Secret masks
//! keep nothing but the kind: a prefix such as `sk_live_` would add nothing the kind does not
//! say. The span of a PII item covers the whole item even where the mask keeps part of it.
//!
//! **Phones.** E.164 (`+` and 10–15 digits; for +1, +55, +52, +351 and +34 the national number
//! is checked against the numbering plan); `00`-prefixed international numbers of those five
//! countries; and national layouts: BR `(11) 98765-4321`, `011 98765-4321`, `11 3456-7890`;
//! US `(631) 357-2429`, `631-357-2429`, `631.357.2429`, `1 (631) 357-2429`; MX `33 9881 0651`,
//! `442-754-8907`; PT `930 178 507`; ES `672 60 68 24`. Bare digit strings are where phones
//! collide with ids, timestamps and EAN codes, so: with a country code and a valid plan
//! (WhatsApp `wa_id` such as `5511987654321`) they are phones unless the word before names an
//! id (`order_id`, `pedido`, `ts`, …) or a document (`"type":"CPF","number":…`); bare
//! *national* numbers (8–10 digits) are phones only right after a phone word (`celular`,
//! `tel`, `phone`, `número`, `wa_id`, `recipient_id`, …).
//!
//! **CPF / CNPJ.** Only with valid check digits, so order numbers, prices, timestamps, EAN-13,
//! tracking codes and mistyped documents are left alone. A bare 11/14-digit number right after
//! an id word is not taken either.
//!
//! **Secrets.** Vendor formats: Stripe `sk_live_`/`sk_test_`/`rk_`/`whsec_`; Standard Webhooks
//! `whsec_<base64>`; Paddle `pdl_live_apikey_`/`pdl_sdbx_apikey_`/`pdl_ntfset_` (a bare
//! `ntfset_…` is a public id); Mercado Pago `APP_USR-`/`TEST-<digits>-<digits>-<hex>-<digits>`
//! (not the `APP_USR-<uuid>` public key); Supabase `sb_secret_` (not `sb_publishable_`);
//! Portcullis `smcp_` (format only: a key with a typo in its checksum is still key material);
//! GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`/`github_pat_`; AWS `AKIA`/`ASIA`/`ABIA`/`ACCA` key
//! ids (not the documented `…EXAMPLE`); Slack `xoxb-`/`xoxp-`/`xapp-` and hooks.slack.com
//! URLs; OpenAI `sk-`/`sk-proj-`/`sk-svcacct-`; Anthropic `sk-ant-`; Google `AIza`; SendGrid
//! `SG.x.y`; Meta `EAA…`. Structure: JWTs (not a Supabase `anon` key, whose payload says
//! `"role":"anon"`: public by design, like `sb_publishable_`), PEM private-key blocks (raw or
//! JSON-escaped with
//! literal `\n`, or cut off), `Bearer <token>`, `Basic <b64 of user:pass>`, `curl -u user:pass`
//! and URL userinfo (`postgres://user:PASSWORD@host`: the password only). Names:
//! `NAME=value`, `"name": "value"`, `name: value`, `x-cron-secret: value`, `?token=value&`
//! where the name's last part is `secret`, `token`, `password`/`passwd`/`pwd`/`pass`, `key`
//! (`api_key`, `apiKey`, `config.key`, …), `credentials` or `auth`/`authorization`, and no part
//! makes it public or not a credential (`public`, `publishable`, `csrf`, `client` token,
//! `idempotency`, `cache`, …, or a trailing `_id`, `_name`, `_length`, `_url`, …); and
//! error prose such as `invalid token <v>` or `Unauthorized for key <v>`.
//!
//! A named value must look like a secret: random-looking (letters mixed with digits, or a long
//! mixed-case run; not words joined by separators, not a number), and not a placeholder: no
//! `${X}`, `{{ secrets.X }}`, `$X`, `process.env.X`, `Deno.env.get('X')`, `<your-key>`,
//! `xxxx`, `changeme`, `…`, `***`, a dotted code reference, a `SCREAMING_SNAKE` name, a value
//! with a vendor prefix that fails the vendor format, or a known public value (`pk_live_`,
//! `sb_publishable_`, `APP_USR-<uuid>`, object ids such as `cus_`, `txn_`). Passwords need 6+
//! characters and some variety (a digit, a capital or a symbol, or 12+ characters).
//!
//! **Configured secrets.** [`Redactor::with_secrets`] adds exact values (the secrets of the
//! running function), matched anywhere; values shorter than 8 bytes are ignored (they would mask
//! ordinary words).
//!
//! # Limits
//!
//! Names, street addresses and card numbers are out of scope. Secrets split across log lines,
//! or encoded (URL-, base64- or JSON-escaped beyond `\n`), are only caught by the shape rules.
//! Configured secrets are matched byte for byte.

#![deny(missing_docs)]

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use crate::ac::Automaton;

mod ac;
mod kind;
mod pii;
mod secrets;
mod shape;

#[cfg(feature = "jsonl")]
pub mod jsonl;

pub use kind::Kind;

/// Configured secret values shorter than this many bytes are not searched for.
pub const MIN_CONFIGURED_SECRET_LEN: usize = 8;

pub(crate) const PRIO_CONFIGURED: u8 = 100;
pub(crate) const PRIO_PEM: u8 = 90;
pub(crate) const PRIO_FORMAT: u8 = 80;
pub(crate) const PRIO_CONTEXT: u8 = 70;
pub(crate) const PRIO_ASSIGN: u8 = 60;
pub(crate) const PRIO_DOC: u8 = 40;
pub(crate) const PRIO_EMAIL: u8 = 30;
pub(crate) const PRIO_PHONE: u8 = 20;

/// A detected item: byte offsets into the input (`start..end`, end-exclusive, always on
/// character boundaries) and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What was found.
    pub kind: Kind,
}

/// A candidate span with its priority and mask detail.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) prio: u8,
    /// Phones: leading digits left visible (the country code).
    pub(crate) keep: u8,
}

impl Cand {
    pub(crate) fn new(start: usize, end: usize, kind: Kind, prio: u8) -> Self {
        Cand {
            start,
            end,
            kind,
            prio,
            keep: 0,
        }
    }

    fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
            kind: self.kind,
        }
    }
}

/// The one automaton of the crate, shared by every redactor and built once: the anchors of
/// [`secrets::RULES`] (ids `0..RULES.len()`), then the placeholder patterns of
/// `shape::is_placeholder` (ids from `RULES.len()` on). Each search ignores the other's ids;
/// one build instead of two is less code in WASM.
pub(crate) fn automaton() -> &'static Automaton {
    static AC: OnceLock<Automaton> = OnceLock::new();
    AC.get_or_init(|| {
        let mut patterns: Vec<&[u8]> = secrets::RULES.iter().map(|(p, _)| p.as_bytes()).collect();
        patterns.extend_from_slice(shape::CODE);
        patterns.extend_from_slice(shape::WORDS);
        Automaton::new(&patterns)
    })
}

/// Finds and masks PII and secrets. Cheap to construct (the anchor automaton is shared);
/// immutable and `Sync`, so one instance can serve every request.
#[derive(Clone)]
pub struct Redactor {
    pii: bool,
    formats: bool,
    /// Exact values, longest first (so a value containing another is masked whole).
    configured: Vec<String>,
}

impl fmt::Debug for Redactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the configured values.
        f.debug_struct("Redactor")
            .field("pii", &self.pii)
            .field("secret_formats", &self.formats)
            .field("configured_secrets", &self.configured.len())
            .finish()
    }
}

impl Default for Redactor {
    fn default() -> Self {
        Self::new()
    }
}

/// Chooses what a [`Redactor`] looks for. Everything is on by default.
#[derive(Clone)]
pub struct RedactorBuilder {
    pii: bool,
    formats: bool,
    configured: Vec<String>,
}

impl fmt::Debug for RedactorBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedactorBuilder")
            .field("pii", &self.pii)
            .field("secret_formats", &self.formats)
            .field("configured_secrets", &self.configured.len())
            .finish()
    }
}

impl RedactorBuilder {
    /// Mask e-mail addresses, phones, CPFs and CNPJs (default on).
    pub fn pii(mut self, on: bool) -> Self {
        self.pii = on;
        self
    }

    /// Redact secrets recognised by their format or context (default on).
    pub fn secret_formats(mut self, on: bool) -> Self {
        self.formats = on;
        self
    }

    /// Also redact these exact values (values shorter than [`MIN_CONFIGURED_SECRET_LEN`]
    /// bytes are ignored).
    pub fn configured_secrets(mut self, values: impl IntoIterator<Item = String>) -> Self {
        self.configured.extend(values);
        self
    }

    /// Builds the redactor.
    pub fn build(self) -> Redactor {
        let mut values: Vec<String> = self
            .configured
            .into_iter()
            .filter(|v| v.len() >= MIN_CONFIGURED_SECRET_LEN)
            .collect();
        values.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        values.dedup();
        Redactor {
            pii: self.pii,
            formats: self.formats,
            configured: values,
        }
    }
}

impl Redactor {
    /// A redactor for PII and secret formats.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// A redactor for PII, secret formats and these exact configured secret values.
    pub fn with_secrets(values: impl IntoIterator<Item = String>) -> Self {
        Self::builder().configured_secrets(values).build()
    }

    /// A builder, to turn parts off or add configured secrets.
    pub fn builder() -> RedactorBuilder {
        RedactorBuilder {
            pii: true,
            formats: true,
            configured: Vec::new(),
        }
    }

    /// The detected spans: byte offsets, sorted by start, non-overlapping.
    pub fn find(&self, text: &str) -> Vec<Span> {
        self.candidates(text).iter().map(Cand::span).collect()
    }

    /// The text with every detected span masked; `Cow::Borrowed` when nothing was found.
    pub fn redact<'a>(&self, text: &'a str) -> Cow<'a, str> {
        // Not through `redact_with_spans`: the logger needs no spans, and building them is
        // code in every function.
        let found = self.candidates(text);
        if found.is_empty() {
            return Cow::Borrowed(text);
        }
        Cow::Owned(render(text, &found))
    }

    /// [`redact`](Self::redact) and [`find`](Self::find) in one pass.
    pub fn redact_with_spans<'a>(&self, text: &'a str) -> (Cow<'a, str>, Vec<Span>) {
        let found = self.candidates(text);
        let spans = found.iter().map(Cand::span).collect();
        if found.is_empty() {
            return (Cow::Borrowed(text), spans);
        }
        (Cow::Owned(render(text, &found)), spans)
    }

    fn candidates(&self, text: &str) -> Vec<Cand> {
        let bytes = text.as_bytes();
        let mut cands: Vec<Cand> = Vec::new();
        // A handful of exact values: std's substring search (Two-Way) per value. Overlaps
        // between them are settled like any other, longest first.
        for value in &self.configured {
            for (start, _) in text.match_indices(value.as_str()) {
                cands.push(Cand::new(
                    start,
                    start + value.len(),
                    Kind::ConfiguredSecret,
                    PRIO_CONFIGURED,
                ));
            }
        }
        if self.pii || self.formats {
            // End of the last name looked at: `STRIPE_SECRET_KEY` holds two anchors.
            let mut name_end = 0;
            automaton().for_each(bytes, |id, start, end| {
                let Some(&(_, rule)) = secrets::RULES.get(id) else {
                    return;
                };
                match rule {
                    secrets::Rule::Email => {
                        if self.pii {
                            cands.extend(pii::email_at(bytes, start));
                        }
                    }
                    secrets::Rule::Keyword => {
                        if self.formats && start >= name_end {
                            let (found, name_stop) = secrets::keyword(bytes, start, end);
                            name_end = name_stop;
                            cands.extend(found);
                        }
                    }
                    _ => {
                        if self.formats {
                            secrets::dispatch(bytes, rule, start, end, &mut cands);
                        }
                    }
                }
            });
        }
        if self.pii {
            pii::scan_documents(bytes, &mut cands);
            pii::scan_phones(bytes, &mut cands);
        }
        resolve(text, cands)
    }
}

/// Keeps the best non-overlapping candidates: higher priority first, then longer, then earlier.
fn resolve(text: &str, cands: Vec<Cand>) -> Vec<Cand> {
    if cands.is_empty() {
        return cands;
    }
    // One sort key: priority, then length (both descending), then start. Sorting (key, index)
    // pairs keeps a single sort instantiation for both sorts below (code size).
    let mut order: Vec<(u128, usize)> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let key = (u128::from(u8::MAX - c.prio) << 112)
                | (u128::from(u64::MAX - (c.end - c.start) as u64) << 48)
                | c.start as u128;
            (key, i)
        })
        .collect();
    order.sort_unstable();
    // Bytes already claimed, one bit each: the greedy pass stays linear in the claimed lengths.
    let mut taken = vec![0u64; text.len() / 64 + 1];
    let is_taken = |taken: &[u64], i: usize| taken[i / 64] >> (i % 64) & 1 == 1;
    let mut chosen: Vec<(u128, usize)> = Vec::with_capacity(order.len());
    for &(_, i) in &order {
        let c = &cands[i];
        if c.start >= c.end
            || c.end > text.len()
            || !text.is_char_boundary(c.start)
            || !text.is_char_boundary(c.end)
            || (c.start..c.end).any(|i| is_taken(&taken, i))
        {
            continue;
        }
        for i in c.start..c.end {
            taken[i / 64] |= 1 << (i % 64);
        }
        chosen.push((c.start as u128, i));
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|(_, i)| cands[i]).collect()
}

/// Writes `text` with each candidate replaced by its mask.
pub(crate) fn render(text: &str, found: &[Cand]) -> String {
    let mut out = String::with_capacity(text.len() + 16 * found.len());
    let mut pos = 0;
    for c in found {
        out.push_str(&text[pos..c.start]);
        mask_into(&mut out, &text[c.start..c.end], c);
        pos = c.end;
    }
    out.push_str(&text[pos..]);
    out
}

fn mask_into(out: &mut String, original: &str, c: &Cand) {
    match c.kind {
        Kind::Email => {
            out.push_str("***");
            if let Some(at) = original.rfind('@') {
                out.push_str(&original[at..]);
            }
        }
        Kind::Phone => {
            let total = original.bytes().filter(u8::is_ascii_digit).count();
            let mut seen = 0;
            for ch in original.chars() {
                if ch.is_ascii_digit() {
                    seen += 1;
                    let visible = seen <= usize::from(c.keep) || seen + 2 > total;
                    out.push(if visible { ch } else { '*' });
                } else {
                    out.push(ch);
                }
            }
        }
        Kind::Cpf | Kind::Cnpj => {
            for ch in original.chars() {
                out.push(if ch.is_ascii_alphanumeric() { '*' } else { ch });
            }
        }
        kind => {
            out.push_str("[REDACTED:");
            out.push_str(kind.as_str());
            out.push(']');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r() -> Redactor {
        Redactor::new()
    }

    /// The automaton keeps one pattern per state: no pattern may repeat another (ignoring
    /// ASCII case), or the later one would never be reported.
    #[test]
    fn automaton_patterns_are_distinct() {
        let mut all: Vec<Vec<u8>> = secrets::RULES
            .iter()
            .map(|(p, _)| p.as_bytes())
            .chain(shape::CODE.iter().chain(shape::WORDS).copied())
            .map(|p| p.to_ascii_lowercase())
            .collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
    }

    #[test]
    fn nothing_found_borrows() {
        let t = "plain log line with R$ 1.234,56 and ★ and € 10";
        assert!(matches!(r().redact(t), Cow::Borrowed(_)));
        assert_eq!(r().find(t), vec![]);
    }

    #[test]
    fn masks() {
        let t = "mail ana.silva@example.com tel +55 (11) 98765-4321 cpf 529.982.247-25";
        assert_eq!(
            r().redact(t),
            "mail ***@example.com tel +55 (**) *****-**21 cpf ***.***.***-**"
        );
        assert_eq!(
            r().redact(r#""wa_id":"5511987654321""#),
            r#""wa_id":"55*********21""#
        );
        assert_eq!(
            r().redact("STRIPE_SECRET_KEY=sk_live_51Hx9QmZr2TfLw8KpVn3Ys7Ud"),
            "STRIPE_SECRET_KEY=[REDACTED:stripe_secret_key]"
        );
        assert_eq!(
            r().redact("postgres://app:s3cr3t-Pw@db.internal:5432/app"),
            "postgres://app:[REDACTED:db_password]@db.internal:5432/app"
        );
    }

    #[test]
    fn spans_are_sorted_byte_offsets() {
        let t = "é ana@example.com, ghp_R8x2Kq9LmZ4vT7wYp3Nc6Hd1Fs5Gj0Bk2Qe8";
        let spans = r().find(t);
        assert_eq!(spans.len(), 2);
        assert_eq!(&t[spans[0].start..spans[0].end], "ana@example.com");
        assert_eq!(spans[0].kind, Kind::Email);
        assert_eq!(spans[1].kind, Kind::GithubPat);
        assert!(spans[0].end <= spans[1].start);
    }

    #[test]
    fn idempotent() {
        let t = "a@b.com +5511987654321 52998224725 token=4ih72x6z4l1wwcy3ms37kl sk-ant-api03-aaaaBBBBccccDDDD1111222233334444eeee";
        let once = r().redact(t).into_owned();
        assert_eq!(r().redact(&once), once);
    }

    /// Random text over an alphabet of anchor pieces, digits, separators and multi-byte
    /// characters: no panic, and spans are sorted, disjoint and on character boundaries.
    #[test]
    fn random_text_never_panics() {
        const PIECES: &[&str] = &[
            "sk_live_",
            "eyJ",
            ".",
            "-",
            "@",
            "://",
            ":",
            "=",
            "\"",
            "'",
            " ",
            "\n",
            "\\n",
            "9",
            "55",
            "11",
            "(",
            ")",
            "+",
            "/",
            "a",
            "Z",
            "x",
            "token",
            "key",
            "Bearer ",
            "Basic ",
            "-----BEGIN RSA PRIVATE KEY-----",
            "-----END ",
            "é",
            "€",
            "★",
            "R$",
            "xoxb-",
            "AKIA",
            "pdl_",
            "APP_USR-",
            "hooks.slack.com/",
            "password",
            "_",
            "#",
            "%",
            "$",
            "{",
            "}",
            "0",
            "123456789",
            "ABCDEFGHIJKLM",
            "qwertyuiopasdfgh",
            "-u ",
            "cpf",
            "tel ",
        ];
        let r = Redactor::with_secrets(["configured-value".to_string()]);
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..4000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 40) as usize;
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            let spans = r.find(&text);
            for w in spans.windows(2) {
                assert!(w[0].end <= w[1].start, "{text:?}");
            }
            for sp in &spans {
                assert!(sp.start < sp.end && text.is_char_boundary(sp.start));
                assert!(text.is_char_boundary(sp.end), "{text:?}");
            }
            let (masked, again) = r.redact_with_spans(&text);
            assert_eq!(again, spans);
            assert_eq!(matches!(masked, Cow::Borrowed(_)), spans.is_empty());
        }
    }

    #[test]
    fn configured_secrets() {
        let r = Redactor::with_secrets(["short".to_string(), "a-long-enough-value".to_string()]);
        assert_eq!(
            r.redact("x a-long-enough-value y short"),
            "x [REDACTED:configured_secret] y short"
        );
        assert!(!format!("{r:?}").contains("a-long-enough-value"));
    }

    #[test]
    fn builder_parts() {
        let t = "ana@example.com token=4ih72x6z4l1wwcy3ms37kl";
        let only_pii = Redactor::builder().secret_formats(false).build();
        assert_eq!(
            only_pii.redact(t),
            "***@example.com token=4ih72x6z4l1wwcy3ms37kl"
        );
        let only_secrets = Redactor::builder().pii(false).build();
        assert_eq!(
            only_secrets.redact(t),
            "ana@example.com token=[REDACTED:generic_secret]"
        );
    }
}
