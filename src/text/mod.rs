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
    for c in s.chars() {
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
    }
}
