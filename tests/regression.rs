//! Every bug found in review stays a test, with a line saying what it broke.

mod common;

use common::{claimtrack, fails, json, seed_v1, seed_v2, seeded, snapshot};
use tempfile::TempDir;

/// A fresh store with the seed's revision 1 extracted with `flags`.
fn extracted_v1(flags: &[&str]) -> TempDir {
    let dir = TempDir::new().unwrap();
    claimtrack(dir.path()).arg("init").assert().success();
    claimtrack(dir.path())
        .arg("extract")
        .arg(seed_v1())
        .args(flags)
        .assert()
        .success();
    dir
}

fn id_of(dir: &std::path::Path, words: &str, kind: &str) -> String {
    json(dir, &["list", "--all", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains(words) && c["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} claim with {words:?}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

// Sources were matched by URL: citing the same URL again overwrote the first
// source's title and date.
#[test]
fn the_same_url_cited_twice_is_two_sources() {
    let dir = seeded();
    let id = id_of(dir.path(), "240,000", "quantity");
    claimtrack(dir.path())
        .args([
            "mark",
            &id,
            "verified",
            "--source",
            "https://x.org/a",
            "--title",
            "First",
        ])
        .assert()
        .success();
    claimtrack(dir.path())
        .args(["cite", &id, "https://x.org/a", "--title", "Second"])
        .assert()
        .success();
    let shown = json(dir.path(), &["show", &id, "--format", "json"]);
    let titles: Vec<&str> = shown["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["First", "Second"]);
}

// One store file that did not parse made every bare claim id unusable.
#[test]
fn a_broken_store_file_does_not_hide_other_articles_claims() {
    let dir = seeded();
    let id = id_of(dir.path(), "240,000", "quantity");
    std::fs::write(dir.path().join("claims/broken.toml"), "schema = [").unwrap();
    claimtrack(dir.path())
        .args(["show", &id])
        .assert()
        .success();
    let e = fails(claimtrack(dir.path()).args(["show", "zzzz"]));
    assert!(
        e.contains("broken.toml"),
        "the broken file is named when nothing matches: {e}"
    );
}

// update forgot the --min-score the article was extracted with, so claims
// came and went with the threshold, not with the text.
#[test]
fn update_judges_by_the_threshold_the_article_was_extracted_with() {
    let dir = extracted_v1(&["--min-score", "0.1"]);
    let stored =
        std::fs::read_to_string(dir.path().join("claims/putin-syria-gambit.toml")).unwrap();
    assert!(
        stored.contains("min_score = 0.1"),
        "recorded with the article"
    );
    let mut text = std::fs::read_to_string(seed_v1()).unwrap();
    text.push_str("\nThe weather in New York was mild.\n");
    std::fs::write(dir.path().join("v2.txt"), text).unwrap();
    let out = json(
        dir.path(),
        &["update", "putin-syria-gambit", "v2.txt", "--format", "json"],
    );
    assert_eq!(out["summary"]["removed"], 0, "{}", out["summary"]);
    assert!(
        out["summary"]["added"].as_u64().unwrap() <= 1,
        "{}",
        out["summary"]
    );
}

// update replaced a title the checker had given with the text's first line.
#[test]
fn update_keeps_a_title_the_checker_gave() {
    let dir = extracted_v1(&["--title", "Desk title: Putin at the UN"]);
    claimtrack(dir.path())
        .args(["update", "putin-syria-gambit"])
        .arg(seed_v2())
        .assert()
        .success();
    let report = json(dir.path(), &["report", "--format", "json"]);
    assert_eq!(report[0]["article"]["title"], "Desk title: Putin at the UN");
    // A title taken from the text follows the text.
    let dir = common::seeded_v2();
    let report = json(dir.path(), &["report", "--format", "json"]);
    assert_eq!(
        report[0]["article"]["title"],
        "Putin Seizes Initiative on Syria as Obama Readies U.N. Speech"
    );
}

// A claim removed in one revision and back in the next got a new id and lost
// its verdict.
#[test]
fn a_claim_that_comes_back_keeps_its_id_and_verdict() {
    let dir = seeded();
    let id = id_of(dir.path(), "The Pentagon has confirmed", "quantity");
    claimtrack(dir.path())
        .args(["mark", &id, "verified"])
        .assert()
        .success();
    for file in [seed_v2(), seed_v1()] {
        claimtrack(dir.path())
            .args(["update", "putin-syria-gambit"])
            .arg(file)
            .assert()
            .success();
    }
    let shown = json(dir.path(), &["show", &id, "--format", "json"]);
    assert_eq!(shown["status"], "verified");
    assert_eq!(shown["removed_in"], serde_json::Value::Null);
    assert_eq!(shown["last_seen"], 3);
    let h = json(dir.path(), &["history", &id, "--format", "json"]);
    let revisions: Vec<u64> = h["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["revision"].as_u64().unwrap())
        .collect();
    assert_eq!(revisions, [1, 3], "absent from revision 2 only");
    let same = json(dir.path(), &["list", "--all", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            c["text"]
                .as_str()
                .unwrap()
                .contains("The Pentagon has confirmed")
        })
        .count();
    assert_eq!(same, 1, "no second record for the same claim");
}

// JSON rounded every float to four decimals, figures included.
#[test]
fn json_keeps_figures_exact() {
    let dir = TempDir::new().unwrap();
    let out = claimtrack(dir.path())
        .args(["analyze", "-", "--format", "json"])
        .write_stdin("The rate rose to 1.23456 percent last year, the bank said.\n")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quantities"][0]["value"], 1.23456);
}

// Figures in claims and diffs left out the fields that did not apply, while
// the top-level list wrote them as null: one shape everywhere now.
#[test]
fn figures_have_one_shape_with_explicit_nulls() {
    let dir = TempDir::new().unwrap();
    let v = json(
        dir.path(),
        &["analyze", seed_v1().to_str().unwrap(), "--format", "json"],
    );
    let keys = |q: &serde_json::Value| -> Vec<String> {
        q.as_object()
            .unwrap()
            .keys()
            .filter(|k| *k != "start" && *k != "end")
            .cloned()
            .collect()
    };
    let top = keys(&v["quantities"][0]);
    for c in v["claims"].as_array().unwrap() {
        for q in c["quantities"].as_array().unwrap() {
            assert_eq!(keys(q), top);
        }
    }
    assert!(top.iter().any(|k| k == "low") && top.iter().any(|k| k == "date"));
}

// The JSON of update gave null ids to added claims although they were recorded.
#[test]
fn added_claims_carry_their_recorded_ids_in_json() {
    let dir = seeded();
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
    for c in out["changes"].as_array().unwrap() {
        assert!(c["id"].is_string(), "{c}");
    }
    // Between two files nothing is recorded: added claims have no id.
    let out = json(
        dir.path(),
        &[
            "diff",
            seed_v1().to_str().unwrap(),
            seed_v2().to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(
        out["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["change"] == "added" && c["id"].is_null())
    );
}

// JSON written into a closed pipe ended with "error: Broken pipe" and exit 2.
#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = seeded();
    let bin = assert_cmd::cargo::cargo_bin("claimtrack");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{}' list --format json | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}}",
            bin.display()
        ))
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
}

// mark's error for a bad status offered needs-recheck, which it then refused.
#[test]
fn mark_offers_only_statuses_it_accepts() {
    let dir = seeded();
    let before = snapshot(dir.path());
    let id = id_of(dir.path(), "240,000", "quantity");
    let e = fails(claimtrack(dir.path()).args(["mark", &id, "done"]));
    assert!(
        e.contains("unverified") && !e.contains("needs-recheck"),
        "{e}"
    );
    assert_eq!(snapshot(dir.path()), before);
}

// diff of a stored article against a file analysed the file with the default
// threshold, so an article extracted with another --min-score "lost" claims.
#[test]
fn a_file_is_diffed_against_an_article_by_the_article_threshold() {
    let dir = extracted_v1(&["--min-score", "0.1"]);
    claimtrack(dir.path())
        .args(["diff", "putin-syria-gambit"])
        .arg(seed_v1())
        .assert()
        .code(0);
}

// A writer killed between writing its temporary file and renaming it left
// `.<id>.toml.*.tmp` behind for good; the next writer now clears them (and
// only them: other dot files in the store are not its own).
#[test]
fn temporaries_of_killed_writers_are_cleared_by_the_next_writer() {
    let dir = seeded();
    let store = dir.path().join("claims");
    let stale = store.join(".putin-syria-gambit.toml.AbC123.tmp");
    std::fs::write(&stale, "schema = 1\n[article]\nid = \"putin").unwrap();
    // The configuration's temporary (`init`, which takes no lock), a dot
    // file of the checker's, and one that names no article.
    let others = [
        "..claimtrack.toml.x1.tmp",
        ".notes.tmp",
        ".Bad Id.toml.x.tmp",
    ];
    for name in others {
        std::fs::write(store.join(name), "kept").unwrap();
    }
    claimtrack(dir.path())
        .args(["check-store"])
        .assert()
        .success();
    assert!(stale.exists(), "readers leave the store alone");
    let id = id_of(dir.path(), "240,000", "quantity");
    claimtrack(dir.path())
        .args(["mark", &id, "verified"])
        .assert()
        .success();
    assert!(!stale.exists());
    for name in others {
        assert!(store.join(name).exists(), "{name}");
    }
}

// `mark` parsed its store file six times (the claim's article loaded twice,
// each load parsing it twice, and the check of the written text twice); the
// loaded file is now reused and a load parses once. A mark in a store whose
// file has a broken twin must still find its claim and save.
#[test]
fn a_claim_found_is_saved_from_the_file_it_was_found_in() {
    let dir = seeded();
    let store = dir.path().join("claims");
    let id = id_of(dir.path(), "240,000", "quantity");
    std::fs::write(store.join("broken.toml"), "schema = [").unwrap();
    claimtrack(dir.path())
        .args(["cite", &id, "https://example.org/x"])
        .assert()
        .success();
    let file = claimtrack::store::Store::open(&store)
        .unwrap()
        .load("putin-syria-gambit")
        .unwrap()
        .file;
    let claim = file.claims.iter().find(|c| c.id == id).unwrap();
    assert_eq!(claim.sources[0].url, "https://example.org/x");
    assert_eq!(
        std::fs::read_to_string(store.join("broken.toml")).unwrap(),
        "schema = ["
    );
}
