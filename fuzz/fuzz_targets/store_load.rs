//! Any bytes as a store file: the loader returns the records or an error,
//! never panics. A file that loads survives the tool's own writes: rendered
//! fresh, or edited in place as `mark` does, it loads back the same.

#![no_main]

use std::path::Path;

use claimtrack::store::{apply, parse_article_file, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("claims/fuzz.toml");
    let Ok((file, text)) = parse_article_file(path, bytes.to_vec(), None) else {
        return;
    };
    // Rendered fresh (as `extract` writes): the same records come back. The
    // comparison goes through render, which is deterministic, so that a NaN
    // score compares equal to itself.
    let fresh = render(&file);
    let (again, _) = parse_article_file(path, fresh.clone().into_bytes(), None)
        .unwrap_or_else(|e| panic!("a rendered file does not load: {e}\n{fresh}"));
    assert_eq!(render(&again), fresh, "render does not round-trip");

    // Edited in place with the same records (as `mark` saves): loads back.
    let mut doc = match text.parse::<toml_edit::DocumentMut>() {
        Ok(doc) => doc,
        Err(_) => return,
    };
    apply(&mut doc, &file);
    let edited = doc.to_string();
    let (back, _) = parse_article_file(path, edited.clone().into_bytes(), None)
        .unwrap_or_else(|e| panic!("an edited file does not load: {e}\n{edited}"));
    assert_eq!(render(&back), fresh, "an in-place edit changed the records");
});
