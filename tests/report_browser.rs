//! The HTML report in a real browser: headless Chromium loads the page made
//! for a store built through the CLI, and we check what it rendered (its
//! DOM after load) and that it paints (a screenshot).
//!
//! Chromium is required: CI installs it (`.ci/run`), and without it this
//! test fails. `CLAIMTRACK_SKIP_BROWSER=1` skips it, saying so;
//! `CLAIMTRACK_CHROMIUM` names another binary. With
//! `CLAIMTRACK_WRITE_SCREENSHOT=1` it also writes `docs/report.png`, the
//! README's picture:
//!
//! ```console
//! $ CLAIMTRACK_WRITE_SCREENSHOT=1 cargo test --test report_browser
//! ```

mod common;
mod report_store;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::claimtrack;
use report_store::{add_hostile, live_claims, seed_with_verdicts};
use scraper::{Html, Selector};

/// How long one Chromium run may take before it is killed.
const TIMEOUT: Duration = Duration::from_secs(60);

/// The Chromium binary: `CLAIMTRACK_CHROMIUM`, else the first of the usual
/// names on `PATH`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CLAIMTRACK_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .chain([PathBuf::from("/usr/bin/chromium")])
    .find(|p| p.is_file())
}

/// Run Chromium headless on `page` with `args`, a fresh profile, and a time
/// limit; return what it printed on standard output.
fn run_chromium(browser: &Path, page: &Path, args: &[&str], work: &Path) -> String {
    let profile = tempfile::TempDir::new_in(work).expect("a profile directory");
    let stdout_path = work.join("chromium.out");
    let stderr_path = work.join("chromium.err");
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.path().display()))
    .args(args)
    .arg(format!("file://{}", page.display()))
    .stdin(Stdio::null())
    .stdout(File::create(&stdout_path).expect("a file"))
    .stderr(File::create(&stderr_path).expect("a file"));
    // Its own process group, so that a hung browser goes with all its
    // helper processes.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", browser.display()));
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            #[cfg(unix)]
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium took more than {TIMEOUT:?} on {}; killed. Its stderr: {}",
                page.display(),
                tail(&stderr_path)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(
        status.success(),
        "chromium failed ({status}): {}",
        tail(&stderr_path)
    );
    std::fs::read_to_string(&stdout_path).expect("chromium printed text")
}

fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

/// Width and height of a PNG, after checking its signature and header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "not a PNG: {:?}",
        &bytes[..bytes.len().min(8)]
    );
    assert_eq!(&bytes[12..16], b"IHDR", "a PNG starts with its header");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// Write `claimtrack report ARGS --format html` for `dir` to `page`.
fn write_report(dir: &Path, args: &[&str], page: &Path) {
    let out = claimtrack(dir)
        .arg("report")
        .args(args)
        .args(["--format", "html"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(page, out.stdout).expect("written");
}

#[test]
fn chromium_renders_the_report() {
    if std::env::var_os("CLAIMTRACK_SKIP_BROWSER").is_some_and(|v| v == "1") {
        eprintln!("report_browser: skipped, CLAIMTRACK_SKIP_BROWSER=1");
        return;
    }
    let Some(browser) = chromium() else {
        panic!(
            "chromium is not installed: this test needs a headless browser \
             (apt-get install chromium chromium-driver; CI does this), or set \
             CLAIMTRACK_SKIP_BROWSER=1 to skip it"
        );
    };
    let started = Instant::now();
    let store = seed_with_verdicts();
    add_hostile(store.path());
    let work = tempfile::TempDir::new().expect("a temporary directory");
    let page = work.path().join("report.html");
    write_report(store.path(), &[], &page);

    // What the browser built from the page, after load.
    let dom = run_chromium(&browser, &page, &["--dump-dom"], work.path());
    let doc = Html::parse_document(&dom);
    let root = doc.root_element();
    assert_eq!(root.value().name(), "html");
    assert_eq!(
        root.attr("data-pwned"),
        None,
        "a script from the article ran"
    );
    assert_eq!(doc.select(&sel("script")).count(), 0, "a <script> element");
    assert_eq!(doc.select(&sel("img")).count(), 0, "an <img> element");
    let title: String = doc.select(&sel("title")).flat_map(|e| e.text()).collect();
    assert_eq!(title, "claimtrack report: 2 articles");
    let budget: String = doc
        .select(&sel("article#a-budget .article-text"))
        .flat_map(|e| e.text())
        .collect();
    for shown in [
        "<script>alert(1)</script>",
        "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
        "\"<b>bold</b>\"",
    ] {
        assert!(budget.contains(shown), "{shown:?} not shown as text");
    }
    // Every live claim is highlighted with its status, and has its row.
    let claims = live_claims(store.path());
    let mut statuses: Vec<&str> = Vec::new();
    for (article, id, status, _) in &claims {
        let marks: Vec<_> = doc
            .select(&sel(&format!(
                "article#a-{article} .article-text mark.hl.s-{status}[data-claim=\"{id}\"]"
            )))
            .collect();
        assert!(
            !marks.is_empty(),
            "{article}/{id} ({status}) not highlighted"
        );
        assert_eq!(
            doc.select(&sel(&format!(
                "article#a-{article} tr#c-{article}-{id}.s-{status}"
            )))
            .count(),
            1,
            "{article}/{id}: its row"
        );
        statuses.push(status);
    }
    statuses.sort_unstable();
    statuses.dedup();
    assert_eq!(statuses.len(), 7, "every status: {statuses:?}");
    assert_eq!(
        doc.select(&sel("table.claims tbody tr")).count(),
        claims.len()
    );
    assert_eq!(doc.select(&sel("a.ref")).count(), claims.len());

    // It paints: a screenshot of the one-article page at the asked size.
    let one = work.path().join("one.html");
    write_report(store.path(), &["putin-syria-gambit"], &one);
    let shot = work.path().join("report.png");
    run_chromium(
        &browser,
        &one,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,1600",
        ],
        work.path(),
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert_eq!(png_size(&png), (1200, 1600));
    // A blank page of that size compresses to a few kilobytes.
    assert!(
        png.len() > 40_000,
        "a nearly empty screenshot: {} bytes",
        png.len()
    );

    if std::env::var_os("CLAIMTRACK_WRITE_SCREENSHOT").is_some_and(|v| v == "1") {
        // The README shows the repository's example store (claims/), whose
        // verdicts are the documented examples, not this test's made-up
        // ones (which mark real quotes false to cover every status).
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let target = root.join("docs/report.png");
        std::fs::create_dir_all(target.parent().unwrap()).expect("docs/");
        let example = work.path().join("example.html");
        let store = root.join("claims");
        let store_arg = store.to_str().expect("a UTF-8 path");
        write_report(root, &["--store", store_arg], &example);
        run_chromium(
            &browser,
            &example,
            &[
                &format!("--screenshot={}", target.display()),
                "--window-size=1000,1450",
            ],
            work.path(),
        );
        let png = std::fs::read(&target).expect("the README screenshot");
        assert_eq!(png_size(&png), (1000, 1450));
        eprintln!("wrote {} ({} bytes)", target.display(), png.len());
    }
    eprintln!(
        "report_browser: store, report and chromium in {:.1?}",
        started.elapsed()
    );
}
