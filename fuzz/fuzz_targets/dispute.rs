//! The fuzz target `dispute` (issue #12, item 5): any bytes as a data file, and if it is one the
//! widget accepts, every question a reader can ask of it.
//!
//! The input is the file's text, optionally followed by a NUL byte and what a reader types into
//! the place search (a data file cannot hold a NUL, so the split never hides one). Invalid UTF-8
//! is read as the browser would read a fetched file, with replacement characters. A panic, a
//! broken promise of the core (asserted in `tests/common/reader.rs`, shared with
//! `tests/generated.rs`), a hang or runaway memory is a finding. It must not filter inputs to
//! hide findings: anything `data::parse` accepts is answered in full.

#![no_main]

use libfuzzer_sys::fuzz_target;
use strike_explainer::data::{self, DataError};
use strike_explainer::lang::Lang;

#[path = "../../tests/common/reader.rs"]
mod reader;

fuzz_target!(|bytes: &[u8]| {
    let (file, query) = match bytes.iter().position(|&b| b == 0) {
        Some(nul) => (&bytes[..nul], Some(&bytes[nul + 1..])),
        None => (bytes, None),
    };
    let text = String::from_utf8_lossy(file);
    let query = query.map(String::from_utf8_lossy);
    match data::parse(&text) {
        Ok(d) => {
            if let Some(q) = &query {
                reader::search_places(Some(&d), q);
            }
            // What a reader would type from the page: the names of the regions, in each
            // language the file writes them in.
            for r in &d.regions {
                for name in Lang::ALL.into_iter().filter_map(|l| r.name.written_in(l)) {
                    reader::search_places(Some(&d), name);
                }
            }
            reader::read_everything(&d);
        }
        Err(DataError(problems)) => {
            if let Some(q) = &query {
                reader::search_places(None, q);
            }
            assert!(!problems.is_empty(), "rejected with no problem");
            assert!(
                problems.iter().all(|p| !p.message.trim().is_empty()),
                "a problem with no message"
            );
        }
    }
});
