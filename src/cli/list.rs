//! `claimtrack list`: a table of claims.

use anyhow::Result;

use super::output::Format;
use super::views::{ClaimJson, claims_table};
use super::{Context, Outcome, parse_kind, parse_status};
use crate::store::model::{ArticleFile, ClaimKind, ClaimRecord, Status};

/// List the claims of one article or of the whole store
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  claimtrack list\n  \
    claimtrack list putin-syria-gambit --status needs-recheck\n  \
    claimtrack list --kind quote --sort score --format json")]
pub struct Args {
    /// Only this article (default: every article in the store)
    #[arg(value_name = "ARTICLE")]
    article: Option<String>,

    /// Only claims with this status
    #[arg(long, value_name = "S", value_parser = parse_status)]
    status: Option<Status>,

    /// Only claims of this kind: quote, quantity, attribution, statement
    #[arg(long, value_name = "K", value_parser = parse_kind)]
    kind: Option<ClaimKind>,

    /// Order claims by position in the article or by score, highest first
    #[arg(long, value_enum, default_value_t = Sort::Position)]
    sort: Sort,

    /// Also list claims removed in a later revision
    #[arg(long)]
    all: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Sort {
    Position,
    Score,
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format(
        "list",
        &[Format::Table, Format::Json, Format::Jsonl],
        Format::Table,
    )?;
    let store = ctx.store()?;
    let files = load_articles(&store, args.article.as_deref())?;
    let mut rows: Vec<(&str, &ClaimRecord)> = files
        .iter()
        .flat_map(|f| f.claims.iter().map(move |c| (f.article.id.as_str(), c)))
        .filter(|(_, c)| args.all || c.removed_in.is_none())
        .filter(|(_, c)| args.status.is_none_or(|s| c.status == s))
        .filter(|(_, c)| args.kind.is_none_or(|k| c.kind == k))
        .collect();
    if args.sort == Sort::Score {
        rows.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));
    }
    match format {
        Format::Json => {
            let claims: Vec<_> = rows.iter().map(|(a, c)| ClaimJson::new(a, c)).collect();
            ctx.out.json(&claims)?;
        }
        Format::Jsonl => {
            for (a, c) in &rows {
                ctx.out.json_line(&ClaimJson::new(a, c))?;
            }
        }
        _ => {
            let qualified = files.len() > 1;
            let table = claims_table(&ctx.out, rows.iter().copied(), qualified);
            ctx.out.table(&table)?;
            if !ctx.quiet() {
                ctx.out.line(format_args!(
                    "{} in {}",
                    super::output::count(rows.len(), "claim"),
                    super::output::count(files.len(), "article")
                ))?;
            }
        }
    }
    Ok(Outcome::Clean)
}

/// One article, or every article in the store, in id order.
pub fn load_articles(
    store: &crate::store::Store,
    article: Option<&str>,
) -> Result<Vec<ArticleFile>> {
    let ids = match article {
        Some(id) => {
            crate::store::validate_article_id(id)?;
            vec![id.to_string()]
        }
        None => store.article_ids()?,
    };
    ids.iter().map(|id| Ok(store.load(id)?.file)).collect()
}
