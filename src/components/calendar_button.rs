//! "Add these days to my calendar": the reader's days still ahead as an .ics download, and what
//! happened, shown and said beside the button (the file's name and how many strike days it
//! holds, or that the browser would not download it). Self-contained: everything it needs comes
//! in as props, so it can stand wherever the answer puts it. Which days go in the file, and what
//! each says, is `ics`'s.

use leptos::prelude::*;

use super::ShareTools;
use crate::explain::Answer;
use crate::ics;
use crate::model::{Date, RoleId, Where};

/// A button that downloads the answer's days still ahead as an iCalendar file, and a status
/// line that says so.
#[component]
pub fn CalendarButton(
    /// The days to export, as the reader sees them.
    answer: Answer<'static>,
    /// Where the reader is (region, and council where known), which names the file and the
    /// events.
    at: Where,
    /// The reader's role, whose next steps each event carries; without one, no advice.
    role: Option<RoleId>,
    /// The reader's date (today, or the date replayed): days before it are left out.
    today: Date,
    /// The host page's download and clock.
    tools: ShareTools,
) -> impl IntoView {
    let w = super::words();
    let d = super::dispute();
    let (status, set_status) = signal(String::new());
    let download = move |_| {
        let name = ics::file_name(d, &at);
        let text = ics::calendar(w, d, &answer, &at, role, today, (tools.now)());
        set_status.set(if (tools.download)(&name, &text) {
            // The strike days still on (all of them ahead); days called off are in the file only
            // to update a calendar that holds them.
            let live = answer.days.iter().filter(|a| a.status.is_live()).count();
            w.calendar_saved(&name, live)
        } else {
            w.calendar_not_saved().to_owned()
        });
    };
    view! {
        <div class="se-calendar-file">
            <button type="button" class="se-button se-calendar-button" on:click=download>
                {w.add_to_calendar()}
            </button>
            // Visible as well as spoken, as the share bar's "Link copied.".
            <p class="se-calendar-file__status" role="status" aria-live="polite">{status}</p>
        </div>
    }
}
