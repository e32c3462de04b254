//! Check-worthiness: how much a sentence deserves a fact-checker's time.
//!
//! The score comes from a linear model trained on debates that journalists
//! fact-checked ([`model`], trained by [`train`] from `examples/train.rs`,
//! shipped as `src/score/checkworthy.bin`): hashed word n-grams and named
//! features ([`features`]) of a sentence, with the hand-set weights as a
//! prior. Scorers see a whole document in order ([`Scorer::score_all`]), so
//! a model may weigh a sentence's neighbours too. Every
//! feature that moved a score much is returned with its contribution, so
//! `analyze --explain` can say why a sentence ranks where it does. The
//! older hand-set scorer ([`HandScorer`]) stays as a baseline.
//!
//! `"The war has killed 240,000 people, the monitor said."` -> high (a figure,
//! an attribution, a past-tense assertion); `"Obama will speak on Monday."` ->
//! low (an intention about the future).

pub mod features;
pub mod model;
pub mod train;

use std::borrow::Cow;
use std::sync::LazyLock;

use serde::Serialize;

use crate::text::Span;
use crate::text::speakers::lexicon::FxMap;

/// What the rest of the analysis already knows about a sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Signals {
    /// Figures other than dates and years.
    pub figures: usize,
    /// Dates and years.
    pub dates: usize,
    /// The sentence reports what a named source said or confirmed.
    pub attributed: bool,
    /// The sentence holds (part of) a direct quotation.
    pub quoted: bool,
}

/// One feature's contribution to a score, in log-odds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// A named feature (`states a figure`) or an n-gram (`word "killed"`).
    pub feature: Cow<'static, str>,
    pub weight: f64,
}

/// A score in [0, 1] and the features behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub value: f64,
    pub reasons: Vec<Reason>,
}

/// One sentence of a document to score, with what the analysis knows of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit<'a> {
    pub text: &'a str,
    pub signals: Signals,
}

/// Anything that rates sentences. The pipeline holds one behind this trait,
/// so scorers can change without touching callers.
pub trait Scorer: Sync {
    /// Rate one sentence on its own.
    fn score(&self, sentence: &str, signals: Signals) -> Score;

    /// Rate the sentences of one document, given in order: a scorer may let
    /// a sentence's neighbours move its score.
    fn score_all(&self, units: &[Unit<'_>]) -> Vec<Score> {
        units
            .iter()
            .map(|u| self.score(u.text, u.signals))
            .collect()
    }

    /// The scores of [`Scorer::score_all`] without their reasons.
    fn values(&self, units: &[Unit<'_>]) -> Vec<f64> {
        self.score_all(units).into_iter().map(|s| s.value).collect()
    }
}

impl Scorer for model::Model {
    fn score(&self, sentence: &str, signals: Signals) -> Score {
        let unit = Unit {
            text: sentence,
            signals,
        };
        self.explained(&[unit]).pop().unwrap_or(Score {
            value: 0.0,
            reasons: Vec::new(),
        })
    }

    fn score_all(&self, units: &[Unit<'_>]) -> Vec<Score> {
        self.explained(units)
    }

    fn values(&self, units: &[Unit<'_>]) -> Vec<f64> {
        model::Model::values(self, units)
    }
}

/// The model shipped with this build, read once.
static BUILTIN: LazyLock<Result<model::Model, model::ModelError>> =
    LazyLock::new(|| model::Model::from_bytes(include_bytes!("score/checkworthy.bin")));

/// The model shipped with this build (`src/score/checkworthy.bin`), or why
/// it cannot be read (the tests make sure it can).
pub fn builtin_model() -> Result<&'static model::Model, &'static model::ModelError> {
    BUILTIN.as_ref()
}

/// The shipped model, or the hand-set scorer should the model file be
/// unreadable; its scores come with their reasons (`analyze --explain`).
pub fn default_scorer() -> &'static dyn Scorer {
    match builtin_model() {
        Ok(m) => m,
        Err(_) => &HandScorer,
    }
}

/// The same scores as [`default_scorer`] without their reasons, which cost
/// more than the scores: what `analyze` uses unless asked to explain.
pub fn quick_scorer() -> &'static dyn Scorer {
    static QUICK: LazyLock<Quick<'static>> = LazyLock::new(|| Quick(default_scorer()));
    &*QUICK
}

/// A scorer's values with empty reasons.
#[derive(Clone, Copy)]
pub struct Quick<'a>(pub &'a dyn Scorer);

impl Scorer for Quick<'_> {
    fn score(&self, sentence: &str, signals: Signals) -> Score {
        let unit = Unit {
            text: sentence,
            signals,
        };
        Score {
            value: self.0.values(&[unit]).first().copied().unwrap_or(0.0),
            reasons: Vec::new(),
        }
    }

    fn score_all(&self, units: &[Unit<'_>]) -> Vec<Score> {
        self.0
            .values(units)
            .into_iter()
            .map(|value| Score {
                value,
                reasons: Vec::new(),
            })
            .collect()
    }

    fn values(&self, units: &[Unit<'_>]) -> Vec<f64> {
        self.0.values(units)
    }
}

/// The hand-set linear scorer.
#[derive(Debug, Clone, Copy, Default)]
pub struct HandScorer;

const BIAS: f64 = -0.9;

/// Words that mark an intention, a plan or a forecast rather than a fact.
const FUTURE: &[&str] = &[
    "hope", "hopes", "hoping", "intend", "intends", "plan", "planning", "plans", "shall", "will",
    "wo", "would",
];

/// Auxiliaries that, with a participle or an adjective, assert a state of affairs.
const ASSERTING: &[&str] = &[
    "are", "been", "had", "has", "have", "is", "remain", "remains", "was", "were",
];

/// Words that open a clause that cannot stand alone.
const SUBORDINATORS: &[&str] = &[
    "after", "although", "because", "before", "if", "once", "unless", "until", "when", "while",
];

/// Words of comparison and ranking, which usually make a checkable claim.
const COMPARATIVE: &[&str] = &[
    "biggest", "fewer", "first", "highest", "largest", "least", "less", "lowest", "majority",
    "most", "only", "record", "worst",
];

const FIRST_PERSON_OPINION: &[&str] = &["believe", "feel", "hope", "think"];

/// Word classes, as bits: which of the lists above (and of a few words the
/// scorer looks for) a word is on, once lower-cased.
const IS_FUTURE: u16 = 1;
const IS_ASSERTING: u16 = 1 << 1;
const IS_SUBORDINATOR: u16 = 1 << 2;
const IS_COMPARATIVE: u16 = 1 << 3;
const IS_OPINION: u16 = 1 << 4;
/// `is are was were` and `going expected set`: an intention before `to`.
const BEFORE_TO: u16 = 1 << 5;
const IS_TO: u16 = 1 << 6;
/// `i we`, before an opinion verb.
const FIRST_PERSON: u16 = 1 << 7;
/// `and but only or so`, skipped at the opening of a sentence.
const LEADING_CONJUNCTION: u16 = 1 << 8;
/// Not a list: longer than four letters and ending in `ed`.
const ENDS_ED: u16 = 1 << 9;
/// Not a list: set on a word that marks an intention where it stands.
const INTENDS: u16 = 1 << 10;

/// Every listed word (as lower-case bytes) with its classes, built once;
/// and the longest one's length, so that longer words skip the lookup.
static CLASSES: LazyLock<(FxMap<&'static [u8], u16>, usize)> = LazyLock::new(|| {
    let mut map = FxMap::default();
    for (list, class) in [
        (FUTURE, IS_FUTURE),
        (ASSERTING, IS_ASSERTING),
        (SUBORDINATORS, IS_SUBORDINATOR),
        (COMPARATIVE, IS_COMPARATIVE),
        (FIRST_PERSON_OPINION, IS_OPINION),
        (
            &["is", "are", "was", "were", "going", "expected", "set"],
            BEFORE_TO,
        ),
        (&["to"], IS_TO),
        (&["i", "we"], FIRST_PERSON),
        (&["and", "but", "only", "or", "so"], LEADING_CONJUNCTION),
    ] {
        for w in list {
            *map.entry(w.as_bytes()).or_insert(0) |= class;
        }
    }
    let longest = map.keys().map(|w| w.len()).max().unwrap_or(0);
    (map, longest)
});

/// The classes of a word, lower-cased first (only ASCII letters change: a
/// word with other letters that change is looked up lower-cased already).
fn classes(word: &str) -> u16 {
    let bytes = word.as_bytes();
    let ends_ed = bytes.len() > 4 && bytes[bytes.len() - 2..].eq_ignore_ascii_case(b"ed");
    let mut class = if ends_ed { ENDS_ED } else { 0 };
    let (map, longest) = &*CLASSES;
    if bytes.len() <= *longest {
        let mut lower = [0u8; 16];
        if let Some(lower) = lower.get_mut(..bytes.len()) {
            lower.copy_from_slice(bytes);
            lower.make_ascii_lowercase();
            class |= map.get(&*lower).copied().unwrap_or(0);
        }
    }
    class
}

impl Scorer for HandScorer {
    fn score(&self, sentence: &str, signals: Signals) -> Score {
        let words = words(sentence);
        let mut reasons = Vec::new();
        let mut add = |feature: &'static str, weight: f64| {
            reasons.push(Reason {
                feature: Cow::Borrowed(feature),
                weight,
            })
        };

        if signals.figures > 0 {
            add("states a figure", 2.4);
        } else if signals.dates > 0 {
            add("dated event", 0.4);
        }
        if signals.attributed {
            add("attributed to a source", 1.8);
        }
        if signals.quoted {
            add("direct quotation", 0.6);
        }

        let names = words
            .iter()
            .skip(1)
            .filter(|w| w.slice(sentence).starts_with(|c: char| c.is_uppercase()))
            .count();
        if names > 0 {
            add("names people, places or bodies", 0.35 * names.min(4) as f64);
        }

        // The words lower-cased: in ASCII text that changes no word's
        // bounds, and `classes` lower-cases as it looks up; other text is
        // lower-cased as a whole and split again.
        let mut class: Vec<u16> = if sentence.is_ascii() {
            words.iter().map(|w| classes(w.slice(sentence))).collect()
        } else {
            let lowered = sentence.to_lowercase();
            self::words(&lowered)
                .iter()
                .map(|w| classes(w.slice(&lowered)))
                .collect()
        };
        // An intention marker: "will", "hopes", "is to", "expected to".
        for i in 0..class.len() {
            let next_is_to = class.get(i + 1).is_some_and(|c| c & IS_TO != 0);
            if class[i] & IS_FUTURE != 0 || (class[i] & BEFORE_TO != 0 && next_is_to) {
                class[i] |= INTENDS;
            }
        }
        let intends_at = |i: usize| class.get(i).is_some_and(|c| c & INTENDS != 0);
        let first_intention = (0..class.len()).find(|&i| intends_at(i));
        // An assertion before any intention: "has built", "was killed"; an
        // auxiliary that opens the intention itself ("are hoping") is not one.
        let asserts_before = |end: usize| {
            (0..end).any(|i| {
                let opens_intention = intends_at(i + 1) || intends_at(i);
                !opens_intention && class[i] & (IS_ASSERTING | ENDS_ED) != 0
            })
        };
        match first_intention {
            Some(at) if asserts_before(at) => {
                add("asserts a fact", 1.0);
                add("then a plan or forecast", -0.8);
            }
            Some(_) if signals.attributed => add("reported plan or forecast", -1.0),
            Some(_) => add("plan, intention or forecast", -2.2),
            None if asserts_before(class.len()) => add("asserts a fact", 1.0),
            None => {}
        }
        if class.iter().any(|c| c & IS_COMPARATIVE != 0) {
            add("comparison or ranking", 0.5);
        }
        if class
            .windows(2)
            .any(|p| p[0] & FIRST_PERSON != 0 && p[1] & IS_OPINION != 0)
        {
            add("first-person opinion", -0.6);
        }
        if sentence.trim_end().ends_with('?') {
            add("question", -1.8);
        }

        let opening = class
            .iter()
            .skip_while(|c| *c & LEADING_CONJUNCTION != 0)
            .take(2)
            .any(|c| c & IS_SUBORDINATOR != 0);
        if opening && words.len() < 14 && !sentence.contains(',') {
            add("fragment: a dependent clause alone", -2.5);
        } else if words.len() < 6 {
            add("too short to check", -1.2);
        }

        let logit = BIAS + reasons.iter().map(|r| r.weight).sum::<f64>();
        Score {
            value: 1.0 / (1.0 + (-logit).exp()),
            reasons,
        }
    }
}

/// The words of a sentence, letters, digits and inner apostrophes kept, as
/// spans of `text`: the pieces between characters other than letters,
/// digits, apostrophes and hyphens, trimmed to a letter or digit at either
/// end, a possessive `'s` dropped ("Putin's" counts as "Putin"; "won't"
/// stays as it is).
fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    // The current piece: where its first letter or digit is, and where its
    // last one ends.
    let mut first: Option<usize> = None;
    let mut last_end = 0;
    let mut push = |first: usize, end: usize| {
        let w = &text.as_bytes()[first..end];
        let cut = if w.ends_with(b"'s") {
            2
        } else if w.ends_with("’s".as_bytes()) {
            "’s".len()
        } else {
            0
        };
        out.push(Span::new(first, end - cut));
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (alphanumeric, inner, len) = if bytes[i].is_ascii() {
            let b = bytes[i];
            (b.is_ascii_alphanumeric(), b == b'\'' || b == b'-', 1)
        } else {
            let c = text[i..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            (c.is_alphanumeric(), c == '’', c.len_utf8())
        };
        if alphanumeric {
            first.get_or_insert(i);
            last_end = i + len;
        } else if !inner && let Some(f) = first.take() {
            push(f, last_end);
        }
        i += len;
    }
    if let Some(f) = first {
        push(f, last_end);
    }
    out
}

/// The texts of the benchmark corpus, each with signals that vary from
/// text to text: what the tests of the scorer's paths run over.
#[cfg(test)]
pub(crate) fn corpus_texts() -> Vec<(Signals, String)> {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(corpus)
        .expect("benches/corpus is readable")
        .map(|e| e.expect("a corpus entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .enumerate()
        .map(|(k, path)| {
            let signals = Signals {
                figures: k % 2,
                dates: k % 3,
                attributed: k % 5 == 0,
                quoted: k % 7 == 0,
            };
            let text = std::fs::read_to_string(path).expect("a corpus text reads");
            (signals, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            FUTURE,
            ASSERTING,
            SUBORDINATORS,
            COMPARATIVE,
            FIRST_PERSON_OPINION,
        ] {
            assert!(list.windows(2).all(|p| p[0] < p[1]), "{list:?}");
        }
    }

    #[test]
    fn figures_and_sources_rank_above_plans() {
        let fact = HandScorer.score(
            "The monitor says more than 4 million Syrians have fled the country.",
            Signals {
                figures: 1,
                attributed: true,
                ..Signals::default()
            },
        );
        let plan = HandScorer.score(
            "The president will address the crisis in his own address.",
            Signals::default(),
        );
        assert!(fact.value > 0.8, "{fact:?}");
        assert!(plan.value < 0.5, "{plan:?}");
    }

    #[test]
    fn a_dependent_clause_alone_scores_low() {
        let s = HandScorer.score(
            "But only after the Islamic State group is defeated.",
            Signals::default(),
        );
        assert!(s.value < 0.3, "{s:?}");
        assert!(s.reasons.iter().any(|r| r.feature.starts_with("fragment")));
    }

    #[test]
    fn scores_stay_in_range_on_odd_input() {
        for text in ["", "?", "    ", "ÆØÅ ’’ --", "I think."] {
            let s = HandScorer.score(text, Signals::default());
            assert!((0.0..=1.0).contains(&s.value));
        }
    }
}
