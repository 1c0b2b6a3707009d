//! The reader's strike days on month grids, marked by status with a shape and words as well as
//! colour, and navigable from the keyboard (arrows, Home/End, Page Up/Down) as a WAI-ARIA grid.

use leptos::ev::KeyboardEvent;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::explain::{DayAnswer, DayStatus};
use crate::model::Date;
use crate::month_grid::{self, Move};

/// A shape for each status, so colour is never the only signal.
fn mark(s: DayStatus) -> &'static str {
    match s {
        DayStatus::Upcoming { .. }
        | DayStatus::Tomorrow
        | DayStatus::Today
        | DayStatus::Planned => "●",
        DayStatus::WentAhead => "■",
        DayStatus::Postponed { .. } => "◆",
        DayStatus::Suspended | DayStatus::Unconfirmed | DayStatus::NotReported => "◇",
        DayStatus::CalledOff => "✕",
    }
}

/// Month grids of `days`.
#[component]
pub fn CalendarView(
    /// The reader's days, as in the list.
    days: Vec<DayAnswer<'static>>,
    /// Called with a day's index in `days` when the reader picks it (a tap, or Enter), to show
    /// its row.
    on_day: Callback<usize>,
) -> impl IntoView {
    let w = super::words();
    let dates: Vec<Date> = days.iter().map(|d| d.day.date).collect();
    let months = month_grid::months_with_days(&dates);
    let &start = dates.first()?;
    let focused = RwSignal::new(start);
    let grid_ref = NodeRef::<Div>::new();
    let bounds = StoredValue::new(months.clone());

    let index_on = {
        let dates = dates.clone();
        move |date: Date| dates.iter().position(|&d| d == date)
    };
    let index_for_keys = index_on.clone();
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Enter" {
            if let Some(i) = index_for_keys(focused.get_untracked()) {
                ev.prevent_default();
                on_day.run(i);
            }
            return;
        }
        let Some(m) = Move::from_key(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        let to = bounds.with_value(|months| month_grid::step(months, focused.get_untracked(), m));
        focused.set(to);
        let cell = grid_ref
            .get_untracked()
            .and_then(|g| {
                g.query_selector(&format!("[data-date=\"{to}\"]"))
                    .ok()
                    .flatten()
            })
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(cell) = cell {
            let _ = cell.focus();
        }
    };

    let grids = months
        .into_iter()
        .map(|month| {
            let title = format!("{} {}", w.month_name(month.month), month.year);
            let rows = month
                .weeks
                .into_iter()
                .map(|week| {
                    let cells = week
                        .into_iter()
                        .map(|cell| match cell {
                            None => view! { <td class="se-cal__pad"></td> }.into_any(),
                            Some(cell) => {
                                let date = cell.date;
                                let day = cell.days.first().and_then(|&i| days.get(i));
                                let status = day.map(|d| d.status);
                                let label = match status {
                                    Some(s) => format!("{}: {}, {}", w.long_date(date), w.strike_day(), w.status(s)),
                                    None => w.long_date(date),
                                };
                                let picked = index_on(date);
                                view! {
                                    <td
                                        class="se-cal__day"
                                        data-date=date.to_string()
                                        data-status=status.map(DayStatus::as_str)
                                        tabindex=move || if focused.get() == date { "0" } else { "-1" }
                                        aria-label=label
                                        on:focus=move |_| focused.set(date)
                                        on:click=move |_| {
                                            if let Some(i) = picked {
                                                on_day.run(i);
                                            }
                                        }
                                    >
                                        <span class="se-cal__num" aria-hidden="true">{date.day()}</span>
                                        {status.map(|s| view! {
                                            <span class="se-cal__mark" aria-hidden="true">{mark(s)}</span>
                                        })}
                                    </td>
                                }
                                .into_any()
                            }
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <table class="se-cal" role="grid">
                    <caption class="se-cal__title">{title}</caption>
                    <thead>
                        <tr>
                            {w.weekdays_short()
                                .iter()
                                .zip(w.weekdays_long())
                                .map(|(short, long)| view! { <th scope="col"><abbr title=long>{*short}</abbr></th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view();

    // The legend names only the marks these grids use.
    let mut legend: Vec<(&str, String)> = Vec::new();
    for d in &days {
        let entry = match d.status {
            DayStatus::Upcoming { .. }
            | DayStatus::Tomorrow
            | DayStatus::Today
            | DayStatus::Planned => w.legend_coming().to_owned(),
            DayStatus::Postponed { .. } => w.status(DayStatus::Postponed { to: None }),
            s => w.status(s),
        };
        if !legend.iter().any(|(_, e)| *e == entry) {
            legend.push((mark(d.status), entry));
        }
    }
    let legend = legend
        .into_iter()
        .map(|(m, text)| view! { <li><span aria-hidden="true">{m}" "</span>{text}</li> })
        .collect_view();
    Some(view! {
        <div class="se-cals" node_ref=grid_ref on:keydown=on_keydown>{grids}</div>
        <ul class="se-legend">{legend}</ul>
    })
}
