//! The answer's first line: over, not here, next day, or nothing set.

use leptos::prelude::*;

use super::source_links::SourceLinks;
use crate::explain::Headline as Kind;
use crate::model::RegionId;
use crate::strings;

/// The headline sentence, with how the dispute ended when it has.
#[component]
pub fn Headline(
    /// What `explain` decided.
    headline: Kind<'static>,
    /// The reader's region, named in some headlines.
    region: RegionId,
) -> impl IntoView {
    let name = &super::dispute().region(region).name;
    let text = headline_text(&headline, name);
    let (kind, details) = match headline {
        Kind::Over(ending) => ("over", vec![&ending.body]),
        Kind::NotOverForYou { main, yours } => (
            "not-over-for-you",
            std::iter::once(&main.body)
                .chain(yours.map(|e| &e.body))
                .collect(),
        ),
        Kind::NotInDispute => ("not-in-dispute", vec![]),
        Kind::Next { .. } => ("next", vec![]),
        Kind::Stands(event) => ("stands", vec![&event.body]),
        Kind::NoneScheduled => ("none-scheduled", vec![]),
    };
    let details = details
        .into_iter()
        .map(|body| {
            view! {
                <p class="se-headline__detail">
                    {body.text.clone()}" "
                    <SourceLinks sources=body.sources.clone() />
                </p>
            }
        })
        .collect_view();
    view! {
        <div class="se-headline" data-kind=kind>
            <p class="se-headline__text">{text}</p>
            {details}
        </div>
    }
}

/// The headline as plain text: shown above, and said by the screen-reader announcement.
pub fn headline_text(headline: &Kind<'_>, region_name: &str) -> String {
    match headline {
        // `explain` only says Over for an ending dated by the reader's date.
        Kind::Over(ending) => match (ending.on, ending.roles.is_some()) {
            (Some(on), false) => strings::over(on),
            (Some(on), true) => strings::over_for_you(on),
            (None, _) => ending.body.text.clone(),
        },
        Kind::NotOverForYou { main, .. } => match main.on {
            Some(on) => strings::not_over_for_you(on),
            None => main.body.text.clone(),
        },
        Kind::NotInDispute => strings::not_in_dispute(region_name),
        Kind::Next { date, status } => strings::next(*date, *status),
        Kind::Stands(event) => event.stands.clone().unwrap_or_default(),
        Kind::NoneScheduled => strings::none_scheduled(region_name),
    }
}
