//! Syntax errors explained from the text around them: tabs, colons, indentation, brackets, quotes.

use super::*;

pub(super) fn syntax_error(source: &SourceFile, position: Position, problem: &str, context: &str, started_at: Option<Position>, detail: &str) -> Explained {
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
        // A text or `{ … }` going on over lines, a line of it left of where it must be.
        "invalid indentation in flow construct" | "invalid indentation in quoted scalar" => {
            Explained::new(position, msg!("def-indent-unclear"), msg!("def-indent-unclear-hint"))
        }
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
pub(super) fn unreadable(position: Position, detail: &str) -> Explained {
    Explained::new(position, msg!("def-yaml-unreadable"), msg!("def-yaml-unreadable-hint", detail = detail))
}

pub(super) fn char_at(source: &SourceFile, position: Position) -> Option<char> {
    source.line_text(position.line).chars().nth(position.column.checked_sub(1)?)
}

/// A tab character: in the indentation, or elsewhere.
pub(super) fn tab(position: Position, before: &str) -> Explained {
    if before.chars().all(|c| c == ' ' || c == '\t') {
        Explained::new(position, msg!("def-tab-indent"), msg!("def-tab-indent-hint"))
    } else {
        Explained::new(position, msg!("def-tab"), msg!("def-tab-hint"))
    }
}

/// A text starting with a character YAML reads as syntax (`@`, `` ` ``, `*`,
/// `&`, `!`, `|`, `>`, `%`, `?`, `- `): it needs quotes.
pub(super) fn special_start(source: &SourceFile, position: Position, start: &str) -> Explained {
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
pub(super) fn colon_or_indent(source: &SourceFile, position: Position, line: &str, before: &str) -> Explained {
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
pub(super) fn colon_in_text(position: Position, line: &str) -> Explained {
    let hint = match entry_around(line, position.column.saturating_sub(1), false).and_then(|e| e.example(quoted(&e.value))) {
        Some(example) => msg!("def-colon-in-text-hint", example = example),
        None => msg!("def-colon-in-text-hint-plain"),
    };
    Explained::new(position, msg!("def-colon-in-text"), hint)
}

/// `did not find expected key`: something in a block of fields that is not a field.
pub(super) fn block_key(source: &SourceFile, position: Position, line: &str, here: Option<char>, before: &str, started_at: Option<Position>) -> Explained {
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
pub(super) fn list_entry_misplaced(source: &SourceFile, position: Position) -> Explained {
    let entry = (1..position.line).rev().find_map(|l| dash_line(&source.line_text(l)).filter(|d| d.column != position.column).map(|d| (l, d)));
    let hint = match entry {
        Some((line, dash)) => msg!("def-list-entry-misplaced-hint", line = line.to_string(), column = dash.column.to_string()),
        None => msg!("def-list-entry-misplaced-hint-plain"),
    };
    Explained::new(position, msg!("def-list-entry-misplaced"), hint)
}

/// `did not find expected '-' indicator`: a field at the column of its list's `- `.
pub(super) fn list_field(source: &SourceFile, position: Position, line: &str, started_at: Option<Position>) -> Explained {
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
pub(super) fn flow(source: &SourceFile, position: Position, line: &str, here: Option<char>, before: &str, close: char, started_at: Option<Position>) -> Explained {
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
pub(super) fn comment_in_flow(source: &SourceFile, position: Position, started_at: Option<Position>) -> Option<(Position, Option<String>)> {
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
pub(super) fn quote_then_text(position: Position, line: &str, before: &str) -> Option<Explained> {
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
pub(super) fn guillemets(text: &str, q: char) -> String {
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
pub(super) fn unclosed_quote(source: &SourceFile, at: Position) -> Explained {
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
pub(super) fn backslash(source: &SourceFile, position: Position, started_at: Option<Position>) -> Explained {
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
pub(super) fn control_character(source: &SourceFile, position: Position) -> Explained {
    let refused = super::tree::refused_control;
    match source.text.char_indices().find(|(_, c)| refused(*c)) {
        Some((offset, c)) => Explained::new(
            source.position_of(offset),
            msg!("def-control-character", code = format!("U+{:04X}", c as u32)),
            msg!("def-control-character-hint"),
        ),
        None => unreadable(position, "control characters are not allowed"),
    }
}
