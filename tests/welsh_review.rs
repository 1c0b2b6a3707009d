//! `docs/welsh-review.md`, generated: every string and sentence the widget says, in every
//! language side by side, as the code says it today, and every text of each bundled dispute
//! written in more than English, as `data::parse` reads it. A reviewer reads what readers read
//! (issue 19: the hand-written review showed Welsh the code no longer produced).
//!
//! The test fails while the committed file differs from what it would write, and says how to
//! write it again: `UPDATE_WELSH_REVIEW=1 cargo test --test welsh_review`. What each string rests
//! on is hand-kept beside it, by method, in `docs/welsh-review-basis.tsv`; a method there that
//! the code no longer has fails the test too, as does a `Words` method the review leaves out.

use std::fmt::Write as _;
use std::path::Path;

use strike_explainer::data;
use strike_explainer::explain::DayStatus;
use strike_explainer::lang::Lang;
use strike_explainer::model::{
    CalledOut, Clock, Council, Date, Dispute, Hours, PartialDate, Status, Text,
};
use strike_explainer::places::Kind;
use strike_explainer::present;
use strike_explainer::strings::{self, Words, words};

const DOC: &str = "docs/welsh-review.md";
const BASIS: &str = "docs/welsh-review-basis.tsv";
const QUESTIONS: &str = "docs/welsh-review-questions.md";
const UPDATE: &str = "UPDATE_WELSH_REVIEW=1 cargo test --test welsh_review";

fn path(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn day(iso: &str) -> Date {
    iso.parse().unwrap_or_else(|e| panic!("{iso}: {e}"))
}

/// A sentence as each language says it, for the given arguments.
type Say = Box<dyn Fn(&dyn Words, &Dispute) -> String>;

/// One row of the sentences: the method, the case shown, and how to say it.
struct Sentence {
    method: &'static str,
    case: String,
    say: Say,
}

fn sentence(
    method: &'static str,
    case: impl Into<String>,
    say: impl Fn(&dyn Words, &Dispute) -> String + 'static,
) -> Sentence {
    Sentence {
        method,
        case: case.into(),
        say: Box::new(say),
    }
}

/// One of each plural category (0, 1, 2, 3, 6, 8) and a large count (11).
const COUNTS: [usize; 7] = [0, 1, 2, 3, 6, 8, 11];

/// Every sentence `Words` builds, with example arguments; names (regions, roles, councils) are
/// the bundled dispute's own, in the language of the column.
fn sentences() -> Vec<Sentence> {
    let d1 = day("2023-02-01");
    let d2 = day("2023-03-16");
    let to = day("2023-03-02");
    let wales = |d: &Dispute| {
        d.region(
            d.region_by_key("wales")
                .expect("the bundled dispute has Wales"),
        )
        .clone()
    };
    let outside = |d: &Dispute| {
        d.regions
            .iter()
            .find(|r| !r.in_dispute)
            .expect("the bundled dispute has a region outside it")
            .clone()
    };
    let mut out = vec![
        sentence("weekday", "Wednesday", |w, _| {
            w.weekday(strike_explainer::model::Weekday::Wednesday)
                .into()
        }),
        sentence("month_name", "2", |w, _| w.month_name(2).into()),
        sentence("date", "", move |w, _| w.date(d1)),
        sentence("short_date", "", move |w, _| w.short_date(d1)),
        sentence("day_and_date", "", move |w, _| w.day_and_date(d1)),
        sentence("long_date", "", move |w, _| w.long_date(d1)),
        sentence("long_date", "a Tuesday in February", |w, _| {
            w.long_date(day("2023-02-14"))
        }),
        sentence("partial_date", "day", move |w, _| {
            w.partial_date(PartialDate::Day(d1))
        }),
        sentence("partial_date", "month", |w, _| {
            w.partial_date(PartialDate::Month(2022, 11))
        }),
        sentence("partial_date", "year", |w, _| {
            w.partial_date(PartialDate::Year(2023))
        }),
        sentence("published", "none", |w, _| w.published(None)),
        sentence("chip_label", "went ahead", move |w, _| {
            w.chip_label(d1, DayStatus::WentAhead)
        }),
        sentence("replaying", "", move |w, _| w.replaying(d1)),
        sentence("as_of", "", move |w, _| w.as_of(d1)),
        sentence("reader", "", move |w, _| {
            w.reader("Cymru", Some("Rhiant neu ofalwr"))
        }),
        sentence("checked_on", "", move |w, _| w.checked_on(d1)),
    ];
    let statuses = [
        ("Upcoming, 1", DayStatus::Upcoming { days: 1 }),
        ("Upcoming, 2", DayStatus::Upcoming { days: 2 }),
        ("Upcoming, 8", DayStatus::Upcoming { days: 8 }),
        ("Tomorrow", DayStatus::Tomorrow),
        ("Today", DayStatus::Today),
        ("WentAhead", DayStatus::WentAhead),
        ("Postponed to", DayStatus::Postponed { to: Some(to) }),
        ("Postponed", DayStatus::Postponed { to: None }),
        ("Suspended", DayStatus::Suspended),
        ("CalledOff", DayStatus::CalledOff),
        ("Unconfirmed", DayStatus::Unconfirmed),
        ("NotReported", DayStatus::NotReported),
    ];
    for (case, s) in statuses {
        out.push(sentence("status", case, move |w, _| w.status(s)));
    }
    let changes = [
        ("Planned", Status::Planned),
        ("Postponed to", Status::Postponed { to: Some(to) }),
        ("Postponed", Status::Postponed { to: None }),
        ("Suspended", Status::Suspended),
        ("CalledOff", Status::CalledOff),
        ("WentAhead", Status::WentAhead),
        ("NotReported", Status::NotReported),
    ];
    for (case, s) in changes {
        out.push(sentence("change", case, move |w, _| w.change(s)));
        out.push(sentence("change_sentence", case, move |w, _| {
            w.change_sentence(s)
        }));
    }
    for n in COUNTS {
        out.push(sentence("more_points", n.to_string(), move |w, _| {
            w.more_points(n)
        }));
    }
    for n in COUNTS {
        out.push(sentence("place_count", n.to_string(), move |w, _| {
            w.place_count(n)
        }));
    }
    for n in COUNTS {
        out.push(sentence("day_count", n.to_string(), move |w, _| {
            w.day_count(n)
        }));
    }
    // At least one strike day is in a file offered (issue 21).
    for n in COUNTS.into_iter().filter(|&n| n > 0) {
        out.push(sentence("calendar_saved", n.to_string(), move |w, _| {
            w.calendar_saved("strike-days-wales.ics", n)
        }));
    }
    for n in COUNTS {
        let last = if n < 2 { d1 } else { d2 };
        out.push(sentence(
            "days_summary",
            format!("{n}, past"),
            move |w, _| w.days_summary(n, d1, last, true, 0),
        ));
    }
    for n in COUNTS {
        let last = if n < 2 { d1 } else { d2 };
        out.push(sentence(
            "days_summary",
            format!("{n}, set"),
            move |w, _| w.days_summary(n, d1, last, false, 0),
        ));
    }
    for n in [1, 2, 11] {
        out.push(sentence(
            "days_summary",
            format!("1 past, {n} dropped"),
            move |w, _| w.days_summary(1, d1, d1, true, n),
        ));
    }
    out.push(sentence("days_summary", "across two years", |w, _| {
        w.days_summary(2, day("2023-12-01"), day("2024-01-18"), true, 0)
    }));
    for (case, s) in [
        ("Today", DayStatus::Today),
        ("Tomorrow", DayStatus::Tomorrow),
        ("Upcoming, 2", DayStatus::Upcoming { days: 2 }),
        ("Upcoming, 8", DayStatus::Upcoming { days: 8 }),
        ("other", DayStatus::Unconfirmed),
    ] {
        out.push(sentence("next", case, move |w, _| w.next(d2, s)));
    }
    out.extend([
        sentence("over", "", move |w, _| w.over(d2)),
        sentence("over_for_you", "", move |w, _| w.over_for_you(d2)),
        sentence("not_over_for_you", "", move |w, _| w.not_over_for_you(d2)),
        sentence("not_over_for_you_see_below", "", move |w, _| {
            w.not_over_for_you_see_below(d2)
        }),
        sentence("not_in_dispute", "a region outside it", move |w, d| {
            w.not_in_dispute(outside(d).within.get(w.lang()))
        }),
        sentence("none_scheduled", "Wales", move |w, d| {
            w.none_scheduled(wales(d).within.get(w.lang()))
        }),
    ]);
    let answers = [
        ("Yes", CalledOut::Yes),
        ("No", CalledOut::No),
        ("Members", CalledOut::Members("NEU".into())),
        ("MayJoin", CalledOut::MayJoin),
        ("Unconfirmed", CalledOut::Unconfirmed),
    ];
    for (case, a) in answers.clone() {
        out.push(sentence("called_out", case, move |w, _| w.called_out(&a)));
    }
    // The first sentence for staff (issue #21): over, and with a day ahead; on every day, on
    // some, on one or two; with days called off.
    let tally = |past, ahead, dropped| present::Tally {
        past,
        ahead,
        dropped,
    };
    for (case, a) in answers.clone() {
        for (shape, on, days) in [
            ("all 8", 8, tally(8, 0, 0)),
            ("7 of 8", 7, tally(8, 0, 0)),
            ("both, 3 dropped", 2, tally(2, 0, 3)),
            ("the one", 1, tally(1, 0, 1)),
            ("2 past, 2 ahead", 4, tally(2, 2, 0)),
            ("11 of 12", 11, tally(12, 0, 0)),
        ] {
            let a = a.clone();
            out.push(sentence(
                "lead_call",
                format!("{case}, {shape}"),
                move |w, _| w.lead_call(&a, on, days),
            ));
        }
    }
    for (who, child) in [("parent", true), ("pupil", false)] {
        for (shape, days) in [
            ("8 past", tally(8, 0, 0)),
            ("2 past, 3 dropped", tally(2, 0, 3)),
            ("4 ahead", tally(0, 4, 0)),
            ("1 past, 3 ahead", tally(1, 3, 0)),
            ("none held, 2 dropped", tally(0, 0, 2)),
        ] {
            out.push(sentence(
                "lead_school",
                format!("{who}, {shape}"),
                move |w, _| w.lead_school(child, days),
            ));
        }
    }
    out.push(sentence("closure_line", "England", |w, _| {
        w.closure_line(
            if w.lang() == Lang::Cy {
                "Lloegr"
            } else {
                "England"
            },
            "9%",
            "45%",
        )
    }));
    for (case, a) in answers {
        out.push(sentence("called_out_group", case, move |w, d| {
            let role = d.roles[0].name.get(w.lang());
            w.called_out_group(role, &a)
                .unwrap_or_else(|| "(not listed)".into())
        }));
    }
    out.push(sentence("called_out_line", "", |w, d| {
        let day = &d.days[0];
        w.called_out_line(&strings::called_out_groups(w, d, day))
    }));
    let kinds = [
        ("Postcode", Kind::Postcode),
        ("District", Kind::District),
        ("Area", Kind::Area),
        ("City", Kind::City),
        ("Town", Kind::Town),
        ("Ward", Kind::Ward),
        ("County", Kind::County),
        ("Council", Kind::Council),
        ("FormerCouncil", Kind::FormerCouncil),
    ];
    for (case, k) in kinds {
        out.push(sentence("place_kind", case, move |w, _| {
            w.place_kind(k).into()
        }));
    }
    let cardiff = |w: &dyn Words| {
        strike_explainer::places::councils()
            .council("W06000015")
            .map(|p| p.name_in(w.lang()).to_owned())
            .unwrap_or_default()
    };
    out.extend([
        sentence("place_detail", "Town, Wales", move |w, d| {
            let r = wales(d);
            w.place_detail(
                Kind::Town,
                r.name.get(w.lang()),
                r.within.get(w.lang()),
                false,
            )
        }),
        sentence("place_detail", "District, partly in Wales", move |w, d| {
            let r = wales(d);
            w.place_detail(
                Kind::District,
                r.name.get(w.lang()),
                r.within.get(w.lang()),
                true,
            )
        }),
        sentence("place_chosen", "Cardiff, Wales", move |w, d| {
            w.place_chosen(&cardiff(w), wales(d).within.get(w.lang()))
        }),
        sentence("place_in", "Cardiff, Wales", move |w, d| {
            w.place_in(&cardiff(w), wales(d).within.get(w.lang()))
        }),
        sentence("place_outside", "City", |w, _| w.place_outside(Kind::City)),
        sentence("place_not_covered", "Leeds", |w, _| {
            w.place_not_covered("Leeds")
        }),
        sentence("announcement", "Wales, a role, 3 days", move |w, d| {
            let role = d.roles[0].name.get(w.lang());
            w.announcement(
                wales(d).name.get(w.lang()),
                Some(role),
                "{headline}",
                3,
                Some(w.called_out(&CalledOut::Yes)),
            )
        }),
        sentence("announcement", "no role, 0 days", move |w, d| {
            w.announcement(wales(d).name.get(w.lang()), None, "{headline}", 0, None)
        }),
        sentence("source_marker_rest", "", |w, _| {
            w.source_marker_rest("{citation}")
        }),
        sentence("source_citation", "title", |w, _| {
            w.source_citation(
                "Golwg360",
                Some("{title}"),
                Some(PartialDate::Month(2023, 3)),
            )
        }),
        sentence("source_citation", "undated", |w, _| {
            w.source_citation("Golwg360", None, None)
        }),
        sentence("source_lead", "", move |w, _| {
            w.source_lead("Golwg360", Some(PartialDate::Day(d1)))
        }),
        sentence("all_sources_count", "107", |w, _| w.all_sources_count(107)),
        sentence("closure_row", "Wales", move |w, d| {
            w.closure_row(d1, wales(d).name.get(w.lang()))
        }),
        sentence("only_in", "Cardiff, Hartlepool", |w, _| {
            let codes = [Council::new("W06000015"), Council::new("E06000001")];
            w.only_in(&strings::council_names(w, &codes))
        }),
        sentence("none_scheduled_council", "Highland", |w, _| {
            w.none_scheduled_council("Highland")
        }),
        sentence("only_schools", "secondary schools", |w, _| {
            w.only_schools("secondary schools")
        }),
        sentence("only_part", "Cardiff; secondary schools", |w, _| {
            w.only_part(Some("Cardiff"), Some("secondary schools"))
        }),
        sentence("next_part", "Cardiff", move |w, _| {
            let only = w.only_part(Some("Cardiff"), Some("secondary schools"));
            w.next_part(d1, DayStatus::Today, &only)
        }),
        sentence("may_affect", "", |w, _| w.may_affect().to_owned()),
        sentence("part_days", "2", |w, _| w.part_days(2, true)),
        sentence("part_days", "1", |w, _| w.part_days(1, false)),
        sentence("not_reported_days", "1", |w, _| {
            w.not_reported_days(1, false)
        }),
        sentence("not_reported_days", "2 more", |w, _| {
            w.not_reported_days(2, true)
        }),
        sentence("not_reported_days", "1 more", |w, _| {
            w.not_reported_days(1, true)
        }),
        sentence("not_reported_days", "18", |w, _| {
            w.not_reported_days(18, false)
        }),
    ]);
    let (march20, april21) = (day("2023-03-20"), day("2023-04-21"));
    let periods = [
        ("days", PartialDate::Day(march20), PartialDate::Day(april21)),
        (
            "months",
            PartialDate::Month(2023, 3),
            PartialDate::Month(2023, 4),
        ),
        (
            "a day to a month",
            PartialDate::Day(march20),
            PartialDate::Month(2023, 4),
        ),
        (
            "one month",
            PartialDate::Month(2023, 3),
            PartialDate::Month(2023, 3),
        ),
        (
            "across two years",
            PartialDate::Day(day("2022-12-12")),
            PartialDate::Month(2023, 1),
        ),
    ];
    for (case, from, until) in periods {
        out.push(sentence("period", case, move |w, _| w.period(from, until)));
    }
    let programmes = [
        ("planned", Status::Planned, None, false),
        ("planned, Cardiff", Status::Planned, Some("Cardiff"), false),
        ("planned, past", Status::Planned, None, true),
        (
            "planned, past, Cardiff",
            Status::Planned,
            Some("Cardiff"),
            true,
        ),
        ("suspended", Status::Suspended, None, false),
        ("called off", Status::CalledOff, None, false),
        (
            "called off, Cardiff",
            Status::CalledOff,
            Some("Cardiff"),
            true,
        ),
    ];
    for (case, status, council, past) in programmes {
        out.push(sentence("programme", case, move |w, _| {
            let period = w.period(PartialDate::Day(march20), PartialDate::Day(april21));
            let only = council.map(|c| w.only_part(Some(c), None));
            w.programme(&period, status, day("2023-03-13"), only.as_deref(), past)
        }));
    }
    let hours = [
        ("midnight to noon", Some(0), Some(720)),
        ("until noon", None, Some(720)),
        ("9.30 to midnight", Some(570), Some(1440)),
        ("from 13.05", Some(785), None),
    ];
    for (case, from, to) in hours {
        out.push(sentence("hours", case, move |w, _| {
            w.hours(&Hours {
                from: from.map(Clock),
                to: to.map(Clock),
                sources: Vec::new(),
            })
        }));
    }
    out
}

/// A table cell: one line, with no column break in it.
fn cell(s: &str) -> String {
    if s.is_empty() {
        return "(empty)".into();
    }
    s.replace('|', "\\|").replace('\n', "<br>")
}

/// The hand-kept basis of each string, by method: `(method, case, basis, confidence)`.
fn basis() -> Vec<[String; 4]> {
    let text = std::fs::read_to_string(path(BASIS)).unwrap_or_else(|e| panic!("{BASIS}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split('\t').map(str::to_owned);
            let mut next = || f.next().unwrap_or_default();
            [next(), next(), next(), next()]
        })
        .collect()
}

/// What a method rests on, every case of it in one cell: `Postponed: S4C-12926 (A)`.
fn basis_of(basis: &[[String; 4]], method: &str) -> String {
    let notes: Vec<String> = basis
        .iter()
        .filter(|[m, ..]| m == method)
        .map(|[_, case, why, conf]| {
            let why = if why.is_empty() { "—" } else { why };
            let case = if case.is_empty() {
                String::new()
            } else {
                format!("{case}: ")
            };
            format!("{case}{why} ({conf})")
        })
        .collect();
    if notes.is_empty() {
        "not yet noted".into()
    } else {
        cell(&notes.join("; "))
    }
}

/// Every text of a dispute a reader can see, by its path in the data file.
fn texts(d: &Dispute) -> Vec<(String, &Text)> {
    let mut out = vec![
        ("title".to_owned(), &d.title),
        ("summary.text".to_owned(), &d.summary.text),
    ];
    for (i, r) in d.regions.iter().enumerate() {
        out.push((format!("regions[{i}].name"), &r.name));
        out.push((format!("regions[{i}].in"), &r.within));
    }
    for (i, r) in d.roles.iter().enumerate() {
        out.push((format!("roles[{i}].name"), &r.name));
    }
    for (i, day) in d.days.iter().enumerate() {
        for (j, c) in day.called_out.iter().enumerate() {
            if let Some(note) = &c.note {
                out.push((format!("days[{i}].called_out[{j}].note"), note));
            }
        }
        for (j, h) in day.history.iter().enumerate() {
            if let Some(note) = &h.note {
                out.push((format!("days[{i}].history[{j}].note"), note));
            }
        }
    }
    for (i, e) in d.endings.iter().enumerate() {
        out.push((format!("endings[{i}].text"), &e.body.text));
    }
    for (i, e) in d.story.iter().enumerate() {
        out.push((format!("story[{i}].text"), &e.body.text));
        if let Some(stands) = &e.stands {
            out.push((format!("story[{i}].stands"), stands));
        }
    }
    for (i, n) in d.notes.iter().enumerate() {
        out.push((format!("notes[{i}].text"), &n.body.text));
        if let Some(past) = &n.past {
            out.push((format!("notes[{i}].past"), past));
        }
    }
    for (i, c) in d.closures.iter().enumerate() {
        out.push((format!("closures[{i}].label"), &c.label));
    }
    for (i, f) in d.figures.iter().enumerate() {
        out.push((format!("figures[{i}].label"), &f.label));
        out.push((format!("figures[{i}].value"), &f.value));
    }
    out
}

/// A table's head: the first columns, then one per language (named in itself).
fn head(doc: &mut String, first: &[&str], last: &[&str]) {
    let names: Vec<&str> = Lang::ALL.into_iter().map(Lang::own_name).collect();
    let cols: Vec<&str> = first.iter().chain(&names).chain(last).copied().collect();
    let _ = writeln!(doc, "| {} |", cols.join(" | "));
    let _ = writeln!(doc, "|{}", "---|".repeat(cols.len()));
}

/// The review document, as the code and the bundled data say things today.
fn review() -> String {
    let d = data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{}", e.report("bundled")));
    let basis = basis();
    let mut doc = String::new();
    let _ = write!(
        doc,
        "# Welsh for review\n\n\
         <!-- Generated by tests/welsh_review.rs: do not edit. Regenerate: {UPDATE} -->\n\n\
         **Generated from the code and the bundled data; do not edit by hand.** Every string and \
         sentence the widget says (`src/strings/`), in each language side by side, and every text \
         of each bundled dispute written in Welsh, exactly as readers see them. `cargo test` fails \
         while this file differs from what the code says; after changing a string or a data file, \
         write it again with\n\n    {UPDATE}\n\n\
         What each string rests on is hand-kept in `{BASIS}` (by method) and shown in the \
         *Basis* column: **A**, the exact form is in a source; **A~**, a minor source or another \
         inflection; **I**, inferred, for a native speaker to check. Source ids (CLDR-G, S4C-…, \
         BBC-…) are those of the project's Welsh research notes. **This is not a native \
         speaker's Welsh**: please review every row, the *I* rows first.\n\n"
    );
    let _ = writeln!(doc, "## The rules the Welsh keeps\n");
    let _ = writeln!(
        doc,
        "As `src/strings/cy.rs` states them (its module comment):\n"
    );
    let cy = std::fs::read_to_string(path("src/strings/cy.rs")).expect("src/strings/cy.rs");
    let rules: Vec<&str> = cy
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.trim_start_matches("//!").trim_start_matches(' '))
        .skip_while(|l| !l.starts_with("- "))
        .collect();
    let _ = writeln!(doc, "{}\n", rules.join("\n"));

    let _ = writeln!(doc, "## Labels (every string without arguments)\n");
    head(&mut doc, &["Method"], &["Basis"]);
    let by_lang: Vec<Vec<(&str, String)>> = Lang::ALL
        .into_iter()
        .map(|l| strings::labels(words(l)))
        .collect();
    for (i, (method, _)) in by_lang[0].iter().enumerate() {
        let texts: Vec<String> = by_lang.iter().map(|l| cell(&l[i].1)).collect();
        let _ = writeln!(
            doc,
            "| `{method}` | {} | {} |",
            texts.join(" | "),
            basis_of(&basis, method)
        );
    }

    let _ = writeln!(
        doc,
        "\n## Sentences\n\nEach sentence with example arguments: dates, counts (one of each \
         plural category, and 11), and names from the bundled dispute in the column's language. \
         `{{headline}}`, `{{citation}}` and `{{title}}` stand for text passed in.\n"
    );
    head(&mut doc, &["Method", "Case"], &["Basis"]);
    let mut last = "";
    for s in sentences() {
        let texts: Vec<String> = Lang::ALL
            .into_iter()
            .map(|l| cell(&(s.say)(words(l), &d)))
            .collect();
        let basis = if s.method == last {
            String::new()
        } else {
            basis_of(&basis, s.method)
        };
        let _ = writeln!(
            doc,
            "| `{}` | {} | {} | {basis} |",
            s.method,
            s.case.replace('|', "\\|"),
            texts.join(" | ")
        );
        last = s.method;
    }

    for (id, text) in data::DISPUTES {
        let d = data::parse(text).unwrap_or_else(|e| panic!("{}", e.report(id)));
        let _ = writeln!(doc, "\n## Data: `data/{id}.json`\n");
        let translated: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|&l| l != Lang::FALLBACK && d.title.written_in(l).is_some())
            .collect();
        if translated.is_empty() {
            let _ = writeln!(
                doc,
                "Written in English only: Welsh readers see the English.",
            );
            continue;
        }
        let _ = writeln!(
            doc,
            "Every text a reader can see, by its path in the file. *Review* marks a text whose \
             Welsh the file flags for review (`\"review\": true`).\n"
        );
        head(&mut doc, &["Path"], &["Review"]);
        for (path, t) in texts(&d) {
            let cols: Vec<String> = Lang::ALL
                .into_iter()
                .map(|l| {
                    t.written_in(l)
                        .map_or_else(|| "(English shown)".into(), cell)
                })
                .collect();
            let review = if t.review { "review" } else { "" };
            let _ = writeln!(doc, "| `{path}` | {} | {review} |", cols.join(" | "));
        }
    }
    let questions =
        std::fs::read_to_string(path(QUESTIONS)).unwrap_or_else(|e| panic!("{QUESTIONS}: {e}"));
    let questions = questions
        .split_once("-->")
        .map_or(questions.as_str(), |(_, q)| q)
        .trim();
    let _ = write!(
        doc,
        "\n## Questions for the reviewer\n\nHand-kept in `{QUESTIONS}`.\n\n{questions}\n"
    );
    doc
}

/// The `Words` methods, as `src/strings/mod.rs` declares them.
fn words_methods() -> Vec<String> {
    let text = std::fs::read_to_string(path("src/strings/mod.rs")).expect("src/strings/mod.rs");
    let start = text.find("pub trait Words").expect("the Words trait");
    let body = &text[start..];
    let end = body.find("\n}\n").expect("the trait's end");
    body[..end]
        .lines()
        .filter_map(|l| l.trim().strip_prefix("fn "))
        .map(|l| l.split(['(', '<']).next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_review_shows_every_method_and_notes_only_methods_that_exist() {
    let methods = words_methods();
    assert!(methods.len() > 50, "{methods:?}");
    let labels: Vec<&str> = strings::labels(words(Lang::Cy))
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    let said: Vec<&str> = sentences().iter().map(|s| s.method).collect();
    for m in &methods {
        // `lang` says which language; `weekdays_long` is `weekday` seven times.
        let shown = m == "lang" || labels.contains(&m.as_str()) || said.contains(&m.as_str());
        assert!(
            shown,
            "Words::{m} is not in the Welsh review: add it to tests/welsh_review.rs"
        );
    }
    for [m, ..] in basis() {
        assert!(
            methods.contains(&m),
            "{BASIS} notes `{m}`, which Words no longer has"
        );
    }
}

#[test]
fn the_committed_review_is_what_the_code_says() {
    let want = review();
    let file = path(DOC);
    if std::env::var_os("UPDATE_WELSH_REVIEW").is_some() {
        std::fs::write(&file, &want).unwrap_or_else(|e| panic!("{DOC}: {e}"));
        return;
    }
    let have = std::fs::read_to_string(&file).unwrap_or_default();
    if have != want {
        let line = have
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| have.lines().count().min(want.lines().count()));
        panic!(
            "{DOC} is stale: it no longer shows what the code and the bundled data say \
             (first difference at line {}). Write it again with\n\n    {UPDATE}\n",
            line + 1
        );
    }
}
