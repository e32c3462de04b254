//! Integration tests of the claim store's library API.

use claimtrack::store::model::*;
use claimtrack::store::*;
use claimtrack::text::numbers::{Qualifier, QuantityKind};

fn ts(s: &str) -> Timestamp {
    Timestamp(s.to_string())
}

fn claim(id: &str, text: &str, start: usize) -> ClaimRecord {
    ClaimRecord {
        id: id.to_string(),
        kind: ClaimKind::Statement,
        text: text.to_string(),
        span: [start, start + text.len()],
        speaker: None,
        quote: None,
        score: 0.5,
        status: Status::Unverified,
        first_seen: 1,
        last_seen: 1,
        removed_in: None,
        quantities: vec![],
        sources: vec![],
        log: vec![],
    }
}

fn sample() -> ArticleFile {
    let mut k = claim(
        "k7q2m9",
        "Western powers say 240,000 people have died.",
        1532,
    );
    k.kind = ClaimKind::Quantity;
    k.speaker = Some("Western powers".into());
    k.score = 0.93;
    k.last_seen = 2;
    k.quantities = vec![QuantityRecord {
        text: "240,000 deaths".into(),
        kind: QuantityKind::Count,
        value: Some(240000.0),
        low: None,
        high: None,
        unit: Some("deaths".into()),
        qualifier: Qualifier::Exact,
        date: None,
    }];
    k.sources = vec![SourceRecord {
        url: "https://example.org/report".into(),
        title: Some("A report".into()),
        note: None,
        added_at: ts("2026-11-24T11:00:00Z"),
    }];
    k.log = vec![LogEntry {
        at: ts("2026-11-24T11:00:00Z"),
        by: "a.checker".into(),
        event: LogEvent::Status,
        revision: None,
        from: Some("unverified".into()),
        to: Some("verified".into()),
        note: None,
    }];
    k.status = Status::Verified;
    let mut q = claim("a1b2c3", "\"We will not retreat,\" he said.", 10);
    q.kind = ClaimKind::Quote;
    q.quote = Some("We will not retreat,".into());
    q.score = 2.0 / 3.0;
    ArticleFile {
        schema: 1,
        article: Article {
            id: "putin-syria-gambit".into(),
            title: "Putin's Syria Gambit Puts U.S. on Back Foot at U.N.".into(),
            revision: 2,
            revisions: vec![
                Revision {
                    revision: 1,
                    source: "putin-syria-gambit.v1.txt".into(),
                    sha256: sha256_hex("one"),
                    recorded_at: ts("2026-11-24T10:00:00Z"),
                    text: "First line.\nSecond 'line'.\n".into(),
                },
                Revision {
                    revision: 2,
                    source: "putin-syria-gambit.v2.txt".into(),
                    sha256: sha256_hex("two"),
                    recorded_at: ts("2026-11-25T10:00:00Z"),
                    text: "CRLF\r\nline with ''' and \"\"\" and \\ and\ttab  \nÜber\n".into(),
                },
            ],
        },
        claims: vec![q, k],
    }
}

#[test]
fn show() {
    println!("{}", render(&sample()));
}
