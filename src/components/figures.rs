//! The dispute's background figures (pay, inflation, offers), each with its sources.

use leptos::prelude::*;

use super::source_links::SourceLinks;

/// A disclosure holding a definition list of the figures.
#[component]
pub fn Figures() -> impl IntoView {
    let w = super::words();
    let d = super::dispute();
    let rows = d
        .figures
        .iter()
        .map(|f| {
            view! {
                <div class="se-figure">
                    <dt>{f.label.get(w.lang()).to_owned()}</dt>
                    <dd>{f.value.get(w.lang()).to_owned()}" "<SourceLinks sources=f.sources.clone() /></dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="se-disclosure">
            <summary>{w.figures()}</summary>
            <dl class="se-figures">{rows}</dl>
        </details>
    }
}
