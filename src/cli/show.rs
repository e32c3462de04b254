//! `claimtrack show`: one claim in full.

use anyhow::Result;
use serde::Serialize;

use super::output::{Format, score, serde_name};
use super::views::ClaimJson;
use super::{Context, Outcome, find_claim};
use crate::store::model::{LogEntry, Revision};

/// Show one claim in full: text, figures, speaker, sources, log, revisions
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrack show k7q2m9\n  claimtrack show putin-syria-gambit/k7q --format json"
)]
pub struct Args {
    /// The claim: ARTICLE/ID, ID, or a unique prefix of either
    #[arg(value_name = "CLAIM")]
    claim: String,
}

#[derive(Serialize)]
struct ShowJson<'a> {
    #[serde(flatten)]
    claim: ClaimJson<'a>,
    log: &'a [LogEntry],
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format("show", &[Format::Table, Format::Json], Format::Table)?;
    let store = ctx.store()?;
    let (file, index) = find_claim(&store, &args.claim)?;
    let c = &file.claims[index];
    let article = &file.article.id;
    if format == Format::Json {
        ctx.out.json(&ShowJson {
            claim: ClaimJson::new(article, c),
            log: &c.log,
        })?;
        return Ok(Outcome::Clean);
    }

    let out = &mut ctx.out;
    let mut table = out.record_table();
    let mut row = |k: &str, v: String| {
        table.add_row([k.to_string(), v]);
    };
    row("claim", format!("{article}/{}", c.id));
    row("kind", serde_name(&c.kind));
    row("status", out.status(c.status));
    row("score", score(c.score));
    row("speaker", c.speaker.clone().unwrap_or_else(|| "-".into()));
    row("text", c.text.clone());
    if let Some(q) = &c.quote {
        row("quote", format!("“{q}”"));
    }
    for q in &c.quantities {
        row("figure", describe_quantity(q));
    }
    row("seen", seen(c, &file.article.revisions));
    for s in &c.sources {
        let mut line = s.url.clone();
        if let Some(t) = &s.title {
            line = format!("{t} <{line}>");
        }
        if let Some(n) = &s.note {
            line.push_str(&format!("\n{n}"));
        }
        row("source", line);
    }
    for e in &c.log {
        row("log", describe_log(e));
    }
    out.table(&table)?;
    Ok(Outcome::Clean)
}

/// A figure's normalized value alone: `240000`, `4–5`, `≥ 100`, or the
/// date for a date without a number.
pub fn quantity_value(q: &crate::store::model::QuantityRecord) -> String {
    let number = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    match (q.value, q.low, q.high) {
        (Some(v), _, _) => number(v),
        (None, Some(l), Some(h)) => format!("{}–{}", number(l), number(h)),
        (None, Some(l), None) => format!("≥ {}", number(l)),
        (None, None, Some(h)) => format!("≤ {}", number(h)),
        _ => q.date.clone().unwrap_or_default(),
    }
}

/// `240,000 deaths: count 240000 deaths (exact)`.
pub fn describe_quantity(q: &crate::store::model::QuantityRecord) -> String {
    let value = quantity_value(q);
    let unit = q
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    format!(
        "{}: {} {value}{unit} ({})",
        q.text,
        serde_name(&q.kind),
        serde_name(&q.qualifier)
    )
}

fn seen(c: &crate::store::model::ClaimRecord, revisions: &[Revision]) -> String {
    let mut line = if c.first_seen == c.last_seen {
        format!("revision {}", c.first_seen)
    } else {
        format!("revisions {} to {}", c.first_seen, c.last_seen)
    };
    if let Some(r) = c.removed_in {
        line.push_str(&format!("; removed in revision {r}"));
    }
    if let Some(r) = revisions.iter().find(|r| r.revision == c.last_seen) {
        line.push_str(&format!(
            " (bytes {}..{} of {})",
            c.span[0], c.span[1], r.source
        ));
    }
    line
}

/// One log entry on one line: `2026-11-24T11:00:00Z a.checker: unverified → verified`.
pub fn describe_log(e: &LogEntry) -> String {
    use crate::store::model::LogEvent;
    let what = match e.event {
        LogEvent::Status => format!(
            "{} → {}",
            e.from.as_deref().unwrap_or("?"),
            e.to.as_deref().unwrap_or("?")
        ),
        LogEvent::Source => format!("source {}", e.to.as_deref().unwrap_or("")),
        LogEvent::Note => "note".to_string(),
        LogEvent::Revision => format!("changed in revision {}", e.revision.unwrap_or(0)),
    };
    let mut line = format!("{} {}: {what}", e.at, e.by);
    if let Some(n) = &e.note {
        line.push_str(&format!(" ({n})"));
    }
    line
}
