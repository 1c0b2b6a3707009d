//! What the answer says first, and what each row says, for each role and state of the dispute
//! (issue #21): the presentation rules of `present`, read as the reader reads them, in English
//! and Welsh, for the bundled dispute (facts from `../shared/facts/neu-2023.md` §1 and §3) and
//! for the synthetic rolling dispute.

use strike_explainer::explain::explain;
use strike_explainer::lang::Lang;
use strike_explainer::model::{Date, Dispute, Where};
use strike_explainer::present::{self, Rows};
use strike_explainer::{data, strings};

fn bundled() -> Dispute {
    data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"))
}

fn rolling() -> Dispute {
    let text =
        std::fs::read_to_string("tests/fixtures/rolling.json").unwrap_or_else(|e| panic!("{e}"));
    data::parse(&text).unwrap_or_else(|e| panic!("{e}"))
}

/// The card for a reader `at` (`region` or `region@COUNCIL`), as `role` (or none), on `on`,
/// in `lang`, as one line per part:
/// `lead: …` (or `-`), `count` when the count follows the headline, `steps: N` and `calendar`
/// while a day is ahead, `key` when the card shows a first point, `notes: N`, and the rows'
/// rule: `rows: call (said: yes)`, `rows: closures`, `rows: plain`.
fn check(d: &Dispute, at: &str, role: Option<&str>, on: &str, lang: Lang, expected: &str) {
    let (region, council) = at.split_once('@').map_or((at, None), |(r, c)| (r, Some(c)));
    let region = d
        .region_by_key(region)
        .unwrap_or_else(|| panic!("no region {region}"));
    let at = Where {
        region,
        council: council.map(|c| {
            strike_explainer::places::council(c).unwrap_or_else(|| panic!("no council {c}"))
        }),
    };
    let role = role.map(|r| d.role_by_key(r).unwrap_or_else(|| panic!("no role {r}")));
    let on: Date = on.parse().unwrap_or_else(|e| panic!("{e}"));
    let answer = explain(d, at.clone(), role, on);
    let card = present::card(d, &answer, role);
    let w = strings::words(lang);
    let mut got = vec![format!(
        "lead: {}",
        card.lead
            .as_ref()
            .and_then(|l| strings::lead(w, l, &answer))
            .unwrap_or_else(|| "-".to_owned())
    )];
    if card.count {
        got.push("count".to_owned());
    }
    if card.calendar {
        got.push(format!("steps: {}, calendar", card.steps.len()));
    }
    if card.key.is_some() {
        got.push("key".to_owned());
    }
    got.push(format!("notes: {} + {}", card.notes.len(), card.more.len()));
    got.push(match &card.rows {
        Rows::Call { said: Some(a) } => format!("rows: call (said: {})", a.as_str()),
        Rows::Call { said: None } => "rows: call".to_owned(),
        Rows::Closures => "rows: closures".to_owned(),
        Rows::Plain => "rows: plain".to_owned(),
    });
    // Rows that carry a line of their own: the call where it differs, the day's figures.
    let lines: Vec<String> = answer
        .days
        .iter()
        .filter_map(|a| {
            let call = card.rows.call_on(a).map(|c| c.as_str().to_owned());
            let closure = card
                .rows
                .closure_on(&answer, a)
                .map(|c| strings::closure_line(w, c));
            let line = call.or(closure)?;
            Some(format!("  {} {line}", a.day.date))
        })
        .collect();
    got.extend(lines);
    let got = got.join("\n");
    assert_eq!(got, expected.trim(), "{at:?} as {role:?} on {on}");
}

#[test]
fn the_first_sentence_speaks_to_the_readers_own_group_or_school() {
    let d = bundled();
    let cases: &[(&str, Option<&str>, &str, Lang, &str)] = &[
        // A London parent once it is over: their child's school on each of the 8 days, each day's figures on its row.
        ("london", Some("parent"), "2026-12-07", Lang::En, "
lead: Your child's school may have closed, or opened to some pupils only, on 8 strike days.
key
notes: 2 + 4
rows: closures
  2023-02-01 England: 9% closed, 45% partly open.
  2023-03-02 London: 18% closed, 62% partly open.
  2023-04-27 England: 5% closed, 47% partly open.
  2023-05-02 England: 5% closed, 50% partly open."),
        // A Leeds parent the day before their regional strike: the days so far and to come, the next step and the calendar (no step in this file yet).
        ("yorkshire-and-the-humber", Some("parent"), "2023-02-27", Lang::En, "
lead: Your child's school may have closed, or opened to some pupils only, on 1 strike day so far, and may again on 3 more.
steps: 1, calendar
notes: 1 + 8
rows: closures
  2023-02-01 England: 9% closed, 45% partly open."),
        // A pupil before the first day: their own school, in the future.
        ("london", Some("pupil"), "2023-01-20", Lang::En, "
lead: Your school may close, or open to some pupils only, on 4 strike days.
steps: 1, calendar
notes: 0 + 3
rows: closures"),
        // A Cardiff NEU teacher: 2 days held, 3 called off (never "on each of these days").
        ("wales", Some("teacher-neu"), "2026-12-07", Lang::En, "
lead: Your group was asked to strike on both strike days. 3 more were postponed or called off.
key
notes: 2 + 3
rows: call (said: yes)"),
        // The same teacher in Welsh.
        ("wales", Some("teacher-neu"), "2026-12-07", Lang::Cy, "
lead: Cafodd eich grŵp ei alw i streicio ar y ddau ddiwrnod streic. Cafodd 3 diwrnod arall eu gohirio neu eu canslo.
key
notes: 2 + 3
rows: call (said: yes)"),
        // A Welsh parent, in Welsh.
        ("wales", Some("parent"), "2026-12-07", Lang::Cy, "
lead: Efallai fod ysgol eich plentyn wedi cau, neu wedi agor i rai disgyblion yn unig, ar 2 ddiwrnod streic. Cafodd 3 diwrnod arall eu gohirio neu eu canslo.
key
notes: 2 + 3
rows: closures"),
        // An NEU teacher in London: asked on all 8 days, said once, no row repeats it.
        ("london", Some("teacher-neu"), "2026-12-07", Lang::En, "
lead: Your group was asked to strike on all 8 strike days.
key
notes: 2 + 3
rows: call (said: yes)"),
        // Support staff in England had no mandate.
        ("london", Some("support-staff"), "2026-12-07", Lang::En, "
lead: Your group was not asked to strike on any of the 8 strike days.
key
notes: 1 + 0
rows: call (said: no)"),
        // Support staff in Wales: NEU members only.
        ("wales", Some("support-staff"), "2026-12-07", Lang::En, "
lead: Only NEU members in your group were asked to strike, on both strike days. 3 more were postponed or called off.
key
notes: 2 + 0
rows: call (said: members)"),
        // A head in Manchester: NEU members only, not every head.
        ("north-west", Some("school-leader"), "2026-12-07", Lang::En, "
lead: Only NEU members in your group were asked to strike, on all 8 strike days.
key
notes: 2 + 3
rows: call (said: members)"),
        // A sixth-form college teacher in Birmingham: one day differs, and only its row says so.
        ("west-midlands", Some("sixth-form-college-teacher"), "2026-12-07", Lang::En, "
lead: Only NEU members in your group were asked to strike, on 7 of the 8 strike days.
key
notes: 2 + 3
rows: call (said: members)
  2023-03-01 unconfirmed"),
        // A teacher in no union before the London day: free to join, in the present perfect.
        ("london", Some("teacher-no-union"), "2023-02-27", Lang::En, "
lead: Your group has not been asked to strike, but can lawfully join the strike, on all 4 strike days.
steps: 1, calendar
notes: 1 + 6
rows: call (said: may-join)"),
        // A teacher in another union.
        ("london", Some("teacher-other-union"), "2026-12-07", Lang::En, "
lead: Your group was not asked to strike on any of the 8 strike days.
key
notes: 2 + 2
rows: call (said: no)"),
        // Outside the dispute the headline speaks of where the reader is: no lead.
        ("scotland", Some("parent"), "2026-12-07", Lang::En, "
lead: -
count
key
notes: 2 + 2
rows: closures"),
        // Anyone else: the area's count comes first, and is not said again.
        ("london", Some("public"), "2026-12-07", Lang::En, "
lead: Schools here had 8 strike days. They ran from 1 February to 7 July 2023.
key
notes: 1 + 0
rows: plain"),
        // No role yet: no lead, the count after the headline.
        ("london", None, "2026-12-07", Lang::En, "
lead: -
count
notes: 0 + 0
rows: plain"),
    ];
    for &(at, role, on, lang, expected) in cases {
        check(&d, at, role, on, lang, expected);
    }
}

#[test]
fn council_days_are_never_counted_as_the_readers_own() {
    let d = rolling();
    let cases: &[(&str, Option<&str>, &str)] = &[
        // The rolling file (format 6: its parents are `affected`) for a reader who gave only their region: the count first, with the council days apart.
        ("scotland", Some("parent"), "
lead: Schools here had 1 strike day. It was on 16 January 2023. 2 more strike days for some schools here only: they may affect yours.
steps: 0, calendar
key
notes: 0 + 0
rows: plain"),
        // A Fife teacher on their council's day: both days theirs, present perfect.
        ("scotland@S12000047", Some("teacher"), "
lead: Your group has been asked to strike on both strike days.
steps: 0, calendar
key
notes: 0 + 0
rows: call (said: yes)"),
        // A Scottish teacher who gave no council: only the day for the whole region is theirs; the count says the council days.
        ("scotland", Some("teacher"), "
lead: Your group was asked to strike on the one strike day.
count
steps: 0, calendar
key
notes: 0 + 0
rows: call (said: yes)"),
        // Highland: no council day, the one national day.
        ("scotland@S12000017", Some("parent"), "
lead: Schools here had 1 strike day. It was on 16 January 2023.
key
notes: 0 + 0
rows: plain"),
    ];
    for &(at, role, expected) in cases {
        check(&d, at, role, "2023-01-17", Lang::En, expected);
    }
}

/// `tests/fixtures/unreported.json` as a format-7 file (its parents of kind `parent`), with its
/// first day (for all of Scotland) called off; `whole` makes its second (Edinburgh's, not
/// reported) a day for all of Scotland, and drops Fife's; `both` calls that one off too.
fn all_called_off(whole: bool, both: bool) -> Dispute {
    let text =
        std::fs::read_to_string("tests/fixtures/unreported.json").unwrap_or_else(|e| panic!("{e}"));
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    v["format"] = 7.into();
    for r in v["roles"].as_array_mut().expect("roles") {
        if r["id"] == "parent" {
            r["kind"] = "parent".into();
        }
    }
    let days = v["days"].as_array_mut().expect("days");
    days[0]["history"][1]["on"] = "2023-01-10".into();
    days[0]["history"][1]["status"] = "called-off".into();
    if whole {
        days.truncate(2);
        days[1].as_object_mut().expect("a day").remove("local");
        if both {
            days[1]["history"][1]["status"] = "called-off".into();
        }
    }
    data::parse(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_parent_is_not_told_no_day_went_ahead_where_one_may_have() {
    // Scotland's own day was called off, but Fife's went ahead (and Edinburgh's is not
    // reported): "No strike day here went ahead" would be untrue for a Fife parent who gave only
    // their region. The count says the council days.
    check(
        &all_called_off(false, false),
        "scotland",
        Some("parent"),
        "2023-02-01",
        Lang::En,
        "
lead: -
count
key
notes: 0 + 0
rows: closures",
    );
    // Two days set for all of Scotland, one called off and one that no report says went ahead:
    // not "the one set was postponed or called off".
    check(
        &all_called_off(true, false),
        "scotland",
        Some("parent"),
        "2023-02-01",
        Lang::En,
        "
lead: -
count
key
notes: 0 + 0
rows: closures",
    );
    // Where every day set was called off, the lead says so, and the count is not said again.
    check(
        &all_called_off(true, true),
        "scotland",
        Some("parent"),
        "2023-02-01",
        Lang::En,
        "
lead: No strike day here went ahead: both set were postponed or called off.
key
notes: 0 + 0
rows: closures",
    );
}

#[test]
fn a_staff_reader_whose_days_were_all_called_off_is_told_so_first() {
    // Not nothing: the count has no held day to count, so without a lead no sentence would say
    // what became of the two days set, and no row says a call (neither day asked anything).
    let d = all_called_off(true, true);
    check(
        &d,
        "scotland",
        Some("teacher"),
        "2023-02-01",
        Lang::En,
        "
lead: No strike day here went ahead: both set were postponed or called off.
key
notes: 0 + 0
rows: call",
    );
}
