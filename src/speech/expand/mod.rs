//! What ballots write short, said in words before the voice reads it: Roman
//! numerals (`XXI век`), ordinals with a suffix (`25-й`, `3-ші`), years and
//! dates (`1975 г.`, `20.11.2022`), abbreviations with a full stop (`г.`,
//! `обл.`, `ж.т.`) and organisation types in capitals (`ТОО`, `ЖШС`). A step
//! of [`super::spoken::spoken`], so transcripts keep the written form; a word
//! the election's lexicon names is left to the lexicon. Kazakh and Russian;
//! English text is left as written (espeak-ng's English voice reads numerals
//! its own way).
//!
//! Pure functions over the text's characters. Each rule looks at one word (a
//! run of letters or of digits) and, where it needs them, at the words beside
//! it past spaces only: a comma, quote or full stop in between means no context.

use crate::model::{Lang, Lexicon};

mod numbers;
mod dates;
mod roman;
mod abbreviations;
mod organisations;

use numbers::*;
use dates::*;
use roman::*;
use abbreviations::*;
use organisations::*;
pub(crate) use roman::roman_value;

/// The text with what is written short said in words.
pub fn expand(text: &str, lang: Lang, lexicon: &Lexicon) -> String {
    if lang == Lang::En {
        return text.to_owned();
    }
    let t = Text(text.chars().collect());
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < t.0.len() {
        let end = t.run_end(i);
        if end == i {
            out.push(t.0[i]);
            i += 1;
            continue;
        }
        let starts_word = i == 0 || !t.0[i - 1].is_alphanumeric();
        let said = if starts_word { expand_at(&t, i, end, lang) } else { None };
        match said.filter(|_| lexicon.get(&t.string(i, end)).is_none()) {
            Some((words, next)) => {
                // A capital where a sentence starts, as the written word would have.
                let starts_sentence = out.trim_end().is_empty() || out.trim_end().ends_with(['.', '!', '?', '…']);
                let mut letters = words.chars();
                if let (true, Some(first)) = (starts_sentence, letters.next()) {
                    out.extend(first.to_uppercase());
                    out.push_str(letters.as_str());
                } else {
                    out.push_str(&words);
                }
                // Apart from a word written against it (`г.Тараз`).
                if t.at(next).is_some_and(char::is_alphanumeric) {
                    out.push(' ');
                }
                i = next;
            }
            None => {
                out.extend(&t.0[i..end]);
                i = end;
            }
        }
    }
    out
}

/// The words for what starts at `start` (a word ending at `end`), and where
/// the written form they replace ends; `None` when no rule applies.
fn expand_at(t: &Text, start: usize, end: usize, lang: Lang) -> Option<(String, usize)> {
    if t.0[start].is_ascii_digit() {
        let n = t.string(start, end).parse::<u32>().ok()?;
        date(t, start, lang)
            .or_else(|| ordinal_with_suffix(t, n, end, lang))
            .or_else(|| year(t, start, end, n, lang))
            .or_else(|| day_of_month(t, start, end, n, lang))
    } else {
        abbreviation(t, start, lang).or_else(|| roman(t, start, end, lang)).or_else(|| organisation(t, start, end, lang))
    }
}

/// The text as characters, with the look-arounds the rules need.
struct Text(Vec<char>);

impl Text {
    fn at(&self, i: usize) -> Option<char> {
        self.0.get(i).copied()
    }

    fn string(&self, from: usize, to: usize) -> String {
        self.0[from..to].iter().collect()
    }

    /// The end of the run of digits, or of letters, that starts at `i` (`i` when neither).
    fn run_end(&self, i: usize) -> usize {
        let digit = |c: char| c.is_ascii_digit();
        let class: fn(char) -> bool = match self.at(i) {
            Some(c) if digit(c) => digit,
            Some(c) if c.is_alphabetic() => char::is_alphabetic,
            _ => return i,
        };
        (i..self.0.len()).find(|&j| !class(self.0[j])).unwrap_or(self.0.len())
    }

    /// Past the spaces from `i`.
    fn skip_spaces(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(char::is_whitespace) {
            i += 1;
        }
        i
    }

    /// The word after the one ending at `end`, past at least one space: its start and end.
    fn next_word(&self, end: usize) -> Option<(usize, usize)> {
        let start = self.skip_spaces(end);
        let word_end = self.run_end(start);
        (start > end && word_end > start).then_some((start, word_end))
    }

    /// The word before `start`, past at least one space only, in lower case.
    fn previous_word(&self, start: usize) -> Option<String> {
        let mut end = start;
        while end > 0 && self.0[end - 1].is_whitespace() {
            end -= 1;
        }
        let mut from = end;
        while from > 0 && self.0[from - 1].is_alphabetic() {
            from -= 1;
        }
        (end < start && from < end).then(|| self.string(from, end).to_lowercase())
    }

    /// Whether `written` is at `i`, whole: not followed by a letter unless it
    /// ends with a full stop (`г.Тараз`).
    fn reads(&self, i: usize, written: &str) -> bool {
        self.reads_as(i, written, false)
    }

    /// [`Text::reads`], the first letter also as a capital when `capital`.
    fn reads_as(&self, i: usize, written: &str, capital: bool) -> bool {
        let n = written.chars().count();
        let Some(here) = self.0.get(i..i + n) else { return false };
        let same = here.iter().zip(written.chars()).enumerate().all(|(k, (&c, w))| c == w || (k == 0 && capital && c.to_lowercase().eq([w])));
        same && (written.ends_with('.') || !self.at(i + n).is_some_and(char::is_alphabetic))
    }

    /// Whether a full stop just before `i` ends a sentence: nothing or a
    /// capital follows. Said as a full stop so the voice still pauses there.
    fn sentence_ends(&self, i: usize) -> bool {
        self.at(self.skip_spaces(i)).is_none_or(char::is_uppercase)
    }

    /// A hyphen and letters after `end` (`-й`, `-ші`): the letters' end.
    fn suffix(&self, end: usize) -> Option<usize> {
        let hyphen = matches!(self.at(end), Some('-' | '‐' | '‑'));
        let suffix_end = self.run_end(end + 1);
        (hyphen && suffix_end > end + 1 && self.at(end + 1).is_some_and(char::is_alphabetic)).then_some(suffix_end)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use crate::model::Lexicon;

    use super::{kk_ordinal, roman_value, ru_ordinal, Form};
    use crate::materials::audio::checks::spelled_words;
    use crate::model::Lang;
    use crate::speech::espeak;
    use crate::speech::spoken::spoken;

    fn said(text: &str, lang: Lang) -> String {
        spoken(text, lang, &Lexicon::default())
    }

    /// One example of each rule, checked here so a wrong golden file cannot pass.
    #[test]
    fn each_rule_says_its_words() {
        assert_eq!(said("XXI века", Lang::Ru), "Двадцать первого века");
        assert_eq!(said("XX съезд", Lang::Ru), "Двадцатый съезд");
        assert_eq!(said("ХХІ ғасыр", Lang::Kk), "Жиырма бірінші ғасыр");
        assert_eq!(said("25-й", Lang::Ru), "Двадцать пятый");
        assert_eq!(said("1990-х", Lang::Ru), "Тысяча девятьсот девяностых");
        assert_eq!(said("25-ші", Lang::Kk), "Жиырма бесінші");
        assert_eq!(said("1975 года рождения", Lang::Ru), "Тысяча девятьсот семьдесят пятого года рождения");
        assert_eq!(said("20.11.2022 г.", Lang::Ru), "Двадцатое ноября две тысячи двадцать второго года.");
        assert_eq!(said("20.11.2022", Lang::Kk), "Екі мың жиырма екінші жылғы жиырмасыншы қараша");
        assert_eq!(said("1975 ж.т.", Lang::Kk), "Мың тоғыз жүз жетпіс бесінші жылы туған.");
        assert_eq!(said("г. Тараз, ул. Абая", Lang::Ru), "Город Тараз, улица Абая");
        assert_eq!(said("Жамбылской обл.,", Lang::Ru), "Жамбылской области,");
        assert_eq!(said("Тараз қ., Абай к.", Lang::Kk), "Тараз қаласы, Абай көшесі.");
        assert_eq!(said("директор ТОО «Алтын»", Lang::Ru), "директор товарищества с ограниченной ответственностью Алтын");
        assert_eq!(said("«Алтын» ЖШС директоры", Lang::Kk), "Алтын жауапкершілігі шектеулі серіктестігінің директоры");
        assert_eq!(said("«Алтын» ЖШС және «Жол» АҚ", Lang::Kk), "Алтын жауапкершілігі шектеулі серіктестігі және Жол акционерлік қоғамы");
        // Left as written: English, impossible dates, lone Cyrillic look-alikes, initials.
        assert_eq!(said("XXI century", Lang::En), "XXI century");
        assert_eq!(said("31.02.2022", Lang::Ru), "31.02.2022");
        assert_eq!(said("І санат", Lang::Kk), "І санат");
        assert_eq!(said("Иванов А.Б.", Lang::Ru), "Иванов А. Б.");
    }

    #[test]
    fn the_lexicon_wins_over_an_expansion() {
        let lexicon = Lexicon::new(BTreeMap::from([("ТОО".to_owned(), "тэ о о".to_owned()), ("XXI".to_owned(), "двадцать один".to_owned())]));
        assert_eq!(spoken("директор ТОО «Алтын», XXI век", Lang::Ru, &lexicon), "директор тэ о о Алтын, двадцать один век");
    }

    /// What the voice spelled or read in English before is now said as words.
    #[test]
    fn expanded_words_are_not_spelled() {
        for (text, voice, lang) in [("XXI ғасыр", "kk", Lang::Kk), ("XXI век", "ru", Lang::Ru)] {
            let phonemes = espeak::phonemes(&said(text, lang), voice).unwrap();
            assert!(!phonemes.contains("(en)"), "{text}: {phonemes}");
        }
        assert_eq!(spelled_words("ЖШС КММ", "kk"), ["ЖШС", "КММ"]);
        assert!(spelled_words(&said("«Алтын» ЖШС, КММ, МКК, ҚР", Lang::Kk), "kk").is_empty());
        assert!(spelled_words(&said("ТОО, ГКП, КГУ, РГП, РК", Lang::Ru), "ru").is_empty());
        let ordinal = espeak::phonemes(&said("25-й", Lang::Ru), "ru").unwrap();
        assert!(!ordinal.contains("*'AtkOjI"), "«и краткой»: {ordinal}");
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(ru_ordinal(25, Form::MascNom).unwrap(), "двадцать пятый");
        assert_eq!(ru_ordinal(1990, Form::PluralGen).unwrap(), "тысяча девятьсот девяностых");
        assert_eq!(ru_ordinal(2000, Form::Gen).unwrap(), "двухтысячного");
        assert_eq!(ru_ordinal(2022, Form::Gen).unwrap(), "две тысячи двадцать второго");
        assert_eq!(ru_ordinal(3, Form::FemNom).unwrap(), "третья");
        assert_eq!(ru_ordinal(40, Form::MascNom).unwrap(), "сороковой");
        assert_eq!(ru_ordinal(300, Form::Prep).unwrap(), "трёхсотом");
        assert_eq!(ru_ordinal(21_005, Form::MascNom).unwrap(), "двадцать одна тысяча пятый");
        assert_eq!(ru_ordinal(11_000, Form::MascNom), None);
        assert_eq!(kk_ordinal(25).unwrap(), "жиырма бесінші");
        assert_eq!(kk_ordinal(2022).unwrap(), "екі мың жиырма екінші");
        assert_eq!(kk_ordinal(1975).unwrap(), "мың тоғыз жүз жетпіс бесінші");
        assert_eq!(kk_ordinal(40).unwrap(), "қырқыншы");
        assert_eq!(kk_ordinal(20).unwrap(), "жиырмасыншы");
        assert_eq!(kk_ordinal(100).unwrap(), "жүзінші");
        assert_eq!(kk_ordinal(1000).unwrap(), "мыңыншы");
    }

    #[test]
    fn roman_numerals_are_valid_ones_only() {
        for (word, value) in [("XXI", Some(21)), ("IV", Some(4)), ("XIX", Some(19)), ("MCMXC", Some(1990)), ("ХХІ", Some(21)), ("ІІ", Some(2)), ("I", Some(1))] {
            assert_eq!(roman_value(word), value, "{word}");
        }
        for word in ["C", "CM", "MD", "IIII", "VX", "IC", "І", "Х", "L", "XXI2", "AMANAT", "Respublica"] {
            assert_eq!(roman_value(word), None, "{word}");
        }
    }
}

#[cfg(test)]
mod golden {
    use crate::model::Lexicon;

    use crate::model::Lang;
    use crate::speech::spoken::spoken;

    /// Every rule's examples, in both languages, as (language, written).
    pub(super) const EXAMPLES: &[(Lang, &str)] = &[
        // Roman numerals.
        (Lang::Ru, "XX съезд"),
        (Lang::Ru, "XXI век"),
        (Lang::Ru, "в XXI веке"),
        (Lang::Ru, "XXI века"),
        (Lang::Ru, "депутат маслихата VII созыва"),
        (Lang::Ru, "орден II степени"),
        (Lang::Ru, "врач I категории"),
        (Lang::Ru, "XIX сессия"),
        (Lang::Ru, "IV"),
        (Lang::Ru, "Пётр I"),
        (Lang::Ru, "ХХ съезд"),
        (Lang::Ru, "XX-го века"),
        (Lang::Ru, "депутат маслихата VI и VII созывов"),
        (Lang::Kk, "XXI ғасыр"),
        (Lang::Kk, "ХХІ ғасырда"),
        (Lang::Kk, "VIII шақырылымы"),
        (Lang::Kk, "І санат"),
        (Lang::En, "XXI century"),
        // Ordinals with a suffix.
        (Lang::Ru, "25-й"),
        (Lang::Ru, "2-я"),
        (Lang::Ru, "3-е место"),
        (Lang::Ru, "5-го"),
        (Lang::Ru, "10-му"),
        (Lang::Ru, "в 7-м классе"),
        (Lang::Ru, "7-м"),
        (Lang::Ru, "90-х"),
        (Lang::Ru, "1990-е"),
        (Lang::Ru, "90-е годы"),
        (Lang::Ru, "4-ю"),
        (Lang::Ru, "1-ый"),
        (Lang::Ru, "2-ой"),
        (Lang::Ru, "3-ий"),
        (Lang::Ru, "3-ей"),
        (Lang::Ru, "1990-х"),
        (Lang::Ru, "2000-го"),
        (Lang::Ru, "40-й"),
        (Lang::Ru, "100-летие"),
        (Lang::Kk, "3-ші"),
        (Lang::Kk, "1-ші"),
        (Lang::Kk, "25-ші"),
        (Lang::Kk, "10-шы"),
        (Lang::Kk, "2-ші"),
        (Lang::Kk, "1-інші"),
        (Lang::Kk, "6-ыншы"),
        (Lang::Kk, "2-нші"),
        (Lang::Kk, "40-шы"),
        (Lang::Kk, "3-шіден"),
        (Lang::Kk, "2022-ге дейін"),
        // Years and dates.
        (Lang::Ru, "1975 года рождения"),
        (Lang::Ru, "1975 г. рождения"),
        (Lang::Ru, "1975 г.р."),
        (Lang::Ru, "в 2022 г."),
        (Lang::Ru, "в 2022 году"),
        (Lang::Ru, "2022 год"),
        (Lang::Ru, "2 года"),
        (Lang::Ru, "20.11.2022"),
        (Lang::Ru, "Выборы 20.11.2022"),
        (Lang::Ru, "20.11.2022 г."),
        (Lang::Ru, "от 5.3.2023 года"),
        (Lang::Ru, "на 01.01.2024"),
        (Lang::Ru, "05.03.1975 г.р."),
        (Lang::Ru, "31.02.2022"),
        (Lang::Ru, "1.2.3.2022"),
        (Lang::Ru, "19 марта 2023 года"),
        (Lang::Kk, "1975 жылы туған"),
        (Lang::Kk, "1975 ж. туған"),
        (Lang::Kk, "1975 ж.т."),
        (Lang::Kk, "2022 жылғы 20 қараша"),
        (Lang::Kk, "20.11.2022"),
        (Lang::Kk, "20.11.2022 ж."),
        (Lang::Kk, "5 жыл"),
        (Lang::Kk, "19 наурызда"),
        // Abbreviations.
        (Lang::Ru, "г. Тараз"),
        (Lang::Ru, "г.Тараз"),
        (Lang::Ru, "аким г. Тараза"),
        (Lang::Ru, "проживает в г. Таразе"),
        (Lang::Ru, "по ул. Абая"),
        (Lang::Ru, "с. 5"),
        (Lang::Ru, "им. Абая"),
        (Lang::Ru, "Жамбылская обл."),
        (Lang::Ru, "Жамбылской обл., город"),
        (Lang::Ru, "Байзакский р-н"),
        (Lang::Ru, "Байзакского р-на"),
        (Lang::Ru, "в Байзакском р-не"),
        (Lang::Ru, "ул. Абая, д. 5, кв. 12"),
        (Lang::Ru, "Ул. Абая"),
        (Lang::Ru, "пр. Абая"),
        (Lang::Ru, "мкр. Самал"),
        (Lang::Ru, "с. Кордай"),
        (Lang::Ru, "пос. Шу"),
        (Lang::Ru, "ауд. 12"),
        (Lang::Ru, "книги, журналы и т.д."),
        (Lang::Ru, "Иванов А.Б."),
        (Lang::Kk, "Тараз қ."),
        (Lang::Kk, "Абай к., 5"),
        (Lang::Kk, "Жамбыл обл."),
        (Lang::Kk, "Байзақ ауд."),
        (Lang::Kk, "Мерке а."),
        (Lang::Kk, "Әбдіқадіров А.Б."),
        // Organisation types.
        (Lang::Ru, "ТОО «Алтын»"),
        (Lang::Ru, "директор ТОО «Алтын»"),
        (Lang::Ru, "работает в ТОО «Алтын»"),
        (Lang::Ru, "АО «Казахтелеком»"),
        (Lang::Ru, "ГКП на ПХВ «Горводоканал»"),
        (Lang::Ru, "ГККП «Ясли-сад № 5»"),
        (Lang::Ru, "КГУ «СОШ № 12»"),
        (Lang::Ru, "РГП, РГУ, РГКП, НАО, ОО, ОФ, ГУ, КГП, ЦРБ"),
        (Lang::Ru, "ИП Иванов"),
        (Lang::Ru, "зарегистрирован как ИП"),
        (Lang::Ru, "Мажилиса Парламента РК"),
        (Lang::Ru, "партия ОСДП"),
        (Lang::Kk, "ЖШС"),
        (Lang::Kk, "«Алтын» ЖШС директоры"),
        (Lang::Kk, "«Қазақтелеком» АҚ"),
        (Lang::Kk, "«Алтын» ЖШС және «Жол» АҚ"),
        (Lang::Ru, "3-х комнатная"),
        (Lang::Kk, "20.11.2022 жылы"),
        (Lang::Kk, "20.11.2022-ден бастап"),
        (Lang::Ru, "5-ти этажный"),
        (Lang::Kk, "КММ, МКК, МКҚК, РМК, РМҚК, КЕАҚ, ММ, ҚБ, ЖК"),
        (Lang::Kk, "ШЖҚ МКК"),
        (Lang::Kk, "ҚР Парламенті"),
        (Lang::Kk, "ЖШС-да"),
        (Lang::Kk, "ЖСДП"),
    ];

    #[test]
    fn expansions_match_their_golden_file() {
        let none = Lexicon::default();
        let actual: String = EXAMPLES.iter().map(|(lang, written)| format!("{}\t{written}\t{}\n", lang.code(), spoken(written, *lang, &none))).collect();
        if let Some(diff) = crate::dev::testing::golden("spoken", "expansions.txt", &actual) {
            panic!("{diff}");
        }
    }
}

