//! A byte-level tokenizer for one line of text: words, numbers, punctuation.
//!
//! Whitespace is not a token; each token records whether whitespace came
//! before it (`ws`), which is how the grammar tells `4-5` from `4 - 5` and
//! `1.2m` from `1.2 m`. Offsets are absolute byte offsets into the text.

use super::lex::{self, LexId};

/// Punctuation classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pu {
    /// `-`, U+2010, U+2011
    Hyphen,
    /// en dash, em dash
    Dash,
    /// U+2212
    Minus,
    Comma,
    Period,
    Percent,
    /// A currency symbol, as its index in [`lex::CURRENCY_SYMBOLS`]
    /// ([`Pu::cur_code`] gives its ISO code).
    Cur(u8),
    /// A quotation mark: 0 ambiguous (`"` `'`), 1 opening, 2 closing.
    Quote(u8),
    Colon,
    Slash,
    Plus,
    LParen,
    RParen,
    Degree,
    Hash,
    /// `!`, `?`, `;`
    Term,
    Other,
}

impl Pu {
    /// The ISO code of a currency sign, `None` for other punctuation.
    pub(crate) fn cur_code(self) -> Option<&'static str> {
        match self {
            Pu::Cur(n) => lex::CURRENCY_SYMBOLS.get(usize::from(n)).map(|c| c.1),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum K {
    Word {
        /// Index of the word in the lexicon (0: not a word the grammar knows).
        /// Its case is not stored: the parser reads it from the text, for
        /// the few words near a trigger.
        lex: LexId,
        /// Ends in `'s` / `’s` (the class is that of the word without it).
        poss: bool,
    },
    Num {
        val: f64,
        /// Digits before the decimal point (separators excluded).
        int_digits: u8,
        grouped: bool,
        decimal: bool,
        /// Starts with `0` and has more digits, no decimal point (`020`).
        lead_zero: bool,
        /// More than one decimal point (`3.0.1`).
        multi_dot: bool,
        /// Thousands grouped with points, as in much of Europe
        /// (`1.000.000`, `45.000 €`, `1.234,56 €`): see [`dot_groups`].
        dot_grouped: bool,
    },
    P(Pu),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// Whitespace (or the line start) precedes this token.
    pub ws: bool,
    pub k: K,
}

#[inline]
fn is_space_char(c: char) -> bool {
    c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'
}

/// Whitespace that may separate digit groups: space, no-break, thin spaces.
#[inline]
fn group_space_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b' ') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        Some(0xE2)
            if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x89) | Some(0xAF)) =>
        {
            3
        }
        _ => 0,
    }
}

#[inline]
fn digit_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

/// Whether the point at `b[i]` opens a decimal with no leading zero: after
/// a space (`ws`), before a digit, and not after a digit or another point
/// (an ellipsis). "a blood-alcohol level of .08 percent", "batted .300".
#[inline]
fn leading_point(b: &[u8], i: usize, to: usize, ws: bool) -> bool {
    ws && i + 1 < to
        && digit_at(b, i + 1)
        && !matches!(i.checked_sub(1).map(|k| b[k]), Some(b'.' | b'0'..=b'9'))
}

/// Exactly three digits at `i`, not followed by a further digit.
#[inline]
fn three_digits(b: &[u8], i: usize) -> bool {
    digit_at(b, i) && digit_at(b, i + 1) && digit_at(b, i + 2) && !digit_at(b, i + 3)
}

fn classify_punct(c: char) -> Pu {
    match c {
        '-' | '\u{2010}' | '\u{2011}' => Pu::Hyphen,
        '\u{2013}' | '\u{2014}' | '\u{2015}' => Pu::Dash,
        '\u{2212}' => Pu::Minus,
        ',' => Pu::Comma,
        '.' => Pu::Period,
        '%' => Pu::Percent,
        '"' | '\'' => Pu::Quote(0),
        '\u{201C}' | '\u{2018}' | '\u{00AB}' | '\u{201E}' | '\u{2039}' => Pu::Quote(1),
        '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}' => Pu::Quote(2),
        ':' => Pu::Colon,
        '/' => Pu::Slash,
        '+' => Pu::Plus,
        '(' | '[' => Pu::LParen,
        ')' | ']' => Pu::RParen,
        '°' => Pu::Degree,
        '#' => Pu::Hash,
        '!' | '?' | ';' => Pu::Term,
        _ => match lex::currency_symbol(c) {
            Some(code) => Pu::Cur(code),
            None => Pu::Other,
        },
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    // General punctuation (dashes, curly quotes, thin spaces) is common in
    // news text and never alphabetic: skip the slow Unicode table for it.
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphabetic()
}

/// Exact powers of ten: every one up to 1e22 is a double.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Parse the digits of `s` (separators skipped) as an f64, with an optional
/// extra power of ten. Correctly rounded: `1.2` scaled by 9 is exactly 1.2e9.
///
/// Figures in news are short, so the digits are read as an integer and
/// scaled by one multiplication or division by an exact power of ten: with
/// at most 15 digits and a power of at most 22 both operands are exact
/// doubles, so the one rounding of that operation gives the correctly
/// rounded value, the same as the decimal parser (which [`parse_digits_slow`]
/// still runs for the rare longer forms) but without formatting a string
/// for it.
pub(crate) fn parse_digits(s: &str, exp: i32) -> f64 {
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    let mut frac_digits = 0i32;
    let mut dot = false;
    let b = s.as_bytes();
    for (n, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            mantissa = mantissa * 10 + u64::from(c - b'0');
            digits += 1;
            frac_digits += i32::from(dot);
            if digits > 15 {
                return parse_digits_slow(s, exp);
            }
        } else if c == b'.' || (c == b',' && decimal_comma_at(b, n)) {
            dot = true;
        }
    }
    let m = mantissa as f64;
    match exp - frac_digits {
        p @ 0..=22 => m * POW10[p as usize],
        p @ -22..=-1 => m / POW10[(-p) as usize],
        _ => parse_digits_slow(s, exp),
    }
}

/// The comma at `b[n]` is a decimal comma: one or two digits follow it to
/// the end. A thousands separator always has three digits after it, so the
/// tokenizer only keeps a comma with fewer inside a number when it has read
/// it as a decimal comma ("€5,50", see [`decimal_comma`]).
#[inline]
fn decimal_comma_at(b: &[u8], n: usize) -> bool {
    let rest = b.get(n + 1..).unwrap_or(&[]);
    (1..=2).contains(&rest.len()) && rest.iter().all(u8::is_ascii_digit)
}

/// [`parse_digits`] through the standard decimal parser: any length, any
/// power.
pub(super) fn parse_digits_slow(s: &str, exp: i32) -> f64 {
    let mut buf = [0u8; 48];
    let mut n = 0;
    let b = s.as_bytes();
    for (k, &c) in b.iter().enumerate() {
        let point = c == b'.' || (c == b',' && decimal_comma_at(b, k));
        if c.is_ascii_digit() || (point && !buf[..n].contains(&b'.')) {
            if n >= 40 {
                break;
            }
            buf[n] = if point { b'.' } else { c };
            n += 1;
        }
    }
    if n == 0 {
        return 0.0;
    }
    if exp != 0 {
        buf[n] = b'e';
        n += 1;
        let mut e = exp;
        if e < 0 {
            buf[n] = b'-';
            n += 1;
            e = -e;
        }
        let mut tmp = [0u8; 4];
        let mut m = 0;
        while e > 0 && m < 4 {
            tmp[m] = b'0' + (e % 10) as u8;
            e /= 10;
            m += 1;
        }
        while m > 0 {
            m -= 1;
            buf[n] = tmp[m];
            n += 1;
        }
    }
    std::str::from_utf8(&buf[..n])
        .ok()
        .and_then(|t| t.parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// Pack `len` (at most 16) ASCII letters at `b[start..]` into a lower-cased
/// little-endian key.
#[inline]
fn pack(b: &[u8], start: usize, len: usize) -> (u64, u64) {
    const LOWER: u64 = 0x2020_2020_2020_2020;
    let (lo, hi) = if start + 16 <= b.len() {
        let mut x = [0u8; 8];
        x.copy_from_slice(&b[start..start + 8]);
        let lo = u64::from_le_bytes(x);
        x.copy_from_slice(&b[start + 8..start + 16]);
        (lo, u64::from_le_bytes(x))
    } else {
        let mut k = [0u8; 16];
        let n = (b.len() - start).min(16);
        k[..n].copy_from_slice(&b[start..start + n]);
        let mut x = [0u8; 8];
        x.copy_from_slice(&k[..8]);
        let lo = u64::from_le_bytes(x);
        x.copy_from_slice(&k[8..]);
        (lo, u64::from_le_bytes(x))
    };
    let mask = |n: usize| {
        if n >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        }
    };
    let mlo = mask(len);
    let mhi = if len > 8 { mask(len - 8) } else { 0 };
    let (lo, hi) = (lo & mlo, hi & mhi);
    (lo | (LOWER & mlo), hi | (LOWER & mhi))
}

/// Byte classes of the tokenizer's dispatch, one bit each: the dispatch
/// tests them one by one, most common first, as conditional branches (a
/// `match` on a class number compiles to a jump table, whose one indirect
/// jump is mispredicted at most dispatches, the class changing from token
/// to token).
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const LETTER: u8 = 4;
const PUNCT: u8 = 8;
const HIGH: u8 = 16;

static CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut c = 0;
    while c < 128 {
        t[c] = match c as u8 {
            b' ' | b'\t' | b'\r' | b'\n' => SPACE,
            b'0'..=b'9' => DIGIT,
            b'A'..=b'Z' | b'a'..=b'z' => LETTER,
            _ => PUNCT,
        };
        c += 1;
    }
    t
};

/// [`classify_punct`] of every ASCII byte that is not a space, digit or
/// letter.
static ASCII_PU: [Pu; 128] = {
    let mut t = [Pu::Other; 128];
    let mut c = 0;
    while c < 128 {
        t[c] = match c as u8 {
            b'-' => Pu::Hyphen,
            b',' => Pu::Comma,
            b'.' => Pu::Period,
            b'%' => Pu::Percent,
            b'"' | b'\'' => Pu::Quote(0),
            b':' => Pu::Colon,
            b'/' => Pu::Slash,
            b'+' => Pu::Plus,
            b'(' | b'[' => Pu::LParen,
            b')' | b']' => Pu::RParen,
            b'#' => Pu::Hash,
            b'!' | b'?' | b';' => Pu::Term,
            b'$' => Pu::Cur(0),
            _ => Pu::Other,
        };
        c += 1;
    }
    t
};

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// The ASCII case bit in every byte.
const CASE: u64 = 0x2020_2020_2020_2020;

/// The low `n` bytes (all eight from 8 on).
#[inline]
fn byte_mask(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// The high bit of every byte of `x` that is an ASCII letter.
#[inline]
fn letter_bits(x: u64) -> u64 {
    // Fold case, drop the high bit: letters are then 0x61..=0x7A.
    let y = (x | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F;
    // Per byte, no carry or borrow crosses a byte: y + 0x1F <= 0x9E and
    // 0xFA - y >= 0x7B.
    let ge_a = y.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
    let le_z = 0xFAFA_FAFA_FAFA_FAFA_u64.wrapping_sub(y);
    ge_a & le_z & !x & HIGH_BITS
}

/// The 8 bytes at `start` as a little-endian integer, zero padded past the
/// end of `b`.
#[inline]
fn load8(b: &[u8], start: usize) -> u64 {
    match b.get(start..start + 8) {
        Some(w) => {
            let mut x = [0u8; 8];
            x.copy_from_slice(w);
            u64::from_le_bytes(x)
        }
        None => load8_tail(b, start),
    }
}

#[cold]
fn load8_tail(b: &[u8], start: usize) -> u64 {
    let mut x = [0u8; 8];
    if let Some(w) = b.get(start..) {
        let n = w.len().min(8);
        x[..n].copy_from_slice(&w[..n]);
    }
    u64::from_le_bytes(x)
}

/// A run of at least eight ASCII letters at `start` (`lo`: its first eight
/// bytes): its length, its lexicon key (meaningful up to [`lex::MAX_WORD`]
/// letters) and the byte after it (0 at the paragraph's end), which for a
/// run of up to fifteen letters is in the second eight bytes already loaded.
#[inline]
fn long_run(b: &[u8], start: usize, lo: u64) -> (usize, (u64, u64), u8) {
    let hi = load8(b, start + 8);
    let l1 = !letter_bits(hi) & HIGH_BITS;
    if l1 != 0 {
        let len = 8 + l1.trailing_zeros() as usize / 8;
        let m = byte_mask(len - 8);
        let after = (hi >> (8 * (len - 8))) as u8;
        (len, (lo | CASE, hi & m | CASE & m), after)
    } else {
        let mut j = start + 16;
        while b.get(j).is_some_and(|&c| is_letter(c)) {
            j += 1;
        }
        // Looked up only when exactly 16 letters.
        (
            j - start,
            (lo | CASE, hi | CASE),
            b.get(j).copied().unwrap_or(0),
        )
    }
}

/// A word's ASCII letters followed by `after` need [`word_slow`]: an
/// apostrophe or a non-ASCII byte (a possessive, a contraction, a letter
/// or mark to decode). Both tests without a branch between them.
#[inline(always)]
fn slow_after(after: u8) -> bool {
    (after >= 0x80) | (after == b'\'')
}

#[inline]
fn is_letter(c: u8) -> bool {
    CLASS[c as usize] == LETTER
}

/// Tokenize `text[from..to]` (one paragraph) into `out` (cleared first), and
/// list in `trig` (cleared first), in order, the index of every token the
/// parser may start a figure at: numbers, currency signs, hyphens and minus
/// signs, words of the classes of [`lex::starts_figure`], "a" or "an" before
/// a word of a class of [`lex::follows_a`], a weekday's possessive, and a
/// word glued to a following currency sign (`US$`). Any other token never
/// starts one, so the parser need not try it.
///
/// The same tokens as the plain char-by-char loop this replaced (kept as
/// `reference::tokenize` for the tests), with a byte-class dispatch for
/// ASCII and the char decoding only for other bytes.
pub(crate) fn tokenize(
    text: &str,
    from: usize,
    to: usize,
    out: &mut Vec<Tok>,
    trig: &mut Vec<u32>,
) {
    out.clear();
    trig.clear();
    // The paragraph only: a word never runs past it.
    let b = &text.as_bytes()[..to];
    let mut i = from;
    let mut ws = true;
    while let Some(&c) = b.get(i) {
        let class = CLASS[c as usize];
        if class & LETTER != 0 {
            // A run of words separated by single spaces or by ASCII
            // punctuation and a space is read in this loop, without going
            // back to the dispatch. Every word in it but the first follows
            // a space, so the loop pushes them all so and the first one's
            // mark is set when the loop ends: one value fewer for the loop
            // to carry from word to word.
            let first = out.len();
            let mut start = i;
            let next_space = loop {
                // The run of ASCII letters, eight bytes at a time, packed
                // lower-cased as the lexicon key on the way.
                let lo = load8(b, start);
                let l0 = !letter_bits(lo) & HIGH_BITS;
                if l0 & 0x80 != 0 {
                    // Not a letter after the space that ended the last
                    // word (the first word starts at a letter): back to
                    // the dispatch. Testing it here, on the bytes the next
                    // word needs anyway, costs less than loading and
                    // testing that byte before coming back.
                    i = start;
                    break Some(true);
                }
                let (len, lex, after) = if l0 != 0 {
                    // Up to seven letters: most words. The byte after
                    // them is in `lo` too (0 past the paragraph, which
                    // is neither an apostrophe nor a space). Looked up
                    // here, where the key's high half is known to be 0.
                    let len = l0.trailing_zeros() as usize / 8;
                    let m = (1u64 << (8 * len)) - 1;
                    let after = (lo >> (8 * len)) as u8;
                    // No test for a space first: whether one follows is
                    // the text's choice, a branch mispredicted about once
                    // in eight words, and the loop's end tests it anyway.
                    // An apostrophe or a non-ASCII byte is rare.
                    if slow_after(after) {
                        i = word_slow(text, start, start + len, to, true, out, trig);
                        break None;
                    }
                    (len, lex::lookup_key((lo & m | CASE & m, 0)), after)
                } else {
                    let (len, key, after) = long_run(b, start, lo);
                    if slow_after(after) {
                        i = word_slow(text, start, start + len, to, true, out, trig);
                        break None;
                    }
                    let lex = if len <= lex::MAX_WORD {
                        lex::lookup_key(key)
                    } else {
                        0
                    };
                    (len, lex, after)
                };
                let j = start + len;
                push_word(out, trig, start, j, true, lex, false);
                if after == b' ' {
                    // The space is folded; the byte after it is tested as
                    // the next word's first.
                    start = j + 1;
                    continue;
                }
                if CLASS[after as usize] != PUNCT || j >= b.len() {
                    // A digit, other whitespace, or the paragraph's end.
                    i = j;
                    break None;
                }
                // ASCII punctuation right after the word ("said," "year."
                // "cuts)"): pushed here, and with a space after it the
                // next word read on, without two trips through the
                // dispatch.
                push_punct(out, trig, j, j + 1, false, ASCII_PU[after as usize]);
                if b.get(j + 1) == Some(&b' ') {
                    start = j + 2;
                    continue;
                }
                i = j + 1;
                break Some(false);
            };
            if !ws {
                // The first word is glued to the token before it.
                out[first].ws = false;
            }
            // Where the loop has already looked at the byte after its last
            // token, that says whether whitespace comes before the next.
            if let Some(w) = next_space {
                ws = w;
                continue;
            }
        } else if class & PUNCT != 0 {
            if c == b'.' && leading_point(b, i, to, ws) {
                trig.push(out.len() as u32);
                i = number(text, i, to, ws, out);
            } else {
                push_punct(out, trig, i, i + 1, ws, ASCII_PU[c as usize]);
                i += 1;
            }
        } else if class & SPACE != 0 {
            ws = true;
            i += 1;
            continue;
        } else if class & DIGIT != 0 {
            trig.push(out.len() as u32);
            i = number(text, i, to, ws, out);
        } else {
            match non_ascii(text, i, to, ws, out, trig) {
                Some(next) => i = next,
                None => {
                    // A space: decoded, not a token.
                    ws = true;
                    i += text[i..to].chars().next().map_or(1, char::len_utf8);
                    continue;
                }
            }
        }
        // Most tokens are followed by a plain space.
        if b.get(i) == Some(&b' ') {
            ws = true;
            i += 1;
        } else {
            ws = false;
        }
    }
}

/// A token starting with a non-ASCII byte at `i`: push it and return where
/// it ends, or `None` when it is whitespace.
#[inline(never)]
fn non_ascii(
    text: &str,
    i: usize,
    to: usize,
    ws: bool,
    out: &mut Vec<Tok>,
    trig: &mut Vec<u32>,
) -> Option<usize> {
    if let Some(p) = curly_punct(&text.as_bytes()[i..to]) {
        push_punct(out, trig, i, i + 3, ws, p);
        return Some(i + 3);
    }
    let ch = text[i..to].chars().next()?;
    let clen = ch.len_utf8();
    if is_space_char(ch) {
        return None;
    }
    if let Some(end) = vulgar_token(text, i, to, ws, out, trig) {
        return Some(end);
    }
    Some(if is_word_char(ch) {
        word_slow(text, i, i, to, ws, out, trig)
    } else {
        push_punct(out, trig, i, i + clen, ws, classify_punct(ch));
        i + clen
    })
}

/// The class of the curly quote, dash or hyphen (U+2010 to U+201E, three
/// bytes `E2 80 xx`) that `b` starts with, as [`classify_punct`] gives it:
/// most of the non-ASCII characters of news text, read here without
/// decoding the character and testing it for whitespace and letters (it is
/// neither).
#[inline]
fn curly_punct(b: &[u8]) -> Option<Pu> {
    match b {
        [0xE2, 0x80, c, ..] => Some(match c {
            0x90 | 0x91 => Pu::Hyphen,
            0x93..=0x95 => Pu::Dash,
            0x98 | 0x9C | 0x9E => Pu::Quote(1),
            0x99 | 0x9D => Pu::Quote(2),
            _ => return None,
        }),
        _ => None,
    }
}

/// How the common words [`word_slow`] is called for end, read from the
/// bytes at `run_end` (after the word's ASCII letters) up to `to`: before a
/// closing curly quote or a dash, the word is the letters alone (`(run_end,
/// false)`); an apostrophe (`'` or `’`), ASCII letters and then an ASCII
/// byte that is neither a letter nor an apostrophe (or the paragraph's end)
/// is a contraction or, when the letters are one `s`, a possessive
/// (`(end, true)`). `None`: anything else, for the full decoding loop.
#[inline]
fn quick_word_end(b: &[u8], run_end: usize, to: usize) -> Option<(usize, bool)> {
    let tail = &b[run_end..to];
    let after = match tail {
        [0xE2, 0x80, 0x93..=0x95 | 0x9C | 0x9D, ..] => return Some((run_end, false)),
        [b'\'', ..] => 1,
        [0xE2, 0x80, 0x99, ..] => 3,
        _ => return None,
    };
    let letters = tail[after..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let end = after + letters;
    match tail.get(end) {
        _ if letters == 0 => None,
        Some(&c) if c >= 0x80 || c == b'\'' => None,
        _ => {
            let poss = letters == 1 && matches!(tail[after], b's' | b'S');
            Some((run_end + end, poss))
        }
    }
}

/// Push the word over `start..end` (`lex` its lexicon id, 0 if none), noting
/// it first in `trig` if it may start a figure ([`note_word`]): the one way
/// both word paths of [`tokenize`] add a word.
#[inline(always)]
fn push_word(
    out: &mut Vec<Tok>,
    trig: &mut Vec<u32>,
    start: usize,
    end: usize,
    ws: bool,
    lex: LexId,
    poss: bool,
) {
    if lex != 0 {
        note_word(out, trig, lex, poss);
    }
    out.push(Tok {
        start,
        end,
        ws,
        k: K::Word { lex, poss },
    });
}

/// List the word about to be pushed (index `out.len()`, lexicon index
/// `lex`, not 0) in `trig` if it can start a figure, and the "a" / "an"
/// right before it if that can: "a" is a number only before some words.
#[inline]
fn note_word(out: &[Tok], trig: &mut Vec<u32>, lex: LexId, poss: bool) {
    let f = lex::flags(lex);
    if f & (lex::FOLLOWS_A | lex::STARTS | lex::STARTS_POSS) == 0 {
        return;
    }
    if !poss
        && f & lex::FOLLOWS_A != 0
        && let Some(prev) = out.len().checked_sub(1)
        && let K::Word {
            lex: a,
            poss: false,
            ..
        } = out[prev].k
        && lex::flags(a) & lex::IS_A != 0
        && trig.last() != Some(&(prev as u32))
    {
        trig.push(prev as u32);
    }
    if f & if poss { lex::STARTS_POSS } else { lex::STARTS } != 0 {
        trig.push(out.len() as u32);
    }
}

#[inline]
fn push_punct(out: &mut Vec<Tok>, trig: &mut Vec<u32>, start: usize, end: usize, ws: bool, p: Pu) {
    if matches!(p, Pu::Cur(_) | Pu::Minus | Pu::Hyphen) {
        // A word glued to a currency sign ("US$") may start the figure.
        if matches!(p, Pu::Cur(_))
            && !ws
            && let Some(prev) = out.len().checked_sub(1)
            && matches!(out[prev].k, K::Word { .. })
            && trig.last() != Some(&(prev as u32))
        {
            trig.push(prev as u32);
        }
        trig.push(out.len() as u32);
    }
    out.push(Tok {
        start,
        end,
        ws,
        k: K::P(p),
    });
}

/// A number at `i` (an ASCII digit): push it, return where it ends.
#[inline(never)]
fn number(text: &str, mut i: usize, to: usize, ws: bool, out: &mut Vec<Tok>) -> usize {
    let b = text.as_bytes();
    let start = i;
    let mut int_digits: u32 = 0;
    let mut first_group: u32 = 0;
    let mut grouped = false;
    let mut decimal = false;
    let mut multi_dot = false;
    let mut dot_grouped = false;
    let mut comma_grouped = false;
    // The integer digits' value on the way: most numbers are no more
    // than these (see `plain` below).
    let mut mantissa: u64 = 0;
    while i < to && b[i].is_ascii_digit() {
        mantissa = mantissa
            .wrapping_mul(10)
            .wrapping_add(u64::from(b[i] - b'0'));
        i += 1;
        int_digits += 1;
    }
    first_group = first_group.max(int_digits);
    if first_group <= 3
        && let Some((end, groups)) = dot_groups(text, i, to, out)
    {
        i = end;
        int_digits += 3 * groups;
        grouped = true;
        dot_grouped = true;
    }
    // South Asian grouping, "Rs 1,50,000" and "12,34,567 rupees": pairs of
    // digits after a first one or two, then a last group of three.
    if (1..=2).contains(&first_group)
        && !dot_grouped
        && let Some(end) = lakh_groups(text, i, to, out)
    {
        for &c in &b[i..end] {
            if c != b',' {
                mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(c - b'0'));
                int_digits += 1;
            }
        }
        i = end;
        grouped = true;
        comma_grouped = true;
    }
    // Thousands groups: ",ddd" or a (thin / no-break) space + "ddd"; a
    // last space group may take a decimal comma ("1 234,56 €"), and after
    // another space group a decimal point (below).
    loop {
        if dot_grouped {
            break;
        }
        if i + 3 < to + 1 && b.get(i) == Some(&b',') && i + 4 <= to && three_digits(b, i + 1) {
            mantissa = group_value(mantissa, b, i + 1);
            i += 4;
            int_digits += 3;
            grouped = true;
            comma_grouped = true;
            continue;
        }
        let sl = group_space_len(b, i);
        if sl > 0
            && first_group <= 3
            && !comma_grouped
            && i + sl + 3 <= to
            && three_digits(b, i + sl)
            && !(matches!(b.get(i + sl + 3), Some(b',') if digit_at(b, i + sl + 4))
                && decimal_comma(text, i + sl + 3, to, out).is_none())
            && !matches!(b.get(i + sl + 3), Some(b'.') if digit_at(b, i + sl + 4))
        {
            mantissa = group_value(mantissa, b, i + sl);
            i += sl + 3;
            int_digits += 3;
            grouped = true;
            continue;
        }
        break;
    }
    // "1 234 567.89": after a space group, a last one may take a decimal
    // point. Two groups of exactly three digits are no list of numbers,
    // where "ages 5 100.5" or a count before a decimal may be. (Here
    // `grouped` alone means space groups: comma and point groups exclude
    // them.) Tested once, after the loop, as it is rare.
    if grouped && !comma_grouped && !dot_grouped {
        let sl = group_space_len(b, i);
        if sl > 0
            && i + sl + 3 <= to
            && three_digits(b, i + sl)
            && matches!(b.get(i + sl + 3), Some(b'.') if digit_at(b, i + sl + 4))
        {
            mantissa = group_value(mantissa, b, i + sl);
            i += sl + 3;
            int_digits += 3;
        }
    }
    let mut comma_decimal = false;
    let mut frac_digits: u32 = 0;
    if !comma_grouped && let Some(end) = decimal_comma(text, i, to, out) {
        decimal = true;
        comma_decimal = true;
        i = end;
    } else if i + 1 < to && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        decimal = true;
        i += 1;
        while i < to && b[i].is_ascii_digit() {
            mantissa = mantissa
                .wrapping_mul(10)
                .wrapping_add(u64::from(b[i] - b'0'));
            frac_digits += 1;
            i += 1;
        }
        while i + 1 < to && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            multi_dot = true;
            i += 1;
            while i < to && b[i].is_ascii_digit() {
                i += 1;
            }
        }
    }
    let s = &text[start..i];
    let lead_zero = !decimal && s.len() > 1 && s.as_bytes()[0] == b'0';
    // Up to 15 digits grouped with commas or spaces, if at all, and with
    // one decimal point, if any (most numbers): the value is that of the
    // digits read on the way, scaled as [`parse_digits`] would scale them
    // reading them again.
    let plain = !dot_grouped && !comma_decimal && !multi_dot && int_digits + frac_digits <= 15;
    let mut val = if plain {
        mantissa as f64 / POW10[frac_digits as usize]
    } else {
        parse_number(s, 0, dot_grouped)
    };
    // "2¼ miles": a vulgar fraction glued to the whole number.
    if !decimal
        && !grouped
        && b.get(i).is_some_and(|&c| c >= 0x80)
        && let Some((frac, len)) = vulgar_fraction(&text[i..to])
    {
        val += frac;
        decimal = true;
        i += len;
    }
    out.push(Tok {
        start,
        end: i,
        ws,
        k: K::Num {
            val,
            int_digits: int_digits.min(255) as u8,
            grouped,
            decimal,
            lead_zero,
            multi_dot,
            dot_grouped,
        },
    });
    i
}

/// Where South Asian digit groups starting at the comma at `i` end: one or
/// more groups of two digits (",50", ",34"), then one of three, and no
/// digit or further group after it; `None` for any other run. One pair
/// needs a currency next to the number, as a list may read the same
/// ("codes 5,50,100").
fn lakh_groups(text: &str, i: usize, to: usize, out: &[Tok]) -> Option<usize> {
    let b = text.as_bytes();
    let digit = |k: usize| k < to && digit_at(b, k);
    let mut j = i;
    let mut pairs = 0;
    loop {
        if !(j < to && b[j] == b',' && digit(j + 1) && digit(j + 2)) {
            return None;
        }
        if !digit(j + 3) {
            pairs += 1;
            j += 3;
            continue;
        }
        let end = j + 4;
        let more = digit(end) || (end < to && b[end] == b',' && digit(end + 1));
        let sure = pairs >= 2 || (pairs == 1 && currency_next_to(text, end, to, out));
        return (sure && !more).then_some(end);
    }
}

/// `mantissa` followed by the three digits at `b[k..]` (a thousands
/// group), wrapping: only a number of up to 15 digits uses it.
#[inline]
fn group_value(mantissa: u64, b: &[u8], k: usize) -> u64 {
    b.get(k..k + 3).map_or(0, |d| {
        d.iter().fold(mantissa, |m, &c| {
            m.wrapping_mul(10)
                .wrapping_add(u64::from(c.wrapping_sub(b'0')))
        })
    })
}

/// Thousands grouped with points at `i`, right after a number's first one
/// to three digits: where the number ends (a decimal comma included) and
/// how many groups there are, or `None`.
///
/// A point is a thousands separator, as in much of Europe, when what
/// follows can only be read so:
/// - two or more groups of exactly three digits ("1.000.000", "2.500.000
///   people"), as a decimal point is never repeated;
/// - a group followed by a decimal comma ("1.234,56 €", read as
///   [`decimal_comma`] reads one: next to a currency or percent sign);
/// - a single group of three digits next to a currency (a sign or code
///   before, a sign or currency word after: "45.000 euros", "€45.000")
///   ending in 0. Money is written with two decimals or none, so three
///   after a point are a group; but prices per unit quoted to a tenth of a
///   cent ("€1.799 a litre" of fuel) end in other digits more often than
///   not, and a round sum in thousands ends in 0.
///
/// Anything else ("4.500 people", "1.5", "3.0.1") keeps the point as a
/// decimal point, as in English.
fn dot_groups(text: &str, i: usize, to: usize, out: &[Tok]) -> Option<(usize, u32)> {
    let b = text.as_bytes();
    let dot3 = |k: usize| k + 4 <= to && b.get(k) == Some(&b'.') && three_digits(b, k + 1);
    if !dot3(i) {
        return None;
    }
    let mut j = i;
    let mut groups = 0;
    while dot3(j) {
        j += 4;
        groups += 1;
    }
    let more = |c: u8| j + 1 < to && b.get(j) == Some(&c) && digit_at(b, j + 1);
    if more(b'.') {
        return None;
    }
    if more(b',') {
        // "1.234,56 €"; but not "1.000,000" or a list.
        return decimal_comma(text, j, to, out).map(|end| (end, groups));
    }
    if groups >= 2 {
        // Four parts of at most 255 are an address ("192.168.100.200"),
        // unless the last is a round thousand ("1.000.000.000").
        let part = |k: usize| {
            b.get(k..k + 3)
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| d.parse::<u32>().ok())
                .unwrap_or(0)
        };
        let first = text
            .get(i - first_len(b, i)..i)
            .and_then(|d| d.parse::<u32>().ok())
            .unwrap_or(0);
        let address = groups == 3
            && first <= 255
            && (0..3).all(|g| part(i + 1 + 4 * g) <= 255)
            && part(j - 3) != 0;
        return (!address).then_some((j, groups));
    }
    let round = b.get(j - 1) == Some(&b'0');
    (round && currency_next_to(text, j, to, out)).then_some((j, groups))
}

/// The number of digits right before `i` (at most three are asked for).
fn first_len(b: &[u8], i: usize) -> usize {
    (1..=i.min(3))
        .take_while(|&d| b.get(i - d).is_some_and(u8::is_ascii_digit))
        .count()
}

/// A currency right before the number now being read (a sign, or a code
/// such as "EUR") or right after it ends at `end`: a sign ("45.000 €"), a
/// currency word or an upper-case code ("45.000 euros", "45.000 EUR").
fn currency_next_to(text: &str, end: usize, to: usize, out: &[Tok]) -> bool {
    match out.last() {
        Some(Tok {
            k: K::P(Pu::Cur(_)),
            ..
        }) => return true,
        Some(
            t @ Tok {
                k: K::Word { lex, .. },
                ..
            },
        ) if matches!(lex::get(*lex), lex::Lex::CurCode(_))
            && text.get(t.start..t.end).is_some_and(lex::code_case_ok) =>
        {
            return true;
        }
        _ => {}
    }
    let b = text.as_bytes();
    let k = end + group_space_len(b, end);
    let Some(after) = text.get(k.min(to)..to) else {
        return false;
    };
    if after
        .chars()
        .next()
        .and_then(lex::currency_symbol)
        .is_some()
    {
        return true;
    }
    let w = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    match lex::lookup_word(w) {
        lex::Lex::CurWord(_) => true,
        lex::Lex::CurCode(_) => lex::code_case_ok(w),
        _ => false,
    }
}

/// The value of a number token's text `s` scaled by `exp`: [`parse_digits`],
/// but with the points of a [`dot_groups`] number skipped. (Past 48 bytes
/// the digits are dropped, as [`parse_digits_slow`] keeps 40 anyway.)
pub(crate) fn parse_number(s: &str, exp: i32, dot_grouped: bool) -> f64 {
    if !dot_grouped {
        return parse_digits(s, exp);
    }
    let mut buf = [0u8; 48];
    let mut n = 0;
    for &c in s.as_bytes() {
        if c != b'.' && n < buf.len() {
            buf[n] = c;
            n += 1;
        }
    }
    std::str::from_utf8(&buf[..n]).map_or(0.0, |t| parse_digits(t, exp))
}

/// A decimal comma at `i`, right after the integer digits of a number
/// that had no thousands separator: where the number ends, or `None`.
///
/// A comma followed by exactly one or two digits (and no further digit)
/// cannot separate thousands, so it is a decimal comma, as in most of
/// Europe: "€5,50", "5,99 €", "£3,5m", "5,5 %". Outside money and
/// percentages such a comma is more often a list ("5,50,100") or Indian
/// grouping ("5,50,000"), so it is read as decimal only when a currency
/// sign comes right before the number, or a currency sign, a euro or a
/// percent sign right after it; and never when another comma or point and
/// a digit follow ("5,50,000", "5,50.5").
fn decimal_comma(text: &str, i: usize, to: usize, out: &[Tok]) -> Option<usize> {
    let b = text.as_bytes();
    let dig = |k: usize| k < to && b[k].is_ascii_digit();
    if !(i < to && b[i] == b',' && dig(i + 1)) {
        return None;
    }
    let end = if dig(i + 2) { i + 3 } else { i + 2 };
    if dig(end) || (end + 1 < to && matches!(b[end], b',' | b'.') && dig(end + 1)) {
        return None;
    }
    if matches!(
        out.last(),
        Some(Tok {
            k: K::P(Pu::Cur(_)),
            ..
        })
    ) {
        return Some(end);
    }
    let k = end + group_space_len(b, end);
    let after = text.get(k.min(to)..to)?;
    let euro = after
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("euro"))
        && {
            let rest = after[4..].trim_start_matches(['s', 'S']);
            !rest.starts_with(|c: char| c.is_alphanumeric())
        };
    let sign = after.starts_with('%')
        || after
            .chars()
            .next()
            .and_then(lex::currency_symbol)
            .is_some()
        || euro
        || code_first(after);
    sign.then_some(end)
}

/// Whether `s` starts with an ISO currency code in capitals and then no
/// letter or digit: the "EUR" of "59,90 EUR", "283,50 PLN".
fn code_first(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && !b.get(3).is_some_and(u8::is_ascii_alphanumeric)
        && matches!(lex::lookup_word(&s[..3]), lex::Lex::CurCode(_))
}

/// A vulgar fraction standing alone at `i` ("½ the price", "¾ of
/// voters"): push it as a number and return where it ends.
pub(super) fn vulgar_token(
    text: &str,
    i: usize,
    to: usize,
    ws: bool,
    out: &mut Vec<Tok>,
    trig: &mut Vec<u32>,
) -> Option<usize> {
    let (val, len) = vulgar_fraction(&text[i..to])?;
    if text[i + len..to].starts_with(is_word_char) {
        return None;
    }
    trig.push(out.len() as u32);
    out.push(Tok {
        start: i,
        end: i + len,
        ws,
        k: K::Num {
            val,
            int_digits: 0,
            grouped: false,
            decimal: true,
            lead_zero: false,
            multi_dot: false,
            dot_grouped: false,
        },
    });
    Some(i + len)
}

/// The value and length of the vulgar fraction `s` starts with (`½`, `⅓`,
/// `¾`, ... `⅞`), if it does.
fn vulgar_fraction(s: &str) -> Option<(f64, usize)> {
    let c = s.chars().next()?;
    let (n, d) = match c {
        '\u{BD}' => (1, 2),
        '\u{BC}' => (1, 4),
        '\u{BE}' => (3, 4),
        '\u{2150}' => (1, 7),
        '\u{2151}' => (1, 9),
        '\u{2152}' => (1, 10),
        '\u{2153}' => (1, 3),
        '\u{2154}' => (2, 3),
        '\u{2155}' => (1, 5),
        '\u{2156}' => (2, 5),
        '\u{2157}' => (3, 5),
        '\u{2158}' => (4, 5),
        '\u{2159}' => (1, 6),
        '\u{215A}' => (5, 6),
        '\u{215B}' => (1, 8),
        '\u{215C}' => (3, 8),
        '\u{215D}' => (5, 8),
        '\u{215E}' => (7, 8),
        _ => return None,
    };
    Some((f64::from(n) / f64::from(d), c.len_utf8()))
}

/// A word at `start` whose ASCII letters end at `run_end`, where a
/// non-ASCII byte or an apostrophe follows (or the word starts with a
/// non-ASCII letter, `run_end == start`): push it, return where it ends.
#[cold]
fn word_slow(
    text: &str,
    start: usize,
    run_end: usize,
    to: usize,
    ws: bool,
    out: &mut Vec<Tok>,
    trig: &mut Vec<u32>,
) -> usize {
    let b = text.as_bytes();
    if run_end > start
        && let Some((end, poss)) = quick_word_end(b, run_end, to)
    {
        // As in [`word_decoded`]: the ASCII letters are looked up when they are the
        // whole word or the word's possessive is all that follows them.
        let lex = if (poss || end == run_end) && run_end - start <= lex::MAX_WORD {
            lex::lookup_key(pack(b, start, run_end - start))
        } else {
            0
        };
        push_word(out, trig, start, end, ws, lex, poss);
        return end;
    }
    word_decoded(text, start, run_end, to, ws, out, trig)
}

/// [`word_slow`] for any word: its characters decoded one by one. The
/// reference tokenizer calls it directly, so the tests check
/// [`quick_word_end`] against it.
fn word_decoded(
    text: &str,
    start: usize,
    run_end: usize,
    to: usize,
    ws: bool,
    out: &mut Vec<Tok>,
    trig: &mut Vec<u32>,
) -> usize {
    let b = text.as_bytes();
    let mut j = run_end;
    let mut poss_at = None;
    let mut simple = true;
    if j < to && (b[j] >= 0x80 || b[j] == b'\'') {
        while j < to {
            let Some(chj) = text[j..to].chars().next() else {
                break;
            };
            let lj = chj.len_utf8();
            if chj == '\'' || chj == '\u{2019}' {
                // "Assad's", "o'clock", "don't"
                let mut it = text[j + lj..to].chars();
                let s1 = it.next();
                if !s1.is_some_and(is_word_char) {
                    break;
                }
                if matches!(s1, Some('s') | Some('S'))
                    && !it.next().is_some_and(is_word_char)
                    && poss_at.is_none()
                {
                    poss_at = Some(j);
                }
                simple = false;
                j += lj;
                continue;
            }
            if is_word_char(chj) {
                simple = false;
                j += lj;
                continue;
            }
            break;
        }
    }
    // Only the leading ASCII run is looked up, and only when it is the
    // whole word or the word is that run plus a possessive "'s".
    let key_end = if simple {
        Some(run_end)
    } else if poss_at == Some(run_end) {
        poss_at
    } else {
        None
    };
    let lex = match key_end {
        Some(e) if e - start <= lex::MAX_WORD && b[start].is_ascii() => {
            lex::lookup_key(pack(b, start, e - start))
        }
        _ => 0,
    };
    let poss = poss_at.is_some();
    push_word(out, trig, start, j, ws, lex, poss);
    j
}

#[cfg(test)]
pub(crate) mod reference;

#[cfg(test)]
mod tests {
    use super::{K, Tok, number, parse_number};

    /// The value `number` reads on the way is the one `parse_number`
    /// reads from the token's text.
    #[test]
    fn number_values_match_parse_number() {
        let mut texts: Vec<String> = [
            "0",
            "7",
            "42",
            "2024",
            "007",
            "123456789012345",
            "1234567890123456",
            "99999999999999999999",
            "3.5",
            "0.25",
            "12.345",
            "1.5.2",
            "240,000",
            "1,234,567",
            "1,234.56",
            "1,23",
            "5,50 €",
            "€5,50",
            "1 234",
            "1 234,56 €",
            "1\u{a0}234",
            "12\u{2009}345.5",
            "1.000.000",
            "45.000 euros",
            "1.234,56 €",
            "999,999,999,999,999",
            "999,999,999,999,999.5",
            "2¼ miles",
            "3.14159265358979",
            "0.000000000000001",
            "10.",
            "10.x",
            "1,2345",
            "12 345 678",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for n in 1..=18 {
            texts.push("9".repeat(n));
            texts.push(format!("{}.{}", "1".repeat(n), "5".repeat(18 - n)));
        }
        for text in &texts {
            let mut out: Vec<Tok> = Vec::new();
            let end = number(text, 0, text.len(), true, &mut out);
            let Some(Tok {
                k: K::Num {
                    val, dot_grouped, ..
                },
                ..
            }) = out.last().copied()
            else {
                panic!("no number in {text:?}");
            };
            let s = &text[..end];
            if s.contains(['¼']) {
                continue;
            }
            let want = parse_number(s, 0, dot_grouped);
            assert_eq!(val.to_bits(), want.to_bits(), "{text:?}");
        }
    }
}
