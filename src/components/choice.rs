//! A labelled native `<select>` for one of the reader's choices (area or role).

use leptos::prelude::*;

/// A `<label>` wrapping a `<select>`, so it needs no id and any number of widgets can share a
/// page. The option values are the public ids (`data-region`, `data-role`).
#[component]
pub fn Choice(
    /// The visible label, which is also the control's accessible name.
    label: &'static str,
    /// The first, empty option, shown until the reader chooses.
    placeholder: &'static str,
    /// `(id, name)` pairs in display order.
    options: Vec<(String, String)>,
    /// The chosen id, if any.
    #[prop(into)]
    value: Signal<Option<String>>,
    /// Called with the chosen id, or `None` for the placeholder.
    on_change: impl Fn(Option<String>) + 'static,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(key, name)| {
            let selected_key = key.clone();
            let is_selected = move || value.with(|v| v.as_deref() == Some(selected_key.as_str()));
            view! { <option value=key selected=is_selected>{name}</option> }
        })
        .collect_view();
    view! {
        <label class="se-field">
            <span class="se-field__label">{label}</span>
            <select
                class="se-select"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    on_change(if v.is_empty() { None } else { Some(v) });
                }
            >
                <option value="" selected=move || value.with(Option::is_none)>{placeholder}</option>
                {options}
            </select>
        </label>
    }
}
