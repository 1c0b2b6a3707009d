//! "Add these days to my calendar": the reader's days as an .ics download.

use leptos::prelude::*;

use super::ShareTools;
use crate::explain::Answer;
use crate::ics;
use crate::model::Where;

/// A button that downloads the answer's days as an iCalendar file.
#[component]
pub fn CalendarButton(
    /// The days to export, as the reader sees them.
    answer: Answer<'static>,
    /// Where the reader is (region, and council where known), which names the file and the
    /// events.
    at: Where,
    /// The host page's download and clock.
    tools: ShareTools,
) -> impl IntoView {
    let w = super::words();
    let d = super::dispute();
    let download = move |_| {
        let text = ics::calendar(w, d, &answer, &at, (tools.now)());
        (tools.download)(&ics::file_name(d, &at), &text);
    };
    view! {
        <button type="button" class="se-button se-calendar-button" on:click=download>
            {w.add_to_calendar()}
        </button>
    }
}
