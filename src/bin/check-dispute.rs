//! The validator for editors: checks dispute data files exactly as the widget does.
//! `cargo run --bin check-dispute -- data/neu-2023.json [more.json …]`.
//!
//! It prints every problem of every file with its JSON path (the same messages the widget logs
//! and shows with `data-debug`, from the same `data::parse`) and exits non-zero if any file has
//! one; a good file gets one line saying what it holds. It only reads the files; it must not
//! hold a rule of its own.

use std::{env, fs, process::ExitCode};

use strike_explainer::data;
use strike_explainer::lang::Lang;

fn main() -> ExitCode {
    let files: Vec<String> = env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: cargo run --bin check-dispute -- <file.json> [more.json …]");
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
                    (d.sources.len(), "source", "sources"),
                ]
                .map(|(n, one, many)| data::counted(n, one, many))
                .join(", ");
                println!("{file}: ok: {holds}; {languages}");
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
