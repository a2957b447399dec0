//! Abbreviations (`ул.`, `обл.`, `көш.`) in full, in the case the text needs.

use super::*;

/// Where an abbreviation is expanded.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Place {
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
pub(super) struct Abbreviation {
    pub(super) lang: Lang,
    pub(super) written: &'static str,
    pub(super) place: Place,
    pub(super) said: Said,
}

/// What an abbreviation says.
pub(super) enum Said {
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

pub(super) const fn one(lang: Lang, written: &'static str, place: Place, said: &'static str) -> Abbreviation {
    Abbreviation { lang, written, place, said: Said::One(said) }
}

pub(super) const fn ru_noun(written: &'static str, place: Place, cases: [&'static str; 4]) -> Abbreviation {
    Abbreviation { lang: Lang::Ru, written, place, said: Said::Cases(cases) }
}

/// The abbreviations expanded, longest first where one starts another.
/// `г.` after a year and Kazakh `ж.` are read with the year (see [`year`]).
pub(super) const ABBREVIATIONS: [Abbreviation; 25] = [
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
pub(super) fn abbreviation(t: &Text, start: usize, lang: Lang) -> Option<(String, usize)> {
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
