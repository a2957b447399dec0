//! Geometry of the braille stencil and the tactile overlay, in millimetres
//! from the sheet's top-left corner: windows over the ballot's boxes, braille
//! labels and their dots, the heading and the orientation corner. Both
//! materials, the SVG and the previews draw from this; nothing else computes
//! these positions.

use crate::braille;
use crate::util::fonts::{text_width, Weight};
use crate::model::{BallotOption, BrailleBlock, Caption, Constituency, Contest, ContestKind, DotGeometry, ElectionInfo, Identification, Lang, Paper, Rect, Tactile, Window};

use super::boxes;

/// A tactile element a clearance rule keeps apart from the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    /// The window of option N.
    Window(usize),
    /// The braille label of option N.
    Label(usize),
    /// The orientation corner.
    Corner,
}

/// Why a stencil cannot be laid out.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A label needs more cells than fit beside its window.
    LabelTooLong { number: usize, label: String, needed: usize, fit: usize, lines: usize },
    /// A window would cut through the sheet's edge.
    WindowOffSheet { number: usize },
    /// Two tactile elements would be too close.
    TooClose { first: Element, second: Element, number: usize, distance: f64, needed: f64 },
    /// liblouis failed.
    Braille(crate::braille::LouisError),
    /// No strip across the sheet is free for the identification and scale bar.
    NoRoomForIdentification { needed: f64, widest: f64 },
    /// The identification is wider than the sheet even at the smallest size.
    IdentificationTooWide { text: String, width: f64 },
}

/// Who a sheet is for, printed on it with its election's id: see [`Identification`].
#[derive(Clone, Debug)]
pub struct SheetIdentity<'a> {
    /// Ballot id.
    pub ballot_id: &'a str,
    /// Proof id.
    pub proof_id: &'a str,
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

/// The stencil label of an "against all" option without a `label`: the
/// language's own word for it, longest first (the first that fits is used).
/// Never the first word of its name, which in Kazakh ("Барлығына", "to all")
/// drops the meaning.
pub fn against_all_labels(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Kk => &["Қарсы"],
        Lang::Ru => &["Против всех", "Против"],
        Lang::En => &["Against all", "Against"],
    }
}

/// The labels an option may get on the stencil, in order of preference: its
/// `label`; for "against all", the fixed phrases; else the first word of its
/// name without surrounding quotes or punctuation.
pub fn label_choices(option: &BallotOption, lang: Lang) -> Vec<String> {
    match &option.label {
        Some(label) => vec![label.get(lang).to_owned()],
        None if option.against_all => against_all_labels(lang).iter().map(|l| (*l).to_owned()).collect(),
        None => {
            let name = option.name.get(lang);
            let first = name.split_whitespace().next().unwrap_or(name);
            let trimmed = first.trim_matches(|c: char| !c.is_alphanumeric());
            vec![if trimmed.is_empty() { first.to_owned() } else { trimmed.to_owned() }]
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
    let eight_dot = lines.iter().flat_map(|l| l.chars()).any(|c| (c as u32 - 0x2800) & 0xC0 != 0);
    let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let height = (lines.len().max(1) - 1) as f64 * dot.line + line_height(dot, eight_dot);
    let bounds = Rect { x: left, y: top, width: cells_width(widest, dot), height };
    let caption = Caption { x: left, y: top + height + 1.0 + CAPTION_PT * MM_PER_PT * 0.75, size_pt: CAPTION_PT, text: text.clone() };
    BrailleBlock { number, text, lines, dot: *dot, bounds, caption }
}

/// Distance between two rectangles (0 when they touch or overlap).
pub fn rect_distance(a: &Rect, b: &Rect) -> f64 {
    let dx = (b.x - a.right()).max(a.x - b.right()).max(0.0);
    let dy = (b.y - a.bottom()).max(a.y - b.bottom()).max(0.0);
    dx.hypot(dy)
}

/// Lays out the stencil and overlay of a ballot from its validated parts
/// (validation lays it out before the ballot exists, and keeps the result in it).
pub fn layout(election: &ElectionInfo, constituency: &Constituency, contest: &Contest, paper: &Paper, lang: Lang, identity: &SheetIdentity) -> Result<Tactile, Vec<Problem>> {
    let rules = election.stencil;
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
        // The first of the option's labels that fits; else the last tried is reported.
        let mut placed = None;
        let mut too_long = None;
        for label in label_choices(&contest.options[window.number - 1], lang) {
            let text = format!("{} {label}", window.number);
            let cells = match braille::translate(&text, lang) {
                Ok(cells) => cells,
                Err(e) => {
                    problems.push(Problem::Braille(e));
                    break;
                }
            };
            match break_lines(&cells, fit, max_lines) {
                Some(lines) => {
                    placed = Some((text, lines));
                    break;
                }
                None => too_long = Some(Problem::LabelTooLong { number: window.number, label: text, needed: cells.chars().count(), fit, lines: max_lines }),
            }
        }
        let Some((text, lines)) = placed else {
            problems.extend(too_long);
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

    let heading = heading(election, constituency, contest, &windows, &labels, &dot, width, lang);
    let identification = match identification(&rules, width, height, &windows, labels.iter().chain(&heading), &election.id, constituency, lang, identity) {
        Ok(identification) => identification,
        Err(problem) => {
            problems.push(problem);
            return Err(problems);
        }
    };
    let tactile = Tactile { width, height, dot, rules, lang, outline, windows, labels, heading, identification };
    problems.extend(clearance_problems(&tactile));
    if problems.is_empty() { Ok(tactile) } else { Err(problems) }
}

/// The heading on the top margin, when there is room above the first window.
#[allow(clippy::too_many_arguments)]
fn heading(election: &ElectionInfo, constituency: &Constituency, contest: &Contest, windows: &[Window], labels: &[BrailleBlock], dot: &DotGeometry, width: f64, lang: Lang) -> Option<BrailleBlock> {
    let rules = election.stencil;
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

/// Size of the identification caption, and the least it may shrink to, points.
const ID_PT: f64 = 6.0;
const ID_MIN_PT: f64 = 4.0;
/// Height of the identification strip: a caption line, then the scale bar.
const ID_STRIP_MM: f64 = 5.5;
/// Clearance around the strip from tactile elements and captions.
const ID_CLEARANCE_MM: f64 = 1.5;
/// Scale bar lengths, longest first: the first that fits is used.
const SCALE_BARS_MM: [u32; 3] = [100, 50, 20];

/// Places the identification: in the lowest strip across the sheet that is
/// free of every window, braille block (with its caption) and the corner.
#[allow(clippy::too_many_arguments)]
fn identification<'a>(rules: &crate::model::StencilRules, width: f64, height: f64, windows: &[Window], blocks: impl Iterator<Item = &'a BrailleBlock>, election: &str, constituency: &Constituency, lang: Lang, identity: &SheetIdentity) -> Result<Identification, Problem> {
    let mut taken: Vec<(f64, f64)> = windows.iter().map(|w| (w.cut.y, w.cut.bottom())).collect();
    taken.extend(blocks.map(|b| (b.bounds.y, b.caption.y + 0.5)));
    taken.push((0.0, rules.corner_cut_mm));
    taken.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Free gaps between the margins, top to bottom.
    let (top, bottom) = (rules.sheet_margin_mm, height - rules.sheet_margin_mm);
    let mut gaps = Vec::new();
    let mut free_from = top;
    for &(start, end) in &taken {
        if start > free_from {
            gaps.push((free_from, start.min(bottom)));
        }
        free_from = free_from.max(end);
    }
    gaps.push((free_from, bottom));
    let needed = ID_STRIP_MM + 2.0 * ID_CLEARANCE_MM;
    let widest = gaps.iter().map(|(a, b)| b - a).fold(0.0, f64::max);
    let Some(&(_, gap_bottom)) = gaps.iter().rev().find(|(a, b)| b - a >= needed) else {
        return Err(Problem::NoRoomForIdentification { needed, widest });
    };
    let strip = Rect { x: rules.sheet_margin_mm, y: gap_bottom - ID_CLEARANCE_MM - ID_STRIP_MM, width: width - 2.0 * rules.sheet_margin_mm, height: ID_STRIP_MM };
    let mut text = caption_start(election, identity.ballot_id);
    if let Some(number) = constituency.number {
        text.push_str(&format!(" · № {number}"));
    }
    text.push_str(&format!(" · {lang} · {}", crate::util::phrases::proof_id(lang, identity.proof_id)));
    let fits = |size: f64, text: &str| f64::from(text_width(text, Weight::Regular, size as f32)) * MM_PER_PT <= strip.width;
    let Some(size) = [ID_PT, 5.0, ID_MIN_PT].into_iter().find(|&s| fits(s, &text)) else {
        return Err(Problem::IdentificationTooWide { text, width: strip.width });
    };
    let caption = Caption { x: strip.x, y: strip.y + size * MM_PER_PT * 0.75, size_pt: size, text };
    let bar_top = strip.y + ID_STRIP_MM - 1.5;
    let (scale_mm, bar_text) = SCALE_BARS_MM
        .into_iter()
        .map(|mm| (mm, crate::util::phrases::must_measure(lang, mm)))
        .find(|(mm, label)| f64::from(*mm) + 2.0 + f64::from(text_width(label, Weight::Regular, ID_MIN_PT as f32)) * MM_PER_PT <= strip.width)
        .unwrap_or((10, crate::util::phrases::must_measure(lang, 10)));
    let bar = Rect { x: strip.x, y: bar_top, width: f64::from(scale_mm), height: 1.5 };
    let bar_caption = Caption { x: bar.right() + 2.0, y: bar.bottom(), size_pt: ID_MIN_PT.max(size - 1.0), text: bar_text };
    Ok(Identification { strip, caption, bar, bar_caption })
}

/// The identification's start: `<election id>/<ballot id>`, as the files'
/// folder names them. Ballot ids repeat across elections (`national` for a
/// presidential election and a referendum alike), so the election is named.
fn caption_start(election: &str, ballot: &str) -> String {
    format!("{election}/{ballot}")
}

/// The orientation corner as a rectangle (its triangle's bounding box).
pub fn corner_box(t: &Tactile) -> Rect {
    let c = t.rules.corner_cut_mm;
    Rect { x: t.width - c, y: 0.0, width: c, height: c }
}

/// Every pair of tactile elements closer than the rules allow.
fn clearance_problems(t: &Tactile) -> Vec<Problem> {
    let gap = t.rules.tactile_gap_mm;
    let mut elements: Vec<(Element, usize, Rect)> = Vec::new();
    for w in &t.windows {
        elements.push((Element::Window(w.number), w.number, w.cut));
    }
    for l in &t.labels {
        elements.push((Element::Label(l.number), l.number, l.bounds));
    }
    elements.push((Element::Corner, 0, corner_box(t)));
    let mut problems = Vec::new();
    for (i, (a, an, ar)) in elements.iter().enumerate() {
        for (b, bn, br) in &elements[i + 1..] {
            // A label and its own window keep the label gap instead.
            let needed = if an == bn && *an != 0 { t.rules.label_gap_mm } else { gap };
            let distance = rect_distance(ar, br);
            if distance + 1e-9 < needed {
                problems.push(Problem::TooClose { first: *a, second: *b, number: (*an).max(*bn), distance, needed });
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
    let _ = writeln!(out, "sheet {:.2} x {:.2} mm, corner cut {:.2} mm, braille in {}", t.width, t.height, t.rules.corner_cut_mm, t.lang);
    let _ = writeln!(out, "dots: base {} mm, in cell {} mm, cell {} mm, line {} mm", t.dot.base, t.dot.in_cell, t.dot.cell, t.dot.line);
    let block = |out: &mut String, what: &str, b: &BrailleBlock| {
        let r = &b.bounds;
        let _ = writeln!(out, "{what} {:?}: {} dot(s) in {:.2},{:.2} .. {:.2},{:.2}", b.text, b.dots().count(), r.x, r.y, r.right(), r.bottom());
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
    let id = &t.identification;
    let _ = writeln!(out, "identification {:?} at {:.2},{:.2} {} pt; scale bar {} mm at {:.2},{:.2}: {:?}", id.caption.text, id.caption.x, id.caption.y, id.caption.size_pt, id.bar.width, id.bar.x, id.bar.y, id.bar_caption.text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dev::testing::{example_ballots, golden};

    #[test]
    fn tactile_geometry_matches_the_golden_dumps() {
        let mismatches: Vec<String> = example_ballots()
            .into_iter()
            .flat_map(|(election, ballot)| {
                ballot.tactile.iter().filter_map(|t| golden("tactile", &format!("{}--{}-{}.txt", election.id, ballot.id, t.lang), &dump(t))).collect::<Vec<_>>()
            })
            .collect();
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }

    #[test]
    fn a_sheet_without_room_or_width_for_its_identification_is_a_problem() {
        let (election, ballot) = example_ballots().into_iter().find(|(_, b)| b.id == "zhambyl-15").unwrap();
        let identity = SheetIdentity { ballot_id: &ballot.id, proof_id: &ballot.proof_id };
        let t = layout(&election, &ballot.constituency, &ballot.contest, &ballot.paper, Lang::Ru, &identity).unwrap();
        // The strip clears every window and label, inside the sheet margins.
        let strip = t.identification.strip;
        assert!(t.windows.iter().all(|w| rect_distance(&w.cut, &strip) >= 1.5) && t.labels.iter().all(|l| rect_distance(&l.bounds, &strip) >= 1.5));
        assert!(strip.bottom() <= t.height - t.rules.sheet_margin_mm && t.identification.bar.width == 100.0);
        // Boxes down to the bottom edge: no free strip.
        let mut tight = ballot.paper;
        let shift = t.windows[0].mark_box.y - 20.0;
        tight.boxes.first_y_mm = 20.0;
        tight.height_mm = t.windows.last().unwrap().cut.bottom() - shift + 6.0;
        let problems = layout(&election, &ballot.constituency, &ballot.contest, &tight, Lang::Ru, &identity).unwrap_err();
        assert!(problems.iter().any(|p| matches!(p, Problem::NoRoomForIdentification { .. })), "{problems:?}");
        // Wider than 138 mm at 4 pt (the validator allows 64 characters; the sheet may be narrow).
        let long_id = "w".repeat(250);
        let identity = SheetIdentity { ballot_id: &long_id, proof_id: &ballot.proof_id };
        let problems = layout(&election, &ballot.constituency, &ballot.contest, &ballot.paper, Lang::Ru, &identity).unwrap_err();
        assert!(problems.iter().any(|p| matches!(p, Problem::IdentificationTooWide { .. })), "{problems:?}");
    }

    #[test]
    fn the_identification_names_the_election() {
        // One ballot id in two elections (a presidential election and a
        // referendum both have a `national` ballot): the sheets differ.
        let (election, ballot) = example_ballots().into_iter().find(|(_, b)| b.id == "referendum").unwrap();
        let identity = SheetIdentity { ballot_id: &ballot.id, proof_id: &ballot.proof_id };
        let caption = |election: &ElectionInfo| layout(election, &ballot.constituency, &ballot.contest, &ballot.paper, Lang::Kk, &identity).unwrap().identification.caption.text;
        let here = caption(&election);
        assert_eq!(here, format!("{}/referendum · kk · Тексеру коды: {}", election.id, ballot.proof_id));
        let other = ElectionInfo { id: "kz-2024-presidential".into(), ..election.clone() };
        assert!(caption(&other).starts_with("kz-2024-presidential/referendum · kk · "), "{}", caption(&other));
    }

    #[test]
    fn the_long_ballot_has_twenty_one_windows_down_its_500_mm() {
        let (election, ballot) = example_ballots().into_iter().find(|(_, b)| b.id == "almaty-3").unwrap();
        let identity = SheetIdentity { ballot_id: &ballot.id, proof_id: &ballot.proof_id };
        let t = layout(&election, &ballot.constituency, &ballot.contest, &ballot.paper, election.stencil_languages[0], &identity).unwrap();
        assert_eq!(t, ballot.tactile[0], "validation keeps the layout it computed");
        assert_eq!(t.windows.len(), 21);
        assert_eq!(t.height, 500.0);
        assert!(t.windows.last().unwrap().cut.bottom() < 500.0);
        // 21 mm pitch leaves room for a second braille line.
        assert!(t.labels.iter().all(|l| l.lines.len() <= 2));
    }
}
