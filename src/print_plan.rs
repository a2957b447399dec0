//! The print plan of an election, `print-plan.csv`: every file to produce,
//! one row per ballot, material and language, with the device it goes to,
//! the stock, the trim size, "print at 100 %", pages, the braille table of
//! BRF files and the copies to make: polling stations × copies per station
//! (`production.copies`) plus the spare percentage, rounded up.
//!
//! It is written from the manifest (every ballot built so far, with its
//! polling stations and paper), so a partial build still plans the whole
//! election. Semicolon-separated UTF-8 with a byte-order mark, as Excel in a
//! Kazakh or Russian locale and LibreOffice open it; a cell that a spreadsheet
//! would take for a formula is prefixed with `'`.

use std::path::Path;

use crate::manifest::{BallotEntry, Manifest};
use crate::model::{ElectionInfo, Lang, Production};

/// File name in the election's output folder.
pub const PRINT_PLAN_CSV: &str = "print-plan.csv";

/// The columns, in order.
pub const COLUMNS: [&str; 16] = [
    "region", "ballot", "proof_id", "material", "language", "file", "device", "stock", "trim_mm", "print_scale", "pages",
    "braille_table", "polling_stations", "copies_per_station", "spare_percent", "copies",
];

/// One row of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The ballot's region (first language), empty when not given.
    pub region: String,
    /// Ballot id.
    pub ballot: String,
    /// Proof id.
    pub proof_id: String,
    /// stencil, overlay, large_print, braille or audio.
    pub material: &'static str,
    /// Language code.
    pub language: String,
    /// The file (or folder, for audio), relative to the election's output folder.
    pub file: String,
    /// What makes it.
    pub device: &'static str,
    /// What it is made on.
    pub stock: &'static str,
    /// Trim size, `W x H` millimetres (empty for audio).
    pub trim_mm: String,
    /// Pages (empty for audio).
    pub pages: Option<usize>,
    /// The braille table of BRF files.
    pub braille_table: &'static str,
    /// Polling stations that use the ballot (1 when not given).
    pub polling_stations: u32,
    /// Copies per station.
    pub copies_per_station: u32,
    /// Copies to make.
    pub copies: u64,
}

/// Copies to make: stations × per station, plus the spare percentage, rounded up.
pub fn copies(stations: u32, per_station: u32, spare_percent: f64) -> u64 {
    let base = u64::from(stations) * u64::from(per_station);
    // In hundredths of a percent, so 5 % of 20 is exactly 1.
    let spare_hundredths = (spare_percent * 100.0).round() as u64;
    base + (base * spare_hundredths).div_ceil(10_000)
}

/// Pages of one of our own output files: PDF pages, BRF form feeds (one after
/// every page); `None` when unreadable.
fn pages(path: &Path) -> Option<usize> {
    let bytes = std::fs::read(path).ok()?;
    let count = |needle: &[u8]| bytes.windows(needle.len()).filter(|w| *w == needle).count();
    match path.extension().and_then(|e| e.to_str()) {
        Some("brf") => Some(count(b"\x0c")),
        Some("pdf") => Some(count(b"/Type/Page/") + count(b"/Type/Page>>")),
        _ => None,
    }
}

/// The rows for every ballot of the manifest, in ballot-id order.
pub fn rows(folder: &Path, info: &ElectionInfo, manifest: &Manifest) -> Vec<Row> {
    let mut ballots: Vec<&BallotEntry> = manifest.ballots.iter().collect();
    ballots.sort_by(|a, b| a.id.cmp(&b.id));
    let outputs: std::collections::HashSet<&str> = manifest.outputs.iter().map(|o| o.path.as_str()).collect();
    let Production { copies: per, spare_percent } = info.production;
    let mut rows = Vec::new();
    for ballot in ballots {
        let stations = ballot.polling_stations.unwrap_or(1);
        let first = info.languages[0].code();
        let region = ballot.region.get(first).cloned().unwrap_or_default();
        let paper = format!("{} x {}", ballot.paper_mm[0], ballot.paper_mm[1]);
        let mut row = |material: &'static str, lang: Lang, file: String, device: &'static str, stock: &'static str, trim: String, table: &'static str, per_station: u32| {
            // Only what this build actually wrote (an older manifest may lack a file).
            let exists = outputs.contains(file.as_str()) || outputs.iter().any(|o| o.starts_with(&format!("{file}/")));
            if !exists {
                return;
            }
            rows.push(Row {
                region: region.clone(),
                ballot: ballot.id.clone(),
                proof_id: ballot.proof_id.clone(),
                material,
                language: lang.code().to_owned(),
                pages: if material == "audio" { None } else if material == "stencil" || material == "overlay" { Some(1) } else { pages(&folder.join(&file)) },
                file,
                device,
                stock,
                trim_mm: trim,
                braille_table: table,
                polling_stations: stations,
                copies_per_station: per_station,
                copies: copies(stations, per_station, spare_percent),
            });
        };
        for &lang in &info.stencil_languages {
            let id = &ballot.id;
            row("stencil", lang, format!("{id}/stencil-{lang}.pdf"), "cutting plotter (PDF, CutContour) or laser cutter (the .svg)", "stencil sheet", paper.clone(), "", per.stencil);
            row("overlay", lang, format!("{id}/overlay-{lang}.pdf"), "swell-paper fuser or UV printer", "swell (microcapsule) paper", paper.clone(), "", per.overlay);
        }
        for &lang in &info.languages {
            let id = &ballot.id;
            row("large_print", lang, format!("{id}/large-print-{lang}.pdf"), "laser printer", "A4 paper", "210 x 297".into(), "", per.large_print);
            row("braille", lang, format!("{id}/braille-{lang}.brf"), "braille embosser (BRF, or the .pef)", "braille paper", String::new(), "North American ASCII braille (BRF, US computer braille)", per.braille);
            row("audio", lang, format!("{id}/audio/{lang}"), "audio player", "audio player or USB stick", String::new(), "", per.audio);
        }
    }
    rows
}

/// A cell a spreadsheet will not evaluate: one starting `=`, `+`, `-`, `@`
/// (or a tab or carriage return) gets a leading `'`.
fn safe(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// The plan as CSV bytes.
pub fn csv(rows: &[Row], spare_percent: f64) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(b"\xEF\xBB\xBF".to_vec());
    let _ = writer.write_record(COLUMNS);
    for r in rows {
        let pages = r.pages.map(|p| p.to_string()).unwrap_or_default();
        let record = [
            safe(&r.region), safe(&r.ballot), r.proof_id.clone(), r.material.to_owned(), r.language.clone(), safe(&r.file), r.device.to_owned(), r.stock.to_owned(),
            r.trim_mm.clone(), if r.material == "audio" { String::new() } else { "100 %".to_owned() }, pages, r.braille_table.to_owned(),
            r.polling_stations.to_string(), r.copies_per_station.to_string(), spare_percent.to_string(), r.copies.to_string(),
        ];
        let _ = writer.write_record(&record);
    }
    writer.into_inner().unwrap_or_default()
}

/// Writes `print-plan.csv` into the election's output folder.
pub fn write(folder: &Path, info: &ElectionInfo, manifest: &Manifest) -> Result<(), String> {
    let rows = rows(folder, info, manifest);
    let path = folder.join(PRINT_PLAN_CSV);
    crate::write::write_atomic(&path, &csv(&rows, info.production.spare_percent)).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::{copies, safe};

    #[test]
    fn copies_add_the_spare_and_round_up() {
        assert_eq!(copies(34, 1, 5.0), 36); // 34 + 1.7
        assert_eq!(copies(20, 1, 5.0), 21);
        assert_eq!(copies(20, 2, 0.0), 40);
        assert_eq!(copies(7, 0, 5.0), 0);
        assert_eq!(copies(1, 1, 0.5), 2);
    }

    #[test]
    fn formula_like_cells_are_defused() {
        assert_eq!(safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe("-1"), "'-1");
        assert_eq!(safe("Жамбыл облысы"), "Жамбыл облысы");
    }
}
