//! Geometry of the printed ballot, in millimetres from the sheet's top-left
//! corner, y downwards. The stencil, the overlay, the large print and the
//! previews all take positions from here; nothing else computes them.

pub(crate) mod tactile;

use crate::model::{Ballot, BallotOption, BoxGrid, Paper, Rect};

/// The box of option `index` (from 0) on the regular grid, or at its own position.
pub fn option_box(grid: &BoxGrid, index: usize, own: Option<(f64, f64)>) -> Rect {
    let (x, y) = own.unwrap_or((grid.x_mm, grid.first_y_mm + grid.pitch_mm * index as f64));
    Rect {
        x,
        y,
        width: grid.size_mm,
        height: grid.size_mm,
    }
}

/// Every option's mark box on the ballot, in option order.
pub fn ballot_boxes(ballot: &Ballot) -> Vec<Rect> {
    boxes(&ballot.paper, &ballot.contest.options)
}

/// The mark boxes of these options on this paper, in option order.
pub fn boxes(paper: &Paper, options: &[BallotOption]) -> Vec<Rect> {
    options.iter().enumerate().map(|(i, option)| option_box(&paper.boxes, i, option.box_at)).collect()
}

/// Width of the slug around a trimmed sheet (a stencil or overlay), millimetres: room for crop marks.
pub const SLUG_MM: f64 = 10.0;

/// The page of a stencil or overlay PDF for a sheet of `width` x `height`
/// millimetres: the sheet with a [`SLUG_MM`] slug on every side for its crop
/// marks. What the print shop's stock must take.
pub fn trimmed_page_mm(width: f64, height: f64) -> (f64, f64) {
    (width + 2.0 * SLUG_MM, height + 2.0 * SLUG_MM)
}

/// The braille of an embossed page, millimetres: its cells and lines at the
/// spacing of the election's dots (the embosser's margins come on top).
pub fn braille_page_mm(page: &crate::model::BraillePage, dot: &crate::model::DotGeometry) -> (f64, f64) {
    (f64::from(page.cols) * dot.cell, f64::from(page.rows) * dot.line)
}
