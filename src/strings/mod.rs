//! Every word the widget itself says to a reader, and how it writes dates: one implementation
//! of [`Words`] per language (`en.rs`, `cy.rs`), so that a string missing from a language, or
//! one it has and English does not, fails to compile.
//!
//! The facts' own text comes from the data file; everything else a reader sees or hears is here.
//! Each language builds its own sentences, with their word order and punctuation; components
//! only place what a `Words` returns. It must not decide anything (which days, which notes): it
//! only words what `explain` decided. The few functions below the trait are the same in every
//! language (numbers, markers) or only choose which sentence to say; the trait's two default
//! methods are lookups (a month's name, a source's date), not sentences.

mod cy;
mod en;

pub use cy::Cy;
pub use en::En;

use crate::explain::{Answer, DayAnswer, DayStatus, Headline, ProgrammeAnswer};
use crate::lang::Lang;
use crate::model::{
    CalledOut, Council, Date, Dispute, Local, PartialDate, Reach, Region, Scope, Status, StrikeDay,
    Weekday,
};
use crate::present::{Lead, Tally};

/// The words of one language.
pub trait Words: Send + Sync {
    /// The language these words are in (data texts are read in it too).
    fn lang(&self) -> Lang;

    /// The language switch's name, in the language shown.
    fn language_label(&self) -> &'static str;

    /// Said, in the language the reader asked for and in English, where a dispute's facts are
    /// written in English only and the widget therefore speaks English.
    fn facts_only_in_english(&self) -> &'static str;

    fn months(&self) -> [&'static str; 12];

    fn undated(&self) -> &'static str;

    fn region_placeholder(&self) -> &'static str;

    fn role_label(&self) -> &'static str;

    fn role_placeholder(&self) -> &'static str;

    fn choose_region(&self) -> &'static str;

    fn choose_role(&self) -> &'static str;

    fn for_you(&self) -> &'static str;

    fn in_general(&self) -> &'static str;

    fn days_heading(&self) -> &'static str;

    fn history(&self) -> &'static str;

    fn figures(&self) -> &'static str;

    fn all_sources(&self) -> &'static str;

    fn new_tab(&self) -> &'static str;

    fn called_out_heading(&self) -> &'static str;

    fn closures(&self) -> &'static str;

    fn closure_day(&self) -> &'static str;

    fn closed(&self) -> &'static str;

    fn partly_open(&self) -> &'static str;

    fn fully_open(&self) -> &'static str;

    fn not_given(&self) -> &'static str;

    fn closures_note(&self) -> &'static str;

    fn story(&self) -> &'static str;

    fn replay(&self) -> &'static str;

    fn replay_slider(&self) -> &'static str;

    fn replay_date(&self) -> &'static str;

    fn back_to_today(&self) -> &'static str;

    fn strike_day(&self) -> &'static str;

    fn list_view(&self) -> &'static str;

    fn calendar_view(&self) -> &'static str;

    fn view_label(&self) -> &'static str;

    fn legend_coming(&self) -> &'static str;

    fn weekdays_short(&self) -> [&'static str; 7];

    fn weekdays_long(&self) -> [&'static str; 7];

    fn place_label(&self) -> &'static str;

    fn place_hint(&self) -> &'static str;

    fn region_fallback_label(&self) -> &'static str;

    /// The label of the list of the chosen region's councils, shown where a dispute has
    /// days for only some councils (issue #20): the reader need not choose one.
    fn council_label(&self) -> &'static str;

    /// The council list's first option: the reader does not know their council, and is told
    /// the whole region's days, a council's as a condition.
    fn council_unsure(&self) -> &'static str;

    fn where_chosen(&self) -> &'static str;

    fn change_button(&self) -> &'static str;

    fn change_label(&self) -> &'static str;

    /// What a screen reader hears for the place the reader picked and its area, in place of
    /// "place → area" (`place_to_area`): `Cardiff, in Wales`. `within` is the area's stored "in"
    /// form (`in Wales`, "yng Nghymru"): no word is put before a stored name, which may already
    /// hold one ("Rhanbarth y Gogledd") or need a mutation only its stored form gets right.
    fn place_in(&self, place: &str, within: &str) -> String;

    /// Drawn between a place and its area, and between a choice and "Change"; hidden from screen
    /// readers, which hear [`Words::place_in`] instead of the arrow.
    fn place_to_area(&self) -> &'static str;

    fn separator(&self) -> &'static str;

    fn place_results(&self) -> &'static str;

    /// Shown under the search, and heard, when what the reader typed matches no place: says so,
    /// and what to try instead (a postcode's first half, the council, the area list below it).
    fn place_none(&self) -> &'static str;

    fn ics_summary(&self) -> &'static str;

    fn add_to_calendar(&self) -> &'static str;

    /// The heading of a calendar event's advice for the reader's role (the answer's next steps).
    fn ics_next_steps(&self) -> &'static str;

    /// Shown and said next to "Add these days to my calendar" once the file is offered: its
    /// name, and how many strike days ahead it holds (`days`, at least 1).
    fn calendar_saved(&self, file: &str, days: usize) -> String;

    /// Shown and said when the browser would not offer the calendar file.
    fn calendar_not_saved(&self) -> &'static str;

    fn copy_link(&self) -> &'static str;

    fn link_copied(&self) -> &'static str;

    fn link_not_copied(&self) -> &'static str;

    fn link_label(&self) -> &'static str;

    /// The button an AMP page shows under a frame too short for the widget, to show all of it
    /// (`amp-iframe`'s overflow element; the embed builder writes it into the AMP snippet).
    fn show_whole(&self) -> &'static str;

    fn forget(&self) -> &'static str;

    fn forgotten(&self) -> &'static str;

    fn remembered(&self) -> &'static str;

    fn no_storage(&self) -> &'static str;

    /// The name of month 1 to 12 from [`Words::months`] (out-of-range months are clamped).
    /// A lookup, the same in every language.
    fn month_name(&self, month: u8) -> &'static str {
        self.months()[usize::from(month.clamp(1, 12)) - 1]
    }

    fn weekday(&self, w: Weekday) -> &'static str;

    /// `1 February 2023`.
    fn date(&self, d: Date) -> String;

    /// `1 Feb`, for a day chip.
    fn short_date(&self, d: Date) -> String;

    /// A day chip's accessible name, which starts with what the chip shows (`1 Feb`), so that a
    /// reader using speech input can say it: `1 Feb 2023, Wednesday: Went ahead. Show this day.`
    fn chip_label(&self, d: Date, s: DayStatus) -> String;

    /// How many strike days hit the reader's area and when; `dropped` more were postponed, suspended
    /// or called off.
    fn days_summary(
        &self,
        held: usize,
        first: Date,
        last: Date,
        all_past: bool,
        dropped: usize,
    ) -> String;

    /// The summary of the notes kept behind a disclosure.
    fn more_points(&self, n: usize) -> String;

    /// `Wednesday 1 February 2023`.
    /// `Wednesday 1 February`, where the year is said nearby.
    fn day_and_date(&self, d: Date) -> String;

    fn long_date(&self, d: Date) -> String;

    /// What a source marker says to a screen reader after its visible number: the citation in
    /// full (the marker's name is the two together, so it starts with what is seen).
    fn source_marker_rest(&self, citation: &str) -> String;

    /// A source's date, or that it has none: the same choice in every language.
    fn published(&self, p: Option<PartialDate>) -> String {
        p.map_or_else(|| self.undated().to_owned(), |p| self.partial_date(p))
    }

    /// `16 January 2023`, `November 2022` or `2023`: no more precise than the source is.
    fn partial_date(&self, p: PartialDate) -> String;

    /// Said above the answer while it shows another day than today.
    fn replaying(&self, on: Date) -> String;

    /// The date static facts stand on (issue #22): they are read later, in an RSS reader or a
    /// copy of the article, so they say when they were true.
    fn as_of(&self, on: Date) -> String;

    /// Whom static facts with a preset area (and role) answer: `area`, or `role` and `area`.
    fn reader(&self, area: &str, role: Option<&str>) -> String;

    /// What a strike call said to the reader's own group.
    fn called_out(&self, answer: &CalledOut) -> String;

    /// A group in the list of who was called out, qualified where only some of it was; `None` for
    /// a group that was not called out.
    fn called_out_group(&self, name: &str, answer: &CalledOut) -> Option<String>;

    /// A search result's kind, as the reader reads it.
    fn place_kind(&self, k: crate::places::Kind) -> &'static str;

    /// How many places a search found, for screen readers.
    fn place_count(&self, n: usize) -> String;

    /// A suggestion's detail: `Town, South East`; `Postcode district, partly in Wales` for each side
    /// of a place that crosses a boundary.
    fn place_detail(
        &self,
        kind: crate::places::Kind,
        region: &str,
        within: &str,
        split: bool,
    ) -> String;

    /// `within`: the region as "in" it (`in Wales`), as the data stores it.
    fn place_chosen(&self, place: &str, within: &str) -> String;

    /// A suggestion's detail for a place no region of the dispute covers: `City, outside this
    /// dispute's areas`.
    fn place_outside(&self, kind: crate::places::Kind) -> String;

    /// Said, and shown, when the reader picks such a place.
    fn place_not_covered(&self, place: &str) -> String;

    /// Shown under the search while its index is on its way (fetched on first use).
    fn place_index_loading(&self) -> &'static str;

    /// Shown under the search when its index could not be fetched: the area list still works.
    fn place_index_failed(&self) -> &'static str;

    /// The one-line status of a strike day, as a badge.
    fn status(&self, s: DayStatus) -> String;

    /// A history entry's status, in the past tense of the day it changed.
    fn change(&self, s: crate::model::Status) -> String;

    fn over(&self, on: Date) -> String;

    /// Over for the reader's own group, which settled apart from the rest (the details say how, and
    /// what the sources do not record).
    fn over_for_you(&self, on: Date) -> String;

    /// Over for most here, but not (or not known to be) for the reader's group; the details say
    /// what is known.
    fn not_over_for_you(&self, main: Date) -> String;

    /// Over for most here, and the reader's group has an ending of its own that says what is
    /// known (it may differ within the group: heads in one union and another), shown below.
    fn not_over_for_you_see_below(&self, main: Date) -> String;

    fn not_in_dispute(&self, within: &str) -> String;

    fn next(&self, on: Date, s: DayStatus) -> String;

    fn none_scheduled(&self, within: &str) -> String;

    /// How many days the answer lists, for the screen-reader announcement.
    fn day_count(&self, n: usize) -> String;

    /// What the polite live region says after the reader changes their choice; `yours` is the
    /// answer's first sentence, about the reader's own group or school (`lead`), said first. `region` is the area's name,
    /// said as itself (after a label or as a subject), never after a word of ours.
    fn announcement(
        &self,
        region: &str,
        role: Option<&str>,
        headline: &str,
        days: usize,
        yours: Option<String>,
    ) -> String;

    fn checked_on(&self, d: Date) -> String;

    /// `Schools Week, 16 January 2023`, or with a title `Camden NEU, “Hardship fund”, 2023`.
    fn source_citation(
        &self,
        publisher: &str,
        title: Option<&str>,
        published: Option<PartialDate>,
    ) -> String;

    /// Between a dated entry's date and what happened (`1 February 2023: …`).
    fn after_date(&self) -> &'static str;

    /// A part-day strike's hours as a line under its date: `Strike hours: midnight to noon`,
    /// `Strike until noon` (where the sources give only the end).
    fn hours(&self, h: &crate::model::Hours) -> String;

    /// No strike day set in the reader's council (`council`, its name), where other councils
    /// of the region may have some.
    fn none_scheduled_council(&self, council: &str) -> String;

    /// A local call's council areas as a line under its date: `Only in these council areas:
    /// Kent, Medway`. (Not "only in {place}": Welsh "yn" would mutate each name.)
    fn only_in(&self, councils: &str) -> String;

    /// A call's scope below a council as a line under its date: `Only some schools: secondary
    /// schools`.
    fn only_schools(&self, scope: &str) -> String;

    /// The part of a reader's area a call covers, after "only" in [`Words::next_part`]:
    /// `in these council areas: Fife, Falkirk`, `for some schools: secondary schools`, or both.
    fn only_part(&self, councils: Option<&str>, scope: Option<&str>) -> String;

    /// The next strike day where it covers only part of the reader's area (`only`, from
    /// [`Words::only_part`]): never a flat "there is a strike today" (issue #20).
    fn next_part(&self, on: Date, s: DayStatus, only: &str) -> String;

    /// On a day's row that covers only part of the reader's area: `May affect your school`.
    fn may_affect(&self) -> &'static str;

    /// The first sentence for staff (issue #21): what the calls asked of the reader's group,
    /// `answer` on `on` of their `days.held()` strike days (`on` ≥ 1), in the present perfect
    /// while one is ahead; then their days postponed or called off.
    /// `Only NEU members in your group were asked to strike, on 7 of the 8 strike days.`
    fn lead_call(&self, answer: &CalledOut, on: usize, days: Tally) -> String;

    /// The first sentence for parents (`child`) and pupils (issue #21): what the strike days
    /// meant, or may mean, for their school; then their days postponed or called off.
    /// `Your child's school may have closed, or opened to some pupils only, on 8 strike days.`
    fn lead_school(&self, child: bool, days: Tally) -> String;

    /// On a day's row, for parents and pupils: the shares of schools closed and partly open
    /// that day where `place`'s figures exist (which schools sent them is said inside the row).
    /// `England: 9% closed, 45% partly open.` (shares as [`percent`] rounds them)
    fn closure_line(&self, place: &str, closed: &str, partly: &str) -> String;

    /// The heading of the next steps under the headline: `Before the next strike day`.
    fn next_steps(&self) -> &'static str;

    /// How many strike days (`more` after the count of the reader's own) cover only part of
    /// their area: `2 more days for some schools here only: they may affect yours.`
    fn part_days(&self, n: usize, more: bool) -> String;

    /// How many strike days here were announced but no report says went ahead (`more` after a
    /// count of days held): `1 more was announced, but no report says whether it went ahead.`
    fn not_reported_days(&self, n: usize, more: bool) -> String;

    /// A period announced for strike days without their dates, each end a day or a month:
    /// `between 20 March and 21 April 2023`, `in March 2023`.
    fn period(&self, from: PartialDate, until: PartialDate) -> String;

    /// Strike days announced for `period` (from [`Words::period`]) without their dates, as
    /// `status` (planned, suspended or called off) from `on`; `only` where they are for part of
    /// the reader's area (from [`Words::only_part`]); `past` once the period is over.
    fn programme(
        &self,
        period: &str,
        status: Status,
        on: Date,
        only: Option<&str>,
        past: bool,
    ) -> String;

    /// A history entry's status as a sentence after its date: `Postponed to 2 March 2023.`
    fn change_sentence(&self, s: crate::model::Status) -> String;

    /// Who a strike call asked to strike, as one sentence: `Called out to strike: Teacher in
    /// the NEU; Support staff (NEU members only).`
    fn called_out_line(&self, groups: &str) -> String;

    /// The sources list's summary: `All sources (107)`.
    fn all_sources_count(&self, n: usize) -> String;

    /// A source in the list, before its linked title: `Schools Week, 16 January 2023: `.
    fn source_lead(&self, publisher: &str, published: Option<PartialDate>) -> String;

    /// A row of the schools-closed chart: `1 Feb, England`.
    fn closure_row(&self, date: Date, place: &str) -> String;
}

/// The words for `lang`: one `Words` per language.
pub fn words(lang: Lang) -> &'static dyn Words {
    match lang {
        Lang::En => &En,
        Lang::Cy => &Cy,
    }
}

/// Every string that takes no argument, by its method's name (arrays joined with `|`), in the
/// trait's order: for tests, and the Welsh review (`tests/welsh_review.rs`) that shows them.
pub fn labels(w: &dyn Words) -> Vec<(&'static str, String)> {
    let s = |name, text: &str| (name, text.to_owned());
    vec![
        s("language_label", w.language_label()),
        s("facts_only_in_english", w.facts_only_in_english()),
        ("months", w.months().join("|")),
        s("undated", w.undated()),
        s("region_placeholder", w.region_placeholder()),
        s("role_label", w.role_label()),
        s("role_placeholder", w.role_placeholder()),
        s("choose_region", w.choose_region()),
        s("choose_role", w.choose_role()),
        s("for_you", w.for_you()),
        s("in_general", w.in_general()),
        s("days_heading", w.days_heading()),
        s("history", w.history()),
        s("figures", w.figures()),
        s("all_sources", w.all_sources()),
        s("new_tab", w.new_tab()),
        s("called_out_heading", w.called_out_heading()),
        s("closures", w.closures()),
        s("closure_day", w.closure_day()),
        s("closed", w.closed()),
        s("partly_open", w.partly_open()),
        s("fully_open", w.fully_open()),
        s("not_given", w.not_given()),
        s("closures_note", w.closures_note()),
        s("story", w.story()),
        s("replay", w.replay()),
        s("replay_slider", w.replay_slider()),
        s("replay_date", w.replay_date()),
        s("back_to_today", w.back_to_today()),
        s("strike_day", w.strike_day()),
        s("list_view", w.list_view()),
        s("calendar_view", w.calendar_view()),
        s("view_label", w.view_label()),
        s("legend_coming", w.legend_coming()),
        ("weekdays_short", w.weekdays_short().join("|")),
        ("weekdays_long", w.weekdays_long().join("|")),
        s("place_label", w.place_label()),
        s("place_hint", w.place_hint()),
        s("region_fallback_label", w.region_fallback_label()),
        s("council_label", w.council_label()),
        s("council_unsure", w.council_unsure()),
        s("where_chosen", w.where_chosen()),
        s("change_button", w.change_button()),
        s("change_label", w.change_label()),
        s("place_to_area", w.place_to_area()),
        s("separator", w.separator()),
        s("place_results", w.place_results()),
        s("place_none", w.place_none()),
        s("place_index_loading", w.place_index_loading()),
        s("place_index_failed", w.place_index_failed()),
        s("ics_summary", w.ics_summary()),
        s("add_to_calendar", w.add_to_calendar()),
        s("ics_next_steps", w.ics_next_steps()),
        s("calendar_not_saved", w.calendar_not_saved()),
        s("copy_link", w.copy_link()),
        s("link_copied", w.link_copied()),
        s("link_not_copied", w.link_not_copied()),
        s("link_label", w.link_label()),
        s("show_whole", w.show_whole()),
        s("forget", w.forget()),
        s("forgotten", w.forgotten()),
        s("remembered", w.remembered()),
        s("no_storage", w.no_storage()),
        s("after_date", w.after_date()),
        s("next_steps", w.next_steps()),
    ]
}

/// A source marker: `[12]`, the source's number in the list at the end.
pub fn source_number(n: usize) -> String {
    format!("[{n}]")
}

/// `46%` for 45.9%: a share of schools, from tenths of a percent, without a float. Rounded to a
/// whole percent, half up, as every share the widget shows is (the data's notes too: issue #21),
/// so that "45.9%" never stands beside "47%".
pub fn percent(t: crate::model::Tenths) -> String {
    format!("{}%", (u32::from(t.0) + 5) / 10)
}

/// A suggestion's name: `CH4, Chester` (a postcode with its post town), or the place alone.
pub fn place_name(name: &str, town: &str) -> String {
    if town.is_empty() {
        name.to_owned()
    } else {
        format!("{name}, {town}")
    }
}

/// Where the place a reader picked ends with its area's name (`SE15, London` in London, or
/// `London` itself), the place before that name, so that the line says the area there, once:
/// `SE15, ` + **London**. `names` are the area's names in every language: a post town is English
/// (`SE15, London`), and in Welsh the line reads `SE15, Llundain`, not "SE15, London →
/// Llundain". `None` where the place's last part (after its last comma: the post town, or the
/// place itself) is not one of them.
pub fn before_area<'p>(place: &'p str, names: &[&str]) -> Option<&'p str> {
    let last = place.rsplit(',').next().unwrap_or(place);
    let name = last.trim_start();
    names
        .iter()
        .any(|n| n.eq_ignore_ascii_case(name))
        .then(|| &place[..place.len() - name.len()])
}

/// A local call's council areas by name, in the widget's language where the place index has a
/// Welsh name, in the data's order: `Cardiff, Vale of Glamorgan`. A code the index does not know
/// (never, once the data is checked) is shown as it is.
pub fn council_names(w: &dyn Words, councils: &[Council]) -> String {
    let index = crate::places::councils();
    councils
        .iter()
        .map(|c| match index.council(&c.code) {
            Some(place) => place.name_in(w.lang()).to_owned(),
            None => c.code.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Areas named together, as the static facts head the answer they share: `London, South East`.
pub fn area_names(names: &[&str]) -> String {
    names.join(", ")
}

/// How many strike days hit the reader's area and when, as the answer card says it: the days
/// that are surely theirs, those no report says went ahead, then those for only part of their
/// area, neither counted as theirs (issue #20); `None` where there is none of them.
pub fn days_count(w: &dyn Words, answer: &Answer<'_>) -> Option<String> {
    let held = || answer.days.iter().filter(|a| a.status.is_held());
    let whole: Vec<&DayAnswer<'_>> = held().filter(|a| a.reach.is_whole()).collect();
    // Days for part of the reader's area, held or with no report either way, counted by date
    // (a reader is in at most one call's area on a date) and not where a call for all of it
    // falls on the same date (issue #20).
    let mut part: Vec<Date> = answer
        .days
        .iter()
        .filter(|a| !a.reach.is_whole())
        .filter(|a| a.status.is_held() || a.status == DayStatus::NotReported)
        .map(|a| a.day.date)
        .filter(|on| !whole.iter().any(|a| a.day.date == *on))
        .collect();
    part.dedup();
    let part = part.len();
    // Only the reader's own dropped days: another council's called-off day is not theirs.
    let dropped = answer
        .days
        .iter()
        .filter(|a| a.status.is_dropped() && a.reach.is_whole())
        .count();
    // Days that may or may not have happened are said as that, never counted as held (#20).
    let unreported = answer
        .days
        .iter()
        .filter(|a| a.status == DayStatus::NotReported && a.reach.is_whole())
        .count();
    let all_past = whole.iter().all(|a| a.status == DayStatus::WentAhead);
    let whole = match (whole.first(), whole.last()) {
        (Some(first), Some(last)) => Some(w.days_summary(
            whole.len(),
            first.day.date,
            last.day.date,
            all_past,
            dropped,
        )),
        _ => None,
    };
    let part = (part > 0).then(|| w.part_days(part, whole.is_some()));
    let unreported = (unreported > 0).then(|| w.not_reported_days(unreported, whole.is_some()));
    let said: Vec<String> = [whole, unreported, part].into_iter().flatten().collect();
    (!said.is_empty()).then(|| said.join(" "))
}

/// `place` with its first letter in capitals, for a place's name that starts a line ("the three
/// northern regions" as a label). ASCII only: `char::to_uppercase` would bring Unicode's case
/// tables into the wasm (about 4 KB brotli) for labels that start with a plain letter.
pub(crate) fn capitalised(place: &str) -> String {
    let mut out = place.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A parent's row line for the day's closure figures (see [`Words::closure_line`]).
pub fn closure_line(w: &dyn Words, c: &crate::model::Closure) -> String {
    w.closure_line(
        c.label.get(w.lang()),
        &percent(c.closed),
        &percent(c.partly),
    )
}

/// The answer's first sentence (issue #21), in `w`'s words: for anyone else, the count of the
/// area's strike days.
pub fn lead(w: &dyn Words, lead: &Lead<'_>, answer: &Answer<'_>) -> Option<String> {
    match lead {
        Lead::Call {
            answer: a,
            on,
            days,
        } => Some(w.lead_call(a, *on, *days)),
        Lead::School { child, days } => Some(w.lead_school(*child, *days)),
        Lead::Area => days_count(w, answer),
        // The school sentence's own words where no day was held: they name no school.
        Lead::Dropped { dropped } => Some(w.lead_school(
            false,
            crate::present::Tally {
                past: 0,
                ahead: 0,
                dropped: *dropped,
            },
        )),
    }
}

/// The part of a reader's area that the calls on one date cover together, in `w`'s words;
/// `None` where one of them covers it all. An upper bound, so always true: the councils of
/// every call (where the reader's own is not surely among them), and which schools only where
/// every call names some.
pub fn only_parts(w: &dyn Words, reach: &[Reach<'_>]) -> Option<String> {
    let mut councils: Vec<Council> = Vec::new();
    let mut scopes: Vec<&str> = Vec::new();
    let mut own_council = false;
    for r in reach {
        match r {
            Reach::Whole => return None,
            Reach::Part { councils: c, scope } => {
                match c {
                    Some(local) => councils.extend(local.councils.iter().cloned()),
                    None => own_council = true,
                }
                scopes.extend(scope.map(|s| s.text.get(w.lang())));
            }
        }
    }
    let councils = (!own_council && !councils.is_empty()).then(|| council_names(w, &councils));
    let scope = (scopes.len() == reach.len()).then(|| scopes.join("; "));
    Some(w.only_part(councils.as_deref(), scope.as_deref()))
}

/// The part of a reader's area a call covers, in `w`'s words (see [`Words::only_part`]).
pub fn only_part(w: &dyn Words, councils: Option<&Local>, scope: Option<&Scope>) -> String {
    w.only_part(
        councils.map(|l| council_names(w, &l.councils)).as_deref(),
        scope.map(|s| s.text.get(w.lang())),
    )
}

/// Strike days announced without dates, as one sentence in `w`'s words (see
/// [`Words::programme`]).
pub fn programme(w: &dyn Words, p: &ProgrammeAnswer<'_>) -> String {
    let only = match p.reach {
        Reach::Whole => None,
        Reach::Part { councils, scope } => Some(only_part(w, councils, scope)),
    };
    let last = p.status();
    w.programme(
        &w.period(p.programme.from, p.programme.until),
        last.status,
        last.on,
        only.as_deref(),
        p.past,
    )
}

/// The roles called out on a day, in data order: `Teacher in the NEU; Sixth-form college staff`.
pub fn role_list(names: &[String]) -> String {
    names.join("; ")
}

/// Who a strike call called out, in the dispute's order of roles, each group qualified where
/// only some of it was: `Teacher in the NEU; School support staff (NEU members only)`.
pub fn called_out_groups(w: &dyn Words, d: &Dispute, day: &StrikeDay) -> String {
    let groups: Vec<String> = d
        .role_ids()
        .filter_map(|role| {
            let call = day.call_for(role)?;
            w.called_out_group(d.role(role).name.get(w.lang()), &call.answer)
        })
        .collect();
    role_list(&groups)
}

/// The headline as plain text: shown above, and said by the screen-reader announcement.
pub fn headline(w: &dyn Words, headline: &Headline<'_>, region: &Region) -> String {
    let within = region.within.get(w.lang());
    match headline {
        // `explain` only says Over for an ending dated by the reader's date.
        Headline::Over(ending) => match (ending.on, ending.roles.is_some()) {
            (Some(on), false) => w.over(on),
            (Some(on), true) => w.over_for_you(on),
            (None, _) => ending.body.text.get(w.lang()).to_owned(),
        },
        Headline::NotOverForYou { main, yours } => match (main.on, yours) {
            // Issue #19: a group's own ending can say that it ended for some of the group
            // (NEU heads in Wales) and not for others (NAHT Cymru's): the headline must not
            // say the sources are silent, only point to what they say.
            (Some(on), Some(_)) => w.not_over_for_you_see_below(on),
            (Some(on), None) => w.not_over_for_you(on),
            (None, _) => main.body.text.get(w.lang()).to_owned(),
        },
        Headline::NotInDispute => w.not_in_dispute(within),
        Headline::Next {
            date,
            status,
            reach,
        } => match only_parts(w, reach) {
            None => w.next(*date, *status),
            Some(only) => w.next_part(*date, *status, &only),
        },
        Headline::Programme(p) => programme(w, p),
        Headline::Stands(event) => event
            .stands
            .as_ref()
            .map(|s| s.get(w.lang()).to_owned())
            .unwrap_or_default(),
        Headline::NoneScheduled { council: None } => w.none_scheduled(within),
        Headline::NoneScheduled {
            council: Some(council),
        } => w.none_scheduled_council(&council_names(w, std::slice::from_ref(council))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const W: &dyn Words = &En;

    fn check(input: &str, expected: &str) {
        let d: Date = input.parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(W.long_date(d), expected);
    }

    /// `(from, to)` as `HH:MM` in; the line in English and in Welsh out.
    fn check_hours(from: Option<&str>, to: Option<&str>, en: &str, cy: &str) {
        let clock = |s: Option<&str>| s.map(|s| s.parse().unwrap_or_else(|e| panic!("{e}")));
        let h = crate::model::Hours {
            from: clock(from),
            to: clock(to),
            sources: Vec::new(),
        };
        assert_eq!(En.hours(&h), en);
        assert_eq!(Cy.hours(&h), cy);
    }

    /// The place line's text before the area's name, or `-` where the place does not end with
    /// it and the line says "place → area".
    fn check_before(place: &str, names: &[&str], expected: &str) {
        let got = before_area(place, names).unwrap_or("-");
        assert_eq!(got, expected, "{place} in {names:?}");
    }

    #[test]
    fn a_label_that_starts_a_line_starts_with_a_capital() {
        // Issue #21: a parent's row began "the three northern regions: 7% closed".
        for (input, expected) in [
            ("the three northern regions", "The three northern regions"),
            ("y tri rhanbarth gogleddol", "Y tri rhanbarth gogleddol"),
            ("England", "England"),
            ("", ""),
        ] {
            assert_eq!(capitalised(input), expected);
        }
    }

    #[test]
    fn the_place_line_says_each_name_once() {
        // Issue #21: "SE15, London → London".
        const LONDON: &[&str] = &["London", "Llundain"];
        check_before("SE15, London", LONDON, "SE15, ");
        check_before("London", LONDON, "");
        check_before("SE15, london", LONDON, "SE15, ");
        // Only the post town (the last part) is the area's name where it is.
        check_before("London, SE15", LONDON, "-");
        // A name that only contains the area's is another place.
        check_before("City of London", LONDON, "-");
        check_before("Londonderry", LONDON, "-");
        check_before(
            "LS6 1AA, Leeds",
            &["Yorkshire and the Humber", "Swydd Efrog a'r Humber"],
            "-",
        );
        check_before("CF10, Cardiff", &["Wales", "Cymru"], "-");
        check_before("", LONDON, "-");
    }

    #[test]
    fn a_local_call_names_its_councils_in_the_readers_language() {
        let codes = [Council::new("W06000015"), Council::new("E06000001")];
        assert_eq!(
            En.only_in(&council_names(&En, &codes)),
            "Only in these council areas: Cardiff, Hartlepool"
        );
        assert_eq!(
            Cy.only_in(&council_names(&Cy, &codes)),
            "Dim ond yn ardaloedd y cynghorau hyn: Caerdydd, Hartlepool"
        );
    }

    #[test]
    fn a_part_day_strike_says_its_hours_as_the_sources_give_them() {
        check_hours(
            Some("00:00"),
            Some("12:00"),
            "Strike hours: midnight to noon",
            "Oriau'r streic: o hanner nos tan hanner dydd",
        );
        check_hours(
            None,
            Some("12:00"),
            "Strike until noon",
            "Streic tan hanner dydd",
        );
        check_hours(
            Some("09:30"),
            Some("24:00"),
            "Strike hours: 9.30am to midnight",
            "Oriau'r streic: o 09:30 tan hanner nos",
        );
        check_hours(Some("13:05"), None, "Strike from 1.05pm", "Streic o 13:05");
    }

    fn check_percent(tenths: u16, expected: &str) {
        assert_eq!(percent(crate::model::Tenths(tenths)), expected);
    }

    #[test]
    fn a_share_is_a_whole_percent_rounded_half_up() {
        check_percent(459, "46%");
        check_percent(447, "45%");
        check_percent(93, "9%");
        check_percent(470, "47%");
        check_percent(625, "63%");
        check_percent(4, "0%");
        check_percent(5, "1%");
        check_percent(1000, "100%");
    }

    #[test]
    fn dates_are_written_out_in_british_style() {
        check("2023-02-01", "Wednesday 1 February 2023");
        check("2023-03-16", "Thursday 16 March 2023");
        check("2023-07-07", "Friday 7 July 2023");
        check("2026-11-24", "Tuesday 24 November 2026");
    }

    fn check_citation(
        (publisher, title, published): (&str, Option<&str>, Option<&str>),
        expected: &str,
    ) {
        let published = published.map(|p| p.parse().unwrap_or_else(|e| panic!("{p}: {e}")));
        assert_eq!(W.source_citation(publisher, title, published), expected);
    }

    #[test]
    fn citations_name_the_publisher_title_and_date() {
        check_citation(
            ("Schools Week", None, Some("2023-01-16")),
            "Schools Week, 16 January 2023",
        );
        check_citation(
            ("Camden NEU", Some("Hardship fund"), Some("2023")),
            "Camden NEU, “Hardship fund”, 2023",
        );
        check_citation(("NEU", None, None), "NEU, undated");
    }
}
