//! `claimtrack export`: JSON Lines and CSV taken as they are by the tools
//! that read them, and ClaimReview checked against what Google asks of it.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{claimtrack, fails, fixture, json, seed_v1, seed_v2, seeded};
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
    for format in ["table", "json", "markdown", "toml"] {
        let e = fails(claimtrack(dir.path()).args(["export", "--format", format]));
        assert!(e.contains("jsonl, csv, claimreview"), "{e}");
    }
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

/// What the ClaimReview test store holds, and when it was made.
const EXTRACTED: &str = common::NOW;
const MARKED: &str = "2026-11-25T09:30:00Z";
const UPDATED: &str = "2026-11-26T08:00:00Z";
const SOURCE_V1: &str = "https://news.example.com/world/putin-syria-gambit";
const SOURCE_V2: &str = "https://news.example.com/world/putin-syria-gambit?update=1";
const PUBLISHER: &str = "
[publisher]
name = \"Example Daily Fact Check\"
url = \"https://example.org\"
review_url_template = \"https://example.org/fact-checks/{article}#claim-{id}\"
";

/// Every status, as the store writes it.
const ALL_STATUSES: [&str; 7] = [
    "unverified",
    "in-review",
    "verified",
    "misleading",
    "false",
    "unverifiable",
    "needs-recheck",
];

/// The rating scale the README documents: status -> (ratingValue, alternateName).
fn documented_rating(status: &str) -> Option<(u64, &'static str)> {
    match status {
        "false" => Some((1, "False")),
        "misleading" => Some((2, "Misleading")),
        "unverifiable" => Some((3, "Unverifiable")),
        "verified" => Some((5, "True")),
        _ => None,
    }
}

/// A store made through the CLI: the seed article's two revisions (their
/// sources then hand-edited to web addresses) and the spreadsheet article,
/// claims marked with every status a checker sets, and one revision later
/// so that some verdicts need a re-check and one claim is removed.
fn reviewed_store() -> tempfile::TempDir {
    let dir = tempfile::TempDir::new().unwrap();
    let d = dir.path();
    claimtrack(d).arg("init").assert().success();
    let config = d.join("claims/.claimtrack.toml");
    let template = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{template}{PUBLISHER}")).unwrap();
    std::fs::copy(seed_v1(), d.join("v1.txt")).unwrap();
    std::fs::copy(seed_v2(), d.join("v2.txt")).unwrap();
    claimtrack(d)
        .args(["extract", "v1.txt", "--id", "putin-syria-gambit"])
        .assert()
        .success();
    claimtrack(d)
        .arg("extract")
        .arg(fixture("export/spreadsheet.txt"))
        .assert()
        .success();
    let statuses = [
        "false",
        "misleading",
        "unverifiable",
        "verified",
        "in-review",
    ];
    for (i, key) in listed(d).keys().enumerate() {
        if i % 7 == 6 {
            continue; // stays unverified
        }
        claimtrack(d)
            .env("CLAIMTRACK_NOW", MARKED)
            .args(["mark", key, statuses[i % statuses.len()]])
            .assert()
            .success();
    }
    claimtrack(d)
        .env("CLAIMTRACK_NOW", UPDATED)
        .args(["update", "putin-syria-gambit", "v2.txt"])
        .assert()
        .success();
    let file = d.join("claims/putin-syria-gambit.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text
        .replace("source = \"v1.txt\"", &format!("source = \"{SOURCE_V1}\""))
        .replace("source = \"v2.txt\"", &format!("source = \"{SOURCE_V2}\""));
    assert_eq!(
        edited.matches("source = \"https://").count(),
        2,
        "both sources edited"
    );
    std::fs::write(&file, edited).unwrap();
    dir
}

fn export_claimreview(dir: &Path, extra: &[&str]) -> (String, Vec<Value>) {
    let out = claimtrack(dir)
        .args(["export", "--format", "claimreview"])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let reviews = match serde_json::from_str(&text) {
        Ok(Value::Array(reviews)) => reviews,
        other => panic!("not a JSON array: {other:?}"),
    };
    (text, reviews)
}

fn is_web_address(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"));
        rest.is_some_and(|r| {
            !r.is_empty() && !r.starts_with('/') && !s.contains(char::is_whitespace)
        })
    })
}

fn is_date_time(v: &Value) -> bool {
    use time::format_description::well_known::Rfc3339;
    v.as_str()
        .is_some_and(|s| time::OffsetDateTime::parse(s, &Rfc3339).is_ok())
}

fn non_empty_text(v: &Value) -> bool {
    v.as_str().is_some_and(|s| !s.trim().is_empty())
}

fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap()
}

/// Google's requirements for a ClaimReview, checked on one object.
///
/// From Google Search Central, "Fact check (ClaimReview) structured data"
/// (https://developers.google.com/search/docs/appearance/structured-data/factcheck),
/// as tabulated by Full Fact's markup investigation
/// (https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/)
/// and quoted by schemastats.com (https://www.schemastats.com/en/terms/ClaimReview/),
/// looked up for this test:
///
/// - ClaimReview: `claimReviewed` (Text), `reviewRating` (Rating) and `url`
///   (URL, "link to the page hosting the full article of the fact check",
///   on the same domain as that page) are REQUIRED; `author` (Organization:
///   name, url), `datePublished` (DateTime) and `itemReviewed` (Claim) are
///   RECOMMENDED.
/// - Claim: `appearance` (URL or CreativeWork), `author` (Organization or
///   Person) and `datePublished` (DateTime) are RECOMMENDED.
/// - Rating: `alternateName` (Text) is REQUIRED; `ratingValue`,
///   `bestRating`, `worstRating` (Numbers) and `name` are RECOMMENDED;
///   `ratingValue` lies from `worstRating` to `bestRating`, and "there must be
///   a number to text rating system" for ratings that carry numbers.
/// - JSON-LD: Google reads `@context` "https://schema.org" and the `@type`.
fn check_google_requirements(r: &Value) {
    let ctx = || serde_json::to_string_pretty(r).unwrap();
    assert_eq!(r["@context"], "https://schema.org", "{}", ctx());
    assert_eq!(r["@type"], "ClaimReview", "{}", ctx());
    // Required.
    assert!(
        non_empty_text(&r["claimReviewed"]),
        "claimReviewed: {}",
        ctx()
    );
    assert!(is_web_address(&r["url"]), "url: {}", ctx());
    let rating = &r["reviewRating"];
    assert_eq!(rating["@type"], "Rating", "{}", ctx());
    assert!(
        non_empty_text(&rating["alternateName"]),
        "alternateName: {}",
        ctx()
    );
    // Recommended, and present here.
    let (Some(value), Some(best), Some(worst)) = (
        rating["ratingValue"].as_f64(),
        rating["bestRating"].as_f64(),
        rating["worstRating"].as_f64(),
    ) else {
        panic!("numeric rating: {}", ctx());
    };
    assert!(worst < best, "{}", ctx());
    assert!(
        (worst..=best).contains(&value),
        "ratingValue in range: {}",
        ctx()
    );
    assert!(non_empty_text(&rating["name"]), "{}", ctx());
    let author = &r["author"];
    assert_eq!(author["@type"], "Organization", "{}", ctx());
    assert!(non_empty_text(&author["name"]), "author.name: {}", ctx());
    assert!(is_web_address(&author["url"]), "author.url: {}", ctx());
    assert_eq!(
        host(r["url"].as_str().unwrap()),
        host(author["url"].as_str().unwrap()),
        "the review is on the publisher's site: {}",
        ctx()
    );
    assert!(
        is_date_time(&r["datePublished"]),
        "datePublished: {}",
        ctx()
    );
    let claim = &r["itemReviewed"];
    assert_eq!(claim["@type"], "Claim", "{}", ctx());
    assert!(is_date_time(&claim["datePublished"]), "{}", ctx());
    let appearance = &claim["appearance"];
    assert!(
        is_web_address(appearance)
            || (appearance["@type"] == "CreativeWork"
                && (non_empty_text(&appearance["headline"]) || is_web_address(&appearance["url"]))),
        "appearance: {}",
        ctx()
    );
    if !claim["author"].is_null() {
        let t = &claim["author"]["@type"];
        assert!(t == "Person" || t == "Organization", "{}", ctx());
        assert!(non_empty_text(&claim["author"]["name"]), "{}", ctx());
    }
}

#[test]
fn export_claimreview_meets_googles_requirements_for_every_verdict() {
    let dir = reviewed_store();
    let claims = listed(dir.path());
    let (text, reviews) = export_claimreview(dir.path(), &[]);
    assert!(text.starts_with("[\n  {\n"), "pretty JSON");
    assert!(text.ends_with("]\n"));
    // Safe to paste into <script type="application/ld+json">.
    assert!(
        !text.contains(['<', '>', '&', '\u{2028}', '\u{85}']),
        "{text}"
    );

    let mut names_of_values = BTreeMap::new();
    let mut exported = BTreeSet::new();
    let mut author_types = BTreeSet::new();
    for r in &reviews {
        check_google_requirements(r);
        let rating = &r["reviewRating"];
        let value = rating["ratingValue"].as_u64().expect("a whole number");
        let name = rating["alternateName"].as_str().unwrap();
        assert_eq!(
            names_of_values.insert(value, name).unwrap_or(name),
            name,
            "one name per value"
        );

        // And each object says what the store says.
        let url = r["url"].as_str().unwrap();
        let key = url
            .strip_prefix("https://example.org/fact-checks/")
            .unwrap()
            .replace("#claim-", "/");
        let c = claims
            .get(&key)
            .unwrap_or_else(|| panic!("{url} names no claim"));
        assert!(exported.insert(key.clone()), "{key} twice");
        let status = c["status"].as_str().unwrap();
        assert_eq!(documented_rating(status), Some((value, name)), "{key}");
        assert_eq!(
            (
                rating["worstRating"].as_u64(),
                rating["bestRating"].as_u64()
            ),
            (Some(1), Some(5))
        );
        let words: Vec<&str> = c["text"].as_str().unwrap().split_whitespace().collect();
        assert_eq!(r["claimReviewed"], words.join(" "), "{key}");
        assert_eq!(r["author"]["name"], "Example Daily Fact Check");
        assert_eq!(r["author"]["url"], "https://example.org");
        assert_eq!(r["datePublished"], MARKED, "the verdict's date, {key}");
        let claim = &r["itemReviewed"];
        let first_seen = if c["first_seen"] == 1 {
            EXTRACTED
        } else {
            UPDATED
        };
        assert_eq!(claim["datePublished"], first_seen, "{key}");
        match c["speaker"].as_str() {
            Some(speaker) => {
                assert_eq!(claim["author"]["name"], speaker, "{key}");
                author_types.insert(claim["author"]["@type"].as_str().unwrap().to_string());
            }
            None => assert!(claim.get("author").is_none(), "{key}"),
        }
        let appearance = &claim["appearance"];
        if c["article"] == "putin-syria-gambit" {
            assert_eq!(
                appearance["url"], SOURCE_V2,
                "the revision it was last seen in"
            );
            assert!(
                appearance["headline"]
                    .as_str()
                    .unwrap()
                    .starts_with("Putin Seizes")
            );
        } else {
            assert!(
                appearance.get("url").is_none(),
                "a local path is not published"
            );
            assert_eq!(appearance["headline"], "Spreadsheet Trouble at City Hall");
        }
        if c["text"].as_str().unwrap().contains("<script>") {
            assert!(r["claimReviewed"].as_str().unwrap().contains("</script>"));
        }
    }

    // Exactly the claims with a verdict to publish, each once.
    let verdicts: BTreeSet<String> = claims
        .iter()
        .filter(|(_, c)| documented_rating(c["status"].as_str().unwrap()).is_some())
        .filter(|(_, c)| c["removed_in"].is_null())
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(exported, verdicts);
    // The store holds every case the rules are about.
    let statuses: BTreeSet<&str> = claims
        .values()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    for status in ALL_STATUSES {
        assert!(statuses.contains(status), "a claim {status}: {statuses:?}");
    }
    assert_eq!(names_of_values.len(), 4, "every verdict exported");
    assert_eq!(
        author_types,
        BTreeSet::from(["Organization".to_string(), "Person".to_string()])
    );
    assert!(
        claims.values().any(|c| c["speaker"].is_null()
            && verdicts.contains(&format!(
                "{}/{}",
                c["article"].as_str().unwrap(),
                c["id"].as_str().unwrap()
            ))),
        "a verdict on a claim without a speaker"
    );

    // --all adds the removed claims that have a verdict.
    let (_, all) = export_claimreview(dir.path(), &["--all"]);
    let removed = claims
        .values()
        .filter(|c| {
            !c["removed_in"].is_null() && documented_rating(c["status"].as_str().unwrap()).is_some()
        })
        .count();
    assert!(removed > 0, "a removed claim with a verdict");
    assert_eq!(all.len(), reviews.len() + removed);
    all.iter().for_each(check_google_requirements);
}

/// The seed store with one verdict, and its configuration file.
fn one_verdict() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = seeded();
    let id = common::first_id(dir.path());
    claimtrack(dir.path())
        .args(["mark", &id, "misleading"])
        .assert()
        .success();
    let config = dir.path().join("claims/.claimtrack.toml");
    (dir, config)
}

#[test]
fn export_claimreview_without_a_publisher_says_how_to_set_one() {
    let (dir, config) = one_verdict();
    let e = fails(claimtrack(dir.path()).args(["export", "--format", "claimreview"]));
    for words in [
        "[publisher]",
        "claims/.claimtrack.toml",
        "--publisher-name",
        "--publisher-url",
    ] {
        assert!(e.contains(words), "{words}: {e}");
    }
    // Half a publisher is no publisher.
    fails(claimtrack(dir.path()).args([
        "export",
        "--format",
        "claimreview",
        "--publisher-name",
        "Example Daily",
    ]));
    std::fs::write(&config, "[publisher]\nurl = \"https://example.org\"\n").unwrap();
    let e = fails(claimtrack(dir.path()).args(["export", "--format", "claimreview"]));
    assert!(e.contains("[publisher]"), "{e}");
    // The name from a flag completes it.
    let (_, reviews) = export_claimreview(dir.path(), &["--publisher-name", "Example Daily"]);
    assert_eq!(reviews.len(), 1);
    assert_eq!(reviews[0]["author"]["name"], "Example Daily");
}

#[test]
fn export_claimreview_flags_override_the_config() {
    let (dir, config) = one_verdict();
    std::fs::write(
        &config,
        "# hand-written\nextra = true\n[publisher]\nname = \"Config Daily\"\nurl = \"https://config.example\"\n\
         review_url_template = \"https://config.example/checks/{article}/{id}\"\nfounded = 1901\n",
    )
    .unwrap();
    let id = common::first_id(dir.path());
    let (_, reviews) = export_claimreview(dir.path(), &[]);
    assert_eq!(reviews[0]["author"]["name"], "Config Daily");
    assert_eq!(reviews[0]["author"]["url"], "https://config.example");
    assert_eq!(
        reviews[0]["url"],
        format!("https://config.example/checks/putin-syria-gambit/{id}")
    );
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "Misleading");
    assert_eq!(reviews[0]["reviewRating"]["ratingValue"], 2);

    let (_, reviews) = export_claimreview(
        dir.path(),
        &[
            "--publisher-name",
            "Flag Daily",
            "--publisher-url",
            "https://flag.example/",
            "--review-url",
            "https://flag.example/{id}.html",
        ],
    );
    assert_eq!(reviews[0]["author"]["name"], "Flag Daily");
    assert_eq!(reviews[0]["author"]["url"], "https://flag.example/");
    assert_eq!(reviews[0]["url"], format!("https://flag.example/{id}.html"));
}

#[test]
fn export_claimreview_urls_default_to_an_anchor_on_the_publishers_page() {
    let (dir, _) = one_verdict();
    let id = common::first_id(dir.path());
    let (_, reviews) = export_claimreview(
        dir.path(),
        &[
            "--publisher-name",
            "Example Daily",
            "--publisher-url",
            "https://example.org",
        ],
    );
    assert_eq!(
        reviews[0]["url"],
        format!("https://example.org/#putin-syria-gambit-{id}")
    );
    check_google_requirements(&reviews[0]);
}

#[test]
fn export_claimreview_of_a_store_without_verdicts_is_an_empty_array() {
    let dir = seeded();
    let first = common::first_id(dir.path());
    claimtrack(dir.path())
        .args(["mark", &first, "in-review"])
        .assert()
        .success();
    let (text, reviews) = export_claimreview(
        dir.path(),
        &[
            "--publisher-name",
            "Example Daily",
            "--publisher-url",
            "https://example.org",
        ],
    );
    assert!(reviews.is_empty());
    assert_eq!(text, "[]\n");
}

#[test]
fn export_claimreview_verdict_date_is_the_latest_verdict() {
    let (dir, _) = one_verdict();
    let id = common::first_id(dir.path());
    claimtrack(dir.path())
        .env("CLAIMTRACK_NOW", MARKED)
        .args(["mark", &id, "false"])
        .assert()
        .success();
    let later = "2026-12-01T12:00:00Z";
    claimtrack(dir.path())
        .env("CLAIMTRACK_NOW", later)
        .args(["cite", &id, "https://example.org/more"])
        .assert()
        .success();
    let (_, reviews) = export_claimreview(
        dir.path(),
        &[
            "--publisher-name",
            "Example Daily",
            "--publisher-url",
            "https://example.org",
        ],
    );
    assert_eq!(reviews[0]["reviewRating"]["alternateName"], "False");
    assert_eq!(
        reviews[0]["datePublished"], MARKED,
        "a source is not a verdict"
    );
}

#[test]
fn export_claimreview_refuses_a_bad_publisher() {
    let (dir, config) = one_verdict();
    let run = |extra: &[&str]| {
        let mut cmd = claimtrack(dir.path());
        cmd.args(["export", "--format", "claimreview"]).args(extra);
        fails(&mut cmd)
    };
    let named = ["--publisher-name", "Example Daily"];
    let e = run(&[&named[..], &["--publisher-url", "example.org"]].concat());
    assert!(e.contains("--publisher-url `example.org`"), "{e}");
    let e = run(&[
        "--publisher-name",
        " ",
        "--publisher-url",
        "https://example.org",
    ]);
    assert!(e.contains("--publisher-name"), "{e}");
    let ok = [&named[..], &["--publisher-url", "https://example.org"]].concat();
    for (template, why) in [
        ("https://example.org/checks", "{id}"),
        ("https://example.org/{slug}/{id}", "`{slug}`"),
        ("/checks/{id}", "https://"),
    ] {
        let e = run(&[&ok[..], &["--review-url", template]].concat());
        assert!(e.contains(why), "{template}: {e}");
    }
    // A configuration that does not parse says where, like a store file.
    std::fs::write(
        &config,
        "[publisher]\nname = \"Example Daily\"\nurl = https://example.org\n",
    )
    .unwrap();
    let e = run(&[]);
    assert!(e.contains(".claimtrack.toml:3:7:"), "{e}");
    std::fs::write(&config, "[publisher]\nname = [\"Example\", \"Daily\"]\n").unwrap();
    let e = run(&ok);
    assert!(
        e.contains(".claimtrack.toml:2:8:"),
        "flags do not hide a broken file: {e}"
    );
    // The other formats do not read it.
    claimtrack(dir.path())
        .args(["export", "--format", "csv"])
        .assert()
        .success();
}

#[test]
fn publisher_flags_are_for_claimreview_only() {
    let dir = seeded();
    for format in ["jsonl", "csv"] {
        let e = fails(claimtrack(dir.path()).args([
            "export",
            "--format",
            format,
            "--publisher-name",
            "Example Daily",
        ]));
        assert!(
            e.contains("--publisher-name applies only to --format claimreview"),
            "{e}"
        );
    }
}
