//! `stencil-<lang>.svg`: the stencil geometry for laser cutters, in millimetres.

use std::fmt::Write as _;

use crate::draw::MM_PER_PT;
use crate::util::markup::escape as xml_escape;
use crate::model::Tactile;

use super::CAPTION_GREY;

/// Formats millimetres with at most three decimals, without trailing zeros.
fn n(value: f64) -> String {
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".into() } else { text.to_owned() }
}

/// Writes the SVG as three Inkscape layers an operator can switch off by name:
/// "Cut" (the cut lines, red hairlines: every window, then the outline, the
/// order a laser cutter follows), "Braille (reference, do not cut or
/// engrave)" (the dots, hidden and locked) and "Captions (print only)" (the
/// captions, identification and scale bar).
pub(super) fn write(t: &Tactile, title: &str) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\" width=\"{w}mm\" height=\"{h}mm\" viewBox=\"0 0 {w} {h}\">",
        w = n(t.width),
        h = n(t.height)
    );
    let _ = writeln!(s, "  <title>{}</title>", xml_escape(title));
    s.push_str("  <g id=\"cut\" inkscape:groupmode=\"layer\" inkscape:label=\"Cut\" fill=\"none\" stroke=\"#ff0000\" stroke-width=\"0.025\">\n");
    for w in &t.windows {
        let c = &w.cut;
        let _ = writeln!(
            s,
            "    <rect id=\"window-{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\"/>",
            w.number,
            n(c.x),
            n(c.y),
            n(c.width),
            n(c.height),
            n(w.radius)
        );
    }
    // The outline last: a laser cutting it first frees the sheet, which can
    // shift before its windows are cut.
    let mut d = String::new();
    for (i, (x, y)) in t.outline.iter().enumerate() {
        let _ = write!(d, "{}{} {} ", if i == 0 { "M" } else { "L" }, n(*x), n(*y));
    }
    d.push('Z');
    let _ = writeln!(s, "    <path id=\"outline\" d=\"{d}\"/>");
    s.push_str("  </g>\n  <g id=\"braille\" inkscape:groupmode=\"layer\" inkscape:label=\"Braille (reference, do not cut or engrave)\" sodipodi:insensitive=\"true\" style=\"display:none\" fill=\"#000000\">\n");
    let r = n(t.dot.base / 2.0);
    for block in t.heading.iter().chain(&t.labels) {
        let id = if block.number == 0 { "heading".to_owned() } else { format!("label-{}", block.number) };
        let _ = writeln!(s, "    <g id=\"{id}\">");
        for dot in block.dots() {
            let _ = writeln!(s, "      <circle cx=\"{}\" cy=\"{}\" r=\"{r}\"/>", n(dot.x), n(dot.y));
        }
        s.push_str("    </g>\n");
    }
    let _ = writeln!(s, "  </g>\n  <g id=\"captions\" inkscape:groupmode=\"layer\" inkscape:label=\"Captions (print only)\" fill=\"#{CAPTION_GREY:02x}{CAPTION_GREY:02x}{CAPTION_GREY:02x}\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\">");
    for c in t.captions() {
        let _ = writeln!(
            s,
            "    <text x=\"{}\" y=\"{}\" font-size=\"{}\">{}</text>",
            n(c.x),
            n(c.y),
            n(c.size_pt * MM_PER_PT),
            xml_escape(&c.text)
        );
    }
    let b = &t.identification.bar;
    let _ = writeln!(s, "    <rect id=\"scale-bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>", n(b.x), n(b.y), n(b.width), n(b.height));
    s.push_str("  </g>\n</svg>\n");
    s
}
