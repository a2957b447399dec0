//! From a commission's candidate register (a spreadsheet, one row per
//! candidate) to ballot definitions: `ballot-access import REGISTER
//! --election DIR` writes one ballot file per district. Every problem is
//! reported at the cell a person edits (`register.xlsx: sheet Кандидаты, cell
//! D14 (surname_ru)`), all at once, and nothing is written until the
//! definitions the register makes pass every rule of `check`.

mod columns;
mod compose;
mod emit;
mod read;
mod sheet;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{Locale, Message};
use crate::msg;

pub use columns::{Field, TextField};
pub use read::{column_letters, Cell};

/// Where a problem is, as a person sees it in the spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CellRef {
    /// The sheet's name (none for CSV).
    pub sheet: Option<String>,
    /// Row, from 1.
    pub row: usize,
    /// Column, from 0 (A).
    pub column: usize,
    /// The column's id (`surname_ru`).
    pub field: String,
}

impl CellRef {
    /// The cell as a message: `sheet S, cell D14 (field)`.
    pub fn message(&self) -> Message {
        let cell = format!("{}{}", column_letters(self.column), self.row);
        match &self.sheet {
            Some(sheet) => msg!("reg-cell-in-sheet", sheet = sheet, cell = cell, field = &self.field),
            None => msg!("reg-cell", cell = cell, field = &self.field),
        }
    }
}

impl fmt::Display for CellRef {
    /// The cell in English; see [`CellRef::message`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().render(Locale::En))
    }
}

/// A problem with the register, located when it can be.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub struct RegisterError {
    /// The cell, when one cell is at fault.
    pub at: Option<CellRef>,
    /// What is wrong.
    pub message: Message,
    /// How to fix it.
    pub hint: Option<Message>,
}

impl crate::i18n::Explain for RegisterError {
    /// What is wrong, after the cell it is in.
    fn message(&self) -> Message {
        match &self.at {
            Some(cell) => msg!("reg-in-cell", cell = cell.message(), problem = self.message.clone()),
            None => self.message.clone(),
        }
    }

    fn hint(&self) -> Option<Message> {
        self.hint.clone()
    }
}

impl RegisterError {
    fn at(cell: &CellRef, message: Message, hint: impl Into<Option<Message>>) -> Self {
        RegisterError { at: Some(cell.clone()), message, hint: hint.into() }
    }

    fn file(message: Message, hint: impl Into<Option<Message>>) -> Self {
        RegisterError { at: None, message, hint: hint.into() }
    }

    /// A finding of `check` on a file of the election (not a cell of the
    /// register): where it is, what is wrong and its hint.
    fn diagnostic(diagnostic: &crate::diag::Diagnostic) -> Self {
        RegisterError::file(located(diagnostic), diagnostic.hint.clone())
    }

    /// The error as printed in `locale`: `FILE: sheet S, cell D14 (field): error: message`, then the hint.
    pub fn render(&self, file: &Path, locale: Locale) -> String {
        use crate::diag::terminal_safe;
        let error = msg!("label-error").render(locale);
        let message = terminal_safe(&self.message.render(locale));
        let mut out = match &self.at {
            Some(cell) => format!("{}: {}: {error}: {message}", file.display(), terminal_safe(&cell.message().render(locale))),
            None => format!("{}: {error}: {message}", file.display()),
        };
        if let Some(hint) = &self.hint {
            out.push_str(&format!("\n  = {}: {}", msg!("label-hint").render(locale), terminal_safe(&hint.render(locale))));
        }
        out
    }
}

/// A diagnostic's message with where it is: `e/election.yaml:3:5, field F: message`.
fn located(diagnostic: &crate::diag::Diagnostic) -> Message {
    let location = diagnostic.location();
    match (&diagnostic.field, location.is_empty()) {
        (Some(field), false) => msg!("reg-located-field", location = location, field = field.to_string(), problem = diagnostic.message.clone()),
        (None, false) => msg!("reg-located", location = location, problem = diagnostic.message.clone()),
        (Some(field), true) => msg!("reg-field-problem", field = field.to_string(), problem = diagnostic.message.clone()),
        (None, true) => diagnostic.message.clone(),
    }
}

/// Why a file cannot be read or written, in plain words.
fn io_reason(error: &std::io::Error) -> Message {
    match error.kind() {
        std::io::ErrorKind::NotFound => msg!("reg-io-not-found"),
        std::io::ErrorKind::PermissionDenied => msg!("reg-io-permission"),
        _ => msg!("reg-io-other", reason = error.to_string()),
    }
}

/// How ballots order their candidates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// As the register lists them (or by its `order` column).
    #[default]
    Register,
    /// By surname in the Kazakh alphabet.
    Alphabetical,
}

/// What `import` is asked to do.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// The election folder (with its `election.yaml`).
    pub election: PathBuf,
    /// A ballot definition whose contest (kind, title, instructions,
    /// against-all option) the imported ballots share; default: the
    /// election's only ballot not written by an import.
    pub contest_from: Option<PathBuf>,
    /// Candidate order.
    pub order: Order,
    /// Overwrite files changed by hand since the last import.
    pub force: bool,
    /// Columns to ignore (by heading).
    pub ignore_columns: Vec<String>,
}

/// What an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// Files written, relative to the election folder.
    pub written: Vec<String>,
    /// Files of an earlier import no longer in the register, removed.
    pub removed: Vec<String>,
}

/// The record of what the last import wrote, in the election folder: each
/// file's SHA-256, so a file edited by hand since is never overwritten.
pub const RECORD_FILE: &str = ".register-import.json";
/// The folder imported ballots are written to, inside the election folder.
pub const DISTRICTS_DIR: &str = "districts";

/// What the last import wrote into `election`: each file (relative) and its SHA-256.
pub fn read_record(election: &Path) -> BTreeMap<String, String> {
    std::fs::read(election.join(RECORD_FILE)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

/// Imports `register` into the election: every problem, or the files written.
pub fn import(register: &Path, options: &ImportOptions) -> Result<Imported, Vec<RegisterError>> {
    let info = crate::definition::load_election_info(&options.election)
        .map_err(|d| {
            // Its errors (a warning is no reason to refuse; only if there is no error, all of it).
            let errors: Vec<RegisterError> = d.0.iter().filter(|d| d.is_error()).map(RegisterError::diagnostic).collect();
            if errors.is_empty() { d.0.iter().map(RegisterError::diagnostic).collect() } else { errors }
        })?;
    let record = read_record(&options.election);
    let template = compose::template(&options.election, options.contest_from.as_deref(), &record)?;
    let sheets = read::read(register, info.languages.contains(&crate::model::Lang::Kk)).map_err(|e| vec![e])?;
    let districts = compose::districts(&sheets, &info.languages, options)?;
    let files = emit::files(&districts, &info, &template)?;

    // Every rule of `check`, on the election as it would be, mapped back to the cells.
    let election_yaml = std::fs::read_to_string(options.election.join("election.yaml")).map_err(|e| vec![RegisterError::file(msg!("reg-cannot-read", file = "election.yaml", reason = io_reason(&e)), None)])?;
    let written: std::collections::BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut others = Vec::new();
    for path in crate::definition::discover::all_ballot_files(&options.election.join("election.yaml")) {
        let relative = path.strip_prefix(&options.election).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        if written.contains(relative.as_str()) || record.contains_key(&relative) {
            continue;
        }
        others.push((relative, std::fs::read_to_string(&path).unwrap_or_default()));
    }
    compose::clashes(&districts, &others, &options.election)?;
    let mut texts: Vec<(&str, &str)> = others.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    texts.extend(files.iter().map(|f| (f.path.as_str(), f.text.as_str())));
    let loaded = crate::definition::load_from_texts(&election_yaml, &texts);
    let mut errors: Vec<RegisterError> = Vec::new();
    for diagnostic in loaded.diagnostics.0.iter().filter(|d| d.severity == crate::diag::Severity::Error) {
        errors.push(compose::locate(diagnostic, &files));
    }
    if !errors.is_empty() {
        errors.sort();
        errors.dedup();
        return Err(errors);
    }

    // Nothing written over a hand edit; files of districts no longer in the register removed.
    let mut refused = Vec::new();
    let current = |relative: &str| std::fs::read(options.election.join(relative)).ok().map(crate::util::hash::sha256_hex);
    for file in &files {
        if let Some(sha) = current(&file.path) {
            if record.get(&file.path) != Some(&sha) && sha != crate::util::hash::sha256_hex(&file.text) && !options.force {
                refused.push(file.path.clone());
            }
        }
    }
    let stale: Vec<String> = record.keys().filter(|p| !written.contains(p.as_str())).cloned().collect();
    for path in &stale {
        if current(path).is_some_and(|sha| Some(&sha) != record.get(path)) && !options.force {
            refused.push(path.clone());
        }
    }
    if !refused.is_empty() {
        return Err(refused
            .into_iter()
            .map(|p| RegisterError::file(msg!("reg-changed-by-hand", file = p), msg!("reg-changed-by-hand-hint")))
            .collect());
    }
    let mut imported = Imported::default();
    let mut new_record = BTreeMap::new();
    let targets: Vec<(PathBuf, &[u8])> = files.iter().map(|f| (options.election.join(&f.path), f.text.as_bytes())).collect();
    crate::util::write::write_all_atomic(&targets).map_err(|(path, e)| vec![RegisterError::file(msg!("reg-cannot-write", file = &path, reason = io_reason(&e)), None)])?;
    for file in &files {
        new_record.insert(file.path.clone(), crate::util::hash::sha256_hex(&file.text));
        imported.written.push(file.path.clone());
    }
    for path in stale {
        if std::fs::remove_file(options.election.join(&path)).is_ok() {
            imported.removed.push(path);
        }
    }
    let record_json = serde_json::to_vec_pretty(&new_record).unwrap_or_default();
    crate::util::write::write_atomic(&options.election.join(RECORD_FILE), &record_json).map_err(|e| vec![RegisterError::file(msg!("reg-cannot-write", file = RECORD_FILE, reason = io_reason(&e)), None)])?;
    Ok(imported)
}

pub use sheet::{export, template};

#[cfg(test)]
mod tests {
    use super::{CellRef, RegisterError};
    use crate::i18n::Locale;
    use crate::msg;
    use std::path::Path;

    #[test]
    fn errors_are_printed_at_their_cell_in_the_interface_language() {
        let cell = CellRef { sheet: Some("Кандидаты".into()), row: 14, column: 3, field: "surname_ru".into() };
        let error = RegisterError::at(&cell, msg!("reg-district-no-candidate", district = "2"), msg!("reg-district-no-candidate-hint"));
        assert_eq!(
            error.render(Path::new("r.xlsx"), Locale::En),
            "r.xlsx: sheet Кандидаты, cell D14 (surname_ru): error: district 2 has no candidate\n  = hint: add its candidates' rows"
        );
        assert_eq!(
            error.render(Path::new("r.xlsx"), Locale::Ru),
            "r.xlsx: лист Кандидаты, ячейка D14 (surname_ru): ошибка: в округе № 2 нет ни одного кандидата\n  = подсказка: добавьте строки кандидатов округа"
        );
        assert!(error.render(Path::new("r.xlsx"), Locale::Kk).starts_with("r.xlsx: Кандидаты парағы, D14 ұяшығы (surname_ru): қате: № 2 округте"));
        let file = RegisterError::file(msg!("reg-changed-by-hand", file = "districts/district-2.yaml"), None);
        assert_eq!(file.render(Path::new("r.csv"), Locale::En), "r.csv: error: districts/district-2.yaml was changed by hand since the last import");
    }
}
