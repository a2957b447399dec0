//! The tactile overlay, one per braille language: `overlay-<lang>.pdf`, for
//! swell (microcapsule) paper or raised UV print, and
//! `preview/overlay-<lang>.png`, both drawn from that language's one tactile
//! layout: everything that should rise is pure black (DeviceGray 0): a frame
//! around each box, the braille dots and the orientation triangle. Captions
//! for sighted helpers are light cyan, which does not swell.

mod sheet;

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
        let mut rendered = Rendered::default();
        for tactile in &ballot.tactile {
            let lang = tactile.lang;
            // The election too: two elections' sheets for one constituency differ.
            let title = format!("{} — {} — {}", crate::util::phrases::overlay_title(lang), election.title.get(lang), ballot.constituency.name.get(lang));
            let scene = sheet::scene(tactile);
            let pdf = crate::draw::pdf::scene_pdf(&scene, metadata(title, lang.code(), context.source_date_epoch))?;
            rendered.pages.insert(format!("overlay-{lang}.pdf"), 1);
            rendered.files.push(RenderedFile { name: format!("overlay-{lang}.pdf"), bytes: pdf });
            rendered.files.push(RenderedFile { name: format!("preview/overlay-{lang}.png"), bytes: crate::util::profile::measure(crate::util::profile::Stage::Previews, || crate::draw::raster::png(&scene, 0)) });
        }
        Ok(rendered)
    }
}
