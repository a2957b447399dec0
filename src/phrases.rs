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
