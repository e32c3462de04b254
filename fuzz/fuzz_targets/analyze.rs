//! Any bytes, decoded as an article would be, through the whole analysis:
//! no panic, and every span inside the text and on char boundaries.

#![no_main]

use claimtrack::analysis::{Options, analyze};
use claimtrack::input::{decode, decode_lossy};
use claimtrack::text::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // Strict decoding either gives the text or refuses it; lossy decoding
    // accepts everything but binary, so the analyser sees both kinds.
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(_) => match decode_lossy(bytes) {
            Ok(text) => text,
            Err(_) => return,
        },
    };
    let a = analyze(&text, "fuzz", Options::default());
    let check = |what: &str, s: Span| {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{what} span {s:?} outside a text of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{what} span {s:?} not on char boundaries"
        );
    };
    for p in &a.paragraphs {
        check("paragraph", p.span);
    }
    for s in &a.sentences {
        check("sentence", s.sentence.span);
    }
    for q in &a.quantities {
        check("quantity", q.span);
    }
    for q in &a.quotes {
        check("quote", q.span);
        check("quote outer", q.outer);
        if let Some(cue) = q.cue {
            check("quote cue", cue);
        }
    }
    for at in &a.attributions {
        check("attribution source", at.source_span);
        check("attribution cue", at.cue);
    }
    for c in &a.claims {
        check("claim", c.span);
        for &i in &c.quantities {
            assert!(i < a.quantities.len(), "claim names quantity {i} of {}", a.quantities.len());
        }
    }
    if let Some(t) = a.title {
        assert!(t < a.paragraphs.len(), "title paragraph {t} of {}", a.paragraphs.len());
    }
});
