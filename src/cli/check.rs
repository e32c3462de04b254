//! `claimtrack check`: a gate before publication.

use anyhow::Result;
use serde::Serialize;

use super::list::load_articles;
use super::output::{Format, status_name};
use super::views::{ClaimJson, claims_table};
use super::{Context, Outcome, parse_status};
use crate::store::model::Status;

/// Exit 1 when any claim has a blocking status (a gate for publication)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 when nothing blocks, 1 when some claim does, 2 on error.\n\n\
    Examples:\n  claimtrack check putin-syria-gambit\n  \
    claimtrack check --fail-on false,misleading,needs-recheck"
)]
pub struct Args {
    /// Only this article (default: every article in the store)
    #[arg(value_name = "ARTICLE")]
    article: Option<String>,

    /// The statuses that block publication
    #[arg(
        long,
        value_name = "STATUS,...",
        value_delimiter = ',',
        value_parser = parse_status,
        default_value = "unverified,false,needs-recheck"
    )]
    fail_on: Vec<Status>,
}

#[derive(Serialize)]
struct CheckJson<'a> {
    ok: bool,
    fail_on: Vec<&'static str>,
    blocking: Vec<ClaimJson<'a>>,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format("check", &[Format::Table, Format::Json], Format::Table)?;
    let store = ctx.store()?;
    let files = load_articles(&store, args.article.as_deref())?;
    let blocking: Vec<_> = files
        .iter()
        .flat_map(|f| f.claims.iter().map(move |c| (f.article.id.as_str(), c)))
        .filter(|(_, c)| c.removed_in.is_none() && args.fail_on.contains(&c.status))
        .collect();
    let fail_on: Vec<&str> = args.fail_on.iter().map(|s| status_name(*s)).collect();
    if format == Format::Json {
        ctx.out.json(&CheckJson {
            ok: blocking.is_empty(),
            fail_on: fail_on.clone(),
            blocking: blocking.iter().map(|(a, c)| ClaimJson::new(a, c)).collect(),
        })?;
    } else if blocking.is_empty() {
        if !ctx.quiet() {
            ctx.out.line(format_args!(
                "ok: no claim is {} in {}",
                fail_on.join(", "),
                super::output::count(files.len(), "article")
            ))?;
        }
    } else {
        let table = claims_table(&ctx.out, blocking.iter().copied(), files.len() > 1);
        ctx.out.table(&table)?;
        if !ctx.quiet() {
            ctx.out.line(format_args!(
                "{} block publication ({})",
                super::output::count(blocking.len(), "claim"),
                fail_on.join(", ")
            ))?;
        }
    }
    Ok(if blocking.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Found
    })
}
