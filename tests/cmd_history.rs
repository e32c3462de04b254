//! `claimtrack history`.

mod common;

use common::{claimtrack, fails, json, seeded};

#[test]
fn history_shows_each_revision_and_status_change() {
    let dir = seeded();
    let list = json(dir.path(), &["list", "--format", "json"]);
    let id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("240,000") && c["kind"] == "quantity")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    claimtrack(dir.path())
        .args(["mark", &id, "verified"])
        .assert()
        .success();
    claimtrack(dir.path())
        .args(["update", "putin-syria-gambit"])
        .arg(common::seed_v2())
        .assert()
        .success();
    let h = json(dir.path(), &["history", &id, "--format", "json"]);
    let revs = h["revisions"].as_array().unwrap();
    assert_eq!(revs.len(), 2);
    assert!(revs[0]["text"].as_str().unwrap().contains("240,000"));
    assert!(revs[1]["text"].as_str().unwrap().contains("250,000"));
    assert_eq!(h["status"], "needs-recheck");

    let out = claimtrack(dir.path())
        .args(["history", &id])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("[-240,000-]"), "{table}");
    assert!(table.contains("unverified → verified"), "{table}");
    assert!(table.contains("verified → needs-recheck"), "{table}");
}

#[test]
fn history_errors() {
    let dir = seeded();
    let e = fails(claimtrack(dir.path()).args(["history", "zzzzzz"]));
    assert!(e.contains("zzzzzz"), "{e}");
    fails(claimtrack(dir.path()).arg("history"));
}
