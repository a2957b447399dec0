//! Large-print sheets: `large-print-<lang>.pdf` per ballot and language,
//! A4 portrait, Noto Sans at 18 pt or more, black on white, tagged PDF/UA-1,
//! and the preview of its first page, `preview/large-print-<lang>.png`, both
//! drawn from one layout per language.

pub mod layout;
#[cfg(test)]
mod layout_tests;
mod sheet;

use crate::model::{Ballot, ElectionInfo};
use crate::util::phrases;
use crate::render::{RenderContext, RenderError, Rendered, RenderedFile, Renderer};

/// The large-print renderer.
pub struct LargePrint;

impl Renderer for LargePrint {
    fn name(&self) -> &'static str {
        "large-print"
    }

    fn render(
        &self,
        context: &RenderContext,
        election: &ElectionInfo,
        ballot: &Ballot,
    ) -> Result<Rendered, RenderError> {
        let mut rendered = Rendered::default();
        for &lang in &election.languages {
            let layout = layout::layout(election, ballot, lang);
            rendered.pages.insert(format!("large-print-{lang}.pdf"), layout.pages.len());
            let title = phrases::large_print_title(lang, ballot.contest.title.get(lang), ballot.constituency.name.get(lang));
            let scene = sheet::scene(&layout);
            rendered.files.push(RenderedFile {
                name: format!("large-print-{lang}.pdf"),
                bytes: crate::draw::pdf::scene_pdf(&scene, crate::draw::pdf::metadata(title, lang.code(), context.source_date_epoch))?,
            });
            rendered.files.push(RenderedFile {
                name: format!("preview/large-print-{lang}.png"),
                bytes: crate::util::profile::measure(crate::util::profile::Stage::Previews, || crate::draw::raster::png(&scene, 0)),
            });
        }
        Ok(rendered)
    }
}
