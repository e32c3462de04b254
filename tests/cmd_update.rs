//! `claimtrack update`: record a revision, carry verdicts, flag rechecks.

mod common;

use common::{claimtrack, fails, fixture, json, seed_v2, seeded, snapshot};

fn claims(dir: &std::path::Path) -> Vec<serde_json::Value> {
    json(dir, &["list", "--all", "--format", "json"])
        .as_array()
        .unwrap()
        .clone()
}

fn find<'a>(claims: &'a [serde_json::Value], words: &str) -> &'a serde_json::Value {
    claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains(words) && c["kind"] != "quote")
        .unwrap_or_else(|| panic!("no claim with {words:?}"))
}

#[test]
fn verdicts_carry_over_and_changed_verdicts_need_a_recheck() {
    let dir = seeded();
    let before = claims(dir.path());
    let deaths = find(&before, "240,000 deaths")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let moved = find(&before, "Washington has demanded")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let pentagon = find(&before, "The Pentagon has confirmed")["id"]
        .as_str()
        .unwrap()
        .to_string();
    for id in [&deaths, &moved, &pentagon] {
        claimtrack(dir.path())
            .args(["mark", id, "verified"])
            .assert()
            .success();
    }

    let out = json(
        dir.path(),
        &[
            "update",
            "putin-syria-gambit",
            seed_v2().to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(out["new"]["label"], "putin-syria-gambit@2");

    let after = claims(dir.path());
    let by_id = |id: &str| after.iter().find(|c| c["id"] == id).unwrap().clone();
    let d = by_id(&deaths);
    assert_eq!(
        d["status"], "needs-recheck",
        "a changed figure needs a recheck"
    );
    assert!(d["text"].as_str().unwrap().contains("250,000"));
    assert_eq!(
        by_id(&moved)["status"],
        "verified",
        "a moved claim keeps its verdict"
    );
    let p = by_id(&pentagon);
    assert_eq!(p["removed_in"], 2, "a removed claim is kept");
    assert_eq!(p["status"], "verified", "a removed claim keeps its verdict");
    let added = after
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("Syrian Observatory"))
        .unwrap();
    assert_eq!(added["first_seen"], 2);
    assert_eq!(added["status"], "unverified");

    // The log says what happened and who did it.
    let shown = json(dir.path(), &["show", &deaths, "--format", "json"]);
    let log = shown["log"].as_array().unwrap();
    assert!(
        log.iter()
            .any(|e| e["event"] == "revision" && e["revision"] == 2)
    );
    assert!(log.iter().any(|e| e["event"] == "status"
        && e["to"] == "needs-recheck"
        && e["by"] == "test.checker"));
}

#[test]
fn ids_are_never_reused() {
    let dir = seeded();
    let before: Vec<String> = claims(dir.path())
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    claimtrack(dir.path())
        .args(["update", "putin-syria-gambit"])
        .arg(seed_v2())
        .assert()
        .success();
    let after = claims(dir.path());
    let mut ids: Vec<&str> = after.iter().map(|c| c["id"].as_str().unwrap()).collect();
    for id in &before {
        assert!(ids.contains(&id.as_str()), "{id} was dropped");
    }
    ids.sort();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids");
}

#[test]
fn the_same_text_again_records_nothing() {
    let dir = seeded();
    let store = dir.path().join("claims");
    let before = snapshot(&store);
    let out = claimtrack(dir.path())
        .args(["update", "putin-syria-gambit"])
        .arg(common::seed_v1())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("nothing recorded"));
    assert_eq!(snapshot(&store), before);
}

#[test]
fn bad_input_changes_nothing() {
    let dir = seeded();
    let store = dir.path().join("claims");
    let before = snapshot(&store);
    std::fs::write(dir.path().join("bad.txt"), b"Caf\xe9 au lait.").unwrap();
    let e = fails(claimtrack(dir.path()).args(["update", "putin-syria-gambit", "bad.txt"]));
    assert!(e.contains("invalid UTF-8 at byte 3"), "{e}");
    let e = fails(
        claimtrack(dir.path())
            .args(["update", "no-such-article"])
            .arg(seed_v2()),
    );
    assert!(e.contains("no-such-article"), "{e}");
    let e = fails(
        claimtrack(dir.path())
            .args(["update", "../etc"])
            .arg(seed_v2()),
    );
    assert!(e.contains("../etc"), "{e}");
    fails(claimtrack(dir.path()).args(["update", "putin-syria-gambit", "missing.txt"]));
    fails(
        claimtrack(dir.path())
            .args(["update", "putin-syria-gambit"])
            .arg(fixture("seed")),
    );
    assert_eq!(snapshot(&store), before);
}
