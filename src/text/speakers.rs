//! Who is speaking: named people and bodies, and sourced statements.
//!
//! `"Washington has demanded that Assad step down."` -> attribution, source
//! `Washington`, cue `demanded`.
//!
//! Conventions:
//! - people are given without titles or roles and resolved to the fullest
//!   form the text uses (`Putin` -> `Vladimir Putin`);
//! - bodies and groups keep the words the text uses, article included
//!   (`The Pentagon has confirmed` -> `The Pentagon`, `Western powers say`
//!   -> `Western powers`, `Washington and its allies counter` -> `Washington
//!   and its allies`);
//! - a pronoun that cannot be resolved is given as written (`he`) as an
//!   attribution's source; a quote gets no speaker from it (see
//!   [`super::quotes`]);
//! - an attribution's `cue` includes the addressee of `told` (`told AFP`) and
//!   both words of `according to`.
//!
//! Pronouns (he/she/they) resolve to the nearest fitting mention, subjects
//! (a name opening a clause, or a speaker) before objects, a known gender
//! (Mr./Mrs./Ms., a first name, an earlier he/she) before an unknown one.
//!
//! A cue that introduces a direct quote is not reported as an attribution:
//! the quote covers it (see [`super::quotes`]). A cue that introduces a
//! partial quote is (the sentence says more than the quoted words).

pub(crate) mod lexicon;
pub(crate) mod names;

pub use names::{Gender, NameIndex, NameMention, find_names};
pub(crate) use names::{Np, NpKind, appositive_name, np_after, subject_before};

use super::Span;
use super::segment::{Paragraph, Sentence};

/// Reported speech or a sourced assertion in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// The sentence's index in the slice given to [`find_attributions`].
    pub sentence: usize,
    /// The source, resolved to the fullest name the text uses.
    pub source: String,
    pub source_span: Span,
    /// The reporting verb or phrase (`confirmed`, `told AFP`, `according to`).
    pub cue: Span,
}

/// Find the attributed statements among `sentences`.
///
/// Paragraph boundaries are derived from the sentences' paragraph indices,
/// so this needs nothing but the sentences. Quotes are found internally (a
/// cue inside a quote, or one introducing a direct quote, is not an
/// attribution); call [`super::quotes::analyze`] to get both at once.
pub fn find_attributions(text: &str, sentences: &[Sentence]) -> Vec<Attribution> {
    let paragraphs = paragraphs_from_sentences(sentences);
    super::quotes::analyze(text, &paragraphs, sentences).attributions
}

/// Rebuild paragraph spans from sentences (index = the sentences' paragraph).
pub(crate) fn paragraphs_from_sentences(sentences: &[Sentence]) -> Vec<Paragraph> {
    let n = sentences
        .iter()
        .map(|s| s.paragraph.saturating_add(1))
        .max()
        .unwrap_or(0)
        // A wild index must not make us allocate the world.
        .min(sentences.len().saturating_mul(4).saturating_add(16));
    let mut out = vec![
        Paragraph {
            span: Span::new(0, 0),
            heading: false,
        };
        n
    ];
    let mut seen = vec![false; n];
    for s in sentences {
        let Some(p) = out.get_mut(s.paragraph) else {
            continue;
        };
        if !seen[s.paragraph] {
            seen[s.paragraph] = true;
            p.span = s.span;
            p.heading = s.heading;
        } else {
            p.span.start = p.span.start.min(s.span.start);
            p.span.end = p.span.end.max(s.span.end);
            p.heading |= s.heading;
        }
    }
    out
}

/// Call `f` on every article the repository ships (the bench corpus and
/// the seed fixtures), for the tests that hold a fast path to its
/// reference on real text.
#[cfg(test)]
pub(crate) fn each_real_text(mut f: impl FnMut(&str)) {
    for dir in ["benches/corpus", "tests/fixtures/seed"] {
        let Ok(rd) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in rd.flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                f(&t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::Sentence;

    fn one(text: &str) -> Vec<Attribution> {
        let s = [Sentence {
            span: Span::new(0, text.len()),
            paragraph: 0,
            heading: false,
        }];
        find_attributions(text, &s)
    }

    fn src(text: &str) -> Option<String> {
        one(text).into_iter().next().map(|a| a.source)
    }

    #[test]
    fn simple_subjects() {
        assert_eq!(
            src("Washington has demanded that Syrian strongman Bashar Assad step down.").as_deref(),
            Some("Washington")
        );
        assert_eq!(
            src("The Pentagon has confirmed that one group surrendered.").as_deref(),
            Some("The Pentagon")
        );
        assert_eq!(
            src("Western powers say Assad's military is responsible.").as_deref(),
            Some("Western powers")
        );
        assert_eq!(
            src("Washington and its allies counter that Assad triggered the war.").as_deref(),
            Some("Washington and its allies")
        );
    }

    #[test]
    fn appositions_and_relatives() {
        assert_eq!(
            src("Saad al-Hadithi, a spokesman for Iraqi Prime Minister Haider al-Abadi's office, told AFP that officers would work together.").as_deref(),
            Some("Saad al-Hadithi")
        );
        assert_eq!(
            src("The leader of the fourth arm of the coalition, President Hassan Rouhani of Iran, said Tehran would be open.").as_deref(),
            Some("Hassan Rouhani")
        );
        assert_eq!(
            src("All eyes will be on Obama's face-off with Vladimir Putin, who suggested that support was illegal.").as_deref(),
            Some("Vladimir Putin")
        );
        assert_eq!(
            src("The facts are shifting, with Iraq confirming that it is to share intelligence.")
                .as_deref(),
            Some("Iraq")
        );
        let a = one("Saad al-Hadithi, a spokesman, told AFP that it would.");
        assert_eq!(
            a[0].cue
                .slice("Saad al-Hadithi, a spokesman, told AFP that it would."),
            "told AFP"
        );
    }

    #[test]
    fn not_attributions() {
        assert!(one("The leaves are said to have medicinal qualities.").is_empty());
        assert!(one("He wants to say nothing.").is_empty());
        assert!(one("").is_empty());
    }

    #[test]
    fn total_on_odd_input() {
        for t in [
            "\"",
            "'",
            "said",
            "“",
            "a, said",
            ", who said",
            "told",
            "according to",
            "é said ‘x’",
        ] {
            let _ = one(t);
        }
    }
}
