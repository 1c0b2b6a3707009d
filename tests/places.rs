//! The place search through each dispute's own mapping (issue #12, item 1): the place index
//! says where a place is in GSS codes, and a dispute's regions list the codes they cover. The
//! NEU dispute's mapping reproduces, for every row of `data/places/*.csv`, the NEU region
//! columns the index was once written in, so its answers are the same; other disputes map the
//! same index to their own regions, any number of them.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use strike_explainer::data;
use strike_explainer::lang::Lang;
use strike_explainer::model::Dispute;
use strike_explainer::places::{self, Kind, Place};

const NEU: &str = data::BUNDLED;
const NI: &str = data::DISPUTES[1].1;

/// The results a widget of `file` offers for `query`, best first, each with the ids of the
/// regions it is in (none: no region of the dispute covers it); or, instead, what the widget
/// shows: `no search` for a dispute without places, or the file's problems.
fn found(file: &str, query: &str) -> Vec<(Place<'static>, Vec<String>)> {
    found_in(&load(file), query)
}

fn load(file: &str) -> Dispute {
    data::parse(file).unwrap_or_else(|e| panic!("the file does not load: {e}"))
}

fn found_in(d: &Dispute, query: &str) -> Vec<(Place<'static>, Vec<String>)> {
    assert!(d.has_places(), "the dispute has no place search");
    places::bundled()
        .search(query, 8)
        .into_iter()
        .map(|p| {
            let regions = p
                .resolve(|code| d.region_by_place(code))
                .into_iter()
                .map(|r| d.region(r).key.clone())
                .collect();
            (p, regions)
        })
        .collect()
}

/// What a widget of `file` shows for `query`: the first result as `name kind regions` (`-`
/// where no region covers it; `nothing` if none matches), `no search`, or the file's
/// problems, one a line.
fn check(file: &str, query: &str, expected_first: &str) {
    let got = match data::parse(file) {
        Err(data::DataError(problems)) => problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        Ok(d) if !d.has_places() => "no search".to_owned(),
        Ok(_) => found(file, query).first().map_or_else(
            || "nothing".to_owned(),
            |(p, regions)| {
                let regions = if regions.is_empty() {
                    "-".to_owned()
                } else {
                    regions.join("|")
                };
                format!("{} {:?} {regions}", p.name, p.kind)
            },
        ),
    };
    assert_eq!(got, expected_first, "searching {query:?}");
}

/// Every result for `query`, as `name town regions`, in order.
fn check_all(file: &str, query: &str, expected: &[&str]) {
    let got: Vec<String> = found(file, query)
        .iter()
        .map(|(p, regions)| {
            format!("{} {} {}", p.name, p.town, regions.join("|")).replace("  ", " ")
        })
        .collect();
    assert_eq!(got, expected, "searching {query:?}");
}

/// A small valid dispute (format 2) with these regions: (id, in the dispute, place codes).
fn dispute(regions: &[(&str, bool, &[&str])]) -> String {
    let regions: Vec<String> = regions
        .iter()
        .map(|(id, in_dispute, codes)| {
            let codes: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
            format!(
                r#"{{ "id": "{id}", "name": "{id}", "in_dispute": {in_dispute}, "places": [{}] }}"#,
                codes.join(", ")
            )
        })
        .collect();
    format!(
        r#"{{
      "format": 4, "id": "t", "title": "T", "checked_on": "2023-03-01",
      "summary": {{ "text": "S", "sources": ["A"] }},
      "regions": [{}],
      "roles": [{{ "id": "p", "name": "Parent", "kind": "affected" }}],
      "days": [],
      "notes": [{{ "text": "For everyone", "sources": ["A"] }}],
      "sources": [{{ "id": "A", "publisher": "P", "title": "T", "date": "2023", "url": "https://example.org/a" }}]
    }}"#,
        regions.join(",\n")
    )
}

#[test]
fn every_dispute_maps_the_one_index_to_its_own_regions() {
    // Issue #12, item 1: the index says where in GSS codes; each dispute says which codes are
    // its regions'.
    let ids: Vec<String> = (1..=33).map(|i| format!("borough-{i}")).collect();
    let codes: Vec<String> = (1..=33).map(|i| format!("E090000{i:02}")).collect();
    let codes: Vec<[&str; 1]> = codes.iter().map(|c| [c.as_str()]).collect();
    let mut boroughs: Vec<(&str, bool, &[&str])> = ids
        .iter()
        .zip(&codes)
        .map(|(id, code)| (id.as_str(), true, &code[..]))
        .collect();
    boroughs.push(("elsewhere-in-england", true, &["E92000001"]));
    let boroughs = dispute(&boroughs);
    let no_places = dispute(&[("north", true, &[]), ("south", true, &[])]);
    let cumbria = dispute(&[
        ("cumberland", true, &["E06000063"]),
        ("north-west", true, &["E12000002"]),
    ]);
    let cases = [
        // The NEU's Cumbria: a council listed beats its ONS region listed elsewhere.
        (NEU, "Cumberland", "Cumberland Council northern"),
        (
            NEU,
            "Westmorland and Furness",
            "Westmorland and Furness Council northern",
        ),
        (NEU, "South Lakeland", "South Lakeland Council northern"),
        (NEU, "CA1", "CA1 District northern"),
        (NEU, "CA3 9QX", "CA3 9QX Postcode northern"),
        (NEU, "Preston", "Preston City north-west"),
        // Districts across a boundary resolve to every side.
        (NEU, "CH4", "CH4 District north-west|wales"),
        (
            NEU,
            "LA6",
            "LA6 District northern|north-west|yorkshire-and-the-humber",
        ),
        (NEU, "TD15", "TD15 District northern|scotland"),
        (NEU, "NP25", "NP25 District west-midlands|south-west|wales"),
        // Northern Ireland's dispute gains a search; a place elsewhere is in none of its regions.
        (NI, "Belfast", "Belfast City northern-ireland"),
        (NI, "BT7 1NN", "BT7 1NN Postcode northern-ireland"),
        (NI, "County Down", "County Down County northern-ireland"),
        (NI, "Leeds", "Leeds City -"),
        // A dispute whose regions list no places has no search.
        (&no_places, "Leeds", "no search"),
        // More than sixteen regions (34 here), each a council; England beyond them.
        (&boroughs, "Croydon", "Croydon Council borough-8"),
        (&boroughs, "SW1A 1AA", "SW1A 1AA Postcode borough-33"),
        (&boroughs, "Leeds", "Leeds City elsewhere-in-england"),
        (&boroughs, "Cardiff", "Cardiff City -"),
        // Another mapping of Cumbria: Carlisle (a district until 2023) lies in Cumberland.
        (&cumbria, "Carlisle", "Carlisle City cumberland"),
        (&cumbria, "Kendal", "Kendal Town north-west"),
        (&cumbria, "LA5", "LA5 District cumberland|north-west"),
        // A code of no known form, a council the index does not know, a code listed twice.
        (
            &dispute(&[("a", true, &["E12000010"])]),
            "Leeds",
            "regions[0].places[0]: “E12000010” is not an ONS region or nation code \
             (E12000001 to E12000009, E92000001, W92000004, S92000003, N92000002) or a council \
             code (E06, E07, E08, E09, W06, S12 or N09 and six digits)",
        ),
        (
            &dispute(&[("a", true, &["LS6"])]),
            "Leeds",
            "regions[0].places[0]: “LS6” is not an ONS region or nation code \
             (E12000001 to E12000009, E92000001, W92000004, S92000003, N92000002) or a council \
             code (E06, E07, E08, E09, W06, S12 or N09 and six digits)",
        ),
        (
            &dispute(&[("a", true, &["E06000999"])]),
            "Leeds",
            "regions[0].places[0]: “E06000999” is not a council of \
             data/places/local_authorities.csv",
        ),
        (
            &dispute(&[
                ("a", true, &["E12000001", "E06000063"]),
                ("b", true, &["E06000063"]),
            ]),
            "Leeds",
            "regions[1].places[0]: “E06000063” is listed by “a” already \
             (regions[0].places[1]): a place belongs to one region",
        ),
        (
            &dispute(&[("a", true, &["E12000001", "E12000001"])]),
            "Leeds",
            "regions[0].places[1]: “E12000001” is listed by “a” already \
             (regions[0].places[0]): a place belongs to one region",
        ),
    ];
    for (file, query, expected) in cases {
        check(file, query, expected);
    }
}

#[test]
fn the_bangor_a_reader_means_is_in_northern_ireland_only_in_its_dispute() {
    check_all(NI, "Bangor", &["Bangor ", "Bangor northern-ireland"]);
}

/// The rows of one of `data/places/*.csv`, by column name.
fn rows(file: &str) -> Vec<BTreeMap<String, String>> {
    let path = format!("{}/data/places/{file}", env!("CARGO_MANIFEST_DIR"));
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let headers = reader
        .headers()
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{path}: {e}"));
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

/// The NEU regions a CSV row gives: its `region_ids` where it lists several, else `region_id`.
fn neu_regions(d: &Dispute, row: &BTreeMap<String, String>) -> Vec<String> {
    let ids = row
        .get("region_ids")
        .filter(|s| !s.is_empty())
        .or_else(|| row.get("region_id"))
        .map_or("", String::as_str);
    let mut ids: Vec<&str> = ids.split('|').collect();
    ids.sort_by_key(|id| d.region_by_key(id));
    ids.into_iter().map(str::to_owned).collect()
}

#[test]
fn the_neu_mapping_gives_every_place_its_region_in_the_csvs() {
    // Issue #12: `data/neu-2023.json`'s `places` state the NEU mapping that the CSVs' region
    // columns record (`regions.csv`), for every council, place, postcode area and district.
    let neu = load(NEU);
    let mut wrong = Vec::new();
    let mut check_row = |query: &str, kind: Option<Kind>, row: &BTreeMap<String, String>| {
        let expected = neu_regions(&neu, row);
        let results = found_in(&neu, query);
        let hit = results.iter().any(|(p, regions)| {
            p.name.eq_ignore_ascii_case(query)
                && kind.is_none_or(|k| p.kind == k)
                && *regions == expected
        });
        if !hit {
            let got: Vec<String> = results
                .iter()
                .map(|(p, r)| format!("{} {:?} {}", p.name, p.kind, r.join("|")))
                .collect();
            wrong.push(format!("{query}: expected {expected:?}, found {got:?}"));
        }
    };
    let name = |row: &BTreeMap<String, String>| {
        row["name"]
            .trim_end_matches(", City of")
            .trim_end_matches(", County of")
            .trim()
            .to_owned()
    };
    for row in rows("local_authorities.csv") {
        check_row(&name(&row), None, &row);
    }
    for row in rows("places.csv") {
        check_row(&name(&row), None, &row);
    }
    for row in rows("postcode_areas.csv") {
        check_row(&row["area"].clone(), Some(Kind::Area), &row);
    }
    for row in rows("postcode_districts.csv") {
        check_row(&row["district"].clone(), Some(Kind::District), &row);
    }
    assert!(
        wrong.is_empty(),
        "{} rows differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_post_town_is_found_where_its_districts_are() {
    // Issue #20: "Paisley", "Alloa", "Kirkwall" found nothing. Every post town of
    // `postcode_districts.csv` that no council or place row names is now a town of its own,
    // found by its name and lying wherever its districts do: each district's council among its
    // codes, each district's NEU regions among its regions.
    let neu = load(NEU);
    let named: std::collections::BTreeSet<String> = rows("local_authorities.csv")
        .into_iter()
        .chain(rows("places.csv"))
        .map(|r| {
            r["name"]
                .trim_end_matches(", City of")
                .trim_end_matches(", County of")
                .trim()
                .to_lowercase()
                .replace('.', "")
        })
        .collect();
    // (post town, postcode area) → its district rows.
    let mut towns: BTreeMap<(String, String), Vec<BTreeMap<String, String>>> = BTreeMap::new();
    for row in rows("postcode_districts.csv") {
        for town in row["post_town"]
            .split(", ")
            .filter(|t| !t.trim().is_empty())
        {
            if !named.contains(&town.trim().to_lowercase().replace('.', "")) {
                towns
                    .entry((town.trim().to_owned(), row["area"].clone()))
                    .or_default()
                    .push(row.clone());
            }
        }
    }
    assert!(towns.len() > 1000, "{} post towns", towns.len());
    let mut wrong = Vec::new();
    for ((town, area), districts) in &towns {
        let places: Vec<(Place<'static>, Vec<String>)> = places::bundled()
            .search(town, 100)
            .into_iter()
            .filter(|p| p.name == *town && p.kind == Kind::Town)
            .map(|p| {
                let regions = p
                    .resolve(|code| neu.region_by_place(code))
                    .into_iter()
                    .map(|r| neu.region(r).key.clone())
                    .collect();
                (p, regions)
            })
            .collect();
        let hit = places.iter().any(|(p, regions)| {
            districts.iter().all(|d| {
                p.codes().any(|c| c == d["local_authority_code"])
                    && neu_regions(&neu, d).iter().all(|r| regions.contains(r))
            })
        });
        if !hit {
            wrong.push(format!("{town} ({area}): found {places:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_towns_issue_20_named_are_found_in_their_councils() {
    // The council each lies in is the one `local_authorities.csv` names so.
    let council = |name: &str| {
        rows("local_authorities.csv")
            .into_iter()
            .find(|r| r["name"] == name)
            .map(|r| r["code"].clone())
            .unwrap_or_else(|| panic!("no council {name}"))
    };
    for (town, council_name, region) in [
        ("Paisley", "Renfrewshire", "scotland"),
        ("Alloa", "Clackmannanshire", "scotland"),
        ("Kirkwall", "Orkney Islands", "scotland"),
        // The Welsh and English ones, for a town of each nation the index had none of.
        ("Aberdare", "Rhondda Cynon Taf", "wales"),
        ("Hyde", "Tameside", "north-west"),
    ] {
        let found = found(NEU, town);
        let (p, regions) = found
            .first()
            .unwrap_or_else(|| panic!("{town}: nothing found"));
        assert_eq!(
            (p.name.as_str(), p.kind, regions.join("|")),
            (town, Kind::Town, region.to_owned()),
            "{town}"
        );
        let codes: Vec<&str> = p.codes().collect();
        assert_eq!(codes[0], council(council_name), "{town}: {codes:?}");
    }
    // Peckham's post town is London (SE15): it is found as its ward, in Southwark.
    let peckham = found(NEU, "Peckham");
    let (p, regions) = &peckham[0];
    assert_eq!(
        (p.name.as_str(), p.kind, regions.join("|")),
        ("Peckham", Kind::Ward, "london".to_owned())
    );
    assert_eq!(p.codes().next(), Some(council("Southwark").as_str()));
}

#[test]
fn every_london_ward_is_found_in_its_borough() {
    // Issue #20: the neighbourhoods a London reader names are its wards (every London
    // district's post town is London). Each ward that no council, place or post town names is
    // found by its name, as a ward in its borough (two wards of one name: one place in both).
    let neu = load(NEU);
    let wards = rows("london_wards.csv");
    assert_eq!(wards.len(), 704);
    let mut found_wards = 0;
    let mut wrong = Vec::new();
    for w in &wards {
        let hits: Vec<Place<'static>> = places::bundled()
            .search(&w["name"], 100)
            .into_iter()
            .filter(|p| p.name == w["name"])
            .collect();
        let in_london = |p: &Place<'static>| {
            p.resolve(|code| neu.region_by_place(code))
                .iter()
                .any(|r| neu.region(*r).key == "london")
        };
        if hits.iter().any(|p| p.kind != Kind::Ward && in_london(p)) {
            // A council, place or post town of the name in London answers instead (Orpington,
            // Sidcup); one elsewhere does not (Abingdon in Kensington is a ward here).
            continue;
        }
        found_wards += 1;
        let hit = hits.iter().any(|p| {
            p.codes().any(|c| c == w["local_authority_code"])
                && p.resolve(|code| neu.region_by_place(code))
                    .iter()
                    .all(|r| neu.region(*r).key == "london")
        });
        if !hit {
            wrong.push(format!("{} ({}): {hits:?}", w["name"], w["code"]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(found_wards, 682, "wards found as wards");
    // Abingdon: the Oxfordshire post town and the Kensington ward, each where it is.
    let abingdon: Vec<String> = found(NEU, "Abingdon")
        .iter()
        .map(|(p, r)| format!("{} {:?} {}", p.name, p.kind, r.join("|")))
        .collect();
    assert_eq!(
        abingdon,
        ["Abingdon Town south-east", "Abingdon Ward london"]
    );
}

// The searches below were `src/places.rs`'s own tests while the index was written in the
// NEU's regions; they keep their answers through the NEU dispute's mapping.

#[test]
fn postcodes_in_any_common_form() {
    check(NEU, "LS6 1AA", "LS6 1AA Postcode yorkshire-and-the-humber");
    check(NEU, "ls61aa", "LS6 1AA Postcode yorkshire-and-the-humber");
    check(
        NEU,
        "  Ls6   1aA ",
        "LS6 1AA Postcode yorkshire-and-the-humber",
    );
    check(NEU, "LS6", "LS6 District yorkshire-and-the-humber");
    check(NEU, "ls", "LS Area yorkshire-and-the-humber");
    check(NEU, "SW1A 1AA", "SW1A 1AA Postcode london");
    check(NEU, "CA1 1AA", "CA1 1AA Postcode northern");
    check(NEU, "CF10", "CF10 District wales");
    check(NEU, "EH1", "EH1 District scotland");
    check(NEU, "BT1 1AA", "BT1 1AA Postcode northern-ireland");
    // Places that span two regions list both; the reader then chooses.
    check(NEU, "CH4 7AA", "CH4 7AA Postcode north-west|wales");
    check(NEU, "ZZ9 9ZZ", "nothing");
}

#[test]
fn names_councils_and_counties_forgiving_typos() {
    check(NEU, "Leeds", "Leeds City yorkshire-and-the-humber");
    check(NEU, "leeds", "Leeds City yorkshire-and-the-humber");
    check(NEU, "Carlisle", "Carlisle City northern");
    check(NEU, "Cornwall", "Cornwall County south-west");
    check(NEU, "Brighton & Hove", "Brighton and Hove City south-east");
    check(NEU, "Manchestr", "Manchester City north-west");
    check(NEU, "Nottinhgam", "Nottingham City east-midlands");
    check(NEU, "Birmingam", "Birmingham City west-midlands");
    check(NEU, "Swansea", "Swansea City wales");
    check(NEU, "Glasgow", "Glasgow City scotland");
    check(NEU, "Milton Key", "Milton Keynes City south-east");
    check(NEU, "xqzv", "nothing");
}

#[test]
fn a_name_in_two_places_gives_both() {
    let bangor: Vec<String> = found(NEU, "Bangor")
        .iter()
        .map(|(_, regions)| regions.join("|"))
        .collect();
    assert_eq!(bangor, ["wales", "northern-ireland"]);
}

#[test]
fn suggestions_a_reader_can_tell_apart() {
    // An exact name offers no look-alikes (issue #10: Kent offered Central Bedfordshire).
    // (After it, names that begin so: London wards since issue #20; no look-alike by a typo.)
    check_all(
        NEU,
        "Kent",
        &[
            "Kent south-east",
            "Kenton london",
            "Kenton East london",
            "Kenton West london",
            "Kentish Town North london",
            "Kentish Town South london",
            "Old Kent Road london",
        ],
    );
    // A name meaning several towns offers each of them.
    check_all(
        NEU,
        "Newport",
        &[
            "Newport wales",
            "Newport west-midlands",
            "Newport south-east",
            // Then the post towns that begin so (issue #20), after every Newport.
            "Newport-on-Tay scotland",
            "Newport Pagnell south-east",
        ],
    );
    check_all(
        NEU,
        "Gillingham",
        &["Gillingham south-east", "Gillingham south-west"],
    );
    // The post town without the area's own qualifier: no nested brackets.
    check_all(NEU, "SW1A 1AA", &["SW1A 1AA London london"]);
}

#[test]
fn welsh_names_find_the_place() {
    check(NEU, "Caerdydd", "Cardiff City wales");
    check(NEU, "caerdydd", "Cardiff City wales");
    check(NEU, "Abertawe", "Swansea City wales");
    check(NEU, "Casnewydd", "Newport City wales");
    check(NEU, "Wrecsam", "Wrexham City wales");
    check(NEU, "Tyddewi", "St Davids City wales");
    check(NEU, "Llanelwy", "St Asaph City wales");
    check(NEU, "Pen-y-bont ar Ogwr", "Bridgend Council wales");
    check(NEU, "pen y bont", "Bridgend Council wales");
    check(NEU, "Merthyr Tudful", "Merthyr Tydfil Council wales");
    check(NEU, "Sir Gaerfyrddin", "Carmarthenshire Council wales");
    check(NEU, "De Morgannwg", "South Glamorgan County wales");
    // With or without the to bach, in any case.
    check(NEU, "Ynys Môn", "Isle of Anglesey Council wales");
    check(NEU, "Ynys Mon", "Isle of Anglesey Council wales");
    check(NEU, "ynys môn", "Isle of Anglesey Council wales");
    check(NEU, "YNYS MÔN", "Isle of Anglesey Council wales");
    // Typos in a Welsh name: a swap, a letter missing, a wrong letter.
    check(NEU, "Abretawe", "Swansea City wales");
    check(NEU, "Casnwydd", "Newport City wales");
    check(NEU, "Wrecsan", "Wrexham City wales");
    // The register's spelling of Torfaen, not the ONS one we keep, is one letter away.
    check(NEU, "Tor-faen", "Torfaen Council wales");
}

#[test]
fn casnewydd_is_the_welsh_newport_only() {
    check_all(NEU, "Casnewydd", &["Newport wales"]);
    check_all(NEU, "casnewydd", &["Newport wales"]);
}

#[test]
fn english_searches_are_unchanged() {
    check(NEU, "Cardiff", "Cardiff City wales");
    check(NEU, "Swansea", "Swansea City wales");
    check(NEU, "Wrexham", "Wrexham City wales");
    check(NEU, "Bridgend", "Bridgend Council wales");
    check(NEU, "Anglesey", "Isle of Anglesey Council wales");
    check(NEU, "Mon", "Monmouthshire Council wales");
    check(NEU, "Aber", "Aberdeen City scotland");
    check(NEU, "Cas", "Castle Point Council eastern");
    check(NEU, "Ty", "Tyne and Wear County northern");
    check_all(
        NEU,
        "Newport",
        &[
            "Newport wales",
            "Newport west-midlands",
            "Newport south-east",
            // Then the post towns that begin so (issue #20), after every Newport.
            "Newport-on-Tay scotland",
            "Newport Pagnell south-east",
        ],
    );
}

/// A synthetic rolling dispute: Scotland by its nation's code, England by its own (issue #20).
const ROLLING: &str = include_str!("fixtures/rolling.json");

/// Where a widget of `file` puts the first result for `query`, as `region council` for each
/// region it is in (`-` where the council is not known; `former<successor` for a council
/// abolished in 2023), joined by ` | `. The regions are `resolve`'s, always.
fn check_located(file: &str, query: &str, expected: &str) {
    let d = load(file);
    let place = places::bundled()
        .search(query, 1)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("nothing found for {query:?}"));
    let located = place.locate(&|code| d.region_by_place(code));
    let regions: Vec<_> = located.iter().map(|(r, _)| *r).collect();
    assert_eq!(
        regions,
        place.resolve(|code| d.region_by_place(code)),
        "{query:?}"
    );
    let got: Vec<String> = located
        .iter()
        .map(|(r, council)| {
            let council = council
                .as_ref()
                .map_or("-".to_owned(), |c| match &c.part_of {
                    Some(next) => format!("{}<{next}", c.code),
                    None => c.code.clone(),
                });
            format!("{} {council}", d.region(*r).key)
        })
        .collect();
    assert_eq!(got.join(" | "), expected, "searching {query:?}");
}

#[test]
fn a_place_search_finds_the_readers_council_too() {
    // Issue #20: the council the search found reaches the answer, not only the region.
    check_located(ROLLING, "EH1", "scotland S12000036");
    check_located(ROLLING, "EH1 1YZ", "scotland S12000036");
    check_located(ROLLING, "Edinburgh", "scotland S12000036");
    check_located(ROLLING, "Fife", "scotland S12000047");
    check_located(ROLLING, "KY1", "scotland S12000047");
    check_located(ROLLING, "Glasgow", "scotland S12000049");
    // A council abolished in 2023, by its name or its postcode district: the reader is in
    // both it and its successor.
    check_located(ROLLING, "Carlisle", "england E07000028<E06000063");
    check_located(ROLLING, "CA1", "england E07000028<E06000063");
    check_located(NEU, "Carlisle", "northern E07000028<E06000063");
    // A county: no one council.
    check_located(ROLLING, "Kent", "england -");
    check_located(ROLLING, "Cumbria", "england -");
    // Across a boundary: each side its own council; an area over several councils in one
    // region, none.
    check_located(NEU, "CH4", "north-west E06000050 | wales W06000005");
    check_located(ROLLING, "TD", "scotland - | england E06000057");
}

/// The councils a widget of `file` lists under `region`, in `lang`, as `name code`.
fn councils_listed(file: &str, region: &str, lang: Lang) -> Vec<String> {
    let d = load(file);
    let id = d.region_by_key(region).expect("a region of the file");
    places::councils()
        .councils_in(id, &|code| d.region_by_place(code), lang)
        .iter()
        .map(|(c, name)| format!("{name} {}", c.code))
        .collect()
}

#[test]
fn each_region_lists_the_councils_the_dispute_puts_in_it() {
    // Issue #20: the council list under a region, in the reader's language.
    let scotland = councils_listed(ROLLING, "scotland", Lang::En);
    assert_eq!(scotland.len(), 32, "{scotland:?}");
    assert_eq!(scotland[0], "Aberdeen City S12000033");
    assert!(
        scotland.contains(&"Fife S12000047".to_owned()),
        "{scotland:?}"
    );
    assert!(
        scotland.contains(&"City of Edinburgh S12000036".to_owned()),
        "{scotland:?}"
    );
    // Wales, in Welsh, sorted by its Welsh names; NEU's England by its own regions.
    let cymru = councils_listed(NEU, "wales", Lang::Cy);
    assert_eq!(cymru.len(), 22);
    assert!(
        cymru.contains(&"Caerdydd W06000015".to_owned()),
        "{cymru:?}"
    );
    let northern = councils_listed(NEU, "northern", Lang::En);
    assert!(
        northern.contains(&"Carlisle E07000028".to_owned()),
        "{northern:?}"
    );
    assert!(
        northern.contains(&"Cumberland E06000063".to_owned()),
        "{northern:?}"
    );
    assert!(
        !northern.iter().any(|c| c.starts_with("Leeds")),
        "{northern:?}"
    );
    assert!(
        councils_listed(ROLLING, "scotland", Lang::En)
            != councils_listed(ROLLING, "england", Lang::En)
    );
}
