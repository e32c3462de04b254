//! `claimtrack check-store`, and what the store refuses to read.

mod common;

use common::{claimtrack, fails, seeded, snapshot};

#[test]
fn every_problem_is_reported_at_once_and_nothing_changes() {
    let dir = seeded();
    let store = dir.path().join("claims");
    claimtrack(dir.path())
        .arg("check-store")
        .assert()
        .success()
        .stdout(predicates::str::contains("ok: 1 article file"));

    let good = std::fs::read_to_string(store.join("putin-syria-gambit.toml")).unwrap();
    let typo = good.replacen("status = \"unverified\"", "status = \"verifed\"", 1);
    std::fs::write(store.join("copy-one.toml"), &typo).unwrap();
    std::fs::write(store.join("copy-two.toml"), "schema = [").unwrap();
    std::fs::write(store.join("Bad Name.toml"), "").unwrap();
    let before = snapshot(&store);
    let out = claimtrack(dir.path()).arg("check-store").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Bad Name.toml") && l.contains("not an article file"))
    );
    // The copy's id does not match its name, or its status is unknown: either way, with a place.
    assert!(
        lines.iter().any(|l| l.contains("copy-one.toml:")),
        "{stdout}"
    );
    assert!(
        lines.iter().any(|l| l.contains("copy-two.toml:1:")),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("error: 3 problems in claims (1 file load)"),
        "{stderr}"
    );
    assert_eq!(snapshot(&store), before);
}

#[cfg(unix)]
#[test]
fn a_store_file_that_links_out_of_the_store_is_refused() {
    let dir = seeded();
    let outside = dir.path().join("outside.toml");
    std::fs::copy(dir.path().join("claims/putin-syria-gambit.toml"), &outside).unwrap();
    let link = dir.path().join("claims/linked.toml");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    let e = fails(claimtrack(dir.path()).args(["list", "linked"]));
    assert!(e.contains("symbolic link"), "{e}");
}

/// Eight writers at once, each marking claims again and again: the lock
/// serializes them, and no update is lost. (Twelve marks each keep the debug
/// test suite quick; every mark is a full load, edit and atomic save.)
#[test]
fn concurrent_writers_lose_no_update() {
    const WRITERS: usize = 8;
    const MARKS: usize = 12;
    let dir = seeded();
    let ids: Vec<String> = common::json(dir.path(), &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    let bin = assert_cmd::cargo::cargo_bin("claimtrack");
    let script = (0..MARKS)
        .map(|i| {
            let status = ["verified", "false", "misleading", "in-review"][i % 4];
            format!(
                "'{}' -q mark {} {status} || exit 1",
                bin.display(),
                ids[i % ids.len()]
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let children: Vec<_> = (0..WRITERS)
        .map(|w| {
            std::process::Command::new("sh")
                .arg("-c")
                .arg(&script)
                .current_dir(dir.path())
                .env("CLAIMTRACK_USER", format!("writer-{w}"))
                .env("CLAIMTRACK_LOCK_TIMEOUT", "120")
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let all = common::json(dir.path(), &["list", "--format", "json"]);
    let mut entries = 0;
    for c in all.as_array().unwrap() {
        let shown = common::json(
            dir.path(),
            &["show", c["id"].as_str().unwrap(), "--format", "json"],
        );
        entries += shown["log"].as_array().unwrap().len();
    }
    assert_eq!(entries, WRITERS * MARKS);
}
