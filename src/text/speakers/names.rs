//! Names: capitalised runs, titles stripped, resolution to the fullest form,
//! pronoun tracking, and the noun phrase in front of (or after) a cue.

use super::lexicon::{
    AUX, CUES, DETS, FxMap, GROUP_ADJ, GROUP_NOUNS, Lower, Lows, NATIONAL, NOT_FIRST, ORG, ORG_END,
    PARTICLES, PASSIVE, PERSON_NOUNS, PREP, STOP, SUBORD, TITLES, Tk, Tok, classes_of, first_name,
    tokenize,
};
use std::borrow::Cow;

use crate::text::Span;
use crate::text::segment::Sentence;

/// A person's gender when the text tells (Mr./Mrs., a first name, `she`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

impl Gender {
    /// The sex a personal pronoun (lower-cased) tells: `he`, `him`, `his`
    /// a man's, `she`, `her` a woman's, any other none.
    pub(crate) fn of_pronoun(low: &str) -> Gender {
        match low {
            "he" | "him" | "his" => Gender::Male,
            "she" | "her" => Gender::Female,
            _ => Gender::Unknown,
        }
    }
}

/// One mention of a name.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMention {
    /// The name as written, titles stripped.
    pub span: Span,
    /// Resolved to the fullest form the text uses.
    pub name: String,
    pub person: bool,
    pub gender: Gender,
}

/// A word that may be part of a name ([`Tok::name`], worked out by the
/// tokenizer).
#[inline]
fn is_name_word(t: &Tok) -> bool {
    t.name
}

/// A lower-case word that may stand inside a name between two capitalised
/// ones: "Bank of England", "Observatory for Human Rights", "Doctors Without
/// Borders", "Charles de Gaulle".
fn is_name_connector(t: &Tok, lw: Lower) -> bool {
    t.word()
        && (t.low_is(lw, "of") || t.low_is(lw, "for") || t.low_is(lw, "without") || t.is(PARTICLES))
}

/// A lower-case particle inside a name (`von`, `der`, `ten`): on the
/// particle table, or one of the Dutch particles that are also words (`ten
/// Hag`, `ter Stegen`), which count between two capitalised words only.
fn inner_particle(t: &Tok, lw: Lower) -> bool {
    t.word() && !t.cap && (t.is(PARTICLES) || t.low_is(lw, "ten") || t.low_is(lw, "ter"))
}

/// How many tokens from `k` join two capitalised words of one name: a
/// connector (`Bank of England`, `Charles de Gaulle`), or two particles
/// (`Ursula von der Leyen`, `Rafael van der Vaart`); `toks[k + n]` is then
/// a name word. 0 if none.
#[inline]
fn connector_len(toks: &[Tok], lw: Lower, k: usize) -> usize {
    let t = &toks[k];
    if t.kind != Tk::Word {
        return 0;
    }
    if (is_name_connector(t, lw) || inner_particle(t, lw))
        && toks.get(k + 1).is_some_and(is_name_word)
    {
        return 1;
    }
    if inner_particle(t, lw)
        && toks.get(k + 1).is_some_and(|n| inner_particle(n, lw))
        && toks.get(k + 2).is_some_and(is_name_word)
    {
        return 2;
    }
    0
}

pub(crate) fn is_quote_punct(t: &Tok, lw: Lower) -> bool {
    t.kind == Tk::Punct && matches!(t.low(lw), "\"" | "“" | "”" | "‘" | "’" | "'")
}

pub(crate) fn is_pronoun(low: &str) -> bool {
    matches!(low, "he" | "she" | "they" | "we" | "i")
}

/// A capitalised run with its core name (titles and roles stripped).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Run {
    pub core: Option<(usize, usize)>,
    pub gender: Gender,
    /// [`Run::gender`] is the one its first word tells as a first name (no
    /// title told it): a surname's when the run is one (`Omar` for Ilhan
    /// Omar, `Warren` for Elizabeth Warren).
    pub by_first_name: bool,
    pub person: bool,
    /// The core holds an organisation word (`Ministry of Defence`,
    /// `Oxfam International`): a body, never `he` or `she`.
    pub org: bool,
}

/// Maximal capitalised runs among `toks` (inclusive token ranges).
pub(crate) fn runs(toks: &[Tok], lw: Lower) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    runs_each(toks, lw, |a, b| out.push((a, b)));
    out
}

/// Call `f` with each of [`runs`].
fn runs_each(toks: &[Tok], lw: Lower, f: impl FnMut(usize, usize)) {
    runs_from(toks, lw, 0..toks.len(), f);
}

/// Call `f` with each capitalised run of `toks` (inclusive token range),
/// given `starts`: in order, the indices of the tokens a run may start at,
/// every name word among them. Whoever knows fewer such tokens than all
/// (the tokenizer's marked list) spares the search the rest.
fn runs_from(
    toks: &[Tok],
    lw: Lower,
    starts: impl IntoIterator<Item = usize>,
    mut f: impl FnMut(usize, usize),
) {
    // The first token not inside a run found so far.
    let mut next = 0;
    for start in starts {
        if start < next || !is_name_word(&toks[start]) {
            continue;
        }
        let end = run_end(toks, lw, start);
        f(start, end);
        next = end + 1;
    }
}

/// The last token of the capitalised run that starts at the name word
/// `toks[start]`.
#[inline]
fn run_end(toks: &[Tok], lw: Lower, start: usize) -> usize {
    let mut end = start;
    let mut k = start + 1;
    while k < toks.len() {
        let t = &toks[k];
        if is_name_word(t) {
            end = k;
            k += 1;
        } else {
            match connector_len(toks, lw, k) {
                0 => break,
                n => k += n,
            }
        }
    }
    end
}

/// [`runs_each`] as it was, a token at a time: the reference its search
/// for the next name word is tested against.
#[cfg(test)]
fn runs_each_ref(toks: &[Tok], lw: Lower, mut f: impl FnMut(usize, usize)) {
    let mut i = 0;
    while i < toks.len() {
        if !is_name_word(&toks[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut k = i + 1;
        while k < toks.len() {
            let t = &toks[k];
            if is_name_word(t) {
                end = k;
                k += 1;
            } else {
                match connector_len(toks, lw, k) {
                    0 => break,
                    n => k += n,
                }
            }
        }
        f(start, end);
        i = end + 1;
    }
}

/// A capitalised run (inclusive token range) with its parse.
pub(crate) type ParsedRun = (usize, usize, Run);

/// [`runs`] with [`parse_run`] of each: worked out once per sentence for
/// the name index and the sentence's mentions.
pub(crate) fn parsed_runs(toks: &[Tok], lw: Lower) -> Vec<ParsedRun> {
    let mut out = Vec::new();
    runs_each(toks, lw, |a, b| out.push((a, b, parse_run(toks, lw, a, b))));
    out
}

/// [`parsed_runs`], appending to `out`, given the tokens the tokenizer
/// marked ([`Tok::marked`]): `marked` holds their indices plus `base`, in
/// order. A run starts at a name word, and every name word is marked: the
/// search for the next run visits the marked tokens alone, about one token
/// in seven, where [`runs_each`] tries every token.
pub(crate) fn parsed_runs_marked_into(
    toks: &[Tok],
    lw: Lower,
    marked: &[usize],
    base: usize,
    out: &mut Vec<ParsedRun>,
) {
    runs_from(toks, lw, marked.iter().map(|&m| m - base), |a, b| {
        out.push((a, b, parse_run(toks, lw, a, b)));
    });
}

/// The most tokens a capitalised run may hold to be read as a name: a
/// longer one (a line in Title Case, or hostile input of thousands of
/// capitals) names nobody, and each of its readings would copy it whole.
const NAME_TOKENS: usize = 16;

/// Strip titles, nationalities and leading organisations from a run.
pub(crate) fn parse_run(toks: &[Tok], lw: Lower, first: usize, last: usize) -> Run {
    if last >= first + NAME_TOKENS {
        return Run {
            core: None,
            gender: Gender::Unknown,
            by_first_name: false,
            person: false,
            org: false,
        };
    }
    let mut boundary = first;
    let mut titled = false;
    let mut gender = Gender::Unknown;
    let mut k = first;
    // `Auctioneer Frederic Thut`, `Politician Chuka Umunna`: a role noun
    // opening the sentence in front of a two-word name
    if first == 0 && last >= 2 {
        let low = toks[0].low(lw);
        let role = ["eer", "ian", "ist", "er", "or", "ant", "ent"]
            .iter()
            .any(|suf| low.ends_with(suf))
            // (`Witness Paula Green`: a person's noun of any ending.)
            || toks[0].class & PERSON_NOUNS.0 != 0;
        if role && first_name(toks[0].class).is_none() && !toks[1].low_is(lw, "of") {
            boundary = 1;
            titled = true;
            k = 1;
        }
    }
    while k <= last {
        if toks[k].is(TITLES) && k < last {
            titled = true;
            boundary = k + 1;
            match toks[k].low(lw) {
                "mr." | "mr" | "sir" | "lord" | "king" | "prince" => gender = Gender::Male,
                "mrs." | "mrs" | "ms." | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" => {
                    gender = Gender::Female
                }
                _ => {}
            }
            // Secretary of State, Minister of Defence
            if toks.get(k + 1).is_some_and(|t| t.low_is(lw, "of")) && k + 2 <= last {
                boundary = k + 3;
                k += 2;
            }
        } else if toks[k].is(NATIONAL) && (k < last || (k == boundary && !titled)) {
            // `French President Emmanuel Macron`; but a nationality word
            // after a name or a title is a surname: `Chris French`,
            // `Professor French`.
            boundary = k + 1;
        } else if toks[k].is(ORG_END) && k < last && !is_name_connector(&toks[k + 1], lw) {
            boundary = k + 1;
            titled = false;
        }
        k += 1;
    }
    // `former president of the Royal Institute of Navigation Roger
    // McKinlay`, `Bank of England Mark Carney`: a body's name with `of` in
    // it, then a person's name closing the run, two or three words that
    // open with a first name, the body's last word before it (not `of`:
    // `University of Mary Washington`, `Church of Jesus Christ`). The body
    // stands before the person as a title does.
    if let Some(of) = (boundary + 1..last).find(|&m| toks[m].low_is(lw, "of"))
        && let Some(m) = (of + 2..last).find(|&m| {
            first_name(toks[m].class).is_some()
                && is_name_word(&toks[m - 1])
                && last - m <= 2
                && toks[m..=last].iter().all(is_name_word)
        })
    {
        boundary = m;
        titled = true;
    }
    if boundary > last {
        return Run {
            core: None,
            gender,
            by_first_name: false,
            person: false,
            org: true,
        };
    }
    let mut cend = last;
    // `Meg Hillier MP`: a post-nominal is no part of the name.
    if last > boundary
        && toks[last].span.len() <= 3
        && matches!(
            toks[last].low(lw),
            "mp" | "mep" | "msp" | "mla" | "qc" | "kc"
        )
    {
        cend = last - 1;
    }
    let hint = first_name(toks[boundary].class);
    if let Some(of) = (boundary + 1..=last).find(|&m| toks[m].low_is(lw, "of"))
        && (titled || hint.is_some() || of - boundary >= 2)
    {
        cend = of - 1;
    }
    let by_first_name = gender == Gender::Unknown && hint.is_some();
    if gender == Gender::Unknown {
        gender = match hint {
            Some(true) => Gender::Male,
            Some(false) => Gender::Female,
            None => Gender::Unknown,
        };
    }
    let core = &toks[boundary..=cend];
    let orgish = core.iter().any(|t| t.is(ORG) || t.low_is(lw, "of"));
    // Asked last: most runs are one word that is no first name and has
    // no title, which the tests before it already tell is no person, and
    // this one reads the word's chars.
    let acronym = || {
        core.len() == 1 && core[0].span.len() > 1 && {
            let w = core[0].low(lw);
            w.chars().all(|c| !c.is_alphabetic()) || w.contains('.')
        }
    };
    // `Prime Minister`, `Foreign Secretary`: titles alone name nobody
    // (the run is the role, as written).
    let titles_only = titled && core.len() == 1 && core[0].is(TITLES);
    let person = !orgish
        && !titles_only
        && (hint.is_some()
            || (titled && core.len() <= 4)
            || (core.len() >= 2 && core.len() <= 4 && !core[0].is(NOT_FIRST)))
        && !acronym();
    Run {
        core: Some((boundary, cend)),
        gender,
        by_first_name,
        person,
        org: orgish,
    }
}

fn tok_text(text: &str, toks: &[Tok], a: usize, b: usize) -> (String, Span) {
    let (raw, span, _) = tok_str(text, toks, a, b);
    (raw.into_owned(), span)
}

/// The words of a plain name (ASCII, one space between words): how many,
/// and where the last one starts (a byte offset in the name).
type Words = (usize, usize);

/// [`tok_text`], borrowed from `text` when it needs no white space
/// normalised; for such a plain name also its [`Words`].
fn tok_str<'t>(
    text: &'t str,
    toks: &[Tok],
    a: usize,
    b: usize,
) -> (Cow<'t, str>, Span, Option<Words>) {
    let span = Span::new(toks[a].span.start, toks[b].span.end);
    let raw = span.slice(text);
    // Normalise internal white space (hard-wrapped lines); most names have
    // single spaces only and are copied as they are.
    if let Some(words) = plain_words(text, toks, a, b).filter(|_| raw.is_ascii()) {
        return (Cow::Borrowed(raw), span, Some(words));
    }
    (
        Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" ")),
        span,
        None,
    )
}

/// The [`Words`] of the name over tokens `a..=b`, if no gap between two of
/// its tokens is other white space than one space (its bytes may still be
/// non-ASCII). A token holds no white space, so only the gaps need a look:
/// one test per token where a test per byte was.
fn plain_words(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<Words> {
    let start = toks[a].span.start;
    let mut words = 1;
    let mut last = 0;
    for k in a..b {
        let (end, next) = (toks[k].span.end, toks[k + 1].span.start);
        match next.checked_sub(end)? {
            0 => {}
            1 if text.as_bytes().get(end) == Some(&b' ') => {
                words += 1;
                last = next - start;
            }
            _ => return None,
        }
    }
    Some((words, last))
}

/// The name over tokens `a..=b` as [`tok_text`] gives it, that name
/// lower-cased, its span, and its [`Words`] if it is plain. Both borrowed
/// when the name is plain ASCII (its lower-case form is then the same bytes
/// of `lowered`, the text with its ASCII letters lower-cased).
fn name_at<'t>(
    text: &'t str,
    lowered: &'t str,
    toks: &[Tok],
    a: usize,
    b: usize,
) -> (Cow<'t, str>, Cow<'t, str>, Span, Option<Words>) {
    let (raw, span, words) = tok_str(text, toks, a, b);
    // `tok_str` borrows only a plain ASCII name: no need to test it again.
    let low = match &raw {
        Cow::Borrowed(r) => match lowered.get(span.start..span.end) {
            Some(l) => Cow::Borrowed(l),
            None => Cow::Owned(r.to_lowercase()),
        },
        _ => Cow::Owned(raw.to_lowercase()),
    };
    (raw, low, span, words)
}

/// [`parts_last`] of `low`, from its [`Words`] when known (ASCII
/// lower-casing keeps every byte where it is).
fn parts_of(low: &str, words: Option<Words>) -> (usize, Option<&str>) {
    match words.and_then(|(n, last)| Some((n, low.get(last..)?))) {
        Some((n, last)) => (n, Some(last)),
        None => parts_last(low),
    }
}

/// Maps name parts to the fullest person name the text uses.
#[derive(Debug, Default, Clone)]
pub struct NameIndex {
    /// Last name part -> (fullest name, it lower-cased, its token count).
    by_part: FxMap<String, (String, String, usize)>,
    /// First name part -> (fullest name, it lower-cased, its token count),
    /// or `None` once two names open with it: the one name a text gives a
    /// person by their first word (`Xi` for Xi Jinping, whose family name
    /// comes first; `Sir Keir`; `Peter` for Peter Williams).
    by_first: FxMap<String, Option<(String, String, usize)>>,
    /// Name lower-cased -> (known as a person, its gender if known): one
    /// lookup tells both.
    info: FxMap<String, (bool, Gender)>,
}

impl NameIndex {
    /// An empty index with room for the names of `runs` person runs: each
    /// adds at most one name and two name parts, and a map that grows
    /// rehashes every key it holds at each doubling.
    pub(crate) fn with_capacity(runs: usize) -> Self {
        NameIndex {
            by_part: FxMap::with_capacity_and_hasher(runs * 2, Default::default()),
            by_first: FxMap::with_capacity_and_hasher(runs, Default::default()),
            info: FxMap::with_capacity_and_hasher(runs, Default::default()),
        }
    }

    /// Index every person name in the non-heading `sentences`.
    pub fn build(text: &str, sentences: &[Sentence]) -> Self {
        let mut ix = NameIndex::default();
        let lowered = text.to_ascii_lowercase();
        for s in sentences.iter().filter(|s| !s.heading) {
            let mut lows = Lows::default();
            let toks = tokenize(text, &lowered, s.span, &mut lows);
            let lw = Lower::new(&lowered, &lows);
            ix.add_runs(text, &lowered, &toks, &parsed_runs(&toks, lw));
        }
        ix
    }

    /// Index the person names among `runs` (of `toks`).
    pub(crate) fn add_runs(&mut self, text: &str, lowered: &str, toks: &[Tok], runs: &[ParsedRun]) {
        for (_, _, r) in runs {
            if let (Some((c0, c1)), true) = (r.core, r.person) {
                let (name, low, _, words) = name_at(text, lowered, toks, c0, c1);
                self.add(&name, &low, words, c1 + 1 - c0, r.gender);
            }
        }
    }

    /// Index `name` (`low` lower-cased, with its [`Words`] if plain).
    fn add(&mut self, name: &str, low: &str, words: Option<Words>, ntoks: usize, gender: Gender) {
        match self.info.get_mut(low) {
            Some(e) => {
                e.0 = true;
                if e.1 == Gender::Unknown {
                    e.1 = gender;
                }
            }
            None => {
                self.info.insert(low.to_string(), (true, gender));
            }
        }
        if ntoks < 2 {
            return;
        }
        let Some(last) = parts_of(low, words).1 else {
            return;
        };
        // (Only a name of capitalised words: not `Ramadan for Muslims`.)
        let capitalised = || {
            name.split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        // (The map is looked in first: most runs name someone already in
        // it, and the test of the name's words is then not needed.)
        if let Some(first) = first_word(low).filter(|f| f.len() < low.len()) {
            match self.by_first.get_mut(first) {
                Some(Some(e)) => {
                    if e.1.starts_with(low) || low.starts_with(e.1.as_str()) {
                        if e.2 < ntoks && capitalised() {
                            *e = (name.to_string(), low.to_string(), ntoks);
                        }
                    } else if capitalised() {
                        self.by_first.insert(first.to_string(), None);
                    }
                }
                Some(None) => {}
                None if !capitalised() => {}
                None => {
                    self.by_first.insert(
                        first.to_string(),
                        Some((name.to_string(), low.to_string(), ntoks)),
                    );
                }
            }
        }
        let stripped = ["al-", "el-"].iter().find_map(|p| last.strip_prefix(p));
        for key in std::iter::once(last).chain(stripped) {
            match self.by_part.get_mut(key) {
                Some(e) => {
                    if e.2 < ntoks {
                        *e = (name.to_string(), low.to_string(), ntoks);
                    }
                }
                None => {
                    self.by_part
                        .insert(key.to_string(), (name.to_string(), low.to_string(), ntoks));
                }
            }
        }
    }

    /// The fuller form the text uses of a name given lower-cased, and
    /// that form lower-cased.
    fn fuller(&self, low: &str) -> Option<(&String, &str)> {
        self.fuller_parts(low, parts_last(low))
    }

    /// [`NameIndex::fuller`], given `low`'s [`parts_last`].
    fn fuller_parts(
        &self,
        low: &str,
        (parts, last): (usize, Option<&str>),
    ) -> Option<(&String, &str)> {
        let last = last?;
        if let Some((full, full_low, n)) = self.by_part.get(last)
            && *n >= parts
            && full_low.ends_with(low)
        {
            return Some((full, full_low.as_str()));
        }
        // One word that opens the one name the text gives with it, a
        // person's whose sex the text or the first name tells (not `Mercer`
        // for a `Mercer Quality` of Living survey).
        match self.by_first.get(low) {
            Some(Some((full, full_low, _)))
                if parts == 1 && self.gender_low(full_low) != Gender::Unknown =>
            {
                Some((full, full_low.as_str()))
            }
            _ => None,
        }
    }

    /// The fullest form of `name` (itself if the text has no fuller one).
    pub fn resolve(&self, name: &str) -> String {
        self.resolve_low(name).0
    }

    /// The fullest form of `name`, and that form lower-cased.
    fn resolve_low(&self, name: &str) -> (String, String) {
        let low = name.to_lowercase();
        if let Some((full, full_low)) = self.fuller(&low) {
            return (full.clone(), full_low.to_string());
        }
        (name.to_string(), low)
    }

    /// Whether `name` (resolved) is known as a person.
    pub fn is_person(&self, name: &str) -> bool {
        self.person_low(&name.to_lowercase())
    }

    /// Whether a name given lower-cased is known as a person.
    fn person_low(&self, low: &str) -> bool {
        self.info.get(low).is_some_and(|e| e.0)
    }

    pub fn gender(&self, name: &str) -> Gender {
        self.gender_low(&name.to_lowercase())
    }

    /// The gender of a name given lower-cased.
    fn gender_low(&self, low: &str) -> Gender {
        self.gender_known(self.info.get(low).map_or(Gender::Unknown, |e| e.1), low)
    }

    /// `known` (the gender noted for `low`, a name lower-cased) if known,
    /// else the gender its first name tells.
    fn gender_known(&self, known: Gender, low: &str) -> Gender {
        self.gender_first(known, || first_word(low).map_or(0, classes_of))
    }

    /// [`NameIndex::gender_known`], given the tables of the name's first
    /// word (asked for only when `known` is not known).
    fn gender_first(&self, known: Gender, first: impl FnOnce() -> u32) -> Gender {
        if known != Gender::Unknown {
            return known;
        }
        match first_name(first()) {
            Some(true) => Gender::Male,
            Some(false) => Gender::Female,
            None => Gender::Unknown,
        }
    }

    pub(crate) fn note_gender(&mut self, name: &str, g: Gender) {
        if g != Gender::Unknown {
            let low = name.to_lowercase();
            match self.info.get_mut(&low) {
                Some(e) => {
                    if e.1 == Gender::Unknown {
                        e.1 = g;
                    }
                }
                None => {
                    self.info.insert(low, (false, g));
                }
            }
        }
    }
}

/// How many white-space separated words `s` has, and its last one.
fn parts_last(s: &str) -> (usize, Option<&str>) {
    // One pass over the bytes while they are ASCII (white space as
    // `split_ascii_whitespace` has it, which is `split_whitespace`'s for
    // ASCII without a vertical tab).
    let b = s.as_bytes();
    let mut n = 0;
    let mut start = 0;
    let mut end = 0;
    let mut in_word = false;
    let mut ascii = true;
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii() || c == 0x0B {
            ascii = false;
            break;
        }
        if c.is_ascii_whitespace() {
            if in_word {
                end = i;
                in_word = false;
            }
        } else if !in_word {
            in_word = true;
            n += 1;
            start = i;
        }
    }
    if ascii {
        if in_word {
            end = b.len();
        }
        return (n, (n > 0).then(|| &s[start..end]));
    }
    (
        s.split_whitespace().count(),
        s.split_whitespace().next_back(),
    )
}

/// The first white-space separated word of `s`.
fn first_word(s: &str) -> Option<&str> {
    // Bytes up to the end of the first word, while they are ASCII (the
    // common case): white space is then ASCII white space or a vertical
    // tab; the rest of `s` does not matter.
    let b = s.as_bytes();
    let space = |c: u8| c.is_ascii_whitespace() || c == 0x0B;
    let mut i = 0;
    while i < b.len() && b[i].is_ascii() && space(b[i]) {
        i += 1;
    }
    let start = i;
    while i < b.len() && b[i].is_ascii() && !space(b[i]) {
        i += 1;
    }
    match b.get(i) {
        Some(c) if !c.is_ascii() => s.split_whitespace().next(),
        _ => (i > start).then(|| &s[start..i]),
    }
}

/// Every name mentioned in the non-heading `sentences`, resolved.
pub fn find_names(text: &str, sentences: &[Sentence]) -> Vec<NameMention> {
    let ix = NameIndex::build(text, sentences);
    let mut out = Vec::new();
    let lowered = text.to_ascii_lowercase();
    for s in sentences.iter().filter(|s| !s.heading) {
        let mut lows = Lows::default();
        let toks = tokenize(text, &lowered, s.span, &mut lows);
        let lw = Lower::new(&lowered, &lows);
        for (a, b) in runs(&toks, lw) {
            if let Some(m) = mention(text, lw, &toks, a, b, &ix) {
                out.push(m);
            }
        }
    }
    out
}

/// Resolve the run `a..=b` to a mention.
pub(crate) fn mention(
    text: &str,
    lw: Lower,
    toks: &[Tok],
    a: usize,
    b: usize,
    ix: &NameIndex,
) -> Option<NameMention> {
    mention_of(text, lw, toks, &parse_run(toks, lw, a, b), ix)
}

/// [`mention`] of a run already parsed.
fn mention_of(text: &str, lw: Lower, toks: &[Tok], r: &Run, ix: &NameIndex) -> Option<NameMention> {
    let (span, name, person, gender) = mention_parts(text, lw, toks, r, ix)?;
    Some(NameMention {
        span,
        name: name.into_owned(),
        person,
        gender,
    })
}

/// [`mention_of`]'s span, name, whether a person, and gender; the name
/// borrowed from the text when it is as written there (most are: no
/// string is made for them).
fn mention_parts<'t>(
    text: &'t str,
    lw: Lower<'t>,
    toks: &[Tok],
    r: &Run,
    ix: &NameIndex,
) -> Option<(Span, Cow<'t, str>, bool, Gender)> {
    let (c0, c1) = r.core?;
    let (raw, low, span, words) = name_at(text, lw.lowered, toks, c0, c1);
    // The tables of the name's first word, from its token when the name is
    // as written (not a fuller form) and that word is one token.
    let first_tok = words.and_then(|_| first_word_tok(toks, c0, c1));
    let (name, low, first_tok, fuller) = match ix.fuller_parts(&low, parts_of(&low, words)) {
        Some((full, full_low)) => (Cow::Owned(full.clone()), full_low, None, true),
        None => (raw, &*low, first_tok, false),
    };
    let known = ix.info.get(low).copied();
    let person = r.person || known.is_some_and(|e| e.0);
    // (A word that is a first name tells nothing of a fuller name it is
    // part of: `Omar said` after `Ilhan Omar` is hers, a woman's. The fuller
    // name's own first name, or what the text said of it, tells.)
    let gender = if r.gender != Gender::Unknown && !(fuller && r.by_first_name) {
        r.gender
    } else {
        ix.gender_first(known.map_or(Gender::Unknown, |e| e.1), || {
            first_tok.map_or_else(|| first_word(low).map_or(0, classes_of), |t| t.class)
        })
    };
    Some((span, name, person, gender))
}

/// The token that is all of the first word of the plain name over tokens
/// `a..=b`: `toks[a]` when no other token joins it. Its tables are then
/// those of the name's first word lower-cased (a plain name is ASCII, and a
/// token's tables are those of its lower-case form).
fn first_word_tok(toks: &[Tok], a: usize, b: usize) -> Option<&Tok> {
    let t = toks.get(a)?;
    (a == b || toks.get(a + 1)?.span.start > t.span.end).then_some(t)
}

/// A discourse entity seen recently.
#[derive(Debug, Clone)]
pub(crate) struct Ment<'t> {
    /// Where it is mentioned.
    pub span: Span,
    /// The name, borrowed from the text when it is as written there.
    pub name: Cow<'t, str>,
    pub person: bool,
    pub gender: Gender,
    pub subject: bool,
    /// A verb follows (`Haggerty had`, `Cockrell said`): the name acts, as
    /// a person would; a lone capitalised word (`Worst part`) does not.
    pub agent: bool,
    /// A body, group or thing (`The ministry`, `the Taliban`, `Ministry of
    /// Defence`): whatever it does, `he` or `she` never stands for it.
    pub thing: bool,
    /// A name of unknown kind that acts as a person would: the subject of
    /// a verb in the singular, opening a clause after punctuation (`Job
    /// satisfaction: Lewis finds ...`). Not a sentence's first word, which
    /// is capitalised whatever it is (`Attitudes have changed`, `Multiple
    /// operations followed`), unless a verb of thought follows it
    /// (`Kalinowski expects`, see `thought_verb`), nor a subject after
    /// `while` or `when`, which is often a thing (`while Facebook reduces
    /// life satisfaction`).
    pub acts: bool,
    /// A name an answer to a label opens with as its topic (`Worst part
    /// of the job: For Paudel, it’s ...`): whose view the answer gives,
    /// so a person's, though no verb follows it. Only when no known
    /// person fits does a `he` or `she` take it ([`Tracker::resolve`]): a
    /// body can be a topic too (`Verdict: For Apple, a good year`).
    pub topic: bool,
}

/// Whether `t` is a noun that names a group in the plural (`officials`,
/// `critics`, `police`): never what a `he` or `she` stands for.
pub(crate) fn plural_group(t: &Tok, lw: Lower) -> bool {
    t.word() && t.is(GROUP_NOUNS) && {
        let low = t.low(lw);
        (low.ends_with('s') && !low.ends_with("ss")) || low == "police"
    }
}

/// The antecedent of a pronoun: the description when it comes after the
/// name (the nearer of the two), else the name, else the description.
fn nearer(named: Option<&Ment<'_>>, desc: Option<&Desc<'_>>) -> Option<String> {
    match (named, desc) {
        (Some(m), Some(d)) if d.span.start > m.span.start => Some(d.name.to_string()),
        (Some(m), _) => Some(m.name.to_string()),
        (None, d) => d.map(|d| d.name.to_string()),
    }
}

/// Recent mentions, for pronoun resolution.
#[derive(Debug, Default)]
pub(crate) struct Tracker<'t> {
    recent: Vec<Ment<'t>>,
    /// The descriptions that open the previous sentence and this one as
    /// their subject (`A police officer who was first on the scene
    /// described ...`, `The company cut 500 jobs`), in that order. A
    /// description is no name, so it is not among `recent`: it is looked
    /// at by [`Tracker::resolve`] only this near, where a reader still has
    /// it in mind, and only when it is nearer than any name that fits.
    descs: [Option<Desc<'t>>; 2],
    /// Where the previous sentence starts: an `it` looks no further back.
    prev_start: usize,
    /// Where this sentence starts.
    cur_start: usize,
    /// Where this sentence's paragraph starts.
    para_start: usize,
    /// The last body named as a speaker, and where.
    body: Option<(usize, String)>,
}

/// What a pronoun a description may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// A person (`a police officer`, `the suspect's mother`): `he` or
    /// `she`, as the role's sex allows.
    Person(Gender),
    /// People or a body in the plural (`Two officers`): `they`.
    Plural,
    /// A body (`The company`, `the ministry`): `it`.
    Body,
}

/// A description that stands as its sentence's subject: where, the
/// speaker it names (as written, or the person the text resolves it to)
/// and what pronoun it fits.
#[derive(Debug, Clone)]
pub(crate) struct Desc<'t> {
    pub span: Span,
    pub name: Cow<'t, str>,
    pub fit: Fit,
    /// Where a pronoun of its own sentence may start to stand for it: past
    /// the opening of a quote after it (`And then an Egyptian education
    /// official raised his hand ...: “...,” he said`). Before any, the
    /// pronoun's cue reports the clause the description opens, so it is
    /// somebody else's (`A friend died at sea months before, he said`).
    /// A pronoun of the next sentence may stand for it wherever it is.
    pub from: usize,
}

impl Fit {
    fn takes(self, pron: &str) -> bool {
        match self {
            Fit::Person(g) => match pron {
                "he" | "him" | "his" => g != Gender::Female,
                "she" | "her" => g != Gender::Male,
                _ => false,
            },
            Fit::Plural => pron == "they",
            Fit::Body => pron == "it",
        }
    }
}

const KEEP: usize = 16;

impl Tracker<'_> {
    /// An empty tracker, with room for all it keeps.
    pub fn new() -> Self {
        Tracker {
            recent: Vec::with_capacity(KEEP * 2),
            descs: [None, None],
            body: None,
            prev_start: 0,
            cur_start: 0,
            para_start: 0,
        }
    }
}

/// How many mentions nearer a subject counts in pronoun resolution.
const SUBJECT_REACH: usize = 6;
/// How many mentions nearer a known matching gender counts.
const GENDER_REACH: usize = 6;

impl<'t> Tracker<'t> {
    pub fn push(&mut self, m: Ment<'t>) {
        if self.recent.len() >= KEEP * 2 {
            self.recent.drain(..KEEP);
        }
        self.recent.push(m);
    }

    /// A new sentence starts at `start`, in a paragraph that starts at
    /// `para`, opened by the description `desc` as its subject, if any:
    /// the description of the sentence before is still near, any older one
    /// no more.
    pub fn next_sentence(&mut self, start: usize, para: usize, desc: Option<Desc<'t>>) {
        let [prev, cur] = &mut self.descs;
        *prev = cur.take();
        *cur = desc;
        self.prev_start = self.cur_start;
        self.cur_start = start;
        self.para_start = para;
    }

    /// Whether `name` is a description near ([`Desc`]): a test of two
    /// names at most, asked before whether the index knows it as a
    /// person's (a lookup of its lower-cased form).
    pub fn has_desc(&self, name: &str) -> bool {
        self.descs.iter().flatten().any(|d| d.name == name)
    }

    /// A pronoun at `span` was just resolved to `name`: when that is a
    /// description near ([`Desc`]), the pronoun is one more mention of it,
    /// kept near as this sentence's (`“...,” he said. “...,” he added.`)
    /// and not made a name the tracker keeps: a description reaches no
    /// further than the sentence after its last mention, so that a `he`
    /// paragraphs on is not taken for `The author` over the author named
    /// since. Whether it was one.
    pub fn renew_desc(&mut self, name: &str, span: Span) -> bool {
        let Some(d) = self.descs.iter().flatten().find(|d| d.name == name) else {
            return false;
        };
        let renewed = Desc {
            span,
            name: d.name.clone(),
            fit: d.fit,
            from: span.start,
        };
        self.descs[1] = Some(renewed);
        true
    }

    /// The nearest description before `pos` (of this sentence or the one
    /// before) that `pron` may stand for.
    fn near_desc(&self, pron: &str, pos: usize) -> Option<&Desc<'t>> {
        let [prev, cur] = &self.descs;
        let cur = cur.as_ref().filter(|d| d.from < pos);
        cur.into_iter()
            .chain(prev)
            .find(|d| d.span.start < pos && d.fit.takes(pron))
    }

    /// What `it` stands for: a body or a name of no known kind (not a
    /// person's, not in the plural) standing as a subject, in this
    /// sentence before the pronoun or the one before (`Boeing issued a
    /// statement late on Tuesday. “...,” it read.`), else a description
    /// of a body as near ([`Desc`]: `The company cut 500 jobs. “...,” it
    /// said`), the nearer of the two. No further back: a body two
    /// paragraphs up (`Apple`) is no `it` of the ministry just named, and
    /// an `it` found nowhere near stays unresolved.
    fn resolve_it(&self, local: &[(usize, Ment)], pos: usize) -> Option<String> {
        let named = local
            .iter()
            .map(|(_, m)| m)
            .rev()
            .chain(self.recent.iter().rev())
            .take_while(|m| m.span.start >= self.prev_start)
            .find(|m| {
                let last = m.name.rsplit(' ').next().unwrap_or_default();
                // (`Officials`, `Police`: a group, `they`.)
                let plural = (last.len() > 3
                    && last.ends_with('s')
                    && !last.ends_with("ss")
                    && !last.ends_with("us"))
                    || last.eq_ignore_ascii_case("police");
                m.subject
                    && !m.person
                    && m.gender == Gender::Unknown
                    && (m.thing || m.agent)
                    && !plural
            });
        nearer(named, self.near_desc("it", pos))
    }

    /// A body just named as a speaker (`Greater Manchester Police said
    /// ...`), at byte `pos`: what `the force` or `the company` after it
    /// may stand for ([`Tracker::recent_body`]).
    pub fn note_body(&mut self, pos: usize, name: &str) {
        self.body = Some((pos, name.to_string()));
    }

    /// The body named as a speaker in this sentence or the one before
    /// ([`Tracker::note_body`]), if any: what `the force` stands for in
    /// `Greater Manchester Police said ... The force said`.
    pub fn recent_body(&self) -> Option<&str> {
        self.body
            .as_ref()
            .filter(|(pos, _)| *pos >= self.prev_start)
            .map(|(_, n)| n.as_str())
    }

    /// The one person mentioned among the last [`SUBJECT_REACH`]
    /// mentions of `local` (this sentence, before the phrase asked about)
    /// then the tracker: whom a bare description (`the scientist said`)
    /// stands for. None when no person, or two, are mentioned there.
    pub fn recent_person<'a>(&'a self, local: &'a [(usize, Ment)]) -> Option<&'a Ment<'a>> {
        self.one_person(local, SUBJECT_REACH)
    }

    /// The one person among all the mentions the tracker keeps (up to
    /// twice [`KEEP`]) and `local`, however far back: whom a description
    /// tied to a name (`the University of Warsaw biologist`) stands for
    /// when the text, for paragraphs, has spoken of nobody else. None when
    /// no person, or two, are mentioned there. Asked only for such a
    /// description: a walk of a few dozen mentions.
    pub fn only_person<'a>(&'a self, local: &'a [(usize, Ment)]) -> Option<&'a Ment<'a>> {
        self.one_person(local, usize::MAX)
    }

    /// The one person among the last `reach` mentions of `local` then the
    /// tracker, if only one is mentioned there.
    fn one_person<'a>(&'a self, local: &'a [(usize, Ment)], reach: usize) -> Option<&'a Ment<'a>> {
        let mut people = local
            .iter()
            .map(|(_, m)| m)
            .rev()
            .chain(self.recent.iter().rev())
            .take(reach)
            .filter(|m| m.person && !m.thing);
        let one = people.next()?;
        people.all(|m| m.name == one.name).then_some(one)
    }

    /// Resolve `pron` (at byte `pos`) against `local` (this sentence,
    /// before the pronoun) then the tracker; a description near it
    /// ([`Desc`]) that it fits is its antecedent when it comes after the
    /// name that would be (`A police officer who was first on the scene
    /// described what he found. “...,” he said.`: the officer, not a man
    /// named paragraphs up), and never wins over a name nearer but one
    /// that is no subject in the sentence the description opens (`But the
    /// astronaut demurred when asked about Donald Trump and Bernie Sanders.
    /// “...,” he said`: the astronaut).
    pub fn resolve(&self, pron: &str, local: &[(usize, Ment)], pos: usize) -> Option<String> {
        if pron == "it" {
            return self.resolve_it(local, pos);
        }
        let desc = self.near_desc(pron, pos);
        let named = self.resolve_named(pron, local).filter(|m| {
            !desc.is_some_and(|d| {
                // (The description's sentence: this one, or the one before,
                // which ends where this one starts.)
                let end = if d.span.start >= self.cur_start {
                    usize::MAX
                } else {
                    self.cur_start
                };
                !m.subject && m.span.start > d.span.start && m.span.start < end
            })
        });
        nearer(named, desc)
    }

    /// The name `pron` stands for among `local` then the tracker.
    fn resolve_named<'a>(&'a self, pron: &str, local: &'a [(usize, Ment)]) -> Option<&'a Ment<'a>> {
        let want: fn(&Ment) -> bool = match pron {
            // a name that acts as a subject (`Ball, who ..., said`) may be
            // a person the text never calls one
            "he" | "him" | "his" => |m| {
                (m.person || (m.agent && m.subject && m.gender == Gender::Unknown && !m.thing))
                    && m.gender != Gender::Female
            },
            "she" | "her" => |m| {
                (m.person || (m.agent && m.subject && m.gender == Gender::Unknown && !m.thing))
                    && m.gender != Gender::Male
            },
            // (A body, a group, a name that acts, or people named in the
            // plural, `Children play`: not a lone capital no verb follows,
            // which opens its sentence whatever it is, `Animal
            // protein-rich food consumes ...`, nor a place named on the
            // way, `arrived in Rio`.)
            "they" => |m| !m.person && (m.thing || m.agent || plural_name(&m.name)),
            _ => return None,
        };
        let exact = Gender::of_pronoun(pron);
        // The mentions of this sentence and the one before, nearest first
        // (or of this paragraph: `start`).
        let since_all = |start: usize| {
            local.iter().map(|(_, m)| m).rev().chain(
                self.recent
                    .iter()
                    .rev()
                    .take_while(move |m| m.span.start >= start),
            )
        };
        // A name whose sex is unknown, that a pronoun of the other sex in
        // this sentence or the one before stood for, does not fit (`Tomasz
        // Wiśniak uncovered the body. Ten days later, he returned with Lin
        // Foxhall ... “...,” she recalled`: Foxhall). Only this near: a
        // pronoun's antecedent is itself a guess, so what it tells of the
        // sex is not kept for the name.
        let fits = |m: &Ment| {
            want(m)
                && !(exact != Gender::Unknown
                    && m.gender == Gender::Unknown
                    && since_all(self.prev_start).any(|o| {
                        o.gender != Gender::Unknown && o.gender != exact && o.name == m.name
                    }))
        };
        // Those that fit.
        let since = |start: usize| since_all(start).filter(|m| fits(m));
        let told = |m: &&Ment| exact != Gender::Unknown && m.gender == exact;
        // Whom the text is about just now, the subject of this sentence
        // or the one before, is whom its `he` or `she` goes on with
        // (`Obama met Putin. He said`: Obama), a subject of the pronoun's
        // sex first; one whose sex the text does not tell only when this
        // paragraph names nobody of the pronoun's sex before it (`David
        // Gill said: “...” / Coach Toralf Meulensteen revealed how the
        // news broke. “...,” he said.`: Meulensteen, not the man quoted
        // a paragraph before; but `Chidi Okeke runs a stall next to
        // Fatima Bello. “...,” she said`: Bello), and known as a person
        // (not a body that acts: `Unilever said profits fell. “...,” he
        // said` after its chief executive was named). Else the weighing
        // below.
        if let Some(m) = since(self.prev_start)
            .find(|m| m.subject && told(m))
            .or_else(|| {
                since(self.prev_start)
                    .find(|m| m.subject && m.person)
                    .filter(|_| !since(self.para_start).any(|m| told(&m)))
            })
        {
            return Some(m);
        }
        // The nearest fitting mention, where a subject counts as
        // [`SUBJECT_REACH`] mentions nearer and a known matching gender as
        // [`GENDER_REACH`]: a subject or a `she` by name far back does not
        // win over the person just named (`For Danae Ringelmann, ... “...”,
        // she says`).
        let best = local
            .iter()
            .map(|(_, m)| m)
            .rev()
            .chain(self.recent.iter().rev())
            .enumerate()
            .filter(|(_, m)| fits(m))
            .map(|(distance, m)| {
                let bonus = if m.subject { SUBJECT_REACH } else { 0 }
                    + if exact != Gender::Unknown && m.gender == exact {
                        GENDER_REACH
                    } else {
                        0
                    };
                (distance as isize - bonus as isize, m)
            })
            .min_by_key(|&(cost, _)| cost);
        if let Some((_, m)) = best {
            return Some(m);
        }
        // No known person: a careful reader takes `he`/`she` for the last
        // name of unknown kind (`Frampton said ... he said`), subjects first,
        // or the topic a sentence opened with (`For Paudel, it’s ... But,
        // he admits, ...`).
        if exact != Gender::Unknown {
            for subj in [true, false] {
                let hit = local
                    .iter()
                    .map(|(_, m)| m)
                    .rev()
                    .chain(self.recent.iter().rev())
                    .find(|m| {
                        !m.person
                            && !m.thing
                            && (m.agent || m.topic)
                            && m.gender == Gender::Unknown
                            && (m.subject || !subj)
                    });
                if hit.is_some() {
                    return hit;
                }
            }
        }
        None
    }
}

/// Mentions of names in `toks` (outside `masked`), in order, with whether
/// each stands as a subject, appended to `out`.
pub(crate) fn sentence_mentions<'t>(
    text: &'t str,
    lw: Lower<'t>,
    toks: &[Tok],
    runs: &[ParsedRun],
    ix: &NameIndex,
    masked: &dyn Fn(Span) -> bool,
    out: &mut Vec<(usize, Ment<'t>)>,
) {
    // `Lost Love’s Douville, though, feels ...`, `Chelsea’s Frank Lampard
    // said`: a name and its possessive right before another name own it;
    // the name owned stands where the owner would, as the subject (the
    // token it starts at, and whether the owner stood as one).
    let mut owned: Option<(usize, bool)> = None;
    for &(a, b, ref r) in runs {
        if masked(toks[a].span) {
            continue;
        }
        let Some((span, name, person, gender)) = mention_parts(text, lw, toks, r, ix) else {
            continue;
        };
        // `Worst part of the job: For Paudel, it’s ...`: the topic, a name
        // between a `For` that opens the answer to a label (after a colon)
        // and a comma: whose view the answer gives. (A sentence that opens
        // `For Britain, ...` is as often about a country or a body.)
        let topic = a >= 2
            && toks[a - 1].low_is(lw, "for")
            && toks[a - 2].low_is(lw, ":")
            && toks.get(b + 1).is_some_and(|t| t.low_is(lw, ","));
        let opens = |t: &Tok| {
            matches!(t.low(lw), "," | ";" | ":" | "—" | "–" | "(") || is_quote_punct(t, lw)
        };
        // `Nor does Douville worry about noise`, `Neither did Smith`: the
        // subject after the auxiliary it changed places with. (Whether it
        // is a person the verb does not tell: `Nor did Boeing respond`.)
        let inverted = a >= 2
            && matches!(
                toks[a - 1].low(lw),
                "does" | "did" | "do" | "will" | "would"
            )
            && matches!(toks[a - 2].low(lw), "nor" | "neither");
        // So in a question: `Does Kelley agree?`, `So, what time does
        // Kelley start work?` (an auxiliary opening it, or a question word
        // up to three words before the auxiliary).
        let asked = || {
            a >= 1
                && toks.last().is_some_and(|t| t.low_is(lw, "?"))
                && matches!(
                    toks[a - 1].low(lw),
                    "does" | "did" | "do" | "will" | "would" | "can" | "could" | "should"
                )
                && (a == 1
                    || toks[(a - 1).saturating_sub(3)..a - 1].iter().any(|t| {
                        matches!(
                            t.low(lw),
                            "what" | "why" | "how" | "when" | "where" | "which"
                        )
                    }))
        };
        // A name after a comma that a name ends, with `and` or `or` and
        // another name after it, past a verb of the sentence (a few
        // dozen tokens looked at, at most).
        let listed = |a: usize, b: usize| {
            a >= 2
                && toks[a - 1].low_is(lw, ",")
                && is_name_word(&toks[a - 2])
                && toks
                    .get(b + 1)
                    .is_some_and(|t| t.low_is(lw, "and") || t.low_is(lw, "or"))
                && toks.get(b + 2).is_some_and(is_name_word)
                && toks[a.saturating_sub(40)..a - 1].iter().any(|t| {
                    !t.cap
                        && (verb_like(t, lw)
                            || (t.word() && t.span.len() > 4 && t.low(lw).ends_with("ed")))
                })
        };
        let subject = match a.checked_sub(1).map(|p| &toks[p]) {
            None => true,
            // (Not a name inside a list of names after the clause's verb,
            // `worked with Madonna, Bob Dylan and Luciano Pavarotti`: one
            // the verb's objects.)
            Some(t) if t.kind == Tk::Punct => opens(t) && !listed(a, b),
            // `The Bank of England held rates.`: a name after the article
            // that opens the sentence (after a comma, `Hugh Lane, the MP
            // for Bath,` is an apposition).
            // (Not a name that qualifies a noun: `The Ethiopian
            // government wants`.)
            Some(t) if t.low_is(lw, "the") => {
                // (Or after a conjunction: `..., but the Treasury
                // disagreed`.)
                (a == 1 || toks[a - 2].word() && toks[a - 2].is(SUBORD))
                    && !toks.get(b + 1).is_some_and(|n| people_noun(n, lw))
            }
            // `For Danae Ringelmann, ...`: the topic a sentence opens with
            Some(t) if a == 1 && t.low_is(lw, "for") => true,
            // `But his mate Henry Fischer, ...`, `The analyst Jo Smith
            // ...`: a name after the person noun that opens a clause.
            Some(t) if person_noun(t, lw) && a >= 2 && toks[a - 2].is(DETS) => {
                match a.checked_sub(3).map(|p| &toks[p]) {
                    None => true,
                    Some(c) if c.kind == Tk::Punct => matches!(c.low(lw), "," | ";" | ":" | "("),
                    Some(c) => a == 3 && opening_conjunction(c, lw),
                }
            }
            // `Opposition leader Judith Collins disagreed`, `Labour MP Jo
            // Cox said`: a name after the role that opens the sentence,
            // with nothing but capitalised words and determiners before
            // the role.
            Some(t)
                if (person_noun(t, lw) || (t.word() && t.is(TITLES)))
                    && (2..=5).contains(&a)
                    && toks[..a - 1]
                        .iter()
                        .all(|p| p.word() && (p.cap || p.is(DETS))) =>
            {
                true
            }
            _ if inverted || asked() => true,
            // `said Kelly`, `a scientist said Kelly embodied ...`: a name
            // after a verb of saying that takes no object is its subject,
            // or the subject of the clause it reports.
            Some(t) if matches!(t.low(lw), "said" | "says" | "added" | "adds") => true,
            // (The second of two names joined, `on Donald Trump and Bernie
            // Sanders`, is no subject unless a verb follows: below.)
            Some(t) => t.is(SUBORD),
        };
        let subject = match owned.take() {
            Some((at, was)) if at == a => was,
            _ => subject,
        };
        let owner = toks.get(b + 1).is_some_and(|t| t.kind == Tk::Poss)
            && toks.get(b + 2).is_some_and(is_name_word);
        if owner {
            owned = Some((b + 2, subject));
        }
        let subject = subject && !owner;
        // an acronym (`TV sales`) is a thing, not an agent
        let acronym = a == b && toks[a].low(lw).len() > 1 && {
            let w = toks[a].span.slice(text);
            w.chars().all(|c| !c.is_lowercase())
        };
        // A verb in the present (`Lewis finds`, `Smith works`) acts as
        // well as one in the past: a subject's name followed by a
        // lower-case word in `-s` (not `-ss`, `-us`, `-is`: `Lewis's`
        // is a possessive token, not a word).
        // A verb in the plural (`Attitudes have changed`, `Analysts
        // say`) makes the name no one person.
        let agent = !acronym
            && toks.get(b + 1).is_some_and(|t| {
                let low = t.low(lw);
                t.word()
                    && !t.cap
                    && !matches!(
                        low,
                        "have" | "are" | "were" | "do" | "say" | "tell" | "argue" | "think"
                    )
                    && (t.is(AUX)
                        || t.is(CUES)
                        || matches!(low, "is" | "was" | "will" | "would" | "finds" | "thinks")
                        || (low.len() > 4 && low.ends_with("ed"))
                        || thought_verb(low)
                        || (subject && a > 0 && present_verb(t, low)))
            });
        // `Zeina, a twenty-something student,`: a name in apposition to a
        // person noun is a person's.
        let person = person || apposition_role(toks, lw, b).is_some();
        // `Pushing his child’s buggy, electrical engineer Eivind Toreid is
        // more cautious`, `Overlooking the fields, biologist Aitor Galán,
        // who ...`: a name after a role that opens the clause after a
        // comma (up to two words in lower case before the role) is its
        // subject, when a verb or a relative `who` follows it (not `his
        // friend, engineer Eivind Toreid, on Monday`).
        let role_opened = || {
            let role = a.checked_sub(1).map(|p| &toks[p])?;
            if !(person_noun(role, lw) || (role.word() && !role.cap && role.is(TITLES))) {
                return None;
            }
            let mut p = a - 1;
            while p > 0 && a - p <= 3 {
                let w = &toks[p - 1];
                if w.low_is(lw, ",") {
                    return Some(());
                }
                if !w.word() || w.cap || w.class & (STOP.0 | PREP.0 | SUBORD.0 | DETS.0) != 0 {
                    return None;
                }
                p -= 1;
            }
            None
        };
        let who_after = || {
            toks.get(b + 1).is_some_and(|t| t.low_is(lw, ","))
                && toks.get(b + 2).is_some_and(|t| t.low_is(lw, "who"))
        };
        let subject = subject || (person && (agent || who_after()) && role_opened().is_some());
        // A name joined by `and` or `or` to a capitalised word before it,
        // with no verb after it, is the end of a longer name (`the
        // Transatlantic Trade and Investment Partnership (TTIP), he
        // said`), not the subject of a clause of its own.
        let subject = subject
            && (agent
                || a < 2
                || !matches!(toks[a - 1].low(lw), "and" | "or")
                || !(toks[a - 2].word() && toks[a - 2].cap));
        // A body or a thing: an organisation's name, or a name written
        // after `the` (`the Taliban`, `the Guardian`) that does not read as
        // a person's.
        // So is a group named by a plural noun, capitalised only as its
        // sentence's first word (`Officials told reporters`, `Critics
        // argue`): a `she` after it is never the group.
        let plural_group = b == a && plural_group(&toks[a], lw);
        let thing = !person
            && (r.org
                || acronym
                || plural_group
                || a.checked_sub(1)
                    .is_some_and(|p| toks[p].word() && toks[p].low_is(lw, "the")));
        out.push((
            toks[a].span.start,
            Ment {
                span,
                name,
                person,
                gender,
                subject,
                agent,
                thing,
                // (Or opening its sentence before a verb of thought:
                // `Kalinowski expects the decision next week.`)
                acts: agent
                    && !thing
                    && (match a.checked_sub(1) {
                        Some(p) => matches!(toks[p].low(lw), "," | ":" | ";" | "—" | "–" | "("),
                        None => toks.get(b + 1).is_some_and(|t| thought_verb(t.low(lw))),
                    }),
                topic: topic && !thing,
            },
        ));
    }
}

/// The role a name at tokens `..=b` is given in an apposition after it
/// that opens with an article (`Robert Mysłajek, a biologist at the
/// University of Warsaw,`, `Jane Smith, the Warsaw-based ecologist,`): the
/// last person noun ([`person_noun`]) before a preposition (other than
/// inside a name), a clause or punctuation, within ten tokens, that is
/// followed by one of these.
pub(crate) fn apposition_role<'t>(toks: &[Tok], lw: Lower<'t>, b: usize) -> Option<&'t str> {
    if !toks.get(b + 1).is_some_and(|t| t.low_is(lw, ","))
        || !toks.get(b + 2).is_some_and(|t| t.word() && t.is(DETS))
    {
        return None;
    }
    let mut role = None;
    let mut j = b + 3;
    while let Some(t) = toks.get(j).filter(|_| j < b + 13) {
        if t.word() && t.cap {
            // a name inside the apposition, with its connectors
            j += 1;
            while toks.get(j).is_some_and(|c| c.low_is(lw, "of"))
                && toks.get(j + 1).is_some_and(|n| n.word() && n.cap)
            {
                j += 2;
            }
            continue;
        }
        if !t.word() || t.is(PREP) || t.is(SUBORD) || t.low_is(lw, "who") {
            break;
        }
        // The head closes the noun phrase: punctuation, a preposition or
        // a clause next (`X, the astronaut himself predicted` is no
        // apposition).
        let closes = toks
            .get(j + 1)
            .is_none_or(|n| !n.word() || n.is(PREP) || n.is(SUBORD) || n.low_is(lw, "who"));
        if person_noun(t, lw) && closes {
            role = Some(t.low(lw));
        }
        j += 1;
    }
    role
}

/// Whether `low` is a verb of thought in the present singular that is no
/// plural noun as well (`expects`, `reckons`, `remembers`; not `hopes`,
/// `fears`, `doubts`: `Peace hopes fade`): only a person, or a body
/// speaking as one, expects or reckons, so a name before it acts even as
/// the first word of its sentence (`Kalinowski expects the decision next
/// week`), as one before a verb in the past does (`Kalinowski expected`).
fn thought_verb(low: &str) -> bool {
    matches!(
        low,
        "expects"
            | "reckons"
            | "remembers"
            | "intends"
            | "understands"
            | "prefers"
            | "recognises"
            | "recognizes"
            | "realises"
            | "realizes"
            | "assumes"
            | "imagines"
            | "supposes"
            | "anticipates"
            | "agrees"
            | "disagrees"
    )
}

/// Whether the lower-case word `low` (of the word token `t`) reads as a
/// verb in the present after its subject (`finds`, `takes`, `works`):
/// three letters or more before an `-s` that is no `-ss`, `-us`, `-is`
/// or `-ous` ending, and no word of the tables (a stop word, a preposition
/// or a group noun such as `officials` is no verb).
fn present_verb(t: &Tok, low: &str) -> bool {
    low.len() >= 4
        && low.ends_with('s')
        && !low.ends_with("ss")
        && !low.ends_with("us")
        && !low.ends_with("is")
        && t.class & (STOP.0 | PREP.0 | GROUP_NOUNS.0 | PERSON_NOUNS.0 | DETS.0) == 0
}

/// Whether a clause may open after the token `p`: punctuation, a
/// subordinating word (`because`, `when`) or an opening conjunction.
pub(crate) fn opens_clause_after(p: &Tok, lw: Lower) -> bool {
    p.kind == Tk::Punct || (p.word() && !p.cap && (p.is(SUBORD) || opening_conjunction(p, lw)))
}

/// Whether the token is a conjunction a sentence may open with before its
/// subject (`But his mate ...`, `And the minister ...`).
pub(crate) fn opening_conjunction(t: &Tok, lw: Lower) -> bool {
    t.word() && matches!(t.low(lw), "but" | "and" | "so" | "yet")
}

/// Whether the token is a lower-case noun for a person by trade, role or
/// relation ([`PERSON_NOUNS`], or a word in `-ologist`): the head of a
/// description that may stand for a speaker.
pub(crate) fn person_noun(t: &Tok, lw: Lower) -> bool {
    t.word() && !t.cap && (t.is(PERSON_NOUNS) || t.low(lw).ends_with("ologist"))
}

/// What a noun phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// A capitalised run (`first..=last` tokens).
    Name,
    Pronoun,
    /// A group or body in lower-case words (`Western powers`, `officials`).
    Group,
}

/// A noun phrase next to a cue.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Np {
    pub kind: NpKind,
    /// First and last token (inclusive) of the phrase.
    pub first: usize,
    pub last: usize,
    /// For names: the capitalised run inside the phrase.
    pub run: Option<(usize, usize)>,
}

impl Np {
    pub fn span(&self, toks: &[Tok]) -> Span {
        Span::new(toks[self.first].span.start, toks[self.last].span.end)
    }
}

/// An adverb in `-ly` (`reportedly`, `publicly`), told by its ending; a
/// noun on the tables that ends so (`family`, `ally`) is a subject or a
/// head, not an adverb to step over.
pub(crate) fn ly_adverb(t: &Tok, lw: Lower) -> bool {
    let low = t.low(lw);
    low.len() > 4 && low.ends_with("ly") && t.class & (GROUP_NOUNS.0 | PERSON_NOUNS.0) == 0
}

/// Whether the apostrophe at token `i` marks a plural possessive
/// (`General Motors’ chief executive`, `the workers' union`): it closes up
/// to a word in `-s` and a space follows, so that an apposition holding
/// one is read through rather than cut as if at a quotation mark.
fn plural_possessive(toks: &[Tok], lw: Lower, i: usize) -> bool {
    let (Some(q), Some(prev), Some(next)) = (
        toks.get(i),
        i.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(i + 1),
    ) else {
        return false;
    };
    matches!(q.low(lw), "'" | "’")
        && prev.word()
        && prev.span.end == q.span.start
        && prev.low(lw).ends_with('s')
        && next.word()
        && next.span.start > q.span.end
}

/// Whether the quote mark at token `k` is one of the pair that sets off a
/// nickname (`known as "the Squad," said`, `"Team Europe"`): one to four
/// words between the marks, each capitalised or `the`, the last
/// capitalised (and a comma after it, inside the marks). Such marks are no
/// quotation: a subject's search reads over them.
fn nickname_mark(toks: &[Tok], lw: Lower, k: usize) -> bool {
    let Some(q) = toks.get(k).filter(|t| is_quote_punct(t, lw)) else {
        return false;
    };
    let low = q.low(lw);
    let words = |a: usize, b: usize| {
        // (`a..b` the words, maybe a comma last.)
        let b = if b > a + 1 && toks[b - 1].low_is(lw, ",") {
            b - 1
        } else {
            b
        };
        b > a
            && b - a <= 4
            && is_name_word(&toks[b - 1])
            && toks[a..b]
                .iter()
                .all(|t| is_name_word(t) || t.low_is(lw, "the"))
    };
    let pair = |o: &Tok, c: &Tok| {
        let (o, c) = (o.low(lw), c.low(lw));
        matches!((o, c), ("\"", "\"") | ("“", "”") | ("‘", "’") | ("'", "'"))
    };
    // The closing mark: its opening one up to six tokens before.
    let closing = (k.saturating_sub(6)..k)
        .rev()
        .find(|&o| is_quote_punct(&toks[o], lw));
    if let Some(o) = closing
        && pair(&toks[o], q)
        && words(o + 1, k)
        && !matches!(low, "“" | "‘")
    {
        return true;
    }
    // The opening mark: its closing one up to six tokens after.
    let end = (k + 6).min(toks.len().saturating_sub(1));
    (k + 1..=end)
        .find(|&c| is_quote_punct(&toks[c], lw))
        .is_some_and(|c| pair(q, &toks[c]) && words(k + 1, c) && !matches!(low, "”" | "’"))
}

/// The subject of the cue at token `cue` (searching no further left than `lo`).
pub(crate) fn subject_before(toks: &[Tok], lw: Lower, cue: usize, lo: usize) -> Option<Np> {
    let nickname = cue > lo + 1 && nickname_mark(toks, lw, cue - 1);
    let np = subject_reading_back(toks, lw, cue, lo, nickname)?;
    let np = relative_host(toks, lw, np, cue, lo).unwrap_or(np);
    // A nickname in quotation marks right before the cue is read over as
    // part of a phrase that holds it (`Members of "the Squad" said`); on
    // its own it names a policy or a slogan as often as a speaker
    // (`Opponents of the so-called "Rwanda Plan" said`): no subject.
    if nickname {
        let open = (np.first..cue - 1)
            .rev()
            .find(|&k| is_quote_punct(&toks[k], lw));
        if open.is_none_or(|o| np.first > o) {
            return None;
        }
    }
    Some(np)
}

/// The most tokens from a relative `who` to the cue [`relative_host`] reads.
const RELATIVE_TOKENS: usize = 64;

/// The phrase that opens the clause at `lo` when the subject `np` read
/// back from the cue at `cue` stands inside a relative clause on that
/// phrase, whose `who` or `which` is that clause's subject and whose verb
/// is the only one before the cue: `The man who has worked with Madonna,
/// Bob Dylan and Luciano Pavarotti, said` is the man's word, not
/// Pavarotti's. Not `The man who Smith said ...` (the name is the
/// relative clause's subject), nor after another verb (`The man who
/// attacked Smith was arrested, police said`), nor a phrase set off
/// before the cue by a comma alone (`..., police said`). The relative
/// pronoun is looked for among the first few words of the clause only.
fn relative_host(toks: &[Tok], lw: Lower, np: Np, cue: usize, lo: usize) -> Option<Np> {
    if np.kind == NpKind::Pronoun {
        return None;
    }
    let w = (lo + 1..np.first.min(lo + 9)).find(|&k| {
        let t = &toks[k];
        t.word() && !t.cap && matches!(t.low(lw), "who" | "which")
    })?;
    // (A relative clause longer than any a sentence holds is none: the
    // words up to the cue are read once for each cue.)
    if cue > w + RELATIVE_TOKENS {
        return None;
    }
    let verb = toks.get(w + 1)?;
    if !verb.word() || verb.cap || verb.is(DETS) || is_pronoun(verb.low(lw)) {
        return None;
    }
    // (`..., police said`, `... and police said`: a clause of its own.)
    let before = &toks[np.first - 1];
    let tail = toks[np.last + 1..cue]
        .iter()
        .all(|t| t.word() && !t.cap && t.is(AUX));
    if tail
        && (before.low_is(lw, ",")
            || (np.kind != NpKind::Name && matches!(before.low(lw), "and" | "but")))
    {
        return None;
    }
    // The relative clause's verb group, then no verb up to the cue.
    let mut k = w + 1;
    while k < np.first && toks[k].word() && !toks[k].cap && (toks[k].is(AUX) || modal(&toks[k], lw))
    {
        k += 1;
    }
    let clause_verb = |t: &Tok| {
        t.word()
            && !t.cap
            && (verb_like(t, lw)
                || modal(t, lw)
                || matches!(t.low(lw), "that" | "who" | "which" | "whose"))
    };
    let stop = |t: &Tok| is_quote_punct(t, lw) || matches!(t.low(lw), ";" | ":" | "(" | ")");
    // (Adverbs of the cue's own, `also said`, are no verb.)
    if toks[k + 1..cue]
        .iter()
        .enumerate()
        .any(|(n, t)| stop(t) || (clause_verb(t) && !(k + 1 + n > np.last && t.is(AUX))))
    {
        return None;
    }
    let end = if toks[w - 1].low_is(lw, ",") {
        w - 1
    } else {
        w
    };
    np_core(toks, lw, end, lo)
        .filter(|h| h.first == lo && h.last + 1 == end && h.kind != NpKind::Pronoun)
}

/// Whether `t` is a word that makes a clause's verb group: an auxiliary
/// or a cue, or a form of `be` (not the `to` on its table).
fn verb_like(t: &Tok, lw: Lower) -> bool {
    t.word() && (t.class & (AUX.0 | CUES.0) != 0 || (t.is(PASSIVE) && !t.low_is(lw, "to")))
}

/// Whether `t` is a modal verb.
pub(crate) fn modal(t: &Tok, lw: Lower) -> bool {
    t.word()
        && matches!(
            t.low(lw),
            "will" | "would" | "can" | "could" | "may" | "might" | "shall" | "should" | "must"
        )
}

/// [`subject_before`] as read back from the cue; `nickname`: a
/// nickname's closing mark stands right before the cue, and is read over
/// (`Members of "the Squad" said`).
fn subject_reading_back(
    toks: &[Tok],
    lw: Lower,
    cue: usize,
    lo: usize,
    nickname: bool,
) -> Option<Np> {
    let mut j = cue;
    if nickname {
        j -= 1;
    }
    while j > lo {
        let t = &toks[j - 1];
        if t.word() && !t.cap && (t.is(AUX) || ly_adverb(t, lw)) {
            j -= 1;
        } else {
            break;
        }
    }
    if j <= lo {
        return None;
    }
    let t = &toks[j - 1];
    if t.kind == Tk::Poss || (t.word() && t.is(PASSIVE)) {
        return None;
    }
    if t.word() && is_pronoun(t.low(lw)) {
        return Some(Np {
            kind: NpKind::Pronoun,
            first: j - 1,
            last: j - 1,
            run: None,
        });
    }
    // (`the WHO said` is no relative clause.)
    if t.word() && !t.cap && matches!(t.low(lw), "who" | "which") {
        if j >= 2 && j - 2 >= lo && toks[j - 2].low_is(lw, ",") {
            return np_core(toks, lw, j - 2, lo);
        }
        return np_core(toks, lw, j - 1, lo);
    }
    if t.kind == Tk::Punct && t.low_is(lw, ",") {
        // Walk back over comma-set appositions and relative clauses (`Jez
        // Frampton, chief executive of Interbrand, which is part of
        // Omnicom, said`): a person's name among them is the speaker, else
        // the name that opens the chain; an employer or a capitalised word
        // inside an apposition is not.
        let mut c = j - 1;
        let mut first_p = None;
        // The name set off right before the cue, when it is one (`The
        // drugmaker, AstraZeneca, said`; `the MHRA`).
        let mut set_off_name = None;
        for hop in 0..5 {
            let mut p = c;
            let mut steps = 0;
            while p > lo && steps < 40 {
                let q = &toks[p - 1];
                if (q.low_is(lw, ",") && !thousands_comma(toks, lw, p - 1))
                    || (is_quote_punct(q, lw)
                        && !plural_possessive(toks, lw, p - 1)
                        && !nickname_mark(toks, lw, p - 1))
                    || matches!(q.low(lw), ";" | ":" | "(" | ")")
                {
                    break;
                }
                p -= 1;
                steps += 1;
            }
            if p >= c {
                break;
            }
            let seg = &toks[p..c];
            let all_name = seg
                .iter()
                .all(|t| is_name_word(t) || is_name_connector(t, lw))
                && is_name_word(&seg[0]);
            if all_name && parse_run(toks, lw, p, c - 1).person {
                return Some(Np {
                    kind: NpKind::Name,
                    first: p,
                    last: c - 1,
                    run: Some((p, c - 1)),
                });
            }
            if hop == 0 {
                first_p = Some(p);
                set_off_name = np_core(toks, lw, c, lo)
                    .filter(|np| np.first == p && np.kind == NpKind::Name)
                    .or_else(|| connected_name(toks, lw, p, c));
            }
            if p > lo && toks[p - 1].low_is(lw, ",") {
                c = p - 1;
                continue;
            }
            if hop > 0
                && all_name
                && let Some(np) = np_core(toks, lw, c, lo)
                && np.first == p
                && np.kind == NpKind::Name
            {
                return Some(np);
            }
            break;
        }
        // an apposition: the subject stands before it
        let p = first_p?;
        if p > lo && toks[p - 1].low_is(lw, ",") {
            // A body's name set off after a description of it that opens
            // the clause is the subject by name: `The drugmaker,
            // AstraZeneca, said`, `Its parent company, Alphabet, said`,
            // `The medicines regulator, the MHRA, said` (a person's name
            // was taken above).
            if let Some(name) = set_off_name
                && description_opens(toks, lw, p - 1, lo)
            {
                return Some(name);
            }
            // (`The defendant, who denies the charges, told the court`:
            // a description no table heads, its verb past the relative
            // clause or the phrase set off: not past a clause of its own,
            // `A new menu, improved coffee and wi-fi had given it appeal,
            // said ...`.)
            let set_off = || {
                let w = &toks[p];
                let relative = w.word() && matches!(w.low(lw), "who" | "which" | "whose");
                let phrase = w.word()
                    && !w.cap
                    && (w.is(PREP) || {
                        let low = w.low(lw);
                        low.len() > 4 && (low.ends_with("ed") || low.ends_with("ing"))
                    })
                    && !toks[p..j - 1].iter().any(|t| verb_like(t, lw));
                relative || phrase
            };
            // (A body's name that holds `of the` is read whole before its
            // relative clause too, `The International Committee of the Red
            // Cross, which runs the camp, said`; and a person's name that
            // the phrases hang on is the subject, `John Smith of the
            // University of Leeds, who led the study, said`.)
            let inner = np_core(toks, lw, p - 1, lo);
            let host = pp_host(toks, lw, p - 1, lo, inner).filter(|w| {
                let person = || w.run.is_some_and(|(a, b)| parse_run(toks, lw, a, b).person);
                w.kind == NpKind::Name
                    && inner.is_some_and(|i| w.first < i.first && (w.last == i.last || person()))
            });
            return host
                .or(inner)
                .or_else(|| set_off().then(|| plain_description_v(toks, lw, p - 1, lo, j))?);
        }
        return None;
    }
    let inner = np_core(toks, lw, j, lo);
    let np = pp_host(toks, lw, j, lo, inner).or(inner)?;
    // (A phrase that holds a nickname's opening mark holds its closing one:
    // `Members of "the Squad"`.)
    if j < cue
        && j == np.last + 1
        && toks[np.first..=np.last]
            .iter()
            .any(|t| is_quote_punct(t, lw))
    {
        return Some(Np { last: j, ..np });
    }
    Some(np)
}

/// The tokens `p..c` as one body's name with lower-case words joining its
/// capitalised ones (`Save the Children`, `Friends of the Earth`,
/// `Doctors Without Borders`), which no run of capitals reads whole: a capitalised word
/// first and last, and between them only capitalised words and the short
/// words such names use. Only where the text sets the name off after its
/// description ([`subject_before`]: `The charity, Save the Children,
/// said`).
fn connected_name(toks: &[Tok], lw: Lower, p: usize, c: usize) -> Option<Np> {
    let seg = toks.get(p..c)?;
    let (first, last) = (seg.first()?, seg.last()?);
    let joins = |t: &Tok| {
        t.word()
            && !t.cap
            && (is_name_connector(t, lw)
                || matches!(
                    t.low(lw),
                    "the" | "and" | "to" | "on" | "in" | "at" | "against" | "with"
                ))
    };
    let fits = seg.len() <= 8
        && is_name_word(first)
        && is_name_word(last)
        && seg.iter().all(|t| is_name_word(t) || joins(t))
        && seg.iter().any(joins)
        && !seg
            .windows(2)
            .any(|w| joins(&w[0]) && joins(&w[1]) && !w[1].low_is(lw, "the"));
    fits.then_some(Np {
        kind: NpKind::Name,
        first: p,
        last: c - 1,
        run: Some((p, c - 1)),
    })
}

/// Whether the comma at token `k` sits inside a number (`40,000`): a
/// digit closes up to it on either side.
pub(crate) fn thousands_comma(toks: &[Tok], lw: Lower, k: usize) -> bool {
    let digit = |t: &Tok| {
        let low = t.low(lw);
        t.word() && !low.is_empty() && low.bytes().all(|b| b.is_ascii_digit())
    };
    match (
        k.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(k),
        toks.get(k + 1),
    ) {
        (Some(a), Some(c), Some(b)) => {
            a.span.end == c.span.start && c.span.end == b.span.start && digit(a) && digit(b)
        }
        _ => false,
    }
}

/// Whether the words before the comma at token `comma` are a description
/// that opens its clause: a determiner first (`The drugmaker`, `Its parent
/// company`, `The world's largest miner`) or an owner's name and its
/// possessive (`Pfizer's rival`, a word in lower case last), up to seven words and
/// possessives, none a verb or a function word that starts a clause, at
/// the clause's start (token `lo`, or after punctuation or a conjunction).
fn description_opens(toks: &[Tok], lw: Lower, comma: usize, lo: usize) -> bool {
    let mut d = comma;
    while d > lo && comma - d < 8 && (toks[d - 1].word() || toks[d - 1].kind == Tk::Poss) {
        d -= 1;
    }
    // (Or an owner's name and its possessive first: `Pfizer's rival`,
    // `Britain's biggest supermarket`.)
    let owner = || {
        is_name_word(&toks[d])
            && (d + 1..comma).any(|k| toks[k].kind == Tk::Poss)
            && toks[comma - 1].word()
            && !toks[comma - 1].cap
    };
    if d == comma || comma - d > 7 || !(toks[d].is(DETS) || owner()) {
        return false;
    }
    let opens = d == lo || opens_clause_after(&toks[d - 1], lw);
    opens
        && toks[d + 1..comma].iter().all(|t| {
            t.kind == Tk::Poss
                || (t.class & (AUX.0 | CUES.0 | SUBORD.0 | PASSIVE.0 | PREP.0) == 0
                    && !t.low_is(lw, "who"))
        })
}

/// The noun that the prepositional phrases ending before token `j` hang
/// on, when they do: `Officials in Kabul said`, `Doctors at the hospital
/// said`, `Police in the city of Leeds said`, `Polls in the final days of
/// the campaign had said`, `Tests on the hunter-gatherer's DNA found`, `A
/// study published in Science has found` (a participle between): the
/// subject is that noun, not the last object (`inner`, the phrase
/// [`np_core`] found before `j`, if any). Not across `by` or `from`,
/// which name the author (`A statement from the White House said`, `A
/// report by the UN found`), unless a participle stands before them (`A
/// study led by experts has found`); not when the phrase takes its
/// preposition in (`The mayor of London said`), nor after an adverbial
/// (`on Monday the minister said`), nor past a person's name (`former
/// president of the Royal Institute of Navigation Roger McKinlay`); and
/// only when the phrase reached opens its clause.
fn pp_host(toks: &[Tok], lw: Lower, j: usize, lo: usize, inner: Option<Np>) -> Option<Np> {
    let prep_at = |k: usize| {
        let t = &toks[k];
        t.word() && !t.cap && t.is(PREP)
    };
    // Back over a possessor before token `k`: `the hunter-gatherer's`.
    let past_possessor = |k: usize| {
        if k <= lo || toks[k - 1].kind != Tk::Poss {
            return k;
        }
        let mut m = k - 1;
        let mut n = 0;
        while m > lo && n < 4 && toks[m - 1].word() && !prep_at(m - 1) {
            m -= 1;
            n += 1;
        }
        m
    };
    // Where the last object starts.
    let k = match inner {
        // (A person's name is the subject, whatever it is of: `former
        // president of the Royal Institute of Navigation Roger McKinlay`;
        // a first name capitalised, not `the bill`, `a mark`.)
        Some(np)
            if (np.first..=np.last).any(|m| toks[m].cap && first_name(toks[m].class).is_some()) =>
        {
            return None;
        }
        Some(np) => {
            // (Back over a nickname's opening mark: `Members of "the
            // Squad" said`.)
            let k = past_possessor(np.first);
            if k > lo + 1 && nickname_mark(toks, lw, k - 1) {
                k - 1
            } else {
                k
            }
        }
        None => {
            // (No phrase that [`np_core`] takes for a subject, `the
            // town`: up to six words in lower case back to a preposition,
            // the last a noun, not a determiner: in `None of their stated
            // goals`, "stated" is no cue.)
            if j <= lo || toks[j - 1].is(DETS) {
                return None;
            }
            let mut k = j;
            let mut n = 0;
            while k > lo && n < 6 && !prep_at(k - 1) {
                let t = &toks[k - 1];
                if !t.word() || t.cap || t.is(AUX) || t.is(CUES) || t.is(SUBORD) {
                    return None;
                }
                k -= 1;
                n += 1;
            }
            k
        }
    };
    if k <= lo || k >= j || !prep_at(k - 1) {
        return None;
    }
    let mut prep = k - 1;
    // Whether the phrases tell who the speakers are, when the text does
    // not name them: the subject is then all of it.
    let mut sourced = false;
    for _ in 0..4 {
        let mut h = prep;
        let before = &toks[h.checked_sub(1)?];
        let source =
            before.word() && !before.cap && anonymous_source(before.low(lw), toks, lw, prep);
        sourced |= source;
        let participle = before.word() && !before.cap && (before.low(lw).ends_with("ed") || source);
        if matches!(toks[prep].low(lw), "by" | "from") && !participle {
            // `Roger Daltrey from The Who recently said`: a person's name
            // before `from` is the speaker, and where they are from no
            // author.
            return np_core(toks, lw, prep, lo).filter(|np| {
                toks[prep].low_is(lw, "from")
                    && np.kind == NpKind::Name
                    && np
                        .run
                        .is_some_and(|(a, b)| parse_run(toks, lw, a, b).person)
                    && (np.first <= lo || {
                        let p = &toks[np.first - 1];
                        p.kind == Tk::Punct || (p.word() && !p.cap && (p.is(SUBORD) || p.is(STOP)))
                    })
            });
        }
        if h > lo + 1 && participle {
            h -= 1;
        }
        // (`with knowledge of`: back over `with` too.)
        if source && h > lo + 1 && toks[h].low_is(lw, "knowledge") {
            h -= 1;
        }
        let np = np_core(toks, lw, h, lo)?;
        if np.kind == NpKind::Pronoun {
            return None;
        }
        // The phrase opens the clause (the sentence, or after a comma,
        // a colon or a conjunction), or hangs on one more phrase.
        if np.first > lo && prep_at(np.first - 1) {
            prep = np.first - 1;
            continue;
        }
        let opens = np.first <= lo || {
            let p = &toks[np.first - 1];
            p.kind == Tk::Punct || (p.word() && !p.cap && (p.is(SUBORD) || p.is(STOP)))
        };
        // A body's name that holds `of the` (`The International Committee
        // of the Red Cross said`, `The Bank of the West`): the name whole,
        // not its first part, when a body's word ends that part and a
        // name is all the phrase after `of`.
        let whole = toks[prep].low_is(lw, "of")
            && np.kind == NpKind::Name
            && toks[np.last].is(ORG)
            && inner
                .is_some_and(|i| i.kind == NpKind::Name && i.first == prep + 1 && i.last + 1 == j);
        if whole {
            return opens.then_some(Np {
                kind: NpKind::Name,
                first: np.first,
                last: j - 1,
                run: np.run.map(|(a, _)| (a, j - 1)),
            });
        }
        let np = match sourced {
            true => Np {
                kind: NpKind::Group,
                first: np.first,
                last: j - 1,
                run: None,
            },
            false => np,
        };
        return opens.then_some(np);
    }
    None
}

/// `np` with the phrase after it that says what the speakers it does not
/// name know or are near (`according to people familiar with the
/// matter`), when one follows ([`anonymous_source`]); else `np`.
pub(crate) fn with_source_phrase(toks: &[Tok], lw: Lower, np: Np, hi: usize) -> Np {
    let a = np.last + 1;
    // `with knowledge of`: the word is the one after `with`.
    let word = match toks.get(a) {
        Some(t) if t.low_is(lw, "with") => a + 1,
        _ => a,
    };
    let known = toks
        .get(word)
        .is_some_and(|t| t.word() && !t.cap && word + 1 < toks.len())
        && anonymous_source(toks[word].low(lw), toks, lw, word + 1);
    if !known || (word > a && !toks[word].low_is(lw, "knowledge")) {
        return np;
    }
    match np_after(toks, lw, word + 2, hi) {
        Some(o) => Np {
            kind: NpKind::Group,
            first: np.first,
            last: o.last,
            run: None,
        },
        None => np,
    }
}

/// Whether `low`, before the preposition at `prep`, says what the
/// speakers the text does not name know or are near: `people familiar
/// with the matter`, `sources close to the family`, `officials briefed on
/// the talks`, `a person knowledgeable about the plans`, `aides privy to
/// the talks`, `people with knowledge of the talks`.
fn anonymous_source(low: &str, toks: &[Tok], lw: Lower, prep: usize) -> bool {
    let p = toks[prep].low(lw);
    match low {
        "familiar" => p == "with",
        "close" => p == "to",
        "briefed" => p == "on",
        "knowledgeable" => p == "about",
        "privy" => p == "to",
        "knowledge" => p == "of" && prep >= 2 && toks[prep - 2].low_is(lw, "with"),
        _ => false,
    }
}

/// Whether `noun` names somebody who speaks for what follows `for`, `of`
/// or `at` (`a spokesman for the ministry`, `the head of the agency`,
/// `a lawyer for the family`): a group, a person by trade or role, or a
/// head of something.
pub(crate) fn speaks_for(noun: &Tok, lw: Lower) -> bool {
    noun.word() && !noun.cap && speaking_noun(noun, lw)
}

/// Whether token `k` is the sentence's first word and a plural noun of
/// people or a group (`Colleagues of Prof Ann Jones said`): capitalised
/// as the first word, but no part of the name after its `of`.
fn plural_speaker_first(toks: &[Tok], lw: Lower, k: usize) -> bool {
    k == 0 && plural_form(toks[0].low(lw)) && speaking_noun(&toks[0], lw)
}

/// [`speaks_for`] whatever the noun's case (a sentence's first word).
fn speaking_noun(noun: &Tok, lw: Lower) -> bool {
    noun.word()
        && (noun.is(GROUP_NOUNS)
            || person_noun(noun, lw)
            || matches!(noun.low(lw), "head" | "chief" | "secretary" | "director")
            // The plural of a person's noun: `the authors of the study`,
            // `friends of John Smith`.
            || plural_person_noun(noun.low(lw)))
}

/// The plural of a word on [`PERSON_NOUNS`]: `authors`, `producers`.
fn plural_person_noun(low: &str) -> bool {
    low.strip_suffix('s')
        .is_some_and(|one| classes_of(one) & PERSON_NOUNS.0 != 0)
}

/// Whether the lower-case word `low` reads as the plural of a noun of
/// people by their trade: in `-ists` or `-ians` (`strategists`,
/// `statisticians`). Not `-ers` or `-ors`: letters, computers, papers
/// and sectors are no people.
fn plural_trade(low: &str) -> bool {
    plural_form(low)
        && ["ists", "ians"]
            .iter()
            .any(|end| low.len() > end.len() + 2 && low.ends_with(end))
}

/// A noun of people in lower case: a group's (`officials`, `police`), a
/// person's (`officer`) or its plural (`producers`).
fn people_noun(t: &Tok, lw: Lower) -> bool {
    t.word() && !t.cap && (t.is(GROUP_NOUNS) || person_noun(t, lw) || plural_person_noun(t.low(lw)))
}

/// Where a phrase that a person heads starts, when the phrase from token
/// `k` on is what "of", "for", "at" or "from" attaches to that person (`A
/// spokesperson for Poundland`, `The mayor of London`, `The head of the
/// agency`, `The veteran of past missions`, `analysts at Barclays`,
/// `scientists from Imperial College`): the person's noun, its adjectives
/// and its determiner. Where the people are from or work names them for
/// a reader who checks what they said; `named`: the phrase from `k` is a
/// name (`Barclays`), not a description (`the hospital`).
fn speaking_head(toks: &[Tok], lw: Lower, k: usize, lo: usize, named: bool) -> Option<usize> {
    if k < lo + 2 || !matches!(toks[k - 1].low(lw), "for" | "of" | "at" | "from") {
        return None;
    }
    // (`Colleagues of Prof Ann Jones said`, `Analysts at Barclays said`:
    // capitalised as the sentence's first word. Before a body that is not
    // named, only with `of`: `Doctors at the hospital said` is the
    // doctors'.)
    let noun = &toks[k - 2];
    // (People by their trade in a plural no table lists, before a body's
    // name: `Strategists at JPMorgan said`, `economists at Barclays`.)
    let trade = named && noun.word() && plural_trade(noun.low(lw));
    let first_of = k == 2
        && noun.cap
        && (named || toks[1].low_is(lw, "of"))
        && (speaking_noun(noun, lw) || trade);
    if !(speaks_for(noun, lw) || first_of || (trade && !noun.cap)) {
        return None;
    }
    // (What comes `from` a body is its own word when it is no people: `A
    // statement from the White House said` is the White House's.)
    if toks[k - 1].low_is(lw, "from")
        && !(person_noun(noun, lw) || plural_form(noun.low(lw)) || noun.low_is(lw, "police"))
    {
        return None;
    }
    let mut f = k - 2;
    while f > lo
        && toks[f - 1].word()
        && !toks[f - 1].cap
        && (toks[f - 1].is(GROUP_ADJ) || person_noun(&toks[f - 1], lw))
    {
        f -= 1;
    }
    if f > lo && toks[f - 1].is(DETS) {
        f -= 1;
    }
    Some(f)
}

/// The noun phrase ending just before token `j`.
fn np_core(toks: &[Tok], lw: Lower, j: usize, lo: usize) -> Option<Np> {
    np_core_d(toks, lw, j, lo, 0)
}

/// Where `the village of` (a place's kind, one or two words before it
/// that describe it, and `of`) starts, when it stands right before the
/// name at `first`: `in the remote district of Kunar`.
fn place_kind_before(toks: &[Tok], lw: Lower, first: usize, lo: usize) -> Option<usize> {
    const PLACE_KINDS: [&str; 19] = [
        "village",
        "town",
        "city",
        "region",
        "district",
        "province",
        "county",
        "state",
        "island",
        "area",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "port",
        "capital",
        "settlement",
        "municipality",
        "borough",
        "oblast",
    ];
    let of = first.checked_sub(1).filter(|&k| k > lo)?;
    if !toks[of].low_is(lw, "of") {
        return None;
    }
    let kind = &toks[of - 1];
    if !(kind.word() && !kind.cap && PLACE_KINDS.contains(&kind.low(lw))) {
        return None;
    }
    // Back over up to two plain words that describe it, to its article.
    let mut k = of - 1;
    for _ in 0..3 {
        let t = toks.get(k.checked_sub(1).filter(|&p| p >= lo)?)?;
        if t.word() && t.is(DETS) {
            return Some(k - 1);
        }
        if !(t.word() && !t.cap && t.class & (PREP.0 | STOP.0 | SUBORD.0 | CUES.0 | AUX.0) == 0) {
            return None;
        }
        k -= 1;
    }
    None
}

/// `np_core`, with the depth of `and` coordination bounded.
fn np_core_d(toks: &[Tok], lw: Lower, j: usize, lo: usize, depth: u8) -> Option<Np> {
    if j <= lo {
        return None;
    }
    let head = &toks[j - 1];
    let last = j - 1;
    if is_name_word(head) {
        let mut k = j - 1;
        while k > lo {
            let p = &toks[k - 1];
            if is_name_word(p)
                || (is_name_connector(p, lw)
                    && k >= 2
                    && k - 2 >= lo
                    && is_name_word(&toks[k - 2])
                    && !(p.low_is(lw, "of") && plural_speaker_first(toks, lw, k - 2)))
            {
                k -= 1;
            } else if k >= 3
                && k - 3 >= lo
                && inner_particle(p, lw)
                && is_name_word(&toks[k - 3])
                && connector_len(toks, lw, k - 2) == 2
            {
                // `Ursula von der Leyen`: two particles inside the name.
                k -= 2;
            } else if k >= 2 && k - 2 >= lo && is_name_word(&toks[k - 2]) && inner_particle(p, lw) {
                k -= 1;
            } else {
                break;
            }
        }
        // `van Otterdijk said`: a surname that opens with its particle
        // (not `the Bank of England`'s connector, which needs a name word
        // before it).
        let particle = |t: &Tok| t.word() && !t.cap && t.is(PARTICLES);
        // (Two at most: `van der Berg`.)
        for _ in 0..2 {
            if k > lo && particle(&toks[k - 1]) {
                k -= 1;
            }
        }
        let run = (k, last);
        let mut first = k;
        if k > lo && toks[k - 1].low_is(lw, "the") {
            first = k - 1;
        }
        let r = parse_run(toks, lw, run.0, run.1);
        // `A spokesperson for Poundland`, `The mayor of London`: the
        // speaking person stands in front of a body or place (not of a
        // person's name: `president of the Royal Institute of Navigation
        // Roger McKinlay` is McKinlay; a long run may end in one that is
        // not known as a name).
        // Nor of a person's name but after a noun of kin or acquaintance,
        // no title, the name straight after `of` or `for`: `the family of
        // Liam Doyle`, `a friend of Jo Smith` speak, not the person named
        // (a title stays out: `the president of France Macron`).
        // A spokesman speaks for the person named after `for` (`A
        // spokesman for Keir Starmer said`), as the family of one does.
        let kin = || {
            first == k
                // (Titles aside: `Colleagues of Prof Ann Jones`.)
                && r.core.is_some_and(|(a, b)| b - a < 2)
                && first >= lo + 2
                && (!toks[first - 2].is(TITLES)
                    || (toks[first - 1].low_is(lw, "for")
                        && toks[first - 2].low(lw).starts_with("spokes")))
        };
        // `people in Stratford said`, `voters across the Midwest said`: the
        // group speaks, as `Officials in Kabul said` does (with its head
        // alone), not the place it is in. Not `from` (`A statement from
        // the White House said` is the White House's), and not inside a
        // coordination, whose left side this is not (`Police in England
        // and Wales said`).
        // The place may be named after its kind: `People in the village
        // of Lyman said`, `Residents of the town of Bakhmut said`; the
        // group speaks, with `of` before the kind too.
        let (place, group_preps): (usize, &[&str]) = match place_kind_before(toks, lw, first, lo) {
            Some(at) => (at, &["in", "across", "throughout", "of"]),
            None => (first, &["in", "across", "throughout"]),
        };
        if !r.person
            && depth == 0
            && place >= lo + 2
            && group_preps.contains(&toks[place - 1].low(lw))
            && toks[place - 2].word()
            // (Capitalized as the sentence's first word: `Voters across`.)
            && (!toks[place - 2].cap || place == 2)
            && toks[place - 2].is(GROUP_NOUNS)
        {
            return np_core_d(toks, lw, place - 1, lo, depth);
        }
        // (A nickname's opening mark may stand between: `Members of "the
        // Squad" said`.)
        let named_at = if first > lo + 1 && nickname_mark(toks, lw, first - 1) {
            first - 1
        } else {
            first
        };
        if (!r.person || kin())
            && run.1 - run.0 < 4
            && let Some(f) = speaking_head(toks, lw, named_at, lo, true)
        {
            return Some(Np {
                kind: NpKind::Group,
                first: f,
                last,
                run: None,
            });
        }
        // "Putin and Obama said", "Burton and Nick said": a group of
        // names, from the first of the list it ends ([`group_start`]).
        if first == k
            && first >= lo + 2
            && toks[first - 1].low_is(lw, "and")
            && depth < 4
            && let Some(left) = np_core_d(toks, lw, first - 1, lo, depth + 1)
            && let Some(start) = group_start(toks, lw, left.first, lo, r.person)
        {
            return Some(Np {
                kind: NpKind::Group,
                first: start,
                last,
                run: None,
            });
        }
        return Some(Np {
            kind: NpKind::Name,
            first,
            last,
            run: Some(run),
        });
    }
    // `the WHO said`, `the Who said`: a capitalised function word after
    // `the` is a name (an acronym, a band), not the word.
    if head.word() && head.cap && head.is(STOP) && j >= lo + 2 && toks[j - 2].low_is(lw, "the") {
        return Some(Np {
            kind: NpKind::Name,
            first: j - 2,
            last,
            run: Some((last, last)),
        });
    }
    let head_low = head.low(lw);
    let plural = plural_form(head_low);
    // `The scientist, who ..., says`: a person named by a description
    // (with a determiner, asked below).
    let described = person_noun(head, lw);
    if !(head.word() && !head.cap && (head.is(GROUP_NOUNS) || plural || described)) {
        return plain_description(toks, lw, j, lo);
    }
    let mut k = j - 1;
    let mut saw_mod = false;
    // Whether a possessive went before the head (`Google’s lawyer`): it
    // makes the phrase definite, as a determiner does.
    let mut owner = false;
    // `the firm’s chief executive`, `the union’s general secretary`: one
    // or two plain words between a possessive and the head; where the
    // possessive's owner starts.
    let plain = |t: &Tok| {
        t.word() && !t.cap && t.class & (PREP.0 | STOP.0 | SUBORD.0 | CUES.0 | AUX.0 | DETS.0) == 0
    };
    // (One person or body, `Britain’s biggest bank`: not `the company’s
    // profits slumped investors`, `Britain’s biggest cities police`; nor
    // after a contraction, `It’s clear officials`.)
    let role = (described || head.is(GROUP_NOUNS)) && !plural && head_low != "police";
    let owned = |k: usize| {
        (1..=2).find_map(|n| {
            let s = k.checked_sub(n + 1).filter(|&s| s > lo)?;
            (role
                && toks[s].kind == Tk::Poss
                && !contraction(toks[s - 1].low(lw))
                && toks[s + 1..k].iter().all(plain))
            .then_some(s)
        })
    };
    while k > lo {
        let p = &toks[k - 1];
        let ok = (is_name_word(p) && !p.low(lw).contains('.'))
            || is_name_word(p)
            || (p.word() && p.is(GROUP_ADJ))
            || p.kind == Tk::Poss
            || (p.word() && p.low(lw).chars().all(|c| c.is_ascii_digit()))
            // (`The 2,000 workers`: the comma of a number.)
            || (p.low_is(lw, ",") && thousands_comma(toks, lw, k - 1));
        if ok {
            owner |= p.kind == Tk::Poss;
            k -= 1;
            saw_mod = true;
        } else if let Some(s) = owned(k) {
            owner = true;
            k = s;
            saw_mod = true;
        } else {
            break;
        }
    }
    let mut has_det = false;
    if k > lo && toks[k - 1].is(DETS) {
        k -= 1;
        has_det = true;
    } else {
        // `The central bank`: a determiner up to two plain words further
        // left, or three with a capitalised one among them (`the
        // Republican presidential nominee`).
        for extra in 1..=3 {
            if k < lo + extra + 1 {
                break;
            }
            let between = &toks[k - extra..k];
            let plain = between.iter().all(|t| {
                t.word() && !t.cap && !t.is(PREP) && !t.is(STOP) && !t.is(CUES)
                    || is_name_word(t) && !t.is(STOP)
            }) && (extra < 3 || between.iter().any(is_name_word));
            if !plain {
                break;
            }
            // (Or a word of how many: `Several senior tech executives`.)
            let d = &toks[k - extra - 1];
            // (`Some time ago officials`, `Two weeks ago ministers`: a
            // phrase of when before the subject, no group.)
            let when = between
                .iter()
                .any(|t| matches!(t.low(lw), "ago" | "time" | "times" | "earlier" | "later"));
            if d.is(DETS)
                || (d.word()
                    && !when
                    && matches!(
                        d.low(lw),
                        "several" | "many" | "some" | "most" | "few" | "two" | "three" | "four"
                    ))
            {
                k -= extra + 1;
                has_det = true;
                break;
            }
        }
    }
    // `the NHS trust’s chief executive`, `the Labour leader’s spokesman`:
    // a phrase that would open with its possessive opens with the owner,
    // up to three words and an article before it.
    if toks.get(k).is_some_and(|t| t.kind == Tk::Poss) {
        let mut m = k;
        // (A word in lower case before a name is no part of its owner:
        // `After the vote Labour’s spokesman`.)
        let mut named = false;
        while m > lo && k - m < 3 {
            let p = &toks[m - 1];
            if !(is_name_word(p) || plain(p) && !named) {
                break;
            }
            named |= is_name_word(p);
            m -= 1;
        }
        if m == k || contraction(toks[k - 1].low(lw)) {
            return None;
        }
        if m > lo && toks[m - 1].is(DETS) {
            m -= 1;
            has_det = true;
        }
        k = m;
    }
    // `The head of the agency said`, `The author of the report said`: the
    // person in front speaks, not the body or the thing after "of".
    if let Some(f) = speaking_head(toks, lw, k, lo, false) {
        return Some(Np {
            kind: NpKind::Group,
            first: f,
            last,
            run: None,
        });
    }
    // `..., forecasters said.`, `..., insiders say`, `“...,” forecasters
    // said`: a bare plural of no table right after a comma (and a closing
    // quote) and right before the cue is the subject of the clause the
    // comma sets off; elsewhere a bare plural is as often some other
    // phrase's end (`the company’s profits slumped`).
    // (The comma and the quote may lie before `lo`, where the window of a
    // quote's cue starts: they are only looked at.)
    let after_comma = |m: usize| m > 0 && toks[m - 1].low_is(lw, ",");
    // (`others`, `those`: pronouns, whatever their ending.)
    let set_off = plural
        && k == last
        && !matches!(
            head_low,
            "others" | "those" | "these" | "ours" | "theirs" | "yours"
        )
        && (after_comma(k)
            || (k > 0
                && toks[k - 1].kind == Tk::Punct
                && matches!(toks[k - 1].low(lw), "”" | "\"" | "’" | "'")
                && after_comma(k - 1)))
        && toks.get(j).is_some_and(|c| {
            // A plural's verb: not `says` or `has` (`..., peoples tweets
            // and ...`, a possessive that lost its apostrophe, is no
            // subject and its cue).
            let low = c.low(lw);
            c.word()
                && ((c.is(CUES) && !low.ends_with('s'))
                    || (c.is(AUX) && !matches!(low, "has" | "himself" | "herself" | "itself")))
        });
    if !head.is(GROUP_NOUNS) && !saw_mod && !has_det && !set_off {
        return None;
    }
    if described && !head.is(GROUP_NOUNS) && !plural && !has_det && !owner {
        return None;
    }
    let mut first = k;
    // `Washington and its allies`, `campaigners and social commentators`:
    // coordinated phrases that open their clause
    let mut m = first;
    if !has_det {
        let plain = |t: &Tok| t.word() && !t.cap && !t.is(PREP) && !t.is(STOP) && !t.is(CUES);
        while m > lo + 1 && first - m < 2 && plain(&toks[m - 1]) {
            m -= 1;
        }
    }
    if m >= lo + 2
        && toks[m - 1].low_is(lw, "and")
        && depth < 4
        && let Some(left) = np_core_d(toks, lw, m - 1, lo, depth + 1)
        && (is_name_word(&toks[m - 2])
            || left.first == lo
            || matches!(toks[left.first - 1].low(lw), "," | ";")
            || toks[left.first - 1].is(SUBORD))
    {
        first = left.first;
    }
    Some(Np {
        kind: NpKind::Group,
        first,
        last,
        run: None,
    })
}

/// A word whose `’s` is `is` or `has`, not a possessive: `It’s clear`,
/// `There’s little evidence`, `He’s wrong`.
fn contraction(low: &str) -> bool {
    matches!(
        low,
        "it" | "there" | "he" | "she" | "who" | "that" | "here" | "what" | "where" | "let"
    )
}

/// Where a group of names that speaks together starts, given its name
/// before `and` at token `first`: the list that name ends, if any (`The
/// European Commission, European Central Bank and International Monetary
/// Fund`). People (`person`, the last name a person's) are a group only
/// when it opens its clause: at its start (`lo`), after an article,
/// `both`, a conjunction, `for` or `of` (`A lawyer for John Smith and
/// Mary Jones`), or punctuation; not after a verb or another preposition,
/// whose object the first name is (`met Joe Biden and Keir Starmer
/// said`, `heard from John Smith and Judge Mary Jones said`). Places and
/// bodies are a group anywhere (`Police in England and Wales said`, the
/// phrase then read on to its head).
fn group_start(toks: &[Tok], lw: Lower, first: usize, lo: usize, person: bool) -> Option<usize> {
    let mut start = first;
    // Back over `Name, Name, ` to the list's first name (a few at most).
    for _ in 0..6 {
        if !(start >= lo + 2 && toks[start - 1].low_is(lw, ",") && is_name_word(&toks[start - 2])) {
            break;
        }
        let mut m = start - 2;
        while m > lo && (is_name_word(&toks[m - 1]) || connector_len(toks, lw, m - 1) == 1) {
            m -= 1;
        }
        start = m;
    }
    if start > lo && toks[start - 1].low_is(lw, "the") {
        start -= 1;
    }
    if start <= lo || !person {
        return Some(start);
    }
    let p = &toks[start - 1];
    let opens = p.kind == Tk::Punct
        || opening_conjunction(p, lw)
        || (p.word() && (p.is(DETS) || p.is(SUBORD) || matches!(p.low(lw), "both" | "for" | "of")));
    opens.then_some(start)
}

/// A description whose head no table lists, ending before token `j`: `The
/// world champion said`, `the 37-year-old said`, `her coach added that`,
/// `"…," the two-time champion said`. Only with a determiner that opens the
/// clause (token `lo`, or after punctuation or `that`) and at most three
/// plain words or possessives between it and the head: not `The company
/// that bought the site said`, whose `the site` follows a verb. A title
/// (`the king`) is left to the names it points back to.
///
/// Right after a quote (`"…," the champion added`) any verb of saying
/// makes it the speaker. In running text, where a thing does as much as a
/// person (`The data suggests inflation is easing, economists said`, `The
/// storm claimed 12 lives`, `The rookie added 18 points`, `The day said it
/// all`), only a verb of speech that reports words: `said`, `told`,
/// `explained`, `warned` and the like, and `added` only before `that`, a
/// colon, a comma or a quote.
fn plain_description(toks: &[Tok], lw: Lower, j: usize, lo: usize) -> Option<Np> {
    plain_description_v(toks, lw, j, lo, j)
}

/// [`plain_description`], its verb looked for from token `v0` on (past a
/// clause set off after the description: `The defendant, who denies the
/// charges, told the court`).
fn plain_description_v(toks: &[Tok], lw: Lower, j: usize, lo: usize, v0: usize) -> Option<Np> {
    let last = j.checked_sub(1)?;
    let plain = |t: &Tok| {
        t.word()
            && !t.cap
            && !t.is(PREP)
            && t.class & (AUX.0 | CUES.0 | SUBORD.0 | PASSIVE.0 | DETS.0) == 0
            && (!t.is(STOP) || number_word(t.low(lw)))
            && !ly_adverb(t, lw)
            && !t.low(lw).bytes().all(|b| b.is_ascii_digit())
    };
    if last < lo || !plain(toks.get(last)?) || toks[last].is(STOP) || toks[last].is(TITLES) {
        return None;
    }
    let mut k = last;
    while k > lo && last - k < 3 {
        let p = &toks[k - 1];
        if plain(p) || p.kind == Tk::Poss || (is_name_word(p) && !p.is(DETS)) {
            k -= 1;
        } else {
            break;
        }
    }
    let d = k.checked_sub(1).filter(|&d| d >= lo)?;
    let det = &toks[d];
    let opens = d == lo
        || toks[d - 1].kind == Tk::Punct && !toks[d - 1].low_is(lw, ".")
        || toks[d - 1].low_is(lw, "that");
    if !(det.word() && det.is(DETS) && opens) {
        return None;
    }
    // Right after a quote's closing mark, or its comma.
    let quote_at = |q: usize| toks.get(q).is_some_and(|t| is_quote_punct(t, lw));
    let tail = d == lo
        && d.checked_sub(1).is_some_and(|p| {
            quote_at(p) || (toks[p].low_is(lw, ",") && p.checked_sub(1).is_some_and(quote_at))
        });
    let v =
        (v0..toks.len().min(v0 + 3)).find(|&v| !(toks[v].is(AUX) || ly_adverb(&toks[v], lw)))?;
    let verb = &toks[v];
    let next = toks.get(v + 1);
    let speaks = if tail {
        verb.word() && verb.is(CUES)
    } else {
        // (`that the menu said was home-made`: a clause with a gap.)
        let reports = next.is_none_or(|n| {
            let gap = n.word() && n.is(PASSIVE);
            let idiom = matches!(n.low(lw), "everything" | "nothing" | "much");
            let it_all = n.low_is(lw, "it") && toks.get(v + 2).is_some_and(|a| a.low_is(lw, "all"));
            !(gap || idiom || it_all)
        });
        let words_follow =
            next.is_some_and(|n| matches!(n.low(lw), "that" | ":" | ",") || is_quote_punct(n, lw));
        verb.word()
            && reports
            && match verb.low(lw) {
                "said" | "says" | "told" | "tells" | "explained" | "explains" | "insisted"
                | "insists" | "warned" | "warns" | "argued" | "argues" | "noted" | "recalled"
                | "recalls" | "stressed" | "complained" | "tweeted" => true,
                "added" | "adds" => words_follow,
                _ => false,
            }
    };
    speaks.then_some(Np {
        kind: NpKind::Group,
        first: d,
        last,
        run: None,
    })
}

/// Whether a capitalised word names people in the plural without an
/// `-s` (`Children`, `Men`, `Women`, `People`). (Not any word in `-s`:
/// `Stories of survival`, `Sales have fallen`, `Starbucks`.)
fn plural_name(name: &str) -> bool {
    ["children", "men", "women", "people"]
        .iter()
        .any(|w| name.eq_ignore_ascii_case(w))
}

/// Whether the lower-case word `low` reads as a plural noun: longer than
/// three letters, in `-s` but not `-ss`, `-us` or `-is` (`officials`,
/// `critics`; not `boss`, `campus`, `analysis`).
pub(crate) fn plural_form(low: &str) -> bool {
    low.len() > 3
        && low.ends_with('s')
        && !low.ends_with("ss")
        && !low.ends_with("us")
        && !low.ends_with("is")
}

/// A number in words up to ten, or `first`: a plain modifier
/// (`two-time`, `first`), though on the function-word table.
pub(crate) fn number_word(low: &str) -> bool {
    matches!(
        low,
        "first" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// The noun phrase starting at token `k` (after an inverted cue: `said
/// Kerry`, `told AFP`), no further right than `hi` (exclusive).
pub(crate) fn np_after(toks: &[Tok], lw: Lower, k: usize, hi: usize) -> Option<Np> {
    if k >= hi || k >= toks.len() {
        return None;
    }
    let t = &toks[k];
    // `says van Otterdijk`, `said de Gaulle`: a surname that opens with
    // its particle.
    let is_particle = |t: &Tok| t.word() && !t.cap && t.is(PARTICLES);
    let is_surname = |n: &Tok| n.cap && is_name_word(n);
    let surname_at = |m: usize| m < hi && toks.get(m).is_some_and(is_surname);
    let particle = is_particle(t)
        && (surname_at(k + 1) || (toks.get(k + 1).is_some_and(is_particle) && surname_at(k + 2)));
    if is_name_word(t) || particle {
        let mut e = k;
        let mut m = k + 1;
        while m < hi {
            let q = &toks[m];
            if is_name_word(q) {
                e = m;
                m += 1;
            } else {
                match connector_len(toks, lw, m) {
                    n if n > 0 && m + n < hi => m += n,
                    _ => break,
                }
            }
        }
        // `said Labour leader Keir Starmer`, `said Nvidia chief executive
        // Jensen Huang`, `said Tesla's Elon Musk`: a body, a possessive or a
        // role in lower case, then the person who speaks.
        if let Some(np) = person_after_role(toks, lw, e + 1, hi) {
            return Some(np);
        }
        // `said Tom's father`, `said Tesla's chief executive`: the person
        // the role names, not its owner (an apposition may name them:
        // [`appositive_name`]).
        if let Some(role) = role_after_owner(toks, lw, e + 1, hi) {
            return Some(Np {
                kind: NpKind::Group,
                first: k,
                last: role,
                run: None,
            });
        }
        // `Brazil and Peru`: a group of names
        if e + 2 < hi && toks[e + 1].low_is(lw, "and") && is_name_word(&toks[e + 2]) {
            let mut f = e + 2;
            while f + 1 < hi && is_name_word(&toks[f + 1]) {
                f += 1;
            }
            return Some(Np {
                kind: NpKind::Group,
                first: k,
                last: f,
                run: None,
            });
        }
        return Some(Np {
            kind: NpKind::Name,
            first: k,
            last: e,
            run: Some((k, e)),
        });
    }
    if t.word() && is_pronoun(t.low(lw)) {
        return Some(Np {
            kind: NpKind::Pronoun,
            first: k,
            last: k,
            run: None,
        });
    }
    // `said new media specialist Ian Maude`: a lower-case role, then the name
    if t.word() && !t.cap && !t.is(DETS) {
        let mut m = k;
        while m < hi && m < k + 4 {
            let q = &toks[m];
            if !q.word() || q.cap || q.is(PREP) || q.is(STOP) {
                break;
            }
            m += 1;
        }
        if m > k
            && m < hi
            && is_name_word(&toks[m])
            && let Some(np) = np_after(toks, lw, m, hi)
            && np.kind == NpKind::Name
            && np
                .run
                .is_some_and(|(a, b)| parse_run(toks, lw, a, b).person)
        {
            return Some(np);
        }
    }
    if t.word() && t.is(GROUP_ADJ) {
        // `local police`, `senior U.S. officials`
        let mut m = k;
        let mut head = None;
        while m < hi && m < k + 4 && toks[m].word() {
            let w = &toks[m];
            if w.is(GROUP_NOUNS) {
                head = Some(m);
            }
            if !(w.is(GROUP_ADJ) || w.is(GROUP_NOUNS) || is_name_word(w)) {
                break;
            }
            m += 1;
        }
        if let Some(e) = head {
            return Some(Np {
                kind: NpKind::Group,
                first: k,
                last: e,
                run: None,
            });
        }
    }
    if t.word() && t.is(GROUP_NOUNS) {
        // A noun of people it modifies goes with it: `police officers`,
        // `government sources`, `company executives` (but `according to
        // court documents` is the court's).
        let compound = k + 1 < hi && toks.get(k + 1).is_some_and(|n| people_noun(n, lw));
        return Some(Np {
            kind: NpKind::Group,
            first: k,
            last: k + usize::from(compound),
            run: None,
        });
    }
    if t.word() && t.is(DETS) {
        let mut e = k;
        let mut m = k + 1;
        let poss_role = |m: usize| {
            // (An age may stand before the role: `the club's 32-year-old
            // captain`.)
            let r = m + 1 + usize::from(toks.get(m + 1).is_some_and(|n| age_word(n, lw)));
            toks[m].kind == Tk::Poss && toks.get(r).is_some_and(|n| r < hi && role_word(n, lw))
        };
        // A description reaches over a name inside it (`the University of
        // Warsaw biologist`, `the former Labour MP`) to its head noun, up
        // to seven words; a description that names a person after its head
        // (`the prime minister Boris Johnson`) is that person.
        while m < hi && m < k + 8 {
            let q = &toks[m];
            if is_name_word(q) {
                // A name inside the description, whole (`University of
                // Warsaw`), not cut at its connector.
                let r = run_end(toks, lw, m).min(hi - 1);
                // (Or a title's run right after the article, with a name
                // after the title: `said the Rev Paul Ames`, not `said the
                // Prime Minister`.)
                let pr = parse_run(toks, lw, m, r);
                let titled =
                    || q.is(TITLES) && pr.core.is_some_and(|(a, _)| a > m && !toks[a].is(TITLES));
                if (m > k + 1 || titled()) && pr.person {
                    return Some(Np {
                        kind: NpKind::Name,
                        first: m,
                        last: r,
                        run: Some((m, r)),
                    });
                }
                // `said a visibly emotional Lopez`: a name in front of
                // which only words in lower case stand, and that closes
                // the clause (no apposition or possessive after it), is
                // the phrase's name: the person, when the text knows the
                // name as one ([`np_name`]), else the phrase as written.
                let closes = toks
                    .get(r + 1)
                    .is_none_or(|t| t.kind == Tk::Punct && !t.low_is(lw, ","));
                if m > k + 1 && closes && toks[k + 1..m].iter().all(|t| t.word() && !t.cap) {
                    return Some(Np {
                        kind: NpKind::Name,
                        first: k,
                        last: r,
                        run: Some((m, r)),
                    });
                }
                e = r;
                m = r + 1;
                continue;
            }
            // `the company's chief executive`: a possessive goes on to
            // the role in lower case it qualifies (not to a thing, `the
            // clerk's office`, nor to a name: `the IEA's Medium-Term Coal
            // Market Report` is no person).
            if m > k + 1 && poss_role(m) {
                e = m;
                m += 1;
                continue;
            }
            // `the singer and songwriter`, `the leading rock promoter and
            // manager Harvey Goldsmith`: two roles joined are one phrase
            // (the first a word no table holds when a name follows).
            if m > k + 1
                && q.low_is(lw, "and")
                && toks
                    .get(m + 1)
                    .is_some_and(|n| m + 1 < hi && role_word(n, lw))
                && (role_word(&toks[m - 1], lw)
                    || (toks[m - 1].word()
                        && !toks[m - 1].cap
                        && toks[m - 1].class & (STOP.0 | PREP.0 | SUBORD.0 | AUX.0 | CUES.0) == 0
                        && toks
                            .get(m + 2)
                            .is_some_and(|n| m + 2 < hi && is_name_word(n))))
            {
                e = m + 1;
                m += 2;
                continue;
            }
            if !q.word()
                || q.is(PREP)
                || q.is(CUES)
                || q.is(SUBORD)
                || q.low_is(lw, "who")
                || (m > k + 1 && ly_adverb(q, lw))
            {
                break;
            }
            e = m;
            m += 1;
            // The head, unless a noun of the same phrase follows (`the
            // city council`, `the district attorney`).
            if q.is(GROUP_NOUNS)
                && !toks.get(m).is_some_and(|n| {
                    m < hi
                        && (person_noun(n, lw)
                            || poss_role(m)
                            || (n.word() && !n.cap && n.is(GROUP_NOUNS)))
                })
            {
                break;
            }
        }
        if e > k {
            return Some(Np {
                kind: NpKind::Group,
                first: k,
                last: e,
                run: None,
            });
        }
    }
    None
}

/// The person named at `k` after a name run: an optional possessive, then
/// up to three lower-case words of a role (`leader`, `chief executive`,
/// `strategist`; no function word, verb of saying or `-ly` adverb), then a
/// capitalised run that reads as a person, or a single name after a title
/// or a person noun (`Labour leader Starmer`). At least one of the two
/// must stand between, else the run would have gone on.
fn person_after_role(toks: &[Tok], lw: Lower, k: usize, hi: usize) -> Option<Np> {
    let mut m = k;
    let poss = toks.get(m).is_some_and(|t| t.kind == Tk::Poss);
    if poss {
        m += 1;
    }
    let mut role = None;
    while m < hi && m < k + 4 {
        let t = &toks[m];
        let function = STOP.0 | PREP.0 | SUBORD.0 | DETS.0 | AUX.0 | PASSIVE.0 | CUES.0;
        // (A verb is no role: `Apple hired Jane Doe`, `hires Jane Doe`.)
        let low = t.low(lw);
        let verb = low.ends_with("ed")
            || (low.ends_with('s') && !low.ends_with("ss") && !low.ends_with("us"));
        if !t.word() || t.cap || t.class & function != 0 || ly_adverb(t, lw) || verb {
            break;
        }
        role = Some(t);
        m += 1;
    }
    if (!poss && role.is_none()) || m >= hi || !toks.get(m).is_some_and(|t| t.name) {
        return None;
    }
    let e = run_end(toks, lw, m).min(hi - 1);
    let r = parse_run(toks, lw, m, e);
    let titled = role.is_some_and(|t| role_word(t, lw));
    let single = r.core.is_some_and(|(a, b)| a == b);
    (!r.org && (r.person || (titled && single))).then_some(Np {
        kind: NpKind::Name,
        first: m,
        last: e,
        run: Some((m, e)),
    })
}

/// The last word of a role in lower case after a possessive at `k` (`'s
/// father`, `'s chief executive`, `'s 32-year-old captain`): up to three
/// plain words, the last a title or a person's noun.
fn role_after_owner(toks: &[Tok], lw: Lower, k: usize, hi: usize) -> Option<usize> {
    if toks.get(k)?.kind != Tk::Poss {
        return None;
    }
    let function = STOP.0 | PREP.0 | SUBORD.0 | DETS.0 | AUX.0 | PASSIVE.0 | CUES.0;
    let mut last = None;
    let words = toks.get(k + 1..hi.min(k + 4).min(toks.len()))?;
    for (m, t) in (k + 1..).zip(words) {
        if !t.word() || t.cap || t.class & function != 0 {
            break;
        }
        if role_word(t, lw) {
            last = Some(m);
        }
    }
    last
}

/// A role in lower case: a title or a person's noun (`father`,
/// `captain`, `chief executive`'s `executive`).
pub(crate) fn role_word(t: &Tok, lw: Lower) -> bool {
    t.word() && !t.cap && (t.is(TITLES) || person_noun(t, lw))
}

/// A person's age as one word: `19-year-old`.
pub(crate) fn age_word(t: &Tok, lw: Lower) -> bool {
    t.word() && t.low(lw).ends_with("-year-old")
}

/// A person named in apposition to a role or body after an inverted cue:
/// `said the prime minister, Boris Johnson,` is Boris Johnson's word, not
/// the role's. `np` is the phrase [`np_after`] found after the cue. The
/// name must start right after the comma that ends it, read as a person,
/// and close the clause (punctuation or the sentence's end next), so that
/// `said the minister, Boris Johnson's deputy`, `said the union, blaming
/// Boris Johnson` and `said the lawyers, John Smith and Jane Doe` keep the
/// phrase. The name may reach past the cue's own window (`said the Welsh
/// Health Minister, Dr Mark Drakeford`); one cut short by its own window
/// has a word next and is refused.
pub(crate) fn appositive_name(toks: &[Tok], lw: Lower, np: Np) -> Option<Np> {
    // (A group of names is no role; an owner's role is: `said Tom's
    // father, Bill Harris`.)
    let owned_role = || toks.get(np.last).is_some_and(|t| role_word(t, lw));
    // (Or a role in capitals: `said IFPI Chief Executive, Frances Moore`.)
    let titled_role = || {
        np.kind == NpKind::Name
            && toks[np.last].is(TITLES)
            && np
                .run
                .is_some_and(|(a, b)| !parse_run(toks, lw, a, b).person)
    };
    let group = np.kind == NpKind::Group && (!is_name_word(toks.get(np.first)?) || owned_role());
    if !group && !titled_role() {
        return None;
    }
    // The role may go on with a phrase of its own before the comma (`said
    // a spokesman for the interior ministry, Ahmed Ali`, `a passenger on
    // the train, Dev Mehta`): plain words and names, no verb.
    let mut comma = np.last + 1;
    if toks.get(comma).is_some_and(|t| t.word() && t.is(PREP)) {
        let verb = CUES.0 | SUBORD.0 | AUX.0 | PASSIVE.0;
        comma += 1;
        while comma < np.last + 9
            && toks
                .get(comma)
                .is_some_and(|t| t.word() && t.class & verb == 0 && !t.low_is(lw, "who"))
        {
            comma += 1;
        }
    }
    // (A person's noun last in the phrase may be whom the name is:
    // `a lawyer for the family of the victim, Ann Green,`.)
    if !toks.get(comma)?.low_is(lw, ",")
        || (comma > np.last + 1 && person_noun(&toks[comma - 1], lw))
    {
        return None;
    }
    // (An age may stand before the name: `said the winner, 19-year-old
    // Jake Price`.)
    let mut at = comma + 1;
    if toks.get(at).is_some_and(|t| age_word(t, lw)) {
        at += 1;
    }
    if !toks.get(at).is_some_and(is_name_word) {
        return None;
    }
    let name = np_after(toks, lw, at, toks.len().min(at + 6))?;
    let (a, b) = name.run?;
    let closes = toks.get(name.last + 1).is_none_or(|t| t.kind == Tk::Punct);
    (name.kind == NpKind::Name && closes && parse_run(toks, lw, a, b).person).then_some(name)
}

/// The text a name phrase stands for: a person's resolved core name, or the
/// phrase as written.
pub(crate) fn np_name(
    text: &str,
    lw: Lower,
    toks: &[Tok],
    np: &Np,
    ix: &NameIndex,
) -> (String, bool, Gender) {
    if let (NpKind::Name, Some((a, b))) = (np.kind, np.run) {
        // The run parsed, and its mention worked out, once: a mention is a
        // person when its run reads as one or the index knows the name as
        // one, which covers both ways a name is taken here.
        if let Some(m) = mention_of(text, lw, toks, &parse_run(toks, lw, a, b), ix)
            && m.person
        {
            return (m.name, true, m.gender);
        }
    }
    let (s, _) = tok_text(text, toks, np.first, np.last);
    // A surname the text has given in full (`said French,` after `Chris
    // French`), though the word alone reads as something else.
    if np.kind == NpKind::Name && np.first == np.last {
        let (full, low) = ix.resolve_low(&s);
        if full != s && ix.person_low(&low) {
            let gender = ix.gender_low(&low);
            return (full, true, gender);
        }
    }
    (s, false, Gender::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::speakers::lexicon::tokenize_into;

    fn seg(t: &str) -> Vec<Sentence> {
        vec![Sentence {
            span: Span::new(0, t.len()),
            paragraph: 0,
            heading: false,
        }]
    }

    #[test]
    fn titles_stripped_and_resolved() {
        let t = "Russia's President Vladimir Putin met U.S. Secretary of State John Kerry and Putin smiled at the United Nations Samantha Power.";
        let names: Vec<String> = find_names(t, &seg(t)).into_iter().map(|m| m.name).collect();
        assert!(names.contains(&"Vladimir Putin".to_string()), "{names:?}");
        assert!(names.contains(&"John Kerry".to_string()), "{names:?}");
        assert!(names.contains(&"Samantha Power".to_string()), "{names:?}");
        assert_eq!(names.iter().filter(|n| *n == "Vladimir Putin").count(), 2);
    }

    /// Whether a name needs no white space normalised, byte by byte: ASCII,
    /// with no white space but single spaces (as [`tok_str`] used to tell;
    /// the oracle of [`plain_words`]).
    fn plain_name(raw: &[u8]) -> bool {
        let mut prev_space = false;
        for &b in raw {
            if !b.is_ascii() || matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
                return false;
            }
            let space = b == b' ';
            if space && prev_space {
                return false;
            }
            prev_space = space;
        }
        true
    }

    /// Every run of up to six tokens of `t`: plain as the byte scan tells,
    /// and with the words [`parts_last`] counts.
    fn plain_as_scanned(t: &str) {
        let low = t.to_ascii_lowercase();
        let mut lows = Lows::default();
        let toks = tokenize(t, &low, Span::new(0, t.len()), &mut lows);
        for a in 0..toks.len() {
            for b in a..toks.len().min(a + 6) {
                let span = Span::new(toks[a].span.start, toks[b].span.end);
                let raw = span.slice(t);
                let (_, _, words) = tok_str(t, &toks, a, b);
                assert_eq!(words.is_some(), plain_name(raw.as_bytes()), "{raw:?}");
                let l = span.slice(&low);
                assert_eq!(parts_of(l, words), parts_last(l), "{raw:?}");
            }
        }
    }

    /// The tables of a plain name's first word, from its token, are those
    /// of the word cut from the name lower-cased.
    fn first_word_tok_as_cut(t: &str) {
        let low = t.to_ascii_lowercase();
        let mut lows = Lows::default();
        let toks = tokenize(t, &low, Span::new(0, t.len()), &mut lows);
        for a in 0..toks.len() {
            for b in a..toks.len().min(a + 4) {
                let (_, low, _, words) = name_at(t, &low, &toks, a, b);
                // (An acronym spelled like a stop word, `WHO`, is on no
                // table, by design.)
                if let Some(tok) = words
                    .and_then(|_| first_word_tok(&toks, a, b))
                    .filter(|t| !t.own_low)
                {
                    let cut = first_word(&low).map_or(0, classes_of);
                    assert_eq!(tok.class, cut, "{low:?}");
                }
            }
        }
    }

    #[test]
    fn first_word_tok_has_the_first_words_tables() {
        for t in [
            "John Kerry's aide, Mr. Smith and Mary-Ann O'Neil said. U.S. Sen. Ann  Lee",
            "Angela\tMerkel and Nancy Pelosi's office; Dr. Jo",
        ] {
            first_word_tok_as_cut(t);
        }
        crate::text::speakers::each_real_text(first_word_tok_as_cut);
    }

    /// [`runs_each`] finds the runs its token-at-a-time reference finds.
    fn runs_as_ref(t: &str) {
        let low = t.to_ascii_lowercase();
        let mut lows = Lows::default();
        let toks = tokenize(t, &low, Span::new(0, t.len()), &mut lows);
        let lw = Lower::new(&low, &lows);
        let mut want = Vec::new();
        runs_each_ref(&toks, lw, |a, b| want.push((a, b)));
        assert_eq!(runs(&toks, lw), want, "{t:?}");
        // From the tokens the tokenizer marked, after other tokens (so at
        // an offset in the vector of all tokens, as the analysis has them).
        let mut all: Vec<Tok> = toks.iter().take(3).cloned().collect();
        let (base, mut marked) = (all.len(), Vec::new());
        let mut lows = Lows::default();
        tokenize_into(
            t,
            &low,
            Span::new(0, t.len()),
            &mut all,
            &mut marked,
            &mut lows,
        );
        let mut got = Vec::new();
        parsed_runs_marked_into(&all[base..], lw, &marked, base, &mut got);
        let got: Vec<_> = got.iter().map(|&(a, b, _)| (a, b)).collect();
        assert_eq!(got, want, "{t:?}");
    }

    #[test]
    fn runs_match_the_token_at_a_time_scan() {
        for t in [
            "",
            "the",
            "Kerry",
            "said Bank of England and Charles de Gaulle of",
            "John Kerry met Vladimir Putin. The U.S. Secretary of State",
            "of Kerry",
            "Doctors Without Borders, al-Abadi, de",
        ] {
            runs_as_ref(t);
        }
        crate::text::speakers::each_real_text(|t| {
            // Sentence by sentence, as the analysis tokenizes.
            for s in
                crate::text::segment::find_sentences(t, &crate::text::segment::find_paragraphs(t))
            {
                runs_as_ref(s.span.slice(t));
            }
        });
    }

    #[test]
    fn plain_words_match_a_byte_scan() {
        let pieces = [
            "Ab", "cd", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "é", "É", "\u{a0}",
            "\u{2009}", "'s", "’s", "-", ".", ",", "Mr.", "O'Neil", "al-", "U.S.", "“", "7",
        ];
        // A fixed xorshift stream: the same cases every run.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..5_000 {
            let mut t = String::new();
            for _ in 0..12 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                t.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            plain_as_scanned(&t);
        }
        crate::text::speakers::each_real_text(plain_as_scanned);
    }

    #[test]
    fn index() {
        let t = "Then Kerry spoke. Later John Kerry left. Iraqi Prime Minister Haider al-Abadi.";
        let ix = NameIndex::build(t, &seg(t));
        assert_eq!(ix.resolve("Kerry"), "John Kerry");
        assert_eq!(ix.resolve("Abadi"), "Haider al-Abadi");
        assert_eq!(ix.resolve("Washington"), "Washington");
        assert_eq!(ix.gender("John Kerry"), Gender::Male);
    }
}
