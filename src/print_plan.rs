//! The print plan of an election, `print-plan.csv` (and the same as an A4
//! job sheet with totals, `print-plan.pdf`): every file to produce,
//! one row per ballot, material and language, with the device it goes to,
//! the stock, the trim size, the print scale (`print_scale_percent`, 100),
//! pages, the braille table of BRF files and the copies to make: polling
//! stations × copies per station (`production.copies`) plus the spare
//! percentage, rounded up. A ballot
//! without `polling_stations` gets no copies (empty cells, left out of the
//! totals) and is named at the top of the job sheet: a guessed quantity
//! would be printed as if it were known.
//!
//! The job sheet is for people: it is in the election's first language, or
//! in `production.language` (kk, ru or en), numbers in that language's form.
//! The CSV is for machines: its column ids and values never change with the
//! language.
//!
//! It is written from the manifest (every ballot built so far, with its
//! polling stations and paper), so a partial build still plans the whole
//! election. Semicolon-separated UTF-8 with a byte-order mark, as Excel in a
//! Kazakh or Russian locale and LibreOffice open it; a cell that a spreadsheet
//! would take for a formula is prefixed with `'`. Percentages are plain
//! numbers under a `_percent` heading: `100 %` would be read as the number 1.

use std::path::{Path, PathBuf};

use crate::i18n::{Locale, Message};
use crate::manifest::{BallotEntry, Manifest};
use crate::model::{ElectionInfo, Lang, Production};
use crate::msg;

/// File names in the election's output folder.
pub const PRINT_PLAN_CSV: &str = "print-plan.csv";
/// The same as an A4 job sheet, with totals per material and per region.
pub const PRINT_PLAN_PDF: &str = "print-plan.pdf";

/// The columns, in order.
pub const COLUMNS: [&str; 16] = [
    "region", "ballot", "proof_id", "material", "language", "file", "device", "stock", "trim_mm", "print_scale_percent", "pages",
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
    /// Polling stations that use the ballot (`None`: not given).
    pub polling_stations: Option<u32>,
    /// Copies per station.
    pub copies_per_station: u32,
    /// Copies to make (`None`: not planned, the stations are not given).
    pub copies: Option<u64>,
}

/// Copies to make: stations × per station, plus the spare percentage, rounded up.
pub fn copies(stations: u32, per_station: u32, spare_percent: f64) -> u64 {
    let base = u64::from(stations) * u64::from(per_station);
    // In hundredths of a percent, so 5 % of 20 is exactly 1.
    let spare_hundredths = (spare_percent * 100.0).round() as u64;
    base + (base * spare_hundredths).div_ceil(10_000)
}

/// The rows for every ballot of the manifest, in ballot-id order.
pub fn rows(info: &ElectionInfo, manifest: &Manifest) -> Vec<Row> {
    let mut ballots: Vec<&BallotEntry> = manifest.ballots.iter().collect();
    ballots.sort_by(|a, b| a.id.cmp(&b.id));
    let outputs: std::collections::HashSet<&str> = manifest.outputs.iter().map(|o| o.path.as_str()).collect();
    let Production { copies: per, spare_percent, .. } = info.production;
    let mut rows = Vec::new();
    for ballot in ballots {
        let stations = ballot.polling_stations;
        let first = info.languages[0].code();
        let region = ballot.region.get(first).cloned().unwrap_or_default();
        let paper = format!("{} x {}", ballot.paper_mm[0], ballot.paper_mm[1]);
        let mut row = |material: &'static str, lang: Lang, file: String, device: &'static str, stock: &'static str, trim: String, table: &'static str, per_station: u32| {
            // Only what this build actually wrote (an older manifest may lack a
            // file); an audio folder by its whole-ballot file.
            let written = if material == "audio" { format!("{file}/ballot.mp3") } else { file.clone() };
            if !outputs.contains(written.as_str()) {
                return;
            }
            rows.push(Row {
                region: region.clone(),
                ballot: ballot.id.clone(),
                proof_id: ballot.proof_id.clone(),
                material,
                language: lang.code().to_owned(),
                pages: file.strip_prefix(&format!("{}/", ballot.id)).and_then(|name| ballot.pages.get(name)).copied(),
                file,
                device,
                stock,
                trim_mm: trim,
                braille_table: table,
                polling_stations: stations,
                copies_per_station: per_station,
                copies: stations.map(|n| copies(n, per_station, spare_percent)),
            });
        };
        for &lang in &info.stencil_languages {
            let id = &ballot.id;
            row("stencil", lang, format!("{id}/stencil-{lang}.pdf"), "cutting plotter (PDF) / laser cutter (SVG)", "stencil sheet", paper.clone(), "", per.stencil);
            row("overlay", lang, format!("{id}/overlay-{lang}.pdf"), "swell-paper fuser / UV printer", "swell (microcapsule) paper", paper.clone(), "", per.overlay);
        }
        for &lang in &info.languages {
            let id = &ballot.id;
            row("large_print", lang, format!("{id}/large-print-{lang}.pdf"), "laser printer", "A4 paper", "210 x 297".into(), "", per.large_print);
            row("braille", lang, format!("{id}/braille-{lang}.brf"), "braille embosser (BRF / PEF)", "braille paper", String::new(), "North American ASCII braille (BRF, US computer braille)", per.braille);
            row("audio", lang, format!("{id}/audio/{lang}"), "audio player", "audio player or USB stick", String::new(), "", per.audio);
        }
    }
    rows
}

/// A cell a spreadsheet will not evaluate.
fn safe(cell: &str) -> String {
    crate::spreadsheet::defuse(cell)
}

/// The plan as CSV bytes.
pub fn csv(rows: &[Row], spare_percent: f64) -> Vec<u8> {
    let mut writer = crate::spreadsheet::writer();
    let _ = writer.write_record(COLUMNS);
    for r in rows {
        let pages = r.pages.map(|p| p.to_string()).unwrap_or_default();
        let record = [
            safe(&r.region), safe(&r.ballot), r.proof_id.clone(), r.material.to_owned(), r.language.clone(), safe(&r.file), r.device.to_owned(), r.stock.to_owned(),
            r.trim_mm.clone(), if r.material == "audio" { String::new() } else { "100".to_owned() }, pages, r.braille_table.to_owned(),
            r.polling_stations.map(|n| n.to_string()).unwrap_or_default(), r.copies_per_station.to_string(), spare_percent.to_string(), r.copies.map(|n| n.to_string()).unwrap_or_default(),
        ];
        let _ = writer.write_record(&record);
    }
    writer.into_inner().unwrap_or_default()
}

/// Copies per material, in plan order (stencil, overlay, large print, braille,
/// audio); rows without planned copies add nothing.
pub fn totals_by_material(rows: &[Row]) -> Vec<(&'static str, u64)> {
    let mut totals: Vec<(&'static str, u64)> = Vec::new();
    for row in rows {
        let copies = row.copies.unwrap_or(0);
        match totals.iter_mut().find(|(m, _)| *m == row.material) {
            Some((_, n)) => *n += copies,
            None => totals.push((row.material, copies)),
        }
    }
    totals
}

/// The ballots whose copies are not planned (no `polling_stations`), sorted.
pub fn unplanned_ballots(rows: &[Row]) -> Vec<&str> {
    let mut ids: Vec<&str> = rows.iter().filter(|r| r.copies.is_none()).map(|r| r.ballot.as_str()).collect();
    ids.dedup();
    ids
}

/// Copies per region and material, regions sorted (no region: empty name).
pub fn totals_by_region(rows: &[Row]) -> std::collections::BTreeMap<String, Vec<(&'static str, u64)>> {
    let mut by_region: std::collections::BTreeMap<String, Vec<Row>> = std::collections::BTreeMap::new();
    for row in rows {
        by_region.entry(row.region.clone()).or_default().push(row.clone());
    }
    by_region.into_iter().map(|(region, rows)| (region, totals_by_material(&rows))).collect()
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

/// Region names on the job sheet: each ballot's region in the sheet's
/// language (else its first language's), by its first language's name, the
/// name the rows carry.
fn region_names(info: &ElectionInfo, manifest: &Manifest) -> std::collections::BTreeMap<String, String> {
    let (first, shown) = (info.languages[0].code(), sheet_language(info).code());
    manifest
        .ballots
        .iter()
        .filter_map(|b| {
            let name = b.region.get(first)?;
            Some((name.clone(), b.region.get(shown).unwrap_or(name).clone()))
        })
        .collect()
}

/// The print plan's two files, made but not yet written.
pub struct PlanFiles {
    csv: (PathBuf, Vec<u8>),
    /// The job sheet, when it must be written (else the one on disk is current).
    pdf: (PathBuf, Option<Vec<u8>>),
    record: Option<(PathBuf, String)>,
    /// Both files as they will be on disk, for the manifest.
    pub entries: Vec<crate::manifest::OutputEntry>,
}

/// Makes `print-plan.csv` and `print-plan.pdf` of the election in `folder`,
/// reusing the job sheet on disk when what it shows is unchanged.
pub fn prepare(folder: &Path, info: &ElectionInfo, manifest: &Manifest, source_date_epoch: Option<i64>) -> Result<PlanFiles, Message> {
    use crate::manifest::OutputEntry;
    let rows = rows(info, manifest);
    let regions = region_names(info, manifest);
    let csv = csv(&rows, info.production.spare_percent);
    let mut entries = vec![OutputEntry::of(PRINT_PLAN_CSV.to_owned(), &csv)];
    // The job sheet of a national election is a thousand pages: drawn again
    // only when what it shows changed (a one-name rebuild seldom changes it).
    let path = folder.join(PRINT_PLAN_PDF);
    let drawn_from = drawn_from(info, manifest, &rows, &regions, source_date_epoch);
    let record = folder.parent().map(|out| out.join(crate::write::LOCKS_DIR).join(format!("{}.print-plan", info.id)));
    // The record names the sheet's own hash: a sheet written by anything else
    // (an older version of this tool) is drawn again.
    let recorded = record.as_ref().and_then(|r| std::fs::read_to_string(r).ok());
    if let Some((inputs, sheet)) = recorded.as_deref().and_then(|r| r.trim_end().split_once(' ')) {
        if inputs == drawn_from {
            if let Some(bytes) = std::fs::read(&path).ok().filter(|bytes| crate::hash::sha256_hex(bytes) == sheet) {
                entries.push(OutputEntry::of(PRINT_PLAN_PDF.to_owned(), &bytes));
                return Ok(PlanFiles { csv: (folder.join(PRINT_PLAN_CSV), csv), pdf: (path, None), record: None, entries });
            }
        }
    }
    let pdf = sheet::pdf(info, &rows, &regions, source_date_epoch).map_err(|e| msg!("plan-cannot-draw", path = &path, error = e.0))?;
    entries.push(OutputEntry::of(PRINT_PLAN_PDF.to_owned(), &pdf));
    let record = record.map(|r| (r, format!("{drawn_from} {}\n", crate::hash::sha256_hex(&pdf))));
    Ok(PlanFiles { csv: (folder.join(PRINT_PLAN_CSV), csv), pdf: (path, Some(pdf)), record, entries })
}

impl PlanFiles {
    /// Writes what changed.
    pub fn write(self) -> Result<(), Message> {
        let (path, csv) = self.csv;
        if std::fs::read(&path).ok().as_deref() != Some(csv.as_slice()) {
            crate::write::write_atomic(&path, &csv).map_err(|e| msg!("plan-cannot-write", path = &path, error = e.to_string()))?;
        }
        if let (path, Some(pdf)) = self.pdf {
            crate::write::write_atomic(&path, &pdf).map_err(|e| msg!("plan-cannot-write", path = &path, error = e.to_string()))?;
        }
        // After the sheet: a build killed between the two draws it again.
        if let Some((record, text)) = self.record {
            let _ = crate::write::write_atomic_unsynced(&record, text.as_bytes());
        }
        Ok(())
    }
}

/// A hash of everything the job sheet is drawn from: the tool and its fonts,
/// the election's settings (its quantities and the sheet's language too), the
/// rows, the region names shown and the date stamped in.
fn drawn_from(info: &ElectionInfo, manifest: &Manifest, rows: &[Row], regions: &std::collections::BTreeMap<String, String>, source_date_epoch: Option<i64>) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    // Each part with its length: no two different inputs hash as one.
    let parts = [
        manifest.environment().into_bytes(),
        serde_json::to_vec(info).unwrap_or_default(),
        // Not in the election's own serialisation (it takes no part in proof ids).
        serde_json::to_vec(&info.production).unwrap_or_default(),
        format!("{rows:?} {regions:?} {source_date_epoch:?}").into_bytes(),
    ];
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    crate::hash::hex(&hasher.finalize())
}

mod sheet {
    //! `print-plan.pdf`: the plan as an A4 job sheet in the sheet's language:
    //! totals per material (with the device and stock of each) and per region
    //! first, then every row, 10 pt type.

    use std::collections::BTreeMap;

    use krilla::geom::PathBuilder;
    use krilla::page::PageSettings;
    use krilla::paint::{Fill, Stroke};
    use krilla::surface::Surface;
    use krilla::{Document, SerializeSettings};

    use super::{locale_of, sheet_language, totals_by_material, totals_by_region, unplanned_ballots, Row};
    use crate::draw::pdf::{draw_text, metadata};
    use crate::draw::pt;
    use crate::fonts::{text_width, Weight};
    use crate::i18n::{group_thousands, Message};
    use crate::model::ElectionInfo;
    use crate::msg;
    use crate::render::RenderError;

    const SIZE: f32 = 10.0;
    const LEADING: f32 = 14.0;
    const LEFT_MM: f64 = 15.0;
    const RIGHT_MM: f64 = 195.0;
    /// Where a material's device and stock start, under its name.
    const INDENT_MM: f64 = 20.0;
    /// Between two columns.
    const GAP_MM: f64 = 4.0;
    const TOP_MM: f64 = 15.0;
    const BOTTOM_MM: f64 = 282.0;

    /// A cell: its text from `x` mm, or ending at `x` mm (numbers).
    struct Cell {
        x: f64,
        text: String,
        right: bool,
    }

    fn left(x: f64, text: String) -> Cell {
        Cell { x, text, right: false }
    }

    fn right(x: f64, text: String) -> Cell {
        Cell { x, text, right: true }
    }

    /// One line of the sheet: its cells, whether bold, whether ruled below.
    struct TextLine {
        cells: Vec<Cell>,
        bold: bool,
        rule: bool,
    }

    fn line(cells: Vec<Cell>, bold: bool) -> TextLine {
        TextLine { cells, bold, rule: false }
    }

    fn weight(bold: bool) -> Weight {
        if bold { Weight::Bold } else { Weight::Regular }
    }

    /// The width of a text in millimetres.
    fn width_mm(text: &str, weight: Weight) -> f64 {
        f64::from(text_width(text, weight, SIZE)) / crate::draw::PT_PER_MM
    }

    /// A cell cut to fit `width` mm.
    fn fit(text: &str, width_mm: f64, weight: Weight) -> String {
        let max = (width_mm * crate::draw::PT_PER_MM) as f32;
        if text_width(text, weight, SIZE) <= max {
            return text.to_owned();
        }
        // Characters while they and the ellipsis fit, each measured once (a
        // national plan has tens of thousands of cells).
        let mut width = text_width("…", weight, SIZE);
        let mut out = String::new();
        for c in text.chars() {
            width += text_width(c.encode_utf8(&mut [0; 4]), weight, SIZE);
            if width > max {
                break;
            }
            out.push(c);
        }
        format!("{out}…")
    }

    /// A text as lines from `x` mm to the right margin, broken at spaces (not
    /// at the no-break spaces inside numbers); a word wider than a line is cut.
    fn paragraph(lines: &mut Vec<TextLine>, text: &str, x: f64, bold: bool) {
        let (width, weight) = (RIGHT_MM - x, weight(bold));
        let mut current = String::new();
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            let next = if current.is_empty() { word.to_owned() } else { format!("{current} {word}") };
            if !current.is_empty() && width_mm(&next, weight) > width {
                lines.push(line(vec![left(x, fit(&current, width, weight))], bold));
                current = word.to_owned();
            } else {
                current = next;
            }
        }
        lines.push(line(vec![left(x, fit(&current, width, weight))], bold));
    }

    /// The widest of a bold heading and its regular cells, in millimetres.
    fn widest(head: &str, cells: impl IntoIterator<Item = String>) -> f64 {
        cells.into_iter().map(|c| width_mm(&c, Weight::Regular)).fold(width_mm(head, Weight::Bold), f64::max)
    }

    /// The sheet's words for a material of the plan.
    struct Words {
        name: Message,
        device: Message,
        stock: Message,
    }

    fn words(material: &str) -> Words {
        let (name, device, stock) = match material {
            "stencil" => (msg!("plan-material-stencil"), msg!("plan-device-stencil"), msg!("plan-stock-stencil")),
            "overlay" => (msg!("plan-material-overlay"), msg!("plan-device-overlay"), msg!("plan-stock-overlay")),
            "large_print" => (msg!("plan-material-large-print"), msg!("plan-device-large-print"), msg!("plan-stock-large-print")),
            "braille" => (msg!("plan-material-braille"), msg!("plan-device-braille"), msg!("plan-stock-braille")),
            // "audio", the last of the five materials `rows` plans.
            _ => (msg!("plan-material-audio"), msg!("plan-device-audio"), msg!("plan-stock-audio")),
        };
        Words { name, device, stock }
    }

    pub(super) fn pdf(info: &ElectionInfo, rows: &[Row], regions: &BTreeMap<String, String>, source_date_epoch: Option<i64>) -> Result<Vec<u8>, RenderError> {
        let lang = sheet_language(info);
        let locale = locale_of(lang);
        let say = |message: Message| message.render(locale);
        let number = |n: u64| group_thousands(i64::try_from(n).unwrap_or(i64::MAX), locale);
        let mut lines = Vec::new();
        paragraph(&mut lines, &say(msg!("plan-sheet-title", title = info.title.get(lang))), LEFT_MM, true);
        paragraph(&mut lines, &say(msg!("plan-sheet-subtitle", date = info.date.to_string(), election = &info.id)), LEFT_MM, false);
        paragraph(&mut lines, &say(msg!("plan-sheet-copies-rule", spare = info.production.spare_percent)), LEFT_MM, false);
        // Stencils are cut by the thousand: their registration proof is checked first.
        if rows.iter().any(|r| r.material == "stencil") {
            paragraph(&mut lines, &say(msg!("plan-sheet-proof-first")), LEFT_MM, true);
        }
        lines.push(line(vec![], false));
        let unplanned = unplanned_ballots(rows);
        if !unplanned.is_empty() {
            // Before the totals, which leave these ballots out.
            paragraph(&mut lines, &say(msg!("plan-sheet-not-planned", count = unplanned.len())), LEFT_MM, true);
            paragraph(&mut lines, &unplanned.join(", "), LEFT_MM, false);
            lines.push(line(vec![], false));
        }
        // Per material: its total, then what makes it and on what.
        let totals = totals_by_material(rows);
        let copies = say(msg!("plan-sheet-column-copies"));
        lines.push(line(vec![left(LEFT_MM, say(msg!("plan-sheet-totals-per-material"))), right(RIGHT_MM, copies.clone())], true));
        for (material, total) in &totals {
            let Words { name, device, stock } = words(material);
            lines.push(line(vec![left(LEFT_MM, say(name)), right(RIGHT_MM, number(*total))], false));
            paragraph(&mut lines, &say(msg!("plan-sheet-device-and-stock", device = device, stock = stock)), INDENT_MM, false);
        }
        lines.push(line(vec![], false));
        // Per region: a column per material, as wide as its name or its
        // national total (no region's is wider), numbers ending at its edge.
        let names: Vec<String> = totals.iter().map(|(m, _)| say(words(m).name)).collect();
        let mut edges = vec![RIGHT_MM; totals.len()];
        let mut edge = RIGHT_MM;
        for i in (0..totals.len()).rev() {
            edges[i] = edge;
            edge -= width_mm(&names[i], Weight::Bold).max(width_mm(&number(totals[i].1), Weight::Regular)) + GAP_MM;
        }
        let region_width = (edge - LEFT_MM).max(20.0);
        let mut header = vec![left(LEFT_MM, fit(&say(msg!("plan-sheet-totals-per-region")), region_width, Weight::Bold))];
        header.extend(names.iter().zip(&edges).map(|(name, x)| right(*x, name.clone())));
        lines.push(line(header, true));
        let no_region = say(msg!("plan-sheet-no-region"));
        let mut by_region: Vec<(String, Vec<(&str, u64)>)> = totals_by_region(rows)
            .into_iter()
            .map(|(region, totals)| (if region.is_empty() { no_region.clone() } else { regions.get(&region).cloned().unwrap_or(region) }, totals))
            .collect();
        by_region.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, region_totals) in by_region {
            let mut cells = vec![left(LEFT_MM, fit(&name, region_width, Weight::Regular))];
            for ((material, _), x) in totals.iter().zip(&edges) {
                let n = region_totals.iter().find(|(m, _)| m == material).map_or(0, |t| t.1);
                cells.push(right(*x, number(n)));
            }
            lines.push(line(cells, false));
        }
        lines.push(line(vec![], false));
        // Every row: ballot, material, language, file, pages, copies.
        let heads = [
            say(msg!("plan-sheet-column-ballot")),
            say(msg!("plan-sheet-column-material")),
            say(msg!("plan-sheet-column-language")),
            say(msg!("plan-sheet-column-file")),
            say(msg!("plan-sheet-column-pages")),
            copies,
        ];
        let not_planned = say(msg!("plan-sheet-not-planned-cell"));
        // Each column as wide as its heading or its widest cell.
        let material_x = LEFT_MM + 30.0;
        let language_x = material_x + widest(&heads[1], names.iter().cloned()) + GAP_MM;
        let codes: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.language.as_str()).collect();
        let file_x = language_x + widest(&heads[2], codes.into_iter().map(str::to_owned)) + GAP_MM;
        let most_copies = rows.iter().filter_map(|r| r.copies).max().map(number);
        let unplanned_cell = rows.iter().any(|r| r.copies.is_none()).then(|| not_planned.clone());
        let pages_x = RIGHT_MM - widest(&heads[5], most_copies.into_iter().chain(unplanned_cell)) - GAP_MM;
        let most_pages = rows.iter().filter_map(|r| r.pages).max().map(|p| number(p as u64));
        let file_width = (pages_x - widest(&heads[4], most_pages) - GAP_MM - file_x).max(20.0);
        let mut header = vec![left(LEFT_MM, fit(&heads[0], 29.0, Weight::Bold)), left(material_x, heads[1].clone()), left(language_x, heads[2].clone()), left(file_x, heads[3].clone())];
        header.extend([right(pages_x, heads[4].clone()), right(RIGHT_MM, heads[5].clone())]);
        lines.push(line(header, true));
        lines.last_mut().expect("a line").rule = true;
        for r in rows {
            let file = r.file.split_once('/').map_or(r.file.as_str(), |(_, f)| f);
            let name = names.iter().zip(&totals).find(|(_, (m, _))| *m == r.material).map_or_else(String::new, |(n, _)| n.clone());
            lines.push(line(
                vec![
                    left(LEFT_MM, fit(&r.ballot, 29.0, Weight::Regular)),
                    left(material_x, name),
                    left(language_x, r.language.clone()),
                    left(file_x, fit(file, file_width, Weight::Regular)),
                    right(pages_x, r.pages.map(|p| number(p as u64)).unwrap_or_default()),
                    right(RIGHT_MM, r.copies.map_or_else(|| not_planned.clone(), number)),
                ],
                false,
            ));
        }
        let mut document = Document::new_with(SerializeSettings { compress_content_streams: true, ..SerializeSettings::default() });
        let per_page = ((BOTTOM_MM - TOP_MM) * crate::draw::PT_PER_MM / f64::from(LEADING)) as usize;
        for chunk in lines.chunks(per_page.max(1)) {
            let settings = PageSettings::from_wh(pt(210.0), pt(297.0)).ok_or_else(|| RenderError("invalid page size".into()))?;
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            draw(&mut surface, chunk);
            surface.finish();
            page.finish();
        }
        document.set_metadata(metadata(say(msg!("plan-sheet-document-title", election = &info.id)), lang.code(), source_date_epoch));
        document.finish().map_err(|e| RenderError(format!("PDF export failed: {e:?}")))
    }

    fn draw(surface: &mut Surface, lines: &[TextLine]) {
        surface.set_fill(Some(Fill::default()));
        let mut baseline = pt(TOP_MM) + SIZE;
        for l in lines {
            let weight = weight(l.bold);
            for cell in l.cells.iter().filter(|c| !c.text.is_empty()) {
                let x = if cell.right { pt(cell.x) - text_width(&cell.text, weight, SIZE) } else { pt(cell.x) };
                draw_text(surface, x, baseline, SIZE, weight, &cell.text);
            }
            if l.rule {
                let mut path = PathBuilder::new();
                path.move_to(pt(LEFT_MM), baseline + 3.0);
                path.line_to(pt(RIGHT_MM), baseline + 3.0);
                if let Some(path) = path.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(Stroke { width: 0.5, ..Stroke::default() }));
                    surface.draw_path(&path);
                    surface.set_stroke(None);
                    surface.set_fill(Some(Fill::default()));
                }
            }
            baseline += LEADING;
        }
    }
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
        assert_eq!(safe("Область; =1+1"), "Область; '=1+1");
        assert_eq!(safe("Жамбыл облысы"), "Жамбыл облысы");
    }
}
