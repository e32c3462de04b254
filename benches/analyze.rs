//! Throughput of the analysis on real news text: `cargo bench`.
//!
//! Prints MB/s for the whole pipeline (`analysis::analyze`), for each
//! finder on its own, and for the check-worthiness model alone (`score`),
//! over the articles in `benches/corpus/`, one thread.

#![allow(clippy::print_stdout)] // a benchmark reports on standard output

mod common;
use common::{corpus, cpu_time};

use std::time::{Duration, Instant};

use claimtrack::analysis::{Options, analyze};
use claimtrack::score::{Scorer, Signals, Unit};
use claimtrack::text::{numbers, quotes, segment};

/// Run `f` over every article until at least `min` has passed; MB/s over
/// wall time, MB/s over CPU time (if known), and the findings per round.
fn measure(
    articles: &[String],
    min: Duration,
    mut f: impl FnMut(&str) -> usize,
) -> (f64, Option<f64>, usize) {
    let bytes: usize = articles.iter().map(String::len).sum();
    let mut found = 0;
    let mut rounds = 0u32;
    let cpu_start = cpu_time();
    let start = Instant::now();
    while start.elapsed() < min || rounds == 0 {
        for a in articles {
            found += f(a);
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 * f64::from(rounds) / 1e6;
    let cpu = cpu_start
        .zip(cpu_time())
        .map(|(a, b)| (b - a).as_secs_f64())
        .filter(|&s| s > 0.0);
    (mb / secs, cpu.map(|s| mb / s), found / rounds as usize)
}

/// Run `round` (which handles `bytes` bytes) until at least `min` has
/// passed; as [`measure`].
fn measure_bytes(
    bytes: usize,
    min: Duration,
    mut round: impl FnMut() -> usize,
) -> (f64, Option<f64>, usize) {
    let mut found = 0;
    let mut rounds = 0u32;
    let cpu_start = cpu_time();
    let start = Instant::now();
    while start.elapsed() < min || rounds == 0 {
        found += round();
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 * f64::from(rounds) / 1e6;
    let cpu = cpu_start
        .zip(cpu_time())
        .map(|(a, b)| (b - a).as_secs_f64())
        .filter(|&s| s > 0.0);
    (mb / secs, cpu.map(|s| mb / s), found / rounds as usize)
}

/// `   (CPU 12.3 MB/s)` when the CPU time is known.
fn cpu(mbs: Option<f64>) -> String {
    mbs.map(|m| format!("   (CPU {m:.1} MB/s)"))
        .unwrap_or_default()
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
    // BENCH_SECONDS=0 runs one round of each line, for a profiler.
    let min = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(Duration::from_secs(2), Duration::from_secs_f64);
    println!(
        "{} articles, {:.2} MB, one thread, at least {:.1}s each",
        articles.len(),
        bytes as f64 / 1e6,
        min.as_secs_f64()
    );
    if wanted("analyze") {
        let (mbs, c, n) = measure(&articles, min, |t| {
            analyze(t, "bench", Options::default()).claims.len()
        });
        println!(
            "analyze (whole pipeline)   {mbs:7.1} MB/s   {n} claims{}",
            cpu(c)
        );
    }
    if wanted("all-cores") {
        use rayon::prelude::*;
        let start = Instant::now();
        let mut rounds = 0u32;
        while start.elapsed() < min || rounds == 0 {
            let claims: usize = articles
                .par_iter()
                .map(|t| analyze(t, "bench", Options::default()).claims.len())
                .sum();
            std::hint::black_box(claims);
            rounds += 1;
        }
        let mbs = bytes as f64 * f64::from(rounds) / 1e6 / start.elapsed().as_secs_f64();
        println!(
            "analyze, all {} cores       {mbs:7.1} MB/s",
            rayon::current_num_threads()
        );
    }
    if wanted("segment") {
        let (mbs, c, n) = measure(&articles, min, |t| {
            let p = segment::find_paragraphs(t);
            segment::find_sentences(t, &p).len()
        });
        println!(
            "segment                    {mbs:7.1} MB/s   {n} sentences{}",
            cpu(c)
        );
    }
    if wanted("numbers") {
        let (mbs, c, n) = measure(&articles, min, |t| numbers::find_quantities(t).len());
        println!(
            "numbers                    {mbs:7.1} MB/s   {n} figures{}",
            cpu(c)
        );
    }
    if wanted("quotes") {
        let (mbs, c, n) = measure(&articles, min, |t| {
            let p = segment::find_paragraphs(t);
            let s = segment::find_sentences(t, &p);
            quotes::analyze(t, &p, &s).quotes.len()
        });
        println!(
            "quotes + speakers (+segment) {mbs:5.1} MB/s   {n} quotes{}",
            cpu(c)
        );
    }
    if wanted("score") {
        // The sentences of every article with their signals, found once:
        // these lines time the check-worthiness model alone.
        let docs: Vec<Vec<(&str, Signals)>> = articles
            .iter()
            .map(|t| {
                let p = segment::find_paragraphs(t);
                segment::find_sentences(t, &p)
                    .iter()
                    .filter(|s| !s.heading)
                    .map(|s| {
                        let text = s.span.slice(t);
                        (text, claimtrack::analysis::signals_of(text))
                    })
                    .collect()
            })
            .collect();
        let scored: usize = docs.iter().flatten().map(|(t, _)| t.len()).sum();
        let model = claimtrack::score::builtin_model().expect("the shipped model reads");
        let units: Vec<Vec<Unit>> = docs
            .iter()
            .map(|d| {
                d.iter()
                    .map(|&(text, signals)| Unit { text, signals })
                    .collect()
            })
            .collect();
        // MB/s over the sentence bytes scored (headings and blank lines left out).
        let (mbs, c, n) = measure_bytes(scored, min, || {
            units.iter().map(|u| model.values(u).len()).sum()
        });
        println!(
            "score (model, values)      {mbs:7.1} MB/s   {n} sentences{}",
            cpu(c)
        );
        let (mbs, c, n) = measure_bytes(scored, min, || {
            units.iter().map(|u| model.explained(u).len()).sum()
        });
        println!(
            "score (model, with reasons) {mbs:6.1} MB/s   {n} sentences{}",
            cpu(c)
        );
        let (mbs, c, n) = measure_bytes(scored, min, || {
            units
                .iter()
                .map(|u| claimtrack::score::HandScorer.score_all(u).len())
                .sum()
        });
        println!(
            "score (hand-set, before)   {mbs:7.1} MB/s   {n} sentences{}",
            cpu(c)
        );
    }
    if !wanted("seed") {
        return;
    }

    let seed = include_str!("../tests/fixtures/seed/putin-syria-gambit.v1.txt");
    let runs = 2000;
    let cpu_start = cpu_time();
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(analyze(seed, "putin-syria-gambit", Options::default()));
    }
    let wall = start.elapsed();
    let cpu = cpu_start
        .zip(cpu_time())
        .map(|(a, b)| {
            format!(
                "   (CPU {:.0} µs)",
                (b - a).as_secs_f64() * 1e6 / f64::from(runs)
            )
        })
        .unwrap_or_default();
    println!(
        "seed article ({} bytes): {:.0} µs per analyze{cpu}",
        seed.len(),
        wall.as_secs_f64() * 1e6 / f64::from(runs)
    );
}
