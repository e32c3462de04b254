//! What can go wrong in the store, with what a user needs to fix it.
//!
//! Every message is one readable line without a trailing period: the binary
//! prints `error: {err}`.

use std::path::PathBuf;

/// An error of the claim store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file-system operation failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// `init` was pointed at something that is not a directory.
    #[error("{} exists and is not a directory", path.display())]
    NotADirectory { path: PathBuf },

    /// The store directory does not exist.
    #[error("no claim store at {} (run `claimtrack init` to create one)", path.display())]
    NoStore { path: PathBuf },

    /// An article id that could name no store file.
    #[error(
        "invalid article id `{id}`: {reason} (use lower-case letters, digits and `-`, \
         starting with a letter or digit, at most 64 characters)"
    )]
    BadArticleId { id: String, reason: &'static str },

    /// No store file for this article.
    #[error("no article `{id}` in the store (no file {}){}", path.display(), closest(candidates))]
    UnknownArticle {
        id: String,
        path: PathBuf,
        candidates: Vec<String>,
    },

    /// `create` found the article's file already there.
    #[error("article `{id}` already exists ({})", path.display())]
    Exists { id: String, path: PathBuf },

    /// A store file is not valid TOML or does not fit the record types.
    /// The file is left untouched.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    /// A store file parses but breaks a rule of the schema (duplicate claim
    /// id, id not matching the file name, revisions out of order ...).
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    /// A store file written by a newer claimtrack.
    #[error(
        "{}: schema {found} is newer than this claimtrack understands (schema {supported}); \
         upgrade claimtrack",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// Records the tool was asked to write break a rule of the schema; nothing
    /// was written.
    #[error("refusing to write article `{id}`: {message}")]
    BadRecords { id: String, message: String },

    /// Another writer held the store's lock for longer than the timeout.
    #[error(
        "another claimtrack command is writing to the store (lock {} held); gave up after \
         {waited_secs}s (set CLAIMTRACK_LOCK_TIMEOUT to wait longer)",
        path.display()
    )]
    LockTimeout { path: PathBuf, waited_secs: f64 },

    /// An environment variable of claimtrack holds a value it cannot use.
    #[error("bad value `{value}` in {var}: {reason}")]
    BadEnv {
        var: &'static str,
        value: String,
        reason: String,
    },

    /// A claim reference that matches no claim.
    #[error("no claim matches `{reference}`{}", closest(candidates))]
    UnknownClaim {
        reference: String,
        /// The closest few claims, as `article/id`.
        candidates: Vec<String>,
    },

    /// A claim reference that matches more than one claim.
    #[error("`{reference}` matches more than one claim: {}", candidates.join(", "))]
    AmbiguousClaim {
        reference: String,
        /// Every match, as `article/id`.
        candidates: Vec<String>,
    },
}

fn closest(candidates: &[String]) -> String {
    if candidates.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", candidates.join(", "))
    }
}

impl StoreError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            source,
        }
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}
