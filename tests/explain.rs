//! The answers for every region × role, on dates across the dispute and today, against the fact
//! sheet (`../shared/facts/neu-2023.md`, section 1 and section 6). Issue #2.

use strike_explainer::data;
use strike_explainer::explain::{Answer, DayStatus, Headline, explain};
use strike_explainer::model::{Date, Dispute};

fn dispute() -> Dispute {
    data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"))
}

fn date(s: &str) -> Date {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// One line per answer: the headline, then each day as `MM-DD status`, with `*` when the chosen
/// role was called out that day.
fn summary(a: &Answer<'_>) -> String {
    let headline = match &a.headline {
        Headline::NotInDispute => "not in dispute".to_owned(),
        Headline::Over(e) => format!("over {}", e.on),
        Headline::Next { date, status } => format!("next {} {}", date, word(*status)),
        Headline::NoneScheduled => "none scheduled".to_owned(),
    };
    let days: Vec<String> = a
        .days
        .iter()
        .map(|d| {
            let star = if d.called_out == Some(true) { "*" } else { "" };
            format!(
                "{}{} {}",
                &d.day.date.to_string()[5..],
                star,
                word(d.status)
            )
        })
        .collect();
    format!("{headline} | {}", days.join(", "))
}

fn word(s: DayStatus) -> String {
    match s {
        DayStatus::Upcoming { days } => format!("in-{days}"),
        DayStatus::Postponed { to: Some(to) } => format!("postponed-to-{}", &to.to_string()[5..]),
        other => other.as_str().to_owned(),
    }
}

fn check(region: &str, role: Option<&str>, today: &str, expected: &str) {
    let d = dispute();
    let region_id = d
        .region_by_key(region)
        .unwrap_or_else(|| panic!("no region {region}"));
    let role_id = role.map(|r| d.role_by_key(r).unwrap_or_else(|| panic!("no role {r}")));
    let answer = explain(&d, region_id, role_id, date(today));
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

/// Each region's days as of today, with `*` marking the days NEU teachers were called out.
const ENGLAND_NORTH: &str = "over 2023-07-31 | 02-01* went-ahead, 02-28* went-ahead, 03-15* went-ahead, 03-16* went-ahead, 04-27* went-ahead, 05-02* went-ahead, 07-05* went-ahead, 07-07* went-ahead";
const ENGLAND_MIDLANDS: &str = "over 2023-07-31 | 02-01* went-ahead, 03-01* went-ahead, 03-15* went-ahead, 03-16* went-ahead, 04-27* went-ahead, 05-02* went-ahead, 07-05* went-ahead, 07-07* went-ahead";
const ENGLAND_SOUTH: &str = "over 2023-07-31 | 02-01* went-ahead, 03-02* went-ahead, 03-15* went-ahead, 03-16* went-ahead, 04-27* went-ahead, 05-02* went-ahead, 07-05* went-ahead, 07-07* went-ahead";
const WALES: &str = "over 2023-03-23 | 02-01* went-ahead, 02-14* postponed-to-03-02, 03-02* went-ahead, 03-15* called-off, 03-16* called-off";

const REGIONS: [(&str, &str); 12] = [
    ("northern", ENGLAND_NORTH),
    ("north-west", ENGLAND_NORTH),
    ("yorkshire-and-the-humber", ENGLAND_NORTH),
    ("east-midlands", ENGLAND_MIDLANDS),
    ("west-midlands", ENGLAND_MIDLANDS),
    ("eastern", ENGLAND_MIDLANDS),
    ("london", ENGLAND_SOUTH),
    ("south-east", ENGLAND_SOUTH),
    ("south-west", ENGLAND_SOUTH),
    ("wales", WALES),
    ("scotland", "not in dispute | "),
    ("northern-ireland", "not in dispute | "),
];

/// Which roles the union called out, by nation (fact sheet section 1, "Who was called out").
const CALLED_OUT: [(&str, bool, bool); 9] = [
    // role, in England, in Wales
    ("parent", false, false),
    ("pupil", false, false),
    ("teacher-neu", true, true),
    ("teacher-no-union", false, false),
    ("teacher-other-union", false, false),
    ("support-staff", false, true),
    ("school-leader", false, false),
    ("sixth-form-college-staff", true, false),
    ("public", false, false),
];

#[test]
fn today_every_region_and_role_sees_the_whole_dispute_and_how_it_ended() {
    for (region, teacher_view) in REGIONS {
        for (role, in_england, in_wales) in CALLED_OUT {
            let called = if region == "wales" {
                in_wales
            } else {
                in_england
            };
            let expected = if called {
                teacher_view.to_owned()
            } else {
                teacher_view.replace('*', "")
            };
            check(region, Some(role), TODAY, &expected);
        }
    }
}

#[test]
fn without_a_role_the_days_still_show() {
    for (region, teacher_view) in REGIONS {
        check(region, None, TODAY, &teacher_view.replace('*', ""));
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
        "next 2023-02-01 in-12 | 02-01* in-12, 03-02* in-41, 03-15* in-54, 03-16* in-55",
    );
    check(
        "wales",
        Some("support-staff"),
        "2023-01-31",
        "next 2023-02-01 tomorrow | 02-01* tomorrow, 02-14* in-14, 03-15* in-43, 03-16* in-44",
    );
    check(
        "northern",
        Some("parent"),
        "2023-02-01",
        "next 2023-02-01 today | 02-01 today, 02-28 in-27, 03-15 in-42, 03-16 in-43",
    );
    // Wales, 10 February: 14 February moved to 2 March.
    check(
        "wales",
        Some("teacher-neu"),
        "2023-02-10",
        "next 2023-03-02 in-20 | 02-01* went-ahead, 02-14* postponed-to-03-02, 03-02* in-20, 03-15* in-33, 03-16* in-34",
    );
    // Wales, 12 March: the March days suspended while members vote; nothing is set.
    check(
        "wales",
        Some("parent"),
        "2023-03-12",
        "none scheduled | 02-01 went-ahead, 02-14 postponed-to-03-02, 03-02 went-ahead, 03-15 suspended, 03-16 suspended",
    );
    // England, between rounds: the April days are not yet called on 1 April.
    check(
        "eastern",
        Some("pupil"),
        "2023-04-01",
        "none scheduled | 02-01 went-ahead, 03-01 went-ahead, 03-15 went-ahead, 03-16 went-ahead",
    );
    check(
        "eastern",
        Some("sixth-form-college-staff"),
        "2023-04-26",
        "next 2023-04-27 tomorrow | 02-01* went-ahead, 03-01* went-ahead, 03-15* went-ahead, 03-16* went-ahead, 04-27* tomorrow, 05-02* in-6",
    );
    // The last strike day, and the day the deal was accepted.
    check(
        "south-west",
        Some("school-leader"),
        "2023-07-07",
        "next 2023-07-07 today | 02-01 went-ahead, 03-02 went-ahead, 03-15 went-ahead, 03-16 went-ahead, 04-27 went-ahead, 05-02 went-ahead, 07-05 went-ahead, 07-07 today",
    );
    check(
        "south-west",
        Some("public"),
        "2023-07-30",
        "none scheduled | 02-01 went-ahead, 03-02 went-ahead, 03-15 went-ahead, 03-16 went-ahead, 04-27 went-ahead, 05-02 went-ahead, 07-05 went-ahead, 07-07 went-ahead",
    );
    check(
        "scotland",
        Some("parent"),
        "2023-02-01",
        "not in dispute | ",
    );
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
                    n.body.text
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
    // London's 2 March figures and 15 March march reach London readers only.
    assert!(
        notes_on("london", "public", "2023-03-15") > notes_on("eastern", "public", "2023-03-15")
    );
    assert!(notes_on("london", "parent", "2023-03-02") >= 1);
    assert_eq!(notes_on("wales", "parent", "2023-03-02"), 0);
    // The exam-class arrangement of 27 April is for parents, pupils, NEU teachers and heads.
    assert!(
        notes_on("eastern", "pupil", "2023-04-27")
            > notes_on("eastern", "support-staff", "2023-04-27")
    );
}
