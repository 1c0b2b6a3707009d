//! The story of the dispute in the reader's nation: ballots, offers, talks, settlements.

use leptos::prelude::*;

use super::disclosure::Opened;
use super::source_links::SourceLinks;
use crate::model::Event;

/// The events known on the reader's date, oldest first, behind a disclosure (closed at first:
/// the answer comes first, the story on demand, and built on demand).
#[component]
pub fn Story(
    /// What `explain` chose for the region and date.
    events: Vec<&'static Event>,
    /// Whether the reader has opened it: kept by the widget, so it stays open while the answer
    /// re-renders (a replay moving day by day).
    open: RwSignal<bool>,
) -> impl IntoView {
    let w = super::words();
    (!events.is_empty()).then(|| {
        // Built when first opened; at once when the reader kept it open (a replay re-renders
        // the answer, and the story with it, day by day).
        // Static facts have no script to open it: open, with its body.
        let fixed = super::is_static();
        let opened = Opened::new(fixed || open.get_untracked());
        let items = move || {
            opened.get().then(|| untrack(|| {
                events
                    .iter()
                    .map(|e| {
                        view! {
                            <li>
                                <time datetime=e.on.to_string()>{w.partial_date(e.on)}</time>{w.after_date()}
                                {e.body.text.get(w.lang()).to_owned()}" "
                                <SourceLinks sources=e.body.sources.clone() />
                            </li>
                        }
                    })
                    .collect_view()
            }))
        };
        view! {
            <details
                class="se-disclosure se-story"
                open=fixed
                prop:open=move || open.get_untracked()
                on:toggle=move |ev| {
                    use wasm_bindgen::JsCast;
                    opened.mark();
                    if let Some(d) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                        open.set(d.open());
                    }
                }
            >
                <summary on:click=move |_| opened.mark()>{w.story()}</summary>
                <ol class="se-story__list">{items}</ol>
            </details>
        }
    })
}
