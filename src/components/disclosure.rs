//! A closed disclosure whose body is built the first time the reader opens it.
//!
//! Detail on demand should also cost on demand: the widget's footer disclosures (the figures,
//! every source) were most of its first render's DOM nodes though most readers never open
//! them. This owns only that laziness; what the body says is the caller's, and it must not
//! hold state beyond "built yet".

use leptos::prelude::*;

/// `<details class="se-disclosure">` with `summary`; `body` runs once, on the first opening
/// (a click or key on the summary, or anything that sets `open`, such as find-in-page), inside
/// this component's owner, so it can read the widget's context as any child does.
#[component]
pub fn Disclosure(summary: String, body: fn() -> AnyView) -> impl IntoView {
    let built = RwSignal::new(false);
    // Once: setting it again would rebuild the body at every toggle.
    let build = move || {
        if !built.get_untracked() {
            built.set(true);
        }
    };
    view! {
        // A click on the summary builds the body before the browser opens the disclosure (its
        // default action comes after the listener and its microtasks), so the reader never sees
        // it empty; `toggle` covers the ways of opening that do not click.
        <details class="se-disclosure" on:toggle=move |_| build()>
            <summary on:click=move |_| build()>{summary}</summary>
            {move || built.get().then(body)}
        </details>
    }
}
