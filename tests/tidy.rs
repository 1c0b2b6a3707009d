//! Cheap checks of the invariants ARCHITECTURE.md lists, so they stay true (issue #2).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn source(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn check(file: &str, forbidden: &[&str]) {
    let text = source(file);
    for word in forbidden {
        assert!(
            !text.contains(word),
            "{file} must not use {word}: the core stays pure"
        );
    }
}

#[test]
fn the_core_knows_no_framework_dom_format_or_clock() {
    // Paths, not words: the module comments may name what they must not use.
    let outside = [
        "leptos::",
        "web_sys::",
        "js_sys::",
        "wasm_bindgen",
        "serde::",
        "SystemTime",
        "Instant::now",
    ];
    check("src/lang.rs", &outside);
    check("src/model.rs", &outside);
    check("src/explain.rs", &outside);
    check("src/present.rs", &outside);
    check("src/uk_time.rs", &outside);
    check("src/share.rs", &outside);
    check("src/snippets.rs", &outside);
    check("src/ics.rs", &outside);
    check("src/places.rs", &outside);
    check("src/month_grid.rs", &outside);
}

#[test]
fn every_module_says_what_it_owns() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 5);
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        assert!(
            text.starts_with("//!"),
            "{} does not open with a //! module comment",
            file.display()
        );
    }
}

#[test]
fn styles_use_one_prefix_and_no_rem() {
    // Without comments, which may mention what the rules avoid.
    let css = stylesheet_without_comments();
    let rem = css
        .match_indices("rem")
        .any(|(i, _)| css[..i].ends_with(|c: char| c.is_ascii_digit() || c == '.'));
    assert!(!rem, "rem units follow the host's root font size");
    // Class selectors: every `.name` in the text before a `{`.
    for selectors in css
        .split('}')
        .filter_map(|rule| rule.split_once('{').map(|(sel, _)| sel))
    {
        for class in selectors.split('.').skip(1) {
            if class.starts_with(|c: char| c.is_ascii_alphabetic()) {
                assert!(
                    class.starts_with("se-"),
                    "class .{} lacks the se- prefix",
                    class.trim()
                );
            }
        }
    }
    // Custom properties, declared or used: `--` after a space or `(` (a BEM `--modifier` follows a word).
    for (i, _) in css.match_indices("--") {
        if css[..i].ends_with([' ', '\n', '(']) {
            let name = &css[i..css.len().min(i + 24)];
            assert!(
                name.starts_with("--se-"),
                "custom property {name:?} lacks the se- prefix"
            );
        }
    }
}

#[test]
fn the_shipped_stylesheet_is_the_source_without_comments() {
    // build.rs collapses white space: safe only while no quoted string holds a run of it.
    let raw = source("src/components/widget.css");
    let css = stylesheet_without_comments();
    for (i, quoted) in css.split('"').enumerate().filter(|(i, _)| i % 2 == 1) {
        assert!(
            !quoted.contains("  ") && !quoted.contains(['\n', '\t']),
            "quoted string {i} holds white space that collapsing would change: {quoted:?}"
        );
    }
    let expected = css.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(strike_explainer::components::STYLES, expected);
    assert!(expected.len() < raw.len(), "nothing was taken out");
}

/// `widget.css` with its comments taken out.
fn stylesheet_without_comments() -> String {
    source("src/components/widget.css")
        .split("/*")
        .map(|part| part.split_once("*/").map_or(part, |(_, rest)| rest))
        .collect()
}

#[test]
fn the_widget_includes_only_the_councils_of_the_place_index() {
    // Issue #13: the search's index is fetched on first use (src/embed/places.rs), not compiled
    // into the wasm; only places.rs itself (its tests) may read the whole index.
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    for file in files.iter().filter(|f| !f.ends_with("src/places.rs")) {
        let text = fs::read_to_string(file).unwrap_or_default();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for word in [
                "places::INDEX",
                "places::SEARCH",
                "places::bundled",
                "/places.txt",
                "/search.txt",
            ] {
                assert!(
                    !line.contains(word),
                    "{} uses {word}: the widget fetches the place index",
                    file.display()
                );
            }
        }
    }
}
