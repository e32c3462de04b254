//! `claimtrack report`.

mod common;

use common::{claimtrack, fails, json, seeded_v2};

#[test]
fn report_markdown_has_verdicts_claims_and_revisions() {
    let dir = seeded_v2();
    let out = claimtrack(dir.path()).arg("report").output().unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Putin Seizes Initiative on Syria"), "{md}");
    assert!(md.contains("## Verdicts") && md.contains("## Claims"));
    assert!(md.contains("## Removed claims"));
    assert!(
        md.contains("### putin-syria-gambit@1 → putin-syria-gambit@2"),
        "{md}"
    );
}

#[test]
fn report_json_and_errors() {
    let dir = seeded_v2();
    let r = json(dir.path(), &["report", "--format", "json"]);
    assert_eq!(r[0]["article"]["revision"], 2);
    assert_eq!(r[0]["revisions"][0]["summary"]["removed"], 1);
    let e = fails(claimtrack(dir.path()).args(["report", "nope"]));
    assert!(e.contains("nope"), "{e}");
    fails(claimtrack(dir.path()).args(["report", "--format", "csv"]));
}
