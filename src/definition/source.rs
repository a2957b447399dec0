//! Reading definition files safely and locating fields inside them.
//!
//! A file is read with a size cap, checked to be UTF-8 without a byte-order
//! mark, and indexed by line so that a byte offset can be turned into a
//! line and column for diagnostics.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Position};
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

#[cfg(test)]
mod tests {
    use super::SourceFile;
    use crate::diag::Position;

    #[test]
    fn offsets_and_positions_are_inverse() {
        let text = "id: a\ncontest:\n  options:\n    - name: { kk: Бір, ru: Один }\n";
        let source = SourceFile::new("x.yaml".into(), text.into());
        let position = Position { line: 4, column: 28 };
        assert_eq!(source.position_of(source.offset_of(position)), position);
    }
}
