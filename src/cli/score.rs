//! `claimtrack score`: one check-worthiness score per input line.

use anyhow::Result;

use super::output::Format;
use super::{Context, Outcome};
use crate::score::{HandScorer, Scorer};

/// Score text units, one per line: prints one score per line, in order
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Each input line is one unit (a sentence, a claim); an empty line scores 0.\n\n\
    Examples:\n  claimtrack score sentences.txt\n  \
    echo \"Unemployment fell to 3.5% last year.\" | claimtrack score -"
)]
pub struct Args {
    /// The units, one per line (- reads standard input)
    #[arg(value_name = "FILE")]
    file: String,

    #[command(flatten)]
    read: super::ReadArgs,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format("score", &[Format::Table, Format::Json], Format::Table)?;
    let input = args.read.read(&args.file)?;
    let scores: Vec<f64> = input
        .text
        .lines()
        .map(|line| {
            if line.trim().is_empty() {
                0.0
            } else {
                HandScorer
                    .score(line, crate::analysis::signals_of(line))
                    .value
            }
        })
        .collect();
    if format == Format::Json {
        ctx.out.json(&scores)?;
    } else {
        for s in scores {
            ctx.out.line(format_args!("{s:.4}"))?;
        }
    }
    Ok(Outcome::Clean)
}
