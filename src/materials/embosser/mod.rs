//! The embosser material: `braille-<lang>.pef` and `braille-<lang>.brf` per
//! ballot and language, with every paragraph checked by back-translation.

pub(crate) mod emboss;
mod brf;
mod pef;

use crate::braille::check_round_trip;
use crate::model::{Ballot, ElectionInfo, Lang};
use crate::render::{RenderContext, RenderError, Rendered, RenderedFile, Renderer};
use crate::review::BrailleCheck;

use pef::PefMeta;

/// The embosser-file renderer.
pub struct Embosser;

impl Renderer for Embosser {
    fn name(&self) -> &'static str {
        "braille"
    }

    fn render(&self, _context: &RenderContext, election: &ElectionInfo, ballot: &Ballot) -> Result<Rendered, RenderError> {
        let mut rendered = Rendered::default();
        let (cols, rows) = (election.braille_page.cols as usize, election.braille_page.rows as usize);
        for &lang in &election.languages {
            let pages = emboss::paginate(election, ballot, lang, cols, rows)?;
            // Unique per file: the kk and ru files of a ballot are different documents.
            let identifier = format!("{}/{}/{}/{lang}", election.id, ballot.id, ballot.proof_id);
            let title = format!("{} — {}", ballot.contest.title.get(lang), ballot.constituency.name.get(lang));
            let meta = PefMeta { title: &title, identifier: &identifier, language: lang.code(), date: &election.date.to_string() };
            rendered.files.push(RenderedFile { name: format!("braille-{lang}.pef"), bytes: pef::write(&pages, &meta) });
            rendered.files.push(RenderedFile { name: format!("braille-{lang}.brf"), bytes: brf::write(&pages) });
            rendered.pages.insert(format!("braille-{lang}.brf"), pages.pages.len());
            for (what, text) in texts(election, ballot, lang) {
                let check = check_round_trip(&text, lang)?;
                if !check.matches {
                    rendered.warnings.push(crate::msg!("build-braille-reads-back", what = what.clone(), lang = lang.code(), back = format!("{:?}", check.back), source = format!("{:?}", check.source)));
                }
                rendered.review.braille_checks.push(BrailleCheck {
                    lang: lang.code().to_owned(),
                    what: crate::review::BrailleText::Other(what.to_string()),
                    source: check.source,
                    braille: check.braille,
                    back: check.back,
                    matches: check.matches,
                });
            }
        }
        Ok(rendered)
    }
}

/// Every text of the ballot in one language, named for messages.
pub fn texts(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> Vec<(crate::i18n::Message, String)> {
    use crate::msg;
    let mut texts = vec![
        (msg!("build-text-election-title"), election.title.get(lang).to_owned()),
        (msg!("build-text-constituency"), ballot.constituency.name.get(lang).to_owned()),
    ];
    if let Some(region) = &ballot.constituency.region {
        texts.push((msg!("build-text-region"), region.get(lang).to_owned()));
    }
    texts.push((msg!("build-text-contest-title"), ballot.contest.title.get(lang).to_owned()));
    texts.push((msg!("build-text-instructions"), ballot.contest.instructions.get(lang).to_owned()));
    for option in &ballot.contest.options {
        texts.push((msg!("build-text-option-name", option = option.number.to_string()), option.name.get(lang).to_owned()));
        if let Some(details) = &option.details {
            texts.push((msg!("build-text-option-details", option = option.number.to_string()), details.get(lang).to_owned()));
        }
    }
    texts
}
