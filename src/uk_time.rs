//! The date in the UK at an instant, and when the next UK midnight falls.
//!
//! Pure: it takes a UTC instant (milliseconds since 1970, as `Date.now()` gives) and knows the
//! UK's rule: GMT, and BST (GMT+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
//! last Sunday of October (the rule since 1981, unified with the EU's in 1996). So the answer
//! does not depend on the reader's own time zone, and the clock changes can be tested natively.
//! It must not read the clock itself (that is `embed`).

use crate::model::{Date, Weekday};

const MS_PER_DAY: i64 = 86_400_000;
const MS_PER_HOUR: i64 = 3_600_000;

/// The last Sunday of `month` in `year`.
fn last_sunday(year: i32, month: u8) -> Date {
    let mut day = Date::last_of_month(year, month);
    while day.weekday() != Weekday::Sunday {
        day = day.add_days(-1);
    }
    day
}

/// Whether British Summer Time is in force at `utc_ms`.
fn is_bst(utc_ms: i64) -> bool {
    let year = Date::from_days_since_epoch(utc_ms.div_euclid(MS_PER_DAY)).year();
    let start = last_sunday(year, 3).days_since_epoch() * MS_PER_DAY + MS_PER_HOUR;
    let end = last_sunday(year, 10).days_since_epoch() * MS_PER_DAY + MS_PER_HOUR;
    (start..end).contains(&utc_ms)
}

fn offset_ms(utc_ms: i64) -> i64 {
    if is_bst(utc_ms) { MS_PER_HOUR } else { 0 }
}

/// The calendar date in the UK at the instant `utc_ms`.
pub fn uk_date_at(utc_ms: i64) -> Date {
    Date::from_days_since_epoch((utc_ms + offset_ms(utc_ms)).div_euclid(MS_PER_DAY))
}

/// The first instant after `utc_ms` at which the UK date changes (UK midnight), as UTC ms.
pub fn next_uk_midnight(utc_ms: i64) -> i64 {
    let tomorrow = uk_date_at(utc_ms).add_days(1);
    // Midnight is never inside a clock change (they happen at 01:00 UTC), so the offset an hour
    // before that midnight is the offset at it.
    let naive = tomorrow.days_since_epoch() * MS_PER_DAY;
    naive - offset_ms(naive - MS_PER_HOUR)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `YYYY-MM-DDTHH:MM` in UTC, as milliseconds.
    fn utc(s: &str) -> i64 {
        let (date, time) = s.split_once('T').unwrap_or_else(|| panic!("{s}"));
        let date: Date = date.parse().unwrap_or_else(|e| panic!("{e}"));
        let (h, m) = time.split_once(':').unwrap_or_else(|| panic!("{s}"));
        let (h, m): (i64, i64) = (h.parse().unwrap_or(0), m.parse().unwrap_or(0));
        date.days_since_epoch() * MS_PER_DAY + h * MS_PER_HOUR + m * 60_000
    }

    fn check(instant: &str, uk_date: &str, next_midnight: &str) {
        let t = utc(instant);
        assert_eq!(
            uk_date_at(t).to_string(),
            uk_date,
            "UK date at {instant} UTC"
        );
        assert_eq!(
            next_uk_midnight(t),
            utc(next_midnight),
            "next UK midnight after {instant} UTC"
        );
    }

    #[test]
    fn the_uk_date_follows_gmt_and_bst() {
        // instant (UTC)       UK date       next UK midnight (UTC)
        check("2023-02-01T09:00", "2023-02-01", "2023-02-02T00:00"); // winter: GMT
        check("2023-02-01T23:59", "2023-02-01", "2023-02-02T00:00");
        check("2023-03-25T23:30", "2023-03-25", "2023-03-26T00:00"); // the night the clocks go forward
        check("2023-03-26T00:59", "2023-03-26", "2023-03-26T23:00"); // still GMT, then BST from 01:00
        check("2023-03-26T01:00", "2023-03-26", "2023-03-26T23:00");
        check("2023-07-04T23:00", "2023-07-05", "2023-07-05T23:00"); // summer: 00:00 BST is 23:00 UTC
        check("2023-07-04T22:59", "2023-07-04", "2023-07-04T23:00");
        check("2023-10-28T23:30", "2023-10-29", "2023-10-30T00:00"); // BST until 01:00 UTC on the 29th
        check("2023-10-29T00:59", "2023-10-29", "2023-10-30T00:00");
        check("2023-10-29T01:00", "2023-10-29", "2023-10-30T00:00"); // back on GMT
        check("2024-03-30T23:59", "2024-03-30", "2024-03-31T00:00"); // 2024: 31 March
        check("2026-11-24T12:00", "2026-11-24", "2026-11-25T00:00");
        check("2026-12-31T23:59", "2026-12-31", "2027-01-01T00:00");
    }
}
