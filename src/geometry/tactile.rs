//! Geometry of the braille stencil and the tactile overlay, in millimetres
//! from the sheet's top-left corner: windows over the ballot's boxes, braille
//! labels and their dots, the heading and the orientation corner. Both
//! materials, the SVG and the previews draw from this; nothing else computes
//! these positions.

use crate::braille;
use crate::model::{BallotOption, BrailleBlock, Caption, Constituency, Contest, ContestKind, Dot, DotGeometry, ElectionInfo, Lang, Paper, Rect, Tactile, Window};

use super::boxes;

/// Why a stencil cannot be laid out.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A label needs more cells than fit beside its window.
    LabelTooLong { number: usize, label: String, needed: usize, fit: usize, lines: usize },
    /// A window would cut through the sheet's edge.
    WindowOffSheet { number: usize },
    /// Two tactile elements would be too close.
    TooClose { first: String, second: String, number: usize, distance: f64, needed: f64 },
    /// liblouis failed.
    Braille(String),
}

/// Blank cell.
const BLANK: char = braille::BLANK;
/// Caption size: small, for sighted helpers only.
const CAPTION_PT: f64 = 5.0;
const MM_PER_PT: f64 = 25.4 / 72.0;

/// The short form of a contest kind for the stencil heading.
pub fn kind_short(kind: ContestKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (ContestKind::Candidates, Lang::Kk) => "Кандидаттар",
        (ContestKind::Parties, Lang::Kk) => "Партиялар",
        (ContestKind::Question, Lang::Kk) => "Референдум",
        (ContestKind::Candidates, Lang::Ru) => "Кандидаты",
        (ContestKind::Parties, Lang::Ru) => "Партии",
        (ContestKind::Question, Lang::Ru) => "Референдум",
        (ContestKind::Candidates, Lang::En) => "Candidates",
        (ContestKind::Parties, Lang::En) => "Parties",
        (ContestKind::Question, Lang::En) => "Referendum",
    }
}

/// The label of an option: its `label`, else the first word of its name
/// without surrounding quotes or punctuation.
pub fn label_text(option: &BallotOption, lang: Lang) -> String {
    match &option.label {
        Some(label) => label.get(lang).to_owned(),
        None => {
            let name = option.name.get(lang);
            let first = name.split_whitespace().next().unwrap_or(name);
            let trimmed = first.trim_matches(|c: char| !c.is_alphanumeric());
            if trimmed.is_empty() { first.to_owned() } else { trimmed.to_owned() }
        }
    }
}

/// Width of `cells` cells, from the first dot's left edge to the last column's right edge.
fn cells_width(cells: usize, dot: &DotGeometry) -> f64 {
    if cells == 0 { 0.0 } else { (cells - 1) as f64 * dot.cell + dot.in_cell + dot.base }
}

/// How many cells fit in a width.
fn cells_fitting(width: f64, dot: &DotGeometry) -> usize {
    if width < dot.in_cell + dot.base { 0 } else { ((width - dot.in_cell - dot.base) / dot.cell + 1e-9).floor() as usize + 1 }
}

/// Height of one braille line from the top dot's edge to the bottom dot's edge.
fn line_height(dot: &DotGeometry, eight_dot: bool) -> f64 {
    let rows = if eight_dot { 3.0 } else { 2.0 };
    rows * dot.in_cell + dot.base
}

/// Breaks braille into at most `max_lines` lines of at most `fit` cells at blank
/// cells; `None` when it does not fit.
fn break_lines(braille: &str, fit: usize, max_lines: usize) -> Option<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    let mut current: Vec<char> = Vec::new();
    for word in braille.split(BLANK).filter(|w| !w.is_empty()) {
        let word: Vec<char> = word.chars().collect();
        let needed = if current.is_empty() { word.len() } else { current.len() + 1 + word.len() };
        if needed <= fit {
            if !current.is_empty() {
                current.push(BLANK);
            }
            current.extend(word);
        } else if word.len() <= fit && !current.is_empty() {
            lines.push(current.iter().collect());
            current = word;
        } else {
            return None;
        }
    }
    lines.push(current.iter().collect());
    (lines.len() <= max_lines).then_some(lines)
}

/// Places braille lines with the first dot's top-left edge at (`left`, `top`).
fn place_block(number: usize, text: String, lines: Vec<String>, left: f64, top: f64, dot: &DotGeometry) -> BrailleBlock {
    let r = dot.base / 2.0;
    let eight_dot = lines.iter().flat_map(|l| l.chars()).any(|c| (c as u32 - 0x2800) & 0xC0 != 0);
    let mut dots = Vec::new();
    for (row, line) in lines.iter().enumerate() {
        let line_top = top + row as f64 * dot.line;
        for (i, cell) in line.chars().enumerate() {
            let pattern = (cell as u32).wrapping_sub(0x2800) & 0xFF;
            let cell_x = left + r + i as f64 * dot.cell;
            // Dots 1-3 and 7 in the left column, 4-6 and 8 in the right.
            let positions = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)];
            for (bit, (col, row_in_cell)) in positions.iter().enumerate() {
                if pattern & (1 << bit) != 0 {
                    dots.push(Dot { x: cell_x + *col as f64 * dot.in_cell, y: line_top + r + *row_in_cell as f64 * dot.in_cell });
                }
            }
        }
    }
    let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let height = (lines.len().max(1) - 1) as f64 * dot.line + line_height(dot, eight_dot);
    let bounds = Rect { x: left, y: top, width: cells_width(widest, dot), height };
    let caption = Caption { x: left, y: top + height + 1.0 + CAPTION_PT * MM_PER_PT * 0.75, size_pt: CAPTION_PT, text: text.clone() };
    BrailleBlock { number, text, lines, dots, bounds, caption }
}

/// Distance between two rectangles (0 when they touch or overlap).
pub fn rect_distance(a: &Rect, b: &Rect) -> f64 {
    let dx = (b.x - a.right()).max(a.x - b.right()).max(0.0);
    let dy = (b.y - a.bottom()).max(a.y - b.bottom()).max(0.0);
    dx.hypot(dy)
}

/// Lays out the stencil and overlay of a ballot from its validated parts
/// (validation lays it out before the ballot exists, and keeps the result in it).
pub fn layout(election: &ElectionInfo, constituency: &Constituency, contest: &Contest, paper: &Paper) -> Result<Tactile, Vec<Problem>> {
    let rules = election.stencil;
    let lang = rules.language;
    let dot = election.dots.geometry();
    let (width, height) = (paper.width_mm, paper.height_mm);
    let c = rules.corner_cut_mm;
    let outline = vec![(0.0, 0.0), (width - c, 0.0), (width, c), (width, height), (0.0, height)];
    let mut problems = Vec::new();

    let windows: Vec<Window> = boxes(paper, &contest.options)
        .into_iter()
        .enumerate()
        .map(|(i, mark_box)| {
            let m = rules.window_margin_mm;
            let cut = Rect { x: mark_box.x - m, y: mark_box.y - m, width: mark_box.width + 2.0 * m, height: mark_box.height + 2.0 * m };
            Window { number: i + 1, mark_box, cut, radius: rules.corner_radius_mm.min(cut.width / 2.0) }
        })
        .collect();
    for window in &windows {
        if !window.cut.inside_sheet(width, height) {
            problems.push(Problem::WindowOffSheet { number: window.number });
        }
    }

    let one_line = line_height(&dot, false);
    let mut labels = Vec::new();
    for window in &windows {
        let text = format!("{} {}", window.number, label_text(&contest.options[window.number - 1], lang));
        let cells = match braille::translate(&text, lang) {
            Ok(cells) => cells,
            Err(e) => {
                problems.push(Problem::Braille(e.0));
                continue;
            }
        };
        // Labels go left of the window, or right when the box is on the left half.
        let on_right = window.mark_box.x + window.mark_box.width / 2.0 < width / 2.0;
        let available = if on_right {
            width - rules.sheet_margin_mm - (window.cut.right() + rules.label_gap_mm)
        } else {
            window.cut.x - rules.label_gap_mm - rules.sheet_margin_mm
        };
        let fit = cells_fitting(available, &dot);
        // A second line when the room down to the next window below allows it.
        let below = windows
            .iter()
            .filter(|w| w.cut.y > window.cut.y)
            .map(|w| w.cut.y - rules.tactile_gap_mm)
            .fold(height - rules.sheet_margin_mm, f64::min);
        let max_lines = if below - window.cut.y >= dot.line + one_line { 2 } else { 1 };
        let Some(lines) = break_lines(&cells, fit, max_lines) else {
            problems.push(Problem::LabelTooLong {
                number: window.number,
                label: text,
                needed: cells.chars().count(),
                fit,
                lines: max_lines,
            });
            continue;
        };
        let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let left = if on_right {
            window.cut.right() + rules.label_gap_mm
        } else {
            window.cut.x - rules.label_gap_mm - cells_width(widest, &dot)
        };
        // The top line of dots is level with the window's top.
        labels.push(place_block(window.number, text, lines, left, window.cut.y, &dot));
    }

    let heading = heading(election, constituency, contest, &windows, &labels, &dot, width);
    let tactile = Tactile { width, height, dot, rules, outline, windows, labels, heading };
    problems.extend(clearance_problems(&tactile));
    if problems.is_empty() { Ok(tactile) } else { Err(problems) }
}

/// The heading on the top margin, when there is room above the first window.
fn heading(election: &ElectionInfo, constituency: &Constituency, contest: &Contest, windows: &[Window], labels: &[BrailleBlock], dot: &DotGeometry, width: f64) -> Option<BrailleBlock> {
    let rules = election.stencil;
    let lang = rules.language;
    let mut text = kind_short(contest.kind, lang).to_owned();
    if let Some(number) = constituency.number {
        text.push_str(&format!(" № {number}"));
    }
    let cells = braille::translate(&text, lang).ok()?;
    let top = rules.sheet_margin_mm;
    let left = rules.sheet_margin_mm;
    // Clear of the corner cut on the right.
    let available = width - 2.0 * rules.sheet_margin_mm - rules.corner_cut_mm - rules.tactile_gap_mm;
    let lines = break_lines(&cells, cells_fitting(available, dot), 1)?;
    let block = place_block(0, text, lines, left, top, dot);
    let clear = |r: &Rect| rect_distance(&block.bounds, r) >= rules.tactile_gap_mm;
    let room = windows.iter().all(|w| clear(&w.cut)) && labels.iter().all(|l| clear(&l.bounds));
    room.then_some(block)
}

/// The orientation corner as a rectangle (its triangle's bounding box).
pub fn corner_box(t: &Tactile) -> Rect {
    let c = t.rules.corner_cut_mm;
    Rect { x: t.width - c, y: 0.0, width: c, height: c }
}

/// Every pair of tactile elements closer than the rules allow.
fn clearance_problems(t: &Tactile) -> Vec<Problem> {
    let gap = t.rules.tactile_gap_mm;
    let mut elements: Vec<(String, usize, Rect)> = Vec::new();
    for w in &t.windows {
        elements.push((format!("the window of option {}", w.number), w.number, w.cut));
    }
    for l in &t.labels {
        elements.push((format!("the braille label of option {}", l.number), l.number, l.bounds));
    }
    elements.push(("the orientation corner".into(), 0, corner_box(t)));
    let mut problems = Vec::new();
    for (i, (a, an, ar)) in elements.iter().enumerate() {
        for (b, bn, br) in &elements[i + 1..] {
            // A label and its own window keep the label gap instead.
            let needed = if an == bn && *an != 0 { t.rules.label_gap_mm } else { gap };
            let distance = rect_distance(ar, br);
            if distance + 1e-9 < needed {
                problems.push(Problem::TooClose { first: a.clone(), second: b.clone(), number: (*an).max(*bn), distance, needed });
            }
        }
    }
    problems
}

/// A readable dump of the geometry, for golden tests.
#[cfg(test)]
pub fn dump(t: &Tactile) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "sheet {:.2} x {:.2} mm, corner cut {:.2} mm, braille in {}", t.width, t.height, t.rules.corner_cut_mm, t.rules.language);
    let _ = writeln!(out, "dots: base {} mm, in cell {} mm, cell {} mm, line {} mm", t.dot.base, t.dot.in_cell, t.dot.cell, t.dot.line);
    let block = |out: &mut String, what: &str, b: &BrailleBlock| {
        let r = &b.bounds;
        let _ = writeln!(out, "{what} {:?}: {} dot(s) in {:.2},{:.2} .. {:.2},{:.2}", b.text, b.dots.len(), r.x, r.y, r.right(), r.bottom());
        for line in &b.lines {
            let _ = writeln!(out, "  {line}");
        }
    };
    if let Some(h) = &t.heading {
        block(&mut out, "heading", h);
    }
    for w in &t.windows {
        let (b, c) = (&w.mark_box, &w.cut);
        let _ = writeln!(out, "window {}: box {:.2},{:.2} .. {:.2},{:.2}; cut {:.2},{:.2} .. {:.2},{:.2} r {:.2}", w.number, b.x, b.y, b.right(), b.bottom(), c.x, c.y, c.right(), c.bottom(), w.radius);
    }
    for l in &t.labels {
        block(&mut out, &format!("label {}", l.number), l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{example_ballots, golden};

    #[test]
    fn tactile_geometry_matches_the_golden_dumps() {
        let mismatches: Vec<String> = example_ballots()
            .into_iter()
            .filter_map(|(election, ballot)| {
                let name = format!("{}--{}.txt", election.id, ballot.id);
                golden("tactile", &name, &dump(&ballot.tactile))
            })
            .collect();
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }

    #[test]
    fn the_long_ballot_has_twenty_one_windows_down_its_500_mm() {
        let (election, ballot) = example_ballots().into_iter().find(|(_, b)| b.id == "almaty-3").unwrap();
        let t = layout(&election, &ballot.constituency, &ballot.contest, &ballot.paper).unwrap();
        assert_eq!(t, ballot.tactile, "validation keeps the layout it computed");
        assert_eq!(t.windows.len(), 21);
        assert_eq!(t.height, 500.0);
        assert!(t.windows.last().unwrap().cut.bottom() < 500.0);
        // 21 mm pitch leaves room for a second braille line.
        assert!(t.labels.iter().all(|l| l.lines.len() <= 2));
    }
}
