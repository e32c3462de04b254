//! Writers killed with SIGKILL at random moments: every store file still
//! parses, and every change a writer acknowledged (exit 0) is there.
//!
//! A seeded loop starts `mark`, `cite` or `update` on a small article and
//! kills it after a random delay, drawn over how long the command takes (timed
//! on a run left to finish every few runs), so that kills land before, during
//! and after its write; runs that finish first count as acknowledged. After
//! every run the article's file is either exactly as it was or holds the
//! whole change, never anything else. Every [`EPOCH`] runs the article starts
//! afresh, so that the file, and each command's time, stay small.
//!
//! `CLAIMTRACK_CRASH_KILLS` (default 500) sets how many kills must land and
//! `CLAIMTRACK_CRASH_SEED` the seed (printed on failure).

#![cfg(unix)]

mod common;

use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimtrack::store::Store;
use claimtrack::store::model::ArticleFile;
use common::{NOW, claimtrack, fixture};

/// SplitMix64: a small, seeded generator, enough to place kills.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// What one writer run would change, found in the file when it happened.
#[derive(Debug, Clone)]
enum Change {
    /// `mark ... --note NOTE`: a log entry with this note.
    Note(String),
    /// `cite ... URL`: a source with this URL.
    Source(String),
    /// `update council FILE`: a revision whose source is FILE.
    Revision(String),
}

impl Change {
    fn is_in(&self, file: &ArticleFile) -> bool {
        match self {
            Change::Note(note) => file
                .claims
                .iter()
                .flat_map(|c| &c.log)
                .any(|e| e.note.as_deref() == Some(note)),
            Change::Source(url) => file
                .claims
                .iter()
                .flat_map(|c| &c.sources)
                .any(|s| &s.url == url),
            Change::Revision(source) => file.article.revisions.iter().any(|r| &r.source == source),
        }
    }
}

const OPS: [&str; 3] = ["mark", "cite", "update"];

/// Runs on one article file before it is recorded afresh.
const EPOCH: u64 = 60;

/// Every this many runs, one of each command is left to finish, to time it.
const CALIBRATE: u64 = 30;

#[test]
fn writers_killed_at_random_moments_lose_no_acknowledged_change() {
    let kills = env_number("CLAIMTRACK_CRASH_KILLS", 500);
    let seed = env_number("CLAIMTRACK_CRASH_SEED", 20261124);
    let mut rng = Rng(seed);
    let dir = tempfile::TempDir::new().unwrap();
    let root = dir.path();
    claimtrack(root).arg("init").assert().success();
    let fresh_article = || {
        claimtrack(root)
            .args(["-q", "extract", "--id", "council"])
            .arg(fixture("store/council.v1.txt"))
            .assert()
            .success();
    };
    fresh_article();
    let base = std::fs::read_to_string(fixture("store/council.v1.txt")).unwrap();
    let store = Store::open(root.join("claims")).unwrap();
    let path = store.path_of("council").unwrap();
    let ids: Vec<String> = store
        .load("council")
        .unwrap()
        .file
        .claims
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let bin = assert_cmd::cargo::cargo_bin("claimtrack");
    let statuses = ["verified", "false", "misleading", "in-review"];

    // How long each command takes to finish, timed on runs left to finish.
    let mut typical = [Duration::from_millis(60); 3];
    let mut acknowledged: Vec<Change> = Vec::new();
    let (mut killed, mut finished, mut changed_by_killed) = (0, 0, 0);
    let start = Instant::now();
    let mut run = 0u64;
    while killed < kills {
        run += 1;
        assert!(
            run < kills * 5 + 20,
            "seed {seed}: kills do not land ({killed} in {run} runs)"
        );
        if run.is_multiple_of(EPOCH) {
            std::fs::remove_file(&path).unwrap();
            fresh_article();
            acknowledged.clear();
        }
        let calibrating = run % CALIBRATE < 3;
        let op = if calibrating {
            (run % CALIBRATE) as usize
        } else {
            rng.below(3) as usize
        };
        let claim = &ids[rng.below(ids.len() as u64) as usize];
        let mut cmd = Command::new(&bin);
        cmd.current_dir(root)
            .env("CLAIMTRACK_NOW", NOW)
            .env("CLAIMTRACK_USER", "crash.test")
            .env("CLAIMTRACK_LOCK_TIMEOUT", "30")
            .env_remove("CLAIMTRACK_STORE")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .arg("-q");
        let change = match OPS[op] {
            "mark" => {
                let note = format!("run-{run}");
                let status = statuses[rng.below(4) as usize];
                cmd.args(["mark", claim, status, "--note", &note]);
                Change::Note(note)
            }
            "cite" => {
                let url = format!("https://example.org/run-{run}");
                cmd.args(["cite", claim, &url]);
                Change::Source(url)
            }
            _ => {
                // Each update is a new text: the article plus one paragraph.
                let name = format!("rev-{run}.txt");
                let text = format!(
                    "{base}\nOfficials said {} complaints were filed by run {run}.\n",
                    100 + run
                );
                std::fs::write(root.join(&name), text).unwrap();
                cmd.args(["update", "council", &name]);
                Change::Revision(name)
            }
        };
        let before = std::fs::read(&path).unwrap();
        // Anywhere from at once to just after the command usually ends.
        let delay = typical[op].mul_f64(rng.below(1100) as f64 / 1000.0);
        let began = Instant::now();
        let mut child = cmd.spawn().unwrap();
        let status = if calibrating {
            let status = child.wait().unwrap();
            typical[op] = (typical[op] + began.elapsed()) / 2;
            status
        } else {
            std::thread::sleep(delay);
            match child.try_wait().unwrap() {
                Some(status) => status,
                None => {
                    // Child::kill sends SIGKILL on Unix. If the child ended
                    // meanwhile, wait() still reports how it ended.
                    child.kill().unwrap();
                    child.wait().unwrap()
                }
            }
        };
        if status.success() {
            finished += 1;
            acknowledged.push(change.clone());
        } else if status.signal() == Some(9) {
            killed += 1;
        } else {
            let mut stderr = String::new();
            std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
            panic!(
                "seed {seed}, run {run}: {} failed: {status}: {stderr}",
                OPS[op]
            );
        }

        // Every store file parses ...
        let (good, problems) = store.check_all().unwrap();
        assert!(
            problems.is_empty() && good == 1,
            "seed {seed}, run {run} ({} killed after {delay:?}): {problems:?}",
            OPS[op]
        );
        // ... the article is as it was, or has the whole change ...
        let after = std::fs::read(&path).unwrap();
        let file = store.load("council").unwrap().file;
        if after != before {
            assert!(
                change.is_in(&file),
                "seed {seed}, run {run}: the file changed without {change:?}"
            );
            if !status.success() {
                changed_by_killed += 1;
            }
        }
        // ... and nothing acknowledged is missing.
        for c in &acknowledged {
            assert!(c.is_in(&file), "seed {seed}, run {run}: lost {c:?}");
        }
    }

    // A writer that runs to the end clears what the killed ones left.
    claimtrack(root)
        .args(["-q", "mark", &ids[0], "verified"])
        .assert()
        .success();
    let leftovers: Vec<String> = std::fs::read_dir(root.join("claims"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    eprintln!(
        "seed {seed}: {run} runs in {:.1}s: {killed} killed ({changed_by_killed} of them after \
         their rename), {finished} finished; typical mark/cite/update {:?}",
        start.elapsed().as_secs_f64(),
        typical
    );
    assert!(finished > 0, "no run finished: the delays are too short");
}
