//! Finding where a reader is from what they know: a town or city (or any post town), a London
//! neighbourhood (its ward), a council, a county, or a postcode (area `LS`, district `LS6`, full
//! `LS6 1AA`, any case and spacing), forgiving typos.
//! Places in Wales are found by their Welsh names too (`Caerdydd`, `Ynys Môn`, with or without
//! the accents), and a result carries both names so the widget can show either.
//!
//! Pure: it reads the compact index that `build.rs` makes from `data/places/*.csv` and answers
//! searches with GSS codes (councils, ONS regions and nations: [`Part`]), and resolves a
//! place's codes through a mapping it is given ([`Place::resolve`]). It must not know a dispute
//! or its region ids (each dispute maps codes to its own regions), nor the DOM, nor fetch
//! anything: only the councils' part of the index ([`COUNCILS`]) is compiled into the widget;
//! the rest ([`SEARCH`]) reaches it as text the shell fetched on first use of a search
//! (`embed::places`), read with the councils by [`Places::with_councils`].

use crate::lang::Lang;
use crate::model::Council;

/// The whole index compiled from `data/places/` by `build.rs`, in one text: the tests check that
/// its two parts ([`COUNCILS`] and [`SEARCH`]) read as it does. A `const`, so it reaches a
/// binary only where it is used; the widget never uses it.
pub const INDEX: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));

/// The part of the index the widget includes: the `G` lines (every council by its region or
/// nation) and the councils' own `N` lines (their names, English and Welsh). It is itself an
/// index in the same format, with no places to search but councils: enough to check a
/// dispute's codes ([`known`]) and to name a local call's councils ([`councils`]).
pub const COUNCILS: &str = include_str!(concat!(env!("OUT_DIR"), "/councils.txt"));

/// The rest of the index, which only the search reads: the other places' `N` lines, the
/// postcode areas and districts. The widget does not include it: `scripts/pkg` ships it beside
/// the wasm as its own file, fetched on the first use of a search (`embed::places`), and read
/// with [`COUNCILS`] by [`Places::with_councils`]. It is here for native code (tests, tools) and
/// for the browser tests to hand to the widget as a fetch would.
pub const SEARCH: &str = include_str!(concat!(env!("OUT_DIR"), "/search.txt"));

/// The searchable index as the widget reads it once it has fetched [`SEARCH`], read once: for
/// native code (tests, tools), which has no fetch.
pub fn bundled() -> &'static Places<'static> {
    static PLACES: std::sync::OnceLock<Places<'static>> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| Places::with_councils(SEARCH))
}

/// The councils the widget includes ([`COUNCILS`]), read once per page: [`Places::council`]
/// answers for every council as the whole index does.
pub fn councils() -> &'static Places<'static> {
    static PLACES: std::sync::OnceLock<Places<'static>> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| Places::parse(COUNCILS))
}

/// Whether the index knows `code`, as [`Places::knows`] answers, from the `G` lines of
/// [`COUNCILS`] alone: a dispute's codes are checked on every page load, so the codes are read
/// once per page, in one pass, and looked up by binary search.
pub fn known(code: &str) -> bool {
    static CODES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let codes = CODES.get_or_init(|| {
        let mut codes: Vec<&str> = COUNCILS
            .lines()
            .filter_map(|line| line.strip_prefix("G\t"))
            .flat_map(|rest| {
                let mut fields = rest.split('\t');
                let region = fields.next().into_iter();
                region.chain(fields.next().into_iter().flat_map(|list| list.split(' ')))
            })
            .chain([ENGLAND])
            .filter(|code| !code.is_empty())
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    });
    codes.binary_search(&code).is_ok()
}

/// England's ONS code: the nation of the nine regions `E12000001`–`E12000009`.
pub const ENGLAND: &str = "E92000001";
/// The other nations' codes. They have no ONS regions, so here each is its own region.
const NATIONS: [&str; 3] = ["W92000004", "S92000003", "N92000002"];

/// Whether `code` has the shape of a code a dispute may map: an ONS region of England
/// (`E12000001`–`E12000009`), a nation (`E92000001`, `W92000004`, `S92000003`, `N92000002`) or
/// a council (`E06`, `E07`, `E08`, `E09`, `W06`, `S12` or `N09` and six digits). Whether a
/// council code is one the index knows is [`Places::knows`].
pub fn is_code(code: &str) -> bool {
    is_region(code) || code == ENGLAND || is_council(code)
}

/// An ONS region of England or one of the other three nations.
fn is_region(code: &str) -> bool {
    NATIONS.contains(&code)
        || code
            .strip_prefix("E1200000")
            .is_some_and(|n| matches!(n.as_bytes(), [b'1'..=b'9']))
}

fn is_council(code: &str) -> bool {
    // `get`, not slicing: an editor's text may split a character at any byte.
    let (Some(prefix), Some(digits)) = (code.get(..3), code.get(3..)) else {
        return false;
    };
    ["E06", "E07", "E08", "E09", "W06", "S12", "N09"].contains(&prefix)
        && digits.len() == 6
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// What sort of place a match is: a closed set the widget words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Postcode,
    District,
    Area,
    City,
    Town,
    /// A London ward: the neighbourhood a London reader names (Peckham), in its borough.
    Ward,
    County,
    Council,
    /// A council abolished in a reorganisation whose name is still in use.
    FormerCouncil,
}

/// One part of a place, on one side of any boundary it crosses, in GSS codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part<'a> {
    /// The councils it lies in, most specific first: its council, and the council it was part
    /// of or became part of in 2023 (`E07000028` Carlisle with `E06000063` Cumberland). Empty
    /// where the index knows only the region (a county, the far side of a postcode district).
    pub councils: Vec<&'a str>,
    /// Its ONS region (`E12…`) in England, or its nation elsewhere.
    pub region: &'a str,
}

impl Part<'_> {
    /// Its nation: England for an English region, else the region itself.
    pub fn nation(&self) -> &str {
        if self.region.starts_with("E12") {
            ENGLAND
        } else {
            self.region
        }
    }
}

/// One place a search found, and where it lies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place<'a> {
    /// As the reader should see it in English: `LS6 1AA`, `Leeds`, `Cardiff`.
    pub name: String,
    /// The Welsh name, where it differs from `name` and a source gives it: `Caerdydd`. Found
    /// whichever of the two the reader typed.
    pub name_cy: Option<&'a str>,
    /// For postcodes, the post town (`Leeds`); otherwise empty.
    pub town: &'a str,
    pub kind: Kind,
    /// Where it lies: one part, or one per side where it crosses a boundary.
    pub parts: Vec<Part<'a>>,
}

impl Place<'_> {
    /// The name in `lang`: its own name there where a source gives one, otherwise `name`.
    pub fn name_in(&self, lang: Lang) -> &str {
        written_in(lang, &self.name, self.name_cy).unwrap_or(&self.name)
    }

    /// Every code the place carries, most specific first within each part.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().flat_map(|p| {
            let nation = Some(p.nation()).filter(|n| *n != p.region);
            p.councils.iter().copied().chain([p.region]).chain(nation)
        })
    }

    /// The regions a mapping from codes (`find`: a dispute's) puts this place in, sorted and
    /// without repeats; empty where it maps none of its codes. Each part is looked up on its
    /// own, most specific code first: a council listed beats its region listed elsewhere, and a
    /// region beats its nation. So Carlisle's part (Cumberland, North West) is wherever
    /// Cumberland is mapped, and only failing that wherever North West is.
    pub fn resolve<T: Ord>(&self, find: impl Fn(&str) -> Option<T>) -> Vec<T> {
        let mut out: Vec<T> = Vec::new();
        for part in &self.parts {
            let councils: Vec<T> = part.councils.iter().filter_map(|c| find(c)).collect();
            if councils.is_empty() {
                out.extend(find(part.region).or_else(|| find(part.nation())));
            } else {
                out.extend(councils);
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Where a mapping from codes (`find`: a dispute's) puts this place: the regions
    /// [`Place::resolve`] gives, each with the council the place lies in there where the index
    /// knows one (`EH1`, `Edinburgh`: City of Edinburgh; `Carlisle`: the former council, part of
    /// Cumberland), sorted by region. A region's council is `None` where a part there has no
    /// council (a county, a region's side of a postcode district) or where its parts lie in
    /// different councils; where one part's council lies within the others' (a name that is a
    /// former council and its town in the successor), the narrower is the place's.
    ///
    /// `find` is a reference to a function, not a generic one: each generic copy costs the wasm.
    pub fn locate<T: Ord + Copy>(
        &self,
        find: &dyn Fn(&str) -> Option<T>,
    ) -> Vec<(T, Option<Council>)> {
        // Kept in region order as it grows: no sort (each sort's copy costs the wasm too).
        let mut out: Vec<(T, Option<Council>)> = Vec::new();
        for part in &self.parts {
            let mut regions: Vec<T> = Vec::new();
            for code in &part.councils {
                regions.extend(find(code).filter(|r| !regions.contains(r)));
            }
            if regions.is_empty() {
                regions.extend(find(part.region).or_else(|| find(part.nation())));
            }
            let council = council_of(&part.councils);
            for region in regions {
                let at = out.partition_point(|(r, _)| *r < region);
                match out.get_mut(at).filter(|(r, _)| *r == region) {
                    None => out.insert(at, (region, council.clone())),
                    Some((_, known)) => {
                        *known = match (known.take(), &council) {
                            (Some(a), Some(b)) if a.within(b) => Some(a),
                            (Some(a), Some(b)) if b.within(&a) => Some(b.clone()),
                            _ => None,
                        };
                    }
                }
            }
        }
        out
    }
}

/// The council whose GSS code is `code`, as the index knows it: with the council it became part
/// of where it was abolished (`E07000028` Carlisle, part of Cumberland). `None` for a code the
/// index does not know as a council's.
pub fn council(code: &str) -> Option<Council> {
    let place = councils().council(code)?;
    council_of(&place.parts.first()?.councils).filter(|c| c.code == code)
}

/// The council a part lies in, from its codes (`Part::councils`): a former council with the
/// council it became part of (whichever order the index gives them in), or one council.
fn council_of(codes: &[&str]) -> Option<Council> {
    let index = councils();
    let former = codes.iter().find_map(|c| {
        index
            .successor(c)
            .filter(|s| codes.contains(s))
            .map(|s| (*c, s))
    });
    match former {
        Some((code, part_of)) => Some(Council {
            code: code.to_owned(),
            part_of: Some(part_of.to_owned()),
        }),
        None => codes.first().map(|c| Council::new(*c)),
    }
}

/// A place's name as the index writes it in `lang`, where it gives one: `name` in English,
/// and one column for each other language.
fn written_in<'n>(lang: Lang, name: &'n str, name_cy: Option<&'n str>) -> Option<&'n str> {
    match lang {
        Lang::En => Some(name),
        Lang::Cy => name_cy,
    }
}

struct Named<'a> {
    kind: Kind,
    /// Whether this line is (also) a council's: the name a council code is shown by.
    council: bool,
    /// Whether the place is only a post town or a London ward (`build.rs`: a name no other row
    /// gives): offered after the councils, cities, towns and counties that match as well, so
    /// that the many of them do not push those out of the list (`Aber` still offers
    /// Aberdeenshire).
    minor: bool,
    name: &'a str,
    name_cy: Option<&'a str>,
    /// Each name (English, then Welsh) folded, with its characters for the typo distance,
    /// computed once.
    keys: Vec<(Lang, String, Vec<char>)>,
    /// Where it lies, as written in the index (see `build.rs`).
    parts: &'a str,
}

/// How well the folded query `q` (`qc` as characters) matches the folded name `folded`: lower
/// is better; `None` if it does not.
fn match_score(
    q: &str,
    qc: &[char],
    folded: &str,
    name: &[char],
    max_typos: usize,
) -> Option<usize> {
    if folded == q {
        Some(1)
    } else if folded.starts_with(q) {
        Some(3)
    } else if folded.split(' ').any(|w| w.starts_with(q)) {
        Some(4)
    } else if max_typos > 0 {
        // A typo in the whole name, or in its beginning while the reader is still typing.
        let whole = distance(qc, name, max_typos);
        let start = (name.len() > qc.len())
            .then(|| distance(qc, &name[..qc.len()], max_typos))
            .flatten();
        whole.or(start).map(|d| 5 + d)
    } else {
        None
    }
}

/// The searchable index.
pub struct Places<'a> {
    /// (council, its region or nation), sorted by council.
    councils: Vec<(&'a str, &'a str)>,
    names: Vec<Named<'a>>,
    /// (area, post town)
    areas: Vec<(&'a str, &'a str)>,
    /// (district, its parts as written in the index), sorted by district.
    districts: Vec<(&'a str, &'a str)>,
}

/// Lower case, `&` as "and", Welsh accents dropped, other punctuation dropped, single spaces:
/// how names are compared, so `Ynys Môn`, `ynys mon` and `YNYS MÔN` are the same.
/// No Unicode case tables (they would cost the bundle more than the search): ASCII, plus the
/// accented vowels Welsh writes, listed in `welsh_base`. Other letters a reader types do not
/// match.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str(" and "),
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
            '-' | ' ' | '/' => out.push(' '),
            c => {
                if let Some(base) = welsh_base(c) {
                    out.push(base);
                }
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The plain lower-case letter under a vowel with a Welsh accent (circumflex, diaeresis,
/// acute or grave, on a e i o u w y, either case): `ô` → `o`, `Ŵ` → `w`.
fn welsh_base(c: char) -> Option<char> {
    Some(match c {
        'â' | 'ä' | 'á' | 'à' | 'Â' | 'Ä' | 'Á' | 'À' => 'a',
        'ê' | 'ë' | 'é' | 'è' | 'Ê' | 'Ë' | 'É' | 'È' => 'e',
        'î' | 'ï' | 'í' | 'ì' | 'Î' | 'Ï' | 'Í' | 'Ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'Ô' | 'Ö' | 'Ó' | 'Ò' => 'o',
        'û' | 'ü' | 'ú' | 'ù' | 'Û' | 'Ü' | 'Ú' | 'Ù' => 'u',
        'ŵ' | 'ẅ' | 'ẃ' | 'ẁ' | 'Ŵ' | 'Ẅ' | 'Ẃ' | 'Ẁ' => 'w',
        'ŷ' | 'ÿ' | 'ý' | 'ỳ' | 'Ŷ' | 'Ÿ' | 'Ý' | 'Ỳ' => 'y',
        _ => return None,
    })
}

/// Optimal-string-alignment distance (a swap of neighbours counts once), giving up above `max`.
fn distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev2: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(prev2[j - 2] + 1);
            }
        }
        if row.iter().min().is_some_and(|&m| m > max) {
            return None;
        }
        prev2 = std::mem::replace(&mut prev, row);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// A full postcode's outward part (`LS61AA` → `LS6`), if `compact` has the shape of one.
fn outward(compact: &str) -> Option<&str> {
    let b = compact.as_bytes();
    let n = b.len();
    let inward = n >= 5
        && b[n - 3].is_ascii_digit()
        && b[n - 2].is_ascii_alphabetic()
        && b[n - 1].is_ascii_alphabetic();
    inward
        .then(|| &compact[..n - 3])
        .filter(|o| looks_like_district(o))
}

fn looks_like_district(s: &str) -> bool {
    let letters = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    (1..=2).contains(&letters)
        && s.len() > letters
        && s.len() <= letters + 2
        && s.as_bytes()[letters].is_ascii_digit()
}

impl<'a> Places<'a> {
    /// Reads an index in `build.rs`'s format. Lines it cannot read are skipped: the index is
    /// generated, so that would be a build bug, and a partial search beats none.
    pub fn parse(index: &'a str) -> Places<'a> {
        Self::parse_parts(&[index])
    }

    /// The searchable index from its part that only the search reads ([`SEARCH`]'s text, as
    /// fetched) and the councils the widget includes ([`COUNCILS`]).
    pub fn with_councils(search: &'a str) -> Places<'a> {
        Self::parse_parts(&[COUNCILS, search])
    }

    /// Reads an index given in parts, one after the other, as one.
    fn parse_parts(parts: &[&'a str]) -> Places<'a> {
        let mut places = Places {
            councils: Vec::new(),
            names: Vec::new(),
            areas: Vec::new(),
            districts: Vec::new(),
        };
        for line in parts.iter().flat_map(|part| part.lines()) {
            let mut f = line.split('\t');
            match f.next() {
                Some("G") => {
                    if let (Some(region), Some(list)) = (f.next(), f.next()) {
                        places.councils.extend(list.split(' ').map(|c| (c, region)));
                    }
                }
                Some("N") => {
                    // A capital: the line is also a council's (see `build.rs`).
                    let (kind, council) = match f.next() {
                        Some("p") => (Kind::Town, false),
                        Some("w") => (Kind::Ward, false),
                        Some("y") => (Kind::City, false),
                        Some("t") => (Kind::Town, false),
                        Some("k") => (Kind::County, false),
                        Some("c") => (Kind::Council, true),
                        Some("b") => (Kind::FormerCouncil, false),
                        Some("Y") => (Kind::City, true),
                        Some("T") => (Kind::Town, true),
                        Some("K") => (Kind::County, true),
                        Some("B") => (Kind::FormerCouncil, true),
                        _ => continue,
                    };
                    if let (Some(name), Some(parts)) = (f.next(), f.next()) {
                        let name_cy = f.next().filter(|s| !s.is_empty());
                        let keys = Lang::ALL
                            .into_iter()
                            .filter_map(|lang| {
                                let n = written_in(lang, name, name_cy)?;
                                let folded = fold(n);
                                let chars = folded.chars().collect();
                                Some((lang, folded, chars))
                            })
                            .collect();
                        places.names.push(Named {
                            kind,
                            council,
                            minor: line.starts_with("N\tp\t") || line.starts_with("N\tw\t"),
                            name,
                            name_cy,
                            keys,
                            parts,
                        });
                    }
                }
                Some("A") => {
                    if let (Some(area), Some(town)) = (f.next(), f.next()) {
                        places.areas.push((area, town));
                    }
                }
                Some("D") => {
                    if let (Some(parts), Some(list)) = (f.next(), f.next()) {
                        places.districts.extend(list.split(' ').map(|d| (d, parts)));
                    }
                }
                _ => {}
            }
        }
        places.councils.sort_unstable();
        places.districts.sort_unstable();
        places
    }

    /// Whether this is a search index: it has places to find (a text that is no index, such as
    /// an error page served in its place, reads as none).
    pub fn searchable(&self) -> bool {
        !self.names.is_empty() && !self.districts.is_empty()
    }

    /// Whether the index knows `code`: a council in it, one of the regions its councils are in,
    /// or England.
    pub fn knows(&self, code: &str) -> bool {
        code == ENGLAND || self.council_region(code).is_some() || {
            self.councils.iter().any(|&(_, r)| r == code)
        }
    }

    /// The council with GSS code `code`, as a place (its names and where it lies); `None` where
    /// the index has no council of that code.
    pub fn council(&self, code: &str) -> Option<Place<'a>> {
        self.council_region(code)?;
        self.names
            .iter()
            .filter(|n| n.council)
            .map(|n| (n, self.parts(n.parts)))
            .find(|(_, parts)| {
                parts
                    .first()
                    .and_then(|p| p.councils.first())
                    .is_some_and(|c| *c == code)
            })
            .map(|(n, parts)| Place {
                name: n.name.to_owned(),
                name_cy: n.name_cy,
                town: "",
                kind: n.kind,
                parts,
            })
    }

    /// The council that `code` became part of, where it was abolished (`E07000028` Carlisle:
    /// `E06000063` Cumberland), as a whole council's line writes it (`code+successor`).
    pub fn successor(&self, code: &str) -> Option<&'a str> {
        self.names.iter().filter(|n| n.council).find_map(|n| {
            let first = n.parts.split(' ').next()?;
            first.strip_prefix(code)?.strip_prefix('+')
        })
    }

    /// The councils a mapping from codes (`find`: a dispute's) puts in `region`, each as the
    /// council a reader there may say they are in, with its name in `lang`, sorted by that name:
    /// every council the index knows, former ones included.
    pub fn councils_in<T: Ord + Copy>(
        &self,
        region: T,
        find: &dyn Fn(&str) -> Option<T>,
        lang: Lang,
    ) -> Vec<(Council, &'a str)> {
        let here = |c: &str| find(c) == Some(region);
        let mut found: Vec<Council> = Vec::new();
        // (name, code): sorted as the index's own pairs are, with no sort of its own.
        let mut names: Vec<(&'a str, &'a str)> = Vec::new();
        for n in self.names.iter().filter(|n| n.council) {
            // A council's line is its own first part (see `council`).
            let Some(code) = n.parts.split(['+', ' ']).next() else {
                continue;
            };
            let Some(within) = self.council_region(code) else {
                continue;
            };
            // Most councils are ruled out by their codes alone, without reading their parts.
            let nation = if within.starts_with("E12") {
                ENGLAND
            } else {
                within
            };
            if !(here(code)
                || here(within)
                || here(nation)
                || self.successor(code).is_some_and(here))
            {
                continue;
            }
            let place = Place {
                name: String::new(),
                name_cy: None,
                town: "",
                kind: n.kind,
                parts: self.parts(n.parts),
            };
            let council = place
                .locate(find)
                .into_iter()
                .find_map(|(r, c)| c.filter(|c| r == region && c.code == code));
            if let Some(council) = council {
                found.push(council);
                names.push((written_in(lang, n.name, n.name_cy).unwrap_or(n.name), code));
            }
        }
        names.sort_unstable();
        names
            .into_iter()
            .filter_map(|(name, code)| Some((found.iter().find(|c| c.code == code)?.clone(), name)))
            .collect()
    }

    fn council_region(&self, code: &str) -> Option<&'a str> {
        self.councils
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .ok()
            .map(|i| self.councils[i].1)
    }

    /// The parts written as `build.rs` writes them: councils joined by `+` (the first's region
    /// is the part's), or a lone region or nation code.
    fn parts(&self, written: &'a str) -> Vec<Part<'a>> {
        written
            .split(' ')
            .filter_map(|part| {
                let first = part.split('+').next()?;
                Some(match self.council_region(first) {
                    Some(region) => Part {
                        councils: part.split('+').collect(),
                        region,
                    },
                    None => Part {
                        councils: Vec::new(),
                        region: first,
                    },
                })
            })
            .collect()
    }

    /// An area lies wherever its districts do.
    fn area_parts(&self, area: &str) -> Vec<Part<'a>> {
        let start = self.districts.partition_point(|(d, _)| *d < area);
        let mut parts: Vec<Part<'a>> = Vec::new();
        for &(_, written) in self.districts[start..]
            .iter()
            .take_while(|(d, _)| d.starts_with(area))
            .filter(|(d, _)| d.as_bytes().get(area.len()).is_some_and(u8::is_ascii_digit))
        {
            for part in self.parts(written) {
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
        parts
    }

    fn area_town(&self, district: &str) -> &'a str {
        let letters = district.bytes().take_while(u8::is_ascii_alphabetic).count();
        self.areas
            .iter()
            .find(|(a, _)| *a == &district[..letters])
            // `London (South West)` names the area; the town is `London`.
            .map_or("", |(_, t)| t.split(" (").next().unwrap_or(t))
    }

    fn district(&self, d: &str) -> Option<(&'a str, &'a str)> {
        self.districts
            .binary_search_by(|(k, _)| (*k).cmp(d))
            .ok()
            .map(|i| self.districts[i])
    }

    /// Up to `limit` places for what the reader typed, best first, for a widget in English:
    /// `search_in(query, limit, Lang::En)`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Place<'a>> {
        self.search_in(query, limit, Lang::En)
    }

    /// Up to `limit` places for what the reader typed, in either language, best first. A place
    /// with two names that matches only by the one not in the widget's language (`lang`) comes
    /// after places that match as well in the widget's: in English `Aber` offers the Aberdeens
    /// before Swansea (Abertawe); in Welsh `Car` offers Carlisle before Caerdydd.
    pub fn search_in(&self, query: &str, limit: usize, lang: Lang) -> Vec<Place<'a>> {
        let compact: String = query
            .chars()
            .filter(|c| !c.is_whitespace())
            // Postcodes are ASCII: no Unicode case tables in the bundle for them.
            .map(|c| c.to_ascii_uppercase())
            .collect();
        // (score, only a post town or ward, matched only in the other language, place); lower
        // sorts first.
        let mut found: Vec<(usize, bool, bool, Place<'a>)> = Vec::new();

        // Postcodes: a full one, a district (and the districts it begins), an area.
        if let Some(out) = outward(&compact)
            && let Some((_, parts)) = self.district(out)
        {
            let name = format!("{} {}", out, &compact[out.len()..]);
            found.push((
                0,
                false,
                false,
                Place {
                    name,
                    name_cy: None,
                    town: self.area_town(out),
                    kind: Kind::Postcode,
                    parts: self.parts(parts),
                },
            ));
        }
        if looks_like_district(&compact) {
            let start = self
                .districts
                .partition_point(|(k, _)| *k < compact.as_str());
            for &(d, parts) in self.districts[start..]
                .iter()
                .take_while(|(k, _)| k.starts_with(compact.as_str()))
            {
                let score = if d == compact { 0 } else { 2 };
                found.push((
                    score,
                    false,
                    false,
                    Place {
                        name: d.to_owned(),
                        name_cy: None,
                        town: self.area_town(d),
                        kind: Kind::District,
                        parts: self.parts(parts),
                    },
                ));
            }
        }
        if (1..=2).contains(&compact.len()) && compact.bytes().all(|b| b.is_ascii_alphabetic()) {
            for &(area, town) in self.areas.iter().filter(|(a, _)| *a == compact) {
                found.push((
                    0,
                    false,
                    false,
                    Place {
                        name: area.to_owned(),
                        name_cy: None,
                        town,
                        kind: Kind::Area,
                        parts: self.area_parts(area),
                    },
                ));
            }
        }

        // Names: exact, then prefix, then a word's prefix, then typos.
        let q = fold(query);
        // Place names have no digits: a query with one is a postcode, and only that.
        if q.chars().count() >= 2 && !q.bytes().any(|b| b.is_ascii_digit()) {
            let qc: Vec<char> = q.chars().collect();
            let max_typos = match qc.len() {
                0..=3 => 0,
                4..=7 => 1,
                _ => 2,
            };
            // Typos only when nothing matches as typed: `Kent` must not offer `Central …`.
            let as_typed = self
                .names
                .iter()
                .flat_map(|n| &n.keys)
                .any(|(_, folded, _)| {
                    folded.starts_with(&q) || folded.split(' ').any(|w| w.starts_with(&q))
                });
            let max_typos = if as_typed { 0 } else { max_typos };
            for n in &self.names {
                // The better of the English and the Welsh name, the widget's language first.
                let Some((score, other)) = n
                    .keys
                    .iter()
                    .filter_map(|(key_lang, folded, chars)| {
                        // Only a place with two names has one in another language.
                        let other = n.keys.len() > 1 && *key_lang != lang;
                        match_score(&q, &qc, folded, chars, max_typos).map(|s| (s, other))
                    })
                    .min()
                else {
                    continue;
                };
                found.push((
                    score,
                    n.minor,
                    other,
                    Place {
                        name: n.name.to_owned(),
                        name_cy: n.name_cy,
                        town: "",
                        kind: n.kind,
                        parts: self.parts(n.parts),
                    },
                ));
            }
        }
        found.sort_by(|(sa, pa, oa, a), (sb, pb, ob, b)| {
            let (na, nb) = (a.name_in(lang), b.name_in(lang));
            sa.cmp(sb)
                .then(pa.cmp(pb))
                .then(oa.cmp(ob))
                .then(a.kind.cmp(&b.kind))
                .then(na.len().cmp(&nb.len()))
                .then(na.cmp(nb))
        });
        found
            .into_iter()
            .map(|(_, _, _, p)| p)
            .take(limit)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code of the first result for `query`, as `name kind codes`. Which regions those
    /// are in a dispute is `tests/places.rs`'s to check.
    fn check(query: &str, expected_first: &str) {
        let places = bundled();
        let found = places.search(query, 8);
        let got = found
            .first()
            .map(|p| {
                format!(
                    "{} {:?} {}",
                    p.name,
                    p.kind,
                    p.codes().collect::<Vec<_>>().join(" ")
                )
            })
            .unwrap_or_else(|| "nothing".to_owned());
        assert_eq!(got, expected_first, "searching {query:?}: {found:?}");
    }

    #[test]
    fn places_carry_their_councils_regions_and_nations() {
        // Issue #12: GSS codes, no dispute's region ids.
        check("LS6 1AA", "LS6 1AA Postcode E08000035 E12000003 E92000001");
        check("Leeds", "Leeds City E08000035 E12000003 E92000001");
        check("Cardiff", "Cardiff City W06000015 W92000004");
        check("Belfast", "Belfast City N09000003 N92000002");
        // A county with no one council: its region.
        check("Kent", "Kent County E12000008 E92000001");
        // Cumbria: both its councils, each in ONS North West.
        check(
            "Cumbria",
            "Cumbria County E06000063 E12000002 E92000001 E06000064 E12000002 E92000001",
        );
        // A council abolished in 2023 lies in its successor; a district keeps its old council.
        check(
            "Carlisle",
            "Carlisle City E07000028 E06000063 E12000002 E92000001 E06000063 E12000002 E92000001",
        );
        check(
            "CA1",
            "CA1 District E06000063 E07000028 E12000002 E92000001",
        );
        // A district across a boundary: the centroid's council, then the far side's.
        check(
            "CH4",
            "CH4 District W06000005 W92000004 E06000050 E12000002 E92000001",
        );
        check(
            "NP16",
            "NP16 District W06000021 W92000004 E12000009 E92000001",
        );
        // An area lies wherever its districts do.
        check(
            "TD",
            "TD Area S12000026 S92000003 E06000057 E12000001 E92000001 S12000010 S92000003",
        );
    }

    /// What `resolve` makes of the first result for `query` through `map` (code, region).
    fn resolved(query: &str, map: &[(&str, &'static str)]) -> Vec<&'static str> {
        let places = bundled();
        places.search(query, 1)[0]
            .resolve(|code| map.iter().find(|(c, _)| *c == code).map(|(_, r)| *r))
    }

    #[test]
    fn a_council_beats_its_region_and_a_region_its_nation() {
        let map = [
            ("E06000063", "cumberland"),
            ("E12000002", "north-west"),
            ("E92000001", "england"),
            ("W92000004", "wales"),
        ];
        assert_eq!(resolved("Carlisle", &map), ["cumberland"]);
        assert_eq!(resolved("Preston", &map), ["north-west"]);
        assert_eq!(resolved("Leeds", &map), ["england"]);
        // Each side of a boundary on its own.
        assert_eq!(resolved("CH4", &map), ["north-west", "wales"]);
        assert_eq!(resolved("Glasgow", &map), Vec::<&str>::new());
    }

    #[test]
    fn codes_have_the_shapes_of_gss_codes() {
        for good in [
            "E12000001",
            "E12000009",
            "E92000001",
            "W92000004",
            "S92000003",
            "N92000002",
        ] {
            assert!(is_code(good), "{good}");
        }
        for good in [
            "E06000063",
            "E07000028",
            "E08000035",
            "E09000033",
            "W06000015",
            "S12000033",
            "N09000003",
        ] {
            assert!(is_code(good), "{good}");
        }
        for bad in [
            "",
            "E12000000",
            "E12000010",
            "E1200001",
            "e12000001",
            "E10000006",
            "ÉÉ0000063",
            "E060000631",
            "E0600006X",
            "LS6",
            "northern",
        ] {
            assert!(!is_code(bad), "{bad}");
        }
        let places = bundled();
        assert!(places.knows("E06000063") && places.knows("E12000001") && places.knows(ENGLAND));
        assert!(!places.knows("E06000999"));
        // The text scan the data check uses agrees with the built index on every code in it.
        let codes: Vec<&str> = INDEX
            .split(['\t', ' ', '\n', '+'])
            .filter(|c| is_code(c))
            .collect();
        assert!(codes.len() > 400, "{} codes", codes.len());
        for code in codes
            .iter()
            .copied()
            .chain(["E06000999", "W06000999", "E12000010"])
        {
            assert_eq!(known(code), places.knows(code), "{code}");
        }
    }

    #[test]
    fn the_councils_part_names_every_council_as_the_whole_index_does() {
        // Issue #13: the widget includes only COUNCILS; the search's index is fetched.
        let (whole, part) = (bundled(), councils());
        let codes: Vec<&str> = INDEX
            .split(['\t', ' ', '\n', '+'])
            .filter(|c| is_code(c))
            .chain(["E06000999", "W06000999", "E12000010"])
            .collect();
        for code in codes {
            assert_eq!(part.knows(code), whole.knows(code), "{code}");
            assert_eq!(part.council(code), whole.council(code), "{code}");
        }
        assert_eq!(
            part.council("W06000015").map(|c| c.name_cy),
            Some(Some("Caerdydd"))
        );
        // A search index, and a table that is not one (nor is an error page).
        assert!(whole.searchable());
        assert!(!part.searchable());
        assert!(!Places::with_councils("<!doctype html><title>Not found</title>").searchable());
        assert!(
            COUNCILS.len() * 2 < INDEX.len(),
            "{} of {}",
            COUNCILS.len(),
            INDEX.len()
        );
    }

    #[test]
    fn the_two_parts_search_as_the_whole_index() {
        // Issue #13: the widget reads COUNCILS, which it includes, with SEARCH, which it fetches;
        // the two must answer as the whole index in one, in the same order.
        assert_eq!(INDEX.len(), COUNCILS.len() + SEARCH.len());
        let (whole, parts) = (Places::parse(INDEX), bundled());
        let names = INDEX
            .lines()
            .filter_map(|l| l.strip_prefix("N\t"))
            .filter_map(|l| l.split('\t').nth(1));
        let postcodes = ["LS6 1AA", "CH4", "TD", "NP16", "ca1", "B"];
        let typos = [
            "Manchestr",
            "Brstol",
            "Kent",
            "Aber",
            "Car",
            "Ynys Mon",
            "Newport",
        ];
        for q in names.chain(postcodes).chain(typos) {
            for lang in Lang::ALL {
                assert_eq!(
                    parts.search_in(q, 10, lang),
                    whole.search_in(q, 10, lang),
                    "{q}"
                );
            }
        }
    }

    #[test]
    fn a_result_carries_both_names() {
        let places = bundled();
        let cardiff = &places.search("Caerdydd", 8)[0];
        assert_eq!(
            (cardiff.name.as_str(), cardiff.name_cy),
            ("Cardiff", Some("Caerdydd"))
        );
        assert_eq!(cardiff.name_in(Lang::Cy), "Caerdydd");
        assert_eq!(cardiff.name_in(Lang::En), "Cardiff");
        // Found by its English name, it still knows its Welsh one.
        assert_eq!(places.search("Cardiff", 8)[0].name_cy, Some("Caerdydd"));
        // (After them, the post towns that begin so: Newport Pagnell, Newport-on-Tay.)
        let newports: Vec<Option<&str>> = places
            .search("Newport", 8)
            .iter()
            .filter(|p| p.name == "Newport")
            .map(|p| p.name_cy)
            .collect();
        assert_eq!(newports, [Some("Casnewydd"), None, None]);
        // Where the names are the same or no source gives a Welsh one, there is one name.
        let gwynedd = &places.search("Gwynedd", 8)[0];
        assert_eq!(
            (gwynedd.name_cy, gwynedd.name_in(Lang::Cy)),
            (None, "Gwynedd")
        );
        assert_eq!(places.search("Leeds", 8)[0].name_in(Lang::Cy), "Leeds");
        assert_eq!(places.search("LS6 1AA", 8)[0].name_cy, None);
    }

    #[test]
    fn each_widget_prefers_names_in_its_own_language() {
        let places = bundled();
        let first = |q: &str, lang: Lang| {
            let p = &places.search_in(q, 8, lang)[0];
            p.name_in(lang).to_owned()
        };
        let all = |q: &str, lang: Lang| -> Vec<String> {
            places
                .search_in(q, 8, lang)
                .iter()
                .map(|p| p.name_in(lang).to_owned())
                .collect()
        };
        // Then the post towns: Aberdare, Aberdyfi, …
        assert_eq!(
            all("Aber", Lang::En)[..4],
            ["Aberdeen", "Aberdeen City", "Aberdeenshire", "Swansea"]
        );
        assert_eq!(first("Car", Lang::En), "Cardiff");
        assert_eq!(all("Car", Lang::Cy)[..2], ["Carlisle", "Caerdydd"]);
        // An exact name beats a prefix in either widget.
        assert_eq!(first("Caerdydd", Lang::En), "Cardiff");
        assert_eq!(first("Cardiff", Lang::Cy), "Caerdydd");
    }

    #[test]
    fn fold_drops_welsh_accents_only() {
        assert_eq!(fold("Ynys Môn"), "ynys mon");
        assert_eq!(fold("ÂÊÎÔÛŴŶ âêîôûŵŷ"), "aeiouwy aeiouwy");
        assert_eq!(fold("ÄËÏÖÜẄŸ äëïöüẅÿ"), "aeiouwy aeiouwy");
        assert_eq!(fold("ÁÉÍÓÚẂÝ áéíóúẃý"), "aeiouwy aeiouwy");
        assert_eq!(fold("ÀÈÌÒÙẀỲ àèìòùẁỳ"), "aeiouwy aeiouwy");
        // Other letters outside ASCII are still dropped.
        assert_eq!(fold("Łódź"), "od");
        assert_eq!(fold("Brighton & Hove"), "brighton and hove");
    }

    #[test]
    fn typos_measure_swaps_once() {
        let d = |a: &str, b: &str| {
            distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
                2,
            )
        };
        assert_eq!(d("leeds", "leeds"), Some(0));
        assert_eq!(d("lesd", "leds"), Some(1));
        assert_eq!(d("bristol", "brsitol"), Some(1));
        assert_eq!(d("york", "cork"), Some(1));
        assert_eq!(d("york", "london"), None);
    }
}
