//! The static facts (issue #22) as a reader without JavaScript, an RSS reader or a syndicated
//! copy reads them: HTML with no script, no style and nothing that needs either; every
//! disclosure open; every day's status a dated fact, never "tomorrow" or "in 3 days"; the date
//! they stand on said; every source a named link; and the same first sentence and headline the
//! widget's card says (`present` and `strings`, which the widget's components use too).

// Native only: the static facts are written by Leptos's server renderer, which the wasm lacks.
#![cfg(not(target_arch = "wasm32"))]

use strike_explainer::components::static_facts_html;
use strike_explainer::explain::explain;
use strike_explainer::lang::Lang;
use strike_explainer::model::{Date, Dispute, Where};
use strike_explainer::{data, present, strings};

fn bundled() -> &'static Dispute {
    // Leaked once per test: the components hold the dispute for the page's life, as the
    // widget's do.
    Box::leak(Box::new(
        data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}")),
    ))
}

/// The text a reader reads: tags out, entities decoded, spaces collapsed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every value of `attr="…"` in `html`.
fn values<'h>(html: &'h str, attr: &str) -> Vec<&'h str> {
    let key = format!("{attr}=\"");
    html.match_indices(&key)
        .filter_map(|(i, _)| {
            let rest = &html[i + key.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// Renders the static facts for a reader `at` (a region key, or none for every area) as `role`
/// on `on` in `lang`, and checks what every static page must be, then that it says the date,
/// and, with an area, the card's first sentence and headline as the widget words them.
fn check(at: Option<&str>, role: Option<&str>, on: &str, lang: Lang) {
    let d = bundled();
    let on: Date = on.parse().unwrap_or_else(|e| panic!("{e}"));
    let region = at.map(|k| {
        d.region_by_key(k)
            .unwrap_or_else(|| panic!("no region {k}"))
    });
    let role = role.map(|k| d.role_by_key(k).unwrap_or_else(|| panic!("no role {k}")));
    let html = static_facts_html(d, region.map(Where::from), role, lang, on);
    let reader = format!("{at:?} {role:?} {on} {lang:?}");

    // Nothing that runs, styles itself, or needs a script to work.
    for banned in [
        "<script",
        "<style",
        " style=",
        "<button",
        "<select",
        "<input",
        "<!",
        "se-sr-only",
    ] {
        assert!(!html.contains(banned), "{reader}: has {banned:?}");
    }
    for tag in html.split('<').skip(1).filter_map(|t| t.split('>').next()) {
        assert!(
            !tag.split_whitespace()
                .any(|a| a.starts_with("on") && a.contains('=')),
            "{reader}: a handler in <{tag}>"
        );
    }
    assert!(
        html.starts_with(&format!("<section lang=\"{}\"", lang.as_str())),
        "{reader}: {}",
        &html[..80]
    );
    assert_eq!(
        values(&html, "data-as-of").first(),
        Some(&on.to_string().as_str()),
        "{reader}"
    );
    // No class but the root's: nothing for a host's selectors to mistake for the widget's.
    assert_eq!(html.matches(" class=").count(), 1, "{reader}");
    assert!(
        !html.contains(" id=") && !html.contains("tabindex"),
        "{reader}"
    );
    // Every disclosure is open.
    assert_eq!(
        html.matches("<details").count(),
        html.matches("<details open").count(),
        "{reader}: a closed disclosure"
    );
    // Dated: every status is one a later reader can read as it stands.
    for status in values(&html, "data-status") {
        assert!(
            !["upcoming", "tomorrow", "today"].contains(&status),
            "{reader}: status {status}"
        );
    }
    // Every link is to a source, by its name.
    let links = values(&html, "href");
    assert!(!links.is_empty(), "{reader}: no sources");
    for link in links {
        assert!(
            link.starts_with("https://") || link.starts_with("http://"),
            "{reader}: link {link}"
        );
    }
    assert!(
        !text(&html).contains("] ["),
        "{reader}: numbered markers instead of named sources"
    );

    let w = strings::words(d.words_in(lang));
    let said = text(&html);
    assert!(
        said.contains(&text(&w.as_of(on))),
        "{reader}: the date is not said: {said}"
    );
    if let Some(region) = region {
        let answer = present::dated(explain(d, region, role, on));
        let card = present::card(d, &answer, role);
        let headline = strings::headline(w, &answer.headline, d.region(region));
        assert!(
            said.contains(&text(&headline)),
            "{reader}: headline {headline:?} not in {said}"
        );
        if let Some(lead) = card
            .lead
            .as_ref()
            .and_then(|l| strings::lead(w, l, &answer))
        {
            assert!(
                said.contains(&text(&lead)),
                "{reader}: lead {lead:?} not in {said}"
            );
        }
        for day in &answer.days {
            assert!(
                said.contains(&text(&w.status(day.status))),
                "{reader}: {}",
                day.day.date
            );
        }
    } else {
        // Every area is named in exactly one heading.
        let headings: Vec<String> = html
            .split("<h2>")
            .skip(1)
            .filter_map(|h| h.split("</h2>").next())
            .map(text)
            .collect();
        for id in d.region_ids() {
            let name = d.region(id).name.get(d.words_in(lang));
            let found = headings
                .iter()
                .filter(|h| h.split(", ").any(|n| n == name))
                .count();
            assert_eq!(found, 1, "{reader}: {name} in {headings:?}");
        }
    }
}

#[test]
fn a_static_page_is_plain_dated_and_says_what_the_card_says() {
    // Before the first day (12 days, then 1, then 0 ahead), between, and long after; a preset
    // reader in each kind of role, an area alone, and every area.
    for on in [
        "2023-01-20",
        "2023-01-31",
        "2023-02-01",
        "2023-02-27",
        "2023-03-14",
        "2026-12-07",
    ] {
        for lang in [Lang::En, Lang::Cy] {
            check(None, None, on, lang);
            check(Some("london"), None, on, lang);
            check(Some("london"), Some("parent"), on, lang);
            check(Some("wales"), Some("teacher-neu"), on, lang);
            check(Some("wales"), Some("support-staff"), on, lang);
            check(Some("scotland"), Some("pupil"), on, lang);
        }
    }
}

#[test]
fn the_day_before_a_strike_is_said_as_a_date() {
    let d = bundled();
    let on: Date = "2023-01-31".parse().unwrap_or_else(|e| panic!("{e}"));
    let london = d.region_by_key("london").map(Where::from);
    let html = static_facts_html(d, london, None, Lang::En, on);
    let said = text(&html);
    assert!(
        said.contains("The next strike day is Wednesday 1 February 2023."),
        "{said}"
    );
    assert!(!said.contains("tomorrow"), "{said}");
    assert!(values(&html, "data-status").contains(&"planned"), "{html}");
}

#[test]
fn only_the_root_keeps_a_class_and_nothing_repeats_an_id() {
    use strike_explainer::components::plain_static_facts as plain;
    let check = |html: &str, expected: &str| assert_eq!(plain(html), expected, "{html}");
    check(
        r#"<section class="se-static" lang="cy"><p class="se-x">Ŵyl</p></section>"#,
        r#"<section class="se-static" lang="cy"><p>Ŵyl</p></section>"#,
    );
    // Text that looks like an attribute is text.
    check(r#"<p>a class="b"</p>"#, r#"<p>a class="b"</p>"#);
    // An attribute's value that looks like one is that value.
    check(
        r#"<a href="x" title="y class=&quot;z&quot;" class="se-source">é</a>"#,
        r#"<a href="x" title="y class=&quot;z&quot;">é</a>"#,
    );
    check(
        r#"<li class="a"><span class="b">1</span></li>"#,
        "<li><span>1</span></li>",
    );
    check("", "");
}

#[test]
fn every_area_says_each_status_with_its_source_and_punctuation() {
    let d = bundled();
    let on: Date = "2023-03-14".parse().unwrap_or_else(|e| panic!("{e}"));
    let html = static_facts_html(d, None, None, Lang::En, on);
    // Each row: date, status and a full stop, then where it stands sourced.
    assert!(
        html.contains(
            r#"</time>: <span data-status="went-ahead">Went ahead</span>.</span> <span>(<a href="#
        ),
        "{html}"
    );
    // No line runs into the one before it, here or in a reader's rows, without the stylesheet
    // that sets lines apart: "Went aheadEngland: 9% closed" was one.
    let london = d.region_by_key("london").map(Where::from);
    let reader = static_facts_html(d, london, d.role_by_key("parent"), Lang::En, on);
    for page in [&html, &reader] {
        for row in page.split("<li data-status=").skip(1) {
            let row = row.split("</summary>").next().unwrap_or(row);
            assert!(!row.contains("</span><span>"), "lines run together: {row}");
        }
    }
    assert!(
        reader.contains("Went ahead</span>.</span> <span>England: "),
        "{reader}"
    );
    // A role without an area: every area for that role, the role named.
    let parent = d.role_by_key("parent");
    let html = static_facts_html(d, None, parent, Lang::En, on);
    assert!(
        text(&html).contains("Parent or carer, London"),
        "{}",
        text(&html)
    );
}
