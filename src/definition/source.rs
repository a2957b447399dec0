//! Reading definition files safely and locating fields inside them.
//!
//! A file is read with a size cap, checked to be UTF-8 without a byte-order
//! mark, and indexed so that any field path can be turned into a line and
//! column for diagnostics.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

use crate::diag::{Diagnostic, FieldPath, Position};
use crate::i18n::Message;
use crate::msg;

/// Largest definition file accepted. Real ballots are a few kilobytes; the cap
/// keeps a stray data file or a generated monster from eating the machine.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// What an empty file needs, for the file it is (`election.yaml` or a ballot).
pub(crate) fn empty_file_hint(path: &Path) -> Message {
    if path.file_name().is_some_and(|n| n == super::discover::ELECTION_FILE) {
        msg!("def-file-empty-election-hint")
    } else {
        msg!("def-file-empty-ballot-hint")
    }
}

/// Why a file or folder cannot be read, in plain words (the system's own
/// words only for a cause we do not name).
pub(crate) fn unreadable_file(error: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => msg!("def-file-not-found"),
        ErrorKind::PermissionDenied => msg!("def-file-no-permission"),
        ErrorKind::IsADirectory => msg!("def-file-is-folder"),
        _ => msg!("def-file-unreadable", detail = error.to_string()),
    }
}

/// A definition file's text with a line index.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as shown in diagnostics.
    pub path: PathBuf,
    /// The whole text.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Wraps text already in memory (used by tests and fuzzing too).
    pub fn new(path: PathBuf, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// Reads a file, refusing ones that are too large, not UTF-8, or start with a BOM.
    pub fn read(path: &Path) -> Result<Self, Diagnostic> {
        let fail = |error: std::io::Error| Diagnostic::error(unreadable_file(&error)).in_file(path);
        let file = std::fs::File::open(path).map_err(fail)?;
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(fail)?;
        Self::from_bytes(path, bytes)
    }

    /// Checks a file's bytes as [`SourceFile::read`] does: size, emptiness, BOM, UTF-8.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self, Diagnostic> {
        let fail = |message: Message| Diagnostic::error(message).in_file(path);
        if bytes.len() as u64 > MAX_FILE_BYTES {
            // A size limit, not a count: written as it is in every language.
            return Err(fail(msg!("def-file-too-large", limit = (MAX_FILE_BYTES / 1024).to_string())).hint(msg!("def-file-too-large-hint")));
        }
        if bytes.is_empty() {
            return Err(fail(msg!("def-file-empty")).hint(empty_file_hint(path)));
        }
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || (bytes.len() >= 2 && bytes[..bytes.len().min(64)].iter().filter(|&&b| b == 0).count() * 4 >= bytes.len().min(64)) {
            return Err(fail(msg!("def-file-utf16")).at(Position { line: 1, column: 1 }, None).hint(msg!("def-file-utf16-hint")));
        }
        // YAML 1.2 allows a UTF-8 byte-order mark, and Windows editors write one.
        let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            Some(rest) => rest.to_vec(),
            None => bytes,
        };
        match String::from_utf8(bytes) {
            Ok(text) => {
                let source = SourceFile::new(path.to_path_buf(), text);
                // The YAML parser reports a NUL only as a byte offset; say where it is.
                match source.text.find('\0') {
                    Some(offset) => {
                        let position = source.position_of(offset);
                        Err(fail(msg!("def-file-nul"))
                            .at(position, Some(source.line_text(position.line)))
                            .hint(msg!("def-file-nul-hint")))
                    }
                    None => Ok(source),
                }
            }
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let valid = std::str::from_utf8(valid).unwrap_or_default();
                let source = SourceFile::new(path.to_path_buf(), valid.to_owned());
                let position = source.position_of(valid.len());
                let bad = e.as_bytes()[valid.len()];
                Err(fail(msg!("def-file-not-utf8", byte = format!("0x{bad:02X}")))
                    .at(position, Some(source.line_text(position.line)))
                    .hint(msg!("def-file-not-utf8-hint")))
            }
        }
    }

    /// The line and column (both from 1, column in characters) of a byte offset.
    pub fn position_of(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        Position { line, column }
    }

    /// The byte offset of a line and column (the inverse of `position_of`).
    pub fn offset_of(&self, position: Position) -> usize {
        let Some(&start) = self.line_starts.get(position.line.wrapping_sub(1)) else {
            return self.text.len();
        };
        self.text[start..]
            .char_indices()
            .nth(position.column.saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// The text of a line (from 1), without its line ending.
    pub fn line_text(&self, line: usize) -> String {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return String::new();
        };
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end]
            .trim_end_matches(['\n', '\r'])
            .to_owned()
    }

    /// An error at a position in this file, with the line shown.
    pub fn error_at(&self, position: Position, message: impl Into<Message>) -> Diagnostic {
        Diagnostic::error(message)
            .in_file(&self.path)
            .at(position, Some(self.line_text(position.line)))
    }
}

/// Where each field of a YAML document starts, by field path.
#[derive(Debug, Default, Clone)]
pub struct SpanIndex {
    values: HashMap<FieldPath, Position>,
    keys: HashMap<FieldPath, Position>,
    /// Keys that occur twice in one mapping: the path and the second occurrence.
    pub duplicate_keys: Vec<(FieldPath, Position)>,
    /// Values written with a YAML tag (`!!binary`, `!local`): the path, where,
    /// and the tag. The deserializer drops tags silently, so they are rejected.
    pub tags: Vec<(FieldPath, Position, String)>,
    /// Plain scalars that YAML reads as null (`null`, `~`): serde turns them
    /// into the text "null" or "~", which must never reach a voter.
    nulls: HashSet<FieldPath>,
    /// Unquoted values followed by a `#` comment on the same line, and where
    /// the `#` is: `ru: учитель школы #12, г. Тараз` reads as `учитель школы`,
    /// the rest silently dropped as a comment.
    comments_after: HashMap<FieldPath, Position>,
}

enum Frame {
    Map {
        path: FieldPath,
        key: Option<String>,
        seen: HashSet<String>,
    },
    Seq {
        path: FieldPath,
        next: usize,
    },
}

impl SpanIndex {
    /// Indexes a document. Returns `None` if the YAML does not parse (the
    /// deserializer reports that error with its own location).
    pub fn build(text: &str) -> Option<SpanIndex> {
        let mut index = SpanIndex::default();
        // The byte offset of the last node seen, by its character index: nodes
        // come in order, so finding each value's bytes is one pass over the text.
        let mut cursor = (0usize, 0usize);
        let mut byte_at = |char_index: usize| {
            if char_index < cursor.0 {
                cursor = (0, 0);
            }
            let (mut chars, mut bytes) = cursor;
            for ch in text[bytes..].chars() {
                if chars == char_index {
                    break;
                }
                chars += 1;
                bytes += ch.len_utf8();
            }
            cursor = (chars, bytes);
            bytes
        };
        let mut parser = Parser::new_from_str(text);
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            let (event, marker) = parser.next_token().ok()?;
            // yaml-rust2 lines count from 1 and columns from 0.
            let position = Position {
                line: marker.line(),
                column: marker.col() + 1,
            };
            let starts_node = matches!(
                event,
                Event::Scalar(..)
                    | Event::MappingStart(..)
                    | Event::SequenceStart(..)
                    | Event::Alias(_)
            );
            if starts_node {
                match stack.last_mut() {
                    Some(Frame::Map {
                        path,
                        key: key @ None,
                        seen,
                    }) => {
                        // A key. Only plain scalar keys matter for field paths.
                        let name = match &event {
                            Event::Scalar(value, ..) => value.clone(),
                            _ => String::from("?"),
                        };
                        // A block mapping's start is reported after its first key:
                        // the mapping starts where that key does.
                        if seen.is_empty() {
                            if let Some(start) = index.values.get_mut(path) {
                                *start = (*start).min(position);
                            }
                        }
                        let key_path = path.key(&name);
                        if !seen.insert(name.clone()) {
                            index.duplicate_keys.push((key_path.clone(), position));
                        }
                        index.keys.entry(key_path).or_insert(position);
                        *key = Some(name);
                        if !matches!(event, Event::Scalar(..) | Event::Alias(_)) {
                            // A complex key: skip its content by treating it as a value subtree.
                            stack.push(child_frame(&event, FieldPath::root().key("?")));
                        }
                        continue;
                    }
                    Some(Frame::Map {
                        path,
                        key: key @ Some(_),
                        ..
                    }) => {
                        let value_path = path.key(key.as_deref().unwrap_or("?"));
                        *key = None;
                        // An empty value (`ru:` and nothing) is reported where the
                        // parser sees it, on the next line: place it at its key instead.
                        let position = match &event {
                            Event::Scalar(v, TScalarStyle::Plain, ..) if v.is_empty() => index.keys.get(&value_path).copied().unwrap_or(position),
                            _ => position,
                        };
                        index.note_traps(&event, &value_path, position);
                        if matches!(event, Event::Scalar(_, TScalarStyle::Plain, ..)) {
                            index.note_comment_after(&event, &value_path, position, &text[byte_at(marker.index())..]);
                        }
                        index.values.entry(value_path.clone()).or_insert(position);
                        if matches!(event, Event::MappingStart(..) | Event::SequenceStart(..)) {
                            stack.push(child_frame(&event, value_path));
                        }
                    }
                    Some(Frame::Seq { path, next }) => {
                        let value_path = path.index(*next);
                        *next += 1;
                        index.note_traps(&event, &value_path, position);
                        index.values.entry(value_path.clone()).or_insert(position);
                        if matches!(event, Event::MappingStart(..) | Event::SequenceStart(..)) {
                            stack.push(child_frame(&event, value_path));
                        }
                    }
                    None => {
                        index.values.entry(FieldPath::root()).or_insert(position);
                        if matches!(event, Event::MappingStart(..) | Event::SequenceStart(..)) {
                            stack.push(child_frame(&event, FieldPath::root()));
                        }
                    }
                }
            }
            match event {
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                Event::StreamEnd => return Some(index),
                _ => {}
            }
        }
    }

    /// Records a value's tag, and whether it is a plain null.
    fn note_traps(&mut self, event: &Event, path: &FieldPath, position: Position) {
        let tag = match event {
            Event::Scalar(value, style, _, tag) => {
                if *style == TScalarStyle::Plain && matches!(value.as_str(), "null" | "Null" | "NULL" | "~") {
                    self.nulls.insert(path.clone());
                }
                tag
            }
            Event::MappingStart(_, tag) | Event::SequenceStart(_, tag) => tag,
            _ => &None,
        };
        if let Some(tag) = tag {
            let handle = if tag.handle == "tag:yaml.org,2002:" { "!!" } else { tag.handle.as_str() };
            self.tags.push((path.clone(), position, format!("{handle}{}", tag.suffix)));
        }
    }

    /// Records where a `#` comment starts right after an unquoted value on
    /// its last line, given the text from the value on (a value over several
    /// lines is their contents joined by spaces).
    fn note_comment_after(&mut self, event: &Event, path: &FieldPath, position: Position, from_value: &str) {
        let Event::Scalar(value, TScalarStyle::Plain, ..) = event else {
            return;
        };
        let mut remaining = value.as_str();
        for (index, line) in from_value.split('\n').enumerate() {
            let indent = if index == 0 { 0 } else { line.len() - line.trim_start().len() };
            let piece = &line[indent..];
            if let Some(rest) = piece.strip_prefix(remaining) {
                let after = rest.trim_start_matches([' ', '\t']);
                if after.starts_with('#') && after.len() < rest.len() {
                    let before_hash = &line[..line.len() - after.len()];
                    let column = if index == 0 { position.column } else { 1 } + before_hash.chars().count();
                    self.comments_after.insert(path.clone(), Position { line: position.line + index, column });
                }
                return;
            }
            // The value goes on over the next line: this one is all of its part.
            let Some(next) = remaining.strip_prefix(piece.trim_end()).and_then(|r| r.strip_prefix(' ')) else {
                return;
            };
            remaining = next;
        }
    }

    /// Where a `#` comment starts right after the field's unquoted value on the same line.
    pub fn comment_after(&self, path: &FieldPath) -> Option<Position> {
        self.comments_after.get(path).copied()
    }

    /// Whether the field's value is written as a YAML null (`null`, `~`).
    pub fn is_null(&self, path: &FieldPath) -> bool {
        self.nulls.contains(path)
    }

    /// Where a field's value starts; for a missing field, its nearest present parent.
    pub fn value(&self, path: &FieldPath) -> Position {
        let mut path = path.clone();
        loop {
            if let Some(position) = self.values.get(&path) {
                return *position;
            }
            if path.is_root() {
                return Position { line: 1, column: 1 };
            }
            path = path.parent();
        }
    }

    /// Where a mapping key is written, falling back to the value's position.
    pub fn key(&self, path: &FieldPath) -> Position {
        self.keys
            .get(path)
            .copied()
            .unwrap_or_else(|| self.value(path))
    }

    /// Whether the mapping key of this path is written in the document.
    pub fn contains_key(&self, path: &FieldPath) -> bool {
        self.keys.contains_key(path)
    }
}

fn child_frame(event: &Event, path: FieldPath) -> Frame {
    match event {
        Event::MappingStart(..) => Frame::Map {
            path,
            key: None,
            seen: HashSet::new(),
        },
        _ => Frame::Seq { path, next: 0 },
    }
}

#[cfg(test)]
mod tests {
    use super::{SourceFile, SpanIndex};
    use crate::diag::{FieldPath, Position};

    #[test]
    fn span_index_finds_block_and_flow_fields() {
        let text = "id: a\ncontest:\n  options:\n    - name: { kk: Бір, ru: Один }\n    - name:\n        kk: Екі\n";
        let spans = SpanIndex::build(text).unwrap();
        let options = FieldPath::root().key("contest").key("options");
        assert_eq!(
            spans.value(&options.index(0).key("name").key("ru")),
            Position {
                line: 4,
                column: 28
            }
        );
        assert_eq!(
            spans.value(&options.index(1).key("name").key("kk")),
            Position {
                line: 6,
                column: 13
            }
        );
        assert_eq!(
            spans.key(&options.index(1).key("name")),
            Position { line: 5, column: 7 }
        );
        // A missing field falls back to its nearest parent.
        assert_eq!(
            spans.value(&options.index(1).key("name").key("ru")),
            Position { line: 6, column: 9 }
        );
        let source = SourceFile::new("x.yaml".into(), text.into());
        assert_eq!(
            source.position_of(source.offset_of(Position {
                line: 4,
                column: 28
            })),
            Position {
                line: 4,
                column: 28
            }
        );
    }
}
