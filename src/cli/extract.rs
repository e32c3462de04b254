//! `claimtrack extract`: analyse an article and record it as revision 1.

use anyhow::Result;

use super::output::{Format, UsageError};
use super::views::{ClaimJson, claims_table};
use super::{Context, Outcome};
use crate::analysis::{DEFAULT_MIN_SCORE, Options, analyze};
use crate::input::read_input;
use crate::revision::{RevisionInput, new_article};
use crate::store::{self, model::ArticleFile};

/// Analyse an article and record its claims as revision 1
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  claimtrack extract article.txt\n  \
    claimtrack extract - --id city-budget --title \"City budget\" < article.txt\n  \
    claimtrack extract article.txt --dry-run --format json")]
pub struct Args {
    /// The article, as UTF-8 text or Markdown (- reads standard input)
    #[arg(value_name = "FILE")]
    file: String,

    /// Record the article under ID (default: from the file name or the title)
    #[arg(long, value_name = "ID")]
    id: Option<String>,

    /// Use T as the article's title (default: its title line, else its id)
    #[arg(long, value_name = "T")]
    title: Option<String>,

    /// Make sentences scoring at least S claims (figures, quotes and
    /// attributions always are)
    #[arg(long, value_name = "S", default_value_t = DEFAULT_MIN_SCORE)]
    min_score: f64,

    /// Print the claims without writing to the store
    #[arg(long)]
    dry_run: bool,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format(
        "extract",
        &[Format::Table, Format::Json, Format::Toml],
        Format::Table,
    )?;
    if !(0.0..=1.0).contains(&args.min_score) {
        return Err(UsageError(format!(
            "--min-score {} is not between 0 and 1",
            args.min_score
        ))
        .into());
    }
    if let Some(id) = &args.id {
        store::validate_article_id(id)?;
    }
    let input = read_input(&args.file)?;
    if input.text.trim().is_empty() {
        return Err(UsageError(format!("{}: the article is empty", args.file)).into());
    }
    let id = match args.id {
        Some(id) => id,
        None => derive_id(input.file_name(), &input.text),
    };
    store::validate_article_id(&id)?;

    let analysis = analyze(
        &input.text,
        &id,
        Options {
            min_score: args.min_score,
        },
    );
    let title = args
        .title
        .or_else(|| analysis.title_text(&input.text).map(str::to_string))
        .unwrap_or_else(|| id.clone());
    let revision = RevisionInput {
        source: &input.source,
        text: &input.text,
        sha256: store::sha256_hex(input.text.as_bytes()),
        recorded_at: store::model::Timestamp::now()?,
    };
    let file = new_article(&id, &title, &revision, &analysis);

    if !args.dry_run {
        let store = ctx.store()?;
        let _lock = store.lock()?;
        if store.contains(&id) {
            return Err(UsageError(format!(
                "article `{id}` is already in {}; record the new version with `claimtrack update {id} {}`",
                store.dir().display(),
                args.file
            ))
            .into());
        }
        store.create(&file)?;
    }
    print_article(ctx, &file, format, args.dry_run)?;
    Ok(Outcome::Clean)
}

/// The article id for a file: its name without extension and without a
/// trailing revision marker (`story.v2.txt` -> `story`), else its title.
pub fn derive_id(file_name: Option<&str>, text: &str) -> String {
    let stem = file_name.map(|name| match name.rsplit_once('.') {
        Some((stem, _ext)) if !stem.is_empty() => stem,
        _ => name,
    });
    let base = match stem {
        Some(stem) => strip_revision_marker(stem).to_string(),
        None => text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .to_string(),
    };
    let mut id = store::slugify(&base);
    if id.len() > 48 {
        // Long titles make unwieldy ids: keep whole words.
        id.truncate(48);
        if let Some(cut) = id.rfind('-') {
            id.truncate(cut);
        }
    }
    id
}

/// `story.v2` -> `story`; `story-rev3` -> `story`; `story` -> `story`.
fn strip_revision_marker(stem: &str) -> &str {
    let lower = stem.to_ascii_lowercase();
    for marker in ["rev", "v"] {
        for sep in ['.', '-', '_'] {
            if let Some(at) = lower.rfind(&format!("{sep}{marker}")) {
                let digits = &stem[at + 1 + marker.len()..];
                if at > 0 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                    return &stem[..at];
                }
            }
        }
    }
    stem
}

fn print_article(
    ctx: &mut Context,
    file: &ArticleFile,
    format: Format,
    dry_run: bool,
) -> Result<()> {
    let id = &file.article.id;
    match format {
        Format::Json => {
            let claims: Vec<_> = file.claims.iter().map(|c| ClaimJson::new(id, c)).collect();
            ctx.out.json(&serde_json::json!({
                "article": {"id": id, "title": file.article.title, "revision": file.article.revision},
                "recorded": !dry_run,
                "claims": claims,
            }))?;
        }
        Format::Toml => ctx.out.raw(&store::render(file))?,
        _ => {
            let table = claims_table(
                &ctx.out,
                file.claims.iter().map(|c| (id.as_str(), c)),
                false,
            );
            ctx.out.table(&table)?;
            if !ctx.quiet() {
                let verb = if dry_run { "Found" } else { "Recorded" };
                ctx.out.line(format_args!(
                    "{verb} {} in `{id}` revision 1{}",
                    super::output::count(file.claims.len(), "claim"),
                    if dry_run {
                        " (dry run: nothing written)"
                    } else {
                        ""
                    }
                ))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_file_names_without_revision_markers() {
        assert_eq!(
            derive_id(Some("putin-syria-gambit.v1.txt"), ""),
            "putin-syria-gambit"
        );
        assert_eq!(derive_id(Some("Budget_Story-rev12.md"), ""), "budget-story");
        assert_eq!(derive_id(Some("story.txt"), ""), "story");
        assert_eq!(derive_id(Some("v2.txt"), ""), "v2");
    }

    #[test]
    fn ids_come_from_the_title_on_standard_input() {
        assert_eq!(
            derive_id(None, "\nPutin's Syria Gambit Puts U.S. on Back Foot\nBody."),
            "putin-s-syria-gambit-puts-u-s-on-back-foot"
        );
    }
}
