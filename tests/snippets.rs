//! The embed builder's three snippets (`src/snippets.rs`, issue #22 item 3): what each says for
//! a newsroom's choice, every value escaped, bad addresses refused, and the frames' first height
//! tied to the placeholder stylesheet's reserve.

use strike_explainer::data;
use strike_explainer::lang::Lang;
use strike_explainer::model::Date;
use strike_explainer::options::Theme;
use strike_explainer::snippets::{self, Data, Embed};

fn base_embed() -> Embed<'static> {
    Embed {
        base: "https://cdn.example.org/strike-explainer/",
        data: Data::Bundled("neu-2023"),
        region: None,
        council: None,
        role: None,
        lang: Lang::En,
        theme: Theme::Auto,
        as_of: Date::new(2026, 12, 7).expect("a real date"),
        title: "Teachers' strikes",
        more: "Show all of it",
        facts: "<section><h2>Facts</h2></section>",
        share: None,
    }
}

/// Writes the snippets for `base_embed()` changed by `edit`, and checks each expectation:
/// `script: TEXT`, `iframe: TEXT`, `amp: TEXT` (the snippet holds TEXT), `!script: TEXT` (it
/// does not), `amp refused: TEXT` (no AMP snippet, for that reason), `problem: TEXT` (no
/// snippets; a problem holds TEXT).
fn check(edit: impl FnOnce(&mut Embed<'static>), expect: &[&str]) {
    let mut e = base_embed();
    edit(&mut e);
    let written = snippets::write(&e);
    for want in expect {
        let (what, text) = want.split_once(": ").expect("a case is WHAT: TEXT");
        let (negated, what) = match what.strip_prefix('!') {
            Some(w) => (true, w),
            None => (false, what),
        };
        let got = match (&written, what) {
            (Err(problems), "problem") => problems.join("\n"),
            (Err(problems), _) => panic!("{e:?}: expected snippets, got {problems:?}"),
            (Ok(s), "problem") => panic!("{e:?}: expected a problem, got {s:?}"),
            (Ok(s), "script") => s.script.clone(),
            (Ok(s), "iframe") => s.iframe.clone(),
            (Ok(s), "amp") => s.amp.clone().unwrap_or_else(|why| panic!("no AMP: {why}")),
            (Ok(s), "amp refused") => s.amp.clone().expect_err("AMP refused"),
            _ => panic!("unknown expectation {want}"),
        };
        assert_eq!(
            got.contains(text),
            !negated,
            "{want}\n--- got:\n{got}\n--- for {e:?}"
        );
    }
}

#[test]
fn the_three_snippets_say_the_choice() {
    check(
        |_| {},
        &[
            r#"script: <link rel="stylesheet" href="https://cdn.example.org/strike-explainer/strike-explainer.css">"#,
            "script: <div data-strike-explainer data-dispute=\"neu-2023\">\n<section><h2>Facts</h2></section>\n</div>",
            r#"script: <script src="https://cdn.example.org/strike-explainer/strike-explainer.js" defer></script>"#,
            "script: as of 2026-12-07",
            // The widget is never frozen on the "as of" date: readers see their own today.
            "!script: data-today",
            "!iframe: today=",
            r#"iframe: <iframe src="https://cdn.example.org/strike-explainer/strike-explainer-frame.html?dispute=neu-2023" title="Teachers&#39; strikes" width="100%" height="741" loading="lazy""#,
            r#"iframe: <script src="https://cdn.example.org/strike-explainer/strike-explainer-frames.js" defer></script>"#,
            r#"amp: <amp-iframe src="https://cdn.example.org/strike-explainer/strike-explainer-frame.html?dispute=neu-2023" title="Teachers&#39; strikes" layout="fixed-height" height="741" resizable sandbox="allow-scripts allow-same-origin"#,
            r#"amp: <div overflow tabindex="0" role="button" aria-label="Show all of it">Show all of it</div>"#,
            r#"amp: custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js""#,
            "amp: another origin than this AMP page",
        ],
    );
    check(
        |e| {
            e.region = Some("london");
            e.role = Some("parent");
            e.lang = Lang::Cy;
            e.theme = Theme::Dark;
        },
        &[
            r#"script: data-dispute="neu-2023" data-region="london" data-role="parent" data-lang="cy" data-theme="dark">"#,
            "iframe: frame.html?dispute=neu-2023&amp;region=london&amp;role=parent&amp;lang=cy&amp;theme=dark\"",
            "iframe: height=\"829\"",
            "amp: role=parent&amp;lang=cy",
            "amp: height=\"829\"",
        ],
    );
    // The article's address: the frames' shared links open it; the script's widget is in it.
    check(
        |e| e.share = Some("https://news.example.com/2023/strikes?id=1&x=2"),
        &[
            "iframe: frame.html?dispute=neu-2023&amp;share=https%3A%2F%2Fnews.example.com%2F2023%2Fstrikes%3Fid%3D1%26x%3D2\"",
            "amp: &amp;share=https%3A%2F%2Fnews.example.com",
            "!script: share",
        ],
    );
    for bad in [
        "javascript:alert(1)",
        "/2023/strikes",
        "https://",
        "https://a b.example/",
    ] {
        check(|e| e.share = Some(bad), &["problem: share \""]);
    }
    check(
        |e| {
            e.data = Data::At("https://news.example.com/data/rail.json");
            e.council = Some("S12000047");
        },
        &[
            r#"script: data-src="https://news.example.com/data/rail.json" data-council="S12000047""#,
            "!script: data-dispute",
            "iframe: ?src=https%3A%2F%2Fnews.example.com%2Fdata%2Frail.json&amp;council=S12000047\"",
        ],
    );
}

#[test]
fn every_value_is_escaped() {
    check(
        |e| {
            e.base = "https://cdn.example.org/a&b\"c<d>/";
            e.title = "\"Strikes\" & <pay>";
            e.more = "<b>more</b>";
            e.region = Some("x\" onload=\"alert(1)");
        },
        &[
            r#"script: href="https://cdn.example.org/a&amp;b&quot;c&lt;d&gt;/strike-explainer.css""#,
            r#"script: data-region="x&quot; onload=&quot;alert(1)""#,
            "!script: onload=\"",
            r#"iframe: title="&quot;Strikes&quot; &amp; &lt;pay&gt;""#,
            // In the frame's address, a value cannot end its parameter or the attribute.
            "iframe: region=x%22%20onload%3D%22alert%281%29",
            r#"amp: aria-label="&lt;b&gt;more&lt;/b&gt;">&lt;b&gt;more&lt;/b&gt;</div>"#,
        ],
    );
    check(
        |e| e.data = Data::At("https://x.example/d.json?a=1&b=2"),
        &[
            r#"script: data-src="https://x.example/d.json?a=1&amp;b=2""#,
            "iframe: src=https%3A%2F%2Fx.example%2Fd.json%3Fa%3D1%26b%3D2",
        ],
    );
}

#[test]
fn bad_addresses_are_refused_and_a_path_has_no_amp() {
    check(
        |e| e.base = "/strike-explainer/",
        &[
            r#"script: href="/strike-explainer/strike-explainer.css""#,
            r#"iframe: <iframe src="/strike-explainer/strike-explainer-frame.html?dispute=neu-2023""#,
            "amp refused: AMP needs the frame on an https address, on another origin",
        ],
    );
    check(
        |e| e.base = "http://cdn.example.org/se/",
        &["amp refused: https", "iframe: http://cdn.example.org/se/"],
    );
    for (base, why) in [
        ("javascript:alert(1)//", "not another scheme"),
        ("JavaScript:alert(1)/", "not another scheme"),
        ("data:text/html,x/", "not another scheme"),
        ("", "say where the bundle"),
        ("https://cdn.example.org/se", "must end in /"),
        ("/se", "must end in /"),
        ("https:///se/", "has no host"),
        ("https://cdn.example.org/a b/", "spaces"),
    ] {
        check(|e| e.base = base, &[&format!("problem: {why}")]);
    }
    for (src, why) in [
        ("javascript:alert(1)", "whole http(s) address"),
        ("/data/rail.json", "whole http(s) address"),
        ("data/rail.json", "whole http(s) address"),
        ("ftp://x.example/d.json", "whole http(s) address"),
        ("https://x.example/a\nb.json", "control characters"),
    ] {
        check(
            |e| e.data = Data::At(src),
            &[
                &format!("problem: src \"{}", &src[..4]),
                &format!("problem: {why}"),
            ],
        );
    }
    // Both at once: every problem is listed.
    check(
        |e| {
            e.base = "javascript:x/";
            e.data = Data::At("javascript:y");
        },
        &[
            "problem: base \"javascript:x/\"",
            "problem: src \"javascript:y\"",
        ],
    );
}

#[test]
fn a_choice_is_checked_against_the_dispute_as_the_widget_does() {
    let neu = data::parse(data::BUNDLED).expect("the bundled dispute is good");
    let check = |region, council, role, want: &[&str]| {
        let got = snippets::check_choice(&neu, region, council, role);
        assert_eq!(got.len(), want.len(), "{got:?}");
        for (got, want) in got.iter().zip(want) {
            assert!(got.contains(want), "{got:?} lacks {want:?}");
        }
    };
    check(Some("london"), None, Some("parent"), &[]);
    check(None, None, None, &[]);
    check(
        Some("atlantis"),
        None,
        None,
        &["region \"atlantis\": expected one of \"northern\""],
    );
    check(
        None,
        None,
        Some("pilot"),
        &["role \"pilot\": expected one of \"parent\""],
    );
    check(
        Some("london"),
        Some("S12000047"),
        None,
        &["council \"S12000047\": expected the GSS code of a council in London"],
    );
    check(
        None,
        None,
        Some("sixth-form-college-staff"),
        &["role \"sixth-form-college-staff\": an old id; use one of"],
    );
}

/// The frames' first height is the placeholder stylesheet's reserve at 320 px: the largest term
/// of each rule's `max(…)`, with `%` of the column's width.
#[test]
fn the_first_height_is_the_stylesheets_reserve_at_320_px() {
    let css = include_str!("../embed/strike-explainer.css");
    let reserve = |selector: &str| -> f64 {
        let rule = css
            .split(&format!("\n{selector} {{"))
            .nth(1)
            .unwrap_or_else(|| panic!("no rule {selector}"));
        let terms = rule
            .split_once("max(")
            .and_then(|(_, rest)| rest.split_once(");"))
            .expect("a padding-top: max(…);")
            .0;
        terms
            .split(',')
            .map(|term| {
                let mut parts = term.split(" - ").map(str::trim);
                let px: f64 = parts
                    .next()
                    .unwrap()
                    .trim_end_matches("px")
                    .parse()
                    .unwrap();
                let pct: f64 = parts
                    .next()
                    .map_or(0.0, |p| p.trim_end_matches('%').parse().unwrap());
                px - pct / 100.0 * 320.0
            })
            .fold(0.0, f64::max)
    };
    assert_eq!(
        f64::from(snippets::first_height(Lang::En)),
        reserve("[data-strike-explainer]::before").ceil()
    );
    assert_eq!(
        f64::from(snippets::first_height(Lang::Cy)),
        reserve("[data-strike-explainer][data-lang=\"cy\"]::before").ceil()
    );
}
