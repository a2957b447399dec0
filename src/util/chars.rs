//! Per-character checks shared by the braille and speech rules: a cache of
//! answers per language and character, and the distinct characters of a text
//! that fail a check.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::model::Lang;

/// Answers about single characters, per language, computed once per process.
pub struct CharCache<T>(OnceLock<Mutex<HashMap<(Lang, char), T>>>);

impl<T: Clone> CharCache<T> {
    /// An empty cache.
    pub const fn new() -> Self {
        CharCache(OnceLock::new())
    }

    /// The cached answer, or `compute`'s, which is kept only when it is `Ok`.
    pub fn get_or_try<E>(&self, lang: Lang, ch: char, compute: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
        let map = self.0.get_or_init(|| Mutex::new(HashMap::new()));
        if let Some(hit) = map.lock().unwrap_or_else(|p| p.into_inner()).get(&(lang, ch)) {
            return Ok(hit.clone());
        }
        let value = compute()?;
        map.lock().unwrap_or_else(|p| p.into_inner()).insert((lang, ch), value.clone());
        Ok(value)
    }

    /// The cached answer, or `compute`'s.
    pub fn get_or(&self, lang: Lang, ch: char, compute: impl FnOnce() -> T) -> T {
        match self.get_or_try::<std::convert::Infallible>(lang, ch, || Ok(compute())) {
            Ok(value) => value,
            Err(never) => match never {},
        }
    }
}

impl<T: Clone> Default for CharCache<T> {
    fn default() -> Self {
        CharCache::new()
    }
}

/// Characters below this are answered without a lock: Latin and Cyrillic,
/// the Kazakh letters included, what ballot texts are almost all written in.
const SMALL: usize = 0x530;

/// Yes-or-no answers about single characters, per language, computed once per
/// process: validation asks them for every character of every text, from every
/// thread, so the common letters are answered from a lock-free table.
pub struct CharFlags {
    /// 0 not known yet, 1 no, 2 yes; indexed by language, then character.
    small: [[std::sync::atomic::AtomicU8; SMALL]; Lang::ALL.len()],
    rest: CharCache<bool>,
}

impl CharFlags {
    /// An empty cache.
    pub const fn new() -> Self {
        CharFlags { small: [const { [const { std::sync::atomic::AtomicU8::new(0) }; SMALL] }; Lang::ALL.len()], rest: CharCache::new() }
    }

    /// The cached answer, or `compute`'s. Two threads may both compute an
    /// answer not known yet; they find the same one.
    pub fn get_or(&self, lang: Lang, ch: char, compute: impl FnOnce() -> bool) -> bool {
        use std::sync::atomic::Ordering;
        let Some(slot) = self.small[lang as usize].get(ch as usize) else {
            return self.rest.get_or(lang, ch, compute);
        };
        match slot.load(Ordering::Relaxed) {
            0 => {
                let answer = compute();
                slot.store(if answer { 2 } else { 1 }, Ordering::Relaxed);
                answer
            }
            known => known == 2,
        }
    }
}

impl Default for CharFlags {
    fn default() -> Self {
        CharFlags::new()
    }
}

/// Letter, digit and script of the characters below [`SMALL`], looked up once:
/// the standard library and `unicode-script` search compressed tables for
/// each non-ASCII character, and validation asks about every one.
struct Classes {
    alphabetic: [bool; SMALL],
    alphanumeric: [bool; SMALL],
    combining: [bool; SMALL],
    script: [Script; SMALL],
}

/// The script of a character, as the word rules tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic letters.
    Cyrillic,
    /// Anything else.
    Other,
}

fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let of = |i: usize| char::from_u32(i as u32).unwrap_or('\0');
        Classes {
            alphabetic: std::array::from_fn(|i| of(i).is_alphabetic()),
            alphanumeric: std::array::from_fn(|i| of(i).is_alphanumeric()),
            combining: std::array::from_fn(|i| unicode_normalization::char::is_combining_mark(of(i))),
            script: std::array::from_fn(|i| script_of(of(i))),
        }
    })
}

fn script_of(ch: char) -> Script {
    use unicode_script::UnicodeScript;
    match ch.script() {
        unicode_script::Script::Latin => Script::Latin,
        unicode_script::Script::Cyrillic => Script::Cyrillic,
        _ => Script::Other,
    }
}

/// [`char::is_alphabetic`], from a table for Latin and Cyrillic.
pub fn is_alphabetic(ch: char) -> bool {
    classes().alphabetic.get(ch as usize).copied().unwrap_or_else(|| ch.is_alphabetic())
}

/// [`char::is_alphanumeric`], from a table for Latin and Cyrillic.
pub fn is_alphanumeric(ch: char) -> bool {
    classes().alphanumeric.get(ch as usize).copied().unwrap_or_else(|| ch.is_alphanumeric())
}

/// Whether a character is a combining mark (as `unicode-normalization` says).
pub fn is_combining_mark(ch: char) -> bool {
    classes().combining.get(ch as usize).copied().unwrap_or_else(|| unicode_normalization::char::is_combining_mark(ch))
}

/// Latin, Cyrillic or another script (as `unicode-script` says).
pub fn script(ch: char) -> Script {
    classes().script.get(ch as usize).copied().unwrap_or_else(|| script_of(ch))
}

/// The characters of `text` (white space aside) for which `ok` is false, each
/// once, in order of appearance.
pub fn failing(text: &str, ok: impl Fn(char) -> bool) -> Vec<char> {
    let mut found = Vec::new();
    for ch in text.chars() {
        if !ch.is_whitespace() && !found.contains(&ch) && !ok(ch) {
            found.push(ch);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn the_tables_agree_with_the_standard_library_and_unicode_script() {
        for ch in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(ch), ch.is_alphanumeric(), "{ch:?}");
            assert_eq!(is_alphabetic(ch), ch.is_alphabetic(), "{ch:?}");
            assert_eq!(is_combining_mark(ch), unicode_normalization::char::is_combining_mark(ch), "{ch:?}");
            assert_eq!(script(ch), script_of(ch), "{ch:?}");
        }
        assert_eq!((script('қ'), script('q'), script('№')), (Script::Cyrillic, Script::Latin, Script::Other));
    }

    #[test]
    fn flags_are_computed_once_per_language_and_character() {
        let flags = CharFlags::new();
        let calls = Cell::new(0);
        let ask = |lang, ch| {
            flags.get_or(lang, ch, || {
                calls.set(calls.get() + 1);
                ch != 'ә' && ch != '☃'
            })
        };
        for _ in 0..3 {
            // Below the table's end, at its edge, and beyond it (the map).
            assert!(ask(Lang::Kk, 'а') && !ask(Lang::Kk, 'ә') && ask(Lang::Kk, '\u{52F}') && !ask(Lang::Kk, '☃'));
        }
        assert_eq!(calls.get(), 4);
        assert!(!ask(Lang::Ru, 'ә'), "each language asks for itself");
        assert_eq!(calls.get(), 5);
    }
}
