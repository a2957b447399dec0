//! Page layout of the large-print sheet: a pure function from the ballot to
//! positioned lines and squares, paginated so that no option splits across
//! pages. The PDF is drawn from this, and the golden test reads its dump.

use crate::util::fonts::{text_width, Weight};
use crate::geometry::ballot_boxes;
use crate::model::{Ballot, ElectionInfo, Lang};
use crate::util::phrases;

/// Points per millimetre, in the layout's single precision.
pub(super) const PT_PER_MM: f32 = crate::draw::PT_PER_MM as f32;
/// A4 portrait in points.
pub const A4_PT: (f32, f32) = (210.0 * PT_PER_MM, 297.0 * PT_PER_MM);

/// The page in millimetres (A4 portrait, as it is laid out), to a hundredth.
pub(crate) fn page_mm() -> (f64, f64) {
    let mm = |pt: f32| (f64::from(pt) * 25.4 / 72.0 * 100.0).round() / 100.0;
    (mm(A4_PT.0), mm(A4_PT.1))
}

const MARGIN_X: f32 = 18.0 * PT_PER_MM;
const MARGIN_TOP: f32 = 15.0 * PT_PER_MM;
const MARGIN_BOTTOM: f32 = 12.0 * PT_PER_MM;
const LINE_HEIGHT: f32 = 1.3;
/// Every size is at least 18 pt, the large-print minimum.
const TITLE_PT: f32 = 26.0;
const HEADING_PT: f32 = 22.0;
const NAME_PT: f32 = 20.0;
const BODY_PT: f32 = 18.0;
/// Space between options, with a rule in the middle.
const OPTION_GAP: f32 = 7.0 * PT_PER_MM;

/// Type sizes and spacing of a sheet. A ballot that does not fit one page at
/// [`Style::NORMAL`] is tried tighter, never below [`BODY_PT`] (18 pt).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Style {
    title: f32,
    heading: f32,
    name: f32,
    option_gap: f32,
    /// Factor on the space before the headings.
    spacing: f32,
    /// Left and right margins.
    margin_x: f32,
}

impl Style {
    const NORMAL: Style = Style { title: TITLE_PT, heading: HEADING_PT, name: NAME_PT, option_gap: OPTION_GAP, spacing: 1.0, margin_x: MARGIN_X };
    const COMPACT: Style = Style { title: 22.0, heading: 20.0, name: 19.0, option_gap: 5.0 * PT_PER_MM, spacing: 0.75, margin_x: MARGIN_X };
    pub(super) const TIGHT: Style = Style { title: BODY_PT, heading: BODY_PT, name: BODY_PT, option_gap: 3.0 * PT_PER_MM, spacing: 0.5, margin_x: 12.0 * PT_PER_MM };
}
const SQUARE_GAP: f32 = 6.0 * PT_PER_MM;
/// Printed squares follow the ballot's box size within these bounds.
const SQUARE_RANGE_MM: (f64, f64) = (6.0, 20.0);

/// What a block of text is, for tagging.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The election title (H1).
    Title,
    /// The constituency and region (paragraph).
    Constituency,
    /// The contest title (H2).
    ContestTitle,
    /// The instructions (paragraph).
    Instructions,
    /// Option N (one paragraph).
    Option(usize),
}

/// One line of text at its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Left edge, points from the page's left.
    pub x: f32,
    /// Baseline, points from the page's top.
    pub baseline: f32,
    /// Font size in points.
    pub size: f32,
    /// Regular or bold.
    pub weight: Weight,
    /// The text.
    pub text: String,
}

/// A square or rule drawn as decoration (an artifact in the tagged PDF).
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// The empty mark square of an option: x, y, side (points).
    Square { x: f32, y: f32, side: f32 },
    /// A horizontal rule: x from, x to, y (points).
    Rule { x1: f32, x2: f32, y: f32 },
}

/// Content of one role on one page.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// What it is.
    pub role: Role,
    /// Its lines, in reading order.
    pub lines: Vec<Line>,
}

/// One page.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Page {
    /// Content blocks, in reading order.
    pub blocks: Vec<Block>,
    /// Decoration.
    pub shapes: Vec<Shape>,
    /// Footer lines (artifacts).
    pub footer: Vec<Line>,
}

/// The laid-out document.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Language of every text on it.
    pub lang: Lang,
    /// Page width and height in points.
    pub size: (f32, f32),
    /// The pages.
    pub pages: Vec<Page>,
}

/// A block before pagination: lines and shapes relative to its top.
#[derive(Clone)]
struct Pending {
    role: Role,
    space_before: f32,
    height: f32,
    lines: Vec<Line>,
    shapes: Vec<Shape>,
}

/// Breaks text into lines no wider than `width` points, at spaces where possible.
pub fn wrap(text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
    let fits = |s: &str| text_width(s, weight, size) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word wider than the line is broken between characters.
        for ch in word.chars() {
            let mut next = current.clone();
            next.push(ch);
            if !current.is_empty() && !fits(&next) {
                lines.push(std::mem::replace(&mut current, ch.to_string()));
            } else {
                current = next;
            }
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

struct Builder {
    width: f32,
    margin_x: f32,
    blocks: Vec<Pending>,
}

impl Builder {
    /// Adds wrapped text as lines from `y` (relative), returning the new `y`.
    fn text(
        lines: &mut Vec<Line>,
        y: f32,
        x: f32,
        width: f32,
        text: &str,
        weight: Weight,
        size: f32,
    ) -> f32 {
        let mut y = y;
        for line in wrap(text, weight, size, width) {
            y += size * LINE_HEIGHT;
            lines.push(Line {
                x,
                baseline: y - size * (LINE_HEIGHT - 1.0),
                size,
                weight,
                text: line,
            });
        }
        y
    }

    fn paragraph(&mut self, role: Role, space_before: f32, parts: &[(&str, Weight, f32)]) {
        let mut lines = Vec::new();
        let mut y = 0.0;
        for (text, weight, size) in parts {
            y = Self::text(&mut lines, y, self.margin_x, self.width, text, *weight, *size);
        }
        self.blocks.push(Pending {
            role,
            space_before,
            height: y,
            lines,
            shapes: Vec::new(),
        });
    }
}

/// Lays out the large-print sheet of a ballot in one language: on one page
/// if it fits, tightened down to 18 pt if need be; else over as few pages as
/// keep every page at least a third of the options (no orphan rows), at the
/// largest sizes that allow it.
pub fn layout(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> Layout {
    let rows = ballot.contest.options.len();
    let styles = [Style::NORMAL, Style::COMPACT, Style::TIGHT];
    // As many options on each page as fit, per style: one page is taken as it is.
    // Each style's blocks are measured once, then spread over pages as often as tried.
    let mut measured = Vec::with_capacity(styles.len());
    let mut greedy = Vec::with_capacity(styles.len());
    for style in styles {
        let blocks = Measured::new(election, ballot, lang, style);
        let fitted = blocks.placed(ballot, Pages::AsFewAsFit);
        if fitted.pages.len() == 1 {
            return fitted;
        }
        measured.push(blocks);
        greedy.push(fitted);
    }
    // Every page at least a third of the options, at the largest sizes that allow it.
    let mut candidates = Vec::new();
    for (blocks, fitted) in measured.iter().zip(&greedy) {
        let least = fitted.pages.len();
        for pages in least..=least + 2 {
            let balanced = blocks.placed(ballot, Pages::Balanced(pages));
            if balanced.pages.len() != pages {
                continue;
            }
            if rows_per_page(&balanced).iter().all(|&n| n * 3 >= rows) {
                return balanced;
            }
            candidates.push(balanced);
        }
    }
    // Too long for that at 18 pt on A4 (the first page's headings leave too
    // little room): the fewest pages where no page holds less than a third
    // of the fullest one, so no page is an orphan.
    let orphan_free = |layout: &Layout| {
        let rows = rows_per_page(layout);
        rows.iter().min().copied().unwrap_or(0) * 3 >= rows.iter().max().copied().unwrap_or(0)
    };
    candidates.sort_by_key(|l| l.pages.len());
    let chosen = candidates.iter().position(orphan_free).unwrap_or(0);
    if chosen < candidates.len() { candidates.swap_remove(chosen) } else { greedy.swap_remove(0) }
}

/// Options that start on each page.
pub fn rows_per_page(layout: &Layout) -> Vec<usize> {
    layout.pages.iter().map(|p| p.blocks.iter().filter(|b| matches!(b.role, Role::Option(_))).count()).collect()
}

/// How the options are spread over pages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Pages {
    /// As many on each page as fit.
    AsFewAsFit,
    /// Spread evenly over this many pages (as capacity allows).
    Balanced(usize),
}

/// The layout in one style, its options spread as `spread` says.
#[cfg(test)]
pub(super) fn layout_with(election: &ElectionInfo, ballot: &Ballot, lang: Lang, style: Style, spread: Pages) -> Layout {
    Measured::new(election, ballot, lang, style).placed(ballot, spread)
}

/// A ballot's blocks in one style and language, measured (text wrapped,
/// heights known) but not yet placed on pages.
struct Measured {
    lang: Lang,
    blocks: Vec<Pending>,
    margin_x: f32,
    width: f32,
    /// Where the body ends on every page, above the footer.
    body_bottom: f32,
}

impl Measured {
    /// Wraps and measures every block of the ballot in `style`.
    fn new(election: &ElectionInfo, ballot: &Ballot, lang: Lang, style: Style) -> Measured {
        let (page_w, page_h) = A4_PT;
        let margin_x = style.margin_x;
        let width = page_w - 2.0 * margin_x;
        let mut b = Builder {
            width,
            margin_x,
            blocks: Vec::new(),
        };

        b.paragraph(
            Role::Title,
            0.0,
            &[(election.title.get(lang), Weight::Bold, style.title)],
        );
        let mut constituency = vec![(ballot.constituency.name.get(lang), Weight::Bold, style.name)];
        if let Some(region) = &ballot.constituency.region {
            constituency.push((region.get(lang), Weight::Regular, BODY_PT));
        }
        b.paragraph(Role::Constituency, 4.0 * PT_PER_MM * style.spacing, &constituency);
        b.paragraph(
            Role::ContestTitle,
            6.0 * PT_PER_MM * style.spacing,
            &[(ballot.contest.title.get(lang), Weight::Bold, style.heading)],
        );
        b.paragraph(
            Role::Instructions,
            3.0 * PT_PER_MM * style.spacing,
            &[(
                ballot.contest.instructions.get(lang),
                Weight::Regular,
                BODY_PT,
            )],
        );

        // Options: number column, text column, then the square at the right margin.
        let options = &ballot.contest.options;
        let widest_number = format!("{}.", options.len());
        let number_col = text_width(&widest_number, Weight::Bold, style.name) + 3.0 * PT_PER_MM;
        let boxes = ballot_boxes(ballot);
        let side_mm = boxes
            .first()
            .map_or(10.0, |r| r.width)
            .clamp(SQUARE_RANGE_MM.0, SQUARE_RANGE_MM.1);
        let side = side_mm as f32 * PT_PER_MM;
        let square_x = page_w - margin_x - side;
        let text_x = margin_x + number_col;
        let text_w = square_x - SQUARE_GAP - text_x;
        for option in options {
            let mut lines = Vec::new();
            let first_baseline = style.name;
            lines.push(Line {
                x: margin_x,
                baseline: first_baseline,
                size: style.name,
                weight: Weight::Bold,
                text: format!("{}.", option.number),
            });
            let mut y = Builder::text(
                &mut lines,
                0.0,
                text_x,
                text_w,
                option.name.get(lang),
                Weight::Bold,
                style.name,
            );
            if let Some(details) = &option.details {
                y = Builder::text(
                    &mut lines,
                    y,
                    text_x,
                    text_w,
                    details.get(lang),
                    Weight::Regular,
                    BODY_PT,
                );
            }
            let square_top = first_baseline - style.name * 0.72;
            let height = y.max(square_top + side);
            let shapes = vec![
                Shape::Rule {
                    x1: margin_x,
                    x2: page_w - margin_x,
                    y: -style.option_gap / 2.0,
                },
                Shape::Square {
                    x: square_x,
                    y: square_top,
                    side,
                },
            ];
            b.blocks.push(Pending {
                role: Role::Option(option.number),
                space_before: style.option_gap,
                height,
                lines,
                shapes,
            });
        }

        // Reserve room for the longest footer (two-digit page numbers).
        let footer_lines = footer_lines_for(ballot, lang, 99, 99, width);
        let footer_height = footer_lines.len() as f32 * BODY_PT * LINE_HEIGHT;
        let body_bottom = page_h - MARGIN_BOTTOM - footer_height - 4.0 * PT_PER_MM;
        Measured { lang, blocks: b.blocks, margin_x, width, body_bottom }
    }

    /// The blocks placed on pages as `spread` says, each page with its footer.
    fn placed(&self, ballot: &Ballot, spread: Pages) -> Layout {
        let (page_w, page_h) = A4_PT;
        let Measured { lang, margin_x, width, body_bottom, .. } = *self;
        let quota = |rows_left: usize, page: usize| match spread {
            Pages::AsFewAsFit => usize::MAX,
            Pages::Balanced(pages) => rows_left.div_ceil(pages.saturating_sub(page).max(1)),
        };
        let mut pages = paginate(self.blocks.clone(), MARGIN_TOP, body_bottom, &quota);

        let count = pages.len();
        for (i, page) in pages.iter_mut().enumerate() {
            let texts = footer_lines_for(ballot, lang, i + 1, count, width);
            let mut y = page_h - MARGIN_BOTTOM - texts.len() as f32 * BODY_PT * LINE_HEIGHT;
            page.shapes.push(Shape::Rule {
                x1: margin_x,
                x2: page_w - margin_x,
                y: y - 2.0 * PT_PER_MM,
            });
            for text in texts {
                y += BODY_PT * LINE_HEIGHT;
                page.footer.push(Line {
                    x: margin_x,
                    baseline: y - BODY_PT * (LINE_HEIGHT - 1.0),
                    size: BODY_PT,
                    weight: Weight::Regular,
                    text,
                });
            }
        }
        Layout {
            lang,
            size: (page_w, page_h),
            pages,
        }
    }
}

/// Footer: the constituency, then "page X of Y · proof id".
fn footer_lines_for(
    ballot: &Ballot,
    lang: Lang,
    page: usize,
    pages: usize,
    width: f32,
) -> Vec<String> {
    let mut lines = wrap(
        ballot.constituency.name.get(lang),
        Weight::Regular,
        BODY_PT,
        width,
    );
    let status = format!(
        "{} · {}",
        phrases::page_of(lang, page, pages),
        phrases::proof_id(lang, &ballot.proof_id)
    );
    lines.extend(wrap(&status, Weight::Regular, BODY_PT, width));
    lines
}

/// Places blocks on pages top to bottom; a block that does not fit starts a new page.
/// Only a block taller than a whole page is split, between its lines.
fn paginate(blocks: Vec<Pending>, top: f32, bottom: f32, quota: &dyn Fn(usize, usize) -> usize) -> Vec<Page> {
    let mut pages = vec![Page::default()];
    let mut cursor = top;
    let mut rows_left = blocks.iter().filter(|b| matches!(b.role, Role::Option(_))).count();
    // Options the current page may still take (set when a page starts).
    let mut allowed = quota(rows_left, 0);
    for (index, block) in blocks.iter().enumerate() {
        let empty = pages.last().is_some_and(|p| p.blocks.is_empty());
        let mut y0 = if empty {
            top
        } else {
            cursor + block.space_before
        };
        let is_row = matches!(block.role, Role::Option(_));
        // A heading never ends a page: it goes over with the block after it.
        let next_fits = match blocks.get(index + 1) {
            Some(next) if !is_row => y0 + block.height + next.space_before + next.height <= bottom,
            _ => true,
        };
        if !empty && (y0 + block.height > bottom || !next_fits || (is_row && allowed == 0)) {
            pages.push(Page::default());
            allowed = quota(rows_left, pages.len() - 1);
            y0 = top;
        }
        let empty = pages.last().is_some_and(|p| p.blocks.is_empty());
        if is_row {
            rows_left -= 1;
            allowed = allowed.saturating_sub(1);
        }
        if y0 + block.height <= bottom {
            let page = pages.last_mut().expect("at least one page");
            page.blocks.push(Block {
                role: block.role,
                lines: block.lines.iter().map(|l| shift(l, y0)).collect(),
            });
            page.shapes.extend(
                block
                    .shapes
                    .iter()
                    .filter_map(|s| shift_shape(s, y0, empty)),
            );
            cursor = y0 + block.height;
            continue;
        }
        // Taller than a page: split between lines.
        let mut offset = y0;
        let mut current = Block {
            role: block.role,
            lines: Vec::new(),
        };
        let mut consumed = 0.0_f32;
        for line in &block.lines {
            if line.baseline + offset - consumed + line.size * 0.4 > bottom
                && !current.lines.is_empty()
            {
                pages
                    .last_mut()
                    .expect("page")
                    .blocks
                    .push(std::mem::replace(
                        &mut current,
                        Block {
                            role: block.role,
                            lines: Vec::new(),
                        },
                    ));
                pages.push(Page::default());
                consumed = line.baseline - line.size;
                offset = top;
            }
            current.lines.push(Line {
                baseline: line.baseline - consumed + offset,
                ..line.clone()
            });
        }
        let last_baseline = current.lines.last().map_or(top, |l| l.baseline);
        pages.last_mut().expect("page").blocks.push(current);
        cursor = last_baseline + BODY_PT * 0.4;
    }
    pages
}

fn shift(line: &Line, dy: f32) -> Line {
    Line {
        baseline: line.baseline + dy,
        ..line.clone()
    }
}

/// Moves a shape down; the rule above an option is dropped at the top of a page.
fn shift_shape(shape: &Shape, dy: f32, first_on_page: bool) -> Option<Shape> {
    match *shape {
        Shape::Square { x, y, side } => Some(Shape::Square { x, y: y + dy, side }),
        Shape::Rule { .. } if first_on_page => None,
        Shape::Rule { x1, x2, y } => Some(Shape::Rule { x1, x2, y: y + dy }),
    }
}
