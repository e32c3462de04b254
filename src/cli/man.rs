//! `claimtrack man`: the manual page, in roff, generated from the command
//! line's own definition.

use anyhow::Result;
use clap::CommandFactory;

use super::output::UsageError;
use super::{Cli, Context, Outcome};

/// Print the manual page (roff), of claimtrack or of one command
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Install:
  mkdir -p ~/.local/share/man/man1
  claimtrack man > ~/.local/share/man/man1/claimtrack.1
  claimtrack man export > ~/.local/share/man/man1/claimtrack-export.1

Examples:
  claimtrack man | man -l -
  claimtrack man export | man -l -")]
pub struct Args {
    /// Print the page of COMMAND, claimtrack-COMMAND(1), instead of claimtrack(1)
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let cli = Cli::command();
    let page = match &args.command {
        None => cli,
        Some(name) => {
            let Some(command) = cli.find_subcommand(name) else {
                let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
                return Err(UsageError(format!(
                    "no command `{name}`; the commands are {}",
                    names.join(", ")
                ))
                .into());
            };
            let name = format!("claimtrack-{}", command.get_name());
            command
                .clone()
                .name(name.clone())
                .bin_name(name.replacen('-', " ", 1))
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page).render(&mut roff)?;
    ctx.out.raw(&String::from_utf8(roff)?)?;
    Ok(Outcome::Clean)
}
