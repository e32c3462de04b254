//! `claimtrack completions`: scripts that each shell takes, and that know
//! every command.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::claimtrack;

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "elvish", "powershell"];

/// The commands `claimtrack --help` lists.
fn commands() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = claimtrack(dir.path()).arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let listed: Vec<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();
    assert!(listed.len() > 10, "{help}");
    for c in ["export", "completions", "man"] {
        assert!(listed.iter().any(|l| l == c), "{c} in {listed:?}");
    }
    listed
}

fn script(shell: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = claimtrack(dir.path())
        .args(["completions", shell])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{shell}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    String::from_utf8(out.stdout).unwrap()
}

/// Whether `program` runs on this machine.
fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// Runs `program args` with `input` on standard input: its status and output.
fn run_with_input(program: &str, args: &[&str], input: &str) -> (bool, String, String) {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_shell_gets_a_script_that_knows_every_command() {
    let commands = commands();
    for shell in SHELLS {
        let script = script(shell);
        assert!(script.len() > 500, "{shell}: {script}");
        for command in &commands {
            assert!(
                script.contains(command.as_str()),
                "{shell} script lacks `{command}`"
            );
        }
        // fish writes a long flag as `-l publisher-name`.
        assert!(
            script.contains("publisher-name"),
            "{shell}: flags of a command"
        );
        if ["bash", "zsh", "fish"].contains(&shell) {
            // Elvish and PowerShell scripts complete flags, not their values.
            assert!(
                script.contains("claimreview"),
                "{shell}: values of --format"
            );
        }
    }
}

#[test]
fn the_bash_script_parses_and_completes() {
    if !installed("bash") {
        eprintln!("skipped: bash is not installed");
        return;
    }
    let script = script("bash");
    let (ok, _, err) = run_with_input("bash", &["-n"], &script);
    assert!(ok, "bash -n: {err}");
    // What bash completes for `claimtrack ex<TAB>` and `claimtrack export --for<TAB>`.
    let complete = |words: &str| {
        let program = format!(
            "{script}\nCOMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             COMP_LINE=\"{words}\"; COMP_POINT=${{#COMP_LINE}}; \
             _claimtrack claimtrack \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             printf '%s\\n' \"${{COMPREPLY[@]}}\""
        );
        let (ok, out, err) = run_with_input("bash", &[], &program);
        assert!(ok, "{err}");
        let mut words: Vec<String> = out.split_whitespace().map(str::to_string).collect();
        words.sort();
        words
    };
    assert_eq!(complete("claimtrack ex"), ["export", "extract"]);
    assert!(complete("claimtrack export --pub").contains(&"--publisher-name".to_string()));
    assert_eq!(complete("claimtrack completions z"), ["zsh"]);
}

#[test]
fn the_zsh_and_fish_scripts_parse_where_those_shells_are_installed() {
    for (shell, check) in [("zsh", &["-n"][..]), ("fish", &["--no-execute"][..])] {
        if !installed(shell) {
            eprintln!("skipped: {shell} is not installed");
            continue;
        }
        let (ok, _, err) = run_with_input(shell, check, &script(shell));
        assert!(ok, "{shell}: {err}");
    }
}

#[test]
fn an_unknown_shell_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let e = common::fails(claimtrack(dir.path()).args(["completions", "tcsh"]));
    assert!(e.contains("bash"), "{e}");
}
