//! Any bytes as a saved web page and as a Markdown file: the readers never
//! panic, and what they extract is text the analysis reads as paragraphs
//! (one blank line between paragraphs, no empty paragraph or line, no white
//! space around a line), which then analyses without a panic.

#![no_main]

use claimtrack::analysis::{Options, analyze};
use claimtrack::input::html::extract_page;
use claimtrack::input::markdown::extract_markdown;
use claimtrack::input::{Decoding, Extracted, decode_page};
use libfuzzer_sys::fuzz_target;

fn check(reader: &str, e: &Extracted) {
    for para in e.text.split("\n\n") {
        assert!(!para.is_empty(), "{reader}: an empty paragraph in {:?}", e.text);
        // A line break (`<br>`, a Markdown hard break) stays one `\n`.
        for line in para.split('\n') {
            assert!(!line.is_empty(), "{reader}: an empty line in {para:?}");
            assert_eq!(line, line.trim(), "{reader}: white space around {line:?}");
        }
    }
    if let Some(title) = &e.title {
        assert!(!title.trim().is_empty(), "{reader}: an empty title");
    }
    let a = analyze(&e.text, "fuzz", Options::default());
    for c in &a.claims {
        assert!(c.span.end <= e.text.len(), "{reader}: claim outside the text");
    }
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = decode_page(bytes, Decoding::Lossy) else {
        return;
    };
    if let Some(e) = extract_page(&text) {
        check("html", &e);
    }
    if let Some(e) = extract_markdown(&text) {
        check("markdown", &e);
    }
});
