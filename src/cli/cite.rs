//! `claimtrack cite`: add a source without changing the status.

use anyhow::Result;

use super::mark::{add_source, check_url};
use super::{Context, Outcome, find_claim_mut, who};
use crate::store::model::Timestamp;

/// Add a source to a claim without changing its status
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  claimtrack cite k7q2m9 https://example.org/report --title \"UN report\""
)]
pub struct Args {
    /// The claim: ARTICLE/ID, ID, or a unique prefix of either
    #[arg(value_name = "CLAIM")]
    claim: String,

    /// The source's URL (or a one-line reference)
    #[arg(value_name = "URL")]
    url: String,

    /// Give the source a title
    #[arg(long, value_name = "T")]
    title: Option<String>,

    /// Say what the source shows
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,

    /// Record the source as added by NAME (default: CLAIMTRACK_USER, else the OS user)
    #[arg(long, value_name = "NAME")]
    by: Option<String>,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    check_url(&args.url)?;
    let by = who(args.by);
    let now = Timestamp::now()?;
    let store = ctx.store()?;
    let _lock = store.lock()?;
    let (loaded, index) = find_claim_mut(&store, &args.claim)?;
    let mut file = loaded.file.clone();
    let claim = &mut file.claims[index];
    add_source(claim, args.url.clone(), args.title, args.note, &by, &now);
    let label = format!("{}/{}", file.article.id, claim.id);
    let count = claim.sources.len();
    store.save(&loaded, &file)?;
    if !ctx.quiet() {
        ctx.out.line(format_args!(
            "{label}: added source {} ({count} in all)",
            args.url
        ))?;
    }
    Ok(Outcome::Clean)
}
