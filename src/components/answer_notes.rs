//! What the answer means for the reader, after its card: the points shown ("What it means for
//! you" once a role is chosen, "In general" before), the rest behind "More points", and the
//! prompt to choose a role. Which points go where is `present::card`'s rule; this only lays them
//! out, for the widget and for the static facts alike.

use leptos::prelude::*;

use super::note_list::NoteList;
use crate::present::Card;

/// The card's notes under their heading.
#[component]
pub fn AnswerNotes(
    /// What the card says, for the reader's role.
    card: Card<'static>,
    /// Whether the dispute is over for the reader: notes use their past-tense wording.
    over: bool,
    /// Whether the reader's area is in the dispute: only there is choosing a role worth it.
    in_dispute: bool,
) -> impl IntoView {
    let w = super::words();
    let Card {
        notes,
        more,
        notes_for_role,
        ..
    } = card;
    if notes_for_role {
        // Static facts have no script to open "More points": open.
        let open = super::is_static();
        let more = (!more.is_empty()).then(|| {
            view! {
                <details class="se-disclosure se-more" open=open>
                    <summary>{w.more_points(more.len())}</summary>
                    <NoteList notes=more over />
                </details>
            }
        });
        (!notes.is_empty() || more.is_some())
            .then(|| {
                view! {
                    <h3 class="se-subheading">{w.for_you()}</h3>
                    <NoteList notes over />
                    {more}
                }
            })
            .into_any()
    } else {
        view! {
            {(!notes.is_empty()).then(|| view! {
                <h3 class="se-subheading">{w.in_general()}</h3>
                <NoteList notes over />
            })}
            // Static facts have no list to choose from.
            {(in_dispute && !super::is_static()).then(|| view! { <p class="se-prompt">{w.choose_role()}</p> })}
        }
        .into_any()
    }
}
