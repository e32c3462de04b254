//! Direct quotations: where they are, what kind, and the cue that
//! introduces them.
//!
//! `"\"We will go on,\" he said."` -> one direct quote `We will go on,`, cue `said`.
//!
//! Conventions:
//! - marks: straight `"`, typographic `“ ”`, British `‘ ’` and straight `'`
//!   used as quotes (apostrophes such as `don't`, `Putin's`, `'90s`, `rock 'n'
//!   roll` are not marks). Quotes nested inside a quote belong to it and are
//!   not reported on their own.
//! - a quote split by its cue (`"We will," he said, "go on."`) is reported as
//!   two quotes with the same speaker and cue; the second is Direct.
//! - a paragraph whose quote is never closed continues into the next
//!   paragraph when that one opens with a mark of the same kind: one Quote
//!   from the first opening to the last closing mark.
//! - a direct quote after a colon with no cue takes the first person the
//!   clause before it names, else the description of a person that opens
//!   the clause (`The minister was blunt: “...”` -> the minister, by name
//!   when the text named the minister); otherwise:
//! - a direct quote with no cue of its own takes the speaker of the previous
//!   quote in its paragraph, else of an attribution earlier in its paragraph,
//!   else, when it opens its paragraph, of the quote in the previous
//!   paragraph, else of the last person standing as a subject earlier in its
//!   paragraph, else, when it closes its sentence, of the resolved `he` or
//!   `she` whose `, he says` ends the next sentence of its paragraph;
//!   otherwise it has no speaker.
//! - a pronoun stands for a description that opens its sentence, or the
//!   sentence before, as its subject (`A police officer who was first on
//!   the scene described what he found. “...,” he said.` -> `A police
//!   officer`, as written; `it` for a body: `The company cut 500 jobs.
//!   “...,” it said.` -> `The company`) when that description is nearer
//!   than any name that fits; in its own sentence only past a quote. A
//!   `, it said` that nothing near fits is no cue.
//! - a description as a speaker (`the scientist`, `the University of Warsaw
//!   biologist`) is the person the text introduced with that role, else,
//!   when it points back (bare, or tied to a name), the one person the
//!   text has just spoken of; else it stays as written.
//! - `cue` is the verb alone (`told`, `said`, `according`); speakers follow
//!   the conventions of [`super::speakers`], but for a pronoun that cannot
//!   be resolved: a quote whose cue (or the attribution it continues) has
//!   one gets no speaker, not `he`. Scare quotes and titles get no cue and
//!   no speaker.
//! - kinds: Title = short Title-Case words right after a proper noun, a
//!   possessive or a word like show/book/called; Direct = the quote is (nearly)
//!   all of its sentence(s) apart from the cue clause, or follows `said:` /
//!   `said,`, or runs over paragraphs or sentences; Scare = one or two words
//!   otherwise; Partial = the rest.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

use super::segment::{Paragraph, Sentence};
use super::speakers::lexicon::{
    AUX, CUE_LIKE, CUES, DETS, FINDINGS, FRAMING, FxMap, FxSet, GROUP_NOUNS, ING_CUES, Lower, Lows,
    NATIONAL, PASSIVE, PERSON_NOUNS, PREP, QUOTE_CUES, STOP, SUBORD, TITLE_TRIGGERS, TITLES, Tk,
    Tok, WEAK_CUES, tokenize_into,
};
use super::speakers::names::{
    Desc, Fit, Gender, Ment, NameIndex, ParsedRun, Tracker, age_word, apposition_role, is_pronoun,
    is_quote_punct, ly_adverb, modal, np_name, number_word, opening_conjunction,
    opens_clause_after, parse_run, parsed_runs_marked_into, person_noun, plural_form, plural_group,
    role_word, sentence_mentions, speaks_for, thousands_comma, with_source_phrase,
};
use super::speakers::{Attribution, Np, NpKind, appositive_name, np_after, subject_before};
use super::{MONTHS, Span, WEEKDAYS};

/// What a pair of quotation marks is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind {
    /// Somebody's words, reported as spoken: a claim of its own.
    Direct,
    /// A few words quoted inside a sentence that says more (`only "one
    /// legitimate conventional army" in Syria`): a claim of its own.
    Partial,
    /// Distancing marks around a word or two (`"moderate" rebels`): not a quote.
    Scare,
    /// A title of a programme, book, film (`CBS News "60 Minutes."`): not a quote.
    Title,
}

/// One pair (or run, over paragraphs) of quotation marks.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quoted words without the marks. A quote that runs over several
    /// paragraphs spans from after its first opening mark to before its last
    /// closing mark.
    pub span: Span,
    /// The same with the marks.
    pub outer: Span,
    pub kind: QuoteKind,
    /// The cue verb (`said`, `argued`, `told`), if one introduces the quote.
    pub cue: Option<Span>,
    /// The speaker, resolved to the fullest name the text uses.
    pub speaker: Option<String>,
    /// Where the speaker is named or referred to (a pronoun too), if anywhere.
    pub speaker_span: Option<Span>,
}

/// Quotes and attributions of one text, found together (the attribution of
/// a cue-less quote and the resolution of pronouns need both).
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub quotes: Vec<Quote>,
    pub attributions: Vec<Attribution>,
}

/// Find every quotation in `text` and attribute the direct and partial ones.
pub fn find_quotes(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Quote> {
    analyze(text, paragraphs, sentences).quotes
}

// ---------------------------------------------------------------- marks

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fam {
    D,
    S,
}

/// A piece of a quote inside one paragraph.
#[derive(Debug, Clone, Copy)]
struct Piece {
    open: usize,
    content: usize,
    /// End of content and end of the closing mark (paragraph end if unclosed).
    content_end: usize,
    close_end: usize,
    closed: bool,
    fam: Fam,
}

/// A quotation mark in a paragraph, with the characters either side of it
/// (in the paragraph).
#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
}

impl Mark {
    fn end(&self) -> usize {
        self.pos + self.c.len_utf8()
    }
}

fn is_open_single(m: &Mark, text: &str) -> bool {
    if m.prev.is_some_and(|p| p.is_alphanumeric()) {
        return false;
    }
    // rock 'n' roll
    let rest = text.get(m.end()..).unwrap_or("");
    let after_n = rest.strip_prefix("n'").or_else(|| rest.strip_prefix("n’"));
    if after_n.is_some_and(|a| !a.starts_with(|ch: char| ch.is_alphanumeric())) {
        return false;
    }
    match m.c {
        '‘' => m.next.is_some_and(|n| !n.is_whitespace()),
        '\'' => m
            .next
            .is_some_and(|n| n.is_alphabetic() || n == '"' || n == '“'),
        _ => false,
    }
}

/// A closing-shaped single mark inside an open single quote that is an
/// apostrophe: a plural possessive before a word in lower case (`'The
/// farmers' protest is justified,'`, `the Lords' vote`) when a closing
/// mark that ends a clause (after `,` `.` `!` `?`) follows later in the
/// paragraph (`last_close`), or the second mark
/// of `'n'` (`'Rock 'n' roll saved my life,'`).
fn apostrophe_inside(m: &Mark, text: &str, open: usize, last_close: Option<usize>) -> bool {
    let before = text.get(..m.pos).unwrap_or("");
    if before.ends_with(" 'n") || before.ends_with(" ‘n") || before.ends_with(" ’n") {
        return true;
    }
    // (Two words or more quoted so far: `'supertrees' not only` is a
    // word in scare quotes.)
    let possessive = m.prev == Some('s')
        && m.next == Some(' ')
        && text
            .get(m.end() + 1..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_lowercase)
        && text
            .get(open..m.pos)
            .is_some_and(|q| q.trim().contains(' '));
    possessive && last_close.is_some_and(|l| l > m.pos)
}

fn is_close_single(m: &Mark) -> bool {
    if m.c != '’' && m.c != '\'' {
        return false;
    }
    m.prev.is_some_and(|p| !p.is_whitespace()) && !m.next.is_some_and(|n| n.is_alphanumeric())
}

/// The quotation marks of the paragraph `s` (starting at byte `base` of
/// the text), found by their bytes: `"`, `'`, or the lead byte of `‘ ’ “ ”`.
fn marks_of(s: &str, base: usize) -> Vec<Mark> {
    memchr::memchr3_iter(b'"', b'\'', 0xE2, s.as_bytes())
        .filter_map(|i| {
            let c = s.get(i..)?.chars().next()?;
            matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'').then(|| Mark {
                pos: base + i,
                c,
                prev: s[..i].chars().next_back(),
                next: s[i + c.len_utf8()..].chars().next(),
            })
        })
        .collect()
}

/// The quote pieces of one paragraph.
fn scan_paragraph(text: &str, span: Span, next_opens_single: bool) -> Vec<Piece> {
    let Some(s) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let marks = marks_of(s, span.start);
    let mut out = Vec::new();
    if marks.is_empty() {
        return out;
    }
    let last_close_single = marks
        .iter()
        .rev()
        .find(|m| is_close_single(m))
        .map(|m| m.pos);
    // The last closing single mark that ends a clause inside it
    // (`justified,'`).
    let last_clause_close = marks
        .iter()
        .rev()
        .find(|m| is_close_single(m) && matches!(m.prev, Some(',' | '.' | '!' | '?')))
        .map(|m| m.pos);
    let mut open: Option<(usize, usize, Fam, bool)> = None; // (pos, content, fam, straight)
    let mut inner_d = 0usize;
    let mut inner_s = 0usize;
    // What ends the text before the mark at `pos` (white space skipped).
    // After a colon an opening mark goes on with the open quote (a new
    // paragraph of speech), it does not nest. After the end of a sentence
    // the writer opened a new quote in the paragraph of an open one and
    // forgot to close that one (`... broodstock. “And we are not ...”`):
    // the open quote ends at the stop (`restart`) and a new one begins.
    let char_before = |pos: usize| {
        s[..pos - span.start]
            .chars()
            .rev()
            .find(|c| !c.is_whitespace())
    };
    // The open quote ends at the stop before `m`, and `m` opens a new one.
    let restart = |open: &mut Option<(usize, usize, Fam, bool)>,
                   m: &Mark,
                   straight: bool,
                   out: &mut Vec<Piece>| {
        if let Some((o, c, fam, _)) = open.take() {
            let end = span.start + s[..m.pos - span.start].trim_end().len();
            out.push(Piece {
                open: o,
                content: c,
                content_end: end,
                close_end: end,
                closed: true,
                fam,
            });
        }
        *open = Some((m.pos, m.end(), Fam::D, straight));
    };
    let close = |open: &mut Option<(usize, usize, Fam, bool)>, m: &Mark, out: &mut Vec<Piece>| {
        if let Some((o, c, fam, _)) = open.take() {
            out.push(Piece {
                open: o,
                content: c,
                content_end: m.pos,
                close_end: m.end(),
                closed: true,
                fam,
            });
        }
    };
    for m in &marks {
        let (pos, c) = (m.pos, m.c);
        match c {
            '“' => match open {
                None => {
                    open = Some((pos, m.end(), Fam::D, false));
                    inner_d = 0;
                    inner_s = 0;
                }
                Some((_, _, Fam::D, _)) => match (inner_d, char_before(pos)) {
                    (0, Some('.' | '?' | '!')) => {
                        restart(&mut open, m, false, &mut out);
                        inner_s = 0;
                    }
                    (0, Some(':')) => {}
                    _ => inner_d += 1,
                },
                Some(_) => inner_d += 1,
            },
            '”' => match open {
                Some((_, _, Fam::D, _)) => {
                    if inner_d > 0 {
                        inner_d -= 1;
                    } else {
                        close(&mut open, m, &mut out);
                    }
                }
                Some(_) => inner_d = inner_d.saturating_sub(1),
                None => {}
            },
            '"' => match open {
                None => {
                    if m.next.is_some_and(|n| !n.is_whitespace()) {
                        open = Some((pos, m.end(), Fam::D, true));
                        inner_d = 0;
                        inner_s = 0;
                    }
                }
                // Inside a double quote a straight mark is read by its
                // shape, as a typographic one would be: after white space
                // and before a word (not before `,` or `.`) it opens (a nested quote, or the quote
                // going on after a full stop); otherwise it closes.
                Some((_, _, Fam::D, _)) => {
                    let opens = m.prev.is_none_or(char::is_whitespace)
                        && m.next.is_some_and(|n| {
                            n.is_alphanumeric() || matches!(n, '\'' | '‘' | '(' | '[' | '…')
                        });
                    if opens {
                        match (inner_d, char_before(pos)) {
                            (0, Some('.' | '?' | '!')) => {
                                restart(&mut open, m, true, &mut out);
                                inner_s = 0;
                            }
                            (0, Some(':')) => {}
                            _ => inner_d += 1,
                        }
                    } else if inner_d > 0 {
                        inner_d -= 1;
                    } else {
                        close(&mut open, m, &mut out);
                    }
                }
                // A straight double mark inside a single quote nests there.
                Some(_) => {}
            },
            '‘' | '’' | '\'' => {
                let oc = is_open_single(m, text);
                let cc = is_close_single(m);
                match open {
                    None => {
                        if oc && (last_close_single.is_some_and(|l| l > pos) || next_opens_single) {
                            open = Some((pos, m.end(), Fam::S, c == '\''));
                            inner_d = 0;
                            inner_s = 0;
                        }
                    }
                    Some((o, _, Fam::S, _)) => {
                        if cc && !apostrophe_inside(m, text, o, last_clause_close) {
                            if inner_s > 0 {
                                inner_s -= 1;
                            } else {
                                close(&mut open, m, &mut out);
                            }
                        }
                    }
                    Some(_) => {
                        if oc {
                            inner_s += 1;
                        } else if cc && inner_s > 0 {
                            inner_s -= 1;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if let Some((o, c, fam, _)) = open {
        out.push(Piece {
            open: o,
            content: c,
            content_end: span.end,
            close_end: span.end,
            closed: false,
            fam,
        });
    }
    out
}

fn opens_with(text: &str, span: Span) -> Option<Fam> {
    let s = span.slice(text).trim_start();
    let mut cs = s.chars();
    let c = cs.next()?;
    let n = cs.next();
    match c {
        '“' | '"' => Some(Fam::D),
        '‘' => Some(Fam::S),
        '\'' if n.is_some_and(|n| n.is_alphabetic()) => Some(Fam::S),
        _ => None,
    }
}

/// Raw quotes (groups of pieces) in text order.
fn find_marks(text: &str, paragraphs: &[Paragraph]) -> Vec<(Vec<Piece>, usize)> {
    let mut out: Vec<(Vec<Piece>, usize)> = Vec::new();
    let mut pending: Option<(Vec<Piece>, usize)> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let next = paragraphs.get(pi + 1).filter(|n| !n.heading);
        let next_opens_single = next.is_some_and(|n| opens_with(text, n.span) == Some(Fam::S));
        let pieces = scan_paragraph(text, p.span, next_opens_single);
        let mut iter = pieces.into_iter().peekable();
        if let Some((mut group, para)) = pending.take() {
            let fam = group.last().map(|g| g.fam);
            let starts = opens_with(text, p.span);
            let first_at_start = iter
                .peek()
                .is_some_and(|f| text[p.span.start..f.open].trim().is_empty());
            if !p.heading && starts.is_some() && starts == fam && first_at_start {
                let f = iter.next();
                if let Some(f) = f {
                    let closed = f.closed;
                    group.push(f);
                    if closed {
                        out.push((group, para));
                    } else {
                        pending = Some((group, para));
                        continue;
                    }
                }
            } else {
                out.push((group, para));
            }
        }
        for pc in iter {
            if pc.closed {
                out.push((vec![pc], pi));
            } else if !p.heading && next.is_some() {
                pending = Some((vec![pc], pi));
            } else {
                out.push((vec![pc], pi));
            }
        }
    }
    if let Some(g) = pending {
        out.push(g);
    }
    out.retain(|(g, _)| {
        let first = g[0];
        let last = g[g.len() - 1];
        last.content_end > first.content
    });
    out
}

// ---------------------------------------------------------------- analysis

/// The last attributed quote: (paragraph, sentence, speaker, speaker span,
/// cue, kind).
const LOCAL_WINDOW: usize = 12;

/// The most tokens an attribution's source phrase may hold (`a spokesperson
/// for the Department for Environment, Food and Rural Affairs` holds 12).
const SOURCE_TOKENS: usize = 40;

type LastQuote = (usize, usize, String, Option<Span>, Option<Span>, QuoteKind);

struct SentToks<'a> {
    toks: &'a [Tok],
    /// The capitalised runs, parsed (non-heading sentences only).
    runs: &'a [ParsedRun],
    /// The indices of the marked tokens ([`Tok::marked`]), plus `base`.
    marked: &'a [usize],
    base: usize,
}

fn tok_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.span.start < pos)
}

/// Whether the span `sp` lies inside a quote of `contents`, as far as a
/// search that takes their ends to be in order tells: inside the first
/// content that ends after `sp` starts.
fn masked_by(contents: &[Span], sp: Span) -> bool {
    let k = contents.partition_point(|c| c.end <= sp.start);
    contents
        .get(k)
        .is_some_and(|c| c.start <= sp.start && sp.end <= c.end)
}

/// Whether no quote of `contents` (their starts and their ends in order)
/// reaches into the span `sp`, so that [`masked_by`] is false for every
/// non-empty span inside it: the first content that ends after `sp` starts
/// (the first that `masked_by` could find for any span inside) starts at
/// or after its end, and so do all later ones.
#[cfg(test)]
fn reaches_no_quote(contents: &[Span], sp: Span) -> bool {
    contents
        .get(contents.partition_point(|c| c.end <= sp.start))
        .is_none_or(|c| c.start >= sp.end)
}

/// [`reaches_no_quote`], its search of `contents` started at `*at` (where
/// the search for the previous span stopped: sentences come in text order,
/// and the content sought is then the same or a few further on), `*at`
/// left where this one stops. A span that starts earlier than the last, or
/// far further on, is searched for from scratch (by halves).
fn reaches_no_quote_from(contents: &[Span], sp: Span, at: &mut usize) -> bool {
    let k = (*at).min(contents.len());
    // The first content that ends after `sp` starts is at `k` or after it
    // when the one before `k` ends by then (the ends are in order).
    let k = if k == 0 || contents[k - 1].end <= sp.start {
        let mut k = k;
        let mut steps = 0;
        while steps < 4 && contents.get(k).is_some_and(|c| c.end <= sp.start) {
            k += 1;
            steps += 1;
        }
        if contents.get(k).is_some_and(|c| c.end <= sp.start) {
            k + contents[k..].partition_point(|c| c.end <= sp.start)
        } else {
            k
        }
    } else {
        contents.partition_point(|c| c.end <= sp.start)
    };
    *at = k;
    contents.get(k).is_none_or(|c| c.start >= sp.end)
}

/// How many word tokens of `toks` (one sentence's) are not masked by a
/// quote of `contents` (whose ends are in order), as `masked` tells: a
/// token is masked by the first content that ends after the token starts,
/// if it lies within it.
///
/// The tokens a content masks are one stretch of `toks` (tokens do not
/// overlap: their ends grow with their starts), found by two binary
/// searches; only the words between the stretches are counted, so the
/// quoted words are not visited at all.
fn words_outside(toks: &[Tok], contents: &[Span]) -> usize {
    let words = |r: &[Tok]| r.iter().filter(|t| t.word()).count();
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return 0;
    };
    let mut ci = contents.partition_point(|q| q.end <= first.span.start);
    // The end of the content before `ci`: the tokens starting before it
    // belong to an earlier content, not to `contents[ci]`.
    let mut prev_end = ci.checked_sub(1).map_or(0, |p| contents[p].end);
    // The first token not yet counted or skipped.
    let mut from = 0;
    let mut n = 0;
    while let Some(q) = contents.get(ci) {
        // The tokens `q` masks start at or after `lo_pos` and end by `q.end`.
        let lo_pos = q.start.max(prev_end);
        if lo_pos > last.span.start {
            break;
        }
        let lo = from + toks[from..].partition_point(|t| t.span.start < lo_pos);
        let hi = from + toks[from..].partition_point(|t| t.span.end <= q.end);
        if lo < hi {
            n += words(&toks[from..lo]);
            from = hi;
        }
        prev_end = q.end;
        ci += 1;
    }
    n + words(&toks[from..])
}

/// How many white-space separated words of `s` have a letter or digit
/// (`split_whitespace` and `char::is_alphanumeric`, with ASCII bytes taken
/// without decoding), counting no further than `cap`: the quote kinds only
/// ask whether a quote has up to six words, and some quotes (unclosed ones
/// running to the end of their paragraph) have hundreds.
fn word_count_upto(s: &str, cap: usize) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    // Whether the word being read has a letter or digit so far: all the
    // state there is (only such words count, and a word ends at white
    // space, where this is reset).
    let mut alnum = false;
    while let Some(&x) = b.get(i) {
        let (space, al, len) = match WC_KIND[usize::from(x)] {
            WC_SPACE => (true, false, 1),
            WC_ALNUM => (false, true, 1),
            WC_OTHER => (false, false, 1),
            _ => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8()),
                None => (false, false, 1),
            },
        };
        if space {
            n += usize::from(alnum);
            if n >= cap {
                return n;
            }
            alnum = false;
        } else {
            alnum |= al;
        }
        i += len;
    }
    n + usize::from(alnum)
}

/// The most words [`word_count_upto`] needs to count for a quote's kind:
/// every test on a quote's word count is against six or fewer.
const KIND_WORDS: usize = 6;

/// What a byte is to [`word_count_upto`].
const WC_SPACE: u8 = 0;
const WC_ALNUM: u8 = 1;
const WC_OTHER: u8 = 2;
/// A byte of a non-ASCII char: decode it.
const WC_HIGH: u8 = 3;

/// [`WC_SPACE`] for ASCII white space (`\t` to `\r` and the space),
/// [`WC_ALNUM`] for ASCII letters and digits, [`WC_OTHER`] for the rest of
/// ASCII, [`WC_HIGH`] above.
static WC_KIND: [u8; 256] = {
    let mut t = [WC_OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let x = b as u8;
        t[b] = if x >= 0x80 {
            WC_HIGH
        } else if x.is_ascii_alphanumeric() {
            WC_ALNUM
        } else if matches!(x, b'\t'..=b'\r' | b' ') {
            WC_SPACE
        } else {
            WC_OTHER
        };
        b += 1;
    }
    t
};

/// A cue found next to a quote.
#[derive(Debug, Clone, Copy)]
struct CueHit {
    sent: usize,
    cue: usize,
    np: Option<Np>,
    /// Token range of the cue clause (for counting words).
    clause: (usize, usize),
    /// Directly adjacent (after the quote, or `said:` / `told X:` before it).
    adjacent: bool,
}

/// Quotes and attributions together.
pub fn analyze(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Analysis {
    let groups = find_marks(text, paragraphs);
    let lowered = text.to_ascii_lowercase();
    // Every sentence's tokens, one after the other in one vector.
    // (News text has about one token in five bytes: room for one in three
    // spares the copies of growing.)
    let mut all: Vec<Tok> = Vec::with_capacity(text.len() / 3 + 16);
    // The lower-case forms of words found neither in `text` nor `lowered`.
    let mut lows = Lows::default();
    // The indices in `all` of the name and cue words ([`Tok::marked`]):
    // the runs and the attributions are looked for among these alone.
    let mut marked: Vec<usize> = Vec::with_capacity(text.len() / 24 + 16);
    // Each sentence's tokens and marked tokens: `all[from..to]` and
    // `marked[m_from..m_to]`.
    let ranges: Vec<(usize, usize, usize, usize)> = sentences
        .iter()
        .map(|s| {
            let (from, m_from) = (all.len(), marked.len());
            tokenize_into(text, &lowered, s.span, &mut all, &mut marked, &mut lows);
            (from, all.len(), m_from, marked.len())
        })
        .collect();
    let lw = Lower::new(&lowered, &lows);
    // Every sentence's parsed runs, one after the other in one vector.
    // (About one run in ten tokens.)
    let mut runs_all: Vec<ParsedRun> = Vec::with_capacity(all.len() / 8 + 4);
    let run_ranges: Vec<(usize, usize)> = sentences
        .iter()
        .zip(&ranges)
        .map(|(s, &(from, to, m_from, m_to))| {
            let a = runs_all.len();
            if !s.heading {
                parsed_runs_marked_into(
                    &all[from..to],
                    lw,
                    &marked[m_from..m_to],
                    from,
                    &mut runs_all,
                );
            }
            (a, runs_all.len())
        })
        .collect();
    let st: Vec<SentToks> = ranges
        .iter()
        .zip(&run_ranges)
        .map(|(&(from, to, m_from, m_to), &(a, b))| SentToks {
            toks: &all[from..to],
            runs: &runs_all[a..b],
            marked: &marked[m_from..m_to],
            base: from,
        })
        .collect();
    // Sized for every person run the sentences hold (the speakers noted
    // later are few).
    let person_runs = runs_all
        .iter()
        .filter(|(_, _, r)| r.person && r.core.is_some())
        .count();
    let mut ix = NameIndex::with_capacity(person_runs);
    for (s, t) in sentences.iter().zip(&st) {
        if !s.heading {
            ix.add_runs(text, &lowered, t.toks, t.runs);
        }
    }
    let contents: Vec<Span> = groups
        .iter()
        .map(|(g, _)| Span::new(g[0].content, g[g.len() - 1].content_end))
        .collect();
    let masked = |sp: Span| -> bool { masked_by(&contents, sp) };
    let sent_of = |pos: usize| -> Option<usize> {
        let k = sentences.partition_point(|s| s.span.start <= pos);
        let k = k.checked_sub(1)?;
        (pos < sentences[k]
            .span
            .end
            .max(sentences[k].span.start.saturating_add(1)))
        .then_some(k)
    };
    // Words outside quotes in sentence `k` (worked out for the sentences
    // that hold a quote only, once each).
    let mut outside_memo: Vec<Option<usize>> = vec![None; sentences.len()];
    // When the quotes end in text order (they do but for odd input), the
    // quote that `masked` finds for each token of a sentence, in turn, is
    // found by walking forward: one search per sentence, not per word.
    let ends_in_order = contents.windows(2).all(|w| w[0].end <= w[1].end);
    let in_order = ends_in_order && contents.windows(2).all(|w| w[0].start <= w[1].start);
    // Most sentences: their runs are not each looked up in `contents`.
    // Where the search of `contents` for the last sentence stopped.
    let mut quote_at = 0;
    let mut outside = |k: usize| -> usize {
        *outside_memo[k].get_or_insert_with(|| {
            let toks = st[k].toks;
            if !ends_in_order {
                return toks.iter().filter(|t| t.word() && !masked(t.span)).count();
            }
            words_outside(toks, &contents)
        })
    };
    // The quotes attributed at each sentence: those of sentence `k` are
    // `by_sent[by_sent_at[k]..by_sent_at[k + 1]]`, in text order.
    let mut leftovers = Vec::new();
    let mut sent_quote: Vec<(usize, usize)> = Vec::with_capacity(groups.len());
    // The sentences of each quote's opening mark and of its last byte,
    // found once here for the loop below too.
    let mut quote_sents: Vec<(Option<usize>, Option<usize>)> = Vec::with_capacity(groups.len());
    for (qi, (g, _)) in groups.iter().enumerate() {
        // Attributed at its first sentence, so that the cues it uses (`told
        // ABC News:` ... `she argued`) are known before attributions are
        // looked for.
        let endpos = g[g.len() - 1].close_end.saturating_sub(1).max(g[0].open);
        let (open_sent, end_sent) = (sent_of(g[0].open), sent_of(endpos));
        quote_sents.push((open_sent, end_sent));
        match open_sent.or(end_sent) {
            Some(s) => sent_quote.push((s, qi)),
            None => leftovers.push(qi),
        }
    }
    // Stable: a sentence's quotes stay in text order.
    sent_quote.sort_by_key(|&(s, _)| s);
    let by_sent: Vec<usize> = sent_quote.iter().map(|&(_, qi)| qi).collect();
    let mut by_sent_at = vec![0; sentences.len() + 1];
    for &(s, _) in &sent_quote {
        by_sent_at[s + 1] += 1;
    }
    for k in 0..sentences.len() {
        by_sent_at[k + 1] += by_sent_at[k];
    }
    let mut quotes: Vec<Option<Quote>> = vec![None; groups.len()];
    let mut attributions = Vec::new();
    let mut tracker = Tracker::new();
    // This sentence's mentions, and the speakers and sources it names
    // (one vector each, reused sentence after sentence).
    let mut locals: Vec<(usize, Ment)> = Vec::new();
    let mut new_ments: Vec<Ment> = Vec::new();
    let mut used_cues: FxSet<usize> = FxSet::default();
    // (paragraph, sentence, speaker, speaker span, cue, kind) of the last attributed quote
    let mut last_quote: Option<LastQuote> = None;
    // The last attribution: (paragraph, source, where, whether the source
    // is a name or description rather than a pronoun left unresolved).
    let mut last_attr: Option<(usize, String, Span, bool)> = None;
    // The last person standing as a subject outside quotes: (paragraph, name, where)
    // (The name is borrowed from the text when it is as written there.)
    let mut last_subject: Option<(usize, Cow<str>, Span)> = None;
    // The one person the last sentence outside quotes stands as its
    // subject: (sentence, name, where); none when it names two.
    let mut sent_subject: Option<(usize, Cow<str>, Span)> = None;
    // The paragraph of the last direct quote, and whether it had a speaker.
    let mut last_direct: Option<(usize, bool)> = None;
    // The people the text has introduced by a role (`Robert Mysłajek, a
    // biologist at ...`, `biologist Robert Mysłajek`), by the role's head
    // noun: `None` once two people have had it.
    let mut roles = Roles::default();
    // The direct quotes left with no cue and no speaker, with the sentence
    // they end in: a `..., he says` right after may give them one
    // ([`voiced_after`]).
    let mut unvoiced: Vec<(usize, usize)> = Vec::new();

    // The mentions of this sentence before `pos` (the last few only: the
    // search stays bounded however long the sentence).
    fn pronoun_local<'a, 't>(
        locals: &'a [(usize, Ment<'t>)],
        pos: usize,
    ) -> &'a [(usize, Ment<'t>)] {
        let end = locals.partition_point(|(p, _)| *p < pos);
        &locals[end.saturating_sub(LOCAL_WINDOW)..end]
    }

    for si in 0..sentences.len() {
        let sent = sentences[si];
        let toks = &st[si].toks;
        locals.clear();
        // No quote reaches into the sentence: none of its tokens is masked.
        let unquoted = in_order && reaches_no_quote_from(&contents, sent.span, &mut quote_at);
        if !sent.heading {
            let masked_here: &dyn Fn(Span) -> bool = if unquoted { &|_| false } else { &masked };
            sentence_mentions(text, lw, toks, st[si].runs, &ix, masked_here, &mut locals);
            roles.sentence = si;
            note_roles(lw, toks, &mut locals, &mut roles, &mut ix);
        }
        // The description that opens the sentence as its subject, as the
        // text resolves it (`The minister` the text named), for a pronoun
        // here or in the next sentence ([`Tracker::next_sentence`]).
        let desc = (!sent.heading)
            .then(|| opening_description(lw, toks))
            .flatten()
            .filter(|(np, _)| {
                let sp = np.span(toks);
                (unquoted || !masked(sp)) && !acted_upon(lw, sp)
            })
            .and_then(|(np, fit)| {
                let span = np.span(toks);
                // `The group's founder is Elin Carlsson, 25, who ...`: the
                // description is the person it is said to be.
                let named = toks
                    .get(np.last + 1)
                    .filter(|t| t.low_is(lw, "is") || t.low_is(lw, "was"))
                    .and_then(|_| toks.get(np.last + 2))
                    .and_then(|n| {
                        locals
                            .iter()
                            .find(|(p, m)| *p == n.span.start && m.person)
                            .map(|(_, m)| m.name.to_string())
                    });
                // Only a definite description of a person may stand for
                // somebody the text named ([`resolve_np`]): any other is
                // as written.
                let definite = matches!(fit, Fit::Person(_))
                    && matches!(toks[np.first].low(lw), "the" | "this");
                let (name, person) = match named {
                    Some(n) => (Some(n), true),
                    None if definite => {
                        let local = pronoun_local(&locals, span.start);
                        let (name, person, ..) =
                            resolve_np(text, lw, toks, &np, &ix, &tracker, local, &roles);
                        (name, person)
                    }
                    None => (None, false),
                };
                // `The prime minister`, `The illustrator`: a definite
                // description of a person with no possessive in it, by a
                // title or a role the text gave somebody it named, points
                // back to that person: the one introduced with the role
                // (`Scottish illustrator Johanna Basford`), else, when the
                // text does not say whom (`The UK prime minister, David
                // Cameron, ... The prime minister promised ..., as he
                // welcomed ...`), its `he` is left to the names. (`The
                // suspect's mother`, `The stranger`, `a police officer`
                // are new, or nobody named.)
                let head = &toks[np.last];
                let titled = definite
                    && !person
                    && !toks[np.first..np.last].iter().any(|t| t.kind == Tk::Poss);
                let holder = titled.then(|| roles.by_role.get(head.low(lw))).flatten();
                let (name, person) = match holder {
                    Some(Some(h)) if titled => (Some(h.to_string()), true),
                    _ => (name, person),
                };
                let anaphoric = titled && !person && (head.is(TITLES) || holder.is_some());
                let name = name.map_or(Cow::Borrowed(span.slice(text)), Cow::Owned);
                // (Resolved to a person by name: that person's sex, if known.)
                let fit = match fit {
                    Fit::Person(Gender::Unknown) if person => Fit::Person(ix.gender(&name)),
                    f => f,
                };
                // A pronoun of this sentence stands for it past a quote
                // that opens after it only.
                // So does a `they` of people in the plural past a dash or
                // a semicolon that ends their clause (`But some people
                // criticise farmed fish – they say the fish can be
                // inbred`), a clause of its own; not one a comma sets
                // off, which reports the clause (`Two officers were hurt,
                // they said`: somebody else's words).
                let clause_end = || {
                    toks[np.last + 1..]
                        .iter()
                        .find(|t| matches!(t.low(lw), "–" | "—" | ";"))
                        .map(|t| t.span.start)
                };
                let from = by_sent[by_sent_at[si]..by_sent_at[si + 1]]
                    .iter()
                    .map(|&qi| groups[qi].0[0].open)
                    .find(|&o| o > span.end)
                    .into_iter()
                    .chain((fit == Fit::Plural).then(clause_end).flatten())
                    .min()
                    .unwrap_or(usize::MAX);
                // A sentence that does something to someone else (`A
                // reporter asked him about the plant`, `A neighbour helped
                // her escape`) is about that person: the pronoun after it
                // is left to the names. (`Her` of the description's own,
                // `The mother raised her hand`, is no other.) Only as the
                // object of the description's verb: further on it may be
                // the description's own (`who does not want to give her
                // name`, `this helped them to see`).
                let other = toks.get(np.last + 1..).is_some_and(|rest| {
                    rest.iter().take(3).any(|t| match t.low(lw) {
                        "him" | "them" => true,
                        "her" => fit != Fit::Person(Gender::Female),
                        _ => false,
                    })
                });
                // `… described what he found`: the description's sex, when
                // its own sentence tells it and nothing else did.
                let fit = match fit {
                    Fit::Person(Gender::Unknown) => {
                        let rest = toks.get(np.last + 1..).unwrap_or_default();
                        let (mut he, mut she) = (false, false);
                        for t in rest {
                            match t.low(lw) {
                                "he" | "his" => he = true,
                                "she" => she = true,
                                _ => {}
                            }
                        }
                        match (he, she) {
                            (true, false) => Fit::Person(Gender::Male),
                            (false, true) => Fit::Person(Gender::Female),
                            _ => fit,
                        }
                    }
                    f => f,
                };
                (!anaphoric && !other).then_some(Desc {
                    span,
                    name,
                    fit,
                    from,
                })
            });
        let para_start = paragraphs
            .get(sent.paragraph)
            .map_or(sent.span.start, |p| p.span.start);
        tracker.next_sentence(sent.span.start, para_start, desc);
        new_ments.clear();
        for &qi in &by_sent[by_sent_at[si]..by_sent_at[si + 1]] {
            let (g, para) = &groups[qi];
            let para = *para;
            let first = g[0];
            let last = g[g.len() - 1];
            let (open_sent, end_sent) = quote_sents[qi];
            let fs = open_sent.unwrap_or(si);
            let ls = end_sent.unwrap_or(si).max(fs);
            let content = Span::new(first.content, last.content_end);
            let ctext = content.slice(text);
            // Counted up to [`KIND_WORDS`]: all the tests below ask of it.
            let words_in = word_count_upto(ctext, KIND_WORDS);
            let multi = g.len() > 1;
            // --- cues
            // Whether the quote opens its sentence (nothing but marks
            // before it). Only such a quote reaches a cue past a phrase or
            // past the quote joined to it: after "Smith called the plan
            // “a disaster” for the country, Jones said" the quote is
            // Smith's, framed by "called".
            let leads = {
                let ft = st[fs].toks;
                ft[..tok_at(ft, first.open).min(ft.len())]
                    .iter()
                    .all(|t| !t.word())
            };
            let after = if last.closed {
                after_cue(lw, st[ls].toks, ls, last.close_end, ctext, leads).or_else(|| {
                    leads
                        .then(|| {
                            joined_cue(text, lw, &st[ls], ls, last.close_end, groups.get(qi + 1))
                        })
                        .flatten()
                })
            } else {
                None
            };
            // An `it` nothing near stands for is no cue's subject: the
            // quote is left to the speakers before it, as with no cue.
            let after = after.filter(|h| {
                let ht = st[h.sent].toks;
                match h.np {
                    Some(np) if np.kind == NpKind::Pronoun && ht[np.first].low_is(lw, "it") => {
                        let at = ht[np.first].span.start;
                        tracker
                            .resolve("it", pronoun_local(&locals, at), at)
                            .is_some()
                    }
                    _ => true,
                }
            });
            let ftoks = &st[fs].toks;
            let oi = tok_at(ftoks, first.open);
            let before = before_cue(lw, ftoks, fs, oi, &masked);
            let prev_tok = oi.checked_sub(1).map(|k| &ftoks[k]);
            let colon = prev_tok.is_some_and(|t| t.low_is(lw, ":"));
            let at_start = ftoks[..oi].iter().all(|t| t.kind == Tk::Punct)
                || prev_tok.is_some_and(|t| matches!(t.low(lw), "." | "?" | "!"));
            // `said, "` / `said "` / `told the BBC "`: the cue leads straight into the quote
            let tight = before
                .as_ref()
                .is_some_and(|b| b.adjacent && prev_tok.is_some_and(|t| !t.low_is(lw, "that")));
            let outside_words: usize = (fs..=ls.min(sentences.len() - 1)).map(&mut outside).sum();
            let clause_words = |h: &CueHit| -> usize {
                st[h.sent].toks[h.clause.0..=h.clause.1.min(st[h.sent].toks.len() - 1)]
                    .iter()
                    .filter(|t| t.word())
                    .count()
            };
            let cue_words = after.as_ref().map(clause_words).unwrap_or(0)
                + before
                    .as_ref()
                    .filter(|b| b.adjacent)
                    .map(clause_words)
                    .unwrap_or(0);
            let rest = outside_words.saturating_sub(cue_words);
            let adjacent_cue = after.is_some() || before.as_ref().is_some_and(|b| b.adjacent);
            let split_second = last_quote.as_ref().is_some_and(|l| {
                l.1 == fs && l.5 == QuoteKind::Direct && at_gap_is_cue(ftoks, oi, &quotes, qi)
            });
            // Worked out only when the tests before it fail.
            let internal_stop = || {
                let t = ctext.trim_end();
                // The marks are ASCII: found by their bytes.
                memchr::memchr3_iter(b'.', b'?', b'!', t.as_bytes()).any(|i| {
                    i + 1 < t.len()
                        && t[i + 1..].starts_with(' ')
                        && t[i + 1..]
                            .trim_start()
                            .starts_with(|c: char| c.is_uppercase())
                })
            };
            // `He promised to “fight for every job”`, `a victory for
            // “the people of this country”`: a word that needs what
            // follows it leads into the quote, which is part of the
            // sentence however few words are outside it.
            let leads_in = prev_tok.is_some_and(|t| {
                t.word()
                    && !t.low_is(lw, "that")
                    && (t.is(PREP) || t.is(DETS) || t.low_is(lw, "as"))
            });
            // `The economy is “on the brink of recession”, according to
            // ...`: a word of the sentence's own clause, no cue of the
            // quote's, stands right before the mark, and the quote does not
            // end a clause of its own (`The attack was “a cowardly act of
            // terror that will not go unpunished,” according to ...` is
            // said): the quote goes on with that clause, however few its
            // words outside.
            let embedded = !tight
                && !at_start
                && !ctext.trim_end().ends_with([',', '!', '?'])
                && prev_tok.is_some_and(|t| t.word() && !t.low_is(lw, "that") && !t.cap);
            // `“We're thrilled,” said Jane Doe, CEO of Acme`: a quote of two
            // words that opens its sentence and ends its own clause (a
            // comma, `!` or `?` inside the marks) before a cue is somebody's
            // utterance, however long the cue's clause runs on. (One word
            // is a quote's opening, `“But,” he said, ...`, or a scare.)
            let ends_clause = ctext.trim_end().ends_with([',', '!', '?']);
            // `“Absolutely shameful.”`: a sentence that is all quote, and
            // ends inside the marks, is said, however short.
            let ends_sentence = ctext.trim_end().ends_with(['.', '!', '?']);
            // `“Quiet quitting,” experts say, is on the rise`: after the
            // cue's clause, a comma and a verb, the two words are the
            // sentence's subject, a term, not an utterance.
            let subject_term = || {
                after.as_ref().is_some_and(|h| {
                    let t = st[h.sent].toks;
                    t.get(h.clause.1 + 1).is_some_and(|c| c.low_is(lw, ","))
                        && t.get(h.clause.1 + 2).is_some_and(|v| {
                            v.word() && !v.cap && (v.is(AUX) || CLAUSE_VERBS.contains(&v.low(lw)))
                        })
                })
            };
            let kind = if !multi
                && !colon
                && !at_start
                && is_title(ctext, &ftoks[..oi], lw, || {
                    after.is_some() || ftoks[oi..].iter().any(quote_cue)
                }) {
                QuoteKind::Title
            } else if multi
                || (colon && words_in >= 2)
                // `Asked whether Jones would resign, Smith said: “No.”`:
                // a cue and a colon, then a whole sentence of one word.
                || (colon && tight && ends_sentence && words_in >= 1)
                || (tight && words_in >= 3)
                || (adjacent_cue && rest <= 3 && !embedded)
                || (words_in >= 3 && rest <= 3 && !leads_in && !embedded)
                || (at_start
                    && adjacent_cue
                    && (words_in >= 3 || (words_in == 2 && ends_clause && !subject_term())))
                || (at_start && outside_words == 0 && words_in >= 1 && ends_sentence)
                || (words_in >= 6 && internal_stop())
                || (split_second && words_in >= 1)
            {
                QuoteKind::Direct
            } else if words_in <= 2 {
                QuoteKind::Scare
            } else {
                QuoteKind::Partial
            };
            // A partial quote with no reporting verb may have one that
            // frames it as its subject's words; so may two words, which are
            // then the subject's verdict, not distancing marks (`Jean-Pierre
            // called the report “deeply flawed”`).
            let framed = match (&before, &after) {
                (None, None) if kind == QuoteKind::Partial => {
                    framing_cue(lw, ftoks, fs, oi, &masked)
                }
                // One or two words: only a verb that names them (`called
                // the move “reckless”`, `described as`), and not words
                // that modify what follows (`criticised the government's
                // “levelling up” agenda`, `the “Green Deal”`, `the
                // so-called “bathroom bill”`).
                (None, None)
                    if kind == QuoteKind::Scare && (1..=2).contains(&words_in) && !multi =>
                {
                    let ci = tok_at(st[ls].toks, last.close_end);
                    let modifies = st[ls].toks.get(ci).is_some_and(|n| {
                        n.word() && !n.cap && !n.is(STOP) && !n.is(PREP) && !n.is(DETS)
                    }) || prev_tok.is_some_and(|p| {
                        p.kind == Tk::Poss
                            || p.low_is(lw, "the")
                            || p.low(lw).starts_with("so-called")
                    });
                    if modifies {
                        None
                    } else {
                        framing_cue(lw, ftoks, fs, oi, &masked)
                            .filter(|h| NAMING_VERBS.contains(&ftoks[h.cue].low(lw)))
                    }
                }
                _ => None,
            };
            // One or two words a speaker is given as saying are their
            // words, not distancing marks: the predicate of the clause a cue
            // before reports (`David Lammy said the strike was
            // “unacceptable”.`, `Buckingham Palace said the King was
            // “deeply saddened” by the news.`), after a form of `be` or a
            // verb of seeming, and modifying nothing after it; or words
            // that end their clause inside the marks right before a cue and
            // its subject (`Cases are “rising fast,” according to a senior
            // health official`), not opening the sentence (`“But,” he
            // said`) nor after a word that makes them a name (`the`, a
            // possessive, `so-called`).
            let reported = || {
                if kind != QuoteKind::Scare || multi || !(1..=2).contains(&words_in) {
                    return false;
                }
                // (A capital opens a title or a name: "said the film was
                // “Oppenheimer”", "the code name was “Sunrise”"; or its
                // `the` does: `known as “the Squad,” said`.)
                let ctext_name = ctext.trim_start();
                let named = ctext_name
                    .strip_prefix("the ")
                    .unwrap_or(ctext_name)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    || prev_tok.is_some_and(|p| {
                        p.kind == Tk::Poss
                            || p.low_is(lw, "the")
                            || p.low(lw).starts_with("so-called")
                    });
                if named {
                    return false;
                }
                if let Some(h) = &after {
                    // (The clause's comma may stand after the mark, as
                    // British style sets it: `The film was “a triumph”,
                    // said the critic`.)
                    let comma_after = || {
                        h.adjacent
                            && st[ls]
                                .toks
                                .get(tok_at(st[ls].toks, last.close_end))
                                .is_some_and(|c| c.low_is(lw, ","))
                    };
                    return h.np.is_some()
                        && !at_start
                        && (ends_clause || comma_after())
                        && !subject_term();
                }
                let Some(b) = before.filter(|b| b.np.is_some() && ftoks[b.cue].is(CUES)) else {
                    return false;
                };
                let copula = |t: &Tok| {
                    t.word()
                        && matches!(
                            t.low(lw),
                            "is" | "are"
                                | "was"
                                | "were"
                                | "be"
                                | "been"
                                | "being"
                                | "remains"
                                | "remained"
                                | "seemed"
                                | "seems"
                                | "looked"
                                | "looks"
                                | "became"
                                | "felt"
                                | "sounded"
                        )
                };
                let mut p = oi;
                if p > b.cue + 1 && ly_adverb(&ftoks[p - 1], lw) {
                    p -= 1;
                }
                let ci = tok_at(st[ls].toks, last.close_end);
                let modifies = st[ls].toks.get(ci).is_some_and(|n| {
                    n.word() && !n.cap && !n.is(STOP) && !n.is(PREP) && !n.is(DETS)
                });
                // Right after the cue (`said “no”`, `warned “never
                // again”`) or after it and a copula (`said the film was
                // “a triumph”`); not before a noun it modifies (`said
                // “moderate” rebels`).
                fs == ls
                    && !modifies
                    && (p == b.cue + 1 || (p > b.cue + 1 && copula(&ftoks[p - 1])))
            };
            let kind = match kind {
                QuoteKind::Scare if framed.is_some() || reported() => QuoteKind::Partial,
                k => k,
            };
            let before = before.or(framed);
            let mut q = Quote {
                span: content,
                outer: Span::new(first.open, last.close_end),
                kind,
                cue: None,
                speaker: None,
                speaker_span: None,
            };
            if matches!(kind, QuoteKind::Direct | QuoteKind::Partial) {
                // A direct quote inside the clause of a cue earlier in its
                // sentence (`Mitchell said he found the book “quite
                // liberating ... any good.”`) is that cue's, when none
                // follows it, and no colon or other verb of saying stands
                // between (`says she was fed up with snobs telling her:
                // “...”`). A colon right before the quote ends the clause
                // the cue reports, when no other verb of saying (nor
                // `read`: `the sign read:`) is in it (`Lopez said the agency
                // needed money: “We cannot go on.”`).
                let before_ok = before.filter(|b| {
                    let between = &ftoks[b.cue + 1..oi];
                    let colon_ends = between.split_last().is_some_and(|(c, rest)| {
                        // (Not what a text or a sign bears, `the placard
                        // bore the words:`, nor what a thing was, `his last
                        // words were:`.)
                        let copula = rest
                            .iter()
                            .rev()
                            .take(3)
                            .any(|t| matches!(t.low(lw), "is" | "was" | "are" | "were"));
                        c.low_is(lw, ":")
                            && !copula
                            && !rest
                                .iter()
                                .any(|t| quote_cue(t) || t.low_is(lw, ":") || written(t.low(lw)))
                    });
                    kind == QuoteKind::Partial
                        || b.adjacent
                        || (after.is_none()
                            && !at_start
                            && !between.iter().any(|t| t.is(ING_CUES))
                            && (colon_ends || !between.iter().any(|t| t.low_is(lw, ":"))))
                });
                let pick = match (after, before_ok) {
                    (Some(a), Some(b))
                        if a.np.is_some_and(|n| n.kind == NpKind::Pronoun)
                            && b.np.is_some_and(|n| n.kind != NpKind::Pronoun) =>
                    {
                        Some(b)
                    }
                    (Some(a), _) => Some(a),
                    (None, b) => b,
                };
                if kind == QuoteKind::Direct {
                    for h in [after, before_ok].into_iter().flatten() {
                        if h.adjacent {
                            used_cues.insert(st[h.sent].toks[h.cue].span.start);
                        }
                    }
                }
                if let Some(h) = pick {
                    let htoks = &st[h.sent].toks;
                    q.cue = Some(htoks[h.cue].span);
                    if let Some(np) = h.np {
                        let span = np.span(htoks);
                        let (name, person, gender, thing) = resolve_np(
                            text,
                            lw,
                            htoks,
                            &np,
                            &ix,
                            &tracker,
                            pronoun_local(&locals, span.start),
                            &roles,
                        );
                        if let Some(n) = name {
                            let pronoun = np.kind == NpKind::Pronoun;
                            let found = Found {
                                span,
                                person,
                                gender,
                                thing,
                            };
                            note_speaker(&mut tracker, &ix, &mut new_ments, pronoun, &n, found);
                            q.speaker = Some(n);
                        }
                        q.speaker_span = Some(span);
                    }
                } else if kind == QuoteKind::Direct
                    && !own_clause(lw, st[ls].toks, last.close_end, ctext)
                {
                    // continuation of an earlier speaker
                    let fpara = sentences[fs].paragraph;
                    let opens_para = paragraphs.get(para).is_some_and(|p| {
                        text[p.span.start.min(first.open)..first.open]
                            .trim()
                            .is_empty()
                    });
                    // `One of the class, ... Winnie Robertson, thinks the
                    // secret is ...: “Use it or lose it”`: a colon hands the
                    // quote to the first person its clause names (not as
                    // the object of a preposition: `wrote to Boris Johnson:`;
                    // not a bare role: `Chief Executive`), or to the pronoun
                    // that opens the clause (`He said that ... was: “...”`),
                    // whatever the verb, before any earlier speaker.
                    let sstart = sentences[fs].span.start;
                    let opening_pronoun = ftoks[..oi]
                        .iter()
                        .find(|t| t.word())
                        .filter(|t| matches!(t.low(lw), "he" | "she"));
                    let colon_subject = (colon && opening_pronoun.is_none())
                        .then(|| {
                            locals.iter().find(|(pos, m)| {
                                let k = tok_at(ftoks, *pos);
                                let lone_role = ftoks
                                    .get(tok_at(ftoks, m.span.start))
                                    .is_some_and(|t| t.span == m.span && t.is(TITLES));
                                fs == si
                                    && m.person
                                    && !lone_role
                                    && m.span.end <= first.open
                                    && m.span.start >= sstart
                                    && !k.checked_sub(1).is_some_and(|p| ftoks[p].is(PREP))
                            })
                        })
                        .flatten()
                        .map(|(_, m)| (m.name.to_string(), m.span));
                    // Tried after the speakers of the same paragraph.
                    let colon_pronoun = || match opening_pronoun {
                        Some(p) if colon && fs == si => tracker
                            .resolve(
                                p.low(lw),
                                pronoun_local(&locals, p.span.start),
                                p.span.start,
                            )
                            .map(|n| (n, p.span)),
                        _ => None,
                    };
                    // The sentence right before stands one person as its
                    // subject, after the paragraph's last quote and
                    // attribution: the quote is that person's, not the
                    // earlier speaker's (`“..,” he said. But his mate Henry
                    // Fischer, a 19-year-old student, wasn't as successful.
                    // “Someone snatched my telly ...”`). Named, not a `he`
                    // or `she` worked out, which is likely the earlier
                    // speaker anyway.
                    let fresh_subject = sent_subject.as_ref().filter(|a| {
                        let pronoun = a.2.slice(text);
                        a.0 + 1 == fs
                            && !pronoun.eq_ignore_ascii_case("he")
                            && !pronoun.eq_ignore_ascii_case("she")
                            && sentences[a.0].paragraph == fpara
                            && last_quote
                                .as_ref()
                                .is_none_or(|l| l.0 != fpara || l.1 < a.0)
                            && last_attr.as_ref().is_none_or(|x| {
                                x.0 != fpara || sent_of(x.2.start).is_none_or(|k| k < a.0)
                            })
                    });
                    // No person named: a description of one that opens
                    // the clause (`The minister was blunt: “...”`), as
                    // the text resolves it (the minister it named).
                    let colon_described = || {
                        let c = oi.checked_sub(1)?;
                        let np = (colon && fs == si && opening_pronoun.is_none())
                            .then(|| described_subject(lw, ftoks, c))??;
                        let span = np.span(ftoks);
                        let (name, ..) = resolve_np(
                            text,
                            lw,
                            ftoks,
                            &np,
                            &ix,
                            &tracker,
                            pronoun_local(&locals, span.start),
                            &roles,
                        );
                        name.map(|n| (n, span))
                    };
                    if let Some((name, span)) = colon_subject.or_else(colon_described) {
                        // The person the colon hands the quote to is the
                        // one the clause is about, its subject, whatever
                        // stands before the name (`Earlier, the Republican
                        // senator Mike Lee had struck a defiant tone: “...”
                        // He added: ...`: Lee's `He`).
                        if let Some((_, m)) = locals.iter_mut().find(|(_, m)| m.span == span) {
                            m.subject = true;
                        }
                        q.speaker = Some(name);
                        q.speaker_span = Some(span);
                    } else if let Some(a) = fresh_subject {
                        q.speaker = Some(a.1.to_string());
                        q.speaker_span = Some(a.2);
                    } else if let Some(l) = last_quote.as_ref().filter(|l| l.0 == fpara) {
                        q.speaker = Some(l.2.clone());
                        q.speaker_span = l.3;
                        q.cue = l.4;
                    } else if let Some(a) = last_attr.as_ref().filter(|a| {
                        // (A person standing as a subject in a later
                        // sentence than the attribution's is the nearer
                        // speaker.)
                        a.0 == fpara
                            && !last_subject.as_ref().is_some_and(|s| {
                                s.0 == fpara
                                    && sent_of(a.2.start)
                                        .is_some_and(|k| s.2.start >= sentences[k].span.end)
                            })
                    }) {
                        // An attribution to a `he` left unresolved hands
                        // the quote no speaker, as the same `he` in its
                        // own cue would (`But, he admits, ... “...”`).
                        q.speaker = a.3.then(|| a.1.clone());
                        q.speaker_span = Some(a.2);
                    } else if let Some(a) = last_subject.as_ref().filter(|a| a.0 == fpara) {
                        // `Malala responded .... “I do not even hate ...”`
                        q.speaker = Some(a.1.to_string());
                        q.speaker_span = Some(a.2);
                    } else if let Some(a) = sent_subject.as_ref().filter(|a| {
                        // `He draws a diagram on a pad. “When you ...”`
                        a.0 + 1 == fs && sentences[a.0].paragraph == fpara
                    }) {
                        q.speaker = Some(a.1.to_string());
                        q.speaker_span = Some(a.2);
                    } else if let Some((name, span)) = colon_pronoun() {
                        q.speaker = Some(name);
                        q.speaker_span = Some(span);
                    } else if let Some(l) = last_quote.as_ref().filter(|l| {
                        // The last quote of the paragraph before had this
                        // speaker (not an earlier one: its last quote,
                        // unattributed, leaves the speaker open).
                        opens_para
                            && fpara > 0
                            && prev_para(paragraphs, fpara) == Some(l.0)
                            && last_direct.is_some_and(|(p, spoken)| p != l.0 || spoken)
                    }) {
                        q.speaker = Some(l.2.clone());
                        q.speaker_span = l.3;
                    } else if let Some(a) = last_attr.as_ref().filter(|a| {
                        // A quote paragraph after one that ends by naming
                        // its source (`..., according to Alton Byers.`).
                        opens_para && fpara > 0 && prev_para(paragraphs, fpara) == Some(a.0)
                    }) {
                        q.speaker = a.3.then(|| a.1.clone());
                        q.speaker_span = Some(a.2);
                    } else if let Some(a) = sent_subject.as_ref().filter(|a| {
                        // A quote paragraph after one whose last sentence
                        // stands one person as its subject, and quotes
                        // nobody (`Sharon Surloff was delighted with her
                        // picture ...` / `“The police were just saying
                        // ...”`).
                        let prev = prev_para(paragraphs, fpara);
                        opens_para
                            && a.0 + 1 == fs
                            && prev == Some(sentences[a.0].paragraph)
                            && last_direct.is_none_or(|(p, _)| Some(p) != prev)
                    }) {
                        q.speaker = Some(a.1.to_string());
                        q.speaker_span = Some(a.2);
                    }
                }
                if kind == QuoteKind::Direct && q.speaker.is_none() && q.cue.is_none() {
                    unvoiced.push((qi, ls));
                }
                last_direct = Some((sentences[ls].paragraph, q.speaker.is_some()));
                if let Some(sp) = &q.speaker {
                    last_quote = Some((
                        sentences[ls].paragraph,
                        ls,
                        sp.clone(),
                        q.speaker_span,
                        q.cue,
                        kind,
                    ));
                }
            }
            quotes[qi] = Some(q);
        }
        // --- attributions
        if !sent.heading {
            // Only a cue word can start an attribution, and every cue
            // word is marked: the marked tokens alone are tried, and the
            // test of a token's table bits comes first.
            let mut opening = None;
            for &m in st[si].marked {
                let i = m - st[si].base;
                let t = &toks[i];
                if t.class & CUE_LIKE == 0
                    || !t.word()
                    || (!unquoted && masked(t.span))
                    || used_cues.contains(&t.span.start)
                {
                    continue;
                }
                let Some((np, cue_span)) =
                    attribution_at(toks, lw, i, &mut opening).or_else(|| {
                        // `The ministry denied the report. It said the figures
                        // were false.`: a body's `it` reports, when the tracker
                        // finds the body it stands for.
                        it_reports(toks, lw, i)
                            .filter(|np| {
                                let at = toks[np.first].span.start;
                                tracker
                                    .resolve("it", pronoun_local(&locals, at), at)
                                    .is_some()
                            })
                            .map(|np| (np, t.span))
                    })
                else {
                    continue;
                };
                // (A source of more words than any name or description
                // holds is no source: its copies, one for each cue, made
                // hostile input of 20,000 capitals and cues take gigabytes.)
                if np.last >= np.first + SOURCE_TOKENS {
                    continue;
                }
                let span = np.span(toks);
                let (name, person, gender, thing) = resolve_np(
                    text,
                    lw,
                    toks,
                    &np,
                    &ix,
                    &tracker,
                    pronoun_local(&locals, span.start),
                    &roles,
                );
                // (An unresolved pronoun is the source as written, `he`.)
                let resolved = name.is_some();
                let name = name.unwrap_or_else(|| span.slice(text).to_string());
                let pronoun = resolved && np.kind == NpKind::Pronoun;
                let found = Found {
                    span,
                    person,
                    gender,
                    thing,
                };
                note_speaker(&mut tracker, &ix, &mut new_ments, pronoun, &name, found);
                last_attr = Some((sent.paragraph, name.clone(), span, resolved));
                attributions.push(Attribution {
                    sentence: si,
                    source: name,
                    source_span: span,
                    cue: cue_span,
                });
            }
        }
        // The last person standing as a subject in this sentence (its name
        // taken once, not for each such mention in turn).
        // (A person's name first, else a name acting as one: `Peter
        // Fincham ... recalls the moment when Highclere was booked`.)
        if !sent.heading
            && let Some((_, m)) = locals
                .iter()
                .rev()
                .find(|(_, m)| m.subject && m.person)
                .or_else(|| {
                    locals
                        .iter()
                        .rev()
                        .find(|(_, m)| m.subject && acts_as_person(m))
                })
        {
            last_subject = Some((sent.paragraph, m.name.clone(), m.span));
        }
        // The `he` or `she` that opens the sentence or its main clause,
        // outside quotes, and the person it stands for.
        let opener = (!sent.heading)
            .then(|| opening_pronoun(lw, toks))
            .flatten()
            .filter(|p| unquoted || !masked(p.span))
            .and_then(|p| {
                let n = tracker.resolve(
                    p.low(lw),
                    pronoun_local(&locals, p.span.start),
                    p.span.start,
                )?;
                Some((p, n))
            });
        // The one person the sentence stands as its subject, when no quote
        // reaches into it: the one person it names, as a subject (`Sharon
        // Surloff was delighted ...`), or, naming none, that opening `he`
        // or `she` (`He draws a diagram ...`, `Since the birth, she rarely
        // sees ...`), resolved to a known person.
        sent_subject = None;
        if !sent.heading && unquoted {
            let mut people = locals.iter().filter(|(_, m)| acts_as_person(m));
            match people.next() {
                Some((_, m)) => {
                    if m.subject && people.all(|(_, o)| o.name == m.name) {
                        sent_subject = Some((si, m.name.clone(), m.span));
                    }
                }
                None => {
                    if let Some((p, n)) = opener.as_ref().filter(|(_, n)| ix.is_person(n)) {
                        sent_subject = Some((si, Cow::Owned(n.clone()), p.span));
                    }
                }
            }
        }
        // That `he` or `she` is one more mention of its person, as the
        // subject, and tells the person's sex: the story stays with
        // whom it is about (`Malala Yousafzai spoke at the UN. She wore
        // a shawl that belonged to Benazir Bhutto. And she gave ...`:
        // Malala's), and a `she` after it is somebody else (`Tomasz
        // Wiśniak uncovered the body. Ten days later, he returned with
        // Lin Foxhall ... “...,” she recalled`: Foxhall). (Not when a cue
        // already made it a speaker's mention. Only for a person's name or
        // a name of two words or more, not a description, which the
        // tracker keeps apart, [`Tracker::renew_desc`], nor one capitalised
        // word the pronoun was left to for want of any person: `Exerting
        // himself at altitude ...`.)
        if let Some((p, n)) = opener
            && !new_ments.iter().any(|m| m.span == p.span)
            && (ix.is_person(&n) || (!tracker.has_desc(&n) && n.contains(' ')))
        {
            let gender = Gender::of_pronoun(p.low(lw));
            let at = locals.partition_point(|(pos, _)| *pos < p.span.start);
            let m = Ment {
                span: p.span,
                name: Cow::Owned(n),
                person: true,
                gender,
                subject: true,
                agent: true,
                thing: false,
                acts: false,
                topic: false,
            };
            locals.insert(at, (p.span.start, m));
        }
        for (_, m) in locals.drain(..) {
            tracker.push(m);
        }
        for m in new_ments.drain(..) {
            if m.person && m.gender != Gender::Unknown {
                ix.note_gender(&m.name, m.gender);
            }
            tracker.push(m);
        }
    }
    for (qi, ls) in unvoiced {
        if let Some(q) = quotes[qi].as_mut()
            && let Some(a) = voiced_after(text, sentences, &attributions, q, ls)
        {
            q.speaker = Some(a.source.clone());
            q.speaker_span = Some(a.source_span);
            q.cue = Some(a.cue);
        }
    }
    // A partial quote no cue of its own reports, inside the clause an
    // attribution of its sentence reports, is that source's words: `A study
    // by the University of Leeds found that the scheme was “a costly
    // failure”` (a finding's verb reports a clause, not quoted words, so
    // the quote found no cue itself).
    for (q, &(open_sent, end_sent)) in quotes.iter_mut().zip(&quote_sents) {
        if let Some(q) = q.as_mut()
            && q.kind == QuoteKind::Partial
            && q.speaker.is_none()
            && q.cue.is_none()
            && let Some(s) = open_sent.filter(|&s| end_sent == Some(s))
            && let Some(a) = reported_in(&attributions, s, q)
            && !voiced_between(st[s].toks, lw, a.cue.end, q.outer.start)
        {
            q.speaker = Some(a.source.clone());
            q.speaker_span = Some(a.source_span);
            q.cue = Some(a.cue);
        }
    }
    for qi in leftovers {
        let (g, _) = &groups[qi];
        let content = Span::new(g[0].content, g[g.len() - 1].content_end);
        quotes[qi] = Some(Quote {
            span: content,
            outer: Span::new(g[0].open, g[g.len() - 1].close_end),
            kind: if word_count_upto(content.slice(text), KIND_WORDS) <= 2 {
                QuoteKind::Scare
            } else {
                QuoteKind::Partial
            },
            cue: None,
            speaker: None,
            speaker_span: None,
        });
    }
    Analysis {
        // White space inside the marks (`“as you would ”`) is no part of
        // the quoted words.
        quotes: quotes
            .into_iter()
            .flatten()
            .map(|mut q| {
                q.span = q.span.trim(text);
                q
            })
            .collect(),
        attributions,
    }
}

/// Whether the quote closing at `close_end` (its words `ctext`) is
/// followed, after a comma, by a clause of its own that ends the
/// sentence: a subject that opens with a determiner and names a thing
/// that bears words, and a verb no cue table holds, at most five words
/// (`“Closed until further notice,” the sign read.`, `“Vote no,” the
/// poster read.`). That thing, not an earlier speaker, has those words.
fn own_clause(lw: Lower, toks: &[Tok], close_end: usize, ctext: &str) -> bool {
    let mut c = tok_at(toks, close_end);
    // The comma inside the marks or after them.
    if toks.get(c).is_some_and(|t| t.low_is(lw, ",")) {
        c += 1;
    } else if !ctext.trim_end().ends_with(',') {
        return false;
    }
    let Some(rest) = toks.get(c..) else {
        return false;
    };
    let n = rest
        .iter()
        .take_while(|t| t.word() || t.kind == Tk::Poss)
        .count();
    // The subject is a thing that bears words: a document or a sign,
    // not a person (`the striker grinned`, `the 30-year-old beamed`).
    let bears_words = |t: &Tok| {
        let low = t.low(lw);
        document(low)
            || written(low)
            || matches!(
                low,
                "poster" | "card" | "plaque" | "billboard" | "screen" | "graffiti"
            )
    };
    (2..=5).contains(&n)
        && rest[0].is(DETS)
        && bears_words(&rest[n - 2])
        && !quote_cue(&rest[n - 1])
        && rest[n..].iter().all(|t| !t.word())
}

/// The attribution that voices a direct quote left with no cue and no
/// speaker, ending sentence `ls`: the next sentence, in the same
/// paragraph, goes on in reported speech and ends with its cue after a
/// comma and a `he` or `she` resolved to a name (`“You get used to the job
/// being disgusting.” You learn not to take your work home with you, he
/// says.`): the same voice, the quote's too. Guards: the quote closes its
/// sentence (nothing but punctuation after it), the pronoun was resolved
/// (an unresolved `he` gives no speaker), and the cue clause is the last
/// thing in its sentence (`He says the plant ...` opens a new report and
/// is left alone). Looked at only for the quotes left with no speaker.
fn voiced_after<'a>(
    text: &str,
    sentences: &[Sentence],
    attributions: &'a [Attribution],
    q: &Quote,
    ls: usize,
) -> Option<&'a Attribution> {
    let (this, next) = (sentences.get(ls)?, sentences.get(ls + 1)?);
    if next.paragraph != this.paragraph
        || text
            .get(q.outer.end..this.span.end.max(q.outer.end))?
            .chars()
            .any(|c| c.is_alphanumeric())
    {
        return None;
    }
    let k = attributions.partition_point(|a| a.sentence <= ls);
    let a = attributions.get(k).filter(|a| a.sentence == ls + 1)?;
    let pronoun = a.source_span.slice(text);
    let tail = text.get(a.cue.end..next.span.end.max(a.cue.end))?;
    let before = text.get(next.span.start..a.source_span.start)?.trim_end();
    ((pronoun == "he" || pronoun == "she")
        && a.source != pronoun
        && before.ends_with(',')
        && !tail.chars().any(|c| c.is_alphanumeric()))
    .then_some(a)
}

/// The attribution of sentence `s` whose cue is the last before quote `q`
/// opens, when its source is named (not a pronoun left unresolved, which
/// is the source as written: a resolved one is the name it stands for).
fn reported_in<'a>(
    attributions: &'a [Attribution],
    s: usize,
    q: &Quote,
) -> Option<&'a Attribution> {
    let from = attributions.partition_point(|a| a.sentence < s);
    let to = attributions.partition_point(|a| a.sentence <= s);
    (from..to)
        .rev()
        .find(|&k| attributions[k].cue.end <= q.outer.start)
        .map(|k| &attributions[k])
        .filter(|a| !is_pronoun(&a.source.to_ascii_lowercase()))
}

/// Whether, between `from` and `to`, the clause names other words than
/// its source's: another verb of saying, writing or naming (`found that
/// the officer had texted a colleague that the victim was “asking for
/// it”`), or a participle's `as` (`marketed as “the safest on earth”`).
fn voiced_between(toks: &[Tok], lw: Lower, from: usize, to: usize) -> bool {
    let lo = toks.partition_point(|t| t.span.start < from);
    let hi = toks.partition_point(|t| t.span.start < to);
    let between = toks.get(lo..hi).unwrap_or_default();
    between.iter().enumerate().any(|(k, t)| {
        t.word()
            && (t.class & (CUES.0 | ING_CUES.0 | FRAMING.0 | QUOTE_CUES.0) != 0
                || (t.low_is(lw, "as") && k > 0 && between[k - 1].low(lw).ends_with("ed")))
    })
}

/// A mention that acts as a person would: a person's name, or a name of
/// unknown kind that opens a clause as the subject of a verb in the
/// singular (`Job satisfaction: Lewis finds`), not a body or a thing
/// ([`Ment::acts`]).
fn acts_as_person(m: &Ment) -> bool {
    m.person || m.acts
}

/// The `he` or `she` that is the subject a sentence opens with: its first
/// word, or the first word after an opening `And`/`But`/`So`, or after the
/// comma that closes an opening phrase (`Since the birth, she ...`).
fn opening_pronoun<'a>(lw: Lower, toks: &'a [Tok]) -> Option<&'a Tok> {
    let he = |t: &&Tok| t.word() && matches!(t.low(lw), "he" | "she");
    let mut words = toks
        .iter()
        .filter(|t| t.kind != Tk::Punct || t.low_is(lw, ","));
    let first = words.next()?;
    if he(&first) {
        return Some(first);
    }
    if matches!(first.low(lw), "and" | "but" | "so") {
        return words.next().filter(he);
    }
    // An opening phrase: up to twelve words, then the comma.
    let comma = toks.iter().take(14).position(|t| t.low_is(lw, ","))?;
    toks.get(comma + 1).filter(he)
}

/// The description of a person that opens a sentence as the subject of
/// the clause a colon (token `colon`) ends before a quote, with no
/// speaking verb (`The minister was blunt: “We will not pay.”`, `His
/// eldest son had one wish: “...”`): a determiner (after an opening
/// `But`/`And`/`So`/`Yet`), up to five plain words or possessives, and a
/// person noun ([`person_noun`]: `minister`, `chief executive`, `the prime
/// minister's spokesman`) as its head.
///
/// Guards: a lower-case word follows the head (its verb: not `The minister
/// of finance`, `The minister, who`, `The minister's plan`, nor a head
/// followed by `who`, `that` or a conjunction), and the clause after it
/// runs on to the colon within a dozen tokens with no conjunction, relative,
/// passive `by` or quote mark inside (`The minister left before the crowd
/// chanted:` is the crowd's, `The minister was greeted by protesters:`
/// theirs). Only asked of a quote after a colon whose clause names no
/// person.
fn described_subject(lw: Lower, toks: &[Tok], colon: usize) -> Option<Np> {
    let mut k = 0;
    if toks.first().is_some_and(|t| opening_conjunction(t, lw)) {
        k = 1;
    }
    if !toks.get(k).is_some_and(|t| t.word() && t.is(DETS)) {
        return None;
    }
    // The head: the first person noun within four words, and the person
    // nouns right after it (`chief executive`).
    let plain = |t: &Tok| {
        t.word() && t.class & (PREP.0 | SUBORD.0 | PASSIVE.0 | AUX.0 | CUES.0 | DETS.0) == 0
    };
    let mut head = None;
    for i in k + 1..(k + 7).min(colon) {
        let t = &toks[i];
        let next_joins = toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Tk::Poss || person_noun(n, lw));
        if person_noun(t, lw) && !next_joins {
            head = Some(i);
            break;
        }
        if !(plain(t) || t.kind == Tk::Poss) {
            return None;
        }
    }
    let h = head?;
    let verb = toks.get(h + 1).filter(|_| h + 1 < colon)?;
    if !verb.word()
        || verb.cap
        || verb.is(PREP)
        || verb.is(SUBORD)
        || matches!(verb.low(lw), "who" | "whose" | "whom" | "which")
        || colon - h > 12
    {
        return None;
    }
    let clause_ok = toks[h + 2..colon].iter().all(|t| {
        !(t.word() && (t.is(SUBORD) || matches!(t.low(lw), "who" | "which" | "whose" | "by")))
            && !(t.kind == Tk::Punct && matches!(t.low(lw), "\"" | "“" | "”"))
    });
    clause_ok.then_some(Np {
        kind: NpKind::Group,
        first: k,
        last: h,
        run: None,
    })
}

/// The description that opens a sentence as its subject, and what
/// pronoun it fits ([`Fit`]): a determiner (after an opening `And`/`But`
/// and a `then`), up to five words or possessives, and a head noun, then
/// its verb, a relative `who`/`which`/`that` or a comma (`A police officer
/// who was first on the scene described ...`, `The suspect's mother
/// spoke ...`, `And then an Egyptian education official raised ...`, `The
/// company cut ...`). The head is the first noun of a person ([`person_noun`],
/// or `official`, `aide`: `he` or `she`, as its sex allows), of a body (`it`:
/// [`body_noun`]) or of a group in the plural (`they`) that no other such
/// noun or possessive follows (`police officer`, `the company's chief`).
/// Not a phrase whose head is followed by a preposition but `at`, `in`
/// or `from` (`A nurse at the clinic`), a name or a determiner (`The
/// mother of the victim`, `The officer Jo Smith`): what it stands for is
/// said further on. A handful of tokens read, whatever
/// the sentence's length.
fn opening_description(lw: Lower, toks: &[Tok]) -> Option<(Np, Fit)> {
    // (Most sentences open with no determiner nor any word that may come
    // before one, told by the tables before any word is compared.)
    let mut k = 0;
    if !toks.first()?.is(DETS) {
        if !toks[0].is(STOP) {
            return bare_plural(lw, toks, 0);
        }
        if opening_conjunction(&toks[0], lw) {
            k = 1;
        }
        if toks.get(k).is_some_and(|t| {
            t.word() && t.is(STOP) && matches!(t.low(lw), "then" | "now" | "later" | "meanwhile")
        }) {
            k += 1;
            if toks.get(k).is_some_and(|t| t.low_is(lw, ",")) {
                k += 1;
            }
        }
    }
    if !toks
        .get(k)
        .is_some_and(|t| t.word() && t.is(DETS) && !matches!(t.low(lw), "these" | "those" | "this"))
    {
        return bare_plural(lw, toks, k);
    }
    let fit_of = |t: &Tok| -> Option<Fit> {
        if !t.word() || t.cap {
            return None;
        }
        if person_noun(t, lw) {
            return Some(Fit::Person(role_gender(t.low(lw))));
        }
        let low = t.low(lw);
        if t.is(GROUP_NOUNS) {
            return if matches!(low, "official" | "aide") {
                Some(Fit::Person(Gender::Unknown))
            } else if plural_group(t, lw) {
                Some(Fit::Plural)
            } else {
                body_noun(low).then_some(Fit::Body)
            };
        }
        if t.class & (STOP.0 | PREP.0 | SUBORD.0 | AUX.0 | CUES.0) != 0 {
            return None;
        }
        // (And people a story meets, whom no table of speakers holds.)
        match low {
            "insider" | "stranger" | "bystander" | "passenger" | "customer" | "motorist"
            | "suspect" | "gunman" | "patient" | "visitor" | "shopper" | "tourist"
            | "protester" | "spectator" | "commuter" => Some(Fit::Person(Gender::Unknown)),
            "men" | "women" | "people" => Some(Fit::Plural),
            _ => None,
        }
    };
    let plain = |t: &Tok| {
        t.word() && t.class & (PREP.0 | SUBORD.0 | PASSIVE.0 | AUX.0 | CUES.0 | DETS.0) == 0
    };
    for i in k + 1..(k + 7).min(toks.len()) {
        let t = &toks[i];
        if let Some(fit) = fit_of(t) {
            let n = toks.get(i + 1)?;
            // A noun of the same phrase goes on (`police officer`, `the
            // company's chief`).
            let joins = n.kind == Tk::Poss || fit_of(n).is_some();
            if !joins {
                // (`A nurse at the clinic treated ...`: where the person
                // is from or at; not `The mother of the victim`, `A
                // spokesman for the firm`, whose head the phrase after
                // names.)
                let goes_on = n.low_is(lw, ",")
                    || (n.word()
                        && !n.cap
                        && (matches!(n.low(lw), "who" | "which" | "that" | "at" | "in" | "from")
                            || n.class
                                & (PREP.0 | SUBORD.0 | DETS.0 | GROUP_NOUNS.0 | PERSON_NOUNS.0)
                                == 0));
                // (A body with a verb in the plural is its people, as
                // British use has it: `The team have downplayed ...
                // They say`.)
                let fit = match fit {
                    Fit::Body if matches!(n.low(lw), "have" | "are" | "were") => Fit::Plural,
                    f => f,
                };
                return goes_on.then_some((
                    Np {
                        kind: NpKind::Group,
                        first: k,
                        last: i,
                        run: None,
                    },
                    fit,
                ));
            }
        }
        if !(plain(t) || t.kind == Tk::Poss) {
            return None;
        }
    }
    None
}

/// Whether a group noun ([`GROUP_NOUNS`]) in the singular names a body an
/// `it` may stand for (`company`, `ministry`, `court`), not a person
/// (`official`, `spokesman`), a document (`statement`, `report`) or a
/// plural (`police`, `staff`).
fn body_noun(low: &str) -> bool {
    matches!(
        low,
        "ministry"
            | "government"
            | "company"
            | "firm"
            | "group"
            | "army"
            | "military"
            | "bank"
            | "agency"
            | "department"
            | "committee"
            | "council"
            | "court"
            | "regime"
            | "union"
            | "charity"
            | "administration"
            | "embassy"
            | "regulator"
            | "watchdog"
            | "airline"
            | "hospital"
            | "party"
            | "cabinet"
            | "club"
            | "organisation"
            | "organization"
            | "commission"
            | "university"
            | "board"
            | "authority"
            | "league"
            | "federation"
            | "association"
            | "coalition"
            | "network"
            | "school"
            | "trust"
            | "tribunal"
            | "museum"
            | "retailer"
            | "insurer"
            | "broadcaster"
            | "lender"
            | "carmaker"
            | "automaker"
            | "supermarket"
            | "newspaper"
    )
}

fn prev_para(paragraphs: &[Paragraph], p: usize) -> Option<usize> {
    (0..p).rev().find(|&k| !paragraphs[k].heading)
}

/// Whether only a cue clause separates token `oi` from the previous quote.
fn at_gap_is_cue(toks: &[Tok], oi: usize, quotes: &[Option<Quote>], qi: usize) -> bool {
    let Some(prev) = qi.checked_sub(1).and_then(|k| quotes[k].as_ref()) else {
        return false;
    };
    let pi = tok_at(toks, prev.outer.end);
    pi <= oi && oi - pi <= 10 && toks[pi..oi].iter().any(quote_cue)
}

/// A word of writing, a written text or the verb that reads it, which
/// stands between a cue and the words a colon brings in when those words
/// are the text's, not the speaker's (`said the sign read:`, `the placard
/// bore the words:`, `the email contained one line:`).
fn written(low: &str) -> bool {
    matches!(
        low,
        "read"
            | "reads"
            | "written"
            | "bore"
            | "bears"
            | "contained"
            | "printed"
            | "words"
            | "headline"
            | "inscription"
            | "slogan"
            | "motto"
            | "sign"
            | "banner"
            | "placard"
            | "note"
            | "letter"
            | "email"
            | "text"
            | "line"
            | "caption"
            | "label"
    )
}

/// Whether a quote whose text is `ctext`, after the tokens `before` of its
/// sentence, names a work: at most six words in title case, after a name
/// (`CBS News “60 Minutes”`), a possessive, a word for a work (`the film
/// “Dune”`) or such a word and `is` or `was` with no cue after the quote
/// (`The report was “A Damning Indictment”, he said` is said; `cue_after`
/// tells, asked only then).
fn is_title(ctext: &str, before: &[Tok], lw: Lower, cue_after: impl FnOnce() -> bool) -> bool {
    let Some(prev) = before.last() else {
        return false;
    };
    let oi = before.len();
    // `In her memoir, “Becoming Free”, ...`, `His new novel, “A House of
    // Salt,” is out`: the work set off by commas after its kind (the
    // comma may stand inside the marks).
    let set_off = oi >= 2
        && prev.low_is(lw, ",")
        && before[oi - 2].word()
        && !before[oi - 2].cap
        && before[oi - 2].is(TITLE_TRIGGERS);
    let mut t = ctext.trim();
    if set_off {
        t = t.strip_suffix(',').unwrap_or(t);
    }
    if t.ends_with([',', '?', '!']) {
        return false;
    }
    // Seven words are enough to tell it is too long.
    let words: Vec<&str> = t.split_whitespace().take(7).collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let small = [
        "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or", "from", "by",
        "is", "are", "was", "be", "it", "not", "no", "my", "your", "his", "her", "our", "their",
        "as", "but",
    ];
    let capital = |w: &str| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    if !capital(words[0]) {
        return false;
    }
    if !words
        .iter()
        .all(|w| capital(w) || small.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    let after_name = prev.word() && prev.cap && oi >= 2 && !prev.is(STOP);
    let after_poss = prev.kind == Tk::Poss;
    // `his favourite book is “One Hundred Years of Solitude”`: the work
    // named after a form of `be`.
    let named_as = oi >= 2
        && prev.word()
        && matches!(prev.low(lw), "is" | "was")
        && before[oi - 2].word()
        && before[oi - 2].is(TITLE_TRIGGERS)
        && !cue_after();
    after_name || after_poss || named_as || set_off || (prev.word() && prev.is(TITLE_TRIGGERS))
}

/// Whether the clause of a name that ends before token `k` ends there:
/// the sentence does, or a role or a place set off by a comma follows and
/// no finite verb comes right after that (`said Kevin Pelphrey, of Yale
/// University.`, `said Jane Smith, who heads the agency.`; not `said
/// Putin, 71, was in good health`, `said Jones, his client, was`).
fn name_ends_clause(toks: &[Tok], lw: Lower, k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return true;
    };
    if t.kind != Tk::Punct {
        return false;
    }
    if !t.low_is(lw, ",") {
        return true;
    }
    // A role in lower case (`president of the Yellowknife Islamic
    // Centre`, `a specialist at`) or a place (`of Yale`), not another
    // person's (`his client`) nor a contrast (`not Israel`).
    // (Or a body's role: `said Philippe Lazzarini, UNRWA's
    // commissioner-general`.)
    let sets_off = toks.get(k + 1).is_some_and(|n| {
        n.word()
            && ((!n.cap
                && !matches!(
                    n.low(lw),
                    "his" | "her" | "its" | "their" | "our" | "my" | "your" | "not"
                ))
                || (n.cap && toks.get(k + 2).is_some_and(|p| p.kind == Tk::Poss)))
    });
    let finite = |t: &Tok| finite_verb(t, lw);
    // The words set off end at the next comma, or with the sentence; a
    // finite verb right after them makes the name a subject (`said Kane,
    // who scored twice, was the best`).
    let rest = &toks[k + 1..];
    let verb_after = match rest.iter().position(|t| t.low_is(lw, ",")) {
        Some(c) => rest.get(c + 1).is_some_and(finite),
        None => false,
    };
    sets_off && !verb_after
}

/// `np`, found before a cue, if it is the subject of a report, not of a
/// count asked for (`how many people say they are religious`, `twice as
/// many people said`), of what somebody makes them do (`will make people
/// argue even more`), of a statistic (`the number of people who say they
/// trust the news`), or of a clause that describes a thing before it
/// (`The problems many people predicted have not come`, `the things
/// people say`). A time or a fronted phrase before the subject is left
/// out of it (`These days people say`, `After the elections many voters
/// said`).
fn reported_subject(toks: &[Tok], lw: Lower, mut np: Np) -> Option<Np> {
    // A plural noun, then `people` or a quantifier, inside the phrase: a
    // new phrase starts there.
    let time = |low: &str| {
        matches!(
            low,
            "days" | "weeks" | "months" | "years" | "decades" | "times" | "nights"
        )
    };
    // A time, or the object of a phrase that opens the sentence (`After
    // the elections many voters said`): left out.
    let fronted = |k: usize| {
        time(toks[k].low(lw))
            || (k >= 2 && k > np.first && toks[k - 1].is(DETS) && fronting(&toks[k - 2], lw))
    };
    let split = (np.first..np.last).find(|&k| {
        let (t, n) = (&toks[k], &toks[k + 1]);
        t.word()
            && !t.cap
            && plural_form(t.low(lw))
            && (matches!(n.low(lw), "people" | "many" | "some" | "most" | "few")
                // (A body's plural after a time or a fronted phrase's
                // object: `Over the years officials have said`.)
                || (n.word() && !n.cap && n.is(GROUP_NOUNS) && fronted(k)))
    });
    if let Some(k) = split {
        if !fronted(k) {
            return None;
        }
        np.first = k + 1;
        np.kind = NpKind::Group;
        np.run = None;
        return Some(np);
    }
    let Some(p) = np.first.checked_sub(1) else {
        return Some(np);
    };
    let before = p.checked_sub(1).map(|b| &toks[b]);
    let quantifier = matches!(toks[np.first].low(lw), "many" | "much" | "few");
    let reports = match toks[p].low(lw) {
        "how" => !quantifier,
        // `twice as many people said`, not `As many economists have noted`
        "as" => {
            !(quantifier
                && before
                    .is_some_and(|b| matches!(b.low(lw), "twice" | "times" | "half" | "thrice")))
        }
        "make" | "makes" | "made" | "making" | "let" | "lets" => false,
        "of" => !before
            .is_some_and(|b| matches!(b.low(lw), "number" | "share" | "proportion" | "percentage")),
        // A plural noun after a determiner, then the subject: the
        // subject's clause describes the noun (but `During the talks the
        // two sides said`: the noun is a fronted phrase's object).
        low => {
            let thing = toks[p].word() && !toks[p].cap && plural_form(low) && !time(low);
            let object = p >= 2 && fronting(&toks[p - 2], lw);
            !(thing && !object && before.is_some_and(|b| b.word() && b.is(DETS)))
        }
    };
    reports.then_some(np)
}

/// Whether `t` opens a phrase that may stand before a clause's subject
/// (`After the elections`, `In these cases`, `During the talks`).
fn fronting(t: &Tok, lw: Lower) -> bool {
    t.word() && (t.is(PREP) || matches!(t.low(lw), "after" | "before" | "during"))
}

/// A verb that reports a quote beside it: a cue ([`CUES`]) or a verb of
/// speaking that reports nothing else ([`QUOTE_CUES`]: `joked`, `pleaded`).
fn quote_cue(t: &Tok) -> bool {
    t.word() && t.class & (CUES.0 | QUOTE_CUES.0) != 0
}

/// The bare form of a verb of saying that no cue table holds, for it is
/// a noun or an order as often (`a reply`, `add salt`): a cue only right
/// after a quote and before its subject ([`cue_at`]).
fn bare_cue(low: &str) -> bool {
    matches!(
        low,
        "reply"
            | "add"
            | "explain"
            | "write"
            | "agree"
            | "respond"
            | "answer"
            | "recall"
            | "joke"
            | "note"
            | "observe"
            | "conclude"
    )
}

/// Whether tokens `from..to` are a title or a role said before a name
/// that follows them (`former president`, `Manchester City manager`,
/// `Scotland's first minister`): at most five words and possessives, an
/// article only first, and none a verb, a modal, a pronoun, a conjunction,
/// a preposition, a function word other than a number (`two-time`,
/// `first`), a participle or a plural. Not `"…," but Smith said`, nor the
/// people around the one named: `opponents of Prime Minister Viktor
/// Orban`, `the daughter of former president Jimmy Carter`, `the lawyer
/// representing Harvey Weinstein`, `critics including Senator Bernie
/// Sanders` (a title with `of` in it is capitalised and part of the
/// name: `Secretary of State Antony Blinken`).
///
/// A participle or an adverb in `-ly` right after the article describes
/// the person named, not another one: `a stunned Anna Ramirez`, `a
/// smiling Johnson`, `a visibly shaken Smith`, `the embattled Boris
/// Johnson` (but `the lawyer representing Harvey Weinstein`, the
/// participle after a noun).
fn title_lead(toks: &[Tok], lw: Lower, from: usize, to: usize) -> bool {
    to > from
        && to - from <= 5
        && toks.get(from..to).is_some_and(|lead| {
            // How many words after the article are described so far: the
            // article, then adverbs in `-ly` and participles only.
            let mut manner = 0;
            lead.iter().enumerate().all(|(k, t)| {
                let low = t.low(lw);
                let small = !t.cap;
                if k == 0 && t.word() && small && matches!(low, "a" | "an" | "the") {
                    manner = 1;
                } else if manner == k && small && t.word() && (ly_adverb(t, lw) || participle(low))
                {
                    manner += 1;
                    return true;
                }
                t.kind == Tk::Poss
                    || (t.word()
                        && (k == 0 || !t.is(DETS))
                        && (!t.is(STOP) || t.is(DETS) || number_word(low))
                        && !t.is(PREP)
                        && t.class & (AUX.0 | CUES.0 | QUOTE_CUES.0 | SUBORD.0 | PASSIVE.0) == 0
                        && !modal(t, lw)
                        && !is_pronoun(low)
                        && !ly_adverb(t, lw)
                        && !(small && participle(low))
                        && !(small && plural_form(low)))
            })
        })
}

/// A word of more than four letters in `-ing` or `-ed`: a participle, as
/// far as its form tells (`stunned`, `representing`).
fn participle(low: &str) -> bool {
    low.len() > 4 && (low.ends_with("ing") || low.ends_with("ed"))
}

/// `was quoted as saying` (or `is`, `had been`; or `was quoted by Tass
/// as saying`, up to four words naming who quoted) with `quoted` at token
/// `m`: the passive that reports a quote as its subject's words. Returns
/// the token of the form of `be` before `quoted` (where the subject ends)
/// and of `saying`.
fn quoted_as_saying(toks: &[Tok], lw: Lower, m: usize) -> Option<(usize, usize)> {
    let be = m.checked_sub(1)?;
    if !(toks.get(m)?.low_is(lw, "quoted") && toks[be].word() && toks[be].is(PASSIVE)) {
        return None;
    }
    let mut a = m + 1;
    if toks.get(a).is_some_and(|t| t.low_is(lw, "by")) {
        a = (a + 2..a + 6).find(|&k| toks.get(k).is_some_and(|t| t.low_is(lw, "as")))?;
        if !toks[m + 2..a]
            .iter()
            .all(|t| t.word() || t.kind == Tk::Poss)
        {
            return None;
        }
    }
    (toks.get(a).is_some_and(|t| t.low_is(lw, "as"))
        && toks.get(a + 1).is_some_and(|t| t.word() && t.is(ING_CUES)))
    .then_some((be, a + 1))
}

/// What was found of a speaker at `span`, for [`note_speaker`].
struct Found {
    span: Span,
    person: bool,
    gender: Gender,
    thing: bool,
}

/// A speaker `name` just resolved: a (resolved) `pronoun` that stands for
/// a description near is one more mention of it ([`Tracker::renew_desc`]),
/// not a name kept; any other is a mention this sentence makes, as a
/// subject and agent.
fn note_speaker<'t>(
    tracker: &mut Tracker<'t>,
    ix: &NameIndex,
    ments: &mut Vec<Ment<'t>>,
    pronoun: bool,
    name: &str,
    f: Found,
) {
    // (A body by its name, not a description: `Oxfam`, not `a charity`.)
    if f.thing && !f.person && name.starts_with(char::is_uppercase) && !pronoun {
        let article = ["The ", "A ", "An "].iter().any(|a| name.starts_with(a));
        if !article {
            tracker.note_body(f.span.start, name);
        }
    }
    let renewed = pronoun
        && tracker.has_desc(name)
        && !ix.is_person(name)
        && tracker.renew_desc(name, f.span);
    if !renewed {
        ments.push(Ment {
            span: f.span,
            name: Cow::Owned(name.to_string()),
            person: f.person,
            gender: f.gender,
            subject: true,
            agent: true,
            thing: f.thing,
            acts: false,
            topic: false,
        });
    }
}

/// `“We will fight” and “we will win,” Maria Lopez told supporters.`: a
/// quote joined by `and`, `or` or a comma alone to the next quote of its
/// sentence takes that quote's cue (the one right after it): both are the
/// one speaker's words. `close_end` is where this quote ends, `next` the
/// quote after it (its marks, and its paragraph).
fn joined_cue(
    text: &str,
    lw: Lower,
    st: &SentToks,
    sent: usize,
    close_end: usize,
    next: Option<&(Vec<Piece>, usize)>,
) -> Option<CueHit> {
    let (g, _) = next?;
    let (first, last) = (g.first()?, g.last()?);
    let toks = st.toks;
    let (a, b) = (tok_at(toks, close_end), tok_at(toks, first.open));
    let joins = b > a
        && b - a <= 2
        && toks[a..b]
            .iter()
            .all(|t| matches!(t.low(lw), "and" | "or" | ","));
    if !joins || !last.closed || toks.last().is_none_or(|t| t.span.end < last.close_end) {
        return None;
    }
    let ctext = text
        .get(first.content..last.content_end)
        .unwrap_or_default();
    after_cue(lw, toks, sent, last.close_end, ctext, false).filter(|h| h.np.is_some())
}

/// `," he said` / `," said Kerry` / `," Putin said in an interview` right
/// after the quote; and, for a quote that `leads` its sentence, the cue
/// past a phrase that continues it ([`continued_cue`]).
fn after_cue(
    lw: Lower,
    toks: &[Tok],
    sent: usize,
    close_end: usize,
    ctext: &str,
    leads: bool,
) -> Option<CueHit> {
    let mut i = tok_at(toks, close_end);
    let ends_stop = ctext.trim_end().ends_with('.');
    if toks
        .get(i)
        .is_some_and(|t| t.low_is(lw, ",") || t.low_is(lw, "—") || t.low_is(lw, "–"))
    {
        i += 1;
    } else if ends_stop && toks.get(i).is_some_and(|t| t.cap) {
        return None;
    } else if leads && let Some(hit) = continued_cue(lw, toks, sent, i) {
        return Some(hit);
    }
    // A clause after `as` names the speaker of a quote that opens its
    // sentence: after `The minister said the plan was “dead,”` it says
    // what happened meanwhile (`as critics predicted`).
    // (But `as one lawmaker put it` names the quote's speaker wherever it
    // stands.)
    if !leads && toks.get(i).is_some_and(|t| t.low_is(lw, "as")) {
        return cue_at(lw, toks, sent, i, ctext)
            .filter(|h| matches!(toks[h.cue].low(lw), "put" | "puts"));
    }
    cue_at(lw, toks, sent, i, ctext)
}

/// Where the plain object after the cue at token `i` ends (the token
/// after it), if the words up to the end of its clause (punctuation, a
/// conjunction or a word of when: `claimed the throne and was crowned`,
/// `when his brother died`; at most eight words) are one: no verb among
/// them (finite, an auxiliary, a past form in `-ed`) and no word that
/// opens a clause or a question (`that`, `whether`, `to`, `about`, ...).
fn plain_object_end(toks: &[Tok], lw: Lower, i: usize) -> Option<usize> {
    let mut k = i + 1;
    while let Some(t) = toks
        .get(k)
        .filter(|t| k <= i + 8 && (t.word() || t.kind == Tk::Poss))
    {
        let low = t.low(lw);
        // (`when` after the object ends it, `claimed the throne when his
        // brother died`; right after the cue it opens a question, `asked
        // him when`.)
        if t.word() && (ends_object(t, lw) || (k > i + 2 && matches!(low, "when" | "where"))) {
            break;
        }
        let opens = t.kind != Tk::Poss
            && (finite_verb(t, lw)
                || t.is(AUX)
                || modal(t, lw)
                || (!t.cap && low.len() > 4 && low.ends_with("ed"))
                || matches!(
                    low,
                    "that"
                        | "whether"
                        | "if"
                        | "to"
                        | "about"
                        | "why"
                        | "how"
                        | "what"
                        | "when"
                        | "where"
                        | "who"
                        | "which"
                        | "for"
                        | "responsibility"
                        | "credit"
                ));
        if opens {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// A word that ends a clause's object and opens another clause: a
/// conjunction or a word of when (`and`, `but`, `after`, `when`).
fn ends_object(t: &Tok, lw: Lower) -> bool {
    matches!(
        t.low(lw),
        "and" | "but" | "or" | "after" | "while" | "because" | "before" | "until" | "as"
    )
}

/// `“We will not negotiate with terrorists” under any circumstances,
/// Prime Minister Benjamin Netanyahu said.`, `“I want to know the reasons
/// behind the decision” to release him, Mendicino said.`: the sentence goes
/// on after the quote with a phrase of its own (token `i` on) that opens
/// with a preposition, `to` or an `-ly` adverb and has no verb of its own
/// (no `is`, `has`, no cue: not `“The Great Resignation” has reshaped the
/// workforce, experts say`), then a comma and the cue clause that ends the
/// sentence. The quote is that clause's subject's, as if the cue followed
/// it directly. Up to ten words are read.
fn continued_cue(lw: Lower, toks: &[Tok], sent: usize, i: usize) -> Option<CueHit> {
    let t = toks.get(i)?;
    let opens = t.is(PREP)
        || ly_adverb(t, lw)
        || matches!(
            t.low(lw),
            "within"
                | "after"
                | "before"
                | "during"
                | "until"
                | "despite"
                | "throughout"
                | "across"
                | "beyond"
                | "amid"
        );
    if !(t.word() && !t.cap && opens) {
        return None;
    }
    let comma = (i..toks.len().min(i + 11)).find(|&k| !toks[k].word() || toks[k].is(CUES))?;
    if !toks[comma].low_is(lw, ",")
        || toks[i + 1..comma].iter().any(|w| {
            w.is(AUX) || w.is(SUBORD) || (w.is(PASSIVE) && !w.low_is(lw, "to")) || modal(w, lw)
        })
    {
        return None;
    }
    let hit = cue_at(lw, toks, sent, comma + 1, "")?;
    let ends = toks
        .get(hit.clause.1 + 1)
        .is_none_or(|t| matches!(t.low(lw), "." | "!" | "?" | ";"));
    ends.then_some(hit)
}

/// Who issued the document an `according to` names (`according to a
/// statement from the World Health Organization`, `a news release issued
/// by police`, `a report by Amnesty International`): the issuer is the
/// source, not `a statement`. Else `np`.
fn issuer(toks: &[Tok], lw: Lower, np: Np, hi: usize) -> Np {
    if np.kind != NpKind::Group || !document(toks[np.last].low(lw)) {
        return np;
    }
    issued_by(toks, lw, np.last, hi).unwrap_or(np)
}

/// A word for a document or for figures that a body puts out.
fn document(low: &str) -> bool {
    matches!(
        low,
        "statement"
            | "release"
            | "letter"
            | "email"
            | "post"
            | "filing"
            | "memo"
            | "notice"
            | "tweet"
            | "message"
            | "announcement"
            | "document"
            | "documents"
            | "report"
            | "reports"
            | "study"
            | "survey"
            | "poll"
            | "figures"
            | "data"
            | "statistics"
            | "estimates"
            | "research"
            | "analysis"
            | "records"
            | "census"
            | "audit"
            | "review"
            | "assessment"
            | "findings"
            | "numbers"
    )
}

/// The body after the document at token `doc`: `from X`, `by X`, or a
/// participle of putting out and `by X` (`figures released by the Office
/// for National Statistics`, `a survey conducted by Gallup`).
fn issued_by(toks: &[Tok], lw: Lower, doc: usize, hi: usize) -> Option<Np> {
    let mut k = doc + 1;
    if toks.get(k).is_some_and(|t| {
        matches!(
            t.low(lw),
            "issued"
                | "released"
                | "posted"
                | "sent"
                | "published"
                | "compiled"
                | "collected"
                | "gathered"
                | "conducted"
                | "produced"
                | "prepared"
                | "provided"
        )
    }) && toks.get(k + 1).is_some_and(|t| t.low_is(lw, "by"))
    {
        k += 1;
    }
    if !toks
        .get(k)
        .is_some_and(|t| matches!(t.low(lw), "from" | "by"))
    {
        return None;
    }
    let hi = hi.min(toks.len());
    let mut np = np_after(toks, lw, k + 1, hi).filter(|n| n.kind != NpKind::Pronoun)?;
    // A body's name goes on past `&`, `on`, `of the` or a possessive where
    // a name follows (`the Health & Social Care Information Centre`, `the
    // International Council on Clean Transportation`, `the International
    // Federation of the Phonographic Industry`): one body puts a document
    // out.
    for _ in 0..3 {
        let next = np.last + 1;
        // (`on` and `of the` only after a word that heads such a name:
        // not `a statement from the Foreign Office on Iran`, `a survey by
        // Ipsos of the French public`.)
        let body_head = matches!(
            toks[np.last].low(lw),
            "council"
                | "committee"
                | "commission"
                | "federation"
                | "conference"
                | "panel"
                | "centre"
                | "center"
                | "institute"
                | "foundation"
                | "association"
                | "organisation"
                | "organization"
                | "union"
                | "board"
        );
        let joint = match toks.get(next).map(|t| (t.kind, t.low(lw))) {
            // (`the UCLA’s Institute of Transportation Studies`.)
            Some((Tk::Poss, _) | (_, "&")) => 1,
            Some((_, "on")) if body_head => 1,
            Some((_, "of"))
                if body_head && toks.get(next + 1).is_some_and(|t| t.low_is(lw, "the")) =>
            {
                2
            }
            _ => break,
        };
        match np_after(toks, lw, next + joint, hi) {
            Some(more) if more.kind == NpKind::Name && toks[next + joint].name => {
                np.last = more.last;
            }
            _ => break,
        }
    }
    Some(np)
}

/// The source an `according to` names from token `k` on: a name or a
/// phrase ([`np_after`], within `np_hi`; a document's issuer, within
/// `hi`), or the body that put out figures or a document named in plain
/// words (`according to figures from the Office for National
/// Statistics`, `according to official data published by the World
/// Bank`). None for such a document with no body (`according to figures
/// released on Tuesday`).
fn according_source(toks: &[Tok], lw: Lower, k: usize, np_hi: usize, hi: usize) -> Option<Np> {
    if let Some(np) = np_after(toks, lw, k, np_hi) {
        // (`official data`: the phrase found is the document's modifier.)
        let doc = np.last + 1;
        let modifies = np.kind == NpKind::Group
            && toks
                .get(doc)
                .is_some_and(|t| t.word() && !t.cap && document(t.low(lw)));
        if !modifies {
            let np = with_source_phrase(toks, lw, np, hi);
            return Some(issuer(toks, lw, speaks_for_whom(toks, lw, np, hi), hi));
        }
        // With no body named after it, the modifier is the source when
        // it names one (`according to police figures`, `court documents`,
        // `state media reports`), not when it describes the document
        // (`official data`, `the latest figures`).
        let describes = np.first == np.last
            && matches!(
                toks[np.last].low(lw),
                "official"
                    | "unofficial"
                    | "new"
                    | "latest"
                    | "recent"
                    | "preliminary"
                    | "provisional"
                    | "annual"
                    | "final"
                    | "internal"
                    | "leaked"
            );
        return issued_by(toks, lw, doc, hi).or((!describes).then_some(np));
    }
    // An article, then up to two plain words before the document.
    let mut m = k;
    if toks.get(m).is_some_and(|t| t.word() && t.is(DETS)) {
        m += 1;
    }
    for _ in 0..3 {
        let t = toks.get(m).filter(|t| t.word() && !t.cap)?;
        if document(t.low(lw)) {
            return issued_by(toks, lw, m, hi);
        }
        if t.class & (STOP.0 | PREP.0 | AUX.0 | CUES.0) != 0 {
            return None;
        }
        m += 1;
    }
    None
}

/// `np` with whom it speaks for (`a spokesman for the ministry`, `the head
/// of the agency`, `a lawyer for Jane Smith`), as a subject before its cue
/// reads ([`speaks_for`]), when a body or a person follows `for`, `of` or
/// `at`; else `np`. A document is about what follows, it speaks for
/// nobody (`the first study of its kind`).
fn speaks_for_whom(toks: &[Tok], lw: Lower, np: Np, hi: usize) -> Np {
    let head = &toks[np.last];
    let a = np.last + 1;
    let speaks = !matches!(np.kind, NpKind::Name | NpKind::Pronoun)
        && speaks_for(head, lw)
        && !document(head.low(lw))
        && toks
            .get(a)
            .is_some_and(|t| matches!(t.low(lw), "for" | "of" | "at"));
    match speaks.then(|| np_after(toks, lw, a + 1, hi)).flatten() {
        Some(o) if o.kind != NpKind::Pronoun => Np {
            kind: NpKind::Group,
            first: np.first,
            last: o.last,
            run: None,
        },
        _ => np,
    }
}

/// The cue clause that starts at token `i`, after a quote and its comma.
fn cue_at(lw: Lower, toks: &[Tok], sent: usize, i: usize, ctext: &str) -> Option<CueHit> {
    let t = toks.get(i)?;
    if !t.word() {
        return None;
    }
    // `“…,” as one analyst put it`, `“…,” as Smith told reporters`: the
    // clause after `as` is the cue's, with `put it` for a verb of saying.
    // The clause says nothing more: it ends, or goes on to when or where
    // (`as Smith said on Tuesday`), or to whom (`as Smith told
    // reporters`); not `as analysts noted a jump in orders`.
    if t.low_is(lw, "as") {
        let hit = cue_clause(lw, toks, sent, i + 1, "", true)?;
        let verb = &toks[hit.cue];
        let after = hit.cue + 1 + usize::from(matches!(verb.low(lw), "put" | "puts"));
        let closes = |k: usize| {
            // (`has said many times`)
            let many_times = toks.get(k).is_some_and(|t| t.low_is(lw, "many"))
                && toks.get(k + 1).is_some_and(|t| t.low_is(lw, "times"));
            many_times
                || toks.get(k).is_none_or(|t| {
                    t.kind == Tk::Punct
                        || (t.word()
                            && !t.cap
                            && (t.is(PREP)
                                || ly_adverb(t, lw)
                                || matches!(
                                    t.low(lw),
                                    "yesterday"
                                        | "today"
                                        | "last"
                                        | "earlier"
                                        | "recently"
                                        | "once"
                                        | "again"
                                        | "after"
                                        | "before"
                                        | "during"
                                        | "often"
                                )))
                })
        };
        // (`as Smith told reporters`, whom, then the clause closes: not
        // `as Jones told reporters the vote would go ahead`.)
        let ends = match verb.low(lw) {
            "told" | "tells" => closes(
                np_after(toks, lw, after, toks.len().min(after + 8))
                    .map_or(after + 1, |o| o.last + 1),
            ),
            _ => closes(after),
        };
        return ends.then_some(CueHit {
            clause: (i, hit.clause.1),
            ..hit
        });
    }
    // `“…,” so says Jane Doe`: the inverted cue after `so`.
    if t.low_is(lw, "so")
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low(lw), "says" | "said"))
    {
        return cue_clause(lw, toks, sent, i + 1, ctext, false)
            .filter(|h| h.cue == i + 1 && h.np.is_some());
    }
    cue_clause(lw, toks, sent, i, ctext, false)
}

/// [`cue_at`] past its openers: the cue clause from token `i` on; in a
/// clause after `as` (`as_clause`), `put it` is a cue too and an inverted
/// cue is not.
fn cue_clause(
    lw: Lower,
    toks: &[Tok],
    sent: usize,
    i: usize,
    ctext: &str,
    as_clause: bool,
) -> Option<CueHit> {
    let t = toks.get(i)?;
    if !t.word() {
        return None;
    }
    let hi = toks.len().min(i + 8);
    if t.low_is(lw, "according") && toks.get(i + 1).is_some_and(|n| n.low_is(lw, "to")) {
        let end = toks.len().min(i + 10);
        let np = according_source(toks, lw, i + 2, end, toks.len().min(i + 16))?;
        return Some(CueHit {
            sent,
            cue: i,
            np: Some(np),
            clause: (i, np.last),
            adjacent: true,
        });
    }
    // `“…,” reply the twins`, `“…,” add the authors`: a plural subject
    // after a bare verb of saying, a form that only this inverted order
    // after a quote makes a cue.
    let inverted = quote_cue(t) || (bare_cue(t.low(lw)) && !t.cap);
    if inverted && !as_clause {
        // (`said a spokesman for the ministry` speaks for the ministry, as
        // the same subject before its cue does.)
        // (Not a phrase with a verb in it, the subject of a clause
        // reported: `known as “the Squad”, said the bill was dead`.)
        let np = np_after(toks, lw, i + 1, hi)
            .filter(|np| !toks[np.first..=np.last].iter().any(|t| clause_verb(t, lw)))
            .map(|np| {
                appositive_name(toks, lw, np).unwrap_or_else(|| speaks_for_whom(toks, lw, np, hi))
            });
        if np.is_some() || quote_cue(t) {
            let end = np.map(|n| n.last).unwrap_or(i);
            return Some(CueHit {
                sent,
                cue: i,
                np,
                clause: (i, end),
                adjacent: true,
            });
        }
    }
    // The subject, then its cue: `"…," Louise Haggerty said`, or with
    // comma-set appositions between them, which `subject_before` walks
    // back over (`"…," Louise Haggerty, a 56-year-old hairdresser and
    // waitress, said`): past a comma the cue is looked for in a longer
    // window, up to any punctuation but commas and possessives.
    let far = toks.len().min(i + 20);
    for m in i + 1..far {
        let w = &toks[m];
        if !w.word() {
            if w.kind == Tk::Poss || w.low_is(lw, ",") {
                continue;
            }
            break;
        }
        if m >= hi && !toks[i + 1..m].iter().any(|t| t.low_is(lw, ",")) {
            break;
        }
        // `“...,” one diplomat was quoted as saying`: the subject ends
        // before the passive.
        let quoted = quoted_as_saying(toks, lw, m);
        // `“...,” it said`, `“...,” it read` (a statement): a body's
        // pronoun, resolved near ([`Tracker::resolve`]) or not taken.
        let it = m == i + 1 && toks[i].low_is(lw, "it");
        if it && (quote_cue(w) || matches!(w.low(lw), "read" | "reads")) {
            return Some(CueHit {
                sent,
                cue: m,
                np: Some(Np {
                    kind: NpKind::Pronoun,
                    first: i,
                    last: i,
                    run: None,
                }),
                clause: (i, m),
                adjacent: true,
            });
        }
        let put_it = as_clause
            && matches!(w.low(lw), "put" | "puts")
            && toks.get(m + 1).is_some_and(|n| n.low_is(lw, "it"));
        // `“…,” the statement read`: a document's words.
        let reads = matches!(w.low(lw), "read" | "reads")
            && m > i + 1
            && toks[m - 1].word()
            && document(toks[m - 1].low(lw));
        if quote_cue(w) || quoted.is_some() || put_it || reads {
            // `Williams would later say`: modals and adverbs between the
            // subject and the cue.
            let mut c = quoted.map_or(m, |(be, _)| be);
            while c > i + 1 && (modal(&toks[c - 1], lw) || toks[c - 1].is(AUX)) {
                c -= 1;
            }
            let mut np = subject_before(toks, lw, c, i)?;
            let m = quoted.map_or(m, |(_, saying)| saying);
            // `"…," a Tory MP said`, `one Labour MP said`: the name run
            // leaves out an article or a `one` that opens the clause.
            if np.first == i + 1
                && toks[i].word()
                && matches!(toks[i].low(lw), "a" | "an" | "one" | "another")
            {
                np.first = i;
            }
            // `"…," the union's general secretary, Mick Lynch, said`: the
            // name stands in apposition to a description that opens the
            // clause, one phrase of words (and possessives) set off by
            // the comma before the name. The description opens with an
            // article, or with its owner's name and a role in lower case
            // last (`"…," Google's chief executive, Sundar Pichai, said`).
            let described = np.first > i + 1
                && toks[np.first - 1].low_is(lw, ",")
                && toks[i..np.first - 1]
                    .iter()
                    .all(|t| t.word() || t.kind == Tk::Poss)
                && (toks[i].is(DETS)
                    || owner_role(toks, lw, i, np.first - 1)
                    // (Or a role in lower case with no article, a person
                    // noun last: `“...,” former presidential rival, Bobby
                    // Jindal, told the Guardian`.)
                    || (title_lead(toks, lw, i, np.first - 1)
                        && person_noun(&toks[np.first - 2], lw)));
            // `"…," former president Donald Trump said`, `"…," England
            // captain Harry Kane said`: a title or a role before the name,
            // words and possessives with no verb among them.
            let titled =
                np.kind == NpKind::Name && np.first > i && title_lead(toks, lw, i, np.first);
            if np.first != i && !described && !titled {
                return None;
            }
            return Some(CueHit {
                sent,
                cue: m,
                np: Some(np),
                clause: (i, m),
                adjacent: true,
            });
        }
    }
    manner_cue(lw, toks, sent, i, ctext)
}

/// Whether tokens `from..to` are an owner's role: a name, its possessive
/// and a role in lower case last, a title or a plain word no table holds
/// (`Google's chief executive`, `Chelsea's head coach`, `Bank of
/// America's chief economist`, `Manchester United's co-owner`).
fn owner_role(toks: &[Tok], lw: Lower, from: usize, to: usize) -> bool {
    let Some(lead) = toks.get(from..to) else {
        return false;
    };
    let plain = |t: &Tok| {
        t.word()
            && !t.cap
            && t.class & (STOP.0 | PREP.0 | SUBORD.0 | DETS.0 | AUX.0 | PASSIVE.0 | CUES.0) == 0
            && !ly_adverb(t, lw)
    };
    lead.first().is_some_and(|t| t.word() && t.name)
        && lead.iter().any(|t| t.kind == Tk::Poss)
        && lead.last().is_some_and(|t| role_word(t, lw) || plain(t))
}

/// `“Droppings!” he enthuses.`, `“...,” the mayor sighed`: a subject and a
/// verb no list holds (laughs, beamed, quipped), right after a quote that
/// ends with a comma, `!` or `?`, the verb then ending the clause or going
/// on to whom or where (`he confided to the crowd`). The manner of
/// speaking stands for the cue.
fn manner_cue(lw: Lower, toks: &[Tok], sent: usize, i: usize, ctext: &str) -> Option<CueHit> {
    if !ctext.trim_end().ends_with([',', '!', '?']) {
        return None;
    }
    let verbish = |t: &Tok| {
        let low = t.low(lw);
        t.word()
            && !t.cap
            && low.len() > 3
            && (low.ends_with('s') || low.ends_with("ed"))
            && !low.ends_with("ss")
            && !t.is(STOP)
            && !t.is(AUX)
            && !t.is(PREP)
    };
    for v in i + 1..toks.len().min(i + 7) {
        let t = &toks[v];
        if !t.word() && t.kind != Tk::Poss {
            return None;
        }
        // The clause ends, or goes on to whom or where (`he confided to
        // the crowd`, `Kelley pointed out in the paper`).
        let next = toks.get(v + 1);
        let ends = next.is_none_or(|t| {
            matches!(t.low(lw), "." | "," | "!" | "?" | ";" | "—" | "–")
                || (t.word() && t.is(PREP))
                || (t.low_is(lw, "out") && toks.get(v + 2).is_none_or(|n| !n.word() || n.is(PREP)))
        });
        if verbish(t) && ends {
            let np = subject_before(toks, lw, v, i).filter(|np| np.first == i)?;
            return Some(CueHit {
                sent,
                cue: v,
                np: Some(np),
                clause: (i, v),
                adjacent: true,
            });
        }
    }
    None
}

/// The nearest cue before the opening mark in the same sentence: before
/// token `oi`, the first at or after the mark ([`tok_at`]).
fn before_cue(
    lw: Lower,
    toks: &[Tok],
    sent: usize,
    oi: usize,
    masked: &dyn Fn(Span) -> bool,
) -> Option<CueHit> {
    if let Some(hit) = as_put_it(lw, toks, sent, oi) {
        return Some(hit);
    }
    let lo = oi.saturating_sub(40);
    for m in (lo..oi).rev() {
        let t = &toks[m];
        if t.low_is(lw, "according")
            && toks.get(m + 1).is_some_and(|n| n.low_is(lw, "to"))
            && !masked(t.span)
            && let Some(np) = according_source(toks, lw, m + 2, oi, oi)
        {
            return Some(CueHit {
                sent,
                cue: m,
                np: Some(np),
                clause: (m, np.last),
                adjacent: np.last + 1 == oi
                    || (np.last + 2 == oi && matches!(toks[np.last + 1].low(lw), "," | ":")),
            });
        }
        // `One diplomat was quoted as saying: “...”`
        if t.word()
            && t.is(ING_CUES)
            && m >= 2
            && let Some((be, _)) = quoted_as_saying(toks, lw, m - 2)
            && !masked(t.span)
            && let Some(np) = subject_before(toks, lw, be, 0)
        {
            let adjacent =
                m + 1 == oi || (m + 2 == oi && matches!(toks[oi - 1].low(lw), ":" | ","));
            return Some(CueHit {
                sent,
                cue: m,
                np: Some(np),
                clause: (np.first, m),
                adjacent,
            });
        }
        // The cheap tests first: most words are no cue.
        if !quote_cue(t) || masked(t.span) {
            continue;
        }
        // A verb of speaking that reports nothing else is the quote's
        // cue only right before it (`his mother pleaded: “...”`).
        let only_quote = !t.is(CUES);
        if only_quote
            && !(m + 1 == oi || (m + 2 == oi && matches!(toks[oi - 1].low(lw), ":" | ",")))
        {
            continue;
        }
        let Some(np) = subject_before(toks, lw, m, 0) else {
            // `... had argued that X and maintains that "..."`: an earlier cue
            continue;
        };
        // told ABC News: / said: / said that
        let mut k = m + 1;
        let mut clause_end = m;
        if matches!(t.low(lw), "told" | "tells" | "asked" | "tell")
            && let Some(a) = np_after(toks, lw, k, oi)
        {
            k = a.last + 1;
            clause_end = a.last;
        }
        // `said in a statement:`, `told reporters on Tuesday,`: a short
        // prepositional phrase between the cue and the colon or comma
        // before the quote.
        if k < oi
            && toks[k].word()
            && toks[k].is(PREP)
            && oi - k <= 8
            && toks[k..oi - 1].iter().all(|t| t.word())
            && matches!(toks[oi - 1].low(lw), ":" | ",")
        {
            k = oi - 1;
        }
        while k < oi && (toks[k].low_is(lw, "that") || toks[k].kind == Tk::Punct) {
            k += 1;
        }
        let adjacent = k == oi
            && (m + 1 == oi
                || toks[oi - 1].low_is(lw, ":")
                || toks[oi - 1].low_is(lw, ",")
                || toks[oi - 1].low_is(lw, "that"));
        // A cue set off by commas governs its whole sentence, a quote
        // after a colon too: `Besides the news, he said, steady work kept
        // him sane: "..."`.
        let parenthetical = np.first > 0
            && toks[np.first - 1].low_is(lw, ",")
            && toks.get(m + 1).is_some_and(|t| t.low_is(lw, ","))
            && toks[oi - 1].low_is(lw, ":");
        let adjacent = adjacent || parenthetical;
        return Some(CueHit {
            sent,
            cue: m,
            np: Some(np),
            clause: (np.first, clause_end),
            adjacent,
        });
    }
    None
}

/// Verbs that open a main clause after a subject (`“Quiet quitting,”
/// experts say, is on the rise`), beside [`AUX`].
const CLAUSE_VERBS: [&str; 12] = [
    "is", "was", "are", "were", "will", "would", "can", "could", "may", "might", "should", "must",
];

/// Past tenses that are no participle, noun or adjective: a finite verb
/// wherever they stand (`The outcome analysts warned against came to
/// pass`). Forms shared with a participle (`found`, `made`, `led`) are
/// left out, as `the bones found in the cave` has no clause.
const PAST_ONLY: [&str; 34] = [
    "came", "went", "took", "gave", "threw", "began", "became", "fell", "rose", "grew", "knew",
    "saw", "drove", "flew", "wrote", "broke", "spoke", "stole", "chose", "froze", "ran", "sank",
    "rang", "sang", "drank", "ate", "swore", "tore", "wore", "shook", "forgot", "forgave", "arose",
    "withdrew",
];

/// A sentence that opens, at token `k`, with people or a group in the
/// plural and no determiner (`Officials played down the risks`,
/// `Environmental groups are angry`, `Thousands of people protested`,
/// `Many fans said`): a description a `they` after it may stand for. Up
/// to two words before the plural noun (`Water scientists`, `Some
/// religious groups`), or a number of them in words and `of`.
fn bare_plural(lw: Lower, toks: &[Tok], k: usize) -> Option<(Np, Fit)> {
    let people = |t: &Tok| {
        plural_group(t, lw)
            || (t.word()
                && matches!(
                    t.low(lw),
                    "people" | "men" | "women" | "fans" | "groups" | "users" | "customers"
                ))
    };
    // Two names, or a name and his or her people, joined by `and`, a
    // verb after them (`Brazil and Peru want`, `Mason and his team
    // collected`): any lower-case word that is no preposition, article or
    // conjunction, so a verb in the present too.
    let names_end = |from: usize| (from..(from + 4).min(toks.len())).find(|&j| !toks[j].name);
    if toks.get(k).is_some_and(|t| t.name)
        && let Some(and) = names_end(k).filter(|&a| toks[a].low_is(lw, "and"))
    {
        let second = toks.get(and + 1)?;
        let end = if second.name {
            names_end(and + 1)?
        } else if matches!(second.low(lw), "his" | "her" | "their") {
            and + 3
        } else {
            return None;
        };
        let verb = toks
            .get(end)
            .is_some_and(|v| v.word() && !v.cap && v.class & (PREP.0 | SUBORD.0 | DETS.0) == 0);
        let last = end.checked_sub(1)?;
        return (verb && toks[last].word()).then_some((
            Np {
                kind: NpKind::Group,
                first: k,
                last,
                run: None,
            },
            Fit::Plural,
        ));
    }
    let mut i = k;
    if toks.get(k + 1).is_some_and(|t| t.low_is(lw, "of"))
        && matches!(
            toks.get(k)?.low(lw),
            "thousands" | "hundreds" | "dozens" | "millions" | "tens" | "scores"
        )
    {
        i = k + 2;
    }
    let from = i;
    // (A modifier is a plain word: no preposition, conjunction, verb or
    // article, not a name's possessive.)
    while i < from + 2
        && toks.get(i).is_some_and(|t| {
            !people(t)
                && t.word()
                && t.class & (PREP.0 | SUBORD.0 | PASSIVE.0 | AUX.0 | CUES.0 | DETS.0) == 0
        })
    {
        i += 1;
    }
    let head = toks.get(i).filter(|t| people(t))?;
    // What follows the noun ends the phrase: a verb, a comma, a relative
    // word or a preposition (`Some religious groups, on the other hand,
    // disagree`, `Officials from both sides met`), not a noun of the same
    // phrase (`Labour party members`) nor a name.
    let next = toks.get(i + 1)?;
    let ends = next.low_is(lw, ",")
        || (next.word()
            && !next.cap
            && next.class & (DETS.0 | GROUP_NOUNS.0 | PERSON_NOUNS.0) == 0
            && !people(next));
    (ends && head.kind == Tk::Word).then_some((
        Np {
            kind: NpKind::Group,
            first: k,
            last: i,
            run: None,
        },
        Fit::Plural,
    ))
}

/// A finite verb that shows a clause has its own subject: a
/// [`CLAUSE_VERBS`] word, a form of `have` or `do` (`said Kane, who
/// scored twice, was the best`, `The risks experts warned of were real`),
/// or a past tense of [`PAST_ONLY`].
fn finite_verb(t: &Tok, lw: Lower) -> bool {
    let low = t.low(lw);
    t.word()
        && (CLAUSE_VERBS.contains(&low)
            || matches!(low, "has" | "have" | "had" | "did" | "does" | "do")
            || PAST_ONLY.contains(&low))
}

/// The [`FRAMING`] verbs that name what they frame (`called the report
/// “deeply flawed”`): two words so framed are their subject's verdict.
const NAMING_VERBS: [&str; 13] = [
    "called",
    "calls",
    "call",
    "described",
    "describes",
    "branded",
    "brands",
    "labelled",
    "labeled",
    "labels",
    "dubbed",
    "dubs",
    "termed",
];

/// `As one commenter puts it: “...”`, `as Smith put it, “...”`, `In the
/// words of the report, “...”`: idioms that hand the quote right after
/// them to the phrase they name.
fn as_put_it(lw: Lower, toks: &[Tok], sent: usize, oi: usize) -> Option<CueHit> {
    let before = oi.checked_sub(1).map(|k| &toks[k])?;
    if !matches!(before.low(lw), ":" | ",") {
        return None;
    }
    let lo = oi.saturating_sub(16);
    // `as NP put(s) it`, the phrase perhaps with more words after it (`As
    // one commenter on the forum T-Nation puts it:`)
    if oi >= 5
        && toks[oi - 2].low_is(lw, "it")
        && matches!(toks[oi - 3].low(lw), "put" | "puts")
        && let Some(a) = (lo..oi - 3).rev().find(|&a| toks[a].low_is(lw, "as"))
        && let Some(np) = np_after(toks, lw, a + 1, oi - 3)
        && toks[np.last + 1..oi - 3]
            .iter()
            .all(|t| t.word() || t.kind == Tk::Poss)
    {
        return Some(CueHit {
            sent,
            cue: oi - 3,
            np: Some(np),
            clause: (a, oi - 2),
            adjacent: true,
        });
    }
    // `in the words of NP`
    let w = (lo..oi.saturating_sub(3)).rev().find(|&w| {
        toks[w].low_is(lw, "words")
            && toks.get(w + 1).is_some_and(|t| t.low_is(lw, "of"))
            && w >= 2
            && toks[w - 1].low_is(lw, "the")
            && toks[w - 2].low_is(lw, "in")
    })?;
    let np = np_after(toks, lw, w + 2, oi - 1)?;
    (np.last + 2 == oi).then_some(CueHit {
        sent,
        cue: w,
        np: Some(np),
        clause: (w - 2, np.last),
        adjacent: true,
    })
}

/// The subject a partial quote is framed by, when no reporting verb gives
/// it one: a [`FRAMING`] verb a few words before the quote in its clause
/// (`Smith called the deal “...”`, `described it as “...”`, `what he
/// called “...”`), or a passive's agent right before `as` (`described by
/// one resident as “...”`, `singled out by van Otterdijk as “...”`). A
/// verb straight before the quote names a thing (`a scheme called “...”`).
fn framing_cue(
    lw: Lower,
    toks: &[Tok],
    sent: usize,
    oi: usize,
    masked: &dyn Fn(Span) -> bool,
) -> Option<CueHit> {
    let lo = oi.saturating_sub(16);
    if oi >= 3 && toks[oi - 1].low_is(lw, "as") {
        let by = (lo..oi - 2).rev().find(|&b| toks[b].low_is(lw, "by"));
        if let Some(b) = by
            && let Some(np) = np_after(toks, lw, b + 1, oi - 1)
            && np.last + 2 == oi
            && np.kind != NpKind::Pronoun
        {
            return Some(CueHit {
                sent,
                cue: b,
                np: Some(np),
                clause: (b, np.last),
                adjacent: false,
            });
        }
    }
    for m in (lo..oi).rev() {
        let t = &toks[m];
        if !t.word() {
            if matches!(t.low(lw), ";" | ":" | "." | "?" | "!") {
                return None;
            }
            continue;
        }
        if !t.is(FRAMING) || masked(t.span) {
            continue;
        }
        if m + 1 == oi {
            return None;
        }
        let np = subject_before(toks, lw, m, 0)?;
        // `a man called John Smith ... as the “...”`: after an indefinite
        // noun the verb names, it frames nothing; and a `they` or `it`
        // is too often some earlier body to be worth the guess.
        let first = toks[np.first].low(lw);
        if matches!(first, "a" | "an")
            || (np.kind == NpKind::Pronoun && !matches!(first, "he" | "she"))
        {
            return None;
        }
        return Some(CueHit {
            sent,
            cue: m,
            np: Some(np),
            clause: (np.first, m),
            adjacent: false,
        });
    }
    None
}

/// The subject that opens the sentence before its first cue set off by a
/// comma at `hi` (`Brazil and Peru have called for ..., saying ...`): a
/// name or a group, not a pronoun, with a verb after it.
fn opening_subject(toks: &[Tok], lw: Lower, hi: usize) -> Option<Np> {
    let mut np = np_after(toks, lw, 0, hi)?;
    // (A description read on over its verb ends before it: `The
    // midfielder described the decision as "a joke", adding`.)
    if np.kind == NpKind::Group
        && let Some(m) = (np.first + 1..=np.last).find(|&m| {
            let t = &toks[m];
            t.word()
                && !t.cap
                && (t.class & (FRAMING.0 | CUES.0 | QUOTE_CUES.0 | AUX.0) != 0
                    || clause_verb(t, lw))
        })
    {
        np.last = m - 1;
    }
    let next = toks.get(np.last + 1)?;
    let verbish = next.word() && !next.cap && !next.is(CUES);
    (np.kind != NpKind::Pronoun && verbish).then_some(np)
}

/// Whether token `i` is a reporting cue with a source; the source phrase and
/// the cue span. `opening` keeps the sentence's [`opening_subject`] once
/// read (`None` until then; the caller clears it for each sentence).
fn attribution_at(
    toks: &[Tok],
    lw: Lower,
    i: usize,
    opening: &mut Option<Option<Np>>,
) -> Option<(Np, Span)> {
    let t = &toks[i];
    let low = t.low(lw);
    if low == "according" && toks.get(i + 1).is_some_and(|n| n.low_is(lw, "to")) {
        let np = according_source(toks, lw, i + 2, toks.len(), toks.len())?;
        return Some((np, Span::new(t.span.start, toks[i + 1].span.end)));
    }
    let next = toks.get(i + 1);
    if t.is(ING_CUES) {
        if i == 0 {
            return None;
        }
        // `Jones was quoted as saying the law was unfair`: the subject of
        // the passive is the source.
        // (Not `Nobody was quoted as saying`, nor a report that somebody
        // was: `Reports that she was quoted as saying ... were false`.)
        let quoted_at = (i.saturating_sub(7)..i)
            .rev()
            .find(|&q| toks[q].low_is(lw, "quoted"));
        if let Some((be, _)) = quoted_at
            .and_then(|q| quoted_as_saying(toks, lw, q))
            .filter(|&(_, saying)| saying == i)
        {
            let np = subject_before(toks, lw, be, 0)?;
            let first = toks[np.first].low(lw);
            let embedded =
                np.first > 0 && matches!(toks[np.first - 1].low(lw), "that" | "whether" | "if");
            if embedded || matches!(first, "nobody" | "no" | "none" | "neither") {
                return None;
            }
            let cue = Span::new(toks[be + 1].span.start, t.span.end);
            return reported_subject(toks, lw, np).map(|np| (np, cue));
        }
        if toks[i - 1].low_is(lw, ",") {
            // `Brazil and Peru have called for ..., saying ...`: the subject
            // that opens the sentence, read once for all such cues in it
            // (each reading it again was quadratic in a sentence of
            // thousands of them after a long name).
            let np = *opening.get_or_insert_with(|| opening_subject(toks, lw, i));
            return np.map(|np| (np, t.span));
        }
        // (`the percentage of people claiming to use`: a participle that
        // describes, with no statement after it.)
        if !toks[i - 1].word() || next.is_some_and(|n| n.low_is(lw, "to")) {
            return None;
        }
        // A form of `be` before the participle makes it progressive, and
        // the subject stands before that (`Smith was saying that`,
        // `Critics have been saying that`), when its `that` follows (its
        // object between, `telling us that`): not a deed (`were telling
        // the truth`, `was saying goodbye`, `is claiming a domain name`,
        // `is declaring war`). Not in a clause that describes (`The man
        // who was saying that ... resigned`, `What the minister was
        // saying that night`), nor before the sentence's own cue (`The
        // company was claiming that the product was safe, Jones said`).
        let that_follows = || {
            toks[i + 1..]
                .iter()
                .take(3)
                .take_while(|t| t.word())
                .any(|t| t.low_is(lw, "that"))
        };
        // (Looked for a few dozen tokens on: each progressive cue of a
        // sentence reads them, so a sentence of thousands stays linear.)
        let own_cue_after = || {
            toks[i + 1..]
                .iter()
                .take(48)
                .any(|t| t.word() && !t.cap && t.is(CUES) && !t.is(WEAK_CUES))
        };
        let progressive = that_follows() && !own_cue_after();
        let mut be = i;
        while progressive
            && be > 0
            && toks[be - 1].word()
            && !toks[be - 1].cap
            && matches!(
                toks[be - 1].low(lw),
                "is" | "are" | "was" | "were" | "been" | "am"
            )
        {
            be -= 1;
        }
        if be < i && be > 0 && matches!(toks[be - 1].low(lw), "who" | "which" | "that" | "what") {
            return None;
        }
        let np = subject_before(toks, lw, be, 0)?;
        // (Nor what `everything`, `nothing` or `nobody` is saying: a
        // figure of speech, or nobody's words.)
        let indefinite = np.first == np.last
            && matches!(
                toks[np.first].low(lw),
                "everything" | "nothing" | "something" | "anything" | "nobody"
            );
        let described = be < i
            && np
                .first
                .checked_sub(1)
                .is_some_and(|p| matches!(toks[p].low(lw), "what" | "who" | "which"));
        if np.kind == NpKind::Pronoun || indefinite || described {
            return None;
        }
        return reported_subject(toks, lw, np).map(|np| (np, t.span));
    }
    if t.is(FINDINGS) {
        // Active, and with its finding in a `that` clause: not `two bodies
        // were found that night`, not `shows a rise`.
        let passive = i.checked_sub(1).is_none_or(|p| {
            matches!(
                toks[p].low(lw),
                "was" | "were" | "been" | "being" | "is" | "are" | "be"
            )
        });
        // A ruling's or a forecast's `that` may come after a phrase of
        // when: `The Supreme Court ruled on Monday that`.
        let ruling = matches!(low, "ruled" | "forecast");
        let that_at = if next.is_some_and(|n| n.low_is(lw, "that")) {
            Some(i + 1)
        } else {
            (2..=4)
                .find(|&n| {
                    ruling
                        && when_phrase(toks, lw, i + 1, n)
                        && toks.get(i + 1 + n).is_some_and(|t| t.low_is(lw, "that"))
                })
                .map(|n| i + 1 + n)
        };
        // (`ruled that out`, `ruled that country`, `forecast that night`:
        // `that` no clause's.)
        if ruling
            && that_at.is_some_and(|k| {
                toks.get(k + 1).is_none_or(|t| {
                    !t.word()
                        || t.low_is(lw, "out")
                        || (!t.cap && (t.is(GROUP_NOUNS) || time_noun(t.low(lw))))
                })
            })
        {
            return None;
        }
        // Or post-posed, its finding before it: `Cases rose sharply, the
        // study found.`, `..., official data showed on Tuesday.`: the
        // subject set off by a comma, the cue then ending the clause (or
        // only a phrase of when or where after it).
        // (The words after the cue: none, or a phrase of when or where.)
        let mut tail = 0;
        let post_posed = !passive && that_at.is_none() && {
            let rest = toks[i + 1..]
                .iter()
                .take_while(|t| !matches!(t.low(lw), "." | "," | ";" | "!" | "?"));
            let mut plain = true;
            for t in rest {
                tail += 1;
                plain &= t.word()
                    && (tail > 1 || t.is(PREP))
                    && t.class & (AUX.0 | PASSIVE.0 | CUES.0 | SUBORD.0) == 0
                    && !modal(t, lw);
                if !plain || tail > 6 {
                    break;
                }
            }
            plain && tail <= 6
        };
        // Or a finding's clause with no `that` (`Data released by the
        // ONS showed unemployment rose to 4.2%`): a verb of a clause
        // within a few words after the cue, none before it (not `showed
        // a sharp rise`, `found in the attic`); a study's kind of source
        // only, asked below.
        let bare_clause = !passive
            && that_at.is_none()
            && !post_posed
            && matches!(low, "showed" | "shows" | "found" | "finds")
            && next.is_some_and(|n| n.word() && !n.is(PREP) && !clause_verb(n, lw))
            && toks[i + 2..]
                .iter()
                .take(5)
                .take_while(|t| t.word())
                .any(|t| clause_verb(t, lw));
        if passive || !(post_posed || that_at.is_some() || bare_clause) {
            return None;
        }
        // (`the agency's forecast that`, `its forecast`, `an estimated
        // 3,000`: a noun or an adjective.)
        if (ruling || low == "estimated") && toks[i - 1].word() && toks[i - 1].is(DETS) {
            return None;
        }
        // (A pronoun's `found that` is as often `found that hard`.) What
        // `shows` something is a study's kind of source, named by its
        // head: the riots or the countries before `showed` are seldom the
        // subject (`The arrests that followed the riots showed that`).
        // A phrase headed by a study's kind of noun is preferred to a
        // subject found otherwise, which may be the object of its
        // preposition (`a survey of 500 companies showed`) or none (`a
        // YouGov poll found`, no table heads it).
        let found = subject_before(toks, lw, i, 0);
        let np = match (found, evidence_phrase(toks, lw, i)) {
            // (The phrase reaching further left holds the one found as its
            // preposition's object: `figures from the Office for National
            // Statistics showed`.)
            (Some(np), Some(ev)) if ev.first < np.first => ev,
            (Some(np), _) if evidence_noun(toks[np.last].low(lw)) => np,
            (_, Some(ev)) => ev,
            (Some(np), None) => np,
            (None, None) => return None,
        };
        let shows = matches!(low, "showed" | "shows");
        let evidence = || {
            evidence_noun(toks[np.last].low(lw))
                || (np.first..np.last).any(|k| evidence_noun(toks[k].low(lw)))
        };
        let set_off = np.first > 0 && toks[np.first - 1].low_is(lw, ",");
        // What rules is a court or a judge, what forecasts a body or
        // people whose trade it is: by name, or by a head on its table.
        let rules = || {
            let head = &toks[np.last];
            match low {
                // (Its name says it: `The High Court`, `Judge Ann Smith`;
                // not `Franco ruled that country`.)
                "ruled" => {
                    (np.first..=np.last).any(|k| toks[k].word() && ruling_body(toks[k].low(lw)))
                }
                _ => {
                    np.kind == NpKind::Name
                        || (head.word()
                            && (head.is(GROUP_NOUNS)
                                || evidence_noun(head.low(lw))
                                || plural_form(head.low(lw)) && head.low(lw).ends_with("ers")))
                }
            }
        };
        // (A phrase after a post-posed cue is a study's only: `official
        // data showed on Tuesday`, not `the team found in the attic`;
        // a ruling's may say when: `the court ruled on Monday`.)
        let post_ok =
            set_off && (tail == 0 || evidence() || (ruling && when_phrase(toks, lw, i + 1, tail)));
        return (np.kind != NpKind::Pronoun
            && (!shows || evidence())
            && (!ruling || rules())
            && (!bare_clause || evidence())
            && (!post_posed || post_ok))
            .then_some((np, t.span));
    }
    if !t.is(CUES) {
        return None;
    }
    // `The startup, Zeta, said to be valued at $2bn,`: a passive that
    // describes, no statement (but `claims to have found` is a claim).
    if matches!(
        low,
        "said" | "reported" | "alleged" | "believed" | "rumoured" | "rumored"
    ) && next.is_some_and(|n| n.low_is(lw, "to"))
        && toks
            .get(i + 2)
            .is_some_and(|v| matches!(v.low(lw), "be" | "have" | "been" | "having"))
    {
        return None;
    }
    // A bare form that ends its clause (`The deal is close, experts say.`,
    // `..., officials warn, but ...`) is a verb when its subject is set off
    // by a comma before it (asked below); other weak forms need words after.
    let bare = t.is(WEAK_CUES) && !next.is_some_and(|n| n.word());
    let clause_end = next.is_none_or(|n| matches!(n.low(lw), "." | "," | "!" | "?" | ";"));
    let weak_end = bare
        && clause_end
        && matches!(
            low,
            "say"
                | "argue"
                | "insist"
                | "warn"
                | "suggest"
                | "admit"
                | "acknowledge"
                | "claim"
                | "confirm"
                | "deny"
                | "believe"
                | "allege"
        );
    if bare && !weak_end {
        return None;
    }
    if low == "counter" && next.is_none_or(|n| !n.low_is(lw, "that")) {
        return None;
    }
    // `The crisis that people warned about has arrived`, `The risks
    // experts warned of were real`: a cue whose preposition is left with
    // no object, a verb straight after it, is in a clause that describes
    // the subject; what the sentence states is the writer's (or a later
    // cue's). In a clause a relative word opens, a preposition or a comma
    // after it leaves it stranded too (`that officials warned about in
    // June destroyed ...`, `which experts warned about, has spread`).
    let relative = || {
        toks[i.saturating_sub(4)..i]
            .iter()
            .any(|t| t.word() && matches!(t.low(lw), "that" | "which" | "who"))
    };
    if next.is_some_and(|n| matches!(n.low(lw), "about" | "of" | "against" | "for" | "on"))
        && toks.get(i + 2).is_some_and(|v| {
            finite_verb(v, lw) || ((v.is(PREP) || v.low_is(lw, ",")) && relative())
        })
    {
        return None;
    }
    // `Having said that, ...`: a participle, no report; `He said
    // nothing`: nothing reported (but `said nothing was taken`, `said
    // nothing suspicious had been found` report: a verb follows before
    // the clause ends).
    let clause_after_nothing = || {
        toks.iter()
            .skip(i + 2)
            .take(4)
            .take_while(|t| t.word())
            .any(|t| {
                let low = t.low(lw);
                finite_verb(t, lw)
                    || t.is(AUX)
                    || (!t.cap && low.len() > 4 && low.ends_with("ed"))
                    || matches!(low, "seems" | "could" | "happens")
            })
    };
    if (i > 0 && toks[i - 1].low_is(lw, "having"))
        // (`Easier said than done`.)
        || next.is_some_and(|n| n.low_is(lw, "than"))
        || (next.is_some_and(|n| n.low_is(lw, "nothing")) && !clause_after_nothing())
    {
        return None;
    }
    // `Richard III claimed the throne`, `the flood claimed 30 lives`,
    // `she asked him difficult questions`: a thing taken or a question put,
    // no statement reported. A claim reports one in a clause (`claimed
    // that ...`, `claimed the vote was rigged`, `claims to have won`), a
    // question in a clause or after a word that opens one (`asked whether
    // ...`, `asked him to leave`, `asked about the plan`).
    if matches!(low, "claimed" | "claims" | "claim" | "asked" | "asks")
        && next.is_some_and(|n| n.word())
        && let Some(end) = plain_object_end(toks, lw, i)
    {
        // (A claim to a thing taken, `the throne`, `30 lives`; a question
        // put to a person, its words not told: `asked him questions.`,
        // not `asked him, “What next?”`.)
        let taken = |t: &Tok| {
            matches!(
                t.low(lw),
                "throne" | "crown" | "title" | "lives" | "life" | "victory" | "seat" | "prize"
            )
        };
        let object =
            next.is_some_and(|n| matches!(n.low(lw), "him" | "her" | "them" | "me" | "us"));
        let untold = toks.get(end).is_none_or(|t| {
            matches!(t.low(lw), "." | "!" | "?" | ";")
                || (t.word() && ends_object(t, lw))
                || (t.low_is(lw, ",")
                    && !toks
                        .get(end + 1)
                        .is_some_and(|q| is_quote_punct(q, lw) || q.low_is(lw, ":")))
        });
        let taking = low.starts_with('c') && toks[i + 1..end].iter().take(4).any(taken);
        let put = low.starts_with('a') && object && untold;
        if taking || put {
            return None;
        }
    }
    // `responded to the crisis`: a reaction, not a statement
    if matches!(low, "responded" | "replied" | "answered" | "continued")
        && next.is_some_and(|n| n.low_is(lw, "to"))
    {
        return None;
    }
    // `..., more eye contact and more conversation, said Kevin Pelphrey,
    // of Yale University.`: a verb that inverts, after a comma, with a name
    // after it that ends the sentence or only has a role or a place set
    // off after it, is inverted, whatever the phrases before it. (Not
    // `Smith, a lawyer, said Jones, his client, was innocent`, nor `The
    // White House, in a statement, denied Reuters.`)
    let inverts = matches!(
        low,
        "said"
            | "says"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "explained"
            | "explains"
            | "noted"
            | "notes"
            | "continued"
            | "continues"
            | "insisted"
            | "insists"
            | "argued"
            | "argues"
            | "conceded"
            | "concedes"
            | "observed"
            | "remarked"
            | "stated"
            | "replied"
            | "concluded"
            | "complained"
            | "countered"
    );
    let inverted = (i > 0 && toks[i - 1].low_is(lw, ",") && inverts)
        .then(|| np_after(toks, lw, i + 1, toks.len().min(i + 12)))
        .flatten()
        .filter(|np| np.kind == NpKind::Name && name_ends_clause(toks, lw, np.last + 1));
    let np = match inverted.or_else(|| subject_before(toks, lw, i, 0)) {
        Some(np) => np,
        // `We may as well get used to it, said David Kirkpatrick` (but
        // whom one tells is no speaker: `..., told staff that`)
        None if i > 0
            && toks[i - 1].low_is(lw, ",")
            && !matches!(low, "told" | "tells" | "tell") =>
        {
            let np = np_after(toks, lw, i + 1, toks.len().min(i + 12))?;
            if np.kind == NpKind::Pronoun {
                return None;
            }
            // (`, says the shop's manager, Louise Ingabire.`)
            let np = appositive_name(toks, lw, np).unwrap_or(np);
            if !ends_inverted(toks, lw, np) {
                return None;
            }
            np
        }
        None => return None,
    };
    let np = reported_subject(toks, lw, np)?;
    // What `I`, `we` or `they` believe, the people `who believe`, or `what
    // the companies believe` is seldom a source's statement: the writer's
    // own view (`I believe that ...`), a condition (`if we believe the
    // research`), a reason (`because they believe`) or a description.
    // And only a belief in a clause (`believe that ...`, `believe the fire
    // was started ...`): not `believe the official figures`, `believe
    // him`, `believe in change`, `believe so`. The clause is known by
    // `that`, a subject pronoun, or a finite verb before the clause ends.
    let clause_follows = || {
        next.is_some_and(|n| matches!(n.low(lw), "that" | "he" | "she" | "they" | "we" | "i"))
            || toks[i + 1..]
                .iter()
                .take(10)
                .take_while(|t| !matches!(t.low(lw), "." | ";" | ":" | "?" | "!"))
                .skip(1)
                .filter(|t| t.word())
                .any(|t| {
                    finite_verb(t, lw)
                        || (!t.cap && t.low(lw).len() > 4 && t.low(lw).ends_with("ed"))
                })
    };
    if low == "believe"
        && ((!weak_end && !clause_follows())
            || np.kind == NpKind::Pronoun
            || toks[i - 1].word() && matches!(toks[i - 1].low(lw), "who" | "that" | "which")
            || np.first > 0 && matches!(toks[np.first - 1].low(lw), "what" | "how" | "why"))
    {
        return None;
    }
    if weak_end
        && (np.kind == NpKind::Pronoun || np.first == 0 || !toks[np.first - 1].low_is(lw, ","))
    {
        return None;
    }
    let mut cue = t.span;
    if matches!(low, "told" | "tells" | "tell")
        && let Some(a) = np_after(toks, lw, i + 1, toks.len())
        && a.kind != NpKind::Pronoun
    {
        cue.end = toks[a.last].span.end;
    }
    Some((np, cue))
}

/// Whether `np`, after a cue that a comma goes before, is the cue's
/// inverted subject: a phrase that ends its clause, no verb in it or after
/// it before the next punctuation or a clause of its own (`said Arvind
/// Singh at dawn as he did his exercises`, `says a study of what winners
/// do`). Not the subject of the clause reported (`The watchdog, which
/// oversees 6,000 firms, said the rules would take effect`, `The court, in
/// London, said Smith was guilty`).
fn ends_inverted(toks: &[Tok], lw: Lower, np: Np) -> bool {
    let verb = |t: &Tok| clause_verb(t, lw);
    let opens_clause = |t: &Tok| {
        t.kind == Tk::Punct
            || (t.word()
                && !t.cap
                && (t.is(SUBORD)
                    || matches!(
                        t.low(lw),
                        "who" | "whom" | "whose" | "which" | "what" | "where" | "how" | "why"
                    )))
    };
    !toks[np.first..=np.last].iter().any(verb)
        && !toks[np.last + 1..]
            .iter()
            .take(12)
            .take_while(|t| !opens_clause(t))
            .any(verb)
}

/// Whether a head noun names who rules on a case: a court, a judge, a
/// panel or a regulator (`The Supreme Court ruled that`, `A federal judge
/// ruled`).
fn ruling_body(low: &str) -> bool {
    matches!(
        low,
        "court"
            | "courts"
            | "judge"
            | "judges"
            | "justice"
            | "justices"
            | "tribunal"
            | "panel"
            | "jury"
            | "magistrate"
            | "magistrates"
            | "coroner"
            | "arbitrator"
            | "ombudsman"
            | "regulator"
            | "watchdog"
            | "commission"
            | "referee"
            | "umpire"
    )
}

/// Whether the `n` tokens from `a` are a phrase of when (`on Monday`,
/// `last week`, `earlier this year`, `in 2019`): a word that opens one,
/// then days, months, numbers and the nouns of time.
fn when_phrase(toks: &[Tok], lw: Lower, a: usize, n: usize) -> bool {
    let Some(words) = toks.get(a..a + n) else {
        return false;
    };
    let opens = words.first().is_some_and(|t| {
        t.word()
            && matches!(
                t.low(lw),
                "on" | "in" | "last" | "this" | "earlier" | "late" | "yesterday" | "today"
            )
    });
    opens
        && words[1..].iter().all(|t| {
            let low = t.low(lw);
            t.word()
                && (low.bytes().all(|b| b.is_ascii_digit())
                    || WEEKDAYS.contains(&low)
                    || MONTHS.contains(&low)
                    || time_noun(low)
                    || matches!(low, "the" | "this" | "last"))
        })
}

/// A noun of a stretch of time (`week`, `night`): after `that` it says
/// when, and opens no clause (`Snow forecast that night closed roads`).
/// The figure finder's parts of the day and seasons, and the units of
/// the calendar.
fn time_noun(low: &str) -> bool {
    matches!(low, "day" | "week" | "month" | "year") || super::numbers::words::is_time_noun(low)
}

/// A study's kind of noun: what `shows` or `found` a finding.
fn evidence_noun(low: &str) -> bool {
    matches!(
        low,
        "study"
            | "studies"
            | "report"
            | "reports"
            | "survey"
            | "surveys"
            | "poll"
            | "polls"
            | "research"
            | "data"
            | "analysis"
            | "figures"
            | "results"
            | "statistics"
            | "review"
            | "findings"
            | "evidence"
            | "records"
            | "census"
            | "audit"
            | "inquiry"
            | "investigation"
            | "tests"
            | "scans"
            | "paper"
            | "trial"
            | "trials"
    )
}

/// The phrase before the verb of finding at token `cue` that a study's
/// kind of noun heads ([`evidence_noun`]), with the words that qualify it
/// (`a YouGov poll`, `official data`, `a survey of 500 companies`, `an
/// analysis by the Electoral Commission`): it opens its clause (the
/// sentence's start, punctuation or a conjunction before it), its head
/// has at most three modifiers and an article before it, and no verb
/// stands between it and the cue. The first such noun is the head.
fn evidence_phrase(toks: &[Tok], lw: Lower, cue: usize) -> Option<Np> {
    let mut j = cue;
    while j > 0 && toks[j - 1].word() && !toks[j - 1].cap && toks[j - 1].is(AUX) {
        j -= 1;
    }
    let last = j.checked_sub(1)?;
    // Back over the phrase: words and possessives, no verb, ten at most.
    let mut k = j;
    let mut head = None;
    while k > 0 && j - k < 10 {
        let t = &toks[k - 1];
        if (t.kind == Tk::Punct && !thousands_comma(toks, lw, k - 1))
            || (t.word()
                && !t.cap
                && (t.class & (AUX.0 | PASSIVE.0 | CUES.0 | SUBORD.0) != 0 || modal(t, lw)))
        {
            break;
        }
        if t.word() && evidence_noun(t.low(lw)) {
            head = Some(k - 1);
        }
        k -= 1;
    }
    let head = head?;
    // The head's modifiers, then an article.
    let mut first = head;
    while first > k && head - first < 3 {
        let p = &toks[first - 1];
        let modifier = p.kind == Tk::Poss
            || (p.word() && !p.is(DETS) && !p.is(PREP) && !p.is(STOP) && !participle(p.low(lw)));
        if !modifier {
            break;
        }
        first -= 1;
    }
    if first > k && toks[first - 1].is(DETS) {
        first -= 1;
    }
    let opens = first == 0 || opens_clause_after(&toks[first - 1], lw);
    (first == k && opens).then_some(Np {
        kind: NpKind::Group,
        first,
        last,
        run: None,
    })
}

/// A verb in lower case that shows a clause of its own: a form of `be`, a
/// modal or a finite verb ([`finite_verb`]).
fn clause_verb(t: &Tok, lw: Lower) -> bool {
    t.word()
        && !t.cap
        && ((t.is(PASSIVE) && !t.low_is(lw, "to")) || modal(t, lw) || finite_verb(t, lw))
}

/// The people introduced by a role.
#[derive(Default)]
struct Roles<'t> {
    /// By the role's head noun (lower-case): `None` once the role has
    /// named two people.
    by_role: FxMap<&'t str, Option<Cow<'t, str>>>,
    /// Everyone introduced with a role, with the last sentence that
    /// mentions them.
    holders: FxMap<Cow<'t, str>, usize>,
    /// The sentence being read.
    sentence: usize,
}

/// How many sentences back a bare role (`the minister`) still points past
/// the people spoken of since to the one person introduced with it, who
/// must be mentioned that recently: further back, the text has moved on
/// (`Kelly and his twin brother, Mark, a retired astronaut` ... ten
/// paragraphs of Kelly ... `the astronaut himself predicted`).
const ROLE_WINDOW: usize = 6;

/// Note the roles the person mentions of a sentence are introduced with:
/// a role noun right before the name (`biologist Robert Mysłajek`,
/// `Professor Jane Smith`), or an apposition after it that opens with an
/// article (`Robert Mysłajek, a biologist at the University of Warsaw,`,
/// `Jane Smith, the Warsaw-based ecologist,`), whose head is the last
/// person noun before a preposition (other than inside a name), a clause
/// or punctuation. Only the person mentions are looked at, a few tokens
/// each.
fn note_roles<'t>(
    lw: Lower<'t>,
    toks: &[Tok],
    locals: &mut [(usize, Ment<'t>)],
    roles: &mut Roles<'t>,
    ix: &mut NameIndex,
) {
    for (_, m) in locals.iter_mut() {
        let a = tok_at(toks, m.span.start);
        let b = tok_at(toks, m.span.end).saturating_sub(1);
        if a >= toks.len() || b < a {
            continue;
        }
        let is_role = |t: &Tok| t.word() && (person_noun(t, lw) || t.is(PERSON_NOUNS));
        // `his daughter, Abena,`, `the firm's founder, Bill Gates`: the
        // role before the comma, after a possessive or an article.
        // (`the minister, Boris Johnson's deputy`: the person after the
        // comma is somebody else's.)
        // (A word that makes a title with the role may stand between:
        // `The chief executive, Tom Hall,`.)
        let comma_role = || {
            let c = a.checked_sub(3)?;
            let owner = toks.get(b + 1).is_some_and(|t| t.kind == Tk::Poss);
            let opens = |t: &Tok| t.kind == Tk::Poss || t.is(DETS);
            let det = (c.saturating_sub(2)..=c)
                .rev()
                .find(|&k| {
                    let head = toks[a - 2].low(lw);
                    !(toks[k].word() && !toks[k].cap && title_word(toks[k].low(lw), head))
                })
                .is_some_and(|k| opens(&toks[k]));
            (!owner && toks[a - 1].low_is(lw, ",") && is_role(&toks[a - 2]) && det)
                .then(|| &toks[a - 2])
        };
        let before = a
            .checked_sub(1)
            .map(|p| &toks[p])
            .filter(|t| is_role(t))
            .or_else(comma_role);
        // A role that tells a sex (`his daughter, Abena`) makes a name of
        // unknown kind a person's, of that sex. (A name already known as
        // a person's keeps its unknown gender: a known one outweighs
        // nearer people in resolving `he` and `she`, and `spokesman
        // Vicente Fernández Guerrero` then took the `he` of the man just
        // introduced after him.)
        if let Some(g) = before.map(|t| role_gender(t.low(lw)))
            && g != Gender::Unknown
            && m.gender == Gender::Unknown
            && !m.person
        {
            m.gender = g;
            m.person = true;
            ix.note_gender(&m.name, g);
        }
        if !m.person {
            continue;
        }
        if let Some(seen) = roles.holders.get_mut(&*m.name) {
            *seen = roles.sentence;
        }
        let Some(role) = before
            .map(|t| t.low(lw))
            .or_else(|| apposition_role(toks, lw, b))
        else {
            // `Anna Berg, the head librarian,`: introduced with a
            // description no table reads, she holds some role, so a bare
            // `the mayor` later is not taken for her. (A clause, `X, who
            // led the study,`, says what the person did, not what they are.)
            let described = toks.get(b + 1).is_some_and(|t| t.low_is(lw, ","))
                && toks.get(b + 2).is_some_and(|t| t.word() && t.is(DETS));
            if described && !roles.holders.contains_key(&*m.name) {
                roles.holders.insert(m.name.clone(), roles.sentence);
            }
            continue;
        };
        if !roles.holders.contains_key(&*m.name) {
            roles.holders.insert(m.name.clone(), roles.sentence);
        }
        match roles.by_role.get_mut(role) {
            None => {
                roles.by_role.insert(role, Some(m.name.clone()));
            }
            Some(held) => {
                if held.as_deref().is_some_and(|h| h != m.name) {
                    *held = None;
                }
            }
        }
    }
}

/// The sex a person noun tells, if any.
fn role_gender(low: &str) -> Gender {
    match low {
        "mother" | "mum" | "wife" | "daughter" | "sister" | "grandmother" | "granddaughter"
        | "aunt" | "niece" | "widow" | "woman" | "girl" | "girlfriend" | "fiancee" | "actress"
        | "waitress" | "spokeswoman" | "chairwoman" | "businesswoman" | "policewoman"
        | "landlady" | "nun" => Gender::Female,
        "father" | "dad" | "husband" | "son" | "brother" | "grandfather" | "grandson" | "uncle"
        | "nephew" | "widower" | "man" | "boy" | "boyfriend" | "spokesman" | "chairman"
        | "businessman" | "policeman" | "fisherman" | "monk" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// `It` as the subject of the cue at `i` that opens its sentence or a
/// clause after a comma or `and`/`but` (`It said the figures were false`,
/// `..., and it added that ...`), the cue a verb of saying with a report
/// after it (not `it said nothing`, nor a clause that ends there).
fn it_reports(toks: &[Tok], lw: Lower, i: usize) -> Option<Np> {
    let t = &toks[i];
    if i == 0 || t.cap || !t.word() || !toks[i - 1].low_is(lw, "it") {
        return None;
    }
    // (Verbs of saying only: `it continues to keep`, `it claims victims`
    // report nothing.)
    if !matches!(
        t.low(lw),
        "said"
            | "says"
            | "added"
            | "adds"
            | "told"
            | "tells"
            | "stated"
            | "states"
            | "noted"
            | "notes"
            | "warned"
            | "warns"
            | "argued"
            | "argues"
            | "insisted"
            | "insists"
            | "explained"
            | "explains"
            | "announced"
            | "confirmed"
            | "estimated"
            | "estimates"
    ) {
        return None;
    }
    let opens = i == 1
        || toks
            .get(i - 2)
            .is_some_and(|p| p.low_is(lw, ",") || p.low_is(lw, "and") || p.low_is(lw, "but"));
    let reports = toks.get(i + 1).is_some_and(|n| {
        n.word() && !matches!(n.low(lw), "nothing" | "so" | "to" | "of" | "about")
    });
    (opens && reports).then_some(Np {
        kind: NpKind::Pronoun,
        first: i - 1,
        last: i - 1,
        run: None,
    })
}

/// The speaker a cue's noun phrase stands for: (name, a person, gender, a
/// body or thing that `he` or `she` never stands for).
///
/// A definite description of a person (`the University of Warsaw
/// biologist`, `The scientist`) is the one person the text has introduced
/// with its head noun as their role ([`note_roles`]), else, for a bare
/// one or one tied to a name ([`named_description`]), the one person just
/// spoken of, else the description as written.
#[allow(clippy::too_many_arguments)]
fn resolve_np(
    text: &str,
    lw: Lower,
    toks: &[Tok],
    np: &Np,
    ix: &NameIndex,
    tracker: &Tracker,
    local: &[(usize, Ment)],
    roles: &Roles,
) -> (Option<String>, bool, Gender, bool) {
    if np.kind == NpKind::Pronoun {
        let low = toks[np.first].low(lw);
        debug_assert!(is_pronoun(low) || low == "it");
        let r = tracker.resolve(low, local, toks[np.first].span.start);
        let gender = match low {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => Gender::Unknown,
        };
        return match r {
            Some(n) => {
                let person = ix.is_person(&n) || matches!(low, "he" | "she");
                (Some(n), person, gender, !person)
            }
            None => (None, false, gender, false),
        };
    }
    // (`the 53-year-old` is a person's age standing for the person.)
    let aged = age_word(&toks[np.last], lw);
    if np.kind == NpKind::Group && (person_noun(&toks[np.last], lw) || aged) {
        let definite = matches!(toks[np.first].low(lw), "the" | "this");
        let head = toks[np.last].low(lw);
        let holder = roles.by_role.get(head).and_then(|h| h.as_deref());
        // `the scientist`, no more: a word that points back, to the
        // person just spoken of, when that person holds the role or was
        // given none, else to the one person introduced with that role
        // and mentioned in the last few sentences ([`ROLE_WINDOW`]), past
        // others who spoke since (`Defence Minister Irina Kovac ... NATO
        // chief Lars Eide said ... The minister said`); `the
        // University of Warsaw biologist` says more, and stands for no one
        // but the one person introduced with that role.
        // (A word that makes a title with the noun, `the prime minister`,
        // `the chief executive`, keeps it bare; `the factory owner`, `the
        // government prosecutor` say whose.)
        // (Nor is a role a phrase or a relative clause after it says more
        // of, `the founder of the firm`, `the founder who ...`.)
        let modifiers = toks.get(np.first + 1..np.last).unwrap_or_default();
        let ends_here = !toks
            .get(np.last + 1)
            .is_some_and(|t| t.word() && (t.is(PREP) || t.low_is(lw, "who")));
        let bare = modifiers
            .iter()
            .all(|t| !t.cap && title_word(t.low(lw), head))
            && ends_here;
        // `the young founder`, words in lower case before the role, when
        // the one introduced with the role has not been mentioned in the
        // last few sentences ([`ROLE_WINDOW`]): the text has moved on, as
        // for a bare role, and the words name no one else it introduced
        // (`Founder Kyle Tabor ...` eight sentences up, then `the young
        // founder says` in a paragraph about Dan Sullivan).
        let bare = bare
            || (holder.is_some_and(|h| {
                roles
                    .holders
                    .get(h)
                    .is_none_or(|&seen| seen + ROLE_WINDOW < roles.sentence)
            }) && modifiers
                .iter()
                .all(|t| t.word() && !t.cap && t.class & (STOP.0 | PREP.0) == 0)
                && ends_here);
        // `the University of Warsaw biologist`, `the Leeds-based nurse`:
        // a description tied to a named place or body that no one was
        // introduced with points back, as a bare one does.
        let named = !bare && holder.is_none() && named_description(toks, np);
        let recent = tracker
            .recent_person(local)
            .or_else(|| named.then(|| tracker.only_person(local)).flatten());
        let pick = if !definite {
            None
        } else if let Some(p) = recent.filter(|p| {
            holder == Some(&*p.name)
                || (bare && !roles.holders.contains_key(&*p.name))
                || (named && !roles.holders.contains_key(&*p.name) && !acted_upon(lw, p.span))
        }) {
            Some(p.name.to_string())
        } else {
            holder
                .filter(|h| {
                    !bare
                        || roles
                            .holders
                            .get(*h)
                            .is_some_and(|&seen| seen + ROLE_WINDOW >= roles.sentence)
                })
                .map(str::to_string)
        };
        if let Some(name) = pick {
            let gender = ix.gender(&name);
            return (Some(name), true, gender, false);
        }
        // Unresolved, the description is a person's but no name: a `he`
        // or `she` further on is to find a person by name, not the
        // description (taken as a thing), but for the few speaking nouns
        // long taken as groups (`a teenager`, `a spokesman`).
        let (name, _, _) = np_name(text, lw, toks, np, ix);
        let thing = definite || !toks[np.last].is(GROUP_NOUNS);
        return (Some(name), false, Gender::Unknown, thing);
    }
    // `the Dutchman`, `the Australian`: a nationality standing for the
    // one person just spoken of (whose it is, a reader knows only then).
    if np.kind == NpKind::Name
        && np.run == Some((np.last, np.last))
        && np.first + 1 == np.last
        && toks[np.first].low_is(lw, "the")
        && demonym(&toks[np.last], lw)
        && let Some(p) = tracker.recent_person(local)
    {
        let name = p.name.to_string();
        let gender = ix.gender(&name);
        return (Some(name), true, gender, false);
    }
    // `Greater Manchester Police said ... The force said`, `Barclays said
    // ... The bank said`: `the` and the noun for the kind of body that
    // spoke just before stands for it. Only a police force for `the
    // force`, and a business or a charity that is no police force for the
    // nouns of those (not `the family`, `the council`, `the union`, who
    // are others).
    let head = &toks[np.last];
    let kind_of = |body: &str| {
        let police = body.ends_with("Police") || body.ends_with("Constabulary");
        match head.low(lw) {
            "force" => Some(police),
            "company" | "firm" | "group" | "bank" | "chain" | "retailer" | "airline"
            | "carmaker" | "automaker" | "charity" | "corporation" | "business" => Some(!police),
            _ => None,
        }
    };
    if np.kind == NpKind::Group
        && np.last == np.first + 1
        && toks[np.first].low_is(lw, "the")
        && head.word()
        && !head.cap
        && let Some(body) = tracker.recent_body()
        && kind_of(body) == Some(true)
    {
        return (Some(body.to_string()), false, Gender::Unknown, true);
    }
    let (name, person, gender) = np_name(text, lw, toks, np, ix);
    let thing = !person
        && match (np.kind, np.run) {
            (NpKind::Name, Some((a, b))) => {
                parse_run(toks, lw, a, b).org
                    || a.checked_sub(1).is_some_and(|p| toks[p].low_is(lw, "the"))
                    || (a == b && plural_group(&toks[a], lw))
            }
            // `A spokesman for Poundland` is a person; `officials` are not,
            // nor any group named by a plural (`Critics`, `Senior
            // officials`): a `she` after it is never the group.
            _ => {
                !toks[np.first..=np.last].iter().any(|t| person_noun(t, lw))
                    || plural_group(&toks[np.last], lw)
            }
        };
    (Some(name), person, gender, thing)
}

/// Whether `low` is a word that makes a title with the person's noun
/// `head` after it (`prime minister`, `chief executive`, `head coach`,
/// `outgoing president`; a portfolio, `foreign secretary`, `finance
/// minister`, only with a minister or secretary: `the defence lawyer` is
/// somebody's).
fn title_word(low: &str, head: &str) -> bool {
    match low {
        "prime" | "chief" | "managing" | "head" | "executive" | "outgoing" => true,
        "foreign" | "home" | "finance" | "defence" | "defense" | "interior" | "health" => {
            matches!(head, "minister" | "secretary")
        }
        _ => false,
    }
}

/// Whether `t` is a nationality that names a person: a word of
/// nationality (`Australian`, `Kenyan`, but not a country's letters, `US`)
/// or a noun of one (`Dutchman`, `Briton`, `Spaniard`).
fn demonym(t: &Tok, lw: Lower) -> bool {
    let low = t.low(lw);
    (t.is(NATIONAL) && !low.contains('.') && low.len() > 3)
        || matches!(
            low,
            "dutchman"
                | "dutchwoman"
                | "frenchman"
                | "frenchwoman"
                | "englishman"
                | "englishwoman"
                | "irishman"
                | "irishwoman"
                | "scotsman"
                | "scotswoman"
                | "welshman"
                | "welshwoman"
                | "briton"
                | "brit"
                | "scot"
                | "spaniard"
                | "dane"
                | "swede"
                | "finn"
                | "pole"
                | "swiss"
                | "kiwi"
                | "aussie"
        )
}

/// Whether the person mentioned at `span` is the one something is done to
/// (`John Smith, 45, was arrested`, `Jones has been charged`): a form of
/// `be` (after `has`/`had`/`have`, `been` too) right after the name, or
/// after an apposition between commas, then a word in `-ed` or `-en`. A
/// description tied to a name (`the Scotland Yard detective`) after such
/// a person is likely somebody else ([`named_description`]). Reads a few
/// words of the lowered text after the mention only.
fn acted_upon(lw: Lower, span: Span) -> bool {
    let low = lw.lowered;
    let Some(mut rest) = low.get(span.end.min(low.len())..) else {
        return false;
    };
    // An apposition (`, 45,` / `, a father of two,`) of a few words.
    if let Some(r) = rest.strip_prefix(',') {
        match r.get(..r.len().min(60)).and_then(|w| w.find(',')) {
            Some(c) => rest = &r[c + 1..],
            None => return false,
        }
    }
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(4);
    let mut w = words.next();
    if matches!(w, Some("has" | "had" | "have")) {
        w = words.next().filter(|&b| b == "been");
    }
    if !matches!(w, Some("is" | "are" | "was" | "were" | "been")) {
        return false;
    }
    let mut next = words.next();
    if next == Some("being") {
        next = words.next();
    }
    next.is_some_and(|v| v.len() > 3 && (v.ends_with("ed") || v.ends_with("en")))
}

/// Whether a description of a person (`the University of Warsaw
/// biologist`) carries a capitalised name word between its article and
/// its head noun. Such a description, when the text introduced nobody
/// with that role, is a feature's way of naming again the one person just
/// spoken of, unless that person is one something was done to
/// ([`acted_upon`]); one without (`the defence lawyer`) may be a newcomer
/// and is left as written. Words after the head (`the biologist at
/// Warsaw`) do not count: the phrase stops at its head.
fn named_description(toks: &[Tok], np: &Np) -> bool {
    np.last > np.first + 1 && toks[np.first + 1..np.last].iter().any(|t| t.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real segmenter, as the pipeline runs it.
    pub(crate) fn segment(text: &str) -> (Vec<Paragraph>, Vec<Sentence>) {
        let paragraphs = crate::text::segment::find_paragraphs(text);
        let sentences = crate::text::segment::find_sentences(text, &paragraphs);
        (paragraphs, sentences)
    }

    fn quotes(text: &str) -> Vec<(String, QuoteKind, Option<String>)> {
        let (p, s) = segment(text);
        find_quotes(text, &p, &s)
            .into_iter()
            .map(|q| (q.span.slice(text).to_string(), q.kind, q.speaker))
            .collect()
    }

    #[test]
    fn basic_direct() {
        let q = quotes("\"We will go on,\" he said.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0, "We will go on,");
        assert_eq!(q[0].1, QuoteKind::Direct);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let q = quotes("Putin's men don't like rock 'n' roll from the '90s.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("‘We will,’ he said. The countries’ leaders agreed.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn nested_and_split() {
        let q = quotes("John Smith spoke. “He said ‘no’ to us,” she said.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "He said ‘no’ to us,");
        let q = quotes("Kerry Jones spoke. 'We will,' said Kerry Jones, 'go on.'");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("Kerry Jones"));
        assert_eq!(q[1].1, QuoteKind::Direct);
    }

    #[test]
    fn multi_paragraph() {
        let t = "U.S. ambassador to the United Nations Samantha Power told ABC News: \"We haven't seen a dictator like him.\n\"The other challenge is he hasn't been effective,\" she argued.";
        let q = quotes(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteKind::Direct);
        assert_eq!(q[0].2.as_deref(), Some("Samantha Power"));
    }

    #[test]
    fn kinds() {
        let t = "Putin said in an interview with CBS News \"60 Minutes.\"";
        let q = quotes(t);
        assert_eq!(q[0].1, QuoteKind::Title);
        let q = quotes("Putin criticised support for \"moderate\" Sunni rebels.");
        assert_eq!(q[0].1, QuoteKind::Scare);
        let q = quotes(
            "Vladimir Putin said there is only \"one legitimate conventional army\" in Syria.",
        );
        assert_eq!(q[0].1, QuoteKind::Partial);
        assert_eq!(q[0].2.as_deref(), Some("Vladimir Putin"));
    }

    #[test]
    fn total() {
        for t in [
            "\"",
            "“",
            "”",
            "'",
            "‘",
            "’",
            "\"\"",
            "a \" b",
            "é“x",
            "“\n“\n“",
            "'n'",
            "x:\"",
            "\u{0}\"é\"",
        ] {
            let _ = quotes(t);
        }
        // mismatched sentences must not panic
        let p = [Paragraph {
            span: Span::new(0, 50),
            heading: false,
        }];
        let s = [Sentence {
            span: Span::new(3, 99),
            paragraph: 7,
            heading: false,
        }];
        let _ = find_quotes("\"ab\" said", &p, &s);
        let p = [Paragraph {
            span: Span::new(usize::MAX - 1, usize::MAX),
            heading: false,
        }];
        let s = [Sentence {
            span: Span::new(usize::MAX, 2),
            paragraph: usize::MAX,
            heading: false,
        }];
        let _ = find_quotes("\"ab\" said", &p, &s);
        let _ = crate::text::speakers::find_attributions("\"ab\" said", &s);
        let _ = crate::text::speakers::find_attributions("\"ab\" said", &s);
    }

    /// [`words_outside`] as it was: `masked`'s search kept up with each
    /// word token in turn.
    fn words_outside_ref(toks: &[Tok], contents: &[Span]) -> usize {
        let mut c = toks
            .first()
            .map_or(0, |t| contents.partition_point(|q| q.end <= t.span.start));
        let mut n = 0;
        for t in toks.iter().filter(|t| t.word()) {
            while contents.get(c).is_some_and(|q| q.end <= t.span.start) {
                c += 1;
            }
            let inside = contents
                .get(c)
                .is_some_and(|q| q.start <= t.span.start && t.span.end <= q.end);
            n += usize::from(!inside);
        }
        n
    }

    proptest::proptest! {
        /// [`word_count_upto`] counts the white-space separated words
        /// with a letter or digit, up to `cap`.
        #[test]
        fn word_count_upto_counts_words_with_a_letter_or_digit(
            s in "[ a.,\t\n1—’é\u{a0}\u{2003}-]{0,40}",
            cap in 1usize..8,
        ) {
            let want = s
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
                .min(cap);
            proptest::prop_assert_eq!(word_count_upto(&s, cap), want);
        }

        /// Tokens as the tokenizer makes them (in order, not overlapping,
        /// none empty, some punctuation) against quote contents whose ends
        /// are in order but which may overlap, nest, touch or straddle
        /// tokens.
        #[test]
        fn words_outside_matches_the_token_walk(
            toks in proptest::collection::vec((0usize..3, 1usize..4, proptest::bool::ANY), 0..24),
            contents in proptest::collection::vec((0usize..60, 0usize..20), 0..6),
        ) {
            let mut at = 0;
            let toks: Vec<Tok> = toks
                .into_iter()
                .map(|(gap, len, word)| {
                    at += gap;
                    let t = Tok {
                        span: Span::new(at, at + len),
                        kind: if word { Tk::Word } else { Tk::Punct },
                        own_low: false,
                        cap: false,
                        name: false,
                        class: 0,
                    };
                    at += len;
                    t
                })
                .collect();
            let mut contents: Vec<Span> = contents
                .into_iter()
                .map(|(start, len)| Span::new(start, start + len + 1))
                .collect();
            contents.sort_by_key(|c| c.end);
            proptest::prop_assert_eq!(
                words_outside(&toks, &contents),
                words_outside_ref(&toks, &contents)
            );
        }

        /// [`reaches_no_quote_from`], its search carried from span to
        /// span (in order, or not), is [`reaches_no_quote`].
        #[test]
        fn reaches_no_quote_from_matches_the_search(
            contents in proptest::collection::vec((0usize..40, 0usize..12), 0..12),
            spans in proptest::collection::vec((0usize..60, 0usize..16), 0..12),
        ) {
            let mut contents: Vec<Span> = contents
                .into_iter()
                .map(|(start, len)| Span::new(start, start + len + 1))
                .collect();
            contents.sort_by_key(|c| (c.end, c.start));
            let mut at = 0;
            for (start, len) in spans {
                let sp = Span::new(start, start + len);
                proptest::prop_assert_eq!(
                    reaches_no_quote_from(&contents, sp, &mut at),
                    reaches_no_quote(&contents, sp)
                );
            }
        }

        /// A span that [`reaches_no_quote`] overlaps no content and holds
        /// no span that [`masked_by`] finds inside a quote, for contents
        /// whose starts and ends are in order.
        #[test]
        fn no_quote_reached_means_nothing_masked(
            contents in proptest::collection::vec((0usize..40, 0usize..12), 0..6),
            start in 0usize..50,
            len in 0usize..16,
        ) {
            let mut contents: Vec<Span> = contents
                .into_iter()
                .map(|(start, len)| Span::new(start, start + len + 1))
                .collect();
            contents.sort_by_key(|c| (c.end, c.start));
            proptest::prop_assume!(contents.windows(2).all(|w| w[0].start <= w[1].start));
            let sp = Span::new(start, start + len);
            let any_masked = (sp.start..sp.end).any(|a| {
                (a + 1..=sp.end).any(|b| masked_by(&contents, Span::new(a, b)))
            });
            // Whether any content overlaps `sp`, by brute force.
            let reached = contents.iter().any(|c| c.start < sp.end && c.end > sp.start);
            if reaches_no_quote(&contents, sp) {
                proptest::prop_assert!(!any_masked);
                proptest::prop_assert!(!reached);
            }
        }
    }
}
