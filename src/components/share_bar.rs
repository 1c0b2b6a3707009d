//! "Share this answer" and, while a choice is remembered, a small "Forget my choice"; what
//! happened is shown and said. Remembering itself is silent.

use leptos::prelude::*;

use super::ShareTools;
use crate::share::Choice;

/// The reader's sharing and remembering tools, under the answer.
#[component]
pub fn ShareBar(
    /// What the host page allows (built by `embed`).
    tools: ShareTools,
    /// The reader's current choice, as public ids.
    #[prop(into)]
    choice: Signal<Choice>,
    /// Whether a choice is stored on this device now.
    remembered: RwSignal<bool>,
) -> impl IntoView {
    let w = super::words();
    let (status, set_status) = signal(String::new());
    // Shown only when the clipboard refused: the link, selected, for copying by hand.
    let (manual, set_manual) = signal(None::<String>);

    let copy_tools = tools.clone();
    let copy = move |_| {
        let url = (copy_tools.link)(&choice.get_untracked());
        let fallback = url.clone();
        (copy_tools.copy)(
            url,
            Box::new(move |ok| {
                if ok {
                    set_manual.set(None);
                    set_status.set(w.link_copied().to_owned());
                } else {
                    set_manual.set(Some(fallback));
                    set_status.set(w.link_not_copied().to_owned());
                }
            }),
        );
    };
    // Reactive closures must be Send; the host's tools are not, so they live in local storage.
    let forget_tools = StoredValue::new_local(tools.forget.clone());
    let forget = move |_| {
        if forget_tools.with_value(|f| f()) {
            remembered.set(false);
            set_status.set(w.forgotten().to_owned());
        }
    };
    let storage = tools.storage;
    view! {
        <div class="se-share">
            <div class="se-share__buttons">
                <button type="button" class="se-button" on:click=copy>{w.copy_link()}</button>
                // Visible as well as spoken: a reader who cannot see the clipboard sees it worked.
                <p class="se-share__status" role="status" aria-live="polite">{status}</p>
            </div>
            {move || manual.get().map(|url| view! {
                <div class="se-field">
                    <label class="se-field__label" for="se-share-link">{w.link_label()}</label>
                    <input id="se-share-link" class="se-select" type="text" readonly value=url on:focus=|ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    } />
                </div>
            })}
            {move || {
                if !storage {
                    Some(view! { <p class="se-share__note">{w.no_storage()}</p> }.into_any())
                } else if remembered.get() {
                    Some(view! {
                        <p class="se-share__note">
                            {w.remembered()}" "
                            <button type="button" class="se-link-button" on:click=forget>{w.forget()}</button>
                        </p>
                    }.into_any())
                } else {
                    None
                }
            }}
        </div>
    }
}
