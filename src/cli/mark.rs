//! `claimtrack mark`: record a verdict.

use anyhow::Result;

use super::output::UsageError;
use super::{Context, Outcome, find_claim_mut, who};
use crate::store::model::{LogEntry, LogEvent, SourceRecord, Status, Timestamp};

/// Set a claim's status; a source and a note are appended to its record
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Statuses: unverified, in-review, verified, misleading, false, unverifiable\n\n\
    Examples:\n  claimtrack mark k7q2m9 verified --source https://example.org/report --note \"UN figures\"\n  \
    claimtrack mark putin-syria-gambit/p3x false --by a.checker"
)]
pub struct Args {
    /// The claim: ARTICLE/ID, ID, or a unique prefix of either
    #[arg(value_name = "CLAIM")]
    claim: String,

    /// The new status
    #[arg(value_name = "STATUS", value_parser = parse_settable_status)]
    status: Status,

    /// Add URL as a source supporting the verdict
    #[arg(long, value_name = "URL")]
    source: Option<String>,

    /// Give the source a title
    #[arg(long, value_name = "T", requires = "source")]
    title: Option<String>,

    /// Say why, in the claim's log
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,

    /// Record the verdict as made by NAME (default: CLAIMTRACK_USER, else the OS user)
    #[arg(long, value_name = "NAME")]
    by: Option<String>,
}

/// A status a checker may set: any but `needs-recheck`.
fn parse_settable_status(s: &str) -> std::result::Result<Status, String> {
    let settable = || {
        Status::ALL
            .into_iter()
            .filter(|s| *s != Status::NeedsRecheck)
    };
    match s.parse::<Status>() {
        Ok(Status::NeedsRecheck) => Err(
            "needs-recheck is set only by claimtrack, when a claim with a verdict changes".into(),
        ),
        Ok(status) => Ok(status),
        Err(_) => Err(format!(
            "unknown status `{s}`; use one of {}",
            settable()
                .map(Status::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    if let Some(url) = &args.source {
        check_url(url)?;
    }
    let by = who(args.by);
    let now = Timestamp::now()?;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (loaded, index) = find_claim_mut(&store, &args.claim)?;
    let mut file = loaded.file.clone();
    let claim = &mut file.claims[index];
    let from = claim.status;
    claim.status = args.status;
    claim.log.push(LogEntry {
        at: now.clone(),
        by: by.clone(),
        event: LogEvent::Status,
        revision: None,
        from: Some(super::output::status_name(from).into()),
        to: Some(super::output::status_name(args.status).into()),
        note: args.note.clone(),
    });
    if let Some(url) = args.source {
        add_source(claim, url, args.title, None, &by, &now);
    }
    let label = format!("{}/{}", file.article.id, claim.id);
    store.save(&loaded, &file)?;
    if !ctx.quiet() {
        ctx.out.line(format_args!(
            "{label}: {} → {}",
            ctx.out.status(from),
            ctx.out.status(args.status)
        ))?;
    }
    Ok(Outcome::Clean)
}

/// Append a source and its log entry.
pub fn add_source(
    claim: &mut crate::store::model::ClaimRecord,
    url: String,
    title: Option<String>,
    note: Option<String>,
    by: &str,
    now: &Timestamp,
) {
    claim.log.push(LogEntry {
        at: now.clone(),
        by: by.to_string(),
        event: LogEvent::Source,
        revision: None,
        from: None,
        to: Some(url.clone()),
        note: note.clone(),
    });
    claim.sources.push(SourceRecord {
        url,
        title,
        note,
        added_at: now.clone(),
    });
}

/// A source must be something a reader can follow: a URL or a reference,
/// never empty or multi-line.
pub fn check_url(url: &str) -> Result<()> {
    if url.trim().is_empty() || url.contains(['\n', '\r']) {
        return Err(UsageError(format!(
            "bad source `{}`: give a URL or a one-line reference",
            url.escape_debug()
        ))
        .into());
    }
    Ok(())
}
