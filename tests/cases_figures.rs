//! Data-driven tests for `text::numbers::find_quantities`.
//!
//! Every `[[case]]` in `tests/cases/figures.toml` gives a news sentence and
//! the figures a careful human reader marks in it. A case passes when every
//! expected figure is found (same span text and kind) with the asserted
//! fields, and nothing else is found. Cases with `known_miss = "why"` are
//! reported but do not fail the run; if one starts passing, a note says so.
//! At the end the harness prints precision and recall over all cases that
//! are not known misses (a figure counts as found when span text and kind
//! match).

use std::fmt::Write as _;

use claimtrack::text::numbers::{Qualifier, Quantity, QuantityKind, find_quantities};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    expect: Vec<Expect>,
    known_miss: Option<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expect {
    text: String,
    kind: QuantityKind,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<String>,
    qualifier: Option<Qualifier>,
    date: Option<String>,
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-4 * b.abs().max(1.0))
}

/// Field mismatches between a found figure and an expectation.
fn mismatches(q: &Quantity, e: &Expect) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(v) = e.value
        && !close(q.value, v)
    {
        out.push(format!("value {:?} != {v}", q.value));
    }
    if let Some(v) = e.low
        && !close(q.low, v)
    {
        out.push(format!("low {:?} != {v}", q.low));
    }
    if let Some(v) = e.high
        && !close(q.high, v)
    {
        out.push(format!("high {:?} != {v}", q.high));
    }
    if let Some(u) = &e.unit
        && q.unit.as_deref() != Some(u.as_str())
    {
        out.push(format!("unit {:?} != {u:?}", q.unit));
    }
    if let Some(ql) = e.qualifier
        && q.qualifier != ql
    {
        out.push(format!("qualifier {:?} != {ql:?}", q.qualifier));
    }
    if let Some(d) = &e.date
        && q.date.as_deref() != Some(d.as_str())
    {
        out.push(format!("date {:?} != {d:?}", q.date));
    }
    out
}

struct Outcome {
    tp: usize,
    fp: usize,
    fn_: usize,
    problems: Vec<String>,
}

fn check(case: &Case) -> Outcome {
    let found = find_quantities(&case.text);
    let mut used = vec![false; found.len()];
    let mut o = Outcome {
        tp: 0,
        fp: 0,
        fn_: 0,
        problems: Vec::new(),
    };
    for e in &case.expect {
        let hit = found
            .iter()
            .enumerate()
            .find(|(i, q)| !used[*i] && q.kind == e.kind && q.span.slice(&case.text) == e.text);
        match hit {
            Some((i, q)) => {
                used[i] = true;
                o.tp += 1;
                for m in mismatches(q, e) {
                    o.problems.push(format!("{:?} {:?}: {m}", e.text, e.kind));
                }
            }
            None => {
                o.fn_ += 1;
                o.problems.push(format!("missed {:?} {:?}", e.text, e.kind));
            }
        }
    }
    for (q, u) in found.iter().zip(&used) {
        if !u {
            o.fp += 1;
            o.problems.push(format!(
                "unexpected {:?} {:?} value={:?} low={:?} high={:?} unit={:?} qualifier={:?} date={:?}",
                q.span.slice(&case.text),
                q.kind,
                q.value,
                q.low,
                q.high,
                q.unit,
                q.qualifier,
                q.date
            ));
        }
    }
    o
}

#[test]
fn figure_cases() {
    let src = include_str!("cases/figures.toml");
    let file: File = toml::from_str(src).expect("tests/cases/figures.toml parses");
    assert!(file.case.len() >= 80, "at least 80 cases");
    let mut names = std::collections::HashSet::new();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut failures = String::new();
    let mut known = 0;
    for case in &file.case {
        assert!(
            names.insert(case.name.as_str()),
            "duplicate case name {}",
            case.name
        );
        let o = check(case);
        let pass = o.problems.is_empty();
        match (&case.known_miss, pass) {
            (Some(_), true) => {
                println!(
                    "note: known miss {:?} now passes; drop its known_miss",
                    case.name
                );
            }
            (Some(why), false) => {
                known += 1;
                println!("known miss {:?} ({why}):", case.name);
                for p in &o.problems {
                    println!("    {p}");
                }
            }
            (None, _) => {
                tp += o.tp;
                fp += o.fp;
                fn_ += o.fn_;
                if !pass {
                    let _ = writeln!(failures, "case {:?}: {}", case.name, case.text);
                    for p in &o.problems {
                        let _ = writeln!(failures, "    {p}");
                    }
                }
            }
        }
    }
    let precision = if tp + fp == 0 {
        1.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let recall = if tp + fn_ == 0 {
        1.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    println!(
        "figures: {} cases ({known} known misses); precision {precision:.3} ({tp}/{}), recall {recall:.3} ({tp}/{})",
        file.case.len(),
        tp + fp,
        tp + fn_,
    );
    assert!(failures.is_empty(), "failing cases:\n{failures}");
}

/// The seed article end to end: the figures EXPECTED.md lists, and the
/// "60 Minutes" trap.
#[test]
fn seed_article_figures() {
    let text = include_str!("fixtures/seed/putin-syria-gambit.v1.txt");
    let found = find_quantities(text);
    let has = |s: &str, kind: QuantityKind| {
        found
            .iter()
            .any(|q| q.kind == kind && q.span.slice(text) == s)
    };
    use QuantityKind as K;
    for (s, k) in [
        ("240,000 deaths", K::Count),
        ("four-year", K::Duration),
        ("$500-million", K::Money),
        ("As few as 4 or 5 people", K::Count),
        ("one group", K::Count),
        ("four years", K::Duration),
        ("four countries", K::Count),
        ("2003", K::Year),
        ("a decade", K::Duration),
        ("Sunday", K::Date),
        ("fourth arm", K::Ordinal),
    ] {
        assert!(has(s, k), "seed: missing {s:?} {k:?}");
    }
    assert!(
        !found.iter().any(|q| q.span.slice(text).contains("60")),
        "seed: \"60 Minutes\" is a programme name, not a figure"
    );
    for w in found.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "spans overlap or out of order"
        );
    }
}
