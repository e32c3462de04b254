//! Pairing claims across revisions, one to one, without comparing every
//! claim with every other.
//!
//! The pairing runs in stages; each stage only sees what the earlier ones
//! left unpaired.
//!
//! 1. **Identical.** Claims whose [normalized](normalize) text, kind,
//!    speaker, quote and figures are all equal are paired through a hash
//!    map; duplicates are paired in text order (first with first).
//! 2. **Exact, same kind.** The same keyed on normalized text and kind.
//! 3. **Exact text.** The same with the text alone (a claim whose kind was
//!    re-classified but whose words did not change).
//! 4. **Similar.** An inverted index maps every content token (lower-cased
//!    word that is not a [stop word](STOP_WORDS) and not a lone letter, plus
//!    one token per normalized figure) to the unpaired old claims holding it.
//!    Tokens held by more than [`MAX_POSTINGS`] old claims are skipped; a new
//!    claim with only such common tokens looks at [`MAX_POSTINGS`] old claims
//!    around its own relative position under its rarest token. Of the old
//!    claims found, the [`MAX_CANDIDATES`] sharing the most tokens are scored:
//!
//!    `base = DICE_WEIGHT * dice + (1 - DICE_WEIGHT) * containment`
//!
//!    over the two multisets of content tokens (dice = 2|A∩B| / (|A|+|B|),
//!    containment = |A∩B| / min(|A|,|B|), so a sentence split in two still
//!    pairs with its larger part). A pair is a candidate when
//!    `base >= MIN_SIMILARITY`. Candidates are ranked by
//!    `base + bonuses`: [`SAME_KIND_BONUS`], [`SAME_SPEAKER_BONUS`],
//!    [`SAME_QUOTE_BONUS`] (equal normalized quoted words), minus
//!    [`QUOTE_KIND_PENALTY`] when exactly one side is a quote claim (so a
//!    quote claim and the sentence around it do not cross-pair when each has
//!    a partner of its own kind).
//! 5. **Greedy.** Candidates are taken by descending rank (ties: smaller
//!    distance between relative positions, then new position, then old
//!    position), each claim at most once. Whatever stays unpaired is added or
//!    removed.
//!
//! 6. **Parts.** After pairing, [`find_parts`] attaches an unpaired claim
//!    next to a changed pair (within [`PART_REACH`] claims) to it when at
//!    least [`PART_MIN_COVERAGE`] of its content words are words the pair
//!    lost (a split) or gained (a merge); the diff then judges the pair with
//!    its parts.
//!
//! Everything is deterministic: no hash map is iterated to decide anything.
//! Work is linear in the claims: per new claim at most (distinct tokens ×
//! [`MAX_POSTINGS`]) index hits and [`MAX_CANDIDATES`] similarity scores;
//! [`pair_claims_with_stats`] reports the counts, and the benchmark
//! (`cargo bench --bench diff`) prints them per claim at 2,500, 5,000 and
//! 10,000 claims.

use std::collections::{HashMap, VecDeque};

use crate::diff::DiffClaim;
use crate::store::model::{ClaimKind, QuantityRecord};

/// The least `base` similarity for two different texts to be paired.
pub const MIN_SIMILARITY: f64 = 0.5;
/// Weight of the Dice coefficient in `base`; containment gets the rest.
pub const DICE_WEIGHT: f64 = 0.8;
/// Index tokens held by more old claims than this are not looked up.
pub const MAX_POSTINGS: usize = 50;
/// How many old claims are scored for one new claim, at most.
pub const MAX_CANDIDATES: usize = 20;
/// Rank bonus when both claims have the same kind.
pub const SAME_KIND_BONUS: f64 = 0.05;
/// Rank bonus when both claims have the same (normalized) speaker.
pub const SAME_SPEAKER_BONUS: f64 = 0.05;
/// Rank bonus when both claims quote the same (normalized) words.
pub const SAME_QUOTE_BONUS: f64 = 0.1;
/// Rank penalty when one claim is a quote claim and the other is not.
pub const QUOTE_KIND_PENALTY: f64 = 0.15;

/// How far, in claims in text order, a sentence split off a changed claim
/// (or merged into one) may sit from it.
pub const PART_REACH: usize = 3;
/// The least share of a part's content words that must be words its claim
/// lost (for a split) or gained (for a merge) for the part to count as
/// split off (merged in).
pub const PART_MIN_COVERAGE: f64 = 0.6;

/// Words too common to say anything about which claim is which.
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
    "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "it's",
    "more", "most", "my", "no", "not", "of", "on", "or", "our", "out", "over", "said", "says",
    "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "to", "up", "was", "we", "were", "what", "when", "which", "who", "will",
    "with", "would", "you", "your",
];

pub use crate::text::normalize;

/// The content words of a text: lower-cased runs of letters and digits
/// (thousands separators dropped, decimal points kept), without stop words
/// and lone letters.
pub fn content_words(s: &str) -> Vec<String> {
    let lower = normalize(s).to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if !cur.is_empty() {
            let w = std::mem::take(cur);
            let lone_letter = w.chars().count() == 1 && !w.chars().all(|c| c.is_ascii_digit());
            if !lone_letter && !STOP_WORDS.contains(&w.as_str()) {
                out.push(w);
            }
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            cur.push(c);
            continue;
        }
        let between_digits = cur.chars().last().is_some_and(|p| p.is_ascii_digit())
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        match c {
            ',' if between_digits => {}
            '.' if between_digits => cur.push('.'),
            _ => flush(&mut cur, &mut out),
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// One token per normalized figure, so that "4 or 5" and "four or five"
/// still share something.
fn figure_token(q: &QuantityRecord) -> String {
    let n = |v: Option<f64>| v.map(|v| format!("{}", v + 0.0)).unwrap_or_default();
    format!(
        "#{:?}:{}:{}:{}:{}",
        q.kind,
        n(q.value),
        n(q.low),
        n(q.high),
        q.date.as_deref().unwrap_or("")
    )
}

/// A figure's normalized value, as compared: (kind, value, low, high, unit,
/// qualifier, date). The surface text is not part of it.
pub(crate) fn figure_key(q: &QuantityRecord) -> String {
    let n = |v: Option<f64>| v.map(|v| format!("{}", v + 0.0)).unwrap_or_default();
    format!(
        "{:?}|{}|{}|{}|{}|{:?}|{}",
        q.kind,
        n(q.value),
        n(q.low),
        n(q.high),
        q.unit
            .as_deref()
            .map(|u| u.trim().to_lowercase())
            .unwrap_or_default(),
        q.qualifier,
        q.date.as_deref().map(str::trim).unwrap_or("")
    )
}

/// Speaker folded for comparison: normalized and lower-cased.
pub fn normalize_speaker(s: Option<&str>) -> Option<String> {
    s.map(|s| normalize(s).to_lowercase())
        .filter(|s| !s.is_empty())
}

/// What the similar stage knows of one claim.
struct Features {
    /// Sorted multiset of interned content tokens.
    tokens: Vec<u32>,
    /// The same, deduplicated.
    distinct: Vec<u32>,
    kind: ClaimKind,
    speaker: Option<String>,
    quote: Option<String>,
}

#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    fn id(&mut self, s: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(s).or_insert(next)
    }
}

fn features(c: &DiffClaim, interner: &mut Interner) -> Features {
    let mut tokens: Vec<u32> = content_words(&c.text)
        .into_iter()
        .chain(c.quantities.iter().map(figure_token))
        .map(|t| interner.id(t))
        .collect();
    tokens.sort_unstable();
    let mut distinct = tokens.clone();
    distinct.dedup();
    Features {
        tokens,
        distinct,
        kind: c.kind,
        speaker: normalize_speaker(c.speaker.as_deref()),
        quote: c.quote.as_deref().map(normalize),
    }
}

/// `base` similarity of two token multisets (see the module doc).
fn base_similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = common(a, b) as f64;
    let dice = 2.0 * common / (a.len() + b.len()) as f64;
    let containment = common / a.len().min(b.len()) as f64;
    DICE_WEIGHT * dice + (1.0 - DICE_WEIGHT) * containment
}

/// Similarity of two texts as the matcher sees it (content words only, no
/// figures, no bonuses): 1.0 for the same words, 0.0 for nothing shared.
pub fn text_similarity(a: &str, b: &str) -> f64 {
    let mut interner = Interner::default();
    let mut tok = |s: &str| {
        let mut v: Vec<u32> = content_words(s)
            .into_iter()
            .map(|t| interner.id(t))
            .collect();
        v.sort_unstable();
        v
    };
    let (a, b) = (tok(a), tok(b));
    base_similarity(&a, &b)
}

fn rank_score(base: f64, o: &Features, n: &Features) -> f64 {
    let mut score = base;
    if o.kind == n.kind {
        score += SAME_KIND_BONUS;
    }
    if o.speaker.is_some() && o.speaker == n.speaker {
        score += SAME_SPEAKER_BONUS;
    }
    if o.quote.is_some() && o.quote == n.quote {
        score += SAME_QUOTE_BONUS;
    }
    if (o.kind == ClaimKind::Quote) != (n.kind == ClaimKind::Quote) {
        score -= QUOTE_KIND_PENALTY;
    }
    score
}

/// Indices of `claims` in text order (span start, then input order), and
/// each claim's rank in that order.
pub(crate) fn text_order(claims: &[DiffClaim]) -> (Vec<usize>, Vec<usize>) {
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by_key(|&i| (claims[i].span.start, claims[i].span.end, i));
    let mut rank = vec![0; claims.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    (order, rank)
}

/// How much work one pairing did: each count is bounded by a constant times
/// the number of claims (or of their tokens), which is what keeps matching
/// linear. The benchmark prints them; tests hold them to their bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PairStats {
    /// Pairs made by the exact stages (1 to 3).
    pub exact: usize,
    /// Entries of the inverted index: distinct tokens summed over the old
    /// claims left for the similar stage.
    pub index_entries: usize,
    /// Old claims reached through the index, summed over the new claims; at
    /// most distinct tokens × [`MAX_POSTINGS`] per new claim.
    pub index_hits: usize,
    /// Similarity scores computed; at most [`MAX_CANDIDATES`] per new claim.
    pub scored: usize,
    /// Scored pairs at or above [`MIN_SIMILARITY`], handed to the greedy stage.
    pub candidates: usize,
}

/// Pair `old` claims with `new` claims one to one. Returns `(old, new)`
/// index pairs sorted by new index; claims in no pair are removed / added.
pub fn pair_claims(old: &[DiffClaim], new: &[DiffClaim]) -> Vec<(usize, usize)> {
    pair_claims_with_stats(old, new).0
}

/// [`pair_claims`], with the work it took.
pub fn pair_claims_with_stats(
    old: &[DiffClaim],
    new: &[DiffClaim],
) -> (Vec<(usize, usize)>, PairStats) {
    let mut stats = PairStats::default();
    let (old_order, old_rank) = text_order(old);
    let (new_order, new_rank) = text_order(new);
    let old_norm: Vec<String> = old.iter().map(|c| normalize(&c.text)).collect();
    let new_norm: Vec<String> = new.iter().map(|c| normalize(&c.text)).collect();
    let mut old_match: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_match: Vec<Option<usize>> = vec![None; new.len()];

    // Stages 1 to 3: exact text, with everything else equal, then with the
    // same kind, then alone.
    let identity = |c: &DiffClaim, norm: &str, level: u8| -> String {
        match level {
            0 => {
                let mut figures: Vec<String> = c.quantities.iter().map(figure_key).collect();
                figures.sort();
                format!(
                    "{:?}\u{1}{norm}\u{1}{}\u{1}{}\u{1}{}",
                    c.kind,
                    normalize_speaker(c.speaker.as_deref()).unwrap_or_default(),
                    c.quote.as_deref().map(normalize).unwrap_or_default(),
                    figures.join("\u{2}")
                )
            }
            1 => format!("{:?}\u{1}{norm}", c.kind),
            _ => norm.to_string(),
        }
    };
    for level in 0..3 {
        let mut by_text: HashMap<String, VecDeque<usize>> = HashMap::new();
        for &o in &old_order {
            if old_match[o].is_none() {
                by_text
                    .entry(identity(&old[o], &old_norm[o], level))
                    .or_default()
                    .push_back(o);
            }
        }
        for &n in &new_order {
            if new_match[n].is_some() {
                continue;
            }
            if let Some(o) = by_text
                .get_mut(&identity(&new[n], &new_norm[n], level))
                .and_then(|q| q.pop_front())
            {
                old_match[o] = Some(n);
                new_match[n] = Some(o);
                stats.exact += 1;
            }
        }
    }

    // Stage 4: similar claims through an inverted index.
    let mut interner = Interner::default();
    let old_feat: Vec<Option<Features>> = old
        .iter()
        .zip(&old_match)
        .map(|(c, m)| m.is_none().then(|| features(c, &mut interner)))
        .collect();
    let new_feat: Vec<Option<Features>> = new
        .iter()
        .zip(&new_match)
        .map(|(c, m)| m.is_none().then(|| features(c, &mut interner)))
        .collect();
    // Postings hold old claims in text order.
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); interner.ids.len()];
    for &o in &old_order {
        if let Some(f) = &old_feat[o] {
            stats.index_entries += f.distinct.len();
            for &t in &f.distinct {
                postings[t as usize].push(o);
            }
        }
    }
    let rel = |rank: usize, len: usize| rank as f64 / len.max(1) as f64;

    // (rank score, position distance, new rank, old rank, old, new)
    let mut edges: Vec<(f64, f64, usize, usize, usize, usize)> = Vec::new();
    let mut hits: Vec<u32> = vec![0; old.len()];
    let mut touched: Vec<usize> = Vec::new();
    for &n in &new_order {
        let Some(nf) = &new_feat[n] else { continue };
        let n_pos = rel(new_rank[n], new.len());
        let mut rare = false;
        for &t in &nf.distinct {
            let p = &postings[t as usize];
            if !p.is_empty() && p.len() <= MAX_POSTINGS {
                rare = true;
                for &o in p {
                    if hits[o] == 0 {
                        touched.push(o);
                    }
                    hits[o] += 1;
                }
            }
        }
        if !rare {
            // Only common tokens: look around the expected position under
            // the rarest one.
            let rarest = nf
                .distinct
                .iter()
                .map(|&t| &postings[t as usize])
                .filter(|p| !p.is_empty())
                .min_by_key(|p| p.len());
            if let Some(p) = rarest {
                let expected = (n_pos * old.len() as f64) as usize;
                let at = p.partition_point(|&o| old_rank[o] < expected);
                let lo = at.saturating_sub(MAX_POSTINGS / 2);
                let hi = (lo + MAX_POSTINGS).min(p.len());
                let lo = hi.saturating_sub(MAX_POSTINGS);
                for &o in &p[lo..hi] {
                    if hits[o] == 0 {
                        touched.push(o);
                    }
                    hits[o] += 1;
                }
            }
        }
        stats.index_hits += touched.len();
        let dist = |o: usize| (rel(old_rank[o], old.len()) - n_pos).abs();
        touched.sort_by(|&a, &b| {
            hits[b]
                .cmp(&hits[a])
                .then(dist(a).total_cmp(&dist(b)))
                .then(old_rank[a].cmp(&old_rank[b]))
        });
        for &o in touched.iter().take(MAX_CANDIDATES) {
            let Some(of) = &old_feat[o] else { continue };
            let base = base_similarity(&of.tokens, &nf.tokens);
            stats.scored += 1;
            if base >= MIN_SIMILARITY {
                stats.candidates += 1;
                let score = rank_score(base, of, nf);
                edges.push((score, dist(o), new_rank[n], old_rank[o], o, n));
            }
        }
        for &o in &touched {
            hits[o] = 0;
        }
        touched.clear();
    }

    // Stage 5: greedy, best first.
    edges.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    for &(_, _, _, _, o, n) in &edges {
        if old_match[o].is_none() && new_match[n].is_none() {
            old_match[o] = Some(n);
            new_match[n] = Some(o);
        }
    }

    let pairs = new_match
        .iter()
        .enumerate()
        .filter_map(|(n, m)| m.map(|o| (o, n)))
        .collect();
    (pairs, stats)
}

/// Content words of a claim, sorted (a multiset).
fn sorted_words(c: &DiffClaim) -> Vec<String> {
    let mut words = content_words(&c.text);
    words.sort_unstable();
    words
}

/// Multiset difference `a - b` of two sorted lists.
fn minus<T: Ord + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len());
    while i < a.len() {
        if j >= b.len() {
            out.extend_from_slice(&a[i..]);
            break;
        }
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                out.push(a[i].clone());
                i += 1;
            }
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Size of the multiset intersection of two sorted lists.
fn common<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Splits and merges, found after pairing.
///
/// A sentence split in two pairs with one of its parts (the one sharing
/// most with it); the other part is unpaired. It is *split off* the paired
/// claim when it sits within [`PART_REACH`] claims of the paired part in the
/// new text, and at least [`PART_MIN_COVERAGE`] of its content words are
/// words the old claim had and its paired part lost (words used up by an
/// earlier part do not count twice). A merge is the same seen from the other
/// side: an unpaired old claim next to a paired one, made mostly of words
/// the paired claim gained. A claim whose text did not change lost and
/// gained nothing, so only changed claims have parts; each unpaired claim
/// joins at most one, the best covered (the nearest on ties).
///
/// Returns, for every new claim, the new claims split off it, and for every
/// old claim, the old claims merged into it (each in text order).
pub fn find_parts(old: &[DiffClaim], new: &[DiffClaim], pairs: &[(usize, usize)]) -> Parts {
    let mut new_to_old = vec![None; new.len()];
    let mut old_to_new = vec![None; old.len()];
    for &(o, n) in pairs {
        new_to_old[n] = Some(o);
        old_to_new[o] = Some(n);
    }
    Parts {
        split_into: attach_parts(new, old, &new_to_old),
        merged_from: attach_parts(old, new, &old_to_new),
    }
}

/// The parts of splits (or merges), see [`find_parts`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parts {
    /// Per new claim: the unpaired new claims split off it.
    pub split_into: Vec<Vec<usize>>,
    /// Per old claim: the unpaired old claims merged into it.
    pub merged_from: Vec<Vec<usize>>,
}

/// For each claim of `side`, the unpaired claims of `side` that are parts of
/// it; `partner[i]` is the claim of `other` that `side[i]` is paired with.
fn attach_parts(
    side: &[DiffClaim],
    other: &[DiffClaim],
    partner: &[Option<usize>],
) -> Vec<Vec<usize>> {
    let (order, _) = text_order(side);
    let mut parts: Vec<Vec<usize>> = vec![Vec::new(); side.len()];
    // Per paired claim: the words its partner has and it lacks, less those
    // taken by parts already attached.
    let mut leftover: HashMap<usize, Vec<String>> = HashMap::new();
    for (rank, &part) in order.iter().enumerate() {
        if partner[part].is_some() {
            continue;
        }
        let words = sorted_words(&side[part]);
        if words.is_empty() {
            continue;
        }
        // (coverage, claim); the nearest comes first and wins ties.
        let mut best: Option<(f64, usize)> = None;
        let near = (1..=PART_REACH)
            .flat_map(|d| [rank.checked_sub(d), Some(rank + d)])
            .flatten()
            .filter_map(|r| order.get(r).copied());
        for claim in near {
            let Some(p) = partner[claim] else { continue };
            if normalize(&side[claim].text) == normalize(&other[p].text) {
                continue;
            }
            let left = leftover
                .entry(claim)
                .or_insert_with(|| minus(&sorted_words(&other[p]), &sorted_words(&side[claim])));
            let coverage = common(&words, left) as f64 / words.len() as f64;
            if coverage >= PART_MIN_COVERAGE && best.is_none_or(|(b, _)| coverage > b) {
                best = Some((coverage, claim));
            }
        }
        if let Some((_, claim)) = best {
            parts[claim].push(part);
            if let Some(left) = leftover.get_mut(&claim) {
                *left = minus(left, &words);
            }
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_typography_and_whitespace() {
        assert_eq!(
            normalize("  “It’s a  committee”\n—\u{a0}he said…  "),
            "\"It's a committee\" - he said..."
        );
        assert_eq!(normalize("co\u{00AD}operate"), "cooperate");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn content_words_drop_stop_words_and_keep_numbers() {
        assert_eq!(
            content_words("The 240,000 deaths in the four-year war, 3.5 percent."),
            vec!["240000", "deaths", "four", "year", "war", "3.5", "percent"]
        );
        assert_eq!(
            content_words("Assad's army"),
            vec!["assad", "army"],
            "possessive s is a lone letter"
        );
    }

    #[test]
    fn similarity_bounds() {
        assert_eq!(
            text_similarity("Putin mocked Washington", "Putin mocked Washington"),
            1.0
        );
        assert_eq!(
            text_similarity("Putin mocked Washington", "Kerry met Lavrov"),
            0.0
        );
        let split = text_similarity(
            "Washington refuses boots on the ground in Syria despite four years of bloodshed, but Russia is ramping up its presence.",
            "Washington refuses boots on the ground in Syria despite four years of bloodshed.",
        );
        assert!(split > 0.8, "{split}");
    }
}
