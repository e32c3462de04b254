//! Revision tracking at archive scale: `cargo bench --bench diff`.
//!
//! - **archive**: two revisions of an archive of some 10,000 claims, built
//!   from the news articles in `benches/corpus/` (each article repeated with
//!   other figures and other proper names, as other stories would have them),
//!   the second made from the first by scripted editors' edits: figure
//!   updates, rewording, sentence splits and merges, paragraph moves,
//!   deletions and insertions, apostrophe typography. Prints the diff's time
//!   at a quarter, half and all of the archive, the matcher's work per claim
//!   (flat when matching is linear), and how the diff's summary compares
//!   with the edits made.
//! - **update**: the second revision recorded over the first in a store of
//!   10,000 claims, step by step in process, then end to end with the
//!   `claimtrack update` binary.
//! - **history**: one article recorded through 100 revisions, then pairs of
//!   revisions diffed from the store (near and far apart).
//!
//! `cargo bench --bench diff -- archive` runs only the lines whose name
//! holds one of the words given. Times are wall-clock, best of a few runs.

#![allow(clippy::print_stdout)] // a benchmark reports on standard output

mod common;
use common::{corpus, cpu_time};

use std::time::{Duration, Instant};

use claimtrack::analysis::{Options, analyze};
use claimtrack::diff::{DiffClaim, diff_claims, summary};
use claimtrack::matching::pair_claims_with_stats;
use claimtrack::revision::{RevisionInput, apply_revision, claims_at, diff_claims_of, new_article};
use claimtrack::store::{Store, Timestamp, sha256_hex};

/// How many claims the archive should hold, at least.
const ARCHIVE_CLAIMS: usize = 10_000;
/// How many revisions the history bench records.
const HISTORY_REVISIONS: u32 = 100;

/// A small deterministic generator (xorshift64*), so every run edits the
/// same way.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

// ------------------------------------------------------------ the archive

/// Endings that turn a proper name into another plausible one, one per copy.
const NAME_ENDINGS: [&str; 16] = [
    "", "berg", "ton", "ford", "wick", "stad", "heim", "ville", "dale", "mouth", "more", "by",
    "thorpe", "ham", "ley", "worth",
];

/// Whether the word starting at `at` opens a sentence (or the paragraph).
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '“', '‘', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

/// Copy `copy` of an article: every whole number shifted by `copy`, every
/// capitalized word of four letters or more inside a sentence given the
/// copy's ending. Copy 0 is the article itself.
fn variant(article: &str, copy: usize) -> String {
    if copy == 0 {
        return article.to_string();
    }
    let ending = NAME_ENDINGS[copy % NAME_ENDINGS.len()];
    let mut out = String::with_capacity(article.len() + article.len() / 10);
    let mut rest = article;
    let mut at = 0;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            let len = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            let run = &rest[..len];
            match run.parse::<u64>() {
                Ok(n) if len < 10 => {
                    let width = if run.starts_with('0') { len } else { 0 };
                    out.push_str(&format!("{:0width$}", n + copy as u64));
                }
                _ => out.push_str(run),
            }
            rest = &rest[len..];
            at += len;
        } else if c.is_alphabetic() {
            let len = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let word = &rest[..len];
            out.push_str(word);
            let name = word.len() >= 4
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && word[1..].chars().all(|c| c.is_ascii_lowercase());
            if name && !opens_sentence(article, at) {
                out.push_str(ending);
            }
            rest = &rest[len..];
            at += len;
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
            at += c.len_utf8();
        }
    }
    out
}

/// Articles and their copies, one paragraph per line, until the analysis
/// finds `claims` claims; the text and its claim count.
fn archive(articles: &[String], claims: usize) -> String {
    let mut text = String::new();
    let mut found = 0;
    'copies: for copy in 0.. {
        for a in articles {
            let v = variant(a, copy);
            found += analyze(&v, "bench", Options::default()).claims.len();
            text.push_str(v.trim_end());
            text.push('\n');
            if found >= claims {
                break 'copies;
            }
        }
    }
    text
}

/// What the scripted editor did.
#[derive(Debug, Default, Clone, Copy)]
struct Edits {
    figures: usize,
    rewordings: usize,
    splits: usize,
    merges: usize,
    typography: usize,
    moves: usize,
    deletions: usize,
    insertions: usize,
}

impl Edits {
    fn substantive(&self) -> usize {
        self.figures + self.rewordings + self.splits + self.merges
    }
}

/// Whole words replaced by another, as a rewording editor does.
const REWORDINGS: [(&str, &str); 14] = [
    ("said", "added"),
    ("very", "extremely"),
    ("big", "large"),
    ("important", "significant"),
    ("people", "residents"),
    ("many", "numerous"),
    ("new", "fresh"),
    ("help", "assist"),
    ("show", "reveal"),
    ("about", "around"),
    ("because", "since"),
    ("country", "nation"),
    ("children", "young people"),
    ("the", "this"),
];

/// The byte offset of the first whole-word `word` in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = text[from..].find(word).map(|p| p + from) {
        let end = p + word.len();
        let start_ok = !text[..p].ends_with(char::is_alphanumeric);
        let end_ok = !text[end..].starts_with(char::is_alphanumeric);
        if start_ok && end_ok {
            return Some(p);
        }
        from = end;
    }
    None
}

/// One number of the paragraph made one larger.
fn bump_figure(p: &str, rng: &mut Rng) -> Option<String> {
    let runs: Vec<(usize, usize)> = p
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && !p[..i].ends_with(|c: char| c.is_ascii_digit()))
        .map(|(i, _)| {
            let len = p[i..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(p.len() - i);
            (i, i + len)
        })
        .filter(|(s, e)| e - s < 10)
        .collect();
    let &(s, e) = runs.get(rng.below(runs.len()))?;
    let n: u64 = p[s..e].parse().ok()?;
    Some(format!("{}{}{}", &p[..s], n + 1, &p[e..]))
}

/// One word of the paragraph replaced by another of the same sense.
fn reword(p: &str, rng: &mut Rng) -> Option<String> {
    let start = rng.below(REWORDINGS.len());
    (0..REWORDINGS.len()).find_map(|k| {
        let (from, to) = REWORDINGS[(start + k) % REWORDINGS.len()];
        find_word(p, from).map(|at| format!("{}{to}{}", &p[..at], &p[at + from.len()..]))
    })
}

/// A sentence cut in two at its first ", but" or ", and".
fn split(p: &str) -> Option<String> {
    [(", but ", ". But "), (", and ", ". And ")]
        .into_iter()
        .find_map(|(from, to)| {
            p.find(from)
                .map(|at| format!("{}{to}{}", &p[..at], &p[at + from.len()..]))
        })
}

/// Two sentences of the paragraph joined with a semicolon.
fn merge(p: &str) -> Option<String> {
    let starters = [
        "The", "He", "She", "It", "They", "This", "That", "These", "But", "In", "A", "We", "There",
        "Its", "His", "Her", "Their",
    ];
    let mut from = 0;
    while let Some(at) = p[from..].find(". ").map(|a| a + from) {
        from = at + 2;
        let last_word = p[..at].rsplit(' ').next().unwrap_or("");
        let next = &p[at + 2..];
        let next_word = next.split(' ').next().unwrap_or("");
        // Not after an abbreviation ("Mr.", "U.S.") and not at the end.
        if last_word.len() < 4 || last_word.contains('.') || next_word.is_empty() {
            continue;
        }
        if !next_word.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let joined = if starters.contains(&next_word) {
            next_word.to_lowercase()
        } else {
            next_word.to_string()
        };
        return Some(format!(
            "{}; {joined}{}",
            &p[..at],
            &next[next_word.len()..]
        ));
    }
    None
}

/// Apostrophes switched between straight and typographic.
fn retype(p: &str) -> Option<String> {
    if !p.contains(['\'', '’']) {
        return None;
    }
    Some(
        p.chars()
            .map(|c| match c {
                '\'' => '’',
                '’' => '\'',
                c => c,
            })
            .collect(),
    )
}

/// A new paragraph, different for every `i`.
fn inserted(i: usize) -> String {
    const PLACES: [&str; 8] = [
        "Northbridge",
        "Eastmoor",
        "Kellerton",
        "Ravensholm",
        "Appleby",
        "Dunmere",
        "Caswick",
        "Halberg",
    ];
    let place = format!("{}{}", PLACES[i % 8], NAME_ENDINGS[(i / 8) % 16]);
    format!(
        "Officials in {place} said on Tuesday that {} residents had been moved to \
         temporary shelters and that the repairs would cost ${} million.",
        1_000 + 37 * i,
        3 + i % 50
    )
}

/// The archive as an editor team leaves it: per paragraph, about 9%
/// figure updates, 8% rewordings, 3% splits, 3% merges, 1% apostrophe
/// switches; 2% of paragraphs moved, 2% deleted, 1.5% followed by a new one.
fn edit(text: &str, rng: &mut Rng, edits: &mut Edits) -> String {
    let mut kept: Vec<String> = Vec::new();
    let mut moving: Vec<String> = Vec::new();
    for (i, p) in text.lines().enumerate() {
        let r = rng.below(1000);
        if r < 20 {
            edits.deletions += 1;
            continue;
        }
        if r < 40 {
            edits.moves += 1;
            moving.push(p.to_string());
            continue;
        }
        let changed = match r {
            40..135 => bump_figure(p, rng).inspect(|_| edits.figures += 1),
            135..215 => reword(p, rng).inspect(|_| edits.rewordings += 1),
            215..245 => split(p).inspect(|_| edits.splits += 1),
            245..275 => merge(p).inspect(|_| edits.merges += 1),
            275..285 => retype(p).inspect(|_| edits.typography += 1),
            _ => None,
        };
        kept.push(changed.unwrap_or_else(|| p.to_string()));
        if (285..300).contains(&r) {
            edits.insertions += 1;
            kept.push(inserted(i));
        }
    }
    for p in moving {
        let at = rng.below(kept.len() + 1);
        kept.insert(at, p);
    }
    let mut out = kept.join("\n");
    out.push('\n');
    out
}

fn claims_of(text: &str) -> Vec<DiffClaim> {
    diff_claims_of(text, &analyze(text, "bench", Options::default()))
}

/// The claims whose span starts in the first `fraction` of the text.
fn prefix(claims: &[DiffClaim], text_len: usize, fraction: f64) -> Vec<DiffClaim> {
    let end = (text_len as f64 * fraction) as usize;
    claims
        .iter()
        .filter(|c| c.span.start < end)
        .cloned()
        .collect()
}

/// CPU time per run of `f`, over enough runs to fill a second.
fn cpu_per_run<T>(mut f: impl FnMut() -> T) -> Option<Duration> {
    let start = cpu_time()?;
    let wall = Instant::now();
    let mut runs = 0u32;
    while wall.elapsed() < Duration::from_secs(1) || runs == 0 {
        std::hint::black_box(f());
        runs += 1;
    }
    Some((cpu_time()? - start) / runs)
}

/// The best and the median of `runs` runs of `f`.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[times.len() / 2])
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// This process's resident memory and its peak, in MB (Linux only).
fn memory() -> Option<(f64, f64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb / 1024.0)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// The peak memory the diff of `old` and `new` takes above what is resident
/// before it, in MB: the peak is reset (`/proc/self/clear_refs`), and the
/// diff runs on a fresh thread, which glibc gives an arena of its own, so
/// that memory freed earlier is not reused and hidden. Linux only; a
/// measurement, not an accounting.
fn diff_memory(old: &[DiffClaim], new: &[DiffClaim]) -> Option<f64> {
    std::fs::write("/proc/self/clear_refs", "5").ok()?;
    let (before, _) = memory()?;
    std::thread::scope(|s| {
        s.spawn(|| std::hint::black_box(diff_claims(old, new)))
            .join()
            .ok()
    })?;
    let (_, peak) = memory()?;
    Some(peak - before)
}

fn bench_archive(articles: &[String], text: &str, edited: &str, edits: &Edits) {
    let start = Instant::now();
    let old = claims_of(text);
    let new = claims_of(edited);
    println!(
        "archive: {:.2} MB → {:.2} MB of text, {} → {} claims (analysed in {:.1} s, not timed below)",
        text.len() as f64 / 1e6,
        edited.len() as f64 / 1e6,
        old.len(),
        new.len(),
        start.elapsed().as_secs_f64()
    );
    println!(
        "  edits: {} figure updates, {} rewordings, {} splits, {} merges, {} apostrophe switches, \
         {} paragraphs moved, {} deleted, {} inserted ({} articles × copies)",
        edits.figures,
        edits.rewordings,
        edits.splits,
        edits.merges,
        edits.typography,
        edits.moves,
        edits.deletions,
        edits.insertions,
        articles.len()
    );
    println!(
        "  {:>8} {:>8} {:>10} {:>10} {:>10} {:>9} {:>9} {:>9} {:>9}",
        "old", "new", "diff best", "median", "CPU", "hits/cl", "scored/cl", "index/cl", "peak MB"
    );
    for fraction in [0.25, 0.5, 1.0] {
        let o = prefix(&old, text.len(), fraction);
        let n = prefix(&new, edited.len(), fraction);
        let (best, median) = time(7, || diff_claims(&o, &n));
        let cpu = cpu_per_run(|| diff_claims(&o, &n))
            .map(ms)
            .unwrap_or_else(|| "?".into());
        let (_, stats) = pair_claims_with_stats(&o, &n);
        let per = |x: usize| x as f64 / n.len().max(1) as f64;
        let mem = diff_memory(&o, &n)
            .map(|m| format!("{m:9.1}"))
            .unwrap_or_else(|| format!("{:>9}", "?"));
        println!(
            "  {:>8} {:>8} {:>10} {:>10} {cpu:>10} {:>9.1} {:>9.1} {:>9.1} {mem}",
            o.len(),
            n.len(),
            ms(best),
            ms(median),
            per(stats.index_hits),
            per(stats.scored),
            per(stats.index_entries),
        );
    }
    let changes = diff_claims(&old, &new);
    let s = summary(&changes);
    println!(
        "  summary: {} changed, {} added, {} removed, {} unchanged \
         ({} substantive edits, {} deletions, {} insertions made)",
        s.changed,
        s.added,
        s.removed,
        s.unchanged,
        edits.substantive(),
        edits.deletions,
        edits.insertions
    );
}

fn bench_update(text: &str, edited: &str) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = Store::init(dir.path().join("claims")).expect("a store");
    let now = Timestamp("2026-11-24T10:00:00Z".into());
    let input = |source: &'static str, text: &'static str| RevisionInput {
        source,
        text,
        sha256: sha256_hex(text.as_bytes()),
        recorded_at: now.clone(),
    };
    // The texts live as long as the process: leak them for 'static inputs.
    let text: &'static str = Box::leak(text.to_string().into_boxed_str());
    let edited: &'static str = Box::leak(edited.to_string().into_boxed_str());
    let v1 = input("archive.v1.txt", text);
    let analysis = analyze(text, "archive", Options::default());
    let file = new_article("archive", "Archive", &v1, &analysis, Options::default());
    store.create(&file).expect("created");
    let bytes = std::fs::metadata(dir.path().join("claims/archive.toml"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "update: a store file of {} claims, {:.1} MB",
        file.claims.len(),
        bytes as f64 / 1e6
    );

    let start = Instant::now();
    let loaded = store.load("archive").expect("loads");
    let load = start.elapsed();
    let start = Instant::now();
    let analysis = analyze(edited, "archive", Options::default());
    let analysis_time = start.elapsed();
    let start = Instant::now();
    let revised = apply_revision(
        &loaded.file,
        &input("archive.v2.txt", edited),
        &analysis,
        "bench",
    );
    let apply_time = start.elapsed();
    let (edit_in_place, _) = time(3, || {
        let mut doc = loaded.doc().expect("the store file parses");
        claimtrack::store::apply(&mut doc, &revised.file);
        doc
    });
    let start = Instant::now();
    store.save(&loaded, &revised.file).expect("saved");
    let save = start.elapsed();
    println!(
        "  in process: load {}, analyse {}, match and carry {}, save {} \
         (of which the TOML edit in place {})",
        ms(load),
        ms(analysis_time),
        ms(apply_time),
        ms(save),
        ms(edit_in_place)
    );

    // End to end, as a checker runs it, on a fresh copy of revision 1.
    let bin = env!("CARGO_BIN_EXE_claimtrack");
    let fresh = tempfile::tempdir().expect("a temporary directory");
    let fresh_store = Store::init(fresh.path().join("claims")).expect("a store");
    fresh_store.create(&file).expect("created");
    let v2_path = fresh.path().join("archive.v2.txt");
    std::fs::write(&v2_path, edited).expect("written");
    let start = Instant::now();
    let out = std::process::Command::new(bin)
        .current_dir(fresh.path())
        .args(["update", "archive"])
        .arg(&v2_path)
        .args(["--format", "json", "--quiet"])
        .env("CLAIMTRACK_NOW", "2026-11-24T11:00:00Z")
        .env("CLAIMTRACK_USER", "bench")
        .output()
        .expect("claimtrack runs");
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "update failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!(
        "  claimtrack update, end to end: {:.2} s",
        elapsed.as_secs_f64()
    );
}

fn bench_history(articles: &[String]) {
    // The longest article of the corpus, edited a little in each revision.
    let base = articles
        .iter()
        .max_by_key(|a| a.len())
        .expect("a corpus")
        .clone();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = Store::init(dir.path().join("claims")).expect("a store");
    let mut rng = Rng(0x5EED_0F20_2600);
    let mut edits = Edits::default();
    let min_paragraphs = base.lines().count();
    let mut text = base;
    let start = Instant::now();
    for revision in 1..=HISTORY_REVISIONS {
        let recorded_at = Timestamp(format!("2026-11-24T10:{:02}:00Z", revision % 60));
        let input = RevisionInput {
            source: "story.txt",
            text: &text,
            sha256: sha256_hex(text.as_bytes()),
            recorded_at,
        };
        let analysis = analyze(&text, "story", Options::default());
        if revision == 1 {
            let file = new_article("story", "Story", &input, &analysis, Options::default());
            store.create(&file).expect("created");
        } else {
            let loaded = store.load("story").expect("loads");
            let revised = apply_revision(&loaded.file, &input, &analysis, "bench");
            store.save(&loaded, &revised.file).expect("saved");
        }
        // A few edits for the next revision, at a higher rate than the
        // archive's so that something changes each time.
        let mut next = text.clone();
        while next == text {
            next = edit_lightly(&text, &mut rng, &mut edits, min_paragraphs);
        }
        text = next;
    }
    let record = start.elapsed();
    let bytes = std::fs::metadata(dir.path().join("claims/story.toml"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "history: one article ({} bytes) through {HISTORY_REVISIONS} revisions, recorded in {:.2} s \
         ({:.1} ms per update); store file {:.2} MB",
        text.len(),
        record.as_secs_f64(),
        record.as_secs_f64() * 1e3 / f64::from(HISTORY_REVISIONS - 1),
        bytes as f64 / 1e6
    );
    println!(
        "  edits: {} figure updates, {} rewordings, {} splits, {} merges, {} moves, {} deletions, {} insertions",
        edits.figures,
        edits.rewordings,
        edits.splits,
        edits.merges,
        edits.moves,
        edits.deletions,
        edits.insertions
    );
    let (load_best, _) = time(5, || store.load("story").expect("loads"));
    let file = store.load("story").expect("loads").file;
    for (a, b) in [(1, 2), (1, HISTORY_REVISIONS), (37, 64), (99, 100)] {
        let (best, median) = time(5, || {
            let old = claims_at(&file, a).expect("revision a");
            let new = claims_at(&file, b).expect("revision b");
            diff_claims(&old, &new)
        });
        let old = claims_at(&file, a).expect("revision a");
        let new = claims_at(&file, b).expect("revision b");
        let s = summary(&diff_claims(&old, &new));
        println!(
            "  story@{a} → story@{b}: {} best, {} median (+ load {}): {} changed, {} added, {} removed, {} unchanged",
            ms(best),
            ms(median),
            ms(load_best),
            s.changed,
            s.added,
            s.removed,
            s.unchanged
        );
    }
}

/// One or two edits of the kinds [`edit`] makes, on random paragraphs.
/// Paragraphs are deleted only while more than `min_paragraphs` remain.
fn edit_lightly(text: &str, rng: &mut Rng, edits: &mut Edits, min_paragraphs: usize) -> String {
    let mut paragraphs: Vec<String> = text.lines().map(str::to_string).collect();
    for _ in 0..1 + rng.below(2) {
        let i = rng.below(paragraphs.len());
        let p = paragraphs[i].clone();
        match rng.below(10) {
            0..3 => {
                if let Some(q) = bump_figure(&p, rng) {
                    edits.figures += 1;
                    paragraphs[i] = q;
                }
            }
            3..5 => {
                if let Some(q) = reword(&p, rng) {
                    edits.rewordings += 1;
                    paragraphs[i] = q;
                }
            }
            5 => {
                if let Some(q) = split(&p) {
                    edits.splits += 1;
                    paragraphs[i] = q;
                }
            }
            6 => {
                if let Some(q) = merge(&p) {
                    edits.merges += 1;
                    paragraphs[i] = q;
                }
            }
            7 => {
                let moved = paragraphs.remove(i);
                let at = rng.below(paragraphs.len() + 1);
                paragraphs.insert(at, moved);
                edits.moves += 1;
            }
            8 if paragraphs.len() > min_paragraphs => {
                paragraphs.remove(i);
                edits.deletions += 1;
            }
            _ => {
                paragraphs.insert(i + 1, inserted(rng.below(10_000)));
                edits.insertions += 1;
            }
        }
    }
    let mut out = paragraphs.join("\n");
    out.push('\n');
    out
}

/// Whether the part `name` is wanted: `cargo bench --bench diff -- history`
/// runs only the parts whose name holds one of the words given (all without).
fn wanted(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
}

fn main() {
    let articles = corpus();
    if wanted("archive") || wanted("update") {
        let text = archive(&articles, ARCHIVE_CLAIMS);
        let mut edits = Edits::default();
        let edited = edit(&text, &mut Rng(0xC1A1_7AC4), &mut edits);
        if wanted("archive") {
            bench_archive(&articles, &text, &edited, &edits);
        }
        if wanted("update") {
            bench_update(&text, &edited);
        }
    }
    if wanted("history") {
        bench_history(&articles);
    }
    if let Some((_, peak)) = memory() {
        println!("peak resident memory of the whole run: {peak:.0} MB");
    }
}
