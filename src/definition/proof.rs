//! The proof id: a short hash of a ballot's validated content, printed on
//! every sheet and carried by the manifest, the print plan, the review page
//! and reviewers' exported marks.
//!
//! Its form is `p-` and 8 lower-case hex digits (`p-3430e175`): a spreadsheet
//! opening a CSV that holds it keeps it as text. Bare hex digits did not
//! survive: `03421002` became the number 3421002 and `3430e175` the number
//! 3.43E+178. A cell starting with a letter is no number, and `p` begins no
//! month name, boolean or formula; the `-` after it makes the prefix plain to
//! a reader and, with no `:`, `/` or `.`, nothing reads as a time or date.

use crate::util::hash::sha256_hex;
use crate::model::{Ballot, ElectionInfo};

/// What every proof id starts with.
pub const PREFIX: &str = "p-";
/// Hex digits after the prefix.
pub const DIGITS: usize = 8;

/// `p-` and the first 8 hex digits of the SHA-256 of the ballot's validated
/// content (with the election settings it depends on).
pub fn proof_id(info: &ElectionInfo, ballot: &Ballot) -> String {
    let content = serde_json::to_vec(&(info, ballot)).expect("model serializes");
    of_hex(&sha256_hex(&content))
}

/// The proof id of a SHA-256 in hex.
fn of_hex(hex: &str) -> String {
    format!("{PREFIX}{}", &hex[..DIGITS])
}

/// Whether `text` has the form of a proof id: `p-` and 8 lower-case hex digits.
pub fn is_proof_id(text: &str) -> bool {
    text.strip_prefix(PREFIX).is_some_and(|hex| hex.len() == DIGITS && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

#[cfg(test)]
mod tests {
    use super::{is_proof_id, of_hex};

    /// Whether a spreadsheet could take `cell` for something other than text:
    /// a number in any notation (`1e5`, `0x1F`, `-3`, `1,5`, `1 000`, `12%`,
    /// `$5`, `(5)`), a date or time (`2026-01-12`, `12/1`, `1.12`, `10:00`,
    /// `Jan12`, `12-jan`), a boolean, an error value or a formula.
    fn spreadsheet_would_convert(cell: &str) -> bool {
        let lower = cell.to_lowercase();
        let first = lower.chars().next().unwrap_or(' ');
        // Formulas, signs, currencies, brackets and numbers (`0x1f`, AM/PM
        // times `1p`) start with one of these.
        let leads = first.is_ascii_digit() || "=+-@.,(#$€£¥₸'\"".contains(first);
        // Booleans (and their Russian and Kazakh words), in any case.
        let boolean = ["true", "false", "истина", "ложь", "ақиқат", "жалған"].contains(&lower.as_str());
        // Rust reads "inf", "nan", "infinity", "1e5", "1E+178".
        let float = lower.parse::<f64>().is_ok();
        // Date and time separators, percentages, spaces in numbers.
        let separators = lower.contains([':', '/', '.', '%', ' ', ',']);
        // A month's name or abbreviation (English, and the Latin forms of the
        // Kazakh and Russian ones spreadsheets also accept) before or after digits.
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
        let letters: String = lower.chars().take_while(|c| c.is_alphabetic()).collect();
        let after_digits: String = lower.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-').chars().take_while(|c| c.is_alphabetic()).collect();
        let month = months.iter().any(|m| letters.starts_with(m) || after_digits.starts_with(m));
        leads || boolean || float || separators || month
    }

    #[test]
    fn the_checker_catches_what_spreadsheets_converted() {
        for cell in ["03421002", "3430e175", "1E+178", "TRUE", "false", "Jan12", "12-jan", "10:00", "2026-01-12", "12/1", "1.12", "100 %", "=A1", "-5", "inf", "NaN"] {
            assert!(spreadsheet_would_convert(cell), "{cell}");
        }
        assert!(!spreadsheet_would_convert("p-3430e175"));
    }

    #[test]
    fn no_proof_id_reads_as_a_number_a_date_or_a_formula() {
        // 200,000 hashes, among them thousands of the kinds spreadsheets
        // converted in the old form: all digits, digits with an `e` between.
        let mut converted_before = 0;
        for i in 0..200_000u32 {
            let hex = crate::util::hash::sha256_hex(i.to_le_bytes());
            let old = &hex[..8];
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            if digits(old) || old.split_once('e').is_some_and(|(a, b)| digits(a) && digits(b)) {
                assert!(spreadsheet_would_convert(old), "{old}");
                converted_before += 1;
            }
            let id = of_hex(&hex);
            assert!(is_proof_id(&id), "{id}");
            assert!(!spreadsheet_would_convert(&id), "{id} could be read as a value");
            assert!(id.chars().next().is_some_and(|c| c.is_ascii_alphabetic()));
        }
        // The old form lost one id in 27 here (11 of 196 in a real region).
        assert!((6_000..14_000).contains(&converted_before), "{converted_before}");
    }

    #[test]
    fn the_form_is_checked() {
        assert!(is_proof_id("p-3430e175") && is_proof_id("p-03421002"));
        for text in ["3430e175", "p-3430E175", "p-3430e17", "p-3430e1755", "P-3430e175", "p3430e175", "p-3430g175"] {
            assert!(!is_proof_id(text), "{text}");
        }
    }
}
