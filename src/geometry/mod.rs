//! Geometry of the printed ballot, in millimetres from the sheet's top-left
//! corner, y downwards. The stencil, the overlay, the large print and the
//! previews all take positions from here; nothing else computes them.

pub mod tactile;

use serde::Serialize;

use crate::model::{Ballot, BoxGrid};

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
    ballot
        .contest
        .options
        .iter()
        .enumerate()
        .map(|(i, option)| option_box(&ballot.paper.boxes, i, option.box_at))
        .collect()
}
