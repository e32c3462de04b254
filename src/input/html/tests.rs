//! The body detector, boilerplate rules and text writing on small pages.

use super::*;

/// A page with `head` and `body` markup.
fn page(head: &str, body: &str) -> String {
    format!("<!doctype html><html><head>{head}</head><body>{body}</body></html>")
}

fn text(html: &str) -> String {
    extract_page(html).map(|e| e.text).unwrap_or_default()
}

/// The paragraphs of `html`'s text that are not headings.
fn paragraphs(html: &str) -> Vec<String> {
    text(html)
        .split("\n\n")
        .filter(|p| !p.starts_with('#'))
        .map(str::to_string)
        .collect()
}

const P1: &str = "The council approved a $12-million budget on Tuesday, Mayor Ana Ruiz said.";
const P2: &str = "About 300 residents attended the meeting, according to the clerk's office.";
const P3: &str = "The vote was 5-2, with two members saying the plan cut too deep into parks.";

fn body_paragraphs() -> String {
    format!("<p>{P1}</p><p>{P2}</p><p>{P3}</p>")
}

#[test]
fn an_article_element_is_preferred_to_a_longer_sidebar() {
    let sidebar = "<p>Readers say this long sidebar text, with commas, commas, commas, \
                   is not the story at all, and it runs on and on and on.</p>"
        .repeat(2);
    let html = page(
        "",
        &format!(
            "<div class=\"col\">{sidebar}</div><article>{}</article>",
            body_paragraphs()
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn without_markup_the_densest_container_is_the_body() {
    let teasers = "<div class=\"box\"><a href=\"/a\">Mayor resigns after 12 years in office</a></div>\
                   <div class=\"box\"><a href=\"/b\">Storm leaves 4,000 homes without power</a></div>";
    let html = page(
        "",
        &format!(
            "<div id=\"top\">{teasers}</div><div id=\"wrap\"><div class=\"txt\">{}</div>\
             <div class=\"blurbs\"><p>Short blurb.</p></div></div>",
            body_paragraphs()
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn teaser_articles_do_not_outweigh_the_story() {
    let card =
        |t: &str| format!("<article class=\"card\"><p>{t} and more words here.</p></article>");
    let html = page(
        "",
        &format!(
            "<div class=\"grid\">{}{}</div><div class=\"story\">{}</div>",
            card("Storm leaves 4,000 homes without power"),
            card("Mayor resigns after 12 years in office"),
            body_paragraphs()
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn a_story_split_into_blocks_is_read_whole() {
    // Each paragraph in a block of its own, an ad between them.
    let html = page(
        "",
        &format!(
            "<div class=\"page\"><div class=\"text-block\"><p>{P1}</p></div>\
             <div class=\"ad-slot\"><p>Save 50% on your first 3 months, only today.</p></div>\
             <div class=\"text-block\"><p>{P2}</p></div>\
             <div class=\"text-block\"><p>{P3}</p></div></div>"
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn boilerplate_goes_by_tag_role_class_and_visibility() {
    let html = page(
        "<title>T</title><style>p { color: red }</style>",
        &format!(
            "<nav>Home News Sport</nav><header><p>Breaking: 7 dead in flood warning area.</p></header>\
             <div role=\"navigation\"><p>Menu item with 24 links to more sections.</p></div>\
             <article><p>{P1}</p>\
             <script>var headline = 'Council spends 99 million';</script>\
             <div class=\"newsletter-signup\"><p>Join 250,000 readers of our morning briefing.</p></div>\
             <div class=\"relatedStories\"><p>Budget row: 3 councillors quit over cuts.</p></div>\
             <aside><p>Pull quote: the council approved a $12-million budget.</p></aside>\
             <figure><img src=x><figcaption>Mayor Ana Ruiz on Tuesday. Photograph: 2024 AP</figcaption></figure>\
             <p>{P2}</p>\
             <div style=\"display: none\"><p>Hidden survey: 9 in 10 readers agree with us.</p></div>\
             <div hidden><p>Also hidden: 8 in 10 readers do not.</p></div>\
             <div class=\"cookie-banner\"><p>We and our 847 partners use cookies to store data.</p></div>\
             <p>{P3}</p>\
             <section id=\"comments\"><p>I paid 40% more tax this year, wrote one reader.</p></section>\
             </article><footer><p>© 2024 Gazette, 1,200 staff in 40 countries.</p></footer>"
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn a_class_about_contents_or_a_layout_wrapper_keeps_the_text() {
    // `has-sidebar` describes what the block holds; `sidebar-layout` is a
    // layout word on the block that holds most of the page's text.
    let html = page(
        "",
        &format!(
            "<div class=\"has-sidebar\"><div class=\"container sidebar-layout\">{}</div>\
             <div class=\"sidebar\"><p>Most read: Mayor resigns after 12 years in office.</p></div></div>",
            body_paragraphs()
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn a_cms_taxonomy_class_on_the_story_does_not_set_it_aside() {
    // WordPress's post_class() and Drupal 7's node classes name what the
    // story is filed under; `category-comment` and `node-promoted` once set
    // the whole story aside and read the site's blurb instead.
    let blurb = "<div class=\"site-info\"><p>The Local Voice is an independent, \
                 reader-funded newspaper serving Lincolnshire since 1998.</p></div>";
    for class in [
        "post-2231 post type-post hentry category-comment",
        "post-4821 post type-post hentry category-california tag-social-media",
        "node node-article node-promoted clearfix",
        "node node--type-article node--promoted",
    ] {
        let html = page(
            "",
            &format!(
                "<div id=\"post-1\" class=\"{class}\"><h1>Libraries</h1>\
                 <div class=\"entry-content\">{}</div></div>{blurb}",
                body_paragraphs()
            ),
        );
        assert_eq!(paragraphs(&html), [P1, P2, P3], "{class}");
    }
}

#[test]
fn a_boilerplate_word_that_qualifies_the_body_does_not_set_it_aside() {
    // The Guardian's ad-insertion hook, a paywalled part of the story, an
    // opinion piece's main column.
    for (outer, inner) in [
        (
            "<article>",
            "<div class=\"article-body-commercial-selector article-body-viewer-selector\">",
        ),
        (
            "<article><div class=\"article-free\"></div>",
            "<div class=\"article-subscriber-content\">",
        ),
        (
            "<div class=\"content\">",
            "<div class=\"content__main tonal__main--tone-comment\">",
        ),
    ] {
        let html = page(
            "",
            &format!(
                "{outer}<h1>Bird flu</h1>{inner}{}</div>\
                 <div class=\"comments\"><p>I paid 40% more tax this year, wrote one reader.</p></div></div>",
                body_paragraphs()
            ),
        );
        assert_eq!(paragraphs(&html), [P1, P2, P3], "{inner}");
    }
}

#[test]
fn a_long_class_name_is_read_in_linear_time() {
    // "ad-ad-...-ad-body-x": each boilerplate word once looked back over all
    // the words before it, quadratic in the name (minutes at this size).
    let class = format!("{}body-x", "ad-".repeat(200_000));
    let html = page(
        "",
        &format!(
            "<article><h1>Libraries</h1>{}<div class=\"{class}\"><p>Save 20 percent on your first order this week only.</p></div></article>",
            body_paragraphs()
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn a_class_names_boilerplate_by_its_head_word() {
    let el = |class: &str| {
        let html = Html::parse_fragment(&format!("<div class=\"{class}\"></div>"));
        let words = html
            .tree
            .nodes()
            .filter_map(|n| n.value().as_element())
            .find(|e| e.name() == "div")
            .map(class_words);
        words.unwrap_or_default()
    };
    // The body, qualified.
    assert!(!el("article-body-commercial-selector").strong);
    assert!(!el("article-subscriber-content").strong);
    assert!(!el("tonal__main--tone-comment").strong);
    assert!(!el("post type-post category-comment tag-social-media").strong);
    assert!(!el("node node-promoted").strong);
    // Boilerplate, whatever article word it carries.
    assert!(el("article-body-ad").strong);
    assert!(el("article-body__ad-slot").strong);
    assert!(el("related-content").strong);
    assert!(el("sponsored-content").strong);
    assert!(el("post-meta").strong);
    assert!(el("entry-meta").strong);
    assert!(el("story-related").strong);
    assert!(el("comment-body").strong);
    // An article word before the boilerplate word, but the name ends in it.
    assert!(el("article-content-related-stories").strong);
    assert!(el("main-content-ad-slot").strong);
    assert!(el("d-comment__body").strong);
    assert!(el("card--sponsored").strong);
    assert!(el("post-comments").strong);
}

#[test]
fn the_container_of_the_marked_body_is_not_set_aside_for_its_class() {
    // A layout's class word around `main` or `itemprop=articleBody`; the
    // comments beside it still go.
    for marked in [
        "<main>",
        "<div itemprop=\"articleBody\">",
        "<div role=\"main\">",
    ] {
        let html = page(
            "",
            &format!(
                "<div class=\"layout social-layout\">{marked}{}</div>\
                 <section id=\"comments\"><p>I paid 40% more tax this year, wrote one reader.</p></section></div>",
                body_paragraphs()
            ),
        );
        assert_eq!(paragraphs(&html), [P1, P2, P3], "{marked}");
    }
}

#[test]
fn a_story_set_aside_by_an_unknown_class_word_is_read_without_class_words() {
    // A theme's custom taxonomy class (`section-comment`) on the story: the
    // class words leave only the site's blurb, so the page is read again
    // with the story's containers exempt; class words inside it still apply.
    let html = page(
        "",
        &format!(
            "<div class=\"post type-post section-comment\"><h1>Libraries</h1>\
             <div class=\"entry-content\"><p>{P1}</p><div class=\"ad-slot\"><p>Advertisement: \
             save 50% on your first year, 12 issues for $12.</p></div><p>{P2}</p><p>{P3}</p></div></div>\
             <div class=\"site-info\"><p>The Local Voice is an independent, reader-funded \
             newspaper serving Lincolnshire since 1998.</p></div>"
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn a_short_story_is_not_outweighed_by_long_comments() {
    // The fallback must not read the comments of a short story.
    let comment = "<li class=\"comment\"><div class=\"comment-content\"><p>I have lived here \
                   for 40 years, and I can tell you, with respect, that the council has never once \
                   listened to residents about the budget, the parks or the roads.</p></div></li>";
    let html = page(
        "",
        &format!(
            "<article><h1>Budget</h1><p>{P1}</p><p>{P2}</p></article>\
             <div id=\"comments\"><ol class=\"comment-list\">{}</ol></div>",
            comment.repeat(8)
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2]);
    let html = html
        .replace("<article>", "<div>")
        .replace("</article>", "</div>");
    assert_eq!(paragraphs(&html), [P1, P2]);
}

#[test]
fn a_form_around_the_page_is_a_wrapper_and_a_small_form_goes() {
    // ASP.NET Web Forms wrap every page in one `<form id="form1">`.
    let html = page(
        "",
        &format!(
            "<form method=\"post\" action=\"./Story.aspx?id=88123\" id=\"form1\">\
             <div class=\"story\"><h1>Stadium tax</h1>{}</div></form>",
            body_paragraphs()
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
    // A sign-up form inside the story is still not its text.
    let html = page(
        "",
        &format!(
            "<article><h1>Stadium tax</h1><p>{P1}</p><form action=\"/subscribe\">\
             <p>Get our 7 best stories every morning, free.</p><input type=\"email\"></form>\
             <p>{P2}</p><p>{P3}</p></article>"
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn link_lists_and_link_paragraphs_inside_the_body_go() {
    let html = page(
        "",
        &format!(
            "<article><p>{P1}</p><ul><li><a href=\"/1\">Mayor resigns after 12 years</a></li>\
             <li><a href=\"/2\">Storm leaves 4,000 homes without power</a></li></ul>\
             <p><a href=\"/3\">Read more: the 2023 budget in 10 charts</a></p>\
             <p>{P2} It was <a href=\"/x\">reported</a> first by the <a href=\"/y\">Gazette</a>.</p></article>"
        ),
    );
    assert_eq!(
        paragraphs(&html),
        [
            P1.to_string(),
            format!("{P2} It was reported first by the Gazette.")
        ]
    );
}

#[test]
fn section_labels_and_sign_up_promos_inside_the_body_go() {
    let html = page(
        "",
        &format!(
            "<main><div class=\"head\"><a href=\"/politics\">Politics</a><h1>Budget</h1></div>\
             <div class=\"body\"><p>{P1}</p>\
             <div class=\"box\"><p><b>Get our morning headlines:</b> <a href=\"/newsletter/\">sign up here</a></p></div>\
             <p>{P2} The Fed&#39;s <a href=\"https://fed.example/newsletter/2015\">newsletter</a> said so.</p>\
             <p>{P3}</p></div></main>"
        ),
    );
    assert_eq!(
        paragraphs(&html),
        [
            P1.to_string(),
            format!("{P2} The Fed's newsletter said so."),
            P3.to_string()
        ]
    );
}

#[test]
fn a_link_inside_a_sentence_is_part_of_it() {
    // A donation or registration link that a paragraph reports is not a
    // promo, and an affiliate link's class does not cut a word out of a
    // sentence.
    let donate = "The American Red Cross said people could <a href=\"https://www.redcross.org/donate\">\
                  donate online</a> or by texting REDCROSS to 90999.";
    let register = "Voters have until Oct. 7 to <a href=\"https://elect.ky.gov/register\">register \
                    to vote</a>, the secretary of state said.";
    let deal = "The deal is available at <a class=\"affiliate-link\" href=\"https://amzn.to/x\">Amazon</a> \
                and <a class=\"affiliate-link\" href=\"https://bestbuy.example/x\">Best Buy</a> through Sunday.";
    let html = page(
        "",
        &format!(
            "<article><p>{P1}</p><p>{donate}</p><p>{register}</p><p>{deal}</p>\
             <p><b>Get our morning headlines:</b> <a href=\"/newsletter/\">sign up here</a></p>\
             <p><a class=\"share-button\" href=\"/share\">Share this story</a></p><p>{P2}</p></article>"
        ),
    );
    assert_eq!(
        paragraphs(&html),
        [
            P1,
            "The American Red Cross said people could donate online or by texting REDCROSS to 90999.",
            "Voters have until Oct. 7 to register to vote, the secretary of state said.",
            "The deal is available at Amazon and Best Buy through Sunday.",
            P2
        ]
    );
}

#[test]
fn a_list_or_table_the_article_introduces_is_kept_however_linked() {
    let names = "<ul><li><a href=\"/people/1\">Maria Delgado</a></li>\
                 <li><a href=\"/people/2\">Kevin O'Neill</a></li></ul>";
    let table = "<table><tr><th>Candidate</th><th>Raised</th></tr>\
                 <tr><td><a href=\"/people/1\">Maria Delgado</a></td><td>$1.2 million</td></tr>\
                 <tr><td><a href=\"/people/2\">Kevin O'Neill</a></td><td>$980,000</td></tr></table>";
    let onward = "<p>Related coverage:</p><ul><li><a href=\"/a\">Mayor resigns after 12 years in office</a></li>\
                  <li><a href=\"/b\">Storm leaves 4,000 homes without power</a></li></ul>";
    let html = page(
        "",
        &format!(
            "<article><p>{P1} Two candidates qualified. They are:</p>{names}\
             <p>The board said the candidates had raised the following amounts:</p>{table}{onward}</article>"
        ),
    );
    assert_eq!(
        paragraphs(&html),
        [
            format!("{P1} Two candidates qualified. They are:").as_str(),
            "- Maria Delgado",
            "- Kevin O'Neill",
            "The board said the candidates had raised the following amounts:",
            "Candidate",
            "Raised",
            "Maria Delgado",
            "$1.2 million",
            "Kevin O'Neill",
            "$980,000",
        ]
    );
}

#[test]
fn a_list_after_a_colon_is_checked_in_bounded_time_and_labels_stay_short() {
    // Lists each after the close of a block that holds all the text before
    // it: the whole text was built for each list, quadratic in the page
    // (minutes at this size).
    let mut html = String::from("<article>");
    for _ in 0..3000 {
        html.push_str("<div>");
    }
    for _ in 0..3000 {
        html.push_str(&format!("<p>{P1}</p>"));
    }
    for _ in 0..3000 {
        html.push_str("</div><ul><li><a href=\"/x\">x</a></li></ul>");
    }
    html.push_str("</article>");
    assert!(paragraphs(&page("", &html)).len() >= 3000);
    // A sentence with a label word still introduces its list; a short
    // label does not.
    let list = "<ul><li><a href=\"/a\">Ana Ruiz</a></li><li><a href=\"/b\">Tom Lee</a></li></ul>";
    let html = page(
        "",
        &format!(
            "<article><h1>Libraries</h1>{}<p>See the full list below:</p>{list}</article>",
            body_paragraphs()
        ),
    );
    assert_eq!(
        paragraphs(&html),
        [
            P1,
            P2,
            P3,
            "See the full list below:",
            "- Ana Ruiz",
            "- Tom Lee"
        ]
    );
    let html = page(
        "",
        &format!(
            "<article><h1>Libraries</h1>{}<p>More on this story:</p>{list}</article>",
            body_paragraphs()
        ),
    );
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn table_cells_are_not_page_furniture() {
    let html = page(
        "",
        &format!(
            "<article><h1>Libraries</h1>{}<p>Spending by category rose, the budget office said in its report:</p>\
             <table><tr><td>Advertising</td><td>4.2</td></tr><tr><td>35 minutes</td><td>Sponsored</td></tr></table></article>",
            body_paragraphs()
        ),
    );
    let text = text(&html);
    for cell in ["Advertising", "35 minutes", "Sponsored"] {
        assert!(text.contains(cell), "{cell}: {text}");
    }
}

#[test]
fn a_table_in_a_figure_is_kept_and_an_image_caption_is_not() {
    // WordPress's table block wraps the table in a figure.
    let html = page(
        "",
        &format!(
            "<article><div class=\"entry-content\"><p>{P1}</p>\
             <figure class=\"wp-block-table\"><table><tbody><tr><td>Fairview Elementary</td>\
             <td>212 students</td></tr></tbody></table><figcaption>Source: district</figcaption></figure>\
             <figure class=\"wp-block-image\"><img src=\"x.jpg\"><figcaption>Parents at the \
             meeting on Thursday, when 300 attended.</figcaption></figure><p>{P2}</p></div></article>"
        ),
    );
    assert_eq!(
        paragraphs(&html),
        [P1, "Fairview Elementary", "212 students", P2]
    );
}

#[test]
fn unmarked_page_furniture_on_a_line_of_its_own_goes() {
    // No class says what these are; each is a block of its own.
    let html = page(
        "",
        &format!(
            "<article><h1>Two inmates escape</h1><p>4 min read</p>\
             <p>Updated <time datetime=\"2025-11-19T15:15:00Z\">3:15 PM EST, Wed November 19, 2025</time></p>\
             <p>{P1}</p><div>Advertisement</div><p>Related: <a href=\"/news/2\">Escapee caught</a></p>\
             <p>Story continues below advertisement</p><p>{P2}</p>\
             <div class=\"gallery\"><div class=\"gallery-count\">1 of 12</div></div>\
             <p>Advertisement revenue fell 12% in 2024, the paper said.</p></article>"
        ),
    );
    assert_eq!(
        paragraphs(&html),
        [
            P1,
            P2,
            "Advertisement revenue fell 12% in 2024, the paper said."
        ]
    );
}

#[test]
fn blocks_headings_lists_breaks_and_quotes_are_written_as_the_analysis_reads_them() {
    let html = page(
        "",
        &format!(
            "<article><h1>Budget  passes</h1><p>{P1}</p><h2>What it\n buys</h2>\
             <ul><li>Roads get $1m</li><li>Parks get <b>40</b> new trees</li></ul>\
             <ol start=\"3\"><li>Third</li><li>Fourth</li></ol>\
             <blockquote><p>&ldquo;We kept every library open,&rdquo; Ruiz said.</p></blockquote>\
             <p>Line one<br>line two<br><br>New paragraph with <q>a quote</q> &amp; an&nbsp;entity.</p>\
             <div>Text right in a div, \n\n  with spaces   collapsed.</div></article>"
        ),
    );
    assert_eq!(
        text(&html),
        format!(
            "# Budget passes\n\n{P1}\n\n## What it buys\n\n- Roads get $1m\n\n- Parks get 40 new trees\n\n\
             3. Third\n\n4. Fourth\n\n“We kept every library open,” Ruiz said.\n\n\
             Line one\nline two\n\nNew paragraph with “a quote” & an entity.\n\n\
             Text right in a div, with spaces collapsed."
        )
    );
}

#[test]
fn titles_come_from_og_title_then_the_h1_then_the_title_element() {
    let og = page(
        "<title>Ignored | Gazette</title><meta property=\"og:title\" content=\"Budget passes | Gazette\">\
         <meta property=\"og:site_name\" content=\"Gazette\">",
        &format!("<article><h1>Headline</h1>{}</article>", body_paragraphs()),
    );
    let e = extract_page(&og).unwrap();
    assert_eq!(e.title.as_deref(), Some("Budget passes"));
    // The body's own h1 stays its first line.
    assert!(e.text.starts_with("# Headline\n\n"), "{}", e.text);

    // The h1 of the article's header, which is not body text.
    let h1 = page(
        "<title>Other - Gazette</title>",
        &format!(
            "<article><header><h1>Council Budget Passes</h1><p class=\"dek\">Dek.</p></header>\
             <div class=\"body\">{}</div></article>",
            body_paragraphs()
        ),
    );
    let e = extract_page(&h1).unwrap();
    assert_eq!(e.title.as_deref(), Some("Council Budget Passes"));
    assert_eq!(
        e.text,
        format!("# Council Budget Passes\n\n{P1}\n\n{P2}\n\n{P3}")
    );

    // A WordPress entry header, named by its class.
    let entry = page(
        "<title>Other &#8211; Gazette</title>",
        &format!(
            "<article class=\"post\"><div class=\"entry-header\"><h1 class=\"entry-title\">Budget Passes</h1>\
             <div class=\"entry-meta\">By A. Writer</div></div>\
             <div class=\"entry-content\">{}</div></article>",
            body_paragraphs()
        ),
    );
    let e = extract_page(&entry).unwrap();
    assert_eq!(e.title.as_deref(), Some("Budget Passes"));
    assert_eq!(e.text, format!("# Budget Passes\n\n{P1}\n\n{P2}\n\n{P3}"));

    let title = page(
        "<title>Council budget passes after long night &#8211; Springfield Gazette</title>",
        &format!("<article>{}</article>", body_paragraphs()),
    );
    assert_eq!(
        extract_page(&title).unwrap().title.as_deref(),
        Some("Council budget passes after long night")
    );

    let json_ld = page(
        "<title>x</title><script type=\"application/ld+json\">\
         {\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", \"headline\": \"From JSON-LD\"}]}\
         </script>",
        &format!("<article>{}</article>", body_paragraphs()),
    );
    assert_eq!(
        extract_page(&json_ld).unwrap().title.as_deref(),
        Some("From JSON-LD")
    );
}

#[test]
fn a_page_drawn_by_scripts_falls_back_to_json_ld() {
    let html = page(
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Budget\", \
         \"articleBody\": \"First paragraph, 12 words.\\nSecond one.\"}</script>",
        "<div id=\"root\"></div><script>render()</script>",
    );
    let e = extract_page(&html).unwrap();
    assert_eq!(
        e.text,
        "# Budget\n\nFirst paragraph, 12 words.\n\nSecond one."
    );
}

#[test]
fn no_body_text_is_none() {
    assert_eq!(extract_page(""), None);
    assert_eq!(
        extract_page("<html><body><nav>Home</nav></body></html>"),
        None
    );
    let only_title = page(
        "<title>A title</title>",
        "<h1>A heading</h1><script>x()</script>",
    );
    assert_eq!(extract_page(&only_title), None);
}

#[test]
fn malformed_markup_is_read_as_a_browser_reads_it() {
    let html = format!("<html><body><div><p>{P1}<p>{P2}<div><p>{P3}</body>");
    assert_eq!(paragraphs(&html), [P1, P2, P3]);
}

#[test]
fn short_pages_without_long_paragraphs_are_read_whole() {
    let html = page(
        "",
        "<nav>Home</nav><div><p>Fire at mill.</p><p>Two hurt.</p></div>",
    );
    assert_eq!(text(&html), "Fire at mill.\n\nTwo hurt.");
}

#[test]
fn site_names_are_stripped_sensibly() {
    let cases = [
        ("Storm hits coast | Gazette", None, "Storm hits coast"),
        (
            "Storm hits coast | World news | The Guardian",
            None,
            "Storm hits coast",
        ),
        (
            "The Guardian | Storm hits the coast hard",
            None,
            "Storm hits the coast hard",
        ),
        (
            "Storm hits the coast - BBC News",
            None,
            "Storm hits the coast",
        ),
        (
            "Council votes on budget - again",
            None,
            "Council votes on budget - again",
        ),
        // og:site_name before a colon is the site ("Andes Daily: Quake
        // kills 9" kept the site's name); a colon that is the headline's
        // own stays.
        (
            "Gazette: Storm hits coast",
            Some("Gazette"),
            "Storm hits coast",
        ),
        (
            "Brexit: what happens next",
            Some("Gazette"),
            "Brexit: what happens next",
        ),
        (
            "Gazette: Storm hits coast",
            None,
            "Gazette: Storm hits coast",
        ),
        (
            "Gazette — Storm hits coast",
            Some("gazette"),
            "Storm hits coast",
        ),
        (
            "Storm hits coast – The Daily Ledger",
            Some("The Daily Ledger"),
            "Storm hits coast",
        ),
        ("  Just   a title ", None, "Just a title"),
    ];
    for (title, site, want) in cases {
        assert_eq!(strip_site_name(title, site), want, "{title}");
    }
}

#[test]
fn class_words_split_camel_case_and_pairs() {
    assert_eq!(
        split_words("relatedStories_v2"),
        ["related", "stories", "v2"]
    );
    let el = |class: &str| {
        let html = Html::parse_fragment(&format!("<div class=\"{class}\"></div>"));
        let words = html
            .tree
            .nodes()
            .filter_map(|n| n.value().as_element())
            .find(|e| e.name() == "div")
            .map(class_words);
        words.unwrap()
    };
    assert!(el("pull-quote").strong);
    assert!(el("jp-relatedposts").strong);
    assert!(el("mostRead").strong);
    assert!(!el("has-comments post").strong);
    assert!(!el("commentary-body").strong);
    assert!(!el("shadow head").strong);
    assert_eq!(el("widget-area").layout, Some(Out::Boilerplate));
    assert_eq!(el("entry-header").layout, Some(Out::Header));
    assert_eq!(el("header sidebar").layout, Some(Out::Boilerplate));
    assert!(el("entry-content").content);
}

#[test]
fn nesting_deeper_than_the_limit_loses_its_tags_not_its_text() {
    let normal = page("", &format!("<div><div><p>{P1}</p></div></div>"));
    assert!(matches!(limit_nesting(&normal), Cow::Borrowed(_)));

    let n = MAX_DEPTH * 3;
    let deep = format!("{}<p>{P1}</p>{}", "<div>".repeat(n), "</div>".repeat(n));
    let limited = limit_nesting(&deep);
    assert_eq!(limited.matches("<div>").count(), MAX_DEPTH);
    assert_eq!(limited.matches("</div>").count(), MAX_DEPTH);
    assert_eq!(paragraphs(&deep), [P1]);

    // Scripts, comments and attribute values are not tags.
    let tricky = format!(
        "<div title=\"a > b\"><script>if (a < b) {{ x = '<div>'; }}</script><!-- <div> -->{}</div>",
        "<span>".repeat(10)
    );
    assert!(matches!(limit_nesting(&tricky), Cow::Borrowed(_)));
    // A `</div>` inside a table cell closes nothing (the parser ignores it),
    // so each round nests one `div` deeper.
    let tables = format!(
        "{}<p>{P1}</p>",
        "<div><table><tr><td></div></table>".repeat(MAX_DEPTH * 2)
    );
    assert!(matches!(limit_nesting(&tables), Cow::Owned(_)));
    assert_eq!(paragraphs(&tables), [P1]);
    // Cells and rows close one another: a long table is not deep.
    let rows = format!(
        "<table>{}</table>",
        "<tr><td><div>a</div><td>b</tr>".repeat(2 * MAX_DEPTH)
    );
    assert!(matches!(limit_nesting(&rows), Cow::Borrowed(_)));
    // Self-closing SVG elements do not nest.
    let svg = format!("<svg>{}</svg>", "<path d=\"M0 0\"/>".repeat(2 * MAX_DEPTH));
    assert!(matches!(limit_nesting(&svg), Cow::Borrowed(_)));
}

#[test]
fn word_and_tag_lists_are_sorted_for_binary_search() {
    for list in [
        BOILERPLATE_TAGS,
        STRONG_WORDS,
        STRONG_PAIRS,
        LABEL_WORDS,
        LAYOUT_WORDS,
        CONTENT_WORDS,
        SCOPE_BOUNDARIES,
        CALL_TO_ACTION_TARGETS,
        CALL_TO_ACTION_VERBS,
    ] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of markup, good and bad, to build tag soup from.
    const PIECES: &[&str] = &[
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<table>",
        "<tr>",
        "<td>",
        "</td>",
        "</table>",
        "<a href=\"/x\">",
        "</a>",
        "<br>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<svg>",
        "<path/>",
        "</svg>",
        "<h1>",
        "</h1>",
        "<h2>",
        "<ul>",
        "<li>",
        "</ul>",
        "<ol start=\"9\">",
        "<article>",
        "</article>",
        "<nav>",
        "<q>",
        "</q>",
        "<aside class=\"related\">",
        "<main>",
        "<div class=\"sidebar\">",
        "<title>",
        "</title>",
        "<meta property=\"og:title\" content=\"T\">",
        "<template>",
        "<select>",
        "<option>",
        "<pre>",
        "\n\n",
        "  ",
        "&amp;",
        "&nbsp;",
        "&#xD800;",
        "<",
        ">",
        "\"",
        "'",
        "é",
        "Officials said 12 people, 3 of them children, were hurt. ",
        "“We will rebuild,” the mayor said. ",
        "<div title=\"a > b\">",
        "<br/><br/>",
    ];

    fn soup() -> impl Strategy<Value = String> {
        prop::collection::vec(0..PIECES.len(), 0..200)
            .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
    }

    proptest! {
        #[test]
        fn any_tag_soup_gives_well_formed_text_or_none(html in soup()) {
            if let Some(e) = extract_page(&html) {
                prop_assert!(!e.text.is_empty());
                for p in e.text.split("\n\n") {
                    prop_assert!(!p.is_empty() && p.trim() == p, "{:?}", e.text);
                    prop_assert!(!p.contains("\n\n"));
                }
                if let Some(t) = &e.title {
                    prop_assert!(!t.is_empty() && t.trim() == t);
                }
            }
        }
    }
}
