//! The checks of `check`, each shown by breaking one thing in a small valid file.

use super::*;

/// A small valid file; each case below breaks one thing in it.
const BASE: &str = r#"{
  "format": 4, "id": "t", "title": "T", "checked_on": "2023-03-01",
  "summary": { "text": "S", "sources": ["A"] },
  "groups": [{ "id": "both", "name": "Both", "regions": ["n", "s"] }],
  "regions": [
    { "id": "n", "name": "North", "in_dispute": true },
    { "id": "s", "name": "South", "in_dispute": true },
    { "id": "x", "name": "Elsewhere", "in_dispute": false }
  ],
  "roles": [
    { "id": "p", "name": "Parent", "kind": "affected" },
    { "id": "t", "name": "Teacher", "kind": "staff", "formerly": ["staff"] },
    { "id": "h", "name": "Head", "kind": "staff" }
  ],
  "days": [
    { "date": "2023-02-01", "where": ["both"], "called_out": [
      { "roles": ["t"], "answer": "yes", "sources": ["A"] },
      { "roles": ["h"], "answer": "members", "union": "U", "sources": ["A"] } ], "history": [
      { "on": "2023-01-10", "status": "planned", "sources": ["A"] },
      { "on": "2023-02-01", "status": "went-ahead", "sources": ["A"] } ] }
  ],
  "endings": [
    { "where": ["both"], "on": "2023-02-20", "text": "Settled", "sources": ["A"] },
    { "where": ["n"], "roles": ["h"], "text": "Heads' end not recorded", "sources": ["A"] }
  ],
  "story": [
    { "on": "2023-01", "where": ["both"], "text": "Ballot", "sources": ["A"] },
    { "on": "2023-02-10", "where": ["both"], "text": "Offer", "stands": "Members vote", "sources": ["A"] }
  ],
  "notes": [
    { "text": "For everyone in the dispute", "where": ["both"], "sources": ["A"] },
    { "text": "Not here", "where": ["x"], "sources": ["A"] }
  ],
  "sources": [{ "id": "A", "publisher": "P", "title": "T", "date": "2023-01", "url": "https://example.org/a" }]
}"#;

fn check(from: &str, to: &str, expected: &[&str]) {
    assert!(
        BASE.contains(from),
        "the case's text {from:?} is not in BASE"
    );
    let text = BASE.replacen(from, to, 1);
    let got: Vec<String> = match parse(&text) {
        Ok(_) => Vec::new(),
        Err(DataError(problems)) => problems.iter().map(ToString::to_string).collect(),
    };
    assert_eq!(got, expected, "after replacing {from:?} with {to:?}");
}

#[test]
fn the_base_file_is_valid() {
    check("", "", &[]);
}

#[test]
fn a_file_speaks_welsh_everywhere_or_nowhere() {
    // Issue #11: one text in both languages makes every other text need its Welsh, each
    // named by its path.
    let text = BASE.replacen(
        r#""title": "T""#,
        r#""title": { "en": "T", "cy": "T cy", "review": true }"#,
        1,
    );
    let Err(DataError(problems)) = parse(&text) else {
        panic!("a file with Welsh in one text only passed")
    };
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 18, "{problems:#?}");
    assert!(problems.iter().all(|p| {
        p.ends_with("has no Welsh (cy): give every text both, as the rest of the file does")
    }));
    assert!(problems.iter().any(|p| p.starts_with("notes[0].text:")));
    let text = BASE.replacen(r#""title": "T""#, r#""title": { "en": "T", "cy": " " }"#, 1);
    let Err(DataError(problems)) = parse(&text) else {
        panic!("an empty Welsh text passed")
    };
    assert_eq!(problems[0].to_string(), "title.cy: is empty");
}

#[test]
fn each_mistake_is_reported_where_it_is() {
    check(
        r#""format": 4"#,
        r#""format": 1"#,
        &["format: this widget reads formats 2 to 7, not 1"],
    );
    check(
        r#""where": ["both"], "called_out""#,
        r#""where": ["west"], "called_out""#,
        &[
            "days[0] (2023-02-01, west).where[0]: “west” is not a region or group id (known: both, n, s, x)",
        ],
    );
    check(
        r#""roles": ["t"], "answer""#,
        r#""roles": ["head"], "answer""#,
        &[
            "days[0] (2023-02-01, both).called_out[0].roles[0]: “head” is not a role id (known: h, p, t)",
            "days[0] (2023-02-01, both).called_out: says nothing to “t”: every staff role needs an answer",
        ],
    );
    // Issue #9: who was called out is said to every staff role, once, and exactly.
    check(
        r#"{ "roles": ["t"], "answer": "yes", "sources": ["A"] },"#,
        "",
        &[
            "days[0] (2023-02-01, both).called_out: says nothing to “t”: every staff role needs an answer",
        ],
    );
    check(
        r#""roles": ["t"], "answer": "yes""#,
        r#""roles": ["t", "p", "h"], "answer": "yes""#,
        &[
            "days[0] (2023-02-01, both).called_out[0].roles: “p” is not a staff role: a call does not speak to it",
            "days[0] (2023-02-01, both).called_out[1].roles: “h” is answered twice",
        ],
    );
    check(
        r#""answer": "yes""#,
        r#""answer": "some""#,
        &[
            "days[0] (2023-02-01, both).called_out[0].answer: “some” is not an answer (yes, no, members, may-join, unconfirmed)",
            "days[0] (2023-02-01, both).called_out: says nothing to “t”: every staff role needs an answer",
        ],
    );
    check(
        r#""answer": "members", "union": "U""#,
        r#""answer": "members""#,
        &[
            "days[0] (2023-02-01, both).called_out[1].union: “members” needs the union's name",
            "days[0] (2023-02-01, both).called_out: says nothing to “h”: every staff role needs an answer",
        ],
    );
    check(
        r#""kind": "staff", "formerly""#,
        r#""kind": "striker", "formerly""#,
        &["roles[1].kind: “striker” is not a kind of role (staff, parent, pupil, affected)"],
    );
    check(
        r#""formerly": ["staff"]"#,
        r#""formerly": ["h"]"#,
        &["roles[1].formerly[0]: “h” is a current role id"],
    );
    check(
        r#""where": ["both"], "on": "2023-02-20", "#,
        r#""where": ["both"], "#,
        &[
            "endings[0].on: an ending for everyone needs its date (only a group's ending may be undated)",
        ],
    );
    check(
        r#""on": "2023-01", "where""#,
        r#""on": "2023-03", "where""#,
        &[
            "story[1].on: 2023-02-10 is before story[0]'s 2023-03: keep the story in date order; an event dated only to a month or a year may stand anywhere within that month or year",
        ],
    );
    check(
        r#""date": "2023-02-01""#,
        r#""date": "2023-02-30""#,
        &["days[0] (2023-02-30, both).date: “2023-02-30” is not a date in the form YYYY-MM-DD"],
    );
    check(
        r#""on": "2023-01-10""#,
        r#""on": "2023-02-10""#,
        &[
            "days[0] (2023-02-01, both).history[1].on: 2023-02-01 is before the previous entry's 2023-02-10",
        ],
    );
    check(
        r#""status": "went-ahead""#,
        r#""status": "cancelled""#,
        &[
            "days[0] (2023-02-01, both).history[1].status: “cancelled” is not a status (planned, postponed, suspended, called-off, went-ahead, not-reported)",
            "days[0] (2023-02-01, both).history: 2023-02-01 is before checked_on (2023-03-01) but its last status is still “planned”: record whether it went ahead, or “not-reported” where no report says",
        ],
    );
    check(
        r#""status": "went-ahead""#,
        r#""status": "postponed", "to": "2023-01-31""#,
        &[
            "days[0] (2023-02-01, both).history[1].to: a day postponed to 2023-01-31 must move later than 2023-02-01",
        ],
    );
    check(
        r#",
      { "on": "2023-02-01", "status": "went-ahead", "sources": ["A"] }"#,
        "",
        &[
            "days[0] (2023-02-01, both).history: 2023-02-01 is before checked_on (2023-03-01) but its last status is still “planned”: record whether it went ahead, or “not-reported” where no report says",
        ],
    );
    check(
        r#""status": "planned", "sources": ["A"]"#,
        r#""status": "planned", "sources": []"#,
        &["days[0] (2023-02-01, both).history[0].sources: every fact needs at least one source"],
    );
    check(
        r#""text": "S", "sources": ["A"]"#,
        r#""text": "S", "sources": ["B"]"#,
        &["summary.sources[0]: no source has the id “B”"],
    );
    check(
        r#""date": "2023-01", "url""#,
        r#""date": "Jan 2023", "url""#,
        &["sources[0].date: “Jan 2023” is not YYYY, YYYY-MM or YYYY-MM-DD"],
    );
    // Issue #12: links only over http(s), to a host; nothing a browser would run.
    check(
        r#""url": "https://example.org/a""#,
        r#""url": "http://example.org/a""#,
        &[],
    );
    check(
        r#""url": "https://example.org/a""#,
        r#""url": "javascript:alert(1)""#,
        &["sources[0].url: a source link must start with https:// (or http://)"],
    );
    check(
        r#""url": "https://example.org/a""#,
        r#""url": "https:///a""#,
        &["sources[0].url: a source link needs a host name after the //"],
    );
    check(
        r#""url": "https://example.org/a""#,
        r#""url": "https://example.org/a b""#,
        &[
            "sources[0].url: a source link may not contain spaces, backslashes or control characters",
        ],
    );
    // Issue #19: a browser opens inkl.com for this link; the check must not read example.org.
    check(
        r#""url": "https://example.org/a""#,
        r#""url": "https://inkl.com\\@example.org/a""#,
        &[
            "sources[0].url: a source link may not contain spaces, backslashes or control characters",
        ],
    );
    check(
        r#""sources": [{ "id": "A""#,
        r#""sources": [{ "id": "A", "publisher": "P", "title": "T", "url": "https://example.org/b" }, { "id": "A""#,
        &["sources[1].id: “A” is used twice"],
    );
    check(
        r#"{ "id": "t", "name": "Teacher", "kind""#,
        r#"{ "id": "p", "name": "Teacher", "kind""#,
        &[
            "roles[1].id: “p” is used twice",
            "days[0] (2023-02-01, both).called_out[0].roles[0]: “t” is not a role id (known: h, p)",
            "days[0] (2023-02-01, both).called_out: says nothing to “p”: every staff role needs an answer",
        ],
    );
    check(
        r#""where": ["x"]"#,
        r#""where": ["n"]"#,
        &["notes: nothing for a reader in “x” as “(any role)”"],
    );
    check(
        r#""where": ["both"], "sources""#,
        r#""where": ["n"], "sources""#,
        &[
            "notes: nothing for a reader in “s” as “p”",
            "notes: nothing for a reader in “s” as “t”",
            "notes: nothing for a reader in “s” as “h”",
        ],
    );
    check(
        r#""sources": [{"#,
        r#""sources": [{ "id": "Z", "publisher": "P", "title": "T", "date": "2023", "url": "https://example.org/z" }, {"#,
        &["sources[0].id: “Z” is not cited by any fact: remove it"],
    );
    check(
        r#""text": "Not here""#,
        r#""days": ["2023-02-02"], "text": "Not here""#,
        &[
            "notes[1].days[0]: no strike day falls on 2023-02-02",
            "notes: nothing for a reader in “x” as “(any role)”",
        ],
    );
}

/// The problems of BASE as format `format` with its source's `also` set to `also`.
fn with_also(format: u32, also: &str) -> Vec<String> {
    let text = BASE
        .replacen(r#""format": 4"#, &format!(r#""format": {format}"#), 1)
        .replacen(
            r#""url": "https://example.org/a" }"#,
            &format!(r#""url": "https://example.org/a", "also": {also} }}"#),
            1,
        );
    match parse(&text) {
        Ok(d) => d.sources[0]
            .also
            .iter()
            .map(|l| format!("ok: {} {}", l.title, l.url))
            .collect(),
        Err(DataError(problems)) => problems.iter().map(ToString::to_string).collect(),
    }
}

/// Issue #20: a source may give more links (its PDF and its landing page, the publisher's
/// later update), each titled and held to the same rules as `url`, from format 6.
#[test]
fn a_source_may_give_more_links_each_checked_as_its_url() {
    let cases: [(u32, &str, &[&str]); 7] = [
        (6, "[]", &[]),
        (
            6,
            r#"[{ "title": "The report (PDF)", "url": "https://example.org/a.pdf" }]"#,
            &["ok: The report (PDF) https://example.org/a.pdf"],
        ),
        (
            5,
            r#"[{ "title": "The report (PDF)", "url": "https://example.org/a.pdf" }]"#,
            &[r#"sources[0].also: `also` came with format 6: set "format": 6"#],
        ),
        (
            6,
            r#"[{ "title": "A copy", "url": "https://uk.news.yahoo.com/a" }]"#,
            &[
                "sources[0].also[0].url: “uk.news.yahoo.com” is an aggregator that re-hosts other \
               publishers' articles, not a source: cite the original publisher's page or a \
               primary source",
            ],
        ),
        (
            6,
            r#"[{ "title": "Run", "url": "javascript:alert(1)" }]"#,
            &["sources[0].also[0].url: a source link must start with https:// (or http://)"],
        ),
        (
            6,
            r#"[{ "title": "Again", "url": "https://example.org/a" }, { "title": "", "url": "https://example.org/b" }, { "title": "B", "url": "https://example.org/b" }]"#,
            &[
                "sources[0].also[0].url: is already one of this source's links: give each link once",
                "sources[0].also[1].title: is empty",
                "sources[0].also[2].url: is already one of this source's links: give each link once",
            ],
        ),
        (
            6,
            r#"[{ "url": "https://example.org/b" }]"#,
            &["line 34, column 153: not valid data JSON: missing field `title`"],
        ),
    ];
    for (format, also, expected) in cases {
        assert_eq!(
            with_also(format, also),
            expected,
            "format {format}, also {also}"
        );
    }
}

/// Issue #19: a source is the original publisher's page or a primary source, never a copy,
/// mirror, aggregator, forum, staging or content-delivery host, whatever the file says of it.
#[test]
fn a_source_links_to_its_publisher_not_to_a_copy() {
    let link = |url: &str, expected: &[&str]| {
        check(
            r#""url": "https://example.org/a""#,
            &format!(r#""url": "{url}""#),
            expected,
        );
    };
    let refused = |host: &str, what: &str| {
        format!(
            "sources[0].url: “{host}” is {what}, not a source: cite the original publisher's \
             page or a primary source"
        )
    };
    let aggregator = "an aggregator that re-hosts other publishers' articles";
    let scraper = "a site that copies other publishers' articles";
    let mirror = "a mirror of what others published";
    let (archive, forum) = ("a web archive's copy", "a forum");
    let (staging, cdn) = ("a staging or test host", "a bare content-delivery host");
    // Publishers and primary sources pass, the Evening Standard's own site among them.
    for url in [
        "https://www.bbc.co.uk/news/education-64432198",
        "https://www.gov.uk/government/news/teachers-pay",
        "https://neu.org.uk/press-releases",
        "https://www.standard.co.uk/news/education/strike.html",
        "https://hansard.parliament.uk/commons/2023-07-13",
        // Ends as a listed host does, but is another domain.
        "https://www.notinkl.com/a",
        // A first label like a staging host's, on a domain of its own.
        "https://dev.to/a",
    ] {
        link(url, &[]);
    }
    // A listed host, with any subdomain; the app's re-host of standard.co.uk by its own name.
    for (url, what) in [
        ("https://inkl.com/news/a", aggregator),
        ("https://www.inkl.com/news/a", aggregator),
        ("https://uk.news.yahoo.com/a", aggregator),
        ("https://ca.sports.yahoo.com/a", aggregator),
        ("https://www.msn.com/en-gb/a", aggregator),
        ("https://article-swipe.standard.co.uk/a", aggregator),
        ("https://www.homeofscience.net/a/", scraper),
        ("https://skyline.linkflow.cc/posts/a", scraper),
        ("https://www.parliamenttoday.com/a?id=1", mirror),
        ("https://web.archive.org/web/2023/a", archive),
        ("https://www.mumsnet.com/talk/a", forum),
        ("https://community.tes.com/threads/a", forum),
        // Staging hosts and bare content-delivery hosts.
        ("https://uat.sec-ed.co.uk/content/a", staging),
        ("https://staging.example.org/a", staging),
        ("https://d33gy59ovltp76.cloudfront.net/a", cdn),
        ("https://b.s3.eu-west-2.amazonaws.com/a.pdf", cdn),
    ] {
        let host = url.trim_start_matches("https://").split(['/', '?']).next();
        let host = host.unwrap_or(url);
        link(url, &[&refused(host, what)]);
    }
    // The host as a browser reads it: any case, without a user, port or trailing dot.
    link(
        "https://reader@WWW.Inkl.COM.:443/a",
        &[&refused("www.inkl.com", aggregator)],
    );
    // `copy` is no longer part of the format: a copy is refused with its reason.
    check(
        r#""url": "https://example.org/a""#,
        r#""url": "https://example.org/a", "copy": true"#,
        &[
            "sources[0].copy: a copy is not a source: cite the original publisher's page, and remove `copy`",
        ],
    );
    check(
        r#""url": "https://example.org/a""#,
        r#""url": "https://example.org/a", "copy": false"#,
        &["sources[0].copy: `copy` is no longer part of the format: remove it"],
    );
}

#[test]
fn malformed_json_is_one_clear_problem() {
    let Err(DataError(problems)) = parse("{ \"format\": 1, ") else {
        panic!("truncated JSON parsed");
    };
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.starts_with("not valid data JSON"),
        "{}",
        problems[0]
    );
}

#[test]
fn a_field_newer_than_the_files_format_is_named() {
    // Hours came with format 4; this file says it is format 3.
    let at = r#""history": [
      { "on": "2023-01-10""#;
    let hours = format!(r#""hours": {{ "to": "12:00", "sources": ["A"] }}, {at}"#);
    let text = BASE
        .replacen(at, &hours, 1)
        .replacen(r#""format": 4"#, r#""format": 3"#, 1);
    let Err(DataError(problems)) = parse(&text) else {
        panic!("a format 2 file with hours passed")
    };
    assert_eq!(
        problems[0].to_string(),
        r#"days[0] (2023-02-01, both).hours: `hours` came with format 4: set "format": 4"#
    );
}

#[test]
fn a_note_is_shown_between_real_dates_and_leaves_no_reader_without_one() {
    // Issue #19: a note whose facts became known later (a court ruling in July) carries `from`,
    // one that stopped being true `until`; the reader on any date still has something to read.
    let note = r#"{ "text": "For everyone in the dispute", "where": ["both"], "sources": ["A"] }"#;
    let with = |dates: &str| {
        format!(
            r#"{{ "text": "For everyone in the dispute", "where": ["both"], {dates}"sources": ["A"] }}"#
        )
    };
    let five = |s: &str| s.replacen(r#""format": 4"#, r#""format": 5"#, 1);
    // Every reader of BASE's two regions in the dispute, left with nothing `when`.
    let left = |when: &str| -> Vec<String> {
        ["n", "s"]
            .iter()
            .flat_map(|r| ["p", "t", "h"].map(|p| (r, p)))
            .map(|(r, p)| format!("notes: nothing for a reader in “{r}” as “{p}” {when}"))
            .collect()
    };
    let empty_window =
        "notes[0].until: 2023-03-01 is not after `from`, 2023-03-01: no reader would see this note";
    let cases: [(&str, Vec<String>); 6] = [
        (
            r#""from": "2023-01-01", "until": "2023-03-01", "#,
            left("before 2023-01-01"),
        ),
        (r#""until": "2023-03-01", "#, left("from 2023-03-01")),
        (
            r#""from": "2023-03-01", "until": "2023-03-01", "#,
            std::iter::once(empty_window.to_owned())
                .chain(left("before 2023-03-01"))
                .collect(),
        ),
        (
            r#""from": "2023-02-30", "#,
            vec!["notes[0].from: “2023-02-30” is not a date in the form YYYY-MM-DD".to_owned()],
        ),
        (
            r#""from": "2023-03-01", "until": "2024-01-01", "#,
            left("before 2023-03-01"),
        ),
        ("", Vec::new()),
    ];
    for (dates, expected) in cases {
        let got: Vec<String> = match parse(&five(&BASE.replacen(note, &with(dates), 1))) {
            Ok(_) => Vec::new(),
            Err(DataError(problems)) => problems.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(got, expected, "with {dates:?}");
    }
    // Two notes that take over from each other on one date leave no gap.
    let handover = format!(
        "{}, {}",
        with(r#""until": "2023-07-13", "#),
        with(r#""from": "2023-07-13", "#)
    );
    assert!(parse(&five(&BASE.replacen(note, &handover, 1))).is_ok());
    // `from` and `until` came with format 5.
    let Err(DataError(problems)) =
        parse(&BASE.replacen(note, &with(r#""from": "2023-01-01", "#), 1))
    else {
        panic!("a format 4 file with a note's `from` passed")
    };
    assert_eq!(
        problems[0].to_string(),
        r#"notes[0].from: `from` came with format 5: set "format": 5"#
    );
}

#[test]
fn a_file_at_the_limits_of_readers_and_notes_is_checked_in_good_time() {
    // Issue #20, item 7: whether every reader has a note was asked of every reader on every
    // note's `from` and `until`, each time reading every note. This file, within every limit,
    // took 4 seconds of CPU to check in a release build, and far longer in a debug one. Each of
    // its 1,536 readers (64 regions × 24 roles) has 499 notes of one day each, every other day,
    // and one more note that ends `last`; the gap after it is found all the same.
    use crate::model::Date;
    let start = Date::new(2024, 1, 1).expect("a real date");
    let file = |last: &str| {
        let regions: Vec<String> = (0..LIMITS.regions)
            .map(|i| format!(r#"{{ "id": "r{i}", "name": "R{i}", "in_dispute": true }}"#))
            .collect();
        let roles: Vec<String> = (0..LIMITS.roles)
            .map(|i| {
                let kind = if i == 0 { "staff" } else { "affected" };
                format!(r#"{{ "id": "o{i}", "name": "O{i}", "kind": "{kind}" }}"#)
            })
            .collect();
        let mut notes: Vec<String> = (0..LIMITS.notes as i64 - 1)
            .map(|i| {
                let (from, until) = (start.add_days(2 * i), start.add_days(2 * i + 1));
                format!(
                    r#"{{ "text": "One day", "from": "{from}", "until": "{until}", "sources": ["A"] }}"#
                )
            })
            .collect();
        notes.push(format!(r#"{{ "text": "Longer", {last}"sources": ["A"] }}"#));
        format!(
            r#"{{ "format": 5, "id": "t", "title": "T", "checked_on": "2023-03-01",
  "summary": {{ "text": "S", "sources": ["A"] }},
  "regions": [{}], "roles": [{}],
  "days": [{{ "date": "2023-02-01", "where": ["r0"], "called_out": [
      {{ "roles": ["o0"], "answer": "yes", "sources": ["A"] }} ], "history": [
      {{ "on": "2023-01-10", "status": "planned", "sources": ["A"] }},
      {{ "on": "2023-02-01", "status": "went-ahead", "sources": ["A"] }} ] }}],
  "endings": [], "story": [], "notes": [{}],
  "sources": [{{ "id": "A", "publisher": "P", "title": "T", "url": "https://example.org/a" }}]
}}"#,
            regions.join(", "),
            roles.join(", "),
            notes.join(",\n")
        )
    };
    // A debug build checks it in about a second of CPU now, and took 28 seconds the old way;
    // the bound is on the clock, so it leaves room for a busy machine (7 seconds on two cores
    // with fourteen jobs waiting).
    let started = std::time::Instant::now();
    let checked = parse(&file(""));
    let took = started.elapsed();
    assert!(checked.is_ok(), "{:?}", checked.err());
    assert!(
        took < std::time::Duration::from_secs(20),
        "checking took {took:?}"
    );
    let gap = start.add_days(2 * 100 + 1);
    let Err(DataError(problems)) = parse(&file(&format!(r#""until": "{gap}", "#))) else {
        panic!("a file with a gap in its notes passed")
    };
    assert_eq!(
        problems[0].to_string(),
        format!("notes: nothing for a reader in “r0” as “o0” from {gap}")
    );
}

#[test]
fn a_part_day_strike_has_real_hours_in_order() {
    let at = r#""history": [
      { "on": "2023-01-10""#;
    let with = |hours: &str| format!(r#""hours": {hours}, {at}"#);
    check(
        at,
        &with(r#"{ "from": "00:00", "to": "12:00", "sources": ["A"] }"#),
        &[],
    );
    check(at, &with(r#"{ "to": "12:00", "sources": ["A"] }"#), &[]);
    check(
        at,
        &with(r#"{ "from": "12:00", "to": "09:00", "sources": ["A"] }"#),
        &[
            "days[0] (2023-02-01, both).hours.to: the strike must end after it starts, on the same day",
        ],
    );
    check(
        at,
        &with(r#"{ "from": "9am", "to": "24:01", "sources": ["A"] }"#),
        &[
            "days[0] (2023-02-01, both).hours.from: “9am” is not a time in the form HH:MM (00:00 to 24:00)",
            "days[0] (2023-02-01, both).hours.to: “24:01” is not a time in the form HH:MM (00:00 to 24:00)",
        ],
    );
    check(
        at,
        &with(r#"{ "sources": [] }"#),
        &[
            "days[0] (2023-02-01, both).hours.sources: every fact needs at least one source",
            "days[0] (2023-02-01, both).hours: gives neither `from` nor `to`",
        ],
    );
    check(
        at,
        &with(r#"{ "from": "00:00", "to": "24:00", "sources": ["A"] }"#),
        &[
            "days[0] (2023-02-01, both).hours: is the whole day: leave `hours` out for a strike that lasts all day",
        ],
    );
}

#[test]
fn a_local_call_names_councils_within_its_regions() {
    // North maps to ONS North East, South to Wales; the day covers both (the group).
    let mapped = BASE
        .replacen(
            r#"{ "id": "n", "name": "North", "in_dispute": true }"#,
            r#"{ "id": "n", "name": "North", "in_dispute": true, "places": ["E12000001"] }"#,
            1,
        )
        .replacen(
            r#"{ "id": "s", "name": "South", "in_dispute": true }"#,
            r#"{ "id": "s", "name": "South", "in_dispute": true, "places": ["W92000004"] }"#,
            1,
        );
    let at = r#""where": ["both"], "called_out""#;
    let local = |councils: &str, where_: &str| {
        let text = mapped.replacen(
            at,
            &format!(
                r#""where": {where_}, "local": {{ "councils": {councils}, "sources": ["A"] }}, "called_out""#
            ),
            1,
        );
        match parse(&text) {
            Ok(d) => Ok(d.days[0]
                .local
                .as_ref()
                .map(|l| l.codes().map(str::to_owned).collect())
                .unwrap_or_default()),
            Err(DataError(p)) => Err(p.iter().map(ToString::to_string).collect::<Vec<_>>()),
        }
    };
    // Hartlepool (North East) and Cardiff (Wales).
    assert_eq!(
        local(r#"["E06000001", "W06000015"]"#, r#"["both"]"#),
        Ok(vec!["E06000001".to_owned(), "W06000015".to_owned()])
    );
    assert_eq!(
        local(r#"["W06000015"]"#, r#"["n"]"#),
        Err(vec![
            "days[0] (2023-02-01, n: Cardiff).local.councils[0]: Cardiff (W06000015) lies in “s”, which this day does not cover"
                .to_owned()
        ])
    );
    // Which councils a call covered is a fact like any other: it needs its source.
    check(
        r#""where": ["both"], "called_out""#,
        r#""where": ["both"], "local": { "councils": ["E06000001"], "sources": [] }, "called_out""#,
        &[
            "days[0] (2023-02-01, both: Hartlepool).local.sources: every fact needs at least one source",
        ],
    );
    // Edinburgh lies in none of this dispute's regions; a council listed twice is one mistake.
    assert_eq!(
        local(r#"["S12000036", "E06000001", "E06000001"]"#, r#"["both"]"#),
        Err(vec![
            "days[0] (2023-02-01, both: City of Edinburgh, Hartlepool, Hartlepool).local.councils[0]: City of Edinburgh (S12000036) lies in none of this dispute's regions (see regions[].places)".to_owned(),
            "days[0] (2023-02-01, both: City of Edinburgh, Hartlepool, Hartlepool).local.councils[2]: “E06000001” is listed twice".to_owned(),
        ])
    );
    assert_eq!(
        local(r#"["E12000001"]"#, r#"["both"]"#),
        Err(vec![
            "days[0] (2023-02-01, both: E12000001).local.councils[0]: “E12000001” is not the GSS code of a council in data/places/local_authorities.csv"
                .to_owned()
        ])
    );
}

#[test]
fn public_ids_can_be_written_in_a_link_and_dates_are_in_range() {
    // Found by fuzzing: a region "else where" loaded, then no shared link could carry it; a
    // day in 9999 made the calendar draw 96,000 months.
    check(
        r#"{ "id": "x", "name": "Elsewhere""#,
        r#"{ "id": "Else where", "name": "Elsewhere""#,
        &[
            "regions[2].id: “Else where” may use only a to z, 0 to 9 and hyphens: it is a public id (data-region, data-role, shared links)",
            "notes[1].where[0]: “x” is not a region or group id (known: both, n, s)",
            "notes: nothing for a reader in “Else where” as “(any role)”",
        ],
    );
    check(
        r#""id": "both""#,
        r#""id": "Both""#,
        &[
            "groups[0].id: “Both” may use only a to z, 0 to 9 and hyphens: it is a public id (data-region, data-role, shared links)",
            "days[0] (2023-02-01, both).where[0]: “both” is not a region or group id (known: n, s, x)",
            "endings[0].where[0]: “both” is not a region or group id (known: n, s, x)",
            "story[0].where[0]: “both” is not a region or group id (known: n, s, x)",
            "story[1].where[0]: “both” is not a region or group id (known: n, s, x)",
            "notes[0].where[0]: “both” is not a region or group id (known: n, s, x)",
            "notes: nothing for a reader in “n” as “p”",
            "notes: nothing for a reader in “n” as “t”",
            "notes: nothing for a reader in “n” as “h”",
            "notes: nothing for a reader in “s” as “p”",
            "notes: nothing for a reader in “s” as “t”",
            "notes: nothing for a reader in “s” as “h”",
        ],
    );
    check(
        r#""checked_on": "2023-03-01""#,
        r#""checked_on": "9999-12-31""#,
        &["checked_on: “9999-12-31” is outside the years 1900 to 2199"],
    );
    check(
        r#""on": "2023-01", "where""#,
        r#""on": "0001", "where""#,
        &["story[0].on: “0001” is outside the years 1900 to 2199"],
    );
}

#[test]
fn texts_lists_and_files_are_kept_within_their_limits() {
    let long = "word ".repeat(LIMITS.text / 5 + 1);
    check(
        r#""text": "Not here""#,
        &format!(r#""text": "{long}""#),
        &[&format!(
            "notes[1].text: is {} characters long; the limit is {}: say it in fewer words",
            long.len(),
            LIMITS.text
        )],
    );
    let name = "x".repeat(LIMITS.name + 1);
    check(
        r#""name": "Parent""#,
        &format!(r#""name": "{name}""#),
        &[&format!(
            "roles[0].name: is {} characters long; the limit is {}: say it in fewer words",
            LIMITS.name + 1,
            LIMITS.name
        )],
    );
    let many = r#"{ "text": "More", "sources": ["A"] }, "#.repeat(LIMITS.notes);
    check(
        r#""notes": ["#,
        &format!(r#""notes": [{many}"#),
        &[&format!(
            "notes: has {} entries; the limit is {}",
            LIMITS.notes + 2,
            LIMITS.notes
        )],
    );
    let huge = format!("{BASE}{}", " ".repeat(LIMITS.file));
    let Err(DataError(problems)) = parse(&huge) else {
        panic!("a file over the size limit parsed")
    };
    assert_eq!(
        problems[0].to_string(),
        format!(
            "the file is {} bytes; the limit is {}",
            huge.len(),
            LIMITS.file
        )
    );
}

#[test]
fn a_reader_always_has_areas_and_roles_to_choose() {
    // Every id then fails to resolve too; the first problem says why.
    for (section, expected) in [
        (
            "regions",
            "regions: is empty: a reader needs at least one area to choose",
        ),
        (
            "roles",
            "roles: is empty: a reader needs at least one role to choose",
        ),
    ] {
        let start = BASE
            .find(&format!("\"{section}\": [\n"))
            .expect("BASE lists the section");
        let end = start + BASE[start..].find("\n  ],").expect("the list ends");
        let text = format!("{}\"{section}\": [{}", &BASE[..start], &BASE[end + 3..]);
        let Err(DataError(problems)) = parse(&text) else {
            panic!("a file with no {section} parsed")
        };
        assert_eq!(problems[0].to_string(), expected);
    }
}

#[test]
fn a_file_with_thousands_of_mistakes_lists_the_first_and_counts_the_rest() {
    // Found in review: every unknown id was a problem of its own, without bound.
    let many = r#""nowhere", "#.repeat(500);
    let text = BASE.replacen(
        r#""where": ["both"], "called_out""#,
        &format!(r#""where": [{many}"both"], "called_out""#),
        1,
    );
    let Err(DataError(problems)) = parse(&text) else {
        panic!("a file with 500 unknown ids parsed")
    };
    assert_eq!(problems.len(), 201);
    assert_eq!(
        problems[200].to_string(),
        "… and 300 more problems: fix these first, then check again"
    );
}

/// The story with events on `dates`, in this order.
fn story_on(dates: &[&str]) -> String {
    let events: Vec<String> = dates
        .iter()
        .map(|on| {
            format!(r#"{{ "on": "{on}", "where": ["both"], "text": "E", "sources": ["A"] }}"#)
        })
        .collect();
    format!("\"story\": [\n    {}\n  ],", events.join(",\n    "))
}

#[test]
fn story_dates_sort_as_the_guide_says() {
    // Issue #20: "2022-11 is before the previous event's 2022-11-10", though the guide says an
    // event dated only to its month counts from the month's end. The rule now: an event dated
    // to a month or a year stands anywhere within it, and is shown from its last day.
    let base = &BASE[BASE.find("\"story\"").unwrap_or(0)..BASE.find("\"notes\"").unwrap_or(0)];
    assert!(base.starts_with("\"story\": ["), "{base}");
    let rule = "keep the story in date order; an event dated only to a month or a year may \
                stand anywhere within that month or year";
    let cases: [(&[&str], &[String]); 7] = [
        (&["2022-11-10", "2022-11"], &[]),
        (&["2022-11-30", "2022-11"], &[]),
        (&["2022-11", "2022-11-10", "2022"], &[]),
        (
            &["2022-11-10", "2022-10"],
            &[format!("story[1].on: 2022-10 is before story[0]'s 2022-11-10: {rule}")],
        ),
        (
            // Each next to its neighbour is in order, but 5 November is before the 10th.
            &["2022-11-10", "2022-11", "2022-11-05"],
            &["story[2].on: 2022-11-05 is before story[0]'s 2022-11-10: keep the story in date order".to_owned()],
        ),
        (
            &["2022", "2022-11-10", "2022-03"],
            &[format!("story[2].on: 2022-03 is before story[1]'s 2022-11-10: {rule}")],
        ),
        (
            &["2023-01-05", "2022"],
            &[format!("story[1].on: 2022 is before story[0]'s 2023-01-05: {rule}")],
        ),
    ];
    for (dates, expected) in cases {
        let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
        check(base.trim_end(), &story_on(dates), &expected);
    }
}

#[test]
fn a_day_with_many_regions_names_the_first_three() {
    check(
        r#""date": "2023-02-01", "where": ["both"]"#,
        r#""date": "2023-02-01", "where": ["n", "s", "n", "west"]"#,
        &[
            "days[0] (2023-02-01, n, s, n and 1 more).where[3]: “west” is not a region or group id (known: both, n, s, x)",
        ],
    );
}

#[test]
fn days_are_named_by_their_place_in_the_file() {
    // A second call on 1 February in "n", after a day dropped for its date: the path is the
    // file's, not the list's, and calls on one date are compared whatever lies between. Each
    // names its day as the file gives it, date and regions (issue #20).
    let second = r#"{ "date": "2023-02-30", "where": ["x"], "called_out": [], "history": [] },
    { "date": "2023-02-01", "where": ["n"], "called_out": [
      { "roles": ["t", "h"], "answer": "no", "sources": ["A"] } ], "history": [
      { "on": "2023-01-10", "status": "planned", "sources": ["A"] },
      { "on": "2023-02-01", "status": "went-ahead", "sources": ["A"] } ] }
  ],
  "endings""#;
    check(
        "\n  ],\n  \"endings\"",
        &format!(",\n    {second}"),
        &[
            "days[1] (2023-02-30, x).date: “2023-02-30” is not a date in the form YYYY-MM-DD",
            "days[1] (2023-02-30, x).called_out: says nothing to “t”: every staff role needs an answer",
            "days[1] (2023-02-30, x).called_out: says nothing to “h”: every staff role needs an answer",
            "days[1] (2023-02-30, x).history: is empty: say at least when the day was planned",
            "days[2] (2023-02-01, n).where: a region has two calls on the same date; from format 6, two local calls for different councils may share one (see days[0] (2023-02-01, both))",
        ],
    );
}

#[test]
fn a_struct_is_read_from_an_object_only() {
    // serde's derived structs would take an array of their fields in order; the format has
    // objects only, so an array is refused as any other wrong type is (`objects`).
    check(
        r#""summary": { "text": "S", "sources": ["A"] }"#,
        r#""summary": ["S", ["A"]]"#,
        &[
            "line 3, column 13: not valid data JSON: invalid type: sequence, expected struct RawSourced",
        ],
    );
    // Reading problems inside lists and options keep serde_json's words and places.
    check(
        r#""in_dispute": true },"#,
        r#""in_dispute": true, "colour": 1 },"#,
        &[
            "line 6, column 62: not valid data JSON: unknown field `colour`, expected one of `id`, `name`, `in`, `in_dispute`, `places`",
        ],
    );
    check(
        r#""roles": ["h"], "text""#,
        r#""roles": 5, "text""#,
        &[
            "line 24, column 32: not valid data JSON: invalid type: integer `5`, expected a sequence",
        ],
    );
    check(
        r#""summary": { "text": "S", "sources": ["A"] }"#,
        r#""summary": "S""#,
        &[
            "line 3, column 16: not valid data JSON: invalid type: string \"S\", expected struct RawSourced",
        ],
    );
    check(
        r#""title": "T""#,
        r#""title": "T", "title": "U""#,
        &["line 2, column 47: not valid data JSON: duplicate field `title`"],
    );
    let Err(DataError(problems)) = parse(&format!("{BASE} x")) else {
        panic!("a file with text after its end passed");
    };
    assert_eq!(
        problems[0].to_string(),
        "line 35, column 3: not valid data JSON: trailing characters"
    );
}

#[test]
fn a_text_is_a_string_or_an_object_of_its_languages() {
    // Whatever else is given, the one message names the text's type, placed after its value.
    let untagged = |column: u32| {
        format!(
            "line 2, column {column}: not valid data JSON: data did not match any variant of untagged enum RawText"
        )
    };
    for (to, column) in [
        (r#"{ "en": "T", "cy": "c", "x": 1 }"#, 67),
        (r#"{ "en": "T" }"#, 48),
        (r#"{ "en": "T", "cy": "c", "review": 1 }"#, 72),
        (r#"{ "en": "T", "en": "U", "cy": "c" }"#, 70),
        (r#"{ "en": "T", "cy": null }"#, 60),
        (r#"5"#, 36),
        (r#"null"#, 39),
        // An array of the languages, as of any struct's fields, is not a text (`objects`).
        (r#"["T", "T cy"]"#, 48),
        (r#"{}"#, 37),
    ] {
        check(
            r#""title": "T""#,
            &format!(r#""title": {to}"#),
            &[untagged(column).as_str()],
        );
    }
    // A value is read whole first: its own JSON mistakes come first, where they are.
    check(
        r#""title": "T""#,
        r#""title": { "en": "T", "cy": "c", "x": [1, {"a": [}] }"#,
        &["line 2, column 76: not valid data JSON: expected value"],
    );
    check(
        r#""title": "T""#,
        r#""title": { "en": "T", "cy": "c", "x": 1e400 }"#,
        &["line 2, column 69: not valid data JSON: number out of range"],
    );
    let text = BASE.replacen(
        r#""title": "T""#,
        r#""title": { "en": "T", "cy": "T cy", "review": true }"#,
        1,
    );
    let Err(DataError(problems)) = parse(&text) else {
        panic!("a file with Welsh in one text only passed")
    };
    // Read as a text in both languages: the others are named for their missing Welsh.
    assert_eq!(problems.len(), 18, "{problems:#?}");
}

/// Issue #20: two calls on one date in one region, for different councils, are a rolling
/// dispute's every day; two that could reach one reader are a mistake.
#[test]
fn calls_on_one_date_in_one_region_are_for_different_councils() {
    const ROLLING: &str = include_str!("../../tests/fixtures/rolling.json");
    let problems = |from: &str, to: &str| {
        assert!(ROLLING.contains(from), "{from}");
        match parse(&ROLLING.replacen(from, to, 1)) {
            Ok(_) => Vec::new(),
            Err(DataError(p)) => p.iter().map(ToString::to_string).collect::<Vec<_>>(),
        }
    };
    let fife = r#""local": { "councils": ["S12000047"], "sources": ["X1"] },"#;
    let teacher = r#"{ "where": ["scotland"], "roles": ["teacher"], "text""#;
    let fife_note = r#""councils": ["S12000047"], "days": ["2023-01-17"]"#;
    let scope = r#""scope": { "text": "secondary schools only""#;
    let cases: [(&str, &str, &[&str]); 8] = [
        // A day note about a council no call of its date names would be seen by nobody.
        (
            fife_note,
            r#""councils": ["S12000049"], "days": ["2023-01-17"]"#,
            &[
                "notes[3].days[0]: no call on 2023-01-17 names Glasgow City, so no reader would \
               see this note",
            ],
        ),
        // A scope goes inside the widget's own sentences.
        (
            scope,
            r#""scope": { "text": "secondary schools only.""#,
            &[
                "days[3] (2023-01-18, scotland: Glasgow City).scope.text: ends with a full stop \
               or other mark: the widget puts it inside its own sentences (write `secondary \
               schools only`)",
            ],
        ),
        // A general note about one council leaves readers in the others with nothing.
        (
            teacher,
            r#"{ "where": ["scotland"], "councils": ["S12000047"], "roles": ["teacher"], "text""#,
            &["notes: nothing for a reader in “scotland” as “teacher”"],
        ),
        // A note's councils lie in its regions.
        (
            teacher,
            r#"{ "where": ["england"], "councils": ["S12000047"], "roles": ["teacher"], "text""#,
            &[
                "notes: nothing for a reader in “scotland” as “teacher”",
                "notes[0].councils[0]: Fife (S12000047) lies in “scotland”, which this note does not cover",
            ],
        ),
        // As written: Edinburgh and South Ayrshire, then Fife, on 17 January.
        (fife, fife, &[]),
        // Fife's call names Edinburgh too.
        (
            fife,
            r#""local": { "councils": ["S12000047", "S12000036"], "sources": ["X1"] },"#,
            &[
                "days[2] (2023-01-17, scotland: Fife, City of Edinburgh).where: a council has two calls \
               on the same date (see days[1] (2023-01-17, scotland: City of Edinburgh, South Ayrshire))",
            ],
        ),
        // Fife's call is for all of Scotland.
        (
            fife,
            "",
            &[
                "days[2] (2023-01-17, scotland).where: a region has two calls on the same date, \
                 and they are not both local calls for different councils (see days[1] \
                 (2023-01-17, scotland: City of Edinburgh, South Ayrshire))",
            ],
        ),
        (
            r#""format": 6"#,
            r#""format": 5"#,
            &[
                "days[2] (2023-01-17, scotland: Fife).where: a region has two calls on the same \
                 date; from format 6, two local calls for different councils may share one (see \
                 days[1] (2023-01-17, scotland: City of Edinburgh, South Ayrshire))",
                "days[3] (2023-01-18, scotland: Glasgow City).scope: `scope` came with format 6: \
                 set \"format\": 6",
                "notes[3].councils: `councils` came with format 6: set \"format\": 6",
            ],
        ),
    ];
    for (from, to, expected) in cases {
        let mut got = problems(from, to);
        got.sort();
        assert_eq!(got, expected, "{to}");
    }
}

/// A local call naming a council abolished in 2023 knows the council it became part of, so a
/// reader there is told the day may be theirs (issue #20).
#[test]
fn a_former_council_knows_its_successor() {
    const ROLLING: &str = include_str!("../../tests/fixtures/rolling.json");
    // Carlisle, in Cumberland since 2023; the fixture's England is outside its dispute, so
    // any English council lies in it.
    let fife = "\"where\": [\"scotland\"],\n      \"local\": { \"councils\": [\"S12000047\"]";
    assert!(ROLLING.contains(fife));
    let carlisle = "\"where\": [\"england\"],\n      \"local\": { \"councils\": [\"E07000028\"]";
    let text = ROLLING.replacen(fife, carlisle, 1).replacen(
        r#""councils": ["S12000047"], "days": ["2023-01-17"], "#,
        "",
        1,
    );
    let d = parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let councils = &d.days[2].local.as_ref().expect("a local call").councils;
    assert_eq!(
        councils,
        &[crate::model::Council {
            code: "E07000028".to_owned(),
            part_of: Some("E06000063".to_owned())
        }]
    );
}

/// Issue #20: "not-reported" resolves a passed day truthfully, dated on or after it; a
/// programme's period runs forward, its history is planned, then suspended or called off; both
/// came with format 6.
#[test]
fn unreported_days_and_programmes_are_checked() {
    const UNREPORTED: &str = include_str!("../../tests/fixtures/unreported.json");
    let problems = |from: &str, to: &str| {
        assert!(UNREPORTED.contains(from), "{from}");
        match parse(&UNREPORTED.replacen(from, to, 1)) {
            Ok(_) => Vec::new(),
            Err(DataError(p)) => p.iter().map(ToString::to_string).collect::<Vec<_>>(),
        }
    };
    let unreported = r#"{ "on": "2023-01-20", "status": "not-reported""#;
    let cases: [(&str, &str, &[&str]); 8] = [
        (unreported, unreported, &[]),
        (
            unreported,
            r#"{ "on": "2023-01-16", "status": "not-reported""#,
            &[
                "days[1] (2023-01-17, scotland: City of Edinburgh).history[1].on: “not-reported” says that by this date no report says \
               whether the day went ahead: date it on or after the day, 2023-01-17",
            ],
        ),
        (
            r#""format": 6"#,
            r#""format": 5"#,
            &[
                "days[1] (2023-01-17, scotland: City of Edinburgh).history[1].status: `not-reported` came with format 6: set \"format\": 6",
                // The fixture's two calls on 17 January are for different councils.
                "days[2] (2023-01-17, scotland: Fife).where: a region has two calls on the same \
                 date; from format 6, two local calls for different councils may share one (see \
                 days[1] (2023-01-17, scotland: City of Edinburgh))",
                "programmes: `programmes` came with format 6: set \"format\": 6",
            ],
        ),
        (
            r#""until": "2023-04-21""#,
            r#""until": "2023-03-19""#,
            &[
                "programmes[0].until: 2023-03-19 is before `from`'s 2023-03-20: the period must \
               run forward",
            ],
        ),
        (
            r#""from": "2023-05""#,
            r#""from": "2023""#,
            &["programmes[1].from: “2023” is not YYYY-MM-DD, or YYYY-MM for a month"],
        ),
        (
            r#""on": "2023-03-13", "status": "called-off""#,
            r#""on": "2023-03-13", "status": "went-ahead""#,
            &[
                "programmes[0].history[1].status: a programme is planned, suspended, \
               called-off, not “went-ahead”: give its days under `days` once their dates are \
               published",
            ],
        ),
        (
            r#""on": "2023-02-20", "status": "planned""#,
            r#""on": "2023-02-20", "status": "suspended""#,
            &["programmes[0].history[0].status: a history starts with “planned”"],
        ),
        (
            r#""councils": ["S12000047"], "sources": ["X5"]"#,
            r#""councils": ["E06000001"], "sources": ["X5"]"#,
            &[
                "programmes[1].local.councils[0]: Hartlepool (E06000001) lies in “england”, \
               which this programme does not cover",
            ],
        ),
    ];
    for (from, to, expected) in cases {
        let mut got = problems(from, to);
        got.sort();
        assert_eq!(got, expected, "{to}");
    }
}

#[test]
fn a_next_step_and_the_kinds_of_affected_readers_need_format_7() {
    // Issue #21: a next step is shown before a strike day, so it has no day and no past tense;
    // it never stands in for the general note every reader needs.
    let note = r#"{ "text": "Not here", "where": ["x"], "sources": ["A"] }"#;
    let step = |fields: &str| {
        format!(
            r#"{note}, {{ "text": "Check the school's messages", "where": ["both"], "roles": ["p"], "step": true, {fields}"sources": ["A"] }}"#
        )
    };
    let run = |format: u32, from: &str, to: &str| -> Vec<String> {
        let text = BASE
            .replacen(r#""format": 4"#, &format!(r#""format": {format}"#), 1)
            .replacen(from, to, 1);
        match parse(&text) {
            Ok(_) => Vec::new(),
            Err(DataError(problems)) => problems.iter().map(ToString::to_string).collect(),
        }
    };
    let cases: [(u32, &str, String, &[&str]); 6] = [
        (7, note, step(""), &[]),
        (
            6,
            note,
            step(""),
            &[r#"notes[2].step: `step` came with format 7: set "format": 7"#],
        ),
        (
            7,
            note,
            step(r#""days": ["2023-02-01"], "#),
            &["notes[2].step: a next step is for every strike day ahead: it cannot have `days`"],
        ),
        (
            7,
            note,
            step(r#""past": "Checked", "#),
            &[
                "notes[2].past: a next step is only shown while a strike day is ahead: it has no `past`",
            ],
        ),
        (
            7,
            r#""kind": "affected""#,
            r#""kind": "parent""#.to_owned(),
            &[],
        ),
        (
            6,
            r#""kind": "affected""#,
            r#""kind": "pupil""#.to_owned(),
            &[r#"roles[0].kind: `pupil` came with format 7: set "format": 7"#],
        ),
    ];
    for (format, from, to, expected) in cases {
        assert_eq!(run(format, from, &to), expected, "format {format}: {to}");
    }
    // The step is not the general note: without the one for everyone, parents have nothing.
    let text = BASE
        .replacen(r#""format": 4"#, r#""format": 7"#, 1)
        .replacen(
            r#"{ "text": "For everyone in the dispute", "where": ["both"], "sources": ["A"] },"#,
            r#"{ "text": "For staff", "where": ["both"], "roles": ["t", "h"], "sources": ["A"] },
    { "text": "Check the school's messages", "where": ["both"], "roles": ["p"], "step": true, "sources": ["A"] },"#,
            1,
        );
    let Err(DataError(problems)) = parse(&text) else {
        panic!("parents with only a next step passed")
    };
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.iter().any(|p| p.contains("“p”")), "{problems:?}");
}
