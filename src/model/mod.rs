//! The validated model: what every renderer works from.
//!
//! Values here have passed every rule of `ballot-definition.md`; renderers may
//! rely on them (every text has every language, boxes lie on the paper, ...).

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

mod production;
mod tactile;

pub use production::{mm, Copies, Production, SheetSize, Stock, Stocks, NAMED_SIZES};
pub use tactile::{BrailleBlock, Caption, Dot, Identification, Rect, Tactile, Window};

/// A language a ballot can be produced in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Kazakh.
    Kk,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The code used in definitions and file names (`kk`, `ru`, `en`); also the BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// Parses a language code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A text in each of the election's languages, in the election's language order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Text(pub Vec<(Lang, String)>);

impl Text {
    /// The text in one language. Validation guarantees every election language is present;
    /// a language the election does not have yields the first one.
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.0.first())
            .map_or("", |(_, s)| s.as_str())
    }
}

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, such as 2023.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, from 1.
    pub day: u8,
}

impl Date {
    /// Parses an ISO date (`2023-03-19`) and checks that the day exists.
    pub fn parse(text: &str) -> Option<Date> {
        let parts: Vec<&str> = text.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return None;
        };
        // Only digits: `parse` would take a sign (`2026-+3-15`).
        if y.len() != 4 || m.len() != 2 || d.len() != 2 || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return None;
        }
        let (year, month, day): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1900 && (1..=days).contains(&day)).then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The regular grid of the ballot's mark boxes, in millimetres from the sheet's top-left corner.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct BoxGrid {
    /// Side of each square box.
    pub size_mm: f64,
    /// Left edge of every box.
    pub x_mm: f64,
    /// Top edge of option 1's box.
    pub first_y_mm: f64,
    /// Top edge to top edge of successive boxes.
    pub pitch_mm: f64,
}

/// The printed ballot paper.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Paper {
    /// Sheet width.
    pub width_mm: f64,
    /// Sheet height.
    pub height_mm: f64,
    /// The mark boxes.
    pub boxes: BoxGrid,
}

/// Braille dot geometry preset (see the design document's table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DotPreset {
    /// Marburg medium, the default.
    MarburgMedium,
    /// Library of Congress.
    LibraryOfCongress,
    /// ADA signage.
    AdaSignage,
}

impl DotPreset {
    /// Every preset, default first.
    pub const ALL: [DotPreset; 3] = [
        DotPreset::MarburgMedium,
        DotPreset::LibraryOfCongress,
        DotPreset::AdaSignage,
    ];

    /// Dot geometry in millimetres (the design document's table).
    pub fn geometry(self) -> DotGeometry {
        let (base, height, in_cell, cell, line) = match self {
            DotPreset::MarburgMedium => (1.6, 0.5, 2.5, 6.0, 10.1),
            DotPreset::LibraryOfCongress => (1.44, 0.48, 2.34, 6.2, 10.0),
            DotPreset::AdaSignage => (1.5, 0.7, 2.4, 6.6, 10.1),
        };
        DotGeometry { base, height, in_cell, cell, line }
    }

    /// The name used in `election.yaml`.
    pub fn name(self) -> &'static str {
        match self {
            DotPreset::MarburgMedium => "marburg-medium",
            DotPreset::LibraryOfCongress => "library-of-congress",
            DotPreset::AdaSignage => "ada-signage",
        }
    }
}

/// Braille dot geometry, millimetres, centre to centre.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DotGeometry {
    /// Dot base diameter.
    pub base: f64,
    /// Dot height.
    pub height: f64,
    /// Between dots in a cell.
    pub in_cell: f64,
    /// Cell to cell.
    pub cell: f64,
    /// Line to line.
    pub line: f64,
}

/// Stencil and overlay rules (`braille.stencil` in `election.yaml`), in millimetres.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct StencilRules {
    /// How much each window is larger than its box on every side; also the
    /// width of the overlay's raised frame around each box.
    pub window_margin_mm: f64,
    /// Corner radius of the windows.
    pub corner_radius_mm: f64,
    /// Legs of the 45-degree orientation cut at the top-right corner.
    pub corner_cut_mm: f64,
    /// Least distance from a window's edge to its label's dots.
    pub label_gap_mm: f64,
    /// Least distance from the sheet's edge to any dot.
    pub sheet_margin_mm: f64,
    /// Least distance between separate tactile elements.
    pub tactile_gap_mm: f64,
}

impl StencilRules {
    /// The defaults.
    pub fn defaults() -> Self {
        StencilRules {
            window_margin_mm: 1.5,
            corner_radius_mm: 1.0,
            corner_cut_mm: 10.0,
            label_gap_mm: 3.0,
            sheet_margin_mm: 5.0,
            tactile_gap_mm: 3.0,
        }
    }
}

/// An embosser page: cells per line and lines per page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct BraillePage {
    /// Cells per line.
    pub cols: u32,
    /// Lines per page.
    pub rows: u32,
}

impl Default for BraillePage {
    /// 30 cells by 27 lines: A4 at Marburg Medium spacing.
    fn default() -> Self {
        BraillePage { cols: 30, rows: 27 }
    }
}

/// Default speaking rate (words per minute).
pub const DEFAULT_RATE_WPM: u32 = 140;

/// Speech settings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speech {
    /// Speaking rate in words per minute.
    pub rate_wpm: u32,
    /// Whole-word replacements per language, written form to spoken form.
    pub lexicon: BTreeMap<Lang, Lexicon>,
}

/// One language's lexicon: written words to spoken forms, looked up in any
/// letter case. Every word of every track asks it, and a national lexicon may
/// hold thousands of entries: a case-folded index answers in one lookup.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    entries: BTreeMap<String, String>,
    /// Lower-cased key to spoken form; of keys that differ only in case, the first in order.
    folded: std::collections::HashMap<String, String>,
}

impl Lexicon {
    /// A lexicon of these entries.
    pub fn new(entries: BTreeMap<String, String>) -> Self {
        let mut folded = std::collections::HashMap::new();
        for (written, spoken) in &entries {
            folded.entry(written.to_lowercase()).or_insert_with(|| spoken.clone());
        }
        Lexicon { entries, folded }
    }

    /// The spoken form of a word: its own entry, else one whose key differs only in case.
    pub fn get(&self, word: &str) -> Option<&String> {
        self.entries.get(word).or_else(|| self.folded.get(&word.to_lowercase()))
    }

    /// The entries, by written form.
    pub fn entries(&self) -> &BTreeMap<String, String> {
        &self.entries
    }
}

impl Serialize for Lexicon {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.entries.serialize(serializer)
    }
}

/// What every ballot of an election shares (`election.yaml`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ElectionInfo {
    /// Election id, used in output paths.
    pub id: String,
    /// Election day.
    pub date: Date,
    /// Languages, in the order they appear in every output.
    pub languages: Vec<Lang>,
    /// The election's title.
    pub title: Text,
    /// The default paper of its ballots.
    pub paper: Paper,
    /// Braille dot geometry.
    pub dots: DotPreset,
    /// Embosser page size for PEF and BRF.
    pub braille_page: BraillePage,
    /// Stencil and overlay rules.
    pub stencil: StencilRules,
    /// Braille languages of the stencils and overlays, one of each per language.
    pub stencil_languages: Vec<Lang>,
    /// Speech settings.
    pub speech: Speech,
    /// Quantities for the print plan; not part of any material (nor of proof ids).
    #[serde(skip)]
    pub production: Production,
}

/// A validated election with the ballots selected for this run.
#[derive(Clone, Debug)]
pub struct Election {
    /// The shared settings.
    pub info: ElectionInfo,
    /// The `election.yaml` file.
    pub source: PathBuf,
    /// The ballots, ordered by id.
    pub ballots: Vec<Ballot>,
    /// Whether every ballot of the election was selected (not a subset).
    pub complete: bool,
}

/// What a contest is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContestKind {
    /// Candidates for a seat.
    Candidates,
    /// Party lists.
    Parties,
    /// A referendum question.
    Question,
}

impl ContestKind {
    /// Every kind.
    pub const ALL: [ContestKind; 3] = [
        ContestKind::Candidates,
        ContestKind::Parties,
        ContestKind::Question,
    ];

    /// The name used in definitions.
    pub fn name(self) -> &'static str {
        match self {
            ContestKind::Candidates => "candidates",
            ContestKind::Parties => "parties",
            ContestKind::Question => "question",
        }
    }
}

/// The constituency of a ballot.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Constituency {
    /// Its number, when it has one.
    pub number: Option<u32>,
    /// Its name.
    pub name: Text,
    /// Its region, when given.
    pub region: Option<Text>,
}

/// One option on the ballot. Option N is number N everywhere.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BallotOption {
    /// Its number, from 1, in ballot order.
    pub number: usize,
    /// Name of the candidate, party or answer.
    pub name: Text,
    /// Second line of the printed row.
    pub details: Option<Text>,
    /// Short form for the stencil; when absent, the first word of the name.
    pub label: Option<Text>,
    /// Whether this is the "against all" option.
    pub against_all: bool,
    /// Top-left corner of its box when not on the regular grid (mm).
    pub box_at: Option<(f64, f64)>,
}

/// The contest on a ballot.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contest {
    /// Candidates, parties or question.
    pub kind: ContestKind,
    /// Title (for a question: the question).
    pub title: Text,
    /// How to mark the ballot.
    pub instructions: Text,
    /// The options, in ballot order.
    pub options: Vec<BallotOption>,
}

/// One constituency's ballot paper.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ballot {
    /// Ballot id, unique within the election, used in output paths.
    pub id: String,
    /// The constituency.
    pub constituency: Constituency,
    /// The contest.
    pub contest: Contest,
    /// Its paper: the election's, with this ballot's overrides applied.
    pub paper: Paper,
    /// The definition file, for messages.
    #[serde(skip)]
    pub source: PathBuf,
    /// First 8 hex digits of a hash of the validated content, printed on every sheet.
    #[serde(skip)]
    pub proof_id: String,
    /// Polling stations that use this ballot (`polling_stations`), for the
    /// print plan; not part of any material (nor of proof ids).
    #[serde(skip)]
    pub polling_stations: Option<u32>,
    /// The stencil and overlay geometry per braille language (in the order of
    /// `stencil_languages`), laid out once by validation (it derives from the
    /// fields above, so it takes no part in hashes).
    #[serde(skip)]
    pub tactile: Vec<Tactile>,
    /// What validation found that may be right (a text the same in two
    /// languages): warnings of every build of the ballot, on the review page.
    #[serde(skip)]
    pub notes: Vec<crate::i18n::Message>,
}

/// Whether a constituency's name already says its number (`№ 3 Алматы ...`,
/// `Округ № 3`), so a heading need not put the number in front again.
pub fn names_number(name: &str, number: u32) -> bool {
    let number = number.to_string();
    name.split(|c: char| !c.is_ascii_digit()).any(|digits| digits == number) && name.contains('№')
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn dates_must_exist() {
        assert_eq!(
            Date::parse("2023-03-19").map(|d| d.to_string()),
            Some("2023-03-19".into())
        );
        assert!(Date::parse("2024-02-29").is_some());
        for bad in [
            "2023-02-29",
            "2023-02-30",
            "2023-13-01",
            "2023-04-31",
            "2023-00-10",
            "19-03-2023",
            "2023-3-19",
            "",
            "1800-01-01",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad} accepted");
        }
    }
}
