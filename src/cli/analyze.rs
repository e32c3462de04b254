//! `claimtrack analyze`: the full analysis of one article, for inspection.

use anyhow::Result;
use serde::Serialize;

use super::extract::{default_id, title_from};
use super::output::{Format, round_score, score, serde_name, truncate};
use super::views::FigureJson;
use super::{Context, Outcome, batch};
use crate::analysis::{Analysis, DEFAULT_MIN_SCORE, Options, analyze, analyze_with};
use crate::score::{Reason, default_scorer};
use crate::store::model::ClaimKind;

/// Show every sentence, figure, quote and score of an article
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  claimtrack analyze article.txt\n  \
    claimtrack analyze article.txt --format json | jq '.claims[] | .text'\n  \
    claimtrack analyze article.txt --explain\n  \
    claimtrack analyze archive/ --format jsonl > analyses.jsonl")]
pub struct Args {
    /// The article (- reads standard input); several files or directories are
    /// analysed on every core, one line of results per file
    #[arg(value_name = "FILE", required = true)]
    files: Vec<String>,

    /// Make sentences scoring at least S claims
    #[arg(long, value_name = "S", default_value_t = DEFAULT_MIN_SCORE, value_parser = super::parse_score)]
    min_score: f64,

    /// Name the features that raised or lowered each sentence's score
    #[arg(long)]
    explain: bool,

    #[command(flatten)]
    read: super::ReadArgs,
}

#[derive(Serialize)]
struct SentenceJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    paragraph: usize,
    heading: bool,
    score: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    reasons: Option<&'a [Reason]>,
}

#[derive(Serialize)]
struct QuantityJson<'a> {
    start: usize,
    end: usize,
    #[serde(flatten)]
    figure: FigureJson<'a>,
}

#[derive(Serialize)]
struct QuoteJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: crate::text::quotes::QuoteKind,
    speaker: Option<&'a str>,
    cue: Option<&'a str>,
}

#[derive(Serialize)]
struct ClaimJson<'a> {
    id: &'a str,
    kind: ClaimKind,
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
    score: f64,
    quantities: Vec<FigureJson<'a>>,
}

#[derive(Serialize)]
struct AnalysisJson<'a> {
    title: Option<&'a str>,
    sentences: Vec<SentenceJson<'a>>,
    quantities: Vec<QuantityJson<'a>>,
    quotes: Vec<QuoteJson<'a>>,
    claims: Vec<ClaimJson<'a>>,
}

fn to_json<'a>(
    text: &'a str,
    title: Option<&'a str>,
    a: &'a Analysis,
    explain: bool,
) -> AnalysisJson<'a> {
    AnalysisJson {
        title,
        sentences: a
            .sentences
            .iter()
            .map(|s| SentenceJson {
                start: s.sentence.span.start,
                end: s.sentence.span.end,
                text: s.sentence.span.slice(text),
                paragraph: s.sentence.paragraph,
                heading: s.sentence.heading,
                score: round_score(s.score.value),
                reasons: explain.then_some(s.score.reasons.as_slice()),
            })
            .collect(),
        quantities: a
            .quantities
            .iter()
            .map(|q| QuantityJson {
                start: q.span.start,
                end: q.span.end,
                figure: FigureJson::found(text, q),
            })
            .collect(),
        quotes: a
            .spoken_quotes()
            .map(|q| QuoteJson {
                start: q.span.start,
                end: q.span.end,
                text: q.span.slice(text),
                kind: q.kind,
                speaker: q.speaker.as_deref(),
                cue: q.cue.map(|c| c.slice(text)),
            })
            .collect(),
        claims: a
            .claims
            .iter()
            .map(|c| ClaimJson {
                id: &c.id,
                kind: c.kind,
                start: c.span.start,
                end: c.span.end,
                text: c.span.slice(text),
                speaker: c.speaker.as_deref(),
                quote: c.quote.as_deref(),
                score: round_score(c.score),
                quantities: c
                    .quantities
                    .iter()
                    .filter_map(|&i| a.quantities.get(i))
                    .map(|q| FigureJson::found(text, q))
                    .collect(),
            })
            .collect(),
    }
}

/// The analysis, with the reasons for each score when they are to be shown.
fn analysis_of(text: &str, id: &str, options: Options, explain: bool) -> Analysis {
    match explain {
        true => analyze_with(text, id, options, default_scorer()),
        false => analyze(text, id, options),
    }
}

pub fn run(ctx: &mut Context, args: Args) -> Result<Outcome> {
    let format = ctx.format(
        "analyze",
        &[Format::Table, Format::Json, Format::Jsonl],
        Format::Table,
    )?;
    let files = batch::expand(&args.files)?;
    let single = matches!(files.as_slice(), [f] if args.files.len() == 1
        && f == &args.files[0]
        && !std::path::Path::new(f).is_dir());
    if !single {
        return analyze_many(ctx, &args, &files, format);
    }
    let input = args.read.read(&files[0])?;
    let id = default_id(&input);
    let text = &input.text;
    let options = Options {
        min_score: args.min_score,
    };
    let analysis = analysis_of(text, &id, options, args.explain);
    let title = title_from(&input, &analysis);
    match format {
        Format::Json => {
            ctx.out
                .json(&to_json(text, title.as_deref(), &analysis, args.explain))?;
            return Ok(Outcome::Clean);
        }
        Format::Jsonl => {
            ctx.out
                .json_line(&to_json(text, title.as_deref(), &analysis, args.explain))?;
            return Ok(Outcome::Clean);
        }
        _ => {}
    }

    let out = &mut ctx.out;
    let mut table = out.new_table(["#", "SCORE", "CLAIM", "SENTENCE"]);
    // The kinds of the claims over each sentence, in claim order: each claim
    // is put on the sentences it covers (found by binary search), so the
    // table takes time linear in the article.
    let sentences = &analysis.sentences;
    let mut kinds: Vec<Vec<String>> = vec![Vec::new(); sentences.len()];
    for c in &analysis.claims {
        let first = sentences.partition_point(|s| s.sentence.span.end <= c.span.start);
        let last = sentences.partition_point(|s| s.sentence.span.start < c.span.end);
        for (i, s) in sentences.iter().enumerate().take(last).skip(first) {
            if c.span.overlaps(s.sentence.span) {
                kinds[i].push(serde_name(&c.kind));
            }
        }
    }
    for (i, s) in analysis.sentences.iter().enumerate() {
        let span = s.sentence.span;
        let claim = kinds[i].join("\n");
        let mut sentence = truncate(&crate::text::normalize(span.slice(text)), 200);
        if s.sentence.heading {
            sentence = format!("(heading) {sentence}");
        }
        if args.explain && !s.score.reasons.is_empty() {
            for r in &s.score.reasons {
                sentence.push_str(&format!("\n  {:+.1} {}", r.weight, r.feature));
            }
        }
        let score = if s.sentence.heading {
            "-".into()
        } else {
            score(s.score.value)
        };
        table.add_row([i.to_string(), score, claim, sentence]);
    }
    out.table(&table)?;

    if !analysis.quantities.is_empty() {
        let mut figures = out.new_table(["FIGURE", "KIND", "VALUE", "UNIT", "QUALIFIER"]);
        for q in &analysis.quantities {
            let record = crate::analysis::quantity_record(text, q);
            let value = super::show::describe_quantity(&record);
            let value = value
                .split_once(": ")
                .map(|(_, v)| v.split(' ').nth(1).unwrap_or("").to_string())
                .unwrap_or_default();
            figures.add_row([
                q.span.slice(text).to_string(),
                serde_name(&q.kind),
                value,
                q.unit.clone().unwrap_or_default(),
                serde_name(&q.qualifier),
            ]);
        }
        out.table(&figures)?;
    }
    let quotes: Vec<_> = analysis.spoken_quotes().collect();
    if !quotes.is_empty() {
        let mut table = out.new_table(["QUOTE", "KIND", "SPEAKER", "CUE"]);
        for q in quotes {
            table.add_row([
                format!(
                    "“{}”",
                    truncate(&crate::text::normalize(q.span.slice(text)), 120)
                ),
                serde_name(&q.kind),
                q.speaker.clone().unwrap_or_else(|| "?".into()),
                q.cue.map(|c| c.slice(text).to_string()).unwrap_or_default(),
            ]);
        }
        out.table(&table)?;
    }
    if !ctx.quiet() {
        ctx.out.line(format_args!(
            "{} sentences, {} figures, {} quotes, {} claims",
            analysis.sentences.len(),
            analysis.quantities.len(),
            analysis.spoken_quotes().count(),
            analysis.claims.len()
        ))?;
    }
    Ok(Outcome::Clean)
}

/// Several files: each analysed on a core of its own; one line per file,
/// in the order given, as soon as its chunk is done.
fn analyze_many(
    ctx: &mut Context,
    args: &Args,
    files: &[String],
    format: Format,
) -> Result<Outcome> {
    #[derive(Serialize)]
    struct FileJson<'a> {
        file: &'a str,
        #[serde(flatten)]
        analysis: AnalysisJson<'a>,
    }
    let bar = batch::progress(files.len(), ctx.quiet(), "analysing");
    let json = format != Format::Table;
    if !json {
        ctx.out.line("sentences figures quotes claims  file")?;
    }
    let options = Options {
        min_score: args.min_score,
    };
    let failed = batch::run(
        files,
        &bar,
        |file| {
            let input = args.read.read(file)?;
            let id = default_id(&input);
            let a = analysis_of(&input.text, &id, options, args.explain);
            if json {
                let title = title_from(&input, &a);
                super::output::json_line(&FileJson {
                    file,
                    analysis: to_json(&input.text, title.as_deref(), &a, args.explain),
                })
            } else {
                Ok(format!(
                    "{:>9} {:>7} {:>6} {:>6}  {file}",
                    a.sentences.len(),
                    a.quantities.len(),
                    a.spoken_quotes().count(),
                    a.claims.len()
                ))
            }
        },
        |file, result| match result {
            Ok(line) => {
                ctx.out.line(line)?;
                Ok(true)
            }
            Err(e) => {
                ctx.out.flush()?;
                batch::report(file, &e);
                Ok(false)
            }
        },
    )?;
    if failed > 0 {
        return Err(batch::failures(failed, files.len()));
    }
    Ok(Outcome::Clean)
}
