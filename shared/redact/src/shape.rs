//! Byte-level helpers and value-shape checks shared by the detectors.
//!
//! Everything here works on `&[u8]` with explicit bounds checks, so no helper can panic on
//! odd input, and every scan is bounded by the caller's limit.

/// `[A-Za-z0-9]`.
pub(crate) fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// `[A-Za-z0-9_]`: a byte that continues an identifier or a word.
pub(crate) fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `[A-Za-z0-9_-]`: the base64url alphabet.
pub(crate) fn is_b64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// `[A-Za-z0-9+/]`: the standard base64 alphabet, without padding.
pub(crate) fn is_b64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'+' || b == b'/'
}

/// The byte at `i`, or 0 past the end (0 never satisfies any class used here).
pub(crate) fn at(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// The byte before `i`, or 0 at the start.
pub(crate) fn before(bytes: &[u8], i: usize) -> u8 {
    if i == 0 {
        0
    } else {
        at(bytes, i - 1)
    }
}

/// A set of bytes for [`run`] and [`run_back`]: the union of its class bits, looked up in one
/// 256-entry table ([`CLASSES`]), or with [`NOT`] the complement of that union. One table
/// instead of a predicate function (and its call shim) per class and call site: data rather
/// than code in WASM.
pub(crate) type ByteSet = u32;

/// `0-9`.
pub(crate) const DIGIT: ByteSet = 1;
/// `A-Z`.
pub(crate) const UPPER: ByteSet = 1 << 1;
/// `a-z`.
pub(crate) const LOWER: ByteSet = 1 << 2;
/// `0x80..=0xFF` (any byte of a multi-byte character).
pub(crate) const NON_ASCII: ByteSet = 1 << 3;
/// `_`.
pub(crate) const UNDERSCORE: ByteSet = 1 << 4;
/// `-`.
pub(crate) const DASH: ByteSet = 1 << 5;
/// `.`.
pub(crate) const DOT: ByteSet = 1 << 6;
/// `+`.
pub(crate) const PLUS: ByteSet = 1 << 7;
/// `/`.
pub(crate) const SLASH: ByteSet = 1 << 8;
/// `=`.
pub(crate) const EQUALS: ByteSet = 1 << 9;
/// `%`.
pub(crate) const PERCENT: ByteSet = 1 << 10;
/// ` ` (the space only).
pub(crate) const SPACE: ByteSet = 1 << 11;
/// `\t`.
pub(crate) const TAB: ByteSet = 1 << 12;
/// `~`.
pub(crate) const TILDE: ByteSet = 1 << 13;
/// `a-f`, `A-F`.
pub(crate) const HEX_LETTER: ByteSet = 1 << 14;
/// ASCII whitespace (`u8::is_ascii_whitespace`: space, `\t`, `\n`, form feed, `\r`).
pub(crate) const WHITESPACE: ByteSet = 1 << 15;
/// `"`.
pub(crate) const DQUOTE: ByteSet = 1 << 16;
/// `'`.
pub(crate) const SQUOTE: ByteSet = 1 << 17;
/// `\n`.
pub(crate) const NEWLINE: ByteSet = 1 << 18;
/// What ends a URL's authority: whitespace and `/ " ' < > \ ` { }`.
pub(crate) const URL_STOP: ByteSet = 1 << 19;
/// What ends an unquoted assigned value: whitespace and `" ' ` , ; & ) ] } < > |`.
pub(crate) const VALUE_STOP: ByteSet = 1 << 20;
/// The complement of the set's other bits.
pub(crate) const NOT: ByteSet = 1 << 31;

/// `[A-Za-z]`.
pub(crate) const ALPHA: ByteSet = UPPER | LOWER;
/// `[A-Za-z0-9]`.
pub(crate) const ALNUM: ByteSet = DIGIT | ALPHA;
/// `[A-Za-z0-9_]`.
pub(crate) const WORD: ByteSet = ALNUM | UNDERSCORE;
/// `[A-Za-z0-9_-]`.
pub(crate) const B64URL: ByteSet = WORD | DASH;
/// `[A-Za-z0-9+/]`.
pub(crate) const B64: ByteSet = ALNUM | PLUS | SLASH;

const fn byte_classes() -> [ByteSet; 256] {
    let mut table = [0; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let mut c = 0;
        if b.is_ascii_digit() {
            c |= DIGIT;
        }
        if b.is_ascii_uppercase() {
            c |= UPPER;
        }
        if b.is_ascii_lowercase() {
            c |= LOWER;
        }
        if b >= 0x80 {
            c |= NON_ASCII;
        }
        if matches!(b, b'a'..=b'f' | b'A'..=b'F') {
            c |= HEX_LETTER;
        }
        if b.is_ascii_whitespace() {
            c |= WHITESPACE | URL_STOP | VALUE_STOP;
        }
        c |= match b {
            b'_' => UNDERSCORE,
            b'-' => DASH,
            b'.' => DOT,
            b'+' => PLUS,
            b'/' => SLASH | URL_STOP,
            b'=' => EQUALS,
            b'%' => PERCENT,
            b' ' => SPACE,
            b'\t' => TAB,
            b'~' => TILDE,
            b'"' => DQUOTE | URL_STOP | VALUE_STOP,
            b'\'' => SQUOTE | URL_STOP | VALUE_STOP,
            b'\n' => NEWLINE,
            b'<' | b'>' | b'`' | b'}' => URL_STOP | VALUE_STOP,
            b'\\' | b'{' => URL_STOP,
            b',' | b';' | b'&' | b')' | b']' | b'|' => VALUE_STOP,
            _ => 0,
        };
        table[i] = c;
        i += 1;
    }
    table
}

/// The class bits of every byte.
static CLASSES: [ByteSet; 256] = byte_classes();

/// Is `b` in `set`?
pub(crate) fn in_set(b: u8, set: ByteSet) -> bool {
    (CLASSES[usize::from(b)] & set & !NOT != 0) != (set & NOT != 0)
}

/// Counts bytes from `start` that are in `set`, up to `limit`.
///
/// Never inlined: one copy of the loop instead of one per call site (code size in WASM).
#[inline(never)]
pub(crate) fn run(bytes: &[u8], start: usize, limit: usize, set: ByteSet) -> usize {
    let mut n = 0;
    while n < limit {
        match bytes.get(start + n) {
            Some(&b) if in_set(b, set) => n += 1,
            _ => break,
        }
    }
    n
}

/// Counts bytes backwards from `end` (exclusive) that are in `set`, up to `limit`.
#[inline(never)]
pub(crate) fn run_back(bytes: &[u8], end: usize, limit: usize, set: ByteSet) -> usize {
    let mut n = 0;
    while n < limit && n < end {
        if in_set(bytes[end - n - 1], set) {
            n += 1;
        } else {
            break;
        }
    }
    n
}

/// `src` in ASCII lowercase, in `buf` (no allocation); cut to `buf`'s length, which callers
/// bound `src` by.
pub(crate) fn lower_into<'b>(src: &[u8], buf: &'b mut [u8]) -> &'b [u8] {
    let n = src.len().min(buf.len());
    for (d, s) in buf.iter_mut().zip(src) {
        *d = s.to_ascii_lowercase();
    }
    &buf[..n]
}

/// True if `bytes[i..]` starts with `pat`.
pub(crate) fn starts_with_at(bytes: &[u8], i: usize, pat: &[u8]) -> bool {
    match bytes.get(i..i.saturating_add(pat.len())) {
        Some(s) => eq(s, pat),
        None => false,
    }
}

/// Byte equality as a plain loop: at `opt-level = "z"` slice `==` becomes a `memcmp` call,
/// which dominates the short comparisons done here.
pub(crate) fn eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Does `v` contain `pat` (exact bytes)?
pub(crate) fn contains(v: &[u8], pat: &[u8]) -> bool {
    let Some(&first) = pat.first() else {
        return true;
    };
    v.len() >= pat.len()
        && (0..=v.len() - pat.len()).any(|i| v[i] == first && eq(&v[i..i + pat.len()], pat))
}

/// ASCII-case-insensitive `starts_with_at`.
pub(crate) fn starts_with_at_ci(bytes: &[u8], i: usize, pat: &[u8]) -> bool {
    match bytes.get(i..i.saturating_add(pat.len())) {
        Some(s) => s.eq_ignore_ascii_case(pat),
        None => false,
    }
}

/// True if `v` contains `pat`, ignoring ASCII case.
pub(crate) fn contains_ci(v: &[u8], pat: &[u8]) -> bool {
    if pat.is_empty() || v.len() < pat.len() {
        return pat.is_empty();
    }
    let first = pat[0].to_ascii_lowercase();
    (0..=v.len() - pat.len()).any(|i| {
        v[i].to_ascii_lowercase() == first && v[i..i + pat.len()].eq_ignore_ascii_case(pat)
    })
}

/// Code that reads a secret instead of containing it.
pub(crate) const CODE: &[&[u8]] = &[
    b"process.env",
    b"env.get",
    b"os.environ",
    b"getenv",
    b"secrets.",
    b"env(",
    b"vault:",
    b"ssm:",
    b"import.meta",
];

/// Documentation placeholders (matched as words, see [`word_at`]).
///
/// [`CODE`] and then these are searched with the crate's one automaton
/// ([`crate::automaton`]), their ids after those of [`crate::secrets::RULES`].
pub(crate) const WORDS: &[&[u8]] = &[
    b"xxxx",
    b"your",
    b"changeme",
    b"change_me",
    b"change-me",
    b"example",
    b"placeholder",
    b"redacted",
    b"dummy",
    b"sample",
    b"insert",
    b"replace",
    b"todo",
    b"here",
    b"0000000000",
    b"1234567",
    b"abcdef",
];

/// Does `v` contain `word` (lowercase) as a word? See [`word_at`].
#[cfg(test)]
pub(crate) fn contains_word(v: &[u8], word: &[u8]) -> bool {
    v.len() >= word.len() && (0..=v.len() - word.len()).any(|i| word_at(v, i, word))
}

/// `word` (lowercase) at `v[i..]`, written all lowercase, all uppercase or Capitalized, never in
/// random mixed case (`heRe`, `tODo`, `dUmmY` inside a random key are not words). Words of
/// four letters or fewer must also stand alone, between non-alphanumerics or ends (`your-key`,
/// `-here`, `TODO`), since random base62 holds one of them now and then.
pub(crate) fn word_at(v: &[u8], i: usize, word: &[u8]) -> bool {
    let n = word.len();
    let Some(w) = v.get(i..i + n) else {
        return false;
    };
    if n == 0 {
        return false;
    }
    let lower = eq(w, word);
    let upper = w
        .iter()
        .zip(word)
        .all(|(a, b)| *a == b.to_ascii_uppercase());
    let capital = w[0] == word[0].to_ascii_uppercase() && eq(&w[1..], &word[1..]);
    if !(lower || upper || capital) {
        return false;
    }
    if n > 4 || !word.iter().all(u8::is_ascii_alphabetic) {
        return true;
    }
    let left = i == 0 || !v[i - 1].is_ascii_alphanumeric();
    let right = i + n == v.len() || !v[i + n].is_ascii_alphanumeric();
    left && right
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hex.
pub(crate) fn is_uuid(v: &[u8]) -> bool {
    v.len() == 36
        && v.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// A value that stands for a secret rather than being one: a template or variable reference, a
/// documentation placeholder, an already-masked value or an empty-ish word.
///
/// This is what keeps `${CRON_SECRET}`, `{{ secrets.X }}`, `process.env.X`,
/// `Deno.env.get('X')`, `<your-key>`, `xxxx`, `changeme`, `sk_live_****JhBs` and
/// `[REDACTED:…]` from being masked.
pub(crate) fn is_placeholder(v: &[u8]) -> bool {
    if v.is_empty() {
        return true;
    }
    // References and templates: shell, JS template, Jinja/Handlebars/GitHub Actions, printf.
    const MARKERS: &[&[u8]] = &[
        b"${",
        b"{{",
        b"}}",
        b"$(",
        b"%(",
        b"<",
        b">",
        b"[",
        b"]",
        b"...",
        b"\xe2\x80\xa6",
        b"***",
        b"\xe2\x80\xa2",
    ];
    // Most values are plain tokens: only look for markers when a marker byte is present.
    let special = v.iter().any(|&b| {
        matches!(
            b,
            b'$' | b'{' | b'}' | b'%' | b'<' | b'>' | b'[' | b']' | b'.' | b'*' | 0xe2
        )
    });
    if special && MARKERS.iter().any(|m| contains(v, m)) {
        return true;
    }
    // printf `%s` (not `%sX` inside a random password), `%VAR%`, `$VAR`, `{…}`, `@Value`.
    let printf = special
        && (0..v.len().saturating_sub(1)).any(|i| {
            v[i] == b'%'
                && v[i + 1] == b's'
                && !v.get(i + 2).is_some_and(|b| b.is_ascii_alphanumeric())
        });
    let last = v[v.len() - 1];
    if printf || v[0] == b'$' || (v[0] == b'%' && last == b'%') || v[0] == b'{' || v[0] == b'@' {
        return true;
    }
    // Code that reads a secret (`process.env.X`), and documentation placeholders.
    let first = crate::secrets::RULES.len();
    let found = crate::automaton().any(v, |id, start, _| {
        if id < first {
            return false;
        }
        match WORDS.get((id - first).wrapping_sub(CODE.len())) {
            None => true,
            Some(word) => word_at(v, start, word),
        }
    });
    if found {
        return true;
    }
    const EXACT: &[&[u8]] = &[
        b"null",
        b"none",
        b"nil",
        b"undefined",
        b"true",
        b"false",
        b"password",
        b"passwd",
        b"secret",
        b"token",
        b"required",
        b"optional",
        b"string",
        b"empty",
        b"hidden",
        b"masked",
        b"test",
        b"admin",
        b"pass",
        b"pwd",
        b"changeit",
        b"user",
        b"username",
    ];
    if EXACT.iter().any(|m| v.eq_ignore_ascii_case(m)) {
        return true;
    }
    // One character repeated (`aaaaaaaa`, `********`, `00000000`), or mostly so.
    let mut counts = [0u16; 256];
    for &b in v {
        counts[b as usize] = counts[b as usize].saturating_add(1);
    }
    let max = counts.iter().copied().max().unwrap_or(0) as usize;
    max * 2 > v.len() && v.len() >= 4
}

/// A dotted chain of identifiers (`config.secret`, `X25519.secret_length`): code, not a value.
pub(crate) fn is_code_reference(v: &[u8]) -> bool {
    let mut parts = 0;
    for part in v.split(|&b| b == b'.') {
        if part.is_empty() || !(part[0].is_ascii_alphabetic() || part[0] == b'_') {
            return false;
        }
        if !part.iter().all(|&b| is_word(b)) {
            return false;
        }
        // `ya29.a0AfH6SMBx3k9…` (a Google access token) has dots too, but its parts switch
        // between letters and digits like random text; identifiers do so once or twice.
        let switches = part
            .windows(2)
            .filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit())
            .count();
        if switches > 3 {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// `SCREAMING_SNAKE_CASE` or `kebab-UPPER` names (`K8S_CRED`, `NEXUS-GPT4-API-KEY`): the name of
/// a secret, not its value.
pub(crate) fn is_constant_name(v: &[u8]) -> bool {
    v.iter().any(|&b| b == b'_' || b == b'-')
        && v.iter()
            .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        && v.iter().any(|b| b.is_ascii_uppercase())
}

/// Does a token look machine-generated (random) rather than like words or a number?
///
/// The rule: at least `min_len` bytes of a token alphabet, not a placeholder, and either letters
/// mixed with digits, or (with no digits) a long mixed-case run whose case flips often, as random
/// base62 does and `CamelCaseWords` does not. Pure numbers never pass (ids, timestamps).
pub(crate) fn looks_random(v: &[u8], min_len: usize) -> bool {
    if v.len() < min_len || v.len() > 4096 {
        return false;
    }
    if !v
        .iter()
        .all(|&b| in_set(b, B64URL | PLUS | SLASH | EQUALS | DOT | TILDE))
    {
        return false;
    }
    if is_placeholder(v) || is_code_reference(v) || is_constant_name(v) {
        return false;
    }
    // One pass for the three counts.
    let (mut digits, mut lower, mut upper) = (0, 0, 0);
    for &b in v {
        let c = CLASSES[usize::from(b)];
        digits += usize::from(c & DIGIT != 0);
        lower += usize::from(c & LOWER != 0);
        upper += usize::from(c & UPPER != 0);
    }
    let letters = lower + upper;
    if letters == 0 {
        return false;
    }
    if digits > 0 {
        // Hex digests pass here; so do `word-word-12` slugs, which the word check below stops.
        return !is_wordy(v);
    }
    if lower == 0 || upper == 0 || v.len() < 20 {
        return false;
    }
    let flips = v
        .windows(2)
        .filter(|w| {
            w[0].is_ascii_alphabetic()
                && w[1].is_ascii_alphabetic()
                && w[0].is_ascii_lowercase() != w[1].is_ascii_lowercase()
        })
        .count();
    flips * 3 >= v.len()
}

/// Made of separator-joined words: `my-bot-token-1`, `SalesResults-1.2`, `DOC_Vector_5_32`.
/// Random tokens have long alphanumeric runs mixing digits and letters; these do not.
fn is_wordy(v: &[u8]) -> bool {
    // Two or more parts, each either all letters (a word) or a short number. One pass, no Vec.
    let mut parts = 0;
    let mut all_words = true;
    for p in v.split(|&b| !is_alnum(b)).filter(|p| !p.is_empty()) {
        parts += 1;
        all_words &= p.iter().all(|b| b.is_ascii_alphabetic())
            || (p.len() <= 4 && p.iter().all(|b| b.is_ascii_digit()));
    }
    parts >= 2 && all_words
}

/// Decodes standard base64 (padding optional). `None` on any invalid byte.
pub(crate) fn b64_decode(v: &[u8]) -> Option<Vec<u8>> {
    fn val(b: u8) -> Option<u32> {
        Some(match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        } as u32)
    }
    let body: &[u8] = {
        let mut end = v.len();
        while end > 0 && v[end - 1] == b'=' {
            end -= 1;
        }
        &v[..end]
    };
    if body.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    for chunk in body.chunks(4) {
        let mut acc = 0u32;
        for (i, &b) in chunk.iter().enumerate() {
            acc |= val(b)? << (18 - 6 * i as u32);
        }
        let bytes = acc.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        for v in [
            "${CRON_SECRET}",
            "{{ secrets.X }}",
            "process.env.PADDLE_API_KEY",
            "Deno.env.get('CRON_SECRET')",
            "<your-key>",
            "xxxxxxxxxxxx",
            "XXXXXXXXXXXX",
            "changeme",
            "sk_live_********************JhBs",
            "[REDACTED:jwt]",
            "********",
            "sk-proj-...",
            "",
            "$API_KEY",
        ] {
            assert!(is_placeholder(v.as_bytes()), "{v}");
        }
        assert!(is_code_reference(b"X25519.secret_length"));
        assert!(is_code_reference(b"jetbrains.mps.v8_elimination"));
        assert!(!is_code_reference(
            b"ya29.a0AfH6SMBx3k9vQz7Lw2Yp4Nc8Rt1Uv5Hj6Kf0Dg"
        ));
        for v in [
            "daQvPiXuWyVW5VCQcdcpEXZOvIcguNI6",
            "6d7855554c550583d339c42df0d28130",
            "hunter2!",
            // Words in random mixed case or glued to random text are not placeholders.
            "34ZGRbHIse4ehxYwAuxf4DnAEF4wqP7YfCL9nhQFAfuEOMtwaZQ6heReYJ9",
            "KEG96CtDBZeYMwldHxtODoiRdHdEG4-aExs",
            "96cRDC5FWdUmmYmLOKKEaHS1gI2kBVBkAWNJ07IgIoztFC2Cazs8ZGXcab",
            "ASIABEYOUR13Q4T3UYGO",
        ] {
            assert!(!is_placeholder(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn words() {
        assert!(contains_word(b"xoxb-your-bot-token-here", b"your"));
        assert!(contains_word(b"xoxb-your-bot-token-here", b"here"));
        assert!(contains_word(b"YOUR_API_KEY", b"your"));
        assert!(contains_word(b"AKIAIOSFODNN7EXAMPLE", b"example"));
        assert!(!contains_word(b"6heReYJ9", b"here"));
        assert!(!contains_word(b"ASIABEYOUR13Q4", b"your"));
        assert!(!contains_word(b"xtODoiRd", b"todo"));
    }

    #[test]
    fn randomness() {
        for v in [
            "daQvPiXuWyVW5VCQcdcpEXZOvIcguNI6",
            "6d7855554c550583d339c42df0d28130",
            "4ih72x6z4l1wwcy3ms37kl",
            "RyXbk0hpDplkJZfUL7ctEAQFYrcXIGHDgl7cpAzQ",
            "lIRJSbXDsQ1GY6bO/3i7gz5Y/ssgrYHkjVzAXl8n",
            "-SgrHvF1Whvg4Qt7arvWHvm8jSLPuMAgl5ZH-oPGxtpFrqHNpWVWqRsOQeMncmlr",
        ] {
            assert!(looks_random(v.as_bytes(), 16), "{v}");
        }
        for v in [
            "SlackAppConfigurationAccessTokenHere",
            "xoxb-your-bot-token-here",
            "SalesResults-1.2",
            "DOC_Vector_5_32_and_more",
            "X25519.secret_length",
            "NEXUS-GPT4-API-KEY",
            "1780148879178014",
            "jetbrains.mps.v8_elimination",
            "short1",
        ] {
            assert!(!looks_random(v.as_bytes(), 16), "{v}");
        }
    }

    #[test]
    fn base64() {
        assert_eq!(
            b64_decode(b"YWRtaW46cGFzcw==").as_deref(),
            Some(&b"admin:pass"[..])
        );
        assert_eq!(
            b64_decode(b"YWRtaW46cGFzcw").as_deref(),
            Some(&b"admin:pass"[..])
        );
        assert_eq!(b64_decode(b"a"), None);
        assert_eq!(b64_decode(b"ab!d"), None);
    }

    /// Every set the detectors scan with, against the predicate it stands for, on every byte.
    #[test]
    fn byte_sets_match_their_predicates() {
        type Case = (ByteSet, fn(u8) -> bool);
        let cases: &[Case] = &[
            (DIGIT, |b| b.is_ascii_digit()),
            (ALPHA, |b| b.is_ascii_alphabetic()),
            (ALNUM, |b| b.is_ascii_alphanumeric()),
            (WORD, is_word),
            (B64URL, is_b64url),
            (B64, is_b64),
            (SPACE, |b| b == b' '),
            (EQUALS, |b| b == b'='),
            (SPACE | TAB, |b| b == b' ' || b == b'\t'),
            (UPPER | DIGIT, |b| {
                b.is_ascii_uppercase() || b.is_ascii_digit()
            }),
            (UPPER | DIGIT | SPACE, |b| {
                b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' '
            }),
            (DIGIT | HEX_LETTER, |b| b.is_ascii_hexdigit()),
            (ALNUM | DASH, |b| is_alnum(b) || b == b'-'),
            (B64URL | SLASH, |b| is_b64url(b) || b == b'/'),
            (ALNUM | PLUS | SLASH | EQUALS, |b| {
                is_alnum(b) || matches!(b, b'+' | b'/' | b'=')
            }),
            (B64URL | PLUS | SLASH | EQUALS | DOT, |b| {
                is_b64url(b) || matches!(b, b'+' | b'/' | b'=' | b'.')
            }),
            (ALNUM | PLUS | DOT | DASH, |b| {
                b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-')
            }),
            (
                ALNUM | DASH | DOT | UNDERSCORE | TILDE | PLUS | SLASH,
                |b| {
                    b.is_ascii_alphanumeric()
                        || matches!(b, b'-' | b'.' | b'_' | b'~' | b'+' | b'/')
                },
            ),
            (WORD | DOT | DASH, |b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-')
            }),
            (
                ALNUM | DOT | UNDERSCORE | PERCENT | PLUS | DASH | NON_ASCII,
                |b| {
                    b.is_ascii_alphanumeric()
                        || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
                        || b >= 0x80
                },
            ),
            (ALNUM | DASH | NON_ASCII, |b| {
                b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80
            }),
            (ALPHA | UNDERSCORE | NON_ASCII, |b| {
                b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
            }),
            (DIGIT | UPPER | DOT | SLASH | DASH, |b| {
                b.is_ascii_digit() || b.is_ascii_uppercase() || matches!(b, b'.' | b'/' | b'-')
            }),
            (NOT | WHITESPACE, |b| !b.is_ascii_whitespace()),
            (NOT | WHITESPACE | DQUOTE, |b| {
                !b.is_ascii_whitespace() && b != b'"'
            }),
            (NOT | DQUOTE | NEWLINE, |b| b != b'"' && b != b'\n'),
            (NOT | SQUOTE | NEWLINE, |b| b != b'\'' && b != b'\n'),
            (NOT | URL_STOP, |b| {
                !(b.is_ascii_whitespace()
                    || matches!(
                        b,
                        b'/' | b'"' | b'\'' | b'<' | b'>' | b'\\' | b'`' | b'{' | b'}'
                    ))
            }),
            (NOT | VALUE_STOP, |b| {
                !(b.is_ascii_whitespace()
                    || matches!(
                        b,
                        b'"' | b'\''
                            | b'`'
                            | b','
                            | b';'
                            | b'&'
                            | b')'
                            | b']'
                            | b'}'
                            | b'<'
                            | b'>'
                            | b'|'
                    ))
            }),
        ];
        for (k, &(set, pred)) in cases.iter().enumerate() {
            for b in 0..=255u8 {
                assert_eq!(in_set(b, set), pred(b), "case {k}, byte {b:#04x}");
            }
        }
    }

    #[test]
    fn bounds_never_panic() {
        let b = b"abc";
        assert_eq!(at(b, 10), 0);
        assert_eq!(before(b, 0), 0);
        assert_eq!(run(b, 5, 10, ALNUM), 0);
        assert_eq!(run_back(b, 3, 10, ALNUM), 3);
        assert!(!starts_with_at(b, 2, b"cd"));
    }
}
