//! `claimtrack report`: a readable report of claims, verdicts and changes.

use anyhow::Result;

use super::list::load_articles;
use super::output::{Format, serde_name, status_name};
use super::views::{ClaimJson, DiffReport};
use super::{Context, Outcome};
use crate::diff::diff_claims;
use crate::revision::claims_at;
use crate::store::model::{ArticleFile, Status};

/// Write a report of claims, verdicts and revision changes: Markdown or an HTML page for people, JSON for scripts
#[derive(Debug, clap::Args)]
#[command(
    after_help = "--format html writes one self-contained page (inline CSS, no script, \
    nothing loaded from the network): the latest text with every claim highlighted by status, \
    the verdicts, and the changes since the revision before.\n\n\
    Examples:\n  claimtrack report putin-syria-gambit > report.md\n  \
    claimtrack report --format html > report.html\n  claimtrack report"
)]
pub struct Args {
    /// Only this article (default: every article in the store)
    #[arg(value_name = "ARTICLE")]
    article: Option<String>,
}

/// Statuses in the order reports list them: what blocks publication first.
pub(super) const STATUSES: [Status; 7] = [
    Status::False,
    Status::Misleading,
    Status::NeedsRecheck,
    Status::Unverifiable,
    Status::InReview,
    Status::Unverified,
    Status::Verified,
];

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format(
        "report",
        &[Format::Markdown, Format::Json, Format::Html],
        Format::Markdown,
    )?;
    let store = ctx.store()?;
    let files = load_articles(&store, args.article.as_deref())?;
    if format == Format::Html {
        ctx.out.raw(&super::report_html::render(&files))?;
        return Ok(Outcome::Clean);
    }
    if format == Format::Json {
        let reports: Vec<Vec<DiffReport>> = files.iter().map(revision_reports).collect();
        let articles: Vec<_> = files
            .iter()
            .zip(&reports)
            .map(|(file, reports)| {
                let a = &file.article;
                let verdicts: serde_json::Map<String, serde_json::Value> = STATUSES
                    .iter()
                    .map(|s| {
                        let n = file
                            .claims
                            .iter()
                            .filter(|c| c.removed_in.is_none() && c.status == *s)
                            .count();
                        (status_name(*s).to_string(), n.into())
                    })
                    .collect();
                serde_json::json!({
                    "article": {"id": a.id, "title": a.title, "revision": a.revision},
                    "verdicts": verdicts,
                    "claims": file.claims.iter().map(|c| ClaimJson::new(&a.id, c)).collect::<Vec<_>>(),
                    "revisions": reports.iter().map(|r| r.to_json(false, &[])).collect::<Vec<_>>(),
                })
            })
            .collect();
        ctx.out.json(&articles)?;
        return Ok(Outcome::Clean);
    }
    for (i, file) in files.iter().enumerate() {
        if i > 0 {
            ctx.out.raw("\n---\n\n")?;
        }
        let md = markdown(ctx, file);
        ctx.out.raw(&md)?;
    }
    Ok(Outcome::Clean)
}

/// Text for a Markdown table cell: one line, pipes escaped.
fn cell(text: &str) -> String {
    crate::text::normalize(text).replace('|', "\\|")
}

fn markdown(ctx: &Context, file: &ArticleFile) -> String {
    let a = &file.article;
    let mut md = format!("# {}\n\n", cell(&a.title));
    let latest = a.revisions.iter().find(|r| r.revision == a.revision);
    md.push_str(&format!("Article `{}`, revision {}", a.id, a.revision));
    if let Some(r) = latest {
        md.push_str(&format!(", recorded {} from `{}`", r.recorded_at, r.source));
    }
    md.push_str(".\n\n## Verdicts\n\n| status | claims |\n| --- | --- |\n");
    let live: Vec<_> = file
        .claims
        .iter()
        .filter(|c| c.removed_in.is_none())
        .collect();
    for status in STATUSES {
        let n = live.iter().filter(|c| c.status == status).count();
        if n > 0 {
            md.push_str(&format!("| {} | {n} |\n", status_name(status)));
        }
    }
    md.push_str("\n## Claims\n\n| id | status | kind | claim | speaker | sources |\n| --- | --- | --- | --- | --- | --- |\n");
    for c in &live {
        let sources = c
            .sources
            .iter()
            .map(|s| match &s.title {
                Some(t) => format!("[{}]({})", cell(t), s.url),
                None => format!("<{}>", s.url),
            })
            .collect::<Vec<_>>()
            .join(", ");
        md.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            c.id,
            status_name(c.status),
            serde_name(&c.kind),
            cell(&c.text),
            cell(c.speaker.as_deref().unwrap_or("")),
            sources
        ));
    }
    let removed: Vec<_> = file
        .claims
        .iter()
        .filter(|c| c.removed_in.is_some())
        .collect();
    if !removed.is_empty() {
        md.push_str("\n## Removed claims\n\n| id | removed in | status | claim |\n| --- | --- | --- | --- |\n");
        for c in removed {
            md.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                c.id,
                c.removed_in.unwrap_or(0),
                status_name(c.status),
                cell(&c.text)
            ));
        }
    }
    let reports = revision_reports(file);
    if !reports.is_empty() {
        md.push_str("\n## Revisions\n\n");
        for report in reports {
            md.push('#');
            md.push_str(&report.render_markdown(&ctx.out, false, &[]));
            md.push('\n');
        }
    }
    md
}

/// What changed from each revision to the next.
fn revision_reports(file: &ArticleFile) -> Vec<DiffReport> {
    let a = &file.article;
    (2..=a.revision)
        .filter_map(|r| {
            let (old, new) = (claims_at(file, r - 1)?, claims_at(file, r)?);
            let changes = diff_claims(&old, &new);
            Some(DiffReport {
                new_ids_recorded: true,
                old_label: format!("{}@{}", a.id, r - 1),
                new_label: format!("{}@{r}", a.id),
                old,
                new,
                changes,
            })
        })
        .collect()
}
