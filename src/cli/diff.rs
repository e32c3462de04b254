//! `claimtrack diff`: compare the claims of two versions of an article.

use std::path::Path;

use anyhow::Result;

use super::extract::default_id;
use super::output::{Format, UsageError};
use super::views::DiffReport;
use super::{Context, Outcome};
use crate::analysis::{Options, analyze};
use crate::diff::{DiffClaim, What, diff_claims};
use crate::revision::{claims_at, diff_claims_of, options_of};

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

    #[command(flatten)]
    read: super::ReadArgs,
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
    let (old, new) = (
        load_side(ctx, &args.old, args.read)?,
        load_side(ctx, &args.new, args.read)?,
    );
    // A file compared with a stored article is judged by the article's
    // threshold, so that only the text makes a difference.
    let options = [&old, &new]
        .into_iter()
        .find_map(|s| match s {
            Side::Stored { options, .. } => Some(*options),
            Side::File(_) => None,
        })
        .unwrap_or_default();
    let (old_label, old, _) = old.claims(options);
    let (new_label, new, new_stored) = new.claims(options);
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

/// One side of a diff, read: a file's text, or a stored revision's claims.
enum Side {
    File(crate::input::Input),
    Stored {
        label: String,
        claims: Vec<DiffClaim>,
        options: Options,
    },
}

impl Side {
    /// A label, the claims, and whether they are stored (their ids are then
    /// the store's).
    fn claims(self, options: Options) -> (String, Vec<DiffClaim>, bool) {
        match self {
            Side::File(input) => {
                let id = default_id(&input);
                let analysis = analyze(&input.text, &id, options);
                let label = input.file_name().unwrap_or("<stdin>").to_string();
                (label, diff_claims_of(&input.text, &analysis), false)
            }
            Side::Stored { label, claims, .. } => (label, claims, true),
        }
    }
}

/// Read one side: a file (or `-`), else `ARTICLE` or `ARTICLE@REV`.
fn load_side(ctx: &Context, arg: &str, read: super::ReadArgs) -> Result<Side> {
    if arg == "-" || Path::new(arg).exists() {
        return Ok(Side::File(read.read(arg)?));
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
    Ok(Side::Stored {
        label: format!("{article}@{revision}"),
        claims,
        options: options_of(&file.article),
    })
}
