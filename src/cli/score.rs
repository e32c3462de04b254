//! `claimtrack score`: one check-worthiness score per input line.

use anyhow::Result;

use super::output::Format;
use super::{Context, Outcome};
use crate::score::{Unit, default_scorer};

/// Score text units, one per line: prints one score per line, in order
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Each input line is one unit (a sentence, a claim); an empty line scores 0. \
    The lines are scored as one document, in order (a model may weigh a line's neighbours).\n\n\
    Examples:\n  claimtrack score sentences.txt\n  \
    echo \"Unemployment fell to 3.5% last year.\" | claimtrack score -"
)]
pub struct Args {
    /// The units, one per line (- reads standard input)
    #[arg(value_name = "FILE")]
    file: String,

    #[command(flatten)]
    read: super::TextReadArgs,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format("score", &[Format::Table, Format::Json], Format::Table)?;
    let input = args.read.read(&args.file)?;
    // The non-empty lines are scored as one sequence, like the sentences
    // of a debate, so a model may weigh neighbours; an empty line scores 0.
    let lines: Vec<&str> = input.text.lines().collect();
    let units: Vec<Unit> = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Unit {
            text: l,
            signals: crate::analysis::signals_of(l),
        })
        .collect();
    let mut scored = default_scorer().values(&units).into_iter();
    let scores: Vec<f64> = lines
        .iter()
        .map(|l| match l.trim().is_empty() {
            true => 0.0,
            false => scored.next().unwrap_or(0.0),
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
