//! Whether the stencil and overlay fit: the tactile layout, computed here once
//! and kept in the validated ballot for every renderer.

use crate::diag::FieldPath;
use crate::geometry::tactile::{layout, Element, Problem, SheetIdentity};
use crate::i18n::{Arg, Message};
use crate::model::{ElectionInfo, Lang, Tactile};
use crate::msg;

use super::{as_written, BallotParts, Checker};

/// The stencil and overlay must be possible: windows on the sheet, labels that
/// fit beside their windows, tactile elements apart. Returns the layout when
/// they are.
pub(crate) fn tactile(check: &mut Checker, election: &ElectionInfo, ballot: &BallotParts, identity: &SheetIdentity) -> Option<Vec<Tactile>> {
    let mut layouts = Vec::new();
    // Windows and the corner are the same in every language: their problems once.
    let mut reported: Vec<Problem> = Vec::new();
    for &lang in &election.stencil_languages {
        match layout(election, &ballot.constituency, &ballot.contest, &ballot.paper, lang, identity) {
            Ok(tactile) => layouts.push(tactile),
            Err(problems) => {
                let fresh: Vec<Problem> = problems.into_iter().filter(|p| !(is_language_free(p) && reported.contains(p))).collect();
                reported.extend(fresh.iter().filter(|p| is_language_free(p)).cloned());
                report(check, election, ballot, lang, fresh);
            }
        }
    }
    (layouts.len() == election.stencil_languages.len()).then_some(layouts)
}

/// Whether a problem involves no braille (so every language has it).
fn is_language_free(problem: &Problem) -> bool {
    match problem {
        Problem::WindowOffSheet { .. } => true,
        Problem::TooClose { first, second, .. } => !matches!(first, Element::Label(_)) && !matches!(second, Element::Label(_)),
        _ => false,
    }
}

fn report(check: &mut Checker, election: &ElectionInfo, ballot: &BallotParts, lang: Lang, problems: Vec<Problem>) {
    let options = FieldPath::root().key("contest").key("options");
    for problem in problems {
        // A problem every language has is not said to be one language's.
        let language_free = is_language_free(&problem);
        match problem {
            Problem::LabelTooLong { number, label, needed, fit, lines } => {
                let has_label = ballot.contest.options[number - 1].label.is_some();
                let field = options.index(number - 1).key(if has_label { "label" } else { "name" }).key(lang.code());
                // The label starts with the option's number: a number sign, its digits and a space.
                let letters = fit.saturating_sub(number.to_string().len() + 2).max(1);
                let hint = if has_label {
                    msg!("validate-label-too-long-hint-label", max = letters)
                } else {
                    msg!("validate-label-too-long-hint-name", lang = lang.code(), max = letters)
                };
                check.error(
                    &field,
                    msg!("validate-label-too-long", lang = lang.code(), label = format!("{label:?}"), needed = needed, fit = fit, lines = lines),
                    Some(hint),
                );
            }
            Problem::WindowOffSheet { number } => check.error(
                &options.index(number - 1),
                msg!("validate-window-off-sheet", number = number.to_string(), margin = as_written(election.stencil.window_margin_mm)),
                Some(msg!("validate-window-off-sheet-hint")),
            ),
            Problem::TooClose { first, second, number, distance, needed } => {
                let (a, b) = (first, second);
                let (distance, needed) = (Arg::decimal(distance, 1), as_written(needed));
                let message = if language_free {
                    msg!("validate-too-close", first = a.first(), second = b.second(), distance = distance, needed = needed)
                } else {
                    msg!("validate-too-close-lang", lang = lang.code(), first = a.first(), second = b.second(), distance = distance, needed = needed)
                };
                let hint = match (a, b) {
                    (Element::Corner, _) | (_, Element::Corner) => msg!("validate-too-close-hint-corner"),
                    (Element::Window(_), Element::Window(_)) => msg!("validate-too-close-hint-windows"),
                    _ => msg!("validate-too-close-hint-label"),
                };
                check.error(&options.index(number.max(1) - 1), message, Some(hint));
            }
            Problem::Braille(detail) => check.error(&options, msg!("validate-stencil-braille-failed", lang = lang.code(), detail = crate::i18n::Explain::message(&detail)), Some(msg!("validate-stencil-braille-failed-hint"))),
            Problem::NoRoomForIdentification { needed, widest } => check.error(
                &FieldPath::root().key("paper"),
                msg!("validate-no-room-for-identification", lang = lang.code(), needed = Arg::decimal(needed, 1), widest = Arg::decimal(widest, 1)),
                Some(msg!("validate-no-room-for-identification-hint")),
            ),
            Problem::IdentificationTooWide { text, width } => check.error(
                &FieldPath::root().key("id"),
                msg!("validate-identification-too-wide", lang = lang.code(), text = format!("{text:?}"), width = Arg::decimal(width, 0)),
                Some(msg!("validate-identification-too-wide-hint")),
            ),
        }
    }
}

/// How each language names a tactile element of [`Problem::TooClose`].
trait Named {
    /// The element as the subject of the sentence.
    fn first(self) -> Message;
    /// The element the first is measured from.
    fn second(self) -> Message;
}

impl Named for Element {
    /// The element as the subject of the sentence.
    fn first(self) -> Message {
        match self {
            Element::Window(n) => msg!("validate-element-window-first", number = n.to_string()),
            Element::Label(n) => msg!("validate-element-label-first", number = n.to_string()),
            Element::Corner => msg!("validate-element-corner-first"),
        }
    }

    /// The element the first is measured from.
    fn second(self) -> Message {
        match self {
            Element::Window(n) => msg!("validate-element-window-second", number = n.to_string()),
            Element::Label(n) => msg!("validate-element-label-second", number = n.to_string()),
            Element::Corner => msg!("validate-element-corner-second"),
        }
    }
}
