//! Many articles at once: expand directories, work on every core, show
//! progress on a terminal, and keep going past a bad file.
//!
//! Files are processed in chunks: each chunk is analysed in parallel, then
//! its results are handed, in input order, to a sequential step (printing,
//! writing the store). Memory is bounded by the chunk, not by the batch.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::output::UsageError;

/// How many files are in flight at once.
const CHUNK: usize = 64;

/// File endings read from a directory.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm"];

/// The files named by `args`: files as given, directories expanded (sorted,
/// recursively, article files only, hidden entries skipped). `-` is standard
/// input and may only stand alone.
pub fn expand(args: &[String]) -> anyhow::Result<Vec<String>> {
    if args.len() > 1 && args.iter().any(|a| a == "-") {
        return Err(
            UsageError("`-` (standard input) cannot be combined with other files".into()).into(),
        );
    }
    let mut files = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            if found.is_empty() {
                return Err(UsageError(format!(
                    "{arg}: no article files (.{}) in this directory",
                    ARTICLE_EXTENSIONS.join(", .")
                ))
                .into());
            }
            files.extend(found.into_iter().map(|p| p.to_string_lossy().into_owned()));
        } else {
            files.push(arg.clone());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        // Never follow a link out of the tree being read.
        let kind = entry
            .file_type()
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else if kind.is_file()
            && path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// A progress bar on standard error, drawn only on a terminal and for more
/// than one file.
pub fn progress(len: usize, quiet: bool, verb: &str) -> ProgressBar {
    if quiet || len < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    let style = ProgressStyle::with_template(&format!(
        "{verb} {{bar:30}} {{pos}}/{{len}} files  {{elapsed}}  {{wide_msg}}"
    ))
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// Run `work` on every item in parallel, a chunk at a time, and hand each
/// result to `then` in input order. Returns how many results were errors.
pub fn run<I, T, W, S>(
    items: &[I],
    bar: &ProgressBar,
    work: W,
    mut then: S,
) -> anyhow::Result<usize>
where
    I: Sync,
    T: Send,
    W: Fn(&I) -> anyhow::Result<T> + Sync,
    S: FnMut(&I, anyhow::Result<T>) -> anyhow::Result<bool>,
{
    let mut failed = 0;
    for chunk in items.chunks(CHUNK) {
        let results: Vec<anyhow::Result<T>> = chunk.par_iter().map(&work).collect();
        for (item, result) in chunk.iter().zip(results) {
            if !bar.suspend(|| then(item, result))? {
                failed += 1;
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    Ok(failed)
}

/// Print a per-file error the way every error is printed.
pub fn report(file: &str, error: &anyhow::Error) {
    let line = super::output::one_line(error);
    if line.starts_with(file) {
        eprintln!("error: {line}");
    } else {
        eprintln!("error: {file}: {line}");
    }
}

/// The error that ends a batch in which some files failed.
pub fn failures(failed: usize, total: usize) -> anyhow::Error {
    UsageError(format!(
        "{failed} of {} failed (each is reported above)",
        super::output::count(total, "file")
    ))
    .into()
}
