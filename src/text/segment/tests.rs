use super::*;
use proptest::prelude::*;

fn sentences(text: &str) -> Vec<&str> {
    let paras = find_paragraphs(text);
    find_sentences(text, &paras)
        .iter()
        .map(|s| s.span.slice(text))
        .collect()
}

fn paragraphs(text: &str) -> Vec<(&str, bool)> {
    find_paragraphs(text)
        .iter()
        .map(|p| (p.span.slice(text), p.heading))
        .collect()
}

/// The invariants every output must satisfy, whatever the input.
fn check_invariants(text: &str) {
    let paras = find_paragraphs(text);
    let mut prev_end = 0;
    for p in &paras {
        assert!(p.span.start < p.span.end, "empty paragraph {p:?}");
        assert!(p.span.start >= prev_end, "paragraphs overlap");
        let s = text.get(p.span.start..p.span.end).expect("char boundary");
        assert_eq!(s.trim(), s, "paragraph not trimmed");
        prev_end = p.span.end;
    }
    let sents = find_sentences(text, &paras);
    let mut i = 0;
    for (pi, p) in paras.iter().enumerate() {
        let mut cursor = p.span.start;
        let mut first = true;
        while i < sents.len() && sents[i].paragraph == pi {
            let s = sents[i];
            assert_eq!(s.heading, p.heading);
            let body = text.get(s.span.start..s.span.end).expect("char boundary");
            assert!(!body.is_empty());
            assert_eq!(body.trim(), body, "sentence not trimmed: {body:?}");
            let gap = text.get(cursor..s.span.start).expect("gap boundary");
            if first {
                // A list item's marker is the sentence's own: the first
                // sentence starts the paragraph.
                assert!(gap.is_empty(), "sentence does not start the paragraph");
            } else if gap.is_empty() {
                // Touching only where a space went missing after a full
                // stop (and its closing marks): "said.Four more"; or after
                // a wide full stop, which needs none: "走了。他们".
                let before = text[..s.span.start].trim_end_matches(is_closer);
                assert!(
                    (before.ends_with('.') && body.as_bytes()[0].is_ascii_uppercase())
                        || before.ends_with(is_wide_terminal),
                    "sentences touch: {body:?}"
                );
            } else {
                // White space only: no text falls between two sentences,
                // a list marker included ("stark. 2. The").
                assert!(gap.trim().is_empty(), "gap {gap:?}");
            }
            first = false;
            cursor = s.span.end;
            i += 1;
        }
        assert!(!first, "paragraph {pi} without sentences");
        assert_eq!(
            cursor, p.span.end,
            "sentences do not reach the paragraph end"
        );
        if p.heading {
            assert_eq!(
                sents.iter().filter(|s| s.paragraph == pi).count(),
                1,
                "heading split"
            );
        }
    }
    assert_eq!(i, sents.len(), "sentences out of order");
    let _ = find_title(text, &paras);
}

#[test]
fn tables_are_sorted() {
    for w in ABBREVIATIONS.windows(2) {
        assert!(w[0].0 < w[1].0, "{} !< {}", w[0].0, w[1].0);
    }
    for t in [
        SENTENCE_STARTERS,
        SPEECH_VERBS,
        MINOR_WORDS,
        TIME_WORDS,
        TIME_OPENERS,
    ] {
        for w in t.windows(2) {
            assert!(w[0] < w[1], "{} !< {}", w[0], w[1]);
        }
    }
}

#[test]
fn no_abbreviation_is_longer_than_the_lookup_reads() {
    for (a, _) in ABBREVIATIONS {
        assert!(a.len() <= MAX_ABBREVIATION_BYTES, "{a} is longer");
    }
}

#[test]
fn ascii_look_behind_reads_the_word_the_char_loop_reads() {
    for s in [
        "said Mr",
        "in the U.S",
        "JFK Jr.'s",
        "a",
        "",
        "(Phil",
        "“Hello",
        "one’s life",
        "at N°",
        "Zürich",
        "the café",
        "x 0123456789012345678901234567890123456789",
    ] {
        let want = char_token_start(s);
        if let Some(got) = ascii_token_start(s.as_bytes()) {
            assert_eq!(got, want, "{s:?}");
        }
        assert_eq!(token_before(s, 0, s.len()).0, {
            let tok = &s[want..];
            want + (tok.len() - tok.trim_start_matches(|c: char| !c.is_alphanumeric()).len())
        });
    }
}

#[test]
fn module_doc_example() {
    assert_eq!(
        sentences("Mr. Smith paid $3.5m. He left."),
        ["Mr. Smith paid $3.5m.", "He left."]
    );
}

#[test]
fn empty_and_blank() {
    assert!(find_paragraphs("").is_empty());
    assert!(find_paragraphs(" \n\r\n\t \r").is_empty());
    assert!(find_sentences("", &[]).is_empty());
    assert_eq!(find_title("", &[]), None);
}

#[test]
fn line_ends() {
    for sep in ["\n", "\r\n", "\r"] {
        let text = format!("First one here.{sep}Second one here.{sep}");
        assert_eq!(
            paragraphs(&text),
            [("First one here.", false), ("Second one here.", false)],
            "sep {sep:?}"
        );
        let text = format!("First one{sep}wrapped here.{sep}{sep}Second.{sep}");
        let first = format!("First one{sep}wrapped here.");
        assert_eq!(
            paragraphs(&text),
            [(first.as_str(), false), ("Second.", false)]
        );
    }
}

#[test]
fn whitespace_only_lines_are_blank() {
    let text = "A wrapped\nline here.\n   \t\nNext paragraph.";
    assert_eq!(
        paragraphs(text),
        [("A wrapped\nline here.", false), ("Next paragraph.", false)]
    );
}

#[test]
fn markdown() {
    let text = "# The Big Story\nIt began. It went on.\n\n- first item here.\n- second item\n  wrapped.\n\n1. Numbered item.\n2. Another one.";
    let p = paragraphs(text);
    assert_eq!(
        p,
        [
            ("# The Big Story", true),
            ("It began. It went on.", false),
            ("- first item here.", false),
            ("- second item\n  wrapped.", false),
            ("1. Numbered item.", false),
            ("2. Another one.", false),
        ]
    );
    assert_eq!(find_title(text, &find_paragraphs(text)), Some(0));
    assert_eq!(
        sentences("1. The first point. The second."),
        ["1. The first point.", "The second."]
    );
}

#[test]
fn a_list_marker_opens_its_sentence() {
    let text = "Key findings:\n\n- Unemployment fell to 5.1 percent.\n*  Wages rose.\n\u{2022} Prices held.\n12) Rents doubled. Then fell.\n3. Done\n\n-5 degrees was the low.";
    assert_eq!(
        sentences(text),
        [
            "Key findings:",
            "- Unemployment fell to 5.1 percent.",
            "*  Wages rose.",
            "\u{2022} Prices held.",
            "12) Rents doubled.",
            "Then fell.",
            "3. Done",
            "-5 degrees was the low.",
        ]
    );
}

#[test]
fn hashtag_is_not_heading() {
    assert!(!is_markdown_heading("#MeToo"));
    assert!(is_markdown_heading("## Intro"));
    assert!(is_markdown_heading("#"));
}

#[test]
fn headings() {
    let text = "Some text that is long enough to be a sentence here.\n- Mocked U.S. efforts -\nMore text follows. And more.\nBy John Smith\nWhat next?";
    let p = paragraphs(text);
    assert_eq!(
        p,
        [
            (
                "Some text that is long enough to be a sentence here.",
                false
            ),
            ("- Mocked U.S. efforts -", true),
            ("More text follows. And more.", false),
            ("By John Smith", true),
            ("What next?", false),
        ]
    );
    assert_eq!(find_title(text, &find_paragraphs(text)), None);
    let s = find_sentences(text, &find_paragraphs(text));
    assert!(s[1].heading);
    assert_eq!(s[1].span.slice(text), "- Mocked U.S. efforts -");
}

#[test]
fn dash_heading_in_blank_separated_file_stands_alone() {
    let text = "Para one.\n\n- Intense bloodshed -\nWashington refused.\n";
    assert_eq!(
        paragraphs(text),
        [
            ("Para one.", false),
            ("- Intense bloodshed -", true),
            ("Washington refused.", false)
        ]
    );
}

#[test]
fn title_case_title() {
    let text = "Putin's Syria Gambit Puts U.S. on Back Foot at U.N.\nRussia's President launched a coalition. It grew.";
    let p = find_paragraphs(text);
    assert_eq!(find_title(text, &p), Some(0));
    assert!(p[0].heading);
    assert!(!p[1].heading);
    // A short first sentence full of names is not Title Case.
    let text = "U.S. Secretary of State John Kerry met Sergei Lavrov.\nThey talked.";
    let p = find_paragraphs(text);
    assert_eq!(find_title(text, &p), None);
    // A lone line is not a title just for its capitals.
    let text = "Obama Visits Kenya Today.";
    assert_eq!(find_title(text, &find_paragraphs(text)), None);
}

#[test]
fn abbreviations_and_acronyms() {
    assert_eq!(
        sentences(
            "Gen. Smith met Sen. Jones and Dr. Who at 5 p.m. Friday in St. Louis. They talked."
        ),
        [
            "Gen. Smith met Sen. Jones and Dr. Who at 5 p.m. Friday in St. Louis.",
            "They talked."
        ]
    );
    assert_eq!(
        sentences("He lived in the U.S. The next day he left."),
        ["He lived in the U.S.", "The next day he left."]
    );
    assert_eq!(
        sentences("The U.S. Secretary of State spoke. George W. Bush did not."),
        [
            "The U.S. Secretary of State spoke.",
            "George W. Bush did not."
        ]
    );
    assert_eq!(
        sentences("It was the U..N General Assembly. Fine."),
        ["It was the U..N General Assembly.", "Fine."]
    );
    assert_eq!(
        sentences("Revenue rose 3.5 percent to No. 1 in Jan. 2015. Apple Inc. The firm grew."),
        [
            "Revenue rose 3.5 percent to No. 1 in Jan. 2015.",
            "Apple Inc.",
            "The firm grew."
        ]
    );
    assert_eq!(
        sentences("Write to a.b@c.org or visit example.com/a.b. Then wait."),
        ["Write to a.b@c.org or visit example.com/a.b.", "Then wait."]
    );
    assert_eq!(
        sentences("Fruit, e.g. Apples, is good. J. R. Smith agreed."),
        ["Fruit, e.g. Apples, is good.", "J. R. Smith agreed."]
    );
}

#[test]
fn quotes() {
    assert_eq!(
        sentences(r#""This is not yet coordinated," he said. "I think so." He left."#),
        [
            r#""This is not yet coordinated," he said."#,
            r#""I think so.""#,
            "He left."
        ]
    );
    assert_eq!(
        sentences("“Why now?” Obama asked. “Because!” she said. Really? Yes."),
        [
            "“Why now?” Obama asked.",
            "“Because!” she said.",
            "Really?",
            "Yes."
        ]
    );
    assert_eq!(
        sentences("“Why now?” He did not answer."),
        ["“Why now?”", "He did not answer."]
    );
}

#[test]
fn ellipses() {
    assert_eq!(
        sentences("It was ... well, odd. We waited… Nothing came... And then it did."),
        [
            "It was ... well, odd.",
            "We waited…",
            "Nothing came...",
            "And then it did."
        ]
    );
}

#[test]
fn no_final_punctuation_ends_at_paragraph_end() {
    let text =
        "This is a rather long paragraph without any final punctuation mark at all and it goes on";
    assert_eq!(sentences(text), [text]);
}

#[test]
fn invalid_paragraph_spans_are_skipped() {
    let text = "héllo. World.";
    let bad = [
        Paragraph {
            span: Span::new(2, 5),
            heading: false,
        },
        Paragraph {
            span: Span::new(5, 100),
            heading: false,
        },
        Paragraph {
            span: Span::new(7, 3),
            heading: false,
        },
    ];
    assert!(find_sentences(text, &bad).is_empty());
}

#[test]
fn seed_fixture() {
    let text = include_str!("../../../tests/fixtures/seed/putin-syria-gambit.v1.txt");
    check_invariants(text);
    let paras = find_paragraphs(text);
    assert_eq!(paras.len(), 31);
    assert_eq!(find_title(text, &paras), Some(0));
    let headings: Vec<usize> = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| p.heading)
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(headings, [1, 11, 21]);
    let sents = find_sentences(text, &paras);
    for s in &sents {
        let body = s.span.slice(text);
        for bad in ["U.S.", "U.N.", "U..N"] {
            assert!(
                !body.ends_with(bad) || s.heading,
                "sentence ends at {bad}: {body}"
            );
        }
    }
    let last = sents.last().unwrap();
    assert_eq!(
        last.span.slice(text),
        "But only after the Islamic State group is defeated."
    );
    assert_eq!(last.paragraph, 30);
    assert!(!last.heading);
    // Line 8: two sentences, the second keeps its "he said".
    let line8: Vec<&str> = sents
        .iter()
        .filter(|s| s.paragraph == 7)
        .map(|s| s.span.slice(text))
        .collect();
    assert_eq!(
        line8,
        [
            "\"I think the critical thing is that all of the efforts need to be coordinated.",
            "This is not yet coordinated,\" he said."
        ]
    );
}

fn arb_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("U..N".to_string()),
        Just("3.5".to_string()),
        Just("e.g.".to_string()),
        Just("etc.".to_string()),
        Just("No. 1".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’".to_string()),
        Just("…".to_string()),
        Just("...".to_string()),
        Just("—".to_string()),
        Just("- ".to_string()),
        Just("# ".to_string()),
        Just("1. ".to_string()),
        Just("?!".to_string()),
        Just(". ".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("The".to_string()),
        Just("He said".to_string()),
        Just("Smith".to_string()),
        Just("é".to_string()),
        Just("日本".to_string()),
        "[a-zA-Z]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_hold_on_news_like_text(text in arb_text()) {
        check_invariants(&text);
    }

    #[test]
    fn invariants_hold_on_any_string(text in any::<String>()) {
        check_invariants(&text);
    }

    #[test]
    fn sentences_never_panic_on_arbitrary_spans(
        text in arb_text(),
        spans in prop::collection::vec((0usize..200, 0usize..200, any::<bool>()), 0..6),
    ) {
        let paras: Vec<Paragraph> = spans
            .into_iter()
            .map(|(s, e, h)| Paragraph { span: Span::new(s, e), heading: h })
            .collect();
        for s in find_sentences(&text, &paras) {
            prop_assert!(text.get(s.span.start..s.span.end).is_some());
            prop_assert!(!s.span.is_empty());
        }
        let _ = find_title(&text, &paras);
    }
}

// A title hard-wrapped over two lines in a blank-line file became a claim:
// re-wrapping an article must not change what is a title.
#[test]
fn a_wrapped_title_is_still_the_title() {
    let text =
        "Putin's Syria Gambit Puts U.S.\non Back Foot at U.N.\n\nRussia launched a coalition.\n";
    let paragraphs = find_paragraphs(text);
    assert_eq!(find_title(text, &paragraphs), Some(0));
    assert!(paragraphs[0].heading);
}

// Re-wrapping "... at Camp 2. Moro flew ..." put "2." at the start of a line,
// which was taken for a list item: the sentence broke before the number.
#[test]
fn a_wrapped_line_that_starts_with_a_number_is_no_list_item() {
    let text = "Intro.\n\nThe row broke out at Camp\n2. Moro flew back on Tuesday.\n\n1. A real item.\n2. Another item.\n";
    let paragraphs = find_paragraphs(text);
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.span.slice(text)).collect();
    assert_eq!(
        texts,
        [
            "Intro.",
            "The row broke out at Camp\n2. Moro flew back on Tuesday.",
            "1. A real item.",
            "2. Another item."
        ]
    );
}

// Items run on in one paragraph: each next marker of the list the
// paragraph opens with ends an item, and opens the next one.
#[test]
fn inline_list_items_split_at_the_next_marker() {
    for (text, want) in [
        (
            "1. The first item 2. The second item",
            &["1. The first item", "2. The second item"][..],
        ),
        (
            "1) The first item. 2) The second item.",
            &["1) The first item.", "2) The second item."],
        ),
        (
            "1.) The first item 2.) The second item",
            &["1.) The first item", "2.) The second item"],
        ),
        (
            "\u{2022} 9. The first item \u{2022} 10. The second item",
            &["\u{2022} 9. The first item", "\u{2022} 10. The second item"],
        ),
        (
            "\u{2043}9. The first item \u{2043}10. The second item",
            &["\u{2043}9. The first item", "\u{2043}10. The second item"],
        ),
        (
            "a. The first item b. The second item c. The third list item",
            &[
                "a. The first item",
                "b. The second item",
                "c. The third list item",
            ],
        ),
        (
            "a.) The first item b.) The second item",
            &["a.) The first item", "b.) The second item"],
        ),
        // Small letters after the markers: a list only as a run.
        (
            "a) here it is b) another c) one more",
            &["a) here it is", "b) another", "c) one more"],
        ),
        // Not the next marker: a figure, another number, a word.
        (
            "1. Prices rose 2.5 percent in 3. The rest was flat by b. Then",
            &[
                "1. Prices rose 2.5 percent in 3.",
                "The rest was flat by b.",
                "Then",
            ],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text:?}");
        check_invariants(text);
    }
}

// A list that starts after a sentence's end, inside a paragraph: its
// items end at the next marker too, and a lone marker opens its
// sentence.
#[test]
fn a_list_after_a_sentence_splits_at_its_markers() {
    for (text, want) in [
        (
            "Finally, this. 1. The first item 2. The second item 3. Hello",
            &[
                "Finally, this.",
                "1. The first item",
                "2. The second item",
                "3. Hello",
            ][..],
        ),
        (
            "They went to the store. w) hello x) hello y) hello",
            &[
                "They went to the store.",
                "w) hello",
                "x) hello",
                "y) hello",
            ],
        ),
        (
            "C. The last case. 1. This is one.",
            &["C. The last case.", "1. This is one."],
        ),
        // A small letter and a bracket alone are prose.
        (
            "It was fine. a) it went on",
            &["It was fine. a) it went on"],
        ),
    ] {
        assert_eq!(sentences(text), want, "{text:?}");
        check_invariants(text);
    }
}

#[test]
fn ellipses_inside_sentences() {
    // Words left out of a quotation, in brackets.
    assert_eq!(
        sentences("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."),
        ["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."]
    );
    // Spaced dots: three leave words out, a fourth ends the sentence.
    assert_eq!(
        sentences("what I'm saying, the thing is . . . I didn\u{2019}t mean it."),
        ["what I'm saying, the thing is . . . I didn\u{2019}t mean it."]
    );
    assert_eq!(
        sentences("the sentence ends with a period . . . . Next sentence."),
        ["the sentence ends with a period . . . .", "Next sentence."]
    );
    assert_eq!(
        sentences("It was over . . . The crowd left."),
        ["It was over . . .", "The crowd left."]
    );
    // Unspaced, a word before the dots still ends the sentence.
    assert_eq!(
        sentences("It would not attract attention \u{2026} I think the point was clear."),
        [
            "It would not attract attention \u{2026}",
            "I think the point was clear."
        ]
    );
    for text in [
        ". . . . . . . . . . I",
        "a . . . . . . I b",
        "[...] [\u{2026}] I",
    ] {
        check_invariants(text);
    }
}

#[test]
fn a_lone_letter_marker_is_no_sentence_but_the_pronoun_after_one_is() {
    assert_eq!(
        sentences("Q. Why not? A. He was away."),
        ["Q. Why not?", "A. He was away."]
    );
    assert_eq!(
        sentences("I. The charges were dropped. II. The appeal failed."),
        ["I. The charges were dropped.", "II. The appeal failed."]
    );
    assert_eq!(
        sentences("Who did this? I. No! Such a shame."),
        ["Who did this?", "I.", "No!", "Such a shame."]
    );
}

#[test]
fn brackets_after_a_full_stop() {
    // An aside: the sentence goes on after it, or it ends the paragraph
    // with a small letter or digit inside.
    assert_eq!(
        sentences("Apple Inc. (AAPL) rose. Fuel, etc. [not food] fell."),
        ["Apple Inc. (AAPL) rose.", "Fuel, etc. [not food] fell."]
    );
    assert_eq!(
        sentences("It rose 3.3 mos. (range 6 wks. to 12 mos.)"),
        ["It rose 3.3 mos. (range 6 wks. to 12 mos.)"]
    );
    // A sentence in brackets, a capital after the bracket, an unclosed or
    // nested bracket: the full stop ends the sentence.
    assert_eq!(
        sentences("He works at Acme Inc. (The firm declined to comment.) Shares fell."),
        [
            "He works at Acme Inc.",
            "(The firm declined to comment.)",
            "Shares fell."
        ]
    );
    assert_eq!(
        sentences("He works at Acme Inc. (AAPL) Shares fell."),
        ["He works at Acme Inc.", "(AAPL) Shares fell."]
    );
    assert_eq!(
        sentences("He works at Acme Inc. (see (below) here) Shares fell."),
        ["He works at Acme Inc.", "(see (below) here) Shares fell."]
    );
}

#[test]
fn short_cries_in_quotes_keep_their_attribution() {
    assert_eq!(
        sentences("'Hush! Hush!' said the Rabbit. \"No! No! No!\" Smith shouted."),
        [
            "'Hush! Hush!' said the Rabbit.",
            "\"No! No! No!\" Smith shouted."
        ]
    );
    // A full stop inside, or no attribution after: split as before.
    assert_eq!(
        sentences("\"Stop. Stop!\" they said. \"Go! Go!\" The crowd ran."),
        [
            "\"Stop.",
            "Stop!\" they said.",
            "\"Go!",
            "Go!\"",
            "The crowd ran."
        ]
    );
}

// What a sentence's list marker adds is layout to the scorer, which reads
// the sentence after `marker_len` bytes.
#[test]
fn marker_len_measures_the_marker_a_sentence_opens_with() {
    for (sentence, marker) in [
        ("2. Hygiene technician", "2. "),
        ("1.) Prices rose.", "1.) "),
        ("12) Rents doubled.", "12) "),
        ("a) here it is", "a) "),
        ("\u{2022} 9. The first item", "\u{2022} 9. "),
        ("\u{2043}9. The first item", "\u{2043}9. "),
        ("- Unemployment fell.", "- "),
        ("*  Wages rose.", "*  "),
        ("The report made three points.", ""),
        ("I. The charges were dropped.", ""),
        ("-5 degrees was the low.", ""),
        ("2.5 percent was the rate.", ""),
        ("", ""),
    ] {
        assert_eq!(marker_len(sentence), marker.len(), "{sentence:?}");
    }
}

// A headline, a byline or a caption on its own line over the first sentence
// of a blank-line file is no hard wrap: it is far shorter than the file's
// lines and ends no clause, and a capital opens the next line.
#[test]
fn a_short_line_over_a_sentence_in_a_blank_line_file_ends_there() {
    let text = "Floods force thousands from their homes\nBy Tom Reed\nHeavy rain has forced thousands of people to flee their homes in northern Italy, officials said on Monday.\n\nThe army has been deployed.\n";
    let paragraphs = find_paragraphs(text);
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.span.slice(text)).collect();
    assert_eq!(
        texts,
        [
            "Floods force thousands from their homes",
            "By Tom Reed",
            "Heavy rain has forced thousands of people to flee their homes in northern Italy, officials said on Monday.",
            "The army has been deployed.",
        ]
    );
    // A hard wrap near the width, or before a small letter, joins.
    let wrapped = "The council met on Tuesday and the members of the planning\nCommittee said John Smith would chair it, officials said.\n\nThe vote was close.\n";
    assert_eq!(find_paragraphs(wrapped).len(), 2);
}

// Items of a list each stand alone, though an item ends no clause.
#[test]
fn list_items_after_an_item_start_paragraphs_in_a_blank_line_file() {
    let text = "The plan has three parts:\n- higher taxes on tobacco\n- a ban on advertising\n- new funding for clinics\n\nMinisters will vote next week.\n";
    let paragraphs = find_paragraphs(text);
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.span.slice(text)).collect();
    assert_eq!(
        texts,
        [
            "The plan has three parts:",
            "- higher taxes on tobacco",
            "- a ban on advertising",
            "- new funding for clinics",
            "Ministers will vote next week.",
        ]
    );
}
