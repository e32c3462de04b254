//! `claimtrack analyze`.

mod common;

use common::{claimtrack, fails, json, seed_v1};
use tempfile::TempDir;

#[test]
fn analyze_reads_standard_input_and_prints_a_table() {
    let dir = TempDir::new().unwrap();
    let text = std::fs::read_to_string(seed_v1()).unwrap();
    let out = claimtrack(dir.path())
        .args(["analyze", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("240,000 deaths"), "{table}");
    assert!(table.contains("Vladimir Putin"), "{table}");
    assert!(table.lines().last().unwrap().contains("claims"));
}

#[test]
fn explain_names_the_features_behind_a_score() {
    let dir = TempDir::new().unwrap();
    let out = json(
        dir.path(),
        &[
            "analyze",
            seed_v1().to_str().unwrap(),
            "--explain",
            "--format",
            "json",
        ],
    );
    let s = out["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains("240,000"))
        .unwrap();
    let reasons = s["reasons"].as_array().unwrap();
    assert!(
        reasons.iter().any(|r| r["feature"] == "states a figure"),
        "{reasons:?}"
    );
}

#[test]
fn analyze_errors() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("bad.txt"), b"ok\xffno").unwrap();
    let e = fails(claimtrack(dir.path()).args(["analyze", "bad.txt"]));
    assert!(e.contains("byte 2"), "{e}");
    fails(claimtrack(dir.path()).args(["analyze", "nope.txt"]));
    // A directory is a batch: each bad file is reported, then the count.
    let out = claimtrack(dir.path())
        .args(["analyze", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("bad.txt: invalid UTF-8 at byte 2"),
        "{stderr}"
    );
    fails(claimtrack(dir.path()).args(["analyze", "bad.txt", "--format", "csv"]));
}

#[test]
fn empty_input_is_an_empty_analysis() {
    let dir = TempDir::new().unwrap();
    let out = claimtrack(dir.path())
        .args(["analyze", "-", "--format", "json"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["claims"], serde_json::json!([]));
}

#[test]
fn white_space_inside_the_marks_is_no_part_of_a_quote() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("kashmir.txt");
    let text = "Abdullah insists tourists are safe in the state, “as long as you take the \
                sort of precautions that one normally would ”.\n";
    std::fs::write(&file, text).unwrap();
    let v = json(
        dir.path(),
        &["analyze", file.to_str().unwrap(), "--format", "json"],
    );
    let quote = &v["quotes"][0];
    let words = "as long as you take the sort of precautions that one normally would";
    assert_eq!(quote["text"], words);
    let (start, end) = (
        quote["start"].as_u64().unwrap() as usize,
        quote["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], words);
}
