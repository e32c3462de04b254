//! Writing records as TOML: [`render`] for a new file, [`apply`] to update an
//! existing file in place, keeping what a checker wrote by hand.

use serde::Serialize;
use toml_edit::{Array, ArrayOfTables, Datetime, DocumentMut, InlineTable, Item, Table, Value};

use super::model::{
    Article, ArticleFile, ClaimRecord, LogEntry, QuantityRecord, Revision, SourceRecord, Timestamp,
};

/// Renders a new store file. The same records always give the same bytes.
pub fn render(file: &ArticleFile) -> String {
    let mut doc = DocumentMut::new();
    apply(&mut doc, file);
    let mut out = doc.to_string();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Applies `file` to `doc` in place:
/// - a key whose value did not change is left alone, with its comments and
///   formatting; a changed value keeps the comments around it; an optional
///   field that became `None` is removed; unknown keys are never touched;
/// - claims are matched by id, revisions by number, sources by url; new ones
///   are appended;
/// - log entries are append-only: an entry of `file` not already in the
///   table is appended, nothing is changed or removed;
/// - a claim in `doc` but not in `file` is kept (after the claim it followed);
/// - when `file` orders the claims differently from `doc` (a claim inserted),
///   the claim tables are rearranged in `file`'s order, each keeping its
///   comments and unknown keys.
pub fn apply(doc: &mut DocumentMut, file: &ArticleFile) {
    let root = doc.as_table_mut();
    set(root, "schema", Value::from(file.schema));
    apply_article(child_table(root, "article"), &file.article);
    if apply_claims(root, &file.claims) {
        let mut next = 0;
        renumber(root, &mut next);
    }
}

fn apply_article(t: &mut Table, a: &Article) {
    set(t, "id", Value::from(a.id.as_str()));
    set(t, "title", Value::from(a.title.as_str()));
    set(t, "revision", Value::from(i64::from(a.revision)));
    set_opt(t, "min_score", a.min_score.map(Value::from));
    if a.revisions.is_empty() && !t.contains_key("revisions") {
        return;
    }
    let aot = child_aot(t, "revisions");
    for r in &a.revisions {
        let found = aot.iter().position(|t| {
            t.get("revision").and_then(Item::as_integer) == Some(i64::from(r.revision))
        });
        match found.and_then(|i| aot.get_mut(i)) {
            Some(t) => apply_revision(t, r),
            None => {
                let mut t = Table::new();
                apply_revision(&mut t, r);
                aot.push(t);
            }
        }
    }
}

fn apply_revision(t: &mut Table, r: &Revision) {
    set(t, "revision", Value::from(i64::from(r.revision)));
    set(t, "source", Value::from(r.source.as_str()));
    set(t, "sha256", Value::from(r.sha256.as_str()));
    set(t, "recorded_at", timestamp(&r.recorded_at));
    set(t, "text", text_block(&r.text));
}

/// Applies the claims; true when the claim tables were rearranged.
fn apply_claims(root: &mut Table, claims: &[ClaimRecord]) -> bool {
    if claims.is_empty() && !root.contains_key("claims") {
        return false;
    }
    let aot = child_aot(root, "claims");
    let mut old: Vec<Option<Table>> = std::mem::take(aot).into_iter().map(Some).collect();
    let old_ids: Vec<Option<String>> = old
        .iter()
        .map(|t| {
            t.as_ref()
                .and_then(|t| t.get("id"))
                .and_then(Item::as_str)
                .map(str::to_string)
        })
        .collect();

    // (index in the old array, table), in the caller's order.
    let mut out: Vec<(Option<usize>, Table)> = Vec::new();
    for c in claims {
        let found =
            (0..old.len()).find(|&i| old[i].is_some() && old_ids[i].as_deref() == Some(&c.id));
        match found {
            Some(i) => {
                let mut t = old[i].take().unwrap_or_default();
                apply_claim(&mut t, c);
                out.push((Some(i), t));
            }
            None => {
                let mut t = Table::new();
                apply_claim(&mut t, c);
                out.push((None, t));
            }
        }
    }
    // Claims the caller left out stay, each after the claim it followed.
    for (j, slot) in old.iter_mut().enumerate() {
        if let Some(t) = slot.take() {
            let at = out
                .iter()
                .rposition(|(i, _)| i.is_some_and(|i| i < j))
                .map_or(0, |p| p + 1);
            out.insert(at, (Some(j), t));
        }
    }

    // Rearranged unless the old tables keep their order and new ones only
    // follow them.
    let mut last_old = None;
    let mut seen_new = false;
    let mut rearranged = false;
    for (i, _) in &out {
        match i {
            Some(i) => {
                if seen_new || last_old.is_some_and(|l| l > *i) {
                    rearranged = true;
                }
                last_old = Some(*i);
            }
            None => seen_new = true,
        }
    }
    for (_, t) in out {
        aot.push(t);
    }
    rearranged
}

fn apply_claim(t: &mut Table, c: &ClaimRecord) {
    set(t, "id", Value::from(c.id.as_str()));
    set(t, "kind", Value::from(enum_str(&c.kind)));
    set(t, "text", Value::from(c.text.as_str()));
    let mut span = Array::new();
    span.push(c.span[0] as i64);
    span.push(c.span[1] as i64);
    set(t, "span", Value::Array(span));
    set_opt(t, "speaker", c.speaker.as_deref().map(Value::from));
    set_opt(t, "quote", c.quote.as_deref().map(Value::from));
    set_score(t, c.score);
    set(t, "status", Value::from(enum_str(&c.status)));
    set(t, "first_seen", Value::from(i64::from(c.first_seen)));
    set(t, "last_seen", Value::from(i64::from(c.last_seen)));
    set_opt(
        t,
        "removed_in",
        c.removed_in.map(|r| Value::from(i64::from(r))),
    );
    if c.quantities.is_empty() {
        let has_some = t
            .get("quantities")
            .and_then(Item::as_array)
            .is_some_and(|a| !a.is_empty());
        if has_some {
            t.remove("quantities");
        }
    } else {
        set(t, "quantities", quantities(&c.quantities));
    }

    if !c.sources.is_empty() {
        // Sources are append-only and matched by position: the same URL cited
        // twice (another title, another note) is two sources, never one
        // overwriting the other.
        let aot = child_aot(t, "sources");
        for (i, s) in c.sources.iter().enumerate() {
            match aot.get_mut(i) {
                Some(t) => apply_source(t, s),
                None => {
                    let mut t = Table::new();
                    apply_source(&mut t, s);
                    aot.push(t);
                }
            }
        }
    }

    if !c.log.is_empty() {
        let aot = child_aot(t, "log");
        let mut used = vec![false; aot.len()];
        for e in &c.log {
            let mut new = Table::new();
            apply_log(&mut new, e);
            let found = (0..used.len())
                .find(|&i| !used[i] && aot.get(i).is_some_and(|old| same_entry(old, &new)));
            match found {
                Some(i) => used[i] = true,
                None => aot.push(new),
            }
        }
    }
}

fn apply_source(t: &mut Table, s: &SourceRecord) {
    set(t, "url", Value::from(s.url.as_str()));
    set_opt(t, "title", s.title.as_deref().map(Value::from));
    set_opt(t, "note", s.note.as_deref().map(Value::from));
    set(t, "added_at", timestamp(&s.added_at));
}

/// The keys of a log entry.
const LOG_KEYS: [&str; 7] = ["at", "by", "event", "revision", "from", "to", "note"];

fn apply_log(t: &mut Table, e: &LogEntry) {
    set(t, "at", timestamp(&e.at));
    set(t, "by", Value::from(e.by.as_str()));
    set(t, "event", Value::from(enum_str(&e.event)));
    set_opt(t, "revision", e.revision.map(|r| Value::from(i64::from(r))));
    set_opt(t, "from", e.from.as_deref().map(Value::from));
    set_opt(t, "to", e.to.as_deref().map(Value::from));
    set_opt(t, "note", e.note.as_deref().map(Value::from));
}

/// Whether a log table in the file records the entry `new` (unknown keys
/// aside).
fn same_entry(old: &Table, new: &Table) -> bool {
    LOG_KEYS.iter().all(|k| {
        match (
            old.get(k).and_then(Item::as_value),
            new.get(k).and_then(Item::as_value),
        ) {
            (None, None) => true,
            (Some(a), Some(b)) => same(a, b),
            _ => false,
        }
    })
}

fn quantities(qs: &[QuantityRecord]) -> Value {
    let mut arr = Array::new();
    for q in qs {
        let mut t = InlineTable::new();
        t.insert("text", Value::from(q.text.as_str()));
        t.insert("kind", Value::from(enum_str(&q.kind)));
        for (key, v) in [("value", q.value), ("low", q.low), ("high", q.high)] {
            if let Some(v) = v {
                t.insert(key, number(v));
            }
        }
        if let Some(unit) = &q.unit {
            t.insert("unit", Value::from(unit.as_str()));
        }
        t.insert("qualifier", Value::from(enum_str(&q.qualifier)));
        if let Some(date) = &q.date {
            t.insert("date", Value::from(date.as_str()));
        }
        t.fmt();
        let mut v = Value::InlineTable(t);
        v.decor_mut().set_prefix("\n  ");
        v.decor_mut().set_suffix("");
        arr.push_formatted(v);
    }
    arr.set_trailing_comma(true);
    arr.set_trailing("\n");
    Value::Array(arr)
}

/// A whole number as an integer (`240000`), anything else as a float.
fn number(v: f64) -> Value {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e15 {
        Value::from(v as i64)
    } else {
        Value::from(v)
    }
}

/// Sets `score`, rounded to three decimals, unless the file already holds
/// exactly this number.
fn set_score(t: &mut Table, score: f64) {
    let current = t
        .get("score")
        .and_then(Item::as_value)
        .and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)));
    if current == Some(score) {
        return;
    }
    let rounded = (score * 1000.0).round() / 1000.0;
    set(
        t,
        "score",
        Value::from(if rounded.is_finite() { rounded } else { score }),
    );
}

/// A timestamp as a TOML datetime, or as a string if it is not one.
fn timestamp(ts: &Timestamp) -> Value {
    match ts.as_str().parse::<Datetime>() {
        Ok(d) => Value::from(d),
        Err(_) => Value::from(ts.as_str()),
    }
}

/// A revision text as a multi-line string that gives back exactly `s`: a
/// literal `'''` string when the text allows it, else a basic `"""` string
/// with escapes. Both start with a newline, which TOML drops.
pub(crate) fn text_block(s: &str) -> Value {
    let literal = !s.contains("'''")
        && !s.ends_with('\'')
        && s.chars().all(|c| c == '\n' || c == '\t' || !c.is_control());
    let raw = if literal {
        format!("'''\n{s}'''")
    } else {
        let mut out = String::from("\"\"\"\n");
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.push_str("\\\\"),
                '"' if matches!(chars.peek(), Some('"') | None) => out.push_str("\\\""),
                '\n' | '\t' => out.push(c),
                '\r' => out.push_str("\\r"),
                c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
                c => out.push(c),
            }
        }
        out.push_str("\"\"\"");
        out
    };
    match raw.parse::<Value>() {
        Ok(mut v) => {
            v.decor_mut().clear();
            v
        }
        Err(_) => Value::from(s),
    }
}

/// The serde name of a unit enum variant (`in-review`).
fn enum_str<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Sets `key` to `new` unless it already holds the same value; a replaced
/// value keeps the comments and spacing around it.
fn set(t: &mut Table, key: &str, mut new: Value) {
    match t.get_mut(key) {
        Some(Item::Value(old)) => {
            if same(old, &new) {
                return;
            }
            *new.decor_mut() = old.decor().clone();
            *old = new;
        }
        Some(item) => *item = Item::Value(new),
        None => {
            t.insert(key, Item::Value(new));
        }
    }
}

/// [`set`] for an optional field: `None` removes the key.
fn set_opt(t: &mut Table, key: &str, new: Option<Value>) {
    match new {
        Some(v) => set(t, key, v),
        None => {
            t.remove(key);
        }
    }
}

/// Equal as data, whatever the formatting: `240000` and `240000.0`, a
/// datetime and the same instant written as a string.
fn same(a: &Value, b: &Value) -> bool {
    use Value as V;
    match (a, b) {
        (V::String(x), V::String(y)) => x.value() == y.value(),
        (V::Integer(x), V::Integer(y)) => x.value() == y.value(),
        (V::Float(x), V::Float(y)) => {
            x.value() == y.value() || (x.value().is_nan() && y.value().is_nan())
        }
        (V::Integer(i), V::Float(f)) | (V::Float(f), V::Integer(i)) => {
            *i.value() as f64 == *f.value()
        }
        (V::Boolean(x), V::Boolean(y)) => x.value() == y.value(),
        (V::Datetime(x), V::Datetime(y)) => x.value() == y.value(),
        (V::Datetime(d), V::String(s)) | (V::String(s), V::Datetime(d)) => {
            s.value().parse::<Datetime>().ok().as_ref() == Some(d.value())
        }
        (V::Array(x), V::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same(a, b))
        }
        (V::InlineTable(x), V::InlineTable(y)) => {
            x.len() == y.len() && x.iter().all(|(k, a)| y.get(k).is_some_and(|b| same(a, b)))
        }
        _ => false,
    }
}

/// The table under `key`, made one if it is missing or written inline.
fn child_table<'a>(parent: &'a mut Table, key: &str) -> &'a mut Table {
    let item = parent.entry(key).or_insert(Item::Table(Table::new()));
    if !item.is_table() {
        let old = std::mem::take(item);
        *item = Item::Table(old.into_table().unwrap_or_default());
    }
    match item {
        Item::Table(t) => t,
        _ => unreachable!("just made a table"),
    }
}

/// The array of tables under `key`, made one if it is missing or written
/// inline.
fn child_aot<'a>(parent: &'a mut Table, key: &str) -> &'a mut ArrayOfTables {
    let item = parent
        .entry(key)
        .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
    if !item.is_array_of_tables() {
        let old = std::mem::take(item);
        *item = Item::ArrayOfTables(old.into_array_of_tables().unwrap_or_default());
    }
    match item {
        Item::ArrayOfTables(a) => a,
        _ => unreachable!("just made an array of tables"),
    }
}

/// Numbers the tables in the order they are nested, so the document prints
/// them in that order (toml_edit prints tables by their position).
fn renumber(t: &mut Table, next: &mut isize) {
    if !t.is_dotted() {
        t.set_position(Some(*next));
        *next += 1;
    }
    for (_, item) in t.iter_mut() {
        match item {
            Item::Table(t) => renumber(t, next),
            Item::ArrayOfTables(a) => {
                for t in a.iter_mut() {
                    renumber(t, next);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(s: &str) -> String {
        let v = text_block(s);
        let doc: DocumentMut = format!("text = {v}\n").parse().unwrap();
        doc["text"].as_str().unwrap().to_string()
    }

    #[test]
    fn text_blocks_round_trip() {
        for s in [
            "",
            "plain\n",
            "no newline at end",
            "\nstarts with a newline\n",
            "crlf\r\nlines\r\n",
            "trailing spaces   \n\t tabs\t\n",
            "quotes \" '' \"\" and ''' and \"\"\" and \"\"\"\"\"",
            "ends with a quote\"",
            "ends with an apostrophe'",
            "ends with two''",
            "back\\slash\\ at end\\",
            "line-ending backslash \\\nnext",
            "non-ASCII: Šťastný — “curly” 😀",
            "bell \u{7} del \u{7f} nul \0 c1 \u{85}",
            "lone cr \r here",
        ] {
            assert_eq!(roundtrip(s), s, "{s:?}");
        }
    }

    #[test]
    fn literal_when_possible() {
        assert_eq!(
            text_block("a 'b' \"c\" \\d\n").to_string(),
            "'''\na 'b' \"c\" \\d\n'''"
        );
        assert!(text_block("a\r\nb").to_string().starts_with("\"\"\"\n"));
        assert!(text_block("x'''y").to_string().starts_with("\"\"\"\n"));
    }

    #[test]
    fn numbers() {
        assert_eq!(number(240000.0).to_string(), "240000");
        assert_eq!(number(3.5).to_string(), "3.5");
        assert_eq!(number(-2.0).to_string(), "-2");
    }
}
