//! `claimtrack export`, `report` and `check`.

mod common;

use common::{claimtrack, fails, json, seeded, seeded_v2};

#[test]
fn export_jsonl_is_one_claim_per_line() {
    let dir = seeded();
    let out = claimtrack(dir.path())
        .args(["export", "--format", "jsonl"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let n = json(dir.path(), &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .len();
    assert_eq!(text.lines().count(), n);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["article"], "putin-syria-gambit");
    }
}

#[test]
fn export_csv_has_a_header_and_quoted_cells() {
    let dir = seeded();
    let out = claimtrack(dir.path())
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("article,id,kind,status,score,speaker,text,"));
    assert!(
        text.contains("\"Western powers say Assad's military"),
        "commas are quoted"
    );
    let n = json(dir.path(), &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .len();
    // A cell may hold a newline (a quote over two paragraphs): count records.
    let records = text
        .split("\r\n")
        .filter(|r| r.starts_with("putin-syria-gambit,"))
        .count();
    assert_eq!(records, n);
}

#[test]
fn report_markdown_has_verdicts_claims_and_revisions() {
    let dir = seeded_v2();
    let out = claimtrack(dir.path()).arg("report").output().unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Putin Seizes Initiative on Syria"), "{md}");
    assert!(md.contains("## Verdicts") && md.contains("## Claims"));
    assert!(md.contains("## Removed claims"));
    assert!(
        md.contains("### putin-syria-gambit@1 → putin-syria-gambit@2"),
        "{md}"
    );
}

#[test]
fn check_blocks_until_every_claim_has_a_verdict() {
    let dir = seeded();
    claimtrack(dir.path()).arg("check").assert().code(1);
    let ids: Vec<String> = json(dir.path(), &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    claimtrack(dir.path())
        .args(["check", "--fail-on", "false"])
        .assert()
        .code(0);
    claimtrack(dir.path())
        .args(["mark", &ids[0], "false"])
        .assert()
        .success();
    let out = json(
        dir.path(),
        &["check", "--fail-on", "false", "--format", "json"],
    );
    assert_eq!(out["ok"], false);
    assert_eq!(out["blocking"].as_array().unwrap().len(), 1);
    fails(claimtrack(dir.path()).args(["check", "--fail-on", "bogus"]));
}

#[test]
fn export_refuses_formats_it_does_not_write() {
    let dir = seeded();
    fails(claimtrack(dir.path()).args(["export", "--format", "table"]));
    fails(claimtrack(dir.path()).args(["export", "--format", "claimreview"]));
}
