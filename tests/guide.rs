//! The editors' guide, `data/README.md`, tested as a guide (issue #20): every example an editor
//! may copy is checked as the widget checks a file, every problem the guide quotes is one the
//! check gives, and what the guide says a reader is told is what the widget tells them.
//!
//! The guide's fenced blocks, by how they open:
//! - ```` ```json ````: a complete dispute file that must pass `data::parse`, unless the next
//!   fenced block opens with ```` ```text ````: then it must fail with exactly those problem
//!   lines, in any order.
//! - ```` ```jsonc ````: annotated. A whole file (its first line `{`) is checked as `json` once
//!   its `//` comments are taken out, as the guide tells editors to; a fragment (one field of a
//!   file, with `…`) is not checked.
//! - ```` ```text ```` or a bare ```` ``` ```` anywhere else: problems the guide quotes, each
//!   block exactly the problems of one [`DERIVED`] edit of a checked file.
//! - anything else (```` ```sh ````): not checked.
//!
//! This file reads the guide; it must not judge its prose.

use std::collections::BTreeMap;

use strike_explainer::data::{self, DataError};
use strike_explainer::explain::explain;
use strike_explainer::lang::Lang;
use strike_explainer::model::{Council, Date, Dispute, Where};
use strike_explainer::strings;

const GUIDE: &str = include_str!("../data/README.md");
const NEU: &str = include_str!("../data/neu-2023.json");

/// A fenced block of the guide: the line its fence opens on (from 1), the first word after
/// the fence, and its text without the fence's indentation.
struct Block {
    line: usize,
    lang: String,
    text: String,
}

fn blocks(guide: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<(Block, usize)> = None;
    for (n, line) in guide.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        match open.take() {
            None => {
                // As in CommonMark, a fence's info string has no backtick: a line opening
                // with inline code (```` ```json ````) is prose.
                if let Some(info) = trimmed
                    .strip_prefix("```")
                    .filter(|info| !info.contains('`'))
                {
                    let lang = info.split_whitespace().next().unwrap_or("").to_owned();
                    let block = Block {
                        line: n + 1,
                        lang,
                        text: String::new(),
                    };
                    open = Some((block, indent));
                }
            }
            Some((block, _)) if trimmed == "```" => out.push(block),
            // A closing fence with text after it (```` ``` Ids are… ````) does not close the
            // block in a Markdown reader either: everything after it would be read as code.
            Some((block, _)) if trimmed.starts_with("```") => panic!(
                "data/README.md:{}: the block opened on line {} is closed by a fence with text \
                 after it: put the fence on a line of its own",
                n + 1,
                block.line
            ),
            Some((mut block, at)) => {
                block.text.push_str(line.get(at..).unwrap_or(trimmed));
                block.text.push('\n');
                open = Some((block, at));
            }
        }
    }
    if let Some((block, _)) = open {
        panic!(
            "data/README.md:{}: a fenced block is never closed",
            block.line
        );
    }
    out
}

/// A `jsonc` block's text without its `//` comments (outside strings, so `https://` stays).
fn without_comments(jsonc: &str) -> String {
    let mut out = String::new();
    for line in jsonc.lines() {
        let (mut in_string, mut escaped) = (false, false);
        let mut end = line.len();
        for (i, ch) in line.char_indices() {
            match ch {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' => in_string = !in_string,
                '/' if !in_string && line[i + 1..].starts_with('/') => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        out.push_str(line[..end].trim_end());
        out.push('\n');
    }
    out
}

/// Every problem `data::parse` finds in `text`, sorted; none for a good file.
fn problems(text: &str) -> Vec<String> {
    match data::parse(text) {
        Ok(_) => Vec::new(),
        Err(DataError(p)) => sorted(p.iter().map(ToString::to_string)),
    }
}

fn sorted(lines: impl Iterator<Item = String>) -> Vec<String> {
    let mut lines: Vec<String> = lines.filter(|l| !l.trim().is_empty()).collect();
    lines.sort();
    lines
}

/// What the guide shows and what checking it gives.
struct Guide {
    /// The checked examples that pass, by their `id`, as the guide gives them.
    good: BTreeMap<String, String>,
    /// How many examples were checked (good, or failing as the guide says).
    checked: usize,
    /// Message blocks that follow no example: (line, their problems, sorted).
    quoted: Vec<(usize, Vec<String>)>,
    /// Each a block that does not say what checking it gives, with its line.
    wrong: Vec<String>,
}

fn read_guide() -> Guide {
    let blocks = blocks(GUIDE);
    let mut guide = Guide {
        good: BTreeMap::new(),
        checked: 0,
        quoted: Vec::new(),
        wrong: Vec::new(),
    };
    let mut i = 0;
    while let Some(block) = blocks.get(i) {
        i += 1;
        let file = match block.lang.as_str() {
            "json" => block.text.clone(),
            "jsonc" if block.text.starts_with('{') => without_comments(&block.text),
            "text" | "" => {
                let lines = sorted(block.text.lines().map(str::to_owned));
                guide.quoted.push((block.line, lines));
                continue;
            }
            _ => continue,
        };
        let got = problems(&file);
        let expected = match blocks.get(i) {
            Some(next) if next.lang == "text" => {
                i += 1;
                sorted(next.text.lines().map(str::to_owned))
            }
            _ => Vec::new(),
        };
        guide.checked += 1;
        if got != expected {
            guide.wrong.push(format!(
                "data/README.md:{}: a ```{} example gives\n    {}\nbut the guide says\n    {}",
                block.line,
                block.lang,
                or_none(&got),
                or_none(&expected)
            ));
        } else if got.is_empty() {
            let d = data::parse(&file).unwrap_or_else(|e| panic!("checked above: {e}"));
            guide.good.insert(d.key.as_str().to_owned(), file);
        }
    }
    guide
}

fn or_none(lines: &[String]) -> String {
    if lines.is_empty() {
        "no problem".to_owned()
    } else {
        lines.join("\n    ")
    }
}

/// Where a quoted problem comes from: a checked file (a good example of the guide, by `id`, or
/// the bundled NEU file) and the edits that break it.
enum Base {
    Guide(&'static str),
    Neu,
}

/// Every problem the guide quotes outside an example, from the edit that gives it. Each block
/// of them must be exactly one of these, and each of these must be quoted.
const DERIVED: [(Base, &[(&str, &str)]); 5] = [
    // "After any edit run `cargo test`": two problems of the rolling example at once (a
    // mistyped month, a note left out).
    (
        Base::Guide("example-rolling"),
        &[
            // The 17 January call (days[1]) announced in October, not January.
            (
                concat!(
                    r#"{ "on": "2023-01-05", "status": "planned", "sources": ["X1"] },"#,
                    "\n        ",
                    r#"{ "on": "2023-01-17""#
                ),
                concat!(
                    r#"{ "on": "2023-10-05", "status": "planned", "sources": ["X1"] },"#,
                    "\n        ",
                    r#"{ "on": "2023-01-17""#
                ),
            ),
            (
                r#"{ "where": ["scotland"], "roles": ["parent"], "text": "Schools in each named council may close on its day.", "sources": ["X1"] },"#,
                "",
            ),
        ],
    ),
    // "What a good source is": an aggregator's link.
    (
        Base::Neu,
        &[(
            "https://www.bbc.co.uk/news/uk-wales-64282924",
            "https://uk.news.yahoo.com/teachers-strike",
        )],
    ),
    // "Places": a postcode district listed, and a council listed by two regions.
    (
        Base::Neu,
        &[
            (r#""E06000063", "E06000064""#, r#""E06000063", "LS6""#),
            (r#""places": ["E12000002"]"#, r#""places": ["E06000063"]"#),
        ],
    ),
    // "How month dates sort": a month after a later month's day (refused under either rule the
    // guide has had: a month sorted as its first day, or anywhere within it).
    (
        Base::Guide("example-rolling"),
        &[(
            r#"    { "on": "2022-11", "where""#,
            concat!(
                r#"    { "on": "2022-12-02", "where": ["scotland"], "text": "Talks broke down.", "sources": ["X3"] },"#,
                "\n",
                r#"    { "on": "2022-11", "where""#
            ),
        )],
    ),
    // The rolling example without `local` on Fife's call.
    (
        Base::Guide("example-rolling"),
        &[(
            r#""local": { "councils": ["S12000047"], "sources": ["X1"] },"#,
            "",
        )],
    ),
];

#[test]
fn every_example_in_the_guide_checks_as_the_guide_says() {
    let guide = read_guide();
    let mut wrong = guide.wrong;
    let mut derived: Vec<Vec<String>> = Vec::new();
    for (n, (base, edits)) in DERIVED.iter().enumerate() {
        let mut text = match base {
            Base::Neu => NEU.to_owned(),
            Base::Guide(id) => match guide.good.get(*id) {
                Some(text) => text.clone(),
                None => {
                    wrong.push(format!(
                        "DERIVED[{n}]: the guide has no good example “{id}”"
                    ));
                    continue;
                }
            },
        };
        for (from, to) in *edits {
            assert!(text.contains(from), "DERIVED[{n}]: the file has no {from}");
            text = text.replacen(from, to, 1);
        }
        derived.push(problems(&text));
    }
    for (line, quoted) in &guide.quoted {
        if !derived.contains(quoted) {
            wrong.push(format!(
                "data/README.md:{line}: quotes problems no edit in tests/guide.rs (DERIVED) gives (derive them there, put the block right after the ```json example it belongs to, or open it with another language):\n    {}\n(what each gives:\n    {})",
                or_none(quoted),
                derived.iter().map(|d| or_none(d)).collect::<Vec<_>>().join("\n    --\n    ")
            ));
        }
    }
    for (n, d) in derived.iter().enumerate() {
        if !guide.quoted.iter().any(|(_, q)| q == d) {
            wrong.push(format!(
                "DERIVED[{n}] gives problems the guide does not quote:\n    {}",
                or_none(d)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
    // The harness found what it must: the smallest file, the rolling example and its mistake.
    for id in ["rail-2026", "example-rolling"] {
        assert!(guide.good.contains_key(id), "no good example {id}");
    }
    assert!(guide.checked >= 3, "{} examples checked", guide.checked);
}

fn date(s: &str) -> Date {
    s.parse().unwrap_or_else(|_| panic!("a date: {s}"))
}

/// The rolling example as the guide gives it.
fn rolling() -> Dispute {
    let guide = read_guide();
    let text = guide
        .good
        .get("example-rolling")
        .expect("the rolling example");
    data::parse(text).unwrap_or_else(|e| panic!("{e}"))
}

/// What a reader `at` a region (and council, after `@`) of `d` is told on `today`: the
/// headline, and the count of days that cover only part of their area.
fn told(d: &Dispute, at: &str, today: &str) -> (String, usize) {
    let (key, council) = match at.split_once('@') {
        Some((key, code)) => (key, Some(Council::new(code))),
        None => (at, None),
    };
    let region = d.region_by_key(key).expect("a region");
    let answer = explain(d, Where { region, council }, None, date(today));
    let w = strings::words(Lang::En);
    let part = answer.days.iter().filter(|a| !a.reach.is_whole()).count();
    (
        strings::headline(w, &answer.headline, d.region(region)),
        part,
    )
}

/// The guide's "How readers are told" quotes the widget's own words for the rolling example
/// (issue #20: a council's day was told to every reader in the region as theirs).
#[test]
fn the_guide_says_what_each_reader_of_the_rolling_example_is_told() {
    let d = rolling();
    let prose = GUIDE.split_whitespace().collect::<Vec<_>>().join(" ");
    let check = |at: &str, today: &str, headline: &str, part: usize| {
        assert_eq!(
            told(&d, at, today),
            (headline.to_owned(), part),
            "{at} on {today}"
        );
        assert!(
            prose.contains(headline),
            "the guide does not quote “{headline}”"
        );
    };
    // Edinburgh and Fife struck on one date, on calls of their own.
    let today = "There is a strike today, Tuesday 17 January 2023.";
    check("scotland@S12000036", "2023-01-17", today, 0);
    check("scotland@S12000047", "2023-01-17", today, 0);
    // Highland was named on no local day: only the national day.
    let none = "No strike days are set in your council area (Highland) at the moment.";
    check("scotland@S12000017", "2023-01-17", none, 0);
    // Glasgow City's day was for secondary schools only.
    let glasgow = "The next strike day is tomorrow, Wednesday 18 January 2023, but only for some \
                   schools: secondary schools only.";
    check("scotland@S12000049", "2023-01-17", glasgow, 1);
    // Only the region known: each local day a condition, counted apart.
    let region = "There is a strike today, Wednesday 18 January 2023, but only in these council \
                  areas: Glasgow City, and for some schools: secondary schools only.";
    check("scotland", "2023-01-18", region, 3);
    // Every call of the date is named, not only the first.
    let both = "There is a strike today, Tuesday 17 January 2023, but only in these council \
                areas: City of Edinburgh, South Ayrshire, Fife.";
    check("scotland", "2023-01-17", both, 3);
    // Counted by date: the two calls of 17 January are one day for any reader.
    let scotland = d.region_by_key("scotland").expect("a region");
    let answer = explain(&d, scotland, None, date("2023-01-17"));
    let count = strings::days_count(strings::words(Lang::En), &answer).unwrap_or_default();
    let part = "2 more strike days for some schools here only: they may affect yours.";
    assert!(count.ends_with(part), "{count}");
    assert!(prose.contains(part), "the guide does not quote “{part}”");
    // "How month dates sort": the example's `2022-11` event is told from 30 November on.
    let story = |on| explain(&d, scotland, None, date(on)).story.len();
    assert_eq!((story("2022-11-29"), story("2022-11-30")), (0, 1));
}

/// The guide's "Limits" names the largest bundled file's size, so an editor can judge a limit.
#[test]
fn the_guide_counts_the_bundled_file_as_it_is() {
    let d = data::parse(NEU).unwrap_or_else(|e| panic!("{e}"));
    let counts = format!(
        "The bundled NEU file, the largest so far, has {} regions, {} roles, {} days, {} notes and {} sources",
        d.regions.len(),
        d.roles.len(),
        d.days.len(),
        d.notes.len(),
        d.sources.len()
    );
    let prose = GUIDE.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(prose.contains(&counts), "the guide does not say “{counts}”");
}
