//! The three snippets a newsroom pastes to embed the widget (issue #22), written from one
//! [`Embed`] description: the script snippet (the stylesheet, the placeholder holding the static
//! facts as its fallback, the loader), the iframe snippet (the frame page and the host script
//! that resizes it) and the AMP snippet (`amp-iframe`, resizable, with its overflow button).
//! Both the `embed-builder` command and the demo's builder page (`embedSnippets`) use it, so the
//! snippets' text exists once. It also checks a preset region, council and role against the
//! dispute, with the widget's own rules (`options::resolve`).
//!
//! Pure: it takes the static facts as finished HTML (ours, trusted) and "as of" as a date; it
//! must not render the facts, read the clock, fetch, or know the DOM. Every value it writes into
//! an attribute is escaped, every value in a frame's address percent-encoded.

use std::fmt::Write as _;

use crate::lang::Lang;
use crate::model::{Date, Dispute};
use crate::options::{self, RawOptions, Theme};

/// The bundle's files the snippets name, as `scripts/pkg` writes them into `pkg/`.
pub const STYLESHEET: &str = "strike-explainer.css";
pub const LOADER: &str = "strike-explainer.js";
pub const FRAME_PAGE: &str = "strike-explainer-frame.html";
pub const FRAMES_SCRIPT: &str = "strike-explainer-frames.js";
/// AMP's own script for `amp-iframe`, which an AMP page loads in its `<head>`.
pub const AMP_IFRAME_SCRIPT: &str = "https://cdn.ampproject.org/v0/amp-iframe-0.1.js";

/// Where the widget's dispute comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Data<'a> {
    /// A bundled dispute's id (`neu-2023`).
    Bundled(&'a str),
    /// A data file's address: absolute `http(s)`, since the script snippet reads it from the host
    /// page and the frame from the bundle's origin.
    At(&'a str),
}

/// What a newsroom chose; ids as the widget's options take them (checked with [`check_choice`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed<'a> {
    /// Where the bundle (`pkg/`) is served: an `http(s)` address or a path, ending in `/`.
    pub base: &'a str,
    pub data: Data<'a>,
    pub region: Option<&'a str>,
    pub council: Option<&'a str>,
    pub role: Option<&'a str>,
    pub lang: Lang,
    pub theme: Theme,
    /// The date the static facts are as of. The widget itself is given no date: it shows each
    /// reader their own today.
    pub as_of: Date,
    /// The frame's accessible name: the dispute's title, in `lang`.
    pub title: &'a str,
    /// The words of AMP's overflow button, in `lang` (`Words::show_whole`).
    pub more: &'a str,
    /// The static facts' HTML (`components::static_facts_html`), put into the placeholder as it
    /// is.
    pub facts: &'a str,
    /// The article's address, for the frame's shared links (`share=`): a reader who shares from
    /// inside a frame shares the article, not the frame page. Absolute `http(s)`. The script
    /// snippet needs none: its widget is in the article.
    pub share: Option<&'a str>,
}

/// The three snippets. The AMP one needs the bundle on an `https` address: where `base` is a
/// path or `http`, it is the reason instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippets {
    pub script: String,
    pub iframe: String,
    pub amp: Result<String, String>,
}

/// The height, in CSS pixels, a frame starts at before it reports its own: the space
/// `embed/strike-explainer.css` reserves for the widget's first render (nothing chosen, with
/// its heading) in a 320 px column, the narrowest phone, so a frame rarely starts too short.
/// A frame that is taller or shorter then says so (the frame page's height messages).
/// `tests/snippets.rs` checks these against the stylesheet's rules.
pub const fn first_height(lang: Lang) -> u32 {
    match lang {
        Lang::En => 741,
        Lang::Cy => 829,
    }
}

/// The snippets for `e`, or every problem with it (its `base` or data address).
pub fn write(e: &Embed) -> Result<Snippets, Vec<String>> {
    let mut problems = Vec::new();
    let base = checked_base(e.base).map_err(|p| problems.push(p)).ok();
    if let Data::At(src) = e.data
        && let Err(p) = checked_src(src)
    {
        problems.push(p);
    }
    if let Some(share) = e.share
        && let Err(p) = checked_share(share)
    {
        problems.push(p);
    }
    let Some(base) = base.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    let frame = frame_address(base, e);
    let height = first_height(e.lang);
    let amp = if base.starts_with("https://") {
        Ok(amp(&frame, e, height))
    } else {
        Err(
            "AMP needs the frame on an https address, on another origin than the AMP page: give the bundle's address as https://…/"
                .to_owned(),
        )
    };
    Ok(Snippets {
        script: script(base, e),
        iframe: format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" allow=\"clipboard-write\" frameborder=\"0\"></iframe>\n<!-- Optional, once per page (in the site's template where the article takes no script): sizes every frame of ours to its widget. Without it the frame keeps the height above and scrolls. -->\n<script src=\"{}\" defer></script>\n",
            attr(&frame),
            attr(e.title),
            attr(&format!("{base}{FRAMES_SCRIPT}")),
        ),
        amp,
    })
}

/// The placeholder's options, in the order the README lists them, as (name, value).
fn options(e: &Embed) -> Vec<(&'static str, String)> {
    let mut all = vec![match e.data {
        Data::Bundled(id) => ("dispute", id.to_owned()),
        Data::At(src) => ("src", src.trim().to_owned()),
    }];
    let given = [
        ("region", e.region),
        ("council", e.council),
        ("role", e.role),
    ];
    all.extend(given.into_iter().filter_map(|(name, v)| {
        let v = v.map(str::trim).filter(|v| !v.is_empty())?;
        Some((name, v.to_owned()))
    }));
    if e.lang != Lang::default() {
        all.push(("lang", e.lang.as_str().to_owned()));
    }
    if e.theme != Theme::default() {
        all.push(("theme", e.theme.as_str().to_owned()));
    }
    all
}

fn script(base: &str, e: &Embed) -> String {
    let mut out = format!(
        "<link rel=\"stylesheet\" href=\"{}\"> <!-- in the <head> -->\n<!-- The facts inside are as of {}: readers without JavaScript see them; the widget replaces them, as of each reader's own day. -->\n<div data-strike-explainer",
        attr(&format!("{base}{STYLESHEET}")),
        e.as_of,
    );
    for (name, value) in options(e) {
        // Writing to a String cannot fail.
        let _ = write!(out, " data-{name}=\"{}\"", attr(&value));
    }
    let _ = write!(
        out,
        ">\n{}\n</div>\n<script src=\"{}\" defer></script>\n",
        e.facts.trim(),
        attr(&format!("{base}{LOADER}")),
    );
    out
}

fn frame_address(base: &str, e: &Embed) -> String {
    let share = e.share.map(|s| ("share", s.trim().to_owned()));
    let query: Vec<String> = options(e)
        .into_iter()
        .chain(share)
        .map(|(name, value)| format!("{name}={}", query_value(&value)))
        .collect();
    format!("{base}{FRAME_PAGE}?{}", query.join("&"))
}

fn amp(frame: &str, e: &Embed, height: u32) -> String {
    format!(
        "<script async custom-element=\"amp-iframe\" src=\"{AMP_IFRAME_SCRIPT}\"></script> <!-- in the <head> -->\n<!-- amp-iframe: the frame is served over https from another origin than this AMP page; placed below the first 600 px of the page (or given a placeholder). -->\n<amp-iframe src=\"{}\" title=\"{}\" layout=\"fixed-height\" height=\"{height}\" resizable sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" frameborder=\"0\">\n  <div overflow tabindex=\"0\" role=\"button\" aria-label=\"{more}\">{more}</div>\n</amp-iframe>\n",
        attr(frame),
        attr(e.title),
        more = attr(e.more),
    )
}

/// `base` as the snippets use it, or why not: an `http(s)` address or a path, ending in `/`.
fn checked_base(base: &str) -> Result<&str, String> {
    let base = base.trim();
    let why = if base.is_empty() {
        "say where the bundle (pkg/) is served, e.g. https://cdn.example.org/strike-explainer/"
    } else if let Some(bad) = unsafe_in_address(base) {
        bad
    } else if scheme(base).is_some_and(|s| !is_http(s)) {
        "the bundle's address must be an http(s) address or a path, not another scheme"
    } else if scheme(base).is_some() && !has_host(base) {
        "the bundle's address has no host: write it as https://host/folder/"
    } else if !base.ends_with('/') {
        "the bundle's address must end in / (the folder pkg/ is served from)"
    } else {
        return Ok(base);
    };
    Err(format!("base \"{}\": {why}", shorten(base)))
}

/// A data file's address, or why not: absolute `http(s)` only.
fn checked_src(src: &str) -> Result<(), String> {
    let src = src.trim();
    let why = if let Some(bad) = unsafe_in_address(src) {
        bad
    } else if scheme(src).is_none_or(|s| !is_http(s)) || !has_host(src) {
        "a data file's address must be a whole http(s) address: the script snippet reads it from the host page, the frame from the bundle's origin"
    } else {
        return Ok(());
    };
    Err(format!("src \"{}\": {why}", shorten(src)))
}

/// The article's address for a frame's shared links, or why not: absolute `http(s)` only.
fn checked_share(share: &str) -> Result<(), String> {
    let share = share.trim();
    let why = if let Some(bad) = unsafe_in_address(share) {
        bad
    } else if scheme(share).is_none_or(|s| !is_http(s)) || !has_host(share) {
        "the article's address must be a whole http(s) address: a frame's shared links open it"
    } else {
        return Ok(());
    };
    Err(format!("share \"{}\": {why}", shorten(share)))
}

fn unsafe_in_address(s: &str) -> Option<&'static str> {
    s.chars()
        .any(|c| c.is_whitespace() || c.is_control())
        .then_some("an address cannot hold spaces or control characters")
}

/// An address's scheme (`https`, `javascript`), lower-cased, if it has one: letters before a
/// `:` that comes before any `/`, `?` or `#`.
fn scheme(s: &str) -> Option<String> {
    let end = s.find([':', '/', '?', '#'])?;
    let name = &s[..end];
    (s[end..].starts_with(':') && name.starts_with(|c: char| c.is_ascii_alphabetic()))
        .then(|| name.to_ascii_lowercase())
}

fn is_http(scheme: String) -> bool {
    scheme == "http" || scheme == "https"
}

fn has_host(s: &str) -> bool {
    s.split_once("://")
        .is_some_and(|(_, rest)| !rest.is_empty() && !rest.starts_with(['/', '?', '#']))
}

fn shorten(s: &str) -> std::borrow::Cow<'_, str> {
    options::shorten(s, options::QUOTE_LIMIT)
}

/// `s` as an attribute value between double quotes.
pub fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` as one value of an address's query: everything but unreserved characters percent-encoded.
fn query_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The problems with a preset region, council and role for `dispute`, as the widget would warn
/// of them (`options::resolve`), for the builder to refuse rather than ship a snippet that warns.
pub fn check_choice(
    dispute: &Dispute,
    region: Option<&str>,
    council: Option<&str>,
    role: Option<&str>,
) -> Vec<String> {
    let raw = RawOptions {
        region: region.map(str::to_owned),
        council: council.map(str::to_owned),
        role: role.map(str::to_owned),
        ..RawOptions::default()
    };
    options::resolve(&raw, dispute)
        .1
        .into_iter()
        .map(|w| {
            let name = w.option.trim_start_matches("data-");
            let value = shorten(&w.value);
            match w.formerly {
                None => format!("{name} \"{value}\": expected {}", w.allowed),
                Some(_) => format!("{name} \"{value}\": an old id; use {}", w.allowed),
            }
        })
        .collect()
}
