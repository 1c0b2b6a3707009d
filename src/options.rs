//! A widget instance's options — from `data-*` attributes or a `mount()` options object — checked
//! against the dispute and the closed sets the widget supports, and where a widget starts
//! (a shared link, the host's options, the reader's remembered choice: [`starting_choice`]).
//!
//! Pure: it takes the options as plain strings and returns what to use plus a warning for each
//! value it had to ignore. It must not read the DOM, the URL, storage or log (that is `embed`),
//! so the rules are testable natively.

use std::fmt;
use std::str::FromStr;

use crate::lang::Lang;
use crate::model::{Council, Date, Dispute, RegionId, RoleId, Where};
use crate::share;

/// Options as the host wrote them; `None` where not given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawOptions {
    /// Which bundled dispute (`data-dispute`); the first bundled one when absent.
    pub dispute: Option<String>,
    /// Where to fetch a dispute data file from (`data-src`), relative to the page.
    pub src: Option<String>,
    /// A dispute data file's text: `mount()`'s `data`, or the placeholder's inline
    /// `<script type="application/json">` (there is no `data-data` attribute).
    pub data: Option<String>,
    /// Present (and not "false" or "off"): show a data file's problems inside the widget.
    pub debug: Option<String>,
    pub region: Option<String>,
    /// The reader's council, a GSS code (`data-council="S12000047"`); without `region`, it
    /// implies its region.
    pub council: Option<String>,
    pub role: Option<String>,
    pub lang: Option<String>,
    pub theme: Option<String>,
    pub today: Option<String>,
    pub replay: Option<String>,
    pub heading: Option<String>,
    /// The page shared links point at (`data-share`): an `http(s)` address, for a widget in a
    /// frame whose readers should get the article's address, not the frame's.
    pub share: Option<String>,
}

impl RawOptions {
    /// Every option's name: the key in a `mount()` options object; the attribute is `data-<name>`.
    pub const NAMES: [&'static str; 13] = [
        "dispute", "src", "data", "debug", "region", "council", "role", "lang", "theme", "today",
        "replay", "heading", "share",
    ];

    /// The value of the option called `name` (one of [`RawOptions::NAMES`]), to read or fill.
    pub fn slot(&mut self, name: &str) -> Option<&mut Option<String>> {
        match name {
            "dispute" => Some(&mut self.dispute),
            "src" => Some(&mut self.src),
            "data" => Some(&mut self.data),
            "debug" => Some(&mut self.debug),
            "region" => Some(&mut self.region),
            "council" => Some(&mut self.council),
            "role" => Some(&mut self.role),
            "lang" => Some(&mut self.lang),
            "theme" => Some(&mut self.theme),
            "today" => Some(&mut self.today),
            "replay" => Some(&mut self.replay),
            "heading" => Some(&mut self.heading),
            "share" => Some(&mut self.share),
            _ => None,
        }
    }

    /// These options, with each one left out here taken from `fallback`.
    pub fn or(self, fallback: RawOptions) -> RawOptions {
        RawOptions {
            dispute: self.dispute.or(fallback.dispute),
            src: self.src.or(fallback.src),
            data: self.data.or(fallback.data),
            debug: self.debug.or(fallback.debug),
            region: self.region.or(fallback.region),
            council: self.council.or(fallback.council),
            role: self.role.or(fallback.role),
            lang: self.lang.or(fallback.lang),
            theme: self.theme.or(fallback.theme),
            today: self.today.or(fallback.today),
            replay: self.replay.or(fallback.replay),
            heading: self.heading.or(fallback.heading),
            share: self.share.or(fallback.share),
        }
    }

    /// Whether an editor asked to see a data file's problems inside the widget: `data-debug`
    /// is present and not `"false"` or `"off"`.
    pub fn debug(&self) -> bool {
        self.debug
            .as_deref()
            .is_some_and(|v| !matches!(v.trim(), "false" | "off"))
    }
}

/// Where a widget's dispute comes from. When a host gives several, the first of these wins:
/// the file's own text, then its address, then a bundled dispute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source<'a> {
    /// A data file's text (inline `<script type="application/json">`, or `mount()`'s `data`).
    Text(&'a str),
    /// A data file's address (`data-src`), relative to the page.
    Url(&'a str),
    /// One of the bundled disputes, by index (`data-dispute`, or the default).
    Bundled(usize),
}

/// Which source a widget shows (see [`Source`]), and a warning for each source given but not
/// used. `ids` are the bundled disputes' ids, the default first.
pub fn pick_source<'a>(raw: &'a RawOptions, ids: &[&str]) -> (Source<'a>, Vec<String>) {
    let given = |v: &'a Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty());
    let (text, url, bundled) = (given(&raw.data), given(&raw.src), given(&raw.dispute));
    let mut warnings = Vec::new();
    let mut unused = |option: &str, value: Option<&str>, used: &str| {
        if let Some(value) = value {
            warnings.push(format!(
                "strike-explainer: ignoring {option}=\"{}\": {used} gives this widget its dispute.",
                shorten(value, QUOTE_LIMIT)
            ));
        }
    };
    if let Some(text) = text {
        let used = "the data file inside the placeholder";
        unused("data-src", url, used);
        unused("data-dispute", bundled, used);
        return (Source::Text(text), warnings);
    }
    if let Some(url) = url {
        unused("data-dispute", bundled, "data-src");
        return (Source::Url(url), warnings);
    }
    let (i, warning) = pick_dispute(raw, ids);
    warnings.extend(warning.map(|w| w.to_string()));
    (Source::Bundled(i), warnings)
}

/// The colour scheme: a closed set the stylesheet branches on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const NAMES: [&'static str; 3] = ["auto", "light", "dark"];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl FromStr for Theme {
    type Err = ();
    fn from_str(s: &str) -> Result<Theme, ()> {
        match s {
            "auto" => Ok(Theme::Auto),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            _ => Err(()),
        }
    }
}

/// Checked options: anything absent or ignored is `None` / the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Where the reader is: a region, and their council where the host gave it.
    pub at: Option<Where>,
    pub role: Option<RoleId>,
    pub lang: Lang,
    pub theme: Theme,
    /// An editor's "show it as on this date"; otherwise the UK's today.
    pub today: Option<Date>,
    /// Whether readers may see the widget as on another date (`data-replay="off"` hides it).
    pub replay: bool,
    /// Whether the widget shows its own title and summary (`data-heading="off"`: the article
    /// around it has its own).
    pub heading: bool,
    /// The page shared links point at; otherwise the widget's own page.
    pub share: Option<String>,
}

/// An option value that was ignored, and what would have been accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The attribute's name, e.g. `data-region`.
    pub option: &'static str,
    pub value: String,
    pub allowed: String,
    /// Set where the value is a former id: `Some(id)` still accepted as that one; `None` where
    /// it now means several roles, so the reader chooses.
    pub formerly: Option<Option<String>>,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.formerly {
            Some(Some(now)) => {
                return write!(
                    f,
                    "strike-explainer: {}=\"{}\" is deprecated and shows \"{now}\"; use {} instead.",
                    self.option,
                    shorten(&self.value, QUOTE_LIMIT),
                    self.allowed,
                );
            }
            Some(None) => {
                return write!(
                    f,
                    "strike-explainer: {}=\"{}\" is deprecated: it covered groups whose answers now differ, so the reader chooses. Use {} instead.",
                    self.option,
                    shorten(&self.value, QUOTE_LIMIT),
                    self.allowed,
                );
            }
            None => {}
        }
        write!(
            f,
            "strike-explainer: ignoring {}=\"{}\"; expected {}. {}",
            self.option,
            shorten(&self.value, QUOTE_LIMIT),
            self.allowed,
            match self.option {
                "data-region" | "data-council" | "data-role" => "The reader can choose instead.",
                "data-today" => "Using today's date in the UK.",
                share::ON_KEY => "Showing today.",
                _ => "Using the default.",
            }
        )
    }
}

/// How much of a bad value a warning quotes: enough to recognise it, never a whole 100 KB string.
pub const QUOTE_LIMIT: usize = 80;

/// `text` cut to at most `limit` characters, marked with "…" where it was cut.
pub fn shorten(text: &str, limit: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(limit.saturating_sub(1)) {
        Some((end, _)) if text.chars().count() > limit => format!("{}…", &text[..end]).into(),
        _ => text.into(),
    }
}

fn one_of(names: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let names: Vec<String> = names
        .into_iter()
        .map(|n| format!("\"{}\"", n.as_ref()))
        .collect();
    format!("one of {}", names.join(", "))
}

/// Which of the bundled disputes (`ids`, the default first) a widget shows: the one `data-dispute`
/// names, or the default with a warning when it names none of them.
pub fn pick_dispute(raw: &RawOptions, ids: &[&str]) -> (usize, Option<Warning>) {
    let id = raw
        .dispute
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty());
    match id {
        None => (0, None),
        Some(id) => match ids.iter().position(|k| *k == id) {
            Some(i) => (i, None),
            None => (
                0,
                Some(Warning {
                    option: "data-dispute",
                    value: id.to_owned(),
                    allowed: one_of(ids),
                    formerly: None,
                }),
            ),
        },
    }
}

/// Checks `raw` against `dispute`. Empty values count as absent.
pub fn resolve(raw: &RawOptions, dispute: &Dispute) -> (Options, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut warn = |option: &'static str, value: &str, allowed: String| {
        warnings.push(Warning {
            option,
            value: value.to_owned(),
            allowed,
            formerly: None,
        });
    };
    let mut renamed = Vec::new();
    let given = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };

    let region = given(&raw.region).and_then(|v| {
        let id = dispute.region_by_key(&v);
        if id.is_none() {
            warn(
                "data-region",
                &v,
                one_of(dispute.regions.iter().map(|r| &r.key)),
            );
        }
        id
    });
    // A council must lie in the region given; without one, it gives its region.
    let council = given(&raw.council).and_then(|v| {
        let code = v.to_ascii_uppercase();
        let found = council_at(dispute, &code)
            .into_iter()
            .find(|(r, _)| region.is_none_or(|mine| *r == mine));
        if found.is_none() {
            let allowed = match region {
                Some(r) => format!(
                    "the GSS code of a council {}",
                    dispute.region(r).within.get(Lang::En)
                ),
                None => "the GSS code of a council in one of this dispute's areas".to_owned(),
            };
            warn(
                "data-council",
                &v,
                format!("{allowed}, such as \"S12000036\""),
            );
        }
        found
    });
    let at = match (region, council) {
        (_, Some((region, council))) => Some(Where {
            region,
            council: Some(council),
        }),
        (region, None) => region.map(Where::from),
    };
    let role = given(&raw.role).and_then(|v| {
        let id = dispute.role_by_key(&v);
        let mut replacements = dispute
            .roles
            .iter()
            .filter(|r| r.formerly.contains(&v))
            .peekable();
        if replacements.peek().is_some() {
            renamed.push(Warning {
                option: "data-role",
                value: v.clone(),
                allowed: one_of(replacements.map(|r| &r.key)),
                formerly: Some(id.map(|id| dispute.role(id).key.clone())),
            });
        } else if id.is_none() {
            warn(
                "data-role",
                &v,
                one_of(dispute.roles.iter().map(|r| &r.key)),
            );
        }
        id
    });
    let lang = given(&raw.lang).map_or(Lang::default(), |v| {
        v.parse().unwrap_or_else(|()| {
            warn("data-lang", &v, one_of(Lang::ALL.map(Lang::as_str)));
            Lang::default()
        })
    });
    let theme = given(&raw.theme).map_or(Theme::default(), |v| {
        v.parse().unwrap_or_else(|()| {
            warn("data-theme", &v, one_of(Theme::NAMES));
            Theme::default()
        })
    });
    let today = given(&raw.today).and_then(|v| {
        let date = v.parse::<Date>().ok();
        if date.is_none() {
            warn("data-today", &v, "a date written YYYY-MM-DD".to_owned());
        }
        date
    });
    let mut on_off = |option: &'static str, value: &Option<String>| {
        given(value).is_none_or(|v| match v.as_str() {
            "on" => true,
            "off" => false,
            _ => {
                warn(option, &v, one_of(["on", "off"]));
                true
            }
        })
    };
    let replay = on_off("data-replay", &raw.replay);
    let heading = on_off("data-heading", &raw.heading);
    // Only shown and copied as text, never followed by the widget, so a scheme check will do
    // (a fuller one cost more wasm than it buys).
    let share = given(&raw.share).filter(|v| {
        let ok = v.starts_with("https://") || v.starts_with("http://");
        if !ok {
            warn(
                "data-share",
                v,
                "an http: or https: page address".to_owned(),
            );
        }
        ok
    });
    warnings.extend(renamed);
    (
        Options {
            at,
            role,
            lang,
            theme,
            today,
            replay,
            heading,
            share,
        },
        warnings,
    )
}

/// The regions of `dispute` the council with GSS code `code` lies in, each with the council as
/// a reader there is in it (a former council with its successor); none where the place index
/// has no such council or the dispute's regions list none of its places.
pub fn council_at(dispute: &Dispute, code: &str) -> Vec<(RegionId, Council)> {
    let Some(place) = crate::places::councils().council(code) else {
        return Vec::new();
    };
    place
        .locate(&|c| dispute.region_by_place(c))
        .into_iter()
        .filter_map(|(r, c)| Some((r, c.filter(|c| c.code == code)?)))
        .collect()
}

/// The date a shared link opens on (`se-on`, copied while its reader was replaying), where the
/// host allows replay; a date that is not one, or outside the replay's span ([`explain::span`]),
/// is ignored with a warning, and the widget shows today. Where replay is off the date is
/// dropped quietly: the host chose that its readers see today.
///
/// [`explain::span`]: crate::explain::span
pub fn replayed_on(
    on: Option<&str>,
    replay: bool,
    dispute: &Dispute,
) -> (Option<Date>, Option<Warning>) {
    let Some(on) = on.filter(|_| replay) else {
        return (None, None);
    };
    let (start, end) = crate::explain::span(dispute);
    match on.parse::<Date>() {
        Ok(date) if date >= start && date <= end => (Some(date), None),
        _ => (
            None,
            Some(Warning {
                option: share::ON_KEY,
                value: on.to_owned(),
                allowed: format!("a date written YYYY-MM-DD from {start} to {end}"),
                formerly: None,
            }),
        ),
    }
}

/// Where a widget starts, as options to check: a shared link beats the host's options (the link
/// must reopen the answer it was copied from), which beat the reader's remembered choice (an
/// article about Wales shows Wales). Where the reader is comes whole from one of the three: the
/// first that names a region (the host, also by a council alone) gives the council too, so a
/// link copied without a council is not given the host's. Ids from the link or storage are not
/// the host's to fix, so unknown ones are dropped quietly, as is their council where it does
/// not lie in their region; the host's are checked, with warnings, by [`resolve`].
pub fn starting_choice(
    mut raw: RawOptions,
    linked: &share::Choice,
    stored: &share::Choice,
    dispute: &Dispute,
) -> RawOptions {
    let place = |c: &share::Choice| {
        let region = dispute.region_by_key(c.region.as_deref()?)?;
        let council = c
            .council
            .clone()
            .filter(|code| council_at(dispute, code).iter().any(|(r, _)| *r == region));
        Some((c.region.clone(), council))
    };
    let host = raw.region.is_some() || raw.council.is_some();
    if let Some((region, council)) = place(linked).or_else(|| place(stored).filter(|_| !host)) {
        (raw.region, raw.council) = (region, council);
    }
    // The link's, then the host's, then the stored one; ids from the link or storage only if
    // they are known.
    let first = |linked: &Option<String>,
                 host: Option<String>,
                 stored: &Option<String>,
                 known: &dyn Fn(&String) -> bool| {
        linked
            .clone()
            .filter(|v| known(v))
            .or(host)
            .or(stored.clone().filter(|v| known(v)))
    };
    let known_role = |k: &String| dispute.role_by_key(k).is_some();
    let known_lang = |l: &String| l.parse::<Lang>().is_ok();
    raw.role = first(&linked.role, raw.role, &stored.role, &known_role);
    // The language a link was read in, then the host's, then the reader's last.
    raw.lang = first(&linked.lang, raw.lang, &stored.lang, &known_lang);
    raw
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    /// `(attribute, value)` pairs in; the options chosen and the warnings out.
    fn check(attrs: &[(&str, &str)], expected: &str, expected_warnings: &[&str]) {
        let dispute = data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"));
        let mut raw = RawOptions::default();
        for (k, v) in attrs {
            let slot = raw.slot(k).unwrap_or_else(|| panic!("no option {k}"));
            *slot = Some((*v).to_owned());
        }
        let (o, warnings) = resolve(&raw, &dispute);
        let got = format!(
            "{} {} {} {} {}",
            o.at.as_ref()
                .map_or("-", |at| dispute.region(at.region).key.as_str()),
            o.role.map_or("-", |r| dispute.role(r).key.as_str()),
            o.lang.as_str(),
            o.theme.as_str(),
            o.today.map_or("-".to_owned(), |d| d.to_string()),
        );
        assert_eq!(got, expected, "{attrs:?}");
        let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(warnings, expected_warnings, "{attrs:?}");
    }

    /// `data-dispute` in; the index chosen among `ids` and the warning out.
    fn check_dispute(value: Option<&str>, expected: usize, expected_warning: Option<&str>) {
        let raw = RawOptions {
            dispute: value.map(str::to_owned),
            ..RawOptions::default()
        };
        let (i, warning) = pick_dispute(&raw, &["neu-2023", "ni-2023"]);
        assert_eq!(i, expected, "{value:?}");
        assert_eq!(
            warning.map(|w| w.to_string()).as_deref(),
            expected_warning,
            "{value:?}"
        );
    }

    #[test]
    fn a_bundled_dispute_is_picked_by_its_id() {
        check_dispute(None, 0, None);
        check_dispute(Some(""), 0, None);
        check_dispute(Some("ni-2023"), 1, None);
        check_dispute(Some(" neu-2023 "), 0, None);
        check_dispute(
            Some("rail-2022"),
            0,
            Some(
                "strike-explainer: ignoring data-dispute=\"rail-2022\"; expected one of \"neu-2023\", \"ni-2023\". Using the default.",
            ),
        );
    }

    /// `(data, src, dispute)` in; the source chosen and the warnings out.
    fn check_source(
        given: (Option<&str>, Option<&str>, Option<&str>),
        expected: Source<'_>,
        expected_warnings: &[&str],
    ) {
        let raw = RawOptions {
            data: given.0.map(str::to_owned),
            src: given.1.map(str::to_owned),
            dispute: given.2.map(str::to_owned),
            ..RawOptions::default()
        };
        let (source, warnings) = pick_source(&raw, &["neu-2023", "ni-2023"]);
        assert_eq!(source, expected, "{given:?}");
        assert_eq!(warnings, expected_warnings, "{given:?}");
    }

    #[test]
    fn a_supplied_file_beats_an_address_which_beats_a_bundled_dispute() {
        check_source((None, None, None), Source::Bundled(0), &[]);
        check_source((None, None, Some("ni-2023")), Source::Bundled(1), &[]);
        check_source(
            (None, Some(" rail.json "), None),
            Source::Url("rail.json"),
            &[],
        );
        check_source((Some("{}"), None, None), Source::Text("{}"), &[]);
        check_source(
            (None, Some("rail.json"), Some("ni-2023")),
            Source::Url("rail.json"),
            &[
                "strike-explainer: ignoring data-dispute=\"ni-2023\": data-src gives this widget its dispute.",
            ],
        );
        check_source(
            (Some("{}"), Some("rail.json"), Some("ni-2023")),
            Source::Text("{}"),
            &[
                "strike-explainer: ignoring data-src=\"rail.json\": the data file inside the placeholder gives this widget its dispute.",
                "strike-explainer: ignoring data-dispute=\"ni-2023\": the data file inside the placeholder gives this widget its dispute.",
            ],
        );
        check_source(
            (Some("  "), Some(""), Some("rail-2022")),
            Source::Bundled(0),
            &[
                "strike-explainer: ignoring data-dispute=\"rail-2022\"; expected one of \"neu-2023\", \"ni-2023\". Using the default.",
            ],
        );
    }

    #[test]
    fn debug_is_on_when_present_unless_turned_off() {
        for (value, expected) in [
            (None, false),
            (Some(""), true),
            (Some("true"), true),
            (Some("false"), false),
            (Some(" off "), false),
        ] {
            let raw = RawOptions {
                debug: value.map(str::to_owned),
                ..RawOptions::default()
            };
            assert_eq!(raw.debug(), expected, "{value:?}");
        }
    }

    #[test]
    fn good_values_are_used_and_bad_ones_named_with_the_allowed_ones() {
        check(&[], "- - en auto -", &[]);
        check(
            &[
                ("region", "wales"),
                ("role", "pupil"),
                ("theme", "dark"),
                ("today", "2023-03-01"),
            ],
            "wales pupil en dark 2023-03-01",
            &[],
        );
        check(
            &[("region", " london "), ("lang", "en-GB"), ("theme", "")],
            "london - en auto -",
            &[],
        );
        check(&[("lang", "cy")], "- - cy auto -", &[]);
        check(
            &[("region", "wales"), ("lang", " CY-gb ")],
            "wales - cy auto -",
            &[],
        );
        check(
            &[("region", "London")],
            "- - en auto -",
            &[
                "strike-explainer: ignoring data-region=\"London\"; expected one of \"northern\", \"north-west\", \"yorkshire-and-the-humber\", \"east-midlands\", \"west-midlands\", \"eastern\", \"london\", \"south-east\", \"south-west\", \"wales\", \"scotland\", \"northern-ireland\". The reader can choose instead.",
            ],
        );
        check(
            &[
                ("role", "teacher"),
                ("lang", "fr"),
                ("theme", "blue"),
                ("today", "1/2/2023"),
            ],
            "- - en auto -",
            &[
                "strike-explainer: ignoring data-role=\"teacher\"; expected one of \"parent\", \"pupil\", \"teacher-neu\", \"teacher-no-union\", \"teacher-other-union\", \"support-staff\", \"school-leader\", \"sixth-form-college-teacher\", \"sixth-form-college-support-staff\", \"public\". The reader can choose instead.",
                "strike-explainer: ignoring data-lang=\"fr\"; expected one of \"en\", \"cy\". Using the default.",
                "strike-explainer: ignoring data-theme=\"blue\"; expected one of \"auto\", \"light\", \"dark\". Using the default.",
                "strike-explainer: ignoring data-today=\"1/2/2023\"; expected a date written YYYY-MM-DD. Using today's date in the UK.",
            ],
        );
    }

    #[test]
    fn shared_links_point_at_a_full_http_address_given_or_at_this_page() {
        let dispute = data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"));
        let check = |value: &str, expected: Option<&str>, warned: bool| {
            let raw = RawOptions {
                share: Some(value.to_owned()),
                ..RawOptions::default()
            };
            let (options, warnings) = resolve(&raw, &dispute);
            assert_eq!(options.share.as_deref(), expected, "{value:?}");
            let said: Vec<String> = warnings.iter().map(ToString::to_string).collect();
            let want = format!(
                "strike-explainer: ignoring data-share=\"{value}\"; expected an http: or https: page address. Using the default."
            );
            assert_eq!(said, if warned { vec![want] } else { vec![] }, "{value:?}");
        };
        let article = "https://news.example/2023/strikes?p=1#top";
        check(article, Some(article), false);
        check(
            " http://news.example/a ",
            Some("http://news.example/a"),
            false,
        );
        check("", None, false);
        check("/2023/strikes", None, true);
        check("javascript:alert(1)", None, true);
        check("ftp://news.example/a", None, true);
    }

    #[test]
    fn a_replaced_role_id_still_works_with_a_deprecation_warning() {
        // Issue #9: sixth-form college staff split into teachers and support staff.
        // Its two heirs' answers differ, so neither is assumed: the reader chooses.
        check(
            &[("role", "sixth-form-college-staff")],
            "- - en auto -",
            &[
                "strike-explainer: data-role=\"sixth-form-college-staff\" is deprecated: it covered groups whose answers now differ, so the reader chooses. Use one of \"sixth-form-college-teacher\", \"sixth-form-college-support-staff\" instead.",
            ],
        );
    }

    #[test]
    fn replay_can_be_turned_off() {
        let dispute = data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"));
        let replay = |value: Option<&str>| {
            let raw = RawOptions {
                replay: value.map(str::to_owned),
                ..RawOptions::default()
            };
            let (options, warnings) = resolve(&raw, &dispute);
            (options.replay, warnings.len())
        };
        assert_eq!(replay(None), (true, 0));
        assert_eq!(replay(Some("off")), (false, 0));
        assert_eq!(replay(Some("on")), (true, 0));
        assert_eq!(
            replay(Some("no")),
            (true, 1),
            "a bad value warns and keeps it on"
        );
        let heading = |value: &str| {
            let raw = RawOptions {
                heading: Some(value.to_owned()),
                ..RawOptions::default()
            };
            resolve(&raw, &dispute).0.heading
        };
        assert!(!heading("off") && heading("on"));
    }

    #[test]
    fn a_huge_bad_value_is_quoted_short() {
        // Issue #8: a 100 KB attribute was echoed in full in the console.
        let huge = "x".repeat(100_000);
        check(
            &[("theme", &huge)],
            "- - en auto -",
            &[&format!(
                "strike-explainer: ignoring data-theme=\"{}…\"; expected one of \"auto\", \"light\", \"dark\". Using the default.",
                "x".repeat(QUOTE_LIMIT - 1)
            )],
        );
        // Cut on a character boundary, never inside one.
        check(
            &[("lang", &"é".repeat(200))],
            "- - en auto -",
            &[&format!(
                "strike-explainer: ignoring data-lang=\"{}…\"; expected one of \"en\", \"cy\". Using the default.",
                "é".repeat(QUOTE_LIMIT - 1)
            )],
        );
    }

    /// Where a widget of the synthetic rolling dispute starts from a shared link's fragment,
    /// the host's options and the stored choice: `region council role lang` (`-` for none),
    /// and the host's warnings.
    fn check_start(
        link: &str,
        host: &[(&str, &str)],
        stored: &str,
        expected: &str,
        expected_warnings: &[&str],
    ) {
        let dispute = data::parse(include_str!("../tests/fixtures/rolling.json"))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut raw = RawOptions::default();
        for (k, v) in host {
            *raw.slot(k).unwrap_or_else(|| panic!("no option {k}")) = Some((*v).to_owned());
        }
        let raw = starting_choice(raw, &share::parse(link), &share::parse(stored), &dispute);
        let (o, warnings) = resolve(&raw, &dispute);
        let got = format!(
            "{} {} {} {}",
            o.at.as_ref()
                .map_or("-", |at| dispute.region(at.region).key.as_str()),
            o.at.as_ref()
                .and_then(|at| at.council.as_ref())
                .map_or("-", |c| c.code.as_str()),
            o.role.map_or("-", |r| dispute.role(r).key.as_str()),
            o.lang.as_str(),
        );
        let case = format!("link {link:?}, host {host:?}, stored {stored:?}");
        assert_eq!(got, expected, "{case}");
        let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(warnings, expected_warnings, "{case}");
    }

    #[test]
    fn a_link_beats_the_host_which_beats_the_stored_choice_and_a_council_keeps_to_its_region() {
        // Issue #20: where the reader is, region and council, comes whole from one of the three.
        const FIFE: &str = "se-region=scotland&se-council=S12000047";
        check_start("", &[], "", "- - - en", &[]);
        check_start("", &[("region", "scotland")], "", "scotland - - en", &[]);
        // A council alone gives its region; in any case, with spaces.
        check_start(
            "",
            &[("council", "S12000047")],
            "",
            "scotland S12000047 - en",
            &[],
        );
        check_start(
            "",
            &[("council", " s12000047 ")],
            "",
            "scotland S12000047 - en",
            &[],
        );
        // A former council is its successor's too: England's, here.
        check_start(
            "",
            &[("council", "E07000028")],
            "",
            "england E07000028 - en",
            &[],
        );
        check_start(
            "",
            &[("region", "england"), ("council", "S12000047")],
            "",
            "england - - en",
            &[
                "strike-explainer: ignoring data-council=\"S12000047\"; expected the GSS code of a council in England, such as \"S12000036\". The reader can choose instead.",
            ],
        );
        check_start(
            "",
            &[("council", "S12000999")],
            "",
            "- - - en",
            &[
                "strike-explainer: ignoring data-council=\"S12000999\"; expected the GSS code of a council in one of this dispute's areas, such as \"S12000036\". The reader can choose instead.",
            ],
        );
        // The link reopens its answer: its region and council, not the host's.
        check_start(
            FIFE,
            &[("region", "england")],
            "",
            "scotland S12000047 - en",
            &[],
        );
        check_start(
            FIFE,
            &[("council", "S12000036")],
            "",
            "scotland S12000047 - en",
            &[],
        );
        check_start(
            "se-region=scotland",
            &[("council", "S12000036")],
            FIFE,
            "scotland - - en",
            &[],
        );
        // A council that does not lie in its region is dropped quietly, the region kept.
        check_start(
            "se-region=england&se-council=S12000047",
            &[],
            "",
            "england - - en",
            &[],
        );
        check_start(
            "",
            &[],
            "se-region=scotland&se-council=E06000063",
            "scotland - - en",
            &[],
        );
        check_start(
            "",
            &[],
            "se-region=scotland&se-council=X",
            "scotland - - en",
            &[],
        );
        // The stored choice, unless the host says where.
        check_start("", &[], FIFE, "scotland S12000047 - en", &[]);
        check_start("", &[("region", "england")], FIFE, "england - - en", &[]);
        check_start(
            "",
            &[("council", "S12000036")],
            FIFE,
            "scotland S12000036 - en",
            &[],
        );
        // An unknown region in the link is no answer to reopen: the stored one is.
        check_start(
            "se-region=mars&se-council=S12000036",
            &[],
            FIFE,
            "scotland S12000047 - en",
            &[],
        );
        // Role and language: each on its own, link, then host, then stored.
        check_start(
            "se-role=teacher",
            &[("role", "parent"), ("lang", "en")],
            "se-role=parent&se-lang=cy",
            "- - teacher en",
            &[],
        );
        check_start(
            "se-lang=fr",
            &[],
            "se-role=parent&se-lang=cy",
            "- - parent cy",
            &[],
        );
    }

    /// The date a link's `se-on` opens the real 2023 dispute on (`-` for today), and its
    /// warning (`-` for none).
    fn check_replayed(on: Option<&str>, replay: bool, expected: &str, expected_warning: &str) {
        let dispute = data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"));
        let (date, warning) = replayed_on(on, replay, &dispute);
        let got = date.map_or("-".to_owned(), |d| d.to_string());
        assert_eq!(got, expected, "se-on {on:?}, replay {replay}");
        let warning = warning.map_or("-".to_owned(), |w| w.to_string());
        assert_eq!(warning, expected_warning, "se-on {on:?}, replay {replay}");
    }

    #[test]
    fn a_link_opens_on_its_replayed_date_within_the_disputes_span() {
        // Issue #21: a shared link kept no replay date.
        let dispute = data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"));
        let (start, end) = crate::explain::span(&dispute);
        let (start, end) = (start.to_string(), end.to_string());
        let bad = |v: &str| {
            format!(
                "strike-explainer: ignoring se-on=\"{v}\"; expected a date written YYYY-MM-DD from {start} to {end}. Showing today."
            )
        };
        check_replayed(None, true, "-", "-");
        check_replayed(Some("2023-02-27"), true, "2023-02-27", "-");
        check_replayed(Some(&start), true, &start, "-");
        check_replayed(Some(&end), true, &end, "-");
        // The host turned replay off: its readers see today, and the host has nothing to fix.
        check_replayed(Some("2023-02-27"), false, "-", "-");
        check_replayed(Some("2019-01-01"), true, "-", &bad("2019-01-01"));
        check_replayed(Some("2031-01-01"), true, "-", &bad("2031-01-01"));
        check_replayed(Some("2023-02-30"), true, "-", &bad("2023-02-30"));
        check_replayed(Some("yesterday"), true, "-", &bad("yesterday"));
    }

    #[test]
    fn every_option_has_a_slot_and_fills_from_a_fallback() {
        let mut given = RawOptions::default();
        let mut attrs = RawOptions::default();
        for name in RawOptions::NAMES {
            *given.slot(name).expect("a slot per name") = Some(format!("given {name}"));
            *attrs.slot(name).expect("a slot per name") = Some(format!("attr {name}"));
        }
        given.role = None;
        let merged = given.or(attrs);
        assert_eq!(merged.region.as_deref(), Some("given region"));
        assert_eq!(
            merged.role.as_deref(),
            Some("attr role"),
            "left out: the attribute applies"
        );
        assert!(RawOptions::default().slot("colour").is_none());
    }
}
