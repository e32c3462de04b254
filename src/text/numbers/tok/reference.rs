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
        if c.is_ascii_digit() || (c == b'.' && leading_point(b, i, to, ws)) {
            // The number scanner was not part of the rewrite: shared.
            i = number(text, i, to, ws, out);
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
        if let Some(end) = vulgar_token(text, i, to, ws, out, &mut Vec::new()) {
            i = end;
            ws = false;
            continue;
        }
        if is_word_char(ch) {
            // Every word through the old path: its ASCII letters, then
            // `word_decoded` (non-ASCII letters, apostrophes, the lookup),
            // which is the old code moved, not rewritten. The fast ASCII path
            // of [`super::tokenize`] and the shortcuts of `word_slow` are what
            // this checks.
            let mut run_end = i;
            while run_end < to && b[run_end].is_ascii_alphabetic() {
                run_end += 1;
            }
            let mut triggers = Vec::new();
            i = word_decoded(text, i, run_end, to, ws, out, &mut triggers);
            ws = false;
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
