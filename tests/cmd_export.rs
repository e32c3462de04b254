//! `claimtrack export`.

mod common;

use common::{claimtrack, fails, json, seeded};

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
fn export_refuses_formats_it_does_not_write() {
    let dir = seeded();
    fails(claimtrack(dir.path()).args(["export", "--format", "table"]));
    fails(claimtrack(dir.path()).args(["export", "--format", "claimreview"]));
}
