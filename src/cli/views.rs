//! Views shared by several commands: claims as rows and JSON, and a diff of
//! two claim sets as a table, JSON or Markdown.

use serde::Serialize;

use super::output::{Output, Style, score, serde_name, truncate};
use crate::diff::{
    Change, ChangeKind, DiffClaim, FigureMove, What, WordTag, change_figures, summary, word_diff,
};
use crate::store::model::{ClaimKind, ClaimRecord, QuantityRecord, SourceRecord, Status};
use crate::text::numbers::{Qualifier, QuantityKind};

/// A figure as scripts see it: every field present, `null` when it does not
/// apply (PRODUCT.md's shape), whatever the figure came from.
#[derive(Debug, Serialize)]
pub struct FigureJson<'a> {
    pub text: &'a str,
    pub kind: QuantityKind,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<&'a str>,
    pub qualifier: Qualifier,
    pub date: Option<&'a str>,
}

impl<'a> FigureJson<'a> {
    pub fn new(q: &'a QuantityRecord) -> Self {
        FigureJson {
            text: &q.text,
            kind: q.kind,
            value: q.value,
            low: q.low,
            high: q.high,
            unit: q.unit.as_deref(),
            qualifier: q.qualifier,
            date: q.date.as_deref(),
        }
    }

    /// A figure as found in `text`.
    pub fn found(text: &'a str, q: &'a crate::text::numbers::Quantity) -> Self {
        FigureJson {
            text: q.span.slice(text),
            kind: q.kind,
            value: q.value,
            low: q.low,
            high: q.high,
            unit: q.unit.as_deref(),
            qualifier: q.qualifier,
            date: q.date.as_deref(),
        }
    }

    pub fn all(records: &'a [QuantityRecord]) -> Vec<Self> {
        records.iter().map(FigureJson::new).collect()
    }
}

/// A stored claim as scripts see it (`list`, `extract`, `show --format json`).
#[derive(Debug, Serialize)]
pub struct ClaimJson<'a> {
    pub article: &'a str,
    pub id: &'a str,
    pub kind: ClaimKind,
    pub status: Status,
    pub score: f64,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<&'a str>,
    pub quantities: Vec<FigureJson<'a>>,
    pub sources: &'a [SourceRecord],
    pub first_seen: u32,
    pub last_seen: u32,
    pub removed_in: Option<u32>,
}

impl<'a> ClaimJson<'a> {
    pub fn new(article: &'a str, c: &'a ClaimRecord) -> Self {
        ClaimJson {
            article,
            id: &c.id,
            kind: c.kind,
            status: c.status,
            score: c.score,
            start: c.span[0],
            end: c.span[1],
            text: &c.text,
            speaker: c.speaker.as_deref(),
            quote: c.quote.as_deref(),
            quantities: FigureJson::all(&c.quantities),
            sources: &c.sources,
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            removed_in: c.removed_in,
        }
    }
}

/// The claim cell of a table: the text, cut to fit, and who said it.
pub fn claim_cell(text: &str, speaker: Option<&str>, max: usize) -> String {
    let text = truncate(&crate::text::normalize(text), max);
    match speaker {
        Some(s) => format!("{text} — {s}"),
        None => text,
    }
}

/// A table of stored claims. `qualified` prefixes ids with their article.
pub fn claims_table<'a>(
    out: &Output,
    claims: impl IntoIterator<Item = (&'a str, &'a ClaimRecord)>,
    qualified: bool,
) -> comfy_table::Table {
    let mut table = out.new_table(["ID", "KIND", "STATUS", "SCORE", "CLAIM"]);
    for (article, c) in claims {
        let id = if qualified {
            format!("{article}/{}", c.id)
        } else {
            c.id.clone()
        };
        let mut status = out.status(c.status);
        if let Some(r) = c.removed_in {
            status = format!("{status}\n(removed in {r})");
        }
        table.add_row([
            id,
            serde_name(&c.kind),
            status,
            score(c.score),
            claim_cell(&c.text, c.speaker.as_deref(), 160),
        ]);
    }
    Output::keep_whole(&mut table, 4);
    table
}

/// Two claim sets and what changed between them.
pub struct DiffReport {
    pub old_label: String,
    pub new_label: String,
    /// Whether the new side's ids are recorded in the store (`update`); a
    /// file's claims have none until they are, so added claims show `null`.
    pub new_ids_recorded: bool,
    pub old: Vec<DiffClaim>,
    pub new: Vec<DiffClaim>,
    pub changes: Vec<Change>,
}

#[derive(Serialize)]
struct Label<'a> {
    label: &'a str,
}

#[derive(Serialize)]
struct SideJson<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
    kind: ClaimKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
    quantities: Vec<FigureJson<'a>>,
}

impl<'a> SideJson<'a> {
    fn new(c: &'a DiffClaim) -> Self {
        SideJson {
            text: &c.text,
            start: c.span.start,
            end: c.span.end,
            speaker: c.speaker.as_deref(),
            kind: c.kind,
            quote: c.quote.as_deref(),
            quantities: FigureJson::all(&c.quantities),
        }
    }
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    change: ChangeKind,
    id: Option<&'a str>,
    what: &'a [What],
    old: Option<SideJson<'a>>,
    new: Option<SideJson<'a>>,
}

#[derive(Serialize)]
struct DiffJson<'a> {
    old: Label<'a>,
    new: Label<'a>,
    summary: crate::diff::Summary,
    changes: Vec<ChangeJson<'a>>,
}

impl DiffReport {
    /// The changes to show: all of them, or all but the unchanged ones;
    /// with `only`, just the `changed` ones that touch one of those.
    pub fn shown(&self, all: bool, only: &[What]) -> Vec<&Change> {
        self.changes
            .iter()
            .filter(|c| all || c.change != ChangeKind::Unchanged)
            .filter(|c| {
                only.is_empty()
                    || (c.change == ChangeKind::Changed && c.what.iter().any(|w| only.contains(w)))
            })
            .collect()
    }

    /// Whether anything differs among the changes shown.
    pub fn differs(&self, only: &[What]) -> bool {
        self.shown(false, only)
            .iter()
            .any(|c| c.change != ChangeKind::Unchanged)
    }

    /// The claim's id: the old side's, or for an added claim the id it was
    /// recorded under (none for a file's claims, which are not recorded).
    fn id_of(&self, c: &Change) -> Option<&str> {
        match c.old {
            Some(o) => self.old[o].id.as_deref(),
            None if self.new_ids_recorded => c.new.and_then(|n| self.new[n].id.as_deref()),
            None => None,
        }
    }

    pub fn to_json(&self, all: bool, only: &[What]) -> impl Serialize + '_ {
        DiffJson {
            old: Label {
                label: &self.old_label,
            },
            new: Label {
                label: &self.new_label,
            },
            summary: summary(&self.changes),
            changes: self
                .shown(all, only)
                .into_iter()
                .map(|c| ChangeJson {
                    change: c.change,
                    id: self.id_of(c),
                    what: &c.what,
                    old: c.old.map(|o| SideJson::new(&self.old[o])),
                    new: c.new.map(|n| SideJson::new(&self.new[n])),
                })
                .collect(),
        }
    }

    /// One line: `3 changed, 2 added, 1 removed, 18 unchanged`.
    pub fn summary_line(&self) -> String {
        let s = summary(&self.changes);
        format!(
            "{} → {}: {} changed, {} added, {} removed, {} unchanged",
            self.old_label, self.new_label, s.changed, s.added, s.removed, s.unchanged
        )
    }

    /// The claim cell of a change: an inline word diff for a changed claim,
    /// the figures that moved under it.
    fn change_cell(&self, out: &Output, c: &Change, markdown: bool) -> String {
        let old = c.old.map(|o| &self.old[o]);
        let new = c.new.map(|n| &self.new[n]);
        let mut cell = match (old, new) {
            (Some(o), Some(n)) if c.change == ChangeKind::Changed => {
                inline_diff(out, &o.text, &n.text, markdown)
            }
            (_, Some(n)) => claim_cell(&n.text, n.speaker.as_deref(), 400),
            (Some(o), None) => claim_cell(&o.text, o.speaker.as_deref(), 400),
            (None, None) => String::new(),
        };
        if let (Some(o), Some(n)) = (old, new) {
            if c.what.contains(&What::Speaker) {
                cell.push_str(&format!(
                    "\nspeaker: {} → {}",
                    o.speaker.as_deref().unwrap_or("none"),
                    n.speaker.as_deref().unwrap_or("none")
                ));
            }
            let figures: Vec<String> = change_figures(&self.old, &self.new, c)
                .iter()
                .filter_map(figure_move)
                .collect();
            if !figures.is_empty() {
                let sep = if markdown { "; " } else { "\n" };
                cell.push_str(sep);
                cell.push_str(&format!("figures: {}", figures.join(", ")));
            }
        }
        if markdown {
            cell.replace('\n', " ").replace('|', "\\|")
        } else {
            cell
        }
    }

    pub fn render_table(&self, out: &mut Output, all: bool, only: &[What]) -> anyhow::Result<()> {
        let shown = self.shown(all, only);
        if !shown.is_empty() {
            let mut table = out.new_table(["CHANGE", "ID", "WHAT", "CLAIM"]);
            for c in &shown {
                let change = serde_name(&c.change);
                let style = match c.change {
                    ChangeKind::Changed => Style::Yellow,
                    ChangeKind::Added => Style::Green,
                    ChangeKind::Removed => Style::Red,
                    ChangeKind::Unchanged => Style::Dim,
                };
                table.add_row([
                    out.paint(&change, style),
                    self.id_of(c).unwrap_or("-").to_string(),
                    c.what.iter().map(serde_name).collect::<Vec<_>>().join("\n"),
                    self.change_cell(out, c, false),
                ]);
            }
            Output::keep_whole(&mut table, 3);
            out.table(&table)?;
        }
        let line = self.summary_line();
        out.line(out.paint(&line, Style::Bold))?;
        Ok(())
    }

    pub fn render_markdown(&self, out: &Output, all: bool, only: &[What]) -> String {
        let mut md = format!("## {} → {}\n\n", self.old_label, self.new_label);
        let shown = self.shown(all, only);
        if !shown.is_empty() {
            md.push_str("| change | id | what | claim |\n| --- | --- | --- | --- |\n");
            for c in shown {
                md.push_str(&format!(
                    "| {} | {} | {} | {} |\n",
                    serde_name(&c.change),
                    self.id_of(c).unwrap_or("-"),
                    c.what.iter().map(serde_name).collect::<Vec<_>>().join(", "),
                    self.change_cell(out, c, true)
                ));
            }
            md.push('\n');
        }
        let s = summary(&self.changes);
        md.push_str(&format!(
            "{} changed, {} added, {} removed, {} unchanged.\n",
            s.changed, s.added, s.removed, s.unchanged
        ));
        md
    }
}

/// A figure that moved, for a table: `"240,000 → 250,000 deaths"` for a
/// changed figure, `"+ on Sunday"` for one that came, `"- 2003"` for one
/// that went.
fn figure_move(m: &FigureMove) -> Option<String> {
    let text = |q: &crate::store::model::QuantityRecord| crate::text::normalize(&q.text);
    match (&m.old, &m.new) {
        (Some(o), Some(n)) => Some(arrow(&text(o), &text(n))),
        (Some(o), None) => Some(format!("- {}", text(o))),
        (None, Some(n)) => Some(format!("+ {}", text(n))),
        (None, None) => None,
    }
}

/// `"240,000 deaths"`, `"250,000 deaths"` → `"240,000 → 250,000 deaths"`.
fn arrow(old: &str, new: &str) -> String {
    let ow: Vec<&str> = old.split(' ').collect();
    let nw: Vec<&str> = new.split(' ').collect();
    let mut common = 0;
    while common + 1 < ow.len()
        && common + 1 < nw.len()
        && ow[ow.len() - 1 - common] == nw[nw.len() - 1 - common]
    {
        common += 1;
    }
    if common == 0 {
        return format!("{old} → {new}");
    }
    format!(
        "{} → {} {}",
        ow[..ow.len() - common].join(" "),
        nw[..nw.len() - common].join(" "),
        ow[ow.len() - common..].join(" ")
    )
}

/// A word-level inline diff: coloured on a terminal, `[-old-]{+new+}`
/// otherwise, `~~old~~ **new**` in Markdown.
pub fn inline_diff(out: &Output, old: &str, new: &str, markdown: bool) -> String {
    let old = crate::text::normalize(old);
    let new = crate::text::normalize(new);
    let mut cell = String::new();
    for (tag, words) in word_diff(&old, &new) {
        let (open, close, style) = match tag {
            WordTag::Equal => {
                cell.push_str(&words);
                continue;
            }
            WordTag::Delete if markdown => ("~~", "~~", None),
            WordTag::Insert if markdown => ("**", "**", None),
            WordTag::Delete => ("[-", "-]", Some(Style::Deleted)),
            WordTag::Insert => ("{+", "+}", Some(Style::Inserted)),
        };
        // Keep the white space around a changed run outside its markers.
        let lead = &words[..words.len() - words.trim_start().len()];
        let trail = &words[words.trim_end().len()..];
        let core = words.trim();
        if core.is_empty() {
            cell.push_str(&words);
            continue;
        }
        cell.push_str(lead);
        match style {
            Some(style) if out.color() => cell.push_str(&out.paint(core, style)),
            _ => {
                cell.push_str(open);
                cell.push_str(core);
                cell.push_str(close);
            }
        }
        cell.push_str(trail);
    }
    cell
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_factors_the_common_tail() {
        assert_eq!(
            arrow("240,000 deaths", "250,000 deaths"),
            "240,000 → 250,000 deaths"
        );
        assert_eq!(arrow("2003", "2004"), "2003 → 2004");
        assert_eq!(arrow("deaths", "deaths"), "deaths → deaths");
    }
}
