//! The definition files as written: serde structs that mirror the YAML
//! (schema 1 of `ballot-definition.md`), with unknown keys rejected.
//!
//! Nothing here is trusted; `validate` turns these into the model.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A text in every language of the election: language code to text.
pub type RawText = BTreeMap<String, String>;

/// `election.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawElection {
    pub schema: u32,
    pub id: String,
    pub date: String,
    pub languages: Vec<String>,
    pub title: RawText,
    pub paper: RawPaper,
    #[serde(default)]
    pub braille: Option<RawBraille>,
    #[serde(default)]
    pub speech: Option<RawSpeech>,
    #[serde(default)]
    pub production: Option<RawProduction>,
}

/// `production:` quantities and stock for the print plan; every field optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProduction {
    #[serde(default)]
    pub copies: Option<RawCopies>,
    #[serde(default)]
    pub spare_percent: Option<f64>,
    /// The job sheet's language (`kk`, `ru` or `en`).
    #[serde(default)]
    pub language: Option<String>,
    /// What each printed material is made on.
    #[serde(default)]
    pub stock: Option<RawStocks>,
}

/// `production.stock:` the stock of each printed material; every field optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStocks {
    #[serde(default)]
    pub stencil: Option<RawStock>,
    #[serde(default)]
    pub overlay: Option<RawStock>,
    #[serde(default)]
    pub large_print: Option<RawStock>,
    #[serde(default)]
    pub braille: Option<RawStock>,
}

/// One material's stock: its sheet sizes (`A4`, `330 x 488`) and thickness.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStock {
    #[serde(default)]
    pub sizes: Option<Vec<String>>,
    #[serde(default)]
    pub thickness_mm: Option<f64>,
}

/// `production.copies:` copies of each material per polling station.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCopies {
    #[serde(default)]
    pub stencil: Option<i64>,
    #[serde(default)]
    pub overlay: Option<i64>,
    #[serde(default)]
    pub large_print: Option<i64>,
    #[serde(default)]
    pub braille: Option<i64>,
    #[serde(default)]
    pub audio: Option<i64>,
}

/// The printed ballot's paper and its mark boxes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPaper {
    pub width_mm: f64,
    pub height_mm: f64,
    pub boxes: RawBoxes,
}

/// The regular grid of mark boxes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBoxes {
    pub size_mm: f64,
    pub x_mm: f64,
    pub first_y_mm: f64,
    pub pitch_mm: f64,
}

/// `braille:` settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBraille {
    #[serde(default)]
    pub dots: Option<String>,
    #[serde(default)]
    pub page: Option<RawBraillePage>,
    #[serde(default)]
    pub stencil: Option<RawStencil>,
}

/// `braille.stencil:` stencil and overlay rules; every field optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStencil {
    #[serde(default)]
    pub window_margin_mm: Option<f64>,
    #[serde(default)]
    pub corner_radius_mm: Option<f64>,
    #[serde(default)]
    pub corner_cut_mm: Option<f64>,
    #[serde(default)]
    pub label_gap_mm: Option<f64>,
    #[serde(default)]
    pub sheet_margin_mm: Option<f64>,
    #[serde(default)]
    pub tactile_gap_mm: Option<f64>,
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    /// The older single-language form of `languages`.
    #[serde(default)]
    pub language: Option<String>,
}

/// `braille.page:` the embosser page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBraillePage {
    #[serde(default)]
    pub cols: Option<u32>,
    #[serde(default)]
    pub rows: Option<u32>,
}

/// `speech:` settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpeech {
    #[serde(default)]
    pub rate_wpm: Option<u32>,
    #[serde(default)]
    pub lexicon: BTreeMap<String, BTreeMap<String, String>>,
}

/// One ballot file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBallot {
    pub id: String,
    pub constituency: RawConstituency,
    pub contest: RawContest,
    #[serde(default)]
    pub paper: Option<RawPaperOverride>,
    #[serde(default)]
    pub polling_stations: Option<i64>,
}

/// The constituency a ballot belongs to.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConstituency {
    #[serde(default)]
    pub number: Option<u32>,
    pub name: RawText,
    #[serde(default)]
    pub region: Option<RawText>,
}

/// The contest on the ballot.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContest {
    pub kind: String,
    pub title: RawText,
    pub instructions: RawText,
    pub options: Vec<RawOption>,
}

/// One option (candidate, party or answer).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub name: RawText,
    #[serde(default)]
    pub details: Option<RawText>,
    #[serde(default)]
    pub label: Option<RawText>,
    #[serde(default)]
    pub against_all: bool,
    #[serde(default)]
    pub r#box: Option<RawBoxPosition>,
}

/// An option's box position off the regular grid.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBoxPosition {
    pub x_mm: f64,
    pub y_mm: f64,
}

/// A ballot's overrides of the election's paper; every field optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPaperOverride {
    #[serde(default)]
    pub width_mm: Option<f64>,
    #[serde(default)]
    pub height_mm: Option<f64>,
    #[serde(default)]
    pub boxes: Option<RawBoxesOverride>,
}

/// Overrides of the box grid; every field optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBoxesOverride {
    #[serde(default)]
    pub size_mm: Option<f64>,
    #[serde(default)]
    pub x_mm: Option<f64>,
    #[serde(default)]
    pub first_y_mm: Option<f64>,
    #[serde(default)]
    pub pitch_mm: Option<f64>,
}
