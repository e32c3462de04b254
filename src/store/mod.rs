//! The claim store: a directory of `<article-id>.toml` files.

pub mod model;
