//! Article ids, claim ids and hashes.

use std::collections::HashSet;

use sha2::{Digest, Sha256};

use super::StoreError;
use crate::text::speakers::lexicon::{FxMap, FxSet};

/// The longest article id, in bytes.
pub const MAX_ARTICLE_ID: usize = 64;

/// Checks an article id: `[a-z0-9][a-z0-9-]{0,63}`. Such an id is a safe file
/// stem: no path separator, no `..`, no dot file.
pub fn validate_article_id(s: &str) -> Result<(), StoreError> {
    let bad = |reason| {
        Err(StoreError::BadArticleId {
            id: s.to_string(),
            reason,
        })
    };
    let Some(first) = s.bytes().next() else {
        return bad("it is empty");
    };
    if s.len() > MAX_ARTICLE_ID {
        return bad("it is longer than 64 characters");
    }
    if s.contains(['/', '\\']) {
        return bad("it contains a path separator");
    }
    if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
        return bad("it must start with a lower-case letter or a digit");
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return bad("it contains a character other than a-z, 0-9 and `-`");
    }
    Ok(())
}

/// Makes an article id from a title or file name: lower-case, common accented
/// Latin letters transliterated (`é` → `e`, `ß` → `ss`), every run of other
/// characters turned into one `-`, trimmed of `-`, cut to 64 bytes; `article`
/// when nothing is left. The result always passes [`validate_article_id`].
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match c {
            'a'..='z' | '0'..='9' => {
                let mut buf = [0u8; 4];
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push_str(c.encode_utf8(&mut buf));
                continue;
            }
            _ => transliterate(c),
        };
        if mapped.is_empty() {
            dash = true;
        } else {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push_str(mapped);
        }
    }
    out.truncate(MAX_ARTICLE_ID);
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "article".to_string()
    } else {
        out.to_string()
    }
}

/// The ASCII spelling of a lower-case accented Latin letter, or "" for a
/// character that becomes a separator.
fn transliterate(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => "",
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: impl AsRef<[u8]>) -> String {
    let digest = Sha256::digest(bytes.as_ref());
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Crockford's base-32 alphabet, lower-case.
const CROCKFORD: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// The length of a claim id before any collision.
pub const CLAIM_ID_LEN: usize = 6;

/// A stable claim id: the first six Crockford base-32 characters of
/// SHA-256(`article_id` + `"\n"` + `normalized_text`), lengthened one
/// character at a time while the id is in `taken`.
///
/// Pass in `taken` every id the article has ever used (removed claims
/// included), so an id is never reused for a different claim.
///
/// Each call walks the text's candidates from the first: giving ids to many
/// claims that share a text this way takes time quadratic in their number.
/// [`IdMinter`] gives the same ids in linear time.
pub fn claim_id(article_id: &str, normalized_text: &str, taken: &HashSet<String>) -> String {
    let is_free = |id: &str| !taken.contains(id);
    first_free(
        &prefix(article_id),
        normalized_text,
        is_free,
        (0, CLAIM_ID_LEN),
    )
    .0
}

/// A hasher that has taken in what comes before every claim text of
/// `article_id`'s ids.
fn prefix(article_id: &str) -> Sha256 {
    let mut hasher = Sha256::new();
    hasher.update(article_id.as_bytes());
    hasher.update(b"\n");
    hasher
}

/// The first candidate id from `from` (a hash round and a length) on that
/// `is_free` holds for, and where it was found. Candidates are tried in
/// order, and none after the one returned.
fn first_free(
    prefix: &Sha256,
    normalized_text: &str,
    mut is_free: impl FnMut(&str) -> bool,
    from: (u64, usize),
) -> (String, (u64, usize)) {
    let (mut round, mut first_len) = from;
    loop {
        let mut hasher = prefix.clone();
        hasher.update(normalized_text.as_bytes());
        if round > 0 {
            // Only after all 51 characters of a hash collided: never in
            // practice, but for a text that repeats many times.
            hasher.update(format!("\n{round}").as_bytes());
        }
        let digest = hasher.finalize();
        // Nearly always the first candidate is free: only its characters
        // are encoded, the rest only when it is taken.
        let first = base32(digest.as_slice(), first_len);
        if is_free(&first) {
            return (first, (round, first_len));
        }
        let chars = base32(digest.as_slice(), usize::MAX);
        if let Some(len) = (first_len + 1..=chars.len()).find(|&len| is_free(&chars[..len])) {
            let mut id = chars;
            // The id is the hash's prefix: no second string.
            id.truncate(len);
            return (id, (round, len));
        }
        round += 1;
        first_len = CLAIM_ID_LEN;
    }
}

/// Gives the claims of one article their ids, one after another: the ids
/// [`claim_id`] gives, each added to the taken ones, in time linear in the
/// claims even when many of them share a text (a text seen before resumes
/// its search where the last one stopped: every candidate before that is
/// taken already).
///
/// ```
/// use std::collections::HashSet;
/// use claimtrack::store::{IdMinter, claim_id};
///
/// let mut ids = IdMinter::new("story", HashSet::new());
/// let first = ids.mint("The same sentence.");
/// let second = ids.mint("The same sentence.");
/// assert_eq!(first, claim_id("story", "The same sentence.", &HashSet::new()));
/// assert_eq!(second.len(), 7);
/// assert!(second.starts_with(&first));
/// ```
///
/// Its sets hash with FxHash (as the word tables do) rather than SipHash:
/// an id is the prefix of a SHA-256, with no pattern to spread, and a
/// lookup and an insert per claim in SipHash cost more than the id's
/// base-32.
#[derive(Debug)]
pub struct IdMinter {
    /// [`prefix`] of the article id, once for all its claims.
    prefix: Sha256,
    taken: Taken,
    resume: FxMap<String, (u64, usize)>,
}

/// A set of ids in which an id of up to seven bytes (every minted id but
/// those lengthened twice by collisions) is one word: it hashes with one multiply,
/// compares as a word, and is inserted with no string to allocate (a
/// clone of the id per claim, and the string hashing, cost more than the
/// lookup).
#[derive(Debug, Default)]
struct Taken {
    short: FxSet<u64>,
    long: FxSet<String>,
}

impl Taken {
    /// The word an id of up to seven bytes is kept as: its bytes, first
    /// byte lowest, and its length in the top byte (so that no two ids
    /// share a word, trailing zero bytes or not).
    fn short_key(id: &str) -> Option<u64> {
        let bytes = id.as_bytes();
        (bytes.len() < 8).then(|| {
            let packed = bytes
                .iter()
                .rev()
                .fold(0, |key, &b| (key << 8) | u64::from(b));
            packed | (bytes.len() as u64) << 56
        })
    }

    /// Adds `id`; whether it was not in the set before.
    fn insert(&mut self, id: &str) -> bool {
        match Self::short_key(id) {
            Some(key) => self.short.insert(key),
            None => !self.long.contains(id) && self.long.insert(id.to_string()),
        }
    }

    fn into_set(self) -> HashSet<String> {
        let short = self.short.into_iter().map(|key| {
            let len = (key >> 56) as usize;
            let bytes = key.to_le_bytes();
            // The bytes of a `str`: never anything to replace.
            String::from_utf8_lossy(&bytes[..len]).into_owned()
        });
        short.chain(self.long).collect()
    }
}

impl IdMinter {
    /// A minter for `article_id` that never gives any of `taken`.
    pub fn new(article_id: &str, taken: HashSet<String>) -> Self {
        IdMinter {
            prefix: prefix(article_id),
            taken: {
                let mut set = Taken::default();
                for id in &taken {
                    set.insert(id);
                }
                set
            },
            resume: FxMap::default(),
        }
    }

    /// Makes room for the ids of `claims` more claims, so that the set
    /// of taken ids is allocated once rather than grown (and rehashed)
    /// again and again while they are minted.
    pub fn reserve(&mut self, claims: usize) {
        self.taken.short.reserve(claims);
    }

    /// The id of the next claim, whose normalized text is `normalized_text`.
    pub fn mint(&mut self, normalized_text: &str) -> String {
        // Nearly always no text has been inserted: the map's `get` then
        // returns at once, without hashing the text.
        let from = self
            .resume
            .get(normalized_text)
            .copied()
            .unwrap_or((0, CLAIM_ID_LEN));
        // Each candidate is inserted as it is tried: the one found free
        // is then taken, with no second lookup.
        let taken = &mut self.taken;
        let (id, at) = first_free(&self.prefix, normalized_text, |id| taken.insert(id), from);
        // A text whose first candidate was free is (nearly always) seen
        // once: its next search starts there anyway, one lookup later.
        if at != (0, CLAIM_ID_LEN) {
            self.resume.insert(normalized_text.to_string(), at);
        }
        id
    }

    /// Every id taken so far, those given in at the start included.
    pub fn into_taken(self) -> HashSet<String> {
        self.taken.into_set()
    }
}

/// The first `len` characters (all, if there are fewer) of the Crockford
/// base-32 of `bytes`, most significant bit first, whole 5-bit groups only.
///
/// Each character is read straight from the two bytes its five bits lie
/// in: no bit accumulator to carry from byte to byte, and no loop over the
/// bytes past the (six) characters wanted.
fn base32(bytes: &[u8], len: usize) -> String {
    let len = len.min(bytes.len() * 8 / 5);
    let mut out = String::with_capacity(len);
    for i in 0..len {
        let bit = 5 * i;
        let next = bytes.get(bit / 8 + 1).copied().unwrap_or(0);
        let pair = u16::from_be_bytes([bytes[bit / 8], next]);
        out.push(char::from(
            CROCKFORD[usize::from(pair >> (11 - bit % 8)) & 31],
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_minter_gives_what_claim_id_gives_one_at_a_time() {
        // Many repeats of one text run through every length of a hash and
        // into further rounds; other texts are mixed in.
        let texts: Vec<&str> = (0..120)
            .map(|i| if i % 3 == 0 { "Other." } else { "Same text." })
            .collect();
        let mut taken = HashSet::from(["zzzzzz".to_string()]);
        let mut minter = IdMinter::new("a", taken.clone());
        for t in texts {
            let slow = claim_id("a", t, &taken);
            taken.insert(slow.clone());
            assert_eq!(minter.mint(t), slow);
        }
        assert_eq!(minter.into_taken(), taken);
    }

    proptest::proptest! {
        /// Any ids, short or long, with zero bytes or multi-byte characters:
        /// the set holds each once (an insert says whether it was new) and
        /// gives back the very same strings.
        #[test]
        fn taken_ids_round_trip(ids in proptest::collection::vec("[a\u{0}é0-9]{0,9}", 0..30)) {
            let mut taken = Taken::default();
            let mut seen = HashSet::new();
            for id in &ids {
                proptest::prop_assert_eq!(taken.insert(id), seen.insert(id.clone()));
            }
            proptest::prop_assert_eq!(taken.into_set(), seen);
        }
    }

    #[test]
    fn good_and_bad_article_ids() {
        for ok in ["a", "0", "putin-syria-gambit", "a-", &"a".repeat(64)] {
            assert!(validate_article_id(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "../x",
            "a/b",
            "a\\b",
            "A",
            "-a",
            "a.b",
            "..",
            ".x",
            "a b",
            "é",
            &"a".repeat(65),
        ] {
            assert!(validate_article_id(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Putin's Syria Gambit Puts U.S. on Back Foot at U.N."),
            "putin-s-syria-gambit-puts-u-s-on-back-foot-at-u-n"
        );
        assert_eq!(
            slugify("  Crème brûlée: Straße / Łódź  "),
            "creme-brulee-strasse-lodz"
        );
        assert_eq!(slugify("Œuvre Æsop"), "oeuvre-aesop");
        assert_eq!(slugify("---"), "article");
        assert_eq!(slugify(""), "article");
        assert_eq!(slugify("Путин"), "article");
        let long = slugify(&"word ".repeat(40));
        assert!(long.len() <= 64);
        assert!(!long.ends_with('-'));
        for s in ["../x", "a/b", &"é".repeat(100), "x.v1.txt"] {
            validate_article_id(&slugify(s)).unwrap();
        }
    }

    #[test]
    fn sha() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn claim_ids_in_turn_are_the_ids_of_claim_id() {
        // Texts that repeat (many times over: past the 46 candidates of a
        // round), with some ids already taken at the start.
        let texts: Vec<String> = (0..400)
            .map(|i| match i % 5 {
                0..=2 => "Same.".to_string(),
                3 => format!("Other {}.", i % 3),
                _ => format!("Unique {i}."),
            })
            .collect();
        let mut start = HashSet::new();
        start.insert(claim_id("a", "Same.", &HashSet::new()));
        start.insert(claim_id("a", "Other 1.", &HashSet::new())[..6].to_string() + "z");
        let mut taken = start.clone();
        let mut ids = IdMinter::new("a", start);
        for t in &texts {
            let want = claim_id("a", t, &taken);
            taken.insert(want.clone());
            assert_eq!(ids.mint(t), want, "{t}");
        }
        assert_eq!(ids.into_taken(), taken);
        // Past the first round: 240 claims share "Same.".
        assert!(taken.len() == texts.len() + 2);
    }

    /// [`base32`] as a bit accumulator, byte after byte.
    fn base32_reference(bytes: &[u8], len: usize) -> String {
        let mut out = String::new();
        let mut acc: u32 = 0;
        let mut bits = 0;
        for &b in bytes {
            acc = (acc << 8) | u32::from(b);
            bits += 8;
            while bits >= 5 {
                if out.len() == len {
                    return out;
                }
                bits -= 5;
                out.push(char::from(CROCKFORD[((acc >> bits) & 31) as usize]));
            }
            acc &= (1 << bits) - 1;
        }
        out
    }

    proptest::proptest! {
        /// Any bytes, any length wanted: the same characters as the
        /// accumulator gives.
        #[test]
        fn base32_equals_the_reference(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40),
            len in 0usize..70,
        ) {
            proptest::prop_assert_eq!(base32(&bytes, len), base32_reference(&bytes, len));
        }
    }

    #[test]
    fn base32_known() {
        // 0xff 0xff -> 11111 11111 11111 1(dropped)
        assert_eq!(base32(&[0xff, 0xff], usize::MAX), "zzz");
        assert_eq!(base32(&[0, 0, 0, 0, 0], usize::MAX), "00000000");
        assert_eq!(base32(&[0x08], usize::MAX), "1");
        // 0x84 0x21 0x08 -> 10000 10000 10000 10000 1000(dropped)
        assert_eq!(base32(&[0x84, 0x21, 0x08], usize::MAX), "gggg");
        // A prefix is the whole encoding cut short.
        let digest = Sha256::digest(b"a\nSome claim.");
        let all = base32(&digest, usize::MAX);
        assert_eq!(all.len(), 51);
        for len in 0..=51 {
            assert_eq!(base32(&digest, len), all[..len]);
        }
        assert_eq!(base32(&digest, 60), all);
    }
}
