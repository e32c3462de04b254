//! What the benchmarks share: the corpus and a CPU clock.

use std::time::Duration;

/// The binary's allocator (see `src/main.rs`), so the figures are the ones
/// a user gets.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The articles of `benches/corpus/` (30 CC BY-SA news articles, see its
/// SOURCE.md), in file-name order.
pub fn corpus() -> Vec<String> {
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

/// CPU time this thread has used, where Linux tells (`/proc/thread-self/stat`,
/// in clock ticks of 10 ms): on a busy machine wall time also counts the
/// time other processes had the CPU.
pub fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
    // After the command: state is field 3, utime 14 and stime 15.
    let utime: u64 = fields.nth(11)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis((utime + stime) * 10))
}
