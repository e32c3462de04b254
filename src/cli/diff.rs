//! `claimtrack diff`: compare the claims of two versions of an article.

use std::path::Path;

use anyhow::Result;

use super::extract::derive_id;
use super::output::{Format, UsageError};
use super::views::DiffReport;
use super::{Context, Outcome};
use crate::analysis::{Options, analyze};
use crate::diff::{DiffClaim, What, diff_claims};
use crate::input::read_input;
use crate::revision::{claims_at, diff_claims_of};

/// Compare two claim sets: article files, or stored ARTICLE@REV revisions
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Each side is a file (- for standard input), ARTICLE@REV for a stored \
    revision, or ARTICLE for its latest revision.\n\n\
    Exit status: 0 when the claims are the same, 1 when they differ, 2 on error.\n\n\
    Examples:\n  claimtrack diff story.v1.txt story.v2.txt\n  \
    claimtrack diff putin-syria-gambit@1 putin-syria-gambit@2 --format json\n  \
    claimtrack diff putin-syria-gambit story.v3.txt --only quantity,speaker"
)]
pub struct Args {
    /// The old side
    #[arg(value_name = "OLD")]
    old: String,

    /// The new side
    #[arg(value_name = "NEW")]
    new: String,

    /// Also list unchanged claims
    #[arg(long)]
    all: bool,

    /// List only changed claims whose substance changed in one of these ways
    #[arg(long, value_name = "WHAT", value_delimiter = ',', value_parser = parse_what)]
    only: Vec<What>,
}

fn parse_what(s: &str) -> Result<What, String> {
    s.parse()
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format(
        "diff",
        &[Format::Table, Format::Json, Format::Markdown],
        Format::Table,
    )?;
    if args.old == "-" && args.new == "-" {
        return Err(UsageError("only one side can be standard input".into()).into());
    }
    let (old_label, old, _) = side(ctx, &args.old)?;
    let (new_label, new, new_stored) = side(ctx, &args.new)?;
    let changes = diff_claims(&old, &new);
    let report = DiffReport {
        new_ids_recorded: new_stored,
        old_label,
        new_label,
        old,
        new,
        changes,
    };
    match format {
        Format::Json => ctx.out.json(&report.to_json(args.all, &args.only))?,
        Format::Markdown => {
            let md = report.render_markdown(&ctx.out, args.all, &args.only);
            ctx.out.raw(&md)?;
        }
        _ => report.render_table(&mut ctx.out, args.all, &args.only)?,
    }
    Ok(if report.differs(&args.only) {
        Outcome::Found
    } else {
        Outcome::Clean
    })
}

/// One side of a diff: a label, its claims, and whether they are stored
/// (their ids are then the store's).
fn side(ctx: &Context, arg: &str) -> Result<(String, Vec<DiffClaim>, bool)> {
    if arg == "-" || Path::new(arg).exists() {
        let input = read_input(arg)?;
        let id = derive_id(input.file_name(), &input.text);
        let analysis = analyze(&input.text, &id, Options::default());
        let label = input.file_name().unwrap_or("<stdin>").to_string();
        return Ok((label, diff_claims_of(&input.text, &analysis), false));
    }
    let (article, revision) = match arg.rsplit_once('@') {
        Some((a, r)) => {
            let r: u32 = r.parse().map_err(|_| {
                UsageError(format!("`{arg}`: the revision after @ must be a number"))
            })?;
            (a, Some(r))
        }
        None => (arg, None),
    };
    if crate::store::validate_article_id(article).is_err() {
        return Err(UsageError(format!(
            "`{arg}`: no such file, and not an ARTICLE@REV reference"
        ))
        .into());
    }
    let store = ctx.store()?;
    if !store.contains(article) {
        return Err(UsageError(format!(
            "`{arg}`: no such file, and no article `{article}` in {}",
            store.dir().display()
        ))
        .into());
    }
    let file = store.load(article)?.file;
    let revision = revision.unwrap_or(file.article.revision);
    let claims = claims_at(&file, revision).ok_or_else(|| {
        UsageError(format!(
            "`{article}` has no revision {revision} (it has 1 to {})",
            file.article.revision
        ))
    })?;
    Ok((format!("{article}@{revision}"), claims, true))
}
