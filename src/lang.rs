//! The languages the widget speaks: a closed set, listed once here.
//!
//! Everything that differs by language is indexed by [`Lang`] and matched without a wildcard, so
//! that adding a language is a variant here, a `Words` implementation (`strings/`) and a column
//! (a text's translation, a place's name), and the compiler points at each place that needs one.
//! A text missing in a language falls back to English by one rule, [`Lang::FALLBACK`].
//!
//! Its tags (`en`, `cy`) are public API: `data-lang`, shared links (`se-lang=cy`) and the data
//! file's text keys. It must not know a file format, the DOM or any words but each language's
//! own name.

use std::str::FromStr;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// British English: every text has it, and it stands in for a missing translation.
    #[default]
    En,
    /// Welsh (Cymraeg).
    Cy,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// How many languages there are: the length of a table indexed by language.
    pub const COUNT: usize = Lang::ALL.len();

    /// The language a text falls back to where it has no translation.
    pub const FALLBACK: Lang = Lang::En;

    /// The BCP 47 tag: the `lang` attribute, `data-lang`, `se-lang` and the data file's key.
    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The language's name in itself, as a language switch shows it.
    pub const fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    /// Its position in [`Lang::ALL`], for tables indexed by language.
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl FromStr for Lang {
    type Err = ();

    /// A tag, in any case, alone or with the region `GB`: `cy`, `CY-gb`.
    fn from_str(s: &str) -> Result<Lang, ()> {
        let s = s.to_ascii_lowercase();
        let tag = s.strip_suffix("-gb").unwrap_or(&s);
        Lang::ALL.into_iter().find(|l| l.as_str() == tag).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(given: &str, expected: Option<Lang>) {
        assert_eq!(given.parse().ok(), expected, "{given}");
    }

    #[test]
    fn tags_parse_in_any_case_with_or_without_gb() {
        check("en", Some(Lang::En));
        check("en-GB", Some(Lang::En));
        check("cy", Some(Lang::Cy));
        check("CY-gb", Some(Lang::Cy));
        check("cy-", None);
        check("fr", None);
        check("", None);
        check("-gb", None);
    }

    #[test]
    fn every_language_round_trips_through_its_tag_and_knows_its_place() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.as_str().parse(), Ok(lang));
            assert_eq!(lang.index(), i);
            assert!(!lang.own_name().is_empty());
        }
        assert_eq!(Lang::ALL[0], Lang::FALLBACK);
    }
}
