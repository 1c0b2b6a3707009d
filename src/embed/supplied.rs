//! Disputes a host supplies: a data file's text (inline, or `mount()`'s `data`) or its address
//! (`data-src`), each fetched and parsed once per page however many widgets show it.
//!
//! It owns the page's caches and the fetch. A checked dispute lives for the rest of the page
//! (widgets hold it as `&'static`), so each distinct file costs its memory once. It must not
//! render anything or decide what a failure looks like (that is `embed::mount_with`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::data::{self, DataError};
use crate::model::Dispute;

/// Why a supplied dispute cannot be shown.
#[derive(Debug)]
pub(super) enum Failure {
    /// The address is not one we fetch, or the fetch failed.
    Fetch(String),
    /// The file arrived but has problems.
    Data(DataError),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Fetch(why) => f.write_str(why),
            Failure::Data(e) => e.fmt(f),
        }
    }
}

pub(super) type Loaded = Result<&'static Dispute, Rc<Failure>>;

type Waiting = Vec<Box<dyn FnOnce(Loaded)>>;

enum Fetch {
    /// Under way; these widgets wait for it.
    Pending(Waiting),
    Done(Loaded),
}

thread_local! {
    /// Good files parsed so far, by their text.
    static PARSED: RefCell<HashMap<String, &'static Dispute>> = RefCell::new(HashMap::new());
    /// Files fetched or being fetched, by absolute address.
    static FETCHED: RefCell<HashMap<String, Fetch>> = RefCell::new(HashMap::new());
}

/// The dispute in a data file's `text`, parsed and checked the first time this text is seen.
/// Only good files are kept: a broken one is checked again if it is shown again (an editor
/// fixing it keeps no copy of each broken version).
pub(super) fn from_text(text: &str) -> Loaded {
    if let Some(done) = PARSED.with(|p| p.borrow().get(text).copied()) {
        return Ok(done);
    }
    match data::parse(text) {
        Ok(d) => {
            // Leaked on purpose: widgets hold disputes as `&'static`, and this one is cached
            // for the page's life anyway, so it is never freed either way.
            let d: &'static Dispute = Box::leak(Box::new(d));
            PARSED.with(|p| p.borrow_mut().insert(text.to_owned(), d));
            Ok(d)
        }
        Err(e) => Err(Rc::new(Failure::Data(e))),
    }
}

/// Calls `then` with the dispute at `src` (relative to the page), fetching it once per page:
/// widgets asking while it is under way wait for the same fetch. `then` always runs later
/// (never inside this call), once.
pub(super) fn from_url(src: &str, then: impl FnOnce(Loaded) + 'static) {
    let url = match absolute(src, &format!("data-src=\"{src}\"")) {
        Ok(url) => url,
        Err(why) => return later(then, Err(Rc::new(Failure::Fetch(why)))),
    };
    let start = FETCHED.with(|f| {
        let mut f = f.borrow_mut();
        match f.get_mut(&url) {
            Some(Fetch::Done(done)) => Some(Err((then, done.clone()))),
            Some(Fetch::Pending(waiting)) => {
                waiting.push(Box::new(then));
                None
            }
            None => {
                f.insert(url.clone(), Fetch::Pending(vec![Box::new(then)]));
                Some(Ok(()))
            }
        }
    });
    match start {
        Some(Err((then, done))) => later(then, done),
        Some(Ok(())) => wasm_bindgen_futures::spawn_local(async move {
            let loaded = match text_at(&url).await {
                Ok(text) => from_text(&text),
                Err(why) => Err(Rc::new(Failure::Fetch(why))),
            };
            // A file that could not be fetched is fetched again by the next widget that asks
            // (the network may be back); a file that arrived is kept, good or broken.
            let fetched = !matches!(&loaded, Err(f) if matches!(**f, Failure::Fetch(_)));
            let waiting = FETCHED.with(|f| {
                let mut f = f.borrow_mut();
                let was = if fetched {
                    f.insert(url, Fetch::Done(loaded.clone()))
                } else {
                    f.remove(&url)
                };
                match was {
                    Some(Fetch::Pending(waiting)) => waiting,
                    _ => Vec::new(),
                }
            });
            for then in waiting {
                then(loaded.clone());
            }
        }),
        None => {}
    }
}

/// Runs `then` on a later turn, so every caller sees the same order: mounting returns first.
fn later(then: impl FnOnce(Loaded) + 'static, loaded: Loaded) {
    wasm_bindgen_futures::spawn_local(async move { then(loaded) });
}

/// `src` made absolute against the page's base URL; only `http:` and `https:` are fetched.
/// `what` names it in the error (`data-src="…"`).
pub(super) fn absolute(src: &str, what: &str) -> Result<String, String> {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let url =
        web_sys::Url::new_with_base(src, &base).map_err(|_| format!("{what} is not an address"))?;
    match url.protocol().as_str() {
        "http:" | "https:" => Ok(url.href()),
        other => Err(format!(
            "{what} is a {other} address; the widget fetches only http: and https:"
        )),
    }
}

/// The text at `url`, or why not, in words an editor can act on.
///
/// With web-sys's `fetch`, not gloo-net's `Request`: ARCHITECTURE.md, "Dependencies, measured".
pub(super) async fn text_at(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("there is no window to fetch from")?;
    let init = web_sys::RequestInit::new();
    if let Some(signal) = give_up_after(FETCH_SECONDS) {
        init.set_signal(Some(&signal));
    }
    let refused = |e: JsValue| {
        if js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .as_deref()
            == Some("TimeoutError")
        {
            format!("could not fetch {url}: no answer within {FETCH_SECONDS} s")
        } else {
            format!(
                "could not fetch {url}: the network failed, or the server does not allow this page to read it (it must be on the same origin or send CORS headers)"
            )
        }
    };
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(refused)?
        .dyn_into()
        .map_err(|_| format!("could not fetch {url}: no response"))?;
    if !response.ok() {
        return Err(format!(
            "could not fetch {url}: the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let body = response
        .text()
        .map_err(|_| format!("could not read {url}"))?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("could not read {url}: the body is not text"))
}

/// How long a fetch may take before it counts as failed: a server that never answers would
/// otherwise leave a widget waiting (its fallback, or "Loading the places…") for the page's life.
const FETCH_SECONDS: u32 = 15;

/// `AbortSignal.timeout(seconds)`, where the browser has it (not before Chrome 103, Firefox
/// 100, Safari 16: there a fetch waits as long as the browser lets it). Looked up first, so a
/// browser without it never throws into wasm.
fn give_up_after(seconds: u32) -> Option<web_sys::AbortSignal> {
    let class = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into()).ok()?;
    js_sys::Reflect::get(&class, &"timeout".into())
        .ok()
        .filter(|f| f.is_function())?;
    Some(web_sys::AbortSignal::timeout_with_u32(seconds * 1000))
}
