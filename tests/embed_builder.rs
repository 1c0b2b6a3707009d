//! The embed builder's command (`cargo run --bin embed-builder -- …`, issue #22 item 3) run as
//! a newsroom's script runs it: the snippets on stdout, one at a time or all, and for bad use a
//! message on stderr and exit 2, which a script can test.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const BASE: &str = "https://cdn.example.org/strike-explainer/";

/// Runs the command with `args`; returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_embed-builder"))
        .args(args)
        .output()
        .expect("the command runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs the command with `args` and checks its exit code and that stdout (for 0) or stderr
/// (otherwise) holds each of `want`.
fn check(args: &[&str], code: i32, want: &[&str]) {
    let (got, out, err) = run(args);
    assert_eq!(got, code, "{args:?}\nstdout: {out}\nstderr: {err}");
    let text = if code == 0 { &out } else { &err };
    for w in want {
        assert!(text.contains(w), "{args:?}: lacks {w:?}:\n{text}");
    }
}

#[test]
fn each_snippet_says_the_choice() {
    let chosen = [
        "--base",
        BASE,
        "--dispute",
        "neu-2023",
        "--region",
        "london",
        "--role",
        "parent",
        "--lang",
        "cy",
        "--theme",
        "dark",
        "--as-of",
        "2026-12-07",
    ];
    let with = |print: &'static str| [&chosen[..], &["--print", print]].concat();
    check(
        &with("script"),
        0,
        &[
            r#"<link rel="stylesheet" href="https://cdn.example.org/strike-explainer/strike-explainer.css">"#,
            r#"<div data-strike-explainer data-dispute="neu-2023" data-region="london" data-role="parent" data-lang="cy" data-theme="dark">"#,
            r#"data-as-of="2026-12-07""#,
            "Dyma'r ffeithiau fel yr oedden nhw ar ddydd Llun 7 Rhagfyr 2026.",
            "Rhiant neu ofalwr, Llundain",
            r#"<script src="https://cdn.example.org/strike-explainer/strike-explainer.js" defer></script>"#,
        ],
    );
    check(
        &with("iframe"),
        0,
        &[
            "strike-explainer-frame.html?dispute=neu-2023&amp;region=london&amp;role=parent&amp;lang=cy&amp;theme=dark",
            "strike-explainer-frames.js",
            "height=\"829\"",
        ],
    );
    check(
        &with("amp"),
        0,
        &[
            "<amp-iframe src=\"https://cdn.example.org/strike-explainer/strike-explainer-frame.html?",
            "resizable",
            "aria-label=\"Dangos y cyfan\"",
        ],
    );
    let (_, only, _) = run(&with("script"));
    assert!(!only.contains("<iframe") && !only.contains("amp-iframe"));
    check(
        &with("all"),
        0,
        &["==== script", "==== iframe", "==== amp", "<amp-iframe"],
    );
    check(
        &with("static"),
        0,
        &[r#"<section lang="cy" data-as-of="2026-12-07" class="se-static">"#],
    );
}

#[test]
fn the_defaults_are_the_first_dispute_and_today() {
    let (code, out, _) = run(&["--base", "/se/", "--print", "script"]);
    assert_eq!(code, 0);
    assert!(out.contains(r#"data-dispute="neu-2023">"#), "{out}");
    assert!(
        !out.contains("data-today"),
        "the widget is never frozen: {out}"
    );
    // "As of" defaults to today's UK date, which this test cannot fix: a date is said.
    let said = out.split("data-as-of=\"").nth(1).expect("an as-of date");
    assert!(
        said[..10].parse::<strike_explainer::model::Date>().is_ok(),
        "{out}"
    );
    // A path has no AMP snippet: `all` says why on stderr and prints the other two.
    let (code, out, err) = run(&["--base", "/se/"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("<iframe") && !out.contains("amp-iframe"),
        "{out}"
    );
    assert!(
        err.contains("no AMP snippet: AMP needs the frame on an https address"),
        "{err}"
    );
}

#[test]
fn a_data_file_of_ones_own_needs_its_local_copy() {
    let src = "https://news.example.com/data/rail.json";
    check(
        &[
            "--base",
            BASE,
            "--src",
            src,
            "--data",
            "tests/fixtures/synthetic.json",
            "--region",
            "north",
            "--print",
            "script",
        ],
        0,
        &[
            r#"data-src="https://news.example.com/data/rail.json" data-region="north""#,
            "Synthetic rail strike",
        ],
    );
    check(
        &[
            "--base",
            BASE,
            "--src",
            src,
            "--data",
            "tests/fixtures/synthetic.json",
            "--region",
            "london",
        ],
        2,
        &["--region \"london\": expected one of \"north\""],
    );
    check(
        &["--base", BASE, "--src", src],
        2,
        &["--src needs --data FILE", "cannot fetch"],
    );
    check(
        &["--base", BASE, "--src", src, "--data", "no/such.json"],
        1,
        &["--data no/such.json: cannot be read"],
    );
}

#[test]
fn bad_use_says_what_is_wrong_and_exits_2() {
    for (args, want) in [
        (&["--region", "london"][..], "--base is needed"),
        (
            &["--base", BASE, "--dispute", "nope"],
            "--dispute \"nope\": expected one of neu-2023, ni-2023",
        ),
        (
            &["--base", BASE, "--region", "atlantis"],
            "--region \"atlantis\": expected one of \"northern\"",
        ),
        (
            &["--base", BASE, "--role", "pilot"],
            "--role \"pilot\": expected one of",
        ),
        (
            &["--base", BASE, "--lang", "fr"],
            "--lang \"fr\": expected en or cy",
        ),
        (
            &["--base", BASE, "--theme", "pink"],
            "--theme \"pink\": expected auto, light or dark",
        ),
        (
            &["--base", BASE, "--as-of", "2026-13-01"],
            "--as-of: “2026-13-01” is not a date",
        ),
        (
            &["--base", BASE, "--print", "pdf"],
            "--print \"pdf\": expected script",
        ),
        (
            &["--base", "javascript:alert(1)//"],
            "--base \"javascript:alert(1)//\": the bundle's address must be an http(s) address",
        ),
        (
            &["--base", "/se/", "--print", "amp"],
            "--print amp: AMP needs the frame on an https address",
        ),
        (
            &[
                "--base",
                BASE,
                "--src",
                "/rail.json",
                "--data",
                "tests/fixtures/synthetic.json",
            ],
            "--src \"/rail.json\": a data file's address must be a whole http(s) address",
        ),
        (
            &[
                "--base",
                BASE,
                "--dispute",
                "neu-2023",
                "--src",
                "https://x.example/d.json",
            ],
            "give --dispute or --src, not both",
        ),
        (
            &["--base", BASE, "--colour", "red"],
            "unknown argument \"--colour\"",
        ),
        (&["--base"], "--base needs a value"),
        (&["--base", BASE, "--base", BASE], "--base is given twice"),
    ] {
        check(args, 2, &[want, "(see --help)"]);
    }
    check(
        &["--help"],
        0,
        &[
            "usage: cargo run --bin embed-builder",
            "--data FILE",
            "cannot fetch it",
        ],
    );
}
