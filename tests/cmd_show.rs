//! `claimtrack show`.

mod common;

use common::{claimtrack, fails, first_id, json, seeded, snapshot};
use tempfile::TempDir;

#[test]
fn show_gives_the_claim_in_full() {
    let dir = seeded();
    let list = json(
        dir.path(),
        &["list", "--kind", "quantity", "--format", "json"],
    );
    let c = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("240,000"))
        .unwrap();
    let id = c["id"].as_str().unwrap();
    let out = claimtrack(dir.path()).args(["show", id]).output().unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.contains(&format!("putin-syria-gambit/{id}")),
        "{shown}"
    );
    assert!(
        shown.contains("240,000 deaths: count 240000 deaths (exact)"),
        "{shown}"
    );
    assert!(shown.contains("Western powers"), "{shown}");
}

#[test]
fn show_errors() {
    let dir = seeded();
    let before = snapshot(dir.path());
    let e = fails(claimtrack(dir.path()).args(["show", "zzzzzz"]));
    assert!(e.contains("zzzzzz"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["show", "nope/abc"]));
    assert!(e.contains("nope/abc"), "{e}");
    let id = first_id(dir.path());
    let e = fails(claimtrack(dir.path()).args(["show", id.as_str(), "--format", "csv"]));
    assert!(e.contains("table, json"), "{e}");
    let empty = TempDir::new().unwrap();
    let e = fails(claimtrack(empty.path()).args(["show", "abc"]));
    assert!(e.contains("claimtrack init"), "{e}");
    assert_eq!(snapshot(dir.path()), before);
}
