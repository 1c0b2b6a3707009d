//! The Leptos shell: one component per file, each rendering what `explain` answered, worded by
//! `strings`. Components hold no logic beyond wiring signals to the core; they never read the
//! clock, the URL or storage (that is `embed`), and they mount only into the element given.

mod answer_card;
mod answer_notes;
mod calendar_button;
mod calendar_view;
mod choice;
mod closure_chart;
mod data_problems;
mod day_card;
mod day_list;
mod disclosure;
mod figures;
mod language_switch;
mod location;
mod note_list;
mod place_search;
mod replay;
mod replay_notice;
mod share_bar;
mod source_links;
mod source_list;
mod static_facts;
mod story;
mod widget;

pub use data_problems::DataProblems;
pub use language_switch::SWITCH_ID;
#[cfg(not(target_arch = "wasm32"))]
pub use static_facts::to_html as static_facts_html;
pub use static_facts::{StaticFacts, plain as plain_static_facts};
pub use widget::{Explainer, OnChoice, STYLES};

use std::rc::Rc;

use crate::model::Dispute;
use crate::places::Places;
use crate::share::Choice;

/// Called once a copy to the clipboard has finished, with whether it worked.
pub type CopyDone = Box<dyn FnOnce(bool)>;

/// Offers text to the reader as a file: `(file name, contents)`; false where the browser would
/// not (no document, or no Blob or object URL).
pub type Download = Rc<dyn Fn(&str, &str) -> bool>;

/// What the host page lets a widget do with the reader's choice. Built by `embed`, which alone
/// touches the URL, the clipboard and storage; components only call these.
#[derive(Clone)]
pub struct ShareTools {
    /// The host page's URL carrying `choice` in its fragment.
    pub link: Rc<dyn Fn(&Choice) -> String>,
    /// Copies text to the clipboard, then calls back with whether it worked.
    pub copy: Rc<dyn Fn(String, CopyDone)>,
    /// Stores the choice for next time; false where storage is blocked.
    pub remember: Rc<dyn Fn(&Choice) -> bool>,
    /// Removes the stored choice; false where storage is blocked.
    pub forget: Rc<dyn Fn() -> bool>,
    /// Offers `text` to the reader as a file called `name` (an .ics download); false where it
    /// could not.
    pub download: Download,
    /// Now, in milliseconds since 1970 (UTC), for the calendar's DTSTAMP.
    pub now: Rc<dyn Fn() -> i64>,
    /// Whether a stored choice was found when the widget loaded.
    pub remembered: bool,
    /// Whether storage works at all (not in a sandboxed iframe or some privacy modes).
    pub storage: bool,
}

/// The place search's index, as the search is told of it: `None` when it could not be had.
pub type IndexArrived = Box<dyn FnOnce(Option<&'static Places<'static>>)>;

/// Where the place search's index comes from. Built by `embed`, which alone fetches it (once
/// per page, on the first use of a search); the search only asks. Without it there is no search.
/// Plain functions, not closures: the index is the page's, not a widget's, and a `Copy` value
/// passes through reactive closures without a stored copy per widget.
#[derive(Clone, Copy)]
pub struct PlaceIndex {
    /// The index, if it has already arrived (another widget's search asked for it).
    pub ready: fn() -> Option<&'static Places<'static>>,
    /// Asks for the index and calls back once, on a later turn, with it or with `None` when it
    /// could not be had (asking again tries again).
    pub fetch: fn(IndexArrived),
}

/// The dispute every component of one widget instance reads, provided once by `Explainer`.
#[derive(Clone, Copy)]
pub struct DisputeContext(pub &'static Dispute);

/// Provided while the components are rendered as static facts (`StaticFacts`, issue #22), HTML
/// that is read without the widget's script or stylesheet: disclosures are rendered open with
/// their bodies, nothing that needs a script is rendered (the day chips), and a fact's sources are
/// named in its text rather than hidden behind numbered markers.
#[derive(Clone, Copy)]
pub struct StaticRendering {
    /// Whether each day's row holds its detail (who was called out, its notes and history):
    /// for one reader's answer, not for every area's in turn, where only the rows' summaries
    /// keep the page short enough to sit in an article.
    pub detail: bool,
}

/// Whether this is the reader's wasm (pkg/'s: wasm32 without the `builder` feature), which
/// renders no static facts: there the two questions below are constants, so no static-only
/// branch ships to readers.
const READERS_WASM: bool = cfg!(all(target_arch = "wasm32", not(feature = "builder")));

/// Whether the components are rendering static facts.
fn is_static() -> bool {
    !READERS_WASM && leptos::prelude::use_context::<StaticRendering>().is_some()
}

/// Whether a day's row holds its detail: always in the widget (built when first opened).
fn row_detail() -> bool {
    READERS_WASM || leptos::prelude::use_context::<StaticRendering>().is_none_or(|s| s.detail)
}

/// The words of the widget's language, shared by every instance in that language.
#[derive(Clone, Copy)]
pub struct WordsContext(pub &'static dyn crate::strings::Words);

/// The words provided by the enclosing `Explainer` (present for the same reason as the
/// dispute: `Explainer` provides both before any child renders).
fn words() -> &'static dyn crate::strings::Words {
    leptos::prelude::expect_context::<WordsContext>().0
}

/// The dispute provided by the enclosing `Explainer`.
///
/// Components below are only ever rendered inside `Explainer`, which provides it first, so its
/// absence is a programming error in this crate, not a runtime condition.
fn dispute() -> &'static Dispute {
    leptos::prelude::expect_context::<DisputeContext>().0
}

/// Moves focus (and, with `scroll`, the view) to the first element matching `selector` inside
/// the widget root that holds `inside`, and returns it. Components look only within their own
/// root, never the host page; nothing happens if there is no such element.
pub(crate) fn focus_within(
    inside: &web_sys::Element,
    selector: &str,
    scroll: bool,
) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let target = inside
        .closest(".se-root")
        .ok()
        .flatten()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = &target {
        if scroll {
            el.scroll_into_view();
        }
        let _ = el.focus();
    }
    target
}

/// Opens the day's row with id `id` (`answer_card::day_row_id`) inside the widget root that
/// holds `inside`, brings it into view and focuses its summary: a chip or a calendar day lands
/// the reader on that day, open (its body is built on the `toggle` that opening fires), and
/// Enter closes it again.
pub(crate) fn open_day(inside: &web_sys::Element, id: &str) {
    let summary = focus_within(inside, &format!("[id='{id}'] summary"), true);
    if let Some(details) = summary.and_then(|s| s.parent_element()) {
        let _ = details.set_attribute("open", "");
    }
}

/// The element an event happened on, if it is one.
pub(crate) fn event_element(ev: &web_sys::Event) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}
