//! The static facts (issue #22): a dispute's facts for one date, as plain HTML that needs neither
//! the widget's script nor its stylesheet — what a placeholder holds before the wasm arrives, and
//! what a reader without JavaScript, an RSS reader or a syndicated copy of the article reads.
//!
//! It is the widget's own components (`AnswerCard`, `AnswerNotes`, `DayList`, `Story`) rendered
//! under `StaticRendering`: one wording and one structure. It owns only what a static page says
//! besides: the date its facts stand on, and, with no area chosen, every area's answer in turn
//! (areas whose answers are the same told once, under all their names). It must not read the
//! clock: the date is an argument. Natively it is written out by Leptos's server renderer
//! ([`to_html`]); in the browser `embed` renders it into a detached element.

use leptos::prelude::*;

use super::answer_card::AnswerCard;
use super::answer_notes::AnswerNotes;
use super::day_list::DayList;
use super::source_links::SourceLinks;
use super::story::Story;
use super::{DisputeContext, StaticRendering, WordsContext};
use crate::explain::{self, Answer, explain};
use crate::lang::Lang;
use crate::model::{Date, Dispute, RegionId, RoleId, Where};
use crate::present::{self, Rows};
use crate::strings;

/// A dispute's facts as they stood on `today`: for the reader at `at` as `role` where given,
/// otherwise for every area.
#[component]
pub fn StaticFacts(
    dispute: &'static Dispute,
    /// The preset area (and council), if any.
    #[prop(default = None)]
    at: Option<Where>,
    /// The preset role, if any.
    #[prop(default = None)]
    role: Option<RoleId>,
    /// The language asked for; the facts' own where the file is not written in it.
    #[prop(default = Lang::En)]
    lang: Lang,
    /// The date the facts stand on, said at the top.
    today: Date,
) -> impl IntoView {
    provide_context(DisputeContext(dispute));
    let lang = dispute.words_in(lang);
    let w = strings::words(lang);
    provide_context(WordsContext(w));
    provide_context(StaticRendering {
        detail: at.is_some(),
    });
    let summary = explain::tells_whole_dispute(dispute, today).then(|| {
        view! {
            <p class="se-summary">
                {dispute.summary.text.get(lang).to_owned()}" "
                <SourceLinks sources=dispute.summary.sources.clone() />
            </p>
        }
    });
    let body = match at {
        Some(at) => {
            let area = dispute.region(at.region).name.get(lang);
            let role_name = role.map(|r| dispute.role(r).name.get(lang));
            let heading = w.reader(area, role_name);
            reader(dispute, at, role, today, heading).into_any()
        }
        None => every_area(dispute, role, today).into_any(),
    };
    view! {
        // The date as data too, for whoever checks a page's copy against the facts.
        <section class="se-static" lang=lang.as_str() data-as-of=today.to_string()>
            <h2 class="se-title">{dispute.title.get(lang).to_owned()}</h2>
            <p class="se-static__as-of">{w.as_of(today)}</p>
            {summary}
            {body}
            <p class="se-checked">{w.checked_on(dispute.checked_on)}</p>
        </section>
    }
}

/// One reader's answer under `heading`: the card, the notes, the days and the story, as dated
/// facts (`present::dated`).
fn reader(
    dispute: &'static Dispute,
    at: Where,
    role: Option<RoleId>,
    today: Date,
    heading: String,
) -> impl IntoView + use<> {
    let region = at.region;
    let answer = present::dated(explain(dispute, at, role, today));
    answer_view(dispute, region, role, answer, heading)
}

fn answer_view(
    dispute: &'static Dispute,
    region: RegionId,
    role: Option<RoleId>,
    answer: Answer<'static>,
    heading: String,
) -> impl IntoView + use<> {
    let w = super::words();
    // One reader's answer tells the story too; every area's in turn does not.
    let detail = super::row_detail();
    let card = present::card(dispute, &answer, role);
    let over = answer.is_over();
    let days = (!answer.days.is_empty()).then(|| {
        view! {
            <h3 class="se-subheading">{w.days_heading()}</h3>
            <DayList answer=answer.clone() rows=card.rows.clone() />
        }
    });
    view! {
        <section class="se-static__reader">
            // Under the dispute's title (its own h2), each reader's or area's part is a section
            // of its own, with the widget's h3 subheadings under it.
            <h2>{heading}</h2>
            <AnswerCard answer=answer.clone() card=card.clone() region />
            <AnswerNotes card over in_dispute=dispute.region(region).in_dispute />
            {days}
            {detail.then(|| view! { <Story events=answer.story.clone() open=RwSignal::new(true) /> })}
        </section>
    }
}

/// Every area's answer for `role` (or anyone), areas whose answers and headlines are the same
/// told once under all their names.
fn every_area(
    dispute: &'static Dispute,
    role: Option<RoleId>,
    today: Date,
) -> impl IntoView + use<> {
    let w = super::words();
    // Grouped on what is shown: rows here have no detail, so neither a day's notes, nor the
    // story, nor (unless the role's rows give them) the closure figures are.
    let shown = |answer: &Answer<'static>| {
        let figures = matches!(present::card(dispute, answer, role).rows, Rows::Closures);
        let mut key = Answer {
            story: Vec::new(),
            closures: if figures {
                answer.closures.clone()
            } else {
                Vec::new()
            },
            ..answer.clone()
        };
        for day in &mut key.days {
            day.notes.clear();
        }
        key
    };
    let mut groups: Vec<(Vec<RegionId>, Answer<'static>, Answer<'static>, String)> = Vec::new();
    for region in dispute.region_ids() {
        let answer = present::dated(explain(dispute, region, role, today));
        let headline = strings::headline(w, &answer.headline, dispute.region(region));
        let key = shown(&answer);
        match groups
            .iter_mut()
            .find(|(_, k, _, h)| *k == key && *h == headline)
        {
            Some((regions, ..)) => regions.push(region),
            None => groups.push((vec![region], key, answer, headline)),
        }
    }
    groups
        .into_iter()
        .map(|(regions, _, answer, _)| {
            let names: Vec<&str> = regions
                .iter()
                .map(|&r| dispute.region(r).name.get(w.lang()))
                .collect();
            let role_name = role.map(|r| dispute.role(r).name.get(w.lang()));
            answer_view(
                dispute,
                regions[0],
                role,
                answer,
                w.reader(&strings::area_names(&names), role_name),
            )
        })
        .collect_view()
}

/// The static facts as HTML, written natively by Leptos's server renderer: for the embed
/// builder's command and the tests. Leptos's markers between adjacent texts (`<!>`) are taken
/// out: the HTML is read, never hydrated.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_html(
    dispute: &'static Dispute,
    at: Option<Where>,
    role: Option<RoleId>,
    lang: Lang,
    today: Date,
) -> String {
    let owner = Owner::new();
    let html = owner.with(|| view! { <StaticFacts dispute at role lang today /> }.to_html());
    plain(&html.replace("<!>", ""))
}

/// The rendered facts as plain HTML: without the widget's classes, which style nothing outside
/// its shadow root (and a host's stylesheet or script that looks for them,
/// `[data-strike-explainer] .se-badge`, should find the widget's, not the fallback's); without
/// the rows' ids and tab stops, which only the widget's chips use (two copies of the facts on a
/// page would repeat the ids); and without the renderers' empty comments, their markers between
/// texts. Only the root keeps its class, `se-static`, which `strike-explainer.css` keeps within
/// the reserved space while the widget loads. Structure and data stay: `data-kind`,
/// `data-status`, `<time datetime>`.
pub fn plain(html: &str) -> String {
    const DROPPED: [&str; 3] = [" class=\"", " id=\"", " tabindex=\""];
    let mut out = String::with_capacity(html.len());
    // A byte cursor: everything it looks for is ASCII, so each index it stops at, and each
    // slice it copies, falls on a character boundary.
    let bytes = html.as_bytes();
    // Where the text not yet copied starts; whether we are in a tag, and in a quoted value.
    let (mut from, mut i, mut in_tag, mut quoted) = (0, 0, false, false);
    // The index of the next `needle` in `bytes` from `at`, if any.
    let find = |at: usize, needle: &[u8]| {
        bytes[at..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|p| at + p)
    };
    while i < bytes.len() {
        let rest = &bytes[i..];
        // An attribute to drop (the root's class apart): skip it, its value and closing quote.
        if in_tag
            && !quoted
            && let Some(name) = DROPPED.iter().find(|a| rest.starts_with(a.as_bytes()))
            && let Some(close) = find(i + name.len(), b"\"")
        {
            if &html[i + name.len()..close] != "se-static" {
                out.push_str(&html[from..i]);
                from = close + 1;
            }
            i = close + 1;
            continue;
        }
        // A renderer's comment: skip it whole.
        if !in_tag
            && rest.starts_with(b"<!--")
            && let Some(end) = find(i, b"-->")
        {
            out.push_str(&html[from..i]);
            i = end + 3;
            from = i;
            continue;
        }
        match bytes[i] {
            b'<' if !in_tag => in_tag = true,
            b'>' if in_tag && !quoted => in_tag = false,
            b'"' if in_tag => quoted = !quoted,
            _ => {}
        }
        i += 1;
    }
    out.push_str(&html[from..]);
    out
}
