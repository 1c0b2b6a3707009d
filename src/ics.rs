//! A reader's strike days as an iCalendar file (RFC 5545): all-day events with a stable UID,
//! DTSTAMP, escaped text, folded lines, and a description of what the day means with its sources.
//!
//! Pure: "now" (for DTSTAMP) is an argument and the text is returned, not downloaded. It must not
//! decide which days concern the reader (that is `explain`) or touch the DOM.

use std::fmt::Write as _;

use crate::explain::{Answer, DayStatus};
use crate::model::{Date, Dispute, SourceId, Where};
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

/// The calendar for `answer` (the reader's days `at` their region and council), stamped at
/// `now_utc_ms`. Its name and its events name the reader's council where they gave it.
pub fn calendar(
    w: &dyn Words,
    d: &Dispute,
    answer: &Answer<'_>,
    at: &Where,
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
    for day in &answer.days {
        let date = day.day.date;
        let status = match day.status {
            DayStatus::CalledOff | DayStatus::Postponed { .. } => "CANCELLED",
            DayStatus::Suspended | DayStatus::Unconfirmed | DayStatus::NotReported => "TENTATIVE",
            _ => "CONFIRMED",
        };
        let mut description = String::new();
        let _ = write!(description, "{}.", w.status(day.status));
        if let Some(last) = day.history.last() {
            let _ = write!(description, "\n{}", sources_text(w, d, &last.sources));
        }
        if let Some(hours) = &day.day.hours {
            let _ = write!(
                description,
                "\n{}. {}",
                w.hours(hours),
                sources_text(w, d, &hours.sources)
            );
        }
        if let Some(local) = &day.day.local {
            let names = strings::council_names(w, &local.councils);
            let _ = write!(
                description,
                "\n{}. {}",
                w.only_in(&names),
                sources_text(w, d, &local.sources)
            );
        }
        if let Some(scope) = &day.day.scope {
            let _ = write!(
                description,
                "\n{}. {}",
                w.only_schools(scope.text.get(lang)),
                sources_text(w, d, &scope.sources)
            );
        }
        let called = strings::called_out_groups(w, d, day.day);
        let _ = write!(description, "\n{}", w.called_out_line(&called));
        if let Some(call) = day.called_out {
            let _ = write!(description, " {}", w.called_out(&call.answer));
            if let Some(note) = &call.note {
                let _ = write!(description, " {}", note.get(lang));
            }
            let _ = write!(description, "\n{}", sources_text(w, d, &call.sources));
        }
        // In the past tense where the note has one, once the dispute is over for the reader.
        for note in &day.notes {
            let only = note.councils.as_ref().map_or(String::new(), |c| {
                format!("{}. ", w.only_in(&strings::council_names(w, c)))
            });
            let _ = write!(
                description,
                "\n\n{only}{}\n{}",
                note.text(answer.is_over()).get(lang),
                sources_text(w, d, &note.body.sources)
            );
        }
        if !day.history.is_empty() {
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
        }
        let mut summary = format!(
            "{}: {} – {}",
            w.ics_summary(),
            place_name,
            w.status(day.status)
        );
        // A day for only part of the reader's area says so in its title (issue #20).
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
        if let Some(url) = day
            .history
            .last()
            .and_then(|h| h.sources.first())
            .map(|&s| &d.source(s).url)
        {
            line(&mut out, &format!("URL:{url}"));
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
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

    #[test]
    fn a_day_note_is_in_the_past_tense_once_the_dispute_is_over() {
        // Issue #20: a 2026 reader was told "Families on free school meals get £5 for the two
        // days". The fixture's day note for parents has a past wording; the dispute ends on
        // 20 March 2023.
        let d = crate::data::parse(include_str!("../tests/fixtures/every-field.json"))
            .expect("the fixture is valid");
        let (Some(north), Some(parent)) = (d.region_by_key("n"), d.role_by_key("p")) else {
            panic!("the fixture has region n and role p");
        };
        let w = crate::strings::words(crate::lang::Lang::En);
        for (on, told, not) in [
            ("2023-02-02", "Schools may close.", "Schools could close."),
            ("2023-03-21", "Schools could close.", "Schools may close."),
        ] {
            let on = on.parse().expect("a date");
            let answer = crate::explain::explain(&d, north, Some(parent), on);
            let file = calendar(w, &d, &answer, &Where::from(north), 0).replace("\r\n ", "");
            assert!(file.contains(told) && !file.contains(not), "{on}: {file}");
        }
    }

    #[test]
    fn a_note_about_one_council_says_which_on_that_councils_day_only() {
        // Review of issue #20: a note about Fife read as a fact for every council.
        let d = crate::data::parse(include_str!("../tests/fixtures/rolling.json"))
            .unwrap_or_else(|e| panic!("{e}"));
        let scotland = d.region_by_key("scotland").expect("a region");
        let parent = d.role_by_key("parent");
        let today: Date = "2023-01-17".parse().expect("a date");
        let answer = crate::explain::explain(&d, scotland, parent, today);
        let text = calendar(&strings::En, &d, &answer, &Where::from(scotland), 0);
        let text = text.replace("\r\n ", "");
        let said = "Only in these council areas: Fife. Fife's made-up council said";
        assert_eq!(text.matches(said).count(), 1, "{text}");
    }

    #[test]
    fn a_readers_calendar_names_their_council_and_holds_its_days() {
        // Issue #20: the synthetic rolling dispute on 17 January 2023.
        let d = crate::data::parse(include_str!("../tests/fixtures/rolling.json"))
            .unwrap_or_else(|e| panic!("{e}"));
        let scotland = d.region_by_key("scotland").expect("a region");
        let today: Date = "2023-01-17".parse().expect("a date");
        let file = |council: Option<&str>| {
            let at = Where {
                region: scotland,
                council: council.map(crate::model::Council::new),
            };
            let answer = crate::explain::explain(&d, at.clone(), None, today);
            let text = calendar(&strings::En, &d, &answer, &at, 0);
            // Unfolded, as a calendar reads it.
            let text = text.replace("\r\n ", "");
            let summaries: Vec<&str> = text
                .lines()
                .filter_map(|l| l.strip_prefix("SUMMARY:"))
                .collect();
            format!("{} {}", file_name(&d, &at), summaries.join(" | "))
        };
        assert_eq!(
            file(Some("S12000047")),
            "strike-days-scotland-S12000047.ics Teachers' strike day: Fife\\, Scotland – Went ahead | Teachers' strike day: Fife\\, Scotland – Today"
        );
        assert_eq!(
            file(None),
            "strike-days-scotland.ics Teachers' strike day: Scotland – Went ahead | Teachers' strike day: Scotland – Today – May affect your school | Teachers' strike day: Scotland – Today – May affect your school | Teachers' strike day: Scotland – Tomorrow – May affect your school"
        );
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
