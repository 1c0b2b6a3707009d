//! The host-page boundary: the JS API (`mount`, `mountAll`), placeholders and their `data-*`
//! options, one shadow root per widget, the shared stylesheet, today's UK date, and the
//! `strike-explainer-change` event.
//!
//! This is the only module that touches the host page, the clock or JS values. It must never
//! touch `document.body` or any element but the placeholders it is given, and bad input must
//! leave the host page working: a console warning and a fallback, never a panic.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

use crate::components::{Explainer, STYLES, ShareTools};
use crate::data;
use crate::model::{Date, Dispute};
use crate::options::{self, RawOptions};
use crate::share::{self, Choice};
use crate::uk_time;

/// What marks a placeholder.
pub const SELECTOR: &str = "[data-strike-explainer]";
/// The event a widget's host element fires when the reader changes region or role.
pub const CHANGE_EVENT: &str = "strike-explainer-change";
/// Set on a placeholder while a widget lives in it, so mounting twice is harmless.
const MOUNTED: &str = "data-se-mounted";

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    // Loaded through `strike-explainer.js`, the loader decides what to mount and when (lazily).
    // Loaded any other way (the trunk demo page), mount every placeholder now.
    let loader = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__strikeExplainerLoader".into()).ok())
        .is_some_and(|v| v.is_truthy());
    if !loader {
        mount_all();
    }
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
        if el.has_attribute(MOUNTED) {
            continue;
        }
        let raw = attributes(&el);
        match mount_with(&el, &raw) {
            Ok(_) => mounted += 1,
            Err(e) => web_sys::console::error_1(&e),
        }
    }
    mounted
}

/// The options a JS host may pass to `mount`, all optional, same values as the attributes.
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    region: Option<String>,
    role: Option<String>,
    lang: Option<String>,
    theme: Option<String>,
    today: Option<String>,
}

/// Mounts a widget into `element`, for hosts that build their pages in JS.
///
/// `options` is a plain object such as `{ region: "london", role: "parent", theme: "dark" }`
/// (or `undefined`); where it leaves an option out, the element's `data-*` attribute applies.
/// Returns a handle whose `unmount()` removes the widget and shows the element's own content
/// again. Throws if the element already holds a widget or the options are not an object.
#[wasm_bindgen]
pub fn mount(element: HtmlElement, options: JsValue) -> Result<Mounted, JsValue> {
    let given: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("strike-explainer: mount options: {e}")))?
    };
    let attrs = attributes(&element);
    let raw = RawOptions {
        region: given.region.or(attrs.region),
        role: given.role.or(attrs.role),
        lang: given.lang.or(attrs.lang),
        theme: given.theme.or(attrs.theme),
        today: given.today.or(attrs.today),
    };
    mount_with(&element, &raw)
}

thread_local! {
    /// Every live widget's leptos handle, by `Mounted::id`. Dropping a handle unmounts its view,
    /// so they live here rather than in `Mounted`: a host that drops its handle (and lets JS
    /// garbage-collect it) must not make the widget vanish.
    static LIVE: RefCell<HashMap<u32, Box<dyn Any>>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A mounted widget, returned by `mount`. The widget stays until `unmount()` is called, whether
/// or not the host keeps this handle.
#[wasm_bindgen]
pub struct Mounted {
    id: u32,
    host: HtmlElement,
    shadow: ShadowRoot,
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the widget; the host element shows its own (fallback) content again and may be
    /// mounted again. Calling it twice does nothing.
    pub fn unmount(&mut self) {
        if LIVE
            .with(|live| live.borrow_mut().remove(&self.id))
            .is_some()
        {
            // A bare <slot> renders the host's light-DOM children, i.e. the fallback content.
            self.shadow.set_inner_html("<slot></slot>");
            let _ = self.host.remove_attribute(MOUNTED);
        }
    }
}

fn attributes(el: &Element) -> RawOptions {
    RawOptions {
        region: el.get_attribute("data-region"),
        role: el.get_attribute("data-role"),
        lang: el.get_attribute("data-lang"),
        theme: el.get_attribute("data-theme"),
        today: el.get_attribute("data-today"),
    }
}

/// The bundled dispute, parsed and checked once per page.
fn bundled() -> Result<&'static Dispute, &'static data::DataError> {
    static DISPUTE: OnceLock<Result<Dispute, data::DataError>> = OnceLock::new();
    DISPUTE.get_or_init(|| data::parse(data::BUNDLED)).as_ref()
}

fn mount_with(host: &HtmlElement, raw: &RawOptions) -> Result<Mounted, JsValue> {
    if host.has_attribute(MOUNTED) {
        return Err(JsError::new("strike-explainer: this element already holds a widget").into());
    }
    let dispute = bundled().map_err(|e| JsError::new(&format!("strike-explainer: {e}")))?;
    // A shared link beats the host's preset (the link must reopen the answer it was copied
    // from), which beats the reader's remembered choice (an article about Wales shows Wales).
    // Ids from the link or storage are not the host's to fix, so unknown ones are dropped quietly.
    let storage_key = share::storage_key(&dispute.key);
    let stored = share::parse(
        &storage()
            .and_then(|s| s.get_item(&storage_key).ok().flatten())
            .unwrap_or_default(),
    );
    let linked = share::parse(
        &web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default(),
    );
    let known_region = |k: &String| dispute.region_by_key(k).is_some();
    let known_role = |k: &String| dispute.role_by_key(k).is_some();
    let mut raw = raw.clone();
    raw.region = linked
        .region
        .clone()
        .filter(known_region)
        .or(raw.region)
        .or(stored.region.clone().filter(known_region));
    raw.role = linked
        .role
        .clone()
        .filter(known_role)
        .or(raw.role)
        .or(stored.role.clone().filter(known_role));
    let (options, warnings) = options::resolve(&raw, dispute);
    for w in warnings {
        web_sys::console::warn_1(&w.to_string().into());
    }
    // The host's own children stay in the light DOM as fallback content: without a <slot> the
    // shadow root hides them, and they reappear if the widget is unmounted.
    let shadow = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    shadow.set_inner_html("");
    adopt_styles(&shadow);
    let document = host
        .owner_document()
        .ok_or_else(|| JsError::new("strike-explainer: no document"))?;
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    shadow.append_child(&container)?;

    let on_choice = choice_event(host.clone(), dispute);
    let share = share_tools(storage_key, !stored.is_empty());
    let (region, role, theme, lang) = (options.region, options.role, options.theme, options.lang);
    let fixed_today = options.today;
    let handle = leptos::mount::mount_to(container, move || {
        let today = fixed_today.map_or_else(uk_today_signal, Signal::stored);
        view! { <Explainer dispute region role today theme lang on_choice=Some(on_choice) share=Some(share) /> }
    });
    host.set_attribute(MOUNTED, "")?;
    let id = NEXT_ID.with(|n| n.replace(n.get().wrapping_add(1)));
    LIVE.with(|live| live.borrow_mut().insert(id, Box::new(handle)));
    Ok(Mounted {
        id,
        host: host.clone(),
        shadow,
    })
}

/// The page's localStorage, or `None` where it is blocked (a sandboxed iframe, some privacy
/// modes): merely reading `window.localStorage` throws there.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether storage takes writes, probed once per page (not once per widget). Some browsers hand
/// out a storage object that refuses every write (a full quota, Safari's old private mode).
fn storage_works() -> bool {
    thread_local! {
        static WORKS: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
    }
    WORKS.with(|w| {
        *w.get_or_init(|| {
            storage().is_some_and(|s| {
                let probe = "strike-explainer:probe";
                let ok = s.set_item(probe, "1").is_ok();
                let _ = s.remove_item(probe);
                ok
            })
        })
    })
}

/// Sharing and remembering for one widget, as far as this page allows.
fn share_tools(key: String, remembered: bool) -> ShareTools {
    let storage_works = storage_works();
    let remember_key = key.clone();
    ShareTools {
        link: Rc::new(|choice: &Choice| {
            let href = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            share::link(&href, choice)
        }),
        copy: Rc::new(copy_to_clipboard),
        remember: Rc::new(move |choice: &Choice| {
            storage().is_some_and(|s| s.set_item(&remember_key, &share::encode(choice)).is_ok())
        }),
        forget: Rc::new(move || storage().is_some_and(|s| s.remove_item(&key).is_ok())),
        download: Rc::new(download),
        now: Rc::new(|| js_sys::Date::now() as i64),
        remembered: remembered && storage_works,
        storage: storage_works,
    }
}

/// Offers `text` as a download called `name`, through a detached link (never added to the page).
fn download(name: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        let link: web_sys::HtmlElement = link.unchecked_into();
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        link.click();
    }
    // Revoked on the next turn, once the browser has started the download.
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::ZERO,
    );
}

/// Writes `text` with the async Clipboard API, where the page may use it.
fn copy_to_clipboard(text: String, done: crate::components::CopyDone) {
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let write = clipboard.as_ref().and_then(|c| {
        let f: js_sys::Function = js_sys::Reflect::get(c, &"writeText".into())
            .ok()?
            .dyn_into()
            .ok()?;
        f.call1(c, &text.into())
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    match write {
        Some(promise) => leptos::task::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        }),
        None => done(false),
    }
}

/// The `detail` of a `strike-explainer-change` event: the chosen public ids, or null.
#[derive(Serialize)]
struct ChangeDetail<'a> {
    region: Option<&'a str>,
    role: Option<&'a str>,
}

/// Fires a bubbling, composed `strike-explainer-change` event on `host` for each new choice.
fn choice_event(host: HtmlElement, dispute: &'static Dispute) -> crate::components::OnChoice {
    Rc::new(move |region, role| {
        let detail = ChangeDetail {
            region: region.map(|r| dispute.region(r).key.as_str()),
            role: role.map(|r| dispute.role(r).key.as_str()),
        };
        let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
        let Ok(detail) = detail.serialize(&serializer) else {
            return;
        };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
            let _ = host.dispatch_event(&event);
        }
    })
}

/// Adds the widget's stylesheet to a shadow root as a constructable stylesheet, shared by every
/// widget on the page, so a strict `style-src` needs no `'unsafe-inline'`.
fn adopt_styles(root: &ShadowRoot) {
    thread_local! {
        static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
    }
    let sheet = SHEET.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let sheet = web_sys::CssStyleSheet::new().ok()?;
            sheet.replace_sync(STYLES).ok()?;
            *cell = Some(sheet);
        }
        cell.clone()
    });
    if let Some(sheet) = sheet {
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
}

/// Today's date in the UK (Europe/London), whatever the reader's own time zone.
pub fn uk_today() -> Date {
    uk_time::uk_date_at(js_sys::Date::now() as i64)
}

/// Today's UK date as a signal that moves on at UK midnight, without a reload.
fn uk_today_signal() -> Signal<Date> {
    let today = RwSignal::new(uk_today());
    schedule_rollover(today);
    today.into()
}

fn schedule_rollover(today: RwSignal<Date>) {
    let now = js_sys::Date::now() as i64;
    // A second past midnight, so the new date is certain even if the timer fires a little early.
    let wait = (uk_time::next_uk_midnight(now) - now).max(0) + 1000;
    set_timeout(
        move || {
            // `try_set` hands the value back once the widget (and its signal) is gone: stop then.
            if today.try_set(uk_today()).is_none() {
                schedule_rollover(today);
            }
        },
        std::time::Duration::from_millis(wait.unsigned_abs()),
    );
}
