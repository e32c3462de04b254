//! Claim-set diff across revisions: pair claims one to one, say what changed.
//!
//! Two claim lists in, a list of changes out, in the new text's order with
//! removed claims at their old position.
//!
//! The pairing itself lives in [`crate::matching`] (thresholds documented
//! there). This module classifies each pair:
//!
//! - `quantity`: the multisets of normalized figures — (kind, value, low,
//!   high, unit, qualifier, date) — differ; the surface text is ignored;
//! - `speaker`: the normalized, case-folded speakers differ;
//! - `quote`: the normalized quoted words differ (once the surface text of
//!   the claim's figures is cut out of them: a figure in a quote is judged
//!   as a figure);
//! - `wording`: the normalized texts still differ once the surface text of
//!   every figure that changed (with a preposition right before it, as in
//!   "on Sunday"), the changed speaker names and the changed quoted words are
//!   cut out of both. A figure written another way ("4 or 5" → "four or
//!   five") is therefore `wording` only.
//!
//! A pair whose normalized text, figures, speaker and quote are all equal is
//! `unchanged`, whatever its position or typography.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use std::borrow::Cow;

use crate::matching::{
    figure_key, find_parts, normalize, normalize_speaker, pair_claims, text_order,
};
use crate::store::model::{ClaimKind, QuantityRecord};
use crate::text::Span;

/// One side's view of a claim, whether it comes from a stored revision or a
/// freshly analysed file.
#[derive(Debug, Clone, PartialEq)]
pub struct DiffClaim {
    pub id: Option<String>,
    pub kind: ClaimKind,
    pub text: String,
    pub span: Span,
    pub speaker: Option<String>,
    /// For quote claims: the quoted words.
    pub quote: Option<String>,
    pub quantities: Vec<QuantityRecord>,
}

/// What happened to a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// The substance that changed in a `changed` claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum What {
    Quantity,
    Speaker,
    Quote,
    Wording,
}

impl What {
    /// The name used in JSON and on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            What::Quantity => "quantity",
            What::Speaker => "speaker",
            What::Quote => "quote",
            What::Wording => "wording",
        }
    }
}

impl std::str::FromStr for What {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [What::Quantity, What::Speaker, What::Quote, What::Wording]
            .into_iter()
            .find(|w| w.as_str() == s)
            .ok_or_else(|| format!("`{s}` is not one of quantity, speaker, quote, wording"))
    }
}

/// One entry of a diff. `old` and `new` index the two input slices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub change: ChangeKind,
    pub what: Vec<What>,
    pub old: Option<usize>,
    pub new: Option<usize>,
    /// For a paired claim that took in other old sentences (a merge): those
    /// old claims, each also listed as `removed`. Empty otherwise.
    pub merged_from: Vec<usize>,
    /// For a paired claim that was split: the other new parts, each also
    /// listed as `added`. Empty otherwise.
    pub split_into: Vec<usize>,
}

/// Counts of each kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    pub unchanged: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
}

/// One piece of a word-level inline diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WordTag {
    Equal,
    Delete,
    Insert,
}

/// Pair `old` with `new` one to one and classify every claim.
///
/// Entries follow the new text's order (span start); each removed claim
/// comes right after the entry holding the nearest paired old claim before
/// it in the old text (removed claims before any paired one come first).
///
/// A sentence split in two is one `changed` claim (paired with the part it
/// shares most with) plus the other part `added`; a merge is one `changed`
/// claim plus the other sentence `removed` (see
/// [`crate::matching::find_parts`]). The changed claim is then judged
/// against all the parts together: a figure, a speaker or quoted words that
/// only moved to the other part changed nothing of substance.
pub fn diff_claims(old: &[DiffClaim], new: &[DiffClaim]) -> Vec<Change> {
    let pairs = pair_claims(old, new);
    let parts = find_parts(old, new, &pairs);
    let mut new_to_old: Vec<Option<usize>> = vec![None; new.len()];
    let mut old_paired = vec![false; old.len()];
    for &(o, n) in &pairs {
        new_to_old[n] = Some(o);
        old_paired[o] = true;
    }

    let (old_order, _) = text_order(old);
    let (new_order, _) = text_order(new);
    let mut leading: Vec<usize> = Vec::new();
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); old.len()];
    let mut anchor: Option<usize> = None;
    for &o in &old_order {
        if old_paired[o] {
            anchor = Some(o);
        } else {
            match anchor {
                Some(a) => after[a].push(o),
                None => leading.push(o),
            }
        }
    }

    let removed = |o: usize| Change {
        change: ChangeKind::Removed,
        what: Vec::new(),
        old: Some(o),
        new: None,
        merged_from: Vec::new(),
        split_into: Vec::new(),
    };
    let mut out: Vec<Change> = Vec::with_capacity(old.len() + new.len());
    out.extend(leading.iter().map(|&o| removed(o)));
    for &n in &new_order {
        match new_to_old[n] {
            None => out.push(Change {
                change: ChangeKind::Added,
                what: Vec::new(),
                old: None,
                new: Some(n),
                merged_from: Vec::new(),
                split_into: Vec::new(),
            }),
            Some(o) => {
                let (merged_from, split_into) =
                    (parts.merged_from[o].clone(), parts.split_into[n].clone());
                let (old_whole, new_whole) = wholes(old, new, o, n, &merged_from, &split_into);
                let what = what_changed(&old_whole, &new_whole);
                let change = if what.is_empty() {
                    ChangeKind::Unchanged
                } else {
                    ChangeKind::Changed
                };
                out.push(Change {
                    change,
                    what,
                    old: Some(o),
                    new: Some(n),
                    merged_from,
                    split_into,
                });
                out.extend(after[o].iter().map(|&r| removed(r)));
            }
        }
    }
    out
}

/// A claim and its parts (merged or split) as one claim: the texts, figures
/// and quoted words of all of them in text order, the kind, span, id and
/// speaker of `main`. Just `main` when there are no parts.
fn whole<'a>(claims: &'a [DiffClaim], main: usize, parts: &[usize]) -> Cow<'a, DiffClaim> {
    if parts.is_empty() {
        return Cow::Borrowed(&claims[main]);
    }
    let mut members: Vec<usize> = std::iter::once(main).chain(parts.iter().copied()).collect();
    members.sort_by_key(|&i| (claims[i].span.start, claims[i].span.end, i));
    let texts: Vec<&str> = members.iter().map(|&i| claims[i].text.as_str()).collect();
    let quotes: Vec<&str> = members
        .iter()
        .filter_map(|&i| claims[i].quote.as_deref())
        .collect();
    Cow::Owned(DiffClaim {
        text: texts.join(" "),
        quote: (!quotes.is_empty()).then(|| quotes.join(" ")),
        quantities: members
            .iter()
            .flat_map(|&i| claims[i].quantities.iter().cloned())
            .collect(),
        ..claims[main].clone()
    })
}

/// The old and new sides of a pair, each with its parts, as compared. When
/// parts are involved and the two paired claims name different speakers, a
/// speaker that one side's main claim shares with a part of the other side
/// only moved: both sides then carry the old speaker.
fn wholes<'a>(
    old: &'a [DiffClaim],
    new: &'a [DiffClaim],
    o: usize,
    n: usize,
    merged_from: &[usize],
    split_into: &[usize],
) -> (Cow<'a, DiffClaim>, Cow<'a, DiffClaim>) {
    let old_whole = whole(old, o, merged_from);
    let mut new_whole = whole(new, n, split_into);
    let speaker = |c: &DiffClaim| normalize_speaker(c.speaker.as_deref());
    let (old_speaker, new_speaker) = (speaker(&old[o]), speaker(&new[n]));
    if (!merged_from.is_empty() || !split_into.is_empty()) && old_speaker != new_speaker {
        let moved = split_into.iter().any(|&p| speaker(&new[p]) == old_speaker)
            || merged_from.iter().any(|&p| speaker(&old[p]) == new_speaker);
        if moved {
            new_whole.to_mut().speaker = old[o].speaker.clone();
        }
    }
    (old_whole, new_whole)
}

/// The substance that differs between two paired claims, sorted; empty when
/// the pair is unchanged.
pub fn what_changed(old: &DiffClaim, new: &DiffClaim) -> Vec<What> {
    let mut what = Vec::new();
    let (old_only, new_only) = figure_difference(&old.quantities, &new.quantities);
    if !old_only.is_empty() || !new_only.is_empty() {
        what.push(What::Quantity);
    }
    let speaker_changed =
        normalize_speaker(old.speaker.as_deref()) != normalize_speaker(new.speaker.as_deref());
    if speaker_changed {
        what.push(What::Speaker);
    }
    let (old_quote, new_quote) = (
        old.quote
            .as_deref()
            .map(normalize)
            .filter(|q| !q.is_empty()),
        new.quote
            .as_deref()
            .map(normalize)
            .filter(|q| !q.is_empty()),
    );
    // A figure inside the quote is judged as a figure: cut every figure's
    // surface out of the quoted words before comparing them.
    let bare_quote = |quote: &Option<String>, claim: &DiffClaim| {
        quote.as_ref().map(|q| {
            claim
                .quantities
                .iter()
                .fold(q.clone(), |q, f| cut(&q, &normalize(&f.text), false))
        })
    };
    let quote_changed = bare_quote(&old_quote, old) != bare_quote(&new_quote, new);
    if quote_changed {
        what.push(What::Quote);
    }

    let (old_text, new_text) = (normalize(&old.text), normalize(&new.text));
    if old_text != new_text {
        let reduce =
            |text: String, claim: &DiffClaim, figures: &[usize], quote: &Option<String>| {
                let mut text = text;
                if quote_changed && let Some(q) = quote {
                    text = cut(&text, q, false);
                }
                for &i in figures {
                    text = cut(&text, &normalize(&claim.quantities[i].text), true);
                }
                if speaker_changed {
                    if let Some(s) = claim.speaker.as_deref().map(normalize) {
                        let cut_full = cut(&text, &s, false);
                        text = if cut_full != text {
                            cut_full
                        } else {
                            // "Kerry" for "John Kerry".
                            match s.rsplit(' ').next() {
                                Some(last) if last != s => cut(&text, last, false),
                                _ => text,
                            }
                        };
                    }
                    // "he said" -> "Kornienko said": the pronoun stood for
                    // the old speaker.
                    text = without_pronouns(&text);
                }
                text
            };
        let old_reduced = reduce(old_text, old, &old_only, &old_quote);
        let new_reduced = reduce(new_text, new, &new_only, &new_quote);
        if old_reduced != new_reduced {
            what.push(What::Wording);
        }
    }
    what.sort();
    what
}

/// Personal pronouns that stand for a speaker ("he said").
const SPEAKER_PRONOUNS: &[&str] = &["he", "she", "they"];

/// `text` (normalized) without the whole words in [`SPEAKER_PRONOUNS`].
fn without_pronouns(text: &str) -> String {
    text.split(' ')
        .filter(|w| !SPEAKER_PRONOUNS.contains(&w.to_lowercase().as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prepositions cut together with a figure that follows them.
const FIGURE_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "by", "since", "from", "until", "till", "to", "of", "for", "during", "as",
];

/// `text` (normalized) with the first whole-word occurrence of `part` cut
/// out, and with it a preposition right before when `with_preposition`;
/// whitespace is collapsed again. Unchanged when `part` is not found.
fn cut(text: &str, part: &str, with_preposition: bool) -> String {
    if part.is_empty() {
        return text.to_string();
    }
    let is_word = |c: char| c.is_alphanumeric();
    let mut from = 0;
    while let Some(pos) = text[from..].find(part).map(|p| p + from) {
        let end = pos + part.len();
        let starts_word =
            part.starts_with(|c: char| !is_word(c)) || !text[..pos].ends_with(is_word);
        let ends_word = part.ends_with(|c: char| !is_word(c)) || !text[end..].starts_with(is_word);
        if starts_word && ends_word {
            let mut head = text[..pos].trim_end();
            if with_preposition
                && let Some((before, last)) = head.rsplit_once(' ').or(Some(("", head)))
                && FIGURE_PREPOSITIONS.contains(&last.to_lowercase().as_str())
            {
                head = before.trim_end();
            }
            return normalize(&format!("{head} {}", &text[end..]));
        }
        from = pos + text[pos..].chars().next().map_or(1, char::len_utf8);
    }
    text.to_string()
}

/// Multiset difference of two figure lists: the indices (in list order) of
/// the old figures with no equal new one, and of the new with no equal old.
fn figure_difference(old: &[QuantityRecord], new: &[QuantityRecord]) -> (Vec<usize>, Vec<usize>) {
    let old_keys: Vec<String> = old.iter().map(figure_key).collect();
    let new_keys: Vec<String> = new.iter().map(figure_key).collect();
    let mut used = vec![false; new.len()];
    let mut old_only = Vec::new();
    for (i, k) in old_keys.iter().enumerate() {
        match (0..new.len()).find(|&j| !used[j] && &new_keys[j] == k) {
            Some(j) => used[j] = true,
            None => old_only.push(i),
        }
    }
    let new_only = (0..new.len()).filter(|&j| !used[j]).collect();
    (old_only, new_only)
}

/// A figure that moved between two paired claims: `old` and `new` for a
/// figure whose value changed, `old` alone for one that went, `new` alone
/// for one that came.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureMove {
    pub old: Option<QuantityRecord>,
    pub new: Option<QuantityRecord>,
}

/// The figures that moved between two paired claims: each old figure with
/// no equal new one is paired with a new figure with no equal old one (of
/// the same kind and unit first, then of the same kind, in order); the rest
/// went or came. Changed figures first, in old order, then the figures
/// that came. Empty when the figures compare equal.
pub fn moved_figures(old: &DiffClaim, new: &DiffClaim) -> Vec<FigureMove> {
    let (old_only, new_only) = figure_difference(&old.quantities, &new.quantities);
    let mut new_left: Vec<Option<usize>> = new_only.iter().copied().map(Some).collect();
    let mut pairs: Vec<(usize, Option<usize>)> = old_only.iter().map(|&o| (o, None)).collect();
    let unit = |q: &QuantityRecord| q.unit.as_deref().map(|u| u.trim().to_lowercase());
    for strict in [true, false] {
        for (o, partner) in pairs.iter_mut().filter(|(_, p)| p.is_none()) {
            let oq = &old.quantities[*o];
            let found = new_left.iter_mut().find(|slot| {
                slot.is_some_and(|n| {
                    let nq = &new.quantities[n];
                    nq.kind == oq.kind && (!strict || unit(nq) == unit(oq))
                })
            });
            if let Some(slot) = found {
                *partner = slot.take();
            }
        }
    }
    let mut out: Vec<FigureMove> = pairs
        .iter()
        .map(|&(o, partner)| FigureMove {
            old: Some(old.quantities[o].clone()),
            new: partner.map(|n| new.quantities[n].clone()),
        })
        .collect();
    out.extend(new_left.into_iter().flatten().map(|n| FigureMove {
        old: None,
        new: Some(new.quantities[n].clone()),
    }));
    out
}

/// The figures that moved in one entry of [`diff_claims`]: for a paired
/// claim, judged with its parts (a figure that went to the other part of a
/// split did not move); nothing for an added or removed claim.
pub fn change_figures(old: &[DiffClaim], new: &[DiffClaim], change: &Change) -> Vec<FigureMove> {
    match (change.old, change.new) {
        (Some(o), Some(n)) => {
            let (o, n) = wholes(old, new, o, n, &change.merged_from, &change.split_into);
            moved_figures(&o, &n)
        }
        _ => Vec::new(),
    }
}

/// A word-level inline diff of two texts. Whitespace is kept, so the
/// `Equal` and `Delete` pieces joined give `old` back, and the `Equal` and
/// `Insert` pieces give `new`. Adjacent pieces with the same tag are merged,
/// and within a changed stretch deletions come before insertions.
pub fn word_diff(old: &str, new: &str) -> Vec<(WordTag, String)> {
    let diff = TextDiff::configure().diff_words(old, new);
    let raw: Vec<(WordTag, &str)> = diff
        .iter_all_changes()
        .map(|c| {
            let tag = match c.tag() {
                ChangeTag::Equal => WordTag::Equal,
                ChangeTag::Delete => WordTag::Delete,
                ChangeTag::Insert => WordTag::Insert,
            };
            (tag, c.value())
        })
        .collect();
    // A lone space kept between two changed words reads badly: make it part
    // of the change on both sides.
    let mut pieces: Vec<(WordTag, &str)> = Vec::with_capacity(raw.len());
    for i in 0..raw.len() {
        let (tag, s) = raw[i];
        let changed = |j: Option<&(WordTag, &str)>| j.is_some_and(|(t, _)| *t != WordTag::Equal);
        if tag == WordTag::Equal
            && s.chars().all(char::is_whitespace)
            && i > 0
            && changed(pieces.last())
            && changed(raw.get(i + 1))
        {
            pieces.push((WordTag::Delete, s));
            pieces.push((WordTag::Insert, s));
        } else {
            pieces.push((tag, s));
        }
    }

    let mut out: Vec<(WordTag, String)> = Vec::new();
    let mut del = String::new();
    let mut ins = String::new();
    let flush = |out: &mut Vec<(WordTag, String)>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push((WordTag::Delete, std::mem::take(del)));
        }
        if !ins.is_empty() {
            out.push((WordTag::Insert, std::mem::take(ins)));
        }
    };
    for (tag, s) in pieces {
        match tag {
            WordTag::Delete => del.push_str(s),
            WordTag::Insert => ins.push_str(s),
            WordTag::Equal => {
                flush(&mut out, &mut del, &mut ins);
                match out.last_mut() {
                    Some((WordTag::Equal, prev)) => prev.push_str(s),
                    _ => out.push((WordTag::Equal, s.to_string())),
                }
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// How many entries of each kind.
pub fn summary(changes: &[Change]) -> Summary {
    let mut s = Summary::default();
    for c in changes {
        match c.change {
            ChangeKind::Unchanged => s.unchanged += 1,
            ChangeKind::Changed => s.changed += 1,
            ChangeKind::Added => s.added += 1,
            ChangeKind::Removed => s.removed += 1,
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_takes_whole_words_and_a_preposition() {
        assert_eq!(
            cut("told AFP on Sunday that", "Sunday", true),
            "told AFP that"
        );
        assert_eq!(
            cut("told AFP on Sunday that", "Sunday", false),
            "told AFP on that"
        );
        assert_eq!(cut("in 2003 and 20030", "2003", true), "and 20030");
        assert_eq!(
            cut("a 20030 b", "2003", true),
            "a 20030 b",
            "not a whole word"
        );
        assert_eq!(
            cut("the $500-million effort", "$500-million", true),
            "the effort"
        );
        assert_eq!(cut("x", "", true), "x");
    }

    #[test]
    fn word_diff_groups_a_changed_phrase() {
        let d = word_diff("the big red dog barked", "the small blue dog barked");
        assert_eq!(
            d,
            [
                (WordTag::Equal, "the ".to_string()),
                (WordTag::Delete, "big red".to_string()),
                (WordTag::Insert, "small blue".to_string()),
                (WordTag::Equal, " dog barked".to_string()),
            ]
        );
    }
}
