//! The editors' validator (`cargo run --bin check-dispute -- file.json`) run as an editor runs
//! it: the same messages as the widget, and an exit code a script can test (issue #12, item 4).
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

/// Runs the validator on `files`; returns (succeeded, stdout, stderr).
fn run(files: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_check-dispute"))
        .args(files)
        .output()
        .expect("the validator runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A copy of the synthetic fixture with `from` replaced by `to`, written to a temporary file.
fn broken(name: &str, from: &str, to: &str) -> String {
    broken_from(include_str!("fixtures/synthetic.json"), name, from, to)
}

/// A copy of `good` with `from` replaced by `to`, written to a temporary file.
fn broken_from(good: &str, name: &str, from: &str, to: &str) -> String {
    assert!(good.contains(from), "{from:?} is not in the fixture");
    let path =
        std::env::temp_dir().join(format!("check-dispute-{}-{name}.json", std::process::id()));
    std::fs::write(&path, good.replacen(from, to, 1)).expect("write the broken copy");
    path.to_string_lossy().into_owned()
}

#[test]
fn good_files_pass_and_say_what_they_hold() {
    let (ok, out, err) = run(&["data/neu-2023.json", "tests/fixtures/synthetic.json"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("data/neu-2023.json: ok: 12 regions, 10 roles"),
        "{out}"
    );
    assert!(out.contains("written in English, Cymraeg"), "{out}");
    // Each count agrees with its noun (issue #20: "1 regions").
    assert!(
        out.contains("tests/fixtures/synthetic.json: ok: 2 regions, 2 roles, 1 strike call, 3 notes, 0 story events, 1 ending, 0 programmes, 1 source; written in English"),
        "{out}"
    );
}

#[test]
fn a_broken_file_fails_with_every_problem_and_its_path() {
    let file = broken(
        "dates",
        r#""on": "2025-01-20", "status": "planned""#,
        r#""on": "2025-02-11", "status": "planned""#,
    );
    let (ok, _, err) = run(&["tests/fixtures/synthetic.json", &file]);
    assert!(!ok, "a broken file must fail the run");
    assert!(
        err.contains(&format!("{file}: the dispute data has 1 problem:\n  - days[0] (2025-02-10, north).history[1].on: 2025-02-10 is before the previous entry's 2025-02-11")),
        "{err}"
    );
    std::fs::remove_file(&file).expect("remove the broken copy");
    let (ok, _, err) = run(&["no/such/file.json"]);
    assert!(!ok);
    assert!(
        err.starts_with("no/such/file.json: cannot be read:"),
        "{err}"
    );
    let (ok, _, err) = run(&[]);
    assert!(!ok);
    assert!(
        err.starts_with("usage: cargo run --bin check-dispute"),
        "{err}"
    );
}

/// `--read` prints what one reader is told, in the widget's words: a rolling dispute read as
/// three readers on one strike date (issue #20).
#[test]
fn an_editor_reads_a_file_as_each_reader() {
    let read = |at: &str| {
        let (ok, out, err) = run(&[
            "tests/fixtures/rolling.json",
            "--read",
            at,
            "--role",
            "parent",
            "--on",
            "2023-01-17",
        ]);
        assert!(ok, "{err}");
        out.lines().skip(2).map(str::to_owned).collect::<Vec<_>>()
    };
    // The file is of format 6, so its parents are "anyone else": the area's count comes first
    // (issue #21).
    let cases: [(&str, &[&str]); 3] = [
        // Fife struck that day, on a call of its own.
        (
            "scotland@S12000047",
            &[
                "  Schools here have 2 strike days set. They run from 16 January to 17 January 2023.",
                "  There is a strike today, Tuesday 17 January 2023.",
                "  - Monday 16 January 2023: Went ahead",
                "  - Tuesday 17 January 2023: Today · Only in these council areas: Fife",
            ],
        ),
        // Highland did not: only the national day is theirs.
        (
            "scotland@S12000017",
            &[
                "  Schools here had 1 strike day. It was on 16 January 2023.",
                "  No strike days are set in your council area (Highland) at the moment.",
                "  - Monday 16 January 2023: Went ahead",
            ],
        ),
        // Only the region: every council's day, as a condition, none counted as theirs.
        (
            "scotland",
            &[
                "  Schools here had 1 strike day. It was on 16 January 2023. 2 more strike days for some schools here only: they may affect yours.",
                "  There is a strike today, Tuesday 17 January 2023, but only in these council areas: City of Edinburgh, South Ayrshire, Fife.",
                "  - Monday 16 January 2023: Went ahead",
                "  - Tuesday 17 January 2023: Today · May affect your school · Only in these council areas: City of Edinburgh, South Ayrshire",
                "  - Tuesday 17 January 2023: Today · May affect your school · Only in these council areas: Fife",
                "  - Wednesday 18 January 2023: Tomorrow · May affect your school · Only in these council areas: Glasgow City · Only some schools: secondary schools only",
            ],
        ),
    ];
    for (at, expected) in cases {
        assert_eq!(read(at), expected, "{at}");
    }
    let (ok, _, err) = run(&["tests/fixtures/rolling.json", "--read", "wales"]);
    assert!(!ok && err.contains("--read: no region “wales”"), "{err}");
}

/// Where a called-off programme's period is not over when a new one is planned, the reader is
/// told of the planned one first (review of issue #20).
#[test]
fn a_planned_programme_is_not_hidden_behind_a_called_off_one() {
    let path = broken_from(
        include_str!("fixtures/unreported.json"),
        "programmes",
        r#""from": "2023-03-20", "until": "2023-04-21""#,
        r#""from": "2023-03-20", "until": "2023-06-30""#,
    );
    let (ok, out, err) = run(&[&path, "--read", "scotland@S12000047", "--on", "2023-04-26"]);
    assert!(ok, "{err}");
    let headline = out.lines().nth(2).unwrap_or_default();
    assert!(
        headline.contains("More strike days are planned here"),
        "{headline}"
    );
}
