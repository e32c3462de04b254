//! Saved web pages: the article's text without the page around it.
//!
//! The page is parsed by html5ever (through `scraper`) the way a browser
//! parses it, malformed or not, and then read in a few linear passes over
//! the tree:
//!
//! 1. **Boilerplate is set aside**: navigation, headers, footers, asides,
//!    scripts, styles, forms (but one that holds most of the page's text,
//!    as ASP.NET's does, is a wrapper), embedded media, figures (but one
//!    that frames a table) with their captions and credits, struck-out text (`<del>`, `<s>`), hidden
//!    elements, ARIA landmarks that are not content (`navigation`, `banner`,
//!    `complementary`, `dialog` ...), and blocks whose class or id words say what they are:
//!    ads, promotions, related or recommended stories, newsletter sign-ups,
//!    share buttons, comments, cookie banners, bylines, captions
//!    ([`STRONG_WORDS`]). Layout words (`sidebar`, `widget`, `footer` ...,
//!    [`LAYOUT_WORDS`]) set a block aside only when it holds less than half
//!    of the page's paragraph text, so a page wrapper named `with-sidebar`
//!    is not lost. Class words never set aside the story itself: a CMS's
//!    taxonomy classes (`category-comment`, `tag-social-media`,
//!    `node-promoted`) say nothing; a boilerplate word that qualifies the
//!    body (`article-body-commercial-selector`) does not count
//!    ([`name_words`]); the elements around the marked body (`main`,
//!    `itemprop=articleBody`, the page's one `article`) are exempt; and when
//!    the class words leave almost no paragraph text, the page is read again
//!    with the containers of the body found without them exempt.
//! 2. **The body is found**, as readability does: each paragraph of 25 or
//!    more characters scores its parent and, less and less, four more
//!    ancestors (one point, one per comma, one per 100 characters up to
//!    three); a container's score shrinks with its share of link text. The
//!    best container, with its siblings that score or look like it, is the
//!    body; but an `itemprop=articleBody`, `article` or `main` element (in
//!    that order) is preferred when it holds at least half as much paragraph
//!    text: pages that say where their text is are taken at their word.
//! 3. **The text is written out** ([`Paragraphs`]): each paragraph, heading,
//!    list item, block quote paragraph and table cell a paragraph of its
//!    own; headings as `#` lines; white space collapsed; `<br>` a line break
//!    (a space in a heading and after a dateline's dash) and `<br><br>` a
//!    paragraph break; `<q>` in quotation marks; inside the
//!    body, lists and blocks made mostly of link text, and paragraphs made
//!    almost only of it ("Read more: ..."), are left out with their label
//!    ("Related coverage:"), unless a sentence ending in a colon introduces
//!    them ("They are:"); a link inside a sentence stays, whatever its class
//!    or target ("could <a>donate online</a> or by texting"). A block that
//!    is only a page's unmarked furniture ("4 min read", "Advertisement",
//!    "1 of 12", "Updated 3:15 PM EST ...") is left out too.
//!
//! The title is the page's `og:title`, else the article's first `h1`, else
//! its JSON-LD `headline`, else `<title>`, without a site name after ` | `
//! or a dash. The text starts with the title as a `#` line when the body has
//! no `h1` of its own. A page whose body is empty falls back to its JSON-LD
//! `articleBody`.
//!
//! Every pass is linear in the page. html5ever's tree building is not linear
//! in the depth of nesting (each block start tag looks through the open
//! elements), so [`limit_nesting`] first drops the start and end tags of
//! elements nested deeper than [`MAX_DEPTH`]: no real page comes near it,
//! and a hostile one stays fast.

use std::borrow::Cow;
use std::collections::HashMap;

use memchr::{memchr, memmem};
use scraper::node::Element;
use scraper::{Html, Node};

use super::Extracted;
use super::paragraphs::Paragraphs;

/// Read a saved page: its article text and title, or `None` when no body
/// text is found.
///
/// `<nav>Home</nav><article><h1>Vote</h1><p>The council voted 5-2.</p></article>`
/// -> text `"# Vote\n\nThe council voted 5-2."`, title `"Vote"`.
pub fn extract_page(html: &str) -> Option<Extracted> {
    let html = limit_nesting(html);
    let doc = Html::parse_document(&html);
    let dom = Dom::build(&doc);
    let (skip, stats, body) = dom.read_body();
    let meta = dom.metadata();

    let mut w = Paragraphs::without_link_paragraphs();
    for &root in &body.roots {
        dom.write(root, &skip, &stats, &mut w);
    }
    let title = meta
        .og_title
        .as_deref()
        .map(|t| strip_site_name(t, meta.site_name.as_deref()))
        .or_else(|| dom.first_h1(&body, &skip))
        .or_else(|| meta.headline.clone())
        .or_else(|| {
            meta.title
                .as_deref()
                .map(|t| strip_site_name(t, meta.site_name.as_deref()))
        })
        .filter(|t| !t.is_empty());
    if !w.has_body() {
        // A page drawn by scripts may carry its text only as JSON-LD.
        w = Paragraphs::new();
        for line in meta.article_body.as_deref().unwrap_or("").lines() {
            w.text(line);
            w.end_paragraph();
        }
        if !w.has_body() {
            return None;
        }
    }
    let title = title.or_else(|| w.first_h1().map(str::to_string));
    let text = w.finish(title.as_deref());
    Some(Extracted { text, title })
}

// ---------------------------------------------------------------------------
// The tree, flattened
// ---------------------------------------------------------------------------

/// What an element is, for reading its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The document, a comment, a doctype.
    Other,
    Text,
    /// Text-level: `span`, `em`, `b` ... and unknown elements.
    Inline,
    Link,
    /// `<q>`: its text goes in quotation marks.
    Quote,
    /// `<br>`.
    Break,
    /// `<hr>`.
    Rule,
    /// A container: `div`, `section`, `article`, `blockquote`, `table` ...
    Block,
    /// `td`, `th`.
    Cell,
    /// `p`, `pre`, `dd`, `dt` ...
    Paragraph,
    Heading(u8),
    /// `ul` (false) or `ol` (true).
    List(bool),
    Item,
    /// `header`: the page's or the article's; not body text, but its `h1`
    /// may name the article.
    Header,
    /// Never text: scripts, styles, navigation, forms, media, figures ...
    Boilerplate,
}

impl Kind {
    fn of(name: &str) -> Kind {
        match name {
            "a" => Kind::Link,
            "q" => Kind::Quote,
            "br" => Kind::Break,
            "hr" => Kind::Rule,
            "p" | "pre" | "dd" | "dt" | "caption" | "summary" | "listing" | "xmp" => {
                Kind::Paragraph
            }
            "td" | "th" => Kind::Cell,
            "h1" => Kind::Heading(1),
            "h2" => Kind::Heading(2),
            "h3" => Kind::Heading(3),
            "h4" => Kind::Heading(4),
            "h5" => Kind::Heading(5),
            "h6" => Kind::Heading(6),
            "ul" | "dir" => Kind::List(false),
            "ol" => Kind::List(true),
            "li" => Kind::Item,
            "html" | "body" | "div" | "section" | "article" | "main" | "blockquote" | "center"
            | "details" | "table" | "tbody" | "thead" | "tfoot" | "tr" | "hgroup" | "dl"
            | "form" => Kind::Block,
            "header" => Kind::Header,
            _ if is_boilerplate_tag(name) => Kind::Boilerplate,
            _ => Kind::Inline,
        }
    }

    /// Whether the element starts and ends paragraphs (and owns the text
    /// directly inside it).
    fn is_block(self) -> bool {
        matches!(
            self,
            Kind::Block
                | Kind::Cell
                | Kind::Paragraph
                | Kind::Heading(_)
                | Kind::List(_)
                | Kind::Item
                | Kind::Header
                | Kind::Boilerplate
        )
    }
}

/// Tags that never hold article text. Sorted.
const BOILERPLATE_TAGS: &[&str] = &[
    "address",
    "applet",
    "area",
    "aside",
    "audio",
    "button",
    "canvas",
    "datalist",
    "del",
    "dialog",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "frame",
    "frameset",
    "head",
    "iframe",
    "img",
    "input",
    "label",
    "link",
    "map",
    "marquee",
    "math",
    "menu",
    "meta",
    "meter",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "optgroup",
    "option",
    "output",
    "picture",
    "progress",
    "s",
    "script",
    "search",
    "select",
    "source",
    "strike",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
    "track",
    "video",
];

fn is_boilerplate_tag(name: &str) -> bool {
    // AMP's custom elements are ads, analytics, sidebars, consent and media.
    name.starts_with("amp-") || BOILERPLATE_TAGS.binary_search(&name).is_ok()
}

/// One node of the page, in document order.
struct Item<'a> {
    el: Option<&'a Element>,
    text: &'a str,
    kind: Kind,
    parent: usize,
    /// One past the last node of its subtree: the subtree is `self..end`.
    end: usize,
}

/// The page's nodes in document (pre-)order, so that a subtree is a range
/// and every pass is a loop.
struct Dom<'a> {
    items: Vec<Item<'a>>,
    /// The previous and next sibling of each node ([`NONE`] for none).
    prev: Vec<usize>,
    next: Vec<usize>,
    /// Whether each element sits inside running text: letters or digits of
    /// its nearest block come both before and after it ("available at
    /// <a>Amazon</a> through Sunday").
    in_sentence: Vec<bool>,
}

const NONE: usize = usize::MAX;

/// Whether each element sits inside running text (see
/// [`Dom::in_sentence`]): one pass down counting each block's letters and
/// digits as they come, one up summing each element's own.
fn in_sentence(items: &[Item<'_>]) -> Vec<bool> {
    let n = items.len();
    // The nearest block strictly above each node.
    let mut owner = vec![NONE; n];
    let mut seen = vec![0usize; n];
    let mut before = vec![0usize; n];
    let mut own = vec![0usize; n];
    for i in 0..n {
        let p = items[i].parent;
        if p != NONE {
            owner[i] = if items[p].kind.is_block() {
                p
            } else {
                owner[p]
            };
        }
        let o = owner[i];
        if o == NONE {
            continue;
        }
        before[i] = seen[o];
        if items[i].kind == Kind::Text {
            let count = items[i]
                .text
                .chars()
                .filter(|c| c.is_alphanumeric())
                .count();
            own[i] = count;
            seen[o] += count;
        }
    }
    for i in (1..n).rev() {
        let p = items[i].parent;
        if p != NONE && !items[i].kind.is_block() {
            own[p] += own[i];
        }
    }
    (0..n)
        .map(|i| {
            let o = owner[i];
            o != NONE
                && items[i].el.is_some()
                && !items[i].kind.is_block()
                && before[i] > 0
                && seen[o] > before[i] + own[i]
        })
        .collect()
}

impl<'a> Dom<'a> {
    fn build(doc: &'a Html) -> Dom<'a> {
        let mut items: Vec<Item<'a>> = Vec::new();
        // The open ancestors of the next node: (node id, index).
        let mut open: Vec<(ego_tree::NodeId, usize)> = Vec::new();
        for node in doc.tree.root().descendants() {
            let parent_id = node.parent().map(|p| p.id());
            while let Some(&(id, index)) = open.last() {
                if Some(id) == parent_id {
                    break;
                }
                items[index].end = items.len();
                open.pop();
            }
            let parent = open.last().map_or(NONE, |&(_, i)| i);
            let (el, text, kind) = match node.value() {
                Node::Element(e) => (Some(e), "", Kind::of(e.name())),
                Node::Text(t) => (None, &**t, Kind::Text),
                _ => (None, "", Kind::Other),
            };
            let index = items.len();
            items.push(Item {
                el,
                text,
                kind,
                parent,
                end: index + 1,
            });
            open.push((node.id(), index));
        }
        let len = items.len();
        for (_, index) in open {
            items[index].end = len;
        }
        let mut prev = vec![NONE; len];
        let mut next = vec![NONE; len];
        let mut last_child = vec![NONE; len];
        for i in 0..len {
            let p = items[i].parent;
            if p != NONE {
                prev[i] = last_child[p];
                if prev[i] != NONE {
                    next[prev[i]] = i;
                }
                last_child[p] = i;
            }
        }
        // A figure that holds a table is the table's frame (WordPress's
        // `wp-block-table`), not an image with its caption.
        let mut holds_table = vec![false; len];
        for i in (0..len).rev() {
            if items[i].el.is_some_and(|e| e.name() == "table") {
                holds_table[i] = true;
            }
            let p = items[i].parent;
            if p != NONE && holds_table[i] {
                holds_table[p] = true;
            }
        }
        for (item, &table) in items.iter_mut().zip(&holds_table) {
            if table && item.el.is_some_and(|e| e.name() == "figure") {
                item.kind = Kind::Block;
            }
        }
        let in_sentence = in_sentence(&items);
        Dom {
            items,
            prev,
            next,
            in_sentence,
        }
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn name(&self, i: usize) -> &str {
        self.items[i].el.map_or("", |e| e.name())
    }

    /// The children of `i`, in order.
    fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.items[i].end;
        let mut next = i + 1;
        std::iter::from_fn(move || {
            (next < end).then(|| {
                let child = next;
                next = self.items[child].end;
                child
            })
        })
    }
}

// ---------------------------------------------------------------------------
// Pass 1: boilerplate
// ---------------------------------------------------------------------------

/// Whether a node is out of the article's text, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Out {
    In,
    /// Inside a `header`: out, but its `h1` may name the article.
    Header,
    Boilerplate,
}

/// Class and id words of blocks that are never article text, whatever they
/// hold. Sorted.
const STRONG_WORDS: &[&str] = &[
    "ad",
    "adblock",
    "ads",
    "adsbygoogle",
    "adslot",
    "adunit",
    "adv",
    "advert",
    "advertisement",
    "advertising",
    "adverts",
    "affiliate",
    "author",
    "bio",
    "breadcrumb",
    "breadcrumbs",
    "btn",
    "button",
    "byline",
    "caption",
    "comment",
    "comments",
    "commercial",
    "consent",
    "cookie",
    "cookies",
    "copyright",
    "credit",
    "credits",
    "dfp",
    "disqus",
    "donate",
    "donation",
    "gdpr",
    "login",
    "meta",
    "modal",
    "newsletter",
    "newsletters",
    "outbrain",
    "paid",
    "partner",
    "partners",
    "popular",
    "popup",
    "promo",
    "promos",
    "promoted",
    "promotion",
    "recirc",
    "recirculation",
    "recommendations",
    "recommended",
    "register",
    "related",
    "share",
    "sharebar",
    "sharing",
    "shopping",
    "signin",
    "signup",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "timestamp",
    "toolbar",
    "tools",
    "trending",
    "zergnet",
];

/// Two adjacent words that name such a block (`pull-quote`, `most-read`).
/// Sorted.
const STRONG_PAIRS: &[&str] = &[
    "alsolike",
    "morestories",
    "mostpopular",
    "mostread",
    "pullquote",
    "readmore",
    "screenreader",
    "seealso",
    "signin",
    "signup",
    "skiplink",
    "sronly",
    "topstories",
    "youmight",
];

/// Beginnings of run-together class words that name such a block
/// (`relatedposts`, `advertisement2`, `socialmedia`, `commentlist`).
const STRONG_PREFIXES: &[&str] = &[
    "advert",
    "comment",
    "cookie",
    "newsletter",
    "outbrain",
    "promo",
    "recommend",
    "related",
    "sharing",
    "social",
    "sponsor",
    "subscri",
    "taboola",
];

/// Whether a class word names a block that is never article text.
fn is_strong_word(word: &str) -> bool {
    STRONG_WORDS.binary_search(&word).is_ok()
        || (STRONG_PREFIXES.iter().any(|p| word.starts_with(p))
            // An opinion column is article text.
            && !word.starts_with("commentar"))
}

/// Class and id words of page layout: such a block is set aside unless it
/// holds at least half of the page's paragraph text. Sorted.
const LAYOUT_WORDS: &[&str] = &[
    "footer",
    "header",
    "hidden",
    "masthead",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "pager",
    "pagination",
    "rail",
    "sidebar",
    "widget",
    "widgets",
];

/// Words of the target of a sign-up, subscription or donation link. Sorted.
const CALL_TO_ACTION_TARGETS: &[&str] = &[
    "donate",
    "donation",
    "membership",
    "newsletter",
    "newsletters",
    "register",
    "signup",
    "subscribe",
    "subscription",
    "subscriptions",
];

/// Words of such a link's text (with "sign up"): verbs, not "newsletter",
/// which a source may be. Sorted.
const CALL_TO_ACTION_VERBS: &[&str] = &["donate", "register", "signup", "subscribe"];

/// Words of a label before a list of onward links ("Related coverage:",
/// "Read more:", "More on this story:"). Sorted.
const LABEL_WORDS: &[&str] = &[
    "also",
    "coverage",
    "latest",
    "more",
    "popular",
    "read",
    "recommended",
    "related",
    "see",
    "stories",
    "topics",
    "trending",
    "watch",
];

/// Class and id words of the article's container (readability's). Sorted.
const CONTENT_WORDS: &[&str] = &[
    "article", "blog", "body", "content", "entry", "hentry", "main", "page", "post", "prose",
    "story", "text",
];

/// ARIA roles of what is not content.
const BOILERPLATE_ROLES: &[&str] = &[
    "alert",
    "alertdialog",
    "complementary",
    "contentinfo",
    "dialog",
    "form",
    "marquee",
    "menu",
    "menubar",
    "navigation",
    "search",
    "tablist",
    "toolbar",
];

/// What the class and id words of an element say.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Words {
    strong: bool,
    /// What a layout word makes of the block: a header (`entry-header`,
    /// `masthead`: its `h1` may name the article) or boilerplate.
    layout: Option<Out>,
    content: bool,
}

/// The words of an element's class names and id: `relatedStories` and
/// `related-stories` are `related`, `stories`. A class that describes the
/// block's contents rather than the block (`has-comments`,
/// `with-sidebar`, `no-ads`) says nothing, and nor does a CMS's taxonomy
/// class (WordPress's `category-comment` and `tag-social-media`, Drupal's
/// `node-promoted`): those name what the story is filed under, and a
/// story filed under "Comment" is still the story.
fn class_words(el: &Element) -> Words {
    let mut words = Words::default();
    for value in [el.attr("class"), el.attr("id")].into_iter().flatten() {
        for name in value.split_ascii_whitespace() {
            let lower = name.to_ascii_lowercase();
            if [
                "has-",
                "has_",
                "with-",
                "with_",
                "no-",
                "no_",
                "without-",
                "category-",
                "tag-",
                "node-",
            ]
            .iter()
            .any(|p| lower.starts_with(p))
            {
                continue;
            }
            name_words(name, &mut words);
        }
    }
    words
}

/// Words of the article's own container that, in a class name, make a
/// boilerplate word after them a qualifier: `article-body-commercial-selector`
/// is the body (where ads may be inserted), `article-subscriber-content` is
/// the paywalled part of the story. Sorted.
const ARTICLE_WORDS: &[&str] = &[
    "article", "body", "content", "entry", "main", "post", "story",
];

/// Add what one class name (or id) says to `words`.
///
/// A boilerplate word counts unless the name says it is the article's
/// body: the name holds `body`, `content` or `main`, an article word comes
/// before the boilerplate word, and the boilerplate word is not the name's
/// last (its head noun: `article-body-ad` is an ad). In BEM names the
/// element after `__` is what the block is (`article-body__ad` is an ad,
/// always), and a modifier after `--` on a body is a variant of the body
/// (`tonal__main--tone-comment`, an opinion piece's main column).
/// `related-content` and `post-meta` stay boilerplate: nothing before
/// `related` says article, and `post-meta` does not say body.
fn name_words(name: &str, words: &mut Words) {
    let (base, modifier) = match name.find("--") {
        Some(at) => (&name[..at], &name[at + 2..]),
        None => (name, ""),
    };
    // Where the BEM element starts in the base's words (0 without `__`).
    let (block, _) = base.rsplit_once("__").unwrap_or(("", base));
    let block_len = if block.is_empty() {
        0
    } else {
        split_words(block).len()
    };
    // A real class name is a few words; a hostile one may be thousands,
    // and only the first few are looked at.
    let mut base_words = split_words(base);
    base_words.truncate(MAX_NAME_WORDS);
    let mut modifier_words = split_words(modifier);
    modifier_words.truncate(MAX_NAME_WORDS);
    let says_body = base_words
        .iter()
        .any(|w| matches!(w.as_str(), "body" | "content" | "main"));
    let last = base_words.len().saturating_sub(1);
    // The first article word, found once: looking back from each
    // boilerplate word would be quadratic in the name's length.
    let first_article = base_words
        .iter()
        .position(|w| ARTICLE_WORDS.binary_search(&w.as_str()).is_ok());
    // Whether a boilerplate word spanning base words `from..=to` qualifies
    // the body rather than naming the block.
    // The name's last word says what the block is: a boilerplate word
    // qualifies the body only when that is the body itself
    // (`article-body-commercial-selector`), not the other way round
    // (`article-content-related-stories`, `main-content-ad-slot`).
    let ends_in_body = base_words.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "content"
                | "body"
                | "main"
                | "article"
                | "story"
                | "entry"
                | "post"
                | "text"
                | "selector"
        )
    });
    let qualifies = |from: usize, to: usize| {
        says_body
            && ends_in_body
            && to < last
            && (block_len == 0 || to < block_len)
            && first_article.is_some_and(|a| a < from)
    };
    let all = base_words.iter().chain(&modifier_words);
    let n_base = base_words.len();
    let tokens: Vec<&String> = all.collect();
    for (k, t) in tokens.iter().enumerate() {
        let t = t.as_str();
        let in_modifier = k >= n_base;
        let excused = |to: usize| {
            if in_modifier {
                says_body
            } else {
                qualifies(k, to)
            }
        };
        if is_strong_word(t) && !excused(k) {
            words.strong = true;
        }
        if LAYOUT_WORDS.binary_search(&t).is_ok() {
            let out = match t {
                "header" | "masthead" => Out::Header,
                _ => Out::Boilerplate,
            };
            words.layout = words.layout.max(Some(out));
        }
        words.content |= CONTENT_WORDS.binary_search(&t).is_ok();
        if let Some(next) = tokens.get(k + 1) {
            let pair = format!("{t}{next}");
            if STRONG_PAIRS.binary_search(&pair.as_str()).is_ok() && !excused(k + 1) {
                words.strong = true;
            }
        }
    }
}

/// How many words of a class name (and of its BEM modifier) are read.
const MAX_NAME_WORDS: usize = 16;

/// `relatedStories_v2` -> `related`, `stories`, `v2` (lower case).
fn split_words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn has_token(value: Option<&str>, token: &str) -> bool {
    value.is_some_and(|v| {
        v.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case(token))
    })
}

/// Hidden from readers: `hidden`, `aria-hidden="true"`, `display: none`.
fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// Elements whose class words cannot set them aside: the document and the
/// article's own containers.
fn is_exempt(el: &Element) -> bool {
    matches!(el.name(), "html" | "body" | "main" | "article")
        || has_token(el.attr("itemprop"), "articleBody")
}

/// Whether an element marks where the article's text is: `main`,
/// `role=main`, `itemprop=articleBody`.
fn marks_the_body(el: &Element) -> bool {
    el.name() == "main"
        || has_token(el.attr("role"), "main")
        || has_token(el.attr("itemprop"), "articleBody")
}

/// Below this much paragraph text (characters other than white space) the
/// body found with class words is checked against a pass without them.
const FALLBACK_BELOW: usize = 250;

impl Dom<'_> {
    /// The elements that are or hold the page's marked article body: a
    /// `main`, `role=main` or `itemprop=articleBody` element, or the page's
    /// one `article` (when its class is not a boilerplate one: a page whose
    /// only `article` is a comment does not mark its story with it). Their
    /// class words cannot set them aside: a theme's `tonal__main--tone-comment`
    /// around an `itemprop=articleBody` is the opinion piece, not its
    /// comments. One pass down, one up.
    fn marked_holders(&self) -> Vec<bool> {
        let n = self.len();
        let is_story_article = |el: &Element| el.name() == "article" && !class_words(el).strong;
        let articles = self
            .items
            .iter()
            .filter(|item| item.el.is_some_and(is_story_article))
            .count();
        let mut holds: Vec<bool> = self
            .items
            .iter()
            .map(|item| {
                item.el
                    .is_some_and(|el| marks_the_body(el) || (articles == 1 && is_story_article(el)))
            })
            .collect();
        for i in (1..n).rev() {
            let p = self.items[i].parent;
            if p != NONE && holds[i] {
                holds[p] = true;
            }
        }
        holds
    }

    /// Passes 1 to 3: what is out, the measures, and the body. The body is
    /// found with class words first; when that leaves almost no paragraph
    /// text and a pass that ignores class words finds much more (a theme
    /// that puts a word like `comment` or `promoted` on the story's own
    /// container), the containers of that pass's body are exempt from their
    /// class words and the page is read again, the words still applying
    /// inside it. A fixed number of linear passes.
    fn read_body(&self) -> (Vec<Out>, Stats, Body) {
        let mut exempt = self.marked_holders();
        let out = self.set_aside(&exempt);
        let stats = Stats::measure(self, &out);
        let body = self.find_body(&out, &stats);
        let found = body.good(&stats);
        if found >= FALLBACK_BELOW {
            return (out, stats, body);
        }
        let loose = self.set_aside(&vec![true; self.len()]);
        let loose_stats = Stats::measure(self, &loose);
        let loose_body = self.find_body(&loose, &loose_stats);
        if loose_body.fallback || loose_body.good(&loose_stats) < found.max(1) * 3 {
            return (out, stats, body);
        }
        for &root in &loose_body.roots {
            let mut a = root;
            while a != NONE && !exempt[a] {
                exempt[a] = true;
                a = self.items[a].parent;
            }
        }
        let out = self.set_aside(&exempt);
        let stats = Stats::measure(self, &out);
        let body = self.find_body(&out, &stats);
        (out, stats, body)
    }

    /// Pass 1: which nodes are out of the article's text; `exempt` nodes are
    /// not set aside for their class words.
    fn set_aside(&self, exempt: &[bool]) -> Vec<Out> {
        let n = self.len();
        let mut out = vec![Out::In; n];
        let mut layout: Vec<Option<Out>> = vec![None; n];
        for i in 0..n {
            let item = &self.items[i];
            let inherited = match item.parent {
                NONE => Out::In,
                p => out[p],
            };
            let Some(el) = item.el else {
                out[i] = inherited;
                continue;
            };
            let mut own = match item.kind {
                Kind::Boilerplate => Out::Boilerplate,
                Kind::Header => Out::Header,
                _ => Out::In,
            };
            let role = el.attr("role");
            if has_token(role, "banner") {
                own = own.max(Out::Header);
            }
            if BOILERPLATE_ROLES.iter().any(|r| has_token(role, r)) || is_hidden(el) {
                own = Out::Boilerplate;
            }
            // A link inside a sentence is part of it, whatever its class
            // (`<a class="affiliate-link">Amazon</a>` in "available at
            // Amazon through Sunday").
            let in_sentence = item.kind == Kind::Link && self.in_sentence[i];
            if !is_exempt(el) && !exempt[i] && !in_sentence {
                let words = class_words(el);
                if words.strong {
                    own = Out::Boilerplate;
                }
                layout[i] = words.layout;
                // A form is a sign-up or a search box, unless it holds the
                // page (ASP.NET wraps every page in one): like a layout word.
                if el.name() == "form" {
                    layout[i] = layout[i].max(Some(Out::Boilerplate));
                }
            }
            out[i] = inherited.max(own);
        }
        // Layout words: only when the block is not most of the page.
        let stats = Stats::measure(self, &out);
        let total = stats.good[0];
        let mut changed = false;
        for i in 0..n {
            if let Some(o) = layout[i]
                && out[i] == Out::In
                && stats.good[i] * 2 < total.max(1)
            {
                out[i] = o;
                changed = true;
            }
        }
        if changed {
            for i in 0..n {
                let p = self.items[i].parent;
                if p != NONE {
                    out[i] = out[i].max(out[p]);
                }
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Pass 2: measures
// ---------------------------------------------------------------------------

/// Paragraphs shorter than this (in characters other than white space) do
/// not score their containers.
const MIN_PARAGRAPH: usize = 25;

/// Character counts per node, over the text that is in (white space not
/// counted).
struct Stats {
    /// All text in the subtree.
    chars: Vec<usize>,
    /// Text inside links in the subtree.
    links: Vec<usize>,
    /// Text whose nearest block is this node.
    direct: Vec<usize>,
    direct_commas: Vec<usize>,
    /// The block is a paragraph that counts: at least [`MIN_PARAGRAPH`]
    /// direct characters, mostly not links, not a heading.
    paragraph: Vec<bool>,
    /// Text of such paragraphs in the subtree.
    good: Vec<usize>,
    /// Inside a link.
    in_link: Vec<bool>,
    /// The subtree holds a call to action: a link to a sign-up, subscription
    /// or donation page that says so ("sign up here"), not inside a
    /// sentence.
    call_to_action: Vec<bool>,
}

impl Stats {
    fn measure(dom: &Dom<'_>, out: &[Out]) -> Stats {
        let n = dom.len();
        let mut chars = vec![0; n];
        let mut links = vec![0; n];
        let mut direct = vec![0; n];
        let mut direct_links = vec![0; n];
        let mut direct_commas = vec![0; n];
        // The nearest block (or the node itself) and whether inside a link.
        let mut owner = vec![NONE; n];
        let mut in_link = vec![false; n];
        for i in 0..n {
            let item = &dom.items[i];
            let p = item.parent;
            let (parent_owner, parent_link) = match p {
                NONE => (NONE, false),
                p => (owner[p], in_link[p]),
            };
            owner[i] = if item.kind.is_block() {
                i
            } else {
                parent_owner
            };
            in_link[i] = parent_link || item.kind == Kind::Link;
            if item.kind != Kind::Text || out[i] != Out::In {
                continue;
            }
            let (mut count, mut commas) = (0, 0);
            for c in item.text.chars() {
                if !c.is_whitespace() {
                    count += 1;
                    if matches!(c, ',' | '，' | '、') {
                        commas += 1;
                    }
                }
            }
            chars[i] = count;
            if in_link[i] {
                links[i] = count;
            }
            if parent_owner != NONE {
                direct[parent_owner] += count;
                direct_commas[parent_owner] += commas;
                if in_link[i] {
                    direct_links[parent_owner] += count;
                }
            }
        }
        let mut call_to_action = vec![false; n];
        for i in 0..n {
            if out[i] == Out::In && dom.items[i].kind == Kind::Link {
                // Inside running text ("people could <a>donate online</a>
                // or by texting") a link is reported, not a promo.
                call_to_action[i] = !dom.in_sentence[i] && dom.is_call_to_action(i);
            }
        }
        // A paragraph that counts: long enough, mostly its own words rather
        // than links, not a heading.
        let paragraph: Vec<bool> = (0..n)
            .map(|i| {
                out[i] == Out::In
                    && direct[i] >= MIN_PARAGRAPH
                    && direct_links[i] * 2 < direct[i]
                    && !matches!(dom.items[i].kind, Kind::Heading(_))
            })
            .collect();
        let mut good: Vec<usize> = (0..n)
            .map(|i| if paragraph[i] { direct[i] } else { 0 })
            .collect();
        for i in (1..n).rev() {
            let p = dom.items[i].parent;
            if p != NONE {
                chars[p] += chars[i];
                links[p] += links[i];
                good[p] += good[i];
                call_to_action[p] |= call_to_action[i];
            }
        }
        Stats {
            chars,
            links,
            direct,
            direct_commas,
            paragraph,
            good,
            in_link,
            call_to_action,
        }
    }

    /// The share of the subtree's text that is link text.
    fn link_density(&self, i: usize) -> f64 {
        match self.chars[i] {
            0 => 0.0,
            c => self.links[i] as f64 / c as f64,
        }
    }
}

// ---------------------------------------------------------------------------
// Pass 3: the body
// ---------------------------------------------------------------------------

/// Where the article's text is.
struct Body {
    /// Subtrees whose text, in order, is the article.
    roots: Vec<usize>,
    /// No container scored: the roots are the whole page's `body`.
    fallback: bool,
}

impl Body {
    /// How much paragraph text the body holds (none when no container
    /// scored).
    fn good(&self, stats: &Stats) -> usize {
        match self.fallback {
            true => 0,
            false => self.roots.iter().map(|&r| stats.good[r]).sum(),
        }
    }
}

impl Dom<'_> {
    /// A container's starting score: by its tag and its class words.
    fn initial_score(&self, i: usize) -> f64 {
        let tag = match self.items[i].kind {
            Kind::Block if matches!(self.name(i), "div" | "section" | "article") => 5.0,
            Kind::Block if self.name(i) == "blockquote" => 3.0,
            Kind::Cell if self.name(i) == "th" => -5.0,
            Kind::Cell | Kind::Paragraph if self.name(i) != "p" => 3.0,
            Kind::List(_) | Kind::Item => -3.0,
            Kind::Heading(_) => -5.0,
            _ => 0.0,
        };
        let words = self.items[i].el.map(class_words).unwrap_or_default();
        let class = match (words.content, words.strong || words.layout.is_some()) {
            (true, false) => 25.0,
            (false, true) => -25.0,
            _ => 0.0,
        };
        tag + class
    }

    fn find_body(&self, out: &[Out], stats: &Stats) -> Body {
        let n = self.len();
        let mut score = vec![0.0f64; n];
        let mut scored = vec![false; n];
        for i in 0..n {
            if !stats.paragraph[i] {
                continue;
            }
            let points = 1.0
                + stats.direct_commas[i] as f64
                + (stats.direct[i] as f64 / 100.0).floor().min(3.0);
            // A `div` with text of its own is a container; a `p` scores its parent.
            let mut a = match self.items[i].kind {
                Kind::Block | Kind::Cell => i,
                _ => self.items[i].parent,
            };
            for level in 0..5 {
                if a == NONE || self.items[a].el.is_none() {
                    break;
                }
                if !scored[a] {
                    scored[a] = true;
                    score[a] = self.initial_score(a);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f64 * 3.0,
                };
                score[a] += points / divider;
                a = self.items[a].parent;
            }
        }
        let fin = |i: usize| score[i] * (1.0 - stats.link_density(i));
        let best = (0..n).filter(|&i| scored[i] && out[i] == Out::In).fold(
            None,
            |best: Option<usize>, i| match best {
                Some(b) if fin(b) >= fin(i) => Some(b),
                _ => Some(i),
            },
        );
        let Some(best) = best else {
            return Body {
                roots: vec![self.find_tag("body").unwrap_or(0)],
                fallback: true,
            };
        };

        // The best container's siblings that score well, share its class, or
        // are good paragraphs themselves.
        let parent = self.items[best].parent;
        let mut roots = vec![best];
        if parent != NONE {
            let threshold = (fin(best) * 0.2).max(10.0);
            let class = self.items[best].el.and_then(|e| e.attr("class"));
            roots = self
                .children(parent)
                .filter(|&s| {
                    if s == best {
                        return true;
                    }
                    if out[s] != Out::In || stats.good[s] == 0 {
                        return false;
                    }
                    let same_class = class.is_some()
                        && self.items[s].el.and_then(|e| e.attr("class")) == class
                        && self.name(s) == self.name(best);
                    let paragraph = self.items[s].kind == Kind::Paragraph
                        && stats.direct[s] >= 80
                        && stats.link_density(s) < 0.25;
                    (scored[s] && fin(s) >= threshold) || same_class || paragraph
                })
                .collect();
        }
        // Pages that say where their article is: a marked element holding at
        // least half the best container's paragraph text.
        let found = stats.good[best];
        let mut marked: [Option<usize>; 3] = [None; 3];
        for (i, item) in self.items.iter().enumerate() {
            let Some(el) = item.el else { continue };
            if out[i] != Out::In {
                continue;
            }
            let group = if has_token(el.attr("itemprop"), "articleBody") {
                0
            } else if el.name() == "article" {
                1
            } else if el.name() == "main" || has_token(el.attr("role"), "main") {
                2
            } else {
                continue;
            };
            if marked[group].is_none_or(|m| stats.good[i] > stats.good[m]) {
                marked[group] = Some(i);
            }
        }
        for m in marked.into_iter().flatten() {
            if stats.good[m] > 0 && stats.good[m] * 2 >= found {
                return Body {
                    roots: vec![m],
                    fallback: false,
                };
            }
        }
        Body {
            roots,
            fallback: false,
        }
    }

    fn find_tag(&self, name: &str) -> Option<usize> {
        (0..self.len()).find(|&i| self.name(i) == name)
    }

    /// The first `h1` of the article: inside the body, else inside the
    /// `article` or `main` around it (an article's own header counts).
    fn first_h1(&self, body: &Body, out: &[Out]) -> Option<String> {
        let &first = body.roots.first()?;
        let mut scopes = body.roots.clone();
        let mut a = self.items[first].parent;
        while a != NONE {
            if matches!(self.name(a), "article" | "main") {
                scopes.push(a);
                break;
            }
            a = self.items[a].parent;
        }
        let allowed = if body.fallback { Out::In } else { Out::Header };
        for root in scopes {
            let end = self.items[root].end;
            for (i, item) in self.items[root..end].iter().enumerate() {
                let i = root + i;
                if item.kind == Kind::Heading(1) && out[i] <= allowed {
                    let text = self.text_of(i);
                    if !text.is_empty() {
                        return Some(text);
                    }
                }
            }
        }
        None
    }

    /// All the text under `i`, white space collapsed.
    fn text_of(&self, i: usize) -> String {
        let mut text = String::new();
        for item in &self.items[i..self.items[i].end] {
            if item.kind == Kind::Text {
                text.push_str(item.text);
                text.push(' ');
            }
        }
        collapse(&text)
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------
// Pass 4: the text
// ---------------------------------------------------------------------------

impl Dom<'_> {
    /// Whether element `i`, inside the body, is not the article's text: a
    /// list or container mostly of link text, a paragraph or item almost
    /// only of it, or a short block with a call to action (an editor's
    /// newsletter promo).
    fn is_onward_block(&self, i: usize, stats: &Stats) -> bool {
        let (chars, links) = (stats.chars[i], stats.links[i]);
        if chars == 0 {
            return false;
        }
        let kind = self.items[i].kind;
        let promo = stats.call_to_action[i]
            && chars < 200
            && matches!(kind, Kind::Block | Kind::Paragraph | Kind::Item);
        promo
            || match kind {
                Kind::Block | Kind::List(_) => links * 2 > chars,
                Kind::Paragraph | Kind::Item | Kind::Cell | Kind::Heading(2..) => {
                    links * 5 >= chars * 4
                }
                _ => false,
            }
    }

    /// Whether link `i` asks the reader to sign up, subscribe or donate:
    /// its target and its words both say so.
    fn is_call_to_action(&self, i: usize) -> bool {
        let href = self.items[i].el.and_then(|e| e.attr("href")).unwrap_or("");
        let says = |words: &[String], list: &[&str]| {
            words.iter().enumerate().any(|(k, w)| {
                list.binary_search(&w.as_str()).is_ok()
                    || (w == "sign" && words.get(k + 1).is_some_and(|n| n == "up"))
            })
        };
        says(&split_words(href), CALL_TO_ACTION_TARGETS)
            && says(&split_words(&self.text_of(i)), CALL_TO_ACTION_VERBS)
    }

    /// Whether list or table `i` is introduced by the text just before it:
    /// a sentence that ends with a colon ("Five candidates qualified. They
    /// are:", "raised the following amounts:"). Such a list is the
    /// article's, however much of it is links; a label ("Related
    /// coverage:", "Read more:") is not a sentence that introduces one.
    /// Looks back over white space and comments only, so each node is
    /// looked at for one list at most.
    fn is_introduced(&self, i: usize, out: &[Out]) -> bool {
        let listy = match self.items[i].kind {
            Kind::List(_) => true,
            Kind::Block => matches!(self.name(i), "table" | "figure" | "dl"),
            _ => false,
        };
        if !listy {
            return false;
        }
        let p = self.sibling(i, &self.prev);
        if p == NONE
            || out[p] != Out::In
            || !matches!(
                self.items[p].kind,
                Kind::Text | Kind::Paragraph | Kind::Block
            )
        {
            return false;
        }
        let text = self.text_tail(p);
        let Some(lead) = text.strip_suffix(':') else {
            return false;
        };
        if split_words(lead).len() < 3 {
            return false;
        }
        // A label is a short line of its own ("More on this story:"); a
        // sentence that ends with a colon introduces, label words or not
        // ("See the full list below:").
        let sentence = lead.rsplit(['.', '!', '?']).next().unwrap_or(lead);
        let words = split_words(sentence);
        let label = words.len() <= 4
            && words
                .iter()
                .any(|w| LABEL_WORDS.binary_search(&w.as_str()).is_ok());
        !label
    }

    /// The end of the text of block `p`: its last text nodes, read backward
    /// over at most 64 nodes and [`TAIL_BYTES`] bytes. Enough for the
    /// sentence before a list, and bounded: the block before each of many
    /// lists may hold the whole page.
    fn text_tail(&self, p: usize) -> String {
        const TAIL_BYTES: usize = 400;
        let mut parts: Vec<&str> = Vec::new();
        let mut len = 0;
        let mut j = self.items[p].end;
        let mut steps = 0;
        while j > p && steps < 64 && len < TAIL_BYTES {
            j -= 1;
            steps += 1;
            let item = &self.items[j];
            if item.kind != Kind::Text {
                continue;
            }
            let mut t = item.text;
            let room = TAIL_BYTES - len;
            if t.len() > room {
                let mut at = t.len() - room;
                while !t.is_char_boundary(at) {
                    at += 1;
                }
                t = &t[at..];
            }
            len += t.len();
            parts.push(t);
        }
        parts.reverse();
        collapse(&parts.join(" "))
    }

    /// The nearest sibling of `i` in `siblings` (`prev` or `next`) that is
    /// not white space or a comment.
    fn sibling(&self, i: usize, siblings: &[usize]) -> usize {
        let mut s = siblings[i];
        while s != NONE {
            let item = &self.items[s];
            let blank = item.kind == Kind::Other
                || (item.kind == Kind::Text && item.text.trim().is_empty());
            if !blank {
                break;
            }
            s = siblings[s];
        }
        s
    }

    /// Whether block `i` is the label of the onward links after it
    /// ("Related coverage:" before a list of headlines): a few words, one of
    /// them a label word, and the next block left out as onward links.
    fn is_onward_label(&self, i: usize, out: &[Out], stats: &Stats) -> bool {
        if !matches!(
            self.items[i].kind,
            Kind::Paragraph | Kind::Block | Kind::Heading(2..)
        ) || stats.chars[i] > 40
            // A label is a few nodes; reading a bigger one's text for each
            // level of nesting would not be linear.
            || self.items[i].end - i > 32
        {
            return false;
        }
        let next = self.sibling(i, &self.next);
        if next == NONE
            || out[next] != Out::In
            || self.items[next].el.is_none()
            || !self.is_onward_block(next, stats)
            || self.is_introduced(next, out)
        {
            return false;
        }
        let words = split_words(&self.text_of(i));
        words.len() <= 5
            && words
                .iter()
                .any(|w| LABEL_WORDS.binary_search(&w.as_str()).is_ok())
    }

    /// Write the text of the subtree at `root`.
    fn write(&self, root: usize, out: &[Out], stats: &Stats, w: &mut Paragraphs) {
        // Open elements: (end of subtree, index); closed when the walk
        // passes their end.
        let mut open: Vec<(usize, usize)> = Vec::new();
        // Ordered lists: the next item's number; unordered: None.
        let mut lists: Vec<Option<u64>> = Vec::new();
        // The end of the introduced list or table being written: inside it
        // links are the article's text.
        let mut introduced: Option<usize> = None;
        let end = self.items[root].end;
        let mut i = root;
        while i < end {
            while let Some(&(e, o)) = open.last() {
                if e > i {
                    break;
                }
                self.close(o, w, &mut lists);
                open.pop();
            }
            if introduced.is_some_and(|e| e <= i) {
                introduced = None;
                w.keep_links(false);
            }
            let item = &self.items[i];
            if out[i] != Out::In {
                i = item.end;
                continue;
            }
            if introduced.is_none() && i != root {
                if self.is_introduced(i, out) {
                    introduced = Some(item.end);
                    w.keep_links(true);
                } else if self.is_onward_block(i, stats) || self.is_onward_label(i, out, stats) {
                    i = item.end;
                    continue;
                }
            }
            match item.kind {
                Kind::Text if stats.in_link[i] => w.link_text(item.text),
                Kind::Text => w.text(item.text),
                Kind::Other => {}
                kind => {
                    match kind {
                        Kind::Break => w.line_break(),
                        Kind::Quote => w.text("“"),
                        Kind::Heading(level) => w.start_heading(level),
                        Kind::List(ordered) => {
                            w.end_paragraph();
                            let start = item
                                .el
                                .and_then(|e| e.attr("start"))
                                .and_then(|s| s.trim().parse().ok())
                                .unwrap_or(1);
                            lists.push(ordered.then_some(start));
                        }
                        Kind::Item => {
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
                        k if k.is_block() || k == Kind::Rule => {
                            w.end_paragraph();
                            if self.name(i) == "table" {
                                w.table(true);
                            }
                        }
                        _ => {}
                    }
                    open.push((item.end, i));
                }
            }
            i += 1;
        }
        while let Some((_, o)) = open.pop() {
            self.close(o, w, &mut lists);
        }
        w.end_paragraph();
        w.keep_links(false);
    }

    fn close(&self, i: usize, w: &mut Paragraphs, lists: &mut Vec<Option<u64>>) {
        match self.items[i].kind {
            Kind::Quote => w.text("”"),
            Kind::Heading(_) => w.end_heading(),
            Kind::Item => w.end_item(),
            Kind::List(_) => {
                lists.pop();
                w.end_paragraph();
            }
            k if k.is_block() => {
                w.end_paragraph();
                if self.name(i) == "table" {
                    w.table(false);
                }
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------
// Metadata: titles and JSON-LD
// ---------------------------------------------------------------------------

#[derive(Debug, Default)]
struct Metadata {
    og_title: Option<String>,
    site_name: Option<String>,
    title: Option<String>,
    headline: Option<String>,
    article_body: Option<String>,
}

impl Dom<'_> {
    fn metadata(&self) -> Metadata {
        let mut meta = Metadata::default();
        for i in 0..self.len() {
            let Some(el) = self.items[i].el else { continue };
            match el.name() {
                "meta" => {
                    let key = el.attr("property").or_else(|| el.attr("name"));
                    let content = el.attr("content").map(collapse).filter(|c| !c.is_empty());
                    match key.map(str::to_ascii_lowercase).as_deref() {
                        Some("og:title") if meta.og_title.is_none() => meta.og_title = content,
                        Some("og:site_name") if meta.site_name.is_none() => {
                            meta.site_name = content
                        }
                        _ => {}
                    }
                }
                // The document's title, not an SVG's.
                "title"
                    if meta.title.is_none()
                        && self.items[i].parent != NONE
                        && self.name(self.items[i].parent) == "head" =>
                {
                    meta.title = Some(self.text_of(i)).filter(|t| !t.is_empty());
                }
                "script"
                    if el
                        .attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
                {
                    let source: String = (i + 1..self.items[i].end)
                        .map(|j| self.items[j].text)
                        .collect();
                    read_json_ld(&source, &mut meta);
                }
                _ => {}
            }
        }
        meta
    }
}

/// The `headline` and the longest `articleBody` anywhere in a JSON-LD block
/// (`@graph` arrays and nested objects included).
fn read_json_ld(source: &str, meta: &mut Metadata) {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(source) else {
        return;
    };
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            serde_json::Value::Object(map) => {
                if let Some(h) = map.get("headline").and_then(|h| h.as_str())
                    && meta.headline.is_none()
                    && !h.trim().is_empty()
                {
                    meta.headline = Some(collapse(h));
                }
                if let Some(b) = map.get("articleBody").and_then(|b| b.as_str())
                    && meta
                        .article_body
                        .as_ref()
                        .is_none_or(|old| old.len() < b.len())
                {
                    meta.article_body = Some(b.to_string());
                }
                stack.extend(map.values().rev());
            }
            _ => {}
        }
    }
}

/// A page title without the site's name: `Storm hits coast | Gazette` ->
/// `Storm hits coast`. The site name goes when `og:site_name` names it
/// (before or after a separator, a colon among them: `Gazette: Storm hits
/// coast`); else the longest part between ` | `
/// separators is the headline; else a short capitalized name after a dash
/// goes (`- BBC News`), not the end of a headline (`- again`).
pub fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let title = collapse(title);
    // ": " only with the site's name: "Andes Daily: Quake kills 9".
    const SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", ": "];
    if let Some(site) = site_name.map(collapse).filter(|s| !s.is_empty()) {
        for sep in SEPARATORS {
            if let Some(head) = strip_affix(&title, &site, sep) {
                return head;
            }
        }
    }
    for sep in [" | ", " :: ", " · ", " • "] {
        if title.contains(sep) {
            let longest = title.split(sep).map(str::trim).fold("", |best, part| {
                match part.split_whitespace().count() > best.split_whitespace().count() {
                    true => part,
                    false => best,
                }
            });
            if !longest.is_empty() {
                return longest.to_string();
            }
        }
    }
    for sep in [" - ", " – ", " — "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let words: Vec<&str> = tail.split_whitespace().collect();
            let capitalized = words
                .iter()
                .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
            if (1..=3).contains(&words.len()) && capitalized && head.split_whitespace().count() >= 3
            {
                return head.trim().to_string();
            }
        }
    }
    title
}

/// `title` without `site` before or after `sep` (ASCII case ignored).
fn strip_affix(title: &str, site: &str, sep: &str) -> Option<String> {
    let n = title.len();
    if n <= site.len() + sep.len() {
        return None;
    }
    let cut = n - site.len();
    if title
        .get(cut..)
        .is_some_and(|t| t.eq_ignore_ascii_case(site))
        && title[..cut].ends_with(sep)
    {
        return Some(title[..cut - sep.len()].trim().to_string()).filter(|h| !h.is_empty());
    }
    if title
        .get(..site.len())
        .is_some_and(|t| t.eq_ignore_ascii_case(site))
        && title[site.len()..].starts_with(sep)
    {
        return Some(title[site.len() + sep.len()..].trim().to_string()).filter(|h| !h.is_empty());
    }
    None
}

// ---------------------------------------------------------------------------
// Nesting
// ---------------------------------------------------------------------------

/// Elements nested deeper than this lose their tags before parsing (their
/// text stays). Real pages nest a few dozen deep.
pub const MAX_DEPTH: usize = 512;

/// Elements with no end tag.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements that the parser closes by itself (a `<p>` ends at the next
/// block, an `<li>` at the next item, a row at the next row): they do not
/// nest without a tracked element in between.
const SELF_CLOSING: &[&str] = &[
    "body", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p", "rb", "rp",
    "rt", "rtc", "tbody", "tfoot", "thead", "tr",
];

/// Where an end tag stops looking for its element (the parser's "in
/// scope"): a `</div>` inside a table cell does not close the `div` around
/// the table.
const SCOPE_BOUNDARIES: &[&str] = &[
    "applet", "caption", "marquee", "object", "table", "td", "template", "th",
];

/// Elements whose content is not markup.
const RAW_TEXT: &[&str] = &[
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
];

/// The elements a page has open, as the parser will have them, near enough
/// to bound its depth: end tags close only what is in scope, cells and rows
/// close at the next cell, row or table end.
#[derive(Default)]
struct OpenElements {
    names: Vec<String>,
    /// How many `svg` and `math` elements are open: inside them `<x/>`
    /// closes itself.
    foreign: usize,
}

impl OpenElements {
    fn depth(&self) -> usize {
        self.names.len()
    }

    fn push(&mut self, name: String) {
        self.foreign += usize::from(name == "svg" || name == "math");
        self.names.push(name);
    }

    fn truncate(&mut self, len: usize) {
        for name in &self.names[len.min(self.names.len())..] {
            self.foreign -= usize::from(name == "svg" || name == "math");
        }
        self.names.truncate(len);
    }

    /// The position of the innermost `name` not behind a scope boundary.
    fn in_scope(&self, name: &str) -> Option<usize> {
        for (i, open) in self.names.iter().enumerate().rev() {
            if open == name {
                return Some(i);
            }
            if SCOPE_BOUNDARIES.contains(&open.as_str()) {
                return None;
            }
        }
        None
    }

    /// Close what is open inside the innermost table (its cells and what
    /// they hold), as a new row or cell does.
    fn close_to_table(&mut self) {
        if let Some(t) = self.names.iter().rposition(|n| n == "table") {
            self.truncate(t + 1);
        }
    }

    /// A start tag; false when it must be dropped (too deep).
    fn start(&mut self, name: &str, self_closed: bool) -> bool {
        match name {
            "td" | "th" | "caption" => self.close_to_table(),
            "tr" | "tbody" | "thead" | "tfoot" => {
                self.close_to_table();
                return true;
            }
            _ if VOID.contains(&name) || SELF_CLOSING.contains(&name) => return true,
            _ if self_closed && self.foreign > 0 => return true,
            _ => {}
        }
        if self.depth() >= MAX_DEPTH {
            return false;
        }
        self.push(name.to_string());
        true
    }

    /// An end tag: close the element if it is in scope.
    fn end(&mut self, name: &str) {
        match name {
            "tr" | "tbody" | "thead" | "tfoot" => self.close_to_table(),
            "table" => {
                if let Some(t) = self.names.iter().rposition(|n| n == "table") {
                    self.truncate(t);
                }
            }
            _ => {
                if let Some(i) = self.in_scope(name) {
                    self.truncate(i);
                }
            }
        }
    }
}

/// Drop the tags of elements nested more than [`MAX_DEPTH`] deep, by a
/// linear scan of the tags (comments, raw text and quoted attribute values
/// skipped) that keeps the open elements as the parser will (end tags close
/// only what is in scope; cells and rows close one another). It is not the
/// parser, which only matters for pages that nest hundreds deep: every
/// other page is returned as it is. Each tag costs at most [`MAX_DEPTH`]
/// steps.
pub fn limit_nesting(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut open = OpenElements::default();
    // Start tags dropped and not yet ended, by name.
    let mut dropped: HashMap<String, usize> = HashMap::new();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        let lt = i + off;
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            i = memmem::find(&b[lt + 4..], b"-->").map_or(b.len(), |p| lt + 4 + p + 3);
            continue;
        }
        if matches!(rest.first(), Some(b'!' | b'?')) {
            i = memchr(b'>', rest).map_or(b.len(), |p| lt + 1 + p + 1);
            continue;
        }
        let end_tag = rest.first() == Some(&b'/');
        let name_start = lt + 1 + usize::from(end_tag);
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1;
            continue;
        }
        let name_end = name_start
            + b[name_start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'_'))
                .count();
        let name = html[name_start..name_end].to_ascii_lowercase();
        let gt = tag_end(b, name_end);
        let self_closed = gt >= 2 && b[gt - 2] == b'/' && b[gt - 1] == b'>';
        i = gt;
        if !end_tag && RAW_TEXT.contains(&name.as_str()) {
            if name == "plaintext" {
                break;
            }
            i = find_end_tag(b, gt, name.as_bytes());
            continue;
        }
        let keep = if end_tag {
            match dropped.get_mut(&name).filter(|d| **d > 0) {
                Some(d) => {
                    *d -= 1;
                    false
                }
                None => {
                    open.end(&name);
                    true
                }
            }
        } else if open.start(&name, self_closed) {
            true
        } else {
            *dropped.entry(name).or_default() += 1;
            false
        };
        if !keep {
            let s = out.get_or_insert_with(|| String::with_capacity(html.len()));
            s.push_str(&html[copied..lt]);
            copied = gt;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut s) => {
            s.push_str(&html[copied..]);
            Cow::Owned(s)
        }
    }
}

/// One past the `>` that ends the tag whose name ends at `from`; quoted
/// attribute values may hold a `>`.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    let mut after_equals = false;
    while i < b.len() {
        match b[i] {
            b'>' => return i + 1,
            q @ (b'"' | b'\'') if after_equals => {
                i = memchr(q, &b[i + 1..]).map_or(b.len(), |p| i + 1 + p + 1);
                after_equals = false;
                continue;
            }
            b'=' => after_equals = true,
            c if c.is_ascii_whitespace() => {}
            _ => after_equals = false,
        }
        i += 1;
    }
    b.len()
}

/// Where `</name` next starts at or after `from` (any case), or the end.
fn find_end_tag(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(p) = memmem::find(&b[i..], b"</") {
        let at = i + p;
        let after = at + 2 + name.len();
        if b.len() >= after
            && b[at + 2..after].eq_ignore_ascii_case(name)
            && !b.get(after).is_some_and(u8::is_ascii_alphanumeric)
        {
            return at;
        }
        i = at + 2;
    }
    b.len()
}

#[cfg(test)]
mod tests;

/// Write an HTML block of a Markdown file into `w` as the page reader
/// writes a page's body: paragraphs, headings, lists and tables each their
/// own, furniture (by its tag, its class and id words, or hidden) left
/// out, and a paragraph almost all link text dropped. Returns the name of
/// a furniture element the block opens and does not close (`<aside
/// class="related">`, then Markdown, then `</aside>`): the caller leaves
/// out the Markdown up to its end tag.
pub fn write_html_block(block: &str, w: &mut Paragraphs) -> Option<String> {
    // (Nesting bounded as for a page: see [`limit_nesting`].)
    let fragment = Html::parse_fragment(&limit_nesting(block));
    let dom = Dom::build(&fragment);
    let out = dom.set_aside(&vec![false; dom.len()]);
    let stats = Stats::measure(&dom, &out);
    w.end_paragraph();
    w.drop_link_paragraphs(true);
    dom.write(0, &out, &stats, w);
    w.end_paragraph();
    w.drop_link_paragraphs(false);
    // The block's first element, when a furniture tag whose end tag the
    // block lacks (the parser closed it at the block's end).
    let first = dom
        .items
        .iter()
        .filter_map(|item| item.el)
        .find(|el| el.name() != "html")?;
    let name = first.name();
    let closes = follow_tags(block, name, &mut 0);
    (is_boilerplate_tag(name) && !closes).then(|| name.to_string())
}

/// Follow the start and end tags named `name` in `html`, in order, from
/// `depth` elements of that name open: whether one end tag brings the
/// count to 0 (the element open at the start, or the first opened, is
/// closed). A tag of exactly the name, in any case: `<aside>`, `</ASIDE >`,
/// not `<asides`.
pub fn follow_tags(html: &str, name: &str, depth: &mut usize) -> bool {
    let b = html.as_bytes();
    let name = name.as_bytes();
    for at in memchr::memchr_iter(b'<', b) {
        let (closing, from) = match b.get(at + 1) {
            Some(b'/') => (true, at + 2),
            _ => (false, at + 1),
        };
        let named = b
            .get(from..from + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && b.get(from + name.len())
                .is_none_or(|&c| c == b'>' || c == b'/' || c.is_ascii_whitespace());
        if !named {
            continue;
        }
        if closing {
            *depth = depth.saturating_sub(1);
            if *depth == 0 {
                return true;
            }
        } else {
            *depth += 1;
        }
    }
    false
}
