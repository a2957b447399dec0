//! Turning a definition file's text into raw structs, with every YAML or
//! type error located and explained.

use serde::de::DeserializeOwned;

use crate::diag::{closest, Diagnostic, Diagnostics, FieldPath, Position};

use super::source::{SourceFile, SpanIndex};

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
                .error_at(Position { line: 1, column: 1 }, "file has no content")
                .hint("a definition file must be a YAML mapping with the fields of the schema"),
        );
        return None;
    }
    if let Some(offset) = too_deep_flow(&source.text) {
        diagnostics.push(
            source
                .error_at(
                    source.position_of(offset),
                    format!("brackets nested more than {MAX_FLOW_DEPTH} deep"),
                )
                .hint("a ballot definition needs only a few levels of `[ ]` and `{ }`"),
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
                .error_at(*position, "key appears twice in the same mapping")
                .field(path.clone())
                .hint("remove one of them; YAML keys must be unique"),
        );
    }
    for (path, position, tag) in &spans.tags {
        ok = false;
        diagnostics.push(
            source
                .error_at(*position, format!("the YAML tag `{tag}` is not allowed here"))
                .field(path.clone())
                .hint("remove the tag and write the value itself: tags change how YAML reads a value, and a ballot's texts are plain text"),
        );
    }
    ok.then_some((value, spans))
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

/// Converts a serde_yaml error into a located diagnostic with a hint.
fn yaml_error(source: &SourceFile, error: &serde_yaml::Error) -> Diagnostic {
    let position = match error.location() {
        Some(l) => Position {
            line: l.line(),
            column: l.column(),
        },
        None => source.position_of(source.text.len()),
    };
    let mut message = error.to_string();
    // serde_yaml appends " at line L column C"; the location is shown separately.
    if let Some(cut) = message.rfind(" at line ") {
        message.truncate(cut);
    }
    // And prefixes the field path: "contest.options[0]: unknown field ...".
    let mut field = FieldPath::root();
    if let Some((prefix, rest)) = message.split_once(": ") {
        if !prefix.is_empty() && !prefix.contains(' ') {
            field = FieldPath::parse(prefix);
            message = rest.to_owned();
        }
    }
    let message = plain_type_names(&message);
    let hint = damage_hint(source, position, &message).or_else(|| hint_for(&message));
    let position = refine_position(source, &message, &field).unwrap_or(position);
    let mut diagnostic = source.error_at(position, message).field(field);
    if let Some(hint) = hint {
        diagnostic = diagnostic.hint(hint);
    }
    diagnostic
}

/// Replaces Rust type names in serde messages with YAML words.
fn plain_type_names(message: &str) -> String {
    let mut out = String::new();
    let mut rest = message;
    while let Some(at) = rest.find("struct Raw") {
        out.push_str(&rest[..at]);
        out.push_str("a mapping of fields");
        rest =
            rest[at + "struct Raw".len()..].trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    }
    out.push_str(rest);
    out.replace("a map", "a mapping")
        .replace("a mappingping", "a mapping")
        .replace("u32", "a whole number")
        .replace("f64", "a number")
}

/// serde_yaml places key errors at the start of the mapping; point at the key itself.
fn refine_position(source: &SourceFile, message: &str, field: &FieldPath) -> Option<Position> {
    let is_key_error =
        message.starts_with("unknown field") || message.starts_with("duplicate field");
    if !is_key_error {
        return None;
    }
    let spans = SpanIndex::build(&source.text)?;
    if message.starts_with("duplicate field") {
        return spans
            .duplicate_keys
            .iter()
            .find(|(p, _)| p.parent() == *field)
            .map(|(_, pos)| *pos);
    }
    let key = message.split('`').nth(1)?;
    let path = field.key(key);
    spans.contains_key(&path).then(|| spans.key(&path))
}

/// Hints for syntax errors that damaged text causes: a `?` where a letter
/// was lost (YAML reads `?` before a text as a key marker), and a ` #`
/// inside `{ ... }` that hides the rest of its line, the closing `}` too.
fn damage_hint(source: &SourceFile, position: Position, message: &str) -> Option<String> {
    let at = source.text.get(source.offset_of(position)..)?;
    if at.starts_with('?') && !at.starts_with("? ") {
        return Some("a `?` stands where a letter should be: the file was saved in an encoding without it (Excel's \"CSV\" in a Russian locale has no Kazakh letters); retype the letter, or export as \"CSV UTF-8\" or .xlsx".into());
    }
    let unclosed = message.contains("did not find expected ',' or '}'") || message.contains("did not find expected ',' or ']'");
    let first = position.line.saturating_sub(3).max(1);
    let cut = (first..=position.line).map(|l| source.line_text(l)).any(|l| l.contains('{') && l.contains(" #"));
    (unclosed && cut).then(|| "a ` #` inside `{ ... }` starts a comment that hides the rest of the line, the closing `}` too: put the text that holds the `#` in quotes, e.g. `ru: \"школа #12\"`".into())
}

fn hint_for(message: &str) -> Option<String> {
    let backticked: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    if message.starts_with("unknown field") {
        let (unknown, expected) = backticked.split_first()?;
        return Some(match closest(unknown, expected.iter().copied()) {
            Some(suggestion) => format!("did you mean `{suggestion}`?"),
            None => format!("allowed here: {}", expected.join(", ")),
        });
    }
    if message.starts_with("missing field") {
        return Some(format!("add `{}`", backticked.first()?));
    }
    if message.starts_with("duplicate field") {
        return Some("remove one of them; YAML keys must be unique".into());
    }
    let scalar = ["integer", "floating point", "boolean", "null", "unit"]
        .iter()
        .any(|t| message.contains(&format!("invalid type: {t}")));
    if scalar && message.contains("expected a string") {
        return Some("put the text in quotes".into());
    }
    if message.contains("found character that cannot start any token") || message.contains("tab") {
        return Some("indent with spaces; YAML does not allow tabs for indentation".into());
    }
    if message.contains("while scanning a quoted scalar") {
        return Some("a quotation mark is opened and never closed".into());
    }
    if message.contains("recursion limit") || message.contains("repetition limit") {
        return Some("a ballot definition needs neither deep nesting nor repeated aliases".into());
    }
    if message.contains("expected a boolean") {
        return Some("write `true` or `false`: other words such as `yes` or `да` are read as text".into());
    }
    if message.contains("did not find expected ',' or '}'") || message.contains("did not find expected ',' or ']'") {
        return Some("inside `{ ... }` or `[ ... ]`, a `:` or `,` in a text ends it: put the text in quotes, e.g. `ru: \"Округ: центр\"`".into());
    }
    if message.contains("mapping values are not allowed") || message.contains("did not find expected key") {
        return Some("a `: ` inside a text starts a new field: put the text in quotes, e.g. `ru: \"Округ: центр\"`".into());
    }
    if message.contains("more than one document") {
        return Some("put each ballot in its own file; remove the extra `---`".into());
    }
    None
}
