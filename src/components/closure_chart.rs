//! Schools open and closed on the reader's strike days: one small chart whose numbers are a
//! table (a screen reader reads the table; the bars are drawn for the eye only).
//!
//! No element here is wholly static: the `view!` macro would build one from an HTML string
//! (`innerHTML`), which a host page requiring Trusted Types refuses.
//!
//! It owns the drawing; it must not choose which figures apply (that is `explain`) or word them
//! (that is `strings`).

use leptos::prelude::*;

use super::source_links::SourceLinks;
use crate::model::{Closure, Tenths};
use crate::strings::{self, Words};

/// A bar's segments, left to right: closed, open to some pupils, fully open; what the source
/// does not give is left blank.
fn bar(c: &Closure) -> impl IntoView + use<> {
    let closed = u32::from(c.closed.0);
    let partly = u32::from(c.partly.0);
    let open = c.open.map_or(0, |t| u32::from(t.0));
    view! {
        <svg class="se-chart__bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="se-chart__none" x="0" y="0" width={1000} height="10" />
            <rect class="se-chart__closed" x="0" y="0" width=closed height="10" />
            <rect class="se-chart__partly" x=closed y="0" width=partly height="10" />
            <rect class="se-chart__open" x=closed + partly y="0" width=open height="10" />
        </svg>
    }
}

fn cell(w: &dyn Words, t: Option<Tenths>) -> String {
    t.map_or_else(|| w.not_given().to_owned(), strings::percent)
}

/// The chart, or nothing when no figures apply.
#[component]
pub fn ClosureChart(
    /// The figures for the reader's region, in date order.
    closures: Vec<&'static crate::model::Closure>,
) -> impl IntoView {
    let w = super::words();
    (!closures.is_empty()).then(|| {
        let rows = closures
            .into_iter()
            .map(|c| {
                view! {
                    <tr>
                        <th scope="row">
                            {w.closure_row(c.date, c.label.get(w.lang()))}" "
                            <SourceLinks sources=c.sources.clone() />
                        </th>
                        <td>{strings::percent(c.closed)}</td>
                        <td>{strings::percent(c.partly)}</td>
                        <td>{cell(w, c.open)}</td>
                    </tr>
                    <tr class="se-chart__drawn" aria-hidden="true">
                        <td colspan="4">{bar(c)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <details class="se-disclosure se-chart">
                <summary>{w.closures()}</summary>
                <table class="se-chart__table">
                    <thead>
                        <tr>
                            <th scope="col">{w.closure_day()}</th>
                            <th scope="col"><span class={"se-chart__key se-chart__closed"}></span>{w.closed()}</th>
                            <th scope="col"><span class={"se-chart__key se-chart__partly"}></span>{w.partly_open()}</th>
                            <th scope="col"><span class={"se-chart__key se-chart__open"}></span>{w.fully_open()}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <p class="se-chart__note">{w.closures_note()}</p>
            </details>
        }
    })
}
