//! One parse of a definition file: yaml-rust2's events gathered into a tree
//! of nodes, each with where it is written, from which both the raw structs
//! (`de`) and the field positions (`SpanIndex`) are read. A YAML error is
//! taken apart into a [`Reading`] here, in the words `syntax` explains.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

use super::*;

/// A value as written: where it starts, its tag if it has one, and what it holds.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) at: Position,
    /// A YAML tag (`!!binary`, `!local`), as written; the values are read without it.
    pub(crate) tag: Option<String>,
    pub(crate) value: Value,
}

#[derive(Debug, Clone)]
pub(crate) enum Value {
    /// A scalar's text; `plain` when unquoted (only a plain scalar can be a
    /// number, `true` or null) and where an unquoted value's same-line `#`
    /// comment starts.
    Scalar { text: String, plain: bool, comment_after: Option<Position> },
    List(Vec<Node>),
    /// Entries in the order written, duplicates kept (reported elsewhere).
    Map(Vec<(Node, Node)>),
    /// `*name`: the anchored node's number in [`Tree::anchors`].
    Alias(usize),
    /// `&name` and the node it names, kept once in [`Tree::anchors`] under
    /// this number (a copy here would copy every anchor inside it again).
    Anchored(usize),
}

/// A parsed document.
#[derive(Debug, Default)]
pub(crate) struct Tree {
    pub(crate) root: Option<Node>,
    /// Anchored nodes (`&name`), by the parser's number for them.
    pub(crate) anchors: HashMap<usize, Node>,
}

/// Most anchors and aliases followed from one node to reach a value.
pub(crate) const MAX_HOPS: usize = 64;

impl Tree {
    /// The value a node stands for, through its anchor or alias (`None`: an
    /// alias inside the value it repeats, which would repeat forever).
    pub(crate) fn resolve<'t>(&'t self, mut node: &'t Node) -> Option<&'t Node> {
        for _ in 0..MAX_HOPS {
            match &node.value {
                Value::Alias(id) | Value::Anchored(id) => node = self.anchors.get(id)?,
                _ => return Some(node),
            }
        }
        None
    }
}

impl Value {
    /// The text of a scalar key, or `?` for a key that is a list or a map.
    pub(crate) fn key_name(&self) -> String {
        match self {
            Value::Scalar { text, .. } => text.clone(),
            _ => String::from("?"),
        }
    }

    /// Whether this is a scalar YAML reads as null: empty, `null`, `~`, unquoted.
    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Value::Scalar { text, plain: true, .. } if text.is_empty()) || self.is_written_null_word()
    }

    /// Whether this is null written as a word (`null`, `~`, unquoted), not left empty.
    pub(crate) fn is_written_null_word(&self) -> bool {
        matches!(self, Value::Scalar { text, plain: true, .. } if matches!(text.as_str(), "null" | "Null" | "NULL" | "~"))
    }
}

/// Deepest nesting of lists and maps read: far beyond any ballot, and the
/// tree is then never too deep to walk or drop.
const MAX_DEPTH: usize = 128;

/// A collection being read, with what it needs to be explained if it breaks.
struct Open {
    node: Node,
    anchor: usize,
    /// Written in brackets (`[ ]`, `{ }`) rather than as a block.
    flow: bool,
    /// A map's key waiting for its value.
    key: Option<Node>,
}

impl Tree {
    /// Parses a document; `None` if it is not valid YAML.
    pub(crate) fn of_text(text: &str) -> Option<Tree> {
        Tree::parse(&SourceFile::new(std::path::PathBuf::new(), text.to_owned())).ok()
    }

    /// Parses a document, or says what is wrong with it (at its position).
    pub(super) fn parse(source: &SourceFile) -> Result<Tree, (Position, Reading)> {
        let text = &source.text;
        if let Some(offset) = text.find(refused_control) {
            let problem = Problem::Syntax { problem: CONTROL.into(), context: None, started_at: None };
            return Err((source.position_of(offset), Reading { field: FieldPath::root(), problem, detail: CONTROL.into() }));
        }
        let mut parser = Parser::new_from_str(text);
        let mut tree = Tree::default();
        let mut stack: Vec<Open> = Vec::new();
        let mut documents = 0;
        // Byte offsets by the parser's character index, found in one pass forward.
        let mut cursor = (0usize, 0usize);
        // Backwards too: a block map is reported at its first key's `:`, and its key after.
        let mut byte_at = |char_index: usize| {
            let (mut chars, mut bytes) = cursor;
            for ch in text[..bytes].chars().rev() {
                if chars <= char_index {
                    break;
                }
                chars -= 1;
                bytes -= ch.len_utf8();
            }
            for ch in text[bytes..].chars() {
                if chars >= char_index {
                    break;
                }
                chars += 1;
                bytes += ch.len_utf8();
            }
            cursor = (chars, bytes);
            bytes
        };
        loop {
            let (event, marker) = match parser.next_token() {
                Ok(next) => next,
                Err(error) => {
                    // yaml-rust2 lines count from 1 and columns from 0; at the end
                    // of a file without a last line break it counts a line more.
                    let at = Position { line: error.marker().line(), column: error.marker().col() + 1 };
                    let at = at.min(source.position_of(source.text.len()));
                    return Err(reading_of(source, error.info(), at, &stack));
                }
            };
            let at = Position { line: marker.line(), column: marker.col() + 1 };
            let is_map = matches!(event, Event::MappingStart(..));
            let (value, anchor, tag) = match event {
                Event::DocumentStart => {
                    documents += 1;
                    if documents > 1 {
                        let reading = Reading { field: FieldPath::root(), problem: Problem::SecondDocument, detail: String::new() };
                        return Err((at, reading));
                    }
                    continue;
                }
                Event::StreamEnd => return Ok(tree),
                Event::Scalar(text_value, style, anchor, tag) => {
                    let plain = style == TScalarStyle::Plain;
                    let comment_after = if plain { comment_after(&text_value, at, &text[byte_at(marker.index())..]) } else { None };
                    (Value::Scalar { text: text_value, plain, comment_after }, anchor, tag)
                }
                Event::Alias(id) => (Value::Alias(id), 0, None),
                Event::SequenceStart(anchor, tag) | Event::MappingStart(anchor, tag) => {
                    if stack.len() >= MAX_DEPTH {
                        return Err((at, Reading { field: FieldPath::root(), problem: Problem::TooDeep, detail: String::new() }));
                    }
                    let flow = text.get(byte_at(marker.index())..).is_some_and(|rest| rest.starts_with(if is_map { '{' } else { '[' }));
                    let value = if is_map { Value::Map(Vec::new()) } else { Value::List(Vec::new()) };
                    stack.push(Open { node: Node { at, tag: tag.map(|t| tag_text(&t)), value }, anchor, flow, key: None });
                    continue;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let Some(open) = stack.pop() else { continue };
                    place(open.node, open.anchor, &mut tree, &mut stack);
                    continue;
                }
                _ => continue,
            };
            place(Node { at, tag: tag.map(|t| tag_text(&t)), value }, anchor, &mut tree, &mut stack);
        }
    }
}

/// A finished node put where it belongs: in the open collection, or as
/// the root; kept by its anchor's number too if it has one.
fn place(mut node: Node, anchor: usize, tree: &mut Tree, stack: &mut [Open]) {
    // An empty value (`width_mm:` and nothing) is reported at the next
    // token, on a later line: it is where its key is.
    if let (Some(Open { key: Some(key), .. }), Value::Scalar { text, plain: true, .. }) = (stack.last(), &node.value) {
        if text.is_empty() {
            node.at = key.at;
        }
    }
    if anchor != 0 {
        let here = Node { at: node.at, tag: None, value: Value::Anchored(anchor) };
        tree.anchors.insert(anchor, std::mem::replace(&mut node, here));
    }
    let Some(open) = stack.last_mut() else {
        tree.root = Some(node);
        return;
    };
    match (&mut open.node.value, open.key.take()) {
        (Value::List(items), _) => items.push(node),
        (Value::Map(entries), Some(key)) => entries.push((key, node)),
        (Value::Map(entries), None) => {
            // A block map's start is reported after its first key: it starts where that key does.
            if entries.is_empty() {
                open.node.at = open.node.at.min(node.at);
            }
            open.key = Some(node);
        }
        _ => {}
    }
}

/// `!!binary` for the core schema's tags, else the handle and suffix as written.
fn tag_text(tag: &yaml_rust2::parser::Tag) -> String {
    let handle = if tag.handle == "tag:yaml.org,2002:" { "!!" } else { tag.handle.as_str() };
    format!("{handle}{}", tag.suffix)
}

/// The YAML reader's words for a control character it refuses.
const CONTROL: &str = "control characters are not allowed";

/// Characters YAML does not allow in a file (C0 and C1 controls but tab and
/// line breaks, and the non-characters U+FFFE, U+FFFF).
pub(super) fn refused_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Where a `#` comment starts right after an unquoted value on its last
/// line, given the text from the value on (a value over several lines is
/// their contents joined by spaces): `ru: учитель школы #12, г. Тараз` reads
/// as `учитель школы`, the rest dropped silently as a comment.
fn comment_after(value: &str, position: Position, from_value: &str) -> Option<Position> {
    let mut remaining = value;
    for (index, line) in from_value.split('\n').enumerate() {
        let indent = if index == 0 { 0 } else { line.len() - line.trim_start().len() };
        let piece = &line[indent..];
        if let Some(rest) = piece.strip_prefix(remaining) {
            let after = rest.trim_start_matches([' ', '\t']);
            if after.starts_with('#') && after.len() < rest.len() {
                let before_hash = &line[..line.len() - after.len()];
                let column = if index == 0 { position.column } else { 1 } + before_hash.chars().count();
                return Some(Position { line: position.line + index, column });
            }
            return None;
        }
        // The value goes on over the next line: this one is all of its part.
        remaining = remaining.strip_prefix(piece.trim_end()).and_then(|r| r.strip_prefix(' '))?;
    }
    None
}

/// Whether the quoted text opening at `at` has its closing quotation mark
/// somewhere after it (`"` after any `\\` escapes; `'` not doubled).
fn closes_later(source: &SourceFile, at: Position) -> bool {
    let rest = &source.text[source.offset_of(at)..];
    let mut chars = rest.chars();
    let Some(quote @ ('"' | '\'')) = chars.next() else { return false };
    let mut chars = chars.peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            '\'' if quote == '\'' && chars.peek() == Some(&'\'') => {
                chars.next();
            }
            c if c == quote => return true,
            _ => {}
        }
    }
    false
}

/// yaml-rust2's error in the words of the YAML reader's problems that
/// `syntax` explains: the problem, what was being read, and where that
/// started (the innermost open bracket, list or map of that kind).
fn reading_of(source: &SourceFile, info: &str, at: Position, stack: &[Open]) -> (Position, Reading) {
    let syntax = |problem: &str, context: Option<&str>, started_at: Option<Position>, at: Position| {
        let detail = match context {
            Some(context) => format!("{problem}, {context}"),
            None => problem.to_owned(),
        };
        let problem = Problem::Syntax { problem: problem.to_owned(), context: context.map(str::to_owned), started_at };
        (at, Reading { field: FieldPath::root(), problem, detail })
    };
    let innermost = |map: bool, flow: bool| {
        stack.iter().rev().find(|o| matches!(o.node.value, Value::Map(_)) == map && o.flow == flow).map(|o| o.node.at)
    };
    let end = source.position_of(source.text.len());
    // Where a flow collection is open, text it cannot hold is what the
    // reader calls a missing `,` or closing bracket.
    let in_flow = stack.last().filter(|o| o.flow).map(|o| (matches!(o.node.value, Value::Map(_)), o.node.at));
    let flow_error = |(map, started_at): (bool, Position)| {
        if map {
            syntax("did not find expected ',' or '}'", Some("while parsing a flow mapping"), Some(started_at), at)
        } else {
            syntax("did not find expected ',' or ']'", Some("while parsing a flow sequence"), Some(started_at), at)
        }
    };
    match info {
        // A `{ … }` or `[ … ]` over lines with a line left of its key's
        // column; unless a ` #` on its first line made the rest a comment.
        "invalid indentation" if in_flow.is_some_and(|(_, start)| !source.line_text(start.line).contains(" #")) => {
            return syntax("invalid indentation in flow construct", None, None, at);
        }
        "invalid indentation" | "invalid trailing content after double-quoted scalar" | "while parsing a node, did not find expected node content" if in_flow.is_some() => {
            return in_flow.map(flow_error).unwrap_or_else(|| syntax(info, None, None, at));
        }
        "invalid trailing content after double-quoted scalar" => {
            return syntax("did not find expected key", Some("while parsing a block mapping"), innermost(true, false), at);
        }
        "while parsing node, found unknown anchor" => {
            return (at, Reading { field: FieldPath::root(), problem: Problem::UnknownAlias, detail: info.to_owned() });
        }
        "while parsing a block mapping, did not find expected key" => {
            // Reported where the line's entry or key starts, not at its first
            // key's text (a `- ` entry out of line) or its `:`.
            let line = source.line_text(at.line);
            let before: String = line.chars().take(at.column.saturating_sub(1)).collect();
            let at = match (before.trim_end().strip_suffix('-'), line_key(&line)) {
                (Some(indent), _) if indent.trim().is_empty() => Position { line: at.line, column: indent.chars().count() + 1 },
                (_, Some((_, column))) if line.chars().nth(at.column.saturating_sub(1)) == Some(':') && column < at.column => Position { line: at.line, column },
                _ => at,
            };
            return syntax("did not find expected key", Some("while parsing a block mapping"), innermost(true, false), at);
        }
        "while parsing a flow mapping, did not find expected ',' or '}'" => {
            return syntax("did not find expected ',' or '}'", Some("while parsing a flow mapping"), innermost(true, true), at);
        }
        "while parsing a flow sequence, expected ',' or ']'" => {
            return syntax("did not find expected ',' or ']'", Some("while parsing a flow sequence"), innermost(false, true), at);
        }
        "while parsing a block collection, did not find expected '-' indicator" => {
            return syntax("did not find expected '-' indicator", Some("while parsing a block collection"), innermost(false, false), at);
        }
        "while scanning a quoted scalar, found unexpected end of stream" => {
            return syntax("found unexpected end of stream", Some("while scanning a quoted scalar"), Some(at), end);
        }
        "while scanning a quoted scalar, found unexpected document indicator" => {
            return syntax("found unexpected document indicator", Some("while scanning a quoted scalar"), Some(at), at);
        }
        "invalid indentation in quoted scalar" if !closes_later(source, at) => {
            return syntax("found unexpected end of stream", Some("while scanning a quoted scalar"), Some(at), end);
        }
        "tab cannot be used as indentation"
        | "while scanning a plain scalar, found a tab"
        | "tabs disallowed within this context (block indentation)"
        | "tabs disallowed in this context" => {
            return syntax("found a tab character that violates indentation", None, None, at);
        }
        "simple key expect ':'" | "simple key expected" => {
            // Reported after the text that should have been a key: pointed at that text's start.
            // A plain text goes on over the lines above it that hold no `:`.
            let before = source.text[..source.offset_of(at)].trim_end();
            let mut first = source.position_of(before.len()).line;
            while first > 1 {
                let above = source.line_text(first - 1);
                let content = above.trim();
                if content.is_empty() || content.starts_with('#') || content.starts_with('-') || content.contains(':') {
                    break;
                }
                first -= 1;
            }
            let line = source.line_text(first);
            let column = line.chars().count() - strip_entry_start(&line).chars().count() + 1;
            let key = Position { line: first, column };
            return syntax("could not find expected ':'", Some("while scanning a simple key"), Some(key), key);
        }
        _ => {}
    }
    if info.starts_with("unexpected character: ") {
        return syntax("found character that cannot start any token", None, None, at);
    }
    if let Some(rest) = info.strip_prefix("while parsing a quoted scalar, ") {
        // The escape's quoted text started where yaml-rust2 points.
        return syntax(rest, Some("while parsing a quoted scalar"), Some(at), at);
    }
    match info.split_once(", ") {
        Some((context, problem)) if context.starts_with("while ") => syntax(problem, Some(context), Some(at), at),
        _ => syntax(info, None, None, at),
    }
}

