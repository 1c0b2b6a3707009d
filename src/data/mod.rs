//! Dispute data files: the bundled ones, and turning any file's text into a checked
//! `model::Dispute` or the list of everything wrong with it.
//!
//! This is the only module that knows the file's shape (documented in `data/README.md` and
//! `data/schema/dispute.schema.json`): `wire` holds the serde structs, `check` the one validation
//! path that bundled and supplied files share (ids resolve, every fact has a source, dates are
//! real and histories run in order, texts and lists within their limits, every reader has
//! something to read, no source links to a copy), `hosts` the link hosts that are never a
//! source. It must not answer readers' questions (that is `explain`) or touch the DOM.
//!
//! Text is parsed with `serde_json` everywhere, so the widget, the validator and `cargo test`
//! read a file identically (unknown fields included).

mod check;
mod hosts;
mod objects;
mod wire;

use std::fmt;

use crate::model::Dispute;

/// The NEU 2023 dispute, compiled into the bundle.
pub const BUNDLED: &str = include_str!("../../data/neu-2023.json");

/// Every dispute compiled into the bundle, by id (`data-dispute`), the default first.
pub const DISPUTES: [(&str, &str); 2] = [
    ("neu-2023", BUNDLED),
    ("ni-2023", include_str!("../../data/ni-2023.json")),
];

/// The `format` this build writes about. Format 3 added texts in two languages
/// (`{ "en", "cy" }`) and regions' `in` forms; format 4 added regions' `places`, and days'
/// `hours` and `local`; format 5 notes' `from` and `until` (the dates a note is shown
/// between); format 6 days' `scope` (which schools a call covered), notes' `councils`, local
/// calls on one date in one region for different councils, sources' `also` (more links to
/// the same source), the history status `not-reported` and `programmes` (strike days announced
/// without dates). Older files read as they did, but for a source's `copy`, which is refused since
/// issue #19 (a copy is not a source); a file that uses a field newer than the format it
/// declares is refused, so that an older widget given it says "format 6" rather than "unknown
/// field".
pub const FORMAT: u32 = 7;

/// How big a file and its parts may be. They keep a supplied file from making the widget slow
/// or unreadable (a 5,000-character role name in a `<select>`), far above what a real dispute
/// needs: the bundled NEU file has 12 regions, 10 roles, 15 days, 99 notes and 113 sources,
/// and its longest text is 401 characters. `data/README.md` lists them for editors.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The file's text, in bytes.
    pub file: usize,
    /// Ids of the dispute, regions, roles, sources.
    pub id: usize,
    /// Characters of a text a reader reads as a sentence or two (notes, story, headlines).
    pub text: usize,
    /// Characters of a name in a list or a label: regions, roles, unions, publishers, figures.
    pub name: usize,
    /// Characters of a source's title.
    pub title: usize,
    /// Characters of a source's link.
    pub url: usize,
    pub groups: usize,
    pub regions: usize,
    pub roles: usize,
    pub days: usize,
    /// Programmes: strike days announced without their dates.
    pub programmes: usize,
    pub endings: usize,
    pub story: usize,
    pub notes: usize,
    pub closures: usize,
    pub figures: usize,
    pub sources: usize,
    /// A local call's council areas.
    pub councils: usize,
    /// A source's links besides its `url`.
    pub also: usize,
}

pub const LIMITS: Limits = Limits {
    file: 1_000_000,
    id: 64,
    text: 600,
    name: 80,
    title: 300,
    url: 2_000,
    groups: 32,
    regions: 64,
    roles: 24,
    days: 200,
    programmes: 50,
    endings: 100,
    story: 200,
    notes: 500,
    closures: 200,
    figures: 40,
    sources: 600,
    councils: 64,
    also: 8,
};

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
        f.write_str(&self.report("the dispute data"))
    }
}

impl std::error::Error for DataError {}

impl DataError {
    /// Every problem, one a line, under a line saying how many `what` has:
    /// `the dispute data inside the placeholder has 2 problems:`.
    pub fn report(&self, what: &str) -> String {
        let mut out = format!(
            "{what} has {}:",
            counted(self.0.len(), "problem", "problems")
        );
        for p in &self.0 {
            out.push_str(&format!("\n  - {p}"));
        }
        out
    }

    fn one(path: &str, message: impl Into<String>) -> DataError {
        DataError(vec![Problem {
            path: path.to_owned(),
            message: message.into(),
        }])
    }
}

/// A count with its noun, for editors' messages (which are in English only): `1 region`,
/// `2 regions`, `0 story events`.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Parses and checks a data file's text.
pub fn parse(text: &str) -> Result<Dispute, DataError> {
    if text.len() > LIMITS.file {
        return Err(DataError::one(
            "",
            format!(
                "the file is {} bytes; the limit is {}",
                text.len(),
                LIMITS.file
            ),
        ));
    }
    check::dispute(deserialize(text)?)
}

/// The file's text into the wire structs. `serde_json` on every target: the browser's
/// `JSON.parse` plus `serde-wasm-bindgen` read only the fields a struct names, so an unknown
/// (misspelt) field would pass silently in the widget and fail in `cargo test`. Each struct is
/// read from an object only (`objects`).
/// A problem found while reading (a misspelt field, a wrong type, broken JSON) stops the
/// reading, so it is the only one, and it is placed by line and column, not by path.
fn deserialize(text: &str) -> Result<wire::RawDispute, DataError> {
    objects::from_str(text).map_err(|e| {
        let at = format!("line {}, column {}", e.line(), e.column());
        // serde_json ends its message with the same place; said once, as the path.
        let message = e.to_string();
        let message = message
            .strip_suffix(&format!(" at {}", at.replace(", ", " ")))
            .unwrap_or(&message);
        DataError::one(&at, format!("not valid data JSON: {message}"))
    })
}

#[cfg(test)]
mod tests;
