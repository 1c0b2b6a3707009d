//! The JSON Schema of the data file (`data/schema/dispute.schema.json`, issue #12): that the
//! bundled file validates against it, and that broken copies fail at the expected JSON path.
//! The rules the schema cannot express (ids resolve, date order, coverage) are `tests/data.rs`'s.
//! Native only: the schema validator is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{Value, json};
use std::fs;
use std::path::Path;

fn read_json(rel: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One edit of the bundled file: at the object `at` (a JSON pointer), set `key` to `value`, or
/// remove it where `value` is `None`.
struct Case {
    what: &'static str,
    at: &'static str,
    key: &'static str,
    value: Option<Value>,
    /// The one JSON pointer every error must be at, or `None` if the copy must validate.
    fails_at: Option<&'static str>,
}

/// Applies `case` to a copy of the bundled file and validates it against the schema.
fn check(validator: &jsonschema::Validator, bundled: &Value, case: Case) {
    let mut data = bundled.clone();
    let object = data
        .pointer_mut(case.at)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("{}: no object at {:?}", case.what, case.at));
    match case.value {
        Some(value) => object.insert(case.key.to_owned(), value),
        None => object.remove(case.key),
    };
    let errors: Vec<(String, String)> = validator
        .iter_errors(&data)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect();
    match case.fails_at {
        None => assert!(errors.is_empty(), "{}: {errors:#?}", case.what),
        Some(path) => {
            assert!(!errors.is_empty(), "{}: validated", case.what);
            assert!(
                errors.iter().all(|(at, _)| at == path),
                "{}: expected errors at {path}, got {errors:#?}",
                case.what
            );
        }
    }
}

#[test]
fn the_schema_accepts_the_bundled_file_and_rejects_broken_copies() {
    let schema = read_json("data/schema/dispute.schema.json");
    let validator = jsonschema::draft202012::new(&schema).expect("the schema is valid 2020-12");
    let bundled = read_json("data/neu-2023.json");
    let cases = [
        Case {
            what: "the bundled file",
            at: "",
            key: "format",
            value: Some(json!(3)),
            fails_at: None,
        },
        Case {
            what: "a story event dated by its year only",
            at: "/story/0",
            key: "on",
            value: Some(json!("2022")),
            fails_at: None,
        },
        Case {
            what: "an English-only text (format 2)",
            at: "",
            key: "title",
            value: Some(json!("The NEU strikes")),
            fails_at: None,
        },
        Case {
            what: "an unknown field",
            at: "/days/0/history/0",
            key: "stauts",
            value: Some(json!("planned")),
            fails_at: Some("/days/0/history/0"),
        },
        Case {
            what: "a bad status",
            at: "/days/0/history/2",
            key: "status",
            value: Some(json!("cancelled")),
            fails_at: Some("/days/0/history/2/status"),
        },
        Case {
            what: "a date that is not a date",
            at: "",
            key: "checked_on",
            value: Some(json!("24 November 2026")),
            fails_at: Some("/checked_on"),
        },
        Case {
            what: "a strike day dated by its month only",
            at: "/days/1",
            key: "date",
            value: Some(json!("2023-02")),
            fails_at: Some("/days/1/date"),
        },
        Case {
            what: "a text object missing cy",
            at: "/title",
            key: "cy",
            value: None,
            fails_at: Some("/title"),
        },
        Case {
            what: "format 8",
            at: "",
            key: "format",
            value: Some(json!(8)),
            fails_at: Some("/format"),
        },
        Case {
            what: "a source with a second link (format 6)",
            at: "/sources/0",
            key: "also",
            value: Some(
                json!([{ "title": "The full report", "url": "https://example.org/report.pdf" }]),
            ),
            fails_at: None,
        },
        Case {
            what: "a second link without its title",
            at: "/sources/0",
            key: "also",
            value: Some(json!([{ "url": "https://example.org/report.pdf" }])),
            fails_at: Some("/sources/0/also/0"),
        },
        Case {
            what: "a link that is not http(s)",
            at: "/sources/0",
            key: "url",
            value: Some(json!("javascript:alert(1)")),
            fails_at: Some("/sources/0/url"),
        },
        Case {
            what: "a source marked as a copy (issue #19: no longer part of the format)",
            at: "/sources/0",
            key: "copy",
            value: Some(json!(true)),
            fails_at: Some("/sources/0"),
        },
        Case {
            what: "a text over its limit",
            at: "/notes/0",
            key: "text",
            value: Some(json!("x".repeat(601))),
            fails_at: Some("/notes/0/text"),
        },
        Case {
            what: "a members answer without its union",
            at: "/days/0/called_out/4",
            key: "union",
            value: None,
            fails_at: Some("/days/0/called_out/4"),
        },
    ];
    for case in cases {
        check(&validator, &bundled, case);
    }
}

#[test]
fn the_schema_accepts_every_bundled_dispute() {
    let schema = read_json("data/schema/dispute.schema.json");
    let validator = jsonschema::draft202012::new(&schema).expect("the schema is valid 2020-12");
    for (id, text) in strike_explainer::data::DISPUTES {
        let data: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{id}: {e}"));
        let errors: Vec<String> = validator
            .iter_errors(&data)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{id}: {errors:#?}");
    }
}

/// Issue #20: a day no report says went ahead, and strike days announced without dates
/// (`tests/fixtures/unreported.json`, synthetic), and broken copies of them.
#[test]
fn the_schema_accepts_unreported_days_and_programmes() {
    let schema = read_json("data/schema/dispute.schema.json");
    let validator = jsonschema::draft202012::new(&schema).expect("the schema is valid 2020-12");
    let file = read_json("tests/fixtures/unreported.json");
    let cases = [
        Case {
            what: "the synthetic file",
            at: "",
            key: "format",
            value: Some(json!(6)),
            fails_at: None,
        },
        Case {
            what: "a programme that went ahead",
            at: "/programmes/0/history/1",
            key: "status",
            value: Some(json!("went-ahead")),
            fails_at: Some("/programmes/0/history/1/status"),
        },
        Case {
            what: "a programme dated by its year only",
            at: "/programmes/1",
            key: "from",
            value: Some(json!("2023")),
            fails_at: Some("/programmes/1/from"),
        },
        Case {
            what: "a programme without its text",
            at: "/programmes/0",
            key: "text",
            value: None,
            fails_at: Some("/programmes/0"),
        },
        Case {
            what: "a misspelt status",
            at: "/days/1/history/1",
            key: "status",
            value: Some(json!("unreported")),
            fails_at: Some("/days/1/history/1/status"),
        },
    ];
    for case in cases {
        check(&validator, &file, case);
    }
}
