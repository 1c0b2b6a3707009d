//! "Add these days to my calendar": the reader's days as an .ics download.

use leptos::prelude::*;

use super::ShareTools;
use crate::explain::Answer;
use crate::ics;
use crate::model::RegionId;

/// A button that downloads the answer's days as an iCalendar file.
#[component]
pub fn CalendarButton(
    /// The days to export, as the reader sees them.
    answer: Answer<'static>,
    /// The reader's region, which names the file and the events.
    region: RegionId,
    /// The host page's download and clock.
    tools: ShareTools,
) -> impl IntoView {
    let w = super::words();
    let d = super::dispute();
    let download = move |_| {
        let text = ics::calendar(w, d, &answer, region, (tools.now)());
        (tools.download)(&ics::file_name(d, region), &text);
    };
    view! {
        <button type="button" class="se-button se-calendar-button" on:click=download>
            {w.add_to_calendar()}
        </button>
    }
}
