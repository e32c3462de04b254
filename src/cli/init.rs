//! `claimtrack init`: create an empty store.

use std::path::PathBuf;

use anyhow::Result;

use super::{Context, Outcome};
use crate::store::Store;

/// Create an empty claim store
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  claimtrack init\n  claimtrack init newsroom/claims")]
pub struct Args {
    /// Create the store in DIR instead of the --store directory (default: claims)
    #[arg(value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let dir = args.dir.unwrap_or_else(|| ctx.store_dir().to_path_buf());
    let store = Store::init(&dir)?;
    if !ctx.quiet() {
        ctx.out.line(format_args!(
            "Initialized a claim store in {}",
            store.dir().display()
        ))?;
    }
    Ok(Outcome::Clean)
}
