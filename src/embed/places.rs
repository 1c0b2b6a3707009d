//! The part of the place index only the search reads (`places::SEARCH`, written by `build.rs`
//! as `search.txt`), which the wasm does not include: fetched from beside it on the first use of
//! a search, once per page however many widgets ask (those asking while it is on its way wait
//! for the same fetch), read with the councils the wasm includes (`Places::with_councils`) and
//! kept for the page's life. A fetch that failed is not remembered:
//! the next use of a search tries again.
//!
//! It owns the index's address (the loader's `placesAt`; without the loader, as on the demo
//! page, [`BESIDE_THE_PAGE`]), the fetch, and the one console error per failed fetch. It must not
//! render, or word the failure for readers (that is the place search's).

use std::cell::RefCell;

use crate::components::{IndexArrived, PlaceIndex};
use crate::places::Places;

/// Where the index is when no loader says: beside the page (the demo page, whose build ships it
/// under this stable name).
pub const BESIDE_THE_PAGE: &str = "strike-explainer-places.txt";

enum State {
    /// Not asked for, or the last fetch failed.
    Idle,
    /// On its way; these searches wait for it.
    Pending(Vec<IndexArrived>),
    Ready(&'static Places<'static>),
}

thread_local! {
    static ADDRESS: RefCell<Option<String>> = const { RefCell::new(None) };
    static STATE: RefCell<State> = const { RefCell::new(State::Idle) };
}

/// Sets where the index is (relative to the page; only `http(s)` addresses are fetched).
pub(super) fn set_address(src: &str) -> Result<(), String> {
    let url = super::supplied::absolute(src, &format!("placesAt(\"{src}\")"))?;
    ADDRESS.with(|a| *a.borrow_mut() = Some(url));
    Ok(())
}

/// What a widget's place search is given: the index if it is here, and a way to ask for it.
pub(super) fn source() -> PlaceIndex {
    PlaceIndex { ready, fetch }
}

fn ready() -> Option<&'static Places<'static>> {
    STATE.with(|s| match *s.borrow() {
        State::Ready(places) => Some(places),
        State::Idle | State::Pending(_) => None,
    })
}

/// Calls `then` on a later turn with the index, fetching it if no fetch is under way.
fn fetch(then: IndexArrived) {
    /// What asking does: answer at once, wait for the fetch under way, or start one.
    enum Asked {
        Here(IndexArrived, &'static Places<'static>),
        Waiting,
        Fetch,
    }
    let asked = STATE.with(|s| {
        let mut s = s.borrow_mut();
        match &mut *s {
            State::Ready(places) => Asked::Here(then, places),
            State::Pending(waiting) => {
                waiting.push(then);
                Asked::Waiting
            }
            State::Idle => {
                *s = State::Pending(vec![then]);
                Asked::Fetch
            }
        }
    });
    match asked {
        Asked::Here(then, places) => {
            wasm_bindgen_futures::spawn_local(async move { then(Some(places)) })
        }
        Asked::Waiting => {}
        Asked::Fetch => wasm_bindgen_futures::spawn_local(async {
            let address = ADDRESS.with(|a| a.borrow().clone());
            let got = match address {
                Some(url) => match super::supplied::text_at(&url).await {
                    Ok(text) => arrived(text).map_err(|why| format!("{url} {why}")),
                    Err(why) => Err(why),
                },
                None => Err("no address was given for it".to_owned()),
            };
            if let Err(why) = got {
                web_sys::console::error_1(
                    &format!(
                        "strike-explainer: the place search's index could not be loaded ({why}); readers can still choose their area from the list, and the next use of a search tries again."
                    )
                    .into(),
                );
                let waiting = match STATE.with(|s| s.replace(State::Idle)) {
                    State::Pending(waiting) => waiting,
                    // Handed over meanwhile (`arrived`): keep it.
                    State::Ready(places) => {
                        STATE.with(|s| *s.borrow_mut() = State::Ready(places));
                        Vec::new()
                    }
                    State::Idle => Vec::new(),
                };
                for then in waiting {
                    then(None);
                }
            }
        }),
    }
}

/// The index's text, as a fetch hands it over: read, kept for the page's life, and given to
/// every search waiting for it. Public for the browser tests, which have no `pkg/` to fetch from
/// and hand over `places::SEARCH` instead; a text that is not the index (an error page served
/// in its place) is refused.
pub fn arrived(text: String) -> Result<&'static Places<'static>, String> {
    if let Some(places) = ready() {
        return Ok(places);
    }
    if !text.starts_with("N\t") {
        return Err("is not a place index".to_owned());
    }
    // Leaked on purpose: searches hold places as `&'static`, and the index is kept for the
    // page's life anyway.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let places = Places::with_councils(text);
    if !places.searchable() {
        return Err("is not a place index".to_owned());
    }
    let places: &'static Places<'static> = Box::leak(Box::new(places));
    let waiting = match STATE.with(|s| s.replace(State::Ready(places))) {
        State::Pending(waiting) => waiting,
        State::Idle | State::Ready(_) => Vec::new(),
    };
    for then in waiting {
        then(Some(places));
    }
    Ok(places)
}
