//! `ballot-access measure BALLOT.pdf`: the paper and the empty mark squares
//! of the printing house's ballot PDF, as the definition's `paper:` block.
//! The page's drawing operators are followed (the current transformation
//! matrix, forms, the page's crop box and rotation); a square is a `re`
//! rectangle, a closed four-sided path, or four separate lines. The squares of
//! the most common box size (5 to 25 mm) are the mark boxes.

use crate::i18n::{Arg, Locale, Message};
use crate::msg;
use std::path::Path;

use lopdf::content::Content;
use lopdf::{Document, Object, ObjectId};

use crate::model::Rect;

/// A point per millimetre's worth: PDF units are 1/72 inch.
const MM_PER_PT: f64 = 25.4 / 72.0;
/// The most drawing a page may unpack to: a ballot's is kilobytes to a few
/// megabytes; a small file that unpacks without end is not a ballot.
const MAX_CONTENT_BYTES: usize = 256 << 20;
/// Positions agreeing within this are the same (mm).
const SAME_MM: f64 = 0.1;

/// What a page holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// The page as printed (crop box, rotated), mm.
    pub width_mm: f64,
    /// Height, mm.
    pub height_mm: f64,
    /// The mark squares, top to bottom (mm from the sheet's top-left corner).
    pub boxes: Vec<Rect>,
}

/// An affine matrix [a b c d e f] as PDF writes it.
#[derive(Clone, Copy, Debug)]
struct Matrix([f64; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self` applied first, then `then`.
    fn then(self, then: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = then.0;
        Matrix([a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2])
    }

    fn apply(self, (x, y): (f64, f64)) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }
}

fn number(object: &Object) -> Option<f64> {
    match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

fn numbers(operands: &[Object]) -> Option<Vec<f64>> {
    operands.iter().map(number).collect()
}

/// A straight segment in page space (points).
type Segment = ((f64, f64), (f64, f64));

/// Follows a content stream, collecting every stroked or filled path's segments.
struct Walker<'a> {
    document: &'a Document,
    segments: Vec<Segment>,
    depth: usize,
    /// Operations still allowed: a form drawing itself over and over is not a ballot.
    budget: usize,
    /// The forms being drawn (a form that draws itself is drawn once).
    drawing: Vec<ObjectId>,
}

/// Operations followed at most, over the page and its forms.
const MAX_OPERATIONS: usize = 2_000_000;
/// Segments kept at most: a ballot's boxes and rules are far fewer.
const MAX_SEGMENTS: usize = 200_000;

impl Walker<'_> {
    fn walk(&mut self, content: &[u8], resources: Option<&lopdf::Dictionary>, start: Matrix) {
        let Ok(content) = Content::decode(content) else { return };
        let mut ctm = start;
        let mut stack: Vec<Matrix> = Vec::new();
        let mut path: Vec<Segment> = Vec::new();
        let (mut current, mut subpath_start) = ((0.0, 0.0), (0.0, 0.0));
        for op in &content.operations {
            if self.budget == 0 || self.segments.len() > MAX_SEGMENTS {
                return;
            }
            self.budget -= 1;
            let n = numbers(&op.operands);
            match (op.operator.as_str(), n.as_deref()) {
                ("q", _) => stack.push(ctm),
                ("Q", _) => ctm = stack.pop().unwrap_or(start),
                ("cm", Some(&[a, b, c, d, e, f])) => ctm = Matrix([a, b, c, d, e, f]).then(ctm),
                ("m", Some(&[x, y])) => {
                    current = ctm.apply((x, y));
                    subpath_start = current;
                }
                ("l", Some(&[x, y])) => {
                    let to = ctm.apply((x, y));
                    path.push((current, to));
                    current = to;
                }
                ("h", _) => {
                    path.push((current, subpath_start));
                    current = subpath_start;
                }
                ("re", Some(&[x, y, w, h])) => {
                    let corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)].map(|p| ctm.apply(p));
                    for i in 0..4 {
                        path.push((corners[i], corners[(i + 1) % 4]));
                    }
                    current = corners[0];
                    subpath_start = corners[0];
                }
                // Curves end where they end; their shape is not a square's.
                ("c", Some(&[.., x, y])) | ("v", Some(&[.., x, y])) | ("y", Some(&[.., x, y])) => current = ctm.apply((x, y)),
                // An empty mark square is an outline: stroked paths count, filled-only ones (timing marks, logos) do not.
                ("S" | "s" | "B" | "B*" | "b" | "b*", _) => {
                    if matches!(op.operator.as_str(), "s" | "b" | "b*") {
                        path.push((current, subpath_start));
                    }
                    self.segments.append(&mut path);
                }
                ("f" | "F" | "f*", _) => path.clear(),
                ("n", _) => path.clear(),
                ("Do", _) => {
                    if let (Some(Object::Name(name)), Some(resources)) = (op.operands.first(), resources) {
                        self.form(resources, name, ctm);
                    }
                }
                _ => {}
            }
        }
    }

    /// A form XObject's drawing, with its matrix, inside the current one.
    fn form(&mut self, resources: &lopdf::Dictionary, name: &[u8], ctm: Matrix) {
        if self.depth > 8 {
            return;
        }
        let deref = |o: &'_ Object| -> Option<Object> { self.document.dereference(o).ok().map(|(_, o)| o.clone()) };
        let Some(Object::Dictionary(xobjects)) = resources.get(b"XObject").ok().and_then(deref) else { return };
        let Ok(reference) = xobjects.get(name) else { return };
        let id = match reference {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        if id.is_some_and(|id| self.drawing.contains(&id)) {
            return;
        }
        let Some(Object::Stream(stream)) = deref(reference) else { return };
        if stream.dict.get(b"Subtype").ok() != Some(&Object::Name(b"Form".to_vec())) {
            return;
        }
        let matrix = stream.dict.get(b"Matrix").ok().and_then(|m| match m {
            Object::Array(a) => numbers(a).filter(|n| n.len() == 6).map(|n| Matrix([n[0], n[1], n[2], n[3], n[4], n[5]])),
            _ => None,
        });
        let inner = stream.dict.get(b"Resources").ok().and_then(deref).and_then(|r| match r {
            Object::Dictionary(d) => Some(d),
            _ => None,
        });
        let content = if stream.dict.has(b"Filter") {
            match stream.decompressed_content_with_limit(MAX_CONTENT_BYTES) {
                Ok(content) => content,
                Err(_) => return,
            }
        } else {
            stream.content.clone()
        };
        self.depth += 1;
        self.drawing.extend(id);
        let resources = inner.unwrap_or_else(|| resources.clone());
        self.walk(&content, Some(&resources), matrix.unwrap_or(Matrix::IDENTITY).then(ctm));
        self.drawing.pop_if(|_| id.is_some());
        self.depth -= 1;
    }
}

/// A page attribute, inherited from its parents when the page has none.
fn inherited(document: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut id = page;
    for _ in 0..32 {
        let dict = document.get_dictionary(id).ok()?;
        if let Ok(value) = dict.get(key) {
            return document.dereference(value).ok().map(|(_, o)| o.clone());
        }
        id = match dict.get(b"Parent").ok()? {
            Object::Reference(parent) => *parent,
            _ => return None,
        };
    }
    None
}

fn rectangle(object: Option<Object>) -> Option<[f64; 4]> {
    let Some(Object::Array(values)) = object else { return None };
    let n = numbers(&values)?;
    (n.len() == 4).then(|| [n[0].min(n[2]), n[1].min(n[3]), n[0].max(n[2]), n[1].max(n[3])])
}

/// The squares drawn on page `page` (from 1) of the PDF at `path`.
pub fn measure(path: &Path, page: u32) -> Result<Measured, Message> {
    let document = Document::load(path).map_err(|e| msg!("measure-not-a-pdf", path = path, cause = e.to_string()))?;
    let pages = document.get_pages();
    let Some(&page_id) = pages.get(&page) else {
        return Err(msg!("measure-no-such-page", path = path, pages = pages.len(), page = page.to_string()));
    };
    let media = rectangle(inherited(&document, page_id, b"MediaBox")).ok_or_else(|| msg!("measure-no-media-box", page = page.to_string()))?;
    // The ballot as cut: the trim box (a print file's bleed lies outside it), else the crop box, else the media box.
    let within = |c: [f64; 4]| [c[0].max(media[0]), c[1].max(media[1]), c[2].min(media[2]), c[3].min(media[3])];
    let crop = rectangle(inherited(&document, page_id, b"TrimBox")).or_else(|| rectangle(inherited(&document, page_id, b"CropBox"))).map_or(media, within);
    if crop[2] - crop[0] < 1.0 || crop[3] - crop[1] < 1.0 {
        return Err(msg!("measure-no-area", page = page.to_string(), boxes = format!("{media:?}")));
    }
    let turn = inherited(&document, page_id, b"Rotate").as_ref().and_then(number).unwrap_or(0.0);
    if turn.rem_euclid(90.0) != 0.0 {
        return Err(msg!("measure-odd-turn", page = page.to_string(), degrees = turn));
    }
    let rotate = turn.rem_euclid(360.0) as i64;
    let resources = match inherited(&document, page_id, b"Resources") {
        Some(Object::Dictionary(d)) => Some(d),
        _ => None,
    };
    let mut walker = Walker { document: &document, segments: Vec::new(), depth: 0, budget: MAX_OPERATIONS, drawing: Vec::new() };
    let content = document.get_page_content_with_limit(page_id, MAX_CONTENT_BYTES).map_err(|e| msg!("measure-unreadable-drawing", page = page.to_string(), cause = e.to_string()))?;
    walker.walk(&content, resources.as_ref(), Matrix::IDENTITY);

    // Page space to millimetres from the top-left corner of the page as shown (crop box, rotated).
    let [x0, y0, x1, y1] = crop;
    let (w, h) = ((x1 - x0) * MM_PER_PT, (y1 - y0) * MM_PER_PT);
    let to_mm = |(x, y): (f64, f64)| {
        let (u, v) = ((x - x0) * MM_PER_PT, (y1 - y) * MM_PER_PT); // unrotated, from the top-left
        match rotate {
            90 => (h - v, u),
            180 => (w - u, h - v),
            270 => (v, w - u),
            _ => (u, v),
        }
    };
    let (width_mm, height_mm) = if rotate == 90 || rotate == 270 { (h, w) } else { (w, h) };
    if walker.budget == 0 || walker.segments.len() > MAX_SEGMENTS {
        return Err(msg!("measure-too-much-drawing", page = page.to_string(), operations = MAX_OPERATIONS, lines = MAX_SEGMENTS));
    }
    let segments: Vec<Segment> = walker.segments.iter().map(|&(a, b)| (to_mm(a), to_mm(b))).collect();
    Ok(Measured { width_mm, height_mm, boxes: mark_boxes(&squares(&segments)) })
}

/// Squares formed by axis-aligned segments: each side covered by some
/// segment (lines may run past the corners, as four separately drawn lines do).
fn squares(segments: &[Segment]) -> Vec<Rect> {
    let near = |a: f64, b: f64| (a - b).abs() <= SAME_MM;
    // Horizontal (y, x from, x to) and vertical (x, y from, y to) segments, each sorted by position.
    let mut horizontal = Vec::new();
    let mut vertical = Vec::new();
    for &((ax, ay), (bx, by)) in segments {
        if near(ay, by) && !near(ax, bx) {
            horizontal.push((ay, ax.min(bx), ax.max(bx)));
        } else if near(ax, bx) && !near(ay, by) {
            vertical.push((ax, ay.min(by), ay.max(by)));
        }
    }
    let by_position = |a: &(f64, f64, f64), b: &(f64, f64, f64)| a.0.total_cmp(&b.0);
    horizontal.sort_by(by_position);
    vertical.sort_by(by_position);
    // The lines at `at` (within 0.1 mm) covering `from..to`.
    let covers = |lines: &[(f64, f64, f64)], at: f64, from: f64, to: f64| {
        let first = lines.partition_point(|l| l.0 < at - SAME_MM);
        lines[first..].iter().take_while(|l| l.0 <= at + SAME_MM).any(|&(_, a, b)| a <= from + SAME_MM && b >= to - SAME_MM)
    };
    let mut found: Vec<Rect> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let key = |r: &Rect| ((r.x * 5.0).round() as i64, (r.y * 5.0).round() as i64, (r.width * 5.0).round() as i64);
    for &(left, v_from, v_to) in &vertical {
        let tops = horizontal.partition_point(|h| h.0 < v_from - SAME_MM);
        for &(top, h_from, h_to) in horizontal[tops..].iter().take_while(|h| h.0 <= v_to - 5.0 + SAME_MM) {
            if h_from > left + SAME_MM || h_to < left + 5.0 - SAME_MM {
                continue;
            }
            let rights = vertical.partition_point(|v| v.0 < left + 5.0 - SAME_MM);
            for &(right, _, _) in vertical[rights..].iter().take_while(|v| v.0 <= left + 25.0 + SAME_MM) {
                let size = right - left;
                let bottom = top + size;
                if covers(&horizontal, top, left, right) && covers(&horizontal, bottom, left, right) && covers(&vertical, left, top, bottom) && covers(&vertical, right, top, bottom) {
                    let square = Rect { x: left, y: top, width: size, height: size };
                    if seen.insert(key(&square)) {
                        found.push(square);
                        if found.len() > 10_000 {
                            return found;
                        }
                    }
                }
            }
        }
    }
    found
}

/// The squares of the most common size (within 0.1 mm), top to bottom.
fn mark_boxes(squares: &[Rect]) -> Vec<Rect> {
    let mut best: Vec<Rect> = Vec::new();
    for square in squares {
        let same: Vec<Rect> = squares.iter().filter(|s| (s.width - square.width).abs() <= SAME_MM).copied().collect();
        if same.len() > best.len() {
            best = same;
        }
    }
    best.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    best
}

/// Rounds to 0.01 mm for printing.
fn mm(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The definition's `paper:` block for what was measured, with its comments
/// in `ui`, and how many boxes are off the regular grid; or why the boxes
/// cannot be read as one column on a regular grid. Boxes off the grid get
/// `box:` lines for their options.
pub fn paper_block(measured: &Measured, ui: Locale) -> Result<(String, usize), Message> {
    let boxes = &measured.boxes;
    if boxes.is_empty() {
        return Err(msg!("measure-no-squares"));
    }
    let size = boxes[0].width;
    let x = boxes[0].x;
    if boxes.iter().any(|b| (b.x - x).abs() > 0.2) {
        let columns: Vec<String> = boxes.iter().map(|b| mm(b.x)).collect();
        return Err(msg!("measure-not-one-column", squares = boxes.len(), size = Arg::Decimal(mm(size)), lefts = columns.join(", ")));
    }
    // The pitch every box agrees with best (a box off the grid does not move it): the median step.
    let mut steps: Vec<f64> = boxes.windows(2).map(|w| w[1].y - w[0].y).collect();
    steps.sort_by(f64::total_cmp);
    let pitch = steps.get(steps.len() / 2).copied().unwrap_or(size * 1.7);
    // The grid's start fitted over the boxes on it (rounding a few hundredths away).
    let on_grid: Vec<f64> = boxes.iter().enumerate().map(|(i, b)| b.y - pitch * i as f64).filter(|start| (start - boxes[0].y).abs() <= 0.2).collect();
    let first_y = on_grid.iter().sum::<f64>() / on_grid.len().max(1) as f64;
    let mut out = format!(
        "paper:\n  width_mm: {}\n  height_mm: {}\n  boxes:\n    size_mm: {}\n    x_mm: {}\n    first_y_mm: {}\n    pitch_mm: {}\n",
        mm(measured.width_mm),
        mm(measured.height_mm),
        mm(size),
        mm(x),
        mm(first_y),
        mm(pitch)
    );
    let mut off = 0;
    for (i, b) in boxes.iter().enumerate() {
        let expected = first_y + pitch * i as f64;
        if (b.y - expected).abs() > 0.2 {
            off += 1;
            let comment = msg!("measure-off-grid-box", option = (i + 1).to_string(), x = mm(b.x), y = mm(b.y)).render(ui);
            out.push_str(&format!("# {comment}\n"));
        }
    }
    out.push_str(&format!("# {}\n", msg!("measure-boxes-found", boxes = boxes.len()).render(ui)));
    Ok((out, off))
}

/// Every option whose box in the definition is more than 0.2 mm from the
/// measured one (or a count that differs), as lines to print.
pub fn compare(measured: &Measured, expected: &[Rect], paper: (f64, f64)) -> Vec<Message> {
    // Boxes that do not read as one set cannot be paired with options.
    if let Err(why) = paper_block(measured, Locale::En) {
        return vec![why];
    }
    let d = |v: f64| Arg::Decimal(mm(v));
    let mut problems = Vec::new();
    if (measured.width_mm - paper.0).abs() > 0.2 || (measured.height_mm - paper.1).abs() > 0.2 {
        problems.push(msg!("measure-paper-differs", pdf_width = d(measured.width_mm), pdf_height = d(measured.height_mm), width = d(paper.0), height = d(paper.1)));
    }
    if measured.boxes.len() != expected.len() {
        problems.push(msg!("measure-count-differs", boxes = measured.boxes.len(), options = expected.len()));
    }
    for (i, (found, wanted)) in measured.boxes.iter().zip(expected).enumerate() {
        let off = (found.x - wanted.x).abs().max((found.y - wanted.y).abs()).max((found.width - wanted.width).abs());
        if off > 0.2 {
            problems.push(msg!(
                "measure-box-differs",
                option = (i + 1).to_string(),
                pdf_x = d(found.x), pdf_y = d(found.y), pdf_size = d(found.width),
                x = d(wanted.x), y = d(wanted.y), size = d(wanted.width),
                off = d(off)
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::{mark_boxes, squares, Segment};

    #[test]
    fn squares_from_rectangles_and_from_four_lines() {
        let square = |x: f64, y: f64, s: f64| -> Vec<Segment> { vec![((x, y), (x + s, y)), ((x + s, y), (x + s, y + s)), ((x + s, y + s), (x, y + s)), ((x, y + s), (x, y))] };
        let mut segments = square(124.0, 62.0, 10.0);
        segments.extend(square(124.0, 79.0, 10.0));
        // Four lines of different lengths, overlapping at the corners.
        segments.extend([((123.9, 96.0), (134.1, 96.0)), ((124.0, 95.9), (124.0, 106.1)), ((134.0, 96.0), (134.0, 106.0)), ((124.0, 106.0), (134.0, 106.0))]);
        // A frame and a logo square of another size are not mark boxes.
        segments.extend(square(5.0, 5.0, 138.0));
        segments.extend(square(10.0, 10.0, 20.0));
        let found = mark_boxes(&squares(&segments));
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found.iter().map(|b| b.y.round() as i64).collect::<Vec<_>>(), [62, 79, 96]);
    }
}
