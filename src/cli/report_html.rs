//! `report --format html`: one self-contained page that a checker would
//! rather look at than read.
//!
//! For each article: the latest revision's text with every claim highlighted
//! in place and coloured by status, a table of verdicts, and what changed
//! since the revision before. The page loads nothing: its CSS is inline, it
//! has no script, no font, no image, and its Content-Security-Policy forbids
//! them anyway. Everything that comes from the store (article text, titles,
//! speakers, notes, URLs) goes through [`Html`], which escapes text and
//! attribute values; only `http` and `https` source URLs become links.
//!
//! Highlights nest: a quote claim inside its sentence is a `<mark>` inside
//! the sentence's `<mark>`. Spans that cross (or run over a paragraph break)
//! are cut into fragments at the crossing, so the markup stays well formed;
//! the first fragment carries the claim's anchor, the last one its numbered
//! link to the claim's row in the table.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::output::{serde_name, truncate};
use super::report::STATUSES;
use crate::diff::{
    ChangeKind, DiffClaim, WordTag, change_figures, diff_claims, summary, word_diff,
};
use crate::revision::claims_at;
use crate::store::model::{ArticleFile, ClaimRecord, LogEntry, LogEvent, QuantityRecord, Status};
use crate::text::normalize;
use crate::text::segment::find_paragraphs;

/// The whole page for `files` (one section per article, with a table of
/// contents when there are several).
pub fn render(files: &[ArticleFile]) -> String {
    let mut h = Html::default();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.raw(concat!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"",
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
        "\">\n"
    ));
    h.raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.raw("<meta name=\"color-scheme\" content=\"light dark\">\n");
    h.open("meta", &[("name", "generator"), ("content", GENERATOR)]);
    h.raw("\n<title>");
    match files {
        [file] => {
            h.text(&file.article.title);
            h.raw(" — claimtrack report");
        }
        _ => h.text(&format!(
            "claimtrack report: {}",
            count(files.len(), "article")
        )),
    }
    h.raw("</title>\n");
    h.style(&stylesheet());
    h.raw("</head>\n<body>\n<main>\n");

    // One article: its title is the page's heading. Several: a heading and a
    // table of contents, then one section per article a level down.
    let level = if files.len() == 1 { 1 } else { 2 };
    if files.len() != 1 {
        h.raw("<header class=\"page\">\n<h1>Claim report</h1>\n");
        h.elem(
            "p",
            &[("class", "meta")],
            &format!("{} in the store.", count(files.len(), "article")),
        );
        h.raw("</header>\n");
    }
    if files.len() > 1 {
        toc(&mut h, files);
    }
    for file in files {
        ArticleView::new(file).write(&mut h, level);
    }
    h.raw("<footer>\n");
    h.elem(
        "p",
        &[],
        &format!(
            "Made by {GENERATOR} from the claim store. This page loads nothing from the network and runs no script."
        ),
    );
    h.raw("</footer>\n</main>\n</body>\n</html>\n");
    h.finish()
}

const GENERATOR: &str = concat!("claimtrack ", env!("CARGO_PKG_VERSION"));

/// A tiny HTML writer. Text and attribute values are always escaped; tag
/// and attribute names, and markup written with [`Html::raw`], are fixed
/// strings of this file, never data.
#[derive(Default)]
pub struct Html {
    out: String,
}

impl Html {
    /// Markup written in this file (a `&'static str`, so never data).
    pub fn raw(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    /// `<tag name="value" ...>`, each value escaped.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
    }

    pub fn close(&mut self, tag: &'static str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// An element holding only text.
    pub fn elem(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) {
        self.open(tag, attrs);
        self.text(text);
        self.close(tag);
    }

    /// A link to an outside page when `url` is a plain `http(s)` URL; the
    /// text alone (marked as not linked) otherwise, so that a `javascript:`
    /// or `data:` URL in the store is shown, never followed.
    pub fn link(&mut self, url: &str, text: &str) {
        match safe_href(url) {
            Some(href) => self.elem("a", &[("href", href), ("rel", "noopener noreferrer")], text),
            None => {
                self.open(
                    "span",
                    &[
                        ("class", "unlinked"),
                        ("title", "not linked: not an http(s) URL"),
                    ],
                );
                self.text(text);
                if text != url {
                    self.text(" <");
                    self.text(url);
                    self.text(">");
                }
                self.close("span");
            }
        }
    }

    /// A `<style>` element. The CSS is this file's own; `</` is escaped
    /// anyway so that nothing in it can end the element early.
    fn style(&mut self, css: &str) {
        self.out.push_str("<style>\n");
        self.out.push_str(&css.replace("</", "<\\/"));
        self.out.push_str("</style>\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// `text` with `& < > " '` as character references (safe in text and in a
/// quoted attribute value), and NUL, which HTML does not allow, as U+FFFD.
fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'', '\0']) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => "\u{FFFD}",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}

/// `url` (trimmed) when it is an absolute `http:` or `https:` URL with no
/// white space or control characters in it: the only links the page makes.
fn safe_href(url: &str) -> Option<&str> {
    let url = url.trim();
    let (scheme, rest) = url.split_once(':')?;
    let scheme_ok = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (scheme_ok && clean && rest.starts_with("//") && rest.len() > 2).then_some(url)
}

/// `3 claims`, `1 claim`.
fn count(n: usize, noun: &str) -> String {
    super::output::count(n, noun)
}

/// How a status looks: a background tint and a line colour for light and
/// dark pages, and a line style so that statuses differ without colour too.
struct Look {
    status: Status,
    light_bg: &'static str,
    light_line: &'static str,
    dark_bg: &'static str,
    dark_line: &'static str,
    /// The `text-decoration` of a highlight, before its colour.
    decoration: &'static str,
    /// The same in words, for the legend.
    described: &'static str,
}

/// Text on a light page, and on a dark one.
const LIGHT_TEXT: &str = "#1f2328";
const DARK_TEXT: &str = "#e6edf3";
const LIGHT_PAGE: &str = "#ffffff";
const DARK_PAGE: &str = "#0d1117";

const LOOKS: [Look; 7] = [
    Look {
        status: Status::Unverified,
        light_bg: "#fff3c4",
        light_line: "#7d5e00",
        dark_bg: "#3b3000",
        dark_line: "#e3b341",
        decoration: "none",
        described: "tint, no line",
    },
    Look {
        status: Status::InReview,
        light_bg: "#dbeafe",
        light_line: "#1d5fc4",
        dark_bg: "#0c2d6b",
        dark_line: "#79b8ff",
        decoration: "underline dotted 2px",
        described: "dotted line",
    },
    Look {
        status: Status::Verified,
        light_bg: "#d5f5de",
        light_line: "#1a7537",
        dark_bg: "#0f3d1f",
        dark_line: "#56d364",
        decoration: "underline solid 3px",
        described: "thick line",
    },
    Look {
        status: Status::Misleading,
        light_bg: "#ffe6c7",
        light_line: "#9a4600",
        dark_bg: "#4a2600",
        dark_line: "#ffa657",
        decoration: "underline dashed 2px",
        described: "dashed line",
    },
    Look {
        status: Status::False,
        light_bg: "#ffdcd8",
        light_line: "#c01f1f",
        dark_bg: "#5c1414",
        dark_line: "#ff8f87",
        decoration: "underline double 3px",
        described: "double line",
    },
    Look {
        status: Status::Unverifiable,
        light_bg: "#e8eaed",
        light_line: "#545b64",
        dark_bg: "#30363d",
        dark_line: "#b1bac4",
        decoration: "underline overline solid 1px",
        described: "lines above and below",
    },
    Look {
        status: Status::NeedsRecheck,
        light_bg: "#f3dcfa",
        light_line: "#8424a6",
        dark_bg: "#3c1e4f",
        dark_line: "#d2a8ff",
        decoration: "underline wavy 2px",
        described: "wavy line",
    },
];

fn look(status: Status) -> &'static Look {
    LOOKS
        .iter()
        .find(|l| l.status == status)
        .unwrap_or(&LOOKS[0])
}

/// The page's CSS: fixed rules, plus one rule set per status from [`LOOKS`].
fn stylesheet() -> String {
    let mut css =
        format!(":root{{--bg:{LIGHT_PAGE};--fg:{LIGHT_TEXT};--on-line:{LIGHT_PAGE}}}\n{BASE_CSS}");
    let mut dark = String::new();
    for l in &LOOKS {
        let s = l.status.as_str();
        css.push_str(&format!(
            ".s-{s}{{--hl-bg:{};--hl-line:{}}}\nmark.hl.s-{s}{{text-decoration:{} var(--hl-line)}}\n",
            l.light_bg, l.light_line, l.decoration
        ));
        dark.push_str(&format!(
            ".s-{s}{{--hl-bg:{};--hl-line:{}}}\n",
            l.dark_bg, l.dark_line
        ));
    }
    css.push_str("@media screen and (prefers-color-scheme: dark){\n");
    css.push_str(&format!(
        ":root{{--bg:{DARK_PAGE};--fg:{DARK_TEXT};--on-line:{DARK_PAGE};{DARK_VARS}}}\n"
    ));
    css.push_str(&dark);
    css.push_str("}\n");
    css.push_str(PRINT_CSS);
    css
}

const DARK_VARS: &str = "--muted:#9da7b3;--rule:#30363d;--panel:#161b22;--link:#79c0ff;\
--del-bg:#5a1e1e;--del-fg:#ffdcd7;--ins-bg:#12361f;--ins-fg:#aff5b4";

const BASE_CSS: &str = "\
:root{--muted:#57606a;--rule:#d0d7de;--panel:#f6f8fa;\
--link:#0550ae;--del-bg:#ffebe9;--del-fg:#82071e;--ins-bg:#dafbe1;--ins-fg:#116329}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);\
font:16px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif}
main{max-width:70rem;margin:0 auto;padding:1.25rem 1.25rem 3rem}
a{color:var(--link)}
h1,h2,h3{line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.75rem;margin-top:.5em}
h2{font-size:1.35rem}
h3{font-size:1.1rem}
code{overflow-wrap:anywhere;font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,\"DejaVu Sans Mono\",monospace}
.meta,.summary,footer{color:var(--muted)}
footer{margin-top:3rem;border-top:1px solid var(--rule);font-size:.85rem}
article.report{border-top:1px solid var(--rule);margin-top:2rem}
article.report:first-of-type{border-top:0;margin-top:0}
nav.toc ol{padding-left:1.4rem}
nav.toc li{margin:.2rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.1rem;list-style:none;padding:.6rem .8rem;margin:1rem 0;\
background:var(--panel);border:1px solid var(--rule);border-radius:6px;font-size:.9rem}
.legend li{white-space:nowrap}
.legend .n{font-weight:600}
.legend .zero{opacity:.75}
.legend .how{color:var(--muted);font-size:.8rem}
.article-text{font-family:Georgia,\"Times New Roman\",\"DejaVu Serif\",serif;font-size:1.08rem;line-height:1.9;\
max-width:46rem}
.article-text p{margin:0 0 .9em}
.article-text .headline{font-weight:700;font-size:1.2rem}
.article-text .subhead{font-weight:700;font-family:system-ui,sans-serif;font-size:.95rem;\
text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
mark.hl{color:var(--fg);background:var(--hl-bg);border-radius:2px;padding:.08em 0;\
text-underline-offset:.22em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.hl mark.hl{text-underline-offset:.5em}
mark.hl:target{outline:2px solid var(--hl-line);outline-offset:1px}
a.ref{display:inline-block;margin:0 .1em 0 .15em;padding:0 .35em;border-radius:.7em;font:600 .68rem/1.5 system-ui,sans-serif;\
vertical-align:.35em;text-decoration:none;background:var(--hl-line);color:var(--on-line)}
a.ref:focus,a.ref:hover{outline:2px solid var(--fg)}
a.ref.s-unverified,.status.s-unverified{background:var(--hl-bg);color:var(--fg);box-shadow:inset 0 0 0 1px var(--hl-line)}
.status{display:inline-block;padding:0 .45em;border-radius:.8em;font-size:.8rem;font-weight:600;white-space:nowrap;\
background:var(--hl-line);color:var(--on-line)}
.tag{display:inline-block;padding:0 .45em;border:1px solid var(--rule);border-radius:4px;font-size:.8rem;\
font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--rule)}
th{background:var(--panel);font-weight:600;white-space:nowrap}
tr:target td{background:var(--panel)}
td.claim{min-width:14rem}
td ul{margin:0;padding:0;list-style:none}
td li+li{margin-top:.3rem}
td.claim{max-width:24rem}
th:first-child,td:first-child{white-space:nowrap}
td .who{color:var(--muted);font-size:.8rem}
td a,.unlinked{overflow-wrap:anywhere}
.unlinked{color:var(--muted)}
tr.s-false td:first-child,tr.s-misleading td:first-child,tr.s-needs-recheck td:first-child{\
box-shadow:inset 4px 0 0 var(--hl-line)}
ol.changes{list-style:none;padding:0}
ol.changes>li{border:1px solid var(--rule);border-radius:6px;padding:.55rem .75rem;margin:.6rem 0}
ol.changes .diff{margin:.35rem 0 0}
ol.changes .figures{margin:.25rem 0 0;font-size:.9rem}
del+ins{margin-left:.3em}
li.added ins{text-decoration:none}
.what{color:var(--muted)}
del{background:var(--del-bg);color:var(--del-fg);text-decoration:line-through}
ins{background:var(--ins-bg);color:var(--ins-fg);text-decoration:underline}
li.removed .text{text-decoration:line-through;color:var(--muted)}
@media (max-width:40rem){
main{padding:.75rem .8rem 2rem}
h1{font-size:1.4rem}
.article-text{font-size:1rem}
table,thead,tbody,tr,th,td{display:block}
thead{position:absolute;left:-9999px}
tr{border:1px solid var(--rule);border-radius:6px;margin:0 0 .7rem;padding:.3rem .5rem}
td{border:0;padding:.2rem 0}
td:empty,td:first-child br{display:none}
td::before{content:attr(data-label);display:block;font-size:.72rem;font-weight:600;text-transform:uppercase;\
letter-spacing:.04em;color:var(--muted)}
td:first-child::before{display:inline;margin-right:.4em}
td:first-child code{margin-left:.5em}
td.claim{min-width:0}
}
";

const PRINT_CSS: &str = "\
@media print{
:root{--bg:#ffffff;--fg:#000000;--muted:#444444;--link:#000000}
body{font-size:10.5pt}
main{max-width:none;padding:0}
nav.toc,footer{display:none}
article.report{break-before:page;border:0}
article.report:first-of-type{break-before:auto}
mark.hl,a.ref,.status,del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}
tr,ol.changes>li{break-inside:avoid}
td a[rel~=noopener]::after{content:\" <\" attr(href) \">\";font-size:.8em}
.table-wrap{overflow:visible}
}
";

/// One article's part of the page.
struct ArticleView<'a> {
    file: &'a ArticleFile,
    /// Claims in the latest revision, in store (position) order.
    live: Vec<&'a ClaimRecord>,
    removed: Vec<&'a ClaimRecord>,
    /// The latest revision's text, when stored.
    text: Option<&'a str>,
    /// Where each live claim is in `text`, when it can be found there.
    spans: Vec<Option<(usize, usize)>>,
}

impl<'a> ArticleView<'a> {
    fn new(file: &'a ArticleFile) -> Self {
        let a = &file.article;
        let text = a
            .revisions
            .iter()
            .find(|r| r.revision == a.revision)
            .map(|r| r.text.as_str());
        let live: Vec<&ClaimRecord> = file
            .claims
            .iter()
            .filter(|c| c.removed_in.is_none())
            .collect();
        let removed = file
            .claims
            .iter()
            .filter(|c| c.removed_in.is_some())
            .collect();
        let spans = live
            .iter()
            .map(|c| text.and_then(|t| locate(t, c)))
            .collect();
        ArticleView {
            file,
            live,
            removed,
            text,
            spans,
        }
    }

    fn id(&self) -> &str {
        &self.file.article.id
    }

    /// The id of a claim's row in the table.
    fn row_id(&self, claim: &str) -> String {
        format!("c-{}-{claim}", self.id())
    }

    /// The id of a claim's first highlight in the text.
    fn text_id(&self, claim: &str) -> String {
        format!("t-{}-{claim}", self.id())
    }

    fn write(&self, h: &mut Html, level: u8) {
        let a = &self.file.article;
        let (h_title, h_section): (&'static str, &'static str) = if level == 1 {
            ("h1", "h2")
        } else {
            ("h2", "h3")
        };
        h.open(
            "article",
            &[("class", "report"), ("id", &format!("a-{}", a.id))],
        );
        h.raw("\n");
        h.elem(h_title, &[], &a.title);
        h.raw("\n<p class=\"meta\">Article ");
        h.elem("code", &[], &a.id);
        h.text(&format!(", revision {}", a.revision));
        if let Some(r) = a.revisions.iter().find(|r| r.revision == a.revision) {
            h.text(&format!(", recorded {} from ", r.recorded_at));
            match safe_href(&r.source) {
                Some(_) => h.link(&r.source, &r.source),
                None => h.elem("code", &[], &r.source),
            }
        }
        h.text(&format!(
            ". {} in this revision",
            count(self.live.len(), "claim")
        ));
        if !self.removed.is_empty() {
            h.text(&format!(", {} removed", self.removed.len()));
        }
        h.raw(".</p>\n");
        self.write_legend(h);

        h.raw("<section class=\"text\">\n");
        h.elem(h_section, &[], &format!("Text of revision {}", a.revision));
        h.raw("\n");
        let shown = match self.text {
            Some(text) => self.write_text(h, text),
            None => {
                h.elem(
                    "p",
                    &[("class", "meta")],
                    &format!("The text of revision {} is not in the store.", a.revision),
                );
                vec![false; self.live.len()]
            }
        };
        h.raw("</section>\n<section class=\"verdicts\">\n");
        h.elem(h_section, &[], "Verdicts");
        h.raw("\n");
        self.write_table(h, &shown);
        h.raw("</section>\n");
        self.write_changes(h, h_section);
        if !self.removed.is_empty() {
            h.raw("<section class=\"removed\">\n");
            h.elem(h_section, &[], "Removed claims");
            h.raw("\n");
            self.write_removed(h);
            h.raw("</section>\n");
        }
        h.raw("</article>\n");
    }

    fn write_legend(&self, h: &mut Html) {
        h.raw("<ul class=\"legend\" aria-label=\"Statuses\">\n");
        for status in STATUSES {
            let n = self.live.iter().filter(|c| c.status == status).count();
            let l = look(status);
            let class = if n == 0 { "zero" } else { "some" };
            h.open("li", &[("class", class)]);
            h.open(
                "mark",
                &[
                    ("class", &format!("hl s-{}", status.as_str())),
                    ("title", l.described),
                ],
            );
            h.text(status.as_str());
            h.close("mark");
            h.raw(" ");
            h.elem("span", &[("class", "n")], &n.to_string());
            h.raw(" ");
            h.elem("span", &[("class", "how")], &format!("({})", l.described));
            h.close("li");
            h.raw("\n");
        }
        h.raw("</ul>\n");
    }

    /// The text, one `<p>` per paragraph, claims highlighted. Which live
    /// claims it highlighted.
    fn write_text(&self, h: &mut Html, text: &str) -> Vec<bool> {
        let paragraphs = find_paragraphs(text);
        // Live claims that were found, outer first: by start, longer first.
        let mut order: Vec<usize> = (0..self.live.len())
            .filter(|&i| self.spans[i].is_some())
            .collect();
        order.sort_by_key(|&i| {
            let (s, e) = self.spans[i].unwrap_or_default();
            (s, Reverse(e), i)
        });
        let span = |i: usize| self.spans[i].unwrap_or_default();
        let mut marks = Marks {
            view: self,
            started: vec![false; self.live.len()],
            linked: vec![false; self.live.len()],
        };
        let mut next = 0;
        let mut current: Vec<usize> = Vec::new();
        h.raw("<div class=\"article-text\">\n");
        for (pi, p) in paragraphs.iter().enumerate() {
            let (ps, pe) = (p.span.start, p.span.end);
            while next < order.len() && span(order[next]).0 < pe {
                current.push(order[next]);
                next += 1;
            }
            current.retain(|&i| span(i).1 > ps);
            let next_start = paragraphs.get(pi + 1).map_or(usize::MAX, |n| n.span.start);
            let class = match (pi, p.heading) {
                (0, true) => "headline",
                (_, true) => "subhead",
                _ => "para",
            };
            h.open("p", &[("class", class)]);
            let pieces: Vec<Piece> = current
                .iter()
                .map(|&i| Piece {
                    claim: i,
                    start: span(i).0.max(ps),
                    end: span(i).1.min(pe),
                    last: span(i).1 <= next_start,
                })
                .filter(|p| p.start < p.end)
                .collect();
            write_paragraph(h, text, ps, pe, &pieces, &mut marks);
            h.close("p");
            h.raw("\n");
        }
        h.raw("</div>\n");
        marks.started
    }

    /// The table of live claims; `shown` tells which are highlighted above.
    fn write_table(&self, h: &mut Html, shown: &[bool]) {
        if self.live.is_empty() {
            h.elem("p", &[("class", "meta")], "No claims in this revision.");
            return;
        }
        table_head(h, "claims", "#");
        for (i, c) in self.live.iter().enumerate() {
            self.open_row(h, c);
            h.open("td", &[("data-label", "#")]);
            let n = (i + 1).to_string();
            if shown[i] {
                h.elem(
                    "a",
                    &[
                        ("href", &format!("#{}", self.text_id(&c.id))),
                        ("title", "show in the text"),
                    ],
                    &n,
                );
            } else {
                h.text(&n);
            }
            h.raw("<br>");
            h.elem("code", &[], &c.id);
            h.close("td");
            self.claim_cells(h, c, true);
            if self.text.is_some() && !shown[i] {
                // Inside the notes cell, which claim_cells left open.
                h.elem(
                    "p",
                    &[("class", "who")],
                    "Not highlighted: its text was not found in the stored revision.",
                );
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</div>\n");
    }

    fn write_removed(&self, h: &mut Html) {
        table_head(h, "removed", "removed");
        for c in &self.removed {
            self.open_row(h, c);
            h.open("td", &[("data-label", "removed")]);
            h.text(&format!("in revision {}", c.removed_in.unwrap_or(0)));
            h.raw("<br>");
            h.elem("code", &[], &c.id);
            h.close("td");
            self.claim_cells(h, c, false);
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</div>\n");
    }

    fn open_row(&self, h: &mut Html, c: &ClaimRecord) {
        h.open(
            "tr",
            &[
                ("id", &self.row_id(&c.id)),
                ("class", &format!("s-{}", c.status.as_str())),
            ],
        );
    }

    /// The cells every claim row has after its first: kind, status, claim,
    /// speaker, figures, sources, and the notes cell, left open. A claim
    /// `shown` in the text above is cut short here.
    fn claim_cells(&self, h: &mut Html, c: &ClaimRecord, shown: bool) {
        let status = c.status.as_str();
        h.elem("td", &[("data-label", "kind")], &serde_name(&c.kind));
        h.open("td", &[("data-label", "status")]);
        h.elem("span", &[("class", &format!("status s-{status}"))], status);
        h.close("td");
        let text = normalize(&c.text);
        if shown {
            h.elem(
                "td",
                &[
                    ("data-label", "claim"),
                    ("class", "claim"),
                    ("title", &text),
                ],
                &truncate(&text, 140),
            );
        } else {
            h.elem("td", &[("data-label", "claim"), ("class", "claim")], &text);
        }
        h.elem(
            "td",
            &[("data-label", "speaker")],
            c.speaker.as_deref().unwrap_or(""),
        );
        h.open("td", &[("data-label", "figures")]);
        list(h, &c.quantities, |h, q| {
            h.text(&q.text);
            h.raw(" ");
            h.elem("span", &[("class", "who")], &figure_value(q));
        });
        h.close("td");
        h.open("td", &[("data-label", "sources")]);
        list(h, &c.sources, |h, s| {
            h.link(&s.url, s.title.as_deref().unwrap_or(&s.url));
            if let Some(note) = &s.note {
                h.text(": ");
                h.text(note);
            }
        });
        h.close("td");
        h.open("td", &[("data-label", "notes")]);
        let notes: Vec<&LogEntry> = c
            .log
            .iter()
            .filter(|e| matches!(e.event, LogEvent::Status | LogEvent::Note) && e.note.is_some())
            .collect();
        list(h, &notes, |h, e| {
            if let (LogEvent::Status, Some(from), Some(to)) = (e.event, &e.from, &e.to) {
                h.text(&format!("{from} → {to}: "));
            }
            h.text(e.note.as_deref().unwrap_or(""));
            h.raw(" ");
            let day = e.at.as_str().get(..10).unwrap_or(e.at.as_str());
            h.elem("span", &[("class", "who")], &format!("— {}, {day}", e.by));
        });
    }

    /// What changed from the revision before the latest to the latest.
    fn write_changes(&self, h: &mut Html, h_section: &'static str) {
        let rev = self.file.article.revision;
        if rev < 2 {
            return;
        }
        let (Some(old), Some(new)) = (claims_at(self.file, rev - 1), claims_at(self.file, rev))
        else {
            return;
        };
        let changes = diff_claims(&old, &new);
        h.raw("<section class=\"changes\">\n");
        h.elem(
            h_section,
            &[],
            &format!("Changes from revision {} to revision {rev}", rev - 1),
        );
        let s = summary(&changes);
        h.elem(
            "p",
            &[("class", "summary")],
            &format!(
                "{} changed, {} added, {} removed, {} unchanged.",
                s.changed, s.added, s.removed, s.unchanged
            ),
        );
        let listed: Vec<_> = changes
            .iter()
            .filter(|c| c.change != ChangeKind::Unchanged)
            .collect();
        if !listed.is_empty() {
            h.raw("<ol class=\"changes\">\n");
        }
        let records: HashMap<&str, &ClaimRecord> = self
            .file
            .claims
            .iter()
            .map(|c| (c.id.as_str(), c))
            .collect();
        for c in &listed {
            let old_claim = c.old.map(|o| &old[o]);
            let new_claim = c.new.map(|n| &new[n]);
            let id = old_claim
                .and_then(|o| o.id.as_deref())
                .or_else(|| new_claim.and_then(|n| n.id.as_deref()));
            let kind = serde_name(&c.change);
            h.open("li", &[("class", &format!("change {kind}"))]);
            h.elem("span", &[("class", "tag")], &kind);
            if let Some(id) = id {
                h.raw(" ");
                let record = records.get(id);
                if record.is_some() {
                    h.open("a", &[("href", &format!("#{}", self.row_id(id)))]);
                    h.elem("code", &[], id);
                    h.close("a");
                } else {
                    h.elem("code", &[], id);
                }
                if let Some(record) = record {
                    let status = record.status.as_str();
                    h.raw(" ");
                    h.elem("span", &[("class", &format!("status s-{status}"))], status);
                }
            }
            if !c.what.is_empty() {
                h.raw(" ");
                let what: Vec<&str> = c.what.iter().map(|w| w.as_str()).collect();
                h.elem("span", &[("class", "what")], &what.join(", "));
            }
            h.raw("\n<p class=\"diff\">");
            match (old_claim, new_claim) {
                (Some(o), Some(n)) => inline_diff(h, &o.text, &n.text),
                (None, Some(n)) => {
                    h.open("ins", &[]);
                    h.text(&normalize(&n.text));
                    h.close("ins");
                }
                (Some(o), None) => {
                    h.open("del", &[]);
                    h.text(&normalize(&o.text));
                    h.close("del");
                }
                (None, None) => {}
            }
            h.raw("</p>\n");
            if let (Some(o), Some(n)) = (old_claim, new_claim) {
                write_moves(h, o, n, &old, &new, c);
            }
            h.raw("</li>\n");
        }
        if !listed.is_empty() {
            h.raw("</ol>\n");
        }
        h.raw("</section>\n");
    }
}

/// The speaker and the figures that moved in a changed claim.
fn write_moves(
    h: &mut Html,
    o: &DiffClaim,
    n: &DiffClaim,
    old: &[DiffClaim],
    new: &[DiffClaim],
    c: &crate::diff::Change,
) {
    if c.what.contains(&crate::diff::What::Speaker) {
        h.raw("<p class=\"figures\">speaker: ");
        h.elem("del", &[], o.speaker.as_deref().unwrap_or("none"));
        h.text(" → ");
        h.elem("ins", &[], n.speaker.as_deref().unwrap_or("none"));
        h.raw("</p>\n");
    }
    let moves = change_figures(old, new, c);
    if moves.is_empty() {
        return;
    }
    h.raw("<p class=\"figures\">figures: ");
    let text = |q: &QuantityRecord| normalize(&q.text);
    for (i, m) in moves.iter().enumerate() {
        if i > 0 {
            h.text(", ");
        }
        if let Some(o) = &m.old {
            h.elem("del", &[], &text(o));
        }
        if m.old.is_some() && m.new.is_some() {
            h.text(" → ");
        }
        if let Some(n) = &m.new {
            h.elem("ins", &[], &text(n));
        }
    }
    h.raw("</p>\n");
}

/// A word-level diff of two claim texts with `<del>` and `<ins>`, white
/// space around a changed run kept outside it.
fn inline_diff(h: &mut Html, old: &str, new: &str) {
    let (old, new) = (normalize(old), normalize(new));
    for (tag, words) in word_diff(&old, &new) {
        let tag = match tag {
            WordTag::Equal => {
                h.text(&words);
                continue;
            }
            WordTag::Delete => "del",
            WordTag::Insert => "ins",
        };
        let core = words.trim();
        if core.is_empty() {
            h.text(&words);
            continue;
        }
        h.text(&words[..words.len() - words.trim_start().len()]);
        h.elem(tag, &[], core);
        h.text(&words[words.trim_end().len()..]);
    }
}

/// The start of a claims table, up to its `<tbody>`.
fn table_head(h: &mut Html, class: &'static str, first: &'static str) {
    h.raw("<div class=\"table-wrap\">\n");
    h.open("table", &[("class", class)]);
    h.raw("\n<thead><tr>");
    for head in [
        first, "kind", "status", "claim", "speaker", "figures", "sources", "notes",
    ] {
        h.elem("th", &[("scope", "col")], head);
    }
    h.raw("</tr></thead>\n<tbody>\n");
}

/// A figure's normalized value: `count 250000 deaths`, `money 5e8 USD,
/// approx`.
fn figure_value(q: &QuantityRecord) -> String {
    let value = super::show::quantity_value(q);
    let mut out = format!("{} {value}", serde_name(&q.kind));
    if let Some(unit) = &q.unit {
        out.push(' ');
        out.push_str(unit);
    }
    let qualifier = serde_name(&q.qualifier);
    if qualifier != "exact" {
        out.push_str(", ");
        out.push_str(&qualifier);
    }
    out
}

/// A `<ul>` of `items`, nothing when there are none.
fn list<T>(h: &mut Html, items: &[T], mut item: impl FnMut(&mut Html, &T)) {
    if items.is_empty() {
        return;
    }
    h.raw("<ul>");
    for x in items {
        h.raw("<li>");
        item(h, x);
        h.raw("</li>");
    }
    h.raw("</ul>");
}

/// Where a claim is in `text`: its span when that is a valid range on
/// character boundaries covering the claim's text (up to white space and
/// typography), else the first place the text occurs verbatim (a hand edit
/// may have moved things), else nowhere.
fn locate(text: &str, claim: &ClaimRecord) -> Option<(usize, usize)> {
    let [s, e] = claim.span;
    if let Some(slice) = text.get(s..e)
        && !slice.is_empty()
        && normalize(slice) == normalize(&claim.text)
    {
        return Some((s, e));
    }
    if claim.text.trim().is_empty() {
        return None;
    }
    text.find(claim.text.as_str())
        .map(|s| (s, s + claim.text.len()))
}

/// A claim's part of one paragraph: `start..end` clipped to the paragraph;
/// `last` when the claim does not go on into a later paragraph.
#[derive(Debug, Clone, Copy)]
struct Piece {
    claim: usize,
    start: usize,
    end: usize,
    last: bool,
}

/// Opens and ends highlights, remembering which claims already have their
/// anchor and their link.
struct Marks<'v, 'a> {
    view: &'v ArticleView<'a>,
    started: Vec<bool>,
    linked: Vec<bool>,
}

impl Marks<'_, '_> {
    fn open(&mut self, h: &mut Html, claim: usize) {
        let c = self.view.live[claim];
        let status = c.status.as_str();
        let mut title = format!(
            "claim {} ({}): {}, {status}",
            claim + 1,
            c.id,
            serde_name(&c.kind)
        );
        if let Some(s) = &c.speaker {
            title.push_str(" — ");
            title.push_str(s);
        }
        let class = format!("hl s-{status}");
        if self.started[claim] {
            h.open(
                "mark",
                &[("class", &class), ("data-claim", &c.id), ("title", &title)],
            );
        } else {
            self.started[claim] = true;
            h.open(
                "mark",
                &[
                    ("id", &self.view.text_id(&c.id)),
                    ("class", &class),
                    ("data-claim", &c.id),
                    ("title", &title),
                ],
            );
        }
    }

    /// The numbered link to the claim's row, once, after its last fragment.
    fn link(&mut self, h: &mut Html, claim: usize) {
        if std::mem::replace(&mut self.linked[claim], true) {
            return;
        }
        let c = self.view.live[claim];
        let status = c.status.as_str();
        h.elem(
            "a",
            &[
                ("class", &format!("ref s-{status}")),
                ("href", &format!("#{}", self.view.row_id(&c.id))),
                (
                    "aria-label",
                    &format!("claim {} ({}), {status}", claim + 1, c.id),
                ),
            ],
            &(claim + 1).to_string(),
        );
    }
}

/// One paragraph `ps..pe` of `text` with its pieces as nested `<mark>`s.
///
/// `pieces` are ordered outer first (by start, longer first). At every
/// boundary the highlights that end there close; a highlight still open
/// above one that ends is closed and reopened after it, so the markup nests
/// even when spans cross.
fn write_paragraph(
    h: &mut Html,
    text: &str,
    ps: usize,
    pe: usize,
    pieces: &[Piece],
    marks: &mut Marks,
) {
    let mut bounds: Vec<usize> = Vec::with_capacity(pieces.len() * 2 + 2);
    bounds.push(ps);
    bounds.push(pe);
    for p in pieces {
        bounds.push(p.start);
        bounds.push(p.end);
    }
    bounds.sort_unstable();
    bounds.dedup();
    let mut stack: Vec<usize> = Vec::new();
    let mut next = 0;
    for (bi, &b) in bounds.iter().enumerate() {
        if let Some(pos) = stack.iter().position(|&j| pieces[j].end <= b) {
            let above: Vec<usize> = stack.drain(pos..).collect();
            for &j in above.iter().rev() {
                h.close("mark");
                if pieces[j].end <= b && pieces[j].last {
                    marks.link(h, pieces[j].claim);
                }
            }
            for &j in above.iter().filter(|&&j| pieces[j].end > b) {
                marks.open(h, pieces[j].claim);
                stack.push(j);
            }
        }
        while next < pieces.len() && pieces[next].start <= b {
            if pieces[next].start == b {
                marks.open(h, pieces[next].claim);
                stack.push(next);
            }
            next += 1;
        }
        if let Some(&nb) = bounds.get(bi + 1) {
            h.text(text.get(b..nb).unwrap_or(""));
        }
    }
}

/// The table of contents of a page with several articles.
fn toc(h: &mut Html, files: &[ArticleFile]) {
    h.raw("<nav class=\"toc\" aria-label=\"Articles\">\n<h2>Articles</h2>\n<ol>\n");
    for file in files {
        let a = &file.article;
        let live: Vec<_> = file
            .claims
            .iter()
            .filter(|c| c.removed_in.is_none())
            .collect();
        h.raw("<li>");
        h.elem("a", &[("href", &format!("#a-{}", a.id))], &a.title);
        let mut counts = vec![
            format!("revision {}", a.revision),
            count(live.len(), "claim"),
        ];
        for status in STATUSES {
            let n = live.iter().filter(|c| c.status == status).count();
            if n > 0 && status != Status::Unverified {
                counts.push(format!("{n} {}", status.as_str()));
            }
        }
        h.raw(" ");
        h.elem(
            "span",
            &[("class", "meta")],
            &format!("— {}", counts.join(", ")),
        );
        h.raw("</li>\n");
    }
    h.raw("</ol>\n</nav>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::default();
        h.open("p", &[("title", "\"><script>x</script>")]);
        h.text("<script>alert(1)</script> & 'q' \0");
        h.close("p");
        assert_eq!(
            h.finish(),
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">\
             &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;q&#39; \u{FFFD}</p>"
        );
    }

    #[test]
    fn only_plain_http_urls_become_links() {
        for ok in [
            "https://example.org/a?b=1&c=2",
            " http://x.org ",
            "HTTPS://X.ORG/",
        ] {
            assert!(safe_href(ok).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>x</script>",
            "//evil.example/x",
            "vbscript:x",
            "http:evil",
            "https://",
            "https://exa mple.org",
            "report.pdf",
            "",
        ] {
            assert!(safe_href(bad).is_none(), "{bad}");
        }
        let mut h = Html::default();
        h.link("javascript:alert(1)", "click");
        let out = h.finish();
        assert!(!out.contains("<a"), "{out}");
        assert!(out.contains("click &lt;javascript:alert(1)&gt;"), "{out}");
        let mut h = Html::default();
        h.link("https://example.org/?a=1&b=\"2\"", "t");
        assert_eq!(
            h.finish(),
            "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">t</a>"
        );
    }

    /// WCAG 2 relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn status_colours_pass_wcag_aa() {
        assert!(contrast("#000000", "#ffffff") > 20.9);
        for l in &LOOKS {
            let s = l.status.as_str();
            // Article text on a highlight: AA for normal text.
            let t = contrast(LIGHT_TEXT, l.light_bg);
            assert!(t >= 4.5, "{s}: text on light highlight {t:.2}");
            let t = contrast(DARK_TEXT, l.dark_bg);
            assert!(t >= 4.5, "{s}: text on dark highlight {t:.2}");
            // Badge and status labels: page-coloured text on the line colour.
            let t = contrast(LIGHT_PAGE, l.light_line);
            assert!(t >= 4.5, "{s}: label on light line colour {t:.2}");
            let t = contrast(DARK_PAGE, l.dark_line);
            assert!(t >= 4.5, "{s}: label on dark line colour {t:.2}");
            // The line itself, a graphic: 3:1 against the highlight.
            let t = contrast(l.light_line, l.light_bg);
            assert!(t >= 3.0, "{s}: light line on its highlight {t:.2}");
            let t = contrast(l.dark_line, l.dark_bg);
            assert!(t >= 3.0, "{s}: dark line on its highlight {t:.2}");
        }
    }

    #[test]
    fn every_status_has_a_look_and_a_distinct_line() {
        for status in Status::ALL {
            assert_eq!(look(status).status, status);
            let css = stylesheet();
            assert!(css.contains(&format!("mark.hl.s-{}{{", status.as_str())));
        }
        let mut lines: Vec<_> = LOOKS.iter().map(|l| l.decoration).collect();
        lines.sort_unstable();
        lines.dedup();
        assert_eq!(lines.len(), LOOKS.len(), "each status its own line style");
    }

    #[test]
    fn the_stylesheet_loads_nothing() {
        let css = stylesheet();
        for needle in ["url(", "@import", "//", "http", "</"] {
            assert!(!css.contains(needle), "{needle}");
        }
    }

    fn pieces(spans: &[(usize, usize)]) -> Vec<Piece> {
        spans
            .iter()
            .enumerate()
            .map(|(claim, &(start, end))| Piece {
                claim,
                start,
                end,
                last: true,
            })
            .collect()
    }

    /// `write_paragraph` on `text` with claims at `spans` (ids a, b, c ...),
    /// marks shown as `[a ... ]` and links as `{a}`.
    fn highlighted(text: &str, spans: &[(usize, usize)]) -> String {
        let records: Vec<ClaimRecord> = spans
            .iter()
            .enumerate()
            .map(|(i, &(s, e))| ClaimRecord {
                id: ((b'a' + i as u8) as char).to_string(),
                kind: crate::store::model::ClaimKind::Statement,
                text: text[s..e].to_string(),
                span: [s, e],
                speaker: None,
                quote: None,
                score: 0.5,
                status: Status::Unverified,
                first_seen: 1,
                last_seen: 1,
                removed_in: None,
                quantities: Vec::new(),
                sources: Vec::new(),
                log: Vec::new(),
            })
            .collect();
        let file = ArticleFile {
            schema: 1,
            article: crate::store::model::Article {
                id: "t".into(),
                title: "T".into(),
                revision: 1,
                min_score: None,
                revisions: Vec::new(),
            },
            claims: records,
        };
        let view = ArticleView::new(&file);
        let mut marks = Marks {
            view: &view,
            started: vec![false; spans.len()],
            linked: vec![false; spans.len()],
        };
        let mut h = Html::default();
        write_paragraph(&mut h, text, 0, text.len(), &pieces(spans), &mut marks);
        let html = h.finish();
        // Squeeze the markup to a readable shape.
        let doc = scraper::Html::parse_fragment(&html);
        let mut out = String::new();
        fn walk(el: scraper::ElementRef, out: &mut String) {
            for child in el.children() {
                if let Some(t) = child.value().as_text() {
                    out.push_str(t);
                } else if let Some(e) = scraper::ElementRef::wrap(child) {
                    match e.value().name() {
                        "mark" => {
                            out.push('[');
                            out.push_str(e.value().attr("data-claim").unwrap_or("?"));
                            out.push(' ');
                            walk(e, out);
                            out.push(']');
                        }
                        "a" => {
                            let href = e.value().attr("href").unwrap_or("");
                            out.push_str(&format!("{{{}}}", href.trim_start_matches("#c-t-")));
                        }
                        _ => walk(e, out),
                    }
                }
            }
        }
        walk(doc.root_element(), &mut out);
        out
    }

    #[test]
    fn highlights_nest_and_split_where_spans_cross() {
        let text = "He said \"one army\" in Syria.";
        // A quote inside its sentence nests.
        assert_eq!(
            highlighted(text, &[(0, 28), (9, 17)]),
            "[a He said \"[b one army]{b}\" in Syria.]{a}"
        );
        // Crossing spans: the later one is cut where the first ends.
        assert_eq!(
            highlighted(text, &[(0, 12), (8, 21)]),
            "[a He said [b \"one]]{a}[b  army\" in]{b} Syria."
        );
        // Same span twice, and touching spans.
        assert_eq!(
            highlighted(text, &[(0, 7), (0, 7), (7, 28)]),
            "[a [b He said]{b}]{a}[c  \"one army\" in Syria.]{c}"
        );
    }

    #[test]
    fn highlights_keep_to_character_boundaries() {
        let text = "Café “crème” coûte 3 €.";
        let quote = text.find('“').unwrap();
        let end = text.find('”').unwrap() + '”'.len_utf8();
        assert_eq!(
            highlighted(text, &[(0, text.len()), (quote, end)]),
            "[a Café [b “crème”]{b} coûte 3 €.]{a}"
        );
        // A span that cuts a character in two is not used.
        let mut claim = ClaimRecord {
            id: "x".into(),
            kind: crate::store::model::ClaimKind::Statement,
            text: "crème".into(),
            span: [quote + 1, end],
            speaker: None,
            quote: None,
            score: 0.5,
            status: Status::Unverified,
            first_seen: 1,
            last_seen: 1,
            removed_in: None,
            quantities: Vec::new(),
            sources: Vec::new(),
            log: Vec::new(),
        };
        // ... the text is looked for instead,
        let at = text.find("crème").unwrap();
        assert_eq!(locate(text, &claim), Some((at, at + "crème".len())));
        // and a claim that is nowhere is not highlighted.
        claim.text = "thé".into();
        assert_eq!(locate(text, &claim), None);
        claim.span = [0, 10_000];
        assert_eq!(locate(text, &claim), None);
    }
}
