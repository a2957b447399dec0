//! Our message for what the reader said: a message, a hint and where to point, chosen for what the person wrote.

use super::*;

/// A message, a hint and where to point, chosen for what the person wrote.
pub(super) struct Explained {
    pub(super) position: Position,
    pub(super) message: Message,
    pub(super) hint: Option<Message>,
}

impl Explained {
    pub(super) fn new(position: Position, message: Message, hint: impl Into<Option<Message>>) -> Self {
        Explained { position, message, hint: hint.into() }
    }
}

/// A located diagnostic in our words for what is wrong with a file as read.
pub(super) fn explained_error(source: &SourceFile, position: Option<Position>, reading: Reading, spans: Option<&SpanIndex>) -> Diagnostic {
    let position = position.unwrap_or_else(|| source.position_of(source.text.len()));
    let explained = explain(source, position, &reading, spans);
    let mut diagnostic = source.error_at(explained.position, explained.message).field(reading.field);
    if let Some(hint) = explained.hint {
        diagnostic = diagnostic.hint(hint);
    }
    diagnostic
}

pub(super) fn explain(source: &SourceFile, position: Position, reading: &Reading, spans: Option<&SpanIndex>) -> Explained {
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
            // Pointed at the key itself, where it is known.
            let position = spans.filter(|spans| spans.contains_key(&field.key(name))).map_or(position, |spans| spans.key(&field.key(name)));
            Explained::new(position, msg!("def-unknown-field", field = name), hint)
        }
        Problem::MissingField { name } => {
            Explained::new(position, msg!("def-missing-field", field = name), msg!("def-missing-field-hint", field = name))
        }
        Problem::DuplicateField { name } => {
            let position = spans.and_then(|spans| spans.duplicate_keys.iter().find(|(p, _)| p.parent() == *field).map(|(_, at)| *at)).unwrap_or(position);
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
pub(super) fn backticked_list(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// Where the second document starts (its `---` or the `...` ending the
/// first), and which marker it is.
pub(super) fn second_document(text: &str) -> Option<(Position, &'static str)> {
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
pub(super) fn type_error(source: &SourceFile, position: Position, field: &FieldPath, expected: &Expected, found: &Found, detail: &str) -> Explained {
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
pub(super) fn value_start(source: &SourceFile, position: Position) -> Option<char> {
    let mut rest = source.text.get(source.offset_of(position)..)?;
    while rest.starts_with(['&', '!']) {
        rest = rest.trim_start_matches(|c: char| !c.is_whitespace()).trim_start();
    }
    rest.chars().next()
}

/// The hint for a text where a number belongs: `12,5` wants a point, `148 mm` no unit.
pub(super) fn number_hint(written: &str) -> Message {
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
pub(super) fn written_value(source: &SourceFile, position: Position) -> String {
    let line = source.line_text(position.line);
    entry_around(&line, position.column.saturating_sub(1), false).map_or_else(
        || line.chars().skip(position.column.saturating_sub(1)).collect::<String>().trim().to_owned(),
        |entry| entry.value,
    )
}
