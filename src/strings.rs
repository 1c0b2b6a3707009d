//! Every word the widget itself says to a reader, and how it writes dates.
//!
//! The facts' own text comes from the data file; everything else a reader sees or hears is here,
//! so that a Welsh version is one more implementation of the same functions. It must not decide
//! anything (which days, which notes): it only words what `explain` decided.

use crate::explain::{DayStatus, Headline};
use crate::model::{CalledOut, Date, Dispute, PartialDate, StrikeDay, Weekday};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

pub fn weekday(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// `1 February 2023`.
pub fn date(d: Date) -> String {
    format!("{} {} {}", d.day(), month_name(d.month()), d.year())
}

/// `1 Feb`, for a day chip.
pub fn short_date(d: Date) -> String {
    format!("{} {}", d.day(), &month_name(d.month())[..3])
}

/// A day chip's accessible name, which starts with what the chip shows (`1 Feb`), so that a
/// reader using speech input can say it: `1 Feb 2023, Wednesday: Went ahead. Show this day.`
pub fn chip_label(d: Date, s: DayStatus) -> String {
    format!(
        "{} {}, {}: {}. Show this day.",
        short_date(d),
        d.year(),
        weekday(d.weekday()),
        status(s)
    )
}

/// How many strike days hit the reader's area and when; `dropped` more were postponed, suspended
/// or called off.
pub fn days_summary(
    held: usize,
    first: Date,
    last: Date,
    all_past: bool,
    dropped: usize,
) -> String {
    let span = if first == last {
        format!("on {}", date(first))
    } else if first.year() == last.year() {
        format!(
            "from {} {} to {}",
            first.day(),
            month_name(first.month()),
            date(last)
        )
    } else {
        format!("from {} to {}", date(first), date(last))
    };
    let days = if held == 1 {
        "1 strike day".to_owned()
    } else {
        format!("{held} strike days")
    };
    let when = match (held, all_past) {
        (1, true) => "It was",
        (1, false) => "It is",
        (_, true) => "They ran",
        (_, false) => "They run",
    };
    let main = if all_past {
        format!("Schools here had {days}. {when} {span}.")
    } else {
        format!("Schools here have {days} set. {when} {span}.")
    };
    match dropped {
        0 => main,
        1 => format!("{main} 1 more was postponed or called off."),
        n => format!("{main} {n} more were postponed or called off."),
    }
}

/// The summary of the notes kept behind a disclosure.
pub fn more_points(n: usize) -> String {
    if n == 1 {
        "1 more point".into()
    } else {
        format!("{n} more points")
    }
}

/// `Wednesday 1 February 2023`.
/// `Wednesday 1 February`, where the year is said nearby.
pub fn day_and_date(d: Date) -> String {
    format!(
        "{} {} {}",
        weekday(d.weekday()),
        d.day(),
        month_name(d.month())
    )
}

pub fn long_date(d: Date) -> String {
    format!("{} {}", weekday(d.weekday()), date(d))
}

pub const UNDATED: &str = "undated";
/// Said of a source whose link goes to a republished copy, not the publisher's own page.
pub const REPUBLISHED_COPY: &str = "republished copy";

/// A source marker: `[12]`, the source's number in the list at the end.
pub fn source_number(n: usize) -> String {
    format!("[{n}]")
}

/// What a source marker says to a screen reader after its visible number: the citation in
/// full (the marker's name is the two together, so it starts with what is seen).
pub fn source_marker_rest(citation: &str) -> String {
    format!(" source: {citation} {NEW_TAB}")
}

/// A source's date, or that it has none.
pub fn published(p: Option<PartialDate>) -> String {
    p.map_or_else(|| UNDATED.to_owned(), partial_date)
}

/// `16 January 2023`, `November 2022` or `2023`: no more precise than the source is.
pub fn partial_date(p: PartialDate) -> String {
    match p {
        PartialDate::Year(y) => y.to_string(),
        PartialDate::Month(y, m) => format!("{} {y}", month_name(m)),
        PartialDate::Day(d) => date(d),
    }
}

pub const REGION_LABEL: &str = "Your area";
pub const REGION_PLACEHOLDER: &str = "Choose an area…";
pub const ROLE_LABEL: &str = "You are";
pub const ROLE_PLACEHOLDER: &str = "Choose who you are…";
pub const CHOOSE_REGION: &str =
    "Choose your area to see the strike days there and what each one meant.";
pub const CHOOSE_ROLE: &str = "Choose who you are to see what the strikes mean for you.";
pub const FOR_YOU: &str = "What it means for you";
pub const IN_GENERAL: &str = "In your area";
pub const DAYS_HEADING: &str = "Strike days";
pub const HISTORY: &str = "How this day unfolded";
pub const FIGURES: &str = "Background figures";
pub const ALL_SOURCES: &str = "All sources";
pub const NEW_TAB: &str = "(opens in a new tab)";
pub const CALLED_OUT: &str = "Called out to strike";
pub const CLOSURES: &str = "Schools open and closed on strike days";
pub const CLOSURE_DAY: &str = "Day and place";
pub const CLOSED: &str = "Closed";
pub const PARTLY_OPEN: &str = "Partly open";
pub const FULLY_OPEN: &str = "Fully open";
pub const NOT_GIVEN: &str = "not given";
pub const CLOSURES_NOTE: &str = "Shares of the schools that sent in figures. Where the fully open share is not given, the source gave only the other two.";

/// `45.9%`, `6%`: a share of schools, from tenths of a percent, without a float.
pub fn percent(t: crate::model::Tenths) -> String {
    match t.0 % 10 {
        0 => format!("{}%", t.0 / 10),
        tenth => format!("{}.{tenth}%", t.0 / 10),
    }
}

pub const STORY: &str = "How the dispute unfolded";
pub const REPLAY: &str = "See it as it was on another day";
pub const REPLAY_SLIDER: &str = "Move through the dispute";
pub const REPLAY_DATE: &str = "Or pick a date";
pub const BACK_TO_TODAY: &str = "Back to today";

/// Said above the answer while it shows another day than today.
pub fn replaying(on: Date) -> String {
    format!(
        "You are seeing this as it was on {}, not today.",
        long_date(on)
    )
}

/// What a strike call said to the reader's own group.
pub fn called_out(answer: &CalledOut) -> String {
    match answer {
        CalledOut::Yes => "Your group was called out to strike.".into(),
        CalledOut::No => "Your group was not called out.".into(),
        CalledOut::Members(union) => format!("Only {union} members in your group were called out."),
        CalledOut::MayJoin => {
            "Your group was not called out, but could lawfully join the strike.".into()
        }
        CalledOut::Unconfirmed => "It is not confirmed whether your group was called out.".into(),
    }
}

/// What every strike day here asked of the reader's group, said once above the days.
pub fn called_out_every_day(answer: &CalledOut) -> String {
    match answer {
        CalledOut::Yes => "Your group was called out for each of these days.".into(),
        CalledOut::No => "Your group was not called out for any of these days.".into(),
        CalledOut::Members(union) => {
            format!("Only {union} members in your group were called out, for each of these days.")
        }
        CalledOut::MayJoin => {
            "Your group was not called out for these days, but could lawfully join the strikes."
                .into()
        }
        CalledOut::Unconfirmed => {
            "It is not confirmed whether your group was called out for these days.".into()
        }
    }
}

/// Who a strike call called out, in the dispute's order of roles, each group qualified where
/// only some of it was: `Teacher in the NEU; School support staff (NEU members only)`.
pub fn called_out_groups(d: &Dispute, day: &StrikeDay) -> String {
    let groups: Vec<String> = d
        .role_ids()
        .filter_map(|role| {
            let call = day.call_for(role)?;
            called_out_group(&d.role(role).name, &call.answer)
        })
        .collect();
    role_list(groups.iter().map(String::as_str))
}

/// What the calls said to the reader's group across their days, for the screen-reader
/// announcement: one sentence when every day said the same, else a pointer to the days.
pub fn called_out_summary<'a>(answers: impl IntoIterator<Item = &'a CalledOut>) -> Option<String> {
    let mut answers = answers.into_iter();
    let first = answers.next()?;
    Some(if answers.all(|a| a == first) {
        called_out(first)
    } else {
        "What your group was asked to do differs from day to day: see each day.".into()
    })
}

/// A group in the list of who was called out, qualified where only some of it was; `None` for
/// a group that was not called out.
pub fn called_out_group(name: &str, answer: &CalledOut) -> Option<String> {
    match answer {
        CalledOut::Yes => Some(name.to_owned()),
        CalledOut::Members(union) => Some(format!("{name} ({union} members only)")),
        CalledOut::Unconfirmed => Some(format!("{name} (not confirmed)")),
        CalledOut::No | CalledOut::MayJoin => None,
    }
}
pub const STRIKE_DAY: &str = "strike day";
pub const LIST_VIEW: &str = "List";
pub const CALENDAR_VIEW: &str = "Calendar";
pub const VIEW_LABEL: &str = "Show the days as";
pub const LEGEND_COMING: &str = "Coming up or today";
pub const WEEKDAYS_SHORT: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
pub const WEEKDAYS_LONG: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub const PLACE_LABEL: &str = "Where is your school?";
pub const PLACE_HINT: &str = "Town, council or postcode";
pub const REGION_FALLBACK_LABEL: &str = "Or choose an area";
pub const WHERE_CHOSEN: &str = "School area:";
pub const CHANGE: &str = "Change";
pub const CHANGE_LABEL: &str = "Change where your school is";
pub const IS_IN: &str = "is in";
/// Drawn between a place and its area, and between a choice and "Change"; hidden from screen
/// readers, which hear `IS_IN` instead of the arrow.
pub const PLACE_TO_AREA: &str = " → ";
pub const SEPARATOR: &str = " · ";
pub const PLACE_RESULTS: &str = "Places found";
pub const PLACE_NONE: &str =
    "No place found. Try a town, a council or the first half of a postcode.";

/// A search result's kind, as the reader reads it.
pub fn place_kind(k: crate::places::Kind) -> &'static str {
    use crate::places::Kind;
    match k {
        Kind::Postcode => "Postcode",
        Kind::District => "Postcode district",
        Kind::Area => "Postcode area",
        Kind::City => "City",
        Kind::Town => "Town",
        Kind::County => "County",
        Kind::Council => "Council",
        Kind::FormerCouncil => "Former council",
    }
}

/// How many places a search found, for screen readers.
pub fn place_count(n: usize) -> String {
    match n {
        0 => PLACE_NONE.to_owned(),
        1 => "1 place found. Use the arrow keys to reach it.".to_owned(),
        n => format!("{n} places found. Use the arrow keys to choose."),
    }
}

/// Said when the reader picks a place.
/// A suggestion's name: `CH4, Chester` (a postcode with its post town), or the place alone.
pub fn place_name(name: &str, town: &str) -> String {
    if town.is_empty() {
        name.to_owned()
    } else {
        format!("{name}, {town}")
    }
}

/// A suggestion's detail: `Town, South East`; `Postcode district, partly in Wales` for each side
/// of a place that crosses a boundary.
pub fn place_detail(kind: crate::places::Kind, region: &str, split: bool) -> String {
    let sep = if split { ", partly in " } else { ", " };
    format!("{}{sep}{region}", place_kind(kind))
}

pub fn place_chosen(place: &str, region: &str) -> String {
    format!("{place} is in {region}.")
}

pub const ICS_SUMMARY: &str = "Teachers' strike day";
pub const ADD_TO_CALENDAR: &str = "Add these days to my calendar";
pub const COPY_LINK: &str = "Share this answer";
pub const LINK_COPIED: &str = "Link copied.";
pub const LINK_NOT_COPIED: &str = "Could not copy. The link is below: select it and copy it.";
pub const LINK_LABEL: &str = "Link to this answer";
pub const FORGET: &str = "Forget my choice";
pub const FORGOTTEN: &str = "Your choice is forgotten on this device.";
pub const REMEMBERED: &str = "Remembered in this browser.";
pub const NO_STORAGE: &str = "This browser does not let the explainer remember your choice.";

/// The roles called out on a day, in data order: `Teacher in the NEU; Sixth-form college staff`.
pub fn role_list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().collect::<Vec<_>>().join("; ")
}

/// The one-line status of a strike day, as a badge.
pub fn status(s: DayStatus) -> String {
    match s {
        DayStatus::Upcoming { days } => format!("In {days} days"),
        DayStatus::Tomorrow => "Tomorrow".into(),
        DayStatus::Today => "Today".into(),
        DayStatus::WentAhead => "Went ahead".into(),
        DayStatus::Postponed { to: Some(to) } => format!("Postponed to {}", date(to)),
        DayStatus::Postponed { to: None } => "Postponed".into(),
        DayStatus::Suspended => "Suspended".into(),
        DayStatus::CalledOff => "Called off".into(),
        DayStatus::Unconfirmed => "Not yet confirmed".into(),
    }
}

/// A history entry's status, in the past tense of the day it changed.
pub fn change(s: crate::model::Status) -> String {
    use crate::model::Status;
    match s {
        Status::Planned => "Planned".into(),
        Status::Postponed { to: Some(to) } => format!("Postponed to {}", date(to)),
        Status::Postponed { to: None } => "Postponed".into(),
        Status::Suspended => "Suspended".into(),
        Status::CalledOff => "Called off".into(),
        Status::WentAhead => "Went ahead".into(),
    }
}

pub fn over(on: Date) -> String {
    format!("The dispute here is over: it ended on {}.", date(on))
}

/// Over for the reader's own group, which settled apart from the rest (the details say how, and
/// what the sources do not record).
pub fn over_for_you(on: Date) -> String {
    format!("Your group's pay was settled on its own, on {}.", date(on))
}

/// Over for most here, but not (or not known to be) for the reader's group; the details say
/// what is known.
pub fn not_over_for_you(main: Date) -> String {
    format!(
        "The dispute here ended on {}. But the sources do not say it ended for your group.",
        date(main)
    )
}

pub fn not_in_dispute(region: &str) -> String {
    format!("No strike days of this dispute took place in {region}.")
}

pub fn next(on: Date, s: DayStatus) -> String {
    match s {
        DayStatus::Today => format!("There is a strike today, {}.", long_date(on)),
        DayStatus::Tomorrow => format!("The next strike day is tomorrow, {}.", long_date(on)),
        DayStatus::Upcoming { days } => {
            format!("The next strike day is {}, in {days} days.", long_date(on))
        }
        _ => format!("The next strike day is {}.", long_date(on)),
    }
}

pub fn none_scheduled(region: &str) -> String {
    format!("No strike days are set in {region} at the moment.")
}

/// How many days the answer lists, for the screen-reader announcement.
pub fn day_count(n: usize) -> String {
    match n {
        0 => "No strike days listed.".into(),
        1 => "1 strike day listed.".into(),
        n => format!("{n} strike days listed."),
    }
}

/// What the polite live region says after the reader changes their choice; `yours` is what
/// the calls said to the reader's group (`called_out_summary`).
pub fn announcement(
    region: &str,
    role: Option<&str>,
    headline: &str,
    days: usize,
    yours: Option<String>,
) -> String {
    let who = role
        .map(|r| format!(", as {}", r.to_lowercase()))
        .unwrap_or_default();
    let yours = yours.map(|y| format!(" {y}")).unwrap_or_default();
    format!(
        "Showing {region}{who}. {headline} {}{yours}",
        day_count(days)
    )
}

pub fn checked_on(d: Date) -> String {
    format!("Facts checked on {}.", date(d))
}

/// A source's date, and whether its link is a copy: `31 January 2023 (republished copy)`.
pub fn source_date(published: Option<PartialDate>, copy: bool) -> String {
    let date = self::published(published);
    if copy {
        format!("{date} ({REPUBLISHED_COPY})")
    } else {
        date
    }
}

/// `Schools Week, 16 January 2023`, or with a title `Camden NEU, “Hardship fund”, 2023`; a link
/// to a copy on another site says so: `Daily Mail, 31 January 2023 (republished copy)`.
pub fn source_citation(
    publisher: &str,
    title: Option<&str>,
    published: Option<PartialDate>,
    copy: bool,
) -> String {
    let date = source_date(published, copy);
    match title {
        Some(title) => format!("{publisher}, “{title}”, {date}"),
        None => format!("{publisher}, {date}"),
    }
}

/// The headline as plain text: shown above, and said by the screen-reader announcement.
pub fn headline(headline: &Headline<'_>, region_name: &str) -> String {
    match headline {
        // `explain` only says Over for an ending dated by the reader's date.
        Headline::Over(ending) => match (ending.on, ending.roles.is_some()) {
            (Some(on), false) => over(on),
            (Some(on), true) => over_for_you(on),
            (None, _) => ending.body.text.clone(),
        },
        Headline::NotOverForYou { main, .. } => match main.on {
            Some(on) => not_over_for_you(on),
            None => main.body.text.clone(),
        },
        Headline::NotInDispute => not_in_dispute(region_name),
        Headline::Next { date, status } => next(*date, *status),
        Headline::Stands(event) => event.stands.clone().unwrap_or_default(),
        Headline::NoneScheduled => none_scheduled(region_name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let d: Date = input.parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(long_date(d), expected);
    }

    #[test]
    fn dates_are_written_out_in_british_style() {
        check("2023-02-01", "Wednesday 1 February 2023");
        check("2023-03-16", "Thursday 16 March 2023");
        check("2023-07-07", "Friday 7 July 2023");
        check("2026-11-24", "Tuesday 24 November 2026");
    }

    fn check_citation(
        (publisher, title, published, copy): (&str, Option<&str>, Option<&str>, bool),
        expected: &str,
    ) {
        let published = published.map(|p| p.parse().unwrap_or_else(|e| panic!("{p}: {e}")));
        assert_eq!(source_citation(publisher, title, published, copy), expected);
    }

    #[test]
    fn citations_name_the_publisher_title_and_date_and_say_when_the_link_is_a_copy() {
        check_citation(
            ("Schools Week", None, Some("2023-01-16"), false),
            "Schools Week, 16 January 2023",
        );
        check_citation(
            ("Camden NEU", Some("Hardship fund"), Some("2023"), false),
            "Camden NEU, “Hardship fund”, 2023",
        );
        check_citation(
            ("Tes community forum", None, None, false),
            "Tes community forum, undated",
        );
        // Issue #10: the original publisher is named, and the reader is told the link is a copy.
        check_citation(
            ("Daily Mail", None, Some("2023-01-31"), true),
            "Daily Mail, 31 January 2023 (republished copy)",
        );
        check_citation(
            (
                "Chronicle",
                Some("Support staff won't strike"),
                Some("2023-01"),
                true,
            ),
            "Chronicle, “Support staff won't strike”, January 2023 (republished copy)",
        );
    }
}
