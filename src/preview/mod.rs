//! PNG previews for the QA review page, drawn from the same geometry as the
//! PDFs: `preview/stencil.png`, `preview/overlay.png` and the first page of
//! each language's large print, `preview/large-print-<lang>.png`.

pub mod raster;

use crate::fonts::Weight;
use crate::geometry::tactile::{corner_box, layout as tactile_layout, Tactile};
use crate::model::{Ballot, ElectionInfo};
use crate::print::layout::{layout as print_layout, Shape};
use crate::render::{RenderContext, RenderError, Rendered, RenderedFile, Renderer};

use raster::{circle, rect, rounded_rect, Canvas, Rgb, Rule};

/// Preview resolution: pixels per millimetre (about 100 dpi).
pub const PX_PER_MM: f64 = 4.0;
const PT_PER_MM: f64 = 72.0 / 25.4;

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const CUT: Rgb = [230, 0, 140];
const GREY: Rgb = [110, 110, 110];
const CYAN: Rgb = [120, 200, 235];
const PAPER_EDGE: Rgb = [170, 170, 170];

/// The preview renderer.
pub struct Previews;

impl Renderer for Previews {
    fn name(&self) -> &'static str {
        "preview"
    }

    fn render(&self, _context: &RenderContext, election: &ElectionInfo, ballot: &Ballot) -> Result<Rendered, RenderError> {
        let tactile = tactile_layout(election, ballot).map_err(|problems| RenderError(format!("stencil layout: {problems:?}")))?;
        let mut files = vec![
            RenderedFile { name: "preview/stencil.png".into(), bytes: stencil(&tactile).png() },
            RenderedFile { name: "preview/overlay.png".into(), bytes: overlay(&tactile).png() },
        ];
        for &lang in &election.languages {
            files.push(RenderedFile { name: format!("preview/large-print-{lang}.png"), bytes: large_print_first_page(election, ballot, lang).png() });
        }
        Ok(Rendered::files(files))
    }
}

fn captions(canvas: &mut Canvas, t: &Tactile, color: Rgb) {
    for block in t.labels.iter().chain(&t.heading) {
        let c = &block.caption;
        canvas.text(c.x, c.y, c.size_pt / PT_PER_MM, Weight::Regular, &c.text, color);
    }
}

fn dots(t: &Tactile) -> Vec<raster::Polygon> {
    let r = t.dot.base / 2.0;
    t.labels.iter().chain(&t.heading).flat_map(|b| b.dots.iter().map(move |d| circle(d.x, d.y, r))).collect()
}

/// The stencil: cut lines in magenta, dots in black, captions in grey.
pub fn stencil(t: &Tactile) -> Canvas {
    let mut canvas = Canvas::new(t.width, t.height, PX_PER_MM, WHITE);
    let line = 1.0 / PX_PER_MM; // one pixel, so hairline cuts stay visible
    canvas.stroke(&t.outline, true, line, CUT);
    for w in &t.windows {
        canvas.stroke(&rounded_rect(w.cut.x, w.cut.y, w.cut.width, w.cut.height, w.radius), true, line, CUT);
    }
    canvas.fill(&dots(t), Rule::NonZero, BLACK);
    captions(&mut canvas, t, GREY);
    canvas
}

/// The overlay: raised frames, the corner triangle and dots in black, captions in cyan.
pub fn overlay(t: &Tactile) -> Canvas {
    let mut canvas = Canvas::new(t.width, t.height, PX_PER_MM, WHITE);
    canvas.stroke(&rect(0.0, 0.0, t.width, t.height), true, 1.0 / PX_PER_MM, PAPER_EDGE);
    let mut frames = Vec::new();
    for w in &t.windows {
        frames.push(rounded_rect(w.cut.x, w.cut.y, w.cut.width, w.cut.height, w.radius));
        let b = &w.mark_box;
        frames.push(rect(b.x, b.y, b.width, b.height));
    }
    canvas.fill(&frames, Rule::EvenOdd, BLACK);
    let corner = corner_box(t);
    canvas.fill(&[vec![(corner.x, corner.y), (corner.right(), corner.y), (corner.right(), corner.bottom())]], Rule::NonZero, BLACK);
    canvas.fill(&dots(t), Rule::NonZero, BLACK);
    captions(&mut canvas, t, CYAN);
    canvas
}

/// The first page of the large print in one language.
pub fn large_print_first_page(election: &ElectionInfo, ballot: &Ballot, lang: crate::model::Lang) -> Canvas {
    let layout = print_layout(election, ballot, lang);
    let (width, height) = (f64::from(layout.size.0), f64::from(layout.size.1));
    let mut canvas = Canvas::new(width, height, PX_PER_MM / PT_PER_MM, WHITE);
    canvas.stroke(&rect(0.0, 0.0, width, height), true, PT_PER_MM / PX_PER_MM, PAPER_EDGE);
    let Some(page) = layout.pages.first() else { return canvas };
    for shape in &page.shapes {
        match *shape {
            Shape::Square { x, y, side } => {
                canvas.stroke(&rect(f64::from(x), f64::from(y), f64::from(side), f64::from(side)), true, 1.5, BLACK);
            }
            Shape::Rule { x1, x2, y } => canvas.stroke(&[(f64::from(x1), f64::from(y)), (f64::from(x2), f64::from(y))], false, 0.75, GREY),
        }
    }
    for line in page.blocks.iter().flat_map(|b| &b.lines).chain(&page.footer) {
        canvas.text(f64::from(line.x), f64::from(line.baseline), f64::from(line.size), line.weight, &line.text, BLACK);
    }
    canvas
}
