//! The braille stencil: `stencil.pdf` for print shops (cut lines in the
//! `CutContour` spot colour, dots in the `Braille` spot colour) and
//! `stencil.svg` of the same geometry for laser cutters.

pub mod svg;

use krilla::color::{cmyk, luma, separation};
use krilla::geom::PathBuilder;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};

use crate::fonts::Weight;
use crate::braille::check_round_trip;
use crate::geometry::tactile::{label_text, layout, Tactile};
use crate::model::{Ballot, ElectionInfo};
use crate::pdf::{draw_text, metadata, one_page, pt, push_circle, push_polygon, push_rounded_rect};
use crate::render::{BrailleCheck, RenderContext, RenderError, Rendered, RenderedFile, Renderer};

/// Spot colour name cutting plotters and laser-cutter drivers key on.
pub const CUT_CONTOUR: &str = "CutContour";
/// Spot colour of the braille dots, for embossing or raised print.
pub const BRAILLE: &str = "Braille";
/// Cut line width in points.
pub const CUT_LINE_PT: f32 = 0.25;

/// The stencil renderer.
pub struct Stencil;

impl Renderer for Stencil {
    fn name(&self) -> &'static str {
        "stencil"
    }

    fn render(&self, context: &RenderContext, election: &ElectionInfo, ballot: &Ballot) -> Result<Rendered, RenderError> {
        let tactile = layout(election, ballot).map_err(|problems| RenderError(format!("stencil layout: {problems:?}")))?;
        let lang = election.stencil.language;
        let title = format!("{} — {}", crate::phrases::stencil_title(lang), ballot.constituency.name.get(lang));
        let pdf = pdf(&tactile, metadata(title.clone(), lang.code(), context.source_date_epoch))?;
        let mut rendered = Rendered::files(vec![
            RenderedFile { name: "stencil.pdf".into(), bytes: pdf },
            RenderedFile { name: "stencil.svg".into(), bytes: svg::write(&tactile, &title).into_bytes() },
        ]);
        // Each label read back, for the review page (print shops cannot read braille).
        for label in &tactile.labels {
            let text = label_text(ballot, label.number, lang);
            let check = check_round_trip(&text, lang).map_err(|e| RenderError(e.0))?;
            if !check.matches {
                rendered.warnings.push(format!("stencil label of option {} reads back as {:?}, not {:?}", label.number, check.back, check.source));
            }
            rendered.braille_checks.push(BrailleCheck {
                lang: lang.code().to_owned(),
                what: format!("option {} stencil label", label.number),
                source: check.source,
                braille: check.braille,
                back: check.back,
                matches: check.matches,
            });
        }
        Ok(rendered)
    }
}

fn spot(name: &str, fallback: cmyk::Color) -> krilla::color::Color {
    let space = separation::SeparationSpace::new(separation::SeparationColorant::Custom(name.to_owned()), fallback.into());
    separation::Color::new(255, space).into()
}

/// The stencil as a one-page PDF at the sheet's size.
fn pdf(t: &Tactile, metadata: krilla::metadata::Metadata) -> Result<Vec<u8>, RenderError> {
    one_page(t.width, t.height, metadata, |surface| draw(surface, t))
}

fn draw(surface: &mut krilla::surface::Surface, t: &Tactile) {

    // Cut lines: the outline with its corner cut, and every window.
    let mut cuts = PathBuilder::new();
    push_polygon(&mut cuts, &t.outline);
    for w in &t.windows {
        push_rounded_rect(&mut cuts, w.cut.x, w.cut.y, w.cut.width, w.cut.height, w.radius);
    }
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
        for dot in &block.dots {
            push_circle(&mut dots, dot.x, dot.y, r);
        }
    }
    if let Some(path) = dots.finish() {
        surface.set_fill(Some(Fill { paint: spot(BRAILLE, cmyk::Color::new(0, 0, 0, 255)).into(), opacity: NormalizedF32::ONE, rule: FillRule::NonZero }));
        surface.draw_path(&path);
    }

    // Captions in grey for whoever assembles the stencil.
    surface.set_fill(Some(Fill { paint: luma::Color::new(110).into(), ..Fill::default() }));
    for block in t.labels.iter().chain(&t.heading) {
        let c = &block.caption;
        draw_text(surface, pt(c.x), pt(c.y), c.size_pt as f32, Weight::Regular, &c.text);
    }
}
