//! The store's configuration file, [`CONFIG_FILE`](super::CONFIG_FILE):
//! read with serde, tolerant of keys it does not know (a newer claimtrack's,
//! or the user's own notes), strict about the types of the keys it does.
//!
//! A missing file is the default configuration; a file that does not parse
//! is a [`StoreError::Parse`] with `path:line:column`, like a store file.

use std::path::Path;

use serde::Deserialize;

use super::StoreError;
use super::check::error_at;

/// What `.claimtrack.toml` says. Every table is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Config {
    /// `[publisher]`: who publishes the fact checks made in this store.
    #[serde(default)]
    pub publisher: PublisherConfig,
}

/// The `[publisher]` table: the organization that reviews the claims, named
/// as the author of published ClaimReviews.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct PublisherConfig {
    /// The organization's name, e.g. `Example Daily`.
    pub name: Option<String>,
    /// The organization's home page, e.g. `https://example.org`.
    pub url: Option<String>,
    /// Where each review is published: a URL in which `{article}` and `{id}`
    /// stand for the article id and the claim id.
    pub review_url_template: Option<String>,
}

/// Reads the configuration file at `path`; the default configuration when
/// there is none.
pub fn load(path: &Path) -> Result<Config, StoreError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(&e.as_bytes()[..good]).into_owned();
            return Err(error_at(
                path,
                &text,
                Some(good..good),
                "not valid UTF-8",
                false,
            ));
        }
    };
    parse(path, &text)
}

/// Parses the text of a configuration file read from `path`.
pub fn parse(path: &Path, text: &str) -> Result<Config, StoreError> {
    toml::from_str(text).map_err(|e| error_at(path, text, e.span(), e.message(), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Result<Config, String> {
        parse(Path::new("c.toml"), text).map_err(|e| e.to_string())
    }

    #[test]
    fn the_publisher_table_is_read_and_unknown_keys_are_kept_out_of_the_way() {
        let config = parsed(
            "# mine\ncolour = \"blue\"\n[publisher]\nname = \"Example Daily\"\n\
             url = \"https://example.org\"\nmotto = \"facts first\"\n[later]\nx = 1\n",
        )
        .unwrap();
        assert_eq!(config.publisher.name.as_deref(), Some("Example Daily"));
        assert_eq!(config.publisher.url.as_deref(), Some("https://example.org"));
        assert_eq!(config.publisher.review_url_template, None);
        assert_eq!(parsed("").unwrap(), Config::default());
        assert_eq!(parsed("[publisher]\n").unwrap(), Config::default());
    }

    #[test]
    fn a_bad_file_is_an_error_with_its_line_and_column() {
        let e = parsed("[publisher]\nname = \"Example Daily\"\nurl = 3\n").unwrap_err();
        assert!(e.starts_with("c.toml:3:7: "), "{e}");
        let e = parsed("[publisher]\nname = \"unterminated\n").unwrap_err();
        assert!(e.starts_with("c.toml:2:"), "{e}");
        let e = parsed("publisher = \"Example Daily\"\n").unwrap_err();
        assert!(e.starts_with("c.toml:1:13: "), "{e}");
        assert!(!e.contains('\n'), "one line: {e}");
    }

    #[test]
    fn a_missing_file_is_the_default_and_bad_bytes_say_where() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
        let path = dir.path().join("c.toml");
        std::fs::write(&path, b"[publisher]\nname = \"Caf\xe9\"\n").unwrap();
        let e = load(&path).unwrap_err().to_string();
        assert!(e.ends_with("c.toml:2:12: not valid UTF-8"), "{e}");
        assert!(load(dir.path()).is_err(), "a directory is not a file");
    }
}
