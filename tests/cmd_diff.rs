//! `claimtrack diff` and the v1-to-v2 table of the seed article.

mod common;

use common::{claimtrack, fails, json, seed_v1, seed_v2, seeded_v2};
use serde_json::Value;
use tempfile::TempDir;

fn text_of(change: &Value) -> String {
    let side = if change["new"].is_null() {
        &change["old"]
    } else {
        &change["new"]
    };
    side["text"].as_str().unwrap_or("").to_string()
}

fn what(change: &Value) -> Vec<String> {
    change["what"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap().to_string())
        .collect()
}

/// The v1-to-v2 table of EXPECTED.md, whichever way the two sides are given.
fn assert_seed_table(json: &Value) {
    let changes = json["changes"].as_array().unwrap();
    let mut seen = Vec::new();
    for c in changes {
        let text = text_of(c);
        let kind = c["change"].as_str().unwrap();
        let w = what(c);
        if text.contains("250,000 deaths") && kind == "changed" && !text.starts_with("one ") {
            assert_eq!(w, ["quantity"], "{c}");
            assert!(
                c["old"]["text"]
                    .as_str()
                    .unwrap()
                    .contains("240,000 deaths")
            );
            seen.push("deaths");
        } else if text.contains("$500-million program") {
            assert_eq!(
                (kind, w.clone()),
                ("changed", vec!["wording".to_string()]),
                "{c}"
            );
            seen.push("program");
        } else if text.contains("The Pentagon has confirmed") {
            assert_eq!(kind, "removed", "{c}");
            assert!(c["id"].is_string(), "a removed claim keeps its id: {c}");
            seen.push("pentagon");
        } else if text.contains("Syrian Observatory") {
            assert_eq!(kind, "added", "{c}");
            seen.push("observatory");
        } else if text.contains("after four years of intense bloodshed") {
            assert_eq!(
                (kind, w.clone()),
                ("changed", vec!["wording".to_string()]),
                "{c}"
            );
            seen.push("split");
        } else if text.contains("Russia, by contrast") {
            assert_eq!(kind, "added", "the split's second part is new: {c}");
        } else if text.contains("told AFP on Sunday that") {
            assert_eq!(kind, "changed", "{c}");
            assert!(
                w == ["wording"] || w == ["quantity"] || w == ["quantity", "wording"],
                "{c}"
            );
            seen.push("afp");
        } else {
            panic!("unexpected change: {c}");
        }
    }
    seen.sort();
    assert_eq!(
        seen,
        [
            "afp",
            "deaths",
            "observatory",
            "pentagon",
            "program",
            "split"
        ]
    );
    let s = &json["summary"];
    assert_eq!(s["removed"], 1, "{s}");
    assert!(s["unchanged"].as_u64().unwrap() >= 18, "{s}");
}

#[test]
fn two_files_give_the_expected_v1_to_v2_table() {
    let dir = TempDir::new().unwrap();
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
    assert_eq!(out["old"]["label"], "putin-syria-gambit.v1.txt");
    assert_seed_table(&out);
}

#[test]
fn two_stored_revisions_give_the_same_table() {
    let dir = seeded_v2();
    let out = json(
        dir.path(),
        &[
            "diff",
            "putin-syria-gambit@1",
            "putin-syria-gambit@2",
            "--format",
            "json",
        ],
    );
    assert_eq!(out["old"]["label"], "putin-syria-gambit@1");
    assert_eq!(out["new"]["label"], "putin-syria-gambit@2");
    assert_seed_table(&out);
}

#[test]
fn a_stored_revision_against_a_file() {
    let dir = seeded_v2();
    let out = json(
        dir.path(),
        &[
            "diff",
            "putin-syria-gambit@1",
            seed_v2().to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_seed_table(&out);
}

#[test]
fn exit_status_says_whether_claims_differ() {
    let dir = TempDir::new().unwrap();
    claimtrack(dir.path())
        .args(["diff"])
        .arg(seed_v1())
        .arg(seed_v2())
        .assert()
        .code(1);
    claimtrack(dir.path())
        .args(["diff"])
        .arg(seed_v1())
        .arg(seed_v1())
        .assert()
        .code(0);
}

#[test]
fn rewrapped_lines_and_typographic_quotes_change_nothing() {
    let dir = TempDir::new().unwrap();
    let text = std::fs::read_to_string(seed_v1()).unwrap();
    // Typographic quotes and apostrophes, and each paragraph hard-wrapped
    // with blank lines between paragraphs.
    // Marks alternate within each paragraph (a quote left open at a
    // paragraph's end reopens the next one, as typesetters do).
    let mut curly = String::new();
    for line in text.lines() {
        let mut open = true;
        for c in line.chars() {
            match c {
                '"' => {
                    curly.push(if open { '“' } else { '”' });
                    open = !open;
                }
                '\'' => curly.push('’'),
                c => curly.push(c),
            }
        }
        curly.push('\n');
    }
    let wrapped: String = curly
        .lines()
        .map(|line| {
            let mut out = String::new();
            let mut width = 0;
            for word in line.split(' ') {
                if width > 0 && width + word.len() > 60 {
                    out.push('\n');
                    width = 0;
                } else if width > 0 {
                    out.push(' ');
                    width += 1;
                }
                out.push_str(word);
                width += word.len();
            }
            out + "\n\n"
        })
        .collect();
    std::fs::write(dir.path().join("wrapped.txt"), wrapped).unwrap();
    let out = json(
        dir.path(),
        &[
            "diff",
            seed_v1().to_str().unwrap(),
            "wrapped.txt",
            "--format",
            "json",
        ],
    );
    assert_eq!(out["changes"], serde_json::json!([]), "{}", out["changes"]);
}

#[test]
fn the_table_shows_an_inline_diff_the_moved_figure_and_a_summary() {
    let dir = TempDir::new().unwrap();
    let out = claimtrack(dir.path())
        .args(["diff"])
        .arg(seed_v1())
        .arg(seed_v2())
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("[-240,000-]"), "{table}");
    assert!(table.contains("{+250,000+}"), "{table}");
    assert!(table.contains("240,000 → 250,000 deaths"), "{table}");
    assert!(
        table.lines().last().unwrap().contains("1 removed"),
        "{table}"
    );
}

#[test]
fn only_lists_substantive_changes() {
    let dir = TempDir::new().unwrap();
    let out = json(
        dir.path(),
        &[
            "diff",
            seed_v1().to_str().unwrap(),
            seed_v2().to_str().unwrap(),
            "--only",
            "quantity,speaker",
            "--format",
            "json",
        ],
    );
    let changes = out["changes"].as_array().unwrap();
    assert!(!changes.is_empty());
    assert!(
        changes.iter().all(|c| c["change"] == "changed"
            && what(c).iter().any(|w| w == "quantity" || w == "speaker"))
    );
}

#[test]
fn markdown_is_a_table() {
    let dir = TempDir::new().unwrap();
    let out = claimtrack(dir.path())
        .args(["diff", "--format", "markdown"])
        .arg(seed_v1())
        .arg(seed_v2())
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("| change | id | what | claim |"), "{md}");
    assert!(md.contains("~~240,000~~"), "{md}");
}

#[test]
fn errors_name_the_bad_side() {
    let dir = seeded_v2();
    let e =
        fails(claimtrack(dir.path()).args(["diff", "putin-syria-gambit@9", "putin-syria-gambit"]));
    assert!(e.contains("no revision 9"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["diff", "nope.txt", "putin-syria-gambit"]));
    assert!(e.contains("nope.txt"), "{e}");
    let e =
        fails(claimtrack(dir.path()).args(["diff", "putin-syria-gambit@x", "putin-syria-gambit"]));
    assert!(e.contains("must be a number"), "{e}");
}
