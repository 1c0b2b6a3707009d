//! A list of sourced notes: what something means for the reader.

use leptos::prelude::*;

use super::source_links::SourceLinks;
use crate::model::Note;
use crate::strings;

/// Each note's text followed by its sources.
#[component]
pub fn NoteList(
    /// Notes in the order the data gives them.
    notes: Vec<&'static Note>,
    /// Whether the dispute is over for the reader on the date shown: notes with a past-tense
    /// wording use it.
    #[prop(default = false)]
    over: bool,
) -> impl IntoView {
    let w = super::words();
    let items = notes
        .into_iter()
        .map(|n| {
            // A note about some councils says which, so no reader takes it for theirs alone.
            let only = n.councils.as_ref().map(|c| {
                view! { <span class="se-note__only">{format!("{}. ", w.only_in(&strings::council_names(w, c)))}</span> }
            });
            view! {
                <li class="se-note">
                    {only}
                    {n.text(over).get(w.lang()).to_owned()}" "
                    <SourceLinks sources=n.body.sources.clone() />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="se-notes">{items}</ul> }
}
