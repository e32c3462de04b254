//! Paragraphs, headings and sentences.
//!
//! `"Mr. Smith paid $3.5m. He left."` -> two sentences.

use super::Span;

/// A paragraph: one or more non-blank lines. Hard-wrapped lines are part of
/// one paragraph; the span runs from its first to its last non-space byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// A heading or title line: never part of a sentence, never a claim.
    pub heading: bool,
}

/// A sentence. Sentences of one paragraph tile it (apart from the white
/// space between them); a heading paragraph is one heading sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into the paragraphs it was found in.
    pub paragraph: usize,
    pub heading: bool,
}

/// Split `text` into paragraphs.
pub fn find_paragraphs(text: &str) -> Vec<Paragraph> {
    let _ = text;
    Vec::new()
}

/// Split each paragraph into sentences.
pub fn find_sentences(text: &str, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let _ = (text, paragraphs);
    Vec::new()
}

/// The index of the paragraph that is the article's title, if any.
pub fn find_title(text: &str, paragraphs: &[Paragraph]) -> Option<usize> {
    let _ = (text, paragraphs);
    None
}
