//! A hand-formatted store file, with comments, odd spacing, reordered and
//! unknown keys, goes through `mark`, `cite` and `update` with only the
//! lines those commands mean to change changed: checked line by line with a
//! textual diff.

mod common;

use std::path::Path;

use common::{claimtrack, fixture};
use similar::{ChangeTag, TextDiff};
use tempfile::TempDir;

/// A store holding the hand-formatted `council` article, and its new
/// version as `council.v2.txt`.
fn hand_store() -> TempDir {
    let dir = TempDir::new().unwrap();
    claimtrack(dir.path()).arg("init").assert().success();
    std::fs::copy(
        fixture("store/council.toml"),
        dir.path().join("claims/council.toml"),
    )
    .unwrap();
    std::fs::copy(
        fixture("store/council.v2.txt"),
        dir.path().join("council.v2.txt"),
    )
    .unwrap();
    dir
}

fn store_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("claims/council.toml")).unwrap()
}

/// The lines that differ, as `-N text` (line N of the old text, gone) and
/// `+N text` (line N of the new text, added).
fn changed_lines(old: &str, new: &str) -> Vec<String> {
    TextDiff::from_lines(old, new)
        .iter_all_changes()
        .filter_map(|c| {
            let text = c.value().trim_end_matches('\n');
            match c.tag() {
                ChangeTag::Delete => Some(format!("-{} {text}", c.old_index()? + 1)),
                ChangeTag::Insert => Some(format!("+{} {text}", c.new_index()? + 1)),
                ChangeTag::Equal => None,
            }
        })
        .collect()
}

/// The 1-based number of the only line of `text` that contains `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    let found: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(found.len(), 1, "`{needle}` is on lines {found:?}");
    found[0]
}

/// `lines` numbered from `first` on, as added lines.
fn added(first: usize, lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| format!("+{} {l}", first + i))
        .collect()
}

#[test]
fn mark_changes_the_status_value_and_appends_one_log_entry() {
    let dir = hand_store();
    let before = store_text(dir.path());
    claimtrack(dir.path())
        .args(["mark", "0zar10", "verified", "--by", "a.checker"])
        .args(["--note", "matches the adopted budget"])
        .assert()
        .success();
    let after = store_text(dir.path());

    let status = line_of(&before, "status   =   \"in-review\"");
    // The new entry follows the claim's last log entry (the status line
    // changed in place, so line numbers before and after agree).
    let last_log = line_of(&before, "to = \"in-review\"");
    let mut expected = vec![
        format!("-{status} status   =   \"in-review\"      # Dana is on it"),
        format!("+{status} status   =   \"verified\"      # Dana is on it"),
    ];
    expected.extend(added(
        last_log + 2,
        &[
            "[[claims.log]]",
            "at = 2026-11-24T10:00:00Z",
            "by = \"a.checker\"",
            "event = \"status\"",
            "from = \"in-review\"",
            "to = \"verified\"",
            "note = \"matches the adopted budget\"",
            "",
        ],
    ));
    assert_eq!(changed_lines(&before, &after), expected, "{after}");
}

#[test]
fn cite_appends_one_source_and_its_log_entry_after_the_claim() {
    let dir = hand_store();
    let before = store_text(dir.path());
    claimtrack(dir.path())
        .args(["cite", "82dswa", "https://example.org/signin"])
        .args(["--title", "Sign-in sheet", "--by", "a.checker"])
        .assert()
        .success();
    let after = store_text(dir.path());

    // The claim is the last: its new tables go after its quantities and the
    // blank line, before the comments that close the file.
    let expected = added(
        line_of(&before, "# End of file"),
        &[
            "[[claims.sources]]",
            "url = \"https://example.org/signin\"",
            "title = \"Sign-in sheet\"",
            "added_at = 2026-11-24T10:00:00Z",
            "",
            "[[claims.log]]",
            "at = 2026-11-24T10:00:00Z",
            "by = \"a.checker\"",
            "event = \"source\"",
            "to = \"https://example.org/signin\"",
            "",
        ],
    );
    assert_eq!(changed_lines(&before, &after), expected, "{after}");
}

#[test]
fn update_changes_revision_numbers_and_appends_the_revision_and_the_new_claim() {
    let dir = hand_store();
    let before = store_text(dir.path());
    claimtrack(dir.path())
        .args(["update", "council", "council.v2.txt", "--by", "a.checker"])
        .assert()
        .success();
    let after = store_text(dir.path());
    let changes = changed_lines(&before, &after);

    let v2 = std::fs::read_to_string(fixture("store/council.v2.txt")).unwrap();
    let sha = claimtrack::store::sha256_hex(v2.as_bytes());
    let store = claimtrack::store::Store::open(dir.path().join("claims")).unwrap();
    let file = store.load("council").unwrap().file;
    let new_claims: Vec<_> = file.claims.iter().filter(|c| c.first_seen == 2).collect();
    assert_eq!(new_claims.len(), 1, "the added paragraph is one claim");
    let new_id = &new_claims[0].id;

    // Gone: the old revision number and each claim's last_seen, nothing else.
    let removed: Vec<&String> = changes.iter().filter(|c| c.starts_with('-')).collect();
    let article_revision = before
        .lines()
        .position(|l| l == "revision = 1")
        .map(|i| i + 1)
        .unwrap();
    let mut expected_removed = vec![format!("-{article_revision} revision = 1")];
    for (i, l) in before.lines().enumerate() {
        if l == "last_seen = 1" {
            expected_removed.push(format!("-{} last_seen = 1", i + 1));
        }
    }
    assert_eq!(expected_removed.len(), 4);
    assert_eq!(
        removed,
        expected_removed.iter().collect::<Vec<_>>(),
        "{after}"
    );

    // Added, in order: the new number; the new revision after the first;
    // last_seen = 2 for each claim; the new claim at the end of the claims,
    // before the closing comments.
    let plus: Vec<&str> = changes
        .iter()
        .filter(|c| c.starts_with('+'))
        .map(|c| c.split_once(' ').unwrap().1)
        .collect();
    let mut expected = vec!["revision = 2", "[[article.revisions]]", "revision = 2"];
    let source = "source = \"council.v2.txt\"".to_string();
    let sha = format!("sha256 = \"{sha}\"");
    let text_lines: Vec<&str> = v2.lines().collect();
    expected.extend([
        source.as_str(),
        sha.as_str(),
        "recorded_at = 2026-11-24T10:00:00Z",
    ]);
    expected.push("text = '''");
    expected.extend(text_lines.iter().copied());
    expected.extend(["'''", ""]);
    expected.extend(["last_seen = 2"; 3]);
    assert_eq!(plus[..expected.len()], expected[..], "{after}");
    let claim = &plus[expected.len()..];
    let id_line = format!("id = \"{new_id}\"");
    assert_eq!(claim[..2], ["[[claims]]", id_line.as_str()], "{after}");
    assert_eq!(claim.last(), Some(&""));
    assert!(
        claim[2..claim.len() - 1]
            .iter()
            .all(|l| l.contains(" = ") || l.starts_with("  { text = ") || *l == "]"),
        "only the new claim's keys: {claim:?}"
    );
    // It sits where the comments that close the file start.
    let last = changes.last().unwrap();
    let (number, _) = last[1..].split_once(' ').unwrap();
    let number: usize = number.parse().unwrap();
    assert!(
        after
            .lines()
            .nth(number)
            .unwrap()
            .starts_with("# End of file"),
        "{after}"
    );
}
