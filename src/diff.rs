//! Claim-set diff across revisions: pair claims one to one, say what changed.
//!
//! Two claim lists in, a list of changes out, in the new text's order with
//! removed claims at their old position.

use serde::Serialize;

use crate::store::model::{ClaimKind, QuantityRecord};
use crate::text::Span;

/// One side's view of a claim, whether it comes from a stored revision or a
/// freshly analysed file.
#[derive(Debug, Clone, PartialEq)]
pub struct DiffClaim {
    pub id: Option<String>,
    pub kind: ClaimKind,
    pub text: String,
    pub span: Span,
    pub speaker: Option<String>,
    /// For quote claims: the quoted words.
    pub quote: Option<String>,
    pub quantities: Vec<QuantityRecord>,
}

/// What happened to a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// The substance that changed in a `changed` claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum What {
    Quantity,
    Speaker,
    Quote,
    Wording,
}

/// One entry of a diff. `old` and `new` index the two input slices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub change: ChangeKind,
    pub what: Vec<What>,
    pub old: Option<usize>,
    pub new: Option<usize>,
}

/// Pair `old` with `new` one to one and classify every claim.
pub fn diff_claims(old: &[DiffClaim], new: &[DiffClaim]) -> Vec<Change> {
    let _ = (old, new);
    Vec::new()
}

/// Placeholder until the diff lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordTag {
    Equal,
    Delete,
    Insert,
}

pub fn word_diff(old: &str, new: &str) -> Vec<(WordTag, String)> {
    vec![
        (WordTag::Delete, old.to_string()),
        (WordTag::Insert, new.to_string()),
    ]
}

pub fn moved_figures(old: &DiffClaim, new: &DiffClaim) -> Vec<String> {
    let _ = (old, new);
    Vec::new()
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Summary {
    pub unchanged: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
}

pub fn summary(changes: &[Change]) -> Summary {
    let _ = changes;
    Summary::default()
}
