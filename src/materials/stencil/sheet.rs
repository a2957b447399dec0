//! The stencil's scene: cut lines in the `CutContour` spot colour (every
//! window, then the outline with its corner cut: the order a cutter follows,
//! since a sheet cut free first can shift before its windows are cut), the
//! braille dots in the `Braille` spot colour (a reference for whoever cuts:
//! hidden and locked in the SVG), captions in grey.

use crate::draw::scene::{Item, Layer, Paint, Role, Rule, Scene, Shape, Spot, Width};
use crate::materials::tactile_sheet::{blocks, captions, dots, sheet};
use crate::model::Tactile;

/// Grey of the captions for whoever assembles the stencil (0 black, 255 white).
const CAPTION_GREY: u8 = 110;

/// The stencil of one language's tactile layout.
pub(super) fn scene(t: &Tactile) -> Scene {
    let mut cuts: Vec<Item> = t
        .windows
        .iter()
        .map(|w| {
            let c = &w.cut;
            let window = Shape::RoundedRect { x: c.x, y: c.y, width: c.width, height: c.height, radius: w.radius };
            Item::Stroke { id: Some(format!("window-{}", w.number)), shapes: vec![window], width: Width::Hairline }
        })
        .collect();
    cuts.push(Item::Stroke { id: Some("outline".into()), shapes: vec![Shape::Polygon(t.outline.clone())], width: Width::Hairline });
    let braille = blocks(t)
        .map(|block| {
            let id = if block.number == 0 { "heading".to_owned() } else { format!("label-{}", block.number) };
            Item::Fill { id: Some(id), shapes: dots(t, block).collect(), rule: Rule::NonZero }
        })
        .collect();
    sheet(
        t,
        vec![
            Layer { id: "cut", label: "Cut", role: Role::Print, paint: Paint::Spot(Spot::CutContour), items: cuts },
            Layer { id: "braille", label: "Braille (reference, do not cut or engrave)", role: Role::Reference, paint: Paint::Spot(Spot::Braille), items: braille },
            captions(t, Paint::Gray(CAPTION_GREY)),
        ],
    )
}

