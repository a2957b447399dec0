//! A scene's first page as SVG for laser cutters, in the scene's units: one
//! Inkscape layer per scene layer, which an operator switches off by name;
//! a reference layer hidden and locked; screen-only layers left out.

use std::fmt::Write as _;

use super::scene::{Item, Layer, Role, Rule, Scene, Shape, Unit, Width};
use super::MM_PER_PT;
use crate::util::markup::escape as xml_escape;

/// The width laser cutters take for a cut line, in millimetres.
const HAIRLINE_MM: f64 = 0.025;

/// Formats a number with at most three decimals, without trailing zeros.
fn n(value: f64) -> String {
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".into() } else { text.to_owned() }
}

/// `#rrggbb`.
fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The scene as an SVG document titled `title`.
pub(crate) fn svg(scene: &Scene, title: &str) -> String {
    let unit = match scene.unit {
        Unit::Mm => "mm",
        Unit::Pt => "pt",
    };
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" width=\"{w}{unit}\" height=\"{h}{unit}\" viewBox=\"0 0 {w} {h}\">",
        w = n(scene.width),
        h = n(scene.height)
    );
    let _ = writeln!(s, "  <title>{}</title>", xml_escape(title));
    for layer in scene.pages.first().map_or(&[][..], |p| &p.layers[..]) {
        if layer.role != Role::Screen {
            write_layer(&mut s, layer, scene.unit);
        }
    }
    s.push_str("</svg>\n");
    s
}

/// A stroke width in the scene's units.
fn stroke_width(width: Width, unit: Unit) -> f64 {
    match width {
        Width::Hairline => HAIRLINE_MM / unit.mm(),
        Width::Pt(pt) => f64::from(pt) * MM_PER_PT / unit.mm(),
    }
}

/// A layer as a group: its paint on the group (a stroke's, when it only strokes).
fn write_layer(s: &mut String, layer: &Layer, unit: Unit) {
    let color = hex(layer.paint.svg());
    let _ = write!(s, "  <g id=\"{}\" inkscape:groupmode=\"layer\" inkscape:label=\"{}\"", layer.id, xml_escape(layer.label));
    if layer.role == Role::Reference {
        s.push_str(" sodipodi:insensitive=\"true\" style=\"display:none\"");
    }
    let widths: Vec<Width> = layer.items.iter().filter_map(|i| if let Item::Stroke { width, .. } = i { Some(*width) } else { None }).collect();
    let strokes_only = !widths.is_empty() && widths.len() == layer.items.len() && widths.iter().all(|w| *w == widths[0]);
    if strokes_only {
        let _ = write!(s, " fill=\"none\" stroke=\"{color}\" stroke-width=\"{}\"", n(stroke_width(widths[0], unit)));
    } else {
        let _ = write!(s, " fill=\"{color}\"");
        if layer.items.iter().any(|i| matches!(i, Item::Text(_))) {
            s.push_str(" font-family=\"Noto Sans, DejaVu Sans, sans-serif\"");
        }
    }
    s.push_str(">\n");
    for item in &layer.items {
        match item {
            Item::Fill { id, shapes, rule } => {
                let even_odd = *rule == Rule::EvenOdd;
                write_shapes(s, id.as_deref(), shapes, if even_odd { " fill-rule=\"evenodd\"" } else { "" }, even_odd);
            }
            Item::Stroke { id, shapes, width } => {
                let style = if strokes_only { String::new() } else { format!(" fill=\"none\" stroke=\"{color}\" stroke-width=\"{}\"", n(stroke_width(*width, unit))) };
                write_shapes(s, id.as_deref(), shapes, &style, false);
            }
            Item::Text(text) => {
                let _ = writeln!(s, "    <text x=\"{}\" y=\"{}\" font-size=\"{}\">{}</text>", n(text.x), n(text.baseline), n(text.size_pt * MM_PER_PT / unit.mm()), xml_escape(&text.text));
            }
        }
    }
    s.push_str("  </g>\n");
}

/// Shapes under an id: one element, a group of elements, or (`one_path`,
/// for an even-odd fill, whose shapes cut holes in each other) one path.
fn write_shapes(s: &mut String, id: Option<&str>, shapes: &[Shape], style: &str, one_path: bool) {
    let id_attr = id.map(|id| format!(" id=\"{id}\"")).unwrap_or_default();
    match shapes {
        [shape] => {
            let _ = writeln!(s, "    {}", element(shape, &format!("{id_attr}{style}")));
        }
        _ if one_path => {
            let d: Vec<String> = shapes.iter().map(path_data).collect();
            let _ = writeln!(s, "    <path{id_attr}{style} d=\"{}\"/>", d.join(" "));
        }
        _ => {
            let _ = writeln!(s, "    <g{id_attr}{style}>");
            for shape in shapes {
                let _ = writeln!(s, "      {}", element(shape, ""));
            }
            s.push_str("    </g>\n");
        }
    }
}

/// A shape as an SVG element with `attributes` after its name.
fn element(shape: &Shape, attributes: &str) -> String {
    match *shape {
        Shape::Rect { x, y, width, height } => format!("<rect{attributes} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>", n(x), n(y), n(width), n(height)),
        Shape::RoundedRect { x, y, width, height, radius } => {
            format!("<rect{attributes} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\"/>", n(x), n(y), n(width), n(height), n(radius))
        }
        Shape::Circle { cx, cy, r } => format!("<circle{attributes} cx=\"{}\" cy=\"{}\" r=\"{}\"/>", n(cx), n(cy), n(r)),
        Shape::Polygon(_) | Shape::Polyline(_) => format!("<path{attributes} d=\"{}\"/>", path_data(shape)),
    }
}

/// A shape as path data.
fn path_data(shape: &Shape) -> String {
    let mut d = String::new();
    match *shape {
        Shape::Rect { x, y, width, height } => return path_data(&Shape::Polygon(vec![(x, y), (x + width, y), (x + width, y + height), (x, y + height)])),
        Shape::RoundedRect { x, y, width, height, radius } => {
            let r = radius.min(width / 2.0).min(height / 2.0).max(0.0);
            let (right, bottom) = (x + width, y + height);
            let arc = format!("A{} {} 0 0 1", n(r), n(r));
            let _ = write!(
                d,
                "M{} {} L{} {} {arc} {} {} L{} {} {arc} {} {} L{} {} {arc} {} {} L{} {} {arc} {} {} Z",
                n(x + r), n(y), n(right - r), n(y), n(right), n(y + r), n(right), n(bottom - r), n(right - r), n(bottom),
                n(x + r), n(bottom), n(x), n(bottom - r), n(x), n(y + r), n(x + r), n(y)
            );
        }
        Shape::Circle { cx, cy, r } => {
            let _ = write!(d, "M{} {} A{r} {r} 0 1 1 {} {} A{r} {r} 0 1 1 {} {} Z", n(cx + r), n(cy), n(cx - r), n(cy), n(cx + r), n(cy), r = n(r));
        }
        Shape::Polygon(ref points) | Shape::Polyline(ref points) => {
            for (i, (x, y)) in points.iter().enumerate() {
                let _ = write!(d, "{}{} {} ", if i == 0 { "M" } else { "L" }, n(*x), n(*y));
            }
            if matches!(shape, Shape::Polygon(_)) {
                d.push('Z');
            } else {
                d.pop();
            }
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draw::scene::tests::sample;
    use crate::draw::scene::Shape;

    #[test]
    fn layers_become_inkscape_layers_with_their_paint_and_role() {
        let svg = svg(&sample(), "T & t");
        assert!(svg.contains("<title>T &amp; t</title>"), "{svg}");
        assert!(svg.contains("width=\"20mm\" height=\"10mm\" viewBox=\"0 0 20 10\""), "{svg}");
        // Screen-only layers are not in a cutter's file.
        assert!(!svg.contains("id=\"edge\""), "{svg}");
        // A layer that only strokes carries the stroke; its shapes keep their ids.
        assert!(svg.contains("<g id=\"cut\" inkscape:groupmode=\"layer\" inkscape:label=\"cut\" fill=\"none\" stroke=\"#ff0000\" stroke-width=\"0.025\">"), "{svg}");
        assert!(svg.contains("<rect id=\"window-1\" x=\"10\" y=\"2\" width=\"8\" height=\"6\" rx=\"1\"/>"), "{svg}");
        assert!(svg.contains("<rect id=\"square\" x=\"2\" y=\"2\" width=\"5\" height=\"5\"/>"), "{svg}");
        // A reference layer is hidden and locked; text sizes are in the scene's unit.
        assert!(svg.contains("inkscape:label=\"words\" sodipodi:insensitive=\"true\" style=\"display:none\" fill=\"#78c8eb\" font-family="), "{svg}");
        assert!(svg.contains("<text x=\"2\" y=\"9.5\" font-size=\"2.117\">Ә 1</text>"), "{svg}");
    }

    #[test]
    fn several_shapes_are_a_group_or_one_even_odd_path() {
        let shapes = [Shape::Circle { cx: 1.0, cy: 1.0, r: 0.5 }, Shape::Polygon(vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0)])];
        let mut group = String::new();
        write_shapes(&mut group, Some("label-1"), &shapes, "", false);
        assert_eq!(group, "    <g id=\"label-1\">\n      <circle cx=\"1\" cy=\"1\" r=\"0.5\"/>\n      <path d=\"M0 0 L2 0 L2 2 Z\"/>\n    </g>\n");
        let mut ring = String::new();
        write_shapes(&mut ring, None, &shapes, " fill-rule=\"evenodd\"", true);
        assert_eq!(ring, "    <path fill-rule=\"evenodd\" d=\"M1.5 1 A0.5 0.5 0 1 1 0.5 1 A0.5 0.5 0 1 1 1.5 1 Z M0 0 L2 0 L2 2 Z\"/>\n");
    }
}
