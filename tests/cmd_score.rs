//! `claimtrack score` and `claimtrack analyze`.

mod common;

use common::{claimtrack, fails};
use tempfile::TempDir;

#[test]
fn score_prints_one_score_per_line_in_order() {
    let dir = TempDir::new().unwrap();
    let input = "Unemployment fell to 3.5% last year, the bureau said.\n\nThank you all for coming tonight.\nWill you?\n";
    let out = claimtrack(dir.path())
        .args(["score", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let scores: Vec<f64> = text.lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(scores.len(), 4);
    assert!(
        scores[0] > 0.5 && scores[2] < 0.5 && scores[3] < 0.5,
        "{scores:?}"
    );
    assert_eq!(scores[1], 0.0);
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
}

#[test]
fn score_errors() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"a\0b").unwrap();
    let e = fails(claimtrack(dir.path()).args(["score", "bin.txt"]));
    assert!(e.contains("binary"), "{e}");
    fails(claimtrack(dir.path()).args(["score", "missing.txt"]));
    fails(claimtrack(dir.path()).args(["score", "."]));
}
