//! English: every string of [`Words`](super::Words), and its sentences.

use super::Words;
use crate::explain::DayStatus;
use crate::model::{CalledOut, Date, PartialDate, Status, Weekday};
use crate::present::Tally;

/// British English.
pub struct En;

impl Words for En {
    fn lang(&self) -> crate::lang::Lang {
        crate::lang::Lang::En
    }

    fn language_label(&self) -> &'static str {
        "Language"
    }

    fn facts_only_in_english(&self) -> &'static str {
        "These facts are available in English only."
    }

    fn months(&self) -> [&'static str; 12] {
        [
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
        ]
    }

    fn undated(&self) -> &'static str {
        "undated"
    }

    fn region_placeholder(&self) -> &'static str {
        "Choose an area…"
    }

    fn role_label(&self) -> &'static str {
        "You are"
    }

    fn role_placeholder(&self) -> &'static str {
        "Choose who you are…"
    }

    fn choose_region(&self) -> &'static str {
        "Choose your area to see the strike days there and what each one meant."
    }

    fn choose_role(&self) -> &'static str {
        "Choose who you are to see what the strikes mean for you."
    }

    fn for_you(&self) -> &'static str {
        "What it means for you"
    }

    fn in_general(&self) -> &'static str {
        "In your area"
    }

    fn days_heading(&self) -> &'static str {
        "Strike days"
    }

    fn history(&self) -> &'static str {
        "How this day unfolded"
    }

    fn figures(&self) -> &'static str {
        "Background figures"
    }

    fn all_sources(&self) -> &'static str {
        "All sources"
    }

    fn new_tab(&self) -> &'static str {
        "(opens in a new tab)"
    }

    fn called_out_heading(&self) -> &'static str {
        "Asked by their union to strike"
    }

    fn closures(&self) -> &'static str {
        "Schools open and closed on strike days"
    }

    fn closure_day(&self) -> &'static str {
        "Day and place"
    }

    fn closed(&self) -> &'static str {
        "Closed"
    }

    fn partly_open(&self) -> &'static str {
        "Partly open"
    }

    fn fully_open(&self) -> &'static str {
        "Fully open"
    }

    fn not_given(&self) -> &'static str {
        "not given"
    }

    fn closures_note(&self) -> &'static str {
        "Shares of the schools that sent in figures. Where the fully open share is not given, the source gave only the other two."
    }

    fn story(&self) -> &'static str {
        "How the dispute unfolded"
    }

    fn replay(&self) -> &'static str {
        "See it as it was on another day"
    }

    fn replay_slider(&self) -> &'static str {
        "Move through the dispute"
    }

    fn replay_date(&self) -> &'static str {
        "Or pick a date"
    }

    fn back_to_today(&self) -> &'static str {
        "Back to today"
    }

    fn strike_day(&self) -> &'static str {
        "strike day"
    }

    fn list_view(&self) -> &'static str {
        "List"
    }

    fn calendar_view(&self) -> &'static str {
        "Calendar"
    }

    fn view_label(&self) -> &'static str {
        "Show the days as"
    }

    fn legend_coming(&self) -> &'static str {
        "Coming up or today"
    }

    fn weekdays_short(&self) -> [&'static str; 7] {
        ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    }

    fn weekdays_long(&self) -> [&'static str; 7] {
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ]
    }

    fn place_label(&self) -> &'static str {
        "Where is your school?"
    }

    fn place_hint(&self) -> &'static str {
        "Town, council or postcode"
    }

    fn region_fallback_label(&self) -> &'static str {
        "Or choose an area"
    }

    fn council_label(&self) -> &'static str {
        "Council area (optional)"
    }

    fn council_unsure(&self) -> &'static str {
        "Not sure (the whole area)"
    }

    fn where_chosen(&self) -> &'static str {
        "School area:"
    }

    fn change_button(&self) -> &'static str {
        "Change"
    }

    fn change_label(&self) -> &'static str {
        "Change where your school is"
    }

    fn place_in(&self, place: &str, within: &str) -> String {
        format!("{place}, {within}")
    }

    fn place_to_area(&self) -> &'static str {
        " → "
    }

    fn separator(&self) -> &'static str {
        " · "
    }

    fn place_results(&self) -> &'static str {
        "Places found"
    }

    fn place_none(&self) -> &'static str {
        "No place found. Type the first half of your postcode (such as LS6) or your council's name. Or choose your area from the list below."
    }

    fn ics_summary(&self) -> &'static str {
        "Teachers' strike day"
    }

    fn add_to_calendar(&self) -> &'static str {
        "Add these days to my calendar"
    }

    fn ics_next_steps(&self) -> &'static str {
        "Next steps"
    }

    fn calendar_saved(&self, file: &str, days: usize) -> String {
        // As "Link copied.": what happened first, then what to do with it.
        let (days, them) = if days == 1 {
            ("1 strike day".to_owned(), "it")
        } else {
            (format!("{days} strike days"), "them")
        };
        format!("File downloaded: {file} ({days}). Open it to add {them} to your calendar.")
    }

    fn calendar_not_saved(&self) -> &'static str {
        "Could not download the file in this browser."
    }

    fn copy_link(&self) -> &'static str {
        "Share this answer"
    }

    fn link_copied(&self) -> &'static str {
        "Link copied."
    }

    fn link_not_copied(&self) -> &'static str {
        "Could not copy. The link is below: select it and copy it."
    }

    fn link_label(&self) -> &'static str {
        "Link to this answer"
    }

    fn show_whole(&self) -> &'static str {
        "Show all of it"
    }

    fn forget(&self) -> &'static str {
        "Forget my choice"
    }

    fn forgotten(&self) -> &'static str {
        "Your choice is forgotten on this device."
    }

    fn remembered(&self) -> &'static str {
        "Remembered in this browser."
    }

    fn no_storage(&self) -> &'static str {
        "This browser does not let the explainer remember your choice."
    }

    fn weekday(&self, w: Weekday) -> &'static str {
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

    fn date(&self, d: Date) -> String {
        format!("{} {} {}", d.day(), self.month_name(d.month()), d.year())
    }

    fn short_date(&self, d: Date) -> String {
        format!("{} {}", d.day(), &self.month_name(d.month())[..3])
    }

    fn chip_label(&self, d: Date, s: DayStatus) -> String {
        format!(
            "{} {}, {}: {}. Show this day.",
            self.short_date(d),
            d.year(),
            self.weekday(d.weekday()),
            self.status(s)
        )
    }

    fn days_summary(
        &self,
        held: usize,
        first: Date,
        last: Date,
        all_past: bool,
        dropped: usize,
    ) -> String {
        let span = if first == last {
            format!("on {}", self.date(first))
        } else if first.year() == last.year() {
            format!(
                "from {} {} to {}",
                first.day(),
                self.month_name(first.month()),
                self.date(last)
            )
        } else {
            format!("from {} to {}", self.date(first), self.date(last))
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

    fn more_points(&self, n: usize) -> String {
        if n == 1 {
            "1 more point".into()
        } else {
            format!("{n} more points")
        }
    }

    fn day_and_date(&self, d: Date) -> String {
        format!(
            "{} {} {}",
            self.weekday(d.weekday()),
            d.day(),
            self.month_name(d.month())
        )
    }

    fn long_date(&self, d: Date) -> String {
        format!("{} {}", self.weekday(d.weekday()), self.date(d))
    }

    fn source_marker_rest(&self, citation: &str) -> String {
        format!(" source: {citation} {}", self.new_tab())
    }

    fn partial_date(&self, p: PartialDate) -> String {
        match p {
            PartialDate::Year(y) => y.to_string(),
            PartialDate::Month(y, m) => format!("{} {y}", self.month_name(m)),
            PartialDate::Day(d) => self.date(d),
        }
    }

    fn replaying(&self, on: Date) -> String {
        format!(
            "You are seeing this as it was on {}, not today.",
            self.long_date(on)
        )
    }

    fn as_of(&self, on: Date) -> String {
        format!(
            "These are the facts as they stood on {}.",
            self.long_date(on)
        )
    }

    fn reader(&self, area: &str, role: Option<&str>) -> String {
        match role {
            Some(role) => format!("{role}, {area}"),
            None => area.to_owned(),
        }
    }

    fn called_out(&self, answer: &CalledOut) -> String {
        match answer {
            CalledOut::Yes => "Your group was asked by its union to strike.".into(),
            CalledOut::No => "Your group was not asked to strike.".into(),
            CalledOut::Members(union) => {
                format!("Only {union} members in your group were asked to strike.")
            }
            CalledOut::MayJoin => {
                "Your group was not asked to strike, but could lawfully join the strike.".into()
            }
            CalledOut::Unconfirmed => {
                "It is not confirmed whether your group was asked to strike.".into()
            }
        }
    }

    fn called_out_group(&self, name: &str, answer: &CalledOut) -> Option<String> {
        match answer {
            CalledOut::Yes => Some(name.to_owned()),
            CalledOut::Members(union) => Some(format!("{name} ({union} members only)")),
            CalledOut::Unconfirmed => Some(format!("{name} (not confirmed)")),
            CalledOut::No | CalledOut::MayJoin => None,
        }
    }

    fn place_kind(&self, k: crate::places::Kind) -> &'static str {
        use crate::places::Kind;
        match k {
            Kind::Postcode => "Postcode",
            Kind::District => "Postcode district",
            Kind::Area => "Postcode area",
            Kind::City => "City",
            Kind::Town => "Town",
            Kind::Ward => "Ward",
            Kind::County => "County",
            Kind::Council => "Council",
            Kind::FormerCouncil => "Former council",
        }
    }

    fn place_count(&self, n: usize) -> String {
        match n {
            0 => self.place_none().to_owned(),
            1 => "1 place found. Use the arrow keys to reach it.".to_owned(),
            n => format!("{n} places found. Use the arrow keys to choose."),
        }
    }

    fn place_detail(
        &self,
        kind: crate::places::Kind,
        region: &str,
        within: &str,
        split: bool,
    ) -> String {
        if split {
            format!("{}, partly {within}", self.place_kind(kind))
        } else {
            format!("{}, {region}", self.place_kind(kind))
        }
    }

    fn place_chosen(&self, place: &str, within: &str) -> String {
        format!("{place} is {within}.")
    }

    fn place_outside(&self, kind: crate::places::Kind) -> String {
        format!("{}, outside this dispute's areas", self.place_kind(kind))
    }

    fn place_not_covered(&self, place: &str) -> String {
        format!("No area of this dispute covers {place}.")
    }

    fn place_index_loading(&self) -> &'static str {
        "Loading the places…"
    }

    fn place_index_failed(&self) -> &'static str {
        "The place search could not load. Choose your area from the list below."
    }

    fn status(&self, s: DayStatus) -> String {
        match s {
            DayStatus::Upcoming { days } => format!("In {days} days"),
            DayStatus::Tomorrow => "Tomorrow".into(),
            DayStatus::Today => "Today".into(),
            DayStatus::Planned => "Planned".into(),
            DayStatus::WentAhead => "Went ahead".into(),
            DayStatus::Postponed { to: Some(to) } => format!("Postponed to {}", self.date(to)),
            DayStatus::Postponed { to: None } => "Postponed".into(),
            DayStatus::Suspended => "Suspended".into(),
            DayStatus::CalledOff => "Called off".into(),
            DayStatus::Unconfirmed => "Not yet confirmed".into(),
            DayStatus::NotReported => "Announced; no report that it went ahead".into(),
        }
    }

    fn change(&self, s: crate::model::Status) -> String {
        use crate::model::Status;
        match s {
            Status::Planned => "Planned".into(),
            Status::Postponed { to: Some(to) } => format!("Postponed to {}", self.date(to)),
            Status::Postponed { to: None } => "Postponed".into(),
            Status::Suspended => "Suspended".into(),
            Status::CalledOff => "Called off".into(),
            Status::WentAhead => "Went ahead".into(),
            Status::NotReported => "No report that it went ahead".into(),
        }
    }

    fn over(&self, on: Date) -> String {
        format!("The dispute here is over: it ended on {}.", self.date(on))
    }

    fn over_for_you(&self, on: Date) -> String {
        format!(
            "Your group's pay was settled on its own, on {}.",
            self.date(on)
        )
    }

    fn not_over_for_you(&self, main: Date) -> String {
        format!(
            "The dispute here ended on {}. But the sources do not say it ended for your group.",
            self.date(main)
        )
    }

    fn not_over_for_you_see_below(&self, main: Date) -> String {
        format!(
            "The dispute here ended on {}. What is known for your group is below.",
            self.date(main)
        )
    }

    fn not_in_dispute(&self, within: &str) -> String {
        format!("No strike days of this dispute took place {within}.")
    }

    fn next(&self, on: Date, s: DayStatus) -> String {
        match s {
            DayStatus::Today => format!("There is a strike today, {}.", self.long_date(on)),
            DayStatus::Tomorrow => {
                format!("The next strike day is tomorrow, {}.", self.long_date(on))
            }
            DayStatus::Upcoming { days } => {
                format!(
                    "The next strike day is {}, in {days} days.",
                    self.long_date(on)
                )
            }
            _ => format!("The next strike day is {}.", self.long_date(on)),
        }
    }

    fn none_scheduled(&self, within: &str) -> String {
        format!("No strike days are set {within} at the moment.")
    }

    fn day_count(&self, n: usize) -> String {
        match n {
            0 => "No strike days listed.".into(),
            1 => "1 strike day listed.".into(),
            n => format!("{n} strike days listed."),
        }
    }

    fn announcement(
        &self,
        region: &str,
        role: Option<&str>,
        headline: &str,
        days: usize,
        yours: Option<String>,
    ) -> String {
        // The role as the list names it: lower-casing it would break "NEU".
        let who = role.map(|r| format!(" You are: {r}.")).unwrap_or_default();
        let yours = yours.map(|y| format!(" {y}")).unwrap_or_default();
        // The reader's own group or school first, as on screen (issue #21).
        format!(
            "Showing {region}.{who}{yours} {headline} {}",
            self.day_count(days)
        )
    }

    fn checked_on(&self, d: Date) -> String {
        format!("Facts checked on {}.", self.date(d))
    }

    fn source_citation(
        &self,
        publisher: &str,
        title: Option<&str>,
        published: Option<PartialDate>,
    ) -> String {
        let date = self.published(published);
        match title {
            Some(title) => format!("{publisher}, “{title}”, {date}"),
            None => format!("{publisher}, {date}"),
        }
    }

    fn after_date(&self) -> &'static str {
        ": "
    }

    fn only_in(&self, councils: &str) -> String {
        format!("Only in these council areas: {councils}")
    }

    fn none_scheduled_council(&self, council: &str) -> String {
        format!("No strike days are set in your council area ({council}) at the moment.")
    }

    fn only_schools(&self, scope: &str) -> String {
        format!("Only some schools: {scope}")
    }

    fn only_part(&self, councils: Option<&str>, scope: Option<&str>) -> String {
        match (councils, scope) {
            (Some(c), Some(s)) => format!("in these council areas: {c}, and for some schools: {s}"),
            (Some(c), None) => format!("in these council areas: {c}"),
            (None, Some(s)) => format!("for some schools: {s}"),
            (None, None) => String::new(),
        }
    }

    fn next_part(&self, on: Date, s: DayStatus, only: &str) -> String {
        let next = self.next(on, s);
        format!("{}, but only {only}.", next.trim_end_matches('.'))
    }

    fn may_affect(&self) -> &'static str {
        "May affect your school"
    }

    fn lead_call(&self, answer: &CalledOut, on: usize, days: Tally) -> String {
        let of = days.held();
        let span = match (on, of) {
            (1, 1) => "on the one strike day".to_owned(),
            (2, 2) => "on both strike days".to_owned(),
            _ if on == of => format!("on all {of} strike days"),
            _ => format!("on {on} of the {of} strike days"),
        };
        // The present perfect while a day is ahead: true of the days past and to come.
        let ahead = days.ahead > 0;
        let (was, was_not, were, could) = if ahead {
            ("has been", "has not been", "have been", "can")
        } else {
            ("was", "was not", "were", "could")
        };
        let main = match answer {
            CalledOut::Yes => format!("Your group {was} asked to strike {span}."),
            CalledOut::No if on == of && of == 2 => {
                format!("Your group {was_not} asked to strike on either strike day.")
            }
            CalledOut::No if on == of && of > 2 => {
                format!("Your group {was_not} asked to strike on any of the {of} strike days.")
            }
            CalledOut::No => format!("Your group {was_not} asked to strike {span}."),
            CalledOut::Members(union) => {
                format!("Only {union} members in your group {were} asked to strike, {span}.")
            }
            CalledOut::MayJoin => format!(
                "Your group {was_not} asked to strike, but {could} lawfully join the strike, {span}."
            ),
            CalledOut::Unconfirmed => {
                format!("It is not confirmed whether your group {was} asked to strike {span}.")
            }
        };
        with_dropped(main, days.dropped)
    }

    fn lead_school(&self, child: bool, days: Tally) -> String {
        let school = if child {
            "Your child's school"
        } else {
            "Your school"
        };
        let count = |n: usize| {
            if n == 1 {
                "1 strike day".to_owned()
            } else {
                format!("{n} strike days")
            }
        };
        let main = match (days.past, days.ahead) {
            // Every day of theirs was dropped: none is "more".
            (0, 0) => {
                return match days.dropped {
                    1 => "No strike day here went ahead: the one set was postponed or called off."
                        .to_owned(),
                    2 => "No strike day here went ahead: both set were postponed or called off."
                        .to_owned(),
                    n => format!(
                        "No strike day here went ahead: all {n} set were postponed or called off."
                    ),
                };
            }
            (past, 0) => format!(
                "{school} may have closed, or opened to some pupils only, on {}.",
                count(past)
            ),
            (0, ahead) => format!(
                "{school} may close, or open to some pupils only, on {}.",
                count(ahead)
            ),
            (past, ahead) => format!(
                "{school} may have closed, or opened to some pupils only, on {} so far, and may again on {ahead} more.",
                count(past)
            ),
        };
        with_dropped(main, days.dropped)
    }

    fn closure_line(&self, place: &str, closed: &str, partly: &str) -> String {
        format!(
            "{}: {closed} closed, {partly} partly open.",
            super::capitalised(place)
        )
    }

    fn next_steps(&self) -> &'static str {
        "Before the next strike day"
    }

    fn part_days(&self, n: usize, more: bool) -> String {
        // No tense: the days may be past or still to come.
        let (days, more) = (
            if n == 1 { "day" } else { "days" },
            if more { " more" } else { "" },
        );
        let them = if n == 1 { "it" } else { "they" };
        format!("{n}{more} strike {days} for some schools here only: {them} may affect yours.")
    }

    fn hours(&self, h: &crate::model::Hours) -> String {
        // UK news style: midnight, noon, 9am, 12.30pm.
        let time = |c: crate::model::Clock| match c.0 {
            0 | 1440 => "midnight".to_owned(),
            720 => "noon".to_owned(),
            _ => {
                let (hour, minute) = (c.hour(), c.minute());
                let twelve = match hour % 12 {
                    0 => 12,
                    h => h,
                };
                let half = if hour < 12 { "am" } else { "pm" };
                match minute {
                    0 => format!("{twelve}{half}"),
                    m => format!("{twelve}.{m:02}{half}"),
                }
            }
        };
        match (h.from, h.to) {
            (Some(f), Some(t)) => format!("Strike hours: {} to {}", time(f), time(t)),
            (Some(f), None) => format!("Strike from {}", time(f)),
            (None, Some(t)) => format!("Strike until {}", time(t)),
            (None, None) => String::new(),
        }
    }

    fn not_reported_days(&self, n: usize, more: bool) -> String {
        let (it, went) = if n == 1 {
            ("it", "was")
        } else {
            ("they", "were")
        };
        if more {
            format!("{n} more {went} announced, but no report says whether {it} went ahead.")
        } else {
            let days = if n == 1 { "day" } else { "days" };
            format!(
                "{n} strike {days} {went} announced here, but no report says whether {it} went ahead."
            )
        }
    }

    fn period(&self, from: PartialDate, until: PartialDate) -> String {
        // The year once, at the end, where both ends share it.
        let end = |p: PartialDate, year: bool| match (p, year) {
            (PartialDate::Day(d), true) => self.date(d),
            (PartialDate::Day(d), false) => format!("{} {}", d.day(), self.month_name(d.month())),
            (PartialDate::Month(_, m), false) => self.month_name(m).to_owned(),
            (p, _) => self.partial_date(p),
        };
        let same_year = from.first_day().year() == until.first_day().year();
        if from == until {
            match from {
                PartialDate::Day(d) => format!("on {}", self.date(d)),
                p => format!("in {}", self.partial_date(p)),
            }
        } else {
            format!("between {} and {}", end(from, !same_year), end(until, true))
        }
    }

    fn programme(
        &self,
        period: &str,
        status: Status,
        on: Date,
        only: Option<&str>,
        past: bool,
    ) -> String {
        let stopped = match status {
            Status::Suspended => "suspended",
            Status::CalledOff => "called off",
            // A programme is only planned, suspended or called off (checked when the data
            // loads): anything else reads as planned.
            _ => "",
        };
        match (stopped, only, past) {
            ("", None, false) => format!(
                "More strike days are planned here {period}; their dates have not been published."
            ),
            ("", Some(only), false) => format!(
                "More strike days are planned {period}, but only {only}; their dates have not \
                 been published."
            ),
            ("", None, true) => {
                format!("More strike days were announced here {period}, without their dates.")
            }
            ("", Some(only), true) => format!(
                "More strike days were announced {period} without their dates, but only {only}."
            ),
            (stopped, None, _) => format!(
                "Strike days planned here {period} were {stopped} on {}.",
                self.date(on)
            ),
            (stopped, Some(only), _) => format!(
                "On {}, strike days planned {period} were {stopped}; they were planned only \
                 {only}.",
                self.date(on)
            ),
        }
    }

    fn change_sentence(&self, s: crate::model::Status) -> String {
        format!("{}.", self.change(s))
    }

    fn called_out_line(&self, groups: &str) -> String {
        format!("{}: {groups}.", self.called_out_heading())
    }

    fn all_sources_count(&self, n: usize) -> String {
        format!("{} ({n})", self.all_sources())
    }

    fn source_lead(&self, publisher: &str, published: Option<PartialDate>) -> String {
        format!("{publisher}, {}: ", self.published(published))
    }

    fn closure_row(&self, date: Date, place: &str) -> String {
        format!("{}, {place}", self.short_date(date))
    }
}

/// A lead sentence and the reader's own days postponed or called off, as the count says them.
fn with_dropped(main: String, dropped: usize) -> String {
    match dropped {
        0 => main,
        1 => format!("{main} 1 more was postponed or called off."),
        n => format!("{main} {n} more were postponed or called off."),
    }
}
