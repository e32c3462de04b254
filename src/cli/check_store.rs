//! `claimtrack check-store`: validate every file of the store at once.

use anyhow::Result;

use super::output::{Format, UsageError, count};
use super::{Context, Outcome};

/// Check every store file and report every problem at once
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Each problem is printed as FILE:LINE:COLUMN: MESSAGE; nothing is changed.\n\n\
    Exit status: 0 when every file loads, 2 when any does not.\n\n\
    Examples:\n  claimtrack check-store\n  claimtrack --store newsroom/claims check-store --format json"
)]
pub struct Args {}

pub fn run(ctx: &mut Context, _args: Args) -> Result<Outcome> {
    let format = ctx.format("check-store", &[Format::Table, Format::Json], Format::Table)?;
    let store = ctx.store()?;
    let (good, problems) = store.check_all()?;
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    if format == Format::Json {
        ctx.out.json(&serde_json::json!({
            "ok": problems.is_empty(),
            "files": good + problems.len(),
            "problems": lines,
        }))?;
    } else {
        for line in &lines {
            ctx.out.line(line)?;
        }
        if problems.is_empty() && !ctx.quiet() {
            ctx.out.line(format_args!(
                "ok: {} in {} load",
                count(good, "article file"),
                store.dir().display()
            ))?;
        }
    }
    if problems.is_empty() {
        Ok(Outcome::Clean)
    } else {
        Err(UsageError(format!(
            "{} in {} ({} load)",
            count(problems.len(), "problem"),
            store.dir().display(),
            count(good, "file")
        ))
        .into())
    }
}
