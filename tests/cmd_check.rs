//! `claimtrack check`.

mod common;

use common::{claimtrack, fails, json, seeded};

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
fn check_errors() {
    let dir = seeded();
    let e = fails(claimtrack(dir.path()).args(["check", "nope"]));
    assert!(e.contains("nope"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["check", "../x"]));
    assert!(e.contains("../x"), "{e}");
}
