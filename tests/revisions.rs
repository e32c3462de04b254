//! Real articles revised as editors revise them, each with the diff a
//! careful checker expects, claim by claim.
//!
//! `tests/fixtures/revisions/NAME.v1.txt` and `NAME.v2.txt` are two
//! revisions; `NAME.toml` lists the edits made (in comments) and every claim
//! that must not come out `unchanged`:
//!
//! ```toml
//! [[claim]]
//! change = "changed"          # changed | added | removed
//! what = ["quantity"]         # for changed: exactly these
//! old = "rose to 41C"         # words of the old claim (removed, changed)
//! new = "rose to 43C"         # words of the new claim (added, changed)
//! kind = "quote"              # optional: when the words sit in two claims
//! known_miss = "why"          # optional: expected to fail, for that reason
//! ```
//!
//! Words are compared after typographic folding and whitespace collapsing.
//! Each entry must name exactly one entry of the diff; every diff entry no
//! listed claim names must be `unchanged`. The tables were written from the
//! edits, before the tool was run on them.

use std::path::{Path, PathBuf};

use claimtrack::analysis::{Options, analyze};
use claimtrack::diff::{Change, ChangeKind, DiffClaim, diff_claims, summary};
use claimtrack::revision::diff_claims_of;
use claimtrack::text::normalize;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    #[serde(default)]
    claim: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    change: String,
    #[serde(default)]
    what: Vec<String>,
    old: Option<String>,
    new: Option<String>,
    kind: Option<String>,
    known_miss: Option<String>,
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/revisions")
}

fn claims(text: &str) -> Vec<DiffClaim> {
    diff_claims_of(text, &analyze(text, "revision", Options::default()))
}

/// The serde name of a value (`quantity`, `changed`).
fn name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One line per diff entry, to show what the tool said.
fn line(old: &[DiffClaim], new: &[DiffClaim], c: &Change) -> String {
    let side = |claims: &[DiffClaim], i: Option<usize>| {
        i.map(|i| {
            let t = normalize(&claims[i].text);
            let head: String = t.chars().take(70).collect();
            format!("{} {head:?}", name(&claims[i].kind))
        })
        .unwrap_or_else(|| "-".into())
    };
    let what: Vec<String> = c.what.iter().map(name).collect();
    format!(
        "{:<9} [{}] {} => {}",
        name(&c.change),
        what.join(","),
        side(old, c.old),
        side(new, c.new)
    )
}

/// Whether diff entry `c` is the one `e` names (by its words and kind).
fn names(e: &Entry, old: &[DiffClaim], new: &[DiffClaim], c: &Change) -> bool {
    let holds = |claims: &[DiffClaim], i: Option<usize>, words: &Option<String>| match words {
        None => true,
        Some(w) => i.is_some_and(|i| normalize(&claims[i].text).contains(&normalize(w))),
    };
    let kind_ok = e.kind.as_ref().is_none_or(|k| {
        let claim = c.old.map(|o| &old[o]).or(c.new.map(|n| &new[n]));
        claim.is_some_and(|cl| &name(&cl.kind) == k)
    });
    kind_ok && holds(old, c.old, &e.old) && holds(new, c.new, &e.new)
}

/// The problems with one revision pair, empty when it is as expected.
fn check(pair: &str) -> Vec<String> {
    let read = |ext: &str| {
        std::fs::read_to_string(dir().join(format!("{pair}.{ext}")))
            .unwrap_or_else(|e| panic!("{pair}.{ext}: {e}"))
    };
    let expected: Expected =
        toml::from_str(&read("toml")).unwrap_or_else(|e| panic!("{pair}.toml: {e}"));
    let (old, new) = (claims(&read("v1.txt")), claims(&read("v2.txt")));
    let changes = diff_claims(&old, &new);

    let mut problems = Vec::new();
    let mut named = vec![false; changes.len()];
    for e in &expected.claim {
        let label = format!(
            "{} {:?} -> {:?}",
            e.change,
            e.old.as_deref().unwrap_or("-"),
            e.new.as_deref().unwrap_or("-")
        );
        let found: Vec<usize> = (0..changes.len())
            .filter(|&i| names(e, &old, &new, &changes[i]))
            .collect();
        let problem = match found.as_slice() {
            [] => {
                // Say where each side's words ended up.
                let wherever = |words: &Option<String>, side_old: bool| {
                    let w = words.as_ref()?;
                    let probe = Entry {
                        change: String::new(),
                        what: Vec::new(),
                        old: if side_old { Some(w.clone()) } else { None },
                        new: if side_old { None } else { Some(w.clone()) },
                        kind: e.kind.clone(),
                        known_miss: None,
                    };
                    let lines: Vec<String> = changes
                        .iter()
                        .filter(|c| names(&probe, &old, &new, c))
                        .map(|c| line(&old, &new, c))
                        .collect();
                    Some(if lines.is_empty() {
                        format!("\n      no claim holds {w:?}")
                    } else {
                        format!("\n      {}", lines.join("\n      "))
                    })
                };
                Some(format!(
                    "no diff entry is {label}; instead:{}{}",
                    wherever(&e.old, true).unwrap_or_default(),
                    wherever(&e.new, false).unwrap_or_default()
                ))
            }
            [i] => {
                named[*i] = true;
                let c = &changes[*i];
                let what: Vec<String> = c.what.iter().map(name).collect();
                (name(&c.change) != e.change || what != e.what).then(|| {
                    format!(
                        "expected {label} [{}], got {}",
                        e.what.join(","),
                        line(&old, &new, c)
                    )
                })
            }
            many => {
                for &i in many {
                    named[i] = true;
                }
                Some(format!(
                    "{label} names {} diff entries (add `kind`, or more words)",
                    many.len()
                ))
            }
        };
        match (problem, &e.known_miss) {
            (Some(p), None) => problems.push(p),
            (None, Some(why)) => problems.push(format!(
                "{label} is marked as a known miss ({why}) but now passes: remove the mark"
            )),
            _ => {}
        }
    }
    for (i, c) in changes.iter().enumerate() {
        if !named[i] && c.change != ChangeKind::Unchanged {
            problems.push(format!("not expected: {}", line(&old, &new, c)));
        }
    }
    if !problems.is_empty() {
        let table: Vec<String> = changes.iter().map(|c| line(&old, &new, c)).collect();
        problems.push(format!("the whole diff:\n    {}", table.join("\n    ")));
    }
    problems
}

fn assert_pair(pair: &str) {
    let problems = check(pair);
    assert!(
        problems.is_empty(),
        "{pair}: {} problem(s):\n  {}",
        problems.len() - 1,
        problems.join("\n  ")
    );
}

#[test]
fn extreme_heat() {
    assert_pair("extreme-heat");
}

#[test]
fn nasa_astronaut() {
    assert_pair("nasa-astronaut");
}

#[test]
fn black_friday() {
    assert_pair("black-friday");
}

#[test]
fn liberia() {
    assert_pair("liberia");
}

#[test]
fn wealth_therapy() {
    assert_pair("wealth-therapy");
}

/// Read backwards, every pair swaps added and removed (a split becomes a
/// merge), and each changed claim changed in the same ways.
#[test]
fn every_pair_read_backwards_swaps_added_and_removed() {
    for pair in pairs() {
        let read =
            |ext: &str| std::fs::read_to_string(dir().join(format!("{pair}.{ext}"))).unwrap();
        let (v1, v2) = (claims(&read("v1.txt")), claims(&read("v2.txt")));
        let forward = diff_claims(&v1, &v2);
        let backward = diff_claims(&v2, &v1);
        let s = (summary(&forward), summary(&backward));
        assert_eq!(
            (s.0.added, s.0.removed, s.0.changed, s.0.unchanged),
            (s.1.removed, s.1.added, s.1.changed, s.1.unchanged),
            "{pair}"
        );
        for f in forward.iter().filter(|c| c.change == ChangeKind::Changed) {
            let b = backward
                .iter()
                .find(|b| b.old == f.new && b.new == f.old)
                .unwrap_or_else(|| {
                    panic!("{pair}: {} pairs differently backwards", line(&v1, &v2, f))
                });
            assert_eq!(b.what, f.what, "{pair}: {}", line(&v1, &v2, f));
        }
    }
}

/// The revision pairs in the folder, by name.
fn pairs() -> Vec<String> {
    let mut pairs: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".toml"))
                .map(str::to_string)
        })
        .collect();
    pairs.sort();
    pairs
}

/// Every pair in the folder has its test above.
#[test]
fn every_pair_is_tested() {
    let source = include_str!("revisions.rs");
    let pairs = pairs();
    assert!(pairs.len() >= 5, "{pairs:?}");
    for p in pairs {
        assert!(
            source.contains(&format!("assert_pair(\"{p}\")")),
            "{p} has no test"
        );
        for ext in ["v1.txt", "v2.txt"] {
            assert!(dir().join(format!("{p}.{ext}")).is_file(), "{p}.{ext}");
        }
    }
}
