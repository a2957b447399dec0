//! What is wrong with a file as read, taken apart: the field, the problem,
//! what was expected and found.

use super::*;

/// A YAML or data error taken apart: the field it concerns, what it is
/// about, and the reader's own words (shown only when we have none of ours).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Reading {
    pub(super) field: FieldPath,
    pub(super) problem: Problem,
    pub(super) detail: String,
}

/// What a YAML error is about.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Problem {
    /// A value of the wrong kind (`invalid type`, `invalid value`).
    WrongType { expected: Expected, found: Found },
    /// A whole number too large for its field.
    TooLarge { value: String },
    /// `unknown field `x`, expected one of ...`.
    UnknownField { name: String, allowed: Vec<String> },
    /// `missing field `x``.
    MissingField { name: String },
    /// `duplicate field `x``.
    DuplicateField { name: String },
    /// A second document (after `---` or `...`).
    SecondDocument,
    /// Values nested deeper than the reader goes.
    TooDeep,
    /// Aliases repeating values too many times (an alias bomb).
    TooManyRepeats,
    /// `*name` with no `&name` before it.
    UnknownAlias,
    /// A syntax error: what the reader found, what it was reading, and where
    /// that started (a quoted text's opening quote, a `{`, a mapping's first key).
    Syntax { problem: String, context: Option<String>, started_at: Option<Position> },
    /// A data error of another shape.
    Other,
}

/// The kind of value a field needs.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Expected {
    WholeNumber { negative_allowed: bool },
    Number,
    TrueFalse,
    Text,
    List,
    /// Keys of our choice (a text's languages, a lexicon's words).
    Map,
    /// The fields of one of our structures (`RawBallot`, `RawContest`...).
    Fields(String),
    Other,
}

/// The kind of value written.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Found {
    /// A text, as the reader quotes it (`"один"`).
    Text(String),
    Number(String),
    TrueFalse(String),
    Empty,
    List,
    Fields,
    Other,
}

/// serde's words for a data error (`invalid type: string "один", expected u32`) as a [`Problem`].
pub(super) fn data_problem(body: &str) -> Problem {
    let backticked: Vec<String> = body.split('`').skip(1).step_by(2).map(str::to_owned).collect();
    let first = || backticked.first().cloned().unwrap_or_default();
    if body.starts_with("unknown field `") {
        return Problem::UnknownField { name: first(), allowed: backticked.iter().skip(1).cloned().collect() };
    }
    if body.starts_with("missing field `") {
        return Problem::MissingField { name: first() };
    }
    if body.starts_with("duplicate field `") {
        return Problem::DuplicateField { name: first() };
    }
    let Some(rest) = body.strip_prefix("invalid type: ").or_else(|| body.strip_prefix("invalid value: ")) else {
        return Problem::Other;
    };
    // A text value may hold ", expected " itself; the expectation never does.
    let Some((found, expected)) = rest.rsplit_once(", expected ") else {
        return Problem::Other;
    };
    let found = parse_found(found);
    let expected = parse_expected(expected);
    if let (Found::Number(value), Expected::WholeNumber { negative_allowed }) = (&found, &expected) {
        let whole = !value.is_empty() && value.trim_start_matches('-').chars().all(|c| c.is_ascii_digit());
        if whole && (*negative_allowed || !value.starts_with('-')) {
            return Problem::TooLarge { value: value.clone() };
        }
    }
    Problem::WrongType { expected, found }
}

/// serde's description of a value (`string "один"`, `integer `5``, `sequence`).
pub(super) fn parse_found(text: &str) -> Found {
    let between_backticks = || text.split('`').nth(1).unwrap_or_default().to_owned();
    if let Some(value) = text.strip_prefix("string ") {
        Found::Text(value.to_owned())
    } else if text.starts_with("integer `") || text.starts_with("floating point `") {
        Found::Number(between_backticks())
    } else if text.starts_with("boolean `") {
        Found::TrueFalse(between_backticks())
    } else {
        match text {
            "unit value" => Found::Empty,
            "sequence" => Found::List,
            "map" => Found::Fields,
            _ => Found::Other,
        }
    }
}

/// serde's description of the type it wanted (`u32`, `a string`, `struct RawContest`).
pub(super) fn parse_expected(text: &str) -> Expected {
    match text {
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "an integer" => Expected::WholeNumber { negative_allowed: true },
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => Expected::WholeNumber { negative_allowed: false },
        "f32" | "f64" | "a float" => Expected::Number,
        "a boolean" => Expected::TrueFalse,
        "a string" | "a borrowed string" | "a character" => Expected::Text,
        "a sequence" => Expected::List,
        "a map" => Expected::Map,
        _ => match text.strip_prefix("struct ") {
            Some(name) => Expected::Fields(name.to_owned()),
            None => Expected::Other,
        },
    }
}

impl Found {
    /// How the value is named in our messages (`the text "один"`, `a list`).
    pub(super) fn describe(&self) -> Message {
        match self {
            Found::Text(value) => msg!("def-found-text", value = value),
            Found::Number(value) => msg!("def-found-number", value = value),
            Found::TrueFalse(value) => msg!("def-found-true-false", value = value),
            Found::Empty => msg!("def-found-empty"),
            Found::List => msg!("def-found-list"),
            Found::Fields => msg!("def-found-fields"),
            Found::Other => msg!("def-found-other"),
        }
    }
}
