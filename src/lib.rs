//! claimtrack: extract checkable claims from news articles, record verdicts,
//! and follow the claims across revisions.
//!
//! The pipeline: [`text::segment`] cuts an article into paragraphs and
//! sentences; [`text::numbers`], [`text::quotes`] and [`text::speakers`] find
//! figures, quotations and attributions; [`score`] rates every sentence;
//! [`analysis`] turns all of that into claims with stable ids; [`store`]
//! keeps them as TOML with their verdicts; [`diff`] pairs the claims of two
//! revisions and says what changed; [`claimreview`] turns verdicts into
//! schema.org ClaimReview for publication. [`cli`] is the command-line face.

pub mod analysis;
pub mod claimreview;
pub mod cli;
pub mod diff;
pub mod input;
pub mod matching;
pub mod revision;
pub mod score;
pub mod store;
pub mod text;
