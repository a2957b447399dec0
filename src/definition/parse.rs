//! Turning a definition file's text into raw structs, with every YAML or
//! type error located and explained in plain words.
//!
//! The YAML reader's own messages (`invalid type: string "один", expected
//! u32`, `mapping values are not allowed in this context`) are never shown:
//! each is read into a [`Problem`], and the text around the error decides
//! which of our messages and hints fits what the person wrote (a `: ` inside
//! a text, a line indented too far, a quotation mark not closed...). A
//! message we cannot place gets a plain general one, with the reader's words
//! only as a detail at the end of its hint.

use serde::de::DeserializeOwned;

use crate::diag::{closest, Diagnostic, Diagnostics, FieldPath, Position, Segment};
use crate::i18n::Message;
use crate::msg;

use super::source::{empty_file_hint, SourceFile, SpanIndex};

/// Deserializes a file into `T` and indexes its field positions.
///
/// Returns `None` (with the error recorded) when the YAML does not parse or
/// does not have the expected shape.
pub fn parse_file<T: DeserializeOwned>(
    source: &SourceFile,
    diagnostics: &mut Diagnostics,
) -> Option<(T, SpanIndex)> {
    if source.text.trim().is_empty() || only_comments(&source.text) {
        diagnostics.push(
            source
                .error_at(Position { line: 1, column: 1 }, msg!("def-file-no-content"))
                .hint(empty_file_hint(&source.path)),
        );
        return None;
    }
    if let Some(offset) = too_deep_flow(&source.text) {
        diagnostics.push(
            source
                .error_at(source.position_of(offset), msg!("def-brackets-too-deep", limit = MAX_FLOW_DEPTH.to_string()))
                .hint(msg!("def-brackets-too-deep-hint")),
        );
        return None;
    }
    let value = match serde_yaml::from_str::<T>(&source.text) {
        Ok(value) => value,
        Err(error) => {
            diagnostics.push(yaml_error(source, &error));
            return None;
        }
    };
    let Some(spans) = SpanIndex::build(&source.text) else {
        // serde_yaml accepted what the indexer did not: report positions as unknown
        // rather than refusing a file the deserializer found valid.
        return Some((value, SpanIndex::default()));
    };
    let mut ok = true;
    for (path, position) in &spans.duplicate_keys {
        ok = false;
        diagnostics.push(
            source
                .error_at(*position, msg!("def-duplicate-key", key = last_key(path)))
                .field(path.clone())
                .hint(msg!("def-duplicate-key-hint")),
        );
    }
    for (path, position, tag) in &spans.tags {
        ok = false;
        diagnostics.push(
            source
                .error_at(*position, msg!("def-yaml-tag", tag = tag))
                .field(path.clone())
                .hint(msg!("def-yaml-tag-hint")),
        );
    }
    ok.then_some((value, spans))
}

/// The last key of a field path as written (`kk` of `contest.title.kk`).
fn last_key(path: &FieldPath) -> String {
    match path.0.last() {
        Some(Segment::Key(key)) => key.clone(),
        Some(Segment::Index(index)) => format!("[{index}]"),
        None => String::new(),
    }
}

/// Deepest `[ ]`/`{ }` nesting accepted. The YAML parser slows down
/// quadratically with flow nesting depth, so depth is checked first.
const MAX_FLOW_DEPTH: usize = 64;

/// The byte offset where flow nesting first exceeds the limit, if it does.
/// A light scan: skips quoted strings and comments; brackets inside plain
/// scalars count too, which only matters far beyond any real ballot's depth.
fn too_deep_flow(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let mut comment = false;
    let mut previous = '\n';
    for (i, c) in text.char_indices() {
        if comment {
            comment = c != '\n';
        } else if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if q == '"' && c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
        } else {
            match c {
                '#' if previous.is_whitespace() => comment = true,
                '"' | '\'' if !previous.is_alphanumeric() => quote = Some(c),
                '[' | '{' => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some(i);
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        previous = c;
    }
    None
}

fn only_comments(text: &str) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---" || l == "..."
    })
}

// ---------------------------------------------------------------------------
// What the YAML reader said.

/// A serde_yaml error taken apart: the field it concerns, what it is about,
/// and the reader's own words (shown only when we have none of ours).
#[derive(Debug, Clone, PartialEq)]
struct Reading {
    field: FieldPath,
    problem: Problem,
    detail: String,
}

/// What a YAML error is about.
#[derive(Debug, Clone, PartialEq)]
enum Problem {
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
enum Expected {
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
enum Found {
    /// A text, as the reader quotes it (`"один"`).
    Text(String),
    Number(String),
    TrueFalse(String),
    Empty,
    List,
    Fields,
    Other,
}

/// The shapes of serde's data errors, each maybe after a field path and `: `.
const DATA_SHAPES: [&str; 7] = [
    "invalid type: ",
    "invalid value: ",
    "invalid length ",
    "unknown field `",
    "missing field `",
    "duplicate field `",
    "unknown variant `",
];

impl Reading {
    fn parse(text: &str) -> Reading {
        for shape in DATA_SHAPES {
            let (field, body) = if text.starts_with(shape) {
                (FieldPath::root(), text)
            } else if let Some(at) = text.find(&format!(": {shape}")) {
                (FieldPath::parse(&text[..at]), &text[at + 2..])
            } else {
                continue;
            };
            let body = strip_mark(body).0;
            return Reading { field, problem: data_problem(body), detail: body.to_owned() };
        }
        let plain = strip_mark(text).0;
        let fixed = match plain {
            "deserializing from YAML containing more than one document is not supported" => Some(Problem::SecondDocument),
            "recursion limit exceeded" => Some(Problem::TooDeep),
            "repetition limit exceeded" => Some(Problem::TooManyRepeats),
            "unknown anchor" => Some(Problem::UnknownAlias),
            _ => None,
        };
        if let Some(problem) = fixed {
            return Reading { field: FieldPath::root(), problem, detail: plain.to_owned() };
        }
        // The YAML reader's: "PROBLEM at line L column C, while CONTEXT at line L column C".
        let (problem, context) = match text.split_once(", while ") {
            Some((problem, context)) => (problem, Some(context)),
            None => (text, None),
        };
        let problem = strip_mark(problem).0;
        let (context, started_at) = match context.map(strip_mark) {
            Some((context, mark)) => (Some(format!("while {context}")), mark),
            None => (None, None),
        };
        let detail = match &context {
            Some(context) => format!("{problem}, {context}"),
            None => problem.to_owned(),
        };
        Reading { field: FieldPath::root(), problem: Problem::Syntax { problem: problem.to_owned(), context, started_at }, detail }
    }
}

/// Cuts a trailing ` at line L column C` (returning the position) or ` at position N`.
fn strip_mark(text: &str) -> (&str, Option<Position>) {
    if let Some(at) = text.rfind(" at line ") {
        let mark = &text[at + " at line ".len()..];
        if let Some((line, column)) = mark.split_once(" column ") {
            if let (Ok(line), Ok(column)) = (line.parse(), column.parse()) {
                return (&text[..at], Some(Position { line, column }));
            }
        }
    }
    if let Some(at) = text.rfind(" at position ") {
        if text[at + " at position ".len()..].chars().all(|c| c.is_ascii_digit()) {
            return (&text[..at], None);
        }
    }
    (text, None)
}

/// A data error's body (without field path and position) as a [`Problem`].
fn data_problem(body: &str) -> Problem {
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
fn parse_found(text: &str) -> Found {
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
fn parse_expected(text: &str) -> Expected {
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
    fn describe(&self) -> Message {
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

// ---------------------------------------------------------------------------
// Our message for it.

/// A message, a hint and where to point, chosen for what the person wrote.
struct Explained {
    position: Position,
    message: Message,
    hint: Option<Message>,
}

impl Explained {
    fn new(position: Position, message: Message, hint: impl Into<Option<Message>>) -> Self {
        Explained { position, message, hint: hint.into() }
    }
}

/// Converts a serde_yaml error into a located diagnostic in our words.
fn yaml_error(source: &SourceFile, error: &serde_yaml::Error) -> Diagnostic {
    let position = match error.location() {
        Some(l) => Position { line: l.line(), column: l.column() },
        None => source.position_of(source.text.len()),
    };
    let reading = Reading::parse(&error.to_string());
    let explained = explain(source, position, &reading);
    let mut diagnostic = source.error_at(explained.position, explained.message).field(reading.field);
    if let Some(hint) = explained.hint {
        diagnostic = diagnostic.hint(hint);
    }
    diagnostic
}

fn explain(source: &SourceFile, position: Position, reading: &Reading) -> Explained {
    let field = &reading.field;
    match &reading.problem {
        Problem::WrongType { expected, found } => type_error(source, position, field, expected, found, &reading.detail),
        Problem::TooLarge { value } => Explained::new(position, msg!("def-number-too-large", value = value), None),
        Problem::UnknownField { name, allowed } => {
            let hint = match closest(name, allowed.iter().map(String::as_str)) {
                Some(suggestion) => Some(msg!("def-unknown-field-suggest", suggestion = suggestion)),
                None if allowed.is_empty() => None,
                None => Some(msg!("def-unknown-field-allowed", fields = backticked_list(allowed))),
            };
            // serde_yaml places key errors at the start of the mapping; point at the key itself.
            let position = SpanIndex::build(&source.text)
                .filter(|spans| spans.contains_key(&field.key(name)))
                .map_or(position, |spans| spans.key(&field.key(name)));
            Explained::new(position, msg!("def-unknown-field", field = name), hint)
        }
        Problem::MissingField { name } => {
            Explained::new(position, msg!("def-missing-field", field = name), msg!("def-missing-field-hint", field = name))
        }
        Problem::DuplicateField { name } => {
            let position = SpanIndex::build(&source.text)
                .and_then(|spans| spans.duplicate_keys.iter().find(|(p, _)| p.parent() == *field).map(|(_, at)| *at))
                .unwrap_or(position);
            Explained::new(position, msg!("def-duplicate-key", key = name), msg!("def-duplicate-key-hint"))
        }
        Problem::SecondDocument => {
            let (position, marker) = second_document(&source.text).unwrap_or((position, "---"));
            Explained::new(position, msg!("def-second-document"), msg!("def-second-document-hint", marker = marker))
        }
        Problem::TooDeep => Explained::new(position, msg!("def-nested-too-deep"), msg!("def-nested-too-deep-hint")),
        Problem::TooManyRepeats => Explained::new(position, msg!("def-alias-repeats"), msg!("def-alias-repeats-hint")),
        Problem::UnknownAlias => special_start(source, position, "*"),
        Problem::Syntax { problem, context, started_at } => {
            syntax_error(source, position, problem, context.as_deref().unwrap_or(""), *started_at, &reading.detail)
        }
        Problem::Other => Explained::new(position, msg!("def-value-unreadable"), msg!("def-reader-says", detail = &reading.detail)),
    }
}

/// `` `a`, `b`, `c` `` for a hint.
fn backticked_list(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// Where the second document starts (its `---` or the `...` ending the
/// first), and which marker it is.
fn second_document(text: &str) -> Option<(Position, &'static str)> {
    let mut content = false;
    for (index, line) in text.lines().enumerate() {
        let marker = ["---", "..."].into_iter().find(|m| line == *m || line.strip_prefix(m).is_some_and(|r| r.starts_with([' ', '\t'])));
        if let Some(marker) = marker {
            if content {
                return Some((Position { line: index + 1, column: 1 }, marker));
            }
            continue;
        }
        let trimmed = line.trim();
        if !trimmed.is_empty() && !trimmed.starts_with('#') && !trimmed.starts_with('%') {
            content = true;
        }
    }
    None
}

/// A value of the wrong kind: what is needed, what is written, and how to write it.
fn type_error(source: &SourceFile, position: Position, field: &FieldPath, expected: &Expected, found: &Found, detail: &str) -> Explained {
    let found_message = found.describe();
    let key = last_key(field);
    let written = || written_value(source, position);
    let (message, hint) = match expected {
        Expected::WholeNumber { negative_allowed } => {
            let message = if *negative_allowed {
                msg!("def-type-whole-number", found = found_message)
            } else {
                msg!("def-type-count", found = found_message)
            };
            (message, matches!(found, Found::Text(_)).then(|| msg!("def-type-whole-number-hint")))
        }
        Expected::Number => {
            let hint = match found {
                Found::Text(_) => Some(number_hint(&written())),
                _ => None,
            };
            (msg!("def-type-number", found = found_message), hint)
        }
        Expected::TrueFalse => {
            let hint = match found {
                Found::Text(_) => msg!("def-type-true-false-text-hint"),
                _ => msg!("def-type-true-false-hint"),
            };
            (msg!("def-type-true-false", found = found_message), Some(hint))
        }
        Expected::Text => {
            let hint = match (found, value_start(source, position)) {
                (Found::List, Some('[')) => Some(msg!("def-type-text-list-bracket-hint")),
                (Found::Fields, Some('{')) => Some(msg!("def-type-text-fields-bracket-hint")),
                (Found::List, Some('-')) => Some(msg!("def-type-text-list-hint")),
                // A block of fields starts with a name; `*` repeats a value written elsewhere.
                (Found::Fields, Some(c)) if c != '*' => Some(msg!("def-type-text-fields-hint")),
                _ => None,
            };
            (msg!("def-type-text", found = found_message), hint)
        }
        Expected::List => {
            let value = written();
            let hint = match found {
                Found::Text(_) if value.contains(',') && !key.is_empty() => msg!("def-type-list-brackets-hint", example = format!("{key}: [{value}]")),
                // `[kk, ru]` is an example for the lists of codes, not for options or lexicon entries.
                _ if matches!(key.as_str(), "languages" | "stencil_languages") => msg!("def-type-list-hint"),
                _ => msg!("def-type-list-entries-hint"),
            };
            (msg!("def-type-list", found = found_message), Some(hint))
        }
        Expected::Map => {
            let lexicon = field.0.iter().any(|s| *s == Segment::Key("lexicon".into()));
            let hint = if lexicon {
                msg!("def-type-lexicon-hint")
            } else {
                msg!("def-type-languages-hint", example = format!("{}: {{ kk: …, ru: … }}", if key.is_empty() { "name" } else { &key }))
            };
            (msg!("def-type-fields", found = found_message), Some(hint))
        }
        Expected::Fields(name) => {
            let hint = if !field.is_root() {
                msg!("def-type-fields-hint", key = key)
            } else if name == "RawElection" {
                msg!("def-type-election-file-hint")
            } else {
                msg!("def-type-ballot-file-hint")
            };
            (msg!("def-type-fields", found = found_message), Some(hint))
        }
        Expected::Other => (msg!("def-value-unreadable"), Some(msg!("def-reader-says", detail = detail))),
    };
    Explained { position, message, hint }
}

/// The first character of the value at a position, past an `&anchor` or `!tag` before it.
fn value_start(source: &SourceFile, position: Position) -> Option<char> {
    let mut rest = source.text.get(source.offset_of(position)..)?;
    while rest.starts_with(['&', '!']) {
        rest = rest.trim_start_matches(|c: char| !c.is_whitespace()).trim_start();
    }
    rest.chars().next()
}

/// The hint for a text where a number belongs: `12,5` wants a point, `148 mm` no unit.
fn number_hint(written: &str) -> Message {
    let value = written.trim_matches(['"', '\'']).trim();
    let is_number = |s: &str| !s.is_empty() && s.trim_start_matches('-').chars().all(|c| c.is_ascii_digit() || c == '.') && s.chars().any(|c| c.is_ascii_digit());
    let fixed = value.replacen(',', ".", 1);
    if value.contains(',') && is_number(&fixed) {
        return msg!("def-type-decimal-comma-hint", fixed = fixed);
    }
    let without_unit = ["mm", "мм", "MM", "ММ"].iter().find_map(|unit| value.strip_suffix(unit)).map(str::trim_end);
    if let Some(number) = without_unit.map(|n| n.replacen(',', ".", 1)).filter(|n| is_number(n)) {
        return msg!("def-type-unit-hint", fixed = number);
    }
    msg!("def-type-number-hint")
}

/// The value written at a position, to the end of its line or entry.
fn written_value(source: &SourceFile, position: Position) -> String {
    let line = source.line_text(position.line);
    entry_around(&line, position.column.saturating_sub(1), false).map_or_else(
        || line.chars().skip(position.column.saturating_sub(1)).collect::<String>().trim().to_owned(),
        |entry| entry.value,
    )
}

// ---------------------------------------------------------------------------
// Syntax errors.

fn syntax_error(source: &SourceFile, position: Position, problem: &str, context: &str, started_at: Option<Position>, detail: &str) -> Explained {
    let line = source.line_text(position.line);
    let chars: Vec<char> = line.chars().collect();
    let index = position.column.saturating_sub(1);
    let here = chars.get(index).copied();
    let before: String = chars[..index.min(chars.len())].iter().collect();
    // A `?` where a letter was lost: YAML reads `?` before a text as a key marker.
    if here == Some('?') && chars.get(index + 1).is_some_and(|c| !c.is_whitespace()) {
        return Explained::new(position, msg!("def-lost-letter"), msg!("def-lost-letter-hint"));
    }
    match problem {
        "found character that cannot start any token" => match here {
            Some('\t') => tab(position, &before),
            Some(c) => special_start(source, position, &c.to_string()),
            None => unreadable(position, detail),
        },
        "found a tab character that violates indentation" | "found a tab character where an indentation space is expected" => {
            let tab_at = chars.iter().position(|c| *c == '\t');
            let position = tab_at.map_or(position, |i| Position { line: position.line, column: i + 1 });
            tab(position, &chars[..tab_at.unwrap_or(0)].iter().collect::<String>())
        }
        "mapping values are not allowed in this context" | "found unexpected ':'" => colon_or_indent(source, position, &line, &before),
        "did not find expected key" => block_key(source, position, &line, here, &before, started_at),
        "did not find expected '-' indicator" => list_field(source, position, &line, started_at),
        "did not find expected ',' or '}'" | "did not find expected ',' or ']'" => {
            let close = if problem.ends_with("'}'") { '}' } else { ']' };
            flow(source, position, &line, here, &before, close, started_at)
        }
        "block sequence entries are not allowed in this context" => {
            if before.trim().is_empty() {
                list_entry_misplaced(source, position)
            } else {
                special_start(source, position, "- ")
            }
        }
        "mapping keys are not allowed in this context" => special_start(source, position, "?"),
        "found unexpected end of stream" | "found unexpected document indicator" if context.contains("quoted scalar") => {
            unclosed_quote(source, started_at.unwrap_or(position))
        }
        "found unknown escape character" | "did not find expected hexadecimal number" | "found invalid Unicode character escape code" => {
            backslash(source, position, started_at)
        }
        "control characters are not allowed" => control_character(source, position),
        "could not find expected ':'" => {
            let at = started_at.unwrap_or(position);
            let key = word_at(&source.line_text(at.line), at.column.saturating_sub(1));
            Explained::new(at, msg!("def-colon-missing", key = key), msg!("def-colon-missing-hint"))
        }
        _ if ["an alias", "an anchor", "a tag", "a block scalar", "a directive", "a %YAML directive", "a %TAG directive"]
            .iter()
            .any(|what| context == format!("while scanning {what}")) =>
        {
            // The reader leaves out a start that is the problem's own place or the file's first character.
            let special = |at: Position| char_at(source, at).filter(|c| "*&!|>%@`?".contains(*c)).map(|c| (at, c));
            let candidates = [started_at, Some(position), Some(Position { line: 1, column: 1 })];
            match candidates.into_iter().flatten().find_map(special) {
                Some((at, c)) => special_start(source, at, &c.to_string()),
                None => unreadable(position, detail),
            }
        }
        _ => unreadable(position, detail),
    }
}

/// The general message for what we cannot place, with the reader's words.
fn unreadable(position: Position, detail: &str) -> Explained {
    Explained::new(position, msg!("def-yaml-unreadable"), msg!("def-yaml-unreadable-hint", detail = detail))
}

fn char_at(source: &SourceFile, position: Position) -> Option<char> {
    source.line_text(position.line).chars().nth(position.column.checked_sub(1)?)
}

/// A tab character: in the indentation, or elsewhere.
fn tab(position: Position, before: &str) -> Explained {
    if before.chars().all(|c| c == ' ' || c == '\t') {
        Explained::new(position, msg!("def-tab-indent"), msg!("def-tab-indent-hint"))
    } else {
        Explained::new(position, msg!("def-tab"), msg!("def-tab-hint"))
    }
}

/// A text starting with a character YAML reads as syntax (`@`, `` ` ``, `*`,
/// `&`, `!`, `|`, `>`, `%`, `?`, `- `): it needs quotes.
fn special_start(source: &SourceFile, position: Position, start: &str) -> Explained {
    let line = source.line_text(position.line);
    let hint = match entry_around(&line, position.column.saturating_sub(1), false).and_then(|e| e.example(quoted(&e.value))) {
        Some(example) => msg!("def-special-start-hint", example = example),
        None => msg!("def-special-start-hint-plain"),
    };
    // A backquote cannot stand between backquotes.
    let shown = if start == "`" { "« ` »".to_owned() } else { format!("`{start}`") };
    Explained::new(position, msg!("def-special-start", start = shown), hint)
}

/// `mapping values are not allowed`: a `: ` inside a text, or a line
/// indented further than the `key: value` above it (read as its text's
/// continuation).
fn colon_or_indent(source: &SourceFile, position: Position, line: &str, before: &str) -> Explained {
    let body = strip_entry_start(before);
    if body.contains(": ") {
        return colon_in_text(position, line);
    }
    let key = body.trim();
    if !key.is_empty() && !key.contains(char::is_whitespace) {
        let indent = indentation(line);
        let above = (1..position.line).rev().map(|l| source.line_text(l)).find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        if let Some(above) = above.filter(|a| indentation(a) < indent) {
            if let Some((above_key, column)) = line_key(&above) {
                return Explained::new(
                    position,
                    msg!("def-indent-more", key = key, above = above_key.clone()),
                    msg!("def-indent-more-hint", key = key, above = above_key, column = column.to_string()),
                );
            }
        }
    }
    Explained::new(position, msg!("def-colon-unexpected"), msg!("def-colon-unexpected-hint"))
}

/// A `: ` inside a text, with the text in quotes as the example.
fn colon_in_text(position: Position, line: &str) -> Explained {
    let hint = match entry_around(line, position.column.saturating_sub(1), false).and_then(|e| e.example(quoted(&e.value))) {
        Some(example) => msg!("def-colon-in-text-hint", example = example),
        None => msg!("def-colon-in-text-hint-plain"),
    };
    Explained::new(position, msg!("def-colon-in-text"), hint)
}

/// `did not find expected key`: something in a block of fields that is not a field.
fn block_key(source: &SourceFile, position: Position, line: &str, here: Option<char>, before: &str, started_at: Option<Position>) -> Explained {
    if let Some(c @ ('}' | ']')) = here {
        return Explained::new(position, msg!("def-bracket-extra", bracket = c), msg!("def-bracket-extra-hint"));
    }
    if let Some(explained) = quote_then_text(position, line, before) {
        return explained;
    }
    if let Some(c @ ('}' | ']')) = before.trim_end().chars().last() {
        return Explained::new(position, msg!("def-text-after-bracket", bracket = c), msg!("def-text-after-bracket-hint"));
    }
    if here == Some('-') {
        return list_entry_misplaced(source, position);
    }
    let key = word_at(line, position.column.saturating_sub(1));
    let first = started_at.and_then(|at| Some((at, word_at(&source.line_text(at.line), at.column.checked_sub(1)?))));
    match first.filter(|(at, first)| !first.is_empty() && !key.is_empty() && at.column != position.column) {
        Some((at, first)) => Explained::new(
            position,
            msg!("def-indent-mismatch", key = key),
            msg!("def-indent-mismatch-hint", first = first, line = at.line.to_string(), column = at.column.to_string()),
        ),
        None => Explained::new(position, msg!("def-indent-unclear"), msg!("def-indent-unclear-hint")),
    }
}

/// A `- ` list entry where fields of a set are expected.
fn list_entry_misplaced(source: &SourceFile, position: Position) -> Explained {
    let entry = (1..position.line).rev().find_map(|l| dash_line(&source.line_text(l)).filter(|d| d.column != position.column).map(|d| (l, d)));
    let hint = match entry {
        Some((line, dash)) => msg!("def-list-entry-misplaced-hint", line = line.to_string(), column = dash.column.to_string()),
        None => msg!("def-list-entry-misplaced-hint-plain"),
    };
    Explained::new(position, msg!("def-list-entry-misplaced"), hint)
}

/// `did not find expected '-' indicator`: a field at the column of its list's `- `.
fn list_field(source: &SourceFile, position: Position, line: &str, started_at: Option<Position>) -> Explained {
    let key = word_at(line, position.column.saturating_sub(1));
    let list_column = started_at.map_or(position.column, |at| at.column);
    let entry = (1..position.line)
        .rev()
        .find_map(|l| dash_line(&source.line_text(l)).filter(|d| d.column == list_column && !d.first_key.is_empty()).map(|d| (l, d)));
    match entry {
        Some((entry_line, dash)) if !key.is_empty() => Explained::new(
            position,
            msg!("def-list-field-misplaced", key = key.clone()),
            msg!("def-list-field-misplaced-hint", key = key, first = dash.first_key, line = entry_line.to_string(), column = dash.field_column.to_string()),
        ),
        _ => Explained::new(position, msg!("def-indent-unclear"), msg!("def-indent-unclear-hint")),
    }
}

/// `did not find expected ',' or '}'`: what broke a `{ ... }` or `[ ... ]`.
fn flow(source: &SourceFile, position: Position, line: &str, here: Option<char>, before: &str, close: char, started_at: Option<Position>) -> Explained {
    let open = if close == '}' { '{' } else { '[' };
    // A ` #` inside `{ ... }` hides the rest of the line, the closing `}` too.
    if let Some((at, example)) = comment_in_flow(source, position, started_at) {
        let hint = match example {
            Some(example) => msg!("def-comment-in-braces-hint", example = example),
            None => msg!("def-comment-in-braces-hint-plain"),
        };
        return Explained::new(at, msg!("def-comment-in-braces"), hint);
    }
    if let Some(c @ ('}' | ']')) = here.filter(|c| *c != close) {
        return Explained::new(position, msg!("def-bracket-mismatch", open = open, close = c), msg!("def-bracket-mismatch-hint"));
    }
    // Opened on an earlier line and not closed there: the reader only stops at the next line's `:`.
    if let Some(at) = started_at.filter(|at| at.line < position.line) {
        let opening = source.line_text(at.line);
        let content = strip_comment(&opening).trim().to_owned();
        let continues = content.ends_with([',', '{', '[']);
        if !continues && !closes_on_its_line(&opening, at.column.saturating_sub(1)) {
            return Explained::new(
                at,
                msg!("def-bracket-unclosed", open = open, close = close),
                msg!("def-bracket-unclosed-hint", example = format!("{content} {close}")),
            );
        }
    }
    // The reader points at a `:` that follows a text (`ru: Округ: центр`), or just after it.
    if here == Some(':') || before.trim_end().ends_with(':') {
        return colon_in_text(position, line);
    }
    if let Some(explained) = quote_then_text(position, line, before) {
        return explained;
    }
    Explained::new(position, msg!("def-flow-unreadable", open = open, close = close), msg!("def-flow-unreadable-hint", open = open, close = close))
}

/// Where a ` #` inside `{ ... }` starts a comment in the lines of the
/// broken flow collection, with the text that holds it in quotes.
fn comment_in_flow(source: &SourceFile, position: Position, started_at: Option<Position>) -> Option<(Position, Option<String>)> {
    let first = started_at.map_or(position.line.saturating_sub(3).max(1), |at| at.line);
    (first..=position.line).find_map(|l| {
        let line = source.line_text(l);
        let (hash, in_flow) = comment_start(&line)?;
        // On the `{`'s own line the `#` must come after it.
        if !(in_flow || (l > first && started_at.is_some())) {
            return None;
        }
        let example = entry_around(&line, hash, true).and_then(|e| e.example(quoted(&e.value)));
        Some((Position { line: l, column: hash + 1 }, example))
    })
}

/// A text in quotes followed by more text: `ru: "АЛИЕВ" Гани`, `ru: 'О'Брайен'`.
fn quote_then_text(position: Position, line: &str, before: &str) -> Option<Explained> {
    let quote = before.trim_end().chars().last().filter(|c| matches!(c, '"' | '\''))?;
    let entry = entry_around(line, position.column.saturating_sub(1), false).filter(|e| e.value.starts_with(quote))?;
    let value = &entry.value;
    let inner: String = value.chars().skip(1).take(value.chars().count().saturating_sub(2)).collect();
    let closed = value.chars().count() > 1 && value.ends_with(quote);
    let apostrophe = closed && quote == '\'';
    let fixed = if apostrophe {
        // An apostrophe inside a text in single quotes is written twice.
        format!("'{}'", inner.replace('\'', "''"))
    } else if closed {
        format!("\"{}\"", guillemets(&inner, quote))
    } else {
        let fixed = guillemets(value, quote);
        if fixed.contains([':', '#', ',', '{', '}', '[', ']']) {
            format!("\"{fixed}\"")
        } else {
            fixed
        }
    };
    let hint = match entry.example(fixed) {
        Some(example) if apostrophe => msg!("def-quote-apostrophe-hint", example = example),
        Some(example) => msg!("def-quote-inner-hint", example = example),
        None => msg!("def-quote-inner-hint-plain"),
    };
    Some(Explained::new(position, msg!("def-quote-then-text"), hint))
}

/// Quotation marks `q` in a text as « and », in turn.
fn guillemets(text: &str, q: char) -> String {
    let mut opening = true;
    text.chars()
        .map(|c| {
            if c == q {
                let mark = if opening { '«' } else { '»' };
                opening = !opening;
                mark
            } else {
                c
            }
        })
        .collect()
}

/// A quoted text that never ends: pointed at its opening quotation mark.
fn unclosed_quote(source: &SourceFile, at: Position) -> Explained {
    let line = source.line_text(at.line);
    let quote = char_at(source, at).filter(|c| matches!(c, '"' | '\'')).unwrap_or('"');
    let example = entry_around(&line, at.column.saturating_sub(1), false).and_then(|e| {
        let text = e.value.strip_prefix(quote)?.trim().to_owned();
        (!text.is_empty() && !text.contains(quote)).then(|| e.example(format!("{quote}{text}{quote}")))?
    });
    let hint = match example {
        Some(example) => msg!("def-quote-unclosed-hint", example = example),
        None => msg!("def-quote-unclosed-hint-plain"),
    };
    Explained::new(at, msg!("def-quote-unclosed"), hint)
}

/// A `\` in double quotes that starts no known code (`"C:\Users"`).
fn backslash(source: &SourceFile, position: Position, started_at: Option<Position>) -> Explained {
    let example = started_at.and_then(|at| {
        let line = source.line_text(at.line);
        let entry = entry_around(&line, at.column.saturating_sub(1), false)?;
        let text = entry.value.strip_prefix('"')?;
        let text = text.strip_suffix('"').unwrap_or(text);
        entry.example(format!("'{}'", text.replace('\'', "''")))
    });
    let hint = match example {
        Some(example) => msg!("def-backslash-hint", example = example),
        None => msg!("def-backslash-hint-plain"),
    };
    Explained::new(position, msg!("def-backslash"), hint)
}

/// A control character YAML refuses, found and named (the reader gives only a byte offset).
fn control_character(source: &SourceFile, position: Position) -> Explained {
    let refused = |c: char| (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}')) || matches!(c, '\u{FFFE}' | '\u{FFFF}');
    match source.text.char_indices().find(|(_, c)| refused(*c)) {
        Some((offset, c)) => Explained::new(
            source.position_of(offset),
            msg!("def-control-character", code = format!("U+{:04X}", c as u32)),
            msg!("def-control-character-hint"),
        ),
        None => unreadable(position, "control characters are not allowed"),
    }
}

// ---------------------------------------------------------------------------
// Reading a line as a person wrote it.

/// One `key: value` entry of a line, as written.
#[derive(Debug, PartialEq)]
struct Entry {
    key: Option<String>,
    value: String,
}

impl Entry {
    /// `key: value` with another value, for an example in a hint.
    fn example(&self, value: String) -> Option<String> {
        let key = self.key.as_ref()?;
        (!value.is_empty()).then(|| format!("{key}: {value}"))
    }
}

/// A text in quotes as YAML reads it back unchanged: double quotes, or
/// single ones when it holds `"` or `\`.
fn quoted(text: &str) -> String {
    if text.contains(['"', '\\']) {
        format!("'{}'", text.replace('\'', "''"))
    } else {
        format!("\"{text}\"")
    }
}

/// Whether a quotation mark at the end of `before` would open a quoted text.
fn opens_quote(before: &[char]) -> bool {
    before.iter().rev().find(|c| !c.is_whitespace()).is_none_or(|c| matches!(c, ':' | '{' | '[' | ',' | '-' | '?'))
}

/// The entry of a line around a character index: from the last `{`, `[` or
/// `,` of a flow collection before it (or the line's start, past the
/// indentation and `- `) to the next `}`, `]`, `, key:` (or the end of the
/// line), without a ` #` comment unless `through_comment`. `None` when the
/// index is not in the entry's value.
fn entry_around(line: &str, index: usize, through_comment: bool) -> Option<Entry> {
    let chars: Vec<char> = line.chars().collect();
    let index = index.min(chars.len());
    let mut start = 0;
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut i = 0;
    while i < index {
        let c = chars[i];
        match quote {
            Some(q) => {
                if q == '"' && c == '\\' {
                    i += 1;
                } else if c == q {
                    if q == '\'' && chars.get(i + 1) == Some(&'\'') {
                        i += 1;
                    } else {
                        quote = None;
                    }
                }
            }
            None => match c {
                '"' | '\'' if opens_quote(&chars[..i]) => quote = Some(c),
                '{' | '[' => {
                    depth += 1;
                    start = i + 1;
                }
                '}' | ']' => depth = depth.saturating_sub(1),
                ',' if depth > 0 => start = i + 1,
                '#' if !through_comment && (i == 0 || chars[i - 1].is_whitespace()) => return None,
                _ => {}
            },
        }
        i += 1;
    }
    let in_flow = depth > 0;
    let mut end = chars.len();
    for j in index..chars.len() {
        let c = chars[j];
        let comment = c == '#' && j > 0 && chars[j - 1].is_whitespace() && j > index;
        if comment && !through_comment {
            end = j;
            break;
        }
        if in_flow && (matches!(c, '}' | ']') || (c == ',' && starts_entry(&chars[j + 1..]))) {
            end = j;
            break;
        }
    }
    let segment: String = chars[start..end].iter().collect();
    let segment = strip_entry_start(&segment);
    let leading = chars[start..end].len() - segment.chars().count();
    let (key, value_start) = match segment.find(": ").or_else(|| segment.strip_suffix(':').map(str::len)) {
        Some(at) if is_key(&segment[..at]) => {
            let rest = &segment[at + 1..];
            let skipped = rest.len() - rest.trim_start().len();
            (Some(segment[..at].to_owned()), start + leading + segment[..at + 1].chars().count() + rest[..skipped].chars().count())
        }
        _ => (None, start + leading),
    };
    if index < value_start {
        return None;
    }
    let value: String = chars[value_start.min(end)..end].iter().collect();
    Some(Entry { key, value: value.trim().to_owned() })
}

/// Whether a key as written is a plain one (`ru`, `name`, `АЛИЕВ`).
fn is_key(text: &str) -> bool {
    !text.is_empty() && !text.contains(char::is_whitespace) && !text.starts_with(['"', '\'', '{', '[', '-', '?', '&', '*', '!', '|', '>', '%', '@', '`', '#'])
}

/// Whether the text after a `,` starts another `key:` entry.
fn starts_entry(rest: &[char]) -> bool {
    let rest: String = rest.iter().collect();
    let rest = rest.trim_start();
    let word: String = rest.chars().take_while(|c| !c.is_whitespace() && *c != ':').collect();
    !word.is_empty() && is_key(&word) && rest[word.len()..].starts_with(':') && rest[word.len() + 1..].chars().next().is_none_or(char::is_whitespace)
}

/// A line's start without its indentation and `- ` list markers.
fn strip_entry_start(text: &str) -> &str {
    let mut rest = text.trim_start();
    while let Some(after) = rest.strip_prefix("- ").or_else(|| (rest == "-").then_some("")) {
        rest = after.trim_start();
    }
    rest
}

/// How many spaces a line is indented by.
fn indentation(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

/// A line's key (past indentation and `- `) and the column it starts in.
fn line_key(line: &str) -> Option<(String, usize)> {
    let rest = strip_entry_start(line);
    let column = line.chars().count() - rest.chars().count() + 1;
    let key: String = rest.split(':').next()?.trim().to_owned();
    (rest.contains(':') && is_key(&key)).then_some((key, column))
}

/// The word at a character index (up to a `:` or a space), shortened when long.
fn word_at(line: &str, index: usize) -> String {
    let word: String = line.chars().skip(index).take_while(|c| !c.is_whitespace() && *c != ':').collect();
    if word.chars().count() > 40 {
        format!("{}…", word.chars().take(40).collect::<String>())
    } else {
        word
    }
}

/// A list entry's line: the column of its `-`, and the column and name of its first field.
struct DashLine {
    column: usize,
    field_column: usize,
    first_key: String,
}

fn dash_line(line: &str) -> Option<DashLine> {
    let indent = indentation(line);
    let rest = &line[indent..];
    if rest != "-" && !rest.starts_with("- ") {
        return None;
    }
    let after = &rest[1..];
    let spaces = after.len() - after.trim_start().len();
    let first_key = line_key(line).filter(|(_, column)| *column == indent + 2 + spaces).map(|(k, _)| k).unwrap_or_default();
    Some(DashLine { column: indent + 1, field_column: indent + 2 + spaces, first_key })
}

/// A line without its ` #` comment (quotes respected).
fn strip_comment(line: &str) -> String {
    match comment_start(line) {
        Some((hash, _)) => line.chars().take(hash).collect(),
        None => line.to_owned(),
    }
}

/// Where a ` #` comment starts on a line (quotes respected), and whether it
/// is inside a `{ }` or `[ ]` opened on the line.
fn comment_start(line: &str) -> Option<(usize, bool)> {
    let chars: Vec<char> = line.chars().collect();
    let mut quote: Option<char> = None;
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match quote {
            Some(q) => {
                if q == '"' && c == '\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '"' | '\'' if opens_quote(&chars[..i]) => quote = Some(c),
                '{' | '[' => depth += 1,
                '}' | ']' => depth = depth.saturating_sub(1),
                '#' if i == 0 || chars[i - 1].is_whitespace() => return Some((i, depth > 0)),
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// Whether the `{` or `[` at a character index is closed later on its line.
fn closes_on_its_line(line: &str, index: usize) -> bool {
    let content = strip_comment(line);
    let chars: Vec<char> = content.chars().collect();
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in chars.iter().enumerate().skip(index) {
        match quote {
            Some(q) if *c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' if opens_quote(&chars[..i]) => quote = Some(*c),
                '{' | '[' => depth += 1,
                '}' | ']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return true;
                    }
                }
                _ => {}
            },
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn explained(text: &str) -> (Diagnostic, String) {
        let source = SourceFile::new("b.yaml".into(), text.to_owned());
        let mut diagnostics = Diagnostics::default();
        assert!(parse_file::<crate::definition::raw::RawBallot>(&source, &mut diagnostics).is_none(), "{text}");
        let diagnostic = diagnostics.0.remove(0);
        let shown = diagnostic.render(Locale::En);
        (diagnostic, shown)
    }

    const BALLOT: &str = "id: district-1\nconstituency:\n  number: 1\n  name: { kk: № 1 округ, ru: Округ № 1 }\ncontest:\n  kind: candidates\n  title: { kk: Кандидаттар, ru: Кандидаты }\n  instructions: { kk: Белгі қойыңыз, ru: Поставьте отметку }\n  options:\n    - name: { kk: ӘЛИЕВ Ғани, ru: АЛИЕВ Гани }\n    - name: { kk: Барлығына қарсы, ru: Против всех }\n      against_all: true\n";

    fn broken(from: &str, to: &str) -> String {
        assert!(BALLOT.contains(from), "{from}");
        BALLOT.replacen(from, to, 1)
    }

    #[test]
    fn reader_messages_are_taken_apart() {
        let reading = Reading::parse("contest.options[0]: unknown field `nam`, expected one of `name`, `details` at line 13 column 7");
        assert_eq!(reading.field.to_string(), "contest.options[0]");
        assert_eq!(reading.problem, Problem::UnknownField { name: "nam".into(), allowed: vec!["name".into(), "details".into()] });
        let reading = Reading::parse("constituency.number: invalid type: string \"один, expected i64\", expected u32 at line 6 column 11");
        assert_eq!(reading.problem, Problem::WrongType { expected: Expected::WholeNumber { negative_allowed: false }, found: Found::Text("\"один, expected i64\"".into()) });
        let reading = Reading::parse("polling_stations: invalid type: integer `99999999999999999999999` as u128, expected i64 at line 2 column 19");
        assert_eq!(reading.problem, Problem::TooLarge { value: "99999999999999999999999".into() });
        let reading = Reading::parse("did not find expected ',' or '}' at line 7 column 8, while parsing a flow mapping at line 6 column 9");
        assert_eq!(
            reading.problem,
            Problem::Syntax { problem: "did not find expected ',' or '}'".into(), context: Some("while parsing a flow mapping".into()), started_at: Some(Position { line: 6, column: 9 }) }
        );
        assert_eq!(reading.detail, "did not find expected ',' or '}', while parsing a flow mapping");
    }

    #[test]
    fn type_errors_name_what_is_needed_in_plain_words() {
        let (_, shown) = explained(&broken("number: 1", "number: один"));
        assert!(shown.contains("error: a whole number (0 or more) is needed here, not the text \"один\""), "{shown}");
        assert!(shown.contains("hint: write the number in digits"), "{shown}");
        let (_, shown) = explained(&broken("id: district-1", "id: district-1\npolling_stations: many"));
        assert!(shown.contains("error: a whole number is needed here, not the text \"many\""), "{shown}");
        assert!(!shown.contains("i64"), "{shown}");
        let (_, shown) = explained(&broken("id: district-1", "id: district-1\npaper:\n  width_mm: 12,5"));
        assert!(shown.contains("hint: write the decimal point as a full stop: `12.5`"), "{shown}");
        let (_, shown) = explained(&broken("id: district-1", "id: district-1\npaper: { width_mm: 148 mm }"));
        assert!(shown.contains("hint: write the number alone, without the unit: `148`"), "{shown}");
        let (_, shown) = explained(&broken("  options:\n", "  options: 5\n  x:\n"));
        assert!(shown.contains("error: a list is needed here, not the number 5"), "{shown}");
        let (_, shown) = explained(&broken("ru: АЛИЕВ Гани", "ru: [АЛИЕВ, Гани]"));
        assert!(shown.contains("error: a text is needed here, not a list") && shown.contains("starts with `[`"), "{shown}");
        let (_, shown) = explained(&broken("against_all: true", "against_all: иә"));
        assert!(shown.contains("error: `true` or `false` is needed here, not the text \"иә\""), "{shown}");
        let (_, shown) = explained("- id: a\n- id: b\n");
        assert!(shown.contains("error: a set of fields is needed here, not a list"), "{shown}");
    }

    #[test]
    fn key_errors_point_at_the_key() {
        let (d, shown) = explained(&broken("  kind: candidates", "  kind: candidates\n  titel: x"));
        assert!(shown.contains("error: unknown field `titel`") && shown.contains("hint: did you mean `title`?"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 7, column: 3 }));
        let (d, shown) = explained(&broken("id: district-1", "id: district-1\nid: district-2"));
        assert!(shown.contains("error: `id` is written twice"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 2, column: 1 }));
    }

    #[test]
    fn a_colon_in_a_text_gets_the_text_in_quotes() {
        let (_, shown) = explained(&broken("  title: { kk: Кандидаттар, ru: Кандидаты }", "  title:\n    kk: Кандидаттар\n    ru: Кандидаты: выбор"));
        assert!(shown.contains("error: a `: ` inside a text starts a new field"), "{shown}");
        assert!(shown.contains("hint: put the whole text in quotes: `ru: \"Кандидаты: выбор\"`"), "{shown}");
        let (_, shown) = explained(&broken("ru: Кандидаты }", "ru: Кандидаты: выбор }"));
        assert!(shown.contains("hint: put the whole text in quotes: `ru: \"Кандидаты: выбор\"`"), "{shown}");
    }

    #[test]
    fn indentation_mistakes_get_indentation_hints_not_quoting_ones() {
        let (d, shown) = explained(&broken("  title: {", "     title: {"));
        assert!(shown.contains("error: `title` is indented further than `kind` on the line above"), "{shown}");
        assert!(shown.contains("hint: start `title` in the same column as `kind` (column 3)"), "{shown}");
        assert!(!shown.contains("quotes"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 7, column: 11 }));
        let (_, shown) = explained(&broken("    - name: { kk: Барлығына", "  - name: { kk: Барлығына"));
        assert!(shown.contains("error: this list entry is not in line with the entries above it"), "{shown}");
        assert!(shown.contains("column 5, as on line 10"), "{shown}");
        let (_, shown) = explained(&broken("      against_all: true", "    against_all: true"));
        assert!(shown.contains("start `against_all` in column 7, in line with `name` on line 11"), "{shown}");
        let (_, shown) = explained(&broken("      against_all: true", "       against_all: true"));
        assert!(shown.contains("error: `against_all` is not in line with the fields above it"), "{shown}");
        assert!(shown.contains("`name` on line 11 starts in column 7"), "{shown}");
        let (d, shown) = explained(&broken("  kind: candidates", "\tkind: candidates"));
        assert!(shown.contains("error: a tab character at the start of the line") && shown.contains("hint: indent with spaces"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 6, column: 1 }));
    }

    #[test]
    fn quoting_mistakes_get_hints_built_from_what_was_written() {
        let (_, shown) = explained(&broken("ru: АЛИЕВ Гани", "ru: \"АЛИЕВ\" Гани"));
        assert!(shown.contains("error: the text goes on after its closing quotation mark"), "{shown}");
        assert!(shown.contains("`ru: «АЛИЕВ» Гани`"), "{shown}");
        let (_, shown) = explained(&broken("ru: АЛИЕВ Гани", "ru: 'О'Брайен'"));
        assert!(shown.contains("`ru: 'О''Брайен'`"), "{shown}");
        let (d, shown) = explained(&broken("  kind: candidates", "  kind: \"candidates"));
        assert!(shown.contains("error: a quotation mark is opened here and never closed"), "{shown}");
        assert!(shown.contains("`kind: \"candidates\"`"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 6, column: 9 }));
        let (_, shown) = explained(&broken("  kind: candidates", "  kind: @candidates"));
        assert!(shown.contains("error: a text cannot start with `@` unless it is in quotes") && shown.contains("`kind: \"@candidates\"`"), "{shown}");
        assert!(!shown.contains("tab"), "{shown}");
        let (_, shown) = explained(&broken("ru: АЛИЕВ Гани", "ru: *АЛИЕВ Гани"));
        assert!(shown.contains("cannot start with `*`") && shown.contains("`ru: \"*АЛИЕВ Гани\"`"), "{shown}");
        let (_, shown) = explained(&broken("ru: АЛИЕВ Гани", "ru: \"C:\\Users\""));
        assert!(shown.contains("`ru: 'C:\\Users'`"), "{shown}");
    }

    #[test]
    fn broken_braces_are_told_apart() {
        let (d, shown) = explained(&broken("ru: Округ № 1 }", "ru: Округ № 1"));
        assert!(shown.contains("error: `{` is opened here and never closed with `}`"), "{shown}");
        assert!(shown.contains("`name: { kk: № 1 округ, ru: Округ № 1 }`"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 4, column: 9 }));
        let (d, shown) = explained(&broken("ru: АЛИЕВ Гани }", "ru: учитель школы #12, г. Тараз }"));
        assert!(shown.contains("error: a ` #` inside `{ ... }` starts a comment"), "{shown}");
        assert!(shown.contains("`ru: \"учитель школы #12, г. Тараз\"`"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 10, column: 49 }));
        let (_, shown) = explained(&broken("ru: АЛИЕВ Гани }", "ru: АЛИЕВ Гани ]"));
        assert!(shown.contains("error: `{` is closed with `]`"), "{shown}");
        let (_, shown) = explained(&broken("ru: АЛИЕВ Гани }", "ru: АЛИЕВ Гани }}"));
        assert!(shown.contains("error: this `}` closes nothing"), "{shown}");
    }

    #[test]
    fn a_second_document_is_pointed_at() {
        let (d, shown) = explained(&format!("{BALLOT}---\nid: another\n"));
        assert!(shown.contains("error: a second document starts here") && shown.contains("remove the `---` line"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 13, column: 1 }));
    }

    #[test]
    fn the_readers_own_words_never_lead() {
        for text in [
            broken("  kind: candidates", "  kind: !важно"),
            broken("  kind: candidates", "  kind: >candidates"),
            broken("id: district-1", "%id: district-1"),
            broken("ru: АЛИЕВ Гани", "ru: АЛИЕВ\u{1} Гани"),
            broken("  kind: candidates", "  kind: - candidates"),
        ] {
            let (d, _) = explained(&text);
            for locale in [Locale::En, Locale::Ru, Locale::Kk] {
                let message = d.message.render(locale);
                for jargon in ["found", "expected", "scalar", "mapping", "token", "while ", "i64", "u32", "sequence"] {
                    assert!(!message.contains(jargon), "{message}");
                }
            }
        }
    }
}
