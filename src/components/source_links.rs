//! The sources of one fact, as links the reader can follow in one step.

use leptos::prelude::*;

use super::dispute;
use crate::model::SourceId;
use crate::strings;

/// `Source: Schools Week, 16 January 2023` — each citation links to the article.
#[component]
pub fn SourceLinks(
    /// The fact's sources, never empty for checked data.
    sources: Vec<SourceId>,
) -> impl IntoView {
    let d = dispute();
    let label = if sources.len() == 1 {
        strings::SOURCE
    } else {
        strings::SOURCES
    };
    // Two sources from one publisher would read the same; name their titles to tell them apart.
    let titled: Vec<bool> = sources
        .iter()
        .map(|&id| {
            sources
                .iter()
                .filter(|&&o| d.source(o).publisher == d.source(id).publisher)
                .count()
                > 1
        })
        .collect();
    let links = sources
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            let s = d.source(id);
            view! {
                {(i > 0).then_some("; ")}
                <a class="se-source" href=s.url.clone() target="_blank" rel="noopener noreferrer" title=s.title.clone()>
                    {strings::source_citation(&s.publisher, titled[i].then_some(s.title.as_str()), s.published)}
                    <span class="se-sr-only">" "{strings::NEW_TAB}</span>
                </a>
            }
        })
        .collect_view();
    view! { <span class="se-sources">{label}": "{links}</span> }
}
