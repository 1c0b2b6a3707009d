//! The fuzz target `parse` (issue #20, item 7): any bytes as a data file, read and checked by
//! `data::parse` alone, the entry point the widget, `check-dispute` and `cargo test` share.
//!
//! It is the fast companion of `dispute` (which also asks an accepted file every question a
//! reader can, at about a hundred inputs a second): here each input costs one parse and check,
//! so a run reaches millions of inputs and goes deeper into the format's rules. Invalid UTF-8 is
//! read as the browser would read a fetched file, with replacement characters. A panic, a hang,
//! runaway memory, or a rejection that names no problem or has an empty message is a finding.
//! It must not hold a rule of the format or know its fields: it calls the public entry point
//! only, so it follows the format as it changes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use strike_explainer::data::{self, DataError};

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    if let Err(DataError(problems)) = data::parse(&text) {
        assert!(!problems.is_empty(), "rejected with no problem");
        for p in &problems {
            assert!(!p.message.trim().is_empty(), "a problem with no message");
        }
        // What `check-dispute` prints and the widget logs: every problem, worded.
        let report = DataError(problems).report("the file");
        assert!(report.lines().count() > 1, "a report naming no problem");
    }
});
