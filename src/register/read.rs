//! A register's cells as a person sees them in a spreadsheet: `.xlsx`,
//! `.xls` and `.ods` through calamine, `.csv` decoded from UTF-8 (with or
//! without a byte-order mark), UTF-16 or KZ-1048, split on `;` or `,`.

use std::path::Path;

use super::RegisterError;
use crate::msg;

/// One cell's value, as the spreadsheet holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing in it.
    Empty,
    /// Text.
    Text(String),
    /// A number (a spreadsheet's integers and floats alike).
    Number(f64),
    /// A date or time: the spreadsheet turned what was typed into one.
    Date(String),
    /// A spreadsheet error value (`#N/A`, `#REF!`).
    Error(String),
}

impl Cell {
    /// The text of a cell as the sheet shows it, for messages.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) | Cell::Date(t) | Cell::Error(t) => t.clone(),
            Cell::Number(n) => n.to_string(),
        }
    }
}

/// A sheet: its name (none for CSV) and its rows, each row's cells from column A.
#[derive(Clone, Debug)]
pub struct Sheet {
    /// The sheet's name in the workbook.
    pub name: Option<String>,
    /// Rows from row 1.
    pub rows: Vec<Vec<Cell>>,
}

/// The column letters of a zero-based index: A, B, ..., Z, AA, ...
pub fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// The sheets of a register file, or why it cannot be read (the message
/// does not name the file: it is printed before it).
pub fn read(path: &Path, has_kazakh: bool) -> Result<Vec<Sheet>, RegisterError> {
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    match extension.as_str() {
        "csv" | "txt" => {
            let bytes = std::fs::read(path).map_err(|e| RegisterError::file(msg!("reg-cannot-read-register", reason = super::io_reason(&e)), None))?;
            let text = decode(&bytes, has_kazakh)?;
            Ok(vec![Sheet { name: None, rows: split_csv(&text)? }])
        }
        "xlsx" | "xlsm" | "xls" | "ods" => read_workbook(path),
        _ => Err(RegisterError::file(msg!("reg-not-a-spreadsheet"), msg!("reg-not-a-spreadsheet-hint"))),
    }
}

fn read_workbook(path: &Path) -> Result<Vec<Sheet>, RegisterError> {
    use calamine::{open_workbook_auto, Data, Reader};
    if let Err(e) = std::fs::metadata(path) {
        return Err(RegisterError::file(msg!("reg-cannot-read-register", reason = super::io_reason(&e)), None));
    }
    let mut workbook = open_workbook_auto(path).map_err(|e| RegisterError::file(msg!("reg-not-readable-as-spreadsheet", reason = e.to_string()), msg!("reg-damaged-spreadsheet-hint")))?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(|e| RegisterError::file(msg!("reg-sheet-unreadable", sheet = &name, reason = e.to_string()), msg!("reg-damaged-spreadsheet-hint")))?;
        let Some((top, left)) = range.start() else {
            sheets.push(Sheet { name: Some(name), rows: Vec::new() });
            continue;
        };
        let mut rows = vec![Vec::new(); top as usize];
        for row in range.rows() {
            let mut cells = vec![Cell::Empty; left as usize];
            cells.extend(row.iter().map(|data| match data {
                Data::Empty => Cell::Empty,
                Data::String(s) => Cell::Text(s.clone()),
                Data::Int(i) => Cell::Number(*i as f64),
                Data::Float(f) => Cell::Number(*f),
                Data::Bool(b) => Cell::Text(if *b { "TRUE".into() } else { "FALSE".into() }),
                Data::DateTime(d) if d.is_datetime() => Cell::Date(serial_date(d.as_f64())),
                Data::DateTime(d) => Cell::Date(d.to_string()),
                Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Date(s.clone()),
                Data::Error(e) => Cell::Error(e.to_string()),
            }));
            rows.push(cells);
        }
        sheets.push(Sheet { name: Some(name), rows });
    }
    Ok(sheets)
}

/// A spreadsheet's date serial (days since 1899-12-30) as `YYYY-MM-DD`, for messages.
fn serial_date(serial: f64) -> String {
    let days = serial.floor() as i64 - 25_569; // to days since 1970-01-01
    let (year, month, day, ..) = crate::draw::pdf::date_parts(days * 86_400);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The bytes Windows-1251 and KZ-1048 hold differently: KZ-1048 is 1251 with
/// these sixteen places given to Kazakh letters (no maintained crate decodes
/// it; encoding_rs decodes 1251, and these are put right after).
const KZ_1048: [(u8, char); 16] = [
    (0x8D, 'Қ'), (0x8E, 'Һ'), (0x9D, 'қ'), (0x9E, 'һ'), (0xA1, 'Ұ'), (0xA2, 'ұ'), (0xA3, 'Ә'), (0xA5, 'Ө'),
    (0xAA, 'Ғ'), (0xAF, 'Ү'), (0xB4, 'ө'), (0xBA, 'ғ'), (0xBC, 'ә'), (0xBD, 'Ң'), (0xBE, 'ң'), (0xBF, 'ү'),
];

/// A CSV file's text: UTF-8 (byte-order mark or not), UTF-16 with its mark,
/// or KZ-1048; Windows-1251 (no Kazakh letters) is refused for a Kazakh
/// election, with how to save the file right.
pub fn decode(bytes: &[u8], has_kazakh: bool) -> Result<String, RegisterError> {
    for encoding in [encoding_rs::UTF_16LE, encoding_rs::UTF_16BE, encoding_rs::UTF_8] {
        if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes).filter(|(e, _)| *e == encoding) {
            let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
            if had_errors {
                return Err(RegisterError::file(msg!("reg-broken-encoding", encoding = encoding.name()), msg!("reg-save-as-csv-utf8")));
            }
            return Ok(text.into_owned());
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    if bytes.iter().any(|b| KZ_1048.iter().any(|(k, _)| k == b)) {
        let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes);
        let mut out = String::with_capacity(text.len());
        for (ch, byte) in text.chars().zip(bytes) {
            out.push(KZ_1048.iter().find(|(k, _)| k == byte).map_or(ch, |(_, kazakh)| *kazakh));
        }
        return Ok(out);
    }
    if has_kazakh {
        return Err(RegisterError::file(msg!("reg-windows-1251"), msg!("reg-windows-1251-hint")));
    }
    Ok(encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes).0.into_owned())
}

/// Rows of CSV text, split on `;` or `,` (whichever the first line holds more of).
fn split_csv(text: &str) -> Result<Vec<Vec<Cell>>, RegisterError> {
    // Excel's `sep=;` first line names the separator; its "Unicode text" is split by tabs.
    let (text, named) = match text.split_once('\n') {
        Some((first, rest)) if first.trim_end().starts_with("sep=") && first.trim_end().chars().count() == 5 => (rest, first.trim_end().chars().nth(4).map(|c| c as u8)),
        _ => (text, None),
    };
    let header = text.lines().next().unwrap_or("");
    let count = |d: char| header.matches(d).count();
    let delimiter = named.unwrap_or(if count('\t') > count(';').max(count(',')) {
        b'\t'
    } else if count(';') > count(',') {
        b';'
    } else {
        b','
    });
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| RegisterError::file(msg!("reg-csv-unreadable", reason = e.to_string()), msg!("reg-save-as-csv-utf8")))?;
        rows.push(
            record
                .iter()
                .map(|cell| match cell {
                    "" => Cell::Empty,
                    error if is_error_value(error.trim()) => Cell::Error(error.trim().to_owned()),
                    // A leading apostrophe is a spreadsheet's "this is text" mark, not part of the value.
                    text => Cell::Text(text.strip_prefix('\'').unwrap_or(text).to_owned()),
                })
                .collect(),
        );
    }
    Ok(rows)
}

/// Whether a CSV cell is what a spreadsheet saves for a formula error: `#N/A`,
/// `#Н/Д`, `#REF!`, `#ИМЯ?`, LibreOffice's `Err:502` / `Ошибка:502`, or `###`.
fn is_error_value(text: &str) -> bool {
    let word = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_alphanumeric() || c == '/');
    let numbered = |prefix: &str| text.strip_prefix(prefix).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    match text.strip_prefix('#') {
        Some(rest) => (!rest.is_empty() && rest.chars().all(|c| c == '#')) || rest.strip_suffix(['!', '?']).is_some_and(word) || ["N/A", "Н/Д"].contains(&rest),
        None => numbered("Err:") || numbered("Ошибка:"),
    }
}

#[cfg(test)]
mod tests {
    use super::{column_letters, decode};

    #[test]
    fn formula_errors_saved_as_text_are_known() {
        for error in ["#N/A", "#Н/Д", "#REF!", "#ЗНАЧ!", "#ИМЯ?", "Err:502", "Ошибка:502", "###", "#DIV/0!"] {
            assert!(super::is_error_value(error), "{error}");
        }
        for text in ["#1", "№ 15", "Err:", "#", "AMANAT!", "# 5!"] {
            assert!(!super::is_error_value(text), "{text}");
        }
    }

    #[test]
    fn date_serials_read_as_dates() {
        assert_eq!(super::serial_date(25_569.0), "1970-01-01");
        assert_eq!(super::serial_date(44_930.0), "2023-01-04");
        assert_eq!(super::serial_date(46_026.5), "2026-01-04");
    }

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!([0, 3, 25, 26, 27, 51, 52, 701, 702].map(column_letters), ["A", "D", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn csv_text_in_every_encoding_a_commission_saves() {
        let text = "Тегі;Әлия Ғани Қайрат Ұлан Үміт Өмір Ңа Һ\n";
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&utf16, true).unwrap(), text);
        assert_eq!(decode(&[b"\xEF\xBB\xBF", text.as_bytes()].concat(), true).unwrap(), text);
        assert_eq!(decode(text.as_bytes(), true).unwrap(), text);
        // KZ-1048, as Python's kz1048 codec writes it.
        let kz1048 = b"\xd2\xe5\xe3\xb3;\xa3\xeb\xe8\xff \xaa\xe0\xed\xe8 \x8d\xe0\xe9\xf0\xe0\xf2 \xa1\xeb\xe0\xed \xaf\xec\xb3\xf2 \xa5\xec\xb3\xf0 \xbd\xe0 \x8e\n";
        assert_eq!(decode(kz1048, true).unwrap(), text);
        // Windows-1251 lost the Kazakh letters: refused with the fix.
        let cp1251 = b"\xd4\xe0\xec\xe8\xeb\xe8\xff;\xc8\xec\xff\n";
        let refused = decode(cp1251, true).unwrap_err();
        assert_eq!(refused.message.id(), "reg-windows-1251");
        assert!(refused.hint.unwrap().to_string().contains("CSV UTF-8"));
        assert_eq!(decode(cp1251, false).unwrap(), "Фамилия;Имя\n");
    }
}
