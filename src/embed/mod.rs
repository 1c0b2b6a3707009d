//! The host-page boundary: the JS entry points (`mount`, `unmount`, `releaseDetached`,
//! `unmountAll`, `mountAll`, `placesAt` for the loader, and `checkData`, `bundledData` for the
//! demo's editor page; `embedSnippets` for its builder page, in `builder.rs`, only with the
//! `builder` feature, which the demo's build has and pkg/'s never), the
//! checking of what a host passes them, placeholders with their `data-*` options and inline data
//! file, where each widget's dispute comes from (bundled, inline, `data-src`; a broken supplied
//! file never half-shows), one shadow root per widget and the shared stylesheet.
//!
//! This is the only module that takes values from the host page. Every entry point takes plain
//! `JsValue`s and checks them before use (`dyn_ref`, `Reflect::get`, `as_string`), and calls only
//! web-sys methods that cannot throw on a checked element or that hand back a `Result`: an
//! exception unwinding through wasm frames leaks the shadow stack until memory is corrupt
//! (issue #8). Bad arguments are a `TypeError` starting `strike-explainer:`; bad option values a
//! console warning. It must never touch `document.body` or any element but the placeholders it
//! is given, and must never panic.

#[cfg(feature = "builder")]
pub mod builder;
mod clock;
pub mod places;
mod registry;
mod services;
mod supplied;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

use std::rc::Rc;

use crate::components::{DataProblems, Explainer, OnChoice, STYLES};
use crate::data;
use crate::model::Dispute;
use crate::options::{self, RawOptions, Source};
use crate::share;

pub use clock::uk_today;

/// What marks a placeholder.
pub const SELECTOR: &str = "[data-strike-explainer]";
/// The event a widget's host element fires when the reader changes region or role.
pub const CHANGE_EVENT: &str = "strike-explainer-change";
/// Set on a placeholder while a widget lives in it, so mounting twice is harmless.
const MOUNTED: &str = "data-se-mounted";
/// The mark on a placeholder whose widget no longer needs the space reserved for it.
const FITTED: &str = "data-se-fitted";

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    // Loaded through `strike-explainer.js`, the loader decides what to mount and when (lazily).
    // Loaded any other way (the trunk demo page), mount every placeholder now.
    let loader = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__strikeExplainerLoader".into()).ok())
        .is_some_and(|v| v.is_truthy());
    if !loader {
        // The demo page's build ships the place index beside the page; the loader says where.
        if let Err(why) = places::set_address(places::BESIDE_THE_PAGE) {
            web_sys::console::error_1(&format!("strike-explainer: {why}").into());
        }
        mount_all();
    }
}

/// Says where the place search's index is (`strike-explainer-places-<hash>.txt` in `pkg/`,
/// relative to the page): the loader calls it once the wasm runs, before it mounts anything.
/// The index is fetched from there on the first use of a search. Throws (once the wasm has
/// returned) a `TypeError` for a value that is not a string or not an `http(s)` address.
#[wasm_bindgen(js_name = placesAt)]
pub fn places_at(url: JsValue) -> Result<(), JsValue> {
    let Some(url) = url.as_string() else {
        return Err(type_error(&format!(
            "placesAt(url): expected the place index's address, got {}",
            describe(&url)
        )));
    };
    places::set_address(&url).map_err(|why| type_error(&why))
}

/// Mounts a widget into every placeholder in the document that has none yet, reading each one's
/// `data-*` options. Returns how many it mounted.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all() -> u32 {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(found) = document.query_selector_all(SELECTOR) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..found.length() {
        let Some(el) = found.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        if registry::holds(&el) {
            continue;
        }
        match mount_with(&el, attributes(&el)) {
            Ok(_) => mounted += 1,
            Err(e) => web_sys::console::error_1(&e),
        }
    }
    mounted
}

/// Mounts a widget into `element` and returns its id, for [`unmount`]. The loader wraps this in
/// `StrikeExplainer.mount`, which hands hosts a promise and a handle.
///
/// `options` is a plain object such as `{ region: "london", role: "parent", theme: "dark" }`, or
/// `undefined`/`null`; where it leaves an option out, the element's `data-*` attribute applies.
/// An option that is not a string is ignored with a warning, like a bad attribute.
///
/// Errors (thrown by the glue once the wasm has returned, never through it): a `TypeError` when
/// `element` is not an HTML element or `options` is not an object or cannot be read; an `Error`
/// when the element already holds a widget or a shadow root of its own.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<u32, JsValue> {
    let Some(host) = element
        .dyn_ref::<HtmlElement>()
        .filter(|_| node_type(&element) == Some(web_sys::Node::ELEMENT_NODE))
    else {
        return Err(type_error(&format!(
            "mount(element): expected an HTML element, got {}",
            describe(&element)
        )));
    };
    // The shared stylesheet belongs to this page's document: a host from another (a template's
    // content, a parsed document) would make adopting it throw.
    let page = web_sys::window().and_then(|w| w.document());
    if host.owner_document() != page {
        return Err(type_error(
            "mount(element): the element belongs to another document; mount it once it is in the page's",
        ));
    }
    let given = mount_options(&options)?;
    mount_with(host, given.or(attributes(host)))
}

/// A value's `nodeType`, read through `Reflect.get`. This is the brand check `instanceof` is
/// not: `Object.create(HTMLElement.prototype)` or a `Proxy` around a `<div>` pass `instanceof`,
/// but the `nodeType` getter throws for them ("Illegal invocation"), and `Reflect.get` hands that
/// back as an error instead of unwinding through us.
fn node_type(value: &JsValue) -> Option<u16> {
    let n = js_sys::Reflect::get(value, &"nodeType".into())
        .ok()?
        .as_f64()?;
    (n.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&n)).then_some(n as u16)
}

/// Removes the widget `id` (from [`mount`]); its element shows its own (fallback) content again
/// and may be mounted again. Returns whether there was such a widget: an unknown id, a second
/// call or a widget already released is harmless.
#[wasm_bindgen]
pub fn unmount(id: JsValue) -> bool {
    id.as_f64()
        .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX))
        .is_some_and(|n| registry::remove(n as u32))
}

/// Releases every widget whose element has been out of the document since the previous call, so
/// a placeholder moved within the page (out and back between two calls) keeps its widget and
/// state. The loader calls it a grace period after elements leave the page. Returns how many
/// widgets are out of the document but not yet released (call again later if not 0).
#[wasm_bindgen(js_name = releaseDetached)]
pub fn release_detached() -> u32 {
    registry::release_detached()
}

/// Removes every widget on the page (`StrikeExplainer.stop()`). Returns how many there were.
#[wasm_bindgen(js_name = unmountAll)]
pub fn unmount_all() -> u32 {
    registry::remove_all()
}

/// Checks a dispute data file's text as the widget would show it, for the demo's editor page:
/// an array of `{ path, message }`, empty when the file is good. Never throws; a value that is
/// not a string is one problem. The objects are built by hand, not with serde-wasm-bindgen:
/// ARCHITECTURE.md, "Dependencies, measured".
#[wasm_bindgen(js_name = checkData)]
pub fn check_data(text: JsValue) -> js_sys::Array {
    let problems = match text.as_string() {
        Some(text) => match data::parse(&text) {
            Ok(_) => Vec::new(),
            Err(e) => e.0,
        },
        None => vec![data::Problem {
            path: String::new(),
            message: format!("expected the file's text, got {}", describe(&text)),
        }],
    };
    problems
        .into_iter()
        .map(|p| {
            let entry = js_sys::Object::new();
            // Setting a property on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&entry, &"path".into(), &p.path.into());
            let _ = js_sys::Reflect::set(&entry, &"message".into(), &p.message.into());
            JsValue::from(entry)
        })
        .collect()
}

/// The text of bundled dispute `id` (`neu-2023`, `ni-2023`), for an editor to start from; `undefined`
/// for any other id.
#[wasm_bindgen(js_name = bundledData)]
pub fn bundled_data(id: JsValue) -> Option<String> {
    let id = id.as_string()?;
    data::DISPUTES
        .iter()
        .find(|(key, _)| *key == id)
        .map(|(_, text)| (*text).to_owned())
}

/// A `TypeError` whose message starts with our name, for hosts to tell our errors apart.
fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(&format!("strike-explainer: {message}")).into()
}

fn error(message: &str) -> JsValue {
    js_sys::Error::new(&format!("strike-explainer: {message}")).into()
}

/// What a wrong argument was, in a few words, without calling any of its code (no `toString`).
fn describe(value: &JsValue) -> String {
    if value.is_undefined() {
        "undefined".into()
    } else if value.is_null() {
        "null".into()
    } else if let Some(s) = value.as_string() {
        format!(
            "the string \"{}\"",
            options::shorten(&s, options::QUOTE_LIMIT)
        )
    } else if value.dyn_ref::<web_sys::Node>().is_some() {
        match node_type(value) {
            Some(web_sys::Node::TEXT_NODE) => "a text node".into(),
            Some(web_sys::Node::ELEMENT_NODE) => "an element that is not an HTML element".into(),
            Some(web_sys::Node::DOCUMENT_NODE) => "a document".into(),
            Some(_) => "a node that is not an element".into(),
            None => "an object that only pretends to be a node".into(),
        }
    } else {
        format!(
            "a value of type {}",
            value.js_typeof().as_string().unwrap_or_default()
        )
    }
}

/// Reads a `mount()` options object into plain strings, one property at a time through
/// `Reflect.get` (which hands back a getter's exception instead of unwinding through us).
fn mount_options(options: &JsValue) -> Result<RawOptions, JsValue> {
    let mut raw = RawOptions::default();
    if options.is_undefined() || options.is_null() {
        return Ok(raw);
    }
    if !options.is_object() || options.is_function() {
        return Err(type_error(&format!(
            "mount(element, options): options must be an object such as {{ region: \"london\" }}, got {}",
            describe(options)
        )));
    }
    for name in RawOptions::NAMES {
        let value = js_sys::Reflect::get(options, &name.into()).map_err(|_| {
            type_error(&format!(
                "mount(element, options): options.{name} could not be read (its getter threw)"
            ))
        })?;
        if value.is_undefined() || value.is_null() {
            continue;
        }
        match value.as_string() {
            Some(text) => {
                if let Some(slot) = raw.slot(name) {
                    *slot = Some(text);
                }
            }
            None => warn(&format!(
                "strike-explainer: ignoring mount option {name}: expected a string, got {}. {}",
                describe(&value),
                if matches!(name, "region" | "council" | "role") {
                    "The reader can choose instead."
                } else {
                    "Using the element's attribute or the default."
                }
            )),
        }
    }
    Ok(raw)
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// A placeholder's options: its `data-*` attributes, and a data file inside it as
/// `<script type="application/json">` (a direct child; its text is never run or parsed as HTML).
fn attributes(el: &Element) -> RawOptions {
    let mut raw = RawOptions::default();
    for name in RawOptions::NAMES {
        if let Some(slot) = raw.slot(name) {
            *slot = el.get_attribute(&format!("data-{name}"));
        }
    }
    raw.data = el
        .query_selector(r#":scope > script[type="application/json"]"#)
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    raw
}

/// Bundled dispute `i` (an index into `data::DISPUTES`), parsed and checked once per page.
fn bundled(i: usize) -> Result<&'static Dispute, &'static data::DataError> {
    static DISPUTES: [std::sync::OnceLock<Result<Dispute, data::DataError>>; data::DISPUTES.len()] =
        [const { std::sync::OnceLock::new() }; data::DISPUTES.len()];
    // `pick_dispute` only returns indexes of `data::DISPUTES`, which has as many entries.
    let (_, text) = data::DISPUTES[i];
    DISPUTES[i].get_or_init(|| data::parse(text)).as_ref()
}

fn mount_with(host: &HtmlElement, raw: RawOptions) -> Result<u32, JsValue> {
    // Asked of the registry, not the attribute: a copy of a mounted placeholder (cloned HTML, a
    // restored page snapshot) carries the attribute but holds no widget.
    if registry::holds(host) {
        return Err(error("mount(element): this element already holds a widget"));
    }
    let ids = data::DISPUTES.map(|(id, _)| id);
    let (source, warnings) = options::pick_source(&raw, &ids);
    for w in warnings {
        warn(&w);
    }
    let loaded = match source {
        Source::Bundled(i) => bundled(i).map_err(|e| error(&e.to_string()))?,
        Source::Text(text) => match supplied::from_text(text) {
            Ok(dispute) => dispute,
            Err(failure) => return refuse(host, &raw, INLINE, &failure),
        },
        Source::Url(src) => return mount_later(host, raw.clone(), src.to_owned()),
    };
    let (handle, shadow) = render(host, &raw, loaded)?;
    Ok(registry::insert(handle, host.clone(), shadow))
}

/// How the problems of a file inside the placeholder name where it came from.
const INLINE: &str = "inside the placeholder";

/// Mounts a widget whose data is at `src`: the placeholder keeps showing its own content (a
/// bare `<slot>`) until the file has arrived and passed its checks, and for good if it fails.
fn mount_later(host: &HtmlElement, raw: RawOptions, src: String) -> Result<u32, JsValue> {
    let shadow = shadow_root(host)?;
    empty(&shadow);
    adopt_styles(&shadow);
    show_own_content(&shadow);
    let id = registry::insert((), host.clone(), shadow);
    let host = host.clone();
    let from = format!("from {src}");
    supplied::from_url(&src, move |loaded| {
        // Unmounted, or its element gone, while the file was on its way.
        if !registry::is_live(id) {
            return;
        }
        let shown = match loaded {
            Ok(dispute) => render(&host, &raw, dispute).map(|(handle, _)| handle),
            Err(failure) => {
                let (message, panel) = problems(&host, &raw, &from, &failure);
                web_sys::console::error_1(&message);
                match panel {
                    Some(Ok((handle, _))) => Ok(handle),
                    Some(Err(e)) => Err(e),
                    None => return,
                }
            }
        };
        match shown {
            Ok(handle) => {
                registry::fill(id, handle);
            }
            Err(e) => web_sys::console::error_1(&e),
        }
    });
    Ok(id)
}

/// A supplied file that cannot be shown: the problems go to the console always, and with
/// `data-debug` into the widget too (readers otherwise keep the placeholder's own content).
fn refuse(
    host: &HtmlElement,
    raw: &RawOptions,
    from: &str,
    failure: &supplied::Failure,
) -> Result<u32, JsValue> {
    let (message, panel) = problems(host, raw, from, failure);
    match panel {
        Some(shown) => {
            web_sys::console::error_1(&message);
            let (handle, shadow) = shown?;
            Ok(registry::insert(handle, host.clone(), shadow))
        }
        // The caller logs the error: mountAll, the loader, or a host's rejected promise.
        None => Err(message),
    }
}

/// The console's message for a failed file, and (with `data-debug`) the editor's list of its
/// problems drawn into the placeholder.
#[allow(clippy::type_complexity)]
fn problems(
    host: &HtmlElement,
    raw: &RawOptions,
    from: &str,
    failure: &supplied::Failure,
) -> (
    JsValue,
    Option<Result<(Box<dyn std::any::Any>, ShadowRoot), JsValue>>,
) {
    let what = match failure {
        supplied::Failure::Fetch(why) => {
            format!("the dispute data {from} could not be loaded: {why}")
        }
        supplied::Failure::Data(e) => e.report(&format!("the dispute data {from}")),
    };
    let message = error(&format!(
        "{what}\nThe placeholder keeps its own content{}",
        if raw.debug() {
            "; data-debug lists the problems in it."
        } else {
            "; add data-debug to it to list the problems there."
        }
    ));
    if !raw.debug() {
        return (message, None);
    }
    let (source, fetch, list) = match failure {
        supplied::Failure::Fetch(why) => (from.to_owned(), Some(why.clone()), Vec::new()),
        supplied::Failure::Data(e) => (from.to_owned(), None, e.0.clone()),
    };
    let panel = (|| {
        let (shadow, container) = fresh_container(host)?;
        let handle = leptos::mount::mount_to(container, move || {
            view! { <DataProblems source failure=fetch problems=list /> }
        });
        let handle: Box<dyn std::any::Any> = Box::new(handle);
        Ok((handle, shadow))
    })();
    (message, Some(panel))
}

/// The shadow root, emptied and styled, with one container for leptos to render into.
fn fresh_container(host: &HtmlElement) -> Result<(ShadowRoot, HtmlElement), JsValue> {
    let shadow = shadow_root(host)?;
    empty(&shadow);
    adopt_styles(&shadow);
    let document = host
        .owner_document()
        .ok_or_else(|| error("mount(element): the element has no document"))?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    shadow.append_child(&container)?;
    Ok((shadow, container))
}

/// Lets the placeholder's own content show through its shadow root.
fn show_own_content(shadow: &ShadowRoot) {
    if let Some(slot) = shadow
        .owner_document()
        .and_then(|d| d.create_element("slot").ok())
    {
        let _ = shadow.append_child(&slot);
    }
}

/// Draws the widget for `dispute` into `host`, starting where the link, the host's options or
/// the reader's last visit say. Returns the leptos handle and the shadow root.
fn render(
    host: &HtmlElement,
    raw: &RawOptions,
    dispute: &'static Dispute,
) -> Result<(Box<dyn std::any::Any>, ShadowRoot), JsValue> {
    let storage_key = share::storage_key(&dispute.key);
    let stored = share::parse(&services::stored(&storage_key).unwrap_or_default());
    let linked = share::parse(&services::fragment());
    let opened_by_link = linked
        .region
        .as_ref()
        .is_some_and(|k| dispute.region_by_key(k).is_some());
    let raw = options::starting_choice(raw.clone(), &linked, &stored, dispute);
    let (options, warnings) = options::resolve(&raw, dispute);
    // The date a link copied while replaying opens on (not a stored choice's: storage keeps
    // none, so a returning reader sees today).
    let (linked_on, bad_on) = options::replayed_on(linked.on.as_deref(), options.replay, dispute);
    for w in warnings.into_iter().chain(bad_on) {
        warn(&w.to_string());
    }
    let (shadow, container) = fresh_container(host)?;

    let on_choice = services::choice_event(host.clone(), dispute);
    let share = services::share_tools(storage_key, !stored.is_empty(), options.share.clone());
    let index = places::source();
    let (at, role, theme, lang) = (options.at, options.role, options.theme, options.lang);
    let (fixed_today, replay, heading) = (options.today, options.replay, options.heading);
    let handle = leptos::mount::mount_to(container, move || {
        let today = fixed_today.map_or_else(clock::uk_today_signal, Signal::stored);
        // A language switch draws the widget again in the other language, from the reader's
        // latest choice, and gives focus back to the switch.
        let lang_now = RwSignal::new(lang);
        let switched = RwSignal::new(false);
        // Today itself is no replay (the control says so the same way).
        let replayed = RwSignal::new(linked_on.filter(|on| *on != today.get_untracked()));
        let latest = StoredValue::new((at, role));
        let tell: OnChoice = Rc::new(move |at, role| {
            latest.set_value((at.cloned(), role));
            on_choice(at, role);
        });
        let (tell, share) = (StoredValue::new_local(tell), StoredValue::new_local(share));
        let on_lang = Callback::new(move |l| {
            switched.set(true);
            lang_now.set(l);
        });
        move || {
            let lang = lang_now.get();
            let (at, role) = latest.get_value();
            let (on_choice, share) = (tell.get_value(), share.get_value());
            let places = Some(index);
            let switched = switched.get_untracked();
            view! { <Explainer dispute at role today theme lang on_choice=Some(on_choice) share=Some(share) replay heading on_lang=Some(on_lang) switched replayed=Some(replayed) places /> }
        }
    });
    // A shared link names no element the browser could scroll to, so the first widget it
    // opens brings itself into view, once per page.
    if opened_by_link && !LINK_SHOWN.swap(true, std::sync::atomic::Ordering::Relaxed) {
        host.scroll_into_view();
    }
    let untouched = fit_reserve(host, &shadow);
    Ok((Box::new((handle, untouched)), shadow))
}

/// Marks a placeholder whose widget is drawn, so that `strike-explainer.css` stops reserving
/// space for it: that space is fitted to the tallest first render of four typefaces, and most
/// leave part of it blank (123 px at 360 px in the demo's Georgia; issue #21). It is given back
/// only when no reader can see anything move: at once if the widget's bottom is at or below the
/// viewport's (what follows the placeholder is out of sight before and after), else at the
/// reader's first tap or key in it (a shift the reader caused, which the first choice, taller
/// than the reserve, would cause anyway). Returns those listeners, to be held with the widget's
/// handle (by hand, not with gloo-events: ARCHITECTURE.md, "Dependencies, measured").
fn fit_reserve(host: &HtmlElement, shadow: &ShadowRoot) -> Option<Untouched> {
    let below = shadow.query_selector(".se-root").ok().flatten().zip(
        host.owner_document()
            .and_then(|d| d.default_view())
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64()),
    );
    if below.is_some_and(|(root, height)| root.get_bounding_client_rect().bottom() >= height) {
        // `setAttribute` throws only for a name that is not a valid attribute name; ours is one.
        let _ = host.set_attribute(FITTED, "");
        return None;
    }
    let target = host.clone();
    // Called at most once per event type; setting the mark twice is harmless.
    let fit = Closure::<dyn Fn()>::new(move || {
        let _ = target.set_attribute(FITTED, "");
    });
    let once = web_sys::AddEventListenerOptions::new();
    once.set_once(true);
    for event in FIRST_TOUCH {
        // Adding a listener does not throw; a second call after the first fired is harmless.
        let _ = host.add_event_listener_with_callback_and_add_event_listener_options(
            event,
            fit.as_ref().unchecked_ref(),
            &once,
        );
    }
    Some(Untouched {
        host: host.clone(),
        fit,
    })
}

/// What counts as the reader's first touch of a widget.
const FIRST_TOUCH: [&str; 2] = ["pointerdown", "keydown"];

/// `fit_reserve`'s listeners, held with the widget's handle: dropping it (the widget unmounted)
/// removes them, so a tap on the fallback that comes back never marks its placeholder fitted.
struct Untouched {
    host: HtmlElement,
    fit: Closure<dyn Fn()>,
}

impl Drop for Untouched {
    fn drop(&mut self) {
        for event in FIRST_TOUCH {
            // Removing a listener never throws, even one that has fired or was never added.
            let _ = self
                .host
                .remove_event_listener_with_callback(event, self.fit.as_ref().unchecked_ref());
        }
    }
}

/// Whether a widget has already scrolled itself into view for a shared link.
static LINK_SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The shadow root to render into: a new one, or the one we made for an earlier widget in this
/// element. A shadow root that is not ours belongs to the host, so we refuse rather than empty
/// it; an element that cannot have one (an `<input>`, say) is refused by the browser.
fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    thread_local! {
        /// The shadow roots this module attached, held weakly.
        static OURS: js_sys::WeakSet = js_sys::WeakSet::new();
    }
    if let Some(root) = host.shadow_root() {
        return if OURS.with(|ours| ours.has(root.unchecked_ref())) {
            Ok(root)
        } else {
            Err(error(
                "mount(element): the element already has a shadow root of its own; give the widget an element of its own",
            ))
        };
    }
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let root = host.attach_shadow(&init).map_err(|_| {
        type_error(&format!(
            "mount(element): this <{}> cannot take the widget's shadow root (it has a closed one of its own, or cannot have one); use an empty <div>",
            host.tag_name().to_ascii_lowercase()
        ))
    })?;
    OURS.with(|ours| ours.add(root.unchecked_ref()));
    Ok(root)
}

/// Removes everything from one of our shadow roots, node by node: `innerHTML` would throw on a
/// page that enforces Trusted Types.
fn empty(root: &ShadowRoot) {
    while let Some(child) = root.first_child() {
        if root.remove_child(&child).is_err() {
            break;
        }
    }
}

/// Adds the widget's stylesheet to a shadow root as a constructable stylesheet, shared by every
/// widget on the page, so a strict `style-src` needs no `'unsafe-inline'`.
fn adopt_styles(root: &ShadowRoot) {
    thread_local! {
        static SHEET: Option<web_sys::CssStyleSheet> = {
            let sheet = web_sys::CssStyleSheet::new().ok();
            sheet.filter(|s| s.replace_sync(STYLES).is_ok())
        };
    }
    SHEET.with(|sheet| {
        if let Some(sheet) = sheet {
            root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
        }
    });
}
