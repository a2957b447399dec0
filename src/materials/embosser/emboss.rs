//! Embosser page layout: the ballot's text in braille, word-wrapped into pages
//! of `cols` cells by `rows` lines, with the page number at the top right.

use crate::model::{Ballot, ElectionInfo, Lang};

use crate::braille::{translate, LouisError, BLANK};

/// The hyphen cell marking a word split across lines (dots 3-6).
pub const HYPHEN: char = '\u{2824}';
/// Indent of an option's continuation and details lines, in cells.
const OPTION_INDENT: usize = 2;

/// Braille pages ready for an embosser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pages {
    /// Cells per line.
    pub cols: usize,
    /// Lines per page.
    pub rows: usize,
    /// Each page's lines, each at most `cols` cells, at most `rows` lines.
    pub pages: Vec<Vec<String>>,
}

/// A block of lines that belong together (kept on one page when it fits).
struct Block {
    lines: Vec<String>,
    blank_after: bool,
}

/// Wraps braille at blank cells into lines of at most `width` cells, the first
/// starting after `first_indent` cells and the rest after `indent`. A word
/// longer than a line is split, each piece but the last ending in a hyphen.
pub fn wrap(braille: &str, width: usize, first_indent: usize, indent: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current: Vec<char> = vec![BLANK; first_indent];
    let mut line_indent = first_indent;
    let push_line = |lines: &mut Vec<String>, current: &mut Vec<char>, next_indent: usize| {
        lines.push(current.iter().collect::<String>());
        *current = vec![BLANK; next_indent];
    };
    for word in braille.split(BLANK).filter(|w| !w.is_empty()) {
        let word: Vec<char> = word.chars().collect();
        let needed = if current.len() > line_indent { current.len() + 1 + word.len() } else { current.len() + word.len() };
        if needed <= width {
            if current.len() > line_indent {
                current.push(BLANK);
            }
            current.extend(&word);
            continue;
        }
        if current.len() > line_indent {
            push_line(&mut lines, &mut current, indent);
            line_indent = indent;
        }
        // Longer than what is left of a whole line: split with hyphens.
        let room = |line_indent: usize| width.saturating_sub(line_indent).max(2);
        let mut rest: &[char] = &word;
        while rest.len() > room(line_indent) {
            let take = room(line_indent) - 1;
            current.extend(&rest[..take]);
            current.push(HYPHEN);
            rest = &rest[take..];
            push_line(&mut lines, &mut current, indent);
            line_indent = indent;
        }
        current.extend(rest);
    }
    if current.len() > line_indent || lines.is_empty() {
        lines.push(current.iter().collect());
    }
    lines
}

/// Lays out the ballot in braille for one language.
pub fn paginate(election: &ElectionInfo, ballot: &Ballot, lang: Lang, cols: usize, rows: usize) -> Result<Pages, LouisError> {
    let mut blocks = Vec::new();
    let mut paragraph = |text: &str, blank_after: bool| -> Result<(), LouisError> {
        blocks.push(Block { lines: wrap(&translate(text, lang)?, cols, 0, 0), blank_after });
        Ok(())
    };
    paragraph(election.title.get(lang), true)?;
    paragraph(ballot.constituency.name.get(lang), ballot.constituency.region.is_none())?;
    if let Some(region) = &ballot.constituency.region {
        paragraph(region.get(lang), true)?;
    }
    paragraph(ballot.contest.title.get(lang), true)?;
    paragraph(ballot.contest.instructions.get(lang), true)?;
    for option in &ballot.contest.options {
        let head = translate(&format!("{}. {}", option.number, option.name.get(lang)), lang)?;
        let mut lines = wrap(&head, cols, 0, OPTION_INDENT);
        if let Some(details) = &option.details {
            lines.extend(wrap(&translate(details.get(lang), lang)?, cols, OPTION_INDENT, OPTION_INDENT));
        }
        blocks.push(Block { lines, blank_after: false });
    }
    place(blocks, cols, rows, lang)
}

/// Puts blocks on pages; line 1 of every page carries the page number.
fn place(blocks: Vec<Block>, cols: usize, rows: usize, lang: Lang) -> Result<Pages, LouisError> {
    let body = rows.saturating_sub(1).max(1);
    let mut pages: Vec<Vec<String>> = vec![Vec::new()];
    for block in blocks {
        let used = pages.last().map_or(0, Vec::len);
        if used > 0 && used + block.lines.len() > body && block.lines.len() <= body {
            pages.push(Vec::new());
        }
        for line in block.lines {
            if pages.last().map_or(0, Vec::len) >= body {
                pages.push(Vec::new());
            }
            pages.last_mut().expect("a page").push(line);
        }
        let page = pages.last_mut().expect("a page");
        if block.blank_after && !page.is_empty() && page.len() < body {
            page.push(String::new());
        }
    }
    let mut numbered = Vec::new();
    for (i, mut lines) in pages.into_iter().enumerate() {
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        let number = translate(&(i + 1).to_string(), lang)?;
        let pad = cols.saturating_sub(number.chars().count());
        let mut page = vec![format!("{}{number}", BLANK.to_string().repeat(pad))];
        page.extend(lines);
        numbered.push(page);
    }
    Ok(Pages { cols, rows, pages: numbered })
}

#[cfg(test)]
mod tests {
    use super::{wrap, HYPHEN};

    #[test]
    fn long_words_are_split_with_a_hyphen_and_nothing_is_lost() {
        let word = "⠁".repeat(70);
        let lines = wrap(&format!("⠃⠃⠀{word}⠀⠉"), 30, 0, 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{lines:?}");
        let joined: String = lines.iter().map(|l| l.trim_start_matches('\u{2800}').trim_end_matches(HYPHEN)).collect::<Vec<_>>().join("");
        assert_eq!(joined.replace('\u{2800}', ""), format!("⠃⠃{word}⠉"));
        assert!(lines[1].ends_with(HYPHEN));
    }
}
