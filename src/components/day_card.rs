//! One strike day: its date, where it stands, who was called out and what it means.

use leptos::prelude::*;

use super::note_list::NoteList;
use super::source_links::SourceLinks;
use crate::explain::DayAnswer;
use crate::strings;

/// A list item for one strike day, with its history behind a disclosure.
#[component]
pub fn DayCard(
    /// The day as `explain` sees it on the reader's date.
    answer: DayAnswer<'static>,
) -> impl IntoView {
    let d = super::dispute();
    let day = answer.day;
    let called_out = strings::called_out_groups(d, day);
    // Only staff roles are told where they stood; parents, pupils and the public read the day's
    // notes for them instead.
    let yours = answer.called_out.map(|call| {
        view! {
            <span class="se-day__yours" data-called-out=call.answer.as_str()>
                " "{strings::called_out(&call.answer)}
                {call.note.clone().map(|n| format!(" {n}"))}" "
                <SourceLinks sources=call.sources.clone() />
            </span>
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
        <li class="se-day" data-status=answer.status.as_str()>
            <div class="se-day__head">
                <time class="se-day__date" datetime=day.date.to_string()>{strings::long_date(day.date)}</time>
                <span class="se-badge" data-status=answer.status.as_str()>{strings::status(answer.status)}</span>
            </div>
            <p class="se-day__who">{strings::CALLED_OUT}": "{called_out}"."{yours}</p>
            {notes}
            <details class="se-day__history">
                <summary>{strings::HISTORY}</summary>
                <ol>{history}</ol>
            </details>
        </li>
    }
}
