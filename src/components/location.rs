//! One place to say where the reader's school is: a town, council or postcode search with the
//! area list as its fallback, and, once an area is chosen, one visible line
//! ("M1 1AA → North West · Change", or "SE15, London · Change" where the place names its
//! area) in their place. Where a dispute has days for only some
//! councils, a list of the chosen area's councils follows (issue #20): the search fills it, and
//! a reader who did not search can say their council in one step, or that they are not sure.
//!
//! No element here may be wholly static (literal text and attributes only): the `view!` macro
//! builds such elements from an HTML string, which a page requiring Trusted Types refuses.
//!
//! It owns which of the two it shows and where focus goes between them; it must not decide the
//! answer (the widget owns where the reader is) or look outside the widget's own root.

use leptos::html::Div;
use leptos::prelude::*;

use super::PlaceIndex;
use super::choice::Choice;
use super::place_search::PlaceSearch;
use crate::model::{Council, RegionId, Where};
use crate::strings::before_area;

const CHANGE_ID: &str = "se-where-change";

/// The search and the area list, or the chosen area and a "Change" button; then the area's
/// councils, where the dispute has days for only some of them.
#[component]
pub fn Location(
    /// The area chosen, by whatever means (search, list, link, host preset, memory).
    region: Signal<Option<RegionId>>,
    /// The council chosen within it, as its GSS code, where the reader is known to be in one.
    council: Signal<Option<String>>,
    /// What is typed in the search: cleared when the area is chosen from the list, since a place
    /// left there would contradict it.
    query: RwSignal<String>,
    /// The search's index, fetched on its first use; without it, only the area list.
    places: Option<PlaceIndex>,
    /// Called with where the reader said they are, or `None` for the area list's empty option.
    on_choose: impl Fn(Option<Where>) + 'static,
) -> impl IntoView {
    let w = super::words();
    let d = super::dispute();
    // An area arriving with the widget (link, preset, memory) is shown as chosen, and so is one
    // picked from the list by pointer or touch (a phone's picker closes on the choice, issue
    // #21); chosen by keyboard the list stays open, since a keyboard's arrows change a closed
    // select's value on every press and the control must not vanish under them.
    let editing = RwSignal::new(region.get_untracked().is_none());
    let by_keyboard = RwSignal::new(false);
    // The place the reader picked in the search, shown before its area.
    let picked = RwSignal::new(None::<String>);
    let said = RwSignal::new(String::new());
    let wrap = NodeRef::<Div>::new();
    let focus = move |selector: &'static str| {
        request_animation_frame(move || {
            // The widget may be gone by the next frame (its host removed it).
            if let Some(w) = wrap.try_get_untracked().flatten() {
                super::focus_within(&w, selector, false);
            }
        });
    };

    let region_options: Vec<(String, String)> = d
        .regions
        .iter()
        .map(|r| (r.key.clone(), r.name.get(w.lang()).to_owned()))
        .collect();
    let region_key = Signal::derive(move || region.get().map(|id| d.region(id).key.clone()));

    // Reactive closures must be Send; the widget's callback need not be, so it lives here.
    let on_choose = StoredValue::new_local(on_choose);
    // Only a dispute with days for some councils asks for one: elsewhere a council found by the
    // search would change no answer, only lengthen links and file names the reader cannot see
    // it in.
    let local = d.days.iter().any(|day| day.local.is_some());
    let asking = move || {
        view! {
            <PlaceSearch query places on_pick={move |mut at: Where, place: String| {
                at.council = at.council.filter(|_| local);
                // Where the place ends with its area's name, the line as shown ("SE15, London."),
                // not "SE15, London is in London.".
                let area = d.region(at.region);
                said.set(match before_area(&place, &names_of(area)) {
                    Some(before) => [before, area.name.get(w.lang()), "."].concat(),
                    None => w.place_chosen(&place, area.within.get(w.lang())),
                });
                picked.set(Some(place));
                editing.set(false);
                on_choose.with_value(|f| f(Some(at)));
                focus("#se-where-change");
            }} />
            <div
                class="se-where__list"
                on:keydown=move |_| by_keyboard.set(true)
                on:pointerdown=move |_| by_keyboard.set(false)
            >
                <Choice
                    label=w.region_fallback_label()
                    id="se-region"
                    placeholder=w.region_placeholder()
                    options=region_options.clone()
                    value=region_key
                    on_change=Box::new(move |key: Option<String>| {
                        query.set(String::new());
                        picked.set(None);
                        said.set(String::new());
                        let at = key.and_then(|k| d.region_by_key(&k)).map(Where::from);
                        let chosen = at.is_some();
                        on_choose.with_value(|f| f(at));
                        if chosen && !by_keyboard.get_untracked() {
                            editing.set(false);
                            focus("#se-where-change");
                        }
                    })
                />
            </div>
        }
    };
    let chosen = move |r: RegionId| {
        let area = d.region(r);
        let place = picked.get();
        // Each name once: a place ending with its area's name (`SE15, London`) shows the area
        // there, and everyone, screen readers too, reads the line as it is.
        let before = place
            .as_deref()
            .and_then(|p| before_area(p, &names_of(area)))
            .map(str::to_owned);
        let arrow = place.filter(|_| before.is_none());
        let hidden = arrow.is_some().then_some("true");
        view! {
            <p class="se-where__chosen">
                <span class="se-where__label">{w.where_chosen()}</span>
                " "
                // A screen reader hears "Cardiff, in Wales" (the area's stored "in" form), not
                // the arrow; a word put before the area's name would be wrong in Welsh.
                {arrow.map(|place| view! {
                    <span class="se-sr-only">{w.place_in(&place, area.within.get(w.lang()))}</span>
                    <span class="se-where__place" aria-hidden="true">{place}</span>
                    <span aria-hidden="true">{w.place_to_area()}</span>
                })}
                {before.map(|before| view! { <span class="se-where__place">{before}</span> })}
                <strong class="se-where__region" aria-hidden=hidden>{area.name.get(w.lang()).to_owned()}</strong>
                <span aria-hidden="true">{w.separator()}</span>
                <button
                    type="button"
                    id=CHANGE_ID
                    class="se-link-button"
                    aria-label=w.change_label()
                    on:click=move |_| {
                        editing.set(true);
                        said.set(String::new());
                        // The search if there is one (it hides itself when the place data's
                        // regions are not the dispute's), else the list.
                        focus("#se-place-input, #se-region");
                    }
                >
                    {w.change_button()}
                </button>
            </p>
        }
    };

    // Which of the two shows: a memo, so that choosing from the open list does not rebuild it
    // (and take focus from it).
    let shown = Memo::new(move |_| (!editing.get()).then(|| region.get()).flatten());

    // The chosen area's councils, drawn again only when the area changes, so that choosing
    // from the list keeps it (and focus) where it is.
    let councils = move || {
        let r = region.get().filter(|_| local)?;
        let list = councils_of(d, r, w.lang());
        if list.is_empty() {
            return None;
        }
        let options = list
            .iter()
            .map(|(c, name)| (c.code.clone(), name.clone()))
            .collect();
        Some(view! {
            <Choice
                label=w.council_label()
                id="se-council"
                placeholder=w.council_unsure()
                options
                value=council
                on_change=Box::new(move |code: Option<String>| {
                    let council = code.and_then(|k| list.iter().find(|(c, _)| c.code == k).map(|(c, _)| c.clone()));
                    on_choose.with_value(|f| f(Some(Where { region: r, council })));
                })
            />
        })
    };
    view! {
        <div class="se-where" node_ref=wrap>
            {move || match shown.get() {
                Some(r) => chosen(r).into_any(),
                None => asking().into_any(),
            }}
            {councils}
            <p class="se-sr-only" role="status" aria-live="polite">{move || said.get()}</p>
        </div>
    }
}

/// The area's names in every language, which a place may name it by.
fn names_of(area: &crate::model::Region) -> [&str; 2] {
    crate::lang::Lang::ALL.map(|l| area.name.get(l))
}

/// The councils a reader in region `r` may say they are in, with their names in `lang`: every
/// council the dispute puts there, and of the councils abolished in 2023 only those its days
/// name (a reader there may be told of a former council's day as their own).
fn councils_of(
    d: &crate::model::Dispute,
    r: RegionId,
    lang: crate::lang::Lang,
) -> Vec<(Council, String)> {
    let named = |code: &str| {
        d.days
            .iter()
            .filter_map(|day| day.local.as_ref())
            .any(|l| l.codes().any(|c| c == code))
    };
    crate::places::councils()
        .councils_in(r, &|code| d.region_by_place(code), lang)
        .into_iter()
        .filter(|(c, _)| c.part_of.is_none() || named(&c.code))
        .map(|(c, name)| (c, name.to_owned()))
        .collect()
}
