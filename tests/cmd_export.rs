//! `claimtrack export`: JSON Lines and CSV taken as they are by the tools
//! that read them.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{claimtrack, fails, fixture, json, seeded};
use serde_json::Value;

#[test]
fn export_jsonl_is_one_claim_per_line() {
    let dir = seeded();
    let out = claimtrack(dir.path())
        .args(["export", "--format", "jsonl"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let n = json(dir.path(), &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .len();
    assert_eq!(text.lines().count(), n);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["article"], "putin-syria-gambit");
    }
}

#[test]
fn export_csv_has_a_header_and_quoted_cells() {
    let dir = seeded();
    let out = claimtrack(dir.path())
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("article,id,kind,status,score,speaker,text,"));
    assert!(
        text.contains("\"Western powers say Assad's military"),
        "commas are quoted"
    );
    let n = json(dir.path(), &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .len();
    // A cell may hold a newline (a quote over two paragraphs): count records.
    let records = text
        .split("\r\n")
        .filter(|r| r.starts_with("putin-syria-gambit,"))
        .count();
    assert_eq!(records, n);
}

#[test]
fn export_refuses_formats_it_does_not_write() {
    let dir = seeded();
    fails(claimtrack(dir.path()).args(["export", "--format", "table"]));
    fails(claimtrack(dir.path()).args(["export", "--format", "claimreview"]));
}

/// A store holding the seed article and the spreadsheet article: cells that
/// start like formulas, a quote over two paragraphs with quotation marks
/// inside, Unicode line separators, `<script>`, and sources that a
/// spreadsheet would run.
fn hostile_store() -> tempfile::TempDir {
    let dir = seeded();
    claimtrack(dir.path())
        .arg("extract")
        .arg(fixture("export/spreadsheet.txt"))
        .assert()
        .success();
    let claims = json(dir.path(), &["list", "spreadsheet", "--format", "json"]);
    let sources = [
        "=HYPERLINK(\"https://evil.example\",\"click\")",
        "@SUM(1+1)",
        "+1 555 0100",
        "-2+3",
        "\tcmd",
    ];
    for (claim, source) in claims.as_array().unwrap().iter().zip(sources) {
        let id = claim["id"].as_str().unwrap();
        claimtrack(dir.path())
            .args(["mark", id, "verified"])
            .arg(format!("--source={source}"))
            .assert()
            .success();
    }
    dir
}

/// What OWASP's "CSV Injection" page asks of a cell: one starting with `=`,
/// `+`, `-`, `@`, tab or carriage return is prefixed with `'`, so that a
/// spreadsheet shows it as text instead of running it.
fn neutralized(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The claims of `list --all --format json` (removed ones too), by `article/id`.
fn listed(dir: &Path) -> BTreeMap<String, Value> {
    json(dir, &["list", "--all", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                format!(
                    "{}/{}",
                    c["article"].as_str().unwrap(),
                    c["id"].as_str().unwrap()
                ),
                c.clone(),
            )
        })
        .collect()
}

/// How many claims are not removed (what `export` gives without `--all`).
fn live(claims: &BTreeMap<String, Value>) -> usize {
    claims
        .values()
        .filter(|c| c["removed_in"].is_null())
        .count()
}

/// The number of records of RFC 4180 text when each one, the last one too,
/// ends with CRLF and no line break outside a quoted field is anything else.
fn crlf_records(bytes: &[u8]) -> Option<usize> {
    let (mut quoted, mut records) = (false, 0);
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], quoted) {
            (b'"', _) => quoted = !quoted, // "" inside a field toggles twice
            (b'\r', false) if bytes.get(i + 1) == Some(&b'\n') => {
                records += 1;
                i += 1;
            }
            (b'\r' | b'\n', false) => return None,
            _ => {}
        }
        i += 1;
    }
    (!quoted && bytes.ends_with(b"\r\n")).then_some(records)
}

fn text_or_empty(v: &Value) -> String {
    v.as_str().map(str::to_string).unwrap_or_default()
}

fn number_or_empty(v: &Value) -> String {
    v.as_u64().map(|n| n.to_string()).unwrap_or_default()
}

#[test]
fn export_csv_is_rfc_4180_that_the_csv_crate_reads_back_cell_for_cell() {
    let dir = hostile_store();
    let out = claimtrack(dir.path())
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let bytes = out.stdout;
    let claims = listed(dir.path());

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes.as_slice());
    let header = reader.headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "article",
            "id",
            "kind",
            "status",
            "score",
            "speaker",
            "text",
            "quote",
            "figures",
            "sources",
            "first_seen",
            "last_seen",
            "removed_in",
            "start"
        ]
    );
    let mut seen = BTreeSet::new();
    let mut neutralized_starts = BTreeSet::new();
    let (mut multi_line, mut with_quotes) = (0, 0);
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).unwrap() {
        assert_eq!(record.len(), header.len(), "{record:?}");
        let key = format!("{}/{}", &record[0], &record[1]);
        let c = claims
            .get(&key)
            .unwrap_or_else(|| panic!("{key} is not a listed claim"));
        assert!(seen.insert(key.clone()), "{key} twice");
        let joined = |list: &Value, field: &str, sep: &str| {
            list.as_array()
                .unwrap()
                .iter()
                .map(|x| x[field].as_str().unwrap())
                .collect::<Vec<_>>()
                .join(sep)
        };
        let expected = [
            text_or_empty(&c["article"]),
            text_or_empty(&c["id"]),
            text_or_empty(&c["kind"]),
            text_or_empty(&c["status"]),
            String::new(), // the score, compared as a number below
            text_or_empty(&c["speaker"]),
            text_or_empty(&c["text"]),
            text_or_empty(&c["quote"]),
            joined(&c["quantities"], "text", "; "),
            joined(&c["sources"], "url", " "),
            number_or_empty(&c["first_seen"]),
            number_or_empty(&c["last_seen"]),
            number_or_empty(&c["removed_in"]),
            number_or_empty(&c["start"]),
        ];
        for (i, (cell, want)) in record.iter().zip(&expected).enumerate() {
            if i == 4 {
                let score: f64 = cell.parse().unwrap();
                assert!(
                    (score - c["score"].as_f64().unwrap()).abs() <= 0.0051,
                    "{key}"
                );
                continue;
            }
            assert_eq!(cell, neutralized(want), "{key}, column {}", &header[i]);
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{key}: a spreadsheet would run {cell:?}"
            );
            if cell != want {
                neutralized_starts.insert(want.chars().next().unwrap());
            }
        }
        multi_line += usize::from(record[6].contains('\n'));
        with_quotes += usize::from(record[6].contains('"'));
    }
    assert_eq!(seen.len(), live(&claims), "one row per claim");
    assert_eq!(
        crlf_records(&bytes),
        Some(live(&claims) + 1),
        "CRLF after every record"
    );
    // The store holds what the test is about.
    assert!(multi_line > 0, "a text over two paragraphs");
    assert!(with_quotes > 0, "a text with quotation marks");
    assert_eq!(
        neutralized_starts,
        BTreeSet::from(['\t', '+', '-', '=', '@']),
        "every formula start met and neutralized"
    );
}

#[test]
fn export_jsonl_lines_are_json_objects_on_their_own() {
    let dir = hostile_store();
    let out = claimtrack(dir.path())
        .args(["export", "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let claims = listed(dir.path());
    assert!(text.ends_with('\n'));
    let lines: Vec<&str> = text.strip_suffix('\n').unwrap().split('\n').collect();
    assert_eq!(lines.len(), live(&claims));
    let mut separators = BTreeSet::new();
    for line in &lines {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(v.is_object(), "{line}");
        let key = format!(
            "{}/{}",
            v["article"].as_str().unwrap(),
            v["id"].as_str().unwrap()
        );
        // The same claim `list --format json` shows, field for field.
        assert_eq!(Some(&v), claims.get(&key), "{key}");
        separators.extend(
            v["text"]
                .as_str()
                .unwrap()
                .chars()
                .filter(|c| matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')),
        );
    }
    assert_eq!(
        separators,
        BTreeSet::from(['\n', '\u{85}', '\u{2028}']),
        "the store holds texts with line breaks"
    );
    // Readers that split on every Unicode line break (Python's
    // str.splitlines) see the same lines.
    let unicode_lines = text
        .strip_suffix('\n')
        .unwrap()
        .split([
            '\n', '\r', '\u{b}', '\u{c}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}',
            '\u{2029}',
        ])
        .count();
    assert_eq!(unicode_lines, lines.len());
}
