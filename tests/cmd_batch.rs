//! `extract` and `analyze` on many files: directories, every core, and a bad
//! file that does not stop the others.

mod common;

use common::{claimtrack, fails, fixture};
use tempfile::TempDir;

/// A directory of three good articles and one that is not UTF-8.
fn archive() -> TempDir {
    let dir = TempDir::new().unwrap();
    let a = dir.path().join("archive");
    std::fs::create_dir_all(a.join("2015")).unwrap();
    std::fs::copy(
        fixture("seed/putin-syria-gambit.v1.txt"),
        a.join("2015/syria.txt"),
    )
    .unwrap();
    std::fs::write(
        a.join("budget.md"),
        "# City budget\n\nThe council approved a $3.5m budget on Monday, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        a.join("jobs.txt"),
        "Unemployment fell to 3.5% in May, the bureau said.\n",
    )
    .unwrap();
    std::fs::write(a.join("broken.txt"), b"Caf\xe9 prices rose 4%.").unwrap();
    std::fs::write(a.join("notes.json"), "{}").unwrap();
    std::fs::write(a.join(".hidden.txt"), "Hidden 4 files.").unwrap();
    dir
}

#[test]
fn analyze_goes_on_past_a_bad_file_and_fails_at_the_end() {
    let dir = archive();
    let out = claimtrack(dir.path())
        .args(["analyze", "archive"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("sentences"), "{stdout}");
    // Sorted, recursive, article files only, hidden ones skipped.
    let files: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.rsplit("  ").next().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "archive/2015/syria.txt",
            "archive/budget.md",
            "archive/jobs.txt"
        ]
    );
    assert!(
        stderr.contains("error: archive/broken.txt: invalid UTF-8 at byte 3"),
        "{stderr}"
    );
    assert!(
        stderr
            .trim_end()
            .ends_with("1 of 4 files failed (each is reported above)"),
        "{stderr}"
    );
}

#[test]
fn analyze_jsonl_is_one_analysis_per_file() {
    let dir = archive();
    std::fs::remove_file(dir.path().join("archive/broken.txt")).unwrap();
    let out = claimtrack(dir.path())
        .args(["analyze", "archive", "--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[1]["file"], "archive/budget.md");
    assert_eq!(docs[1]["quantities"][0]["unit"], "USD");
    assert!(!docs[0]["claims"].as_array().unwrap().is_empty());
}

#[test]
fn extract_records_every_good_file_under_one_lock() {
    let dir = archive();
    claimtrack(dir.path()).arg("init").assert().success();
    let out = claimtrack(dir.path())
        .args(["extract", "archive"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    for id in ["syria", "budget", "jobs"] {
        assert!(
            dir.path().join(format!("claims/{id}.toml")).is_file(),
            "{id}"
        );
    }
    assert!(!dir.path().join("claims/broken.toml").exists());
    // Again: every article exists already, each is reported, nothing changes.
    let before = common::snapshot(&dir.path().join("claims"));
    let out = claimtrack(dir.path())
        .args(["extract", "archive/budget.md", "archive/jobs.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.matches("claimtrack update").count(), 2, "{stderr}");
    assert_eq!(common::snapshot(&dir.path().join("claims")), before);
}

#[test]
fn two_files_with_one_id_are_caught() {
    let dir = archive();
    std::fs::create_dir_all(dir.path().join("other")).unwrap();
    std::fs::copy(
        dir.path().join("archive/jobs.txt"),
        dir.path().join("other/jobs.txt"),
    )
    .unwrap();
    claimtrack(dir.path()).arg("init").assert().success();
    let out = claimtrack(dir.path())
        .args(["extract", "archive/jobs.txt", "other/jobs.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("other/jobs.txt: article id `jobs` is taken"),
        "{stderr}"
    );
}

#[test]
fn batch_usage_errors() {
    let dir = archive();
    let e = fails(claimtrack(dir.path()).args(["analyze", "archive/jobs.txt", "-"]));
    assert!(e.contains("standard input"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["extract", "archive", "--id", "x", "--dry-run"]));
    assert!(e.contains("single FILE"), "{e}");
    std::fs::create_dir_all(dir.path().join("empty")).unwrap();
    let e = fails(claimtrack(dir.path()).args(["analyze", "empty"]));
    assert!(e.contains("no article files"), "{e}");
}
