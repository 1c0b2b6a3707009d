//! The data file's wire format: the serde structs a file deserialises into, one per section,
//! exactly as `data/README.md` and `data/schema/dispute.schema.json` describe them.
//!
//! It owns field names, optional fields and defaults, and refuses unknown fields (so a misspelt
//! name cannot silently drop a fact). It must not check meaning — ids, dates, order, sources,
//! limits — that is `check`, the one validation path.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

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
    /// Strike days announced for a period without their dates (format 6).
    #[serde(default)]
    pub(super) programmes: Vec<RawProgramme>,
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
///
/// Read by hand rather than as `#[serde(untagged)]`, which buffers every text in serde's
/// `Content` tree and brings a reader of its own for each form (about 2 KB of the bundle).
/// The one message is untagged's own, placed as it was: after the whole value.
#[derive(Clone)]
pub(super) enum RawText {
    Plain(String),
    Both(RawBoth),
}

#[derive(Clone)]
pub(super) struct RawBoth {
    pub(super) en: String,
    pub(super) cy: String,
    /// False when left out.
    pub(super) review: bool,
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawText, D::Error> {
        // The whole value is read before the error, so serde_json places it at the value's end.
        deserializer.deserialize_any(TextVisitor)?.ok_or_else(|| {
            de::Error::custom("data did not match any variant of untagged enum RawText")
        })
    }
}

/// A string, or an object of exactly `en`, `cy` (strings) and `review` (a boolean, optional),
/// each once; `None` for any other value, read to its end.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Option<RawText>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(RawText::Plain(v.to_owned())))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut en, mut cy, mut review, mut fits) = (None, None, None, true);
        while let Some(key) = map.next_key::<Any>()? {
            let value = map.next_value::<Any>()?;
            let slot = match key {
                Any::Str(k) if k == "en" => &mut en,
                Any::Str(k) if k == "cy" => &mut cy,
                Any::Str(k) if k == "review" => &mut review,
                _ => {
                    fits = false;
                    continue;
                }
            };
            fits &= slot.is_none();
            *slot = Some(value);
        }
        Ok(match (en, cy, review) {
            (Some(Any::Str(en)), Some(Any::Str(cy)), review @ (None | Some(Any::Bool(_))))
                if fits =>
            {
                let review = matches!(review, Some(Any::Bool(true)));
                Some(RawText::Both(RawBoth { en, cy, review }))
            }
            _ => None,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Any::drain(seq).map(|_| None)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// Any JSON value, read (numbers checked) as serde_json reads it for `untagged`, keeping only
/// what a text's object needs: a string, a boolean, or something else.
enum Any {
    Str(String),
    Bool(bool),
    Other,
}

impl Any {
    fn drain<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Any, A::Error> {
        while seq.next_element::<Any>()?.is_some() {}
        Ok(Any::Other)
    }
}

impl<'de> Deserialize<'de> for Any {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Any, D::Error> {
        deserializer.deserialize_any(AnyVisitor)
    }
}

struct AnyVisitor;

impl<'de> Visitor<'de> for AnyVisitor {
    type Value = Any;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Any, E> {
        Ok(Any::Str(v.to_owned()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Any, E> {
        Ok(Any::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Any, E> {
        Ok(Any::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Any, E> {
        Ok(Any::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Any, E> {
        Ok(Any::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Any, E> {
        Ok(Any::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Any, A::Error> {
        Any::drain(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Any, A::Error> {
        while map.next_entry::<Any, Any>()?.is_some() {}
        Ok(Any::Other)
    }
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
    /// Which schools of the area the call covered, where not all (format 6).
    #[serde(default)]
    pub(super) scope: Option<RawSourced>,
}

/// More strike days announced for a period, without their dates (format 6).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProgramme {
    /// `YYYY-MM-DD`, or `YYYY-MM` where only the month was announced.
    pub(super) from: String,
    pub(super) until: String,
    #[serde(rename = "where")]
    pub(super) regions: Vec<String>,
    #[serde(default)]
    pub(super) local: Option<RawLocal>,
    pub(super) text: RawText,
    pub(super) history: Vec<RawChange>,
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
    /// Only about these councils (GSS codes) of its regions (format 6).
    #[serde(default)]
    pub(super) councils: Option<Vec<String>>,
    #[serde(default)]
    pub(super) days: Option<Vec<String>>,
    pub(super) text: RawText,
    #[serde(default)]
    pub(super) past: Option<RawText>,
    #[serde(default)]
    pub(super) from: Option<String>,
    #[serde(default)]
    pub(super) until: Option<String>,
    /// A next step before a strike day (format 7).
    #[serde(default)]
    pub(super) step: bool,
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
    /// More links to the same source (format 6): its PDF and landing page, a later update.
    #[serde(default)]
    pub(super) also: Vec<RawLink>,
    /// No longer part of the format (it marked a link to a copy, which issue #19 ended): read
    /// only so that the check refuses it with its reason, not as an unknown field.
    #[serde(default)]
    pub(super) copy: Option<bool>,
}

/// Another link to a source: the page's own title and its address.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLink {
    pub(super) title: String,
    pub(super) url: String,
}
