//! Recording revisions: an analysis becomes claim records, a new revision is
//! matched against the stored claims, and verdicts are carried over.
//!
//! Nothing here does I/O; commands load and save the store around it.

use std::collections::HashSet;

use crate::analysis::{Analysis, Claim, DEFAULT_MIN_SCORE, Options};
use crate::diff::{Change, ChangeKind, DiffClaim, What, diff_claims};
use crate::store::model::{
    Article, ArticleFile, ClaimRecord, LogEntry, LogEvent, Revision, SCHEMA, Status, Timestamp,
};
use crate::text::{Span, normalize};

/// A claim of an analysis, as the diff sees it.
pub fn diff_claim(text: &str, analysis: &Analysis, claim: &Claim) -> DiffClaim {
    DiffClaim {
        id: Some(claim.id.clone()),
        kind: claim.kind,
        text: claim.span.slice(text).to_string(),
        span: claim.span,
        speaker: claim.speaker.clone(),
        quote: claim.quote.clone(),
        quantities: analysis.quantity_records(text, claim),
    }
}

/// Every claim of an analysis, as the diff sees them.
pub fn diff_claims_of(text: &str, analysis: &Analysis) -> Vec<DiffClaim> {
    analysis
        .claims
        .iter()
        .map(|c| diff_claim(text, analysis, c))
        .collect()
}

/// A stored claim, as the diff sees it.
pub fn stored_diff_claim(record: &ClaimRecord) -> DiffClaim {
    DiffClaim {
        id: Some(record.id.clone()),
        kind: record.kind,
        text: record.text.clone(),
        span: Span::new(record.span[0], record.span[1]),
        speaker: record.speaker.clone(),
        quote: record.quote.clone(),
        quantities: record.quantities.clone(),
    }
}

/// A new claim record, first seen in `revision`.
fn new_record(text: &str, analysis: &Analysis, claim: &Claim, revision: u32) -> ClaimRecord {
    ClaimRecord {
        id: claim.id.clone(),
        kind: claim.kind,
        text: claim.span.slice(text).to_string(),
        span: [claim.span.start, claim.span.end],
        speaker: claim.speaker.clone(),
        quote: claim.quote.clone(),
        score: round_score(claim.score),
        status: Status::Unverified,
        first_seen: revision,
        last_seen: revision,
        removed_in: None,
        quantities: analysis.quantity_records(text, claim),
        sources: Vec::new(),
        log: Vec::new(),
    }
}

fn round_score(score: f64) -> f64 {
    (score * 100.0).round() / 100.0
}

/// Where a revision's text comes from and when it was recorded.
#[derive(Debug, Clone)]
pub struct RevisionInput<'a> {
    pub source: &'a str,
    pub text: &'a str,
    pub sha256: String,
    pub recorded_at: Timestamp,
}

impl RevisionInput<'_> {
    fn to_revision(&self, revision: u32) -> Revision {
        Revision {
            revision,
            source: self.source.to_string(),
            sha256: self.sha256.clone(),
            recorded_at: self.recorded_at.clone(),
            text: self.text.to_string(),
        }
    }
}

/// The analysis options an article was recorded with.
pub fn options_of(article: &Article) -> Options {
    Options {
        min_score: article.min_score.unwrap_or(DEFAULT_MIN_SCORE),
    }
}

/// A new article recorded as revision 1, analysed with `options`.
pub fn new_article(
    id: &str,
    title: &str,
    input: &RevisionInput,
    analysis: &Analysis,
    options: Options,
) -> ArticleFile {
    ArticleFile {
        schema: SCHEMA,
        article: Article {
            id: id.to_string(),
            title: title.to_string(),
            revision: 1,
            min_score: (options.min_score != DEFAULT_MIN_SCORE).then_some(options.min_score),
            revisions: vec![input.to_revision(1)],
        },
        claims: analysis
            .claims
            .iter()
            .map(|c| new_record(input.text, analysis, c, 1))
            .collect(),
    }
}

/// The outcome of recording a new revision.
#[derive(Debug, Clone)]
pub struct Revised {
    pub file: ArticleFile,
    /// The stored claims the new text was compared with.
    pub old: Vec<DiffClaim>,
    /// The new text's claims, ids as recorded.
    pub new: Vec<DiffClaim>,
    pub changes: Vec<Change>,
}

/// Record `input` as the next revision of `file`: match its claims to the
/// live stored ones, carry ids and verdicts over, flag changed verdicts as
/// `needs-recheck`, keep removed claims with `removed_in`.
pub fn apply_revision(
    file: &ArticleFile,
    input: &RevisionInput,
    analysis: &Analysis,
    by: &str,
) -> Revised {
    let number = file.article.revision + 1;
    let live: Vec<usize> = (0..file.claims.len())
        .filter(|&i| file.claims[i].removed_in.is_none())
        .collect();
    let old: Vec<DiffClaim> = live
        .iter()
        .map(|&i| stored_diff_claim(&file.claims[i]))
        .collect();
    let mut new = diff_claims_of(input.text, analysis);
    let changes = diff_claims(&old, &new);

    let taken: HashSet<String> = file.claims.iter().map(|c| c.id.clone()).collect();
    let mut ids = crate::store::IdMinter::new(&file.article.id, taken);
    // A claim removed earlier that comes back word for word is the same
    // claim: it keeps its id and its verdict.
    let mut removed_by_text: std::collections::HashMap<String, Vec<usize>> = Default::default();
    for (i, c) in file.claims.iter().enumerate() {
        if c.removed_in.is_some() {
            removed_by_text
                .entry(normalize(&c.text))
                .or_default()
                .push(i);
        }
    }
    let mut claims = file.claims.clone();
    // The order to write claims in: the diff's order (new text order, removed
    // claims at their old place); claims removed earlier follow the claim
    // they followed before.
    let mut order: Vec<usize> = Vec::with_capacity(claims.len() + new.len());
    let mut anchored: Vec<Vec<usize>> = vec![Vec::new(); claims.len() + 1];
    let mut previous = 0; // 0 = the start; i + 1 = after claims[i]
    for (i, c) in file.claims.iter().enumerate() {
        if c.removed_in.is_some() {
            anchored[previous].push(i);
        } else {
            previous = i + 1;
        }
    }
    order.extend(anchored[0].iter().copied());

    for change in &changes {
        let index = match (change.change, change.old, change.new) {
            (ChangeKind::Added, _, Some(n))
                if let Some(i) = removed_by_text
                    .get_mut(&normalize(analysis.claims[n].span.slice(input.text)))
                    .and_then(|found| (!found.is_empty()).then(|| found.remove(0))) =>
            {
                let claim = &analysis.claims[n];
                let fresh = new_record(input.text, analysis, claim, number);
                let record = &mut claims[i];
                record.log.push(revision_event(
                    &input.recorded_at,
                    by,
                    number,
                    None,
                    Some(fresh.text.clone()),
                    Some(format!(
                        "back in revision {number} after its removal in revision {}",
                        record.removed_in.unwrap_or(number)
                    )),
                ));
                record.removed_in = None;
                refresh(record, fresh);
                new[n].id = Some(record.id.clone());
                i
            }
            (ChangeKind::Added, _, Some(n)) => {
                let claim = &analysis.claims[n];
                let id = ids.mint(&normalize(claim.span.slice(input.text)));
                let mut record = new_record(input.text, analysis, claim, number);
                record.id = id.clone();
                new[n].id = Some(id);
                claims.push(record);
                claims.len() - 1
            }
            (ChangeKind::Removed, Some(o), _) => {
                let record = &mut claims[live[o]];
                record.log.push(revision_event(
                    &input.recorded_at,
                    by,
                    number,
                    Some(record.text.clone()),
                    None,
                    Some(format!("removed in revision {number}")),
                ));
                record.removed_in = Some(number);
                live[o]
            }
            (kind, Some(o), Some(n)) => {
                let record = &mut claims[live[o]];
                let claim = &analysis.claims[n];
                let now = &input.recorded_at;
                if kind == ChangeKind::Changed {
                    record.log.push(revision_event(
                        now,
                        by,
                        number,
                        Some(record.text.clone()),
                        Some(claim.span.slice(input.text).to_string()),
                        Some(what_note(&change.what)),
                    ));
                    if record.status.is_verdict() {
                        record.log.push(LogEntry {
                            at: now.clone(),
                            by: by.to_string(),
                            event: LogEvent::Status,
                            revision: Some(number),
                            from: Some(record.status.as_str().into()),
                            to: Some("needs-recheck".into()),
                            note: Some(format!(
                                "the claim changed in revision {number} ({})",
                                what_note(&change.what)
                            )),
                        });
                        record.status = Status::NeedsRecheck;
                    }
                }
                // An unchanged claim keeps the score it was recorded with
                // (a later model, or a hand edit, does not churn the file).
                let score = record.score;
                refresh(record, new_record(input.text, analysis, claim, number));
                if change.change == ChangeKind::Unchanged {
                    record.score = score;
                }
                new[n].id = Some(record.id.clone());
                live[o]
            }
            _ => continue,
        };
        order.push(index);
        if index < file.claims.len() {
            order.extend(anchored[index + 1].iter().copied());
        }
    }

    let mut sorted: Vec<ClaimRecord> = Vec::with_capacity(claims.len());
    let mut placed = vec![false; claims.len()];
    for i in order {
        if !std::mem::replace(&mut placed[i], true) {
            sorted.push(claims[i].clone());
        }
    }
    // Anything the walk above did not place is kept, never dropped.
    for (i, c) in claims.iter().enumerate() {
        if !placed[i] {
            sorted.push(c.clone());
        }
    }

    let mut article = file.article.clone();
    article.revision = number;
    article.revisions.push(input.to_revision(number));
    Revised {
        file: ArticleFile {
            schema: file.schema,
            article,
            claims: sorted,
        },
        old,
        new,
        changes,
    }
}

/// Bring a stored claim up to date with what the new revision says of it,
/// keeping what the checker owns: id, status, sources, log, first_seen.
fn refresh(record: &mut ClaimRecord, fresh: ClaimRecord) {
    record.kind = fresh.kind;
    record.text = fresh.text;
    record.span = fresh.span;
    record.speaker = fresh.speaker;
    record.quote = fresh.quote;
    record.score = fresh.score;
    record.quantities = fresh.quantities;
    record.last_seen = fresh.last_seen;
}

/// A `revision` entry of a claim's log: its text before (`from`; none when
/// it comes back after a removal) and after (`to`; none when removed).
fn revision_event(
    at: &Timestamp,
    by: &str,
    revision: u32,
    from: Option<String>,
    to: Option<String>,
    note: Option<String>,
) -> LogEntry {
    LogEntry {
        at: at.clone(),
        by: by.to_string(),
        event: LogEvent::Revision,
        revision: Some(revision),
        from,
        to,
        note,
    }
}

/// `[quantity, wording]` -> `"quantity, wording"`.
pub fn what_note(what: &[What]) -> String {
    what.iter()
        .map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A claim's text as it read in `revision`, or `None` when it was not in
/// that revision. The log's revision entries tell: each holds the text
/// before it (`from`; none when the claim came back after a removal).
pub fn text_at(record: &ClaimRecord, revision: u32) -> Option<&str> {
    if revision < record.first_seen || record.removed_in.is_some_and(|r| revision >= r) {
        return None;
    }
    let later = record
        .log
        .iter()
        .filter(|e| e.event == LogEvent::Revision)
        .filter(|e| e.revision.is_some_and(|r| r > revision))
        .min_by_key(|e| e.revision);
    match later {
        Some(e) => e.from.as_deref(),
        None => Some(&record.text),
    }
}

/// The claims of stored revision `revision`: the records themselves for the
/// latest revision (hand corrections included), a fresh analysis of the
/// stored text for an older one, named by the ids the store gave them.
pub fn claims_at(file: &ArticleFile, revision: u32) -> Option<Vec<DiffClaim>> {
    if revision == file.article.revision {
        return Some(
            file.claims
                .iter()
                .filter(|c| c.removed_in.is_none())
                .map(stored_diff_claim)
                .collect(),
        );
    }
    let stored = file
        .article
        .revisions
        .iter()
        .find(|r| r.revision == revision)?;
    let analysis =
        crate::analysis::analyze(&stored.text, &file.article.id, options_of(&file.article));
    let mut by_text: std::collections::HashMap<String, Vec<&str>> = Default::default();
    for record in &file.claims {
        if let Some(text) = text_at(record, revision) {
            by_text.entry(normalize(text)).or_default().push(&record.id);
        }
    }
    let mut claims = diff_claims_of(&stored.text, &analysis);
    for claim in &mut claims {
        if let Some(ids) = by_text.get_mut(&normalize(&claim.text))
            && !ids.is_empty()
        {
            claim.id = Some(ids.remove(0).to_string());
        }
    }
    Some(claims)
}
