//! Writing extracted text: one paragraph per block, a blank line between
//! them, the way the analysis reads paragraphs.
//!
//! Both the Markdown and the web-page reader feed words and block boundaries
//! into [`Paragraphs`]. Runs of white space become one space; a heading is
//! written as a `#` line (one `#` per level) and a list item starts with
//! `- ` or `1. `, because that is how [`crate::text::segment`] knows a
//! heading from a sentence and an item from a heading: a short item like
//! "40 libraries closed" must stay a claim, a heading like "What happens
//! next?" must not become one.
//!
//! `<p>Hello <b>world</b></p><h2>Next</h2>` -> `"Hello world\n\n## Next"`.

/// Paragraph text being written out; everything is appended, nothing is
/// rewritten, so writing takes time linear in the text.
#[derive(Debug, Default)]
pub struct Paragraphs {
    out: String,
    /// The paragraph being gathered.
    cur: String,
    /// White space was seen since the last word of `cur`.
    space: bool,
    /// Characters (other than white space) of `cur`, and how many of them
    /// are link text.
    chars: usize,
    link_chars: usize,
    /// Leave out paragraphs made almost only of link text.
    drop_links: bool,
    /// Keep them for now (inside a list the article introduces).
    keep_links: bool,
    /// The level of the heading being gathered, if it is one.
    heading: Option<u8>,
    /// The marker (`- `, `3. `) of a list item whose first paragraph has not
    /// been written yet.
    marker: Option<String>,
    /// How many paragraphs that are not headings were written.
    body: usize,
    /// Whether a level-1 heading was written.
    has_h1: bool,
    /// The text of the first paragraph, when it is a level-1 heading.
    first_h1: Option<String>,
    written: usize,
    /// How many tables the text being written is inside: a cell ("35
    /// minutes", "Advertising") is data, not page furniture.
    tables: usize,
}

impl Paragraphs {
    pub fn new() -> Self {
        Self::default()
    }

    /// Paragraphs that leave out any paragraph (but a level-1 heading) made
    /// at least 80% of link text: "Read more: ...", a section label; and a
    /// page's furniture that no class marks, when it is a paragraph on its
    /// own ([`is_page_furniture`]: "4 min read", "Advertisement").
    pub fn without_link_paragraphs() -> Self {
        Paragraphs {
            drop_links: true,
            ..Self::default()
        }
    }

    /// Leave out (`true`) or keep paragraphs of link text and furniture, as
    /// [`Paragraphs::without_link_paragraphs`] does, from here on: the
    /// HTML blocks of a Markdown file are read as a page's body is.
    pub fn drop_link_paragraphs(&mut self, drop: bool) {
        self.drop_links = drop;
    }

    /// Keep paragraphs of link text (`true`) until told otherwise: a list of
    /// linked names that the article introduces ("They are:") is its text.
    pub fn keep_links(&mut self, keep: bool) {
        self.keep_links = keep;
    }

    /// Enter (`true`) or leave a table.
    pub fn table(&mut self, enter: bool) {
        if enter {
            self.tables += 1;
        } else {
            self.tables = self.tables.saturating_sub(1);
        }
    }

    /// Add running text; white space collapses, and none is kept at the start
    /// of a paragraph or line.
    pub fn text(&mut self, s: &str) {
        self.push_text(s, false);
    }

    /// Add running text that is the text of a link.
    pub fn link_text(&mut self, s: &str) {
        self.push_text(s, true);
    }

    fn push_text(&mut self, s: &str, link: bool) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = !self.cur.is_empty() && !self.cur.ends_with('\n');
            } else {
                if self.space {
                    self.cur.push(' ');
                    self.space = false;
                }
                self.cur.push(c);
                self.chars += 1;
                self.link_chars += usize::from(link);
            }
        }
    }

    /// A line break (`<br>`): a new line inside the paragraph, or the end of
    /// the paragraph when the line is empty (`<br><br>`). In a heading, and
    /// after a line that ends with a dash (a dateline: "RALEIGH, N.C. —"),
    /// it is a space: a heading is one line, and a dateline opens the
    /// sentence after it.
    pub fn line_break(&mut self) {
        let dash = self.cur.ends_with(['—', '–']) || self.cur.ends_with(" -");
        if self.heading.is_some() || dash {
            self.space = !self.cur.is_empty() && !self.cur.ends_with('\n');
        } else if self.cur.ends_with('\n') {
            self.end_paragraph();
        } else if !self.cur.is_empty() {
            self.cur.push('\n');
            self.space = false;
        }
    }

    /// End the paragraph being gathered (if it has any text) and write it.
    pub fn end_paragraph(&mut self) {
        self.space = false;
        let (chars, links) = (self.chars, self.link_chars);
        self.chars = 0;
        self.link_chars = 0;
        let p = self.cur.trim();
        let links_only = self.drop_links
            && !self.keep_links
            && links * 5 >= chars * 4
            && self.heading != Some(1);
        let furniture = self.drop_links
            && self.heading.is_none()
            && self.marker.is_none()
            && ((self.tables == 0 && is_page_furniture(p)) || is_onward_link_line(p, chars, links));
        if p.is_empty() || links_only || furniture {
            self.cur.clear();
            return;
        }
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
        match self.heading {
            Some(level) => {
                for _ in 0..level {
                    self.out.push('#');
                }
                self.out.push(' ');
                if level == 1 {
                    if self.written == 0 {
                        self.first_h1 = Some(p.to_string());
                    }
                    self.has_h1 = true;
                }
            }
            None => {
                if let Some(marker) = self.marker.take() {
                    self.out.push_str(&marker);
                }
                self.body += 1;
            }
        }
        self.out.push_str(p);
        self.written += 1;
        self.cur.clear();
    }

    /// Start a heading of `level` (1 to 6): what follows, up to
    /// [`Paragraphs::end_heading`], is one heading line.
    pub fn start_heading(&mut self, level: u8) {
        self.end_paragraph();
        self.heading = Some(level.clamp(1, 6));
    }

    pub fn end_heading(&mut self) {
        self.end_paragraph();
        self.heading = None;
    }

    /// Start a list item: its first paragraph begins with `marker`.
    pub fn start_item(&mut self, marker: String) {
        self.end_paragraph();
        self.marker = Some(marker);
    }

    pub fn end_item(&mut self) {
        self.end_paragraph();
        self.marker = None;
    }

    /// Whether any paragraph that is not a heading was written.
    pub fn has_body(&self) -> bool {
        self.body > 0
    }

    /// The text of the first paragraph, when it is a level-1 heading.
    pub fn first_h1(&self) -> Option<&str> {
        self.first_h1.as_deref()
    }

    /// The text, with `title` as its first line when no level-1 heading was
    /// written (so that the stored text starts with the article's title).
    pub fn finish(mut self, title: Option<&str>) -> String {
        self.end_paragraph();
        match title {
            Some(title) if !self.has_h1 && !title.trim().is_empty() => {
                let mut text = String::with_capacity(title.len() + self.out.len() + 4);
                text.push_str("# ");
                text.push_str(title.trim());
                if !self.out.is_empty() {
                    text.push_str("\n\n");
                    text.push_str(&self.out);
                }
                text
            }
            _ => self.out,
        }
    }
}

/// Whole lines of a page's furniture that no class marks, each of which is
/// never a sentence of an article: a reading time ("4 min read", "Reading
/// time: 6 minutes"), an ad label ("Advertisement", "Story continues below
/// advertisement"), a gallery's counter ("1 of 12", "Photo 3 of 8"), and an
/// update stamp made only of date and time words ("Updated 3:15 PM EST, Wed
/// November 19, 2025"). Anything else, however short, stays.
///
/// `"4 min read"` -> true; `"Updated figures show 4% growth"` -> false.
pub fn is_page_furniture(p: &str) -> bool {
    if p.len() > 120 {
        return false;
    }
    let lower = p.to_lowercase();
    let line = lower.trim_end_matches(['.', ':', ' ']).trim();
    if AD_LINES.contains(&line) {
        return true;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '·')
        .filter(|w| !w.is_empty())
        .collect();
    is_reading_time(&words) || is_counter(&words) || is_update_stamp(&words)
}

/// Ad labels and "continues below" lines, in lower case.
const AD_LINES: &[&str] = &[
    "ad",
    "advertisement",
    "advertising",
    "article continues after advertisement",
    "article continues below",
    "article continues below advertisement",
    "article continues below this ad",
    "continue reading below",
    "continue reading the main story",
    "scroll to continue with content",
    "skip advertisement",
    "sponsored",
    "story continues below",
    "story continues below advertisement",
    "story continues below this ad",
];

/// `4 min read`, `4-minute read`, `12 mins`, `reading time: 6 minutes`,
/// `listen 5 min`.
fn is_reading_time(words: &[&str]) -> bool {
    let words: Vec<&str> = words
        .iter()
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty())
        .collect();
    let rest = match words.as_slice() {
        ["reading", "time:", rest @ ..] | ["reading", "time", rest @ ..] => rest,
        ["listen", rest @ ..] | ["listen:", rest @ ..] => rest,
        rest => rest,
    };
    let minutes = |w: &str| matches!(w, "min" | "mins" | "minute" | "minutes");
    let number = |w: &str| !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
    match rest {
        [n, m] => number(n) && minutes(m),
        [n, m, r] => number(n) && minutes(m) && matches!(*r, "read" | "listen"),
        _ => false,
    }
}

/// `1 of 12`, `photo 3 of 8`, `image 2/5`.
fn is_counter(words: &[&str]) -> bool {
    let number = |w: &str| -> Option<u32> {
        (!w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    let rest = match words {
        [kind, rest @ ..]
            if matches!(
                *kind,
                "photo" | "image" | "picture" | "slide" | "photos" | "images"
            ) =>
        {
            rest
        }
        rest => rest,
    };
    let pair = match rest {
        [a, "of", b] => number(a).zip(number(b)),
        [ab] => ab
            .split_once('/')
            .and_then(|(a, b)| number(a).zip(number(b)))
            .filter(|_| !words.is_empty() && words.len() == 2),
        _ => None,
    };
    pair.is_some_and(|(a, b)| 1 <= a && a <= b)
}

/// `updated 3:15 pm est wed november 19 2025` (lower case, commas gone):
/// an update or publication word, then only date and time words, a digit
/// among them.
fn is_update_stamp(words: &[&str]) -> bool {
    let rest = match words {
        ["last", "updated", rest @ ..]
        | ["first", "published", rest @ ..]
        | ["last", "modified", rest @ ..] => rest,
        [w, rest @ ..]
            if matches!(
                w.trim_end_matches(':'),
                "updated" | "published" | "posted" | "modified"
            ) =>
        {
            rest
        }
        _ => return false,
    };
    !rest.is_empty()
        && rest.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        && rest.iter().all(|w| is_date_word(w))
}

/// A word of a date or time: a number (`19`, `2025`, `3:15`, `19/11/2025`,
/// `19th`), a month or weekday (full or short), `am`/`pm`, a time zone,
/// `on`, `at`, a dash.
fn is_date_word(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ':', ';']);
    if w.is_empty() || matches!(w, "-" | "–" | "—" | "on" | "at" | "and") {
        return true;
    }
    let digits = w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    if !digits.is_empty()
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '.' | '-'))
        && digits.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return true;
    }
    const NAMES: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
        "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a.m",
        "p.m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
        "pdt", "et", "pt", "ct", "mt", "aest", "ist",
    ];
    NAMES.contains(&w) || crate::text::MONTHS.contains(&w) || crate::text::WEEKDAYS.contains(&w)
}

/// A paragraph that is a label and one onward link ("Related: Escapee
/// caught", "Read more: ..."): a label word before a colon, and all the text
/// after it link text.
fn is_onward_link_line(p: &str, chars: usize, links: usize) -> bool {
    let Some((label, _)) = p.split_once(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    let labelled = matches!(
        label.as_str(),
        "related"
            | "read more"
            | "more"
            | "see also"
            | "also read"
            | "read"
            | "read also"
            | "watch"
            | "listen"
            | "more on this story"
            | "recommended"
            | "further reading"
    );
    let label_chars = label.chars().filter(|c| !c.is_whitespace()).count() + 1;
    labelled && links > 0 && chars == label_chars + links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_with_collapsed_space() {
        let mut p = Paragraphs::new();
        p.text("  Hello \n  ");
        p.text("world ");
        p.end_paragraph();
        p.start_heading(2);
        p.text("Next");
        p.end_heading();
        p.start_item("- ".into());
        p.text("One");
        p.end_item();
        assert_eq!(p.finish(None), "Hello world\n\n## Next\n\n- One");
    }

    #[test]
    fn one_break_is_a_line_two_are_a_paragraph() {
        let mut p = Paragraphs::new();
        p.text("a ");
        p.line_break();
        p.text(" b");
        p.line_break();
        p.text(" ");
        p.line_break();
        p.text("c");
        assert_eq!(p.finish(None), "a\nb\n\nc");
    }

    #[test]
    fn a_break_in_a_heading_or_after_a_dateline_is_a_space() {
        // `<h1>City council approves<br>3% tax rise</h1>` once gave a
        // heading and a stray paragraph; "RALEIGH, N.C. —<br>A storm ..."
        // a dateline paragraph of its own.
        let mut p = Paragraphs::new();
        p.start_heading(1);
        p.text("City council approves");
        p.line_break();
        p.text("3% tax rise");
        p.end_heading();
        p.text("RALEIGH, N.C. —");
        p.line_break();
        p.text("A storm hit.");
        p.end_paragraph();
        p.text("WASHINGTON -");
        p.line_break();
        p.line_break();
        p.text("Congress met.");
        assert_eq!(
            p.finish(None),
            "# City council approves 3% tax rise\n\nRALEIGH, N.C. — A storm hit.\n\n\
             WASHINGTON - Congress met."
        );
    }

    #[test]
    fn paragraphs_of_links_can_be_left_out() {
        let mut p = Paragraphs::without_link_paragraphs();
        p.link_text("Science");
        p.end_paragraph();
        p.text("Read the ");
        p.link_text("report");
        p.text(" today.");
        p.end_paragraph();
        p.text("More: ");
        p.link_text("Budget cuts explained in ten charts");
        assert_eq!(p.finish(None), "Read the report today.");
    }

    #[test]
    fn page_furniture_is_a_whole_line_never_a_sentence() {
        for line in [
            "4 min read",
            "4-minute read",
            "Reading time: 6 minutes",
            "12 mins",
            "4 min",
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Continue reading the main story",
            "1 of 12",
            "Photo 3 of 8",
            "Image 2/5",
            "Updated 3:15 PM EST, Wed November 19, 2025",
            "Published: 19 November 2025",
            "Last updated on Nov. 19, 2025 at 3:15 p.m. ET",
        ] {
            assert!(is_page_furniture(line), "{line}");
        }
        for line in [
            "The drive takes 4 min.",
            "Advertisement revenue fell 12% in 2024.",
            "Updated figures show 4% growth.",
            "Updated on Tuesday, the forecast shows 3 more storms.",
            "Posted 29 May 2025 by the council",
            "12 of 40 schools closed",
            "3 of 2",
            "Photo 2/5/2024 shows the flood",
            "",
        ] {
            assert!(!is_page_furniture(line), "{line}");
        }
    }

    #[test]
    fn page_furniture_and_labelled_links_are_left_out_of_pages() {
        let mut p = Paragraphs::without_link_paragraphs();
        for line in [
            "4 min read",
            "Two inmates escaped on Monday.",
            "Advertisement",
            "1 of 12",
        ] {
            p.text(line);
            p.end_paragraph();
        }
        p.text("Related: ");
        p.link_text("Escapee caught");
        p.end_paragraph();
        p.text("Related: a second escape in ");
        p.link_text("May");
        p.end_paragraph();
        p.start_heading(2);
        p.text("Advertisement");
        p.end_heading();
        assert_eq!(
            p.finish(None),
            "Two inmates escaped on Monday.\n\nRelated: a second escape in May\n\n## Advertisement"
        );
        // Markdown keeps every line.
        let mut p = Paragraphs::new();
        p.text("Advertisement");
        assert_eq!(p.finish(None), "Advertisement");
    }

    #[test]
    fn the_title_leads_unless_there_is_an_h1() {
        let mut p = Paragraphs::new();
        p.text("Body.");
        assert_eq!(p.finish(Some("Title")), "# Title\n\nBody.");
        let mut p = Paragraphs::new();
        p.start_heading(1);
        p.text("Headline");
        p.end_heading();
        p.text("Body.");
        assert_eq!(p.first_h1(), Some("Headline"));
        assert_eq!(p.finish(Some("Title")), "# Headline\n\nBody.");
    }
}
