//! Reading a line as a person wrote it: its entries, keys, indentation and comments.

/// One `key: value` entry of a line, as written.
#[derive(Debug, PartialEq)]
pub(super) struct Entry {
    pub(super) key: Option<String>,
    pub(super) value: String,
}

impl Entry {
    /// `key: value` with another value, for an example in a hint.
    pub(super) fn example(&self, value: String) -> Option<String> {
        let key = self.key.as_ref()?;
        (!value.is_empty()).then(|| format!("{key}: {value}"))
    }
}

/// A text in quotes as YAML reads it back unchanged: double quotes, or
/// single ones when it holds `"` or `\`.
pub(super) fn quoted(text: &str) -> String {
    if text.contains(['"', '\\']) {
        format!("'{}'", text.replace('\'', "''"))
    } else {
        format!("\"{text}\"")
    }
}

/// Whether a quotation mark at the end of `before` would open a quoted text.
pub(super) fn opens_quote(before: &[char]) -> bool {
    before.iter().rev().find(|c| !c.is_whitespace()).is_none_or(|c| matches!(c, ':' | '{' | '[' | ',' | '-' | '?'))
}

/// The entry of a line around a character index: from the last `{`, `[` or
/// `,` of a flow collection before it (or the line's start, past the
/// indentation and `- `) to the next `}`, `]`, `, key:` (or the end of the
/// line), without a ` #` comment unless `through_comment`. `None` when the
/// index is not in the entry's value.
pub(super) fn entry_around(line: &str, index: usize, through_comment: bool) -> Option<Entry> {
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
pub(super) fn is_key(text: &str) -> bool {
    !text.is_empty() && !text.contains(char::is_whitespace) && !text.starts_with(['"', '\'', '{', '[', '-', '?', '&', '*', '!', '|', '>', '%', '@', '`', '#'])
}

/// Whether the text after a `,` starts another `key:` entry.
pub(super) fn starts_entry(rest: &[char]) -> bool {
    let rest: String = rest.iter().collect();
    let rest = rest.trim_start();
    let word: String = rest.chars().take_while(|c| !c.is_whitespace() && *c != ':').collect();
    !word.is_empty() && is_key(&word) && rest[word.len()..].starts_with(':') && rest[word.len() + 1..].chars().next().is_none_or(char::is_whitespace)
}

/// A line's start without its indentation and `- ` list markers.
pub(super) fn strip_entry_start(text: &str) -> &str {
    let mut rest = text.trim_start();
    while let Some(after) = rest.strip_prefix("- ").or_else(|| (rest == "-").then_some("")) {
        rest = after.trim_start();
    }
    rest
}

/// How many spaces a line is indented by.
pub(super) fn indentation(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

/// A line's key (past indentation and `- `) and the column it starts in.
pub(super) fn line_key(line: &str) -> Option<(String, usize)> {
    let rest = strip_entry_start(line);
    let column = line.chars().count() - rest.chars().count() + 1;
    let key: String = rest.split(':').next()?.trim().to_owned();
    (rest.contains(':') && is_key(&key)).then_some((key, column))
}

/// The word at a character index (up to a `:` or a space), shortened when long.
pub(super) fn word_at(line: &str, index: usize) -> String {
    let word: String = line.chars().skip(index).take_while(|c| !c.is_whitespace() && *c != ':').collect();
    if word.chars().count() > 40 {
        format!("{}…", word.chars().take(40).collect::<String>())
    } else {
        word
    }
}

/// A list entry's line: the column of its `-`, and the column and name of its first field.
pub(super) struct DashLine {
    pub(super) column: usize,
    pub(super) field_column: usize,
    pub(super) first_key: String,
}

pub(super) fn dash_line(line: &str) -> Option<DashLine> {
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
pub(super) fn strip_comment(line: &str) -> String {
    match comment_start(line) {
        Some((hash, _)) => line.chars().take(hash).collect(),
        None => line.to_owned(),
    }
}

/// Where a ` #` comment starts on a line (quotes respected), and whether it
/// is inside a `{ }` or `[ ]` opened on the line.
pub(super) fn comment_start(line: &str) -> Option<(usize, bool)> {
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
pub(super) fn closes_on_its_line(line: &str, index: usize) -> bool {
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
