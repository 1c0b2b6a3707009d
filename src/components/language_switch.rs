//! The language switch: each language named in itself ("English", "Cymraeg"), the current one
//! marked, the other a button with its own `lang`, as the GOV.UK language navigation does (a
//! button, not a link: switching keeps the reader's place and needs no page of its own).
//!
//! It owns only the control; the embed re-renders the widget in the chosen language.

use leptos::prelude::*;

use crate::lang::Lang;

/// The id of the button that switches back, focused after a switch.
pub const SWITCH_ID: &str = "se-lang-switch";

#[component]
pub fn LanguageSwitch(
    /// The language shown now.
    lang: Lang,
    /// Called with the language the reader chose.
    on_lang: Callback<Lang>,
    /// Whether to take focus once drawn (after the reader switched with it).
    focus: bool,
) -> impl IntoView {
    let w = super::words();
    let back = NodeRef::<leptos::html::Button>::new();
    if focus {
        request_animation_frame(move || {
            // The widget may be gone by the next frame.
            if let Some(button) = back.try_get_untracked().flatten() {
                let _ = button.focus();
            }
        });
    }
    // Every language the widget speaks, named in itself.
    let items = Lang::ALL
        .into_iter()
        .map(|other| {
            let name = other.own_name();
            if other == lang {
                view! {
                    <li>
                        // Named for screen readers ("English, current"); the eye needs only the other.
                        <span class="se-lang__current se-sr-only" aria-current="true" lang=other.as_str()>{name}</span>
                    </li>
                }
                .into_any()
            } else {
                view! {
                    <li>
                        <button
                            node_ref=back
                            type="button"
                            id=SWITCH_ID
                            class="se-link-button"
                            lang=other.as_str()
                            on:click=move |_| on_lang.run(other)
                        >
                            {name}
                        </button>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="se-lang" aria-label=w.language_label()>
            <ul>{items}</ul>
        </nav>
    }
}
