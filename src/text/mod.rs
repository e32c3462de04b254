//! Pure text analysis: no I/O, total on any input.
//!
//! Every function here takes a `&str` and returns findings as byte spans into
//! that same string (end exclusive, always on char boundaries). Nothing panics
//! on any input; an empty or odd input simply yields fewer findings.
//!
//! The pieces, in the order the pipeline calls them:
//! - [`segment`]: paragraphs, headings and sentences;
//! - [`numbers`]: figures (counts, money, percentages, durations, dates ...);
//! - [`quotes`]: direct quotations and their cues;
//! - [`speakers`]: named people and institutions, and who said what.

pub mod numbers;
pub mod quotes;
pub mod segment;
pub mod speakers;

use serde::Serialize;

/// A byte range `start..end` into a text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers; empty if the span does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Fold a text to the form claims are compared and identified by: typographic
/// quotes, apostrophes, dashes and ellipses made plain, invisible characters
/// (soft hyphens, zero-width spaces) dropped, every run of white space one
/// space, no space at either end.
///
/// `"“Yes,”\n  he said – twice"` -> `"\"Yes,\" he said - twice"`.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of ASCII characters that are not white space is copied
        // whole: in most text that is nearly every byte.
        // Single spaces between such characters stay in the run.
        let mut run = i;
        while run < bytes.len() {
            if let Some(chunk) = bytes[run..].first_chunk::<8>()
                && plain_chunk(u64::from_le_bytes(*chunk), run > i)
            {
                run += 8;
                continue;
            }
            let b = bytes[run];
            if b.is_ascii() && !is_ascii_space(b) {
                run += 1;
            } else if b == b' '
                && run > i
                && bytes
                    .get(run + 1)
                    .is_some_and(|&n| n.is_ascii() && !is_ascii_space(n))
            {
                run += 2;
            } else {
                break;
            }
        }
        if run > i {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(&s[i..run]);
            i = run;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        let folded: Option<&str> = match c {
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {
                continue;
            }
            '“' | '”' | '„' | '‟' | '″' => Some("\""),
            '‘' | '’' | '‚' | '‛' | '′' => Some("'"),
            '‒' | '–' | '—' | '―' | '−' => Some("-"),
            '…' => Some("..."),
            _ => None,
        };
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        match folded {
            Some(f) => out.push_str(f),
            None => out.push(c),
        }
    }
    out
}

/// Whether eight bytes (read little-endian, so the first byte is the lowest)
/// can be copied by [`normalize`] as they are: ASCII, no control characters,
/// and every space single and between two other characters: not the last
/// byte, and not the first unless a character of the run comes before it
/// (`after_text`). One test per eight bytes instead of one per byte.
#[inline]
const fn plain_chunk(w: u64, after_text: bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    // For bytes below 0x80, `b + (0x80 - n)` sets the byte's high bit
    // exactly when `b >= n`, and never carries into the next byte.
    let below_space = !w.wrapping_add((0x80 - 0x20) * ONES) & HIGH;
    let up_to_space = !w.wrapping_add((0x80 - 0x21) * ONES) & HIGH;
    let spaces = up_to_space & !below_space;
    w & HIGH == 0
        && below_space == 0
        && spaces & (spaces << 8) == 0
        && spaces >> 56 == 0
        && (after_text || spaces & 0x80 == 0)
}

/// The ASCII characters `char::is_whitespace` holds for.
const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_typography_and_space() {
        assert_eq!(
            normalize("  “Yes,”\n  he said – it’s  done "),
            "\"Yes,\" he said - it's done"
        );
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \n\t "), "");
        assert_eq!(normalize("a\u{0B}b\u{85}c\u{A0}d"), "a b c d");
        assert_eq!(normalize("e\u{301} x\u{200B}y"), "e\u{301} xy");
    }

    /// The same fold as [`normalize`], one char at a time, as the fast
    /// paths must give.
    fn slow(s: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in s.chars() {
            if c.is_whitespace() {
                space = true;
                continue;
            }
            let f = match c {
                '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {
                    continue;
                }
                '“' | '”' | '„' | '‟' | '″' => "\"".to_string(),
                '‘' | '’' | '‚' | '‛' | '′' => "'".to_string(),
                '‒' | '–' | '—' | '―' | '−' => "-".to_string(),
                '…' => "...".to_string(),
                c => c.to_string(),
            };
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(&f);
        }
        out
    }

    #[test]
    fn normalize_matches_a_char_by_char_fold() {
        for s in [
            "plain ascii text, with  two spaces\n\nand a paragraph",
            "\u{A0}lead and trail\u{3000}",
            "“Quoted,” he said — it’s … \u{AD}soft",
            "\t\r\n\u{0B}\u{0C}x",
            "日本語 のテキスト 123",
        ] {
            assert_eq!(normalize(s), slow(s), "{s:?}");
        }
    }

    proptest::proptest! {
        /// Any mix of plain words, runs of spaces, control and typographic
        /// characters folds as the char-by-char reference does, wherever
        /// the eight-byte chunks happen to fall.
        #[test]
        fn normalize_equals_the_reference(s in "([a-z.,]{0,9}( |  |\t|\n|\u{A0}|’|—|\u{AD}|…|é|\u{1}|\u{7f})?){0,40}") {
            proptest::prop_assert_eq!(normalize(&s), slow(&s));
        }
    }
}
