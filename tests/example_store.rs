//! The example store shipped in `claims/` loads with this build and shows
//! what the README says it shows.

mod common;

use std::path::Path;

#[test]
fn the_example_store_is_consistent() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let store = root.join("claims");
    let store = store.to_str().unwrap();
    let dir = tempfile::TempDir::new().unwrap();
    let all = common::json(
        dir.path(),
        &["--store", store, "list", "--all", "--format", "json"],
    );
    let all = all.as_array().unwrap();
    assert!(all.len() >= 25, "{} claims", all.len());
    let status = |s: &str| all.iter().filter(|c| c["status"] == s).count();
    assert_eq!(
        status("needs-recheck"),
        1,
        "the changed figure awaits a recheck"
    );
    assert!(status("verified") >= 1 && status("in-review") >= 1);
    assert!(
        all.iter().any(|c| c["removed_in"] == 2),
        "a removed claim is kept"
    );
    let diff = common::json(
        dir.path(),
        &[
            "--store",
            store,
            "diff",
            "putin-syria-gambit@1",
            "putin-syria-gambit@2",
            "--format",
            "json",
        ],
    );
    assert_eq!(diff["summary"]["removed"], 1);
}
