//! Rules of a ballot file: id, constituency, contest, options, paper
//! overrides and box positions.

use crate::diag::{closest, FieldPath};
use crate::geometry::option_box;
use crate::model::{BallotOption, BoxGrid, Constituency, Contest, ContestKind, ElectionInfo, Lang, Paper, Text};

use super::super::raw::{RawBallot, RawOption, RawPaperOverride};
use super::{Checker, MAX_OPTIONS};

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
    check.id(&root.key("id"), &raw.id, "ballot");

    let c = root.key("constituency");
    if raw.constituency.number == Some(0) {
        check.error(
            &c.key("number"),
            "constituency number 0 is not allowed",
            Some("constituency numbers start at 1; leave `number` out if it has none".into()),
        );
    }
    let name = check.text(&c.key("name"), &raw.constituency.name, langs);
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
        let hint = match closest(&raw.contest.kind, names.iter().copied()) {
            Some(s) => format!("did you mean `{s}`? kinds are: {}", names.join(", ")),
            None => format!("kinds are: {}", names.join(", ")),
        };
        check.error(
            &k.key("kind"),
            format!("unknown contest kind {:?}", raw.contest.kind),
            Some(hint),
        );
    }
    let title = check.text(&k.key("title"), &raw.contest.title, langs);
    let instructions = check.text(&k.key("instructions"), &raw.contest.instructions, langs);

    let paper = match &raw.paper {
        Some(o) => apply_override(election.paper, o),
        None => election.paper,
    };
    let paper_ok = raw.paper.is_none() || check.paper(&root.key("paper"), &paper);

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
    Some(BallotParts {
        constituency: Constituency {
            number: raw.constituency.number,
            name: name?,
            region,
        },
        contest: Contest {
            kind: kind?,
            title: title?,
            instructions: instructions?,
            options: options?,
        },
        paper,
    })
}

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
        let message = if minimum == 2 {
            format!("a question needs at least two answers, found {}", raw.len())
        } else {
            "the contest has no options".to_owned()
        };
        check.error(
            path,
            message,
            Some("list the options in ballot order under `options`".into()),
        );
    }
    if raw.len() > MAX_OPTIONS {
        ok = false;
        check.error(
            path,
            format!("the contest has {} options; at most {MAX_OPTIONS} are allowed", raw.len()),
            Some("a ballot with more options cannot be printed or listened to; check the file".into()),
        );
    }
    let mut first_against_all: Option<usize> = None;
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
                check.error(
                    &o.key("against_all"),
                    "a question cannot have an against-all option",
                    Some("a referendum's answers are the options; remove `against_all`".into()),
                );
            }
            if let Some(first) = first_against_all {
                ok = false;
                check.error(
                    &o.key("against_all"),
                    format!(
                        "a second against-all option (the first is option {})",
                        first + 1
                    ),
                    Some("a ballot has at most one against-all option".into()),
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
    if ok {
        duplicate_names(check, path, &options);
    }
    ok.then_some(options)
}

/// Two options with the same name are almost always a copy-paste slip.
fn duplicate_names(check: &mut Checker, path: &FieldPath, options: &[BallotOption]) {
    for (i, a) in options.iter().enumerate() {
        if let Some(b) = options[..i].iter().find(|b| b.name == a.name) {
            check.warning(
                &path.index(i).key("name"),
                format!(
                    "option {} has the same name as option {}",
                    a.number, b.number
                ),
                Some("check the list; namesakes usually differ in details".into()),
            );
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
            let source = if option.box_at.is_some() {
                "its `box`"
            } else if overridden {
                "the box grid and this ballot's `paper`"
            } else {
                "the box grid in election.yaml"
            };
            check.error(
                &at,
                format!(
                    "the box of option {} ({:.1}-{:.1} mm across, {:.1}-{:.1} mm down) lies outside the {} x {} mm paper",
                    option.number, rect.x, rect.right(), rect.y, rect.bottom(), paper.width_mm, paper.height_mm
                ),
                Some(format!("check {source}; a longer ballot needs `paper: {{ height_mm: ... }}` in its file")),
            );
        }
        for (j, other) in rects.iter().enumerate() {
            if rect.overlaps(other) {
                check.error(
                    &o,
                    format!("the box of option {} overlaps the box of option {}", option.number, j + 1),
                    Some("boxes must not overlap: check `pitch_mm` against `size_mm`, or the options' `box` positions".into()),
                );
                break;
            }
        }
        rects.push(rect);
    }
}

