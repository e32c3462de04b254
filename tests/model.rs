//! The check-worthiness model: the shipped file reads back, scores are
//! bounded, deterministic and explained, the seed article ranks as a
//! checker expects, and the training pieces (data readers, trainer,
//! ranking measures, calibration) behave on tiny inputs.

use std::path::Path;

use claimtrack::analysis::{Options, analyze, signals_of};
use claimtrack::score::model::{Model, ModelError};
use claimtrack::score::train::{
    Config, Document, Example, Labelled, Ranking, calibrate, parse_claimbuster, parse_clef,
};
use claimtrack::score::{Scorer, Signals, Unit, builtin_model};

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn model() -> &'static Model {
    builtin_model().expect("the shipped model file reads")
}

#[test]
fn the_shipped_model_reads_back_byte_for_byte_and_is_small() {
    let bytes = model().to_bytes();
    assert!(bytes.len() < 2_000_000, "{} bytes", bytes.len());
    assert_eq!(&Model::from_bytes(&bytes).unwrap(), model());
    let shipped =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/score/checkworthy.bin"))
            .unwrap();
    assert_eq!(bytes, shipped);
}

#[test]
fn a_damaged_model_file_is_refused() {
    let bytes = model().to_bytes();
    let mut flipped = bytes.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 1;
    assert_eq!(Model::from_bytes(&flipped), Err(ModelError::Checksum));
    assert_eq!(
        Model::from_bytes(&bytes[..bytes.len() - 10]),
        Err(ModelError::Checksum)
    );
    assert_eq!(Model::from_bytes(b"xyz"), Err(ModelError::Size));
    let mut other = bytes.clone();
    other[0] = b'X';
    assert_eq!(Model::from_bytes(&other), Err(ModelError::Magic));
    let mut newer = bytes;
    newer[8] = 99;
    assert_eq!(Model::from_bytes(&newer), Err(ModelError::Format(99)));
}

#[test]
fn scores_are_bounded_and_deterministic_on_odd_input() {
    let odd = [
        "",
        "?",
        "    ",
        "ÆØÅ ’’ --",
        "I think.",
        "1,",
        "’s",
        "\u{a0}\u{2019}",
        "a\nb",
        "$$$ 100% ???",
        "U..N",
        "😀 emoji 😀",
    ];
    let units: Vec<Unit> = odd
        .iter()
        .map(|t| Unit {
            text: t,
            signals: signals_of(t),
        })
        .collect();
    let a = model().score_all(&units);
    let b = model().score_all(&units);
    assert_eq!(a, b);
    assert_eq!(a.len(), odd.len());
    let values = model().values(&units);
    for (s, v) in a.iter().zip(&values) {
        assert!((0.0..=1.0).contains(&s.value), "{s:?}");
        assert_eq!(s.value, *v, "values and explained scores agree");
    }
}

#[test]
fn figures_and_sources_rank_above_plans_and_small_talk() {
    let score = |t: &str| model().score(t, signals_of(t)).value;
    let fact = score("Unemployment fell to 3.5% last year, the bureau said.");
    let plan = score("The president will address the crisis in his own address.");
    let thanks = score("Thank you all for coming tonight.");
    assert!(fact > 0.5, "{fact}");
    assert!(plan < 0.5 && thanks < 0.5, "{plan} {thanks}");
    assert!(fact > plan && fact > thanks);
}

#[test]
fn an_explanation_names_named_features_and_words() {
    let text = "Western powers say Assad's military is responsible for the vast majority \
                of the 240,000 deaths in the four-year war.";
    let s = model().score(
        text,
        Signals {
            figures: 2,
            attributed: true,
            ..Signals::default()
        },
    );
    let names: Vec<&str> = s.reasons.iter().map(|r| r.feature.as_ref()).collect();
    assert!(names.contains(&"states a figure"), "{names:?}");
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("word \"") || n.starts_with("words \"")),
        "{names:?}"
    );
    // The strongest first, each big enough to matter.
    assert!(
        s.reasons
            .windows(2)
            .all(|p| p[0].weight.abs() >= p[1].weight.abs())
    );
    assert!(s.reasons.iter().all(|r| r.weight.abs() >= 0.05));
    // A word named is a word of the sentence.
    for n in names.iter().filter_map(|n| n.strip_prefix("word \"")) {
        assert!(text.contains(n.trim_end_matches('"')), "{n}");
    }
}

/// The 1-based line of the file that byte `offset` is on.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

#[test]
fn the_seed_articles_claims_rank_above_its_plans_and_fragments() {
    #[derive(serde::Deserialize)]
    struct Expected {
        claim: Vec<toml::Table>,
        low: toml::Table,
    }
    let expected: Expected = toml::from_str(&fixture("../cases/seed.toml")).unwrap();
    let claim_lines: Vec<usize> = expected
        .claim
        .iter()
        .map(|c| c["line"].as_integer().unwrap() as usize)
        .collect();
    let low_lines: Vec<usize> = expected.low["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_integer().unwrap() as usize)
        .collect();
    let text = fixture("seed/putin-syria-gambit.v1.txt");
    let a = analyze(&text, "seed", Options::default());
    // A line's score: its best sentence's.
    let line_score = |line: usize| {
        a.sentences
            .iter()
            .filter(|s| line_of(&text, s.sentence.span.start) == line)
            .map(|s| s.score.value)
            .fold(0.0, f64::max)
    };
    let mut pairs = 0;
    let mut right = 0;
    for &c in &claim_lines {
        for &l in &low_lines {
            pairs += 1;
            right += usize::from(line_score(c) > line_score(l));
        }
    }
    // Every claim line above every low one (EXPECTED.md).
    assert_eq!(right, pairs, "{right} of {pairs} pairs in order");
    for &l in &low_lines {
        assert!(line_score(l) < 0.5, "line {l}: {}", line_score(l));
    }
}

#[test]
fn the_training_data_readers_parse_the_fixtures() {
    let d = parse_clef("debate", &fixture("model/debate.tsv")).unwrap();
    assert_eq!(d.name, "debate");
    assert_eq!(d.sentences.len(), 5);
    assert_eq!(
        d.sentences[1],
        Labelled {
            text: "So Ford is leaving.".into(),
            label: true
        }
    );
    assert_eq!(d.sentences.iter().filter(|s| s.label).count(), 2);
    assert_eq!(d.sentences[4].text, "Thank you, Lester.");

    let cb = parse_claimbuster(&fixture("model/claimbuster.jsonl")).unwrap();
    assert_eq!(cb.len(), 3);
    assert!(cb[0].label && !cb[1].label && cb[2].label);
    assert_eq!(cb[2].text, "Unemployment is at 9 percent.");
}

#[test]
fn the_training_data_readers_say_which_line_is_bad() {
    let e = parse_clef("x", "1\tA\tfine.\t0\n2\tB\tno label\n").unwrap_err();
    assert_eq!(e.line, 2);
    let e = parse_clef("x", "1\tA\tfine.\t7\n").unwrap_err();
    assert!(e.why.contains("label"), "{e}");
    let e = parse_claimbuster("{\"text\": \"a\", \"label\": 0}\n{oops}\n").unwrap_err();
    assert_eq!(e.line, 2);
    let e = parse_claimbuster("{\"text\": \"a\", \"label\": 2}\n").unwrap_err();
    assert!(e.why.contains("label"), "{e}");
}

/// A toy debate: sentences with a figure are check-worthy, greetings not.
fn toy() -> Vec<Document> {
    let debate = |n: usize| {
        let mut text = String::new();
        for i in 0..40 {
            let line = if i % 5 == n % 5 {
                format!(
                    "{i}\tA\tUnemployment rose by {} percent in {}.\t1\n",
                    i + n,
                    1990 + i
                )
            } else {
                format!("{i}\tB\tThank you so much, it is great to be here tonight.\t0\n")
            };
            text.push_str(&line);
        }
        Document::new(&parse_clef(&format!("toy{n}"), &text).unwrap())
    };
    (0..3).map(debate).collect()
}

#[test]
fn training_is_deterministic_and_learns_a_plain_signal() {
    let docs = toy();
    let refs: Vec<&Document> = docs.iter().collect();
    let config = Config {
        bits: 12,
        ctx_bits: 8,
        epochs: 3,
        ..Config::default()
    };
    let a = claimtrack::score::train::train(&refs, &[], &config);
    let b = claimtrack::score::train::train(&refs, &[], &config);
    assert_eq!(a, b);
    let held = &docs[0];
    let logits = claimtrack::score::train::logits(&a, held, config.context);
    let labels: Vec<bool> = held.examples.iter().map(|e| e.label).collect();
    assert_eq!(Ranking::of(&logits, &labels).ap, 1.0);

    // Extra sentences without context train too.
    let extra = Example::new(&Labelled {
        text: "Taxes went up 4 percent.".into(),
        label: true,
    });
    let c = claimtrack::score::train::train(&refs, &[&extra], &config);
    assert_ne!(a, c);
}

#[test]
fn ranking_measures_match_a_worked_example() {
    // Ranked: 0.9 (yes), 0.8 (no), 0.7 (yes), 0.1 (no), 0.0 (no).
    let scores = [0.1, 0.9, 0.7, 0.8, 0.0];
    let labels = [false, true, true, false, false];
    let r = Ranking::of(&scores, &labels);
    assert!((r.ap - (1.0 + 2.0 / 3.0) / 2.0).abs() < 1e-12, "{r:?}");
    assert!((r.r_precision - 0.5).abs() < 1e-12);
    assert!((r.p5 - 0.4).abs() < 1e-12);
    assert!((r.p10 - 0.2).abs() < 1e-12);
    // Ties keep document order: the later positive ranks below.
    let r = Ranking::of(&[0.5, 0.5], &[false, true]);
    assert!((r.ap - 0.5).abs() < 1e-12);
    let mean = Ranking::mean(&[Ranking::of(&[1.0], &[true]), r]);
    assert!((mean.ap - 0.75).abs() < 1e-12);
}

#[test]
fn calibration_puts_one_half_between_the_classes() {
    // Positives around +2, negatives around -1, far more negatives.
    let mut logits = Vec::new();
    let mut labels = Vec::new();
    for i in 0..1000 {
        let noise = ((i * 37) % 100) as f32 / 100.0 - 0.5;
        if i % 20 == 0 {
            logits.push(2.0 + noise);
            labels.push(true);
        } else {
            logits.push(-1.0 + noise);
            labels.push(false);
        }
    }
    let (a, b) = calibrate(&logits, &labels);
    assert!(a > 0.0);
    let at = |z: f32| 1.0 / (1.0 + (-(a * z + b)).exp());
    assert!(at(2.0) > 0.9 && at(-1.0) < 0.1, "{a} {b}");
    let middle = -b / a;
    assert!((0.0..1.0).contains(&middle), "{middle}");
}
