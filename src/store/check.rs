//! Reading a store file: parse, then check the rules serde cannot.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use toml_edit::{Document, DocumentMut, Item};

use super::StoreError;
use super::error::line_col;
use super::ids::validate_article_id;
use super::model::{ArticleFile, SCHEMA};

/// Where in a file a rule is broken.
enum Where {
    Schema,
    ArticleId,
    ArticleRevision,
    Revision(usize),
    ClaimId(usize),
}

/// The first broken rule of the records, if any: `schema` is [`SCHEMA`], the
/// article id is valid (and is `expected_id` when given), claim ids are
/// unique and not empty, revisions are numbered 1..=N and `article.revision`
/// is N.
fn problem(file: &ArticleFile, expected_id: Option<&str>) -> Option<(Where, String)> {
    if file.schema != SCHEMA {
        return Some((
            Where::Schema,
            format!(
                "schema {} is not one claimtrack writes (expected {SCHEMA})",
                file.schema
            ),
        ));
    }
    let id = &file.article.id;
    if let Err(e) = validate_article_id(id) {
        return Some((Where::ArticleId, e.to_string()));
    }
    if let Some(expected) = expected_id
        && id != expected
    {
        return Some((
            Where::ArticleId,
            format!("article id `{id}` does not match the file name (expected `{expected}`)"),
        ));
    }
    for (i, r) in file.article.revisions.iter().enumerate() {
        if r.revision as usize != i + 1 {
            return Some((
                Where::Revision(i),
                format!(
                    "revision {} where {} was expected (revisions are numbered 1, 2, 3 ... in order)",
                    r.revision,
                    i + 1
                ),
            ));
        }
    }
    let n = file.article.revisions.len();
    if file.article.revision as usize != n {
        return Some((
            Where::ArticleRevision,
            format!(
                "article.revision is {} but the file records {n} revision{}",
                file.article.revision,
                if n == 1 { "" } else { "s" }
            ),
        ));
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, c) in file.claims.iter().enumerate() {
        if c.id.is_empty() {
            return Some((Where::ClaimId(i), "empty claim id".to_string()));
        }
        if let Some(first) = seen.insert(&c.id, i) {
            return Some((
                Where::ClaimId(i),
                format!(
                    "duplicate claim id `{}` (claims {} and {} of the file)",
                    c.id,
                    first + 1,
                    i + 1
                ),
            ));
        }
    }
    None
}

/// Checks records before they are written.
pub(crate) fn check_records(file: &ArticleFile) -> Result<(), StoreError> {
    match problem(file, None) {
        None => Ok(()),
        Some((_, message)) => Err(StoreError::BadRecords {
            id: file.article.id.clone(),
            message,
        }),
    }
}

/// Parses and checks the text of a store file. `expected_id` is the article
/// id the file name gives.
///
/// One serde parse when the file is good; the spans of a broken rule come
/// from a second, editable parse made only then.
pub(crate) fn parse_file(
    path: &Path,
    text: &str,
    expected_id: Option<&str>,
) -> Result<ArticleFile, StoreError> {
    let file: ArticleFile = match toml::from_str(text) {
        Ok(file) => file,
        Err(e) => {
            // A newer schema may not fit the record types: say so rather
            // than what serde found wrong.
            let doc = parse_spanned(path, text)?;
            if let Some(found) = doc.get("schema").and_then(Item::as_integer)
                && found > SCHEMA
            {
                return Err(newer(path, found));
            }
            return Err(error_at(path, text, e.span(), e.message(), false));
        }
    };
    if file.schema > SCHEMA {
        return Err(newer(path, file.schema));
    }
    let Some((place, message)) = problem(&file, expected_id) else {
        return Ok(file);
    };
    let doc = parse_spanned(path, text)?;
    let article = doc.get("article");
    let span = match place {
        Where::Schema => doc.get("schema").and_then(Item::span),
        Where::ArticleId => article.and_then(|a| a.get("id")).and_then(Item::span),
        Where::ArticleRevision => article.and_then(|a| a.get("revision")).and_then(Item::span),
        Where::Revision(i) => article
            .and_then(|a| a.get("revisions"))
            .and_then(|r| r.get(i))
            .and_then(|r| r.get("revision"))
            .and_then(Item::span),
        Where::ClaimId(i) => doc
            .get("claims")
            .and_then(|c| c.get(i))
            .and_then(|c| c.get("id"))
            .and_then(Item::span),
    };
    Err(error_at(path, text, span, &message, true))
}

/// Parses the text of a store file as an editable document.
pub(crate) fn parse_document(path: &Path, text: &str) -> Result<DocumentMut, StoreError> {
    Ok(parse_spanned(path, text)?.into_mut())
}

/// Parses the text of a store file keeping the spans of its items.
fn parse_spanned(path: &Path, text: &str) -> Result<Document<String>, StoreError> {
    Document::parse(text.to_string())
        .map_err(|e| error_at(path, text, e.span(), e.message(), false))
}

fn newer(path: &Path, found: i64) -> StoreError {
    StoreError::NewerSchema {
        path: path.to_path_buf(),
        found,
        supported: SCHEMA,
    }
}

/// The error for a problem at `span` of `text` (the file's start when the
/// place is unknown): [`StoreError::Invalid`] for a broken rule,
/// [`StoreError::Parse`] for text that does not parse or fit the records.
pub(super) fn error_at(
    path: &Path,
    text: &str,
    span: Option<Range<usize>>,
    message: &str,
    invalid: bool,
) -> StoreError {
    let (line, column) = line_col(text, span.map_or(0, |s| s.start));
    let message = one_line(message);
    let path = path.to_path_buf();
    if invalid {
        StoreError::Invalid {
            path,
            line,
            column,
            message,
        }
    } else {
        StoreError::Parse {
            path,
            line,
            column,
            message,
        }
    }
}

/// An error message on one line.
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}
