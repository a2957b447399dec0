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
