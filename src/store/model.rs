//! The records of one store file, as read with serde.
//!
//! Field names are the contract in PRODUCT.md: fields may be added, never
//! renamed. Optional fields are left out of the file when empty.

use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

use super::StoreError;

use crate::text::numbers::{Qualifier, QuantityKind};

/// The version of the store file format this build writes.
pub const SCHEMA: i64 = 1;

/// One article's store file, `<article-id>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleFile {
    pub schema: i64,
    pub article: Article,
    #[serde(default)]
    pub claims: Vec<ClaimRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub title: String,
    /// The latest revision number.
    pub revision: u32,
    /// The `--min-score` the article was extracted with, so that later
    /// revisions are judged by the same threshold (absent: the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    #[serde(default)]
    pub revisions: Vec<Revision>,
}

/// One recorded version of the article, with its full text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    pub revision: u32,
    /// Path or URL as given (`-` for standard input).
    pub source: String,
    pub sha256: String,
    pub recorded_at: Timestamp,
    pub text: String,
}

/// What a claim is, in PRODUCT.md's order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    Quote,
    Quantity,
    Attribution,
    Statement,
}

/// A checker's verdict on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Unverified,
    InReview,
    Verified,
    Misleading,
    False,
    Unverifiable,
    /// Set only by the tool, when a claim with a verdict changed.
    NeedsRecheck,
}

impl Status {
    /// Every status, in the order a checker meets them.
    pub const ALL: [Status; 7] = [
        Status::Unverified,
        Status::InReview,
        Status::Verified,
        Status::Misleading,
        Status::False,
        Status::Unverifiable,
        Status::NeedsRecheck,
    ];

    /// The status as written in the store and on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Unverified => "unverified",
            Status::InReview => "in-review",
            Status::Verified => "verified",
            Status::Misleading => "misleading",
            Status::False => "false",
            Status::Unverifiable => "unverifiable",
            Status::NeedsRecheck => "needs-recheck",
        }
    }

    /// Whether this is a checker's verdict, which a change must not keep silently.
    pub const fn is_verdict(self) -> bool {
        matches!(
            self,
            Status::Verified | Status::Misleading | Status::False | Status::Unverifiable
        )
    }
}

impl std::str::FromStr for Status {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown status `{s}`; use one of {}",
                    Status::ALL.map(Status::as_str).join(", ")
                )
            })
    }
}

/// One claim as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub id: String,
    pub kind: ClaimKind,
    pub text: String,
    /// Byte offsets in the latest revision's text (in the last revision the
    /// claim was seen in, for a removed claim).
    pub span: [usize; 2],
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// For a quote claim: the quoted words, without the marks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    pub score: f64,
    pub status: Status,
    pub first_seen: u32,
    pub last_seen: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed_in: Option<u32>,
    #[serde(default)]
    pub quantities: Vec<QuantityRecord>,
    #[serde(default)]
    pub sources: Vec<SourceRecord>,
    #[serde(default)]
    pub log: Vec<LogEntry>,
}

/// A normalized figure, as stored and as printed in JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord {
    pub text: String,
    pub kind: QuantityKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Evidence for a verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRecord {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub added_at: Timestamp,
}

/// What a log entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LogEvent {
    Status,
    Source,
    Note,
    Revision,
}

/// One line of a claim's append-only audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub at: Timestamp,
    pub by: String,
    pub event: LogEvent,
    /// For `revision`: the revision the entry is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<u32>,
    /// For `status`: the old and new status; for `revision`: the old and new
    /// text of the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A UTC instant, written `2026-11-24T10:00:00Z` (a TOML datetime in the
/// store, a string in JSON).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub String);

impl Timestamp {
    /// The environment variable that fixes [`Timestamp::now`], for hermetic
    /// tests: an RFC 3339 instant such as `2026-11-24T10:00:00Z`.
    pub const NOW_ENV: &'static str = "CLAIMTRACK_NOW";

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The current instant in UTC, to whole seconds, or the instant in
    /// `CLAIMTRACK_NOW` when that is set and not empty. A value that is not
    /// an RFC 3339 instant is an error ([`StoreError::BadEnv`]), so a typo in
    /// a test setup is not silently replaced by the clock.
    pub fn now() -> Result<Timestamp, StoreError> {
        match std::env::var(Self::NOW_ENV) {
            Ok(v) if !v.trim().is_empty() => {
                Timestamp::parse(v.trim()).map_err(|e| StoreError::BadEnv {
                    var: Self::NOW_ENV,
                    value: v.clone(),
                    reason: format!("expected an RFC 3339 instant like 2026-11-24T10:00:00Z ({e})"),
                })
            }
            _ => Ok(Timestamp::from_datetime(OffsetDateTime::now_utc())),
        }
    }

    /// Parses an RFC 3339 instant (any offset) into UTC, dropping fractions
    /// of a second.
    pub fn parse(s: &str) -> Result<Timestamp, time::error::Parse> {
        OffsetDateTime::parse(s, &Rfc3339).map(Timestamp::from_datetime)
    }

    /// The instant `t` in UTC to whole seconds, as `2026-11-24T10:00:00Z`.
    pub fn from_datetime(t: OffsetDateTime) -> Timestamp {
        let t = t
            .to_offset(UtcOffset::UTC)
            .replace_nanosecond(0)
            .unwrap_or(t);
        let fmt = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
        Timestamp(t.format(&fmt).unwrap_or_else(|_| t.to_string()))
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// A hand-edited file may hold the instant as a TOML datetime or a string.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Datetime(toml::value::Datetime),
            Text(String),
        }
        Ok(match Raw::deserialize(deserializer)? {
            Raw::Datetime(d) => Timestamp(d.to_string()),
            Raw::Text(s) => Timestamp(s),
        })
    }
}
