//! `claimtrack check-store`, and what the store refuses to read.

mod common;

use common::{claimtrack, fails, seeded, snapshot};

#[test]
fn every_problem_is_reported_at_once_and_nothing_changes() {
    let dir = seeded();
    let store = dir.path().join("claims");
    claimtrack(dir.path())
        .arg("check-store")
        .assert()
        .success()
        .stdout(predicates::str::contains("ok: 1 article file"));

    let good = std::fs::read_to_string(store.join("putin-syria-gambit.toml")).unwrap();
    let typo = good.replacen("status = \"unverified\"", "status = \"verifed\"", 1);
    std::fs::write(store.join("copy-one.toml"), &typo).unwrap();
    std::fs::write(store.join("copy-two.toml"), "schema = [").unwrap();
    std::fs::write(store.join("Bad Name.toml"), "").unwrap();
    let before = snapshot(&store);
    let out = claimtrack(dir.path()).arg("check-store").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Bad Name.toml") && l.contains("not an article file"))
    );
    // The copy's id does not match its name, or its status is unknown: either way, with a place.
    assert!(
        lines.iter().any(|l| l.contains("copy-one.toml:")),
        "{stdout}"
    );
    assert!(
        lines.iter().any(|l| l.contains("copy-two.toml:1:")),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("error: 3 problems in claims (1 file load)"),
        "{stderr}"
    );
    assert_eq!(snapshot(&store), before);
}

#[cfg(unix)]
#[test]
fn a_store_file_that_links_out_of_the_store_is_refused() {
    let dir = seeded();
    let outside = dir.path().join("outside.toml");
    std::fs::copy(dir.path().join("claims/putin-syria-gambit.toml"), &outside).unwrap();
    let link = dir.path().join("claims/linked.toml");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    let e = fails(claimtrack(dir.path()).args(["list", "linked"]));
    assert!(e.contains("symbolic link"), "{e}");
}

/// How many marks each of the eight writers makes:
/// `CLAIMTRACK_STRESS_MARKS`, else 100 (the 8 × 100).
fn marks_per_writer() -> usize {
    std::env::var("CLAIMTRACK_STRESS_MARKS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(100)
}

/// Eight processes at once, each marking claims of the same article again
/// and again (each mark its own process: load, edit, atomic save under the
/// lock). No update is lost: every mark's log entry is there, once, and each
/// claim's status log is one unbroken chain (every entry's `from` is the
/// `to` before it), which only serialized writers give.
#[test]
fn concurrent_writers_lose_no_update() {
    const WRITERS: usize = 8;
    let marks = marks_per_writer();
    let dir = seeded();
    let ids: Vec<String> = common::json(dir.path(), &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    let bin = assert_cmd::cargo::cargo_bin("claimtrack");
    let start = std::time::Instant::now();
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let (bin, ids, root) = (bin.clone(), ids.clone(), dir.path().to_path_buf());
            std::thread::spawn(move || {
                for i in 0..marks {
                    let status = ["verified", "false", "misleading", "in-review"][(w + i) % 4];
                    let out = std::process::Command::new(&bin)
                        .args(["-q", "mark", &ids[(w * 7 + i) % ids.len()], status])
                        .args(["--note", &format!("w{w}-m{i}")])
                        .current_dir(&root)
                        .env("CLAIMTRACK_USER", format!("writer-{w}"))
                        .env("CLAIMTRACK_LOCK_TIMEOUT", "600")
                        .env_remove("CLAIMTRACK_STORE")
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "writer {w}, mark {i}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let elapsed = start.elapsed();

    let store = claimtrack::store::Store::open(dir.path().join("claims")).unwrap();
    let file = store.load("putin-syria-gambit").unwrap().file;
    let mut notes: Vec<String> = Vec::new();
    for c in &file.claims {
        let mut status = "unverified";
        let mut last_of_writer = [None; WRITERS];
        for e in &c.log {
            assert_eq!(
                e.from.as_deref(),
                Some(status),
                "claim {}: a lost update",
                c.id
            );
            status = e.to.as_deref().unwrap();
            let note = e.note.clone().unwrap();
            // Each writer's marks of one claim are in the order it made them.
            let (w, i) = note[1..].split_once("-m").unwrap();
            let (w, i): (usize, usize) = (w.parse().unwrap(), i.parse().unwrap());
            assert!(
                last_of_writer[w] < Some(i),
                "claim {}: {note} out of order",
                c.id
            );
            last_of_writer[w] = Some(i);
            notes.push(note);
        }
        assert_eq!(c.status.as_str(), status);
    }
    notes.sort();
    let mut expected: Vec<String> = (0..WRITERS)
        .flat_map(|w| (0..marks).map(move |i| format!("w{w}-m{i}")))
        .collect();
    expected.sort();
    assert_eq!(notes.len(), WRITERS * marks);
    assert_eq!(notes, expected);
    eprintln!(
        "{WRITERS} writers x {marks} marks: {:.1}s, {:.1} ms a mark",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1000.0 / (WRITERS * marks) as f64
    );
}

/// A second writer waits for the lock; past CLAIMTRACK_LOCK_TIMEOUT it gives
/// up with one clear line, exit 2, and the store as it was.
#[test]
fn a_second_writer_waits_then_gives_up_with_a_clear_message() {
    let dir = seeded();
    let id = common::first_id(dir.path());
    let store = claimtrack::store::Store::open(dir.path().join("claims")).unwrap();
    let held = store
        .lock_with_timeout(std::time::Duration::from_secs(1))
        .unwrap();
    let before = snapshot(dir.path());
    let start = std::time::Instant::now();
    let e = fails(
        claimtrack(dir.path())
            .env("CLAIMTRACK_LOCK_TIMEOUT", "0.4")
            .args(["mark", &id, "verified"]),
    );
    assert!(start.elapsed() >= std::time::Duration::from_millis(400));
    assert!(
        e.contains("another claimtrack command is writing to the store"),
        "{e}"
    );
    assert!(e.contains("gave up after 0.4s"), "{e}");
    assert!(e.contains("CLAIMTRACK_LOCK_TIMEOUT"), "{e}");
    assert_eq!(snapshot(dir.path()), before);

    // Released while the writer waits: it goes on and its mark is saved.
    let bin = assert_cmd::cargo::cargo_bin("claimtrack");
    let start = std::time::Instant::now();
    let child = std::process::Command::new(bin)
        .args(["-q", "mark", &id, "verified"])
        .current_dir(dir.path())
        .env("CLAIMTRACK_LOCK_TIMEOUT", "30")
        .env_remove("CLAIMTRACK_STORE")
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    drop(held);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(start.elapsed() >= std::time::Duration::from_millis(500));
    let shown = common::json(dir.path(), &["show", &id, "--format", "json"]);
    assert_eq!(shown["status"], "verified");
}
