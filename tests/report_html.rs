//! `claimtrack report --format html`: escaping, highlights, structure, and
//! a page that loads nothing. The output is parsed with an HTML5 parser
//! (`scraper`, html5ever), as a browser would read it.

mod common;
mod report_store;

use std::path::Path;

use common::{claimtrack, fails, seeded_v2};
use report_store::{HOSTILE, add_hostile, live_claims, seed_with_verdicts};
use scraper::{ElementRef, Html, Selector};

const STATUSES: [&str; 7] = [
    "unverified",
    "in-review",
    "verified",
    "misleading",
    "false",
    "unverifiable",
    "needs-recheck",
];

/// `claimtrack report ARGS --format html` in `dir`: the page as text.
fn report(dir: &Path, args: &[&str]) -> String {
    let out = claimtrack(dir)
        .arg("report")
        .args(args)
        .args(["--format", "html"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The page parsed; a page the parser had to repair fails the test.
fn parse(html: &str) -> Html {
    let doc = Html::parse_document(html);
    assert!(doc.errors.is_empty(), "parse errors: {:?}", doc.errors);
    doc
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// The text of an element without the numbered links inside it (a
/// highlight's text, whatever highlights and links are nested in it).
fn own_text(el: ElementRef, out: &mut String) {
    for child in el.children() {
        if let Some(t) = child.value().as_text() {
            out.push_str(t);
        } else if let Some(e) = ElementRef::wrap(child)
            && !e.value().classes().any(|c| c == "ref")
        {
            own_text(e, out);
        }
    }
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

#[test]
fn article_text_stays_text() {
    let dir = seed_with_verdicts();
    add_hostile(dir.path());
    let html = report(dir.path(), &["budget"]);

    // Nothing from the article is markup: no element of it, no handler.
    let lower = html.to_lowercase();
    for needle in [
        "<script",
        "<img",
        "<b>",
        "<a href=\"javascript",
        "href=\"javascript",
    ] {
        assert!(!lower.contains(needle), "{needle} in the page");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Mayor Jane O&#39;Neil &amp; her deputy"));
    let doc = parse(&html);
    for tag in ["script", "img", "b", "iframe", "object", "embed", "form"] {
        assert_eq!(doc.select(&sel(tag)).count(), 0, "a <{tag}> element");
    }
    for el in doc.select(&sel("*")) {
        for (name, _) in el.value().attrs() {
            assert!(!name.starts_with("on"), "an event handler: {name}");
        }
    }

    // ... and reads as it was written, in the title, the text and the table.
    let title: String = doc.select(&sel("title")).next().unwrap().text().collect();
    assert!(title.starts_with("City Budget <script>"), "{title}");
    let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
    assert!(h1.contains("& \"Quotes\" Report"), "{h1}");
    let text: String = doc
        .select(&sel(".article-text"))
        .next()
        .unwrap()
        .text()
        .collect();
    for line in HOSTILE.lines().filter(|l| !l.is_empty()).skip(1) {
        assert!(
            squeeze(&text).contains(&squeeze(line)),
            "{line:?} not shown as text"
        );
    }
    let notes: String = doc
        .select(&sel("td[data-label=notes]"))
        .flat_map(|e| e.text())
        .collect();
    assert!(
        notes.contains("<script>alert(4)</script> & \"so\" 'on'"),
        "{notes}"
    );

    // A javascript: source is shown, not linked; an https one is linked,
    // its & and quotes intact.
    let unlinked: String = doc
        .select(&sel(".unlinked"))
        .flat_map(|e| e.text())
        .collect();
    assert!(unlinked.contains("javascript:alert(5)"), "{unlinked}");
    assert!(
        unlinked.contains("<img src=x onerror=alert(6)>"),
        "{unlinked}"
    );
    let links: Vec<_> = doc
        .select(&sel("a[href^=http]"))
        .map(|a| {
            (
                a.attr("href").unwrap(),
                a.attr("rel"),
                a.text().collect::<String>(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [(
            "https://example.org/q?a=1&b=\"2\"",
            Some("noopener noreferrer"),
            "Tom & Jerry's \"report\"".to_string()
        )]
    );
}

#[test]
fn every_claim_is_highlighted_on_its_own_text() {
    let dir = seed_with_verdicts();
    add_hostile(dir.path());
    let html = report(dir.path(), &[]);
    let doc = parse(&html);
    let claims = live_claims(dir.path());
    assert!(claims.len() > 25, "{}", claims.len());
    for (article, id, status, text) in &claims {
        let section = doc
            .select(&sel(&format!("article#a-{article}")))
            .next()
            .unwrap_or_else(|| panic!("a section for {article}"));
        // Every fragment of the claim's highlight, in order, spells its text.
        let fragments: Vec<ElementRef> = section
            .select(&sel(&format!("mark[data-claim=\"{id}\"]")))
            .collect();
        assert!(!fragments.is_empty(), "{article}/{id} is not highlighted");
        let mut shown = String::new();
        for f in &fragments {
            assert!(
                f.value().classes().any(|c| c == format!("s-{status}")),
                "{article}/{id} is {status}, highlighted as {:?}",
                f.value().attr("class")
            );
            own_text(*f, &mut shown);
        }
        // A nested claim's text is inside its parent's fragments too, so
        // compare the claim with what its own fragments hold.
        assert_eq!(
            squeeze(&shown),
            squeeze(text),
            "{article}/{id}: highlight and claim differ"
        );
        // The first fragment is the anchor; one numbered link goes to the row.
        assert_eq!(
            fragments[0].attr("id"),
            Some(format!("t-{article}-{id}").as_str())
        );
        let refs: Vec<_> = section
            .select(&sel(&format!("a.ref[href=\"#c-{article}-{id}\"]")))
            .collect();
        assert_eq!(refs.len(), 1, "{article}/{id}: one link to its row");
        assert!(
            refs[0]
                .value()
                .classes()
                .any(|c| c == format!("s-{status}"))
        );
        let row = section
            .select(&sel(&format!("tr#c-{article}-{id}")))
            .next()
            .unwrap_or_else(|| panic!("{article}/{id} has a row"));
        let row_status: String = row
            .select(&sel("td[data-label=status]"))
            .flat_map(|e| e.text())
            .collect();
        assert_eq!(&row_status, status);
        let back = row.select(&sel("a[href^='#t-']")).next().unwrap();
        assert_eq!(
            back.attr("href"),
            Some(format!("#t-{article}-{id}").as_str())
        );
    }
    // Ids are unique on the page.
    let mut ids: Vec<&str> = doc
        .select(&sel("[id]"))
        .filter_map(|e| e.attr("id"))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids");
}

#[test]
fn a_quote_over_two_paragraphs_is_highlighted_in_both() {
    let dir = seed_with_verdicts();
    let doc = parse(&report(dir.path(), &["putin-syria-gambit"]));
    let id = report_store::id_of(dir.path(), "We haven't seen a dictator");
    let fragments: Vec<ElementRef> = doc
        .select(&sel(&format!("mark[data-claim=\"{id}\"]")))
        .collect();
    assert_eq!(fragments.len(), 2);
    let paragraph = |m: &ElementRef| {
        m.ancestors()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().name() == "p")
            .map(|p| p.id())
    };
    assert_ne!(paragraph(&fragments[0]), paragraph(&fragments[1]));
    assert!(fragments[0].attr("id").is_some() && fragments[1].attr("id").is_none());
    // The link to the row follows the last fragment.
    let link = fragments[1]
        .next_siblings()
        .find_map(ElementRef::wrap)
        .expect("the link after the highlight");
    assert_eq!(
        link.attr("href"),
        Some(format!("#c-putin-syria-gambit-{id}").as_str())
    );
    let first: String = fragments[0].text().collect();
    assert!(
        first.starts_with("U.S. ambassador") && first.ends_with("long time."),
        "{first}"
    );
}

#[test]
fn a_quote_inside_its_sentence_is_nested_in_it() {
    let dir = seed_with_verdicts();
    let doc = parse(&report(dir.path(), &["putin-syria-gambit"]));
    let inner = doc
        .select(&sel("mark.hl mark.hl"))
        .map(|m| m.text().collect::<String>())
        .collect::<Vec<_>>();
    assert!(
        inner
            .iter()
            .any(|t| t.starts_with("one legitimate conventional army")),
        "{inner:?}"
    );
}

#[test]
fn every_status_has_its_class_and_a_row() {
    let dir = seed_with_verdicts();
    let html = report(dir.path(), &["putin-syria-gambit"]);
    let doc = parse(&html);
    let css: String = doc.select(&sel("style")).flat_map(|e| e.text()).collect();
    for status in STATUSES {
        assert!(
            css.contains(&format!(".s-{status}{{")),
            "no colours for {status}"
        );
        assert!(
            css.contains(&format!("mark.hl.s-{status}{{text-decoration:")),
            "no line style for {status}"
        );
        let marks = doc
            .select(&sel(&format!(
                ".article-text mark.hl.s-{status}[data-claim]"
            )))
            .count();
        assert!(marks > 0, "no {status} highlight");
        let rows = doc
            .select(&sel(&format!("table.claims tr.s-{status}")))
            .count();
        assert!(rows > 0, "no {status} row");
        let legend = doc
            .select(&sel(&format!(".legend mark.s-{status}")))
            .count();
        assert_eq!(legend, 1, "{status} in the legend");
    }
    // The table has one row per live claim, the removed claim its own table.
    let live = live_claims(dir.path()).len();
    assert_eq!(doc.select(&sel("table.claims tbody tr")).count(), live);
    let removed: Vec<_> = doc.select(&sel("table.removed tbody tr")).collect();
    assert_eq!(removed.len(), 1);
    assert!(removed[0].value().classes().any(|c| c == "s-verified"));
    // Sources are links that keep the referrer to themselves.
    let src = doc
        .select(&sel("td[data-label=sources] a"))
        .map(|a| {
            (
                a.attr("href").unwrap().to_string(),
                a.attr("rel").unwrap_or(""),
            )
        })
        .collect::<Vec<_>>();
    assert!(src.contains(&(
        "https://example.org/casualty-report?year=2015&src=un".to_string(),
        "noopener noreferrer"
    )));
    assert!(html.contains("href=\"https://example.org/casualty-report?year=2015&amp;src=un\""));
}

#[test]
fn the_revision_changes_show_words_and_figures() {
    let dir = seed_with_verdicts();
    let doc = parse(&report(dir.path(), &["putin-syria-gambit"]));
    let changes = doc
        .select(&sel("section.changes"))
        .next()
        .expect("a changes section");
    let heading: String = changes.select(&sel("h2")).flat_map(|e| e.text()).collect();
    assert_eq!(heading, "Changes from revision 1 to revision 2");
    let summary: String = changes
        .select(&sel(".summary"))
        .flat_map(|e| e.text())
        .collect();
    assert!(
        summary.contains("4 changed, 2 added, 1 removed"),
        "{summary}"
    );
    let figure = changes
        .select(&sel("li.changed"))
        .find(|li| li.text().any(|t| t.contains("Western powers")))
        .expect("the changed figure");
    let text = |css: &str| -> Vec<String> {
        figure
            .select(&sel(css))
            .map(|e| e.text().collect())
            .collect()
    };
    assert_eq!(text(".diff del"), ["240,000"]);
    assert_eq!(text(".diff ins"), ["250,000"]);
    assert_eq!(text(".figures del"), ["240,000 deaths"]);
    assert_eq!(text(".figures ins"), ["250,000 deaths"]);
    assert_eq!(text(".status"), ["needs-recheck"]);
    assert_eq!(text(".what"), ["quantity"]);
    assert_eq!(changes.select(&sel("li.added")).count(), 2);
    let removed: Vec<String> = changes
        .select(&sel("li.removed del"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(removed.len(), 1);
    assert!(removed[0].starts_with("The Pentagon has confirmed"));
    // A removed claim's link goes to its row in the removed table.
    let link = changes.select(&sel("li.removed a")).next().unwrap();
    let target = link.attr("href").unwrap().trim_start_matches('#');
    assert_eq!(
        doc.select(&sel(&format!("table.removed tr#{target}")))
            .count(),
        1
    );
}

#[test]
fn the_page_loads_nothing() {
    let dir = seed_with_verdicts();
    add_hostile(dir.path());
    let html = report(dir.path(), &[]);
    let doc = parse(&html);
    let csp = doc
        .select(&sel("meta[http-equiv=Content-Security-Policy]"))
        .next()
        .and_then(|m| m.attr("content"))
        .expect("a CSP");
    assert!(
        csp.starts_with("default-src 'none'; style-src 'unsafe-inline'"),
        "{csp}"
    );
    for tag in [
        "script", "link", "img", "iframe", "object", "embed", "base", "form", "audio", "video",
        "source", "picture", "svg",
    ] {
        assert_eq!(doc.select(&sel(tag)).count(), 0, "a <{tag}>");
    }
    for el in doc.select(&sel("*")) {
        let tag = el.value().name();
        for (name, value) in el.value().attrs() {
            match (tag, name) {
                ("a", "href") => assert!(
                    value.starts_with('#')
                        || value.starts_with("https://")
                        || value.starts_with("http://"),
                    "{value}"
                ),
                (_, "href" | "src" | "srcset" | "action" | "formaction" | "poster" | "style") => {
                    panic!("<{tag} {name}={value:?}>")
                }
                // Claim texts, notes and URLs may be in titles and labels.
                (_, "title" | "aria-label") => {}
                _ => assert!(
                    !value.contains("http") && !value.contains("//"),
                    "<{tag} {name}={value:?}>"
                ),
            }
        }
    }
    let css: String = doc.select(&sel("style")).flat_map(|e| e.text()).collect();
    for needle in ["url(", "@import", "http", "//", "@font-face"] {
        assert!(!css.contains(needle), "{needle} in the CSS");
    }
    assert!(css.contains("@media print"));
    assert!(css.contains("prefers-color-scheme: dark"));
    assert!(css.contains("@media (max-width:"));
}

#[test]
fn several_articles_get_a_table_of_contents() {
    let dir = seed_with_verdicts();
    add_hostile(dir.path());
    let doc = parse(&report(dir.path(), &[]));
    let toc: Vec<_> = doc
        .select(&sel("nav.toc a"))
        .map(|a| a.attr("href").unwrap().to_string())
        .collect();
    assert_eq!(toc, ["#a-budget", "#a-putin-syria-gambit"]);
    for target in &toc {
        assert_eq!(doc.select(&sel(&format!("article{target}"))).count(), 1);
    }
    assert_eq!(doc.select(&sel("h1")).count(), 1);
    assert_eq!(doc.select(&sel("article.report > h2")).count(), 2);
    // One article: its title is the heading, and there is no contents.
    let one = parse(&report(dir.path(), &["putin-syria-gambit"]));
    assert_eq!(one.select(&sel("nav.toc")).count(), 0);
    let h1: String = one.select(&sel("h1")).flat_map(|e| e.text()).collect();
    assert_eq!(
        h1,
        "Putin Seizes Initiative on Syria as Obama Readies U.N. Speech"
    );
}

#[test]
fn the_page_is_the_same_every_time() {
    let dir = seeded_v2();
    let a = report(dir.path(), &[]);
    let b = report(dir.path(), &[]);
    assert_eq!(a, b);
    // An article with one revision has no changes section.
    let one = common::seeded();
    let doc = parse(&report(one.path(), &[]));
    assert_eq!(doc.select(&sel("section.changes")).count(), 0);
    assert!(doc.select(&sel("mark.hl[data-claim]")).count() > 20);
}

#[test]
fn an_empty_store_and_errors() {
    let dir = tempfile::TempDir::new().unwrap();
    claimtrack(dir.path()).arg("init").assert().success();
    let doc = parse(&report(dir.path(), &[]));
    let meta: String = doc
        .select(&sel("header .meta"))
        .flat_map(|e| e.text())
        .collect();
    assert_eq!(meta, "0 articles in the store.");
    let e = fails(claimtrack(dir.path()).args(["report", "nope", "--format", "html"]));
    assert!(e.contains("nope"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["report", "../x", "--format", "html"]));
    assert!(e.contains("../x"), "{e}");
    let e = fails(claimtrack(dir.path()).args(["list", "--format", "html"]));
    assert!(e.contains("cannot print --format html"), "{e}");
}

#[test]
fn help_shows_the_html_report() {
    let out = claimtrack(Path::new("."))
        .args(["report", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(
        help.contains("claimtrack report --format html > report.html"),
        "{help}"
    );
}

/// A claim whose span no longer fits the text (a hand edit) is not
/// highlighted, and the page says so instead of failing.
#[test]
fn a_stale_span_is_reported_not_fatal() {
    let dir = seeded_v2();
    let path = dir.path().join("claims/putin-syria-gambit.toml");
    let store = std::fs::read_to_string(&path).unwrap();
    // The first claim's span points past the end, and its text is nowhere.
    let first = store.find("span = [").unwrap();
    let end = first + store[first..].find('\n').unwrap();
    let mut edited = format!(
        "{}span = [999999, 1000000]{}",
        &store[..first],
        &store[end..]
    );
    let text_at = edited.find("\ntext = \"Russia's President").unwrap() + 1;
    edited.insert_str(text_at + "text = \"".len(), "EDITED ");
    std::fs::write(&path, edited).unwrap();
    let doc = parse(&report(dir.path(), &[]));
    let row = doc.select(&sel("table.claims tbody tr")).next().unwrap();
    let notes: String = row.text().collect();
    assert!(notes.contains("Not highlighted"), "{notes}");
    assert_eq!(row.select(&sel("a[href^='#t-']")).count(), 0);
}

/// The example store in `claims/` (hand-edited once: the README says so)
/// reports with every live claim highlighted.
#[test]
fn the_example_store_reports_cleanly() {
    let store = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
    let store = store.to_str().unwrap();
    let dir = tempfile::TempDir::new().unwrap();
    let html = report(dir.path(), &["--store", store]);
    let doc = parse(&html);
    let list = common::json(dir.path(), &["--store", store, "list", "--format", "json"]);
    let mut live: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["removed_in"].is_null())
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let mut marked: Vec<&str> = doc
        .select(&sel(".article-text mark[data-claim]"))
        .filter_map(|m| m.attr("data-claim"))
        .collect();
    live.sort_unstable();
    marked.sort_unstable();
    marked.dedup();
    assert_eq!(marked, live);
}
