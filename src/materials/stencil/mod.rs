//! The braille stencil, one per braille language: `stencil-<lang>.pdf` for
//! print shops (cut lines in the `CutContour` spot colour, dots in the
//! `Braille` spot colour), `stencil-<lang>.svg` of the same geometry for laser
//! cutters, and `preview/stencil-<lang>.png`, all three drawn from that
//! language's one tactile layout; and per ballot `stencil-proof.pdf`, the
//! registration proof to check on film over a printed ballot before cutting.

mod proof;
mod sheet;

use crate::braille::check_round_trip;
use crate::draw::pdf::metadata;
use crate::model::{Ballot, ElectionInfo};
use crate::render::{RenderContext, RenderError, Rendered, RenderedFile, Renderer};
use crate::review::{BrailleCheck, BrailleText};

/// The stencil renderer.
pub struct Stencil;

impl Renderer for Stencil {
    fn name(&self) -> &'static str {
        "stencil"
    }

    fn render(&self, context: &RenderContext, election: &ElectionInfo, ballot: &Ballot) -> Result<Rendered, RenderError> {
        let mut rendered = Rendered::default();
        for tactile in &ballot.tactile {
            let lang = tactile.lang;
            // The election too: two elections' sheets for one constituency differ.
            let title = format!("{} — {} — {}", crate::util::phrases::stencil_title(lang), election.title.get(lang), ballot.constituency.name.get(lang));
            let scene = sheet::scene(tactile);
            let pdf = crate::draw::pdf::scene_pdf(&scene, metadata(title.clone(), lang.code(), context.source_date_epoch))?;
            let pdf = crate::draw::overprint::overprint_page(&pdf).map_err(|cause| RenderError::Pdf { cause })?;
            rendered.pages.insert(format!("stencil-{lang}.pdf"), 1);
            rendered.files.extend([
                RenderedFile { name: format!("stencil-{lang}.pdf"), bytes: pdf },
                RenderedFile { name: format!("stencil-{lang}.svg"), bytes: crate::draw::svg::svg(&scene, &title).into_bytes() },
                RenderedFile { name: format!("preview/stencil-{lang}.png"), bytes: crate::util::profile::measure(crate::util::profile::Stage::Previews, || crate::draw::raster::png(&scene, 0)) },
            ]);
            // Each label read back, for the review page (print shops cannot read braille).
            for label in &tactile.labels {
                let text = label.text.split_once(' ').map_or(label.text.as_str(), |(_, label)| label);
                let check = check_round_trip(text, lang)?;
                if !check.matches {
                    rendered.warnings.push(crate::msg!("build-stencil-label-reads-back", lang = lang.code(), option = label.number.to_string(), back = format!("{:?}", check.back), source = format!("{:?}", check.source)));
                }
                rendered.review.braille_checks.push(BrailleCheck {
                    lang: lang.code().to_owned(),
                    what: BrailleText::StencilLabel { option: label.number as u32 },
                    source: check.source,
                    braille: check.braille,
                    back: check.back,
                    matches: check.matches,
                });
            }
        }
        // One registration proof for the ballot: every language's stencil cuts the same windows.
        if !ballot.tactile.is_empty() {
            let stencils: Vec<String> = ballot.tactile.iter().flat_map(|t| [format!("stencil-{}.pdf", t.lang), format!("stencil-{}.svg", t.lang)]).collect();
            let bytes = proof::pdf(election, ballot, &stencils, context.source_date_epoch)?;
            rendered.pages.insert(proof::FILE.to_owned(), 1);
            rendered.files.push(RenderedFile { name: proof::FILE.to_owned(), bytes });
        }
        Ok(rendered)
    }
}
