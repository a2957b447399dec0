//! The rules of `ballot-definition.md`: raw structs in, validated model out.
//!
//! Every broken rule becomes a located diagnostic; checking goes on after an
//! error so that one run reports everything wrong with a file. This module
//! holds the [`Checker`] and the rules every group shares (ids, lengths,
//! paper); the groups are [`text`] (texts, and the braille and speech engines'
//! character rules), [`election`] (`election.yaml`), [`ballot`] (ballot files),
//! [`tactile`] (whether the stencil and overlay fit) and [`stock`] (the
//! print shop's sheets, and whether every page fits one).

mod ballot;
mod damage;
mod election;
mod stock;
mod tactile;
mod text;

pub(crate) use ballot::{ballot, comparable_name, BallotParts};
pub(crate) use election::election;
pub(crate) use tactile::tactile;

use crate::diag::{closest, Diagnostic, Diagnostics, FieldPath, Position};
use crate::i18n::{Arg, Message};
use crate::msg;
use crate::model::Paper;

use super::parse::SpanIndex;
use super::source::SourceFile;

/// Most options a contest may have.
pub const MAX_OPTIONS: usize = 100;
/// Most characters in one language's version of a text.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Sensible bounds for sizes on paper: anything outside is a typo (0 mm, 10 m).
const PAPER_RANGE_MM: (f64, f64) = (50.0, 2000.0);
const BOX_SIZE_RANGE_MM: (f64, f64) = (3.0, 50.0);
const RATE_RANGE_WPM: (u32, u32) = (60, 400);
/// Ballot ids that would collide with what the tool writes: `<election>/review/`
/// and `review/index.html` beside `review/<ballot-id>.html`.
const RESERVED_BALLOT_IDS: [&str; 2] = ["review", "index"];
/// Names Windows reserves for devices; a folder named so cannot be created there.
const WINDOWS_RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Whether an id is `[a-z0-9][a-z0-9-]{0,63}`: safe as a folder name anywhere.
pub fn is_well_formed_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') && !id.starts_with('-')
}

/// Whether a ballot id is one `check` accepts: well formed, not a name the
/// tool writes beside the ballots, not a Windows device name.
pub fn is_valid_ballot_id(id: &str) -> bool {
    is_well_formed_id(id) && !RESERVED_BALLOT_IDS.contains(&id) && !WINDOWS_RESERVED.contains(&id)
}

/// Checks one file's fields, recording diagnostics against its positions.
pub struct Checker<'a> {
    source: &'a SourceFile,
    spans: &'a SpanIndex,
    diagnostics: &'a mut Diagnostics,
    /// The election's lexicon, when checking a ballot: a Latin word it names
    /// is deliberate, not a word typed in look-alike letters.
    lexicon: Option<&'a std::collections::BTreeMap<crate::model::Lang, crate::model::Lexicon>>,
    /// How many errors this checker has recorded.
    pub errors: usize,
}

impl<'a> Checker<'a> {
    /// A checker for one parsed file.
    pub fn new(
        source: &'a SourceFile,
        spans: &'a SpanIndex,
        diagnostics: &'a mut Diagnostics,
    ) -> Self {
        Checker {
            source,
            spans,
            diagnostics,
            lexicon: None,
            errors: 0,
        }
    }

    /// The same checker, knowing the election's lexicon (for ballot texts).
    pub fn with_lexicon(mut self, lexicon: &'a std::collections::BTreeMap<crate::model::Lang, crate::model::Lexicon>) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        if diagnostic.is_error() {
            self.errors += 1;
        }
        self.diagnostics.push(diagnostic);
    }

    fn diag_at(&self, position: Position, path: &FieldPath, message: Message) -> Diagnostic {
        self.source.error_at(position, message).field(path.clone())
    }

    /// An error at a field's value.
    fn error(&mut self, path: &FieldPath, message: impl Into<Message>, hint: Option<Message>) {
        let mut d = self.diag_at(self.spans.value(path), path, message.into());
        d.hint = hint;
        self.push(d);
    }

    /// An error at the first occurrence of a character in a field's value, when
    /// it is written literally (not as an escape); else at the value.
    fn error_at_char(&mut self, path: &FieldPath, ch: char, message: impl Into<Message>, hint: Option<Message>) {
        self.error_at_str(path, ch.encode_utf8(&mut [0; 4]), message, hint);
    }

    /// An error at the first occurrence of `needle` in a field's value, when
    /// it is written literally on the value's first line; else at the value.
    fn error_at_str(&mut self, path: &FieldPath, needle: &str, message: impl Into<Message>, hint: Option<Message>) {
        let start = self.spans.value(path);
        let from = self.source.offset_of(start);
        let window = self.source.text[from..].lines().next().unwrap_or("");
        let position = match window.find(needle) {
            Some(i) => self.source.position_of(from + i),
            None => start,
        };
        let mut d = self.diag_at(position, path, message.into());
        d.hint = hint;
        self.push(d);
    }

    /// A warning at a field's value: something that may be right.
    fn warning(&mut self, path: &FieldPath, message: impl Into<Message>, hint: Option<Message>) {
        let mut d = self.diag_at(self.spans.value(path), path, message.into());
        d.severity = crate::diag::Severity::Warning;
        d.hint = hint;
        self.push(d);
    }

    /// An error at a field's key (for misplaced keys).
    fn error_at_key(&mut self, path: &FieldPath, message: impl Into<Message>, hint: Option<Message>) {
        let mut d = self.diag_at(self.spans.key(path), path, message.into());
        d.hint = hint;
        self.push(d);
    }

    /// An id: `[a-z0-9][a-z0-9-]{0,63}`, never a path or a reserved device name.
    pub fn id(&mut self, path: &FieldPath, id: &str, of: IdOf) -> bool {
        let id_of = match of {
            IdOf::Ballot => msg!("validate-id-of-ballot"),
            IdOf::Election => msg!("validate-id-of-election"),
        };
        let quoted = format!("{id:?}");
        if !is_well_formed_id(id) {
            let escapes = id.contains(['/', '\\', '\0']) || id.contains("..") || id.contains(':');
            let message = if escapes {
                msg!("validate-id-escapes", id_of = id_of, id = quoted)
            } else {
                msg!("validate-id-not-allowed", id_of = id_of, id = quoted)
            };
            self.error(path, message, Some(id_hint(id)));
            return false;
        }
        // Names the tool itself writes beside the ballots' folders: the review
        // folder, and its index page next to the per-ballot pages.
        if of == IdOf::Ballot && RESERVED_BALLOT_IDS.contains(&id) {
            let names = RESERVED_BALLOT_IDS.map(|r| format!("`{r}`")).join(", ");
            self.error(path, msg!("validate-ballot-id-reserved", id = quoted), Some(msg!("validate-ballot-id-reserved-hint", names = names)));
            return false;
        }
        if WINDOWS_RESERVED.contains(&id) {
            self.error(path, msg!("validate-id-windows-device", id_of = id_of, id = quoted), Some(msg!("validate-id-windows-device-hint")));
            return false;
        }
        true
    }

    /// A length in millimetres within a range; `what` names it (`paper
    /// width`), `hint` says what it is for when the range alone is not enough.
    fn length(&mut self, path: &FieldPath, value: f64, (min, max): (f64, f64), what: Message, hint: Option<Message>) -> bool {
        if value.is_finite() && value >= min && value <= max {
            return true;
        }
        let hint = hint.unwrap_or_else(|| msg!("validate-length-hint", min = as_written(min), max = as_written(max)));
        self.error(path, msg!("validate-length-out-of-range", what = what, value = as_written(value)), Some(hint));
        false
    }

    /// A position in millimetres: finite and not negative (the box checks do the rest).
    fn coordinate(&mut self, path: &FieldPath, value: f64) -> bool {
        if value.is_finite() && value >= 0.0 {
            return true;
        }
        self.error(path, msg!("validate-position-negative", value = as_written(value)), Some(msg!("validate-position-negative-hint")));
        false
    }

    fn paper(&mut self, path: &FieldPath, paper: &Paper) -> bool {
        let boxes = path.key("boxes");
        let (min, max) = PAPER_RANGE_MM;
        let paper_hint = || Some(msg!("validate-paper-size-hint", min = as_written(min), max = as_written(max)));
        let results = [
            self.length(&path.key("width_mm"), paper.width_mm, PAPER_RANGE_MM, msg!("validate-what-paper-width"), paper_hint()),
            self.length(&path.key("height_mm"), paper.height_mm, PAPER_RANGE_MM, msg!("validate-what-paper-height"), paper_hint()),
            self.length(&boxes.key("size_mm"), paper.boxes.size_mm, BOX_SIZE_RANGE_MM, msg!("validate-what-box-size"), None),
            self.coordinate(&boxes.key("x_mm"), paper.boxes.x_mm),
            self.coordinate(&boxes.key("first_y_mm"), paper.boxes.first_y_mm),
        ];
        let mut ok = results.iter().all(|r| *r);
        let pitch = paper.boxes.pitch_mm;
        if !(pitch.is_finite() && pitch > 0.0 && pitch <= PAPER_RANGE_MM.1) {
            ok = false;
            self.error(
                &boxes.key("pitch_mm"),
                msg!("validate-pitch-out-of-range", value = as_written(pitch)),
                Some(msg!("validate-pitch-out-of-range-hint", max = as_written(PAPER_RANGE_MM.1))),
            );
        } else if ok && pitch < paper.boxes.size_mm {
            ok = false;
            self.error(
                &boxes.key("pitch_mm"),
                msg!("validate-pitch-below-size", value = as_written(pitch), size = as_written(paper.boxes.size_mm)),
                Some(msg!("validate-pitch-below-size-hint", size = as_written(paper.boxes.size_mm))),
            );
        }
        ok
    }
}

/// Whose id [`Checker::id`] checks: its messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdOf {
    /// `election.yaml`'s `id`.
    Election,
    /// A ballot file's `id`.
    Ballot,
}

/// The values a field takes, naming the closest when `value` looks like a
/// typing slip of one (`candidate`: did you mean `candidates`?).
fn one_of(value: &str, names: &[&str]) -> Message {
    let values = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
    match closest(value, names.iter().copied()) {
        Some(name) => msg!("validate-did-you-mean", suggestion = name, values = values),
        None => msg!("validate-one-of", values = values),
    }
}

/// A measure (millimetres, a percentage) as the user wrote it (no
/// rounding), in the language's number form (`2,5` in kk and ru).
fn as_written(value: f64) -> Arg {
    Arg::Decimal(format!("{value}"))
}

/// How to write a valid id, for an id that is not one: the id made valid
/// when it is a near miss (`Test_Election`: `test-election`).
fn id_hint(id: &str) -> Message {
    const MAX_ID_CHARS: usize = 64;
    let valid_chars = id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') && !id.starts_with('-');
    if id.is_empty() {
        return msg!("validate-id-hint-empty");
    }
    if valid_chars && id.len() > MAX_ID_CHARS {
        return msg!("validate-id-hint-too-long", count = id.len(), max = MAX_ID_CHARS);
    }
    let mut suggestion = String::new();
    if id.is_ascii() {
        for c in id.to_ascii_lowercase().chars() {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                suggestion.push(c);
            } else if !suggestion.is_empty() && !suggestion.ends_with('-') {
                suggestion.push('-');
            }
        }
    }
    let suggestion = suggestion.trim_end_matches('-');
    if suggestion != id && is_valid_ballot_id(suggestion) {
        msg!("validate-id-hint-suggestion", suggestion = suggestion)
    } else {
        msg!("validate-id-hint")
    }
}
