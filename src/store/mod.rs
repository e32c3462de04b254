//! The claim store: a directory of `<article-id>.toml` files.
//!
//! - Reading: [`Store::load`] parses a file with serde into an
//!   [`ArticleFile`] and checks the schema rules; a file that does not load is
//!   reported with `path:line:column` and left untouched.
//! - Writing: [`Store::create`] renders a new file ([`render`]);
//!   [`Store::save`] edits the loaded document in place ([`apply`]), so the
//!   comments, blank lines, key order and unknown keys of a hand-edited file
//!   survive. Writes are atomic ([`write_atomic`]).
//! - Commands that write hold [`Store::lock`] from before they load until
//!   after they save; `create` and `save` do not lock by themselves. Taking
//!   the lock also clears the temporary files a killed writer left behind.
//!
//! A load parses the file once (serde); the editable document is parsed only
//! when a change is saved, so a `mark` costs three parses of one file: the
//! load, the edit, and the check that the written text loads back.

mod check;
mod config;
mod error;
mod format;
mod ids;
pub mod model;
mod resolve;

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use toml_edit::DocumentMut;

pub use config::{Config, PublisherConfig};
pub use error::{StoreError, line_col};
pub use format::{apply, render};
pub use ids::{
    CLAIM_ID_LEN, IdMinter, MAX_ARTICLE_ID, claim_id, sha256_hex, slugify, validate_article_id,
};
pub use model::{ArticleFile, SCHEMA, Timestamp};
pub use resolve::{find_claim, resolve_claim};

/// The store directory when none is given.
pub const DEFAULT_DIR: &str = "claims";
/// The store's configuration file, inside the store directory.
pub const CONFIG_FILE: &str = ".claimtrack.toml";
/// The lock file writers hold, inside the store directory.
pub const LOCK_FILE: &str = ".lock";
/// Seconds a writer waits for the lock (a decimal number; `0` = try once).
pub const LOCK_TIMEOUT_ENV: &str = "CLAIMTRACK_LOCK_TIMEOUT";
/// How long a writer waits for the lock when `CLAIMTRACK_LOCK_TIMEOUT` is unset.
pub const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(10);
/// The first pause of a writer waiting for the lock; each pause doubles.
const LOCK_POLL_MIN: Duration = Duration::from_millis(1);
/// The longest pause of a writer waiting for the lock.
pub const LOCK_POLL_MAX: Duration = Duration::from_millis(20);

const CONFIG_TEMPLATE: &str = "\
# claimtrack configuration for this claim store.
#
# This directory holds one `<article-id>.toml` file per article: its
# revisions, its claims and their verdicts. Hand edits are welcome; comments,
# blank lines and extra keys survive claimtrack's own updates.
#
# Who publishes the fact checks made here. `claimtrack export --format
# claimreview` names this organization as the author of every ClaimReview
# (--publisher-name and --publisher-url override it); in the review URL
# template, {article} and {id} stand for the article and claim ids (default:
# the publisher's url, then #ARTICLE-ID).
# [publisher]
# name = \"Example Daily\"
# url = \"https://example.org\"
# review_url_template = \"https://example.org/fact-checks/{article}#claim-{id}\"
";

/// An open claim store.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// A store file as read: the records, and the text they were read from
/// (kept to write updates back in place).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub file: ArticleFile,
    text: String,
    pub path: PathBuf,
}

impl Loaded {
    /// The file's text as read, comments and all.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The file as an editable document, comments and all.
    pub fn doc(&self) -> Result<DocumentMut, StoreError> {
        check::parse_document(&self.path, &self.text)
    }
}

impl Store {
    /// Creates the store directory (and its parents) and a commented
    /// configuration file [`CONFIG_FILE`]. An existing store is fine (its
    /// configuration is left alone); an existing file at `dir` is an error.
    pub fn init(dir: impl AsRef<Path>) -> Result<Store, StoreError> {
        let dir = dir.as_ref();
        if dir.exists() && !dir.is_dir() {
            return Err(StoreError::NotADirectory {
                path: dir.to_path_buf(),
            });
        }
        fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        let store = Store {
            dir: dir.to_path_buf(),
        };
        let config = store.config_path();
        if !config.exists() {
            write_atomic(&config, CONFIG_TEMPLATE.as_bytes())?;
        }
        // Stores live in git repositories: keep the lock and any temporary
        // file of an interrupted write out of commits.
        let ignore = dir.join(".gitignore");
        if !ignore.exists() {
            write_atomic(&ignore, format!("{LOCK_FILE}\n.*.tmp\n").as_bytes())?;
        }
        Ok(store)
    }

    /// Opens an existing store directory ([`StoreError::NoStore`] if there is
    /// none).
    pub fn open(dir: impl AsRef<Path>) -> Result<Store, StoreError> {
        let dir = dir.as_ref();
        match fs::metadata(dir) {
            Ok(m) if m.is_dir() => Ok(Store {
                dir: dir.to_path_buf(),
            }),
            Ok(_) => Err(StoreError::NotADirectory {
                path: dir.to_path_buf(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::NoStore {
                path: dir.to_path_buf(),
            }),
            Err(e) => Err(StoreError::io(dir, e)),
        }
    }

    /// The store directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The configuration file (it may not exist).
    pub fn config_path(&self) -> PathBuf {
        self.dir.join(CONFIG_FILE)
    }

    /// The store's configuration, read from [`CONFIG_FILE`] (the defaults
    /// when there is none).
    pub fn config(&self) -> Result<Config, StoreError> {
        config::load(&self.config_path())
    }

    /// The ids of the articles in the store, sorted: the stems of the
    /// `*.toml` files that are valid article ids (dot files are skipped).
    pub fn article_ids(&self) -> Result<Vec<String>, StoreError> {
        let entries = fs::read_dir(&self.dir).map_err(|e| StoreError::io(&self.dir, e))?;
        let mut ids = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(&self.dir, e))?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let Some(stem) = name.strip_suffix(".toml") else {
                continue;
            };
            if validate_article_id(stem).is_ok() && entry.path().is_file() {
                ids.push(stem.to_string());
            }
        }
        ids.sort();
        Ok(ids)
    }

    /// The file of article `id`, `<dir>/<id>.toml` (checks the id).
    pub fn path_of(&self, id: &str) -> Result<PathBuf, StoreError> {
        validate_article_id(id)?;
        Ok(self.dir.join(format!("{id}.toml")))
    }

    /// Whether the store has a file for article `id` (false for an invalid id).
    pub fn contains(&self, id: &str) -> bool {
        self.path_of(id).is_ok_and(|p| p.is_file())
    }

    /// Reads and checks article `id`'s file.
    pub fn load(&self, id: &str) -> Result<Loaded, StoreError> {
        let path = self.path_of(id)?;
        // A store file is a plain file in the store: a link could lead the
        // tool to read, and then rewrite, a file outside the store.
        if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(StoreError::Invalid {
                path: path.clone(),
                line: 1,
                column: 1,
                message: "is a symbolic link; a store file must be a plain file in the store"
                    .into(),
            });
        }
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::UnknownArticle {
                    id: id.to_string(),
                    candidates: self.closest_articles(id),
                    path,
                });
            }
            Err(e) => return Err(StoreError::io(&path, e)),
        };
        let (file, text) = parse_article_file(&path, bytes, Some(id))?;
        Ok(Loaded { file, text, path })
    }

    /// Loads every article of the store, in id order.
    /// Every problem in the store, one per file that does not load (an
    /// article's file, or a `.toml` file whose name is not an article id),
    /// and the number of article files that load.
    pub fn check_all(&self) -> Result<(usize, Vec<StoreError>), StoreError> {
        let mut problems = Vec::new();
        let mut good = 0;
        let entries = fs::read_dir(&self.dir).map_err(|e| StoreError::io(&self.dir, e))?;
        let mut names: Vec<String> = entries
            .flatten()
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| n.ends_with(".toml") && !n.starts_with('.'))
            .collect();
        names.sort();
        for name in names {
            let stem = &name[..name.len() - ".toml".len()];
            if let Err(e) = validate_article_id(stem) {
                problems.push(StoreError::Invalid {
                    path: self.dir.join(&name),
                    line: 1,
                    column: 1,
                    message: format!("not an article file: {e}"),
                });
                continue;
            }
            match self.load(stem) {
                Ok(_) => good += 1,
                Err(e) => problems.push(e),
            }
        }
        Ok((good, problems))
    }

    pub fn load_all(&self) -> Result<Vec<Loaded>, StoreError> {
        self.article_ids()?.iter().map(|id| self.load(id)).collect()
    }

    /// Writes a new article file, rendered fresh ([`StoreError::Exists`] if
    /// the article already has one). Hold [`Store::lock`] while calling.
    pub fn create(&self, file: &ArticleFile) -> Result<(), StoreError> {
        check::check_records(file)?;
        let id = &file.article.id;
        let path = self.path_of(id)?;
        if path.exists() {
            return Err(StoreError::Exists {
                id: id.clone(),
                path,
            });
        }
        let text = render(file);
        check::parse_file(&path, &text, Some(id)).map_err(|e| StoreError::BadRecords {
            id: id.clone(),
            message: format!("the rendered file would not load back: {e}"),
        })?;
        write_atomic(&path, text.as_bytes())
    }

    /// Applies `file` (the new records) to the document `loaded` was read
    /// from ([`apply`]) and writes it back atomically; nothing is written when
    /// nothing changed. Hold [`Store::lock`] from before the load.
    pub fn save(&self, loaded: &Loaded, file: &ArticleFile) -> Result<(), StoreError> {
        let id = &loaded.file.article.id;
        if &file.article.id != id {
            return Err(StoreError::BadRecords {
                id: file.article.id.clone(),
                message: format!(
                    "the records are for `{}`, the file for `{id}`",
                    file.article.id
                ),
            });
        }
        check::check_records(file)?;
        let mut doc = loaded.doc()?;
        apply(&mut doc, file);
        let text = doc.to_string();
        if text == loaded.text {
            return Ok(());
        }
        check::parse_file(&loaded.path, &text, Some(id)).map_err(|e| StoreError::BadRecords {
            id: id.clone(),
            message: format!("the updated file would not load back: {e}"),
        })?;
        write_atomic(&loaded.path, text.as_bytes())
    }

    /// Takes the store's write lock, waiting as long as
    /// `CLAIMTRACK_LOCK_TIMEOUT` says (default 10 s).
    pub fn lock(&self) -> Result<StoreLock, StoreError> {
        self.lock_with_timeout(lock_timeout_from_env()?)
    }

    /// Takes the store's write lock, waiting at most `timeout` for another
    /// writer ([`StoreError::LockTimeout`] then).
    ///
    /// The waiting writer polls, first every few milliseconds, then at most
    /// every [`LOCK_POLL_MAX`]: with several writers queued, the lock passes
    /// on within milliseconds of its release. Once taken, the temporary files
    /// that writers killed mid-write left in the store are removed
    /// ([`Store::remove_stale_temporaries`]).
    pub fn lock_with_timeout(&self, timeout: Duration) -> Result<StoreLock, StoreError> {
        let path = self.dir.join(LOCK_FILE);
        // The lock file is created if missing: never through a link, which
        // could create or lock a file outside the store.
        if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(StoreError::Invalid {
                path,
                line: 1,
                column: 1,
                message: "is a symbolic link; the lock file must be a plain file in the store"
                    .into(),
            });
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| StoreError::io(&path, e))?;
        let start = Instant::now();
        let mut pause = LOCK_POLL_MIN;
        loop {
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => {
                    self.remove_stale_temporaries();
                    return Ok(StoreLock { file, path });
                }
                Err(fs4::TryLockError::WouldBlock) => {
                    let waited = start.elapsed();
                    if waited >= timeout {
                        return Err(StoreError::LockTimeout {
                            path,
                            waited_secs: (timeout.as_secs_f64() * 10.0).round() / 10.0,
                        });
                    }
                    std::thread::sleep((timeout - waited).min(pause));
                    pause = (pause * 2).min(LOCK_POLL_MAX);
                }
                Err(fs4::TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
            }
        }
    }

    /// Removes the temporary files of article files (`.<id>.toml.*.tmp`) that
    /// a writer killed between writing and renaming left behind. Only call
    /// while holding the lock: then no other writer has one in flight. Best
    /// effort: a file that cannot be removed stays (it is ignored by readers
    /// and by git).
    pub fn remove_stale_temporaries(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let stem = name
                .strip_prefix('.')
                .and_then(|n| n.strip_suffix(".tmp"))
                .and_then(|n| n.split_once(".toml."))
                .map(|(id, _)| id);
            if stem.is_some_and(|id| validate_article_id(id).is_ok())
                && entry.file_type().is_ok_and(|t| t.is_file())
            {
                let _ = fs::remove_file(entry.path());
            }
        }
    }

    fn closest_articles(&self, id: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .article_ids()
            .unwrap_or_default()
            .into_iter()
            .filter(|a| a.starts_with(id) || id.starts_with(a.as_str()) || a.contains(id))
            .collect();
        ids.truncate(3);
        ids
    }
}

/// The store's write lock; released when dropped.
#[derive(Debug)]
pub struct StoreLock {
    file: File,
    path: PathBuf,
}

impl StoreLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for StoreLock {
    fn drop(&mut self) {
        // Closing the file releases the lock too.
        let _ = fs4::FileExt::unlock(&self.file);
    }
}

/// The lock timeout from `CLAIMTRACK_LOCK_TIMEOUT` (seconds, decimals
/// allowed), [`DEFAULT_LOCK_TIMEOUT`] when unset or empty; a value that is
/// not a non-negative number is an error.
pub fn lock_timeout_from_env() -> Result<Duration, StoreError> {
    match std::env::var(LOCK_TIMEOUT_ENV) {
        Ok(v) if !v.trim().is_empty() => parse_lock_timeout(&v),
        _ => Ok(DEFAULT_LOCK_TIMEOUT),
    }
}

/// Parses a lock timeout in seconds, as `CLAIMTRACK_LOCK_TIMEOUT` holds it.
pub fn parse_lock_timeout(value: &str) -> Result<Duration, StoreError> {
    value
        .trim()
        .parse::<f64>()
        .ok()
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .ok_or_else(|| StoreError::BadEnv {
            var: LOCK_TIMEOUT_ENV,
            value: value.to_string(),
            reason: "expected a number of seconds such as 10 or 0.5".to_string(),
        })
}

/// Reads the bytes of a store file: UTF-8 text, TOML that fits the records,
/// and the rules of the schema (the article id is `expected_id` when given).
/// Returns the records and the text. Never panics: anything else is a
/// [`StoreError`] with the line and column of the problem.
pub fn parse_article_file(
    path: &Path,
    bytes: Vec<u8>,
    expected_id: Option<&str>,
) -> Result<(ArticleFile, String), StoreError> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..good]).into_owned();
        let (line, column) = line_col(&text, good);
        StoreError::Parse {
            path: path.to_path_buf(),
            line,
            column,
            message: "not valid UTF-8".to_string(),
        }
    })?;
    let file = check::parse_file(path, &text, expected_id)?;
    Ok((file, text))
}

/// Writes `bytes` to `path` atomically: a temporary dot file in the same
/// directory, written and synced, renamed over `path`, then the directory
/// synced. An existing file's permissions are kept (a new file gets 0644 on
/// Unix). On error the temporary file is removed and `path` is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let io = |e| StoreError::io(path, e);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| StoreError::io(dir, e))?;
    tmp.write_all(bytes).map_err(io)?;
    match fs::metadata(path) {
        Ok(m) => tmp.as_file().set_permissions(m.permissions()).map_err(io)?,
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                tmp.as_file()
                    .set_permissions(fs::Permissions::from_mode(0o644))
                    .map_err(io)?;
            }
        }
    }
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::io(dir, e))?;
    Ok(())
}
