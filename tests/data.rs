//! The bundled data file, checked the way `cargo test` must catch a bad edit (issue #2).

use strike_explainer::data;
use strike_explainer::model::Dispute;

fn bundled() -> Dispute {
    match data::parse(data::BUNDLED) {
        Ok(d) => d,
        Err(e) => panic!("data/neu-2023.json does not load:\n{e}"),
    }
}

#[test]
fn the_bundled_file_passes_every_consistency_rule() {
    // `parse` checks ids, sources, dates, history order and the region × role coverage.
    let d = bundled();
    assert_eq!(d.key, "neu-2023");
    assert!(!d.sources.is_empty() && !d.figures.is_empty());
}

#[test]
fn the_public_ids_are_the_embed_api() {
    let d = bundled();
    let regions: Vec<&str> = d.regions.iter().map(|r| r.key.as_str()).collect();
    let roles: Vec<&str> = d.roles.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(
        regions,
        [
            "northern",
            "north-west",
            "yorkshire-and-the-humber",
            "east-midlands",
            "west-midlands",
            "eastern",
            "london",
            "south-east",
            "south-west",
            "wales",
            "scotland",
            "northern-ireland",
        ]
    );
    assert_eq!(
        roles,
        [
            "parent",
            "pupil",
            "teacher-neu",
            "teacher-no-union",
            "teacher-other-union",
            "support-staff",
            "school-leader",
            "sixth-form-college-teacher",
            "sixth-form-college-support-staff",
            "public",
        ]
    );
    // Issue #9: the old shared id is the two roles' former id, but names neither (their answers
    // differ): the reader chooses, and the host is warned (options.rs).
    assert!(d.role_by_key("sixth-form-college-staff").is_none());
    let heirs: Vec<&str> = d
        .roles
        .iter()
        .filter(|r| r.formerly.iter().any(|k| k == "sixth-form-college-staff"))
        .map(|r| r.key.as_str())
        .collect();
    assert_eq!(
        heirs,
        [
            "sixth-form-college-teacher",
            "sixth-form-college-support-staff"
        ]
    );
}

#[test]
fn every_strike_date_of_the_fact_sheet_is_there_once_per_call() {
    // Fact sheet section 1: eleven dates, with England and Wales called separately on four.
    let d = bundled();
    let dates: Vec<String> = d.days.iter().map(|day| day.date.to_string()).collect();
    assert_eq!(
        dates,
        [
            "2023-02-01",
            "2023-02-01",
            "2023-02-14",
            "2023-02-28",
            "2023-03-01",
            "2023-03-02",
            "2023-03-02",
            "2023-03-15",
            "2023-03-15",
            "2023-03-16",
            "2023-03-16",
            "2023-04-27",
            "2023-05-02",
            "2023-07-05",
            "2023-07-07",
        ]
    );
}

#[test]
fn every_source_has_a_publisher_date_and_secure_link() {
    for s in &bundled().sources {
        assert!(!s.publisher.is_empty() && !s.title.is_empty(), "{}", s.key);
        assert!(s.url.starts_with("https://"), "{}: {}", s.key, s.url);
    }
}

#[test]
fn every_bundled_dispute_loads_with_no_problems() {
    // Issue #12: each entry of `DISPUTES` is parsed and checked, under its own id.
    assert!(data::DISPUTES.len() >= 2);
    for (id, text) in data::DISPUTES {
        let d = data::parse(text).unwrap_or_else(|e| panic!("{id} does not load:\n{e}"));
        assert_eq!(d.key, id, "DISPUTES lists {id} but its file says {}", d.key);
        assert!(!d.sources.is_empty(), "{id}");
        for s in &d.sources {
            assert!(
                !s.publisher.is_empty() && !s.title.is_empty(),
                "{id} {}",
                s.key
            );
            assert!(s.url.starts_with("https://"), "{id} {}: {}", s.key, s.url);
        }
    }
}

#[test]
fn the_northern_ireland_file_has_its_four_strike_days() {
    // Fact sheet §6 had the half days of 21 February and 29 November 2023; issue #19 adds the
    // full days of 26 April 2023 and 18 January 2024.
    let (_, text) = data::DISPUTES
        .iter()
        .find(|(id, _)| *id == "ni-2023")
        .expect("ni-2023 is bundled");
    let d = data::parse(text).unwrap_or_else(|e| panic!("{e}"));
    let dates: Vec<String> = d.days.iter().map(|day| day.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2023-02-21", "2023-04-26", "2023-11-29", "2024-01-18"]
    );
    let regions: Vec<&str> = d.regions.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(regions, ["northern-ireland"]);
}

#[test]
fn a_reader_who_asks_for_a_language_the_facts_lack_is_spoken_to_in_english() {
    // Issue #20: an English-only file in a Welsh page wrapped English facts in Welsh words.
    use strike_explainer::lang::Lang;
    let check = |id: &str, asked: Lang, spoken: Lang| {
        let (_, text) = data::DISPUTES
            .iter()
            .find(|(key, _)| *key == id)
            .unwrap_or_else(|| panic!("{id} is bundled"));
        let d = data::parse(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.words_in(asked), spoken, "{id} asked in {asked:?}");
    };
    check("neu-2023", Lang::Cy, Lang::Cy);
    check("neu-2023", Lang::En, Lang::En);
    check("ni-2023", Lang::Cy, Lang::En);
    check("ni-2023", Lang::En, Lang::En);
}
