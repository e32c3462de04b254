//! Invariants of the whole pipeline (analysis, then diff) on real news text
//! under generated edits: what must change nothing changes nothing, and
//! what changes is named for what it is.
//!
//! - an article diffed with itself, re-wrapped, with its paragraph breaks
//!   moved, with a self-contained paragraph moved, or with its quotation
//!   marks and apostrophes switched: only `unchanged`;
//! - any edit read backwards swaps `added` and `removed`, and each changed
//!   claim changed in the same ways;
//! - a figure edited: its claims are `changed` with `quantity`;
//! - a speaker's name replaced: the claim is `changed` with `speaker`;
//! - a figure written another way ("5" / "five", "$500-million" /
//!   "$500 million", "40%" / "40 percent"): `changed` with `wording` only.

use claimtrack::analysis::{Analysis, Options, analyze};
use claimtrack::diff::{Change, ChangeKind, What, diff_claims};
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
    let (o, n) = (claims(old), claims(new));
    let changes = diff_claims(&o, &n);
    for c in &changes {
        prop_assert_eq!(
            c.change,
            ChangeKind::Unchanged,
            "{:?}\nold: {:?} ({:?})\nnew: {:?} ({:?})",
            c,
            c.old.map(|i| &o[i].text),
            c.old.map(|i| &o[i].speaker),
            c.new.map(|i| &n[i].text),
            c.new.map(|i| &n[i].speaker)
        );
    }
    Ok(())
}

fn analysis(text: &str) -> Analysis {
    analyze(text, "a", Options::default())
}

/// Whether a heading lies inside `span`.
fn is_heading(a: &Analysis, span: claimtrack::text::Span) -> bool {
    a.sentences
        .iter()
        .any(|s| s.sentence.heading && span.overlaps(s.sentence.span))
}

/// Whether the quotation marks of `s` are all closed.
fn balanced(s: &str) -> bool {
    s.matches('“').count() == s.matches('”').count() && s.matches('"').count().is_multiple_of(2)
}

/// Where a paragraph could be cut in two without cutting a quotation: the
/// starts of the second and later sentences of a paragraph, with every
/// quotation before them in the paragraph closed. Not before a sentence
/// that opens with a pronoun or a quotation mark: see
/// `a_paragraph_break_before_a_pronoun_cue_keeps_the_speaker`.
fn paragraph_cuts(text: &str, a: &Analysis) -> Vec<usize> {
    a.sentences
        .windows(2)
        .filter(|w| w[0].sentence.paragraph == w[1].sentence.paragraph && !w[1].sentence.heading)
        .filter(|w| !has_quote(a, a.paragraphs[w[1].sentence.paragraph].span))
        .map(|w| {
            (
                a.paragraphs[w[1].sentence.paragraph].span.start,
                w[1].sentence.span.start,
            )
        })
        .filter(|&(para, at)| balanced(&text[para..at]))
        .filter(|&(_, at)| !leans_back(&text[at..]))
        .map(|(_, at)| at)
        .collect()
}

/// A paragraph break moved before a sentence that needs the one before it
/// keeps its speaker:
/// - Copyright-adv: "He concludes: “...”" (a present-tense cue) resolves to
///   Philip Pullman whether or not it opens a paragraph;
/// - Everest-adv: the cue-less quote "“Everywhere you go, ...”" continues
///   the speaker before it, inside its paragraph or opening the next one
///   (PRODUCT.md: a quote paragraph with no cue continues the previous
///   speaker).
#[test]
fn a_paragraph_break_before_a_pronoun_cue_keeps_the_speaker() {
    for (article, at) in [(3, "He concludes:"), (6, "“Everywhere you go")] {
        let a = &articles()[article];
        let at = a.find(at).expect("the sentence is in the article");
        let cut = format!("{}\n{}", a[..at].trim_end(), &a[at..]);
        if let Err(e) = all_unchanged(a, &cut) {
            panic!("{e}");
        }
    }
}

/// Known misses (the speaker finder): a quote a colon brings in after a
/// clause whose subject is a new speaker, and a cue-less quote paragraph
/// joined to the one before it. The diff then, rightly, reports a speaker
/// change.
#[test]
fn a_paragraph_break_before_a_colon_quote_keeps_the_speaker() {
    // Fitness-adv: "One of the class, ... Winnie Robertson, thinks the
    // secret ... is never letting yourself go: “Use it or lose it, that's
    // what I say.”" is given to Margaret Allen, the speaker of the quote
    // before it in the paragraph, and changes speaker once the paragraph is
    // cut before it.
    let a = &articles()[11];
    let at = a
        .find("One of the class")
        .expect("the sentence is in the article");
    let cut = format!("{}\n{}", a[..at].trim_end(), &a[at..]);
    if let Err(e) = all_unchanged(a, &cut) {
        panic!("{e}");
    }
    // False_memory-adv: the cue-less quote paragraph "“Memory researchers
    // have always recognized ...”" changes speaker once joined to the
    // paragraph before it.
    let a = &articles()[9];
    let at = a
        .find("\n“Memory researchers")
        .expect("the paragraph is in the article");
    let joined = format!("{} {}", &a[..at], &a[at + 1..]);
    if let Err(e) = all_unchanged(a, &joined) {
        panic!("{e}");
    }
}

/// Move the `k`-th self-contained paragraph of article `i` to the `d`-th
/// place between paragraphs of the same sort (see
/// `moving_a_self_contained_paragraph_changes_nothing`).
fn move_a_paragraph(i: usize, k: usize, d: usize) -> Result<(), TestCaseError> {
    let a = &articles()[i];
    let lines: Vec<&str> = a.lines().collect();
    let free = |l: usize| lines.get(l).is_none_or(|p| self_contained(p));
    // Not the first line (a title), and what follows it at its old place
    // must not have depended on it.
    let movable: Vec<usize> = (1..lines.len())
        .filter(|&l| self_contained(lines[l]) && !lines[l].trim().is_empty() && free(l + 1))
        .collect();
    if movable.is_empty() {
        return Ok(());
    }
    let from = movable[k % movable.len()];
    let mut rest: Vec<&str> = lines.clone();
    let moved = rest.remove(from);
    // Before a self-contained paragraph, or at the end; never first.
    let places: Vec<usize> = (1..=rest.len())
        .filter(|&at| at != from && rest.get(at).is_none_or(|p| self_contained(p)))
        .collect();
    if places.is_empty() {
        return Ok(());
    }
    rest.insert(places[d % places.len()], moved);
    all_unchanged(a, &(rest.join("\n") + "\n"))
}

/// A case proptest once found: a `she says` quote paragraph moved.
#[test]
fn moving_a_she_says_paragraph_changes_nothing() {
    if let Err(e) = move_a_paragraph(4, 134, 351) {
        panic!("{e}");
    }
}

/// Words that make a paragraph depend on, or give context to, its
/// neighbours (who "he" is, whose quote continues).
const CONTEXT_WORDS: &[&str] = &[
    "he",
    "she",
    "they",
    "him",
    "her",
    "his",
    "hers",
    "their",
    "them",
    "said",
    "says",
    "told",
    "added",
    "according",
];

/// Whether a quotation lies inside `span`: who said it may depend on the
/// paragraphs around it, so the properties leave its paragraph alone (see
/// `a_paragraph_break_before_a_pronoun_cue_keeps_the_speaker`).
fn has_quote(a: &Analysis, span: claimtrack::text::Span) -> bool {
    a.quotes.iter().any(|q| span.overlaps(q.span))
}

/// Whether a sentence opening `s` leans on the one before it for its
/// speaker: it opens with a quotation mark or a context word ("He
/// concludes: ...").
fn leans_back(s: &str) -> bool {
    let first = s.split(|c: char| !c.is_alphanumeric()).next();
    s.starts_with(['“', '"'])
        || first.is_some_and(|w| CONTEXT_WORDS.contains(&w.to_lowercase().as_str()))
}

/// A paragraph that means the same wherever it stands: no quotation marks,
/// no pronouns, no speech verbs.
fn self_contained(p: &str) -> bool {
    !p.contains(['“', '”', '"'])
        && p.split(|c: char| !c.is_alphanumeric())
            .all(|w| !CONTEXT_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The change whose old claim is `old`.
fn change_of(changes: &[Change], old: usize) -> &Change {
    changes
        .iter()
        .find(|c| c.old == Some(old))
        .expect("every old claim is listed")
}

/// The index of the first line from `l` on (wrapping around) that `pred`
/// accepts.
fn first_from(lines: &[String], l: usize, pred: impl Fn(&str) -> bool) -> Option<usize> {
    (0..lines.len())
        .map(|k| (l + k) % lines.len())
        .find(|&k| pred(&lines[k]))
}

/// `text` with `span` replaced by `with`.
fn replaced(text: &str, span: claimtrack::text::Span, with: &str) -> String {
    format!("{}{with}{}", &text[..span.start], &text[span.end..])
}

const NUMBER_WORDS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// The same figure written another way, if this one has a form we know how
/// to rewrite: a lone number from 1 to 12 as a word, "$5-million" as
/// "$5 million", "40%" as "40 percent".
fn rewritten(figure: &str) -> Option<String> {
    if let Some(at) = figure.find("-million").or(figure.find("-billion"))
        && figure.starts_with(['$', '£', '€'])
    {
        return Some(format!("{} {}", &figure[..at], &figure[at + 1..]));
    }
    if let Some(number) = figure.strip_suffix('%')
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return Some(format!("{number} percent"));
    }
    // A lone 1 to 12: a whole token of digits, not part of a decimal, a
    // thousands group, a score or a time.
    let bytes = figure.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if !bytes[start].is_ascii_digit() {
            start += 1;
            continue;
        }
        let end = (start..bytes.len())
            .find(|&i| !bytes[i].is_ascii_digit())
            .unwrap_or(bytes.len());
        let before_ok = start == 0 || bytes[start - 1] == b' ';
        let after_ok = end == bytes.len() || matches!(bytes[end], b' ' | b'-');
        if before_ok
            && after_ok
            && let Ok(n) = figure[start..end].parse::<usize>()
            && (1..=12).contains(&n)
        {
            return Some(format!(
                "{}{}{}",
                &figure[..start],
                NUMBER_WORDS[n - 1],
                &figure[end..]
            ));
        }
        start = end;
    }
    None
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

    /// An article that mixes straight and typographic marks (Cigarettes-adv
    /// goes on with a quote after a full stop with a new opening mark;
    /// Fitness-adv has a space before a closing mark) pairs its quotes the
    /// same way once every mark is swapped: a straight mark is read by its
    /// shape, as a typographic one is.
    #[test]
    fn switching_quote_styles_changes_nothing(i in 0usize..13) {
        let a = &articles()[i];
        all_unchanged(a, &swap_quotes(a))?;
    }

    /// A paragraph cut in two between sentences, or two paragraphs joined:
    /// the claims are the same.
    #[test]
    fn changing_paragraph_breaks_changes_nothing(i in 0usize..13, k in 0usize..1000, join in any::<bool>()) {
        let a = &articles()[i];
        let new = if join {
            let lines: Vec<&str> = a.lines().collect();
            let found = analysis(a);
            let title = found.title;
            // Byte span of each line.
            let mut at = 0;
            let spans: Vec<claimtrack::text::Span> = lines
                .iter()
                .map(|l| {
                    let span = claimtrack::text::Span::new(at, at + l.len());
                    at += l.len() + 1;
                    span
                })
                .collect();
            let joinable: Vec<usize> = (1..lines.len().saturating_sub(1))
                .filter(|&l| Some(l) != title && Some(l + 1) != title)
                .filter(|&l| !has_quote(&found, spans[l]) && !has_quote(&found, spans[l + 1]))
                // A heading (`- Mocked U.S. efforts -`) joined into a
                // paragraph is text of that paragraph: not this property.
                .filter(|&l| !is_heading(&found, spans[l]) && !is_heading(&found, spans[l + 1]))
                .filter(|&l| balanced(lines[l]) && lines[l].trim_end().ends_with(['.', '"', '”']))
                .filter(|&l| !lines[l + 1].trim().is_empty() && !leans_back(lines[l + 1].trim_start()))
                .collect();
            if joinable.is_empty() {
                return Ok(());
            }
            let l = joinable[k % joinable.len()];
            let mut out: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            let next = out.remove(l + 1);
            out[l] = format!("{} {}", out[l].trim_end(), next.trim_start());
            out.join("\n") + "\n"
        } else {
            let cuts = paragraph_cuts(a, &analysis(a));
            if cuts.is_empty() {
                return Ok(());
            }
            let at = cuts[k % cuts.len()];
            format!("{}\n{}", a[..at].trim_end(), &a[at..])
        };
        all_unchanged(a, &new)?;
    }

    /// A paragraph that needs no context and gives none moved elsewhere,
    /// between paragraphs of the same sort: the claims are the same.
    #[test]
    fn moving_a_self_contained_paragraph_changes_nothing(i in 0usize..13, k in 0usize..1000, d in 0usize..1000) {
        move_a_paragraph(i, k, d)?;
    }

    /// A digit of a figure changed: every claim holding the figure is
    /// `changed`, with `quantity`.
    #[test]
    fn a_figure_edit_is_a_quantity_change(i in 0usize..13, k in 0usize..1000) {
        let a = &articles()[i];
        let found = analysis(a);
        let figures: Vec<usize> = (0..found.quantities.len())
            .filter(|&q| found.quantities[q].span.slice(a).contains(|c: char| c.is_ascii_digit()))
            .filter(|&q| found.claims.iter().any(|c| c.quantities.contains(&q)))
            .collect();
        if figures.is_empty() {
            return Ok(());
        }
        let q = figures[k % figures.len()];
        let span = found.quantities[q].span;
        let surface = span.slice(a);
        // The last digit of the figure, one up (9 one down: no carry).
        let at = surface.rfind(|c: char| c.is_ascii_digit()).unwrap_or(0);
        let digit = surface.as_bytes()[at];
        let edited_digit = if digit == b'9' { '8' } else { (digit + 1) as char };
        let edited = format!("{}{edited_digit}{}", &surface[..at], &surface[at + 1..]);
        let b = replaced(a, span, &edited);
        let (old, new) = (claims(a), claims(&b));
        let changes = diff_claims(&old, &new);
        for (ci, claim) in found.claims.iter().enumerate() {
            if claim.quantities.contains(&q) {
                let c = change_of(&changes, ci);
                prop_assert!(
                    c.change == ChangeKind::Changed && c.what.contains(&What::Quantity),
                    "{surface:?} -> {edited:?} in {:?}: {:?} {:?}", old[ci].text, c.change, c.what
                );
            }
        }
    }

    /// The name of a claim's speaker, as written in the claim, replaced by
    /// another: the claim is `changed`, with `speaker`.
    #[test]
    fn a_speaker_correction_is_a_speaker_change(i in 0usize..13, k in 0usize..1000) {
        let a = &articles()[i];
        let old = claims(a);
        let named: Vec<usize> = (0..old.len())
            .filter(|&c| {
                old[c].speaker.as_deref().is_some_and(|s| {
                    s.contains(' ')
                        && s.starts_with(|c: char| c.is_uppercase())
                        && old[c].text.contains(s)
                })
            })
            .collect();
        if named.is_empty() {
            return Ok(());
        }
        let c = named[k % named.len()];
        let speaker = old[c].speaker.clone().unwrap_or_default();
        let at = old[c].span.start + old[c].text.find(&speaker).unwrap_or(0);
        let span = claimtrack::text::Span::new(at, at + speaker.len());
        let b = replaced(a, span, "Maria Gonzalez");
        let changes = diff_claims(&old, &claims(&b));
        let change = change_of(&changes, c);
        prop_assert!(
            change.change == ChangeKind::Changed && change.what.contains(&What::Speaker),
            "{speaker} -> Maria Gonzalez in {:?}: {:?} {:?}", old[c].text, change.change, change.what
        );
    }

    /// A figure written another way: every claim holding it is `changed`,
    /// with `wording` only.
    #[test]
    fn the_same_figure_written_another_way_is_wording_only(i in 0usize..13, k in 0usize..1000) {
        let a = &articles()[i];
        let found = analysis(a);
        let figures: Vec<(usize, String)> = (0..found.quantities.len())
            .filter(|&q| found.claims.iter().any(|c| c.quantities.contains(&q)))
            .filter_map(|q| rewritten(found.quantities[q].span.slice(a)).map(|r| (q, r)))
            .collect();
        if figures.is_empty() {
            return Ok(());
        }
        let (q, ref other) = figures[k % figures.len()];
        let b = replaced(a, found.quantities[q].span, other);
        let (old, new) = (claims(a), claims(&b));
        let changes = diff_claims(&old, &new);
        for (ci, claim) in found.claims.iter().enumerate() {
            if claim.quantities.contains(&q) {
                let c = change_of(&changes, ci);
                prop_assert!(
                    c.change == ChangeKind::Changed && c.what == [What::Wording],
                    "{:?} -> {other:?} in {:?}: {:?} {:?}",
                    found.quantities[q].span.slice(a), old[ci].text, c.change, c.what
                );
            }
        }
    }

    /// Any edit read backwards swaps `added` and `removed` (a split becomes
    /// a merge, a dropped paragraph comes back), and every claim changed
    /// one way is changed the same ways the other.
    #[test]
    fn swapping_sides_swaps_added_and_removed(i in 0usize..13, edit in 0usize..4, at in 0usize..1000) {
        let a = &articles()[i];
        let mut lines: Vec<String> = a.lines().map(str::to_string).collect();
        let l = at % lines.len();
        match edit {
            // Drop a paragraph.
            0 => {
                lines.remove(l);
            }
            // Split the first sentence with ", but" or ", and" in two.
            1 => {
                if let Some(k) = first_from(&lines, l, |p: &str| p.contains(", but ") || p.contains(", and ")) {
                    let p = &mut lines[k];
                    *p = p.replacen(", but ", ". But ", 1).replacen(", and ", ". And ", 1);
                }
            }
            // Merge two sentences of a paragraph with a semicolon.
            2 => {
                if let Some(k) = first_from(&lines, l, |p: &str| p.contains(". The ")) {
                    let p = &mut lines[k];
                    *p = p.replacen(". The ", "; the ", 1);
                }
            }
            // Change the digits of a number.
            _ => {
                if let Some(k) = first_from(&lines, l, |p: &str| p.contains(|c: char| c.is_ascii_digit())) {
                    let p = &mut lines[k];
                    let d = p.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
                    let digit = if &p[d..d + 1] == "9" { "8" } else { "9" };
                    p.replace_range(d..d + 1, digit);
                }
            }
        }
        let b = lines.join("\n") + "\n";
        let (old, new) = (claims(a), claims(&b));
        let count = |changes: &[Change], kind| changes.iter().filter(|c| c.change == kind).count();
        let forward = diff_claims(&old, &new);
        let backward = diff_claims(&new, &old);
        prop_assert_eq!(count(&forward, ChangeKind::Added), count(&backward, ChangeKind::Removed));
        prop_assert_eq!(count(&forward, ChangeKind::Removed), count(&backward, ChangeKind::Added));
        prop_assert_eq!(count(&forward, ChangeKind::Changed), count(&backward, ChangeKind::Changed));
        for f in forward.iter().filter(|c| c.change == ChangeKind::Changed) {
            let b = backward.iter().find(|b| b.old == f.new && b.new == f.old);
            prop_assert!(b.is_some_and(|b| b.what == f.what), "{:?} / {:?}", f, b);
        }
    }
}
