//! `claimtrack list`, `show` and `history`.

mod common;

use common::{claimtrack, fails, json, seeded, seeded_v2};

#[test]
fn list_filters_and_sorts() {
    let dir = seeded();
    let all = json(dir.path(), &["list", "--format", "json"]);
    let all = all.as_array().unwrap();
    let starts: Vec<u64> = all.iter().map(|c| c["start"].as_u64().unwrap()).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "position order");

    let quotes = json(dir.path(), &["list", "--kind", "quote", "--format", "json"]);
    let quotes = quotes.as_array().unwrap();
    assert!(quotes.len() >= 7 && quotes.iter().all(|c| c["kind"] == "quote"));

    let by_score = json(dir.path(), &["list", "--sort", "score", "--format", "json"]);
    let scores: Vec<f64> = by_score
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");

    let id = all[0]["id"].as_str().unwrap();
    claimtrack(dir.path())
        .args(["mark", id, "false"])
        .assert()
        .success();
    let f = json(
        dir.path(),
        &["list", "--status", "false", "--format", "json"],
    );
    assert_eq!(f.as_array().unwrap().len(), 1);
    assert_eq!(f[0]["id"], id);
}

#[test]
fn the_table_fits_eighty_columns() {
    let dir = seeded();
    let out = claimtrack(dir.path())
        .env("COLUMNS", "80")
        .arg("list")
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("ID") && table.contains("CLAIM"));
    for line in table.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} chars: {line}",
            line.chars().count()
        );
    }
    assert!(!table.contains('\x1b'), "no colour when NO_COLOR is set");
}

#[test]
fn colour_only_when_asked() {
    let dir = seeded();
    let out = claimtrack(dir.path())
        .env_remove("NO_COLOR")
        .args(["list", "--color", "always"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains('\x1b'));
    let out = claimtrack(dir.path())
        .env_remove("NO_COLOR")
        .arg("list")
        .output()
        .unwrap();
    assert!(
        !String::from_utf8(out.stdout).unwrap().contains('\x1b'),
        "not a terminal"
    );
}

#[test]
fn list_errors() {
    let dir = seeded();
    fails(claimtrack(dir.path()).args(["list", "--status", "done"]));
    fails(claimtrack(dir.path()).args(["list", "--kind", "opinion"]));
    let e = fails(claimtrack(dir.path()).args(["list", "nope"]));
    assert!(e.contains("nope"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["list", "--format", "csv"]));
    assert!(e.contains("table, json, jsonl"), "{e}");
}

#[test]
fn removed_claims_are_listed_with_all() {
    let dir = seeded_v2();
    let live = json(dir.path(), &["list", "--format", "json"]);
    let all = json(dir.path(), &["list", "--all", "--format", "json"]);
    assert_eq!(
        all.as_array().unwrap().len(),
        live.as_array().unwrap().len() + 1
    );
}
