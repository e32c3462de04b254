//! The seed article against what a human checker marks in it
//! (`tests/cases/seed.toml`, from `tests/fixtures/seed/EXPECTED.md`).

mod common;

use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Expected {
    claim: Vec<ExpectedClaim>,
    low: Lines,
    headings: Lines,
}

#[derive(Deserialize)]
struct Lines {
    lines: Vec<usize>,
}

#[derive(Deserialize)]
struct ExpectedClaim {
    line: usize,
    anchor: String,
    also: Option<String>,
    kinds: Vec<String>,
    speaker: Option<String>,
    speaker_contains: Option<String>,
    #[serde(default)]
    figures: Vec<toml::Table>,
}

fn analysis() -> (String, Value) {
    let text = std::fs::read_to_string(common::seed_v1()).unwrap();
    let dir = tempfile::TempDir::new().unwrap();
    let json = common::json(
        dir.path(),
        &[
            "analyze",
            common::seed_v1().to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    (text, json)
}

fn expected() -> Expected {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/seed.toml");
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The 1-based line of the file that byte `offset` is on.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn figure_matches(actual: &Value, want: &toml::Table) -> bool {
    want.iter().all(|(key, want)| {
        let got = &actual[key.as_str()];
        match want {
            toml::Value::String(s) => got.as_str() == Some(s.as_str()),
            toml::Value::Integer(i) => got.as_f64() == Some(*i as f64),
            toml::Value::Float(f) => got.as_f64() == Some(*f),
            _ => false,
        }
    })
}

#[test]
fn every_expected_claim_is_found_with_its_kind_speaker_and_figures() {
    let (text, json) = analysis();
    let claims = json["claims"].as_array().unwrap();
    let mut failures = Vec::new();
    for want in expected().claim {
        let found = claims.iter().find(|c| {
            let t = c["text"].as_str().unwrap_or("");
            let start = c["start"].as_u64().unwrap_or(0) as usize;
            t.contains(&want.anchor)
                && line_of(&text, start) == want.line
                && want.kinds.iter().any(|k| c["kind"] == k.as_str())
        });
        let Some(c) = found else {
            let near: Vec<String> = claims
                .iter()
                .filter(|c| c["text"].as_str().unwrap_or("").contains(&want.anchor))
                .map(|c| format!("{} {}", c["kind"], c["text"]))
                .collect();
            failures.push(format!(
                "line {}: no {:?} claim containing {:?} (claims with those words: {near:?})",
                want.line, want.kinds, want.anchor
            ));
            continue;
        };
        let speaker = c["speaker"].as_str().unwrap_or("");
        if let Some(s) = &want.speaker
            && speaker != s
        {
            failures.push(format!(
                "line {}: {:?} speaker is {speaker:?}, want {s:?}",
                want.line, want.anchor
            ));
        }
        if let Some(s) = &want.speaker_contains
            && !speaker.contains(s.as_str())
        {
            failures.push(format!(
                "line {}: {:?} speaker is {speaker:?}, want one naming {s:?}",
                want.line, want.anchor
            ));
        }
        if let Some(also) = &want.also
            && !c["text"].as_str().unwrap_or("").contains(also.as_str())
        {
            failures.push(format!(
                "line {}: {:?} should be one claim that also holds {also:?}",
                want.line, want.anchor
            ));
        }
        for f in &want.figures {
            let figures = c["quantities"].as_array().unwrap();
            if !figures.iter().any(|q| figure_matches(q, f)) {
                failures.push(format!(
                    "line {}: {:?} lacks figure {f:?}; has {figures:?}",
                    want.line, want.anchor
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn plans_intentions_and_fragments_score_low() {
    let (text, json) = analysis();
    for s in json["sentences"].as_array().unwrap() {
        let line = line_of(&text, s["start"].as_u64().unwrap() as usize);
        if expected().low.lines.contains(&line) {
            let score = s["score"].as_f64().unwrap();
            assert!(score < 0.5, "line {line} scores {score}: {}", s["text"]);
        }
    }
}

#[test]
fn headings_and_the_title_are_not_claims_nor_glued_to_sentences() {
    let (text, json) = analysis();
    let mut heading_lines = expected().headings.lines;
    heading_lines.push(1);
    for s in json["sentences"].as_array().unwrap() {
        let start = s["start"].as_u64().unwrap() as usize;
        let end = s["end"].as_u64().unwrap() as usize;
        let (first, last) = (line_of(&text, start), line_of(&text, end));
        assert_eq!(first, last, "a sentence spans lines: {}", s["text"]);
        assert_eq!(
            s["heading"].as_bool().unwrap(),
            heading_lines.contains(&first),
            "line {first}: {}",
            s["text"]
        );
    }
    for c in json["claims"].as_array().unwrap() {
        let line = line_of(&text, c["start"].as_u64().unwrap() as usize);
        assert!(
            !heading_lines.contains(&line),
            "a heading is a claim: {}",
            c["text"]
        );
    }
}

#[test]
fn abbreviations_and_the_u_dot_dot_n_typo_do_not_end_sentences() {
    let (_, json) = analysis();
    for s in json["sentences"].as_array().unwrap() {
        let t = s["text"].as_str().unwrap();
        for abbr in ["U.S.", "U.N.", "U..N"] {
            assert!(
                !t.ends_with(abbr) || s["heading"].as_bool().unwrap(),
                "a sentence ends at {abbr}: {t}"
            );
        }
    }
    // One sentence per non-heading line, except line 8, 9, 13 and 20, whose
    // quotes hold two sentences each.
    let count = json["sentences"].as_array().unwrap().len();
    assert!((31..=36).contains(&count), "{count} sentences");
}

#[test]
fn a_programme_title_and_a_scare_quote_are_not_quotes() {
    let (_, json) = analysis();
    for q in json["quotes"].as_array().unwrap() {
        let t = q["text"].as_str().unwrap();
        assert!(!t.contains("60 Minutes"), "programme name taken as a quote");
        assert_ne!(
            t.trim_matches(['"', ' ']),
            "moderate",
            "scare quote taken as a quote"
        );
    }
    for f in json["quantities"].as_array().unwrap() {
        assert!(
            !f["text"].as_str().unwrap().contains("60"),
            "figure from a programme name: {f}"
        );
    }
}

#[test]
fn offsets_slice_the_input_to_the_reported_text() {
    let (text, json) = analysis();
    for list in ["sentences", "quantities", "quotes", "claims"] {
        for item in json[list].as_array().unwrap() {
            let (start, end) = (
                item["start"].as_u64().unwrap() as usize,
                item["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                text.get(start..end),
                item["text"].as_str(),
                "{list} offsets do not match their text"
            );
        }
    }
}
