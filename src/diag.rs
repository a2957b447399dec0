//! Diagnostics: errors and warnings that point into a definition file.
//!
//! Every problem with an input names the file, the line and column, and the
//! field path (`contest.options[2].name.ru`), with a hint where one helps.
//! Problems are collected, not thrown: a run reports all of them at once.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{Locale, Message};

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The input is invalid; nothing is built.
    Error,
    /// The input is usable but something looks wrong.
    Warning,
}

/// A 1-based line and column in a source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    /// Line, counted from 1.
    pub line: usize,
    /// Column in characters, counted from 1.
    pub column: usize,
}

/// One path segment of a field path.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// A mapping key.
    Key(String),
    /// A sequence index, counted from 0 as in the YAML.
    Index(usize),
}

/// The path of a field inside a definition file, such as `contest.options[2].name.ru`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(pub Vec<Segment>);

impl FieldPath {
    /// The path of the document root.
    pub fn root() -> Self {
        FieldPath(Vec::new())
    }

    /// This path extended by a mapping key.
    pub fn key(&self, key: &str) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.to_owned()));
        FieldPath(segments)
    }

    /// This path extended by a sequence index.
    pub fn index(&self, index: usize) -> Self {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        FieldPath(segments)
    }

    /// The path without its last segment (the root stays the root).
    pub fn parent(&self) -> Self {
        let mut segments = self.0.clone();
        segments.pop();
        FieldPath(segments)
    }

    /// Whether this is the document root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A problem found in the input or while building.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file concerned, when there is one.
    pub file: Option<PathBuf>,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The field concerned, when known.
    pub field: Option<FieldPath>,
    /// What is wrong, in one sentence.
    pub message: Message,
    /// How to fix it, when there is something useful to say.
    pub hint: Option<Message>,
    /// The source line the position points into, for the snippet (of a
    /// long line, only a window around the position).
    pub snippet: Option<String>,
    /// Characters of the line cut before `snippet`.
    snippet_start: usize,
    /// Whether the line goes on after `snippet`.
    snippet_cut: bool,
}

impl crate::i18n::Explain for Diagnostic {
    fn message(&self) -> Message {
        self.message.clone()
    }

    fn hint(&self) -> Option<Message> {
        self.hint.clone()
    }
}

/// Characters of a long source line kept on each side of a diagnostic's column.
const KEPT_CHARS: usize = 100;

impl Diagnostic {
    /// An error with a message and nothing else yet.
    pub fn error(message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            position: None,
            field: None,
            message: message.into(),
            hint: None,
            snippet: None,
            snippet_start: 0,
            snippet_cut: false,
        }
    }

    /// A warning with a message and nothing else yet.
    pub fn warning(message: impl Into<Message>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    /// Names the file concerned.
    pub fn in_file(mut self, file: &Path) -> Self {
        self.file = Some(file.to_path_buf());
        self
    }

    /// Sets the position and the source line shown under the message.
    pub fn at(mut self, position: Position, snippet: Option<String>) -> Self {
        self.position = Some(position);
        // Only a window around the column is ever shown: a diagnostic does not
        // keep a whole long line (10,000 lexicon entries on one line would be
        // 10,000 copies of it).
        self.snippet = snippet.map(|line| {
            let column = position.column.saturating_sub(1);
            let first = column.saturating_sub(KEPT_CHARS);
            match line.char_indices().nth(first) {
                Some((from, _)) if line.len() > 4 * KEPT_CHARS => {
                    self.snippet_start = first;
                    let kept: String = line[from..].chars().take(2 * KEPT_CHARS).collect();
                    self.snippet_cut = kept.len() < line.len() - from;
                    kept
                }
                _ => line,
            }
        });
        self
    }

    /// Names the field concerned.
    pub fn field(mut self, field: FieldPath) -> Self {
        if !field.is_root() {
            self.field = Some(field);
        }
        self
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<Message>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this is an error (as opposed to a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `FILE:LINE:COL` (or as much of it as is known).
    pub fn location(&self) -> String {
        let mut out = String::new();
        if let Some(file) = &self.file {
            out.push_str(&file.display().to_string());
            if let Some(position) = self.position {
                out.push_str(&format!(":{}:{}", position.line, position.column));
            }
        }
        out
    }
}

/// Whether a character would act on the terminal instead of showing:
/// control characters, and invisible format characters such as the
/// bidirectional overrides (U+202E reverses what follows it).
fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{AD}' | '\u{61C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// A character as shown in a message: itself, or escaped as `\u{202e}`.
fn shown_char(c: char) -> String {
    if acts_on_terminal(c) { c.escape_unicode().to_string() } else { c.to_string() }
}

/// Text with every character that would act on the terminal escaped.
pub(crate) fn terminal_safe(text: &str) -> String {
    text.chars().map(shown_char).collect()
}

impl fmt::Display for Diagnostic {
    /// The diagnostic in English; see [`Diagnostic::render`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

impl Diagnostic {
    /// Renders the diagnostic in `locale`, in a compiler-like form:
    ///
    /// ```text
    /// error: text has no `ru`
    ///   --> ballots/e/b.yaml:12:11
    ///    |
    /// 12 |     - name: { kk: Foo }
    ///    |             ^
    ///    = field: contest.options[2].name
    ///    = hint: every text needs all of the election's languages: kk, ru
    /// ```
    pub fn render(&self, locale: Locale) -> String {
        let mut out = String::new();
        let _ = self.write(&mut out, locale);
        out
    }

    fn write(&self, f: &mut impl fmt::Write, locale: Locale) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => crate::msg!("label-error"),
            Severity::Warning => crate::msg!("label-warning"),
        };
        writeln!(f, "{}: {}", label.render(locale), terminal_safe(&self.message.render(locale)))?;
        let location = self.location();
        let gutter = self.position.map(|p| p.line.to_string().len()).unwrap_or(1);
        let pad = " ".repeat(gutter);
        if !location.is_empty() {
            writeln!(f, "{pad}--> {location}")?;
        }
        if let (Some(position), Some(snippet)) = (self.position, &self.snippet) {
            // Long lines are shown as a window around the column.
            const WINDOW: usize = 100;
            let chars: Vec<char> = snippet.chars().collect();
            let column = position.column.saturating_sub(1).saturating_sub(self.snippet_start).min(chars.len());
            let start = column
                .saturating_sub(WINDOW / 2)
                .min(chars.len().saturating_sub(WINDOW));
            let end = (start + WINDOW).min(chars.len());
            let mut shown: String = chars[start..end].iter().map(|c| shown_char(*c)).collect();
            let cut_before = start > 0 || self.snippet_start > 0;
            if cut_before {
                shown.insert(0, '…');
            }
            if end < chars.len() || self.snippet_cut {
                shown.push('…');
            }
            let caret_pad: String = chars[start..column]
                .iter()
                .map(|c| if *c == '\t' { "\t".to_owned() } else { " ".repeat(shown_char(*c).chars().count()) })
                .collect();
            let caret_pad = if cut_before {
                format!(" {caret_pad}")
            } else {
                caret_pad
            };
            writeln!(f, "{pad} |")?;
            writeln!(f, "{} | {}", position.line, shown)?;
            writeln!(f, "{pad} | {caret_pad}^")?;
        }
        if let Some(field) = &self.field {
            writeln!(f, "{pad} = {}: {field}", crate::msg!("label-field").render(locale))?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "{pad} = {}: {}", crate::msg!("label-hint").render(locale), terminal_safe(&hint.render(locale)))?;
        }
        Ok(())
    }
}

/// A collection of diagnostics gathered over a whole run.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Adds one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Whether any of them is an error.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// How many errors there are.
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    /// Sorts by file and position so output is stable and reads top to bottom.
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            (&a.file, a.position, &a.message).cmp(&(&b.file, b.position, &b.message))
        });
        self.0.dedup();
    }
}

/// Levenshtein distance, for "did you mean" hints on misspelt keys.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// The closest candidate to a misspelt word, if one is close enough to suggest.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| {
            *d <= if c.chars().count() <= 3 {
                1
            } else {
                2.max(c.len() / 3)
            }
        })
        .min()
        .map(|(_, c)| c)
}

impl FieldPath {
    /// Parses the dotted form used in messages (`contest.options[2].name`).
    pub fn parse(text: &str) -> FieldPath {
        let mut segments = Vec::new();
        for part in text.split('.').filter(|p| !p.is_empty()) {
            let mut pieces = part.split('[');
            if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
                segments.push(Segment::Key(key.to_owned()));
            }
            for index in pieces {
                match index.trim_end_matches(']').parse() {
                    Ok(i) => segments.push(Segment::Index(i)),
                    Err(_) => segments.push(Segment::Key(index.to_owned())),
                }
            }
        }
        FieldPath(segments)
    }
}

#[cfg(test)]
mod tests {
    use super::{closest, FieldPath};

    #[test]
    fn field_paths_print_and_parse() {
        let path = FieldPath::root()
            .key("contest")
            .key("options")
            .index(2)
            .key("name")
            .key("ru");
        assert_eq!(path.to_string(), "contest.options[2].name.ru");
        assert_eq!(FieldPath::parse("contest.options[2].name.ru"), path);
        assert_eq!(
            closest("titel", ["kind", "title", "options"]),
            Some("title")
        );
        assert_eq!(closest("de", ["kk", "ru"]), None);
    }
}
