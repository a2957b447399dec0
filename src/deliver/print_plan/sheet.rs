//! `print-plan.pdf`: the plan as an A4 job sheet in the sheet's language.
//! First how each material is made (device, stock, the process of each layer
//! and the registration it needs), the election's totals per material in
//! copies and in sheets per sheet size, and the copies per region; then
//! region by region (in natural order) its totals and every file of its
//! ballots, each ballot under its whole id and its constituency's number and
//! name. Nothing is cut short: a text too long for its column goes on over
//! more lines. 10 pt type.

use krilla::geom::PathBuilder;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::{Document, SerializeSettings};

use super::{locale_of, natural, sheet_language, totals_by_material, unplanned_ballots, Names, Row, Total};
use crate::draw::pdf::{draw_text, metadata};
use crate::draw::pt;
use crate::util::fonts::{text_width, Weight};
use crate::i18n::{group_thousands, Arg, Message};
use crate::model::{mm, ElectionInfo};
use crate::msg;
use crate::render::RenderError;

const SIZE: f32 = 10.0;
const LEADING: f32 = 14.0;
const LEFT_MM: f64 = 15.0;
const RIGHT_MM: f64 = 195.0;
/// Where what belongs to a heading starts, under it.
const INDENT_MM: f64 = 5.0;
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

/// One line of the sheet: its cells, whether bold, whether ruled below,
/// whether it stays on one page with the line after it.
struct TextLine {
    cells: Vec<Cell>,
    bold: bool,
    rule: bool,
    keep: bool,
}

fn blank() -> TextLine {
    TextLine { cells: Vec::new(), bold: false, rule: false, keep: false }
}

fn weight(bold: bool) -> Weight {
    if bold { Weight::Bold } else { Weight::Regular }
}

/// The width of a text in millimetres.
fn width_mm(text: &str, weight: Weight) -> f64 {
    f64::from(text_width(text, weight, SIZE)) / crate::draw::PT_PER_MM
}

/// A word too wide for `width` mm in two: as much as fits, broken after its
/// last `/` (a path's folder) or else its last `-` when it has one there, and
/// the rest (never nothing first).
fn split_word(word: &str, width: f64, weight: Weight) -> (String, String) {
    let max = (width * crate::draw::PT_PER_MM) as f32;
    let mut used = 0.0;
    let mut fits = 0;
    for (i, c) in word.char_indices() {
        used += text_width(c.encode_utf8(&mut [0; 4]), weight, SIZE);
        if used > max && i > 0 {
            break;
        }
        fits = i + c.len_utf8();
    }
    let head = &word[..fits];
    let at = head.rfind('/').or_else(|| head.rfind('-')).map_or(fits, |i| i + 1);
    (word[..at].to_owned(), word[at..].to_owned())
}

/// A text as lines at most `width` mm wide, broken at spaces (not at the
/// no-break spaces inside numbers); a word wider than a line is broken after
/// a `/` or `-`, else anywhere. Never cut short; at least one line.
fn wrap(text: &str, width: f64, weight: Weight) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let next = if current.is_empty() { word.to_owned() } else { format!("{current} {word}") };
        if width_mm(&next, weight) <= width {
            current = next;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        let mut rest = word.to_owned();
        while width_mm(&rest, weight) > width && rest.chars().count() > 1 {
            let (head, tail) = split_word(&rest, width, weight);
            lines.push(head);
            rest = tail;
        }
        current = rest;
    }
    lines.push(current);
    lines
}

/// A text from `x` mm to the right margin, over as many lines as it needs.
fn paragraph(lines: &mut Vec<TextLine>, text: &str, x: f64, bold: bool, keep: bool) {
    let wrapped = wrap(text, RIGHT_MM - x, weight(bold));
    let count = wrapped.len();
    for (i, text) in wrapped.into_iter().enumerate() {
        lines.push(TextLine { cells: vec![Cell { x, text, right: false }], bold, rule: false, keep: keep || i + 1 < count });
    }
}

/// A column of a table: from `x` mm (or ending at `x` mm, for numbers), `width` mm wide.
#[derive(Clone, Copy)]
struct Column {
    x: f64,
    width: f64,
    right: bool,
}

/// A table row over as many lines as its tallest cell needs (numbers, right
/// aligned, are never broken); its lines stay on one page, and with the next
/// line when `keep`.
fn table_row(lines: &mut Vec<TextLine>, columns: &[Column], texts: &[String], bold: bool, keep: bool) {
    let wrapped: Vec<Vec<String>> = columns.iter().zip(texts).map(|(c, t)| if c.right { vec![t.clone()] } else { wrap(t, c.width, weight(bold)) }).collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    for i in 0..height {
        let cells = columns.iter().zip(&wrapped).filter_map(|(c, w)| w.get(i).map(|text| Cell { x: c.x, text: text.clone(), right: c.right })).collect();
        lines.push(TextLine { cells, bold, rule: false, keep: keep || i + 1 < height });
    }
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

/// How a material is made, layer by layer, in the sheet's words.
fn process(info: &ElectionInfo, material: &str) -> Vec<Message> {
    let dots = info.dots.geometry();
    match material {
        "stencil" => vec![
            msg!("plan-process-stencil-braille", height = Arg::Decimal(mm(dots.height)), base = Arg::Decimal(mm(dots.base)), preset = info.dots.name()),
            msg!("plan-process-stencil-captions"),
            msg!("plan-process-stencil-cut"),
            msg!("plan-process-stencil-registration"),
        ],
        "overlay" => vec![msg!("plan-process-overlay")],
        "large_print" => vec![msg!("plan-process-large-print")],
        "braille" => vec![msg!("plan-process-braille", cols = info.braille_page.cols, rows = info.braille_page.rows)],
        _ => vec![msg!("plan-process-audio")],
    }
}

/// Where the columns of every totals table are: the material's name, its
/// copies, its sheets and the sheet size, the same in every table.
struct TotalsColumns([Column; 4]);

impl TotalsColumns {
    fn new(heads: [&str; 3], numbers: &[String], sizes: &[String]) -> Self {
        let size_width = widest(heads[2], sizes.iter().cloned());
        let size_x = RIGHT_MM - size_width;
        let sheets_edge = size_x - GAP_MM;
        let number_width = widest(heads[1], numbers.iter().cloned()).max(widest(heads[0], numbers.iter().cloned()));
        let copies_edge = sheets_edge - number_width - GAP_MM;
        let name_width = (copies_edge - number_width - GAP_MM - LEFT_MM).max(20.0);
        TotalsColumns([
            Column { x: LEFT_MM, width: name_width, right: false },
            Column { x: copies_edge, width: number_width, right: true },
            Column { x: sheets_edge, width: number_width, right: true },
            Column { x: size_x, width: size_width, right: false },
        ])
    }

    /// A table of totals under its heading: a line per material, and one more
    /// per further sheet size.
    fn table(&self, lines: &mut Vec<TextLine>, heading: String, heads: [&str; 3], totals: &[Total], say: &dyn Fn(Message) -> String, number: &dyn Fn(u64) -> String) {
        table_row(lines, &self.0, &[heading, heads[0].to_owned(), heads[1].to_owned(), heads[2].to_owned()], true, true);
        for (i, total) in totals.iter().enumerate() {
            let keep = i + 1 < totals.len();
            let mut sizes = total.sheets.iter();
            let first = sizes.next();
            let texts = [say(words(total.material).name), number(total.copies), first.map(|(_, n)| number(*n)).unwrap_or_default(), first.map(|(s, _)| say(s.words())).unwrap_or_default()];
            table_row(lines, &self.0, &texts, false, keep || sizes.len() > 0);
            let more: Vec<_> = sizes.collect();
            for (j, (size, n)) in more.iter().enumerate() {
                table_row(lines, &self.0, &[String::new(), String::new(), number(*n), say(size.words())], false, keep || j + 1 < more.len());
            }
        }
    }
}

/// The rows of each region, regions in natural order of their shown names,
/// rows without a region last.
fn by_region<'a>(rows: &'a [Row], names: &Names, no_region: &str) -> Vec<(String, Vec<&'a Row>)> {
    let mut groups: Vec<(String, Vec<&Row>)> = Vec::new();
    for row in rows {
        let name = if row.region.is_empty() { String::new() } else { names.regions.get(&row.region).cloned().unwrap_or_else(|| row.region.clone()) };
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, rows)) => rows.push(row),
            None => groups.push((name, vec![row])),
        }
    }
    groups.sort_by(|(a, _), (b, _)| a.is_empty().cmp(&b.is_empty()).then_with(|| natural(a, b)));
    for (name, _) in &mut groups {
        if name.is_empty() {
            *name = no_region.to_owned();
        }
    }
    groups
}

pub(super) fn pdf(info: &ElectionInfo, rows: &[Row], names: &Names, source_date_epoch: Option<i64>) -> Result<Vec<u8>, RenderError> {
    let lang = sheet_language(info);
    let locale = locale_of(lang);
    let say = |message: Message| message.render(locale);
    let number = |n: u64| group_thousands(i64::try_from(n).unwrap_or(i64::MAX), locale);
    let mut lines = Vec::new();
    paragraph(&mut lines, &say(msg!("plan-sheet-title", title = info.title.get(lang))), LEFT_MM, true, false);
    paragraph(&mut lines, &say(msg!("plan-sheet-subtitle", date = info.date.to_string(), election = &info.id)), LEFT_MM, false, false);
    paragraph(&mut lines, &say(msg!("plan-sheet-copies-rule", spare = info.production.spare_percent)), LEFT_MM, false, false);
    // Stencils are cut by the thousand: their registration proof is checked first.
    if rows.iter().any(|r| r.material == "stencil") {
        paragraph(&mut lines, &say(msg!("plan-sheet-proof-first")), LEFT_MM, true, false);
    }
    lines.push(blank());
    let unplanned = unplanned_ballots(rows);
    if !unplanned.is_empty() {
        // Before the totals, which leave these ballots out.
        paragraph(&mut lines, &say(msg!("plan-sheet-not-planned", count = unplanned.len())), LEFT_MM, true, true);
        paragraph(&mut lines, &unplanned.join(", "), LEFT_MM, false, false);
        lines.push(blank());
    }
    let totals = totals_by_material(rows);

    // How each material is made: device and stock, then each layer.
    paragraph(&mut lines, &say(msg!("plan-sheet-how-made")), LEFT_MM, true, true);
    for total in &totals {
        let Words { name, device, stock } = words(total.material);
        paragraph(&mut lines, &say(name), LEFT_MM, true, true);
        paragraph(&mut lines, &say(msg!("plan-sheet-device-and-stock", device = device, stock = stock)), LEFT_MM + INDENT_MM, false, false);
        if let Some(stock) = info.production.stock.of(total.material) {
            let sizes = Arg::List(stock.sizes.iter().map(crate::model::SheetSize::words).collect());
            paragraph(&mut lines, &say(msg!("plan-sheet-stock-detail", thickness = Arg::Decimal(mm(stock.thickness_mm)), sizes = sizes)), LEFT_MM + INDENT_MM, false, false);
        }
        for step in process(info, total.material) {
            paragraph(&mut lines, &say(step), LEFT_MM + INDENT_MM, false, false);
        }
    }
    lines.push(blank());

    // The election's totals: copies, and sheets per sheet size.
    let (copies_head, sheets_head, size_head) = (say(msg!("plan-sheet-column-copies")), say(msg!("plan-sheet-column-sheets")), say(msg!("plan-sheet-column-stock")));
    let heads = [copies_head.as_str(), sheets_head.as_str(), size_head.as_str()];
    let biggest: Vec<String> = totals.iter().flat_map(|t| std::iter::once(t.copies).chain(t.sheets.iter().map(|(_, n)| *n))).max().map(number).into_iter().collect();
    let size_words: Vec<String> = totals.iter().flat_map(|t| t.sheets.iter().map(|(s, _)| say(s.words()))).collect();
    let columns = TotalsColumns::new(heads, &biggest, &size_words);
    columns.table(&mut lines, say(msg!("plan-sheet-totals-per-material")), heads, &totals, &say, &number);
    lines.push(blank());

    // Per region: a column of copies per material, as wide as its name or
    // its national total (no region's is wider), numbers ending at its edge.
    let no_region = say(msg!("plan-sheet-no-region"));
    let regions = by_region(rows, names, &no_region);
    let material_names: Vec<String> = totals.iter().map(|t| say(words(t.material).name)).collect();
    let widths: Vec<f64> = material_names.iter().zip(&totals).map(|(name, t)| widest(name, [number(t.copies)])).collect();
    let mut material_columns = Vec::new();
    let mut edge = RIGHT_MM;
    for width in widths.iter().rev() {
        material_columns.push(Column { x: edge, width: *width, right: true });
        edge -= width + GAP_MM;
    }
    material_columns.reverse();
    let mut region_columns = vec![Column { x: LEFT_MM, width: (edge - LEFT_MM).max(20.0), right: false }];
    region_columns.extend(material_columns);
    let mut header = vec![say(msg!("plan-sheet-totals-per-region"))];
    header.extend(material_names.iter().cloned());
    table_row(&mut lines, &region_columns, &header, true, true);
    let region_totals: Vec<Vec<Total>> = regions.iter().map(|(_, rows)| totals_by_material(rows.iter().copied())).collect();
    for ((name, _), region) in regions.iter().zip(&region_totals) {
        let mut cells = vec![name.clone()];
        cells.extend(totals.iter().map(|t| number(region.iter().find(|r| r.material == t.material).map_or(0, |r| r.copies))));
        table_row(&mut lines, &region_columns, &cells, false, false);
    }
    lines.push(blank());

    // Every file, region by region, each ballot under its id and constituency.
    let file_heads = [
        say(msg!("plan-sheet-column-material")),
        say(msg!("plan-sheet-column-file")),
        size_head.clone(),
        say(msg!("plan-sheet-column-pages")),
        copies_head.clone(),
        sheets_head.clone(),
    ];
    let not_planned = say(msg!("plan-sheet-not-planned-cell"));
    let no_sheet = say(msg!("plan-sheet-no-sheet-cell"));
    let file_columns = file_columns(rows, &file_heads, &material_names, &not_planned, &no_sheet, &number);
    paragraph(&mut lines, &say(msg!("plan-sheet-every-file")), LEFT_MM, true, true);
    for ((region, rows), region_total) in regions.iter().zip(&region_totals) {
        // The region's own totals under its name, then its ballots.
        lines.push(TextLine { keep: true, ..blank() });
        columns.table(&mut lines, say(msg!("plan-sheet-region-totals", region = region.as_str())), heads, region_total, &say, &number);
        lines.push(TextLine { keep: true, ..blank() });
        table_row(&mut lines, &file_columns, &file_heads, true, true);
        lines.last_mut().expect("a line").rule = true;
        let mut start = 0;
        while start < rows.len() {
            let ballot = &rows[start].ballot;
            let end = rows[start..].iter().position(|r| &r.ballot != ballot).map_or(rows.len(), |n| start + n);
            let name = names.constituencies.get(ballot).cloned().unwrap_or_default();
            let heading = match rows[start].number {
                // A name that already says its number (`№ 3 Алматы ...`) is not numbered twice.
                Some(n) if !crate::model::names_number(&name, n) => msg!("plan-sheet-ballot-numbered", ballot = ballot.as_str(), number = n.to_string(), name = name),
                Some(_) => msg!("plan-sheet-ballot-named", ballot = ballot.as_str(), name = name),
                None => msg!("plan-sheet-ballot-named", ballot = ballot.as_str(), name = name),
            };
            paragraph(&mut lines, &say(heading), LEFT_MM, true, true);
            for (i, r) in rows[start..end].iter().enumerate() {
                let name = material_names.iter().zip(&totals).find(|(_, t)| t.material == r.material).map_or_else(String::new, |(n, _)| n.clone());
                let sheet = match (&r.sheet, r.material) {
                    (_, "audio") => String::new(),
                    (Some(s), _) => s.name.clone(),
                    (None, _) => no_sheet.clone(),
                };
                let texts = [
                    name,
                    r.file.clone(),
                    sheet,
                    r.pages.map(|p| number(p as u64)).unwrap_or_default(),
                    r.copies.map_or_else(|| not_planned.clone(), number),
                    r.sheets.map(number).unwrap_or_default(),
                ];
                // A ballot's files stay together on one page.
                table_row(&mut lines, &file_columns, &texts, false, start + i + 1 < end);
            }
            start = end;
        }
    }

    let mut document = Document::new_with(SerializeSettings { compress_content_streams: true, ..SerializeSettings::default() });
    let per_page = (((BOTTOM_MM - TOP_MM) * crate::draw::PT_PER_MM / f64::from(LEADING)) as usize).max(1);
    for page_lines in paginate(&lines, per_page) {
        let settings = PageSettings::from_wh(pt(210.0), pt(297.0)).ok_or(RenderError::PageSize { width_pt: pt(210.0), height_pt: pt(297.0) })?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        draw(&mut surface, &page_lines);
        surface.finish();
        page.finish();
    }
    document.set_metadata(metadata(say(msg!("plan-sheet-document-title", election = &info.id)), lang.code(), source_date_epoch));
    document.finish().map_err(RenderError::pdf)
}

/// The columns of the file table: material, file (with its ballot's folder),
/// sheet size, pages, copies and sheets; each as wide as its heading or its
/// widest cell, the file taking what is left.
fn file_columns(rows: &[Row], heads: &[String; 6], material_names: &[String], not_planned: &str, no_sheet: &str, number: &dyn Fn(u64) -> String) -> [Column; 6] {
    let material_x = LEFT_MM + INDENT_MM;
    let material_width = widest(&heads[0], material_names.iter().cloned());
    let file_x = material_x + material_width + GAP_MM;
    let sheets_width = widest(&heads[5], rows.iter().filter_map(|r| r.sheets).max().map(number));
    let unplanned = rows.iter().any(|r| r.copies.is_none()).then(|| not_planned.to_owned());
    let copies_width = widest(&heads[4], rows.iter().filter_map(|r| r.copies).max().map(number).into_iter().chain(unplanned));
    let pages_width = widest(&heads[3], rows.iter().filter_map(|r| r.pages).max().map(|p| number(p as u64)));
    let unfitted = rows.iter().any(|r| r.sheet.is_none() && r.material != "audio").then(|| no_sheet.to_owned());
    let sheet_width = widest(&heads[2], rows.iter().filter_map(|r| r.sheet.as_ref().map(|s| s.name.clone())).chain(unfitted));
    let copies_edge = RIGHT_MM - sheets_width - GAP_MM;
    let pages_edge = copies_edge - copies_width - GAP_MM;
    let sheet_x = pages_edge - pages_width - GAP_MM - sheet_width;
    [
        Column { x: material_x, width: material_width, right: false },
        Column { x: file_x, width: (sheet_x - GAP_MM - file_x).max(20.0), right: false },
        Column { x: sheet_x, width: sheet_width, right: false },
        Column { x: pages_edge, width: pages_width, right: true },
        Column { x: copies_edge, width: copies_width, right: true },
        Column { x: RIGHT_MM, width: sheets_width, right: true },
    ]
}

/// The lines page by page: a run of lines kept together (a table row, a
/// ballot with its files, a heading with what follows) starts a new page
/// when it does not fit on what is left of this one but fits on a page.
fn paginate(lines: &[TextLine], per_page: usize) -> Vec<Vec<&TextLine>> {
    let mut pages: Vec<Vec<&TextLine>> = vec![Vec::new()];
    for (i, line) in lines.iter().enumerate() {
        let starts_run = i == 0 || !lines[i - 1].keep;
        let used = pages.last().map_or(0, Vec::len);
        // Only where a run starts, so a national sheet is paged in one pass.
        let run = || 1 + lines[i..].iter().take_while(|l| l.keep).count();
        if used > 0 && (used >= per_page || (starts_run && line.keep && { let run = run(); run <= per_page && used + run > per_page })) {
            pages.push(Vec::new());
        }
        if let Some(page) = pages.last_mut() {
            // A page does not start with an empty line.
            if !(page.is_empty() && line.cells.is_empty()) {
                page.push(line);
            }
        }
    }
    pages
}

fn draw(surface: &mut Surface, lines: &[&TextLine]) {
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

#[cfg(test)]
mod tests {
    use super::{paginate, wrap, TextLine};
    use crate::util::fonts::Weight;

    #[test]
    fn wrapping_never_cuts_a_text_short() {
        let path = format!("{}/large-print-kk.pdf", "a".repeat(64));
        let lines = wrap(&path, 60.0, Weight::Regular);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.concat(), path);
        // Broken after the folder's slash, where it can be.
        let lines = wrap("ballot-0001/large-print-kk.pdf", 30.0, Weight::Regular);
        assert_eq!(lines[0], "ballot-0001/", "{lines:?}");
        assert_eq!(lines.concat(), "ballot-0001/large-print-kk.pdf");
        let words = wrap("one two three four five six seven", 20.0, Weight::Regular);
        assert_eq!(words.join(" "), "one two three four five six seven");
        assert_eq!(wrap("", 20.0, Weight::Regular), [""]);
    }

    #[test]
    fn lines_kept_together_start_a_new_page() {
        let line = |keep: bool| TextLine { cells: vec![super::Cell { x: 0.0, text: "x".into(), right: false }], bold: false, rule: false, keep };
        // Three loose lines, then a run of three kept together: on a page of
        // four, the run goes to the second page whole.
        let lines = vec![line(false), line(false), line(false), line(true), line(true), line(false)];
        let pages = paginate(&lines, 4);
        assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3]);
        // A run longer than a page is broken where the page ends.
        let long: Vec<TextLine> = (0..6).map(|i| line(i < 5)).collect();
        assert_eq!(paginate(&long, 4).iter().map(Vec::len).collect::<Vec<_>>(), [4, 2]);
    }
}
