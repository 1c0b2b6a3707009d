//! The data file's wire format: the serde structs a file deserialises into, one per section,
//! exactly as `data/README.md` and `data/schema/dispute.schema.json` describe them.
//!
//! It owns field names, optional fields and defaults, and refuses unknown fields (so a misspelt
//! name cannot silently drop a fact). It must not check meaning — ids, dates, order, sources,
//! limits — that is `check`, the one validation path.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDispute {
    pub(super) format: u32,
    pub(super) id: String,
    pub(super) title: RawText,
    pub(super) summary: RawSourced,
    pub(super) checked_on: String,
    #[serde(default)]
    pub(super) groups: Vec<RawGroup>,
    pub(super) regions: Vec<RawRegion>,
    pub(super) roles: Vec<RawRole>,
    pub(super) days: Vec<RawDay>,
    #[serde(default)]
    pub(super) endings: Vec<RawEnding>,
    #[serde(default)]
    pub(super) story: Vec<RawEvent>,
    pub(super) notes: Vec<RawNote>,
    #[serde(default)]
    pub(super) closures: Vec<RawClosure>,
    #[serde(default)]
    pub(super) figures: Vec<RawFigure>,
    pub(super) sources: Vec<RawSource>,
}

/// A text readers see: a plain string (English only), or `{ "en", "cy", "review"? }`.
#[derive(Clone, Deserialize)]
#[serde(untagged)]
pub(super) enum RawText {
    Plain(String),
    Both(RawBoth),
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBoth {
    pub(super) en: String,
    pub(super) cy: String,
    #[serde(default)]
    pub(super) review: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSourced {
    pub(super) text: RawText,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGroup {
    pub(super) id: String,
    #[allow(dead_code)] // documents the group for editors; the widget names regions only
    pub(super) name: RawText,
    pub(super) regions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRegion {
    pub(super) id: String,
    pub(super) name: RawText,
    /// "In" the region as a sentence says it; `in <name>` when left out.
    #[serde(default, rename = "in")]
    pub(super) within: Option<RawText>,
    pub(super) in_dispute: bool,
    /// The GSS codes of the places it covers; none in a dispute without a place search.
    #[serde(default)]
    pub(super) places: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRole {
    pub(super) id: String,
    pub(super) name: RawText,
    pub(super) kind: String,
    #[serde(default)]
    pub(super) formerly: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDay {
    pub(super) date: String,
    #[serde(rename = "where")]
    pub(super) regions: Vec<String>,
    pub(super) called_out: Vec<RawCallOut>,
    pub(super) history: Vec<RawChange>,
    #[serde(default)]
    pub(super) hours: Option<RawHours>,
    #[serde(default)]
    pub(super) local: Option<RawLocal>,
}

/// A local call: only these council areas of the regions in `where` (GSS codes).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocal {
    pub(super) councils: Vec<String>,
    pub(super) sources: Vec<String>,
}

/// A part-day strike's hours, `HH:MM` in UK time.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHours {
    #[serde(default)]
    pub(super) from: Option<String>,
    #[serde(default)]
    pub(super) to: Option<String>,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCallOut {
    pub(super) roles: Vec<String>,
    pub(super) answer: String,
    #[serde(default)]
    pub(super) union: Option<String>,
    #[serde(default)]
    pub(super) note: Option<RawText>,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) on: String,
    #[serde(rename = "where")]
    pub(super) regions: Vec<String>,
    pub(super) text: RawText,
    #[serde(default)]
    pub(super) stands: Option<RawText>,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChange {
    pub(super) on: String,
    pub(super) status: String,
    #[serde(default)]
    pub(super) to: Option<String>,
    #[serde(default)]
    pub(super) note: Option<RawText>,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEnding {
    #[serde(rename = "where")]
    pub(super) regions: Vec<String>,
    #[serde(default)]
    pub(super) roles: Option<Vec<String>>,
    #[serde(default)]
    pub(super) on: Option<String>,
    pub(super) text: RawText,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNote {
    #[serde(default)]
    pub(super) roles: Option<Vec<String>>,
    #[serde(default, rename = "where")]
    pub(super) regions: Option<Vec<String>>,
    #[serde(default)]
    pub(super) days: Option<Vec<String>>,
    pub(super) text: RawText,
    #[serde(default)]
    pub(super) past: Option<RawText>,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClosure {
    pub(super) day: String,
    #[serde(rename = "where")]
    pub(super) regions: Vec<String>,
    pub(super) label: RawText,
    #[serde(default)]
    pub(super) open: Option<f64>,
    pub(super) partly: f64,
    pub(super) closed: f64,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFigure {
    pub(super) label: RawText,
    pub(super) value: RawText,
    pub(super) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) id: String,
    pub(super) publisher: String,
    pub(super) title: String,
    /// Left out where the source gives no date.
    #[serde(default)]
    pub(super) date: Option<String>,
    pub(super) url: String,
    /// True where `url` is a republished copy, not `publisher`'s own page.
    #[serde(default)]
    pub(super) copy: bool,
}
