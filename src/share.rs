//! Encoding a reader's choice for a shareable link (the URL fragment) and for remembering it
//! (localStorage), and reading it back.
//!
//! Pure string work: it owns our keys (`se-region`, `se-council`, `se-role`, `se-lang`, `se-on`)
//! and leaves every other part of a host page's fragment alone, in order. A link carries the date
//! a reader was replaying (`se-on`); storage never does, so a returning reader sees today. It must not read the URL or storage itself (that is
//! `embed`), and it does not check ids against a dispute (the caller does).

/// The fragment and storage keys. Ours alone, so a host's own fragment parts are untouched.
pub const REGION_KEY: &str = "se-region";
/// The reader's council, where they gave it: a GSS code (`se-council=S12000047`).
pub const COUNCIL_KEY: &str = "se-council";
pub const ROLE_KEY: &str = "se-role";
/// The widget's language, where it is not English (`se-lang=cy`).
pub const LANG_KEY: &str = "se-lang";
/// The date a reader was replaying when they copied the link (`se-on=2023-02-27`).
pub const ON_KEY: &str = "se-on";

/// Our keys, in the order a link writes them.
const KEYS: [&str; 5] = [REGION_KEY, COUNCIL_KEY, ROLE_KEY, LANG_KEY, ON_KEY];

/// A choice as public ids, either part possibly missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choice {
    pub region: Option<String>,
    /// The council within the region, as a GSS code, where the reader gave it.
    pub council: Option<String>,
    pub role: Option<String>,
    /// The language the answer was read in, where it is not English.
    pub lang: Option<String>,
    /// The date replayed (`YYYY-MM-DD`), where the reader was seeing the widget as on another
    /// day. In links only: [`encode`] leaves it out of storage.
    pub on: Option<String>,
}

impl Choice {
    pub fn is_empty(&self) -> bool {
        self.region.is_none() && self.role.is_none()
    }
}

/// Reads our keys from a fragment or stored value (`#a=1&se-region=london` or without `#`),
/// ignoring everything else. Ids are ASCII, so no percent-decoding is needed; a value that is
/// not a plain id is ignored.
pub fn parse(text: &str) -> Choice {
    let mut choice = Choice::default();
    for part in text.trim_start_matches('#').split('&') {
        let Some((key, value)) = part.split_once('=') else {
            continue;
        };
        let plain = !value.is_empty()
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !plain {
            continue;
        }
        match key {
            REGION_KEY => choice.region = Some(value.to_owned()),
            COUNCIL_KEY => choice.council = Some(value.to_owned()),
            ROLE_KEY => choice.role = Some(value.to_owned()),
            LANG_KEY => choice.lang = Some(value.to_owned()),
            ON_KEY => choice.on = Some(value.to_owned()),
            _ => {}
        }
    }
    choice
}

/// Our keys alone, for storage: `se-region=london&se-role=parent`. Without the replayed date:
/// a replay is a look at the past, not where the reader is, and a reader who comes back reads
/// today's answer (a link they were sent still opens on its date).
pub fn encode(choice: &Choice) -> String {
    write("", choice, false)
}

/// `fragment` (with or without `#`) with our keys set to `choice` and every other part kept in
/// order; no leading `#`.
pub fn with_choice(fragment: &str, choice: &Choice) -> String {
    write(fragment, choice, true)
}

/// [`with_choice`], with the replayed date only if `dated`.
fn write(fragment: &str, choice: &Choice, dated: bool) -> String {
    let mut parts: Vec<String> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split_once('=').map_or(*p, |(k, _)| k);
            !KEYS.contains(&key)
        })
        .map(str::to_owned)
        .collect();
    let on = choice.on.as_ref().filter(|_| dated);
    let ours = [&choice.region, &choice.council, &choice.role, &choice.lang];
    for (key, value) in KEYS
        .iter()
        .zip(ours.into_iter().map(Option::as_ref).chain([on]))
    {
        if let Some(value) = value {
            parts.push(format!("{key}={value}"));
        }
    }
    parts.join("&")
}

/// `page_url` (any fragment dropped) with `choice` in its fragment.
pub fn link(page_url: &str, choice: &Choice) -> String {
    let (base, fragment) = page_url.split_once('#').unwrap_or((page_url, ""));
    let fragment = with_choice(fragment, choice);
    if fragment.is_empty() {
        base.to_owned()
    } else {
        format!("{base}#{fragment}")
    }
}

/// The localStorage key for a dispute's remembered choice.
pub fn storage_key(dispute: &str) -> String {
    format!("strike-explainer:{dispute}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(region: Option<&str>, role: Option<&str>) -> Choice {
        Choice {
            region: region.map(str::to_owned),
            council: None,
            role: role.map(str::to_owned),
            lang: None,
            on: None,
        }
    }

    fn check(page: &str, region: Option<&str>, role: Option<&str>, expected_link: &str) {
        let c = choice(region, role);
        let url = link(page, &c);
        assert_eq!(url, expected_link, "link for {page}");
        let back = parse(url.split_once('#').map_or("", |(_, f)| f));
        assert_eq!(back, c, "reading back {url}");
    }

    #[test]
    fn links_carry_the_choice_and_keep_the_hosts_fragment() {
        check(
            "https://news.example/a",
            Some("london"),
            Some("parent"),
            "https://news.example/a#se-region=london&se-role=parent",
        );
        check(
            "https://news.example/a#comments",
            Some("wales"),
            None,
            "https://news.example/a#comments&se-region=wales",
        );
        check(
            "https://news.example/a#x=1&se-region=london&y=2",
            Some("eastern"),
            Some("pupil"),
            "https://news.example/a#x=1&y=2&se-region=eastern&se-role=pupil",
        );
        check(
            "https://news.example/a?id=7#se-role=pupil",
            None,
            None,
            "https://news.example/a?id=7",
        );
    }

    #[test]
    fn a_welsh_answer_is_shared_and_read_back_in_welsh() {
        let welsh = Choice {
            lang: Some("cy".to_owned()),
            ..choice(Some("wales"), Some("pupil"))
        };
        let url = link("https://news.example/a#se-lang=en", &welsh);
        assert_eq!(
            url,
            "https://news.example/a#se-region=wales&se-role=pupil&se-lang=cy"
        );
        assert_eq!(parse(url.split_once('#').map_or("", |(_, f)| f)), welsh);
    }

    #[test]
    fn a_council_is_shared_and_remembered_with_its_region() {
        // Issue #20: a reader who gave their council gets it back from the link.
        let fife = Choice {
            council: Some("S12000047".to_owned()),
            ..choice(Some("scotland"), Some("parent"))
        };
        let url = link("https://news.example/a#se-council=S12000036&x=1", &fife);
        assert_eq!(
            url,
            "https://news.example/a#x=1&se-region=scotland&se-council=S12000047&se-role=parent"
        );
        assert_eq!(parse(url.split_once('#').map_or("", |(_, f)| f)), fife);
        assert_eq!(
            encode(&fife),
            "se-region=scotland&se-council=S12000047&se-role=parent"
        );
    }

    #[test]
    fn a_replayed_date_is_shared_but_never_remembered() {
        // Issue #21: a link copied while replaying opens on that date; storage keeps today.
        let replaying = Choice {
            on: Some("2023-02-27".to_owned()),
            ..choice(Some("yorkshire-and-the-humber"), Some("parent"))
        };
        let url = link("https://news.example/a#se-on=2023-03-15&x=1", &replaying);
        assert_eq!(
            url,
            "https://news.example/a#x=1&se-region=yorkshire-and-the-humber&se-role=parent&se-on=2023-02-27"
        );
        assert_eq!(parse(url.split_once('#').map_or("", |(_, f)| f)), replaying);
        assert_eq!(
            encode(&replaying),
            "se-region=yorkshire-and-the-humber&se-role=parent"
        );
        // A date alone is a link's too; back at today, the link drops the host's old one.
        assert_eq!(parse("#se-on=2023-02-27").on.as_deref(), Some("2023-02-27"));
        assert_eq!(
            link(
                "https://news.example/a#se-on=2023-02-27",
                &choice(Some("wales"), None)
            ),
            "https://news.example/a#se-region=wales"
        );
    }

    #[test]
    fn only_our_keys_and_plain_ids_are_read() {
        assert_eq!(parse("#region=london&role=parent"), Choice::default());
        assert_eq!(
            parse("se-region=london&se-role=<script>"),
            choice(Some("london"), None)
        );
        assert_eq!(
            parse("#se-region=&se-role=teacher-neu"),
            choice(None, Some("teacher-neu"))
        );
        assert_eq!(parse(""), Choice::default());
        assert_eq!(
            encode(&choice(Some("wales"), Some("pupil"))),
            "se-region=wales&se-role=pupil"
        );
        assert_eq!(storage_key("neu-2023"), "strike-explainer:neu-2023");
    }
}
