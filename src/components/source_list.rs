//! Every source of the dispute in full: publisher, title, date and link, then any more links
//! to the same source by their own titles.

use leptos::prelude::*;

use super::disclosure::Disclosure;

/// A disclosure listing every source once, numbered as the markers after each fact are, built
/// when first opened (the NEU dispute's list is three quarters of the widget's nodes).
#[component]
pub fn SourceList() -> impl IntoView {
    let summary = super::words().all_sources_count(super::dispute().sources.len());
    view! { <Disclosure summary body=items /> }
}

fn items() -> AnyView {
    let w = super::words();
    let items = super::dispute()
        .sources
        .iter()
        .map(|s| {
            let also = s
                .also
                .iter()
                .map(|l| {
                    view! {
                        " · "
                        <a href=l.url.clone() target="_blank" rel="noopener noreferrer">
                            {l.title.clone()}
                            <span class="se-sr-only">" "{w.new_tab()}</span>
                        </a>
                    }
                })
                .collect_view();
            view! {
                <li>
                    {w.source_lead(&s.publisher, s.published)}
                    <a href=s.url.clone() target="_blank" rel="noopener noreferrer">
                        {s.title.clone()}
                        <span class="se-sr-only">" "{w.new_tab()}</span>
                    </a>
                    {also}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="se-source-list">{items}</ol> }.into_any()
}
