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

/// The months' names in lower case, in order.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekdays' names in lower case, Monday first (ISO order).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

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

    /// The span less the white space at either end of what it covers in
    /// `text` (as it is if it covers nothing else or does not fit `text`).
    pub fn trim(self, text: &str) -> Span {
        let Some(s) = text.get(self.start..self.end) else {
            return self;
        };
        let body = s.trim_start();
        let start = self.start + (s.len() - body.len());
        if start >= self.end {
            return self;
        }
        Span::new(start, start + body.trim_end().len())
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
    normalize_into(s, &mut out);
    out
}

/// [`normalize`] into `out` (cleared first), so that a caller folding many
/// texts in turn (a claim id each) reuses one buffer instead of allocating
/// a string per text.
pub fn normalize_into(s: &str, out: &mut String) {
    out.clear();
    out.reserve(s.len());
    let mut pending_space = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A run of ASCII characters and single spaces between them is
        // copied whole: in most text that is nearly every byte. A space
        // never starts a run (the one before it may have been dropped or
        // folded), so a run's spaces all stay as they are.
        if bytes[i] != b' ' {
            let run = plain_run(bytes, i);
            if run > i {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push_str(&s[i..run]);
                i = run;
                continue;
            }
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let folded: &str = match c {
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {
                continue;
            }
            '“' | '”' | '„' | '‟' | '″' => "\"",
            '‘' | '’' | '‚' | '‛' | '′' => "'",
            '‒' | '–' | '—' | '―' | '−' => "-",
            '…' => "...",
            c if c.is_whitespace() => {
                pending_space = true;
                continue;
            }
            _ => &s[i - c.len_utf8()..i],
        };
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push_str(folded);
    }
}

/// The end of the run of bytes from `from` that [`normalize`] copies as they
/// are: ASCII characters other than white space and controls, and single
/// spaces with such a character after them (the caller sees to it that the
/// run does not start with a space). Eight bytes are read at a time and
/// seven of them passed over, the eighth being the one after the seventh:
/// a space's follower is always in the same word, with no case at the edge.
#[inline]
fn plain_run(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    let mut at = from;
    loop {
        let rest = &bytes[at..];
        let w = match rest.first_chunk::<8>() {
            Some(chunk) => u64::from_le_bytes(*chunk),
            None => {
                // The last bytes, followed by zeros: a control character,
                // which ends the run (and is no space's follower).
                let mut tail = [0u8; 8];
                tail[..rest.len()].copy_from_slice(rest);
                u64::from_le_bytes(tail)
            }
        };
        // For bytes below 0x80, `b + (0x80 - n)` sets the byte's high bit
        // exactly when `b >= n`, and never carries into the next byte. A
        // byte from 0x80 carries, but is itself flagged, and only the
        // lowest flagged byte counts: every flag below it is exact.
        let unplain = (w | !w.wrapping_add((0x80 - 0x20) * ONES)) & HIGH;
        let unplain_or_space = (w | !w.wrapping_add((0x80 - 0x21) * ONES)) & HIGH;
        // Not copied: a non-ASCII or control byte, or a space whose
        // follower is one of those or another space. The eighth byte's
        // follower is not in the word: it is flagged only if it is not
        // copied whatever follows.
        let stop = unplain | (unplain_or_space & (unplain_or_space >> 8));
        if stop != 0 {
            return at + (stop.trailing_zeros() / 8) as usize;
        }
        at += 7;
    }
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

        /// Dense mixes of spaces, controls and non-ASCII characters, any of
        /// which can fall on any byte of an eight-byte read, or at either
        /// end; and one buffer reused for two texts holds only the second.
        #[test]
        fn normalize_into_equals_the_reference(
            s in "[ ab.\t\n\r\u{0}\u{1}\u{1f}\u{7f}\u{85}\u{A0}\u{2009}’“—…\u{AD}\u{2060}é]{0,64}",
            before in "[ a’]{0,20}",
        ) {
            let mut out = normalize(&before);
            normalize_into(&s, &mut out);
            proptest::prop_assert_eq!(out, slow(&s));
        }
    }
}
