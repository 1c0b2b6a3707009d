//! Every source of the dispute in full: publisher, title, date and link.

use leptos::prelude::*;

/// A disclosure listing every source once, numbered as the markers after each fact are.
#[component]
pub fn SourceList() -> impl IntoView {
    let w = super::words();
    let d = super::dispute();
    let items = d
        .sources
        .iter()
        .map(|s| {
            view! {
                <li>
                    {w.source_lead(&s.publisher, s.published, s.copy)}
                    <a href=s.url.clone() target="_blank" rel="noopener noreferrer">
                        {s.title.clone()}
                        <span class="se-sr-only">" "{w.new_tab()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="se-disclosure">
            <summary>{w.all_sources_count(d.sources.len())}</summary>
            <ol class="se-source-list">{items}</ol>
        </details>
    }
}
