//! `claimtrack completions`: a shell's completion script, generated from the
//! command line's own definition, so it never falls behind.

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, Context, Outcome};

/// Print the completion script for a shell
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Install (then start a new shell):
  bash  mkdir -p ~/.local/share/bash-completion/completions
        claimtrack completions bash \\
          > ~/.local/share/bash-completion/completions/claimtrack
  zsh   mkdir -p ~/.zfunc
        claimtrack completions zsh > ~/.zfunc/_claimtrack
        and in ~/.zshrc, before compinit: fpath=(~/.zfunc $fpath)
  fish  claimtrack completions fish \\
          > ~/.config/fish/completions/claimtrack.fish

Examples:
  claimtrack completions zsh > ~/.zfunc/_claimtrack
  source <(claimtrack completions bash)")]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum, value_name = "SHELL")]
    shell: Shell,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "claimtrack", &mut script);
    ctx.out.raw(&String::from_utf8(script)?)?;
    Ok(Outcome::Clean)
}
