//! Page layout of the large-print sheet: a pure function from the ballot to
//! positioned lines and squares, paginated so that no option splits across
//! pages. The PDF is drawn from this, and the golden test reads its dump.

use crate::fonts::{text_width, Weight};
use crate::geometry::ballot_boxes;
use crate::model::{Ballot, ElectionInfo, Lang};
use crate::phrases;

/// Points per millimetre, in the layout's single precision.
const PT_PER_MM: f32 = crate::draw::PT_PER_MM as f32;
/// A4 portrait in points.
pub const A4_PT: (f32, f32) = (210.0 * PT_PER_MM, 297.0 * PT_PER_MM);

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
            y = Self::text(&mut lines, y, MARGIN_X, self.width, text, *weight, *size);
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

/// Lays out the large-print sheet of a ballot in one language.
pub fn layout(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> Layout {
    let (page_w, page_h) = A4_PT;
    let width = page_w - 2.0 * MARGIN_X;
    let mut b = Builder {
        width,
        blocks: Vec::new(),
    };

    b.paragraph(
        Role::Title,
        0.0,
        &[(election.title.get(lang), Weight::Bold, TITLE_PT)],
    );
    let mut constituency = vec![(ballot.constituency.name.get(lang), Weight::Bold, NAME_PT)];
    if let Some(region) = &ballot.constituency.region {
        constituency.push((region.get(lang), Weight::Regular, BODY_PT));
    }
    b.paragraph(Role::Constituency, 4.0 * PT_PER_MM, &constituency);
    b.paragraph(
        Role::ContestTitle,
        6.0 * PT_PER_MM,
        &[(ballot.contest.title.get(lang), Weight::Bold, HEADING_PT)],
    );
    b.paragraph(
        Role::Instructions,
        3.0 * PT_PER_MM,
        &[(
            ballot.contest.instructions.get(lang),
            Weight::Regular,
            BODY_PT,
        )],
    );

    // Options: number column, text column, then the square at the right margin.
    let options = &ballot.contest.options;
    let widest_number = format!("{}.", options.len());
    let number_col = text_width(&widest_number, Weight::Bold, NAME_PT) + 3.0 * PT_PER_MM;
    let boxes = ballot_boxes(ballot);
    let side_mm = boxes
        .first()
        .map_or(10.0, |r| r.width)
        .clamp(SQUARE_RANGE_MM.0, SQUARE_RANGE_MM.1);
    let side = side_mm as f32 * PT_PER_MM;
    let square_x = page_w - MARGIN_X - side;
    let text_x = MARGIN_X + number_col;
    let text_w = square_x - SQUARE_GAP - text_x;
    for option in options {
        let mut lines = Vec::new();
        let first_baseline = NAME_PT;
        lines.push(Line {
            x: MARGIN_X,
            baseline: first_baseline,
            size: NAME_PT,
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
            NAME_PT,
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
        let square_top = first_baseline - NAME_PT * 0.72;
        let height = y.max(square_top + side);
        let shapes = vec![
            Shape::Rule {
                x1: MARGIN_X,
                x2: page_w - MARGIN_X,
                y: -OPTION_GAP / 2.0,
            },
            Shape::Square {
                x: square_x,
                y: square_top,
                side,
            },
        ];
        b.blocks.push(Pending {
            role: Role::Option(option.number),
            space_before: OPTION_GAP,
            height,
            lines,
            shapes,
        });
    }

    // Reserve room for the longest footer (two-digit page numbers).
    let footer_lines = footer_lines_for(ballot, lang, 99, 99, width);
    let footer_height = footer_lines.len() as f32 * BODY_PT * LINE_HEIGHT;
    let body_bottom = page_h - MARGIN_BOTTOM - footer_height - 4.0 * PT_PER_MM;
    let mut pages = paginate(b.blocks, MARGIN_TOP, body_bottom);

    let count = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let texts = footer_lines_for(ballot, lang, i + 1, count, width);
        let mut y = page_h - MARGIN_BOTTOM - texts.len() as f32 * BODY_PT * LINE_HEIGHT;
        page.shapes.push(Shape::Rule {
            x1: MARGIN_X,
            x2: page_w - MARGIN_X,
            y: y - 2.0 * PT_PER_MM,
        });
        for text in texts {
            y += BODY_PT * LINE_HEIGHT;
            page.footer.push(Line {
                x: MARGIN_X,
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
fn paginate(blocks: Vec<Pending>, top: f32, bottom: f32) -> Vec<Page> {
    let mut pages = vec![Page::default()];
    let mut cursor = top;
    for block in blocks {
        let empty = pages.last().is_some_and(|p| p.blocks.is_empty());
        let mut y0 = if empty {
            top
        } else {
            cursor + block.space_before
        };
        if y0 + block.height > bottom && !empty {
            pages.push(Page::default());
            y0 = top;
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

/// A readable dump of the geometry, in millimetres, for golden tests.
#[cfg(test)]
pub fn dump(layout: &Layout) -> String {
    use std::fmt::Write as _;
    let mm = |pt: f32| pt / PT_PER_MM;
    let mut out = String::new();
    let (w, h) = layout.size;
    let _ = writeln!(
        out,
        "large print, {}, {:.1} x {:.1} mm, {} page(s)",
        layout.lang,
        mm(w),
        mm(h),
        layout.pages.len()
    );
    for (i, page) in layout.pages.iter().enumerate() {
        let _ = writeln!(out, "page {}", i + 1);
        for block in &page.blocks {
            let _ = writeln!(out, "  {:?}", block.role);
            for line in &block.lines {
                let weight = if line.weight == Weight::Bold {
                    "bold"
                } else {
                    "regular"
                };
                let _ = writeln!(
                    out,
                    "    x={:.1} y={:.1} {}pt {weight} {:?}",
                    mm(line.x),
                    mm(line.baseline),
                    line.size,
                    line.text
                );
            }
        }
        for shape in &page.shapes {
            match shape {
                Shape::Square { x, y, side } => {
                    let _ = writeln!(
                        out,
                        "  square x={:.1} y={:.1} side={:.1}",
                        mm(*x),
                        mm(*y),
                        mm(*side)
                    );
                }
                Shape::Rule { x1, x2, y } => {
                    let _ = writeln!(
                        out,
                        "  rule x={:.1}..{:.1} y={:.1}",
                        mm(*x1),
                        mm(*x2),
                        mm(*y)
                    );
                }
            }
        }
        for line in &page.footer {
            let _ = writeln!(
                out,
                "  footer x={:.1} y={:.1} {}pt {:?}",
                mm(line.x),
                mm(line.baseline),
                line.size,
                line.text
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{corpus_base, example_sheets, golden, load_texts};

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let text = "Народно-демократическая патриотическая партия «Ауыл» и очень длинное название";
        let lines = wrap(text, Weight::Bold, 20.0, 300.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for line in &lines {
            assert!(
                text_width(line, Weight::Bold, 20.0) <= 300.0,
                "{line}"
            );
        }
        let long_word = "Ә".repeat(200);
        let broken = wrap(&long_word, Weight::Regular, 18.0, 200.0);
        assert_eq!(broken.concat(), long_word);
    }

    #[test]
    fn extreme_valid_input_lays_out_every_option_on_the_page() {
        let ballot = std::fs::read_to_string(crate::testing::root().join("tests/corpus/extreme/ballot.yaml")).unwrap();
        let loaded = load_texts(&corpus_base("election.yaml"), &ballot);
        let election = &loaded.elections[0];
        let ballot = &election.ballots[0];
        for lang in [Lang::Kk, Lang::Ru] {
            let layout = layout(&election.info, ballot, lang);
            let mut numbers: Vec<usize> = layout
                .pages
                .iter()
                .flat_map(|p| p.blocks.iter())
                .filter_map(|b| {
                    if let Role::Option(n) = b.role {
                        Some(n)
                    } else {
                        None
                    }
                })
                .collect();
            numbers.dedup();
            assert_eq!(numbers, (1..=60).collect::<Vec<_>>());
            for page in &layout.pages {
                for line in page.blocks.iter().flat_map(|b| b.lines.iter()) {
                    assert!(
                        line.baseline > 0.0 && line.baseline < layout.size.1 - 30.0,
                        "{line:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn large_print_layout_matches_the_golden_dumps() {
        let sheets = example_sheets();
        assert_eq!(sheets.len(), 8);
        let mismatches: Vec<String> = sheets
            .into_iter()
            .filter_map(|(election, ballot, lang)| {
                let name = format!("{}--{}--{lang}.txt", election.id, ballot.id);
                golden("large-print", &name, &dump(&layout(&election, &ballot, lang)))
            })
            .collect();
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }

    #[test]
    fn no_option_is_split_across_pages_and_everything_is_on_the_page() {
        for (election, ballot, lang) in example_sheets() {
            let layout = layout(&election, &ballot, lang);
            let mut seen = Vec::new();
            for page in &layout.pages {
                for block in &page.blocks {
                    if let Role::Option(n) = block.role {
                        assert!(
                            !seen.contains(&n),
                            "option {n} of {} is on two pages",
                            ballot.id
                        );
                        seen.push(n);
                    }
                    for line in &block.lines {
                        assert!(line.size >= 18.0);
                        assert!(
                            line.baseline > 0.0 && line.baseline < layout.size.1,
                            "{line:?} off the page"
                        );
                    }
                }
            }
            let expected: Vec<usize> = (1..=ballot.contest.options.len()).collect();
            assert_eq!(seen, expected, "every option once, in order");
        }
    }
}
