//! Everything that decides how output looks: formats, tables, JSON, colour.
//!
//! Commands build data; this module renders it. Tables fit the terminal (80
//! columns when the output is not one), colour is used only when asked for
//! or on a terminal, and JSON numbers that are whole print as integers.

use std::io::{self, BufWriter, Write};

use clap::ValueEnum;
use comfy_table::{Cell, ContentArrangement, Table, presets};
use serde::Serialize;

use crate::store::model::Status;

/// An output format. Each command accepts a subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Toml,
    Markdown,
    Csv,
    // schema.org ClaimReview JSON-LD (`export`).
    Claimreview,
    Html,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Toml => "toml",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Claimreview => "claimreview",
            Format::Html => "html",
        }
    }
}

/// A mistake in how a command was called (exit 2, like any error).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Buffered standard output that knows whether to colour.
pub struct Output {
    out: BufWriter<Box<dyn Write>>,
    color: bool,
    width: u16,
}

impl Output {
    pub fn stdout(color: bool) -> Self {
        let width = terminal_width().unwrap_or(80);
        Output {
            out: BufWriter::new(Box::new(io::stdout())),
            color,
            width,
        }
    }

    pub fn color(&self) -> bool {
        self.color
    }

    pub fn width(&self) -> u16 {
        self.width
    }

    pub fn line(&mut self, text: impl std::fmt::Display) -> io::Result<()> {
        writeln!(self.out, "{text}")
    }

    pub fn raw(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(text.as_bytes())
    }

    /// Pretty JSON, whole numbers as integers, one trailing newline.
    pub fn json(&mut self, value: &impl Serialize) -> anyhow::Result<()> {
        let formatter = Tidy(serde_json::ser::PrettyFormatter::new());
        value.serialize(&mut serde_json::Serializer::with_formatter(
            &mut self.out,
            formatter,
        ))?;
        writeln!(self.out)?;
        Ok(())
    }

    /// One compact JSON object on one line.
    pub fn json_line(&mut self, value: &impl Serialize) -> anyhow::Result<()> {
        self.out.write_all(json_line(value)?.as_bytes())?;
        writeln!(self.out)?;
        Ok(())
    }

    pub fn table(&mut self, table: &Table) -> io::Result<()> {
        writeln!(self.out, "{table}")
    }

    /// A new table with the house style, sized to the output.
    pub fn new_table<I, S>(&self, headers: I) -> Table
    where
        I: IntoIterator<Item = S>,
        S: Into<Cell>,
    {
        let mut table = self.record_table();
        table.set_header(headers);
        table
    }

    /// A table of `key  value` rows, without a header.
    pub fn record_table(&self) -> Table {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_HORIZONTAL_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.width);
        if !self.color {
            table.force_no_tty();
        } else {
            table.enforce_styling();
        }
        table
    }

    /// Keep the first `n` columns as wide as their content (ids, kinds,
    /// statuses never wrap); the rest share what is left.
    pub fn keep_whole(table: &mut Table, n: usize) {
        use comfy_table::ColumnConstraint;
        for column in table.column_iter_mut().take(n) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }

    /// `text` in a colour, when colour is on.
    pub fn paint(&self, text: &str, style: Style) -> String {
        if self.color {
            format!("{}{text}\x1b[0m", style.ansi())
        } else {
            text.to_string()
        }
    }

    /// A status, coloured by what it means for publication.
    pub fn status(&self, status: Status) -> String {
        let style = match status {
            Status::Verified => Style::Green,
            Status::False => Style::Red,
            Status::Misleading | Status::NeedsRecheck => Style::Yellow,
            Status::InReview | Status::Unverifiable => Style::Cyan,
            Status::Unverified => Style::Dim,
        };
        self.paint(status_name(status), style)
    }

    pub fn flush(&mut self) -> anyhow::Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

/// The colours we use.
#[derive(Debug, Clone, Copy)]
pub enum Style {
    Red,
    Green,
    Yellow,
    Cyan,
    Dim,
    Bold,
    /// Deleted words: red and struck through.
    Deleted,
    /// Inserted words: green and underlined.
    Inserted,
}

impl Style {
    fn ansi(self) -> &'static str {
        match self {
            Style::Red => "\x1b[31m",
            Style::Green => "\x1b[32m",
            Style::Yellow => "\x1b[33m",
            Style::Cyan => "\x1b[36m",
            Style::Dim => "\x1b[2m",
            Style::Bold => "\x1b[1m",
            Style::Deleted => "\x1b[9;31m",
            Style::Inserted => "\x1b[4;32m",
        }
    }
}

/// A status as written in the store and on the command line.
pub fn status_name(status: Status) -> &'static str {
    status.as_str()
}

/// A kebab-case serde name (`ClaimKind::Quote` -> `quote`).
pub fn serde_name(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub fn truncate(text: &str, max: usize) -> String {
    let mut chars = text.char_indices();
    match chars.nth(max.saturating_sub(1)) {
        Some((i, _)) if chars.next().is_some() => format!("{}…", text[..i].trim_end()),
        _ => text.to_string(),
    }
}

/// `3 claims`, `1 claim`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A score as printed in JSON: four decimals are plenty to rank by.
pub fn round_score(value: f64) -> f64 {
    (value * 1e4).round() / 1e4
}

/// A score as printed in tables.
pub fn score(value: f64) -> String {
    format!("{value:.2}")
}

/// A value as one line of compact JSON, whole floats written as integers.
pub fn json_line(value: &impl Serialize) -> anyhow::Result<String> {
    let mut out = Vec::new();
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut out,
        Tidy(serde_json::ser::CompactFormatter),
    ))?;
    Ok(String::from_utf8(out)?)
}

/// A JSON formatter that writes a float with no fraction as an integer
/// (`240000`, not `240000.0`), and leaves the layout to the one it wraps.
/// It writes straight to the output: nothing is built in memory first.
struct Tidy<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for Tidy<F> {
    fn write_f64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        if value.fract() == 0.0 && value.abs() < 9.0e15 {
            self.0.write_i64(writer, value as i64)
        } else {
            self.0.write_f64(writer, value)
        }
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

/// Whether an error is only a closed pipe (`claimtrack list | head`), which
/// is success, as in ripgrep.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

/// An error and its causes on one line, without repeating a cause that the
/// message already includes.
pub fn one_line(error: &anyhow::Error) -> String {
    let mut line = error.to_string();
    for cause in error.chain().skip(1) {
        let cause = cause.to_string();
        if !line.contains(&cause) {
            line.push_str(": ");
            line.push_str(&cause);
        }
    }
    line.replace('\n', " ")
}

fn terminal_width() -> Option<u16> {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(cols);
    }
    use std::io::IsTerminal;
    if io::stdout().is_terminal() {
        let table = Table::new();
        return table.width();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_print_as_integers() {
        let v =
            json_line(&serde_json::json!({"a": 240000.0, "b": 0.00002, "c": [1.5, 2.0]})).unwrap();
        assert_eq!(v, r#"{"a":240000,"b":0.00002,"c":[1.5,2]}"#);
        let big = json_line(&[1e16, -3.0, f64::NAN]).unwrap();
        assert_eq!(big, "[1e+16,-3,null]");
    }

    #[test]
    fn truncate_cuts_on_characters() {
        assert_eq!(truncate("héllo wörld", 5), "héll…");
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("", 3), "");
    }
}
