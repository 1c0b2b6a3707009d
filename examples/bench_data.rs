//! How long reading and checking a dispute file takes, natively:
//! `cargo run --release --example bench_data [file.json]` (the bundled NEU file by default).
//! Prints figures; it asserts nothing (speed is measured here, not in tests). The widget does
//! the same work in wasm, typically a few times slower.

use std::time::Instant;

use strike_explainer::data;

fn main() {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => data::BUNDLED.to_owned(),
    };
    let runs: u32 = 50;
    let mut best = f64::MAX;
    let started = Instant::now();
    for _ in 0..runs {
        let one = Instant::now();
        let parsed = data::parse(&text);
        best = best.min(one.elapsed().as_secs_f64());
        if let Err(e) = parsed {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
    let mean = started.elapsed().as_secs_f64() / f64::from(runs);
    println!(
        "parse and check {} bytes: mean {:.2} ms, best {:.2} ms over {runs} runs",
        text.len(),
        mean * 1e3,
        best * 1e3
    );
}
