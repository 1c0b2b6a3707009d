//! A labelled native `<select>` for one of the reader's choices (area or role).

use leptos::prelude::*;

/// A `<label for>` above its `<select>`. The label is not wrapped around the select, because a
/// wrapping label's name would include the selected option ("Your area Choose an area…"). Ids
/// only need to be unique within the widget's shadow root. The option values are the public
/// ids (`data-region`, `data-role`).
///
/// A closed select cuts a name longer than itself ("Head teacher or school leade"), and Welsh
/// names are wider than a phone's column: so the chosen option's name is also shown, wrapping,
/// under the select, whose own text is transparent (`.se-pick` in widget.css). That copy is
/// hidden from assistive technology, which reads the select.
#[component]
pub fn Choice(
    /// The visible label, which is also the control's accessible name.
    label: &'static str,
    /// The select's id, for the label.
    id: &'static str,
    /// The first, empty option, shown until the reader chooses.
    placeholder: &'static str,
    /// `(id, name)` pairs in display order.
    options: Vec<(String, String)>,
    /// The chosen id, if any.
    #[prop(into)]
    value: Signal<Option<String>>,
    /// Called with the chosen id, or `None` for the placeholder. Boxed, not generic: one copy
    /// of this component serves the area, council and role lists (each copy costs the wasm).
    on_change: Box<dyn Fn(Option<String>)>,
) -> impl IntoView {
    // The chosen option's name, or the placeholder.
    let names = options.clone();
    let shown = move || {
        value.with(|v| {
            v.as_deref()
                .and_then(|key| names.iter().find(|(k, _)| k == key))
                .map_or(placeholder, |(_, name)| name.as_str())
                .to_owned()
        })
    };
    let options = options
        .into_iter()
        .map(|(key, name)| {
            let selected_key = key.clone();
            let is_selected = move || value.with(|v| v.as_deref() == Some(selected_key.as_str()));
            view! { <option value=key selected=is_selected>{name}</option> }
        })
        .collect_view();
    view! {
        <div class="se-field">
            <label class="se-field__label" for=id>{label}</label>
            <div class="se-pick">
            <span class="se-pick__shown" aria-hidden="true">{shown}</span>
            <select
                id=id
                class="se-select se-pick__select"
                // The chosen option also as the select's value: an option's `selected` attribute
                // no longer moves a select the reader has changed by hand.
                prop:value=move || value.get().unwrap_or_default()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    on_change(if v.is_empty() { None } else { Some(v) });
                }
            >
                <option value="" selected=move || value.with(Option::is_none)>{placeholder}</option>
                {options}
            </select>
            </div>
        </div>
    }
}
