//! The validator for editors: checks dispute data files exactly as the widget does.
//! `cargo run --bin check-dispute -- data/neu-2023.json [more.json …]`.
//!
//! It prints every problem of every file with its JSON path (the same messages the widget logs
//! and shows with `data-debug`, from the same `data::parse`) and exits non-zero if any file has
//! one; a good file gets one line saying what it holds. With `--read`, it then prints what one
//! reader is told (the headline, the count and each day's row, in the widget's words), so an
//! editor can read a file as its readers will. It only reads the files; it must not hold a rule
//! of its own.

use std::{env, fs, process::ExitCode};

use strike_explainer::data;
use strike_explainer::explain::explain;
use strike_explainer::lang::Lang;
use strike_explainer::model::{Date, Dispute, Reach, Where};
use strike_explainer::strings;
use strike_explainer::{options, places, present};

const USAGE: &str = "usage: cargo run --bin check-dispute -- <file.json> [more.json …]
       [--read REGION[@COUNCIL] [--role ROLE] [--on YYYY-MM-DD] [--lang en|cy]]";

/// Who `--read` reads as.
struct Reader {
    at: String,
    role: Option<String>,
    on: Option<String>,
    lang: Lang,
}

fn main() -> ExitCode {
    let mut files: Vec<String> = Vec::new();
    let mut reader: Option<Reader> = None;
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            let v = args.next();
            if v.is_none() {
                eprintln!("{name} needs a value\n{USAGE}");
            }
            v
        };
        match arg.as_str() {
            "--read" => match value("--read") {
                Some(at) => {
                    reader = Some(Reader {
                        at,
                        role: None,
                        on: None,
                        lang: Lang::En,
                    })
                }
                None => return ExitCode::FAILURE,
            },
            "--role" | "--on" | "--lang" => {
                let (Some(v), Some(r)) = (value(&arg), reader.as_mut()) else {
                    eprintln!("{arg} comes after --read\n{USAGE}");
                    return ExitCode::FAILURE;
                };
                match arg.as_str() {
                    "--role" => r.role = Some(v),
                    "--on" => r.on = Some(v),
                    _ => match v.parse() {
                        Ok(lang) => r.lang = lang,
                        Err(_) => {
                            eprintln!("--lang: “{v}” is not en or cy");
                            return ExitCode::FAILURE;
                        }
                    },
                }
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    }
    let mut failed = false;
    for file in &files {
        let text = match fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{file}: cannot be read: {e}");
                failed = true;
                continue;
            }
        };
        match data::parse(&text) {
            Ok(d) => {
                let written: Vec<&str> = Lang::ALL
                    .into_iter()
                    .filter(|&l| d.speaks(l))
                    .map(Lang::own_name)
                    .collect();
                let languages = format!("written in {}", written.join(", "));
                let holds = [
                    (d.regions.len(), "region", "regions"),
                    (d.roles.len(), "role", "roles"),
                    (d.days.len(), "strike call", "strike calls"),
                    (d.notes.len(), "note", "notes"),
                    (d.story.len(), "story event", "story events"),
                    (d.endings.len(), "ending", "endings"),
                    (d.programmes.len(), "programme", "programmes"),
                    (d.sources.len(), "source", "sources"),
                ]
                .map(|(n, one, many)| data::counted(n, one, many))
                .join(", ");
                println!("{file}: ok: {holds}; {languages}");
                if let Some(r) = &reader
                    && let Err(why) = read(&d, r)
                {
                    eprintln!("{file}: --read: {why}");
                    failed = true;
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("{file}: {e}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints what the reader `r` is told by `d`: the headline, the count, and each day's row.
fn read(d: &Dispute, r: &Reader) -> Result<(), String> {
    let (key, code) = match r.at.split_once('@') {
        Some((key, code)) => (key, Some(code)),
        None => (r.at.as_str(), None),
    };
    let region = d
        .region_by_key(key)
        .ok_or_else(|| format!("no region “{key}”"))?;
    let council = match code {
        None => None,
        Some(code) => {
            let name = places::councils()
                .council(code)
                .map(|p| p.name_in(r.lang).to_owned())
                .ok_or_else(|| format!("“{code}” is not a council's GSS code"))?;
            // The widget's own rule (`options::council_at`): a council outside the region
            // chosen is not where the reader is.
            let council = if d.has_places() {
                options::council_at(d, code)
                    .into_iter()
                    .find(|(at, _)| *at == region)
                    .map(|(_, c)| c)
                    .ok_or_else(|| format!("{name} ({code}) does not lie in “{key}”"))?
            } else {
                places::council(code)
                    .ok_or_else(|| format!("“{code}” is not a council's GSS code"))?
            };
            Some((council, name))
        }
    };
    let role = match &r.role {
        None => None,
        Some(k) => Some(d.role_by_key(k).ok_or_else(|| format!("no role “{k}”"))?),
    };
    let on: Date = match &r.on {
        None => d.checked_on,
        Some(on) => on.parse().map_err(|e| format!("{e}"))?,
    };
    // As the widget: a file without the language asked for is read in English, and says so.
    let lang = d.words_in(r.lang);
    let w = strings::words(lang);
    let area = d.region(region);
    println!(
        "read as a reader in {}{}{}, on {on}:",
        area.name.get(lang),
        council
            .as_ref()
            .map_or(String::new(), |(_, name)| format!(" ({name})")),
        role.map_or(String::new(), |id| format!(
            ", as {}",
            d.role(id).name.get(lang)
        )),
    );
    if lang != r.lang {
        println!(
            "  {} {}",
            strings::words(r.lang).facts_only_in_english(),
            w.facts_only_in_english()
        );
    }
    let at = Where {
        region,
        council: council.map(|(c, _)| c),
    };
    let answer = explain(d, at, role, on);
    // What the answer card says, in its order (issue #21): the first sentence, the headline,
    // the count where the first sentence has not said it, the next steps while a day is ahead.
    let card = present::card(d, &answer, role);
    if let Some(lead) = card
        .lead
        .as_ref()
        .and_then(|l| strings::lead(w, l, &answer))
    {
        println!("  {lead}");
    }
    println!("  {}", strings::headline(w, &answer.headline, area));
    if let Some(count) = card
        .count
        .then(|| strings::days_count(w, &answer))
        .flatten()
    {
        println!("  {count}");
    }
    for step in &card.steps {
        println!("  > {}", step.body.text.get(lang));
    }
    for a in &answer.days {
        let mut row = format!("  - {}: {}", w.long_date(a.day.date), w.status(a.status));
        if let Reach::Part { .. } = a.reach {
            row += &format!(" · {}", w.may_affect());
        }
        if let Some(local) = &a.day.local {
            row += &format!(
                " · {}",
                w.only_in(&strings::council_names(w, &local.councils))
            );
        }
        if let Some(scope) = &a.day.scope {
            row += &format!(" · {}", w.only_schools(scope.text.get(lang)));
        }
        if let Some(call) = card.rows.call_on(a) {
            row += &format!(" · {}", w.called_out(call));
        }
        if let Some(c) = card.rows.closure_on(&answer, a) {
            row += &format!(" · {}", strings::closure_line(w, c));
        }
        println!("{row}");
    }
    // Strike days announced without dates, as the answer card lists them.
    for p in &answer.programmes {
        println!("  * {}", strings::programme(w, p));
    }
    Ok(())
}
