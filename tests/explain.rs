//! The answers for every region × role, on every key date of the dispute and today, against the
//! fact sheet (`../shared/facts/neu-2023.md`: §1 days and who was called out, §3 who could
//! strike and the groups' own settlements, §6 Scotland and Northern Ireland, §7 the timeline).
//! Issues #2 and #9.

use std::fmt::Write as _;

use strike_explainer::explain::{self, Answer, DayStatus, Headline, ProgrammeAnswer, explain};
use strike_explainer::lang::Lang;
use strike_explainer::model::{CalledOut, Council, Date, Dispute, Reach, Where};
use strike_explainer::{data, strings};

fn dispute() -> Dispute {
    data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"))
}

fn date(s: &str) -> Date {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// One line per answer: the headline, then each day as `MM-DD<code> status`, where the code is
/// what the call said to the chosen role: `Y` called out, `N` not, `M` NEU members only, `J` free
/// to join, `?` not confirmed, `-` no line (no role, or a parent, pupil or member of the public).
fn summary(a: &Answer<'_>) -> String {
    let headline = match &a.headline {
        Headline::NotInDispute => "not in dispute".to_owned(),
        Headline::Over(e) if e.roles.is_some() => format!("over-for-you {}", show(e.on)),
        Headline::Over(e) => format!("over {}", show(e.on)),
        Headline::NotOverForYou { main, yours } => format!(
            "not-over-for-you {}{}",
            show(main.on),
            if yours.is_some() {
                " (what is known)"
            } else {
                ""
            }
        ),
        Headline::Next {
            date,
            status,
            reach,
        } => format!(
            "next {} {}{}",
            date,
            word(*status),
            reach.iter().map(|r| part(*r)).collect::<String>()
        ),
        Headline::Programme(p) => format!("programme {}", programme(p)),
        Headline::Stands(e) => format!("stands {}", e.on),
        Headline::NoneScheduled { council: None } => "none scheduled".to_owned(),
        Headline::NoneScheduled { council: Some(c) } => format!("none scheduled in {}", c.code),
    };
    let days: Vec<String> = a
        .days
        .iter()
        .map(|d| {
            let code = match d.called_out.map(|c| &c.answer) {
                None => "-".to_owned(),
                Some(CalledOut::Yes) => "Y".to_owned(),
                Some(CalledOut::No) => "N".to_owned(),
                Some(CalledOut::Members(union)) if union == "NEU" => "M".to_owned(),
                Some(CalledOut::Members(union)) => format!("M({union})"),
                Some(CalledOut::MayJoin) => "J".to_owned(),
                Some(CalledOut::Unconfirmed) => "?".to_owned(),
            };
            format!(
                "{}{code} {}{}",
                &d.day.date.to_string()[5..],
                word(d.status),
                part(d.reach)
            )
        })
        .collect();
    let mut out = format!("{headline} | {}", days.join(", "));
    // Strike days announced without dates, where any reach the reader (issue #20).
    if !a.programmes.is_empty() {
        let programmes: Vec<String> = a.programmes.iter().map(programme).collect();
        let _ = write!(out, " | programmes: {}", programmes.join(", "));
    }
    out
}

/// `2023-03-20..2023-04-21 called-off@2023-03-13 (part: …) past`: a programme's period, where it
/// stands since when, how much of the reader's area it covers, and whether its period is over.
fn programme(p: &ProgrammeAnswer<'_>) -> String {
    let last = p.status();
    format!(
        "{}..{} {}@{}{}{}",
        p.programme.from,
        p.programme.until,
        last.status.as_str(),
        last.on,
        part(p.reach),
        if p.past { " past" } else { "" }
    )
}

/// ` (part: …)` where a day covers only part of the reader's area: the councils it named
/// where the reader's is not among them for sure, and `scope` where it named some schools.
fn part(reach: Reach<'_>) -> String {
    match reach {
        Reach::Whole => String::new(),
        Reach::Part { councils, scope } => {
            let mut what: Vec<&str> = councils.map(|l| l.codes().collect()).unwrap_or_default();
            if scope.is_some() {
                what.push("scope");
            }
            format!(" (part: {})", what.join(" "))
        }
    }
}

fn show(on: Option<Date>) -> String {
    on.map_or("undated".to_owned(), |d| d.to_string())
}

fn word(s: DayStatus) -> String {
    match s {
        DayStatus::Upcoming { days } => format!("in-{days}"),
        DayStatus::Postponed { to: Some(to) } => format!("postponed-to-{}", &to.to_string()[5..]),
        other => other.as_str().to_owned(),
    }
}

/// The Northern Ireland teachers' dispute, picked from the bundled files by its id (issue #19).
fn ni_dispute() -> Dispute {
    let (_, text) = data::DISPUTES
        .iter()
        .find(|(id, _)| *id == "ni-2023")
        .expect("ni-2023 is bundled");
    data::parse(text).unwrap_or_else(|e| panic!("{e}"))
}

/// The one function that asks the core: `region`, `role` (or none), the date, the summary.
fn check(region: &str, role: Option<&str>, today: &str, expected: &str) {
    check_in(&dispute(), region, role, today, expected);
}

/// [`check`] against a given dispute. `region` may name the reader's council after an `@`
/// (`scotland@S12000036`).
fn check_in(d: &Dispute, region: &str, role: Option<&str>, today: &str, expected: &str) {
    let (key, council) = match region.split_once('@') {
        Some((key, code)) => (key, Some(Council::new(code))),
        None => (region, None),
    };
    let region_id = d
        .region_by_key(key)
        .unwrap_or_else(|| panic!("no region {key}"));
    let at = Where {
        region: region_id,
        council,
    };
    let role_id = role.map(|r| d.role_by_key(r).unwrap_or_else(|| panic!("no role {r}")));
    let answer = explain(d, at, role_id, date(today));
    assert_eq!(summary(&answer), expected, "{region} / {role:?} on {today}");
    if role.is_some() {
        assert!(
            !answer.notes.is_empty(),
            "{region} / {role:?}: nothing to read"
        );
        for note in answer
            .notes
            .iter()
            .chain(answer.days.iter().flat_map(|a| a.notes.iter()))
        {
            assert!(
                !note.body.sources.is_empty(),
                "an unsourced note reached the reader"
            );
        }
    }
}

const TODAY: &str = "2026-11-24";

const NORTH: [&str; 3] = ["northern", "north-west", "yorkshire-and-the-humber"];
const MIDLANDS: [&str; 3] = ["east-midlands", "west-midlands", "eastern"];
const SOUTH: [&str; 3] = ["london", "south-east", "south-west"];
const OUTSIDE: [&str; 2] = ["scotland", "northern-ireland"];

/// Every role, and no role at all.
const ROLES: [Option<&str>; 11] = [
    None,
    Some("parent"),
    Some("pupil"),
    Some("teacher-neu"),
    Some("teacher-no-union"),
    Some("teacher-other-union"),
    Some("support-staff"),
    Some("school-leader"),
    Some("sixth-form-college-teacher"),
    Some("sixth-form-college-support-staff"),
    Some("public"),
];

/// Each region's calls as they stand today, in date order (§1).
const NORTH_DAYS: [&str; 8] = [
    "02-01 went-ahead",
    "02-28 went-ahead",
    "03-15 went-ahead",
    "03-16 went-ahead",
    "04-27 went-ahead",
    "05-02 went-ahead",
    "07-05 went-ahead",
    "07-07 went-ahead",
];
const MIDLANDS_DAYS: [&str; 8] = [
    "02-01 went-ahead",
    "03-01 went-ahead",
    "03-15 went-ahead",
    "03-16 went-ahead",
    "04-27 went-ahead",
    "05-02 went-ahead",
    "07-05 went-ahead",
    "07-07 went-ahead",
];
const SOUTH_DAYS: [&str; 8] = [
    "02-01 went-ahead",
    "03-02 went-ahead",
    "03-15 went-ahead",
    "03-16 went-ahead",
    "04-27 went-ahead",
    "05-02 went-ahead",
    "07-05 went-ahead",
    "07-07 went-ahead",
];
const WALES_DAYS: [&str; 5] = [
    "02-01 went-ahead",
    "02-14 postponed-to-03-02",
    "03-02 went-ahead",
    "03-15 called-off",
    "03-16 called-off",
];

/// What each call said to each staff role, one code per call in date order (§1 "Who was called
/// out" and note a; §3). England's second call is its region's own day (28 Feb, 1 or 2 March),
/// on which the sixth-form college teachers' part is not confirmed.
const CALLED_OUT: [(&str, &str, &str); 7] = [
    // role, England, Wales
    ("teacher-neu", "YYYYYYYY", "YYYYY"),
    ("teacher-no-union", "JJJJJJJJ", "JJJJJ"),
    ("teacher-other-union", "NNNNNNNN", "NNNNN"),
    ("support-staff", "NNNNNNNN", "MMMMM"),
    ("school-leader", "MMMMMMMM", "MMMMM"),
    // The sheet records a sixth-form college ballot in England only: Wales is not confirmed.
    ("sixth-form-college-teacher", "M?MMMMMM", "?????"),
    ("sixth-form-college-support-staff", "NNNNNNNN", "?????"),
];

fn days_with_codes(days: &[&str], codes: &str) -> String {
    days.iter()
        .zip(codes.chars())
        .map(|(day, code)| day.replacen(' ', &format!("{code} "), 1))
        .collect::<Vec<_>>()
        .join(", ")
}

fn codes_for(role: Option<&str>, wales: bool) -> String {
    let n = if wales { 5 } else { 8 };
    CALLED_OUT
        .iter()
        .find(|(r, ..)| Some(*r) == role)
        .map_or("-".repeat(n), |(_, e, w)| {
            (if wales { *w } else { *e }).to_owned()
        })
}

/// How it ended for each reader today (§3 "By union and group", "Sixth-form colleges"; §7).
fn ending_today(role: Option<&str>, wales: bool) -> &'static str {
    match (wales, role) {
        (false, Some("sixth-form-college-teacher")) => "over-for-you 2023-10-20",
        (false, Some("sixth-form-college-support-staff")) => {
            "not-over-for-you 2023-07-31 (what is known)"
        }
        (false, _) => "over 2023-07-31",
        (true, Some("support-staff")) => "not-over-for-you 2023-03-23 (what is known)",
        // Issue #19: heads in the NEU were done on 23 March, NAHT Cymru's action went on until
        // 17 November 2023 (a story event): one role holds both, so their own ending says what
        // is known, and no headline says the group settled on one date.
        (true, Some("school-leader")) => "not-over-for-you 2023-03-23 (what is known)",
        (true, _) => "over 2023-03-23",
    }
}

#[test]
fn today_every_region_and_role_sees_the_whole_dispute_and_how_it_ended_for_them() {
    let groups: [(&[&str], &[&str], bool); 4] = [
        (&NORTH, &NORTH_DAYS, false),
        (&MIDLANDS, &MIDLANDS_DAYS, false),
        (&SOUTH, &SOUTH_DAYS, false),
        (&["wales"], &WALES_DAYS, true),
    ];
    for (regions, days, wales) in groups {
        for region in regions {
            for role in ROLES {
                let expected = format!(
                    "{} | {}",
                    ending_today(role, wales),
                    days_with_codes(days, &codes_for(role, wales))
                );
                check(region, role, TODAY, &expected);
            }
        }
    }
    for region in OUTSIDE {
        for role in ROLES {
            check(region, role, TODAY, "not in dispute | ");
        }
    }
}

/// The headline on each key date (every strike day, 13 and 20 July 2023, and a day between the
/// schools' settlement and the sixth-form colleges'), for every region and role: `(date, where,
/// role or "*" for every role not listed on that date, headline)`.
const HEADLINES: &[(&str, &str, &str, &str)] = &[
    ("2023-02-01", "england", "*", "next 2023-02-01 today"),
    ("2023-02-01", "wales", "*", "next 2023-02-01 today"),
    ("2023-02-14", "north", "*", "next 2023-02-28 in-14"),
    ("2023-02-14", "midlands", "*", "next 2023-03-01 in-15"),
    ("2023-02-14", "south", "*", "next 2023-03-02 in-16"),
    ("2023-02-14", "wales", "*", "next 2023-03-02 in-16"),
    ("2023-02-28", "north", "*", "next 2023-02-28 today"),
    ("2023-02-28", "midlands", "*", "next 2023-03-01 tomorrow"),
    ("2023-02-28", "south", "*", "next 2023-03-02 in-2"),
    ("2023-02-28", "wales", "*", "next 2023-03-02 in-2"),
    ("2023-03-01", "north", "*", "next 2023-03-15 in-14"),
    ("2023-03-01", "midlands", "*", "next 2023-03-01 today"),
    ("2023-03-01", "south", "*", "next 2023-03-02 tomorrow"),
    ("2023-03-01", "wales", "*", "next 2023-03-02 tomorrow"),
    ("2023-03-02", "north", "*", "next 2023-03-15 in-13"),
    ("2023-03-02", "midlands", "*", "next 2023-03-15 in-13"),
    ("2023-03-02", "south", "*", "next 2023-03-02 today"),
    ("2023-03-02", "wales", "*", "next 2023-03-02 today"),
    // Wales: the March days suspended on 10 March while members voted on the offer.
    ("2023-03-15", "england", "*", "next 2023-03-15 today"),
    ("2023-03-15", "wales", "*", "stands 2023-03-10"),
    ("2023-03-16", "england", "*", "next 2023-03-16 today"),
    ("2023-03-16", "wales", "*", "stands 2023-03-10"),
    // Wales settled on 23 March for teachers; not for all support staff and heads.
    ("2023-04-27", "england", "*", "next 2023-04-27 today"),
    ("2023-04-27", "wales", "*", "over 2023-03-23"),
    (
        "2023-04-27",
        "wales",
        "support-staff",
        "not-over-for-you 2023-03-23 (what is known)",
    ),
    (
        "2023-04-27",
        "wales",
        "school-leader",
        "not-over-for-you 2023-03-23 (what is known)",
    ),
    ("2023-05-02", "england", "*", "next 2023-05-02 today"),
    ("2023-07-05", "england", "*", "next 2023-07-05 today"),
    ("2023-07-07", "england", "*", "next 2023-07-07 today"),
    // England: strikes called off while members voted on the deal.
    ("2023-07-13", "england", "*", "stands 2023-07-13"),
    ("2023-07-20", "england", "*", "stands 2023-07-13"),
    // Between the schools' settlement and the sixth-form colleges' own.
    ("2023-08-15", "england", "*", "over 2023-07-31"),
    (
        "2023-08-15",
        "england",
        "sixth-form-college-teacher",
        "not-over-for-you 2023-07-31 (what is known)",
    ),
    (
        "2023-08-15",
        "england",
        "sixth-form-college-support-staff",
        "not-over-for-you 2023-07-31 (what is known)",
    ),
    ("2023-08-15", "outside", "*", "not in dispute"),
    // Welsh heads: NAHT Cymru's action went on after its June re-ballot until 17 November.
    ("2023-11-17", "wales", "*", "over 2023-03-23"),
    (
        "2023-11-17",
        "wales",
        "support-staff",
        "not-over-for-you 2023-03-23 (what is known)",
    ),
    (
        "2023-11-17",
        "wales",
        "school-leader",
        "not-over-for-you 2023-03-23 (what is known)",
    ),
];

#[test]
fn on_each_key_date_every_region_and_role_reads_what_stood_then() {
    let d = dispute();
    let places = |w: &str| -> Vec<&str> {
        match w {
            "north" => NORTH.to_vec(),
            "midlands" => MIDLANDS.to_vec(),
            "south" => SOUTH.to_vec(),
            "england" => [NORTH, MIDLANDS, SOUTH].concat(),
            "wales" => vec!["wales"],
            "outside" => OUTSIDE.to_vec(),
            other => panic!("no place {other}"),
        }
    };
    // Every region of a listed place, on a listed date, is checked once for every role.
    let mut checked = std::collections::HashMap::<(&str, &str), usize>::new();
    for &(on, place, role_rule, expected) in HEADLINES {
        for region in places(place) {
            for role in ROLES {
                let listed = |r: &str| {
                    HEADLINES
                        .iter()
                        .any(|&(o, p, x, _)| o == on && places(p).contains(&region) && x == r)
                };
                let applies = match (role_rule, role) {
                    ("*", Some(r)) => !listed(r),
                    ("*", None) => true,
                    (rule, Some(r)) => rule == r,
                    (_, None) => false,
                };
                if !applies {
                    continue;
                }
                let (Some(region_id), role_id) =
                    (d.region_by_key(region), role.and_then(|r| d.role_by_key(r)))
                else {
                    panic!("unknown id")
                };
                let answer = explain(&d, region_id, role_id, date(on));
                let got = summary(&answer);
                let got = got.split(" | ").next().unwrap_or_default();
                assert_eq!(got, expected, "{region} / {role:?} on {on}");
                *checked.entry((on, region)).or_default() += 1;
            }
        }
    }
    for ((on, region), n) in checked {
        assert_eq!(n, ROLES.len(), "{region} on {on}: each role once");
    }
}

#[test]
fn a_reader_on_an_earlier_date_sees_what_was_known_then() {
    // Before any announcement: nothing yet.
    check("london", Some("parent"), "2023-01-10", "none scheduled | ");
    // Announced on 16 January: only the first round is known, counting down.
    check(
        "london",
        Some("teacher-neu"),
        "2023-01-20",
        "next 2023-02-01 in-12 | 02-01Y in-12, 03-02Y in-41, 03-15Y in-54, 03-16Y in-55",
    );
    check(
        "wales",
        Some("support-staff"),
        "2023-01-31",
        "next 2023-02-01 tomorrow | 02-01M tomorrow, 02-14M in-14, 03-15M in-43, 03-16M in-44",
    );
    // Wales, 10 February: 14 February moved to 2 March.
    check(
        "wales",
        Some("teacher-neu"),
        "2023-02-10",
        "next 2023-03-02 in-20 | 02-01Y went-ahead, 02-14Y postponed-to-03-02, 03-02Y in-20, 03-15Y in-33, 03-16Y in-34",
    );
    // England, between rounds: talks under way, no new days (17 March).
    check(
        "eastern",
        Some("pupil"),
        "2023-03-20",
        "stands 2023-03-17 | 02-01- went-ahead, 03-01- went-ahead, 03-15- went-ahead, 03-16- went-ahead",
    );
    check(
        "eastern",
        Some("sixth-form-college-teacher"),
        "2023-04-26",
        "next 2023-04-27 tomorrow | 02-01M went-ahead, 03-01? went-ahead, 03-15M went-ahead, 03-16M went-ahead, 04-27M tomorrow, 05-02M in-6",
    );
    // A re-ballot under way and no days set (15 May to 17 June).
    check(
        "south-west",
        Some("public"),
        "2023-06-01",
        "stands 2023-05-15 | 02-01- went-ahead, 03-02- went-ahead, 03-15- went-ahead, 03-16- went-ahead, 04-27- went-ahead, 05-02- went-ahead",
    );
}

#[test]
fn the_story_is_the_readers_nation_as_known_on_the_date() {
    let d = dispute();
    let story = |region: &str, on: &str| -> Vec<String> {
        let r = d
            .region_by_key(region)
            .unwrap_or_else(|| panic!("{region}"));
        explain(&d, r, None, date(on))
            .story
            .iter()
            .map(|e| e.on.to_string())
            .collect()
    };
    let wales = story("wales", TODAY);
    let england = story("london", TODAY);
    assert!(wales.contains(&"2023-03-23".to_owned()) && !wales.contains(&"2023-07-13".to_owned()));
    assert!(
        england.contains(&"2023-07-13".to_owned()) && !england.contains(&"2023-03-23".to_owned())
    );
    assert!(story("scotland", TODAY).is_empty());
    // On 13 July 2023 the 31 July result was not yet known.
    let then = story("london", "2023-07-13");
    assert_eq!(then.last().map(String::as_str), Some("2023-07-13"));
    let mut sorted = england.clone();
    sorted.sort();
    assert_eq!(england, sorted, "oldest first");
}

#[test]
fn outside_the_dispute_only_notes_about_that_place_are_shown() {
    // Regression (issue #2): general role notes, about NEU strike pay and school closures, were
    // shown to readers in Scotland and Northern Ireland.
    let d = dispute();
    for region in ["scotland", "northern-ireland"] {
        let Some(region_id) = d.region_by_key(region) else {
            panic!("no {region}")
        };
        for role in d.role_ids() {
            let a = explain(&d, region_id, Some(role), date(TODAY));
            assert!(a.notes.len() >= 2, "{region}: its own dispute, in brief");
            for n in &a.notes {
                assert!(
                    n.regions.as_ref().is_some_and(|rs| rs.contains(&region_id)),
                    "{region}: {}",
                    n.body.text.get(Lang::En)
                );
            }
        }
    }
}

#[test]
fn day_notes_follow_the_region_and_role() {
    let d = dispute();
    let notes_on = |region: &str, role: &str, day: &str| -> usize {
        let (Some(region), Some(role)) = (d.region_by_key(region), d.role_by_key(role)) else {
            panic!("unknown id");
        };
        let a = explain(&d, region, Some(role), date(TODAY));
        a.days
            .iter()
            .filter(|x| x.day.date == date(day))
            .map(|x| x.notes.len())
            .sum()
    };
    // London's 15 March march reaches London readers only.
    assert!(
        notes_on("london", "public", "2023-03-15") > notes_on("eastern", "public", "2023-03-15")
    );
    // Schools open and closed: London's own 2 March figures for London, England's for every
    // English region, none of them for Wales (whose one figure is a day note).
    let closures = |region: &str, on: &str| -> Vec<String> {
        let region = d.region_by_key(region).expect("a region");
        explain(&d, region, None, date(on))
            .closures
            .iter()
            .map(|c| format!("{} {}", c.date, c.label.get(Lang::En)))
            .collect()
    };
    // (15 and 16 March have no figures: only a copy of PA's report gave them, issue #19.)
    let england = [
        "2023-02-01 England",
        "2023-04-27 England",
        "2023-05-02 England",
    ];
    let mut london = england.to_vec();
    london.insert(1, "2023-03-02 London");
    assert_eq!(closures("london", TODAY), london);
    assert_eq!(closures("south-west", TODAY), england);
    assert!(closures("wales", TODAY).is_empty());
    // Figures come with the day: none before it, the day's own on it.
    assert_eq!(closures("london", "2023-03-01"), ["2023-02-01 England"]);
    assert_eq!(
        closures("london", "2023-03-02"),
        ["2023-02-01 England", "2023-03-02 London"]
    );
    // The exam-class arrangement of 27 April is for parents, pupils, NEU teachers and heads.
    assert!(
        notes_on("eastern", "pupil", "2023-04-27")
            > notes_on("eastern", "support-staff", "2023-04-27")
    );
}

/// The key note (the first) in the tense of the date shown (issue #10 item 7): its past wording
/// once the dispute is over for the reader, its present one while the dispute is live.
/// `(region, role, date, over)`.
const KEY_NOTE_TENSE: &[(&str, &str, &str, bool)] = &[
    ("london", "parent", TODAY, true),
    ("london", "parent", "2023-02-10", false),
    // Strikes off while members voted on the deal: still live.
    ("london", "parent", "2023-07-20", false),
    // After the deal was accepted on 31 July.
    ("london", "parent", "2023-08-15", true),
];

#[test]
fn the_key_note_is_worded_for_where_the_date_stands() {
    let d = dispute();
    for &(region, role, on, over) in KEY_NOTE_TENSE {
        let (Some(region_id), Some(role_id)) = (d.region_by_key(region), d.role_by_key(role))
        else {
            panic!("unknown id")
        };
        let a = explain(&d, region_id, Some(role_id), date(on));
        assert_eq!(a.is_over(), over, "{region} / {role} on {on}: over?");
        let Some(n) = a.notes.first() else {
            panic!("{region} / {role} on {on}: no key note")
        };
        let expected = if over {
            n.past.as_ref()
        } else {
            Some(&n.body.text)
        };
        assert_eq!(
            Some(n.text(a.is_over())),
            expected,
            "{region} / {role} on {on}: the key note in the {} tense",
            if over { "past" } else { "present" }
        );
    }
}

/// Every text a reader of this answer can read: its notes (in either tense), its next steps, its
/// days' notes, calls and history, its story and what stands, and how it ended, in English and
/// Welsh.
fn every_text(a: &Answer<'_>) -> Vec<String> {
    use strike_explainer::model::Text;
    let mut texts: Vec<&Text> = Vec::new();
    for n in a
        .notes
        .iter()
        .chain(&a.steps)
        .chain(a.days.iter().flat_map(|x| x.notes.iter()))
    {
        texts.push(&n.body.text);
        texts.extend(n.past.as_ref());
    }
    for day in &a.days {
        texts.extend(day.called_out.and_then(|c| c.note.as_ref()));
        texts.extend(day.history.iter().filter_map(|h| h.note.as_ref()));
    }
    for e in &a.story {
        texts.push(&e.body.text);
        texts.extend(e.stands.as_ref());
    }
    match &a.headline {
        Headline::Over(e) => texts.push(&e.body.text),
        Headline::NotOverForYou { main, yours } => {
            texts.push(&main.body.text);
            texts.extend(yours.map(|y| &y.body.text));
        }
        Headline::Stands(e) => texts.extend(e.stands.as_ref()),
        _ => {}
    }
    texts.into_iter().flat_map(in_every_language).collect()
}

/// A text in each language it is written in.
fn in_every_language(t: &strike_explainer::model::Text) -> impl Iterator<Item = String> + '_ {
    Lang::ALL
        .into_iter()
        .filter_map(|l| t.written_in(l).map(str::to_owned))
}

/// Everything a reader in `region` as `role` is told on `on` (`every_text`), one per line.
fn told(d: &Dispute, region: &str, role: Option<&str>, on: &str) -> String {
    let region = d.region_by_key(region).expect("a region");
    let role = role.map(|r| d.role_by_key(r).expect("a role"));
    every_text(&explain(d, region, role, date(on))).join("\n")
}

/// Regression (issue #19 item 2): on 21 February 2023 the government offered formal talks if
/// the NEU called off the strikes of the next week (28 February to 2 March). Readers were told
/// "this week's" strikes, and that week had none.
#[test]
fn on_21_february_no_reader_is_told_of_this_weeks_strikes() {
    let d = dispute();
    let mut read = 0;
    for region in d.region_ids() {
        for role in std::iter::once(None).chain(d.role_ids().map(Some)) {
            for on in ["2023-02-21", "2023-02-22", TODAY] {
                let a = explain(&d, region, role, date(on));
                for text in every_text(&a) {
                    read += 1;
                    let lower = text.to_lowercase();
                    assert!(
                        !lower.contains("this week") && !lower.contains("wythnos hon"),
                        "{} / {role:?} on {on}: {text}",
                        d.region(region).key
                    );
                }
            }
        }
    }
    assert!(read > 0, "no text was read");
}

/// Regression (issue #19 item 7): a head in England was told "You decide if the school
/// opens", but in an academy the trust decides unless it has left it to the head. Every head
/// role, in every English region, on every key date, in either tense.
#[test]
fn an_england_head_is_never_told_they_decide_whether_the_school_opens_without_the_academy_case() {
    let d = dispute();
    let heads: Vec<_> = ["school-leader"]
        .iter()
        .map(|r| d.role_by_key(r).unwrap_or_else(|| panic!("no role {r}")))
        .collect();
    let mut told = 0;
    for region in [NORTH, MIDLANDS, SOUTH].concat() {
        let region_id = d.region_by_key(region).expect("an English region");
        for &role in &heads {
            for on in [
                "2023-01-20",
                "2023-02-01",
                "2023-04-27",
                "2023-07-20",
                TODAY,
            ] {
                let a = explain(&d, region_id, Some(role), date(on));
                for text in every_text(&a) {
                    for sentence in text.split(". ") {
                        let s = sentence.trim_start();
                        assert!(
                            !s.starts_with("You decide")
                                && !s.starts_with("Chi sy'n penderfynu")
                                && !s.starts_with("Chi oedd yn penderfynu"),
                            "{region} on {on}: an unconditional \"you decide\": {text}"
                        );
                    }
                    if text.contains("you decide") {
                        told += 1;
                        assert!(text.contains("academy"), "{region} on {on}: {text}");
                    }
                }
            }
        }
    }
    assert!(
        told > 0,
        "the note on who decides was not shown to heads in England"
    );
}

/// Issue #19: a note carries the dates its facts held. A reader on a date before a later fact
/// was known (a replay, `data-today`) is not told it; one after a fact stopped holding is not
/// told it either.
#[test]
fn a_note_is_told_only_between_its_dates() {
    let before = r#"{ "where": ["north"], "roles": ["driver"], "text": "Drivers were called out for the day.", "sources": ["X1"] }"#;
    let after = r#"{ "where": ["north"], "roles": ["driver"], "text": "Drivers were called out for the day.", "until": "2025-02-15", "sources": ["X1"] },
    { "where": ["north"], "roles": ["driver"], "text": "A ruling came later.", "from": "2025-02-15", "sources": ["X1"] }"#;
    let text = include_str!("fixtures/synthetic.json")
        .replacen(before, after, 1)
        .replacen(r#""format": 3"#, r#""format": 5"#, 1);
    assert!(text.contains("A ruling came later."), "the fixture changed");
    let d = data::parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let north = d.region_by_key("north").expect("the fixture's region");
    let driver = d.role_by_key("driver").expect("the fixture's role");
    for (today, expected) in [
        ("2025-01-01", "Drivers were called out for the day."),
        ("2025-02-14", "Drivers were called out for the day."),
        ("2025-02-15", "A ruling came later."),
        ("2030-01-01", "A ruling came later."),
    ] {
        let answer = explain(&d, north, Some(driver), date(today));
        let told: Vec<&str> = answer
            .notes
            .iter()
            .map(|n| n.body.text.get(Lang::En))
            .collect();
        assert_eq!(told, [expected], "on {today}");
    }
}

/// Regression for issue #19, item 1: the Northern Ireland file knew only the two half-day
/// strikes, so a reader on 3 to 25 April 2023 was told nothing was scheduled, and the full days
/// of 26 April 2023 and 18 January 2024 were missing. Parents and teachers see each strike
/// coming, and after the deal of 9 April 2024 the dispute is over for every reader.
#[test]
fn issue_19_northern_ireland_readers_see_each_strike_coming_and_the_deal() {
    let d = ni_dispute();
    let ni = "northern-ireland";
    // What the calls said to teachers: "the striking unions'" on 21 February, true on every
    // date (three unions called it, the NEU joined after its vote of 11 February: the call's
    // notes and a day note from then name them), then all five.
    let four = "M(the striking unions')";
    let five = "M(INTO, NAHT, NASUWT, NEU or UTU)";
    // Called on 3 April: from that day the full-day strike of 26 April is ahead.
    check_in(
        &d,
        ni,
        Some("parent"),
        "2023-04-03",
        "next 2023-04-26 in-23 | 02-21- went-ahead, 04-26- in-23",
    );
    check_in(
        &d,
        ni,
        Some("parent"),
        "2023-04-20",
        "next 2023-04-26 in-6 | 02-21- went-ahead, 04-26- in-6",
    );
    check_in(
        &d,
        ni,
        Some("teacher"),
        "2023-04-20",
        &format!("next 2023-04-26 in-6 | 02-21{four} went-ahead, 04-26{five} in-6"),
    );
    // Called on 18 December 2023: the full day of 18 January 2024.
    check_in(
        &d,
        ni,
        Some("parent"),
        "2024-01-10",
        "next 2024-01-18 in-8 | 02-21- went-ahead, 04-26- went-ahead, 11-29- went-ahead, \
         01-18- in-8",
    );
    check_in(
        &d,
        ni,
        Some("teacher"),
        "2024-01-10",
        &format!(
            "next 2024-01-18 in-8 | 02-21{four} went-ahead, 04-26{five} went-ahead, \
             11-29{five} went-ahead, 01-18{five} in-8"
        ),
    );
    // Audit 2 (issue #19): nothing told before it was known. On 1 February 2023 the NEU was
    // still balloting: a teacher is not told NEU members are called out; from 11 February they are.
    let texts = |role: &str, on: &str| told(&d, ni, Some(role), on);
    let before_vote = texts("teacher", "2023-02-01");
    assert!(!before_vote.contains("NEU members"), "{before_vote}");
    assert!(!before_vote.contains("NAHT had decided"), "{before_vote}");
    assert!(texts("teacher", "2023-02-11").contains("NEU members voted to join"));
    // On 20 December 2023 nobody yet knew that buses and trains would stop on 18 January.
    let december = texts("parent", "2023-12-20");
    assert!(!december.contains("buses and trains"), "{december}");
    assert!(!december.contains("struck that day"), "{december}");
    assert!(texts("parent", "2024-01-18").contains("buses and trains did not run"));
    // Members voted for the offer by 21 March 2024: no longer "being put to" them.
    let region = d.region_by_key(ni).expect("a region");
    for role in [None, Some("parent"), Some("teacher")] {
        let role = role.map(|r| d.role_by_key(r).expect("a role"));
        let a = explain(&d, region, role, date("2024-03-25"));
        match &a.headline {
            Headline::Stands(e) => {
                let stands = e.stands.as_ref().expect("stands");
                let stands = in_every_language(stands).collect::<Vec<_>>().join(" ");
                assert!(!stands.contains("is being put to"), "{stands}");
                assert!(stands.contains("Members voted"), "{stands}");
            }
            other => panic!("2024-03-25: {other:?}"),
        }
    }
    // Settled on 9 April 2024: over for every reader, the four days behind them.
    for on in ["2024-04-09", "2024-04-10", TODAY] {
        for role in [None, Some("parent"), Some("pupil"), Some("public")] {
            check_in(
                &d,
                ni,
                role,
                on,
                "over 2024-04-09 | 02-21- went-ahead, 04-26- went-ahead, 11-29- went-ahead, \
                 01-18- went-ahead",
            );
        }
        for role in ["teacher", "school-leader"] {
            check_in(
                &d,
                ni,
                Some(role),
                on,
                &format!(
                    "over 2024-04-09 | 02-21{four} went-ahead, 04-26{five} went-ahead, \
                     11-29{five} went-ahead, 01-18{five} went-ahead"
                ),
            );
        }
    }
}

/// Regression (issue #19, audit F9): a reader looking at an earlier date is not told what only
/// became known later (a court ruling, a later strike, a settlement), and is told it after.
#[test]
fn notes_tell_no_reader_what_was_not_yet_known() {
    let d = dispute();
    let texts = |region: &str, role: Option<&str>, on: &str| told(&d, region, role, on);
    // A head in England: agency staff as the rule stood, then the High Court ruling of 13 July
    // 2023; Ofsted's word of 24 January 2023; ASCL's halted ballot only after 21 July 2023.
    let before = texts("london", Some("school-leader"), "2023-02-01");
    assert!(!before.contains("High Court"), "{before}");
    assert!(!before.contains("ASCL"), "{before}");
    assert!(before.contains("Ofsted said it would plan"), "{before}");
    assert!(!texts("london", Some("school-leader"), "2023-01-20").contains("Ofsted said"));
    let after = texts("london", Some("school-leader"), "2023-08-01");
    assert!(
        after.contains("High Court") && after.contains("ASCL"),
        "{after}"
    );
    // Northern Ireland: each of its four strike days from that day, and the settlement.
    let ni = |on: &str| texts("northern-ireland", None, on);
    assert!(!ni("2023-04-20").contains("26 April 2023"));
    assert!(!ni("2023-04-20").contains("9 April 2024"));
    let settled = ni("2024-05-01");
    for day in [
        "21 February 2023",
        "26 April 2023",
        "29 November 2023",
        "18 January 2024",
        "9 April 2024",
    ] {
        assert!(settled.contains(day), "{day}: {settled}");
    }
    // Scotland: its first national strike, 24 November 2022, from that day.
    assert!(!texts("scotland", None, "2022-11-01").contains("24 November 2022"));
    assert!(texts("scotland", None, "2023-04-01").contains("24 November 2022"));
    // Ballot results only once they were out: Welsh support staff on 16 January 2023, the
    // sixth-form colleges' by the end of November 2022; before, the reader is told it was not
    // known yet.
    let wales = |on: &str| texts("wales", Some("support-staff"), on);
    assert!(
        !wales("2022-12-01").contains("88.26%"),
        "{}",
        wales("2022-12-01")
    );
    assert!(wales("2022-12-01").contains("not known yet"));
    assert!(wales("2023-01-16").contains("88.26%"));
    let college = |on: &str| texts("london", Some("sixth-form-college-teacher"), on);
    assert!(
        !college("2022-11-01").contains("88.5%"),
        "{}",
        college("2022-11-01")
    );
    assert!(college("2022-12-01").contains("88.5%"));
    assert!(!college("2022-12-01").contains("Too few of them voted"));
    assert!(college("2023-02-01").contains("Too few of them voted"));
}

/// Regression (issue #19, fresh audit of the NEU file, round 3): each fixed finding is told only
/// where and when it is true.
#[test]
fn fresh_audit_findings_hold_for_every_reader_on_every_date() {
    let d = dispute();
    let texts = |region: &str, role: Option<&str>, on: &str| told(&d, region, role, on);
    // A head in Wales between 23 March and 17 November 2023: the group's ending says whose
    // dispute ended when, so a head in the NEU is not left thinking it went on for them.
    let region = d.region_by_key("wales").expect("wales");
    let role = d.role_by_key("school-leader").expect("a role");
    let a = explain(&d, region, Some(role), date("2023-06-01"));
    match &a.headline {
        Headline::NotOverForYou {
            yours: Some(yours), ..
        } => {
            let en = yours.body.text.written_in(Lang::En).expect("English");
            assert!(
                en.contains("For heads in the NEU, that ended the dispute"),
                "{en}"
            );
            assert!(en.contains("NAHT Cymru kept up"), "{en}");
        }
        other => panic!("{other:?}"),
    }
    // NASUWT members in England: the January ballot fell short; the July one passed.
    let nasuwt = |on: &str| texts("london", Some("teacher-other-union"), on);
    assert!(!nasuwt("2023-07-11").contains("second ballot"));
    assert!(nasuwt("2023-07-12").contains("A second ballot passed on 12 July 2023"));
    assert!(!nasuwt("2023-07-12").contains("About nine in ten"));
    // The Ipsos poll leads with its April figures.
    assert!(texts("london", Some("public"), "2023-05-01").contains("46% of people"));
    // Pay deductions: the 1/365 rule is told with whom it applies to.
    let pay = texts("london", Some("teacher-neu"), "2023-03-01");
    assert!(
        pay.contains("(the Burgundy Book), each strike day costs 1/365"),
        "{pay}"
    );
    // Figures and remarks first published later are not told earlier.
    assert!(!texts("wales", Some("parent"), "2023-02-01").contains("40% of Wales"));
    assert!(texts("wales", Some("parent"), "2023-03-02").contains("40% of Wales"));
    assert!(!texts("wales", Some("parent"), "2023-01-20").contains("week's notice"));
    assert!(
        !texts("wales", Some("school-leader"), "2023-01-25").contains("From 1 February they took")
    );
    assert!(texts("wales", Some("school-leader"), "2023-01-25").contains("will take action"));
}

/// Issue #19: one role, heads in Wales, holds NEU members (whose dispute ended on 23 March 2023)
/// and NAHT Cymru's (whose action went on until 17 November 2023). Their headline points to
/// what their own ending says; it never says the sources are silent, nor that the group
/// settled on one date.
#[test]
fn welsh_heads_are_pointed_to_what_is_known_for_them() {
    let d = dispute();
    let wales = d.region_by_key("wales").expect("Wales");
    let head = d.role_by_key("school-leader").expect("heads");
    for on in ["2023-04-01", "2023-11-17", "2026-12-07"] {
        let answer = explain(&d, wales, Some(head), date(on));
        for (lang, expected) in [
            (
                Lang::En,
                "The dispute here ended on 23 March 2023. What is known for your group is below.",
            ),
            (
                Lang::Cy,
                "Daeth yr anghydfod yn yr ardal hon i ben ar 23 Mawrth 2023. Mae'r hyn sy'n hysbys am eich grŵp chi isod.",
            ),
        ] {
            let said = strings::headline(strings::words(lang), &answer.headline, d.region(wales));
            assert_eq!(said, expected, "{on}");
        }
        let told = every_text(&answer).join("\n");
        assert!(
            told.contains("For heads in the NEU, that ended the dispute."),
            "{told}"
        );
    }
}

/// Issue #19: the summary and the background figures tell the whole dispute, so a reader on an
/// earlier date (a replay, a host's `data-today`) is not shown them; from the last dated event
/// of the dispute on, every reader is.
#[test]
fn the_whole_dispute_is_told_only_once_it_has_happened() {
    let neu = dispute();
    let ni = ni_dispute();
    for (d, on, told) in [
        (&neu, "2023-02-10", false),
        (&neu, "2023-07-31", false),
        (&neu, "2023-11-16", false),
        (&neu, "2023-11-17", true),
        (&neu, "2026-11-24", true),
        (&ni, "2023-02-10", false),
        (&ni, "2024-04-08", false),
        (&ni, "2024-04-09", true),
        (&ni, "2026-11-24", true),
    ] {
        assert_eq!(
            explain::tells_whole_dispute(d, date(on)),
            told,
            "{} on {on}",
            d.key
        );
    }
}

/// A synthetic rolling dispute (`tests/fixtures/rolling.json`): one region for the nation, a
/// national day, then local days for named councils, two calls on one date for different
/// councils, and one for secondary schools only.
fn rolling() -> Dispute {
    data::parse(include_str!("fixtures/rolling.json")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_reader_whose_council_is_known_is_told_only_its_days_and_a_region_only_reader_is_told_them_as_conditions()
 {
    // Issue #20: a council day was told to every reader in the region as "a strike today" and
    // counted as theirs.
    let d = rolling();
    let cases = [
        // Edinburgh struck on the 17th, with South Ayrshire.
        (
            "scotland@S12000036",
            "2023-01-17",
            "next 2023-01-17 today | 01-16Y went-ahead, 01-17Y today",
        ),
        // Fife struck the same day, on a call of its own.
        (
            "scotland@S12000047",
            "2023-01-17",
            "next 2023-01-17 today | 01-16Y went-ahead, 01-17Y today",
        ),
        // Highland was named on no local day: only the national one is theirs.
        (
            "scotland@S12000017",
            "2023-01-17",
            "none scheduled in S12000017 | 01-16Y went-ahead",
        ),
        // Glasgow's day was for secondary schools only: it may be theirs.
        (
            "scotland@S12000049",
            "2023-01-17",
            "next 2023-01-18 tomorrow (part: scope) | 01-16Y went-ahead, 01-18Y tomorrow (part: scope)",
        ),
        // Only the region known: every local day, each a condition, none counted as theirs.
        (
            "scotland",
            "2023-01-17",
            "next 2023-01-17 today (part: S12000036 S12000028) (part: S12000047) | 01-16Y went-ahead, \
             01-17Y today (part: S12000036 S12000028), 01-17Y today (part: S12000047), \
             01-18Y tomorrow (part: S12000049 scope)",
        ),
    ];
    for (at, on, expected) in cases {
        check_in(&d, at, Some("teacher"), on, expected);
    }
}

#[test]
fn a_day_for_part_of_the_readers_area_is_worded_as_a_condition_in_every_language() {
    let d = rolling();
    let scotland = d.region_by_key("scotland").expect("a region");
    let a = explain(&d, scotland, None, date("2023-01-17"));
    let headline = |lang| strings::headline(strings::words(lang), &a.headline, d.region(scotland));
    assert_eq!(
        headline(Lang::En),
        "There is a strike today, Tuesday 17 January 2023, but only in these council areas: \
         City of Edinburgh, South Ayrshire, Fife."
    );
    assert!(
        headline(Lang::Cy).contains(", ond dim ond yn ardaloedd y cynghorau hyn: "),
        "{}",
        headline(Lang::Cy)
    );
}

/// A synthetic dispute (`tests/fixtures/unreported.json`, made-up facts): a council's day no
/// report says went ahead, a programme announced without dates and then called off, and a
/// planned one for one council whose months only were announced (issue #20).
fn unreported() -> Dispute {
    data::parse(include_str!("fixtures/unreported.json")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_day_no_report_says_went_ahead_is_said_as_that_and_programmes_reach_the_headline() {
    let d = unreported();
    let cases = [
        // Edinburgh's day, on the day: a strike today, as planned.
        (
            "scotland@S12000036",
            "2023-01-17",
            "next 2023-01-17 today | 01-16Y went-ahead, 01-17Y today",
        ),
        // Once the editor found no report: not "went ahead", and not the automatic
        // "unconfirmed".
        (
            "scotland@S12000036",
            "2023-01-20",
            "none scheduled in S12000036 | 01-16Y went-ahead, 01-17Y not-reported",
        ),
        // Before the editor said so, the passed date is unconfirmed.
        (
            "scotland@S12000036",
            "2023-01-19",
            "none scheduled in S12000036 | 01-16Y went-ahead, 01-17Y unconfirmed",
        ),
        // Announced on 20 February without dates: the headline says so to every reader it
        // reaches.
        (
            "scotland@S12000017",
            "2023-02-21",
            "programme 2023-03-20..2023-04-21 planned@2023-02-20 | 01-16Y went-ahead \
             | programmes: 2023-03-20..2023-04-21 planned@2023-02-20",
        ),
        // Called off: still the headline until its period is over.
        (
            "scotland",
            "2023-04-21",
            "programme 2023-03-20..2023-04-21 called-off@2023-03-13 | 01-16Y went-ahead, \
             01-17Y not-reported (part: S12000036), 01-17Y went-ahead (part: S12000047) \
             | programmes: 2023-03-20..2023-04-21 called-off@2023-03-13",
        ),
        // Then only in the answer.
        (
            "scotland@S12000036",
            "2023-04-22",
            "none scheduled in S12000036 | 01-16Y went-ahead, 01-17Y not-reported \
             | programmes: 2023-03-20..2023-04-21 called-off@2023-03-13 past",
        ),
        // Fife's own programme is Fife's headline…
        (
            "scotland@S12000047",
            "2023-04-26",
            "programme 2023-05..2023-06 planned@2023-04-25 | 01-16Y went-ahead, 01-17Y went-ahead \
             | programmes: 2023-03-20..2023-04-21 called-off@2023-03-13 past, \
             2023-05..2023-06 planned@2023-04-25",
        ),
        // …a condition for a reader who gave only the region…
        (
            "scotland",
            "2023-04-26",
            "programme 2023-05..2023-06 planned@2023-04-25 (part: S12000047) | 01-16Y went-ahead, \
             01-17Y not-reported (part: S12000036), 01-17Y went-ahead (part: S12000047) \
             | programmes: 2023-03-20..2023-04-21 called-off@2023-03-13 past, \
             2023-05..2023-06 planned@2023-04-25 (part: S12000047)",
        ),
        // …and nothing to Edinburgh.
        (
            "scotland@S12000036",
            "2023-04-26",
            "none scheduled in S12000036 | 01-16Y went-ahead, 01-17Y not-reported \
             | programmes: 2023-03-20..2023-04-21 called-off@2023-03-13 past",
        ),
        // Outside the dispute, no programme.
        ("england", "2023-02-21", "not in dispute | "),
    ];
    for (at, on, expected) in cases {
        let role = (at != "england").then_some("teacher");
        check_in(&d, at, role, on, expected);
    }
}

#[test]
fn programmes_and_unreported_days_are_worded_in_every_language() {
    let d = unreported();
    let scotland = d.region_by_key("scotland").expect("a region");
    let fife = Where {
        region: scotland,
        council: Some(Council::new("S12000047")),
    };
    let said = |at: Where, on: &str, lang| {
        let a = explain(&d, at, None, date(on));
        strings::headline(strings::words(lang), &a.headline, d.region(scotland))
    };
    let cases = [
        (
            Where::from(scotland),
            "2023-02-21",
            "More strike days are planned here between 20 March and 21 April 2023; their dates \
             have not been published.",
            "Mae rhagor o ddiwrnodau streic wedi'u trefnu yma o 20 Mawrth i 21 Ebrill 2023; nid \
             yw eu dyddiadau wedi'u cyhoeddi.",
        ),
        (
            Where::from(scotland),
            "2023-03-14",
            "Strike days planned here between 20 March and 21 April 2023 were called off on 13 \
             March 2023.",
            "Cafodd y diwrnodau streic a drefnwyd yma o 20 Mawrth i 21 Ebrill 2023 eu canslo ar \
             13 Mawrth 2023.",
        ),
        (
            fife.clone(),
            "2023-04-26",
            "More strike days are planned here between May and June 2023; their dates have not \
             been published.",
            "Mae rhagor o ddiwrnodau streic wedi'u trefnu yma o fis Mai i fis Mehefin 2023; nid \
             yw eu dyddiadau wedi'u cyhoeddi.",
        ),
        (
            Where::from(scotland),
            "2023-04-26",
            "More strike days are planned between May and June 2023, but only in these council \
             areas: Fife; their dates have not been published.",
            "Mae rhagor o ddiwrnodau streic wedi'u trefnu o fis Mai i fis Mehefin 2023, ond dim \
             ond yn ardaloedd y cynghorau hyn: Fife; nid yw eu dyddiadau wedi'u cyhoeddi.",
        ),
    ];
    for (at, on, en, cy) in cases {
        assert_eq!(said(at.clone(), on, Lang::En), en, "{on}");
        assert_eq!(said(at, on, Lang::Cy), cy, "{on}");
    }
    // The day's own badge, in both languages.
    let edinburgh = Where {
        region: scotland,
        council: Some(Council::new("S12000036")),
    };
    let a = explain(&d, edinburgh, None, date("2023-01-20"));
    let status = a.days[1].status;
    assert_eq!(
        strings::words(Lang::En).status(status),
        "Announced; no report that it went ahead"
    );
    assert_eq!(
        strings::words(Lang::Cy).status(status),
        "Wedi'i gyhoeddi; dim adroddiad iddo fynd yn ei flaen"
    );
    assert!(!status.is_held() && !status.is_dropped());
}

#[test]
fn the_calendar_file_marks_a_day_no_report_says_went_ahead_as_tentative() {
    let d = unreported();
    let scotland = d.region_by_key("scotland").expect("a region");
    let edinburgh = Where {
        region: scotland,
        council: Some(Council::new("S12000036")),
    };
    let a = explain(&d, edinburgh, None, date("2023-01-20"));
    let file = strike_explainer::ics::calendar(
        strings::words(Lang::En),
        &d,
        &a,
        &Where::from(scotland),
        0,
    )
    // Long lines are folded at 75 octets: unfolded, as a calendar reads them.
    .replace("\r\n ", "");
    let statuses: Vec<&str> = file
        .lines()
        .filter_map(|l| l.strip_prefix("STATUS:"))
        .collect();
    // 16 January went ahead; Edinburgh's 17 January may or may not have.
    assert_eq!(statuses, ["CONFIRMED", "TENTATIVE"]);
    assert!(
        // ";" escaped, as the format asks.
        file.contains(
            "SUMMARY:Teachers' strike day: Scotland – Announced\\; no report that it went ahead"
        ),
        "{file}"
    );
}

#[test]
fn a_note_about_some_councils_reaches_their_readers_and_their_days_only() {
    // Issue #20: a day note for a date with two local calls belongs to the call for its
    // council, not to every call that date.
    let d = rolling();
    let scotland = d.region_by_key("scotland").expect("a region");
    let parent = d.role_by_key("parent");
    let noted = |council: Option<&str>| -> Vec<String> {
        let at = Where {
            region: scotland,
            council: council.map(Council::new),
        };
        explain(&d, at, parent, date("2023-01-17"))
            .days
            .iter()
            .filter(|a| !a.notes.is_empty())
            .map(|a| {
                a.day
                    .local
                    .as_ref()
                    .map_or("all".to_owned(), |l| l.codes().collect())
            })
            .collect()
    };
    assert_eq!(noted(Some("S12000047")), ["S12000047"]);
    assert_eq!(noted(Some("S12000036")), Vec::<String>::new());
    assert_eq!(noted(None), ["S12000047"]);
}

/// A reader's place: a region, or a region and a council after an `@` (`wales@W06000015`).
fn at(d: &Dispute, place: &str) -> Where {
    let (key, council) = match place.split_once('@') {
        Some((key, code)) => (key, Some(Council::new(code))),
        None => (place, None),
    };
    Where {
        region: d
            .region_by_key(key)
            .unwrap_or_else(|| panic!("no region {key}")),
        council,
    }
}

/// Issue #21 item 2: the next steps each reader is given, in data order, by the opening words
/// of each, on a date; and whether the dispute is over for them then. `explain` returns every
/// step whose dates hold, over or not: the presentation shows them only while a strike day is
/// ahead. Manchester (the North West) stands for an England head.
const STEPS: &[(&str, &str, &str, bool, &[&str])] = &[
    // The next strike days: London's 2 March, Cardiff's 2 March, the North West's 28 February.
    (
        "london",
        "parent",
        "2023-02-27",
        false,
        &[
            "Your child's school decides whether it opens",
            "If your child is of compulsory school age",
            "If you are an employee",
        ],
    ),
    (
        "wales@W06000015",
        "teacher-neu",
        "2023-02-27",
        false,
        &[
            "You need not tell your head in advance",
            "If you strike, you may picket",
        ],
    ),
    (
        "north-west",
        "school-leader",
        "2023-02-27",
        false,
        &[
            "In a maintained school the head decides",
            "The school may bring in agency staff",
        ],
    ),
    // Before the NEU's advice was reported (30 January 2023), only the picketing rule.
    (
        "wales@W06000015",
        "teacher-neu",
        "2023-01-20",
        false,
        &["If you strike, you may picket"],
    ),
    // Exam classes: only between the exemption's announcement and 2 May.
    (
        "london",
        "parent",
        "2023-04-27",
        false,
        &[
            "Your child's school decides whether it opens",
            "If your child is of compulsory school age",
            "If you are an employee",
            "For Year 11 and Year 13",
        ],
    ),
    (
        "wales",
        "parent",
        "2023-02-27",
        false,
        &[
            "In Wales your child's head decides with the council",
            "If your child is of compulsory school age",
            "If you are an employee",
        ],
    ),
    // Support staff: the ballot's result first, then Unison's advice.
    (
        "london",
        "support-staff",
        "2023-01-20",
        false,
        &["Support staff in England are not asked to strike"],
    ),
    (
        "wales",
        "support-staff",
        "2023-02-27",
        false,
        &["If you are in the NEU, the union asks you to strike"],
    ),
    // Over (England on 31 July, Wales on 23 March 2023): returned all the same.
    (
        "london",
        "parent",
        "2023-08-01",
        true,
        &[
            "Your child's school decides whether it opens",
            "If your child is of compulsory school age",
            "If you are an employee",
        ],
    ),
    (
        "wales@W06000015",
        "teacher-neu",
        "2023-08-01",
        true,
        &[
            "You need not tell your head in advance",
            "If you strike, you may picket",
        ],
    ),
    (
        "north-west",
        "school-leader",
        "2023-08-01",
        true,
        &[
            "In a maintained school the head decides",
            "The school may bring in agency staff",
        ],
    ),
    // The agency rule ended on 10 August 2023 (the High Court's ruling took effect).
    (
        "north-west",
        "school-leader",
        "2023-08-10",
        true,
        &["In a maintained school the head decides"],
    ),
    // Outside the dispute, and for anyone else: no step.
    ("scotland", "parent", "2023-01-10", false, &[]),
    ("london", "public", "2023-02-27", false, &[]),
];

#[test]
fn each_reader_gets_the_next_steps_for_their_role_and_place_and_no_general_note_is_one() {
    let d = dispute();
    for &(place, role, on, over, expected) in STEPS {
        let role_id = d
            .role_by_key(role)
            .unwrap_or_else(|| panic!("no role {role}"));
        let a = explain(&d, at(&d, place), Some(role_id), date(on));
        let what = format!("{place} / {role} on {on}");
        assert_eq!(a.is_over(), over, "{what}: over?");
        let steps: Vec<&str> = a
            .steps
            .iter()
            .map(|n| n.body.text.written_in(Lang::En).expect("English"))
            .collect();
        assert_eq!(steps.len(), expected.len(), "{what}: {steps:#?}");
        for (step, opening) in steps.iter().zip(expected) {
            assert!(step.starts_with(opening), "{what}: {step}");
        }
        for n in &a.steps {
            assert!(n.step, "{what}: a general note among the steps");
            assert!(!n.body.sources.is_empty(), "{what}: an unsourced step");
            assert!(
                n.body.text.written_in(Lang::Cy).is_some(),
                "{what}: a step without Welsh"
            );
        }
        assert!(
            a.notes.iter().all(|n| !n.step),
            "{what}: a step among the general notes"
        );
    }
}
