//! Text rules: every language present, read as NFC, one line, printable,
//! never a YAML null, at least one letter or digit, no word mixing Latin and
//! Cyrillic letters, and every character translatable to braille and speakable
//! by the language's voice.

use unicode_normalization::UnicodeNormalization;

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
                    None if Lang::from_code(&latin_typed(key)).is_some() => format!("`{key}` is typed in Cyrillic letters: write `{}` in Latin letters", latin_typed(key)),
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
                let hint = match raw.keys().find(|k| latin_typed(k) == lang.code()) {
                    Some(typed) => format!("`{typed}` is typed in Cyrillic letters: write `{lang}` in Latin letters"),
                    None => format!("every text needs each of the election's languages: {}", codes.join(", ")),
                };
                self.error(path, format!("text has no `{lang}` version"), Some(hint));
                continue;
            };
            if self.spans.is_null(&field) {
                ok = false;
                self.error(
                    &field,
                    format!("`{lang}` text is YAML null (`{}`), not a text", value.trim()),
                    Some("write the text; to print the word itself, put it in quotes".into()),
                );
                continue;
            }
            // Read as NFC: a decomposed `й` (и + U+0306) is the same letter as a composed one.
            let value: String = value.trim().nfc().collect();
            let value = value.as_str();
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
            if let Some(position) = self.spans.comment_after(&field) {
                ok = false;
                let mut d = self.diag_at(position, &field, format!("`{lang}` text {value:?} ends at a `#`: the rest of the line is read as a comment and left out").into());
                d.hint = Some(format!("put the whole text in quotes, e.g. `{lang}: \"{value} #...\"`; YAML reads ` #` as the start of a comment").into());
                self.push(d);
                continue;
            }
            ok &= self.characters(&field, value) && self.words(&field, value, lang) && self.braille(&field, value, lang) && self.speakable(&field, value, lang);
            texts.push((lang, value.to_owned()));
        }
        ok.then_some(Text(texts))
    }

    /// Rejects control characters and characters no bundled font can print.
    pub(super) fn characters(&mut self, path: &FieldPath, value: &str) -> bool {
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

    /// A text has a letter or digit, and no word mixes Latin and Cyrillic letters.
    pub(super) fn words(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
        if !value.chars().any(crate::chars::is_alphanumeric) {
            self.error(
                path,
                format!("`{lang}` text {value:?} has no letter or digit"),
                Some("a voter would hear or read nothing here: write the text itself".into()),
            );
            return false;
        }
        let mut ok = true;
        for (word, ch, found, expected) in mixed_script_letters(value, lang) {
            ok = false;
            let suggestion = look_alike(ch).map_or(String::new(), |l| format!(": did you mean {expected} {l:?} (U+{:04X})?", l as u32));
            self.error_at_char(
                path,
                ch,
                format!("{found} {ch:?} (U+{:04X}) inside the {expected} word {word:?}{suggestion}", ch as u32),
                Some(format!("a word must not mix Latin and Cyrillic letters: the braille and the voice would read this letter as {found}; retype it on a {} keyboard layout", if expected == "Cyrillic" { "Kazakh or Russian" } else { "Latin" })),
            );
        }
        let lexicon = self.lexicon.and_then(|l| l.get(&lang));
        let is_lexicon_word = |word: &str| lexicon.is_some_and(|l| l.get(word).is_some());
        for damage in super::damage::damage(value, lang, &is_lexicon_word) {
            ok = false;
            self.error_at_str(path, &damage.at, damage.message, Some(damage.hint));
        }
        ok
    }

    /// Every character must be translatable by the language's braille table.
    fn braille(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
        let table = crate::braille::table_list(lang).rsplit(',').next().unwrap_or_default();
        let mut ok = self.reject_chars(
            path,
            &crate::braille::untranslatable(value, lang),
            &format!("cannot be translated to braille by the `{lang}` table ({table})"),
            "a blind voter would read an escape code here; replace it with a letter or punctuation mark the language has",
        );
        for (quote, opens) in crate::braille::misdirected_quotes(value, lang) {
            ok = false;
            let (here, there) = if opens { ("opens", "a closing") } else { ("closes", "an opening") };
            self.error_at_char(
                path,
                quote,
                format!("the quotation mark {quote:?} {here} a quotation here, but the `{lang}` braille table ({table}) embosses it as {there} quotation mark"),
                Some("use « and » (or straight quotes \"...\"), which braille reads the right way round".into()),
            );
        }
        ok
    }

    /// Every character must be speakable by the language's voice.
    pub(super) fn speakable(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
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

/// A language code typed on a Cyrillic keyboard, read in Latin letters (`кк` is `kk`).
fn latin_typed(code: &str) -> String {
    code.chars()
        .map(|c| match c {
            'к' | 'К' => 'k',
            'р' | 'Р' => 'r',
            'у' | 'У' => 'u',
            'е' | 'Е' | 'э' | 'Э' => 'e',
            'н' | 'Н' => 'n',
            other => other,
        })
        .collect()
}

/// Latin or Cyrillic, the two scripts a word may not mix.
fn script_of(ch: char) -> Option<&'static str> {
    match crate::chars::script(ch) {
        crate::chars::Script::Latin => Some("Latin"),
        crate::chars::Script::Cyrillic => Some("Cyrillic"),
        crate::chars::Script::Other => None,
    }
}

/// The letters of `value` that sit in a word of the other script: (word,
/// letter, its script, the word's script). A word's script is that of most of
/// its letters; on a tie, Cyrillic in Kazakh and Russian text, else Latin.
fn mixed_script_letters(value: &str, lang: Lang) -> Vec<(String, char, &'static str, &'static str)> {
    let mut found = Vec::new();
    for word in value.split(|c: char| !(crate::chars::is_alphanumeric(c) || crate::chars::is_combining_mark(c))) {
        let (mut latin, mut cyrillic) = (0, 0);
        for ch in word.chars() {
            match script_of(ch) {
                Some("Latin") => latin += 1,
                Some(_) => cyrillic += 1,
                None => {}
            }
        }
        if latin == 0 || cyrillic == 0 {
            continue;
        }
        let word_script = if cyrillic > latin || (cyrillic == latin && lang != Lang::En) { "Cyrillic" } else { "Latin" };
        for ch in word.chars() {
            if let Some(script) = script_of(ch).filter(|s| *s != word_script) {
                found.push((word.to_owned(), ch, script, word_script));
            }
        }
    }
    found
}

/// The letter of the other script that looks the same, if there is one.
fn look_alike(ch: char) -> Option<char> {
    super::damage::LOOK_ALIKES.iter().find_map(|&(latin, cyrillic)| match ch {
        c if c == latin => Some(cyrillic),
        c if c == cyrillic => Some(latin),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin_letter_in_a_cyrillic_word_is_found_with_its_look_alike() {
        let found = mixed_script_letters("Серiк Aйгерим AMANAT Respublica «Amаnat» 15-ші", Lang::Kk);
        let letters: Vec<(char, &str)> = found.iter().map(|(_, c, s, _)| (*c, *s)).collect();
        assert_eq!(letters, [('i', "Latin"), ('A', "Latin"), ('а', "Cyrillic")]);
        assert_eq!(look_alike('i'), Some('і'));
        assert_eq!(look_alike('а'), Some('a'));
        assert_eq!(look_alike('Ж'), None);
        // Wholly Latin and wholly Cyrillic words pass.
        assert!(mixed_script_letters("«AMANAT» партиясы, Respublica", Lang::Ru).is_empty());
    }

    #[test]
    fn texts_are_read_as_nfc() {
        use crate::testing::{corpus_base, load_texts};
        let decomposed = "национальныи\u{306}";
        let ballot = corpus_base("ballot.yaml").replace("ru: Кандидаты }", &format!("ru: Кандидаты {decomposed} }}"));
        let loaded = load_texts(&corpus_base("election.yaml"), &ballot);
        let title = loaded.elections[0].ballots[0].contest.title.get(Lang::Ru).to_owned();
        assert!(title.ends_with("национальный") && title.chars().count() == "Кандидаты национальный".chars().count(), "{title:?}");
    }
}
