//! Cells that spreadsheets will not run as formulas, whichever separator
//! they split on. A spreadsheet reading a `,` file with `;` (Kazakh and
//! Russian locales) or the other way round starts a new cell at every
//! separator inside a cell, so a formula-leading character (`=`, `+`, `-`,
//! `@`, tab, carriage return) is defused with a `'` wherever a cell could
//! start: at the beginning and after every `;` or `,`, leading spaces and
//! quotes skipped (a `"` can open a cell of its own). A `'` there is doubled,
//! so [`restore`] undoes it exactly on import.

/// The UTF-8 byte-order mark: Excel takes a CSV for UTF-8 only with it.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV writer for spreadsheets in Kazakh and Russian locales: `;`-separated,
/// CRLF lines, UTF-8 with a byte-order mark (cells to be [`defuse`]d).
pub fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec())
}

/// A CSV file's bytes without a leading byte-order mark.
pub fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Whether `c` makes a spreadsheet cell a formula.
fn leads_formula(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Whether `c` may come before a cell's first character (skipped when looking for it).
fn lead_in(c: char) -> bool {
    c == ' ' || c == '"'
}

/// `cell` with a `'` before every formula-leading character (or `'`) that could start a cell.
pub fn defuse(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len() + 2);
    let mut at_start = true;
    for c in cell.chars() {
        if at_start && (leads_formula(c) || c == '\'') {
            out.push('\'');
            at_start = false;
        } else if at_start && !lead_in(c) {
            at_start = false;
        }
        out.push(c);
        if c == ';' || c == ',' {
            at_start = true;
        }
    }
    out
}

/// The cell as it was before [`defuse`].
pub fn restore(cell: &str) -> String {
    let chars: Vec<char> = cell.chars().collect();
    let mut out = String::with_capacity(cell.len());
    let mut at_start = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if at_start && c == '\'' && chars.get(i + 1).copied().is_some_and(|n| leads_formula(n) || n == '\'') {
            // The `'` defuse added; what follows is kept as it was.
            out.push(chars[i + 1]);
            i += 2;
            at_start = false;
            continue;
        }
        if at_start && !lead_in(c) {
            at_start = false;
        }
        out.push(c);
        if c == ';' || c == ',' {
            at_start = true;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{defuse, restore};

    #[test]
    fn formulas_are_defused_wherever_a_cell_could_start_and_restored() {
        for (cell, safe) in [
            ("=1+1", "'=1+1"),
            ("ok;=1+1;", "ok;'=1+1;"),
            ("  =HYPERLINK(\"x\")", "  '=HYPERLINK(\"x\")"),
            ("a, -5, @b", "a, '-5, '@b"),
            ("zhambyl-15/audio/ru/02-option-2.mp3", "zhambyl-15/audio/ru/02-option-2.mp3"),
            ("2026-11-22T10:00:00Z", "2026-11-22T10:00:00Z"),
            ("Жамбыл облысы", "Жамбыл облысы"),
            ("a;\"=1+1;x", "a;\"'=1+1;x"),
            ("'-5' read as minus", "''-5' read as minus"),
            ("it's; 'quoted'", "it's; ''quoted'"),
        ] {
            assert_eq!(defuse(cell), safe, "{cell}");
            assert_eq!(restore(safe), cell, "{safe}");
        }
    }
}
