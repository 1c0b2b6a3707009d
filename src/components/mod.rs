//! The Leptos shell: one component per file, each rendering what `explain` answered, worded by
//! `strings`. Components hold no logic beyond wiring signals to the core; they never read the
//! clock, the URL or storage (that is `embed`), and they mount only into the element given.

mod choice;
mod day_card;
mod figures;
mod headline;
mod note_list;
mod source_links;
mod source_list;
mod widget;

pub use widget::{Explainer, OnChoice, STYLES};

use crate::model::Dispute;

/// The dispute every component of one widget instance reads, provided once by `Explainer`.
#[derive(Clone, Copy)]
pub struct DisputeContext(pub &'static Dispute);

/// The dispute provided by the enclosing `Explainer`.
///
/// Components below are only ever rendered inside `Explainer`, which provides it first, so its
/// absence is a programming error in this crate, not a runtime condition.
fn dispute() -> &'static Dispute {
    leptos::prelude::expect_context::<DisputeContext>().0
}
