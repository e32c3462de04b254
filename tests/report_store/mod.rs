//! Stores for the HTML report tests, made through the real CLI: the seed
//! article with a verdict of every kind and its second revision recorded, and
//! an article whose text tries to be markup.

#![allow(dead_code)] // each test binary uses a different subset

use std::path::Path;

use tempfile::TempDir;

use crate::common::{claimtrack, fixture, json};

/// An article whose title, text, speaker and quotes hold markup, entities,
/// quotes and attribute-looking text. If any of it reached the page as
/// markup, the script or the `onerror` handler would set `data-pwned` on the
/// document (were scripts allowed at all).
pub const HOSTILE: &str = r#"City Budget <script>document.documentElement.setAttribute('data-pwned','title')</script> & "Quotes" Report

The council spent $5 million on roads in 2024, said Mayor Jane O'Neil & her deputy <script>alert(1)</script>.

"We cut 40% of the waste <img src=x onerror="document.documentElement.setAttribute('data-pwned','img')">," O'Neil said.

Critics say 3 of 4 projects ran late, and the café's "<b>bold</b>" sign cost €1,200 <a href="javascript:alert(3)">here</a>.
"#;

/// The live claims of the store in `dir`: (article, id, status, text).
pub fn live_claims(dir: &Path) -> Vec<(String, String, String, String)> {
    let list = json(dir, &["list", "--format", "json"]);
    list.as_array()
        .expect("a JSON array")
        .iter()
        .filter(|c| c["removed_in"].is_null())
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (s("article"), s("id"), s("status"), s("text"))
        })
        .collect()
}

/// The id of the one claim whose text contains `words`.
pub fn id_of(dir: &Path, words: &str) -> String {
    let list = json(dir, &["list", "--format", "json"]);
    let found: Vec<&str> = list
        .as_array()
        .expect("a JSON array")
        .iter()
        .filter(|c| c["text"].as_str().is_some_and(|t| t.contains(words)))
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(found.len(), 1, "one claim holds {words:?}: {found:?}");
    found[0].to_string()
}

fn run(dir: &Path, args: &[&str]) {
    let out = claimtrack(dir).args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "claimtrack {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The seed article recorded from files named as a checker would name them
/// (so the page shows `putin-syria-gambit.v2.txt`, not a temporary path),
/// with every status a checker can give, then revision 2, which turns the
/// verdict on the changed figure into `needs-recheck` and removes one
/// verified claim.
pub fn seed_with_verdicts() -> TempDir {
    let dir = TempDir::new().expect("a temporary directory");
    let d = dir.path();
    for v in ["v1", "v2"] {
        let name = format!("putin-syria-gambit.{v}.txt");
        std::fs::copy(fixture(&format!("seed/{name}")), d.join(&name)).expect("copied");
    }
    run(d, &["init"]);
    run(d, &["extract", "putin-syria-gambit.v1.txt"]);
    let marks: [(&str, &str, &[&str]); 7] = [
        (
            "240,000 deaths",
            "verified",
            &[
                "--source",
                "https://example.org/casualty-report?year=2015&src=un",
                "--title",
                "Casualty report (example)",
                "--note",
                "Example verdict: the count matches the cited report",
            ],
        ),
        ("Washington has demanded", "verified", &[]),
        (
            "As few as 4 or 5",
            "misleading",
            &[
                "--note",
                "Example: the figure was one unit's, not the programme's",
            ],
        ),
        ("I think the critical thing", "in-review", &[]),
        (
            "We haven't seen a dictator",
            "unverifiable",
            &["--note", "Example: no transcript found"],
        ),
        (
            "We have proposed to cooperate",
            "false",
            &[
                "--source",
                "https://example.org/interview",
                "--title",
                "Interview transcript (example)",
            ],
        ),
        ("The Pentagon has confirmed", "verified", &[]),
    ];
    for (words, status, extra) in marks {
        let id = id_of(d, words);
        let mut args = vec!["mark", id.as_str(), status];
        args.extend_from_slice(extra);
        run(d, &args);
    }
    run(
        d,
        &["update", "putin-syria-gambit", "putin-syria-gambit.v2.txt"],
    );
    dir
}

/// Add the [`HOSTILE`] article to the store in `dir`, with a verdict whose
/// note is markup and two sources: a `javascript:` URL with a markup title,
/// and an https URL with `&` and quotes in it.
pub fn add_hostile(dir: &Path) {
    std::fs::write(dir.join("budget.txt"), HOSTILE).expect("written");
    run(dir, &["extract", "budget.txt", "--id", "budget"]);
    let id = id_of(dir, "The council spent");
    run(
        dir,
        &[
            "mark",
            &id,
            "false",
            "--source",
            "javascript:alert(5)",
            "--title",
            "<img src=x onerror=alert(6)>",
            "--note",
            "<script>alert(4)</script> & \"so\" 'on'",
        ],
    );
    run(
        dir,
        &[
            "cite",
            &id,
            "https://example.org/q?a=1&b=\"2\"",
            "--title",
            "Tom & Jerry's \"report\"",
        ],
    );
}
