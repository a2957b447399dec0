//! Text rules: every language present, one line, printable, and every
//! character translatable to braille and speakable by the language's voice.

use crate::diag::{closest, FieldPath};
use crate::fonts;
use crate::model::{Lang, Text};

use super::super::raw::RawText;
use super::{Checker, MAX_TEXT_CHARS};

impl Checker<'_> {
    /// A text in every language, each non-empty, one line, printable.
    pub fn text(&mut self, path: &FieldPath, raw: &RawText, languages: &[Lang]) -> Option<Text> {
        let mut ok = true;
        let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
        for key in raw.keys() {
            if !codes.contains(&key.as_str()) {
                ok = false;
                let hint = match Lang::from_code(key) {
                    Some(_) => format!("the election's languages are {}; add `{key}` to `languages` in election.yaml or remove this text", codes.join(", ")),
                    None if !key.is_ascii() || key.contains(' ') => format!("a comma inside `{{ ... }}` starts a new entry: put a text that contains a comma in quotes; the election's languages are {}", codes.join(", ")),
                    None => match closest(key, codes.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`? the election's languages are {}", codes.join(", ")),
                        None => format!("the election's languages are {}", codes.join(", ")),
                    },
                };
                self.error_at_key(
                    &path.key(key),
                    format!("text in `{key}`, which is not a language of this election"),
                    Some(hint),
                );
            }
        }
        let mut texts = Vec::new();
        for &lang in languages {
            let field = path.key(lang.code());
            let Some(value) = raw.get(lang.code()) else {
                ok = false;
                self.error(
                    path,
                    format!("text has no `{lang}` version"),
                    Some(format!(
                        "every text needs each of the election's languages: {}",
                        codes.join(", ")
                    )),
                );
                continue;
            };
            let value = value.trim();
            if value.is_empty() {
                ok = false;
                self.error(
                    &field,
                    format!("`{lang}` text is empty"),
                    Some("write the text, or check the quoting".into()),
                );
                continue;
            }
            let length = value.chars().count();
            if length > MAX_TEXT_CHARS {
                ok = false;
                self.error(
                    &field,
                    format!("`{lang}` text has {length} characters; at most {MAX_TEXT_CHARS} are allowed"),
                    Some("ballot texts are short: shorten it, or check for a missing closing quote".into()),
                );
                continue;
            }
            ok &= self.characters(&field, value) && self.braille(&field, value, lang) && self.speakable(&field, value, lang);
            texts.push((lang, value.to_owned()));
        }
        ok.then_some(Text(texts))
    }

    /// Rejects control characters and characters no bundled font can print.
    fn characters(&mut self, path: &FieldPath, value: &str) -> bool {
        for ch in value.chars() {
            if ch.is_control() {
                let hint = if ch == '\n' {
                    "write the text on one line (a `>` folded block joins lines with spaces)"
                } else {
                    "remove the control character"
                };
                self.error(
                    path,
                    format!("text contains the control character U+{:04X}", ch as u32),
                    Some(hint.into()),
                );
                return false;
            }
            if !fonts::is_printable(ch) {
                self.error_at_char(
                    path,
                    ch,
                    format!(
                        "character {ch:?} (U+{:04X}) cannot be printed: no bundled font has it",
                        ch as u32
                    ),
                    Some("replace it with an ordinary letter or punctuation mark".into()),
                );
                return false;
            }
        }
        true
    }

    /// Every character must be translatable by the language's braille table.
    fn braille(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
        let table = crate::braille::table_list(lang).rsplit(',').next().unwrap_or_default();
        self.reject_chars(
            path,
            &crate::braille::untranslatable(value, lang),
            &format!("cannot be translated to braille by the `{lang}` table ({table})"),
            "a blind voter would read an escape code here; replace it with a letter or punctuation mark the language has",
        )
    }

    /// Every character must be speakable by the language's voice.
    fn speakable(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
        self.reject_chars(
            path,
            &crate::speech::unspeakable(value, lang),
            &format!("cannot be spoken by the `{lang}` voice of espeak-ng"),
            "the audio ballot would skip it; write it out in words, or replace it",
        )
    }

    /// An error at each rejected character, naming it and its code point; true when there are none.
    fn reject_chars(&mut self, path: &FieldPath, rejected: &[char], why: &str, hint: &str) -> bool {
        for &ch in rejected {
            self.error_at_char(path, ch, format!("character {ch:?} (U+{:04X}) {why}", ch as u32), Some(hint.to_owned()));
        }
        rejected.is_empty()
    }

}
