//! Says that the widget shows another day than today, with a one-step way back: above the
//! answer, for a reader at the top, and again beside the replay control, where the reader's
//! finger is when they pick a date (issue #21). Neither copy is a live region: the widget's one
//! announcement says it once.

use leptos::prelude::*;

use crate::model::Date;

/// Nothing while the widget shows today; otherwise the date it shows and "Back to today".
#[component]
pub fn ReplayNotice(
    /// The date the reader chose to see instead of today, if any.
    replayed: RwSignal<Option<Date>>,
    /// Whether this is the copy beside the replay control (left out of print, where the one
    /// above the answer says it).
    #[prop(optional)]
    beside: bool,
) -> impl IntoView {
    let w = super::words();
    let class = if beside {
        "se-replay__notice se-replay__notice--beside"
    } else {
        "se-replay__notice"
    };
    // Above the answer a line with a link-like button, so the answer keeps its place on the
    // first screen; beside the control, where the finger is, a full button.
    let button = if beside {
        "se-button"
    } else {
        "se-link-button"
    };
    move || {
        replayed.get().map(|date| {
            view! {
                <p class=class>
                    {w.replaying(date)}" "
                    <button type="button" class=button on:click=move |ev| back_to_today(&ev, replayed)>
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
