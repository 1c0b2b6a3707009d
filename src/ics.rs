//! A reader's strike days as an iCalendar file (RFC 5545): all-day events with a stable UID,
//! DTSTAMP, escaped text, folded lines, and a description of what the day means with its sources.
//!
//! Pure: "now" (for DTSTAMP) is an argument and the text is returned, not downloaded. It must not
//! decide which days concern the reader (that is `explain`) or touch the DOM.

use std::fmt::Write as _;

use crate::explain::{Answer, DayAnswer, DayStatus};
use crate::model::{Date, Dispute, Note, RoleId, SourceId, Where};
use crate::strings::{self, Words};

const MS_PER_DAY: i64 = 86_400_000;

/// `20230201`.
fn ics_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `20261124T093000Z` for a UTC instant in milliseconds.
fn ics_utc(utc_ms: i64) -> String {
    let date = Date::from_days_since_epoch(utc_ms.div_euclid(MS_PER_DAY));
    let secs = utc_ms.rem_euclid(MS_PER_DAY) / 1000;
    format!(
        "{}T{:02}{:02}{:02}Z",
        ics_date(date),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (RFC 5545 3.1) without splitting a UTF-8
/// character, and ended with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts towards its 75 octets.
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn sources_text(w: &dyn Words, d: &Dispute, ids: &[SourceId]) -> String {
    ids.iter()
        .map(|&id| {
            let s = d.source(id);
            let mut text = format!(
                "{}: {}",
                w.source_citation(&s.publisher, Some(&s.title), s.published),
                s.url
            );
            // The source's other links, each under its own title.
            for l in &s.also {
                let _ = write!(text, "\n{}: {}", l.title, l.url);
            }
            text
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The file name offered for download: `strike-days-london.ics`, and with the reader's council
/// where they gave it, `strike-days-scotland-S12000047.ics`.
pub fn file_name(d: &Dispute, at: &Where) -> String {
    let council = at.council.as_ref().map(|c| format!("-{}", c.code));
    format!(
        "strike-days-{}{}.ics",
        d.region(at.region).key,
        council.unwrap_or_default()
    )
}

/// The answer's days still ahead on `today` (the reader's date: today, or the date replayed),
/// in date order: those still to come or happening, and those called off, postponed or suspended
/// whose date is still ahead, so that a calendar which holds one from an earlier file updates it
/// (same UID, a later SEQUENCE, STATUS:CANCELLED). A day already past is of no use in a calendar.
pub fn ahead<'a, 'd>(
    answer: &'a Answer<'d>,
    today: Date,
) -> impl Iterator<Item = &'a DayAnswer<'d>> {
    answer.days.iter().filter(move |a| a.day.date >= today)
}

/// The calendar for `answer` (the reader's days `at` their region and council, as `role`) on
/// `today`, stamped at `now_utc_ms`: the days still ahead ([`ahead`]). Titles stay true after
/// the download (no "in 16 days"); each description says what the day means for the reader, the
/// next steps for their role (live days only, and only with a role chosen), and the day's
/// history with its sources. Its name and its events name the reader's council where they gave
/// it.
pub fn calendar(
    w: &dyn Words,
    d: &Dispute,
    answer: &Answer<'_>,
    at: &Where,
    role: Option<RoleId>,
    today: Date,
    now_utc_ms: i64,
) -> String {
    let mut out = String::new();
    let lang = w.lang();
    let region = at.region;
    let region_name = d.region(region).name.get(lang);
    // "Fife, Scotland" where the council is known: the days are that council's.
    let place_name = match &at.council {
        Some(c) => format!(
            "{}, {region_name}",
            strings::council_names(w, std::slice::from_ref(c))
        ),
        None => region_name.to_owned(),
    };
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Strike Explainer//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(
        &mut out,
        &format!(
            "X-WR-CALNAME:{}",
            escape(&format!("{} ({place_name})", d.title.get(lang)))
        ),
    );
    let stamp = ics_utc(now_utc_ms);
    // The advice for the reader's role: none without a role.
    let steps: &[&Note] = if role.is_some() { &answer.steps } else { &[] };
    for day in ahead(answer, today) {
        let date = day.day.date;
        let status = match day.status {
            DayStatus::CalledOff | DayStatus::Postponed { .. } => "CANCELLED",
            DayStatus::Suspended | DayStatus::Unconfirmed | DayStatus::NotReported => "TENTATIVE",
            _ => "CONFIRMED",
        };
        let mut description = String::new();
        // `history` is never empty (`explain` keeps only days announced by `today`).
        let last = &day.history[day.history.len() - 1];
        // A day that will not go ahead as planned says so first; a live day's title says it.
        if day.status.is_dropped() {
            let _ = write!(
                description,
                "{}\n{}\n\n",
                w.change_sentence(last.status),
                sources_text(w, d, &last.sources)
            );
        }
        if let Some(hours) = &day.day.hours {
            let _ = writeln!(
                description,
                "{}. {}",
                w.hours(hours),
                sources_text(w, d, &hours.sources)
            );
        }
        if let Some(local) = &day.day.local {
            let names = strings::council_names(w, &local.councils);
            let _ = writeln!(
                description,
                "{}. {}",
                w.only_in(&names),
                sources_text(w, d, &local.sources)
            );
        }
        if let Some(scope) = &day.day.scope {
            let _ = writeln!(
                description,
                "{}. {}",
                w.only_schools(scope.text.get(lang)),
                sources_text(w, d, &scope.sources)
            );
        }
        let called = strings::called_out_groups(w, d, day.day);
        let _ = write!(description, "{}", w.called_out_line(&called));
        if let Some(call) = day.called_out {
            let _ = write!(description, " {}", w.called_out(&call.answer));
            if let Some(note) = &call.note {
                let _ = write!(description, " {}", note.get(lang));
            }
            let _ = write!(description, "\n{}", sources_text(w, d, &call.sources));
        }
        // In the past tense where the note has one, once the dispute is over for the reader.
        for note in &day.notes {
            note_text(&mut description, w, d, note, answer.is_over());
        }
        // What to do before the day, for the reader's role: not for a day that will not be held.
        if day.status.is_live() && !steps.is_empty() {
            let _ = write!(description, "\n\n{}", w.ics_next_steps());
            for note in steps {
                note_text(&mut description, w, d, note, answer.is_over());
            }
        }
        let _ = write!(description, "\n\n{}", w.history());
        for h in day.history {
            let _ = write!(
                description,
                "\n{}{}{}{}\n{}",
                w.date(h.on),
                w.after_date(),
                w.change_sentence(h.status),
                h.note
                    .as_ref()
                    .map(|n| format!(" {}", n.get(lang)))
                    .unwrap_or_default(),
                sources_text(w, d, &h.sources)
            );
        }
        // A title that stays true in the reader's calendar: no countdown, only fixed facts (a
        // day called off or postponed says so; a day for part of the reader's area, issue #20).
        let mut summary = format!("{}: {place_name}", w.ics_summary());
        if day.status.is_dropped() {
            let _ = write!(summary, " – {}", w.change(last.status));
        }
        if !day.reach.is_whole() {
            let _ = write!(summary, " – {}", w.may_affect());
        }
        // Two local calls on one date in one region are two events.
        let council = day.day.local.as_ref().and_then(|l| l.councils.first());
        line(&mut out, "BEGIN:VEVENT");
        line(
            &mut out,
            &format!(
                "UID:{}-{}-{}{}@strike-explainer",
                d.key,
                ics_date(date),
                d.region(region).key,
                council.map(|c| format!("-{}", c.code)).unwrap_or_default()
            ),
        );
        // Each change to the day is a revision, so a calendar holding an earlier file's event
        // takes this one over it (RFC 5545 3.8.7.4).
        line(&mut out, &format!("SEQUENCE:{}", day.history.len() - 1));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ics_date(date)));
        line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", ics_date(date.add_days(1))),
        );
        line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        line(&mut out, &format!("STATUS:{status}"));
        line(&mut out, "TRANSP:TRANSPARENT");
        if let Some(url) = last.sources.first().map(|&s| &d.source(s).url) {
            line(&mut out, &format!("URL:{url}"));
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// Appends a note, after a blank line: which councils it is about where it is about some, its
/// words (in the past tense once the dispute is `over` for the reader), and its sources.
fn note_text(out: &mut String, w: &dyn Words, d: &Dispute, note: &Note, over: bool) {
    let only = note.councils.as_ref().map_or(String::new(), |c| {
        format!("{}. ", w.only_in(&strings::council_names(w, c)))
    });
    let _ = write!(
        out,
        "\n\n{only}{}\n{}",
        note.text(over).get(w.lang()),
        sources_text(w, d, &note.body.sources)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(content: &str, expected: &str) {
        let mut out = String::new();
        line(&mut out, content);
        assert_eq!(out, expected, "{content:?}");
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical:?}",
                physical.len()
            );
        }
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        check("SUMMARY:short", "SUMMARY:short\r\n");
        let long = format!("DESCRIPTION:{}", "a".repeat(70));
        check(
            &long,
            &format!("DESCRIPTION:{}\r\n {}\r\n", "a".repeat(63), "a".repeat(7)),
        );
        // "é" is two octets: it moves to the next line rather than being cut in half.
        let accented = format!("X:{}é", "a".repeat(72));
        check(&accented, &format!("X:{}\r\n é\r\n", "a".repeat(72)));
    }

    /// The file for a reader of a fixture, unfolded as a calendar reads it.
    fn calendar_of(
        fixture: &str,
        lang: crate::lang::Lang,
        region: &str,
        council: Option<&str>,
        role: Option<&str>,
        on: &str,
    ) -> String {
        let d = crate::data::parse(fixture).unwrap_or_else(|e| panic!("{e}"));
        let at = Where {
            region: d.region_by_key(region).expect("a region of the fixture"),
            council: council.map(crate::model::Council::new),
        };
        let role = role.map(|r| d.role_by_key(r).expect("a role of the fixture"));
        let today: Date = on.parse().expect("a date");
        let answer = crate::explain::explain(&d, at.clone(), role, today);
        let text = calendar(strings::words(lang), &d, &answer, &at, role, today, 0);
        format!("{}\n{}", file_name(&d, &at), text.replace("\r\n ", ""))
    }

    /// The file's name, then each of its events as `date status sequence | title`, with
    /// ` + steps` where its description carries the every-field fixture's next step.
    fn events(file: &str) -> Vec<String> {
        let name = file.lines().next().unwrap_or_default().to_owned();
        let events = file.split("BEGIN:VEVENT").skip(1).map(|e| {
            let field = |name: &str| {
                e.lines()
                    .find_map(|l| l.strip_prefix(name))
                    .unwrap_or_default()
            };
            // The fixture's one next step, in the language of the file (English only).
            let steps = if field("DESCRIPTION:").contains("Check the school's messages") {
                " + steps"
            } else {
                ""
            };
            format!(
                "{} {} {} | {}{steps}",
                field("DTSTART;VALUE=DATE:"),
                field("STATUS:"),
                field("SEQUENCE:"),
                field("SUMMARY:"),
            )
        });
        std::iter::once(name).chain(events).collect()
    }

    #[test]
    fn a_readers_file_holds_the_days_ahead_under_titles_that_stay_true_with_their_roles_steps() {
        use crate::lang::Lang::{Cy, En};
        const EVERY: &str = include_str!("../tests/fixtures/every-field.json");
        const ROLLING: &str = include_str!("../tests/fixtures/rolling.json");
        // Issue #21: a title froze a countdown ("– In 16 days"), past days were in the file, and
        // the advice for the reader's role was not. The synthetic fixture's North on 6 February
        // 2023: 1 February is past; 10 February was postponed to 10 March on 5 February (in the
        // file, cancelled, so a calendar holding it updates it); 20 February and 10 March are
        // ahead. Its parents have a next step.
        // The fixture, the language, the region, council and role, the reader's date, and what
        // the file holds.
        type Case = (
            &'static str,
            crate::lang::Lang,
            &'static str,
            Option<&'static str>,
            Option<&'static str>,
            &'static str,
            &'static [&'static str],
        );
        let cases: [Case; 6] = [
            (
                EVERY,
                En,
                "n",
                None,
                Some("p"),
                "2023-02-06",
                &[
                    "strike-days-n.ics",
                    "20230210 CANCELLED 1 | Teachers' strike day: the North – Postponed to 10 March 2023",
                    "20230220 CONFIRMED 0 | Teachers' strike day: the North + steps",
                    "20230310 CONFIRMED 0 | Teachers' strike day: the North + steps",
                ],
            ),
            // Without a role, and for a role with no next steps: no advice.
            (
                EVERY,
                En,
                "n",
                None,
                None,
                "2023-02-06",
                &[
                    "strike-days-n.ics",
                    "20230210 CANCELLED 1 | Teachers' strike day: the North – Postponed to 10 March 2023",
                    "20230220 CONFIRMED 0 | Teachers' strike day: the North",
                    "20230310 CONFIRMED 0 | Teachers' strike day: the North",
                ],
            ),
            (
                EVERY,
                En,
                "n",
                None,
                Some("t"),
                "2023-02-17",
                &[
                    "strike-days-n.ics",
                    "20230220 CONFIRMED 0 | Teachers' strike day: the North",
                    "20230310 CONFIRMED 0 | Teachers' strike day: the North",
                ],
            ),
            // In Welsh (the fixture's names are in English only), once 20 February is called off.
            (
                EVERY,
                Cy,
                "n",
                None,
                Some("p"),
                "2023-02-19",
                &[
                    "strike-days-n.ics",
                    "20230220 CANCELLED 1 | Diwrnod streic athrawon: the North – Wedi'i ganslo",
                    "20230310 CONFIRMED 0 | Diwrnod streic athrawon: the North + steps",
                ],
            ),
            // Issue #20: the synthetic rolling dispute on 17 January 2023, in Fife, then in the
            // whole of Scotland, where each day is one council's.
            (
                ROLLING,
                En,
                "scotland",
                Some("S12000047"),
                None,
                "2023-01-17",
                &[
                    "strike-days-scotland-S12000047.ics",
                    "20230117 CONFIRMED 1 | Teachers' strike day: Fife\\, Scotland",
                ],
            ),
            (
                ROLLING,
                En,
                "scotland",
                None,
                None,
                "2023-01-17",
                &[
                    "strike-days-scotland.ics",
                    "20230117 CONFIRMED 1 | Teachers' strike day: Scotland – May affect your school",
                    "20230117 CONFIRMED 1 | Teachers' strike day: Scotland – May affect your school",
                    "20230118 CONFIRMED 0 | Teachers' strike day: Scotland – May affect your school",
                ],
            ),
        ];
        for (fixture, lang, region, council, role, on, expected) in cases {
            let file = calendar_of(fixture, lang, region, council, role, on);
            assert_eq!(events(&file), expected, "{region} {role:?} {on}: {file}");
        }
    }

    #[test]
    fn a_description_says_what_the_day_means_what_to_do_and_how_it_unfolded() {
        // The synthetic North's parent on 25 January 2023, for 1 February: the day's note, the
        // next step with its source, and the history with its sources, in that order.
        let file = calendar_of(
            include_str!("../tests/fixtures/every-field.json"),
            crate::lang::Lang::En,
            "n",
            None,
            Some("p"),
            "2023-01-25",
        );
        let first = file.split("BEGIN:VEVENT").nth(1).unwrap_or_default();
        // As written in the file: escaped.
        let said = [
            "Asked by their union to strike: Teacher; Head (U members only).",
            "\n\nSchools may close.\nP, “Strike called”, January 2023: https://example.org/a",
            "\n\nNext steps\n\nCheck the school's messages the evening before.\nQ, “Ballot”, 2023: https://example.org/b",
            "\n\nHow this day unfolded\n10 January 2023: Planned.\nP, “Strike called”, January 2023: https://example.org/a",
        ]
        .map(escape);
        let mut from = 0;
        for part in &said {
            let at = first[from..].find(part);
            assert!(at.is_some(), "{part:?} missing, or out of order: {first}");
            from += at.unwrap_or_default() + part.len();
        }
        // A title that a calendar keeps for weeks: no countdown.
        assert!(
            first.contains("SUMMARY:Teachers' strike day: the North\r\n"),
            "{first}"
        );
    }

    #[test]
    fn a_note_about_one_council_says_which_on_that_councils_day_only() {
        // Review of issue #20: a note about Fife read as a fact for every council.
        let text = calendar_of(
            include_str!("../tests/fixtures/rolling.json"),
            crate::lang::Lang::En,
            "scotland",
            None,
            Some("parent"),
            "2023-01-17",
        );
        let said = "Only in these council areas: Fife. Fife's made-up council said";
        assert_eq!(text.matches(said).count(), 1, "{text}");
    }

    #[test]
    fn text_is_escaped_and_instants_are_utc() {
        assert_eq!(
            escape("Pay, pensions; and \\ more\nnext"),
            "Pay\\, pensions\\; and \\\\ more\\nnext"
        );
        assert_eq!(ics_utc(0), "19700101T000000Z");
        assert_eq!(ics_utc(1_795_512_600_000), "20261124T093000Z");
    }
}
