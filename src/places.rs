//! Finding a reader's region from what they know: a town or city, a council, a county, or a
//! postcode (area `LS`, district `LS6`, full `LS6 1AA`, any case and spacing), forgiving typos.
//! Places in Wales are found by their Welsh names too (`Caerdydd`, `Ynys Môn`, with or without
//! the accents), and a result carries both names so the widget can show either.
//!
//! Pure: it reads the compact index that `build.rs` makes from `data/places/*.csv` and answers
//! searches with region *keys*; it knows nothing of a dispute (the widget maps keys to its own
//! region ids and hides the search if they do not match) and nothing of the DOM.

/// The index compiled from `data/places/` by `build.rs`.
pub const INDEX: &str = include_str!(concat!(env!("OUT_DIR"), "/places.txt"));

/// The bundled index, read once per page.
pub fn bundled() -> &'static Places<'static> {
    static PLACES: std::sync::OnceLock<Places<'static>> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| Places::parse(INDEX))
}

/// What sort of place a match is: a closed set the widget words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Postcode,
    District,
    Area,
    City,
    Town,
    County,
    Council,
    /// A council abolished in a reorganisation whose name is still in use.
    FormerCouncil,
}

/// One place a search found, and the region or regions it lies in.
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
    /// Region keys; more than one where the place spans regions.
    pub regions: Vec<&'a str>,
}

impl Place<'_> {
    /// The name in the widget's language: the Welsh name when `welsh` and there is one,
    /// otherwise `name`.
    pub fn name_in(&self, welsh: bool) -> &str {
        match self.name_cy {
            Some(cy) if welsh => cy,
            _ => &self.name,
        }
    }
}

struct Named<'a> {
    kind: Kind,
    name: &'a str,
    name_cy: Option<&'a str>,
    /// Each name (English, then Welsh) folded, with its characters for the typo distance,
    /// computed once.
    keys: Vec<(String, Vec<char>)>,
    mask: u16,
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
    regions: Vec<&'a str>,
    names: Vec<Named<'a>>,
    /// (area, post town, mask)
    areas: Vec<(&'a str, &'a str, u16)>,
    /// (district, mask), sorted by district.
    districts: Vec<(&'a str, u16)>,
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
        let mut places = Places {
            regions: Vec::new(),
            names: Vec::new(),
            areas: Vec::new(),
            districts: Vec::new(),
        };
        for line in index.lines() {
            let mut f = line.split('\t');
            let hex = |s: Option<&str>| s.and_then(|s| u16::from_str_radix(s, 16).ok());
            match f.next() {
                Some("R") => places.regions = f.collect(),
                Some("N") => {
                    let kind = match f.next() {
                        Some("y") => Kind::City,
                        Some("t") => Kind::Town,
                        Some("k") => Kind::County,
                        Some("c") => Kind::Council,
                        Some("b") => Kind::FormerCouncil,
                        _ => continue,
                    };
                    if let (Some(name), Some(mask)) = (f.next(), hex(f.next())) {
                        let name_cy = f.next().filter(|s| !s.is_empty());
                        let keys = std::iter::once(name)
                            .chain(name_cy)
                            .map(|n| {
                                let folded = fold(n);
                                let chars = folded.chars().collect();
                                (folded, chars)
                            })
                            .collect();
                        places.names.push(Named {
                            kind,
                            name,
                            name_cy,
                            keys,
                            mask,
                        });
                    }
                }
                Some("A") => {
                    if let (Some(area), Some(town), Some(mask)) =
                        (f.next(), f.next(), hex(f.next()))
                    {
                        places.areas.push((area, town, mask));
                    }
                }
                Some("D") => {
                    if let (Some(mask), Some(list)) = (hex(f.next()), f.next()) {
                        places.districts.extend(list.split(' ').map(|d| (d, mask)));
                    }
                }
                _ => {}
            }
        }
        places.districts.sort_unstable();
        places
    }

    /// The region keys the index uses, so a dispute can check it knows them all.
    pub fn region_keys(&self) -> &[&'a str] {
        &self.regions
    }

    fn keys(&self, mask: u16) -> Vec<&'a str> {
        self.regions
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, k)| *k)
            .collect()
    }

    fn area_town(&self, district: &str) -> &'a str {
        let letters = district.bytes().take_while(u8::is_ascii_alphabetic).count();
        self.areas
            .iter()
            .find(|(a, _, _)| *a == &district[..letters])
            // `London (South West)` names the area; the town is `London`.
            .map_or("", |(_, t, _)| t.split(" (").next().unwrap_or(t))
    }

    fn district(&self, d: &str) -> Option<(&'a str, u16)> {
        self.districts
            .binary_search_by(|(k, _)| (*k).cmp(d))
            .ok()
            .map(|i| self.districts[i])
    }

    /// Up to `limit` places for what the reader typed, best first, for a widget in English:
    /// `search_in(query, limit, false)`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Place<'a>> {
        self.search_in(query, limit, false)
    }

    /// Up to `limit` places for what the reader typed, in either language, best first. A place
    /// with two names that matches only by the one not in the widget's language (`welsh` or
    /// not) comes after places that match as well in the widget's: in English `Aber` offers the
    /// Aberdeens before Swansea (Abertawe); in Welsh `Car` offers Carlisle before Caerdydd.
    pub fn search_in(&self, query: &str, limit: usize, welsh: bool) -> Vec<Place<'a>> {
        let compact: String = query
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_uppercase)
            .collect();
        // (score, matched only in the other language, place); lower sorts first.
        let mut found: Vec<(usize, bool, Place<'a>)> = Vec::new();

        // Postcodes: a full one, a district (and the districts it begins), an area.
        if let Some(out) = outward(&compact)
            && let Some((_, mask)) = self.district(out)
        {
            let name = format!("{} {}", out, &compact[out.len()..]);
            found.push((
                0,
                false,
                Place {
                    name,
                    name_cy: None,
                    town: self.area_town(out),
                    kind: Kind::Postcode,
                    regions: self.keys(mask),
                },
            ));
        }
        if looks_like_district(&compact) {
            let start = self
                .districts
                .partition_point(|(k, _)| *k < compact.as_str());
            for &(d, mask) in self.districts[start..]
                .iter()
                .take_while(|(k, _)| k.starts_with(compact.as_str()))
            {
                let score = if d == compact { 0 } else { 2 };
                found.push((
                    score,
                    false,
                    Place {
                        name: d.to_owned(),
                        name_cy: None,
                        town: self.area_town(d),
                        kind: Kind::District,
                        regions: self.keys(mask),
                    },
                ));
            }
        }
        if (1..=2).contains(&compact.len()) && compact.bytes().all(|b| b.is_ascii_alphabetic()) {
            for &(area, town, mask) in self.areas.iter().filter(|(a, _, _)| *a == compact) {
                found.push((
                    0,
                    false,
                    Place {
                        name: area.to_owned(),
                        name_cy: None,
                        town,
                        kind: Kind::Area,
                        regions: self.keys(mask),
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
            let as_typed = self.names.iter().flat_map(|n| &n.keys).any(|(folded, _)| {
                folded.starts_with(&q) || folded.split(' ').any(|w| w.starts_with(&q))
            });
            let max_typos = if as_typed { 0 } else { max_typos };
            // Which of a place's names is in the widget's language, where it has two.
            let own = usize::from(welsh);
            for n in &self.names {
                // The better of the English and the Welsh name, the widget's language first.
                let Some((score, other)) = n
                    .keys
                    .iter()
                    .enumerate()
                    .filter_map(|(i, (folded, chars))| {
                        let other = n.keys.len() > 1 && i != own;
                        match_score(&q, &qc, folded, chars, max_typos).map(|s| (s, other))
                    })
                    .min()
                else {
                    continue;
                };
                found.push((
                    score,
                    other,
                    Place {
                        name: n.name.to_owned(),
                        name_cy: n.name_cy,
                        town: "",
                        kind: n.kind,
                        regions: self.keys(n.mask),
                    },
                ));
            }
        }
        found.sort_by(|(sa, oa, a), (sb, ob, b)| {
            let (na, nb) = (a.name_in(welsh), b.name_in(welsh));
            sa.cmp(sb)
                .then(oa.cmp(ob))
                .then(a.kind.cmp(&b.kind))
                .then(na.len().cmp(&nb.len()))
                .then(na.cmp(nb))
        });
        found.into_iter().map(|(_, _, p)| p).take(limit).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first result for `query`, as `name kind regions`.
    fn check(query: &str, expected_first: &str) {
        let places = Places::parse(INDEX);
        let found = places.search(query, 8);
        let got = found
            .first()
            .map(|p| format!("{} {:?} {}", p.name, p.kind, p.regions.join("|")))
            .unwrap_or_else(|| "nothing".to_owned());
        assert_eq!(got, expected_first, "searching {query:?}: {found:?}");
    }

    #[test]
    fn postcodes_in_any_common_form() {
        check("LS6 1AA", "LS6 1AA Postcode yorkshire-and-the-humber");
        check("ls61aa", "LS6 1AA Postcode yorkshire-and-the-humber");
        check("  Ls6   1aA ", "LS6 1AA Postcode yorkshire-and-the-humber");
        check("LS6", "LS6 District yorkshire-and-the-humber");
        check("ls", "LS Area yorkshire-and-the-humber");
        check("SW1A 1AA", "SW1A 1AA Postcode london");
        check("CA1 1AA", "CA1 1AA Postcode northern");
        check("CF10", "CF10 District wales");
        check("EH1", "EH1 District scotland");
        check("BT1 1AA", "BT1 1AA Postcode northern-ireland");
        // Places that span two regions list both; the reader then chooses.
        check("CH4 7AA", "CH4 7AA Postcode north-west|wales");
        check("ZZ9 9ZZ", "nothing");
    }

    #[test]
    fn names_councils_and_counties_forgiving_typos() {
        check("Leeds", "Leeds City yorkshire-and-the-humber");
        check("leeds", "Leeds City yorkshire-and-the-humber");
        check("Carlisle", "Carlisle City northern");
        check("Cornwall", "Cornwall County south-west");
        check("Brighton & Hove", "Brighton and Hove City south-east");
        check("Manchestr", "Manchester City north-west");
        check("Nottinhgam", "Nottingham City east-midlands");
        check("Birmingam", "Birmingham City west-midlands");
        check("Swansea", "Swansea City wales");
        check("Glasgow", "Glasgow City scotland");
        check("Milton Key", "Milton Keynes City south-east");
        check("xqzv", "nothing");
    }

    #[test]
    fn a_name_in_two_places_gives_both() {
        let places = Places::parse(INDEX);
        let bangor: Vec<String> = places
            .search("Bangor", 8)
            .iter()
            .map(|p| p.regions.join("|"))
            .collect();
        assert_eq!(bangor, ["wales", "northern-ireland"]);
    }

    /// Every result for `query`, as `name town regions`, in order.
    fn check_all(query: &str, expected: &[&str]) {
        let places = Places::parse(INDEX);
        let got: Vec<String> = places
            .search(query, 8)
            .iter()
            .map(|p| format!("{} {} {}", p.name, p.town, p.regions.join("|")).replace("  ", " "))
            .collect();
        assert_eq!(got, expected, "searching {query:?}");
    }

    #[test]
    fn suggestions_a_reader_can_tell_apart() {
        // An exact name offers no look-alikes (issue #10: Kent offered Central Bedfordshire).
        check_all("Kent", &["Kent south-east"]);
        // A name meaning several towns offers each of them.
        check_all(
            "Newport",
            &[
                "Newport wales",
                "Newport west-midlands",
                "Newport south-east",
            ],
        );
        check_all(
            "Gillingham",
            &["Gillingham south-east", "Gillingham south-west"],
        );
        // The post town without the area's own qualifier: no nested brackets.
        check_all("SW1A 1AA", &["SW1A 1AA London london"]);
    }

    #[test]
    fn welsh_names_find_the_place() {
        check("Caerdydd", "Cardiff City wales");
        check("caerdydd", "Cardiff City wales");
        check("Abertawe", "Swansea City wales");
        check("Casnewydd", "Newport City wales");
        check("Wrecsam", "Wrexham City wales");
        check("Tyddewi", "St Davids City wales");
        check("Llanelwy", "St Asaph City wales");
        check("Pen-y-bont ar Ogwr", "Bridgend Council wales");
        check("pen y bont", "Bridgend Council wales");
        check("Merthyr Tudful", "Merthyr Tydfil Council wales");
        check("Sir Gaerfyrddin", "Carmarthenshire Council wales");
        check("De Morgannwg", "South Glamorgan County wales");
        // With or without the to bach, in any case.
        check("Ynys Môn", "Isle of Anglesey Council wales");
        check("Ynys Mon", "Isle of Anglesey Council wales");
        check("ynys môn", "Isle of Anglesey Council wales");
        check("YNYS MÔN", "Isle of Anglesey Council wales");
        // Typos in a Welsh name: a swap, a letter missing, a wrong letter.
        check("Abretawe", "Swansea City wales");
        check("Casnwydd", "Newport City wales");
        check("Wrecsan", "Wrexham City wales");
        // The register's spelling of Torfaen, not the ONS one we keep, is one letter away.
        check("Tor-faen", "Torfaen Council wales");
    }

    #[test]
    fn casnewydd_is_the_welsh_newport_only() {
        check_all("Casnewydd", &["Newport wales"]);
        check_all("casnewydd", &["Newport wales"]);
    }

    #[test]
    fn english_searches_are_unchanged() {
        check("Cardiff", "Cardiff City wales");
        check("Swansea", "Swansea City wales");
        check("Wrexham", "Wrexham City wales");
        check("Bridgend", "Bridgend Council wales");
        check("Anglesey", "Isle of Anglesey Council wales");
        check("Mon", "Monmouthshire Council wales");
        check("Aber", "Aberdeen City scotland");
        check("Cas", "Castle Point Council eastern");
        check("Ty", "Tyne and Wear County northern");
        check_all(
            "Newport",
            &[
                "Newport wales",
                "Newport west-midlands",
                "Newport south-east",
            ],
        );
    }

    #[test]
    fn a_result_carries_both_names() {
        let places = Places::parse(INDEX);
        let cardiff = &places.search("Caerdydd", 8)[0];
        assert_eq!(
            (cardiff.name.as_str(), cardiff.name_cy),
            ("Cardiff", Some("Caerdydd"))
        );
        assert_eq!(cardiff.name_in(true), "Caerdydd");
        assert_eq!(cardiff.name_in(false), "Cardiff");
        // Found by its English name, it still knows its Welsh one.
        assert_eq!(places.search("Cardiff", 8)[0].name_cy, Some("Caerdydd"));
        let newports: Vec<Option<&str>> = places
            .search("Newport", 8)
            .iter()
            .map(|p| p.name_cy)
            .collect();
        assert_eq!(newports, [Some("Casnewydd"), None, None]);
        // Where the names are the same or no source gives a Welsh one, there is one name.
        let gwynedd = &places.search("Gwynedd", 8)[0];
        assert_eq!((gwynedd.name_cy, gwynedd.name_in(true)), (None, "Gwynedd"));
        assert_eq!(places.search("Leeds", 8)[0].name_in(true), "Leeds");
        assert_eq!(places.search("LS6 1AA", 8)[0].name_cy, None);
    }

    #[test]
    fn each_widget_prefers_names_in_its_own_language() {
        let places = Places::parse(INDEX);
        let first = |q: &str, welsh: bool| {
            let p = &places.search_in(q, 8, welsh)[0];
            p.name_in(welsh).to_owned()
        };
        let all = |q: &str, welsh: bool| -> Vec<String> {
            places
                .search_in(q, 8, welsh)
                .iter()
                .map(|p| p.name_in(welsh).to_owned())
                .collect()
        };
        assert_eq!(
            all("Aber", false),
            ["Aberdeen", "Aberdeen City", "Aberdeenshire", "Swansea"]
        );
        assert_eq!(first("Car", false), "Cardiff");
        assert_eq!(all("Car", true)[..2], ["Carlisle", "Caerdydd"]);
        // An exact name beats a prefix in either widget.
        assert_eq!(first("Caerdydd", false), "Cardiff");
        assert_eq!(first("Cardiff", true), "Caerdydd");
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
