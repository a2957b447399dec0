//! Ordinals written with a suffix (`1-й`, `1-ші`) and dates (`19.03.2023`, `2023 ж.`), in words and in the right case.

use super::*;

/// The Russian form a written ordinal suffix stands for (`25-й`, `5-го`,
/// `1990-х`). `-й` is read as the masculine nominative (`5-й` may be `пятой`:
/// the text does not say); `-е` as the plural for decades (`1990-е`, `90-е
/// годы`), the neuter otherwise (`3-е`); `-м` as the prepositional after a
/// preposition (`в 7-м классе`), the instrumental otherwise.
pub(super) fn ru_suffix_form(suffix: &str, n: u32, previous: Option<&str>, next_word: Option<&str>) -> Option<Form> {
    use Form::*;
    Some(match suffix {
        "й" | "ый" | "ий" => MascNom,
        "я" | "ая" | "ья" => FemNom,
        "е" | "ое" | "ье" => {
            let decade = n >= 10 && n.is_multiple_of(10) && (n >= 1000 || next_word.is_some_and(|w| w.starts_with("год")));
            if decade {
                Plural
            } else {
                NeutNom
            }
        }
        "ые" | "ие" | "и" | "ьи" => Plural,
        "го" | "ого" | "его" | "ьего" => Gen,
        "му" | "ому" | "ему" | "ьему" => Dat,
        "м" if previous.is_some_and(|p| PREPOSITIONAL.contains(&p)) => Prep,
        "м" | "ым" | "им" | "ьим" => Instr,
        "ом" | "ем" | "ьем" => Prep,
        "ой" | "ей" | "ьей" => FemObl,
        "ю" | "ую" | "ью" => FemAcc,
        "х" | "ых" | "их" | "ьих" => PluralGen,
        "ми" | "ыми" | "ими" | "ьими" => PluralInstr,
        _ => return None,
    })
}

/// Russian prepositions after which a noun is in the prepositional case.
pub(super) const PREPOSITIONAL: [&str; 6] = ["в", "во", "о", "об", "при", "на"];

/// A Russian noun's case, for the forms of an abbreviated noun.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Case {
    Nominative,
    Genitive,
    Dative,
    Prepositional,
}

/// The case of an abbreviated Russian noun from the word just before it (past
/// spaces only): none (after a comma, a dash, at the start) or `как`: the
/// nominative (`1975 года рождения, г. Тараз`); `в`, `во`, `о`, `об`, `при`,
/// `на`: the prepositional (`в г. Таразе`); `к`, `по`: the dative; any other
/// word: the genitive (`аким г. Тараза`, `директор ТОО`). So a verb before it
/// (`создал ТОО`) wrongly gives the genitive.
pub(super) fn ru_case(previous: Option<&str>) -> Case {
    match previous {
        None | Some("как") => Case::Nominative,
        Some(p) if PREPOSITIONAL.contains(&p) => Case::Prepositional,
        Some("к" | "ко" | "по") => Case::Dative,
        Some(_) => Case::Genitive,
    }
}

/// The rest of a Kazakh ordinal suffix after its `-ші`/`-шы` (`-інші`,
/// `-ыншы`, `-нші` too): a case ending (`3-шіден`), usually empty.
pub(super) fn kk_ordinal_rest(suffix: &str) -> Option<&str> {
    let s = suffix.strip_prefix(['ы', 'і']).unwrap_or(suffix);
    let s = s.strip_prefix('н').unwrap_or(s);
    s.strip_prefix("шы").or_else(|| s.strip_prefix("ші"))
}

/// A number with an ordinal suffix (`25-й`, `3-ші`, `XXI-ші`).
pub(super) fn ordinal_with_suffix(t: &Text, n: u32, end: usize, lang: Lang) -> Option<(String, usize)> {
    let suffix_end = t.suffix(end)?;
    let suffix = t.string(end + 1, suffix_end).to_lowercase();
    let words = match lang {
        // `3-х`, `5-ти` are the cardinal's genitive (`трёх`, `пяти`), not an ordinal.
        Lang::Ru if matches!(suffix.as_str(), "х" | "ти" | "и") && (2..=9).contains(&n) => {
            let genitive = ["двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти"][n as usize - 2];
            let fits = match suffix.as_str() {
                "х" => n <= 4,
                _ => n >= 5,
            };
            fits.then_some(genitive)?.to_owned()
        }
        Lang::Ru => {
            let start = (0..end).rev().find(|&i| !t.0[i].is_alphanumeric()).map_or(0, |i| i + 1);
            let next = t.next_word(suffix_end).map(|(s, e)| t.string(s, e).to_lowercase());
            let form = ru_suffix_form(&suffix, n, t.previous_word(start).as_deref(), next.as_deref())?;
            ru_ordinal(n, form)?
        }
        _ => kk_ordinal(n)? + kk_ordinal_rest(&suffix)?,
    };
    Some((words, suffix_end))
}

pub(super) const RU_MONTHS: [&str; 12] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
pub(super) const KK_MONTHS: [&str; 12] = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

pub(super) fn days_in_month(month: u32, year: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The case of a Russian day said before its month: the genitive after a word
/// (`выборы двадцатого ноября`, `от двадцатого ноября`), the nominative after
/// `на`, `по` (their accusative) or with no word before (`Двадцатое ноября`),
/// the dative after `к`.
pub(super) fn ru_day_form(previous: Option<&str>) -> Form {
    match previous {
        None | Some("на" | "по") => Form::NeutNom,
        Some("к" | "ко") => Form::Dat,
        Some(_) => Form::Gen,
    }
}

/// The abbreviation of "year" at `i` (`г.`, `г.р.`; Kazakh `ж.`, `ж.т.`):
/// where it ends and its words.
pub(super) fn year_abbreviation(t: &Text, i: usize, lang: Lang) -> Option<(usize, &'static str)> {
    let abbreviations = match lang {
        Lang::Ru => [("г.р.", "года рождения"), ("г.", "года")],
        _ => [("ж.т.", "жылы туған"), ("ж.", "жылы")],
    };
    abbreviations.iter().find(|(written, _)| t.reads(i, written)).map(|(written, said)| (i + written.chars().count(), *said))
}

/// A full stop where an abbreviation ending at `end` also ends the sentence.
pub(super) fn full_stop(t: &Text, end: usize) -> &'static str {
    if t.sentence_ends(end) {
        "."
    } else {
        ""
    }
}

/// A date `DD.MM.YYYY` (or `D.M.YYYY`; an impossible day or month is left as
/// written). Russian: `двадцатого ноября две тысячи двадцать второго года`
/// (the day's case as in [`ru_day_form`]; a `г.` or `года` after it is not
/// said twice). Kazakh, as `2022 жылғы 20 қараша` is read: `екі мың жиырма
/// екінші жылғы жиырмасыншы қараша` (a `ж.` after it is part of that).
pub(super) fn date(t: &Text, start: usize, lang: Lang) -> Option<(String, usize)> {
    if start > 0 && matches!(t.0[start - 1], '.' | ',') {
        return None;
    }
    let day_end = t.run_end(start);
    let month_end = t.run_end(day_end + 1);
    let year_end = t.run_end(month_end + 1);
    let dots = t.at(day_end) == Some('.') && t.at(month_end) == Some('.');
    if !dots || day_end - start > 2 || month_end - day_end - 1 > 2 || year_end - month_end - 1 != 4 {
        return None;
    }
    let number = |from: usize, to: usize| t.string(from, to).parse::<u32>().ok();
    let (day, month, year) = (number(start, day_end)?, number(day_end + 1, month_end)?, number(month_end + 1, year_end)?);
    // Not a date inside a longer run of numbers and dots (a version, an address).
    let continues = t.at(year_end).is_some_and(char::is_alphanumeric) || (t.at(year_end) == Some('.') && t.at(year_end + 1).is_some_and(|c| c.is_ascii_digit()));
    // A case ending after a hyphen (`20.11.2022-ден`) would belong on the
    // month in words, which vowel harmony decides: left as written.
    if continues || t.at(year_end) == Some('-') || year < 1000 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(month, year) {
        return None;
    }
    let (mut end, after) = match year_abbreviation(t, t.skip_spaces(year_end), lang) {
        Some((end, said)) => (end, format!("{said}{}", full_stop(t, end))),
        None => (year_end, String::new()),
    };
    // Kazakh `20.11.2022 жылы`: the year's word is already said (`жылғы`).
    if lang == Lang::Kk && after.is_empty() {
        if let Some((_, word_end)) = t.next_word(year_end).filter(|&(s, e)| matches!(t.string(s, e).as_str(), "жылы" | "жылғы")) {
            end = word_end;
        }
    }
    let said = match lang {
        Lang::Ru => {
            let year_word = t.next_word(year_end).is_some_and(|(s, e)| t.string(s, e) == "года");
            let after = if after.is_empty() && !year_word { "года" } else { &after };
            let day = ru_ordinal(day, ru_day_form(t.previous_word(start).as_deref()))?;
            format!("{day} {} {} {after}", RU_MONTHS[month as usize - 1], ru_ordinal(year, Form::Gen)?)
        }
        // `жылы` is already said as `жылғы`.
        _ => {
            let after = after.strip_prefix("жылы").unwrap_or(&after);
            format!("{} жылғы {} {}{after}", kk_ordinal(year)?, kk_ordinal(day)?, KK_MONTHS[month as usize - 1])
        }
    };
    Some((said.trim_end().to_owned(), end))
}

/// A year before the word for year, said as the ordinal it is: Russian
/// `1975 года` -> `тысяча девятьсот семьдесят пятого года` (`год`, `года`,
/// `году`, `годом`; `г.` is `года`, or `году` after `в`; `г.р.` is `года
/// рождения`); Kazakh `1975 жылы` -> `мың тоғыз жүз жетпіс бесінші жылы`
/// (`жыл`, `жылы`, `жылғы`, `жылдың`, ...; `ж.` is `жылы`, `ж.т.` is `жылы
/// туған`). Only four-digit years from 1000 to 2999: `2 года` is two years.
pub(super) fn year(t: &Text, start: usize, end: usize, n: u32, lang: Lang) -> Option<(String, usize)> {
    if end - start != 4 || !(1000..=2999).contains(&n) {
        return None;
    }
    let previous = t.previous_word(start);
    let in_year = matches!(previous.as_deref(), Some("в" | "во"));
    if let Some((next, said)) = year_abbreviation(t, t.skip_spaces(end), lang) {
        let (ordinal, said) = match lang {
            Lang::Ru if in_year && said == "года" => (ru_ordinal(n, Form::Prep)?, "году"),
            Lang::Ru => (ru_ordinal(n, Form::Gen)?, said),
            _ => (kk_ordinal(n)?, said),
        };
        return Some((format!("{ordinal} {said}{}", full_stop(t, next)), next));
    }
    let (word_start, word_end) = t.next_word(end)?;
    let word = t.string(word_start, word_end).to_lowercase();
    let ordinal = match lang {
        Lang::Ru => {
            let form = match word.as_str() {
                "год" => Form::MascNom,
                "года" => Form::Gen,
                "году" if matches!(previous.as_deref(), Some("к" | "ко" | "по")) => Form::Dat,
                "году" => Form::Prep,
                "годом" => Form::Instr,
                _ => return None,
            };
            ru_ordinal(n, form)?
        }
        _ => {
            // `жыл` with a suffix (`жылы`, `жылғы`, `жылдың`, `жылдары`), not `жылқы`.
            let rest = word.strip_prefix("жыл")?;
            if !(rest.is_empty() || rest.starts_with(['ы', 'ғ', 'д'])) {
                return None;
            }
            kk_ordinal(n)?
        }
    };
    Some((ordinal, end))
}

/// A day before its month's name, said as an ordinal: Russian `20 ноября` ->
/// `двадцатое ноября` (case as in [`ru_day_form`]), Kazakh `20 қарашада` ->
/// `жиырмасыншы қарашада`.
pub(super) fn day_of_month(t: &Text, start: usize, end: usize, n: u32, lang: Lang) -> Option<(String, usize)> {
    if !(1..=31).contains(&n) || end - start > 2 {
        return None;
    }
    let (word_start, word_end) = t.next_word(end)?;
    let month = t.string(word_start, word_end).to_lowercase();
    let said = match lang {
        Lang::Ru if RU_MONTHS.contains(&month.as_str()) => ru_ordinal(n, ru_day_form(t.previous_word(start).as_deref()))?,
        Lang::Kk if KK_MONTHS.iter().any(|m| month.starts_with(m)) => kk_ordinal(n)?,
        _ => return None,
    };
    Some((said, end))
}
