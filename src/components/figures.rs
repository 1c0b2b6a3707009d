//! The dispute's background figures (pay, inflation, offers), each with its sources.

use leptos::prelude::*;

use super::disclosure::Disclosure;
use super::source_links::SourceLinks;

/// A disclosure holding a definition list of the figures, built when first opened.
#[component]
pub fn Figures() -> impl IntoView {
    view! { <Disclosure summary=super::words().figures().to_owned() body=rows /> }
}

fn rows() -> AnyView {
    let w = super::words();
    let rows = super::dispute()
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
    view! { <dl class="se-figures">{rows}</dl> }.into_any()
}
