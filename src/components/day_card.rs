//! One strike day: its date, where it stands, who was called out and what it means.

use leptos::prelude::*;

use super::note_list::NoteList;
use super::source_links::SourceLinks;
use crate::explain::DayAnswer;
use crate::strings;

/// A compact row for one strike day: its date, where it stands and one line of what it meant;
/// who was called out, the day's notes and its history behind a disclosure.
#[component]
pub fn DayCard(
    /// The day as `explain` sees it on the reader's date.
    answer: DayAnswer<'static>,
    /// Its place in the answer's days, for its row id (the answer card's chips find it by it).
    index: usize,
) -> impl IntoView {
    let d = super::dispute();
    let day = answer.day;
    let called_out = strings::called_out_groups(d, day);
    // One line on the row for staff: where their own group stood. Who was called out is said
    // once above the days where it never changes, and always behind the row's disclosure.
    let line = answer.called_out.map(|call| {
        view! {
            <p class="se-day__line se-day__yours" data-called-out=call.answer.as_str()>
                {strings::called_out(&call.answer)}
            </p>
        }
    });
    let yours = answer.called_out.map(|call| {
        view! {
            <p class="se-day__who">
                {strings::called_out(&call.answer)}
                {call.note.clone().map(|n| format!(" {n}"))}" "
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
                    <time datetime=h.on.to_string()>{strings::date(h.on)}</time>": "
                    <strong>{strings::change(h.status)}</strong>"."
                    {h.note.clone().map(|n| format!(" {n}"))}" "
                    <SourceLinks sources=h.sources.clone() />
                </li>
            }
        })
        .collect_view();
    let notes =
        (!answer.notes.is_empty()).then(|| view! { <NoteList notes=answer.notes.clone() /> });
    view! {
        <li
            class="se-day"
            data-status=answer.status.as_str()
            id=super::answer_card::day_row_id(day.date, index)
            tabindex="-1"
        >
            <div class="se-day__head">
                <time class="se-day__date" datetime=day.date.to_string()>{strings::long_date(day.date)}</time>
                <span class="se-badge" data-status=answer.status.as_str()>{strings::status(answer.status)}</span>
            </div>
            {line}
            // Each disclosure names its day, so a screen reader's list of them tells them apart.
            <details class="se-day__history">
                <summary>
                    {strings::DAY_MORE}
                    <span class="se-sr-only">" "{strings::long_date(day.date)}</span>
                </summary>
                {yours}
                <p class="se-day__who">{strings::CALLED_OUT}": "{called_out}"."</p>
                {notes}
                <h4 class="se-day__subheading">{strings::HISTORY}</h4>
                <ol>{history}</ol>
            </details>
        </li>
    }
}
