//! Fixed phrases the materials print or speak, in every language, kept in
//! one place so wording is reviewed once.

use crate::model::Lang;

/// "Page X of Y" in a sheet's footer.
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    match lang {
        Lang::Kk => format!("{page}-бет, барлығы {pages}"),
        Lang::Ru => format!("Страница {page} из {pages}"),
        Lang::En => format!("Page {page} of {pages}"),
    }
}

/// "Proof ID: …", the short hash matching a sheet to its approved definition.
pub fn proof_id(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Kk => format!("Тексеру коды: {id}"),
        Lang::Ru => format!("Код сверки: {id}"),
        Lang::En => format!("Proof ID: {id}"),
    }
}

/// Title of the large-print document, as shown by PDF readers.
pub fn large_print_title(lang: Lang, contest: &str, constituency: &str) -> String {
    let kind = match lang {
        Lang::Kk => "Ірі қаріппен басылған бюллетень",
        Lang::Ru => "Бюллетень крупным шрифтом",
        Lang::En => "Large-print ballot",
    };
    format!("{kind}: {contest} — {constituency}")
}

/// The scale bar's caption: what it must measure when printed at 100 %.
pub fn must_measure(lang: Lang, mm: u32) -> String {
    match lang {
        Lang::Kk => format!("{mm} мм болуы керек"),
        Lang::Ru => format!("должно быть {mm} мм"),
        Lang::En => format!("must measure {mm} mm"),
    }
}

/// Title of the stencil document.
pub fn stencil_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "Брайль трафареті",
        Lang::Ru => "Брайлевский трафарет",
        Lang::En => "Braille stencil",
    }
}

/// Title of the tactile overlay document.
pub fn overlay_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "Бедерлі қабат",
        Lang::Ru => "Тактильная накладка",
        Lang::En => "Tactile overlay",
    }
}

/// Russian plural form for a count: 1 вариант, 2 варианта, 5 вариантов.
fn russian_plural(n: usize, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// Audio track 00's closing sentences: how many options there are, and that
/// their numbers match the stencil's windows.
pub fn options_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Kk => format!(
            "Бюллетеньде {n} нұсқа бар. Әр нұсқаның нөмірі Брайль трафаретіндегі терезенің нөмірімен бірдей."
        ),
        Lang::Ru => format!(
            "В бюллетене {n} {}. Номер каждого варианта совпадает с номером окна на брайлевском трафарете.",
            russian_plural(n, "вариант", "варианта", "вариантов")
        ),
        Lang::En => format!(
            "There {} {n} {} on this ballot. Each option's number is the number of a window of the braille stencil.",
            if n == 1 { "is" } else { "are" },
            if n == 1 { "option" } else { "options" }
        ),
    }
}

/// "Number N." at the start of an option's track.
pub fn option_number(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Kk => format!("Нөмір {n}."),
        Lang::Ru => format!("Номер {n}."),
        Lang::En => format!("Number {n}."),
    }
}

/// The closing track.
pub fn closing(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "Тізім аяқталды. Нұсқалардың нөмірлері Брайль трафаретінің терезелеріне жоғарыдан төмен қарай сәйкес келеді.",
        Lang::Ru => "Список окончен. Номера вариантов соответствуют окнам брайлевского трафарета сверху вниз.",
        Lang::En => "This is the end of the list. The option numbers match the windows of the braille stencil from top to bottom.",
    }
}

/// Short titles of the first and last tracks, for tags and playlists.
pub fn track_title(lang: Lang, closing: bool) -> &'static str {
    match (lang, closing) {
        (Lang::Kk, false) => "Кіріспе және нұсқаулық",
        (Lang::Kk, true) => "Қорытынды",
        (Lang::Ru, false) => "Введение и инструкция",
        (Lang::Ru, true) => "Завершение",
        (Lang::En, false) => "Introduction and instructions",
        (Lang::En, true) => "Closing",
    }
}

/// Title of the whole-ballot audio file.
pub fn whole_ballot(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "Бюллетень толығымен",
        Lang::Ru => "Бюллетень целиком",
        Lang::En => "The whole ballot",
    }
}
