//! `claimtrack cite`.

mod common;

use common::{claimtrack, fails, first_id, json, seeded, snapshot};

#[test]
fn cite_adds_a_source_and_keeps_the_status() {
    let dir = seeded();
    let id = first_id(dir.path());
    claimtrack(dir.path())
        .args([
            "cite",
            &id[..4],
            "https://example.org/a",
            "--note",
            "background",
        ])
        .assert()
        .success();
    let shown = json(dir.path(), &["show", &id, "--format", "json"]);
    assert_eq!(shown["status"], "unverified");
    assert_eq!(shown["sources"][0]["note"], "background");
    assert_eq!(shown["log"][0]["by"], "test.checker");
}

#[test]
fn cite_errors_change_nothing() {
    let dir = seeded();
    let before = snapshot(dir.path());
    let id = first_id(dir.path());
    let e = fails(claimtrack(dir.path()).args(["cite", "zzzzzz", "https://x.org"]));
    assert!(e.contains("zzzzzz"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["cite", &id, "two\nlines"]));
    assert!(e.contains("one-line"), "{e}");
    fails(claimtrack(dir.path()).args(["cite", &id]));
    assert_eq!(snapshot(dir.path()), before);
}
