//! What a widget may use of the page around it, handed to the components as plain closures
//! (`ShareTools`, `OnChoice`): the URL fragment, localStorage, the clipboard, downloads, and the
//! `strike-explainer-change` event on its own element (which the frame page, `embed/frame.js`,
//! passes on to its parent).
//!
//! Each one fails soft: blocked storage, a missing clipboard or a refused download leaves the
//! rest of the widget working. It must not read or write anything but our own storage key and
//! fragment keys, and must not decide what the widget shows.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::CHANGE_EVENT;
use crate::components::ShareTools;
use crate::model::Dispute;
use crate::share::{self, Choice};

/// The page's URL fragment (where a shared link carries a choice), or "".
pub(super) fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// What storage holds under `key`, where storage can be read.
pub(super) fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
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

/// Sharing and remembering for one widget, as far as this page allows. Links point at `page`
/// (`data-share`, checked by `options`: a frame's host article) or else at this page.
pub(super) fn share_tools(key: String, remembered: bool, page: Option<String>) -> ShareTools {
    let storage_works = storage_works();
    let remember_key = key.clone();
    ShareTools {
        link: Rc::new(move |choice: &Choice| {
            let href = page.clone().unwrap_or_else(|| {
                web_sys::window()
                    .and_then(|w| w.location().href().ok())
                    .unwrap_or_default()
            });
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

/// Offers `text` as a download called `name`, through a detached link (never added to the page);
/// false where it could not start.
///
/// The Blob and object URL are web-sys's, not gloo-file's, and the timer is leptos's helper, not
/// gloo-timers': ARCHITECTURE.md, "Dependencies, measured", gives each crate's bytes and why
/// (gloo-storage's too).
fn download(name: &str, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let started = document.create_element("a").is_ok_and(|link| {
        let link: web_sys::HtmlElement = link.unchecked_into();
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        link.click();
        true
    });
    // Revoked on the next turn, once the browser has started the download.
    leptos::prelude::set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::ZERO,
    );
    started
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

/// Fires a bubbling, composed `strike-explainer-change` event on `host` for each new choice; its
/// `detail` is `{ region, role, council }`: the chosen public ids, and the council's GSS code
/// where the reader gave it, or null. Built by hand, not with serde-wasm-bindgen:
/// ARCHITECTURE.md, "Dependencies, measured".
pub(super) fn choice_event(
    host: HtmlElement,
    dispute: &'static Dispute,
) -> crate::components::OnChoice {
    Rc::new(move |at: Option<&crate::model::Where>, role| {
        let id = |key: Option<&str>| key.map_or(wasm_bindgen::JsValue::NULL, Into::into);
        let detail = js_sys::Object::new();
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(
            &detail,
            &"region".into(),
            &id(at.map(|a| dispute.region(a.region).key.as_str())),
        );
        let _ = js_sys::Reflect::set(
            &detail,
            &"role".into(),
            &id(role.map(|r| dispute.role(r).key.as_str())),
        );
        let _ = js_sys::Reflect::set(
            &detail,
            &"council".into(),
            &id(at.and_then(|a| a.council.as_ref()).map(|c| c.code.as_str())),
        );
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
            let _ = host.dispatch_event(&event);
        }
    })
}
