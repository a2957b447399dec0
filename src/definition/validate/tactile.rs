//! Whether the stencil and overlay fit: the tactile layout, computed here once
//! and kept in the validated ballot for every renderer.

use crate::diag::FieldPath;
use crate::geometry::tactile::{layout, Problem, SheetIdentity};
use crate::model::{ElectionInfo, Lang, Tactile};

use super::{BallotParts, Checker};

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
        Problem::TooClose { first, second, .. } => !first.contains("braille") && !second.contains("braille"),
        _ => false,
    }
}

fn report(check: &mut Checker, election: &ElectionInfo, ballot: &BallotParts, lang: Lang, problems: Vec<Problem>) {
    let options = FieldPath::root().key("contest").key("options");
    for problem in problems {
        // A problem every language has is not said to be one language's.
        let sheet = if is_language_free(&problem) { "the stencil".to_owned() } else { format!("the {lang} stencil") };
        match problem {
            Problem::LabelTooLong { number, label, needed, fit, lines } => {
                let has_label = ballot.contest.options[number - 1].label.is_some();
                let field = options.index(number - 1).key(if has_label { "label" } else { "name" }).key(lang.code());
                let lines = if lines == 1 { "on one line".to_owned() } else { format!("on each of {lines} lines") };
                check.error(
                    &field,
                    format!("the {lang} stencil label {label:?} needs {needed} braille cells; {fit} fit beside its window {lines}"),
                    Some(format!("set a shorter `label` for this option, e.g. `label: {{ {lang}: ... }}`, of at most {} letters", fit.saturating_sub(3).max(1))),
                );
            }
            Problem::WindowOffSheet { number } => check.error(
                &options.index(number - 1),
                format!("the stencil window of option {number} (its box grown by {} mm) would cut through the edge of the sheet", election.stencil.window_margin_mm),
                Some("move the box further from the edge, or lower `braille.stencil.window_margin_mm`".into()),
            ),
            Problem::TooClose { first, second, number, distance, needed } => check.error(
                &options.index(number.max(1) - 1),
                format!("on {sheet}, {first} would be {distance:.1} mm from {second}; tactile elements need {needed} mm"),
                Some("move the boxes further apart, shorten the labels, or adjust `braille.stencil`".into()),
            ),
            Problem::Braille(message) => check.error(&options, message, None),
            Problem::NoRoomForIdentification { needed, widest } => check.error(
                &FieldPath::root().key("paper"),
                format!("the {lang} stencil has no free strip across the sheet for its identification and scale bar: it needs {needed:.1} mm clear of windows and braille, the widest is {widest:.1} mm"),
                Some("leave room above the first box or below the last (a taller `paper.height_mm`, or a lower `paper.boxes.first_y_mm`)".into()),
            ),
            Problem::IdentificationTooWide { text, width } => check.error(
                &FieldPath::root().key("id"),
                format!("the {lang} stencil's identification {text:?} does not fit across the sheet ({width:.0} mm between the margins) even at 4 pt"),
                Some("give the ballot a shorter `id`".into()),
            ),
        }
    }
}
