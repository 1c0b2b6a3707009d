//! Finding the reader's area from a town, council, county or postcode: an editable combobox
//! with a list of suggestions, following the WAI-ARIA 1.2 combobox pattern.
//!
//! A place's GSS codes become the dispute's regions, each with the council the place lies in
//! there where the index knows it, through the dispute's own mapping (`Place::locate` over
//! `Dispute::region_by_place`); a dispute that maps no codes gets no search. It owns the query's suggestions and the combobox's keys, and when to ask for the
//! index (its first focus or input: the index is fetched once per page, by `embed`, and is
//! usually there before the reader has finished typing); while it is on its way, or if it
//! cannot be had, the search says so and the area list below still works, and Enter pressed
//! while it is on its way takes the top match once it has come. It must not decide
//! the answer (it reports where the place picked is), fetch anything itself, or look outside the
//! widget's own root.
//!
//! Ids (`se-place-*`) only need to be unique within the widget's own shadow root.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::PlaceIndex;
use crate::model::Where;
use crate::places::Places;
use crate::strings;

/// Where the search's index is: not asked for yet, on its way, arrived, or not to be had (a
/// later focus asks again).
#[derive(Clone, Copy)]
enum Index {
    Unasked,
    Loading,
    Ready(&'static Places<'static>),
    Failed,
}

/// One suggestion: a place in one region (a place spanning two gives two suggestions, so the
/// reader chooses between them), or in none of the dispute's regions (`None`: picking it says
/// so, and chooses nothing).
#[derive(Clone, Debug, PartialEq)]
struct Suggestion {
    place: String,
    detail: String,
    at: Option<Where>,
}

const LIST_ID: &str = "se-place-list";
const INPUT_ID: &str = "se-place-input";
/// The line under the field: the input's description, so that a reader who comes back to the
/// field hears why nothing was found, and what to try instead.
const NOTE_ID: &str = "se-place-note";

/// Scrolls the list, once it is drawn, just enough to show the highlighted option (the list
/// holds ten and shows about seven).
fn reveal(ev: &KeyboardEvent, active: Option<usize>) {
    use wasm_bindgen::JsCast;
    let (Some(i), Some(input)) = (active, super::event_element(ev)) else {
        return;
    };
    let Ok(Some(root)) = input.closest(".se-root") else {
        return;
    };
    request_animation_frame(move || {
        let option = root
            .query_selector(&format!("#se-place-opt-{i}"))
            .ok()
            .flatten()
            .and_then(|o| o.dyn_into::<web_sys::HtmlElement>().ok());
        let Some(option) = option else { return };
        let Some(list) = option.parent_element() else {
            return;
        };
        let (top, height) = (option.offset_top(), option.offset_height());
        let (scrolled, shown) = (list.scroll_top(), list.client_height());
        if top < scrolled {
            list.set_scroll_top(top);
        } else if top + height > scrolled + shown {
            list.set_scroll_top(top + height - shown);
        }
    });
}

/// The search field and its suggestions. Renders nothing if the dispute's regions list no
/// places, or there is no index to search.
#[component]
pub fn PlaceSearch(
    /// Called with where the place the reader picked is (its region, and its council where
    /// the index knows it), and the place as they saw it.
    on_pick: impl Fn(Where, String) + 'static,
    /// What is typed in the field: the widget's, so that choosing an area by hand clears it (a
    /// place left there would contradict the area chosen).
    query: RwSignal<String>,
    /// Where the index comes from.
    places: Option<PlaceIndex>,
) -> impl IntoView {
    let w = super::words();
    let d = super::dispute();
    let places = places.filter(|_| d.has_places())?;
    // Another widget's search may have fetched it already.
    let index = RwSignal::new((places.ready)().map_or(Index::Unasked, Index::Ready));
    let set_query = query.write_only();
    let (open, set_open) = signal(false);
    let (active, set_active) = signal(None::<usize>);
    let (said, set_said) = signal(String::new());
    // Shown once the reader picks a place that no region of the dispute covers.
    let (outside, set_outside) = signal(None::<String>);

    let suggestions = Memo::new(move |_| {
        let q = query.get();
        let Index::Ready(places) = index.get() else {
            return Vec::new();
        };
        if q.trim().is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        // Suggestions in the widget's language: a place with a Welsh name shows it in Welsh.
        for p in places.search_in(&q, 8, w.lang()) {
            let name = strings::place_name(p.name_in(w.lang()), p.town);
            let regions = p.locate(&|code| d.region_by_place(code));
            if regions.is_empty() {
                out.push(Suggestion {
                    place: name,
                    detail: w.place_outside(p.kind),
                    at: None,
                });
                continue;
            }
            let split = regions.len() > 1;
            for (region, council) in regions {
                // A place across a boundary is offered once per side, each saying so.
                let area = d.region(region);
                let detail = w.place_detail(
                    p.kind,
                    area.name.get(w.lang()),
                    area.within.get(w.lang()),
                    split,
                );
                out.push(Suggestion {
                    place: name.clone(),
                    detail,
                    at: Some(Where { region, council }),
                });
            }
        }
        out.truncate(10);
        out
    });
    let shown = move || open.get() && !suggestions.with(Vec::is_empty);
    let typed = move || query.with(|q| !q.trim().is_empty());
    // Enter pressed while the index was on its way (a postcode typed fast, then Enter), until
    // the reader types again or leaves the field.
    let entered = RwSignal::new(false);
    // What the reader hears of the matches (none said while the index is not there to search,
    // nor when nothing matched: the note under the field says that, on screen).
    let count = move || match index.get_untracked() {
        Index::Ready(_) if typed() => match suggestions.with_untracked(Vec::len) {
            0 => String::new(),
            n => w.place_count(n),
        },
        _ => String::new(),
    };
    // Said under the field, and heard, unless a picked place's note is: the index on its way
    // (once the reader has typed), not to be had, or searched without a match (with what to
    // try instead: a postcode, the council, the area list below).
    let note = move || match index.get() {
        Index::Loading if typed() => Some(w.place_index_loading()),
        Index::Failed => Some(w.place_index_failed()),
        Index::Ready(_) if typed() && suggestions.with(Vec::is_empty) => Some(w.place_none()),
        _ => None,
    };

    // Reactive closures must be Send; the widget's callback need not be, so it lives here.
    let on_pick = StoredValue::new_local(on_pick);
    let pick = {
        move |s: Suggestion| {
            set_query.set(s.place.clone());
            set_open.set(false);
            set_active.set(None);
            set_said.set(String::new());
            match s.at {
                Some(at) => on_pick.with_value(|f| f(at, s.place)),
                None => set_outside.set(Some(w.place_not_covered(&s.place))),
            }
        }
    };
    let pick_for_keys = pick;
    // Asks for the index on the search's first use; after a failure, only a new use (`again`:
    // a focus, not each key) asks again.
    let ask = move |again: bool| {
        let asking = match index.get_untracked() {
            Index::Unasked => true,
            Index::Failed => again,
            Index::Loading | Index::Ready(_) => false,
        };
        if !asking {
            return;
        }
        index.set(Index::Loading);
        (places.fetch)(Box::new(move |got| {
            // The widget may have gone while the index was on its way.
            if index
                .try_set(got.map_or(Index::Failed, Index::Ready))
                .is_some()
            {
                return;
            }
            // Enter pressed while it was on its way takes the top match now, as it would have.
            let top = suggestions.with_untracked(|v| v.first().cloned());
            let top = top.filter(|_| entered.get_untracked());
            entered.set(false);
            match top {
                Some(s) => pick(s),
                None => set_said.set(count()),
            }
        }));
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let n = suggestions.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                set_open.set(true);
                set_active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
                reveal(&ev, active.get_untracked());
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                set_open.set(true);
                set_active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
                reveal(&ev, active.get_untracked());
            }
            "Enter" => {
                // The highlighted suggestion, or else the top one (a full postcode typed, then
                // Enter).
                let chosen = active.get_untracked().unwrap_or(0);
                if let Some(s) = suggestions.with_untracked(|v| v.get(chosen).cloned()) {
                    ev.prevent_default();
                    pick_for_keys(s);
                } else if matches!(index.get_untracked(), Index::Loading) && typed() {
                    ev.prevent_default();
                    entered.set(true);
                }
            }
            "Escape" => {
                if open.get_untracked() {
                    set_open.set(false);
                    set_active.set(None);
                } else {
                    set_query.set(String::new());
                }
            }
            _ => {}
        }
    };

    let list = move || {
        suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let chosen = s.clone();
                view! {
                    <li
                        id=format!("se-place-opt-{i}")
                        role="option"
                        class="se-option"
                        aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                        // mousedown, not click: the input keeps focus, so the list stays a popup of it.
                        on:mousedown=move |ev| {
                            ev.prevent_default();
                            pick(chosen.clone());
                        }
                    >
                        <span class="se-option__place">{s.place}</span>
                        " "
                        <span class="se-option__detail">{s.detail}</span>
                    </li>
                }
            })
            .collect_view()
    };

    Some(view! {
        <div class="se-field se-place">
            <label class="se-field__label" for=INPUT_ID>{w.place_label()}</label>
            <input
                id=INPUT_ID
                class="se-select se-place__input"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=LIST_ID
                aria-describedby=NOTE_ID
                aria-expanded=move || if shown() { "true" } else { "false" }
                aria-activedescendant=move || active.get().filter(|_| shown()).map(|i| format!("se-place-opt-{i}"))
                placeholder=w.place_hint()
                prop:value=query
                on:focus=move |_| ask(true)
                on:input=move |ev| {
                    ask(false);
                    entered.set(false);
                    set_query.set(event_target_value(&ev));
                    set_outside.set(None);
                    set_open.set(true);
                    set_active.set(None);
                    set_said.set(count());
                }
                on:keydown=on_keydown
                // The field may be leaving the page (a place was picked): try, do not insist. A
                // reader who leaves it has moved on: an Enter still waiting for the index is
                // dropped, so its answer never pulls focus back.
                on:blur=move |_| {
                    set_open.try_set(false);
                    entered.try_set(false);
                }
            />
            <ul id=LIST_ID role="listbox" class="se-listbox" aria-label=w.place_results() hidden=move || !shown()>
                {list}
            </ul>
            <p class="se-sr-only" role="status" aria-live="polite">{said}</p>
            // One line under the field for both, so the first render has no more rows than before.
            <p id=NOTE_ID class="se-place__note" role="status" aria-live="polite">{move || outside.get().or_else(|| note().map(str::to_owned))}</p>
        </div>
    })
}
