//! Braille translation through liblouis, the reference translator: Unicode
//! braille for each language's table, back-translation for checking, and the
//! characters a table cannot translate.

pub(crate) mod louis;
pub mod tables;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::util::chars::CharCache;
use crate::model::Lang;

pub use louis::LouisError;
pub use tables::table_list;

/// The Unicode braille blank cell.
pub const BLANK: char = '\u{2800}';

/// liblouis's marker bit for a dot pattern in dots mode.
const LOU_DOTS: u32 = 0x8000;

/// A text in braille.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Braille {
    /// Unicode braille, dots 1-8 only (what is embossed).
    pub cells: String,
    /// The dot patterns as liblouis produced them in Unicode-braille mode
    /// (dots 1-8: the virtual dot 9 of Kazakh letters is not in them); used
    /// for back-translation.
    dots: Vec<u16>,
}

/// Keeps a cell's dot pattern as liblouis returned it in `dotsIO | ucBrl` mode.
/// Non-braille output (a character liblouis passed through) is `None`.
fn dot_pattern(code: u32) -> Option<u16> {
    let pattern = if code & LOU_DOTS != 0 {
        code & 0x7FFF
    } else if (0x2800..0x2800 + 0x8000).contains(&code) {
        code - 0x2800
    } else if code == u32::from(' ') {
        0
    } else {
        return None;
    };
    u16::try_from(pattern).ok()
}

/// The Unicode braille cell of a dot pattern, keeping dots 1-8.
fn cell(pattern: u16) -> char {
    char::from_u32(0x2800 + u32::from(pattern & 0xFF)).unwrap_or(BLANK)
}

/// Translations kept in memory at most (a ballot has about a hundred texts).
const MAX_CACHED_TEXTS: usize = 8192;

type Cache = Mutex<HashMap<(Lang, String), Result<Arc<Braille>, LouisError>>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Translates text to braille with the language's table. Cached per language and text (recent texts only).
pub fn translate_full(text: &str, lang: Lang) -> Result<Arc<Braille>, LouisError> {
    let key = (lang, text.to_owned());
    if let Some(hit) = cache().lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return hit.clone();
    }
    let result = louis::translate(table_list(lang), text, louis::DOTS_IO | louis::UC_BRL).and_then(|codes| {
        let dots = codes
            .into_iter()
            .map(|c| dot_pattern(c).ok_or(LouisError::NotBraille(c)))
            .collect::<Result<Vec<u16>, _>>()?;
        Ok(Arc::new(Braille { cells: dots.iter().map(|&d| cell(d)).collect(), dots }))
    });
    let mut cache = cache().lock().unwrap_or_else(|p| p.into_inner());
    // Bounded: validation and rendering of the same ballot hit it; a national
    // election's hundreds of thousands of distinct texts must not pile up.
    if cache.len() >= MAX_CACHED_TEXTS {
        cache.clear();
    }
    cache.insert(key, result.clone());
    result
}

/// Translates text to Unicode braille (U+2800..U+28FF, spaces as blank cells).
pub fn translate(text: &str, lang: Lang) -> Result<String, LouisError> {
    translate_full(text, lang).map(|b| b.cells.clone())
}

/// Back-translates braille produced by [`translate_full`] to text, from what
/// is embossed: dots 1-8.
pub fn back_translate(braille: &Braille, lang: Lang) -> Result<String, LouisError> {
    // In dots mode liblouis reads cells as LOU_DOTS | pattern.
    let input: String = braille.dots.iter().filter_map(|&d| char::from_u32(LOU_DOTS | u32::from(d & 0xFF))).collect();
    louis::back_translate(table_list(lang), &input, louis::DOTS_IO)
}

/// The Kazakh letters whose braille carries the virtual dot 9: embossed as six
/// dots, they read back as the punctuation those dots also mean.
const KAZAKH_LETTERS: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

/// The read-back with Kazakh letters restored, for a reviewer to compare by
/// eye: walking the source, each piece of `back` that is exactly what a Kazakh
/// letter's braille reads back as (`)` for ә, `#` for қ) is shown as the letter;
/// everything else is liblouis's own output. From the first piece that does not
/// align (a real difference), the rest is shown as liblouis gave it.
fn restore_kazakh_letters(source: &str, back: &str, lang: Lang) -> Result<String, LouisError> {
    let back: Vec<char> = back.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for ch in source.chars() {
        if ch.is_whitespace() {
            if back.get(at).is_some_and(|c| c.is_whitespace()) {
                out.push(back[at]);
                at += 1;
            }
            continue;
        }
        let piece: Vec<char> = reads_back_as(ch, lang)?.chars().collect();
        let Some(got) = back.get(at..at + piece.len()) else { break };
        if comparable(&got.iter().collect::<String>()) != comparable(&piece.iter().collect::<String>()) {
            break;
        }
        if KAZAKH_LETTERS.contains(ch) && !piece.contains(&ch) {
            // Russian braille has no capital sign: keep the read-back's lower case.
            out.extend(ch.to_lowercase());
        } else {
            out.extend(got);
        }
        at += piece.len();
    }
    out.extend(&back[at.min(back.len())..]);
    Ok(out)
}

/// The outcome of checking that braille reads back as its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackCheck {
    /// The source text.
    pub source: String,
    /// The braille.
    pub braille: String,
    /// What liblouis reads the braille as, with Kazakh letters restored from
    /// their virtual dot (the embossed six dots alone read as punctuation).
    pub back: String,
    /// Whether `back` equals `source` up to what braille does not distinguish.
    pub matches: bool,
}

/// Translates, back-translates and compares.
pub fn check_round_trip(text: &str, lang: Lang) -> Result<BackCheck, LouisError> {
    let braille = translate_full(text, lang)?;
    // The check is on what is embossed; what is shown restores Kazakh letters.
    let embossed = back_translate(&braille, lang)?;
    let chars: Vec<char> = text.chars().collect();
    let mut expected = String::new();
    for (i, &ch) in chars.iter().enumerate() {
        // A double quote must read back as an opening or closing one as it
        // stands: `„Ақ жол“` embossed with two opening cells is wrong.
        match quote_role(&chars, i) {
            Some(true) => expected.push('«'),
            Some(false) => expected.push('»'),
            None => expected.push_str(&reads_back_as(ch, lang)?),
        }
    }
    Ok(BackCheck {
        source: text.to_owned(),
        braille: braille.cells.clone(),
        matches: comparable(&embossed) == comparable(&expected),
        back: restore_kazakh_letters(text, &embossed, lang)?,
    })
}

/// Double quotation marks of every kind.
const DOUBLE_QUOTES: &str = "«»„“”‟\"";

/// For a double quotation mark at `i`, whether it opens (`Some(true)`) or
/// closes a quotation where it stands: it opens at the start, after white
/// space or an opening bracket or quote, and closes otherwise.
fn quote_role(chars: &[char], i: usize) -> Option<bool> {
    // Guillemets are drawn opening or closing; the other marks stand for
    // either, and the place tells.
    match chars[i] {
        '«' => return Some(true),
        '»' => return Some(false),
        c if !DOUBLE_QUOTES.contains(c) => return None,
        _ => {}
    }
    let opens = match i.checked_sub(1) {
        None => true,
        Some(p) => chars[p].is_whitespace() || "([{".contains(chars[p]) || quote_role(chars, p) == Some(true),
    };
    Some(opens)
}

/// The double quotation marks of `text` that the language's table embosses
/// the other way round from how they stand (`“` closing `„Ақ жол“` is an
/// opening quote in the tables), each with whether it opens where it stands.
pub fn misdirected_quotes(text: &str, lang: Lang) -> Vec<(char, bool)> {
    static OPENS: CharCache<Option<bool>> = CharCache::new();
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for i in 0..chars.len() {
        let Some(role) = quote_role(&chars, i) else { continue };
        // The table's own reading of the mark alone: the same cell as « or ».
        // (The ASCII `"` is read in context by the tables: no fixed reading.)
        let fixed = OPENS.get_or(lang, chars[i], || {
            let cells = |s: &str| translate(s, lang).ok();
            let alone = cells(&chars[i].to_string())?;
            if Some(&alone) == cells("«").as_ref() {
                Some(true)
            } else if Some(&alone) == cells("»").as_ref() {
                Some(false)
            } else {
                None
            }
        });
        if chars[i] != '"' && fixed.is_some_and(|opens| opens != role) && !found.contains(&(chars[i], role)) {
            found.push((chars[i], role));
        }
    }
    found
}

/// What a character's braille reads back as on its own. Usually the character
/// itself; for cells the table shares with another meaning, that meaning: the
/// six-dot cells of Kazakh letters read back as Russian punctuation once the
/// virtual dot 9 is gone (қ as `#`), and `№` reads back as the letter н.
fn reads_back_as(ch: char, lang: Lang) -> Result<String, LouisError> {
    static KNOWN: CharCache<String> = CharCache::new();
    KNOWN.get_or_try(lang, ch, || {
        if ch.is_whitespace() || ch.is_ascii_digit() {
            return Ok(ch.to_string());
        }
        let braille = translate_full(&ch.to_string(), lang)?;
        let alone = back_translate(&braille, lang)?;
        Ok(if comparable(&alone) == comparable(&ch.to_string()) { ch.to_string() } else { alone })
    })
}

/// Folds what braille does not distinguish, so a faithful round trip compares
/// equal: letter case (Russian braille has no capital sign), the kinds of
/// dashes and of single quotation marks, and spacing (liblouis drops the
/// space before a dash). Double quotation marks are not folded: an opening
/// one must read back as opening.
pub fn comparable(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '–' | '—' | '‐' | '‑' | '−' => '-',
            // Single quotation marks and apostrophes: one kind in braille.
            '\'' | '‘' | '’' | '‚' | '‹' | '›' => '\'',
            other => other,
        })
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .replace('…', "...")
}

/// The characters of `text` the language's table does not define, each once,
/// in order of appearance.
pub fn untranslatable(text: &str, lang: Lang) -> Vec<char> {
    crate::util::chars::failing(text, |ch| is_defined(ch, lang))
}

/// Whether the table translates this character (cached).
fn is_defined(ch: char, lang: Lang) -> bool {
    static KNOWN: crate::util::chars::CharFlags = crate::util::chars::CharFlags::new();
    KNOWN.get_or(lang, ch, || {
        // With noUndefined, liblouis outputs nothing for a character it has no rule
        // for, instead of an escape such as `\x2603/`.
        let mode = louis::DOTS_IO | louis::UC_BRL | louis::NO_UNDEFINED;
        let defined = louis::translate(table_list(lang), &ch.to_string(), mode).is_ok_and(|out| !out.is_empty());
        // Some characters have a rule that only spells an escape (`Є` is `е`
        // and cells that read back as `\34/`): not a translation either.
        // (Read back through the table's own display form, which keeps the
        // virtual dot 9 that tells Kazakh letters from punctuation.)
        let round_trip = || -> Result<String, LouisError> {
            let shown: String = louis::translate(table_list(lang), &ch.to_string(), 0)?.into_iter().filter_map(char::from_u32).collect();
            louis::back_translate(table_list(lang), &shown, 0)
        };
        defined && (ch == '\\' || round_trip().is_ok_and(|back| !back.contains('\\')))
    })
}

/// The liblouis version in use.
pub fn version() -> String {
    louis::version()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_read_back_shows_kazakh_letters_not_their_placeholders() {
        let check = check_round_trip("Әбдіқадіров Төлеуғали", Lang::Kk).unwrap();
        assert!(check.matches, "{check:?}");
        assert_eq!(comparable(&check.back), comparable("Әбдіқадіров Төлеуғали"), "{check:?}");
        // Kazakh names in Russian text (the Kazakh-letters table) too.
        let check = check_round_trip("партия «Байтақ»", Lang::Ru).unwrap();
        assert!(check.matches && check.back.contains('қ'), "{check:?}");
        // A real difference still shows: Russian braille ends the Latin sign at a hyphen.
        let check = check_round_trip("e-mail", Lang::Ru).unwrap();
        assert!(!check.matches && check.back == "e-маил", "{check:?}");
    }
}
