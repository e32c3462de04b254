//! Unit tests for the grammar pieces. The broad, data-driven cases live in
//! `tests/cases/figures.toml`.

use super::*;
use proptest::prelude::*;

/// The single figure in `text` (panics when there is not exactly one).
fn one(text: &str) -> Quantity {
    let mut v = find_quantities(text);
    assert_eq!(v.len(), 1, "{text:?}: {v:?}");
    v.remove(0)
}

fn spans(text: &str) -> Vec<&str> {
    find_quantities(text)
        .iter()
        .map(|q| q.span.slice(text))
        .collect()
}

#[track_caller]
fn val(text: &str, kind: QuantityKind, value: f64) -> Quantity {
    let q = one(text);
    assert_eq!(q.kind, kind, "{text:?}: {q:?}");
    let v = q.value.unwrap_or(f64::NAN);
    assert!(
        (v - value).abs() <= 1e-9 * value.abs().max(1.0),
        "{text:?}: {q:?}"
    );
    q
}

#[test]
fn lexicon_lookup() {
    assert_eq!(lex::get(lex::lookup(b"forty")), Lex::Tens(40));
    assert_eq!(lex::get(lex::lookup(b"kilogrammes")), Lex::Measure("kg"));
    assert_eq!(lex::get(lex::lookup(b"september")), Lex::Month(9));
    assert_eq!(lex::get(lex::lookup(b"fortyish")), Lex::None);
    assert_eq!(lex::lookup(b""), 0);
    assert_eq!(lex::lookup(b"abcdefghijklmnopqrstuvwxyz"), 0);
}

#[test]
fn tokenizer_numbers_and_words() {
    let t = "He paid $1,234.50 for 12\u{202F}500 Putin\u{2019}s 3.0.1 items";
    let mut toks = Vec::new();
    tok::tokenize(t, 0, t.len(), &mut toks, &mut Vec::new());
    let texts: Vec<&str> = toks.iter().map(|k| &t[k.start..k.end]).collect();
    assert_eq!(
        texts,
        [
            "He",
            "paid",
            "$",
            "1,234.50",
            "for",
            "12\u{202F}500",
            "Putin\u{2019}s",
            "3.0.1",
            "items"
        ]
    );
    assert!(
        matches!(toks[3].k, tok::K::Num { val, grouped: true, decimal: true, .. } if val == 1234.5)
    );
    assert!(matches!(toks[5].k, tok::K::Num { val, .. } if val == 12500.0));
    assert!(matches!(toks[6].k, tok::K::Word { poss: true, .. }));
    let p = Parser { text: t, t: &toks };
    assert!(p.cap(6) && !p.upper(6) && !p.cap(4) && !p.cap(2));
    assert!(matches!(
        toks[7].k,
        tok::K::Num {
            multi_dot: true,
            ..
        }
    ));
    assert!(!toks[3].ws && toks[2].ws);
}

#[test]
fn parse_digits_is_correctly_rounded() {
    assert_eq!(tok::parse_digits("1.2", 9), 1_200_000_000.0);
    assert_eq!(tok::parse_digits("3,500", 0), 3500.0);
    assert_eq!(tok::parse_digits("0.3", 0), 0.3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// The integer-and-power-of-ten reading of digits gives the decimal
    /// parser's double, bit for bit, for every digit string and scale the
    /// tokenizer and the grammar can pass (short or long, separators, more
    /// than one point).
    #[test]
    fn parse_digits_equals_the_decimal_parser(
        s in "[0-9]{0,20}([.,][0-9]{0,20}){0,3}",
        exp in prop::sample::select(vec![0, 2, 3, 6, 9, 12, 15, 18, 21, 24]),
    ) {
        let (fast, slow) = (tok::parse_digits(&s, exp), tok::parse_digits_slow(&s, exp));
        prop_assert_eq!(fast.to_bits(), slow.to_bits(), "{:?} e{}", s, exp);
    }
}

#[test]
fn digits_with_scales() {
    val("about 1.2m people", QuantityKind::Count, 1_200_000.0);
    val("a 3bn deal", QuantityKind::Count, 3e9);
    val("some 40k fans", QuantityKind::Count, 40_000.0);
    val("4 million", QuantityKind::Count, 4e6);
    val("1.5 billion", QuantityKind::Count, 1.5e9);
}

#[test]
fn written_numbers() {
    val(
        "two hundred and forty thousand",
        QuantityKind::Count,
        240_000.0,
    );
    val("forty-two", QuantityKind::Count, 42.0);
    val("a dozen eggs", QuantityKind::Count, 12.0);
    val("half a dozen eggs", QuantityKind::Count, 6.0);
    val("three million", QuantityKind::Count, 3e6);
    val("a million people", QuantityKind::Count, 1e6);
    val("one and a half million", QuantityKind::Count, 1.5e6);
}

#[test]
fn vague_magnitudes_are_lower_bounds() {
    let q = val("hundreds of people", QuantityKind::Count, 100.0);
    assert_eq!(q.qualifier, Qualifier::AtLeast);
    assert_eq!(q.unit.as_deref(), Some("people"));
    val("tens of thousands of", QuantityKind::Count, 10_000.0);
    val("hundreds of millions of", QuantityKind::Count, 1e8);
    val("millions of", QuantityKind::Count, 1e6);
    val("scores of", QuantityKind::Count, 20.0);
}

#[test]
fn money_forms() {
    for (t, v, code) in [
        ("$500-million", 5e8, "USD"),
        ("$1.2bn", 1.2e9, "USD"),
        ("€3.5 billion", 3.5e9, "EUR"),
        ("£300m", 3e8, "GBP"),
        ("US$12", 12.0, "USD"),
        ("A$5", 5.0, "AUD"),
        ("12 million dollars", 1.2e7, "USD"),
        ("5,000 rubles", 5000.0, "RUB"),
        ("¥100", 100.0, "JPY"),
        ("Rs 50", 50.0, "INR"),
        ("Rs.50", 50.0, "INR"),
        ("GBP 40", 40.0, "GBP"),
        ("40 USD", 40.0, "USD"),
        ("20 million pounds", 2e7, "GBP"),
        ("99p", 0.99, "GBP"),
    ] {
        let q = val(t, QuantityKind::Money, v);
        assert_eq!(q.unit.as_deref(), Some(code), "{t}");
        assert_eq!(q.span.slice(t), t);
    }
    // Pounds without a scale are a weight.
    assert_eq!(one("5 pounds").unit.as_deref(), Some("lb"));
}

#[test]
fn percentages() {
    for t in ["62%", "62 percent", "62 per cent", "62pc"] {
        let q = val(t, QuantityKind::Percent, 62.0);
        assert_eq!(q.unit.as_deref(), Some("percent"));
    }
    assert_eq!(
        one("2 percentage points").unit.as_deref(),
        Some("percentage-point")
    );
}

#[test]
fn ratios() {
    let q = val("one in five", QuantityKind::Percent, 0.2);
    assert_eq!(q.unit.as_deref(), Some("ratio"));
    val("2 out of 3", QuantityKind::Percent, 2.0 / 3.0);
    val("three quarters of", QuantityKind::Percent, 0.75);
    val("a quarter of", QuantityKind::Percent, 0.25);
}

#[test]
fn measures() {
    for (t, u) in [
        ("15km", "km"),
        ("3 miles", "mile"),
        ("20m high", "metre"),
        ("5g", "g"),
        ("5 tonnes", "tonne"),
        ("8kg", "kg"),
        ("40 sq km", "square-km"),
        ("30C", "degree-celsius"),
        ("30°C", "degree-celsius"),
        ("86F", "degree-fahrenheit"),
        ("2 litres", "litre"),
        ("300 acres", "acre"),
    ] {
        let q = one(t);
        assert_eq!(q.kind, QuantityKind::Measure, "{t}");
        assert_eq!(q.unit.as_deref(), Some(u), "{t}");
    }
}

#[test]
fn ranges_and_alternatives() {
    for t in [
        "4 or 5",
        "4 to 5",
        "4-5",
        "4–5",
        "between 4 and 5",
        "from 4 to 5",
    ] {
        let q = one(t);
        assert_eq!(
            (q.low, q.high, q.value),
            (Some(4.0), Some(5.0), None),
            "{t}"
        );
        assert_eq!(q.span.slice(t), t);
    }
    let q = one("between 3 and 4 million");
    assert_eq!((q.low, q.high), (Some(3e6), Some(4e6)));
    // A change is not a range.
    assert_eq!(spans("rose from 4% to 5%"), ["4%", "5%"]);
}

#[test]
fn qualifiers() {
    use Qualifier as Q;
    for (t, q) in [
        ("more than 5", Q::MoreThan),
        ("over 5", Q::MoreThan),
        ("nearly 5", Q::Approx),
        ("almost 5", Q::Approx),
        ("about 5", Q::Approx),
        ("around 5", Q::Approx),
        ("roughly 5", Q::Approx),
        ("some 5", Q::Approx),
        ("an estimated 5", Q::Approx),
        ("as few as 5", Q::Approx),
        ("at least 5", Q::AtLeast),
        ("up to 5", Q::AtMost),
        ("at most 5", Q::AtMost),
        ("no more than 5", Q::AtMost),
        ("as many as 5", Q::AtMost),
        ("fewer than 5", Q::LessThan),
        ("less than 5", Q::LessThan),
        ("under 5", Q::LessThan),
        ("5 or more", Q::AtLeast),
        ("5 or so", Q::Approx),
    ] {
        let f = one(t);
        assert_eq!(f.qualifier, q, "{t}");
        assert_eq!(f.span.slice(t), t);
    }
}

#[test]
fn durations() {
    for (t, v, u) in [
        ("a four-year war", 4.0, "year"),
        ("for a decade", 10.0, "year"),
        ("for 10 years", 10.0, "year"),
        ("a two-week strike", 2.0, "week"),
        ("six months", 6.0, "month"),
        ("over a century", 100.0, "year"),
        ("24-hour", 24.0, "hour"),
        ("half an hour", 0.5, "hour"),
    ] {
        let q = val(t, QuantityKind::Duration, v);
        assert_eq!(q.unit.as_deref(), Some(u), "{t}");
    }
}

#[test]
fn years_and_dates() {
    val("in 2003", QuantityKind::Year, 2003.0);
    val("since 2011", QuantityKind::Year, 2011.0);
    assert_eq!(one("2003 people").kind, QuantityKind::Count);
    assert_eq!(one("2,003").kind, QuantityKind::Count);
    for (t, d) in [
        ("Sept. 28", "--09-28"),
        ("28 September 2015", "2015-09-28"),
        ("September 28, 2015", "2015-09-28"),
        ("2015-09-28", "2015-09-28"),
        ("on Sunday", "sunday"),
        ("last Monday", "monday"),
        ("September 2015", "2015-09"),
        ("the 4th of July", "--07-04"),
    ] {
        let q = one(t);
        assert_eq!(q.kind, QuantityKind::Date, "{t}");
        assert_eq!(q.date.as_deref(), Some(d), "{t}");
    }
    let q = one("between 2011 and 2015");
    assert_eq!(
        (q.kind, q.low, q.high),
        (QuantityKind::Year, Some(2011.0), Some(2015.0))
    );
}

#[test]
fn ordinals_and_ages() {
    let q = val("the fourth arm of", QuantityKind::Ordinal, 4.0);
    assert_eq!(q.unit.as_deref(), Some("arm"));
    val("its 4th", QuantityKind::Ordinal, 4.0);
    val("the third-largest", QuantityKind::Ordinal, 3.0);
    let q = val("a 54-year-old", QuantityKind::Count, 54.0);
    assert_eq!(q.unit.as_deref(), Some("years-old"));
    // "first" without a determiner is an adverb.
    assert!(spans("He first said so").is_empty());
}

#[test]
fn negatives() {
    val("-5", QuantityKind::Count, -5.0);
    val("minus 5", QuantityKind::Count, -5.0);
    val("\u{2212}5", QuantityKind::Count, -5.0);
}

#[test]
fn not_figures() {
    for t in [
        "call 555-1234 now",
        "call +44 20 7946 0958",
        "version v2.1 and 3.0.1",
        "1. First item",
        "at 10:30 or 3pm or 3 p.m.",
        "one of the best",
        "no one came",
        "they helped one another",
        "the one who left",
        "one day he left",
        "at one point",
        "a one-on-one talk",
        "the new ones",
        "a man",
        "CBS News \"60 Minutes.\"",
        "the G7 and MH17",
        "open 24/7",
        "",
        "   ",
    ] {
        assert!(spans(t).is_empty(), "{t:?}: {:?}", spans(t));
    }
}

#[test]
fn typographic_text() {
    let t = "“As few as 4–5 people,” he said\u{00A0}— about 1\u{00A0}000 in all.";
    assert_eq!(spans(t), ["As few as 4–5 people", "about 1\u{00A0}000"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A phrase is plural as its last word (after the last space) is.
    #[test]
    fn a_phrase_is_plural_as_its_last_word(w in "[a-zA-Z ]{0,12}(s|us|ss|people|men)?") {
        let last = w.rsplit(' ').next().unwrap_or(&w);
        prop_assert_eq!(words::is_plural(&w), words::is_plural(last));
    }

    /// Total on any input: no panic, spans in order, disjoint, on char
    /// boundaries.
    #[test]
    fn total_on_any_text(s in "(?s).{0,200}") {
        check_spans(&s);
    }

    /// Same, on text built from the grammar's own pieces.
    #[test]
    fn total_on_figure_soup(parts in proptest::collection::vec(prop::sample::select(vec![
        "4", "1,234", "5.5", "$", "£", "€", "-", "–", " ", " ", "\u{00A0}", "\u{202F}", "m", "bn", "%",
        "one", "two", "hundred", "and", "a", "half", "of", "dozen", "between", "from", "to", "or",
        "more", "than", "year", "-year-old", "Sept", ".", ",", "28", "2015", "Sunday", "fourth",
        "\"", "“", "”", "’s", "Minutes", "people", "in", "th", "s", ":", "/", "+", "(", ")", "é", "\n",
        "rose", "lost", "profit", "penny", "coins", "its", "Of", "angry", "selling", "for",
    ]), 0..40)) {
        let s: String = parts.concat();
        check_spans(&s);
    }
}

/// Phrases of the change, part, spaced-m, penny and "one" rules cut off
/// where the rule looks ahead: the line may end at any token.
#[test]
fn total_on_cut_off_phrases() {
    for s in [
        "rose from 5 to",
        "rose from 30 to ",
        "rose from 30 to %",
        "from to %",
        "4,000 of its",
        "Of its 23,000 employees,",
        "Of , 4,000",
        "lost 5 m",
        "lost 5 m £",
        "a profit of 3 m",
        "3 penny",
        "3 penny coins",
        "one selling for",
        "one selling for £",
        "One angry",
        "One angry PizzaExpress",
    ] {
        check_spans(s);
    }
}

fn check_spans(s: &str) {
    let found = find_quantities(s);
    let mut last = 0;
    for q in &found {
        assert!(q.span.start >= last, "{s:?}: {found:?}");
        assert!(q.span.start < q.span.end && q.span.end <= s.len());
        assert!(s.is_char_boundary(q.span.start) && s.is_char_boundary(q.span.end));
        last = q.span.end;
    }
}

#[test]
#[ignore = "timing; run with --release -- --ignored --nocapture"]
fn throughput() {
    let one = include_str!("../../../tests/fixtures/seed/putin-syria-gambit.v1.txt");
    let text = one.repeat(3000);
    let t = std::time::Instant::now();
    let q = find_quantities(&text).len();
    let secs = t.elapsed().as_secs_f64();
    println!(
        "find_quantities: {:.0} MB/s ({q} figures)",
        text.len() as f64 / 1e6 / secs
    );
}

// A hard-wrapped paragraph broke figures at its line ends: "the four\ncountries"
// lost its counted noun, so re-wrapping an article looked like a figure edit.
#[test]
fn figures_cross_the_line_breaks_of_a_wrapped_paragraph() {
    // Blank lines separate paragraphs, so single line breaks are wrapping.
    let text =
        "Lead.\n\na committee coordinating between the four\ncountries, and the 240,000\ndeaths.";
    let q = find_quantities(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].unit.as_deref(), Some("countries"));
    assert_eq!(q[1].span.slice(text), "240,000\ndeaths");
}

#[test]
fn figures_never_cross_a_paragraph_break() {
    // Blank-line paragraphs, and one paragraph per line when there is no blank line.
    for text in ["He counted 4\n\npeople left.", "He counted 4\npeople left."] {
        let q = find_quantities(text);
        assert_eq!(q.len(), 1, "{text:?}: {q:?}");
        assert_eq!(q[0].unit, None, "{text:?}: {q:?}");
    }
}

// ----- the fast path against the plain one -------------------------------------

/// The fast tokenizer gives the reference's tokens, and lists every token
/// at which the parser, tried there, finds anything.
fn check_fast_path(s: &str) {
    let (mut fast, mut trig, mut slow) = (Vec::new(), Vec::new(), Vec::new());
    tok::tokenize(s, 0, s.len(), &mut fast, &mut trig);
    tok::reference::tokenize(s, 0, s.len(), &mut slow);
    assert_eq!(fast, slow, "{s:?}");
    assert!(trig.windows(2).all(|w| w[0] < w[1]), "{s:?}: {trig:?}");
    let p = Parser { text: s, t: &fast };
    for i in 0..fast.len() {
        if !trig.contains(&(i as u32)) {
            assert!(
                matches!(p.try_at(i, 0), Step::No),
                "{s:?}: token {i} {:?} is not listed but starts something",
                &s[fast[i].start..fast[i].end]
            );
        }
    }
    assert_eq!(find_quantities(s), find_quantities_reference(s), "{s:?}");
}

#[test]
fn fast_path_on_the_seed_articles() {
    for text in [
        include_str!("../../../tests/fixtures/seed/putin-syria-gambit.v1.txt"),
        include_str!("../../../tests/fixtures/seed/putin-syria-gambit.v2.txt"),
    ] {
        assert_eq!(find_quantities(text), find_quantities_reference(text));
        for para in text.split("\n\n") {
            check_fast_path(para);
        }
    }
}

#[test]
fn fast_path_on_every_lexicon_word() {
    for (w, _) in lex::WORDS {
        let cap = {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        for form in [w.to_string(), cap, w.to_uppercase()] {
            for ctx in [
                "{}",
                "a {} ago",
                "the {} 5",
                "{}'s 3",
                "{}\u{2019}s view",
                "{}$5",
                "in {} 2015",
                "5 {} people",
                "a {}-year-old",
                "at {}, 28 Sept.",
                "Ms {} said, \"{}\".",
            ] {
                check_fast_path(&ctx.replace("{}", &form));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any text: the fast path and the plain one agree.
    #[test]
    fn fast_path_equals_reference_on_any_text(s in "(?s).{0,200}") {
        check_fast_path(&s);
    }

    /// Text made of the grammar's own words, currency signs, digits and
    /// punctuation, glued or spaced at random.
    #[test]
    fn fast_path_equals_reference_on_figure_soup(parts in proptest::collection::vec(
        prop_oneof![
            prop::sample::select(lex::WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>())
                .prop_map(String::from),
            prop::sample::select(lex::WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>())
                .prop_map(|w| w.to_uppercase()),
            prop::sample::select(vec![
                "4", "1,234", "5.5", "12 500", "2015", "28", "0.5", "3.0.1", "020", "$", "£", "€",
                "¥", "₹", "-", "–", "—", "\u{2212}", " ", " ", " ", "\u{00A0}", "\u{202F}",
                "%", "°", "\"", "“", "”", "'", "’s", "'s", ".", ",", ":", ";", "/", "+", "(", ")",
                "#", "é", "Ä", "ß", "\n", "\t", "US", "No", "Mr", "The", "people", "deaths",
                "between", "than", "more", "as", "few", "at", "least", "ranked", "number", "the",
                "Monday's", "Sunday", "Minutes", "Central", "Park", "West", "aged", "old", "of",
            ]).prop_map(String::from),
        ],
        0..60,
    )) {
        let s: String = parts.concat();
        check_fast_path(&s);
    }

    /// The same soup with a space between the pieces.
    #[test]
    fn fast_path_equals_reference_on_spaced_soup(parts in proptest::collection::vec(
        prop::sample::select(
            lex::WORDS.iter().map(|(w, _)| *w)
                .chain(["4", "2015", "1,000", "$5", "£3bn", "The", "people", "than", "more",
                    "as", ",", ".", "US$", "between", "and", "to", "or", "ranked", "at", "Sept."])
                .collect::<Vec<_>>(),
        ),
        0..40,
    )) {
        let s = parts.join(" ");
        check_fast_path(&s);
    }
}

#[test]
fn fast_path_on_words_of_every_length() {
    let letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for len in 1..=20 {
        for w in [
            letters[..len].to_string(),
            letters[26..26 + len].to_string(),
            letters[20..20 + len].to_string(),
        ] {
            for ctx in [
                "{}", "{} x", "x {}", "{}'s", "{}é", "é{}", "{}5", "{}$", "({}",
            ] {
                check_fast_path(&ctx.replace("{}", &w));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The parser's byte-level word tests agree with their plain
    /// definitions on the text of the token.
    #[test]
    fn word_tests_match_their_text(
        s in "([A-Za-z]{1,4}|[ÉéÄßİ]|[ '’.,$0-9-]){0,24}",
        w in "[A-Za-z]{1,3}",
    ) {
        let mut toks = Vec::new();
        tok::tokenize(&s, 0, s.len(), &mut toks, &mut Vec::new());
        let p = Parser { text: &s, t: &toks };
        for i in 0..toks.len() + 1 {
            let word = p.is_word(i);
            let text = p.s(i);
            prop_assert_eq!(p.is(i, &w), word && text.eq_ignore_ascii_case(&w));
            prop_assert_eq!(p.cap(i), word && text.chars().next().is_some_and(char::is_uppercase));
            prop_assert_eq!(p.upper(i), word && !text.chars().any(char::is_lowercase));
        }
    }
}

/// The tokenizer's shortcuts for curly punctuation and for words ending in
/// an apostrophe or a curly quote give the reference's tokens, next to
/// every character of the General Punctuation block and every ASCII byte.
#[test]
fn curly_punctuation_and_apostrophes_equal_reference() {
    let marks = ('\u{2000}'..='\u{206F}').chain(['\'', 'é', '\u{00A0}', '$']);
    for m in marks {
        for n in (0u8..128).map(char::from) {
            for s in [
                format!("Assad{m}{n}"),
                format!("Assad{m}s{n}x"),
                format!("don{m}t{n}"),
                format!("they{m}ve{n} 5"),
                format!("{m}{n}three"),
                format!("one{m}{n}"),
                format!("MONDAY{m}S{n}x"),
            ] {
                check_fast_path(&s);
            }
        }
    }
}

/// The word loop's shortcut for ASCII punctuation right after a word
/// ("said," "year." "cuts)"), a space or not after it, gives the
/// reference's tokens next to every ASCII byte, and stops at the
/// paragraph's end when the text goes on past it.
#[test]
fn ascii_punctuation_after_words_equals_reference() {
    for p in (0u8..128).map(char::from) {
        for n in (0u8..128).map(char::from) {
            for s in [
                format!("said{p}{n}three"),
                format!("a{p} {n}dozen"),
                format!("thousands{p}{n}"),
                format!("US{p}$5{n}m"),
                format!("x {p}{n} y"),
            ] {
                check_fast_path(&s);
                for to in (0..=s.len()).filter(|&to| s.is_char_boundary(to)) {
                    let (mut fast, mut slow) = (Vec::new(), Vec::new());
                    tok::tokenize(&s, 0, to, &mut fast, &mut Vec::new());
                    tok::reference::tokenize(&s, 0, to, &mut slow);
                    assert_eq!(fast, slow, "{s:?} to {to}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The one-pass paragraph split gives the paragraphs of the two-pass
    /// one, on texts of lines of text, blank lines of spaces and tabs, and
    /// form feeds.
    #[test]
    fn one_pass_paragraphs_equal_two_pass(parts in proptest::collection::vec(
        prop::sample::select(vec!["a b", "7", "\n", "\n", "\n\n", " ", "\t", "\r\n", "\x0c", "x\n"]),
        0..24,
    )) {
        let text: String = parts.concat();
        let mut one = Vec::new();
        for_each_paragraph(&text, |a, b| one.push((a, b)));
        let mut two = Vec::new();
        for_each_paragraph_two_pass(&text, |a, b| two.push((a, b)));
        prop_assert_eq!(one, two);
    }
}

/// Hundredths are exact: the value a reader types in ("123.45p" is
/// 1.2345), not the product by 0.01 one bit off.
#[test]
fn pence_and_cents_are_exact() {
    assert_eq!(one("Shares closed at 123.45p.").value, Some(1.2345));
    assert_eq!(one("It costs 99.9 cents.").value, Some(0.999));
}

/// Points grouping thousands give the whole number, also with a scale
/// or a decimal comma after them.
#[test]
fn dot_grouped_values() {
    assert_eq!(one("It cost 45.000 euros.").value, Some(45000.0));
    assert_eq!(one("It cost 1.234.567,89 €.").value, Some(1234567.89));
    assert_eq!(one("It cost 1 234,56 €.").value, Some(1234.56));
}
