//! What the stencil's and the overlay's scenes share: a sheet of the
//! tactile layout's size, its braille dots, and its captions with the scale bar.

use crate::draw::scene::{Frame, Item, Layer, Page, Paint, Role, Rule, Scene, Shape, Text, Unit, Width};
use crate::model::{BrailleBlock, Tactile};
use crate::util::fonts::Weight;

/// A one-page sheet of the tactile layout's size in millimetres, trimmed
/// from a larger page in the PDF, with `layers`.
pub(crate) fn sheet(t: &Tactile, layers: Vec<Layer>) -> Scene {
    Scene { unit: Unit::Mm, width: t.width, height: t.height, frame: Frame::Trimmed, pages: vec![Page { layers }], structure: None }
}

/// The tactile blocks whose dots are drawn: the options' labels, then the heading.
pub(crate) fn blocks(t: &Tactile) -> impl Iterator<Item = &BrailleBlock> {
    t.labels.iter().chain(&t.heading)
}

/// A block's dots as circles of the dot's base diameter.
pub(crate) fn dots<'a>(t: &Tactile, block: &'a BrailleBlock) -> impl Iterator<Item = Shape> + 'a {
    let r = t.dot.base / 2.0;
    block.dots().map(move |d| Shape::Circle { cx: d.x, cy: d.y, r })
}

/// Every caption (under the braille blocks, the identification) and the
/// scale bar, in `paint`.
pub(crate) fn captions(t: &Tactile, paint: Paint) -> Layer {
    let mut items: Vec<Item> = t
        .captions()
        .map(|c| Item::Text(Text { x: c.x, baseline: c.y, size_pt: c.size_pt, weight: Weight::Regular, text: c.text.clone(), element: None }))
        .collect();
    let b = &t.identification.bar;
    items.push(Item::Fill { id: Some("scale-bar".into()), shapes: vec![Shape::Rect { x: b.x, y: b.y, width: b.width, height: b.height }], rule: Rule::NonZero });
    Layer { id: "captions", label: "Captions (print only)", role: Role::Print, paint, items }
}

/// The sheet's edge, on screen only (where no cut marks it).
pub(crate) fn paper_edge(t: &Tactile) -> Layer {
    Layer {
        id: "paper-edge",
        label: "Paper edge (screen only)",
        role: Role::Screen,
        paint: Paint::Gray(170),
        items: vec![Item::Stroke { id: None, shapes: vec![Shape::Rect { x: 0.0, y: 0.0, width: t.width, height: t.height }], width: Width::Hairline }],
    }
}
