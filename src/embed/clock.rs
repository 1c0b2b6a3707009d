//! Today's date in the UK for widgets that show today: read from the browser's clock and moved
//! on at UK midnight by a timer that belongs to the widget (cleared when it is unmounted).
//!
//! The rule itself (GMT/BST, the next midnight) is the pure `uk_time`; this module only reads the
//! clock and keeps the timer, with leptos's timer helper (not gloo-timers: ARCHITECTURE.md,
//! "Dependencies, measured").

use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::prelude::*;

use crate::model::Date;
use crate::uk_time;

/// Today's date in the UK (Europe/London), whatever the reader's own time zone.
pub fn uk_today() -> Date {
    uk_time::uk_date_at(js_sys::Date::now() as i64)
}

/// Today's UK date as a signal that moves on at UK midnight, without a reload. Call it inside
/// the widget's reactive owner: the pending timer is cleared when the owner is cleaned up, so an
/// unmounted widget leaves nothing behind (issue #8).
pub(super) fn uk_today_signal() -> Signal<Date> {
    let today = RwSignal::new(uk_today());
    let timer = Pending::default();
    schedule_rollover(today, timer.clone());
    on_cleanup(move || {
        if let Some(pending) = timer.lock().ok().and_then(|mut t| t.take()) {
            pending.clear();
        }
    });
    today.into()
}

/// The timer waiting for the next midnight. Shared with the owner's cleanup, which leptos needs to
/// be `Send`: hence a mutex, never contended on the page's one thread.
type Pending = Arc<Mutex<Option<TimeoutHandle>>>;

fn schedule_rollover(today: RwSignal<Date>, timer: Pending) {
    let now = js_sys::Date::now() as i64;
    // A second past midnight, so the new date is certain even if the timer fires a little early.
    let wait = (uk_time::next_uk_midnight(now) - now).max(0) + 1000;
    let next = timer.clone();
    let handle = set_timeout_with_handle(
        move || {
            // `try_set` hands the value back once the widget (and its signal) is gone: stop then.
            if today.try_set(uk_today()).is_none() {
                schedule_rollover(today, next);
            }
        },
        Duration::from_millis(wait.unsigned_abs()),
    );
    if let Ok(mut slot) = timer.lock() {
        *slot = handle.ok();
    }
}
