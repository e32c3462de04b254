//! Integration tests of the claim store's library API.

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

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
    q.score = 0.667;
    ArticleFile {
        schema: 1,
        article: Article {
            min_score: None,
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

fn new_store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::init(tmp.path().join("claims")).unwrap();
    (tmp, store)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn render_is_deterministic_and_round_trips() {
    let file = sample();
    let text = render(&file);
    assert_eq!(text, render(&file.clone()));
    let (_tmp, store) = new_store();
    store.create(&file).unwrap();
    let path = store.path_of("putin-syria-gambit").unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    let loaded = store.load("putin-syria-gambit").unwrap();
    assert_eq!(loaded.file, file);
    assert_eq!(loaded.path, path);
    assert_eq!(render(&loaded.file), text);
}

#[test]
fn render_writes_the_promised_shapes() {
    let text = render(&sample());
    assert!(text.starts_with("schema = 1\n\n[article]\nid = \"putin-syria-gambit\"\n"));
    assert!(text.contains("recorded_at = 2026-11-24T10:00:00Z\n"));
    assert!(text.contains("text = '''\nFirst line.\nSecond 'line'.\n'''\n"));
    assert!(text.contains("\"\"\"\nCRLF\\r\n"), "{text}");
    assert!(text.contains("value = 240000,"));
    assert!(text.contains("score = 0.93\n"));
    assert!(text.contains("score = 0.667\n"));
    assert!(text.contains("added_at = 2026-11-24T11:00:00Z\n"));
    // Optional fields left out when None.
    assert!(!text.contains("removed_in"));
    assert!(!text.contains("low ="));
    assert!(!text.contains("note ="));
    // Scores are rounded to three decimals.
    let mut f = sample();
    f.claims[0].score = 2.0 / 3.0;
    assert!(render(&f).contains("score = 0.667\n"));
}

#[test]
fn revision_text_is_byte_exact() {
    let texts = [
        "plain\n",
        "crlf\r\nlines\r\n",
        "trailing spaces   \n",
        "quotes \" ' '' \"\" ",
        "three ''' and three \"\"\" and five \"\"\"\"\"",
        "back\\slash at the end\\",
        "\ttabs\tand non-ASCII: Šťastný — “curly” 😀",
        "\nleading newline",
        "ends with quote'",
        "ends with double quote\"",
        "control \u{1b}[0m and \u{7f}",
    ];
    let (_tmp, store) = new_store();
    for (i, t) in texts.iter().enumerate() {
        let mut f = sample();
        f.article.id = format!("a{i}");
        f.article.revisions[1].text = t.to_string();
        f.article.title = t.to_string();
        f.claims[0].text = t.to_string();
        store.create(&f).unwrap();
        let loaded = store.load(&f.article.id).unwrap();
        assert_eq!(loaded.file, f, "{t:?}");
    }
}

/// A store file as a checker might have edited it by hand.
const HAND_EDITED: &str = r#"# Checked by the night desk.
schema = 1
reviewed_by = "night-desk"   # not a claimtrack key

[article]
title = "A title"
id = "hand"
revision = 1

[[article.revisions]]
revision = 1
source = "hand.txt"
sha256 = "00"
recorded_at = 2026-11-24T10:00:00Z
text = '''
Some text.
'''


# The first claim.
[[claims]]
id = "aaaaaa"
kind = "statement"
text = "First."
span = [0, 6]
score = 0.5
status = "unverified"
first_seen = 1
last_seen = 1
desk_note = "call the ministry"  # unknown key

[[claims]]
kind = "statement"
id = "bbbbbb"
text = "Second."
span = [7, 14]
score = 0.8125   # hand-tuned
status = "unverified"    # pending
first_seen = 1
last_seen = 1
"#;

fn hand_store() -> (tempfile::TempDir, Store) {
    let (tmp, store) = new_store();
    fs::write(store.dir().join("hand.toml"), HAND_EDITED).unwrap();
    (tmp, store)
}

fn hand_text(store: &Store) -> String {
    fs::read_to_string(store.path_of("hand").unwrap()).unwrap()
}

#[test]
fn saving_unchanged_records_changes_nothing() {
    let (_tmp, store) = hand_store();
    let loaded = store.load("hand").unwrap();
    assert_eq!(loaded.text(), HAND_EDITED);
    assert_eq!(loaded.doc().unwrap().to_string(), HAND_EDITED);
    store.save(&loaded, &loaded.file.clone()).unwrap();
    assert_eq!(hand_text(&store), HAND_EDITED);
}

#[test]
fn in_place_edit_changes_only_the_intended_lines() {
    let (_tmp, store) = hand_store();
    let loaded = store.load("hand").unwrap();
    let mut f = loaded.file.clone();
    f.claims[1].status = Status::Verified;
    f.claims[1].log.push(LogEntry {
        at: ts("2026-11-24T12:00:00Z"),
        by: "a.checker".into(),
        event: LogEvent::Status,
        revision: None,
        from: Some("unverified".into()),
        to: Some("verified".into()),
        note: None,
    });
    store.save(&loaded, &f).unwrap();
    let new = hand_text(&store);

    let old_lines: Vec<&str> = HAND_EDITED.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let changed: Vec<(usize, &str, &str)> = old_lines
        .iter()
        .zip(&new_lines)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| (i + 1, *a, *b))
        .collect();
    assert_eq!(
        changed,
        [(
            38,
            "status = \"unverified\"    # pending",
            "status = \"verified\"    # pending"
        )]
    );
    assert_eq!(
        new_lines[old_lines.len()..],
        [
            "",
            "[[claims.log]]",
            "at = 2026-11-24T12:00:00Z",
            "by = \"a.checker\"",
            "event = \"status\"",
            "from = \"unverified\"",
            "to = \"verified\"",
        ]
    );
    assert_eq!(store.load("hand").unwrap().file, f);
}

#[test]
fn changed_values_keep_their_comments_and_optional_fields_come_and_go() {
    let (_tmp, store) = hand_store();
    let loaded = store.load("hand").unwrap();
    let mut f = loaded.file.clone();
    f.claims[1].score = 0.9;
    f.claims[0].speaker = Some("The minister".into());
    store.save(&loaded, &f).unwrap();
    let new = hand_text(&store);
    assert!(new.contains("score = 0.9   # hand-tuned\n"), "{new}");
    assert!(
        new.contains(
            "desk_note = \"call the ministry\"  # unknown key\nspeaker = \"The minister\"\n"
        ),
        "{new}"
    );

    let loaded = store.load("hand").unwrap();
    let mut f = loaded.file.clone();
    f.claims[0].speaker = None;
    store.save(&loaded, &f).unwrap();
    assert_eq!(
        hand_text(&store),
        new.replace("speaker = \"The minister\"\n", "")
    );
}

#[test]
fn inserted_claims_reorder_tables_and_omitted_ones_stay() {
    let (_tmp, store) = hand_store();
    let loaded = store.load("hand").unwrap();
    let old = loaded.file.clone();
    // The caller inserts a claim before the second and leaves out the first.
    let f = ArticleFile {
        claims: vec![claim("cccccc", "Middle.", 3), old.claims[1].clone()],
        ..old.clone()
    };
    store.save(&loaded, &f).unwrap();
    let new = hand_text(&store);
    let got = store.load("hand").unwrap().file;
    let ids: Vec<&str> = got.claims.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["aaaaaa", "cccccc", "bbbbbb"]);
    assert_eq!(got.claims[0], old.claims[0]);
    // Each kept table kept its comment, key order and unknown key.
    let first = new
        .find("# The first claim.\n[[claims]]\nid = \"aaaaaa\"")
        .unwrap();
    let middle = new.find("id = \"cccccc\"").unwrap();
    let last = new
        .find("[[claims]]\nkind = \"statement\"\nid = \"bbbbbb\"")
        .unwrap();
    assert!(first < middle && middle < last, "{new}");
    assert!(new.contains("desk_note = \"call the ministry\"  # unknown key"));
    assert!(new.starts_with("# Checked by the night desk.\nschema = 1\nreviewed_by"));

    // Now the caller puts the last claim first: the tables follow.
    let loaded = store.load("hand").unwrap();
    let mut f = loaded.file.clone();
    f.claims.rotate_right(1);
    store.save(&loaded, &f).unwrap();
    let got = store.load("hand").unwrap().file;
    let ids: Vec<&str> = got.claims.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["bbbbbb", "aaaaaa", "cccccc"]);
    let new = hand_text(&store);
    assert!(new.contains("score = 0.8125   # hand-tuned\n"));
    assert!(new.contains("# The first claim.\n[[claims]]\nid = \"aaaaaa\""));
}

#[test]
fn log_entries_are_never_lost() {
    let (_tmp, store) = new_store();
    let file = sample();
    store.create(&file).unwrap();
    let loaded = store.load(&file.article.id).unwrap();
    let mut f = loaded.file.clone();
    let entry = f.claims[1].log[0].clone();
    f.claims[1].log.clear();
    f.claims[1].log.push(LogEntry {
        event: LogEvent::Note,
        note: Some("second".into()),
        from: None,
        to: None,
        ..entry.clone()
    });
    store.save(&loaded, &f).unwrap();
    let got = store.load(&file.article.id).unwrap().file;
    assert_eq!(got.claims[1].log.len(), 2);
    assert_eq!(got.claims[1].log[0], entry);
    assert_eq!(got.claims[1].log[1].note.as_deref(), Some("second"));
}

#[test]
fn new_revisions_and_sources_are_appended() {
    let (_tmp, store) = new_store();
    let mut file = sample();
    file.article.revisions.truncate(1);
    file.article.revision = 1;
    store.create(&file).unwrap();
    let loaded = store.load(&file.article.id).unwrap();
    let mut f = sample();
    f.claims[1].sources.push(SourceRecord {
        url: "https://example.org/other".into(),
        title: None,
        note: Some("agrees".into()),
        added_at: ts("2026-11-26T09:30:00Z"),
    });
    store.save(&loaded, &f).unwrap();
    let got = store.load(&file.article.id).unwrap().file;
    assert_eq!(got, f);
    let text = fs::read_to_string(store.path_of(&file.article.id).unwrap()).unwrap();
    assert_eq!(
        text,
        render(&f),
        "appending gives what a fresh render gives"
    );
}

#[test]
fn parse_errors_carry_line_and_column_and_leave_the_file_alone() {
    let (_tmp, store) = hand_store();
    let path = store.path_of("hand").unwrap();
    let bad = HAND_EDITED.replace(
        "status = \"unverified\"    # pending",
        "status = \"verifed\"",
    );
    fs::write(&path, &bad).unwrap();
    let err = store.load("hand").unwrap_err();
    let line = bad.lines().position(|l| l.contains("verifed")).unwrap() + 1;
    match &err {
        StoreError::Parse {
            line: l, column, ..
        } => assert_eq!((*l, *column), (line, 10)),
        other => panic!("{other:?}"),
    }
    let msg = err.to_string();
    let want = format!(
        "{}:{line}:10: unknown variant `verifed`, expected one of",
        path.display()
    );
    assert!(msg.starts_with(&want), "{msg}");
    assert!(!msg.contains('\n') && !msg.ends_with('.'), "{msg}");
    assert_eq!(fs::read_to_string(&path).unwrap(), bad);

    fs::write(&path, "schema = 1\n[article]\nid = \"hand\ntitle = 1\n").unwrap();
    match store.load("hand").unwrap_err() {
        StoreError::Parse { line, .. } => assert_eq!(line, 3),
        other => panic!("{other:?}"),
    }
}

fn load_err(text: &str) -> StoreError {
    let (_tmp, store) = hand_store();
    fs::write(store.path_of("hand").unwrap(), text).unwrap();
    store.load("hand").unwrap_err()
}

#[test]
fn schema_errors() {
    let dup = HAND_EDITED.replace("id = \"bbbbbb\"", "id = \"aaaaaa\"");
    let err = load_err(&dup);
    let lines: Vec<&str> = dup.lines().collect();
    let line = lines
        .iter()
        .rposition(|l| l.contains("\"aaaaaa\""))
        .unwrap()
        + 1;
    assert!(
        matches!(err, StoreError::Invalid { line: l, column: 6, .. } if l == line),
        "{err:?}"
    );
    assert!(err.to_string().contains("duplicate claim id `aaaaaa`"));

    let err = load_err(&HAND_EDITED.replace("schema = 1", "schema = 2"));
    assert!(
        matches!(err, StoreError::NewerSchema { found: 2, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("upgrade claimtrack"));

    let err = load_err(&HAND_EDITED.replace("schema = 1", "schema = 0"));
    assert!(
        matches!(err, StoreError::Invalid { line: 2, .. }),
        "{err:?}"
    );

    let err = load_err(&HAND_EDITED.replace("id = \"hand\"", "id = \"other\""));
    assert!(
        matches!(
            err,
            StoreError::Invalid {
                line: 7,
                column: 6,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("does not match the file name"),
        "{err}"
    );

    let err = load_err(&HAND_EDITED.replace("revision = 1\n\n", "revision = 2\n\n"));
    assert!(
        matches!(err, StoreError::Invalid { line: 8, .. }),
        "{err:?}"
    );

    let err = load_err(&HAND_EDITED.replace("revision = 1\nsource", "revision = 3\nsource"));
    assert!(
        err.to_string().contains("revision 3 where 1 was expected"),
        "{err}"
    );

    let err = load_err(&HAND_EDITED.replace("kind = \"statement\"\nid", "kind = \"rumour\"\nid"));
    assert!(matches!(err, StoreError::Parse { .. }), "{err:?}");
}

#[test]
fn bad_records_are_not_written() {
    let (_tmp, store) = new_store();
    let mut f = sample();
    f.claims[1].id = f.claims[0].id.clone();
    let err = store.create(&f).unwrap_err();
    assert!(matches!(err, StoreError::BadRecords { .. }), "{err:?}");
    assert!(!store.contains(&f.article.id));

    let f = sample();
    store.create(&f).unwrap();
    let err = store.create(&f).unwrap_err();
    assert!(matches!(err, StoreError::Exists { .. }), "{err:?}");
}

#[test]
fn writes_leave_no_temporary_files() {
    let (_tmp, store) = new_store();
    let f = sample();
    store.create(&f).unwrap();
    let loaded = store.load(&f.article.id).unwrap();
    let mut g = f.clone();
    g.claims[0].status = Status::False;
    store.save(&loaded, &g).unwrap();
    drop(store.lock_with_timeout(Duration::from_secs(1)).unwrap());
    assert_eq!(
        files_in(store.dir()),
        [
            ".claimtrack.toml",
            ".gitignore",
            ".lock",
            "putin-syria-gambit.toml"
        ]
    );
    assert_eq!(store.load(&f.article.id).unwrap().file, g);
}

#[test]
fn lock_waits_then_times_out_with_a_clear_message() {
    let (_tmp, store) = new_store();
    let held = store.lock_with_timeout(Duration::from_secs(1)).unwrap();
    let other = store.clone();
    let start = Instant::now();
    let err = std::thread::spawn(move || {
        other
            .lock_with_timeout(Duration::from_millis(300))
            .unwrap_err()
    })
    .join()
    .unwrap();
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert!(matches!(err, StoreError::LockTimeout { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains("another claimtrack command is writing"),
        "{msg}"
    );
    assert!(msg.contains("CLAIMTRACK_LOCK_TIMEOUT"), "{msg}");

    // Released on drop: a waiting writer then gets it.
    let other = store.clone();
    let waiter =
        std::thread::spawn(move || other.lock_with_timeout(Duration::from_secs(5)).is_ok());
    std::thread::sleep(Duration::from_millis(100));
    drop(held);
    assert!(waiter.join().unwrap());
}

#[test]
fn lock_timeout_values() {
    assert_eq!(parse_lock_timeout("2").unwrap(), Duration::from_secs(2));
    assert_eq!(
        parse_lock_timeout(" 0.5 ").unwrap(),
        Duration::from_millis(500)
    );
    assert_eq!(parse_lock_timeout("0").unwrap(), Duration::ZERO);
    for bad in ["-1", "soon", "", "NaN", "inf"] {
        let err = parse_lock_timeout(bad).unwrap_err();
        assert!(err.to_string().contains("CLAIMTRACK_LOCK_TIMEOUT"), "{err}");
    }
}

#[test]
fn claim_ids_are_stable_and_extended_on_collision() {
    let none = HashSet::new();
    let a = claim_id("art", "some text", &none);
    assert_eq!(a, claim_id("art", "some text", &none));
    assert_eq!(a.len(), 6);
    assert!(
        a.chars()
            .all(|c| "0123456789abcdefghjkmnpqrstvwxyz".contains(c)),
        "{a}"
    );
    assert_ne!(a, claim_id("other", "some text", &none));
    assert_ne!(a, claim_id("art", "other text", &none));

    let mut taken = HashSet::from([a.clone()]);
    let b = claim_id("art", "some text", &taken);
    assert_eq!(b.len(), 7);
    assert!(b.starts_with(&a));
    taken.insert(b.clone());
    let c = claim_id("art", "some text", &taken);
    assert_eq!(c.len(), 8);
    assert!(c.starts_with(&b));
    // Unrelated taken ids do not matter.
    assert_eq!(
        claim_id("art", "some text", &HashSet::from(["zzzzzz".to_string()])),
        a
    );
}

fn resolver_store() -> (tempfile::TempDir, Store) {
    let (tmp, store) = new_store();
    for (article, ids) in [
        ("alpha", &["abc123", "abd456", "xyz789"][..]),
        ("beta", &["abc999", "qqq111"][..]),
    ] {
        let mut f = sample();
        f.article.id = article.into();
        f.claims = ids
            .iter()
            .enumerate()
            .map(|(i, id)| claim(id, "T.", i * 10))
            .collect();
        store.create(&f).unwrap();
    }
    (tmp, store)
}

#[test]
fn claim_references() {
    let (_tmp, store) = resolver_store();
    let pair = |a: &str, c: &str| (a.to_string(), c.to_string());
    let ok = |r: &str| resolve_claim(&store, r).unwrap();
    assert_eq!(ok("alpha/abc123"), pair("alpha", "abc123"));
    assert_eq!(ok("abc123"), pair("alpha", "abc123"));
    assert_eq!(ok("QQQ"), pair("beta", "qqq111"));
    assert_eq!(ok("abd"), pair("alpha", "abd456"));
    assert_eq!(ok("beta/abc"), pair("beta", "abc999"));
    assert_eq!(ok("alpha/x"), pair("alpha", "xyz789"));

    match resolve_claim(&store, "abc").unwrap_err() {
        StoreError::AmbiguousClaim { candidates, .. } => {
            assert_eq!(candidates, ["alpha/abc123", "beta/abc999"]);
        }
        other => panic!("{other:?}"),
    }
    let err = resolve_claim(&store, "ab").unwrap_err();
    assert!(
        err.to_string()
            .contains("alpha/abc123, alpha/abd456, beta/abc999"),
        "{err}"
    );

    let err = resolve_claim(&store, "abc124").unwrap_err();
    match &err {
        StoreError::UnknownClaim { candidates, .. } => {
            assert_eq!(candidates[0], "alpha/abc123");
            assert!(candidates.len() <= 3);
        }
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("no claim matches `abc124`; did you mean alpha/abc123")
    );
    for unknown in [
        "beta/xyz789",
        "gamma/abc123",
        "",
        "alpha/",
        "zzzzzz",
        "../x",
    ] {
        let err = resolve_claim(&store, unknown).unwrap_err();
        assert!(
            matches!(err, StoreError::UnknownClaim { .. }),
            "{unknown}: {err:?}"
        );
    }
}

#[test]
fn bad_article_ids_are_rejected_everywhere() {
    let (_tmp, store) = new_store();
    let long = "a".repeat(65);
    for bad in ["../x", "a/b", "A", "", long.as_str(), "..", "-a", "a.b"] {
        assert!(validate_article_id(bad).is_err(), "{bad:?}");
        assert!(store.path_of(bad).is_err(), "{bad:?}");
        assert!(!store.contains(bad));
        assert!(
            matches!(store.load(bad), Err(StoreError::BadArticleId { .. })),
            "{bad:?}"
        );
        let mut f = sample();
        f.article.id = bad.to_string();
        assert!(store.create(&f).is_err(), "{bad:?}");
    }
    validate_article_id(&"a".repeat(64)).unwrap();
    assert_eq!(files_in(store.dir()), [".claimtrack.toml", ".gitignore"]);
}

#[test]
fn init_open_and_listing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("deep/claims");
    let err = Store::open(&dir).unwrap_err();
    assert!(matches!(err, StoreError::NoStore { .. }));
    assert!(err.to_string().contains("claimtrack init"), "{err}");

    let store = Store::init(&dir).unwrap();
    let config = fs::read_to_string(store.config_path()).unwrap();
    assert!(config.contains("# [publisher]"));
    toml::from_str::<toml::Table>(&config).unwrap();
    fs::write(store.config_path(), "# mine\n").unwrap();
    Store::init(&dir).unwrap();
    assert_eq!(fs::read_to_string(store.config_path()).unwrap(), "# mine\n");
    let store = Store::open(&dir).unwrap();
    assert_eq!(store.dir(), dir);

    let file = tmp.path().join("plain");
    fs::write(&file, "").unwrap();
    assert!(matches!(
        Store::init(&file),
        Err(StoreError::NotADirectory { .. })
    ));

    assert!(store.article_ids().unwrap().is_empty());
    let mut f = sample();
    for id in ["zeta", "alpha", "m-1"] {
        f.article.id = id.into();
        store.create(&f).unwrap();
    }
    for junk in [".hidden.toml", "Upper.toml", "notes.txt", "x.v1.toml"] {
        fs::write(dir.join(junk), "").unwrap();
    }
    fs::create_dir(dir.join("sub.toml")).unwrap();
    assert_eq!(store.article_ids().unwrap(), ["alpha", "m-1", "zeta"]);
    assert!(store.contains("alpha") && !store.contains("beta"));
    assert_eq!(store.load_all().unwrap().len(), 3);

    let err = store.load("alph").unwrap_err();
    assert!(matches!(err, StoreError::UnknownArticle { .. }), "{err:?}");
    assert!(err.to_string().contains("alpha"), "{err}");
}

#[test]
fn timestamps() {
    assert_eq!(
        Timestamp::parse("2026-11-24T11:00:00.75+01:00")
            .unwrap()
            .as_str(),
        "2026-11-24T10:00:00Z"
    );
    assert!(Timestamp::parse("yesterday").is_err());
    let now = Timestamp::now().unwrap();
    assert_eq!(now.as_str().len(), 20, "{now}");
    assert!(now.as_str().ends_with('Z'));
    assert_eq!(Timestamp::parse(now.as_str()).unwrap(), now);
}

#[test]
fn seed_article_round_trips_as_literal_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed");
    let mut f = sample();
    for (i, name) in ["putin-syria-gambit.v1.txt", "putin-syria-gambit.v2.txt"]
        .iter()
        .enumerate()
    {
        let text = fs::read_to_string(dir.join(name)).unwrap();
        f.article.revisions[i].sha256 = sha256_hex(&text);
        f.article.revisions[i].text = text;
    }
    let (_tmp, store) = new_store();
    store.create(&f).unwrap();
    let rendered = fs::read_to_string(store.path_of(&f.article.id).unwrap()).unwrap();
    assert!(rendered.contains("text = '''\n"));
    assert_eq!(store.load(&f.article.id).unwrap().file, f);
}

proptest::proptest! {
    #[test]
    fn any_text_round_trips(text in "(?s).{0,200}", title in ".{0,40}") {
        let mut f = sample();
        f.article.revisions[0].text = text.clone();
        f.article.title = title;
        f.claims[0].text = text;
        let rendered = render(&f);
        let back: ArticleFile = toml::from_str(&rendered).unwrap();
        proptest::prop_assert_eq!(back, f);
    }
}
