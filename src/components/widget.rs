//! The whole widget: the reader's two choices (where they are, region and council, and who they
//! are) and the answer that follows them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::answer_card::AnswerCard;
use super::answer_notes::AnswerNotes;
use super::calendar_button::CalendarButton;
use super::calendar_view::CalendarView;
use super::choice::Choice;
use super::closure_chart::ClosureChart;
use super::day_list::DayList;
use super::figures::Figures;

use super::language_switch::LanguageSwitch;
use super::location::Location;
use super::replay::Replay;
use super::replay_notice::ReplayNotice;
use super::share_bar::ShareBar;
use super::source_links::SourceLinks;
use super::source_list::SourceList;
use super::story::Story;
use super::{DisputeContext, PlaceIndex, ShareTools};
use crate::explain::{self, explain};
use crate::lang::Lang;
use crate::model::{Date, Dispute, RoleId, Where};
use crate::options::Theme;
use crate::present;
use crate::share::Choice;
use crate::strings;

/// Called with the reader's new choice each time they change where they are or their role.
pub type OnChoice = std::rc::Rc<dyn Fn(Option<&Where>, Option<RoleId>)>;

/// The widget's stylesheet (`widget.css`, its comments taken out by `build.rs`): every class and
/// custom property starts with `se-`, and no size is in `rem`, so a host page's root font size
/// cannot change it.
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// The strike explainer for one dispute. Mount it into a host element; it renders nothing
/// outside it.
#[component]
pub fn Explainer(
    /// The checked dispute; shared by every instance on the page.
    dispute: &'static Dispute,
    /// Where to start: the area (`data-region`) and the council (`data-council`), from the
    /// host, a shared link or the reader's last visit.
    #[prop(default = None)]
    at: Option<Where>,
    /// The role to start with, from `data-role`.
    #[prop(default = None)]
    role: Option<RoleId>,
    /// Today's date in the UK, or an editor's override.
    #[prop(into)]
    today: Signal<Date>,
    /// The colour scheme; `Auto` follows the reader's system.
    #[prop(default = Theme::Auto)]
    theme: Theme,
    /// The language of the widget's own words.
    #[prop(default = Lang::En)]
    lang: Lang,
    /// Told of every change the reader makes (the embed turns it into a DOM event).
    #[prop(default = None)]
    on_choice: Option<OnChoice>,
    /// Sharing and remembering, where the host page allows them.
    #[prop(default = None)]
    share: Option<ShareTools>,
    /// The place search's index, fetched on the search's first use; without it, only the area
    /// list.
    #[prop(default = None)]
    places: Option<PlaceIndex>,
    /// Whether readers may see the widget as it was on another date (`data-replay`).
    #[prop(default = true)]
    replay: bool,
    /// Whether to show the widget's own title and summary (`data-heading`).
    #[prop(default = true)]
    heading: bool,
    /// Called when the reader switches language; without it there is no switch.
    #[prop(default = None)]
    on_lang: Option<Callback<Lang>>,
    /// Drawn again after a language switch: the switch takes focus back, and the choice (with
    /// its new language) is remembered as any change is.
    #[prop(default = false)]
    switched: bool,
    /// The date replayed, kept by the embed so that a language switch does not lose it.
    #[prop(default = None)]
    replayed: Option<RwSignal<Option<Date>>>,
) -> impl IntoView {
    provide_context(DisputeContext(dispute));
    // Interface words in the language of the facts: a reader who asked for a language the
    // file is not written in reads it in English, told so in their language (issue #20).
    let asked = lang;
    let lang = dispute.words_in(asked);
    let w = strings::words(lang);
    provide_context(super::WordsContext(w));
    let (at, set_at) = signal(at);
    let region = Memo::new(move |_| at.with(|a| a.as_ref().map(|a| a.region)));
    let (role, set_role) = signal(role);
    let council_key = Signal::derive(move || {
        at.with(|a| {
            a.as_ref()
                .and_then(|a| a.council.as_ref())
                .map(|c| c.code.clone())
        })
    });
    let remembered = RwSignal::new(share.as_ref().is_some_and(|s| s.remembered));
    // The date the answer is for: today, or the day the reader chose to replay.
    let replayed = replayed.unwrap_or_else(|| RwSignal::new(None::<Date>));
    let choice = Signal::derive(move || Choice {
        region: region.get().map(|id| dispute.region(id).key.clone()),
        council: council_key.get(),
        role: role.get().map(|id| dispute.role(id).key.clone()),
        // A link read in Welsh opens in Welsh.
        lang: (lang != Lang::default()).then(|| lang.as_str().to_owned()),
        // A link copied while replaying opens on that date (storage leaves it out).
        on: replayed.get().map(|d| d.to_string()),
    });
    let remember = share.as_ref().map(|s| s.remember.clone());
    let notify = move || {
        if let Some(remember) = &remember
            && remember(&choice.get_untracked())
        {
            remembered.set(true);
        }
        if let Some(f) = &on_choice {
            at.with_untracked(|a| f(a.as_ref(), role.get_untracked()));
        }
    };
    if switched {
        // The reader chose a language: remembered as any other change (and "Forget" offered
        // from what storage holds now, not from when the page loaded).
        notify();
    }
    let notify_too = notify.clone();
    let notify_place = notify.clone();
    let story_open = RwSignal::new(false);
    let root_ref = NodeRef::<leptos::html::Section>::new();
    let place_query = RwSignal::new(String::new());
    let shown = Signal::derive(move || replayed.get().unwrap_or_else(|| today.get()));
    // The summary and the background figures tell the whole dispute: a reader on an earlier
    // date (a replay, `data-today`) is not shown them (issue #19). One rule for both; a plain
    // closure, as a `Memo<bool>` here cost 1.2 KB of wasm for a comparison over a few dates.
    let whole_told = move || explain::tells_whole_dispute(dispute, shown.get());
    let answer = Memo::new(move |_| {
        at.get()
            .map(|a| (a.region, explain(dispute, a, role.get(), shown.get())))
    });

    let role_options = dispute
        .roles
        .iter()
        .map(|r| (r.key.clone(), r.name.get(lang).to_owned()))
        .collect();
    let region_key = Signal::derive(move || region.get().map(|id| dispute.region(id).key.clone()));
    let role_key = Signal::derive(move || role.get().map(|id| dispute.role(id).key.clone()));

    let announcement = move || {
        answer.with(|a| match a {
            None => w.choose_region().to_owned(),
            Some((r, a)) => {
                let area = dispute.region(*r);
                let name = area.name.get(lang);
                let role_name = role.get().map(|id| dispute.role(id).name.get(lang));
                let said = w.announcement(
                    name,
                    role_name,
                    &strings::headline(w, &a.headline, area),
                    a.days.len(),
                    // The first sentence, about the reader's own group or school (issue #21).
                    present::card(dispute, a, role.get())
                        .lead
                        .and_then(|l| strings::lead(w, &l, a)),
                );
                match replayed.get() {
                    Some(on) => format!("{} {said}", w.replaying(on)),
                    None => said,
                }
            }
        })
    };

    let (as_calendar, set_as_calendar) = signal(false);
    // Reactive closures must be Send; the host's tools are not, so they live in local storage.
    let share_for_body = StoredValue::new_local(share.clone());
    let body = move || {
        let Some((r, a)) = answer.get() else {
            return view! { <p class="se-prompt">{w.choose_region()}</p> }.into_any();
        };
        // What the card says first, once and on each row, for the reader's role (issue #21).
        let card = present::card(dispute, &a, role.get());
        let notes = view! {
            <AnswerNotes card=card.clone() over=a.is_over() in_dispute=dispute.region(r).in_dispute />
        };
        // Offered only while a day is ahead (a calendar of past days is of no use to a reader),
        // beside the next step.
        let calendar = share_for_body
            .get_value()
            .filter(|_| card.calendar)
            .zip(at.get_untracked())
            .map(|(tools, at)| view! { <CalendarButton answer=a.clone() at role=role.get_untracked() today=shown.get_untracked() tools /> }.into_any());
        let days = (!a.days.is_empty()).then(|| {
            let list = a.days.clone();
            let closures = a.closures.clone();
            let chart = card.rows.chart();
            let listed = a.clone();
            let rows = card.rows.clone();
            let shown = move || {
                if as_calendar.get() {
                    // A day picked on the calendar shows its row in the list, open.
                    let rows = list.clone();
                    let on_day = Callback::new(move |i: usize| {
                        set_as_calendar.set(false);
                        let Some(date) = rows.get(i).map(|a| a.day.date) else {
                            return;
                        };
                        let id = super::answer_card::day_row_id(date, i);
                        request_animation_frame(move || {
                            if let Some(root) = root_ref.try_get_untracked().flatten() {
                                super::open_day(&root, &id);
                            }
                        });
                    });
                    view! { <CalendarView days=list.clone() on_day /> }.into_any()
                } else {
                    view! { <DayList answer=listed.clone() rows=rows.clone() /> }.into_any()
                }
            };
            view! {
                <div class="se-days-head">
                    <h3 class="se-subheading">{w.days_heading()}</h3>
                    <div class="se-toggle" role="group" aria-label=w.view_label()>
                        <button
                            type="button"
                            class="se-toggle__button"
                            aria-pressed=move || if as_calendar.get() { "false" } else { "true" }
                            on:click=move |_| set_as_calendar.set(false)
                        >
                            {w.list_view()}
                        </button>
                        <button
                            type="button"
                            class="se-toggle__button"
                            aria-pressed=move || if as_calendar.get() { "true" } else { "false" }
                            on:click=move |_| set_as_calendar.set(true)
                        >
                            {w.calendar_view()}
                        </button>
                    </div>
                </div>
                {shown}
                {chart.then(|| view! { <ClosureChart closures=closures.clone() /> })}
            }
        });
        view! {
            <AnswerCard answer=a.clone() card region=r calendar />
            {notes}
            {days}
            <Story events=a.story.clone() open=story_open />
        }
        .into_any()
    };

    // Whether the reader is pointing and tapping rather than using keys: focus rings are for
    // the keyboard (widget.css, `[data-pointer]`; issue #21).
    let pointer = RwSignal::new(false);
    view! {
        <section
            node_ref=root_ref
            class="se-root"
            data-pointer=move || pointer.get().then_some("")
            on:pointerdown=move |_| {
                if !pointer.get_untracked() {
                    pointer.set(true);
                }
            }
            on:keydown=move |ev| {
                // Keys that move focus or act, not those that type. A host's script may send a
                // plain `Event("keydown")`, which has no key: reading one would throw.
                let Some(key) = AsRef::<leptos::ev::Event>::as_ref(&ev)
                    .dyn_ref::<leptos::ev::KeyboardEvent>()
                    .map(leptos::ev::KeyboardEvent::key)
                else {
                    return;
                };
                let moves = matches!(key.as_str(), "Tab" | "Enter" | "Escape" | "Home" | "End" | "PageUp" | "PageDown")
                    || key.starts_with("Arrow");
                if moves && pointer.get_untracked() {
                    pointer.set(false);
                }
            }
            aria-label=dispute.title.get(lang).to_owned()
            lang=lang.as_str()
            data-theme=(theme != Theme::Auto).then_some(theme.as_str())
            // The reader's choice as public ids, for the host's tests and styles.
            data-region=region_key
            data-council=council_key
            data-role=role_key
        >
            {heading.then(|| view! {
                <h2 class="se-title">{dispute.title.get(lang).to_owned()}</h2>
                {move || whole_told().then(|| view! {
                    <p class="se-summary">
                        {dispute.summary.text.get(lang).to_owned()}" "
                        <SourceLinks sources=dispute.summary.sources.clone() />
                    </p>
                })}
            })}
            {(asked != lang).then(|| view! {
                <p class="se-lang-note">
                    <span lang=asked.as_str()>{strings::words(asked).facts_only_in_english()}</span>
                    " "{w.facts_only_in_english()}
                </p>
            })}
            // Beside the first line of "where": it takes no line of its own. Only where the
            // facts are written in every language it offers.
            {on_lang
                .filter(|_| Lang::ALL.into_iter().all(|l| dispute.speaks(l)))
                .map(|on_lang| view! { <LanguageSwitch lang on_lang focus=switched /> })}
            <Location region=Signal::from(region) council=council_key query=place_query places on_choose={move |a: Option<Where>| {
                set_at.set(a);
                notify_place();
            }} />
            <div class="se-controls">
                <Choice
                    label=w.role_label()
                    id="se-role"
                    placeholder=w.role_placeholder()
                    options=role_options
                    value=role_key
                    on_change=Box::new(move |key: Option<String>| {
                        set_role.set(key.and_then(|k| dispute.role_by_key(&k)));
                        notify_too();
                    })
                />
            </div>
            <p class="se-sr-only se-announcer" role="status" aria-live="polite" aria-atomic="true">{announcement}</p>
            <ReplayNotice replayed />
            <div class="se-answer">{body}</div>
            {replay.then(|| view! { <Replay today replayed span=explain::span(dispute) /> })}
            {move || {
                // Only once there is an answer to share.
                region.get().and(share_for_body.get_value()).map(|tools| view! { <ShareBar tools choice remembered /> })
            }}
            <footer class="se-footer">
                // Side by side while both are closed; an open one takes its own row.
                <div class="se-footer__more">
                    {move || whole_told().then(|| view! { <Figures /> })}
                    <SourceList />
                </div>
                <p class="se-checked">{w.checked_on(dispute.checked_on)}</p>
            </footer>
        </section>
    }
}
