//! `preview/stencil-<lang>.png`: cut lines in magenta, dots in black, captions in grey.

use crate::draw::canvas::{rounded_rect, Canvas, Rgb};
use crate::materials::preview::{captions, dots, BLACK, PX_PER_MM, WHITE};
use crate::model::Tactile;

use super::CAPTION_GREY;

const CUT: Rgb = [230, 0, 140];

/// The stencil preview.
pub(super) fn draw(t: &Tactile) -> Canvas {
    let mut canvas = Canvas::new(t.width, t.height, PX_PER_MM, WHITE);
    let line = 1.0 / PX_PER_MM; // one pixel, so hairline cuts stay visible
    canvas.stroke(&t.outline, true, line, CUT);
    for w in &t.windows {
        canvas.stroke(&rounded_rect(w.cut.x, w.cut.y, w.cut.width, w.cut.height, w.radius), true, line, CUT);
    }
    dots(&mut canvas, t, BLACK);
    captions(&mut canvas, t, [CAPTION_GREY; 3]);
    canvas
}
