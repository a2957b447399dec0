//! What the PNG previews of the review page share: resolution, colours, and
//! the tactile parts both the stencil and the overlay draw. Each material
//! draws its own preview from the layout its PDF is drawn from.

use crate::draw::canvas::{rect, Canvas, Rgb, Rule};
use crate::draw::PT_PER_MM;
use crate::util::fonts::Weight;
use crate::model::Tactile;

/// Preview resolution: pixels per millimetre (about 100 dpi).
pub(crate) const PX_PER_MM: f64 = 4.0;

pub(crate) const WHITE: Rgb = [255, 255, 255];
pub(crate) const BLACK: Rgb = [0, 0, 0];
/// The sheet's edge where nothing else marks it.
pub(crate) const PAPER_EDGE: Rgb = [170, 170, 170];

/// Every caption (under the braille blocks, the identification) and the scale bar.
pub(crate) fn captions(canvas: &mut Canvas, t: &Tactile, color: Rgb) {
    for c in t.captions() {
        canvas.text(c.x, c.y, c.size_pt / PT_PER_MM, Weight::Regular, &c.text, color);
    }
    let b = &t.identification.bar;
    canvas.fill(&[rect(b.x, b.y, b.width, b.height)], Rule::NonZero, color);
}

/// Every braille dot of the tactile blocks.
pub(crate) fn dots(canvas: &mut Canvas, t: &Tactile, color: Rgb) {
    let centres: Vec<(f64, f64)> = t.labels.iter().chain(&t.heading).flat_map(|b| b.dots().map(|d| (d.x, d.y))).collect();
    canvas.circles(&centres, t.dot.base / 2.0, color);
}
