//! Markdown: the text without its markup, paragraph by paragraph.
//!
//! Parsed by `pulldown-cmark` (CommonMark, with tables, footnotes,
//! strikethrough and front matter). Each paragraph, heading, list item,
//! block quote paragraph, code block and table cell becomes a paragraph of
//! its own ([`Paragraphs`]): headings stay `#` lines, list items start with
//! `- ` or `1. `. Emphasis and links keep their text (the URL goes), code
//! spans keep theirs, images and struck-out text go, and so do inline tags
//! (`<br>` is a line break) and heading attributes (`{#id}`), and emphasis
//! in an image's paragraph after it (its caption). An HTML block is written
//! by the page reader ([`write_html_block`]): its paragraphs, headings and
//! lists stay (`<p class="lead">`), its furniture (scripts, ads, link
//! lists) goes, and an `<aside>` left open takes the Markdown up to its end
//! tag with it. A front matter block (`---` YAML or `+++` TOML at the top)
//! is dropped; its `title` is the article's title.
//!
//! `"---\ntitle: Vote\n---\nThe *council* [voted](http://x) 5-2."` -> text
//! `"# Vote\n\nThe council voted 5-2."`, title `"Vote"`.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::Extracted;
use std::collections::HashMap;

use super::html::{follow_tags, write_html_block};
use super::paragraphs::Paragraphs;

/// Read a Markdown article: its text without markup, and its title (front
/// matter, else a leading `#` heading); `None` when it has no text but
/// headings.
pub fn extract_markdown(markdown: &str) -> Option<Extracted> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        // `## Vaccination rates {#vaccination}`: the attributes are no text.
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut w = Paragraphs::new();
    // Ordered lists: the next item's number; bullet lists: None.
    let mut lists: Vec<Option<u64>> = Vec::new();
    // Inside an image or struck-out text, whose words are not read.
    let mut hidden = 0usize;
    let mut front_matter: Option<String> = None;
    let mut in_front_matter = false;
    // The HTML block being read, if any.
    let mut html: Option<String> = None;
    // The furniture element an HTML block opened (`<aside>`), whose
    // Markdown goes up to the HTML that closes it.
    let mut furniture: Option<Furniture> = None;
    // Block quotes and list items open.
    let mut containers = 0usize;
    // The Markdown in lower case, and where each element name's last end
    // tag is in it: found once, when an HTML block leaves one open.
    let mut lower: Option<String> = None;
    let mut last_close: HashMap<String, Option<usize>> = HashMap::new();
    // Whether the block being read has shown text yet; whether an image
    // with no text before it in its block was the last thing read (line
    // breaks aside; its paragraph's end clears it): emphasis straight
    // after it is the image's caption (`![..](..)` then `*The museum.
    // Photo: AP*`).
    let (mut block_text, mut after_image) = (false, false);
    // Emphasis open now, and the depth the caption's emphasis opened at.
    let mut emphasis = 0usize;
    let mut caption: Option<usize> = None;
    // The caption's words, written after all if text follows it in its
    // line (`*Police* said`: the sentence's emphasis).
    let mut caption_text = String::new();
    let mut events = Parser::new_ext(markdown, options)
        .into_offset_iter()
        .peekable();
    while let Some((event, range)) = events.next() {
        match &event {
            Event::Start(Tag::BlockQuote(_) | Tag::Item) => containers += 1,
            Event::End(TagEnd::BlockQuote(_) | TagEnd::Item) => {
                containers = containers.saturating_sub(1);
            }
            _ => {}
        }
        if let Some(f) = &mut furniture {
            let ends = match &event {
                Event::Html(h) | Event::InlineHtml(h) => f.ends_in(h),
                // (It ends with the quote or list item it opened in.)
                Event::End(_) => containers < f.containers,
                _ => false,
            };
            if ends {
                furniture = None;
                hidden = hidden.saturating_sub(1);
            }
            // (Blocks still open and close, so that the paragraphs around
            // the furniture stay apart.)
            if !matches!(event, Event::Start(_) | Event::End(_)) {
                continue;
            }
        }
        match &event {
            Event::Start(Tag::Paragraph) => block_text = false,
            Event::Start(Tag::Emphasis | Tag::Strong) => {
                if after_image && !block_text && hidden == 0 && caption.is_none() {
                    caption = Some(emphasis);
                    caption_text.clear();
                    hidden += 1;
                }
                emphasis += 1;
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                emphasis = emphasis.saturating_sub(1);
                if caption == Some(emphasis) {
                    caption = None;
                    hidden = hidden.saturating_sub(1);
                    after_image = false;
                    let line_ends = matches!(
                        events.peek().map(|(e, _)| e),
                        None | Some(
                            Event::End(TagEnd::Paragraph) | Event::SoftBreak | Event::HardBreak
                        )
                    );
                    if !line_ends {
                        w.text(&caption_text);
                        block_text = true;
                    }
                }
            }
            Event::End(TagEnd::Image) => after_image = !block_text,
            // (A caption is in the image's paragraph: emphasis after a
            // blank line is the story's, a bold lede under a hero image.)
            Event::End(TagEnd::Paragraph) => after_image = false,
            Event::SoftBreak | Event::HardBreak if caption.is_some() => caption_text.push(' '),
            Event::Start(Tag::Image { .. })
            | Event::End(_)
            | Event::SoftBreak
            | Event::HardBreak => {}
            Event::Text(t) | Event::Code(t) if caption.is_some() && hidden == 1 => {
                caption_text.push_str(t);
            }
            Event::Text(_) if hidden > 0 => {}
            _ => (block_text, after_image) = (true, false),
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::FootnoteDefinition(_)
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition => w.end_paragraph(),
                Tag::HtmlBlock => {
                    w.end_paragraph();
                    html = Some(String::new());
                }
                Tag::Heading { level, .. } => w.start_heading(heading_level(level)),
                Tag::List(start) => {
                    w.end_paragraph();
                    lists.push(start);
                }
                Tag::Item => {
                    let marker = match lists.last_mut() {
                        Some(Some(n)) => {
                            let m = format!("{n}. ");
                            *n += 1;
                            m
                        }
                        _ => "- ".to_string(),
                    };
                    w.start_item(marker);
                }
                Tag::Image { .. } | Tag::Strikethrough => hidden += 1,
                Tag::MetadataBlock(_) => in_front_matter = true,
                Tag::Emphasis
                | Tag::Strong
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. } => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => w.end_heading(),
                TagEnd::Item => w.end_item(),
                TagEnd::List(_) => {
                    lists.pop();
                    w.end_paragraph();
                }
                TagEnd::Image | TagEnd::Strikethrough => hidden = hidden.saturating_sub(1),
                TagEnd::MetadataBlock(_) => in_front_matter = false,
                TagEnd::HtmlBlock => {
                    let block = html.take().unwrap_or_default();
                    if hidden == 0
                        && let Some(name) = write_html_block(&block, &mut w)
                    {
                        // Only an element closed later: an `<aside>` never
                        // closed does not take the rest of the article.
                        let lower = lower.get_or_insert_with(|| markdown.to_ascii_lowercase());
                        let last = *last_close.entry(name.clone()).or_insert_with(|| {
                            memchr::memmem::rfind(lower.as_bytes(), format!("</{name}").as_bytes())
                        });
                        if last.is_some_and(|at| at >= range.end) {
                            furniture = Some(Furniture {
                                name,
                                depth: 1,
                                containers,
                            });
                            hidden += 1;
                        }
                    }
                    w.end_paragraph();
                }
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link => {}
                _ => w.end_paragraph(),
            },
            Event::Text(text) if in_front_matter => {
                front_matter.get_or_insert_with(String::new).push_str(&text);
            }
            Event::Text(text)
            | Event::Code(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text)
                if hidden == 0 =>
            {
                w.text(&text)
            }
            Event::Html(block) => {
                if let Some(h) = &mut html {
                    h.push_str(&block);
                }
            }
            Event::InlineHtml(tag) if is_line_break(&tag) => w.line_break(),
            Event::SoftBreak if hidden == 0 => w.text(" "),
            Event::HardBreak if hidden == 0 => w.line_break(),
            Event::Rule => w.end_paragraph(),
            _ => {}
        }
    }
    let title = front_matter
        .as_deref()
        .and_then(front_matter_title)
        .or_else(|| w.first_h1().map(str::to_string));
    if !w.has_body() {
        return None;
    }
    let text = w.finish(title.as_deref());
    Some(Extracted { text, title })
}

/// A furniture element an HTML block opened and left open (`<aside
/// class="related">`): the Markdown up to its end tag is left out.
struct Furniture {
    /// The element's name (lower case).
    name: String,
    /// Elements of that name open, nested ones included.
    depth: usize,
    /// The block quotes and list items open where it opened: it ends with
    /// the one it opened in, if not before.
    containers: usize,
}

impl Furniture {
    /// Follow the start and end tags of the element's name in `html`;
    /// whether the element is closed ([`follow_tags`]).
    fn ends_in(&mut self, html: &str) -> bool {
        follow_tags(html, &self.name, &mut self.depth)
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// `<br>`, `<br/>`, `<BR />`.
fn is_line_break(html: &str) -> bool {
    let tag = html.trim().to_ascii_lowercase();
    tag.strip_prefix("<br")
        .is_some_and(|rest| rest.trim_start_matches([' ', '/']) == ">")
}

/// The `title` of a YAML (`title: Vote`) or TOML (`title = "Vote"`) front
/// matter block, without its quotes. A YAML title on several lines (a
/// folded `>-` or literal `|` block, or a plain value whose next lines are
/// indented) is one line.
///
/// `"title: >-\n  Rates held\n  at 4.25%\n"` -> `"Rates held at 4.25%"`.
fn front_matter_title(block: &str) -> Option<String> {
    let lines: Vec<&str> = block.lines().collect();
    lines.iter().enumerate().find_map(|(k, line)| {
        let rest = line.strip_prefix("title")?.trim_start();
        let yaml = rest.starts_with(':');
        let value = rest
            .strip_prefix(':')
            .or_else(|| rest.strip_prefix('='))?
            .trim();
        // The indented lines after the key: the rest of a YAML value.
        let more = || {
            lines[k + 1..]
                .iter()
                .take_while(|l| l.trim().is_empty() || l.starts_with([' ', '\t']))
                .map(|l| l.trim())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let value = if yaml && is_block_scalar(value) {
            more()
        } else if yaml && !value.starts_with(['"', '\'']) {
            format!("{value} {}", more())
        } else {
            value.to_string()
        };
        let value = value.trim();
        let value = match value.as_bytes() {
            [b'"', .., b'"'] if value.len() >= 2 => value[1..value.len() - 1].replace("\\\"", "\""),
            [b'\'', .., b'\''] if value.len() >= 2 => value[1..value.len() - 1].replace("''", "'"),
            _ => value.to_string(),
        };
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        (!value.is_empty()).then_some(value)
    })
}

/// Whether a YAML value is the header of a block scalar: `>`, `|`, with a
/// chomping sign and an indentation digit (`>-`, `|+`, `>2`), maybe a
/// comment after it.
fn is_block_scalar(value: &str) -> bool {
    let head = value.split(" #").next().unwrap_or("").trim_end();
    let mut chars = head.chars();
    matches!(chars.next(), Some('>' | '|'))
        && chars.all(|c| matches!(c, '-' | '+') || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(md: &str) -> String {
        extract_markdown(md).map(|e| e.text).unwrap_or_default()
    }

    #[test]
    fn markup_goes_and_paragraphs_stay() {
        let md = "# City budget\n\nThe *council* approved a **$3.5m** budget, \
                  [officials](https://example.org \"t\") said.\nIt passed `5-2`.\n\n\
                  ![A chart](chart.png)\n\n> \"We kept every library open,\" the mayor said.\n\n\
                  - Roads: $1m\n- Parks get 40 new trees\n\n1. First\n2. Second\n";
        assert_eq!(
            text(md),
            "# City budget\n\nThe council approved a $3.5m budget, officials said. It passed 5-2.\n\n\
             \"We kept every library open,\" the mayor said.\n\n\
             - Roads: $1m\n\n- Parks get 40 new trees\n\n1. First\n\n2. Second"
        );
    }

    #[test]
    fn front_matter_is_the_title_and_not_text() {
        let md =
            "---\ntitle: \"Council: budget passes\"\nauthor: A. Writer\n---\n\nThe vote was 5-2.\n";
        let e = extract_markdown(md).unwrap();
        assert_eq!(e.title.as_deref(), Some("Council: budget passes"));
        assert_eq!(e.text, "# Council: budget passes\n\nThe vote was 5-2.");
        let toml = "+++\ntitle = 'Vote'\n+++\nText.\n";
        assert_eq!(
            extract_markdown(toml).unwrap().title.as_deref(),
            Some("Vote")
        );
    }

    #[test]
    fn a_yaml_title_on_several_lines_is_one_line() {
        // `title: >-` once gave the title ">-".
        for (front, want) in [
            (
                "title: >-\n  Central bank holds rates at 4.25% but\n  signals cuts later this year\n",
                "Central bank holds rates at 4.25% but signals cuts later this year",
            ),
            (
                "title: |\n  Rates held\n  again\nauthor: A\n",
                "Rates held again",
            ),
            ("title: >2 # folded\n  Rates held\n", "Rates held"),
            (
                "title: Rates held\n  at 4.25%\ndate: 2025-01-02\n",
                "Rates held at 4.25%",
            ),
            ("title:\n  Rates held\n", "Rates held"),
            ("title: \"Rates: held\"\ntags:\n  - a\n", "Rates: held"),
        ] {
            let md = format!("---\n{front}---\n\nThe bank held rates.\n");
            let e = extract_markdown(&md).unwrap();
            assert_eq!(e.title.as_deref(), Some(want), "{front}");
        }
    }

    #[test]
    fn a_leading_h1_is_the_title() {
        let e = extract_markdown("# Vote\n\nText.\n\n## More\n\nText.\n").unwrap();
        assert_eq!(e.title.as_deref(), Some("Vote"));
        assert_eq!(e.text, "# Vote\n\nText.\n\n## More\n\nText.");
        let late = extract_markdown("Text.\n\n# Late heading\n").unwrap();
        assert_eq!(late.title, None);
    }

    #[test]
    fn html_and_struck_text_go() {
        let md = "<div class=\"ad\">\nBuy 3 for $10\n</div>\n\nThe fee is ~~$5~~ $4.<br>Now.\n";
        assert_eq!(text(md), "The fee is $4.\nNow.");
    }

    #[test]
    fn html_blocks_of_text_stay_and_furniture_goes() {
        let md = "Lead.\n\n<p class=\"lead\">The <em>department</em> said 38 flights waited.</p>\n\n\
                  <script>var x = 1;</script>\n\n<h2 id=\"a\">Delays</h2>\n\n\
                  <p><a href=\"/x\">Read more: Airline fined</a></p>\n\nEnd.\n";
        assert_eq!(
            text(md),
            "Lead.\n\nThe department said 38 flights waited.\n\n## Delays\n\nEnd."
        );
        // Several blocks in one, nested: each its own paragraph, as in a
        // page; a list keeps its items, an ad inside goes.
        let md = "<div><h2>Results</h2><p>Turnout was 62%.</p>\n<p>Police said 3 died.</p>\n\
                  <div class=\"ad-slot\">Buy now</div><ul><li>One</li><li>Two</li></ul></div>\n";
        assert_eq!(
            text(md),
            "## Results\n\nTurnout was 62%.\n\nPolice said 3 died.\n\n- One\n\n- Two"
        );
    }

    #[test]
    fn an_open_aside_takes_its_markdown_with_it() {
        let md = "Budget cut.\n\n<aside class=\"related\">\n\n**Related:** [Track done](https://x)\n\n\
                  </aside>\n\nThe budget is 1.6 billion euros.\n";
        assert_eq!(text(md), "Budget cut.\n\nThe budget is 1.6 billion euros.");
        // A `div` left open is a wrapper: its Markdown is read, whatever
        // its class words.
        let md = "<div class=\"entry-content share-social\">\n\nThe vote was 5-2.\n\n</div>\n";
        assert_eq!(text(md), "The vote was 5-2.");
        // Nested: up to its own end tag; never closed: nothing goes.
        let md = "A.\n\n<aside>\n\n<aside>\n\nB.\n\n</aside>\n\nC.\n\n</aside>\n\nD.\n";
        assert_eq!(text(md), "A.\n\nD.");
        let md = "A.\n\n<aside>\n\nB.\n";
        assert_eq!(text(md), "A.\n\nB.");
        // It ends with the quote it opened in.
        let md = "> <aside>\n>\n> Quoted.\n\nAfter 5 people.\n\n</aside>\n";
        assert_eq!(text(md), "After 5 people.");
    }

    #[test]
    fn emphasis_right_after_an_image_is_its_caption() {
        let md = "![Museum](m.jpg)\n*The Fries Museum. Photo: Jan de Boer/ANP*\n\nThieves stole 8 coins.\n";
        assert_eq!(text(md), "Thieves stole 8 coins.");
        // Emphasis in a paragraph of its own, in a sentence, or after text,
        // is the story's (a bold lede under a hero image).
        let md = "![Hall](h.jpg)\n\n**The council voted 5-2 to raise the fee to $40.**\n";
        assert_eq!(text(md), "The council voted 5-2 to raise the fee to $40.");
        let md = "![Museum](m.jpg)\n\nThe *museum* was shut.\n\n*Police* said 8 coins went.\n";
        assert_eq!(
            text(md),
            "The museum was shut.\n\nPolice said 8 coins went."
        );
        let md = "![Museum](m.jpg)\n\n*Police* said 8 coins went.\n";
        assert_eq!(text(md), "Police said 8 coins went.");
    }

    #[test]
    fn heading_attributes_are_no_text() {
        let md = "Cases rose.\n\n## Vaccination rates {#vaccination .big}\n\nRates fell.\n";
        assert_eq!(
            text(md),
            "Cases rose.\n\n## Vaccination rates\n\nRates fell."
        );
    }

    #[test]
    fn markdown_without_text_is_none() {
        assert_eq!(extract_markdown(""), None);
        assert_eq!(extract_markdown("---\ntitle: Only a title\n---\n"), None);
        let furniture = "# Heading\n\n<div class=\"ad\">x</div>\n\n<!-- note -->\n";
        assert_eq!(extract_markdown(furniture), None);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        const PIECES: &[&str] = &[
            "# ",
            "## ",
            "\n",
            "\n\n",
            "- ",
            "1. ",
            "> ",
            "*",
            "**",
            "_",
            "`",
            "```",
            "~~",
            "[",
            "](http://x)",
            "![",
            "---\n",
            "+++\n",
            "title: T\n",
            "<div>",
            "</div>",
            "<br>",
            "|",
            "|---|",
            "[^1]",
            "    ",
            "&amp;",
            "The mayor said 12 people were hurt. ",
            "“We will rebuild,” she said.",
        ];

        proptest! {
            #[test]
            fn any_markdown_gives_well_formed_text_or_none(
                ix in prop::collection::vec(0..PIECES.len(), 0..200)
            ) {
                let md: String = ix.into_iter().map(|i| PIECES[i]).collect();
                if let Some(e) = extract_markdown(&md) {
                    for p in e.text.split("\n\n") {
                        prop_assert!(!p.is_empty() && p.trim() == p, "{:?}", e.text);
                    }
                }
            }
        }
    }
}
