//! What an answer says first, what it says once, and what each day's row says, for the reader's
//! role (issue #21): the rules of the answer's presentation, shared by the widget's components and
//! by any static rendering of it, and tested natively from a table (`tests/present.rs`).
//!
//! Pure: it decides which facts come in which order from `explain`'s answer. It must not word
//! them (that is `strings`), render them (that is `components`) or read the clock.

use crate::explain::{Answer, DayAnswer, DayStatus, Headline};
use crate::model::{CalledOut, Closure, Dispute, Note, RoleId, RoleKind};

/// How many general notes follow the card's first point before "More points".
const TOP_NOTES: usize = 2;

/// The answer as dated facts (issue #22's static facts, read later than they were written):
/// every day still to come is `Planned`, with no "tomorrow" or "in 3 days", in its row and in
/// the headline. Everything else is as `explain` said it.
pub fn dated(mut answer: Answer<'_>) -> Answer<'_> {
    for day in &mut answer.days {
        day.status = day.status.dated();
    }
    if let Headline::Next { status, .. } = &mut answer.headline {
        *status = status.dated();
    }
    answer
}

/// The answer's parts in the order a reader meets them.
#[derive(Clone, Debug, PartialEq)]
pub struct Card<'d> {
    /// The first sentence, about the reader's own group or their (child's) school; `None` before
    /// a role is chosen, outside the dispute (the headline there speaks of where they are),
    /// where no strike day reaches the reader, and where none of the reader's own was held but
    /// one for part of their area was, or is unreported (the count says those).
    pub lead: Option<Lead<'d>>,
    /// Whether the count of the area's strike days follows the headline: not where the lead
    /// has said it already.
    pub count: bool,
    /// The next step under the headline, while a strike day is still ahead for the reader (the
    /// first of the role's, in data order); empty otherwise.
    pub steps: Vec<&'d Note>,
    /// Whether "Add to my calendar" sits beside them: a strike day is still ahead.
    pub calendar: bool,
    /// The point that mattered most, on the card: only once a role is chosen (or outside the
    /// dispute, where every reader reads the same), and not while the card holds next steps.
    pub key: Option<&'d Note>,
    /// The points shown under "What it means for you" (or "In general" before a role is
    /// chosen): while a day is ahead, the role's second next step; otherwise the general notes
    /// after the key point, [`TOP_NOTES`] of them.
    pub notes: Vec<&'d Note>,
    /// The rest, behind "More points": while a day is ahead, the other steps and then every
    /// general note (the steps say what matters before it, first).
    pub more: Vec<&'d Note>,
    /// Whether those notes are headed as the reader's own ("What it means for you") or as
    /// general ones, with a prompt to choose a role after them.
    pub notes_for_role: bool,
    /// What each day's row says beyond its date, status and reach.
    pub rows: Rows<'d>,
}

/// The first sentence of an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Lead<'d> {
    /// Staff: what the calls asked of the reader's group on the strike days that are theirs.
    Call {
        /// The answer most of those days gave (the first day's where it is a tie).
        answer: &'d CalledOut,
        /// On how many of them it was the answer.
        on: usize,
        /// The days: held (or still to come) and for the reader's whole area.
        days: Tally,
    },
    /// Parents and pupils: what the strike days meant for their child's, or their own, school.
    School { child: bool, days: Tally },
    /// Anyone else: how many strike days the area had (the count, said first).
    Area,
    /// Any role, where every strike day of the reader's was postponed, suspended or called off
    /// (and none went ahead for part of the area or is unreported): how many were set.
    Dropped { dropped: usize },
}

/// The strike days that are the reader's: for their whole area, held or still to come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Days that went ahead (or may have, with the data not yet updated).
    pub past: usize,
    /// Days still to come, today's included.
    pub ahead: usize,
    /// The reader's own days that were postponed, suspended or called off.
    pub dropped: usize,
}

impl Tally {
    /// Every day counted.
    pub fn held(self) -> usize {
        self.past + self.ahead
    }
}

/// What each day's row says for the reader's role, beyond its date, status and reach. Who was
/// called out is always inside the row, never on it.
#[derive(Clone, Debug, PartialEq)]
pub enum Rows<'d> {
    /// Staff: their own group's call, on the rows where it is not what the lead said.
    Call { said: Option<&'d CalledOut> },
    /// Parents and pupils: the share of schools closed or partly open that day, where the
    /// figures exist (and no separate chart).
    Closures,
    /// Anyone else, or no role yet: nothing more (the figures in their own chart).
    Plain,
}

impl Rows<'_> {
    /// The line a row says for this reader, if any: staff see their call where it differs
    /// from the lead; a day that did not take place asked nothing of anyone.
    pub fn call_on<'d>(&self, day: &DayAnswer<'d>) -> Option<&'d CalledOut> {
        match self {
            Rows::Call { said } => day
                .called_out
                .map(|c| &c.answer)
                .filter(|a| !day.status.is_dropped() && Some(*a) != *said),
            _ => None,
        }
    }

    /// The closure figures a row shows, if any: for parents and pupils, that day's.
    pub fn closure_on<'d>(&self, answer: &Answer<'d>, day: &DayAnswer<'d>) -> Option<&'d Closure> {
        match self {
            Rows::Closures => answer
                .closures
                .iter()
                .copied()
                .find(|c| c.date == day.day.date),
            _ => None,
        }
    }

    /// Whether the closure chart follows the days: where the rows do not carry the figures.
    pub fn chart(&self) -> bool {
        !matches!(self, Rows::Closures)
    }
}

/// The reader's strike days, counted as the lead says them.
fn tally(answer: &Answer<'_>) -> Tally {
    let mine = || answer.days.iter().filter(|a| a.reach.is_whole());
    Tally {
        past: mine()
            .filter(|a| a.status.is_held() && !a.status.is_live())
            .count(),
        ahead: mine().filter(|a| a.status.is_live()).count(),
        dropped: mine().filter(|a| a.status.is_dropped()).count(),
    }
}

/// Whether the lead says every day the count would: no day for only part of the area and none
/// whose outcome was never reported (the count says those apart).
fn lead_says_all(answer: &Answer<'_>) -> bool {
    answer
        .days
        .iter()
        .all(|a| a.reach.is_whole() && a.status != DayStatus::NotReported)
}

/// The answer's parts, in order, for a reader as `role` (if chosen).
pub fn card<'d>(d: &'d Dispute, answer: &Answer<'d>, role: Option<RoleId>) -> Card<'d> {
    let kind = role.map(|r| d.role(r).kind);
    let in_dispute = !matches!(answer.headline, Headline::NotInDispute);
    let days = tally(answer);
    let lead = match kind {
        _ if !in_dispute || days.held() + days.dropped == 0 => None,
        None => None,
        // Every day of the reader's was postponed, suspended or called off: the same for every
        // role, and said first (the count has no held day to count, and no row a call). Only
        // where no day went ahead for part of the area and none is unreported: else "No strike
        // day here went ahead" could be untrue, the count says those days, and no lead is given.
        Some(_) if days.held() == 0 => lead_says_all(answer).then_some(Lead::Dropped {
            dropped: days.dropped,
        }),
        Some(RoleKind::Staff) => {
            let calls: Vec<&CalledOut> = answer
                .days
                .iter()
                .filter(|a| a.reach.is_whole() && a.status.is_held())
                .filter_map(|a| a.called_out.map(|c| &c.answer))
                .collect();
            // The most frequent answer; the earliest day's among equals.
            let count = |x: &CalledOut| calls.iter().filter(|c| **c == x).count();
            calls
                .iter()
                .copied()
                .rev()
                .max_by_key(|a| count(a))
                .map(|answer| Lead::Call {
                    answer,
                    on: count(answer),
                    days,
                })
        }
        Some(RoleKind::Parent) => Some(Lead::School { child: true, days }),
        Some(RoleKind::Pupil) => Some(Lead::School { child: false, days }),
        Some(RoleKind::Affected) => Some(Lead::Area),
    };
    // Where the lead has said every day (none for part of the area, none unreported), the count
    // is not said again.
    let count = match &lead {
        None => true,
        Some(Lead::Area) => false,
        Some(_) => !lead_says_all(answer),
    };
    let ahead = answer.days.iter().any(|a| a.status.is_live());
    // The card holds one point: the first next step while a day is ahead (the others lead
    // "What it means for you", the general notes behind "More points"), else the point that
    // mattered most, with two more shown and the rest behind "More points".
    let mut steps = if ahead {
        answer.steps.clone()
    } else {
        Vec::new()
    };
    let other_steps = steps.split_off(steps.len().min(1));
    let keyed = (role.is_some() || !in_dispute) && steps.is_empty();
    let mut general = answer.notes.iter().copied();
    let key = if keyed { general.next() } else { None };
    let general: Vec<&Note> = general.collect();
    let (notes, more) = if !steps.is_empty() {
        // One more step shown; the others, then the general notes, behind "More points".
        let mut shown = other_steps;
        let rest = shown.split_off(shown.len().min(1));
        (shown, rest.into_iter().chain(general).collect())
    } else if role.is_some() {
        let (top, more) = general.split_at(general.len().min(TOP_NOTES));
        (top.to_vec(), more.to_vec())
    } else {
        // Before a role is chosen, the few notes for everyone are all shown.
        (general, Vec::new())
    };
    let rows = match (kind, &lead) {
        (Some(RoleKind::Staff), Some(Lead::Call { answer, .. })) => Rows::Call {
            said: Some(*answer),
        },
        (Some(RoleKind::Staff), _) => Rows::Call { said: None },
        (Some(RoleKind::Parent | RoleKind::Pupil), _) => Rows::Closures,
        _ => Rows::Plain,
    };
    Card {
        lead,
        count,
        steps,
        calendar: ahead,
        key,
        notes,
        more,
        notes_for_role: role.is_some(),
        rows,
    }
}
