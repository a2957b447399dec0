//! Turning a definition file's text into raw structs, with every YAML or
//! type error located and explained in plain words.
//!
//! A file is parsed once (yaml-rust2's events into a [`tree`] of nodes with
//! their positions); the raw structs are read from that tree (`de`) and the
//! field positions indexed from it ([`SpanIndex`]). The reader's own words
//! (`invalid type: string "один", expected u32`, `mapping values are not
//! allowed in this context`) are never shown: each error is a [`Problem`],
//! and the text around it decides which of our messages and hints fits what
//! the person wrote (a `: ` inside a text, a line indented too far, a
//! quotation mark not closed...). A problem we cannot place gets a plain
//! general message, with the reader's words only as a detail in its hint.

use serde::de::DeserializeOwned;

use crate::diag::{closest, Diagnostic, Diagnostics, FieldPath, Position, Segment};
use crate::i18n::Message;
use crate::msg;

use super::source::{empty_file_hint, SourceFile};

mod de;
mod explain;
mod lines;
mod reading;
mod spans;
mod syntax;
pub(crate) mod tree;

pub use spans::SpanIndex;

use explain::*;
use lines::*;
use reading::*;
use syntax::*;

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
    let tree = match tree::Tree::parse(source) {
        Ok(tree) => tree,
        Err((position, reading)) => {
            diagnostics.push(explained_error(source, Some(position), reading, None));
            return None;
        }
    };
    let spans = SpanIndex::of(&tree);
    let value = match de::from_tree::<T>(&tree) {
        Ok(value) => value,
        Err((position, reading)) => {
            diagnostics.push(explained_error(source, position, reading, Some(&spans)));
            return None;
        }
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
    fn data_errors_are_taken_apart() {
        assert_eq!(data_problem("unknown field `nam`, expected one of `name`, `details`"), Problem::UnknownField { name: "nam".into(), allowed: vec!["name".into(), "details".into()] });
        assert_eq!(data_problem("invalid type: string \"один, expected i64\", expected u32"), Problem::WrongType { expected: Expected::WholeNumber { negative_allowed: false }, found: Found::Text("\"один, expected i64\"".into()) });
        assert_eq!(data_problem("invalid type: integer `99999999999999999999999` as u128, expected i64"), Problem::TooLarge { value: "99999999999999999999999".into() });
        assert_eq!(data_problem("missing field `name`"), Problem::MissingField { name: "name".into() });
    }

    #[test]
    fn errors_are_placed_at_their_field() {
        let (d, _) = explained(&broken("  number: 1", "  number: один"));
        assert_eq!((d.position, d.field.as_ref().map(ToString::to_string)), (Some(Position { line: 3, column: 11 }), Some("constituency.number".into())));
        let (d, shown) = explained(&broken("    - name: { kk: ӘЛИЕВ Ғани, ru: АЛИЕВ Гани }", "    - nam: { kk: ӘЛИЕВ Ғани, ru: АЛИЕВ Гани }"));
        assert!(shown.contains("unknown field `nam`"), "{shown}");
        assert_eq!((d.position, d.field.as_ref().map(ToString::to_string)), (Some(Position { line: 10, column: 7 }), Some("contest.options[0]".into())));
        let (d, shown) = explained(&broken("id: district-1\n", "id: district-1\npolling_stations: 99999999999999999999999\n"));
        assert!(shown.contains("99999999999999999999999"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 2, column: 19 }));
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

    fn parsed(text: &str) -> crate::definition::raw::RawBallot {
        let source = SourceFile::new("b.yaml".into(), text.to_owned());
        let mut diagnostics = Diagnostics::default();
        let parsed = parse_file::<crate::definition::raw::RawBallot>(&source, &mut diagnostics);
        assert!(diagnostics.0.is_empty(), "{:?}", diagnostics.0);
        parsed.expect("parsed").0
    }

    #[test]
    fn scalars_are_read_as_yaml_1_2_reads_them() {
        let ballot = parsed(&broken("  number: 1", "  number: 0x10"));
        assert_eq!(ballot.constituency.number, Some(16));
        // `-0` is 0 (which validation then judges), not a number too large.
        let ballot = parsed(&broken("  number: 1", "  number: -0"));
        assert_eq!(ballot.constituency.number, Some(0));
        let (_, shown) = explained(&broken("  number: 1", "  number: -5"));
        assert!(shown.contains("-5") && !shown.contains("too large"), "{shown}");
        let ballot = parsed(&broken("id: district-1", "id: 007\npolling_stations: +12"));
        assert_eq!((ballot.id.as_str(), ballot.polling_stations), ("007", Some(12)));
        let ballot = parsed(&broken("id: district-1", "id: district-1\npaper: { width_mm: 1.5e2, boxes: { size_mm: 10 } }"));
        assert_eq!(ballot.paper.as_ref().and_then(|p| p.width_mm), Some(150.0));
        // Any scalar is a text where a text is wanted; quotes make a number a text.
        let ballot = parsed(&broken("ru: АЛИЕВ Гани", "ru: 12"));
        assert_eq!(ballot.contest.options[0].name["ru"], "12");
        let (_, shown) = explained(&broken("  number: 1", "  number: \"1\""));
        assert!(shown.contains("not the text \"1\""), "{shown}");
        let (_, shown) = explained(&broken("  number: 1", "  number: 007"));
        assert!(shown.contains("not the text \"007\""), "{shown}");
        // `null` and `~` are none where a value may be left out.
        let ballot = parsed(&broken("  number: 1", "  number: ~"));
        assert_eq!(ballot.constituency.number, None);
    }

    #[test]
    fn repeated_values_are_read_and_bounded() {
        let ballot = parsed(&broken("    - name: { kk: Барлығына қарсы, ru: Против всех }", "    - name: &n { kk: Барлығына қарсы, ru: Против всех }\n      details: *n"));
        assert_eq!(ballot.contest.options[1].details.as_ref(), Some(&ballot.contest.options[1].name));
        // Anchors inside anchors, each kept once and read where repeated.
        let ballot = parsed(&broken("    - name: { kk: Барлығына қарсы, ru: Против всех }", "    - name: &n { kk: &k Барлығына қарсы, ru: *k }\n      details: *n"));
        assert_eq!(ballot.contest.options[1].name["ru"], "Барлығына қарсы");
        assert_eq!(ballot.contest.options[1].details.as_ref().map(|d| d["ru"].as_str()), Some("Барлығына қарсы"));
        // An alias bomb: a text of 2,000 languages repeated 100 times is 400,000 values to read.
        let big = (0..2_000).map(|i| format!("l{i}: x")).collect::<Vec<_>>().join(", ");
        let uses = vec!["{ name: *b }"; 100].join(", ");
        let text = broken("  options:\n    - name: { kk: ӘЛИЕВ Ғани, ru: АЛИЕВ Гани }\n", &format!("  options: [{{ name: &b {{ {big} }} }}, {uses}]\n"));
        let text = text.split("\n    - name: { kk: Барлығына").next().unwrap().to_owned();
        let source = SourceFile::new("b.yaml".into(), text);
        let tree = tree::Tree::parse(&source).expect("parses");
        let Err((_, reading)) = de::from_tree::<crate::definition::raw::RawBallot>(&tree) else { panic!("400,000 repeated values read") };
        assert_eq!(reading.problem, Problem::TooManyRepeats);
        // A null repeated is a null where it is repeated too.
        let spans = SpanIndex::of(&tree::Tree::parse(&SourceFile::new("b.yaml".into(), "a: &n ~\nb: *n\n".into())).unwrap());
        assert!(spans.is_null(&FieldPath::root().key("b")));
        let (_, shown) = explained(&broken("ru: АЛИЕВ Гани", "ru: *nowhere"));
        assert!(shown.contains("cannot start with `*`"), "{shown}");
    }

    #[test]
    fn errors_point_where_the_person_looks() {
        // An empty value: at its key, not at the next line's.
        let (d, shown) = explained(&broken("      against_all: true", "      against_all: true\n      box:\n        x_mm:\n        y_mm: 3"));
        assert!(shown.contains("empty"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 14, column: 9 }));
        // A key without its colon: named, at its start.
        let (d, shown) = explained(&broken("constituency:\n  number: 1", "constituency\n  number: 1"));
        assert!(shown.contains("`constituency` is not followed by a `:`"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 2, column: 1 }));
        // A `{ … }` over lines, its second line left of its key.
        let (d, shown) = explained(&broken("  title: { kk: Кандидаттар, ru: Кандидаты }", "  title: { kk: Кандидаттар,\n ru: Кандидаты }"));
        assert!(shown.contains("not in line"), "{shown}");
        assert_eq!(d.position.map(|p| p.line), Some(8));
    }

    #[test]
    fn what_yaml_cannot_hold_is_refused_in_plain_words() {
        let (d, shown) = explained(&broken("ru: АЛИЕВ Гани", "ru: АЛИЕВ\u{7}Гани"));
        assert!(shown.contains("invisible control character (U+0007)"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 10, column: 40 }));
        let deep = format!("id:\n{}x\n", "- ".repeat(200));
        let (_, shown) = explained(&deep);
        assert!(shown.contains("nested too deeply"), "{shown}");
        let (d, shown) = explained(&broken("ru: АЛИЕВ Гани", "ru: \"АЛИЕВ\n  Гани"));
        assert!(shown.contains("never closed"), "{shown}");
        assert_eq!(d.position, Some(Position { line: 10, column: 35 }));
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
