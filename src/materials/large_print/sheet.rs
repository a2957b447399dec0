//! The large print's scene, from its layout: every line of text tagged as
//! part of its element (the title and the contest's title headings, the
//! rest paragraphs; an option split over pages stays one paragraph), the
//! squares and rules and the footer as artifacts, and on screen the page's
//! edge.

use crate::draw::scene::{Artifact, Element, Frame, Item, Layer, Page, Paint, Role as LayerRole, Scene, Shape, Structure, Text, Unit, Width};

use super::layout::{Block, Layout, Line, Role, Shape as LayoutShape};

/// Stroke widths of the squares and the rules between options, points.
const SQUARE_PT: f32 = 1.5;
const RULE_PT: f32 = 0.75;

/// The document drawn from `layout`, in points.
pub(super) fn scene(layout: &Layout) -> Scene {
    let (width, height) = (f64::from(layout.size.0), f64::from(layout.size.1));
    let mut elements: Vec<Element> = Vec::new();
    let mut last: Option<Role> = None;
    let mut pages = Vec::with_capacity(layout.pages.len());
    for page in &layout.pages {
        let mut lines = Vec::new();
        for block in &page.blocks {
            if last != Some(block.role) {
                elements.push(element(block));
                last = Some(block.role);
            }
            lines.extend(block.lines.iter().map(|line| Item::Text(text(line, Some(elements.len() - 1)))));
        }
        let shapes = page.shapes.iter().map(|shape| match *shape {
            LayoutShape::Square { x, y, side } => {
                let square = Shape::Rect { x: f64::from(x), y: f64::from(y), width: f64::from(side), height: f64::from(side) };
                Item::Stroke { id: None, shapes: vec![square], width: Width::Pt(SQUARE_PT) }
            }
            LayoutShape::Rule { x1, x2, y } => {
                let rule = Shape::Polyline(vec![(f64::from(x1), f64::from(y)), (f64::from(x2), f64::from(y))]);
                Item::Stroke { id: None, shapes: vec![rule], width: Width::Pt(RULE_PT) }
            }
        });
        let edge = Item::Stroke { id: None, shapes: vec![Shape::Rect { x: 0.0, y: 0.0, width, height }], width: Width::Hairline };
        let layer = |id, label, role, items| Layer { id, label, role, paint: Paint::Gray(0), items };
        pages.push(Page {
            layers: vec![
                Layer { paint: Paint::Gray(170), ..layer("paper-edge", "Paper edge (screen only)", LayerRole::Screen, vec![edge]) },
                layer("text", "Text", LayerRole::Print, lines),
                layer("shapes", "Squares and rules", LayerRole::Artifact(Artifact::Other), shapes.collect()),
                layer("footer", "Footer", LayerRole::Artifact(Artifact::Footer), page.footer.iter().map(|line| Item::Text(text(line, None))).collect()),
            ],
        });
    }
    Scene { unit: Unit::Pt, width, height, frame: Frame::Page, pages, structure: Some(Structure { lang: layout.lang.code(), elements }) }
}

/// What a block's text is in the document's structure.
fn element(block: &Block) -> Element {
    let text = || block.lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
    match block.role {
        Role::Title => Element::Heading { level: 1, text: text() },
        Role::ContestTitle => Element::Heading { level: 2, text: text() },
        Role::Constituency | Role::Instructions | Role::Option(_) => Element::Paragraph,
    }
}

fn text(line: &Line, element: Option<usize>) -> Text {
    Text { x: f64::from(line.x), baseline: f64::from(line.baseline), size_pt: f64::from(line.size), weight: line.weight, text: line.text.clone(), element }
}
