//! Check-worthiness: how much a sentence deserves a fact-checker's time.
//!
//! The score is a logistic function of a handful of transparent features,
//! each with a hand-set weight (a later version trains them). Every feature
//! that fired is returned with its contribution, so `analyze` can say why a
//! sentence ranks where it does.
//!
//! `"The war has killed 240,000 people, the monitor said."` -> high (a figure,
//! an attribution, a past-tense assertion); `"Obama will speak on Monday."` ->
//! low (an intention about the future).

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
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Reason {
    pub feature: &'static str,
    pub weight: f64,
}

/// A score in [0, 1] and the features behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub value: f64,
    pub reasons: Vec<Reason>,
}

/// Anything that rates sentences. The pipeline holds one behind this trait,
/// so a trained model can replace the hand-set one without touching callers.
pub trait Scorer: Sync {
    fn score(&self, sentence: &str, signals: Signals) -> Score;
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

/// Word classes, as bits: which of the lists above a lower-case word is on.
const IS_FUTURE: u8 = 1;
const IS_ASSERTING: u8 = 1 << 1;
const IS_SUBORDINATOR: u8 = 1 << 2;
const IS_COMPARATIVE: u8 = 1 << 3;
const IS_OPINION: u8 = 1 << 4;
/// Not a list: set on a word that marks an intention where it stands.
const INTENDS: u8 = 1 << 5;

/// Every listed word with its classes, built once; and the longest one's
/// length, so that longer words skip the lookup.
static CLASSES: LazyLock<(FxMap<&'static str, u8>, usize)> = LazyLock::new(|| {
    let mut map = FxMap::default();
    for (list, class) in [
        (FUTURE, IS_FUTURE),
        (ASSERTING, IS_ASSERTING),
        (SUBORDINATORS, IS_SUBORDINATOR),
        (COMPARATIVE, IS_COMPARATIVE),
        (FIRST_PERSON_OPINION, IS_OPINION),
    ] {
        for w in list {
            *map.entry(*w).or_insert(0) |= class;
        }
    }
    let longest = map.keys().map(|w| w.len()).max().unwrap_or(0);
    (map, longest)
});

/// The classes of a lower-case word.
fn classes(word: &str) -> u8 {
    let (map, longest) = &*CLASSES;
    if word.len() > *longest {
        return 0;
    }
    map.get(word).copied().unwrap_or(0)
}

impl Scorer for HandScorer {
    fn score(&self, sentence: &str, signals: Signals) -> Score {
        let words = words(sentence);
        let mut reasons = Vec::new();
        let mut add = |feature: &'static str, weight: f64| reasons.push(Reason { feature, weight });

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

        // One lower-cased copy of the sentence, not one per word. ASCII
        // lower-casing keeps every byte where it was, so the words are the
        // same; other text is split again.
        let lowered = sentence.to_lowercase();
        let lower: Vec<&str> = if sentence.is_ascii() {
            words.iter().map(|w| w.slice(&lowered)).collect()
        } else {
            self::words(&lowered)
                .iter()
                .map(|w| w.slice(&lowered))
                .collect()
        };
        let mut class: Vec<u8> = lower.iter().map(|w| classes(w)).collect();
        // An intention marker: "will", "hopes", "is to", "expected to".
        for i in 0..lower.len() {
            let next = lower.get(i + 1).copied();
            if class[i] & IS_FUTURE != 0
                || (matches!(lower[i], "is" | "are" | "was" | "were") && next == Some("to"))
                || (matches!(lower[i], "going" | "expected" | "set") && next == Some("to"))
            {
                class[i] |= INTENDS;
            }
        }
        let intends_at = |i: usize| class.get(i).is_some_and(|c| c & INTENDS != 0);
        let first_intention = (0..lower.len()).find(|&i| intends_at(i));
        // An assertion before any intention: "has built", "was killed"; an
        // auxiliary that opens the intention itself ("are hoping") is not one.
        let asserts_before = |end: usize| {
            (0..end).any(|i| {
                let w = lower[i];
                let opens_intention = intends_at(i + 1) || intends_at(i);
                !opens_intention
                    && (class[i] & IS_ASSERTING != 0 || (w.len() > 4 && w.ends_with("ed")))
            })
        };
        match first_intention {
            Some(at) if asserts_before(at) => {
                add("asserts a fact", 1.0);
                add("then a plan or forecast", -0.8);
            }
            Some(_) if signals.attributed => add("reported plan or forecast", -1.0),
            Some(_) => add("plan, intention or forecast", -2.2),
            None if asserts_before(lower.len()) => add("asserts a fact", 1.0),
            None => {}
        }
        if class.iter().any(|c| c & IS_COMPARATIVE != 0) {
            add("comparison or ranking", 0.5);
        }
        if (1..lower.len())
            .any(|i| matches!(lower[i - 1], "i" | "we") && class[i] & IS_OPINION != 0)
        {
            add("first-person opinion", -0.6);
        }
        if sentence.trim_end().ends_with('?') {
            add("question", -1.8);
        }

        let opening = lower
            .iter()
            .zip(&class)
            .skip_while(|(w, _)| matches!(**w, "and" | "but" | "only" | "or" | "so"))
            .take(2)
            .any(|(_, c)| c & IS_SUBORDINATOR != 0);
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
    let mut out = Vec::new();
    // The current piece: where its first and last letter or digit are.
    let mut first: Option<usize> = None;
    let mut last_end = 0;
    let mut push = |first: usize, end: usize| {
        let w = &text[first..end];
        let cut = if w.ends_with("'s") {
            2
        } else if w.ends_with("’s") {
            "’s".len()
        } else {
            0
        };
        out.push(Span::new(first, end - cut));
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            first.get_or_insert(i);
            last_end = i + c.len_utf8();
        } else if !matches!(c, '\'' | '’' | '-') {
            if let Some(f) = first.take() {
                push(f, last_end);
            }
        }
    }
    if let Some(f) = first {
        push(f, last_end);
    }
    out
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
