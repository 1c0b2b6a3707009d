//! "See it as it was on …": the whole answer on any date of the dispute, for editors of archive
//! articles, fact-checkers and curious readers.

use leptos::prelude::*;

use super::disclosure::Opened;
use super::replay_notice::ReplayNotice;
use crate::model::Date;

/// A slider over the dispute's span and a date field, both native and keyboard-usable (arrow
/// keys move the slider a day at a time). While they show another date than today, the widget
/// says so above the answer and again just above this control, with a one-step way back
/// (`ReplayNotice`): a reader who picks a date sees what they are looking at where they picked it.
#[component]
pub fn Replay(
    /// The date the widget would show by itself (today in the UK, or `data-today`).
    today: Signal<Date>,
    /// The date the reader chose to see instead; `None` shows `today`.
    replayed: RwSignal<Option<Date>>,
    /// The first and last dates the slider covers.
    span: (Date, Date),
) -> impl IntoView {
    let w = super::words();
    let (start, end) = span;
    let last = start.days_until(end).max(0);
    let shown = move || replayed.get().unwrap_or_else(|| today.get());
    let choose = move |date: Date| {
        let date = date.max(start);
        replayed.set((date != today.get_untracked()).then_some(date));
    };
    let on_slide = move |ev: leptos::ev::Event| {
        if let Ok(n) = event_target_value(&ev).parse::<i64>() {
            choose(start.add_days(n.clamp(0, last)));
        }
    };
    // The latest date the field takes: today, or the span's end if that is later.
    let latest = move || today.get().max(end);
    let on_date = move |ev: leptos::ev::Event| {
        // An empty, half-typed ("0002-07-13" while the year is typed) or out-of-range date changes
        // nothing, so the field is never rewritten under the reader's fingers.
        if let Ok(date) = event_target_value(&ev).parse::<Date>()
            && date >= start
            && date <= latest()
        {
            choose(date);
        }
    };
    // Built when first opened: a date field is the costliest element the browser makes (about
    // 6 ms of a phone's start-up), and most readers never replay.
    let opened = Opened::new(false);
    let controls = move || {
        opened.get().then(|| untrack(|| {
            view! {
                <div class="se-replay__controls">
                    <label class="se-field__label" for="se-replay-range">{w.replay_slider()}</label>
                    <input
                        id="se-replay-range"
                        class="se-replay__range"
                        type="range"
                        min="0"
                        max=last.to_string()
                        step="1"
                        prop:value=move || start.days_until(shown()).clamp(0, last).to_string()
                        aria-valuetext=move || w.long_date(shown())
                        on:input=on_slide
                    />
                    <label class="se-field__label" for="se-replay-date">{w.replay_date()}</label>
                    <input
                        id="se-replay-date"
                        class="se-select se-replay__date"
                        type="date"
                        min=start.to_string()
                        max=move || latest().to_string()
                        prop:value=move || shown().to_string()
                        on:change=on_date
                    />
                </div>
            }
        }))
    };
    // The notice just above the control, not below it: within sight of the date field the
    // reader is touching, and after "Back to today" focus lands on the summary just under it.
    view! {
        <ReplayNotice replayed beside=true />
        <details class="se-disclosure se-replay" on:toggle=move |_| opened.mark()>
            <summary on:click=move |_| opened.mark()>{w.replay()}</summary>
            {controls}
        </details>
    }
}
