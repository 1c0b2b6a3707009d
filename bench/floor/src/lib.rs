//! The benchmark's floor: one `<select>` and a text that follows it, mounted into the page's body
//! when the wasm starts. It owns nothing of the widget and must not grow features: it stands for
//! the least any Leptos 0.8 CSR embed costs, so the widget's bytes and times can be read as
//! multiples of it (scripts/bench).
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
pub fn start() {
    leptos::mount::mount_to_body(Floor);
}

/// A choice and the sentence it changes.
#[component]
fn Floor() -> impl IntoView {
    let (area, set_area) = signal(String::from("wales"));
    view! {
        <label for="floor-area">"Area"</label>
        <select id="floor-area" on:change=move |ev| set_area.set(event_target_value(&ev))>
            <option value="wales">"Wales"</option>
            <option value="london">"London"</option>
            <option value="eastern">"Eastern"</option>
        </select>
        <p>"You chose " {area} "."</p>
    }
}
