//! The command-line face: argument parsing, dispatch, and exit codes.
//!
//! Each subcommand lives in its own file with its `Args` struct and one
//! `run`. Commands compute with the library and hand data to [`output`],
//! which alone decides how it looks.

mod analyze;
mod batch;
mod check;
mod check_store;
mod cite;
mod completions;
mod diff;
mod export;
mod extract;
mod history;
mod init;
mod list;
mod man;
mod mark;
pub mod output;
mod report;
mod report_html;
mod score;
mod show;
mod update;
mod views;

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};

use crate::store::Store;
use output::{Format, Output};

const EXAMPLES: &str = "\
Examples:
  claimtrack init
  claimtrack extract article.txt
  claimtrack list --status unverified
  claimtrack mark k7q2m9 verified --source https://example.org/report --note \"UN figures\"
  claimtrack update putin-syria-gambit article-v2.txt
  claimtrack diff putin-syria-gambit@1 putin-syria-gambit@2
  claimtrack analyze article.txt --format json
  claimtrack check --fail-on false,needs-recheck";

/// Extract checkable claims from news articles, record verdicts, and follow
/// the claims across revisions.
#[derive(Debug, Parser)]
#[command(name = "claimtrack", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Use the claim store in DIR
    #[arg(long, global = true, env = "CLAIMTRACK_STORE", value_name = "DIR")]
    store: Option<PathBuf>,

    /// Print data as FORMAT (each command lists the formats it takes)
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    format: Option<Format>,

    /// Colour the output: auto colours only a terminal, and honours NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    /// Print only data and errors, no summaries
    #[arg(short, long, global = true)]
    quiet: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    Init(init::Args),
    Extract(extract::Args),
    Update(update::Args),
    List(list::Args),
    Show(show::Args),
    Mark(mark::Args),
    Cite(cite::Args),
    Diff(diff::Args),
    History(history::Args),
    Analyze(analyze::Args),
    Score(score::Args),
    Export(export::Args),
    Report(report::Args),
    Check(check::Args),
    CheckStore(check_store::Args),
    Completions(completions::Args),
    Man(man::Args),
}

/// What a successful command found, as an exit code: like `diff(1)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Clean,
    /// Exit 1: `diff` found changes, `check` found blocking claims.
    Found,
}

/// What every command gets: the resolved global options and the output.
pub struct Context {
    store_dir: PathBuf,
    quiet: bool,
    format: Option<Format>,
    pub out: Output,
}

impl Context {
    /// The store named by `--store`, `CLAIMTRACK_STORE`, or `claims/`.
    pub fn store(&self) -> Result<Store> {
        Ok(Store::open(&self.store_dir)?)
    }

    pub fn store_dir(&self) -> &std::path::Path {
        &self.store_dir
    }

    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// The `--format` given, checked against what the command can print;
    /// `default` when none was given.
    pub fn format(&self, command: &str, allowed: &[Format], default: Format) -> Result<Format> {
        match self.format {
            None => Ok(default),
            Some(f) if allowed.contains(&f) => Ok(f),
            Some(f) => Err(output::UsageError(format!(
                "`{command}` cannot print --format {}; it takes {}",
                f.name(),
                allowed
                    .iter()
                    .map(|f| f.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .into()),
        }
    }
}

/// Parse `args`, run the command, and return the process exit code. Errors
/// are printed here, once, as one `error:` line.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            let _ = e.print();
            return 0;
        }
        Err(e) => {
            // One line, like every other error; --help has the details.
            // clap's message runs to the first blank line; usage and tips follow.
            let text = e.render().to_string();
            let message: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let message = message.join(" ");
            let message = message.strip_prefix("error: ").unwrap_or(&message);
            eprintln!("error: {message} (see --help)");
            return 2;
        }
    };
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    let mut ctx = Context {
        store_dir: cli.store.unwrap_or_else(|| PathBuf::from("claims")),
        quiet: cli.quiet,
        format: cli.format,
        out: Output::stdout(color),
    };
    let result = match cli.command {
        Command::Init(args) => init::run(&mut ctx, args),
        Command::Extract(args) => extract::run(&mut ctx, args),
        Command::Update(args) => update::run(&mut ctx, args),
        Command::List(args) => list::run(&mut ctx, args),
        Command::Show(args) => show::run(&mut ctx, args),
        Command::Mark(args) => mark::run(&mut ctx, args),
        Command::Cite(args) => cite::run(&mut ctx, args),
        Command::Diff(args) => diff::run(&mut ctx, args),
        Command::History(args) => history::run(&mut ctx, args),
        Command::Analyze(args) => analyze::run(&mut ctx, args),
        Command::Score(args) => score::run(&mut ctx, args),
        Command::Export(args) => export::run(&mut ctx, args),
        Command::Report(args) => report::run(&mut ctx, args),
        Command::Check(args) => check::run(&mut ctx, args),
        Command::CheckStore(args) => check_store::run(&mut ctx, args),
        Command::Completions(args) => completions::run(&mut ctx, args),
        Command::Man(args) => man::run(&mut ctx, args),
    };
    let result = result.and_then(|outcome| ctx.out.flush().map(|()| outcome));
    match result {
        Ok(Outcome::Clean) => 0,
        Ok(Outcome::Found) => 1,
        Err(e) if output::is_broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("error: {}", output::one_line(&e));
            2
        }
    }
}

/// How a command reads articles: the flags every command that reads
/// article files takes.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct ReadArgs {
    /// Read text that is not valid UTF-8 (or UTF-16) with each bad sequence
    /// replaced by U+FFFD, instead of refusing it
    #[arg(long)]
    lossy: bool,

    /// Read FILE as FORMAT; the analysis and the stored revision get the
    /// article's text, without Markdown or HTML markup
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = crate::input::InputFormat::Auto)]
    input_format: crate::input::InputFormat,
}

impl ReadArgs {
    /// Read `arg` (`-` for standard input) as an article.
    pub fn read(
        &self,
        arg: &str,
    ) -> std::result::Result<crate::input::Input, crate::input::InputError> {
        crate::input::read_article(arg, decoding(self.lossy), self.input_format)
    }
}

/// How a command reads plain text, line by line (`score`): only `--lossy`.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct TextReadArgs {
    /// Read text that is not valid UTF-8 (or UTF-16) with each bad sequence
    /// replaced by U+FFFD, instead of refusing it
    #[arg(long)]
    lossy: bool,
}

impl TextReadArgs {
    /// Read `arg` (`-` for standard input) as text, as it is.
    pub fn read(
        &self,
        arg: &str,
    ) -> std::result::Result<crate::input::Input, crate::input::InputError> {
        crate::input::read_input_as(arg, decoding(self.lossy))
    }
}

fn decoding(lossy: bool) -> crate::input::Decoding {
    match lossy {
        true => crate::input::Decoding::Lossy,
        false => crate::input::Decoding::Strict,
    }
}

/// Who is acting: `--by`, else `CLAIMTRACK_USER`, else the OS user.
pub fn who(by: Option<String>) -> String {
    by.filter(|b| !b.trim().is_empty())
        .or_else(|| std::env::var("CLAIMTRACK_USER").ok())
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|b| !b.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

/// A status as typed on the command line.
pub fn parse_status(s: &str) -> std::result::Result<crate::store::model::Status, String> {
    s.parse()
}

/// A score threshold as typed on the command line: a number from 0 to 1.
pub fn parse_score(s: &str) -> std::result::Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a score between 0 and 1")),
    }
}

/// A claim kind as typed on the command line.
pub fn parse_kind(s: &str) -> std::result::Result<crate::store::model::ClaimKind, String> {
    use crate::store::model::ClaimKind;
    [
        ClaimKind::Quote,
        ClaimKind::Quantity,
        ClaimKind::Attribution,
        ClaimKind::Statement,
    ]
    .into_iter()
    .find(|k| output::serde_name(k) == s)
    .ok_or_else(|| {
        format!("unknown kind `{s}`; use one of quote, quantity, attribution, statement")
    })
}

/// The article holding a claim, and the claim's index in it.
pub fn find_claim(
    store: &Store,
    reference: &str,
) -> Result<(crate::store::model::ArticleFile, usize)> {
    let (loaded, index) = find_claim_mut(store, reference)?;
    Ok((loaded.file, index))
}

/// Like [`find_claim`], keeping the loaded document for an in-place save.
pub fn find_claim_mut(store: &Store, reference: &str) -> Result<(crate::store::Loaded, usize)> {
    Ok(crate::store::find_claim(store, reference)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn stdout_is_not_a_terminal_in_tests() {
        assert_eq!(run(["claimtrack", "--version"]), 0);
    }
}
