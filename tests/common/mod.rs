//! Shared pieces of the CLI tests: a hermetic `claimtrack` command (pinned
//! clock, user, width, no colour) and the seed fixtures.

#![allow(dead_code)] // each test binary uses a different subset

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub const NOW: &str = "2026-11-24T10:00:00Z";

/// The path of a file under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn seed_v1() -> PathBuf {
    fixture("seed/putin-syria-gambit.v1.txt")
}

pub fn seed_v2() -> PathBuf {
    fixture("seed/putin-syria-gambit.v2.txt")
}

/// `claimtrack` run in `dir`, with a pinned clock and user, no colour, 100
/// columns, and no store from the environment.
pub fn claimtrack(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("claimtrack").expect("the binary is built");
    cmd.current_dir(dir)
        .env("CLAIMTRACK_NOW", NOW)
        .env("CLAIMTRACK_USER", "test.checker")
        .env("CLAIMTRACK_LOCK_TIMEOUT", "5")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("CLAIMTRACK_STORE");
    cmd
}

/// A temporary directory with a store holding the seed article's revision 1.
pub fn seeded() -> TempDir {
    let dir = TempDir::new().expect("a temporary directory");
    claimtrack(dir.path()).arg("init").assert().success();
    claimtrack(dir.path())
        .arg("extract")
        .arg(seed_v1())
        .assert()
        .success();
    dir
}

/// The same with revision 2 recorded too.
pub fn seeded_v2() -> TempDir {
    let dir = seeded();
    claimtrack(dir.path())
        .args(["update", "putin-syria-gambit"])
        .arg(seed_v2())
        .assert()
        .success();
    dir
}

/// Every file under `dir` with its bytes, to show that a command changed nothing.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n != ".lock") {
                let bytes = std::fs::read(&path).expect("readable file");
                files.insert(path, bytes);
            }
        }
    }
    files
}

/// Run `claimtrack ARGS` in `dir` and return its JSON output (exit 0 or 1).
pub fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let out = claimtrack(dir).args(args).output().expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "claimtrack {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "claimtrack {args:?} printed no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Run a command expected to fail with exit 2 and one `error:` line; return the line.
pub fn fails(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(stderr.starts_with("error: "), "stderr: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    stderr.trim_end().to_string()
}

/// The id of the first claim listed in the store under `dir`.
pub fn first_id(dir: &std::path::Path) -> String {
    json(dir, &["list", "--format", "json"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string()
}
