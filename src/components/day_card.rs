//! One strike day: its date, where it stands, who was called out and what it means.

use leptos::prelude::*;

use super::disclosure::Opened;
use super::note_list::NoteList;
use super::source_links::SourceLinks;
use crate::explain::DayAnswer;
use crate::model::{CalledOut, Closure};
use crate::strings;

/// A compact row for one strike day: its date, where it stands and one line of what it meant;
/// who was called out, the day's notes and its history behind a disclosure, built when first
/// opened.
#[component]
pub fn DayCard(
    /// The day as `explain` sees it on the reader's date.
    answer: DayAnswer<'static>,
    /// Its place in the answer's days, for its row id (the answer card's chips find it by it).
    index: usize,
    /// What the call said to the reader's group, said on the row where the answer's first
    /// sentence has not said it (`present::Rows::call_on`).
    call: Option<&'static CalledOut>,
    /// The day's figures of schools closed and partly open, for parents and pupils
    /// (`present::Rows::closure_on`).
    closure: Option<&'static Closure>,
    /// Whether the date shows its year (not when every day is in the same year).
    with_year: bool,
    /// Whether the dispute is over for the reader on the date shown: the day's notes with a
    /// past-tense wording use it, as general notes do.
    over: bool,
) -> impl IntoView {
    let w = super::words();
    let day = answer.day;
    // One line on the row for staff where their group's call differs from what the first
    // sentence said; for parents and pupils, how many schools closed. Who was called out is
    // always behind the row's disclosure.
    let line = call.map(|call| {
        view! {
            <span class="se-day__line se-day__yours" data-called-out=call.as_str()>
                {w.called_out(call)}
            </span>
        }
    });
    let figures = closure.map(|c| {
        view! {
            <span class="se-day__line se-day__closures">
                {strings::closure_line(w, c)}
            </span>
        }
    });
    // A part-day strike says its hours on the row, and their sources inside.
    let hours = day.hours.as_ref().map(|h| {
        view! { <span class="se-day__line se-day__hours">{w.hours(h)}</span> }
    });
    // A local call names its council areas on the row, and their sources inside.
    let local = day.local.as_ref().map(|l| {
        view! { <span class="se-day__line se-day__local">{w.only_in(&strings::council_names(w, &l.councils))}</span> }
    });
    // A call for some schools only says which, and a day that may not be the reader's says
    // so (issue #20).
    let scope = day.scope.as_ref().map(|s| {
        view! { <span class="se-day__line se-day__scope">{w.only_schools(s.text.get(w.lang()))}</span> }
    });
    let maybe = (!answer.reach.is_whole())
        .then(|| view! { <span class="se-day__line se-day__maybe">{w.may_affect()}</span> });
    let status = answer.status;
    // Built when the reader first opens the row: most rows are never opened. Static facts have
    // no script to open it: open, with its body.
    let open = super::is_static();
    let opened = Opened::new(open);
    // Date, status and one line: the whole row in static facts for every area, else the
    // summary of its disclosure.
    // Without the stylesheet that sets each line apart (static facts), punctuation does:
    // "Wednesday 1 February: Went ahead. England: 9% closed, 45% partly open."
    let plain = super::is_static();
    let head = view! {
        <span class="se-day__top">
            <time class="se-day__date" datetime=day.date.to_string()>
                {if with_year { w.long_date(day.date) } else { w.day_and_date(day.date) }}
            </time>
            {if plain { w.after_date() } else { " " }}
            <span class="se-badge" data-status=status.as_str()>{w.status(status)}</span>
            {plain.then_some(".")}
        </span>
        {maybe.map(|v| view! { {plain.then_some(" ")}{v} })}
        {hours.map(|v| view! { {plain.then_some(" ")}{v} })}
        {local.map(|v| view! { {plain.then_some(" ")}{v} })}
        {scope.map(|v| view! { {plain.then_some(" ")}{v} })}
        {line.map(|v| view! { {plain.then_some(" ")}{v} })}
        {figures.map(|v| view! { {plain.then_some(" ")}{v} })}
    };
    if !super::row_detail() {
        // Without the row's detail, where it stands is sourced here: the latest change's
        // sources.
        let sources = answer
            .history
            .last()
            .map(|h| view! { " "<SourceLinks sources=h.sources.clone() /> });
        return view! { <li class="se-day" data-status=status.as_str()>{head}{sources}</li> }
            .into_any();
    }
    let details = move || {
        opened
            .get()
            .then(|| untrack(|| row_details(&answer, closure, over)))
    };
    // The row is the disclosure's summary: date, status and one line, so each day's name is
    // its own (a screen reader's list of disclosures tells them apart) and the row is one tap.
    view! {
        <li
            class="se-day"
            data-status=status.as_str()
            id=super::answer_card::day_row_id(day.date, index)
            tabindex="-1"
        >
            <details class="se-day__details" open=open on:toggle=move |_| opened.mark()>
                <summary class="se-day__head" on:click=move |_| opened.mark()>{head}</summary>
                {details}
            </details>
        </li>
    }
    .into_any()
}

/// What the row's disclosure holds: the sources of its hours and council areas, where the
/// reader's group stood, who was called out, the day's notes and its history.
fn row_details(
    answer: &DayAnswer<'static>,
    closure: Option<&'static Closure>,
    over: bool,
) -> impl IntoView + use<> {
    let w = super::words();
    let d = super::dispute();
    let day = answer.day;
    let called_out = strings::called_out_groups(w, d, day);
    let yours = answer.called_out.map(|call| {
        view! {
            <p class="se-day__who">
                {w.called_out(&call.answer)}
                {call.note.as_ref().map(|n| format!(" {}", n.get(w.lang())))}" "
                <SourceLinks sources=call.sources.clone() />
            </p>
        }
    });
    let history = answer
        .history
        .iter()
        .map(|h| {
            view! {
                <li>
                    <time datetime=h.on.to_string()>{w.date(h.on)}</time>{w.after_date()}
                    <strong>{w.change_sentence(h.status)}</strong>
                    {h.note.as_ref().map(|n| format!(" {}", n.get(w.lang())))}" "
                    <SourceLinks sources=h.sources.clone() />
                </li>
            }
        })
        .collect_view();
    let notes =
        (!answer.notes.is_empty()).then(|| view! { <NoteList notes=answer.notes.clone() over /> });
    let local_sources = day.local.as_ref().map(|l| {
        let line = w.only_in(&strings::council_names(w, &l.councils));
        view! { <p class="se-day__who">{format!("{line}.")}" "<SourceLinks sources=l.sources.clone() /></p> }
    });
    let scope_sources = day.scope.as_ref().map(|s| {
        let line = w.only_schools(s.text.get(w.lang()));
        view! { <p class="se-day__who">{format!("{line}.")}" "<SourceLinks sources=s.sources.clone() /></p> }
    });
    let hours_sources = day.hours.as_ref().map(|h| {
        view! { <p class="se-day__who">{format!("{}.", w.hours(h))}" "<SourceLinks sources=h.sources.clone() /></p> }
    });
    // The figures' sources, for the row that shows them.
    let closure_sources = closure.map(|c| {
        view! { <p class="se-day__who">{w.closure_row(c.date, c.label.get(w.lang()))}" "<SourceLinks sources=c.sources.clone() /></p> }
    });
    view! {
        <div class="se-day__body">
            {closure_sources}
            {hours_sources}
            {local_sources}
            {scope_sources}
            {yours}
            <p class="se-day__who">{w.called_out_line(&called_out)}</p>
            {notes}
            <h4 class="se-day__subheading">{w.history()}</h4>
            <ol>{history}</ol>
        </div>
    }
}
