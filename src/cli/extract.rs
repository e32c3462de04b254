//! `claimtrack extract`: analyse an article and record it as revision 1.

use std::path::Path;

use anyhow::Result;

use super::output::{Format, UsageError};
use super::views::{ClaimJson, claims_table};
use super::{Context, Outcome, batch};
use crate::analysis::{Analysis, DEFAULT_MIN_SCORE, Options, analyze};
use crate::input::{Input, InputFormat};
use crate::revision::{RevisionInput, new_article};
use crate::store::{self, Store, model::ArticleFile};

/// Analyse an article and record its claims as revision 1
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  claimtrack extract article.txt\n  \
    claimtrack extract - --id city-budget --title \"City budget\" < article.txt\n  \
    claimtrack extract article.txt --dry-run --format json\n  \
    claimtrack extract saved-page.html    (the article's text, without the page around it)\n  \
    claimtrack extract archive/ --dry-run    (every .txt, .md and .html file below archive/)")]
pub struct Args {
    /// The article, as text, Markdown or a saved web page (- reads standard
    /// input); several files or directories record one article each
    #[arg(value_name = "FILE", required = true)]
    files: Vec<String>,

    /// Record the article under ID (default: from the file name, or a web
    /// page's title)
    #[arg(long, value_name = "ID")]
    id: Option<String>,

    /// Use T as the article's title (default: the page's or front matter's
    /// title, else its title line, else its id)
    #[arg(long, value_name = "T")]
    title: Option<String>,

    /// Make sentences scoring at least S claims (figures, quotes and
    /// attributions always are)
    #[arg(long, value_name = "S", default_value_t = DEFAULT_MIN_SCORE, value_parser = super::parse_score)]
    min_score: f64,

    /// Print the claims without writing to the store
    #[arg(long)]
    dry_run: bool,

    #[command(flatten)]
    read: super::ReadArgs,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format(
        "extract",
        &[Format::Table, Format::Json, Format::Toml],
        Format::Table,
    )?;
    if let Some(id) = &args.id {
        store::validate_article_id(id)?;
    }
    let files = batch::expand(&args.files)?;
    match files.as_slice() {
        [file] if args.files.len() == 1 && !Path::new(file).is_dir() && file == &args.files[0] => {
            extract_one(ctx, &args, file, format)
        }
        _ => extract_many(ctx, &args, &files, format),
    }
}

/// Analyse one file into a new article record.
fn prepare(
    file: &str,
    id: Option<&str>,
    title: Option<&str>,
    min_score: f64,
    read: super::ReadArgs,
) -> Result<ArticleFile> {
    let input = read.read(file)?;
    if input.text.trim().is_empty() {
        return Err(UsageError(format!("{file}: the article is empty")).into());
    }
    let id = match id {
        Some(id) => id.to_string(),
        None => default_id(&input),
    };
    store::validate_article_id(&id)?;
    let options = Options { min_score };
    let analysis = analyze(&input.text, &id, options);
    let title = title
        .map(str::to_string)
        .or_else(|| title_from(&input, &analysis))
        .unwrap_or_else(|| id.clone());
    let revision = RevisionInput {
        source: &input.source,
        text: &input.text,
        sha256: store::sha256_hex(input.text.as_bytes()),
        recorded_at: store::model::Timestamp::now()?,
    };
    Ok(new_article(&id, &title, &revision, &analysis, options))
}

/// The error for an article that is already recorded.
fn already_recorded(store: &Store, id: &str, file: &str) -> anyhow::Error {
    UsageError(format!(
        "article `{id}` is already in {}; record the new version with `claimtrack update {id} {file}`",
        store.dir().display()
    ))
    .into()
}

fn extract_one(ctx: &mut Context, args: &Args, file: &str, format: Format) -> Result<Outcome> {
    let article = prepare(
        file,
        args.id.as_deref(),
        args.title.as_deref(),
        args.min_score,
        args.read,
    )?;
    if !args.dry_run {
        let store = ctx.store()?;
        let _lock = store.lock()?;
        if store.contains(&article.article.id) {
            return Err(already_recorded(&store, &article.article.id, file));
        }
        store.create(&article)?;
    }
    print_article(ctx, &article, format, args.dry_run)?;
    Ok(Outcome::Clean)
}

/// Several files: one article each, analysed on every core, recorded under
/// one lock; a bad file is reported and the others go on.
fn extract_many(
    ctx: &mut Context,
    args: &Args,
    files: &[String],
    format: Format,
) -> Result<Outcome> {
    if args.id.is_some() || args.title.is_some() {
        return Err(
            UsageError("--id and --title name one article: give a single FILE".into()).into(),
        );
    }
    if format == Format::Toml {
        return Err(
            UsageError("--format toml prints one article: give a single FILE".into()).into(),
        );
    }
    let store = if args.dry_run {
        None
    } else {
        Some(ctx.store()?)
    };
    let _lock = store.as_ref().map(Store::lock).transpose()?;
    let bar = batch::progress(files.len(), ctx.quiet(), "extracting");
    let mut ids = std::collections::HashSet::new();
    let mut recorded = 0;
    let failed = batch::run(
        files,
        &bar,
        |file| {
            let article = prepare(file, None, None, args.min_score, args.read)?;
            if let Some(store) = &store
                && store.contains(&article.article.id)
            {
                return Err(already_recorded(store, &article.article.id, file));
            }
            Ok(article)
        },
        |file, result| {
            let written = result.and_then(|article| {
                let id = article.article.id.clone();
                if !ids.insert(id.clone()) {
                    return Err(UsageError(format!(
                        "article id `{id}` is taken by an earlier file of this batch; give this file its own name"
                    ))
                    .into());
                }
                if let Some(store) = &store {
                    store.create(&article)?;
                }
                Ok(article)
            });
            match written {
                Ok(article) => {
                    recorded += 1;
                    let (id, claims) = (&article.article.id, article.claims.len());
                    if format == Format::Json {
                        ctx.out.json_line(&serde_json::json!({
                            "file": file, "article": id, "claims": claims, "recorded": !args.dry_run,
                        }))?;
                    } else {
                        ctx.out.line(format_args!(
                            "{id:<30} {:>10}  {file}",
                            super::output::count(claims, "claim")
                        ))?;
                    }
                    Ok(true)
                }
                Err(e) => {
                    ctx.out.flush()?;
                    batch::report(file, &e);
                    Ok(false)
                }
            }
        },
    )?;
    if !ctx.quiet() && format != Format::Json {
        let verb = if args.dry_run { "Analysed" } else { "Recorded" };
        ctx.out.line(format_args!(
            "{verb} {} of {}",
            super::output::count(recorded, "article"),
            super::output::count(files.len(), "file")
        ))?;
    }
    if failed > 0 {
        return Err(batch::failures(failed, files.len()));
    }
    Ok(Outcome::Clean)
}

/// The article id for an input read without `--id`: a web page's title
/// (a saved page's file name is the browser's: `index.html`), else the file
/// name as [`derive_id`] reads it, else the title on standard input.
pub fn default_id(input: &Input) -> String {
    match (&input.title, input.file_name()) {
        (Some(title), _) if input.format == InputFormat::Html => derive_id(None, title),
        (Some(title), None) => derive_id(None, title),
        (_, name) => derive_id(name, &input.text),
    }
}

/// The title an input gives: its markup's (front matter, `og:title` ...),
/// else its title line (without a Markdown `#` when the text was extracted).
pub fn title_from(input: &Input, analysis: &Analysis) -> Option<String> {
    if input.title.is_some() {
        return input.title.clone();
    }
    let line = analysis.title_text(&input.text)?;
    Some(match input.format {
        InputFormat::Text | InputFormat::Auto => line.to_string(),
        _ => without_heading_marks(line).to_string(),
    })
}

/// `## Next steps` -> `Next steps`; other lines as they are.
pub fn without_heading_marks(line: &str) -> &str {
    let rest = line.trim_start_matches('#');
    if rest.len() < line.len() && rest.starts_with(char::is_whitespace) {
        rest.trim()
    } else {
        line
    }
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
    fn a_page_is_named_by_its_title_a_file_by_its_name() {
        let input = |source: &str, format, title: Option<&str>| Input {
            source: source.into(),
            text: "# Heading\n\nBody.".into(),
            format,
            title: title.map(str::to_string),
        };
        let page = input("index.html", InputFormat::Html, Some("Storm Hits Coast"));
        assert_eq!(default_id(&page), "storm-hits-coast");
        let md = input(
            "story.v2.md",
            InputFormat::Markdown,
            Some("Front matter title"),
        );
        assert_eq!(default_id(&md), "story");
        let stdin = input("-", InputFormat::Markdown, Some("Front matter title"));
        assert_eq!(default_id(&stdin), "front-matter-title");
        let untitled = input("index.html", InputFormat::Html, None);
        assert_eq!(default_id(&untitled), "index");
    }

    #[test]
    fn heading_marks_are_not_part_of_a_title() {
        assert_eq!(without_heading_marks("## Next steps "), "Next steps");
        assert_eq!(without_heading_marks("#hashtag"), "#hashtag");
        assert_eq!(without_heading_marks("Plain"), "Plain");
    }

    #[test]
    fn ids_come_from_the_title_on_standard_input() {
        assert_eq!(
            derive_id(None, "\nPutin's Syria Gambit Puts U.S. on Back Foot\nBody."),
            "putin-s-syria-gambit-puts-u-s-on-back-foot"
        );
    }
}
