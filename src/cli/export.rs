//! `claimtrack export`: claims for other tools, as JSON Lines or CSV.

use anyhow::Result;

use super::list::load_articles;
use super::output::Format;
use super::views::ClaimJson;
use super::{Context, Outcome};
use crate::store::model::ClaimRecord;

/// Publish claims for other tools: JSON Lines or CSV
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Formats: jsonl (the default; one claim per line) and csv (one row per \
    claim; cells that a spreadsheet would run as a formula are prefixed with ').\n\n\
    Examples:\n  claimtrack export --format jsonl > claims.jsonl\n  \
    claimtrack export putin-syria-gambit --format csv > claims.csv"
)]
pub struct Args {
    /// Only this article (default: every article in the store)
    #[arg(value_name = "ARTICLE")]
    article: Option<String>,

    /// Also export claims removed in a later revision
    #[arg(long)]
    all: bool,
}

const CSV_HEADER: [&str; 14] = [
    "article",
    "id",
    "kind",
    "status",
    "score",
    "speaker",
    "text",
    "quote",
    "figures",
    "sources",
    "first_seen",
    "last_seen",
    "removed_in",
    "start",
];

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format("export", &[Format::Jsonl, Format::Csv], Format::Jsonl)?;
    let store = ctx.store()?;
    let files = load_articles(&store, args.article.as_deref())?;
    let rows = files.iter().flat_map(|f| {
        f.claims
            .iter()
            .filter(|c| args.all || c.removed_in.is_none())
            .map(move |c| (f.article.id.as_str(), c))
    });
    if format == Format::Csv {
        ctx.out
            .raw(&csv_row(CSV_HEADER.iter().map(|s| s.to_string())))?;
        for (article, c) in rows {
            ctx.out.raw(&csv_row(csv_fields(article, c)))?;
        }
    } else {
        for (article, c) in rows {
            let line = super::output::json_line(&ClaimJson::new(article, c))?;
            ctx.out.raw(&line_safe(&line))?;
            ctx.out.raw("\n")?;
        }
    }
    Ok(Outcome::Clean)
}

/// JSON with U+0085, U+2028 and U+2029 written as `\u` escapes: tools that
/// split JSON Lines on every Unicode line break (Python's `splitlines`)
/// would cut a line holding one of them raw.
fn line_safe(json: &str) -> String {
    if !json.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
        return json.to_string();
    }
    json.replace('\u{85}', "\\u0085")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

fn csv_fields(article: &str, c: &ClaimRecord) -> Vec<String> {
    use super::output::{serde_name, status_name};
    let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    vec![
        article.to_string(),
        c.id.clone(),
        serde_name(&c.kind),
        status_name(c.status).to_string(),
        format!("{:.2}", c.score),
        c.speaker.clone().unwrap_or_default(),
        c.text.clone(),
        c.quote.clone().unwrap_or_default(),
        c.quantities
            .iter()
            .map(|q| q.text.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        c.sources
            .iter()
            .map(|s| s.url.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        c.first_seen.to_string(),
        c.last_seen.to_string(),
        opt(c.removed_in),
        c.span[0].to_string(),
    ]
}

/// One RFC 4180 row, CRLF-terminated. A cell that a spreadsheet would read
/// as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading
/// `'` so it stays text.
pub fn csv_row(fields: impl IntoIterator<Item = String>) -> String {
    let mut row = String::new();
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            row.push(',');
        }
        let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{field}")
        } else {
            field
        };
        if field.contains([',', '"', '\n', '\r']) {
            row.push('"');
            row.push_str(&field.replace('"', "\"\""));
            row.push('"');
        } else {
            row.push_str(&field);
        }
    }
    row.push_str("\r\n");
    row
}

#[cfg(test)]
mod tests {
    use super::csv_row;

    #[test]
    fn csv_quotes_and_neutralizes_formulas() {
        let row = csv_row([
            "a,b".into(),
            "say \"hi\"".into(),
            "=SUM(A1)".into(),
            "-5".into(),
            "ok".into(),
        ]);
        assert_eq!(row, "\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),'-5,ok\r\n");
    }
}
