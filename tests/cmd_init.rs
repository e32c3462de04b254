//! `claimtrack init`.

mod common;

use common::{claimtrack, fails, fixture};
use tempfile::TempDir;

#[test]
fn init_creates_a_store_where_asked() {
    let dir = TempDir::new().unwrap();
    claimtrack(dir.path())
        .args(["init", "newsroom/claims"])
        .assert()
        .success();
    assert!(dir.path().join("newsroom/claims").is_dir());
    claimtrack(dir.path())
        .args(["--store", "newsroom/claims", "extract"])
        .arg(fixture("seed/putin-syria-gambit.v1.txt"))
        .assert()
        .success();
    assert!(
        dir.path()
            .join("newsroom/claims/putin-syria-gambit.toml")
            .is_file()
    );
    std::fs::write(dir.path().join("afile"), "x").unwrap();
    fails(claimtrack(dir.path()).args(["init", "afile"]));
}
