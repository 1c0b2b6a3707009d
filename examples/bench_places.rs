//! How long a place lookup takes: `cargo run --release --example bench_places`.
//! Prints figures; it asserts nothing (speed is measured here, not in tests).

use std::hint::black_box;
use std::time::Instant;

use strike_explainer::places::{COUNCILS, Places, SEARCH};

fn main() {
    let started = Instant::now();
    // As the widget reads it once it has fetched the search's part.
    let places = Places::with_councils(SEARCH);
    let parse = started.elapsed();
    let queries = [
        "LS6 1AA",
        "ls61aa",
        "LS6",
        "ls",
        "Leeds",
        "Manchestr",
        "Brighton & Hove",
        "Carlisle",
        "Nottinhgam",
        "cornwall",
        "Milton Key",
        "CH4 7AA",
        "Birmingam",
        "xqzv",
        "St Albans",
        "Newcastle upon Tyne",
    ];
    let rounds = 2000;
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for q in queries {
            found += black_box(places.search(black_box(q), 8)).len();
        }
    }
    let per = started.elapsed() / (rounds * queries.len() as u32);
    println!(
        "index: {} bytes ({} in the wasm, {} fetched), parsed in {parse:?}",
        COUNCILS.len() + SEARCH.len(),
        COUNCILS.len(),
        SEARCH.len()
    );
    println!(
        "lookup: {per:?} on average over {} searches ({found} results), native release build",
        rounds as usize * queries.len()
    );
    for q in ["LS6 1AA", "Manchestr", "Newcastle upon Tyne"] {
        let started = Instant::now();
        for _ in 0..rounds {
            black_box(places.search(black_box(q), 8));
        }
        println!("  {q:<22} {:?}", started.elapsed() / rounds);
    }
}
