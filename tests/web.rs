//! The widget in a real browser (headless Chromium and Firefox through wasm-bindgen-test): mount
//! it into a fresh placeholder, choose through the DOM as a reader would, and assert what the
//! reader sees and hears. Issue #2.
#![cfg(target_arch = "wasm32")]

use strike_explainer::embed;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser test has a document")
}

fn storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage works in the test browser")
}

/// Hands the place index to the widget as its fetch would: these tests have no `pkg/` to fetch
/// it from (the host-page tests, tests/e2e/embed.mjs, fetch the real file).
fn with_place_index() {
    embed::places::arrived(strike_explainer::places::SEARCH.to_owned())
        .expect("the built index is an index");
}

/// A placeholder with these attributes and fallback content, in the page but not mounted.
/// Each starts from no remembered choice and no shared link, as a first visit would.
fn placeholder(attrs: &[(&str, &str)]) -> HtmlElement {
    with_place_index();
    storage().clear().expect("clear storage");
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("")
        .expect("clear the fragment");
    let doc = document();
    let el: HtmlElement = doc.create_element("div").expect("div").unchecked_into();
    el.set_attribute("data-strike-explainer", "")
        .expect("attribute");
    for (k, v) in attrs {
        el.set_attribute(k, v).expect("attribute");
    }
    el.set_inner_html("<p class=fallback>Fallback text</p>");
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

/// What the reader sees of a mounted widget: its shadow root, as an element to query.
fn view(host: &HtmlElement) -> Element {
    let shadow = host
        .shadow_root()
        .expect("a mounted widget lives in a shadow root");
    shadow
        .first_element_child()
        .expect("the widget's container")
}

/// A placeholder with these attributes, mounted through the JS API; returns (host, view).
fn mount(attrs: &[(&str, &str)]) -> (HtmlElement, Element) {
    let host = placeholder(attrs);
    embed::mount(host.clone().into(), JsValue::UNDEFINED).expect("the widget mounts");
    let root = view(&host);
    (host, root)
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Chooses `value` in the select labelled `label`, the way a change by the reader arrives.
async fn choose(root: &Element, label: &str, value: &str) {
    let find = || {
        all(root, ".se-field")
            .into_iter()
            .find(|l| text(l, ".se-field__label") == label)
            .and_then(|l| l.query_selector("select").ok().flatten())
    };
    // Once an area is chosen the list gives way to "School area: … · Change", as for a reader.
    if find().is_none()
        && let Some(change) = root.query_selector("#se-where-change").ok().flatten()
    {
        change.unchecked_into::<web_sys::HtmlElement>().click();
        leptos::task::tick().await;
    }
    let select = find()
        .unwrap_or_else(|| panic!("no select labelled {label}"))
        .unchecked_into::<HtmlSelectElement>();
    // By keyboard, as most of these tests read: the area list then stays open (issue #21). A
    // plain `Event`, as a host's script may send: the widget must not need a real key's fields.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let key = web_sys::Event::new_with_event_init_dict("keydown", &init).expect("event");
    select.dispatch_event(&key).expect("dispatch");
    select.set_value(value);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("event");
    select.dispatch_event(&event).expect("dispatch");
    leptos::task::tick().await;
}

/// Chooses `value` from the area list as a phone reader does: a tap opens the picker, and
/// the choice closes it.
async fn tap_area(root: &Element, value: &str) {
    let select = root
        .query_selector("#se-region")
        .ok()
        .flatten()
        .expect("the area list")
        .unchecked_into::<HtmlSelectElement>();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let tap = web_sys::Event::new_with_event_init_dict("pointerdown", &init).expect("event");
    select.dispatch_event(&tap).expect("dispatch");
    select.set_value(value);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("event");
    select.dispatch_event(&event).expect("dispatch");
    leptos::task::tick().await;
}

/// Each day as `YYYY-MM-DD Weekday D Month YYYY: Status`.
fn days(root: &Element) -> Vec<String> {
    all(root, ".se-day")
        .iter()
        .map(|day| {
            let time = day
                .query_selector("time.se-day__date")
                .ok()
                .flatten()
                .expect("each day has a <time>");
            let datetime = time.get_attribute("datetime").unwrap_or_default();
            format!(
                "{datetime} {}: {}",
                time.text_content().unwrap_or_default(),
                text(day, ".se-badge")
            )
        })
        .collect()
}

/// What one reader sees: the headline, then the days.
async fn check(
    attrs: &[(&str, &str)],
    choices: &[(&str, &str)],
    headline: &str,
    expected_days: &[&str],
) {
    let (host, root) = mount(attrs);
    for (label, value) in choices {
        choose(&root, label, value).await;
    }
    let got = text(&root, ".se-headline__text");
    assert!(
        got.contains(headline),
        "headline {got:?} lacks {headline:?} for {attrs:?} {choices:?}"
    );
    assert_eq!(days(&root), expected_days, "days for {attrs:?} {choices:?}");
    host.remove();
}

const ENGLAND_SOUTH: [&str; 8] = [
    "2023-02-01 Wednesday 1 February: Went ahead",
    "2023-03-02 Thursday 2 March: Went ahead",
    "2023-03-15 Wednesday 15 March: Went ahead",
    "2023-03-16 Thursday 16 March: Went ahead",
    "2023-04-27 Thursday 27 April: Went ahead",
    "2023-05-02 Tuesday 2 May: Went ahead",
    "2023-07-05 Wednesday 5 July: Went ahead",
    "2023-07-07 Friday 7 July: Went ahead",
];

#[wasm_bindgen_test]
async fn readers_see_their_days_and_how_the_dispute_ended() {
    let today = ("data-today", "2026-11-24");
    check(
        &[today, ("data-region", "london"), ("data-role", "parent")],
        &[],
        "it ended on 31 July 2023",
        &ENGLAND_SOUTH,
    )
    .await;
    check(
        &[today],
        &[
            ("Or choose an area", "south-west"),
            ("You are", "teacher-neu"),
        ],
        "it ended on 31 July 2023",
        &ENGLAND_SOUTH,
    )
    .await;
    check(
        &[today],
        &[("Or choose an area", "wales")],
        "it ended on 23 March 2023",
        &[
            "2023-02-01 Wednesday 1 February: Went ahead",
            "2023-02-14 Tuesday 14 February: Postponed to 2 March 2023",
            "2023-03-02 Thursday 2 March: Went ahead",
            "2023-03-15 Wednesday 15 March: Called off",
            "2023-03-16 Thursday 16 March: Called off",
        ],
    )
    .await;
    check(
        &[today],
        &[("Or choose an area", "scotland"), ("You are", "pupil")],
        "No strike days of this dispute took place in Scotland",
        &[],
    )
    .await;
}

#[wasm_bindgen_test]
async fn an_editor_can_see_the_widget_as_on_any_date() {
    check(
        &[("data-today", "2023-02-10"), ("data-region", "wales")],
        &[],
        "The next strike day is Thursday 2 March 2023, in 20 days",
        &[
            "2023-02-01 Wednesday 1 February: Went ahead",
            "2023-02-14 Tuesday 14 February: Postponed to 2 March 2023",
            "2023-03-02 Thursday 2 March: In 20 days",
            "2023-03-15 Wednesday 15 March: In 33 days",
            "2023-03-16 Thursday 16 March: In 34 days",
        ],
    )
    .await;
    check(
        &[
            ("data-today", "2023-02-27"),
            ("data-region", "yorkshire-and-the-humber"),
        ],
        &[],
        "tomorrow, Tuesday 28 February 2023",
        &[
            "2023-02-01 Wednesday 1 February: Went ahead",
            "2023-02-28 Tuesday 28 February: Tomorrow",
            "2023-03-15 Wednesday 15 March: In 16 days",
            "2023-03-16 Thursday 16 March: In 17 days",
        ],
    )
    .await;
}

#[wasm_bindgen_test]
async fn bad_attributes_are_ignored_and_the_reader_chooses() {
    let (host, root) = mount(&[
        ("data-region", "atlantis"),
        ("data-role", "king"),
        ("data-today", "tomorrow"),
    ]);
    assert!(
        !root
            .text_content()
            .unwrap_or_default()
            .contains("Fallback text"),
        "the fallback stayed"
    );
    assert!(text(&root, ".se-prompt").contains("Choose your area"));
    assert!(days(&root).is_empty());
    choose(&root, "Or choose an area", "eastern").await;
    assert_eq!(days(&root).len(), 8);
    host.remove();
}

#[wasm_bindgen_test]
async fn the_answer_is_announced_and_every_fact_links_to_its_source() {
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    let status = root
        .query_selector(".se-announcer")
        .ok()
        .flatten()
        .expect("a live region");
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    choose(&root, "Or choose an area", "northern-ireland").await;
    choose(&root, "You are", "school-leader").await;
    let said = status.text_content().unwrap_or_default();
    assert!(
        said.starts_with("Showing Northern Ireland. You are: Head teacher or school leader."),
        "{said}"
    );
    // Every note in the answer carries at least one link to an https source.
    let notes = all(&root, ".se-answer .se-note");
    assert!(!notes.is_empty());
    for note in notes {
        let links = all(&note, "a.se-source");
        assert!(!links.is_empty(), "unsourced: {:?}", note.text_content());
        assert!(links.iter().all(|a| {
            a.get_attribute("href")
                .is_some_and(|h| h.starts_with("https://"))
        }));
    }
    assert!(text(&root, ".se-checked").contains("Facts checked on"));
    host.remove();
}

/// Opens every closed disclosure as a reader does, by clicking its summary.
async fn open_every_disclosure(root: &Element) {
    for summary in all(root, "details:not([open]) > summary") {
        summary.unchecked_into::<HtmlElement>().click();
    }
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn the_footer_disclosures_are_built_when_first_opened() {
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    let footer = root
        .query_selector(".se-footer")
        .ok()
        .flatten()
        .expect("a footer");
    let summaries = all(&footer, "details > summary");
    assert_eq!(summaries.len(), 2, "the figures and the sources");
    assert!(
        all(&footer, ".se-source-list li, .se-figures dt").is_empty(),
        "nothing behind a closed disclosure is built"
    );
    let count = strike_explainer::data::parse(strike_explainer::data::BUNDLED)
        .expect("the bundled data is valid")
        .sources
        .len();
    for summary in summaries {
        summary.unchecked_into::<HtmlElement>().click();
    }
    leptos::task::tick().await;
    assert!(
        all(&footer, "details")
            .iter()
            .all(|d| d.has_attribute("open"))
    );
    let items = all(&footer, ".se-source-list > li");
    assert_eq!(items.len(), count, "every source, once");
    assert!(
        items
            .iter()
            .all(|li| all(li, "a[href^='https://']").len() == 1)
    );
    assert!(!all(&footer, ".se-figures dt").is_empty());
    // Closed and opened again, the same list: built once, not again at each toggle.
    let first = footer
        .query_selector(".se-source-list")
        .ok()
        .flatten()
        .expect("the list");
    for summary in all(&footer, "summary") {
        summary.unchecked_into::<HtmlElement>().click();
    }
    leptos::task::tick().await;
    assert!(
        all(&footer, "details")
            .iter()
            .all(|d| !d.has_attribute("open"))
    );
    let again = footer
        .query_selector(".se-source-list")
        .ok()
        .flatten()
        .expect("kept");
    assert!(first.is_same_node(Some(&again)));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_disclosure_opened_without_a_click_is_built_too() {
    // A script, or the `open` attribute: no click, only the `toggle` event.
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    let details = root
        .query_selector(".se-footer details:last-child")
        .ok()
        .flatten()
        .expect("the sources' disclosure");
    let toggled = js_sys::Function::new_with_args(
        "el",
        "return new Promise((r) => el.addEventListener('toggle', r, { once: true }))",
    )
    .call1(&JsValue::NULL, &details)
    .expect("a promise")
    .unchecked_into::<js_sys::Promise>();
    details.set_attribute("open", "").expect("open");
    wasm_bindgen_futures::JsFuture::from(toggled)
        .await
        .expect("toggled");
    leptos::task::tick().await;
    assert!(!all(&details, ".se-source-list > li").is_empty());
    host.remove();
}

#[wasm_bindgen_test]
async fn a_day_row_and_the_story_are_built_when_first_opened() {
    let (host, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-region", "wales"),
        ("data-role", "teacher-neu"),
    ]);
    leptos::task::tick().await;
    let rows = all(&root, ".se-day");
    assert!(rows.len() > 1, "days to open");
    assert!(all(&root, ".se-day__body, .se-story__list li").is_empty());
    let summary = |el: &Element| {
        el.query_selector("summary")
            .ok()
            .flatten()
            .expect("a summary")
            .unchecked_into::<HtmlElement>()
    };
    summary(&rows[1]).click();
    leptos::task::tick().await;
    assert_eq!(all(&root, ".se-day__body").len(), 1, "only the row opened");
    let body = all(&rows[1], ".se-day__body");
    assert!(
        body.len() == 1 && !all(&body[0], "ol li a.se-source").is_empty(),
        "its history, sourced"
    );
    let story = root
        .query_selector(".se-story")
        .ok()
        .flatten()
        .expect("a story");
    summary(&story).click();
    leptos::task::tick().await;
    assert!(!all(&story, ".se-story__list li").is_empty());
    host.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_do_not_share_a_choice() {
    let (a_host, a) = mount(&[("data-today", "2026-11-24"), ("data-region", "london")]);
    let (b_host, b) = mount(&[("data-today", "2026-11-24"), ("data-region", "london")]);
    choose(&a, "Or choose an area", "wales").await;
    assert_eq!(days(&a).len(), 5);
    assert_eq!(days(&b), ENGLAND_SOUTH);
    a_host.remove();
    b_host.remove();
}

/// The UK date at `at` as the browser's own time-zone database says (an independent oracle).
fn intl_uk_date(at: &js_sys::Date) -> String {
    let options = js_sys::Object::new();
    for (k, v) in [
        ("timeZone", "Europe/London"),
        ("year", "numeric"),
        ("month", "2-digit"),
        ("day", "2-digit"),
    ] {
        js_sys::Reflect::set(&options, &k.into(), &v.into()).expect("set");
    }
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&"en-GB".into()), &options);
    let parts = format.format_to_parts(at);
    let part = |kind: &str| {
        parts
            .iter()
            .find(|p| {
                js_sys::Reflect::get(p, &"type".into())
                    .ok()
                    .and_then(|t| t.as_string())
                    .as_deref()
                    == Some(kind)
            })
            .and_then(|p| js_sys::Reflect::get(&p, &"value".into()).ok()?.as_string())
            .unwrap_or_default()
    };
    format!("{}-{}-{}", part("year"), part("month"), part("day"))
}

#[wasm_bindgen_test]
fn today_is_the_uk_date_in_any_time_zone() {
    // scripts/test runs these tests with the browser in Asia/Tokyo (Chromium) and
    // America/New_York (Firefox), so the reader's own date is often not the UK's.
    if std::option_env!("SE_EXPECT_FOREIGN_TZ").is_some() {
        assert_ne!(
            js_sys::Date::new_0().get_timezone_offset(),
            0.0,
            "the browser is not in a foreign time zone"
        );
    }
    let now = js_sys::Date::new_0();
    assert_eq!(embed::uk_today().to_string(), intl_uk_date(&now));
    // Across the clock changes of 2023, at instants where the UK date and the UTC date differ.
    for (instant, uk) in [
        ("2023-03-26T00:30:00Z", "2023-03-26"),
        ("2023-07-04T23:30:00Z", "2023-07-05"),
        ("2023-10-28T23:30:00Z", "2023-10-29"),
        ("2023-10-29T23:30:00Z", "2023-10-29"),
    ] {
        let at = js_sys::Date::new(&instant.into());
        let ours = strike_explainer::uk_time::uk_date_at(at.get_time() as i64).to_string();
        assert_eq!(
            (ours.as_str(), intl_uk_date(&at).as_str()),
            (uk, uk),
            "at {instant}"
        );
    }
}

#[wasm_bindgen_test]
async fn js_hosts_mount_with_options_and_unmount_to_the_fallback() {
    let host = placeholder(&[("data-region", "wales"), ("data-today", "2026-11-24")]);
    let options = js_sys::JSON::parse(r#"{"region": "eastern", "theme": "dark"}"#).expect("json");
    let id = embed::mount(host.clone().into(), options).expect("mounts");
    let root = view(&host);
    // The options object wins over the attribute; the attribute fills what it leaves out.
    assert_eq!(days(&root).len(), 8, "eastern, not wales");
    assert_eq!(
        text(&root, ".se-headline__text"),
        "The dispute here is over: it ended on 31 July 2023."
    );
    let section = root
        .query_selector(".se-root")
        .ok()
        .flatten()
        .expect("the widget");
    assert_eq!(section.get_attribute("data-theme").as_deref(), Some("dark"));
    assert!(
        embed::mount(host.clone().into(), JsValue::UNDEFINED).is_err(),
        "a second widget in one element"
    );
    assert!(embed::unmount(id.into()), "the widget was there");
    let shadow = host.shadow_root().expect("shadow root");
    assert_eq!(
        shadow.inner_html(),
        "<slot></slot>",
        "the fallback shows again"
    );
    assert!(
        host.text_content()
            .unwrap_or_default()
            .contains("Fallback text")
    );
    assert!(!embed::unmount(id.into()), "a second unmount does nothing");
    host.remove();
}

#[wasm_bindgen_test]
fn an_unmounted_widget_leaves_no_listener_to_fit_its_placeholder() {
    // A widget whose bottom is above the viewport's keeps its reserved space until the reader's
    // first tap or key in it (issue #21). Once it is unmounted, its fallback is back with the
    // reserve, and a tap there must not take the reserve away.
    const FITTED: &str = "data-se-fitted";
    let host = placeholder(&[("data-today", "2026-11-24")]);
    // Held above the viewport's top: its bottom is above the fold.
    let style = js_sys::Reflect::get(&host, &"style".into()).expect("style");
    for (property, value) in [("position", "fixed"), ("bottom", "100%"), ("width", "20em")] {
        js_sys::Reflect::set(&style, &property.into(), &value.into()).expect("a style property");
    }
    let tap = || {
        host.dispatch_event(&web_sys::Event::new("pointerdown").expect("event"))
            .expect("dispatch");
    };
    let id = embed::mount(host.clone().into(), JsValue::UNDEFINED).expect("mounts");
    assert!(!host.has_attribute(FITTED), "reserved until the first tap");
    assert!(embed::unmount(id.into()));
    tap();
    assert!(
        !host.has_attribute(FITTED),
        "a tap on the fallback keeps the reserve"
    );
    // A widget mounted there again gives the space back at the first tap, as the first would have.
    let id = embed::mount(host.clone().into(), JsValue::UNDEFINED).expect("mounts again");
    assert!(!host.has_attribute(FITTED));
    tap();
    assert!(
        host.has_attribute(FITTED),
        "the first tap in a widget fits it"
    );
    assert!(embed::unmount(id.into()));
    host.remove();
}

#[wasm_bindgen_test]
async fn each_change_fires_a_composed_event_with_the_ids() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-role", "pupil")]);
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let log = seen.clone();
    let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        let json = js_sys::JSON::stringify(&e.detail())
            .map(String::from)
            .unwrap_or_default();
        log.borrow_mut()
            .push(format!("{} {} {json}", e.bubbles(), e.composed()));
    });
    // Listening on the document proves the event bubbles out of the placeholder.
    document()
        .add_event_listener_with_callback(embed::CHANGE_EVENT, listener.as_ref().unchecked_ref())
        .expect("listen");
    choose(&root, "Or choose an area", "london").await;
    choose(&root, "You are", "").await;
    document()
        .remove_event_listener_with_callback(embed::CHANGE_EVENT, listener.as_ref().unchecked_ref())
        .expect("unlisten");
    assert_eq!(
        *seen.borrow(),
        [
            r#"true true {"region":"london","role":"pupil","council":null}"#,
            r#"true true {"region":"london","role":null,"council":null}"#,
        ]
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn two_sources_from_one_publisher_read_differently() {
    // The note for heads in England on who could strike cites two Schools Week reports (the
    // Camden NEU pages an earlier test used were a union branch's, dropped for issue #19).
    let (host, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-region", "london"),
        ("data-role", "school-leader"),
    ]);
    let mut checked = 0;
    for note in all(&root, ".se-note") {
        // Each marker's accessible name is its number, then its full citation.
        let texts: Vec<String> = all(&note, "a.se-source")
            .iter()
            .map(|a| {
                let name = a.text_content().unwrap_or_default();
                assert!(
                    name.starts_with('['),
                    "the name starts with the number seen: {name}"
                );
                text(a, ".se-sr-only")
                    .trim_start_matches(" source: ")
                    .to_owned()
            })
            .collect();
        let mut distinct = texts.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(
            distinct.len(),
            texts.len(),
            "citations read alike: {texts:?}"
        );
        checked += usize::from(
            texts
                .iter()
                .filter(|t| t.starts_with("Schools Week"))
                .count()
                == 2,
        );
    }
    assert!(checked >= 1, "no note cites two Schools Week reports");
    host.remove();
}

/// A placeholder in the page, without clearing what earlier widgets remembered.
fn placeholder_keeping_storage(attrs: &[(&str, &str)]) -> HtmlElement {
    let el: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    for (k, v) in attrs {
        el.set_attribute(k, v).expect("attribute");
    }
    document()
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    el
}

fn click(root: &Element, label: &str) {
    let button = all(root, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label}"));
    button.unchecked_into::<HtmlElement>().click();
}

#[wasm_bindgen_test]
async fn the_last_choice_is_remembered_until_the_reader_forgets_it() {
    let (first, root) = mount(&[("data-today", "2026-11-24")]);
    assert!(
        all(&root, ".se-share").is_empty(),
        "nothing to share before a choice"
    );
    choose(&root, "Or choose an area", "wales").await;
    choose(&root, "You are", "pupil").await;
    assert_eq!(
        storage()
            .get_item("strike-explainer:neu-2023")
            .ok()
            .flatten()
            .as_deref(),
        Some("se-region=wales&se-role=pupil")
    );
    // Remembering is silent but for a small "Forget my choice" beside a short note.
    assert!(text(&root, ".se-share__note").starts_with("Remembered in this browser."));
    first.remove();

    // A later visit to an article with a preset shows the preset...
    let preset =
        placeholder_keeping_storage(&[("data-region", "london"), ("data-today", "2026-11-24")]);
    embed::mount(preset.clone().into(), JsValue::UNDEFINED).expect("mounts");
    assert_eq!(
        days(&view(&preset)),
        ENGLAND_SOUTH,
        "the article's own preset"
    );
    preset.remove();

    // ...and one without, the reader's remembered choice.
    let host = placeholder_keeping_storage(&[("data-today", "2026-11-24")]);
    embed::mount(host.clone().into(), JsValue::UNDEFINED).expect("mounts");
    let again = view(&host);
    assert_eq!(days(&again).len(), 5, "Wales, as remembered");
    click(&again, "Forget my choice");
    leptos::task::tick().await;
    assert_eq!(
        storage()
            .get_item("strike-explainer:neu-2023")
            .ok()
            .flatten(),
        None
    );
    assert!(
        all(&again, ".se-share__note").is_empty(),
        "nothing left to forget"
    );
    assert_eq!(
        text(&again, ".se-share__status"),
        "Your choice is forgotten on this device."
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_shared_link_opens_the_same_answer() {
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-region", "london")]);
    choose(&root, "Or choose an area", "yorkshire-and-the-humber").await;
    choose(&root, "You are", "support-staff").await;
    // Stand in for the clipboard, to see what the reader would paste.
    let copied = js_sys::Function::new_with_args(
        "text",
        "window.__copied = text; return Promise.resolve();",
    );
    let clipboard = js_sys::Object::new();
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &copied).expect("set");
    let navigator = web_sys::window().expect("window").navigator();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &clipboard).expect("set");
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).expect("set");
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &descriptor);
    click(&root, "Share this answer");
    leptos::task::tick().await;
    leptos::task::tick().await;
    let link = js_sys::Reflect::get(&web_sys::window().expect("window"), &"__copied".into())
        .ok()
        .and_then(|v| v.as_string())
        .expect("the link was copied");
    assert!(
        link.ends_with("#se-region=yorkshire-and-the-humber&se-role=support-staff"),
        "{link}"
    );
    host.remove();

    // Opening that link: the fragment wins over the host's preset and storage.
    let fresh = placeholder(&[("data-today", "2026-11-24"), ("data-region", "london")]);
    let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or_default();
    web_sys::window()
        .expect("window")
        .location()
        .set_hash(fragment)
        .expect("hash");
    embed::mount(fresh.clone().into(), JsValue::UNDEFINED).expect("mounts");
    let opened = view(&fresh);
    let said = opened
        .query_selector(".se-announcer")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
        .unwrap_or_default();
    assert!(
        said.starts_with("Showing Yorkshire and the Humber. You are: School support staff."),
        "{said}"
    );
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("")
        .expect("hash");
    fresh.remove();
}

#[wasm_bindgen_test]
async fn without_a_clipboard_the_link_is_shown_to_copy_by_hand() {
    let navigator = web_sys::window().expect("window").navigator();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &JsValue::UNDEFINED).expect("set");
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).expect("set");
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &descriptor);
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-region", "wales")]);
    click(&root, "Share this answer");
    leptos::task::tick().await;
    let input = root
        .query_selector(".se-share input")
        .ok()
        .flatten()
        .expect("the link, to copy by hand");
    let value = input.unchecked_into::<web_sys::HtmlInputElement>().value();
    assert!(value.ends_with("#se-region=wales"), "{value}");
    host.remove();
}

#[wasm_bindgen_test]
async fn the_days_download_as_a_calendar_file() {
    // Catch the file instead of downloading it.
    let capture =
        js_sys::Function::new_with_args("blob", "window.__blob = blob; return 'blob:captured';");
    let url =
        js_sys::Reflect::get(&web_sys::window().expect("window"), &"URL".into()).expect("URL");
    let original = js_sys::Reflect::get(&url, &"createObjectURL".into()).expect("createObjectURL");
    js_sys::Reflect::set(&url, &"createObjectURL".into(), &capture).expect("stub");
    // Issue #10: offered only while a day is ahead.
    let (past, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-region", "london"),
        ("data-role", "parent"),
    ]);
    assert!(
        all(&root, "button")
            .iter()
            .all(|b| b.text_content().unwrap_or_default() != "Add these days to my calendar"),
        "no calendar of past days"
    );
    past.remove();
    let (host, root) = mount(&[
        ("data-today", "2023-01-20"),
        ("data-region", "london"),
        ("data-role", "parent"),
    ]);
    assert_eq!(text(&root, ".se-calendar-file [role=status]"), "");
    click(&root, "Add these days to my calendar");
    leptos::task::tick().await;
    // Issue #21: what happened is shown beside the button, and heard.
    assert_eq!(
        text(&root, ".se-calendar-file [role=status]"),
        "File downloaded: strike-days-london.ics (4 strike days). Open it to add them to your calendar."
    );
    js_sys::Reflect::set(&url, &"createObjectURL".into(), &original).expect("restore");
    let blob: web_sys::Blob =
        js_sys::Reflect::get(&web_sys::window().expect("window"), &"__blob".into())
            .expect("a file was offered")
            .unchecked_into();
    assert_eq!(blob.type_(), "text/calendar;charset=utf-8");
    let text = wasm_bindgen_futures::JsFuture::from(blob.text())
        .await
        .expect("text")
        .as_string()
        .unwrap_or_default();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    // The days announced by 20 January 2023: 1 February, 2 March, 15 and 16 March.
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 4);
    assert!(text.contains("DTSTART;VALUE=DATE:20230302"));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_calendar_file_says_in_welsh_what_it_downloaded_or_that_it_could_not() {
    // Issue #21. A browser that will not make the file (no object URLs) is told so.
    let url =
        js_sys::Reflect::get(&web_sys::window().expect("window"), &"URL".into()).expect("URL");
    let original = js_sys::Reflect::get(&url, &"createObjectURL".into()).expect("createObjectURL");
    let (host, root) = mount(&[
        ("data-today", "2023-02-10"),
        ("data-region", "wales"),
        ("data-role", "parent"),
        ("data-lang", "cy"),
    ]);
    let stub = |body: &str| {
        let f = js_sys::Function::new_with_args("blob", body);
        js_sys::Reflect::set(&url, &"createObjectURL".into(), &f).expect("stub");
    };
    stub("return 'blob:captured';");
    click(&root, "Ychwanegu'r diwrnodau hyn at eich calendr");
    leptos::task::tick().await;
    // 2 March, 15 and 16 March: 14 February, put off, is in the file only to update a
    // calendar that holds it.
    assert_eq!(
        text(&root, ".se-calendar-file [role=status]"),
        "Ffeil wedi'i lawrlwytho: strike-days-wales.ics (3 diwrnod streic). Agorwch hi i'w hychwanegu at eich calendr."
    );
    stub("throw new Error('no object URLs here');");
    click(&root, "Ychwanegu'r diwrnodau hyn at eich calendr");
    leptos::task::tick().await;
    js_sys::Reflect::set(&url, &"createObjectURL".into(), &original).expect("restore");
    assert_eq!(
        text(&root, ".se-calendar-file [role=status]"),
        "Methu lawrlwytho'r ffeil yn y porwr hwn."
    );
    host.remove();
}

/// Types into the place search as a reader would, one `input` event for the whole text.
async fn type_place(root: &Element, text: &str) -> web_sys::HtmlInputElement {
    let input: web_sys::HtmlInputElement = root
        .query_selector("input[role=combobox]")
        .ok()
        .flatten()
        .expect("the place search")
        .unchecked_into();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).expect("event"))
        .expect("dispatch");
    leptos::task::tick().await;
    input
}

async fn press(input: &web_sys::HtmlInputElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    leptos::task::tick().await;
}

fn options(root: &Element) -> Vec<String> {
    all(root, "[role=option]")
        .iter()
        .map(|o| o.text_content().unwrap_or_default())
        .collect()
}

/// The area list's value, while the list shows (no area yet, or chosen from the list).
fn region_value(root: &Element) -> String {
    root.query_selector("select")
        .ok()
        .flatten()
        .expect("select")
        .unchecked_into::<HtmlSelectElement>()
        .value()
}

/// The chosen area as the reader sees it once chosen: `(place, area)` from "School area:
/// M1 1AA → North West · Change".
fn chosen_area(root: &Element) -> (String, String) {
    (
        text(root, ".se-where__place"),
        text(root, ".se-where__region"),
    )
}

/// Presses "Change" beside the chosen area, and returns the place search it brings back.
async fn change_area(root: &Element) -> web_sys::HtmlInputElement {
    click(root, "Change");
    // One turn builds the search, the next sets its value from the widget's query.
    leptos::task::tick().await;
    leptos::task::tick().await;
    root.query_selector("input[role=combobox]")
        .ok()
        .flatten()
        .expect("the place search is back")
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn a_full_postcode_finds_the_region_from_the_keyboard() {
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    let input = type_place(&root, "ls6 1aa").await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        options(&root)[0],
        "LS6 1AA, Leeds Postcode, Yorkshire and the Humber"
    );
    press(&input, "ArrowDown").await;
    assert_eq!(
        input.get_attribute("aria-activedescendant").as_deref(),
        Some("se-place-opt-0")
    );
    let first = root
        .query_selector("#se-place-opt-0")
        .ok()
        .flatten()
        .expect("option");
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    press(&input, "Enter").await;
    // The search gives way to one visible line, and says where the place is.
    assert!(
        !input.is_connected(),
        "the search is replaced by the chosen area"
    );
    assert_eq!(
        chosen_area(&root),
        (
            "LS6 1AA, Leeds".to_owned(),
            "Yorkshire and the Humber".to_owned()
        )
    );
    assert_eq!(days(&root).len(), 8);
    let said = all(&root, ".se-where [role=status]")
        .first()
        .and_then(|s| s.text_content())
        .unwrap_or_default();
    assert_eq!(said, "LS6 1AA, Leeds is in Yorkshire and the Humber.");
    // "Change" brings the search back, empty, and choosing from the list keeps it so.
    let input = change_area(&root).await;
    assert_eq!(input.value(), "LS6 1AA, Leeds");
    choose(&root, "Or choose an area", "wales").await;
    assert_eq!(
        input.value(),
        "",
        "the search clears when the area is chosen by hand"
    );
    assert!(
        input.is_connected(),
        "the list stays open while the reader uses it by keyboard"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn an_area_tapped_from_the_list_gives_way_to_one_line() {
    // Issue #21: on a phone the picker closes on the choice, so the list and the search give
    // way to "School area: London · Change", as after a search; focus goes to "Change".
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    tap_area(&root, "london").await;
    // The focus moves on the next frame.
    next_frame().await;
    assert!(root.query_selector("#se-region").ok().flatten().is_none());
    assert!(
        root.query_selector("#se-place-input")
            .ok()
            .flatten()
            .is_none()
    );
    assert_eq!(chosen_area(&root).1, "London");
    assert_eq!(
        host.shadow_root()
            .and_then(|r| r.active_element())
            .map(|e| e.id()),
        Some("se-where-change".to_owned())
    );
    assert_eq!(days(&root).len(), 8);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_place_in_two_regions_lets_the_reader_choose_and_typos_still_find() {
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    let input = type_place(&root, "CH4").await;
    assert_eq!(
        options(&root)[..2],
        [
            "CH4, Chester Postcode district, partly in the North West".to_owned(),
            "CH4, Chester Postcode district, partly in Wales".to_owned(),
        ]
    );
    press(&input, "ArrowDown").await;
    press(&input, "ArrowDown").await;
    press(&input, "Enter").await;
    assert_eq!(chosen_area(&root).1, "Wales");
    let input = change_area(&root).await;
    type_place(&root, "Manchestr").await;
    assert!(
        options(&root)[0].starts_with("Manchester "),
        "{:?}",
        options(&root)
    );
    press(&input, "Escape").await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    type_place(&root, "qqqq").await;
    assert!(
        text(&root, ".se-place__note").starts_with("No place found"),
        "{}",
        text(&root, ".se-place__note")
    );
    host.remove();
}

/// The elements a keyboard's Tab reaches inside `root`, in order (none here sets a positive
/// tabindex, so document order is tab order).
fn tab_stops(root: &Element) -> Vec<Element> {
    all(root, "input, select, button, a[href], textarea, [tabindex]")
        .into_iter()
        .filter(|e| {
            let h = e.unchecked_ref::<HtmlElement>();
            h.tab_index() >= 0
                && !e.has_attribute("disabled")
                && e.closest("[hidden]").ok().flatten().is_none()
                && h.offset_parent().is_some()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn an_unknown_place_is_said_on_screen_with_what_to_try_and_the_area_list_is_next() {
    // Issue #20: "no match" was heard by screen readers only; a sighted reader saw nothing.
    for (lang, said, list) in [
        (
            "en",
            "No place found. Type the first half of your postcode (such as LS6) or your \
             council's name. Or choose your area from the list below.",
            "Or choose an area",
        ),
        (
            "cy",
            "Dim lle wedi'i ganfod. Rhowch hanner cyntaf eich cod post (fel LS6) neu enw eich \
             cyngor. Neu dewiswch eich ardal o'r rhestr isod.",
            "Neu dewiswch ardal",
        ),
    ] {
        let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-lang", lang)]);
        let input = type_place(&root, "Xyzzyq").await;
        let note = root
            .query_selector("#se-place-note")
            .ok()
            .flatten()
            .expect("the line under the search");
        assert_eq!(note.text_content().unwrap_or_default(), said, "{lang}");
        // On screen: not the screen-reader-only class, drawn with a height, and under the field.
        assert!(!note.class_list().contains("se-sr-only"), "{lang}");
        assert!(
            note.unchecked_ref::<HtmlElement>().offset_height() > 0,
            "{lang}"
        );
        // Heard: a live status, and the field's description when the reader comes back to it.
        assert_eq!(note.get_attribute("role").as_deref(), Some("status"));
        assert_eq!(
            input.get_attribute("aria-describedby").as_deref(),
            Some("se-place-note")
        );
        // No empty list pops up, and Enter picks nothing: the search stays where it was.
        assert_eq!(
            input.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
        press(&input, "Enter").await;
        assert!(
            input.is_connected(),
            "{lang}: Enter on no match keeps the search"
        );
        // The area list the note points to is the next Tab stop after the field, labelled.
        let stops = tab_stops(&root);
        let at = stops
            .iter()
            .position(|e| e.id() == "se-place-input")
            .expect("the search is a tab stop");
        let next = stops.get(at + 1).expect("a tab stop after the search");
        assert_eq!(next.tag_name(), "SELECT", "{lang}");
        assert_eq!(
            text(&root, "label[for=se-region]"),
            list,
            "{lang}: the list is the one the note names"
        );
        // From there the reader chooses an area, and is answered.
        next.unchecked_ref::<HtmlElement>().focus().expect("focus");
        assert_eq!(
            host.shadow_root()
                .and_then(|r| r.active_element())
                .map(|e| e.id()),
            Some("se-region".to_owned()),
            "{lang}: the list takes the keyboard's focus"
        );
        choose(&root, list, "wales").await;
        assert_eq!(region_value(&root), "wales", "{lang}");
        assert!(!days(&root).is_empty(), "{lang}: the area's days are shown");
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn the_days_on_a_calendar_marked_and_keyboard_navigable() {
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-region", "wales")]);
    click(&root, "Calendar");
    leptos::task::tick().await;
    assert_eq!(all(&root, ".se-cal").len(), 2, "February and March 2023");
    let marked: Vec<String> = all(&root, ".se-cal__day[data-status]")
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c.get_attribute("aria-label").unwrap_or_default(),
                c.text_content().unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        marked,
        [
            "Wednesday 1 February 2023: strike day, Went ahead 1■",
            "Tuesday 14 February 2023: strike day, Postponed to 2 March 2023 14◆",
            "Thursday 2 March 2023: strike day, Went ahead 2■",
            "Wednesday 15 March 2023: strike day, Called off 15✕",
            "Thursday 16 March 2023: strike day, Called off 16✕",
        ]
    );
    // One cell in the tab order, the first strike day; arrows move focus from there.
    let focusable = all(&root, ".se-cal__day[tabindex='0']");
    assert_eq!(focusable.len(), 1);
    let first: HtmlElement = focusable[0].clone().unchecked_into();
    first.focus().expect("focus");
    let shadow = host.shadow_root().expect("shadow");
    for (key, expected) in [
        ("ArrowRight", "2023-02-02"),
        ("ArrowDown", "2023-02-09"),
        ("PageDown", "2023-03-09"),
        ("Home", "2023-03-06"),
    ] {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let active = shadow.active_element().expect("a focused cell");
        active
            .dispatch_event(
                &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
                    .expect("event"),
            )
            .expect("dispatch");
        leptos::task::tick().await;
        let now = shadow
            .active_element()
            .and_then(|e| e.get_attribute("data-date"))
            .unwrap_or_default();
        assert_eq!(now, expected, "after {key}");
    }
    click(&root, "List");
    leptos::task::tick().await;
    assert_eq!(days(&root).len(), 5);
    host.remove();
}

// ---- the boundary: what a host page may pass, and how widgets leave (issue #8) --------------

/// A JS value made by a line of JS, for what a host page could pass that Rust cannot build.
fn js(expr: &str) -> JsValue {
    js_sys::Function::new_no_args(&format!("return ({expr});"))
        .call0(&JsValue::UNDEFINED)
        .expect("the test's own JS runs")
}

/// Mounting `element` with `options` fails with an error of `kind` whose message starts with
/// our name and contains `names`.
fn check_rejected(element: JsValue, options: JsValue, kind: &str, names: &str) {
    let err = embed::mount(element, options).expect_err("a bad argument is refused");
    let err: &js_sys::Error = err.dyn_ref().expect("an Error object");
    let message = String::from(err.message());
    assert_eq!(String::from(err.name()), kind, "{message}");
    assert!(
        message.starts_with("strike-explainer: ") && message.contains(names),
        "{message:?} should name {names:?}"
    );
}

#[wasm_bindgen_test]
async fn bad_arguments_are_refused_with_errors_that_name_them() {
    let host = placeholder(&[("data-today", "2026-11-24")]);
    let none = JsValue::UNDEFINED;
    check_rejected(JsValue::NULL, none.clone(), "TypeError", "got null");
    check_rejected(none.clone(), none.clone(), "TypeError", "got undefined");
    check_rejected(
        "#slot".into(),
        none.clone(),
        "TypeError",
        "the string \"#slot\"",
    );
    check_rejected(
        42.into(),
        none.clone(),
        "TypeError",
        "a value of type number",
    );
    let text_node = document().create_text_node("text");
    check_rejected(text_node.into(), none.clone(), "TypeError", "a text node");
    let svg = document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "svg")
        .expect("svg");
    check_rejected(svg.into(), none.clone(), "TypeError", "not an HTML element");
    let input = document().create_element("input").expect("input");
    check_rejected(
        input.into(),
        none.clone(),
        "TypeError",
        "<input> cannot take",
    );
    // Values that pass `instanceof HTMLElement` without being one, whose getters would throw
    // through wasm, and an element of another document.
    check_rejected(
        js("Object.create(HTMLElement.prototype)"),
        none.clone(),
        "TypeError",
        "only pretends to be a node",
    );
    check_rejected(
        js("new Proxy(document.createElement('div'), {})"),
        none.clone(),
        "TypeError",
        "only pretends to be a node",
    );
    check_rejected(
        js("document.createElement('template').content.appendChild(document.createElement('div'))"),
        none.clone(),
        "TypeError",
        "belongs to another document",
    );
    // Options that are not an object, or that throw when read, are named too.
    check_rejected(
        host.clone().into(),
        "london".into(),
        "TypeError",
        "options must be an object",
    );
    check_rejected(
        host.clone().into(),
        js("{ get region() { throw new Error('boom'); } }"),
        "TypeError",
        "options.region could not be read",
    );
    check_rejected(
        host.clone().into(),
        js("new Proxy({}, { get() { throw new Error('boom'); } })"),
        "TypeError",
        // Options are read in the order of RawOptions::NAMES, `dispute` first.
        "options.dispute could not be read",
    );
    // An element with a shadow root of its own is the host's: refused, and left as it was.
    let owned = placeholder(&[]);
    let theirs = owned
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .expect("the host's own shadow root");
    theirs.set_inner_html("<p>the host's</p>");
    check_rejected(
        owned.clone().into(),
        none.clone(),
        "Error",
        "a shadow root of its own",
    );
    assert_eq!(theirs.inner_html(), "<p>the host's</p>");
    owned.remove();
    // None of that touched the placeholder: it still mounts, and a bad option value (not a
    // string) is ignored, as a bad attribute is.
    embed::mount(host.clone().into(), js("{ region: 42, role: 'pupil' }")).expect("mounts");
    let root = view(&host);
    assert_eq!(
        region_value(&root),
        "",
        "region 42 ignored: the reader chooses"
    );
    choose(&root, "Or choose an area", "wales").await;
    assert_eq!(days(&root).len(), 5, "the widget works");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_removed_widget_is_released_and_a_moved_one_kept() {
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    choose(&root, "Or choose an area", "wales").await;
    let body = document().body().expect("body");
    let live = |host: &HtmlElement| {
        host.has_attribute("data-se-mounted")
            && view(host)
                .query_selector(".se-root")
                .ok()
                .flatten()
                .is_some()
    };
    // Sweeps count only this widget's fate: other tests leave widgets of their own behind.
    // Moved: out of the page at one sweep, back by the next. It keeps its widget and choice.
    host.remove();
    embed::release_detached();
    assert!(
        live(&host),
        "one sweep out of the page is not enough to release it"
    );
    body.append_child(&host).expect("put back");
    embed::release_detached();
    embed::release_detached();
    assert!(live(&host), "back in the page, it stays");
    assert_eq!(
        region_value(&view(&host)),
        "wales",
        "the moved widget kept its state"
    );
    // Removed for two sweeps: released, and the element holds only its fallback again.
    host.remove();
    embed::release_detached();
    assert!(live(&host));
    embed::release_detached();
    assert!(!live(&host), "released");
    let shadow = host.shadow_root().expect("our shadow root stays");
    assert_eq!(shadow.inner_html(), "<slot></slot>");
    // Put back, it mounts again into the same shadow root, from its attributes.
    body.append_child(&host).expect("put back");
    let id = embed::mount(host.clone().into(), JsValue::UNDEFINED).expect("mounts again");
    assert!(
        view(&host)
            .query_selector(".se-answer > *")
            .ok()
            .flatten()
            .is_some()
    );
    assert!(embed::unmount(id.into()));
    // Stale or bogus ids are harmless.
    for bogus in [
        js("-1"),
        js("1.5"),
        js("'1'"),
        js("null"),
        js("1e12"),
        id.into(),
    ] {
        assert!(!embed::unmount(bogus));
    }
    host.remove();
}

// ---- who was called out, and the dispute replayed (issue #9) ---------------------------------

/// For a reader in `region` as `role`: the answer's first sentence (issue #21; `""`: none), how
/// each day's row line for their own group starts (one entry: every row alike; `""`: no line),
/// and that the live region's announcement says the first sentence before the headline.
async fn check_called_out(region: &str, role: &str, lead: &str, rows: &[&str]) {
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    choose(&root, "Or choose an area", region).await;
    choose(&root, "You are", role).await;
    assert_eq!(
        text(&root, ".se-card__lead"),
        lead,
        "{region} / {role}: the first sentence"
    );
    let lines: Vec<String> = all(&root, ".se-day")
        .iter()
        .map(|day| text(day, ".se-day__yours").trim().to_owned())
        .collect();
    assert!(!lines.is_empty());
    if rows.len() > 1 {
        assert_eq!(lines.len(), rows.len(), "{region} / {role}: days");
    }
    for (i, line) in lines.iter().enumerate() {
        let want = rows.get(i).or(rows.first()).copied().unwrap_or_default();
        let ok = if want.is_empty() {
            line.is_empty()
        } else {
            line.starts_with(want)
        };
        assert!(
            ok,
            "{region} / {role}, day {i}: {line:?} should start {want:?}"
        );
    }
    let said = text(&root, ".se-announcer");
    let headline = text(&root, ".se-headline__text");
    assert!(
        said.find(lead) < said.find(&headline),
        "{region} / {role}: {said:?}"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn each_group_is_told_exactly_whether_it_was_called_out() {
    // Said once, first, for the days that took place (issues #10 and #21): never "on each of
    // these days" where some were called off, and never again on the rows.
    check_called_out(
        "wales",
        "support-staff",
        "Only NEU members in your group were asked to strike, on both strike days. 3 more were postponed or called off.",
        &[""],
    )
    .await;
    check_called_out(
        "london",
        "support-staff",
        "Your group was not asked to strike on any of the 8 strike days.",
        &[""],
    )
    .await;
    check_called_out(
        "london",
        "teacher-no-union",
        "Your group was not asked to strike, but could lawfully join the strike, on all 8 strike days.",
        &[""],
    )
    .await;
    check_called_out(
        "eastern",
        "school-leader",
        "Only NEU members in your group were asked to strike, on all 8 strike days.",
        &[""],
    )
    .await;
    // The regional day (1 March here) is not confirmed for sixth-form colleges: only its row
    // says so, the first sentence says the rest.
    check_called_out(
        "eastern",
        "sixth-form-college-teacher",
        "Only NEU members in your group were asked to strike, on 7 of the 8 strike days.",
        &[
            "",
            "It is not confirmed whether your group was asked to strike.",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
    )
    .await;
    // Parents are not a group a call speaks to: their child's school, and no line about "your
    // group".
    check_called_out(
        "london",
        "parent",
        "Your child's school may have closed, or opened to some pupils only, on 8 strike days.",
        &[""],
    )
    .await;
}

#[wasm_bindgen_test]
async fn a_parent_reads_their_childs_school_first_and_each_days_closures_on_its_row() {
    // Issue #21: the Leeds parent the day before their regional strike day.
    let (host, root) = mount(&[("data-today", "2023-02-27")]);
    choose(&root, "Or choose an area", "yorkshire-and-the-humber").await;
    choose(&root, "You are", "parent").await;
    let first = root
        .query_selector(".se-answer p")
        .ok()
        .flatten()
        .map(|p| p.text_content().unwrap_or_default());
    assert_eq!(
        first.as_deref(),
        Some(
            "Your child's school may have closed, or opened to some pupils only, on 1 strike day so far, and may again on 3 more."
        )
    );
    // The next step, with "Add to my calendar" beside it, under the headline.
    assert_eq!(all(&root, ".se-card .se-step .se-calendar-button").len(), 1);
    // The day's figures on its row, where they exist, and no separate chart.
    let rows = all(&root, ".se-day");
    assert_eq!(
        text(&rows[0], ".se-day__closures"),
        "England: 9% closed, 45% partly open."
    );
    assert_eq!(text(&rows[1], ".se-day__closures"), "");
    assert!(all(&root, ".se-chart").is_empty());
    // No staff list for parents above or on the rows: only inside a row.
    assert!(all(&root, ".se-day__head .se-day__who").is_empty());
    host.remove();
    // Once it is over, no next step and no calendar.
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    choose(&root, "Or choose an area", "yorkshire-and-the-humber").await;
    choose(&root, "You are", "parent").await;
    assert!(all(&root, ".se-step, .se-calendar-button").is_empty());
    host.remove();
}

#[wasm_bindgen_test]
async fn the_host_can_hide_the_replay_control_and_the_widgets_own_heading() {
    let (shown, root) = mount(&[("data-today", "2026-11-24")]);
    // The controls are built when the disclosure is first opened.
    assert!(all(&root, ".se-replay input").is_empty());
    open_every_disclosure(&root).await;
    assert_eq!(all(&root, ".se-replay input[type=range]").len(), 1);
    assert_eq!(all(&root, ".se-replay input[type=date]").len(), 1);
    assert_eq!(all(&root, ".se-title, .se-summary").len(), 2);
    shown.remove();
    let (hidden, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-replay", "off"),
        ("data-heading", "off"),
    ]);
    assert!(all(&root, ".se-replay").is_empty());
    assert!(all(&root, ".se-title, .se-summary").is_empty());
    hidden.remove();
}

#[wasm_bindgen_test]
async fn the_answer_comes_first_with_the_count_and_the_days() {
    // Issue #10: the card says how many days, when, and whether it is over, before any detail.
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    choose(&root, "Or choose an area", "wales").await;
    choose(&root, "You are", "parent").await;
    // The parent's own first sentence says the count, so it is not said again (issue #21).
    assert_eq!(
        text(&root, ".se-card__lead"),
        "Your child's school may have closed, or opened to some pupils only, on 2 strike days. 3 more were postponed or called off."
    );
    assert!(all(&root, ".se-card__count").is_empty());
    let chips = all(&root, ".se-chip");
    assert_eq!(chips.len(), 5);
    assert_eq!(
        chips[0].get_attribute("aria-label").as_deref(),
        Some("1 Feb 2023, Wednesday: Went ahead. Show this day.")
    );
    // The card comes before the notes, and the notes before the days.
    let order: Vec<String> = all(&root, ".se-answer > :is(.se-card, .se-notes, .se-days)")
        .iter()
        .map(|e| e.class_name())
        .collect();
    assert_eq!(order.first().map(String::as_str), Some("se-card"));
    assert_eq!(order.last().map(String::as_str), Some("se-days"));
    // A chip opens its day's row and moves focus to it (issue #21: it only scrolled there).
    chips[2].dyn_ref::<HtmlElement>().expect("a button").click();
    assert_eq!(opened_day(&root).await, "se-day-2023-03-02-2");
    host.remove();
}

#[wasm_bindgen_test]
async fn enter_takes_the_top_place_and_choosing_an_area_by_hand_clears_the_search() {
    // Issue #10: Enter after a full postcode did nothing; a place stayed in the field after the
    // reader picked another area by hand.
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    let input = type_place(&root, "LS6 1AA").await;
    press(&input, "Enter").await;
    assert_eq!(chosen_area(&root).1, "Yorkshire and the Humber");
    let input = change_area(&root).await;
    assert!(
        !input.value().is_empty(),
        "the picked place stays in the field"
    );
    choose(&root, "Or choose an area", "wales").await;
    assert_eq!(
        input.value(),
        "",
        "an area chosen by hand clears the search"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn the_calendar_skips_empty_months_names_only_its_marks_and_a_day_opens_its_row() {
    // Issue #10: London's days fall in February to May and July: no empty June; only "Went
    // ahead" is in the legend; a tap on a day shows its row in the list, focused.
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-region", "london")]);
    click(&root, "Calendar");
    leptos::task::tick().await;
    let months: Vec<String> = all(&root, ".se-cal__title")
        .iter()
        .map(|c| c.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        months,
        [
            "February 2023",
            "March 2023",
            "April 2023",
            "May 2023",
            "July 2023"
        ]
    );
    assert_eq!(text(&root, ".se-legend li"), "■ Went ahead");
    let day = root
        .query_selector(".se-cal__day[data-date='2023-04-27']")
        .ok()
        .flatten()
        .expect("27 April on the calendar");
    day.dyn_ref::<HtmlElement>().expect("a cell").click();
    leptos::task::tick().await;
    // The row is opened and focused on the next frame (issue #21: open, not only shown).
    next_frame().await;
    assert!(all(&root, ".se-cal").is_empty(), "back to the list");
    assert_eq!(opened_day(&root).await, "se-day-2023-04-27-4");
    host.remove();
}

/// The day row holding focus, on its summary: its id, once it is open and its body built (the
/// body is built on the `toggle` event that opening fires, a task later).
async fn opened_day(root: &Element) -> String {
    let focused = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|r| r.active_element())
        .expect("focus is in the widget");
    assert_eq!(focused.tag_name(), "SUMMARY", "focus on the row's summary");
    let row = focused
        .closest(".se-day")
        .ok()
        .flatten()
        .expect("the summary of a day's row");
    let details = row
        .query_selector("details")
        .ok()
        .flatten()
        .expect("the row's disclosure");
    assert!(details.has_attribute("open"), "{} is open", row.id());
    if all(&row, ".se-day__body").is_empty() {
        let toggled = js_sys::Function::new_with_args(
            "el",
            "return new Promise((r) => el.addEventListener('toggle', r, { once: true }))",
        )
        .call1(&JsValue::NULL, &details)
        .expect("a promise")
        .unchecked_into::<js_sys::Promise>();
        wasm_bindgen_futures::JsFuture::from(toggled)
            .await
            .expect("toggled");
        leptos::task::tick().await;
    }
    assert_eq!(all(&row, ".se-day__body").len(), 1, "{} is built", row.id());
    row.id()
}

/// Resolves on the next animation frame (what the widget waits for before it moves focus or
/// scrolls).
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}

#[wasm_bindgen_test]
async fn the_highlighted_place_is_scrolled_into_the_list() {
    // Issue #11: "Br" finds ten places, the list shows about seven; arrowing past the seventh
    // left the highlighted one out of sight.
    let (host, root) = mount(&[("data-today", "2026-11-24")]);
    let input = type_place(&root, "Br").await;
    assert!(options(&root).len() > 8, "{:?}", options(&root));
    let list: HtmlElement = root
        .query_selector("[role=listbox]")
        .ok()
        .flatten()
        .expect("the list")
        .unchecked_into();
    for _ in 0..9 {
        press(&input, "ArrowDown").await;
    }
    next_frame().await;
    let active: HtmlElement = root
        .query_selector("#se-place-opt-8")
        .ok()
        .flatten()
        .expect("the ninth option")
        .unchecked_into();
    assert_eq!(
        active.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    let (top, bottom) = (
        active.offset_top(),
        active.offset_top() + active.offset_height(),
    );
    let (from, to) = (list.scroll_top(), list.scroll_top() + list.client_height());
    assert!(from > 0, "the list scrolled");
    assert!(
        top >= from && bottom <= to,
        "option at {top}..{bottom}, the list shows {from}..{to}"
    );
    host.remove();
}

// ---- Cymraeg (issue #11) --------------------------------------------------------------------

/// Every piece of text the widget shows or says (text nodes and the names and hints in
/// attributes), as separate strings, leaving out what stays in its own language whatever the
/// widget's: the sources' publishers and titles, places' proper names in the suggestions, and
/// the language switch's names.
fn shown_texts(root: &Element) -> Vec<String> {
    let mut out = Vec::new();
    for el in all(root, "*") {
        if el
            .closest(".se-source-list, .se-sources, .se-lang")
            .ok()
            .flatten()
            .is_some()
        {
            continue;
        }
        for attr in ["aria-label", "placeholder", "title", "aria-valuetext"] {
            if let Some(v) = el.get_attribute(attr) {
                out.push(v);
            }
        }
        let nodes = el.child_nodes();
        for i in 0..nodes.length() {
            if let Some(node) = nodes
                .item(i)
                .filter(|n| n.node_type() == web_sys::Node::TEXT_NODE)
            {
                out.push(node.text_content().unwrap_or_default());
            }
        }
    }
    // Of a suggestion, its detail ("Town, South East"), not the place's own name.
    out.extend(
        all(root, ".se-option__detail")
            .iter()
            .filter_map(|e| e.text_content()),
    );
    out.into_iter()
        .map(|t| t.trim().to_owned())
        // Words, not numbers, dates' digits or punctuation.
        .filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect()
}

/// The widget in `lang` in a few states a reader meets: nothing chosen, an answer with a day
/// opened, the calendar, the replay control, and place suggestions.
async fn every_state(lang: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-lang", lang)]);
    texts.extend(shown_texts(&root));
    type_place(&root, "Br").await;
    texts.extend(shown_texts(&root));
    choose(
        &root,
        if lang == "cy" {
            "Neu dewiswch ardal"
        } else {
            "Or choose an area"
        },
        "wales",
    )
    .await;
    host.remove();
    for (region, role) in [
        ("london", "parent"),
        ("wales", "teacher-neu"),
        ("scotland", "pupil"),
    ] {
        let (host, root) = mount(&[
            ("data-today", "2026-11-24"),
            ("data-lang", lang),
            ("data-region", region),
            ("data-role", role),
        ]);
        open_every_disclosure(&root).await;
        texts.extend(shown_texts(&root));
        if let Some(toggle) = all(&root, ".se-toggle__button").get(1) {
            toggle.unchecked_ref::<HtmlElement>().click();
            leptos::task::tick().await;
            texts.extend(shown_texts(&root));
        }
        host.remove();
    }
    texts.sort();
    texts.dedup();
    texts
}

#[wasm_bindgen_test]
async fn no_english_is_left_in_the_welsh_widget_and_no_welsh_in_the_english() {
    let english = every_state("en").await;
    let welsh = every_state("cy").await;
    // Names and codes are the same in both (NEU, NASUWT, place names, postcodes): a string
    // counts only where it is in one widget and not the other.
    let in_both: Vec<&String> = english.iter().filter(|t| welsh.contains(t)).collect();
    let places = strike_explainer::places::bundled();
    let allowed = |t: &str| {
        // A place's own name (with its post town) is a name in both languages.
        let name = t.split(", ").next().unwrap_or(t);
        places.search(name, 10).iter().any(|p| p.name == name)
            || t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().any(char::is_alphabetic))
                .all(|w| w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
    };
    let leaked: Vec<&&String> = in_both.iter().filter(|t| !allowed(t)).collect();
    assert!(
        leaked.is_empty(),
        "the same text in both languages: {leaked:#?}"
    );
    assert!(
        english.len() > 100 && welsh.len() > 100,
        "{} and {} texts",
        english.len(),
        welsh.len()
    );
}

/// Sets the replay's date field to `on` (`YYYY-MM-DD`, or empty for today), as a reader does.
async fn replay(root: &Element, on: &str) {
    let field: web_sys::HtmlInputElement = root
        .query_selector("#se-replay-date")
        .ok()
        .flatten()
        .expect("the replay's date field")
        .unchecked_into();
    field.set_value(on);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).expect("event"))
        .expect("dispatch");
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn a_replayed_date_shows_no_summary_or_figures_from_later() {
    // Issue #19: the summary and the background figures tell the whole dispute as known on
    // `checked_on` (Northern Ireland's names all four strike days and the 2024 deal), so a
    // reader replaying an earlier date does not see them; back at today, they return.
    let (host, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-dispute", "ni-2023"),
        ("data-region", "northern-ireland"),
        ("data-role", "parent"),
    ]);
    leptos::task::tick().await;
    assert!(text(&root, ".se-summary").contains("18 January 2024"));
    assert_eq!(all(&root, ".se-footer__more details").len(), 2);
    open_every_disclosure(&root).await;
    replay(&root, "2023-02-10").await;
    assert!(
        all(&root, ".se-summary").is_empty(),
        "{}",
        text(&root, ".se-summary")
    );
    assert_eq!(
        all(&root, ".se-footer__more details").len(),
        1,
        "only the sources"
    );
    // The answer itself knows nothing of later days either (the full source list, a
    // bibliography, still lists every source).
    assert!(!text(&root, ".se-answer").contains("18 January 2024"));
    click(&root, "Back to today");
    leptos::task::tick().await;
    assert!(text(&root, ".se-summary").contains("18 January 2024"));
    assert_eq!(all(&root, ".se-footer__more details").len(), 2);
    host.remove();
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_readers_place() {
    // Issue #11: the switch draws the widget again in the other language, with the same area,
    // role and replayed date, and hands focus back to the switch.
    let (host, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-lang", "cy"),
        ("data-region", "wales"),
        ("data-role", "pupil"),
    ]);
    open_every_disclosure(&root).await;
    replay(&root, "2023-02-10").await;
    click(&root, "English");
    leptos::task::tick().await;
    next_frame().await;
    let widget = root
        .query_selector(".se-root")
        .ok()
        .flatten()
        .expect("the widget");
    assert_eq!(widget.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        widget.get_attribute("data-region").as_deref(),
        Some("wales")
    );
    assert_eq!(widget.get_attribute("data-role").as_deref(), Some("pupil"));
    assert!(
        text(&root, ".se-replay__notice").contains("Friday 10 February 2023"),
        "{}",
        text(&root, ".se-replay__notice")
    );
    let focused = host
        .shadow_root()
        .and_then(|r| r.active_element())
        .and_then(|e| e.text_content());
    assert_eq!(focused.as_deref(), Some("Cymraeg"));
    host.remove();
}

#[wasm_bindgen_test]
async fn an_english_only_dispute_in_a_welsh_page_speaks_english_and_says_why() {
    // Issue #20: the English-only Northern Ireland file offered "Cymraeg", and in a Welsh page
    // wrapped its English facts in Welsh interface words.
    let (host, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-dispute", "ni-2023"),
        ("data-lang", "cy"),
    ]);
    let widget = root
        .query_selector(".se-root")
        .ok()
        .flatten()
        .expect("the widget");
    assert_eq!(widget.get_attribute("lang").as_deref(), Some("en"));
    assert!(all(&root, ".se-lang").is_empty(), "no language switch");
    assert_eq!(
        text(&root, ".se-lang-note"),
        "Mae'r ffeithiau hyn ar gael yn Saesneg yn unig. These facts are available in English only."
    );
    assert_eq!(
        all(&root, ".se-lang-note [lang='cy']").len(),
        1,
        "the Welsh sentence is marked as Welsh"
    );
    assert!(text(&root, ".se-checked").starts_with("Facts checked on"));
    host.remove();
    // In an English page: neither a switch nor a note.
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-dispute", "ni-2023")]);
    assert!(all(&root, ".se-lang, .se-lang-note").is_empty());
    host.remove();
    // A file written in both keeps its switch.
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-lang", "cy")]);
    assert_eq!(all(&root, ".se-lang").len(), 1);
    assert!(all(&root, ".se-lang-note").is_empty());
    host.remove();
}

#[wasm_bindgen_test]
async fn another_dispute_maps_places_to_its_own_regions() {
    // Issue #12, item 1: the Northern Ireland dispute lists N92000002 for its one region, so
    // the one place index finds Belfast in it, and says that no area of it covers Leeds.
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-dispute", "ni-2023")]);
    let input = type_place(&root, "Belfast").await;
    assert_eq!(options(&root)[0], "Belfast City, Northern Ireland");
    press(&input, "Enter").await;
    assert_eq!(
        chosen_area(&root),
        ("Belfast".to_owned(), "Northern Ireland".to_owned())
    );
    let input = change_area(&root).await;
    type_place(&root, "Leeds").await;
    assert_eq!(options(&root), ["Leeds City, outside this dispute's areas"]);
    press(&input, "Enter").await;
    assert_eq!(
        text(&root, ".se-place__note"),
        "No area of this dispute covers Leeds."
    );
    assert!(input.is_connected(), "nothing is chosen: the search stays");
    assert_eq!(
        text(&root, ".se-where__region"),
        "",
        "no area shows as chosen"
    );
    // Typing again clears the note.
    type_place(&root, "Bel").await;
    assert_eq!(text(&root, ".se-place__note"), "");
    host.remove();
}

#[wasm_bindgen_test]
async fn data_dispute_shows_another_bundled_dispute() {
    // Issue #12: the Northern Ireland strikes, bundled beside the NEU's, picked by id;
    // the area preset shows as chosen (its place search is the next test's).
    let (host, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-dispute", "ni-2023"),
        ("data-region", "northern-ireland"),
        ("data-role", "parent"),
    ]);
    assert_eq!(
        text(&root, ".se-headline__text"),
        "The dispute here is over: it ended on 9 April 2024."
    );
    assert_eq!(
        days(&root)
            .iter()
            .map(|d| d.split_whitespace().next().unwrap_or_default().to_owned())
            .collect::<Vec<_>>(),
        ["2023-02-21", "2023-04-26", "2023-11-29", "2024-01-18"]
    );
    // Half-day strikes say their hours on the row, as the sources give them (issue #19: 29
    // November ran from 00:01); the full days have none.
    assert_eq!(
        text(&root, ".se-day__hours"),
        "Strike hours: midnight to noon | Strike hours: 12.01am to noon"
    );
    assert!(
        all(&root, "input[role=combobox]").is_empty(),
        "the chosen area, not the search"
    );
    host.remove();
    // And the default is still the NEU's.
    let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-region", "wales")]);
    assert_eq!(days(&root).len(), 5);
    host.remove();
}

/// A synthetic dispute file for supplying to the widget (issue #12).
const SYNTHETIC: &str = include_str!("fixtures/synthetic.json");

/// A placeholder carrying `json` as its inline data file, beside its fallback content.
fn placeholder_with_data(attrs: &[(&str, &str)], json: &str) -> HtmlElement {
    let host = placeholder(attrs);
    let script = document().create_element("script").expect("script");
    script
        .set_attribute("type", "application/json")
        .expect("attribute");
    script.set_text_content(Some(json));
    host.append_child(&script).expect("append");
    host
}

#[wasm_bindgen_test]
async fn a_dispute_supplied_inline_or_by_mount_is_shown() {
    // Issue #12: a newsroom's own file, inside the placeholder, beats data-dispute.
    let host = placeholder_with_data(
        &[
            ("data-today", "2026-11-24"),
            ("data-dispute", "ni-2023"),
            ("data-region", "north"),
            ("data-role", "passenger"),
        ],
        SYNTHETIC,
    );
    assert_eq!(embed::mount_all(), 1);
    let root = view(&host);
    assert_eq!(
        text(&root, ".se-title"),
        "Synthetic rail strike (test data)"
    );
    assert_eq!(days(&root).len(), 1);
    host.remove();
    // The same text from a JS host's options; its values are shown as text, never as HTML.
    let host = placeholder(&[("data-today", "2026-11-24")]);
    let marked = SYNTHETIC.replace(
        "Synthetic rail strike (test data)",
        "<b>Bold</b> & <img src=x onerror=alert(1)>",
    );
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"data".into(), &marked.into()).expect("set");
    embed::mount(host.clone().into(), options.into()).expect("mounts");
    let root = view(&host);
    assert_eq!(
        text(&root, ".se-title"),
        "<b>Bold</b> & <img src=x onerror=alert(1)>"
    );
    assert!(all(&root, "b, img").is_empty(), "no markup from the file");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_day_note_is_told_in_the_past_once_the_dispute_is_over() {
    // Issue #20: a note tied to a day ignored `past` ("Families on free school meals get £5
    // for the two days", read in 2026). The synthetic dispute's day, 10 February 2025, and its
    // ending, 20 February.
    let file = SYNTHETIC.replace(
        r#"{ "where": ["south"], "text""#,
        r#"{ "where": ["north"], "roles": ["passenger"], "days": ["2025-02-10"], "text": "Few trains run today.", "past": "Few trains ran that day.", "sources": ["X1"] },
    { "where": ["south"], "text""#,
    );
    for (today, told) in [
        ("2025-02-09", "Few trains run today."),
        ("2026-11-24", "Few trains ran that day."),
    ] {
        let host = placeholder_with_data(
            &[
                ("data-today", today),
                ("data-region", "north"),
                ("data-role", "passenger"),
            ],
            &file,
        );
        assert_eq!(embed::mount_all(), 1);
        let root = view(&host);
        open_every_disclosure(&root).await;
        let notes = text(&root, ".se-day .se-note");
        assert!(notes.starts_with(told), "{today}: {notes}");
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn a_source_lists_each_of_its_links() {
    // Issue #20: a source may give more links than one (its PDF and its landing page).
    let file = SYNTHETIC.replace(r#""format": 3"#, r#""format": 6"#).replace(
        r#""url": "https://example.org/report" }"#,
        r#""url": "https://example.org/report", "also": [{ "title": "The report in full (PDF)", "url": "https://example.org/report.pdf" }] }"#,
    );
    let host = placeholder_with_data(&[("data-today", "2026-11-24")], &file);
    assert_eq!(embed::mount_all(), 1);
    let root = view(&host);
    open_every_disclosure(&root).await;
    let links: Vec<(String, String)> = all(&root, ".se-source-list a")
        .iter()
        .map(|a| {
            (
                a.get_attribute("href").unwrap_or_default(),
                a.text_content().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            (
                "https://example.org/report".to_owned(),
                "A made-up report (opens in a new tab)".to_owned()
            ),
            (
                "https://example.org/report.pdf".to_owned(),
                "The report in full (PDF) (opens in a new tab)".to_owned()
            ),
        ]
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_broken_file_keeps_the_fallback_or_lists_its_problems_for_editors() {
    let broken = SYNTHETIC
        .replace(r#""date": "2025-02-10""#, r#""date": "2025-02-30""#)
        .replace(r#""sources": ["X1"] }]"#, r#""sources": [] }]"#);
    // Readers: the placeholder's own content, and the mount fails with every problem named.
    let host = placeholder_with_data(&[], &broken);
    let refused = embed::mount(host.clone().into(), JsValue::UNDEFINED)
        .expect_err("a broken file does not mount");
    let message = js_sys::Error::from(refused)
        .message()
        .as_string()
        .unwrap_or_default();
    assert!(
        message.starts_with(
            "strike-explainer: the dispute data inside the placeholder has 2 problems:"
        ),
        "{message}"
    );
    assert!(
        message.contains("days[0] (2025-02-30, north).date: “2025-02-30” is not a date"),
        "{message}"
    );
    assert!(
        message.contains("days[0] (2025-02-30, north).called_out[0].sources: every fact needs at least one source"),
        "{message}"
    );
    assert!(host.shadow_root().is_none(), "nothing half-built");
    host.remove();
    // Editors (data-debug): the same problems, listed where the widget would be.
    let host = placeholder_with_data(&[("data-debug", "")], &broken);
    embed::mount(host.clone().into(), JsValue::UNDEFINED).expect("the list mounts");
    let root = view(&host);
    assert_eq!(
        text(&root, "h2"),
        "The dispute data inside the placeholder has 2 problems"
    );
    assert_eq!(
        all(&root, "li")
            .iter()
            .map(|li| li.text_content().unwrap_or_default())
            .collect::<Vec<_>>(),
        [
            "days[0] (2025-02-30, north).date: “2025-02-30” is not a date in the form YYYY-MM-DD",
            "days[0] (2025-02-30, north).called_out[0].sources: every fact needs at least one source",
        ]
    );
    assert_eq!(
        root.query_selector("[role=alert]")
            .ok()
            .flatten()
            .map(|_| ()),
        Some(()),
        "announced"
    );
    host.remove();
    // A misspelt field is refused in the browser as natively, not silently dropped.
    let misspelt = SYNTHETIC.replacen(r#""checked_on""#, r#""checked""#, 1);
    let host = placeholder_with_data(&[("data-debug", "")], &misspelt);
    embed::mount(host.clone().into(), JsValue::UNDEFINED).expect("the list mounts");
    let listed = text(&view(&host), "li");
    assert!(
        listed.starts_with("line 6, column 11: not valid data JSON: unknown field `checked`"),
        "{listed}"
    );
    host.remove();
}

/// A synthetic file (made-up facts): a council's day no report says went ahead, and strike
/// days announced without dates, then called off (issue #20).
const UNREPORTED: &str = include_str!("fixtures/unreported.json");

#[wasm_bindgen_test]
async fn an_unreported_day_and_a_called_off_programme_are_said_as_they_are() {
    let host = placeholder_with_data(
        &[
            ("data-today", "2023-03-14"),
            ("data-region", "scotland"),
            ("data-role", "teacher"),
        ],
        UNREPORTED,
    );
    assert_eq!(embed::mount_all(), 1);
    let root = view(&host);
    // The called-off programme is the headline while its period is not over.
    assert_eq!(
        text(&root, ".se-headline__text"),
        "Strike days planned here between 20 March and 21 April 2023 were called off on 13 \
         March 2023."
    );
    // What was announced and the latest note follow, with both entries' sources.
    let line = root
        .query_selector(".se-programme")
        .ok()
        .flatten()
        .expect("the programme's line");
    assert_eq!(
        line.get_attribute("data-status").as_deref(),
        Some("called-off")
    );
    let said = line.text_content().unwrap_or_default();
    assert!(
        said.starts_with(
            "The made-up union said each council would strike on some days of this period. A \
             made-up offer was put to a vote."
        ),
        "{said}"
    );
    assert_eq!(
        line.query_selector_all("a")
            .map(|l| l.length())
            .unwrap_or(0),
        2,
        "two sources"
    );
    // Edinburgh's day is said as unreported, and never counted as held.
    assert_eq!(
        text(&root, ".se-badge"),
        "Went ahead | Announced; no report that it went ahead | Went ahead"
    );
    let count = text(&root, ".se-card__count");
    assert!(
        count.starts_with("Schools here had 1 strike day."),
        "{count}"
    );
    host.remove();
}

/// A synthetic rolling dispute: a national day, then days for named councils (issue #20).
const ROLLING: &str = include_str!("fixtures/rolling.json");

/// Mounts the rolling dispute, supplied inside its placeholder, on `attrs`.
fn mount_rolling(attrs: &[(&str, &str)]) -> (HtmlElement, Element) {
    let host = placeholder_with_data(attrs, ROLLING);
    embed::mount(host.clone().into(), JsValue::UNDEFINED).expect("the rolling dispute mounts");
    let root = view(&host);
    (host, root)
}

/// The council list's value.
fn council_value(root: &Element) -> String {
    root.query_selector("#se-council")
        .ok()
        .flatten()
        .expect("the council list")
        .unchecked_into::<HtmlSelectElement>()
        .value()
}

/// Whether the headline tells the reader a strike today as theirs, without a condition.
fn strike_today_here(root: &Element) -> bool {
    let headline = text(root, ".se-headline__text");
    headline.starts_with("There is a strike today") && !headline.contains("but only")
}

#[wasm_bindgen_test]
async fn a_reader_who_gives_their_council_is_told_exactly_its_days() {
    // Issue #20: Fife struck on 17 January; a reader who gave only Scotland is told that day
    // as a condition, never as their own.
    let (host, root) = mount_rolling(&[("data-today", "2023-01-17")]);
    assert!(
        all(&root, "#se-council").is_empty(),
        "no council list before an area"
    );
    choose(&root, "Or choose an area", "scotland").await;
    let label = root
        .query_selector("label[for=se-council]")
        .ok()
        .flatten()
        .and_then(|l| l.text_content());
    assert_eq!(label.as_deref(), Some("Council area (optional)"));
    let headline = text(&root, ".se-headline__text");
    assert!(
        headline.contains("but only in these council areas"),
        "{headline}"
    );
    let count = text(&root, ".se-card__count");
    assert!(count.contains(" 1 strike day."), "{count}");

    choose(&root, "Council area (optional)", "S12000047").await;
    assert!(
        strike_today_here(&root),
        "{}",
        text(&root, ".se-headline__text")
    );
    let count = text(&root, ".se-card__count");
    assert!(
        count.contains(" 2 strike days ") && !count.contains("more"),
        "{count}"
    );
    assert_eq!(
        root.query_selector(".se-root")
            .ok()
            .flatten()
            .and_then(|r| r.get_attribute("data-council"))
            .as_deref(),
        Some("S12000047"),
        "the host sees the council"
    );
    // Remembered with its area, as a link carries it.
    let stored = storage()
        .get_item("strike-explainer:synthetic-rolling")
        .ok()
        .flatten()
        .unwrap_or_default();
    assert_eq!(stored, "se-region=scotland&se-council=S12000047");

    // Not sure: the whole area again, Fife's day as a condition.
    choose(&root, "Council area (optional)", "").await;
    let headline = text(&root, ".se-headline__text");
    assert!(
        headline.contains("but only in these council areas"),
        "{headline}"
    );
    host.remove();

    // A link carrying the council reopens Fife.
    let fresh = placeholder_with_data(&[("data-today", "2023-01-17")], ROLLING);
    web_sys::window()
        .expect("window")
        .location()
        .set_hash(&stored)
        .expect("hash");
    embed::mount(fresh.clone().into(), JsValue::UNDEFINED).expect("mounts");
    let opened = view(&fresh);
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("")
        .expect("hash");
    assert_eq!(council_value(&opened), "S12000047");
    assert!(
        strike_today_here(&opened),
        "{}",
        text(&opened, ".se-headline__text")
    );
    fresh.remove();
}

#[wasm_bindgen_test]
async fn the_place_search_fills_in_the_council_and_a_host_may_preset_it() {
    // Issue #20: a postcode finds the council as well as the area.
    let (host, root) = mount_rolling(&[("data-today", "2023-01-17")]);
    let input = type_place(&root, "KY1 1AA").await;
    press(&input, "Enter").await;
    leptos::task::tick().await;
    assert_eq!(chosen_area(&root).1, "Scotland");
    assert_eq!(council_value(&root), "S12000047");
    assert!(
        strike_today_here(&root),
        "{}",
        text(&root, ".se-headline__text")
    );
    host.remove();
    // data-council alone gives its area. Highland did not strike on 17 January: only the
    // national day is its.
    let (preset, root) =
        mount_rolling(&[("data-today", "2023-01-17"), ("data-council", "S12000017")]);
    assert_eq!(council_value(&root), "S12000017");
    assert!(!text(&root, ".se-headline__text").contains("strike today"));
    let count = text(&root, ".se-card__count");
    assert!(count.contains(" 1 strike day."), "{count}");
    preset.remove();
}

#[wasm_bindgen_test]
async fn every_line_of_a_days_row_stands_under_its_date() {
    // Found at 320 px (issue #20): a row with four lines (a local call for some schools) put
    // its fourth into the chevron's column, a word a line.
    let (host, root) = mount_rolling(&[
        ("data-today", "2023-01-17"),
        ("data-region", "scotland"),
        ("style", "display:block;width:320px"),
    ]);
    leptos::task::tick().await;
    let heads = all(&root, ".se-day__head");
    assert_eq!(heads.len(), 4, "the rolling dispute's four calls");
    for head in heads {
        let lines = all(&head, ":scope > *");
        let left = lines[0].get_bounding_client_rect().left();
        for line in &lines {
            assert_eq!(
                line.get_bounding_client_rect().left(),
                left,
                "{}",
                line.text_content().unwrap_or_default()
            );
        }
    }
    host.remove();
}

#[wasm_bindgen_test]
async fn a_place_that_names_its_area_is_said_once() {
    // Issue #21: "SE15, London → London". In Welsh the area keeps its Welsh name.
    for (lang, line, area, said) in [
        (
            "en",
            "School area: SE15, London · Change",
            "London",
            "SE15, London.",
        ),
        (
            "cy",
            "Ardal yr ysgol: SE15, Llundain · Newid",
            "Llundain",
            "SE15, Llundain.",
        ),
    ] {
        let (host, root) = mount(&[("data-today", "2026-11-24"), ("data-lang", lang)]);
        let input = type_place(&root, "SE15").await;
        press(&input, "Enter").await;
        assert_eq!(
            chosen_area(&root),
            ("SE15, ".to_owned(), area.to_owned()),
            "{lang}"
        );
        // The line is what everyone reads: nothing hidden, nothing heard instead.
        assert_eq!(text(&root, ".se-where__chosen"), line, "{lang}");
        assert!(
            all(&root, ".se-where__chosen .se-sr-only").is_empty(),
            "{lang}"
        );
        assert!(
            all(&root, ".se-where__chosen [aria-hidden]")
                .iter()
                .all(|e| e.text_content().as_deref() == Some(" · ")),
            "{lang}: only the separator is hidden"
        );
        // Heard as shown, not "SE15, London is in London."
        assert_eq!(text(&root, ".se-where [role=status]"), said, "{lang}");
        host.remove();
    }
}

/// Puts a stand-in clipboard on the page; [`copied`] reads what was written to it.
fn stub_clipboard() {
    let write = js_sys::Function::new_with_args(
        "text",
        "window.__copied = text; return Promise.resolve();",
    );
    let clipboard = js_sys::Object::new();
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &write).expect("set");
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &clipboard).expect("set");
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).expect("set");
    let navigator = web_sys::window().expect("window").navigator();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &descriptor);
}

fn copied() -> String {
    js_sys::Reflect::get(&web_sys::window().expect("window"), &"__copied".into())
        .ok()
        .and_then(|v| v.as_string())
        .expect("something was copied")
}

/// Opens "See it as it was on another day" (its controls are built when first opened).
async fn open_replay(root: &Element) {
    root.query_selector(".se-replay summary")
        .ok()
        .flatten()
        .expect("the replay control")
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;
}

/// The text of every live region of the widget that says `words`.
fn said_live(root: &Element, words: &str) -> Vec<String> {
    all(root, "[aria-live], [role=status]")
        .iter()
        .filter_map(|e| e.text_content())
        .filter(|t| t.contains(words))
        .collect()
}

#[wasm_bindgen_test]
async fn the_replay_notice_stands_beside_the_control_and_is_said_once() {
    // Issue #21: after a date was picked, the notice was a screen above the reader's finger.
    let (host, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-region", "yorkshire-and-the-humber"),
        ("data-role", "parent"),
    ]);
    open_replay(&root).await;
    replay(&root, "2023-02-27").await;
    const NOTICE: &str =
        "You are seeing this as it was on Monday 27 February 2023, not today. Back to today";
    // Above the answer, for a reader at the top; and just above the control.
    assert_eq!(
        text(&root, ".se-replay__notice"),
        format!("{NOTICE} | {NOTICE}")
    );
    let beside = root
        .query_selector(".se-replay__notice--beside")
        .ok()
        .flatten()
        .expect("the notice beside the control");
    assert!(
        beside
            .next_element_sibling()
            .is_some_and(|e| e.class_list().contains("se-replay")),
        "the control follows it"
    );
    // Heard once, in the widget's announcement; neither notice is a live region.
    let heard = said_live(&root, "27 February 2023");
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert!(
        heard[0].starts_with("You are seeing this as it was on Monday 27 February 2023, not today. Showing Yorkshire and the Humber."),
        "{heard:?}"
    );
    // Back to today from beside the control: both go, focus on the control.
    beside
        .query_selector("button")
        .ok()
        .flatten()
        .expect("Back to today")
        .unchecked_into::<HtmlElement>()
        .click();
    leptos::task::tick().await;
    assert!(all(&root, ".se-replay__notice").is_empty());
    let focused = host
        .shadow_root()
        .and_then(|r| r.active_element())
        .and_then(|e| e.parent_element())
        .map(|e| e.class_name());
    assert_eq!(focused.as_deref(), Some("se-disclosure se-replay"));
    host.remove();
}

#[wasm_bindgen_test]
async fn a_link_copied_while_replaying_opens_on_that_date() {
    // Issue #21: a shared link dropped the replay date.
    let (host, root) = mount(&[
        ("data-today", "2026-11-24"),
        ("data-region", "yorkshire-and-the-humber"),
    ]);
    open_replay(&root).await;
    replay(&root, "2023-02-27").await;
    choose(&root, "You are", "parent").await;
    // Remembered without the date: a reader who comes back sees today.
    assert_eq!(
        storage()
            .get_item("strike-explainer:neu-2023")
            .ok()
            .flatten()
            .as_deref(),
        Some("se-region=yorkshire-and-the-humber&se-role=parent")
    );
    stub_clipboard();
    click(&root, "Share this answer");
    leptos::task::tick().await;
    leptos::task::tick().await;
    let link = copied();
    assert!(
        link.ends_with("#se-region=yorkshire-and-the-humber&se-role=parent&se-on=2023-02-27"),
        "{link}"
    );
    host.remove();

    // The link opens on that date, saying so; where the host turned replay off, or the date is
    // not one of the dispute's, on today.
    let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or_default();
    let bad = fragment.replace("2023-02-27", "1999-02-27");
    for (fragment, replay, notice) in [
        (fragment, "on", true),
        (fragment, "off", false),
        (bad.as_str(), "on", false),
    ] {
        let fresh = placeholder(&[("data-today", "2026-11-24"), ("data-replay", replay)]);
        web_sys::window()
            .expect("window")
            .location()
            .set_hash(fragment)
            .expect("hash");
        embed::mount(fresh.clone().into(), JsValue::UNDEFINED).expect("mounts");
        let opened = view(&fresh);
        let case = format!("{fragment} with replay {replay}");
        assert_eq!(
            text(&opened, ".se-headline__text").contains("tomorrow, Tuesday 28 February 2023"),
            notice,
            "{case}: {}",
            text(&opened, ".se-headline__text")
        );
        assert_eq!(
            text(&opened, ".se-replay__notice").contains("Monday 27 February 2023"),
            notice,
            "{case}"
        );
        fresh.remove();
    }
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("")
        .expect("hash");
}

/// Only with the `builder` feature, as the demo's builder page has it (`scripts/test` runs these
/// tests with it; pkg/'s wasm never has it).
#[cfg(feature = "builder")]
#[wasm_bindgen_test]
async fn static_facts_in_the_browser_say_what_the_widget_says_on_their_date() {
    // The builder's page renders them here; the command renders them natively
    // (tests/static_facts.rs). Both are the widget's components.
    let options =
        js_sys::JSON::parse(r#"{"region": "london", "role": "parent", "today": "2023-02-27"}"#)
            .expect("json");
    let html = embed::builder::static_facts(options).expect("renders");
    assert!(!html.contains("<!--"), "no markers left in: {html}");
    let facts = document().create_element("div").expect("div");
    facts.set_inner_html(&html);
    let details = all(&facts, "details");
    assert!(!details.is_empty());
    assert!(
        details.iter().all(|d| d.has_attribute("open")),
        "every disclosure open"
    );
    assert!(
        all(&facts, "button, select, input").is_empty(),
        "nothing needs a script"
    );

    let (host, root) = mount(&[
        ("data-region", "london"),
        ("data-role", "parent"),
        ("data-today", "2023-02-27"),
    ]);
    // By structure: the static facts keep no class but their root's. The card's first sentence
    // comes before its headline (`[data-kind]`), whose lines are its paragraphs.
    let card = |root: &Element| -> (String, String) {
        let headline = root
            .query_selector("[data-kind]")
            .ok()
            .flatten()
            .expect("a headline");
        let lead = headline
            .previous_element_sibling()
            .and_then(|p| p.text_content())
            .unwrap_or_default();
        (lead, text(&headline, "p"))
    };
    let answer = root
        .query_selector(".se-answer")
        .ok()
        .flatten()
        .expect("an answer");
    let ((lead, headline), (live_lead, live_headline)) = (card(&facts), card(&answer));
    assert_eq!(lead, live_lead);
    assert!(!lead.is_empty(), "a parent's first sentence");
    // The same next day, said as a date without the widget's countdown.
    assert_eq!(headline, "The next strike day is Thursday 2 March 2023.");
    assert_eq!(
        live_headline,
        "The next strike day is Thursday 2 March 2023, in 3 days."
    );
    // The same days; where the widget counts down ("In 3 days"), the static facts say it is planned.
    let statuses = |root: &Element| -> Vec<(String, String)> {
        all(root, "li[data-status]")
            .iter()
            .map(|d| {
                let status = d.get_attribute("data-status").unwrap_or_default();
                let date = d
                    .query_selector("time")
                    .ok()
                    .flatten()
                    .and_then(|t| t.get_attribute("datetime"))
                    .unwrap_or_default();
                (date, status)
            })
            .collect()
    };
    let live: Vec<_> = statuses(&answer)
        .into_iter()
        .map(|(date, s)| {
            let dated = if ["upcoming", "tomorrow", "today"].contains(&s.as_str()) {
                "planned".to_owned()
            } else {
                s
            };
            (date, dated)
        })
        .collect();
    assert_eq!(statuses(&facts), live);
    assert!(!live.is_empty());
    assert!(
        live.iter().any(|(_, s)| s == "planned"),
        "a day still ahead: {live:?}"
    );
    host.remove();

    // Bad options are a TypeError, never a panic.
    assert!(embed::builder::static_facts("london".into()).is_err());
    let fetches = js_sys::JSON::parse(r#"{"src": "https://example.org/d.json"}"#).expect("json");
    assert!(
        embed::builder::static_facts(fetches).is_err(),
        "it fetches nothing"
    );
}
