//! `claimtrack export`: claims for other tools, as JSON Lines or CSV, and
//! verdicts for publication, as schema.org ClaimReview JSON-LD.

use anyhow::Result;

use super::list::load_articles;
use super::output::{Format, UsageError};
use super::views::ClaimJson;
use super::{Context, Outcome};
use crate::claimreview::{self, ClaimReview, Publisher, ReviewUrl};
use crate::store::Store;
use crate::store::model::ClaimRecord;

/// Publish claims: JSON Lines or CSV for other tools, ClaimReview JSON-LD for the web
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    /// Only this article (default: every article in the store)
    #[arg(value_name = "ARTICLE")]
    article: Option<String>,

    /// Also export claims removed in a later revision
    #[arg(long)]
    all: bool,

    /// Name the reviewing organization NAME in ClaimReviews (default: [publisher] name)
    #[arg(long, value_name = "NAME")]
    publisher_name: Option<String>,

    /// Give the reviewing organization's home page in ClaimReviews (default: [publisher] url)
    #[arg(long, value_name = "URL")]
    publisher_url: Option<String>,

    /// Make each review's URL from TEMPLATE, where {article} and {id} are the
    /// article and claim ids (default: [publisher] review_url_template, else
    /// the publisher's URL with #ARTICLE-ID)
    #[arg(long, value_name = "TEMPLATE")]
    review_url: Option<String>,
}

const AFTER_HELP: &str = "\
Formats:
  jsonl        one claim per line, as `list --format json` shows it (default)
  csv          one row per claim (RFC 4180); a cell that a spreadsheet would
               run as a formula (=, +, -, @, tab or CR first) starts with '
  claimreview  a JSON array of schema.org ClaimReview, one per claim with a
               published verdict, safe to paste into an HTML <script> element

ClaimReview ratings (worstRating 1, bestRating 5):
  false 1 \"False\", misleading 2 \"Misleading\", unverifiable 3 \"Unverifiable\",
  verified 5 \"True\". Unverified, in-review and needs-recheck claims have no
  verdict to publish and are left out. The reviewer is the [publisher] table
  (name, url, review_url_template) of the store's .claimtrack.toml, or
  --publisher-name and --publisher-url. A speaker of two to four capitalized
  words is the claim's author as a Person, any other as an Organization.

Examples:
  claimtrack export --format jsonl > claims.jsonl
  claimtrack export putin-syria-gambit --format csv > claims.csv
  claimtrack export --format claimreview > claimreview.json
  claimtrack export putin-syria-gambit --format claimreview \\
      --publisher-name \"Example Daily\" --publisher-url https://example.org \\
      --review-url \"https://example.org/checks/{article}#claim-{id}\"";

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
    let format = ctx.format(
        "export",
        &[Format::Jsonl, Format::Csv, Format::Claimreview],
        Format::Jsonl,
    )?;
    if format != Format::Claimreview {
        let given = [
            ("--publisher-name", args.publisher_name.is_some()),
            ("--publisher-url", args.publisher_url.is_some()),
            ("--review-url", args.review_url.is_some()),
        ];
        if let Some((flag, _)) = given.iter().find(|(_, given)| *given) {
            return Err(UsageError(format!(
                "{flag} applies only to --format claimreview, not {}",
                format.name()
            ))
            .into());
        }
    }
    let store = ctx.store()?;
    let files = load_articles(&store, args.article.as_deref())?;
    let rows = files.iter().flat_map(|f| {
        f.claims
            .iter()
            .filter(|c| args.all || c.removed_in.is_none())
            .map(move |c| (f, c))
    });
    match format {
        Format::Csv => {
            ctx.out
                .raw(&csv_row(CSV_HEADER.iter().map(|s| s.to_string())))?;
            for (f, c) in rows {
                ctx.out.raw(&csv_row(csv_fields(&f.article.id, c)))?;
            }
        }
        Format::Claimreview => {
            let (publisher, url) = publisher(&store, &args)?;
            let reviews: Vec<ClaimReview> = rows
                .filter_map(|(f, c)| claimreview::review(f, c, &publisher, &url))
                .collect();
            ctx.out
                .raw(&script_safe(&serde_json::to_string_pretty(&reviews)?))?;
            ctx.out.raw("\n")?;
        }
        _ => {
            for (f, c) in rows {
                let line = super::output::json_line(&ClaimJson::new(&f.article.id, c))?;
                ctx.out.raw(&line_safe(&line))?;
                ctx.out.raw("\n")?;
            }
        }
    }
    Ok(Outcome::Clean)
}

/// The reviewing organization and the review URLs: the flags, else the
/// store's `[publisher]` table.
fn publisher(store: &Store, args: &Args) -> Result<(Publisher, ReviewUrl)> {
    let config = store.config()?.publisher;
    let config_path = store.config_path();
    let from_config = |key: &str| format!("[publisher] {key} in {}", config_path.display());
    let name = match (&args.publisher_name, config.name) {
        (Some(name), _) => Some((name.clone(), "--publisher-name".to_string())),
        (None, Some(name)) => Some((name, from_config("name"))),
        (None, None) => None,
    };
    let url = match (&args.publisher_url, config.url) {
        (Some(url), _) => Some((url.clone(), "--publisher-url".to_string())),
        (None, Some(url)) => Some((url, from_config("url"))),
        (None, None) => None,
    };
    let (Some((name, name_from)), Some((url, url_from))) = (name, url) else {
        return Err(UsageError(format!(
            "--format claimreview needs the reviewing organization's name and url: add a \
             [publisher] table with name = \"...\" and url = \"https://...\" to {}, or pass \
             --publisher-name NAME and --publisher-url URL",
            config_path.display()
        ))
        .into());
    };
    if name.trim().is_empty() {
        return Err(UsageError(format!(
            "{name_from} is empty; give the organization's name"
        ))
        .into());
    }
    claimreview::check_url(&url)
        .map_err(|why| UsageError(format!("{url_from} `{url}` is not a web address: {why}")))?;
    let publisher = Publisher {
        name: name.trim().to_string(),
        url,
    };
    let template = match (&args.review_url, config.review_url_template) {
        (Some(t), _) => Some((t.clone(), "--review-url".to_string())),
        (None, Some(t)) => Some((t, from_config("review_url_template"))),
        (None, None) => None,
    };
    let review_url = match template {
        Some((template, from)) => ReviewUrl::new(&template).map_err(|why| {
            UsageError(format!(
                "{from} `{template}` does not make review URLs: {why}"
            ))
        })?,
        None => ReviewUrl::anchored(&publisher),
    };
    Ok((publisher, review_url))
}

/// JSON that is safe inside an HTML `<script>` element, where ClaimReview is
/// published: `<`, `>` and `&` (a claim quoting `</script>` would end the
/// element) written as `\u` escapes, and the line separators too
/// ([`line_safe`]). JSON holds these characters only inside strings, where
/// the escapes mean the same characters.
fn script_safe(json: &str) -> String {
    line_safe(json)
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
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
