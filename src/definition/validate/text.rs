//! Text rules: every language present, read as NFC, one line, printable,
//! never a YAML null, at least one letter or digit, no word mixing Latin and
//! Cyrillic letters, and every character translatable to braille and speakable
//! by the language's voice.

use unicode_normalization::UnicodeNormalization;

use crate::util::chars::Script;
use crate::diag::{closest, FieldPath, Position};
use crate::util::fonts;
use crate::i18n::Message;
use crate::model::{Lang, Text};
use crate::msg;

use super::super::raw::RawText;
use super::damage::code_point;
use super::{Checker, MAX_TEXT_CHARS};

impl Checker<'_> {
    /// A text in every language, each non-empty, one line, printable.
    pub fn text(&mut self, path: &FieldPath, raw: &RawText, languages: &[Lang]) -> Option<Text> {
        let mut ok = true;
        let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
        for (key, value) in raw {
            if !codes.contains(&key.as_str()) {
                ok = false;
                self.not_a_language(path, raw, key, value, &codes);
            }
        }
        let listed = codes.join(", ");
        let mut texts = Vec::new();
        for &lang in languages {
            let field = path.key(lang.code());
            let Some(value) = raw.get(lang.code()) else {
                ok = false;
                let hint = match raw.keys().find(|k| latin_typed(k) == lang.code()) {
                    Some(typed) => msg!("text-key-in-cyrillic-hint", key = typed, code = lang.code()),
                    None => msg!("text-missing-language-hint", languages = &listed),
                };
                self.error(path, msg!("text-missing-language", lang = lang.code()), Some(hint));
                continue;
            };
            if self.spans.is_null(&field) {
                ok = false;
                let written = value.trim();
                let hint = if written == "~" {
                    msg!("text-null-tilde-hint")
                } else {
                    msg!("text-null-word-hint", lang = lang.code(), written = written)
                };
                self.error(&field, msg!("text-null", lang = lang.code(), written = written), Some(hint));
                continue;
            }
            // Read as NFC: a decomposed `й` (и + U+0306) is the same letter as a composed one.
            let value: String = value.trim().nfc().collect();
            let value = value.as_str();
            if value.is_empty() {
                ok = false;
                let hint = if self.written_value(&field).starts_with(['"', '\'']) {
                    msg!("text-empty-quotes-hint")
                } else {
                    msg!("text-empty-hint", lang = lang.code())
                };
                self.error(&field, msg!("text-empty", lang = lang.code()), Some(hint));
                continue;
            }
            let length = value.chars().count();
            if length > MAX_TEXT_CHARS {
                ok = false;
                self.error(
                    &field,
                    msg!("text-too-long", lang = lang.code(), count = length, max = MAX_TEXT_CHARS),
                    Some(msg!("text-too-long-hint")),
                );
                continue;
            }
            if let Some(position) = self.spans.comment_after(&field) {
                ok = false;
                let mut d = self.diag_at(position, &field, msg!("text-cut-by-comment", lang = lang.code(), value = format!("{value:?}")));
                d.hint = Some(msg!("text-cut-by-comment-hint", example = format!("{lang}: \"{value} #...\"")));
                self.push(d);
                continue;
            }
            ok &= self.characters(&field, value) && self.words(&field, value, lang) && self.braille(&field, value, lang) && self.speakable(&field, value, lang);
            texts.push((lang, value.to_owned()));
        }
        ok.then_some(Text(texts))
    }

    /// An error for a text under `key`, which is not one of the election's
    /// languages (`codes`), with the hint that fits what was written.
    fn not_a_language(&mut self, path: &FieldPath, raw: &RawText, key: &str, value: &str, codes: &[&str]) {
        let field = path.key(key);
        let listed = codes.join(", ");
        let typed = latin_typed(key);
        let at = self.spans.key(&field);
        // `{ kk: Иә, қабылдаймын, ru: ... }`: the words after a comma become a
        // key of their own, with nothing after them (a key written with its
        // colon, `de:`, was not cut off).
        let written = &self.source.text[self.source.offset_of(at)..];
        let with_colon = written.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(':'));
        let cut = |k: &str, v: &str| v.trim().is_empty() && Lang::from_code(k).is_none() && Lang::from_code(&latin_typed(k)).is_none();
        let hint = if cut(key, value) && !with_colon {
            // The text the commas cut: the language's text before this key on
            // the same line, and every word cut off after it.
            let mut line: Vec<(Position, &String, &String)> = raw
                .iter()
                .map(|(k, v)| (self.spans.key(&path.key(k)), k, v))
                .filter(|(p, _, _)| p.line == at.line)
                .collect();
            line.sort();
            let i = line.iter().position(|(_, k, _)| k.as_str() == key).unwrap_or_default();
            let start = (0..i).rev().find(|&j| !cut(line[j].1, line[j].2)).filter(|&j| Lang::from_code(line[j].1).is_some());
            let end = (i + 1..line.len()).find(|&j| !cut(line[j].1, line[j].2)).unwrap_or(line.len());
            match start {
                Some(start) => {
                    let words: Vec<&str> = std::iter::once(line[start].2.trim()).chain(line[start + 1..end].iter().map(|(_, k, _)| k.as_str())).collect();
                    Some(msg!("text-cut-at-comma-hint", example = format!("{}: \"{}\"", line[start].1, words.join(", "))))
                }
                None if !key.is_ascii() || key.contains(' ') => Some(msg!("text-cut-at-comma-plain-hint")),
                None => None,
            }
        } else {
            None
        };
        if let Some(hint) = hint {
            self.error_at_key(&field, msg!("text-cut-at-comma", key = key), Some(hint));
            return;
        }
        let hint = match Lang::from_code(key) {
            Some(_) => msg!("text-not-a-language-add-hint", key = key, languages = &listed),
            None if Lang::from_code(&typed).is_some() => msg!("text-key-in-cyrillic-hint", key = key, code = typed),
            None if !key.is_ascii() => msg!("text-code-in-latin-letters-hint", languages = &listed),
            None => match closest(key, codes.iter().copied()) {
                Some(code) => msg!("text-did-you-mean-language-hint", code = code, languages = &listed),
                None => msg!("text-unknown-language-hint", languages = &listed),
            },
        };
        self.error_at_key(&field, msg!("text-not-a-language", key = key), Some(hint));
    }

    /// The source from where a field's value starts to the end of that line.
    fn written_value(&self, path: &FieldPath) -> &str {
        let from = self.source.offset_of(self.spans.value(path));
        self.source.text[from..].lines().next().unwrap_or("")
    }

    /// The indicator of a block value (`|` or `>`, from `kk: |` or `kk: >-`),
    /// written between the field's key and the value's first line.
    fn block_indicator(&self, path: &FieldPath) -> Option<char> {
        let (key, value) = (self.source.offset_of(self.spans.key(path)), self.source.offset_of(self.spans.value(path)));
        let between = self.source.text.get(key..value)?;
        let (_, after_colon) = between.split_once(':')?;
        after_colon.trim_start().chars().next().filter(|c| matches!(c, '|' | '>'))
    }

    /// Rejects control characters and characters no bundled font can print.
    pub(super) fn characters(&mut self, path: &FieldPath, value: &str) -> bool {
        for ch in value.chars() {
            if ch.is_control() {
                let written = self.written_value(path);
                // In double quotes, `\t`, `\n`, `\a` ... write such characters.
                let escaped = written.starts_with('"') && written.contains('\\');
                let block = self.block_indicator(path);
                let (message, hint) = match ch {
                    _ if escaped => (control_message(ch), msg!("text-escape-hint")),
                    '\n' if block == Some('|') => (msg!("text-line-break"), msg!("text-line-break-literal-hint")),
                    '\n' if block == Some('>') => (msg!("text-line-break"), msg!("text-line-break-folded-hint")),
                    '\n' => (msg!("text-line-break"), msg!("text-line-break-hint")),
                    '\t' => (msg!("text-tab"), msg!("text-tab-hint")),
                    _ => (control_message(ch), msg!("text-control-character-hint")),
                };
                self.error(path, message, Some(hint));
                return false;
            }
            if !fonts::is_printable(ch) {
                self.error_at_char(
                    path,
                    ch,
                    msg!("text-unprintable", char = format!("{ch:?}"), code = code_point(ch)),
                    Some(msg!("text-unprintable-hint")),
                );
                return false;
            }
        }
        true
    }

    /// A text has a letter or digit, and no word mixes Latin and Cyrillic letters.
    pub(super) fn words(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
        if !value.chars().any(crate::util::chars::is_alphanumeric) {
            self.error(
                path,
                msg!("text-no-letter", lang = lang.code(), value = format!("{value:?}")),
                Some(msg!("text-no-letter-hint")),
            );
            return false;
        }
        let mut ok = true;
        for (word, ch, found, _) in mixed_script_letters(value, lang) {
            ok = false;
            let (letter, code, word) = (format!("{ch:?}"), code_point(ch), format!("{word:?}"));
            let twin = look_alike(ch).map(|t| (format!("{t:?}"), code_point(t)));
            let (message, hint) = if found == Script::Latin {
                let message = match twin {
                    Some((twin, twin_code)) => msg!("text-latin-in-cyrillic-word", letter = letter, code = code, word = word, twin = twin, twin_code = twin_code),
                    None => msg!("text-latin-in-cyrillic-word-plain", letter = letter, code = code, word = word),
                };
                (message, msg!("text-latin-in-cyrillic-word-hint"))
            } else {
                let message = match twin {
                    Some((twin, twin_code)) => msg!("text-cyrillic-in-latin-word", letter = letter, code = code, word = word, twin = twin, twin_code = twin_code),
                    None => msg!("text-cyrillic-in-latin-word-plain", letter = letter, code = code, word = word),
                };
                (message, msg!("text-cyrillic-in-latin-word-hint"))
            };
            self.error_at_char(path, ch, message, Some(hint));
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
            |char, code| msg!("text-no-braille", char = char, code = code, lang = lang.code(), table = table),
            || msg!("text-no-braille-hint"),
        );
        for (quote, opens) in crate::braille::misdirected_quotes(value, lang) {
            ok = false;
            let (quote_text, code) = (format!("{quote:?}"), lang.code());
            let message = if opens {
                msg!("text-quote-opens-reversed", quote = quote_text, lang = code, table = table)
            } else {
                msg!("text-quote-closes-reversed", quote = quote_text, lang = code, table = table)
            };
            self.error_at_char(path, quote, message, Some(msg!("text-quote-hint")));
        }
        ok
    }

    /// Every character must be speakable by the language's voice.
    pub(super) fn speakable(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
        self.reject_chars(
            path,
            &crate::speech::unspeakable(value, lang),
            |char, code| msg!("text-unspeakable", char = char, code = code, lang = lang.code()),
            || msg!("text-unspeakable-hint"),
        )
    }

    /// An error at each rejected character, `message` given the character
    /// (quoted) and its code point; true when there are none.
    fn reject_chars(&mut self, path: &FieldPath, rejected: &[char], message: impl Fn(String, String) -> Message, hint: impl Fn() -> Message) -> bool {
        for &ch in rejected {
            self.error_at_char(path, ch, message(format!("{ch:?}"), code_point(ch)), Some(hint()));
        }
        rejected.is_empty()
    }
}

/// The message naming a control character.
fn control_message(ch: char) -> Message {
    match ch {
        '\n' => msg!("text-line-break"),
        '\t' => msg!("text-tab"),
        _ => msg!("text-control-character", code = code_point(ch)),
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

/// The letters of `value` that sit in a word of the other script: (word,
/// letter, its script, the word's script). A word's script is that of most of
/// its letters; on a tie, Cyrillic in Kazakh and Russian text, else Latin.
fn mixed_script_letters(value: &str, lang: Lang) -> Vec<(String, char, Script, Script)> {
    let mut found = Vec::new();
    for word in value.split(|c: char| !(crate::util::chars::is_alphanumeric(c) || crate::util::chars::is_combining_mark(c))) {
        let (mut latin, mut cyrillic) = (0, 0);
        for ch in word.chars() {
            match crate::util::chars::script(ch) {
                Script::Latin => latin += 1,
                Script::Cyrillic => cyrillic += 1,
                Script::Other => {}
            }
        }
        if latin == 0 || cyrillic == 0 {
            continue;
        }
        let word_script = if cyrillic > latin || (cyrillic == latin && lang != Lang::En) { Script::Cyrillic } else { Script::Latin };
        for ch in word.chars() {
            let script = crate::util::chars::script(ch);
            if script != Script::Other && script != word_script {
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
        let letters: Vec<(char, Script)> = found.iter().map(|(_, c, s, _)| (*c, *s)).collect();
        assert_eq!(letters, [('i', Script::Latin), ('A', Script::Latin), ('а', Script::Cyrillic)]);
        assert_eq!(look_alike('i'), Some('і'));
        assert_eq!(look_alike('а'), Some('a'));
        assert_eq!(look_alike('Ж'), None);
        // Wholly Latin and wholly Cyrillic words pass.
        assert!(mixed_script_letters("«AMANAT» партиясы, Respublica", Lang::Ru).is_empty());
    }

    /// The errors (message and hint, in English) for the base ballot with
    /// `from` replaced by `to`.
    fn errors(from: &str, to: &str) -> Vec<(String, String)> {
        use crate::dev::testing::corpus_base;
        let ballot = corpus_base("ballot.yaml");
        assert!(ballot.contains(from), "{from}");
        let loaded = crate::definition::load_from_texts(&corpus_base("election.yaml"), &[("b.yaml", &ballot.replace(from, to))]);
        loaded.diagnostics.0.iter().filter(|d| d.is_error()).map(|d| (d.message.to_string(), d.hint.as_ref().map(ToString::to_string).unwrap_or_default())).collect()
    }

    #[test]
    fn a_text_cut_at_commas_is_shown_whole_in_quotes() {
        let found = errors("{ kk: Кандидаттар, ru: Кандидаты }", "{ kk: Иә, мен, келісемін, ru: Кандидаты }");
        assert_eq!(found.len(), 2, "{found:?}");
        for word in ["мен", "келісемін"] {
            let message = format!("a comma cut the text short: `{word}` was read as a language code");
            let (_, hint) = found.iter().find(|(m, _)| *m == message).unwrap_or_else(|| panic!("{message}: {found:?}"));
            assert!(hint.ends_with("e.g. `kk: \"Иә, мен, келісемін\"`"), "{hint}");
        }
        // A language the election does not have, a typo and a code in Cyrillic letters.
        let hint = |to: &str| errors("ru: Кандидаты }", to)[0].1.clone();
        assert_eq!(hint("ru: Кандидаты, de: Kandidaten }"), "the election's languages are kk, ru: remove this text");
        assert!(hint("ru: Кандидаты, en: Candidates }").contains("add `en` to `languages`"));
        assert!(hint("ru: Кандидаты, рус: Кандидаты }").starts_with("language codes are written in Latin letters"));
        assert!(hint("ru: Кандидаты, kz: Кандидаттар }").starts_with("did you mean `kk`?"));
    }

    #[test]
    fn control_characters_are_named_with_the_hint_for_how_they_were_written() {
        let instructions = "instructions: { kk: Белгі қойыңыз, ru: Поставьте отметку }";
        let found = |to: &str| errors(instructions, to)[0].clone();
        let (message, hint) = found("instructions:\n    kk: |\n      Белгі\n      қойыңыз\n    ru: Поставьте отметку");
        assert!(message.contains("more than one line") && hint.starts_with("write `>` instead of `|`"), "{message} / {hint}");
        let (message, hint) = found("instructions: { kk: Белгі қойыңыз, ru: \"Поставьте\\tотметку\" }");
        assert!(message.contains("tab") && hint.starts_with("inside double quotes, a `\\`"), "{message} / {hint}");
        let (message, hint) = found("instructions: { kk: Белгі қойыңыз, ru: Поставьте\tотметку }");
        assert!(message.contains("tab") && hint == "replace the tab with a space", "{message} / {hint}");
        let (message, hint) = found("instructions: { kk: Белгі қойыңыз, ru: \"Поставьте\\aотметку\" }");
        assert!(message.ends_with("(U+0007)") && hint.starts_with("inside double quotes"), "{message} / {hint}");
    }

    #[test]
    fn empty_and_null_texts_get_the_hint_for_what_was_written() {
        let instructions = "instructions: { kk: Белгі қойыңыз, ru: Поставьте отметку }";
        let found = |to: &str| errors(instructions, to)[0].clone();
        assert_eq!(found("instructions: { kk: Белгі қойыңыз, ru: \"  \" }").1, "there is no text between the quotes: write it there");
        assert_eq!(found("instructions:\n    kk: Белгі қойыңыз\n    ru:").1, "write the text after `ru:`");
        assert_eq!(found("instructions: { kk: Белгі қойыңыз, ru: ~ }").1, "write the text in place of `~`");
        assert!(found("instructions: { kk: Белгі қойыңыз, ru: NULL }").1.ends_with("`ru: \"NULL\"`"));
    }

    #[test]
    fn texts_are_read_as_nfc() {
        use crate::dev::testing::{corpus_base, load_texts};
        let decomposed = "национальныи\u{306}";
        let ballot = corpus_base("ballot.yaml").replace("ru: Кандидаты }", &format!("ru: Кандидаты {decomposed} }}"));
        let loaded = load_texts(&corpus_base("election.yaml"), &ballot);
        let title = loaded.elections[0].ballots[0].contest.title.get(Lang::Ru).to_owned();
        assert!(title.ends_with("национальный") && title.chars().count() == "Кандидаты национальный".chars().count(), "{title:?}");
    }
}
