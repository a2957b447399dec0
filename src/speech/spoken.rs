//! From written text to what the voice is given: what is written short in
//! words (`expand`), the election's lexicon, then fixes for what espeak-ng
//! reads badly on ballots. Applied to speech only;
//! transcripts and tags keep the written form.

use crate::model::{Lang, Lexicon};

/// How the voice of `lang` should say the `№` sign.
fn number_sign(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "нөмір",
        Lang::Ru => "номер",
        Lang::En => "number",
    }
}

/// Kazakh letters a Russian voice cannot say (it spells their Unicode names),
/// as the Russian letters a Russian reader would use.
fn kazakh_in_russian(c: char) -> Option<&'static str> {
    Some(match c {
        'ә' => "а",
        'Ә' => "А",
        'ғ' => "г",
        'Ғ' => "Г",
        'қ' => "к",
        'Қ' => "К",
        'ң' => "н",
        'Ң' => "Н",
        'ө' => "о",
        'Ө' => "О",
        'ұ' | 'ү' => "у",
        'Ұ' | 'Ү' => "У",
        'һ' => "х",
        'Һ' => "Х",
        'і' => "и",
        'І' => "И",
        _ => return None,
    })
}

/// Latin letters as Cyrillic, so a Kazakh or Russian voice reads a Latin party
/// name (`Respublica`) in its own language instead of switching to English.
fn latin_in_cyrillic(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut out = String::new();
    let chars: Vec<char> = lower.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let pair: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let two = match pair.as_str() {
            "sh" => Some("ш"),
            "ch" => Some("ч"),
            "zh" => Some("ж"),
            "kh" => Some("х"),
            "ts" => Some("ц"),
            "ya" => Some("я"),
            "yu" => Some("ю"),
            _ => None,
        };
        if let Some(two) = two {
            out.push_str(two);
            i += 2;
            continue;
        }
        let letter = match chars[i] {
            'a' => "а",
            'b' => "б",
            'c' => "к",
            'd' => "д",
            'e' => "е",
            'f' => "ф",
            'g' => "г",
            'h' => "х",
            'i' => "и",
            'j' => "дж",
            'k' => "к",
            'l' => "л",
            'm' => "м",
            'n' => "н",
            'o' => "о",
            'p' => "п",
            'q' => "к",
            'r' => "р",
            's' => "с",
            't' => "т",
            'u' => "у",
            'v' => "в",
            'w' => "у",
            'x' => "кс",
            'y' => "й",
            'z' => "з",
            _ => "",
        };
        if letter.is_empty() {
            out.push(chars[i]);
        } else {
            out.push_str(letter);
        }
        i += 1;
    }
    capitalise_first(&out)
}

fn capitalise_first(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn is_vowel(c: char) -> bool {
    "aeiouyаеёиоуыэюяәіөұүAEIOUYАЕЁИОУЫЭЮЯӘІӨҰҮ".contains(c)
}

/// A word in capitals that is a name, not an abbreviation: read as a word, not
/// spelled out. Abbreviations (`ЖСДП`, `ОСДП`) are short or have no vowel.
fn is_capitalised_name(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.len() >= 4
        && letters.iter().all(|c| c.is_uppercase())
        && letters.iter().filter(|c| is_vowel(**c)).count() >= 2
}

/// One word's spoken form.
fn spoken_word(word: &str, lang: Lang, lexicon: &Lexicon) -> String {
    if let Some(replacement) = lexicon.get(word) {
        return replacement.clone();
    }
    let latin = word.chars().all(|c| c.is_ascii_alphabetic());
    let mut word = word.to_owned();
    if is_capitalised_name(&word) {
        let lower = word.to_lowercase();
        word = capitalise_first(&lower);
    }
    if latin && lang != Lang::En {
        return latin_in_cyrillic(&word);
    }
    if lang == Lang::Ru {
        word = word.chars().map(|c| kazakh_in_russian(c).map_or_else(|| c.to_string(), str::to_owned)).collect();
    }
    word
}

/// The text the voice is given for a written text: what is written short said
/// in words ([`super::expand`], unless the lexicon names the word), then word
/// by word the lexicon and the fixes.
pub fn spoken(text: &str, lang: Lang, lexicon: &Lexicon) -> String {
    let chars: Vec<char> = super::expand::expand(text, lang, lexicon).chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            let start = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // An initial: one capital letter and a full stop, as in "А.Б.": keep it
            // apart from the next one so each is read as a letter.
            let initial = word.chars().count() == 1 && c.is_uppercase() && chars.get(i) == Some(&'.');
            out.push_str(&spoken_word(&word, lang, lexicon));
            if initial {
                out.push_str(". ");
                i += 1;
            }
            continue;
        }
        let previous_letter = i > 0 && chars[i - 1].is_alphabetic();
        let next_letter = chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        match c {
            // Guillemets and quotes are not read aloud.
            '«' | '»' | '"' | '„' | '“' | '”' => {}
            '№' => {
                out.push_str(number_sign(lang));
                out.push(' ');
            }
            // A hyphen inside a name (Салтанат-Нұр) joins two parts: read as a pause-free space.
            '-' | '‐' | '‑' if previous_letter && next_letter => out.push(' '),
            // A dash between words is a pause.
            '–' | '—' => out.push(','),
            other => out.push(other),
        }
        i += 1;
    }
    // Tidy the spaces left by removed characters.
    let mut tidy = out.split_whitespace().collect::<Vec<_>>().join(" ");
    for punctuation in [" ,", " .", " ;", " :"] {
        tidy = tidy.replace(punctuation, &punctuation[1..]);
    }
    tidy
}

/// Punctuation a voice may pass over in silence without losing anything.
pub fn is_silent_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || "«»„“”‘’–—‐‑…·•№§¶".contains(c)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use crate::model::Lexicon;

    use super::spoken;
    use crate::model::Lang;
    use crate::speech::espeak;

    /// Each fix of the spoken form, with the voice's phonemes where they show it.
    #[test]
    fn spoken_form_fixes() {
        let none = Lexicon::default();
        // Guillemets are not read.
        assert_eq!(spoken("Партия «Ауыл»", Lang::Ru, &none), "Партия Ауыл");
        // The № sign is a word.
        assert_eq!(spoken("№ 15 Жамбыл", Lang::Kk, &none), "нөмір 15 Жамбыл");
        assert_eq!(spoken("округ № 15", Lang::Ru, &none), "округ номер 15");
        // Initials are kept apart, each read as a letter.
        assert_eq!(spoken("Иванов А.Б.", Lang::Ru, &none), "Иванов А. Б.");
        // Hyphenated names are read as two names, not with a "minus".
        assert_eq!(spoken("Салтанат-Нұр", Lang::Kk, &none), "Салтанат Нұр");
        // Surnames in capitals are read as words; abbreviations stay spelled.
        assert_eq!(spoken("ӘБДІҚАДІРОВ Ерлан ЖСДП", Lang::Kk, &none), "Әбдіқадіров Ерлан ЖСДП");
        let phonemes = espeak::phonemes(&spoken("АБДИКАДИРОВ", Lang::Ru, &none), "ru").unwrap();
        assert!(!phonemes.contains(' '), "read as one word: {phonemes}");
        // Latin party names are read in the voice's own language.
        assert_eq!(spoken("Партия «Respublica»", Lang::Ru, &none), "Партия Республика");
        assert!(!espeak::phonemes(&spoken("Respublica", Lang::Kk, &none), "kk").unwrap().contains("(en)"));
        // Kazakh letters in Russian text get their Russian reading, not their Unicode names.
        let baitak = spoken("«Байтақ»", Lang::Ru, &none);
        assert_eq!(baitak, "Байтак");
        assert!(!espeak::phonemes("Байтақ", "ru").unwrap().is_empty());
        assert!(!espeak::phonemes(&baitak, "ru").unwrap().contains("l'et@"), "spelled as a letter name");
        // The lexicon wins, case-insensitively, for whole words only.
        let mut lexicon = BTreeMap::new();
        lexicon.insert("AMANAT".to_owned(), "аманат".to_owned());
        assert_eq!(spoken("«AMANAT» AMANATTAR Amanat", Lang::Kk, &Lexicon::new(lexicon)), "аманат Аманаттар аманат");
    }
}
