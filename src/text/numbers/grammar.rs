//! The figure grammar proper: prefixes, units, ranges, qualifiers, counted
//! nouns, dates and ordinals. Everything here reads a bounded window of
//! tokens around a trigger.

use super::lex::{self, Dur, Lex};
use super::tok::{self, K, Pu};
use super::words;
use super::{Core, Found, Parser, QUALIFIERS, Qualifier, QuantityKind, Step};
use crate::text::WEEKDAYS;

use std::sync::LazyLock;

/// Adverbs and particles that end a noun phrase after a number: "his 50th
/// home run back", "one step back", "two years running".
const PARTICLES: [&str; 12] = [
    "back", "round", "ago", "again", "away", "out", "down", "off", "running", "later", "earlier",
    "straight",
];

/// Words before "one" that make it a count even before a noun of
/// discourse: "only one analyst", "more than one reason".
const ONE_COUNTED: [&str; 6] = ["only", "just", "single", "than", "exactly", "least"];

/// A core with its prefix (sign, currency) and unit suffix.
#[derive(Debug, Clone)]
pub(super) struct Atom {
    start: usize,
    end: usize,
    core: Core,
    val: f64,
    /// Factor applied by the unit (decades -> years, cents -> dollars).
    mult: f64,
    kind: Option<QuantityKind>,
    unit: Option<&'static str>,
    /// "four-year": the following noun is described, not counted.
    hyphen_adj: bool,
    /// low/high already known (decades "1980s").
    range: Option<(f64, f64)>,
    /// The counted noun inside a compound: "a 35-member panel".
    noun_tok: Option<usize>,
}

enum AtomR {
    Ok(Atom),
    Skip(usize),
    No,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Conn {
    Or,
    To,
    And,
    Dash,
}

fn square_of(u: &str) -> &'static str {
    match u {
        "metre" => "square-metre",
        "km" => "square-km",
        "mile" => "square-mile",
        "foot" => "square-foot",
        "cm" => "square-cm",
        "inch" => "square-inch",
        "yard" => "square-yard",
        _ => "square",
    }
}

/// A unit abbreviation read only in its exact letter case, as physics and
/// energy reporting write it: electronvolts ("1.7 eV", "3.5 TeV"),
/// watt-hours ("50 Wh"), and micrograms with their Greek letter. In any
/// other case these are no unit ("EV" is an electric vehicle, "WH" the
/// White House).
#[inline]
pub(super) fn cased_unit(w: &str) -> Option<&'static str> {
    // Most words after a number are none of these: one test of the
    // length and last letter first.
    if !(2..=3).contains(&w.len()) || !w.ends_with(['V', 'h', 'g']) {
        return None;
    }
    Some(match w {
        "eV" => "electronvolt",
        "keV" => "kiloelectronvolt",
        "MeV" => "megaelectronvolt",
        "GeV" => "gigaelectronvolt",
        "TeV" => "teraelectronvolt",
        "Wh" => "watt-hour",
        // The micro sign and the Greek mu, as air quality reports write
        // micrograms ("35 µg/m3").
        "\u{b5}g" | "\u{3bc}g" => "microgram",
        _ => return None,
    })
}

/// `v` times a unit's factor; hundredths by a division, which is exact
/// where the multiplication by 0.01 is not ("123.45p" is 1.2345 GBP, not
/// 1.2345000000000002).
fn times(v: f64, mult: f64) -> f64 {
    if mult == 0.01 { v / 100.0 } else { v * mult }
}

fn cubic_of(u: &str) -> &'static str {
    match u {
        "metre" => "cubic-metre",
        "km" => "cubic-km",
        "foot" => "cubic-foot",
        "cm" => "cubic-cm",
        "inch" => "cubic-inch",
        "yard" => "cubic-yard",
        "mile" => "cubic-mile",
        _ => "cubic",
    }
}

/// The rates [`Parser::rate_of`] reads, with their usual names: a unit, the
/// unit it is per, and the name. Speeds, fuel economy, doses and
/// concentrations, emissions and flows as news reports them.
const RATES: &[(&str, &str, &str)] = &[
    ("km", "hour", "km/h"),
    ("mile", "hour", "mph"),
    ("metre", "second", "m/s"),
    ("km", "second", "km/s"),
    ("mile", "second", "mile/s"),
    ("foot", "second", "ft/s"),
    ("metre", "hour", "m/h"),
    ("cm", "year", "cm/year"),
    ("mm", "year", "mm/year"),
    ("mm", "hour", "mm/hour"),
    ("mile", "gallon", "mpg"),
    ("km", "litre", "km/litre"),
    ("litre", "km", "litre/km"),
    ("g", "km", "g/km"),
    ("mg", "kg", "mg/kg"),
    ("microgram", "kg", "microgram/kg"),
    ("mg", "litre", "mg/litre"),
    ("mmol", "litre", "mmol/litre"),
    ("g", "litre", "g/litre"),
    ("microgram", "litre", "microgram/litre"),
    ("mg", "day", "mg/day"),
    ("g", "day", "g/day"),
    ("calorie", "day", "calorie/day"),
    ("kcal", "day", "kcal/day"),
    ("mg", "cubic-metre", "mg/cubic-metre"),
    ("microgram", "cubic-metre", "microgram/cubic-metre"),
    ("barrel", "day", "barrel/day"),
    ("cubic-metre", "second", "cubic-metre/second"),
    ("litre", "second", "litre/second"),
    ("litre", "minute", "litre/minute"),
    ("gallon", "minute", "gallon/minute"),
    ("tonne", "hectare", "tonne/hectare"),
    ("kg", "hectare", "kg/hectare"),
    ("kg", "square-metre", "kg/square-metre"),
    ("watt", "square-metre", "watt/square-metre"),
    ("megabyte", "second", "megabyte/second"),
    ("gigabyte", "second", "gigabyte/second"),
];

/// Amounts of stuff that news gives per unit of time beyond [`RATES`]:
/// "10 hectares per hour", "2,000 tonnes a day", "50 miles a day".
const TIME_RATE_AMOUNTS: [&str; 36] = [
    "acre",
    "hectare",
    "barrel",
    "byte",
    "kilobyte",
    "megabyte",
    "gigabyte",
    "terabyte",
    "petabyte",
    "exabyte",
    "g",
    "kg",
    "mg",
    "tonne",
    "megatonne",
    "gigatonne",
    "lb",
    "ounce",
    "litre",
    "ml",
    "gallon",
    "pint",
    "calorie",
    "kcal",
    "km",
    "mile",
    "metre",
    "foot",
    "inch",
    "cm",
    "mm",
    "yard",
    "kilowatt-hour",
    "megawatt-hour",
    "gigawatt-hour",
    "terawatt-hour",
];

/// The units of time a rate is given per.
const TIME_RATE_UNITS: [&str; 7] = ["second", "minute", "hour", "day", "week", "month", "year"];

/// Every "amount/time" name, built once, so that a rate's unit is a
/// `&'static str` like the names in [`RATES`].
static TIME_RATES: LazyLock<Vec<(&'static str, &'static str, String)>> = LazyLock::new(|| {
    TIME_RATE_AMOUNTS
        .iter()
        .flat_map(|a| {
            TIME_RATE_UNITS
                .iter()
                .map(move |t| (*a, *t, format!("{a}/{t}")))
        })
        .collect()
});

/// The name of the rate of `u` per `den` when `u` is an amount and `den`
/// a unit of time ("hectare/hour"), for the rates [`RATES`] does not name.
fn time_rate(u: &str, den: &str) -> Option<&'static str> {
    let all: &'static [(&'static str, &'static str, String)] = &TIME_RATES;
    all.iter()
        .find(|r| r.0 == u && r.1 == den)
        .map(|r| r.2.as_str())
}

/// Whether `w` in lower case is a country's adjective that may stand
/// between a number and a currency word: "10,000 swiss francs", "100
/// chinese yuan", "10 us dollars" (text in lower case throughout, as in
/// some feeds and transcripts). A capitalised word there is taken
/// whatever it is ("10,000 Belgian francs").
fn national_adjective(w: &str) -> bool {
    const OTHERS: &[&str] = &[
        "us",
        "american",
        "chinese",
        "japanese",
        "british",
        "european",
        "russian",
        "dutch",
        "finnish",
        "german",
        "spanish",
        "portuguese",
        "greek",
        "austrian",
        "irish",
        "brazilian",
        "african",
        "hong",
        "sri",
        "saudi",
        "korean",
        "egyptian",
        "israeli",
        "nigerian",
        "kenyan",
        "thai",
    ];
    NATIONAL_PAIRS
        .iter()
        .map(|p| p.0)
        .chain(OTHERS.iter().copied())
        .any(|a| a.eq_ignore_ascii_case(w))
}

/// A currency named with its country's adjective: "Belgian franc" is BEF,
/// "Canadian dollars" CAD. Unknown pairs keep the word's own code.
fn national_currency(adj: &str, code: &'static str) -> &'static str {
    NATIONAL_PAIRS
        .iter()
        .find(|(a, c, _)| *c == code && a.eq_ignore_ascii_case(adj))
        .map_or(code, |p| p.2)
}

/// The pound of a country other than Britain's, by its adjective ("20
/// Egyptian pounds" is EGP), or Britain's own ("British pounds"): `None`
/// for any other word, which leaves "pounds" to be read as it is alone.
fn national_pound(adj: &str) -> Option<&'static str> {
    [
        ("british", "GBP"),
        ("egyptian", "EGP"),
        ("lebanese", "LBP"),
        ("syrian", "SYP"),
        ("sudanese", "SDG"),
        ("falkland", "FKP"),
        ("gibraltar", "GIP"),
    ]
    .iter()
    .find(|(a, _)| a.eq_ignore_ascii_case(adj))
    .map(|p| p.1)
}

/// (Adjective, the code its currency word means alone, the code with the
/// adjective.)
const NATIONAL_PAIRS: &[(&str, &str, &str)] = &[
    ("belgian", "CHF", "BEF"),
    ("french", "CHF", "FRF"),
    ("swiss", "CHF", "CHF"),
    ("luxembourg", "CHF", "LUF"),
    ("italian", "TRY", "ITL"),
    ("turkish", "TRY", "TRY"),
    ("maltese", "TRY", "MTL"),
    ("canadian", "USD", "CAD"),
    ("australian", "USD", "AUD"),
    ("zealand", "USD", "NZD"),
    ("kong", "USD", "HKD"),
    ("taiwan", "USD", "TWD"),
    ("lankan", "INR", "LKR"),
    ("singapore", "USD", "SGD"),
    ("taiwanese", "USD", "TWD"),
    ("mexican", "MXN", "MXN"),
    ("argentine", "MXN", "ARS"),
    ("argentinian", "MXN", "ARS"),
    ("chilean", "MXN", "CLP"),
    ("colombian", "MXN", "COP"),
    ("philippine", "MXN", "PHP"),
    ("indian", "INR", "INR"),
    ("pakistani", "INR", "PKR"),
    ("danish", "NOK", "DKK"),
    ("norwegian", "NOK", "NOK"),
    ("swedish", "SEK", "SEK"),
    ("icelandic", "SEK", "ISK"),
];

/// By length (up to 15), a bit for each initial letter (lower case) of a
/// last word of a [`QUALIFIERS`] phrase.
static QUALIFIER_ENDS: [u32; 16] = {
    let mut t = [0u32; 16];
    let mut n = 0;
    while n < QUALIFIERS.len() {
        let ws = QUALIFIERS[n].0;
        let last = ws[ws.len() - 1].as_bytes();
        assert!(last.len() < 16 && last[0].is_ascii_lowercase());
        t[last.len()] |= 1 << (last[0] - b'a');
        n += 1;
    }
    t
};

/// Last words of one length, each with the indexes of the [`QUALIFIERS`]
/// phrases it ends.
type PhraseEnds = Vec<(&'static str, Vec<usize>)>;

/// By length (up to 15), each last word of a [`QUALIFIERS`] phrase with the
/// phrases it ends, in their order: the phrases worth trying before a
/// figure are those of the word before it, and the words it ends most
/// often ("of", "to", "than") end a handful of the dozens of phrases.
static PHRASES_BY_END: LazyLock<[PhraseEnds; 16]> = LazyLock::new(|| {
    let mut by_end: [PhraseEnds; 16] = Default::default();
    for (n, (ws, _)) in QUALIFIERS.iter().enumerate() {
        let last = ws[ws.len() - 1];
        let words = &mut by_end[last.len()];
        match words.iter_mut().find(|(w, _)| *w == last) {
            Some((_, phrases)) => phrases.push(n),
            None => words.push((last, vec![n])),
        }
    }
    by_end
});

/// Whether `w` may be the last word of a qualifier phrase: a cheap test
/// before trying the phrases.
#[inline]
fn may_end_qualifier(w: &str) -> bool {
    match (QUALIFIER_ENDS.get(w.len()), w.as_bytes().first()) {
        (Some(bits), Some(c)) if c.is_ascii_alphabetic() => {
            bits & (1 << (c.to_ascii_lowercase() - b'a')) != 0
        }
        _ => false,
    }
}

/// One side of a vote's tally, the atom `a`: a count of votes ("voted
/// 51 to 49").
fn votes(a: &Atom) -> Found {
    let mut f = Found::new(a.start, a.end, QuantityKind::Count, a.val);
    f.unit = Some("votes".to_string());
    f
}

fn age_unit(d: Dur) -> &'static str {
    match d {
        Dur::Month => "months-old",
        Dur::Week | Dur::Fortnight => "weeks-old",
        Dur::Day => "days-old",
        Dur::Hour => "hours-old",
        _ => "years-old",
    }
}

impl Parser<'_> {
    pub(super) fn dur_at(&self, k: usize) -> Option<Dur> {
        match self.lex(k) {
            // "sec" in lower case only: "the five SEC commissioners" are
            // the Securities and Exchange Commission's.
            Lex::Dur(Dur::Second) if self.s(k).len() == 3 && self.s(k) != "sec" => None,
            Lex::Dur(d) => Some(d),
            Lex::Ordinal(2) if self.s(k).eq_ignore_ascii_case("second") => Some(Dur::Second),
            _ => None,
        }
    }

    /// Where a magnitude named before the number at `start` (its figure
    /// ending at `end`) begins, if one is: "magnitude 7.8", "a
    /// magnitude-6.2 quake", the word "magnitude" (in lower case, or
    /// opening the sentence; not a title's "Magnitude") no further back
    /// than `floor`; or "a magnitude of 6.1" when the value `val` is below
    /// ten, as quakes' are, and no plural noun follows (not "the magnitude
    /// of 300 job cuts", "of 5 deaths").
    fn magnitude_before(&self, start: usize, end: usize, floor: usize, val: f64) -> Option<usize> {
        let word = |k: usize| {
            k >= floor
                && self.lex(k) == Lex::Measure("magnitude")
                && (!self.cap(k) || self.sentence_start(k))
        };
        let p = start.checked_sub(1)?;
        if word(p) && self.ws(start) {
            return Some(p);
        }
        let w = p.checked_sub(1)?;
        let hyphen = self.pu(p) == Some(Pu::Hyphen) && self.glued(p) && self.glued(start);
        let of = self.is(p, "of")
            && self.ws(start)
            && (0.0..10.0).contains(&val)
            && !(self.is_word(end) && words::is_plural(self.s(end)));
        ((hyphen || of) && word(w)).then_some(w)
    }

    /// Whether the decade at `start` ("60s") follows a possessive that
    /// makes it someone's age: "in his 60s", "in their early 20s", "in
    /// her mid-40s".
    fn age_band(&self, start: usize) -> bool {
        self.age_band_in(start, true)
    }

    /// [`Parser::age_band`]; the second of a pair ("their 20s or 30s")
    /// only when `pair` (one step back, so a long chain stays linear).
    fn age_band_in(&self, start: usize, pair: bool) -> bool {
        let mut p = start;
        if p >= 2 && self.pu(p - 1) == Some(Pu::Hyphen) && self.is(p - 2, "mid") {
            p -= 2;
        } else if p >= 1 && ["early", "mid", "late"].iter().any(|w| self.is(p - 1, w)) {
            p -= 1;
        }
        // The second of two: "into their 20s or 30s".
        if pair
            && p >= 3
            && ["or", "and", "to"].iter().any(|w| self.is(p - 1, w))
            && self.s(p - 2) == "s"
            && self.glued(p - 2)
            && self.is_num(p - 3)
        {
            return self.age_band_in(p - 3, false);
        }
        p >= 1
            && ["his", "her", "their", "my", "your", "our"]
                .iter()
                .any(|w| self.is(p - 1, w))
    }

    /// Where "on the Richter scale" ends when it starts at `k`, right
    /// after a number ("measured 7.8 on the Richter scale").
    fn richter_after(&self, k: usize) -> Option<usize> {
        (self.is(k, "on")
            && self.is(k + 1, "the")
            && self.is(k + 2, "richter")
            && self.is(k + 3, "scale"))
        .then_some(k + 4)
    }

    /// A unit word capitalised mid-sentence: part of a title ("60 Minutes").
    fn title_unit(&self, k: usize, core_start: usize) -> bool {
        self.cap(k) && !self.upper(k) && !self.sentence_start(core_start)
    }

    fn atom(&self, i: usize) -> AtomR {
        let mut j = i;
        let mut neg = false;
        let mut cur: Option<&'static str> = None;
        let mut rand = false;
        match self.t[i].k {
            K::P(Pu::Minus | Pu::Hyphen) => {
                if !(self.is_num(i + 1) && self.glued(i + 1)) {
                    return AtomR::No;
                }
                if self.pu(i) == Some(Pu::Hyphen) && i > 0 && self.glued(i) {
                    return AtomR::No;
                }
                neg = true;
                j = i + 1;
            }
            K::P(p @ Pu::Cur(_)) => {
                // "$5", and a written amount after a spaced sign, as
                // transcripts and some wires write it: "$ four million".
                if !(self.is_num(i + 1)
                    || (self.ws(i + 1) && matches!(self.lex(i + 1), Lex::Card(_) | Lex::Tens(_))))
                {
                    return AtomR::No;
                }
                cur = p.cur_code();
                j = i + 1;
            }
            K::Word { .. } => match self.lex(i) {
                Lex::Minus => {
                    if (self.is_num(i + 1)
                        || matches!(self.lex(i + 1), Lex::Card(_) | Lex::Tens(_)))
                        && self.sign_word(i)
                    {
                        neg = true;
                        j = i + 1;
                    } else {
                        return AtomR::No;
                    }
                }
                Lex::CurCode(code) => {
                    if !lex::code_case_ok(self.s(i)) {
                        return AtomR::No;
                    }
                    let mut k = i + 1;
                    if self.pu(k) == Some(Pu::Period) && self.glued(k) {
                        k += 1;
                    }
                    if !self.is_num(k) {
                        return AtomR::No;
                    }
                    cur = Some(code);
                    j = k;
                }
                // South Africa's rand, "R2.5-billion", "R500 million": only
                // with a scale, as "R2" alone may be a road or a name.
                _ if self.s(i) == "R"
                    && self.is_num(i + 1)
                    && self.glued(i + 1)
                    && !(i > 0 && self.glued(i) && (self.is_word(i - 1) || self.is_num(i - 1))) =>
                {
                    cur = Some("ZAR");
                    rand = true;
                    j = i + 1;
                }
                // `Pu::Cur(0)`: `$`.
                _ if matches!(self.pu(i + 1), Some(Pu::Cur(0))) && self.glued(i + 1) => {
                    match lex::dollar_prefix(self.s(i)) {
                        Some(code) if self.is_num(i + 2) => {
                            cur = Some(code);
                            j = i + 2;
                        }
                        _ => return AtomR::No,
                    }
                }
                _ => {}
            },
            K::Num { .. } => {}
            _ => return AtomR::No,
        }
        let Some(core) = self.core(j, cur.is_some()) else {
            return AtomR::No;
        };
        if rand && core.exp < 6 {
            return AtomR::No;
        }
        if core.written
            && self.cap(core.start)
            && !self.sentence_start(core.start)
            && !(core.start > 0 && self.lex(core.start - 1) == Lex::Minus)
        {
            return AtomR::Skip(core.end);
        }
        if self.in_title_quote(core.start, core.end) {
            return AtomR::Skip(core.end);
        }
        if cur.is_none()
            && !neg
            && core.num_tok.is_some()
            && core.exp == 0
            && (self.after_name(core.start) || self.before_name(core.start))
        {
            // "beat Chelsea 1-3": the score after the name goes with it,
            // and so does one spaced as results tables space it ("Leeds 1
            // - 3 Chelsea"), the dash spaced on both sides or on neither.
            let e = core.end;
            if matches!(self.pu(e), Some(Pu::Hyphen | Pu::Dash))
                && self.glued(e) == self.glued(e + 1)
                && self.is_num(e + 1)
            {
                return AtomR::Skip(e + 2);
            }
            return AtomR::Skip(core.end);
        }
        let mut a = Atom {
            start: i.min(core.start),
            end: core.end,
            core,
            val: if neg { -core.val } else { core.val },
            mult: 1.0,
            kind: None,
            unit: None,
            hyphen_adj: false,
            range: None,
            noun_tok: None,
        };
        if let Some(code) = cur {
            // "Rs 3,000 cr", "₹500cr": the crore, abbreviated as South
            // Asian papers write it, only after their currencies.
            if matches!(code, "INR" | "PKR" | "BDT" | "NPR" | "LKR")
                && a.core.exp == 0
                && self.s(a.end) == "cr"
                && self.is_word(a.end)
                && let Some(t) = a.core.num_tok
            {
                a.val = self.digits_value(t, 7) * a.val.signum();
                a.core.exp = 7;
                a.end += 1;
            }
            a.kind = Some(QuantityKind::Money);
            a.unit = Some(code);
            // "$5 and 50 cents" (with a sign, only joined by "and": "$10
            // 50 cents" is two amounts).
            if self.is(a.end, "and") {
                self.major_and_minor(&mut a);
            }
            return AtomR::Ok(a);
        }
        if core.ratio {
            a.kind = Some(QuantityKind::Percent);
            a.unit = Some("ratio");
            return AtomR::Ok(a);
        }
        let k = core.end;
        if core.vague {
            // "several thousand dollars", "a few hundred euros": money, as
            // "3,000 dollars" is. ("Several hundred pounds" may weigh.)
            if self.ws(k)
                && let Lex::CurWord(c) = self.lex(k)
            {
                a.kind = Some(QuantityKind::Money);
                a.unit = Some(c);
                a.end = k + 1;
                return AtomR::Ok(a);
            }
            // "several million pounds", "a few hundred million pounds":
            // sterling, as "2 million pounds" is; nobody weighs in
            // millions of pounds.
            if self.ws(k) && self.lex(k) == Lex::Pounds && core.exp >= 6 {
                a.kind = Some(QuantityKind::Money);
                a.unit = Some("GBP");
                a.end = k + 1;
                return AtomR::Ok(a);
            }
            // "millions of dollars", and with the country named as after
            // a number ("tens of billions of US dollars", "millions of
            // Hong Kong dollars").
            if self.is(k, "of") {
                let nat = |j: usize| {
                    self.is_word(j)
                        && self.ws(j)
                        && self.lex(j) == Lex::None
                        && (self.cap(j) || national_adjective(self.s(j)))
                };
                let cur_word = |j: usize| {
                    self.ws(j)
                        && (matches!(self.lex(j), Lex::CurWord(_))
                            || (self.lex(j) == Lex::Pounds
                                && j > 0
                                && national_pound(self.s(j - 1)).is_some()))
                };
                let (adj, c) = if nat(k + 1) && cur_word(k + 2) {
                    (Some(k + 1), k + 2)
                } else if nat(k + 1) && nat(k + 2) && cur_word(k + 3) {
                    (Some(k + 2), k + 3)
                } else {
                    (None, k + 1)
                };
                let code = match (self.lex(c), adj) {
                    (Lex::CurWord(code), Some(j)) => Some(national_currency(self.s(j), code)),
                    (Lex::CurWord(code), None) => Some(code),
                    (Lex::Pounds, None) => Some("GBP"),
                    (Lex::Pounds, Some(j)) => national_pound(self.s(j)),
                    _ => None,
                };
                if let Some(code) = code {
                    a.kind = Some(QuantityKind::Money);
                    a.unit = Some(code);
                    a.end = c + 1;
                }
            }
            return AtomR::Ok(a);
        }
        if core.a_dur {
            let d = self.dur_at(k);
            let Some(d) = d else { return AtomR::No };
            // "a decades-old tax break": many decades, no number.
            if self.s(k).ends_with(['s', 'S']) {
                return AtomR::No;
            }
            // "half an hour", "a half hour": no rate or base is said so.
            let always = matches!(d, Dur::Decade | Dur::Century)
                || self.lex(core.start) == Lex::Half
                || self.lex(k - 1) == Lex::Half;
            // ("up to an hour", "up to a week": a bound on a stretch.)
            let prev_ok = core.start > 0
                && ([
                    "for", "within", "after", "over", "than", "nearly", "almost", "about",
                    "around", "than", "past", "spent", "lasted", "took", "in",
                ]
                .iter()
                .any(|w| self.is(core.start - 1, w))
                    || (core.start > 1
                        && self.is(core.start - 1, "to")
                        && self.is(core.start - 2, "up")));
            // "a week later", "an hour later": the time that passed before
            // what happened next, as "two days later" is; not "a year
            // earlier", "a year ago", the base a change is measured from
            // ("down from 3.4 million a year earlier").
            let later = self.ws(k + 1) && self.is(k + 1, "later");
            // "a year and a half ago": a stretch of time said with its
            // fraction, whatever the words around it.
            let frac = self.unit_fraction(core.start, k + 1);
            if !(always || prev_ok || later || frac.is_some()) || self.title_unit(k, core.start) {
                return AtomR::No;
            }
            let (f, after) = frac.unwrap_or((0.0, k + 1));
            let (u, m) = d.norm();
            a.val = (a.val + f) * m;
            a.mult = m;
            // "a decade-old war", "a century old": an age.
            if let Some(e) = self.old_at(after) {
                a.kind = Some(QuantityKind::Count);
                a.unit = Some(age_unit(d));
                a.end = e;
                return AtomR::Ok(a);
            }
            a.kind = Some(QuantityKind::Duration);
            a.unit = Some(u);
            a.end = after;
            return AtomR::Ok(a);
        }
        // "one in five", "2 out of 3", and hyphened: "one-in-five workers"
        let hyphened = self.inner_hyphen(k) && self.is(k + 1, "in") && self.inner_hyphen(k + 2);
        if hyphened || self.is(k, "in") || (self.is(k, "out") && self.is(k + 1, "of")) {
            let k2 = if hyphened {
                k + 3
            } else if self.is(k, "in") {
                k + 1
            } else {
                k + 2
            };
            if let Some(c2) = self.core(k2, false)
                && !c2.year4
                && !c2.ratio
                && !c2.vague
                && c2.exp == 0
                && c2.val > 1.0
                && core.val > 0.0
                && c2.val >= core.val
                && core.exp == 0
                // "one in 10", "four in 10" (style guides write ten and up
                // in digits), but not "4 in ten". A lone "1" is the chance
                // itself, whatever the style of the rest: "1 in twenty";
                // but a rank's ("No 1 in three polls", "ranked 1 in").
                && (c2.written == core.written
                    || core.written
                    || (core.val == 1.0 && !self.rank_number(core.start)))
                // "the first one in five years" counts years.
                && self.dur_at(c2.end).is_none()
            {
                a.val = core.val / c2.val;
                a.kind = Some(QuantityKind::Percent);
                a.unit = Some("ratio");
                a.end = c2.end;
                return AtomR::Ok(a);
            }
        }
        // "a 3-to-1 margin", "a two-to-one vote": the factor.
        if self.pu(k) == Some(Pu::Hyphen)
            && self.is(k + 1, "to")
            && self.pu(k + 2) == Some(Pu::Hyphen)
            && (k..k + 4).all(|j| self.glued(j))
            && let Some(c2) = self.core(k + 3, false)
            && !c2.year4
            && !c2.ratio
            && !c2.vague
            && c2.exp == 0
            && core.exp == 0
            && c2.val > 0.0
            // "aged 18-to-25" is a range: a ratio names the larger first.
            && c2.val <= core.val
            && c2.written == core.written
        {
            a.val = core.val / c2.val;
            a.kind = Some(QuantityKind::Percent);
            a.unit = Some("ratio");
            a.end = c2.end;
            return AtomR::Ok(a);
        }
        if let Some((val, end)) = self.compound_ordinal(&core) {
            a.val = val;
            a.kind = Some(QuantityKind::Ordinal);
            a.end = end;
            return AtomR::Ok(a);
        }
        match self.suffix(&mut a, k) {
            Ok(()) => AtomR::Ok(a),
            Err(j) => AtomR::Skip(j),
        }
    }

    /// An ordinal written in words whose last word is the ordinal one
    /// (its value, and where it ends): "twenty-first", "one hundred
    /// twenty-fifth" (a tens, a hyphen, an ordinal of one to nine), "two
    /// hundredth", "three thousandth" (a number below a hundredth or
    /// thousandth times it), "one hundred fifth", "three hundred and
    /// fiftieth" (a round hundred or thousand plus an ordinal below a
    /// hundred).
    fn compound_ordinal(&self, core: &Core) -> Option<(f64, usize)> {
        if !core.written || core.ratio || core.vague || core.end <= core.start {
            return None;
        }
        let k = core.end;
        let last = self.lex(k - 1);
        if let Lex::Tens(_) = last
            && self.pu(k) == Some(Pu::Hyphen)
            && self.glued(k)
            && self.glued(k + 1)
            && let Lex::Ordinal(o @ 1..=9) = self.lex(k + 1)
        {
            return Some((core.val + o as f64, k + 2));
        }
        // "his twenty first birthday", "the twenty third of May": the same
        // written apart, as "twenty one" is. Not "twenty second" (a clip of
        // twenty seconds reads so), nor an ordinal that is an adjective of
        // its own: "twenty first-time buyers", "twenty third graders",
        // "twenty first class tickets", "forty first aid kits".
        if let Lex::Tens(_) = last
            && self.ws(k)
            && let Lex::Ordinal(o @ (1 | 3..=9)) = self.lex(k)
            && !(self.pu(k + 1) == Some(Pu::Hyphen) && self.glued(k + 1))
            && !(self.is_word(k + 1) && words::is_plural(self.s(k + 1)))
            && !(self.is_word(k + 2) && words::is_plural(self.s(k + 2)))
            && !(self.is_word(k + 1)
                && [
                    "class", "aid", "world", "team", "round", "time", "hand", "division",
                ]
                .iter()
                .any(|w| self.is(k + 1, w)))
        {
            return Some((core.val + o as f64, k + 1));
        }
        let round = matches!(last, Lex::Hundred | Lex::Scale(_));
        // "three hundred and fiftieth": the "and" of a written hundred.
        let o_at = match self.is(k, "and") && round {
            true => k + 1,
            false => k,
        };
        if !self.ws(o_at) {
            return None;
        }
        // What follows the ordinal makes it an adjective of its own ("two
        // hundred first-time buyers", "a hundred fifth graders") or a
        // fraction ("one hundredth of a second").
        let after = o_at + 1;
        if (self.pu(after) == Some(Pu::Hyphen) && self.glued(after))
            || self.is(after, "of")
            || (self.is_word(after) && words::is_plural(self.s(after)))
        {
            return None;
        }
        match self.lex(o_at) {
            Lex::Ordinal(o @ (100 | 1000 | 1_000_000 | 1_000_000_000 | 1_000_000_000_000))
                if core.val < o as f64 && o_at == k =>
            {
                Some((core.val * o as f64, o_at + 1))
            }
            Lex::Ordinal(o @ 1..=99) if round && core.val % 100.0 == 0.0 => {
                Some((core.val + o as f64, o_at + 1))
            }
            _ => None,
        }
    }

    /// A number at `k - 1` read as a factor, like "doubled": "a 50-fold
    /// rise", "2.5 times higher", "three times the size", "three times as
    /// many". Where the factor ends, if it is one. "Three times a day" and
    /// "three times since" count occasions.
    fn factor_after(&self, k: usize) -> Option<usize> {
        // "50-fold", "three-fold"
        if self.pu(k) == Some(Pu::Hyphen)
            && self.glued(k)
            && self.glued(k + 1)
            && self.is(k + 1, "fold")
        {
            return Some(k + 2);
        }
        if !self.ws(k) || !self.is(k, "times") || !self.ws(k + 1) {
            return None;
        }
        const COMPARED: [&str; 34] = [
            "as", "the", "that", "more", "less", "fewer", "higher", "lower", "greater", "larger",
            "bigger", "smaller", "faster", "slower", "longer", "shorter", "likelier", "likely",
            "cheaper", "dearer", "deadlier", "stronger", "weaker", "heavier", "lighter", "wider",
            "worse", "better", "over", "its", "their", "his", "her", "our",
        ];
        if COMPARED.iter().any(|w| self.is(k + 1, w)) {
            return Some(k + 1);
        }
        // "25 times forward earnings", "8.3 times average earnings": a
        // multiple of a base of money, as valuations and house prices
        // are given.
        if self.times_base(k + 1) {
            return Some(k + 1);
        }
        // "up from 4 times in 1997": the same multiple again, after a
        // first one in the sentence.
        if k >= 2
            && self.is(k - 2, "from")
            && (k.saturating_sub(16)..k - 2)
                .any(|t| self.is(t, "times") && self.ws(t + 1) && self.times_base(t + 1))
        {
            return Some(k + 1);
        }
        None
    }

    /// A base a multiple is of at `k`, after one or two adjectives at
    /// most: "earnings", "forward earnings", "average annual salary".
    fn times_base(&self, k: usize) -> bool {
        const ADJ: [&str; 12] = [
            "forward",
            "average",
            "annual",
            "expected",
            "median",
            "household",
            "trailing",
            "projected",
            "estimated",
            "yearly",
            "net",
            "gross",
        ];
        const BASE: [&str; 12] = [
            "earnings", "salary", "salaries", "income", "incomes", "sales", "revenue", "revenues",
            "profit", "profits", "wages", "ebitda",
        ];
        let mut t = k;
        for _ in 0..2 {
            if ADJ.iter().any(|w| self.is(t, w)) && self.ws(t + 1) {
                t += 1;
            }
        }
        BASE.iter().any(|w| self.is(t, w))
    }

    fn set(&self, a: &mut Atom, kind: QuantityKind, unit: &'static str, end: usize) {
        a.kind = Some(kind);
        a.unit = Some(unit);
        a.end = end;
    }

    /// "old" or "olds" at `k`, after a space or glued to a hyphen (the
    /// age in "5 year old", "90 year olds", "a 12 year-old"), or "of age"
    /// ("children under 5 years of age"): where it ends.
    fn old_at(&self, k: usize) -> Option<usize> {
        if self.lex(k) == Lex::Old && self.ws(k) {
            return Some(k + 1);
        }
        // Only "age" in lower case where the phrase ends ("5 years of
        // age.", "of age or older", "of age when"): not "30 years of age
        // discrimination law", "20 years of Age UK", "of age-old".
        if self.is(k, "of")
            && self.ws(k + 1)
            && self.s(k + 1) == "age"
            && !self.is_num(k + 2)
            && (!self.is_word(k + 2) || words::is_stop(self.s(k + 2)) || self.is(k + 2, "when"))
            && !(self.pu(k + 2) == Some(Pu::Hyphen) && self.glued(k + 2))
        {
            return Some(k + 2);
        }
        (self.pu(k) == Some(Pu::Hyphen)
            && self.glued(k)
            && self.glued(k + 1)
            && self.lex(k + 1) == Lex::Old)
            .then_some(k + 2)
    }

    /// The unit after the number, read into `a`; `Err` with the token to
    /// resume at when the atom is no figure. (The caller returns `a`: a
    /// copy of it for every return here cost more than the rest of most.)
    fn suffix(&self, a: &mut Atom, k: usize) -> Result<(), usize> {
        use QuantityKind as Q;
        let core = a.core;
        let g = self.glued(k);
        if let Some(end) = self.factor_after(k) {
            self.set(a, Q::Percent, "ratio", end);
            return Ok(());
        }
        // "rose by a factor of three"
        if core.start >= 2
            && core.exp == 0
            && self.is(core.start - 1, "of")
            && self.is(core.start - 2, "factor")
        {
            self.set(a, Q::Percent, "ratio", k);
            return Ok(());
        }
        match self.t.get(k).map(|t| t.k) {
            Some(K::P(Pu::Percent)) => self.set(a, Q::Percent, "percent", k + 1),
            // A currency sign after the amount, as written in much of
            // Europe: "5,99 €", "20€". Not the sign of a next amount
            // ("100 £1m-plus homes").
            Some(K::P(p @ Pu::Cur(_))) if !self.is_num(k + 1) => {
                if let Some(code) = p.cur_code() {
                    self.set(a, Q::Money, code, k + 1);
                }
            }
            Some(K::P(Pu::Degree)) => {
                let u = match self.s(k + 1) {
                    "C" if self.glued(k + 1) => "degree-celsius",
                    "F" if self.glued(k + 1) => "degree-fahrenheit",
                    _ => "degree",
                };
                self.set(a, Q::Measure, u, if u == "degree" { k + 1 } else { k + 2 });
            }
            Some(K::P(Pu::Hyphen)) if g && self.glued(k + 1) && self.is_word(k + 1) => {
                let w = k + 1;
                if let Some(d) = self.dur_at(w) {
                    if self.title_unit(w, core.start) {
                        return Err(w + 1);
                    }
                    if self.pu(w + 1) == Some(Pu::Hyphen)
                        && self.glued(w + 1)
                        && self.lex(w + 2) == Lex::Old
                        && self.glued(w + 2)
                    {
                        // "a two-decade-old conflict" is 20 years old.
                        a.val *= d.norm().1;
                        self.set(a, Q::Count, age_unit(d), w + 3);
                        return Ok(());
                    }
                    let (u, m) = d.norm();
                    a.val *= m;
                    a.mult = m;
                    self.set(a, Q::Duration, u, w + 1);
                    a.hyphen_adj = true;
                } else if let Lex::Measure(u) = self.lex(w) {
                    self.set(a, Q::Measure, u, w + 1);
                    a.hyphen_adj = true;
                } else if let Lex::Scale(_) = self.lex(w) {
                    // handled by the core; nothing more here
                } else if self.lex(w) == Lex::Percent {
                    self.set(a, Q::Percent, "percent", w + 1);
                    a.hyphen_adj = true;
                } else if self.lex(w) == Lex::Pounds
                    && (core.exp < 6 || words::is_money_noun(self.s(w + 1)))
                {
                    // "a 2-million-pound fine" is money; "a 2,000-pound
                    // bomb" weighs. (A "2-million-pound recall" of beef
                    // weighs too: millions are money only before a word
                    // of money.) Any amount before a word of money is
                    // money: "a five-pound note", "a 100-pound fine".
                    if words::is_money_noun(self.s(w + 1)) {
                        self.set(a, Q::Money, "GBP", w + 1);
                    } else {
                        self.set(a, Q::Measure, "lb", w + 1);
                    }
                    a.hyphen_adj = true;
                } else if let Some((kind, unit, mult, end)) = self.hyphen_unit(w) {
                    // "a 10-euro note", "the 20-cent fare", "a
                    // 2,000-square-foot home"
                    a.val = if mult == 0.01 {
                        self.hundredths(a)
                    } else {
                        a.val * mult
                    };
                    a.mult = mult;
                    self.set(a, kind, unit, end);
                    a.hyphen_adj = true;
                } else if self.upper(w) && self.s(w).len() <= 2 && self.lex(w) == Lex::None {
                    // "in 3-D", "a 10-K filing": a name.
                    return Err(w + 1);
                } else if core.is_one || self.lex(core.start) == Lex::Card(0) {
                    // "one-way", "one-off", "zero-hours": not counts
                    return Err(w + 1);
                } else if self.lex(w) == Lex::None
                    && !self.cap(w)
                    && !words::is_stop(self.s(w))
                    && !self.s(w).eq_ignore_ascii_case("odd")
                    && (self.pu(w + 1) != Some(Pu::Hyphen) || !self.glued(w + 1))
                {
                    // "a 35-member panel", "a 10-point plan"; but a
                    // compound before a plural noun is a kind, not a
                    // count: "five-star hotels", "two-way conversations".
                    let next = w + 1;
                    if self.is_word(next)
                        && self.ws(next)
                        && !self.cap(next)
                        && !words::is_stop(self.s(next))
                        && words::is_plural(self.s(next))
                        && !self.s(w).eq_ignore_ascii_case("strong")
                    {
                        return Err(next);
                    }
                    a.kind = Some(Q::Count);
                    a.end = w + 1;
                    a.hyphen_adj = true;
                    a.noun_tok = Some(w);
                    // "a 5,000-strong crowd": the crowd has that many, the
                    // noun after is what is counted ("strong" counts none).
                    if self.s(w).eq_ignore_ascii_case("strong") {
                        let counted = self.is_word(next)
                            && self.ws(next)
                            && !self.cap(next)
                            && !words::is_stop(self.s(next));
                        a.noun_tok = counted.then_some(next);
                        if counted {
                            a.end = next + 1;
                        }
                    }
                } else if core.written && !self.s(w).eq_ignore_ascii_case("odd") {
                    // A compound we do not read ("two-and-a-half-hour").
                    let mut e = w + 1;
                    while self.inner_hyphen(e) {
                        e += 2;
                    }
                    return Err(e);
                }
            }
            Some(K::Word { .. }) => {
                let w = self.s(k);
                match self.lex(k) {
                    Lex::Percent if g || w.len() > 2 || self.ws(k) => {
                        self.set(a, Q::Percent, "percent", k + 1)
                    }
                    Lex::Per if self.lex(k + 1) == Lex::Cent => {
                        self.set(a, Q::Percent, "percent", k + 2)
                    }
                    Lex::Percentage if self.lex(k + 1) == Lex::Point => {
                        self.set(a, Q::Percent, "percentage-point", k + 2)
                    }
                    // "a 0.5 percentage-point margin"
                    Lex::Percentage
                        if self.pu(k + 1) == Some(Pu::Hyphen)
                            && self.glued(k + 1)
                            && self.glued(k + 2)
                            && self.lex(k + 2) == Lex::Point =>
                    {
                        self.set(a, Q::Percent, "percentage-point", k + 3)
                    }
                    Lex::Point
                        if g && w.len() > 1
                            && w.starts_with(['p', 'P'])
                            && !w.eq_ignore_ascii_case("point") =>
                    {
                        self.set(a, Q::Percent, "percentage-point", k + 1)
                    }
                    // "cut by 25 basis points" or "25bps": the hundredths
                    // of a percentage point rates move by. ("bp" is left
                    // out: base pairs, "500 bp long".)
                    _ if w.eq_ignore_ascii_case("basis")
                        && self.lex(k + 1) == Lex::Point
                        && self.ws(k + 1) =>
                    {
                        self.set(a, Q::Percent, "basis-point", k + 2)
                    }
                    _ if w.eq_ignore_ascii_case("bps") => {
                        self.set(a, Q::Percent, "basis-point", k + 1)
                    }
                    // "1.2 trillion won": South Korea's currency after a
                    // scale word (elsewhere "won" is the verb: "3 won").
                    _ if core.exp >= 6
                        && w == "won"
                        && !self.is_num(k + 1)
                        && (!self.is_word(k + 1) || words::is_stop(self.s(k + 1)))
                        && !["the", "a", "an", "by", "over", "their", "his", "her", "its"]
                            .iter()
                            .any(|d| self.is(k + 1, d)) =>
                    {
                        self.set(a, Q::Money, "KRW", k + 1)
                    }
                    // "5 bucks", "20 quid"; but "30 Bucks" is a team.
                    Lex::CurWord(code) if !(self.cap(k) && words::is_slang_currency(w)) => {
                        self.set(a, Q::Money, code, k + 1)
                    }
                    Lex::CurCode(code)
                        if (self.upper(k) || w.bytes().all(|c| c.is_ascii_lowercase()))
                            && lex::code_case_ok(w)
                            && w != "RS" =>
                    {
                        self.set(a, Q::Money, code, k + 1)
                    }
                    Lex::Pounds => {
                        if self.lex(k + 1) == Lex::CurWord("GBP") {
                            self.set(a, Q::Money, "GBP", k + 2);
                        } else if core.exp >= 3
                            || (self.money_before(core.start) && !self.is(k + 1, "of"))
                        {
                            // Money with a scale, or after a word of paying
                            // ("paid 30 pounds"), but "bought 5 pounds of
                            // sugar" weighs.

                            self.set(a, Q::Money, "GBP", k + 1);
                        } else {
                            self.set(a, Q::Measure, "lb", k + 1);
                        }
                    }
                    Lex::Cents | Lex::Cent => {
                        a.val = self.hundredths(a);
                        a.mult = 0.01;
                        self.set(a, Q::Money, "USD", k + 1);
                    }
                    // "3 penny coins", "500 million penny coins", "10 penny
                    // sweets": after a count other than one, the singular
                    // "penny" before a plural names the things counted, as
                    // "40 seat belts" does; money is "3 pence" or "3p". A
                    // coin by its value stays money: "a 20 pence piece",
                    // "a 50p coin", "one penny coins".
                    Lex::Pence
                        if w.eq_ignore_ascii_case("penny")
                            && a.val != 1.0
                            && self.ws(k + 1)
                            && self.is_word(k + 1)
                            && !self.cap(k + 1)
                            && self.lex(k + 1) == Lex::None
                            && !words::is_stop(self.s(k + 1))
                            && words::is_plural(self.s(k + 1)) => {}
                    Lex::Pence
                        if (w.len() > 1 || g)
                            && !(self.cap(k) && w.eq_ignore_ascii_case("penny")) =>
                    {
                        a.val = self.hundredths(a);
                        a.mult = 0.01;
                        self.set(a, Q::Money, "GBP", k + 1);
                    }
                    Lex::Square => {
                        if let Lex::Measure(u) = self.lex(k + 1) {
                            let (u, e) = self.rate_of(square_of(u), k + 2);
                            self.set(a, Q::Measure, u, e);
                        } else if self.s(k + 1) == "m" {
                            self.set(a, Q::Measure, "square-metre", k + 2);
                        }
                    }
                    // "40 Celsius", "104 Fahrenheit": the scale named
                    // without "degrees", capitalised only where the phrase
                    // ends; not a name ("In 2017 Celsius was founded",
                    // "1953 Fahrenheit 451", "1.7 million Celsius
                    // customers", "150 Celsius employees").
                    Lex::Celsius | Lex::Fahrenheit
                        if core.year4
                            || core.exp >= 3
                            || self.is_num(k + 1)
                            || (self.cap(k) && !self.phrase_ends(k + 1)) => {}
                    Lex::Celsius => self.set(a, Q::Measure, "degree-celsius", k + 1),
                    Lex::Fahrenheit => self.set(a, Q::Measure, "degree-fahrenheit", k + 1),
                    Lex::Measure("g") if w != "g" => {}
                    // "In 2017 Stone was convicted": a name; "two
                    // stone-built cottages", "stone-age tools": the material.
                    Lex::Measure("stone")
                        if self.cap(k)
                            || (self.pu(k + 1) == Some(Pu::Hyphen) && self.glued(k + 1)) => {}
                    // "930,000 mi": miles only in lower case where the phrase
                    // ends; not "two Mi-8 helicopters", "MI5", "Mi 11", "10
                    // Mi Street".
                    Lex::Measure("mile")
                        if self.s(k).eq_ignore_ascii_case("mi")
                            && (self.s(k) != "mi"
                                || (self.glued(k + 1)
                                    && (self.pu(k + 1) == Some(Pu::Hyphen)
                                        || self.is_num(k + 1)))
                                || !self.phrase_ends(k + 1)) => {}
                    // "lost three stone in weight", "15 stone 4lb", "two
                    // stone lighter"; but "three stone walls", "a 10 stone
                    // wall" are made of stone.
                    Lex::Measure("stone")
                        if self.is_word(k + 1)
                            && self.ws(k + 1)
                            && !words::is_stop(self.s(k + 1))
                            && !["heavier", "lighter", "overweight"]
                                .iter()
                                .any(|c| self.is(k + 1, c)) => {}
                    Lex::Measure(u) if !self.unit_case_ok(k, u) => {}
                    // (The word tests last: most words after a number
                    // have no currency after them.)
                    Lex::None
                        if self.ws(k + 1)
                            && matches!(self.lex(k + 1), Lex::CurWord(_))
                            && (self.cap(k) || national_adjective(w)) =>
                    {
                        // "10,000 Belgian francs", "1,000 Swiss Franc"
                        if let Lex::CurWord(code) = self.lex(k + 1) {
                            self.set(a, Q::Money, national_currency(w, code), k + 2);
                        }
                    }
                    // "20 Egyptian pounds", "5 million British pounds".
                    Lex::None
                        if self.ws(k + 1)
                            && self.lex(k + 1) == Lex::Pounds
                            && national_pound(w).is_some() =>
                    {
                        if let Some(code) = national_pound(w) {
                            self.set(a, Q::Money, code, k + 2);
                        }
                    }
                    Lex::None
                        if self.ws(k + 2)
                            && matches!(self.lex(k + 2), Lex::CurWord(_))
                            && self.ws(k + 1)
                            && self.lex(k + 1) == Lex::None
                            && (self.cap(k) || national_adjective(w))
                            && (self.cap(k + 1) || national_adjective(self.s(k + 1))) =>
                    {
                        // A country of two words: "5 million Hong Kong
                        // dollars", "New Zealand dollars", "Sri Lankan
                        // rupees".
                        if let Lex::CurWord(code) = self.lex(k + 2) {
                            let code = national_currency(self.s(k + 1), code);
                            self.set(a, Q::Money, code, k + 3);
                        }
                    }
                    Lex::Measure(u) => {
                        // A title's word ("60 Minutes", "100 Miles"), not
                        // an abbreviation with its capital ("100 Mbps").
                        if self.title_unit(k, core.start)
                            && w.len() > 3
                            && w.bytes().any(|c| b"aeiouAEIOU".contains(&c))
                        {
                            return Err(k + 1);
                        }
                        // "300 terawatt hours", "45 gigawatt-hours": the
                        // energy, as "2,700kWh" is.
                        if let Some((u, e)) = self.watt_hours(u, k + 1) {
                            self.set(a, Q::Measure, u, e);
                            return Ok(());
                        }
                        let (u, e) = self.power_of(u, k + 1);
                        let (u, e) = self.rate_of(u, e);
                        self.set(a, Q::Measure, u, e);
                    }
                    // A glued "m" the core did not read as million, or a
                    // spaced one that measures ("500 m wide", "10 m/s",
                    // "rises above 1200 m": a year is never followed by
                    // one).
                    Lex::ScaleAbbr(6)
                        if w == "m"
                            && (g
                                || core.num_tok.is_some_and(|n| {
                                    core.exp == 0
                                        && n + 1 == k
                                        && !self.spaced_m_is_million(n, k, false)
                                })) =>
                    {
                        let (u, e) = self.power_of("metre", k + 1);
                        let (u, e) = self.rate_of(u, e);
                        self.set(a, Q::Measure, u, e);
                    }
                    // "3h", "3 h": hours, as timetables and race results
                    // abbreviate them, in lower case only (a capital is a
                    // letter of a name: "Form 3 H"); not a clock-like
                    // "1h30", whose minutes this would leave behind.
                    _ if w == "h"
                        && core.exp == 0
                        && !(self.glued(k + 1) && self.is_num(k + 1)) =>
                    {
                        // "2h 01m 09s": a race time with its minutes as
                        // "m", which no compound reads; its hours alone
                        // would be a wrong figure.
                        if self.ws(k + 1)
                            && self.is_num(k + 1)
                            && self.glued(k + 2)
                            && self.is(k + 2, "m")
                        {
                            return Err(k + 1);
                        }
                        self.set(a, Q::Duration, "hour", k + 1)
                    }
                    // "a 6in nail", "6 in thick": inches. Glued, "in" is
                    // no preposition (but "2in1" is a name); spaced, only
                    // before an adjective of extent that ends the phrase
                    // ("8 in deep in places", not "2 in high winds").
                    _ if (g
                        && matches!(w, "in" | "ins")
                        && !(self.glued(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1))))
                        || (w == "in" && self.ws(k) && self.extent_ends(k + 1)) =>
                    {
                        self.set(a, Q::Measure, "inch", k + 1)
                    }
                    // Units whose abbreviation means them only in its own
                    // letter case ("1.7 eV", "3.5 TeV", "50 Wh").
                    _ if w.len() <= 3
                        && let Some(u) = cased_unit(w) =>
                    {
                        let (u, e) = self.rate_of(u, k + 1);
                        self.set(a, Q::Measure, u, e);
                    }
                    // "65 W", "a 1,000W microwave", "delivers 65 W. The
                    // ..."; not an initial ("W. Smith", "W. H. Smith"):
                    // after a sentence's end comes a function word.
                    // "a 1.5L engine", "3 to 4 L of wine": litres, as the
                    // capital (a lower-case "l" is too like a 1), on the
                    // same terms as watts.
                    _ if (w == "W" || w == "L")
                        && !(self.pu(k + 1) == Some(Pu::Period)
                            && self.glued(k + 1)
                            && self.cap(k + 2)
                            && !words::is_stop(self.s(k + 2))) =>
                    {
                        let u = if w == "W" { "watt" } else { "litre" };
                        self.set(a, Q::Measure, u, k + 1)
                    }
                    _ if w == "dB" => self.set(a, Q::Measure, "decibel", k + 1),
                    Lex::Degree => {
                        // "5 deg. C": the abbreviation's point before the
                        // scale.
                        let n = if self.pu(k + 1) == Some(Pu::Period)
                            && self.glued(k + 1)
                            && self.s(k).eq_ignore_ascii_case("deg")
                            && matches!(self.s(k + 2), "C" | "F")
                        {
                            k + 2
                        } else {
                            k + 1
                        };
                        // A scale's letter in lower case only where it ends
                        // the phrase: "98.6 degrees f." (as lower-case text
                        // writes it), not "20 degrees c. 1850".
                        let lone = self.ws(n)
                            && (!self.is_word(n + 1) || words::is_stop(self.s(n + 1)))
                            && !(self.pu(n + 1) == Some(Pu::Period) && self.is_num(n + 2));
                        let (u, e) = match (self.lex(n), self.s(n)) {
                            (Lex::Celsius, _) | (_, "C") => ("degree-celsius", n + 1),
                            (Lex::Fahrenheit, _) | (_, "F") => ("degree-fahrenheit", n + 1),
                            (_, "c") if lone => ("degree-celsius", n + 1),
                            (_, "f") if lone => ("degree-fahrenheit", n + 1),
                            _ => ("degree", k + 1),
                        };
                        self.set(a, Q::Measure, u, e);
                    }
                    _ if g && (w == "C" || w == "F") => {
                        let u = if w == "C" {
                            "degree-celsius"
                        } else {
                            "degree-fahrenheit"
                        };
                        self.set(a, Q::Measure, u, k + 1);
                    }
                    // "5x optical zoom", "grew 3x": a factor.
                    _ if g && w == "x" && core.num_tok.is_some_and(|n| self.glued_factor(n, k)) => {
                        self.set(a, Q::Percent, "ratio", k + 1)
                    }
                    // "16st 9lb", "weighed 18st": stone, as British papers
                    // abbreviate it; "st" after a number not ending in one
                    // is no ordinal.
                    _ if g
                        && w == "st"
                        && core.num_tok.is_some()
                        && core.exp == 0
                        && !(a.val.fract() == 0.0
                            && a.val % 10.0 == 1.0
                            && a.val % 100.0 != 11.0) =>
                    {
                        self.set(a, Q::Measure, "stone", k + 1)
                    }
                    _ if g && matches!(w, "st" | "nd" | "rd" | "th") => {
                        a.kind = Some(Q::Ordinal);
                        a.end = k + 1;
                    }
                    _ if g && w == "s" && !core.year4 => {
                        // "in his 60s", "in her early 30s": an age band, the
                        // ages of that decade. Other ones ("the over-60s",
                        // an unnamed century's "the 60s") are not read.
                        if self.age_band(core.start) && a.val % 10.0 == 0.0 && a.val >= 10.0 {
                            a.range = Some((a.val, a.val + 9.0));
                            self.set(a, Q::Count, "years-old", k + 1);
                            return Ok(());
                        }
                        return Err(k + 1);
                    }
                    _ if g && w == "s" && core.year4 && a.val % 10.0 == 0.0 => {
                        a.kind = Some(Q::Year);
                        a.range = Some((a.val, a.val + 9.0));
                        a.end = k + 1;
                    }
                    _ if !self.title_unit(k, core.start)
                        && let Some((u, e)) = self.two_word_unit(k) =>
                    {
                        let (u, e) = self.rate_of(u, e);
                        self.set(a, Q::Measure, u, e);
                    }
                    _ => {
                        if let Some(d) = self.dur_at(k) {
                            if self.title_unit(k, core.start) {
                                return Err(k + 1);
                            }
                            let end = k + 1;
                            // "5 year old", "90 year olds", "a 12 year-old girl"
                            if let Some(e) = self.old_at(end) {
                                a.val *= d.norm().1;
                                self.set(a, Q::Count, age_unit(d), e);
                                return Ok(());
                            }
                            let (u, m) = d.norm();
                            a.val *= m;
                            a.mult = m;
                            self.set(a, Q::Duration, u, end);
                        }
                    }
                }
            }
            _ => {}
        }
        // "two hours and a half", "a mile and a half": the fraction of the
        // unit said after it.
        if matches!(a.kind, Some(Q::Duration | Q::Measure))
            && !a.hyphen_adj
            && let Some((f, e)) = self.unit_fraction(core.start, a.end)
        {
            a.val += f * a.mult;
            a.end = e;
        }
        self.compound_measure(a);
        self.major_and_minor(a);
        Ok(())
    }

    /// The amount of `a` in hundredths ("123.45p" = 1.2345 GBP), read from
    /// its digits and scaled by the parser's exact power of ten where the
    /// number is plain digits; the product by 0.01 can be a bit off.
    fn hundredths(&self, a: &Atom) -> f64 {
        if let Some(t) = a.core.num_tok
            && !a.core.ratio
            && self
                .s(t)
                .bytes()
                .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
        {
            return self.digits_value(t, a.core.exp - 2) * a.val.signum();
        }
        times(a.val, 0.01)
    }

    /// The value of the number token `t` read from its digits and scaled by
    /// `10^exp` ([`tok::parse_number`], told whether points group its
    /// thousands).
    fn digits_value(&self, t: usize, exp: i32) -> f64 {
        let dots = matches!(
            self.t[t].k,
            K::Num {
                dot_grouped: true,
                ..
            }
        );
        tok::parse_number(self.s(t), exp, dots)
    }

    /// Whether a phrase ends at `k`: punctuation, the text's end or a
    /// function word or a time ("40 Celsius yesterday"), not a number or
    /// a noun ("40 Celsius.", "930,000 mi of road"; not "Fahrenheit 451", "Celsius customers").
    fn phrase_ends(&self, k: usize) -> bool {
        !self.is_num(k)
            && (!self.is_word(k)
                || words::is_stop(self.s(k))
                || self.time_phrase_at(k)
                || ["yesterday", "today", "tonight", "overnight", "tomorrow"]
                    .iter()
                    .any(|w| self.is(k, w)))
    }

    /// Whether the unit word at `k` is written as that unit is: the
    /// two-letter data sizes only in capitals ("4.7 GB", "500 MB"; "950
    /// mb" is air pressure, "Gb" a bit count), a capital "HP" only glued,
    /// "mcg" (micrograms) not in capitals ("the MCG" is a ground).
    pub(super) fn unit_case_ok(&self, k: usize, u: &str) -> bool {
        let data = matches!(u, "kilobyte" | "megabyte" | "gigabyte" | "terabyte")
            && self.s(k).len() == 2
            && !self.upper(k);
        // "500 HP laptops" are Hewlett-Packard's; "500HP" is power.
        let company = u == "horsepower" && self.s(k) == "HP" && !self.glued(k);
        // "100,000 MCG members": the Melbourne Cricket Ground's.
        let ground = u == "microgram" && self.s(k) == "MCG";
        !(data || company || ground)
    }

    /// A unit raised to a power right after it, at `k`: "km²", "m2",
    /// "m³", "m3". The unit and the token after it.
    pub(super) fn power_of(&self, u: &'static str, k: usize) -> (&'static str, usize) {
        if !self.glued(k) {
            return (u, k);
        }
        let power = match self.t.get(k).map(|t| t.k) {
            Some(K::Num {
                val,
                decimal: false,
                grouped: false,
                ..
            }) if self.t.get(k).is_some_and(|t| t.end - t.start == 1) => val,
            Some(K::P(Pu::Other)) => match self.s(k) {
                "\u{B2}" => 2.0,
                "\u{B3}" => 3.0,
                _ => return (u, k),
            },
            _ => return (u, k),
        };
        // Not a glued word or number after it ("m2x").
        if self.glued(k + 1) && (self.is_word(k + 1) || self.is_num(k + 1)) {
            return (u, k);
        }
        match power {
            2.0 => (square_of(u), k + 1),
            3.0 => (cubic_of(u), k + 1),
            _ => (u, k),
        }
    }

    /// A unit per another right after a unit that ends before `e`: "km/h",
    /// "m/s", "mg/kg", "km per hour", "miles an hour", "barrels a day".
    /// Only the rates in [`RATES`], each with its usual name; the unit and
    /// the token after it, or `(u, e)` unchanged.
    pub(super) fn rate_of(&self, u: &'static str, e: usize) -> (&'static str, usize) {
        let (d, slash) = if self.pu(e) == Some(Pu::Slash) && self.glued(e) && self.glued(e + 1) {
            (e + 1, true)
        } else if self.ws(e)
            && self.ws(e + 1)
            && (self.is(e, "per") || self.is(e, "a") || self.is(e, "an"))
        {
            (e + 1, false)
        } else {
            return (u, e);
        };
        if !self.is_word(d) {
            return (u, e);
        }
        let w = self.s(d);
        let den = match self.lex(d) {
            Lex::Measure(v) => v,
            // "per cubic metre", "per square metre"
            Lex::Square | Lex::None if !slash && self.ws(d + 1) => {
                let cubic = self.is(d, "cubic");
                if !(cubic || self.lex(d) == Lex::Square) {
                    return (u, e);
                }
                let v = match self.lex(d + 1) {
                    Lex::Measure(v) => v,
                    _ if self.s(d + 1) == "m" => "metre",
                    _ => return (u, e),
                };
                let v = if cubic { cubic_of(v) } else { square_of(v) };
                return match RATES.iter().find(|r| r.0 == u && r.1 == v) {
                    Some(r) => (r.2, d + 2),
                    None => (u, e),
                };
            }
            // Not "per decade": a rate names a unit of one.
            Lex::Dur(x) if x.norm().1 == 1.0 => x.norm().0,
            Lex::Ordinal(2) if w.eq_ignore_ascii_case("second") => "second",
            // Abbreviations only written after a slash: "km/h", "m/s",
            // "mg/L".
            _ if slash => match w {
                "h" | "hr" => "hour",
                "s" | "sec" => "second",
                "l" | "L" => "litre",
                "d" => "day",
                "m" => "metre",
                _ => return (u, e),
            },
            _ => return (u, e),
        };
        // "a"/"an" says "per" only before a time: "50 miles an hour"; a
        // second or a minute only where nothing it counts follows ("8
        // metres a second", not "ran 5km a second time").
        let ends = (!self.is_word(d + 1) || words::is_stop(self.s(d + 1))) && !self.is_num(d + 1);
        let short_time = matches!(den, "second" | "minute") && ends;
        if !slash
            && !self.is(e, "per")
            && !matches!(den, "hour" | "day" | "year" | "week")
            && !short_time
        {
            return (u, e);
        }
        // "mg/m3", "g/m²": the denominator raised to a power.
        let (den, end) = self.power_of(den, d + 1);
        match RATES.iter().find(|r| r.0 == u && r.1 == den) {
            Some(r) => (r.2, end),
            // (An amount "a year" is the year's total, as a reader
            // quotes it: "wasted 222m tonnes a year"; "per year" is a rate.)
            None => match time_rate(u, den) {
                Some(name) if slash || self.is(e, "per") || den != "year" => (name, end),
                _ => (u, e),
            },
        }
    }

    /// Units of two words at `k`: "nautical miles", "light years",
    /// "light-years", "cubic metres", "parts per million". The unit and
    /// the token after it.
    /// A unit of power and "hours" after it, spaced or hyphened: the
    /// unit of energy ("terawatt hours" -> "terawatt-hour") and the token
    /// after it.
    fn watt_hours(&self, u: &str, k: usize) -> Option<(&'static str, usize)> {
        let energy = match u {
            "watt" => "watt-hour",
            "kilowatt" => "kilowatt-hour",
            "megawatt" => "megawatt-hour",
            "gigawatt" => "gigawatt-hour",
            "terawatt" => "terawatt-hour",
            _ => return None,
        };
        let h = if self.inner_hyphen(k) { k + 1 } else { k };
        (h < self.n() && (h > k || self.ws(h)) && self.lex(h) == Lex::Dur(Dur::Hour))
            .then_some((energy, h + 1))
    }

    fn two_word_unit(&self, k: usize) -> Option<(&'static str, usize)> {
        if !self.ws(k) || !self.is_word(k) {
            return None;
        }
        let (n, hyphen) = if self.inner_hyphen(k + 1) {
            (k + 2, true)
        } else {
            (k + 1, false)
        };
        if !hyphen && !self.ws(n) {
            return None;
        }
        let next = self.lex(n);
        if self.is(k, "nautical") && next == Lex::Measure("mile") {
            Some(("nautical-mile", n + 1))
        } else if next == Lex::Measure("tonne") && !hyphen {
            // "16,000 metric tons of rice" (a tonne); "500 short tons", the
            // US ton of 2,000 pounds, and the imperial "long ton".
            if self.is(k, "metric") {
                Some(("tonne", n + 1))
            } else if self.is(k, "short") {
                Some(("short-ton", n + 1))
            } else if self.is(k, "long") {
                Some(("long-ton", n + 1))
            } else {
                None
            }
        } else if self.is(k, "light") && next == Lex::Dur(Dur::Year) {
            Some(("light-year", n + 1))
        } else if self.is(k, "cubic") && !hyphen {
            match next {
                Lex::Measure(u) => Some((cubic_of(u), n + 1)),
                _ if self.s(n) == "m" => Some(("cubic-metre", n + 1)),
                _ => None,
            }
        } else if self.is(k, "parts") && !hyphen && self.is(n, "per") && self.ws(n + 1) {
            match self.lex(n + 1) {
                Lex::Scale(6) => Some(("ppm", n + 2)),
                Lex::Scale(9) => Some(("ppb", n + 2)),
                _ => None,
            }
        } else {
            None
        }
    }

    /// A unit after a hyphen other than time, measure and percent (read
    /// before): a currency ("10-euro", "5m-krone"), cents or pence
    /// ("20-cent", "50-pence"), a square measure ("2,000-square-foot",
    /// "17-sq-m"). The kind, unit, factor and the token after it.
    fn hyphen_unit(&self, w: usize) -> Option<(QuantityKind, &'static str, f64, usize)> {
        use QuantityKind as Q;
        Some(match self.lex(w) {
            Lex::CurWord(code) => (Q::Money, code, 1.0, w + 1),
            Lex::Cent | Lex::Cents => (Q::Money, "USD", 0.01, w + 1),
            Lex::Pence if self.s(w).len() > 1 => (Q::Money, "GBP", 0.01, w + 1),
            Lex::Square if self.inner_hyphen(w + 1) => {
                let u = match self.lex(w + 2) {
                    Lex::Measure(u) => square_of(u),
                    _ if self.s(w + 2) == "m" => "square-metre",
                    _ => return None,
                };
                (Q::Measure, u, 1.0, w + 3)
            }
            // "a 25-basis-point cut"
            _ if self.is(w, "basis")
                && self.pu(w + 1) == Some(Pu::Hyphen)
                && self.glued(w + 1)
                && self.glued(w + 2)
                && self.lex(w + 2) == Lex::Point =>
            {
                (Q::Percent, "basis-point", 1.0, w + 3)
            }
            // "a 10-metric-ton truck"
            _ if self.is(w, "metric")
                && self.pu(w + 1) == Some(Pu::Hyphen)
                && self.glued(w + 1)
                && self.glued(w + 2)
                && self.lex(w + 2) == Lex::Measure("tonne") =>
            {
                (Q::Measure, "tonne", 1.0, w + 3)
            }
            _ => return None,
        })
    }

    /// Two numbers joined by a dash from `s` to `e` sit in a comma list of
    /// such pairs next to one that goes down, so all are scores: the
    /// "4–6" of "7–5, 4–6, 6–3". Age bands ("5-10, 11-15") go up.
    fn among_scores(&self, s: usize, e: usize) -> bool {
        let pair_down = |k: usize| {
            matches!(self.pu(k + 1), Some(Pu::Hyphen | Pu::Dash))
                && self.glued(k + 1)
                && self.glued(k + 2)
                && matches!((self.num_val(k), self.num_val(k + 2)), (Some(x), Some(y)) if x > y)
        };
        // "lost 3-6, 4-6": a list after a score.
        let tally_before = |k: usize| {
            matches!(self.pu(k + 1), Some(Pu::Hyphen | Pu::Dash))
                && self.glued(k + 1)
                && self.glued(k + 2)
                && self.is_num(k)
                && self.is_num(k + 2)
                && self.tally(k, k + 3)
        };
        (s >= 4 && self.pu(s - 1) == Some(Pu::Comma) && (pair_down(s - 4) || tally_before(s - 4)))
            || (self.pu(e) == Some(Pu::Comma) && pair_down(e + 1))
    }

    /// Two bare numbers from `s` to `e` ("3-1", "52 to 48") are a score
    /// or a tally: a verb of winning, losing or voting comes just before
    /// ("won 3-1", "lost 1-3", "beat Chelsea 2-1", "voted 51 to 49",
    /// "ruled 5-4"), with no plural noun after that they could count
    /// ("won 2-3 seats"); or a singular noun of one comes just after ("a
    /// 2-3 defeat", "a 3-1 home win", "the 52-48 vote"; "10-15 votes" is a
    /// range of them); or a vote, score or ruling is what the figure is
    /// said of ("the vote was 212-218", "the score stood at 2-1"). Neither
    /// a range nor two counts, whichever side is named first.
    fn tally(&self, s: usize, e: usize) -> bool {
        self.tally_word(s, e).is_some()
    }

    /// Whether the tally from `s` to `e` counts votes, by the word that
    /// makes it one ("voted 52 to 48", "a 220-212 vote", "ruled 5-4", "a
    /// 52-48 majority"): each side is a count of votes, as a vote's shares
    /// ("by 52% to 48%") are two percents.
    ///
    /// Two sides that make 100 are a referendum's shares, no votes
    /// ("Britain voted 52-48 to leave", "in a 66-34 vote", "the vote
    /// stood at 50-50"), unless a small body votes ("the Senate voted
    /// 51-49", "the board voted 60-40").
    fn vote_tally(&self, s: usize, e: usize) -> bool {
        let vote = self.tally_word(s, e).is_some_and(|w| {
            [
                "vote", "votes", "voted", "voting", "ruled", "ruling", "majority", "passed",
            ]
            .iter()
            .any(|v| self.is(w, v))
        });
        let shares = matches!(
            (self.num_val(s), e.checked_sub(1).and_then(|l| self.num_val(l))),
            (Some(x), Some(y)) if x + y == 100.0
        );
        vote && (!shares || self.small_body_before(s))
    }

    /// A small voting body named in the eight words before `s`, within
    /// the sentence: "the Senate voted 50-50", "the court ruled 5-4".
    fn small_body_before(&self, s: usize) -> bool {
        const BODIES: [&str; 16] = [
            "senate",
            "senators",
            "house",
            "court",
            "justices",
            "judges",
            "committee",
            "panel",
            "jury",
            "jurors",
            "board",
            "directors",
            "council",
            "councillors",
            "councilors",
            "commission",
        ];
        let mut k = s;
        while k > 0 && s - k < 8 {
            k -= 1;
            if matches!(self.pu(k), Some(Pu::Period | Pu::Term)) {
                return false;
            }
            if self.is_word(k) && BODIES.iter().any(|b| self.is(k, b)) {
                return true;
            }
        }
        false
    }

    /// The value of the number at `k`, if a number is there.
    pub(super) fn num_val(&self, k: usize) -> Option<f64> {
        match self.t.get(k).map(|t| t.k) {
            Some(K::Num { val, .. }) => Some(val),
            _ => None,
        }
    }

    /// Whether the number at `k` looks like a year: four digits from 1000
    /// to 2100, no separators ("2019" of "2019-24").
    fn year_shaped(&self, k: usize) -> bool {
        matches!(
            self.t.get(k).map(|t| t.k),
            Some(K::Num { val, int_digits: 4, grouped: false, decimal: false, .. })
                if (1000.0..=2100.0).contains(&val)
        )
    }

    /// The second side of a vote tally ([`Parser::vote_tally`]) whose first
    /// side, a bare number, ends before `s`: the 48 of "voted 52 to 48",
    /// the 212 of "a 220-212 vote".
    fn vote_tally_second(&self, s: usize) -> bool {
        let Some(c) = s.checked_sub(1) else {
            return false;
        };
        let joined = self.is(c, "to")
            || (matches!(self.pu(c), Some(Pu::Hyphen | Pu::Dash))
                && self.glued(c)
                && self.glued(s));
        joined
            && c >= 1
            && matches!(self.t.get(c - 1).map(|t| t.k), Some(K::Num { .. }))
            && !(c >= 2 && matches!(self.pu(c - 2), Some(Pu::Cur(_))) && self.glued(c - 1))
            && self.vote_tally(c - 1, s + 1)
    }

    /// [`Parser::tally`]: the token of the word that makes the two numbers
    /// from `s` to `e` a score or a tally.
    ///
    /// A year-shaped side is a span of years, no tally ("their 2019-24
    /// majority", "voted 2019-20 Player of the Year"). A vote named after
    /// the numbers has its larger side first ("a 220-212 vote"): "the
    /// 18-24 vote" is an age bracket's. "Ruling" before a noun is no
    /// verdict ("the 2016-2020 ruling coalition").
    fn tally_word(&self, s: usize, e: usize) -> Option<usize> {
        const VERBS: [&str; 28] = [
            "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats",
            "beating", "drew", "draw", "draws", "drawn", "drawing", "trailed", "trailing", "led",
            "leading", "voted", "vote", "votes", "voting", "ruled", "defeated", "thrashed",
            "passed",
        ];
        let last = e.checked_sub(1)?;
        if self.year_shaped(s) || self.year_shaped(last) {
            return None;
        }
        let descending = matches!(
            (self.num_val(s), self.num_val(last)),
            (Some(x), Some(y)) if x >= y
        );
        const NOUNS: [&str; 17] = [
            "win",
            "victory",
            "defeat",
            "loss",
            "draw",
            "lead",
            "score",
            "scoreline",
            "vote",
            "majority",
            "decision",
            "ruling",
            "verdict",
            "rout",
            "thrashing",
            "drubbing",
            "margin",
        ];
        let noun_at = |k: usize| {
            self.is_word(k)
                && NOUNS.iter().any(|w| self.is(k, w))
                && (descending || !["vote", "majority", "ruling"].iter().any(|w| self.is(k, w)))
                && !(self.is(k, "ruling")
                    && self.is_word(k + 1)
                    && self.ws(k + 1)
                    && !words::is_stop(self.s(k + 1)))
        };
        // "a 3-1 home win", "a 2-1 extra-time victory": one word between.
        if noun_at(e) {
            return Some(e);
        }
        if self.is_word(e) && !self.cap(e) && noun_at(e + 1) {
            return Some(e + 1);
        }
        if self
            .counted_noun(e, false)
            .is_some_and(|(_, w)| words::is_plural(&w))
        {
            return None;
        }
        let verb_at = |k: usize| self.is_word(k) && VERBS.iter().any(|w| self.is(k, w));
        // "The vote was 212-218", "the score stood at 2-1": the noun the
        // figure is said of.
        let mut c = s;
        if c > 0 && self.is(c - 1, "at") {
            c -= 1;
        }
        if c > 1
            && ["was", "is", "stood", "ended", "finished", "remained"]
                .iter()
                .any(|w| self.is(c - 1, w))
            && [
                "vote",
                "score",
                "scoreline",
                "verdict",
                "ruling",
                "decision",
            ]
            .iter()
            .any(|w| self.is(c - 2, w))
        {
            return Some(c - 2);
        }
        let mut k = s;
        // "won by 52-48"
        if k > 0 && self.is(k - 1, "by") {
            k -= 1;
        }
        // "beat Chelsea 2-1": a name between.
        if k > 0 && verb_at(k - 1) {
            return Some(k - 1);
        }
        (k > 1 && self.cap(k - 1) && verb_at(k - 2)).then(|| k - 2)
    }

    /// "minus" or "negative" at `i`, before a number, is its sign: "minus
    /// 5 degrees", "negative 3 points". Not "negative" as a test result
    /// ("tested negative 3 times"), not before a score ("a negative 3-0
    /// result"), and not after "plus or" (a margin).
    fn sign_word(&self, i: usize) -> bool {
        let n = i + 1;
        if matches!(self.pu(n + 1), Some(Pu::Hyphen | Pu::Dash))
            && self.glued(n + 1)
            && self.is_num(n + 2)
            && self.glued(n + 2)
        {
            return false;
        }
        // "plus or minus 3 points" is a margin either way, not below zero.
        if i >= 2 && self.is(i - 1, "or") && self.is(i - 2, "plus") {
            return false;
        }
        // "Chelsea, minus one of their defenders", "The team, minus one,
        // arrived": without, no sign (but "overnight, minus 5 degrees").
        if self.is(i, "minus")
            && ((i > 0 && self.pu(i - 1) == Some(Pu::Comma) && !self.is_word(n + 1))
                || self.is(n + 1, "of"))
        {
            return false;
        }
        if !self.is(i, "negative") {
            return true;
        }
        let test = i > 0
            && [
                "tested", "test", "tests", "testing", "proved", "came", "come", "returned",
                "turned",
            ]
            .iter()
            .any(|w| self.is(i - 1, w));
        !test && !self.is(n + 1, "times")
    }

    /// A measure given in two units, the larger first: "5ft 10in", "6 feet
    /// 2 inches", "15 stone 4lb", "8lbs 6oz", "2 hours and 30 minutes", and for heights the
    /// inches alone ("6ft 2") or hyphenated ("a 6-foot-2 guard"). One
    /// figure, in the smaller unit, where the value is exact: 70 inch, 134
    /// ounce, 150 minute. The second part must be below one of the larger
    /// unit (else it is a figure of its own: "6 feet 14 inches").
    fn compound_measure(&self, a: &mut Atom) {
        const PAIRS: [(&str, &str, f64); 6] = [
            ("foot", "inch", 12.0),
            ("stone", "lb", 14.0),
            ("lb", "ounce", 16.0),
            ("hour", "minute", 60.0),
            ("minute", "second", 60.0),
            ("year", "month", 12.0),
        ];
        let (Some(big), Some(kind)) = (a.unit, a.kind) else {
            return;
        };
        if !matches!(kind, QuantityKind::Measure | QuantityKind::Duration)
            || a.mult != 1.0
            || a.val < 0.0
        {
            return;
        }
        let Some(&(_, small, factor)) = PAIRS.iter().find(|p| p.0 == big) else {
            return;
        };
        let below = |v: f64| (0.0..factor).contains(&v);
        let k = a.end;
        // "a 6-foot-2 guard"
        if a.hyphen_adj {
            if big == "foot"
                && self.pu(k) == Some(Pu::Hyphen)
                && self.glued(k)
                && self.glued(k + 1)
                && let Some(v) = self.small_int(k + 1)
                && below(f64::from(v))
                && !(self.glued(k + 2) && (self.is_word(k + 2) || self.is_num(k + 2)))
            {
                a.val = a.val * factor + f64::from(v);
                a.unit = Some(small);
                a.end = k + 2;
            }
            return;
        }
        let and = self.is(k, "and");
        let Some(c) = self.second_part(k).filter(|c| below(c.val)) else {
            return;
        };
        let u = c.end;
        let unit_end = if self.glued(u) && self.is_word(u) && matches!(self.s(u), "in" | "ins") {
            // "5ft 10in"
            (small == "inch").then_some(u + 1)
        } else if self.is_word(u) && self.ws(u) && !self.poss(u) {
            match self.lex(u) {
                Lex::Measure(m) if m == small => Some(u + 1),
                _ if self.dur_at(u).is_some_and(|d| d.norm() == (small, 1.0)) => Some(u + 1),
                // "5 ft 10 in", before punctuation or "tall".
                _ if small == "inch"
                    && self.is(u, "in")
                    && (!self.is_word(u + 1) || words::is_measure_adjective(self.s(u + 1))) =>
                {
                    Some(u + 1)
                }
                _ => None,
            }
        } else if self.is_word(u) && self.glued(u) {
            match self.lex(u) {
                Lex::Measure(m) if m == small => Some(u + 1),
                _ if self.dur_at(u).is_some_and(|d| d.norm() == (small, 1.0)) => Some(u + 1),
                _ => None,
            }
        } else {
            None
        };
        let end = match unit_end {
            Some(e) => e,
            // "6ft 2": inches, with nothing measured or counted after.
            None if big == "foot" && !and && c.num_tok.is_some() && self.bare_inches(u) => u,
            None => return,
        };
        a.val = a.val * factor + c.val;
        a.unit = Some(small);
        a.end = end;
    }

    /// The plain number of a figure's second part at token `k`, after an
    /// optional "and": "5ft 10in", "2 hours and 30 minutes", "twelve
    /// dollars fifty cents". Unscaled, exact, no fraction.
    fn second_part(&self, k: usize) -> Option<Core> {
        let n = if self.is(k, "and") { k + 1 } else { k };
        if !self.ws(n) {
            return None;
        }
        self.core(n, false)
            .filter(|c| c.exp == 0 && !c.vague && !c.ratio)
    }

    /// An amount in a currency's major unit and then its hundredths:
    /// "twelve dollars fifty cents", "$5 and 50 cents", "ten euros and
    /// fifty cents", "£3 and 20p". One figure in the major unit (12.5),
    /// the currency the major unit's. Only a whole, unscaled amount takes
    /// hundredths ("$5 million and 50 cents" stays two), and only 1 to 99
    /// of them.
    fn major_and_minor(&self, a: &mut Atom) {
        if a.kind != Some(QuantityKind::Money)
            || a.mult != 1.0
            || a.core.exp != 0
            || a.range.is_some()
            || a.val.fract() != 0.0
            || a.val < 0.0
        {
            return;
        }
        let k = a.end;
        let Some(c) = self.second_part(k) else {
            return;
        };
        if c.val.fract() != 0.0 || !(1.0..100.0).contains(&c.val) {
            return;
        }
        let u = c.end;
        // Pence are the pound's hundredths, cents most others'.
        let gbp = a.unit == Some("GBP");
        let minor = match self.lex(u) {
            Lex::Cents | Lex::Cent => !gbp && self.ws(u),
            // "20p" glued, "20 pence" spaced.
            Lex::Pence => gbp && (self.glued(u) || self.s(u).len() > 1),
            _ => false,
        };
        if minor && self.is_word(u) {
            a.val += c.val / 100.0;
            a.end = u + 1;
        }
    }

    /// After "6ft 2" (ending before `u`): nothing that makes the 2 a figure
    /// of its own: punctuation, the end, or a lower-case singular word that
    /// is no unit ("a 6ft 2 striker").
    fn bare_inches(&self, u: usize) -> bool {
        match self.t.get(u).map(|t| t.k) {
            None => true,
            Some(K::P(p)) => matches!(
                p,
                Pu::Comma | Pu::Period | Pu::Term | Pu::RParen | Pu::Quote(_) | Pu::Dash
            ),
            Some(K::Word { .. }) => {
                self.ws(u)
                    && !self.cap(u)
                    && self.lex(u) == Lex::None
                    && !words::is_plural(self.s(u))
            }
            Some(K::Num { .. }) => false,
        }
    }

    /// "one" that does not count anything: "one of the", "no one", "the one
    /// who", "one day", "at one point", "one-on-one".
    fn one_is_pronoun(&self, i: usize) -> bool {
        let next = i + 1;
        // "one-off", "one-time", "one-on-one"
        if self.pu(next) == Some(Pu::Hyphen)
            && self.glued(next)
            && self.is_word(next + 1)
            && self.glued(next + 1)
        {
            return true;
        }
        if [
            "of", "another", "who", "whom", "that", "which", "by", "after", "point", "way", "hand",
            "or",
        ]
        .iter()
        .any(|w| self.is(next, w))
            && !(self.is(next, "or") && matches!(self.lex(next + 1), Lex::Card(_) | Lex::Tens(_)))
        {
            return true;
        }
        let prev = i.checked_sub(1);
        let prev_is = |w: &str| prev.is_some_and(|p| self.is(p, w));
        // "One statistic is", "in one case", "one analyst said": "one"
        // as the article "a" before a noun of discourse, not a count.
        if words::is_discourse_noun(self.s(next)) && !ONE_COUNTED.iter().any(|w| prev_is(w)) {
            return true;
        }
        const TIME_OF_DAY: [&str; 6] = ["day", "night", "morning", "evening", "afternoon", "thing"];
        if TIME_OF_DAY.iter().any(|w| self.is(next, w))
            && !["in", "within", "for", "than", "just", "only", "single"]
                .iter()
                .any(|w| prev_is(w))
        {
            return true;
        }
        // "no one"; generic "one": "does one speak", "if one is prone"
        const BEFORE_PRONOUN: [&str; 14] = [
            "no", "does", "do", "did", "can", "could", "would", "should", "will", "might", "must",
            "if", "when", "where",
        ];
        if BEFORE_PRONOUN.iter().any(|w| prev_is(w)) {
            return true;
        }
        const DETERMINERS: [&str; 9] = [
            "the", "this", "that", "which", "every", "any", "each", "at", "someone",
        ];
        // "this one felt", "each one costs": after a demonstrative or a
        // distributive, "one" stands for a thing named before.
        const PRONOUN_DETERMINERS: [&str; 4] = ["this", "which", "every", "each"];
        if PRONOUN_DETERMINERS.iter().any(|w| prev_is(w)) {
            return true;
        }
        if DETERMINERS.iter().any(|w| prev_is(w)) {
            // "the one making the demands", "the one used by"
            let w = self.s(next);
            if self.is_word(next) && w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")) {
                return true;
            }
            if self.counted_noun(next, false).is_none() {
                return true;
            }
        }
        false
    }

    /// What "one" counts, given the counted noun found at `k`. A verb
    /// after "one" is none: "Only one escaped with his life", "One ordered
    /// nine cases", "the only one beginning to wonder" ("one" as a
    /// pronoun); and after "one" and its singular noun, a plural or a word
    /// in -ed is the verb, not the head: "One poll shows" counts a poll.
    fn one_noun(&self, k: usize, noun: Option<(usize, String)>) -> Option<(usize, String)> {
        let (e, u) = noun?;
        let h = e.saturating_sub(1);
        let verb_form = |t: usize| {
            let w = self.s(t);
            self.is_word(t)
                && !self.cap(t)
                && ((w.len() > 3 && w.ends_with("ed") && !w.ends_with("eed"))
                    || (w.len() > 4 && w.ends_with("ing")))
        };
        if h == k {
            if !verb_form(k) {
                return self.one_head(k, e, u);
            }
            // "one used for making cheese"; but "one building was hit",
            // "one meeting on Friday": a noun in -ing takes no object.
            let object = self.ws(e)
                && (self.is_num(e)
                    || [
                        "to", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
                        "this", "that", "these", "those", "them", "him", "it", "us",
                    ]
                    .iter()
                    .any(|w| self.is(e, w)));
            // ("Two died and one injured", "three dead, one wounded": one
            // of a list of counts is counted.)
            let listed = k >= 2
                && (self.is(k - 2, "and")
                    || self.is(k - 2, "or")
                    || self.pu(k - 2) == Some(Pu::Comma));
            // "with one selling for £31.01", "one costing $5": a
            // participle and its price, "one" of the things named before.
            let priced = |t: usize| {
                matches!(self.pu(t), Some(Pu::Cur(_)))
                    || (self.is_num(t) && self.ws(t + 1) && self.currency_at(t + 1))
            };
            let priced = priced(e) || ((self.is(e, "for") || self.is(e, "at")) && priced(e + 1));
            if (self.s(k).ends_with("ed") && !listed) || object || priced {
                return None;
            }
            return Some((e, u));
        }
        // (Not a noun plural in form: "one carnivore species", "one TV
        // series"; nor one in -ing: "one bad thing".)
        let w = self.s(h);
        let invariant = ["species", "series", "means", "news", "headquarters"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x));
        if h > k
            && self.ws(h)
            && !self.cap(h)
            && !invariant
            && (words::is_plural(w) || (verb_form(h) && w.ends_with("ed")))
            && self.is_word(h - 1)
            && !self.cap(h - 1)
            && !words::is_plural(self.s(h - 1))
        {
            return Some((h, self.s(h - 1).to_lowercase()));
        }
        Some((e, u))
    }

    /// The head of the noun phrase after "one" whose first word, at `k`
    /// and ending at `e`, the counted noun `u` stopped at: an adjective
    /// the word lists do not know, or a noun that modifies the next. "One
    /// strong voice", "one particular area", "One angry PizzaExpress
    /// employee", "one police officer" count the last noun before the
    /// verb or the phrase's end, as "one big problem" does. The next
    /// words are the phrase's while they are singular nouns in form: not
    /// a verb ("One girl wrote", "one man died", "One dog bit him"), an
    /// adverb, a stop word or a time, and in -ing only before the verb or
    /// the clause's end ("one tall building was hit", but "one man running
    /// for office"). A noun of discourse as the head makes "one" the
    /// article it is before one ("One strong reason is": no count).
    fn one_head(&self, k: usize, e: usize, u: String) -> Option<(usize, String)> {
        if e != k + 1 || self.cap(k) {
            return Some((e, u));
        }
        let ends_subject = |t: usize| {
            t >= self.n()
                || matches!(self.pu(t), Some(Pu::Comma | Pu::Period | Pu::Term))
                || (self.is_word(t) && {
                    let w = self.s(t);
                    matches!(w, "was" | "is" | "were" | "are" | "has" | "had" | "will")
                        || (w.len() > 3 && w.ends_with("ed"))
                })
        };
        let noun_at = |j: usize| {
            let w = self.s(j);
            self.is_word(j)
                && self.ws(j)
                && self.lex(j) == Lex::None
                && !words::is_stop(w)
                && !words::is_plural(w)
                && !words::is_past_form(w)
                && !PARTICLES.iter().any(|p| w.eq_ignore_ascii_case(p))
                && !(w.len() > 3 && (w.ends_with("ed") || w.ends_with("ly")))
                && (!(w.len() > 4 && w.ends_with("ing")) || ends_subject(j + 1))
                && !self.time_phrase_at(j)
        };
        let mut head = k;
        let mut j = e;
        while j < e + 3 && noun_at(j) {
            if !self.cap(j) || self.upper(j) {
                head = j;
            }
            j += 1;
        }
        if head == k {
            return Some((e, u));
        }
        let w = self.s(head);
        if words::is_discourse_noun(w) && !(k >= 2 && ONE_COUNTED.iter().any(|c| self.is(k - 2, c)))
        {
            return None;
        }
        Some((head + 1, w.to_lowercase()))
    }

    /// A unit of time that ends a counted noun `s..e` after adjectives in
    /// lower case: "unforgettable years", "heart-stopping minutes".
    fn dur_after_adjectives(&self, s: usize, e: usize) -> Option<Dur> {
        let h = e.checked_sub(1)?;
        let Lex::Dur(d) = self.lex(h) else {
            return None;
        };
        if h <= s || !self.ws(h) {
            return None;
        }
        (s..h)
            .all(|t| {
                if self.is_word(t) {
                    !self.cap(t) && self.lex(t) == Lex::None && !words::is_stop(self.s(t))
                } else {
                    self.pu(t) == Some(Pu::Hyphen) && self.glued(t) && self.glued(t + 1)
                }
            })
            .then_some(d)
    }

    /// After a number at `e` that counts nothing: the clause's end or its
    /// verb ("the two are united", "between the two, as well as",
    /// "these two to make the jump"), not "of" or a second number.
    fn nothing_counted_after(&self, e: usize) -> bool {
        if e >= self.n() {
            return true;
        }
        if !self.is_word(e) {
            return matches!(
                self.pu(e),
                Some(Pu::Comma | Pu::Period | Pu::Term | Pu::Colon | Pu::Dash | Pu::RParen)
            );
        }
        let w = self.s(e);
        if self.is(e, "to") {
            return !(self.is_num(e + 1) || matches!(self.lex(e + 1), Lex::Card(_) | Lex::Tens(_)));
        }
        words::is_stop(w)
            && ![
                "of", "and", "or", "by", "than", "per", "plus", "a", "an", "in", "out", "from",
                "up", "down", "apiece", "percent", "cent",
            ]
            .iter()
            .any(|x| self.is(e, x))
    }

    /// An adjective of extent at `j` that ends its phrase, as after a
    /// measure: "thick," "long." "deep in places"; not "high winds".
    fn extent_ends(&self, j: usize) -> bool {
        self.ws(j)
            && ["tall", "high", "long", "wide", "deep", "thick"]
                .iter()
                .any(|w| self.is(j, w))
            && (!(self.is_word(j + 1) || self.is_num(j + 1))
                || (self.ws(j + 1)
                    && words::is_stop(self.s(j + 1))
                    && !words::is_ordinal_det(self.s(j + 1))))
    }

    /// A rank's number at `start`: "ranked 1", "number 1", "No 1", "No. 1".
    fn rank_number(&self, start: usize) -> bool {
        self.rank_before(start, 0)
            || (start > 0 && self.is(start - 1, "no"))
            || (start > 1 && self.pu(start - 1) == Some(Pu::Period) && self.is(start - 2, "no"))
    }

    /// "No" or "No." before `start` after a word that makes it a rank:
    /// "ranked No 1", "the world No. 1", "are No 3", "seeded No 2". (Not
    /// "at No 10", "the No 10 operation": a house or a bus.) The token of
    /// "No".
    pub(super) fn rank_no(&self, start: usize, floor: usize) -> Option<usize> {
        let no = if start >= 1 && self.s(start - 1) == "No" && self.ws(start) {
            start - 1
        } else if start >= 2
            && self.pu(start - 1) == Some(Pu::Period)
            && self.glued(start - 1)
            && self.s(start - 2) == "No"
        {
            start - 2
        } else {
            return None;
        };
        if no <= floor {
            return None;
        }
        // Or after a verb of moving in a table, or an owner ("Britain's No
        // 1"), but for the houses of Downing Street ("returned to No 10").
        let house = matches!(self.t[start].k, K::Num { val, .. } if val == 10.0 || val == 11.0);
        let moved = || {
            [
                "to", "hit", "reached", "topped", "rose", "climbed", "dropped", "fell", "slipped",
                "debuted", "entered", "at",
            ]
            .iter()
            .any(|w| self.is(no - 1, w))
        };
        ([
            "ranked", "ranks", "world", "world's", "seeded", "is", "are", "was", "were", "be",
            "been", "became", "become", "remains", "remained",
        ]
        .iter()
        .any(|w| self.is(no - 1, w))
            || (!house && (self.poss(no - 1) || moved())))
        .then_some(no)
    }

    /// A word that makes a following plain number a rank: "ranked 21",
    /// "ranks 36", "at number 13".
    fn rank_before(&self, start: usize, floor: usize) -> bool {
        start > floor
            && self.is_word(start - 1)
            && self.ws(start)
            && ["ranked", "ranks", "ranking", "number"]
                .iter()
                .any(|w| self.is(start - 1, w))
    }

    /// A ranking verb earlier in the sentence: "Sri Lanka ranks 36, well
    /// above Pakistan at 89".
    fn ranking_sentence(&self, start: usize) -> bool {
        let mut k = start;
        while k > 0 && start - k < 16 {
            k -= 1;
            if matches!(self.pu(k), Some(Pu::Period | Pu::Term)) {
                return false;
            }
            if ["ranked", "ranks", "ranking"].iter().any(|w| self.is(k, w))
                && self.small_int(k + 1).is_some()
            {
                return true;
            }
        }
        false
    }

    /// A ranking named after a plain number: "at 59 in the top 100",
    /// "67 on the ageing index", "12th" is handled by the suffix.
    fn rank_after(&self, end: usize) -> bool {
        if !(self.is(end, "in") || self.is(end, "on")) {
            return false;
        }
        for k in end + 1..end + 6 {
            if !self.is_word(k) {
                return false;
            }
            if self.is(k, "top") && (self.is_num(k + 1) || self.lex(k + 1) != Lex::None) {
                return true;
            }
            if words::is_ranking_noun(self.s(k)) {
                return true;
            }
            if words::is_stop(self.s(k)) && !self.is(k, "the") && !self.is(k, "its") {
                return false;
            }
        }
        false
    }

    /// "between" / "from" right before token `start`.
    fn opener(&self, start: usize, floor: usize) -> Option<(usize, bool)> {
        let p = start.checked_sub(1)?;
        if p < floor {
            return None;
        }
        if self.is(p, "between") {
            Some((p, true))
        } else if self.is(p, "from") {
            Some((p, false))
        } else {
            None
        }
    }

    /// A verb of change shortly before `start`, looking past any figure
    /// already read ("doubled from 7% to 14%").
    fn change_before(&self, start: usize) -> bool {
        for k in (start.saturating_sub(3)..start).rev() {
            // Not past the end of the sentence before: "sales fell. From
            // 2011 to 2015 prices rose" is a span, not a change.
            if matches!(self.pu(k), Some(Pu::Period | Pu::Term)) {
                return false;
            }
            if self.is_word(k) && words::is_change_verb(self.s(k)) {
                return true;
            }
        }
        false
    }

    /// A verb of change (or a multiplier's, "doubled") before "from" at
    /// `from`, with its object between: "raise the age limit from", "more
    /// than doubled their number of MPs, from". Up to seven tokens back,
    /// within the sentence, past a comma only right before "from", and
    /// past the year of a time said between ("has doubled since 1980
    /// from 10 to 20%", "rose in 2015 from 3 to 5%").
    fn change_before_object(&self, from: usize) -> bool {
        for k in (from.saturating_sub(7)..from).rev() {
            match self.t[k].k {
                K::P(Pu::Comma) if k + 1 == from => continue,
                K::Num { .. }
                    if self.year_shaped(k)
                        && k > 0
                        && ["since", "in", "by", "until"]
                            .iter()
                            .any(|w| self.is(k - 1, w)) =>
                {
                    continue;
                }
                K::P(_) | K::Num { .. } => return false,
                K::Word { .. } => {
                    if words::is_change_verb(self.s(k)) || matches!(self.lex(k), Lex::Mult(_)) {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// "from" opens `a` after a verb of change: "rose from 30 to 33%",
    /// "has fallen from 25 to 15 slices", and with the verb before its
    /// object, "raise the age limit from 65 to 67", "more than doubled
    /// their number of MPs, from one to four". "from ... to" there gives
    /// the value before the change and the value after, never a span of
    /// values: a reader checks each. Without such a verb "from" opens a
    /// span ("aged from 30 to 40", "groups of from 30 to 40 people"). A
    /// year after the verb's object is a span of time too ("rose in the
    /// years from 2011 to 2015").
    fn change_from(&self, a: &Atom, opener: Option<(usize, bool)>) -> bool {
        let Some((o, false)) = opener else {
            return false;
        };
        self.change_before(a.start) || (!a.core.year4 && self.change_before_object(o))
    }

    /// The unit a bare number `a` takes from the second value of its
    /// change ([`Parser::change_from`]), said once after it: "rose from
    /// 30 to 33%" is 30% and 33%, "from 3 to 5 dollars" $3 and $5, "from
    /// 30 to 35 cents" $0.30, "from 32 to 28 pupils" 32 pupils. A scale
    /// said once after the second is the first's too, as in a range
    /// ("rose from 3 to 5 million pounds" is 3 million GBP, "from £3 to
    /// £5bn" £3bn), where the two are of a size ([`Parser::carried_scale`]).
    /// The kind, the unit and the factor the unit and scale apply (cents,
    /// decades, millions), or the counted noun; a kind or unit of `None`
    /// leaves the first's own. Not a currency sign written on the second
    /// alone ("from 3 to $5" may not be dollars both).
    fn change_unit(
        &self,
        a: &Atom,
        opener: Option<(usize, bool)>,
    ) -> Option<(Option<QuantityKind>, Option<String>, f64, i32)> {
        // (The line may end at "to": "rose from 5 to".)
        if !self.is(a.end, "to") || a.end + 1 >= self.n() || !self.change_from(a, opener) {
            return None;
        }
        let AtomR::Ok(b) = self.atom(a.end + 1) else {
            return None;
        };
        if b.core.ratio || b.core.vague || b.range.is_some() {
            return None;
        }
        let scale = self.carried_scale(a, &b);
        if a.kind.is_some() {
            // "from £3 to £5 million": the currency on both, the scale on
            // the second alone.
            let e = scale?;
            return (a.kind == b.kind && a.unit == b.unit).then_some((None, None, 1.0, e));
        }
        if b.start < b.core.start {
            return None;
        }
        let shared = match scale {
            Some(_) => b.kind.is_some() || self.counted_plural(b.end),
            None => self.shares_unit(a, &b),
        };
        if !shared && scale.is_none() {
            return None;
        }
        let e = scale.unwrap_or(0);
        match (b.kind, b.unit) {
            (Some(k), Some(u)) => Some((Some(k), Some(u.to_string()), b.mult, e)),
            (Some(_), None) => scale.map(|e| (None, None, 1.0, e)),
            (None, _) => match self.counted_noun(b.end, false) {
                Some((_, noun)) if shared => Some((Some(QuantityKind::Count), Some(noun), 1.0, e)),
                _ => scale.map(|e| (None, None, 1.0, e)),
            },
        }
    }

    /// A counted plural noun at `k`: "pupils" in "28 pupils".
    fn counted_plural(&self, k: usize) -> bool {
        self.counted_noun(k, false)
            .is_some_and(|(_, u)| words::is_plural(&u))
    }

    /// The power of ten a scale word on the second end `b` of a change
    /// gives the plain first end `a` too: "from 3 to 5 million" is 3
    /// million to 5 million. Only where the two, so read, are within a
    /// factor of ten of each other: "grew from 900 to 1.2 million" is 900
    /// and no 900 million, and "from 800,000 to 1.2 million" is as written.
    fn carried_scale(&self, a: &Atom, b: &Atom) -> Option<i32> {
        if a.core.exp != 0
            || b.core.exp <= 0
            || a.core.year4
            || a.core.ratio
            || a.core.vague
            || a.hyphen_adj
            || a.range.is_some()
            || a.val <= 0.0
            || b.val <= 0.0
            || a.mult != 1.0
        {
            return None;
        }
        let mantissa = b.val / 10f64.powi(b.core.exp);
        let (lo, hi) = (a.val.min(mantissa), a.val.max(mantissa));
        (hi <= lo * 10.0).then_some(b.core.exp)
    }

    fn range_partner(
        &self,
        a: &Atom,
        opener: Option<(usize, bool)>,
        floor: usize,
    ) -> Option<(Atom, Conn)> {
        let c = a.end;
        // A hyphen with spaces both sides ("300 - 400") joins a range only
        // with a sign of one, checked once the second number is read.
        // So does a dash spaced on one side only ("rise 40 –62 cm"), as
        // text copied from a laid-out page writes it.
        let spaced = (self.pu(c) == Some(Pu::Hyphen) && self.ws(c) && self.ws(c + 1))
            || (self.pu(c) == Some(Pu::Dash) && self.ws(c) != self.ws(c + 1));
        let after_or = |k: usize| {
            [
                "more", "so", "less", "fewer", "over", "above", "under", "below", "greater",
                "higher", "lower",
            ]
            .iter()
            .any(|w| self.is(k, w))
        };
        // "through" between two bare whole numbers said alike, the second
        // the larger ("20 through 100", "chapters three through seven"),
        // is a range as "to" is; checked once the second is read. Not a
        // total so far: "batting .310 through 40 games" is a decimal.
        let mut through_plain = false;
        let (nxt, conn) = if self.is(c, "or") && !after_or(c + 1) {
            (c + 1, Conn::Or)
        } else if self.is(c, "to")
            || (self.is(c, "through")
                && (opener.is_some()
                    || a.core.year4
                    || (a.start > 0
                        && ["aged", "ages", "age", "grades", "pages"]
                            .iter()
                            .any(|w| self.is(a.start - 1, w)))))
        {
            // ("ages 20 through 65", "2011 through 2015", as American
            // English writes a range; not a total so far: "batting .310
            // through 40 games")
            (c + 1, Conn::To)
        } else if self.is(c, "through") && a.kind.is_none() && self.plain_whole(a) {
            through_plain = true;
            (c + 1, Conn::To)
        } else if self.is(c, "and") && opener.is_some_and(|o| o.1) {
            (c + 1, Conn::And)
        } else if (self.inner_hyphen(c))
            || ((self.pu(c) == Some(Pu::Dash) || self.tilde(c))
                && (self.glued(c) == self.glued(c + 1)))
            || spaced
        {
            (c + 1, Conn::Dash)
        } else if self.pu(c) == Some(Pu::Hyphen)
            && self.glued(c)
            && self.ws(c + 1)
            && (self.is(c + 1, "to") || self.is(c + 1, "and") || self.is(c + 1, "or"))
        {
            (c + 2, Conn::To)
        } else {
            return None;
        };
        if nxt >= self.n() {
            return None;
        }
        let AtomR::Ok(b) = self.atom(nxt) else {
            return None;
        };
        if b.core.ratio || b.core.vague || b.range.is_some() {
            return None;
        }
        if spaced && !self.spaced_range(a, &b, opener, floor) {
            return None;
        }
        if through_plain
            && !(self.plain_whole(&b) && b.core.written == a.core.written && b.val > a.val)
        {
            return None;
        }
        // "from £10,060 in 2012 to £8,502": a range writes its currency
        // on its first end ("£2,000 to 3,000") or both, never on the
        // second alone.
        if b.kind == Some(QuantityKind::Money) && b.start < b.core.start && a.kind.is_none() {
            return None;
        }
        if let (Some(x), Some(y)) = (a.kind, b.kind)
            && (x != y || a.unit != b.unit)
        {
            return None;
        }
        if a.kind.is_some() && b.kind.is_none() && a.hyphen_adj {
            return None;
        }
        // "gained 1.2% to 18,000", "grew by 1% to 67.6 million": a change
        // and the level it reached; a share and a plain number never end
        // one range.
        if a.kind == Some(QuantityKind::Percent) && b.kind.is_none() {
            return None;
        }
        // "over the 12 weeks to 30 December": a time up to a date, no
        // range of weeks.
        if conn == Conn::To
            && a.kind == Some(QuantityKind::Duration)
            && b.kind.is_none()
            && self.ws(b.end)
            && matches!(self.lex(b.end), Lex::Month(_))
        {
            return None;
        }
        // "increased from 9 to 11", "rose from 30 to 33%", "has fallen
        // from 25 to 15 slices": a change, the value before it and the
        // value after, two figures even where the unit is said once (the
        // first takes it, see `change_unit`).
        if conn == Conn::To && self.change_from(a, opener) {
            return None;
        }
        // "rose 7% to 14%": a change without "from" is two figures too;
        // but a bare number before one with a unit is the size of the
        // change given as a range ("prices rose 3 to 5%"), one figure.
        if conn == Conn::To && self.change_before(a.start) && !self.shares_unit(a, &b) {
            return None;
        }
        Some((b, conn))
    }

    /// A plural noun after lower-case words that modify it, from `k`:
    /// "dead palm trees", "mystery shopping trips", "urban development
    /// centres" (at most four words, none a word of the lexicon, a
    /// function word or a verb's form in -ed or -ly that is no adjective).
    /// Its end and the noun.
    fn plural_head_after(&self, k: usize) -> Option<(usize, String)> {
        for j in k..k + 4 {
            if !self.is_word(j)
                || !self.ws(j)
                || self.cap(j)
                || self.lex(j) != Lex::None
                || words::is_stop(self.s(j))
                || self.time_phrase_at(j)
            {
                return None;
            }
            let w = self.s(j);
            // (A part the thing is sized by ends the search: "4 wheel
            // drive vehicles", "18 hole golf courses" count no vehicles.)
            if words::is_part_noun(w) {
                return None;
            }
            if words::is_plural(w) {
                return (j > k).then(|| (j + 1, w.to_lowercase()));
            }
            if (w.ends_with("ed") || w.ends_with("ly")) && !words::is_adjective(w) {
                return None;
            }
        }
        None
    }

    /// The end of a figure at `k` that describes a noun after it, set
    /// off by a space: a number joined by hyphens to words ("one-penny",
    /// "50-page", "2,000-square-foot") or an amount after a currency sign
    /// ("$100"). Not a number joined to a number ("1-0").
    fn modifier_figure(&self, k: usize) -> Option<usize> {
        if !self.ws(k) {
            return None;
        }
        if matches!(self.pu(k), Some(Pu::Cur(_))) && self.is_num(k + 1) && self.glued(k + 1) {
            // With a glued scale and a compound's tail: "100 £1m-plus
            // winners".
            let mut e = k + 2;
            if self.glued(e) && matches!(self.lex(e), Lex::ScaleAbbr(_)) {
                e += 1;
            }
            while self.inner_hyphen(e) && self.is_word(e + 1) {
                e += 2;
            }
            return (self.ws(e) && self.pu(e).is_none()).then_some(e);
        }
        if !(self.is_num(k) || matches!(self.lex(k), Lex::Card(_) | Lex::Tens(_))) {
            return None;
        }
        let mut e = k + 1;
        while self.inner_hyphen(e) && self.is_word(e + 1) {
            // "three 90-plus year olds", "30-odd people": a qualifier
            // of the number, no compound.
            if self.is(e + 1, "plus") || self.is(e + 1, "odd") {
                return None;
            }
            e += 2;
        }
        // "three 10-year olds": an age, not a thing described.
        let age = self.is(e, "olds") || self.is(e, "old") || matches!(self.lex(e), Lex::Dur(_));
        (e > k + 1 && !self.glued(e) && !age).then_some(e)
    }

    /// A lower-case part noun at `k` ([`words::is_part_noun`]) with a noun
    /// after it that has the parts: "bedroom" in "3 bedroom flats".
    fn part_noun_at(&self, k: usize) -> bool {
        self.is_word(k)
            && self.ws(k)
            && !self.cap(k)
            && words::is_part_noun(self.s(k))
            && self.is_word(k + 1)
            && self.ws(k + 1)
            && self.lex(k + 1) == Lex::None
            && !words::is_stop(self.s(k + 1))
    }

    /// A tilde at `k`, which East Asian English writes between the ends of
    /// a range as others write a dash ("20~100 participants", "3～5
    /// days"): ASCII, full-width, or the wave dash.
    pub(super) fn tilde(&self, k: usize) -> bool {
        self.pu(k) == Some(Pu::Other) && matches!(self.s(k), "~" | "\u{FF5E}" | "\u{301C}")
    }

    /// `a - b` with spaces round the hyphen is a range, not a score ("won
    /// 3 - 1"), a sum or a list's dash, only with a sign of one: the ends
    /// rise and either are years ("1990 - 1995"), or something before the
    /// first makes it a rough amount ("between", "about", "aged"), or the
    /// second is measured ("3 - 4 per cent") or counts a plural noun after
    /// two plain numbers ("300 - 400 people").
    fn spaced_range(
        &self,
        a: &Atom,
        b: &Atom,
        opener: Option<(usize, bool)>,
        floor: usize,
    ) -> bool {
        if a.val >= b.val || a.hyphen_adj || b.hyphen_adj {
            return false;
        }
        if a.core.year4 || b.core.year4 {
            return a.core.year4 && b.core.year4 && a.kind.is_none() && b.kind.is_none();
        }
        let before = opener.is_some()
            || (a.start > floor && self.lex(a.start - 1) == Lex::Aged)
            || self.qualifier_before(a.start, floor).is_some();
        let measured = b.kind.is_some() && (a.kind.is_none() || a.kind == b.kind);
        let counted = self.plain_whole(a)
            && self.plain_whole(b)
            && b.kind.is_none()
            && self
                .counted_noun(b.end, false)
                .is_some_and(|(_, u)| words::is_plural(&u));
        before || measured || counted
    }

    /// A bound on an amount right before the year-shaped number `val` at
    /// `start` ("more than 1500", "at least 2000"), not one that also
    /// reads as a time ("up to 2030", "over 2020", "under 1990"). A level
    /// compared ("above", "higher than") may be a year's ("sales were
    /// higher than 2019"), so there only a round hundred is an amount
    /// ("above 1000", "below 1500").
    fn bound_before(&self, start: usize, floor: usize, val: f64) -> bool {
        let Some((qs, q)) = self.qualifier_before(start, floor) else {
            return false;
        };
        if !matches!(
            q,
            Qualifier::MoreThan | Qualifier::LessThan | Qualifier::AtLeast | Qualifier::AtMost
        ) || self.is(qs, "up")
            || (qs + 1 == start && (self.is(qs, "over") || self.is(qs, "under")))
        {
            return false;
        }
        // A bound on a time: "until at least 2030", "since at least 1850",
        // "back to at least 1600".
        if qs > floor
            && [
                "until", "till", "since", "to", "back", "from", "before", "after", "by", "beyond",
                "through", "in",
            ]
            .iter()
            .any(|w| self.is(qs - 1, w))
        {
            return false;
        }
        let level = (qs..start).any(|k| {
            [
                "above",
                "below",
                "higher",
                "lower",
                "greater",
                "larger",
                "bigger",
                "smaller",
                "exceeding",
            ]
            .iter()
            .any(|w| self.is(k, w))
        });
        !level || val % 100.0 == 0.0
    }

    /// The ends of a range `a` to `b` may come high first: they have one
    /// kind and unit and a verb that spans values opens them ("ranged
    /// from $40 to $25", "varied between 30C and 20C"), or both are
    /// measures below zero, written by their size ("from -18 °C to -34
    /// °C"). A change ("fell from -18C to -34C") never reaches here.
    fn either_order(&self, a: &Atom, b: &Atom, opener: Option<(usize, bool)>) -> bool {
        let one_unit = (a.kind == b.kind && a.unit == b.unit) || self.shares_unit(a, b);
        if !one_unit || a.hyphen_adj || b.hyphen_adj {
            return false;
        }
        if a.core.year4 || b.core.year4 || a.core.exp != b.core.exp {
            return false;
        }
        let range_verb = opener.is_some_and(|(o, _)| {
            o > 0 && self.is_word(o - 1) && words::is_range_verb(self.s(o - 1))
        });
        range_verb || (a.kind == Some(QuantityKind::Measure) && a.val < 0.0 && b.val < 0.0)
    }

    /// A whole number with no sign, currency, scale or share: "20",
    /// "twelve"; not "-3", "$5", "2m", ".310", "a third".
    fn plain_whole(&self, a: &Atom) -> bool {
        a.start == a.core.start
            && a.core.exp == 0
            && !a.core.ratio
            && !a.core.vague
            && !a.core.year4
            && a.range.is_none()
            && !a.hyphen_adj
            && a.val >= 0.0
            && a.val.fract() == 0.0
    }

    /// The bare number `a` takes its unit from `b` after it: `b` is
    /// measured, or a counted plural noun follows it ("25 to 15 slices",
    /// "10 to 5%"). Not across a scale ("from 5 to 3 million").
    fn shares_unit(&self, a: &Atom, b: &Atom) -> bool {
        a.kind.is_none()
            && !a.hyphen_adj
            && !a.core.year4
            && a.core.exp == 0
            && b.core.exp == 0
            && (b.kind.is_some()
                || self
                    .counted_noun(b.end, false)
                    .is_some_and(|(_, u)| words::is_plural(&u)))
    }

    /// Alternatives listed with commas, one unit for all: "three, four,
    /// five tellies", "two, three or four times", "5, 10, 15 years". Like
    /// "4 or 5", one figure with low and high. Only numbers a constant step
    /// apart, all in words or all in digits, none a year, and not followed
    /// by a further item (a list of values: "1, 2, 3 and 7"). The last
    /// atom, and low and high.
    ///
    /// At most six items: a longer run is a list of
    /// values, and the bound keeps the parse linear (each number of a long
    /// list would otherwise scan the rest of it again).
    fn alternatives(&self, a: &Atom) -> Option<(Atom, f64, f64)> {
        const MAX_ALTERNATIVES: usize = 6;
        let mut items = 1;
        let mut prev = a.val;
        let mut step = None;
        let mut k = a.end;
        let mut last: Option<Atom> = None;
        loop {
            let mut nxt = if self.pu(k) == Some(Pu::Comma) && self.glued(k) {
                k + 1
            } else if self.is(k, "or") && items >= 2 {
                k
            } else {
                break;
            };
            let final_or = self.is(nxt, "or");
            if final_or {
                nxt += 1;
            }
            if nxt >= self.n() || !self.ws(nxt) {
                break;
            }
            let AtomR::Ok(b) = self.atom(nxt) else {
                break;
            };
            let plain = b.start == b.core.start
                && b.core.written == a.core.written
                && b.core.exp == 0
                && !b.core.ratio
                && !b.core.vague
                && !b.core.year4
                && b.range.is_none()
                && !b.hyphen_adj;
            let d = b.val - prev;
            if !plain || d <= 0.0 || step.is_some_and(|s| s != d) {
                break;
            }
            step = Some(d);
            prev = b.val;
            items += 1;
            if items > MAX_ALTERNATIVES {
                return None;
            }
            k = b.end;
            let done = final_or || b.kind.is_some();
            last = Some(b);
            if done {
                break;
            }
        }
        let last = last.filter(|_| items >= 3)?;
        // "1, 2, 3 and 7", "5, 10, 15, 40", "113, 115, 117, and 118": a
        // list of values.
        let more = |mut k: usize| {
            if self.pu(k) == Some(Pu::Comma) {
                k += 1;
            }
            if self.is(k, "and") || self.is(k, "or") {
                k += 1;
            }
            k > last.end && (self.is_num(k) || matches!(self.lex(k), Lex::Card(_) | Lex::Tens(_)))
        };
        if more(last.end) {
            return None;
        }
        Some((last, a.val, prev))
    }

    /// A qualifier phrase ending right before `start`.
    fn qualifier_before(&self, start: usize, floor: usize) -> Option<(usize, Qualifier)> {
        // Try only the phrases whose last word is the word before `start`
        // (in their order, as the scan): most figures have none.
        let found = match start.checked_sub(1) {
            Some(p) if p >= floor && self.is_word(p) && may_end_qualifier(self.s(p)) => {
                let last = self.s(p);
                let phrases = PHRASES_BY_END[last.len()]
                    .iter()
                    .find(|(w, _)| w.eq_ignore_ascii_case(last))
                    .map_or(&[][..], |(_, phrases)| phrases);
                phrases.iter().find_map(|&n| {
                    let (ws, q) = &QUALIFIERS[n];
                    let len = ws.len();
                    if start < floor + len {
                        return None;
                    }
                    let s0 = start - len;
                    let ok = ws[..len - 1].iter().enumerate().all(|(m, w)| {
                        let t = s0 + m;
                        self.is(t, w) && (m == 0 || self.ws(t))
                    }) && (len == 1 || self.ws(p));
                    ok.then_some((s0, *q))
                })
            }
            _ => None,
        };
        #[cfg(test)]
        assert_eq!(
            found,
            self.qualifier_scan(start, floor),
            "qualifier at {start}"
        );
        found
    }

    /// [`Parser::qualifier_before`], trying every phrase.
    #[cfg(test)]
    fn qualifier_scan(&self, start: usize, floor: usize) -> Option<(usize, Qualifier)> {
        for (ws, q) in QUALIFIERS {
            let len = ws.len();
            if start < floor + len {
                continue;
            }
            let s0 = start - len;
            let ok = ws.iter().enumerate().all(|(m, w)| {
                let t = s0 + m;
                self.is(t, w) && (m == 0 || self.ws(t))
            });
            if ok {
                return Some((s0, *q));
            }
        }
        None
    }

    /// The noun a number counts: the head of the next few words, skipping
    /// adjectives, stopping at function words and punctuation.
    pub(super) fn counted_noun(&self, k: usize, allow_of: bool) -> Option<(usize, String)> {
        let n = self.n();
        let mut k = k;
        if allow_of && self.is(k, "of") {
            k += 1;
        }
        let mut cands = [(0usize, 0usize); 4];
        let mut m = 0;
        while m < 4 && k < n {
            // "50 million PlayStation 5 consoles": a model's number after
            // its name is part of the name that modifies the noun.
            if m > 0
                && self.is_num(k)
                && self.ws(k)
                && matches!(
                    self.t[k].k,
                    K::Num {
                        grouped: false,
                        decimal: false,
                        int_digits: 1..=3,
                        ..
                    }
                )
                && self.cap(cands[m - 1].0)
                && cands[m - 1].1 == k
                && self.is_word(k + 1)
                && self.ws(k + 1)
                && !self.cap(k + 1)
                && self.lex(k + 1) == Lex::None
                && words::is_plural(self.s(k + 1))
            {
                cands[m - 1].1 = k + 1;
                k += 1;
                continue;
            }
            if !self.is_word(k) || !self.ws(k) {
                break;
            }
            let w = self.s(k);
            // A stop word, unless an acronym ("US", "IT"): tested only
            // for stop words, where it matters.
            if words::is_stop(w) && !(w.len() >= 2 && self.upper(k)) {
                break;
            }
            // "1 last night": when, not what is counted.
            if self.time_phrase_at(k) {
                break;
            }
            // "the 1st Battalion arrived": after a capitalised word, a
            // word in -ed that no noun follows is the verb of the name
            // before it ("400 Grade II listed buildings" counts buildings).
            if m > 0
                && self.cap(cands[m - 1].0)
                && !self.cap(k)
                && w.len() > 4
                && w.ends_with("ed")
                && (!self.is_word(k + 1)
                    || !self.ws(k + 1)
                    || self.cap(k + 1)
                    || words::is_stop(self.s(k + 1)))
            {
                break;
            }
            match self.lex(k) {
                Lex::Card(_)
                | Lex::Tens(_)
                | Lex::A
                | Lex::Hundred
                | Lex::Scale(_)
                | Lex::VagueScale(_)
                | Lex::TensPl
                | Lex::Month(_)
                | Lex::Weekday(_)
                | Lex::Ordinal(_)
                | Lex::Half
                | Lex::Percent
                | Lex::Per => break,
                // "5 negative reviews" counts reviews; "5 minus 3" stops.
                Lex::Minus
                    if self.is_num(k + 1)
                        || matches!(self.lex(k + 1), Lex::Card(_) | Lex::Tens(_)) =>
                {
                    break;
                }
                _ => {}
            }
            let mut e = k + 1;
            while self.pu(e) == Some(Pu::Hyphen)
                && self.glued(e)
                && self.is_word(e + 1)
                && self.glued(e + 1)
            {
                e += 2;
            }
            cands[m] = (k, e);
            m += 1;
            k = e;
        }
        if m == 0 {
            return None;
        }
        let plural = |(s, _): (usize, usize)| words::is_plural(self.s(s));
        // A capitalised plural is a noun ("500,000 Venezuelans"); other
        // capitalised words modify one ("20 Premier League clubs").
        let adj = |(s, e): (usize, usize)| {
            e > s + 1
                || (self.cap(s) && (self.upper(s) || !plural((s, e))))
                || (!self.cap(s) && words::is_adjective(self.s(s)))
        };
        // With no plain noun, the last plural word is the head ("5
        // injured" keeps its only word); never a participle after it.
        let mut p = match (0..m).find(|&x| !adj(cands[x])) {
            Some(p) => p,
            None if m == 1 => 0,
            None => (0..m).rev().find(|&x| plural(cands[x])).unwrap_or(m - 1),
        };
        // A compound whose modifier is itself plural in form: "police
        // officers", "staff members"; else the plural head: "aid workers".
        // ("23 Grand Slam singles titles": a noun plural in form that
        // modifies, see `words::is_plural_modifier`.)
        while p + 1 < m
            && !adj(cands[p + 1])
            && plural(cands[p + 1])
            && (!plural(cands[p])
                || words::is_irregular_plural(self.s(cands[p].0))
                || words::is_plural_modifier(self.s(cands[p].0)))
        {
            p += 1;
        }
        let (s, mut e) = cands[p];
        // "103 Grands Prix", "two Attorneys General": a capitalised
        // plural and a capitalised word after it are one noun.
        if self.cap(s) && !self.upper(s) && plural(cands[p]) {
            let mut q = p;
            while q + 1 < m && self.cap(cands[q + 1].0) && !plural(cands[q + 1]) {
                q += 1;
                e = cands[q].1;
            }
        }
        let mut text = self
            .text
            .get(self.t[s].start..self.t[e - 1].end)
            .unwrap_or("");
        for suf in ["'s", "\u{2019}s"] {
            if let Some(t) = text.strip_suffix(suf) {
                text = t;
            }
        }
        Some((e, text.to_lowercase()))
    }

    /// The base of a counted rate after its noun at `k`: "per 100,000
    /// people" (the base's number and noun, "100000 people"), "per 1,000
    /// live births" ("1000 births"), "per inch" (a unit of measure). Where
    /// it ends and its name; not a rate per unit of time ("120 times per
    /// second" counts occasions).
    fn per_base(&self, k: usize) -> Option<(usize, String)> {
        if !self.is(k, "per") || !self.ws(k + 1) {
            return None;
        }
        let b = k + 1;
        if let Lex::Measure(v) = self.lex(b)
            && !v.contains('/')
            && self.unit_case_ok(b, v)
        {
            return Some((b + 1, v.to_string()));
        }
        if !self.is_num(b) {
            return None;
        }
        let c = self.core(b, false)?;
        if c.year4 || c.ratio || c.vague || c.val <= 1.0 || c.end <= b {
            return None;
        }
        // Not a figure of its own after the base: "per 100 %", "per 1,000 $".
        if matches!(self.pu(c.end), Some(Pu::Percent | Pu::Cur(_) | Pu::Degree)) {
            return None;
        }
        match self.counted_noun(c.end, false) {
            Some((e, n)) => Some((e, format!("{} {n}", c.val))),
            None => Some((c.end, format!("{}", c.val))),
        }
    }

    /// The end of a compound noun's head after a modifier ending at `e`:
    /// "home run", "league title", "career home run" (up to two more
    /// nouns in the singular, in lower case). `None` when no noun follows.
    fn compound_head(&self, e: usize) -> Option<usize> {
        let noun = |k: usize| {
            self.is_word(k)
                && self.ws(k)
                && !self.cap(k)
                && !self.poss(k - 1)
                && self.lex(k) == Lex::None
                && {
                    let w = self.s(k);
                    w.len() >= 3
                        && !words::is_stop(w)
                        && !words::is_plural(w)
                        && !words::is_adjective(w)
                        && !w.ends_with("ly")
                        && !w.ends_with("ed")
                        && !w.ends_with("ing")
                        && !PARTICLES.iter().any(|p| w.eq_ignore_ascii_case(p))
                }
                && !self.time_phrase_at(k)
        };
        let mut k = e;
        while k < e + 2 && noun(k) {
            k += 1;
        }
        (k > e).then_some(k)
    }

    pub(super) fn figure(&self, i: usize, floor: usize) -> Step {
        use QuantityKind as Q;
        // The atom read in place, where it was returned: moved out of the
        // result, its some twenty fields were copied one by one.
        let r = self.atom(i);
        let a = match &r {
            AtomR::Ok(a) => a,
            AtomR::Skip(j) => return Step::Skip(*j),
            AtomR::No => return Step::No,
        };
        if a.core.is_one
            && (a.kind.is_none() || a.unit == Some("day"))
            && a.start == a.core.start
            && self.one_is_pronoun(a.core.start)
        {
            return Step::No;
        }
        // "higher than a year ago", "lower than two years ago": a time a
        // comparison is made with, no amount of time; but "more than a
        // year ago" bounds one.
        if a.kind == Some(Q::Duration)
            && self.is(a.end, "ago")
            && a.start > floor
            && self.is(a.start - 1, "than")
            && !(a.start >= 2
                && ["more", "less", "fewer", "little", "no"]
                    .iter()
                    .any(|w| self.is(a.start - 2, w)))
        {
            return Step::Skip(a.end + 1);
        }
        // "zero-hours contracts": a kind of contract, no length of time.
        if a.kind == Some(Q::Duration) && a.val == 0.0 && a.core.written && a.hyphen_adj {
            return Step::Skip(a.end);
        }
        // "a twenty-something student": an age no one counted; "ideas
        // are a dime a dozen": cheap, not twelve.
        if (a.core.written
            && self.inner_hyphen(a.core.end)
            && (self.is(a.core.end + 1, "something") || self.is(a.core.end + 1, "somethings")))
            || (a.start >= 2
                && a.start > floor
                && self.is(a.start - 1, "dime")
                && self.is(a.start - 2, "a"))
        {
            return Step::Skip(a.end);
        }
        // The tail of a compound: "one-on-one", "a two-by-four".
        if a.core.written
            && a.core.start > 0
            && self.pu(a.core.start - 1) == Some(Pu::Hyphen)
            && self.glued(a.core.start)
        {
            return Step::No;
        }
        // The second side of a vote's tally: the 49 of "voted 51 to 49".
        if a.kind.is_none()
            && a.core.num_tok.is_some()
            && a.core.exp == 0
            && a.start == a.core.start
            && self.vote_tally_second(a.start)
        {
            return Step::Emit(votes(a));
        }
        // A rank given as a plain number: "ranked 21", "at number 13",
        // "at 59 in the top 100", "a low 67 on the ageing index".
        if a.kind.is_none()
            && a.core.num_tok.is_some()
            && a.core.exp == 0
            && a.val >= 1.0
            && a.start == a.core.start
            && !matches!(self.t[a.core.start].k, K::Num { decimal: true, .. })
            && (self.rank_before(a.start, floor)
                || (a.start > floor
                    && ["at", "low", "high", "lowly"]
                        .iter()
                        .any(|w| self.is(a.start - 1, w))
                    && self.rank_after(a.end))
                || (a.start > floor
                    && self.is(a.start - 1, "at")
                    && self.ranking_sentence(a.start)))
        {
            return Step::Emit(Found::new(a.start, a.end, Q::Ordinal, a.val));
        }
        if a.kind.is_none()
            && a.core.num_tok.is_some()
            && a.core.exp == 0
            && a.val >= 1.0
            && a.start == a.core.start
            && let Some(no) = self.rank_no(a.start, floor)
        {
            return Step::Emit(Found::new(no, a.end, Q::Ordinal, a.val));
        }
        let mut start = a.start;
        // "+5%", "(+30C)": a plus sign glued before the number is its sign.
        if start == a.core.start
            && start > floor
            && self.pu(start - 1) == Some(Pu::Plus)
            && self.glued(start)
            && (self.ws(start - 1) || start == 1 || self.pu(start - 2) == Some(Pu::LParen))
            && a.val >= 0.0
        {
            start -= 1;
        }
        let mut end = a.end;
        let mut kind = a.kind;
        let mut unit: Option<String> = a.unit.map(String::from);
        if let Some(t) = a.noun_tok {
            unit = Some(self.s(t).to_lowercase());
        }
        // "paid 45 m for the striker, after a £20m bid": a spaced "m" read
        // as millions of money by the words before it is money in the
        // currency the paragraph names near, where it names one.
        if kind.is_none()
            && a.start == a.core.start
            && a.core.exp == 6
            && a.core.end > a.core.start + 1
            && self.s(a.core.end - 1) == "m"
            && self.ws(a.core.end - 1)
            && self.spaced_m_money(a.core.start, a.core.end - 1)
            && !self.counted_plural(a.end)
            && let Some(code) = self.currency_named_near(a.core.start)
        {
            kind = Some(Q::Money);
            unit = Some(code.to_string());
        }
        let mut f = Found::new(start, end, Q::Count, a.val);
        let mut hyphen_adj = a.hyphen_adj;
        let mut year_like = a.core.year4 && a.val > 0.0;
        if let Some((lo, hi)) = a.range {
            f.value = None;
            f.low = Some(lo);
            f.high = Some(hi);
        }
        let opener = self.opener(start, floor);
        let mut ranged = false;
        if a.range.is_none()
            && !a.core.ratio
            && !a.core.vague
            && let Some((b, conn)) = self.range_partner(a, opener, floor)
        {
            let mut lo = a.val;
            let mut hi = b.val;
            if a.core.exp == 0 && b.core.exp > 0 {
                let s = 10f64.powi(b.core.exp);
                if lo * s <= hi {
                    lo = match a.core.num_tok {
                        Some(t) => self.digits_value(t, b.core.exp) * lo.signum(),
                        None => lo * s,
                    };
                }
            }
            // "3-4,000 people", "$3-4,000": a plain first end takes
            // the thousands (or millions) the grouped second end is written
            // in, as "3-4 million" takes its scale; not where it would
            // pass the second ("1-1,000", "20-1,000").
            if conn == Conn::Dash
                && matches!(a.kind, None | Some(QuantityKind::Money))
                && a.core.exp == 0
                && b.core.exp == 0
                && b.start == b.core.start
                && let Some(K::Num {
                    grouped: false,
                    decimal: false,
                    int_digits: 1..=3,
                    ..
                }) = a.core.num_tok.map(|t| self.t[t].k)
                && let Some(K::Num {
                    grouped: true,
                    decimal: false,
                    dot_grouped: false,
                    ..
                }) = b.core.num_tok.map(|t| self.t[t].k)
                && let Some(s) = [1e9, 1e6, 1e3]
                    .into_iter()
                    .find(|&s| hi % s == 0.0 && lo * s < hi)
            {
                lo *= s;
            }
            // "3-4 dozen eggs", "three to four dozen": the dozen counts
            // both ends, as a scale word does.
            let dozen = |c: &Core| c.end > c.start && self.lex(c.end - 1) == Lex::Dozen;
            if dozen(&b.core) && !dozen(&a.core) && lo * 12.0 <= hi {
                lo *= 12.0;
            }
            if a.kind.is_none() && b.mult != 1.0 {
                lo = times(lo, b.mult);
            }
            let both_years =
                a.core.year4 && (b.core.year4 || (conn == Conn::Dash && b.core.num_tok.is_some()));
            if a.core.year4
                && conn == Conn::Dash
                && !b.core.year4
                && b.core.num_tok.is_some()
                && b.val < 100.0
                && b.val >= 0.0
            {
                hi = (lo / 100.0).floor() * 100.0 + b.val;
            }
            // "25 to 15 slices": a range may go down when its ends share a
            // unit; two bare numbers going down are a vote or a score
            // ("voted 52 to 48").
            let valid = match conn {
                Conn::Or => lo != hi,
                Conn::To if self.shares_unit(a, &b) => lo != hi,
                _ if lo != hi && self.either_order(a, &b, opener) => true,
                _ => lo < hi,
            };
            // "between 2000 and 3000 people": after "between", "and" and a
            // second number make a range whatever the first looks like.
            let between_and = opener.is_some_and(|(_, between)| between) && conn == Conn::And;
            let bare = a.kind.is_none() && b.kind.is_none() && !a.core.written;
            let tally = bare && matches!(conn, Conn::Dash | Conn::To) && self.tally(a.start, b.end);
            let score = tally || (conn == Conn::Dash && bare && self.among_scores(a.start, b.end));
            if valid && !score && (!a.core.year4 || both_years || b.kind.is_some() || between_and) {
                ranged = true;
                f.value = None;
                f.low = Some(lo.min(hi));
                f.high = Some(lo.max(hi));
                end = b.end;
                kind = b.kind.or(kind);
                unit = b.unit.map(String::from).or(unit);
                hyphen_adj = b.hyphen_adj;
                year_like = both_years;
                if let Some((o, between)) = opener
                    && (if between {
                        matches!(conn, Conn::And | Conn::Dash)
                    } else {
                        matches!(conn, Conn::To | Conn::Dash)
                    })
                {
                    start = o;
                }
            } else if tally || ((!valid || score) && conn == Conn::Dash && bare) {
                // A vote's tally ("voted 51 to 49"): the votes on this side,
                // the other side's read at its own number.
                if tally && self.vote_tally(a.start, b.end) {
                    return Step::Emit(votes(a));
                }
                // A score ("won 3-1", "lost 1-3") or similar: not a figure;
                // nor a lost set among won ones ("7–5, 4–6, 6–3").
                return Step::Skip(b.end);
            }
        }
        if !ranged
            && a.range.is_none()
            && let Some((k, u, m, e)) = self.change_unit(a, opener)
        {
            kind = k.or(kind);
            unit = u.or(unit);
            // A carried scale read from the digits, exact as a range's
            // ends are ("2.3" million is 2300000).
            let v = match a.core.num_tok {
                Some(t) if e > 0 => self.digits_value(t, e) * a.val.signum(),
                _ => a.val * 10f64.powi(e),
            };
            f.value = Some(times(v, m));
        }
        if !ranged
            && a.range.is_none()
            && a.kind.is_none()
            && !a.hyphen_adj
            && !a.core.ratio
            && !a.core.vague
            && !a.core.year4
            && a.core.exp == 0
            && a.start == a.core.start
            && let Some((b, lo, hi)) = self.alternatives(a)
        {
            ranged = true;
            f.value = None;
            f.low = Some(lo);
            f.high = Some(hi);
            end = b.end;
            kind = b.kind;
            unit = b.unit.map(String::from);
            hyphen_adj = false;
        }
        // Post-qualifiers.
        let mut post = None;
        if self.is(end, "and")
            && ["over", "above", "older", "upwards"]
                .iter()
                .any(|w| self.is(end + 1, w))
        {
            // "aged 60 and over"
            post = Some(Qualifier::AtLeast);
            end += 2;
        } else if self.is(end, "or") {
            if self.is(end + 1, "more")
                || self.is(end + 1, "over")
                || self.is(end + 1, "above")
                || self.is(end + 1, "older")
                || self.is(end + 1, "greater")
                || self.is(end + 1, "higher")
            {
                post = Some(Qualifier::AtLeast);
            } else if self.is(end + 1, "so") {
                post = Some(Qualifier::Approx);
            } else if self.is(end + 1, "less")
                || self.is(end + 1, "fewer")
                || self.is(end + 1, "under")
                || self.is(end + 1, "below")
                || self.is(end + 1, "lower")
            {
                post = Some(Qualifier::AtMost);
            }
            if post.is_some() {
                end += 2;
            }
        } else if self.pu(end) == Some(Pu::Plus) && self.glued(end) {
            post = Some(Qualifier::AtLeast);
            end += 1;
        } else if self.inner_hyphen(end) {
            // "30-odd people"; "a 10,000-plus crowd", "2 million-plus users".
            if self.is(end + 1, "odd") {
                post = Some(Qualifier::Approx);
            } else if self.is(end + 1, "plus")
                && !(self.pu(end + 2) == Some(Pu::Hyphen) && self.glued(end + 2))
            {
                // (Not "2-plus-2 talks".)
                post = Some(Qualifier::AtLeast);
            }
            if post.is_some() {
                end += 2;
            }
        }
        // "90-plus year olds": the age the qualifier is about.
        if kind.is_none()
            && post.is_some()
            && let Some(d) = self.dur_at(end)
            && let Some(e) = self.old_at(end + 1)
        {
            kind = Some(Q::Count);
            unit = Some(age_unit(d).to_string());
            end = e;
        } else if kind.is_none()
            && post.is_some()
            && !year_like
            && let Lex::Dur(d) = self.lex(end)
            && self.ws(end)
            && !self.title_unit(end, a.core.start)
        {
            // "70-plus years", "10 or more years", "3+ decades": the time
            // the qualifier is about, as "70 years" is.
            let (u, m) = d.norm();
            f.scale(m);
            kind = Some(Q::Duration);
            unit = Some(u.to_string());
            end += 1;
        }
        // "magnitude 7.8", "7.8 on the Richter scale": a quake's magnitude,
        // and what follows is not counted ("magnitude 7.8 quake").
        if kind.is_none() && !year_like {
            if let Some(s) = self.magnitude_before(start, end, floor, a.val) {
                start = s;
                kind = Some(Q::Measure);
                unit = Some("magnitude".to_string());
            } else if let Some(e) = self.richter_after(end) {
                end = e;
                kind = Some(Q::Measure);
                unit = Some("magnitude".to_string());
            } else if start > floor && self.ws(start) && self.s(start - 1) == "Mach" {
                // "at Mach 1.24": a speed as a multiple of the speed of
                // sound, its unit written first.
                start -= 1;
                kind = Some(Q::Measure);
                unit = Some("mach".to_string());
            }
        }
        // "aged 54", "aged five to 17": an age, and what follows is not counted.
        if kind.is_none() && start > floor && self.lex(start - 1) == Lex::Aged {
            start -= 1;
            kind = Some(Q::Count);
            unit = Some("years-old".to_string());
        }
        // "a 3 bedroom house", "2-3 bedroom flats": a number before a noun
        // of the parts a thing is sized by counts those parts, as the
        // hyphenated "3-bedroom" does; the noun after has them. Only after
        // an article, a number or "of" ("two 12 storey blocks of three
        // bedroom flats"), or as a range, where the number describes the
        // thing: "40 seat belts", "2 bed bugs" count the compound.
        let describes = f.low.is_some()
            || (start > 0
                && (self.lex(start - 1) == Lex::A
                    || self.is_num(start - 1)
                    || matches!(self.lex(start - 1), Lex::Card(_))
                    || ["the", "their", "its", "of"]
                        .iter()
                        .any(|w| self.is(start - 1, w))));
        if kind.is_none()
            && !hyphen_adj
            && !year_like
            && a.val >= 1.0
            && describes
            && self.part_noun_at(end)
        {
            kind = Some(Q::Count);
            unit = Some(self.s(end).to_lowercase());
            end += 1;
        }
        // "500 one-penny coins", "20 two-litre bottles", "ten 50-page
        // reports", "500 $100 bills": a figure between a count and the
        // plural noun it counts describes each thing counted. The count
        // is of the noun, and ends before the figure, which is read at
        // its own number (as a part takes its whole's noun, "4,000 of
        // its 23,000 employees").
        if kind.is_none()
            && !hyphen_adj
            && !year_like
            && !a.core.vague
            && !a.core.ratio
            && (a.val > 1.0 || f.low.is_some())
            && let Some(e) = self.modifier_figure(end)
            && let Some((_, u)) = self.counted_noun(e, false)
            && words::is_plural(&u)
        {
            kind = Some(Q::Count);
            unit = Some(u);
        }
        // Kind and counted noun.
        match kind {
            None if hyphen_adj => kind = Some(Q::Count),
            None => {
                let mut noun = self.counted_noun(end, a.core.vague);
                if a.core.is_one {
                    noun = self.one_noun(end, noun);
                }
                // A number above one counts a plural: past singular words
                // before one, to it ("25 dead palm trees").
                if !year_like
                    && !a.core.vague
                    && (a.val > 1.0 || f.low.is_some())
                    && noun.as_ref().is_some_and(|(_, w)| !words::is_plural(w))
                    && let Some(h) = self.plural_head_after(end)
                {
                    noun = Some(h);
                }
                let mut is_year = false;
                if year_like {
                    // "in 2003", and "the 2008 crisis", "on 2005 levels":
                    // a year before a noun after a determiner is a date.
                    let prev_prep = start > floor
                        && start > 0
                        && (words::is_year_prep(self.s(start - 1))
                            || words::is_ordinal_det(self.s(start - 1))
                            || ["on", "above", "below", "pre", "post"]
                                .iter()
                                .any(|w| self.is(start - 1, w)));
                    let noun_plural = noun.as_ref().is_some_and(|(_, w)| words::is_plural(w));
                    // "Between 2011 and 2015 prices doubled": two years
                    // opened by "between" or "from" are a span of time,
                    // even before a plural noun (a count of thousands
                    // would be written with a comma: "2,000 to 3,000").
                    let opened_years = ranged && opener.is_some_and(|(o, _)| o == start);
                    // "compared with 1990 levels", "at 2019 prices": a
                    // year's levels.
                    let year_noun = noun.as_ref().is_some_and(|(_, w)| {
                        matches!(w.as_str(), "levels" | "prices" | "values" | "standards")
                    });
                    // "more than 1500", "above 1000 and below 1500": a
                    // bound before a number with nothing after it makes
                    // it an amount (but "up to 2030", "over 2020" are
                    // times, "below 2008 levels" a year's).
                    let bounded =
                        noun.is_none() && !ranged && self.bound_before(start, floor, a.val);
                    is_year = !bounded
                        && (prev_prep
                            || year_noun
                            || opened_years
                            || !noun_plural
                            || (!ranged && self.name_before_year(start, floor)));
                }
                if is_year {
                    kind = Some(Q::Year);
                } else {
                    kind = Some(Q::Count);
                    // A number above one counts a plural noun; a singular
                    // word after it is something else ("its 27m total
                    // flat", "2 percent"-like predicates).
                    // ("103 Grands Prix": the plural is the first word.)
                    let agrees = |w: &str| {
                        words::is_plural(w)
                            || w.split_once(' ').is_some_and(|(h, _)| words::is_plural(h))
                            || (f.low.is_none() && a.val.abs() <= 1.0)
                    };
                    if let Some((e, u)) = noun
                        && (a.core.vague || agrees(&u))
                    {
                        let from = end;
                        end = e;
                        // "16 unforgettable years", "12 straight months": a
                        // length of time, as "16 years" is.
                        if !a.core.vague
                            && let Some(d) = self.dur_after_adjectives(from, e)
                        {
                            let (du, m) = d.norm();
                            f.scale(m);
                            kind = Some(Q::Duration);
                            unit = Some(du.to_string());
                        } else {
                            // "312 cases per 100,000 people", "460 pixels per
                            // inch": a rate, one figure whose unit names both.
                            match self.per_base(e) {
                                Some((e2, base)) => {
                                    end = e2;
                                    unit = Some(format!("{u}/{base}"));
                                }
                                None => unit = Some(u),
                            }
                        }
                    }
                }
            }
            Some(Q::Ordinal) => {
                let mut k = end;
                if self.pu(k) == Some(Pu::Hyphen)
                    && self.glued(k)
                    && self.is_word(k + 1)
                    && self.glued(k + 1)
                {
                    k += 2;
                }
                let noun = self.counted_noun(k, false);
                end = k;
                if let Some((e, u)) = noun {
                    end = e;
                    unit = Some(u);
                    // "his 50th home run", "a 20th league title": the noun
                    // a lower-case noun modifies, ending the compound.
                    if let Some(e2) = self.compound_head(e)
                        && let Some(t) = self.text.get(self.t[e - 1].start..self.t[e2 - 1].end)
                        && unit.as_deref().is_some_and(|u| !u.contains(' '))
                        && !self.cap(e - 1)
                    {
                        let head = self.s(e - 1).to_lowercase();
                        let rest = t.get(self.s(e - 1).len()..).unwrap_or_default();
                        end = e2;
                        unit = Some(format!("{head}{}", rest.to_lowercase()));
                    }
                }
            }
            _ => {}
        }
        let kind = kind.unwrap_or(Q::Count);
        // A bare "one" or "zero" with nothing counted is a pronoun or a
        // figure of speech ("the only one", "get to zero"); with a sign
        // it is a number ("finished at minus one").
        if kind == Q::Count
            && unit.is_none()
            && f.low.is_none()
            && post.is_none()
            && a.val >= 0.0
            && (a.core.is_one || (a.core.written && a.val == 0.0))
            // ("from one to four": a change's first value.)
            && !(start > floor
                && self.is(start - 1, "from")
                && self.is(end, "to")
                && (self.is_num(end + 1)
                    || matches!(self.lex(end + 1), Lex::Card(_) | Lex::Tens(_))))
        {
            return Step::No;
        }
        // "the two are united", "confusion between the two,", "these two
        // will want to": a written number after "the" with nothing counted
        // and a verb or nothing after it stands for things named before
        // (but "the two of them", "the three 17-sq-m mirrors").
        if kind == Q::Count
            && unit.is_none()
            && f.low.is_none()
            && post.is_none()
            && a.core.written
            && !a.core.vague
            && start > floor
            && ["the", "these", "those"]
                .iter()
                .any(|w| self.is(start - 1, w))
            && self.nothing_counted_after(end)
        {
            return Step::No;
        }
        // "number two", "No. 1"
        if a.core.written && start > floor && self.is(start - 1, "number") {
            return Step::No;
        }
        // Qualifier before.
        let mut qual = if a.core.vague {
            Some(Qualifier::AtLeast)
        } else if a.core.approx {
            Some(Qualifier::Approx)
        } else {
            None
        };
        if let Some((qs, q)) = self.qualifier_before(start, floor) {
            let over_duration = kind == Q::Duration && self.is(start - 1, "over");
            let year_some = kind == Q::Year
                && matches!(
                    q,
                    Qualifier::MoreThan
                        | Qualifier::LessThan
                        | Qualifier::AtLeast
                        | Qualifier::AtMost
                );
            // "under four headings": before a counted noun, "under" is a
            // preposition unless the amount is written in digits; before
            // an age it bounds it ("children under five years old").
            let under_prep = q == Qualifier::LessThan
                && qs + 1 == start
                && self.is(qs, "under")
                && kind == Q::Count
                && unit.as_deref().is_some_and(|u| !u.ends_with("-old"))
                && a.core.written;
            // "concerns about €500 notes": a banknote's face value.
            let denomination = kind == Q::Money
                && self.is(qs, "about")
                && [
                    "note",
                    "notes",
                    "banknote",
                    "banknotes",
                    "bill",
                    "bills",
                    "coin",
                    "coins",
                ]
                .iter()
                .any(|w| self.is(end, w));
            // "bigger than 20 European countries", "smaller than 10 tennis
            // courts": sizes compared with things counted, no bound on
            // their number (as "bigger than three metres" is).
            let size_of_things = kind == Q::Count
                && unit.is_some()
                && start >= 2
                && ["bigger", "larger", "smaller"]
                    .iter()
                    .any(|w| self.is(start - 2, w));
            // "covers 3,404km over 21 stages", "the race is run over
            // 10km": across a course, no bound.
            let distance = |u: &str| matches!(u, "metre" | "km" | "mile");
            let across = qs + 1 == start
                && self.is(qs, "over")
                && ((kind == Q::Measure
                    && unit.as_deref().is_some_and(distance)
                    && self.over_course(start))
                    || (qs > 0 && matches!(self.lex(qs - 1), Lex::Measure(u) if distance(u))));
            if !over_duration
                && !year_some
                && !under_prep
                && !denomination
                && !size_of_things
                && !across
            {
                start = qs;
                qual = Some(q);
            }
        }
        // An age after a name: "Andy Blackett, 30, an estate agent";
        // "over the age of 70", "life expectancy at 60".
        if kind == Q::Count && unit.is_none() && f.low.is_none() && a.core.num_tok.is_some() {
            // (Or after a person's noun, "The boy, 14,", "her son, 3,";
            // and with "now": "The former president, now 78,".)
            let p = if start > floor && self.is(start - 1, "now") {
                start - 1
            } else {
                start
            };
            let after_name = p >= 2
                && p > floor
                && self.pu(p - 1) == Some(Pu::Comma)
                && ((self.cap(p - 2)
                    && !self.upper(p - 2)
                    // (a surname may be a unit's word: "Emma Stone, 35")
                    && matches!(self.lex(p - 2), Lex::None | Lex::Measure(_)))
                    || (self.is_word(p - 2) && words::is_person_noun(self.s(p - 2))))
                // (A word after it is no end: "The victim, 1 of 3 people".)
                && (matches!(self.pu(end), Some(Pu::Comma | Pu::Period | Pu::Term))
                    || end >= self.n());
            let age_word = start >= 2
                && ((self.is(start - 1, "of") && self.is(start - 2, "age"))
                    || (self.is(start - 1, "at") && self.is(start - 2, "expectancy")));
            // "when she was 88", "He is now 36", "after he turned 50": a
            // person's age, with nothing counted after it.
            let pronoun_age = {
                let adverb = start > floor
                    && ["now", "only", "just", "still", "already", "barely"]
                        .iter()
                        .any(|w| self.is(start - 1, w));
                let p = start - usize::from(adverb);
                p >= floor + 2
                    && ["is", "was", "turned", "turns", "became"]
                        .iter()
                        .any(|w| self.is(p - 1, w))
                    && ["he", "she", "i", "who"].iter().any(|w| self.is(p - 2, w))
                    && (matches!(self.pu(end), Some(Pu::Comma | Pu::Period | Pu::Term))
                        || end >= self.n()
                        || ["and", "when", "but", "at", "in", "on"]
                            .iter()
                            .any(|w| self.is(end, w)))
            };
            if (after_name || age_word || pronoun_age)
                && (1.0..=120.0).contains(&a.val)
                && a.val.fract() == 0.0
            {
                unit = Some("years-old".to_string());
            }
        }
        // "aged 54", "aged between 10 and 16"
        if kind == Q::Count && unit.is_none() && start > floor && self.lex(start - 1) == Lex::Aged {
            start -= 1;
            unit = Some("years-old".to_string());
        }
        // "aged 8 and 10": the second age of the pair.
        if kind == Q::Count
            && unit.is_none()
            && f.low.is_none()
            && start == floor + 1
            && start >= 3
            && self.is(start - 1, "and")
            && self.is_num(start - 2)
            && self.lex(start - 3) == Lex::Aged
            && (1.0..=120.0).contains(&a.val)
        {
            unit = Some("years-old".to_string());
        }
        // "the first three months": one figure.
        if start > floor
            && start == a.core.start
            && self.ws(start)
            && matches!(self.lex(start - 1), Lex::Ordinal(_))
            && (!self.cap(start - 1) || self.sentence_start(start - 1))
        {
            start -= 1;
        }
        f.start = start;
        f.end = end;
        f.kind = kind;
        f.unit = unit;
        // "about 1,000 or more people": the bound after the number says
        // more than the rough size before it.
        f.qual = match (qual, post) {
            (Some(Qualifier::Approx), Some(p @ (Qualifier::AtLeast | Qualifier::AtMost))) => p,
            (q, p) => q.or(p).unwrap_or_default(),
        };
        Step::Emit(f)
    }

    // ----- dates -----------------------------------------------------------

    fn is_month_abbr(&self, i: usize) -> bool {
        let w = self.s(i);
        w.len() <= 4
            && !["june", "july", "may"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
    }

    fn ordinal_suffix(&self, e: usize) -> bool {
        self.is_word(e) && self.glued(e) && matches!(self.s(e), "st" | "nd" | "rd" | "th")
    }

    /// After a day of the month `d` ending before `e`: the last day of a
    /// range of days ("3-7", "3–7", "3 to 7", "3rd to 7th") and the token
    /// after it. The last day is later in the month than the first.
    /// With `between`, "and" joins the two days too ("between 5 and 9
    /// May").
    fn day_range_end(&self, e: usize, d: u32, between: bool) -> Option<(u32, usize)> {
        let k = match self.pu(e) {
            Some(Pu::Hyphen | Pu::Dash) if self.glued(e) && self.glued(e + 1) => e + 1,
            _ if self.is(e, "to") || self.is(e, "through") || (between && self.is(e, "and")) => {
                e + 1
            }
            _ => return None,
        };
        let d2 = self.small_int(k).filter(|&d2| d2 > d && d2 <= 31)?;
        if self.s(k).len() > 2 {
            return None;
        }
        let after = if self.ordinal_suffix(k + 1) {
            k + 2
        } else {
            k + 1
        };
        // Not "May 3-7pm" or "3-7.5".
        if self.glued(after) && (self.is_word(after) || self.is_num(after)) {
            return None;
        }
        Some((d2, after))
    }

    pub(super) fn date_at_month(&self, i: usize, floor: usize) -> Step {
        let Lex::Month(m) = self.lex(i) else {
            return Step::No;
        };
        if !self.cap(i) {
            return Step::No;
        }
        let abbr = self.is_month_abbr(i);
        let mut k = i + 1;
        let mut period = false;
        if abbr && self.pu(k) == Some(Pu::Period) && self.glued(k) {
            k += 1;
            period = true;
        }
        if let Some(d) = self.small_int(k)
            && self.ws(k)
            && (1..=31).contains(&d)
            && self.s(k).len() <= 2
        {
            let mut e = k + 1;
            if self.ordinal_suffix(e) {
                e += 1;
            }
            // "May 3-7", "May 3 to 7": the month's days from one to the other.
            let last = self.day_range_end(e, d, false).filter(|&(_, after)| {
                // "May 3 to 5 people" counts people.
                !(self.is(e, "to") && self.is_word(after) && !self.cap(after))
            });
            if let Some((_, after)) = last {
                e = after;
            }
            let (y, e2) =
                if self.pu(e) == Some(Pu::Comma) && self.year_at(e + 1).is_some() && self.ws(e + 1)
                {
                    (self.year_at(e + 1), e + 2)
                } else if self.year_at(e).is_some() && self.ws(e) {
                    (self.year_at(e), e + 1)
                } else {
                    (None, e)
                };
            let date = day_date(y, m, d, last.map(|(d2, _)| d2));
            return Step::Emit(Found::date(i, e2, date));
        }
        if let Some(y) = self.year_at(k)
            && self.ws(k)
        {
            return Step::Emit(Found::date(i, k + 1, format!("{y:04}-{m:02}")));
        }
        if abbr && !period {
            return Step::No;
        }
        let prev_ok = i > floor
            && ((self.is_word(i - 1) && words::is_date_prep(self.s(i - 1)))
                || (self.pu(i - 1) == Some(Pu::Hyphen)
                    && self.glued(i)
                    && i >= 2
                    && (self.is(i - 2, "mid")
                        || self.is(i - 2, "early")
                        || self.is(i - 2, "late"))));
        if !prev_ok {
            return Step::No;
        }
        Step::Emit(Found::date(
            i,
            if period { i + 2 } else { i + 1 },
            format!("--{m:02}"),
        ))
    }

    pub(super) fn date_at_num(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.slash_date(i) {
            return Some(f);
        }
        if let Some(K::Num {
            multi_dot: true, ..
        }) = self.t.get(i).map(|t| t.k)
        {
            return self.dotted_date(i);
        }
        let two = |k: usize| match self.t.get(k).map(|t| t.k) {
            Some(K::Num {
                int_digits: 2,
                decimal: false,
                grouped: false,
                val,
                ..
            }) => Some(val as u32),
            _ => None,
        };
        if let Some(y) = self.year_at(i)
            && self.pu(i + 1) == Some(Pu::Hyphen)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && let Some(mo) = two(i + 2)
            && (1..=12).contains(&mo)
        {
            if self.pu(i + 3) == Some(Pu::Hyphen)
                && self.glued(i + 3)
                && self.glued(i + 4)
                && let Some(d) = two(i + 4)
                && (1..=31).contains(&d)
            {
                return Some(Found::date(i, i + 5, format!("{y:04}-{mo:02}-{d:02}")));
            }
            if self.s(i + 2).starts_with('0') {
                return Some(Found::date(i, i + 3, format!("{y:04}-{mo:02}")));
            }
        }
        let d = self.small_int(i)?;
        if !(1..=31).contains(&d) || self.s(i).len() > 2 {
            return None;
        }
        let mut k = i + 1;
        if self.ordinal_suffix(k) {
            k += 1;
        }
        // "3-5 June", "3 to 5 June", "between 3 and 5 June": days of one
        // month.
        let between = i > 0 && self.is(i - 1, "between");
        let last = self.day_range_end(k, d, between);
        if let Some((_, after)) = last {
            k = after;
        }
        if self.is(k, "of") {
            k += 1;
        }
        let Lex::Month(m) = self.lex(k) else {
            return None;
        };
        if !self.cap(k) || !self.ws(k) {
            return None;
        }
        let mut e = k + 1;
        if self.is_month_abbr(k) && self.pu(e) == Some(Pu::Period) && self.glued(e) {
            e += 1;
        }
        let y = self.year_at(e).filter(|_| self.ws(e));
        if y.is_some() {
            e += 1;
        }
        let date = day_date(y, m, d, last.map(|(d2, _)| d2));
        Some(Found::date(i, e, date))
    }

    pub(super) fn weekday(&self, i: usize, floor: usize) -> Step {
        let Lex::Weekday(wd) = self.lex(i) else {
            // Possessive weekdays carry no class; look the word up again.
            return self.weekday_poss(i, floor);
        };
        if !self.cap(i) {
            return Step::No;
        }
        self.weekday_found(i, floor, wd)
    }

    fn weekday_poss(&self, i: usize, floor: usize) -> Step {
        if !self.cap(i) {
            return Step::No;
        }
        let w = self.s(i);
        let base = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        match WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(base)) {
            Some(p) => self.weekday_found(i, floor, p as u8 + 1),
            None => Step::No,
        }
    }

    fn weekday_found(&self, i: usize, floor: usize, wd: u8) -> Step {
        let prev_ok = i > floor && self.is_word(i - 1) && words::is_date_prep(self.s(i - 1));
        // A named day: "Black Friday", "Cyber Monday", "Good Friday".
        if i > 0
            && self.ws(i)
            && self.is_word(i - 1)
            && self.cap(i - 1)
            && !self.upper(i - 1)
            && !words::is_date_prep(self.s(i - 1))
            && self.lex(i - 1) == Lex::None
        {
            return Step::Skip(i + 1);
        }
        let mut start = i;
        if i > floor && (self.is(i - 1, "last") || self.is(i - 1, "next") || self.is(i - 1, "this"))
        {
            start = i - 1;
        }
        if !prev_ok
            && self.is_word(i + 1)
            && self.cap(i + 1)
            && self.ws(i + 1)
            && !matches!(self.lex(i + 1), Lex::Month(_))
        {
            return Step::No; // "Sunday Times"
        }
        let mut k = i + 1;
        if self.pu(k) == Some(Pu::Comma) {
            k += 1;
        }
        if !self.poss(i) {
            if matches!(self.lex(k), Lex::Month(_))
                && let Step::Emit(f) = self.date_at_month(k, k)
                && f.date.as_deref().is_some_and(|d| d.len() > 4)
            {
                return Step::Emit(Found::date(start, f.end, f.date.unwrap_or_default()));
            }
            if self.is_num(k)
                && let Some(f) = self.date_at_num(k)
            {
                return Step::Emit(Found::date(start, f.end, f.date.unwrap_or_default()));
            }
        }
        let name = WEEKDAYS.get(wd as usize - 1).copied().unwrap_or("");
        Step::Emit(Found::date(start, i + 1, name.to_string()))
    }

    // ----- multipliers -------------------------------------------------------

    /// "doubled", "almost tripled", "more than halved", "more than twice its
    /// GDP": kind `Percent`, unit `"ratio"`, value the factor (2, 3, 0.5),
    /// like the fractions. "twice" counts only as a factor of something
    /// ("twice as many", "twice its size"), not as "two times" ("visited
    /// twice").
    pub(super) fn multiplier(&self, i: usize, floor: usize) -> Step {
        let Lex::Mult(m) = self.lex(i) else {
            return Step::No;
        };
        let w = self.s(i);
        let factor = if m == 0 { 0.5 } else { m as f64 };
        if w.eq_ignore_ascii_case("twice") {
            let next = i + 1;
            let of_something = self.ws(next)
                && (self.is(next, "as")
                    || self.is(next, "that")
                    || self.is(next, "what")
                    || words::is_ordinal_det(self.s(next)));
            if !of_something || self.is(next, "a") || self.is(next, "an") {
                return Step::No;
            }
        } else if self.cap(i) && !self.sentence_start(i) {
            return Step::No;
        } else if w.len() > 4
            && w[w.len() - 4..].eq_ignore_ascii_case("fold")
            && i > 0
            && ["is", "are", "was", "were", "be", "been"]
                .iter()
                .any(|b| self.is(i - 1, b))
        {
            // "the difficulties are threefold": of three kinds, no factor.
            return Step::No;
        }
        let mut f = Found::new(i, i + 1, QuantityKind::Percent, factor);
        f.unit = Some("ratio".to_string());
        if let Some((qs, q)) = self.qualifier_before(i, floor) {
            f.start = qs;
            f.qual = q;
        }
        Step::Emit(f)
    }

    /// A word of paying or pricing ([`words::is_money_word`]) among the
    /// four words before token `start`, with no punctuation between
    /// ("paid him 5 pounds", "a fine of 200 pounds"): "pounds" after it
    /// are money.
    pub(super) fn money_before(&self, start: usize) -> bool {
        self.word_before(start, words::is_money_word)
    }

    /// A word that `is` among the four words before token `start`, with
    /// no punctuation between.
    pub(super) fn word_before(&self, start: usize, is: fn(&str) -> bool) -> bool {
        (1..=4)
            .map_while(|d| start.checked_sub(d).filter(|&j| self.is_word(j)))
            .any(|j| is(self.s(j)))
    }

    /// A currency named within 40 tokens of token `k`, in its paragraph:
    /// a sign ("£200m") or a currency word or code ("euros", "USD").
    pub(super) fn currency_near(&self, k: usize) -> bool {
        (k.saturating_sub(40)..(k + 40).min(self.n()))
            .any(|j| matches!(self.pu(j), Some(Pu::Cur(_))) || self.currency_at(j))
    }

    /// The one currency named within 40 tokens of token `k`, in its
    /// paragraph ([`Parser::currency_near`]): its code, or `None` where
    /// none is named or two differ ("£200m" and "$300m" near).
    pub(super) fn currency_named_near(&self, k: usize) -> Option<&'static str> {
        let mut found = None;
        for j in k.saturating_sub(40)..(k + 40).min(self.n()) {
            let code = match self.pu(j) {
                Some(p @ Pu::Cur(_)) => p.cur_code(),
                _ if self.currency_at(j) => match self.lex(j) {
                    Lex::CurWord(c) | Lex::CurCode(c) => Some(c),
                    _ => None,
                },
                _ => None,
            };
            match (found, code) {
                (_, None) => {}
                (None, Some(c)) => found = Some(c),
                (Some(f), Some(c)) if f != c => return None,
                _ => {}
            }
        }
        found
    }

    /// A date followed by a second one it runs to ("from May 5 to May 9",
    /// "January 2009 to January 2017", "between 1 March and 4 April 2020"):
    /// the two as one range, `first/last`, as the ISO 8601 interval is
    /// written. The connector is "to", "through", "until", "till" or a
    /// dash, or "and" after "between". Both dates must be single days, or
    /// both months of a year; a day without a year takes the year of a day
    /// after it that has one ("May 5 to June 9, 2021"). Anything else
    /// (a weekday, a range already, a day and a month) leaves the first
    /// date as it was.
    ///
    /// In place: the figure stays where it is (no copy in and out) unless
    /// it becomes a range, and most figures are no date.
    pub(super) fn date_range(&self, first: &mut Found, floor: usize) {
        let (Some(a), QuantityKind::Date) = (first.date.as_deref(), first.kind) else {
            return;
        };
        let e = first.end;
        let between = first.start > floor && self.is(first.start - 1, "between");
        let joined = match self.pu(e) {
            Some(Pu::Dash) => true,
            Some(Pu::Hyphen) => self.ws(e) && self.ws(e + 1),
            _ => {
                ["to", "through", "until", "till"]
                    .iter()
                    .any(|w| self.is(e, w))
                    || (between && self.is(e, "and"))
            }
        };
        if !joined || a.contains('/') {
            return;
        }
        let second = match self.t.get(e + 1).map(|t| &t.k) {
            Some(K::Num { .. }) => self.date_at_num(e + 1),
            Some(K::Word { .. }) => match self.date_at_month(e + 1, e + 1) {
                Step::Emit(f) => Some(f),
                _ => None,
            },
            _ => None,
        };
        let Some(second) = second else {
            return;
        };
        let Some(b) = second.date.as_deref().filter(|&b| b != a) else {
            return;
        };
        /// A single day's year (if written) and `MM-DD`.
        fn day(d: &str) -> Option<(Option<&str>, &str)> {
            match d.len() {
                7 if d.starts_with("--") => Some((None, d.get(2..)?)),
                10 if d.as_bytes()[4] == b'-' => Some((Some(d.get(..4)?), d.get(5..)?)),
                _ => None,
            }
        }
        let month = |d: &str| d.len() == 7 && d.as_bytes()[4] == b'-' && !d.starts_with("--");
        let range = match (day(a), day(b)) {
            (Some((ya, ma)), Some((yb, mb))) => match (ya, yb) {
                (Some(ya), Some(yb)) => format!("{ya}-{ma}/{yb}-{mb}"),
                (None, Some(yb)) => format!("{yb}-{ma}/{yb}-{mb}"),
                (None, None) => format!("--{ma}/--{mb}"),
                (Some(_), None) => return,
            },
            _ if month(a) && month(b) => format!("{a}/{b}"),
            _ => return,
        };
        *first = Found::date(first.start, second.end, range);
    }

    // ----- ordinals ----------------------------------------------------------

    pub(super) fn ordinal_word(&self, i: usize, floor: usize) -> Step {
        let Lex::Ordinal(n) = self.lex(i) else {
            return Step::No;
        };
        if self.cap(i) && !self.sentence_start(i) {
            return Step::Skip(i + 1); // "Second World War", "First Lady"
        }
        if self.ordinal_idiom(i, n) {
            return Step::Skip(i + 1);
        }
        // "a fraction of a second", "wait a second", "for a second": the
        // time unit, with no noun after it, not a rank.
        // (And a rate's: "1.1 quintillion calculations a second", "60
        // frames a second".)
        if n == 2
            && i >= 2
            && self.is(i - 1, "a")
            && (["of", "for", "wait", "within"]
                .iter()
                .any(|w| self.is(i - 2, w))
                || (self.is_word(i - 2)
                    && !self.cap(i - 2)
                    && !words::is_stop(self.s(i - 2))
                    && self.s(i - 2).len() > 3
                    && words::is_plural(self.s(i - 2))
                    && !(self.pu(i + 1) == Some(Pu::Hyphen) && self.glued(i + 1))))
            && (!self.is_word(i + 1)
                || words::is_stop(self.s(i + 1))
                || [
                    "apart", "later", "earlier", "ago", "faster", "slower", "longer",
                ]
                .iter()
                .any(|w| self.is(i + 1, w)))
        {
            return Step::Skip(i + 1);
        }
        // "the first three months": the ordinal belongs to the figure that
        // follows (see `figure`).
        if self.ws(i + 1)
            && (self.is_num(i + 1) || matches!(self.lex(i + 1), Lex::Card(_) | Lex::Tens(_)))
        {
            return Step::No;
        }
        // "second place", "in eighth position"
        let place = ["place", "position", "spot"]
            .iter()
            .any(|w| self.is(i + 1, w));
        // "finished third", "came second in the poll", "was ranked fifth":
        // a place in a race or ranking, with no noun after it.
        // ("Which came first" asks for an order: "came" only before a
        // place after the first.)
        let placed = i > floor
            && self.ws(i)
            && !(self.pu(i + 1) == Some(Pu::Hyphen) && self.glued(i + 1))
            && ([
                "finished", "finishes", "finish", "placed", "places", "ranked", "ranks", "ended",
                "rated",
            ]
            .iter()
            .any(|w| self.is(i - 1, w))
                || (n > 1 && (self.is(i - 1, "came") || self.is(i - 1, "comes"))));
        let prev_ok = place
            || placed
            || i > floor
                && self.is_word(i - 1)
                && (words::is_ordinal_det(self.s(i - 1)) || self.poss(i - 1));
        let mut k = i + 1;
        let sup = self.pu(k) == Some(Pu::Hyphen)
            && self.glued(k)
            && self.is_word(k + 1)
            && self.glued(k + 1)
            && {
                let w = self.s(k + 1);
                w.ends_with("est")
                    || w.eq_ignore_ascii_case("ever")
                    || w.eq_ignore_ascii_case("placed")
            };
        if !prev_ok && !sup {
            return Step::No;
        }
        if sup {
            k += 2;
        }
        let mut f = Found::new(i, k, QuantityKind::Ordinal, n as f64);
        // (After "finished", what follows is no noun: "eleventh overall".)
        if placed && !place && !sup {
            return Step::Emit(f);
        }
        if let Some((e, u)) = self.counted_noun(k, false) {
            // "the first purchasers": a plural noun after a word ordinal
            // means earliest (or next, or last), not a rank.
            if !sup && words::is_plural(&u) {
                return Step::Skip(e);
            }
            f.end = e;
            f.unit = Some(u);
        } else if !sup && self.is(k, "half") && self.ws(k) {
            // "the first half of 2022", "in the second half": a period,
            // as "the first quarter" is, not a share of one half.
            f.end = k + 1;
            f.unit = Some("half".to_string());
        }
        Step::Emit(f)
    }

    /// An ordinal word at `i` (of value `n`) in a title or a fixed
    /// compound, no rank: "Scotland's first minister", "the first lady"
    /// (not "the first minister to resign"); "first-team coach",
    /// "second-hand phone", "first-come, first-served"; "at the eleventh
    /// hour"; "a blunder of the first magnitude".
    fn ordinal_idiom(&self, i: usize, n: u64) -> bool {
        let next = i + 1;
        if self.pu(next) == Some(Pu::Hyphen) && self.glued(next) && self.glued(next + 1) {
            return [
                "hand", "team", "class", "rate", "come", "served", "person", "aid", "degree",
                "string", "guess", "party",
            ]
            .iter()
            .any(|w| self.is(next + 1, w))
                && !(self.pu(next + 2) == Some(Pu::Hyphen) && self.glued(next + 2));
        }
        if !self.ws(next) {
            return false;
        }
        match n {
            1 if ["minister", "lady", "secretary"]
                .iter()
                .any(|w| self.is(next, w)) =>
            {
                !["to", "since", "ever"].iter().any(|w| self.is(next + 1, w))
            }
            1 if i >= 2 && self.is(i - 1, "the") && self.is(i - 2, "of") => {
                ["magnitude", "order", "water"]
                    .iter()
                    .any(|w| self.is(next, w))
            }
            11 => self.is(next, "hour"),
            _ => false,
        }
    }

    /// A date in digits with points, day first, as much of Europe writes
    /// it: "15.03.2023", "1.2.2023". A four-digit year tells it from a
    /// version ("3.12.1"); none glued to a word, number or joining mark on
    /// either side ("v1.2.2023", "15.03.2023/B").
    fn dotted_date(&self, i: usize) -> Option<Found> {
        let mut parts = self.s(i).split('.');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || d.len() > 2 || m.len() > 2 || y.len() != 4 {
            return None;
        }
        let (d, m, y): (u32, u32, u32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) || !(1800..=2100).contains(&y) {
            return None;
        }
        let loose = |k: usize| {
            self.is_num(k)
                || self.is_word(k)
                || matches!(
                    self.pu(k),
                    Some(Pu::Slash | Pu::Hyphen | Pu::Colon | Pu::Other)
                )
        };
        if (i > 0 && self.glued(i) && loose(i - 1))
            || (self.glued(i + 1) && loose(i + 1))
            || (i > 0 && self.label_before(i - 1))
        {
            return None;
        }
        Some(Found::date(i, i + 1, format!("{y:04}-{m:02}-{d:02}")))
    }

    /// A date in digits with slashes at `i`: day first ("28/09/2015"),
    /// month first ("09/30/2015") or year first ("2015/09/28"). Which of
    /// two numbers up to 12 is the month depends on the country the text
    /// was written in: a day above 12 tells, and so do two equal numbers;
    /// otherwise ("03/04/2015") the date says no more than its year. Not a
    /// part of a path or a code ("example.com/2015/09/28/story",
    /// "ref 12/03/2015/B"), and not with a year of two digits ("9/11/01"),
    /// which reads as well as a score or a code.
    fn slash_date(&self, i: usize) -> Option<Found> {
        let slash = |k: usize| self.pu(k) == Some(Pu::Slash) && self.glued(k) && self.glued(k + 1);
        if !(slash(i + 1) && slash(i + 3)) {
            return None;
        }
        // Glued to a word, number or joining mark on either side.
        let part = |k: usize| self.is_num(k) || self.is_word(k);
        let joins = |k: usize| {
            matches!(
                self.pu(k),
                Some(Pu::Slash | Pu::Hyphen | Pu::Period | Pu::Colon)
            )
        };
        if i > 0 && self.glued(i) && (part(i - 1) || joins(i - 1)) {
            return None;
        }
        let e = i + 5;
        if self.glued(e) && (part(e) || joins(e) && self.glued(e + 1) && part(e + 1)) {
            return None;
        }
        let small = |k: usize| self.small_int(k).filter(|_| self.s(k).len() <= 2);
        let (y, m, d) = if let Some(y) = self.year_at(i) {
            (y, small(i + 2)?, small(i + 4)?)
        } else {
            let (a, b, y) = (small(i)?, small(i + 2)?, self.year_at(i + 4)?);
            match (a, b) {
                (13..=31, 1..=12) => (y, b, a),
                (1..=12, 13..=31) => (y, a, b),
                (1..=12, 1..=12) if a == b => (y, a, b),
                (1..=12, 1..=12) => return Some(Found::date(i, e, format!("{y:04}"))),
                _ => return None,
            }
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        Some(Found::date(i, e, format!("{y:04}-{m:02}-{d:02}")))
    }
}

/// Day `d` of month `m` (of year `y`, if known) as ISO-8601 normalizes it:
/// `2015-09-28`, `--09-28`; with a last day, the interval from one to the
/// other (`2016-06-03/2016-06-05`).
fn day_date(y: Option<u32>, m: u8, d: u32, last: Option<u32>) -> String {
    let day = |d: u32| match y {
        Some(y) => format!("{y:04}-{m:02}-{d:02}"),
        None => format!("--{m:02}-{d:02}"),
    };
    match last {
        Some(d2) => format!("{}/{}", day(d), day(d2)),
        None => day(d),
    }
}
