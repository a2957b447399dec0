//! Rows to districts to definition text, remembering which cell each
//! written line came from so `check`'s findings point at the spreadsheet.

use std::collections::BTreeMap;
use std::path::Path;

use super::columns::{Field, TextField};
use super::read::{Cell, Sheet};
use super::{CellRef, ImportOptions, Order, RegisterError};
use crate::i18n::Message;
use crate::model::{Ballot, Lang};
use crate::msg;

/// A text from the register and the cells it was made from, each with the
/// character where its part of the text starts.
#[derive(Clone, Debug)]
pub struct Sourced {
    pub(super) text: String,
    pub(super) cells: Vec<(usize, CellRef)>,
}

impl Sourced {
    pub(super) fn one(text: String, cell: CellRef) -> Sourced {
        Sourced { text, cells: vec![(0, cell)] }
    }

    /// Parts joined with `separator`, each keeping its cells.
    pub(super) fn joined(parts: &[&Sourced], separator: &str) -> Sourced {
        let mut joined = Sourced { text: String::new(), cells: Vec::new() };
        for part in parts {
            if !joined.text.is_empty() {
                joined.text.push_str(separator);
            }
            let start = joined.text.chars().count();
            joined.cells.extend(part.cells.iter().map(|(at, cell)| (start + at, cell.clone())));
            joined.text.push_str(&part.text);
        }
        joined
    }

    pub(super) fn first_cell(&self) -> Option<&CellRef> {
        self.cells.first().map(|(_, c)| c)
    }
}

/// One candidate row.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub(super) row: usize,
    pub(super) name: BTreeMap<Lang, Sourced>,
    pub(super) details: BTreeMap<Lang, Sourced>,
    pub(super) label: BTreeMap<Lang, Sourced>,
    /// Surname (or the name's first word) in the first language, for sorting.
    pub(super) sort_key: String,
    pub(super) birth_year: Option<i64>,
    pub(super) order: Option<(i64, CellRef)>,
    pub(super) first_cell: CellRef,
}

/// One district with its candidates in register order.
#[derive(Clone, Debug)]
pub struct District {
    pub(super) number: u32,
    pub(super) number_cell: CellRef,
    pub(super) name: BTreeMap<Lang, Sourced>,
    pub(super) region: BTreeMap<Lang, Sourced>,
    pub(super) polling_stations: Option<u32>,
    pub(super) stations_cell: Option<CellRef>,
    pub(super) candidates: Vec<Candidate>,
}

/// A definition file the import would write, with the cell of each line.
#[derive(Clone, Debug)]
pub struct File {
    /// Relative to the election folder.
    pub path: String,
    /// Its text.
    pub text: String,
    pub(super) lines: BTreeMap<usize, Vec<(usize, CellRef)>>,
    /// Where a finding on a line from no cell (the contest, the layout) is shown: the district's number.
    pub(super) district_cell: CellRef,
}

/// The contest the imported ballots share, from a ballot of the election.
pub fn template(election: &Path, contest_from: Option<&Path>, record: &BTreeMap<String, String>) -> Result<Ballot, Vec<RegisterError>> {
    let loaded = crate::definition::load(&[election.to_path_buf()]);
    let hint = || msg!("reg-contest-source-hint");
    let Some(found) = loaded.elections.into_iter().next() else {
        let message = match loaded.diagnostics.0.iter().find(|d| d.severity == crate::diag::Severity::Error) {
            Some(first) => msg!("reg-election-fails-check", folder = election, problem = super::located(first)),
            None => msg!("reg-election-fails-check-plain", folder = election),
        };
        return Err(vec![RegisterError::file(message, msg!("reg-election-fails-check-hint"))]);
    };
    if let Some(path) = contest_from {
        // Any ballot file, of this election or another (last election's, an example).
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let wanted = canonical(path);
        let loaded = crate::definition::load(&[path.to_path_buf()]);
        let ballot = loaded.elections.into_iter().flat_map(|e| e.ballots).find(|b| canonical(&b.source) == wanted);
        return ballot.ok_or_else(|| vec![RegisterError::file(msg!("reg-contest-from-not-ballot", file = path), msg!("reg-contest-from-not-ballot-hint"))]);
    }
    let relative = |b: &Ballot| b.source.strip_prefix(election).unwrap_or(&b.source).to_string_lossy().replace('\\', "/");
    // Only a contest of candidates, written by hand; more than one such contest is a choice to make.
    let mut hand: Vec<Ballot> = found.ballots.into_iter().filter(|b| !record.contains_key(&relative(b)) && b.contest.kind == crate::model::ContestKind::Candidates).collect();
    hand.sort_by(|a, b| a.source.cmp(&b.source));
    let Some(first) = hand.first() else {
        return Err(vec![RegisterError::file(msg!("reg-no-contest-ballot"), hint())]);
    };
    if let Some(other) = hand.iter().find(|b| b.contest.title != first.contest.title || b.contest.instructions != first.contest.instructions) {
        return Err(vec![RegisterError::file(msg!("reg-several-contests", first = relative(first), other = relative(other)), msg!("reg-several-contests-hint"))]);
    }
    Ok(hand.remove(0))
}

/// A number column's cell: a whole number, nothing, or what is wrong with it
/// (`what` names the value: `msg!("reg-what-birth-year")`).
fn whole_number(cell: &Cell, at: &CellRef, what: Message) -> Result<Option<i64>, RegisterError> {
    let hint = || msg!("reg-not-whole-number-hint");
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e12 => Ok(Some(*n as i64)),
        Cell::Number(n) => Err(RegisterError::at(at, msg!("reg-not-whole-number", what = what, value = n.to_string()), hint())),
        Cell::Text(t) => {
            let t = t.trim_matches(|c: char| c.is_whitespace());
            if t.contains(['e', 'E']) && t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                return Err(RegisterError::at(at, msg!("reg-scientific-notation", what = what, value = format!("{t:?}")), msg!("reg-scientific-notation-hint")));
            }
            t.parse().map(Some).map_err(|_| RegisterError::at(at, msg!("reg-not-whole-number", what = what, value = format!("{t:?}")), hint()))
        }
        Cell::Date(d) => Err(RegisterError::at(at, msg!("reg-number-became-date", what = what, date = d), msg!("reg-number-became-date-hint"))),
        Cell::Error(e) => Err(RegisterError::at(at, msg!("reg-spreadsheet-error", error = e), msg!("reg-spreadsheet-error-hint"))),
    }
}

fn text_of(cell: &Cell, at: &CellRef) -> Result<Option<String>, RegisterError> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Text(t) => {
            // Leading and trailing spaces (a non-breaking one too) are trimmed; inside a text they are an error.
            let trimmed = t.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
            if trimmed.is_empty() {
                return Ok(None);
            }
            if trimmed.contains('\u{a0}') {
                return Err(RegisterError::at(at, msg!("reg-non-breaking-space", value = format!("{trimmed:?}")), msg!("reg-non-breaking-space-hint")));
            }
            if trimmed.contains("  ") {
                return Err(RegisterError::at(at, msg!("reg-double-space", value = format!("{trimmed:?}")), msg!("reg-double-space-hint")));
            }
            if trimmed.chars().any(char::is_control) {
                let value = format!("{trimmed:?}");
                return Err(if trimmed.contains(['\n', '\r']) {
                    RegisterError::at(at, msg!("reg-line-break", value = value), msg!("reg-line-break-hint"))
                } else {
                    RegisterError::at(at, msg!("reg-invisible-character", value = value), msg!("reg-invisible-character-hint"))
                });
            }
            // What people type for "nothing" would be printed and spoken as it is.
            if PLACEHOLDERS.contains(&trimmed.to_lowercase().as_str()) {
                return Err(RegisterError::at(at, msg!("reg-placeholder", value = format!("{trimmed:?}")), msg!("reg-placeholder-hint")));
            }
            Ok(Some(trimmed.to_owned()))
        }
        Cell::Number(n) => Err(RegisterError::at(at, msg!("reg-number-for-text", value = n.to_string()), msg!("reg-retype-as-text-hint"))),
        Cell::Date(d) => Err(RegisterError::at(at, msg!("reg-text-became-date", date = d), msg!("reg-retype-as-text-hint"))),
        Cell::Error(e) => Err(RegisterError::at(at, msg!("reg-spreadsheet-error", error = e), msg!("reg-spreadsheet-error-hint"))),
    }
}

/// The years a candidate can be born in (the template's validation allows the same).
pub(super) const BIRTH_YEARS: std::ops::RangeInclusive<i64> = 1900..=2010;

/// What people type in a cell to mean "nothing".
const PLACEHOLDERS: [&str; 13] = ["-", "--", "—", "–", "нет", "н/д", "жоқ", "n/a", "na", "none", "?", "0", "x"];

/// The name of the template's example row (a register that still holds it would print it).
const EXAMPLE_SURNAMES: [&str; 3] = ["ҮЛГІБАЕВ", "УЛГИБАЕВ", "ULGIBAYEV"];

/// A sheet's index, its header row's index and the column of each field.
type SheetColumns = (usize, usize, BTreeMap<Field, usize>);

/// The register's header row and columns: the first sheet whose first non-empty row names a district number.
fn columns(sheets: &[Sheet], languages: &[Lang], options: &ImportOptions) -> Result<Vec<SheetColumns>, Vec<RegisterError>> {
    let mut found_sheets = Vec::new();
    let mut errors = Vec::new();
    for (s, sheet) in sheets.iter().enumerate() {
        let Some(header) = sheet.rows.iter().position(|r| r.iter().any(|c| *c != Cell::Empty)) else { continue };
        let mut found = BTreeMap::new();
        let mut sheet_errors = Vec::new();
        let ignored = |heading: &str| options.ignore_columns.iter().any(|i| i.trim().to_lowercase() == heading.trim().to_lowercase());
        for (c, cell) in sheet.rows[header].iter().enumerate() {
            let heading = cell.shown();
            if heading.trim().is_empty() || ignored(&heading) {
                continue;
            }
            let at = CellRef { sheet: sheet.name.clone(), row: header + 1, column: c, field: heading.trim().to_owned() };
            match Field::from_heading(&heading, languages) {
                Some(field) if found.contains_key(&field) => sheet_errors.push(RegisterError::at(&at, msg!("reg-second-column", column = field.id()), msg!("reg-second-column-hint"))),
                Some(field) => {
                    found.insert(field, c);
                }
                None => sheet_errors.push(RegisterError::at(&at, msg!("reg-unknown-column", heading = format!("{:?}", heading.trim())), msg!("reg-unknown-column-hint", heading = format!("{:?}", heading.trim())))),
            }
        }
        // A sheet of something else (notes, an old list under other headings) is not the register.
        if !found.contains_key(&Field::DistrictNumber) {
            continue;
        }
        for &lang in languages {
            let has = |t: TextField| found.contains_key(&Field::Text(t, lang));
            let mut missing = Vec::new();
            let lang_code = lang.to_string();
            if !has(TextField::DistrictName) {
                missing.push(match &sheet.name {
                    Some(name) => msg!("reg-no-district-name-column-in-sheet", lang = &lang_code, sheet = name),
                    None => msg!("reg-no-district-name-column", lang = &lang_code),
                });
            }
            if !(has(TextField::FullName) || has(TextField::Surname) && has(TextField::Name)) {
                missing.push(match &sheet.name {
                    Some(name) => msg!("reg-no-name-columns-in-sheet", lang = &lang_code, sheet = name),
                    None => msg!("reg-no-name-columns", lang = &lang_code),
                });
            }
            for m in missing {
                sheet_errors.push(RegisterError::file(m, msg!("reg-missing-column-hint")));
            }
        }
        errors.extend(sheet_errors);
        found_sheets.push((s, header, found));
    }
    if found_sheets.is_empty() {
        return Err(vec![RegisterError::file(msg!("reg-no-header-row"), msg!("reg-no-header-row-hint"))]);
    }
    // Every sheet of the register is read (a register split by region is one register).
    if errors.is_empty() { Ok(found_sheets) } else { Err(errors) }
}

/// The register's districts, each with its candidates, or every problem found in its cells.
pub fn districts(sheets: &[Sheet], languages: &[Lang], options: &ImportOptions) -> Result<Vec<District>, Vec<RegisterError>> {
    let mut errors = Vec::new();
    let mut districts: Vec<District> = Vec::new();
    for (s, header, found) in columns(sheets, languages, options)? {
    let sheet = &sheets[s];
    for (r, row) in sheet.rows.iter().enumerate().skip(header + 1) {
        if row.iter().all(|c| matches!(c, Cell::Empty) || matches!(c, Cell::Text(t) if t.trim().is_empty())) {
            continue;
        }
        let at = |field: Field| CellRef { sheet: sheet.name.clone(), row: r + 1, column: found.get(&field).copied().unwrap_or(0), field: field.id() };
        let cell = |field: Field| found.get(&field).and_then(|&c| row.get(c)).cloned().unwrap_or(Cell::Empty);
        let mut bad_number = false;
        let mut number = |field: Field, what: Message| whole_number(&cell(field), &at(field), what).unwrap_or_else(|e| {
            errors.push(e);
            bad_number |= field == Field::DistrictNumber;
            None
        });
        let district = number(Field::DistrictNumber, msg!("reg-what-district-number"));
        let stations = number(Field::PollingStations, msg!("reg-what-polling-stations"));
        let birth_year = number(Field::BirthYear, msg!("reg-what-birth-year"));
        let order = number(Field::Order, msg!("reg-what-order"));
        let mut texts: BTreeMap<Field, Sourced> = BTreeMap::new();
        for (&field, _) in found.iter().filter(|(f, _)| !f.is_number()) {
            match text_of(&cell(field), &at(field)) {
                Ok(Some(text)) => {
                    texts.insert(field, Sourced::one(text, at(field)));
                }
                Ok(None) => {}
                Err(e) => errors.push(e),
            }
        }
        let Some(number) = district else {
            if !bad_number {
                errors.push(RegisterError::at(&at(Field::DistrictNumber), msg!("reg-district-number-empty"), msg!("reg-district-number-empty-hint")));
            }
            continue;
        };
        let Ok(number) = u32::try_from(number).map_err(|_| ()).and_then(|n| if n == 0 { Err(()) } else { Ok(n) }) else {
            errors.push(RegisterError::at(&at(Field::DistrictNumber), msg!("reg-district-number-not-positive", value = number.to_string()), msg!("reg-district-number-not-positive-hint")));
            continue;
        };
        if let Some(y) = birth_year.filter(|y| !BIRTH_YEARS.contains(y)) {
            let (from, to) = (BIRTH_YEARS.start().to_string(), BIRTH_YEARS.end().to_string());
            errors.push(RegisterError::at(&at(Field::BirthYear), msg!("reg-birth-year-out-of-range", year = y.to_string()), msg!("reg-birth-year-out-of-range-hint", from = from, to = to)));
        }
        let stations = match stations.map(u32::try_from) {
            Some(Ok(n)) if n > 0 => Some(n),
            Some(_) => {
                errors.push(RegisterError::at(&at(Field::PollingStations), msg!("reg-polling-stations-not-positive", value = cell(Field::PollingStations).shown()), msg!("reg-polling-stations-not-positive-hint")));
                None
            }
            None => None,
        };
        let index = match districts.iter().position(|d| d.number == number) {
            Some(i) => i,
            None => {
                districts.push(District { number, number_cell: at(Field::DistrictNumber), name: BTreeMap::new(), region: BTreeMap::new(), polling_stations: None, stations_cell: None, candidates: Vec::new() });
                districts.len() - 1
            }
        };
        let district = &mut districts[index];
        // The district's own cells: on any of its rows, agreeing where repeated.
        for (kind, map) in [(TextField::DistrictName, &mut district.name), (TextField::Region, &mut district.region)] {
            for &lang in languages {
                if let Some(value) = texts.get(&Field::Text(kind, lang)) {
                    match map.get(&lang) {
                        Some(first) if first.text != value.text => errors.push(RegisterError::at(
                            &value.cells[0].1,
                            msg!("reg-district-text-differs", value = format!("{:?}", value.text), first = format!("{:?}", first.text), district = number.to_string(), cell = first.cells[0].1.message()),
                            msg!("reg-district-text-differs-hint"),
                        )),
                        Some(_) => {}
                        None => {
                            map.insert(lang, value.clone());
                        }
                    }
                }
            }
        }
        if let Some(n) = stations {
            match district.polling_stations {
                Some(first) if first != n => errors.push(RegisterError::at(&at(Field::PollingStations), msg!("reg-polling-stations-differ", value = n.to_string(), first = first.to_string(), district = number.to_string()), msg!("reg-polling-stations-differ-hint"))),
                _ => {
                    district.polling_stations = Some(n);
                    district.stations_cell = Some(at(Field::PollingStations));
                }
            }
        }
        // The candidate.
        let mut name = BTreeMap::new();
        let mut details = BTreeMap::new();
        let mut label = BTreeMap::new();
        for &lang in languages {
            let get = |t: TextField| texts.get(&Field::Text(t, lang));
            let composed = match get(TextField::FullName) {
                Some(full) => Some(full.clone()),
                None => {
                    let parts: Vec<&Sourced> = [TextField::Surname, TextField::Name, TextField::Patronymic].into_iter().filter_map(get).collect();
                    (!parts.is_empty()).then(|| Sourced::joined(&parts, " "))
                }
            };
            if let Some(n) = composed {
                name.insert(lang, n);
            }
            let detail = match get(TextField::Details) {
                Some(whole) => Some(whole.clone()),
                None => {
                    let mut parts: Vec<Sourced> = birth_year.map(|y| Sourced::one(born(lang, y), at(Field::BirthYear))).into_iter().collect();
                    parts.extend([TextField::Occupation, TextField::Residence, TextField::NominatedBy].into_iter().filter_map(get).cloned());
                    (!parts.is_empty()).then(|| Sourced::joined(&parts.iter().collect::<Vec<_>>(), ", "))
                }
            };
            if let Some(d) = detail {
                details.insert(lang, d);
            }
            if let Some(l) = get(TextField::Label) {
                label.insert(lang, l.clone());
            }
        }
        // A candidate's cells without a name are a candidate whose name is missing, not a district's own row.
        let candidate_cells = texts.keys().any(|f| !matches!(f, Field::Text(TextField::DistrictName | TextField::Region, _))) || birth_year.is_some() || order.is_some();
        if name.is_empty() && !candidate_cells {
            // A district's own row (names, stations) without a candidate.
            continue;
        }
        for &lang in languages {
            let full = Field::Text(TextField::FullName, lang);
            if texts.contains_key(&full) {
                continue;
            }
            // Name parts: the surname and the name both, the patronymic when there is one.
            let required: &[TextField] = if found.contains_key(&full) && !texts.keys().any(|f| matches!(f, Field::Text(TextField::Surname | TextField::Name | TextField::Patronymic, l) if *l == lang)) { &[TextField::FullName] } else { &[TextField::Surname, TextField::Name] };
            for &part in required {
                let field = Field::Text(part, lang);
                if !texts.contains_key(&field) {
                    let column = if found.contains_key(&field) { field } else { Field::DistrictNumber };
                    let lang = lang.to_string();
                    let message = match part {
                        TextField::Surname => msg!("reg-candidate-surname-empty", lang = lang),
                        TextField::Name => msg!("reg-candidate-name-empty", lang = lang),
                        _ => msg!("reg-candidate-full-name-empty", lang = lang),
                    };
                    errors.push(RegisterError::at(&at(column), message, msg!("reg-candidate-names-hint")));
                }
            }
        }
        if found.contains_key(&Field::BirthYear) && birth_year.is_none() && !texts.keys().any(|f| matches!(f, Field::Text(TextField::Details, _))) {
            errors.push(RegisterError::at(&at(Field::BirthYear), msg!("reg-birth-year-empty"), msg!("reg-birth-year-empty-hint")));
        }
        // A lost letter in a name (the spreadsheet saved without it) is never a name's own.
        for (field, text) in &texts {
            if matches!(field, Field::Text(TextField::Surname | TextField::Name | TextField::Patronymic | TextField::FullName | TextField::DistrictName, _)) && text.text.contains('?') {
                errors.push(RegisterError::at(&text.cells[0].1, msg!("reg-lost-letter", value = format!("{:?}", text.text)), msg!("reg-lost-letter-hint")));
            }
        }
        // The template's example row left in.
        if texts.iter().any(|(f, t)| matches!(f, Field::Text(TextField::Surname | TextField::FullName, _)) && EXAMPLE_SURNAMES.iter().any(|e| t.text.starts_with(e))) {
            errors.push(RegisterError::at(&first_name_cell(&name).unwrap_or_else(|| at(Field::DistrictNumber)), msg!("reg-example-row"), msg!("reg-example-row-hint")));
        }
        if name.is_empty() {
            continue;
        }
        let first = languages.first().copied().unwrap_or(Lang::Kk);
        let sort_key = texts.get(&Field::Text(TextField::Surname, first)).map(|s| s.text.clone()).or_else(|| name.get(&first).and_then(|n| n.text.split_whitespace().next().map(str::to_owned))).unwrap_or_default();
        let first_cell = name.values().next().and_then(|n| n.first_cell().cloned()).unwrap_or_else(|| at(Field::DistrictNumber));
        district.candidates.push(Candidate { row: r + 1, name, details, label, sort_key, birth_year, order: order.map(|o| (o, at(Field::Order))), first_cell });
    }
    }
    check_districts(&mut districts, &mut errors, languages, options.order);
    if errors.is_empty() { Ok(districts) } else { Err(errors) }
}

/// The first cell of a candidate's name.
fn first_name_cell(name: &BTreeMap<Lang, Sourced>) -> Option<CellRef> {
    name.values().next().and_then(|n| n.first_cell().cloned())
}

/// "Born in 1975" in a language, as ballots print it.
fn born(lang: Lang, year: i64) -> String {
    match lang {
        Lang::Kk => format!("{year} жылы туған"),
        Lang::Ru => format!("{year} года рождения"),
        Lang::En => format!("born in {year}"),
    }
}

/// Rules across rows: names and stations present, numbers without gaps,
/// no candidate twice; then each district's candidates in ballot order.
fn check_districts(districts: &mut [District], errors: &mut Vec<RegisterError>, languages: &[Lang], order: Order) {
    districts.sort_by_key(|d| d.number);
    let mut expected = districts.first().map_or(1, |d| d.number);
    for district in districts.iter() {
        if district.number != expected {
            errors.push(RegisterError::at(&district.number_cell, msg!("reg-district-gap", district = district.number.to_string(), previous = (expected - 1).to_string()), msg!("reg-district-gap-hint")));
        }
        expected = district.number + 1;
        for &lang in languages {
            if !district.name.contains_key(&lang) {
                errors.push(RegisterError::at(&district.number_cell, msg!("reg-district-no-name", district = district.number.to_string(), lang = lang.to_string()), msg!("reg-district-no-name-hint", lang = lang.to_string())));
            }
        }
        if district.polling_stations.is_none() {
            errors.push(RegisterError::at(&district.number_cell, msg!("reg-district-no-polling-stations", district = district.number.to_string()), msg!("reg-district-no-polling-stations-hint")));
        }
        if district.candidates.is_empty() {
            errors.push(RegisterError::at(&district.number_cell, msg!("reg-district-no-candidate", district = district.number.to_string()), msg!("reg-district-no-candidate-hint")));
        }
    }
    // The same person (names and birth year) twice, in a district or in two.
    // Without a birth year column, the details (which give the year) tell namesakes apart.
    // (names, birth year, details) -> (district, where first seen)
    type Person = (Vec<String>, Option<i64>, Vec<String>);
    let mut seen: BTreeMap<Person, (u32, CellRef)> = BTreeMap::new();
    for district in districts.iter() {
        for candidate in &district.candidates {
            let details = if candidate.birth_year.is_some() { Vec::new() } else { candidate.details.values().map(|d| d.text.to_lowercase()).collect() };
            let key = (candidate.name.values().map(|n| n.text.to_lowercase()).collect(), candidate.birth_year, details);
            match seen.get(&key) {
                Some((other, cell)) => {
                    let (cell, other) = (cell.message(), other.to_string());
                    // Without a birth year, two people of the same name could be namesakes: the year tells them apart.
                    errors.push(if candidate.birth_year.is_some() {
                        RegisterError::at(&candidate.first_cell, msg!("reg-duplicate-candidate", cell = cell, district = other), msg!("reg-duplicate-candidate-hint"))
                    } else if candidate.details.is_empty() {
                        RegisterError::at(&candidate.first_cell, msg!("reg-duplicate-candidate-names", cell = cell, district = other), msg!("reg-duplicate-candidate-namesake-hint"))
                    } else {
                        RegisterError::at(&candidate.first_cell, msg!("reg-duplicate-candidate-details", cell = cell, district = other), msg!("reg-duplicate-candidate-namesake-hint"))
                    });
                }
                None => {
                    seen.insert(key, (district.number, candidate.first_cell.clone()));
                }
            }
        }
    }
    let collator = kazakh_collator();
    for district in districts.iter_mut() {
        match order {
            Order::Alphabetical => district.candidates.sort_by(|a, b| match &collator {
                Some(c) => c.compare(&a.sort_key, &b.sort_key),
                None => a.sort_key.cmp(&b.sort_key),
            }),
            Order::Register if district.candidates.iter().any(|c| c.order.is_some()) => {
                for c in district.candidates.iter().filter(|c| c.order.is_none()) {
                    errors.push(RegisterError::at(&c.first_cell, msg!("reg-order-missing", row = c.row.to_string(), district = district.number.to_string()), msg!("reg-order-missing-hint")));
                }
                // Positions 1 to N, each once.
                let mut positions: Vec<(i64, &CellRef)> = district.candidates.iter().filter_map(|c| c.order.as_ref().map(|(o, cell)| (*o, cell))).collect();
                positions.sort_by_key(|p| p.0);
                for (i, (position, cell)) in positions.iter().enumerate() {
                    if *position != i as i64 + 1 {
                        errors.push(RegisterError::at(cell, msg!("reg-order-gap", position = position.to_string(), district = district.number.to_string()), msg!("reg-order-gap-hint")));
                        break;
                    }
                }
                district.candidates.sort_by_key(|c| c.order.as_ref().map(|o| o.0));
            }
            Order::Register => {}
        }
    }
}

/// The Kazakh alphabet's order (А Ә Б ... Ё ... Ы І Ь Э Ю Я), from CLDR.
fn kazakh_collator() -> Option<icu_collator::CollatorBorrowed<'static>> {
    let locale: icu_locale_core::Locale = "kk".parse().ok()?;
    icu_collator::Collator::try_new(icu_collator::CollatorPreferences::from(&locale), icu_collator::options::CollatorOptions::default()).ok()
}

/// A hand-written ballot of the election for a district the register also holds.
pub fn clashes(districts: &[District], others: &[(String, String)], election: &Path) -> Result<(), Vec<RegisterError>> {
    let loaded = crate::definition::load(&[election.to_path_buf()]);
    let mut errors = Vec::new();
    for ballot in loaded.elections.iter().flat_map(|e| &e.ballots) {
        let relative = ballot.source.strip_prefix(election).unwrap_or(&ballot.source).to_string_lossy().replace('\\', "/");
        if !others.iter().any(|(p, _)| *p == relative) {
            continue;
        }
        if let Some(d) = districts.iter().find(|d| Some(d.number) == ballot.constituency.number && ballot.contest.kind == crate::model::ContestKind::Candidates) {
            errors.push(RegisterError::at(&d.number_cell, msg!("reg-district-clash", district = d.number.to_string(), file = &relative), msg!("reg-district-clash-hint", file = &relative)));
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// A finding of `check` on a file the import would write, at the cell its line came from.
pub fn locate(diagnostic: &crate::diag::Diagnostic, files: &[File]) -> RegisterError {
    let file = diagnostic.file.as_ref().map(|f| f.to_string_lossy().replace('\\', "/"));
    let written = files.iter().find(|f| file.as_deref() == Some(f.path.as_str()));
    // The cell whose part of the line the finding's column falls in.
    let cell = written.map(|f| {
        let cells = diagnostic.position.and_then(|p| f.lines.get(&p.line).map(|cells| (p, cells)));
        cells.and_then(|(p, cells)| cells.iter().rev().find(|(start, _)| *start <= p.column).or(cells.first()).map(|(_, cell)| cell)).unwrap_or(&f.district_cell)
    });
    match cell {
        Some(cell) => RegisterError { at: Some(cell.clone()), message: diagnostic.message.clone(), hint: diagnostic.hint.clone() },
        None => RegisterError::diagnostic(diagnostic),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_kazakh_alphabet_orders_surnames() {
        let collator = super::kazakh_collator().expect("CLDR's Kazakh collation");
        let alphabet = ["А", "Ә", "Б", "В", "Г", "Ғ", "Д", "Е", "Ё", "Ж", "З", "И", "Й", "К", "Қ", "Л", "М", "Н", "Ң", "О", "Ө", "П", "Р", "С", "Т", "У", "Ұ", "Ү", "Ф", "Х", "Һ", "Ц", "Ч", "Ш", "Щ", "Ъ", "Ы", "І", "Ь", "Э", "Ю", "Я"];
        let mut shuffled: Vec<String> = alphabet.iter().rev().map(|l| format!("{l}ЛИЕВ")).collect();
        shuffled.sort_by(|a, b| collator.compare(a, b));
        let expected: Vec<String> = alphabet.iter().map(|l| format!("{l}ЛИЕВ")).collect();
        assert_eq!(shuffled, expected);
    }
}
