//! PII detectors: e-mail addresses, phone numbers, CPF and CNPJ.
//!
//! All of them are anchored checks on bytes. E-mail is anchored on `@` (found by the
//! Aho-Corasick pass); CPF, CNPJ and phones by one linear scan over digit runs.

use crate::shape::{
    at, before, is_word, lower_into, run, run_back, starts_with_at, ByteSet, ALNUM, ALPHA, DASH,
    DIGIT, DOT, DQUOTE, NON_ASCII, NOT, PERCENT, PLUS, SLASH, UNDERSCORE, UPPER, WHITESPACE,
};
use crate::{Cand, Kind, PRIO_DOC, PRIO_EMAIL, PRIO_PHONE};

// ---------------------------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------------------------

/// The local part of an address: `[A-Za-z0-9._%+-]` and non-ASCII.
const LOCAL: ByteSet = ALNUM | DOT | UNDERSCORE | PERCENT | PLUS | DASH | NON_ASCII;

/// A domain label: `[A-Za-z0-9-]` and non-ASCII ([`is_label`]).
const LABEL: ByteSet = ALNUM | DASH | NON_ASCII;

fn is_label(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80
}

/// Domains whose addresses name machines, not people: Google Cloud service accounts
/// (`name@project.iam.gserviceaccount.com`) and the developer service agents
/// (`…@developer.gserviceaccount.com`). They are not personal data and are what an operator
/// needs to debug a permission error, so they are left visible. Secrets next to them (the
/// service account's private key) are still redacted.
const MACHINE_DOMAIN: &[u8] = b"gserviceaccount.com";

fn is_machine_identity(domain: &[u8]) -> bool {
    let n = MACHINE_DOMAIN.len();
    domain.len() >= n
        && domain[domain.len() - n..].eq_ignore_ascii_case(MACHINE_DOMAIN)
        && (domain.len() == n || domain[domain.len() - n - 1] == b'.')
}

/// An e-mail address around the `@` at `at_pos`.
pub(crate) fn email_at(bytes: &[u8], at_pos: usize) -> Option<Cand> {
    let local_len = run_back(bytes, at_pos, 64, LOCAL);
    if local_len == 0 {
        return None;
    }
    let mut start = at_pos - local_len;
    // A leading dot or dash belongs to the surrounding text (`…-john@x.com` keeps `john`).
    while start < at_pos && matches!(bytes[start], b'.' | b'-' | b'+') {
        start += 1;
    }
    if start >= at_pos || bytes[at_pos - 1] == b'.' {
        return None;
    }
    // `scheme://user:pw@host` and `path/name@version` are not addresses; `mailto:` is.
    let prev = before(bytes, start);
    if prev == b'/' || prev == b'@' {
        return None;
    }
    if prev == b':' {
        // `email:ana@x.com` is an address; `redis://user:pw@host` is not.
        let token = run_back(bytes, start - 1, 256, NOT | WHITESPACE | DQUOTE);
        let t = &bytes[start - 1 - token..start];
        if t.windows(3).any(|w| w == b"://") {
            return None;
        }
    }
    // Domain: two or more labels, an alphabetic TLD.
    let mut pos = at_pos + 1;
    let mut labels = 0;
    let mut last_label = (pos, pos);
    loop {
        let n = run(bytes, pos, 63, LABEL);
        if n == 0 || bytes[pos] == b'-' || bytes[pos + n - 1] == b'-' {
            if labels == 0 {
                return None;
            }
            break;
        }
        last_label = (pos, pos + n);
        labels += 1;
        pos += n;
        if at(bytes, pos) == b'.' && is_label(at(bytes, pos + 1)) && labels < 10 {
            pos += 1;
        } else {
            break;
        }
    }
    // If the loop broke on a bad label after a dot, end at the last good label.
    pos = last_label.1;
    let tld = &bytes[last_label.0..last_label.1];
    if labels < 2 || tld.len() < 2 || !tld.iter().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let next = at(bytes, pos);
    if is_word(next) || next == b'@' {
        return None;
    }
    if is_machine_identity(&bytes[at_pos + 1..pos]) {
        return None;
    }
    Some(Cand::new(start, pos, Kind::Email, PRIO_EMAIL))
}

// ---------------------------------------------------------------------------------------------
// Context around bare numbers
// ---------------------------------------------------------------------------------------------

/// What the words just before a number say about it.
#[derive(Debug, Default, Clone, Copy)]
struct Context {
    /// A phone word (`phone`, `celular`, `tel`, `wa_id`, `número`, …) is among the last words.
    phone: bool,
    /// The nearest word names an identifier, amount or date (`id`, `order_id`, `pedido`, `ts`).
    id: bool,
    /// The nearest word is one of the listed id, date or amount words (`order_id`, `pedido`,
    /// `ts`, `id`), not just any `*_id` (`tax_id` may well hold a CPF).
    listed_id: bool,
    /// `cpf` / `cnpj` is among the last words.
    document: bool,
}

const PHONE_STEMS: &[&[u8]] = &[
    b"phone",
    b"tel",
    b"fone",
    b"cel",
    b"movil",
    "móvil".as_bytes(),
    "móvel".as_bytes(),
    b"movel",
    b"mobile",
    b"whats",
    b"wa_id",
    b"zap",
    b"contact",
    b"contat",
    b"liga",
    b"ligu",
    b"llam",
    b"call",
    b"sms",
    b"fax",
    b"msisdn",
    b"recipient",
];

/// Weaker phone words: a `number` next to `CPF` is the document's number.
const NUMBER_WORDS: &[&[u8]] = &[b"numero", "número".as_bytes(), b"number", b"num"];

const ID_WORDS: &[&[u8]] = &[
    b"id",
    b"ids",
    b"order",
    b"orders",
    b"pedido",
    b"encomenda",
    b"payment",
    b"pagamento",
    b"pago",
    b"invoice",
    b"fatura",
    b"factura",
    b"nsu",
    b"ts",
    b"timestamp",
    b"date",
    b"created",
    b"updated",
    b"time",
    b"epoch",
    b"amount",
    b"total",
    b"valor",
    b"price",
    b"ean",
    b"sku",
    b"gtin",
    b"code",
    b"codigo",
    "código".as_bytes(),
    b"rastreio",
    b"tracking",
    b"protocolo",
    b"ticket",
    b"ref",
    b"reference",
    b"nf",
    b"nota",
    b"mid",
    b"entry",
    b"size",
    b"version",
    b"build",
    b"trace",
    b"seq",
    b"sequence",
    b"count",
    b"offset",
    b"cep",
    b"zip",
    b"rg",
    b"nif",
    b"nie",
    b"dni",
    b"rfc",
    b"curp",
    b"ssn",
    b"file_size",
];

/// A context word: `[A-Za-z_]` and non-ASCII ([`is_ctx_word`]).
const CTX_WORD: ByteSet = ALPHA | UNDERSCORE | NON_ASCII;

fn is_ctx_word(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

/// Does `word` start with one of `stems`? One function for the four lookups below.
#[inline(never)]
fn starts_with_any(word: &[u8], stems: &[&[u8]]) -> bool {
    stems.iter().any(|s| starts_with_at(word, 0, s))
}

fn context(bytes: &[u8], start: usize) -> Context {
    let lo = start.saturating_sub(48);
    let mut window = &bytes[lo..start];
    if let Some(nl) = window.iter().rposition(|&b| b == b'\n') {
        window = &window[nl + 1..];
    }
    let mut ctx = Context::default();
    // Walk words from the nearest backwards (at most four). A phone word nearer than `CPF`
    // (`CPF 123…, tel 5511…`) makes the number a phone; a mere `number` does not
    // (`"type":"CPF","number":"…"`).
    let mut number_word = false;
    let mut document_word = false;
    let mut end = window.len();
    let mut seen = 0;
    while end > 0 && seen < 4 {
        while end > 0 && !is_ctx_word(window[end - 1]) {
            // A `#` right before the number (`#607036`) marks an id.
            end -= 1;
        }
        if end == 0 {
            break;
        }
        let len = run_back(window, end, 40, CTX_WORD);
        let word = &window[end - len..end];
        let mut buf = [0u8; 40];
        let lower = lower_into(word, &mut buf);
        if seen == 0 {
            let camel_id = word.len() > 2 && word.ends_with(b"Id");
            let snake_id = lower.ends_with(b"_id");
            let stem = if camel_id || snake_id {
                &lower[..lower.len() - if snake_id { 3 } else { 2 }]
            } else {
                lower
            };
            let listed = ID_WORDS.contains(&lower) || ID_WORDS.contains(&stem);
            // `wa_id`, `recipient_id`, `display_phone_number`: an id key that names a phone.
            let names_phone = starts_with_any(lower, PHONE_STEMS)
                || lower
                    .split(|&b| b == b'_')
                    .any(|part| starts_with_any(part, PHONE_STEMS));
            ctx.id = (listed || camel_id || snake_id) && !names_phone;
            ctx.listed_id = listed && !names_phone;
            if lower == b"to" || lower == b"from" {
                ctx.phone = true;
            }
        }
        if starts_with_any(lower, PHONE_STEMS) && !document_word {
            ctx.phone = true;
        }
        if starts_with_any(lower, NUMBER_WORDS) {
            number_word = true;
        }
        if lower == b"cpf" || lower == b"cnpj" {
            document_word = true;
            if !ctx.phone {
                ctx.document = true;
            }
        }
        end -= len;
        seen += 1;
    }
    ctx.phone |= number_word && !document_word;
    ctx
}

// ---------------------------------------------------------------------------------------------
// CPF and CNPJ
// ---------------------------------------------------------------------------------------------

/// CPF check digits (mod 11, weights 10..2 then 11..2).
pub(crate) fn cpf_valid(d: &[u8]) -> bool {
    if d.len() != 11 || !d.iter().all(u8::is_ascii_digit) || d.iter().all(|&b| b == d[0]) {
        return false;
    }
    // Checked above: every byte is `0`-`9` or `A`-`Z`, at or above `0`.
    let v = |i: usize| u32::from(d[i] - b'0');
    let dv = |n: usize| {
        let s: u32 = (0..n).map(|i| v(i) * (n as u32 + 1 - i as u32)).sum();
        let r = (s * 10) % 11;
        if r == 10 {
            0
        } else {
            r
        }
    };
    dv(9) == v(9) && dv(10) == v(10)
}

/// CNPJ check digits, numeric or alphanumeric (2026): each character is worth its ASCII code
/// minus 48, the two check digits are numeric.
pub(crate) fn cnpj_valid(d: &[u8]) -> bool {
    if d.len() != 14
        || !d[..12]
            .iter()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        || !d[12..].iter().all(u8::is_ascii_digit)
        || d.iter().all(|&b| b == d[0])
    {
        return false;
    }
    // Checked above: every byte is `0`-`9` or `A`-`Z`, at or above `0`.
    let v = |i: usize| u32::from(d[i] - b'0');
    let dv = |n: usize| {
        // Weights run 2..9 from the right, repeating.
        let s: u32 = (0..n).map(|i| v(i) * (2 + ((n - 1 - i) % 8) as u32)).sum();
        let r = s % 11;
        if r < 2 {
            0
        } else {
            11 - r
        }
    };
    dv(12) == v(12) && dv(13) == v(13)
}

/// Matches `token` against a layout: `9` = digit, `X` = digit or A-Z, anything else literal.
fn layout(token: &[u8], pattern: &[u8]) -> bool {
    token.len() == pattern.len()
        && token.iter().zip(pattern).all(|(&t, &p)| match p {
            b'9' => t.is_ascii_digit(),
            b'X' => t.is_ascii_digit() || t.is_ascii_uppercase(),
            _ => t == p,
        })
}

fn document(bytes: &[u8], start: usize, end: usize) -> Option<Kind> {
    let token = &bytes[start..end];
    // The caller passes at most 19 bytes.
    let mut buf = [0u8; 19];
    let mut n = 0;
    for &b in token {
        if b.is_ascii_alphanumeric() && n < buf.len() {
            buf[n] = b;
            n += 1;
        }
    }
    let alnum = &buf[..n];
    let formatted = token.len() != n;
    let kind = if layout(token, b"999.999.999-99") || layout(token, b"999999999-99") {
        Kind::Cpf
    } else if layout(token, b"XX.XXX.XXX/XXXX-99") || layout(token, b"XXXXXXXX/XXXX-99") {
        Kind::Cnpj
    } else if layout(token, b"99999999999") {
        Kind::Cpf
    } else if layout(token, b"XXXXXXXXXXXX99") {
        Kind::Cnpj
    } else {
        return None;
    };
    let valid = match kind {
        Kind::Cpf => cpf_valid(alnum),
        _ => cnpj_valid(alnum),
    };
    if !valid {
        return None;
    }
    if !formatted {
        // A bare number is a document unless the words before it name it an id, a date, an
        // amount or a code (a check-digit match on an order number is a 1-in-100 event).
        let ctx = context(bytes, start);
        if ctx.listed_id && !ctx.document {
            return None;
        }
        if before(bytes, start) == b'#' {
            return None;
        }
    }
    Some(kind)
}

/// Finds CPFs and CNPJs (formatted or bare, check digits verified).
pub(crate) fn scan_documents(bytes: &[u8], out: &mut Vec<Cand>) {
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        if !(b.is_ascii_digit() || b.is_ascii_uppercase()) {
            i += 1;
            continue;
        }
        let prev = before(bytes, i);
        let len = run(bytes, i, 64, DIGIT | UPPER | DOT | SLASH | DASH);
        // `+` before the digits makes them a phone number (`+34648688180`), whatever the
        // check digits say.
        let left_ok =
            !(prev.is_ascii_alphanumeric() || matches!(prev, b'.' | b'/' | b'-' | b'_' | b'+'));
        if left_ok && len <= 19 {
            let mut end = i + len;
            while end > i && matches!(bytes[end - 1], b'.' | b'/' | b'-') {
                end -= 1;
            }
            if !is_word(at(bytes, end)) {
                if let Some(kind) = document(bytes, i, end) {
                    out.push(Cand::new(i, end, kind, PRIO_DOC));
                }
            }
        }
        // Skip the whole run, then any lowercase tail, so a run is never re-entered midway.
        i += len.max(1);
        i += run(bytes, i, usize::MAX, ALNUM);
    }
}

// ---------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------

/// Brazilian area codes (DDD) in use.
fn br_ddd(d: &[u8]) -> bool {
    if d.len() < 2 || !d[0].is_ascii_digit() || !d[1].is_ascii_digit() {
        return false;
    }
    let n = (d[0] - b'0') * 10 + (d[1] - b'0');
    matches!(n,
        11..=19 | 21 | 22 | 24 | 27 | 28 | 31..=35 | 37 | 38 | 41..=49 | 51 | 53..=55
        | 61..=69 | 71 | 73..=75 | 77 | 79 | 81..=89 | 91..=99)
}

/// A Brazilian national significant number: DDD + `9` + 8 digits (mobile) or DDD + 8 digits
/// starting 2-5 (landline).
fn br_nsn(d: &[u8]) -> bool {
    br_ddd(d)
        && match d.len() {
            11 => d[2] == b'9',
            10 => (b'2'..=b'5').contains(&d[2]),
            _ => false,
        }
}

/// NANP: NPA (2-9 first) + NXX (2-9 first) + 4 digits.
fn nanp(d: &[u8]) -> bool {
    d.len() == 10 && (b'2'..=b'9').contains(&d[0]) && (b'2'..=b'9').contains(&d[3])
}

/// Mexico: 10 digits, not starting 0 or 1; the old mobile `1` prefix is accepted after `+52`.
fn mx_nsn(d: &[u8]) -> bool {
    match d.len() {
        10 => (b'2'..=b'9').contains(&d[0]),
        11 => d[0] == b'1' && (b'2'..=b'9').contains(&d[1]),
        _ => false,
    }
}

/// Portugal: 9 digits, mobiles 91/92/93/96, landlines 2x, nomadic 30.
fn pt_nsn(d: &[u8]) -> bool {
    d.len() == 9
        && match d[0] {
            b'9' => matches!(d[1], b'1' | b'2' | b'3' | b'6'),
            b'2' => true,
            b'3' => d[1] == b'0',
            _ => false,
        }
}

/// Spain: 9 digits starting 6/7 (mobile) or 8/9 (landline).
fn es_nsn(d: &[u8]) -> bool {
    d.len() == 9 && (b'6'..=b'9').contains(&d[0])
}

/// Validates a number given with its country code. Returns the country-code length.
fn international(d: &[u8], known_only: bool) -> Option<usize> {
    if d.first().is_none_or(|&b| b == b'0') {
        return None;
    }
    let try_cc = |cc: &[u8], ok: fn(&[u8]) -> bool| d.starts_with(cc) && ok(&d[cc.len()..]);
    if try_cc(b"1", nanp) {
        return Some(1);
    }
    if try_cc(b"55", br_nsn) || try_cc(b"52", mx_nsn) || try_cc(b"34", es_nsn) {
        return Some(2);
    }
    if try_cc(b"351", pt_nsn) {
        return Some(3);
    }
    if known_only
        || d.starts_with(b"1")
        || d.starts_with(b"55")
        || d.starts_with(b"52")
        || d.starts_with(b"34")
        || d.starts_with(b"351")
    {
        return None;
    }
    // Any other country: E.164 allows up to 15 digits; fewer than 10 is rarely a full number.
    (10..=15).contains(&d.len()).then_some(0)
}

/// When a match is accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Always (formatted or international).
    Nothing,
    /// Unless the nearest word names an id, date or amount (bare numbers with a country code).
    NotId,
    /// Only after a phone word (bare national numbers, which collide with ids and timestamps).
    PhoneWord,
}

/// One digit group of a candidate and the separator that follows it.
#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
}

/// Classifies a candidate. `seps` holds the separator byte before each group after the first
/// (`b')'` for a closing parenthesis). Returns (digits to keep visible at the start, need).
fn classify(d: &[u8], lens: &[usize], seps: &[u8], plus: bool) -> Option<(usize, Need)> {
    if plus {
        return international(d, false).map(|cc| (cc, Need::Nothing));
    }
    if lens[0] >= 4 && d.starts_with(b"00") {
        // `00351 910625499`, `0034 710993770`: international prefix of Europe and Latin America.
        return international(&d[2..], true).map(|cc| (cc + 2, Need::Nothing));
    }
    let spaced = seps.iter().all(|&s| s == b' ' || s == b'-');
    let first = d[0];
    if lens.len() >= 3 {
        // A country code written without `+` as its own group: `55 11 98765-4321`.
        if let Some(cc) = international(d, true) {
            if lens[0] == cc {
                return Some((cc, Need::Nothing));
            }
        }
    }
    // The layout as one number, a hex digit per group (a group has 1 to 15 digits, as the
    // number has at most 15): `[3, 3, 4]` is 0x334. An integer `match` is less code than
    // slice patterns; no layout below has more than four groups.
    let layout = if lens.len() <= 4 {
        lens.iter().fold(0, |acc, &l| acc << 4 | l)
    } else {
        0
    };
    match layout {
        0xD => {
            if d.starts_with(b"55") && br_nsn(&d[2..]) && d[4] == b'9' {
                return Some((2, Need::NotId));
            }
            if d.starts_with(b"521") && mx_nsn(&d[2..]) {
                return Some((2, Need::NotId));
            }
            None
        }
        0xC => {
            if d.starts_with(b"55") && br_nsn(&d[2..]) {
                return Some((2, Need::NotId));
            }
            if d.starts_with(b"351") && pt_nsn(&d[3..]) {
                return Some((3, Need::NotId));
            }
            if d.starts_with(b"52") && mx_nsn(&d[2..]) {
                return Some((2, Need::NotId));
            }
            None
        }
        0xB => {
            if d.starts_with(b"1") && nanp(&d[1..]) {
                return Some((1, Need::NotId));
            }
            if d.starts_with(b"34") && es_nsn(&d[2..]) {
                return Some((2, Need::NotId));
            }
            if br_nsn(d) {
                return Some((0, Need::NotId));
            }
            if d.starts_with(b"0") && br_nsn(&d[1..]) {
                return Some((0, Need::PhoneWord));
            }
            None
        }
        0xA => (br_nsn(d) || nanp(d) || mx_nsn(d)).then_some((0, Need::PhoneWord)),
        // PT/ES numbers, or a BR mobile without its area code (`"number":"987654321"` next to
        // an `area_code`), only after a phone word.
        0x9 => (pt_nsn(d) || es_nsn(d) || first == b'9').then_some((0, Need::PhoneWord)),
        0x8 => (b'2'..=b'5')
            .contains(&first)
            .then_some((0, Need::PhoneWord)),
        0x334 => (b'2'..=b'9').contains(&first).then_some((0, Need::Nothing)),
        0x1334 => (first == b'1' && nanp(&d[1..])).then_some((0, Need::Nothing)),
        0x244 => {
            let mx_area = matches!(&d[..2], b"33" | b"55" | b"56" | b"81");
            (br_nsn(d) || mx_area).then_some((0, Need::Nothing))
        }
        0x254 | 0x29 | 0x28 | 0x2144 => br_nsn(d).then_some((0, Need::Nothing)),
        0x354 | 0x344 | 0x39 | 0x38 | 0x3144 => {
            (first == b'0' && br_nsn(&d[1..])).then_some((0, Need::Nothing))
        }
        0x234 => (spaced && first == b'2' && pt_nsn(d)).then_some((0, Need::Nothing)),
        0x333 => (spaced && (pt_nsn(d) || es_nsn(d))).then_some((0, Need::Nothing)),
        0x3222 | 0x2322 => (spaced && es_nsn(d)).then_some((0, Need::Nothing)),
        0x54 | 0x44 => (spaced && (first == b'9' || (b'2'..=b'5').contains(&first)))
            .then_some((0, Need::PhoneWord)),
        _ => None,
    }
}

fn phone_left_ok(prev: u8) -> bool {
    !(prev.is_ascii_alphanumeric()
        || matches!(
            prev,
            b'_' | b'.' | b'-' | b'/' | b'#' | b'$' | b'+' | b'*' | b'\\' | b'@'
        ))
}

/// Finds phone numbers.
pub(crate) fn scan_phones(bytes: &[u8], out: &mut Vec<Cand>) {
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let d1 = at(bytes, i + 1).is_ascii_digit();
        let starts = b.is_ascii_digit()
            || (b == b'+' && d1)
            || (b == b'('
                && (d1 || (at(bytes, i + 1) == b'+' && at(bytes, i + 2).is_ascii_digit())));
        if !starts {
            i += 1;
            continue;
        }
        let next_i = i + 1 + run(bytes, i + 1, usize::MAX, DIGIT);
        if !phone_left_ok(before(bytes, i)) {
            i = next_i;
            continue;
        }
        match phone_at(bytes, i) {
            Some(c) => {
                i = c.end.max(i + 1);
                out.push(c);
            }
            None => i = next_i,
        }
    }
}

fn phone_at(bytes: &[u8], start: usize) -> Option<Cand> {
    let mut pos = start;
    let mut lead_paren = false;
    if bytes[pos] == b'(' {
        lead_paren = true;
        pos += 1;
    }
    let mut plus = false;
    if at(bytes, pos) == b'+' {
        plus = true;
        pos += 1;
    }
    // Fixed-size buffers: no allocation per digit run.
    let mut groups = [Group { start: 0, end: 0 }; 6];
    let mut ngroups = 0;
    let mut seps = [0u8; 6];
    let mut nseps = 0;
    let mut paren_open = lead_paren;
    // Index of the group a leading `(` closes after (`(11) 9…` → 0).
    let mut lead_close: Option<usize> = None;
    let mut total = 0;
    loop {
        if at(bytes, pos) == b'(' && !paren_open && at(bytes, pos + 1).is_ascii_digit() {
            paren_open = true;
            pos += 1;
        }
        let d = run(bytes, pos, 16, DIGIT);
        if d == 0 {
            break;
        }
        total += d;
        if total > 15 {
            break;
        }
        groups[ngroups] = Group {
            start: pos,
            end: pos + d,
        };
        ngroups += 1;
        pos += d;
        if ngroups == groups.len() {
            break;
        }
        let mut p = pos;
        let sep;
        if paren_open && at(bytes, p) == b')' {
            paren_open = false;
            if lead_paren && lead_close.is_none() {
                lead_close = Some(ngroups - 1);
            }
            p += 1;
            if matches!(at(bytes, p), b' ' | b'-') {
                p += 1;
            }
            sep = b')';
        } else if matches!(at(bytes, p), b' ' | b'-' | b'.') {
            sep = at(bytes, p);
            p += 1;
        } else {
            break;
        }
        let next_group = at(bytes, p) == b'(' && at(bytes, p + 1).is_ascii_digit() && !paren_open;
        if !next_group && !at(bytes, p).is_ascii_digit() {
            break;
        }
        seps[nseps] = sep;
        nseps += 1;
        pos = p;
    }
    if ngroups == 0 {
        return None;
    }
    let groups = &groups[..ngroups];
    // Where the span starts: keep a leading `(` only when it wraps the first group.
    let span_start = if lead_paren && lead_close != Some(0) {
        start + 1
    } else {
        start
    };
    if lead_paren && lead_close.is_none() && !plus {
        // `(5511…` with no closing parenthesis after the first group: not a phone layout.
        return None;
    }
    let mut digits = [0u8; 16];
    let mut lens = [0usize; 6];
    for k in (1..=groups.len()).rev() {
        let end = groups[k - 1].end;
        let next = at(bytes, end);
        if is_word(next)
            || (matches!(next, b'.' | b',' | b'-' | b'/' | b':')
                && at(bytes, end + 1).is_ascii_digit())
        {
            continue;
        }
        let mut nd = 0;
        for (i, g) in groups[..k].iter().enumerate() {
            let len = g.end - g.start;
            digits[nd..nd + len].copy_from_slice(&bytes[g.start..g.end]);
            nd += len;
            lens[i] = len;
        }
        if nd < 8 {
            return None;
        }
        let seps = &seps[..(k - 1).min(nseps)];
        let Some((keep, need)) = classify(&digits[..nd], &lens[..k], seps, plus) else {
            continue;
        };
        let ok = match need {
            Need::Nothing => true,
            Need::NotId => {
                let ctx = context(bytes, span_start);
                !(ctx.id || ctx.document) && before(bytes, span_start) != b'#'
            }
            Need::PhoneWord => {
                let ctx = context(bytes, span_start);
                ctx.phone && !ctx.id && !ctx.document
            }
        };
        if !ok {
            return None;
        }
        let mut c = Cand::new(span_start, end, Kind::Phone, PRIO_PHONE);
        c.keep = keep.min(3) as u8;
        return Some(c);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phones(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        scan_phones(text.as_bytes(), &mut out);
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    fn docs(text: &str) -> Vec<(&str, Kind)> {
        let mut out = Vec::new();
        scan_documents(text.as_bytes(), &mut out);
        out.iter()
            .map(|c| (&text[c.start..c.end], c.kind))
            .collect()
    }

    fn email(text: &str) -> Option<&str> {
        let at = text.find('@')?;
        email_at(text.as_bytes(), at).map(|c| &text[c.start..c.end])
    }

    #[test]
    fn service_account_addresses_are_machine_identities() {
        assert_eq!(email("sa: ci@proj-1.iam.gserviceaccount.com ok"), None);
        assert_eq!(email("x 123-compute@developer.GServiceAccount.com"), None);
        // Only the exact domain and its subdomains: look-alikes are people's addresses.
        assert_eq!(
            email("ana@notgserviceaccount.com"),
            Some("ana@notgserviceaccount.com")
        );
        assert_eq!(
            email("ana@gserviceaccount.com.evil.io"),
            Some("ana@gserviceaccount.com.evil.io")
        );
    }

    #[test]
    fn check_digits() {
        assert!(cpf_valid(b"52998224725"));
        assert!(!cpf_valid(b"52998224724"));
        assert!(!cpf_valid(b"11111111111"));
        assert!(cnpj_valid(b"11222333000181"));
        assert!(!cnpj_valid(b"11222333000182"));
        // The alphanumeric example of the Receita Federal (check digits 12.ABC.345/01DE-35).
        assert!(cnpj_valid(b"12ABC34501DE35"));
        assert!(!cnpj_valid(b"12ABC34501DE36"));
    }

    #[test]
    fn documents() {
        assert_eq!(
            docs("CPF 529.982.247-25."),
            vec![("529.982.247-25", Kind::Cpf)]
        );
        assert_eq!(docs("cpf=52998224725"), vec![("52998224725", Kind::Cpf)]);
        assert_eq!(
            docs("CNPJ 11.222.333/0001-81"),
            vec![("11.222.333/0001-81", Kind::Cnpj)]
        );
        assert_eq!(
            docs("CNPJ: 12ABC34501DE35 ok"),
            vec![("12ABC34501DE35", Kind::Cnpj)]
        );
        assert_eq!(
            docs("CNPJ 12.ABC.345/01DE-35"),
            vec![("12.ABC.345/01DE-35", Kind::Cnpj)]
        );
        // Wrong check digits, ids, longer runs: nothing.
        assert_eq!(docs("CPF 529.982.247-24"), vec![]);
        assert_eq!(docs("order_id=52998224725"), vec![]);
        assert_eq!(docs(r#""id":"52998224725""#), vec![]);
        assert_eq!(
            docs(r#""tax_id":"52998224725""#),
            vec![("52998224725", Kind::Cpf)]
        );
        assert_eq!(docs("+52998224725"), vec![]);
        assert_eq!(docs("pedido #52998224725"), vec![]);
        assert_eq!(docs("x529982247250"), vec![]);
        assert_eq!(docs("MLB52998224725"), vec![]);
    }

    #[test]
    fn emails() {
        assert_eq!(
            email("mail j.doe+tag@mail.example.com."),
            Some("j.doe+tag@mail.example.com")
        );
        assert_eq!(email("MAIL X@Y.COM"), Some("X@Y.COM"));
        assert_eq!(email("mailto:a@b.io"), Some("a@b.io"));
        assert_eq!(email("redis://u:pw@host.example.com"), None);
        assert_eq!(email("ghcr.io/acme/app@sha256:abc"), None);
        assert_eq!(email("deploy@ci"), None);
        assert_eq!(email("strict-uri-encode@npm:2.0.0"), None);
        assert_eq!(email("@example.com"), None);
        assert_eq!(email("a@b.c"), None);
    }

    #[test]
    fn phone_formats() {
        for p in [
            "+55 (11) 98765-4321",
            "(11) 98765-4321",
            "(11)98765-4321",
            "011 98765-4321",
            "+5511987654321",
            "+1 626 537 8988",
            "1 (631) 357-2429",
            "721-835-6612",
            "849.435.8207",
            "+351 232 478 955",
            "00351 910625499",
            "930 178 507",
            "+34 672 60 68 24",
            "0034 710993770",
            "+52 1 33 3680 6267",
            "33 9881 0651",
            "442-754-8907",
            "+44 20 7946 0958",
        ] {
            assert_eq!(phones(&format!("tel {p}.")), vec![p], "{p}");
            assert_eq!(phones(&format!("x;{p};y")), vec![p], "{p}");
        }
        // wa_id digit strings with a country code.
        assert_eq!(phones(r#""wa_id":"5511987654321""#), vec!["5511987654321"]);
        assert_eq!(
            phones(r#""recipient_id":"5511987654321""#),
            vec!["5511987654321"]
        );
        assert_eq!(
            phones(r#""customer_id":"5511987654321""#),
            Vec::<&str>::new()
        );
        assert_eq!(phones("55 11 98765-4321"), vec!["55 11 98765-4321"]);
        assert_eq!(phones("(11) 9 8765-4321"), vec!["(11) 9 8765-4321"]);
        assert_eq!(phones("Tel.: 21 123 4567"), vec!["21 123 4567"]);
        assert_eq!(
            phones("CPF 52998224725, tel 47974983559"),
            vec!["47974983559"]
        );
        // A bare number under a document type is not a phone, valid CPF or not.
        assert_eq!(
            phones(r#""identification":{"type":"CPF","number":"13752772866"}"#),
            Vec::<&str>::new()
        );
        assert_eq!(phones("Mi número es 725234518"), vec!["725234518"]);
        assert_eq!(phones(r#""from":"351922533365""#), vec!["351922533365"]);
        assert_eq!(phones(r#""from":"34732818402""#), vec!["34732818402"]);
        assert_eq!(phones(r#""from":"17234764881""#), vec!["17234764881"]);
        assert_eq!(phones(r#""from":"528140601078""#), vec!["528140601078"]);
        // Bare national numbers only after a phone word.
        assert_eq!(phones("e o celular 2134567890"), vec!["2134567890"]);
        assert_eq!(phones("Liguem para 910625499"), vec!["910625499"]);
        assert_eq!(
            phones(r#""phone":{"area_code":"11","number":"987654321"}"#),
            vec!["987654321"]
        );
        assert_eq!(phones("pedido 2134567890"), Vec::<&str>::new());
        assert_eq!(phones("Mi pedido 910625499"), Vec::<&str>::new());
        // (+351) keeps its parenthesis; a wrapping one does not.
        assert_eq!(phones("(+351) 232 478 955"), vec!["(+351) 232 478 955"]);
        assert_eq!(phones("(+52 1 33 3680 6267)"), vec!["+52 1 33 3680 6267"]);
    }

    #[test]
    fn phone_decoys() {
        for t in [
            "2026-06-06 22:34:16",
            "14/09/2026 01:30",
            "R$ 1.234,56",
            "$1,299.00",
            "1.234,56 €",
            "MXN 9,295.62",
            "ts=1771471886",
            "1771471886000",
            "EAN 7898564330595",
            r#""order_id":"2154735319""#,
            r#""data":{"id":"1398558683"}"#,
            "**** **** **** 4242",
            "v3.19.96",
            "OV550537089BR",
            "MLB5147038668",
            "ORD-2026-597672",
            "40206169-116f-4933-89a2-0faac483ca96",
            "457.732.784-80",
            "45.019.164/0001-05",
            "latency=1631ms",
            "+03:00",
            "192.168.100.200",
            "data.id=58699193549",
            "#607036",
            "mid=6711031930330622",
        ] {
            assert_eq!(phones(t), Vec::<&str>::new(), "{t}");
        }
    }
}
