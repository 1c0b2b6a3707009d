//! The reader's strike days as a list of rows, each saying what `present`'s rows rule gives it
//! for the reader's role; for the widget's list view and for the static facts alike.

use leptos::prelude::*;

use super::day_card::DayCard;
use crate::explain::Answer;
use crate::present::Rows;

/// One `DayCard` per day of the answer, in date order.
#[component]
pub fn DayList(
    /// What `explain` answered for the date shown.
    answer: Answer<'static>,
    /// What each row says for the reader (`present::Card::rows`).
    rows: Rows<'static>,
) -> impl IntoView {
    // Rows leave out the year when every day is in the same one (the count names it).
    let with_year = answer.days.first().map(|x| x.day.date.year())
        != answer.days.last().map(|x| x.day.date.year());
    let over = answer.is_over();
    let cards = answer
        .days
        .iter()
        .enumerate()
        .map(|(index, day)| {
            // Staff: their call where the first sentence did not say it; parents and pupils:
            // the day's figures.
            let call = rows.call_on(day);
            let closure = rows.closure_on(&answer, day);
            view! { <DayCard answer=day.clone() index call closure with_year over /> }
        })
        .collect_view();
    view! { <ol class="se-days">{cards}</ol> }
}
