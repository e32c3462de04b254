//! What the check-worthiness model sees of a sentence: hashed word n-grams
//! and a few named features, found in one pass over the bytes.
//!
//! Words are runs of letters and digits (an inner apostrophe kept, digits
//! folded to `0`, ASCII lower-cased), hashed as they are read; no token is
//! ever allocated. Each word gives a unigram and, with the word before, a
//! bigram; the first and last words also give an "opens with" and an "ends
//! with" feature. The named features ([`DENSE`]) count word classes (plans,
//! comparisons, first person, reporting verbs ...) and take what the rest of
//! the analysis knows ([`Signals`]: figures, attribution, quotation).
//!
//! `"So Ford is leaving."` -> unigrams `so ford is leaving`, bigrams
//! `so ford`, `ford is`, `is leaving`, opens with `so`, ends with `leaving`;
//! named: a capitalized word after the first, an assertion (`is`).

use std::sync::LazyLock;

use super::Signals;

/// Bump when the features change in any way: a model file records the
/// version it was trained with and is refused by another.
pub const VERSION: u32 = 2;

/// The named features, in the order of [`Dense`]; each name is what
/// `analyze --explain` prints when the feature moves a score.
pub const DENSE: &[&str] = &[
    "states a figure",
    "dated event",
    "attributed to a source",
    "direct quotation",
    "question",
    "too short to check",
    "long sentence",
    "names people, places or bodies",
    "digits",
    "number words",
    "comparison or ranking",
    "plan, intention or forecast",
    "reported plan or forecast",
    "asserts a fact",
    "then a plan or forecast",
    "first-person opinion",
    "speaks as I",
    "speaks as we",
    "addresses you",
    "negation",
    "reporting verb",
    "obligation or ability (should, must, can)",
    "fragment: a dependent clause alone",
    "past tense",
    "thanks, greeting or crowd noise",
    "question word",
];

/// How many named features there are.
pub const N_DENSE: usize = DENSE.len();

/// The named features' values for one sentence.
pub type Dense = [f32; N_DENSE];

/// What a hashed feature is, for explanations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gram {
    Word,
    Words,
    Opens,
    Ends,
}

/// One hashed feature: its hash and the bytes of the sentence it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hashed {
    pub hash: u64,
    pub start: u32,
    pub end: u32,
    pub gram: Gram,
}

// Word classes, as bits.
const FUTURE: u32 = 1;
const ASSERTING: u32 = 1 << 1;
const SUBORDINATOR: u32 = 1 << 2;
const COMPARATIVE: u32 = 1 << 3;
const OPINION: u32 = 1 << 4;
const BEFORE_TO: u32 = 1 << 5;
const TO: u32 = 1 << 6;
const FIRST_SINGULAR: u32 = 1 << 7;
const FIRST_PLURAL: u32 = 1 << 8;
const SECOND: u32 = 1 << 9;
const NEGATION: u32 = 1 << 10;
const REPORTING: u32 = 1 << 11;
const MODAL: u32 = 1 << 12;
const NUMBER_WORD: u32 = 1 << 13;
const PAST: u32 = 1 << 14;
const NOISE: u32 = 1 << 15;
const QUESTION_WORD: u32 = 1 << 16;
const LEADING_CONJUNCTION: u32 = 1 << 17;
/// Not a list: a word longer than four letters ending in `ed`.
const ENDS_ED: u32 = 1 << 18;
/// Not a list: a word that marks an intention where it stands.
const INTENDS: u32 = 1 << 19;

/// How many words the tests for intentions and fragments look at.
const HEAD: usize = 48;

const CLASS_LISTS: &[(&str, u32)] = &[
    (
        "will would shall wo hope hopes hoping intend intends plan plans planning gonna",
        FUTURE,
    ),
    (
        "is are was were has have had been remain remains remained",
        ASSERTING,
    ),
    (
        "after although because before if once unless until when while whether",
        SUBORDINATOR,
    ),
    (
        "biggest fewer first highest largest least less lowest majority most only record \
         worst best more than larger smaller higher lower greater increase increased \
         decrease decreased doubled tripled fastest ever never",
        COMPARATIVE,
    ),
    ("believe feel hope think guess suppose", OPINION),
    ("is are was were going expected set", BEFORE_TO),
    ("to", TO),
    ("i me my myself i'm i've i'll i'd mine", FIRST_SINGULAR),
    (
        "we us our ours ourselves we're we've we'll we'd",
        FIRST_PLURAL,
    ),
    ("you your yours you're you've you'll yourself", SECOND),
    (
        "not no never nothing nobody none n't don't doesn't didn't isn't wasn't aren't \
         weren't can't won't couldn't wouldn't haven't hasn't",
        NEGATION,
    ),
    (
        "said says say told tells according reported reports confirmed confirms \
         announced claimed claims stated testified admitted",
        REPORTING,
    ),
    ("should must can could may might need needs ought", MODAL),
    (
        "million millions billion billions trillion trillions thousand thousands hundred \
         hundreds percent dozen dozens half twice double triple one two three four five six \
         seven eight nine ten twenty thirty forty fifty hundred",
        NUMBER_WORD,
    ),
    (
        "was were had did went said made took got came gave lost won voted passed \
         signed killed left",
        PAST,
    ),
    (
        "thank thanks applause laughter crosstalk hello welcome congratulations bless \
         booing cheering inaudible",
        NOISE,
    ),
    ("what why how who where which", QUESTION_WORD),
    ("and but so or only well now", LEADING_CONJUNCTION),
];

const SEED: u64 = 0x9e37_79b9_7f4a_7c15;
const MULTIPLIER: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One step of the byte hash (FxHash's rotate, xor, multiply).
#[inline]
fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(MULTIPLIER)
}

/// Mix a word hash with a feature family and another word hash.
#[inline]
fn mix(family: u64, a: u64, b: u64) -> u64 {
    let h = (a.rotate_left(23) ^ b ^ family).wrapping_mul(MULTIPLIER);
    h ^ (h >> 29)
}

/// The hash of a word given as text, exactly as the tokenizer hashes it.
fn word_hash(word: &str) -> u64 {
    let mut h = SEED;
    for &b in word.as_bytes() {
        h = step(h, fold(b));
    }
    h
}

#[inline]
fn fold(b: u8) -> u8 {
    if b.is_ascii_digit() {
        b'0'
    } else {
        b.to_ascii_lowercase()
    }
}

/// The word classes, an open-addressed table from word hash to class bits.
struct Classes {
    slots: Vec<(u64, u32)>,
    mask: usize,
}

impl Classes {
    #[inline]
    fn get(&self, h: u64) -> u32 {
        let mut i = (h >> 40) as usize & self.mask;
        loop {
            let (key, bits) = self.slots[i];
            if key == h {
                return bits;
            }
            if key == 0 {
                return 0;
            }
            i = (i + 1) & self.mask;
        }
    }
}

static CLASSES: LazyLock<Classes> = LazyLock::new(|| {
    let size = 1024;
    let mut table = Classes {
        slots: vec![(0, 0); size],
        mask: size - 1,
    };
    for (words, class) in CLASS_LISTS {
        for w in words.split_whitespace() {
            let h = word_hash(w);
            let mut i = (h >> 40) as usize & table.mask;
            while table.slots[i].0 != 0 && table.slots[i].0 != h {
                i = (i + 1) & table.mask;
            }
            table.slots[i].0 = h;
            table.slots[i].1 |= class;
        }
    }
    table
});

/// Whether byte `i` of `b` starts a character that belongs inside a word.
#[inline]
fn word_byte(b: &[u8], i: usize) -> bool {
    let c = b[i];
    if c < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    match c {
        // U+2000..U+206F: spaces, dashes, quotes, ellipsis.
        0xE2 => !matches!(b.get(i + 1), Some(0x80 | 0x81)),
        // U+00A0..U+00BF: no-break space, «», ¢ £ § ... (but not letters).
        0xC2 => false,
        // Continuation bytes and other lead bytes: letters of other scripts.
        _ => true,
    }
}

/// The length of the UTF-8 character whose first byte is `c` (1 for a
/// stray continuation byte).
#[inline]
fn char_len(c: u8) -> usize {
    match c {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// An apostrophe at `i` that joins two parts of a word: its length.
#[inline]
fn inner_apostrophe(b: &[u8], i: usize) -> Option<usize> {
    let len = if b[i] == b'\'' {
        1
    } else if b[i] == 0xE2 && b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x99) {
        3
    } else {
        return None;
    };
    b.get(i + len)
        .is_some_and(|c| c.is_ascii_alphabetic())
        .then_some(len)
}

const UNIGRAM: u64 = 0x1111_1111;
const BIGRAM: u64 = 0x2222_2222;
const OPENS: u64 = 0x3333_3333;
const ENDS: u64 = 0x4444_4444;

/// Find the features of `text`: every hashed feature goes to `hashed`, in
/// order; the named ones are returned.
///
/// Total on any input; linear in its length, with no allocation.
pub fn featurize(text: &str, signals: Signals, mut hashed: impl FnMut(Hashed)) -> Dense {
    let b = text.as_bytes();
    let classes = &*CLASSES;
    let mut words = 0usize;
    let mut prev: Option<(u64, u32)> = None;
    let mut last: Option<(u64, u32, u32)> = None;
    let mut any = 0u32;
    let mut capitalized = 0usize;
    let mut digits = false;
    let mut ed_words = 0usize;
    // The classes of the first words, for the tests that look at order.
    let mut head = [0u32; HEAD];
    let mut prev_class = 0u32;
    let mut opinion = false;

    let mut i = 0;
    while i < b.len() {
        if !word_byte(b, i) {
            i += char_len(b[i]);
            continue;
        }
        let start = i;
        let upper = b[i].is_ascii_uppercase();
        let mut h = SEED;
        let mut has_digit = false;
        while i < b.len() {
            if word_byte(b, i) {
                has_digit |= b[i].is_ascii_digit();
                h = step(h, fold(b[i]));
                i += 1;
            } else if let Some(len) = inner_apostrophe(b, i) {
                h = step(h, b'\'');
                i += len;
            } else if has_digit
                && matches!(b[i], b',' | b'.')
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                h = step(h, b[i]);
                i += 1;
            } else {
                break;
            }
        }
        let end = i;
        let (s, e) = (start as u32, end as u32);
        let class = classes.get(h);

        hashed(Hashed {
            hash: mix(UNIGRAM, h, 0),
            start: s,
            end: e,
            gram: Gram::Word,
        });
        match prev {
            Some((p, ps)) => hashed(Hashed {
                hash: mix(BIGRAM, p, h),
                start: ps,
                end: e,
                gram: Gram::Words,
            }),
            None => hashed(Hashed {
                hash: mix(OPENS, h, 0),
                start: s,
                end: e,
                gram: Gram::Opens,
            }),
        }

        if words > 0 && upper {
            capitalized += 1;
        }
        digits |= has_digit;
        let ends_ed = end - start > 4 && b[end - 2..end].eq_ignore_ascii_case(b"ed");
        ed_words += usize::from(ends_ed);
        if let Some(slot) = head.get_mut(words) {
            *slot = class | if ends_ed { ENDS_ED } else { 0 };
        }
        if class & OPINION != 0 && prev_class & (FIRST_SINGULAR | FIRST_PLURAL) != 0 {
            opinion = true;
        }
        any |= class;
        prev_class = class;
        prev = Some((h, s));
        last = Some((h, s, e));
        words += 1;
    }
    if let Some((h, s, e)) = last {
        hashed(Hashed {
            hash: mix(ENDS, h, 0),
            start: s,
            end: e,
            gram: Gram::Ends,
        });
    }

    let flag = |on: bool| if on { 1.0 } else { 0.0 };
    let has = |c: u32| flag(any & c != 0);
    let question = text.trim_end().ends_with('?');
    let head = &mut head[..words.min(HEAD)];
    // An intention marker: "will", "hopes", "is to", "expected to".
    for i in 0..head.len() {
        let next_is_to = head.get(i + 1).is_some_and(|c| c & TO != 0);
        if head[i] & FUTURE != 0 || (head[i] & BEFORE_TO != 0 && next_is_to) {
            head[i] |= INTENDS;
        }
    }
    let intends_at = |i: usize| head.get(i).is_some_and(|c| c & INTENDS != 0);
    let first_intention = (0..head.len()).find(|&i| intends_at(i));
    // An assertion before any intention: "has built", "was killed"; an
    // auxiliary that opens the intention itself ("are hoping") is not one.
    let asserts_before = |end: usize| {
        (0..end).any(|i| {
            let opens_intention = intends_at(i + 1) || intends_at(i);
            !opens_intention && head[i] & (ASSERTING | ENDS_ED) != 0
        })
    };
    let (asserts, then_plan, reported_plan, plan) = match first_intention {
        Some(at) if asserts_before(at) => (true, true, false, false),
        Some(_) if signals.attributed => (false, false, true, false),
        Some(_) => (false, false, false, true),
        None => (asserts_before(head.len()), false, false, false),
    };
    let fragment = head
        .iter()
        .skip_while(|c| *c & LEADING_CONJUNCTION != 0)
        .take(2)
        .any(|c| c & SUBORDINATOR != 0)
        && words < 14
        && !text.contains(',');
    // A dependent clause alone ("But only after the group is defeated.")
    // asserts nothing, whatever its verbs.
    let (asserts, then_plan) = (asserts && !fragment, then_plan && !fragment);
    [
        flag(signals.figures > 0),
        flag(signals.figures == 0 && signals.dates > 0),
        flag(signals.attributed),
        flag(signals.quoted),
        flag(question),
        flag(words < 6 && !fragment),
        flag(words > 25),
        capitalized.min(4) as f32 / 4.0,
        flag(digits),
        has(NUMBER_WORD),
        has(COMPARATIVE),
        flag(plan),
        flag(reported_plan),
        flag(asserts),
        flag(then_plan),
        flag(opinion),
        has(FIRST_SINGULAR),
        has(FIRST_PLURAL),
        has(SECOND),
        has(NEGATION),
        has(REPORTING),
        has(MODAL),
        flag(fragment),
        flag(!fragment && (any & PAST != 0 || ed_words > 0)),
        has(NOISE),
        has(QUESTION_WORD),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grams(text: &str) -> Vec<(Gram, String)> {
        let mut out = Vec::new();
        featurize(text, Signals::default(), |f| {
            out.push((f.gram, text[f.start as usize..f.end as usize].to_string()));
        });
        out
    }

    #[test]
    fn words_bigrams_and_ends() {
        let g = grams("So Ford is leaving.");
        assert_eq!(
            g,
            [
                (Gram::Word, "So".into()),
                (Gram::Opens, "So".into()),
                (Gram::Word, "Ford".into()),
                (Gram::Words, "So Ford".into()),
                (Gram::Word, "is".into()),
                (Gram::Words, "Ford is".into()),
                (Gram::Word, "leaving".into()),
                (Gram::Words, "is leaving".into()),
                (Gram::Ends, "leaving".into()),
            ]
        );
    }

    #[test]
    fn apostrophes_numbers_and_typography_stay_in_words() {
        let words: Vec<String> = grams("It’s 240,000 deaths — don't “quote” 3.5%.")
            .into_iter()
            .filter(|(g, _)| *g == Gram::Word)
            .map(|(_, w)| w)
            .collect();
        assert_eq!(
            words,
            ["It’s", "240,000", "deaths", "don't", "quote", "3.5"]
        );
    }

    #[test]
    fn case_and_digits_fold_to_one_hash() {
        let hash = |t: &str| {
            let mut h = 0;
            featurize(t, Signals::default(), |f| {
                if f.gram == Gram::Word {
                    h = f.hash;
                }
            });
            h
        };
        assert_eq!(hash("Killed"), hash("killed"));
        assert_eq!(hash("1,400"), hash("2,500"));
        assert_ne!(hash("killed"), hash("kill"));
    }

    #[test]
    fn named_features_fire() {
        let d = featurize("I think we will win.", Signals::default(), |_| {});
        let on = |name: &str| d[DENSE.iter().position(|n| *n == name).unwrap()] > 0.0;
        assert!(on("first-person opinion"));
        assert!(on("plan, intention or forecast"));
        assert!(!on("asserts a fact"));
        let d = featurize(
            "The war has killed 240,000 people, the monitor said.",
            Signals {
                figures: 1,
                ..Signals::default()
            },
            |_| {},
        );
        let on = |name: &str| d[DENSE.iter().position(|n| *n == name).unwrap()] > 0.0;
        assert!(on("states a figure") && on("asserts a fact") && on("reporting verb"));
    }

    #[test]
    fn total_on_odd_input() {
        for t in [
            "",
            "'",
            "’",
            "\u{e2}",
            "a'",
            "1,",
            "1.",
            "ÆØÅ ’’ --",
            "\u{2019}s",
        ] {
            featurize(t, Signals::default(), |f| {
                assert!(f.start <= f.end && f.end as usize <= t.len());
            });
        }
    }
}
