//! Every word the widget itself says to a reader, and how it writes dates.
//!
//! The facts' own text comes from the data file; everything else a reader sees or hears is here,
//! so that a Welsh version is one more implementation of the same functions. It must not decide
//! anything (which days, which notes): it only words what `explain` decided.

use crate::explain::DayStatus;
use crate::model::{Date, PartialDate, Weekday};

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

/// `Wednesday 1 February 2023`.
pub fn long_date(d: Date) -> String {
    format!("{} {}", weekday(d.weekday()), date(d))
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
pub const SOURCE: &str = "Source";
pub const SOURCES: &str = "Sources";
pub const NEW_TAB: &str = "(opens in a new tab)";
pub const CALLED_OUT: &str = "Called out to strike";
pub const YOU_CALLED_OUT: &str = "Your group was called out.";
pub const YOU_NOT_CALLED_OUT: &str = "Your group was not called out.";
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
pub const PLACE_LABEL: &str = "Find your area";
pub const PLACE_HINT: &str = "Town, council, county or postcode";
pub const PLACE_RESULTS: &str = "Places found";
pub const PLACE_NONE: &str =
    "No place found. Try a town, a council or the first half of a postcode.";

/// A search result's kind, as the reader reads it.
pub fn place_kind(k: crate::places::Kind) -> &'static str {
    use crate::places::Kind;
    match k {
        Kind::Postcode => "postcode",
        Kind::District => "postcode district",
        Kind::Area => "postcode area",
        Kind::City => "city",
        Kind::Town => "town",
        Kind::County => "county",
        Kind::Council => "council",
        Kind::FormerCouncil => "former council",
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
pub fn place_chosen(place: &str, region: &str) -> String {
    format!("{place} is in {region}.")
}

pub const ICS_SUMMARY: &str = "Teachers' strike day";
pub const ADD_TO_CALENDAR: &str = "Add these days to my calendar";
pub const COPY_LINK: &str = "Copy a link to this answer";
pub const LINK_COPIED: &str = "Link copied.";
pub const LINK_NOT_COPIED: &str = "Could not copy. The link is below: select it and copy it.";
pub const LINK_LABEL: &str = "Link to this answer";
pub const FORGET: &str = "Forget my choice";
pub const FORGOTTEN: &str = "Your choice is forgotten on this device.";
pub const REMEMBERED: &str = "Your choice is remembered in this browser only, for next time.";
pub const NOT_REMEMBERED: &str = "Nothing is remembered about you.";
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

/// What the polite live region says after the reader changes their choice.
pub fn announcement(region: &str, role: Option<&str>, headline: &str, days: usize) -> String {
    let who = role
        .map(|r| format!(", as {}", r.to_lowercase()))
        .unwrap_or_default();
    format!("Showing {region}{who}. {headline} {}", day_count(days))
}

pub fn checked_on(d: Date) -> String {
    format!("Facts checked on {}.", date(d))
}

/// `Schools Week, 16 January 2023`, or with a title `Camden NEU, “Hardship fund”, 2023`.
pub fn source_citation(publisher: &str, title: Option<&str>, published: PartialDate) -> String {
    match title {
        Some(title) => format!("{publisher}, “{title}”, {}", partial_date(published)),
        None => format!("{publisher}, {}", partial_date(published)),
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
}
