//! The demo's embed builder page (`embed.html`, issue #22 item 3) as a wasm entry point:
//! `embedSnippets({...})` writes the three snippets through `snippets::write`, the same module
//! as the `embed-builder` command, so their text exists once, and lists the chosen dispute's
//! regions and roles for the page's controls.
//!
//! `staticFacts({...})` renders the static facts for the page's "without JavaScript" pane and the
//! script snippet's fallback: the widget's components, rendered into an element outside the
//! document and read back (natively, `components::static_facts_html` writes the same).
//!
//! `embedSnippets` reads a plain options object property by property (`Reflect.get`,
//! `as_string`) and never throws: every bad option is one of the `problems` the page shows.
//! Neither may touch the page's DOM.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::components::StaticFacts;
use crate::options::{self, Source};

use crate::data;
use crate::lang::Lang;
use crate::model::{Date, Dispute};
use crate::options::Theme;
use crate::snippets::{self, Data, Embed};
use crate::strings;

/// The snippets for a builder page's choice:
/// `embedSnippets({ base, dispute?: 'neu-2023' | src?: URL, data?: <src's file text>, region?,
/// council?, role?, lang?: 'en'|'cy', theme?, asOf: 'YYYY-MM-DD', facts: <static facts HTML>,
/// share?: the article's URL })`
/// returns `{ problems: [string], script?, iframe?, amp?, ampProblem?, title?, regions: [{ id,
/// name }], roles: [{ id, name }] }`: no snippets while there is a problem; the lists whenever the
/// dispute could be read. Never throws.
#[wasm_bindgen(js_name = embedSnippets)]
pub fn embed_snippets(options: JsValue) -> JsValue {
    let out = js_sys::Object::new();
    let mut problems: Vec<String> = Vec::new();
    let get = |name: &str| {
        js_sys::Reflect::get(&options, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let (region, council, role) = (get("region"), get("council"), get("role"));
    let (base, src, facts) = (get("base").unwrap_or_default(), get("src"), get("facts"));
    let share = get("share");
    let lang = match get("lang") {
        None => Lang::default(),
        Some(v) => v.parse().unwrap_or_else(|_| {
            problems.push(format!("lang \"{v}\": expected en or cy"));
            Lang::default()
        }),
    };
    let theme = match get("theme") {
        None => Theme::default(),
        Some(v) => v.parse().unwrap_or_else(|()| {
            problems.push(format!("theme \"{v}\": expected auto, light or dark"));
            Theme::default()
        }),
    };
    let as_of = match get("asOf").map(|v| v.parse::<Date>()) {
        Some(Ok(date)) => Some(date),
        Some(Err(e)) => {
            problems.push(format!("as of: {e}"));
            None
        }
        None => {
            problems.push("as of: say the date the static facts are as of".to_owned());
            None
        }
    };
    let dispute = match (&src, get("data")) {
        (Some(_), Some(text)) => data::parse(&text)
            .map(|d| (None, d))
            .map_err(|e| e.report("the data file")),
        (Some(_), None) => Err("src: the data file has not been read".to_owned()),
        (None, _) => {
            let id = get("dispute").unwrap_or_else(|| data::DISPUTES[0].0.to_owned());
            match data::DISPUTES.iter().find(|(key, _)| *key == id) {
                Some((key, text)) => data::parse(text)
                    .map(|d| (Some(*key), d))
                    .map_err(|e| e.report(key)),
                None => Err(format!("dispute \"{id}\": not a bundled dispute")),
            }
        }
    };
    let (bundled, dispute) = match dispute {
        Ok(found) => found,
        Err(why) => {
            problems.push(why);
            return finish(out, problems);
        }
    };
    set(&out, "regions", choices(&dispute, lang, true));
    set(&out, "roles", choices(&dispute, lang, false));
    problems.extend(snippets::check_choice(
        &dispute,
        region.as_deref(),
        council.as_deref(),
        role.as_deref(),
    ));
    let (Some(as_of), Some(facts)) = (as_of, facts) else {
        return finish(out, problems);
    };
    let title = dispute.title.get(lang);
    let data = match (bundled, &src) {
        (Some(key), _) => Data::Bundled(key),
        (None, src) => Data::At(src.as_deref().unwrap_or_default()),
    };
    let embed = Embed {
        base: &base,
        data,
        region: region.as_deref(),
        council: council.as_deref(),
        role: role.as_deref(),
        lang,
        theme,
        as_of,
        title,
        more: strings::words(lang).show_whole(),
        facts: &facts,
        share: share.as_deref(),
    };
    match snippets::write(&embed) {
        Ok(written) if problems.is_empty() => {
            set(&out, "title", title.into());
            set(&out, "script", written.script.into());
            set(&out, "iframe", written.iframe.into());
            match written.amp {
                Ok(amp) => set(&out, "amp", amp.into()),
                Err(why) => set(&out, "ampProblem", why.into()),
            }
        }
        Ok(_) => {}
        Err(more) => problems.extend(more),
    }
    finish(out, problems)
}

fn finish(out: js_sys::Object, problems: Vec<String>) -> JsValue {
    let list: js_sys::Array = problems.into_iter().map(JsValue::from).collect();
    set(&out, "problems", list.into());
    out.into()
}

/// Setting a property on a fresh plain object cannot fail.
fn set(on: &js_sys::Object, name: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(on, &name.into(), &value);
}

/// The dispute's regions (or roles) as `[{ id, name }]`, named in `lang`.
fn choices(d: &Dispute, lang: Lang, regions: bool) -> JsValue {
    let named: Vec<(&str, &str)> = if regions {
        d.regions
            .iter()
            .map(|r| (r.key.as_str(), r.name.get(lang)))
            .collect()
    } else {
        d.roles
            .iter()
            .map(|r| (r.key.as_str(), r.name.get(lang)))
            .collect()
    };
    let list: js_sys::Array = named
        .into_iter()
        .map(|(id, name)| {
            let entry = js_sys::Object::new();
            set(&entry, "id", id.into());
            set(&entry, "name", name.into());
            JsValue::from(entry)
        })
        .collect();
    list.into()
}

/// The static facts (issue #22) for the demo's builder page: the HTML a placeholder holds as
/// its fallback, the same components `components::static_facts_html` writes natively, rendered
/// here into an element outside the document and read back. `options` are `mount()`'s
/// (`dispute` or `data`, `region`, `council`, `role`, `lang`, `today`; a bad value is warned of
/// and ignored, as a widget does); `today` defaults to the UK's.
///
/// Errors: a `TypeError` for options that are not an object, a `data` file with problems (its
/// report), or a `src` (this renders what it is given; it fetches nothing).
#[wasm_bindgen(js_name = staticFacts)]
pub fn static_facts(options: JsValue) -> Result<String, JsValue> {
    let raw = super::mount_options(&options)?;
    let ids = data::DISPUTES.map(|(id, _)| id);
    let (source, warnings) = options::pick_source(&raw, &ids);
    for w in warnings {
        super::warn(&w);
    }
    let dispute = match source {
        Source::Bundled(i) => super::bundled(i).map_err(|e| super::error(&e.to_string()))?,
        Source::Text(text) => super::supplied::from_text(text)
            .map_err(|f| super::type_error(&format!("staticFacts: {f}")))?,
        Source::Url(_) => {
            return Err(super::type_error(
                "staticFacts: give the file's text as `data`; it fetches nothing",
            ));
        }
    };
    let (options, warnings) = options::resolve(&raw, dispute);
    for w in warnings {
        super::warn(&w.to_string());
    }
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| super::error("staticFacts: no document"))?;
    // A `div` made by an HTML document is an `HTMLDivElement`, so the cast cannot be wrong.
    let div: HtmlElement = document
        .create_element("div")
        .map_err(|_| super::error("staticFacts: could not create an element"))?
        .unchecked_into();
    let today = options.today.unwrap_or_else(super::clock::uk_today);
    let (at, role, lang) = (options.at, options.role, options.lang);
    let handle = leptos::mount::mount_to(div.clone(), move || {
        view! { <StaticFacts dispute at role lang today /> }
    });
    let html = crate::components::plain_static_facts(&div.inner_html());
    drop(handle);
    Ok(html)
}
