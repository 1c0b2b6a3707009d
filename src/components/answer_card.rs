//! The answer first: the headline (over, not here, next day, what stands), how many strike days
//! hit the reader's area and when (the days as chips that jump to their rows), how it ended, and
//! the one point that mattered most for their role; strike days announced without dates.
//! Days announced with no report that they went ahead are counted apart, never as held.

use leptos::prelude::*;

use super::source_links::SourceLinks;
use crate::explain::{Answer, Headline as Kind, ProgrammeAnswer};
use crate::model::{Date, RegionId, SourceId, Sourced};
use crate::strings;

/// The id of a day's row, for the chips to find it within the widget's own root.
pub fn day_row_id(date: Date, index: usize) -> String {
    format!("se-day-{date}-{index}")
}

/// The card at the top of an answer.
#[component]
pub fn AnswerCard(
    /// What `explain` answered for the date shown.
    answer: Answer<'static>,
    /// The reader's region, named in some headlines.
    region: RegionId,
) -> impl IntoView {
    let w = super::words();
    let count = strings::days_count(w, &answer);
    let chips = (!answer.days.is_empty()).then(|| {
        let items = answer
            .days
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let target = day_row_id(a.day.date, i);
                let label = w.chip_label(a.day.date, a.status);
                view! {
                    <li>
                        <button
                            type="button"
                            class="se-chip"
                            data-status=a.status.as_str()
                            aria-label=label
                            on:click=move |ev| {
                                if let Some(el) = super::event_element(&ev) {
                                    super::focus_within(&el, &format!("[id='{target}']"), true);
                                }
                            }
                        >
                            {w.short_date(a.day.date)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="se-chips" aria-label=w.days_heading()>{items}</ul> }
    });
    let over = answer.is_over();
    let key = answer.notes.first().map(|n| {
        view! {
            <p class="se-card__key">
                {n.text(over).get(w.lang()).to_owned()}" "
                <SourceLinks sources=n.body.sources.clone() />
            </p>
        }
    });
    let text = strings::headline(w, &answer.headline, super::dispute().region(region));
    // Each programme, its sentence left out where the headline is that sentence.
    let programmes = answer
        .programmes
        .iter()
        .map(|p| {
            let sentence = !matches!(&answer.headline, Kind::Programme(h) if h == p);
            programme_line(p, sentence)
        })
        .collect_view();
    let (kind, details) = headline_parts(&answer.headline);
    let details = details
        .into_iter()
        .map(|body| {
            view! {
                <p class="se-headline__detail">
                    {body.text.get(w.lang()).to_owned()}" "
                    <SourceLinks sources=body.sources.clone() />
                </p>
            }
        })
        .collect_view();
    // The headline, the count and the days come first, so that they fit the first phone screen;
    // how it ended and what mattered most follow.
    view! {
        <div class="se-card">
            <div class="se-headline" data-kind=kind>
                <p class="se-headline__text">{text}</p>
                {count.map(|c| view! { <p class="se-card__count">{c}</p> })}
                {chips}
                {details}
                {programmes}
            </div>
            {key}
        </div>
    }
}

/// The headline's kind (for styling and tests) and the sourced texts that explain it.
fn headline_parts<'d>(headline: &Kind<'d>) -> (&'static str, Vec<&'d Sourced>) {
    match headline {
        Kind::Over(ending) => ("over", vec![&ending.body]),
        Kind::NotOverForYou { main, yours } => (
            "not-over-for-you",
            std::iter::once(&main.body)
                .chain(yours.map(|e| &e.body))
                .collect(),
        ),
        Kind::NotInDispute => ("not-in-dispute", vec![]),
        Kind::Next { .. } => ("next", vec![]),
        // Its sources are on its line below.
        Kind::Programme(_) => ("programme", vec![]),
        Kind::Stands(event) => ("stands", vec![&event.body]),
        Kind::NoneScheduled { .. } => ("none-scheduled", vec![]),
    }
}

/// One programme (strike days announced without dates): its sentence (left out where the
/// headline already says it), what was announced and the latest change's note, with every known
/// entry's sources. A plain function, not a component: it has no state, and a component's props
/// cost bytes.
fn programme_line(programme: &ProgrammeAnswer<'static>, sentence: bool) -> impl IntoView + use<> {
    let w = super::words();
    let lang = w.lang();
    let mut sources: Vec<SourceId> = Vec::new();
    for h in programme.history {
        for &s in &h.sources {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    let last = programme.status();
    let mut text = if sentence {
        strings::programme(w, programme)
    } else {
        String::new()
    };
    for said in std::iter::once(&programme.programme.text).chain(last.note.as_ref()) {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(said.get(lang));
    }
    view! {
        <p class="se-programme" data-status=last.status.as_str()>
            {text}" "
            <SourceLinks sources />
        </p>
    }
}
