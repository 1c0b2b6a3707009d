//! Words a reader understands (issue #21), as each reader of the bundled NEU file meets them, in
//! English and Welsh: a body known by its letters (NAHT, ASCL, EIS, NASUWT, TUC, DBS, IFS, CPI)
//! is said in full, or in a few words, in the first text that names it; no text uses the trade's
//! jargon ("called out", "mandate", "pay body"); a share of people or schools (a vote, a turnout,
//! a closure) is a whole percent. The widget's own words for a call are checked too.
//!
//! "First" is as the reader reads: the next steps and notes for their area and role, in order,
//! as one run; the
//! story of their nation, oldest first, as another; each day's line for their group, each
//! ending and each background figure alone (each stands on its own on screen).

use strike_explainer::data;
use strike_explainer::explain::{Answer, Headline, explain};
use strike_explainer::lang::Lang;
use strike_explainer::model::{CalledOut, Date, Dispute, Text};
use strike_explainer::present::Tally;
use strike_explainer::strings::{Cy, En, Words};

fn dispute() -> Dispute {
    data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"))
}

fn date(s: &str) -> Date {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// Today, and dates inside the dispute: before the ballot results, the first strike day, the
/// Welsh suspension, the re-ballot, the July deal and after the colleges' settlement.
const DATES: [&str; 7] = [
    "2026-11-24",
    "2022-12-01",
    "2023-02-01",
    "2023-03-10",
    "2023-06-01",
    "2023-07-13",
    "2023-11-20",
];

/// A name known by its letters, and what must stand beside it, in English and in Welsh, where
/// it is first met. Welsh uses a published Welsh name where there is one (the Independent Welsh
/// Pay Review Body's 2019 report for the NAHT, BBC Cymru Fyw and Golwg360 for the TUC); the EIS's
/// and the IFS's names have none, so the Welsh keeps the English.
const NAMES: [(&str, &str, &str); 8] = [
    (
        "NAHT",
        "National Association of Head Teachers",
        // Without its first word, which mutates: "yng Nghymdeithas", "a Chymdeithas".
        "Genedlaethol y Prifathrawon",
    ),
    (
        "ASCL",
        "Association of School and College Leaders",
        "Cymdeithas Arweinwyr Ysgolion a Cholegau",
    ),
    (
        "EIS",
        "Educational Institute of Scotland",
        "Educational Institute of Scotland",
    ),
    (
        "NASUWT",
        "NASUWT teachers' union",
        "undeb athrawon yr NASUWT",
    ),
    ("TUC", "Trades Union Congress", "Cyngres yr Undebau Llafur"),
    (
        "DBS",
        "criminal record checks",
        "gwiriadau cofnodion troseddol",
    ),
    (
        "IFS",
        "Institute for Fiscal Studies",
        "Institute for Fiscal Studies",
    ),
    ("CPI", "Consumer Prices Index", "Mynegai Prisiau Defnyddwyr"),
];

/// Jargon no text may use, in each language (lower case).
const JARGON: [(Lang, &str); 7] = [
    (Lang::En, "called out"),
    (Lang::En, "call out"),
    (Lang::En, "calls out"),
    (Lang::En, "mandate"),
    (Lang::En, "pay body"),
    (Lang::Cy, "galw allan"),
    (Lang::Cy, "mandad"),
];

/// What one reader reads: runs of texts, each read as one (a reader meets a name first in the
/// first text of a run that names it).
fn runs<'d>(a: &Answer<'d>) -> Vec<Vec<&'d Text>> {
    let over = a.is_over();
    let mut runs: Vec<Vec<&Text>> = vec![
        // The next steps come first, then the notes (issue #21).
        a.steps
            .iter()
            .chain(&a.notes)
            .map(|n| n.text(over))
            .collect(),
        a.story.iter().map(|e| &e.body.text).collect(),
    ];
    for day in &a.days {
        runs.extend(
            day.called_out
                .and_then(|c| c.note.as_ref())
                .map(|t| vec![t]),
        );
        runs.extend(day.notes.iter().map(|n| vec![n.text(over)]));
        runs.extend(
            day.history
                .iter()
                .filter_map(|h| h.note.as_ref())
                .map(|t| vec![t]),
        );
    }
    match &a.headline {
        Headline::Over(e) => runs.push(vec![&e.body.text]),
        Headline::NotOverForYou { main, yours } => {
            runs.push(vec![&main.body.text]);
            runs.extend(yours.map(|y| vec![&y.body.text]));
        }
        _ => {}
    }
    runs
}

/// Whether `text` names `letters` as a word of its own (`NAHT's` does; `NAHTX` does not).
fn names(text: &str, letters: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w == letters)
}

/// Each problem with one run, in one language: a name first met without what it stands for,
/// jargon, or a share with decimals.
fn problems(run: &[&Text], lang: Lang) -> Vec<String> {
    let texts: Vec<&str> = run.iter().filter_map(|t| t.written_in(lang)).collect();
    let mut found = Vec::new();
    for (letters, en, cy) in NAMES {
        let full = if lang == Lang::Cy { cy } else { en };
        if let Some(first) = texts.iter().find(|t| names(t, letters))
            && !first.contains(full)
        {
            found.push(format!("{letters} first met without \"{full}\": {first}"));
        }
    }
    for text in &texts {
        let lower = text.to_lowercase();
        for (l, word) in JARGON {
            if l == lang && lower.contains(word) {
                found.push(format!("jargon \"{word}\": {text}"));
            }
        }
        found.extend(
            decimal_shares(text)
                .into_iter()
                .map(|s| format!("share {s}: {text}")),
        );
    }
    found
}

/// Shares of people or schools given with decimals: `88.5% voted`, `on a 51.9% turnout`,
/// `17.4% of`, `88.5% o blaid`. Pay rises and inflation keep their decimals (`a 6.5% rise`).
fn decimal_shares(text: &str) -> Vec<String> {
    const AFTER: [&str; 9] = [
        " voted",
        " yes",
        " of ",
        " turnout",
        " for strikes",
        " backed",
        " o blaid",
        " wedi ",
        " o'r",
    ];
    let mut found = Vec::new();
    for (i, _) in text.match_indices('%') {
        let start = text[..i]
            .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
            .map_or(0, |j| j + 1);
        let figure = &text[start..i];
        let after = &text[i + 1..];
        if figure.contains('.') && AFTER.iter().any(|a| after.starts_with(a)) {
            found.push(format!("{figure}%"));
        }
    }
    found
}

fn check(lang: Lang) {
    let d = dispute();
    let mut found: Vec<String> = Vec::new();
    let mut read = 0;
    for on in DATES {
        for region in d.region_ids() {
            for role in std::iter::once(None).chain(d.role_ids().map(Some)) {
                let a = explain(&d, region, role, date(on));
                for run in runs(&a) {
                    read += run.len();
                    for p in problems(&run, lang) {
                        if !found.contains(&p) {
                            found.push(p);
                        }
                    }
                }
            }
        }
    }
    for f in &d.figures {
        read += 1;
        found.extend(problems(&[&f.label, &f.value], lang));
    }
    assert!(read > 1000, "only {read} texts read");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_reader_meets_each_name_in_full_and_no_jargon_in_english() {
    check(Lang::En);
}

#[test]
fn every_reader_meets_each_name_in_full_and_no_jargon_in_welsh() {
    check(Lang::Cy);
}

#[test]
fn the_checks_catch_what_they_look_for() {
    let text = |en: &str| Text::en(en);
    let bad = [
        text("NAHT members could not strike."),
        text("They were called out on 2 March."),
        text("88.5% voted yes, on a 51.9% turnout."),
    ];
    let found: Vec<String> = bad.iter().flat_map(|t| problems(&[t], Lang::En)).collect();
    assert_eq!(found.len(), 4, "{found:#?}");
    let good = text("The National Association of Head Teachers (NAHT) accepted a 6.5% pay rise.");
    assert!(problems(&[&good], Lang::En).is_empty());
    assert!(decimal_shares("4.5% on average, 8.9% for new teachers").is_empty());
}

/// The widget's own words for a call (issue #21): "asked to strike", never "called out".
#[test]
fn the_widget_says_what_a_group_was_asked_to_do_without_jargon() {
    let answers = [
        CalledOut::Yes,
        CalledOut::No,
        CalledOut::Members("NEU".into()),
        CalledOut::MayJoin,
        CalledOut::Unconfirmed,
    ];
    let words: [(&dyn Words, Lang); 2] = [(&En, Lang::En), (&Cy, Lang::Cy)];
    for (w, lang) in words {
        let mut said = vec![w.called_out_heading().to_owned()];
        for a in &answers {
            said.push(w.called_out(a));
            for (past, ahead, dropped) in [(8, 0, 0), (2, 0, 3), (1, 2, 0), (0, 0, 0)] {
                let days = Tally {
                    past,
                    ahead,
                    dropped,
                };
                said.push(w.lead_call(a, past + ahead, days));
            }
        }
        for s in said {
            let lower = s.to_lowercase();
            for (l, word) in JARGON {
                assert!(l != lang || !lower.contains(word), "{s}");
            }
        }
    }
    assert_eq!(
        En.called_out(&CalledOut::Yes),
        "Your group was asked by its union to strike."
    );
}
