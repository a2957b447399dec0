//! The tactile overlay, `overlay.pdf`, for swell (microcapsule) paper or raised
//! UV print, and `preview/overlay.png`, both drawn from the ballot's one
//! tactile layout: everything that should rise is pure black (DeviceGray 0):
//! a frame around each box, the braille dots and the orientation triangle.
//! Captions for sighted helpers are light cyan, which does not swell.

mod pdf;
mod preview;

use crate::draw::pdf::metadata;
use crate::model::{Ballot, ElectionInfo};
use crate::render::{RenderContext, RenderError, Rendered, RenderedFile, Renderer};

/// The overlay renderer.
pub struct Overlay;

impl Renderer for Overlay {
    fn name(&self) -> &'static str {
        "overlay"
    }

    fn render(&self, context: &RenderContext, election: &ElectionInfo, ballot: &Ballot) -> Result<Rendered, RenderError> {
        let tactile = &ballot.tactile;
        let lang = election.stencil.language;
        let title = format!("{} — {}", crate::phrases::overlay_title(lang), ballot.constituency.name.get(lang));
        let pdf = pdf::pdf(tactile, metadata(title, lang.code(), context.source_date_epoch))?;
        Ok(Rendered::files(vec![
            RenderedFile { name: "overlay.pdf".into(), bytes: pdf },
            RenderedFile { name: "preview/overlay.png".into(), bytes: preview::draw(tactile).png() },
        ]))
    }
}
