//! Data-driven tests for quotes and attributions.
//!
//! `tests/cases/quotes.toml` and `tests/cases/attributions.toml` hold cases
//! written from real news prose. A case with `known_miss` is reported, not
//! failed. The harness prints precision/recall of quote detection (direct and
//! partial quotes count as quotes; scare quotes and titles do not) and the
//! accuracy of kinds, speakers and attribution sources.
//!
//! Matching: an expected quote matches a found one when its text (white
//! space collapsed, outer punctuation trimmed) is contained in the found
//! quote's text. Speakers and sources compare case-insensitively; an expected
//! `speaker = ""` means "no speaker".

use claimtrack::text::quotes::{QuoteKind, find_quotes};
use claimtrack::text::segment::{Paragraph, Sentence, find_paragraphs, find_sentences};
use claimtrack::text::speakers::find_attributions;
use serde::Deserialize;

/// The real segmenter: quotes and speakers are measured on what the
/// pipeline gives them.
pub fn segment(text: &str) -> (Vec<Paragraph>, Vec<Sentence>) {
    let paragraphs = find_paragraphs(text);
    let sentences = find_sentences(text, &paragraphs);
    (paragraphs, sentences)
}

#[derive(Deserialize)]
struct QuoteFile {
    case: Vec<QuoteCase>,
}

#[derive(Deserialize)]
struct QuoteCase {
    name: String,
    text: String,
    #[serde(default)]
    quotes: Vec<ExpQuote>,
    known_miss: Option<String>,
}

#[derive(Deserialize)]
struct ExpQuote {
    text: String,
    kind: QuoteKind,
    speaker: Option<String>,
}

#[derive(Deserialize)]
struct AttrFile {
    case: Vec<AttrCase>,
}

#[derive(Deserialize)]
struct AttrCase {
    name: String,
    text: String,
    #[serde(default)]
    attributions: Vec<ExpAttr>,
    known_miss: Option<String>,
}

#[derive(Deserialize)]
struct ExpAttr {
    sentence: String,
    source: String,
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn claim(k: QuoteKind) -> bool {
    matches!(k, QuoteKind::Direct | QuoteKind::Partial)
}

fn read(name: &str) -> String {
    let p = format!("{}/tests/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

#[test]
fn quote_cases() {
    let file: QuoteFile = toml::from_str(&read("quotes.toml")).expect("quotes.toml parses");
    assert!(file.case.len() >= 60, "want at least 60 quote cases");
    let (mut tp, mut fp, mut fnn) = (0usize, 0usize, 0usize);
    let (mut kind_ok, mut kind_all) = (0usize, 0usize);
    let (mut spk_ok, mut spk_all) = (0usize, 0usize);
    let mut failures = Vec::new();
    let mut misses = Vec::new();
    for c in &file.case {
        let (p, s) = segment(&c.text);
        let found = find_quotes(&c.text, &p, &s);
        let ftexts: Vec<String> = found.iter().map(|q| norm(q.span.slice(&c.text))).collect();
        let mut used = vec![false; found.len()];
        let mut problems = Vec::new();
        for e in &c.quotes {
            let et = norm(&e.text);
            let hit = (0..found.len()).find(|&i| !used[i] && ftexts[i].contains(&et));
            kind_all += 1;
            if e.speaker.is_some() {
                spk_all += 1;
            }
            let Some(i) = hit else {
                if claim(e.kind) {
                    fnn += 1;
                }
                problems.push(format!("missing {:?} {:?}", e.kind, e.text));
                continue;
            };
            used[i] = true;
            let q = &found[i];
            match (claim(e.kind), claim(q.kind)) {
                (true, true) => tp += 1,
                (true, false) => fnn += 1,
                (false, true) => fp += 1,
                (false, false) => {}
            }
            if q.kind == e.kind {
                kind_ok += 1;
            } else {
                problems.push(format!(
                    "{:?}: kind {:?}, want {:?}",
                    e.text, q.kind, e.kind
                ));
            }
            if let Some(want) = &e.speaker {
                let got = q.speaker.clone().unwrap_or_default();
                if got.eq_ignore_ascii_case(want) {
                    spk_ok += 1;
                } else {
                    problems.push(format!("{:?}: speaker {got:?}, want {want:?}", e.text));
                }
            }
        }
        for (i, q) in found.iter().enumerate() {
            if !used[i] && claim(q.kind) {
                fp += 1;
                problems.push(format!(
                    "unexpected {:?} {:?}",
                    q.kind,
                    q.span.slice(&c.text)
                ));
            }
        }
        if !problems.is_empty() {
            match &c.known_miss {
                Some(why) => misses.push(format!("{} ({why}): {}", c.name, problems.join("; "))),
                None => failures.push(format!("{}: {}", c.name, problems.join("; "))),
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fnn).max(1) as f64;
    println!("quote cases: {}", file.case.len());
    println!("quote detection: precision {p:.3} recall {r:.3} (tp {tp}, fp {fp}, fn {fnn})");
    println!("quote kind accuracy: {kind_ok}/{kind_all}");
    println!("speaker accuracy: {spk_ok}/{spk_all}");
    for m in &misses {
        println!("known miss: {m}");
    }
    for f in &failures {
        println!("FAIL: {f}");
    }
    assert!(
        failures.is_empty(),
        "{} quote case(s) failed",
        failures.len()
    );
}

#[test]
fn attribution_cases() {
    let file: AttrFile =
        toml::from_str(&read("attributions.toml")).expect("attributions.toml parses");
    assert!(file.case.len() >= 30, "want at least 30 attribution cases");
    let (mut ok, mut all, mut extra, mut found_all) = (0usize, 0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    let mut misses = Vec::new();
    for c in &file.case {
        let (_, s) = segment(&c.text);
        let found = find_attributions(&c.text, &s);
        found_all += found.len();
        let mut problems = Vec::new();
        let expected_sents: Vec<Option<usize>> = c
            .attributions
            .iter()
            .map(|e| {
                s.iter()
                    .position(|x| x.span.slice(&c.text).contains(&e.sentence))
            })
            .collect();
        for (e, si) in c.attributions.iter().zip(&expected_sents) {
            all += 1;
            let Some(si) = si else {
                problems.push(format!("no sentence contains {:?}", e.sentence));
                continue;
            };
            let here: Vec<&str> = found
                .iter()
                .filter(|a| a.sentence == *si)
                .map(|a| a.source.as_str())
                .collect();
            if here.iter().any(|g| g.eq_ignore_ascii_case(&e.source)) {
                ok += 1;
            } else {
                problems.push(format!(
                    "{:?}: sources {here:?}, want {:?}",
                    e.sentence, e.source
                ));
            }
        }
        for a in &found {
            if !expected_sents.contains(&Some(a.sentence)) {
                extra += 1;
                problems.push(format!(
                    "unexpected {:?} in {:?}",
                    a.source,
                    s[a.sentence].span.slice(&c.text)
                ));
            }
        }
        if !problems.is_empty() {
            match &c.known_miss {
                Some(why) => misses.push(format!("{} ({why}): {}", c.name, problems.join("; "))),
                None => failures.push(format!("{}: {}", c.name, problems.join("; "))),
            }
        }
    }
    println!("attribution cases: {}", file.case.len());
    println!(
        "attribution source accuracy: {ok}/{all}; found {found_all}, {extra} in sentences with none expected"
    );
    for m in &misses {
        println!("known miss: {m}");
    }
    for f in &failures {
        println!("FAIL: {f}");
    }
    assert!(
        failures.is_empty(),
        "{} attribution case(s) failed",
        failures.len()
    );
}

fn seed(name: &str) -> String {
    let p = format!("{}/tests/fixtures/seed/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// The seed article's expectations (EXPECTED.md); line n is paragraph n-1.
#[test]
fn seed_article() {
    for file in ["putin-syria-gambit.v1.txt", "putin-syria-gambit.v2.txt"] {
        let text = seed(file);
        let (p, s) = segment(&text);
        let quotes = find_quotes(&text, &p, &s);
        let line_of = |pos: usize| {
            p.iter()
                .position(|x| x.span.start <= pos && pos < x.span.end.max(x.span.start + 1))
        };
        let find = |words: &str| {
            quotes
                .iter()
                .find(|q| q.span.slice(&text).contains(words))
                .unwrap_or_else(|| panic!("{file}: no quote with {words:?}"))
        };
        let direct = [
            ("This is not yet coordinated", "John Kerry"),
            ("I think we have concerns", "John Kerry"),
            ("We have proposed to cooperate", "Vladimir Putin"),
            ("We would welcome a common platform", "Vladimir Putin"),
            ("As few as 4 or 5 people", "Vladimir Putin"),
            ("We haven't seen a dictator", "Samantha Power"),
            ("It's a committee coordinating", "Saad al-Hadithi"),
        ];
        for (w, who) in direct {
            let q = find(w);
            assert_eq!(q.kind, QuoteKind::Direct, "{file}: {w}");
            assert_eq!(q.speaker.as_deref(), Some(who), "{file}: {w}");
        }
        let power = find("We haven't seen a dictator");
        assert!(
            power
                .span
                .slice(&text)
                .contains("foreign terrorist fighters"),
            "{file}: one quote over two paragraphs"
        );
        let army = find("one legitimate conventional army");
        assert_eq!(army.kind, QuoteKind::Partial);
        assert_eq!(army.speaker.as_deref(), Some("Vladimir Putin"));
        assert_eq!(find("60 Minutes").kind, QuoteKind::Title);
        let moderate = find("moderate");
        assert_eq!(moderate.kind, QuoteKind::Scare);
        assert_eq!(moderate.speaker, None);
        for q in &quotes {
            assert!(
                !p[line_of(q.outer.start).unwrap()].heading,
                "{file}: quote in a heading"
            );
        }

        let attrs = find_attributions(&text, &s);
        let expect = [
            ("Iraq confirming", "Iraq"),
            ("he urged Russia", "John Kerry"),
            ("Washington has demanded", "Washington"),
            ("Western powers say", "Western powers"),
            (
                "Washington and its allies counter",
                "Washington and its allies",
            ),
            ("told AFP", "Saad al-Hadithi"),
            ("who suggested", "Vladimir Putin"),
            ("said Tehran would", "Hassan Rouhani"),
        ];
        let mut exp: Vec<(&str, &str)> = expect.to_vec();
        if file.contains("v1") {
            exp.push(("The Pentagon has confirmed", "The Pentagon"));
        }
        for (anchor, who) in exp {
            let si = s
                .iter()
                .position(|x| x.span.slice(&text).contains(anchor))
                .unwrap_or_else(|| panic!("{file}: no sentence {anchor:?}"));
            let got: Vec<&str> = attrs
                .iter()
                .filter(|a| a.sentence == si)
                .map(|a| a.source.as_str())
                .collect();
            assert!(
                got.contains(&who),
                "{file}: {anchor:?} -> {got:?}, want {who:?}"
            );
        }
        // Cues of direct quotes are covered by the quotes.
        for a in &attrs {
            assert!(
                !quotes
                    .iter()
                    .any(|q| q.kind == QuoteKind::Direct && q.cue == Some(a.cue)),
                "{file}: attribution duplicates a direct quote's cue"
            );
        }
    }
}

#[test]
fn spans_on_char_boundaries() {
    let text = "«Olé» “Ça va,” dit-il. ‘Naïve’ — 'x' “日本語のテキスト” said Kōno. \"é";
    let (p, s) = segment(text);
    for q in find_quotes(text, &p, &s) {
        for sp in [q.span, q.outer]
            .into_iter()
            .chain(q.cue)
            .chain(q.speaker_span)
        {
            assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        }
    }
    for a in find_attributions(text, &s) {
        assert!(text.is_char_boundary(a.cue.start) && text.is_char_boundary(a.source_span.end));
    }
}

fn check_total(text: &str) {
    let (p, s) = segment(text);
    for q in find_quotes(text, &p, &s) {
        for sp in [q.span, q.outer]
            .into_iter()
            .chain(q.cue)
            .chain(q.speaker_span)
        {
            assert!(sp.start <= sp.end && sp.end <= text.len(), "{sp:?}");
            assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        }
    }
    for a in find_attributions(text, &s) {
        for sp in [a.cue, a.source_span] {
            assert!(sp.start <= sp.end && sp.end <= text.len());
            assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        }
        assert!(a.sentence < s.len());
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
    #[test]
    fn total_on_any_input(text in "[\"'“”‘’a-zA-Zé日 ,.:;!?\n-]{0,120}") {
        check_total(&text);
    }

    #[test]
    fn total_on_news_like_input(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "\"", "“", "”", "‘", "’", "'", " said ", " he ", " she ", " told ", "Kerry",
                " John Kerry", ", ", ". ", ":", "\n", " according to ", " who ", " the ministry ",
                " al-", "Putin's", " and ", " rock 'n' roll", " saying ", " Mr. ", "U.S.",
            ]),
            0..60,
        )
    ) {
        check_total(&parts.concat());
    }
}

/// Pathological inputs stay fast (the work is linear in the text).
#[test]
fn pathological_inputs_are_fast() {
    let inputs = [
        "\"We will go on,\" said Kerry, ".repeat(8_000),
        "John Kerry and Vladimir Putin met; he said that ".repeat(8_000),
        "“".repeat(50_000),
        "'x ".repeat(30_000),
        format!("{}he said that it was fine.", "John Smith, ".repeat(15_000)),
        "A B C D E F G said ".repeat(8_000),
        "\"a\"\n".repeat(20_000),
        "“It was fine.\n".repeat(15_000),
    ];
    for text in &inputs {
        let t0 = std::time::Instant::now();
        let (p, s) = segment(text);
        let q = find_quotes(text, &p, &s);
        let a = find_attributions(text, &s);
        let el = t0.elapsed();
        assert!(
            el.as_secs_f64() < 5.0,
            "{} bytes took {el:?} ({} quotes, {} attributions)",
            text.len(),
            q.len(),
            a.len()
        );
    }
}

/// A source is a name or a description, never thousands of words: each
/// attribution holds its own copy of its source, so a run of 2,000
/// capitals before 2,000 cues (`A Big Big ... Man said, he said, he said,
/// ...`) made 2,000 copies of the run (at 20,000 of each: 3.4 GB and 11 s).
/// Not a timing test: the sources' total length is counted.
#[test]
fn sources_stay_short_before_many_cues() {
    let n = 2_000;
    let big = "Big ".repeat(n);
    let inputs = [
        format!("A {big}Man said, {}it was fine.", "he said, ".repeat(n)),
        format!("The {big}men, {}it was fine.", "saying, ".repeat(n)),
    ];
    for text in &inputs {
        let (_, s) = segment(text);
        let a = find_attributions(text, &s);
        let total: usize = a.iter().map(|a| a.source.len()).sum();
        assert!(
            total < 100 * n,
            "{} attributions, their sources {total} bytes in all",
            a.len()
        );
    }
}

#[test]
fn long_coordination_does_not_overflow() {
    let text = format!("{}officials said it was over.", "Kerry and ".repeat(50_000));
    check_total(&text);
    let text = format!(
        "{}officials said it was over.",
        "officials and ".repeat(50_000)
    );
    check_total(&text);
}
