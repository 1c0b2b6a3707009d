//! Writes the calendar file a reader would download, for every region × role, into a folder:
//! `cargo run --example ics -- <folder> <YYYY-MM-DD>`. `tests/e2e/ics.mjs` parses them with an
//! independent iCalendar parser.

use std::{env, fs, path::PathBuf, process::ExitCode};

use strike_explainer::{data, explain, ics, strings};

fn main() -> ExitCode {
    let mut args = env::args().skip(1);
    let (Some(dir), Some(today)) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run --example ics -- <folder> <YYYY-MM-DD>");
        return ExitCode::FAILURE;
    };
    let today = match today.parse() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let dispute = match data::parse(data::BUNDLED) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = PathBuf::from(dir);
    if let Err(e) = fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    // A fixed stamp keeps the files reproducible: 24 November 2026, 09:30 UTC.
    let stamp = 1_795_512_600_000;
    for region in dispute.region_ids() {
        for role in dispute.role_ids() {
            let answer = explain::explain(&dispute, region, Some(role), today);
            let text = ics::calendar(
                &strings::En,
                &dispute,
                &answer,
                &region.into(),
                Some(role),
                today,
                stamp,
            );
            let name = format!(
                "{}--{}.ics",
                dispute.region(region).key,
                dispute.role(role).key
            );
            if let Err(e) = fs::write(dir.join(&name), text) {
                eprintln!("{name}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
