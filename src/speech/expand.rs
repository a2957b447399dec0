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

// ---------------------------------------------------------------- numbers

const RU_ONES: [&str; 20] = [
    "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать",
    "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
];
const RU_TENS: [&str; 10] = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
const RU_HUNDREDS: [&str; 10] = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];
/// The first part of `двухсотый`, `трёхтысячный`.
const RU_COMBINING: [&str; 10] = ["", "", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти"];
/// Ordinal stems of 0 to 19 (`пят-ый`).
const RU_ORDINAL_ONES: [&str; 20] = [
    "нулев", "перв", "втор", "трет", "четвёрт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат", "двенадцат",
    "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат",
];
const RU_ORDINAL_TENS: [&str; 10] = ["", "", "двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност"];

/// How a Russian ordinal declines: `пятый` (hard), `второй` (stressed ending), `третий`.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Declension {
    Hard,
    Stressed,
    Third,
}

fn declension(stem: &str) -> Declension {
    match stem {
        "трет" => Declension::Third,
        "нулев" | "втор" | "шест" | "седьм" | "восьм" | "сороков" => Declension::Stressed,
        _ => Declension::Hard,
    }
}

/// The form of a Russian ordinal (an adjective): gender and case as needed.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Form {
    /// `пятый`
    MascNom,
    /// `пятая`
    FemNom,
    /// `пятое`
    NeutNom,
    /// `пятого` (masculine and neuter genitive, and animate accusative)
    Gen,
    /// `пятому`
    Dat,
    /// `пятым`
    Instr,
    /// `пятом`
    Prep,
    /// `пятой` (feminine genitive, dative, instrumental, prepositional)
    FemObl,
    /// `пятую`
    FemAcc,
    /// `пятые`
    Plural,
    /// `пятых`
    PluralGen,
    /// `пятыми`
    PluralInstr,
}

fn ending(declension: Declension, form: Form) -> &'static str {
    use Form::*;
    if declension == Declension::Third {
        return match form {
            MascNom => "ий",
            FemNom => "ья",
            NeutNom => "ье",
            Gen => "ьего",
            Dat => "ьему",
            Instr => "ьим",
            Prep => "ьем",
            FemObl => "ьей",
            FemAcc => "ью",
            Plural => "ьи",
            PluralGen => "ьих",
            PluralInstr => "ьими",
        };
    }
    match form {
        MascNom if declension == Declension::Stressed => "ой",
        MascNom => "ый",
        FemNom => "ая",
        NeutNom => "ое",
        Gen => "ого",
        Dat => "ому",
        Instr => "ым",
        Prep => "ом",
        FemObl => "ой",
        FemAcc => "ую",
        Plural => "ые",
        PluralGen => "ых",
        PluralInstr => "ыми",
    }
}

/// A Russian number below 1000 in words; `feminine` for `одна`, `две` (thousands).
fn ru_below_thousand(n: u32, feminine: bool) -> Vec<&'static str> {
    let (hundreds, rest) = (n / 100, n % 100);
    let mut words = vec![RU_HUNDREDS[hundreds as usize]];
    let ones = if rest < 20 {
        rest
    } else {
        words.push(RU_TENS[(rest / 10) as usize]);
        rest % 10
    };
    words.push(match ones {
        0 => "",
        1 if feminine => "одна",
        2 if feminine => "две",
        _ => RU_ONES[ones as usize],
    });
    words.retain(|w| !w.is_empty());
    words
}

/// A Russian cardinal number below a million in words (masculine): `тысяча
/// девятьсот семьдесят пять`, `две тысячи двадцать два`.
fn ru_cardinal(n: u32) -> Vec<&'static str> {
    if n == 0 {
        return vec![RU_ONES[0]];
    }
    let thousands = n / 1000;
    let mut words = Vec::new();
    if thousands > 1 {
        words = ru_below_thousand(thousands, true);
    }
    if thousands > 0 {
        words.push(match (thousands % 100, thousands % 10) {
            (11..=19, _) => "тысяч",
            (_, 1) => "тысяча",
            (_, 2..=4) => "тысячи",
            _ => "тысяч",
        });
    }
    words.extend(ru_below_thousand(n % 1000, false));
    words
}

/// A Russian ordinal in `form`: only the last part declines (`двадцать пятый`,
/// `тысяча девятьсот девяностых`, `двухтысячного`). Below a million; whole
/// tens of thousands and more (`десятитысячный`) are left to the voice.
fn ru_ordinal(n: u32, form: Form) -> Option<String> {
    let (thousands, rest) = ((n / 1000) as usize, n % 1000);
    let (hundreds, below) = ((rest / 100) as usize, rest % 100);
    if n >= 1_000_000 || (rest == 0 && thousands > 9) {
        return None;
    }
    // The cardinal before the last part: `две тысячи двадцать` in `две тысячи двадцать второй`.
    let before = |m: u32| if m == 0 { Vec::new() } else { ru_cardinal(m) };
    let (mut words, stem) = if rest == 0 && thousands > 0 {
        (Vec::new(), format!("{}тысячн", RU_COMBINING[thousands]))
    } else if below == 0 && hundreds > 0 {
        (before(n - rest), format!("{}сот", RU_COMBINING[hundreds]))
    } else if below < 20 {
        (before(n - below), RU_ORDINAL_ONES[below as usize].to_owned())
    } else if below % 10 == 0 {
        (before(n - below), RU_ORDINAL_TENS[(below / 10) as usize].to_owned())
    } else {
        (before(n - below % 10), RU_ORDINAL_ONES[(below % 10) as usize].to_owned())
    };
    let last = format!("{stem}{}", ending(declension(&stem), form));
    words.push(&last);
    Some(words.join(" "))
}

const KK_ONES: [&str; 10] = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const KK_TENS: [&str; 10] = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
/// The ordinal of each word a Kazakh number can end with.
const KK_ORDINALS: [(&str, &str); 20] = [
    ("бір", "бірінші"),
    ("екі", "екінші"),
    ("үш", "үшінші"),
    ("төрт", "төртінші"),
    ("бес", "бесінші"),
    ("алты", "алтыншы"),
    ("жеті", "жетінші"),
    ("сегіз", "сегізінші"),
    ("тоғыз", "тоғызыншы"),
    ("он", "оныншы"),
    ("жиырма", "жиырмасыншы"),
    ("отыз", "отызыншы"),
    ("қырық", "қырқыншы"),
    ("елу", "елуінші"),
    ("алпыс", "алпысыншы"),
    ("жетпіс", "жетпісінші"),
    ("сексен", "сексенінші"),
    ("тоқсан", "тоқсаныншы"),
    ("жүз", "жүзінші"),
    ("мың", "мыңыншы"),
];

/// A Kazakh number below 1000 in words (`жүз`, not `бір жүз`, for 100).
fn kk_below_thousand(n: u32) -> Vec<&'static str> {
    let (hundreds, tens, ones) = ((n / 100) as usize, (n / 10 % 10) as usize, (n % 10) as usize);
    let mut words = Vec::new();
    if hundreds > 1 {
        words.push(KK_ONES[hundreds]);
    }
    if hundreds > 0 {
        words.push("жүз");
    }
    if tens > 0 {
        words.push(KK_TENS[tens]);
    }
    if ones > 0 {
        words.push(KK_ONES[ones]);
    }
    words
}

/// A Kazakh cardinal number from 1 to 999,999 in words (`мың`, not `бір мың`, for 1000).
fn kk_cardinal(n: u32) -> Vec<&'static str> {
    let thousands = n / 1000;
    let mut words = if thousands > 1 { kk_below_thousand(thousands) } else { Vec::new() };
    if thousands > 0 {
        words.push("мың");
    }
    words.extend(kk_below_thousand(n % 1000));
    words
}

/// A Kazakh ordinal: only the last word takes the suffix (`жиырма бесінші`).
fn kk_ordinal(n: u32) -> Option<String> {
    if n == 0 || n >= 1_000_000 {
        return None;
    }
    let mut words = kk_cardinal(n);
    let last = words.pop()?;
    let ordinal = KK_ORDINALS.iter().find(|(word, _)| *word == last)?.1;
    words.push(ordinal);
    Some(words.join(" "))
}

// ---------------------------------------------------------------- ordinals and dates

/// The Russian form a written ordinal suffix stands for (`25-й`, `5-го`,
/// `1990-х`). `-й` is read as the masculine nominative (`5-й` may be `пятой`:
/// the text does not say); `-е` as the plural for decades (`1990-е`, `90-е
/// годы`), the neuter otherwise (`3-е`); `-м` as the prepositional after a
/// preposition (`в 7-м классе`), the instrumental otherwise.
fn ru_suffix_form(suffix: &str, n: u32, previous: Option<&str>, next_word: Option<&str>) -> Option<Form> {
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
const PREPOSITIONAL: [&str; 6] = ["в", "во", "о", "об", "при", "на"];

/// A Russian noun's case, for the forms of an abbreviated noun.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Case {
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
fn ru_case(previous: Option<&str>) -> Case {
    match previous {
        None | Some("как") => Case::Nominative,
        Some(p) if PREPOSITIONAL.contains(&p) => Case::Prepositional,
        Some("к" | "ко" | "по") => Case::Dative,
        Some(_) => Case::Genitive,
    }
}

/// The rest of a Kazakh ordinal suffix after its `-ші`/`-шы` (`-інші`,
/// `-ыншы`, `-нші` too): a case ending (`3-шіден`), usually empty.
fn kk_ordinal_rest(suffix: &str) -> Option<&str> {
    let s = suffix.strip_prefix(['ы', 'і']).unwrap_or(suffix);
    let s = s.strip_prefix('н').unwrap_or(s);
    s.strip_prefix("шы").or_else(|| s.strip_prefix("ші"))
}

/// A number with an ordinal suffix (`25-й`, `3-ші`, `XXI-ші`).
fn ordinal_with_suffix(t: &Text, n: u32, end: usize, lang: Lang) -> Option<(String, usize)> {
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

const RU_MONTHS: [&str; 12] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const KK_MONTHS: [&str; 12] = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

fn days_in_month(month: u32, year: u32) -> u32 {
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
fn ru_day_form(previous: Option<&str>) -> Form {
    match previous {
        None | Some("на" | "по") => Form::NeutNom,
        Some("к" | "ко") => Form::Dat,
        Some(_) => Form::Gen,
    }
}

/// The abbreviation of "year" at `i` (`г.`, `г.р.`; Kazakh `ж.`, `ж.т.`):
/// where it ends and its words.
fn year_abbreviation(t: &Text, i: usize, lang: Lang) -> Option<(usize, &'static str)> {
    let abbreviations = match lang {
        Lang::Ru => [("г.р.", "года рождения"), ("г.", "года")],
        _ => [("ж.т.", "жылы туған"), ("ж.", "жылы")],
    };
    abbreviations.iter().find(|(written, _)| t.reads(i, written)).map(|(written, said)| (i + written.chars().count(), *said))
}

/// A full stop where an abbreviation ending at `end` also ends the sentence.
fn full_stop(t: &Text, end: usize) -> &'static str {
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
fn date(t: &Text, start: usize, lang: Lang) -> Option<(String, usize)> {
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
fn year(t: &Text, start: usize, end: usize, n: u32, lang: Lang) -> Option<(String, usize)> {
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
fn day_of_month(t: &Text, start: usize, end: usize, n: u32, lang: Lang) -> Option<(String, usize)> {
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

// ---------------------------------------------------------------- Roman numerals

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

fn to_roman(mut n: u32) -> String {
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
const RU_NOUNS: [(&str, bool); 24] = [
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
fn ru_form_before(noun: &str) -> Form {
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
fn roman(t: &Text, start: usize, end: usize, lang: Lang) -> Option<(String, usize)> {
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

// ---------------------------------------------------------------- abbreviations

/// Where an abbreviation is expanded.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// Anywhere; its full stop may end a sentence.
    Anywhere,
    /// Before a name (`г. Тараз`, `с. Кордай`); its full stop never ends a sentence.
    BeforeName,
    /// Before a name or number (`ул. Абая`, `мкр. 5`); its full stop never ends a sentence.
    Before,
    /// Before a number only (`д. 5`).
    BeforeNumber,
    /// After a name (`Тараз қ.`), as Kazakh writes a place's kind.
    AfterName,
}

/// An abbreviation with a full stop (or a hyphen) and its words.
struct Abbreviation {
    lang: Lang,
    written: &'static str,
    place: Place,
    said: Said,
}

/// What an abbreviation says.
enum Said {
    /// Always these words.
    One(&'static str),
    /// A Russian noun's nominative, genitive, dative and prepositional, as
    /// [`ru_case`] picks by the word before: `г. Тараз`, `акимата г. Тараза`
    /// (`города`), `в г. Таразе` (`городе`).
    Cases([&'static str; 4]),
    /// Words, and others after a word with one of these endings (an adjective
    /// agreeing in case): `Жамбылской обл.` -> `области`.
    AfterAdjective(&'static str, &'static [(&'static str, &'static str)]),
}

const fn one(lang: Lang, written: &'static str, place: Place, said: &'static str) -> Abbreviation {
    Abbreviation { lang, written, place, said: Said::One(said) }
}

const fn ru_noun(written: &'static str, place: Place, cases: [&'static str; 4]) -> Abbreviation {
    Abbreviation { lang: Lang::Ru, written, place, said: Said::Cases(cases) }
}

/// The abbreviations expanded, longest first where one starts another.
/// `г.` after a year and Kazakh `ж.` are read with the year (see [`year`]).
const ABBREVIATIONS: [Abbreviation; 25] = [
    ru_noun("г.", Place::BeforeName, ["город", "города", "городу", "городе"]),
    one(Lang::Ru, "им.", Place::Before, "имени"),
    Abbreviation { lang: Lang::Ru, written: "обл.", place: Place::Anywhere, said: Said::AfterAdjective("область", &[("ой", "области"), ("ей", "области")]) },
    Abbreviation {
        lang: Lang::Ru,
        written: "р-н",
        place: Place::Anywhere,
        said: Said::AfterAdjective("район", &[("ого", "района"), ("его", "района"), ("ом", "районе"), ("ем", "районе")]),
    },
    one(Lang::Ru, "р-на", Place::Anywhere, "района"),
    one(Lang::Ru, "р-не", Place::Anywhere, "районе"),
    ru_noun("ул.", Place::Before, ["улица", "улицы", "улице", "улице"]),
    ru_noun("пр.", Place::Before, ["проспект", "проспекта", "проспекту", "проспекте"]),
    ru_noun("пл.", Place::BeforeName, ["площадь", "площади", "площади", "площади"]),
    ru_noun("мкр.", Place::Before, ["микрорайон", "микрорайона", "микрорайону", "микрорайоне"]),
    ru_noun("с.", Place::BeforeName, ["село", "села", "селу", "селе"]),
    ru_noun("пос.", Place::BeforeName, ["посёлок", "посёлка", "посёлку", "посёлке"]),
    ru_noun("д.", Place::BeforeNumber, ["дом", "дома", "дому", "доме"]),
    ru_noun("кв.", Place::BeforeNumber, ["квартира", "квартиры", "квартире", "квартире"]),
    ru_noun("каб.", Place::BeforeNumber, ["кабинет", "кабинета", "кабинету", "кабинете"]),
    one(Lang::Ru, "ауд.", Place::Anywhere, "аудитория"),
    one(Lang::Ru, "т.д.", Place::Anywhere, "так далее"),
    one(Lang::Ru, "т.п.", Place::Anywhere, "тому подобное"),
    one(Lang::Ru, "т.е.", Place::Anywhere, "то есть"),
    one(Lang::Kk, "ж.т.", Place::Anywhere, "жылы туған"),
    one(Lang::Kk, "обл.", Place::Anywhere, "облысы"),
    one(Lang::Kk, "ауд.", Place::Anywhere, "ауданы"),
    one(Lang::Kk, "қ.", Place::AfterName, "қаласы"),
    one(Lang::Kk, "к.", Place::AfterName, "көшесі"),
    one(Lang::Kk, "а.", Place::AfterName, "ауылы"),
];

/// An abbreviation from [`ABBREVIATIONS`] at `start`, in lower case (or
/// capitalised at a sentence's start when it has two letters or more: `Ул.`).
/// Initials (`А.Б.`) are capitals and never match.
fn abbreviation(t: &Text, start: usize, lang: Lang) -> Option<(String, usize)> {
    if start > 0 && t.0[start - 1] == '.' {
        return None;
    }
    // A capital only at a sentence's start, and not on one letter (an initial).
    let capital = t.0[start].is_uppercase();
    let entry = ABBREVIATIONS.iter().find(|a| {
        a.lang == lang && t.reads_as(start, a.written, capital) && (!capital || a.written.chars().take_while(|c| c.is_alphabetic()).count() >= 2)
    })?;
    let end = start + entry.written.chars().count();
    let next = t.at(t.skip_spaces(end));
    let previous = t.previous_word(start);
    let fits = match entry.place {
        Place::Anywhere => true,
        Place::BeforeName => next.is_some_and(|c| c.is_uppercase() || c == '«'),
        Place::Before => next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '«'),
        Place::BeforeNumber => next.is_some_and(|c| c.is_ascii_digit()),
        Place::AfterName => {
            let mut i = start;
            while i > 0 && t.0[i - 1].is_whitespace() {
                i -= 1;
            }
            // The name ends just before the spaces: its first letter is a capital.
            let name_start = (0..i).rev().find(|&j| !t.0[j].is_alphabetic()).map_or(0, |j| j + 1);
            i < start && name_start < i && t.0[name_start].is_uppercase()
        }
    };
    if !fits {
        return None;
    }
    let spoken = match entry.said {
        Said::One(words) => words,
        Said::Cases(cases) => cases[ru_case(previous.as_deref()) as usize],
        Said::AfterAdjective(words, after) => {
            previous.and_then(|p| after.iter().find(|(ending, _)| p.ends_with(ending)).map(|(_, other)| *other)).unwrap_or(words)
        }
    };
    let stop = if entry.written.ends_with('.') && matches!(entry.place, Place::Anywhere | Place::AfterName) { full_stop(t, end) } else { "" };
    Some((format!("{spoken}{stop}"), end))
}

// ---------------------------------------------------------------- organisations

/// Russian organisation types and names in capitals: nominative, genitive,
/// prepositional.
const RU_ORGANISATIONS: [(&str, [&str; 3]); 18] = [
    (
        "ТОО",
        [
            "товарищество с ограниченной ответственностью",
            "товарищества с ограниченной ответственностью",
            "товариществе с ограниченной ответственностью",
        ],
    ),
    ("АО", ["акционерное общество", "акционерного общества", "акционерном обществе"]),
    ("НАО", ["некоммерческое акционерное общество", "некоммерческого акционерного общества", "некоммерческом акционерном обществе"]),
    ("ГКП", ["государственное коммунальное предприятие", "государственного коммунального предприятия", "государственном коммунальном предприятии"]),
    (
        "ГККП",
        ["государственное коммунальное казённое предприятие", "государственного коммунального казённого предприятия", "государственном коммунальном казённом предприятии"],
    ),
    ("КГП", ["коммунальное государственное предприятие", "коммунального государственного предприятия", "коммунальном государственном предприятии"]),
    ("КГУ", ["коммунальное государственное учреждение", "коммунального государственного учреждения", "коммунальном государственном учреждении"]),
    ("ГУ", ["государственное учреждение", "государственного учреждения", "государственном учреждении"]),
    ("РГП", ["республиканское государственное предприятие", "республиканского государственного предприятия", "республиканском государственном предприятии"]),
    (
        "РГКП",
        [
            "республиканское государственное казённое предприятие",
            "республиканского государственного казённого предприятия",
            "республиканском государственном казённом предприятии",
        ],
    ),
    ("РГУ", ["республиканское государственное учреждение", "республиканского государственного учреждения", "республиканском государственном учреждении"]),
    ("ИП", ["индивидуальный предприниматель", "индивидуального предпринимателя", "индивидуальном предпринимателе"]),
    ("ОО", ["общественное объединение", "общественного объединения", "общественном объединении"]),
    ("ОФ", ["общественный фонд", "общественного фонда", "общественном фонде"]),
    ("РК", ["Республика Казахстан", "Республики Казахстан", "Республике Казахстан"]),
    ("ПХВ", ["право хозяйственного ведения", "права хозяйственного ведения", "праве хозяйственного ведения"]),
    ("СОШ", ["средняя общеобразовательная школа", "средней общеобразовательной школы", "средней общеобразовательной школе"]),
    ("ЦРБ", ["центральная районная больница", "центральной районной больницы", "центральной районной больнице"]),
];

/// Kazakh organisation types in capitals: alone, and before another word (the
/// possessive with the genitive: `«Алтын» ЖШС директоры` -> `... серіктестігінің директоры`).
/// Kazakh organisation types: alone, after the name they follow (`«Алтын»
/// ЖШС`: possessive), and before another word (`ЖШС директоры`: genitive).
const KK_ORGANISATIONS: [(&str, [&str; 3]); 13] = [
    ("ЖШС", ["жауапкершілігі шектеулі серіктестік", "жауапкершілігі шектеулі серіктестігі", "жауапкершілігі шектеулі серіктестігінің"]),
    ("АҚ", ["акционерлік қоғам", "акционерлік қоғамы", "акционерлік қоғамының"]),
    ("КЕАҚ", ["коммерциялық емес акционерлік қоғам", "коммерциялық емес акционерлік қоғамы", "коммерциялық емес акционерлік қоғамының"]),
    ("КММ", ["коммуналдық мемлекеттік мекеме", "коммуналдық мемлекеттік мекемесі", "коммуналдық мемлекеттік мекемесінің"]),
    ("ММ", ["мемлекеттік мекеме", "мемлекеттік мекемесі", "мемлекеттік мекемесінің"]),
    ("МКК", ["мемлекеттік коммуналдық кәсіпорын", "мемлекеттік коммуналдық кәсіпорны", "мемлекеттік коммуналдық кәсіпорнының"]),
    ("МКҚК", ["мемлекеттік коммуналдық қазыналық кәсіпорын", "мемлекеттік коммуналдық қазыналық кәсіпорны", "мемлекеттік коммуналдық қазыналық кәсіпорнының"]),
    ("РМК", ["республикалық мемлекеттік кәсіпорын", "республикалық мемлекеттік кәсіпорны", "республикалық мемлекеттік кәсіпорнының"]),
    ("РМҚК", ["республикалық мемлекеттік қазыналық кәсіпорын", "республикалық мемлекеттік қазыналық кәсіпорны", "республикалық мемлекеттік қазыналық кәсіпорнының"]),
    ("ҚБ", ["қоғамдық бірлестік", "қоғамдық бірлестігі", "қоғамдық бірлестігінің"]),
    ("ҚР", ["Қазақстан Республикасы", "Қазақстан Республикасы", "Қазақстан Республикасының"]),
    ("ЖК", ["жеке кәсіпкер", "жеке кәсіпкер", "жеке кәсіпкер"]),
    ("ШЖҚ", ["шаруашылық жүргізу құқығындағы", "шаруашылық жүргізу құқығындағы", "шаруашылық жүргізу құқығындағы"]),
];

/// Kazakh words that join two names: the type before them is not a genitive.
const KK_CONJUNCTIONS: [&str; 5] = ["және", "мен", "пен", "бен", "немесе"];

/// An organisation type in capitals (`ТОО`, `ЖШС`), whole: one with a case
/// ending after a hyphen (`ЖШС-да`) is left as written. Russian: in the case
/// [`ru_case`] gives (`директор ТОО`, `в ТОО`, `Парламента РК`; the dative,
/// rare here, as the nominative). Kazakh: the genitive form before another
/// word (`ҚР Парламенті`), else the plain one.
fn organisation(t: &Text, start: usize, end: usize, lang: Lang) -> Option<(String, usize)> {
    if end - start > 4 || !t.0[start].is_uppercase() || t.suffix(end).is_some() {
        return None;
    }
    let word = t.string(start, end);
    let said = match lang {
        Lang::Ru => {
            let forms = RU_ORGANISATIONS.iter().find(|(w, _)| *w == word)?.1;
            match ru_case(t.previous_word(start).as_deref()) {
                Case::Nominative | Case::Dative => forms[0],
                Case::Genitive => forms[1],
                Case::Prepositional => forms[2],
            }
            .to_owned()
        }
        _ => {
            let forms = KK_ORGANISATIONS.iter().find(|(w, _)| *w == word)?.1;
            let before_word = t.next_word(end).is_some_and(|(s, e)| t.0[s].is_alphabetic() && !KK_CONJUNCTIONS.contains(&t.string(s, e).to_lowercase().as_str()));
            // After a name, not after another type (`ШЖҚ МКК`).
            let before: String = t.0[..start].iter().collect();
            let previous = before.trim_end();
            let after_type = KK_ORGANISATIONS.iter().any(|(w, _)| previous.strip_suffix(w).is_some_and(|p| !p.chars().next_back().is_some_and(char::is_alphanumeric)));
            let after_name = !after_type && previous.chars().next_back().is_some_and(|c| c.is_alphanumeric() || "»\"”)".contains(c));
            forms[if before_word { 2 } else if after_name { 1 } else { 0 }].to_owned()
        }
    };
    Some((said, end))
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

