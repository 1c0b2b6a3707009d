//! The dispute data file: its wire format, and checking it into a `model::Dispute`.
//!
//! This is the only module that knows the file's shape (documented in `data/README.md`). It owns
//! the raw serde structs and every consistency rule: ids resolve, every fact has a source, dates
//! are real and histories run in order, and every region × role pair has something to read. It
//! must not answer readers' questions (that is `explain`) or touch the DOM.
//!
//! Text is parsed with `serde_json` natively and with the browser's own `JSON.parse` plus
//! `serde-wasm-bindgen` in wasm, which keeps a JSON parser out of the bundle.

use std::collections::HashMap;
use std::fmt;

use serde::Deserialize;

use crate::explain;
use crate::model::{
    CallOut, CalledOut, Closure, Date, Dispute, Ending, Event, Figure, Note, PartialDate, Region,
    RegionId, Role, RoleId, RoleKind, Source, SourceId, Sourced, Status, StatusChange, StrikeDay,
    Tenths, Text,
};

/// The NEU 2023 dispute, compiled into the bundle.
pub const BUNDLED: &str = include_str!("../data/neu-2023.json");

/// Every dispute compiled into the bundle, by id (`data-dispute`), the default first.
pub const DISPUTES: [(&str, &str); 2] = [
    ("neu-2023", BUNDLED),
    ("ni-2023", include_str!("../data/ni-2023.json")),
];

/// The `format` this build writes about. Format 3 added texts in two languages
/// (`{ "en", "cy" }`) and regions' `in` forms; a format 2 file (plain English strings) reads
/// as it did.
pub const FORMAT: u32 = 3;

/// One thing wrong with a data file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// A JSON-pointer-like path such as `days[3].history[1].to`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Everything wrong with a data file: checking does not stop at the first problem, so an editor
/// sees them all at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError(pub Vec<Problem>);

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(
            f,
            "the dispute data has {n} problem{}:",
            if n == 1 { "" } else { "s" }
        )?;
        for p in &self.0 {
            write!(f, "\n  - {p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}

impl DataError {
    fn one(path: &str, message: impl Into<String>) -> DataError {
        DataError(vec![Problem {
            path: path.to_owned(),
            message: message.into(),
        }])
    }
}

/// Parses and checks a data file's text.
pub fn parse(text: &str) -> Result<Dispute, DataError> {
    from_raw(deserialize(text)?)
}

#[cfg(not(target_arch = "wasm32"))]
fn deserialize(text: &str) -> Result<RawDispute, DataError> {
    serde_json::from_str(text).map_err(|e| DataError::one("", format!("not valid data JSON: {e}")))
}

#[cfg(target_arch = "wasm32")]
fn deserialize(text: &str) -> Result<RawDispute, DataError> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let why = js_sys::Error::from(e).message();
        DataError::one("", format!("not valid JSON: {why}"))
    })?;
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| DataError::one("", format!("not valid data: {e}")))
}

// ---- the wire format ----------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDispute {
    format: u32,
    id: String,
    title: RawText,
    summary: RawSourced,
    checked_on: String,
    #[serde(default)]
    groups: Vec<RawGroup>,
    regions: Vec<RawRegion>,
    roles: Vec<RawRole>,
    days: Vec<RawDay>,
    #[serde(default)]
    endings: Vec<RawEnding>,
    #[serde(default)]
    story: Vec<RawEvent>,
    notes: Vec<RawNote>,
    #[serde(default)]
    closures: Vec<RawClosure>,
    #[serde(default)]
    figures: Vec<RawFigure>,
    sources: Vec<RawSource>,
}

/// A text readers see: a plain string (English only), or `{ "en", "cy", "review"? }`.
#[derive(Clone, Deserialize)]
#[serde(untagged)]
enum RawText {
    Plain(String),
    Both(RawBoth),
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoth {
    en: String,
    cy: String,
    #[serde(default)]
    review: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSourced {
    text: RawText,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    id: String,
    #[allow(dead_code)] // documents the group for editors; the widget names regions only
    name: RawText,
    regions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    id: String,
    name: RawText,
    /// "In" the region as a sentence says it; `in <name>` when left out.
    #[serde(default, rename = "in")]
    within: Option<RawText>,
    in_dispute: bool,
    /// The GSS codes of the places it covers; none in a dispute without a place search.
    #[serde(default)]
    places: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    id: String,
    name: RawText,
    kind: String,
    #[serde(default)]
    formerly: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDay {
    date: String,
    #[serde(rename = "where")]
    regions: Vec<String>,
    called_out: Vec<RawCallOut>,
    history: Vec<RawChange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCallOut {
    roles: Vec<String>,
    answer: String,
    #[serde(default)]
    union: Option<String>,
    #[serde(default)]
    note: Option<RawText>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    on: String,
    #[serde(rename = "where")]
    regions: Vec<String>,
    text: RawText,
    #[serde(default)]
    stands: Option<RawText>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChange {
    on: String,
    status: String,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    note: Option<RawText>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnding {
    #[serde(rename = "where")]
    regions: Vec<String>,
    #[serde(default)]
    roles: Option<Vec<String>>,
    #[serde(default)]
    on: Option<String>,
    text: RawText,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    #[serde(default)]
    roles: Option<Vec<String>>,
    #[serde(default, rename = "where")]
    regions: Option<Vec<String>>,
    #[serde(default)]
    days: Option<Vec<String>>,
    text: RawText,
    #[serde(default)]
    past: Option<RawText>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClosure {
    day: String,
    #[serde(rename = "where")]
    regions: Vec<String>,
    label: RawText,
    #[serde(default)]
    open: Option<f64>,
    partly: f64,
    closed: f64,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    label: RawText,
    value: RawText,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    publisher: String,
    title: String,
    /// Left out where the source gives no date.
    #[serde(default)]
    date: Option<String>,
    url: String,
    /// True where `url` is a republished copy, not `publisher`'s own page.
    #[serde(default)]
    copy: bool,
}

// ---- checking -----------------------------------------------------------------------------

/// Collects problems while converting; each `resolve_*` returns what it could and records the rest.
struct Checker {
    problems: Vec<Problem>,
    regions: HashMap<String, RegionId>,
    groups: HashMap<String, Vec<RegionId>>,
    roles: HashMap<String, RoleId>,
    sources: HashMap<String, SourceId>,
    source_used: Vec<bool>,
    /// Role ids in table order, to name them in problems.
    role_keys: Vec<String>,
    /// The roles a strike call speaks to, and the ones it happens to.
    staff: Vec<RoleId>,
    affected: Vec<RoleId>,
    /// Where a text is given in English only, and whether any text is given in Welsh: a
    /// dispute speaks Welsh everywhere or nowhere.
    plain: Vec<String>,
    bilingual: bool,
}

impl Checker {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn date(&mut self, path: &str, s: &str) -> Option<Date> {
        match s.parse() {
            Ok(d) => Some(d),
            Err(e) => {
                self.problem(path, e.to_string());
                None
            }
        }
    }

    fn text(&mut self, path: &str, s: &str) -> String {
        if s.trim().is_empty() {
            self.problem(path, "is empty");
        }
        s.to_owned()
    }

    /// A reader's text in each language it is given in; each must say something.
    fn words(&mut self, path: &str, raw: &RawText) -> Text {
        match raw {
            RawText::Plain(en) => {
                self.plain.push(path.to_owned());
                Text::en(self.text(path, en))
            }
            RawText::Both(both) => {
                self.bilingual = true;
                Text {
                    en: self.text(&format!("{path}.en"), &both.en),
                    cy: Some(self.text(&format!("{path}.cy"), &both.cy)),
                    review: both.review,
                }
            }
        }
    }

    fn sources(&mut self, path: &str, keys: &[String]) -> Vec<SourceId> {
        if keys.is_empty() {
            self.problem(path, "every fact needs at least one source");
        }
        let mut out = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            match self.sources.get(key) {
                Some(&id) => {
                    self.source_used[id.index()] = true;
                    out.push(id);
                }
                None => self.problem(
                    format!("{path}[{i}]"),
                    format!("no source has the id “{key}”"),
                ),
            }
        }
        out
    }

    fn sourced(&mut self, path: &str, raw: &RawSourced) -> Sourced {
        Sourced {
            text: self.words(&format!("{path}.text"), &raw.text),
            sources: self.sources(&format!("{path}.sources"), &raw.sources),
        }
    }

    /// Region or group ids into sorted, distinct region ids.
    fn regions(&mut self, path: &str, keys: &[String]) -> Vec<RegionId> {
        if keys.is_empty() {
            self.problem(path, "names no region");
        }
        let mut out = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            if let Some(&id) = self.regions.get(key) {
                out.push(id);
            } else if let Some(ids) = self.groups.get(key) {
                out.extend(ids.iter().copied());
            } else {
                let known = self.known_regions();
                self.problem(
                    format!("{path}[{i}]"),
                    format!("“{key}” is not a region or group id (known: {known})"),
                );
            }
        }
        out.sort();
        out.dedup();
        out
    }

    fn role_key(&self, id: RoleId) -> &str {
        self.role_keys.get(id.index()).map_or("?", String::as_str)
    }

    fn known_regions(&self) -> String {
        let mut keys: Vec<&str> = self
            .regions
            .keys()
            .chain(self.groups.keys())
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        keys.join(", ")
    }

    fn roles(&mut self, path: &str, keys: &[String]) -> Vec<RoleId> {
        if keys.is_empty() {
            self.problem(path, "names no role");
        }
        let mut out = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            match self.roles.get(key) {
                Some(&id) => out.push(id),
                None => {
                    let mut known: Vec<&str> = self.roles.keys().map(String::as_str).collect();
                    known.sort_unstable();
                    let known = known.join(", ");
                    self.problem(
                        format!("{path}[{i}]"),
                        format!("“{key}” is not a role id (known: {known})"),
                    );
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// Builds a key → id table, reporting empty and repeated keys.
fn table<Id: Copy>(
    problems: &mut Vec<Problem>,
    what: &str,
    keys: impl Iterator<Item = String>,
    id: impl Fn(u16) -> Id,
) -> HashMap<String, Id> {
    let mut map = HashMap::new();
    for (i, key) in keys.enumerate() {
        let path = format!("{what}[{i}].id");
        let Ok(n) = u16::try_from(i) else {
            problems.push(Problem {
                path,
                message: format!("too many {what}"),
            });
            break;
        };
        if key.is_empty() {
            problems.push(Problem {
                path,
                message: "is empty".into(),
            });
        } else if map.insert(key.clone(), id(n)).is_some() {
            problems.push(Problem {
                path,
                message: format!("“{key}” is used twice"),
            });
        }
    }
    map
}

fn status(c: &mut Checker, path: &str, raw: &RawChange) -> Option<Status> {
    let status = match raw.status.as_str() {
        "planned" => Status::Planned,
        "postponed" => {
            let to = raw
                .to
                .as_deref()
                .and_then(|s| c.date(&format!("{path}.to"), s));
            Status::Postponed { to }
        }
        "suspended" => Status::Suspended,
        "called-off" => Status::CalledOff,
        "went-ahead" => Status::WentAhead,
        other => {
            let known = Status::NAMES.join(", ");
            c.problem(
                format!("{path}.status"),
                format!("“{other}” is not a status ({known})"),
            );
            return None;
        }
    };
    if raw.to.is_some() && !matches!(status, Status::Postponed { .. }) {
        c.problem(format!("{path}.to"), "only a postponed day has a new date");
    }
    Some(status)
}

fn day(c: &mut Checker, path: &str, raw: &RawDay, checked_on: Option<Date>) -> Option<StrikeDay> {
    let date = c.date(&format!("{path}.date"), &raw.date);
    let regions = c.regions(&format!("{path}.where"), &raw.regions);
    let called_out = call_outs(c, &format!("{path}.called_out"), &raw.called_out);
    if raw.history.is_empty() {
        c.problem(
            format!("{path}.history"),
            "is empty: say at least when the day was planned",
        );
    }
    let mut history: Vec<StatusChange> = Vec::new();
    for (i, h) in raw.history.iter().enumerate() {
        let hp = format!("{path}.history[{i}]");
        let on = c.date(&format!("{hp}.on"), &h.on);
        let status = status(c, &hp, h);
        let note = h.note.as_ref().map(|n| c.words(&format!("{hp}.note"), n));
        let sources = c.sources(&format!("{hp}.sources"), &h.sources);
        let (Some(on), Some(status)) = (on, status) else {
            continue;
        };
        if let Some(prev) = history.last()
            && on < prev.on
        {
            c.problem(
                format!("{hp}.on"),
                format!("{on} is before the previous entry's {}", prev.on),
            );
        }
        if let (Status::Postponed { to: Some(to) }, Some(date)) = (status, date)
            && to <= date
        {
            c.problem(
                format!("{hp}.to"),
                format!("a day postponed to {to} must move later than {date}"),
            );
        }
        if let (Status::WentAhead, Some(date)) = (status, date)
            && on != date
        {
            c.problem(
                format!("{hp}.on"),
                format!("a day can only go ahead on its own date, {date}"),
            );
        }
        history.push(StatusChange {
            on,
            status,
            note,
            sources,
        });
    }
    let date = date?;
    if let Some(first) = history.first()
        && first.status != Status::Planned
    {
        c.problem(
            format!("{path}.history[0].status"),
            "a history starts with “planned”",
        );
    }
    if let (Some(last), Some(checked)) = (history.last(), checked_on)
        && last.status == Status::Planned
        && date < checked
    {
        c.problem(
            format!("{path}.history"),
            format!("{date} is before checked_on ({checked}) but its last status is still “planned”: record whether it went ahead"),
        );
    }
    Some(StrikeDay {
        date,
        regions,
        called_out,
        history,
    })
}

/// What a call said to each staff role: every staff role exactly once, no other role.
fn call_outs(c: &mut Checker, path: &str, raw: &[RawCallOut]) -> Vec<CallOut> {
    let mut out: Vec<CallOut> = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        let cp = format!("{path}[{i}]");
        let roles = c.roles(&format!("{cp}.roles"), &r.roles);
        let answer = match (r.answer.as_str(), r.union.as_deref()) {
            ("yes", None) => Some(CalledOut::Yes),
            ("no", None) => Some(CalledOut::No),
            ("may-join", None) => Some(CalledOut::MayJoin),
            ("unconfirmed", None) => Some(CalledOut::Unconfirmed),
            ("members", Some(union)) if !union.trim().is_empty() => {
                Some(CalledOut::Members(union.trim().to_owned()))
            }
            ("members", _) => {
                c.problem(format!("{cp}.union"), "“members” needs the union's name");
                None
            }
            (answer, Some(_)) if CalledOut::NAMES.contains(&answer) => {
                c.problem(
                    format!("{cp}.union"),
                    "only a “members” answer names a union",
                );
                None
            }
            (other, _) => {
                let known = CalledOut::NAMES.join(", ");
                c.problem(
                    format!("{cp}.answer"),
                    format!("“{other}” is not an answer ({known})"),
                );
                None
            }
        };
        let note = r.note.as_ref().map(|n| c.words(&format!("{cp}.note"), n));
        let sources = c.sources(&format!("{cp}.sources"), &r.sources);
        for &role in &roles {
            if c.affected.contains(&role) {
                c.problem(
                    format!("{cp}.roles"),
                    format!(
                        "“{}” is not a staff role: a call does not speak to it",
                        c.role_key(role)
                    ),
                );
            } else if out.iter().any(|o| o.roles.contains(&role)) {
                c.problem(
                    format!("{cp}.roles"),
                    format!("“{}” is answered twice", c.role_key(role)),
                );
            }
        }
        if let Some(answer) = answer {
            out.push(CallOut {
                roles,
                answer,
                note,
                sources,
            });
        }
    }
    for role in c.staff.clone() {
        if !out.iter().any(|o| o.roles.contains(&role)) {
            c.problem(
                path,
                format!(
                    "says nothing to “{}”: every staff role needs an answer",
                    c.role_key(role)
                ),
            );
        }
    }
    out
}

/// `closures`: each on a strike day, for regions the day covered, with shares that are
/// percentages adding up to no more than 100 (give or take the sources' rounding).
fn check_closures(
    c: &mut Checker,
    raw: &[RawClosure],
    days: &[StrikeDay],
    region_keys: &[&str],
) -> Vec<Closure> {
    let mut out: Vec<Closure> = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        let path = format!("closures[{i}]");
        let date = c.date(&format!("{path}.day"), &r.day);
        let regions = c.regions(&format!("{path}.where"), &r.regions);
        if let Some(date) = date {
            let covered = days
                .iter()
                .filter(|d| d.date == date)
                .flat_map(|d| d.regions.iter())
                .collect::<Vec<_>>();
            if covered.is_empty() {
                c.problem(
                    format!("{path}.day"),
                    format!("no strike day falls on {date}"),
                );
            } else if let Some(key) = regions
                .iter()
                .find(|id| !covered.contains(id))
                .map(|id| region_keys[id.index()])
            {
                c.problem(
                    format!("{path}.where"),
                    format!("{date} was not a strike day in “{key}”"),
                );
            }
            if let Some(prev) = out.last()
                && date < prev.date
            {
                c.problem(
                    format!("{path}.day"),
                    format!(
                        "{date} is before the previous entry's {}: keep them in date order",
                        prev.date
                    ),
                );
            }
        }
        let mut share = |field: &str, v: f64| {
            if (0.0..=100.0).contains(&v) {
                // Within 0..=100, times ten: fits a u16 exactly after rounding.
                Tenths((v * 10.0).round() as u16)
            } else {
                c.problem(
                    format!("{path}.{field}"),
                    format!("{v} is not a percentage from 0 to 100"),
                );
                Tenths(0)
            }
        };
        let open = r.open.map(|v| share("open", v));
        let partly = share("partly", r.partly);
        let closed = share("closed", r.closed);
        let total = open.map_or(0, |t| t.0) + partly.0 + closed.0;
        if total > 1005 {
            c.problem(
                path.clone(),
                format!(
                    "the shares add up to {}.{}%, more than 100%",
                    total / 10,
                    total % 10
                ),
            );
        }
        let label = c.words(&format!("{path}.label"), &r.label);
        let sources = c.sources(&format!("{path}.sources"), &r.sources);
        if let Some(date) = date {
            out.push(Closure {
                date,
                regions,
                label,
                open,
                partly,
                closed,
                sources,
            });
        }
    }
    out
}

fn from_raw(raw: RawDispute) -> Result<Dispute, DataError> {
    if !(2..=FORMAT).contains(&raw.format) {
        return Err(DataError::one(
            "format",
            format!(
                "this widget reads formats 2 to {FORMAT}, not {}",
                raw.format
            ),
        ));
    }
    let mut problems = Vec::new();
    let regions = table(
        &mut problems,
        "regions",
        raw.regions.iter().map(|r| r.id.clone()),
        RegionId,
    );
    let roles = table(
        &mut problems,
        "roles",
        raw.roles.iter().map(|r| r.id.clone()),
        RoleId,
    );
    let sources = table(
        &mut problems,
        "sources",
        raw.sources.iter().map(|s| s.id.clone()),
        SourceId,
    );
    let mut c = Checker {
        problems,
        regions,
        groups: HashMap::new(),
        roles,
        sources,
        source_used: vec![false; raw.sources.len()],
        role_keys: raw.roles.iter().map(|r| r.id.clone()).collect(),
        staff: Vec::new(),
        affected: Vec::new(),
        plain: Vec::new(),
        bilingual: false,
    };
    let mut kinds = Vec::new();
    for (i, r) in raw.roles.iter().enumerate() {
        let id = RoleId(u16::try_from(i).unwrap_or(u16::MAX));
        let kind = match r.kind.as_str() {
            "staff" => {
                c.staff.push(id);
                RoleKind::Staff
            }
            "affected" => {
                c.affected.push(id);
                RoleKind::Affected
            }
            other => {
                // In neither list, so the days do not report it again.
                c.problem(
                    format!("roles[{i}].kind"),
                    format!("“{other}” is not a kind of role (staff, affected)"),
                );
                RoleKind::Affected
            }
        };
        kinds.push(kind);
        for (j, old) in r.formerly.iter().enumerate() {
            // Several roles may have replaced one old id (a role split in two): the first of
            // them answers for it.
            if c.roles.contains_key(old) {
                c.problem(
                    format!("roles[{i}].formerly[{j}]"),
                    format!("“{old}” is a current role id"),
                );
            }
        }
    }
    for (i, g) in raw.groups.iter().enumerate() {
        let path = format!("groups[{i}]");
        if c.regions.contains_key(&g.id) || c.groups.contains_key(&g.id) {
            c.problem(
                format!("{path}.id"),
                format!("“{}” is already a region or group id", g.id),
            );
        }
        let ids = c.regions(&format!("{path}.regions"), &g.regions);
        c.groups.insert(g.id.clone(), ids);
    }

    let checked_on = c.date("checked_on", &raw.checked_on);
    let summary = c.sourced("summary", &raw.summary);
    let title = c.words("title", &raw.title);

    let mut days: Vec<StrikeDay> = Vec::new();
    for (i, d) in raw.days.iter().enumerate() {
        if let Some(day) = day(&mut c, &format!("days[{i}]"), d, checked_on) {
            days.push(day);
        }
    }
    for (i, pair) in days.windows(2).enumerate() {
        if pair[1].date < pair[0].date {
            c.problem(
                format!("days[{}].date", i + 1),
                "days must be listed in date order",
            );
        }
        if pair[1].date == pair[0].date
            && pair[0].regions.iter().any(|r| pair[1].regions.contains(r))
        {
            c.problem(
                format!("days[{}].where", i + 1),
                "a region has two calls on the same date",
            );
        }
    }

    let mut endings = Vec::new();
    for (i, e) in raw.endings.iter().enumerate() {
        let path = format!("endings[{i}]");
        let regions = c.regions(&format!("{path}.where"), &e.regions);
        let roles = e
            .roles
            .as_ref()
            .map(|r| c.roles(&format!("{path}.roles"), r));
        let on = match &e.on {
            Some(on) => match c.date(&format!("{path}.on"), on) {
                Some(date) => Some(date),
                None => continue,
            },
            None if roles.is_none() => {
                c.problem(
                    format!("{path}.on"),
                    "an ending for everyone needs its date (only a group's ending may be undated)",
                );
                continue;
            }
            None => None,
        };
        let body = c.sourced(
            &path,
            &RawSourced {
                text: e.text.clone(),
                sources: e.sources.clone(),
            },
        );
        endings.push(Ending {
            regions,
            roles,
            on,
            body,
        });
    }

    let mut story: Vec<Event> = Vec::new();
    for (i, e) in raw.story.iter().enumerate() {
        let path = format!("story[{i}]");
        let regions = c.regions(&format!("{path}.where"), &e.regions);
        let body = c.sourced(
            &path,
            &RawSourced {
                text: e.text.clone(),
                sources: e.sources.clone(),
            },
        );
        let stands = e
            .stands
            .as_ref()
            .map(|t| c.words(&format!("{path}.stands"), t));
        let Ok(on) = e.on.parse::<PartialDate>() else {
            c.problem(
                format!("{path}.on"),
                format!("“{}” is not YYYY, YYYY-MM or YYYY-MM-DD", e.on),
            );
            continue;
        };
        if let Some(prev) = story.last()
            && on.first_day() < prev.on.first_day()
        {
            c.problem(
                format!("{path}.on"),
                format!(
                    "{on} is before the previous event's {}: keep the story in date order",
                    prev.on
                ),
            );
        }
        story.push(Event {
            on,
            regions,
            body,
            stands,
        });
    }

    let mut notes = Vec::new();
    for (i, n) in raw.notes.iter().enumerate() {
        let path = format!("notes[{i}]");
        let roles = n
            .roles
            .as_ref()
            .map(|r| c.roles(&format!("{path}.roles"), r));
        let regions = n
            .regions
            .as_ref()
            .map(|r| c.regions(&format!("{path}.where"), r));
        let dates = n.days.as_ref().map(|ds| {
            ds.iter()
                .enumerate()
                .filter_map(|(j, s)| {
                    let date = c.date(&format!("{path}.days[{j}]"), s)?;
                    if !days.iter().any(|d| d.date == date) {
                        c.problem(
                            format!("{path}.days[{j}]"),
                            format!("no strike day falls on {date}"),
                        );
                    }
                    Some(date)
                })
                .collect::<Vec<_>>()
        });
        let body = c.sourced(
            &path,
            &RawSourced {
                text: n.text.clone(),
                sources: n.sources.clone(),
            },
        );
        let past = n.past.as_ref().map(|p| c.words(&format!("{path}.past"), p));
        notes.push(Note {
            roles,
            regions,
            days: dates,
            body,
            past,
        });
    }

    let region_keys: Vec<&str> = raw.regions.iter().map(|r| r.id.as_str()).collect();
    let closures = check_closures(&mut c, &raw.closures, &days, &region_keys);

    let figures = raw
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| Figure {
            label: c.words(&format!("figures[{i}].label"), &f.label),
            value: c.words(&format!("figures[{i}].value"), &f.value),
            sources: c.sources(&format!("figures[{i}].sources"), &f.sources),
        })
        .collect();

    let mut sources = Vec::new();
    for (i, s) in raw.sources.iter().enumerate() {
        let path = format!("sources[{i}]");
        let published = s
            .date
            .as_deref()
            .and_then(|date| match date.parse::<PartialDate>() {
                Ok(p) => Some(p),
                Err(_) => {
                    c.problem(
                        format!("{path}.date"),
                        format!("“{date}” is not YYYY, YYYY-MM or YYYY-MM-DD"),
                    );
                    None
                }
            });
        if !s.url.starts_with("https://") {
            c.problem(
                format!("{path}.url"),
                "a source link must start with https://",
            );
        }
        if !c.source_used[i] {
            c.problem(
                format!("{path}.id"),
                format!("“{}” is not cited by any fact: remove it", s.id),
            );
        }
        sources.push(Source {
            key: s.id.clone(),
            publisher: c.text(&format!("{path}.publisher"), &s.publisher),
            title: c.text(&format!("{path}.title"), &s.title),
            published,
            url: s.url.clone(),
            copy: s.copy,
        });
    }

    check_places(&mut c, &raw.regions);
    let mut regions = Vec::new();
    for (i, r) in raw.regions.iter().enumerate() {
        let name = c.words(&format!("regions[{i}].name"), &r.name);
        let within = match &r.within {
            Some(within) => c.words(&format!("regions[{i}].in"), within),
            None => Text::en(format!("in {}", name.en)),
        };
        regions.push(Region {
            key: r.id.clone(),
            name,
            within,
            in_dispute: r.in_dispute,
            places: r.places.clone(),
        });
    }
    let mut roles = Vec::new();
    for ((i, r), kind) in raw.roles.iter().enumerate().zip(kinds) {
        roles.push(Role {
            key: r.id.clone(),
            name: c.words(&format!("roles[{i}].name"), &r.name),
            kind,
            formerly: r.formerly.clone(),
        });
    }
    for (i, g) in raw.groups.iter().enumerate() {
        c.words(&format!("groups[{i}].name"), &g.name);
    }
    if c.bilingual {
        for path in std::mem::take(&mut c.plain) {
            c.problem(
                path,
                "has no Welsh (cy): give every text both, as the rest of the file does",
            );
        }
    }

    let dispute = Dispute {
        key: raw.id,
        title,
        summary,
        checked_on: checked_on.unwrap_or(Date::EPOCH),
        regions,
        roles,
        days,
        endings,
        story,
        notes,
        closures,
        figures,
        sources,
    };
    for (region, role) in unanswered(&dispute) {
        let role = role.map_or("(any role)".to_owned(), |r| dispute.role(r).key.clone());
        c.problem(
            "notes",
            format!(
                "nothing for a reader in “{}” as “{role}”",
                dispute.region(region).key
            ),
        );
    }
    if c.problems.is_empty() {
        Ok(dispute)
    } else {
        Err(DataError(c.problems))
    }
}

/// `regions[].places`: each code has a shape the place index uses (and, natively, is one it
/// knows; the wasm build leaves that to `cargo test`, rather than read the index on load), and
/// no code is listed twice, so every code belongs to one region.
fn check_places(c: &mut Checker, regions: &[RawRegion]) {
    let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
    for (i, r) in regions.iter().enumerate() {
        for (j, code) in r.places.iter().enumerate() {
            let path = format!("regions[{i}].places[{j}]");
            if !crate::places::is_code(code) {
                c.problem(
                    path,
                    format!(
                        "“{code}” is not an ONS region or nation code (E12000001 to E12000009, \
                         E92000001, W92000004, S92000003, N92000002) or a council code (E06, \
                         E07, E08, E09, W06, S12 or N09 and six digits)"
                    ),
                );
            } else if !known_place(code) {
                c.problem(
                    path,
                    format!("“{code}” is not a council of data/places/local_authorities.csv"),
                );
            } else if let Some(&(fi, fj)) = seen.get(code.as_str()) {
                let first = regions.get(fi).map_or("?", |r| r.id.as_str());
                c.problem(
                    path,
                    format!(
                        "“{code}” is listed by “{first}” already (regions[{fi}].places[{fj}]): \
                         a place belongs to one region"
                    ),
                );
            } else {
                seen.insert(code, (i, j));
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn known_place(code: &str) -> bool {
    crate::places::bundled().knows(code)
}

#[cfg(target_arch = "wasm32")]
fn known_place(_: &str) -> bool {
    true
}

/// Region × role pairs whose reader would be shown no general note. A region outside the
/// dispute needs a note for a reader who has not chosen a role (it has no days to show); a
/// region in it needs one for every role. Asked of `explain` itself, so the check is the
/// widget's own rule.
fn unanswered(d: &Dispute) -> Vec<(RegionId, Option<RoleId>)> {
    let mut gaps = Vec::new();
    for region in d.region_ids() {
        let roles: Vec<Option<RoleId>> = if d.region(region).in_dispute {
            d.role_ids().map(Some).collect()
        } else {
            vec![None]
        };
        for role in roles {
            if explain::general_notes(d, region, role).next().is_none() {
                gaps.push((region, role));
            }
        }
    }
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small valid file; each case below breaks one thing in it.
    const BASE: &str = r#"{
      "format": 2, "id": "t", "title": "T", "checked_on": "2023-03-01",
      "summary": { "text": "S", "sources": ["A"] },
      "groups": [{ "id": "both", "name": "Both", "regions": ["n", "s"] }],
      "regions": [
        { "id": "n", "name": "North", "in_dispute": true },
        { "id": "s", "name": "South", "in_dispute": true },
        { "id": "x", "name": "Elsewhere", "in_dispute": false }
      ],
      "roles": [
        { "id": "p", "name": "Parent", "kind": "affected" },
        { "id": "t", "name": "Teacher", "kind": "staff", "formerly": ["staff"] },
        { "id": "h", "name": "Head", "kind": "staff" }
      ],
      "days": [
        { "date": "2023-02-01", "where": ["both"], "called_out": [
          { "roles": ["t"], "answer": "yes", "sources": ["A"] },
          { "roles": ["h"], "answer": "members", "union": "U", "sources": ["A"] } ], "history": [
          { "on": "2023-01-10", "status": "planned", "sources": ["A"] },
          { "on": "2023-02-01", "status": "went-ahead", "sources": ["A"] } ] }
      ],
      "endings": [
        { "where": ["both"], "on": "2023-02-20", "text": "Settled", "sources": ["A"] },
        { "where": ["n"], "roles": ["h"], "text": "Heads' end not recorded", "sources": ["A"] }
      ],
      "story": [
        { "on": "2023-01", "where": ["both"], "text": "Ballot", "sources": ["A"] },
        { "on": "2023-02-10", "where": ["both"], "text": "Offer", "stands": "Members vote", "sources": ["A"] }
      ],
      "notes": [
        { "text": "For everyone in the dispute", "where": ["both"], "sources": ["A"] },
        { "text": "Not here", "where": ["x"], "sources": ["A"] }
      ],
      "sources": [{ "id": "A", "publisher": "P", "title": "T", "date": "2023-01", "url": "https://example.org/a" }]
    }"#;

    fn check(from: &str, to: &str, expected: &[&str]) {
        assert!(
            BASE.contains(from),
            "the case's text {from:?} is not in BASE"
        );
        let text = BASE.replacen(from, to, 1);
        let got: Vec<String> = match parse(&text) {
            Ok(_) => Vec::new(),
            Err(DataError(problems)) => problems.iter().map(ToString::to_string).collect(),
        };
        assert_eq!(got, expected, "after replacing {from:?} with {to:?}");
    }

    #[test]
    fn the_base_file_is_valid() {
        check("", "", &[]);
    }

    #[test]
    fn a_file_speaks_welsh_everywhere_or_nowhere() {
        // Issue #11: one text in both languages makes every other text need its Welsh, each
        // named by its path.
        let text = BASE.replacen(
            r#""title": "T""#,
            r#""title": { "en": "T", "cy": "T cy", "review": true }"#,
            1,
        );
        let Err(DataError(problems)) = parse(&text) else {
            panic!("a file with Welsh in one text only passed")
        };
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 15, "{problems:#?}");
        assert!(problems.iter().all(|p| {
            p.ends_with("has no Welsh (cy): give every text both, as the rest of the file does")
        }));
        assert!(problems.iter().any(|p| p.starts_with("notes[0].text:")));
        let text = BASE.replacen(r#""title": "T""#, r#""title": { "en": "T", "cy": " " }"#, 1);
        let Err(DataError(problems)) = parse(&text) else {
            panic!("an empty Welsh text passed")
        };
        assert_eq!(problems[0].to_string(), "title.cy: is empty");
    }

    #[test]
    fn each_mistake_is_reported_where_it_is() {
        check(
            r#""format": 2"#,
            r#""format": 1"#,
            &["format: this widget reads formats 2 to 3, not 1"],
        );
        check(
            r#""where": ["both"], "called_out""#,
            r#""where": ["west"], "called_out""#,
            &["days[0].where[0]: “west” is not a region or group id (known: both, n, s, x)"],
        );
        check(
            r#""roles": ["t"], "answer""#,
            r#""roles": ["head"], "answer""#,
            &[
                "days[0].called_out[0].roles[0]: “head” is not a role id (known: h, p, t)",
                "days[0].called_out: says nothing to “t”: every staff role needs an answer",
            ],
        );
        // Issue #9: who was called out is said to every staff role, once, and exactly.
        check(
            r#"{ "roles": ["t"], "answer": "yes", "sources": ["A"] },"#,
            "",
            &["days[0].called_out: says nothing to “t”: every staff role needs an answer"],
        );
        check(
            r#""roles": ["t"], "answer": "yes""#,
            r#""roles": ["t", "p", "h"], "answer": "yes""#,
            &[
                "days[0].called_out[0].roles: “p” is not a staff role: a call does not speak to it",
                "days[0].called_out[1].roles: “h” is answered twice",
            ],
        );
        check(
            r#""answer": "yes""#,
            r#""answer": "some""#,
            &[
                "days[0].called_out[0].answer: “some” is not an answer (yes, no, members, may-join, unconfirmed)",
                "days[0].called_out: says nothing to “t”: every staff role needs an answer",
            ],
        );
        check(
            r#""answer": "members", "union": "U""#,
            r#""answer": "members""#,
            &[
                "days[0].called_out[1].union: “members” needs the union's name",
                "days[0].called_out: says nothing to “h”: every staff role needs an answer",
            ],
        );
        check(
            r#""kind": "staff", "formerly""#,
            r#""kind": "striker", "formerly""#,
            &["roles[1].kind: “striker” is not a kind of role (staff, affected)"],
        );
        check(
            r#""formerly": ["staff"]"#,
            r#""formerly": ["h"]"#,
            &["roles[1].formerly[0]: “h” is a current role id"],
        );
        check(
            r#""where": ["both"], "on": "2023-02-20", "#,
            r#""where": ["both"], "#,
            &[
                "endings[0].on: an ending for everyone needs its date (only a group's ending may be undated)",
            ],
        );
        check(
            r#""on": "2023-01", "where""#,
            r#""on": "2023-03", "where""#,
            &[
                "story[1].on: 2023-02-10 is before the previous event's 2023-03: keep the story in date order",
            ],
        );
        check(
            r#""date": "2023-02-01""#,
            r#""date": "2023-02-30""#,
            &["days[0].date: “2023-02-30” is not a date in the form YYYY-MM-DD"],
        );
        check(
            r#""on": "2023-01-10""#,
            r#""on": "2023-02-10""#,
            &["days[0].history[1].on: 2023-02-01 is before the previous entry's 2023-02-10"],
        );
        check(
            r#""status": "went-ahead""#,
            r#""status": "cancelled""#,
            &[
                "days[0].history[1].status: “cancelled” is not a status (planned, postponed, suspended, called-off, went-ahead)",
                "days[0].history: 2023-02-01 is before checked_on (2023-03-01) but its last status is still “planned”: record whether it went ahead",
            ],
        );
        check(
            r#""status": "went-ahead""#,
            r#""status": "postponed", "to": "2023-01-31""#,
            &[
                "days[0].history[1].to: a day postponed to 2023-01-31 must move later than 2023-02-01",
            ],
        );
        check(
            r#",
          { "on": "2023-02-01", "status": "went-ahead", "sources": ["A"] }"#,
            "",
            &[
                "days[0].history: 2023-02-01 is before checked_on (2023-03-01) but its last status is still “planned”: record whether it went ahead",
            ],
        );
        check(
            r#""status": "planned", "sources": ["A"]"#,
            r#""status": "planned", "sources": []"#,
            &["days[0].history[0].sources: every fact needs at least one source"],
        );
        check(
            r#""text": "S", "sources": ["A"]"#,
            r#""text": "S", "sources": ["B"]"#,
            &["summary.sources[0]: no source has the id “B”"],
        );
        check(
            r#""date": "2023-01", "url""#,
            r#""date": "Jan 2023", "url""#,
            &["sources[0].date: “Jan 2023” is not YYYY, YYYY-MM or YYYY-MM-DD"],
        );
        check(
            r#""url": "https://example.org/a""#,
            r#""url": "http://example.org/a""#,
            &["sources[0].url: a source link must start with https://"],
        );
        // Issue #10: `copy` marks a link to a republished copy, and is true or false, nothing else.
        check(
            r#""url": "https://example.org/a""#,
            r#""url": "https://example.org/a", "copy": true"#,
            &[],
        );
        check(
            r#""url": "https://example.org/a""#,
            r#""url": "https://example.org/a", "copy": "yes""#,
            &[
                r#"not valid data JSON: invalid type: string "yes", expected a boolean at line 34 column 127"#,
            ],
        );
        check(
            r#"{ "id": "t", "name": "Teacher", "kind""#,
            r#"{ "id": "p", "name": "Teacher", "kind""#,
            &[
                "roles[1].id: “p” is used twice",
                "days[0].called_out[0].roles[0]: “t” is not a role id (known: h, p)",
                "days[0].called_out: says nothing to “p”: every staff role needs an answer",
            ],
        );
        check(
            r#""where": ["x"]"#,
            r#""where": ["n"]"#,
            &["notes: nothing for a reader in “x” as “(any role)”"],
        );
        check(
            r#""where": ["both"], "sources""#,
            r#""where": ["n"], "sources""#,
            &[
                "notes: nothing for a reader in “s” as “p”",
                "notes: nothing for a reader in “s” as “t”",
                "notes: nothing for a reader in “s” as “h”",
            ],
        );
        check(
            r#""sources": [{"#,
            r#""sources": [{ "id": "Z", "publisher": "P", "title": "T", "date": "2023", "url": "https://example.org/z" }, {"#,
            &["sources[0].id: “Z” is not cited by any fact: remove it"],
        );
        check(
            r#""text": "Not here""#,
            r#""days": ["2023-02-02"], "text": "Not here""#,
            &[
                "notes[1].days[0]: no strike day falls on 2023-02-02",
                "notes: nothing for a reader in “x” as “(any role)”",
            ],
        );
    }

    #[test]
    fn malformed_json_is_one_clear_problem() {
        let Err(DataError(problems)) = parse("{ \"format\": 1, ") else {
            panic!("truncated JSON parsed");
        };
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.starts_with("not valid data JSON"),
            "{}",
            problems[0]
        );
    }
}
