//! The analysis pipeline: from an article's text to ranked claims.
//!
//! [`analyze`] runs every finder of [`crate::text`] once over the text,
//! scores each sentence, and decides which units are claims, of which kind,
//! spoken by whom. It does no I/O and never panics.
//!
//! `"Officials said 240,000 people died."` -> one sentence, one figure
//! (240000 people), one `quantity` claim with speaker `Officials`.

use std::collections::HashSet;

use crate::score::{Score, Scorer, Signals, Unit, quick_scorer};
use crate::store::model::{ClaimKind, QuantityRecord};
use crate::text::numbers::{Quantity, QuantityKind, find_quantities};
use crate::text::quotes::{Quote, QuoteKind};
use crate::text::segment::{
    Paragraph, Sentence, find_paragraphs, find_sentences, find_title, marker_len,
};
use crate::text::speakers::Attribution;
use crate::text::{Span, normalize_into};

/// The default check-worthiness threshold for a sentence to be a claim.
pub const DEFAULT_MIN_SCORE: f64 = 0.5;

/// How to analyse.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Sentences scoring below this are claims only if they hold a figure,
    /// a quotation or an attribution.
    pub min_score: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_score: DEFAULT_MIN_SCORE,
        }
    }
}

/// A sentence with its score.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredSentence {
    pub sentence: Sentence,
    pub score: Score,
}

/// One checkable statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    pub kind: ClaimKind,
    pub span: Span,
    pub speaker: Option<String>,
    /// For quote claims: the quoted words.
    pub quote: Option<String>,
    pub score: f64,
    /// Indexes into [`Analysis::quantities`].
    pub quantities: Vec<usize>,
}

/// Everything found in one text. Spans are byte offsets into that text.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub paragraphs: Vec<Paragraph>,
    /// The paragraph that is the article's title, if any.
    pub title: Option<usize>,
    pub sentences: Vec<ScoredSentence>,
    pub quantities: Vec<Quantity>,
    /// Every pair of quotation marks, titles and scare quotes included.
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
    /// In text order.
    pub claims: Vec<Claim>,
}

impl Analysis {
    /// The title's text, if the article has one.
    pub fn title_text<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.title
            .and_then(|i| self.paragraphs.get(i))
            .map(|p| p.span.slice(text))
    }

    /// The quotations that are somebody's words (not titles, not scare quotes).
    pub fn spoken_quotes(&self) -> impl Iterator<Item = &Quote> {
        self.quotes
            .iter()
            .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
    }

    /// A claim's figures as records.
    pub fn quantity_records(&self, text: &str, claim: &Claim) -> Vec<QuantityRecord> {
        claim
            .quantities
            .iter()
            .filter_map(|&i| self.quantities.get(i))
            .map(|q| quantity_record(text, q))
            .collect()
    }
}

/// A found figure as the store and JSON output write it.
pub fn quantity_record(text: &str, q: &Quantity) -> QuantityRecord {
    QuantityRecord {
        text: q.span.slice(text).to_string(),
        kind: q.kind,
        value: q.value,
        low: q.low,
        high: q.high,
        unit: q.unit.clone(),
        qualifier: q.qualifier,
        date: q.date.clone(),
    }
}

/// Analyse `text` with the shipped check-worthiness model (scores without
/// their reasons: `analyze_with(.., default_scorer())` keeps them). Claim
/// ids are derived from `article_id` and each claim's normalized text.
pub fn analyze(text: &str, article_id: &str, options: Options) -> Analysis {
    analyze_with(text, article_id, options, quick_scorer())
}

/// Analyse `text` with any scorer.
pub fn analyze_with(
    text: &str,
    article_id: &str,
    options: Options,
    scorer: &dyn Scorer,
) -> Analysis {
    let paragraphs = find_paragraphs(text);
    let title = find_title(text, &paragraphs);
    let sentences = find_sentences(text, &paragraphs);
    let crate::text::quotes::Analysis {
        quotes,
        attributions,
    } = crate::text::quotes::analyze(text, &paragraphs, &sentences);
    // A number inside a title (`CBS News "60 Minutes"`) names a work, it
    // states nothing.
    let titles: Vec<Span> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Title)
        .map(|q| q.outer)
        .collect();
    let mut quantities = find_quantities(text);
    if !titles.is_empty() {
        quantities.retain(|q| {
            let i = titles.partition_point(|t| t.end <= q.span.start);
            titles.get(i).is_none_or(|t| !t.overlaps(q.span))
        });
    }

    let mut attribution_of: Vec<Option<usize>> = vec![None; sentences.len()];
    for (i, a) in attributions.iter().enumerate() {
        if let Some(slot) = attribution_of.get_mut(a.sentence) {
            slot.get_or_insert(i);
        }
    }

    let spoken: Vec<&Quote> = quotes
        .iter()
        .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
        .collect();

    // Figures and quotes per sentence, found by walking the sorted lists once.
    let figures = ranges_within(&sentences, quantities.iter().map(|q| q.span));
    let quoted = overlapping(&sentences, spoken.iter().map(|q| q.outer));
    let units: Vec<Unit> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.heading)
        .map(|(i, s)| {
            let in_sentence = &quantities[figures[i].clone()];
            let dates = in_sentence
                .iter()
                .filter(|q| matches!(q.kind, QuantityKind::Date | QuantityKind::Year))
                .count();
            let signals = Signals {
                figures: in_sentence.len() - dates,
                dates,
                attributed: attribution_of[i].is_some(),
                quoted: quoted[i],
            };
            // A list item's marker is layout to the scorer.
            let body = s.span.slice(text);
            Unit {
                text: body.get(marker_len(body)..).unwrap_or(body),
                signals,
            }
        })
        .collect();
    // The sentences other than headings are scored as one sequence, so that
    // each sentence's neighbours count; a heading scores 0.
    let mut scores = scorer.score_all(&units).into_iter();
    let scored: Vec<ScoredSentence> = sentences
        .iter()
        .map(|s| ScoredSentence {
            sentence: *s,
            score: match s.heading {
                false => scores.next(),
                true => None,
            }
            .unwrap_or(Score {
                value: 0.0,
                reasons: Vec::new(),
            }),
        })
        .collect();

    let mut claims = Vec::new();
    let mut covered = vec![false; sentences.len()];

    for q in &spoken {
        let first = sentences.partition_point(|s| s.span.end <= q.outer.start);
        let last = sentences.partition_point(|s| s.span.start < q.outer.end);
        let inside = first..last.max(first);
        let span = match q.kind {
            QuoteKind::Direct if !inside.is_empty() => Span::new(
                sentences[inside.start].span.start,
                sentences[inside.end - 1].span.end,
            ),
            _ => q.span,
        };
        let score = scored[inside.clone()]
            .iter()
            .map(|s| s.score.value)
            .fold(0.0, f64::max);
        if q.kind == QuoteKind::Direct {
            for c in &mut covered[inside] {
                *c = true;
            }
        }
        claims.push(Claim {
            id: String::new(),
            kind: ClaimKind::Quote,
            span,
            speaker: q.speaker.clone(),
            quote: Some(q.span.slice(text).to_string()),
            score,
            quantities: indexes_within(&quantities, span),
        });
    }

    for (i, s) in scored.iter().enumerate() {
        if s.sentence.heading || covered[i] {
            continue;
        }
        let figures = figures[i].clone();
        let attribution = attribution_of[i].map(|a| &attributions[a]);
        let is_claim =
            s.score.value >= options.min_score || !figures.is_empty() || attribution.is_some();
        if !is_claim {
            continue;
        }
        let kind = if !figures.is_empty() {
            ClaimKind::Quantity
        } else if attribution.is_some() {
            ClaimKind::Attribution
        } else {
            ClaimKind::Statement
        };
        claims.push(Claim {
            id: String::new(),
            kind,
            span: s.sentence.span,
            speaker: attribution.map(|a| a.source.clone()),
            quote: None,
            score: s.score.value,
            quantities: figures.collect(),
        });
    }

    claims.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end), c.kind));
    let mut ids = crate::store::IdMinter::new(article_id, HashSet::new());
    ids.reserve(claims.len());
    // One buffer for every claim's normalized text: it is only hashed.
    let mut normalized = String::new();
    for claim in &mut claims {
        normalize_into(claim.span.slice(text), &mut normalized);
        claim.id = ids.mint(&normalized);
    }

    Analysis {
        paragraphs,
        title,
        sentences: scored,
        quantities,
        quotes,
        attributions,
        claims,
    }
}

/// For each sentence, the range of `spans` (sorted, non-overlapping) that
/// lie inside it. One pass over both lists.
fn ranges_within(
    sentences: &[Sentence],
    spans: impl Iterator<Item = Span>,
) -> Vec<std::ops::Range<usize>> {
    let spans: Vec<Span> = spans.collect();
    let mut out = Vec::with_capacity(sentences.len());
    let mut j = 0;
    for s in sentences {
        while j < spans.len() && spans[j].start < s.span.start {
            j += 1;
        }
        let start = j;
        let mut end = j;
        while end < spans.len() && spans[end].start < s.span.end {
            end += 1;
        }
        let inside = spans[start..end]
            .iter()
            .take_while(|q| q.end <= s.span.end)
            .count();
        out.push(start..start + inside);
        j = end;
    }
    out
}

/// For each sentence, whether any of `spans` (sorted by start) overlaps it.
/// Linear in both lists: a span reaching over many sentences is visited
/// once per sentence it covers.
fn overlapping(sentences: &[Sentence], spans: impl Iterator<Item = Span>) -> Vec<bool> {
    let mut spans: Vec<Span> = spans.collect();
    spans.sort_unstable();
    let mut out = vec![false; sentences.len()];
    let mut first = 0;
    for (i, s) in sentences.iter().enumerate() {
        while first < spans.len() && spans[first].end <= s.span.start {
            first += 1;
        }
        out[i] = spans[first..]
            .iter()
            .take_while(|q| q.start < s.span.end)
            .any(|q| q.overlaps(s.span));
    }
    out
}

/// The indexes of the figures that lie inside `span`.
fn indexes_within(quantities: &[Quantity], span: Span) -> Vec<usize> {
    let first = quantities.partition_point(|q| q.span.start < span.start);
    (first..quantities.len())
        .take_while(|&i| quantities[i].span.start < span.end)
        .filter(|&i| quantities[i].span.end <= span.end)
        .collect()
}

/// The signals of a text taken as one sentence on its own, as `score` reads
/// its units.
pub fn signals_of(unit: &str) -> Signals {
    let trimmed = unit.trim_end();
    let start = trimmed.len() - trimmed.trim_start().len();
    let span = Span::new(start, trimmed.len());
    let paragraphs = [Paragraph {
        span,
        heading: false,
    }];
    let sentences = [Sentence {
        span,
        paragraph: 0,
        heading: false,
    }];
    let quantities = find_quantities(unit);
    let dates = quantities
        .iter()
        .filter(|q| matches!(q.kind, QuantityKind::Date | QuantityKind::Year))
        .count();
    let found = crate::text::quotes::analyze(unit, &paragraphs, &sentences);
    Signals {
        figures: quantities.len() - dates,
        dates,
        attributed: !found.attributions.is_empty(),
        quoted: found
            .quotes
            .iter()
            .any(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial)),
    }
}
