//! `claimtrack mark` and `claimtrack cite`.

mod common;

use common::{claimtrack, fails, first_id, json, seeded, snapshot};

#[test]
fn mark_sets_the_status_and_appends_source_note_and_log() {
    let dir = seeded();
    let id = first_id(dir.path());
    claimtrack(dir.path())
        .args([
            "mark",
            &id,
            "verified",
            "--source",
            "https://example.org/r",
            "--title",
            "Report",
        ])
        .args(["--note", "matches the agency's figure", "--by", "a.checker"])
        .assert()
        .success()
        .stdout(predicates::str::contains("unverified → verified"));
    let shown = json(
        dir.path(),
        &[
            "show",
            &format!("putin-syria-gambit/{id}"),
            "--format",
            "json",
        ],
    );
    assert_eq!(shown["status"], "verified");
    assert_eq!(shown["sources"][0]["url"], "https://example.org/r");
    assert_eq!(shown["sources"][0]["title"], "Report");
    let log = shown["log"].as_array().unwrap();
    assert_eq!(log[0]["event"], "status");
    assert_eq!(log[0]["from"], "unverified");
    assert_eq!(log[0]["to"], "verified");
    assert_eq!(log[0]["by"], "a.checker");
    assert_eq!(log[0]["at"], "2026-11-24T10:00:00Z");
    assert_eq!(log[0]["note"], "matches the agency's figure");
    assert_eq!(log[1]["event"], "source");
}

#[test]
fn a_marked_file_changes_only_where_it_should() {
    let dir = seeded();
    let path = dir.path().join("claims/putin-syria-gambit.toml");
    let before = std::fs::read_to_string(&path).unwrap();
    let id = first_id(dir.path());
    claimtrack(dir.path())
        .args(["mark", &id, "false"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&path).unwrap();
    let diff = similar::TextDiff::from_lines(&before, &after);
    let mut removed = Vec::new();
    let mut added = Vec::new();
    for change in diff.iter_all_changes() {
        let line = change.value().trim_end().to_string();
        match change.tag() {
            similar::ChangeTag::Delete => removed.push(line),
            similar::ChangeTag::Insert => added.push(line),
            similar::ChangeTag::Equal => {}
        }
    }
    assert_eq!(
        removed,
        ["status = \"unverified\""],
        "only the status line goes"
    );
    assert_eq!(added[0], "status = \"false\"", "{added:?}");
    assert!(
        added[1..].iter().all(|l| l.is_empty()
            || l == "[[claims.log]]"
            || ["at = ", "by = ", "event = ", "from = ", "to = "]
                .iter()
                .any(|k| l.starts_with(k))),
        "only a log entry is added: {added:?}"
    );
}

#[test]
fn bad_references_and_statuses_are_errors_that_change_nothing() {
    let dir = seeded();
    let before = snapshot(dir.path());
    let id = first_id(dir.path());
    let e = fails(claimtrack(dir.path()).args(["mark", &id, "verifed"]));
    assert!(e.contains("verifed") && e.contains("unverified"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["mark", &id, "needs-recheck"]));
    assert!(e.contains("only by claimtrack"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["mark", "zzzzzz", "verified"]));
    assert!(e.contains("zzzzzz"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["mark", "", "verified"]));
    assert!(e.starts_with("error:"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["mark", "../x/abc", "verified"]));
    assert!(e.contains("../x/abc"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["cite", &id, ""]));
    assert!(e.contains("source"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["mark", &id, "verified", "--title", "T"]));
    assert!(e.contains("--source"), "{e}");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn an_ambiguous_prefix_lists_the_candidates() {
    let dir = seeded();
    let ids: Vec<String> = json(dir.path(), &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    // Some first character is shared by two ids among two dozen.
    let shared = ids
        .iter()
        .find(|a| ids.iter().filter(|b| b[..1] == a[..1]).count() > 1)
        .expect("two ids share a first character");
    let before = snapshot(dir.path());
    let e = fails(claimtrack(dir.path()).args(["mark", &shared[..1], "verified"]));
    assert!(e.contains("ambiguous") || e.contains("matches"), "{e}");
    assert!(e.contains(&format!("putin-syria-gambit/{shared}")), "{e}");
    assert_eq!(snapshot(dir.path()), before);
}
