//! Two build steps, each writing to `OUT_DIR`: the widget's stylesheet without its comments
//! (below, `styles`), and the place index, in two parts and whole: `councils.txt`, the part the
//! wasm includes (the `G` lines and the councils' own `N` lines: what checking a dispute's codes
//! and naming a local call's councils need); `search.txt`, every other line (what only the
//! search reads, shipped beside the wasm as its own file and fetched on a search's first use);
//! and `places.txt`, the whole index in one, for the tests that check the two parts read as it.
//!
//! Compiles the place lookup (`data/places/*.csv`, sourced in `data/places/SOURCES.md`) into a
//! compact index for `src/places.rs`: every council by its ONS region or nation, one line per
//! name (with its Welsh name, where the CSVs give one), the postcode areas, and postcode
//! districts grouped by where they lie. Places are written in GSS codes only (councils, ONS
//! regions and nations): no dispute's region ids, which each dispute maps for itself. Only what
//! the search needs goes into the index; the CSVs stay the editable source of truth. It must
//! not read the CSVs' NEU `region_id` columns (they document one dispute's mapping, which
//! `data/neu-2023.json` now states and `tests/places.rs` checks against them).
//!
//! The index, one line each (fields split by tabs):
//!
//! - `G  <region>  <councils…>`: the councils (space-separated) in one ONS region (`E12…`) or
//!   nation (`W92000004`, `S92000003`, `N92000002`).
//! - `N  <kind>  <name>  <parts>  [<Welsh name>]`: a council, town, city, county or former
//!   council; the kind in capitals where the line is also a council's (a town and its council
//!   of one name). Kind `p` is a post town that no other row names (`postcode_districts.csv`'s
//!   `post_town`): a town, lying where its districts do, that the search offers after the rest;
//!   kind `w` a London ward (`london_wards.csv`) that no other row names, offered likewise.
//! - `A  <area>  <post town>`: a postcode area; where it lies is its districts'.
//! - `D  <parts>  <districts…>`: postcode districts that lie in the same parts.
//!
//! `<parts>` is where a place lies, one part per side of a boundary it crosses, space-separated.
//! A part is council codes joined by `+` (the council first, then the council it was part of
//! or replaced by in 2023; its region is the first council's `G` line), or one region or
//! nation code where no council is known.

use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// The ONS region London, whose boroughs' wards are places of their own.
const LONDON: &str = "E12000007";

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

/// A council's ONS region or nation, and the council that replaced it (abolished in 2023).
struct Council {
    region: String,
    replaced_by: Option<String>,
}

struct Index {
    councils: BTreeMap<String, Council>,
}

impl Index {
    fn region_of(&self, code: &str) -> &str {
        match self.councils.get(code) {
            Some(c) => &c.region,
            None => panic!("{code}: not a council in local_authorities.csv"),
        }
    }

    /// The part a whole council is: the council, and its successor where it was abolished (it
    /// lies inside it).
    fn council(&self, code: &str) -> String {
        self.region_of(code);
        match self
            .councils
            .get(code)
            .and_then(|c| c.replaced_by.as_deref())
        {
            Some(next) => format!("{code}+{next}"),
            None => code.to_owned(),
        }
    }

    /// A code from a CSV's `codes` list: a council (as a whole) or a region or nation.
    fn part(&self, code: &str) -> String {
        if self.councils.contains_key(code) {
            self.council(code)
        } else if self.councils.values().any(|c| c.region == code) {
            code.to_owned()
        } else {
            panic!("{code}: neither a council nor a region of local_authorities.csv")
        }
    }

    /// The regions or nations of a place's parts, which tell two places of one name apart, in
    /// the ONS's order (England's regions, then Wales, Scotland and Northern Ireland): the
    /// order in which places of one name are offered.
    fn regions(&self, parts: &[String]) -> BTreeSet<(usize, String)> {
        parts
            .iter()
            .map(|p| {
                let first = p.split('+').next().unwrap_or(p);
                let region = if self.councils.contains_key(first) {
                    self.region_of(first)
                } else {
                    first
                };
                let nation = "EWSN".find(|c| region.starts_with(c)).unwrap_or(4);
                (nation, region.to_owned())
            })
            .collect()
    }
}

fn main() {
    let dir = Path::new("data/places");
    let mut index = Index {
        councils: BTreeMap::new(),
    };
    let authorities = rows(&dir.join("local_authorities.csv"));
    for r in &authorities {
        index.councils.insert(
            r["code"].clone(),
            Council {
                region: r["ons_region_code"].clone(),
                replaced_by: Some(r["replaced_by"].clone()).filter(|s| !s.is_empty()),
            },
        );
    }
    let mut by_region: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (code, c) in &index.councils {
        by_region.entry(&c.region).or_default().push(code);
    }
    let mut out = String::new();
    for (region, councils) in &by_region {
        out.push_str(&format!("G\t{region}\t{}\n", councils.join(" ")));
    }
    // The in-wasm part: the `G` lines, and below each line that is (also) a council's; the
    // fetched part: every other line.
    let mut councils_out = out.clone();
    let mut search_out = String::new();

    // Districts: the part with the district's centroid (its council, and before 2023 the
    // district council it was in), then the parts across a boundary (`other_codes`).
    let mut districts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // (post town, postcode area) → the parts of its districts, in district order.
    let mut post_towns: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for r in rows(&dir.join("postcode_districts.csv")) {
        let code = &r["local_authority_code"];
        index.region_of(code);
        let mut first = code.clone();
        let before = &r["local_authority_code_before_2023"];
        if !before.is_empty() {
            index.region_of(before);
            first = format!("{first}+{before}");
        }
        let mut parts = vec![first];
        parts.extend(
            r["other_codes"]
                .split('|')
                .filter(|s| !s.is_empty())
                .map(|c| index.part(c)),
        );
        // Each post town the district is written under (doogal writes several, comma-separated,
        // where one district serves several: `Alloa, Clackmannan`), in its postcode area.
        for town in r["post_town"].split(", ").filter(|t| !t.trim().is_empty()) {
            let slot = post_towns
                .entry((town.trim().to_owned(), r["area"].clone()))
                .or_default();
            for p in &parts {
                if !slot.contains(p) {
                    slot.push(p.clone());
                }
            }
        }
        districts
            .entry(parts.join(" "))
            .or_default()
            .push(r["district"].clone());
    }

    // Names: councils (current and abolished in 2023) and places; one line per name and
    // regions, with the Welsh name (`name_cy`) as a fifth field where there is one. A town and
    // its council share a line, so they must agree on it.
    // (kind, parts, Welsh name, whether a council is among the merged rows)
    type Entry = (char, Vec<String>, String, bool);
    let mut names: BTreeMap<(String, BTreeSet<(usize, String)>), Entry> = BTreeMap::new();
    let rank = |k: char| "ybtkc".find(k).unwrap_or(9);
    let places = rows(&dir.join("places.csv"));
    // Every name the CSVs give, as the search folds it (case and full stops aside; `, City of`
    // as below): post towns of these names are not added.
    let folded = |n: &str| {
        n.trim_end_matches(", City of")
            .trim_end_matches(", County of")
            .trim()
            .to_lowercase()
            .replace('.', "")
    };
    let known: BTreeSet<String> = authorities
        .iter()
        .chain(&places)
        .map(|r| folded(&r["name"]))
        .collect();
    // The names above, and the post towns below, that a place in London has: a London ward of
    // such a name is not added (the borough, place or post town answers: Orpington), while a
    // ward named like a place elsewhere is (Abingdon in Kensington, beside Abingdon in
    // Oxfordshire).
    let london =
        |code: &str| code == LONDON || index.councils.get(code).is_some_and(|c| c.region == LONDON);
    let in_london: BTreeSet<String> = authorities
        .iter()
        .chain(&places)
        .filter(|r| {
            let codes = r.get("codes").map_or("", String::as_str);
            [r.get("code"), r.get("local_authority_code")]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .chain(codes.split('|'))
                .any(london)
        })
        .map(|r| folded(&r["name"]))
        .chain(
            post_towns
                .iter()
                .filter(|(_, parts)| {
                    parts
                        .iter()
                        .any(|p| p.split('+').next().is_some_and(london))
                })
                .map(|((town, _), _)| folded(town)),
        )
        .collect();
    let mut add = |r: &BTreeMap<String, String>, kind: char, parts: Vec<String>| {
        let name = r["name"]
            .trim_end_matches(", City of")
            .trim_end_matches(", County of")
            .trim()
            .to_owned();
        let cy = r.get("name_cy").map_or("", |s| s.trim());
        if cy.contains(['\t', '\n']) {
            panic!("name_cy of {name}: a tab or line break");
        }
        let (slot, slot_parts, slot_cy, council) = names
            .entry((name.clone(), index.regions(&parts)))
            .or_insert((kind, Vec::new(), String::new(), false));
        *council |= kind == 'c';
        if rank(kind) < rank(*slot) {
            *slot = kind;
        }
        for p in parts {
            if !slot_parts.contains(&p) {
                slot_parts.push(p);
            }
        }
        if slot_cy.is_empty() {
            cy.clone_into(slot_cy);
        } else if !cy.is_empty() && cy != slot_cy {
            panic!("{name}: Welsh names {slot_cy} and {cy} for one place");
        }
    };
    for r in &authorities {
        add(r, 'c', vec![index.council(&r["code"])]);
    }
    for r in places {
        let kind = match r["kind"].as_str() {
            "city" => 'y',
            "town" => 't',
            "county" => 'k',
            "borough" => 'b',
            other => panic!("places.csv: unknown kind {other}"),
        };
        let parts: Vec<String> = match r["local_authority_code"].as_str() {
            "" => r["codes"]
                .split('|')
                .filter(|s| !s.is_empty())
                .map(|c| index.part(c))
                .collect(),
            code => vec![index.council(code)],
        };
        if parts.is_empty() {
            panic!("places.csv: {} has neither a council nor codes", r["name"]);
        }
        add(&r, kind, parts);
    }
    // Post towns (`postcode_districts.csv`'s `post_town`) whose name no council or place above
    // has (as folded for the search: case and full stops aside): a town where its districts
    // are. A name the CSVs already give keeps only their row (`Leeds` is the council and city,
    // not every district posted via Leeds). One line per name and regions, as above: two post
    // towns of one name in one region (in two postcode areas) are one place in both.
    for ((town, _area), parts) in &post_towns {
        if known.contains(&folded(town)) {
            continue;
        }
        let row = BTreeMap::from([("name".to_owned(), town.clone())]);
        add(&row, 'p', parts.clone());
    }
    // London's wards (`london_wards.csv`), the neighbourhoods a London reader names (every
    // London district's post town is London): each in its borough, unless a council, place or
    // post town in London has its name. Wards of one name in two boroughs are one place in both.
    for r in rows(&dir.join("london_wards.csv")) {
        if in_london.contains(&folded(&r["name"])) {
            continue;
        }
        let code = &r["local_authority_code"];
        if index.region_of(code) != LONDON {
            panic!("london_wards.csv: {} is not in a London borough", r["name"]);
        }
        add(&r, 'w', vec![index.council(code)]);
    }
    for ((name, _), (kind, parts, cy, council)) in &names {
        // A line that is also a council's, under another kind (the town of Hartlepool and its
        // council), writes its kind in capitals, so the council can be found by its code.
        let kind = if *council && *kind != 'c' {
            kind.to_ascii_uppercase()
        } else {
            *kind
        };
        let cy = if cy.is_empty() || cy == name {
            String::new()
        } else {
            format!("\t{cy}")
        };
        let line = format!("N\t{kind}\t{name}\t{}{cy}\n", parts.join(" "));
        if *council {
            councils_out.push_str(&line);
        } else {
            search_out.push_str(&line);
        }
        out.push_str(&line);
    }
    for r in rows(&dir.join("postcode_areas.csv")) {
        let line = format!("A\t{}\t{}\n", r["area"], r["post_town_or_name"]);
        search_out.push_str(&line);
        out.push_str(&line);
    }

    for (parts, list) in districts {
        let line = format!("D\t{parts}\t{}\n", list.join(" "));
        search_out.push_str(&line);
        out.push_str(&line);
    }
    let dir = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}")));
    let files = [
        ("places.txt", out),
        ("councils.txt", councils_out),
        ("search.txt", search_out),
    ];
    for (name, text) in files {
        let target = dir.join(name);
        fs::write(&target, text).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
    styles();
}

/// `src/components/widget.css` as the bundle ships it: comments out and each run of white space
/// one space (about 1.3 KB of brotli, issue #13). Nothing else is rewritten, so no rule can
/// change meaning; the stylesheet's strings hold no white space that matters (`tests/tidy.rs`).
fn styles() {
    let path = Path::new("src/components/widget.css");
    println!("cargo::rerun-if-changed={}", path.display());
    let css = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = String::with_capacity(css.len());
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find("*/")
            .unwrap_or_else(|| panic!("{}: a comment is not closed", path.display()));
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let target = Path::new(&env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}")))
        .join("widget.css");
    fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}
