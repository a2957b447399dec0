//! One display list per sheet: what a material draws, once, in the sheet's
//! own units, with its paints and layers. The PDF ([`super::pdf`]), SVG
//! ([`super::svg`]) and PNG ([`super::raster`]) exporters each draw the same
//! scene, so the formats of a material cannot disagree on a shape (as
//! typst's frames feed its PDF, SVG and raster exporters).

use crate::util::fonts::Weight;

/// The unit of a scene's coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Millimetres (the tactile sheets, laid out on the ballot's paper).
    Mm,
    /// PDF points (the large print, laid out in points).
    Pt,
}

impl Unit {
    /// Millimetres per unit.
    pub(crate) fn mm(self) -> f64 {
        match self {
            Unit::Mm => 1.0,
            Unit::Pt => super::MM_PER_PT,
        }
    }
}

/// A spot colour: a plate of its own at the print shop, shown on screen in
/// a colour that stands for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Spot {
    /// The cut lines, on the plate cutting plotters and laser-cutter drivers key on.
    CutContour,
    /// The braille dots, for embossing or raised print.
    Braille,
}

impl Spot {
    /// The separation's name in the PDF.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Spot::CutContour => "CutContour",
            Spot::Braille => "Braille",
        }
    }

    /// CMYK shown by a viewer without the plate.
    pub(crate) fn fallback_cmyk(self) -> [u8; 4] {
        match self {
            Spot::CutContour => [0, 255, 0, 0],
            Spot::Braille => [0, 0, 0, 255],
        }
    }

    /// The colour laser cutters read as "cut" (red) and the dots' black, in SVG.
    pub(crate) fn svg(self) -> [u8; 3] {
        match self {
            Spot::CutContour => [255, 0, 0],
            Spot::Braille => [0, 0, 0],
        }
    }

    /// The colour in a preview: cut lines magenta, as the fallback, dots black.
    pub(crate) fn screen(self) -> [u8; 3] {
        match self {
            Spot::CutContour => [230, 0, 140],
            Spot::Braille => [0, 0, 0],
        }
    }
}

/// What a layer is painted with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Paint {
    /// A grey (0 black, 255 white), DeviceGray in the PDF.
    Gray(u8),
    /// A process colour, with the colour that shows it on screen (a light
    /// tint's formula colour is nearly white on a monitor).
    Cmyk { cmyk: [u8; 4], screen: [u8; 3] },
    /// A spot colour.
    Spot(Spot),
}

impl Paint {
    /// The colour in a preview.
    pub(crate) fn screen(self) -> [u8; 3] {
        match self {
            Paint::Gray(g) => [g; 3],
            Paint::Cmyk { screen, .. } => screen,
            Paint::Spot(spot) => spot.screen(),
        }
    }

    /// The colour in SVG.
    pub(crate) fn svg(self) -> [u8; 3] {
        match self {
            Paint::Spot(spot) => spot.svg(),
            other => other.screen(),
        }
    }
}

/// How overlapping shapes of one fill combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Filled where the winding number is not zero.
    NonZero,
    /// Filled where an odd number of edges surround (frames, rings).
    EvenOdd,
}

/// A stroke's width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Width {
    /// The thinnest line each format's device draws: 0.25 pt in a PDF, the
    /// 0.025 mm laser cutters take for a cut in SVG, one pixel in a preview.
    Hairline,
    /// This many points.
    Pt(f32),
}

/// A shape, in the scene's units.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Shape {
    /// An axis-aligned rectangle.
    Rect { x: f64, y: f64, width: f64, height: f64 },
    /// A rectangle with its corners rounded by `radius`.
    RoundedRect { x: f64, y: f64, width: f64, height: f64, radius: f64 },
    /// A circle.
    Circle { cx: f64, cy: f64, r: f64 },
    /// A closed polygon.
    Polygon(Vec<(f64, f64)>),
    /// An open polyline (stroked only).
    Polyline(Vec<(f64, f64)>),
}

/// Where a shape's outline goes: a PDF's or a raster's path builder.
pub(crate) trait PathSink {
    fn move_to(&mut self, x: f32, y: f32);
    fn line_to(&mut self, x: f32, y: f32);
    fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32);
    fn close(&mut self);
}

/// Bezier constant for quarter circles.
const KAPPA: f64 = 0.552_284_749_8;

impl Shape {
    /// Adds the shape's outline to a path, each coordinate through `to`
    /// (the unit the path is in): the one geometry every format draws.
    pub(crate) fn trace(&self, b: &mut impl PathSink, to: impl Fn(f64) -> f32) {
        match *self {
            Shape::Rect { x, y, width, height } => trace_polyline(b, to, &[(x, y), (x + width, y), (x + width, y + height), (x, y + height)], true),
            Shape::RoundedRect { x, y, width, height, radius } => {
                let r = radius.min(width / 2.0).min(height / 2.0).max(0.0);
                let k = r * KAPPA;
                let (right, bottom) = (x + width, y + height);
                b.move_to(to(x + r), to(y));
                b.line_to(to(right - r), to(y));
                b.cubic_to(to(right - r + k), to(y), to(right), to(y + r - k), to(right), to(y + r));
                b.line_to(to(right), to(bottom - r));
                b.cubic_to(to(right), to(bottom - r + k), to(right - r + k), to(bottom), to(right - r), to(bottom));
                b.line_to(to(x + r), to(bottom));
                b.cubic_to(to(x + r - k), to(bottom), to(x), to(bottom - r + k), to(x), to(bottom - r));
                b.line_to(to(x), to(y + r));
                b.cubic_to(to(x), to(y + r - k), to(x + r - k), to(y), to(x + r), to(y));
                b.close();
            }
            Shape::Circle { cx, cy, r } => {
                let k = r * KAPPA;
                b.move_to(to(cx + r), to(cy));
                b.cubic_to(to(cx + r), to(cy + k), to(cx + k), to(cy + r), to(cx), to(cy + r));
                b.cubic_to(to(cx - k), to(cy + r), to(cx - r), to(cy + k), to(cx - r), to(cy));
                b.cubic_to(to(cx - r), to(cy - k), to(cx - k), to(cy - r), to(cx), to(cy - r));
                b.cubic_to(to(cx + k), to(cy - r), to(cx + r), to(cy - k), to(cx + r), to(cy));
                b.close();
            }
            Shape::Polygon(ref points) => trace_polyline(b, to, points, true),
            Shape::Polyline(ref points) => trace_polyline(b, to, points, false),
        }
    }
}

/// Adds a polyline to a path, closed or not, each coordinate through `to`.
pub(crate) fn trace_polyline(b: &mut impl PathSink, to: impl Fn(f64) -> f32, points: &[(f64, f64)], closed: bool) {
    let mut iter = points.iter();
    if let Some(&(x, y)) = iter.next() {
        b.move_to(to(x), to(y));
        for &(x, y) in iter {
            b.line_to(to(x), to(y));
        }
        if closed {
            b.close();
        }
    }
}

/// One line of text in the bundled fonts.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Text {
    /// Start of the baseline, in the scene's units.
    pub x: f64,
    pub baseline: f64,
    /// Em size in points, whatever the scene's unit.
    pub size_pt: f64,
    pub weight: Weight,
    pub text: String,
    /// The structure element it belongs to (an index into [`Structure::elements`]), in a tagged scene.
    pub element: Option<usize>,
}

/// A drawing operation.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Item {
    /// Shapes filled as one path; `id` names it in SVG.
    Fill { id: Option<String>, shapes: Vec<Shape>, rule: Rule },
    /// Shapes stroked as one path.
    Stroke { id: Option<String>, shapes: Vec<Shape>, width: Width },
    /// A line of text.
    Text(Text),
}

/// Who a layer is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Printed, cut or raised: in every format.
    Print,
    /// Drawn everywhere, but a reference in a cutter's file: hidden and locked in SVG.
    Reference,
    /// Decoration of a tagged document (page furniture), not read aloud.
    Artifact(Artifact),
    /// Only on screen, in previews (the sheet's edge where nothing marks it).
    Screen,
}

/// The kind of an artifact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Artifact {
    /// Lines and boxes.
    Other,
    /// The page's footer.
    Footer,
}

/// Items in one paint, under a name an operator can switch off.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Layer {
    /// The layer's id in SVG.
    pub id: &'static str,
    /// What an editor calls it.
    pub label: &'static str,
    pub role: Role,
    pub paint: Paint,
    pub items: Vec<Item>,
}

/// A page: layers drawn in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Page {
    pub layers: Vec<Layer>,
}

/// What a tagged document's text is: a heading or a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Element {
    /// A heading of a level (1 the document's title), with its text for the outline.
    Heading { level: u16, text: String },
    /// A paragraph.
    Paragraph,
}

/// The logical structure of a tagged document: its language and the
/// elements its text is in, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Structure {
    pub lang: &'static str,
    pub elements: Vec<Element>,
}

/// How a scene becomes a PDF page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    /// The page is the sheet.
    Page,
    /// The sheet is trimmed from a larger page: a slug around it with crop
    /// marks, the TrimBox the sheet.
    Trimmed,
}

/// One sheet (or document) to draw: its size, pages, and structure.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Scene {
    pub unit: Unit,
    pub width: f64,
    pub height: f64,
    pub frame: Frame,
    pub pages: Vec<Page>,
    /// Set for a tagged (PDF/UA) document.
    pub structure: Option<Structure>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A 20 x 10 mm sheet: a filled square (5 mm at 2, 2), a hairline frame
    /// around the sheet on screen only, a stroked rounded window in a spot
    /// colour, a line of text in a reference layer.
    pub(crate) fn sample() -> Scene {
        let square = Item::Fill { id: Some("square".into()), shapes: vec![Shape::Rect { x: 2.0, y: 2.0, width: 5.0, height: 5.0 }], rule: Rule::NonZero };
        let window = Item::Stroke { id: Some("window-1".into()), shapes: vec![Shape::RoundedRect { x: 10.0, y: 2.0, width: 8.0, height: 6.0, radius: 1.0 }], width: Width::Hairline };
        let text = Item::Text(Text { x: 2.0, baseline: 9.5, size_pt: 6.0, weight: Weight::Regular, text: "Ә 1".into(), element: None });
        let edge = Item::Stroke { id: None, shapes: vec![Shape::Rect { x: 0.0, y: 0.0, width: 20.0, height: 10.0 }], width: Width::Hairline };
        let layer = |id, role, paint, items| Layer { id, label: id, role, paint, items };
        Scene {
            unit: Unit::Mm,
            width: 20.0,
            height: 10.0,
            frame: Frame::Trimmed,
            pages: vec![Page {
                layers: vec![
                    layer("edge", Role::Screen, Paint::Gray(170), vec![edge]),
                    layer("marks", Role::Print, Paint::Gray(0), vec![square]),
                    layer("cut", Role::Print, Paint::Spot(Spot::CutContour), vec![window]),
                    layer("words", Role::Reference, Paint::Cmyk { cmyk: [64, 0, 0, 0], screen: [120, 200, 235] }, vec![text]),
                ],
            }],
            structure: None,
        }
    }

    #[test]
    fn each_paint_has_its_screen_and_svg_colour() {
        assert_eq!(Paint::Gray(110).screen(), [110; 3]);
        assert_eq!(Paint::Spot(Spot::CutContour).svg(), [255, 0, 0]);
        assert_eq!(Paint::Spot(Spot::CutContour).screen(), [230, 0, 140]);
        assert_eq!(Paint::Cmyk { cmyk: [64, 0, 0, 0], screen: [1, 2, 3] }.svg(), [1, 2, 3]);
        assert!((Unit::Pt.mm() - 25.4 / 72.0).abs() < 1e-12);
    }
}
