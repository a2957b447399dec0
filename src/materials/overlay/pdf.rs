//! `overlay-<lang>.pdf`: raised parts in pure black, captions in light cyan.

use krilla::color::{cmyk, luma};
use krilla::geom::PathBuilder;
use krilla::paint::{Fill, FillRule};

use crate::draw::pdf::{draw_text, push_circle, push_polygon, push_rounded_rect, scale_bar, trimmed_page};
use crate::draw::pt;
use crate::util::fonts::Weight;
use crate::model::Tactile;
use crate::render::RenderError;

/// The overlay as a one-page PDF, TrimBox the sheet, crop marks around it.
pub(super) fn pdf(t: &Tactile, metadata: krilla::metadata::Metadata) -> Result<Vec<u8>, RenderError> {
    trimmed_page(t.width, t.height, metadata, |surface| draw(surface, t))
}

fn draw(surface: &mut krilla::surface::Surface, t: &Tactile) {
    let mut raised = PathBuilder::new();
    // Frames: the ring between each box and its window edge.
    for w in &t.windows {
        push_rounded_rect(&mut raised, w.cut.x, w.cut.y, w.cut.width, w.cut.height, w.radius);
        let b = &w.mark_box;
        push_polygon(&mut raised, &[(b.x, b.y), (b.x, b.bottom()), (b.right(), b.bottom()), (b.right(), b.y)]);
    }
    // The orientation triangle in the top-right corner.
    let c = t.rules.corner_cut_mm;
    push_polygon(&mut raised, &[(t.width - c, 0.0), (t.width, 0.0), (t.width, c)]);
    let r = t.dot.base / 2.0;
    for block in t.labels.iter().chain(&t.heading) {
        for dot in block.dots() {
            push_circle(&mut raised, dot.x, dot.y, r);
        }
    }
    if let Some(path) = raised.finish() {
        surface.set_fill(Some(Fill { paint: luma::Color::black().into(), rule: FillRule::EvenOdd, ..Fill::default() }));
        surface.draw_path(&path);
    }

    surface.set_fill(Some(Fill { paint: cmyk::Color::new(64, 0, 0, 0).into(), ..Fill::default() }));
    for c in t.captions() {
        draw_text(surface, pt(c.x), pt(c.y), c.size_pt as f32, Weight::Regular, &c.text);
    }
    scale_bar(surface, &t.identification);
}
