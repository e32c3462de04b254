//! `claimtrack man`: a roff page that names every command, and that `man`
//! renders.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{claimtrack, fails};

fn page(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = claimtrack(dir.path())
        .arg("man")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The commands `claimtrack --help` lists.
fn commands() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = claimtrack(dir.path()).arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

/// `man -l -` on `roff`, 80 columns, no pager; `None` when man is not installed.
fn render(roff: &str) -> Option<String> {
    let mut child = match Command::new("man")
        .args(["-l", "-"])
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("man: {e}"),
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(roff.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "man: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Justified and hyphenated for the terminal: compare words.
    let text = String::from_utf8_lossy(&out.stdout);
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[test]
fn the_man_page_is_roff_naming_every_command() {
    let roff = page(&[]);
    assert!(roff.contains(".TH claimtrack 1"), "{roff}");
    assert!(roff.contains(".SH NAME"));
    assert!(roff.contains(".SH SYNOPSIS"));
    let commands = commands();
    assert!(commands.len() > 10);
    for command in &commands {
        // roff writes a hyphen as \-.
        let roffed = command.replace('-', "\\-");
        assert!(roff.contains(&roffed), "the page lacks `{command}`");
    }
}

#[test]
fn a_command_has_a_page_of_its_own() {
    let roff = page(&["export"]);
    let title = roff.lines().find(|l| l.starts_with(".TH ")).unwrap();
    assert!(
        title.starts_with(".TH claimtrack-export 1")
            || title.starts_with(".TH claimtrack\\-export 1"),
        "{title}"
    );
    assert!(title.contains(env!("CARGO_PKG_VERSION")), "{title}");
    assert!(roff.contains("publisher\\-name"), "{roff}");
    assert!(roff.contains("claimreview"));
    let dir = tempfile::tempdir().unwrap();
    let e = fails(claimtrack(dir.path()).args(["man", "exports"]));
    assert!(e.contains("export,"), "the commands are listed: {e}");
}

#[test]
fn man_renders_the_pages() {
    let Some(text) = render(&page(&[])) else {
        eprintln!("skipped: man is not installed");
        return;
    };
    assert!(text.contains("NAME"), "{text}");
    assert!(
        text.contains("NAME claimtrack - Extract checkable claims"),
        "{text}"
    );
    assert!(text.contains("completions"));
    let text = render(&page(&["export"])).unwrap();
    assert!(text.contains("SYNOPSIS claimtrack export"), "{text}");
    assert!(text.contains("--review-url"), "{text}");
}
