//! Throughput of the analysis on real news text: `cargo bench`.
//!
//! Prints MB/s for the whole pipeline (`analysis::analyze`) and for each
//! finder on its own, over the articles in `benches/corpus/`, one thread.

#![allow(clippy::print_stdout)] // a benchmark reports on standard output

use std::time::{Duration, Instant};

use claimtrack::analysis::{Options, analyze};
use claimtrack::text::{numbers, quotes, segment};

fn corpus() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("benches/corpus exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 article"))
        .collect()
}

/// Run `f` over every article until at least `min` has passed; MB/s.
fn measure(articles: &[String], min: Duration, mut f: impl FnMut(&str) -> usize) -> (f64, usize) {
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut found = 0;
    let mut rounds = 0u32;
    let start = Instant::now();
    while start.elapsed() < min || rounds == 0 {
        for a in articles {
            found += f(a);
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    (
        bytes as f64 * f64::from(rounds) / 1e6 / secs,
        found / rounds as usize,
    )
}

/// Whether the line `name` is wanted: `cargo bench --bench analyze -- numbers`
/// runs only the lines whose name holds one of the words given (all without).
fn wanted(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
}

fn main() {
    let articles = corpus();
    let bytes: usize = articles.iter().map(String::len).sum();
    let min = Duration::from_secs(2);
    println!(
        "{} articles, {:.2} MB, one thread, at least {}s each",
        articles.len(),
        bytes as f64 / 1e6,
        min.as_secs()
    );
    if wanted("analyze") {
        let (mbs, n) = measure(&articles, min, |t| {
            analyze(t, "bench", Options::default()).claims.len()
        });
        println!("analyze (whole pipeline)   {mbs:7.1} MB/s   {n} claims");
    }
    if wanted("segment") {
        let (mbs, n) = measure(&articles, min, |t| {
            let p = segment::find_paragraphs(t);
            segment::find_sentences(t, &p).len()
        });
        println!("segment                    {mbs:7.1} MB/s   {n} sentences");
    }
    if wanted("numbers") {
        let (mbs, n) = measure(&articles, min, |t| numbers::find_quantities(t).len());
        println!("numbers                    {mbs:7.1} MB/s   {n} figures");
    }
    if wanted("quotes") {
        let (mbs, n) = measure(&articles, min, |t| {
            let p = segment::find_paragraphs(t);
            let s = segment::find_sentences(t, &p);
            quotes::analyze(t, &p, &s).quotes.len()
        });
        println!("quotes + speakers (+segment) {mbs:5.1} MB/s   {n} quotes");
    }
    if !wanted("seed") {
        return;
    }

    let seed = include_str!("../tests/fixtures/seed/putin-syria-gambit.v1.txt");
    let runs = 2000;
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(analyze(seed, "putin-syria-gambit", Options::default()));
    }
    println!(
        "seed article ({} bytes): {:.0} µs per analyze",
        seed.len(),
        start.elapsed().as_secs_f64() * 1e6 / f64::from(runs)
    );
}
