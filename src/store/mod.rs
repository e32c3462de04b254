//! The claim store: a directory of `<article-id>.toml` files.

pub mod model;

/// Placeholder until the store lands.
pub fn claim_id(article_id: &str, text: &str, taken: &std::collections::HashSet<String>) -> String {
    let _ = (article_id, text, taken);
    String::new()
}

// Temporary surface so the CLI compiles before the store branch lands.
use std::path::{Path, PathBuf};
#[derive(Debug, thiserror::Error)]
#[error("store")]
pub struct StoreError;
pub struct Store(PathBuf);
pub struct Loaded {
    pub file: model::ArticleFile,
    pub path: PathBuf,
}
pub struct StoreLock;
impl Store {
    pub fn init(d: &Path) -> Result<Store, StoreError> {
        Ok(Store(d.into()))
    }
    pub fn open(d: &Path) -> Result<Store, StoreError> {
        Ok(Store(d.into()))
    }
    pub fn dir(&self) -> &Path {
        &self.0
    }
    pub fn article_ids(&self) -> Result<Vec<String>, StoreError> {
        Ok(vec![])
    }
    pub fn contains(&self, _: &str) -> bool {
        false
    }
    pub fn load(&self, _: &str) -> Result<Loaded, StoreError> {
        Err(StoreError)
    }
    pub fn create(&self, _: &model::ArticleFile) -> Result<(), StoreError> {
        Ok(())
    }
    pub fn save(&self, _: &Loaded, _: &model::ArticleFile) -> Result<(), StoreError> {
        Ok(())
    }
    pub fn lock(&self) -> Result<StoreLock, StoreError> {
        Ok(StoreLock)
    }
}
pub fn validate_article_id(_: &str) -> Result<(), StoreError> {
    Ok(())
}
pub fn slugify(s: &str) -> String {
    s.into()
}
pub fn sha256_hex(_: &[u8]) -> String {
    String::new()
}
pub fn render(_: &model::ArticleFile) -> String {
    String::new()
}
pub fn resolve_claim(_: &Store, _: &str) -> Result<(String, String), StoreError> {
    Err(StoreError)
}
impl model::Timestamp {
    pub fn now() -> Result<Self, StoreError> {
        Ok(model::Timestamp(String::new()))
    }
}
