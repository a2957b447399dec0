//! Rules of a ballot file: id, constituency, contest, options, paper
//! overrides and box positions.

use crate::diag::FieldPath;
use crate::geometry::option_box;
use crate::i18n::Arg;
use crate::model::{BallotOption, BoxGrid, Constituency, Contest, ContestKind, ElectionInfo, Lang, Paper, Text};
use crate::msg;

use super::super::raw::{RawBallot, RawOption, RawPaperOverride};
use super::{Checker, IdOf, MAX_OPTIONS};

fn apply_override(base: Paper, raw: &RawPaperOverride) -> Paper {
    let b = raw.boxes.as_ref();
    Paper {
        width_mm: raw.width_mm.unwrap_or(base.width_mm),
        height_mm: raw.height_mm.unwrap_or(base.height_mm),
        boxes: BoxGrid {
            size_mm: b.and_then(|b| b.size_mm).unwrap_or(base.boxes.size_mm),
            x_mm: b.and_then(|b| b.x_mm).unwrap_or(base.boxes.x_mm),
            first_y_mm: b
                .and_then(|b| b.first_y_mm)
                .unwrap_or(base.boxes.first_y_mm),
            pitch_mm: b.and_then(|b| b.pitch_mm).unwrap_or(base.boxes.pitch_mm),
        },
    }
}

/// The validated parts of one ballot file.
pub struct BallotParts {
    /// The constituency.
    pub constituency: Constituency,
    /// The contest.
    pub contest: Contest,
    /// The resolved paper.
    pub paper: Paper,
    /// Polling stations that use the ballot.
    pub polling_stations: Option<u32>,
    /// What may be wrong but need not be (also shown on the review page).
    pub notes: Vec<crate::i18n::Message>,
}

/// Validates one ballot file against its election.
pub fn ballot(
    check: &mut Checker,
    raw: &RawBallot,
    election: &ElectionInfo,
) -> Option<BallotParts> {
    let root = FieldPath::root();
    let before = check.errors;
    let langs = &election.languages;
    check.id(&root.key("id"), &raw.id, IdOf::Ballot);

    let c = root.key("constituency");
    if raw.constituency.number == Some(0) {
        check.error(&c.key("number"), msg!("validate-constituency-number-zero"), Some(msg!("validate-constituency-number-zero-hint")));
    }
    let name = check.text(&c.key("name"), &raw.constituency.name, langs);
    // A number 0 is already wrong: a `№ 1` in the name is not a second fault.
    if let Some(name) = name.as_ref().filter(|_| raw.constituency.number != Some(0)) {
        constituency_number(check, &c, raw.constituency.number, name);
    }
    let region = raw
        .constituency
        .region
        .as_ref()
        .map(|r| check.text(&c.key("region"), r, langs));

    let k = root.key("contest");
    let kind = ContestKind::ALL
        .into_iter()
        .find(|kind| kind.name() == raw.contest.kind);
    if kind.is_none() {
        let names: Vec<&str> = ContestKind::ALL.iter().map(|k| k.name()).collect();
        check.error(
            &k.key("kind"),
            msg!("validate-unknown-contest-kind", value = format!("{:?}", raw.contest.kind)),
            Some(super::one_of(&raw.contest.kind, &names)),
        );
    }
    let title = check.text(&k.key("title"), &raw.contest.title, langs);
    let instructions = check.text(&k.key("instructions"), &raw.contest.instructions, langs);

    let paper = match &raw.paper {
        Some(o) => apply_override(election.paper, o),
        None => election.paper,
    };
    let paper_ok = raw.paper.is_none() || check.paper(&root.key("paper"), &paper);

    if let (true, Some(own)) = (paper_ok, &raw.paper) {
        super::stock::ballot_paper_fits(check, &root.key("paper"), own, &paper, &election.production.stock);
    }
    let options = options(check, &k.key("options"), &raw.contest.options, kind, langs);
    if paper_ok {
        if let Some(options) = &options {
            boxes(
                check,
                &k.key("options"),
                options,
                &paper,
                raw.paper.is_some(),
            );
        }
    }
    if check.errors > before {
        return None;
    }
    let region = match region {
        Some(r) => Some(r?),
        None => None,
    };
    let polling_stations = match raw.polling_stations {
        None => Some(None),
        Some(n) if (1..=MAX_POLLING_STATIONS).contains(&n) => Some(Some(n as u32)),
        Some(n) => {
            check.error(
                &root.key("polling_stations"),
                msg!("validate-polling-stations-out-of-range", value = n),
                Some(msg!("validate-polling-stations-out-of-range-hint", max = MAX_POLLING_STATIONS)),
            );
            None
        }
    };
    let constituency = Constituency { number: raw.constituency.number, name: name?, region };
    let contest = Contest { kind: kind?, title: title?, instructions: instructions?, options: options? };
    let notes = same_in_two_languages(check, &constituency, &contest);
    Some(BallotParts { constituency, contest, paper, polling_stations: polling_stations?, notes })
}

/// Texts other than names written the same in two languages (`Против всех`
/// under `kk` too): one of them is likely in the wrong language, which a
/// voter would hear and read. A warning, since a text may be the same (a
/// place name); each is also a note for the review page.
fn same_in_two_languages(check: &mut Checker, constituency: &Constituency, contest: &Contest) -> Vec<crate::i18n::Message> {
    let (c, k) = (FieldPath::root().key("constituency"), FieldPath::root().key("contest"));
    let mut texts = vec![(c.key("name"), &constituency.name), (k.key("title"), &contest.title), (k.key("instructions"), &contest.instructions)];
    texts.extend(constituency.region.as_ref().map(|r| (c.key("region"), r)));
    for option in &contest.options {
        let o = k.key("options").index(option.number - 1);
        // Names of people and parties may be the same in every language; answers and "against all" are words.
        if option.against_all || contest.kind == ContestKind::Question {
            texts.push((o.key("name"), &option.name));
        }
        texts.extend(option.details.as_ref().map(|d| (o.key("details"), d)));
    }
    let mut notes = Vec::new();
    for (path, text) in texts {
        // Words only, whatever the case, spacing and punctuation, each
        // language's once (validation reads every text of the country).
        let words: Vec<String> = text.0.iter().map(|(_, t)| comparable_words(t)).collect();
        for (i, (first, a)) in text.0.iter().enumerate() {
            // A text that is only a quoted name (`«AMANAT»`) may well be the same.
            if !has_letter_outside_quotes(a) {
                continue;
            }
            let Some(j) = (i + 1..words.len()).find(|&j| words[j] == words[i]) else { continue };
            let second = &text.0[j].0;
            let message = msg!("validate-same-text-in-two-languages", first = first.code(), second = second.code(), text = format!("{a:?}"));
            notes.push(msg!("validate-note", field = path.to_string(), message = message.clone()));
            check.warning(&path.key(first.code()), message, Some(msg!("validate-same-text-in-two-languages-hint")));
        }
    }
    notes
}

/// Most polling stations one ballot may serve (Kazakhstan has about 10,000 in all).
const MAX_POLLING_STATIONS: i64 = 20_000;

fn options(
    check: &mut Checker,
    path: &FieldPath,
    raw: &[RawOption],
    kind: Option<ContestKind>,
    langs: &[Lang],
) -> Option<Vec<BallotOption>> {
    let minimum = if kind == Some(ContestKind::Question) {
        2
    } else {
        1
    };
    let mut ok = true;
    if raw.len() < minimum {
        ok = false;
        if minimum == 2 {
            check.error(path, msg!("validate-question-too-few-answers", count = raw.len()), Some(msg!("validate-question-too-few-answers-hint")));
        } else {
            check.error(path, msg!("validate-no-options"), Some(msg!("validate-no-options-hint")));
        }
    }
    if raw.len() > MAX_OPTIONS {
        ok = false;
        check.error(
            path,
            msg!("validate-too-many-options", count = raw.len(), max = MAX_OPTIONS),
            Some(msg!("validate-too-many-options-hint")),
        );
    }
    let mut first_against_all: Option<usize> = None;
    let mut second_against_all = false;
    let mut options = Vec::new();
    for (i, option) in raw.iter().enumerate() {
        let o = path.index(i);
        let name = check.text(&o.key("name"), &option.name, langs);
        let details = option
            .details
            .as_ref()
            .map(|d| check.text(&o.key("details"), d, langs));
        let label = option
            .label
            .as_ref()
            .map(|l| check.text(&o.key("label"), l, langs));
        if option.against_all {
            if kind == Some(ContestKind::Question) {
                ok = false;
                check.error(&o.key("against_all"), msg!("validate-question-against-all"), Some(msg!("validate-question-against-all-hint")));
            }
            if let Some(first) = first_against_all {
                second_against_all = true;
                ok = false;
                check.error(
                    &o.key("against_all"),
                    msg!("validate-second-against-all", first = (first + 1).to_string()),
                    Some(msg!("validate-second-against-all-hint")),
                );
            } else {
                first_against_all = Some(i);
            }
        }
        let mut valid = |t: Option<Option<Text>>| match t {
            None => Some(None),
            Some(Some(t)) => Some(Some(t)),
            Some(None) => {
                ok = false;
                None
            }
        };
        let (details, label) = (valid(details), valid(label));
        if let (Some(name), Some(details), Some(label)) = (name, details, label) {
            options.push(BallotOption {
                number: i + 1,
                name,
                details,
                label,
                against_all: option.against_all,
                box_at: option.r#box.as_ref().map(|b| (b.x_mm, b.y_mm)),
            });
        } else {
            ok = false;
        }
    }
    // The closing track and the stencil's order assume "against all" comes last
    // (with two, the second one's error says which to remove: moving the first would be wrong advice).
    if let Some(first) = first_against_all.filter(|&i| i + 1 != raw.len() && !second_against_all) {
        ok = false;
        check.error(
            &path.index(first).key("against_all"),
            msg!("validate-against-all-not-last", number = (first + 1).to_string(), total = raw.len()),
            Some(msg!("validate-against-all-not-last-hint")),
        );
    }
    if ok {
        ok = duplicate_names(check, path, &options, langs);
    }
    ok.then_some(options)
}

/// A name as compared for duplicates: case and spacing do not count.
pub(crate) fn comparable_name(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Two options with the same name and details (in any language) are a
/// copy-paste slip: the voter could not tell them apart. Namesakes are told
/// apart by their details (birth year, town).
fn duplicate_names(check: &mut Checker, path: &FieldPath, options: &[BallotOption], langs: &[Lang]) -> bool {
    let key = |o: &BallotOption, lang: Lang| (comparable_name(o.name.get(lang)), o.details.as_ref().map(|d| comparable_name(d.get(lang))));
    // Each option's keys once (a Mazhilis ballot has 20 options, compared pairwise).
    let keys: Vec<Vec<_>> = options.iter().map(|o| langs.iter().map(|&lang| key(o, lang)).collect()).collect();
    let mut ok = true;
    for (i, a) in options.iter().enumerate() {
        for (l, &lang) in langs.iter().enumerate() {
            if let Some(b) = (0..i).find(|&j| keys[j][l] == keys[i][l]).map(|j| &options[j]) {
                ok = false;
                let (number, other, lang, name) = (a.number.to_string(), b.number.to_string(), lang.code(), format!("{:?}", a.name.get(lang)));
                let message = if a.details.is_some() {
                    msg!("validate-duplicate-option-name-and-details", number = number, other = other, lang = lang, name = name)
                } else {
                    msg!("validate-duplicate-option-name", number = number, other = other, lang = lang, name = name)
                };
                check.error(&path.index(i).key("name").key(lang), message, Some(msg!("validate-duplicate-option-name-hint")));
                break;
            }
        }
    }
    ok
}

/// The number in a `№ N` of a text, if it has one.
fn number_sign(text: &str) -> Option<u32> {
    let after = text.split('№').nth(1)?;
    let digits: String = after.trim_start().chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// A constituency's `number` and any `№ N` in its name must agree (a copied file
/// whose number was changed and name was not, or the other way round).
fn constituency_number(check: &mut Checker, path: &FieldPath, number: Option<u32>, name: &Text) {
    for (lang, text) in &name.0 {
        let Some(written) = number_sign(text) else { continue };
        match number {
            Some(n) if n == written => {}
            Some(n) => check.error(
                &path.key("name").key(lang.code()),
                msg!("validate-constituency-number-disagrees", lang = lang.code(), written = written.to_string(), number = n.to_string()),
                Some(msg!("validate-constituency-number-disagrees-hint")),
            ),
            None => check.error(
                &path.key("name").key(lang.code()),
                msg!("validate-constituency-number-missing", lang = lang.code(), written = written.to_string()),
                Some(msg!("validate-constituency-number-missing-hint", written = written.to_string())),
            ),
        }
    }
}

/// Every box lies inside the paper, and no two boxes overlap.
fn boxes(
    check: &mut Checker,
    path: &FieldPath,
    options: &[BallotOption],
    paper: &Paper,
    overridden: bool,
) {
    let mut rects = Vec::new();
    // How long the paper must be for the lowest box: one length for every box that does not fit.
    let lowest = options.iter().enumerate().map(|(i, o)| option_box(&paper.boxes, i, o.box_at).bottom()).fold(0.0, f64::max);
    for (i, option) in options.iter().enumerate() {
        let o = path.index(i);
        let own = o.key("box");
        if option.box_at.is_some() {
            let ok_x = check.coordinate(&own.key("x_mm"), option.box_at.map_or(0.0, |b| b.0));
            let ok_y = check.coordinate(&own.key("y_mm"), option.box_at.map_or(0.0, |b| b.1));
            if !(ok_x && ok_y) {
                return;
            }
        }
        let rect = option_box(&paper.boxes, i, option.box_at);
        if !rect.inside_sheet(paper.width_mm, paper.height_mm) {
            let at = if option.box_at.is_some() {
                own.clone()
            } else {
                o.clone()
            };
            // What to change: the option's own `box`, else the grid or the paper.
            let across = rect.right() > paper.width_mm;
            // The furthest a box may start, rounded down to a tenth of a millimetre.
            let furthest = |room: f64| Arg::from((room * 10.0).floor() / 10.0);
            let hint = match (option.box_at.is_some(), across) {
                (true, true) => msg!("validate-box-outside-hint-own-x", max = furthest(paper.width_mm - rect.width)),
                (true, false) => msg!("validate-box-outside-hint-own-y", max = furthest(paper.height_mm - rect.height)),
                (false, true) if overridden => msg!("validate-box-outside-hint-grid-x-ballot", width = super::as_written(paper.width_mm)),
                (false, true) => msg!("validate-box-outside-hint-grid-x", width = super::as_written(paper.width_mm)),
                (false, false) => msg!("validate-box-outside-hint-grid-y", needed = lowest.ceil() as i64),
            };
            let d = |v: f64| Arg::decimal(v, 1);
            check.error(
                &at,
                msg!(
                    "validate-box-outside-paper",
                    number = option.number.to_string(),
                    left = d(rect.x),
                    right = d(rect.right()),
                    top = d(rect.y),
                    bottom = d(rect.bottom()),
                    width = super::as_written(paper.width_mm),
                    height = super::as_written(paper.height_mm),
                ),
                Some(hint),
            );
        }
        if let Some(previous) = rects.last() {
            let previous: &crate::model::Rect = previous;
            let below = rect.y > previous.y + 1e-9;
            let right_on_same_row = (rect.y - previous.y).abs() <= 1e-9 && rect.x > previous.x;
            // A two-column ballot goes on at the top of the next column.
            let next_column = rect.x >= previous.right();
            if !(below || right_on_same_row || next_column) {
                check.error(
                    if option.box_at.is_some() { &own } else { &o },
                    msg!(
                        "validate-box-out-of-order",
                        number = option.number.to_string(),
                        top = Arg::decimal(rect.y, 1),
                        previous = (option.number - 1).to_string(),
                        previous_top = Arg::decimal(previous.y, 1),
                    ),
                    Some(msg!("validate-box-out-of-order-hint")),
                );
            }
        }
        for (j, other) in rects.iter().enumerate() {
            if rect.overlaps(other) {
                // The grid alone never overlaps (its pitch is at least the box size): an own `box` does.
                let hint = if option.box_at.is_some() || options[j].box_at.is_some() {
                    msg!("validate-boxes-overlap-hint-own", size = super::as_written(paper.boxes.size_mm))
                } else {
                    msg!("validate-boxes-overlap-hint")
                };
                check.error(&o, msg!("validate-boxes-overlap", number = option.number.to_string(), other = (j + 1).to_string()), Some(hint));
                break;
            }
        }
        rects.push(rect);
    }
}


/// A text's words, lower case, joined by single spaces.
fn comparable_words(text: &str) -> String {
    text.to_lowercase().split(|c: char| !crate::util::chars::is_alphanumeric(c)).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Whether a text has a letter outside quotation marks.
fn has_letter_outside_quotes(text: &str) -> bool {
    let mut depth = 0usize;
    text.chars().any(|c| {
        match c {
            '«' | '“' | '„' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            _ => return depth == 0 && crate::util::chars::is_alphabetic(c),
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use crate::dev::testing::{corpus_base, load_texts};

    #[test]
    fn a_text_the_same_in_two_languages_is_a_warning_and_a_review_note_but_names_are_not() {
        let wrong = corpus_base("ballot.yaml").replace("kk: Барлығына қарсы", "kk: Против всех").replace("kk: ӘЛИЕВ Ғани", "kk: АЛИЕВ Гани");
        let loaded = load_texts(&corpus_base("election.yaml"), &wrong);
        let warnings: Vec<String> = loaded.diagnostics.0.iter().filter(|d| !d.is_error()).map(|d| d.message.to_string()).collect();
        let expected = "the `kk` and `ru` texts are the same (\"Против всех\"): is one of them in the wrong language?";
        assert_eq!(warnings, [expected]);
        assert_eq!(loaded.elections[0].ballots[0].notes.iter().map(ToString::to_string).collect::<Vec<_>>(), [format!("contest.options[1].name: {expected}")]);
        // Spacing and punctuation aside, the same; a quoted name alone is fine.
        let spaced = corpus_base("ballot.yaml").replace("kk: Барлығына қарсы", "kk: Против  всех.");
        assert_eq!(load_texts(&corpus_base("election.yaml"), &spaced).elections[0].ballots[0].notes.len(), 1);
        let party = corpus_base("ballot.yaml").replace("ru: АЛИЕВ Гани }", "ru: АЛИЕВ Гани }\n      details: { kk: «AMANAT», ru: «AMANAT» }");
        assert!(load_texts(&corpus_base("election.yaml"), &party).elections[0].ballots[0].notes.is_empty());
        let right = load_texts(&corpus_base("election.yaml"), &corpus_base("ballot.yaml"));
        assert!(right.diagnostics.0.is_empty() && right.elections[0].ballots[0].notes.is_empty());
    }
}
