//! `stencil-<lang>.pdf`: cut lines in the `CutContour` spot colour, dots in the
//! `Braille` spot colour, captions in grey.

use krilla::color::{cmyk, luma, separation};
use krilla::geom::PathBuilder;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};

use crate::draw::pdf::{draw_text, push_circle, push_polygon, push_rounded_rect, scale_bar, trimmed_page};
use crate::draw::pt;
use crate::util::fonts::Weight;
use crate::model::Tactile;
use crate::render::RenderError;

use super::CAPTION_GREY;

/// Spot colour name cutting plotters and laser-cutter drivers key on.
pub(crate) const CUT_CONTOUR: &str = "CutContour";
/// Spot colour of the braille dots, for embossing or raised print.
pub(crate) const BRAILLE: &str = "Braille";
/// Cut line width in points.
const CUT_LINE_PT: f32 = 0.25;

fn spot(name: &str, fallback: cmyk::Color) -> krilla::color::Color {
    let space = separation::SeparationSpace::new(separation::SeparationColorant::Custom(name.to_owned()), fallback.into());
    separation::Color::new(255, space).into()
}

/// The stencil as a one-page PDF: TrimBox the sheet, the outline cut on it,
/// every stroke and fill overprinting (each paints only its own separation).
pub(super) fn pdf(t: &Tactile, metadata: krilla::metadata::Metadata) -> Result<Vec<u8>, RenderError> {
    let pdf = trimmed_page(t.width, t.height, metadata, |surface| draw(surface, t))?;
    crate::draw::overprint::overprint_page(&pdf).map_err(|cause| RenderError::Pdf { cause })
}

fn draw(surface: &mut krilla::surface::Surface, t: &Tactile) {
    // Cut lines, in the order a cutter follows them: every window first, the
    // outline with its corner cut last (a sheet cut free first can shift
    // before its windows are cut).
    let mut cuts = PathBuilder::new();
    for w in &t.windows {
        push_rounded_rect(&mut cuts, w.cut.x, w.cut.y, w.cut.width, w.cut.height, w.radius);
    }
    push_polygon(&mut cuts, &t.outline);
    if let Some(path) = cuts.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: spot(CUT_CONTOUR, cmyk::Color::new(0, 255, 0, 0)).into(),
            width: CUT_LINE_PT,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }

    // Braille dots.
    let r = t.dot.base / 2.0;
    let mut dots = PathBuilder::new();
    for block in t.labels.iter().chain(&t.heading) {
        for dot in block.dots() {
            push_circle(&mut dots, dot.x, dot.y, r);
        }
    }
    if let Some(path) = dots.finish() {
        surface.set_fill(Some(Fill { paint: spot(BRAILLE, cmyk::Color::new(0, 0, 0, 255)).into(), opacity: NormalizedF32::ONE, rule: FillRule::NonZero }));
        surface.draw_path(&path);
    }

    // Captions, identification and scale bar in grey for whoever assembles the stencil.
    surface.set_fill(Some(Fill { paint: luma::Color::new(CAPTION_GREY).into(), ..Fill::default() }));
    for c in t.captions() {
        draw_text(surface, pt(c.x), pt(c.y), c.size_pt as f32, Weight::Regular, &c.text);
    }
    scale_bar(surface, &t.identification);
}
