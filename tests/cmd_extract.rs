//! `claimtrack extract` and `claimtrack init`.

mod common;

use common::{claimtrack, fails, json, seed_v1, seeded, snapshot};
use tempfile::TempDir;

#[test]
fn extract_records_revision_one_in_the_store() {
    let dir = seeded();
    let path = dir.path().join("claims/putin-syria-gambit.toml");
    let stored = std::fs::read_to_string(&path).unwrap();
    assert!(stored.starts_with("schema = 1"), "{stored}");
    assert!(stored.contains("title = \"Putin's Syria Gambit Puts U.S. on Back Foot at U.N.\""));
    assert!(stored.contains("recorded_at = 2026-11-24T10:00:00Z"));
    let file: toml::Table = toml::from_str(&stored).unwrap();
    let text = file["article"]["revisions"][0]["text"].as_str().unwrap();
    assert_eq!(
        text,
        std::fs::read_to_string(seed_v1()).unwrap(),
        "full text kept"
    );
    let claims = file["claims"].as_array().unwrap();
    assert!(claims.len() >= 23, "{} claims", claims.len());
    for c in claims {
        let id = c["id"].as_str().unwrap();
        assert_eq!(id.len(), 6, "{id}");
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
        );
        assert_eq!(c["status"].as_str(), Some("unverified"));
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let a = seeded();
    let b = seeded();
    let read =
        |d: &TempDir| std::fs::read(d.path().join("claims/putin-syria-gambit.toml")).unwrap();
    assert_eq!(read(&a), read(&b));
}

#[test]
fn an_existing_article_is_an_error_that_suggests_update() {
    let dir = seeded();
    let before = snapshot(dir.path());
    let e = fails(claimtrack(dir.path()).arg("extract").arg(seed_v1()));
    assert!(e.contains("claimtrack update putin-syria-gambit"), "{e}");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn dry_run_prints_without_writing() {
    let dir = TempDir::new().unwrap();
    let out = json(
        dir.path(),
        &[
            "extract",
            seed_v1().to_str().unwrap(),
            "--dry-run",
            "--format",
            "json",
        ],
    );
    assert_eq!(out["article"]["id"], "putin-syria-gambit");
    assert_eq!(out["recorded"], false);
    assert!(out["claims"].as_array().unwrap().len() >= 23);
    assert!(snapshot(dir.path()).is_empty(), "nothing written");
}

#[test]
fn standard_input_with_id_and_title() {
    let dir = TempDir::new().unwrap();
    claimtrack(dir.path()).arg("init").assert().success();
    claimtrack(dir.path())
        .args([
            "extract",
            "-",
            "--id",
            "city-budget",
            "--title",
            "City budget",
        ])
        .write_stdin("The council approved a $3.5m budget on Monday, officials said.\n")
        .assert()
        .success();
    let out = json(dir.path(), &["list", "city-budget", "--format", "json"]);
    let claims = out.as_array().unwrap();
    assert_eq!(claims.len(), 1, "{out}");
    assert_eq!(claims[0]["kind"], "quantity");
}

#[test]
fn bad_input_is_one_error_line_and_no_file() {
    let dir = TempDir::new().unwrap();
    claimtrack(dir.path()).arg("init").assert().success();
    std::fs::write(dir.path().join("latin1.txt"), b"Caf\xe9 society.").unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"PK\x03\x04\x00\x00").unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"  \n\n").unwrap();
    let before = snapshot(dir.path());
    let cases: &[(&[&str], &str)] = &[
        (&["extract", "missing.txt"], "missing.txt: no such file"),
        (&["extract", "claims"], "no article files"),
        (&["extract", "latin1.txt"], "invalid UTF-8 at byte 3"),
        (
            &["extract", "binary.txt"],
            "binary data (NUL byte at byte 4)",
        ),
        (&["extract", "empty.txt"], "empty"),
        (&["extract", "latin1.txt", "--id", "../up"], "../up"),
        (&["extract", "empty.txt", "--min-score", "2"], "--min-score"),
        (&["extract"], "FILE"),
    ];
    for (args, says) in cases {
        let e = fails(claimtrack(dir.path()).args(*args));
        assert!(e.contains(says), "{args:?}: {e}");
    }
    let e = fails(
        claimtrack(dir.path())
            .arg("extract")
            .arg(seed_v1())
            .args(["--id", "Bad/Id"]),
    );
    assert!(e.contains("Bad/Id"), "{e}");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_missing_store_is_an_error_that_suggests_init() {
    let dir = TempDir::new().unwrap();
    let e = fails(claimtrack(dir.path()).arg("extract").arg(seed_v1()));
    assert!(e.contains("claimtrack init"), "{e}");
    assert!(snapshot(dir.path()).is_empty());
}
