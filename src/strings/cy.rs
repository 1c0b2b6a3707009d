//! Welsh (Cymraeg): every string of [`Words`](super::Words), and its sentences.
//!
//! Every term rests on `/work/shared/language/welsh.md`; what each string rests on is kept by
//! method in `docs/welsh-review-basis.tsv`, and `docs/welsh-review.md`, generated from this
//! code by `tests/welsh_review.rs`, shows every string beside its English for a native
//! speaker's review. The rules kept here:
//!
//! - Register: "chi", imperatives in -wch ("Dewiswch"), "eich" (no mutation after it).
//! - Dates are built here, not by `Intl`: day first, cardinal numbers, no comma after the weekday
//!   ("Dydd Mercher 1 Chwefror 2023"), month and weekday names from CLDR. In running text the
//!   weekday is lower case ("dydd Mercher"), and soft-mutated after "ar" ("ar ddydd Mercher").
//! - Counts are written in digits, with the noun in the form its CLDR plural category asks for
//!   ([`plural`], [`Noun`]): "1 diwrnod", "2 ddiwrnod", "3 diwrnod", "11 o ddiwrnodau".
//! - A strike day's status agrees with "diwrnod" (masculine): "Wedi'i ohirio", "Wedi'i ganslo".
//!   Were a label ever to describe "streic" (feminine) it would need its own strings ("wedi'i
//!   gohirio", "wedi'i chanslo", "wedi'i hatal", "Aeth yn ei blaen").
//! - No word of ours goes before a stored name (a region, role, council or place): a name may
//!   already hold a noun ("Rhanbarth y Gogledd"), may not be what the noun says (Cymru is a
//!   nation, not a "rhanbarth"), and would need the mutation only a person writes right. A
//!   sentence that says *in* a region takes the region's stored "in" form ("yng Nghymru", "yn yr
//!   Alban", as GOV.UK keeps them); elsewhere a name stands after a label and a colon ("Ardal:
//!   Cymru"), as a subject, or in a list (issue 19).
//! - Role names are used as given (capitalised, after a colon or as a list item): never
//!   lower-cased and never after a mutating word.
//! - No "&"; apostrophes are U+0027.

use super::Words;
use crate::explain::DayStatus;
use crate::model::{CalledOut, Date, PartialDate, Status, Weekday};
use crate::present::Tally;

/// Welsh.
pub struct Cy;

/// A CLDR cardinal plural category. Welsh has all six (CLDR `plurals.json`, `cy`):
/// zero = 0, one = 1, two = 2, few = 3, many = 6, other = everything else (4, 5, 7, 8, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The plural category of a whole number `n` in Welsh, as CLDR defines it; it decides the form
/// of a counted noun (see [`Noun`]).
pub fn plural(n: u64) -> Category {
    match n {
        0 => Category::Zero,
        1 => Category::One,
        2 => Category::Two,
        3 => Category::Few,
        6 => Category::Many,
        _ => Category::Other,
    }
}

/// The plural category of a count of things.
fn category(n: usize) -> Category {
    plural(u64::try_from(n).unwrap_or(u64::MAX))
}

/// Above this, a count takes "o" and the plural noun ("11 o ddiwrnodau", as "23,000 o ysgolion"
/// in the press and "o dudalennau" in MediaWiki's Welsh); up to it, the singular noun follows
/// the number ("8 diwrnod", as CLDR's "{0} diwrnod").
const LARGE: usize = 10;

/// A counted noun (with any word that follows it) in each form it takes after a number written
/// in digits. The number is still read aloud as a Welsh numeral, so the noun mutates as after
/// that numeral (CLDR writes "2 ddiwrnod yn ôl").
struct Noun {
    /// After 0 (CLDR "{0} diwrnod"): the singular.
    zero: &'static str,
    /// After 1: the singular (a feminine noun would be soft-mutated: "un dudalen").
    one: &'static str,
    /// After 2 ("dau"/"dwy"): soft mutation ("2 ddiwrnod", "2 bwynt", "2 le").
    two: &'static str,
    /// After 3 ("tri"): aspirate mutation of c, p, t ("3 phwynt"); others unchanged.
    few: &'static str,
    /// After 6 ("chwe"): aspirate mutation of c, p, t ("6 phwynt"); others unchanged.
    many: &'static str,
    /// After 4, 5, 7–10: the singular, unmutated.
    other: &'static str,
    /// After 11 and more: "o" and the plural, soft-mutated ("o ddiwrnodau").
    large: &'static str,
}

impl Noun {
    /// `n` and the noun: `2 ddiwrnod streic`.
    fn count(&self, n: usize) -> String {
        let form = match category(n) {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other if n > LARGE => self.large,
            Category::Other => self.other,
        };
        format!("{n} {form}")
    }
}

/// "diwrnod streic" (m.), strike day.
const STRIKE_DAYS: Noun = Noun {
    zero: "diwrnod streic",
    one: "diwrnod streic",
    two: "ddiwrnod streic",
    few: "diwrnod streic",
    many: "diwrnod streic",
    other: "diwrnod streic",
    large: "o ddiwrnodau streic",
};

/// "diwrnod arall" (m.), another day; "eraill" after a plural.
const MORE_DAYS: Noun = Noun {
    zero: "diwrnod arall",
    one: "diwrnod arall",
    two: "ddiwrnod arall",
    few: "diwrnod arall",
    many: "diwrnod arall",
    other: "diwrnod arall",
    large: "o ddiwrnodau eraill",
};

/// "pwynt arall" (m.), another point.
const MORE_POINTS: Noun = Noun {
    zero: "pwynt arall",
    one: "pwynt arall",
    two: "bwynt arall",
    few: "phwynt arall",
    many: "phwynt arall",
    other: "pwynt arall",
    large: "o bwyntiau eraill",
};

/// "lle" (m.), place; soft mutation Ll → L after "dau".
const PLACES: Noun = Noun {
    zero: "lle",
    one: "lle",
    two: "le",
    few: "lle",
    many: "lle",
    other: "lle",
    large: "o leoedd",
};

/// "ymhen {n} diwrnod", in n days: CLDR's own relative-time patterns (`dateFields.json`, `cy`,
/// day, future), which say 1 and 2 without a number. Lower case, for running text.
fn in_days(n: i64) -> String {
    match plural(n.unsigned_abs()) {
        Category::One => "ymhen diwrnod".into(),
        Category::Two => "ymhen deuddydd".into(),
        _ => format!("ymhen {n} diwrnod"),
    }
}

/// `s` with its first letter capitalised, for a label that starts with a running-text phrase.
/// ASCII and the vowels with a circumflex only (Welsh words start with nothing else): the
/// Unicode case tables would cost the bundle more than the whole of Welsh.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        let upper = match first {
            'â' => 'Â',
            'ê' => 'Ê',
            'î' => 'Î',
            'ô' => 'Ô',
            'û' => 'Û',
            'ŵ' => 'Ŵ',
            'ŷ' => 'Ŷ',
            c => c.to_ascii_uppercase(),
        };
        std::iter::once(upper).chain(chars).collect()
    })
}

/// The CLDR format abbreviations of the months (`d MMM`: "1 Chwef"), for day chips. "Maw" is
/// also Tuesday's abbreviation; a chip shows no weekday, so "2 Maw" can only be March.
const MONTHS_SHORT: [&str; 12] = [
    "Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag",
];

impl Cy {
    /// A lead sentence and the reader's own days postponed or called off, as the count says
    /// them ("Cafodd diwrnod o weithredu ei ohirio", S4C: the day is the subject, unmutated).
    fn with_dropped(&self, main: String, dropped: usize) -> String {
        let more = MORE_DAYS.count(dropped);
        match category(dropped) {
            Category::Zero => main,
            Category::One => format!("{main} Cafodd {more} ei ohirio neu ei ganslo."),
            _ => format!("{main} Cafodd {more} eu gohirio neu eu canslo."),
        }
    }

    /// The weekday's name after "dydd": "Mercher".
    fn weekday_bare(w: Weekday) -> &'static str {
        match w {
            Weekday::Monday => "Llun",
            Weekday::Tuesday => "Mawrth",
            Weekday::Wednesday => "Mercher",
            Weekday::Thursday => "Iau",
            Weekday::Friday => "Gwener",
            Weekday::Saturday => "Sadwrn",
            Weekday::Sunday => "Sul",
        }
    }

    /// In running text: `dydd Mercher 1 Chwefror 2023`.
    fn long_date_mid(&self, d: Date) -> String {
        format!("dydd {} {}", Self::weekday_bare(d.weekday()), self.date(d))
    }

    /// "on" a day: `ar ddydd Mercher 1 Chwefror 2023` (soft mutation after "ar").
    fn on_long_date(&self, d: Date) -> String {
        format!(
            "ar ddydd {} {}",
            Self::weekday_bare(d.weekday()),
            self.date(d)
        )
    }

    /// A strike day's postponement, agreeing with "diwrnod" (m.): `Wedi'i ohirio tan 2 Mawrth
    /// 2023` ("tan" before a day-first date mutates nothing).
    fn postponed(&self, to: Option<Date>) -> String {
        match to {
            Some(to) => format!("Wedi'i ohirio tan {}", self.date(to)),
            None => "Wedi'i ohirio".into(),
        }
    }
}

impl Words for Cy {
    fn lang(&self) -> crate::lang::Lang {
        crate::lang::Lang::Cy
    }

    fn language_label(&self) -> &'static str {
        // "Iaith" (welsh.md §2, A~: common-voice's Welsh locale; GOV.UK asks for the label in
        // the page's language).
        "Iaith"
    }

    fn facts_only_in_english(&self) -> &'static str {
        // "ar gael yn Saesneg yn unig", as GOV.UK's Welsh services say of a part in English only
        // (HMRC: "Mae'r gwasanaeth i sgwrsio dros y we ar gael yn Saesneg yn unig").
        "Mae'r ffeithiau hyn ar gael yn Saesneg yn unig."
    }

    fn months(&self) -> [&'static str; 12] {
        [
            "Ionawr",
            "Chwefror",
            "Mawrth",
            "Ebrill",
            "Mai",
            "Mehefin",
            "Gorffennaf",
            "Awst",
            "Medi",
            "Hydref",
            "Tachwedd",
            "Rhagfyr",
        ]
    }

    fn undated(&self) -> &'static str {
        "heb ddyddiad"
    }

    fn region_placeholder(&self) -> &'static str {
        "Dewiswch ardal…"
    }

    fn role_label(&self) -> &'static str {
        "Pwy ydych chi?"
    }

    fn role_placeholder(&self) -> &'static str {
        "Dewiswch pwy ydych chi…"
    }

    fn choose_region(&self) -> &'static str {
        "Dewiswch eich ardal i weld y diwrnodau streic yno a beth roedd pob un yn ei olygu."
    }

    fn choose_role(&self) -> &'static str {
        "Dewiswch pwy ydych chi i weld beth mae'r streiciau yn ei olygu i chi."
    }

    fn for_you(&self) -> &'static str {
        "Beth mae'n ei olygu i chi"
    }

    fn in_general(&self) -> &'static str {
        "Yn eich ardal"
    }

    fn days_heading(&self) -> &'static str {
        "Diwrnodau streic"
    }

    fn history(&self) -> &'static str {
        "Hanes y diwrnod hwn"
    }

    fn figures(&self) -> &'static str {
        "Ffigurau cefndir"
    }

    fn all_sources(&self) -> &'static str {
        "Pob ffynhonnell"
    }

    fn new_tab(&self) -> &'static str {
        "(yn agor mewn tab newydd)"
    }

    fn called_out_heading(&self) -> &'static str {
        "Wedi'u galw i streicio gan eu hundeb"
    }

    fn closures(&self) -> &'static str {
        "Ysgolion ar agor ac ar gau ar ddiwrnodau streic"
    }

    fn closure_day(&self) -> &'static str {
        "Diwrnod a lle"
    }

    fn closed(&self) -> &'static str {
        "Ar gau"
    }

    fn partly_open(&self) -> &'static str {
        "Ar agor yn rhannol"
    }

    fn fully_open(&self) -> &'static str {
        "Ar agor fel arfer"
    }

    fn not_given(&self) -> &'static str {
        "dim ffigur"
    }

    fn closures_note(&self) -> &'static str {
        "Canrannau o'r ysgolion a anfonodd ffigurau. Lle na roddir canran yr ysgolion ar agor fel arfer, dim ond y ddwy arall a roddodd y ffynhonnell."
    }

    fn story(&self) -> &'static str {
        "Hanes yr anghydfod"
    }

    fn replay(&self) -> &'static str {
        "Gweld sut roedd pethau ar ddiwrnod arall"
    }

    fn replay_slider(&self) -> &'static str {
        "Symud drwy'r anghydfod"
    }

    fn replay_date(&self) -> &'static str {
        "Neu dewiswch ddyddiad"
    }

    fn back_to_today(&self) -> &'static str {
        "Yn ôl i heddiw"
    }

    fn strike_day(&self) -> &'static str {
        "diwrnod streic"
    }

    fn list_view(&self) -> &'static str {
        "Rhestr"
    }

    fn calendar_view(&self) -> &'static str {
        "Calendr"
    }

    fn view_label(&self) -> &'static str {
        "Dangos y diwrnodau fel"
    }

    fn legend_coming(&self) -> &'static str {
        "I ddod neu heddiw"
    }

    fn weekdays_short(&self) -> [&'static str; 7] {
        // CLDR's "short" day names, as English uses "Mo", "Tu"; each is shown with its full name.
        ["Ll", "Ma", "Me", "Ia", "Gw", "Sa", "Su"]
    }

    fn weekdays_long(&self) -> [&'static str; 7] {
        Weekday::ALL.map(|w| self.weekday(w))
    }

    fn place_label(&self) -> &'static str {
        "Ble mae eich ysgol?"
    }

    fn place_hint(&self) -> &'static str {
        // "neu" soft-mutates: cod → god.
        "Tref, cyngor neu god post"
    }

    fn region_fallback_label(&self) -> &'static str {
        "Neu dewiswch ardal"
    }

    fn council_label(&self) -> &'static str {
        // "(dewisol)" as GOV.UK, HMRC and HMCTS Welsh forms mark an optional field.
        "Ardal cyngor (dewisol)"
    }

    fn council_unsure(&self) -> &'static str {
        // "ardal" is feminine: "cyfan" soft-mutates after it.
        "Ddim yn siŵr (yr ardal gyfan)"
    }

    fn where_chosen(&self) -> &'static str {
        "Ardal yr ysgol:"
    }

    fn change_button(&self) -> &'static str {
        "Newid"
    }

    fn change_label(&self) -> &'static str {
        "Newid lleoliad eich ysgol"
    }

    fn place_in(&self, place: &str, within: &str) -> String {
        // "Caerdydd, yng Nghymru": the region's stored "in" form, never "yn" (or a noun) put
        // before its name.
        format!("{place}, {within}")
    }

    fn place_to_area(&self) -> &'static str {
        " → "
    }

    fn separator(&self) -> &'static str {
        " · "
    }

    fn place_results(&self) -> &'static str {
        "Lleoedd a ganfuwyd"
    }

    fn place_none(&self) -> &'static str {
        // "Rhowch" + object as "Rhowch god post" (glossary); "hanner" and "enw" do not mutate
        // (h-, a vowel); "eich" mutates nothing; "Neu dewiswch … o'r rhestr isod" as
        // `region_fallback_label` and `place_index_failed`. Two sentences, under 20 words each.
        "Dim lle wedi'i ganfod. Rhowch hanner cyntaf eich cod post (fel LS6) neu enw eich cyngor. Neu dewiswch eich ardal o'r rhestr isod."
    }

    fn ics_summary(&self) -> &'static str {
        "Diwrnod streic athrawon"
    }

    fn add_to_calendar(&self) -> &'static str {
        // GOV.UK's Welsh says "eich calendr" (your), not "fy nghalendr" (my).
        "Ychwanegu'r diwrnodau hyn at eich calendr"
    }

    fn ics_next_steps(&self) -> &'static str {
        // HMCTS's Welsh services: `nextSteps: 'Y camau nesaf'`.
        "Y camau nesaf"
    }

    fn calendar_saved(&self, file: &str, days: usize) -> String {
        // As "Dolen wedi'i chopïo": "ffeil" (f.) + "wedi'i lawrlwytho" ("Downloaded" in
        // software's Welsh; l- takes no mutation). "Agorwch hi" (the file, f.); "i'w
        // hychwanegu": h- before a vowel after the feminine and the plural "ei/eu", so it holds
        // for the file and for the days. "at eich calendr" as `add_to_calendar`.
        format!(
            "Ffeil wedi'i lawrlwytho: {file} ({}). Agorwch hi i'w hychwanegu at eich calendr.",
            STRIKE_DAYS.count(days)
        )
    }

    fn calendar_not_saved(&self) -> &'static str {
        // "Methu" + verb-noun, as `link_not_copied`; "porwr" (browser, m.): "y porwr hwn".
        "Methu lawrlwytho'r ffeil yn y porwr hwn."
    }

    fn copy_link(&self) -> &'static str {
        "Rhannu'r ateb hwn"
    }

    fn link_copied(&self) -> &'static str {
        "Dolen wedi'i chopïo."
    }

    fn link_not_copied(&self) -> &'static str {
        "Methu copïo. Mae'r ddolen isod: dewiswch hi a'i chopïo."
    }

    fn link_label(&self) -> &'static str {
        "Dolen i'r ateb hwn"
    }

    fn show_whole(&self) -> &'static str {
        "Dangos y cyfan"
    }

    fn forget(&self) -> &'static str {
        // "fy" nasal-mutates: dewis → newis.
        "Anghofio fy newis"
    }

    fn forgotten(&self) -> &'static str {
        "Mae eich dewis wedi'i anghofio ar y ddyfais hon."
    }

    fn remembered(&self) -> &'static str {
        // The choice ("dewis", m.): cofio → gofio.
        "Wedi'i gofio yn y porwr hwn."
    }

    fn no_storage(&self) -> &'static str {
        "Nid yw'r porwr hwn yn gadael i'r esboniwr gofio eich dewis."
    }

    fn weekday(&self, w: Weekday) -> &'static str {
        match w {
            Weekday::Monday => "Dydd Llun",
            Weekday::Tuesday => "Dydd Mawrth",
            Weekday::Wednesday => "Dydd Mercher",
            Weekday::Thursday => "Dydd Iau",
            Weekday::Friday => "Dydd Gwener",
            Weekday::Saturday => "Dydd Sadwrn",
            Weekday::Sunday => "Dydd Sul",
        }
    }

    fn date(&self, d: Date) -> String {
        format!("{} {} {}", d.day(), self.month_name(d.month()), d.year())
    }

    fn short_date(&self, d: Date) -> String {
        format!(
            "{} {}",
            d.day(),
            MONTHS_SHORT[usize::from(d.month().clamp(1, 12)) - 1]
        )
    }

    fn chip_label(&self, d: Date, s: DayStatus) -> String {
        format!(
            "{} {}, dydd {}: {}. Dangos y diwrnod hwn.",
            self.short_date(d),
            d.year(),
            Self::weekday_bare(d.weekday()),
            self.status(s)
        )
    }

    fn days_summary(
        &self,
        held: usize,
        first: Date,
        last: Date,
        all_past: bool,
        dropped: usize,
    ) -> String {
        // "o … i …" (from … to …): "i" before a day-first date mutates nothing, and it avoids
        // choosing between "a" and "ac" before a number.
        let span = if first == last {
            format!("ar {}", self.date(first))
        } else if first.year() == last.year() {
            format!(
                "o {} {} i {}",
                first.day(),
                self.month_name(first.month()),
                self.date(last)
            )
        } else {
            format!("o {} i {}", self.date(first), self.date(last))
        };
        let days = STRIKE_DAYS.count(held);
        // Impersonal "Cynhaliwyd" (were held) and "Mae … wedi'u trefnu" (are arranged): the
        // count is never an object after an inflected verb, which would mutate it.
        let main = match (category(held), all_past) {
            (Category::Zero, true) => "Ni chynhaliwyd yr un diwrnod streic yn yr ardal hon.".into(),
            (Category::Zero, false) => {
                "Nid oes diwrnod streic wedi'i drefnu yn yr ardal hon.".into()
            }
            (_, true) => format!("Cynhaliwyd {days} yn yr ardal hon, {span}."),
            (Category::One, false) => format!("Mae {days} wedi'i drefnu yn yr ardal hon, {span}."),
            (_, false) => format!("Mae {days} wedi'u trefnu yn yr ardal hon, {span}."),
        };
        // "Cafodd diwrnod o weithredu ei ohirio" (S4C): the day is the subject, so unmutated.
        let more = MORE_DAYS.count(dropped);
        match category(dropped) {
            Category::Zero => main,
            Category::One => format!("{main} Cafodd {more} ei ohirio neu ei ganslo."),
            _ => format!("{main} Cafodd {more} eu gohirio neu eu canslo."),
        }
    }

    fn more_points(&self, n: usize) -> String {
        match category(n) {
            Category::Zero => "Dim pwyntiau eraill".into(),
            _ => MORE_POINTS.count(n),
        }
    }

    fn day_and_date(&self, d: Date) -> String {
        format!(
            "{} {} {}",
            self.weekday(d.weekday()),
            d.day(),
            self.month_name(d.month())
        )
    }

    fn long_date(&self, d: Date) -> String {
        format!("{} {}", self.weekday(d.weekday()), self.date(d))
    }

    fn source_marker_rest(&self, citation: &str) -> String {
        format!(" ffynhonnell: {citation} {}", self.new_tab())
    }

    fn partial_date(&self, p: PartialDate) -> String {
        match p {
            PartialDate::Year(y) => y.to_string(),
            // CLDR `yMMMM`: "MMMM y", "Tachwedd 2022".
            PartialDate::Month(y, m) => format!("{} {y}", self.month_name(m)),
            PartialDate::Day(d) => self.date(d),
        }
    }

    fn replaying(&self, on: Date) -> String {
        format!(
            "Rydych chi'n gweld hyn fel yr oedd {}, nid heddiw.",
            self.on_long_date(on)
        )
    }

    fn as_of(&self, on: Date) -> String {
        // "fel yr oedd" as in replaying, plural "fel yr oedden nhw" for "y ffeithiau" (as in
        // checked_on).
        format!(
            "Dyma'r ffeithiau fel yr oedden nhw {}.",
            self.on_long_date(on)
        )
    }

    fn reader(&self, area: &str, role: Option<&str>) -> String {
        match role {
            Some(role) => format!("{role}, {area}"),
            None => area.to_owned(),
        }
    }

    fn called_out(&self, answer: &CalledOut) -> String {
        // "grŵp" (m.): "ei alw" (galw → alw), "ei undeb". "Galw … i streicio" (a union calling on
        // its members to strike) as Golwg360 writes it: "peidio galw ar aelodau'r undeb i streicio".
        // English says "asked by its union to strike", not the jargon "called out" (issue #21).
        match answer {
            CalledOut::Yes => "Cafodd eich grŵp ei alw i streicio gan ei undeb.".into(),
            CalledOut::No => "Ni chafodd eich grŵp ei alw i streicio.".into(),
            CalledOut::Members(union) => {
                format!("Dim ond aelodau'r {union} yn eich grŵp a gafodd eu galw i streicio.")
            }
            CalledOut::MayJoin => {
                "Ni chafodd eich grŵp ei alw i streicio, ond gallai ymuno â'r streic yn gyfreithlon."
                    .into()
            }
            CalledOut::Unconfirmed => {
                "Nid yw wedi'i gadarnhau a gafodd eich grŵp ei alw i streicio.".into()
            }
        }
    }

    fn called_out_group(&self, name: &str, answer: &CalledOut) -> Option<String> {
        match answer {
            CalledOut::Yes => Some(name.to_owned()),
            CalledOut::Members(union) => Some(format!("{name} (aelodau'r {union} yn unig)")),
            CalledOut::Unconfirmed => Some(format!("{name} (heb ei gadarnhau)")),
            CalledOut::No | CalledOut::MayJoin => None,
        }
    }

    fn place_kind(&self, k: crate::places::Kind) -> &'static str {
        use crate::places::Kind;
        match k {
            Kind::Postcode => "Cod post",
            Kind::District => "Dosbarth cod post",
            Kind::Area => "Ardal cod post",
            Kind::City => "Dinas",
            Kind::Town => "Tref",
            // As Welsh law and the Boundary Commission write it: "dros ward …", "Wardiau Etholiadol".
            Kind::Ward => "Ward",
            Kind::County => "Sir",
            Kind::Council => "Cyngor",
            // "hen" soft-mutates: cyngor → gyngor.
            Kind::FormerCouncil => "Hen gyngor",
        }
    }

    fn place_count(&self, n: usize) -> String {
        // "lle" (m.): "wedi'i ganfod", "i'w gyrraedd".
        match category(n) {
            Category::Zero => self.place_none().to_owned(),
            Category::One => format!(
                "{} wedi'i ganfod. Defnyddiwch y bysellau saeth i'w gyrraedd.",
                PLACES.count(n)
            ),
            _ => format!(
                "{} wedi'u canfod. Defnyddiwch y bysellau saeth i ddewis.",
                PLACES.count(n)
            ),
        }
    }

    fn place_detail(
        &self,
        kind: crate::places::Kind,
        region: &str,
        within: &str,
        split: bool,
    ) -> String {
        // "Dosbarth cod post, yn rhannol yng Nghymru": `within` is the region's stored "in" form.
        if split {
            format!("{}, yn rhannol {within}", self.place_kind(kind))
        } else {
            format!("{}, {region}", self.place_kind(kind))
        }
    }

    fn place_chosen(&self, place: &str, within: &str) -> String {
        // "Mae Caerdydd yng Nghymru." The place follows "Mae" as its subject: unmutated.
        format!("Mae {place} {within}.")
    }

    fn place_outside(&self, kind: crate::places::Kind) -> String {
        // "y tu allan i" (outside); "ardaloedd" (areas), as "Neu dewiswch ardal".
        format!(
            "{}, y tu allan i ardaloedd yr anghydfod hwn",
            self.place_kind(kind)
        )
    }

    fn place_not_covered(&self, place: &str) -> String {
        // "Nid yw … yn un o ardaloedd …": the place is the subject after "Nid yw", unmutated.
        format!("Nid yw {place} yn un o ardaloedd yr anghydfod hwn.")
    }

    fn place_index_loading(&self) -> &'static str {
        // "Wrthi'n" + verb-noun, as interfaces say "loading"; "lleoedd" after "'r" unmutated.
        "Wrthi'n llwytho'r lleoedd…"
    }

    fn place_index_failed(&self) -> &'static str {
        // "Methu" + verb-noun, as `link_not_copied`; "chwilio am" soft-mutates: lleoedd → leoedd.
        "Methu llwytho'r chwilio am leoedd. Dewiswch eich ardal o'r rhestr isod."
    }

    fn status(&self, s: DayStatus) -> String {
        // Each label describes a strike day, "diwrnod" (masculine).
        match s {
            DayStatus::Upcoming { days } => capitalised(&in_days(days)),
            DayStatus::Tomorrow => "Yfory".into(),
            DayStatus::Today => "Heddiw".into(),
            // "wedi'i drefnu" (m., t → d after "'i"), the singular of none_scheduled's
            // "wedi'u trefnu".
            DayStatus::Planned => "Wedi'i drefnu".into(),
            DayStatus::WentAhead => "Aeth yn ei flaen".into(),
            DayStatus::Postponed { to } => self.postponed(to),
            DayStatus::Suspended => "Wedi'i atal dros dro".into(),
            DayStatus::CalledOff => "Wedi'i ganslo".into(),
            DayStatus::Unconfirmed => "Heb ei gadarnhau eto".into(),
            // "wedi'i gyhoeddi" (m., c → g after "'i"); "iddo fynd" (that it went: "i" with
            // its pronoun, then a soft-mutated verb-noun), as in "Aeth yn ei flaen".
            DayStatus::NotReported => "Wedi'i gyhoeddi; dim adroddiad iddo fynd yn ei flaen".into(),
        }
    }

    fn change(&self, s: crate::model::Status) -> String {
        use crate::model::Status;
        // A history entry of one strike day: masculine, as `status`.
        match s {
            Status::Planned => "Wedi'i drefnu".into(),
            Status::Postponed { to } => self.postponed(to),
            Status::Suspended => "Wedi'i atal dros dro".into(),
            Status::CalledOff => "Wedi'i ganslo".into(),
            Status::WentAhead => "Aeth yn ei flaen".into(),
            Status::NotReported => "Dim adroddiad iddo fynd yn ei flaen".into(),
        }
    }

    fn over(&self, on: Date) -> String {
        format!(
            "Daeth yr anghydfod yn yr ardal hon i ben ar {}.",
            self.date(on)
        )
    }

    fn over_for_you(&self, on: Date) -> String {
        format!(
            "Cafodd cyflog eich grŵp ei setlo ar wahân, ar {}.",
            self.date(on)
        )
    }

    fn not_over_for_you(&self, main: Date) -> String {
        format!(
            "Daeth yr anghydfod yn yr ardal hon i ben ar {}. Ond nid yw'r ffynonellau'n dweud iddo ddod i ben i'ch grŵp chi.",
            self.date(main)
        )
    }

    fn not_over_for_you_see_below(&self, main: Date) -> String {
        format!(
            "Daeth yr anghydfod yn yr ardal hon i ben ar {}. Mae'r hyn sy'n hysbys am eich grŵp chi isod.",
            self.date(main)
        )
    }

    fn not_in_dispute(&self, within: &str) -> String {
        // "… yn yr Alban.": `within` is the region's stored "in" form.
        format!("Ni chynhaliwyd yr un o ddiwrnodau streic yr anghydfod hwn {within}.")
    }

    fn next(&self, on: Date, s: DayStatus) -> String {
        // "X yw Y": nothing after "yw" mutates.
        match s {
            DayStatus::Today => format!("Mae streic heddiw, {}.", self.long_date_mid(on)),
            DayStatus::Tomorrow => format!(
                "Y diwrnod streic nesaf yw yfory, {}.",
                self.long_date_mid(on)
            ),
            DayStatus::Upcoming { days } => format!(
                "Y diwrnod streic nesaf yw {}, {}.",
                self.long_date_mid(on),
                in_days(days)
            ),
            _ => format!("Y diwrnod streic nesaf yw {}.", self.long_date_mid(on)),
        }
    }

    fn none_scheduled(&self, within: &str) -> String {
        // "… wedi'u trefnu yng Nghymru ar hyn o bryd." "unrhyw" soft-mutates.
        format!("Nid oes unrhyw ddiwrnodau streic wedi'u trefnu {within} ar hyn o bryd.")
    }

    fn day_count(&self, n: usize) -> String {
        match category(n) {
            Category::Zero => "Dim diwrnodau streic wedi'u rhestru.".into(),
            // "diwrnod" (m.): rhestru → restru.
            Category::One => format!("{} wedi'i restru.", STRIKE_DAYS.count(n)),
            _ => format!("{} wedi'u rhestru.", STRIKE_DAYS.count(n)),
        }
    }

    fn announcement(
        &self,
        region: &str,
        role: Option<&str>,
        headline: &str,
        days: usize,
        yours: Option<String>,
    ) -> String {
        // The area's and the role's names each stand after a label and a colon, as the reader
        // chose them: never after a noun ("rhanbarth Cymru"), "fel" or "i", never lower-cased.
        let who = role
            .map(|r| format!(" Eich dewis: {r}."))
            .unwrap_or_default();
        let yours = yours.map(|y| format!(" {y}")).unwrap_or_default();
        format!(
            "Ardal: {region}.{who}{yours} {headline} {}",
            self.day_count(days)
        )
    }

    fn checked_on(&self, d: Date) -> String {
        format!("Gwiriwyd y ffeithiau ar {}.", self.date(d))
    }

    fn source_citation(
        &self,
        publisher: &str,
        title: Option<&str>,
        published: Option<PartialDate>,
    ) -> String {
        let date = self.published(published);
        match title {
            Some(title) => format!("{publisher}, “{title}”, {date}"),
            None => format!("{publisher}, {date}"),
        }
    }

    fn after_date(&self) -> &'static str {
        ": "
    }

    fn only_in(&self, councils: &str) -> String {
        format!("Dim ond yn ardaloedd y cynghorau hyn: {councils}")
    }

    fn none_scheduled_council(&self, council: &str) -> String {
        // As `none_scheduled`; "yn ardal eich cyngor" (in your council's area): "ardal" takes
        // no mutation after "yn", and the stored name stands apart in brackets.
        format!(
            "Nid oes unrhyw ddiwrnodau streic wedi'u trefnu yn ardal eich cyngor ({council}) ar hyn o bryd."
        )
    }

    fn only_schools(&self, scope: &str) -> String {
        // "yn unig" (only) after the noun, as in "ar agor i flynyddoedd 7, 12 a 13 yn unig".
        format!("Rhai ysgolion yn unig: {scope}")
    }

    fn only_part(&self, councils: Option<&str>, scope: Option<&str>) -> String {
        // After "dim ond" (only): "yn ardaloedd…" as in `only_in`; "mewn rhai ysgolion" (in
        // some schools). No stored name follows a word that would mutate it.
        match (councils, scope) {
            (Some(c), Some(s)) => {
                format!("yn ardaloedd y cynghorau hyn: {c}, a mewn rhai ysgolion: {s}")
            }
            (Some(c), None) => format!("yn ardaloedd y cynghorau hyn: {c}"),
            (None, Some(s)) => format!("mewn rhai ysgolion: {s}"),
            (None, None) => String::new(),
        }
    }

    fn next_part(&self, on: Date, s: DayStatus, only: &str) -> String {
        let next = self.next(on, s);
        format!("{}, ond dim ond {only}.", next.trim_end_matches('.'))
    }

    fn may_affect(&self) -> &'static str {
        // "effeithio ar" (to affect); "gallai" (could), as in `called_out`'s "gallai ymuno".
        "Gallai effeithio ar eich ysgol"
    }

    fn lead_call(&self, answer: &CalledOut, on: usize, days: Tally) -> String {
        let of = days.held();
        // "ar yr unig ddiwrnod" (unig before its noun mutates it), "ar y ddau ddiwrnod", "ar
        // bob un o'r 8 diwrnod", "ar 7 o'r 8 diwrnod": the count's own forms follow "o'r".
        let span = match (on, of) {
            (1, 1) => "ar yr unig ddiwrnod streic".to_owned(),
            (2, 2) => "ar y ddau ddiwrnod streic".to_owned(),
            _ if on == of => format!("ar bob un o'r {}", STRIKE_DAYS.count(of)),
            _ => format!("ar {on} o'r {}", STRIKE_DAYS.count(of)),
        };
        let ahead = days.ahead > 0;
        // As `called_out`: "grŵp" (m.), "ei alw"; the perfect "wedi cael ei alw" while a day is
        // ahead.
        let main = match (answer, ahead) {
            (CalledOut::Yes, false) => format!("Cafodd eich grŵp ei alw i streicio {span}."),
            (CalledOut::Yes, true) => {
                format!("Mae eich grŵp wedi cael ei alw i streicio {span}.")
            }
            // "yr un" (any one) in a negative.
            (CalledOut::No, false) if on == of && of > 1 => format!(
                "Ni chafodd eich grŵp ei alw i streicio ar yr un o'r {}.",
                STRIKE_DAYS.count(of)
            ),
            (CalledOut::No, true) if on == of && of > 1 => format!(
                "Nid yw eich grŵp wedi cael ei alw i streicio ar yr un o'r {}.",
                STRIKE_DAYS.count(of)
            ),
            (CalledOut::No, false) => format!("Ni chafodd eich grŵp ei alw i streicio {span}."),
            (CalledOut::No, true) => {
                format!("Nid yw eich grŵp wedi cael ei alw i streicio {span}.")
            }
            (CalledOut::Members(union), false) => format!(
                "Dim ond aelodau'r {union} yn eich grŵp a gafodd eu galw i streicio, {span}."
            ),
            (CalledOut::Members(union), true) => format!(
                "Dim ond aelodau'r {union} yn eich grŵp sydd wedi cael eu galw i streicio, {span}."
            ),
            (CalledOut::MayJoin, false) => format!(
                "Ni chafodd eich grŵp ei alw i streicio, ond gallai ymuno â'r streic yn gyfreithlon, {span}."
            ),
            (CalledOut::MayJoin, true) => format!(
                "Nid yw eich grŵp wedi cael ei alw i streicio, ond gall ymuno â'r streic yn gyfreithlon, {span}."
            ),
            (CalledOut::Unconfirmed, _) => {
                format!("Nid yw wedi'i gadarnhau a gafodd eich grŵp ei alw i streicio {span}.")
            }
        };
        self.with_dropped(main, days.dropped)
    }

    fn lead_school(&self, child: bool, days: Tally) -> String {
        // "ysgol eich plentyn" (your child's school), "eich ysgol" (your school): the school is
        // the subject of "Efallai fod … wedi cau" (perhaps … has closed) and "Efallai y bydd …
        // yn cau" (perhaps … will close); neither mutates after them.
        let school = if child {
            "ysgol eich plentyn"
        } else {
            "eich ysgol"
        };
        let main = match (days.past, days.ahead) {
            // Every day of theirs was dropped: none is "arall" (more).
            (0, 0) => {
                let set = STRIKE_DAYS.count(days.dropped);
                return match category(days.dropped) {
                    Category::One => format!(
                        "Ni chynhaliwyd yr un diwrnod streic yn yr ardal hon. Cafodd {set} ei ohirio neu ei ganslo."
                    ),
                    _ => format!(
                        "Ni chynhaliwyd yr un diwrnod streic yn yr ardal hon. Cafodd {set} eu gohirio neu eu canslo."
                    ),
                };
            }
            (past, 0) => format!(
                "Efallai fod {school} wedi cau, neu wedi agor i rai disgyblion yn unig, ar {}.",
                STRIKE_DAYS.count(past)
            ),
            (0, ahead) => format!(
                "Efallai y bydd {school} yn cau, neu'n agor i rai disgyblion yn unig, ar {}.",
                STRIKE_DAYS.count(ahead)
            ),
            (past, ahead) => format!(
                "Efallai fod {school} wedi cau, neu wedi agor i rai disgyblion yn unig, ar {} hyd yma; efallai y bydd yn gwneud hynny eto ar {}.",
                STRIKE_DAYS.count(past),
                MORE_DAYS.count(ahead)
            ),
        };
        self.with_dropped(main, days.dropped)
    }

    fn closure_line(&self, place: &str, closed: &str, partly: &str) -> String {
        // The place before a colon, as a label: no "yn" to mutate it.
        format!(
            "{}: {closed} ar gau, {partly} ar agor yn rhannol.",
            super::capitalised(place)
        )
    }

    fn next_steps(&self) -> &'static str {
        // As the headline's "Y diwrnod streic nesaf".
        "Cyn y diwrnod streic nesaf"
    }

    fn part_days(&self, n: usize, more: bool) -> String {
        // No verb, so no tense: the days may be past or still to come. "i" soft-mutates
        // "rhai" to "rai".
        let days = if more { MORE_DAYS } else { STRIKE_DAYS }.count(n);
        format!("{days} i rai ysgolion yma yn unig: gallai hyn effeithio ar eich ysgol chi.")
    }

    fn hours(&self, h: &crate::model::Hours) -> String {
        // "o" and "tan" both cause soft mutation; "hanner" (h) and numerals do not mutate.
        let time = |c: crate::model::Clock| match c.0 {
            0 | 1440 => "hanner nos".to_owned(),
            720 => "hanner dydd".to_owned(),
            _ => format!("{:02}:{:02}", c.hour(), c.minute()),
        };
        match (h.from, h.to) {
            (Some(f), Some(t)) => format!("Oriau'r streic: o {} tan {}", time(f), time(t)),
            (Some(f), None) => format!("Streic o {}", time(f)),
            (None, Some(t)) => format!("Streic tan {}", time(t)),
            (None, None) => String::new(),
        }
    }

    fn not_reported_days(&self, n: usize, more: bool) -> String {
        // Impersonal "Cyhoeddwyd" (were announced), as days_summary's "Cynhaliwyd": the count
        // after it does not mutate. "a" (whether) before "aeth"/"aethant" mutates nothing.
        let days = if more { MORE_DAYS } else { STRIKE_DAYS }.count(n);
        let here = if more { "" } else { " yma" };
        let went = match category(n) {
            Category::One => "a aeth yn ei flaen",
            _ => "a aethant yn eu blaen",
        };
        format!("Cyhoeddwyd {days}{here}, ond nid oes adroddiad yn dweud {went}.")
    }

    fn period(&self, from: PartialDate, until: PartialDate) -> String {
        // "o … i …" (from … to …) as in days_summary: a day-first date after them mutates
        // nothing, and a month is "mis" soft-mutated ("o fis Mawrth i fis Ebrill"), so no
        // month's name is. The year once, at the end, where both ends share it.
        let end = |p: PartialDate, year: bool| match (p, year) {
            (PartialDate::Day(d), true) => self.date(d),
            (PartialDate::Day(d), false) => format!("{} {}", d.day(), self.month_name(d.month())),
            (PartialDate::Month(_, m), false) => format!("fis {}", self.month_name(m)),
            (PartialDate::Month(y, m), true) => format!("fis {} {y}", self.month_name(m)),
            (p, _) => self.partial_date(p),
        };
        let same_year = from.first_day().year() == until.first_day().year();
        if from == until {
            match from {
                PartialDate::Day(d) => format!("ar {}", self.date(d)),
                // "ym mis Chwefror" (BBC-64290982).
                p => format!("ym mis {}", self.partial_date(p)),
            }
        } else {
            format!("o {} i {}", end(from, !same_year), end(until, true))
        }
    }

    fn programme(
        &self,
        period: &str,
        status: Status,
        on: Date,
        only: Option<&str>,
        past: bool,
    ) -> String {
        // "rhagor o ddiwrnodau" (more days: soft mutation after "o"); "wedi'u trefnu" as in
        // none_scheduled; "Cafodd … eu canslo" as in days_summary; "eu hatal" (h before a
        // vowel after "eu"); "a drefnwyd" (that were planned: soft mutation after "a").
        let stopped = match status {
            Status::Suspended => "eu hatal dros dro",
            Status::CalledOff => "eu canslo",
            // A programme is only planned, suspended or called off (checked when the data
            // loads): anything else reads as planned.
            _ => "",
        };
        match (stopped, only, past) {
            ("", None, false) => format!(
                "Mae rhagor o ddiwrnodau streic wedi'u trefnu yma {period}; nid yw eu dyddiadau \
                 wedi'u cyhoeddi."
            ),
            ("", Some(only), false) => format!(
                "Mae rhagor o ddiwrnodau streic wedi'u trefnu {period}, ond dim ond {only}; nid \
                 yw eu dyddiadau wedi'u cyhoeddi."
            ),
            ("", None, true) => {
                format!("Cyhoeddwyd rhagor o ddiwrnodau streic yma {period}, heb eu dyddiadau.")
            }
            ("", Some(only), true) => format!(
                "Cyhoeddwyd rhagor o ddiwrnodau streic {period} heb eu dyddiadau, ond dim ond \
                 {only}."
            ),
            (stopped, None, _) => format!(
                "Cafodd y diwrnodau streic a drefnwyd yma {period} {stopped} ar {}.",
                self.date(on)
            ),
            (stopped, Some(only), _) => format!(
                "Ar {}, cafodd y diwrnodau streic a drefnwyd {period} {stopped}; roedden nhw \
                 wedi'u trefnu dim ond {only}.",
                self.date(on)
            ),
        }
    }

    fn change_sentence(&self, s: crate::model::Status) -> String {
        format!("{}.", self.change(s))
    }

    fn called_out_line(&self, groups: &str) -> String {
        format!("{}: {groups}.", self.called_out_heading())
    }

    fn all_sources_count(&self, n: usize) -> String {
        // The number stands alone in brackets: no noun to agree with it.
        format!("{} ({n})", self.all_sources())
    }

    fn source_lead(&self, publisher: &str, published: Option<PartialDate>) -> String {
        format!("{publisher}, {}: ", self.published(published))
    }

    fn closure_row(&self, date: Date, place: &str) -> String {
        format!("{}, {place}", self.short_date(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strings::En;

    const W: &dyn Words = &Cy;

    fn day(iso: &str) -> Date {
        iso.parse().unwrap_or_else(|e| panic!("{iso}: {e}"))
    }

    /// A date in, and `[short_date, date, day_and_date, long_date]` out.
    fn check_date(iso: &str, expected: [&str; 4]) {
        let d = day(iso);
        let got = [
            W.short_date(d),
            W.date(d),
            W.day_and_date(d),
            W.long_date(d),
        ];
        assert_eq!(got, expected.map(str::to_owned), "{iso}");
    }

    #[test]
    fn dates_are_day_first_with_cldr_names_and_no_comma() {
        check_date(
            "2023-02-01",
            [
                "1 Chwef",
                "1 Chwefror 2023",
                "Dydd Mercher 1 Chwefror",
                "Dydd Mercher 1 Chwefror 2023",
            ],
        );
        // "Mawrth" is Tuesday (Dydd Mawrth) and March (Mawrth): here it is Tuesday in February.
        check_date(
            "2023-02-14",
            [
                "14 Chwef",
                "14 Chwefror 2023",
                "Dydd Mawrth 14 Chwefror",
                "Dydd Mawrth 14 Chwefror 2023",
            ],
        );
        check_date(
            "2023-03-02",
            [
                "2 Maw",
                "2 Mawrth 2023",
                "Dydd Iau 2 Mawrth",
                "Dydd Iau 2 Mawrth 2023",
            ],
        );
        check_date(
            "2023-03-16",
            [
                "16 Maw",
                "16 Mawrth 2023",
                "Dydd Iau 16 Mawrth",
                "Dydd Iau 16 Mawrth 2023",
            ],
        );
        check_date(
            "2023-07-07",
            [
                "7 Gorff",
                "7 Gorffennaf 2023",
                "Dydd Gwener 7 Gorffennaf",
                "Dydd Gwener 7 Gorffennaf 2023",
            ],
        );
    }

    fn check_plural(n: u64, expected: Category) {
        assert_eq!(plural(n), expected, "{n}");
    }

    #[test]
    fn plural_categories_are_cldrs() {
        use Category::*;
        check_plural(0, Zero);
        check_plural(1, One);
        check_plural(2, Two);
        check_plural(3, Few);
        check_plural(4, Other);
        check_plural(5, Other);
        check_plural(6, Many);
        check_plural(7, Other);
        check_plural(10, Other);
        check_plural(11, Other);
        check_plural(20, Other);
        check_plural(100, Other);
    }

    /// What `say` makes of 0, 1, 2, 3, 6 and 8: one of each plural category (8 is "other").
    fn check_counts(say: impl Fn(usize) -> String, expected: [&str; 6]) {
        let got = [0, 1, 2, 3, 6, 8].map(&say);
        assert_eq!(got, expected.map(str::to_owned));
    }

    #[test]
    fn every_counted_string_takes_the_form_of_its_plural_category() {
        check_counts(
            |n| W.more_points(n),
            [
                "Dim pwyntiau eraill",
                "1 pwynt arall",
                "2 bwynt arall",
                "3 phwynt arall",
                "6 phwynt arall",
                "8 pwynt arall",
            ],
        );
        check_counts(
            |n| W.place_count(n),
            [
                "Dim lle wedi'i ganfod. Rhowch hanner cyntaf eich cod post (fel LS6) neu enw eich \
                 cyngor. Neu dewiswch eich ardal o'r rhestr isod.",
                "1 lle wedi'i ganfod. Defnyddiwch y bysellau saeth i'w gyrraedd.",
                "2 le wedi'u canfod. Defnyddiwch y bysellau saeth i ddewis.",
                "3 lle wedi'u canfod. Defnyddiwch y bysellau saeth i ddewis.",
                "6 lle wedi'u canfod. Defnyddiwch y bysellau saeth i ddewis.",
                "8 lle wedi'u canfod. Defnyddiwch y bysellau saeth i ddewis.",
            ],
        );
        check_counts(
            |n| W.day_count(n),
            [
                "Dim diwrnodau streic wedi'u rhestru.",
                "1 diwrnod streic wedi'i restru.",
                "2 ddiwrnod streic wedi'u rhestru.",
                "3 diwrnod streic wedi'u rhestru.",
                "6 diwrnod streic wedi'u rhestru.",
                "8 diwrnod streic wedi'u rhestru.",
            ],
        );
        check_counts(
            |n| W.status(DayStatus::Upcoming { days: n as i64 }),
            [
                "Ymhen 0 diwrnod",
                "Ymhen diwrnod",
                "Ymhen deuddydd",
                "Ymhen 3 diwrnod",
                "Ymhen 6 diwrnod",
                "Ymhen 8 diwrnod",
            ],
        );
        check_counts(
            |n| W.next(day("2023-03-16"), DayStatus::Upcoming { days: n as i64 }),
            [
                "Y diwrnod streic nesaf yw dydd Iau 16 Mawrth 2023, ymhen 0 diwrnod.",
                "Y diwrnod streic nesaf yw dydd Iau 16 Mawrth 2023, ymhen diwrnod.",
                "Y diwrnod streic nesaf yw dydd Iau 16 Mawrth 2023, ymhen deuddydd.",
                "Y diwrnod streic nesaf yw dydd Iau 16 Mawrth 2023, ymhen 3 diwrnod.",
                "Y diwrnod streic nesaf yw dydd Iau 16 Mawrth 2023, ymhen 6 diwrnod.",
                "Y diwrnod streic nesaf yw dydd Iau 16 Mawrth 2023, ymhen 8 diwrnod.",
            ],
        );
        let (first, last) = (day("2023-02-01"), day("2023-03-16"));
        let span = |n: usize| if n < 2 { (first, first) } else { (first, last) };
        check_counts(
            |n| W.days_summary(n, span(n).0, span(n).1, true, 0),
            [
                "Ni chynhaliwyd yr un diwrnod streic yn yr ardal hon.",
                "Cynhaliwyd 1 diwrnod streic yn yr ardal hon, ar 1 Chwefror 2023.",
                "Cynhaliwyd 2 ddiwrnod streic yn yr ardal hon, o 1 Chwefror i 16 Mawrth 2023.",
                "Cynhaliwyd 3 diwrnod streic yn yr ardal hon, o 1 Chwefror i 16 Mawrth 2023.",
                "Cynhaliwyd 6 diwrnod streic yn yr ardal hon, o 1 Chwefror i 16 Mawrth 2023.",
                "Cynhaliwyd 8 diwrnod streic yn yr ardal hon, o 1 Chwefror i 16 Mawrth 2023.",
            ],
        );
        check_counts(
            |n| W.days_summary(n, span(n).0, span(n).1, false, 0),
            [
                "Nid oes diwrnod streic wedi'i drefnu yn yr ardal hon.",
                "Mae 1 diwrnod streic wedi'i drefnu yn yr ardal hon, ar 1 Chwefror 2023.",
                "Mae 2 ddiwrnod streic wedi'u trefnu yn yr ardal hon, o 1 Chwefror i 16 Mawrth 2023.",
                "Mae 3 diwrnod streic wedi'u trefnu yn yr ardal hon, o 1 Chwefror i 16 Mawrth 2023.",
                "Mae 6 diwrnod streic wedi'u trefnu yn yr ardal hon, o 1 Chwefror i 16 Mawrth 2023.",
                "Mae 8 diwrnod streic wedi'u trefnu yn yr ardal hon, o 1 Chwefror i 16 Mawrth 2023.",
            ],
        );
        let held = "Cynhaliwyd 1 diwrnod streic yn yr ardal hon, ar 1 Chwefror 2023.";
        check_counts(
            |n| W.days_summary(1, first, first, true, n),
            [
                held,
                &format!("{held} Cafodd 1 diwrnod arall ei ohirio neu ei ganslo."),
                &format!("{held} Cafodd 2 ddiwrnod arall eu gohirio neu eu canslo."),
                &format!("{held} Cafodd 3 diwrnod arall eu gohirio neu eu canslo."),
                &format!("{held} Cafodd 6 diwrnod arall eu gohirio neu eu canslo."),
                &format!("{held} Cafodd 8 diwrnod arall eu gohirio neu eu canslo."),
            ],
        );
        // The number stands alone in brackets.
        check_counts(
            |n| W.all_sources_count(n),
            [
                "Pob ffynhonnell (0)",
                "Pob ffynhonnell (1)",
                "Pob ffynhonnell (2)",
                "Pob ffynhonnell (3)",
                "Pob ffynhonnell (6)",
                "Pob ffynhonnell (8)",
            ],
        );
    }

    #[test]
    fn large_counts_take_o_and_the_plural() {
        assert_eq!(W.day_count(11), "11 o ddiwrnodau streic wedi'u rhestru.");
        assert_eq!(W.day_count(100), "100 o ddiwrnodau streic wedi'u rhestru.");
        assert_eq!(W.more_points(20), "20 o bwyntiau eraill");
        assert_eq!(
            W.place_count(12),
            "12 o leoedd wedi'u canfod. Defnyddiwch y bysellau saeth i ddewis."
        );
        assert_eq!(W.day_count(10), "10 diwrnod streic wedi'u rhestru.");
        // The countdown keeps CLDR's own pattern.
        assert_eq!(
            W.status(DayStatus::Upcoming { days: 20 }),
            "Ymhen 20 diwrnod"
        );
    }

    fn check_status(s: DayStatus, expected: &str) {
        assert_eq!(W.status(s), expected, "{s:?}");
    }

    #[test]
    fn a_strike_days_status_agrees_with_the_masculine_diwrnod() {
        let to = Some(day("2023-03-02"));
        check_status(DayStatus::Today, "Heddiw");
        check_status(DayStatus::Tomorrow, "Yfory");
        check_status(DayStatus::WentAhead, "Aeth yn ei flaen");
        check_status(
            DayStatus::Postponed { to },
            "Wedi'i ohirio tan 2 Mawrth 2023",
        );
        check_status(DayStatus::Postponed { to: None }, "Wedi'i ohirio");
        check_status(DayStatus::Suspended, "Wedi'i atal dros dro");
        check_status(DayStatus::CalledOff, "Wedi'i ganslo");
        check_status(DayStatus::Unconfirmed, "Heb ei gadarnhau eto");
        assert_eq!(
            W.chip_label(day("2023-02-14"), DayStatus::WentAhead),
            "14 Chwef 2023, dydd Mawrth: Aeth yn ei flaen. Dangos y diwrnod hwn."
        );
        assert_eq!(
            W.change_sentence(crate::model::Status::Planned),
            "Wedi'i drefnu."
        );
    }

    #[test]
    fn names_are_never_mutated_lower_cased_or_put_after_a_mutating_word() {
        // The regions' "in" forms come stored from the data ("yn yr Alban", "yng Nghymru").
        assert_eq!(
            W.not_in_dispute("yn yr Alban"),
            "Ni chynhaliwyd yr un o ddiwrnodau streic yr anghydfod hwn yn yr Alban."
        );
        assert_eq!(
            W.none_scheduled("yng Nghymru"),
            "Nid oes unrhyw ddiwrnodau streic wedi'u trefnu yng Nghymru ar hyn o bryd."
        );
        assert_eq!(
            W.place_chosen("Caerdydd", "yng Nghymru"),
            "Mae Caerdydd yng Nghymru."
        );
        assert_eq!(
            W.place_detail(crate::places::Kind::District, "Cymru", "yng Nghymru", true),
            "Dosbarth cod post, yn rhannol yng Nghymru"
        );
        assert_eq!(
            W.place_detail(
                crate::places::Kind::Town,
                "De-ddwyrain Lloegr",
                "yn Ne-ddwyrain Lloegr",
                false
            ),
            "Tref, De-ddwyrain Lloegr"
        );
        assert_eq!(
            W.announcement(
                "Llundain",
                Some("Rhiant neu ofalwr"),
                "Daeth yr anghydfod yn yr ardal hon i ben ar 13 Gorffennaf 2023.",
                1,
                Some(W.called_out(&CalledOut::No)),
            ),
            "Ardal: Llundain. Eich dewis: Rhiant neu ofalwr. Ni chafodd eich grŵp ei alw i streicio. Daeth yr anghydfod yn yr ardal hon i ben ar 13 Gorffennaf 2023. 1 diwrnod streic wedi'i restru."
        );
        assert_eq!(
            W.called_out_group("Staff cymorth", &CalledOut::Members("NEU".into())),
            Some("Staff cymorth (aelodau'r NEU yn unig)".to_owned())
        );
    }

    /// A region's stored name and "in" form (as the bundled data has them), and what a screen
    /// reader hears for a place picked in it and for the answer shown.
    fn check_stored_name(
        (name, within): (&str, &str),
        place: &str,
        expected_place_in: &str,
        expected_announced: &str,
    ) {
        assert_eq!(W.place_in(place, within), expected_place_in, "{name}");
        let said = W.announcement(name, None, "…", 0, None);
        assert_eq!(said, expected_announced, "{name}");
    }

    /// Issue 19: "Yn dangos rhanbarth Rhanbarth y Gogledd…" and "Caerdydd yn rhanbarth Cymru"
    /// put a noun before stored names that already hold it, and called a nation a region. A name
    /// stands after a label, or the stored "in" form says where.
    #[test]
    fn no_word_is_put_before_a_stored_name() {
        let none = "Dim diwrnodau streic wedi'u rhestru.";
        check_stored_name(
            ("Cymru", "yng Nghymru"),
            "Caerdydd",
            "Caerdydd, yng Nghymru",
            &format!("Ardal: Cymru. … {none}"),
        );
        check_stored_name(
            (
                "Rhanbarth y Gogledd (Gogledd-ddwyrain Lloegr a Cumbria)",
                "yn Rhanbarth y Gogledd (Gogledd-ddwyrain Lloegr a Cumbria)",
            ),
            "NE1 1AA, Newcastle upon Tyne",
            "NE1 1AA, Newcastle upon Tyne, yn Rhanbarth y Gogledd (Gogledd-ddwyrain Lloegr a Cumbria)",
            &format!("Ardal: Rhanbarth y Gogledd (Gogledd-ddwyrain Lloegr a Cumbria). … {none}"),
        );
        check_stored_name(
            ("Yr Alban", "yn yr Alban"),
            "Caeredin",
            "Caeredin, yn yr Alban",
            &format!("Ardal: Yr Alban. … {none}"),
        );
        check_stored_name(
            ("De-ddwyrain Lloegr", "yn Ne-ddwyrain Lloegr"),
            "Dover",
            "Dover, yn Ne-ddwyrain Lloegr",
            &format!("Ardal: De-ddwyrain Lloegr. … {none}"),
        );
        // English says the same through the same stored forms.
        assert_eq!(En.place_in("Cardiff", "in Wales"), "Cardiff, in Wales");
        assert_eq!(
            En.place_in("Newcastle", "in the Northern region"),
            "Newcastle, in the Northern region"
        );
    }

    /// Punctuation, the same in both languages by nature.
    const SAME_BY_NATURE: [&str; 3] = ["place_to_area", "separator", "after_date"];

    #[test]
    fn no_welsh_string_is_left_in_english() {
        let (cy, en) = (crate::strings::labels(&Cy), crate::strings::labels(&En));
        assert_eq!(cy.len(), en.len());
        for ((name, cy), (_, en)) in cy.iter().zip(&en) {
            if SAME_BY_NATURE.contains(name) {
                assert_eq!(cy, en, "{name} is punctuation, the same in both");
            } else {
                assert_ne!(cy, en, "{name} is still English");
            }
        }
    }

    #[test]
    fn welsh_strings_use_plain_apostrophes_and_never_an_ampersand() {
        let d = day("2023-02-01");
        let mut texts: Vec<String> = crate::strings::labels(&Cy)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        texts.extend([
            W.days_summary(3, d, day("2023-03-16"), false, 2),
            W.replaying(d),
            W.over_for_you(d),
            W.not_over_for_you(d),
            W.not_over_for_you_see_below(d),
            W.called_out(&CalledOut::MayJoin),
            W.lead_call(
                &CalledOut::Unconfirmed,
                2,
                crate::present::Tally {
                    past: 3,
                    ahead: 0,
                    dropped: 1,
                },
            ),
            W.lead_school(true, crate::present::Tally::default()),
            W.source_citation("Golwg360", None, Some(PartialDate::Month(2023, 3))),
        ]);
        for t in texts {
            assert!(!t.contains(['’', '‘', '&']), "{t}");
        }
        assert_eq!(
            W.source_citation("Golwg360", None, Some(PartialDate::Month(2023, 3))),
            "Golwg360, Mawrth 2023"
        );
        assert_eq!(
            W.replaying(day("2023-02-14")),
            "Rydych chi'n gweld hyn fel yr oedd ar ddydd Mawrth 14 Chwefror 2023, nid heddiw."
        );
    }
}
