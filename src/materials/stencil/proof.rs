//! `stencil-proof.pdf`: the registration proof of a ballot's stencils, to
//! print on transparent film at 1:1 and lay over a printed ballot before
//! cutting. TrimBox = the ballot's paper, drawn as its outline with the
//! stencil's corner cut; every window the stencils cut as a thin filled ring
//! (so `measure` does not take it for a box); every mark box as a stroked
//! empty square of the box size, where the definition puts it (as on a
//! printed ballot: `measure PROOF --check BALLOT.yaml` reads them back);
//! corner marks and registration targets in a 10 mm slug around the paper;
//! above it the identification, below it a scale bar and what to check, in
//! every language of the election (never `production.language`, which is
//! not an input of any material).

use krilla::color::luma;
use krilla::geom::{PathBuilder, Rect as PdfRect, Transform};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::{Document, SerializeSettings};

use crate::draw::pdf::{draw_text, metadata, push_circle, push_polygon, push_rounded_rect};
use crate::draw::{pt, PT_PER_MM};
// The ring of marks around the paper is the stencil's slug: the proof's page
// is the stencil's page and goes on the same stock.
use crate::util::fonts::{text_width, Weight};
use crate::geometry::SLUG_MM;
use crate::i18n::{Arg, Locale};
use crate::model::{Ballot, ElectionInfo, Lang, Window};
use crate::msg;
use crate::render::RenderError;

/// The proof's name in the ballot's folder.
pub(crate) const FILE: &str = "stencil-proof.pdf";

/// Registration targets: centre this far outside the paper's edge, radius, arm.
const TARGET_AT_MM: f64 = 5.0;
const TARGET_RADIUS_MM: f64 = 2.5;
const TARGET_ARM_MM: f64 = 4.0;
/// Corner marks: the paper's edges continued outwards, from this far to that far.
const CORNER_FROM_MM: f64 = 1.0;
const CORNER_TO_MM: f64 = 8.0;
/// Hairlines: the paper's outline, marks and mark boxes, points.
const LINE_PT: f32 = 0.25;
/// Width of the filled ring on each window's cut line, millimetres.
const WINDOW_RING_MM: f64 = 0.2;
/// Text in the slug: largest size, smallest, option numbers' size, lines
/// at most in a half of the slug, space kept clear of the marks.
const TEXT_PT: f32 = 5.0;
const MIN_TEXT_PT: f32 = 3.5;
const NUMBER_PT: f32 = 6.0;
const SLUG_LINES: usize = 3;
const CLEAR_MM: f64 = 1.5;
/// Scale bar lengths, longest first, and its height.
const SCALE_BARS_MM: [u32; 4] = [100, 50, 20, 10];
const BAR_MM: f64 = 1.5;

/// A line of text: bold or not, at a size.
struct Line {
    text: String,
    bold: bool,
    size: f32,
}

/// The interface language that writes an election language.
fn locale(lang: Lang) -> Locale {
    Locale::from_code(lang.code()).unwrap_or(Locale::En)
}

/// `text` broken at spaces into lines at most `width` mm wide; a word wider
/// than a line (a long path on a narrow ballot) is broken between characters,
/// so that all of it is on the page.
fn wrap_at(text: &str, bold: bool, size: f32, width: f64, lines: &mut Vec<Line>) {
    let weight = if bold { Weight::Bold } else { Weight::Regular };
    let fits = |t: &str| f64::from(text_width(t, weight, size)) / PT_PER_MM <= width;
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let next = if current.is_empty() { word.to_owned() } else { format!("{current} {word}") };
        if fits(&next) {
            current = next;
            continue;
        }
        if !current.is_empty() {
            lines.push(Line { text: std::mem::take(&mut current), bold, size });
        }
        for c in word.chars() {
            current.push(c);
            if current.chars().count() > 1 && !fits(&current) {
                current.pop();
                lines.push(Line { text: std::mem::replace(&mut current, c.to_string()), bold, size });
            }
        }
    }
    lines.push(Line { text: current, bold, size });
}

/// `text` in at most [`SLUG_LINES`] lines of `width` mm: at the largest size
/// that takes it whole, else at the smallest, its last line ending in `…`.
fn slug_block(text: &str, bold: bool, width: f64) -> Vec<Line> {
    let mut size = TEXT_PT;
    loop {
        let mut lines = Vec::new();
        wrap_at(text, bold, size, width, &mut lines);
        if lines.len() <= SLUG_LINES {
            return lines;
        }
        if size <= MIN_TEXT_PT {
            lines.truncate(SLUG_LINES);
            if let Some(last) = lines.last_mut() {
                last.text.pop();
                last.text.push('…');
            }
            return lines;
        }
        size -= 0.5;
    }
}

/// Every window the ballot's stencils cut, once (each language's stencil
/// cuts the same windows; one that differed would be drawn too).
fn windows(ballot: &Ballot) -> Vec<&Window> {
    let mut all: Vec<&Window> = Vec::new();
    for window in ballot.tactile.iter().flat_map(|t| &t.windows) {
        if !all.contains(&window) {
            all.push(window);
        }
    }
    all
}

/// The proof of `ballot`, whose stencils are `stencils` (file names).
pub(super) fn pdf(info: &ElectionInfo, ballot: &Ballot, stencils: &[String], source_date_epoch: Option<i64>) -> Result<Vec<u8>, RenderError> {
    let (width, height) = (ballot.paper.width_mm, ballot.paper.height_mm);
    let first = info.languages.first().copied().unwrap_or(Lang::En);
    let boxes = crate::geometry::ballot_boxes(ballot);
    // The page is the stencil's (the paper and its slug), so it goes on the
    // stencils' stock, which `check` proves it fits. What is written goes in
    // the slug, either side of the registration target in each edge's middle.
    let half = width / 2.0 - TARGET_ARM_MM - 2.0 * CLEAR_MM;
    let (left_x, right_x) = (CLEAR_MM, width / 2.0 + TARGET_ARM_MM + CLEAR_MM);
    let identification = msg!(
        "plan-proof-identification",
        file = format!("{}/{}/{FILE}", info.id, ballot.id),
        proof_id = crate::util::phrases::proof_id(first, &ballot.proof_id),
        stencils = stencils.join(", ")
    );
    let top_left = slug_block(&identification.render(locale(first)), true, half);
    let title = msg!("plan-proof-title", election = info.title.get(first), constituency = constituency(ballot, first));
    let top_right = slug_block(&title.render(locale(first)), false, half);
    let size = boxes.first().map_or(0.0, |b| b.width);
    let check = msg!("plan-proof-check", size = Arg::from(size));
    let bottom_right = slug_block(&check.render(locale(first)), false, half);

    let (page_width, page_height) = crate::geometry::trimmed_page_mm(width, height);
    let (left, above) = (SLUG_MM, SLUG_MM);
    let mut document = Document::new_with(SerializeSettings { compress_content_streams: true, ..SerializeSettings::default() });
    let settings = PageSettings::from_wh(pt(page_width), pt(page_height))
        .ok_or(RenderError::PageSize { width_pt: pt(page_width), height_pt: pt(page_height) })?
        .with_trim_box(PdfRect::from_xywh(pt(left), pt(above), pt(width), pt(height)));
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    surface.push_transform(&Transform::from_translate(pt(left), pt(above)));
    marks(&mut surface, width, height, info.stencil.corner_cut_mm);
    draw_windows(&mut surface, &windows(ballot), width);
    // The mark boxes: empty squares, as printed.
    let mut squares = PathBuilder::new();
    for b in &boxes {
        push_polygon(&mut squares, &[(b.x, b.y), (b.right(), b.y), (b.right(), b.bottom()), (b.x, b.bottom())]);
    }
    stroke(&mut surface, squares);

    surface.set_fill(Some(Fill { paint: luma::Color::black().into(), ..Fill::default() }));
    // Above the paper: lines from the slug's top down to clear of the paper.
    let block = |surface: &mut Surface, x: f64, top: f64, lines: &[Line]| {
        let mut baseline = top;
        for line in lines {
            baseline += f64::from(line.size) / PT_PER_MM * 1.25;
            text(surface, x, baseline, line);
        }
    };
    let top = -SLUG_MM + CLEAR_MM;
    block(&mut surface, left_x, top, &top_left);
    block(&mut surface, right_x, top, &top_right);
    // Below the paper: the scale bar and what it must measure, left; what to check, right.
    let bar_top = height + CLEAR_MM + 1.0;
    let caption_width = |mm: u32| f64::from(text_width(&crate::util::phrases::must_measure(first, mm), Weight::Regular, TEXT_PT)) / PT_PER_MM;
    // The caption goes under the bar: each must fit the half on its own.
    let bar_mm = SCALE_BARS_MM.into_iter().find(|&mm| f64::from(mm) <= half && caption_width(mm) <= half).unwrap_or(10);
    let mut bar = PathBuilder::new();
    let bar_right = left_x + f64::from(bar_mm);
    push_polygon(&mut bar, &[(left_x, bar_top), (bar_right, bar_top), (bar_right, bar_top + BAR_MM), (left_x, bar_top + BAR_MM)]);
    if let Some(path) = bar.finish() {
        surface.draw_path(&path);
    }
    let caption = Line { text: crate::util::phrases::must_measure(first, bar_mm), bold: false, size: TEXT_PT };
    text(&mut surface, left_x, bar_top + BAR_MM + 2.5, &caption);
    block(&mut surface, right_x, height + CLEAR_MM, &bottom_right);
    surface.pop();
    surface.finish();
    page.finish();
    let title = msg!("plan-proof-document-title", ballot = format!("{}/{}", info.id, ballot.id)).render(locale(first));
    document.set_metadata(metadata(title, first.code(), source_date_epoch));
    document.finish().map_err(RenderError::pdf)
}

/// The constituency as the proof names it: its number and name.
fn constituency(ballot: &Ballot, lang: Lang) -> String {
    let name = ballot.constituency.name.get(lang);
    match ballot.constituency.number {
        Some(number) if !crate::model::names_number(name, number) => format!("№ {number} {name}"),
        _ => name.to_owned(),
    }
}

fn text(surface: &mut Surface, x: f64, baseline: f64, line: &Line) {
    let weight = if line.bold { Weight::Bold } else { Weight::Regular };
    draw_text(surface, pt(x), pt(baseline), line.size, weight, &line.text);
}

/// Strokes a path in black hairline.
fn stroke(surface: &mut Surface, path: PathBuilder) {
    if let Some(path) = path.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke { paint: luma::Color::black().into(), width: LINE_PT, ..Stroke::default() }));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
}

/// The paper's outline with the stencil's corner cut across its top-right
/// corner, corner marks continuing its edges outwards, and a registration
/// target (circle and cross) outside the middle of each edge.
fn marks(surface: &mut Surface, width: f64, height: f64, corner_cut: f64) {
    let mut lines = PathBuilder::new();
    push_polygon(&mut lines, &[(0.0, 0.0), (width, 0.0), (width, height), (0.0, height)]);
    lines.move_to(pt(width - corner_cut), pt(0.0));
    lines.line_to(pt(width), pt(corner_cut));
    for (x, y) in [(0.0, 0.0), (width, 0.0), (0.0, height), (width, height)] {
        let (dx, dy) = (if x == 0.0 { -1.0 } else { 1.0 }, if y == 0.0 { -1.0 } else { 1.0 });
        lines.move_to(pt(x + dx * CORNER_FROM_MM), pt(y));
        lines.line_to(pt(x + dx * CORNER_TO_MM), pt(y));
        lines.move_to(pt(x), pt(y + dy * CORNER_FROM_MM));
        lines.line_to(pt(x), pt(y + dy * CORNER_TO_MM));
    }
    let a = TARGET_AT_MM;
    for (cx, cy) in [(width / 2.0, -a), (width / 2.0, height + a), (-a, height / 2.0), (width + a, height / 2.0)] {
        push_circle(&mut lines, cx, cy, TARGET_RADIUS_MM);
        lines.move_to(pt(cx - TARGET_ARM_MM), pt(cy));
        lines.line_to(pt(cx + TARGET_ARM_MM), pt(cy));
        lines.move_to(pt(cx), pt(cy - TARGET_ARM_MM));
        lines.line_to(pt(cx), pt(cy + TARGET_ARM_MM));
    }
    stroke(surface, lines);
}

/// Each window's cut line as a filled ring `WINDOW_RING_MM` wide (filled, so
/// it is not read as a mark box, whatever its corner radius), with the
/// option's number beside it, on the side away from the paper's nearer edge.
fn draw_windows(surface: &mut Surface, windows: &[&Window], width: f64) {
    let half = WINDOW_RING_MM / 2.0;
    let mut rings = PathBuilder::new();
    for w in windows {
        let c = &w.cut;
        push_rounded_rect(&mut rings, c.x - half, c.y - half, c.width + 2.0 * half, c.height + 2.0 * half, w.radius + half);
        push_rounded_rect(&mut rings, c.x + half, c.y + half, c.width - 2.0 * half, c.height - 2.0 * half, (w.radius - half).max(0.0));
    }
    surface.set_fill(Some(Fill { paint: luma::Color::black().into(), rule: FillRule::EvenOdd, ..Fill::default() }));
    if let Some(path) = rings.finish() {
        surface.draw_path(&path);
    }
    for w in windows {
        let c = &w.cut;
        let number = w.number.to_string();
        let number_width = f64::from(text_width(&number, Weight::Regular, NUMBER_PT)) / PT_PER_MM;
        let x = if c.x + c.width / 2.0 < width / 2.0 { c.right() + 1.0 } else { c.x - 1.0 - number_width };
        draw_text(surface, pt(x), pt(c.y + c.height / 2.0 + 0.75), NUMBER_PT, Weight::Regular, &number);
    }
}

#[cfg(test)]
mod tests {
    use super::{wrap_at, Line, PT_PER_MM, TEXT_PT};
    use crate::util::fonts::{text_width, Weight};

    #[test]
    fn wrapped_lines_fit_and_keep_every_character() {
        let text = "kz-2023-mazhilis/a-very-long-ballot-id-with-no-spaces-at-all-0123456789/stencil-proof.pdf · Тексеру коды: 3430e175 · stencil-kk.pdf, stencil-kk.svg";
        let mut lines: Vec<Line> = Vec::new();
        wrap_at(text, false, TEXT_PT, 40.0, &mut lines);
        assert!(lines.len() > 3, "{}", lines.len());
        for line in &lines {
            let width = f64::from(text_width(&line.text, Weight::Regular, TEXT_PT)) / PT_PER_MM;
            assert!(width <= 40.0, "{:?} is {width:.1} mm", line.text);
        }
        let joined: String = lines.iter().map(|l| l.text.replace(' ', "")).collect();
        assert_eq!(joined, text.replace(' ', ""));
        // Words that fit stay whole.
        assert!(lines.iter().any(|l| l.text.contains("stencil-kk.pdf,")), "{:?}", lines.iter().map(|l| &l.text).collect::<Vec<_>>());
    }
}
