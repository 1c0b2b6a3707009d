//! Disclosures whose body is built the first time the reader opens them.
//!
//! Detail on demand should also cost on demand: what sits behind the widget's closed
//! disclosures (every source, the figures, each day's history, the story, the replay's date
//! field) was most of the DOM, and the costliest element, it built at start-up and at every
//! change of answer, though most readers open few of them.
//! This owns only that laziness ([`Opened`]) and the plain disclosure that uses it; what a body
//! says is its caller's, and nothing here may hold state beyond "opened yet".

use leptos::prelude::*;

/// Whether a disclosure has been opened yet: its body is built from then on, and kept (closing
/// it does not throw the body away, so opening it again costs nothing).
///
/// Mark it from both the summary's `click` and the `<details>`'s `toggle`: a click (or Enter or
/// Space on the summary, which click) builds the body before the browser opens the disclosure
/// (its default action comes after the listener and the microtasks that render), so the
/// reader never sees it empty; `toggle` covers the ways of opening that do not click (a script
/// or the `open` attribute). Find-in-page cannot reach text that was never built.
#[derive(Clone, Copy)]
pub struct Opened(RwSignal<bool>);

impl Opened {
    /// Already opened when the disclosure starts open (a story the reader keeps open).
    pub fn new(open: bool) -> Self {
        Self(RwSignal::new(open))
    }

    /// Once only: setting it again would rebuild the body at every toggle.
    pub fn mark(self) {
        if !self.0.get_untracked() {
            self.0.set(true);
        }
    }

    /// Read in the reactive closure that builds the body; build the body itself `untrack`ed, so
    /// a signal it reads never rebuilds it.
    pub fn get(self) -> bool {
        // Once opened it stays so: nothing left to track (and static facts, rendered opened
        // outside any reactive context, read it without tracking).
        self.0.get_untracked() || self.0.get()
    }
}

/// `<details class="se-disclosure">` with `summary`; `body` runs on the first opening, inside
/// this component's owner, so it can read the widget's context as any child does.
#[component]
pub fn Disclosure(summary: String, body: fn() -> AnyView) -> impl IntoView {
    // Static facts have no script to open it: open, with its body.
    let open = super::is_static();
    let opened = Opened::new(open);
    view! {
        <details class="se-disclosure" open=open on:toggle=move |_| opened.mark()>
            <summary on:click=move |_| opened.mark()>{summary}</summary>
            {move || opened.get().then(|| untrack(body))}
        </details>
    }
}
