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
    let (kind, ending) = match headline {
        Kind::Over(ending) => ("over", Some(ending)),
        Kind::NotInDispute => ("not-in-dispute", None),
        Kind::Next { .. } => ("next", None),
        Kind::NoneScheduled => ("none-scheduled", None),
    };
    view! {
        <div class="se-headline" data-kind=kind>
            <p class="se-headline__text">{text}</p>
            {ending.map(|e| view! {
                <p class="se-headline__detail">
                    {e.body.text.clone()}" "
                    <SourceLinks sources=e.body.sources.clone() />
                </p>
            })}
        </div>
    }
}

/// The headline as plain text: shown above, and said by the screen-reader announcement.
pub fn headline_text(headline: &Kind<'_>, region_name: &str) -> String {
    match headline {
        Kind::Over(ending) => strings::over(ending.on),
        Kind::NotInDispute => strings::not_in_dispute(region_name),
        Kind::Next { date, status } => strings::next(*date, *status),
        Kind::NoneScheduled => strings::none_scheduled(region_name),
    }
}
