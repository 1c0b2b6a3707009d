//! Compiles the place lookup (`data/places/*.csv`, sourced in `data/places/SOURCES.md`) into a
//! compact index for `src/places.rs`: one line per name (with its Welsh name, where the CSVs
//! give one) or postcode area, and postcode districts grouped by the regions they fall in. Only
//! what the search needs goes into the bundle; the CSVs stay the editable source of truth.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::Path;

fn rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    println!("cargo::rerun-if-changed={}", path.display());
    let mut reader =
        csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = reader
        .headers()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

fn main() {
    let dir = Path::new("data/places");
    let regions: Vec<String> = rows(&dir.join("regions.csv"))
        .into_iter()
        .map(|r| r["id"].clone())
        .collect();
    let mask = |ids: &str| -> u16 {
        ids.split('|')
            .filter(|s| !s.is_empty())
            .map(|id| {
                let i = regions
                    .iter()
                    .position(|r| r == id)
                    .unwrap_or_else(|| panic!("unknown region {id}"));
                1u16 << i
            })
            .fold(0, |a, b| a | b)
    };
    let mut out = format!("R\t{}\n", regions.join("\t"));

    // Names: councils (current and abolished in 2023) and places; one line per name and regions,
    // with the Welsh name (`name_cy`) as a fifth field where there is one. A town and its council
    // share a line, so they must agree on it.
    let mut names: BTreeMap<(String, u16), (char, String)> = BTreeMap::new();
    let rank = |k: char| "ybtkc".find(k).unwrap_or(9);
    let mut add = |r: &BTreeMap<String, String>, kind: char| {
        let name = r["name"]
            .trim_end_matches(", City of")
            .trim_end_matches(", County of")
            .trim()
            .to_owned();
        let cy = r.get("name_cy").map_or("", |s| s.trim());
        if cy.contains(['\t', '\n']) {
            panic!("name_cy of {name}: a tab or line break");
        }
        let (slot, slot_cy) = names
            .entry((name.clone(), mask(&r["region_id"])))
            .or_insert((kind, String::new()));
        if rank(kind) < rank(*slot) {
            *slot = kind;
        }
        if slot_cy.is_empty() {
            cy.clone_into(slot_cy);
        } else if !cy.is_empty() && cy != slot_cy {
            panic!("{name}: Welsh names {slot_cy} and {cy} for one place");
        }
    };
    for r in rows(&dir.join("local_authorities.csv")) {
        add(&r, 'c');
    }
    for r in rows(&dir.join("places.csv")) {
        let kind = match r["kind"].as_str() {
            "city" => 'y',
            "town" => 't',
            "county" => 'k',
            "borough" => 'b',
            other => panic!("places.csv: unknown kind {other}"),
        };
        add(&r, kind);
    }
    for ((name, m), (kind, cy)) in &names {
        let cy = if cy.is_empty() || cy == name {
            String::new()
        } else {
            format!("\t{cy}")
        };
        out.push_str(&format!("N\t{kind}\t{name}\t{m:x}{cy}\n"));
    }
    for r in rows(&dir.join("postcode_areas.csv")) {
        out.push_str(&format!(
            "A\t{}\t{}\t{:x}\n",
            r["area"],
            r["post_town_or_name"],
            mask(&r["region_ids"])
        ));
    }
    let mut districts: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for r in rows(&dir.join("postcode_districts.csv")) {
        let ids = if r["region_ids"].is_empty() {
            &r["region_id"]
        } else {
            &r["region_ids"]
        };
        districts
            .entry(mask(ids))
            .or_default()
            .push(r["district"].clone());
    }
    for (m, list) in districts {
        out.push_str(&format!("D\t{m:x}\t{}\n", list.join(" ")));
    }
    let target = Path::new(&env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}")))
        .join("places.txt");
    fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}
