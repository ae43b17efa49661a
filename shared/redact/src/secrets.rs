//! Secret detectors. Each is an anchored check that starts at an Aho-Corasick hit (see
//! [`RULES`]) and looks at the bytes around it.

use crate::shape::{
    at, b64_decode, before, contains_ci, eq, is_alnum, is_b64, is_b64url, is_code_reference,
    is_constant_name, is_placeholder, is_uuid, is_word, looks_random, lower_into, run, run_back,
    starts_with_at, starts_with_at_ci, ByteSet, ALNUM, ALPHA, B64, B64URL, DASH, DIGIT, DOT,
    DQUOTE, EQUALS, HEX_LETTER, NEWLINE, NOT, PLUS, SLASH, SPACE, SQUOTE, TAB, TILDE, UNDERSCORE,
    UPPER, URL_STOP, VALUE_STOP, WHITESPACE, WORD,
};
use crate::{Cand, Kind, PRIO_ASSIGN, PRIO_CONTEXT, PRIO_FORMAT, PRIO_PEM};

/// What an anchor starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// `@`: an e-mail address (PII).
    Email,
    /// A vendor prefix with a known body format.
    Prefix(Vendor),
    /// `-----BEGIN`: a PEM block.
    Pem,
    /// `eyJ`: a JWT.
    Jwt,
    /// `://`: credentials in a URL.
    UrlCredentials,
    /// `hooks.slack.com/`: a Slack webhook URL.
    SlackHook,
    /// `bearer `: a bearer credential.
    Bearer,
    /// `basic `: HTTP basic credentials.
    Basic,
    /// A word that names secrets (`secret`, `token`, `key`, …): an assignment or a mention.
    Keyword,
    /// `-u ` / `--user`: curl credentials.
    CurlUser,
}

/// Vendor prefixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vendor {
    /// The prefix, then at least `.0` bytes of the set `.1` that are not a placeholder: a
    /// secret of kind `.2`. Most vendors' formats are this, as data in [`RULES`] rather than
    /// one branch of code each.
    Token(u16, ByteSet, Kind),
    Whsec,
    Paddle,
    MercadoPago,
    Aws,
    Slack,
    SlackApp,
    OpenAi,
    SendGrid,
    Meta,
}

/// A [`Vendor::Token`] rule.
const fn token(min: u16, set: ByteSet, kind: Kind) -> Rule {
    Rule::Prefix(Vendor::Token(min, set, kind))
}

/// The anchors searched for (ASCII case-insensitively) and the rule each one starts.
pub(crate) const RULES: &[(&str, Rule)] = &[
    ("@", Rule::Email),
    ("sk_live_", token(16, ALNUM, Kind::StripeSecretKey)),
    ("sk_test_", token(16, ALNUM, Kind::StripeSecretKey)),
    ("rk_live_", token(16, ALNUM, Kind::StripeRestrictedKey)),
    ("rk_test_", token(16, ALNUM, Kind::StripeRestrictedKey)),
    ("whsec_", Rule::Prefix(Vendor::Whsec)),
    ("pdl_", Rule::Prefix(Vendor::Paddle)),
    ("APP_USR-", Rule::Prefix(Vendor::MercadoPago)),
    ("TEST-", Rule::Prefix(Vendor::MercadoPago)),
    ("sb_secret_", token(20, B64URL, Kind::SupabaseSecretKey)),
    ("smcp_", token(32, ALNUM, Kind::PortcullisApiKey)),
    ("ghp_", token(30, ALNUM, Kind::GithubPat)),
    ("gho_", token(30, ALNUM, Kind::GithubToken)),
    ("ghu_", token(30, ALNUM, Kind::GithubToken)),
    ("ghs_", token(30, ALNUM, Kind::GithubToken)),
    ("ghr_", token(30, ALNUM, Kind::GithubToken)),
    ("github_pat_", token(40, WORD, Kind::GithubFineGrainedPat)),
    ("AKIA", Rule::Prefix(Vendor::Aws)),
    ("ASIA", Rule::Prefix(Vendor::Aws)),
    ("ABIA", Rule::Prefix(Vendor::Aws)),
    ("ACCA", Rule::Prefix(Vendor::Aws)),
    ("xoxb-", Rule::Prefix(Vendor::Slack)),
    ("xoxp-", Rule::Prefix(Vendor::Slack)),
    ("xoxa-", Rule::Prefix(Vendor::Slack)),
    ("xoxr-", Rule::Prefix(Vendor::Slack)),
    ("xoxs-", Rule::Prefix(Vendor::Slack)),
    ("xoxe-", Rule::Prefix(Vendor::Slack)),
    ("xapp-", Rule::Prefix(Vendor::SlackApp)),
    ("sk-", Rule::Prefix(Vendor::OpenAi)),
    ("AIza", token(30, B64URL, Kind::GoogleApiKey)),
    ("SG.", Rule::Prefix(Vendor::SendGrid)),
    ("EAA", Rule::Prefix(Vendor::Meta)),
    ("-----BEGIN", Rule::Pem),
    ("eyJ", Rule::Jwt),
    ("://", Rule::UrlCredentials),
    ("hooks.slack.com/", Rule::SlackHook),
    ("bearer ", Rule::Bearer),
    ("basic ", Rule::Basic),
    ("secret", Rule::Keyword),
    ("token", Rule::Keyword),
    ("pass", Rule::Keyword),
    ("pwd", Rule::Keyword),
    ("key", Rule::Keyword),
    ("cred", Rule::Keyword),
    ("auth", Rule::Keyword),
    ("-u ", Rule::CurlUser),
    ("--user", Rule::CurlUser),
];

/// Runs the rule of an anchor found at `[s, e)`.
pub(crate) fn dispatch(bytes: &[u8], rule: Rule, s: usize, e: usize, out: &mut Vec<Cand>) {
    let found = match rule {
        Rule::Email => return,
        Rule::Prefix(v) => prefixed(bytes, s, e, v),
        Rule::Pem => pem(bytes, s),
        Rule::Jwt => jwt(bytes, s),
        Rule::UrlCredentials => url_credentials(bytes, s),
        Rule::SlackHook => slack_hook(bytes, s, e),
        Rule::Bearer => bearer(bytes, s, e),
        Rule::Basic => basic(bytes, s, e),
        Rule::Keyword => keyword(bytes, s, e).0,
        Rule::CurlUser => curl_user(bytes, s, e),
    };
    if let Some(c) = found {
        out.push(c);
    }
}

// ---------------------------------------------------------------------------------------------
// Vendor formats
// ---------------------------------------------------------------------------------------------

fn prefixed(bytes: &[u8], s: usize, e: usize, v: Vendor) -> Option<Cand> {
    // The anchor is matched case-insensitively; vendor prefixes are case-sensitive.
    let exact = bytes.get(s..e)?;
    if !RULES.iter().any(|(p, _)| eq(p.as_bytes(), exact)) {
        return None;
    }
    if is_word(before(bytes, s)) || before(bytes, s) == b'-' {
        return None;
    }
    let body = e;
    let tok = |min: usize, set: ByteSet| -> Option<usize> {
        let n = run(bytes, body, 4096, set);
        (n >= min && !is_placeholder(&bytes[body..body + n])).then_some(body + n)
    };
    let (end, kind) = match v {
        Vendor::Token(min, set, kind) => (tok(usize::from(min), set)?, kind),
        Vendor::Whsec => {
            let end = tok(24, ALNUM | PLUS | SLASH | EQUALS)?;
            let b = &bytes[body..end];
            let standard = b.iter().any(|&c| matches!(c, b'+' | b'/' | b'=')) || b.len() >= 40;
            (
                end,
                if standard {
                    Kind::WebhookSecret
                } else {
                    Kind::StripeWebhookSecret
                },
            )
        }
        Vendor::Paddle => {
            let end = tok(20, WORD)?;
            let b = &bytes[body..end];
            let kind = if b.starts_with(b"ntfset_") {
                Kind::PaddleWebhookSecret
            } else {
                Kind::PaddleApiKey
            };
            // `pdl_` + entity prefix (`live_apikey_`, `ntfset_`) + an id and a random part: some
            // `_`-separated part must be long (placeholders such as `pdl_sdbx_apikey_...` fail).
            if !b.split(|&c| c == b'_').any(|part| part.len() >= 16) {
                return None;
            }
            (end, kind)
        }
        Vendor::MercadoPago => (mercadopago(bytes, body)?, Kind::MercadoPagoAccessToken),
        Vendor::Aws => {
            let n = run(bytes, body, 17, UPPER | DIGIT);
            let b = &bytes[body..body + n];
            if n != 16
                || is_alnum(at(bytes, body + n))
                || is_placeholder(b)
                || contains_ci(b, b"EXAMPLE")
            {
                return None;
            }
            (body + n, Kind::AwsAccessKeyId)
        }
        Vendor::Slack => slack(bytes, s, body)?,
        Vendor::SlackApp => (slack_app(bytes, body)?, Kind::SlackAppToken),
        Vendor::OpenAi => {
            if starts_with_at(bytes, body, b"ant-") {
                let b2 = body + 4;
                let n = run(bytes, b2, 4096, B64URL);
                if n < 32 || is_placeholder(&bytes[b2..b2 + n]) {
                    return None;
                }
                (b2 + n, Kind::AnthropicApiKey)
            } else {
                let n = run(bytes, body, 4096, B64URL);
                let b = &bytes[body..body + n];
                let digits = b.iter().any(u8::is_ascii_digit);
                let letters = b.iter().any(u8::is_ascii_alphabetic);
                if n < 20 || !digits || !letters || is_placeholder(b) {
                    return None;
                }
                (body + n, Kind::OpenaiApiKey)
            }
        }
        Vendor::SendGrid => {
            let a = run(bytes, body, 256, B64URL);
            if a < 16 || at(bytes, body + a) != b'.' {
                return None;
            }
            let b2 = body + a + 1;
            let c = run(bytes, b2, 256, B64URL);
            if c < 16 || is_placeholder(&bytes[b2..b2 + c]) {
                return None;
            }
            (b2 + c, Kind::SendgridApiKey)
        }
        Vendor::Meta => {
            let n = run(bytes, body, 4096, ALNUM);
            let b = &bytes[body..body + n];
            let mixed = b.iter().any(u8::is_ascii_digit)
                && b.iter().any(u8::is_ascii_lowercase)
                && b.iter().any(u8::is_ascii_uppercase);
            if n < 40 || !mixed || is_placeholder(b) {
                return None;
            }
            (body + n, Kind::MetaAccessToken)
        }
    };
    Some(Cand::new(s, end, kind, PRIO_FORMAT))
}

/// `APP_USR-` / `TEST-` + digits `-` digits `-` hex `-` digits. (`APP_USR-<uuid>` is the public
/// key and fails here: its first group is not all digits.)
fn mercadopago(bytes: &[u8], body: usize) -> Option<usize> {
    let mut pos = body;
    let groups: [(usize, ByteSet); 4] =
        [(8, DIGIT), (4, DIGIT), (16, DIGIT | HEX_LETTER), (4, DIGIT)];
    for (i, &(min, set)) in groups.iter().enumerate() {
        let n = run(bytes, pos, 128, set);
        if n < min {
            return None;
        }
        pos += n;
        if i < 3 {
            if at(bytes, pos) != b'-' {
                return None;
            }
            pos += 1;
        }
    }
    (!is_alnum(at(bytes, pos))).then_some(pos)
}

/// `xoxb-<digits>-<digits>-<alnum>`, `xoxp-<digits>-<digits>-<digits>-<hex>`: numeric groups of
/// 8+ digits and a final random part of 16+; placeholders (`xoxb-xxx`, `xoxp-1234-…`) fail.
fn slack(bytes: &[u8], s: usize, body: usize) -> Option<(usize, Kind)> {
    let kind = match &bytes[s..s + 4] {
        b"xoxb" => Kind::SlackBotToken,
        b"xoxp" => Kind::SlackUserToken,
        _ => Kind::SlackToken,
    };
    let n = run(bytes, body, 512, ALNUM | DASH);
    let parts: Vec<&[u8]> = bytes[body..body + n].split(|&b| b == b'-').collect();
    let (last, numeric) = parts.split_last()?;
    let digits = |p: &&[u8]| !p.is_empty() && p.iter().all(u8::is_ascii_digit);
    let min_last = match numeric {
        // Legacy bot token `xoxb-<digits>-<random>`.
        [one] if one.len() >= 8 && digits(one) => 16,
        // Configuration and refresh tokens: `xoxe.xoxp-1-<163+>`, `xoxe-1-<146>`.
        [one] if one.len() <= 2 && digits(one) => 100,
        // Bot, user and legacy tokens: two or three ids of 8+ digits, then the secret.
        [_, ..] if numeric.iter().all(|p| p.len() >= 8 && digits(p)) => 10,
        _ => return None,
    };
    let random = last.iter().any(u8::is_ascii_digit) || looks_random(last, 16);
    if last.len() < min_last
        || !last.iter().all(|&b| is_alnum(b))
        || !random
        || is_placeholder(last)
    {
        return None;
    }
    Some((body + n, kind))
}

/// `xapp-<n>-<ID>-<digits>-<hex>`.
fn slack_app(bytes: &[u8], body: usize) -> Option<usize> {
    let n = run(bytes, body, 512, ALNUM | DASH);
    let parts: Vec<&[u8]> = bytes[body..body + n].split(|&b| b == b'-').collect();
    if parts.len() != 4 {
        return None;
    }
    let ok = parts[0].iter().all(u8::is_ascii_digit)
        && !parts[0].is_empty()
        && parts[1].len() >= 8
        && parts[1]
            .iter()
            .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && parts[2].len() >= 8
        && parts[2].iter().all(u8::is_ascii_digit)
        && parts[3].len() >= 16
        && parts[3].iter().all(|&b| is_alnum(b))
        && !is_placeholder(parts[3]);
    ok.then_some(body + n)
}

/// `https://hooks.slack.com/services/T…/B…/…` (also `workflows/` and `triggers/`): the whole URL.
fn slack_hook(bytes: &[u8], s: usize, e: usize) -> Option<Cand> {
    if !starts_with_at(bytes, s, b"hooks.slack.com/") {
        return None;
    }
    let path = e;
    if !(starts_with_at(bytes, path, b"services/")
        || starts_with_at(bytes, path, b"workflows/")
        || starts_with_at(bytes, path, b"triggers/"))
    {
        return None;
    }
    let n = run(bytes, path, 512, B64URL | SLASH);
    let p = &bytes[path..path + n];
    if n < 30 || p.iter().filter(|&&b| b == b'/').count() < 3 {
        return None;
    }
    let last = p.rsplit(|&b| b == b'/').next().unwrap_or(p);
    if last.len() < 8 || is_placeholder(last) {
        return None;
    }
    let start = if s >= 8 && starts_with_at_ci(bytes, s - 8, b"https://") {
        s - 8
    } else if s >= 7 && starts_with_at_ci(bytes, s - 7, b"http://") {
        s - 7
    } else {
        s
    };
    Some(Cand::new(
        start,
        path + n,
        Kind::SlackWebhookUrl,
        PRIO_FORMAT,
    ))
}

// ---------------------------------------------------------------------------------------------
// Structured credentials
// ---------------------------------------------------------------------------------------------

/// `-----BEGIN … PRIVATE KEY-----` … `-----END … PRIVATE KEY-----`, raw or JSON-escaped (`\n`).
/// A block cut off before its END line is masked to the end of its base64 body.
fn pem(bytes: &[u8], s: usize) -> Option<Cand> {
    if !starts_with_at(bytes, s, b"-----BEGIN ") {
        return None;
    }
    let label_start = s + 11;
    let label_len = run(bytes, label_start, 64, UPPER | DIGIT | SPACE);
    let label = &bytes[label_start..label_start + label_len];
    if !(label.ends_with(b"PRIVATE KEY") || label.ends_with(b"PRIVATE KEY BLOCK"))
        || !starts_with_at(bytes, label_start + label_len, b"-----")
    {
        return None;
    }
    let body = label_start + label_len + 5;
    // The block ends at its END line; it cannot run past the next BEGIN, which also keeps the
    // work linear when a text holds many BEGIN lines and no END.
    let mut limit = bytes.len().min(body.saturating_add(65536));
    let mut end_line = None;
    let mut p = body;
    while p < limit {
        if bytes[p] == b'-' && starts_with_at(bytes, p, b"-----") {
            if starts_with_at(bytes, p + 5, b"END ") {
                end_line = Some(p);
                break;
            }
            if starts_with_at(bytes, p + 5, b"BEGIN") {
                limit = p;
                break;
            }
        }
        p += 1;
    }
    if let Some(off) = end_line {
        let tail = off + 9;
        let n = run(bytes, tail, 64, UPPER | DIGIT | SPACE);
        if starts_with_at(bytes, tail + n, b"-----") {
            return Some(Cand::new(s, tail + n + 5, Kind::PemPrivateKey, PRIO_PEM));
        }
    }
    // No END line: take the body (base64, line breaks raw or escaped, header lines).
    let mut pos = body;
    while pos < limit {
        let b = bytes[pos];
        if is_b64(b) || matches!(b, b'=' | b'\r' | b'\n' | b' ' | b'\t' | b':' | b',' | b'-') {
            pos += 1;
        } else if b == b'\\' && matches!(at(bytes, pos + 1), b'n' | b'r') {
            pos += 2;
        } else {
            break;
        }
    }
    while pos > body
        && matches!(
            bytes[pos - 1],
            b'\r' | b'\n' | b' ' | b'\t' | b'-' | b':' | b','
        )
    {
        pos -= 1;
    }
    if pos - body < 16 {
        return None;
    }
    Some(Cand::new(s, pos, Kind::PemPrivateKey, PRIO_PEM))
}

/// `eyJ…` `.` `…` `.` `…` (base64url segments; the signature may be empty).
fn jwt(bytes: &[u8], s: usize) -> Option<Cand> {
    if !starts_with_at(bytes, s, b"eyJ") || is_b64url(before(bytes, s)) {
        return None;
    }
    let a = run(bytes, s, 8192, B64URL);
    if a < 10 || at(bytes, s + a) != b'.' {
        return None;
    }
    let p2 = s + a + 1;
    let b = run(bytes, p2, 16384, B64URL);
    if b < 10 || at(bytes, p2 + b) != b'.' {
        return None;
    }
    // A Supabase `anon` key is public by design (it ships in every browser bundle), like
    // `sb_publishable_`: not a secret.
    if let Some(payload) = b64_decode(&bytes[p2..p2 + b]) {
        let compact: Vec<u8> = payload
            .into_iter()
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        if compact.windows(13).any(|w| w == b"\"role\":\"anon\"") {
            return None;
        }
    }
    let p3 = p2 + b + 1;
    let c = run(bytes, p3, 8192, B64URL);
    Some(Cand::new(s, p3 + c, Kind::Jwt, PRIO_FORMAT))
}

/// `scheme://user:PASSWORD@host`: the password only.
fn url_credentials(bytes: &[u8], s: usize) -> Option<Cand> {
    let scheme_len = run_back(bytes, s, 32, ALNUM | PLUS | DOT | DASH);
    if scheme_len < 2 || !bytes[s - scheme_len].is_ascii_alphabetic() {
        return None;
    }
    let scheme = &bytes[s - scheme_len..s];
    let auth = s + 3;
    // Up to the path. `?` and `#` are not stops: unencoded in a password they are common, and
    // the check on the user part below keeps a query's `a@b` from being read as userinfo.
    let n = run(bytes, auth, 512, NOT | URL_STOP);
    let authority = &bytes[auth..auth + n];
    let at_rel = authority.iter().rposition(|&b| b == b'@')?;
    let userinfo = &authority[..at_rel];
    let colon = userinfo.iter().position(|&b| b == b':')?;
    if userinfo[..colon]
        .iter()
        .any(|&b| matches!(b, b'?' | b'#' | b'&' | b'=' | b'@'))
    {
        return None;
    }
    let pw_start = auth + colon + 1;
    let pw_end = auth + at_rel;
    let pw = &bytes[pw_start..pw_end];
    if pw.is_empty() || is_placeholder(pw) || pw.iter().all(|&b| b == b'*') {
        return None;
    }
    let mut buf = [0u8; 32];
    let lower = lower_into(scheme, &mut buf);
    const DB: &[&[u8]] = &[
        b"postgres",
        b"postgresql",
        b"mysql",
        b"mariadb",
        b"redis",
        b"rediss",
        b"mongodb",
        b"mongodb+srv",
        b"amqp",
        b"amqps",
        b"mssql",
        b"sqlserver",
        b"clickhouse",
        b"cockroachdb",
        b"memcached",
        b"cassandra",
        b"neo4j",
        b"bolt",
        b"couchbase",
        b"libsql",
        b"oracle",
    ];
    let db = DB.iter().any(|d| lower == *d || lower.ends_with(d));
    let kind = if db {
        Kind::DbPassword
    } else {
        Kind::UrlPassword
    };
    Some(Cand::new(pw_start, pw_end, kind, PRIO_CONTEXT))
}

/// The value after `Bearer `.
fn bearer(bytes: &[u8], s: usize, e: usize) -> Option<Cand> {
    if is_word(before(bytes, s)) {
        return None;
    }
    let v = e + run(bytes, e, 8, SPACE);
    let mut n = run(
        bytes,
        v,
        8192,
        ALNUM | DASH | DOT | UNDERSCORE | TILDE | PLUS | SLASH,
    );
    n += run(bytes, v + n, 3, EQUALS);
    // A trailing dot ends a sentence.
    while n > 0 && bytes[v + n - 1] == b'.' {
        n -= 1;
    }
    let val = &bytes[v..v + n];
    let next = at(bytes, v + n);
    if n < 8 || matches!(next, b'$' | b'{' | b'(' | b'<' | b'*') {
        return None;
    }
    if is_placeholder(val) || is_code_reference(val) || is_constant_name(val) {
        return None;
    }
    let digit = val.iter().any(u8::is_ascii_digit);
    let mixed = digit && val.iter().any(u8::is_ascii_alphabetic);
    if !(mixed || looks_random(val, 16)) {
        return None;
    }
    Some(Cand::new(v, v + n, Kind::BearerToken, PRIO_CONTEXT))
}

/// The base64 after `Basic `, if it decodes to `user:password`.
fn basic(bytes: &[u8], s: usize, e: usize) -> Option<Cand> {
    if is_word(before(bytes, s)) {
        return None;
    }
    let v = e + run(bytes, e, 8, SPACE);
    let mut n = run(bytes, v, 8192, B64);
    n += run(bytes, v + n, 2, EQUALS);
    if n < 8 || is_word(at(bytes, v + n)) {
        return None;
    }
    let decoded = b64_decode(&bytes[v..v + n])?;
    let text = core::str::from_utf8(&decoded).ok()?;
    let colon = text.find(':')?;
    if text.chars().any(char::is_control) || colon + 1 >= text.len() {
        return None;
    }
    Some(Cand::new(
        v,
        v + n,
        Kind::BasicAuthCredentials,
        PRIO_CONTEXT,
    ))
}

/// `curl -u user:password` / `--user user:password`: the password.
fn curl_user(bytes: &[u8], s: usize, e: usize) -> Option<Cand> {
    let prev = before(bytes, s);
    if !(s == 0 || prev == b' ' || prev == b'\t') {
        return None;
    }
    let mut v = e;
    if starts_with_at(bytes, s, b"--user") {
        if !matches!(at(bytes, v), b' ' | b'=') {
            return None;
        }
        v += 1;
    }
    v += run(bytes, v, 8, SPACE);
    let quote = at(bytes, v);
    let quoted = matches!(quote, b'"' | b'\'');
    if quoted {
        v += 1;
    }
    let n = if quote == b'"' {
        run(bytes, v, 512, NOT | DQUOTE | NEWLINE)
    } else if quote == b'\'' {
        run(bytes, v, 512, NOT | SQUOTE | NEWLINE)
    } else {
        run(bytes, v, 512, NOT | WHITESPACE)
    };
    let cred = &bytes[v..v + n];
    let colon = cred.iter().position(|&b| b == b':')?;
    let user = &cred[..colon];
    let pw = &cred[colon + 1..];
    // The user part may be any name (`admin`); only a reference there (`$USER`, `${{ … }}`)
    // marks the whole as a template.
    let templated_user = user
        .iter()
        .any(|&b| matches!(b, b'$' | b'{' | b'<' | b'(' | b'['));
    if pw.len() < 4 || user.is_empty() || templated_user || is_placeholder(pw) {
        return None;
    }
    if pw.iter().any(|&b| {
        matches!(
            b,
            b'$' | b'{' | b'}' | b'(' | b')' | b'[' | b']' | b'<' | b'>' | b'`'
        )
    }) {
        return None;
    }
    Some(Cand::new(
        v + colon + 1,
        v + n,
        Kind::BasicAuthCredentials,
        PRIO_ASSIGN,
    ))
}

// ---------------------------------------------------------------------------------------------
// Named values: `NAME=value`, `"name": "value"`, `name: value`, and `… token <value>` in prose
// ---------------------------------------------------------------------------------------------

/// A byte of a name: `[A-Za-z0-9_.-]`.
const NAME: ByteSet = WORD | DOT | DASH;

/// What the last part of a name says the value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Password,
    Secret,
    Token,
    Key,
    Auth,
}

/// Splits `STRIPE_SECRET_KEY`, `x-cron-secret`, `config.key`, `apiKey` into parts, as slices
/// of `name` in its own case (compared with [`is_part`] and [`in_list`], which ignore ASCII
/// case): no copy per part.
fn segments(name: &[u8]) -> Vec<&[u8]> {
    let mut out: Vec<&[u8]> = Vec::new();
    // The current part is `name[start..i]`.
    let mut start = 0;
    for (i, &b) in name.iter().enumerate() {
        if matches!(b, b'_' | b'.' | b'-') {
            if i > start {
                out.push(&name[start..i]);
            }
            start = i + 1;
            continue;
        }
        let camel = b.is_ascii_uppercase() && i > 0 && name[i - 1].is_ascii_lowercase();
        if camel && i > start {
            out.push(&name[start..i]);
            start = i;
        }
    }
    if name.len() > start {
        out.push(&name[start..]);
    }
    out
}

/// Is `part` (any ASCII case) one of the lowercase `words`?
#[inline(never)]
fn in_list(part: &[u8], words: &[&[u8]]) -> bool {
    words.iter().any(|w| part.eq_ignore_ascii_case(w))
}

/// Does some part (any ASCII case) start with the lowercase `word`?
fn is_part(segs: &[&[u8]], word: &[u8]) -> bool {
    segs.iter().any(|s| starts_with_at_ci(s, 0, word))
}

fn class_of(last: &[u8]) -> Option<Class> {
    // `token1`, `key2`: numbered names.
    let mut t = last;
    while t.last().is_some_and(u8::is_ascii_digit) {
        t = &t[..t.len() - 1];
    }
    // (word, `true` if the name must be exactly it, else if it ends with it), first match wins.
    // A table rather than a chain of comparisons: data instead of code in WASM.
    const NAMES: &[(&[u8], bool, Class)] = &[
        (b"password", false, Class::Password),
        (b"passwd", false, Class::Password),
        (b"passphrase", false, Class::Password),
        (b"pwd", true, Class::Password),
        (b"pass", true, Class::Password),
        (b"dbpass", true, Class::Password),
        (b"secret", false, Class::Secret),
        (b"credential", true, Class::Secret),
        (b"credentials", true, Class::Secret),
        (b"creds", true, Class::Secret),
        (b"token", false, Class::Token),
        (b"key", true, Class::Key),
        (b"apikey", false, Class::Key),
        (b"secretkey", false, Class::Key),
        (b"privatekey", false, Class::Key),
        (b"accesskey", false, Class::Key),
        (b"auth", true, Class::Auth),
        (b"authorization", true, Class::Auth),
    ];
    NAMES.iter().find_map(|&(word, exact, class)| {
        let tail = t.len().checked_sub(word.len())?;
        (eq(&t[tail..], word) && (!exact || tail == 0)).then_some(class)
    })
}

/// Parts of a name, anywhere in it, that make its value public or not real.
const PUBLIC_PARTS: &[&[u8]] = &[
    b"public",
    b"publishable",
    b"pub",
    b"csrf",
    b"xsrf",
    b"csrftoken",
    b"example",
    b"sample",
    b"dummy",
];

/// A part right before the last one that makes the name something other than a credential:
/// `idempotency-key`, `next_token`, `cache_key`, `schemaKey`, `PADDLE_CLIENT_TOKEN` (a client
/// token is public by design), `id_token` (a JWT, found by its own rule).
const NOT_CREDENTIAL: &[&[u8]] = &[
    b"idempotency",
    b"cache",
    b"sort",
    b"partition",
    b"primary",
    b"foreign",
    b"unique",
    b"lookup",
    b"dedup",
    b"dedupe",
    b"next",
    b"page",
    b"pagination",
    b"cursor",
    b"continuation",
    b"sync",
    b"kms",
    b"max",
    b"min",
    b"num",
    b"total",
    b"count",
    b"prompt",
    b"completion",
    b"input",
    b"output",
    b"bucket",
    b"object",
    b"row",
    b"map",
    b"hash",
    b"schema",
    b"sequence",
    b"kid",
    b"fingerprint",
    b"type",
    b"id",
    b"name",
    b"field",
    b"header",
    b"label",
];

/// The last part of a name (as [`segments`] splits it), lowercased into `buf`.
fn last_part<'b>(name: &[u8], buf: &'b mut [u8; 48]) -> Option<&'b [u8]> {
    let mut start = name.len();
    while start > 0 {
        let b = name[start - 1];
        if matches!(b, b'_' | b'.' | b'-') {
            break;
        }
        if b.is_ascii_uppercase() && start >= 2 && name[start - 2].is_ascii_lowercase() {
            start -= 1;
            break;
        }
        start -= 1;
    }
    let part = &name[start..];
    if part.is_empty() || part.len() > buf.len() {
        return None;
    }
    Some(lower_into(part, buf))
}

/// Kind of a secret found by name.
fn kind_for(segs: &[&[u8]], class: Class) -> Kind {
    let has = |w: &[u8]| is_part(segs, w);
    if has(b"cron") {
        Kind::CronSecret
    } else if has(b"jwt") {
        Kind::JwtSigningSecret
    } else if has(b"refresh") {
        Kind::RefreshToken
    } else if has(b"aws") && class != Class::Token {
        Kind::AwsSecretAccessKey
    } else if (has(b"mercadopago") || has(b"mp")) && has(b"webhook") {
        Kind::MercadoPagoWebhookSecret
    } else if has(b"webhook") && class == Class::Secret {
        Kind::WebhookSecret
    } else if has(b"app") && class == Class::Secret {
        Kind::MetaAppSecret
    } else if has(b"whatsapp") || (has(b"meta") && class == Class::Token) {
        Kind::MetaAccessToken
    } else if class == Class::Password {
        Kind::Password
    } else {
        Kind::GenericSecret
    }
}

/// Values that are public or identifiers even under a secret-looking name.
fn is_public_value(v: &[u8]) -> bool {
    const PUBLIC: &[&[u8]] = &[
        b"pk_live_",
        b"pk_test_",
        b"sb_publishable_",
        b"ntfset_",
        b"ssh-",
        b"ecdsa-",
        b"G-",
        b"UA-",
        b"ca-pub-",
        b"cus_",
        b"req_",
        b"evt_",
        b"txn_",
        b"msg_",
        b"pm_",
        b"pi_",
        b"ch_",
        b"seti_",
        b"sub_",
        b"acct_",
        b"prod_",
        b"price_",
        b"ctm_",
        b"pri_",
        b"pro_",
        b"wamid.",
    ];
    if PUBLIC.iter().any(|p| v.starts_with(p)) {
        return true;
    }
    // Mercado Pago public key: APP_USR-<uuid> / TEST-<uuid>.
    for p in [&b"APP_USR-"[..], &b"TEST-"[..]] {
        if v.starts_with(p) && is_uuid(&v[p.len()..]) {
            return true;
        }
    }
    false
}

fn has_vendor_prefix(bytes: &[u8], start: usize) -> bool {
    RULES.iter().any(|(p, rule)| {
        matches!(rule, Rule::Prefix(_) | Rule::Jwt | Rule::Pem)
            && starts_with_at(bytes, start, p.as_bytes())
    })
}

fn password_shaped(v: &[u8]) -> bool {
    if v.len() < 6
        || v.len() > 256
        || is_placeholder(v)
        || is_code_reference(v)
        || is_constant_name(v)
    {
        return false;
    }
    if v.iter()
        .any(|&b| b.is_ascii_whitespace() || b.is_ascii_control())
        || contains_ci(v, b"://")
    {
        return false;
    }
    if v.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let varied = v.iter().any(u8::is_ascii_digit)
        || v.iter().any(u8::is_ascii_uppercase)
        || v.iter().any(|b| b.is_ascii_punctuation());
    varied || v.len() >= 12
}

/// A named value at the keyword anchor `[s, e)`; also returns the end of the name, so the
/// caller can skip the other anchors inside it.
pub(crate) fn keyword(bytes: &[u8], s: usize, e: usize) -> (Option<Cand>, usize) {
    let ne = e + run(bytes, e, 64, NAME);
    // Anchors inside a value already read are skipped, so `key=key=key=…` stays linear.
    let mut scanned = ne;
    let found = named_value(bytes, s, ne, &mut scanned);
    (found, scanned.max(ne))
}

fn named_value(bytes: &[u8], s: usize, ne: usize, scanned: &mut usize) -> Option<Cand> {
    let ns = s - run_back(bytes, s, 64, NAME);
    let mut name = &bytes[ns..ne];
    let mut name_start = ns;
    while let Some((&b, rest)) = name.split_first() {
        if matches!(b, b'-' | b'.') {
            name = rest;
            name_start += 1;
        } else {
            break;
        }
    }
    while name.last().is_some_and(|&b| matches!(b, b'-' | b'.')) {
        name = &name[..name.len() - 1];
    }
    if name.is_empty() || before(bytes, name_start) == b'$' || before(bytes, name_start) == b'%' {
        return None;
    }
    // Cheap test first: most `key`/`pass`/`auth` hits are ordinary words (`keyboard`, `passed`).
    let mut buf = [0u8; 48];
    let class = class_of(last_part(name, &mut buf)?)?;
    let segs = segments(name);
    let qualifier = segs.len().checked_sub(2).map(|i| segs[i]);
    let not_credential = qualifier.is_some_and(|q| {
        in_list(q, NOT_CREDENTIAL) || (class == Class::Token && q.eq_ignore_ascii_case(b"client"))
    });
    if not_credential
        || segs.iter().any(|s| in_list(s, PUBLIC_PARTS))
        || contains_ci(name, b"csrf")
        || contains_ci(name, b"xsrf")
    {
        return None;
    }
    let end_name = name_start + name.len();
    let mut pos = end_name;
    // Closing quote of a quoted key (also JSON-escaped `\"`).
    if at(bytes, pos) == b'\\' && at(bytes, pos + 1) == b'"' {
        pos += 2;
    } else if matches!(at(bytes, pos), b'"' | b'\'') {
        pos += 1;
    }
    let gap = run(bytes, pos, 8, SPACE | TAB);
    pos += gap;
    let sep = at(bytes, pos);
    let is_assign = match sep {
        b'=' => {
            if at(bytes, pos + 1) == b'=' {
                return None;
            }
            pos += if at(bytes, pos + 1) == b'>' { 2 } else { 1 };
            true
        }
        b':' => {
            if at(bytes, pos + 1) == b':' {
                return None;
            }
            pos += if at(bytes, pos + 1) == b'=' { 2 } else { 1 };
            true
        }
        _ => false,
    };
    if !is_assign {
        return prose(bytes, ns, name, class, pos, gap);
    }
    pos += run(bytes, pos, 16, SPACE | TAB);
    // Opening quote.
    let mut quote: Option<&[u8]> = None;
    if at(bytes, pos) == b'\\' && at(bytes, pos + 1) == b'"' {
        quote = Some(b"\\\"");
        pos += 2;
    } else if matches!(at(bytes, pos), b'"' | b'\'' | b'`') {
        quote = Some(&bytes[pos..pos + 1]);
        pos += 1;
    }
    if starts_with_at_ci(bytes, pos, b"bearer ") || starts_with_at_ci(bytes, pos, b"basic ") {
        return None;
    }
    for scheme in [&b"token "[..], b"bot ", b"apikey "] {
        if starts_with_at_ci(bytes, pos, scheme) {
            pos += scheme.len();
            break;
        }
    }
    let start = pos;
    let mut end = match quote {
        Some(q) => {
            let limit = bytes.len().min(start + 4096);
            let mut p = start;
            loop {
                if p >= limit || bytes[p] == b'\n' {
                    break None;
                }
                if starts_with_at(bytes, p, q) && !(q.len() == 1 && before(bytes, p) == b'\\') {
                    break Some(p);
                }
                p += 1;
            }
        }
        None => None,
    }
    .unwrap_or_else(|| start + run(bytes, start, 4096, NOT | VALUE_STOP));
    *scanned = end;
    if quote.is_none() {
        while end > start && matches!(bytes[end - 1], b'.' | b',' | b':') {
            end -= 1;
        }
    }
    let v = &bytes[start..end];
    // A vendor-prefixed value is the vendor rule's call: it reports it with its own kind, or
    // rejects it as a placeholder (`sk-proj-...`, `xoxp-1234-…`, `AKIAXXXX…`).
    if v.is_empty() || is_public_value(v) || has_vendor_prefix(bytes, start) {
        return None;
    }
    let ok = match class {
        Class::Password => password_shaped(v),
        Class::Key => looks_random(v, 16) && !is_uuid(v),
        _ => looks_random(v, 16),
    };
    if !ok {
        return None;
    }
    Some(Cand::new(start, end, kind_for(&segs, class), PRIO_ASSIGN))
}

/// `invalid token <value>`, `Unauthorized for key <value>`, `using credentials <value>`: a
/// single secret word followed by one space and a strongly random value.
fn prose(
    bytes: &[u8],
    ns: usize,
    name: &[u8],
    class: Class,
    pos: usize,
    gap: usize,
) -> Option<Cand> {
    if gap != 1 || class == Class::Auth || name.iter().any(|&b| !b.is_ascii_alphabetic()) {
        return None;
    }
    // The word before must not make it a public or non-secret key (`public key …`).
    let mut w_end = ns;
    while w_end > 0 && bytes[w_end - 1] == b' ' {
        w_end -= 1;
    }
    let w_len = run_back(bytes, w_end, 32, ALPHA);
    let mut buf = [0u8; 32];
    let prev_word = lower_into(&bytes[w_end - w_len..w_end], &mut buf);
    if in_list(prev_word, NOT_CREDENTIAL)
        || in_list(prev_word, PUBLIC_PARTS)
        || matches!(prev_word, b"ssh" | b"gpg" | b"pgp" | b"no" | b"missing")
    {
        return None;
    }
    let n = run(bytes, pos, 4096, B64URL | PLUS | SLASH | EQUALS | DOT);
    let mut end = pos + n;
    while end > pos && bytes[end - 1] == b'.' {
        end -= 1;
    }
    let v = &bytes[pos..end];
    let next = at(bytes, end);
    if matches!(next, b'=' | b':' | b'@')
        || is_uuid(v)
        || is_public_value(v)
        || !looks_random(v, 20)
    {
        return None;
    }
    // A file path or a dotted name is not a credential.
    if v.contains(&b'/') && v.iter().filter(|&&b| b == b'/').count() > 2 {
        return None;
    }
    Some(Cand::new(pos, end, Kind::GenericSecret, PRIO_ASSIGN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_segments() {
        let s = |n: &str| -> Vec<String> {
            segments(n.as_bytes())
                .into_iter()
                .map(|v| String::from_utf8(v.to_ascii_lowercase()).unwrap())
                .collect()
        };
        assert_eq!(s("STRIPE_SECRET_KEY"), ["stripe", "secret", "key"]);
        assert_eq!(s("apiKey"), ["api", "key"]);
        assert_eq!(s("x-cron-secret"), ["x", "cron", "secret"]);
        assert_eq!(s("config.key"), ["config", "key"]);
        assert_eq!(s("APIKey"), ["apikey"]);
    }

    fn found(text: &str) -> Vec<(&str, Kind)> {
        let r = crate::Redactor::builder().pii(false).build();
        r.find(text)
            .into_iter()
            .map(|s| (&text[s.start..s.end], s.kind))
            .collect()
    }

    #[test]
    fn jwt_anon_key_is_public() {
        // {"alg":"HS256","typ":"JWT"} . {"role":"anon"} / {"role":"service_role"}
        let anon =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlc2lnbmF0dXJl";
        let service =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJlc2lnbmF0dXJl";
        assert_eq!(found(&format!("SUPABASE_ANON_KEY={anon}")), vec![]);
        assert_eq!(found(&format!("key={service}")), vec![(service, Kind::Jwt)]);
    }

    #[test]
    fn slack_tokens() {
        let legacy = "xoxb-263594206564-FGqddMF8t08v8N7Oq4i57vs1";
        assert_eq!(found(legacy), vec![(legacy, Kind::SlackBotToken)]);
        let user = "xoxs-416843729158-132049654-5609968301-e708ba56e1";
        assert_eq!(found(user), vec![(user, Kind::SlackToken)]);
        for fp in [
            "xoxb-12345-abcd234",
            "xoxb-xoxb-my-bot-token",
            "xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere",
            "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d",
            "xoxb-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx",
        ] {
            assert_eq!(found(fp), vec![], "{fp}");
        }
    }

    #[test]
    fn curl_credentials() {
        assert_eq!(
            found("curl -u admin:Tr0ub4dor3 https://x"),
            vec![("Tr0ub4dor3", Kind::BasicAuthCredentials)]
        );
        for fp in [
            "curl -i -u 'test:test'",
            "curl -u username:token",
            "curl http://127.0.0.1:5000/file --user user:pass --digest",
            r#"curl -u "${_username}:${_password}""#,
            "curl -u <user:password> https://test.com/endpoint",
        ] {
            assert_eq!(found(fp), vec![], "{fp}");
        }
    }

    #[test]
    fn named_values() {
        assert_eq!(
            found("cookie: __Secure-next-auth.session-token=Xk29fLq0Zr7TnB4wYp1Vc8Hd"),
            vec![("Xk29fLq0Zr7TnB4wYp1Vc8Hd", Kind::GenericSecret)]
        );
        assert_eq!(found("next_token=Xk29fLq0Zr7TnB4wYp1Vc8Hd"), vec![]);
        assert_eq!(
            found("PADDLE_CLIENT_TOKEN=live_3510676f3bfc9886a0416a50d21"),
            vec![]
        );
        assert_eq!(
            found("NEXT_PUBLIC_API_KEY=Xk29fLq0Zr7TnB4wYp1Vc8Hd"),
            vec![]
        );
        assert_eq!(
            found("Server=db;User Id=app;Password=S3cret!x;"),
            vec![("S3cret!x", Kind::Password)]
        );
        assert_eq!(found("password: required"), vec![]);
        assert_eq!(
            found("--password=abc123XYZ"),
            vec![("abc123XYZ", Kind::Password)]
        );
        assert_eq!(
            found("client_secret=pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH"),
            vec![]
        );
    }

    #[test]
    fn classes() {
        assert_eq!(class_of(b"password"), Some(Class::Password));
        assert_eq!(class_of(b"token1"), Some(Class::Token));
        assert_eq!(class_of(b"apikey"), Some(Class::Key));
        assert_eq!(class_of(b"keyword"), None);
        assert_eq!(class_of(b"monkey"), None);
        assert_eq!(class_of(b"tokens"), None);
        assert_eq!(class_of(b"length"), None);
    }
}
