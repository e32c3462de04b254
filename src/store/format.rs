//! Writing records as TOML: [`render`] for a new file, [`apply`] to update an
//! existing file in place, keeping what a checker wrote by hand.

use std::collections::{HashMap, VecDeque};

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
    let mut by_number: HashMap<i64, usize> = HashMap::new();
    for (i, t) in aot.iter().enumerate() {
        if let Some(n) = t.get("revision").and_then(Item::as_integer) {
            by_number.entry(n).or_insert(i);
        }
    }
    for r in &a.revisions {
        let found = by_number.get(&i64::from(r.revision)).copied();
        match found.and_then(|i| aot.get_mut(i)) {
            Some(t) => apply_revision(t, r),
            None => {
                let mut t = Table::new();
                apply_revision(&mut t, r);
                aot.push(t);
                by_number.insert(i64::from(r.revision), aot.len() - 1);
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
///
/// Linear in the number of claims: the tables are indexed by id once (a
/// repeated id in a hand-edited file pairs in file order), and the tables
/// the caller left out are placed in one pass.
fn apply_claims(root: &mut Table, claims: &[ClaimRecord]) -> bool {
    if claims.is_empty() && !root.contains_key("claims") {
        return false;
    }
    let aot = child_aot(root, "claims");
    let mut old: Vec<Option<Table>> = std::mem::take(aot).into_iter().map(Some).collect();
    let mut by_id: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (i, t) in old.iter().enumerate() {
        if let Some(id) = t.as_ref().and_then(|t| t.get("id")).and_then(Item::as_str) {
            by_id.entry(id.to_string()).or_default().push_back(i);
        }
    }

    // (index in the old array, table), in the caller's order.
    let mut out: Vec<(Option<usize>, Table)> = Vec::with_capacity(claims.len() + old.len());
    for c in claims {
        let found = by_id.get_mut(c.id.as_str()).and_then(VecDeque::pop_front);
        let mut t = found.and_then(|i| old[i].take()).unwrap_or_default();
        apply_claim(&mut t, c);
        out.push((found, t));
    }
    let out = place_left_out(out, &mut old);

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

/// `out` with the old tables nobody claimed (still in `old`) put back, each
/// right after the last entry of `out` that comes from an earlier old table
/// (at the start when there is none); several after the same entry keep
/// their file order.
fn place_left_out(
    out: Vec<(Option<usize>, Table)>,
    old: &mut [Option<Table>],
) -> Vec<(Option<usize>, Table)> {
    let left: Vec<usize> = (0..old.len()).filter(|&j| old[j].is_some()).collect();
    if left.is_empty() {
        return out;
    }
    // floor[p]: the smallest old index at p or after it (new tables count as
    // none), never decreasing; the last entry with an old index below j is
    // then the last p with floor[p] < j.
    let mut floor = vec![usize::MAX; out.len()];
    let mut min = usize::MAX;
    for (p, (i, _)) in out.iter().enumerate().rev() {
        min = min.min(i.unwrap_or(usize::MAX));
        floor[p] = min;
    }
    // after[p + 1]: the left-out tables that go after entry p; after[0]: first.
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); out.len() + 1];
    for &j in &left {
        after[floor.partition_point(|&f| f < j)].push(j);
    }
    let mut placed = Vec::with_capacity(out.len() + left.len());
    let mut take = |js: &[usize], placed: &mut Vec<(Option<usize>, Table)>| {
        for &j in js {
            if let Some(t) = old[j].take() {
                placed.push((Some(j), t));
            }
        }
    };
    take(&after[0], &mut placed);
    for (p, entry) in out.into_iter().enumerate() {
        placed.push(entry);
        take(&after[p + 1], &mut placed);
    }
    placed
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
        for (k, e) in c.log.iter().enumerate() {
            let mut new = Table::new();
            apply_log(&mut new, e);
            let recorded =
                |i: usize| !used[i] && aot.get(i).is_some_and(|old| same_entry(old, &new));
            // The log is append-only, so entry k is usually table k: look
            // there first, and search the whole log only when it is not.
            let found = if k < used.len() && recorded(k) {
                Some(k)
            } else {
                (0..used.len()).find(|&i| recorded(i))
            };
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

    /// The placement rule of [`place_left_out`], one table at a time as it
    /// was first written: each left-out table goes right after the last
    /// entry (placed ones included) that comes from an earlier old table.
    fn place_naively(out: &[Option<usize>], left: &[usize]) -> Vec<Option<usize>> {
        let mut out = out.to_vec();
        for &j in left {
            let at = out
                .iter()
                .rposition(|i| i.is_some_and(|i| i < j))
                .map_or(0, |p| p + 1);
            out.insert(at, Some(j));
        }
        out
    }

    #[test]
    fn left_out_tables_are_placed_as_one_at_a_time() {
        // Every order of a subset of six old tables, with a new table at
        // every second place, against the naive rule.
        let mut rng = 0x2026_u64;
        for _ in 0..3000 {
            let mut kept: Vec<usize> = Vec::new();
            let mut left: Vec<usize> = Vec::new();
            for j in 0..6 {
                rng = rng
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                if rng >> 62 == 0 {
                    left.push(j)
                } else {
                    kept.push(j)
                }
            }
            for i in (1..kept.len()).rev() {
                rng = rng
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                kept.swap(i, (rng >> 33) as usize % (i + 1));
            }
            let mut order: Vec<Option<usize>> = Vec::new();
            for (k, &j) in kept.iter().enumerate() {
                if k % 2 == 1 {
                    order.push(None);
                }
                order.push(Some(j));
            }
            let out: Vec<(Option<usize>, Table)> =
                order.iter().map(|&i| (i, Table::new())).collect();
            let mut old: Vec<Option<Table>> =
                (0..6).map(|j| left.contains(&j).then(Table::new)).collect();
            let got: Vec<Option<usize>> = place_left_out(out, &mut old)
                .into_iter()
                .map(|(i, _)| i)
                .collect();
            assert_eq!(got, place_naively(&order, &left), "{order:?} {left:?}");
            assert!(old.iter().all(Option::is_none), "every table placed");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(number(240000.0).to_string(), "240000");
        assert_eq!(number(3.5).to_string(), "3.5");
        assert_eq!(number(-2.0).to_string(), "-2");
    }
}
