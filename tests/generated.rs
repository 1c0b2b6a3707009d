//! Data files nobody wrote by hand (issue #12, item 5): thousands of files made by structured
//! mutation of the bundled disputes and of a small synthetic one that uses every part of the
//! format, from a fixed seed. Every file must be either rejected, with at least one problem and
//! a message for each, or accepted and then answer every region × role × date in both languages
//! without a panic (`tests/common/reader.rs`, the questions the fuzz target asks too). `parse`
//! must never panic.
//!
//! A failing file is written to the target's tmp directory, named in the failure with the
//! mutations that made it, so it can be fed to `cargo run --example check_data` or the fuzz
//! target as it is. The native stand-in for `scripts/fuzz`, which needs a nightly toolchain.

// serde_json, which makes the files, is a native dependency only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/reader.rs"]
mod reader;

use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;

use serde_json::{Map, Value};
use strike_explainer::data::{self, DataError, Problem};
use strike_explainer::model::{Date, PartialDate};

/// A small valid file (also a seed of the fuzz target's corpus) with every part of the format: a group, a day that went ahead, one
/// postponed to a later day, one suspended, one called off and one no report says went ahead; a
/// programme of days announced without dates, called off; an undated ending for one role;
/// a story event dated to its month and one with `stands`; notes for a role, for a day and with
/// a past tense, and a next step; closures with and without `open`; a figure; sources dated to the year, month
/// and day, and undated.
const SYNTHETIC: &str = include_str!("fixtures/every-field.json");

/// A tiny deterministic generator (SplitMix64): the same seed makes the same files everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (which is not 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Strings a careless or hostile editor might put where a date or id goes.
const GARBAGE: [&str; 25] = [
    "",
    " ",
    "0000-01-01",
    "9999-12-31",
    "2023-02-29",
    "2024-02-29",
    "2023-13-01",
    "2023-00-10",
    "2023-1-1",
    "2023",
    "2023-07",
    "0000",
    "202é-01",
    "202é-1",
    "2023-0é",
    "20é3-01-01",
    "２０２３-０１-０１",
    "+023-01-01",
    "-001-01-01",
    "2023-02-01T00:00",
    "http://example.org/",
    "javascript:alert(1)",
    "<b>bold</b>",
    "a\u{0}b\r\n\t",
    "ﷺ\u{202e}𝕏😀",
];

/// One step into a JSON value.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn paths(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                here.push(Step::Index(i));
                paths(item, here, out);
                here.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                here.push(Step::Key(k.clone()));
                paths(item, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at<'v>(v: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

fn get<'v>(v: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get(k.as_str()),
        Step::Index(i) => v.get(*i),
    })
}

fn strings_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|x| strings_in(x, out)),
        Value::Object(map) => map.values().for_each(|x| strings_in(x, out)),
        _ => {}
    }
}

/// A date moved by a day, a month, a year or centuries; anything else emptied.
fn shift(rng: &mut Rng, s: &str) -> String {
    match s.parse::<Date>() {
        Ok(d) => {
            let by = [-400_000, -366, -30, -1, 1, 30, 366, 3_000_000];
            d.add_days(*rng.pick(&by)).to_string()
        }
        Err(_) => String::new(),
    }
}

/// Changes one node of `v`, chosen at random, in a way that fits what it is, and says how.
fn mutate(rng: &mut Rng, v: &mut Value, pool: &[String]) -> String {
    let mut all = Vec::new();
    paths(v, &mut Vec::new(), &mut all);
    // A third of the changes go to dates, where most of the format's rules are.
    let dates: Vec<&Vec<Step>> = all
        .iter()
        .filter(|p| {
            get(v, p)
                .and_then(Value::as_str)
                .is_some_and(|s| s.parse::<PartialDate>().is_ok())
        })
        .collect();
    let path = if dates.is_empty() || rng.chance(66) {
        rng.pick(&all).clone()
    } else {
        (*rng.pick(&dates)).clone()
    };
    let Some(node) = at(v, &path) else {
        return "nothing".to_owned();
    };
    let what = if rng.chance(8) {
        // The wrong type anywhere.
        *node = rng
            .pick(&[
                Value::Null,
                Value::Bool(true),
                Value::from(0),
                Value::from("x"),
                Value::Array(Vec::new()),
                Value::Object(Map::new()),
            ])
            .clone();
        "a value of the wrong type"
    } else {
        match node {
            Value::Array(items) if !items.is_empty() => {
                let i = rng.below(items.len());
                match rng.below(4) {
                    0 => {
                        items.remove(i);
                        "an item dropped"
                    }
                    1 => {
                        let copy = items[i].clone();
                        let j = rng.below(items.len() + 1);
                        items.insert(j, copy);
                        "an item duplicated"
                    }
                    2 => {
                        let j = rng.below(items.len());
                        items.swap(i, j);
                        "two items swapped"
                    }
                    _ => {
                        items.clear();
                        "every item dropped"
                    }
                }
            }
            Value::Object(map) if !map.is_empty() => {
                if rng.chance(70) {
                    let keys: Vec<String> = map.keys().cloned().collect();
                    map.remove(rng.pick(&keys));
                    "a field dropped"
                } else {
                    map.insert("surplus".to_owned(), Value::from(1));
                    "an unknown field"
                }
            }
            Value::String(s) => {
                // A date is most often made wrong as a date: shifted, impossible or garbled.
                let dated = s.parse::<PartialDate>().is_ok();
                *s = match rng.below(6) {
                    0 | 1 if dated => shift(rng, s),
                    2 | 3 if dated => rng.pick(&GARBAGE).to_string(),
                    // Another string of the file: an id, a date, a status in the wrong place.
                    0 | 1 => rng.pick(pool).clone(),
                    2 => rng.pick(&GARBAGE).to_string(),
                    3 => shift(rng, s),
                    4 => {
                        let unit = *rng.pick(&["a", "é", "😀", " ", "\\", ";,"]);
                        unit.repeat(1 + rng.below(20_000))
                    }
                    _ => format!("{s}{}", rng.pick(&GARBAGE)),
                };
                "a string replaced"
            }
            Value::Number(_) => {
                *node = rng
                    .pick(&[
                        Value::from(-1),
                        Value::from(0),
                        Value::from(1),
                        Value::from(4),
                        Value::from(100.01),
                        Value::from(0.04),
                        Value::from(1e300),
                        Value::from(u64::from(u32::MAX) + 1),
                    ])
                    .clone();
                "a number replaced"
            }
            Value::Bool(b) => {
                *b = !*b;
                "a flag flipped"
            }
            _ => "nothing",
        }
    };
    let at: Vec<String> = path
        .iter()
        .map(|s| match s {
            Step::Key(k) => k.clone(),
            Step::Index(i) => i.to_string(),
        })
        .collect();
    format!("{what} at /{}", at.join("/"))
}

/// What checking made of the generated files.
#[derive(Debug, Default)]
struct Tally {
    rejected: usize,
    accepted: usize,
    /// Accepted although changed: the answers of files that differ from the bases.
    accepted_changed: usize,
    answers: usize,
}

/// The one function that asks the core: parses `text`, searches places for `query`, then reads
/// an accepted file as every reader could (returning how many answers that took) or checks that
/// a rejected one says what is wrong. A panic or a broken promise fails, naming `how` the file
/// was made and where it is saved.
fn check(name: &str, text: &str, how: &[String], query: &str) -> Result<usize, Vec<Problem>> {
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| match data::parse(text) {
        Ok(d) => {
            reader::search_places(Some(&d), query);
            Ok(reader::read_everything(&d))
        }
        Err(DataError(problems)) => {
            reader::search_places(None, query);
            Err(problems)
        }
    }));
    let fail = |why: &str| -> ! {
        let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.json"));
        let saved = fs::write(&file, text).map_or_else(
            |e| format!("(not saved: {e})"),
            |()| file.display().to_string(),
        );
        panic!("{name}: {why}\nmade by: {how:?}\nplace query: {query:?}\nfile: {saved}")
    };
    match outcome {
        Err(_) => fail("panicked (message above)"),
        Ok(Err(problems)) if problems.is_empty() => fail("rejected with no problem"),
        Ok(Err(problems)) => {
            if let Some(p) = problems.iter().find(|p| p.message.trim().is_empty()) {
                fail(&format!("a problem at {:?} has no message", p.path));
            }
            Err(problems)
        }
        Ok(Ok(answers)) => Ok(answers),
    }
}

/// `cases` files from `base`, each changed 1 to 3 times (one in ten also cut short or spliced
/// as text).
fn generate(name: &str, base: &str, cases: usize, seed: u64) -> Tally {
    let original: Value = serde_json::from_str(base).unwrap_or_else(|e| panic!("{name}: {e}"));
    let base_text = serde_json::to_string(&original).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut pool = Vec::new();
    strings_in(&original, &mut pool);
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    assert!(
        check(name, &base_text, &[], "Leeds").is_ok(),
        "{name}: the base file must be valid"
    );
    for case in 0..cases {
        let mut v = original.clone();
        let how: Vec<String> = (0..1 + rng.below(3))
            .map(|_| mutate(&mut rng, &mut v, &pool))
            .collect();
        let mut text = serde_json::to_string(&v).unwrap_or_else(|e| panic!("{name}: {e}"));
        if rng.chance(10) {
            let cut = rng.below(text.len());
            let cut = (0..=cut)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            if rng.chance(50) {
                text.truncate(cut);
            } else {
                let garbage: &&str = rng.pick(&GARBAGE);
                text.insert_str(cut, garbage);
            }
        }
        let query = rng.pick(&pool).clone();
        match check(&format!("{name}-{case}"), &text, &how, &query) {
            Ok(answers) => {
                tally.accepted += 1;
                tally.accepted_changed += usize::from(text != base_text);
                tally.answers += answers;
            }
            Err(_) => tally.rejected += 1,
        }
    }
    tally
}

#[test]
fn generated_files_are_rejected_with_reasons_or_answer_every_reader() {
    let mut total = Tally::default();
    let bases = [
        ("synthetic", SYNTHETIC, 500),
        // Issue #20: local calls, two on one date, a scope.
        ("rolling", include_str!("fixtures/rolling.json"), 200),
        ("ni-2023", data::DISPUTES[1].1, 200),
        ("neu-2023", data::DISPUTES[0].1, 15),
    ];
    for (i, (name, base, cases)) in bases.into_iter().enumerate() {
        let t = generate(name, base, cases, 0x5EED + i as u64);
        println!("{name}: {t:?}");
        assert!(t.rejected > 0, "{name}: no generated file was rejected");
        total.rejected += t.rejected;
        total.accepted += t.accepted;
        total.accepted_changed += t.accepted_changed;
        total.answers += t.answers;
    }
    println!("all: {total:?}");
    // Mutations that never get past the checks would leave the answers untested.
    assert!(
        total.accepted_changed >= 20,
        "too few changed files were accepted: {total:?}"
    );
}

#[test]
fn files_that_once_broke_parsing_name_their_problem() {
    // (what the synthetic file had, what it has instead, the one problem expected)
    let cases = [
        // Issue #12, item 5: a source or story date with a character across byte 4 or 5 was a
        // panic in PartialDate parsing.
        (
            r#""date": "2023-01", "url""#,
            r#""date": "202é-1", "url""#,
            "sources[0].date: “202é-1” is not YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            r#""on": "2023-01", "where""#,
            r#""on": "2023é-", "where""#,
            "story[0].on: “2023é-” is not YYYY, YYYY-MM or YYYY-MM-DD",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(SYNTHETIC.contains(from), "{from:?} is not in the file");
        let text = SYNTHETIC.replacen(from, to, 1);
        let got = check("regression", &text, &[format!("{from} → {to}")], to);
        let problems: Vec<String> = got
            .err()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(problems, [expected], "{to}");
    }
}
