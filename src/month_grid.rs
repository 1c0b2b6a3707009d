//! The months of a reader's strike days laid out as calendar grids (weeks from Monday, as in
//! the UK), and moving around them from the keyboard.
//!
//! Pure: dates in, weeks out. It must not know statuses' wording or the DOM; a cell only says
//! which of the reader's days (by index) falls on it.

use crate::model::{Date, Weekday};

/// One month: its weeks, each seven cells from Monday; `None` pads before the 1st and after the
/// last day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Month {
    pub year: i32,
    /// 1 = January.
    pub month: u8,
    pub weeks: Vec<[Option<Cell>; 7]>,
}

/// A day of a month, with the indexes of the reader's days that fall on it (usually none or
/// one; two calls on one date in one region cannot happen in checked data, but the grid does
/// not rely on it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub date: Date,
    pub days: Vec<usize>,
}

fn weekday_index(w: Weekday) -> usize {
    Weekday::ALL.iter().position(|&x| x == w).unwrap_or(0)
}

/// The months that hold at least one of `dates` (in any order), in order; empty if there are no
/// dates. A month with no strike day is left out: an empty grid says nothing and costs a screen.
pub fn months_with_days(dates: &[Date]) -> Vec<Month> {
    months(dates)
        .into_iter()
        .filter(|m| {
            m.weeks
                .iter()
                .flatten()
                .flatten()
                .any(|c| !c.days.is_empty())
        })
        .collect()
}

/// The months from the first to the last of `dates` (in any order), every month in between
/// included; empty if there are no dates.
pub fn months(dates: &[Date]) -> Vec<Month> {
    let (Some(&first), Some(&last)) = (dates.iter().min(), dates.iter().max()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let (mut year, mut month) = (first.year(), first.month());
    while (year, month) <= (last.year(), last.month()) {
        let end = Date::last_of_month(year, month);
        let start = end.add_days(-i64::from(end.day()) + 1);
        let mut weeks = Vec::new();
        let mut week: [Option<Cell>; 7] = Default::default();
        let mut day = start;
        loop {
            let col = weekday_index(day.weekday());
            let days = dates
                .iter()
                .enumerate()
                .filter(|(_, d)| **d == day)
                .map(|(i, _)| i)
                .collect();
            week[col] = Some(Cell { date: day, days });
            if col == 6 || day == end {
                weeks.push(std::mem::take(&mut week));
            }
            if day == end {
                break;
            }
            day = day.add_days(1);
        }
        out.push(Month { year, month, weeks });
        (year, month) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
    }
    out
}

/// A key a reader presses in the grid: a closed set, named as the DOM names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    PreviousDay,
    NextDay,
    PreviousWeek,
    NextWeek,
    WeekStart,
    WeekEnd,
    PreviousMonth,
    NextMonth,
}

impl Move {
    /// The move for a `KeyboardEvent.key`, if the grid handles it.
    pub fn from_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowLeft" => Move::PreviousDay,
            "ArrowRight" => Move::NextDay,
            "ArrowUp" => Move::PreviousWeek,
            "ArrowDown" => Move::NextWeek,
            "Home" => Move::WeekStart,
            "End" => Move::WeekEnd,
            "PageUp" => Move::PreviousMonth,
            "PageDown" => Move::NextMonth,
            _ => return None,
        })
    }
}

/// Where focus goes from `from` after `m`, kept within the months shown.
pub fn step(months: &[Month], from: Date, m: Move) -> Date {
    let (Some(first), Some(last)) = (months.first(), months.last()) else {
        return from;
    };
    let lo = Date::new(first.year, first.month, 1).unwrap_or(from);
    let hi = Date::last_of_month(last.year, last.month);
    let col = weekday_index(from.weekday()) as i64;
    let shift_month = |d: Date, by: i32| {
        let index = d.year() * 12 + i32::from(d.month()) - 1 + by;
        let (y, mo) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        let day = d.day().min(Date::last_of_month(y, mo).day());
        Date::new(y, mo, day).unwrap_or(d)
    };
    let to = match m {
        Move::PreviousDay => from.add_days(-1),
        Move::NextDay => from.add_days(1),
        Move::PreviousWeek => from.add_days(-7),
        Move::NextWeek => from.add_days(7),
        Move::WeekStart => from.add_days(-col),
        Move::WeekEnd => from.add_days(6 - col),
        Move::PreviousMonth => shift_month(from, -1),
        Move::NextMonth => shift_month(from, 1),
    };
    let to = to.clamp(lo, hi);
    // A move into a month that is not shown lands on the nearest day shown in its direction.
    let shown = |d: Date| {
        months
            .iter()
            .any(|m| (m.year, m.month) == (d.year(), d.month()))
    };
    if shown(to) {
        return to;
    }
    let forward = to > from;
    let next = if forward {
        months
            .iter()
            .find(|m| (m.year, m.month) > (to.year(), to.month()))
            .and_then(|m| Date::new(m.year, m.month, 1))
    } else {
        months
            .iter()
            .rev()
            .find(|m| (m.year, m.month) < (to.year(), to.month()))
            .map(|m| Date::last_of_month(m.year, m.month))
    };
    next.unwrap_or(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    /// A month drawn as text: `.` for a padding cell, the day number, `*` after a reader's day.
    fn draw(m: &Month) -> Vec<String> {
        m.weeks
            .iter()
            .map(|w| {
                w.iter()
                    .map(|c| match c {
                        None => ".".to_owned(),
                        Some(c) => format!(
                            "{}{}",
                            c.date.day(),
                            if c.days.is_empty() { "" } else { "*" }
                        ),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    fn check(from: &str, m: Move, to: &str) {
        let grid = months(&[date("2023-02-01"), date("2023-03-16")]);
        assert_eq!(
            step(&grid, date(from), m).to_string(),
            to,
            "{m:?} from {from}"
        );
    }

    #[test]
    fn months_start_on_monday_and_mark_the_readers_days() {
        let grid = months(&[date("2023-03-02"), date("2023-02-01"), date("2023-02-28")]);
        assert_eq!(grid.len(), 2);
        assert_eq!(
            draw(&grid[0]),
            [
                ". . 1* 2 3 4 5",
                "6 7 8 9 10 11 12",
                "13 14 15 16 17 18 19",
                "20 21 22 23 24 25 26",
                "27 28* . . . . .",
            ]
        );
        assert_eq!(draw(&grid[1])[0], ". . 1 2* 3 4 5");
        assert_eq!(months(&[]), []);
        // Every month between the first and last day is shown, even without a day of its own.
        assert_eq!(months(&[date("2023-02-01"), date("2023-07-07")]).len(), 6);
    }

    #[test]
    fn keys_move_by_day_week_and_month_within_the_months_shown() {
        check("2023-02-01", Move::NextDay, "2023-02-02");
        check("2023-02-01", Move::PreviousDay, "2023-02-01"); // the first day shown
        check("2023-02-27", Move::NextWeek, "2023-03-06");
        check("2023-02-15", Move::WeekStart, "2023-02-13");
        check("2023-02-15", Move::WeekEnd, "2023-02-19");
        check("2023-02-28", Move::NextMonth, "2023-03-28");
        check("2023-03-31", Move::PreviousMonth, "2023-02-28"); // no 31 February
        check("2023-03-30", Move::NextWeek, "2023-03-31"); // the last day shown
        assert_eq!(Move::from_key("PageDown"), Some(Move::NextMonth));
        // Issue #10: months with no strike day are not drawn, and keys step over them.
        let grid = months_with_days(&[date("2023-05-02"), date("2023-07-05")]);
        let shown: Vec<u8> = grid.iter().map(|m| m.month).collect();
        assert_eq!(shown, [5, 7], "no empty June");
        let step_to = |from: &str, m: Move| step(&grid, date(from), m).to_string();
        assert_eq!(step_to("2023-05-31", Move::NextDay), "2023-07-01");
        assert_eq!(step_to("2023-05-15", Move::NextMonth), "2023-07-01");
        assert_eq!(step_to("2023-07-01", Move::PreviousDay), "2023-05-31");
        assert_eq!(step_to("2023-07-03", Move::PreviousWeek), "2023-05-31");
        assert_eq!(Move::from_key("a"), None);
    }
}
