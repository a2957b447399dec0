//! Text damaged on its way from a spreadsheet or a keyboard: letters lost to
//! an encoding (`Н?ржан`), spreadsheet error values (`#N/A`), whole words
//! typed in Latin look-alike letters (`TOKTAPOBA`), and Kazakh written in the
//! Latin alphabet (`Qasym`, `ğ`), which neither the braille table nor the
//! voice reads. Each finding names the text to point at, what is wrong and
//! what to do; the braille and the voice would otherwise carry the damage to
//! a voter.

use crate::i18n::Message;
use crate::model::Lang;
use crate::msg;


/// One piece of damage in a text.
#[derive(Debug, PartialEq)]
pub(super) struct Damage {
    /// The written text to point at (its first occurrence is located).
    pub at: String,
    pub message: Message,
    pub hint: Message,
}

/// Every piece of damage in `value`, a text in `lang`; `is_lexicon_word`
/// says whether the election's lexicon names a word (a deliberate Latin word).
pub(super) fn damage(value: &str, lang: Lang, is_lexicon_word: &dyn Fn(&str) -> bool) -> Vec<Damage> {
    let mut found = Vec::new();
    lost_letters(value, &mut found);
    spreadsheet_errors(value, &mut found);
    if lang != Lang::En {
        found.extend(greek_letter(value, lang));
        // The words of an error value already found (`#N/A`) are not words.
        let mut value = value.to_owned();
        for d in &found {
            value = value.replace(&d.at, " ");
        }
        // Runs of text without spaces (`e-mail`, `src=x`, `www.site.kz`): a
        // look-alike word joined to a real Latin word is part of a Latin
        // phrase, not Cyrillic typed on the wrong layout.
        let is_real_latin = |w: &str| w.chars().any(char::is_alphabetic) && w.chars().all(|c| crate::util::chars::script(c) != crate::util::chars::Script::Cyrillic) && look_alike_word(w, lang).is_none();
        let joined_to_latin: std::collections::HashSet<&str> = value
            .split_whitespace()
            .filter(|run| words(run).any(is_real_latin))
            .flat_map(words)
            .collect();
        for word in words(&value) {
            let suspect = latin_kazakh(word).or_else(|| look_alike_word(word, lang).filter(|_| !joined_to_latin.contains(word)));
            // The lexicon is asked only about a suspect word: it may be large.
            if let Some(d) = suspect.filter(|_| !is_lexicon_word(word)) {
                found.push(d);
            }
        }
    }
    found
}

/// Words: runs of letters and digits (with combining marks).
fn words(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(|c: char| !(crate::util::chars::is_alphanumeric(c) || crate::util::chars::is_combining_mark(c)))
        .filter(|w| !w.is_empty())
}

/// `?` where a letter was (a file saved in an encoding without the letter:
/// Excel's Russian "CSV" turns every Kazakh letter into `?`), the Unicode
/// replacement character, and UTF-8 read as Windows-1251 or Latin-1.
fn lost_letters(value: &str, found: &mut Vec<Damage>) {
    let chars: Vec<char> = value.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let letter_next = next.is_some_and(crate::util::chars::is_alphanumeric);
        // Two `?` together, or a `?` standing alone as a word, is a lost letter too.
        let alone = previous.is_none_or(char::is_whitespace) && next.is_none_or(char::is_whitespace);
        // A `?` before a comma or semicolon ends no question: `ауданыны?,`.
        let before_comma = previous.is_some_and(crate::util::chars::is_alphanumeric) && matches!(next, Some(',' | ';'));
        let in_word = letter_next || next == Some('?') || (alone && chars.len() > 1) || before_comma;
        // `?` then a lowercase word goes on a sentence a question cannot end.
        let lowercase_after = chars[i + 1..].iter().find(|c| !c.is_whitespace()).is_some_and(|c| c.is_lowercase())
            && next.is_some_and(char::is_whitespace);
        if c == '?' && (in_word || lowercase_after) {
            let word: String = word_around(&chars, i);
            let message = if word == "?" {
                msg!("text-lost-character-alone")
            } else if word.chars().all(|c| c == '?') {
                msg!("text-lost-letters-word", word = format!("{word:?}"))
            } else {
                msg!("text-lost-letter", word = format!("{word:?}"))
            };
            found.push(Damage { at: word, message, hint: msg!("text-lost-letter-hint") });
            return;
        }
        if c == '\u{FFFD}' {
            found.push(Damage {
                at: c.to_string(),
                message: msg!("text-replacement-character"),
                hint: msg!("text-replacement-character-hint"),
            });
            return;
        }
        // UTF-8 bytes read one by one: `Р°` for `а` in Windows-1251, `Ð°` in Latin-1.
        let mojibake = match (c, next) {
            ('Р' | 'С', Some(n)) if "ЂЃ‚ѓ…†‡€‰Љ‹ЊЌЋЏђ•™љ›њќћџЎўЈ¤Ґ¦§©Є¬®Ї°±ґµ¶·єјЅѕї".contains(n) => Some("Windows-1251"),
            ('Ð' | 'Ñ', Some(n)) if ('\u{80}'..='\u{BF}').contains(&n) => Some("Latin-1"),
            _ => None,
        };
        if let Some(encoding) = mojibake {
            let pair: String = chars[i..i + 2].iter().collect();
            found.push(Damage {
                message: msg!("text-mojibake", pair = format!("{pair:?}"), encoding = encoding),
                hint: msg!("text-mojibake-hint"),
                at: pair,
            });
            return;
        }
    }
}

/// The word around position `i` (letters, digits and `?`).
fn word_around(chars: &[char], i: usize) -> String {
    let part = |c: &char| crate::util::chars::is_alphanumeric(*c) || *c == '?';
    let start = chars[..i].iter().rposition(|c| !part(c)).map_or(0, |p| p + 1);
    let end = chars[i..].iter().position(|c| !part(c)).map_or(chars.len(), |p| i + p);
    chars[start..end].iter().collect()
}

/// A spreadsheet's error value pasted as text: `#N/A`, `#REF!`, `#ЗНАЧ!`,
/// `#ИМЯ?`, or the `###` of a cell too narrow for its number.
fn spreadsheet_errors(value: &str, found: &mut Vec<Damage>) {
    if value.contains("###") {
        found.push(Damage {
            at: "###".into(),
            message: msg!("text-narrow-cell"),
            hint: msg!("text-narrow-cell-hint"),
        });
    }
    // LibreOffice writes its errors as `Err:502` (`Ошибка:502` in Russian).
    for word in ["Err:", "Ошибка:"] {
        for (at, _) in value.match_indices(word) {
            let digits: String = value[at + word.len()..].chars().take_while(char::is_ascii_digit).collect();
            if digits.len() == 3 {
                let shown = format!("{word}{digits}");
                found.push(error_value(shown));
            }
        }
    }
    for (at, _) in value.match_indices('#') {
        let rest = &value[at + 1..];
        let body: String = rest.chars().take_while(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '_')).collect();
        let end = rest[body.len()..].chars().next();
        let is_error = !body.is_empty()
            && body.chars().any(char::is_uppercase)
            && (matches!(end, Some('!' | '?')) || ["N/A", "Н/Д", "GETTING_DATA"].contains(&body.as_str()));
        if is_error {
            let shown = format!("#{body}{}", end.filter(|c| matches!(c, '!' | '?')).map(String::from).unwrap_or_default());
            found.push(error_value(shown));
        }
    }
}

/// The damage of a spreadsheet's error value, as `shown`.
fn error_value(shown: String) -> Damage {
    Damage {
        message: msg!("text-spreadsheet-error", value = &shown),
        hint: msg!("text-spreadsheet-error-hint"),
        at: shown,
    }
}

/// Letters of the Latin Kazakh alphabets (2018 and 2021) and their Cyrillic letters.
const LATIN_KAZAKH: &[(char, char)] = &[
    ('ä', 'ә'), ('Ä', 'Ә'), ('á', 'ә'), ('Á', 'Ә'), ('ğ', 'ғ'), ('Ğ', 'Ғ'), ('ǵ', 'ғ'), ('Ǵ', 'Ғ'), ('ı', 'ы'), ('İ', 'І'),
    ('ñ', 'ң'), ('Ñ', 'Ң'), ('ń', 'ң'), ('Ń', 'Ң'), ('ö', 'ө'), ('Ö', 'Ө'), ('ó', 'ө'), ('Ó', 'Ө'), ('ş', 'ш'), ('Ş', 'Ш'),
    ('ū', 'ұ'), ('Ū', 'Ұ'), ('ü', 'ү'), ('Ü', 'Ү'), ('ú', 'ү'), ('Ú', 'Ү'), ('ý', 'у'), ('Ý', 'У'),
];

/// A word of Kazakh in the Latin alphabet: one of its letters (`ğ`, `ş`), or
/// a `q` not followed by `u` (`Qasym`, `Toqaev`; English `qu` aside).
fn latin_kazakh(word: &str) -> Option<Damage> {
    if let Some(&(latin, cyrillic)) = word.chars().find_map(|c| LATIN_KAZAKH.iter().find(|(l, _)| *l == c)) {
        return Some(Damage {
            at: latin.to_string(),
            message: msg!("text-latin-kazakh-letter", letter = format!("{latin:?}"), word = format!("{word:?}"), cyrillic = format!("{cyrillic:?}")),
            hint: msg!("text-latin-kazakh-hint"),
        });
    }
    let chars: Vec<char> = word.chars().collect();
    let latin = chars.iter().all(|c| crate::util::chars::script(*c) != crate::util::chars::Script::Cyrillic);
    let q = chars.iter().enumerate().any(|(i, c)| matches!(c, 'q' | 'Q') && !chars.get(i + 1).is_some_and(|n| matches!(n, 'u' | 'U')));
    // A short abbreviation in capitals (`QR`) is not a Kazakh word.
    let abbreviation = chars.len() <= 3 && chars.iter().all(|c| c.is_uppercase());
    (latin && q && !abbreviation).then(|| Damage {
        at: word.into(),
        message: msg!("text-latin-kazakh-q", word = format!("{word:?}")),
        hint: msg!("text-latin-kazakh-q-hint"),
    })
}

/// Greek letters that look like Cyrillic ones (pasted from a PDF or a Greek
/// layout: the braille tables and the voices read them as Greek).
const GREEK_LOOK_ALIKES: &[(char, char)] = &[
    ('Α', 'А'), ('Β', 'В'), ('Ε', 'Е'), ('Η', 'Н'), ('Ι', 'І'), ('Κ', 'К'), ('Μ', 'М'), ('Ν', 'Н'), ('Ο', 'О'), ('Ρ', 'Р'),
    ('Τ', 'Т'), ('Υ', 'У'), ('Χ', 'Х'), ('Φ', 'Ф'), ('Π', 'П'), ('Γ', 'Г'), ('Λ', 'Л'), ('α', 'а'), ('ε', 'е'), ('ο', 'о'),
    ('ρ', 'р'), ('κ', 'к'), ('τ', 'т'), ('υ', 'у'), ('χ', 'х'), ('ν', 'и'), ('π', 'п'), ('γ', 'г'), ('λ', 'л'), ('μ', 'м'),
];

/// A Greek letter in Kazakh or Russian text, with its Cyrillic look-alike.
fn greek_letter(value: &str, lang: Lang) -> Option<Damage> {
    let greek = value.chars().find(|c| ('\u{370}'..='\u{3FF}').contains(c) || ('\u{1F00}'..='\u{1FFF}').contains(c))?;
    let (letter, code, lang) = (format!("{greek:?}"), code_point(greek), lang.code());
    let message = match GREEK_LOOK_ALIKES.iter().find(|(g, _)| *g == greek) {
        Some((_, twin)) => msg!("text-greek-letter", letter = letter, code = code, lang = lang, twin = format!("{twin:?}")),
        None => msg!("text-greek-letter-plain", letter = letter, code = code, lang = lang),
    };
    Some(Damage { at: greek.to_string(), message, hint: msg!("text-greek-letter-hint") })
}

/// Latin letters that look like Cyrillic ones, and those Cyrillic letters.
pub(super) const LOOK_ALIKES: &[(char, char)] = &[
    ('A', 'А'), ('B', 'В'), ('C', 'С'), ('E', 'Е'), ('H', 'Н'), ('I', 'І'), ('K', 'К'), ('M', 'М'), ('O', 'О'),
    ('P', 'Р'), ('T', 'Т'), ('X', 'Х'), ('Y', 'У'), ('a', 'а'), ('c', 'с'), ('e', 'е'), ('h', 'һ'), ('i', 'і'),
    ('o', 'о'), ('p', 'р'), ('x', 'х'), ('y', 'у'),
];

/// A wholly Latin word in Kazakh or Russian text made only of letters that
/// have Cyrillic twins (`TOKTAPOBA`, `Aca`, a Latin `c` for the preposition
/// `с`): typed on the wrong keyboard layout; the braille and the voice read it
/// as Latin. A Roman numeral (`XXI`) is Latin on purpose.
fn look_alike_word(word: &str, lang: Lang) -> Option<Damage> {
    // `I`, `i` and `h` look like Kazakh letters, which Russian does not have:
    // a Russian word with them was not typed in look-alikes (`IT`, `KPI`).
    if lang == Lang::Ru && word.contains(['I', 'i', 'h']) {
        return None;
    }
    let cyrillic: Option<String> = word.chars().map(|c| LOOK_ALIKES.iter().find(|(l, _)| *l == c).map(|(_, cy)| *cy)).collect();
    let cyrillic = cyrillic?;
    if crate::speech::expand::roman_value(word).is_some() {
        return None;
    }
    Some(Damage {
        at: word.into(),
        message: msg!("text-look-alike-word", word = format!("{word:?}"), cyrillic = format!("{cyrillic:?}")),
        hint: msg!("text-look-alike-word-hint"),
    })
}

/// A character's code point as `U+0430`.
pub(super) fn code_point(ch: char) -> String {
    format!("U+{:04X}", ch as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(value: &str, lang: Lang) -> Vec<String> {
        damage(value, lang, &|w| w == "TOYOTA").into_iter().map(|d| d.at).collect()
    }

    #[test]
    fn lost_letters_are_found() {
        assert_eq!(found("Н?ржан М?рат?лы", Lang::Kk), ["Н?ржан"]);
        assert_eq!(found("?лиев Ғани", Lang::Kk), ["?лиев"]);
        assert_eq!(found("Ақ жол партиясы?? жоқ", Lang::Kk), ["партиясы??"]);
        assert_eq!(found("Сен келісесің бе? иә", Lang::Kk), ["бе?"]);
        assert_eq!(found("Жаңа нұсқаны қабылдайсыз ба?", Lang::Kk), Vec::<String>::new());
        assert_eq!(found("Вы согласны? Да или нет", Lang::Ru), Vec::<String>::new());
        assert_eq!(found("?????? ????", Lang::Kk), ["??????"]);
        assert_eq!(found("Иванов ? Петров", Lang::Ru), ["?"]);
        assert_eq!(found("Али\u{FFFD}в", Lang::Ru), ["\u{FFFD}"]);
        assert_eq!(found("РђР»РёРµРІ", Lang::Ru), ["Рђ"]);
        assert_eq!(found("Р°Р»РёРµРІ", Lang::Ru), ["Р°"]);
        assert_eq!(found("РўРѕРєРёРЅ Р…", Lang::Ru), ["Рў"]);
        // Real words: Kazakh `Сіз`, a closing guillemet after `Р`, one `Рё`.
        assert!(found("Сіз «ЖСДП-Р» партиясы", Lang::Kk).is_empty() && found("Рёдер", Lang::Ru).is_empty());
        assert!(found("директор ТОО «КАЗАХМЫС», член ОО «БАРЫС»", Lang::Ru).is_empty());
        assert_eq!(found("Мерке ауданыны?, Жамбыл", Lang::Kk), ["ауданыны?"]);
        assert_eq!(found("Ð\u{90}Ð»Ð¸", Lang::Ru), ["Ð\u{90}"]);
        // Ordinary Cyrillic "Р" and "С" before letters are fine.
        assert!(found("Республика Сарыарқа, РК, СССР", Lang::Ru).is_empty());
    }

    #[test]
    fn spreadsheet_error_values_are_found() {
        for value in ["#N/A", "#Н/Д", "#REF!", "#ЗНАЧ!", "#ДЕЛ/0!", "#ИМЯ?", "#VALUE!", "#DIV/0!", "#NAME?", "#ПУСТО!", "Иванов #ССЫЛКА!"] {
            assert_eq!(found(value, Lang::Ru).len(), 1, "{value}");
        }
        assert!(found("учитель школы #12, г. Тараз", Lang::Ru).is_empty());
        assert!(found("школа #Дарын", Lang::Ru).is_empty());
        assert_eq!(found("Err:502", Lang::Ru), ["Err:502"]);
        assert_eq!(found("Иванов Ошибка:504", Lang::Ru), ["Ошибка:504"]);
        assert_eq!(found("Иванов ########", Lang::Ru), ["###"]);
    }

    #[test]
    fn look_alike_words_are_found_with_their_cyrillic_spelling() {
        let d = damage("TOKTAPOBA Айгерим", Lang::Ru, &|_| false);
        assert_eq!(d[0].message.to_string(), "\"TOKTAPOBA\" is typed in Latin letters that look like Cyrillic ones: did you mean \"ТОКТАРОВА\"?");
        assert_eq!(found("Aca Бекқызы", Lang::Kk), ["Aca"]);
        assert_eq!(found("c 1975 года", Lang::Ru), ["c"]);
        // Real Latin words, Roman numerals, lexicon words and English text pass.
        assert!(found("«AMANAT» партиясы, Respublica, XXI ғасыр, IV съезд, TOYOTA", Lang::Kk).is_empty());
        assert!(found("TOKTAPOBA", Lang::En).is_empty());
        assert_eq!(found("C M CM", Lang::Ru), ["C", "M", "CM"]);
        // Joined to a real Latin word, a look-alike word is part of a Latin phrase;
        // beside one across a space, it is not.
        assert!(found("e-mail, <img src=x onerror=alert(1)>", Lang::Ru).is_empty());
        assert_eq!(found("директор TOO «Baiterek»", Lang::Ru), ["TOO"]);
        // Russian has no `І`: words with `I` are Latin (`IT`, `KPI`); Kazakh has.
        assert!(found("IT-специалист, KPI", Lang::Ru).is_empty());
        assert_eq!(found("IT маманы", Lang::Kk), ["IT"]);
        // Greek look-alikes.
        assert_eq!(found("ΤΟΚΤΑΡΟΒΑ Айгерим", Lang::Ru), ["Τ"]);
        assert_eq!(found("TOKTAPOBA Aca Бекқызы", Lang::Kk), ["TOKTAPOBA", "Aca"]);
    }

    #[test]
    fn latin_kazakh_is_found() {
        assert_eq!(found("Qasym Toqaev", Lang::Kk), ["Qasym", "Toqaev"]);
        assert_eq!(found("Nurlan Ädilov", Lang::Kk), ["Ä"]);
        assert!(found("Quantum", Lang::Ru).is_empty());
        assert_eq!(found("şeker", Lang::Ru), ["ş"]);
        assert!(found("Qasym", Lang::En).is_empty());
        assert!(found("QR-код", Lang::Ru).is_empty());
    }

    #[test]
    fn roman_numerals() {
        for (word, yes) in [("XXI", true), ("IV", true), ("XIX", true), ("MCMXC", true), ("IIII", false), ("VX", false), ("C", false), ("CM", false), ("XXX", true)] {
            assert_eq!(crate::speech::expand::roman_value(word).is_some(), yes, "{word}");
        }
    }
}
