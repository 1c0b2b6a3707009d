//! The sources of one fact, as numbered markers the reader can follow in one step.

use leptos::prelude::*;

use super::dispute;
use crate::model::SourceId;
use crate::strings;

/// `[10] [12]`: each marker is the source's number in the list at the end of the widget
/// (`SourceList`) and links to the article; its accessible name is that number, then the full
/// citation (visually hidden), so the name starts with what the reader sees.
#[component]
pub fn SourceLinks(
    /// The fact's sources, never empty for checked data.
    sources: Vec<SourceId>,
) -> impl IntoView {
    let w = super::words();
    let d = dispute();
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
    // Static facts are read without the stylesheet that hides a marker's citation: each
    // source is named in the text, "(Publisher, date; Publisher, date)", each name its link.
    if super::is_static() {
        let names = sources
            .iter()
            .enumerate()
            .map(|(i, &id)| {
                let s = d.source(id);
                let citation = w.source_citation(
                    &s.publisher,
                    titled[i].then_some(s.title.as_str()),
                    s.published,
                );
                view! { {(i > 0).then_some("; ")}<a href=s.url.clone()>{citation}</a> }
            })
            .collect_view();
        return view! { <span class="se-sources">"("{names}")"</span> }.into_any();
    }
    let links = sources
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            let s = d.source(id);
            let citation = w.source_citation(
                &s.publisher,
                titled[i].then_some(s.title.as_str()),
                s.published,
            );
            view! {
                <a
                    class="se-source"
                    href=s.url.clone()
                    target="_blank"
                    rel="noopener noreferrer"
                    title=citation.clone()
                >
                    {strings::source_number(id.index() + 1)}
                    <span class="se-sr-only">{w.source_marker_rest(&citation)}</span>
                </a>
            }
        })
        .collect_view();
    view! { <span class="se-sources">{links}</span> }.into_any()
}
