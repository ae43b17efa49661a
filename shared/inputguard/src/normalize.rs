//! Layer 1 — normalization.
//!
//! Attackers hide trigger words from naive filters by changing how they *look* while keeping what
//! the LLM *reads*: fullwidth or mathematical letters (`𝐢𝐠𝐧𝐨𝐫𝐞`), Cyrillic or Greek look-alikes
//! (`іgnоrе`), zero-width or bidi-control characters inside words, Unicode tag characters that
//! carry an invisible ASCII copy of an instruction, accents, leetspeak (`1gn0r3`) and letter
//! spacing (`I-G-N-O-R-E`). This layer folds all of that into one canonical lowercase text, and
//! records what it had to undo, because undoing an obfuscation is itself evidence.
//!
//! # Why not full NFKC
//!
//! `unicode-normalization` brings the whole decomposition and composition tables (measured in
//! `size-probe`: about 30 KB gzip in a `opt-level = "z"` WASM build, most of the input guard's
//! budget), yet the compatibility mappings an attacker actually uses against an English, Spanish or
//! Portuguese filter are a handful of contiguous blocks. [`fold_char`] covers them by arithmetic
//! on code-point ranges (fullwidth forms, the 13 mathematical alphabets, circled, parenthesized and
//! squared letters, regional indicators, ligatures, superscripts, subscripts, small capitals),
//! plus a small homoglyph table (Cyrillic, Greek, Armenian and IPA letters that look Latin) that
//! NFKC would not fold at all. Accents are stripped (`instruções` → `instrucoes`) so one lexicon
//! stem serves every spelling; decomposed accents (combining marks) are dropped.
//!
//! Words written entirely in Cyrillic are *transliterated* instead (`игнорируй` → `ignoriruj`),
//! so Russian prompts reach the same lexicon; Cyrillic letters inside Latin words are still
//! folded by shape. U+2028/2029 count as spaces (attackers use them to put every word on its own
//! "line"), and a dot inside a token (`example.org`, `3.14`) does not end a sentence.
//!
//! # Outputs
//!
//! * [`Normalized::text`]: folded, lowercased, whitespace collapsed (runs containing a newline
//!   become `\n`), punctuation kept. Delimiter and payload checks run on it.
//! * [`Normalized::words`]: the word stream the intent layer and the learned model read:
//!   letters and digits only, leetspeak folded inside words that mix letters and digits, letter
//!   spacing joined, sentence boundaries kept as a flag. Inline markup does not split a
//!   sentence: emphasis or code marks glued to a word (`**Ignore**`, `` `all` ``) end a clause at
//!   most, and inline tags (`<b>`, `</em>`, `<code>`) are skipped.
//! * [`Normalized::hidden`]: text smuggled in Unicode tag characters or variation selectors,
//!   decoded, for the decoding layer to scan.
//! * counters of what was undone, turned into `Normalization` signals by the scorer.

/// One word of the normalized word stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The folded word (lowercase ASCII for Latin-script input).
    pub text: String,
    /// True when a sentence or clause boundary (`.`, `!`, `?`, `;`, `:`, newline, quote or start
    /// of text) precedes the word.
    pub boundary: bool,
    /// True when leetspeak folding changed the word (`1gn0r3` → `ignore`).
    pub leet: bool,
    /// True when a comma or a boundary precedes the word (clause start).
    pub clause: bool,
    /// True when the sentence holding the word ends with a question mark.
    pub question: bool,
}

/// Result of normalizing one text.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// Folded text with punctuation (see the module docs).
    pub text: String,
    /// Folded word stream.
    pub words: Vec<Word>,
    /// ASCII recovered from Unicode tag characters and variation-selector byte smuggling.
    pub hidden: String,
    /// Zero-width or other invisible format characters found inside words.
    pub invisible_in_word: u32,
    /// Bidi-control characters (embeddings, overrides, isolates, marks).
    pub bidi: u32,
    /// Characters folded by the compatibility table (fullwidth, math letters, circled…).
    pub compat_folded: u32,
    /// Look-alike letters folded to Latin inside otherwise Latin words (mixed-script words).
    pub mixed_script_words: u32,
    /// Words that needed leetspeak folding and then matched a lexicon stem (set by the intent
    /// layer through [`Normalized::leet_words`]).
    pub leet_words: u32,
    /// Runs of spaced-out single letters that were joined (`i g n o r e`, `I-G-N-O-R-E`).
    pub spaced_runs: u32,
    /// Combining marks beyond what accented text needs (Zalgo-style noise).
    pub excess_marks: u32,
}

/// Characters that are removed silently (but counted when they sit inside a word): zero-width
/// spaces and joiners, word joiner, invisible operators, soft hyphen, BOM, Mongolian vowel
/// separator, combining grapheme joiner, Hangul fillers.
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180E | 0x200B..=0x200D
        | 0x2060..=0x2064 | 0x206A..=0x206F | 0x3164 | 0xFEFF | 0xFFA0 | 0x1D173..=0x1D17A)
}

/// Scripts whose spelling uses ZWNJ and ZWJ inside words: Arabic-script (Persian, Urdu…),
/// Syriac, Thaana, N'Ko, the Indic scripts, Sinhala, Thai to Khmer and Mongolian.
fn joining_script(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x08FF | 0x0900..=0x0DFF | 0x0E00..=0x18AF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Bidi controls: LRM/RLM, Arabic letter mark, embeddings/overrides, isolates.
fn is_bidi(c: char) -> bool {
    matches!(c as u32, 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069)
}

/// Unicode whitespace, including the separators used to split words invisibly.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c as u32, 0x2028 | 0x2029 | 0x205F | 0x3000 | 0x180E)
}

const SMALL_CAPS: &[(u32, char)] = &[
    (0x1D00, 'a'),
    (0x0299, 'b'),
    (0x1D04, 'c'),
    (0x1D05, 'd'),
    (0x1D07, 'e'),
    (0xA730, 'f'),
    (0x0262, 'g'),
    (0x029C, 'h'),
    (0x026A, 'i'),
    (0x1D0A, 'j'),
    (0x1D0B, 'k'),
    (0x029F, 'l'),
    (0x1D0D, 'm'),
    (0x0274, 'n'),
    (0x1D0F, 'o'),
    (0x1D18, 'p'),
    (0x01EB, 'q'),
    (0x0280, 'r'),
    (0xA731, 's'),
    (0x1D1B, 't'),
    (0x1D1C, 'u'),
    (0x1D20, 'v'),
    (0x1D21, 'w'),
    (0x028F, 'y'),
    (0x1D22, 'z'),
];

/// Look-alike letters from Cyrillic, Greek, Armenian, IPA and Latin Extended that render like a
/// Latin letter. Sorted by code point (binary search).
const HOMOGLYPHS: &[(u32, char)] = &[
    (0x0180, 'b'),
    (0x0183, 'b'),
    (0x0188, 'c'),
    (0x018C, 'd'),
    (0x0192, 'f'),
    (0x0199, 'k'),
    (0x019A, 'l'),
    (0x01A5, 'p'),
    (0x01AB, 't'),
    (0x01AD, 't'),
    (0x01B4, 'y'),
    (0x01B6, 'z'),
    (0x01DF, 'a'),
    (0x0236, 't'),
    (0x0250, 'a'),
    (0x0251, 'a'),
    (0x0253, 'b'),
    (0x0255, 'c'),
    (0x0256, 'd'),
    (0x0257, 'd'),
    (0x025B, 'e'),
    (0x025C, 'e'),
    (0x0260, 'g'),
    (0x0261, 'g'),
    (0x0266, 'h'),
    (0x0268, 'i'),
    (0x0269, 'i'),
    (0x026B, 'l'),
    (0x026C, 'l'),
    (0x026D, 'l'),
    (0x0271, 'm'),
    (0x0272, 'n'),
    (0x0273, 'n'),
    (0x0275, 'o'),
    (0x027C, 'r'),
    (0x027D, 'r'),
    (0x027E, 'r'),
    (0x0282, 's'),
    (0x0288, 't'),
    (0x0289, 'u'),
    (0x028A, 'u'),
    (0x028B, 'v'),
    (0x0290, 'z'),
    (0x0291, 'z'),
    (0x0391, 'a'),
    (0x0392, 'b'),
    (0x0395, 'e'),
    (0x0396, 'z'),
    (0x0397, 'h'),
    (0x0399, 'i'),
    (0x039A, 'k'),
    (0x039C, 'm'),
    (0x039D, 'n'),
    (0x039F, 'o'),
    (0x03A1, 'p'),
    (0x03A4, 't'),
    (0x03A5, 'y'),
    (0x03A7, 'x'),
    (0x03B1, 'a'),
    (0x03B2, 'b'),
    (0x03B5, 'e'),
    (0x03B9, 'i'),
    (0x03BA, 'k'),
    (0x03BD, 'v'),
    (0x03BF, 'o'),
    (0x03C1, 'p'),
    (0x03C4, 't'),
    (0x03C5, 'u'),
    (0x03C7, 'x'),
    (0x03F2, 'c'),
    (0x03F3, 'j'),
    (0x0405, 's'),
    (0x0406, 'i'),
    (0x0408, 'j'),
    (0x0410, 'a'),
    (0x0412, 'b'),
    (0x0415, 'e'),
    (0x041A, 'k'),
    (0x041C, 'm'),
    (0x041D, 'h'),
    (0x041E, 'o'),
    (0x0420, 'p'),
    (0x0421, 'c'),
    (0x0422, 't'),
    (0x0423, 'y'),
    (0x0425, 'x'),
    (0x0430, 'a'),
    (0x0432, 'b'),
    (0x0435, 'e'),
    (0x043A, 'k'),
    (0x043C, 'm'),
    (0x043D, 'h'),
    (0x043E, 'o'),
    (0x0440, 'p'),
    (0x0441, 'c'),
    (0x0442, 't'),
    (0x0443, 'y'),
    (0x0445, 'x'),
    (0x044C, 'b'),
    (0x0455, 's'),
    (0x0456, 'i'),
    (0x0458, 'j'),
    (0x04AE, 'y'),
    (0x04AF, 'y'),
    (0x04BB, 'h'),
    (0x04C0, 'l'),
    (0x04CF, 'l'),
    (0x0501, 'd'),
    (0x050D, 'g'),
    (0x051B, 'q'),
    (0x051D, 'w'),
    (0x0561, 'w'),
    (0x0563, 'q'),
    (0x0566, 'q'),
    (0x0570, 'h'),
    (0x0572, 'n'),
    (0x0573, 'n'),
    (0x0574, 'u'),
    (0x0575, 'j'),
    (0x0578, 'n'),
    (0x057C, 'n'),
    (0x057D, 'u'),
    (0x0581, 'g'),
    (0x0584, 'f'),
    (0x0585, 'o'),
    (0x0586, 's'),
    (0x13A0, 'd'),
    (0x13A1, 'r'),
    (0x13A2, 't'),
    (0x13A5, 'i'),
    (0x13AA, 'a'),
    (0x13AB, 'j'),
    (0x13AC, 'e'),
    (0x13B3, 'w'),
    (0x13B7, 'm'),
    (0x13BB, 'h'),
    (0x13C0, 'g'),
    (0x13C2, 'h'),
    (0x13C3, 'z'),
    (0x13CF, 'b'),
    (0x13D2, 'r'),
    (0x13DA, 's'),
    (0x13DE, 'l'),
    (0x13DF, 'c'),
    (0x13E2, 'p'),
    (0x13E6, 'k'),
    (0x13F4, 'b'),
    (0x1D83, 'g'),
    (0x1E9D, 'f'),
    (0x2113, 'l'),
    (0x212E, 'e'),
    (0x2139, 'i'),
];

/// Letterlike symbols that fill the holes of the mathematical alphabets (ℎ, ℬ, ℭ…) and a few
/// other stand-alone letter forms.
const LETTERLIKE: &[(u32, char)] = &[
    (0x2102, 'c'),
    (0x210A, 'g'),
    (0x210B, 'h'),
    (0x210C, 'h'),
    (0x210D, 'h'),
    (0x210E, 'h'),
    (0x2110, 'i'),
    (0x2111, 'i'),
    (0x2112, 'l'),
    (0x2115, 'n'),
    (0x2119, 'p'),
    (0x211A, 'q'),
    (0x211B, 'r'),
    (0x211C, 'r'),
    (0x211D, 'r'),
    (0x2124, 'z'),
    (0x2128, 'z'),
    (0x212C, 'b'),
    (0x212D, 'c'),
    (0x212F, 'e'),
    (0x2130, 'e'),
    (0x2131, 'f'),
    (0x2133, 'm'),
    (0x2134, 'o'),
];

/// Accented Latin-1, Latin Extended-A and Vietnamese letters folded to their base letter (lowercase input).
fn strip_accent(c: char) -> Option<char> {
    let u = c as u32;
    let r = match u {
        0xE0..=0xE5 => 'a',
        0xE7 => 'c',
        0xE8..=0xEB => 'e',
        0xEC..=0xEF => 'i',
        0xF1 => 'n',
        0xF2..=0xF6 | 0xF8 => 'o',
        0xF9..=0xFC => 'u',
        0xFD | 0xFF => 'y',
        0x1EA0..=0x1EF9 => {
            // Vietnamese letters with two marks (Latin Extended Additional), in blocks of
            // 24 a, 16 e, 4 i, 24 o, 14 u, 8 y.
            return Some(match u - 0x1EA0 {
                0..=23 => 'a',
                24..=39 => 'e',
                40..=43 => 'i',
                44..=67 => 'o',
                68..=81 => 'u',
                _ => 'y',
            });
        }
        0x01A0 | 0x01A1 => 'o',
        0x01AF | 0x01B0 => 'u',
        0x0100..=0x017F => {
            // Latin Extended-A, two code points (upper, lower) per base letter in order.
            const BASE: &[u8] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
            let i = (u - 0x0100) as usize;
            return BASE.get(i).map(|b| *b as char);
        }
        _ => return None,
    };
    Some(r)
}

fn table_lookup(table: &[(u32, char)], u: u32) -> Option<char> {
    table
        .binary_search_by_key(&u, |&(k, _)| k)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, c)| c)
}

/// Outcome of folding one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Unchanged (already canonical or outside the folded blocks).
    Keep(char),
    /// A compatibility form (fullwidth, math alphanumeric, circled, ligature part…).
    Compat(char),
    /// A look-alike letter from another script.
    Homoglyph(char),
    /// A two-letter ligature.
    Pair(char, char),
}

/// Folds one already-lowercased-or-not character: compatibility forms, homoglyphs, accents and
/// case. Pure arithmetic and two small tables.
pub fn fold_char(c: char) -> Fold {
    let u = c as u32;
    if c.is_ascii() {
        return Fold::Keep(c.to_ascii_lowercase());
    }
    let ascii = |b: u32| char::from_u32(b).unwrap_or(' ');
    match u {
        // Fullwidth ASCII.
        0xFF01..=0xFF5E => return Fold::Compat(ascii(u - 0xFEE0).to_ascii_lowercase()),
        // Mathematical alphanumeric letters: 13 alphabets of 52 letters.
        0x1D400..=0x1D6A3 => {
            let i = (u - 0x1D400) % 52;
            let base = if i < 26 {
                b'a' as u32 + i
            } else {
                b'a' as u32 + i - 26
            };
            return Fold::Compat(ascii(base));
        }
        // Mathematical digits: 5 styles of 10.
        0x1D7CE..=0x1D7FF => return Fold::Compat(ascii(b'0' as u32 + (u - 0x1D7CE) % 10)),
        // Circled and parenthesized letters.
        0x24B6..=0x24CF => return Fold::Compat(ascii(b'a' as u32 + u - 0x24B6)),
        0x24D0..=0x24E9 => return Fold::Compat(ascii(b'a' as u32 + u - 0x24D0)),
        0x249C..=0x24B5 => return Fold::Compat(ascii(b'a' as u32 + u - 0x249C)),
        // Circled digits 1-9 and 0.
        0x2460..=0x2468 => return Fold::Compat(ascii(b'1' as u32 + u - 0x2460)),
        0x24EA => return Fold::Compat('0'),
        // Squared, negative circled, negative squared letters, regional indicators.
        0x1F130..=0x1F149 => return Fold::Compat(ascii(b'a' as u32 + u - 0x1F130)),
        0x1F150..=0x1F169 => return Fold::Compat(ascii(b'a' as u32 + u - 0x1F150)),
        0x1F170..=0x1F189 => return Fold::Compat(ascii(b'a' as u32 + u - 0x1F170)),
        0x1F1E6..=0x1F1FF => return Fold::Compat(ascii(b'a' as u32 + u - 0x1F1E6)),
        // Ligatures.
        0xFB00 => return Fold::Pair('f', 'f'),
        0xFB01 => return Fold::Pair('f', 'i'),
        0xFB02 => return Fold::Pair('f', 'l'),
        0xFB03 | 0xFB04 => return Fold::Pair('f', 'f'),
        0xFB05 | 0xFB06 => return Fold::Pair('s', 't'),
        0x00DF => return Fold::Pair('s', 's'),
        0x00E6 | 0x00C6 => return Fold::Pair('a', 'e'),
        0x0153 | 0x0152 => return Fold::Pair('o', 'e'),
        // Superscript and subscript digits and letters.
        0x00B2 => return Fold::Compat('2'),
        0x00B3 => return Fold::Compat('3'),
        0x00B9 => return Fold::Compat('1'),
        0x2070 => return Fold::Compat('0'),
        0x2071 => return Fold::Compat('i'),
        0x2074..=0x2079 => return Fold::Compat(ascii(b'4' as u32 + u - 0x2074)),
        0x207F => return Fold::Compat('n'),
        0x2080..=0x2089 => return Fold::Compat(ascii(b'0' as u32 + u - 0x2080)),
        0x2090..=0x209C => {
            const SUB: &[u8] = b"aeoxehklmnpst";
            return Fold::Compat(SUB.get((u - 0x2090) as usize).map_or(' ', |b| *b as char));
        }
        0x1D2C..=0x1D6A => {
            // Modifier letters ᴬ…ᵪ (phonetic superscripts).
            const MOD: &[u8] = b"aabbdeeghijklmnnooprtuwaaaabdeeeegikmnooooptuumvabgdfxiruvbgpfx";
            return Fold::Compat(MOD.get((u - 0x1D2C) as usize).map_or(' ', |b| *b as char));
        }
        0x02B0..=0x02B8 => {
            const MODH: &[u8] = b"hhjrrrrwy";
            return Fold::Compat(MODH.get((u - 0x02B0) as usize).map_or(' ', |b| *b as char));
        }
        _ => {}
    }
    if let Some(l) = table_lookup(LETTERLIKE, u) {
        return Fold::Compat(l);
    }
    if let Some(l) = SMALL_CAPS.iter().find(|&&(k, _)| k == u).map(|&(_, l)| l) {
        return Fold::Compat(l);
    }
    if let Some(l) = table_lookup(HOMOGLYPHS, u) {
        return Fold::Homoglyph(l);
    }
    // Lowercase, then strip accents.
    let lower = if c.is_uppercase() {
        crate::case::lower(c)
    } else {
        c
    };
    if let Some(b) = strip_accent(lower) {
        return Fold::Keep(b);
    }
    if let Some(l) = table_lookup(HOMOGLYPHS, lower as u32) {
        return Fold::Homoglyph(l);
    }
    Fold::Keep(lower)
}

/// Leetspeak digit or symbol to letter, used only inside words that mix letters and digits.
fn leet(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '@' => 'a',
        '$' => 's',
        '!' => 'i',
        '|' => 'l',
        _ => return None,
    })
}

fn is_boundary_punct(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ';'
            | ':'
            | '\n'
            | '"'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '<'
            | '>'
            | '|'
            | '*'
            | '#'
            | '`'
            | '¿'
            | '¡'
            | '…'
            | '“'
            | '”'
            | '«'
            | '»'
            | '—'
            | '–'
    )
}

/// Normalizes `input` (see the module docs). Work is linear in the input length.
pub fn normalize(input: &str) -> Normalized {
    let translit = transliterate_cyrillic(input);
    let input = translit.as_deref().unwrap_or(input);
    let mut out = Normalized {
        text: String::with_capacity(input.len()),
        ..Normalized::default()
    };
    // Pass 1: strip, fold, collapse whitespace; decode tag characters and variation selectors.
    let mut pending_space: Option<char> = None;
    let mut prev_letter = false;
    let mut invisible_pending = 0u32;
    // Whether every invisible character pending inside the current word is a joiner (ZWNJ,
    // ZWJ) after a letter of a joining script.
    let mut joiner_ok = true;
    let mut prev_char = ' ';
    let mut vs_bytes: Vec<u8> = Vec::new();
    let mut prev_raw: Option<char> = None;
    let mut word_has_latin = false;
    let mut word_has_glyph = false;
    let mut marks_run = 0u32;
    let end_word = |latin: &mut bool, glyph: &mut bool, mixed: &mut u32| {
        if *latin && *glyph {
            *mixed += 1;
        }
        *latin = false;
        *glyph = false;
    };
    for c in input.chars() {
        let mut c = c;
        let mut u = c as u32;
        // Unicode tag characters: an invisible copy of ASCII. Subdivision flags (🏴 + tags) are
        // the one legitimate use; everything else is smuggling.
        if (0xE0000..=0xE007F).contains(&u) {
            let flag = prev_raw
                .is_some_and(|p| p as u32 == 0x1F3F4 || (0xE0000..=0xE007F).contains(&(p as u32)))
                && out.hidden.is_empty();
            if !flag && (0xE0020..=0xE007E).contains(&u) {
                out.hidden.push(char::from_u32(u - 0xE0000).unwrap_or(' '));
            }
            prev_raw = if flag { Some('\u{1F3F4}') } else { Some(c) };
            // (a tag space between visible words still parts them: "Reveal\u{E0020}system")
            if flag || u != 0xE0020 {
                continue;
            }
            (c, u) = (' ', 0x20);
        }
        prev_raw = Some(c);
        // Variation selectors: FE0F/FE0E style emoji; the supplement (and long runs of the basic
        // block) can carry one byte each ("emoji smuggling").
        if (0xE0100..=0xE01EF).contains(&u) {
            vs_bytes.push((u - 0xE0100 + 16) as u8);
            continue;
        }
        if (0xFE00..=0xFE0F).contains(&u) {
            if !vs_bytes.is_empty() {
                vs_bytes.push((u - 0xFE00) as u8);
            }
            continue;
        }
        if is_invisible(c) {
            if prev_letter {
                invisible_pending += 1;
                // ZWNJ and ZWJ are spelling in Persian, Arabic-script and Indic words
                // (کتاب‌ها, क्‍ष): counted only where the letters on both sides are not of a
                // script written with them (see below).
                if !matches!(c, '\u{200C}' | '\u{200D}') || !joining_script(prev_char) {
                    joiner_ok = false;
                }
            }
            continue;
        }
        if is_bidi(c) {
            // Bidi controls are dropped but act as a word gap (they are used as separators).
            out.bidi += 1;
            if pending_space.is_none() {
                pending_space = Some(' ');
            }
            prev_letter = false;
            continue;
        }
        // Combining marks: drop (accents were decomposed); count excess.
        if (0x0300..=0x036F).contains(&u)
            || (0x1AB0..=0x1AFF).contains(&u)
            || (0x20D0..=0x20FF).contains(&u)
        {
            marks_run += 1;
            if marks_run > 2 {
                out.excess_marks += 1;
            }
            continue;
        }
        marks_run = 0;
        if is_space(c) {
            // U+2028/2029 are treated as plain spaces: prompts do not use them as line breaks,
            // attackers use them to split a phrase into one-word "lines".
            let nl = matches!(c, '\n' | '\r' | '\u{85}');
            // Runs keep one mark: a newline if they contain one, two spaces for wide gaps (word
            // gaps in spaced-out text), else one space.
            pending_space = match (pending_space, nl) {
                (Some('\n'), _) | (_, true) => Some('\n'),
                (Some(_), false) => Some('\t'),
                (None, false) => Some(' '),
            };
            prev_letter = false;
            invisible_pending = 0;
            end_word(
                &mut word_has_latin,
                &mut word_has_glyph,
                &mut out.mixed_script_words,
            );
            continue;
        }
        if let Some(s) = pending_space.take() {
            if !out.text.is_empty() {
                if s == '\t' {
                    out.text.push_str("  ");
                } else {
                    out.text.push(s);
                }
            }
        }
        let folded = fold_char(c);
        let (a, b) = match folded {
            Fold::Keep(x) => (x, None),
            Fold::Compat(x) => {
                out.compat_folded += 1;
                (x, None)
            }
            Fold::Homoglyph(x) => {
                word_has_glyph = true;
                (x, None)
            }
            Fold::Pair(x, y) => (x, Some(y)),
        };
        if matches!(folded, Fold::Keep(x) if x.is_ascii_alphabetic()) {
            word_has_latin = true;
        }
        let is_letter = a.is_alphanumeric();
        if is_letter && prev_letter && invisible_pending > 0 && !(joiner_ok && joining_script(c)) {
            out.invisible_in_word += invisible_pending;
        }
        invisible_pending = 0;
        joiner_ok = true;
        prev_char = c;
        if !is_letter {
            end_word(
                &mut word_has_latin,
                &mut word_has_glyph,
                &mut out.mixed_script_words,
            );
        }
        prev_letter = is_letter;
        out.text.push(a);
        if let Some(y) = b {
            out.text.push(y);
        }
    }
    end_word(
        &mut word_has_latin,
        &mut word_has_glyph,
        &mut out.mixed_script_words,
    );
    if vs_bytes.len() >= 4 {
        let s = String::from_utf8_lossy(&vs_bytes);
        if !out.hidden.is_empty() {
            out.hidden.push(' ');
        }
        out.hidden.push_str(&s);
    }
    let joined = join_spaced_letters(&out.text, &mut out.spaced_runs);
    out.words = split_words(joined.as_deref().unwrap_or(&out.text), true);
    out
}

/// Latin transliteration of the Russian alphabet (lowercase а…я, then ё), for words written
/// entirely in Cyrillic: `игнорируй` → `ignoriruj`, so one lexicon serves Russian too. Cyrillic
/// letters *inside Latin words* are homoglyphs instead and are folded by shape ([`fold_char`]).
const CYRILLIC: [&str; 33] = [
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
    "u", "f", "h", "c", "ch", "sh", "sh", "", "y", "", "e", "ju", "ja", "e",
];

fn cyrillic_latin(c: char) -> Option<&'static str> {
    let l = crate::case::lower(c) as u32;
    let i = match l {
        0x0430..=0x044F => l - 0x0430,
        0x0451 => 32,
        0x0456 => return Some("i"),
        _ => return None,
    };
    CYRILLIC.get(i as usize).copied()
}

/// Transliterates the all-Cyrillic words of `input`; `None` when there are none.
fn transliterate_cyrillic(input: &str) -> Option<String> {
    if !input
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    {
        return None;
    }
    let mut out = String::with_capacity(input.len() + input.len() / 2);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let latin = word.chars().any(|c| c.is_ascii_alphabetic());
        let cyr = word.chars().any(|c| cyrillic_latin(c).is_some());
        if cyr && !latin {
            for c in word.chars() {
                match cyrillic_latin(c) {
                    Some(t) => out.push_str(t),
                    None => out.push(c),
                }
            }
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in input.chars() {
        if c.is_alphanumeric() || is_invisible(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    Some(out)
}

/// Baseline used to measure what the normalization layer adds: Unicode lowercasing and
/// whitespace collapsing only (no folding, stripping, leetspeak or letter joining).
pub fn normalize_basic(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut space = false;
    for c in crate::case::lower_str(input).chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !text.is_empty() {
            text.push(' ');
        }
        space = false;
        text.push(c);
    }
    let words = split_words(&text, false);
    Normalized {
        text,
        words,
        ..Normalized::default()
    }
}

/// Joins runs of single letters separated by one and the same separator (`i-g-n-o-r-e`,
/// `i g n o r e`, `I|g|n|o|r|e a|l|l`). A run of four or more letters is joined on its own; a
/// shorter one (`a|l|l`, `y.o.u`) only when the text spells out more with that separator (a run
/// of four or, for separators other than a space or an operator, eight letters over two short
/// runs, one of three), so `(cat|dog)`, `a|b`, `e.g.`, `i-1` or `n+1` stay as they are. Runs of
/// digits only (`1.2.3.4`) are not joined, and dotted initialisms ending in a dot (`N.A.S.A.`)
/// are joined but not counted as obfuscation. `None` when nothing was joined.
fn join_spaced_letters(text: &str, runs: &mut u32) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let is_l = |c: char| c.is_alphanumeric();
    // Candidate runs: (first letter, last letter, separator), two letters or more.
    let mut found: Vec<(usize, usize, char)> = Vec::new();
    let mut i = 0;
    while i < n {
        if is_l(chars[i]) && (i == 0 || !is_l(chars[i - 1])) && i + 1 < n {
            let sep = chars[i + 1];
            let mut j = i;
            while matches!(
                sep,
                '-' | '_' | '.' | '*' | ' ' | '/' | '~' | '+' | '·' | ',' | '|' | ':' | '•'
            ) && j + 2 < n
                && chars[j + 1] == sep
                && is_l(chars[j + 2])
                && (j + 3 >= n || !is_l(chars[j + 3]))
            {
                j += 2;
            }
            if j > i {
                found.push((i, j, sep));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    let len = |r: &(usize, usize, char)| (r.1 - r.0) / 2 + 1;
    // A dotted initialism (`u.s.a.`, `e.g.`), or a run with a digit (`1.2.3.4`, `n+1`).
    let acronym = |r: &(usize, usize, char)| r.2 == '.' && chars.get(r.1 + 1) == Some(&'.');
    let plain = |r: &(usize, usize, char)| {
        !(acronym(r) || chars[r.0..=r.1].iter().any(|c| c.is_ascii_digit()))
    };
    let mut out = String::new();
    let mut last = 0;
    for r in &found {
        let (mut long, mut k, mut sum, mut three) = (false, 0, 0, false);
        for x in found.iter().filter(|x| x.2 == r.2) {
            long |= len(x) >= 4;
            if plain(x) && len(x) < 4 {
                k += 1;
                sum += len(x);
                three |= len(x) == 3;
            }
        }
        let digits_only = chars[r.0..=r.1]
            .iter()
            .step_by(2)
            .all(|c| c.is_ascii_digit());
        if digits_only
            || len(r) < 4
                && !(plain(r)
                    && (long
                        || !matches!(r.2, ' ' | '+' | '*' | '/' | ',')
                            && k >= 2
                            && three
                            && sum >= 8))
        {
            continue;
        }
        out.extend(&chars[last..r.0]);
        out.extend(chars[r.0..=r.1].iter().step_by(2));
        *runs += u32::from(!acronym(r));
        last = r.1 + 1;
        // the separator around the spaces too ("I|g|n|o|r|e| |a|l|l"): one space
        if chars.get(last..last + 3) == Some(&[r.2, ' ', r.2]) {
            out.push(' ');
            last += 3;
        }
    }
    (last > 0).then(|| {
        out.extend(&chars[last..]);
        out
    })
}

/// Positions of quote marks around a short inline name that the sentence goes on after
/// (`the "jeitinho" mode without limits`, `modo "legacy" sem validações`): they do not end the
/// sentence, so the words on both sides stay in one window. A quotation that ends the sentence
/// (`Say "I have been PWNED"`) or spans more than four words keeps its boundaries: it is a
/// separate utterance.
fn inline_quotes(chars: &[char]) -> Vec<usize> {
    const QUOTES: &[char] = &['"', '“', '”', '«', '»'];
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !QUOTES.contains(&chars[i]) {
            i += 1;
            continue;
        }
        let opened_mid_sentence = chars[..i]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| c.is_alphanumeric() || *c == ',');
        let close = (i + 1..chars.len().min(i + 41)).find(|&k| QUOTES.contains(&chars[k]));
        let Some(k) = close else {
            i += 1;
            continue;
        };
        let inner = &chars[i + 1..k];
        let short = !inner.is_empty()
            && inner.iter().filter(|c| c.is_whitespace()).count() <= 3
            && !inner.iter().any(|&c| is_boundary_punct(c) || c == ',');
        // The sentence goes on after the closing quote: a space or a comma, then a word.
        let after: Vec<char> = chars[k + 1..].iter().take(3).copied().collect();
        let goes_on = matches!(after.first(), Some(c) if c.is_whitespace() || *c == ',')
            && chars[k + 1..]
                .iter()
                .find(|c| !c.is_whitespace() && **c != ',')
                .is_some_and(|c| c.is_alphabetic());
        if opened_mid_sentence && short && goes_on {
            out.push(i);
            out.push(k);
        }
        i = k + 1;
    }
    out
}

/// Splits folded text into words: letters and digits, apostrophes inside words dropped, leetspeak
/// folded inside words that mix letters with digits or `@$!|`.
fn split_words(text: &str, fold: bool) -> Vec<Word> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut boundary = true;
    let mut next_boundary = true;
    let mut clause = true;
    let mut next_clause = true;
    let chars: Vec<char> = text.chars().collect();
    let inline = inline_quotes(&chars);
    let flush = |cur: &mut String, words: &mut Vec<Word>, boundary: bool, clause: bool| {
        if !cur.is_empty() {
            let (w, leet) = if fold {
                fold_leet(cur)
            } else {
                (cur.clone(), false)
            };
            words.push(Word {
                text: w,
                boundary,
                leet,
                clause,
                question: false,
            });
            cur.clear();
        }
    };
    let mut skip = 0;
    for (i, &c) in chars.iter().enumerate() {
        if i < skip {
            continue;
        }
        // An inline formatting tag (`<b>`, `</em>`, `<code>`) is invisible: the words on its two
        // sides stay in one sentence, as the reader sees them ("<b>Ignore</b> all …"), and a
        // word split by one is one word ("Ig<b>nore</b>").
        if c == '<' {
            if let Some(n) = inline_tag(&chars[i..]) {
                skip = i + n;
                continue;
            }
        }
        let next = chars.get(i + 1).copied();
        let prev = if i > 0 {
            chars.get(i - 1).copied()
        } else {
            None
        };
        let next_is_alpha = next.is_some_and(|n| n.is_alphabetic());
        let prev_is_alnum = prev.is_some_and(|p| p.is_alphanumeric());
        let word_char = c.is_alphanumeric()
            // Leet symbols count as letters when a letter follows them inside a word (`p@ss`,
            // `$ystem`, `!gnore`).
            || (fold && matches!(c, '@' | '$' | '!' | '|') && next_is_alpha && (prev_is_alnum || cur.is_empty()));
        if word_char {
            if cur.is_empty() {
                boundary = next_boundary;
                clause = next_clause || next_boundary;
                next_boundary = false;
                next_clause = false;
            }
            cur.push(c);
        } else if (c == '\'' || c == '’') && prev_is_alnum && next_is_alpha {
            // "don't" -> "dont"
        } else {
            flush(&mut cur, &mut words, boundary, clause);
            // A dot inside a token ("example.org", "3.14", "e.g") does not end a sentence.
            let inner_dot = c == '.' && prev_is_alnum && next.is_some_and(|n| n.is_alphanumeric());
            // Markdown emphasis or code marks glued to a word (`**Ignore**`, `` `all` ``) format
            // the word; they end a clause at most, not the sentence.
            let mark = |k: usize| matches!(chars.get(k), Some('*' | '`' | '~'));
            let alnum = |k: usize| chars.get(k).is_some_and(|x| x.is_alphanumeric());
            let emphasis = mark(i)
                && (prev_is_alnum
                    || alnum(i + 1)
                    || (mark(i + 1) && alnum(i + 2))
                    || (i > 1 && mark(i - 1) && alnum(i - 2)));
            if emphasis {
                next_clause = true;
            } else if is_boundary_punct(c) && !inner_dot && !inline.contains(&i) {
                next_boundary = true;
            }
            if c == '?' {
                // Mark the sentence that this question mark closes (back to its first word).
                for w in words.iter_mut().rev() {
                    w.question = true;
                    if w.boundary {
                        break;
                    }
                }
            }
            if matches!(c, ',' | '-') {
                next_clause = true;
            }
        }
        if words.len() >= MAX_WORDS {
            break;
        }
    }
    flush(&mut cur, &mut words, boundary, clause);
    words
}

/// Length of an inline formatting tag at the start of `c` (`<b>`, `</i>`, `<strong>`, `<code>`,
/// `<span>`, `<em>`), if any; told apart from block tags by their first two letters.
fn inline_tag(c: &[char]) -> Option<usize> {
    let s = usize::from(c.get(1) == Some(&'/')) + 1;
    let end = c.iter().take(9).position(|&x| x == '>')?;
    let second = if end > s + 1 {
        c.get(s + 1)
    } else {
        Some(&' ')
    };
    matches!(
        (c.get(s)?, second?),
        ('b' | 'i' | 'u' | 's', ' ') | ('e', 'm') | ('s', 't' | 'p') | ('c', 'o') | ('m', 'a')
    )
    .then_some(end + 1)
}

/// Upper bound on words kept per text (bounded work; the scanned text is already capped).
const MAX_WORDS: usize = 16_384;

fn fold_leet(w: &str) -> (String, bool) {
    let has_alpha = w.chars().any(|c| c.is_alphabetic());
    let has_leet = w.chars().any(|c| leet(c).is_some());
    if !(has_alpha && has_leet) {
        return (w.to_string(), false);
    }
    // Words that look like identifiers (hex, long mixed ids) keep their digits.
    let digits = w.chars().filter(|c| c.is_ascii_digit()).count();
    // A trailing number (`mp3`, `covid19`, `h264`) is a name, not leetspeak.
    let trailing_only = w
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .chars()
        .all(|c| leet(c).is_none());
    // (up to 60 % digits: `1n57ruc710n5` is leetspeak; `20231105ab` keeps its digits)
    if w.len() > 14 || digits * 5 > w.len() * 3 || trailing_only {
        return (w.to_string(), false);
    }
    (w.chars().map(|c| leet(c).unwrap_or(c)).collect(), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        normalize(s).words.into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn folds_fullwidth_math_and_circled() {
        assert_eq!(words("ｉｇｎｏｒｅ"), ["ignore"]);
        assert_eq!(words("𝐢𝐠𝐧𝐨𝐫𝐞 𝕡𝕣𝕖𝕧𝕚𝕠𝕦𝕤"), ["ignore", "previous"]);
        assert_eq!(words("ⓘⓖⓝⓞⓡⓔ"), ["ignore"]);
        assert_eq!(words("🅸🅶🅽🅾🆁🅴"), ["ignore"]);
        assert!(normalize("ｉｇｎｏｒｅ").compat_folded >= 6);
    }

    #[test]
    fn folds_homoglyphs_and_counts_mixed_script() {
        let n = normalize("іgnоrе аll");
        assert_eq!(n.words[0].text, "ignore");
        assert_eq!(n.mixed_script_words, 2);
        assert_eq!(words("ІGNОRЕ ТОDАЅ"), ["ignore", "todas"]);
        assert_eq!(words("ɨɢռօʀɛ"), ["ignore"]);
    }

    #[test]
    fn strips_accents_case_and_invisibles() {
        assert_eq!(words("INSTRUÇÕES Anteriores"), ["instrucoes", "anteriores"]);
        let n = normalize("ig\u{200B}no\u{200D}re");
        assert_eq!(n.words[0].text, "ignore");
        assert_eq!(n.invisible_in_word, 2);
        let n = normalize("ignore\u{202E}all");
        assert_eq!(n.bidi, 1);
        assert_eq!(n.words.len(), 2);
        assert_eq!(
            words("Ignore\u{205F}todas\u{2029}as"),
            ["ignore", "todas", "as"]
        );
    }

    #[test]
    fn leetspeak_and_spacing() {
        assert_eq!(words("1gn0r3 pr3v10us"), ["ignore", "previous"]);
        assert_eq!(words("p@ssw0rd"), ["password"]);
        assert_eq!(words("I-G-N-O-R-E T-O-D-A-S"), ["ignore", "todas"]);
        assert_eq!(words("i g n o r e"), ["ignore"]);
        assert_eq!(words("i g n o r e   t o d a s"), ["ignore", "todas"]);
        assert_eq!(words("version 2024 mp3"), ["version", "2024", "mp3"]);
        // (up to 60 % digits is still leetspeak; a date-like id keeps its digits)
        assert_eq!(
            words("1n57ruc710n5 20231105ab"),
            ["instructions", "20231105ab"]
        );
        // (a tag space between visible words parts them)
        assert_eq!(words("reveal\u{E0020}system"), ["reveal", "system"]);
    }

    #[test]
    fn tag_characters_are_decoded_but_flags_are_not() {
        let hidden: String = "ignore"
            .chars()
            .map(|c| char::from_u32(0xE0000 + c as u32).unwrap_or(' '))
            .collect();
        let n = normalize(&format!("hello{hidden}"));
        assert_eq!(n.hidden, "ignore");
        assert_eq!(n.words.len(), 1);
        let n = normalize("\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} go");
        assert!(n.hidden.is_empty());
    }

    #[test]
    fn cyrillic_words_are_transliterated_homoglyphs_folded() {
        assert_eq!(
            words("Игнорируй предыдущие инструкции"),
            ["ignoriruj", "predydushie", "instrukcii"]
        );
        // Look-alike letters inside a Latin word still fold by shape.
        assert_eq!(words("іgnоrе"), ["ignore"]);
    }

    #[test]
    fn boundaries() {
        let n = normalize("Hello there. Ignore that");
        let b: Vec<bool> = n.words.iter().map(|w| w.boundary).collect();
        assert_eq!(b, [true, false, true, false]);
    }
}
