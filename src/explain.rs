//! Answers a reader's question: given where I am, who I am and today's date, which strike days
//! concern me, where does each stand, and what does it mean for me?
//!
//! Pure and total: it takes "today" as an argument, does no I/O and cannot fail ("no strike days
//! here" is an answer). It must not format text for people (that is `strings`) or know the data
//! file (that is `data`).

use crate::model::{
    CallOut, Closure, Council, Date, Dispute, Ending, Event, Note, Programme, Reach, RegionId,
    RoleId, Status, StatusChange, StrikeDay, Where,
};

/// Everything the widget shows for one choice of region and role on one date.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer<'d> {
    pub headline: Headline<'d>,
    /// Notes about this region and role that are not tied to a day, in data order (next steps
    /// apart).
    pub notes: Vec<&'d Note>,
    /// Next steps for this region and role (`Note::step`): what to do before a strike day, in
    /// data order. Shown only while a day is ahead (`present` decides).
    pub steps: Vec<&'d Note>,
    /// The days announced by `today` that reach the reader (their council's, where it is known),
    /// in date order.
    pub days: Vec<DayAnswer<'d>>,
    /// Strike days announced without dates that reach the reader, from their announcement on,
    /// in data order.
    pub programmes: Vec<ProgrammeAnswer<'d>>,
    /// The story of the dispute in this region as known by `today`, oldest first.
    pub story: Vec<&'d Event>,
    /// Schools open and closed on this region's strike days that had taken place by `today`,
    /// in date order.
    pub closures: Vec<&'d Closure>,
}

impl Answer<'_> {
    /// Whether the dispute is over here for the reader's own group: what it meant is then
    /// told in the past tense. Not where it ended for most but not (or not known to have) for
    /// the reader's group: for them it may still hold.
    pub fn is_over(&self) -> bool {
        matches!(self.headline, Headline::Over(_))
    }
}

/// The one-line summary at the top of an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Headline<'d> {
    /// The dispute never reached this region.
    NotInDispute,
    /// The dispute has ended here, for the reader's group.
    Over(&'d Ending),
    /// The dispute has ended here for most, but not (or not known to have) for the reader's
    /// group; `yours` says what is known, where the data says it by `today`.
    NotOverForYou {
        main: &'d Ending,
        yours: Option<&'d Ending>,
    },
    /// The next strike day here (it may be today), and how much of the reader's area each call
    /// on that date covers (two local calls on one date, for different councils, are both
    /// told): a reader who gave only their region is told council days as a condition.
    Next {
        date: Date,
        status: DayStatus,
        reach: Vec<Reach<'d>>,
    },
    /// No dated strike day is ahead here, but more were announced without dates for a period
    /// that is not over (they may since have been suspended or called off).
    Programme(ProgrammeAnswer<'d>),
    /// No strike day is ahead here, and since the last one this is what stands.
    Stands(&'d Event),
    /// The dispute is live but no day is set here: in the reader's council, where it is known
    /// (other councils of the region may have days).
    NoneScheduled { council: Option<Council> },
}

/// A strike day as the reader sees it on `today`.
#[derive(Clone, Debug, PartialEq)]
pub struct DayAnswer<'d> {
    pub day: &'d StrikeDay,
    pub status: DayStatus,
    /// How much of the reader's area the call covers.
    pub reach: Reach<'d>,
    /// What the call said to the chosen role; `None` when no role is chosen or the role is not
    /// one a strike call speaks to (parents, pupils, the public).
    pub called_out: Option<&'d CallOut>,
    /// Notes about this day for this region and role.
    pub notes: Vec<&'d Note>,
    /// The history entries known by `today`, oldest first; never empty.
    pub history: &'d [StatusChange],
}

/// Strike days announced without dates, as the reader sees them on `today`.
#[derive(Clone, Debug)]
pub struct ProgrammeAnswer<'d> {
    pub programme: &'d Programme,
    /// How much of the reader's area it covers.
    pub reach: Reach<'d>,
    /// The history entries known by `today`, oldest first; never empty. The last says where
    /// it stands: planned, suspended or called off.
    pub history: &'d [StatusChange],
    /// Whether its period is over on `today`.
    pub past: bool,
}

/// The same programme of one dispute, known as far and reaching as far: by identity, not by
/// comparing every text of it, so that an answer's memo costs no code for programmes' contents.
impl PartialEq for ProgrammeAnswer<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.programme, other.programme)
            && self.history.len() == other.history.len()
            && self.past == other.past
            && self.reach == other.reach
    }
}

impl ProgrammeAnswer<'_> {
    /// Where it stands on the reader's date.
    pub fn status(&self) -> &StatusChange {
        // `history` is never empty: `programmes` keeps only those announced by `today`.
        &self.history[self.history.len() - 1]
    }
}

/// Where a strike day stands on a given date: a closed set the widget words and styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayStatus {
    /// Still planned, `days` (two or more) away.
    Upcoming {
        days: i64,
    },
    Tomorrow,
    Today,
    /// Still to come or under way on the date shown, said without how far away: the static
    /// facts are dated ("as they stood on …") and read later, so never "tomorrow" or "in 3
    /// days" (issue #22; `DayStatus::dated`).
    Planned,
    WentAhead,
    Postponed {
        to: Option<Date>,
    },
    Suspended,
    CalledOff,
    /// The date has passed but the data does not yet say whether it went ahead.
    Unconfirmed,
    /// The data says that no report says whether it went ahead (`Status::NotReported`): an
    /// editor's finding, where `Unconfirmed` is the data not yet updated.
    NotReported,
}

impl DayStatus {
    /// A stable name for styling and tests (`data-status`).
    pub fn as_str(self) -> &'static str {
        match self {
            DayStatus::Upcoming { .. } => "upcoming",
            DayStatus::Tomorrow => "tomorrow",
            DayStatus::Today => "today",
            DayStatus::Planned => "planned",
            DayStatus::WentAhead => "went-ahead",
            DayStatus::Postponed { .. } => "postponed",
            DayStatus::Suspended => "suspended",
            DayStatus::CalledOff => "called-off",
            DayStatus::Unconfirmed => "unconfirmed",
            DayStatus::NotReported => "not-reported",
        }
    }

    /// Whether the day is on: it went ahead, is still to come or happening, or may have gone
    /// ahead with the data not yet updated. Postponed, suspended and called-off days are not,
    /// and nor is a day no report says went ahead: it may or may not have happened, so it is
    /// never counted as held (issue #20).
    pub fn is_held(self) -> bool {
        !matches!(
            self,
            DayStatus::Postponed { .. }
                | DayStatus::Suspended
                | DayStatus::CalledOff
                | DayStatus::NotReported
        )
    }

    /// Whether the day was postponed, suspended or called off.
    pub fn is_dropped(self) -> bool {
        matches!(
            self,
            DayStatus::Postponed { .. } | DayStatus::Suspended | DayStatus::CalledOff
        )
    }

    /// Whether the day is still to come (or happening) as planned.
    pub fn is_live(self) -> bool {
        matches!(
            self,
            DayStatus::Upcoming { .. }
                | DayStatus::Tomorrow
                | DayStatus::Today
                | DayStatus::Planned
        )
    }

    /// The status as a dated fact: a day still to come, whether tomorrow or in 3 days, is
    /// `Planned`; every other status is already dated.
    pub fn dated(self) -> Self {
        if self.is_live() {
            DayStatus::Planned
        } else {
            self
        }
    }
}

/// The status of `day` as known on `today`, or `None` if it had not been announced yet.
pub fn status_on(day: &StrikeDay, today: Date) -> Option<DayStatus> {
    let last = day.history.iter().rev().find(|h| h.on <= today)?;
    Some(match last.status {
        // "Not reported" is dated on or after the day: on the day itself, the strike is today.
        Status::Planned | Status::WentAhead | Status::NotReported if day.date == today => {
            DayStatus::Today
        }
        Status::Planned => match today.days_until(day.date) {
            1 => DayStatus::Tomorrow,
            days if days > 1 => DayStatus::Upcoming { days },
            _ => DayStatus::Unconfirmed,
        },
        Status::WentAhead => DayStatus::WentAhead,
        Status::Postponed { to } => DayStatus::Postponed { to },
        Status::Suspended => DayStatus::Suspended,
        Status::CalledOff => DayStatus::CalledOff,
        Status::NotReported => DayStatus::NotReported,
    })
}

fn applies(d: &Dispute, note: &Note, at: &Where, role: Option<RoleId>) -> bool {
    let region = at.region;
    let council_ok = match (&note.councils, &at.council) {
        (Some(theirs), Some(mine)) => theirs.iter().any(|c| c.meets(mine)),
        // A reader who gave only their region is told of every council's note.
        _ => true,
    };
    let region_ok = council_ok
        && match &note.regions {
            Some(rs) => rs.contains(&region),
            // A note for "everywhere" is about the dispute's own days and rules: outside the
            // dispute it would mislead (a Scottish teacher has no NEU strike pay to lose).
            None => d.region(region).in_dispute,
        };
    let role_ok = match (&note.roles, role) {
        (None, _) => true,
        (Some(rs), Some(role)) => rs.contains(&role),
        // With no role chosen, role-specific notes wait until the reader picks one.
        (Some(_), None) => false,
    };
    region_ok && role_ok
}

/// The notes, not tied to a day, that a reader `at` a region (and council, where known), as
/// `role` if chosen, is shown on `today`. `data` checks with this that no reader is left with
/// nothing.
pub fn general_notes(
    d: &Dispute,
    at: impl Into<Where>,
    role: Option<RoleId>,
    today: Date,
) -> impl Iterator<Item = &Note> {
    let at = at.into();
    general_notes_ever(d, at, role).filter(move |n| n.shown_on(today))
}

/// The notes, not tied to a day, that a reader `at` a region (and council, where known), as
/// `role` if chosen, is shown on the dates each note is shown on (`Note::shown_on`):
/// `general_notes` on any date is these, filtered by that date. `data` checks with this that no
/// reader is left with nothing.
pub fn general_notes_ever(
    d: &Dispute,
    at: impl Into<Where>,
    role: Option<RoleId>,
) -> impl Iterator<Item = &Note> {
    let at = at.into();
    d.notes
        .iter()
        .filter(move |n| n.days.is_none() && !n.step && applies(d, n, &at, role))
}

/// Whether a note tied to `day`'s date belongs on its row: where both name councils (two
/// local calls on one date), only where they share one.
fn fits(note: &Note, day: &StrikeDay) -> bool {
    match (&note.councils, &day.local) {
        (Some(theirs), Some(local)) => Council::any_meet(theirs, &local.councils),
        _ => true,
    }
}

/// The answer for a reader `at` a region (and council, where known), optionally as `role`, on
/// `today` (a UK date).
pub fn explain(d: &Dispute, at: impl Into<Where>, role: Option<RoleId>, today: Date) -> Answer<'_> {
    let at = at.into();
    let region = at.region;
    let notes = general_notes(d, at.clone(), role, today).collect();
    let steps = d
        .notes
        .iter()
        .filter(|n| n.step && n.shown_on(today) && applies(d, n, &at, role))
        .collect();
    let days: Vec<DayAnswer<'_>> = d
        .days
        .iter()
        .filter_map(|day| {
            let reach = day.reach(&at)?;
            let status = status_on(day, today)?;
            let known = day.history.iter().take_while(|h| h.on <= today).count();
            Some(DayAnswer {
                day,
                status,
                reach,
                called_out: role.and_then(|r| day.call_for(r)),
                notes: d
                    .notes
                    .iter()
                    .filter(|n| n.days.as_ref().is_some_and(|ds| ds.contains(&day.date)))
                    .filter(|n| n.shown_on(today) && fits(n, day) && applies(d, n, &at, role))
                    .collect(),
                history: &day.history[..known],
            })
        })
        .collect();

    let programmes: Vec<ProgrammeAnswer<'_>> = d
        .programmes
        .iter()
        .filter_map(|p| {
            let reach = p.reach(&at)?;
            let known = p.history.iter().take_while(|h| h.on <= today).count();
            (known > 0).then(|| ProgrammeAnswer {
                programme: p,
                reach,
                history: &p.history[..known],
                past: p.until.last_day() < today,
            })
        })
        .collect();
    let story: Vec<&Event> = d
        .story
        .iter()
        // An event dated only to its month is known from the month's end, never early.
        .filter(|e| e.regions.contains(&region) && e.on.last_day() <= today)
        .collect();
    let headline = if let Some(ended) = ending(d, region, role, today) {
        ended
    } else if !d.region(region).in_dispute {
        Headline::NotInDispute
    } else if let Some(next) = days.iter().find(|a| a.status.is_live()) {
        Headline::Next {
            date: next.day.date,
            status: next.status,
            reach: days
                .iter()
                .filter(|a| a.day.date == next.day.date && a.status.is_live())
                .map(|a| a.reach)
                .collect(),
        }
    } else if let Some(p) = programmes
        .iter()
        .filter(|p| !p.past)
        // A programme still planned says more than one called off; then the latest news.
        .max_by_key(|p| (p.status().status == Status::Planned, p.status().on))
    {
        Headline::Programme(p.clone())
    } else {
        // What stands since the last strike day that went ahead here, if an event has said
        // (a suspended or called-off day changes nothing).
        let last_day = days
            .iter()
            .filter(|a| a.status == DayStatus::WentAhead)
            .map(|a| a.day.date)
            .max();
        story
            .iter()
            .rev()
            .find(|e| e.stands.is_some())
            .filter(|e| last_day.is_none_or(|last| e.on.last_day() > last))
            .map_or(
                Headline::NoneScheduled {
                    council: at.council.clone(),
                },
                |e| Headline::Stands(e),
            )
    };
    let closures = d
        .closures
        .iter()
        .filter(|c| c.regions.contains(&region))
        .filter(|c| {
            days.iter().any(|a| {
                a.day.date == c.date && matches!(a.status, DayStatus::WentAhead | DayStatus::Today)
            })
        })
        .collect();
    Answer {
        headline,
        notes,
        steps,
        days,
        programmes,
        story,
        closures,
    }
}

/// The dates a replay of the dispute covers: from its first recorded event or announcement to
/// its last day, ending or event.
pub fn span(d: &Dispute) -> (Date, Date) {
    let starts = d
        .days
        .iter()
        .filter_map(|day| day.history.first().map(|h| h.on))
        .chain(d.story.iter().map(|e| e.on.first_day()))
        .chain(d.programmes.iter().map(Programme::announced));
    let ends = d
        .days
        .iter()
        .map(|day| day.date)
        .chain(d.endings.iter().filter_map(|e| e.on))
        .chain(
            d.programmes
                .iter()
                .flat_map(|p| p.history.iter().map(|h| h.on)),
        )
        // An event dated only to its month or year is shown from the last day it can mean.
        .chain(d.story.iter().map(|e| e.on.last_day()));
    (
        starts.min().unwrap_or(d.checked_on),
        ends.max().unwrap_or(d.checked_on),
    )
}

/// Whether a reader on `on` may be shown what tells the whole dispute as checked (the summary,
/// the background figures): only once every dated event of it has happened, so that a reader
/// on an earlier date (a replay, a host's `data-today`) is not told what came later (issue #19).
pub fn tells_whole_dispute(d: &Dispute, on: Date) -> bool {
    on >= span(d).1
}

/// How the dispute has ended in `region` for `role` by `today`, if it has for anyone. A role's
/// own endings there come first: the latest one dated by `today`, else one with no date (what
/// is known), else the ending for everyone there.
fn ending<'d>(
    d: &'d Dispute,
    region: RegionId,
    role: Option<RoleId>,
    today: Date,
) -> Option<Headline<'d>> {
    let here = |e: &&Ending| e.regions.contains(&region);
    let general = d
        .endings
        .iter()
        .filter(here)
        .filter(|e| e.roles.is_none())
        .find(|e| e.on.is_some_and(|on| on <= today));
    let own: Vec<&Ending> = match role {
        Some(role) => d
            .endings
            .iter()
            .filter(here)
            .filter(|e| e.roles.as_ref().is_some_and(|rs| rs.contains(&role)))
            .collect(),
        None => Vec::new(),
    };
    if own.is_empty() {
        return general.map(Headline::Over);
    }
    if let Some(ended) = own
        .iter()
        .filter(|e| e.on.is_some_and(|on| on <= today))
        .max_by_key(|e| e.on)
    {
        return Some(Headline::Over(ended));
    }
    general.map(|main| Headline::NotOverForYou {
        main,
        yours: own.iter().copied().find(|e| e.on.is_none()),
    })
}
