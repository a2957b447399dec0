//! Districts to definition text: one YAML file per district, every text
//! double-quoted, remembering which cell each written line came from so
//! `check`'s findings point at the spreadsheet.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::compose::{District, File, Sourced};
use super::{CellRef, RegisterError};
use crate::model::{Ballot, ElectionInfo, Lang};

/// A YAML double-quoted scalar (every text, so nothing in it is read as YAML).
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Builds a file line by line, remembering each line's cells: the column
/// (from 1) where each cell's part starts.
struct Writer {
    text: String,
    line: usize,
    lines: BTreeMap<usize, Vec<(usize, CellRef)>>,
}

impl Writer {
    fn line(&mut self, text: &str, cell: Option<&CellRef>) {
        self.line += 1;
        if let Some(cell) = cell {
            self.lines.insert(self.line, vec![(1, cell.clone())]);
        }
        self.text.push_str(text);
        self.text.push('\n');
    }

    fn texts(&mut self, indent: &str, key: &str, texts: &BTreeMap<Lang, Sourced>, languages: &[Lang]) {
        self.line(&format!("{indent}{key}:"), None);
        for lang in languages {
            if let Some(t) = texts.get(lang) {
                let prefix = format!("{indent}  {lang}: \"");
                self.line(&format!("{indent}  {lang}: {}", quoted(&t.text)), None);
                let start = prefix.chars().count() + 1;
                self.lines.insert(self.line, t.cells.iter().map(|(at, cell)| (start + at, cell.clone())).collect());
            }
        }
    }

    fn model_text(&mut self, indent: &str, key: &str, text: &crate::model::Text) {
        self.line(&format!("{indent}{key}:"), None);
        for (lang, t) in &text.0 {
            self.line(&format!("{indent}  {lang}: {}", quoted(t)), None);
        }
    }
}

/// The definition file of each district.
pub fn files(districts: &[District], info: &ElectionInfo, template: &Ballot) -> Result<Vec<File>, Vec<RegisterError>> {
    let kind = match template.contest.kind {
        crate::model::ContestKind::Candidates => "candidates",
        crate::model::ContestKind::Parties => "parties",
        crate::model::ContestKind::Question => "question",
    };
    let against_all = template.contest.options.iter().find(|o| o.against_all);
    let mut files = Vec::new();
    for district in districts {
        let id = format!("district-{}", district.number);
        let mut w = Writer { text: String::new(), line: 0, lines: BTreeMap::new() };
        // Not the register's file name: the same register saved under another name or format writes the same bytes.
        w.line("# Written by `ballot-access import` from the candidate register; change the register and import again.", None);
        w.line(&format!("id: {id}"), None);
        w.line("constituency:", None);
        w.line(&format!("  number: {}", district.number), Some(&district.number_cell));
        w.texts("  ", "name", &district.name, &info.languages);
        if !district.region.is_empty() {
            w.texts("  ", "region", &district.region, &info.languages);
        }
        w.line("contest:", None);
        w.line(&format!("  kind: {kind}"), None);
        w.model_text("  ", "title", &template.contest.title);
        w.model_text("  ", "instructions", &template.contest.instructions);
        w.line("  options:", None);
        for c in &district.candidates {
            w.line("    -", c.name.values().next().and_then(Sourced::first_cell));
            w.texts("      ", "name", &c.name, &info.languages);
            if !c.details.is_empty() {
                w.texts("      ", "details", &c.details, &info.languages);
            }
            if !c.label.is_empty() {
                w.texts("      ", "label", &c.label, &info.languages);
            }
        }
        if let Some(option) = against_all {
            w.line("    -", None);
            w.model_text("      ", "name", &option.name);
            if let Some(label) = &option.label {
                w.model_text("      ", "label", label);
            }
            w.line("      against_all: true", None);
        }
        if let Some(n) = district.polling_stations {
            w.line(&format!("polling_stations: {n}"), district.stations_cell.as_ref());
        }
        files.push(File { path: format!("{}/{id}.yaml", super::DISTRICTS_DIR), text: w.text, lines: w.lines, district_cell: district.number_cell.clone() });
    }
    Ok(files)
}
