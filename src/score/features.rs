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

use super::Signals;

/// Bump when the features change in any way: a model file records the
/// version it was trained with and is refused by another.
pub const VERSION: u32 = 3;

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
/// Not a list, and only in what a sentence's words have, or-ed: a first
/// person, then an opinion verb ("I think", "we believe").
const SAID_OPINION: u32 = 1 << 19;
/// Either first person, on one bit, so that the word loop tests a first
/// person before an opinion verb with one shift (bit 23 to `SAID_OPINION`,
/// 19) instead of two and an or.
const FIRST_PERSON: u32 = 1 << 23;

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
    (
        "i me my myself i'm i've i'll i'd mine",
        FIRST_SINGULAR | FIRST_PERSON,
    ),
    (
        "we us our ours ourselves we're we've we'll we'd",
        FIRST_PLURAL | FIRST_PERSON,
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

/// Where a word's hash starts. Which n-grams share a slot of the model's
/// table depends on it, and that moves the validated MAP by about ±0.004:
/// of eight seeds tried for this hash (digits of pi, 0.238 to 0.247), the
/// best, which kept 0.244 to 0.250 over training shuffles.
const SEED: u64 = 0xc0ac_29b7_c97c_50dd;
const MULTIPLIER: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One step of the word hash (FxHash's rotate, xor, multiply) over up to
/// eight bytes (the first in the low byte, zeros after the last): a run of
/// a word's plain bytes, or one byte that joins two runs.
///
/// A word's plain bytes go eight at a time from the start of each run, and
/// a run ends with a step of fewer than eight (none, if the run's length is
/// a multiple of eight): so a word's hash depends on its bytes only, not on
/// what follows it, and most words are one step.
#[inline]
const fn step(h: u64, bytes: u64) -> u64 {
    (h.rotate_left(5) ^ bytes).wrapping_mul(MULTIPLIER)
}

/// Mix a word hash with a feature family and another word hash.
#[inline]
fn mix(family: u64, a: u64, b: u64) -> u64 {
    let h = (a.rotate_left(23) ^ b ^ family).wrapping_mul(MULTIPLIER);
    h ^ (h >> 29)
}

/// The hash of a word given as text (which starts with a letter or digit),
/// exactly as the scan of a sentence hashes it: by that scan.
#[cfg(test)]
fn word_hash(word: &str) -> u64 {
    let b = word.as_bytes();
    scan_word(b, 0, plain_run(load8(b, 0)), &mut 0).0
}

/// The hash of a listed word (ASCII letters, and apostrophes between
/// them), as the scan of a sentence hashes it ([`scan_word`]), at compile
/// time: each run of letters eight bytes at a time, the last step taking
/// what is left (nothing, if the run's length is a multiple of eight), and
/// a step for each apostrophe. A test checks it against the scan.
const fn listed_hash(w: &[u8]) -> u64 {
    let mut h = SEED;
    let mut i = 0;
    loop {
        let mut bytes = 0u64;
        let mut n = 0;
        while i < w.len() && w[i] != b'\'' && n < 8 {
            bytes |= (fold(w[i]) as u64) << (8 * n);
            n += 1;
            i += 1;
        }
        h = step(h, bytes);
        if n == 8 {
            continue;
        }
        if i == w.len() {
            return h;
        }
        h = step(h, b'\'' as u64);
        i += 1;
    }
}

/// A byte of a word as hashed: ASCII digits folded to `0`, bit 5 set on
/// all others (ASCII lower case; bytes of other scripts lose that bit's
/// difference, as `É` and `é` do in UTF-8).
#[inline]
const fn fold(b: u8) -> u8 {
    if b.is_ascii_digit() { b'0' } else { b | 0x20 }
}

/// The word classes: a table from word hash to class bits with no
/// collisions among the listed words, so that a look-up is two loads and a
/// compare, with no branch on whether a word is listed.
struct Classes {
    /// Where a word hash's entry is: the top bits of `h * seed` (an odd
    /// seed; a word hash is a product already, and this is another).
    seed: u64,
    /// Index into `entries`; 0 (a key no listed word has) where none.
    index: [u8; 1 << CLASS_BITS],
    entries: [(u64, u32); 256],
}

/// The size of [`Classes`]'s index, in bits.
const CLASS_BITS: u32 = 13;

impl Classes {
    #[inline]
    const fn slot(seed: u64, h: u64) -> usize {
        (h.wrapping_mul(seed) >> (64 - CLASS_BITS)) as usize
    }

    #[inline]
    fn get(&self, h: u64) -> u32 {
        let k = self.index[Self::slot(self.seed, h) % (1 << CLASS_BITS)];
        let (key, bits) = self.entries[usize::from(k)];
        // Most words are not listed, some are: no branch to mispredict.
        std::hint::select_unpredictable(key == h, bits, 0)
    }

    /// The table of [`CLASS_LISTS`], at compile time: every listed word
    /// once with all its classes, and the first seed from [`SEED_FROM`] on
    /// where no two words meet.
    const fn build() -> Classes {
        // Entry 0 is no word's.
        let mut entries = [(0u64, 0u32); 256];
        let mut len = 1;
        let mut l = 0;
        while l < CLASS_LISTS.len() {
            let (words, class) = CLASS_LISTS[l];
            let w = words.as_bytes();
            let mut i = 0;
            while i < w.len() {
                while i < w.len() && w[i].is_ascii_whitespace() {
                    i += 1;
                }
                let start = i;
                while i < w.len() && !w[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i > start {
                    let h = listed_hash(w.split_at(i).0.split_at(start).1);
                    let mut k = 1;
                    while k < len && entries[k].0 != h {
                        k += 1;
                    }
                    if k == len {
                        entries[len] = (h, class);
                        len += 1;
                    } else {
                        entries[k].1 |= class;
                    }
                }
            }
            l += 1;
        }
        let mut k = SEED_FROM;
        let mut tries = 0;
        while tries < 1 << 16 {
            let seed = class_seed(k);
            let mut index = [0u8; 1 << CLASS_BITS];
            let mut e = 1;
            let mut free = true;
            while free && e < len {
                let slot = Classes::slot(seed, entries[e].0);
                free = index[slot] == 0;
                index[slot] = e as u8;
                e += 1;
            }
            if free {
                return Classes {
                    seed,
                    index,
                    entries,
                };
            }
            k = (k + 1) % (1 << 16);
            tries += 1;
        }
        // At compile time: a change to the lists that no seed spreads does
        // not build.
        panic!("no seed spreads the listed words without collisions")
    }
}

/// Where the search for [`Classes`]'s seed starts: the seed that spreads
/// the shipped lists (the 18th tried from 0). The search runs at compile
/// time, where each seed tried clears the 8 KiB index; a change to the
/// lists still finds a seed, and a test says when to move this start.
const SEED_FROM: u64 = 17;

/// The `k`th seed tried for [`Classes`].
const fn class_seed(k: u64) -> u64 {
    SEED.wrapping_mul(k) | 1
}

/// The word classes, built at compile time, so that no analysis pays for
/// them (the first of a run paid for hashing every listed word) and the
/// scan reads them with no check that they are built.
static CLASSES: Classes = Classes::build();

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

const BIGRAM: u64 = 0x2222_2222;
const OPENS: u64 = 0x3333_3333;
const ENDS: u64 = 0x4444_4444;

/// One entry per byte value: the byte as hashed (digits folded to `0`,
/// ASCII lower-cased) in the low 8 bits, and what it is.
type ByteClass = u16;
/// Always inside a word: ASCII letters and digits, and the bytes of other
/// scripts' letters (every byte >= 0x80 but the leads 0xC2 and 0xE2).
const IN_WORD: ByteClass = 1 << 8;
/// Inside a word or not depending on the bytes around: `'`, `,`, `.`, 0xE2.
const MAYBE: ByteClass = 1 << 11;
/// Outside a word, how many bytes the character has, less one (0xC2: 1,
/// 0xE2: 2).
const SKIP_SHIFT: u32 = 12;

const fn byte_classes() -> [ByteClass; 256] {
    let mut t = [0; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let folded = fold(b) as ByteClass;
        t[i] = folded
            | match b {
                b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => IN_WORD,
                b'\'' | b',' | b'.' => MAYBE,
                0xC2 => 1 << SKIP_SHIFT,
                0xE2 => MAYBE | 2 << SKIP_SHIFT,
                0x80.. => IN_WORD,
                _ => 0,
            };
        i += 1;
    }
    t
}

static BYTE_CLASSES: [ByteClass; 256] = byte_classes();

/// Eight bytes of `b` from `i` on, the first in the low byte, zeros past
/// the end (a zero byte is in no word).
///
/// Where eight are left this is one load. Near the end (and past it) it
/// reads the last eight bytes and shifts the ones before `i` out: a branch
/// that the last word or two of a sentence take, cheaper than the dozen
/// instructions of doing that for every word.
#[inline]
fn load8(b: &[u8], i: usize) -> u64 {
    if let Some(x) = b.get(i..i.wrapping_add(8)) {
        return u64::from_le_bytes(x.try_into().unwrap_or_default());
    }
    let Some(last) = b.len().checked_sub(8) else {
        return b
            .get(i..)
            .unwrap_or_default()
            .iter()
            .rev()
            .fold(0, |x, &c| x << 8 | u64::from(c));
    };
    let at = i.min(last);
    let x = u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or_default());
    // 0 to 64 bits, shifted in two halves (a shift by 64 would not clear).
    let shift = (8 * (i - at)).min(64) as u32;
    x >> (shift / 2) >> (shift - shift / 2)
}

/// Each byte of `x` times this: the same byte value in all eight.
const BYTES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x80 * BYTES;
/// Bit 5 of every byte: ASCII lower case.
const CASE: u64 = 0x20 * BYTES;

/// Bit 7 of each byte of `x` (whose bytes are all below 0x80) where that
/// byte is in `lo..=hi`. No byte's sum carries into the next.
#[inline]
const fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let above = x + (0x80 - lo as u64) * BYTES;
    let below = x + (0x7F - hi as u64) * BYTES;
    above & !below & HIGH
}

/// What [`plain_run`] finds in eight bytes of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    /// How many bytes at the start are always inside a word ([`IN_WORD`]).
    len: usize,
    /// The first `len` bytes folded as [`fold`] folds them, zeros after:
    /// what the hash steps over ([`step`]).
    folded: u64,
    /// Bit 7 of each byte that is an ASCII digit.
    digits: u64,
    /// The first byte is an ASCII capital.
    upper: bool,
    /// The byte that ends the run (if `len` < 8) may not end the word, or
    /// has more bytes after it: one of `'` to `.` (which holds `'`, `,`
    /// and `.`) before an ASCII letter or digit or the eighth byte, or a
    /// lead byte 0xC2 or 0xE2. Else it ends the word, and it can begin no
    /// word: the next to look at is the byte after it.
    tricky: bool,
    /// The byte after the one that ends the run (if both are among the
    /// eight) is in no word, and is no lead byte either: a space after a
    /// comma. The next word begins after it, if anywhere.
    two: bool,
}

/// Of eight bytes of text (the first in the low byte), what a word's scan
/// needs: see [`Run`]. Word for word what [`BYTE_CLASSES`] says a byte at
/// a time, with no branch at all.
#[inline]
fn plain_run(x: u64) -> Run {
    let high = x & HIGH;
    let low = x ^ high;
    let letter = in_range(low | CASE, b'a', b'z') & !high;
    let digit = in_range(low, b'0', b'9') & !high;
    let alnum = letter | digit;
    // 0xC2 and 0xE2 (the bytes >= 0x80 outside words) differ only in bit
    // 5: a zero byte of `lead` is one of them. The test marks the lowest
    // such byte right; it may also mark bytes above it, which only the
    // test for the byte after the end looks at, and only when the end is
    // no lead byte, so that none is marked below.
    let lead = (x | CASE) ^ (0xE2 * BYTES);
    let lead = lead.wrapping_sub(BYTES) & !lead & high;
    let outside = !(alnum | high) & HIGH | lead;
    // Bit 7 of the byte that ends the run; 0 if all eight are in it.
    let end = outside & outside.wrapping_neg();
    let punct = in_range(low, b'\'', b'.') & !high;
    // The byte after, if among the eight, is an ASCII letter or digit.
    let then_alnum = alnum >> 8 | HIGH << 56;
    // The bytes before the end: all ones below the end's byte (all eight
    // when `end` is 0).
    let before_end = (end >> 7).wrapping_sub(1);
    Run {
        len: (outside.trailing_zeros() / 8) as usize,
        // Bit 5 set (ASCII lower case), the low nibble of digits cleared.
        folded: (x | CASE) & !((digit >> 7) * 0x0F) & before_end,
        digits: digit,
        upper: (x as u8).wrapping_sub(b'A') < 26,
        tricky: (punct & then_alnum | lead) & end != 0,
        two: (outside & !lead) >> 8 & end != 0,
    }
}

/// Scan the word that starts at `start` (where `run` was found: its
/// first byte is in a word), hashing it: its hash, where it ends and where
/// the scan for the next word goes on; `digits` gets the digits of every
/// eight bytes loaded.
///
/// The plain bytes go eight at a time, with no branch on where in the
/// eight the word ends; only a word longer than that, or one that ends at
/// a byte that may go on with it, takes another turn.
#[inline(always)]
fn scan_word(b: &[u8], start: usize, mut run: Run, digits: &mut u64) -> (u64, usize, usize) {
    let table = &BYTE_CLASSES;
    let mut i = start;
    let mut h = SEED;
    // Whether the word's bytes before `seen` hold a digit: asked only at a
    // `,` or `.` before a digit, and each byte is looked at once, so that
    // "1,1,1,..." stays linear.
    let (mut seen, mut has_digit) = (start, false);
    loop {
        h = step(h, run.folded);
        *digits |= run.digits;
        i += run.len;
        if run.len < 8 {
            if !run.tricky {
                return (h, i, i + 1 + usize::from(run.two));
            }
            let c = b.get(i).copied().unwrap_or(0);
            let class = table[usize::from(c)];
            if class & MAYBE == 0 {
                return (h, i, i + 1 + usize::from(class >> SKIP_SHIFT));
            }
            if word_byte(b, i) {
                h = step(h, u64::from(c));
                i += 1;
            } else if let Some(len) = inner_apostrophe(b, i) {
                h = step(h, u64::from(b'\''));
                i += len;
            } else if matches!(c, b',' | b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) && {
                has_digit = has_digit || b[seen..i].iter().any(u8::is_ascii_digit);
                seen = i;
                has_digit
            } {
                h = step(h, u64::from(c));
                i += 1;
            } else {
                return (h, i, i);
            }
        }
        run = plain_run(load8(b, i));
    }
}

/// Find the features of `text`: every hashed feature goes to `hashed`, in
/// order; the named ones are returned.
///
/// Total on any input; linear in its length, with no allocation.
#[inline]
pub fn featurize(text: &str, signals: Signals, hashed: impl FnMut(Hashed)) -> Dense {
    scan(text, signals, hashed).dense()
}

/// [`featurize`] with the named features as [`Named`]: what scoring needs,
/// without the floats of a [`Dense`] it would only multiply by weights.
///
/// The scan takes a word's plain bytes eight at a time ([`plain_run`],
/// [`scan_word`]): where the word ends and the bytes as hashed come from a
/// few operations on all eight, and the hash takes them in one step, so
/// that no branch depends on a word's length. Only where a word ends at `'` `,` `.` before a letter or
/// digit, at 0xC2 or 0xE2, or between words that more than one byte keeps
/// apart, does it look at bytes one at a time (see [`word_byte`],
/// [`inner_apostrophe`]).
///
/// The first word is read before the loop over the others: it alone has
/// an "opens with" instead of a bigram and does not count as capitalized,
/// so the loop tests neither.
#[inline]
pub fn scan(text: &str, signals: Signals, mut hashed: impl FnMut(Hashed)) -> Named {
    let b = text.as_bytes();
    let classes = &CLASSES;
    // Bit 7 of a byte: an ASCII digit, in any eight bytes the scan of a
    // word's plain bytes loaded. Each is a byte of the text, and every
    // ASCII digit is one of a word's plain bytes, so loaded.
    let mut digits = 0u64;
    let mut i = 0;
    // The eight bytes from `i` on: where the scan for a word stands, most
    // often at the start of one.
    let mut run = plain_run(load8(b, 0));
    // The classes of the first words, for the tests that look at order.
    let mut head = [0u32; HEAD];
    // The first word is not counted as capitalized.
    let Some(first) = next_word(b, &mut i, &mut run, &mut digits, &mut 0) else {
        return named(text, signals, &head, Sentence::default());
    };
    let class = classes.get(first.h);
    hashed(Hashed {
        hash: first.h,
        start: first.start,
        end: first.end,
        gram: Gram::Word,
    });
    hashed(Hashed {
        hash: mix(OPENS, first.h, 0),
        start: first.start,
        end: first.end,
        gram: Gram::Opens,
    });
    let tagged = class | ends_ed(b, &first);
    head[0] = tagged;
    // Bit `k`: word `k` of the head has a class.
    let mut listed = u64::from(tagged != 0);
    // The classes of all words, with `ENDS_ED` and `SAID_OPINION`: one
    // register for what three flags held.
    let mut any = tagged;
    // Capitalized words after the first.
    let mut capitalized = 0usize;
    let mut words = 1usize;
    let mut prev_class = class;
    let mut prev = first;

    while let Some(w) = next_word(b, &mut i, &mut run, &mut digits, &mut capitalized) {
        let class = classes.get(w.h);
        // A word's own hash is its unigram's: a product's top bits (the
        // slot) already depend on all of its bytes.
        hashed(Hashed {
            hash: w.h,
            start: w.start,
            end: w.end,
            gram: Gram::Word,
        });
        hashed(Hashed {
            hash: mix(BIGRAM, prev.h, w.h),
            start: prev.start,
            end: w.end,
            gram: Gram::Words,
        });
        let tagged = class | ends_ed(b, &w);
        if let Some(slot) = head.get_mut(words) {
            *slot = tagged;
            listed |= u64::from(tagged != 0) << words;
        }
        // A first person, then OPINION (1 << 4), moved to SAID_OPINION.
        let opinion = prev_class >> 4 & class << 15 & SAID_OPINION;
        any |= tagged | opinion;
        prev_class = class;
        prev = w;
        words += 1;
    }
    hashed(Hashed {
        hash: mix(ENDS, prev.h, 0),
        start: prev.start,
        end: prev.end,
        gram: Gram::Ends,
    });
    named(
        text,
        signals,
        &head,
        Sentence {
            words,
            listed,
            any,
            capitalized,
            digits: digits != 0,
            ed_words: any & ENDS_ED != 0,
            opinion: any & SAID_OPINION != 0,
        },
    )
}

/// A word that [`next_word`] found: its hash and where it is.
#[derive(Debug, Clone, Copy)]
struct Word {
    h: u64,
    start: u32,
    end: u32,
}

/// The next word from `i` on (`run`: the eight bytes there), if any: `i`
/// and `run` are left where the scan for the one after goes on, and
/// `capitalized` counts the word if it starts with an ASCII capital (there,
/// before the word's scan, so that whether it does is not kept through
/// that).
#[inline(always)]
fn next_word(
    b: &[u8],
    i: &mut usize,
    run: &mut Run,
    digits: &mut u64,
    capitalized: &mut usize,
) -> Option<Word> {
    if run.len == 0 {
        // Not a plain byte: look for a word's start a byte at a time.
        // Only 0xE2 (of the bytes not always in a word) may begin one.
        let table = &BYTE_CLASSES;
        while let Some(&c) = b.get(*i) {
            let class = table[usize::from(c)];
            if class & IN_WORD != 0 || (class & MAYBE != 0 && word_byte(b, *i)) {
                break;
            }
            *i += 1 + usize::from(class >> SKIP_SHIFT);
        }
        if *i >= b.len() {
            return None;
        }
        *run = plain_run(load8(b, *i));
    }
    let start = *i;
    *capitalized += usize::from(run.upper);
    let (h, end, next) = scan_word(b, start, *run, digits);
    *i = next;
    *run = plain_run(load8(b, next));
    Some(Word {
        h,
        start: start as u32,
        end: end as u32,
    })
}

/// [`ENDS_ED`] if `w` is longer than four bytes and ends in "ed" (any
/// case), else 0.
#[inline(always)]
fn ends_ed(b: &[u8], w: &Word) -> u32 {
    // `get`, not an index: one test of `end` where an index and the chunk
    // tested it three times.
    let on = (w.end - w.start > 4)
        & b.get(..w.end as usize)
            .and_then(<[u8]>::last_chunk::<2>)
            .is_some_and(|&t| u16::from_le_bytes(t) | 0x2020 == u16::from_le_bytes(*b"ed"));
    if on { ENDS_ED } else { 0 }
}

/// Whether `text` ends with a question mark, white space after it aside.
///
/// A text that ends with a printable ASCII character ends with it, and
/// most sentences do: only the others are trimmed, a character at a time.
#[inline]
fn question(text: &str) -> bool {
    match text.as_bytes().last() {
        Some(&c) if c.is_ascii_graphic() => c == b'?',
        _ => text.trim_end().ends_with('?'),
    }
}

/// What the pass over a sentence's words found, beyond the classes of its
/// first words.
#[derive(Default)]
struct Sentence {
    words: usize,
    /// Bit `k`: word `k` is one of the first [`HEAD`] and has a class.
    listed: u64,
    /// The classes of all its words, or-ed.
    any: u32,
    /// Capitalized words after the first.
    capitalized: usize,
    digits: bool,
    /// A word longer than four letters ending in `ed`.
    ed_words: bool,
    /// A first person, then an opinion verb.
    opinion: bool,
}

/// Where "names people, places or bodies" is in [`DENSE`]: the one named
/// feature that is not 0 or 1.
const NAMES: usize = 7;

// One bit of [`Named::on`] for each named feature.
const _: () = assert!(N_DENSE <= 32);

/// The named features of a sentence as bits, and how many hashed features
/// its scan handed out.
///
/// Every named feature but one is 0 or 1: a bit of `on`. Scoring adds the
/// weights of the features that are on ([`Named::dot`]) where a [`Dense`]
/// would multiply all of them, mostly by 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named {
    /// Bit `k`: feature `k` of [`DENSE`] is not 0.
    pub on: u32,
    /// Capitalized words after the first, up to 4: "names people, places
    /// or bodies" is a quarter of this.
    pub capitalized: u8,
    /// How many hashed features the scan handed out: a unigram and a bigram
    /// (or an "opens with") for every word, and one "ends with".
    pub hashed: usize,
}

impl Named {
    /// The value of named feature `k`.
    #[inline]
    fn value(&self, k: usize) -> f32 {
        if k == NAMES {
            f32::from(self.capitalized) / 4.0
        } else if self.on >> k & 1 != 0 {
            1.0
        } else {
            0.0
        }
    }

    /// The named features as a vector.
    pub fn dense(&self) -> Dense {
        std::array::from_fn(|k| self.value(k))
    }

    /// The dot product of [`Named::dense`] with `w`, adding only the terms
    /// of the features that are on, in order: the same sum as over all of
    /// them, since adding a term that is 0 leaves a sum that is not 0 as it
    /// was. (A sum of 0 may differ in its sign, which no score shows: the
    /// sum is added to other weights, and even a logit of either zero is a
    /// score of exactly 0.5.)
    #[inline]
    pub fn dot(&self, w: &Dense) -> f32 {
        let mut sum = -0.0;
        let mut rest = self.on;
        while rest != 0 {
            let k = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            if let Some(&wk) = w.get(k) {
                // 1 times a weight is that weight.
                sum += if k == NAMES { self.value(k) * wk } else { wk };
            }
        }
        sum
    }
}

/// The named features of a sentence, from the classes of its first words
/// (`head`: the first [`HEAD`], where `s.listed` says) and the rest of
/// what the pass found. The tests that look at word order work on bit sets
/// over word positions.
fn named(text: &str, signals: Signals, head: &[u32; HEAD], s: Sentence) -> Named {
    let Sentence {
        words,
        listed,
        any,
        capitalized,
        digits,
        ed_words,
        opinion,
    } = s;
    let has = |c: u32| any & c != 0;
    let question = question(text);
    // The classes of the head's words, or-ed: those of all the words, in a
    // sentence no longer than the head.
    let in_head = if words <= HEAD {
        any
    } else {
        head.iter().fold(0, |a, c| a | c)
    };
    // An intention marker: "will", "hopes", "is to", "expected to". With
    // none of those classes in the head there is none, and any assertion
    // there is one before any intention; else the order of the words says.
    let (asserts, then_plan, reported_plan, plan) =
        if in_head & FUTURE == 0 && in_head & (BEFORE_TO | TO) != BEFORE_TO | TO {
            (in_head & (ASSERTING | ENDS_ED) != 0, false, false, false)
        } else {
            // Bit `k` of each: word `k` has that class.
            let mut future = 0u64;
            let mut before_to = 0u64;
            let mut to = 0u64;
            let mut asserting = 0u64;
            let mut rest = listed;
            while rest != 0 {
                let k = rest.trailing_zeros();
                rest &= rest - 1;
                let c = head[k as usize % HEAD];
                let bit = |class: u32| u64::from(c & class != 0) << k;
                future |= bit(FUTURE);
                before_to |= bit(BEFORE_TO);
                to |= bit(TO);
                asserting |= bit(ASSERTING | ENDS_ED);
            }
            let intends = future | (before_to & to >> 1);
            // An assertion before any intention: "has built", "was killed"; an
            // auxiliary that opens the intention itself ("are hoping") is not one.
            let asserts = asserting & !(intends | intends >> 1);
            let asserts_before = |end: u32| asserts & ((1u64 << end) - 1) != 0;
            match intends.trailing_zeros() {
                64 => (asserts != 0, false, false, false),
                at if asserts_before(at) => (true, true, false, false),
                _ if signals.attributed => (false, false, true, false),
                _ => (false, false, false, true),
            }
        };
    // A subordinator among the first two words after any leading
    // conjunctions ("But only after ..."), in a short sentence with no comma.
    let fragment = words < 14
        && {
            // At most `words`, so less than 14: within the head.
            let first = head
                .iter()
                .take_while(|&&c| c & LEADING_CONJUNCTION != 0)
                .count();
            head.iter()
                .skip(first)
                .take(2)
                .any(|&c| c & SUBORDINATOR != 0)
        }
        && !text.contains(',');
    // A dependent clause alone ("But only after the group is defeated.")
    // asserts nothing, whatever its verbs.
    let (asserts, then_plan) = (asserts && !fragment, then_plan && !fragment);
    // In the order of `DENSE`.
    let on: [bool; N_DENSE] = [
        signals.figures > 0,
        signals.figures == 0 && signals.dates > 0,
        signals.attributed,
        signals.quoted,
        question,
        words < 6 && !fragment,
        words > 25,
        capitalized > 0,
        digits,
        has(NUMBER_WORD),
        has(COMPARATIVE),
        plan,
        reported_plan,
        asserts,
        then_plan,
        opinion,
        has(FIRST_SINGULAR),
        has(FIRST_PLURAL),
        has(SECOND),
        has(NEGATION),
        has(REPORTING),
        has(MODAL),
        fragment,
        !fragment && (any & PAST != 0 || ed_words),
        has(NOISE),
        has(QUESTION_WORD),
    ];
    Named {
        on: on
            .iter()
            .enumerate()
            .fold(0, |bits, (k, &f)| bits | u32::from(f) << k),
        capitalized: capitalized.min(4) as u8,
        hashed: if words > 0 { 2 * words + 1 } else { 0 },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Not a list: a word that marks an intention where it stands.
    const INTENDS: u32 = 1 << 20;

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

    /// The word classes by a plain search of the lists.
    fn reference_class(h: u64) -> u32 {
        CLASS_LISTS
            .iter()
            .filter(|(words, _)| words.split_whitespace().any(|w| word_hash(w) == h))
            .fold(0, |bits, (_, class)| bits | class)
    }

    /// The first featurize, byte at a time, branch by branch, kept to check
    /// the fast one against.
    fn reference_featurize(text: &str, signals: Signals, mut hashed: impl FnMut(Hashed)) -> Dense {
        let b = text.as_bytes();
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
            // The plain bytes of the run being read, folded: a step for
            // every eight, and one for what is left where the run ends
            // (none, if nothing is).
            let mut plain: Vec<u8> = Vec::new();
            let flush = |h: &mut u64, plain: &mut Vec<u8>| {
                let mut bytes = [0u8; 8];
                bytes[..plain.len()].copy_from_slice(plain);
                *h = step(*h, u64::from_le_bytes(bytes));
                plain.clear();
            };
            let mut has_digit = false;
            while i < b.len() {
                if word_byte(b, i) && BYTE_CLASSES[usize::from(b[i])] & IN_WORD != 0 {
                    has_digit |= b[i].is_ascii_digit();
                    plain.push(fold(b[i]));
                    if plain.len() == 8 {
                        flush(&mut h, &mut plain);
                    }
                    i += 1;
                } else if word_byte(b, i) {
                    flush(&mut h, &mut plain);
                    h = step(h, u64::from(b[i]));
                    i += 1;
                } else if let Some(len) = inner_apostrophe(b, i) {
                    flush(&mut h, &mut plain);
                    h = step(h, u64::from(b'\''));
                    i += len;
                } else if has_digit
                    && matches!(b[i], b',' | b'.')
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                {
                    flush(&mut h, &mut plain);
                    h = step(h, u64::from(b[i]));
                    i += 1;
                } else {
                    break;
                }
            }
            flush(&mut h, &mut plain);
            let end = i;
            let (s, e) = (start as u32, end as u32);
            let class = reference_class(h);

            hashed(Hashed {
                hash: h,
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

    /// A `,` or `.` joins digits into one word only after a digit of the
    /// same word, wherever that digit is: the scan keeps what it has seen
    /// of the word instead of looking back over it at every separator
    /// (which made "a…a1,1,1,…" quadratic).
    #[test]
    fn separators_join_digits_after_a_digit_anywhere_in_the_word() {
        for t in [
            format!("{}1{}", "a".repeat(300), ",1".repeat(300)),
            format!("{}{}", "a".repeat(40), ",1".repeat(40)),
            "ab1cd,2 ab,2 1.5.6,7 x1y.2z,3".to_string(),
        ] {
            same_as_reference(&t);
        }
        let one = format!("{}1{}", "a".repeat(300), ",1".repeat(300));
        let words = all(|t, s, f| featurize(t, s, f), &one)
            .0
            .iter()
            .filter(|h| h.gram == Gram::Word)
            .count();
        assert_eq!(words, 1);
    }

    /// Every hashed feature and the named ones, from `f`.
    fn all(
        f: impl Fn(&str, Signals, &mut dyn FnMut(Hashed)) -> Dense,
        text: &str,
    ) -> (Vec<Hashed>, Dense) {
        let mut out = Vec::new();
        let d = f(text, Signals::default(), &mut |h| out.push(h));
        (out, d)
    }

    fn same_as_reference(text: &str) {
        let fast = all(|t, s, h| featurize(t, s, h), text);
        let slow = all(|t, s, h| reference_featurize(t, s, h), text);
        assert_eq!(fast, slow, "{text:?}");
    }

    /// [`Named`] is the dense vector in bits: the same features, the same
    /// dot product with the shipped weights (up to the sign of a zero), and
    /// as many hashed features as the scan handed out.
    #[test]
    fn named_bits_are_the_dense_features() {
        assert_eq!(DENSE[NAMES], "names people, places or bodies");
        let weights = crate::score::builtin_model().unwrap().weights.dense;
        for (signals, text) in crate::score::corpus_texts() {
            for line in text.lines().chain(["", "?", "We will. I think so?"]) {
                let mut n = 0;
                let named = scan(line, signals, |_| n += 1);
                let dense = named.dense();
                assert_eq!(
                    dense,
                    reference_featurize(line, signals, |_| {}),
                    "{line:?}"
                );
                let dot: f32 = dense.iter().zip(&weights).map(|(x, y)| x * y).sum();
                assert_eq!(named.dot(&weights), dot, "{line:?}");
                assert_eq!(named.hashed, n, "{line:?}");
            }
        }
    }

    #[test]
    fn a_question_is_a_question_mark_before_trailing_white_space() {
        for t in [
            "",
            "?",
            "a?",
            "a.",
            "a? ",
            "a?\n",
            "a?\u{b}",
            "a?\u{a0}",
            "a?\u{2003}",
            "a?”",
            "a?\u{1}",
            "é?",
            "a? .",
            " ",
        ] {
            assert_eq!(question(t), t.trim_end().ends_with('?'), "{t:?}");
        }
    }

    #[test]
    fn every_listed_word_has_its_classes() {
        for (words, _) in CLASS_LISTS {
            for w in words.split_whitespace() {
                let h = word_hash(w);
                assert_eq!(listed_hash(w.as_bytes()), h, "{w}");
                assert_eq!(CLASSES.get(h), reference_class(h), "{w}");
                assert_eq!(CLASSES.get(h ^ 1), reference_class(h ^ 1), "{w}");
            }
        }
    }

    /// What [`plain_run`] finds, a byte at a time from [`BYTE_CLASSES`]:
    /// the run, its bytes folded, which bytes are digits, whether the
    /// first is a capital, and (only where it counts: `two` where the end
    /// is not `tricky`) what the bytes after the run are.
    fn reference_run(x: u64) -> (usize, Vec<u8>, [bool; 8], bool, bool, bool) {
        let bytes = x.to_le_bytes();
        let len = bytes
            .iter()
            .take_while(|&&c| BYTE_CLASSES[usize::from(c)] & IN_WORD != 0)
            .count();
        let folded = bytes[..len].iter().map(|&c| fold(c)).collect();
        let lead = |c: u8| c == 0xC2 || c == 0xE2;
        let tricky = bytes.get(len).is_some_and(|&c| {
            lead(c)
                || (b'\''..=b'.').contains(&c)
                    && bytes.get(len + 1).is_none_or(u8::is_ascii_alphanumeric)
        });
        let two = !tricky
            && len < 8
            && bytes
                .get(len + 1)
                .is_some_and(|&c| BYTE_CLASSES[usize::from(c)] & IN_WORD == 0 && !lead(c));
        let digits = bytes.map(|c| c.is_ascii_digit());
        (
            len,
            folded,
            digits,
            bytes[0].is_ascii_uppercase(),
            tricky,
            two,
        )
    }

    fn same_run(x: u64) {
        let r = plain_run(x);
        let folded = r.folded.to_le_bytes()[..r.len].to_vec();
        let digits = r.digits.to_le_bytes().map(|d| match d {
            0x80 => true,
            0 => false,
            _ => panic!("{x:#018x}: digit byte {d:#x}"),
        });
        let fast = (r.len, folded, digits, r.upper, r.tricky, r.two && !r.tricky);
        assert_eq!(fast, reference_run(x), "{x:#018x}");
    }

    #[test]
    fn the_plain_run_is_the_byte_classes_every_byte_everywhere() {
        // Every byte value at every place, after a run of letters and
        // before bytes of each kind (in a word, not, a lead byte).
        for c in 0..=u8::MAX {
            for at in 0..8 {
                for fill in [b'a', b'Z', b'7', 0xC3, b' ', b',', 0xC2, 0xE2, 0] {
                    let mut bytes = [fill; 8];
                    bytes[..at].fill(b'k');
                    bytes[at] = c;
                    same_run(u64::from_le_bytes(bytes));
                    // And after an end of each kind.
                    if at > 0 {
                        for end in [b' ', b',', b'.', b'\'', b'-', 0xC2, 0xE2, 0] {
                            bytes[at - 1] = end;
                            same_run(u64::from_le_bytes(bytes));
                        }
                    }
                }
            }
        }
    }

    /// A word's hash is its bytes', stepped eight at a time from the start
    /// of each run of plain bytes, whatever comes after it.
    #[test]
    fn a_word_hashes_as_its_runs_of_eight() {
        let chunk = |s: &[u8]| {
            let mut bytes = [0u8; 8];
            bytes[..s.len()].copy_from_slice(s);
            u64::from_le_bytes(bytes)
        };
        assert_eq!(word_hash("killed"), step(SEED, chunk(b"killed")));
        assert_eq!(
            word_hash("Governments"),
            step(step(SEED, chunk(b"governme")), chunk(b"nts"))
        );
        assert_eq!(
            word_hash("thousands"),
            step(step(SEED, chunk(b"thousand")), chunk(b"s"))
        );
        assert_eq!(
            word_hash("7-eleven"),
            word_hash("7"),
            "a word ends at a dash"
        );
        let apostrophe = step(
            step(step(SEED, chunk(b"don")), u64::from(b'\'')),
            chunk(b"t"),
        );
        assert_eq!(word_hash("don't"), apostrophe);
        assert_eq!(word_hash("Don\u{2019}t"), apostrophe);
        let eight = step(step(SEED, chunk(b"doubling")), 0);
        assert_eq!(word_hash("doubling"), eight);
        for text in [
            "doubling.",
            "Doubling, and",
            "doubling\u{2019}",
            "doubling x",
        ] {
            let mut first = None;
            featurize(text, Signals::default(), |f| {
                first.get_or_insert(f.hash);
            });
            assert_eq!(first, Some(eight), "{text:?}");
        }
    }

    #[test]
    fn load8_reads_what_is_there_and_zeros_after() {
        let text = b"Twenty-one bytes here";
        for len in 0..=text.len() {
            let b = &text[..len];
            // Up to three past the end, where the scan may look.
            for i in 0..=len + 3 {
                let mut want = [0u8; 8];
                let rest = b.get(i..(i + 8).min(len)).unwrap_or_default();
                want[..rest.len()].copy_from_slice(rest);
                assert_eq!(load8(b, i), u64::from_le_bytes(want), "{len} {i}");
            }
        }
    }

    #[test]
    fn the_class_seed_search_starts_at_the_seed_it_finds() {
        let first = (0..1 << 16)
            .find(|&k| {
                let mut slots = std::collections::HashSet::new();
                CLASSES.entries[1..]
                    .iter()
                    .take_while(|e| e.0 != 0)
                    .all(|e| slots.insert(Classes::slot(class_seed(k), e.0)))
            })
            .unwrap();
        assert_eq!(first, SEED_FROM);
        assert_eq!(CLASSES.seed, class_seed(first));
    }

    #[test]
    fn the_fast_scan_finds_what_the_byte_at_a_time_one_did() {
        for t in [
            "",
            "So Ford is leaving.",
            "It’s 240,000 deaths — don't “quote” 3.5%.",
            "1,2.3,,4..5 a'b a’b a'' ’a a’ €5 ™x x€ «a» a\u{a0}b",
            "ÆØÅ ’’ -- I think we will win. The WAR has KILLED 1,400.",
            "killed. recorded Ed ed bED shED ED",
        ] {
            same_as_reference(t);
        }
        for (_, text) in crate::score::corpus_texts() {
            for line in text.lines() {
                same_as_reference(line);
            }
        }
    }

    #[test]
    fn word_order_tests_match_the_first_featurize() {
        for t in [
            "But only after the group is defeated.",
            "And so when we left it was over",
            "We are hoping to win.",
            "He is expected to say he will go.",
            "The plan, which was signed, is to build 40 homes.",
            "I think so. We believe it. You feel it.",
            "Thanks, thank you, applause. Who knows why?",
            "Well now if only they had voted.",
        ] {
            same_as_reference(t);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_fast_scan_matches_on_sentences_of_listed_words(
            words in proptest::collection::vec(
                "(will|is|to|after|and|so|but|well|we|i|think|has|killed|said|the|plan|\
                 expected|going|was|hopes|if|when|Ford|Obama|1,400|who|\\?|,|\\.)",
                0..60,
            ),
            attributed: bool,
        ) {
            let text = words.join(" ");
            let signals = Signals { attributed, ..Signals::default() };
            let mut fast = Vec::new();
            let mut slow = Vec::new();
            let a = featurize(&text, signals, |h| fast.push(h));
            let b = reference_featurize(&text, signals, |h| slow.push(h));
            proptest::prop_assert_eq!((fast, a), (slow, b), "{:?}", text);
        }

        #[test]
        fn the_plain_run_is_the_byte_classes_on_any_bytes(x: u64) {
            same_run(x);
        }

        #[test]
        fn the_plain_run_is_the_byte_classes_on_text_like_bytes(
            bytes in proptest::collection::vec(
                proptest::sample::select(b"aZ09 ,.'\xc2\xe2\x80\x99\xa0\xc3\xa9-".to_vec()),
                8,
            ),
        ) {
            same_run(u64::from_le_bytes(bytes.try_into().unwrap()));
        }

        #[test]
        fn the_fast_scan_matches_on_any_text(
            text in "([a-zA-Z0-9 ,.'’\u{a0}—€é\u{2018}\u{2019}\u{201c}\u{2026}\u{2060}😀-]|ED|ed){0,40}"
        ) {
            same_as_reference(&text);
        }
    }
}
