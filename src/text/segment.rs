//! Paragraphs, headings and sentences.
//!
//! `"Mr. Smith paid $3.5m. He left."` -> two sentences.
//!
//! Everything here is a single forward scan over bytes (memchr for line ends
//! and for `.`, `!`, `?`), with bounded look-behind (the word before a
//! period, at most [`MAX_TOKEN_CHARS`] chars) and bounded look-ahead (the
//! next word or two). Lookup tables are sorted static arrays searched by
//! binary search: nothing is built per call.

use super::Span;
use memchr::{memchr2, memchr3, memrchr2};

/// A paragraph: one or more non-blank lines. Hard-wrapped lines are part of
/// one paragraph; the span runs from its first to its last non-space byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    /// A heading or title line: never part of a sentence, never a claim.
    pub heading: bool,
}

/// A sentence. Sentences of one paragraph tile it (apart from the white
/// space between them, and touching where a full stop lost its space:
/// "said.Four"); a heading paragraph is one heading sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into the paragraphs it was found in.
    pub paragraph: usize,
    pub heading: bool,
}

/// A short line (at most this many words) without final sentence
/// punctuation is a heading.
const HEADING_MAX_WORDS: usize = 12;
/// The title is a single line of at most this many words.
const TITLE_MAX_WORDS: usize = 20;
/// How far back (in chars) we look for the word before a period.
const MAX_TOKEN_CHARS: usize = 32;

// ---------------------------------------------------------------------------
// Lines and paragraphs
// ---------------------------------------------------------------------------

/// Iterates the lines of a text as byte ranges without their line ends;
/// LF, CRLF and lone CR all end a line.
struct Lines<'t> {
    bytes: &'t [u8],
    pos: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Lines {
            bytes: text.as_bytes(),
            pos: 0,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let len = self.bytes.len();
        if self.pos >= len {
            return None;
        }
        let start = self.pos;
        match memchr2(b'\n', b'\r', &self.bytes[start..]) {
            None => {
                self.pos = len;
                Some((start, len))
            }
            Some(off) => {
                let end = start + off;
                let mut next = end + 1;
                if self.bytes[end] == b'\r' && self.bytes.get(next) == Some(&b'\n') {
                    next += 1;
                }
                self.pos = next;
                Some((start, end))
            }
        }
    }
}

/// The non-whitespace part of `text[start..end]`, as a byte range (empty
/// range if blank).
fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let left = s.trim_start();
    let ts = start + (s.len() - left.len());
    let te = ts + left.trim_end().len();
    (ts, te)
}

/// Split `text` into paragraphs.
///
/// Blank-line separated files: consecutive non-blank lines form a paragraph
/// (hard wraps are joined), except that a markdown `#` heading or a
/// dash-wrapped heading (`- Intense bloodshed -`) is always a paragraph of
/// its own and a list item (`- `, `* `, `• `, `1. `, `1) `) starts a new
/// paragraph. Files without any blank line between two non-blank lines: one
/// paragraph per line. Headings and the title (see [`find_title`]) get
/// `heading = true`.
pub fn find_paragraphs(text: &str) -> Vec<Paragraph> {
    // Pass 1: is there a blank line between two non-blank lines? And how
    // long is the longest line (in chars, up to [`WRAP_CAP`]): the width a
    // hard-wrapped file is wrapped at.
    let mut has_blank = false;
    let mut seen_content = false;
    let mut pending_blank = false;
    let mut widest = 0;
    for (s, e) in Lines::new(text) {
        let (ts, te) = trim_range(text, s, e);
        if widest < WRAP_CAP {
            widest = widest.max(char_len(&text[ts..te]));
        }
        if ts == te {
            pending_blank = seen_content;
        } else if pending_blank {
            has_blank = true;
        } else {
            seen_content = true;
        }
    }
    let widest = widest.min(WRAP_CAP);

    // Pass 2: group lines.
    let mut out: Vec<Paragraph> = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    // Where the last line of `cur` starts, and whether `cur` opened with a
    // list item.
    let mut line_start = 0;
    let mut in_list = false;
    let flush = |cur: &mut Option<(usize, usize)>, out: &mut Vec<Paragraph>| {
        if let Some((s, e)) = cur.take() {
            out.push(Paragraph {
                span: Span::new(s, e),
                heading: false,
            });
        }
    };
    for (s, e) in Lines::new(text) {
        let (ts, te) = trim_range(text, s, e);
        if ts == te {
            flush(&mut cur, &mut out);
            continue;
        }
        let line = &text[ts..te];
        // A dash-wrapped line inside a running sentence is a wrapped
        // aside (`to get fit\n– or by fit people to get even fitter –\nit
        // also burns fat`), not a heading.
        let runs_on = cur.is_some_and(|(_, ce)| !ends_a_clause(&text[..ce]));
        if !has_blank || is_markdown_heading(line) || (is_dash_heading(line) && !runs_on) {
            flush(&mut cur, &mut out);
            cur = Some((ts, te));
            flush(&mut cur, &mut out);
            in_list = false;
        } else if is_list_item(line)
            && (in_list || cur.is_none_or(|(_, ce)| ends_a_clause(&text[..ce])))
        {
            // A list item starts a paragraph of its own, unless the line
            // before it runs on: a wrapped "... at Camp\n2. Moro flew" is one
            // sentence broken at a number. (After an item, the next item
            // starts one whatever the item ended with.)
            flush(&mut cur, &mut out);
            cur = Some((ts, te));
            in_list = true;
        } else if let Some((cs, ce)) = cur
            && !short_line_ends(&text[line_start..ce], line, widest)
        {
            cur = Some((cs, te));
        } else {
            flush(&mut cur, &mut out);
            cur = Some((ts, te));
            in_list = false;
        }
        line_start = ts;
    }
    flush(&mut cur, &mut out);

    for p in &mut out {
        p.heading = is_heading_text(p.span.slice(text));
    }
    if let Some(i) = find_title(text, &out) {
        out[i].heading = true;
    }
    out
}

/// The longest line worth measuring, in chars: a file wrapped wider is
/// taken as wrapped at this.
const WRAP_CAP: usize = 100;

/// The chars of `s` (its bytes, for ASCII).
fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Whether the line `prev` ends where it stands, though a blank-line file
/// goes on with `next` in the same block: it ends no clause, is well short
/// of the width the file is wrapped at (`widest`, its longest line), and
/// `next` opens with a capital (a digit may open a number a wrap broke
/// before). A headline, byline, caption or
/// sub-heading over the first sentence ("Floods force thousands from their
/// homes\nHeavy rain has ..."), where a hard-wrapped line runs near the
/// width and breaks inside a sentence. And `next`'s first word would have
/// fitted on `prev`: a wrap breaks a line only before a word that does not
/// fit, so a line cut short by a long word after it ("from the Copenhagen
/// hospital\nRigshospitalet, and" at 32 columns) is still the sentence's.
fn short_line_ends(prev: &str, next: &str, widest: usize) -> bool {
    let prev_len = char_len(prev.trim_end());
    let first_word = next.split_whitespace().next().unwrap_or_default();
    !ends_a_clause(prev)
        && prev_len * 10 < widest * 6
        && prev_len + 1 + char_len(first_word) <= widest
        && next.chars().next().is_some_and(char::is_uppercase)
}

/// The index of the paragraph that is the article's title, if any: the first
/// paragraph, when it is a single line of at most 20 words that is a heading
/// or (when more paragraphs follow) written in Title Case.
pub fn find_title(text: &str, paragraphs: &[Paragraph]) -> Option<usize> {
    let p = paragraphs.first()?;
    let s = p.span.slice(text);
    if s.is_empty() || s.split_whitespace().nth(TITLE_MAX_WORDS).is_some() {
        return None;
    }
    // A title hard-wrapped over lines (a blank-line file) is still a title,
    // when it reads as one: Title Case. A one-line title may also be a
    // heading-like line.
    let one_line = memchr2(b'\n', b'\r', s.as_bytes()).is_none();
    let heading_like = one_line && (p.heading || is_heading_text(s));
    if heading_like || (paragraphs.len() > 1 && is_title_case(s)) {
        Some(0)
    } else {
        None
    }
}

/// `# Heading`, `## Heading` ... (a `#` run followed by a space or nothing;
/// `#hashtag` is not a heading).
fn is_markdown_heading(line: &str) -> bool {
    let rest = line.trim_start_matches('#');
    rest.len() < line.len() && (rest.is_empty() || rest.starts_with(char::is_whitespace))
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// `- Mocked U.S. efforts -`: a line wrapped in dashes.
fn is_dash_heading(line: &str) -> bool {
    let mut chars = line.chars();
    match (chars.next(), chars.next_back()) {
        (Some(a), Some(b)) if is_dash(a) && is_dash(b) => {
            chars.as_str().chars().any(|c| c.is_alphanumeric())
        }
        _ => false,
    }
}

/// Whether `text` ends where a list item may follow: after sentence or
/// clause punctuation, or after another list item's text.
fn ends_a_clause(text: &str) -> bool {
    text.trim_end().chars().next_back().is_none_or(|c| {
        matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | ',' | '…' | '"' | '”' | '’' | ')'
        )
    })
}

/// `- item`, `* item`, `• item`, `⁃ item`, `1. item`, `12) item`, `1.) item`,
/// `a. Item`, `b) Item`, and `a) item` when the list's `b) ` follows (see
/// [`small_letter_list`]).
fn is_list_item(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() >= 2 && matches!(b[0], b'-' | b'*' | b'+') && b[1].is_ascii_whitespace() {
        return true;
    }
    item_marker(line).is_some() || small_letter_list(line, 0, line.len()).is_some()
}

/// What a list item's marker is, so that the marker of the item after it
/// can be told apart from other text (see [`find_marker`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// `•` or `⁃`.
    Bullet(char),
    /// `1.`, `12)`, `3.)`: the number and what closes it.
    Number(u32, &'static str),
    /// `a.`, `b)`, `c.)`: a lower-case letter and what closes it.
    Letter(u8, &'static str),
}

impl Marker {
    /// The marker of the item after this one.
    fn next(self) -> Marker {
        match self {
            Marker::Bullet(c) => Marker::Bullet(c),
            Marker::Number(n, close) => Marker::Number(n + 1, close),
            Marker::Letter(c, close) => Marker::Letter(c.saturating_add(1), close),
        }
    }
}

/// The marker `s` opens with and its length, the white space after it
/// included: a bullet (`•`, `⁃`) before white space, or one to three
/// digits (a lower-case letter) closed by `.`, `)` or `.)` before white
/// space (before white space and a capital or an opening quote, for a
/// letter: "a. The first"). The bullet may also stand right before the
/// digits (`⁃9. The first`).
fn item_marker(s: &str) -> Option<(Marker, usize)> {
    marker_of(s, false)
}

/// [`item_marker`], where `small` also lets a letter's item start with a
/// small letter: "a) here it is b) another" is a list only because its
/// next marker follows (see [`small_letter_list`]); a lone "a. here" or
/// "b) the" is prose.
fn marker_of(s: &str, small: bool) -> Option<(Marker, usize)> {
    let ws_after = |at: usize| {
        let rest = s.get(at..)?;
        let body = rest.trim_start();
        (body.len() < rest.len()).then_some((s.len() - body.len(), body))
    };
    for bullet in ['•', '⁃'] {
        if let Some(rest) = s.strip_prefix(bullet) {
            let at = bullet.len_utf8();
            if let Some((len, _)) = ws_after(at) {
                return Some((Marker::Bullet(bullet), len));
            }
            // `⁃9. The first item`: the number is the item's own.
            return item_marker(rest)
                .filter(|m| matches!(m.0, Marker::Number(..)))
                .map(|_| (Marker::Bullet(bullet), at));
        }
    }
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    // The number, or `None` for a letter; where its closing mark starts.
    let (number, at) = if (1..=3).contains(&digits) {
        (Some(s.get(..digits)?.parse().ok()?), digits)
    } else if b.first().is_some_and(u8::is_ascii_lowercase) {
        (None, 1)
    } else {
        return None;
    };
    let tail = s.get(at..)?;
    let close = [".)", ".", ")"].into_iter().find(|c| tail.starts_with(c))?;
    let (len, body) = ws_after(at + close.len())?;
    let marker = match number {
        Some(n) => Marker::Number(n, close),
        None => {
            let starts_item = body
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || is_opener(c) || (small && c.is_lowercase()));
            if !starts_item {
                return None;
            }
            Marker::Letter(b[0], close)
        }
    };
    Some((marker, len))
}

/// How far (in bytes) past a list marker in running text the next marker
/// of its list is looked for: items written inline without a full stop
/// ("1. The first item 2. The second item") are short, and a bound keeps
/// the scan linear when many sentences open with a marker whose next one
/// never comes.
const MAX_ITEM_BYTES: usize = 256;

/// A letter marker before a small letter at `q` ("a) here it is b)
/// another c) one more"), when the list's next marker follows within
/// [`MAX_ITEM_BYTES`] before `end`: the marker, its length (with the space
/// after it) and where the next marker stands. A letter, a bracket and a
/// small word alone are too common in prose to open a list.
fn small_letter_list(text: &str, q: usize, end: usize) -> Option<(Marker, usize, usize)> {
    let (m, len) = marker_of(text.get(q..end)?, true)?;
    if !matches!(m, Marker::Letter(..)) {
        return None;
    }
    let from = q + len;
    let limit = end.min(from + MAX_ITEM_BYTES);
    let (next_at, _) = find_marker(text, from, limit, end, m.next(), true)?;
    Some((m, len, next_at))
}

/// Closing quotes and brackets, braces included: `{"This is a
/// sentence."} ["This is another."]`.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '¿' | '¡'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…') || is_wide_terminal(c)
}

/// The full stops, question and exclamation marks of Chinese and Japanese
/// text and their full-width forms (`。` `．` `？` `！`): a sentence ends at
/// one whatever follows it, with or without a space, and in a script
/// without capitals ("Test strange period．Does it", "我们走了。他们").
fn is_wide_terminal(c: char) -> bool {
    matches!(c, '。' | '．' | '？' | '！')
}

/// The length in bytes of the wide terminator ([`is_wide_terminal`]) that
/// `b` starts with, if it starts with one: three-byte chars whose first
/// byte is `0xE3` or `0xEF`.
fn wide_terminal_len(b: &[u8]) -> Option<usize> {
    match b {
        [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x8E | 0x81 | 0x9F, ..] => Some(3),
        _ => None,
    }
}

/// Whether the full-width full stop `．` at `i` is a point inside a word or
/// a number ("３．５%", "10．2 million", "www．nhk．or．jp"): a digit, full
/// width or not, or a small letter right after it. (A capital after it
/// starts a sentence, as after an ASCII full stop: "period．Does".)
fn wide_point_inside(bytes: &[u8], i: usize) -> bool {
    if bytes.get(i..i + 3) != Some("．".as_bytes()) {
        return false;
    }
    match bytes.get(i + 3..) {
        Some([c, ..]) if c.is_ascii_digit() || c.is_ascii_lowercase() => true,
        // Full-width digits and small letters: U+FF10..FF19, U+FF41..FF5A.
        Some([0xEF, 0xBC, 0x90..=0x99, ..]) | Some([0xEF, 0xBD, 0x81..=0x9A, ..]) => true,
        _ => false,
    }
}

/// Whether a (trimmed) paragraph text ends with sentence punctuation: `.`,
/// `!`, `?`, `…`, a closing quote or bracket after one of those, or a colon,
/// semicolon or comma (the last two: a fragment, not a heading).
fn ends_with_punctuation(s: &str) -> bool {
    let stripped = s.trim_end_matches(is_closer);
    let Some(last) = stripped.chars().next_back() else {
        return false;
    };
    if stripped.len() < s.len() {
        is_terminal(last)
    } else {
        is_terminal(last) || matches!(last, ':' | ';' | ',')
    }
}

/// Whether a (trimmed) paragraph text is a heading: a markdown `#` line, a
/// dash-wrapped line, or a short text (at most 12 words) without final
/// sentence punctuation that is not a list item.
fn is_heading_text(s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    if is_markdown_heading(s) || is_dash_heading(s) {
        return true;
    }
    if is_list_item(s) {
        return false;
    }
    // The end first: it is one char to look at, and most paragraphs fail it.
    !ends_with_punctuation(s)
        && s.split_whitespace().nth(HEADING_MAX_WORDS).is_none()
        && !has_inline_list(s)
        && !has_full_stop_inside(s)
}

/// Whether a short text without final punctuation holds a sentence's end
/// at a full stop or an ellipsis: "got an A. And then he", "This is UK.
/// Not US", "First sentence... Another sentence". A heading has none (a
/// headline drops its full stops, and "U.S. Economy Grows" or "Mr. Smith
/// Goes to Washington" end none); such a text is sentences whose last one
/// lost its full stop. A question or a cry inside ("Brexit? Not so fast")
/// is a headline's, and so is a number's full stop ("Part 1. Background",
/// "Step 2. Mix the flour"): both keep it a heading.
fn has_full_stop_inside(s: &str) -> bool {
    let b = s.as_bytes();
    if memchr3(b'.', 0xE2, 0xE3, b).is_none() && !b.contains(&0xEF) {
        return false;
    }
    let mut sents = Vec::new();
    split_paragraph(s, 0, s.len(), 0, &mut sents);
    // A small word first, not a brand's small letter ("iPhone", "eBay").
    let opens_small = matches!(b, [x, y, ..] if x.is_ascii_lowercase() && y.is_ascii_lowercase());
    sents.iter().rev().skip(1).any(|t| {
        let head = s
            .get(..t.span.end)
            .unwrap_or_default()
            .trim_end_matches(is_closer);
        // No headline ends a sentence with a wide full stop.
        if head.ends_with(is_wide_terminal) {
            return true;
        }
        // (The ellipsis first: "..." ends with a full stop too.)
        let before = head
            .strip_suffix("...")
            .or_else(|| head.strip_suffix('…'))
            .or_else(|| head.strip_suffix('.'));
        // The word before is a word of small letters, no abbreviation: not
        // "U.S. To Impose New Tariffs", "Part I. The Background", "Acme
        // Corp. Officials Deny", "Trump vs. Biden… Again", "Election Day…
        // Again", whose capitals are a headline's. Or the text is a piece
        // of running prose, not a headline: it opens with a small word and
        // its first sentence reads in sentence case ("got an A. And then
        // he", "operating at 2.4 GHz. Its power stage", "in the E.U.. But
        // they are"), and then any word but an abbreviation may end it. (A
        // headline in sentence case opens with a capital: "Court rules
        // against Trump. Appeal expected", "Police at the scene in Leeds.
        // Photograph: PA".)
        before.is_some_and(|b| {
            let w = b
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default();
            let small = w.len() >= 2 && w.bytes().all(|c| c.is_ascii_lowercase());
            let after_abbreviation = b.ends_with('.') && !b.ends_with("..");
            (small
                || (opens_small
                    && sentence_case(s.get(t.span.start..t.span.end).unwrap_or_default())))
                && (after_abbreviation || lookup_abbreviation(w).is_none())
        })
    })
}

/// Whether a sentence reads in sentence case, as a headline in title case
/// does not: at least two of its words, and at least half of them, start
/// with a small letter (words are runs of letters; numbers do not count).
fn sentence_case(sentence: &str) -> bool {
    let (mut small, mut words) = (0usize, 0usize);
    for w in sentence.split(|c: char| !c.is_alphabetic()) {
        if let Some(c) = w.chars().next() {
            words += 1;
            small += usize::from(c.is_lowercase());
        }
    }
    small >= 2 && small * 2 >= words
}

/// Whether a short text holds a list after a sentence's end, its items
/// without full stops: "They went to the store. w) hello x) hello". No
/// heading reads so, and the list's items are sentences (see
/// [`split_paragraph`]).
fn has_inline_list(s: &str) -> bool {
    let b = s.as_bytes();
    let mut at = 0;
    while let Some(off) = b.get(at..).and_then(|r| memchr3(b'.', b'!', b'?', r)) {
        let i = at + off;
        at = i + 1;
        if !b.get(at).is_some_and(u8::is_ascii_whitespace) {
            continue;
        }
        let q = skip_whitespace(s, at, s.len());
        let listed = match item_marker(&s[q..]) {
            Some((m, len)) => find_marker(s, q + len, s.len(), s.len(), m.next(), false).is_some(),
            None => small_letter_list(s, q, s.len()).is_some(),
        };
        if listed {
            return true;
        }
    }
    false
}

/// Small words a Title Case headline leaves in lower case. Sorted.
const MINOR_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "de", "for", "from", "in", "into", "nor", "of",
    "off", "on", "onto", "or", "over", "per", "so", "than", "the", "to", "up", "upon", "via", "vs",
    "with", "yet",
];

/// Title Case: every word that starts with a letter is capitalized, apart
/// from minor words (of, on, at ...), and at least two words of 4+ letters
/// are capitalized.
fn is_title_case(s: &str) -> bool {
    let mut long_caps = 0;
    for word in s.split_whitespace() {
        let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = w.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        if first.is_uppercase() {
            if w.chars().filter(|c| c.is_alphabetic()).nth(3).is_some() {
                long_caps += 1;
            }
            continue;
        }
        let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if MINOR_WORDS.binary_search(&core).is_err() {
            return false;
        }
    }
    long_caps >= 2
}

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------

/// How a period after a known abbreviation behaves.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Abbr {
    /// Honorifics and ranks: always followed by a name, never end a sentence.
    Title,
    /// Can end a sentence, but only when a typical sentence-starter follows.
    Maybe,
    /// `No. 5`, `Vol. 2`: not a boundary before a digit.
    Numeric,
    /// A state or province (`Calif.`, `Ore.`): as [`Abbr::Maybe`], but
    /// after a town or in a party label it ends a sentence before any
    /// capital.
    State,
    /// A state or province that is also a word or a name (`Miss.`, `Mo.`,
    /// `Alta.`): as [`Abbr::State`], but elsewhere it ends a sentence as a
    /// word does.
    StateOrWord,
}

/// Known abbreviations (case-sensitive, without the final period). Sorted by
/// byte order for binary search.
const ABBREVIATIONS: &[(&str, Abbr)] = &[
    ("Adm", Abbr::Title),
    ("Ala", Abbr::State),
    ("Alta", Abbr::StateOrWord),
    ("Amb", Abbr::Title),
    ("Approx", Abbr::Numeric),
    ("Apr", Abbr::Maybe),
    ("Ariz", Abbr::State),
    ("Ark", Abbr::StateOrWord),
    ("Art", Abbr::Numeric),
    ("Assn", Abbr::Maybe),
    ("Atty", Abbr::Title),
    ("Aug", Abbr::Maybe),
    ("Ave", Abbr::Maybe),
    ("Blvd", Abbr::Maybe),
    ("Brig", Abbr::Title),
    ("Bros", Abbr::Maybe),
    ("Calif", Abbr::State),
    ("Capt", Abbr::Title),
    ("Cdr", Abbr::Title),
    ("Ch", Abbr::Numeric),
    ("Cmdr", Abbr::Title),
    ("Co", Abbr::Maybe),
    ("Col", Abbr::Title),
    ("Colo", Abbr::State),
    ("Conn", Abbr::State),
    ("Corp", Abbr::Maybe),
    ("Cos", Abbr::Maybe),
    ("Cpl", Abbr::Title),
    ("Dec", Abbr::Maybe),
    ("Del", Abbr::State),
    ("Dept", Abbr::Maybe),
    ("Det", Abbr::Title),
    ("Dr", Abbr::Title),
    ("Eq", Abbr::Numeric),
    ("Feb", Abbr::Maybe),
    ("Fig", Abbr::Numeric),
    ("Figs", Abbr::Numeric),
    ("Fla", Abbr::State),
    ("Fr", Abbr::Title),
    ("Fri", Abbr::Maybe),
    ("Ft", Abbr::Maybe),
    ("Ga", Abbr::State),
    ("Gen", Abbr::Title),
    ("Gov", Abbr::Title),
    ("Govt", Abbr::Maybe),
    ("Hon", Abbr::Title),
    ("Ill", Abbr::StateOrWord),
    ("Inc", Abbr::Maybe),
    ("Ind", Abbr::StateOrWord),
    ("Insp", Abbr::Title),
    ("Jan", Abbr::Maybe),
    ("Jr", Abbr::Maybe),
    ("Jul", Abbr::Maybe),
    ("Jun", Abbr::Maybe),
    ("Kan", Abbr::State),
    ("Ky", Abbr::State),
    ("La", Abbr::StateOrWord),
    ("Lt", Abbr::Title),
    ("Ltd", Abbr::Maybe),
    ("Maj", Abbr::Title),
    ("Mar", Abbr::Maybe),
    ("Mass", Abbr::State),
    ("Md", Abbr::State),
    ("Messrs", Abbr::Title),
    ("Mich", Abbr::State),
    ("Minn", Abbr::State),
    ("Miss", Abbr::StateOrWord),
    ("Mme", Abbr::Title),
    ("Mo", Abbr::StateOrWord),
    ("Mon", Abbr::Maybe),
    ("Mont", Abbr::StateOrWord),
    ("Mr", Abbr::Title),
    ("Mrs", Abbr::Title),
    ("Ms", Abbr::Title),
    ("Msgr", Abbr::Title),
    ("Mt", Abbr::Maybe),
    ("Neb", Abbr::StateOrWord),
    ("Nev", Abbr::State),
    ("No", Abbr::Numeric),
    ("Nos", Abbr::Numeric),
    ("Nov", Abbr::Maybe),
    // The numero sign after N: "N°. 5", "Nº. 12".
    ("N°", Abbr::Numeric),
    ("Nº", Abbr::Numeric),
    ("Oct", Abbr::Maybe),
    ("Okla", Abbr::State),
    ("Ont", Abbr::StateOrWord),
    ("Op", Abbr::Numeric),
    ("Ore", Abbr::State),
    ("Pa", Abbr::State),
    ("Para", Abbr::Numeric),
    ("Pfc", Abbr::Title),
    ("Pres", Abbr::Title),
    ("Prof", Abbr::Title),
    ("Pvt", Abbr::Title),
    ("Que", Abbr::StateOrWord),
    ("Rep", Abbr::Title),
    ("Reps", Abbr::Title),
    ("Rev", Abbr::Title),
    // Rupees before the sum: "Rs. 500 crore".
    ("Rs", Abbr::Numeric),
    ("Sask", Abbr::StateOrWord),
    ("Sat", Abbr::Maybe),
    ("Sec", Abbr::Numeric),
    ("Sen", Abbr::Title),
    ("Sens", Abbr::Title),
    ("Sep", Abbr::Maybe),
    ("Sept", Abbr::Maybe),
    ("Sgt", Abbr::Title),
    ("Sr", Abbr::Maybe),
    // Spanish "Señora", "Señorita": "Sra. Smithers".
    ("Sra", Abbr::Title),
    ("Srta", Abbr::Title),
    ("St", Abbr::Maybe),
    ("Supt", Abbr::Title),
    ("Tenn", Abbr::State),
    ("Thu", Abbr::Maybe),
    ("Thurs", Abbr::Maybe),
    ("Tue", Abbr::Maybe),
    ("Tues", Abbr::Maybe),
    ("Va", Abbr::State),
    ("Vol", Abbr::Numeric),
    ("Vt", Abbr::StateOrWord),
    ("Wash", Abbr::StateOrWord),
    ("Wed", Abbr::Maybe),
    ("Wis", Abbr::State),
    ("Wyo", Abbr::StateOrWord),
    ("al", Abbr::Maybe),
    ("approx", Abbr::Maybe),
    // An article of a treaty or a law: "art. 5 of the treaty".
    ("art", Abbr::Numeric),
    ("ca", Abbr::Maybe),
    ("cf", Abbr::Title),
    ("ch", Abbr::Numeric),
    // Degrees before the scale: "5 deg. C".
    ("deg", Abbr::Maybe),
    ("eq", Abbr::Numeric),
    ("est", Abbr::Maybe),
    ("etc", Abbr::Maybe),
    ("fig", Abbr::Numeric),
    ("figs", Abbr::Numeric),
    // Feet before inches: "5 ft. 10 in."
    ("ft", Abbr::Numeric),
    ("no", Abbr::Numeric),
    ("nos", Abbr::Numeric),
    ("op", Abbr::Numeric),
    ("p", Abbr::Numeric),
    ("para", Abbr::Numeric),
    ("pp", Abbr::Numeric),
    ("rs", Abbr::Numeric),
    ("v", Abbr::Title),
    ("viz", Abbr::Title),
    ("vol", Abbr::Numeric),
    ("vs", Abbr::Title),
];

/// The longest entry of [`ABBREVIATIONS`], in bytes.
const MAX_ABBREVIATION_BYTES: usize = 6;

/// The bytes [`ABBREVIATIONS`]' entries start with: a word that starts
/// with another ("said", "time", "year") is none, and skips the search.
const ABBREVIATION_FIRST_BYTES: [bool; 256] = {
    let mut first = [false; 256];
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        first[ABBREVIATIONS[i].0.as_bytes()[0] as usize] = true;
        i += 1;
    }
    first
};

/// Whether `token` (without its full stop) is an abbreviation the
/// splitter knows ("vs", "p", "approx", "etc"): a full stop after it may
/// not end a sentence.
pub(crate) fn is_abbreviation(token: &str) -> bool {
    lookup_abbreviation(token).is_some()
}

fn lookup_abbreviation(token: &str) -> Option<Abbr> {
    // No abbreviation is longer ("Messrs", "approx"): most words before a
    // full stop are, and skip the search.
    if token.len() > MAX_ABBREVIATION_BYTES
        || !token
            .as_bytes()
            .first()
            .is_some_and(|&b| ABBREVIATION_FIRST_BYTES[usize::from(b)])
    {
        return None;
    }
    ABBREVIATIONS
        .binary_search_by(|(k, _)| k.cmp(&token))
        .ok()
        .map(|i| ABBREVIATIONS[i].1)
}

/// A numbering abbreviation written in capitals, as headings and legal
/// texts write it: "SEC. 1262 AUTHORIZATION", "NO. 7", "FIG. 3". Only
/// those that number what follows: "SEN." or "GOV." in capitals is no
/// abbreviation the splitter trusts.
fn numeric_in_capitals(token: &str) -> bool {
    let b = token.as_bytes();
    let mut buf = [0u8; 6];
    if !(2..=buf.len()).contains(&b.len()) || !b.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    for (d, &c) in buf.iter_mut().zip(b).skip(1) {
        *d = c.to_ascii_lowercase();
    }
    buf[0] = b[0];
    std::str::from_utf8(&buf[..b.len()])
        .is_ok_and(|w| lookup_abbreviation(w) == Some(Abbr::Numeric))
}

/// Capitalized words that typically open a sentence (lower-cased). After a
/// dotted acronym or an abbreviation that may end a sentence ("... troops in
/// the U.S. The next day"), one of these means a boundary; a proper noun
/// ("U.S. Secretary of State") means none. Besides the function words: the
/// adverbs and the plural subjects that most often open a sentence in news
/// prose ("in the U.S. Millions attended", "in Oct. Economists had
/// expected", "Project R.I.S.E. Just as important"), words no institution's
/// name starts with after "U.S." or "Inc.". Sorted.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "about",
    "according",
    "additionally",
    "after",
    "afterwards",
    "again",
    "all",
    "almost",
    "already",
    "also",
    "although",
    "always",
    "among",
    "an",
    "analysts",
    "and",
    "another",
    "any",
    "as",
    "at",
    "because",
    "before",
    "besides",
    "both",
    "but",
    "by",
    "clearly",
    "consequently",
    "currently",
    "despite",
    "dozens",
    "during",
    "each",
    "earlier",
    "economists",
    "even",
    "eventually",
    "every",
    "everybody",
    "everyone",
    "everything",
    "experts",
    "few",
    "finally",
    "for",
    "fortunately",
    "from",
    "furthermore",
    "generally",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "humans",
    "hundreds",
    "i",
    "if",
    "importantly",
    "in",
    "indeed",
    "initially",
    "instead",
    "interestingly",
    "ironically",
    "it",
    "its",
    "last",
    "later",
    "likewise",
    "luckily",
    "many",
    "maybe",
    "meanwhile",
    "millions",
    "more",
    "moreover",
    "most",
    "my",
    "neither",
    "never",
    "nevertheless",
    "no",
    "nobody",
    "none",
    "nonetheless",
    "not",
    "notably",
    "nothing",
    "now",
    "obviously",
    "officials",
    "often",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "over",
    "overall",
    "people",
    "perhaps",
    "previously",
    "recently",
    "researchers",
    "sadly",
    "scientists",
    "separately",
    "several",
    "she",
    "similarly",
    "since",
    "so",
    "some",
    "someone",
    "sometimes",
    "specifically",
    "still",
    "such",
    "surprisingly",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thousands",
    "thus",
    "to",
    "today",
    "tomorrow",
    "tonight",
    "typically",
    "ultimately",
    "under",
    "unfortunately",
    "unlike",
    "until",
    "usually",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whose",
    "why",
    "with",
    "within",
    "without",
    "yesterday",
    "yet",
    "you",
];

/// Verbs of saying: `"Why?" Obama asked.` is one sentence.
const SPEECH_VERBS: &[&str] = &[
    "added",
    "adds",
    "argued",
    "asked",
    "asks",
    "continued",
    "cried",
    "declared",
    "demanded",
    "exclaimed",
    "explained",
    "insisted",
    "joked",
    "noted",
    "recalled",
    "replied",
    "said",
    "says",
    "shouted",
    "tells",
    "told",
    "tweeted",
    "warned",
    "wondered",
    "writes",
    "wrote",
    "yelled",
];

/// The ASCII word starting at `pos` (letters only), lower-cased into `buf`;
/// `None` if there is none or it is too long for `buf`. Also returns the byte
/// after the word.
fn ascii_word_lower<'b>(
    bytes: &[u8],
    pos: usize,
    buf: &'b mut [u8; 16],
) -> Option<(&'b str, usize)> {
    let mut n = 0;
    let mut i = pos;
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        if n == buf.len() {
            return None;
        }
        buf[n] = bytes[i].to_ascii_lowercase();
        n += 1;
        i += 1;
    }
    if n == 0 {
        return None;
    }
    // Only ASCII letters were copied, so this cannot fail.
    std::str::from_utf8(&buf[..n]).ok().map(|w| (w, i))
}

/// Whether the word at `pos` is a capitalized sentence starter ("The",
/// "He" ...), and not itself an initial ("A. Smith").
fn is_starter_word(bytes: &[u8], pos: usize) -> bool {
    let mut buf = [0u8; 16];
    match ascii_word_lower(bytes, pos, &mut buf) {
        Some((w, after)) => {
            // (Not a name's possessive: "The U.S. People's Party".)
            !matches!(bytes.get(after), Some(b'.' | b'\''))
                && bytes.get(after..after + 3) != Some("’".as_bytes())
                && SENTENCE_STARTERS.binary_search(&w).is_ok()
        }
        None => false,
    }
}

/// After `"Why?"`: whether up to three capitalized words (not sentence
/// starters) and then a verb of saying follow: `"Why?" Barack Obama asked.`
fn is_attribution(text: &str, pos: usize, end: usize) -> bool {
    let bytes = &text.as_bytes()[..end];
    let mut i = pos;
    let mut names = 0;
    loop {
        let Some(c) = text[i..end].chars().next() else {
            return false;
        };
        if c.is_uppercase() {
            if names == 0 && is_starter_word(bytes, i) {
                return false;
            }
            names += 1;
            if names > 3 {
                return false;
            }
        } else {
            let mut buf = [0u8; 16];
            return names > 0
                && ascii_word_lower(bytes, i, &mut buf)
                    .is_some_and(|(w, _)| SPEECH_VERBS.binary_search(&w).is_ok());
        }
        // Skip this word (letters, periods, apostrophes, hyphens) and the
        // white space after it.
        let Some((word_len, _)) = text[i..end]
            .char_indices()
            .take(24)
            .find(|(_, c)| c.is_whitespace())
        else {
            return false;
        };
        i += word_len;
        i = skip_whitespace(text, i, end);
        if i >= end {
            return false;
        }
    }
}

/// How far (in bytes) [`short_cry`] looks back for the quotation's start
/// and ahead for its end.
const MAX_CRY_BYTES: usize = 40;

/// Whether the `!` or `?` at `i` (its run ending at `k`, no closing mark
/// after it) is inside a short quotation that ends soon with `!`, `?` or
/// `,` and that the sentence goes on after: a lower-case word (`"No room!
/// No room!" they cried`, `"The Queen! The Queen!" and the gardeners`) or
/// a name and a verb of saying (`"Hush! Hush!" Alice said`). Such a cry
/// or a quick question and answer (`"Was it planned? No," he said`) is
/// one utterance with its attribution: a careful reader does not stop
/// inside it. Quotations with a full stop inside are split as before,
/// and so are long ones: both parts are at most [`MAX_CRY_BYTES`].
fn short_cry(text: &str, sent_start: usize, i: usize, k: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // Back: the opening quote, with no full stop or other quote between.
    let lo = sent_start.max(i.saturating_sub(MAX_CRY_BYTES));
    let mut p = i;
    let opened = loop {
        if p <= lo {
            break false;
        }
        p -= 1;
        let b = bytes[p];
        let before_ok = p == sent_start
            || bytes[p - 1].is_ascii_whitespace()
            || matches!(bytes[p - 1], b'(' | b'[' | b',' | b':');
        let letter_before = p > 0 && bytes[p - 1].is_ascii_alphanumeric();
        match b {
            b'.' | b';' | b'(' | b')' => break false,
            b'"' | b'`' => break before_ok,
            b'\'' if letter_before => {}
            b'\'' => break before_ok,
            // “ and ‘ (E2 80 9C, E2 80 98) open; ” closes; ’ is also an
            // apostrophe ("It’s").
            0xE2 if bytes[p..].starts_with("“".as_bytes()) => break true,
            0xE2 if bytes[p..].starts_with("‘".as_bytes()) => break true,
            0xE2 if bytes[p..].starts_with("’".as_bytes()) && letter_before => {}
            0xE2 if bytes[p..].starts_with("”".as_bytes())
                || bytes[p..].starts_with("’".as_bytes()) =>
            {
                break false;
            }
            _ => {}
        }
    };
    if !opened {
        return false;
    }
    // Ahead: the rest of the quotation, ending with `!`, `?` or `,` and a
    // closing quote.
    let hi = end.min(k + MAX_CRY_BYTES);
    let mut q = k;
    let close_end = loop {
        if q >= hi {
            return false;
        }
        let b = bytes[q];
        match b {
            b'.' | b';' | b':' | b'(' | b')' | b'"' | b'`' => return false,
            b'\'' if q > 0 && bytes[q - 1].is_ascii_alphabetic() => {
                // An apostrophe ("they'll") or a closing quote.
                if bytes.get(q + 1).is_some_and(u8::is_ascii_alphabetic) {
                    q += 1;
                    continue;
                }
                return false;
            }
            b'\'' => return false,
            b'!' | b'?' | b',' => {
                let mut r = q + 1;
                while r < end && matches!(bytes[r], b'!' | b'?') {
                    r += 1;
                }
                let rest = &bytes[r..end];
                let closer = if rest.first().is_some_and(|&c| c == b'"' || c == b'\'') {
                    1
                } else if rest.starts_with("”".as_bytes()) || rest.starts_with("’".as_bytes()) {
                    3
                } else {
                    0
                };
                if closer > 0 {
                    break r + closer;
                }
                if b == b',' {
                    // A comma inside the quotation.
                    q = r;
                    continue;
                }
                q = r;
            }
            0xE2 if bytes[q..].starts_with("“".as_bytes())
                || bytes[q..].starts_with("”".as_bytes())
                || bytes[q..].starts_with("…".as_bytes()) =>
            {
                return false;
            }
            _ => q += 1,
        }
    };
    let after = skip_whitespace(text, close_end, end);
    if after == close_end {
        return false;
    }
    match text[after..end].chars().next() {
        Some(c) if c.is_lowercase() => true,
        Some(c) if c.is_uppercase() => is_attribution(text, after, end),
        _ => false,
    }
}

fn skip_whitespace(text: &str, pos: usize, end: usize) -> usize {
    let s = &text[pos..end];
    pos + (s.len() - s.trim_start().len())
}

/// The word right before byte `i` (letters, digits, periods and
/// apostrophes; at most [`MAX_TOKEN_CHARS`]), with leading non-alphanumerics
/// stripped. Returns its start and the word.
fn token_before(text: &str, from: usize, i: usize) -> (usize, &str) {
    let s = &text[from..i];
    let start = ascii_token_start(s.as_bytes()).unwrap_or_else(|| char_token_start(s));
    let tok = &s[start..];
    let trimmed = tok.trim_start_matches(|c: char| !c.is_alphanumeric());
    let tok_start = from + start + (tok.len() - trimmed.len());
    (tok_start, trimmed)
}

/// Where the word at the end of `b` starts (see [`token_before`]), read
/// as bytes: most words before a full stop are ASCII, and decoding them
/// backwards as chars costs more than the rest of the look-behind. `None`
/// when a non-ASCII byte comes before the word ends: [`char_token_start`]
/// reads it.
fn ascii_token_start(b: &[u8]) -> Option<usize> {
    let mut start = b.len();
    while start > 0 && b.len() - start < MAX_TOKEN_CHARS {
        let c = b[start - 1];
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'\'' {
            start -= 1;
        } else if c < 0x80 {
            return Some(start);
        } else {
            return None;
        }
    }
    Some(start)
}

/// Where the word at the end of `s` starts, char by char: letters and
/// digits of any script, periods, apostrophes (`'`, `’`), and the numero
/// sign's degree right before the period ("N°").
fn char_token_start(s: &str) -> usize {
    let mut start = s.len();
    for (n, (idx, c)) in s.char_indices().rev().enumerate() {
        let numero = n == 0 && c == '°';
        if n >= MAX_TOKEN_CHARS || !(c.is_alphanumeric() || numero || matches!(c, '.' | '\'' | '’'))
        {
            break;
        }
        start = idx;
    }
    start
}

/// `U.S`, `a.m`, `Ph.D`, `U..N`: dot-separated pieces of at most two
/// letters each (the final period is not part of the token).
fn is_dotted_acronym(tok: &str) -> bool {
    tok.contains('.')
        && tok
            .split('.')
            .all(|seg| seg.len() <= 2 && seg.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Finds the next `.`, `!`, `?` or `…` at or after `from` (before `end`).
/// `ell` caches the position of the next `…` (or `usize::MAX`), valid while
/// it is `>= from`; `ell_from` is where that cached search started.
struct Terminators<'t> {
    bytes: &'t [u8],
    end: usize,
    ell: usize,
    ell_from: usize,
}

impl<'t> Terminators<'t> {
    fn new(bytes: &'t [u8], end: usize) -> Self {
        Terminators {
            bytes,
            end,
            ell: 0,
            ell_from: usize::MAX,
        }
    }

    /// The next `…` or wide terminator ([`is_wide_terminal`]) at or after
    /// `from`, `usize::MAX` if none: the terminators that are not ASCII.
    fn next_ellipsis(&mut self, from: usize) -> usize {
        if self.ell_from != usize::MAX && self.ell_from <= from && self.ell >= from {
            return self.ell;
        }
        let mut i = from;
        let found = loop {
            match memchr3(0xE2, 0xE3, 0xEF, &self.bytes[i..self.end]) {
                None => break usize::MAX,
                Some(off) => {
                    let p = i + off;
                    let rest = &self.bytes[p..self.end];
                    if rest.starts_with("…".as_bytes()) || wide_terminal_len(rest).is_some() {
                        break p;
                    }
                    i = p + 1;
                }
            }
        };
        self.ell = found;
        self.ell_from = from;
        found
    }

    fn next_from(&mut self, from: usize) -> Option<usize> {
        if from >= self.end {
            return None;
        }
        let punct = memchr3(b'.', b'!', b'?', &self.bytes[from..self.end]).map(|o| from + o);
        let ell = self.next_ellipsis(from);
        match punct {
            Some(p) if p < ell => Some(p),
            _ if ell != usize::MAX => Some(ell),
            _ => None,
        }
    }
}

/// Finds the first `(` or `[` at or after a position (before `end`),
/// cached while that position moves forward: most sentences hold no
/// bracket, and a paragraph's bytes are searched once.
struct Openers {
    /// Where the cached search started (`usize::MAX`: none yet).
    from: usize,
    /// The bracket it found, or `usize::MAX`.
    at: usize,
}

impl Openers {
    fn new() -> Self {
        Openers {
            from: usize::MAX,
            at: usize::MAX,
        }
    }

    fn first_from(&mut self, bytes: &[u8], from: usize, end: usize) -> usize {
        if self.from <= from && from <= self.at {
            return self.at;
        }
        self.from = from;
        self.at = bytes
            .get(from..end)
            .and_then(|b| memchr2(b'(', b'[', b))
            .map_or(usize::MAX, |o| from + o);
        self.at
    }
}

/// Split each paragraph into sentences. A heading paragraph is one heading
/// sentence; other paragraphs are tiled by sentences whose spans start and
/// end on non-whitespace, with only white space between them. A list
/// item's marker opens its sentence ("1. The first point."), as the public
/// segmentation suites (the Pragmatic Segmenter's golden rules, pySBD,
/// syntok) have it: a reader quoting the item quotes its number, and no
/// text falls between two sentences. Paragraph spans that do not fit
/// `text` are skipped.
pub fn find_sentences(text: &str, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(paragraphs.len() * 2);
    for (pi, p) in paragraphs.iter().enumerate() {
        if text.get(p.span.start..p.span.end).is_none() {
            continue;
        }
        let (start, end) = trim_range(text, p.span.start, p.span.end);
        if start == end {
            continue;
        }
        if p.heading {
            out.push(Sentence {
                span: Span::new(start, end),
                paragraph: pi,
                heading: true,
            });
            continue;
        }
        split_paragraph(text, start, end, pi, &mut out);
    }
    out
}

/// The length of a numbered list marker and the space after it (`2. The
/// second`): one or two digits, a period, space, and a capital letter or an
/// opening quote. After a bullet (`• 9. The first`) it is the item's
/// number, which is no sentence of its own.
fn inline_marker_len(s: &str) -> usize {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || s.as_bytes().get(digits) != Some(&b'.') {
        return 0;
    }
    let rest = &s[digits + 1..];
    let body = rest.trim_start();
    let starts_sentence = body
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || is_opener(c));
    match starts_sentence && body.len() < rest.len() {
        true => s.len() - body.len(),
        false => 0,
    }
}

/// The length of a list item's marker and the space after it (`- `, `* `,
/// `+ `, `• `, `1. `, `12) `, `a. `) at the start of a trimmed paragraph
/// text; 0 if it does not open with one.
fn list_marker_len(s: &str) -> usize {
    if !is_list_item(s) {
        return 0;
    }
    match item_marker(s) {
        Some((_, len)) => len,
        // `- `, `* `, `+ `, or `a) ` before a small letter.
        None => s.len() - s.get(1..).map_or("", str::trim_start).len(),
    }
}

/// Where the marker `want` stands in `text[from..limit]`, after white
/// space and as [`marker_of`] reads a marker (with `small`) from the text
/// up to `end`: its start and length. A search that finds the marker's
/// text elsewhere ("item 2.5", "by 2. The" inside a word) goes on after
/// it, so the scan stays linear.
fn find_marker(
    text: &str,
    from: usize,
    limit: usize,
    end: usize,
    want: Marker,
    small: bool,
) -> Option<(usize, usize)> {
    let mut buf = [0u8; 8];
    let needle: &[u8] = match want {
        Marker::Bullet(c) => c.encode_utf8(&mut buf).as_bytes(),
        Marker::Number(n, _) => {
            let digits = n.to_string();
            let len = digits.len().min(buf.len());
            buf[..len].copy_from_slice(&digits.as_bytes()[..len]);
            &buf[..len]
        }
        Marker::Letter(c, _) => {
            buf[0] = c;
            &buf[..1]
        }
    };
    let finder = memchr::memmem::Finder::new(needle);
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(off) = bytes.get(at..limit).and_then(|b| finder.find(b)) {
        let p = at + off;
        at = p + needle.len();
        let after_space = p
            .checked_sub(1)
            .and_then(|b| bytes.get(b))
            .is_some_and(u8::is_ascii_whitespace);
        if p == from || !after_space {
            continue;
        }
        match text.get(p..end).and_then(|rest| marker_of(rest, small)) {
            Some((m, len)) if m == want => return Some((p, len)),
            _ => {}
        }
    }
    None
}

/// The length of the list marker a sentence opens with and the space after
/// it ("1. ", "• 9. ", "- ", "a) "), 0 if it opens with none. A sentence
/// holds its marker, but what the marker adds is layout to a reader who
/// weighs what the sentence says: the check-worthiness score reads the
/// sentence without it ("2. Hygiene technician" is no more a claim for its
/// number than "Hygiene technician").
pub fn marker_len(sentence: &str) -> usize {
    let b = sentence.as_bytes();
    let len = match marker_of(sentence, true) {
        Some((_, len)) => len,
        None if b.len() >= 2
            && matches!(b[0], b'-' | b'*' | b'+')
            && b[1].is_ascii_whitespace() =>
        {
            sentence.len() - sentence.get(1..).map_or("", str::trim_start).len()
        }
        None => return 0,
    };
    // `• 9. The first item`: the item's number too.
    len + sentence.get(len..).map_or(0, inline_marker_len)
}

/// The list whose item a sentence of [`split_paragraph`] is in.
#[derive(Clone, Copy)]
struct List {
    /// The item's marker.
    marker: Marker,
    /// Its items start with small letters ("a) here it is").
    small: bool,
    /// It opens the paragraph, and its next marker is looked for to the
    /// paragraph's end. Later lists look within [`MAX_ITEM_BYTES`]: a
    /// paragraph opens one list, but may hold many that stop, and a look
    /// to the end for each one's missing next marker would make the scan
    /// quadratic.
    far: bool,
    /// Where the next item's marker stands: the item ends there, full stop
    /// or not ("1. The first item 2. The second item"). The paragraph's
    /// end when no next marker was found.
    next_at: usize,
}

/// A sentence starts at `q` (the paragraph starts at `para` and ends at
/// `end`): where to look for its end from, past the list marker it opens
/// with, whose full stop ends nothing ("1. The first", "a. The first",
/// "• 9. The first"). A marker at the paragraph's start, or after a full
/// stop, opens a list, and the list's next marker ends its item (looked
/// for to the paragraph's end for the list that opens the paragraph,
/// within [`MAX_ITEM_BYTES`] for later ones); the next marker of a list in
/// progress opens its next item.
fn open_sentence(text: &str, para: usize, q: usize, end: usize, list: &mut Option<List>) -> usize {
    // Most sentences open with a capital: no marker does (they open with
    // a digit, a small letter, a bullet, `-`, `*` or `+`), and no list's
    // next marker stands there. This test is all most sentences pay.
    let may_mark = text.as_bytes().get(q).is_some_and(|&b| {
        b.is_ascii_digit() || b.is_ascii_lowercase() || matches!(b, 0xE2 | b'-' | b'*' | b'+')
    });
    if may_mark {
        open_marked(text, para, q, end, list)
    } else {
        q
    }
}

/// [`open_sentence`] at a byte a marker may start with: kept out of line,
/// so that the scan for full stops stays small.
#[inline(never)]
fn open_marked(text: &str, para: usize, q: usize, end: usize, list: &mut Option<List>) -> usize {
    let Some(rest) = text.get(q..end) else {
        // (Never: a marker stands after white space.) No list, so that
        // no item's end waits at `q`.
        *list = None;
        return q;
    };
    let bullet_number = |from: usize, m: Marker| match m {
        Marker::Bullet(_) => from + text.get(from..end).map_or(0, inline_marker_len),
        _ => from,
    };
    if let Some(l) = list.as_mut()
        && l.next_at == q
    {
        let m = l.marker.next();
        let len = marker_of(rest, l.small).map_or(0, |(_, len)| len);
        let from = q + len;
        l.marker = m;
        let limit = match l.far {
            true => end,
            false => end.min(from + MAX_ITEM_BYTES),
        };
        l.next_at = find_marker(text, from, limit, end, m.next(), l.small).map_or(end, |(p, _)| p);
        return bullet_number(from, m);
    }
    let in_item = list.is_some_and(|l| l.next_at < end);
    if let Some((m, len)) = item_marker(rest) {
        let from = q + len;
        if !in_item {
            let limit = match q == para {
                true => end,
                false => end.min(from + MAX_ITEM_BYTES),
            };
            let next_at = find_marker(text, from, limit, end, m.next(), false);
            *list = Some(List {
                marker: m,
                small: false,
                far: q == para,
                next_at: next_at.map_or(end, |(p, _)| p),
            });
        }
        return bullet_number(from, m);
    }
    if !in_item && let Some((m, len, next_at)) = small_letter_list(text, q, end) {
        *list = Some(List {
            marker: m,
            small: true,
            far: false,
            next_at,
        });
        return q + len;
    }
    if q == para {
        // `- `, `* `, `+ ` items (whose next marker is no sign of a new
        // item inside a sentence), and `- 1. The first item`.
        let len = list_marker_len(rest);
        if len > 0 {
            return q + len + text.get(q + len..end).map_or(0, inline_marker_len);
        }
    }
    q
}

/// Whether a list of small letters starts at `q` (see
/// [`small_letter_list`]), out of line: most small letters after a full
/// stop follow an abbreviation ("U.S. officials").
#[inline(never)]
fn small_list_at(text: &str, q: usize, end: usize) -> bool {
    small_letter_list(text, q, end).is_some()
}

/// Split the paragraph `text[start..end]` into sentences.
fn split_paragraph(text: &str, start: usize, end: usize, pi: usize, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let mut terms = Terminators::new(bytes, end);
    let mut openers = Openers::new();
    let mut list = None;
    let mut sent_start = start;
    let mut pos = open_sentence(text, start, start, end, &mut list);
    // The next terminator at or after `pos`, kept while it lies past an
    // item's end: an inline list of many items and no full stop is read
    // once.
    let mut ahead: Option<usize> = None;
    loop {
        let found = match ahead {
            Some(a) if a >= pos => Some(a),
            _ => terms.next_from(pos),
        };
        ahead = found;
        let item_end = list.map_or(end, |l: List| l.next_at);
        let i = match found {
            Some(i) if i < item_end => i,
            _ if item_end < end => {
                // The next item's marker ends this item.
                let (s, e) = trim_range(text, sent_start, item_end);
                if s < e {
                    out.push(Sentence {
                        span: Span::new(s, e),
                        paragraph: pi,
                        heading: false,
                    });
                }
                sent_start = item_end;
                pos = open_sentence(text, start, item_end, end, &mut list);
                continue;
            }
            _ => break,
        };
        // "３．５%": a full-width point inside a number or a name.
        if wide_point_inside(bytes, i) {
            pos = i + 3;
            continue;
        }
        // The run of terminators: "?!", "...", "…".
        let mut j = i;
        let mut dots = 0usize;
        let mut bang = false;
        let mut ellipsis = false;
        let mut wide = false;
        while j < end {
            if let Some(len) = wide_terminal_len(&bytes[j..end]) {
                if wide_point_inside(bytes, j) {
                    break;
                }
                wide = true;
                j += len;
                continue;
            }
            match bytes[j] {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'!' | b'?' => {
                    bang = true;
                    j += 1;
                }
                0xE2 if bytes[j..end].starts_with("…".as_bytes()) => {
                    ellipsis = true;
                    j += 3;
                }
                _ => break,
            }
        }
        // Closing quotes and brackets: `coordinated." He`.
        let mut k = j;
        for c in text[j..end].chars() {
            if !is_closer(c) {
                break;
            }
            k += c.len_utf8();
        }
        let closed = k > j;
        // (Looked at only where a bracket follows: most full stops have none.)
        let k = match bytes.get(k..).unwrap_or_default() {
            [b'[', ..] | [b' ', b'[', ..] => footnotes_after(bytes, k, end),
            _ => k,
        };
        pos = k;
        let next = skip_whitespace(text, k, end);
        // A wide terminator ends its sentence wherever more follows, but
        // for an English cue after a quote it closes (`“走了。” he said`).
        let boundary = if wide {
            next < end && !(closed && bytes.get(next).is_some_and(u8::is_ascii_lowercase))
        } else {
            if next == k
                && dots == 1
                && !bang
                && !ellipsis
                && glued_boundary(text, sent_start, i, k, end)
            {
                // "officials said.Four more were hurt": the space is missing.
                out.push(Sentence {
                    span: Span::new(sent_start, k),
                    paragraph: pi,
                    heading: false,
                });
                sent_start = k;
                continue;
            }
            if next == k || next >= end {
                // No white space after it (3.5, U.S.-led, example.com), or the
                // paragraph ends here anyway.
                continue;
            }
            let Some(next_c) = text[next..end].chars().next() else {
                continue;
            };
            let opening = is_opener(next_c);
            // A small letter starts a sentence only as a list's marker: "went
            // to the store. w) hello x) hello".
            if !(next_c.is_uppercase()
                || next_c.is_ascii_digit()
                || opening
                || next_c.is_ascii_lowercase() && small_list_at(text, next, end))
            {
                continue;
            }
            if bang {
                !(closed && !opening && is_attribution(text, next, end))
                    && (closed || !short_cry(text, sent_start, i, k, end))
            } else {
                // (The word before is looked for from the sentence's start: after
                // "said.Four", a word glued to the one before is its own.)
                let (tok_start, tok) = token_before(text, sent_start, i);
                // The last dot of ". . ." (not of ". . . .", which ends a
                // sentence with its fourth).
                let spaced = dots == 1 && !ellipsis && spaced_dots(bytes, start, i) == 3;
                if (ellipsis || dots >= 2)
                    && i > start
                    && bytes[i - 1] == b'['
                    && j < end
                    && bytes[j] == b']'
                {
                    // "[...]" marks words left out of a quotation.
                    false
                } else if spaced {
                    // Spaced dots mark words left out inside a sentence (four,
                    // the last a full stop, where the sentence ends): only a
                    // typical opener after them starts a new one, and the
                    // pronoun "I" is capitalized wherever it stands ("the
                    // thing is . . . I didn't mean it").
                    !is_pronoun_i(bytes, next) && (opening || is_starter_word(bytes, next))
                } else if ellipsis || dots >= 2 {
                    // "we'll see... The" is a boundary; "the ... Obama" is not.
                    !tok.is_empty() || opening || is_starter_word(bytes, next)
                } else {
                    period_is_boundary(text, start, sent_start, tok_start, tok, next, next_c)
                        && !(matches!(next_c, '(' | '[') && bracket_is_aside(text, tok, next, end))
                        && !(openers.first_from(bytes, sent_start, end) < i
                            && in_open_bracket(bytes, sent_start, i, next, end))
                }
            }
        };
        if boundary {
            out.push(Sentence {
                span: Span::new(sent_start, k),
                paragraph: pi,
                heading: false,
            });
            // "1. The first point. 2. The second.": the marker opens the
            // next sentence.
            sent_start = next;
            pos = open_sentence(text, start, next, end, &mut list);
        }
    }
    if sent_start < end {
        out.push(Sentence {
            span: Span::new(sent_start, end),
            paragraph: pi,
            heading: false,
        });
    }
}

/// The longest footnote number [`footnotes_after`] reads ("[123]").
const MAX_FOOTNOTE_DIGITS: usize = 3;

/// Where the footnote marks right after a sentence's end (and its closing
/// marks) end, glued or one space away: "a Christian saint and
/// martyr.[1] The emperor", "at large.[7][8] This was", "Hydrogen is a
/// gas. [1] It is". A reader reads the mark with the sentence it
/// annotates, not as the next one's start. Marks are bracketed numbers of
/// up to three digits, and the run counts only where white space or the
/// paragraph's end follows it; `k` itself when there is none.
fn footnotes_after(bytes: &[u8], k: usize, end: usize) -> usize {
    let mark_len = |q: usize| -> Option<usize> {
        if bytes.get(q) != Some(&b'[') {
            return None;
        }
        let digits = bytes
            .get(q + 1..end)?
            .iter()
            .take(MAX_FOOTNOTE_DIGITS + 1)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let close = q + 1 + digits;
        ((1..=MAX_FOOTNOTE_DIGITS).contains(&digits)
            && close < end
            && bytes.get(close) == Some(&b']'))
        .then_some(digits + 2)
    };
    let mut last = k;
    loop {
        let q = if bytes.get(last) == Some(&b' ') {
            last + 1
        } else {
            last
        };
        match mark_len(q) {
            Some(len) => last = q + len,
            None => break,
        }
    }
    if last >= end || bytes.get(last).is_some_and(u8::is_ascii_whitespace) {
        last
    } else {
        k
    }
}

/// How far (in bytes) [`bracket_is_aside`] looks for the bracket's close.
const MAX_ASIDE_BYTES: usize = 160;

/// Whether the bracket opening at `open` (after a full stop, white space,
/// and `tok` before the full stop) is an aside of the sentence before it,
/// so that the full stop is an abbreviation's and no sentence ends there:
/// "Apple Inc. (AAPL) said", "King Jr. (1929-1968) led", "Rothschild &
/// Co. (cited from WSJ)", "etc. (short for et cetera), but". A careful
/// reader looks at the bracket: it closes soon (no nested bracket), and
/// the sentence goes on after it (a small letter or punctuation follows),
/// or it ends the paragraph. What it holds starts with a small letter or
/// a digit, which no sentence does, or else with a capitalised word that
/// is no typical sentence opener after an abbreviation, an initial or a
/// dotted acronym (a full stop that need not end a sentence: "here. (This
/// is) a world" is two). A bracketed sentence of its own ("(The company
/// declined to comment.)"), a note at the end ("(Reporting by Jane
/// Doe)") and a bracket that a capitalised word follows ("(file photo)
/// The minister") are no asides.
fn bracket_is_aside(text: &str, tok: &str, open: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let close_b = match bytes[open] {
        b'(' => b')',
        _ => b']',
    };
    let limit = end.min(open + MAX_ASIDE_BYTES);
    let Some(off) = bytes[open + 1..limit]
        .iter()
        .position(|&b| b == close_b || b == b'(' || b == b'[')
    else {
        return false;
    };
    let close = open + 1 + off;
    if bytes[close] != close_b {
        return false;
    }
    let inner = text[open + 1..close].trim();
    let Some(first) = inner.chars().next() else {
        return false;
    };
    let small = first.is_lowercase() || first.is_ascii_digit();
    if !small {
        let mut chars = tok.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        let abbreviation = initial || tok.contains('.') || lookup_abbreviation(tok).is_some();
        // A name the bracket defines in quotes ("Apple Inc. (“Apple”)
        // said") opens no quotation.
        let term = matches!(first, '"' | '“' | '\'' | '‘')
            && inner.ends_with(['"', '”', '\'', '’'])
            && !inner.contains(is_terminal);
        let opener = !term && (is_opener(first) || is_starter_word(bytes, open + 1));
        let sentence = inner.chars().next_back().is_some_and(is_terminal);
        if !abbreviation || opener || sentence {
            return false;
        }
    }
    let after = skip_whitespace(text, close + 1, end);
    match text[after..end].chars().next() {
        // The bracket ends the paragraph.
        None => small,
        Some(c) => {
            c.is_lowercase() || (!c.is_alphanumeric() && !is_opener(c) && !c.is_whitespace())
        }
    }
}

/// Whether the full stop at `i` (white space and the next word at `next`
/// after it) stands inside a bracket its sentence opened, which closes
/// soon with no sentence's end before the close: "(Phil. 4:8)", "(Proc.
/// ABC with Abs. Reg. Compliance) not here", "[page. 42]". What such a
/// bracket holds is a reference or a name cut by abbreviations a reader
/// need not know. A bracket that holds sentences ends them before its
/// close ("(Here is another view. And then a different case.)") and is
/// split as before; so is one that closes before the next word, or that
/// holds another bracket.
fn in_open_bracket(bytes: &[u8], sent_start: usize, i: usize, next: usize, end: usize) -> bool {
    let lo = sent_start.max(i.saturating_sub(MAX_ASIDE_BYTES));
    let Some(open) = bytes
        .get(lo..i)
        .and_then(|b| memrchr2(b'(', b'[', b))
        .map(|o| lo + o)
    else {
        return false;
    };
    if bytes
        .get(open..next)
        .is_none_or(|b| memchr2(b')', b']', b).is_some())
    {
        return false;
    }
    let close_b = if bytes.get(open) == Some(&b'(') {
        b')'
    } else {
        b']'
    };
    let limit = end.min(next + MAX_ASIDE_BYTES);
    let Some(close) = bytes
        .get(next..limit)
        .and_then(|r| {
            r.iter()
                .position(|b| matches!(b, b'(' | b'[' | b')' | b']'))
        })
        .map(|o| next + o)
    else {
        return false;
    };
    // A few words after the full stop, as a reference has ("Rev. Stat.
    // 13-3102)"): a bracket that goes on for more holds sentences ("[Editor's
    // note: This story has been updated. An earlier version misstated the
    // date]").
    // Up to the close, or to the next abbreviation's full stop before it,
    // which this test meets in its turn: "(Proc. ABC with Abs. Reg.
    // Compliance)".
    let upto = bytes
        .get(next..close)
        .and_then(|b| memchr::memchr(b'.', b))
        .map(|d| next + d)
        .filter(|&d| {
            // A bracket that quotes somebody holds what they said: its
            // words are counted to the close, as a reference's are not
            // ("(“No. Gross. End of story,” replied the company)").
            let quotes = |b: &[u8]| b.contains(&b'"') || b.windows(3).any(|w| w == "“".as_bytes());
            if bytes.get(open..i).is_none_or(quotes) {
                return false;
            }
            let word_start = bytes[next..d]
                .iter()
                .rposition(|c| !c.is_ascii_alphabetic())
                .map_or(next, |p| next + p + 1);
            // An abbreviation, or a capitalized word as a reference's
            // abbreviations are ("Abs.", "Reg.", "Amend."): the words of
            // a sentence's end are seldom capitalized.
            let word = &bytes[word_start..d];
            let capitalized = word.len() >= 2
                && word[0].is_ascii_uppercase()
                && word[1..].iter().all(u8::is_ascii_lowercase);
            capitalized
                || std::str::from_utf8(word)
                    .ok()
                    .and_then(lookup_abbreviation)
                    .is_some()
        })
        .unwrap_or(close);
    let words_after = bytes
        .get(next..upto)
        .map_or(usize::MAX, |b| b.iter().filter(|&&c| c == b' ').count());
    bytes.get(close) == Some(&close_b)
        && words_after < MAX_REFERENCE_WORDS
        && close
            .checked_sub(1)
            .and_then(|p| bytes.get(p))
            .is_some_and(|b| !matches!(b, b'.' | b'!' | b'?'))
}

/// The most words after a full stop inside a bracket that [`in_open_bracket`]
/// reads as a reference's ("(Ariz. Rev. Stat. 13-3102)"), not a sentence.
const MAX_REFERENCE_WORDS: usize = 4;

/// The longest word after a full stop with no space that [`glued_boundary`]
/// reads: a longer run of letters without a space is no sentence's start.
const MAX_GLUED_WORD: usize = 24;

/// Whether the full stop at `i`, with a capitalised word right after it at
/// `k` and no space between, ends a sentence: text whose spaces went
/// missing on the way (scraped pages, feeds): "officials said.Four more
/// were injured", "bought 1,000.That is a lot".
///
/// Only between a word of small letters (two or more, the first may be a
/// capital: "Tuesday.Mr. Smith") or a number and a
/// word of a capital and small letters that ends at a space or a closing
/// mark, and only where a spaced full stop would end the sentence too
/// ([`period_is_boundary`]: not after `Mr`, `etc` only before an opener).
/// Names and addresses keep their dots: `John.Smith@example.com`,
/// `bbc.co.uk/News`, `ASP.NET` and `U.S.Army` have a capital after the
/// first letter, or a dot, `@` or `/` around the dot.
fn glued_boundary(text: &str, from: usize, i: usize, k: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // After: a capital, then small letters to the word's end.
    let after = &bytes[k..end];
    if !(after.first().is_some_and(u8::is_ascii_uppercase)
        && after.get(1).is_some_and(u8::is_ascii_lowercase))
    {
        return false;
    }
    let word = after
        .iter()
        .take(MAX_GLUED_WORD + 1)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let ends_well = match after.get(word) {
        None => true,
        Some(&b) => {
            b.is_ascii_whitespace()
                || matches!(b, b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'"')
                || b == b'.' && after.get(word + 1).is_none_or(u8::is_ascii_whitespace)
        }
    };
    if word > MAX_GLUED_WORD || !ends_well {
        return false;
    }
    // Before: a word in small letters or digits ("bought 1,000.That":
    // the digits after the comma), with no dot, `@`, `/` and the like in
    // front of them.
    let (tok_start, tok) = token_before(text, from, i);
    let small = tok.len() >= 2 && tok.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    let number = !tok.is_empty() && tok.bytes().all(|b| b.is_ascii_digit());
    let lead = tok_start
        .checked_sub(1)
        .and_then(|p| bytes.get(p))
        .is_some_and(|b| matches!(b, b'@' | b'/' | b':' | b'.' | b'_' | b'-' | b'#'));
    (small || number)
        && !lead
        && period_is_boundary(text, from, from, tok_start, tok, k, char::from(after[0]))
}

/// How many dots, each but the last followed by one space, end at the dot
/// at `i` (". . ."): 1 to 4, counted back no further than `start` and no
/// further than four, so that a long run of them stays linear.
fn spaced_dots(bytes: &[u8], start: usize, i: usize) -> usize {
    let mut n = 1;
    let mut q = i;
    while n < 4 && q >= start + 2 && bytes[q - 1] == b' ' && bytes[q - 2] == b'.' {
        n += 1;
        q -= 2;
    }
    // "complex. . . ." : a dot right before the first makes one more.
    if n < 4 && q > start && bytes[q - 1] == b'.' {
        n += 1;
    }
    n
}

/// Whether the word at `pos` is the pronoun "I" ("I", "I'm", "I’ve").
fn is_pronoun_i(bytes: &[u8], pos: usize) -> bool {
    bytes.get(pos) == Some(&b'I')
        && bytes
            .get(pos + 1)
            .is_none_or(|&c| (c < 0x80 && !c.is_ascii_alphanumeric() && c != b'.') || c == 0xE2)
}

/// Lower-cased words that tell a time of day more closely after it: see
/// [`time_word_at`]. Sorted.
const TIME_WORDS: &[&str] = &[
    "apr",
    "april",
    "atlantic",
    "aug",
    "august",
    "central",
    "dec",
    "december",
    "eastern",
    "feb",
    "february",
    "fri",
    "friday",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "local",
    "mar",
    "march",
    "may",
    "mon",
    "monday",
    "mountain",
    "nov",
    "november",
    "oct",
    "october",
    "pacific",
    "sat",
    "saturday",
    "sep",
    "sept",
    "september",
    "sun",
    "sunday",
    "thu",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
];

/// Lower-cased first words of a sentence opened by a time ("At 5 a.m."):
/// see [`fronted_time`]. Sorted.
const TIME_OPENERS: &[&str] = &[
    "after", "around", "at", "before", "by", "from", "just", "shortly", "since", "soon", "till",
    "until",
];

/// Where the number of a time of day ends right before `tok_start` (the
/// `a.m.` or `p.m.` after it), spaced or not ("6 P.M.", "6:30pm" is one
/// token): its start, or `None` if no number comes before.
fn clock_number_before(text: &str, para_start: usize, tok_start: usize) -> Option<usize> {
    let before = text[para_start..tok_start].trim_end();
    if tok_start - para_start > before.len() + 1 {
        // More than one space: no time written so.
        return None;
    }
    let (num_start, num) = token_before(text, para_start, para_start + before.len());
    (!num.is_empty() && num.bytes().all(|b| b.is_ascii_digit())).then_some(num_start)
}

/// Words that tell a time more closely, after "a.m." or "p.m." ("at 5
/// p.m. Friday", "9 a.m. GMT", "7 p.m. Eastern", "10 p.m. London time"):
/// weekdays, months, time zones, the US zones' names, and a capitalised
/// word and "time".
fn time_word_at(bytes: &[u8], pos: usize) -> bool {
    let mut buf = [0u8; 16];
    let Some((w, after)) = ascii_word_lower(bytes, pos, &mut buf) else {
        return false;
    };
    if TIME_WORDS.binary_search(&w).is_ok() {
        return true;
    }
    let len = after - pos;
    // GMT, BST, EDT, UTC, CET, ET, PT ...
    let caps = bytes[pos..after].iter().all(u8::is_ascii_uppercase);
    if caps && (2..=4).contains(&len) && (bytes[after - 1] == b'T' || w == "utc") {
        return true;
    }
    // "London time", "Moscow Time"
    bytes.get(after) == Some(&b' ')
        && ascii_word_lower(bytes, after + 1, &mut buf).is_some_and(|(w, _)| w == "time")
}

/// The time at `num_start` opens its sentence as a fronted adverbial ("At
/// 5 a.m. Mr. Smith went to the bank", "Shortly after 6 p.m. Police
/// arrived"): the sentence's first word is a preposition or adverb of
/// time and at most two more come before the number.
fn fronted_time(text: &str, sent_start: usize, num_start: usize) -> bool {
    if num_start < sent_start || num_start - sent_start > 40 {
        return false;
    }
    let head = &text[sent_start..num_start];
    let mut words = head.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut buf = [0u8; 16];
    words.count() <= 2
        && ascii_word_lower(first.as_bytes(), 0, &mut buf)
            .is_some_and(|(w, end)| end == first.len() && TIME_OPENERS.binary_search(&w).is_ok())
}

/// Decides a single period followed by white space and `next_c` (upper
/// case, digit or opening quote) at `next`; `tok` is the word before it,
/// in the sentence from `sent_start`.
fn period_is_boundary(
    text: &str,
    para_start: usize,
    sent_start: usize,
    tok_start: usize,
    tok: &str,
    next: usize,
    next_c: char,
) -> bool {
    let bytes = text.as_bytes();
    let starter = || is_opener(next_c) || is_starter_word(bytes, next);
    if tok.is_empty() {
        return true;
    }
    if tok.contains('.') {
        if matches!(tok, "e.g" | "i.e" | "E.g" | "I.e") {
            return false;
        }
        // A time of day ends a sentence before any capitalised word but
        // what tells the time more closely: "left at 6 P.M. Mr. Smith
        // then went home", not "at 5 p.m. Friday", "9 a.m. GMT".
        if matches!(tok, "a.m" | "p.m" | "A.M" | "P.M")
            && let Some(num_start) = clock_number_before(text, para_start, tok_start)
        {
            return !time_word_at(bytes, next) && !fronted_time(text, sent_start, num_start);
        }
        // U.S., a.m., Ph.D.: only before a typical sentence opener.
        return if is_dotted_acronym(tok) {
            starter()
        } else {
            true
        };
    }
    // A lone letter or Roman numeral that is all of its sentence so far is
    // a marker, not a sentence: "Q. What is his name? A. His name is ...",
    // "II. The second point". "I" is one only where the paragraph starts:
    // after a sentence, it is the pronoun ("Who did this? I. No!").
    if is_letter_marker(tok)
        && (tok != "I" || sent_start == para_start)
        && text[sent_start..tok_start].chars().all(is_opener)
    {
        return false;
    }
    let mut chars = tok.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        // The last letter of a name joined by an ampersand ("AT&T", "J&K",
        // "P&G") is no initial: such names take no period of their own, so
        // the period is a full stop ("near the border of J&K. Syed Ali Shah
        // Geelani disagrees").
        if tok_start >= 2
            && bytes[tok_start - 1] == b'&'
            && bytes[tok_start - 2].is_ascii_alphanumeric()
        {
            return true;
        }
        // The pronoun after a lower-case word ends a sentence: "you and
        // I. Did you see ...", where an initial follows a name or starts
        // one ("Albert I. Jones", "by J. K. Rowling" takes a letter other
        // than I), or another initial follows ("by I. M. Pei").
        let initial_next = bytes.get(next).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(next + 1) == Some(&b'.');
        if c == 'I' && !initial_next {
            let before = text[para_start..tok_start].trim_end();
            let (_, prev) = token_before(text, para_start, para_start + before.len());
            if !prev.is_empty() && prev.bytes().all(|b| b.is_ascii_lowercase()) {
                return true;
            }
        }
        // An initial: J. Smith, George W. Bush.
        return starter();
    }
    // A numbered list marker at the start of the paragraph or right after
    // another sentence: "1. The first point. 2. The second."
    if tok.len() <= 2 && tok.bytes().all(|b| b.is_ascii_digit()) {
        let before = text[para_start..tok_start].trim_end();
        match before.chars().next_back() {
            None => return false,
            // ... but "Jan. 1." is a date, not a marker.
            Some(c) if is_terminal(c) || is_closer(c) => {
                let at = para_start + before.len() - c.len_utf8();
                let (_, prev) = token_before(text, para_start, at);
                if lookup_abbreviation(prev).is_none() {
                    return false;
                }
            }
            Some(_) => {}
        }
    }
    match lookup_abbreviation(tok) {
        Some(Abbr::Title) => false,
        Some(Abbr::Maybe) => match tok {
            // Nothing a capital opens goes on a list: "by Monet, etc.
            // Entry is free."
            "etc" => true,
            // A day of the week ends its sentence but before a date: "the
            // film opens Sat. Critics have", not "Sat. Jan. 4", "Wed. 15".
            "Sat" | "Wed" | "Thu" | "Thur" | "Thurs" | "Tue" | "Tues" => {
                !next_c.is_ascii_digit() && !month_word_at(bytes, next)
            }
            // A street after a house's number and its name ("at 12 Elm
            // St. Neighbours"), not a saint ("St. Louis", "Port St.
            // Lucie").
            "St" => {
                let (prev_start, prev) = token_before(
                    text,
                    para_start,
                    para_start + text[para_start..tok_start].trim_end().len(),
                );
                let number = word_before(text, para_start, prev_start);
                let street = prev.chars().next().is_some_and(char::is_uppercase)
                    && !number.is_empty()
                    && number.bytes().all(|b| b.is_ascii_digit());
                street || starter()
            }
            // A month after its day ("on 1 Jan. Tickets go on sale"); "Jan.
            // 15" has its day after.
            "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct"
            | "Nov" | "Dec" => {
                let prev = word_before(text, para_start, tok_start);
                let day =
                    !prev.is_empty() && prev.len() <= 2 && prev.bytes().all(|b| b.is_ascii_digit());
                (day && !next_c.is_ascii_digit()) || starter()
            }
            _ => starter(),
        },
        // A state or province after its town and a comma ("grew up in
        // Springfield, Ill. Police said"), or in a party label ("Dick
        // Durbin, D-Ill. Republicans"): in running text the state takes a
        // comma when the sentence goes on ("Springfield, Ill., police
        // said"), so a capital after it opens a sentence. (A dateline's
        // "(AP)" or dash after it is no capital.) Elsewhere, those that are
        // also words or names ("Ole Miss.", "Mo. Farah", "at Alta.") end a
        // sentence as a word does; the others as the listed abbreviations
        // do.
        Some(kind @ (Abbr::State | Abbr::StateOrWord)) => {
            let before = text[para_start..tok_start].trim_end();
            let after_place = before.strip_suffix(',').is_some_and(|b| {
                let (_, place) = token_before(text, para_start, para_start + b.len());
                place.chars().next().is_some_and(char::is_uppercase)
            });
            let party = matches!(
                text.as_bytes()[para_start..tok_start],
                [.., b' ' | b'(' | b',', b'A'..=b'Z', b'-']
            );
            ((after_place || party) && next_c.is_uppercase())
                || kind == Abbr::StateOrWord
                || starter()
        }
        Some(Abbr::Numeric) => !next_c.is_ascii_digit() && !is_code(bytes, next),
        // (Only opening its sentence, as a heading or a clause of law
        // does, or set off by punctuation after its number ("a clause,
        // SEC. 1262, that funds"): "a filing with the SEC. 2024 revenue",
        // "Voters said NO. 12 of them" end there.)
        None if numeric_in_capitals(tok)
            && (tok_start == sent_start || number_then_mark(bytes, next)) =>
        {
            !next_c.is_ascii_digit()
        }
        None => true,
    }
}

/// The word before the one at `tok_start`, past the white space between.
fn word_before(text: &str, para_start: usize, tok_start: usize) -> &str {
    let before = text[para_start..tok_start].trim_end();
    token_before(text, para_start, para_start + before.len()).1
}

/// Whether a month's name or abbreviation starts at `pos`: "Jan", "June".
fn month_word_at(bytes: &[u8], pos: usize) -> bool {
    let word: &[u8] = {
        let rest = bytes.get(pos..).unwrap_or_default();
        let n = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        &rest[..n]
    };
    word.len() >= 3
        && crate::text::MONTHS
            .iter()
            .any(|m| m.len() >= word.len() && m.as_bytes()[..word.len()].eq_ignore_ascii_case(word))
}

/// Whether the digits at `at` are followed by a comma, a semicolon or a
/// closing bracket: a number set off in its sentence ("SEC. 1262, that").
fn number_then_mark(bytes: &[u8], at: usize) -> bool {
    let rest = bytes.get(at..).unwrap_or_default();
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && matches!(rest.get(digits), Some(b',' | b';' | b')'))
}

/// A capital letter or a Roman numeral of up to four letters ("Q", "A",
/// "IV"): see [`period_is_boundary`].
fn is_letter_marker(tok: &str) -> bool {
    let b = tok.as_bytes();
    match b.len() {
        1 => b[0].is_ascii_uppercase(),
        2..=4 => b.iter().all(|c| matches!(c, b'I' | b'V' | b'X')),
        _ => false,
    }
}

/// Whether the word at `pos` is a code of capitals then digits ("A13",
/// "B2", "MA4"): after "No." or "no." it is what is numbered.
fn is_code(bytes: &[u8], pos: usize) -> bool {
    let caps = bytes[pos..]
        .iter()
        .take(4)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    (1..=3).contains(&caps) && bytes.get(pos + caps).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests;
