//! Integration tests of the revision diff, on hand-built claims.

use claimtrack::diff::{
    Change, ChangeKind, DiffClaim, FigureMove, Summary, What, WordTag, diff_claims, moved_figures,
    summary, word_diff,
};
use claimtrack::store::model::{ClaimKind, QuantityRecord};
use claimtrack::text::Span;
use claimtrack::text::numbers::{Qualifier, QuantityKind};
use proptest::prelude::*;

const V1: &str = include_str!("fixtures/seed/putin-syria-gambit.v1.txt");
const V2: &str = include_str!("fixtures/seed/putin-syria-gambit.v2.txt");

// ---------------------------------------------------------------- helpers

fn fig(text: &str, kind: QuantityKind, value: Option<f64>, unit: Option<&str>) -> QuantityRecord {
    QuantityRecord {
        text: text.to_string(),
        kind,
        value,
        low: None,
        high: None,
        unit: unit.map(str::to_string),
        qualifier: Qualifier::Exact,
        date: None,
    }
}

fn count(text: &str, v: f64, unit: &str) -> QuantityRecord {
    fig(text, QuantityKind::Count, Some(v), Some(unit))
}

fn duration(text: &str, v: f64, unit: &str) -> QuantityRecord {
    fig(text, QuantityKind::Duration, Some(v), Some(unit))
}

fn weekday(text: &str, day: &str) -> QuantityRecord {
    QuantityRecord {
        date: Some(day.to_string()),
        ..fig(text, QuantityKind::Date, None, None)
    }
}

fn range(text: &str, low: f64, high: f64, unit: &str) -> QuantityRecord {
    QuantityRecord {
        low: Some(low),
        high: Some(high),
        ..fig(text, QuantityKind::Count, None, Some(unit))
    }
}

/// A claim without a span yet.
fn claim(kind: ClaimKind, text: &str) -> DiffClaim {
    DiffClaim {
        id: None,
        kind,
        text: text.to_string(),
        span: Span::default(),
        speaker: None,
        quote: None,
        quantities: Vec::new(),
    }
}

fn said(mut c: DiffClaim, speaker: &str) -> DiffClaim {
    c.speaker = Some(speaker.to_string());
    c
}

fn quoting(mut c: DiffClaim, words: &str) -> DiffClaim {
    c.quote = Some(words.to_string());
    c
}

fn with(mut c: DiffClaim, q: QuantityRecord) -> DiffClaim {
    c.quantities.push(q);
    c
}

/// Lay claims out one after the other, spans in that order.
fn laid_out(claims: Vec<DiffClaim>) -> Vec<DiffClaim> {
    let mut at = 0;
    claims
        .into_iter()
        .map(|mut c| {
            c.span = Span::new(at, at + c.text.len());
            at += c.text.len() + 1;
            c
        })
        .collect()
}

/// Spans found in the article text (the claim text must occur in it).
fn in_article(text: &str, claims: Vec<DiffClaim>) -> Vec<DiffClaim> {
    claims
        .into_iter()
        .map(|mut c| {
            let start = text
                .find(&c.text)
                .unwrap_or_else(|| panic!("not in the article: {}", c.text));
            c.span = Span::new(start, start + c.text.len());
            c
        })
        .collect()
}

/// One line per entry: `changed [quantity] Western powers say…`.
fn table(old: &[DiffClaim], new: &[DiffClaim], changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .map(|c| {
            let text = match (c.new, c.old) {
                (Some(n), _) => &new[n].text,
                (None, Some(o)) => &old[o].text,
                (None, None) => panic!("an entry with neither side"),
            };
            let head: String = text.chars().take(30).collect();
            let what: Vec<&str> = c
                .what
                .iter()
                .map(|w| match w {
                    What::Quantity => "quantity",
                    What::Speaker => "speaker",
                    What::Quote => "quote",
                    What::Wording => "wording",
                })
                .collect();
            let kind = match c.change {
                ChangeKind::Unchanged => "unchanged",
                ChangeKind::Changed => "changed",
                ChangeKind::Added => "added",
                ChangeKind::Removed => "removed",
            };
            if what.is_empty() {
                format!("{kind} {head}")
            } else {
                format!("{kind} [{}] {head}", what.join(","))
            }
        })
        .collect()
}

fn kinds(changes: &[Change]) -> Vec<ChangeKind> {
    changes.iter().map(|c| c.change).collect()
}

/// Every entry valid: each index used once, `what` only on `changed`.
fn assert_well_formed(old: &[DiffClaim], new: &[DiffClaim], changes: &[Change]) {
    let mut seen_old = vec![false; old.len()];
    let mut seen_new = vec![false; new.len()];
    for c in changes {
        if let Some(o) = c.old {
            assert!(!seen_old[o], "old {o} twice");
            seen_old[o] = true;
        }
        if let Some(n) = c.new {
            assert!(!seen_new[n], "new {n} twice");
            seen_new[n] = true;
        }
        match c.change {
            ChangeKind::Unchanged => {
                assert!(c.what.is_empty() && c.old.is_some() && c.new.is_some())
            }
            ChangeKind::Changed => {
                assert!(!c.what.is_empty() && c.old.is_some() && c.new.is_some())
            }
            ChangeKind::Added => assert!(c.what.is_empty() && c.old.is_none() && c.new.is_some()),
            ChangeKind::Removed => assert!(c.what.is_empty() && c.old.is_some() && c.new.is_none()),
        }
        let mut sorted = c.what.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, c.what, "what sorted and unique");
    }
    assert!(seen_old.iter().all(|&s| s), "every old claim listed");
    assert!(seen_new.iter().all(|&s| s), "every new claim listed");
}

/// Figure moves as `old -> new`, `+ new`, `- old` (surface texts).
fn moves(m: Vec<FigureMove>) -> Vec<String> {
    m.into_iter()
        .map(|m| match (m.old, m.new) {
            (Some(o), Some(n)) => format!("{} -> {}", o.text, n.text),
            (Some(o), None) => format!("- {}", o.text),
            (None, Some(n)) => format!("+ {}", n.text),
            (None, None) => String::new(),
        })
        .collect()
}

// ------------------------------------------------------- the seed article

const KERRY: &str = "John Kerry";
const PUTIN: &str = "Vladimir Putin";

fn seed_claims(text: &str, v2: bool) -> Vec<DiffClaim> {
    use ClaimKind::*;
    let deaths = if v2 { "250,000" } else { "240,000" };
    let line12 = format!(
        "Western powers say Assad's military is responsible for the vast majority of the {deaths} deaths in the four-year war, but Putin said there is only \"one legitimate conventional army\" in Syria."
    );
    let mut claims = vec![
        with(
            claim(
                Statement,
                "Russia's President Vladimir Putin launched a new coalition to battle the Islamic State in Syria on Sunday, as he prepared to confront U.S. rival Barack Obama at the United Nations.",
            ),
            weekday("on Sunday", "sunday"),
        ),
        said(
            claim(
                Attribution,
                "But even as the diplomatic playing pieces are coming into place, the facts on the ground are shifting, with Iraq confirming that it is to share intelligence with Russia, Iran and Syria.",
            ),
            "Iraq",
        ),
        claim(
            Statement,
            "The United States has built its own coalition of mainly Sunni Arab and Western countries to fight the Islamic State group in Iraq and Syria, but Russia is taking another course.",
        ),
        said(
            claim(
                Attribution,
                "As Kerry began talks with Lavrov on the sidelines of the U.N. meeting, he urged Russia not to go it alone.",
            ),
            KERRY,
        ),
        quoting(
            said(
                claim(
                    Quote,
                    "\"I think the critical thing is that all of the efforts need to be coordinated. This is not yet coordinated,\" he said.",
                ),
                KERRY,
            ),
            "I think the critical thing is that all of the efforts need to be coordinated. This is not yet coordinated,",
        ),
        quoting(
            said(
                claim(
                    Quote,
                    "\"I think we have concerns about how we are going to go forward. That is precisely what we are meeting on to talk about now.\"",
                ),
                KERRY,
            ),
            "I think we have concerns about how we are going to go forward. That is precisely what we are meeting on to talk about now.",
        ),
        said(
            claim(
                Attribution,
                "Washington has demanded that Syrian strongman Bashar Assad step down, but Putin's rival alliance with Shiite-led states will instead shore up the beleaguered government in Damascus.",
            ),
            "Washington",
        ),
        with(
            with(
                said(claim(Quantity, &line12), "Western powers"),
                count(
                    &format!("{deaths} deaths"),
                    if v2 { 250_000.0 } else { 240_000.0 },
                    "deaths",
                ),
            ),
            duration("four-year", 4.0, "year"),
        ),
        quoting(
            said(claim(Quote, &line12), PUTIN),
            "one legitimate conventional army",
        ),
        quoting(
            said(
                claim(
                    Quote,
                    "\"We would welcome a common platform for collective action against the terrorists,\" he said, in excerpts released Sunday.",
                ),
                PUTIN,
            ),
            "We would welcome a common platform for collective action against the terrorists,",
        ),
        with(
            claim(
                Quantity,
                if v2 {
                    "Stressing the need to work with Assad to defeat the jihadist threat, Putin mocked the United States' $500-million program to train Syrian anti-IS fighters."
                } else {
                    "Stressing the need to work with Assad to defeat the jihadist threat, Putin mocked the United States' $500-million effort to train Syrian anti-IS fighters."
                },
            ),
            fig(
                "$500-million",
                QuantityKind::Money,
                Some(500_000_000.0),
                Some("USD"),
            ),
        ),
        with(
            quoting(
                said(
                    claim(
                        Quote,
                        "\"As few as 4 or 5 people actually carry weapons, the rest of them have deserted with the American weapons to join ISIS,\" he said.",
                    ),
                    PUTIN,
                ),
                "As few as 4 or 5 people actually carry weapons, the rest of them have deserted with the American weapons to join ISIS,",
            ),
            range("As few as 4 or 5 people", 4.0, 5.0, "people"),
        ),
        said(
            claim(
                Attribution,
                "Washington and its allies counter that Assad triggered the civil war that has given jihadist factions room to grow, and continues to make a political settlement impossible.",
            ),
            "Washington and its allies",
        ),
        claim(
            Statement,
            "Moscow already has a powerful military detachment on a Syrian airbase in government-held territory, equipped with warplanes and tanks, and will now work more closely with neighboring Iraq.",
        ),
        with(
            claim(
                Quantity,
                "Iraq will continue to work with the U.S.-led anti-IS coalition, but the new Russian presence in the capital captured by U.S. forces in 2003 and occupied for a decade sends a powerful signal.",
            ),
            fig("2003", QuantityKind::Year, Some(2003.0), None),
        ),
        said(
            claim(
                Attribution,
                "Separately, the leader of the fourth arm of Putin's anti-IS coalition, President Hassan Rouhani of Iran, said Tehran would be open to discuss \"a new plan of action\" on Syria's future.",
            ),
            "Hassan Rouhani",
        ),
    ];
    if v2 {
        claims.push(with(
            with(
                with(
                    said(claim(Quantity, "The Syrian Observatory for Human Rights, a Britain-based monitor, says more than 4 million Syrians have fled the country since the conflict began in 2011, and nearly 8 million are displaced inside it."), "The Syrian Observatory for Human Rights"),
                    QuantityRecord { qualifier: Qualifier::MoreThan, ..count("more than 4 million Syrians", 4e6, "Syrians") },
                ),
                fig("2011", QuantityKind::Year, Some(2011.0), None),
            ),
            QuantityRecord { qualifier: Qualifier::Approx, ..count("nearly 8 million", 8e6, "") },
        ));
        claims.push(with(
            claim(Quantity, "Washington and its allies refuse to put boots on the ground in Syria, despite the extraordinary chaos after four years of intense bloodshed."),
            duration("four years", 4.0, "year"),
        ));
        claims.push(claim(
            Statement,
            "Russia, by contrast, is ramping up its presence.",
        ));
        claims.push(with(
            said(claim(Attribution, "Saad al-Hadithi, a spokesman for Iraqi Prime Minister Haider al-Abadi's office, told AFP on Sunday that officers from Russia, Iran, Syria and Iraq would work together in Baghdad."), "Saad al-Hadithi"),
            weekday("on Sunday", "sunday"),
        ));
    } else {
        claims.push(with(
            said(claim(Attribution, "The Pentagon has confirmed that one group of U.S.-trained rebels surrendered some of their equipment to an al-Qaida linked militia, apparently in return for safe passage."), "The Pentagon"),
            count("one group", 1.0, "group"),
        ));
        claims.push(with(
            claim(Quantity, "Washington and its allies refuse to put boots on the ground in Syria, despite the extraordinary chaos after four years of intense bloodshed, but Russia is ramping up its presence."),
            duration("four years", 4.0, "year"),
        ));
        claims.push(said(claim(Attribution, "Saad al-Hadithi, a spokesman for Iraqi Prime Minister Haider al-Abadi's office, told AFP that officers from Russia, Iran, Syria and Iraq would work together in Baghdad."), "Saad al-Hadithi"));
    }
    // The input order need not be the text order.
    in_article(text, claims)
}

#[test]
fn seed_article_v1_to_v2_matches_the_checkers_table() {
    let old = seed_claims(V1, false);
    let new = seed_claims(V2, true);
    let changes = diff_claims(&old, &new);
    assert_well_formed(&old, &new, &changes);
    let got = table(&old, &new, &changes);
    let expected = vec![
        "unchanged Russia's President Vladimir Pu",
        "unchanged But even as the diplomatic pla",
        "unchanged The United States has built it",
        "unchanged Washington has demanded that S",
        "unchanged As Kerry began talks with Lavr",
        "unchanged \"I think the critical thing is",
        "unchanged \"I think we have concerns abou",
        "changed [quantity] Western powers say Assad's mil",
        "changed [wording] Western powers say Assad's mil",
        "added The Syrian Observatory for Hum",
        "unchanged \"We would welcome a common pla",
        "changed [wording] Stressing the need to work wit",
        "unchanged \"As few as 4 or 5 people actua",
        "removed The Pentagon has confirmed tha",
        "unchanged Washington and its allies coun",
        "changed [wording] Washington and its allies refu",
        "added Russia, by contrast, is rampin",
        "unchanged Moscow already has a powerful ",
        "changed [quantity] Saad al-Hadithi, a spokesman f",
        "unchanged Iraq will continue to work wit",
        "unchanged Separately, the leader of the ",
    ];
    assert_eq!(got, expected, "\n{got:#?}");
    // The quote claim and the quantity claim on line 12 pair with their own kind.
    for c in &changes {
        if let (Some(o), Some(n)) = (c.old, c.new) {
            assert_eq!(old[o].kind, new[n].kind, "{}", new[n].text);
        }
    }
    assert_eq!(
        summary(&changes),
        Summary {
            unchanged: 13,
            changed: 5,
            added: 2,
            removed: 1
        }
    );
    // The figures that moved, for the table.
    let deaths = changes
        .iter()
        .find(|c| c.what == [What::Quantity] && new[c.new.unwrap()].text.starts_with("Western"))
        .unwrap();
    assert_eq!(
        moves(moved_figures(
            &old[deaths.old.unwrap()],
            &new[deaths.new.unwrap()]
        )),
        vec!["240,000 deaths -> 250,000 deaths"]
    );
    let afp = changes
        .iter()
        .find(|c| c.new.is_some_and(|n| new[n].text.starts_with("Saad")))
        .unwrap();
    assert_eq!(
        moves(moved_figures(
            &old[afp.old.unwrap()],
            &new[afp.new.unwrap()]
        )),
        vec!["+ on Sunday"]
    );
}

#[test]
fn seed_article_reversed_swaps_added_and_removed() {
    let v1 = seed_claims(V1, false);
    let v2 = seed_claims(V2, true);
    let forward = summary(&diff_claims(&v1, &v2));
    let backward_changes = diff_claims(&v2, &v1);
    assert_well_formed(&v2, &v1, &backward_changes);
    let backward = summary(&backward_changes);
    assert_eq!(forward.added, backward.removed);
    assert_eq!(forward.removed, backward.added);
    assert_eq!(forward.changed, backward.changed);
    assert_eq!(forward.unchanged, backward.unchanged);
    // The merge (v2 → v1) is one changed claim plus one removed.
    let got = table(&v2, &v1, &backward_changes);
    let at = got
        .iter()
        .position(|l| l == "changed [wording] Washington and its allies refu")
        .expect("the merged sentence is changed");
    assert_eq!(got[at + 1], "removed Russia, by contrast, is rampin");
}

#[test]
fn seed_article_with_itself_is_unchanged() {
    for (text, v2) in [(V1, false), (V2, true)] {
        let claims = seed_claims(text, v2);
        let changes = diff_claims(&claims, &claims);
        assert_well_formed(&claims, &claims, &changes);
        assert!(changes.iter().all(|c| c.change == ChangeKind::Unchanged));
        for c in &changes {
            assert_eq!(c.old, c.new, "identical inputs pair index with index");
        }
    }
}

// ------------------------------------------------------- single changes

fn one(old: DiffClaim, new: DiffClaim) -> Vec<Change> {
    let old = laid_out(vec![old]);
    let new = laid_out(vec![new]);
    diff_claims(&old, &new)
}

#[test]
fn typography_and_rewrapping_change_nothing() {
    let old = quoting(
        said(
            claim(
                ClaimKind::Quote,
                "\"It's a committee coordinating between the four countries - with representatives of each country,\" he said.",
            ),
            "Saad al-Hadithi",
        ),
        "It's a committee coordinating between the four countries - with representatives of each country,",
    );
    let new = quoting(
        said(
            claim(
                ClaimKind::Quote,
                "“It’s a committee coordinating\nbetween the four\u{a0}countries — with representatives   of each country,” he said.\n",
            ),
            " Saad  al-Hadithi",
        ),
        "It’s a committee coordinating\nbetween the four countries — with representatives of each country,",
    );
    let changes = one(old, new);
    assert_eq!(kinds(&changes), [ChangeKind::Unchanged]);
}

#[test]
fn a_figure_edit_is_a_quantity_change() {
    let old = with(
        claim(
            ClaimKind::Quantity,
            "Western powers say Assad's military is responsible for the 240,000 deaths in the four-year war.",
        ),
        count("240,000 deaths", 240_000.0, "deaths"),
    );
    let new = with(
        claim(
            ClaimKind::Quantity,
            "Western powers say Assad's military is responsible for the 250,000 deaths in the four-year war.",
        ),
        count("250,000 deaths", 250_000.0, "deaths"),
    );
    let changes = one(old, new);
    assert_eq!(changes[0].change, ChangeKind::Changed);
    assert_eq!(changes[0].what, [What::Quantity]);
}

#[test]
fn a_figure_and_a_word_edit_are_both_reported() {
    let old = with(
        claim(
            ClaimKind::Quantity,
            "Western powers say Assad's military is responsible for the 240,000 deaths in the four-year war.",
        ),
        count("240,000 deaths", 240_000.0, "deaths"),
    );
    let new = with(
        claim(
            ClaimKind::Quantity,
            "Western powers say Assad's army is responsible for the 250,000 deaths in the four-year war.",
        ),
        count("250,000 deaths", 250_000.0, "deaths"),
    );
    assert_eq!(one(old, new)[0].what, [What::Quantity, What::Wording]);
}

#[test]
fn the_same_figure_written_another_way_is_wording_only() {
    let mk = |text: &str, surface: &str| {
        with(
            quoting(said(claim(ClaimKind::Quote, text), PUTIN), text),
            range(surface, 4.0, 5.0, "people"),
        )
    };
    let changes = one(
        mk(
            "As few as 4 or 5 people actually carry weapons.",
            "As few as 4 or 5 people",
        ),
        mk(
            "As few as four or five people actually carry weapons.",
            "As few as four or five people",
        ),
    );
    assert_eq!(changes[0].change, ChangeKind::Changed);
    assert_eq!(changes[0].what, [What::Wording]);

    // Without the quote: wording alone.
    let mk = |text: &str, surface: &str| {
        with(
            claim(ClaimKind::Quantity, text),
            fig(surface, QuantityKind::Money, Some(5e8), Some("USD")),
        )
    };
    let changes = one(
        mk(
            "Putin mocked the $500-million effort to train Syrian fighters.",
            "$500-million",
        ),
        mk(
            "Putin mocked the $500 million effort to train Syrian fighters.",
            "$500 million",
        ),
    );
    assert_eq!(changes[0].what, [What::Wording]);
}

#[test]
fn a_speaker_correction_is_a_speaker_change() {
    let text = "\"This is not yet coordinated,\" he said.";
    let mk = |s: &str| {
        quoting(
            said(claim(ClaimKind::Quote, text), s),
            "This is not yet coordinated,",
        )
    };
    let changes = one(mk(KERRY), mk("Sergei Lavrov"));
    assert_eq!(changes[0].change, ChangeKind::Changed);
    assert_eq!(changes[0].what, [What::Speaker]);

    // The name in the text changes with the speaker: still speaker only.
    let old = said(
        claim(
            ClaimKind::Attribution,
            "As talks began, Kerry urged Russia not to go it alone.",
        ),
        KERRY,
    );
    let new = said(
        claim(
            ClaimKind::Attribution,
            "As talks began, Lavrov urged Russia not to go it alone.",
        ),
        "Sergei Lavrov",
    );
    assert_eq!(one(old, new)[0].what, [What::Speaker]);

    // Case is not a correction.
    assert_eq!(
        one(mk(KERRY), mk("john kerry"))[0].change,
        ChangeKind::Unchanged
    );
}

#[test]
fn a_quote_edit_is_a_quote_change() {
    let old = quoting(
        said(
            claim(
                ClaimKind::Quote,
                "\"We would welcome a common platform for collective action against the terrorists,\" he said.",
            ),
            PUTIN,
        ),
        "We would welcome a common platform for collective action against the terrorists,",
    );
    let new = quoting(
        said(
            claim(
                ClaimKind::Quote,
                "\"We would welcome a joint platform for collective action against the terrorists,\" he said.",
            ),
            PUTIN,
        ),
        "We would welcome a joint platform for collective action against the terrorists,",
    );
    assert_eq!(one(old, new)[0].what, [What::Quote]);
}

#[test]
fn an_added_date_figure_is_a_quantity_change() {
    let old = said(
        claim(
            ClaimKind::Attribution,
            "Saad al-Hadithi told AFP that officers would work together in Baghdad.",
        ),
        "Saad al-Hadithi",
    );
    let new = with(
        said(
            claim(
                ClaimKind::Attribution,
                "Saad al-Hadithi told AFP on Sunday that officers would work together in Baghdad.",
            ),
            "Saad al-Hadithi",
        ),
        weekday("Sunday", "sunday"),
    );
    let (o, n) = (laid_out(vec![old]), laid_out(vec![new]));
    let changes = diff_claims(&o, &n);
    assert_eq!(changes[0].what, [What::Quantity]);
    assert_eq!(moves(moved_figures(&o[0], &n[0])), ["+ Sunday"]);
    assert_eq!(moves(moved_figures(&n[0], &o[0])), ["- Sunday"]);
}

// ------------------------------------------------------- order and matching

fn stmt(text: &str) -> DiffClaim {
    claim(ClaimKind::Statement, text)
}

const A: &str = "Moscow already has a powerful military detachment on a Syrian airbase.";
const B: &str =
    "The Pentagon has confirmed that one group of trained rebels surrendered equipment.";
const C: &str = "Iraq will continue to work with the anti-IS coalition led from Washington.";
const D: &str = "Obama and Kerry hope to strengthen the resolve of their own coalition.";
const E: &str = "Tehran would be open to discuss a new plan of action on Syria's future.";

#[test]
fn removed_claims_sit_at_their_old_position() {
    let old = laid_out(vec![stmt(B), stmt(A), stmt(C), stmt(D), stmt(E)]);
    let new = laid_out(vec![stmt(A), stmt(E), stmt(C)]);
    let changes = diff_claims(&old, &new);
    assert_well_formed(&old, &new, &changes);
    let order: Vec<(ChangeKind, &str)> = changes
        .iter()
        .map(|c| {
            let text = c
                .new
                .map_or_else(|| &old[c.old.unwrap()].text, |n| &new[n].text);
            (c.change, &text[..4])
        })
        .collect();
    use ChangeKind::*;
    assert_eq!(
        order,
        [
            (Removed, &B[..4]), // before any paired claim: first
            (Unchanged, &A[..4]),
            (Unchanged, &E[..4]), // moved up
            (Unchanged, &C[..4]),
            (Removed, &D[..4]), // after C, which precedes it in the old text
        ]
    );
}

#[test]
fn entries_follow_new_span_order_not_input_order() {
    let old = laid_out(vec![stmt(A), stmt(B)]);
    let mut new = laid_out(vec![stmt(B), stmt(A), stmt(C)]);
    new.swap(0, 2); // input order C, A, B; text order B, A, C
    let changes = diff_claims(&old, &new);
    let news: Vec<usize> = changes.iter().map(|c| c.new.unwrap()).collect();
    assert_eq!(news, [2, 1, 0]);
}

#[test]
fn duplicates_pair_in_order() {
    let dup = "He declined to comment on the report.";
    let old = laid_out(vec![stmt(dup), stmt(A), stmt(dup)]);
    let new = laid_out(vec![stmt(dup), stmt(A), stmt(dup)]);
    let changes = diff_claims(&old, &new);
    let pairs: Vec<(Option<usize>, Option<usize>)> =
        changes.iter().map(|c| (c.old, c.new)).collect();
    assert_eq!(
        pairs,
        [(Some(0), Some(0)), (Some(1), Some(1)), (Some(2), Some(2))]
    );
}

#[test]
fn duplicate_texts_pair_by_speaker() {
    // The same words attributed to two people; the paragraphs swap.
    let text = "\"This is not yet coordinated,\" he said.";
    let mk = |s: &str| {
        quoting(
            said(claim(ClaimKind::Quote, text), s),
            "This is not yet coordinated,",
        )
    };
    let old = laid_out(vec![mk(KERRY), mk("Sergei Lavrov")]);
    let new = laid_out(vec![mk("Sergei Lavrov"), mk(KERRY)]);
    let changes = diff_claims(&old, &new);
    assert_eq!(
        kinds(&changes),
        [ChangeKind::Unchanged, ChangeKind::Unchanged]
    );
    let pairs: Vec<(Option<usize>, Option<usize>)> =
        changes.iter().map(|c| (c.old, c.new)).collect();
    assert_eq!(pairs, [(Some(1), Some(0)), (Some(0), Some(1))]);
}

#[test]
fn unrelated_claims_are_added_and_removed() {
    let old = laid_out(vec![stmt(A)]);
    let new = laid_out(vec![stmt(B)]);
    let changes = diff_claims(&old, &new);
    // A removed claim with no paired claim before it comes first.
    assert_eq!(kinds(&changes), [ChangeKind::Removed, ChangeKind::Added]);
    assert!(diff_claims(&[], &[]).is_empty());
    assert_eq!(kinds(&diff_claims(&old, &[])), [ChangeKind::Removed]);
    assert_eq!(kinds(&diff_claims(&[], &new)), [ChangeKind::Added]);
}

#[test]
fn a_quote_claim_and_its_sentence_do_not_cross_pair() {
    let v1 = "Putin said there is only \"one legitimate conventional army\" in Syria, a claim Western powers reject.";
    let v2 = "Putin said there is only \"one legitimate conventional army\" in Syria, a claim Western governments reject.";
    let mk = |text: &str, quote_first: bool| {
        let q = quoting(
            said(claim(ClaimKind::Quote, text), PUTIN),
            "one legitimate conventional army",
        );
        let a = said(claim(ClaimKind::Attribution, text), PUTIN);
        let mut v = if quote_first { vec![q, a] } else { vec![a, q] };
        for c in &mut v {
            c.span = Span::new(0, text.len());
        }
        v
    };
    for (qf_old, qf_new) in [(true, false), (false, true), (true, true)] {
        let old = mk(v1, qf_old);
        let new = mk(v2, qf_new);
        let changes = diff_claims(&old, &new);
        for c in &changes {
            assert_eq!(c.change, ChangeKind::Changed);
            assert_eq!(old[c.old.unwrap()].kind, new[c.new.unwrap()].kind);
            assert_eq!(c.what, [What::Wording]);
        }
    }
}

#[test]
fn diffing_is_deterministic() {
    let old = seed_claims(V1, false);
    let new = seed_claims(V2, true);
    let first = diff_claims(&old, &new);
    for _ in 0..5 {
        assert_eq!(diff_claims(&old, &new), first);
    }
}

#[test]
fn many_claims_pair_up() {
    // Ten thousand claims with common words everywhere; every tenth edited,
    // every hundredth dropped, a block moved.
    let words = [
        "minister",
        "army",
        "rebels",
        "council",
        "border",
        "airbase",
        "talks",
        "sanctions",
        "refugees",
        "ceasefire",
        "convoy",
        "province",
        "summit",
        "envoy",
        "militia",
    ];
    let sentence = |i: usize| {
        format!(
            "The {} met the {} in district {} after {} days of {} near the {}.",
            words[i % 15],
            words[(i / 15) % 15],
            i,
            i % 97,
            words[(i * 7) % 15],
            words[(i / 225) % 15]
        )
    };
    let old: Vec<DiffClaim> = laid_out((0..10_000).map(|i| stmt(&sentence(i))).collect());
    let mut new_claims = Vec::new();
    for i in (5_000..5_100).chain(0..5_000).chain(5_100..10_000) {
        if i % 100 == 99 {
            continue;
        }
        let mut s = sentence(i);
        if i % 10 == 3 {
            s = s.replace("met the", "welcomed the");
        }
        new_claims.push(stmt(&s));
    }
    let new = laid_out(new_claims);
    let changes = diff_claims(&old, &new);
    assert_well_formed(&old, &new, &changes);
    let s = summary(&changes);
    assert_eq!(s.removed, 100);
    assert_eq!(s.added, 0);
    assert_eq!(s.changed, 1_000);
    assert_eq!(s.unchanged, 8_900);
    for c in changes.iter().filter(|c| c.change == ChangeKind::Changed) {
        let (o, n) = (c.old.unwrap(), c.new.unwrap());
        assert_eq!(old[o].text.replace("met the", "welcomed the"), new[n].text);
    }
}

#[test]
fn matching_work_is_bounded_per_claim() {
    use claimtrack::matching::{
        MAX_CANDIDATES, MAX_POSTINGS, content_words, pair_claims_with_stats,
    };
    // Ten thousand claims that share all their words: a matcher that
    // compared every pair would score 10^8 of them.
    let text = |i: usize, tail: &str| {
        format!(
            "The minister met the envoy near the border {}{tail}.",
            i % 3
        )
    };
    let old: Vec<DiffClaim> = laid_out((0..10_000).map(|i| stmt(&text(i, ""))).collect());
    let new: Vec<DiffClaim> = laid_out((0..10_000).map(|i| stmt(&text(i, " again"))).collect());
    let (pairs, stats) = pair_claims_with_stats(&old, &new);
    assert!(stats.scored <= MAX_CANDIDATES * new.len(), "{stats:?}");
    let tokens: usize = new.iter().map(|c| content_words(&c.text).len()).sum();
    assert!(stats.index_hits <= MAX_POSTINGS * tokens, "{stats:?}");
    assert!(stats.candidates <= stats.scored, "{stats:?}");
    assert!(pairs.len() >= 9_900, "{} paired", pairs.len());
    // Paired near their own place, not across the archive.
    let far = pairs.iter().filter(|(o, n)| o.abs_diff(*n) > 50).count();
    assert_eq!(far, 0, "{far} pairs far apart");
}

// ------------------------------------------------------- word diff, summary

#[test]
fn word_diff_reproduces_both_sides() {
    let old = "Putin mocked the United States' $500-million effort to train  Syrian fighters.";
    let new =
        "Putin mocked the United States' $500-million program to train Syrian\nanti-IS fighters.";
    let d = word_diff(old, new);
    let side = |keep: WordTag| -> String {
        d.iter()
            .filter(|(t, _)| *t == WordTag::Equal || *t == keep)
            .map(|(_, s)| s.as_str())
            .collect()
    };
    assert_eq!(side(WordTag::Delete), old);
    assert_eq!(side(WordTag::Insert), new);
    assert!(
        d.contains(&(WordTag::Delete, "effort".to_string())),
        "{d:?}"
    );
    assert!(
        d.contains(&(WordTag::Insert, "program".to_string())),
        "{d:?}"
    );
    assert_eq!(
        word_diff("same words", "same words"),
        [(WordTag::Equal, "same words".to_string())]
    );
    assert!(word_diff("", "").is_empty());
}

#[test]
fn summary_counts_and_serializes() {
    let changes = vec![
        Change {
            change: ChangeKind::Unchanged,
            what: vec![],
            old: Some(0),
            new: Some(0),
            merged_from: vec![],
            split_into: vec![],
        },
        Change {
            change: ChangeKind::Changed,
            what: vec![What::Wording],
            old: Some(1),
            new: Some(1),
            merged_from: vec![],
            split_into: vec![],
        },
        Change {
            change: ChangeKind::Added,
            what: vec![],
            old: None,
            new: Some(2),
            merged_from: vec![],
            split_into: vec![],
        },
    ];
    let s = summary(&changes);
    assert_eq!(
        s,
        Summary {
            unchanged: 1,
            changed: 1,
            added: 1,
            removed: 0
        }
    );
    assert_eq!(
        serde_json::to_string(&s).unwrap(),
        r#"{"unchanged":1,"changed":1,"added":1,"removed":0}"#
    );
}

// ------------------------------------------------------- properties

fn sentences() -> impl Strategy<Value = Vec<String>> {
    let word = prop::sample::select(vec![
        "Putin",
        "Kerry",
        "coalition",
        "Syria",
        "the",
        "of",
        "army",
        "Russia",
        "said",
        "rebels",
        "240,000",
        "deaths",
        "four-year",
        "war",
        "Washington",
        "Assad",
        "\"coordinated\"",
        "it's",
        "a",
        "U.S.",
        "in",
        "2003",
        "$500-million",
    ]);
    prop::collection::vec(prop::collection::vec(word, 1..14), 0..40)
        .prop_map(|v| v.into_iter().map(|w| w.join(" ") + ".").collect())
}

fn as_claims(sentences: &[String]) -> Vec<DiffClaim> {
    laid_out(
        sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let kind = [ClaimKind::Statement, ClaimKind::Quote, ClaimKind::Quantity][i % 3];
                let mut c = claim(kind, s);
                if i % 4 == 0 {
                    c.speaker = Some(PUTIN.to_string());
                }
                if s.contains("240,000") {
                    c.quantities
                        .push(count("240,000 deaths", 240_000.0, "deaths"));
                }
                c
            })
            .collect(),
    )
}

/// Typographic quotes, re-wrapped lines and doubled spaces.
fn retype(s: &str, salt: usize) -> String {
    let mut out = String::new();
    let mut open = true;
    for (i, ch) in s.chars().enumerate() {
        match ch {
            '"' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            '\'' => out.push('’'),
            ' ' if (i + salt).is_multiple_of(5) => out.push('\n'),
            ' ' if (i + salt).is_multiple_of(7) => out.push_str("  "),
            _ => out.push(ch),
        }
    }
    out
}

proptest! {
    #[test]
    fn any_claims_with_themselves_are_unchanged(s in sentences()) {
        let claims = as_claims(&s);
        let changes = diff_claims(&claims, &claims);
        prop_assert_eq!(changes.len(), claims.len());
        prop_assert!(changes.iter().all(|c| c.change == ChangeKind::Unchanged));
    }

    #[test]
    fn shuffled_and_retyped_claims_are_unchanged(
        (s, perm) in sentences().prop_flat_map(|s| {
            let n = s.len();
            (Just(s), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        }),
        salt in 0usize..35,
    ) {
        let old = as_claims(&s);
        // The same claims, in another order, in other typography.
        let new: Vec<DiffClaim> = laid_out(
            perm.iter()
                .map(|&i| {
                    let mut c = old[i].clone();
                    c.text = retype(&c.text, salt);
                    c
                })
                .collect(),
        );
        let changes = diff_claims(&old, &new);
        assert_well_formed(&old, &new, &changes);
        prop_assert!(
            changes.iter().all(|c| c.change == ChangeKind::Unchanged),
            "{:?}",
            changes
        );
        // And back.
        let back = diff_claims(&new, &old);
        prop_assert!(back.iter().all(|c| c.change == ChangeKind::Unchanged));
    }

    #[test]
    fn swapping_sides_swaps_added_and_removed(a in sentences(), b in sentences()) {
        let (old, new) = (as_claims(&a), as_claims(&b));
        let f = summary(&diff_claims(&old, &new));
        let changes = diff_claims(&new, &old);
        assert_well_formed(&new, &old, &changes);
        let r = summary(&changes);
        prop_assert_eq!(f.added + f.changed + f.unchanged, new.len());
        prop_assert_eq!(f.removed + f.changed + f.unchanged, old.len());
        prop_assert_eq!(r.added + r.changed + r.unchanged, old.len());
        prop_assert_eq!(r.removed + r.changed + r.unchanged, new.len());
    }
}
