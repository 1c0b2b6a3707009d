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
    let name = super::dispute().region(region).name.clone();
    match headline {
        Kind::Over(ending) => view! {
            <div class="se-headline" data-kind="over">
                <p class="se-headline__text">{strings::over(ending.on)}</p>
                <p class="se-headline__detail">
                    {ending.body.text.clone()}" "
                    <SourceLinks sources=ending.body.sources.clone() />
                </p>
            </div>
        }
        .into_any(),
        Kind::NotInDispute => simple("not-in-dispute", strings::not_in_dispute(&name)),
        Kind::Next { date, status } => simple("next", strings::next(date, status)),
        Kind::NoneScheduled => simple("none-scheduled", strings::none_scheduled(&name)),
    }
}

fn simple(kind: &'static str, text: String) -> AnyView {
    view! {
        <div class="se-headline" data-kind=kind>
            <p class="se-headline__text">{text}</p>
        </div>
    }
    .into_any()
}

/// The headline as plain text, for the screen-reader announcement.
pub fn headline_text(headline: &Kind<'_>, region_name: &str) -> String {
    match headline {
        Kind::Over(ending) => strings::over(ending.on),
        Kind::NotInDispute => strings::not_in_dispute(region_name),
        Kind::Next { date, status } => strings::next(*date, *status),
        Kind::NoneScheduled => strings::none_scheduled(region_name),
    }
}
