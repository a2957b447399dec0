//! `preview/overlay-<lang>.png`: raised frames, the corner triangle and dots in
//! black, captions in cyan.

use crate::draw::canvas::{rect, rounded_rect, Canvas, Rgb, Rule};
use crate::geometry::tactile::corner_box;
use crate::materials::preview::{captions, dots, BLACK, PAPER_EDGE, PX_PER_MM, WHITE};
use crate::model::Tactile;

/// The on-screen colour of the light cyan captions (CMYK 25 % cyan in the PDF).
const CYAN: Rgb = [120, 200, 235];

/// The overlay preview.
pub(super) fn draw(t: &Tactile) -> Canvas {
    let mut canvas = Canvas::new(t.width, t.height, PX_PER_MM, WHITE);
    canvas.stroke(&rect(0.0, 0.0, t.width, t.height), true, 1.0 / PX_PER_MM, PAPER_EDGE);
    let mut frames = Vec::new();
    for w in &t.windows {
        frames.push(rounded_rect(w.cut.x, w.cut.y, w.cut.width, w.cut.height, w.radius));
        let b = &w.mark_box;
        frames.push(rect(b.x, b.y, b.width, b.height));
    }
    canvas.fill(&frames, Rule::EvenOdd, BLACK);
    let corner = corner_box(t);
    canvas.fill(&[vec![(corner.x, corner.y), (corner.right(), corner.y), (corner.right(), corner.bottom())]], Rule::NonZero, BLACK);
    dots(&mut canvas, t, BLACK);
    captions(&mut canvas, t, CYAN);
    canvas
}
