//! Large-print sheets: `large-print-<lang>.pdf` per ballot and language,
//! A4 portrait, Noto Sans at 18 pt or more, black on white, tagged PDF/UA-1.

pub mod layout;
pub mod pdf;

use crate::model::{Ballot, ElectionInfo};
use crate::phrases;
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
        election
            .languages
            .iter()
            .map(|&lang| {
                let layout = layout::layout(election, ballot, lang);
                let info = pdf::DocInfo {
                    title: phrases::large_print_title(
                        lang,
                        ballot.contest.title.get(lang),
                        ballot.constituency.name.get(lang),
                    ),
                    source_date_epoch: context.source_date_epoch,
                };
                let bytes = pdf::to_pdf(&layout, &info)?;
                Ok(RenderedFile {
                    name: format!("large-print-{lang}.pdf"),
                    bytes,
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Rendered::files)
    }
}
