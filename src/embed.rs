//! The host-page boundary: finding placeholders, reading their `data-*` options, today's UK date,
//! styles, and mounting one widget into each placeholder.
//!
//! This is the only module that reads the DOM outside a widget, the clock or attributes. It must
//! never touch `document.body` or any element but the placeholders it is given, and a bad
//! attribute or data file must leave the host page working: a console warning and a fallback,
//! never a panic.

use std::sync::OnceLock;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement};

use crate::components::{Explainer, STYLES};
use crate::data;
use crate::model::{Date, Dispute};

/// The attribute that marks a placeholder.
pub const SELECTOR: &str = "[data-strike-explainer]";
/// Set on a placeholder once a widget lives in it, so mounting twice is harmless.
const MOUNTED: &str = "data-se-mounted";

/// Runs when the wasm module loads: mounts every placeholder already in the page.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    mount_all();
}

/// Mounts a widget into every placeholder that does not have one yet. Returns how many it
/// mounted. Safe to call again after adding placeholders.
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
        if mount(&document, el) {
            mounted += 1;
        }
    }
    mounted
}

/// The bundled dispute, parsed and checked once per page.
fn bundled() -> Result<&'static Dispute, &'static data::DataError> {
    static DISPUTE: OnceLock<Result<Dispute, data::DataError>> = OnceLock::new();
    DISPUTE.get_or_init(|| data::parse(data::BUNDLED)).as_ref()
}

/// Mounts one widget into `el`, replacing its fallback content. On failure the fallback stays.
pub fn mount(document: &Document, el: HtmlElement) -> bool {
    let dispute = match bundled() {
        Ok(d) => d,
        Err(e) => {
            web_sys::console::error_1(&format!("strike-explainer: {e}").into());
            return false;
        }
    };
    adopt_styles(document);
    let options = Options::read(&el, dispute);
    let _ = el.set_attribute(MOUNTED, "");
    el.set_inner_html("");
    let handle = leptos::mount::mount_to(el, move || {
        let today = options.today.unwrap_or_else(uk_today);
        view! { <Explainer dispute region=options.region role=options.role today /> }
    });
    // The widget lives as long as the page; nothing unmounts it yet.
    handle.forget();
    true
}

/// What a placeholder's `data-*` attributes ask for, each checked against the dispute.
struct Options {
    region: Option<crate::model::RegionId>,
    role: Option<crate::model::RoleId>,
    today: Option<Date>,
}

impl Options {
    fn read(el: &Element, d: &Dispute) -> Options {
        let region = el.get_attribute("data-region").and_then(|v| {
            let id = d.region_by_key(&v);
            if id.is_none() {
                let known: Vec<&str> = d.regions.iter().map(|r| r.key.as_str()).collect();
                warn_attr("data-region", &v, &known.join(", "));
            }
            id
        });
        let role = el.get_attribute("data-role").and_then(|v| {
            let id = d.role_by_key(&v);
            if id.is_none() {
                let known: Vec<&str> = d.roles.iter().map(|r| r.key.as_str()).collect();
                warn_attr("data-role", &v, &known.join(", "));
            }
            id
        });
        let today = el.get_attribute("data-today").and_then(|v| {
            let date = v.parse::<Date>().ok();
            if date.is_none() {
                warn_attr("data-today", &v, "a date written YYYY-MM-DD");
            }
            date
        });
        Options {
            region,
            role,
            today,
        }
    }
}

fn warn_attr(name: &str, value: &str, allowed: &str) {
    let msg = format!(
        "strike-explainer: ignoring {name}=\"{value}\": expected one of {allowed}. The reader will choose instead."
    );
    web_sys::console::warn_1(&msg.into());
}

/// Adds the widget's stylesheet to the document once, as a constructable stylesheet, so a
/// strict `style-src` needs no `'unsafe-inline'`.
fn adopt_styles(document: &Document) {
    thread_local! {
        static ADOPTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ADOPTED.with(|a| a.replace(true)) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(STYLES).is_err() {
        return;
    }
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
}

/// Today's date in the UK (Europe/London), whatever the reader's own time zone.
pub fn uk_today() -> Date {
    let now = js_sys::Date::new_0();
    uk_date(&now).unwrap_or_else(|| {
        // Intl without time-zone data: fall back to the reader's own date, which differs from
        // the UK's for at most a few hours a day.
        let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
        Date::new(y as i32, m as u8, d as u8).unwrap_or(Date::EPOCH)
    })
}

fn uk_date(at: &js_sys::Date) -> Option<Date> {
    let options = js_sys::Object::new();
    for (k, v) in [
        ("timeZone", "Europe/London"),
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
    ] {
        js_sys::Reflect::set(&options, &k.into(), &v.into()).ok()?;
    }
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&"en-GB".into()), &options);
    // Parts, not the formatted string: the order and separators vary by locale and engine.
    let (mut year, mut month, mut day) = (None, None, None);
    for part in format.format_to_parts(at).iter() {
        let get = |k: &str| js_sys::Reflect::get(&part, &k.into()).ok()?.as_string();
        let (Some(kind), Some(value)) = (get("type"), get("value")) else {
            continue;
        };
        match kind.as_str() {
            "year" => year = value.parse::<i32>().ok(),
            "month" => month = value.parse::<u8>().ok(),
            "day" => day = value.parse::<u8>().ok(),
            _ => {}
        }
    }
    Date::new(year?, month?, day?)
}
