//! Plain English (issue #10, item 9): what a reader reads in the answer card and its notes (the
//! headline, the count of days, how it ended or what stands, and every note `explain` gives)
//! stays at Flesch-Kincaid grade 7 or below, for every region × role (and no role) on today and
//! on dates inside the dispute. This file owns the measure too: a small English syllable counter
//! and sentence splitter, each tested on words and texts counted by hand.
//!
//! Flesch-Kincaid grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59, over
//! the whole card, as a reader meets it. The counting choices:
//! - A word is a run of non-space characters with a letter or digit in it; a hyphenated or
//!   slashed word (`sixth-form`, `one-off`) is one word whose syllables are its parts' sum.
//! - A figure (any word with a digit: `6.5%`, `£1,000`, `2023`, `1/365`, `2022-23`) is one word
//!   of [`FIGURE`] syllables: read as one unit, neither short nor long.
//! - An acronym (two or more capitals: `NEU`, `NAHT`, `DfE`) is read letter by letter, one
//!   syllable a letter (`W` three), as it is said aloud: `NEU` is three.
//! - Other words: vowel groups (`y` a vowel but at the start), less a silent final `e` (not in
//!   `-le` after a consonant), a silent `-es` (not after s, x, z, c, g, ch or sh, nor `-les`
//!   after a consonant) and a silent `-ed` (not after t or d); one more for `ia`, `io`, `iu`,
//!   `ua` said as two (`union`, `media`, `usual`: not in `-tion`, `-cial`, `qua`…) and for
//!   `-ing` after a vowel (`being`, `paying`); one less for a silent e before `-ly`, `-ful`,
//!   `-ment`, `-less`, `-ness` (`separately`, `peaceful`) and for `-gue` (`colleague`); never
//!   fewer than one. A possessive `'s` adds none. A few words the rules miscount are listed
//!   ([`EXCEPTIONS`]).
//! - Sentences end at `.`, `!` or `?` followed by a space (or the end) and not a lower-case
//!   word, unless the word is an abbreviation (`e.g.`, `i.e.`, `Dr.`, `Mr.`, `St.`, `No.`…) or
//!   an initial; a `.` inside a figure (`6.5%`) ends nothing. Colons and semicolons end nothing,
//!   as in the standard measure. Each text the card shows is split on its own, so a text
//!   without a final stop still ends its sentence.

use strike_explainer::data;
use strike_explainer::explain::{Answer, DayStatus, Headline, explain};
use strike_explainer::lang::Lang;
use strike_explainer::model::Region;
use strike_explainer::model::{Date, Dispute, Sourced};
use strike_explainer::strings;
use strike_explainer::strings::{En, Words};

/// The grade no card may pass.
const MAX_GRADE: f64 = 7.0;

/// Syllables in a figure.
const FIGURE: usize = 2;

/// Today, as the crate's other tests take it, and dates inside the dispute: the first
/// announcement, the first strike day, Wales suspending its March days, talks in England, the
/// offer put to a vote, the re-ballot, the July deal, and between the schools' settlement and
/// the sixth-form colleges' (so that every headline, every ending and every "what stands" is
/// read by some card).
const DATES: [&str; 9] = [
    "2026-11-24",
    "2023-01-20",
    "2023-02-01",
    "2023-03-10",
    "2023-03-20",
    "2023-03-28",
    "2023-06-01",
    "2023-07-13",
    "2023-08-15",
];

fn dispute() -> Dispute {
    data::parse(data::BUNDLED).unwrap_or_else(|e| panic!("{e}"))
}

fn date(s: &str) -> Date {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

// ---------------------------------------------------------------------------------------------
// The measure.

fn is_vowel(c: char, first: bool) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') || (c == 'y' && !first)
}

/// Words of the cards that the rules below miscount, and their syllables.
const EXCEPTIONS: [(&str, usize); 4] = [
    ("area", 3),
    ("ireland", 2),
    ("opinion", 3),
    ("wednesday", 2),
];

/// Syllables in one lower-case word of letters only.
fn word_syllables(w: &str) -> usize {
    if let Some((_, n)) = EXCEPTIONS.iter().find(|(x, _)| *x == w) {
        return *n;
    }
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    if n == 0 {
        return 0;
    }
    let vowel = |i: usize| is_vowel(c[i], i == 0);
    let mut count = (0..n)
        .filter(|&i| vowel(i) && (i == 0 || !vowel(i - 1)))
        .count();
    let consonant = |i: usize| !vowel(i);
    // A silent final e: `make`, `while`; not `table`, nor `free` or `due`.
    if n >= 3 && c[n - 1] == 'e' && consonant(n - 2) && !(c[n - 2] == 'l' && consonant(n - 3)) {
        count = count.saturating_sub(1);
    }
    // A silent -es: `strikes`, `rules`; not `places`, `judges`, `teaches`, `boxes`, `tables`.
    if n >= 4 && w.ends_with("es") && consonant(n - 3) {
        let p = c[n - 3];
        let sounded = matches!(p, 's' | 'x' | 'z' | 'c' | 'g')
            || (p == 'h' && matches!(c[n - 4], 'c' | 's'))
            || (p == 'l' && consonant(n - 4));
        if !sounded {
            count = count.saturating_sub(1);
        }
    }
    // A silent -ed: `called`, `backed`; not `voted`, `funded`.
    if n >= 4 && w.ends_with("ed") && consonant(n - 3) && !matches!(c[n - 3], 't' | 'd') {
        count = count.saturating_sub(1);
    }
    // Two vowels said apart: `union`, `media`, `period`, `usual`.
    for i in 1..n.saturating_sub(1) {
        let pair = (c[i], c[i + 1]);
        if matches!(pair, ('i', 'a' | 'o' | 'u') | ('u', 'a')) {
            let before = c[i - 1];
            let joined = match pair.0 {
                'i' => matches!(before, 't' | 's' | 'c' | 'x'),
                _ => matches!(before, 'q' | 'g'),
            };
            if !joined {
                count += 1;
            }
        }
    }
    // A silent e before a suffix: `separately`, `peaceful`, `statement`; not `settlement`.
    for suffix in ["ly", "ful", "fully", "ment", "ments", "less", "ness"] {
        if let Some(stem) = w.strip_suffix(suffix).and_then(|s| s.strip_suffix('e')) {
            let m = stem.chars().count();
            if m >= 2 && consonant(m - 1) && !(c[m - 1] == 'l' && consonant(m - 2)) {
                count = count.saturating_sub(1);
            }
        }
    }
    // A silent -gue: `colleague`, `leagues`.
    if count > 1 && (w.ends_with("gue") || w.ends_with("gues")) {
        count = count.saturating_sub(1);
    }
    // `being`, `paying`, `going`.
    if n >= 5 && w.ends_with("ing") && is_vowel(c[n - 4], false) {
        count += 1;
    }
    count.max(1)
}

/// Syllables in one word as it stands in a text (with its punctuation, capitals, hyphens);
/// `None` for what is not a word (a dash, an ampersand).
fn syllables(token: &str) -> Option<usize> {
    if !token.chars().any(char::is_alphanumeric) {
        return None;
    }
    if token.chars().any(|c| c.is_ascii_digit()) {
        return Some(FIGURE);
    }
    let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric());
    let bare = ["'s", "’s"]
        .iter()
        .find_map(|s| trimmed.strip_suffix(s))
        .unwrap_or(trimmed);
    let total = bare
        .split(['-', '/', '–'])
        .filter(|part| !part.is_empty())
        .map(|part| {
            let letters: String = part.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.chars().filter(|c| c.is_uppercase()).count() >= 2 {
                letters.chars().map(|c| if c == 'W' { 3 } else { 1 }).sum()
            } else {
                word_syllables(&letters.to_lowercase())
            }
        })
        .sum::<usize>();
    Some(total.max(1))
}

/// Words that end with a stop without ending a sentence.
const ABBREVIATIONS: [&str; 14] = [
    "e.g.", "i.e.", "etc.", "dr.", "mr.", "mrs.", "ms.", "st.", "no.", "vs.", "approx.", "cf.",
    "prof.", "govt.",
];

/// The sentences of one text.
fn sentences(text: &str) -> Vec<String> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        current.push(token);
        let end = token.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
        let stops = end.ends_with(['.', '!', '?']);
        let lower = end.to_lowercase();
        let abbreviation = ABBREVIATIONS.contains(&lower.trim_start_matches(['(', '"', '“']))
            || (end.len() == 2 && end.starts_with(|c: char| c.is_uppercase()));
        let next_lower = tokens
            .get(i + 1)
            .and_then(|t| t.trim_start_matches(['(', '"', '“', '‘']).chars().next())
            .is_some_and(char::is_lowercase);
        if stops && !abbreviation && !next_lower {
            out.push(current.join(" "));
            current.clear();
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// Words, syllables and sentences in some texts, each split on its own.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    words: usize,
    syllables: usize,
    sentences: usize,
}

fn counts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Counts {
    let mut c = Counts::default();
    for text in texts {
        for s in sentences(text) {
            let syl: Vec<usize> = s.split_whitespace().filter_map(syllables).collect();
            if !syl.is_empty() {
                c.sentences += 1;
                c.words += syl.len();
                c.syllables += syl.iter().sum::<usize>();
            }
        }
    }
    c
}

fn grade(c: Counts) -> f64 {
    if c.words == 0 {
        return 0.0;
    }
    0.39 * c.words as f64 / c.sentences as f64 + 11.8 * c.syllables as f64 / c.words as f64 - 15.59
}

fn words_in(sentence: &str) -> usize {
    sentence.split_whitespace().filter_map(syllables).count()
}

// ---------------------------------------------------------------------------------------------
// The card.

/// The texts of the answer card and notes, in the order a reader meets them: the headline, the
/// count of days, the headline's details (how it ended, what stands), then every note.
fn card_texts(a: &Answer<'_>, region: &Region) -> Vec<String> {
    let w: &dyn Words = &En;
    let mut texts = vec![strings::headline(w, &a.headline, region)];
    // As `components::answer_card` counts the days.
    let held: Vec<(Date, DayStatus)> = a
        .days
        .iter()
        .filter(|x| x.status.is_held())
        .map(|x| (x.day.date, x.status))
        .collect();
    if let (Some(first), Some(last)) = (held.first(), held.last()) {
        let all_past = held.iter().all(|(_, s)| *s == DayStatus::WentAhead);
        texts.push(w.days_summary(
            held.len(),
            first.0,
            last.0,
            all_past,
            a.days.iter().filter(|x| x.status.is_dropped()).count(),
        ));
    }
    // As `components::answer_card::headline_parts` picks them.
    let details: Vec<&Sourced> = match &a.headline {
        Headline::Over(e) => vec![&e.body],
        Headline::NotOverForYou { main, yours } => std::iter::once(&main.body)
            .chain(yours.map(|e| &e.body))
            .collect(),
        Headline::Stands(e) => vec![&e.body],
        Headline::NotInDispute
        | Headline::Next { .. }
        | Headline::Programme(_)
        | Headline::NoneScheduled { .. } => vec![],
    };
    texts.extend(details.into_iter().map(|b| b.text.get(Lang::En).to_owned()));
    texts.extend(
        a.notes
            .iter()
            .map(|n| n.text(a.is_over()).get(Lang::En).to_owned()),
    );
    texts
}

struct Card {
    region: String,
    role: String,
    on: &'static str,
    texts: Vec<String>,
    grade: f64,
}

fn every_card() -> Vec<Card> {
    let d = dispute();
    let mut cards = Vec::new();
    for on in DATES {
        for region in d.region_ids() {
            let roles = std::iter::once(None).chain(d.role_ids().map(Some));
            for role in roles {
                let a = explain(&d, region, role, date(on));
                let texts = card_texts(&a, d.region(region));
                let grade = grade(counts(texts.iter().map(String::as_str)));
                cards.push(Card {
                    region: d.region(region).key.clone(),
                    role: role.map_or("(none)".to_owned(), |r| d.role(r).key.clone()),
                    on,
                    texts,
                    grade,
                });
            }
        }
    }
    cards
}

fn longest_sentence(texts: &[String]) -> String {
    texts
        .iter()
        .flat_map(|t| sentences(t))
        .max_by_key(|s| words_in(s))
        .unwrap_or_default()
}

/// The worst cards (one line for cards that read the same), then the texts of cards over the
/// limit, hardest first.
fn report(cards: &[Card]) -> String {
    let mut seen: Vec<(&Card, usize)> = Vec::new();
    for card in cards {
        match seen.iter_mut().find(|(c, _)| c.texts == card.texts) {
            Some((_, n)) => *n += 1,
            None => seen.push((card, 1)),
        }
    }
    seen.sort_by(|a, b| b.0.grade.total_cmp(&a.0.grade));
    let mut out = format!(
        "{} cards, {} different; worst first:\n{:>5}  {:<34} {:<26} {:<10} {:>4}  longest sentence\n",
        cards.len(),
        seen.len(),
        "grade",
        "role",
        "region",
        "date",
        "same"
    );
    for (card, n) in seen.iter().take(15) {
        let longest = longest_sentence(&card.texts);
        out += &format!(
            "{:>5.1}  {:<34} {:<26} {:<10} {:>4}  ({} words) {}\n",
            card.grade,
            card.role,
            card.region,
            card.on,
            n,
            words_in(&longest),
            longest
        );
    }
    let mut texts: Vec<(&str, usize)> = Vec::new();
    for card in cards.iter().filter(|c| c.grade > MAX_GRADE) {
        for t in &card.texts {
            match texts.iter_mut().find(|(x, _)| x == t) {
                Some((_, n)) => *n += 1,
                None => texts.push((t, 1)),
            }
        }
    }
    let g = |t: &str| grade(counts([t]));
    texts.sort_by(|a, b| g(b.0).total_cmp(&g(a.0)));
    if !texts.is_empty() {
        out += "\nTexts in cards over the limit, hardest first (grade, cards, text):\n";
        for (t, n) in texts.iter().filter(|(t, _)| g(t) > MAX_GRADE) {
            out += &format!("{:>5.1} {:>4}  {t}\n", g(t), n);
        }
    }
    out
}

#[test]
fn every_answer_card_reads_at_grade_7_or_below() {
    let cards = every_card();
    let table = report(&cards);
    println!("{table}");
    let over: Vec<&Card> = cards.iter().filter(|c| c.grade > MAX_GRADE).collect();
    assert!(
        over.is_empty(),
        "{} of {} cards read above grade {MAX_GRADE}:\n{table}",
        over.len(),
        cards.len()
    );
}

// ---------------------------------------------------------------------------------------------
// The measure, on words and texts counted by hand.

fn check_syllables(word: &str, expected: Option<usize>) {
    assert_eq!(syllables(word), expected, "{word}");
}

#[test]
fn syllables_are_counted_as_words_are_said() {
    for (word, n) in [
        ("cat", 1),
        ("the", 1),
        ("make", 1),
        ("while", 1),
        ("table", 2),
        ("people", 2),
        ("free", 1),
        ("due", 1),
        ("strikes", 1),
        ("rules", 1),
        ("places", 2),
        ("judges", 2),
        ("teaches", 2),
        ("tables", 2),
        ("called", 1),
        ("backed", 1),
        ("voted", 2),
        ("funded", 2),
        ("agreed", 2),
        ("year", 1),
        ("only", 2),
        ("union", 3),
        ("usual", 3),
        ("education", 4),
        ("social", 2),
        ("being", 2),
        ("separately", 4),
        ("peaceful", 2),
        ("settlement", 3),
        ("colleagues", 2),
        ("Wednesday", 2),
        ("government", 3),
        ("government's", 3),
        ("members'", 2),
        ("(Wales),", 1),
        ("sixth-form", 2),
        ("one-off", 2),
        ("NEU", 3),
        ("NEU's", 3),
        ("NASUWT", 8),
        ("DfE", 3),
        ("6.5%", FIGURE),
        ("£1,000", FIGURE),
        ("2023", FIGURE),
        ("1/365", FIGURE),
        ("2022-23", FIGURE),
    ] {
        check_syllables(word, Some(n));
    }
    check_syllables("–", None);
    check_syllables("&", None);
}

fn check_sentences(text: &str, expected: &[&str]) {
    assert_eq!(sentences(text), expected, "{text}");
}

#[test]
fn sentences_end_at_a_stop_but_not_inside_figures_or_abbreviations() {
    check_sentences(
        "Pay rose 6.5% this year. It was £1,000 less.",
        &["Pay rose 6.5% this year.", "It was £1,000 less."],
    );
    check_sentences(
        "Ask a doctor, e.g. Dr. Jones, about it. Each day costs 1/365 of pay.",
        &[
            "Ask a doctor, e.g. Dr. Jones, about it.",
            "Each day costs 1/365 of pay.",
        ],
    );
    check_sentences(
        "It ended in 2023. 98% of members voted (on a 66% turnout.) Then what?",
        &[
            "It ended in 2023.",
            "98% of members voted (on a 66% turnout.)",
            "Then what?",
        ],
    );
    check_sentences(
        "Heads decide; staff need not say: no one must",
        &["Heads decide; staff need not say: no one must"],
    );
    check_sentences("Talks failed. so what", &["Talks failed. so what"]);
}

fn check_grade(texts: &[&str], words: usize, syllables: usize, sentences: usize, expected: f64) {
    let c = counts(texts.iter().copied());
    assert_eq!(
        c,
        Counts {
            words,
            syllables,
            sentences
        },
        "{texts:?}"
    );
    assert!(
        (grade(c) - expected).abs() < 0.005,
        "{texts:?}: {} not {expected}",
        grade(c)
    );
}

#[test]
fn the_grade_is_flesch_kincaid() {
    // 0.39 × 6/1 + 11.8 × 6/6 − 15.59 = 2.34 + 11.8 − 15.59
    check_grade(&["The cat sat on the mat."], 6, 6, 1, -1.45);
    // Teach-ers vot-ed to strike. The u-ni-on called it off: 9 words, 13 syllables, 2
    // sentences. 0.39 × 4.5 + 11.8 × 13/9 − 15.59 = 1.755 + 17.0444 − 15.59
    check_grade(
        &["Teachers voted to strike. The union called it off."],
        9,
        13,
        2,
        3.2094,
    );
    // Two texts, one without a stop, each its own sentence. N-E-U mem-bers ac-cept-ed 6.5% (3
    // + 2 + 3 + 2) | The dis-pute is o-ver (1 + 2 + 1 + 2): 8 words, 16 syllables.
    // 0.39 × 4 + 11.8 × 16/8 − 15.59 = 1.56 + 23.6 − 15.59
    check_grade(
        &["NEU members accepted 6.5%.", "The dispute is over"],
        8,
        16,
        2,
        9.57,
    );
    // One long sentence of short words: 27 words of one syllable.
    // 0.39 × 27 + 11.8 × 1 − 15.59 = 10.53 − 3.79
    check_grade(
        &[
            "The cat sat on the mat and the dog sat on the rug and the hen sat on the log and the \
           pig sat in the mud.",
        ],
        27,
        27,
        1,
        6.74,
    );
}
