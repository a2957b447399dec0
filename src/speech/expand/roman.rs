//! Roman numerals (`XX ғасыр`, `II созыв`), read as ordinals before the noun they number.

use super::*;

/// The value of a Roman numeral written the usual way (`XXI`, `IV`, `XIX`):
/// in Latin capitals, or, two letters or more, in the Cyrillic look-alikes `Х`
/// and `І` (`ХХІ`). Not a numeral: a word of only `C`, `D`, `M` (`C`, `CM`, `MD`
/// are more often letters) and a lone letter other than `I`, `V`, `X`.
pub(crate) fn roman_value(word: &str) -> Option<u32> {
    let cyrillic = word.chars().all(|c| matches!(c, 'Х' | 'І'));
    let latin: String = word.chars().map(|c| match c {
        'Х' => 'X',
        'І' => 'I',
        other => other,
    }).collect();
    let length = word.chars().count();
    if (cyrillic && length < 2) || (length == 1 && !matches!(word, "I" | "V" | "X")) || !latin.contains(['I', 'V', 'X', 'L']) {
        return None;
    }
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let digits = latin.chars().map(digit).collect::<Option<Vec<u32>>>()?;
    let value = digits.iter().enumerate().fold(0i64, |sum, (i, &d)| {
        if digits.get(i + 1).is_some_and(|&next| next > d) {
            sum - i64::from(d)
        } else {
            sum + i64::from(d)
        }
    });
    let value = u32::try_from(value).ok().filter(|v| (1..4000).contains(v))?;
    // Only the usual spelling: `IIII`, `VX`, `IC` are not numerals.
    (to_roman(value) == latin).then_some(value)
}

pub(super) fn to_roman(mut n: u32) -> String {
    const PARTS: [(u32, &str); 13] =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, letters) in PARTS {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

/// Nouns a Roman numeral stands before (stem, feminine), for the Russian
/// ordinal's gender and case: `XXI века` -> `двадцать первого века`, `II
/// степени` -> `второй степени`. Before any other word, or none, the ordinal
/// is masculine nominative (`Пётр I` -> `первый`; `XX Олимпиада` would wrongly
/// be `двадцатый`): add the noun's stem here.
pub(super) const RU_NOUNS: [(&str, bool); 24] = [
    ("век", false),
    ("съезд", false),
    ("созыв", false),
    ("класс", false),
    ("разряд", false),
    ("этап", false),
    ("тур", false),
    ("том", false),
    ("пленум", false),
    ("форум", false),
    ("конгресс", false),
    ("чемпионат", false),
    ("раздел", false),
    ("квартал", false),
    ("курс", false),
    ("уровн", false),
    ("степен", true),
    ("категори", true),
    ("групп", true),
    ("сесси", true),
    ("конференци", true),
    ("глав", true),
    ("част", true),
    ("очеред", true),
];

/// The form of a Russian ordinal before `noun`, from the noun's ending.
pub(super) fn ru_form_before(noun: &str) -> Form {
    for (stem, feminine) in RU_NOUNS {
        let Some(ending) = noun.strip_prefix(stem) else { continue };
        let form = if feminine {
            match ending {
                "а" | "я" | "ь" => Some(Form::FemNom),
                "ы" | "и" | "е" | "ой" | "ей" | "ью" => Some(Form::FemObl),
                "у" | "ю" => Some(Form::FemAcc),
                _ => None,
            }
        } else {
            // The plural noun after two numerals (`VI и VII созывов`) takes them in the singular.
            match ending {
                "" => Some(Form::MascNom),
                "а" | "я" | "ов" | "ев" => Some(Form::Gen),
                "у" | "ю" | "ам" => Some(Form::Dat),
                "ом" | "ем" | "ами" => Some(Form::Instr),
                "е" | "ах" => Some(Form::Prep),
                _ => None,
            }
        };
        if let Some(form) = form {
            return form;
        }
    }
    Form::MascNom
}

/// A Roman numeral, said as the ordinal it is on ballots: `XX съезд` ->
/// `двадцатый съезд`, `XXI ғасыр` -> `жиырма бірінші ғасыр`; with a suffix
/// (`XX-го`) as the suffix says.
pub(super) fn roman(t: &Text, start: usize, end: usize, lang: Lang) -> Option<(String, usize)> {
    if !"IVXLCDMХІ".contains(t.0[start]) {
        return None;
    }
    let n = roman_value(&t.string(start, end))?;
    if t.suffix(end).is_some() {
        return ordinal_with_suffix(t, n, end, lang);
    }
    let words = match lang {
        Lang::Ru => {
            // The noun, past `и` and other numerals (`VI и VII созывов`).
            let mut word_end = end;
            let noun = std::iter::from_fn(|| {
                let (s, e) = t.next_word(word_end)?;
                word_end = e;
                Some(t.string(s, e))
            })
            .take(3)
            .find(|w| !matches!(w.as_str(), "и" | "или") && roman_value(w).is_none());
            ru_ordinal(n, noun.map_or(Form::MascNom, |w| ru_form_before(&w.to_lowercase())))?
        }
        _ => kk_ordinal(n)?,
    };
    Some((words, end))
}
