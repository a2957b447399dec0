//! The print plan of an election, `print-plan.csv` (and the same as an A4
//! job sheet with totals, `print-plan.pdf`): every file to produce,
//! one row per ballot, material and language, with the device it goes to,
//! the stock, the trim size, "print at 100 %", pages, the braille table of
//! BRF files and the copies to make: polling stations × copies per station
//! (`production.copies`) plus the spare percentage, rounded up. A ballot
//! without `polling_stations` gets no copies (empty cells, left out of the
//! totals) and is named at the top of the job sheet: a guessed quantity
//! would be printed as if it were known.
//!
//! Each row also says how it is made (the process of each layer, and the
//! registration a printed layer needs with a cut one), which sheet of the
//! material's stock (`production.stock`) its pages go on, the stock's
//! thickness, and the sheets to use: pages × copies. `check` has made sure
//! every page fits a sheet of its stock.
//!
//! The job sheet is for people: it is in the election's first language, or
//! in `production.language` (kk, ru or en), numbers in that language's form.
//! The CSV is for machines: its column ids and values never change with the
//! language, and new columns only ever come at the end.
//!
//! It is written from the manifest (every ballot built so far, with its
//! polling stations and paper), so a partial build still plans the whole
//! election. Semicolon-separated UTF-8 with a byte-order mark, as Excel in a
//! Kazakh or Russian locale and LibreOffice open it; a cell that a spreadsheet
//! would take for a formula is prefixed with `'`. Percentages are plain
//! numbers under a `_percent` heading: `100 %` would be read as the number 1.

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

use crate::i18n::{Locale, Message};
use crate::output::manifest::{BallotEntry, Manifest};
use crate::model::{mm, ElectionInfo, Lang, Production, SheetSize};
use crate::msg;

/// File names in the election's output folder.
pub const PRINT_PLAN_CSV: &str = "print-plan.csv";
/// The same as an A4 job sheet, with totals per material and per region.
pub const PRINT_PLAN_PDF: &str = "print-plan.pdf";

/// The column of the ballot's id (packages pick their ballots' rows by it).
pub const BALLOT_COLUMN: &str = "ballot";

/// The columns, in order (new ones only ever at the end).
pub const COLUMNS: [&str; 24] = [
    "region", BALLOT_COLUMN, "proof_id", "material", "language", "file", "device", "stock", "trim_mm", "print_scale_percent", "pages",
    "braille_table", "polling_stations", "copies_per_station", "spare_percent", "copies",
    "constituency_number", "page_mm", "stock_size", "stock_size_mm", "stock_thickness_mm", "sheets", "process", "registration",
];

/// One row of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The ballot's region (first language), empty when not given.
    pub region: String,
    /// Ballot id.
    pub ballot: String,
    /// Its constituency's number, when it has one.
    pub number: Option<u32>,
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
    /// Trim size, `W x H` millimetres (empty for braille and audio).
    pub trim_mm: String,
    /// The file's page, `W x H` millimetres: the trim with the slug around it
    /// (empty for braille and audio).
    pub page_mm: String,
    /// Pages (empty for audio).
    pub pages: Option<usize>,
    /// The braille table of BRF files.
    pub braille_table: &'static str,
    /// Polling stations that use the ballot (`None`: not given).
    pub polling_stations: Option<u32>,
    /// Copies per station.
    pub copies_per_station: u32,
    /// Copies to make (`None`: not planned, the stations are not given).
    pub copies: Option<u64>,
    /// The sheet of the stock its pages go on (`None`: audio, or no sheet fits).
    pub sheet: Option<SheetSize>,
    /// The stock's thickness, millimetres (`None` for audio).
    pub thickness_mm: Option<f64>,
    /// Sheets to use, one per page of every copy (`None`: audio, not planned, or no sheet fits).
    pub sheets: Option<u64>,
    /// How it is made, layer by layer, in English (the job sheet says it in its language).
    pub process: String,
    /// The registration a printed layer needs with a cut one, in English; empty when none.
    pub registration: &'static str,
}

/// Copies to make: stations × per station, plus the spare percentage, rounded up.
pub fn copies(stations: u32, per_station: u32, spare_percent: f64) -> u64 {
    let base = u64::from(stations) * u64::from(per_station);
    // In hundredths of a percent, so 5 % of 20 is exactly 1.
    let spare_hundredths = (spare_percent * 100.0).round() as u64;
    base + (base * spare_hundredths).div_ceil(10_000)
}

/// Texts in natural order: digits by their value, so `district-2` comes
/// before `district-10`; letters in any case alike.
pub fn natural(a: &str, b: &str) -> Ordering {
    fn chunks(text: &str) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> = Vec::new();
        for c in text.chars() {
            let digit = c.is_ascii_digit();
            match out.last_mut() {
                Some((d, chunk)) if *d == digit => chunk.push(c),
                _ => out.push((digit, c.to_string())),
            }
        }
        out
    }
    let (x, y) = (chunks(a), chunks(b));
    for ((dx, cx), (dy, cy)) in x.iter().zip(&y) {
        let order = match (dx, dy) {
            (true, true) => {
                let (tx, ty) = (cx.trim_start_matches('0'), cy.trim_start_matches('0'));
                tx.len().cmp(&ty.len()).then_with(|| tx.cmp(ty))
            }
            _ => cx.to_lowercase().cmp(&cy.to_lowercase()),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    x.len().cmp(&y.len()).then_with(|| a.cmp(b))
}

/// The order ballots are planned in: by region (natural order, no region
/// last), then constituency number (none first), then id (natural order).
fn ballot_order(info: &ElectionInfo, a: &BallotEntry, b: &BallotEntry) -> Ordering {
    let first = info.languages[0].code();
    let region = |e: &BallotEntry| e.region.get(first).cloned().unwrap_or_default();
    let (ra, rb) = (region(a), region(b));
    (ra.is_empty().cmp(&rb.is_empty()))
        .then_with(|| natural(&ra, &rb))
        .then_with(|| a.constituency_number.cmp(&b.constituency_number))
        .then_with(|| natural(&a.id, &b.id))
}

/// What a material's row says of how it is made: the process of its layers
/// and the registration they need, in English (for the CSV).
fn process(info: &ElectionInfo, material: &str) -> (String, &'static str) {
    let dots = info.dots.geometry();
    match material {
        "stencil" => (
            format!(
                "braille: spot colour Braille raised {} mm ({}, dots {} mm across) by raised print (UV printer, varnish) or embossing. captions: grey print. cut: spot colour CutContour on a cutting plotter (PDF) or a laser cutter (SVG layer Cut), after the braille",
                mm(dots.height),
                info.dots.name(),
                mm(dots.base)
            ),
            "print and cut: the Braille print must register with the CutContour cut. The PDF has crop marks only: add the cutter's registration marks",
        ),
        "overlay" => ("raised: black on swell paper through the fuser, or raised black on a UV printer. captions: light cyan, not raised. Trim at the crop marks".to_owned(), ""),
        "large_print" => ("print single-sided at 100 %".to_owned(), ""),
        "braille" => (format!("emboss single-sided, {} cells x {} lines per page", info.braille_page.cols, info.braille_page.rows), ""),
        _ => ("copy the folder".to_owned(), ""),
    }
}

/// The rows for every ballot of the manifest: by region (natural order, no
/// region last), then constituency number (none first), then id (natural order).
pub fn rows(info: &ElectionInfo, manifest: &Manifest) -> Vec<Row> {
    let mut ballots: Vec<&BallotEntry> = manifest.ballots.iter().collect();
    ballots.sort_by(|a, b| ballot_order(info, a, b));
    let outputs: std::collections::HashSet<&str> = manifest.outputs.iter().map(|o| o.path.as_str()).collect();
    let Production { copies: per, spare_percent, stock, .. } = &info.production;
    let large_print_page = crate::materials::large_print::layout::page_mm();
    let embossed_page = crate::geometry::braille_page_mm(&info.braille_page, &info.dots.geometry());
    // As the definition gives them (`148 x 210`, `148.25 x 210`), to a
    // hundredth of a millimetre (a sum such as 148.1 + 20 is not exact).
    let size = |(w, h): (f64, f64)| format!("{} x {}", (w * 100.0).round() / 100.0, (h * 100.0).round() / 100.0);
    let mut rows = Vec::new();
    for ballot in ballots {
        let stations = ballot.polling_stations;
        let first = info.languages[0].code();
        let region = ballot.region.get(first).cloned().unwrap_or_default();
        let paper = (ballot.paper_mm[0], ballot.paper_mm[1]);
        let tactile_page = crate::geometry::trimmed_page_mm(paper.0, paper.1);
        let mut row = |material: &'static str, lang: Lang, file: String, device: &'static str, stock_words: &'static str, trim: String, table: &'static str, per_station: u32| {
            // Only what this build actually wrote (an older manifest may lack a
            // file); an audio folder by its whole-ballot file.
            let written = if material == "audio" { format!("{file}/ballot.mp3") } else { file.clone() };
            if !outputs.contains(written.as_str()) {
                return;
            }
            let page = match material {
                "stencil" | "overlay" => Some(tactile_page),
                "large_print" => Some(large_print_page),
                "braille" => Some(embossed_page),
                _ => None,
            };
            let material_stock = stock.of(material);
            let sheet = page.zip(material_stock).and_then(|((w, h), s)| s.sheet_for(w, h)).cloned();
            let pages = file.strip_prefix(&format!("{}/", ballot.id)).and_then(|name| ballot.pages.get(name)).copied();
            let copies = stations.map(|n| copies(n, per_station, *spare_percent));
            let (process, registration) = process(info, material);
            rows.push(Row {
                region: region.clone(),
                ballot: ballot.id.clone(),
                number: ballot.constituency_number,
                proof_id: ballot.proof_id.clone(),
                material,
                language: lang.code().to_owned(),
                pages,
                file,
                device,
                stock: stock_words,
                trim_mm: trim,
                // The braille's own size is no page: the embosser's paper is.
                page_mm: page.filter(|_| material != "braille").map(size).unwrap_or_default(),
                braille_table: table,
                polling_stations: stations,
                copies_per_station: per_station,
                copies,
                sheets: sheet.as_ref().and(pages).zip(copies).map(|(p, c)| p as u64 * c),
                sheet,
                thickness_mm: material_stock.map(|s| s.thickness_mm),
                process,
                registration,
            });
        };
        let trim = size(paper);
        for &lang in &info.stencil_languages {
            let id = &ballot.id;
            row("stencil", lang, format!("{id}/stencil-{lang}.pdf"), "cutting plotter (PDF) / laser cutter (SVG)", "stencil sheet", trim.clone(), "", per.stencil);
            row("overlay", lang, format!("{id}/overlay-{lang}.pdf"), "swell-paper fuser / UV printer", "swell (microcapsule) paper", trim.clone(), "", per.overlay);
        }
        for &lang in &info.languages {
            let id = &ballot.id;
            row("large_print", lang, format!("{id}/large-print-{lang}.pdf"), "laser printer", "A4 paper", size(large_print_page), "", per.large_print);
            row("braille", lang, format!("{id}/braille-{lang}.brf"), "braille embosser (BRF / PEF)", "braille paper", String::new(), "North American ASCII braille (BRF, US computer braille)", per.braille);
            row("audio", lang, format!("{id}/audio/{lang}"), "audio player", "audio player or USB stick", String::new(), "", per.audio);
        }
    }
    rows
}

/// A cell a spreadsheet will not evaluate.
fn safe(cell: &str) -> String {
    crate::util::spreadsheet::defuse(cell)
}

/// The plan as CSV bytes.
pub fn csv(rows: &[Row], spare_percent: f64) -> Vec<u8> {
    let mut writer = crate::util::spreadsheet::writer();
    let _ = writer.write_record(COLUMNS);
    let text = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
    for r in rows {
        let pages = r.pages.map(|p| p.to_string()).unwrap_or_default();
        let record = [
            safe(&r.region), safe(&r.ballot), r.proof_id.clone(), r.material.to_owned(), r.language.clone(), safe(&r.file), r.device.to_owned(), r.stock.to_owned(),
            r.trim_mm.clone(), if r.material == "audio" { String::new() } else { "100".to_owned() }, pages, r.braille_table.to_owned(),
            r.polling_stations.map(|n| n.to_string()).unwrap_or_default(), r.copies_per_station.to_string(), spare_percent.to_string(), text(r.copies),
            r.number.map(|n| n.to_string()).unwrap_or_default(), r.page_mm.clone(),
            r.sheet.as_ref().map(|s| s.name.clone()).unwrap_or_default(),
            r.sheet.as_ref().map(|s| format!("{} x {}", mm(s.width_mm), mm(s.height_mm))).unwrap_or_default(),
            r.thickness_mm.map(mm).unwrap_or_default(), text(r.sheets), r.process.clone(), r.registration.to_owned(),
        ];
        let _ = writer.write_record(&record);
    }
    writer.into_inner().unwrap_or_default()
}

/// A material's total: copies, and sheets per sheet size (smallest first).
#[derive(Clone, Debug, PartialEq)]
pub struct Total {
    /// The material.
    pub material: &'static str,
    /// Copies to make.
    pub copies: u64,
    /// Sheets to use, per sheet size of its stock (none for audio).
    pub sheets: Vec<(SheetSize, u64)>,
}

/// The totals per material, in plan order (stencil, overlay, large print,
/// braille, audio); rows without planned copies add nothing.
pub fn totals_by_material<'a>(rows: impl IntoIterator<Item = &'a Row>) -> Vec<Total> {
    let mut totals: Vec<Total> = Vec::new();
    for row in rows {
        let index = match totals.iter().position(|t| t.material == row.material) {
            Some(i) => i,
            None => {
                totals.push(Total { material: row.material, copies: 0, sheets: Vec::new() });
                totals.len() - 1
            }
        };
        let total = &mut totals[index];
        total.copies += row.copies.unwrap_or(0);
        if let (Some(sheet), Some(n)) = (&row.sheet, row.sheets) {
            match total.sheets.iter_mut().find(|(s, _)| s == sheet) {
                Some((_, count)) => *count += n,
                None => total.sheets.push((sheet.clone(), n)),
            }
        }
    }
    for total in &mut totals {
        total.sheets.sort_by(|(a, _), (b, _)| (a.width_mm * a.height_mm).total_cmp(&(b.width_mm * b.height_mm)));
    }
    totals
}

/// The ballots whose copies are not planned (no `polling_stations`), in plan order.
pub fn unplanned_ballots(rows: &[Row]) -> Vec<&str> {
    let mut ids: Vec<&str> = rows.iter().filter(|r| r.copies.is_none()).map(|r| r.ballot.as_str()).collect();
    ids.dedup();
    ids
}

/// The job sheet's language: `production.language`, else the election's first language.
pub fn sheet_language(info: &ElectionInfo) -> Lang {
    info.production.language.unwrap_or(info.languages[0])
}

/// The interface language that writes an election language.
fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::Kk => Locale::Kk,
        Lang::Ru => Locale::Ru,
        Lang::En => Locale::En,
    }
}

/// The names the job sheet shows, in its language (else in the election's
/// first): regions by the name the rows carry (the first language's), and
/// constituencies by ballot id.
#[derive(Debug, Default)]
struct Names {
    regions: std::collections::BTreeMap<String, String>,
    constituencies: std::collections::BTreeMap<String, String>,
}

fn names(info: &ElectionInfo, manifest: &Manifest) -> Names {
    let (first, shown) = (info.languages[0].code(), sheet_language(info).code());
    let in_sheet_language = |texts: &std::collections::BTreeMap<String, String>| texts.get(shown).or_else(|| texts.get(first)).cloned();
    let mut names = Names::default();
    for ballot in &manifest.ballots {
        if let (Some(name), Some(shown)) = (ballot.region.get(first), in_sheet_language(&ballot.region)) {
            names.regions.insert(name.clone(), shown);
        }
        if let Some(shown) = in_sheet_language(&ballot.constituency) {
            names.constituencies.insert(ballot.id.clone(), shown);
        }
    }
    names
}

/// The print plan's two files, made but not yet written.
pub struct PlanFiles {
    csv: (PathBuf, Vec<u8>),
    /// The job sheet, when it must be written (else the one on disk is current).
    pdf: (PathBuf, Option<Vec<u8>>),
    record: Option<(PathBuf, String)>,
    /// Both files as they will be on disk, for the manifest.
    pub entries: Vec<crate::output::manifest::OutputEntry>,
}

/// The plan's rows and CSV made, and whether the job sheet on disk still
/// shows them: the cheap part, which can run beside other work ([`plan`]);
/// drawing the sheet ([`Planned::finish`]) is the heavy part.
pub struct Planned {
    rows: Vec<Row>,
    names: Names,
    csv: (PathBuf, Vec<u8>),
    pdf_path: PathBuf,
    /// What the sheet is drawn from, and where that is recorded.
    drawn_from: String,
    record: Option<PathBuf>,
    /// The sheet on disk, when it shows exactly these rows.
    current_sheet: Option<Vec<u8>>,
}

/// The rows and CSV of the plan of the election in `folder`, and the job
/// sheet on disk if what it shows is unchanged; [`Planned::finish`] makes
/// `print-plan.csv` and `print-plan.pdf` from them.
pub fn plan(folder: &Path, info: &ElectionInfo, manifest: &Manifest, source_date_epoch: Option<i64>) -> Planned {
    let rows = rows(info, manifest);
    let names = names(info, manifest);
    let csv = csv(&rows, info.production.spare_percent);
    // The job sheet of a national election is a thousand pages: drawn again
    // only when what it shows changed (a one-name rebuild seldom changes it).
    let pdf_path = folder.join(PRINT_PLAN_PDF);
    let drawn_from = drawn_from(info, manifest, &rows, &names, source_date_epoch);
    let record = folder.parent().map(|out| out.join(crate::output::lock::LOCKS_DIR).join(format!("{}.print-plan", info.id)));
    // The record names the sheet's own hash: a sheet written by anything else
    // (an older version of this tool) is drawn again.
    let recorded = record.as_ref().and_then(|r| std::fs::read_to_string(r).ok());
    let current_sheet = recorded
        .as_deref()
        .and_then(|r| r.trim_end().split_once(' '))
        .filter(|(inputs, _)| *inputs == drawn_from)
        .and_then(|(_, sheet)| std::fs::read(&pdf_path).ok().filter(|bytes| crate::util::hash::sha256_hex(bytes) == sheet));
    Planned { rows, names, csv: (folder.join(PRINT_PLAN_CSV), csv), pdf_path, drawn_from, record, current_sheet }
}

impl Planned {
    /// The plan's files: the sheet on disk when current, else drawn now.
    pub fn finish(self, info: &ElectionInfo, source_date_epoch: Option<i64>) -> Result<PlanFiles, Message> {
        let Planned { rows, names, csv, pdf_path, drawn_from, record, current_sheet } = self;
        let mut entries = vec![crate::output::manifest::OutputEntry::of(PRINT_PLAN_CSV.to_owned(), &csv.1)];
        if let Some(bytes) = current_sheet {
            entries.push(crate::output::manifest::OutputEntry::of(PRINT_PLAN_PDF.to_owned(), &bytes));
            return Ok(PlanFiles { csv, pdf: (pdf_path, None), record: None, entries });
        }
        let pdf = sheet::pdf(info, &rows, &names, source_date_epoch).map_err(|e| msg!("plan-cannot-draw", path = &pdf_path, error = crate::i18n::Explain::message(&e)))?;
        entries.push(crate::output::manifest::OutputEntry::of(PRINT_PLAN_PDF.to_owned(), &pdf));
        let record = record.map(|r| (r, format!("{drawn_from} {}\n", crate::util::hash::sha256_hex(&pdf))));
        Ok(PlanFiles { csv, pdf: (pdf_path, Some(pdf)), record, entries })
    }
}

impl PlanFiles {
    /// Writes what changed.
    pub fn write(self) -> Result<(), Message> {
        let (path, csv) = self.csv;
        if std::fs::read(&path).ok().as_deref() != Some(csv.as_slice()) {
            crate::util::write::write_atomic(&path, &csv).map_err(|e| msg!("plan-cannot-write", path = &path, error = e.to_string()))?;
        }
        if let (path, Some(pdf)) = self.pdf {
            crate::util::write::write_atomic(&path, &pdf).map_err(|e| msg!("plan-cannot-write", path = &path, error = e.to_string()))?;
        }
        // After the sheet: a build killed between the two draws it again.
        if let Some((record, text)) = self.record {
            let _ = crate::util::write::write_atomic_unsynced(&record, text.as_bytes());
        }
        Ok(())
    }
}

/// A hash of everything the job sheet is drawn from: the tool and its fonts,
/// the election's settings (its quantities, stock and the sheet's language
/// too), the rows (but their proof ids, which the sheet does not show), the
/// names shown and the date stamped in.
fn drawn_from(info: &ElectionInfo, manifest: &Manifest, rows: &[Row], names: &Names, source_date_epoch: Option<i64>) -> String {
    use sha2::{Digest, Sha256};
    // The hasher is an io::Write: text formatted into it is hashed, not kept.
    use std::io::Write as _;
    let mut hasher = Sha256::new();
    // Each part but the last with its length: no two different inputs hash as one.
    let parts = [
        manifest.environment().into_bytes(),
        serde_json::to_vec(info).unwrap_or_default(),
        // Not in the election's own serialisation (it takes no part in proof ids).
        serde_json::to_vec(&info.production).unwrap_or_default(),
    ];
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    // The rows as the sheet shows them: a proof id is in the CSV, not on the
    // sheet, so a changed name alone does not draw a thousand pages again.
    // Written into the hash as they are formatted, a row at a time: the
    // country's rows as one text were 39 MB, at the build's peak of memory.
    for row in rows {
        let _ = writeln!(hasher, "{:?}", Row { proof_id: String::new(), ..row.clone() });
    }
    let _ = write!(hasher, "{names:?} {source_date_epoch:?}");
    crate::util::hash::hex(&hasher.finalize())
}

mod sheet;

#[cfg(test)]
mod tests {
    use super::{copies, natural, safe};

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
        assert_eq!(safe("Область; =1+1"), "Область; '=1+1");
        assert_eq!(safe("Жамбыл облысы"), "Жамбыл облысы");
    }

    #[test]
    fn ids_and_names_sort_in_natural_order() {
        let mut ids = vec!["district-10", "district-2", "district-1", "District-3", "district-02a", "almaty-3", "a"];
        ids.sort_by(|a, b| natural(a, b));
        assert_eq!(ids, ["a", "almaty-3", "district-1", "district-2", "district-02a", "District-3", "district-10"]);
        assert_eq!(natural("ballot-0010", "ballot-9"), std::cmp::Ordering::Greater);
        assert_eq!(natural("x-01", "x-1"), "x-01".cmp("x-1"), "equal numbers: still a total order");
    }
}
