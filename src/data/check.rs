//! The one validation path: a deserialised file (`wire`) into a checked `model::Dispute`, or every
//! problem in it. Bundled and supplied files go through here alike.
//!
//! [`dispute`] reads as the file does, one checking step per section; each step converts what it
//! can and records a [`Problem`] (path and plain-English message) for the rest, so an editor sees
//! every problem at once. The steps share a [`Checker`]: the id tables, which sources were cited,
//! and the problems so far. It must not answer readers' questions (it asks `explain` whether every
//! reader has an answer, so the rule is the widget's own) and must not touch the DOM.

use std::collections::HashMap;

use super::wire::{
    RawCallOut, RawChange, RawClosure, RawDay, RawDispute, RawEnding, RawEvent, RawFigure,
    RawGroup, RawHours, RawLocal, RawNote, RawProgramme, RawRegion, RawRole, RawSource, RawText,
};
use super::{DataError, FORMAT, LIMITS, Problem, hosts};
use crate::explain;
use crate::lang::Lang;
use crate::model::{
    CallOut, CalledOut, Clock, Closure, Council, Date, Dispute, Ending, Event, Figure, Hours, Link,
    Local, Note, PartialDate, Programme, Region, RegionId, Role, RoleId, RoleKind, Scope, Source,
    SourceId, Sourced, Status, StatusChange, StrikeDay, Tenths, Text,
};

/// Checks a whole file, section by section, in the order a reader of the file meets them.
pub(super) fn dispute(raw: RawDispute) -> Result<Dispute, DataError> {
    format(raw.format)?;
    let mut c = Checker::new(&raw);
    // A file over its limits is not read further: checking it could take as long, and as
    // much memory, as the limits are there to prevent.
    if let Err(over) = sizes(&raw) {
        let mut problems = c.problems;
        problems.extend(over);
        return Err(DataError(problems));
    }
    basics(&mut c, &raw);
    newer_fields(&mut c, &raw);
    let kinds = role_kinds(&mut c, &raw.roles);
    groups(&mut c, &raw.groups);
    let checked_on = c.date("checked_on", &raw.checked_on);
    let title = c.words("title", &raw.title);
    let summary = c.sourced("summary", &raw.summary.text, &raw.summary.sources);
    let days = days(&mut c, &raw.days, checked_on, raw.format);
    let programmes = programmes(&mut c, &raw.programmes);
    let endings = endings(&mut c, &raw.endings);
    let story = story(&mut c, &raw.story);
    let notes = notes(&mut c, &raw.notes, &days);
    let closures = closures(&mut c, &raw.closures, &days, &raw.regions);
    let figures = figures(&mut c, &raw.figures);
    let regions = regions(&mut c, &raw.regions);
    let roles = roles(&mut c, &raw.roles, kinds);
    for (i, g) in raw.groups.iter().enumerate() {
        c.words(&format!("groups[{i}].name"), &g.name);
    }
    // Last: only now is it known which sources the facts cited.
    let sources = sources(&mut c, &raw.sources);
    c.one_language();

    let dispute = Dispute {
        key: raw.id,
        title,
        summary,
        checked_on: checked_on.unwrap_or(Date::EPOCH),
        regions,
        roles,
        days,
        programmes,
        endings,
        story,
        notes,
        closures,
        figures,
        sources,
    };
    answers(&mut c, &dispute);
    if c.problems.is_empty() {
        Ok(dispute)
    } else {
        Err(DataError(c.finish()))
    }
}

// ---- the checker the steps share -----------------------------------------------------------

/// Collects problems while converting; each helper returns what it could and records the rest.
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
    /// Which region each GSS code in `regions[].places` maps to (the first listing wins; the
    /// `places` step reports repeats).
    by_code: HashMap<String, RegionId>,
    /// Problems past `MAX_PROBLEMS`, counted only.
    more: usize,
}

/// How many problems a check lists; the rest are counted.
const MAX_PROBLEMS: usize = 200;

impl Checker {
    /// The id tables of regions, roles and sources, with empty and repeated ids reported.
    fn new(raw: &RawDispute) -> Checker {
        let mut problems = Vec::new();
        let regions = table(
            &mut problems,
            "regions",
            raw.regions.iter().map(|r| &r.id),
            RegionId,
        );
        let roles = table(
            &mut problems,
            "roles",
            raw.roles.iter().map(|r| &r.id),
            RoleId,
        );
        let sources = table(
            &mut problems,
            "sources",
            raw.sources.iter().map(|s| &s.id),
            SourceId,
        );
        Checker {
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
            by_code: raw
                .regions
                .iter()
                .enumerate()
                .rev()
                .flat_map(|(i, r)| {
                    // `sizes` caps regions far below u16::MAX; the default is never reached.
                    let id = RegionId(u16::try_from(i).unwrap_or(u16::MAX));
                    r.places.iter().map(move |code| (code.clone(), id))
                })
                .collect(),
            more: 0,
        }
    }

    /// Records a problem; past [`MAX_PROBLEMS`] they are only counted, so a file with
    /// thousands of mistakes costs no more memory than one with a few.
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem {
                path: path.into(),
                message: message.into(),
            });
        } else {
            self.more += 1;
        }
    }

    /// The problems found, with a last one saying how many more there were.
    fn finish(mut self) -> Vec<Problem> {
        if self.more > 0 {
            self.problems.push(Problem {
                path: String::new(),
                message: format!(
                    "… and {}: fix these first, then check again",
                    super::counted(self.more, "more problem", "more problems")
                ),
            });
        }
        self.problems
    }

    fn date(&mut self, path: &str, s: &str) -> Option<Date> {
        match s.parse::<Date>() {
            Ok(d) if YEARS.contains(&d.year()) => Some(d),
            Ok(_) => {
                self.out_of_range(path, s);
                None
            }
            Err(e) => {
                self.problem(path, e.to_string());
                None
            }
        }
    }

    /// A date far outside any dispute's: the calendar would draw every month between.
    fn out_of_range(&mut self, path: &str, s: &str) {
        self.problem(
            path,
            format!(
                "“{}” is outside the years {} to {}",
                shorten(s),
                YEARS.start(),
                YEARS.end()
            ),
        );
    }

    fn partial_date(&mut self, path: &str, s: &str) -> Option<PartialDate> {
        match s.parse::<PartialDate>() {
            Ok(p) if YEARS.contains(&p.first_day().year()) => Some(p),
            Ok(_) => {
                self.out_of_range(path, s);
                None
            }
            Err(_) => {
                self.problem(
                    path,
                    format!("“{}” is not YYYY, YYYY-MM or YYYY-MM-DD", shorten(s)),
                );
                None
            }
        }
    }

    /// A text that must say something, within `limit` characters.
    fn text(&mut self, path: &str, s: &str, limit: usize) -> String {
        if s.trim().is_empty() {
            self.problem(path, "is empty");
        } else if s.chars().count() > limit {
            self.problem(
                path,
                format!(
                    "is {} characters long; the limit is {limit}: say it in fewer words",
                    s.chars().count()
                ),
            );
        }
        s.to_owned()
    }

    /// A reader's text in each language it is given in; each must say something.
    fn words(&mut self, path: &str, raw: &RawText) -> Text {
        self.words_within(path, raw, LIMITS.text)
    }

    fn words_within(&mut self, path: &str, raw: &RawText, limit: usize) -> Text {
        match raw {
            RawText::Plain(en) => {
                self.plain.push(path.to_owned());
                Text::en(self.text(path, en, limit))
            }
            RawText::Both(both) => {
                self.bilingual = true;
                let mut text = Text::en(self.text(&format!("{path}.en"), &both.en, limit))
                    .with(Lang::Cy, self.text(&format!("{path}.cy"), &both.cy, limit));
                text.review = both.review;
                text
            }
        }
    }

    /// The sources a fact cites: at least one, each known.
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
                    format!("no source has the id “{}”", shorten(key)),
                ),
            }
        }
        out
    }

    fn sourced(&mut self, path: &str, text: &RawText, sources: &[String]) -> Sourced {
        Sourced {
            text: self.words(&format!("{path}.text"), text),
            sources: self.sources(&format!("{path}.sources"), sources),
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
            } else if self.problems.len() >= MAX_PROBLEMS {
                self.more += 1;
            } else {
                let known = self.known_regions();
                self.problem(
                    format!("{path}[{i}]"),
                    format!(
                        "“{}” is not a region or group id (known: {known})",
                        shorten(key)
                    ),
                );
            }
        }
        out.sort();
        out.dedup();
        out
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
                        format!("“{}” is not a role id (known: {known})", shorten(key)),
                    );
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    fn role_key(&self, id: RoleId) -> &str {
        self.role_keys.get(id.index()).map_or("?", String::as_str)
    }

    /// A file gives Welsh for every text or for none: once one text has it, every text given in
    /// English only is named.
    fn one_language(&mut self) {
        if self.bilingual {
            for path in std::mem::take(&mut self.plain) {
                self.problem(
                    path,
                    "has no Welsh (cy): give every text both, as the rest of the file does",
                );
            }
        }
    }
}

/// The years a date in a file may fall in.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// Why `key` cannot be a public id (the dispute's, a region's, group's or role's: hosts write
/// them in `data-region`, shared links and storage carry them), if it cannot.
fn not_public(key: &str) -> Option<String> {
    let ok = key
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    (!ok).then(|| {
        format!(
            "“{}” may use only a to z, 0 to 9 and hyphens: it is a public id (data-region, data-role, shared links)",
            shorten(key)
        )
    })
}

/// Builds a key → id table, reporting empty, over-long and repeated keys (and, for public
/// ids, characters a host or a link could not carry).
fn table<'a, Id: Copy>(
    problems: &mut Vec<Problem>,
    what: &str,
    keys: impl Iterator<Item = &'a String>,
    id: impl Fn(u16) -> Id,
) -> HashMap<String, Id> {
    let mut map = HashMap::new();
    for (i, key) in keys.enumerate() {
        let path = format!("{what}[{i}].id");
        let Ok(n) = u16::try_from(i) else {
            // `sizes` has already said the list is over its limit, which is far below this.
            break;
        };
        let message = if let Some(why) = id_problem(key, what != "sources") {
            why
        } else if map.contains_key(key) {
            // The first keeps the id, so what cites it is checked against that one.
            format!("“{key}” is used twice")
        } else {
            map.insert(key.clone(), id(n));
            continue;
        };
        problems.push(Problem { path, message });
    }
    map
}

/// What is wrong with `key` as an id, whatever else it names: empty, too long, or (for a
/// `public` id) characters a host or a link could not carry. Whether it is taken is the
/// caller's to say. Only good ids enter a table, so a taken id is never also a bad one.
fn id_problem(key: &str, public: bool) -> Option<String> {
    if key.is_empty() {
        Some("is empty".to_owned())
    } else if key.chars().count() > LIMITS.id {
        Some(format!("is longer than {} characters", LIMITS.id))
    } else if public {
        not_public(key)
    } else {
        None
    }
}

/// A value quoted back in a message, cut short so a huge one cannot flood the editor's list.
fn shorten(s: &str) -> String {
    crate::options::shorten(s, crate::options::QUOTE_LIMIT).into_owned()
}

// ---- the steps, one per section ------------------------------------------------------------

/// `format`: one this build reads. Nothing else is checked in a file of another format, whose
/// fields may mean other things.
fn format(format: u32) -> Result<(), DataError> {
    if (2..=FORMAT).contains(&format) {
        Ok(())
    } else {
        Err(DataError::one(
            "format",
            format!("this widget reads formats 2 to {FORMAT}, not {format}"),
        ))
    }
}

/// Every list within its limit (`LIMITS`), so a file cannot make the widget slow or unreadable.
fn sizes(raw: &RawDispute) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut problem = |path: &str, message: String| {
        problems.push(Problem {
            path: path.to_owned(),
            message,
        });
    };
    let lists = [
        ("groups", raw.groups.len(), LIMITS.groups),
        ("regions", raw.regions.len(), LIMITS.regions),
        ("roles", raw.roles.len(), LIMITS.roles),
        ("days", raw.days.len(), LIMITS.days),
        ("programmes", raw.programmes.len(), LIMITS.programmes),
        ("endings", raw.endings.len(), LIMITS.endings),
        ("story", raw.story.len(), LIMITS.story),
        ("notes", raw.notes.len(), LIMITS.notes),
        ("closures", raw.closures.len(), LIMITS.closures),
        ("figures", raw.figures.len(), LIMITS.figures),
        ("sources", raw.sources.len(), LIMITS.sources),
    ];
    for (path, len, limit) in lists {
        if len > limit {
            problem(
                path,
                format!(
                    "has {}; the limit is {limit}",
                    super::counted(len, "entry", "entries")
                ),
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Fields a file's declared `format` does not have yet: a file using them must say so.
fn newer_fields(c: &mut Checker, raw: &RawDispute) {
    let mut since = |format: u32, path: String, field: &str| {
        if raw.format < format {
            c.problem(
                path,
                format!("`{field}` came with format {format}: set \"format\": {format}"),
            );
        }
    };
    for (i, r) in raw.regions.iter().enumerate() {
        if !r.places.is_empty() {
            since(4, format!("regions[{i}].places"), "places");
        }
    }
    for (i, d) in raw.days.iter().enumerate() {
        let day = day_label((i, d));
        if d.hours.is_some() {
            since(4, format!("{day}.hours"), "hours");
        }
        if d.local.is_some() {
            since(4, format!("{day}.local"), "local");
        }
        if d.scope.is_some() {
            since(6, format!("{day}.scope"), "scope");
        }
        for (j, h) in d.history.iter().enumerate() {
            if h.status == Status::NotReported.as_str() {
                since(
                    6,
                    format!("{day}.history[{j}].status"),
                    Status::NotReported.as_str(),
                );
            }
        }
    }
    if !raw.programmes.is_empty() {
        since(6, "programmes".to_owned(), "programmes");
    }
    for (i, r) in raw.roles.iter().enumerate() {
        if matches!(r.kind.as_str(), "parent" | "pupil") {
            since(7, format!("roles[{i}].kind"), &r.kind);
        }
    }
    for (i, n) in raw.notes.iter().enumerate() {
        if n.step {
            since(7, format!("notes[{i}].step"), "step");
        }
        if n.from.is_some() {
            since(5, format!("notes[{i}].from"), "from");
        }
        if n.councils.is_some() {
            since(6, format!("notes[{i}].councils"), "councils");
        }
        if n.until.is_some() {
            since(5, format!("notes[{i}].until"), "until");
        }
    }
    for (i, s) in raw.sources.iter().enumerate() {
        if !s.also.is_empty() {
            since(6, format!("sources[{i}].also"), "also");
        }
    }
}

/// Something to choose, and an id hosts can write.
fn basics(c: &mut Checker, raw: &RawDispute) {
    if raw.regions.is_empty() {
        c.problem(
            "regions",
            "is empty: a reader needs at least one area to choose",
        );
    }
    if raw.roles.is_empty() {
        c.problem(
            "roles",
            "is empty: a reader needs at least one role to choose",
        );
    }
    let why = if raw.id.trim().is_empty() {
        Some("is empty".to_owned())
    } else {
        id_problem(&raw.id, true)
    };
    if let Some(why) = why {
        c.problem("id", why);
    }
}

/// `roles[].kind` and `formerly`: which roles a call speaks to, and old ids that still work.
fn role_kinds(c: &mut Checker, raw: &[RawRole]) -> Vec<RoleKind> {
    let mut kinds = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        // `sizes` caps roles far below u16::MAX; the default is never reached.
        let id = RoleId(u16::try_from(i).unwrap_or(u16::MAX));
        let kind = match r.kind.as_str() {
            "staff" => {
                c.staff.push(id);
                RoleKind::Staff
            }
            "parent" => {
                c.affected.push(id);
                RoleKind::Parent
            }
            "pupil" => {
                c.affected.push(id);
                RoleKind::Pupil
            }
            "affected" => {
                c.affected.push(id);
                RoleKind::Affected
            }
            other => {
                // In neither list, so the days do not report it again.
                c.problem(
                    format!("roles[{i}].kind"),
                    format!(
                        "“{}” is not a kind of role ({})",
                        shorten(other),
                        RoleKind::NAMES.join(", ")
                    ),
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
    kinds
}

/// `groups`: names for sets of regions, usable wherever a region id is.
fn groups(c: &mut Checker, raw: &[RawGroup]) {
    for (i, g) in raw.iter().enumerate() {
        let path = format!("groups[{i}]");
        let ids = c.regions(&format!("{path}.regions"), &g.regions);
        let why = id_problem(&g.id, true).or_else(|| {
            // The first keeps the id, as for every other kind of id.
            (c.regions.contains_key(&g.id) || c.groups.contains_key(&g.id))
                .then(|| format!("“{}” is already a region or group id", shorten(&g.id)))
        });
        match why {
            Some(why) => c.problem(format!("{path}.id"), why),
            None => {
                c.groups.insert(g.id.clone(), ids);
            }
        }
    }
}

/// `days`: each call, in date order, no reader reached by two calls on one date (two calls on a
/// date in one region are for different councils).
fn days(c: &mut Checker, raw: &[RawDay], checked_on: Option<Date>, format: u32) -> Vec<StrikeDay> {
    // Each with its place in the file, so a problem names the right entry even when an
    // earlier one was dropped for a bad date.
    let mut days: Vec<(usize, StrikeDay)> = Vec::new();
    let labels: Vec<String> = raw.iter().enumerate().map(day_label).collect();
    for (i, d) in raw.iter().enumerate() {
        if let Some(day) = day(c, &labels[i], d, checked_on) {
            days.push((i, day));
        }
    }
    for pair in days.windows(2) {
        if pair[1].1.date < pair[0].1.date {
            c.problem(
                format!("{}.date", labels[pair[1].0]),
                "days must be listed in date order",
            );
        }
    }
    for (n, (i, day)) in days.iter().enumerate() {
        let shares_region = |e: &StrikeDay| e.regions.iter().any(|r| day.regions.contains(r));
        let earlier = days[..n].iter().find(|(_, e)| {
            e.date == day.date
                && if format >= 6 {
                    e.overlaps(day)
                } else {
                    shares_region(e)
                }
        });
        if let Some((first, e)) = earlier {
            let why = if format < 6 {
                "a region has two calls on the same date; from format 6, two local calls for \
                 different councils may share one"
            } else if e.local.is_some() && day.local.is_some() {
                "a council has two calls on the same date"
            } else {
                "a region has two calls on the same date, and they are not both local calls \
                 for different councils"
            };
            c.problem(
                format!("{}.where", labels[*i]),
                format!("{why} (see {})", labels[*first]),
            );
        }
    }
    days.into_iter().map(|(_, day)| day).collect()
}

/// A day's path as editors read it: its place in the file, then its date, regions and (for a
/// local call) councils as the file gives them, `days[3] (2023-02-01, wales)`, so a problem
/// names the day an editor looks for rather than only its index.
fn day_label((i, raw): (usize, &RawDay)) -> String {
    let mut label = format!("days[{i}] ({}", shorten(&raw.date));
    if !raw.regions.is_empty() {
        label.push_str(", ");
        listed(&mut label, raw.regions.iter().map(|r| shorten(r)).collect());
    }
    if let Some(local) = raw.local.as_ref().filter(|l| !l.councils.is_empty()) {
        label.push_str(": ");
        listed(
            &mut label,
            council_names(local.councils.iter().map(String::as_str)),
        );
    }
    label.push(')');
    label
}

/// Councils by name, as the place index names them (a code it does not know as it is).
fn council_names<'a>(codes: impl Iterator<Item = &'a str>) -> Vec<String> {
    let councils = crate::places::councils();
    codes
        .map(|code| {
            councils
                .council(code)
                .map_or_else(|| shorten(code), |council| council.name)
        })
        .collect()
}

/// Councils by name, up to three, then how many more: `Fife, City of Edinburgh`.
fn council_list(councils: &[Council]) -> String {
    let mut out = String::new();
    listed(
        &mut out,
        council_names(councils.iter().map(|c| c.code.as_str())),
    );
    out
}

/// Appends up to three names, then how many more: `a, b, c and 4 more`.
fn listed(out: &mut String, names: Vec<String>) {
    for (i, name) in names.iter().take(3).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
    }
    if names.len() > 3 {
        out.push_str(&format!(" and {} more", names.len() - 3));
    }
}

fn day(c: &mut Checker, path: &str, raw: &RawDay, checked_on: Option<Date>) -> Option<StrikeDay> {
    let date = c.date(&format!("{path}.date"), &raw.date);
    let regions = c.regions(&format!("{path}.where"), &raw.regions);
    let called_out = call_outs(c, &format!("{path}.called_out"), &raw.called_out);
    let history = history(
        c,
        &format!("{path}.history"),
        &raw.history,
        date,
        checked_on,
    );
    let hours = raw
        .hours
        .as_ref()
        .and_then(|h| hours(c, &format!("{path}.hours"), h));
    let local = raw
        .local
        .as_ref()
        .map(|l| local(c, &format!("{path}.local"), l, &regions, "day"));
    let scope = raw.scope.as_ref().map(|s| {
        let at = format!("{path}.scope");
        let Sourced { text, sources } = c.sourced(&at, &s.text, &s.sources);
        // The widget puts it inside its own sentences ("…, but only for some schools: ….").
        if Lang::ALL
            .into_iter()
            .filter_map(|l| text.written_in(l))
            .any(|t| t.trim_end().ends_with(['.', '!', '?', ';', ':']))
        {
            c.problem(
                format!("{at}.text"),
                "ends with a full stop or other mark: the widget puts it inside its own \
                 sentences (write `secondary schools only`)",
            );
        }
        Scope { text, sources }
    });
    Some(StrikeDay {
        date: date?,
        regions,
        called_out,
        history,
        hours,
        local,
        scope,
    })
}

/// `days[].local`, `programmes[].local`: the councils a call named, with their sources.
/// `what` names the entry in problems (`day`, `programme`).
fn local(c: &mut Checker, at: &str, raw: &RawLocal, regions: &[RegionId], what: &str) -> Local {
    Local {
        councils: councils(c, &format!("{at}.councils"), &raw.councils, regions, what),
        sources: c.sources(&format!("{at}.sources"), &raw.sources),
    }
}

/// `programmes`: strike days announced for a period without their dates. The period runs
/// forward (each end a day, or a month where only the month was announced), its regions and
/// councils are checked as a day's, and its history starts `planned` and may go on to
/// `suspended` or `called-off` (issue #20).
fn programmes(c: &mut Checker, raw: &[RawProgramme]) -> Vec<Programme> {
    let mut out = Vec::new();
    for (i, p) in raw.iter().enumerate() {
        let path = format!("programmes[{i}]");
        let mut end = |field: &str, s: &str| {
            let at = format!("{path}.{field}");
            match s.parse::<PartialDate>() {
                Ok(PartialDate::Year(_)) | Err(_) => {
                    c.problem(
                        at,
                        format!("“{}” is not YYYY-MM-DD, or YYYY-MM for a month", shorten(s)),
                    );
                    None
                }
                Ok(_) => c.partial_date(&at, s),
            }
        };
        let (from, until) = (end("from", &p.from), end("until", &p.until));
        if let (Some(from), Some(until)) = (from, until)
            && (from.first_day() > until.first_day() || from.last_day() > until.last_day())
        {
            c.problem(
                format!("{path}.until"),
                format!("{until} is before `from`'s {from}: the period must run forward"),
            );
        }
        let regions = c.regions(&format!("{path}.where"), &p.regions);
        let local = p
            .local
            .as_ref()
            .map(|l| local(c, &format!("{path}.local"), l, &regions, "programme"));
        let text = c.words(&format!("{path}.text"), &p.text);
        for (j, h) in p.history.iter().enumerate() {
            let known = Status::NAMES.contains(&h.status.as_str());
            if known && !Status::PROGRAMME_NAMES.contains(&h.status.as_str()) {
                c.problem(
                    format!("{path}.history[{j}].status"),
                    format!(
                        "a programme is {}, not “{}”: give its days under `days` once their \
                         dates are published",
                        Status::PROGRAMME_NAMES.join(", "),
                        h.status
                    ),
                );
            }
        }
        let history = history(c, &format!("{path}.history"), &p.history, None, None);
        let (Some(from), Some(until)) = (from, until) else {
            continue;
        };
        if history.is_empty() {
            continue;
        }
        out.push(Programme {
            from,
            until,
            regions,
            local,
            text,
            history,
        });
    }
    out
}

/// `days[].local.councils`: a local call's council areas (at least one), each a council the place index knows and,
/// where the dispute maps places to its regions, one lying in the day's own regions.
fn councils(
    c: &mut Checker,
    path: &str,
    codes: &[String],
    day: &[RegionId],
    what: &str,
) -> Vec<Council> {
    let mut out = Vec::new();
    if codes.is_empty() {
        c.problem(path, "names no council");
    } else if codes.len() > LIMITS.councils {
        c.problem(
            path,
            format!(
                "has {}; the limit is {}",
                super::counted(codes.len(), "entry", "entries"),
                LIMITS.councils
            ),
        );
        return out;
    }
    for (i, code) in codes.iter().enumerate() {
        let at = format!("{path}[{i}]");
        if codes[..i].contains(code) {
            c.problem(at, format!("“{}” is listed twice", shorten(code)));
            continue;
        }
        let Some(council) = crate::places::councils().council(code) else {
            c.problem(
                at,
                format!(
                    "“{}” is not the GSS code of a council in data/places/local_authorities.csv",
                    shorten(code)
                ),
            );
            continue;
        };
        // A council abolished in 2023 lies in its successor.
        out.push(crate::places::council(code).unwrap_or_else(|| Council::new(code.as_str())));
        let lies_in = council.resolve(|code| c.by_code.get(code).copied());
        if lies_in.is_empty() && !c.by_code.is_empty() {
            c.problem(
                at,
                format!(
                    "{} ({code}) lies in none of this dispute's regions (see regions[].places)",
                    council.name
                ),
            );
        } else if let Some(&outside) = lies_in.iter().find(|r| !day.contains(r)) {
            let key = c
                .regions
                .iter()
                .find(|(_, id)| **id == outside)
                .map_or("?", |(k, _)| k.as_str())
                .to_owned();
            c.problem(
                at,
                format!(
                    "{} ({code}) lies in “{key}”, which this {what} does not cover",
                    council.name
                ),
            );
        }
    }
    out
}

/// `days[].hours`: a part-day strike's start and end in UK time, at least one of them, the
/// start before the end, and not the whole day (leave `hours` out for that).
fn hours(c: &mut Checker, path: &str, raw: &RawHours) -> Option<Hours> {
    let mut time = |field: &str, s: &Option<String>| -> Option<Option<Clock>> {
        match s.as_deref().map(str::parse::<Clock>) {
            None => Some(None),
            Some(Ok(t)) => Some(Some(t)),
            Some(Err(e)) => {
                c.problem(format!("{path}.{field}"), e);
                None
            }
        }
    };
    let (from, to) = (time("from", &raw.from), time("to", &raw.to));
    let sources = c.sources(&format!("{path}.sources"), &raw.sources);
    let (from, to) = (from?, to?);
    match (from, to) {
        (None, None) => c.problem(path, "gives neither `from` nor `to`"),
        (Some(f), Some(t)) if f >= t => c.problem(
            format!("{path}.to"),
            "the strike must end after it starts, on the same day",
        ),
        (Some(Clock::MIDNIGHT), Some(Clock::END_OF_DAY)) => c.problem(
            path,
            "is the whole day: leave `hours` out for a strike that lasts all day",
        ),
        _ => return Some(Hours { from, to, sources }),
    }
    None
}

/// `days[].history`: oldest first, starting with `planned`, a postponement later than the day,
/// going ahead only on the day, and nothing before `checked_on` left only planned.
fn history(
    c: &mut Checker,
    path: &str,
    raw: &[RawChange],
    date: Option<Date>,
    checked_on: Option<Date>,
) -> Vec<StatusChange> {
    if raw.is_empty() {
        c.problem(path, "is empty: say at least when the day was planned");
    }
    let mut history: Vec<StatusChange> = Vec::new();
    for (i, h) in raw.iter().enumerate() {
        let hp = format!("{path}[{i}]");
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
        if let (Status::NotReported, Some(date)) = (status, date)
            && on < date
        {
            c.problem(
                format!("{hp}.on"),
                format!(
                    "“not-reported” says that by this date no report says whether the day went \
                     ahead: date it on or after the day, {date}"
                ),
            );
        }
        history.push(StatusChange {
            on,
            status,
            note,
            sources,
        });
    }
    if let Some(first) = history.first()
        && first.status != Status::Planned
    {
        c.problem(
            format!("{path}[0].status"),
            "a history starts with “planned”",
        );
    }
    if let (Some(last), Some(checked), Some(date)) = (history.last(), checked_on, date)
        && last.status == Status::Planned
        && date < checked
    {
        c.problem(
            path,
            format!("{date} is before checked_on ({checked}) but its last status is still “planned”: record whether it went ahead, or “not-reported” where no report says"),
        );
    }
    history
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
        "not-reported" => Status::NotReported,
        other => {
            let known = Status::NAMES.join(", ");
            c.problem(
                format!("{path}.status"),
                format!("“{}” is not a status ({known})", shorten(other)),
            );
            return None;
        }
    };
    if raw.to.is_some() && !matches!(status, Status::Postponed { .. }) {
        c.problem(format!("{path}.to"), "only a postponed day has a new date");
    }
    Some(status)
}

/// `days[].called_out`: what a call said to each staff role: every staff role exactly once, no
/// other role.
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
                let union = c.text(&format!("{cp}.union"), union.trim(), LIMITS.name);
                Some(CalledOut::Members(union))
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
                    format!("“{}” is not an answer ({known})", shorten(other)),
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

/// `endings`: a general ending has a date; a group's may leave it out.
fn endings(c: &mut Checker, raw: &[RawEnding]) -> Vec<Ending> {
    let mut endings = Vec::new();
    for (i, e) in raw.iter().enumerate() {
        let path = format!("endings[{i}]");
        let regions = c.regions(&format!("{path}.where"), &e.regions);
        let roles = e
            .roles
            .as_ref()
            .map(|r| c.roles(&format!("{path}.roles"), r));
        let body = c.sourced(&path, &e.text, &e.sources);
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
        endings.push(Ending {
            regions,
            roles,
            on,
            body,
        });
    }
    endings
}

/// `story`: events in date order, where an event dated only to its month or year may stand
/// anywhere among that month's or year's events (readers see it from the last day it can mean:
/// `explain`). So an event is out of order only where it must have come before one listed
/// earlier: its last possible day is before that one's first.
fn story(c: &mut Checker, raw: &[RawEvent]) -> Vec<Event> {
    let mut story: Vec<Event> = Vec::new();
    // The event listed so far that starts latest, with its place in the file.
    let mut latest: Option<(usize, PartialDate)> = None;
    for (i, e) in raw.iter().enumerate() {
        let path = format!("story[{i}]");
        let regions = c.regions(&format!("{path}.where"), &e.regions);
        let body = c.sourced(&path, &e.text, &e.sources);
        let stands = e
            .stands
            .as_ref()
            .map(|t| c.words(&format!("{path}.stands"), t));
        let Some(on) = c.partial_date(&format!("{path}.on"), &e.on) else {
            continue;
        };
        match latest {
            Some((j, prev)) if on.last_day() < prev.first_day() => {
                let rule = if matches!((on, prev), (PartialDate::Day(_), PartialDate::Day(_))) {
                    ""
                } else {
                    "; an event dated only to a month or a year may stand anywhere within that \
                     month or year"
                };
                c.problem(
                    format!("{path}.on"),
                    format!(
                        "{on} is before story[{j}]'s {prev}: keep the story in date order{rule}"
                    ),
                );
            }
            Some((_, prev)) if on.first_day() <= prev.first_day() => {}
            _ => latest = Some((i, on)),
        }
        story.push(Event {
            on,
            regions,
            body,
            stands,
        });
    }
    story
}

/// `notes`: each for its roles, regions and strike days, which must exist.
fn notes(c: &mut Checker, raw: &[RawNote], days: &[StrikeDay]) -> Vec<Note> {
    let mut notes = Vec::new();
    for (i, n) in raw.iter().enumerate() {
        let path = format!("notes[{i}]");
        let roles = n
            .roles
            .as_ref()
            .map(|r| c.roles(&format!("{path}.roles"), r));
        let regions = n
            .regions
            .as_ref()
            .map(|r| c.regions(&format!("{path}.where"), r));
        let councils = n.councils.as_ref().map(|codes| {
            let all: Vec<RegionId> = c.regions.values().copied().collect();
            let within = regions.as_deref().unwrap_or(&all);
            councils(c, &format!("{path}.councils"), codes, within, "note")
        });
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
        // A day note about some councils sits on the rows of calls naming one of them (or of a
        // call for the whole area): on a date with neither, no reader would see it.
        if let (Some(councils), Some(dates)) = (&councils, &dates) {
            for (j, date) in dates.iter().enumerate() {
                let calls: Vec<&StrikeDay> = days.iter().filter(|d| d.date == *date).collect();
                let shown = calls.iter().any(|d| {
                    d.local
                        .as_ref()
                        .is_none_or(|l| Council::any_meet(councils, &l.councils))
                });
                if !calls.is_empty() && !shown {
                    c.problem(
                        format!("{path}.days[{j}]"),
                        format!(
                            "no call on {date} names {}, so no reader would see this note",
                            council_list(councils)
                        ),
                    );
                }
            }
        }
        let body = c.sourced(&path, &n.text, &n.sources);
        let past = n.past.as_ref().map(|p| c.words(&format!("{path}.past"), p));
        let from = n
            .from
            .as_ref()
            .and_then(|s| c.date(&format!("{path}.from"), s));
        let until = n
            .until
            .as_ref()
            .and_then(|s| c.date(&format!("{path}.until"), s));
        if let (Some(f), Some(u)) = (from, until)
            && u <= f
        {
            c.problem(
                format!("{path}.until"),
                format!("{u} is not after `from`, {f}: no reader would see this note"),
            );
        }
        // A step is shown while a day is ahead, before it: never on a day's row, never in the
        // past tense.
        if n.step && n.days.is_some() {
            c.problem(
                format!("{path}.step"),
                "a next step is for every strike day ahead: it cannot have `days`",
            );
        }
        if n.step && n.past.is_some() {
            c.problem(
                format!("{path}.past"),
                "a next step is only shown while a strike day is ahead: it has no `past`",
            );
        }
        notes.push(Note {
            roles,
            regions,
            councils,
            days: dates,
            body,
            past,
            from,
            until,
            step: n.step,
        });
    }
    notes
}

/// `closures`: each on a strike day, for regions the day covered, with shares that are
/// percentages adding up to no more than 100 (give or take the sources' rounding).
fn closures(
    c: &mut Checker,
    raw: &[RawClosure],
    days: &[StrikeDay],
    raw_regions: &[RawRegion],
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
                .and_then(|id| raw_regions.get(id.index()))
            {
                c.problem(
                    format!("{path}.where"),
                    format!("{date} was not a strike day in “{}”", key.id),
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
                // The value is not quoted back: formatting a float would cost the bundle a
                // float printer for one message, and the path says where it is.
                c.problem(
                    format!("{path}.{field}"),
                    "is not a percentage from 0 to 100",
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

/// `figures`: background numbers, each sourced.
fn figures(c: &mut Checker, raw: &[RawFigure]) -> Vec<Figure> {
    raw.iter()
        .enumerate()
        .map(|(i, f)| Figure {
            label: c.words_within(&format!("figures[{i}].label"), &f.label, LIMITS.name),
            value: c.words(&format!("figures[{i}].value"), &f.value),
            sources: c.sources(&format!("figures[{i}].sources"), &f.sources),
        })
        .collect()
}

/// `regions`: names short enough for a list, "in" forms, and the places each covers.
fn regions(c: &mut Checker, raw: &[RawRegion]) -> Vec<Region> {
    places(c, raw);
    let mut regions = Vec::new();
    for (i, r) in raw.iter().enumerate() {
        let name = c.words_within(&format!("regions[{i}].name"), &r.name, LIMITS.name);
        let within = match &r.within {
            Some(within) => c.words_within(&format!("regions[{i}].in"), within, LIMITS.name),
            None => {
                // Welsh mutates the name after "yn", so a Welsh "in" form cannot be built.
                c.plain.push(format!("regions[{i}].in"));
                Text::en(format!("in {}", name.get(Lang::En)))
            }
        };
        regions.push(Region {
            key: r.id.clone(),
            name,
            within,
            in_dispute: r.in_dispute,
            places: r.places.clone(),
        });
    }
    regions
}

/// `regions[].places`: each code is one the place index knows, and none is listed twice, so
/// every place belongs to one region.
fn places(c: &mut Checker, regions: &[RawRegion]) {
    // Where a code is listed first: the region `by_code` gives it, at its first place there.
    let first = |by_code: &HashMap<String, RegionId>, code: &str| {
        let region = by_code.get(code)?.index();
        let at = regions.get(region)?.places.iter().position(|p| p == code)?;
        Some((region, at))
    };
    for (i, r) in regions.iter().enumerate() {
        for (j, code) in r.places.iter().enumerate() {
            let path = format!("regions[{i}].places[{j}]");
            if !crate::places::is_code(code) {
                c.problem(
                    path,
                    format!(
                        "“{}” is not an ONS region or nation code (E12000001 to E12000009, \
                         E92000001, W92000004, S92000003, N92000002) or a council code (E06, \
                         E07, E08, E09, W06, S12 or N09 and six digits)",
                        shorten(code)
                    ),
                );
            } else if !crate::places::known(code) {
                c.problem(
                    path,
                    format!("“{code}” is not a council of data/places/local_authorities.csv"),
                );
            } else if let Some((fi, fj)) = first(&c.by_code, code).filter(|&at| at != (i, j)) {
                let first = regions.get(fi).map_or("?", |r| r.id.as_str());
                c.problem(
                    path,
                    format!(
                        "“{code}” is listed by “{first}” already (regions[{fi}].places[{fj}]): \
                         a place belongs to one region"
                    ),
                );
            }
        }
    }
}

/// `roles`: names short enough for a list.
fn roles(c: &mut Checker, raw: &[RawRole], kinds: Vec<RoleKind>) -> Vec<Role> {
    let mut roles = Vec::new();
    for ((i, r), kind) in raw.iter().enumerate().zip(kinds) {
        roles.push(Role {
            key: r.id.clone(),
            name: c.words_within(&format!("roles[{i}].name"), &r.name, LIMITS.name),
            kind,
            formerly: r.formerly.clone(),
        });
    }
    roles
}

/// `sources`: each cited, dated where known, linked over http(s) only, never to a copy,
/// mirror, aggregator, forum, staging or content-delivery host (`hosts`).
fn sources(c: &mut Checker, raw: &[RawSource]) -> Vec<Source> {
    let mut sources = Vec::new();
    for (i, s) in raw.iter().enumerate() {
        let path = format!("sources[{i}]");
        let published = s
            .date
            .as_deref()
            .and_then(|date| c.partial_date(&format!("{path}.date"), date));
        link(c, &format!("{path}.url"), &s.url);
        let also = also(c, &path, s);
        match s.copy {
            Some(true) => c.problem(
                format!("{path}.copy"),
                "a copy is not a source: cite the original publisher's page, and remove `copy`",
            ),
            Some(false) => c.problem(
                format!("{path}.copy"),
                "`copy` is no longer part of the format: remove it",
            ),
            None => {}
        }
        // A repeated id has been reported already, and nothing can cite the second one.
        let first = c.sources.get(&s.id).is_some_and(|id| id.index() == i);
        if first && !c.source_used.get(i).copied().unwrap_or(true) {
            c.problem(
                format!("{path}.id"),
                format!("“{}” is not cited by any fact: remove it", shorten(&s.id)),
            );
        }
        sources.push(Source {
            key: s.id.clone(),
            publisher: c.text(&format!("{path}.publisher"), &s.publisher, LIMITS.name),
            title: c.text(&format!("{path}.title"), &s.title, LIMITS.title),
            published,
            url: s.url.clone(),
            also,
        });
    }
    sources
}

/// A source's link, `url` or one in `also`: a web link (`web_link`) whose host is not a copy's,
/// a mirror's, an aggregator's or the like (`hosts`).
fn link(c: &mut Checker, path: &str, url: &str) {
    match web_link(url) {
        Err(why) => c.problem(path, why),
        Ok(host) => {
            if let Some(why) = hosts::refused(&host) {
                c.problem(
                    path,
                    format!(
                        "“{}” is {}, not a source: cite the original publisher's page \
                         or a primary source",
                        shorten(&host),
                        why.what()
                    ),
                );
            }
        }
    }
}

/// `sources[].also`: more links to the same source, each titled and checked as `url` is, none
/// repeating another.
fn also(c: &mut Checker, path: &str, s: &RawSource) -> Vec<Link> {
    if s.also.len() > LIMITS.also {
        c.problem(
            format!("{path}.also"),
            format!(
                "has {}; the limit is {}",
                super::counted(s.also.len(), "entry", "entries"),
                LIMITS.also
            ),
        );
        return Vec::new();
    }
    let mut links = Vec::new();
    for (j, l) in s.also.iter().enumerate() {
        let at = format!("{path}.also[{j}]");
        link(c, &format!("{at}.url"), &l.url);
        if l.url == s.url || s.also[..j].iter().any(|o| o.url == l.url) {
            c.problem(
                format!("{at}.url"),
                "is already one of this source's links: give each link once",
            );
        }
        links.push(Link {
            title: c.text(&format!("{at}.title"), &l.title, LIMITS.title),
            url: l.url.clone(),
        });
    }
    links
}

/// Whether a source link is one the widget may show: an absolute `http://` or `https://` URL
/// with a host, no spaces or control characters, within the length limit. Anything else
/// (`javascript:`, `data:`, a relative path) could run code or lead nowhere. Its host, in lower
/// case without a user, port or trailing dot, is for `hosts::refused`.
fn web_link(url: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else {
        return Err("a source link must start with https:// (or http://)".into());
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() {
        Err("a source link needs a host name after the //".into())
    } else if url
        .chars()
        .any(|ch| ch.is_whitespace() || ch.is_control() || ch == '\\')
    {
        // A browser reads `\` as `/` in a web link, so `https://inkl.com\@example.org/` opens
        // inkl.com while the host read here would be example.org.
        Err("a source link may not contain spaces, backslashes or control characters".into())
    } else if url.len() > LIMITS.url {
        Err(format!(
            "a source link is longer than {} characters",
            LIMITS.url
        ))
    } else {
        let host = authority.rsplit('@').next().unwrap_or_default();
        let host = host.split(':').next().unwrap_or_default();
        Ok(host.trim_end_matches('.').to_ascii_lowercase())
    }
}

/// Every reader has something to read: asked of `explain` itself, so the check is the widget's
/// own rule. A region outside the dispute needs a note for a reader who has not chosen a role
/// (it has no days to show); a region in it needs one for every role. Which notes are shown
/// changes only at notes' `from` and `until` dates, so it is asked on each of those and on a
/// date before them all.
///
/// The dates are swept in order with each reader's notes by `from`: on a date, some note is
/// shown if and only if the note that has begun by then and is shown the longest still is. That
/// costs notes + dates per reader; asking `general_notes` on every date cost notes × dates, and
/// a file within the limits (64 regions, 24 roles, 500 notes of a day each) took 4 seconds of
/// CPU to check natively, longer in the widget (issue #20, item 7).
fn answers(c: &mut Checker, d: &Dispute) {
    let mut dates: Vec<Date> = d
        .notes
        .iter()
        .flat_map(|n| [n.from, n.until])
        .flatten()
        .collect();
    dates.sort_unstable();
    dates.dedup();
    // Earlier than any date a file can hold (years 1900 to 2199).
    let before_all = Date::from_days_since_epoch(-10_000_000);
    for region in d.region_ids() {
        let roles: Vec<Option<RoleId>> = if d.region(region).in_dispute {
            d.role_ids().map(Some).collect()
        } else {
            vec![None]
        };
        for role in roles {
            // A note about some councils leaves readers in the others with nothing.
            let mut notes: Vec<&Note> = explain::general_notes_ever(d, region, role)
                .filter(|n| n.councils.is_none())
                .collect();
            // `None` first: shown from the start.
            notes.sort_unstable_by_key(|n| n.from);
            let mut begun = notes.into_iter().peekable();
            let mut longest: Option<&Note> = None;
            let empty_on = std::iter::once(before_all)
                .chain(dates.iter().copied())
                .find(|&on| {
                    while let Some(n) = begun.next_if(|n| n.from.is_none_or(|from| from <= on)) {
                        // `None` last: never stops being shown.
                        let ends = |n: &Note| (n.until.is_none(), n.until);
                        if longest.is_none_or(|l| ends(n) > ends(l)) {
                            longest = Some(n);
                        }
                    }
                    !longest.is_some_and(|n| n.shown_on(on))
                });
            if let Some(on) = empty_on {
                let role = role.map_or("(any role)", |r| d.role(r).key.as_str());
                let when = match dates.first() {
                    Some(first) if on == before_all => format!(" before {first}"),
                    _ if on == before_all => String::new(),
                    _ => format!(" from {on}"),
                };
                c.problem(
                    "notes",
                    format!(
                        "nothing for a reader in “{}” as “{role}”{when}",
                        d.region(region).key
                    ),
                );
            }
        }
    }
}
