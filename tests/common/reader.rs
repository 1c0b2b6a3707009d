//! Everything a reader can make the core do with one checked dispute, for the tests that feed it
//! files nobody wrote by hand: `tests/generated.rs` and the fuzz target `fuzz/fuzz_targets/dispute.rs`
//! (which includes this file by path, so the two ask the same questions).
//!
//! It answers every region × every role (and no role) × every date a reader could land on, in
//! both languages, and words, calendars and lays out what it gets the way the widget's components
//! do; a panic anywhere, or a broken promise of the core (asserted below), is a finding. It must
//! not check what the answers say about the bundled dispute (that is `tests/explain.rs`) or
//! reject files (that is `data::parse`).

use strike_explainer::explain::{self, Answer, DayStatus};
use strike_explainer::lang::Lang;
use strike_explainer::model::{
    Council, Date, Dispute, PartialDate, Reach, RegionId, RoleId, Status, Where,
};
use strike_explainer::month_grid::{self, Move};
use strike_explainer::options::{RawOptions, resolve};
use strike_explainer::places::{self, Place};
use strike_explainer::strings::{self, Words};
use strike_explainer::{ics, present, share};

const MS_PER_DAY: i64 = 86_400_000;

const MOVES: [Move; 8] = [
    Move::PreviousDay,
    Move::NextDay,
    Move::PreviousWeek,
    Move::NextWeek,
    Move::WeekStart,
    Move::WeekEnd,
    Move::PreviousMonth,
    Move::NextMonth,
];

/// The dates worth asking about: each strike day, the day before and after it, each history
/// date and new date, each ending, each note's `from` and `until` and the day before each,
/// each story event's first and last day, `checked_on`, the replay span's ends, and dates far
/// before and after anything in the file. Sorted, distinct.
pub fn dates(d: &Dispute) -> Vec<Date> {
    let mut out = vec![
        d.checked_on,
        // The bounds of what the data file can say (`0000`..`9999`), and far beyond them.
        Date::from_days_since_epoch(-719_528),
        Date::from_days_since_epoch(2_932_896),
        Date::from_days_since_epoch(-10_000_000),
        Date::from_days_since_epoch(10_000_000),
    ];
    let (start, end) = explain::span(d);
    out.extend([start, end]);
    for day in &d.days {
        out.extend([day.date.add_days(-1), day.date, day.date.add_days(1)]);
        for h in &day.history {
            out.push(h.on);
            if let Status::Postponed { to: Some(to) } = h.status {
                out.push(to);
            }
        }
    }
    out.extend(d.endings.iter().filter_map(|e| e.on));
    for n in &d.notes {
        out.extend(
            n.from
                .iter()
                .chain(&n.until)
                .flat_map(|&on| [on.add_days(-1), on]),
        );
    }
    for e in &d.story {
        out.extend([e.on.first_day(), e.on.last_day()]);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Reads `d` as every reader could; returns how many answers it asked for.
pub fn read_everything(d: &Dispute) -> usize {
    let dates = dates(d);
    let roles: Vec<Option<RoleId>> = std::iter::once(None)
        .chain(d.role_ids().map(Some))
        .collect();
    // A calendar file costs as much as the rest of an answer twenty times over, so it is made
    // on three dates only: the first strike day (days upcoming, one today), the date the facts
    // were checked, and the last date (every day announced, in its final state).
    let calendar_dates = [
        d.days.first().map(|x| x.date),
        Some(d.checked_on),
        dates.last().copied(),
    ];
    let mut answers = 0;
    for lang in Lang::ALL {
        let w = strings::words(lang);
        cite_everything(w, d);
        for region in d.region_ids() {
            // The calendar view shows the days announced by the last date a reader can choose,
            // the most any earlier date can show.
            if let Some(&last) = dates.last() {
                lay_out(&explain::explain(d, region, None, last));
            }
            for &role in &roles {
                check_options(d, region, role);
                for &today in &dates {
                    let answer = explain::explain(d, region, role, today);
                    check_answer(&answer, today);
                    word(w, d, region, role, &answer, today);
                    if calendar_dates.contains(&Some(today)) {
                        calendar(w, d, region, role, &answer, today);
                    }
                    answers += 1;
                }
            }
        }
    }
    answers + ask_by_council(d, &dates)
}

/// Asks as a reader whose council is known, for every council a local call names (and the
/// council each former one became part of), on every date; returns how many answers. Keeps
/// `explain`'s promises about councils (issue #20): such a reader is told a subset of what a
/// reader who gave only the region is told, and a call that named their council is theirs.
fn ask_by_council(d: &Dispute, dates: &[Date]) -> usize {
    let mut councils: Vec<Council> = Vec::new();
    for local in d.days.iter().filter_map(|day| day.local.as_ref()) {
        for c in &local.councils {
            councils.push(c.clone());
            councils.extend(c.part_of.clone().map(Council::new));
        }
    }
    councils.dedup();
    let mut answers = 0;
    for region in d.region_ids() {
        for council in &councils {
            let at = Where {
                region,
                council: Some(council.clone()),
            };
            for &today in dates {
                let mine = explain::explain(d, at.clone(), None, today);
                check_answer(&mine, today);
                let all = explain::explain(d, region, None, today);
                for a in &mine.days {
                    assert!(
                        all.days.iter().any(|b| std::ptr::eq(a.day, b.day)),
                        "{} is told to a reader in {} but not to one in its region",
                        a.day.date,
                        council.code
                    );
                    let named = a
                        .day
                        .local
                        .as_ref()
                        .is_some_and(|l| l.councils.iter().any(|c| c.code == council.code));
                    assert!(
                        !named
                            || matches!(a.reach, Reach::Whole | Reach::Part { councils: None, .. }),
                        "{}: a call naming {} is told to its reader as someone else's",
                        a.day.date,
                        council.code
                    );
                }
                answers += 1;
            }
        }
    }
    answers
}

/// What the place search offers for `query` in each language, each result's regions mapped to
/// `d`'s own when there is a dispute; returns how many places were offered.
pub fn search_places(d: Option<&Dispute>, query: &str) -> usize {
    let mut offered = 0;
    for lang in Lang::ALL {
        let found: Vec<Place<'_>> = places::bundled().search_in(query, 8, lang);
        assert!(found.len() <= 8, "more places than asked for: {query:?}");
        for place in &found {
            assert!(!place.parts.is_empty(), "{place:?} lies nowhere");
            assert!(place.codes().next().is_some(), "{place:?} has no code");
            let _ = strings::place_name(place.name_in(lang), place.town);
            if let Some(d) = d {
                let _ = place.resolve(|code| d.region_by_place(code)).len();
            }
        }
        offered += found.len();
    }
    offered
}

/// The promises `explain` makes about every answer.
fn check_answer(a: &Answer<'_>, today: Date) {
    assert!(
        a.days.windows(2).all(|p| p[0].day.date <= p[1].day.date),
        "days out of date order on {today}"
    );
    for day in &a.days {
        assert!(!day.history.is_empty(), "a day with no history on {today}");
        assert!(
            day.history.iter().all(|h| h.on <= today),
            "a history entry from after {today}"
        );
    }
    assert!(
        a.story.iter().all(|e| e.on.last_day() <= today),
        "a story event from after {today}"
    );
    for note in a
        .notes
        .iter()
        .chain(a.days.iter().flat_map(|x| x.notes.iter()))
    {
        assert!(!note.body.sources.is_empty(), "an unsourced note");
    }
    for c in &a.closures {
        assert!(
            c.date <= today,
            "schools' figures for {} on {today}",
            c.date
        );
    }
}

/// Everything the widget words from one answer, as its components do, and its calendar file.
fn word(
    w: &dyn Words,
    d: &Dispute,
    region: RegionId,
    role: Option<RoleId>,
    a: &Answer<'_>,
    today: Date,
) {
    let lang = w.lang();
    let area = d.region(region);
    let headline = strings::headline(w, &a.headline, area);
    assert!(!headline.trim().is_empty(), "an empty headline on {today}");
    let held: Vec<&explain::DayAnswer<'_>> = a.days.iter().filter(|x| x.status.is_held()).collect();
    if let (Some(first), Some(last)) = (held.first(), held.last()) {
        let all_past = held.iter().all(|x| x.status == DayStatus::WentAhead);
        let _ = w.days_summary(
            held.len(),
            first.day.date,
            last.day.date,
            all_past,
            a.days.iter().filter(|x| x.status.is_dropped()).count(),
        );
    }
    // Strike days announced without dates (issue #20), and days no report says went ahead.
    for p in &a.programmes {
        let _ = strings::programme(w, p);
        let _ = p.programme.text.get(lang);
    }
    let _ = w.not_reported_days(a.days.len(), !held.is_empty());
    // What the card says first, once and on each row (issue #21), as the widget lays it out.
    let card = present::card(d, a, role);
    let lead = card.lead.as_ref().and_then(|l| strings::lead(w, l, a));
    assert!(
        card.steps.is_empty() || card.calendar,
        "next steps shown with no day ahead"
    );
    for x in &a.days {
        let _ = card.rows.call_on(x).map(|c| w.called_out(c));
        if let Some(c) = card.rows.closure_on(a, x) {
            let _ = strings::closure_line(w, c);
        }
    }
    let _ = w.announcement(
        area.name.get(lang),
        role.map(|r| d.role(r).name.get(lang)),
        &headline,
        a.days.len(),
        lead,
    );
    let _ = w.replaying(today);
    for x in &a.days {
        let _ = (w.status(x.status), w.chip_label(x.day.date, x.status));
        let _ = (w.long_date(x.day.date), w.day_and_date(x.day.date));
        let _ = (w.short_date(x.day.date), w.date(x.day.date));
        let _ = w.called_out_line(&strings::called_out_groups(w, d, x.day));
        let _ = x.day.hours.as_ref().map(|h| w.hours(h));
        if let Some(local) = &x.day.local {
            let _ = w.only_in(&strings::council_names(w, &local.councils));
        }
        if let Some(call) = x.called_out {
            let _ = w.called_out(&call.answer);
            let _ = call.note.as_ref().map(|n| n.get(lang).len());
        }
        for h in x.history {
            let _ = (
                w.date(h.on),
                w.change(h.status),
                w.change_sentence(h.status),
            );
        }
        for n in &x.notes {
            let _ = n.text(a.is_over()).get(lang);
        }
    }
    for n in &a.notes {
        let _ = n.text(a.is_over()).get(lang);
    }
    for e in &a.story {
        let _ = w.partial_date(e.on);
    }
    for c in &a.closures {
        let _ = (strings::percent(c.partly), strings::percent(c.closed));
        let _ = c.open.map(strings::percent);
        let _ = w.closure_row(c.date, c.label.get(lang));
    }
}

/// The answer's calendar file, stamped at noon UTC on the reader's date as a download that day
/// would be, and its shape: one calendar, one event per day, lines of at most 75 octets ended
/// by CRLF.
fn calendar(
    w: &dyn Words,
    d: &Dispute,
    region: RegionId,
    role: Option<RoleId>,
    a: &Answer<'_>,
    today: Date,
) {
    let now = today.days_since_epoch().saturating_mul(MS_PER_DAY) + MS_PER_DAY / 2;
    let at = region.into();
    let text = ics::calendar(w, d, a, &at, role, today, now);
    let _ = ics::file_name(d, &at);
    assert!(
        text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"),
        "not one calendar"
    );
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(
        lines.iter().all(|l| l.len() <= 75 && !l.contains('\n')),
        "a calendar line over 75 octets or with a bare line break"
    );
    let events = lines.iter().filter(|l| **l == "BEGIN:VEVENT").count();
    // Only the days still ahead on the reader's date: those to come and those dropped.
    let ahead = a.days.iter().filter(|x| x.day.date >= today).count();
    assert_eq!(events, ahead, "one event per day ahead");
}

/// The month grids of the calendar view, and every key a reader can press in them.
fn lay_out(a: &Answer<'_>) {
    let dates: Vec<Date> = a.days.iter().map(|x| x.day.date).collect();
    let months = month_grid::months_with_days(&dates);
    for &from in &dates {
        for m in MOVES {
            let _ = month_grid::step(&months, from, m);
        }
    }
}

/// A host's preset of this region and role (and a date) picks them again: the ids are the embed
/// API.
fn check_options(d: &Dispute, region: RegionId, role: Option<RoleId>) {
    let raw = RawOptions {
        region: Some(d.region(region).key.clone()),
        role: role.map(|r| d.role(r).key.clone()),
        today: Some(d.checked_on.to_string()),
        ..RawOptions::default()
    };
    let (options, _) = resolve(&raw, d);
    assert_eq!(
        options.at.map(|at| at.region),
        Some(region),
        "region id does not round-trip"
    );
    if role.is_some() {
        assert_eq!(options.role, role, "role id does not round-trip");
    }
    let choice = share::Choice {
        region: raw.region,
        council: None,
        role: raw.role,
        lang: None,
        on: None,
    };
    let _ = share::parse(&share::link("https://example.org/a#x=1", &choice));
}

/// Every source's citation, as the list of sources and the markers word it.
fn cite_everything(w: &dyn Words, d: &Dispute) {
    let _ = w.checked_on(d.checked_on);
    for (i, s) in d.sources.iter().enumerate() {
        let citation = w.source_citation(&s.publisher, Some(&s.title), s.published);
        let _ = w.source_marker_rest(&citation);
        let _ = (strings::source_number(i + 1), w.published(s.published));
        let _ = w.source_lead(&s.publisher, s.published);
        let _ = s.published.map(|p: PartialDate| w.partial_date(p));
    }
}
