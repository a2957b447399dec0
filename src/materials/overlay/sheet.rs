//! The overlay's scene: everything that should rise in pure black, one
//! even-odd fill (a frame around each box: the ring between the box and its
//! window's edge; the orientation triangle in the top-right corner; the
//! braille dots); captions for sighted helpers in light cyan, which does not
//! swell; the sheet's edge on screen.

use crate::draw::scene::{Item, Layer, Paint, Role, Rule, Scene, Shape};
use crate::materials::tactile_sheet::{blocks, captions, dots, paper_edge, sheet};
use crate::model::Tactile;

/// Light cyan (CMYK 25 % cyan), and the colour that shows it on screen.
const CYAN: Paint = Paint::Cmyk { cmyk: [64, 0, 0, 0], screen: [120, 200, 235] };

/// The overlay of one language's tactile layout.
pub(super) fn scene(t: &Tactile) -> Scene {
    let mut raised = Vec::new();
    for w in &t.windows {
        let (c, b) = (&w.cut, &w.mark_box);
        raised.push(Shape::RoundedRect { x: c.x, y: c.y, width: c.width, height: c.height, radius: w.radius });
        raised.push(Shape::Polygon(vec![(b.x, b.y), (b.x, b.bottom()), (b.right(), b.bottom()), (b.right(), b.y)]));
    }
    let c = t.rules.corner_cut_mm;
    raised.push(Shape::Polygon(vec![(t.width - c, 0.0), (t.width, 0.0), (t.width, c)]));
    for block in blocks(t) {
        raised.extend(dots(t, block));
    }
    sheet(
        t,
        vec![
            paper_edge(t),
            Layer { id: "raised", label: "Raised", role: Role::Print, paint: Paint::Gray(0), items: vec![Item::Fill { id: None, shapes: raised, rule: Rule::EvenOdd }] },
            captions(t, CYAN),
        ],
    )
}
