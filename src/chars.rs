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
