//! `claimtrack update`: record the next revision of an article.

use anyhow::Result;

use super::extract::{title_from, without_heading_marks};
use super::output::{Format, UsageError};
use super::views::DiffReport;
use super::{Context, Outcome, who};
use crate::analysis::analyze;
use crate::revision::{RevisionInput, apply_revision, options_of};
use crate::store;

/// Record FILE as the article's next revision and show what changed
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrack update putin-syria-gambit article-v2.txt\n  \
    claimtrack update putin-syria-gambit - --format json < article-v2.txt"
)]
pub struct Args {
    /// The article's id in the store
    #[arg(value_name = "ARTICLE")]
    article: String,

    /// The new version, as text, Markdown or a saved web page (- reads
    /// standard input)
    #[arg(value_name = "FILE")]
    file: String,

    /// Record the change as made by NAME (default: CLAIMTRACK_USER, else the OS user)
    #[arg(long, value_name = "NAME")]
    by: Option<String>,

    /// Judge sentences by this threshold from now on (default: the one the
    /// article was extracted with)
    #[arg(long, value_name = "S", value_parser = super::parse_score)]
    min_score: Option<f64>,

    #[command(flatten)]
    read: super::ReadArgs,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format(
        "update",
        &[Format::Table, Format::Json, Format::Markdown],
        Format::Table,
    )?;
    store::validate_article_id(&args.article)?;
    let input = args.read.read(&args.file)?;
    if input.text.trim().is_empty() {
        return Err(UsageError(format!("{}: the article is empty", args.file)).into());
    }
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let loaded = store.load(&args.article)?;
    let latest = loaded.file.article.revision;
    let sha256 = store::sha256_hex(input.text.as_bytes());
    let same = loaded
        .file
        .article
        .revisions
        .iter()
        .find(|r| r.revision == latest)
        .is_some_and(|r| r.sha256 == sha256 && r.text == input.text);
    if same {
        if !ctx.quiet() {
            ctx.out.line(format_args!(
                "{} is the same text as `{}` revision {latest}: nothing recorded",
                args.file, args.article
            ))?;
        }
        return Ok(Outcome::Clean);
    }

    let mut options = options_of(&loaded.file.article);
    if let Some(s) = args.min_score {
        options.min_score = s;
    }
    let analysis = analyze(&input.text, &args.article, options);
    let revision = RevisionInput {
        source: &input.source,
        text: &input.text,
        sha256,
        recorded_at: store::model::Timestamp::now()?,
    };
    let mut revised = apply_revision(&loaded.file, &revision, &analysis, &who(args.by));
    if let Some(s) = args.min_score {
        revised.file.article.min_score = Some(s);
    }
    // A title taken from the text follows the text; one a checker gave is kept.
    let latest_text = loaded
        .file
        .article
        .revisions
        .iter()
        .find(|r| r.revision == latest)
        .map(|r| r.text.as_str())
        .unwrap_or("");
    let stored_title = loaded.file.article.title.as_str();
    if title_of(latest_text)
        .is_some_and(|t| t == stored_title || without_heading_marks(&t) == stored_title)
        && let Some(title) = title_from(&input, &analysis)
    {
        revised.file.article.title = title;
    }
    store.save(&loaded, &revised.file)?;

    let number = revised.file.article.revision;
    let report = DiffReport {
        new_ids_recorded: true,
        old_label: format!("{}@{}", args.article, number - 1),
        new_label: format!("{}@{number}", args.article),
        old: revised.old,
        new: revised.new,
        changes: revised.changes,
    };
    match format {
        Format::Json => ctx.out.json(&report.to_json(false, &[]))?,
        Format::Markdown => {
            let md = report.render_markdown(&ctx.out, false, &[]);
            ctx.out.raw(&md)?;
        }
        _ => {
            report.render_table(&mut ctx.out, false, &[])?;
            let rechecks = revised
                .file
                .claims
                .iter()
                .filter(|c| c.status == store::model::Status::NeedsRecheck && c.last_seen == number)
                .count();
            if !ctx.quiet() && rechecks > 0 {
                ctx.out.line(format_args!(
                    "{} flagged needs-recheck: see `claimtrack list {} --status needs-recheck`",
                    super::output::count(rechecks, "verdict"),
                    args.article
                ))?;
            }
        }
    }
    Ok(Outcome::Clean)
}

/// The title line of a text, if it has one.
fn title_of(text: &str) -> Option<String> {
    use crate::text::segment::{find_paragraphs, find_title};
    let paragraphs = find_paragraphs(text);
    find_title(text, &paragraphs)
        .and_then(|i| paragraphs.get(i))
        .map(|p| p.span.slice(text).to_string())
}
