//! Says, above the answer, that it shows another day than today, with a one-step way back.

use leptos::prelude::*;

use crate::model::Date;

/// Nothing while the widget shows today; otherwise the date it shows and "Back to today".
#[component]
pub fn ReplayNotice(
    /// The date the reader chose to see instead of today, if any.
    replayed: RwSignal<Option<Date>>,
) -> impl IntoView {
    let w = super::words();
    move || {
        replayed.get().map(|date| {
            view! {
                <p class="se-replay__notice">
                    {w.replaying(date)}" "
                    <button type="button" class="se-button" on:click=move |ev| back_to_today(&ev, replayed)>
                        {w.back_to_today()}
                    </button>
                </p>
            }
        })
    }
}

/// Shows today again, and moves focus to the replay control before the button goes, so keyboard
/// and screen-reader users are not dropped at the top of the page.
fn back_to_today(ev: &leptos::ev::MouseEvent, replayed: RwSignal<Option<Date>>) {
    if let Some(el) = super::event_element(ev) {
        super::focus_within(&el, ".se-replay summary", false);
    }
    replayed.set(None);
}
