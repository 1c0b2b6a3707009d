//! What an editor sees in place of the widget when a supplied data file cannot be used and the
//! placeholder has `data-debug`: why, and every problem with its path in the file.
//!
//! For editors, so in English only, whatever the widget's language. Everything supplied is
//! rendered as text (a file's values are never HTML). It must not decide whether a file is
//! good (that is `data`) or log (that is `embed`).

use leptos::prelude::*;

use crate::data::Problem;

/// The problems of one data file, from `source` ("from <its address>", or "inside the
/// placeholder").
#[component]
pub fn DataProblems(
    /// Where the file came from, as the editor wrote it.
    source: String,
    /// Why it could not be used at all (it could not be fetched), if that is the reason.
    #[prop(default = None)]
    failure: Option<String>,
    /// Everything wrong in it, each with its path; empty when it could not be read.
    problems: Vec<Problem>,
) -> impl IntoView {
    let heading = match (&failure, problems.len()) {
        (Some(_), _) => format!("The dispute data {source} could not be loaded"),
        (None, 1) => format!("The dispute data {source} has 1 problem"),
        (None, n) => format!("The dispute data {source} has {n} problems"),
    };
    let items = problems
        .into_iter()
        .map(|p| {
            let at = if p.path.is_empty() {
                "the file".to_owned()
            } else {
                p.path
            };
            view! { <li><code class={"se-problems__path"}>{at}</code>{": "}{p.message}</li> }
        })
        .collect_view();
    view! {
        <section class={"se-root se-problems"} role={"alert"}>
            <h2 class={"se-problems__title"}>{heading}</h2>
            {failure.map(|why| view! { <p>{why}</p> })}
            <ol class={"se-problems__list"}>{items}</ol>
            <p class={"se-problems__hint"}>{DEBUG_HINT}</p>
        </section>
    }
}

/// Shown under the list: what readers see meanwhile, and how to check a file before publishing.
const DEBUG_HINT: &str = "You see this because the placeholder has data-debug. Readers see the placeholder's own content until the file is fixed. Check a file before publishing with: cargo run --bin check-dispute -- file.json";
