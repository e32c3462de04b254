//! The tokenizer as it was before the fast path: every byte decoded as a
//! `char`, the reference the fast [`super::tokenize`] is tested against.

use super::*;

/// Tokenize `text[from..to]` (one paragraph) into `out` (cleared first).
pub(crate) fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = from;
    let mut ws = true;
    while i < to {
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' || c == b'\n' {
            ws = true;
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            let mut int_digits: u32 = 0;
            let mut first_group: u32 = 0;
            let mut grouped = false;
            let mut decimal = false;
            let mut multi_dot = false;
            while i < to && b[i].is_ascii_digit() {
                i += 1;
                int_digits += 1;
            }
            first_group = first_group.max(int_digits);
            // Thousands groups: ",ddd" or a (thin / no-break) space + "ddd".
            loop {
                if i + 3 < to + 1
                    && b.get(i) == Some(&b',')
                    && i + 4 <= to
                    && three_digits(b, i + 1)
                {
                    i += 4;
                    int_digits += 3;
                    grouped = true;
                    continue;
                }
                let sl = group_space_len(b, i);
                if sl > 0
                    && first_group <= 3
                    && i + sl + 3 <= to
                    && three_digits(b, i + sl)
                    && !matches!(b.get(i + sl + 3), Some(b',') if digit_at(b, i + sl + 4))
                    && !matches!(b.get(i + sl + 3), Some(b'.') if digit_at(b, i + sl + 4))
                {
                    i += sl + 3;
                    int_digits += 3;
                    grouped = true;
                    continue;
                }
                break;
            }
            if i + 1 < to && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                decimal = true;
                i += 1;
                while i < to && b[i].is_ascii_digit() {
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
            out.push(Tok {
                start,
                end: i,
                ws,
                k: K::Num {
                    val: parse_digits(s, 0),
                    int_digits: int_digits.min(255) as u8,
                    grouped,
                    decimal,
                    lead_zero,
                    multi_dot,
                },
            });
            ws = false;
            continue;
        }
        let ch = if c < 0x80 {
            c as char
        } else {
            match text[i..to].chars().next() {
                Some(ch) => ch,
                None => break,
            }
        };
        let clen = ch.len_utf8();
        if c >= 0x80 && is_space_char(ch) {
            ws = true;
            i += clen;
            continue;
        }
        if is_word_char(ch) {
            let start = i;
            let mut j = i;
            // Fast path: a run of ASCII letters.
            while j < to && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            let run_end = j;
            let mut poss_at = None;
            let mut simple = true;
            if j < to && (b[j] >= 0x80 || b[j] == b'\'') {
                // Slow path: non-ASCII letters, internal apostrophes.
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
            let (lex, has_lower) = match key_end {
                Some(e) if e - start <= lex::MAX_WORD && b[start].is_ascii() => {
                    let (lo, hi, lower) = pack(b, start, e - start);
                    let lower = if simple {
                        lower
                    } else {
                        text[start..j].chars().any(char::is_lowercase)
                    };
                    (lex::lookup_key((lo, hi)), lower)
                }
                _ => (0, text[start..j].chars().any(char::is_lowercase)),
            };
            out.push(Tok {
                start,
                end: j,
                ws,
                k: K::Word {
                    lex,
                    cap: ch.is_uppercase(),
                    upper: !has_lower,
                    poss: poss_at.is_some(),
                },
            });
            ws = false;
            i = j;
            continue;
        }
        out.push(Tok {
            start: i,
            end: i + clen,
            ws,
            k: K::P(classify_punct(ch)),
        });
        ws = false;
        i += clen;
    }
}
