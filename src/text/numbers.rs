//! Figures: find every number a news reader would check and normalize it.
//!
//! `"Mr. Smith paid $3.5m for 40 acres."` -> money 3500000 USD, count 40 acres.
//!
//! # How it works
//!
//! The text is cut into lines (a figure never spans a line break); each line
//! is tokenized once ([`tok`]: words with their class from a closed lexicon
//! ([`lex`]), numbers with their value, punctuation), and a small hand-written
//! grammar runs left to right over the tokens, starting only at *trigger*
//! tokens (digits, number words, currency signs, months, weekdays, ordinals).
//! Qualifiers ("more than", "as few as") and range openers ("between",
//! "from") are found by looking back from a trigger, counted nouns by looking
//! ahead. There is no backtracking over more than a few tokens, so the whole
//! scan is linear in the input, and it allocates only the token buffer and
//! the output.
//!
//! # Normalization decisions
//!
//! - **Vague magnitudes** ("hundreds of", "tens of thousands of", "millions
//!   of", "dozens of", "several thousand"): `value` is the magnitude itself,
//!   i.e. the lower bound (100, 10 000, 1 000 000, 12), qualifier `AtLeast`.
//!   Of a currency they are money, its country named or not ("millions of
//!   dollars", "tens of billions of US dollars", "millions of Hong Kong
//!   dollars").
//! - **"as few as N"**, "as little as", "as low as": qualifier `Approx` (the
//!   speaker stresses smallness; it is neither a floor nor a ceiling).
//!   "as many as" / "as much as" / "up to": `AtMost`. "nearly" / "almost":
//!   `Approx`.
//! - **Ratios and fractions** ("one in five", "2 out of 3", "a third of",
//!   "two-thirds", "half of"): kind `Percent`, unit `"ratio"`, value the
//!   fraction (0.2, 0.666.., 0.5), not multiplied by 100. A plural
//!   fraction word after a written tens is of the whole number:
//!   "twenty-three fifths" is 4.6 (but "twenty-two quarters" are periods).
//!   A digit fraction before a compound noun is a share of it too ("1/3
//!   voter turnout" is 0.333.., as "a third of" is); before a singular
//!   noun alone it is one of it ("1/2 cup" is 0.5 cup).
//! - **Ages** ("a 54-year-old", "54 years old", "aged 54", "5 years of
//!   age"): kind `Count`, unit `"years-old"` (`"months-old"` ... for other
//!   time units).
//! - **Durations** normalize decades and centuries to years ("a decade" = 10
//!   year) and fortnights to weeks. Adjectival durations ("four-year war")
//!   span only "four-year". "a"/"an" before a time unit is one only where
//!   the words make it a stretch of time ("for a year", "within a week",
//!   "a week later"), not a rate or a base ("twice a day", "a year
//!   earlier").
//! - **Magnitudes** of earthquakes ("magnitude 7.8", "a 6.2-magnitude
//!   quake", "7.8 on the Richter scale", "a magnitude of 6.1"): kind
//!   `Measure`, unit `"magnitude"`; the noun after is not counted.
//! - **Percentage points**: kind `Percent`, unit `"percentage-point"`.
//! - **Decades** ("the 1980s"): kind `Year`, low 1980, high 1989. A decade
//!   of life after a possessive ("in his 60s", "in their early 30s") is an
//!   age band: kind `Count`, unit `"years-old"`, low 60, high 69.
//! - **A share of a scale** ("a quarter of a million") is the number it
//!   makes, 250000, like "half a million"; a share of a unit of measure
//!   ("half a mile", "a quarter-mile", "three-quarters of a mile") is that
//!   measure (0.5 mile), not a ratio.
//! - `¥` is read as JPY, `Rs` as INR, bare `$` as USD, "pounds" as GBP only
//!   with a scale word, "sterling", or a word of paying or pricing shortly
//!   before and no "of" after ("paid 30 pounds"; else the weight unit "lb";
//!   a hyphenated "five-pound" is money before a word of money: "a
//!   five-pound note", "a 100-pound fine", not "a 2,000-pound bomb"),
//!   "pesos" as MXN; `RM` (in capitals) as MYR, `TL` as TRY, "penny" as
//!   0.01 GBP, but not between a count and a plural it names ("3 penny
//!   coins" are 3 coins; "a 20 pence piece" is money). "a dozen", "a hundred" right after a price ("$4.50 a
//!   dozen") are the lot it is per, as "per dozen" is, and no count.
//! - `m` glued to a number is "million" ("64m", "2m in the UK", "15m
//!   tonnes" = 15 million tonnes) unless the sentence measures: a measuring
//!   word after ("20m high", "20m-deep"), a measured noun or verb shortly
//!   before ("a depth of 20m", "measuring 20m"), or a determiner and a
//!   singular noun ("a 100m sprint"). A spaced lower-case `m` is million
//!   only after a currency sign, before a currency or a counted plural
//!   ("£45 m", "60 m euros", "1.2 m fans"), after a word of paying or
//!   of a firm's accounts ("paid 45 m", "a profit of 12 m"), or after
//!   "lost" or "made" with a currency named near ("lost 500 m last year,
//!   after a £200m loss"); read so, by the words before it, it is money
//!   in the one currency the paragraph names near ("paid 45 m for the
//!   striker, after a £20m bid" is 45 million GBP; with "£" and "$" both
//!   near, or none, it stays a count of millions); elsewhere it is metres, even
//!   after a year-shaped number ("rises above 1200 m"). "mil" is million
//!   glued ("2mil SEK") or after money or before a currency ("$3.5 mil").
//!   `g`, `kg`, `ml`, `kWh`... glued to a
//!   number are units ("68g"); a capital `G` is not ("4G"). A capital `T`
//!   glued to an amount of money is trillions ("$1.2T"); a spaced lower-case
//!   `k` is thousands only where no word but a currency follows ("2.33 k").
//! - **Multipliers** ("doubled", "more than halved", "twice its size",
//!   "tenfold", "a 50-fold rise", "2.5 times higher", "three times the
//!   size", "by a factor of three"): kind `Percent`, unit `"ratio"`, value
//!   the factor (2, 0.5), like the fractions. "Three times a week" counts
//!   occasions. "a fifth", "almost a quarter" are fractions when nothing
//!   counted follows.
//! - **Ranks** given as plain numbers ("ranked 21", "at number 13", "at 59
//!   in the top 100") are kind `Ordinal`; "second place" too.
//! - A number above one counts only a plural noun; a year before a noun
//!   after a determiner stays a year ("the 2008 crisis").
//!   The plural may stand after singular words that modify it ("25 dead
//!   palm trees" counts trees); compounds of "men", "women", "children"
//!   are plurals ("17 grandchildren", "three fishermen").
//!   A figure between a count and its plural noun describes each thing
//!   counted, and the count is of the noun: "500 one-penny coins" is 500
//!   coins and £0.01, "three 17-sq-m mirrors" 3 mirrors and 17 square
//!   metres, "ten 50-page reports" 10 reports; each figure keeps its own
//!   words as its span.
//!   Before a noun of the parts a thing is sized by and the noun that has
//!   them, a number counts the parts: "a 3 bedroom house" and "2 - 3
//!   bedroom flats" are 3 and 2 to 3 "bedroom", as "3-bedroom" is.
//! - **Decimal commas**: a comma followed by one or two digits cannot
//!   separate thousands, so next to a currency sign ("€5,50", "5,99 €",
//!   "£3,5m") or before `%` or "euros" it is a decimal comma (5.5);
//!   elsewhere ("5,50,100") it stays a list. A currency sign may follow
//!   the amount ("20€").
//! - **Points grouping thousands**, as in much of Europe: a point is a
//!   thousands separator only where a decimal point cannot be meant: two
//!   or more groups of three digits ("1.000.000 €", "2.500.000 people";
//!   not a dotted address, "192.168.100.200"), a group before a decimal
//!   comma ("1.234,56 €"), or one group of three digits ending in 0 next to
//!   a currency ("45.000 euros", "€245.000", "EUR 4.500"): money has two
//!   decimals or none, and a price to a tenth of a cent ("€1.799 a litre")
//!   rarely ends in 0. Without a currency "4.500 runners" stays 4.5, as in
//!   English. A space may group thousands before a decimal comma too
//!   ("1 234,56 €").
//! - **A fraction after its unit** ("an hour and a half", "a year and a
//!   half ago", "a mile and a half") adds to it: 1.5 hour, 1.5 year, 1.5
//!   mile; "a half hour" is half of it.
//! - **Compound measures** ("5ft 10in", "6 feet 2 inches", "15 stone 4lb", "16st 9lb", "8lbs 6oz",
//!   "2 hours and 30 minutes", a height's "6ft 2" or "6-foot-2") are one
//!   figure in the smaller unit, where the value is exact: 70 inch, 134
//!   ounce, 150 minute.
//! - **A share and a bare number** ("won by 52.3 per cent to 37.3"): the
//!   bare number is a share too, unless a change verb without "from" comes
//!   before ("the index rose 2% to 95").
//! - **Alternatives and ranges** share one unit: "4 or 5 people", "three,
//!   four, five tellies" (numbers a constant step apart, listed with
//!   commas) and "25 to 15 slices" (a range may go down when its ends share
//!   a unit) are one figure with `low` and `high`; so is "20 through 100"
//!   (two bare whole numbers, the second larger). A plain first end
//!   takes the thousands of a grouped second end ("3-4,000 people" is
//!   3000 to 4000, "$3-4,000" too). A tilde joins a range
//!   as a dash does, as East Asian English writes one ("20~100
//!   participants", "3～5 days"). A dash spaced on one side only ("40
//!   –62 cm") joins a range as a spaced hyphen does, with a sign of one
//!   (not the score of "a 2 –1 win"). A unit after "and" is
//!   both numbers', two figures ("rose 2.5 and 3.1 per cent", "45 and 50
//!   mg"), when the second is written unscaled.
//! - **Changes**: "rose from 7% to 14%", "raise the age limit from 65 to
//!   67" (the verb before its object, or a time: "doubled since 1980
//!   from 10 to 20%") are two figures, not a range; a
//!   bare second number takes the first's unit of time or measure
//!   ("reduced from 16 years to 11"), and a bare first number the unit
//!   said once after the second ("rose from 30 to 33%" is 30% and 33%,
//!   "fell from 32 to 28 pupils" 32 pupils and 28), and so the scale said
//!   after the second where the two are of a size ("rose from 3 to 5
//!   million pounds" is 3 million GBP, "from £1.2 to £1.5 billion"
//!   £1.2bn; "grew from 900 to 1.2 million" stays 900). Without a verb of
//!   change "from" opens a range ("aged from 30 to 40", "from 30 to 40
//!   people"), and so does a change given without "from" ("rose 3 to
//!   5%": the size of the change).
//! - **A part of a whole** counts the whole's noun: "4,000 of its 23,000
//!   employees" is 4,000 employees and 23,000 employees, and so is "Of
//!   its 23,000 employees, 4,000 will go".
//! - **Signs in words**: "minus 5 degrees", "negative 3 points" are
//!   negative, but not a test result ("tested negative 3 times"). A plus
//!   sign glued before a percent, degree or unit is the figure's ("+2.3%",
//!   "+31C"); before a bare number it opens a telephone number.
//! - **Years read aloud** ("nineteen eighty-four") are years.
//! - **Rates** ("120 km/h", "10 m/s", "3 mg/kg", "60 km per hour", "75
//!   miles an hour", "1m barrels a day") are one measure whose unit names
//!   both parts, for the rates news reports (speeds, doses and
//!   concentrations, emissions, flows: `RATES` in the grammar), and any
//!   amount of stuff per unit of time ("10 hectares per hour" is
//!   "hectare/hour", "2,000 tonnes a day" "tonne/day"; but "222m tonnes
//!   a year" is the year's total, in tonnes); the usual
//!   speed names are kept ("km/h", "mph", "m/s"). "a"/"an" reads as "per"
//!   only before a time unit; a rate per decade or century is not read.
//!   A count per a base is one figure too, its unit the noun and the base:
//!   "312 cases per 100,000 people" is 312 "cases/100000 people", "460
//!   pixels per inch" 460 "pixels/inch"; counted things per unit of time
//!   stay counts ("400 families a week", "120 times per second").
//! - **Powers and two-word units**: "km²", "m2", "m³", "cubic metres" are
//!   square and cubic measures; "nautical miles", "light years", "parts per
//!   million" are units of their own.
//! - **Letter case of abbreviations**: the two-letter data sizes are units
//!   only in capitals ("4.7 GB", "500 MB"; "950 mb" is air pressure), "W"
//!   is watts only as a capital right after a number and not an initial
//!   ("65 W", not "12 W. H. Smith"), "dB" only so, and "eV", "TeV", "Wh"
//!   only in their own case; "h" after a number is hours in lower case.
//!   Slang currencies ("5 bucks", "20 quid") are money only in lower case
//!   ("30 Bucks fans").
//! - **Hundredths** ("123.45p", "99.9 cents") are scaled on the digits,
//!   so the value is the decimal a reader writes (1.2345 GBP), not the
//!   product by 0.01 one bit off.
//! - **Scores** ("won 3-1", "lost 1-3", "a 2-3 defeat", "beat Chelsea
//!   2-1") are not figures, whichever side is named first: not a range,
//!   not two counts. A vote's **tally** ("voted 51 to 49", "a 220-212
//!   vote", "ruled 5-4") is two counts, unit `"votes"`, no range; shares
//!   of a vote ("by 52% to 48%") are two percents. Bare sides that make
//!   100 ("Britain voted 52-48 to leave") are shares, no figure, unless a
//!   small body votes ("the board voted 60-40"); a year-shaped side is a
//!   span of years ("their 2019-24 majority"), and a vote named after
//!   ascending sides an age bracket's ("the 18-24 vote").
//! - **"a couple of"** is two, qualifier `Approx` ("a couple of days", "a
//!   couple of hundred pounds" = 200 GBP).
//! - **A name's number**: a number right after a name ("iOS 17", "Radio
//!   4") stays the name's, also before a time phrase ("iOS 17 last week");
//!   a year after one ("Euro 2024 qualifiers") is a year, never a count of
//!   the noun after it.
//! - **Units after a hyphen** are read like spaced ones: "a 10-euro note"
//!   and "a 20-cent fare" are money, "a 2,000-square-foot home" a measure,
//!   "a nine-billion population" a scaled count; a short capital code after
//!   a hyphen is a name ("3-D", "a 10-K filing").

mod lex;
mod tok;
pub(crate) mod words;

use serde::{Deserialize, Serialize};

use super::Span;
use lex::Lex;
use tok::{K, Pu, Tok};

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuantityKind {
    Count,
    Money,
    Percent,
    Measure,
    Duration,
    Year,
    Date,
    Ordinal,
}

/// How exact a figure claims to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
}

/// One normalized figure found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The whole surface form, qualifier and counted noun included:
    /// `"as few as 4 or 5 people"`, `"$500-million"`, `"240,000 deaths"`.
    pub span: Span,
    pub kind: QuantityKind,
    /// The single value; `None` for ranges and alternatives (see `low`/`high`)
    /// and for dates that are not a plain number.
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// ISO 4217 code for money, `percent`, a unit of measure, `year`/`month`/
    /// `day`/`week`/`hour`... for durations, or the counted noun ("deaths").
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    /// For `Date`: an ISO-8601 style normalization as far as the text allows:
    /// `2015-09-28`, `2015-09`, `--09-28` (no year), `2015` (a date in
    /// digits whose day and month can be either: "03/04/2015"), a range of days as an
    /// ISO-8601 interval (`2016-06-03/2016-06-05`, `--05-03/--05-07`), or a
    /// weekday name in lower case (`sunday`).
    pub date: Option<String>,
}

/// How many tokens back [`Parser::list_marker`] looks for the markers
/// before a list item's number: a list's items written inline without a
/// full stop are short.
const MAX_LIST_TOKENS: usize = 128;

/// Find every figure in `text`, in order, non-overlapping.
///
/// Figures never cross a paragraph break, but do cross the line breaks of a
/// hard-wrapped paragraph (`"240,000\ndeaths"` is one figure): paragraphs are
/// separated by blank lines, or are single lines when the text has no blank
/// line, as in [`super::segment`].
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    // News prose has about one token in five bytes, one trigger and one
    // figure in a hundred or so: buffers sized for that up front do not
    // grow (and copy) step by step through the first long paragraph. The
    // token buffer is sized for the longest paragraph the text can have
    // (within a bound: longer ones grow it as they come).
    let mut out = Vec::with_capacity(text.len() / 128);
    let mut toks: Vec<Tok> = Vec::with_capacity((text.len() / 4).min(2048) + 8);
    let mut trig: Vec<u32> = Vec::with_capacity((text.len() / 32).min(256) + 8);
    for_each_paragraph(text, |from, to| {
        tok::tokenize(text, from, to, &mut toks, &mut trig);
        if !trig.is_empty() {
            let first = out.len();
            Parser { text, t: &toks }.run(&mut out, &trig);
            pair_rules(text, &mut out[first..]);
            bound_pairs(text, &mut out, first);
        }
    });
    out
}

/// Two bounds joined by "and", one from below and one from above, are one
/// range: "more than 100 and fewer than 300" is 100 to 300, "at most 100
/// and at least 20 apples" 20 to 100 apples. Only when "and" alone stands
/// between them, they are of one kind (no year, date or rank) and one unit
/// (or the first has none), and the lower bound is below the upper.
/// Merges in place from `first` on, in one pass.
fn bound_pairs(text: &str, out: &mut Vec<Quantity>, first: usize) {
    let mut w = first;
    for r in first..out.len() {
        if w > first
            && let Some(m) = bound_pair(text, &out[w - 1], &out[r])
        {
            out[w - 1] = m;
            continue;
        }
        out.swap(w, r);
        w += 1;
    }
    out.truncate(w);
}

fn bound_pair(text: &str, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    use Qualifier as Ql;
    use QuantityKind as Q;
    let below = |q: Ql| matches!(q, Ql::MoreThan | Ql::AtLeast);
    let above = |q: Ql| matches!(q, Ql::LessThan | Ql::AtMost);
    if b.span.start != a.span.end + 5
        || !((below(a.qualifier) && above(b.qualifier))
            || (above(a.qualifier) && below(b.qualifier)))
        || a.kind != b.kind
        || matches!(a.kind, Q::Year | Q::Date | Q::Ordinal)
        || text.get(a.span.end..b.span.start) != Some(" and ")
    {
        return None;
    }
    if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
        return None;
    }
    let (x, y) = (a.value?, b.value?);
    let (lo, hi) = if below(a.qualifier) { (x, y) } else { (y, x) };
    if lo >= hi {
        return None;
    }
    Some(Quantity {
        span: Span {
            start: a.span.start,
            end: b.span.end,
        },
        kind: a.kind,
        value: None,
        low: Some(lo),
        high: Some(hi),
        unit: b.unit.clone().or_else(|| a.unit.clone()),
        qualifier: Ql::Exact,
        date: None,
    })
}

/// The rules between two figures in a row of one paragraph, in one pass:
/// [`share_percent`] and [`shared_unit_to`] (which set the second),
/// [`shared_unit_and`] (which sets the first; the second's reading of
/// that pair is final) and [`part_of_whole`] (either).
fn pair_rules(text: &str, qs: &mut [Quantity]) {
    for i in 1..qs.len() {
        let (head, tail) = qs.split_at_mut(i);
        if let (Some(a), Some(b)) = (head.last_mut(), tail.first_mut()) {
            share_percent(text, a, b);
            shared_unit_and(text, a, b);
            shared_unit_to(text, a, b);
            part_of_whole(text, a, b);
        }
    }
}

/// A part of a whole counted after it: "4,000 of its 23,000 employees",
/// "two of the 15 victims", "6 of their last 10 games". The noun said
/// once after the whole is what the part counts too (4,000 employees).
/// Only "of" and a determiner between (and "last", "past", "next" or
/// "first" for a run: "of their last 10"), a bare count no larger than
/// the whole, and a whole that counts a noun (not an age, a rate or a
/// year: "12 of the 2019 graduates" is a class). Not "of every 10
/// people": one in so many, a rate. The whole may come first, opening
/// the sentence's part: "Of its 23,000 employees, 4,000 will go".
#[inline]
fn part_of_whole(text: &str, a: &mut Quantity, b: &mut Quantity) {
    use QuantityKind as Q;
    if a.kind != Q::Count || b.kind != Q::Count || b.span.start <= a.span.end {
        return;
    }
    if a.unit.is_none() {
        if b.span.start - a.span.end <= 24
            && let Some(unit) = whole_unit(a, b)
            && text.get(a.span.end..b.span.start).is_some_and(part_of_gap)
        {
            a.unit = Some(unit);
        }
    } else if b.unit.is_none()
        && text.get(a.span.end..b.span.start) == Some(", ")
        && let Some(unit) = whole_unit(b, a)
        && text.get(..a.span.start).is_some_and(|t| {
            let t = t.strip_suffix(' ').unwrap_or_default();
            let t = match t.rsplit_once(' ') {
                Some((rest, w)) if words::is_ordinal_det(w) => rest,
                _ => t,
            };
            t.ends_with(" of") || t.ends_with(" Of") || t == "of" || t == "Of"
        })
    {
        b.unit = Some(unit);
    }
}

/// The noun the part `part` takes from the whole `whole`: the whole's
/// counted noun, where the part is no larger and the noun no age or rate.
fn whole_unit(part: &Quantity, whole: &Quantity) -> Option<String> {
    let unit = whole.unit.as_deref()?;
    let fits = part.value? <= whole.value.or(whole.low)?;
    (fits && !unit.contains('/') && !unit.ends_with("-old")).then(|| unit.to_string())
}

/// The words between a part and its whole: " of ", a determiner, and a
/// word of a run ("of their last 10"): " of its ", " of the ".
fn part_of_gap(gap: &str) -> bool {
    let Some(gap) = gap.strip_prefix(" of ") else {
        return false;
    };
    let mut ws = gap.split(' ');
    if ws.next_back() != Some("") {
        return false;
    }
    let (det, run) = (ws.next(), ws.next());
    det.is_none_or(|w| words::is_ordinal_det(w) && !matches!(w, "each" | "every"))
        && run.is_none_or(|w| matches!(w, "last" | "past" | "next" | "first"))
        && ws.next().is_none()
}

/// A share and then a bare number against it: "won by 52.3 per cent to
/// 37.3", "cut from 9% to 7.": the second takes the first's per cent. Only
/// when nothing counted or measured follows the bare number (not "5% to
/// 300 staff", "5% to 10 of them").
#[inline]
fn share_percent(text: &str, a: &Quantity, b: &mut Quantity) {
    if a.kind != QuantityKind::Percent
        || a.unit.as_deref() != Some("percent")
        || b.kind != QuantityKind::Count
        || b.unit.is_some()
        || b.value.is_none()
        || text.get(a.span.end..b.span.start) != Some(" to ")
    {
        return;
    }
    // A level, not a change: after "rose 2% to", 95 may be an
    // index's points; after "from 9% to", 7 is a rate again. Plain
    // numbers up to 100 only.
    let plain = |q: &Quantity| {
        q.value.is_some_and(|v| (0.0..=100.0).contains(&v))
            && text
                .get(q.span.start..q.span.end)
                .is_some_and(|t| t.bytes().all(|c| c.is_ascii_digit() || c == b'.'))
    };
    if !plain(b) || a.value.is_none_or(|v| v > 100.0) {
        return;
    }
    let before = text.get(..a.span.start).unwrap_or_default();
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3);
    if !words.clone().any(|w| w == "from") && words.any(words::is_change_verb) {
        return;
    }
    let rest = text.get(b.span.end..).unwrap_or_default();
    let next = rest.trim_start();
    let word = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let free = next.is_empty()
        || !next.starts_with(char::is_alphanumeric) && !next.starts_with(['%', '€', '$', '£'])
        || rest.starts_with(' ') && matches!(word, "in" | "among" | "on" | "at" | "against");
    if free {
        b.kind = QuantityKind::Percent;
        b.unit = Some("percent".to_string());
    }
}

/// A bare number, "and", and a figure with its unit: "rose 20 and 30 per
/// cent", "doses of 45 and 50 mg". The unit said once is both numbers',
/// each its own figure ("and" without "between" lists two values; it
/// makes no range). Only a first number in digits, and a second one
/// unscaled, its value the digits it is written with: not "1 and 2
/// billion dollars" or "5 and 10 cents", where the first would need the
/// scale too. Units of measure, money, time or percent only: a counted
/// noun may be the second's alone ("2 and 3 bedrooms" is a list of
/// kinds).
#[inline]
fn shared_unit_and(text: &str, a: &mut Quantity, b: &Quantity) {
    use QuantityKind as Q;
    // (The gap's length first: most figures are further apart.)
    if b.span.start != a.span.end + 5
        || a.kind != Q::Count
        || a.unit.is_some()
        || a.value.is_none()
        || !matches!(b.kind, Q::Percent | Q::Measure | Q::Money | Q::Duration)
        || b.unit.as_deref() == Some("ratio")
        || b.value.is_none()
        || text.get(a.span.end..b.span.start) != Some(" and ")
    {
        return;
    }
    let first = text.get(a.span.start..a.span.end).unwrap_or_default();
    if !plain_digits(first) {
        return;
    }
    let second = text.get(b.span.start..b.span.end).unwrap_or_default();
    let (digits, written) = leading_number(second);
    if digits.is_empty() || written != b.value {
        return;
    }
    // A unit glued to its number is that number's own ("The striker was 17
    // and 6ft tall", "4 and 20kg"); a spaced one, or a per cent sign, is
    // said once for both.
    let unit_after = second.get(digits.len()..).unwrap_or_default();
    if !(unit_after.starts_with(' ') || unit_after.starts_with('%')) {
        return;
    }
    // "the toll rose to 150 and 20% of the dead were children": a
    // share of what follows, after a figure of its own; and no share
    // above the whole.
    let rest = text.get(b.span.end..).unwrap_or_default();
    if rest.starts_with(" of ") || (b.kind == Q::Percent && a.value.is_some_and(|v| v > 100.0)) {
        return;
    }
    a.kind = b.kind;
    a.unit.clone_from(&b.unit);
}

/// Whether `t` is a number in plain digits, points and commas ("1,200").
fn plain_digits(t: &str) -> bool {
    !t.is_empty()
        && t.bytes()
            .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
}

/// The digits, points and commas that open `t` ("6" of "6ft"), and the
/// number they write.
fn leading_number(t: &str) -> (&str, Option<f64>) {
    let lead = t
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .next()
        .unwrap_or_default();
    (lead, lead.replace(',', "").parse::<f64>().ok())
}

/// A change from an amount with its unit to a bare number: "reduced
/// from 16 years to 11", "from 5km to 8": the second is in the first's
/// unit. Only after "from", a second number in plain digits that nothing
/// counted or measured follows, and a first whose value is the number
/// written (not "from two decades to 3").
#[inline]
fn shared_unit_to(text: &str, a: &Quantity, b: &mut Quantity) {
    use QuantityKind as Q;
    if !matches!(a.kind, Q::Duration | Q::Measure)
        || a.unit.is_none()
        || a.value.is_none()
        || b.kind != Q::Count
        || b.unit.is_some()
        || b.value.is_none()
        || text.get(a.span.end..b.span.start) != Some(" to ")
        || !text
            .get(..a.span.start)
            .unwrap_or_default()
            .ends_with("from ")
    {
        return;
    }
    let second = text.get(b.span.start..b.span.end).unwrap_or_default();
    if !plain_digits(second) {
        return;
    }
    let first = text.get(a.span.start..a.span.end).unwrap_or_default();
    let (lead, written) = leading_number(first);
    if lead.is_empty() || written != a.value {
        return;
    }
    let rest = text.get(b.span.end..).unwrap_or_default();
    let next = rest.trim_start();
    let word = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let free = next.is_empty()
        || !next.starts_with(char::is_alphanumeric) && !next.starts_with(['%', '€', '$', '£'])
        || rest.starts_with(' ') && words::is_stop(word);
    if free {
        b.kind = a.kind;
        b.unit.clone_from(&a.unit);
    }
}

/// [`find_quantities`] the plain way, for the tests: the reference
/// tokenizer, and the parser tried at every token.
#[cfg(test)]
pub(crate) fn find_quantities_reference(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut toks: Vec<Tok> = Vec::new();
    for_each_paragraph(text, |from, to| {
        tok::reference::tokenize(text, from, to, &mut toks);
        let all: Vec<u32> = (0..toks.len() as u32).collect();
        let first = out.len();
        Parser { text, t: &toks }.run(&mut out, &all);
        pair_rules(text, &mut out[first..]);
        bound_pairs(text, &mut out, first);
    });
    out
}

/// Call `run(from, to)` on every non-empty paragraph of `text`: runs of
/// lines between blank lines, or every line when no blank line separates
/// two paragraphs.
///
/// One pass over the lines: until a blank line between two lines of text
/// shows the text is in paragraphs, its lines are kept, to be run one by
/// one if none does (most articles: one line a paragraph) and otherwise
/// run as the first paragraph, the rest read as paragraphs on the way.
fn for_each_paragraph(text: &str, mut run: impl FnMut(usize, usize)) {
    let mut run = |from: usize, to: usize| {
        if to > from {
            run(from, to);
        }
    };
    let b = text.as_bytes();
    let blank = |from: usize, to: usize| b[from..to].iter().all(u8::is_ascii_whitespace);
    // The lines read while the text may be one line a paragraph.
    let mut lines: Vec<(usize, usize)> = Vec::with_capacity(32);
    // The first line of text, and the first blank line after it.
    let mut first_text = None;
    let mut first_blank = None;
    // Once in paragraphs: the start of the current one.
    let mut paragraphs = false;
    let mut start = None;
    let mut from = 0;
    loop {
        let to = memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |p| from + p);
        let is_blank = blank(from, to);
        if paragraphs {
            match (is_blank, start) {
                (true, Some(s)) => {
                    run(s, from);
                    start = None;
                }
                (false, None) => start = Some(from),
                _ => {}
            }
        } else if is_blank {
            if first_text.is_some() && first_blank.is_none() {
                first_blank = Some(from);
            }
            lines.push((from, to));
        } else if let (Some(s), Some(e)) = (first_text, first_blank) {
            run(s, e);
            paragraphs = true;
            start = Some(from);
        } else {
            first_text.get_or_insert(from);
            lines.push((from, to));
        }
        if to >= b.len() {
            break;
        }
        from = to + 1;
    }
    if paragraphs {
        if let Some(s) = start {
            run(s, b.len());
        }
    } else {
        for (from, to) in lines {
            run(from, to);
        }
    }
}

/// [`for_each_paragraph`] as it was, in two passes: the tests compare them.
#[cfg(test)]
fn for_each_paragraph_two_pass(text: &str, mut run: impl FnMut(usize, usize)) {
    let mut run = |from: usize, to: usize| {
        if to > from {
            run(from, to);
        }
    };
    let b = text.as_bytes();
    let lines = || {
        let mut from = 0;
        std::iter::from_fn(move || {
            (from <= b.len()).then(|| {
                let to = memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |p| from + p);
                let line = (from, to);
                from = to + 1;
                line
            })
        })
    };
    let blank = |(from, to): (usize, usize)| b[from..to].iter().all(u8::is_ascii_whitespace);
    let has_blank_line = {
        let mut seen_text = false;
        let mut pending_blank = false;
        lines().any(|line| {
            if blank(line) {
                pending_blank = seen_text;
                false
            } else {
                seen_text = true;
                pending_blank
            }
        })
    };
    if !has_blank_line {
        for (from, to) in lines() {
            run(from, to);
        }
        return;
    }
    let mut start = None;
    for line in lines() {
        match (blank(line), start) {
            (true, Some(s)) => {
                run(s, line.0);
                start = None;
            }
            (false, None) => start = Some(line.0),
            _ => {}
        }
    }
    if let Some(s) = start {
        run(s, b.len());
    }
}

/// A figure found, in token coordinates.
#[derive(Debug)]
struct Found {
    start: usize,
    end: usize,
    kind: QuantityKind,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<String>,
    qual: Qualifier,
    date: Option<String>,
}

impl Found {
    /// Its value and ends times `m` (into the unit a duration is kept in).
    fn scale(&mut self, m: f64) {
        for v in [&mut self.value, &mut self.low, &mut self.high]
            .into_iter()
            .flatten()
        {
            *v *= m;
        }
    }

    fn new(start: usize, end: usize, kind: QuantityKind, value: f64) -> Self {
        Found {
            start,
            end,
            kind,
            value: Some(value),
            low: None,
            high: None,
            unit: None,
            qual: Qualifier::Exact,
            date: None,
        }
    }

    fn date(start: usize, end: usize, date: String) -> Self {
        Found {
            date: Some(date),
            value: None,
            ..Found::new(start, end, QuantityKind::Date, 0.0)
        }
    }
}

enum Step {
    Emit(Found),
    /// Not a figure; resume at this token.
    Skip(usize),
    No,
}

/// The number proper: digits or words, with any scale word.
#[derive(Debug, Clone, Copy)]
struct Core {
    start: usize,
    end: usize,
    val: f64,
    /// Power of ten applied by a scale word (`million` = 6), 0 if none.
    exp: i32,
    written: bool,
    vague: bool,
    /// A plain integer 1000..=2100 written with four digits.
    year4: bool,
    /// A fraction ("a third of", "two-thirds", "half of").
    ratio: bool,
    /// The bare word "one".
    is_one: bool,
    /// "a" standing for one before a time unit ("a decade").
    a_dur: bool,
    /// A number said roughly by its words: "a couple of" (2).
    approx: bool,
    /// Index of the number token when digits.
    num_tok: Option<usize>,
}

struct Parser<'a> {
    text: &'a str,
    t: &'a [Tok],
}

const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    // A bound said with "or equal to" includes itself: at most or at
    // least, not the "less than" or "more than" inside it.
    (&["less", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["lower", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["equal", "to", "or", "less", "than"], Qualifier::AtMost),
    (&["equal", "to", "or", "fewer", "than"], Qualifier::AtMost),
    (&["equal", "to", "or", "lower", "than"], Qualifier::AtMost),
    (&["more", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (
        &["greater", "than", "or", "equal", "to"],
        Qualifier::AtLeast,
    ),
    (&["higher", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["equal", "to", "or", "more", "than"], Qualifier::AtLeast),
    (
        &["equal", "to", "or", "greater", "than"],
        Qualifier::AtLeast,
    ),
    (&["equal", "to", "or", "higher", "than"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["not", "fewer", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["no", "larger", "than"], Qualifier::AtMost),
    (&["no", "bigger", "than"], Qualifier::AtMost),
    (&["no", "smaller", "than"], Qualifier::AtLeast),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["as", "much", "as"], Qualifier::AtMost),
    (&["as", "high", "as"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["larger", "than"], Qualifier::MoreThan),
    (&["bigger", "than"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["well", "above"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["smaller", "than"], Qualifier::LessThan),
    (&["just", "under"], Qualifier::LessThan),
    (&["just", "below"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["as", "few", "as"], Qualifier::Approx),
    (&["as", "little", "as"], Qualifier::Approx),
    (&["as", "low", "as"], Qualifier::Approx),
    (&["more", "or", "less"], Qualifier::Approx),
    (&["an", "estimated"], Qualifier::Approx),
    (&["close", "to"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["nearly"], Qualifier::Approx),
    (&["almost"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
];

impl<'a> Parser<'a> {
    // ----- token helpers -------------------------------------------------

    fn n(&self) -> usize {
        self.t.len()
    }

    fn s(&self, i: usize) -> &'a str {
        match self.t.get(i) {
            Some(t) => self.text.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }

    fn lex(&self, i: usize) -> Lex {
        match self.t.get(i) {
            Some(Tok {
                k: K::Word {
                    lex, poss: false, ..
                },
                ..
            }) => lex::get(*lex),
            _ => Lex::None,
        }
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(
            self.t.get(i),
            Some(Tok {
                k: K::Word { .. },
                ..
            })
        )
    }

    /// Token `i` is a word whose first letter is upper case. Read from the
    /// text when asked (near a trigger), not stored by the tokenizer for
    /// every word.
    fn cap(&self, i: usize) -> bool {
        let Some(t) = self.word_tok(i) else {
            return false;
        };
        match self.text.as_bytes().get(t.start) {
            Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
            _ => self.s(i).chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// Token `i` is a word with no lower-case letter (read as [`Parser::cap`]).
    /// Most words asked about start with a lower-case ASCII letter, which
    /// settles it without decoding the word.
    fn upper(&self, i: usize) -> bool {
        let Some(t) = self.word_tok(i) else {
            return false;
        };
        if self
            .text
            .as_bytes()
            .get(t.start)
            .is_some_and(u8::is_ascii_lowercase)
        {
            return false;
        }
        !self.s(i).chars().any(char::is_lowercase)
    }

    /// Token `i`, if it is a word.
    fn word_tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i).filter(|t| matches!(t.k, K::Word { .. }))
    }

    fn poss(&self, i: usize) -> bool {
        matches!(
            self.t.get(i),
            Some(Tok {
                k: K::Word { poss: true, .. },
                ..
            })
        )
    }

    /// Token `i` is the word `w` (ASCII case folded). Compares bytes, with
    /// the lengths first: the grammar asks this of many tokens near every
    /// trigger, and most differ in length.
    fn is(&self, i: usize, w: &str) -> bool {
        match self.t.get(i) {
            Some(
                t @ Tok {
                    k: K::Word { .. }, ..
                },
            ) => {
                t.end - t.start == w.len()
                    && self
                        .text
                        .as_bytes()
                        .get(t.start..t.end)
                        .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
            }
            _ => false,
        }
    }

    fn pu(&self, i: usize) -> Option<Pu> {
        match self.t.get(i) {
            Some(Tok { k: K::P(p), .. }) => Some(*p),
            _ => None,
        }
    }

    /// Whitespace before token `i` (true past the end).
    fn ws(&self, i: usize) -> bool {
        self.t.get(i).is_none_or(|t| t.ws)
    }

    /// Token `i` is attached to the previous one.
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.ws)
    }

    /// Token `i` is a hyphen glued to the tokens on both sides of it
    /// ("quarter-mile", "three-year").
    fn inner_hyphen(&self, i: usize) -> bool {
        self.pu(i) == Some(Pu::Hyphen) && self.glued(i) && self.glued(i + 1)
    }

    fn is_num(&self, i: usize) -> bool {
        matches!(
            self.t.get(i),
            Some(Tok {
                k: K::Num { .. },
                ..
            })
        )
    }

    /// A plain small integer (no separators, no decimals, no leading zero).
    fn small_int(&self, i: usize) -> Option<u32> {
        match self.t.get(i) {
            Some(Tok {
                k:
                    K::Num {
                        val,
                        grouped: false,
                        decimal: false,
                        int_digits,
                        ..
                    },
                ..
            }) if *int_digits <= 4 => Some(*val as u32),
            _ => None,
        }
    }

    /// A four-digit year 1000..=2100 at `i`.
    fn year_at(&self, i: usize) -> Option<u32> {
        match self.t.get(i) {
            Some(Tok {
                k:
                    K::Num {
                        val,
                        grouped: false,
                        decimal: false,
                        int_digits: 4,
                        ..
                    },
                ..
            }) if (1000.0..=2100.0).contains(val) => Some(*val as u32),
            _ => None,
        }
    }

    /// Whether the word before a number makes it a document's or a
    /// thing's number: a label noun ("section", "room") or a word for a
    /// reference ("Resolution 2019/20", "version 5.10.2019", "IP address
    /// 10.12.2019").
    pub(super) fn label_before(&self, k: usize) -> bool {
        let w = self.s(k);
        self.is_word(k)
            && (words::is_label_noun(w)
                || [
                    "number",
                    "no",
                    "resolution",
                    "case",
                    "version",
                    "ref",
                    "reference",
                    "address",
                    "ip",
                    "code",
                    "file",
                    "order",
                ]
                .iter()
                .any(|l| w.eq_ignore_ascii_case(l)))
    }

    /// A fiscal or sports year written with a slash, "2019/20" or
    /// "2019/2020": the span of the two years, as "2019-20" is. Only a
    /// second year right after the first, so no date or score
    /// ("2019/12", "2020/1") reads so.
    fn slash_years(&self, i: usize) -> Option<Found> {
        let y = self.year_at(i)?;
        if self.pu(i + 1) != Some(Pu::Slash) || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let second = match self.t.get(i + 2)?.k {
            K::Num {
                val,
                grouped: false,
                decimal: false,
                int_digits: 2,
                ..
            } => (y / 100 * 100) as f64 + val,
            K::Num {
                val,
                grouped: false,
                decimal: false,
                int_digits: 4,
                ..
            } => val,
            _ => return None,
        };
        let glued_on = self.glued(i + 3) && (self.is_num(i + 3) || self.is_word(i + 3));
        // (A document's number: "Resolution 2019/20", "case number 2019/20".)
        let labelled = i > 0 && self.label_before(i - 1);
        if second != f64::from(y + 1)
            || glued_on
            || labelled
            || (i > 0
                && self.glued(i)
                && (self.is_word(i - 1) || self.is_num(i - 1) || self.pu(i - 1) == Some(Pu::Slash)))
        {
            return None;
        }
        let mut f = Found::new(i, i + 3, QuantityKind::Year, 0.0);
        f.value = None;
        f.low = Some(f64::from(y));
        f.high = Some(second);
        Some(f)
    }

    /// Token `i` begins a sentence (or the line, or a quotation).
    fn sentence_start(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        match self.pu(i - 1) {
            Some(Pu::Period | Pu::Term | Pu::Colon | Pu::Quote(_) | Pu::LParen | Pu::Dash) => true,
            Some(Pu::Hyphen) => self.ws(i - 1),
            // A Markdown heading's marker: "# Magnitude 7.1 quake hits
            // Peru" reads as without it.
            Some(Pu::Hash) => self.ws(i) && (0..i - 1).all(|k| self.pu(k) == Some(Pu::Hash)),
            _ => false,
        }
    }

    // ----- driver ----------------------------------------------------------

    /// Read the figures of the tokens, trying each token listed in `trig`
    /// (in order) that no earlier figure took: every token where
    /// [`Parser::try_at`] can find anything, so the same as trying them all.
    fn run(&self, out: &mut Vec<Quantity>, trig: &[u32]) {
        let n = self.n();
        let mut i = 0;
        let mut floor = 0;
        let mut next = trig.iter().map(|&t| t as usize);
        while i < n {
            match next.by_ref().find(|&t| t >= i) {
                Some(t) => i = t,
                None => break,
            }
            match self.try_at(i, floor) {
                Step::Emit(mut f) => {
                    self.date_range(&mut f, floor);
                    let end = f.end.max(i + 1).min(n);
                    let start = f.start.max(floor).min(end - 1);
                    let span = Span::new(self.t[start].start, self.t[end - 1].end);
                    out.push(Quantity {
                        span,
                        kind: f.kind,
                        value: f.value,
                        low: f.low,
                        high: f.high,
                        unit: f.unit,
                        qualifier: f.qual,
                        date: f.date,
                    });
                    i = end;
                    floor = end;
                }
                Step::Skip(j) => {
                    i = j.max(i + 1);
                    floor = i;
                }
                Step::No => i += 1,
            }
        }
    }

    fn try_at(&self, i: usize, floor: usize) -> Step {
        match self.t[i].k {
            K::Num { .. } => {
                if let Some(f) = self.date_at_num(i) {
                    return Step::Emit(f);
                }
                if let Some(f) = self.slash_years(i) {
                    return Step::Emit(f);
                }
                // The rand's "R" glued before ("R2.5-billion"): no word
                // of the table, so the figure is tried from it here.
                if i > floor
                    && self.glued(i)
                    && self.s(i - 1) == "R"
                    && let Step::Emit(f) = self.figure(i - 1, floor)
                {
                    return Step::Emit(f);
                }
                if let Some(f) = self.race_time(i, floor) {
                    return Step::Emit(f);
                }
                if let Some(f) = self.fiscal_period(i) {
                    return Step::Emit(f);
                }
                if let Some(j) = self.junk_number(i) {
                    return Step::Skip(j);
                }
                self.figure(i, floor)
            }
            K::P(Pu::Cur(_) | Pu::Minus | Pu::Hyphen) => {
                if self.is_num(i + 1) && self.glued(i + 1) || matches!(self.pu(i), Some(Pu::Cur(_)))
                {
                    self.figure(i, floor)
                } else {
                    Step::No
                }
            }
            K::P(_) => Step::No,
            K::Word { lex, poss, .. } => {
                let lex = lex::get(lex);
                if poss {
                    return match lex {
                        Lex::Weekday(_) => self.weekday(i, floor),
                        _ => Step::No,
                    };
                }
                match lex {
                    Lex::Month(_) => self.date_at_month(i, floor),
                    Lex::Weekday(_) => self.weekday(i, floor),
                    Lex::Ordinal(_) => self.ordinal_word(i, floor),
                    Lex::Mult(_) => self.multiplier(i, floor),
                    Lex::Card(_)
                    | Lex::Tens(_)
                    | Lex::A
                    | Lex::Half
                    | Lex::VagueScale(_)
                    | Lex::TensPl
                    | Lex::Dozens
                    | Lex::Scores
                    | Lex::Hundred
                    | Lex::Scale(_)
                    | Lex::Minus
                    | Lex::Fraction(_)
                    | Lex::CurCode(_) => self.figure(i, floor),
                    _ => {
                        if matches!(self.pu(i + 1), Some(Pu::Cur(_))) && self.glued(i + 1) {
                            self.figure(i, floor)
                        } else {
                            Step::No
                        }
                    }
                }
            }
        }
    }

    // ----- not figures -----------------------------------------------------

    /// End of a run of tokens glued to `i` (codes, versions, URLs).
    fn glued_cluster_end(&self, i: usize) -> usize {
        let n = self.n();
        let mut j = i + 1;
        while j < n && self.glued(j) {
            let alnum = |k: usize| self.is_num(k) || self.is_word(k);
            if alnum(j) {
                j += 1;
            } else if matches!(
                self.pu(j),
                Some(Pu::Hyphen | Pu::Period | Pu::Slash | Pu::Colon)
            ) && j + 1 < n
                && self.glued(j + 1)
                && alnum(j + 1)
            {
                j += 2;
            } else {
                break;
            }
        }
        j
    }

    /// Token `k` (after white space) names the whole a share is taken of:
    /// "half of", "¾ the price", "half their income".
    fn names_a_whole(&self, k: usize) -> bool {
        self.ws(k)
            && [
                "of", "the", "its", "their", "his", "her", "our", "all", "those", "these",
            ]
            .iter()
            .any(|w| self.is(k, w))
    }

    /// Token `k` is a verb after a share of a group ("half fled", "a
    /// quarter abstained", "a third were"): a lower-case word in the past
    /// tense or a form of "be", "have" or "say".
    fn verb_after_share(&self, k: usize) -> bool {
        if !self.is_word(k) || !self.ws(k) || self.cap(k) {
            return false;
        }
        let w = self.s(k);
        (w.len() >= 5 && w.ends_with("ed"))
            || [
                "were", "are", "was", "is", "have", "has", "had", "said", "say", "says", "fled",
                "left", "lost", "won", "got", "went", "came", "thought", "felt", "think",
                "believe", "want", "support", "oppose",
            ]
            .contains(&w)
    }

    /// A fraction in digits before "of": "1/3 of users", "3/4 of the
    /// budget" (a numerator below a denominator of at most 100). Other
    /// slashes are dates, scores and codes ("9/11", "24/7"). The value and
    /// the token after the denominator.
    fn slash_fraction(&self, i: usize) -> Option<(f64, usize)> {
        let plain = |k: usize, digits: u8| {
            matches!(self.t.get(k).map(|t| t.k), Some(K::Num {
                val,
                int_digits,
                grouped: false,
                decimal: false,
                lead_zero: false,
                ..
            }) if int_digits <= digits && val >= 1.0)
        };
        if !(plain(i, 2)
            && self.pu(i + 1) == Some(Pu::Slash)
            && self.glued(i + 1)
            && self.glued(i + 2)
            && plain(i + 2, 3)
            && self.ws(i + 3))
        {
            return None;
        }
        let (K::Num { val: n, .. }, K::Num { val: d, .. }) = (self.t[i].k, self.t[i + 2].k) else {
            return None;
        };
        // "1/3 of users", or a half, third or quarter of a compound noun.
        let share =
            self.is(i + 3, "of") || (matches!(d, 2.0 | 3.0 | 4.0) && self.compound_after_share(i));
        if !share {
            return None;
        }
        (n < d && d <= 100.0).then_some((n / d, i + 3))
    }

    /// A compound noun after the digit fraction at `i`, which the fraction
    /// is a share of, as "a third of" is: "1/3 voter turnout", "1/2 price
    /// tickets" (two lower-case words, the first singular). Not after an
    /// article, where the fraction describes the noun ("a 2/3 majority");
    /// a singular noun alone is one of it ("1/2 cup", in
    /// [`Parser::slash_measure`]).
    fn compound_after_share(&self, i: usize) -> bool {
        let noun = |k: usize| {
            self.is_word(k)
                && self.ws(k)
                && !self.cap(k)
                && self.lex(k) == Lex::None
                && !words::is_stop(self.s(k))
                && !words::is_adjective(self.s(k))
        };
        !(i > 0 && ["a", "an", "the"].iter().any(|w| self.is(i - 1, w)))
            && noun(i + 3)
            && !words::is_plural(self.s(i + 3))
            && noun(i + 4)
    }

    /// A proper fraction in digits at `k` with a denominator up to 16
    /// ("1/4", "3/8"): its value.
    fn digit_fraction(&self, k: usize) -> Option<f64> {
        let small = |k: usize| match self.t.get(k).map(|t| t.k) {
            Some(K::Num {
                val,
                int_digits: 1..=2,
                grouped: false,
                decimal: false,
                lead_zero: false,
                ..
            }) => Some(val),
            _ => None,
        };
        let (n, d) = (small(k)?, small(k + 2)?);
        (self.pu(k + 1) == Some(Pu::Slash)
            && self.glued(k + 1)
            && self.glued(k + 2)
            && n >= 1.0
            && n < d
            && d <= 16.0)
            .then_some(n / d)
    }

    /// A fraction in digits at `i` before a unit of measure or time: "a
    /// 1/4 mile oval", "1/2 hour" (the value, and the unit's token); or in
    /// halves, thirds, quarters or eighths before a singular noun in lower
    /// case, a share of one of it: "1/2 cup of olive oil", "3/4 teaspoon"
    /// (not a date's or a name's slash: "the 9/11 memorial"; nor after an
    /// article, where the fraction describes the noun: "a 2/3 majority").
    fn slash_measure(&self, i: usize) -> Option<(f64, usize)> {
        let f = self.digit_fraction(i)?;
        if !self.ws(i + 3) {
            return None;
        }
        let unit = matches!(self.lex(i + 3), Lex::Measure(_) | Lex::Dur(_));
        let share = || {
            let d = self.num_val(i + 2);
            matches!(d, Some(2.0 | 3.0 | 4.0 | 8.0))
                && !(i > 0 && ["a", "an", "the"].iter().any(|w| self.is(i - 1, w)))
                && self.lex(i + 3) == Lex::None
                && self.is_word(i + 3)
                && !self.cap(i + 3)
                && !words::is_stop(self.s(i + 3))
                && !words::is_plural(self.s(i + 3))
                && !words::is_adjective(self.s(i + 3))
                && self.counted_noun(i + 3, false).is_some()
        };
        (unit || share()).then_some((f, i + 3))
    }

    /// The end of the close of a list marker's number at `i` ("1." "2)"
    /// "3.)", glued to it, white space or the paragraph's end after it),
    /// or `None`.
    fn marker_close(&self, i: usize) -> Option<usize> {
        let close = match (self.pu(i + 1), self.pu(i + 2)) {
            (Some(Pu::Period), Some(Pu::RParen)) if self.glued(i + 2) && self.s(i + 2) == ")" => {
                i + 3
            }
            (Some(Pu::Period | Pu::RParen), _) => i + 2,
            _ => return None,
        };
        (self.glued(i + 1) && self.ws(close)).then_some(close)
    }

    /// A list item's number at `i`, which counts nothing: where to resume
    /// (after its close), or `None`. At the paragraph's start ("1. Prices
    /// rose 5%"), after a bullet ("• 9. The first"); in running text, with
    /// a capitalised word or a quotation after it, either right after a
    /// sentence's end ("three points. 1. Prices rose", but not the date
    /// "on Jan. 1. The", where a capitalised word stands before the full
    /// stop) or after a colon before `)` ("three parts: 1) A tax"), or as
    /// the next of such a marker, the markers between them in their order
    /// within [`MAX_LIST_TOKENS`] ("1) A tax on sugar 2) Free school
    /// meals"). A lone "2) The" in a sentence is a figure as before.
    fn list_marker(&self, i: usize) -> Option<usize> {
        let close = self.marker_close(i)?;
        let bullet = i == 1
            && matches!(self.pu(0), Some(Pu::Other | Pu::Hyphen))
            && matches!(self.s(0), "•" | "⁃" | "-" | "*");
        if i == 0 || bullet {
            return Some(close);
        }
        let item_after = close == self.n()
            || self.cap(close)
            || matches!(self.pu(close), Some(Pu::Quote(0 | 1)));
        let mut value = match self.t[i].k {
            K::Num {
                val,
                int_digits: 1..=2,
                grouped: false,
                ..
            } if self.ws(i) && item_after => val,
            _ => return None,
        };
        let paren = self.pu(close - 1) == Some(Pu::RParen);
        let mut k = i;
        let floor = i.saturating_sub(MAX_LIST_TOKENS);
        loop {
            // The marker at `k` opens the list?
            // (Not after an abbreviation's full stop: "102 vs. 98.", "See
            // p. 3.", "at 9 a.m. 3.")
            let opens = match self.pu(k - 1) {
                Some(Pu::Period | Pu::Term) => {
                    !(k >= 2
                        && (self.cap(k - 2)
                            || (self.is_word(k - 2)
                                && (self.s(k - 2).len() == 1
                                    || crate::text::segment::is_abbreviation(self.s(k - 2))))))
                }
                Some(Pu::Colon) => paren,
                _ => false,
            };
            if opens {
                return Some(close);
            }
            if value <= 1.0 {
                return None;
            }
            // The marker before it: value - 1 with the same close.
            value -= 1.0;
            let prev = (floor..k.saturating_sub(1)).rev().find(|&j| {
                matches!(self.t[j].k, K::Num { val, grouped: false, decimal: false, .. } if val == value)
                    && self.ws(j)
                    && self.marker_close(j).is_some_and(|c| {
                        c - j == close - i && self.pu(c - 1) == self.pu(close - 1)
                    })
            })?;
            // A list whose items end in full stops has each marker after
            // one: "1. Liverpool lost at home. They finished 2. Then" ends
            // a sentence with a figure.
            let ended = self
                .marker_close(prev)
                .is_some_and(|c| (c..k).any(|j| matches!(self.pu(j), Some(Pu::Period | Pu::Term))));
            if ended {
                return None;
            }
            if prev == 0 {
                return Some(close);
            }
            k = prev;
        }
    }

    /// Phone numbers, versions, codes, times of day, list markers: where to
    /// resume, or `None` when the number at `i` may be a figure.
    fn junk_number(&self, i: usize) -> Option<usize> {
        let K::Num {
            int_digits,
            decimal,
            lead_zero,
            multi_dot,
            ..
        } = self.t[i].k
        else {
            return None;
        };
        let n = self.n();
        // List marker: "1." / "2)" / "3.)" at the start of a line, after a
        // bullet, after a sentence's end, or in a run of them.
        if !decimal && let Some(j) = self.list_marker(i) {
            return Some(j);
        }
        // A numbered heading: "2 On cloud nine", "4 Footfall harvesting",
        // a short line of its own with no final punctuation; but a
        // headline's count ("12 Britons killed") counts.
        if i == 0
            && !decimal
            && int_digits <= 2
            && self.is_word(1)
            && self.ws(1)
            && self.cap(1)
            && !(self.upper(1) && self.s(1).len() > 1)
            && self.lex(1) == Lex::None
            && (self.poss(1) || !words::is_plural(self.s(1)))
            && n <= 12
            && matches!(
                self.t.last().map(|t| t.k),
                Some(K::Word { .. } | K::Num { .. })
            )
        {
            return Some(1);
        }
        if multi_dot {
            return Some(self.glued_cluster_end(i));
        }
        if self.glued(i) && i > 0 {
            match self.pu(i - 1) {
                // "MH17", "G7", "v2"
                None if self.is_word(i - 1) => return Some(self.glued_cluster_end(i)),
                // "24/7" (second half), "10:30", "#1", "3.0"
                Some(Pu::Slash | Pu::Colon | Pu::Hash | Pu::Period) => {
                    return Some(self.glued_cluster_end(i));
                }
                // A web address's query: "?id=2020&share=30"; and its
                // escapes, a number right after a percent sign
                // ("issn%280024%2D9114%29", "q=30%25%2020").
                Some(Pu::Other) if matches!(self.s(i - 1), "=" | "&" | "?") => {
                    return Some(self.glued_cluster_end(i));
                }
                Some(Pu::Percent) => return Some(self.glued_cluster_end(i)),
                // "COVID-19", "F-16" (but "mid-2015", "pre-war" are fine)
                Some(Pu::Hyphen) if i >= 2 && self.is_word(i - 2) && self.glued(i - 1) => {
                    let w = self.s(i - 2);
                    if w.chars().any(char::is_uppercase) {
                        return Some(self.glued_cluster_end(i));
                    }
                }
                // "+44 20 7946 0958"; but "+5%", "+30C", "+0.5
                // percentage points" are signed changes.
                Some(Pu::Plus) if !self.signed_amount(i) => return Some(self.phone_end(i)),
                _ => {}
            }
        }
        if self.names_a_thing(i, int_digits, decimal) {
            return Some(i + 1);
        }
        // A label, not an amount: "section 4.2", "article 50", "room
        // 101", "flight 370", "exit 12".
        // (Not before a unit: "the gate 5ft 10in" measures the gate.)
        // A loose label is an amount's place before a percent sign or a
        // score's hyphen ("a level 15% below", "level 1-1"), and after an
        // article or a rank before a ratio ("a level 10 times higher").
        let loose = || {
            // ("percent", "per", "points" have a word class of their
            // own: a number before them is never a label.)
            let ratio = || {
                self.is_word(i + 1)
                    && ["times", "basis", "bps"]
                        .iter()
                        .any(|w| self.s(i + 1).eq_ignore_ascii_case(w))
            };
            words::is_loose_label(self.s(i - 1))
                && (self.pu(i + 1) == Some(Pu::Percent)
                    || (self.pu(i + 1) == Some(Pu::Hyphen)
                        && self.glued(i + 1)
                        && self.is_num(i + 2))
                    || (i >= 2 && matches!(self.lex(i - 2), Lex::A | Lex::Ordinal(_)) && ratio()))
        };
        // (A loose label after "this", "that", "each", "every" is a time
        // or a part, no label: "at this stage 40 people had died".)
        let pointed = || {
            i >= 2
                && words::is_loose_label(self.s(i - 1))
                && ["this", "that", "each", "every"]
                    .iter()
                    .any(|w| self.is(i - 2, w))
        };
        if i > 0
            && self.ws(i)
            && self.is_word(i - 1)
            && words::is_label_noun(self.s(i - 1))
            && !(self.is_word(i + 1) && (self.glued(i + 1) || self.lex(i + 1) != Lex::None))
            && !loose()
            && !pointed()
        {
            return Some(i + 1);
        }
        // Labels in the plural name two or more: "between junctions 10
        // and 11", "pages 4 to 7", "sections 2, 3 and 5".
        let plural_label = |k: usize| {
            self.is_word(k)
                && self.s(k).len() > 3
                && self.s(k).ends_with('s')
                && !self.cap(k)
                && self
                    .s(k)
                    .get(..self.s(k).len() - 1)
                    .is_some_and(|w| words::is_label_noun(w) && !words::is_loose_label(w))
        };
        if i > 0
            && self.ws(i)
            && !decimal
            && (plural_label(i - 1)
                || (i >= 3
                    && (["and", "or", "to"].iter().any(|w| self.is(i - 1, w))
                        || self.pu(i - 1) == Some(Pu::Comma))
                    && self.is_num(i - 2)
                    && (plural_label(i - 3)
                        || (i >= 5
                            && self.pu(i - 3) == Some(Pu::Comma)
                            && self.is_num(i - 4)
                            && plural_label(i - 5)))))
            && !(self.is_word(i + 1) && (self.glued(i + 1) || self.lex(i + 1) != Lex::None))
        {
            return Some(i + 1);
        }
        // A service's number after a verb of calling: "call 101", "dial
        // 999", "contacted on 116 123", "ring them on 111"; not what is
        // counted after it ("call 100 witnesses").
        // (Not a year: "Critics called 2023 a lost year".)
        if i > 0
            && self.ws(i)
            && !decimal
            && int_digits >= 3
            && (self.year_at(i).is_none() || self.phone_end(i) > i + 1)
        {
            let calling = |k: usize| {
                self.is_word(k)
                    && [
                        "call",
                        "calls",
                        "calling",
                        "called",
                        "dial",
                        "dials",
                        "dialled",
                        "dialed",
                        "dialling",
                        "ring",
                        "rang",
                        "ringing",
                        "phone",
                        "phoned",
                        "text",
                        "contact",
                        "contacted",
                    ]
                    .iter()
                    .any(|w| self.is(k, w))
            };
            // (Before "on", the verb may have its object: "contact the
            // Samaritans on 116 123".)
            // (And a second number offered after "or": "Call 999 in an
            // emergency, or 111 for advice".)
            let before = calling(i - 1)
                || (self.is(i - 1, "on")
                    && (i.saturating_sub(5)..i - 1)
                        .rev()
                        .take_while(|&k| self.is_word(k))
                        .any(calling))
                || (self.is(i - 1, "or")
                    && (i.saturating_sub(9)..i - 1)
                        .any(|k| calling(k) && self.ws(k + 1) && self.is_num(k + 1)));
            if before {
                let end = self.phone_end(i);
                let free = match self.t.get(end).map(|t| t.k) {
                    None => true,
                    // (Not a share of those counted: "contacted 200 of
                    // its customers".)
                    Some(K::Word { .. }) => words::is_stop(self.s(end)) && !self.is(end, "of"),
                    Some(K::P(p)) => !matches!(p, Pu::Percent | Pu::Degree | Pu::Cur(_)),
                    Some(K::Num { .. }) => false,
                };
                if free {
                    return Some(end);
                }
            }
        }
        // "No. 1"
        // (and "No 10", the house, spaced as British papers write it)
        // (Spaced, only the houses: "No 15-year-old should work" and
        // "She rose to No 4" keep their numbers.)
        let house = matches!(self.t[i].k, K::Num { val, .. } if val == 10.0 || val == 11.0)
            && !(self.pu(i + 1) == Some(Pu::Hyphen) && self.glued(i + 1));
        if ((i >= 2
            && self.pu(i - 1) == Some(Pu::Period)
            && matches!(self.s(i - 2), "No" | "no" | "Nos"))
            || (i >= 1 && self.ws(i) && self.s(i - 1) == "No" && house))
            && self.rank_no(i, 0).is_none()
        {
            return Some(i + 1);
        }
        // Times of day: "10:30", "3pm", "3 p.m.", "10 o'clock".
        if self.pu(i + 1) == Some(Pu::Colon)
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
        {
            let mut j = i + 3;
            if self.is_time_suffix(j) {
                j = self.time_suffix_end(j);
            }
            return Some(j);
        }
        if self.is_time_suffix(i + 1) {
            return Some(self.time_suffix_end(i + 1));
        }
        // A range of hours: "3-7pm", "9–11 a.m.".
        if matches!(self.pu(i + 1), Some(Pu::Hyphen | Pu::Dash))
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
            && self.is_time_suffix(i + 3)
        {
            return Some(self.time_suffix_end(i + 3));
        }
        if self.pu(i + 1) == Some(Pu::Slash)
            && self.slash_fraction(i).is_none()
            && self.slash_measure(i).is_none()
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.glued(i + 2)
        {
            return Some(self.glued_cluster_end(i));
        }
        // Phone numbers.
        if lead_zero {
            return Some(self.phone_end(i));
        }
        if i > 0
            && self.pu(i - 1) == Some(Pu::LParen)
            && int_digits == 3
            && self.pu(i + 1) == Some(Pu::RParen)
        {
            let (end, groups, digits) = self.digit_groups(i);
            if groups >= 3 && digits >= 9 {
                return Some(end);
            }
        }
        let (end, groups, digits) = self.digit_groups(i);
        if (groups >= 3 && digits >= 7)
            || (groups == 2
                && int_digits == 3
                && digits == 7
                && matches!(self.pu(i + 1), Some(Pu::Hyphen | Pu::Period))
                && self.glued(i + 1))
        {
            return Some(end);
        }
        // "in 4K", "8K TVs": a screen's resolution, no thousands ("raised
        // 5K" is 5,000).
        if int_digits == 1
            && !decimal
            && matches!(self.t[i].k, K::Num { val, .. } if val == 4.0 || val == 8.0)
            && self.s(i + 1) == "K"
            && self.glued(i + 1)
            && !(i > 0 && matches!(self.pu(i - 1), Some(Pu::Cur(_))))
            && !(self.is_word(i + 2) && self.ws(i + 2) && words::is_plural(self.s(i + 2)))
        {
            return Some(i + 2);
        }
        // Unknown letters glued to the number: "4G", "3D", "5x".
        if self.is_word(i + 1) && self.glued(i + 1) && !self.known_glued_suffix(i, i + 1) {
            return Some(self.glued_cluster_end(i));
        }
        None
    }

    /// A number after "the" that names a thing rather than counting one:
    /// an aircraft's model with a verb in the singular ("The 767 was
    /// carrying"), a train by its departure ("the 7.42 from Brighton",
    /// "The 8.15 to Paddington"), a group named by its size ("The Group of
    /// 20 met").
    fn names_a_thing(&self, i: usize, int_digits: u8, decimal: bool) -> bool {
        if i == 0 || !self.ws(i) {
            return false;
        }
        let the = |k: usize| self.is_word(k) && self.is(k, "the");
        let next_word = |w: &[&str]| self.ws(i + 1) && w.iter().any(|x| self.is(i + 1, x));
        // A model: a number above one with a verb in the singular.
        if the(i - 1)
            && !decimal
            && (3..=4).contains(&int_digits)
            && self.year_at(i).is_none()
            && !matches!(self.t[i].k, K::Num { grouped: true, .. })
            && next_word(&["was", "is", "has", "had"])
        {
            return true;
        }
        // A train: hours and minutes with a point, then where it runs.
        if the(i - 1) && decimal && int_digits <= 2 && next_word(&["from", "to"]) && self.cap(i + 2)
        {
            let t = self.s(i);
            if let Some((h, m)) = t.split_once('.')
                && m.len() == 2
                && h.parse::<u32>().is_ok_and(|h| h <= 23)
                && m.parse::<u32>().is_ok_and(|m| m < 60)
            {
                return true;
            }
        }
        // "The Group of 20", "the Class of 2020", "the Committee of 100":
        // a name, with nothing counted after it.
        if i >= 3
            && self.is(i - 1, "of")
            && self.is_word(i - 2)
            && self.cap(i - 2)
            && !self.upper(i - 2)
            && self.lex(i - 2) == Lex::None
            && !words::is_stop(self.s(i - 2))
            && the(i - 3)
            && !decimal
        {
            let j = i + 1;
            let counted = match self.t.get(j).map(|t| t.k) {
                Some(K::Word { .. }) => {
                    !self.cap(j) && (self.lex(j) != Lex::None || words::is_plural(self.s(j)))
                }
                Some(K::P(p)) => matches!(p, Pu::Percent | Pu::Degree | Pu::Hyphen),
                Some(K::Num { .. }) => true,
                None => false,
            };
            return !counted;
        }
        false
    }

    /// A race's time: "a lap of 1:32.456" (minutes, seconds and their
    /// decimals: no clock shows those), "won in 2:02:42" (hours, minutes
    /// and seconds, not at a time of day: "at 10:30:15"), or the same
    /// spelt with units, "2hr 21min 7sec", "2h 1m 9s". A duration in
    /// seconds.
    fn race_time(&self, i: usize, floor: usize) -> Option<Found> {
        let num = |k: usize| match self.t.get(k).map(|t| t.k) {
            Some(K::Num {
                val,
                int_digits,
                grouped: false,
                multi_dot: false,
                decimal,
                ..
            }) => Some((val, int_digits, decimal)),
            _ => None,
        };
        let (h, hd, hdec) = num(i)?;
        // (Not the tail of "12:01:02:03" or of a code.)
        if hdec || hd > 2 || (i > 0 && self.glued(i) && self.pu(i - 1) != Some(Pu::LParen)) {
            return None;
        }
        let colon = |k: usize| self.pu(k) == Some(Pu::Colon) && self.glued(k) && self.glued(k + 1);
        if colon(i + 1) {
            let (m, md, mdec) = num(i + 2)?;
            if md != 2 || m >= 60.0 {
                return None;
            }
            if mdec {
                // "1:32.456": minutes and seconds.
                if colon(i + 3) {
                    return None;
                }
                return Some(self.seconds(i, i + 3, h * 60.0 + m));
            }
            if !colon(i + 3) {
                return None;
            }
            let (sec, sd, _) = num(i + 4)?;
            if sd != 2 || sec >= 60.0 || colon(i + 5) || self.is_time_suffix(i + 5) {
                return None;
            }
            const AT: [&str; 11] = [
                "at", "by", "until", "till", "from", "before", "after", "since", "around", "about",
                "to",
            ];
            if i > floor && AT.iter().any(|w| self.is(i - 1, w)) {
                return None;
            }
            return Some(self.seconds(i, i + 5, h * 3600.0 + m * 60.0 + sec));
        }
        // "2hr 21min 7sec", "2h 1m 9s": three parts, each glued to its unit.
        let part = |k: usize, units: &[&str]| {
            let (v, _, dec) = num(k)?;
            (self.glued(k + 1) && self.is_word(k + 1) && units.contains(&self.s(k + 1)) && !dec)
                .then_some(v)
        };
        let hours = part(i, &["h", "hr", "hrs"])?;
        let mins = part(i + 2, &["m", "min", "mins"]).filter(|_| self.ws(i + 2))?;
        let secs = part(i + 4, &["s", "sec", "secs"]).filter(|_| self.ws(i + 4))?;
        if mins >= 60.0 || secs >= 60.0 || self.glued(i + 6) && self.is_word(i + 6) {
            return None;
        }
        Some(self.seconds(i, i + 6, hours * 3600.0 + mins * 60.0 + secs))
    }

    /// A company's period written short: a fiscal year, "FY2024" or
    /// "FY24" (the year, as "in 2024" is), or a quarter, "Q3" (the
    /// ordinal, as "the third quarter" is). Only the letters in
    /// capitals, glued to the number and to nothing else.
    fn fiscal_period(&self, i: usize) -> Option<Found> {
        if i == 0 || !self.glued(i) || !self.is_word(i - 1) {
            return None;
        }
        if i >= 2 && self.glued(i - 1) && (self.is_word(i - 2) || self.is_num(i - 2)) {
            return None;
        }
        if self.glued(i + 1) && (self.is_word(i + 1) || self.is_num(i + 1)) {
            return None;
        }
        let K::Num {
            val,
            int_digits,
            decimal: false,
            grouped: false,
            ..
        } = self.t[i].k
        else {
            return None;
        };
        match self.s(i - 1) {
            "FY" if int_digits == 4 && (1900.0..=2100.0).contains(&val) => {
                let mut f = Found::new(i - 1, i + 1, QuantityKind::Year, val);
                f.unit = None;
                Some(f)
            }
            "FY" if int_digits == 2 => {
                Some(Found::new(i - 1, i + 1, QuantityKind::Year, 2000.0 + val))
            }
            "Q" if int_digits == 1 && (1.0..=4.0).contains(&val) => {
                let mut f = Found::new(i - 1, i + 1, QuantityKind::Ordinal, val);
                f.unit = Some("quarter".to_string());
                Some(f)
            }
            _ => None,
        }
    }

    /// A duration in seconds over tokens `start..end`.
    fn seconds(&self, start: usize, end: usize, v: f64) -> Found {
        let mut f = Found::new(start, end, QuantityKind::Duration, v);
        f.unit = Some("second".to_string());
        f
    }

    fn is_time_suffix(&self, j: usize) -> bool {
        let w = self.s(j);
        if !self.is_word(j) {
            return false;
        }
        if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") {
            return true;
        }
        if w.eq_ignore_ascii_case("o'clock") || w.eq_ignore_ascii_case("o\u{2019}clock") {
            return true;
        }
        (w == "a" || w == "p")
            && self.pu(j + 1) == Some(Pu::Period)
            && self.glued(j + 1)
            && self.is(j + 2, "m")
            && self.glued(j + 2)
    }

    fn time_suffix_end(&self, j: usize) -> usize {
        if self.s(j).len() == 1 {
            if self.pu(j + 3) == Some(Pu::Period) && self.glued(j + 3) {
                j + 4
            } else {
                j + 3
            }
        } else {
            j + 1
        }
    }

    /// Digit groups joined like a phone number: (end, groups, digits).
    fn digit_groups(&self, i: usize) -> (usize, usize, usize) {
        let mut j = i;
        let mut groups = 0;
        let mut digits = 0;
        while let K::Num {
            int_digits,
            decimal: false,
            grouped: false,
            ..
        } = self.t[j].k
        {
            groups += 1;
            digits += int_digits as usize;
            let next = j + 1;
            let joined = matches!(self.pu(next), Some(Pu::Hyphen | Pu::Period))
                && self.glued(next)
                && self.glued(next + 1);
            let paren = self.pu(next) == Some(Pu::RParen);
            if (joined || paren) && self.is_num(next + 1) {
                j = next + 1;
            } else if self.is_num(next) && self.ws(next) {
                j = next;
            } else {
                return (next, groups, digits);
            }
        }
        (j + 1, groups, digits)
    }

    /// The number at `i` (after a glued "+") is a signed change, not a
    /// telephone number's country code: a percent, a degree or a unit
    /// follows it ("+5%", "+30C", "+0.5 percentage points").
    fn signed_amount(&self, i: usize) -> bool {
        let k = i + 1;
        matches!(self.pu(k), Some(Pu::Percent | Pu::Degree))
            || (self.glued(k) && matches!(self.s(k), "C" | "F"))
            || matches!(
                self.lex(k),
                Lex::Percent
                    | Lex::Percentage
                    | Lex::Point
                    | Lex::Measure(_)
                    | Lex::Celsius
                    | Lex::Fahrenheit
            )
    }

    fn phone_end(&self, i: usize) -> usize {
        self.digit_groups(i).0
    }

    /// Letters that may legitimately follow a number without a space.
    fn known_glued_suffix(&self, num: usize, j: usize) -> bool {
        let w = self.s(j);
        match self.lex(j) {
            // "5g", but "4G" is a network.
            Lex::Measure("g") => return w == "g",
            Lex::Measure(u) if !self.unit_case_ok(j, u) => return false,
            Lex::ScaleAbbr(_)
            | Lex::Measure(_)
            | Lex::Dur(_)
            | Lex::Percent
            | Lex::Pence
            | Lex::Point
            | Lex::CurCode(_)
            | Lex::Scale(_)
            | Lex::Degree => return true,
            _ => {}
        }
        if matches!(
            w,
            "st" | "nd" | "rd" | "th" | "C" | "F" | "s" | "am" | "pm" | "W" | "L" | "dB" | "bps"
        ) || grammar::cased_unit(w).is_some()
        {
            return true;
        }
        // "5x optical zoom", "grew 3x": a factor, as "three times" is; not
        // a size ("1920x1080", "a 4x4") or a code.
        if w == "x" {
            return self.glued_factor(num, j);
        }
        // "3h" is hours, but "1h30" a clock-like time, a code of its own;
        // "6in" inches, but "2in1" a name; and a label's letter is no unit
        // ("Section 3h of the act").
        if matches!(w, "h" | "in" | "ins") {
            let labelled =
                num > 0 && self.is_word(num - 1) && words::is_label_noun(self.s(num - 1));
            return !labelled
                && (!self.glued(j + 1) || !(self.is_word(j + 1) || self.is_num(j + 1)));
        }
        false
    }

    /// A lower-case "x" at `j` glued to the number at `num` makes it a
    /// factor: "5x optical zoom", "a 10x zoom", "grew 3x". Not a size or a
    /// code ("1920x1080", "4x4", "2x2m"), nor a decimal's or a grouped
    /// number's ("1.5x" is a factor too, but "1,000x" no such).
    pub(super) fn glued_factor(&self, num: usize, j: usize) -> bool {
        self.s(j) == "x"
            && self.glued(j)
            && !matches!(self.t[num].k, K::Num { grouped: true, .. })
            && matches!(self.t[num].k, K::Num { val, .. } if val > 0.0 && val <= 1000.0)
            && !(self.glued(j + 1) && (self.is_word(j + 1) || self.is_num(j + 1)))
            && !(num > 0 && self.glued(num) && !matches!(self.pu(num - 1), Some(Pu::LParen)))
    }

    /// A number inside a short quoted Title-Case name: `"60 Minutes."`.
    fn in_title_quote(&self, s: usize, e: usize) -> bool {
        let mut j = s;
        let mut open = None;
        for _ in 0..5 {
            if j == 0 {
                break;
            }
            j -= 1;
            match self.t[j].k {
                K::Word { .. } if self.cap(j) => continue,
                K::Num { .. } => continue,
                K::P(Pu::Quote(q)) if q != 2 => {
                    if self.glued(j + 1) {
                        open = Some(j);
                    }
                    break;
                }
                _ => break,
            }
        }
        let Some(open) = open else {
            return false;
        };
        let mut caps = (open + 1..e).any(|k| self.cap(k) && !self.is(k, "a"));
        for j in e..e + 7 {
            match self.t.get(j).map(|t| t.k) {
                Some(K::Word { .. }) if self.cap(j) => caps = true,
                Some(K::Num { .. }) => {}
                Some(K::P(Pu::Period | Pu::Comma | Pu::Term | Pu::Colon | Pu::Hyphen)) => {}
                Some(K::P(Pu::Quote(q))) if q != 1 => return caps,
                _ => return false,
            }
        }
        false
    }

    /// A number opening a multi-word name or address: "1 Central Park
    /// West", "10 Downing Street". Two or more capitalised words follow and
    /// no lower-case word ends the phrase (which would make the capitalised
    /// words a counted noun's modifiers: "20 Premier League clubs").
    fn before_name(&self, i: usize) -> bool {
        match self.t[i].k {
            K::Num {
                grouped: false,
                decimal: false,
                int_digits,
                ..
            } if int_digits <= 4 => {}
            _ => return false,
        }
        let mut j = i + 1;
        while self.is_word(j)
            && self.ws(j)
            && self.cap(j)
            && !self.upper(j)
            // ("10 Mi Street": no mile, see `Parser::suffix`)
            && (self.lex(j) == Lex::None || self.s(j) == "Mi")
            && !words::is_stop(self.s(j))
        {
            j += 1;
        }
        // A plural right after the number is what it counts, not a
        // name's first word: "103 Grands Prix", "5 Grand Slams".
        if j > i + 1 && (i + 1..j).any(|k| self.s(k).len() > 3 && words::is_plural(self.s(k))) {
            return false;
        }
        j >= i + 3 && !(self.is_word(j) && self.ws(j) && !self.cap(j))
    }

    /// A number right after a capitalised name: "Apollo 11", "Windows 10".
    ///
    /// At the start of a sentence every word is capitalised, so the word
    /// must also be none the grammar knows as a common word before a
    /// figure (stop words, qualifiers, "Only", "Last"), the number no year
    /// ("Spring 2013 will"), and nothing measured or counted may follow
    /// ("Turnout 65%", "Wait 10 minutes", "Meet 10 women"): "Windows 10
    /// was released", "Noor 1 itself", "Chapter 11 filings rose".
    fn after_name(&self, i: usize) -> bool {
        // A name in mixed case ("iOS 17", "iPhone 15", "macOS 14") is a
        // product's as much as a capitalised one.
        let named = |j: usize| {
            self.cap(j) || {
                let w = self.s(j);
                w.len() > 2 && w.bytes().skip(1).any(|c| c.is_ascii_uppercase())
            }
        };
        if i == 0 || !self.ws(i) || !self.is_word(i - 1) || !named(i - 1) || self.poss(i - 1) {
            return false;
        }
        // Capitals joined by "&" are a name whatever the letters may
        // abbreviate: "S&P 500", "AT&T".
        let amp = i >= 3
            && self.s(i - 2) == "&"
            && self.glued(i - 1)
            && self.glued(i - 2)
            && self.is_word(i - 3)
            && self.upper(i - 3)
            && self.upper(i - 1);
        if self.lex(i - 1) != Lex::None && !amp {
            return false;
        }
        // A unit written first: "Mach 1.24" measures.
        if self.s(i - 1) == "Mach" {
            return false;
        }
        if words::is_stop(self.s(i - 1)) || self.qualifier_word(i - 1) {
            return false;
        }
        // "I'm 80", "We're 2 points behind": a contraction, no name.
        if self.s(i - 1).contains(['\'', '\u{2019}']) {
            return false;
        }
        if self.sentence_start(i - 1) && !self.name_at_sentence_start(i) {
            return false;
        }
        match self.t[i].k {
            K::Num {
                grouped: false,
                decimal: false,
                int_digits,
                ..
            } if int_digits <= 4 => {}
            // A version: "iOS 17.2", "Python 3.12", "Windows 3.1".
            K::Num {
                grouped: false,
                decimal: true,
                int_digits,
                ..
            } if int_digits <= 2 => {}
            _ => return false,
        }
        // A time phrase after the number is no noun it counts but when
        // the named thing came: "iOS 17 last week", "Radio 4 every
        // morning", "Windows 11 two years ago".
        if self.time_phrase_at(i + 1) {
            return true;
        }
        // Followed by a unit, or by a plural lower-case noun a number
        // counts: a figure after all ("told Reuters 40% of", "told AFP 40
        // people died"). A singular noun after a number above one is no
        // count but what the name names: "the Apollo 11 moon landing".
        let j = i + 1;
        if matches!(self.pu(j), Some(Pu::Percent | Pu::Degree | Pu::Cur(_)))
            || (self.is_word(j) && self.lex(j) != Lex::None)
            || self.is(j, "per")
        {
            return false;
        }
        // A decimal after a name is its version ("iOS 17.2 fixes the
        // flaw"): nothing is counted in tenths.
        if matches!(self.t[i].k, K::Num { decimal: true, .. }) {
            return true;
        }
        if self.is_word(j) && self.ws(j) && !self.cap(j) && !words::is_stop(self.s(j)) {
            let w = self.s(j);
            let one = matches!(self.t[i].k, K::Num { val, .. } if val <= 1.0);
            // "the FTSE 100 closed", "the S&P 500 ended": a name after
            // "the" is a thing's (an index's, a model's), and a
            // participle after its number is its verb, no people counted
            // ("told CNN 12 wounded" has no article).
            let mut p = i - 1;
            if p >= 2 && self.s(p - 1) == "&" && self.glued(p) && self.glued(p - 1) {
                p -= 2;
            }
            if p >= 1
                && self.is(p - 1, "the")
                && (w.ends_with("ed") || w.ends_with("ing"))
                && self.year_at(i).is_none()
            {
                return true;
            }
            // "The Apollo 11 astronauts", "A Boeing 737 crashed", "the
            // Formula 1 season": a name in mixed case after an article
            // names a thing, and its number is the name's, whatever
            // follows (but "told the BBC 40 people died" counts: a name
            // in capitals may be whom a number was told).
            // (After a preposition the name is a place and the plural
            // what it counts: "In the Netherlands 40 people were hurt".)
            let place = p >= 2
                && words::is_plural(w)
                && [
                    "in",
                    "across",
                    "throughout",
                    "on",
                    "at",
                    "from",
                    "over",
                    "around",
                    "within",
                    "into",
                    "for",
                    "by",
                    "near",
                    "to",
                    "of",
                ]
                .iter()
                .any(|x| self.is(p - 2, x));
            if p >= 1
                && ["the", "a", "an"].iter().any(|d| self.is(p - 1, d))
                && !self.upper(p)
                && !place
                && self.year_at(i).is_none()
            {
                return true;
            }
            // "told CNN 12 wounded", "AFP 12 dead": adjectives and
            // participles stand for people; "Christmas 2015 advert": a year.
            // A word in -s before a figure is the name's verb, no plural:
            // "the iPhone 15 costs $799", "Windows 11 needs 4 GB".
            // (Not before a count or a time: "told Reuters 40 migrants 2
            // days ago".)
            // (Also before a price's preposition: "the iPhone 15 starts
            // at $799", "sells for £999".)
            let verb = matches!(self.pu(j + 1), Some(Pu::Cur(_)))
                || (["at", "for", "from"].iter().any(|p| self.is(j + 1, p))
                    && matches!(self.pu(j + 2), Some(Pu::Cur(_))))
                || (self.is_num(j + 1)
                    && (self.pu(j + 2) == Some(Pu::Percent)
                        || matches!(self.lex(j + 2), Lex::Measure(_))));
            let noun = !((words::is_plural(w) && !verb)
                || self.poss(j)
                || w.ends_with("ed")
                || w.ends_with("ing")
                || w == "dead"
                || words::is_adjective(w));
            return !one && noun && self.year_at(i).is_none();
        }
        !self.is_word(j) || self.ws(j)
    }

    /// The year at `i` follows a name it belongs to, so it counts nothing
    /// after it: "Euro 2024 qualifiers", "the Labour Law of Bangladesh
    /// 2006 bans", just as "the 2024 qualifiers". The name is one word,
    /// capitalised or in mixed case, mid-sentence, that the grammar does
    /// not know or knows only as a currency ("Euro"); the year is a
    /// recent one, not a whole hundred ("told AFP 2000 people", "Reuters
    /// 1500 protesters" count).
    fn name_before_year(&self, i: usize, floor: usize) -> bool {
        let Some(y) = self.year_at(i) else {
            return false;
        };
        if !(1900..=2100).contains(&y) || y % 100 == 0 || i <= floor || !self.ws(i) {
            return false;
        }
        let p = i - 1;
        let w = self.s(p);
        let named = (self.cap(p) && !self.upper(p))
            || (w.len() > 2 && w.bytes().skip(1).any(|c| c.is_ascii_uppercase()));
        self.is_word(p)
            && named
            && !self.poss(p)
            && !self.sentence_start(p)
            && matches!(self.lex(p), Lex::None | Lex::CurWord(_))
            && !words::is_stop(w)
            && !self.qualifier_word(p)
    }

    /// A phrase of time starts at `k`: a word pointing at now and a time
    /// noun ("last week", "next month", "this morning", "every day", "the
    /// past year"), or an amount of time and "ago", "later" or "earlier"
    /// ("two weeks ago").
    fn time_phrase_at(&self, k: usize) -> bool {
        if !self.is_word(k) || !self.ws(k) || !self.ws(k + 1) {
            return false;
        }
        if words::is_time_deictic(self.s(k)) {
            return matches!(
                self.lex(k + 1),
                Lex::Dur(_) | Lex::Weekday(_) | Lex::Month(_)
            ) || (self.is_word(k + 1) && words::is_time_noun(self.s(k + 1)));
        }
        matches!(self.lex(k), Lex::Card(_) | Lex::Tens(_) | Lex::A)
            && matches!(self.lex(k + 1), Lex::Dur(_))
            && ["ago", "later", "earlier"]
                .iter()
                .any(|w| self.is(k + 2, w))
    }

    /// For [`Parser::after_name`]: the capitalised word opening a sentence
    /// before the number at `i` may be a name.
    fn name_at_sentence_start(&self, i: usize) -> bool {
        const NOT_NAMES: [&str; 24] = [
            "only",
            "perhaps",
            "maybe",
            "last",
            "next",
            "past",
            "top",
            "total",
            "age",
            "ages",
            "today",
            "yesterday",
            "tonight",
            "once",
            "more",
            "less",
            "fewer",
            "most",
            "least",
            "other",
            "overall",
            "worldwide",
            "nationwide",
            "meanwhile",
        ];
        let w = self.s(i - 1);
        if w.len() < 2 || self.upper(i - 1) || NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(w)) {
            return false;
        }
        if self.year_at(i).is_some() {
            return false;
        }
        let j = i + 1;
        match self.t.get(j).map(|t| t.k) {
            None => true,
            // ("Add 1/2 cup", "Drink 1/2 pint": a fraction is no name's
            // number.)
            Some(K::P(Pu::Slash)) => {
                self.slash_measure(i).is_none() && self.slash_fraction(i).is_none()
            }
            // ("Expect 20–30 people", "Allow 3~5 days": a range's dash or
            // tilde, glued to both numbers, is no name's either.)
            Some(K::P(Pu::Dash | Pu::Other))
                if self.glued(j) && self.glued(j + 1) && self.is_num(j + 1) =>
            {
                self.pu(j) == Some(Pu::Other) && !self.tilde(j)
            }
            Some(K::P(p)) => !matches!(p, Pu::Percent | Pu::Cur(_) | Pu::Degree | Pu::Hyphen),
            Some(K::Word { .. }) => self.ws(j) && self.lex(j) == Lex::None,
            Some(K::Num { .. }) => false,
        }
    }

    fn qualifier_word(&self, i: usize) -> bool {
        let w = self.s(i);
        QUALIFIERS
            .iter()
            .any(|(ws, _)| ws.last().is_some_and(|l| l.eq_ignore_ascii_case(w)))
            || w.eq_ignore_ascii_case("between")
            || w.eq_ignore_ascii_case("from")
    }

    // ----- the number core ---------------------------------------------

    /// Whether an "m" after the number at `num` means million (glued, as
    /// in "64m"; a spaced "m" is read as metres only when this is false).
    ///
    /// In news prose "m" after a number is "million" unless the sentence
    /// is measuring something: metres need a measuring word right after
    /// ("20m deep", "1.85m tall", "20m-high", "20m below", "5m in
    /// diameter", "10 m/s", "45m²"), a measured noun before ("a depth of
    /// 20m", "measuring 20m"), or a singular noun after a determiner ("a
    /// 100m sprint", "the 400m final"). Before a unit or a plural noun
    /// ("15m tonnes", "2m people"), and in running prose ("2m in the UK",
    /// "to 70m"), it is a scale; with a currency always ("$500m"). A
    /// decimal ("1.85m") is a scale unless a measuring word follows or a
    /// dimension is named just before ("a height of 1.85m"): "a 1.5m deal"
    /// is money without its sign far more often than a length.
    fn m_is_million(&self, num: usize, m: usize, money: bool) -> bool {
        if money {
            return true;
        }
        if self.s(m) == "M" {
            return true;
        }
        let j = m + 1;
        // "10 m/s", "45m²", "200 m2": a rate or a power of metres.
        if self.glued(j) && (self.rate_of("metre", j).1 != j || self.power_of("metre", j).1 != j) {
            return false;
        }
        if self.pu(j) == Some(Pu::Hyphen)
            && self.glued(j)
            && self.glued(j + 1)
            && self.is_word(j + 1)
        {
            // "20m-high", "a 100m-long ship", "a 1.5m-wide gap"
            return !words::is_measure_adjective(self.s(j + 1));
        }
        // A measuring word right after: "1.85m tall", "20m deep", "5m in
        // diameter". This holds for decimals too: a height is "1.85m".
        let measured_after = self.is_word(j)
            && self.ws(j)
            && (words::is_measure_adjective(self.s(j))
                || self.is(j, "squared")
                || (self.is(j, "in") && words::is_dimension_noun(self.s(j + 1))));
        if measured_after {
            return false;
        }
        // Otherwise a decimal is a scaled amount ("1.85m people", "2.5m in
        // the UK", "a 1.5m deal"), unless a dimension is named just before
        // ("a height of 1.85m", "a diameter of 2.5m").
        if matches!(self.t[num].k, K::Num { decimal: true, .. }) {
            return !(1..=3).any(|d| {
                num >= d && self.is_word(num - d) && words::is_dimension_noun(self.s(num - d))
            });
        }
        // "the 400m hurdles", "100m breaststroke", "the Olympic 800m
        // champion": a race's distance.
        if self.is_word(j) && self.ws(j) && !self.cap(j) && words::is_race_word(self.s(j)) {
            return false;
        }
        if self.is_word(j) && self.ws(j) {
            let w = self.s(j);
            match self.lex(j) {
                Lex::Measure(_)
                | Lex::CurWord(_)
                | Lex::Pounds
                | Lex::Dur(_)
                | Lex::Percent
                | Lex::Square => return true,
                Lex::None if !words::is_stop(w) && !self.cap(j) => {
                    let det = num > 0 && ["a", "an", "the"].iter().any(|d| self.is(num - 1, d));
                    let plural =
                        (w.ends_with('s') && !w.ends_with("ss")) || words::is_irregular_plural(w);
                    return !det || plural;
                }
                _ => {}
            }
        }
        // "won the 10,000m in 29:55", "the 1,500m final": a race's
        // distance, grouped in thousands before a glued "m" (thousands of
        // millions are written "10bn", and money has its sign, "£1,500m";
        // a bare "1,500m" elsewhere may be money without it).
        if self.glued(m) && self.s(num).contains(',') && num > 0 && self.is(num - 1, "the") {
            return false;
        }
        // "the fastest man over 200m", "unbeaten over 100m": a course.
        if self.over_course(num) {
            return false;
        }
        // A measured noun or verb shortly before: "a depth of 20m",
        // "measuring 20m", "fell 20m from".
        for d in 1..=3 {
            if num < d {
                break;
            }
            if self.is_word(num - d) && words::is_measure_context(self.s(num - d)) {
                return false;
            }
        }
        // "the 100m." / "won the 400m": a race.
        if num > 0 && self.is(num - 1, "the") && !self.is_word(j) {
            return false;
        }
        // A dimension is the clause's subject: "Test distances would have
        // been shortened from 1,300m to below 700m". Back a dozen tokens at
        // most, and not past a comma or the clause's end.
        for d in 1..=12 {
            let Some(p) = num.checked_sub(d) else {
                break;
            };
            match self.t[p].k {
                K::P(Pu::Period | Pu::Term | Pu::Colon | Pu::Comma) => break,
                // (Not "at the height of the crisis", "the depth of the
                // recession": a dimension of something else.)
                K::Word { .. }
                    if words::is_dimension_noun(self.s(p).trim_end_matches('s'))
                        && !self.is(p + 1, "of") =>
                {
                    return false;
                }
                _ => {}
            }
        }
        true
    }

    /// Whether a spaced lower-case "m" at `m` after the number at `num` is
    /// million: after a currency sign ("£500 m"), before a currency ("1.5 m
    /// euros", "3 m USD") or a counted plural ("2 m people", as
    /// [`Parser::m_is_million`] reads a glued one). Anywhere else a spaced
    /// "m" is metres: "The hill rises above 1200 m", "the tower is 300 m."
    pub(super) fn spaced_m_is_million(&self, num: usize, m: usize, money: bool) -> bool {
        if money || self.spaced_m_money(num, m) {
            return true;
        }
        let j = m + 1;
        if !self.is_word(j) || !self.ws(j) {
            return false;
        }
        if self.currency_at(j) || self.lex(j) == Lex::Pounds {
            return true;
        }
        self.lex(j) == Lex::None
            && !self.cap(j)
            && words::is_plural(self.s(j))
            && !words::is_stop(self.s(j))
            && self.m_is_million(num, m, false)
    }

    /// A spaced "m" at `m` after the bare number at `num` is millions of
    /// money by the words before it: a word of paying or pricing ("paid
    /// 45 m for the striker", "a profit of 12 m"), or a loss or a gain
    /// ("The company lost 500 m last year, after a £200m loss") where a
    /// firm or a name loses or makes it, the paragraph names a currency
    /// near, and nothing measured follows ("lost 500 m of ice", "500 m
    /// in height"). Else it stays metres: the runner who "lost 50 m on
    /// the final lap of the £1m race", the glacier that "lost 500 m last
    /// year"; a length read a million times too large is the worse error.
    pub(super) fn spaced_m_money(&self, num: usize, m: usize) -> bool {
        if self.money_before(num) {
            return true;
        }
        let result = (1..=4)
            .map_while(|d| num.checked_sub(d).filter(|&k| self.is_word(k)))
            .find(|&k| words::is_result_word(self.s(k)));
        let earner = |k: usize| {
            k.checked_sub(1)
                .is_some_and(|p| self.is_word(p) && (self.cap(p) || words::is_earner(self.s(p))))
        };
        result.is_some_and(earner)
            && !self.is(m + 1, "of")
            && self.currency_near(num)
            && self.m_is_million(num, m, false)
    }

    /// A price ends right before token `k`: a currency word or code after
    /// its amount ("64 cents", "500 euros", "20p", "20 €") or a number
    /// after its sign ("$3", "£20").
    fn price_before(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        match self.t[p].k {
            K::P(Pu::Cur(_)) => p > 0 && self.is_num(p - 1),
            K::Word { .. } => {
                p > 0
                    && self.is_num(p - 1)
                    && (self.currency_at(p)
                        || matches!(
                            self.lex(p),
                            Lex::Cents | Lex::Cent | Lex::Pence | Lex::Pounds
                        ))
            }
            K::Num { .. } => p > 0 && self.pu(p - 1).and_then(Pu::cur_code).is_some(),
            K::P(_) => false,
        }
    }

    /// A currency named at `k`, as a word ("euros") or its code in capitals
    /// ("SEK").
    pub(super) fn currency_at(&self, k: usize) -> bool {
        match self.lex(k) {
            Lex::CurWord(_) => true,
            Lex::CurCode(_) => self.upper(k) && lex::code_case_ok(self.s(k)),
            _ => false,
        }
    }

    /// "over" before the number at `num` means across a course, not
    /// more than: a word of racing or going shortly before it ("the
    /// fastest man over 200m", "unbeaten over 100m", "covers 3,404km over
    /// 21 stages" has the distance itself before).
    pub(super) fn over_course(&self, num: usize) -> bool {
        if num < 2 || !self.is(num - 1, "over") || !self.ws(num) {
            return false;
        }
        (2..=4).any(|d| num >= d && self.is_word(num - d) && words::is_course_word(self.s(num - d)))
    }

    fn core(&self, i: usize, money: bool) -> Option<Core> {
        if self.is_num(i) {
            return Some(self.digit_core(i, money));
        }
        if !self.is_word(i) {
            return None;
        }
        self.word_core(i)
    }

    /// A word of percent at `k` ("percent", "per cent", "percentage
    /// point"), as the unit after a number reads it.
    fn percent_unit_at(&self, k: usize) -> bool {
        match self.lex(k) {
            Lex::Percent => true,
            Lex::Per => self.lex(k + 1) == Lex::Cent,
            Lex::Percentage => self.lex(k + 1) == Lex::Point,
            _ => false,
        }
    }

    /// Whether a unit of measure is at `k`, spaced or after a glued hyphen
    /// ("a half mile", "a quarter-mile track"): what a share before it is
    /// a share of.
    fn measure_after(&self, k: usize) -> bool {
        let k = if self.inner_hyphen(k) {
            k + 1
        } else if self.ws(k) {
            k
        } else {
            return false;
        };
        matches!(self.lex(k), Lex::Measure(_))
    }

    /// The scale word at `k` a share before it is of, spaced or after a
    /// glued hyphen ("quarter million", "half-million"), where it ends,
    /// and whether the hyphens go on to make an adjective of it ("a
    /// half-million-dollar home").
    fn share_scale(&self, k: usize) -> Option<(u8, usize, bool)> {
        let s = if self.ws(k) {
            k
        } else if self.inner_hyphen(k) {
            k + 1
        } else {
            return None;
        };
        match self.lex(s) {
            Lex::Scale(e) => Some((e, s + 1, s > k && self.inner_hyphen(s + 1))),
            _ => None,
        }
    }

    /// "century" or "decade" at `k`, spaced or after a glued hyphen: the
    /// span "a quarter" is a part of.
    fn quarter_span(&self, k: usize) -> bool {
        let k = if self.inner_hyphen(k) { k + 1 } else { k };
        ["century", "decade"].iter().any(|w| self.is(k, w))
    }

    /// The exponent of a scale word spaced right after the scale word at
    /// `k` and larger than it ("lakh crore", "thousand crore", "thousand
    /// billion", "thousand million"): figures in Indian and older British
    /// writing stack two scales, and the pair is their product. "A million
    /// million" (the same scale twice) is left alone.
    fn stacked_scale(&self, k: usize) -> Option<u8> {
        let (Lex::Scale(e1), Lex::Scale(e2)) = (self.lex(k), self.lex(k + 1)) else {
            return None;
        };
        // ("a thousand billion-dollar start-ups": the second scale is an
        // adjective's, hyphen-glued to its noun.)
        let adjective = self.pu(k + 2) == Some(Pu::Hyphen) && self.glued(k + 2);
        (e2 > e1 && self.ws(k + 1) && !adjective).then_some(e2)
    }

    fn digit_core(&self, i: usize, money: bool) -> Core {
        let t = self.t[i];
        let K::Num {
            val,
            int_digits,
            grouped,
            decimal,
            dot_grouped,
            ..
        } = t.k
        else {
            unreachable!("digit_core on a non-number")
        };
        let mut c = Core {
            start: i,
            end: i + 1,
            val,
            exp: 0,
            written: false,
            vague: false,
            year4: !grouped && !decimal && int_digits == 4 && (1000.0..=2100.0).contains(&val),
            ratio: false,
            is_one: false,
            a_dur: false,
            approx: false,
            num_tok: Some(i),
        };
        if let Some((frac, end)) = self.slash_fraction(i) {
            c.val = frac;
            c.ratio = true;
            c.end = end;
            return c;
        }
        if let Some((frac, end)) = self.slash_measure(i) {
            c.val = frac;
            c.end = end;
            c.year4 = false;
            return c;
        }
        // A mixed number: "2 1/2 inches of rain", "10 3/4 miles", "a 2
        // 1/2-hour delay". (Not a date: "2 1/2/2020".)
        if !grouped
            && !decimal
            && (1..=3).contains(&int_digits)
            && self.ws(i + 1)
            && let Some(f) = self.digit_fraction(i + 1)
            && !(self.pu(i + 4) == Some(Pu::Slash) && self.glued(i + 4))
            && !(self.is_num(i + 4) && self.glued(i + 4))
        {
            c.val += f;
            c.end = i + 4;
            c.year4 = false;
            // "$2 1/2 million"
            if let Lex::Scale(e) = self.lex(i + 4)
                && self.ws(i + 4)
            {
                c.exp = i32::from(e);
                c.val *= 10f64.powi(c.exp);
                c.end = i + 5;
            }
            return c;
        }
        // A vulgar fraction alone before what it is a part of: "¾ of
        // voters", "½ the price".
        if int_digits == 0 && self.names_a_whole(i + 1) {
            c.ratio = true;
            return c;
        }
        let k = i + 1;
        // "2 and a half years", "3 and a quarter million".
        if !grouped && !decimal && (1..=3).contains(&int_digits) && self.add_fraction(&mut c, k) {
            c.year4 = false;
            return c;
        }
        let exp = match self.lex(k) {
            Lex::ScaleAbbr(e) if self.glued(k) => {
                let metre = e == 6
                    && self.s(k).eq_ignore_ascii_case("m")
                    && !self.m_is_million(i, k, money);
                // A glued "b" is billions after money or a decimal ("$4b",
                // "1.2b dollars", "raised 2.5B"); after a bare integer it
                // is a flat or a part ("4b"), as after a label ("section
                // 2.5b", "version 2.5b") or a name ("Firefox 3.5b").
                let label = i > 0
                    && self.is_word(i - 1)
                    && (words::is_label_noun(self.s(i - 1))
                        || (self.cap(i - 1) && !self.sentence_start(i - 1)));
                let bare_b = self.s(k).eq_ignore_ascii_case("b") && !money && (!decimal || label);
                if metre || bare_b { None } else { Some((e, 1)) }
            }
            Lex::ScaleAbbr(e)
                if !matches!(self.s(k), "m" | "M" | "k" | "K" | "b" | "B")
                    && !self.s(k).eq_ignore_ascii_case("mil") =>
            {
                Some((e, 1))
            }
            // "2.33 k", "10 k dollars", "20 k GBP", "sold for 2 mil": a
            // spaced lower-case "k", or "mil", is a scale where no word
            // follows it but a currency ("a 10 k race" runs kilometres;
            // "K" may be a name or a grade; "a 4 mil sheet" is thick).
            Lex::ScaleAbbr(e)
                if (self.s(k) == "k" || self.s(k).eq_ignore_ascii_case("mil"))
                    && self.ws(k)
                    && (!self.is_word(k + 1) || self.currency_at(k + 1))
                    && !self.is_num(k + 1) =>
            {
                Some((e, 1))
            }
            // "£500 m", "1.5 m euros", "2 m people": a spaced lower-case
            // "m" only where money or a counted noun makes it million;
            // elsewhere it measures ("rises above 1200 m", in the suffix).
            Lex::ScaleAbbr(e)
                if e == 6
                    && self.s(k) == "m"
                    && self.ws(k)
                    && self.spaced_m_is_million(i, k, money) =>
            {
                Some((e, 1))
            }
            Lex::Scale(e) => Some((e, 1)),
            Lex::Hundred if self.ws(k) => Some((2, 1)),
            // "a $1.2T bill", "worth $3T": a capital "T" glued to an amount
            // of money is trillions, as "B" is billions. (No lexicon word:
            // "a 5t truck", "the 1.2T engine" are no scale.)
            _ if money
                && self.glued(k)
                && self.s(k) == "T"
                && !(self.glued(k + 1)
                    && (self.is_word(k + 1)
                        || self.is_num(k + 1)
                        || self.pu(k + 1) == Some(Pu::Hyphen))) =>
            {
                Some((12, 1))
            }
            _ => {
                if self.inner_hyphen(k) {
                    match self.lex(k + 1) {
                        Lex::Scale(e) => Some((e, 2)),
                        _ => None,
                    }
                } else {
                    None
                }
            }
        };
        if let Some((e, len)) = exp {
            // "Rs 3 lakh crore", "20 thousand crore": a larger scale word
            // right after multiplies the first, as written Indian and
            // older British figures stack them.
            let (e, len) = match self.stacked_scale(k + len - 1) {
                Some(e2) => (e + e2, len + 1),
                None => (e, len),
            };
            c.exp = e as i32;
            c.val = tok::parse_number(self.s(i), e as i32, dot_grouped);
            c.end = k + len;
            c.year4 = false;
            // "3 million and a half": the share is of the scale, as in
            // "two million and a half" (a whole number and a scale word).
            if !decimal && len == 1 && matches!(self.lex(k), Lex::Scale(_)) {
                let end = c.end;
                self.add_fraction(&mut c, end);
            }
        } else if self.ws(k)
            && (self.lex(k) == Lex::Dozen
                || (self.lex(k) == Lex::Dozens && !grouped && !decimal && int_digits <= 2))
        {
            // "3 dozen eggs": dozens, as "three dozen" counts them; "3
            // dozens" too, after a small whole number ("In 2019 dozens
            // died" is a year and a vague count).
            c.val *= 12.0;
            c.end = k + 1;
            c.year4 = false;
        }
        c
    }

    fn word_core(&self, i: usize) -> Option<Core> {
        let mut c = Core {
            start: i,
            end: i + 1,
            val: 0.0,
            exp: 0,
            written: true,
            vague: false,
            year4: false,
            ratio: false,
            is_one: false,
            a_dur: false,
            approx: false,
            num_tok: None,
        };
        let of_next = |k: usize| self.is(k, "of");
        // What may follow a fraction word that is no ordinal: "of", no
        // word, a function word, a verb ("a third were"), or a time
        // adverbial ("grew by a third last year", "a quarter this month"),
        // where an ordinal would have its noun ("a third party").
        let fraction_end = |k: usize| {
            of_next(k)
                || !self.is_word(k)
                || (words::is_stop(self.s(k)) && self.ws(k) && !self.is(k, "a"))
                || self.verb_after_share(k)
                || (["last", "this", "next"].iter().any(|w| self.is(k, w))
                    && matches!(self.lex(k + 1), Lex::Dur(_)))
        };
        // "a quarter of a million", "a third of a billion", "one
        // hundredth of a second": that share of the scale, a number like
        // "half a million".
        if matches!(self.lex(i), Lex::A | Lex::Card(1))
            && let Some(d) = match self.lex(i + 1) {
                Lex::Ordinal(
                    d @ (3..=10 | 100 | 1000 | 1_000_000 | 1_000_000_000 | 1_000_000_000_000),
                ) => Some(d as f64),
                Lex::Fraction(d) => Some(f64::from(d)),
                _ => None,
            }
            && self.is(i + 2, "of")
            && self.lex(i + 3) == Lex::A
        {
            if let Lex::Scale(e) = self.lex(i + 4) {
                c.val = 10f64.powi(i32::from(e)) / d;
                c.exp = i32::from(e);
                c.end = i + 5;
                return Some(c);
            }
            // "a quarter of a percentage point", "a tenth of a per cent",
            // "a quarter of a century", "a hundredth of a second": that
            // share of the unit that follows.
            // ("a billionth of a degree" too.)
            if self.percent_unit_at(i + 4)
                || matches!(self.lex(i + 4), Lex::Measure(_) | Lex::Degree)
                || self.quarter_span(i + 4)
                || (self.ws(i + 4) && self.dur_at(i + 4).is_some())
            {
                c.val = 1.0 / d;
                c.end = i + 4;
                return Some(c);
            }
        }
        match self.lex(i) {
            // "$3 a dozen", "20p a hundred": the lot a price is given per,
            // as "per dozen" is, no count of its own.
            Lex::A
                if matches!(self.lex(i + 1), Lex::Dozen | Lex::Hundred | Lex::Scale(_))
                    && self.price_before(i) =>
            {
                return None;
            }
            Lex::A => match self.lex(i + 1) {
                Lex::Hundred | Lex::Scale(_) => {}
                Lex::Dozen => {
                    c.val = 12.0;
                    c.end = i + 2;
                    return Some(c);
                }
                // "a couple of days", "a couple of hundred pounds": two,
                // roughly, of what follows "of"; "a couple of them" ends
                // at "couple". A married "couple" has no "of".
                Lex::Couple if of_next(i + 2) => {
                    c.approx = true;
                    c.val = 2.0;
                    c.end = i + 3;
                    match self.lex(i + 3) {
                        Lex::Hundred => {
                            c.val = 200.0;
                            c.end = i + 4;
                        }
                        Lex::Scale(e) => {
                            c.val = 2.0 * 10f64.powi(i32::from(e));
                            c.exp = i32::from(e);
                            c.end = i + 4;
                        }
                        Lex::Dozen => {
                            c.val = 24.0;
                            c.end = i + 4;
                        }
                        _ if !self.is_word(i + 3) || words::is_stop(self.s(i + 3)) => {
                            c.end = i + 2;
                        }
                        _ => {}
                    }
                    return Some(c);
                }
                Lex::Dur(_) => {
                    c.val = 1.0;
                    c.a_dur = true;
                    return Some(c);
                }
                // "a half million", "a quarter million": that share of the
                // scale, as "half a million" is.
                // ("a half-million-dollar home": the "a" is the home's,
                // the share is read from its own word.)
                Lex::Half | Lex::Fraction(4)
                    if let Some((e, end, adjective)) = self.share_scale(i + 2) =>
                {
                    if adjective {
                        return None;
                    }
                    let d = if self.lex(i + 1) == Lex::Half {
                        2.0
                    } else {
                        4.0
                    };
                    c.exp = i32::from(e);
                    c.val = 10f64.powi(c.exp) / d;
                    c.end = end;
                    return Some(c);
                }
                // "a half hour", "a half-hour drive": half the unit, as
                // "half an hour" is.
                Lex::Half if self.ws(i + 2) && self.dur_at(i + 2).is_some() => {
                    c.val = 0.5;
                    c.a_dur = true;
                    c.end = i + 2;
                    return Some(c);
                }
                Lex::Half
                    if self.pu(i + 2) == Some(Pu::Hyphen)
                        && self.glued(i + 2)
                        && self.glued(i + 3)
                        && self.dur_at(i + 3).is_some()
                        && !self.accounts_half_year(i + 3) =>
                {
                    c.val = 0.5;
                    c.end = i + 2;
                    return Some(c);
                }
                // "a half dozen states": six, as "half a dozen" is.
                Lex::Half if self.ws(i + 2) && self.lex(i + 2) == Lex::Dozen => {
                    c.val = 6.0;
                    c.end = i + 3;
                    return Some(c);
                }
                // "fell by a half", "more than a half", "almost a half of
                // voters": a share, as "a third" is, after a word that
                // measures it. (A half alone is a part of a game too:
                // "played a half in the cup", "lasted only a half"; "18
                // months and a half of the budget" is "half of".)
                Lex::Half
                    if self.pu(i + 2) != Some(Pu::Hyphen)
                        && i > 0
                        && [
                            "by", "than", "nearly", "almost", "about", "roughly", "around", "over",
                            "under",
                        ]
                        .iter()
                        .any(|w| self.is(i - 1, w))
                        && fraction_end(i + 2) =>
                {
                    c.val = 0.5;
                    c.ratio = true;
                    c.end = i + 2;
                    return Some(c);
                }
                // "a half mile", "a quarter-mile track", "a half inch of
                // rain": that share of the unit, as "a half hour" is.
                Lex::Half | Lex::Fraction(4) if self.measure_after(i + 2) => {
                    c.val = if self.lex(i + 1) == Lex::Half {
                        0.5
                    } else {
                        0.25
                    };
                    c.end = i + 2;
                    return Some(c);
                }
                // "a mile and a half": one of the unit, and the fraction
                // after it (see `Parser::suffix`); "a mile" alone is no
                // figure.
                Lex::Measure(_) if self.unit_fraction(i, i + 2).is_some() => {
                    c.val = 1.0;
                    return Some(c);
                }
                // "up to a mile wide", "about a mile", "more than a
                // kilometre": one of the unit, bounded or rough.
                Lex::Measure(_)
                    if i >= 2
                        && self.ws(i + 1)
                        && ((self.is(i - 1, "to") && self.is(i - 2, "up"))
                            || ["about", "nearly", "almost", "roughly", "around", "than"]
                                .iter()
                                .any(|w| self.is(i - 1, w))) =>
                {
                    c.val = 1.0;
                    return Some(c);
                }
                // "a third of", and with nothing counted after it, "almost a
                // quarter (24%)", "dropped by a fifth despite".
                Lex::Ordinal(
                    d @ (3..=10 | 100 | 1000 | 1_000_000 | 1_000_000_000 | 1_000_000_000_000),
                ) if fraction_end(i + 2) => {
                    c.val = 1.0 / d as f64;
                    c.ratio = true;
                    c.end = i + 2;
                    return Some(c);
                }
                // "a quarter century", "a quarter-century": a quarter of
                // the span the next word names, as "half a century" is half.
                // (A century or a decade only: "a quarter year on year" is
                // no span. "A quarter-century-old feud" is 25 years old.)
                Lex::Fraction(4) if self.quarter_span(i + 2) => {
                    c.val = 0.25;
                    c.end = i + 2;
                    return Some(c);
                }
                Lex::Fraction(d) if fraction_end(i + 2) => {
                    c.val = 1.0 / d as f64;
                    c.ratio = true;
                    c.end = i + 2;
                    return Some(c);
                }
                _ => return None,
            },
            Lex::Half => {
                // "for half hour", "the past half century": half the unit,
                // as "a half hour" is, its "a" left out. Not a period a
                // determiner or a rank names ("the half year to June",
                // "the first half year", "every half hour"), nor the
                // accounts of one ("half year profits").
                if self.ws(i + 1)
                    && matches!(self.lex(i + 1), Lex::Dur(_))
                    && !self.s(i + 1).ends_with(['s', 'S'])
                    && !self.accounts_half_year(i + 1)
                    && !(i > 0
                        && (words::is_ordinal_det(self.s(i - 1))
                            || matches!(self.lex(i - 1), Lex::Ordinal(_))
                            || ["last", "next", "per"].iter().any(|w| self.is(i - 1, w))))
                {
                    c.val = 0.5;
                    c.a_dur = true;
                    return Some(c);
                }
                // "half million eggs": half the scale ("a half million" is
                // read from its "a").
                if self.ws(i + 1)
                    && let Lex::Scale(e) = self.lex(i + 1)
                {
                    c.exp = i32::from(e);
                    c.val = 0.5 * 10f64.powi(c.exp);
                    c.end = i + 2;
                    return Some(c);
                }
                if self.lex(i + 1) == Lex::A {
                    match self.lex(i + 2) {
                        Lex::Scale(e) => {
                            c.val = 0.5 * 10f64.powi(e as i32);
                            c.exp = e as i32;
                            c.end = i + 3;
                        }
                        Lex::Hundred => {
                            c.val = 50.0;
                            c.end = i + 3;
                        }
                        Lex::Dozen => {
                            c.val = 6.0;
                            c.end = i + 3;
                        }
                        Lex::Dur(_) => {
                            c.val = 0.5;
                            c.end = i + 2;
                            c.a_dur = true;
                        }
                        // "half a percentage point", "half a per cent",
                        // "half a mile"
                        _ if self.percent_unit_at(i + 2)
                            || (self.ws(i + 2) && matches!(self.lex(i + 2), Lex::Measure(_))) =>
                        {
                            c.val = 0.5;
                            c.end = i + 2;
                        }
                        _ => return None,
                    }
                    return Some(c);
                }
                // "a half-million-dollar home", "the half-million mark"
                if self.pu(i + 1) == Some(Pu::Hyphen)
                    && self.glued(i + 1)
                    && self.glued(i + 2)
                    && let Lex::Scale(e) = self.lex(i + 2)
                {
                    c.exp = i32::from(e);
                    c.val = 0.5 * 10f64.powi(c.exp);
                    c.end = i + 3;
                    return Some(c);
                }
                // "roughly half fled", "half said": half of those meant,
                // unless a determiner makes it a noun ("the second half
                // saw").
                let share_verb = self.verb_after_share(i + 1)
                    && !(i > 0
                        && [
                            "the", "a", "first", "second", "other", "each", "this", "that",
                        ]
                        .iter()
                        .any(|w| self.is(i - 1, w)));
                if self.names_a_whole(i + 1) || (share_verb && self.ws(i + 1)) {
                    c.val = 0.5;
                    c.ratio = true;
                    return Some(c);
                }
                return None;
            }
            Lex::VagueScale(e) => {
                let mut e = e as i32;
                let mut end = i + 1;
                if of_next(end) {
                    if let Lex::VagueScale(e2) = self.lex(end + 1) {
                        e += e2 as i32;
                        end += 2;
                    }
                } else if !self.is(end, "more") && !self.is(end, "upon") {
                    return None;
                }
                c.val = 10f64.powi(e);
                c.vague = true;
                c.end = end;
                return Some(c);
            }
            Lex::TensPl => {
                if of_next(i + 1)
                    && let Lex::VagueScale(e) = self.lex(i + 2)
                {
                    c.val = 10f64.powi(e as i32 + 1);
                    c.vague = true;
                    c.end = i + 3;
                    return Some(c);
                }
                return None;
            }
            Lex::Dozens | Lex::Scores => {
                if !of_next(i + 1) && !self.is(i + 1, "more") {
                    return None;
                }
                // "scores of 200 or more": results, not a score of them.
                if of_next(i + 1) && self.is_num(i + 2) {
                    return None;
                }
                c.val = if self.lex(i) == Lex::Dozens {
                    12.0
                } else {
                    20.0
                };
                c.vague = true;
                return Some(c);
            }
            // "hundred thousand dollars", "hundred million people": a bare
            // hundred before a scale is one hundred of it, as "a hundred
            // thousand" is (read below). A hundred alone ("The Hundred
            // final", "Hundred Years' War") is a name.
            Lex::Hundred
                if self.ws(i + 1)
                    && matches!(self.lex(i + 1), Lex::Scale(_))
                    && !(i > 0 && ["several", "many", "few"].iter().any(|w| self.is(i - 1, w))) => {
            }
            Lex::Hundred | Lex::Scale(_) => {
                // "several thousand", "a few hundred"
                let prev = i.checked_sub(1)?;
                let e = match self.lex(i) {
                    Lex::Scale(e) => e as i32,
                    _ => 2,
                };
                if self.is(prev, "several") || self.is(prev, "many") {
                    c.start = prev;
                } else if self.is(prev, "few") && prev > 0 && self.is(prev - 1, "a") {
                    c.start = prev - 1;
                } else {
                    return None;
                }
                // "several hundred thousand people", "a few hundred
                // million": the hundreds are of the scale after.
                let mut e = e;
                if e == 2
                    && self.ws(i + 1)
                    && let Lex::Scale(e2) = self.lex(i + 1)
                {
                    e += i32::from(e2);
                    c.end = i + 2;
                }
                c.exp = e;
                c.val = 10f64.powi(e);
                c.vague = true;
                return Some(c);
            }
            // "the past quarter century", "the quarter-century-old feud":
            // a quarter of the span, as after "a".
            Lex::Fraction(4) if self.quarter_span(i + 1) => {
                c.val = 0.25;
                return Some(c);
            }
            // "a quarter million" without its "a", as "half million eggs":
            // "the quarter million residents", "quarter-million", "a
            // quarter-million-dollar home". (Not after a number or a rank:
            // "three quarter million", "the first quarter billion".)
            Lex::Fraction(4)
                if let Some((e, end, adjective)) = self.share_scale(i + 1)
                    && !(i > 0
                        && (matches!(
                            self.lex(i - 1),
                            Lex::Card(_) | Lex::Tens(_) | Lex::Ordinal(_)
                        ) || (self.lex(i - 1) == Lex::A && !adjective)
                            || self.is_num(i - 1))) =>
            {
                c.exp = i32::from(e);
                c.val = 0.25 * 10f64.powi(c.exp);
                c.end = end;
                return Some(c);
            }
            Lex::Card(_) | Lex::Tens(_) => {}
            _ => return None,
        }
        // Written cardinal: "two hundred and forty thousand", "forty-two".
        #[derive(PartialEq, Clone, Copy)]
        enum Last {
            None,
            Unit,
            Tens,
            Hundred,
            Scale,
            And,
        }
        let mut total = 0.0f64;
        let mut cur = 0.0f64;
        let mut last = Last::None;
        let mut k = i;
        let mut max_exp = 0;
        let n = self.n();
        while k < n {
            if k > i && !self.ws(k) {
                break;
            }
            match self.lex(k) {
                Lex::A if k == i => {
                    cur = 1.0;
                    last = Last::Unit;
                }
                Lex::Hundred if k == i => {
                    cur = 100.0;
                    last = Last::Hundred;
                }
                Lex::Card(v)
                    if matches!(last, Last::None | Last::Hundred | Last::Scale | Last::And) =>
                {
                    cur += v as f64;
                    last = Last::Unit;
                }
                // "twenty three", "one hundred forty five": the tens and
                // the unit written apart, as a hyphen would join them.
                Lex::Card(v @ 1..=9) if last == Last::Tens => {
                    cur += v as f64;
                    last = Last::Unit;
                }
                Lex::Tens(v)
                    if matches!(last, Last::None | Last::Hundred | Last::Scale | Last::And) =>
                {
                    cur += v as f64;
                    last = Last::Tens;
                    // "forty-two", and "forty - two" as some text spaces
                    // the hyphen (no range goes down from forty to two).
                    if self.pu(k + 1) == Some(Pu::Hyphen)
                        && self.glued(k + 1) == self.glued(k + 2)
                        && let Lex::Card(u @ 1..=9) = self.lex(k + 2)
                    {
                        cur += u as f64;
                        last = Last::Unit;
                        k += 2;
                    }
                }
                Lex::Hundred if matches!(last, Last::Unit | Last::Tens) => {
                    cur *= 100.0;
                    last = Last::Hundred;
                }
                Lex::Scale(e) if matches!(last, Last::Unit | Last::Tens | Last::Hundred) => {
                    total += cur * 10f64.powi(e as i32);
                    max_exp = max_exp.max(e as i32);
                    cur = 0.0;
                    last = Last::Scale;
                    // "three lakh crore", "a thousand billion": the larger
                    // scale right after multiplies the group just read.
                    if let Some(e2) = self.stacked_scale(k) {
                        total *= 10f64.powi(i32::from(e2));
                        max_exp += i32::from(e2);
                        k += 1;
                    }
                }
                // "three dozen", "three dozens": as many twelves.
                Lex::Dozen | Lex::Dozens if matches!(last, Last::Unit) => {
                    cur *= 12.0;
                    last = Last::Scale;
                }
                _ if self.is(k, "and")
                    && matches!(last, Last::Hundred | Last::Scale)
                    && matches!(self.lex(k + 1), Lex::Card(_) | Lex::Tens(_)) =>
                {
                    last = Last::And;
                }
                _ => break,
            }
            k += 1;
        }
        if last == Last::None || last == Last::And {
            return None;
        }
        // Whether the words end in a tens ("twenty", "thirty two",
        // "forty-five"): a plural fraction word after it is of the whole.
        let ends_tens = last == Last::Tens
            || (last == Last::Unit
                && k >= i + 2
                && (matches!(self.lex(k - 2), Lex::Tens(_))
                    || (k >= i + 3
                        && self.pu(k - 2) == Some(Pu::Hyphen)
                        && matches!(self.lex(k - 3), Lex::Tens(_)))));
        c.val = total + cur;
        c.exp = max_exp;
        c.end = k;
        c.is_one = k == i + 1 && self.lex(i) == Lex::Card(1);
        // A scale after a hyphen: "a nine-billion population", "a
        // two-million-dollar home".
        if c.exp == 0
            && self.pu(k) == Some(Pu::Hyphen)
            && self.glued(k)
            && self.glued(k + 1)
            && let Lex::Scale(e) = self.lex(k + 1)
        {
            c.val *= 10f64.powi(i32::from(e));
            c.exp = i32::from(e);
            c.end = k + 2;
            c.is_one = false;
            return Some(c);
        }
        // A year read aloud: "nineteen eighty-four", "eighteen seventy".
        // The hundreds from thirteen up (twelve thirty is a time), and no
        // compound after ("fifteen twenty-year-olds").
        if k == i + 1
            && let Lex::Card(h @ 13..=19) = self.lex(i)
            && self.ws(k)
            && let Lex::Tens(t) = self.lex(k)
        {
            let mut v = f64::from(h) * 100.0 + f64::from(t);
            let mut e = k + 1;
            if self.pu(e) == Some(Pu::Hyphen)
                && self.glued(e)
                && self.glued(e + 1)
                && let Lex::Card(u @ 1..=9) = self.lex(e + 1)
            {
                v += f64::from(u);
                e += 2;
            }
            if !(self.pu(e) == Some(Pu::Hyphen) && self.glued(e)) {
                c.val = v;
                c.end = e;
                c.year4 = true;
                return Some(c);
            }
        }
        // A mixed number: "one and a half", "two and a quarter million",
        // "five and three-quarter hours", "a million and a half".
        if self.add_fraction(&mut c, k) {
            c.is_one = false;
        }
        // "one point five"
        if self.is(c.end, "point")
            && c.exp == 0
            && let Lex::Card(d @ 0..=9) = self.lex(c.end + 1)
        {
            let mut scale = 0.1;
            let mut v = c.val + d as f64 * scale;
            let mut k = c.end + 2;
            while let Lex::Card(d @ 0..=9) = self.lex(k) {
                scale /= 10.0;
                v += d as f64 * scale;
                k += 1;
            }
            c.val = v;
            c.end = k;
            c.is_one = false;
            // "three point two million"
            if let Lex::Scale(e) = self.lex(k)
                && self.ws(k)
            {
                c.val *= 10f64.powi(e as i32);
                c.exp = e as i32;
                c.end = k + 1;
            }
        }
        // Fractions: "two-thirds", "one third of", "three quarters", and
        // a plural after a written tens ("twenty-three fifths", "one
        // hundred and thirty-two fifths"), but not "one hundred and three
        // quarters", whose fraction is of the hundred.
        let big_numerator = ends_tens && c.val >= 20.0;
        if c.exp == 0 && c.val >= 1.0 && (c.val < 20.0 || big_numerator) {
            let (fk, hy) = if self.inner_hyphen(c.end) {
                (c.end + 1, true)
            } else {
                (c.end, false)
            };
            let den = match self.lex(fk) {
                // Four quarters and more are periods or coins ("for seven
                // quarters in a row", "twenty-two quarters"), never a
                // whole and a share.
                // Halves make a share only with an odd count ("three
                // halves" is 1.5): "two halves" are the parts of a whole
                // (a match, a deal), "four halves" nobody says.
                Lex::FractionPl(d)
                    if c.val > 1.0 && (d != 4 || c.val < 4.0) && (d != 2 || c.val % 2.0 == 1.0) =>
                {
                    Some(f64::from(d))
                }
                // "one third of", "one-third", and with nothing counted
                // after it, as "a third" is: "fell by one fifth.", "One
                // third were women". ("In one quarter, sales fell" is a
                // period: a quarter needs its "of".)
                Lex::Ordinal(d)
                    if c.val == 1.0 && (3..=10).contains(&d) && (hy || fraction_end(fk + 1)) =>
                {
                    Some(d as f64)
                }
                // "one hundredth of the budget", "one millionth of the
                // vote": only before "of", as "the one hundredth
                // anniversary" ranks.
                Lex::Ordinal(d @ (100 | 1000 | 1_000_000 | 1_000_000_000 | 1_000_000_000_000))
                    if c.val == 1.0 && of_next(fk + 1) =>
                {
                    Some(d as f64)
                }
                Lex::Fraction(d) if c.val == 1.0 && (hy || of_next(fk + 1)) => Some(f64::from(d)),
                Lex::Half if c.val == 1.0 && hy => Some(2.0),
                _ => None,
            };
            if let Some(d) = den {
                c.val /= d;
                c.ratio = true;
                c.end = fk + 1;
                c.is_one = false;
                // "three-quarters of a million", "two-thirds of a billion":
                // that share of the scale, as "a quarter of a million" is.
                if of_next(c.end)
                    && self.lex(c.end + 1) == Lex::A
                    && let Lex::Scale(e) = self.lex(c.end + 2)
                {
                    c.val *= 10f64.powi(i32::from(e));
                    c.exp = i32::from(e);
                    c.ratio = false;
                    c.end += 3;
                } else if of_next(c.end)
                    && self.lex(c.end + 1) == Lex::A
                    && matches!(self.lex(c.end + 2), Lex::Measure(_))
                {
                    // "three-quarters of a mile": that share of the unit.
                    c.ratio = false;
                    c.end += 2;
                } else if self.measure_after(c.end) {
                    // "one-half mile", "a three-quarter-inch gap"
                    c.ratio = false;
                }
            }
        }
        Some(c)
    }
}

impl Parser<'_> {
    /// Adds to the whole number `c` the fraction "and" at `k` gives
    /// ([`Parser::and_fraction`]), and the scale after it ("two and a
    /// quarter million"); after a scale already read, the fraction is of
    /// that scale ("a million and a half" is 1.5 million). Whether there
    /// was one.
    fn add_fraction(&self, c: &mut Core, k: usize) -> bool {
        let Some((frac, e)) = self.and_fraction(c.start, k) else {
            return false;
        };
        // After a scale, a scale after the share makes it a figure of its
        // own ("between two million and a half million"), and a hyphen
        // joins the share to what follows ("2 million and a half-hour
        // later" is no 2.5 million hours).
        if c.exp != 0 && (matches!(self.lex(e), Lex::Scale(_)) || self.pu(e) == Some(Pu::Hyphen)) {
            return false;
        }
        c.val += frac * 10f64.powi(c.exp);
        c.end = e;
        if c.exp == 0
            && let Lex::Scale(s) = self.lex(e)
        {
            c.exp = i32::from(s);
            c.val *= 10f64.powi(c.exp);
            c.end = e + 1;
        }
        true
    }

    /// The fraction that "and" at `k` adds to a whole number, and where it
    /// ends: "and a half", "and a quarter", "and a third" (an ordinal only
    /// where no noun makes it a rank: not "two and a third place"), "and
    /// three quarters", "and three-quarter" (hyphened before a noun), "and
    /// one-half". The numerator is below the denominator. After "between"
    /// (the number starting at `start`), a numerator is the range's other
    /// end: "between two and three quarters of voters" is no 2.75.
    fn and_fraction(&self, start: usize, k: usize) -> Option<(f64, usize)> {
        // What may follow the fraction word at `e - 1`: not "of" ("12 and
        // a third of them were charged" is two figures), and after a
        // hyphen only a unit ("five and three-quarter-hour", not "5 and a
        // quarter-final").
        let end_ok = |e: usize| {
            if self.pu(e) == Some(Pu::Hyphen) && self.glued(e) {
                return matches!(self.lex(e + 1), Lex::Dur(_) | Lex::Measure(_));
            }
            !self.is(e, "of")
        };
        self.fraction_after_and(start, k)
            .filter(|&(_, e)| end_ok(e))
    }

    /// [`Parser::and_fraction`] whatever follows it.
    fn fraction_after_and(&self, start: usize, k: usize) -> Option<(f64, usize)> {
        // Hyphened as one word: "two-and-a-half times", "three-and-a-
        // quarter".
        if self.inner_hyphen(k)
            && self.is(k + 1, "and")
            && self.inner_hyphen(k + 2)
            && self.lex(k + 3) == Lex::A
            && self.inner_hyphen(k + 4)
        {
            return match self.lex(k + 5) {
                Lex::Half => Some((0.5, k + 6)),
                Lex::Fraction(d) => Some((1.0 / f64::from(d), k + 6)),
                _ => None,
            };
        }
        if !self.is(k, "and") || !self.ws(k + 1) {
            return None;
        }
        let between = start > 0 && self.is(start - 1, "between");
        // After an ordinal read as a fraction: nothing it could rank.
        let no_rank = |e: usize| {
            !self.is_word(e)
                || matches!(
                    self.lex(e),
                    Lex::Scale(_)
                        | Lex::Dur(_)
                        | Lex::Measure(_)
                        | Lex::Percent
                        | Lex::CurWord(_)
                        | Lex::Pounds
                )
        };
        match self.lex(k + 1) {
            Lex::A if self.ws(k + 2) => match self.lex(k + 2) {
                Lex::Half => Some((0.5, k + 3)),
                Lex::Fraction(d) => Some((1.0 / f64::from(d), k + 3)),
                Lex::Ordinal(d @ 3..=10) if no_rank(k + 3) => Some((1.0 / d as f64, k + 3)),
                _ => None,
            },
            Lex::Card(n @ 1..=9) if !between => {
                let hy = self.inner_hyphen(k + 2);
                let m = if hy { k + 3 } else { k + 2 };
                if !hy && !self.ws(m) {
                    return None;
                }
                let d = match self.lex(m) {
                    Lex::FractionPl(d) if n > 1 => d,
                    Lex::Fraction(d) if n == 1 || hy => u16::from(d),
                    Lex::Half if n == 1 => 2,
                    Lex::Ordinal(d @ 3..=10) if n == 1 && no_rank(m + 1) => d as u16,
                    _ => return None,
                };
                (u16::from(n) < d).then(|| (f64::from(n) / f64::from(d), m + 1))
            }
            _ => None,
        }
    }

    /// "half-year" at `k` naming a company's accounting period, no
    /// duration: "reported a half-year profit of £3m", "half-year
    /// results".
    fn accounts_half_year(&self, k: usize) -> bool {
        self.is(k, "year")
            && [
                "profit", "profits", "loss", "losses", "results", "earnings", "revenue", "sales",
                "figures", "report", "dividend",
            ]
            .iter()
            .any(|w| self.is(k + 1, w))
    }

    /// The fraction "and" at `k` adds after a unit, and where it ends: "an
    /// hour and a half", "a year and a half ago", "two miles and a quarter
    /// away", "a day and a half of talks". Only where no noun follows that
    /// the fraction could be of: not "two hours and a half-hour break", "5
    /// miles and a half marathon".
    fn unit_fraction(&self, start: usize, k: usize) -> Option<(f64, usize)> {
        // "an hour and half": the "a" left out, after a unit only (after a
        // bare number, "seven and half were" is two counts), and only
        // where the phrase ends, as "and half the budget", "and half of
        // it" are a share of what follows.
        if self.is(k, "and")
            && self.ws(k + 1)
            && self.lex(k + 1) == Lex::Half
            && (!(self.is_word(k + 2) || self.is_num(k + 2))
                || (self.ws(k + 2)
                    && words::is_stop(self.s(k + 2))
                    && !words::is_ordinal_det(self.s(k + 2))
                    && !["of", "these", "those", "some", "all", "them", "us"]
                        .iter()
                        .any(|w| self.is(k + 2, w))))
        {
            return Some((0.5, k + 2));
        }
        let (f, e) = self.fraction_after_and(start, k)?;
        // "24 hours and a quarter of flights were cancelled" is two
        // figures; "a day and a half of talks" one.
        if self.is(e, "of") && !matches!(self.lex(start), Lex::A) {
            return None;
        }
        let free = match self.pu(e) {
            Some(Pu::Hyphen) => !self.glued(e),
            _ => {
                !self.is_word(e)
                    || (self.ws(e)
                        && (words::is_stop(self.s(e)) || words::is_measure_adjective(self.s(e))))
            }
        };
        free.then_some((f, e))
    }
}

mod grammar;

#[cfg(test)]
mod tests;
