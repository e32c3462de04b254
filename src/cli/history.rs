//! `claimtrack history`: a claim across revisions.

use anyhow::Result;
use serde::Serialize;

use super::output::{Format, Style, status_name};
use super::show::describe_log;
use super::views::inline_diff;
use super::{Context, Outcome, find_claim};
use crate::revision::text_at;
use crate::store::model::{LogEntry, LogEvent};

/// Show a claim's text in every revision and every status change
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrack history k7q2m9\n  claimtrack history k7q --format json"
)]
pub struct Args {
    /// The claim: ARTICLE/ID, ID, or a unique prefix of either
    #[arg(value_name = "CLAIM")]
    claim: String,
}

#[derive(Serialize)]
struct TextAt<'a> {
    revision: u32,
    text: &'a str,
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    article: &'a str,
    id: &'a str,
    status: &'static str,
    first_seen: u32,
    last_seen: u32,
    removed_in: Option<u32>,
    revisions: Vec<TextAt<'a>>,
    log: &'a [LogEntry],
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format("history", &[Format::Table, Format::Json], Format::Table)?;
    let store = ctx.store()?;
    let (file, index) = find_claim(&store, &args.claim)?;
    let c = &file.claims[index];
    let revisions: Vec<TextAt> = (c.first_seen..=c.last_seen)
        .filter_map(|r| text_at(c, r).map(|text| TextAt { revision: r, text }))
        .collect();
    if format == Format::Json {
        ctx.out.json(&HistoryJson {
            article: &file.article.id,
            id: &c.id,
            status: status_name(c.status),
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            removed_in: c.removed_in,
            revisions,
            log: &c.log,
        })?;
        return Ok(Outcome::Clean);
    }

    let recorded = |r: u32| {
        file.article
            .revisions
            .iter()
            .find(|x| x.revision == r)
            .map(|x| x.recorded_at.to_string())
            .unwrap_or_default()
    };
    let out = &mut ctx.out;
    let mut table = out.new_table(["REV", "WHEN", "WHAT"]);
    let first = revisions.first().map(|t| t.text).unwrap_or(&c.text);
    table.add_row([
        c.first_seen.to_string(),
        recorded(c.first_seen),
        format!("first seen: {}", crate::text::normalize(first)),
    ]);
    for e in &c.log {
        let what = match e.event {
            LogEvent::Revision => match (e.from.as_deref(), e.to.as_deref()) {
                (Some(from), Some(to)) => format!(
                    "changed ({}): {}",
                    e.note.as_deref().unwrap_or(""),
                    inline_diff(out, from, to, false)
                ),
                (Some(_), None) => out.paint("removed from the article", Style::Red),
                (None, _) => out.paint("back in the article", Style::Green),
            },
            _ => {
                let line = describe_log(e);
                // describe_log starts with the time; the table has a column for it.
                line.split_once(' ')
                    .map(|(_, rest)| rest.to_string())
                    .unwrap_or(line)
            }
        };
        table.add_row([
            e.revision.map(|r| r.to_string()).unwrap_or_default(),
            e.at.to_string(),
            what,
        ]);
    }
    out.table(&table)?;
    if !ctx.quiet() {
        let status = ctx.out.status(c.status);
        ctx.out
            .line(format_args!("{}/{}: now {status}", file.article.id, c.id))?;
    }
    Ok(Outcome::Clean)
}
