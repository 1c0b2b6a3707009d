//! The domain of a strike dispute: dates, statuses, regions, roles, days, notes and sources.
//!
//! Owns the validated, in-memory form of a dispute. It must not know any file format, the DOM,
//! the clock or leptos: values here are built only by `data`, which checks every id and date,
//! so code holding a `Dispute` may index it with its ids without further checks.

use std::fmt;
use std::str::FromStr;

use crate::lang::Lang;

/// A calendar day in the proleptic Gregorian calendar, as the UK names it.
///
/// Hand-written rather than taken from `time` or `chrono`: the core needs only parsing,
/// ordering, day differences and weekdays, which cost a few lines here and several kilobytes of
/// wasm there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// 1970-01-01, the origin of `days_since_epoch`.
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// A date if `year-month-day` exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 = January.
    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil: shift the year to start in March so that the leap
        // day is the last day of the shifted year.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (before it if negative).
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil_from_days, the inverse of `days_since_epoch`.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier if negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// The last day of a month; `month` is clamped into 1..=12.
    pub fn last_of_month(year: i32, month: u8) -> Date {
        let month = month.clamp(1, 12);
        Date {
            year,
            month,
            day: days_in_month(year, month),
        }
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Why a string is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "“{}” is not a date in the form YYYY-MM-DD", self.0)
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Parses exactly `YYYY-MM-DD`, the form of `<time datetime>` and of the data file.
    fn from_str(s: &str) -> Result<Date, DateError> {
        let err = || DateError(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::new(y as i32, m as u8, d as u8).ok_or_else(err),
            _ => Err(err()),
        }
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
}

/// How precisely a source's publication date is known: the fact sheet records some only to the
/// month or year, and the widget must not pretend to more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartialDate {
    Year(i32),
    Month(i32, u8),
    Day(Date),
}

impl PartialDate {
    /// The last day it can mean: only from then is an event dated this way surely known.
    pub fn last_day(self) -> Date {
        match self {
            PartialDate::Year(y) => Date::last_of_month(y, 12),
            PartialDate::Month(y, m) => Date::last_of_month(y, m),
            PartialDate::Day(d) => d,
        }
    }

    /// The first day it can mean, for ordering.
    pub fn first_day(self) -> Date {
        match self {
            PartialDate::Year(y) => Date::new(y, 1, 1).unwrap_or(Date::EPOCH),
            PartialDate::Month(y, m) => Date::new(y, m, 1).unwrap_or(Date::EPOCH),
            PartialDate::Day(d) => d,
        }
    }
}

impl fmt::Display for PartialDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: valid in `<time datetime>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => d.fmt(f),
        }
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<PartialDate, DateError> {
        let err = || DateError(s.to_owned());
        // Only ASCII can be one, and checking first keeps the byte slices below on character
        // boundaries: `202é-1` is seven bytes with `é` across the fourth.
        if !s.is_ascii() {
            return Err(err());
        }
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit());
        match s.len() {
            4 if digits(s) => s.parse().map(PartialDate::Year).map_err(|_| err()),
            7 if digits(&s[..4]) && &s[4..5] == "-" && digits(&s[5..]) => {
                let year = s[..4].parse().map_err(|_| err())?;
                let month: u8 = s[5..].parse().map_err(|_| err())?;
                if (1..=12).contains(&month) {
                    Ok(PartialDate::Month(year, month))
                } else {
                    Err(err())
                }
            }
            10 => s.parse().map(PartialDate::Day),
            _ => Err(err()),
        }
    }
}

/// A strike day's status as recorded in its history: a closed set the code branches on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Planned,
    /// Moved; `to` is the new date where one was set.
    Postponed {
        to: Option<Date>,
    },
    Suspended,
    CalledOff,
    WentAhead,
    /// Announced, and by this entry's date (on or after the day's own) no report says whether
    /// it went ahead: said as that, never counted as held (issue #20).
    NotReported,
}

impl Status {
    /// The name used in the data file, without any `to` date.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Postponed { .. } => "postponed",
            Status::Suspended => "suspended",
            Status::CalledOff => "called-off",
            Status::WentAhead => "went-ahead",
            Status::NotReported => "not-reported",
        }
    }

    /// Every name `as_str` can return, for error messages.
    pub const NAMES: [&'static str; 6] = [
        "planned",
        "postponed",
        "suspended",
        "called-off",
        "went-ahead",
        "not-reported",
    ];

    /// The names a programme's history may use (`Programme`): it is planned, and may be
    /// suspended or called off; it has no date of its own to move, hold or report.
    pub const PROGRAMME_NAMES: [&'static str; 3] = ["planned", "suspended", "called-off"];
}

macro_rules! index_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub(crate) u16);

        impl $name {
            /// Position in the dispute's own table.
            pub fn index(self) -> usize {
                usize::from(self.0)
            }
        }
    };
}

index_id!(
    /// A region of the dispute's own table, checked when the data loaded.
    RegionId
);
index_id!(
    /// A reader's role from the dispute's own table, checked when the data loaded.
    RoleId
);
index_id!(
    /// A source from the dispute's own table, checked when the data loaded.
    SourceId
);

/// A text a reader sees: in English, and in each other language the data gives it in.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Text {
    /// The text in each language, indexed by [`Lang::index`]; `None` where the data has no
    /// translation (a dispute written in English only). English is always given.
    written: [Option<String>; Lang::COUNT],
    /// The translations await a native speaker's review (never shown to readers).
    pub review: bool,
}

impl Text {
    /// English only.
    pub fn en(text: impl Into<String>) -> Text {
        Text::default().with(Lang::En, text)
    }

    /// This text, with `text` as its words in `lang`.
    #[must_use]
    pub fn with(mut self, lang: Lang, text: impl Into<String>) -> Text {
        self.written[lang.index()] = Some(text.into());
        self
    }

    /// The text as the data writes it in `lang`, if it does.
    pub fn written_in(&self, lang: Lang) -> Option<&str> {
        self.written[lang.index()].as_deref()
    }

    /// The text in `lang`, or, where the data has no translation, in [`Lang::FALLBACK`]
    /// (English): the one fallback rule.
    pub fn get(&self, lang: Lang) -> &str {
        self.written_in(lang)
            .or_else(|| self.written_in(Lang::FALLBACK))
            .unwrap_or_default()
    }
}

/// A place a reader can say they are in. Its `key` is the public id (`data-region`).
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub key: String,
    pub name: Text,
    /// "In" the region, as a sentence says it: `in the North West`, `yng Nghymru` (stored, not
    /// built: Welsh mutates the name).
    pub within: Text,
    /// Whether the dispute's strike calls could reach this region at all.
    pub in_dispute: bool,
    /// The GSS codes of the places it covers (ONS regions and nations, councils), checked
    /// when the data loads: no code is listed by two regions. Empty for every region of a
    /// dispute without a place search.
    pub places: Vec<String>,
}

/// Who a reader is. Its `key` is the public id (`data-role`).
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub key: String,
    pub name: Text,
    pub kind: RoleKind,
    /// Public ids this role replaced, still accepted (with a deprecation warning for hosts).
    pub formerly: Vec<String>,
}

/// Whether a role is a group a strike call speaks to (staff), or readers a strike day happens
/// to, who are told what a day meant for them instead: parents (their child's school), pupils
/// (their own school), or anyone else (what happened where they are).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleKind {
    Staff,
    /// Parents and carers (format 7): the answer speaks of their child's school.
    Parent,
    /// Pupils and students (format 7): the answer speaks of their own school.
    Pupil,
    /// Anyone else a strike day happens to; also parents and pupils in files of format 6 and
    /// older, which did not tell them apart.
    Affected,
}

impl RoleKind {
    /// The names used in the data file, in the order of the enum.
    pub const NAMES: [&'static str; 4] = ["staff", "parent", "pupil", "affected"];
}

/// Whether a group was called out on a strike call. Not a yes or no: a call can reach only one
/// union's members in a group, or leave a group free to join, or rest on what the sources could
/// not confirm; an answer true for most of a group but false for some of it would be wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalledOut {
    /// The whole group (as the statement's note qualifies it).
    Yes,
    /// Not called out, and could not lawfully strike on this call.
    No,
    /// Only this union's members in the group.
    Members(String),
    /// Not called out, but free to join with the same legal protection.
    MayJoin,
    /// The sources do not confirm it either way.
    Unconfirmed,
}

impl CalledOut {
    /// The names used in the data file, for error messages.
    pub const NAMES: [&'static str; 5] = ["yes", "no", "members", "may-join", "unconfirmed"];

    /// A stable name for styling and tests (`data-called-out`).
    pub fn as_str(&self) -> &'static str {
        match self {
            CalledOut::Yes => "yes",
            CalledOut::No => "no",
            CalledOut::Members(_) => "members",
            CalledOut::MayJoin => "may-join",
            CalledOut::Unconfirmed => "unconfirmed",
        }
    }
}

/// What one strike call said to some staff roles, with its qualification and sources.
#[derive(Clone, Debug, PartialEq)]
pub struct CallOut {
    pub roles: Vec<RoleId>,
    pub answer: CalledOut,
    /// Who exactly, where the answer needs it ("state-funded schools only").
    pub note: Option<Text>,
    pub sources: Vec<SourceId>,
}

/// Where a fact comes from. The widget shows every field.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The fact sheet's id for it (`S10`), kept so editors can trace it back.
    pub key: String,
    /// Who published it: `url` is their own page, never a copy on another site.
    pub publisher: String,
    pub title: String,
    /// `None` where the source gives no date (an undated forum thread).
    pub published: Option<PartialDate>,
    pub url: String,
    /// More links to the same source (its PDF and landing page, the publisher's later update),
    /// each checked as `url` is; usually none.
    pub also: Vec<Link>,
}

/// Another link to a source, with the linked page's own title.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// A piece of text a reader sees, with where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Sourced {
    pub text: Text,
    pub sources: Vec<SourceId>,
}

/// One entry of a strike day's history: from `on`, the day's status was `status`.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusChange {
    pub on: Date,
    pub status: Status,
    /// What happened, where the data says; empty sources never occur.
    pub note: Option<Text>,
    pub sources: Vec<SourceId>,
}

/// A time of day in the UK, in minutes after midnight; 1440 is the midnight that ends the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clock(pub u16);

impl Clock {
    pub const MIDNIGHT: Clock = Clock(0);
    pub const NOON: Clock = Clock(720);
    pub const END_OF_DAY: Clock = Clock(1440);

    pub fn hour(self) -> u16 {
        self.0 / 60
    }

    pub fn minute(self) -> u16 {
        self.0 % 60
    }
}

impl std::str::FromStr for Clock {
    type Err = String;

    /// `HH:MM`, from `00:00` to `24:00`.
    fn from_str(s: &str) -> Result<Clock, String> {
        let bad = || format!("“{s}” is not a time in the form HH:MM (00:00 to 24:00)");
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if m >= 60 || h * 60 + m > 1440 {
            return Err(bad());
        }
        Ok(Clock(h * 60 + m))
    }
}

/// The part of its day a strike took (a half-day strike), as its sources give it: either end
/// may be unknown, never both.
#[derive(Clone, Debug, PartialEq)]
pub struct Hours {
    pub from: Option<Clock>,
    pub to: Option<Clock>,
    pub sources: Vec<SourceId>,
}

/// A call to strike on one date in some regions. The same date may have several calls (England
/// and Wales on 1 February 2023 had different histories).
#[derive(Clone, Debug, PartialEq)]
pub struct StrikeDay {
    pub date: Date,
    /// Sorted, no duplicates.
    pub regions: Vec<RegionId>,
    /// What the call said to each staff role: every staff role exactly once.
    pub called_out: Vec<CallOut>,
    /// In date order, never empty.
    pub history: Vec<StatusChange>,
    /// Set where the strike took only part of the day.
    pub hours: Option<Hours>,
    /// Set where the call covered only some council areas of its regions.
    pub local: Option<Local>,
    /// Set where the call covered only some schools of its area (a phase, named schools).
    pub scope: Option<Scope>,
}

/// The council areas a local call covered, as its sources give them.
#[derive(Clone, Debug, PartialEq)]
pub struct Local {
    /// Each a council the place index knows, in the data's order.
    pub councils: Vec<Council>,
    pub sources: Vec<SourceId>,
}

impl Local {
    /// The councils' GSS codes, in the data's order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.councils.iter().map(|c| c.code.as_str())
    }
}

/// Which schools of its area a call covered, where not all of them: `secondary schools only`,
/// `12 schools in the constituency of …`. Said as it is, on the day's row and in the answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Scope {
    pub text: Text,
    pub sources: Vec<SourceId>,
}

/// A council, by its GSS code (`S12000036` City of Edinburgh), with the council it became part
/// of where it was abolished (`E07000028` Carlisle, part of `E06000063` Cumberland since 2023):
/// a reader in Cumberland may or may not be in what was Carlisle.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Council {
    pub code: String,
    pub part_of: Option<String>,
}

impl Council {
    /// A council that was not abolished.
    pub fn new(code: impl Into<String>) -> Council {
        Council {
            code: code.into(),
            part_of: None,
        }
    }

    /// Whether a reader in `self` is surely in `other`: the same council, or one that became
    /// part of it.
    pub fn within(&self, other: &Council) -> bool {
        self.code == other.code || self.part_of.as_ref() == Some(&other.code)
    }

    /// Whether two councils may be one place for a reader: the same, or one became part of
    /// the other.
    pub fn meets(&self, other: &Council) -> bool {
        self.within(other) || other.within(self)
    }

    /// Whether any council of `these` meets any of `those`.
    pub fn any_meet(these: &[Council], those: &[Council]) -> bool {
        these.iter().any(|a| those.iter().any(|b| a.meets(b)))
    }
}

/// Where a reader is: one of the dispute's regions, and their council where it is known (the
/// place search found it, a host preset it, or the reader chose it). A reader who gave only a
/// region is never told a council's day as certainly theirs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Where {
    pub region: RegionId,
    pub council: Option<Council>,
}

impl From<RegionId> for Where {
    /// Only the region known.
    fn from(region: RegionId) -> Where {
        Where {
            region,
            council: None,
        }
    }
}

/// How much of a reader's area a call covers. Never "no": a call that misses the reader is
/// not theirs at all (`StrikeDay::reach` answers `None`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reach<'d> {
    /// All of it, as far as the call says.
    Whole,
    /// Only part of it: the councils it named, where the reader's council is not known or is
    /// only partly among them, and which schools, where the call named some.
    Part {
        councils: Option<&'d Local>,
        scope: Option<&'d Scope>,
    },
}

impl Reach<'_> {
    /// Whether the day is certainly the reader's: counted as theirs, told without a condition.
    pub fn is_whole(self) -> bool {
        matches!(self, Reach::Whole)
    }
}

/// What a note applies to. `None` means "any".
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub roles: Option<Vec<RoleId>>,
    pub regions: Option<Vec<RegionId>>,
    /// Only about these councils of its regions (a rolling dispute's council days): shown to a
    /// reader in one of them, or who gave only their region, and on a day's row only where the
    /// day's call names one of them. `None`: every council.
    pub councils: Option<Vec<Council>>,
    /// `None`: about the role in general; otherwise about these strike dates.
    pub days: Option<Vec<Date>>,
    pub body: Sourced,
    /// The same point in the past tense, for dates on which the dispute is over for the reader;
    /// `None` where the text is true either way. Same sources as `body`.
    pub past: Option<Text>,
    /// Shown to readers on this date and after: the day its facts were first known.
    pub from: Option<Date>,
    /// Shown to readers before this date only: the day its facts stopped being true or current.
    pub until: Option<Date>,
    /// A next step (format 7): what the reader can do before a strike day, shown under the
    /// headline while a day is ahead and in the calendar file, never as a general note.
    pub step: bool,
}

impl Note {
    /// Whether a reader on `today` is shown this note: on or after `from`, before `until`.
    pub fn shown_on(&self, today: Date) -> bool {
        self.from.is_none_or(|from| from <= today) && self.until.is_none_or(|until| today < until)
    }

    /// The note's words for a reader for whom the dispute is (`over`) or is not yet over.
    pub fn text(&self, over: bool) -> &Text {
        match &self.past {
            Some(past) if over => past,
            _ => &self.body.text,
        }
    }
}

/// A share of schools, in tenths of a percent (`459` is 45.9%): whole numbers, so that the
/// widget never formats a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tenths(pub u16);

/// How many schools were open, partly open and closed on one strike day, somewhere.
#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    pub date: Date,
    pub regions: Vec<RegionId>,
    /// Where the figures are for, as a reader reads it: `England`, `London`.
    pub label: Text,
    /// Fully open; `None` where the source gives only the other two.
    pub open: Option<Tenths>,
    /// Open to some pupils only (restricted attendance).
    pub partly: Tenths,
    pub closed: Tenths,
    pub sources: Vec<SourceId>,
}

/// How and when the dispute ended in some regions, for everyone there or for some roles.
#[derive(Clone, Debug, PartialEq)]
pub struct Ending {
    pub regions: Vec<RegionId>,
    /// `None`: for every role without an ending of its own here.
    pub roles: Option<Vec<RoleId>>,
    /// `None` where the sources do not say when it ended; the text says what is known.
    pub on: Option<Date>,
    pub body: Sourced,
}

/// One event in the story of the dispute (a ballot, an offer, a settlement).
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// As precisely as the sources date it.
    pub on: PartialDate,
    pub regions: Vec<RegionId>,
    pub body: Sourced,
    /// What stands from this event until the next one that says, for the headline on a date
    /// with no strike day ahead ("strikes are off while members vote on the deal").
    pub stands: Option<Text>,
}

/// A background figure (pay, inflation, ballots).
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: Text,
    pub value: Text,
    pub sources: Vec<SourceId>,
}

/// A whole dispute, validated. Built only by `data::parse`.
#[derive(Clone, Debug, PartialEq)]
pub struct Dispute {
    pub key: String,
    pub title: Text,
    pub summary: Sourced,
    /// When an editor last checked the facts against their sources.
    pub checked_on: Date,
    pub regions: Vec<Region>,
    pub roles: Vec<Role>,
    /// Sorted by date.
    pub days: Vec<StrikeDay>,
    /// Strike days announced without dates, in the data's order.
    pub programmes: Vec<Programme>,
    pub endings: Vec<Ending>,
    /// In date order.
    pub story: Vec<Event>,
    pub notes: Vec<Note>,
    /// Schools open and closed on strike days, in date order.
    pub closures: Vec<Closure>,
    pub figures: Vec<Figure>,
    pub sources: Vec<Source>,
}

impl Dispute {
    /// Whether the facts are written in `lang`: a file gives a language for every text or for
    /// none (the check), so its title says.
    pub fn speaks(&self, lang: Lang) -> bool {
        self.title.written_in(lang).is_some()
    }

    /// The language the widget speaks to a reader who asked for `asked`: that one where the
    /// facts are written in it, else the one every file has, so that no reader gets interface
    /// words in one language wrapped round facts in another (issue #20).
    pub fn words_in(&self, asked: Lang) -> Lang {
        if self.speaks(asked) {
            asked
        } else {
            Lang::FALLBACK
        }
    }

    pub fn region(&self, id: RegionId) -> &Region {
        &self.regions[id.index()]
    }

    pub fn role(&self, id: RoleId) -> &Role {
        &self.roles[id.index()]
    }

    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[id.index()]
    }

    /// The region whose public id is `key`, if the dispute has one.
    pub fn region_by_key(&self, key: &str) -> Option<RegionId> {
        position(self.regions.iter().map(|r| r.key.as_str()), key).map(RegionId)
    }

    /// The region that lists the place code `code` (`E12000001`, `E06000063`), if one does.
    pub fn region_by_place(&self, code: &str) -> Option<RegionId> {
        self.regions
            .iter()
            .position(|r| r.places.iter().any(|c| c == code))
            .and_then(|i| u16::try_from(i).ok())
            .map(RegionId)
    }

    /// Whether any region says which places it covers: without that, no place search.
    pub fn has_places(&self) -> bool {
        self.regions.iter().any(|r| !r.places.is_empty())
    }

    /// The role whose public id is `key`, or the one role that replaced a role once called
    /// `key`. An old id that several roles replaced (a group split in two) names none of them:
    /// which one the reader is, the reader says.
    pub fn role_by_key(&self, key: &str) -> Option<RoleId> {
        position(self.roles.iter().map(|r| r.key.as_str()), key)
            .or_else(|| {
                let mut heirs = self
                    .roles
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.formerly.iter().any(|k| k == key));
                match (heirs.next(), heirs.next()) {
                    (Some((i, _)), None) => u16::try_from(i).ok(),
                    _ => None,
                }
            })
            .map(RoleId)
    }

    pub fn region_ids(&self) -> impl Iterator<Item = RegionId> + '_ {
        (0..self.regions.len()).map(|i| RegionId(i as u16))
    }

    pub fn role_ids(&self) -> impl Iterator<Item = RoleId> + '_ {
        (0..self.roles.len()).map(|i| RoleId(i as u16))
    }
}

/// How much of the reader's area, `at`, a call for `regions` (`local`: only these councils;
/// `scope`: only these schools) covers; `None` where it does not reach them (another region, or
/// a council the call did not name). Strike days and programmes alike.
fn reach<'d>(
    regions: &[RegionId],
    local: Option<&'d Local>,
    scope: Option<&'d Scope>,
    at: &Where,
) -> Option<Reach<'d>> {
    if !regions.contains(&at.region) {
        return None;
    }
    let councils = match (local, &at.council) {
        (None, _) => None,
        (Some(local), None) => Some(local),
        (Some(local), Some(mine)) => {
            if local.councils.iter().any(|c| mine.within(c)) {
                None
            } else if local.councils.iter().any(|c| c.within(mine)) {
                // The call named a former council inside the reader's: maybe theirs.
                Some(local)
            } else {
                return None;
            }
        }
    };
    Some(match (councils, scope) {
        (None, None) => Reach::Whole,
        (councils, scope) => Reach::Part { councils, scope },
    })
}

/// More strike days announced for a period without their dates, which may later be suspended
/// or called off as a whole ("strikes between 20 March and 21 April"; issue #20). A reader it
/// reaches is told of it in the headline during the period, and in the answer from its
/// announcement on.
#[derive(Clone, Debug, PartialEq)]
pub struct Programme {
    /// The period announced, to the day or only to the month (`PartialDate::Day` or `Month`).
    pub from: PartialDate,
    pub until: PartialDate,
    /// Sorted, no duplicates.
    pub regions: Vec<RegionId>,
    /// Set where it was announced for only some council areas of its regions.
    pub local: Option<Local>,
    /// What was announced, sourced by the first history entry.
    pub text: Text,
    /// In date order, never empty, starting `planned`; then `suspended` or `called-off`.
    pub history: Vec<StatusChange>,
}

impl Programme {
    /// How much of the reader's area, `at`, it covers; `None` where it does not reach them.
    pub fn reach(&self, at: &Where) -> Option<Reach<'_>> {
        reach(&self.regions, self.local.as_ref(), None, at)
    }

    /// When it was first announced.
    pub fn announced(&self) -> Date {
        self.history.first().map_or(Date::EPOCH, |h| h.on)
    }
}

impl StrikeDay {
    /// How much of the reader's area, `at`, this call covers; `None` where it does not reach
    /// them (another region, or a council the call did not name).
    pub fn reach(&self, at: &Where) -> Option<Reach<'_>> {
        reach(&self.regions, self.local.as_ref(), self.scope.as_ref(), at)
    }

    /// Whether this call and `other` (on the same date) could both reach one reader: a region
    /// in common, and no council list that keeps them apart.
    pub fn overlaps(&self, other: &StrikeDay) -> bool {
        if !self.regions.iter().any(|r| other.regions.contains(r)) {
            return false;
        }
        match (&self.local, &other.local) {
            (Some(a), Some(b)) => Council::any_meet(&a.councils, &b.councils),
            _ => true,
        }
    }

    /// What this call said to `role`; `None` for a role it does not speak to (parents, pupils,
    /// the public).
    pub fn call_for(&self, role: RoleId) -> Option<&CallOut> {
        self.called_out.iter().find(|c| c.roles.contains(&role))
    }
}

fn position<'a>(mut keys: impl Iterator<Item = &'a str>, key: &str) -> Option<u16> {
    keys.position(|k| k == key)
        .and_then(|i| u16::try_from(i).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_text(text: &Text, expected: [&str; Lang::COUNT]) {
        assert_eq!(Lang::ALL.map(|l| text.get(l)), expected, "{text:?}");
    }

    #[test]
    fn a_text_is_read_in_each_language_and_falls_back_to_english_where_untranslated() {
        check_text(&Text::en("Wales"), ["Wales", "Wales"]);
        check_text(
            &Text::en("Wales").with(Lang::Cy, "Cymru"),
            ["Wales", "Cymru"],
        );
        assert_eq!(Text::en("Wales").written_in(Lang::Cy), None);
    }

    fn check(input: &str, expected: Option<(&str, Weekday, i64)>) {
        let got = input
            .parse::<Date>()
            .ok()
            .map(|d| (d.to_string(), d.weekday(), d.days_since_epoch()));
        let expected = expected.map(|(s, w, n)| (s.to_owned(), w, n));
        assert_eq!(got, expected, "parsing {input:?}");
    }

    #[test]
    fn dates_parse_round_trip_and_know_their_weekday() {
        use Weekday::*;
        check("1970-01-01", Some(("1970-01-01", Thursday, 0)));
        check("2023-02-01", Some(("2023-02-01", Wednesday, 19_389)));
        check("2023-05-02", Some(("2023-05-02", Tuesday, 19_479)));
        check("2024-02-29", Some(("2024-02-29", Thursday, 19_782)));
        check("2000-03-01", Some(("2000-03-01", Wednesday, 11_017)));
        check("1969-12-31", Some(("1969-12-31", Wednesday, -1)));
        check("2023-02-29", None);
        check("2023-13-01", None);
        check("2023-00-10", None);
        check("2023-1-01", None);
        check("2023-01-01T00", None);
        check("+023-01-01", None);
        check("", None);
    }

    #[test]
    fn days_since_epoch_round_trips() {
        for days in [-800_000, -1, 0, 1, 19_389, 19_782, 20_416, 2_000_000] {
            let d = Date::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days, "{d}");
            assert_eq!(d.add_days(1).days_since_epoch(), days + 1);
        }
        assert_eq!(Date::last_of_month(2024, 2).to_string(), "2024-02-29");
        assert_eq!(Date::last_of_month(2023, 10).to_string(), "2023-10-31");
    }

    #[test]
    fn partial_dates_keep_their_precision() {
        let p = |s: &str| s.parse::<PartialDate>().ok();
        assert_eq!(p("2023"), Some(PartialDate::Year(2023)));
        assert_eq!(p("2022-11"), Some(PartialDate::Month(2022, 11)));
        assert_eq!(
            p("2023-01-16"),
            "2023-01-16".parse().ok().map(PartialDate::Day)
        );
        assert_eq!(p("2023-13"), None);
        assert_eq!(p("2023-02/03"), None);
        assert_eq!(p("n/d"), None);
        // Issue #12, item 5 (found while writing tests/generated.rs): a seven-byte string with
        // a character across byte 4 or 5 was a panic, so a data file with such a source date or
        // story date broke the widget instead of naming the problem.
        assert_eq!(p("202é-1"), None);
        assert_eq!(p("2023é-"), None);
    }
}
