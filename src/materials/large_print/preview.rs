//! `preview/large-print-<lang>.png`: the first page of the large print, drawn
//! from the same layout as the PDF.

use crate::draw::canvas::{rect, Canvas, Rgb};
use crate::draw::PT_PER_MM;
use crate::materials::preview::{BLACK, PAPER_EDGE, PX_PER_MM, WHITE};

use super::layout::{Layout, Shape};

/// The rules between options.
const GREY: Rgb = [110, 110, 110];

/// The first page of a large-print layout.
pub(super) fn first_page(layout: &Layout) -> Canvas {
    let (width, height) = (f64::from(layout.size.0), f64::from(layout.size.1));
    let mut canvas = Canvas::new(width, height, PX_PER_MM / PT_PER_MM, WHITE);
    canvas.stroke(&rect(0.0, 0.0, width, height), true, PT_PER_MM / PX_PER_MM, PAPER_EDGE);
    let Some(page) = layout.pages.first() else { return canvas };
    for shape in &page.shapes {
        match *shape {
            Shape::Square { x, y, side } => {
                canvas.stroke(&rect(f64::from(x), f64::from(y), f64::from(side), f64::from(side)), true, 1.5, BLACK);
            }
            Shape::Rule { x1, x2, y } => canvas.stroke(&[(f64::from(x1), f64::from(y)), (f64::from(x2), f64::from(y))], false, 0.75, GREY),
        }
    }
    for line in page.blocks.iter().flat_map(|b| &b.lines).chain(&page.footer) {
        canvas.text(f64::from(line.x), f64::from(line.baseline), f64::from(line.size), line.weight, &line.text, BLACK);
    }
    canvas
}
