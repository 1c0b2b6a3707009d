//! The answer first: a sentence about the reader's own group or school (issue #21), the headline
//! (over, not here, next day, what stands), how many strike days hit the reader's area where the
//! first sentence has not said it, the days as chips that open their rows, the next step and
//! "Add to my calendar" while a day is ahead, how it ended, and the one point that mattered most
//! for their role; strike days announced without dates. Which of these it says, and in what
//! order, is `present`'s rule; this component only lays them out.

use leptos::prelude::*;

use super::note_list::NoteList;
use super::source_links::SourceLinks;
use crate::explain::{Answer, Headline as Kind, ProgrammeAnswer};
use crate::model::{Date, RegionId, SourceId, Sourced};
use crate::present::Card;
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
    /// What the card says, in which order, for the reader's role (`present::card`).
    card: Card<'static>,
    /// The reader's region, named in some headlines.
    region: RegionId,
    /// "Add to my calendar", where the host allows downloads: beside the next step.
    #[prop(default = None)]
    calendar: Option<AnyView>,
) -> impl IntoView {
    let w = super::words();
    let lead = card
        .lead
        .as_ref()
        .and_then(|l| strings::lead(w, l, &answer));
    let count = card
        .count
        .then(|| strings::days_count(w, &answer))
        .flatten();
    let over = answer.is_over();
    // While a day is ahead: what to do before it, with the calendar beside it.
    let step = (card.calendar && (!card.steps.is_empty() || calendar.is_some())).then(|| {
        view! {
            <div class="se-step">
                {(!card.steps.is_empty()).then(|| view! {
                    <h3 class="se-step__heading">{w.next_steps()}</h3>
                    <NoteList notes=card.steps.clone() over />
                })}
                {calendar}
            </div>
        }
    });
    // Buttons that open a row need the script: static facts list the rows, open, instead.
    let chips = (!answer.days.is_empty() && !super::is_static()).then(|| {
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
                                    super::open_day(&el, &target);
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
    let key = card.key.map(|n| {
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
            {lead.map(|l| view! { <p class="se-card__lead">{l}</p> })}
            <div class="se-headline" data-kind=kind>
                <p class="se-headline__text">{text}</p>
                {count.map(|c| view! { <p class="se-card__count">{c}</p> })}
                {chips}
                {details}
                {programmes}
            </div>
            {step}
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
