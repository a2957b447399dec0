//! The resolved stencil and overlay geometry of a ballot, in millimetres from
//! the sheet's top-left corner, y downwards: computed once during validation
//! (`geometry::tactile`) and drawn by every format of the stencil, the overlay
//! and their previews, so no renderer can disagree with another or fail.

use serde::Serialize;

use super::{DotGeometry, Lang, StencilRules};

/// An axis-aligned rectangle in millimetres.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    /// Whether the two overlap with a positive area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// Whether this lies wholly inside a sheet of the given size.
    pub fn inside_sheet(&self, width: f64, height: f64) -> bool {
        self.x >= 0.0 && self.y >= 0.0 && self.right() <= width && self.bottom() <= height
    }
}

/// A window cut over one option's box.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    /// Option number.
    pub number: usize,
    /// The printed box.
    pub mark_box: Rect,
    /// The cut: the box grown by the window margin.
    pub cut: Rect,
    /// Corner radius of the cut.
    pub radius: f64,
}

/// One braille dot: centre and diameter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dot {
    /// Centre, from the left.
    pub x: f64,
    /// Centre, from the top.
    pub y: f64,
}

/// A small printed caption for sighted helpers.
#[derive(Clone, Debug, PartialEq)]
pub struct Caption {
    /// Left edge.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// Font size in points.
    pub size_pt: f64,
    /// The text.
    pub text: String,
}

/// A block of braille on the sheet: a label or the heading.
#[derive(Clone, Debug, PartialEq)]
pub struct BrailleBlock {
    /// Option number, or 0 for the heading.
    pub number: usize,
    /// The text it says.
    pub text: String,
    /// Its braille, one string per line.
    pub lines: Vec<String>,
    /// The dot geometry its cells are drawn with.
    pub dot: DotGeometry,
    /// The dots' extent, dot edges included.
    pub bounds: Rect,
    /// Caption for sighted helpers, below the dots.
    pub caption: Caption,
}

impl BrailleBlock {
    /// Every dot, line by line and cell by cell: derived from the cells where
    /// they are drawn rather than stored (a national election holds thousands
    /// of ballots' layouts at once; their dots were a third of that memory).
    pub fn dots(&self) -> impl Iterator<Item = Dot> + '_ {
        // Dots 1-3 and 7 in the left column, 4-6 and 8 in the right.
        const POSITIONS: [(u32, u32); 8] = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)];
        let dot = self.dot;
        let r = dot.base / 2.0;
        let (left, top) = (self.bounds.x, self.bounds.y);
        self.lines.iter().enumerate().flat_map(move |(row, line)| {
            let line_top = top + row as f64 * dot.line;
            line.chars().enumerate().flat_map(move |(i, cell)| {
                let pattern = (cell as u32).wrapping_sub(0x2800) & 0xFF;
                let cell_x = left + r + i as f64 * dot.cell;
                POSITIONS.iter().enumerate().filter(move |(bit, _)| pattern & (1 << bit) != 0).map(move |(_, &(col, row_in_cell))| Dot {
                    x: cell_x + f64::from(col) * dot.in_cell,
                    y: line_top + r + f64::from(row_in_cell) * dot.in_cell,
                })
            })
        })
    }
}

/// What tells one cut sheet from another and checks its scale, printed (never
/// cut or raised) in a free strip across the sheet: election and ballot id,
/// constituency number, language and proof id, and a bar of known length.
#[derive(Clone, Debug, PartialEq)]
pub struct Identification {
    /// The strip it takes, clear of every tactile element and caption.
    pub strip: Rect,
    /// `<election id>/<ballot id>`, constituency number, language and proof id.
    pub caption: Caption,
    /// The scale bar: 100 mm wide, or the longest of 50, 20 that fits.
    pub bar: Rect,
    /// "must measure N mm", right of the bar.
    pub bar_caption: Caption,
}

impl Tactile {
    /// Every printed caption: under each braille block, the identification
    /// and the scale bar's.
    pub fn captions(&self) -> impl Iterator<Item = &Caption> {
        let id = &self.identification;
        self.labels.iter().chain(&self.heading).map(|b| &b.caption).chain([&id.caption, &id.bar_caption])
    }
}

/// The whole stencil and overlay geometry of a ballot.
#[derive(Clone, Debug, PartialEq)]
pub struct Tactile {
    /// Sheet width.
    pub width: f64,
    /// Sheet height.
    pub height: f64,
    /// Dot geometry.
    pub dot: DotGeometry,
    /// The rules used.
    pub rules: StencilRules,
    /// The language of its braille.
    pub lang: Lang,
    /// The sheet outline with the orientation corner cut, clockwise from the top-left.
    pub outline: Vec<(f64, f64)>,
    /// One window per option, in option order.
    pub windows: Vec<Window>,
    /// One label per option, in option order.
    pub labels: Vec<BrailleBlock>,
    /// The heading, when there is room for it.
    pub heading: Option<BrailleBlock>,
    /// Identification and scale bar.
    pub identification: Identification,
}

